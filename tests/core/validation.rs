use crate::support::{bank_value, errors_after, parse, BANK, FILE};
use serde_json::{json, Value};
use skills_radar::core::content::{load, DEFAULT};
use skills_radar::core::validate::{is_valid_id, ContentError};

/// Asserts that exactly one error was reported, in the test file, at `place`, with `problem`.
fn assert_only(errors: &[ContentError], place: &str, problem: &str) {
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    assert_has(errors, place, problem);
}

/// Asserts that some error is in the test file, at `place`, and its problem contains `problem`.
fn assert_has(errors: &[ContentError], place: &str, problem: &str) {
    assert!(
        errors.iter().any(|e| e.file == FILE && e.place == place && e.problem.contains(problem)),
        "no error at {place:?} containing {problem:?} in {errors:#?}"
    );
}

fn statements(n: usize) -> Value {
    Value::Array((0..n).map(|i| json!(format!("new.s{i}"))).collect())
}

#[test]
fn shipped_content_loads() {
    if let Err(errors) = load(DEFAULT) {
        panic!("shipped content is invalid: {errors:#?}");
    }
}

#[test]
fn test_bank_is_valid() {
    assert_eq!(parse(BANK).err(), None);
}

#[test]
fn error_display_names_file_place_and_problem() {
    let e = ContentError { file: "f.json".into(), place: "layers[1]".into(), problem: "broken".into() };
    assert_eq!(e.to_string(), "f.json: layers[1]: broken");
}

#[test]
fn duplicate_id_reports_both_places() {
    let errors = errors_after(|b| b["layers"][1]["areas"][1]["statements"][0] = json!("core.a.1"));
    assert_only(
        &errors,
        "layers[1].areas[1].statements[0]",
        "id \"core.a.1\" is already used at layers[1].areas[0].statements[0]",
    );
}

#[test]
fn duplicate_id_across_kinds_is_reported() {
    let errors = errors_after(|b| b["resources"][0]["id"] = json!("alpha"));
    assert_only(&errors, "resources[0]", "id \"alpha\" is already used at professions[0]");
}

#[test]
fn bad_id_syntax_is_reported_at_its_place() {
    let errors = errors_after(|b| b["layers"][1]["areas"][0]["statements"][2] = json!("core.a.Third"));
    assert_only(&errors, "layers[1].areas[0].statements[2]", "id \"core.a.Third\" must be lowercase");
}

#[test]
fn id_syntax_rules() {
    for ok in ["a", "a1", "user.potential", "product-delivery", "x.y-z.9"] {
        assert!(is_valid_id(ok), "{ok} should be valid");
    }
    for bad in ["", "1a", "-a", ".a", "A", "aB", "a_b", "a b", "é", "a/b"] {
        assert!(!is_valid_id(bad), "{bad:?} should be invalid");
    }
}

#[test]
fn area_with_two_statements_is_reported() {
    let errors = errors_after(|b| {
        b["layers"][1]["areas"][0]["statements"].as_array_mut().unwrap().pop();
    });
    assert_only(&errors, "layers[1].areas[0] \"core.a\"", "has 2 statements, an area needs 3 to 5");
}

#[test]
fn area_with_six_statements_is_reported() {
    let errors = errors_after(|b| b["layers"][1]["areas"][1]["statements"] = statements(6));
    assert_only(&errors, "layers[1].areas[1] \"core.b\"", "has 6 statements, an area needs 3 to 5");
}

#[test]
fn area_with_five_statements_is_accepted() {
    assert!(errors_after(|b| b["layers"][1]["areas"][1]["statements"] = statements(5)).is_empty());
}

#[test]
fn proficiency_layer_without_target_is_reported() {
    let errors = errors_after(|b| {
        b["layers"][1].as_object_mut().unwrap().remove("target");
    });
    assert_only(&errors, "layers[1] \"core\"", "a proficiency layer needs a target level from 1 to 5");
}

#[test]
fn profile_layer_with_target_is_reported() {
    let errors = errors_after(|b| b["layers"][2]["target"] = json!(3));
    assert_only(&errors, "layers[2] \"soc\"", "a profile layer has no target");
}

#[test]
fn layer_target_zero_is_reported() {
    let errors = errors_after(|b| b["layers"][1]["target"] = json!(0));
    assert_only(&errors, "layers[1] \"core\"", "target 0 is not a level from 1 to 5");
}

#[test]
fn layer_target_six_is_reported() {
    let errors = errors_after(|b| b["layers"][4]["target"] = json!(6));
    assert_only(&errors, "layers[4] \"lead\"", "target 6 is not a level from 1 to 5");
}

