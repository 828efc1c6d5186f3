use crate::support::{bank, profile, result, COMPLETED_MS, NOW};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::learning::LearningPlan;
use skills_radar::core::record::{ReadProblem, ResultRecord};
use skills_radar::core::share::{base64url, crc32, decode, decode_counting, encode, from_base64url, MAX_CODE_CHARS};

const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The test bank has 25 statements: 75 bits of answers, 10 bytes with 5 bits of padding.
const STATEMENTS: usize = 25;

/// 3-bit values packed from the most significant bit, zero-padded to a whole byte.
fn pack(values: &[u8]) -> Vec<u8> {
    let mut bits: Vec<bool> = values.iter().flat_map(|v| (0..3).rev().map(move |i| v >> i & 1 == 1)).collect();
    while bits.len() % 8 != 0 {
        bits.push(false);
    }
    bits.chunks(8).map(|byte| byte.iter().fold(0u8, |acc, &bit| acc << 1 | u8::from(bit))).collect()
}

/// The fields of a code, to build one by hand.
#[derive(Clone)]
struct Fields {
    version: u8,
    bank_version: Vec<u8>,
    minutes: u32,
    profession: u8,
    flags: u8,
    count: u16,
    packed: Vec<u8>,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            version: 1,
            bank_version: b"test-1".to_vec(),
            minutes: 29_923_610,
            profession: 0,
            flags: 0,
            count: STATEMENTS as u16,
            packed: pack(&[0; STATEMENTS]),
        }
    }
}

impl Fields {
    fn body(&self) -> Vec<u8> {
        let mut b = vec![self.version, self.bank_version.len() as u8];
        b.extend_from_slice(&self.bank_version);
        b.extend_from_slice(&self.minutes.to_be_bytes());
        b.extend_from_slice(&[self.profession, self.flags]);
        b.extend_from_slice(&self.count.to_be_bytes());
        b.extend_from_slice(&self.packed);
        b
    }
}

/// A body with its CRC-32 appended, as a code: every check but the one under test passes.
fn seal(mut body: Vec<u8>) -> String {
    let crc = crc32(&body);
    body.extend_from_slice(&crc.to_be_bytes());
    base64url(&body)
}

fn code(fields: Fields) -> String {
    seal(fields.body())
}

fn invalid(field: &str) -> Result<ResultRecord, ReadProblem> {
    Err(ReadProblem::Invalid(field.to_string()))
}

// ---- base64url and CRC-32 ----

#[test]
fn base64url_matches_rfc_4648_vectors() {
    let vectors = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, encoded) in vectors {
        assert_eq!(base64url(plain.as_bytes()), encoded, "{plain:?}");
        assert_eq!(from_base64url(encoded).as_deref(), Some(plain.as_bytes()), "{encoded:?}");
    }
}

#[test]
fn base64url_uses_the_url_alphabet() {
    assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    assert_eq!(base64url(&[0xff; 3]), "____");
    assert_eq!(from_base64url("-_8"), Some(vec![0xfb, 0xff]));
    assert_eq!(base64url(&(0..=255).collect::<Vec<u8>>()).len(), 342);
}

#[test]
fn base64url_round_trips_every_length_and_byte() {
    let all: Vec<u8> = (0..=255).collect();
    for start in 0..256 {
        for len in 0..=7.min(256 - start) {
            let bytes = &all[start..start + len];
            assert_eq!(from_base64url(&base64url(bytes)).as_deref(), Some(bytes));
        }
    }
    assert_eq!(from_base64url(&base64url(&all)), Some(all));
}

#[test]
fn base64url_decoding_rejects_characters_outside_the_alphabet() {
    for text in ["Zm9v+A", "Zm9v/A", "Zg==", "Zm9v=", "Zm 9v", "Zm9v\n", "Zé", "Zm9*", "%3D"] {
        assert_eq!(from_base64url(text), None, "{text:?}");
    }
}

#[test]
fn base64url_decoding_rejects_impossible_lengths() {
    for text in ["Z", "Zm9vY", "Zm9vYmFyZ"] {
        assert_eq!(from_base64url(text), None, "{text:?}");
    }
}

