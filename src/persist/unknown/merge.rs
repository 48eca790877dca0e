//! Writing back: the text this build wrote, copied as it is read, with the unknown parts put
//! in where they belong.

use super::identity;
use crate::domain::unknown::Unknown;
use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::Value;
use std::fmt;

/// `text` (compact JSON this build wrote) with `tree`'s unknown parts put back. A known key
/// wins over an unknown one of the same name; unknown parts under a key or an item the text
/// no longer has are left out.
pub fn merge(text: &str, tree: &Unknown) -> Result<String, serde_json::Error> {
    let mut out = String::with_capacity(text.len() + 256);
    write(text, Some(tree), &mut out)?;
    Ok(out)
}

fn write(text: &str, tree: Option<&Unknown>, out: &mut String) -> Result<(), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    Node { tree, out }.deserialize(&mut de)?;
    de.end()
}

fn push_json<T: Serialize + ?Sized>(out: &mut String, value: &T) {
    out.push_str(&serde_json::to_string(value).unwrap_or_default());
}

/// Copies one JSON value to `out` as it is read, adding `tree`'s unknown parts on the way.
struct Node<'a> {
    tree: Option<&'a Unknown>,
    out: &'a mut String,
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.out.push_str(&v.to_string());
        Ok(())
    }

    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.out.push_str(&v.to_string());
        Ok(())
    }

    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        push_json(self.out, &v);
        Ok(())
    }

    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        push_json(self.out, v);
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        self.out.push_str("null");
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Node { tree, out } = self;
        out.push('{');
        let mut keys: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.is_empty() {
                out.push(',');
            }
            push_json(out, &key);
            out.push(':');
            let inner = tree.and_then(|t| t.inside(&key));
            map.next_value_seed(Node {
                tree: inner,
                out: &mut *out,
            })?;
            keys.push(key);
        }
        for (key, value) in tree.map(|t| &t.fields[..]).unwrap_or_default() {
            if !keys.contains(key) {
                if !keys.is_empty() {
                    out.push(',');
                }
                push_json(out, key);
                out.push(':');
                push_json(out, value);
                keys.push(key.clone());
            }
        }
        out.push('}');
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let Node { tree, out } = self;
        out.push('[');
        let items = tree.map(|t| &t.items[..]).unwrap_or_default();
        let keyed = items.iter().any(|(item, _)| item.key.is_some());
        let mut at = 0;
        loop {
            let mark = out.len();
            if at > 0 {
                out.push(',');
            }
            if items.is_empty() {
                if seq
                    .next_element_seed(Node {
                        tree: None,
                        out: &mut *out,
                    })?
                    .is_none()
                {
                    out.truncate(mark);
                    break;
                }
            } else {
                let mut raw = String::new();
                if seq
                    .next_element_seed(Node {
                        tree: None,
                        out: &mut raw,
                    })?
                    .is_none()
                {
                    out.truncate(mark);
                    break;
                }
                let key = keyed
                    .then(|| serde_json::from_str::<Value>(&raw).ok())
                    .flatten()
                    .and_then(|v| identity(&v));
                let matching = items.iter().filter(|(item, _)| match &item.key {
                    Some(k) => key.as_ref() == Some(k),
                    None => item.at == at,
                });
                for (_, inner) in matching {
                    let mut merged = String::with_capacity(raw.len() + 64);
                    write(&raw, Some(inner), &mut merged).map_err(A::Error::custom)?;
                    raw = merged;
                }
                out.push_str(&raw);
            }
            at += 1;
        }
        out.push(']');
        Ok(())
    }
}