#[test]
fn profession_area_without_professions_is_reported() {
    let errors = errors_after(|b| {
        b["layers"][3]["areas"][1].as_object_mut().unwrap().remove("professions");
    });
    assert_has(&errors, "layers[3].areas[1] \"prof.beta\"", "must list the professions it serves");
    // Its profession is now served by no area, which is reported too.
    assert_has(&errors, "professions \"beta\"", "no area of the profession layer serves this profession");
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn area_listing_unknown_profession_is_reported() {
    let errors = errors_after(|b| b["layers"][3]["areas"][1]["professions"] = json!(["beta", "gamma"]));
    assert_only(&errors, "layers[3].areas[1] \"prof.beta\"", "profession \"gamma\" is not in the professions list");
}

#[test]
fn area_outside_profession_layer_listing_professions_is_reported() {
    let errors = errors_after(|b| b["layers"][1]["areas"][0]["professions"] = json!(["alpha"]));
    assert_only(&errors, "layers[1].areas[0] \"core.a\"", "only areas of a profession layer list professions");
}

#[test]
fn profession_with_no_area_is_reported() {
    let errors = errors_after(|b| {
        b["professions"].as_array_mut().unwrap().push(json!({ "id": "gamma", "group": "digital" }));
    });
    assert_only(&errors, "professions \"gamma\"", "no area of the profession layer serves this profession");
}

#[test]
fn target_for_unknown_area_is_reported() {
    let errors = errors_after(|b| b["targets"]["leaders"]["core.zzz"] = json!(3));
    assert_only(&errors, "targets.leaders", "area \"core.zzz\" does not exist");
}

#[test]
fn target_for_profile_area_is_reported() {
    let errors = errors_after(|b| b["targets"]["professions"]["alpha"]["soc.a"] = json!(3));
    assert_only(&errors, "targets.professions.alpha", "area \"soc.a\" is in a profile layer, which has no target");
}

#[test]
fn target_for_unknown_profession_is_reported() {
    let errors = errors_after(|b| b["targets"]["professions"]["gamma"] = json!({ "core.a": 4 }));
    assert_only(&errors, "targets.professions.gamma", "profession \"gamma\" is not in the professions list");
}

#[test]
fn role_target_level_out_of_range_is_reported() {
    let errors = errors_after(|b| b["targets"]["leaders"]["lead.a"] = json!(6));
    assert_only(&errors, "targets.leaders", "level 6 for \"lead.a\" is not a level from 1 to 5");
}

#[test]
fn resource_with_http_url_is_reported() {
    let errors = errors_after(|b| b["resources"][1]["url"] = json!("http://example.org/mid"));
    assert_only(&errors, "resources[1] \"r-mid\"", "url \"http://example.org/mid\" is not an https:// address");
}

#[test]
fn resource_urls_that_are_not_https_addresses_are_reported() {
    for url in ["", "example.org", "https://", "https://localhost/x", "https://exa mple.org", "ftp://example.org"] {
        let errors = errors_after(|b| b["resources"][0]["url"] = json!(url));
        assert_only(&errors, "resources[0] \"r-intro\"", "is not an https:// address");
    }
}

#[test]
fn bad_language_code_is_reported() {
    for language in ["EN", "english", "e", "en-", "en_GB", ""] {
        let errors = errors_after(|b| b["resources"][0]["language"] = json!(language));
        assert_only(
            &errors,
            "resources[0] \"r-intro\"",
            &format!("language \"{language}\" is not a language code such as \"en\""),
        );
    }
}

#[test]
fn resource_serving_unknown_area_is_reported() {
    let errors = errors_after(|b| b["resources"][2]["areas"] = json!(["core.a", "core.zzz"]));
    assert_only(&errors, "resources[2] \"r-adv\"", "area \"core.zzz\" is not an area of a proficiency layer");
}

#[test]
fn resource_serving_profile_area_is_reported() {
    let errors = errors_after(|b| b["resources"][2]["areas"] = json!(["core.a", "soc.a"]));
    assert_only(&errors, "resources[2] \"r-adv\"", "area \"soc.a\" is not an area of a proficiency layer");
}

#[test]
fn resource_serving_no_area_is_reported() {
    let errors = errors_after(|b| b["resources"][2]["areas"] = json!([]));
    assert_only(&errors, "resources[2] \"r-adv\"", "must serve at least one area");
}

#[test]
fn proficiency_area_without_resource_is_reported() {
    let errors = errors_after(|b| b["resources"][1]["areas"] = json!(["core.a"]));
    assert_only(&errors, "area \"found.a\"", "no resource serves this area");
}

#[test]
fn a_scale_in_the_bank_is_an_unknown_field() {
    // The scale is fixed by the application; its labels are locale texts, not bank structure.
    let errors = errors_after(|b| b["scale"] = json!({ "levels": [1, 2, 3, 4, 5] }));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!((errors[0].file.as_str(), errors[0].place.as_str()), (FILE, "scale"));
    assert!(errors[0].problem.starts_with("is not a field here"), "{errors:#?}");
}

#[test]
fn unknown_field_is_reported_with_its_place() {
    let json = BANK.replacen("\"kind\": \"profile\",", "\"kind\": \"profile\", \"colour\": \"red\",", 1);
    let errors = parse(&json).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let e = &errors[0];
    assert_eq!((e.file.as_str(), e.place.as_str()), (FILE, "layers[2].colour"));
    assert_eq!(e.problem, "is not a field here; the fields are: id, kind, audience, target, areas");
}

#[test]
fn unknown_enum_value_is_reported() {
    let json = BANK.replacen("\"kind\": \"profile\"", "\"kind\": \"portrait\"", 1);
    let errors = parse(&json).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].file.as_str(), errors[0].place.as_str()), (FILE, "layers[2].kind"));
    assert_eq!(errors[0].problem, "\"portrait\" is not a layer kind; use one of: proficiency profile");
}

