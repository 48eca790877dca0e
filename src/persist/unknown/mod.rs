//! Forward compatibility: what a newer build wrote and this one does not know is kept when a
//! model is read and written back when it is saved.
//!
//! At load, the JSON as read is compared with the JSON this build would write for the model
//! it understood; keys only in the first are kept in an [`Unknown`] tree on the model (nested
//! objects by key, array items by their identity, or by position when they have none). At
//! save, a model without unknown parts is written exactly as before; one with them is
//! re-read and written again with the unknown parts put back, in the order the known keys
//! had. An item the user deleted takes its unknown parts with it; an item added has none.

mod collect;
mod merge;

pub use collect::collect;
pub use merge::merge;

use crate::domain::unknown::{Item, Unknown};
use crate::domain::Document;
use serde_json::Value;
use std::borrow::Cow;
use std::sync::Arc;

/// Keeps on `doc` what `read` (a whole envelope as read) holds beyond `known` (the envelope's
/// text as this build writes it for `doc` as parsed, before restore). Each version's snapshot keeps its
/// own unknown parts, as it does when it is read from its own storage key.
pub fn keep(read: &Value, known: &str, doc: &mut Document) {
    let mut tree = collect(read, known);
    let versions = tree
        .inside
        .iter_mut()
        .find(|(k, _)| k == "model")
        .and_then(|(_, m)| m.inside.iter_mut().find(|(k, _)| k == "versions"));
    if let Some((_, versions)) = versions {
        for (item, inner) in &mut versions.items {
            let Some(part) = inner.take_inside("snapshot") else {
                continue;
            };
            if let Some(v) = doc.versions.get_mut(item.at) {
                Arc::make_mut(&mut v.snapshot).unknown = Some(Arc::new(part));
            }
        }
    }
    prune(&mut tree);
    doc.unknown = (!tree.is_empty()).then(|| Arc::new(tree));
}

/// Everything unknown to write back with `doc`'s envelope, or `None` in the common case of
/// nothing (then the text this build writes is the whole file).
pub fn to_write(doc: &Document) -> Option<Cow<'_, Unknown>> {
    let snapshots: Vec<(Item, Unknown)> = (doc.versions.iter().enumerate())
        .filter_map(|(at, v)| {
            let part = v.snapshot.unknown.as_deref()?.clone();
            let inner = Unknown {
                inside: vec![("snapshot".into(), part)],
                ..Unknown::default()
            };
            // The text's versions are in the model's order, so the position is exact.
            Some((Item { key: None, at }, inner))
        })
        .collect();
    if snapshots.is_empty() {
        return doc.unknown.as_deref().map(Cow::Borrowed);
    }
    let mut tree = doc.unknown.as_deref().cloned().unwrap_or_default();
    let model = match tree.inside.iter().position(|(k, _)| k == "model") {
        Some(i) => &mut tree.inside[i].1,
        None => {
            tree.inside.push(("model".into(), Unknown::default()));
            &mut tree.inside.last_mut().expect("just pushed").1
        }
    };
    match model.inside.iter().position(|(k, _)| k == "versions") {
        Some(i) => model.inside[i].1.items.extend(snapshots),
        None => model.inside.push((
            "versions".into(),
            Unknown {
                items: snapshots,
                ..Unknown::default()
            },
        )),
    }
    Some(Cow::Owned(tree))
}

/// Field names that identify an item of a list, tried in order: most items have an `id`; a
/// process pathway is known by its flow; a week's actual by its KPI and week; a tracked KPI
/// by its KPI.
const IDENTITIES: &[&[&str]] = &[&["id"], &["flow"], &["kpi", "week"], &["kpi"]];

/// What an array item is known by: its identity fields, or the key of a `[key, value]` pair.
pub fn identity(item: &Value) -> Option<Value> {
    match item {
        Value::Object(o) => IDENTITIES.iter().find_map(|names| {
            let values: Option<Vec<Value>> = names.iter().map(|n| o.get(*n).cloned()).collect();
            values.map(Value::Array)
        }),
        Value::Array(pair) if pair.len() == 2 && (pair[0].is_string() || pair[0].is_number()) => {
            Some(pair[0].clone())
        }
        _ => None,
    }
}

/// Drops empty branches, so an empty tree means nothing is unknown.
pub fn prune(tree: &mut Unknown) {
    let inside = tree.inside.iter_mut().map(|(_, u)| u);
    for inner in inside.chain(tree.items.iter_mut().map(|(_, u)| u)) {
        prune(inner);
    }
    tree.inside.retain(|(_, u)| !u.is_empty());
    tree.items.retain(|(_, u)| !u.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round(read: Value, known: Value, written: Value) -> Value {
        let mut tree = collect(&read, &known.to_string());
        prune(&mut tree);
        let text = merge(&written.to_string(), &tree).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn unknown_keys_come_back_beside_what_was_written() {
        let read = json!({"a": 1, "new": {"x": [1, 2]}, "o": {"b": 2, "deep": true}});
        let known = json!({"a": 1, "o": {"b": 2}});
        let written = json!({"a": 5, "o": {"b": 3}});
        assert_eq!(
            round(read, known, written),
            json!({"a": 5, "new": {"x": [1, 2]}, "o": {"b": 3, "deep": true}})
        );
    }

    #[test]
    fn items_are_matched_by_id_so_deleting_one_drops_its_unknown_parts() {
        let read = json!({"l": [{"id": 1, "n": "a", "u": 1}, {"id": 2, "n": "b", "u": 2}]});
        let known = json!({"l": [{"id": 1, "n": "a"}, {"id": 2, "n": "b"}]});
        let written = json!({"l": [{"id": 3, "n": "c"}, {"id": 2, "n": "b2"}]});
        assert_eq!(
            round(read, known, written),
            json!({"l": [{"id": 3, "n": "c"}, {"id": 2, "n": "b2", "u": 2}]})
        );
    }

    #[test]
    fn pairs_are_matched_by_their_key_and_plain_items_by_position() {
        let read = json!([["k1", {"v": 1, "u": true}], ["k2", {"v": 2}]]);
        let known = json!([["k1", {"v": 1}], ["k2", {"v": 2}]]);
        let written = json!([["k2", {"v": 2}], ["k1", {"v": 9}]]);
        assert_eq!(
            round(read, known, written),
            json!([["k2", {"v": 2}], ["k1", {"v": 9, "u": true}]])
        );
        let read = json!([{"a": 1, "u": "x"}, {"a": 2}]);
        let known = json!([{"a": 1}, {"a": 2}]);
        assert_eq!(
            round(read, known, json!([{"a": 7}])),
            json!([{"a": 7, "u": "x"}])
        );
    }

    #[test]
    fn known_keys_win_and_nothing_unknown_writes_the_same_text() {
        let read = json!({"a": 1, "n": null});
        let known = json!({"a": 1});
        let tree = collect(&read, &known.to_string());
        assert!(tree.is_empty());
        let text = r#"{"z":1,"a":[1.5,-2,"é\"",null,true],"b":{}}"#;
        assert_eq!(merge(text, &Unknown::default()).unwrap(), text);
    }
}
