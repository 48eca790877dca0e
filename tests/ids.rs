//! Ids inside a model: restore repairs a hostile counter and ids two items share (keeping
//! every item, and saying how many it renumbered), and `apply` never mints an id in use,
//! whatever an imported file set.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_doc;
use marketing_os::domain::dialogue::Side;
use marketing_os::domain::idcheck::MAX_COUNTER;
use marketing_os::domain::msg::{DialogueMsg, MappingMsg};
use marketing_os::domain::{Document, Msg, Timestamp};
use marketing_os::persist::{export_json, load_noting};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::HashSet;

const NOW: Timestamp = Timestamp(1_795_000_000_000);

/// The sample's export as JSON, for a test to make hostile.
fn sample_json() -> Value {
    serde_json::from_str(&export_json(&sample_doc(), NOW)).unwrap()
}

fn load_value(v: &Value) -> (Document, marketing_os::domain::idcheck::IdRepair) {
    load_noting(v.to_string().as_bytes()).expect("a model with odd ids still loads")
}

/// Adds three constituents, a segment and a KPI, and returns the ids they got.
fn add_items(doc: &mut Document) -> Vec<u64> {
    let before: HashSet<u64> = doc.all_ids().collect();
    for n in ["New one", "New two", "New three"] {
        assert!(doc.apply(Msg::Dialogue(DialogueMsg::AddConstituent {
            side: Side::Market,
            name: n.into(),
        })));
    }
    let c = doc.dialogue.constituents[0].id;
    assert!(doc.apply(Msg::Dialogue(DialogueMsg::AddSegment(c, "Seg".into()))));
    if let Some(f) = doc.mapping.flows.first().map(|f| f.id) {
        assert!(doc.apply(Msg::Mapping(MappingMsg::AddKpi(f))));
    }
    doc.all_ids().filter(|id| !before.contains(id)).collect()
}

#[test]
fn a_counter_at_the_top_of_the_range_never_wraps_onto_an_id_in_use() {
    // As the tester's file did: next_id at 2^64-1; the next two items got 2^64-1 and 1.
    let mut v = sample_json();
    v["model"]["next_id"] = json!(u64::MAX);
    let (mut doc, repair) = load_value(&v);
    assert!(repair.counter, "a counter past 2^53 is out of range");
    assert_eq!(repair.renumbered, 0);
    assert_eq!(doc.next_id, doc.max_id() + 1);
    let count = doc.all_ids().count();
    let new = add_items(&mut doc);
    assert_eq!(new.len(), 5, "five items added, five new ids");
    assert_eq!(doc.all_ids().count(), count + 5);

    // The same counter set straight on a model, with no restore in between.
    let mut doc = sample_doc();
    doc.next_id = u64::MAX;
    let count = doc.all_ids().count();
    let new = add_items(&mut doc);
    assert_eq!(new.len(), 5);
    let all: Vec<u64> = doc.all_ids().collect();
    assert_eq!(all.len(), count + 5);
    assert_eq!(all.iter().collect::<HashSet<_>>().len(), all.len());
}

#[test]
fn ids_at_the_very_top_still_leave_room_for_new_ones() {
    let mut doc = sample_doc();
    doc.dialogue.constituents[0].id.0 = u64::MAX;
    doc.dialogue.constituents[1].id.0 = u64::MAX - 1;
    doc.next_id = 7;
    let before: HashSet<u64> = doc.all_ids().collect();
    let new = add_items(&mut doc);
    assert_eq!(new.len(), 5);
    assert!(new.iter().all(|id| !before.contains(id) && *id != 0));
}

