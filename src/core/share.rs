//! The share code: a result packed into a short text for the address's fragment (`#result=<code>`), which
//! browsers never send to a server. Versioned and checksummed; layout in `docs/FORMATS.md`. It carries the
//! profile and the answers, not the learning plan, which stays personal. Decoding never panics.

use super::answers::{Answer, Answers};
use super::bank::Bank;
use super::learning::LearningPlan;
use super::plan::Profile;
use super::record::{is_bank_version, is_possible_completion, ReadProblem, ResultRecord};

/// The first byte of every code; raise it when the layout changes.
pub const VERSION: u8 = 1;
/// The fragment parameter that carries a code.
pub const FRAGMENT_KEY: &str = "result";
/// The fragment parameter that carries an unfinished assessment, to continue elsewhere (see [`encode_unfinished`]).
pub const CONTINUE_KEY: &str = "continue";
/// Shorter than this, a text is not taken for a damaged code: a version-1 code is at least 20 characters.
const MIN_CODE_CHARS: usize = 10;
/// Longer than any code this bank can produce, by far: a longer text is refused before decoding.
pub const MAX_CODE_CHARS: usize = 2000;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648, section 5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The inverse of [`base64url`]; `None` for a character outside the alphabet or an impossible length.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            let v = ALPHABET.iter().position(|&a| a == c)? as u32;
            n |= v << (18 - 6 * i);
        }
        let bytes = chunk.len() - 1;
        for i in 0..bytes {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits beyond the last whole byte must be zero, so each byte string has exactly one code.
        if bytes == 0 || n & ((1u32 << (24 - 8 * bytes)) - 1) != 0 {
            return None;
        }
    }
    Some(out)
}

/// CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: a few bytes of code instead of a 1 kB table.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn answer_value(answer: Option<&Answer>) -> u8 {
    match answer {
        None => 0,
        Some(Answer::Level(l)) => *l,
        Some(Answer::NotApplicable) => 6,
        Some(Answer::NoOccasion) => 7,
    }
}

/// The share code of a result: version, bank version, completion time, profile and one 3-bit answer per
/// statement of the bank in bank order, then a CRC-32 of all that, in base64url.
pub fn encode(bank: &Bank, record: &ResultRecord) -> String {
    let mut bytes = vec![VERSION, record.bank_version.len() as u8];
    bytes.extend_from_slice(record.bank_version.as_bytes());
    bytes.extend_from_slice(&((record.completed_ms / 60_000) as u32).to_be_bytes());
    let profession = record
        .profile
        .profession
        .as_ref()
        .and_then(|id| bank.professions.iter().position(|p| &p.id == id))
        .map_or(0, |i| i as u8 + 1);
    bytes.push(profession);
    bytes.push(u8::from(record.profile.leads) | u8::from(record.profile.foundation) << 1);
    let statements: Vec<&str> = bank.statement_ids().collect();
    bytes.extend_from_slice(&(statements.len() as u16).to_be_bytes());
    let (mut acc, mut bits) = (0u32, 0u32);
    for id in &statements {
        acc = acc << 3 | u32::from(answer_value(record.answers.get(id)));
        bits += 3;
        while bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
        }
    }
    if bits > 0 {
        bytes.push((acc << (8 - bits)) as u8);
    }
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes());
    base64url(&bytes)
}

/// The code of an assessment not yet finished, to continue in another tab or on another device: the share
/// code's layout with a completion time of 0.
pub fn encode_unfinished(bank: &Bank, profile: &Profile, answers: &Answers) -> String {
    let record = ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: 0,
        profile: profile.clone(),
        answers: answers.clone(),
        learning: LearningPlan::new(),
    };
    encode(bank, &record)
}

/// Reads a code made by [`encode_unfinished`]: the profile and answers, with `completed_ms` 0.
pub fn decode_unfinished(bank: &Bank, code: &str) -> Result<ResultRecord, ReadProblem> {
    read(bank, code, &|completed_ms| completed_ms == 0).map(|(record, _)| record)
}

/// Reads a code of either kind, finished or not, as a learning platform keeps it (`core::lms`): `completed_ms`
/// is 0 for an unfinished assessment. `now_ms` is the reader's clock.
pub fn decode_either(bank: &Bank, code: &str, now_ms: u64) -> Result<ResultRecord, ReadProblem> {
    read(bank, code, &|completed_ms| completed_ms == 0 || is_possible_completion(completed_ms, now_ms))
        .map(|(record, _)| record)
}

/// Reads a share code against this bank, or against one of the earlier versions it knows (`bank.earlier`):
/// then answers to statements this bank no longer has are dropped. A code from any other bank version is
/// refused (its answers follow that bank's order); so is anything cut, altered or not made by [`encode`].
/// `now_ms` is the reader's clock: a completion in the future is refused.
pub fn decode(bank: &Bank, code: &str, now_ms: u64) -> Result<ResultRecord, ReadProblem> {
    decode_counting(bank, code, now_ms).map(|(record, _)| record)
}

/// [`decode`], with how many answers were dropped (to statements of an earlier version that are gone).
pub fn decode_counting(bank: &Bank, code: &str, now_ms: u64) -> Result<(ResultRecord, usize), ReadProblem> {
    read(bank, code, &|completed_ms| is_possible_completion(completed_ms, now_ms))
}