#[test]
fn base64url_decoding_rejects_nonzero_trailing_bits() {
    // "f" is Zg; Zh, Zi, ..., Zv differ only in the unused bits: each byte string has one code.
    for text in ["Zh", "Zi", "Zv", "Zm9", "Zm+", "Zm_", "Zm9vYh"] {
        assert_eq!(from_base64url(text), None, "{text:?}");
    }
}

#[test]
fn crc32_check_values() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
    assert_eq!(crc32(b"a"), 0xE8B7_BE43);
    assert_eq!(crc32(b"The quick brown fox jumps over the lazy dog"), 0x414F_A339);
}

// ---- codes ----

#[test]
fn pack_helper_is_right() {
    let mut values = [0u8; STATEMENTS];
    values[0] = 5;
    values[24] = 6;
    assert_eq!(pack(&values), [0xA0, 0, 0, 0, 0, 0, 0, 0, 0, 0xC0]);
    assert_eq!(pack(&[1, 2, 3]), [0b0010_1001, 0b1000_0000]);
}

#[test]
fn encode_writes_the_documented_layout() {
    let b = bank();
    let mut answers = Answers::new();
    answers.insert("found.a.1".into(), Answer::Level(5));
    answers.insert("lead.a.3".into(), Answer::NotApplicable);
    answers.insert("not.in.bank".into(), Answer::Level(2));
    let r = ResultRecord {
        bank_version: "test-1".into(),
        completed_ms: COMPLETED_MS,
        profile: profile(Some("beta"), true, true),
        answers,
        learning: LearningPlan::new(),
    };
    let mut packed = [0u8; STATEMENTS];
    packed[0] = 5;
    packed[24] = 6;
    let expected = code(Fields { profession: 2, flags: 3, packed: pack(&packed), ..Fields::default() });
    assert_eq!(encode(&b, &r), expected);
}

#[test]
fn hand_built_code_decodes() {
    let b = bank();
    let mut values = [0u8; STATEMENTS];
    values[3] = 1; // core.a.1
    values[9] = 6; // core.b.4
    values[18] = 5; // prof.alpha.3
    let r =
        decode(&b, &code(Fields { profession: 1, flags: 1, packed: pack(&values), ..Fields::default() }), NOW).unwrap();
    assert_eq!(r.bank_version, "test-1");
    assert_eq!(r.completed_ms, 29_923_610 * 60_000);
    assert_eq!(r.profile, profile(Some("alpha"), true, false));
    let answers: Vec<(&str, Answer)> = r.answers.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(
        answers,
        [("core.a.1", Answer::Level(1)), ("core.b.4", Answer::NotApplicable), ("prof.alpha.3", Answer::Level(5))]
    );
    assert!(r.learning.is_empty());
}

#[test]
fn round_trip_keeps_everything_but_the_plan_and_the_seconds() {
    let b = bank();
    let r = result();
    let back = decode(&b, &encode(&b, &r), NOW).unwrap();
    // 2026-11-23T06:50:07Z, kept to the minute.
    assert_eq!(back.completed_ms, 1_795_416_600_000);
    assert_eq!(back, ResultRecord { completed_ms: 1_795_416_600_000, learning: LearningPlan::new(), ..r });
}

#[test]
fn round_trip_of_an_empty_result() {
    let b = bank();
    let r = ResultRecord {
        bank_version: "test-1".into(),
        completed_ms: COMPLETED_MS / 60_000 * 60_000,
        profile: profile(None, false, false),
        answers: Answers::new(),
        learning: LearningPlan::new(),
    };
    assert_eq!(decode(&b, &encode(&b, &r), NOW), Ok(r));
}

#[test]
fn code_is_short_and_url_safe() {
    let b = bank();
    let c = encode(&b, &result());
    assert!(c.bytes().all(|ch| ALPHABET.as_bytes().contains(&ch)), "{c}");
    // 30 bytes: 40 characters.
    assert_eq!(c.len(), 40);
}

#[test]
fn surrounding_white_space_is_ignored() {
    let b = bank();
    let c = encode(&b, &result());
    assert_eq!(decode(&b, &format!("  {c}\n"), NOW), decode(&b, &c, NOW));
}

