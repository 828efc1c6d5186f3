use crate::support::{bank, profile, result, COMPLETED_MS, NOW};
use serde_json::{json, Value};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::bank::Bank;
use skills_radar::core::learning::{AreaPlan, LearningPlan};
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use skills_radar::core::record::{
    csv_field, from_json, to_csv, to_json, Imported, ReadProblem, ResultRecord, MAX_FILE_BYTES,
};
use skills_radar::core::text::{bank_text_keys, build_catalog, interface_keys, Catalog};

/// The result file of `support::result()`, as JSON.
fn file() -> Value {
    serde_json::from_str(&to_json(&bank(), &result(), "en")).expect("the result file is JSON")
}

fn read_value(v: &Value) -> Result<Imported, ReadProblem> {
    from_json(&bank(), v.to_string().as_bytes(), NOW)
}

/// The result file with one change, read back.
fn edited(change: impl FnOnce(&mut Value)) -> Result<Imported, ReadProblem> {
    let mut v = file();
    change(&mut v);
    read_value(&v)
}

/// The result file with one change, as text.
fn edited_text(change: impl FnOnce(&mut Value)) -> String {
    let mut v = file();
    change(&mut v);
    v.to_string()
}

fn invalid(field: &str) -> Result<Imported, ReadProblem> {
    Err(ReadProblem::Invalid(field.to_string()))
}

// ---- writing and reading back ----

#[test]
fn round_trip_gives_the_same_record() {
    let b = bank();
    let r = result();
    let back = from_json(&b, to_json(&b, &r, "fr").as_bytes(), NOW).unwrap();
    assert_eq!(back, Imported { record: r, dropped: 0 });
}

#[test]
fn round_trip_of_an_empty_result_without_profession() {
    let b = bank();
    let r = ResultRecord {
        bank_version: "test-1".into(),
        completed_ms: COMPLETED_MS,
        profile: profile(None, false, true),
        answers: Answers::new(),
        learning: LearningPlan::new(),
    };
    let text = to_json(&b, &r, "");
    assert_eq!(from_json(&b, text.as_bytes(), NOW).unwrap(), Imported { record: r, dropped: 0 });
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["profile"], json!({ "profession": null, "leads": false, "foundation": true }));
    assert_eq!(v["answers"], json!({}));
    assert_eq!(v["learning_plan"], json!({}));
    assert_eq!(v["completed"], json!("2026-11-23T06:50:07Z"));
}

#[test]
fn file_names_its_format_version_bank_and_date() {
    let v = file();
    assert_eq!(v["format"], json!("skills-radar-result"));
    assert_eq!(v["version"], json!(1));
    assert_eq!(v["bank_version"], json!("test-1"));
    assert_eq!(v["completed"], json!("2026-11-23T06:50:07Z"));
    assert_eq!(v["language"], json!("en"));
    assert_eq!(v["profile"], json!({ "profession": "alpha", "leads": true, "foundation": false }));
}

#[test]
fn file_writes_levels_as_numbers_and_not_applicable_as_na() {
    let v = file();
    let answers = v["answers"].as_object().unwrap();
    assert_eq!(answers.len(), 14);
    assert_eq!(v["answers"]["core.a.1"], json!(3));
    assert_eq!(v["answers"]["core.a.2"], json!("na"));
    assert_eq!(v["answers"]["core.b.1"], json!(5));
    assert_eq!(v["answers"]["soc.a.1"], json!(1));
    // Answered, though not in this person's plan: kept all the same.
    assert_eq!(v["answers"]["found.a.1"], json!(2));
    assert!(v["answers"].get("core.b.4").is_none());
}

