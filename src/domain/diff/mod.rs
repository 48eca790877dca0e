//! Comparing two versions of a model: what was added, removed, changed and moved, per stage.
//!
//! Things with ids (constituents, flows, KPIs, RACI rows…) are matched by id, so a renamed
//! flow is one change, not a removal and an addition. Only things that differ are looked at
//! field by field, which keeps comparing two 1,000-flow models quick.

mod areas;

use super::document::Snapshot;
use areas::{dialogue, mapping, operations};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;

/// Which part of the model a difference is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    Dialogue,
    Mapping,
    Operations,
    Assessment,
}

impl Area {
    pub const ALL: [Area; 4] = [
        Area::Dialogue,
        Area::Mapping,
        Area::Operations,
        Area::Assessment,
    ];
}

/// What happened to a thing between the two versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    Added,
    Removed,
    Changed,
    /// Still there, but somewhere else (a flow with another owner or quadrant, a program
    /// under another constituent).
    Moved,
}

/// One difference, read side by side: what, how it was, how it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub area: Area,
    pub kind: Kind,
    pub what: String,
    pub before: String,
    pub after: String,
}

/// Names a stored key or value (an assessment area, a stage, a checklist item) as the pages
/// name it, given the stored field it sits in ("answers", "stage", "signs"…); `None` leaves
/// it as stored. The words live in `content`, which the domain does not reach.
pub type Names = fn(field: &str, key: &str) -> Option<String>;

/// Everything that differs from `a` to `b`, stage by stage. `names` turns the assessment's
/// stored keys into the words the pages use ("metrics_reporting" into its area's name).
pub fn compare(a: &Snapshot, b: &Snapshot, names: Names) -> Vec<Difference> {
    let mut out = Diff(Vec::new(), names);
    dialogue(&mut out, a, b);
    mapping(&mut out, a, b);
    operations(&mut out, a, b);
    // Each answer by its field, not the two records as one list of two items.
    out.values(
        Area::Assessment,
        "",
        &to_value(&a.assessment),
        &to_value(&b.assessment),
    );
    out.values(
        Area::Assessment,
        "Diagnostics",
        &to_value(&a.diagnostics),
        &to_value(&b.diagnostics),
    );
    out.0
}

/// A thing with an id, its name and where it sits.
pub(super) struct Item<'a, T> {
    id: u64,
    label: String,
    place: String,
    value: &'a T,
}

pub(super) fn item<T>(id: u64, label: String, place: String, value: &T) -> Item<'_, T> {
    Item {
        id,
        label,
        place,
        value,
    }
}

pub(super) fn named(noun: &str, name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("Unnamed {}", noun.to_lowercase())
    } else {
        format!("{noun} “{name}”")
    }
}

/// A value as JSON. Going through text reuses the serialiser the app already has for saving,
/// rather than building a second one for every type (which costs the wasm bundle dearly).
pub(super) fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_string(v)
        .ok()
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or(Value::Null)
}

pub(super) struct Diff(Vec<Difference>, Names);

impl Diff {
    fn push(&mut self, area: Area, kind: Kind, what: String, before: String, after: String) {
        self.0.push(Difference {
            area,
            kind,
            what,
            before,
            after,
        });
    }