/// Reads a code whose completion time (0 for none) `possible` accepts.
fn read(bank: &Bank, code: &str, possible: &dyn Fn(u64) -> bool) -> Result<(ResultRecord, usize), ReadProblem> {
    if code.len() > MAX_CODE_CHARS {
        return Err(ReadProblem::LinkTooLong);
    }
    let code = code.trim();
    if code.is_empty() {
        return Err(ReadProblem::NotAResult);
    }
    // Shorter than the shortest code (20 characters) by far, or not base64url: not a code at all.
    if code.len() < MIN_CODE_CHARS || !code.bytes().all(|c| ALPHABET.contains(&c)) {
        return Err(ReadProblem::NotAResult);
    }
    // Only the code's own characters: a length or last character that base64 cannot end with means the
    // code was cut or mistyped, which is what the person needs to hear.
    let bytes = match from_base64url(code) {
        Some(bytes) => bytes,
        None if code.len() % 4 == 1 => return Err(ReadProblem::Truncated),
        None => return Err(ReadProblem::Checksum),
    };
    if bytes.len() < 5 {
        return Err(ReadProblem::Truncated);
    }
    // The checksum first: a mistyped character must read as damage, not as a version from the future.
    let (body, crc) = bytes.split_at(bytes.len() - 4);
    if crc32(body) != u32::from_be_bytes([crc[0], crc[1], crc[2], crc[3]]) {
        return Err(ReadProblem::Checksum);
    }
    match body[0] {
        VERSION => {}
        0 => return Err(ReadProblem::NotAResult),
        v => return Err(ReadProblem::FutureVersion(u64::from(v))),
    }
    let mut at = 1;
    let mut take = |n: usize| -> Result<&[u8], ReadProblem> {
        let part = body.get(at..at + n).ok_or(ReadProblem::Truncated)?;
        at += n;
        Ok(part)
    };
    let version_len = usize::from(take(1)?[0]);
    let bank_version = std::str::from_utf8(take(version_len)?)
        .ok()
        .filter(|v| is_bank_version(v))
        .ok_or_else(|| ReadProblem::Invalid("bank_version".into()))?
        .to_string();
    // Every later field follows that bank's order and lists: this bank's, or an earlier one's it knows.
    let (professions, statements): (Vec<&str>, Vec<&str>) = if bank_version == bank.version {
        (bank.professions.iter().map(|p| p.id.as_str()).collect(), bank.statement_ids().collect())
    } else if let Some(earlier) = bank.earlier.iter().find(|e| e.version == bank_version) {
        (
            earlier.professions.iter().map(String::as_str).collect(),
            earlier.statements.iter().map(String::as_str).collect(),
        )
    } else {
        return Err(ReadProblem::OtherBank(bank_version));
    };
    let minutes = take(4)?;
    let completed_ms = u64::from(u32::from_be_bytes([minutes[0], minutes[1], minutes[2], minutes[3]])) * 60_000;
    if !possible(completed_ms) {
        return Err(ReadProblem::Invalid("completed".into()));
    }
    // A profession this bank no longer has reads as "none of these", as in saved data.
    let profession = match take(1)?[0] {
        0 => None,
        i => {
            Some(professions.get(usize::from(i) - 1).ok_or_else(|| ReadProblem::Invalid("profile.profession".into()))?)
                .filter(|id| bank.profession(id).is_some())
                .map(|id| id.to_string())
        }
    };
    let flags = take(1)?[0];
    if flags > 3 {
        return Err(ReadProblem::Invalid("profile".into()));
    }
    let count = take(2)?;
    let count = usize::from(u16::from_be_bytes([count[0], count[1]]));
    if count != statements.len() {
        return Err(ReadProblem::Invalid("statements".into()));
    }
    let packed = take((count * 3).div_ceil(8))?;
    if at != body.len() {
        return Err(ReadProblem::Invalid("length".into()));
    }
    let mut answers = Answers::new();
    let mut dropped = 0;
    for (i, id) in statements.iter().enumerate() {
        let bit = i * 3;
        let word = u16::from(packed[bit / 8]) << 8 | u16::from(packed.get(bit / 8 + 1).copied().unwrap_or(0));
        let value = (word >> (13 - bit % 8)) & 7;
        let answer = match value {
            0 => continue,
            1..=5 => Answer::Level(value as u8),
            6 => Answer::NotApplicable,
            7 => Answer::NoOccasion,
            _ => return Err(ReadProblem::Invalid(format!("answers.{id}"))),
        };
        if bank.find_statement(id).is_some() {
            answers.insert((*id).to_string(), answer);
        } else {
            dropped += 1;
        }
    }
    let used_bits = count * 3;
    if used_bits % 8 != 0 && packed[packed.len() - 1] & ((1u8 << (8 - used_bits % 8)) - 1) != 0 {
        return Err(ReadProblem::Invalid("padding".into()));
    }
    let profile = Profile { profession, leads: flags & 1 != 0, foundation: flags & 2 != 0 };
    Ok((ResultRecord { bank_version, completed_ms, profile, answers, learning: LearningPlan::new() }, dropped))
}