#[test]
fn file_scores_are_the_hand_computed_ones() {
    // See `support::result` for the arithmetic.
    assert_eq!(
        file()["scores"],
        json!([
            { "layer": "core", "area": "core.a", "score": 3.5, "target": 4, "gap": 0.5, "answered": 3, "statements": 3 },
            { "layer": "core", "area": "core.b", "score": 3.3, "target": 3, "gap": -0.3, "answered": 3, "statements": 4 },
            { "layer": "soc", "area": "soc.a", "score": 1.0, "target": null, "gap": null, "answered": 1, "statements": 3 },
            { "layer": "soc", "area": "soc.b", "score": null, "target": null, "gap": null, "answered": 0, "statements": 3 },
            { "layer": "prof", "area": "prof.alpha", "score": 4.7, "target": 5, "gap": 0.3, "answered": 3,
              "statements": 3 },
            { "layer": "lead", "area": "lead.a", "score": 4.3, "target": 4, "gap": -0.3, "answered": 3, "statements": 3 },
        ])
    );
}

#[test]
fn file_writes_the_learning_plan() {
    assert_eq!(
        file()["learning_plan"],
        json!({
            "core.b": { "chosen": true, "note": "Finir d'ici mars, « avec » l'équipe 👍",
                        "resources": { "r-intro": "planned" } },
            "prof.alpha": { "chosen": false, "note": "", "resources": { "r-other": "done" } },
        })
    );
}

#[test]
fn file_is_readable_as_written_by_hand() {
    // The documented format, written by another tool: no scores, no language, keys in any order.
    let raw = r#"{
        "version": 1, "format": "skills-radar-result",
        "completed": "2028-02-29T00:00:00Z", "bank_version": "test-0",
        "profile": { "foundation": true, "leads": false, "profession": "beta" },
        "answers": { "prof.beta.2": 4, "found.a.3": "na" },
        "scores": [],
        "learning_plan": { "found.a": { "chosen": true } }
    }"#;
    let imported = from_json(&bank(), raw.as_bytes(), NOW).unwrap();
    assert_eq!(imported.dropped, 0);
    let r = imported.record;
    assert_eq!(r.completed_ms, 1_835_395_200_000, "2028-02-29, a leap day");
    assert_eq!(r.profile, profile(Some("beta"), false, true));
    assert_eq!(r.answers.get("prof.beta.2"), Some(&Answer::Level(4)));
    assert_eq!(r.answers.get("found.a.3"), Some(&Answer::NotApplicable));
    assert_eq!(r.learning.get("found.a"), Some(&AreaPlan { chosen: true, ..AreaPlan::default() }));
}

// ---- refusals ----

#[test]
fn empty_and_truncated_input_is_not_json() {
    let b = bank();
    assert_eq!(from_json(&b, b"", NOW), Err(ReadProblem::NotJson));
    assert_eq!(from_json(&b, b"   \n", NOW), Err(ReadProblem::NotJson));
    assert_eq!(from_json(&b, b"{\"format\": \"skills-radar-result\", \"version\": 1,", NOW), Err(ReadProblem::NotJson));
    // Cut anywhere (on a character boundary), a file is not JSON any more.
    let text = to_json(&b, &result(), "en");
    for (cut, _) in text.char_indices() {
        assert_eq!(from_json(&b, &text.as_bytes()[..cut], NOW), Err(ReadProblem::NotJson), "cut at {cut}");
    }
}

#[test]
fn json_that_is_not_a_result_is_refused() {
    let b = bank();
    for raw in ["[]", "[1, 2]", "42", "\"text\"", "null", "true", "{}", r#"{"version": 1}"#] {
        assert_eq!(from_json(&b, raw.as_bytes(), NOW), Err(ReadProblem::NotAResult), "{raw}");
    }
    assert_eq!(edited(|v| v["format"] = json!("skills-radar-assessment")), Err(ReadProblem::NotAResult));
    assert_eq!(edited(|v| v["format"] = json!(null)), Err(ReadProblem::NotAResult));
    assert_eq!(edited(|v| v["format"] = json!(7)), Err(ReadProblem::NotAResult));
    assert_eq!(edited(|v| drop(v.as_object_mut().unwrap().remove("format"))), Err(ReadProblem::NotAResult));
}

#[test]
fn newer_version_is_a_future_version() {
    assert_eq!(edited(|v| v["version"] = json!(2)), Err(ReadProblem::FutureVersion(2)));
    assert_eq!(edited(|v| v["version"] = json!(40)), Err(ReadProblem::FutureVersion(40)));
    // Even when the rest would not read as this version's format.
    let raw = r#"{"format": "skills-radar-result", "version": 3, "answers": []}"#;
    assert_eq!(from_json(&bank(), raw.as_bytes(), NOW), Err(ReadProblem::FutureVersion(3)));
}

