//! JSON (RFC 8259) for every format the app reads and writes: the bank, the texts, saved data, result files
//! and the history. A value tree that keeps object members in their order, a strict parser that reports the
//! line and column of the first problem, refuses a key given twice in one object and never recurses deeper
//! than [`MAX_DEPTH`], and a compact writer.
//!
//! Written here rather than taken from serde_json for size: serde_json and the readers serde derives for
//! each format made up 41 kB of the 186 kB (brotli) the app's wasm weighed with them. Host tests check this
//! parser and writer against serde_json.
//!
//! Numbers are kept as their text: the formats need whole numbers and tenths, read exactly, and never a
//! float parser.

use std::fmt;

/// Nesting deeper than this is refused rather than risking the stack (serde_json's limit too): no format
/// of the app nests more than a few levels.
pub const MAX_DEPTH: usize = 128;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number as written, checked against the JSON grammar.
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Members in the order written; keys are unique (the parser refuses a repeated key).
    Object(Vec<(String, Value)>),
}

/// Why a text is not JSON, and where: line and column count from 1, columns in characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub line: usize,
    pub column: usize,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text ends inside a value.
    Eof,
    /// A character that cannot start or continue a value here.
    Unexpected,
    /// Something after the value.
    Trailing,
    BadNumber,
    BadEscape,
    /// A raw control character inside a string.
    ControlCharacter,
    TooDeep,
    /// A key given twice in one object: readers would disagree on which counts.
    DuplicateKey(String),
}