#[test]
fn empty_code_is_not_a_result() {
    let b = bank();
    assert_eq!(decode(&b, "", NOW), Err(ReadProblem::NotAResult));
    assert_eq!(decode(&b, "  ", NOW), Err(ReadProblem::NotAResult));
}

#[test]
fn text_that_is_not_base64url_is_not_a_result() {
    let b = bank();
    let c = encode(&b, &result());
    for text in ["not a code!", "AQZ0ZXN0LTE=", "<script>alert(1)</script>", &format!("{c}="), "A", "garbage"] {
        assert_eq!(decode(&b, text, NOW), Err(ReadProblem::NotAResult), "{text:?}");
    }
    // Only base64url characters, but a length or an ending no code has: a cut or mistyped code, said so.
    for damaged in [&c[..c.len() - 1], &format!("{c}A")] {
        let got = decode(&b, damaged, NOW);
        assert!(matches!(got, Err(ReadProblem::Truncated | ReadProblem::Checksum)), "{damaged:?} gave {got:?}");
    }
}

#[test]
fn a_changed_character_after_the_version_is_caught() {
    let b = bank();
    let c = encode(&b, &result());
    for i in 2..c.len() {
        for new in ALPHABET.chars().filter(|&ch| ch != c.as_bytes()[i] as char) {
            let mut changed = c.clone();
            changed.replace_range(i..=i, &new.to_string());
            match decode(&b, &changed, NOW) {
                Err(ReadProblem::Checksum | ReadProblem::NotAResult) => {}
                other => panic!("{changed} (position {i}) gave {other:?}"),
            }
        }
    }
}

#[test]
fn a_changed_first_character_is_caught_by_the_checksum() {
    // The first two characters carry the version byte: a typo there is still a typo, not a newer app.
    let b = bank();
    let c = encode(&b, &result());
    for i in 0..2 {
        for new in ALPHABET.chars().filter(|&ch| ch != c.as_bytes()[i] as char) {
            let mut changed = c.clone();
            changed.replace_range(i..=i, &new.to_string());
            match decode(&b, &changed, NOW) {
                Err(ReadProblem::Checksum | ReadProblem::NotAResult) => {}
                other => panic!("{changed} (position {i}) gave {other:?}"),
            }
        }
    }
}

#[test]
fn a_code_cut_short_is_refused() {
    let b = bank();
    let c = encode(&b, &result());
    for cut in 1..c.len() {
        let part = &c[..cut];
        let got = decode(&b, part, NOW);
        let base64_breaks = from_base64url(part).is_none();
        match got {
            Err(ReadProblem::Truncated | ReadProblem::Checksum) => {}
            Err(ReadProblem::NotAResult) if base64_breaks || cut < 10 => {}
            other => panic!("{part} gave {other:?}"),
        }
    }
    // A few characters are not taken for a code at all.
    assert_eq!(decode(&b, &c[..4], NOW), Err(ReadProblem::NotAResult));
}

#[test]
fn a_body_cut_short_with_a_correct_checksum_is_truncated() {
    let b = bank();
    let body = Fields::default().body();
    // From 8 bytes on: shorter codes (under 10 characters) are not taken for codes at all.
    for len in [8, 12, 14, 16, body.len() - 1] {
        assert_eq!(decode(&b, &seal(body[..len].to_vec()), NOW), Err(ReadProblem::Truncated), "{len} bytes");
    }
}

#[test]
fn newer_version_is_a_future_version() {
    let b = bank();
    assert_eq!(decode(&b, &code(Fields { version: 2, ..Fields::default() }), NOW), Err(ReadProblem::FutureVersion(2)));
    assert_eq!(
        decode(&b, &code(Fields { version: 255, ..Fields::default() }), NOW),
        Err(ReadProblem::FutureVersion(255))
    );
    assert_eq!(decode(&b, &code(Fields { version: 0, ..Fields::default() }), NOW), Err(ReadProblem::NotAResult));
}

