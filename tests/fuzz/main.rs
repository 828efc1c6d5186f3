//! The probe, made permanent: millions of generated inputs for every reader of outside data (the share-link
//! decoder, the result-file reader, the saved-assessment reader and the history reader), none of which may
//! panic; and whatever a reader accepts must survive being written and read again unchanged.
//!
//! Not part of the normal test run (each test is `#[ignore]`d); run it with
//!
//! ```sh
//! cargo test --release --test fuzz -- --ignored --nocapture
//! ```
//!
//! `FUZZ_INPUTS` sets the number of inputs per reader (default 1,000,000; a minute or so each on two cores;
//! share links are fed twice, as typed and with their checksum made valid so that every field is read),
//! `FUZZ_SEED` the first seed. Inputs are mutations of valid links, files and saved data (bytes flipped,
//! inserted, deleted, duplicated, spliced, JSON tokens and Unicode edge cases dropped in), and purely random
//! text. A failing input is written to `target/fuzz-failure-<reader>.bin` before the test fails.

use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::bank::Bank;
use skills_radar::core::learning::{AreaPlan, LearningPlan, ResourceStatus};
use skills_radar::core::plan::Profile;
use skills_radar::core::record::{from_json, to_json, ResultRecord};
use skills_radar::core::wizard::{Assessment, Screen};
use skills_radar::core::{history, saved, share};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The readers' clock: 2030-01-01.
const NOW: u64 = 1_893_456_000_000;

/// SplitMix64: small, fast, and the same sequence on every machine for a seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that readers of JSON, base64 and dates are most likely to get wrong.
const TOKENS: &[&str] = &[
    "\"",
    "\\",
    "{",
    "}",
    "[",
    "]",
    ":",
    ",",
    "null",
    "true",
    "-0",
    "1e308",
    "-1e400",
    "0.1",
    "18446744073709551616",
    "9007199254740993",
    "\"\\ud800\"",
    "\\u0000",
    "\u{feff}",
    "\u{202e}",
    "\u{0}",
    "💥",
    "é",
    "\r\n",
    "\"na\"",
    "\"schema\"",
    "\"version\"",
    "\"answers\"",
    "\"completed\"",
    "\"9999-12-31T23:59:59Z\"",
    "\"2026-02-30T00:00:00Z\"",
    "%",
    "#",
    "=",
    "-",
    "_",
    "A",
    "/",
    "+",
    "<script>alert(1)</script>",
];

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut input = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(4) {
        let len = input.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => input[at.min(len - 1)] ^= 1 << rng.below(8),
            1 => input.insert(at, rng.next() as u8),
            2 if len > 0 => {
                let end = (at + 1 + rng.below(16)).min(len);
                input.drain(at.min(end)..end);
            }
            3 => {
                let end = (at + rng.below(32)).min(len);
                let copy = input[at.min(end)..end].to_vec();
                let to = rng.below(len + 1);
                input.splice(to..to, copy);
            }
            4 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                input.splice(at..at, token.iter().copied());
            }
            5 => input.truncate(at),
            6 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                input.truncate(at);
                input.extend_from_slice(&other[from..]);
            }
            7 if len > 0 => input[at.min(len - 1)] = TOKENS[rng.below(TOKENS.len())].as_bytes()[0],
            _ => {
                input = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
            }
        }
    }
    input
}

/// Runs `check` on `FUZZ_INPUTS` generated inputs: it says whether the reader accepted the input, or what is
/// wrong. A panic, or a failed check, is reported with its input.
fn fuzz(reader: &str, seeds: Vec<Vec<u8>>, check: impl Fn(&[u8]) -> Result<bool, String>) {
    let count: u64 = std::env::var("FUZZ_INPUTS").ok().and_then(|n| n.parse().ok()).unwrap_or(1_000_000);
    let seed: u64 = std::env::var("FUZZ_SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(1);
    let mut rng = Rng(seed);
    let started = std::time::Instant::now();
    let mut accepted = 0u64;
    for i in 0..count {
        let input = mutate(&mut rng, &seeds);
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&input)));
        let failure = match outcome {
            Ok(Ok(read)) => {
                accepted += u64::from(read);
                None
            }
            Ok(Err(why)) => Some(why),
            Err(_) => Some("panicked".to_string()),
        };
        if let Some(why) = failure {
            let path = format!("{}/target/fuzz-failure-{reader}.bin", env!("CARGO_MANIFEST_DIR"));
            let _ = std::fs::write(&path, &input);
            panic!("{reader}: input {i} (seed {seed}) {why}; written to {path}");
        }
    }
    println!("{reader}: {count} inputs, {accepted} accepted, in {:.1?}", started.elapsed());
}

