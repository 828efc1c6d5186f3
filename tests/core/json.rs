//! `core::json` against serde_json, the reference: the same values from the same texts, the same verdict on
//! what is JSON, and written text that serde_json reads back to the value written. Then the places the
//! parser reports, and what it refuses that serde_json would accept (a repeated key, very deep nesting).

use proptest::prelude::*;
use serde_json::Value as Reference;
use skills_radar::core::json::{parse, Problem, Value, MAX_DEPTH};

/// Our value as serde_json's, numbers read by serde_json from the text we kept.
fn to_reference(value: &Value) -> Reference {
    match value {
        Value::Null => Reference::Null,
        Value::Bool(b) => Reference::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a number serde_json reads"),
        Value::String(s) => Reference::String(s.clone()),
        Value::Array(items) => Reference::Array(items.iter().map(to_reference).collect()),
        Value::Object(members) => {
            Reference::Object(members.iter().map(|(k, v)| (k.clone(), to_reference(v))).collect())
        }
    }
}

fn from_reference(value: &Reference) -> Value {
    match value {
        Reference::Null => Value::Null,
        Reference::Bool(b) => Value::Bool(*b),
        Reference::Number(n) => Value::Number(n.to_string()),
        Reference::String(s) => Value::String(s.clone()),
        Reference::Array(items) => Value::Array(items.iter().map(from_reference).collect()),
        Reference::Object(members) => {
            Value::Object(members.iter().map(|(k, v)| (k.clone(), from_reference(v))).collect())
        }
    }
}