#[test]
fn another_bank_version_is_another_bank() {
    let b = bank();
    let other = |fields: Fields| decode(&b, &code(Fields { bank_version: b"test-2".to_vec(), ..fields }), NOW);
    assert_eq!(other(Fields::default()), Err(ReadProblem::OtherBank("test-2".into())));
    // Its own number of statements, in its own order.
    assert_eq!(
        other(Fields { count: 30, packed: pack(&[1; 30]), ..Fields::default() }),
        Err(ReadProblem::OtherBank("test-2".into()))
    );
}

#[test]
fn another_bank_with_more_professions_is_another_bank() {
    // A bank version with a third profession: its index means nothing to this bank, but the reason to give
    // is the other bank, not an invalid profession.
    let b = bank();
    let c = code(Fields { bank_version: b"test-2".to_vec(), profession: 3, ..Fields::default() });
    assert_eq!(decode(&b, &c, NOW), Err(ReadProblem::OtherBank("test-2".into())));
}

#[test]
fn bank_version_must_look_like_one() {
    let b = bank();
    for version in [&b"<script>"[..], b"", b"a b", b"\xff\xfe", &[b'9'; 33]] {
        let c = code(Fields { bank_version: version.to_vec(), ..Fields::default() });
        assert_eq!(decode(&b, &c, NOW), invalid("bank_version"), "{version:?}");
    }
}

#[test]
fn profession_out_of_range_is_invalid() {
    let b = bank();
    for profession in [3, 4, 255] {
        assert_eq!(decode(&b, &code(Fields { profession, ..Fields::default() }), NOW), invalid("profile.profession"));
    }
    assert!(decode(&b, &code(Fields { profession: 2, ..Fields::default() }), NOW).is_ok());
}

#[test]
fn unknown_flags_are_invalid() {
    let b = bank();
    for flags in [4, 5, 128, 255] {
        assert_eq!(decode(&b, &code(Fields { flags, ..Fields::default() }), NOW), invalid("profile"), "{flags}");
    }
    assert_eq!(
        decode(&b, &code(Fields { flags: 3, ..Fields::default() }), NOW).unwrap().profile,
        profile(None, true, true)
    );
}

#[test]
fn answer_value_7_is_no_occasion_and_6_not_applicable() {
    let b = bank();
    let mut values = [0u8; STATEMENTS];
    values[5] = 7; // core.a.3
    values[24] = 6; // lead.a.3, across the last byte
    let record = decode(&b, &code(Fields { packed: pack(&values), ..Fields::default() }), NOW).unwrap();
    assert_eq!(record.answers.get("core.a.3"), Some(&Answer::NoOccasion));
    assert_eq!(record.answers.get("lead.a.3"), Some(&Answer::NotApplicable));
    assert_eq!(record.answers.len(), 2);
}

#[test]
fn nonzero_padding_bits_are_invalid() {
    let b = bank();
    for bits in [1, 0b10000, 0b11111] {
        let mut packed = pack(&[0; STATEMENTS]);
        *packed.last_mut().unwrap() |= bits;
        assert_eq!(decode(&b, &code(Fields { packed, ..Fields::default() }), NOW), invalid("padding"), "{bits:#b}");
    }
}

#[test]
fn extra_trailing_bytes_are_invalid() {
    let b = bank();
    for extra in [&[0u8][..], &[0, 0], &[1, 2, 3, 4, 5]] {
        let mut body = Fields::default().body();
        body.extend_from_slice(extra);
        assert_eq!(decode(&b, &seal(body), NOW), invalid("length"), "{extra:?}");
    }
}

#[test]
fn another_statement_count_for_this_bank_is_invalid() {
    let b = bank();
    let fewer = Fields { count: 24, packed: pack(&[0; 24]), ..Fields::default() };
    assert_eq!(decode(&b, &code(fewer), NOW), invalid("statements"));
    let more = Fields { count: 26, packed: pack(&[0; 26]), ..Fields::default() };
    assert_eq!(decode(&b, &code(more), NOW), invalid("statements"));
}

