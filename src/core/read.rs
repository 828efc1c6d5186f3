//! Reading JSON values into the app's types, with the place of every problem in the words a person editing
//! the file uses: `layers[2].areas[0].id`. Used for content files and, leniently or strictly, for every
//! other format.

use super::json::Value;

/// A problem in a file: where (`resources[3].areas[0]`; empty for the whole file) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fault {
    pub place: String,
    pub problem: String,
}

/// A value and where it is.
#[derive(Debug, Clone)]
pub struct At<'a> {
    pub value: &'a Value,
    place: String,
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

impl<'a> At<'a> {
    pub fn root(value: &'a Value) -> At<'a> {
        At { value, place: String::new() }
    }

    /// The place as written in messages.
    pub fn place(&self) -> &str {
        &self.place
    }

    fn key(&self, value: &'a Value, key: &str) -> At<'a> {
        let place = if self.place.is_empty() { key.to_string() } else { format!("{}.{key}", self.place) };
        At { value, place }
    }

    pub fn fault(&self, problem: impl Into<String>) -> Fault {
        Fault { place: self.place.clone(), problem: problem.into() }
    }

    fn expected(&self, what: &str) -> Fault {
        self.fault(format!("must be {what}, not {}", kind(self.value)))
    }

    pub fn str(&self) -> Result<&'a str, Fault> {
        self.value.as_str().ok_or_else(|| self.expected("a text"))
    }

    pub fn string(&self) -> Result<String, Fault> {
        self.str().map(str::to_string)
    }

    pub fn bool(&self) -> Result<bool, Fault> {
        self.value.as_bool().ok_or_else(|| self.expected("true or false"))
    }

    /// A whole number from 0 to 255.
    pub fn u8(&self) -> Result<u8, Fault> {
        match self.value {
            Value::Number(_) => self
                .value
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| self.fault("must be a whole number from 0 to 255")),
            _ => Err(self.expected("a whole number")),
        }
    }

    /// The items of a list, each with its place.
    pub fn items(&self) -> Result<impl Iterator<Item = At<'a>> + '_, Fault> {
        let items = self.value.items().ok_or_else(|| self.expected("a list"))?;
        Ok(items.iter().enumerate().map(|(i, value)| At { value, place: format!("{}[{i}]", self.place) }))
    }

    /// The members of an object, each with its place: for maps whose keys are data (ids, language codes).
    pub fn entries(&self) -> Result<impl Iterator<Item = (&'a str, At<'a>)> + '_, Fault> {
        let members = self.value.members().ok_or_else(|| self.expected("an object"))?;
        Ok(members.iter().map(|(key, value)| (key.as_str(), self.key(value, key))))
    }

    /// An object with a known set of fields: any other field is refused, so a misspelt one is not silently
    /// ignored.
    pub fn object(&self, fields: &[&str]) -> Result<Object<'a, '_>, Fault> {
        let members = self.value.members().ok_or_else(|| self.expected("an object"))?;
        if let Some((key, value)) = members.iter().find(|(key, _)| !fields.contains(&key.as_str())) {
            let problem = format!("is not a field here; the fields are: {}", fields.join(", "));
            return Err(self.key(value, key).fault(problem));
        }
        Ok(Object { at: self })
    }
}

/// An object whose fields have been checked.
#[derive(Debug, Clone, Copy)]
pub struct Object<'a, 'p> {
    at: &'p At<'a>,
}

impl<'a> Object<'a, '_> {
    /// A field that may be absent. A field given as `null` counts as absent.
    pub fn optional(&self, key: &str) -> Option<At<'a>> {
        let value = self.at.value.get(key).filter(|v| !v.is_null())?;
        Some(self.at.key(value, key))
    }

    pub fn required(&self, key: &str) -> Result<At<'a>, Fault> {
        self.optional(key).ok_or_else(|| self.at.fault(format!("the field \"{key}\" is missing")))
    }
}
