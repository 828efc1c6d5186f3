//! Property tests of results: whatever a person can produce over the test bank survives the result file,
//! the share code, the history and the saved assessment; and no input makes reading panic.

use crate::support::{bank, NOW};
use proptest::prelude::*;
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::learning::{AreaPlan, LearningPlan, ResourceStatus};
use skills_radar::core::plan::Profile;
use skills_radar::core::record::{from_json, to_json, Imported, ResultRecord};
use skills_radar::core::wizard::{Assessment, Screen};
use skills_radar::core::{history, saved, share};

/// Every statement of the test bank, in bank order.
const STATEMENTS: [&str; 25] = [
    "found.a.1",
    "found.a.2",
    "found.a.3",
    "core.a.1",
    "core.a.2",
    "core.a.3",
    "core.b.1",
    "core.b.2",
    "core.b.3",
    "core.b.4",
    "soc.a.1",
    "soc.a.2",
    "soc.a.3",
    "soc.b.1",
    "soc.b.2",
    "soc.b.3",
    "prof.alpha.1",
    "prof.alpha.2",
    "prof.alpha.3",
    "prof.beta.1",
    "prof.beta.2",
    "prof.beta.3",
    "lead.a.1",
    "lead.a.2",
    "lead.a.3",
];
const AREAS: [&str; 8] = ["found.a", "core.a", "core.b", "soc.a", "soc.b", "prof.alpha", "prof.beta", "lead.a"];
const RESOURCES: [&str; 5] = ["r-intro", "r-mid", "r-adv", "r-mid2", "r-other"];

/// 2020-01-01T00:00:00Z and 2100-01-01T00:00:00Z, in minutes.
/// Completion times a reader accepts: from the first bank's month (2026-11-01) to the tests' clock.
const FIRST_MINUTE: u64 = 1_793_491_200_000 / 60_000;
const LAST_MINUTE: u64 = NOW / 60_000;

fn answer() -> impl Strategy<Value = Answer> {
    prop_oneof![Just(Answer::NotApplicable), (1u8..=5).prop_map(Answer::Level)]
}

fn answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(proptest::option::of(answer()), STATEMENTS.len())
        .prop_map(|values| STATEMENTS.iter().zip(values).filter_map(|(id, a)| a.map(|a| (id.to_string(), a))).collect())
}

fn profile() -> impl Strategy<Value = Profile> {
    let profession = proptest::option::of(prop_oneof![Just("alpha"), Just("beta")]);
    (profession, any::<bool>(), any::<bool>()).prop_map(|(profession, leads, foundation)| Profile {
        profession: profession.map(str::to_string),
        leads,
        foundation,
    })
}

/// Notes up to the limit: plain, full of what needs escaping, any Unicode, or markup.
fn note() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[a-zA-Z0-9 ,.\"'\n\r\t<>/&\\\\éß漢👍\u{200f}]{0,500}",
        "(?s).{0,500}",
        "[\"\n\\\\]{500}",
        Just("<script>alert(1)</script>".to_string()),
    ]
}

fn status() -> impl Strategy<Value = ResourceStatus> {
    prop_oneof![Just(ResourceStatus::Planned), Just(ResourceStatus::Done)]
}

fn area_plan() -> impl Strategy<Value = AreaPlan> {
    (any::<bool>(), note(), proptest::collection::vec(proptest::option::of(status()), RESOURCES.len())).prop_map(
        |(chosen, note, statuses)| AreaPlan {
            chosen,
            note,
            resources: RESOURCES.iter().zip(statuses).filter_map(|(id, s)| s.map(|s| (id.to_string(), s))).collect(),
        },
    )
}

/// A plan as `learning::apply` leaves it: areas with nothing planned are not kept.
fn learning() -> impl Strategy<Value = LearningPlan> {
    proptest::collection::vec(proptest::option::of(area_plan()), AREAS.len()).prop_map(|plans| {
        AREAS.iter().zip(plans).filter_map(|(id, p)| p.filter(|p| !p.is_empty()).map(|p| (id.to_string(), p))).collect()
    })
}

fn record() -> impl Strategy<Value = ResultRecord> {
    (profile(), answers(), FIRST_MINUTE..=LAST_MINUTE, learning()).prop_map(|(profile, answers, minute, learning)| {
        ResultRecord { bank_version: "test-1".into(), completed_ms: minute * 60_000, profile, answers, learning }
    })
}

proptest! {
    #[test]
    fn result_file_round_trips(r in record()) {
        let b = bank();
        let text = to_json(&b, &r, "en");
        prop_assert_eq!(from_json(&b, text.as_bytes(), NOW), Ok(Imported { record: r, dropped: 0 }));
    }

    #[test]
    fn share_code_round_trips_without_the_plan(r in record()) {
        let b = bank();
        let code = share::encode(&b, &r);
        prop_assert!(code.len() <= share::MAX_CODE_CHARS);
        prop_assert_eq!(share::decode(&b, &code, NOW), Ok(ResultRecord { learning: LearningPlan::new(), ..r }));
    }

    #[test]
    fn history_round_trips(attempts in proptest::collection::vec(record(), 0..4)) {
        let b = bank();
        let mut expected = attempts.clone();
        expected.sort_by_key(|r| r.completed_ms);
        let stored = history::Stored { attempts, ..Default::default() };
        prop_assert_eq!(history::decode(&b, &history::encode(&b, &stored)).attempts, expected);
    }

    #[test]
    fn saved_assessment_keeps_a_completed_result(r in record()) {
        let b = bank();
        let a = Assessment {
            profile: Some(r.profile),
            answers: r.answers,
            screen: Screen::Results,
            learning: r.learning,
            completed_ms: Some(r.completed_ms),
        };
        let loaded = saved::decode(&b, &saved::encode(&b, &a)).unwrap();
        prop_assert_eq!(loaded.dropped, 0);
        prop_assert_eq!(loaded.assessment, a);
    }

    #[test]
    fn reading_arbitrary_bytes_never_panics(bytes in any::<Vec<u8>>()) {
        let _ = from_json(&bank(), &bytes, NOW);
    }

    #[test]
    fn reading_arbitrary_text_never_panics(text in ".*") {
        let _ = from_json(&bank(), text.as_bytes(), NOW);
    }

    #[test]
    fn reading_a_damaged_file_never_panics(r in record(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let b = bank();
        let mut bytes = to_json(&b, &r, "en").into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let _ = from_json(&b, &bytes, NOW);
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in ".*") {
        let _ = share::decode(&bank(), &text, NOW);
    }

    #[test]
    fn decoding_arbitrary_base64url_never_panics(text in "[A-Za-z0-9_-]{0,120}") {
        let _ = share::decode(&bank(), &text, NOW);
    }

    #[test]
    fn decoding_a_damaged_code_never_panics(r in record(), at in any::<prop::sample::Index>(), ch in "[A-Za-z0-9_=-]") {
        let b = bank();
        let mut code = share::encode(&b, &r);
        let i = at.index(code.len());
        code.replace_range(i..=i, &ch);
        let _ = share::decode(&b, &code, NOW);
    }

    #[test]
    fn base64url_round_trips(bytes in any::<Vec<u8>>()) {
        let text = share::base64url(&bytes);
        prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
        prop_assert_eq!(share::from_base64url(&text), Some(bytes));
    }

    #[test]
    fn base64url_decoding_never_panics(text in ".*") {
        if let Some(bytes) = share::from_base64url(&text) {
            // One code per byte string: whatever decodes encodes back to the same text.
            prop_assert_eq!(share::base64url(&bytes), text);
        }
    }
}