#[test]
fn too_long_text_is_a_link_too_long() {
    let b = bank();
    assert_eq!(decode(&b, &"A".repeat(MAX_CODE_CHARS + 1), NOW), Err(ReadProblem::LinkTooLong));
    assert_eq!(decode(&b, &"é".repeat(MAX_CODE_CHARS), NOW), Err(ReadProblem::LinkTooLong));
    // At the limit, read as usual (and refused for what it is, not for its length).
    let at_limit = decode(&b, &"A".repeat(MAX_CODE_CHARS), NOW);
    assert!(at_limit.is_err() && at_limit != Err(ReadProblem::TooLarge), "{at_limit:?}");
}

#[test]
fn the_shipped_bank_code_round_trips_well_within_the_limit() {
    let content = skills_radar::core::content::load(skills_radar::core::content::DEFAULT).unwrap();
    let b = &content.bank;
    let answers: Answers = b
        .statement_ids()
        .enumerate()
        .map(|(i, id)| {
            (id.to_string(), if i % 6 == 5 { Answer::NotApplicable } else { Answer::Level((i % 6) as u8 + 1) })
        })
        .collect();
    let r = ResultRecord {
        bank_version: b.version.clone(),
        completed_ms: COMPLETED_MS - 7_000,
        profile: profile(Some(&b.professions.last().unwrap().id), true, true),
        answers,
        learning: LearningPlan::new(),
    };
    let c = encode(b, &r);
    assert!(c.len() < MAX_CODE_CHARS / 4, "{} characters", c.len());
    assert_eq!(decode(b, &c, NOW), Ok(r));
}

// ---- never panics ----

#[test]
fn no_short_text_panics() {
    let b = bank();
    let chars = ['A', 'Q', 'g', '_', '-', '=', '+', ' ', 'é', '\0', '%', '9'];
    let mut texts = vec![String::new()];
    for _ in 0..3 {
        let longer: Vec<String> = texts.iter().flat_map(|t| chars.iter().map(move |c| format!("{t}{c}"))).collect();
        texts.extend(longer);
    }
    texts.sort();
    texts.dedup();
    assert_eq!(texts.len(), 1 + 12 + 144 + 1728);
    for text in &texts {
        assert!(decode(&b, text, NOW).is_err(), "{text:?}");
    }
}

/// xorshift64*: a fixed sequence of numbers, so a failure is reproducible.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn no_random_text_panics() {
    let b = bank();
    let mut random = Random(0x5EED_1234_ABCD_0001);
    for _ in 0..20_000 {
        let len = random.below(64);
        let text: String = (0..len).map(|_| ALPHABET.as_bytes()[random.below(64)] as char).collect();
        let _ = decode(&b, &text, NOW);
    }
}

#[test]
fn no_random_body_with_a_correct_checksum_panics() {
    // Past the checksum, every field is read from whatever the bytes say.
    let b = bank();
    let mut random = Random(0xC0DE_0000_0000_0042);
    let template = Fields::default().body();
    for _ in 0..20_000 {
        let mut body = template.clone();
        let changes = 1 + random.below(4);
        for _ in 0..changes {
            let at = 1 + random.below(body.len() - 1);
            body[at] = random.next() as u8;
        }
        body.truncate(1 + random.below(body.len() + 4));
        body.resize(body.len() + random.below(3), 0);
        let _ = decode(&b, &seal(body), NOW);
    }
}

#[test]
fn an_unfinished_assessment_travels_in_a_continue_code_and_only_there() {
    use skills_radar::core::share::{decode_unfinished, encode_unfinished};
    use skills_radar::core::tools::{continue_code, open_continued, read_continued};
    use skills_radar::core::wizard::{Assessment, Screen};
    let b = bank();
    let alpha = profile(Some("alpha"), false, false);
    let answers: Answers = [("core.a.1", Answer::Level(2)), ("core.a.2", Answer::NotApplicable)]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    let code = encode_unfinished(&b, &alpha, &answers);
    let read = decode_unfinished(&b, &code).expect("a continue code");
    assert_eq!((read.profile.clone(), read.answers.clone(), read.completed_ms), (alpha.clone(), answers.clone(), 0));
    // A continue code is not a result, and a result is not a continue code.
    assert_eq!(decode(&b, &code, NOW), Err(ReadProblem::Invalid("completed".into())));
    assert_eq!(decode_unfinished(&b, &encode(&b, &result())), Err(ReadProblem::Invalid("completed".into())));
    // Through the tools: from the saved assessment to the code, and back at the first unanswered statement.
    let saved = skills_radar::core::saved::encode(
        &b,
        &Assessment {
            profile: Some(alpha.clone()),
            answers: answers.clone(),
            screen: Screen::Overview(Box::new(Screen::About)),
            ..Assessment::default()
        },
    );
    let opened = read_continued(&b, &open_continued(&b, &continue_code(&b, &saved))).expect("opened");
    assert_eq!(opened.answers, answers);
    assert_eq!(opened.screen, Screen::Statement("core.a.3".into()));
    assert_eq!(
        continue_code(&b, &skills_radar::core::saved::encode(&b, &Assessment::default())),
        "",
        "nothing to continue"
    );
    assert_eq!(read_continued(&b, &open_continued(&b, "AAAA")), Err(ReadProblem::NotAResult));
}

