//! Saving and loading: the envelope, errors for bad input, the frozen fixtures, repair, the
//! published schema, and never panicking on any bytes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_doc;
use marketing_os::domain::mapping::Counterpart;
use marketing_os::domain::{Document, ModelId, Timestamp};
use marketing_os::persist::envelope::encode;
use marketing_os::persist::schema::{export_schema, SCHEMA_PATH};
use marketing_os::persist::{
    export_file_name, export_json, load, size_limit, size_over, LoadError, MAX_BYTES,
};
use proptest::prelude::*;
use serde_json::{json, Value};

const NOW: Timestamp = Timestamp(1_795_000_000_000); // 2026-11-18

fn envelope(model: Value) -> Vec<u8> {
    json!({"format": "marketing-os-model", "schema": 1, "app": "0.1.0", "saved_at": "x", "model": model})
        .to_string()
        .into_bytes()
}

#[test]
fn export_then_import_gives_back_the_identical_model() {
    let doc = sample_doc();
    let text = export_json(&doc, NOW);
    assert_eq!(load(text.as_bytes()).unwrap(), doc);
    // Compact storage form round-trips too.
    assert_eq!(load(encode(&doc, NOW, false).as_bytes()).unwrap(), doc);
}

#[test]
fn export_is_pretty_with_the_envelope_first_and_stable() {
    let doc = sample_doc();
    let text = export_json(&doc, NOW);
    assert!(text.starts_with("{\n  \"format\": \"marketing-os-model\",\n  \"schema\": 1,"));
    assert!(text.contains("\"saved_at\": \"2026-11-18T"));
    assert_eq!(
        text,
        export_json(&doc.clone(), NOW),
        "same model, same bytes"
    );
    assert_eq!(
        export_file_name(&doc, NOW),
        "acme-analytics-marketing-os-2026-11-18.json"
    );
    let mut blank = doc.clone();
    blank.company = "  ../Évian & Co!  ".into();
    assert_eq!(
        export_file_name(&blank, NOW),
        "evian-co-marketing-os-2026-11-18.json"
    );
    blank.company = "".into();
    assert_eq!(
        export_file_name(&blank, NOW),
        "model-marketing-os-2026-11-18.json"
    );
}

#[test]
fn the_frozen_schema_1_fixture_loads() {
    let bytes = std::fs::read("tests/fixtures/v1-model.json").unwrap();
    let doc = load(&bytes).unwrap();
    assert_eq!(doc.id, ModelId("acme-0001".into()));
    assert_eq!(doc.company, "Acme Analytics");
    assert_eq!(doc.dialogue.constituents.len(), 10);
    assert_eq!(
        doc.dialogue.constituents[0].note,
        "Mid-market SaaS, EU first"
    );
    assert_eq!(
        doc.dialogue.categories[0].activities,
        ["Quarterly customer interviews", "NPS survey"]
    );
    assert_eq!(doc.mapping.flows.len(), 2);
    assert!(matches!(
        doc.mapping.flows[1].counterpart,
        Some(Counterpart::Function(_))
    ));
    assert_eq!(doc.operations.dashboard, "Looker: Marketing weekly");
    assert_eq!(doc.versions[0].name, "Q4 2026 baseline");
    assert_eq!(doc.versions[0].snapshot.company, "Acme Analytics");
    assert!(doc.next_id > doc.max_id());
}

fn err(bytes: &[u8]) -> LoadError {
    load(bytes).unwrap_err()
}

#[test]
fn bad_files_get_errors_that_say_what_and_where() {
    assert_eq!(err(b""), LoadError::Empty);
    assert_eq!(err(b"   \n"), LoadError::Empty);
    assert_eq!(err(&[0x80, 0x81, 0x01]), LoadError::NotText);
    match err(b"{\n  \"format\": \"marketing-os-model\",\n  oops\n}") {
        LoadError::NotJson { line, column, .. } => assert_eq!((line, column), (3, 3)),
        other => panic!("{other:?}"),
    }
    assert_eq!(err(b"[1,2]"), LoadError::NotAnObject);
    assert_eq!(
        err(b"{\"type\":\"excalidraw\"}"),
        LoadError::WrongFormat { found: None }
    );
    assert_eq!(
        err(b"{\"format\":\"tldraw\"}"),
        LoadError::WrongFormat {
            found: Some("tldraw".into())
        }
    );
    assert_eq!(
        err(b"{\"format\":\"marketing-os-model\"}"),
        LoadError::MissingVersion
    );
    assert_eq!(
        err(b"{\"format\":\"marketing-os-model\",\"schema\":7,\"model\":{}}"),
        LoadError::NewerVersion {
            found: 7,
            supported: 1
        }
    );
    let big = vec![b' '; MAX_BYTES + 1];
    let too_large = err(&big);
    assert!(matches!(too_large, LoadError::TooLarge { .. }));
    // A byte over the limit does not read as the limit itself.
    assert_eq!(
        too_large.to_string(),
        "The file is 5.1 MB; the most this app reads is 5 MB."
    );

    let mut model = serde_json::to_value(sample_doc()).unwrap();
    model["mapping"]["flows"][1]["direction"] = json!("sideways");
    match err(&envelope(model)) {
        LoadError::Invalid { path, detail } => {
            assert_eq!(path, "model.mapping.flows[1].direction");
            assert!(detail.contains("sideways"), "{detail}");
        }
        other => panic!("{other:?}"),
    }
    assert!(
        matches!(err(&envelope(json!({"id": "a b"}))), LoadError::Invalid { path, .. } if path == "model.id")
    );
    // Messages are sentences a user can act on.
    let msg = err(b"{\"format\":\"marketing-os-model\",\"schema\":7}").to_string();
    assert!(msg.contains("newer version"), "{msg}");
}