#[test]
fn a_value_of_the_wrong_type_is_reported_with_its_place() {
    let errors = errors_after(|b| b["layers"][1]["areas"][0]["statements"][1] = json!(7));
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].place, "layers[1].areas[0].statements[1]");
    assert_eq!(errors[0].problem, "must be a text, not a number");
    let errors = errors_after(|b| drop(b["resources"][0].as_object_mut().unwrap().remove("url")));
    assert_eq!(
        (errors[0].place.as_str(), errors[0].problem.as_str()),
        ("resources[0]", "the field \"url\" is missing")
    );
    let errors = errors_after(|b| b["layers"][0]["target"] = json!(300));
    assert_eq!(errors[0].place, "layers[0].target");
    assert_eq!(errors[0].problem, "must be a whole number from 0 to 255");
}

#[test]
fn malformed_json_is_reported_with_line_and_column() {
    let json = BANK.replacen("\"version\": \"test-1\",", "\"version\": \"test-1\",,", 1);
    let errors = parse(&json).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, FILE);
    let column = json.lines().nth(1).unwrap().find(",,").unwrap() + 2;
    assert_eq!(errors[0].place, format!("line 2, column {column}"), "{:?}", errors[0]);
    assert_eq!(errors[0].problem, "not valid JSON: unexpected character");
}

#[test]
fn truncated_json_is_reported() {
    let errors = parse(&BANK[..BANK.len() / 2]).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].file, FILE);
    let lines = BANK[..BANK.len() / 2].lines().count();
    assert!(errors[0].place.starts_with(&format!("line {lines}, column ")), "{:?}", errors[0]);
    assert_eq!(errors[0].problem, "not valid JSON: the text ends before the value does");
}

#[test]
fn several_defects_are_all_reported() {
    let errors = errors_after(|b| {
        b["layers"][2]["target"] = json!(2);
        b["layers"][1]["areas"][0]["statements"].as_array_mut().unwrap().truncate(2);
        b["resources"][3]["url"] = json!("http://example.org");
        b["resources"][4]["language"] = json!("EN");
        b["targets"]["leaders"]["nope"] = json!(3);
    });
    assert_has(&errors, "layers[2] \"soc\"", "a profile layer has no target");
    assert_has(&errors, "layers[1].areas[0] \"core.a\"", "has 2 statements");
    assert_has(&errors, "resources[3] \"r-mid2\"", "is not an https:// address");
    assert_has(&errors, "resources[4] \"r-other\"", "language \"EN\"");
    assert_has(&errors, "targets.leaders", "area \"nope\" does not exist");
    assert_eq!(errors.len(), 5, "{errors:#?}");
}

#[test]
fn empty_bank_lists_are_reported() {
    let mut value = bank_value();
    value["professions"] = json!([]);
    value["layers"] = json!([]);
    value["resources"] = json!([]);
    value["targets"] = json!({});
    let errors = parse(&value.to_string()).unwrap_err();
    assert_has(&errors, "professions", "needs at least one profession");
    assert_has(&errors, "layers", "needs at least one layer");
}

#[test]
fn blank_version_is_reported() {
    let errors = errors_after(|b| b["version"] = json!("  "));
    assert_only(&errors, "version", "must not be empty");
}