    /// [`Diff::keyed`] over the lists `list` draws from each snapshot.
    fn keyed_by<'s, T: PartialEq + Serialize + 's>(
        &mut self,
        area: Area,
        a: &'s Snapshot,
        b: &'s Snapshot,
        list: impl Fn(&'s Snapshot) -> Vec<Item<'s, T>>,
        skip: &[&str],
    ) {
        self.keyed(area, list(a), list(b), skip);
    }

    /// Matches two lists by id; reports additions, removals, moves and changed fields
    /// (`skip` names fields reported some other way).
    fn keyed<T: PartialEq + Serialize>(
        &mut self,
        area: Area,
        a: Vec<Item<T>>,
        b: Vec<Item<T>>,
        skip: &[&str],
    ) {
        let before: HashMap<u64, &Item<T>> = a.iter().map(|i| (i.id, i)).collect();
        let after: HashMap<u64, &Item<T>> = b.iter().map(|i| (i.id, i)).collect();
        for x in &a {
            if !after.contains_key(&x.id) {
                self.push(
                    area,
                    Kind::Removed,
                    x.label.clone(),
                    x.place.clone(),
                    String::new(),
                );
            }
        }
        for y in &b {
            let Some(x) = before.get(&y.id) else {
                self.push(
                    area,
                    Kind::Added,
                    y.label.clone(),
                    String::new(),
                    y.place.clone(),
                );
                continue;
            };
            if x.place != y.place {
                self.push(
                    area,
                    Kind::Moved,
                    y.label.clone(),
                    x.place.clone(),
                    y.place.clone(),
                );
            }
            if x.value != y.value {
                let (mut va, mut vb) = (to_value(x.value), to_value(y.value));
                for v in [&mut va, &mut vb] {
                    if let Value::Object(m) = v {
                        m.remove("id");
                        for k in skip {
                            m.remove(*k);
                        }
                    }
                }
                if x.label != y.label {
                    self.push(
                        area,
                        Kind::Changed,
                        y.label.clone(),
                        x.label.clone(),
                        y.label.clone(),
                    );
                    for v in [&mut va, &mut vb] {
                        if let Value::Object(m) = v {
                            m.remove("name");
                            m.remove("metric");
                        }
                    }
                }
                self.values(area, &y.label, &va, &vb);
            }
        }
    }

    /// Compares two plain values: objects field by field, `[key, value]` lists by key, lists
    /// of text as sets; anything else as a whole.
    fn values(&mut self, area: Area, what: &str, a: &Value, b: &Value) {
        self.values_in(area, what, "", a, b);
    }

    /// [`Diff::values`] inside the stored field `field` (the nearest object key above), which
    /// tells [`Names`] what a key or value stands for.
    fn values_in(&mut self, area: Area, what: &str, field: &str, a: &Value, b: &Value) {
        if a == b {
            return;
        }
        let names = self.1;
        let name = |v: &Value| match v {
            Value::String(s) => names(field, s).unwrap_or_else(|| show(v)),
            _ => show(v),
        };
        let join = |key: &str| {
            let key = field_label(key);
            if what.is_empty() {
                capitalise(&key)
            } else {
                format!("{what} · {key}")
            }
        };
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                let null = Value::Null;
                for (k, va) in x {
                    self.values_in(area, &join(k), k, va, y.get(k).unwrap_or(&null));
                }
                for (k, vb) in y.iter().filter(|(k, _)| !x.contains_key(*k)) {
                    self.values_in(area, &join(k), k, &null, vb);
                }
            }
            (Value::Array(x), Value::Array(y)) if is_pairs(x) && is_pairs(y) => {
                let pairs = |list: &[Value]| -> Vec<(String, Value)> {
                    list.iter()
                        .filter_map(|v| match v {
                            Value::Array(p) => Some((name(&p[0]), p[1].clone())),
                            _ => None,
                        })
                        .collect()
                };
                let (x, y) = (pairs(x), pairs(y));
                // An entry on one side only is read field by field against an empty one, so
                // an answer given for the first time shows what it says.
                let empty = |v: &Value| match v {
                    Value::Object(_) => Value::Object(Default::default()),
                    _ => Value::Null,
                };
                for (k, va) in &x {
                    match y.iter().find(|(kb, _)| kb == k) {
                        Some((_, vb)) => self.values_in(area, &join(k), field, va, vb),
                        None if va.is_object() => {
                            self.values_in(area, &join(k), field, va, &empty(va))
                        }
                        None => self.push(area, Kind::Removed, join(k), show(va), String::new()),
                    }
                }
                for (k, vb) in y.iter().filter(|(k, _)| !x.iter().any(|(ka, _)| ka == k)) {
                    if vb.is_object() {
                        self.values_in(area, &join(k), field, &empty(vb), vb);
                    } else {
                        self.push(area, Kind::Added, join(k), String::new(), show(vb));
                    }
                }
            }
            (Value::Array(x), Value::Array(y)) if all_text(x) && all_text(y) => {
                for v in x.iter().filter(|v| !y.contains(v)) {
                    self.push(area, Kind::Removed, what.into(), name(v), String::new());
                }
                for v in y.iter().filter(|v| !x.contains(v)) {
                    self.push(area, Kind::Added, what.into(), String::new(), name(v));
                }
            }
            // Nothing on either side worth a row (an answer's untouched fields).
            _ if blank(a) && blank(b) => {}
            _ => self.push(area, Kind::Changed, what.into(), name(a), name(b)),
        }
    }
}

/// A value that says nothing: missing, empty, no, or not answered.
fn blank(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.trim().is_empty() || s == "unset",
        Value::Array(l) => l.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn is_pairs(list: &[Value]) -> bool {
    list.iter()
        .all(|v| matches!(v, Value::Array(p) if p.len() == 2 && matches!(p[0], Value::String(_))))
}

/// A stored field's name as a person reads it. A few stored names predate the words the
/// page uses for them (an SLA's sides, a forum's people); the comparison uses the page's.
fn field_label(field: &str) -> String {
    match field {
        "provider" => "who delivers".into(),
        "receiver" => "who asks".into(),
        "between" => "who takes part".into(),
        f => f.replace('_', " "),
    }
}

fn all_text(list: &[Value]) -> bool {
    list.iter().all(Value::is_string)
}

/// A value as a person reads it.
fn show(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.trim().is_empty() => "—".into(),
        // Enum values are snake_case words.
        Value::String(s) if s.chars().all(|c| c.is_ascii_lowercase() || c == '_') => {
            s.replace('_', " ")
        }
        Value::String(s) => s.clone(),
        Value::Array(list) if all_text(list) => {
            let parts: Vec<String> = list.iter().map(show).filter(|s| s != "—").collect();
            if parts.is_empty() {
                "—".into()
            } else {
                parts.join(", ")
            }
        }
        Value::Array(list) => match list.len() {
            0 => "none".into(),
            1 => "1 item".into(),
            n => format!("{n} items"),
        },
        Value::Object(_) => "details".into(),
    }
}