// ---- codes of an earlier bank version ----

/// The test bank as it was in an earlier version, `test-0`: professions `beta`, `alpha`, `gone`; seven
/// statements in another order, two of which (`old.x`, `old.y`) the bank no longer has.
fn with_earlier() -> skills_radar::core::bank::Bank {
    let strings = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    skills_radar::core::bank::Bank {
        earlier: vec![skills_radar::core::bank::EarlierBank {
            version: "test-0".into(),
            professions: strings(&["beta", "alpha", "gone"]),
            statements: strings(&["core.a.2", "old.x", "core.a.1", "lead.a.3", "old.y", "soc.b.1", "prof.beta.2"]),
        }],
        ..bank()
    }
}

fn earlier_code(profession: u8, values: &[u8; 7]) -> String {
    code(Fields { bank_version: b"test-0".to_vec(), profession, count: 7, packed: pack(values), ..Fields::default() })
}

#[test]
fn a_code_of_an_earlier_version_opens_with_its_answers_by_that_versions_order() {
    let b = with_earlier();
    // core.a.2 5, old.x 3, core.a.1 na, lead.a.3 no occasion, old.y 1, soc.b.1 unanswered, prof.beta.2 2.
    let (record, dropped) = decode_counting(&b, &earlier_code(2, &[5, 3, 6, 7, 1, 0, 2]), NOW).unwrap();
    assert_eq!(record.profile, profile(Some("alpha"), false, false), "the second of that version's professions");
    assert_eq!(record.bank_version, "test-0", "the code's own version is kept");
    let expected: Answers = [
        ("core.a.2", Answer::Level(5)),
        ("core.a.1", Answer::NotApplicable),
        ("lead.a.3", Answer::NoOccasion),
        ("prof.beta.2", Answer::Level(2)),
    ]
    .into_iter()
    .map(|(id, a)| (id.to_string(), a))
    .collect();
    assert_eq!(record.answers, expected);
    assert_eq!(dropped, 2, "the answers to old.x and old.y are dropped and counted");
    // A profession that is gone reads as "none of these"; an index beyond that version's list is invalid.
    assert_eq!(decode(&b, &earlier_code(3, &[0; 7]), NOW).unwrap().profile.profession, None);
    assert_eq!(decode(&b, &earlier_code(4, &[0; 7]), NOW), invalid("profile.profession"));
    // That version's statement count, not this bank's.
    let wrong_count = code(Fields { bank_version: b"test-0".to_vec(), ..Fields::default() });
    assert_eq!(decode(&b, &wrong_count, NOW), invalid("statements"));
}

#[test]
fn a_code_of_a_version_the_bank_does_not_know_is_refused() {
    let b = with_earlier();
    let other = code(Fields { bank_version: b"test-9".to_vec(), count: 7, packed: pack(&[0; 7]), ..Fields::default() });
    assert_eq!(decode(&b, &other, NOW), Err(ReadProblem::OtherBank("test-9".into())));
    // Without the earlier versions (as in the app), test-0 is unknown too.
    assert_eq!(decode(&bank(), &earlier_code(1, &[0; 7]), NOW), Err(ReadProblem::OtherBank("test-0".into())));
}