#[test]
fn version_zero_is_invalid_and_a_missing_one_missing() {
    assert_eq!(edited(|v| v["version"] = json!(0)), invalid("version"));
    assert_eq!(edited(|v| v["version"] = json!(0.5)), invalid("version"));
    assert_eq!(
        edited(|v| drop(v.as_object_mut().unwrap().remove("version"))),
        Err(ReadProblem::Missing("version".into()))
    );
    assert_eq!(edited(|v| v["version"] = json!("1")), Err(ReadProblem::Malformed("version".into())));
}

#[test]
fn any_version_number_above_one_is_from_a_newer_version() {
    // Written as JSON allows, not only as whole numbers: 1e308 is a version this app has not reached.
    for (number, what) in
        [("2", 2), ("1e308", u64::MAX), ("1.5", u64::MAX), ("18446744073709551616", u64::MAX), ("10E-0", u64::MAX)]
    {
        let file = to_json(&bank(), &result(), "").replacen("\"version\":1", &format!("\"version\":{number}"), 1);
        assert_eq!(from_json(&bank(), file.as_bytes(), NOW), Err(ReadProblem::FutureVersion(what)), "{number}");
    }
    for number in ["1.0", "0.9", "1e-1", "-3"] {
        let file = to_json(&bank(), &result(), "").replacen("\"version\":1", &format!("\"version\":{number}"), 1);
        assert_ne!(
            from_json(&bank(), file.as_bytes(), NOW).err().map(|e| matches!(e, ReadProblem::FutureVersion(_))),
            Some(true),
            "{number}"
        );
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let file = format!("\u{feff}{}", to_json(&bank(), &result(), ""));
    assert_eq!(from_json(&bank(), file.as_bytes(), NOW).map(|i| i.record), Ok(result()));
}

#[test]
fn a_key_given_twice_is_refused_naming_it() {
    let file = to_json(&bank(), &result(), "");
    let twice = file.replacen("\"answers\":{", "\"answers\":{\"core.a.1\":1,", 1);
    assert_eq!(from_json(&bank(), twice.as_bytes(), NOW), Err(ReadProblem::Repeated("core.a.1".into())));
}

#[test]
fn impossible_completion_dates_are_refused() {
    for date in ["2026-10-31T23:59:59Z", "9999-12-31T00:00:00Z", "2031-01-01T00:00:00Z"] {
        let file = edited_text(|v| v["completed"] = json!(date));
        assert_eq!(from_json(&bank(), file.as_bytes(), NOW), invalid("completed"), "{date}");
    }
    // A day ahead of the reader's clock is a clock a little off, not an impossible date.
    let soon = skills_radar::core::date::iso_from_ms(NOW + 3600 * 1000);
    let file = edited_text(|v| v["completed"] = json!(soon));
    assert!(from_json(&bank(), file.as_bytes(), NOW).is_ok());
}

#[test]
fn a_file_without_scores_is_refused_as_incomplete() {
    // Without scores an edited answer could not be noticed.
    assert_eq!(
        edited(|v| drop(v.as_object_mut().unwrap().remove("scores"))),
        Err(ReadProblem::Missing("scores".into()))
    );
}

type Change = Box<dyn FnOnce(&mut Value)>;

#[test]
fn missing_or_mistyped_required_fields_are_malformed() {
    let remove = |field: &'static str| move |v: &mut Value| drop(v.as_object_mut().unwrap().remove(field));
    for field in ["bank_version", "completed", "profile", "answers", "scores"] {
        assert_eq!(edited(remove(field)), Err(ReadProblem::Missing(field.into())), "without {field}");
    }
    let cases: Vec<Change> = vec![
        Box::new(|v| drop(v["profile"].as_object_mut().unwrap().remove("profession"))),
        Box::new(|v| drop(v["profile"].as_object_mut().unwrap().remove("leads"))),
        Box::new(|v| v["profile"]["foundation"] = json!("no")),
        Box::new(|v| v["profile"] = json!("alpha")),
        Box::new(|v| v["answers"] = json!([3, 4])),
        Box::new(|v| v["bank_version"] = json!(1)),
        Box::new(|v| v["completed"] = json!(COMPLETED_MS)),
        Box::new(|v| v["learning_plan"] = json!([])),
        Box::new(|v| v["learning_plan"]["core.b"]["note"] = json!(7)),
    ];
    for (i, change) in cases.into_iter().enumerate() {
        assert!(matches!(edited(change), Err(ReadProblem::Malformed(_))), "case {i}");
    }
}

#[test]
fn answer_values_other_than_levels_and_na_are_invalid() {
    for value in [json!(7), json!("x"), json!(0), json!(6), json!(-1), json!(2.5), json!("3"), json!("NA"), json!(null)]
    {
        assert_eq!(edited(|v| v["answers"]["core.a.1"] = value.clone()), invalid("answers.core.a.1"), "{value}");
    }
}

#[test]
fn unknown_profession_is_invalid() {
    assert_eq!(edited(|v| v["profile"]["profession"] = json!("gamma")), invalid("profile.profession"));
    assert_eq!(
        edited(|v| v["profile"]["profession"] = json!("<script>alert(1)</script>")),
        invalid("profile.profession")
    );
}

#[test]
fn impossible_or_misshapen_dates_are_invalid() {
    for date in [
        "2026-02-30T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-11-23T24:00:00Z",
        "2026-11-23",
        "2026-11-23T06:50:07",
        "2026-11-23T06:50:07.000Z",
        "2026-11-23 06:50:07Z",
        "1969-12-31T23:59:59Z",
        "",
    ] {
        assert_eq!(edited(|v| v["completed"] = json!(date)), invalid("completed"), "{date}");
    }
}

#[test]
fn bank_version_must_look_like_one() {
    for version in ["<script>", "test 1", "", "x/../y", &"9".repeat(33)] {
        assert_eq!(edited(|v| v["bank_version"] = json!(version)), invalid("bank_version"), "{version}");
    }
}

#[test]
fn note_longer_than_500_characters_is_invalid() {
    let at_limit = "é".repeat(500);
    let imported = edited(|v| v["learning_plan"]["core.b"]["note"] = json!(at_limit)).unwrap();
    assert_eq!(imported.record.learning["core.b"].note, at_limit);
    let over = "é".repeat(501);
    assert_eq!(edited(|v| v["learning_plan"]["core.b"]["note"] = json!(over)), invalid("learning_plan.core.b.note"));
}

#[test]
fn unknown_resource_status_is_invalid() {
    for status in ["started", "PLANNED", ""] {
        assert_eq!(
            edited(|v| v["learning_plan"]["core.b"]["resources"]["r-intro"] = json!(status)),
            invalid("learning_plan.core.b.resources.r-intro"),
            "{status:?}"
        );
    }
}

#[test]
fn too_large_input_is_refused_before_reading() {
    let b = bank();
    let text = to_json(&b, &result(), "en");
    let mut padded = text.clone().into_bytes();
    padded.resize(MAX_FILE_BYTES, b' ');
    assert!(from_json(&b, &padded, NOW).is_ok(), "a file of exactly MAX_FILE_BYTES is read");
    padded.push(b' ');
    assert_eq!(from_json(&b, &padded, NOW), Err(ReadProblem::TooLarge));
    assert_eq!(from_json(&b, &vec![0xff; 10 * MAX_FILE_BYTES], NOW), Err(ReadProblem::TooLarge));
}

#[test]
fn bytes_that_are_not_utf8_are_not_text() {
    let b = bank();
    assert_eq!(from_json(&b, b"\xff\xfe{}", NOW), Err(ReadProblem::NotText));
    let mut latin1 = to_json(&b, &result(), "en").into_bytes();
    latin1.extend_from_slice(b"\xe9");
    assert_eq!(from_json(&b, &latin1, NOW), Err(ReadProblem::NotText));
}

#[test]
fn edited_scores_are_tampered() {
    assert_eq!(edited(|v| v["scores"][0]["score"] = json!(4.5)), Err(ReadProblem::Tampered));
    assert_eq!(edited(|v| v["scores"][3]["score"] = json!(3.0)), Err(ReadProblem::Tampered));
    assert_eq!(edited(|v| v["scores"][2]["score"] = json!(null)), Err(ReadProblem::Tampered));
    assert_eq!(edited(|v| v["scores"][1]["area"] = json!("core.a")), Err(ReadProblem::Tampered));
    assert_eq!(edited(|v| drop(v["scores"].as_array_mut().unwrap().pop())), Err(ReadProblem::Tampered));
    assert_eq!(edited(|v| v["scores"].as_array_mut().unwrap().swap(0, 1)), Err(ReadProblem::Tampered));
    assert_eq!(edited(|v| v["scores"] = json!([])), Err(ReadProblem::Tampered));
    // An answer changed without its score: the written score no longer follows.
    assert_eq!(edited(|v| v["answers"]["core.a.1"] = json!(5)), Err(ReadProblem::Tampered));
    // A profile changed: other areas, other scores.
    assert_eq!(edited(|v| v["profile"]["leads"] = json!(false)), Err(ReadProblem::Tampered));
}

#[test]
fn targets_and_gaps_are_the_readers_so_anothers_still_open() {
    // Written by an organisation with its own targets, or under the earlier rule that a leader's target
    // replaced the profession's (core.a's target 2, gap -1.5, where this reader has 4 and 0.5).
    let imported = edited(|v| {
        v["scores"][0]["target"] = json!(2);
        v["scores"][0]["gap"] = json!(-1.5);
        v["scores"][1]["target"] = json!(null);
    })
    .unwrap();
    assert_eq!(imported.record, result());
    assert_eq!(imported.record.scores(&bank())[0].target, Some(4));
    // Their form is still checked.
    assert!(matches!(edited(|v| v["scores"][0]["target"] = json!("high")), Err(ReadProblem::Malformed(_))));
}

#[test]
fn scores_written_with_more_decimals_still_agree() {
    // 3.3 is 10/3 rounded; a tool that writes 3.33 or 3.333 agrees with the answers all the same.
    let imported = edited(|v| v["scores"][1]["score"] = json!(3.333_333)).unwrap();
    assert_eq!(imported.record, result());
}

#[test]
fn a_note_with_markup_is_kept_as_plain_text() {
    let note = "<script>alert(1)</script> & <b>bold</b>";
    let imported = edited(|v| v["learning_plan"]["core.b"]["note"] = json!(note)).unwrap();
    assert_eq!(imported.record.learning["core.b"].note, note);
    // And written back as the same text.
    let b = bank();
    let again: Value = serde_json::from_str(&to_json(&b, &imported.record, "en")).unwrap();
    assert_eq!(again["learning_plan"]["core.b"]["note"], json!(note));
}

#[test]
fn answers_to_statements_not_in_the_bank_are_dropped_and_counted() {
    let imported = edited(|v| {
        v["answers"]["gone.a.1"] = json!(3);
        v["answers"]["gone.a.2"] = json!("na");
        v["answers"]["<script>"] = json!(1);
    })
    .unwrap();
    assert_eq!(imported.dropped, 3);
    assert_eq!(imported.record, result());
}

#[test]
fn plans_for_areas_or_resources_not_in_the_bank_are_dropped_and_counted() {
    let imported = edited(|v| {
        v["learning_plan"]["gone.area"] = json!({ "chosen": true, "note": "x", "resources": {} });
        v["learning_plan"]["core.b"]["resources"]["gone-resource"] = json!("done");
    })
    .unwrap();
    assert_eq!(imported.dropped, 2);
    assert_eq!(imported.record, result());
}

#[test]
fn empty_area_plans_are_not_kept() {
    let imported = edited(|v| {
        v["learning_plan"]["soc.a"] = json!({ "chosen": false, "note": "", "resources": {} });
        v["learning_plan"]["soc.b"] = json!({});
    })
    .unwrap();
    assert_eq!(imported.record.learning, result().learning);
}

#[test]
fn file_from_another_bank_version_keeps_its_version() {
    // Its scores were computed by its own bank: not compared with this one's.
    let imported = edited(|v| {
        v["bank_version"] = json!("test-0");
        v["scores"][0]["score"] = json!(1.0);
    })
    .unwrap();
    assert_eq!(imported.record.bank_version, "test-0");
    assert_eq!(imported.record.answers, result().answers);
}

// ---- CSV ----

#[test]
fn csv_field_leaves_plain_text_alone() {
    for plain in ["", "core.a", "Data and AI", "3.5", "café", "a'b", "x=1", "1-2"] {
        assert_eq!(csv_field(plain), plain);
    }
}

#[test]
fn csv_field_quotes_commas_quotes_and_line_breaks() {
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_field("\""), "\"\"\"\"");
    assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    assert_eq!(csv_field("two\r\nlines"), "\"two\r\nlines\"");
    assert_eq!(csv_field(" padded "), "\" padded \"");
}