fn reference_values() -> impl Strategy<Value = Reference> {
    let text = prop_oneof![any::<String>(), "[\\\\\"\u{0}-\u{1f}\u{7f}\u{2028}\u{fffd}a-z]{0,8}"];
    let leaf = prop_oneof![
        Just(Reference::Null),
        any::<bool>().prop_map(Reference::Bool),
        any::<i64>().prop_map(|n| n.into()),
        any::<u64>().prop_map(|n| n.into()),
        (-1e12f64..1e12).prop_map(|f| f.into()),
        text.clone().prop_map(Reference::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Reference::Array),
            prop::collection::btree_map(text.clone(), inner, 0..8)
                .prop_map(|m| Reference::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn reads_what_serde_json_writes(value in reference_values()) {
        let compact = serde_json::to_string(&value).unwrap();
        let pretty = serde_json::to_string_pretty(&value).unwrap();
        // What serde_json reads from its own text (its float reading is not exact round trip).
        let read: Reference = serde_json::from_str(&compact).unwrap();
        prop_assert_eq!(to_reference(&parse(&compact).unwrap()), read.clone());
        prop_assert_eq!(to_reference(&parse(&pretty).unwrap()), read);
    }

    #[test]
    fn writes_what_serde_json_writes(value in reference_values()) {
        // Numbers are kept as written, so a value from serde_json's text is written back byte for byte.
        let ours = from_reference(&value);
        prop_assert_eq!(ours.write(), serde_json::to_string(&value).unwrap());
    }

    #[test]
    fn agrees_with_serde_json_on_what_is_json(text in "[\\[\\]{}\":,.0-9eE+\\-a-z\\\\ \n\u{0}\u{e9}]{0,24}") {
        let reference = serde_json::from_str::<Reference>(&text);
        let ours = parse(&text);
        // serde_json takes the last of a repeated key; this parser refuses it.
        let repeated = matches!(&ours, Err(e) if matches!(e.problem, Problem::DuplicateKey(_)));
        if !repeated {
            prop_assert_eq!(ours.is_ok(), reference.is_ok(), "{:?}: {:?} / {:?}", text, ours, reference);
        }
        if let Ok(value) = ours {
            prop_assert_eq!(to_reference(&value), reference.unwrap());
        }
    }

    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
    }
}

#[test]
fn numbers_follow_the_grammar() {
    for good in ["0", "-0", "12", "-3.25", "1e5", "1E-5", "2.5e+10", "123456789012345678901234567890"] {
        assert_eq!(parse(good), Ok(Value::Number(good.into())), "{good}");
    }
    for bad in ["01", "+1", ".5", "1.", "1e", "1e+", "-", "0x10", "1.5.2", "NaN", "Infinity"] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn strings_decode_every_escape() {
    let text = r#""q\" b\\ s\/ \b\f\n\r\t \u00e9 \ud83d\ude00""#;
    assert_eq!(parse(text), Ok(Value::String("q\" b\\ s/ \u{8}\u{c}\n\r\t é 😀".into())));
    for bad in [r#""\ud83d""#, r#""\ude00""#, r#""\ud83d\u0041""#, r#""\x41""#, r#""\u12""#, "\"a\u{1}b\""] {
        assert!(parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn errors_say_where_and_what() {
    let at = |text: &str| parse(text).map(|_| ()).map_err(|e| (e.line, e.column, e.problem));
    assert_eq!(at("{\"a\": 1,\n \"b\" 2}"), Err((2, 6, Problem::Unexpected)));
    assert_eq!(at("[1, 2"), Err((1, 6, Problem::Eof)));
    assert_eq!(at("{\"é\": tru}"), Err((1, 7, Problem::Unexpected)));
    assert_eq!(at("1 2"), Err((1, 3, Problem::Trailing)));
    assert_eq!(at("[01]"), Err((1, 3, Problem::Unexpected)));
    assert_eq!(at("\"a\nb\""), Err((1, 3, Problem::ControlCharacter)));
    assert_eq!(at("{\"a\": 1,\n  \"b\": 2,\n  \"a\": 3}"), Err((3, 3, Problem::DuplicateKey("a".into()))));
    assert_eq!(parse("[1,,2]").unwrap_err().to_string(), "unexpected character at line 1, column 4");
}

#[test]
fn a_repeated_key_is_refused_at_any_depth() {
    assert!(
        matches!(parse(r#"{"x": {"k": 1, "j": 2, "k": 3}}"#), Err(e) if e.problem == Problem::DuplicateKey("k".into()))
    );
    // The same key in two objects is not a repeat.
    assert!(parse(r#"[{"k": 1}, {"k": 2}]"#).is_ok());
}

#[test]
fn nesting_is_limited_without_exhausting_the_stack() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    assert_eq!(parse(&nested(MAX_DEPTH + 1)).unwrap_err().problem, Problem::TooDeep);
    assert_eq!(parse(&"{\"a\":".repeat(1_000_000)).unwrap_err().problem, Problem::TooDeep);
}

#[test]
fn members_keep_their_order_and_accessors_check_types() {
    let value = parse(r#"{"z": 1, "a": [true, null], "m": "t", "n": 3.75, "big": 18446744073709551616}"#).unwrap();
    let keys: Vec<&str> = value.members().unwrap().iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["z", "a", "m", "n", "big"]);
    assert_eq!(value.get("z").and_then(Value::as_u64), Some(1));
    assert_eq!(value.get("big").and_then(Value::as_u64), None, "beyond u64");
    assert_eq!(value.get("m").and_then(Value::as_u64), None);
    assert_eq!(value.get("m").and_then(Value::as_str), Some("t"));
    assert_eq!(value.get("a").and_then(Value::items).map(<[Value]>::len), Some(2));
    assert_eq!(value.get("missing"), None);
    assert_eq!(Value::Null.get("z"), None);
}

#[test]
fn tenths_are_read_exactly_and_written_with_one_decimal() {
    let tenths = |text: &str| parse(text).unwrap().as_tenths();
    assert_eq!(tenths("3.7"), Some(37));
    assert_eq!(tenths("4"), Some(40));
    assert_eq!(tenths("4.0"), Some(40));
    assert_eq!(tenths("-0.7"), Some(-7));
    assert_eq!(tenths("3.333333"), Some(33));
    assert_eq!(tenths("3.35"), Some(34));
    assert_eq!(tenths("-1.25"), Some(-13));
    assert_eq!(tenths("1e1"), None);
    assert_eq!(tenths("12345678"), None);
    assert_eq!(tenths("\"3.7\""), None);
    assert_eq!(Value::tenths(37).write(), "3.7");
    assert_eq!(Value::tenths(-7).write(), "-0.7");
    assert_eq!(Value::tenths(40).write(), "4.0");
    assert_eq!(Value::tenths(0).write(), "0.0");
}

#[test]
fn writing_escapes_only_what_json_requires() {
    let value = Value::object([("a\"b", Value::string("line\nbreak \u{1} tab\t é \u{2028} </script>"))]);
    assert_eq!(value.write(), "{\"a\\\"b\":\"line\\nbreak \\u0001 tab\\t é \u{2028} </script>\"}");
}
