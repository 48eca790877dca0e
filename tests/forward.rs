//! Forward compatibility: a file written by a newer build of the same schema carries fields
//! this build does not know (`tests/fixtures/v1-newer-fields.json`: in the envelope, in the
//! model, in a constituent, in two flows, in a review and in a version and its snapshot).
//! They survive every way a model is saved here: the export file, the stored record with its
//! versions' own keys, and a link.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::document::NamedVersion;
use marketing_os::domain::ids::FlowId;
use marketing_os::domain::mapping::Flow;
use marketing_os::domain::{Document, Timestamp};
use marketing_os::persist::envelope::{encode_stored, encode_version, load_version};
use marketing_os::persist::link::{load_model, model_json};
use marketing_os::persist::slots::{load_stored, seal};
use marketing_os::persist::workspace::{attach_versions, version_key};
use marketing_os::persist::{export_json, load};
use serde_json::{json, Value};
use std::collections::BTreeMap;

const NOW: Timestamp = Timestamp(1_795_000_000_000);

fn newer() -> Document {
    load(&std::fs::read("tests/fixtures/v1-newer-fields.json").unwrap()).unwrap()
}

fn json_of(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

/// The item of the JSON array at `pointer` whose `id` is `id` (null when there is none).
fn by_id<'a>(file: &'a Value, pointer: &str, id: u64) -> &'a Value {
    const NONE: &Value = &Value::Null;
    file.pointer(pointer)
        .and_then(Value::as_array)
        .and_then(|l| l.iter().find(|x| x["id"] == json!(id)))
        .unwrap_or(NONE)
}

/// Every unknown field of the fixture, as found in `file` (null when it is not there).
fn newer_fields(file: &Value) -> Vec<(&'static str, Value)> {
    let flows = "/model/mapping/flows";
    let version = by_id(file, "/model/versions", 25);
    vec![
        ("envelope", file["origin"]["device"].clone()),
        ("model", file["model"]["workshop"]["facilitator"].clone()),
        (
            "constituent",
            by_id(file, "/model/dialogue/constituents", 1)["persona_links"][0].clone(),
        ),
        ("flow 22", by_id(file, flows, 22)["confidence"].clone()),
        ("flow 23", by_id(file, flows, 23)["sla_hours"].clone()),
        (
            "review",
            file["model"]["operations"]["reviews"][0][1]["room"].clone(),
        ),
        ("version", version["colour"].clone()),
        (
            "version's flow",
            by_id(&version["snapshot"], "/mapping/flows", 22)["confidence"].clone(),
        ),
    ]
}

fn as_read() -> Vec<(&'static str, Value)> {
    vec![
        ("envelope", json!("studio laptop")),
        ("model", json!("Dana Whitfield")),
        (
            "constituent",
            json!("https://example.com/personas/ops-lead"),
        ),
        ("flow 22", json!("high")),
        ("flow 23", json!(24)),
        ("review", json!("Board room")),
        ("version", json!("teal")),
        ("version's flow", json!("medium")),
    ]
}

#[test]
fn an_export_writes_back_every_field_this_build_does_not_know() {
    let doc = newer();
    assert_eq!(doc.company, "Northwind Labs");
    let text = export_json(&doc, NOW);
    assert_eq!(newer_fields(&json_of(&text)), as_read());
    // The known fields keep their order: the envelope still opens with its format.
    assert!(text.starts_with("{\n  \"format\": \"marketing-os-model\",\n  \"schema\": 1,"));
    // And it reads back as the same model, unknown parts and all.
    assert_eq!(load(text.as_bytes()).unwrap(), doc);
}

#[test]
fn a_model_without_unknown_fields_carries_nothing_extra() {
    let doc = load(&std::fs::read("tests/fixtures/v1-model.json").unwrap()).unwrap();
    assert_eq!(doc.unknown, None);
    assert!(doc.versions.iter().all(|v| v.snapshot.unknown.is_none()));
}

#[test]
fn edits_elsewhere_keep_them_and_a_deleted_item_takes_its_own_along() {
    let mut doc = newer();
    doc.company = "Northwind Labs Europe".into();
    let flows = &mut doc.mapping.flows;
    flows.iter_mut().find(|f| f.id == FlowId(23)).unwrap().name = "Battle cards v2".into();
    // A new flow, put first so positions shift: it has nothing unknown.
    flows.insert(
        0,
        Flow {
            id: FlowId(90),
            name: "Win-loss interviews".into(),
            ..Flow::default()
        },
    );
    let file = json_of(&export_json(&doc, NOW));
    assert_eq!(newer_fields(&file), as_read());
    assert_eq!(file["model"]["company"], "Northwind Labs Europe");
    assert_eq!(
        by_id(&file, "/model/mapping/flows", 23)["name"],
        "Battle cards v2"
    );
    let added = by_id(&file, "/model/mapping/flows", 90)
        .as_object()
        .unwrap();
    let known = serde_json::to_value(Flow::default()).unwrap();
    assert!(added.keys().eq(known.as_object().unwrap().keys()));

    // Deleting flow 22 deletes its unknown field; the version, frozen, keeps its own copy.
    doc.mapping.flows.retain(|f| f.id != FlowId(22));
    let file = json_of(&export_json(&doc, NOW));
    let mut expected = as_read();
    expected[3].1 = Value::Null;
    assert_eq!(newer_fields(&file), expected);
    assert!(!file["model"].to_string().contains(r#""confidence":"high""#));
}

#[test]
fn the_stored_record_and_each_versions_own_key_keep_them() {
    let doc = newer();
    // Saved as this build saves: versions under their own keys, then the sealed record.
    let mut store: BTreeMap<String, String> = BTreeMap::new();
    for v in &doc.versions {
        store.insert(version_key(&doc.id, v), encode_version(&v.snapshot));
    }
    let record = seal(&encode_stored(&doc, NOW));
    assert!(!record.contains("\"snapshot\""));
    // Read back at the next visit.
    let mut back = load_stored(&record).unwrap();
    let problems = attach_versions(&mut back, |k| store.get(k).cloned());
    assert!(problems.is_empty());
    assert_eq!(back, doc);
    assert_eq!(newer_fields(&json_of(&export_json(&back, NOW))), as_read());
    // A version's key alone reads back with its snapshot's unknown field.
    let v: &NamedVersion = &doc.versions[0];
    let snapshot = load_version(&encode_version(&v.snapshot)).unwrap();
    assert_eq!(snapshot, *v.snapshot);
    assert!(snapshot.unknown.is_some());
}

#[test]
fn a_link_carries_them_too() {
    let doc = newer();
    let back = load_model(model_json(&doc, NOW).as_bytes()).unwrap();
    assert_eq!(back, doc);
    assert_eq!(newer_fields(&json_of(&model_json(&back, NOW))), as_read());
}

#[test]
fn a_version_taken_here_keeps_what_a_newer_build_wrote_in_the_frozen_parts() {
    let doc = newer();
    let snapshot = doc.snapshot();
    let text = encode_version(&snapshot);
    let flow = by_id(&json_of(&text), "/snapshot/mapping/flows", 22).clone();
    assert_eq!(flow["confidence"], "high");
    // The model's own unknown fields (outside the frozen parts) are not the snapshot's.
    assert!(!text.contains("workshop"));
}