#[test]
fn csv_field_defuses_formulas() {
    assert_eq!(csv_field("=SUM(A1:A9)"), "'=SUM(A1:A9)");
    assert_eq!(csv_field("+1"), "'+1");
    assert_eq!(csv_field("-1"), "'-1");
    assert_eq!(csv_field("@cmd"), "'@cmd");
    assert_eq!(csv_field("\tx"), "'\tx");
    // Both: prefixed, then quoted with the quotes doubled.
    assert_eq!(csv_field("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
}

/// A catalog for the test bank where every text is "text of <key>", except those given.
fn catalog(b: &Bank, names: &[(&str, &str)]) -> Catalog {
    let ui: Map<String> = interface_keys(Language::En).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    let mut texts: Map<String> = bank_text_keys(b).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    for (key, text) in names {
        texts.insert(key.to_string(), text.to_string());
    }
    build_catalog(Language::En, ("ui.json", ui), ("bank.json", texts), b).expect("test catalog")
}

#[test]
fn csv_has_a_header_and_one_row_per_assessed_area() {
    let b = bank();
    let csv = to_csv(&b, &catalog(&b, &[]), &result());
    assert!(csv.ends_with("\r\n"));
    let lines: Vec<&str> = csv.strip_suffix("\r\n").unwrap().split("\r\n").collect();
    assert_eq!(
        lines,
        [
            "layer_id,layer,area_id,area,score,target,gap",
            "core,text of layer.core.name,core.a,text of area.core.a.name,3.5,4.0,0.5",
            "core,text of layer.core.name,core.b,text of area.core.b.name,3.3,3.0,-0.3",
            "soc,text of layer.soc.name,soc.a,text of area.soc.a.name,1.0,,",
            "soc,text of layer.soc.name,soc.b,text of area.soc.b.name,,,",
            "prof,text of layer.prof.name,prof.alpha,text of area.prof.alpha.name,4.7,5.0,0.3",
            "lead,text of layer.lead.name,lead.a,text of area.lead.a.name,4.3,4.0,-0.3",
        ]
    );
    assert!(!csv.replace("\r\n", "").contains(['\r', '\n']), "every line ends with CRLF");
}

#[test]
fn csv_quotes_and_defuses_names() {
    let b = bank();
    let text = catalog(
        &b,
        &[
            ("layer.core.name", "Core\nskills"),
            ("area.core.a.name", "Data, and \"more\""),
            ("area.core.b.name", "=HYPERLINK(\"x\")"),
            ("area.soc.a.name", "-minus"),
            ("area.soc.b.name", "@at"),
            ("area.prof.alpha.name", "+plus"),
        ],
    );
    let csv = to_csv(&b, &text, &result());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines[1], "core,\"Core\nskills\",core.a,\"Data, and \"\"more\"\"\",3.5,4.0,0.5");
    assert_eq!(lines[2], "core,\"Core\nskills\",core.b,\"'=HYPERLINK(\"\"x\"\")\",3.3,3.0,-0.3");
    assert_eq!(lines[3], "soc,text of layer.soc.name,soc.a,'-minus,1.0,,");
    assert_eq!(lines[4], "soc,text of layer.soc.name,soc.b,'@at,,,");
    assert_eq!(lines[5], "prof,text of layer.prof.name,prof.alpha,'+plus,4.7,5.0,0.3");
}

#[test]
fn csv_follows_the_profile() {
    let b = bank();
    let r = ResultRecord { profile: profile(None, false, true), answers: Answers::new(), ..result() };
    let csv = to_csv(&b, &catalog(&b, &[]), &r);
    let areas: Vec<&str> =
        csv.split("\r\n").skip(1).filter(|l| !l.is_empty()).map(|l| l.split(',').nth(2).unwrap()).collect();
    assert_eq!(areas, ["found.a", "core.a", "core.b", "soc.a", "soc.b"]);
}

#[test]
fn the_shipped_bank_writes_and_reads_a_result() {
    let content = skills_radar::core::content::load(skills_radar::core::content::DEFAULT).unwrap();
    let b = &content.bank;
    let answers: Answers =
        b.statement_ids().enumerate().map(|(i, id)| (id.to_string(), Answer::Level((i % 5) as u8 + 1))).collect();
    let r = ResultRecord {
        bank_version: b.version.clone(),
        completed_ms: COMPLETED_MS,
        profile: profile(Some(&b.professions[0].id), true, true),
        answers,
        learning: LearningPlan::new(),
    };
    let text = to_json(b, &r, "en");
    assert!(text.len() < 40 * 1024, "a complete result is well under the size limit: {} bytes", text.len());
    assert_eq!(from_json(b, text.as_bytes(), NOW).unwrap(), Imported { record: r.clone(), dropped: 0 });
    let csv = to_csv(b, &content.text, &r);
    assert_eq!(csv.matches("\r\n").count(), 1 + r.scores(b).len());
}

#[test]
fn problems_name_the_part_in_words_not_the_field_path() {
    use skills_radar::core::record::{part_of, Part};
    let b = bank();
    for (field, part) in [
        ("version", Part::Version),
        ("bank_version", Part::BankVersion),
        ("completed", Part::Date),
        ("profile", Part::Profile),
        ("profile.profession", Part::Profession),
        ("answers", Part::Answers),
        ("answers.core.a.1", Part::Answer),
        ("scores", Part::Scores),
        ("scores.score", Part::Scores),
        ("learning_plan.core.b.note", Part::Plan),
        ("learning_plan.core.b.resources.r-mid", Part::Plan),
        // A repeated key is named alone: a statement id is an answer, a field name its part.
        ("core.a.1", Part::Answer),
        ("leads", Part::Profile),
        ("padding", Part::Answer),
        ("something", Part::Other),
    ] {
        assert_eq!(part_of(&b, field), part, "{field}");
    }
}

#[test]
fn the_tools_write_the_table_and_chart_files_with_the_texts_the_app_hands_over() {
    use skills_radar::core::chart_svg::{chart_svg, ChartFor};
    use skills_radar::core::tools::{chart_file, file_texts, record_to_saved, table_file};
    let b = bank();
    // Names with characters that must survive the hand-over: quotes, a newline, a tab, Arabic.
    let text = catalog(&b, &[("layer.core.name", "Core \"x\"\n\tskills"), ("area.core.a.name", "البيانات")]);
    let saved = record_to_saved(&b, &result());
    let texts = file_texts(&b, &text);
    assert_eq!(table_file(&b, &saved, &texts), to_csv(&b, &text, &result()));
    let direct = chart_svg(&b, &text, &result(), None, ChartFor::File);
    let chart = chart_file(&b, &saved, &texts);
    assert_eq!(chart, direct.svg);
    // Its size is in the document, for the PNG made from it.
    let size = format!(r#"width="{}" height="{}""#, direct.width, direct.height);
    assert!(chart.contains(&size), "{size} in {chart}");
    assert!(chart.contains("البيانات"));
    // What is not a completed assessment, or not the texts, gives nothing rather than a wrong file.
    assert_eq!(table_file(&b, "{}", &texts), "");
    assert_eq!(chart_file(&b, &saved, "not texts"), "");
}