impl Error {
    /// Where, as a content error's place: `line 3, column 7`.
    pub fn place(&self) -> String {
        format!("line {}, column {}", self.line, self.column)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self {
            Problem::Eof => "the text ends before the value does",
            Problem::Unexpected => "unexpected character",
            Problem::Trailing => "text after the value",
            Problem::BadNumber => "malformed number",
            Problem::BadEscape => "malformed escape in a string",
            Problem::ControlCharacter => "control character in a string",
            Problem::TooDeep => "nested too deeply",
            Problem::DuplicateKey(key) => return write!(f, "the key \"{key}\" is given twice"),
        };
        f.write_str(what)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {}, column {}", self.problem, self.line, self.column)
    }
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.members()?.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn members(&self) -> Option<&[(String, Value)]> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn items(&self) -> Option<&[Value]> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        *self == Value::Null
    }

    /// A whole number from 0 to `u64::MAX`, written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// A number in tenths, rounded half away from zero: `3.7` is 37, `-1` is -10, `3.333` is 33, `3.35` is
    /// 34. `None` for an exponent or a number too large to be a level.
    pub fn as_tenths(&self) -> Option<i64> {
        let Value::Number(n) = self else { return None };
        let (negative, digits) = match n.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, n.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.len() > 6 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let digit = |i: usize| fraction.as_bytes().get(i).map_or(0, |d| i64::from(d - b'0'));
        let value = whole.parse::<i64>().ok()? * 10 + digit(0) + i64::from(digit(1) >= 5);
        Some(if negative { -value } else { value })
    }

    pub fn number(n: u64) -> Value {
        Value::Number(n.to_string())
    }

    /// A number from tenths, written with one decimal (`37` is `3.7`, `-10` is `-1.0`).
    pub fn tenths(t: i64) -> Value {
        let sign = if t < 0 { "-" } else { "" };
        Value::Number(format!("{sign}{}.{}", t.unsigned_abs() / 10, t.unsigned_abs() % 10))
    }

    pub fn string(s: impl Into<String>) -> Value {
        Value::String(s.into())
    }

    /// An object from members given in order.
    pub fn object<K: Into<String>>(members: impl IntoIterator<Item = (K, Value)>) -> Value {
        Value::Object(members.into_iter().map(|(k, v)| (k.into(), v)).collect())
    }

    /// Compact JSON: no spaces; non-ASCII characters as they are; `"`, `\` and control characters escaped.
    pub fn write(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }

    fn write_to(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Number(n) => out.push_str(n),
            Value::String(s) => write_string(s, out),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write_to(out);
                }
                out.push(']');
            }
            Value::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(key, out);
                    out.push(':');
                    value.write_to(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_string(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses one JSON value, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut p = Parser { text, bytes: text.as_bytes(), at: 0 };
    p.space();
    let value = p.value(0)?;
    p.space();
    if p.at < p.bytes.len() {
        return Err(p.error(Problem::Trailing));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, problem: Problem) -> Error {
        self.error_at(self.at, problem)
    }

    fn error_at(&self, at: usize, problem: Problem) -> Error {
        let problem = if at >= self.bytes.len() && problem != Problem::Trailing { Problem::Eof } else { problem };
        let before = self.text.get(..at.min(self.text.len())).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
        Error { line, column, problem }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(Problem::Unexpected))
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error(Problem::Unexpected))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        if depth >= MAX_DEPTH {
            return Err(self.error(Problem::TooDeep));
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error(Problem::Unexpected)),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, Error> {
        self.at += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.space();
            items.push(self.value(depth + 1)?);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error(Problem::Unexpected)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, Error> {
        self.at += 1;
        let mut members: Vec<(String, Value)> = Vec::new();
        // Where each key starts, to point at a repeated one.
        let mut starts: Vec<usize> = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(members));
        }
        loop {
            self.space();
            starts.push(self.at);
            if self.peek() != Some(b'"') {
                return Err(self.error(Problem::Unexpected));
            }
            let key = self.string()?;
            self.space();
            self.expect(b':')?;
            self.space();
            let value = self.value(depth + 1)?;
            members.push((key, value));
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    break;
                }
                _ => return Err(self.error(Problem::Unexpected)),
            }
        }
        // A repeated key, found through a sorted list of positions: objects of texts have hundreds of keys.
        let order = super::order::sorted_indices(members.len(), &|a, b| members[a].0.cmp(&members[b].0));
        if let Some(pair) = order.windows(2).find(|w| members[w[0]].0 == members[w[1]].0) {
            let repeat = pair[0].max(pair[1]);
            return Err(self.error_at(starts[repeat], Problem::DuplicateKey(members[repeat].0.clone())));
        }
        Ok(Value::Object(members))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.bytes.get(self.at..self.at + 4).ok_or_else(|| self.error(Problem::BadEscape))?;
        let mut value = 0;
        for &d in digits {
            let n = char::from(d).to_digit(16).ok_or_else(|| self.error(Problem::BadEscape))?;
            value = value * 16 + n;
        }
        self.at += 4;
        Ok(value)
    }

    fn string(&mut self) -> Result<String, Error> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain characters up to the next quote, backslash or control character.
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            out.push_str(part(self.text, start..self.at));
            match self.peek() {
                None => return Err(self.error(Problem::Eof)),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escape_at = self.at;
                    self.at += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.at += 1;
                            let first = self.hex4()?;
                            let code = match first {
                                0xd800..=0xdbff => {
                                    if !self.bytes[self.at..].starts_with(b"\\u") {
                                        return Err(self.error_at(escape_at, Problem::BadEscape));
                                    }
                                    self.at += 2;
                                    let second = self.hex4()?;
                                    if !(0xdc00..=0xdfff).contains(&second) {
                                        return Err(self.error_at(escape_at, Problem::BadEscape));
                                    }
                                    0x10000 + ((first - 0xd800) << 10) + (second - 0xdc00)
                                }
                                0xdc00..=0xdfff => return Err(self.error_at(escape_at, Problem::BadEscape)),
                                code => code,
                            };
                            out.push(char::from_u32(code).ok_or_else(|| self.error_at(escape_at, Problem::BadEscape))?);
                            continue;
                        }
                        _ => return Err(self.error(Problem::BadEscape)),
                    };
                    self.at += 1;
                    out.push(c);
                }
                Some(_) => return Err(self.error(Problem::ControlCharacter)),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Result<Value, Error> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.error(Problem::BadNumber)),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.error(Problem::BadNumber));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.error(Problem::BadNumber));
            }
        }
        Ok(Value::Number(part(self.text, start..self.at).to_string()))
    }
}

/// `&text[range]`, or `""` where the range is not on character boundaries (never, where it is used). Indexing
/// a `str` brings in its panic's message, and with it the formatting of `char` and Unicode tables: about
/// 4 kB of wasm; `get` does not. For every reader, not only JSON's.
pub(crate) fn part(text: &str, range: impl std::slice::SliceIndex<str, Output = str>) -> &str {
    text.get(range).unwrap_or_default()
}