#[test]
fn sizes_over_a_limit_round_up_and_limits_read_whole() {
    const MB: u64 = 1_048_576;
    assert_eq!(size_over(5 * MB + 1), "5.1 MB");
    assert_eq!(size_over(5 * MB + MB / 10), "5.1 MB");
    assert_eq!(size_over(5 * MB + MB / 10 + 1), "5.2 MB");
    assert_eq!(size_over(12 * MB), "12.0 MB");
    // Files past what 32-bit WebAssembly counts in a usize.
    assert_eq!(size_over(6 * 1024 * MB), "6144.0 MB");
    assert_eq!(size_limit(5 * MB), "5 MB");
    assert_eq!(size_limit(5 * MB + MB / 2), "5.5 MB");
    assert_eq!(size_limit(5 * MB + MB / 10 - 1), "5.0 MB");
}

#[test]
fn missing_fields_are_filled_and_broken_references_repaired() {
    let doc = load(&envelope(json!({"id": "bare"}))).unwrap();
    assert_eq!(doc.id, ModelId("bare".into()));
    assert!(doc.dialogue.constituents.is_empty());

    let mut model = serde_json::to_value(sample_doc()).unwrap();
    model["mapping"]["flows"][0]["owner"] = json!(4242);
    model["mapping"]["flows"][1]["feeds"] = json!([777]);
    model["next_id"] = json!(1);
    let dup = model["dialogue"]["constituents"][0].clone();
    model["dialogue"]["constituents"]
        .as_array_mut()
        .unwrap()
        .push(dup);
    let doc = load(&envelope(model)).unwrap();
    assert_eq!(doc.mapping.flows[0].owner, None);
    assert!(doc.mapping.flows[1].feeds.is_empty());
    // The duplicate is kept under an id of its own (`tests/ids.rs` has the details).
    assert_eq!(doc.dialogue.constituents.len(), 11);
    assert!(doc.next_id > doc.max_id());
}

thread_local! {
    static VALIDATOR: jsonschema::Validator = validator();
}