/// A complete result over the shipped bank, with every kind of answer and a plan.
fn sample(bank: &Bank) -> ResultRecord {
    let mut answers = Answers::new();
    let mut learning = LearningPlan::new();
    for (i, area) in bank.layers.iter().flat_map(|l| &l.areas).enumerate() {
        for (j, statement) in area.statements.iter().enumerate() {
            let answer = if (i + j) % 7 == 0 { Answer::NotApplicable } else { Answer::Level(((i + j) % 5 + 1) as u8) };
            answers.insert(statement.id.clone(), answer);
        }
        if i % 3 == 0 {
            let resources = bank.resources.iter().take(2).map(|r| (r.id.clone(), ResourceStatus::Planned)).collect();
            learning.insert(area.id.clone(), AreaPlan { chosen: true, note: "« Note » ✓ 🚀\n".into(), resources });
        }
    }
    ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: 1_795_416_607_000,
        profile: Profile { profession: bank.professions.first().map(|p| p.id.clone()), leads: true, foundation: true },
        answers,
        learning,
    }
}

/// A reader's answer and the same record written and read again must agree.
fn same<T: PartialEq + std::fmt::Debug, E: std::fmt::Debug>(read: &T, again: Result<T, E>) -> Result<bool, String> {
    match again {
        Ok(again) if again == *read => Ok(true),
        other => Err(format!("accepted, but written and read again it is {other:?}")),
    }
}

#[test]
#[ignore = "minutes long: run by hand, see the module's note"]
fn share_links() {
    let bank = Bank::compiled();
    let record = sample(&bank);
    let codes =
        [share::encode(&bank, &record), share::encode(&bank, &ResultRecord { answers: Answers::new(), ..record })];
    let check = |text: &str| match share::decode(&bank, text, NOW) {
        Err(_) => Ok(false),
        Ok(read) => same(&read, share::decode(&bank, &share::encode(&bank, &read), NOW)),
    };
    // Mutated codes as typed or cut: almost all fail the checksum.
    let seeds = codes.iter().map(|c| c.clone().into_bytes()).collect();
    fuzz("share-link", seeds, |input| check(&String::from_utf8_lossy(input)));
    // Mutated contents under a valid checksum, so that every field after it is read.
    let payloads = codes
        .iter()
        .filter_map(|c| share::from_base64url(c))
        .map(|bytes| bytes[..bytes.len().saturating_sub(4)].to_vec())
        .collect();
    fuzz("share-link-content", payloads, |payload| {
        let mut bytes = payload.to_vec();
        bytes.extend_from_slice(&share::crc32(payload).to_be_bytes());
        check(&share::base64url(&bytes))
    });
}

#[test]
#[ignore = "minutes long: run by hand, see the module's note"]
fn result_files() {
    let bank = Bank::compiled();
    let record = sample(&bank);
    let file = to_json(&bank, &record, "fr");
    let bare = to_json(&bank, &ResultRecord { learning: LearningPlan::new(), ..record.clone() }, "en");
    fuzz("result-file", vec![file.into_bytes(), bare.into_bytes()], |input| match from_json(&bank, input, NOW) {
        Err(_) => Ok(false),
        Ok(read) => {
            same(&read.record, from_json(&bank, to_json(&bank, &read.record, "en").as_bytes(), NOW).map(|i| i.record))
        }
    });
}

#[test]
#[ignore = "minutes long: run by hand, see the module's note"]
fn saved_assessments() {
    let bank = Bank::compiled();
    let record = sample(&bank);
    let statement = record.answers.keys().nth(3).cloned().unwrap_or_default();
    let assessments = [
        Assessment {
            profile: Some(record.profile.clone()),
            answers: record.answers.clone(),
            screen: Screen::Results,
            learning: record.learning.clone(),
            completed_ms: Some(record.completed_ms),
        },
        Assessment {
            profile: Some(record.profile.clone()),
            answers: record.answers.iter().take(5).map(|(k, v)| (k.clone(), *v)).collect(),
            screen: Screen::Overview(Box::new(Screen::Statement(statement))),
            ..Assessment::default()
        },
    ];
    let seeds = assessments.iter().map(|a| saved::encode(&bank, a).into_bytes()).collect();
    fuzz("saved-assessment", seeds, |input| {
        let text = String::from_utf8_lossy(input);
        match saved::decode(&bank, &text) {
            Err(_) => Ok(false),
            Ok(read) => same(
                &read.assessment,
                saved::decode(&bank, &saved::encode(&bank, &read.assessment)).map(|l| l.assessment),
            ),
        }
    });
}

#[test]
#[ignore = "minutes long: run by hand, see the module's note"]
fn histories() {
    let bank = Bank::compiled();
    let record = sample(&bank);
    let stored = history::Stored {
        attempts: vec![ResultRecord { completed_ms: record.completed_ms - 86_400_000, ..record.clone() }, record],
        ..Default::default()
    };
    fuzz("history", vec![history::encode(&bank, &stored).into_bytes()], |input| {
        let text = String::from_utf8_lossy(input);
        let read = history::decode(&bank, &text);
        // Whatever was read, written back, reads the same: nothing is lost by a round trip.
        if read.unreadable {
            return Ok(false);
        }
        same(&read, Ok::<_, ()>(history::decode(&bank, &history::encode(&bank, &read))))
    });
}
