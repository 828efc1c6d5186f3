//! ARCHITECTURE.md's invariants, checked against the source rather than trusted to prose. (The size budgets
//! are checked on the release build, in tests/e2e/budget.test.mjs.)

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn sources(under: &str) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(under);
    rust_files(&root).into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).expect("readable"))).collect()
}

#[test]
fn no_markup_is_ever_injected() {
    // Every text reaches the page as a text node: no innerHTML, no raw HTML nodes.
    for (path, source) in sources("src") {
        for needle in ["inner_html", "innerHTML", "outer_html", "from_html_unchecked", "VRaw", "insert_adjacent_html"] {
            assert!(!source.contains(needle), "{} uses {needle}", path.display());
        }
    }
}

#[test]
fn the_core_knows_no_browser() {
    for (path, source) in sources("src/core") {
        for needle in ["yew::", "web_sys", "js_sys", "wasm_bindgen", "gloo"] {
            assert!(!source.contains(needle), "{} names {needle}: the core is plain Rust", path.display());
        }
    }
}

/// Every id the bank gives: professions, layers, areas, statements, resources.
fn bank_ids() -> Vec<String> {
    let bank = skills_radar::core::bank::Bank::compiled();
    let mut ids: Vec<String> = bank.professions.iter().map(|p| p.id.clone()).collect();
    for layer in &bank.layers {
        ids.push(layer.id.clone());
        for area in &layer.areas {
            ids.push(area.id.clone());
            ids.extend(area.statements.iter().map(|s| s.id.clone()));
        }
    }
    ids.extend(bank.resources.iter().map(|r| r.id.clone()));
    ids
}

#[test]
fn the_code_names_no_layer_area_statement_resource_or_profession() {
    // Behaviour that differs by layer comes from the layer's kind and audience in the bank, never from its id.
    // The profile's fields (profession, leads, foundation: "About you" and the file formats) are the app's
    // own words; the optional layer happens to share one.
    let profile_fields = ["profession", "leads", "foundation"];
    let ids: Vec<String> = bank_ids().into_iter().filter(|id| !profile_fields.contains(&id.as_str())).collect();
    assert!(ids.len() > 150, "the bank's ids were read");
    for (path, source) in sources("src") {
        // Comments may give examples; code may not name an id.
        let code: String = source
            .lines()
            .map(|line| match line.trim_start().starts_with("//") {
                true => "",
                false => line,
            })
            .collect::<Vec<_>>()
            .join("\n");
        for id in &ids {
            assert!(!code.contains(&format!("\"{id}\"")), "{} names the bank's id {id:?}", path.display());
        }
    }
}

#[test]
fn the_layer_colours_of_the_page_are_the_charts() {
    // The page's `--layer-N` and the chart's colours (written into every SVG, on screen and in files) are one
    // set: a layer looks the same in its introduction, the table and the chart.
    use skills_radar::core::chart_svg::LAYER_COLOURS;
    let css =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("static/style.css")).expect("style.css");
    for (n, colour) in LAYER_COLOURS.iter().enumerate() {
        let declaration = format!("--layer-{n}: {colour};");
        assert!(css.contains(&declaration), "static/style.css should declare {declaration}");
    }
    assert!(
        !css.contains(&format!("--layer-{}:", LAYER_COLOURS.len())),
        "more layer colours in the page than in the chart"
    );
}