fn validator() -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(SCHEMA_PATH).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn the_published_schema_matches_the_types() {
    let generated = export_schema();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(SCHEMA_PATH, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(SCHEMA_PATH).unwrap_or_default();
    assert!(
        committed == generated,
        "{SCHEMA_PATH} is out of date: run `UPDATE_SCHEMA=1 cargo test --test persist` and commit it"
    );
}

#[test]
fn every_export_validates_against_the_published_schema() {
    let v = validator();
    for doc in [
        sample_doc(),
        Document::new(ModelId("n".into()), "", Timestamp(0)),
    ] {
        let value: Value = serde_json::from_str(&export_json(&doc, NOW)).unwrap();
        let errors: Vec<String> = v
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    let fixture: Value =
        serde_json::from_slice(&std::fs::read("tests/fixtures/v1-model.json").unwrap()).unwrap();
    assert!(v.is_valid(&fixture));
    // And the schema is not vacuous: a wrong enum value fails it.
    let mut bad = fixture.clone();
    bad["model"]["mapping"]["flows"][0]["scope"] = json!("nowhere");
    assert!(!v.is_valid(&bad));
}

#[test]
fn the_schema_requires_what_the_loader_requires_and_no_more() {
    let v = validator();
    let agree = |file: Value, accepted: bool| {
        let loads = load(file.to_string().as_bytes()).is_ok();
        assert_eq!(loads, accepted, "load: {file}");
        assert_eq!(v.is_valid(&file), accepted, "schema: {file}");
    };
    let minimal = json!({"format": "marketing-os-model", "schema": 1, "model": {"id": "m-1_A"}});
    agree(minimal.clone(), true);
    let export: Value = serde_json::from_str(&export_json(&sample_doc(), NOW)).unwrap();
    agree(export.clone(), true);
    let edit = |mut file: Value, f: &dyn Fn(&mut Value)| {
        f(&mut file);
        file
    };
    let without =
        |key: &'static str| move |f: &mut Value| drop(f.as_object_mut().unwrap().remove(key));
    // The app version and the save time are optional.
    agree(edit(export.clone(), &without("app")), true);
    agree(edit(export.clone(), &without("saved_at")), true);
    // The format name, the schema version and the model are required.
    for key in ["format", "schema", "model"] {
        agree(edit(export.clone(), &without(key)), false);
        agree(edit(minimal.clone(), &without(key)), false);
    }
    agree(
        edit(minimal.clone(), &|f| {
            f["format"] = json!("marketing-os-version")
        }),
        false,
    );
    agree(edit(minimal.clone(), &|f| f["format"] = json!(1)), false);
    for schema in [json!(0), json!(2), json!("1"), json!(-1), json!(1.5)] {
        agree(
            edit(minimal.clone(), &|f| f["schema"] = schema.clone()),
            false,
        );
    }
    // The model's id is required and well formed: 1 to 64 letters, digits, '-' or '_'.
    agree(
        json!({"format": "marketing-os-model", "schema": 1, "model": {}}),
        false,
    );
    for id in [
        json!(""),
        json!("a b"),
        json!("é"),
        json!("x".repeat(65)),
        json!(7),
    ] {
        agree(
            edit(minimal.clone(), &|f| f["model"]["id"] = id.clone()),
            false,
        );
    }
    agree(
        edit(minimal.clone(), &|f| {
            f["model"]["id"] = json!("x".repeat(64))
        }),
        true,
    );
    // Numbers keep their type's bounds: a u8 past 255 or a negative id fails both.
    let mut negative = export.clone();
    negative["model"]["next_id"] = json!(-1);
    agree(negative, false);
    let rating = |current: u64| {
        let rating = json!({"question": "ab.listening", "current": current});
        edit(minimal.clone(), &|f| {
            f["model"]["diagnostics"] = json!({"ratings": [rating.clone()]})
        })
    };
    agree(rating(255), true);
    agree(rating(256), false);
    // An export of a model without an id is refused by both.
    let blank: Value = serde_json::from_str(&export_json(&Document::default(), NOW)).unwrap();
    agree(blank, false);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_bytes_give_an_error_or_a_valid_model(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(doc) = load(&bytes) {
            prop_assert!(doc.id.is_well_formed());
        }
    }

    #[test]
    fn any_mutation_of_a_real_export_never_panics(cut in 0usize..4000, byte in any::<u8>(), pos in 0usize..4000) {
        let mut bytes = export_json(&sample_doc(), NOW).into_bytes();
        let n = bytes.len();
        bytes[pos % n] = byte;
        bytes.truncate(n - cut.min(n));
        if let Ok(doc) = load(&bytes) {
            prop_assert!(doc.id.is_well_formed());
            prop_assert!(doc.next_id > doc.max_id());
            // What the loader accepts, the published schema accepts.
            let value: Value = serde_json::from_slice(&bytes).unwrap();
            prop_assert!(VALIDATOR.with(|v| v.is_valid(&value)));
        }
    }
}

#[test]
fn nesting_deeper_than_64_levels_is_refused_before_parsing() {
    use marketing_os::persist::envelope::{nesting_depth, MAX_DEPTH};
    let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert_eq!(nesting_depth(nest(64).as_bytes(), MAX_DEPTH), 64);
    let deep = format!(
        r#"{{"format":"marketing-os-model","schema":1,"model":{}}}"#,
        nest(64)
    );
    assert_eq!(
        marketing_os::persist::load(deep.as_bytes()),
        Err(marketing_os::persist::LoadError::TooDeep { limit: 64 })
    );
    // Brackets inside strings, escaped quotes included, are text, not nesting.
    let text = r#"{"a":"[[[[\"{{{{","b":[{}]}"#;
    assert_eq!(nesting_depth(text.as_bytes(), MAX_DEPTH), 3);
    // A million levels are refused without recursion.
    assert_eq!(nesting_depth(nest(1_000_000).as_bytes(), MAX_DEPTH), 65);
    // Every real model is far shallower.
    let sample = marketing_os::content::sample::sample(Timestamp(1));
    let text = marketing_os::persist::export_json(&sample, Timestamp(1));
    assert!(nesting_depth(text.as_bytes(), MAX_DEPTH) < 16);
}
