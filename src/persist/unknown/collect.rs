//! Finding the unknown parts: the text this build would write for the model it understood is
//! walked beside the JSON as read, without building a second tree, so keeping nothing costs
//! one pass over text the size of the file.

use super::identity;
use crate::domain::unknown::{Item, Unknown};
use serde::de::{
    DeserializeSeed, Deserializer, Error as _, IgnoredAny, MapAccess, SeqAccess, Visitor,
};
use serde_json::Value;
use std::borrow::Cow;
use std::fmt;

/// The parts of `read` (the JSON as read) that `known` (the JSON text this build writes for
/// what it understood of it) does not have. Arrays of the two correspond item by item: the
/// typed model keeps every item in order until restore repairs it. Known text that does not
/// parse (it always does) finds nothing.
pub fn collect(read: &Value, known: &str) -> Unknown {
    // The common case is nothing unknown: a first pass allocates nothing and stops early.
    let quick = Beside { read, found: None };
    if quick
        .deserialize(&mut serde_json::Deserializer::from_str(known))
        .is_ok()
    {
        return Unknown::default();
    }
    let mut found = Unknown::default();
    let walk = Beside {
        read,
        found: Some(&mut found),
    };
    match walk.deserialize(&mut serde_json::Deserializer::from_str(known)) {
        Ok(()) => found,
        Err(_) => Unknown::default(),
    }
}

/// One value of the known text, with its counterpart as read; what only the latter has goes
/// into `found`.
struct Beside<'a> {
    read: &'a Value,
    /// Where to put what is found; `None` for the first, quick pass that only asks whether
    /// there is anything at all and stops at the first thing.
    found: Option<&'a mut Unknown>,
}

/// The first pass's answer when something is unknown.
const SOMETHING: &str = "something unknown";

impl<'de> DeserializeSeed<'de> for Beside<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Beside<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<(), A::Error> {
        let Value::Object(read) = self.read else {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            return Ok(());
        };
        let mut matched = 0;
        let mut known_keys: Vec<Cow<'de, str>> = Vec::new();
        while let Some(Key(key)) = map.next_key()? {
            let Some(value) = read.get(key.as_ref()) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            matched += 1;
            let Some(found) = self.found.as_deref_mut() else {
                map.next_value_seed(Beside {
                    read: value,
                    found: None,
                })?;
                continue;
            };
            let mut inner = Unknown::default();
            map.next_value_seed(Beside {
                read: value,
                found: Some(&mut inner),
            })?;
            if !inner.is_empty() {
                found.inside.push((key.to_string(), inner));
            }
            known_keys.push(key);
        }
        if matched < read.len() {
            // A null is what every build reads as "not there": nothing to keep.
            let unknown = read
                .iter()
                .filter(|(k, v)| !v.is_null() && !known_keys.iter().any(|known| known == *k));
            match self.found {
                None if unknown.clone().next().is_some() => {
                    return Err(A::Error::custom(SOMETHING))
                }
                None => {}
                Some(found) => found
                    .fields
                    .extend(unknown.map(|(k, v)| (k.clone(), v.clone()))),
            }
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        let items = match self.read {
            Value::Array(items) => &items[..],
            _ => &[],
        };
        let mut at = 0;
        loop {
            let Some(value) = items.get(at) else {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                return Ok(());
            };
            let Some(found) = self.found.as_deref_mut() else {
                let seed = Beside {
                    read: value,
                    found: None,
                };
                if seq.next_element_seed(seed)?.is_none() {
                    return Ok(());
                }
                at += 1;
                continue;
            };
            let mut inner = Unknown::default();
            let seed = Beside {
                read: value,
                found: Some(&mut inner),
            };
            if seq.next_element_seed(seed)?.is_none() {
                return Ok(());
            }
            if !inner.is_empty() {
                let key = identity(value);
                found.items.push((Item { key, at }, inner));
            }
            at += 1;
        }
    }
}

/// An object key, borrowed from the text when it has no escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_string())))
            }
        }
        d.deserialize_str(V)
    }
}