#[test]
fn two_constituents_sharing_an_id_are_both_kept_and_the_second_renumbered() {
    let mut v = sample_json();
    let cs = v["model"]["dialogue"]["constituents"]
        .as_array_mut()
        .unwrap();
    let first = cs[0]["id"].clone();
    let count = cs.len();
    cs[1]["id"] = first.clone();
    let second_name = cs[1]["name"].clone();
    let (doc, repair) = load_value(&v);
    assert_eq!(repair.renumbered, 1);
    assert_eq!(
        doc.dialogue.constituents.len(),
        count,
        "no constituent dropped"
    );
    let c = &doc.dialogue.constituents;
    assert_eq!(json!(c[0].id), first, "the first keeps its id");
    assert_ne!(c[1].id, c[0].id);
    assert_eq!(json!(c[1].name), second_name);
    assert!(doc.next_id > doc.max_id());
}

/// Every id in `doc`, by the list it is in, for checking uniqueness within each kind.
fn kinds(doc: &Document) -> Vec<Vec<u64>> {
    let d = &doc.dialogue;
    let o = &doc.operations;
    vec![
        d.constituents.iter().map(|c| c.id.0).collect(),
        d.constituents
            .iter()
            .flat_map(|c| c.segments.iter().map(|s| s.id.0))
            .collect(),
        d.categories.iter().map(|c| c.id.0).collect(),
        doc.mapping.flows.iter().map(|f| f.id.0).collect(),
        doc.mapping.sub_functions.iter().map(|s| s.id.0).collect(),
        o.forums
            .iter()
            .map(|f| f.id.0)
            .chain(o.raci.iter().map(|r| r.id.0))
            .collect(),
    ]
}

/// An id a hostile file might hold: small (likely to collide), at the edges, or anything.
fn hostile_id() -> impl Strategy<Value = u64> {
    prop_oneof![
        0u64..12,
        Just(u64::MAX),
        Just(u64::MAX - 1),
        Just(MAX_COUNTER),
        Just(MAX_COUNTER + 1),
        any::<u64>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// An imported model with any counter and any ids: every item is kept, ids are unique
    /// within each kind after restore, and items added afterwards get ids no item has.
    #[test]
    fn hostile_counters_and_ids_are_repaired_and_never_minted_again(
        counter in hostile_id(),
        ids in proptest::collection::vec(hostile_id(), 1..40),
    ) {
        let mut v = sample_json();
        v["model"]["next_id"] = json!(counter);
        let m = &mut v["model"];
        let mut next = ids.iter().cycle();
        let mut set = |item: &mut Value| item["id"] = json!(*next.next().unwrap());
        for c in m["dialogue"]["constituents"].as_array_mut().unwrap() {
            set(c);
            for s in c["segments"].as_array_mut().unwrap() {
                set(s);
            }
        }
        for path in [["dialogue", "categories"], ["mapping", "flows"]] {
            for x in m[path[0]][path[1]].as_array_mut().unwrap() {
                set(x);
            }
        }
        let counts: Vec<usize> = {
            let d = &v["model"]["dialogue"];
            vec![
                d["constituents"].as_array().unwrap().len(),
                d["categories"].as_array().unwrap().len(),
                v["model"]["mapping"]["flows"].as_array().unwrap().len(),
            ]
        };
        let (mut doc, _) = load_value(&v);
        prop_assert_eq!(
            vec![doc.dialogue.constituents.len(), doc.dialogue.categories.len(), doc.mapping.flows.len()],
            counts
        );
        for list in kinds(&doc) {
            prop_assert_eq!(list.iter().collect::<HashSet<_>>().len(), list.len());
        }
        prop_assert!(doc.next_id > doc.max_id() || doc.max_id() == u64::MAX);
        let before: HashSet<u64> = doc.all_ids().collect();
        let new = add_items(&mut doc);
        prop_assert_eq!(new.len(), 5);
        prop_assert!(new.iter().all(|id| !before.contains(id) && *id != 0));
        // Restoring again changes nothing more: the repair is stable.
        let again = load_noting(export_json(&doc, NOW).as_bytes()).unwrap();
        prop_assert_eq!(again.1.renumbered, 0);
    }
}
