//! Upgrades: every schema version ever written has frozen fixtures here — an export file and
//! the stored form (with its checksum) — and each one opens in this build, migrated to the
//! current schema. Bumping the schema without freezing its fixtures fails here, so a model
//! saved by this version is tested to open in the next.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::sample_doc;
use marketing_os::domain::Timestamp;
use marketing_os::persist::envelope::encode_stored;
use marketing_os::persist::migrate::MIGRATIONS;
use marketing_os::persist::slots::{load_stored, seal};
use marketing_os::persist::{export_json, load, SCHEMA_VERSION};

const NOW: Timestamp = Timestamp(1_795_000_000_000);

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("tests/fixtures/{name}"))
        .unwrap_or_else(|_| panic!("tests/fixtures/{name} is missing: freeze it (see below)"))
}

#[test]
fn every_schema_version_has_frozen_fixtures_that_open_in_this_build() {
    for version in 1..=SCHEMA_VERSION {
        // The export file.
        let doc = load(&fixture(&format!("v{version}-model.json")))
            .unwrap_or_else(|e| panic!("the schema {version} export does not open: {e}"));
        assert!(!doc.company.is_empty());
        // Once migrated it re-exports in the current schema and reads back the same.
        let text = export_json(&doc, NOW);
        assert!(text.contains(&format!("\"schema\": {SCHEMA_VERSION}")));
        assert_eq!(load(text.as_bytes()).unwrap(), doc);
        // The stored form, checksum included.
        let stored = String::from_utf8(fixture(&format!("v{version}-stored.txt"))).unwrap();
        let kept = load_stored(&stored)
            .unwrap_or_else(|e| panic!("the schema {version} stored model does not open: {e}"));
        assert_eq!(kept.company, doc.company);
    }
}

#[test]
fn every_older_schema_has_a_migration() {
    // Written as a filter so it reads the same while schema 1 is the only one.
    for from in (1..=SCHEMA_VERSION).filter(|v| *v < SCHEMA_VERSION) {
        assert!(
            MIGRATIONS.iter().any(|m| m.from == from),
            "no migration from schema {from}"
        );
    }
    assert!(MIGRATIONS.iter().all(|m| m.from < SCHEMA_VERSION));
}

#[test]
fn a_stored_model_from_before_checksums_still_opens() {
    // Builds before crash-safe saves stored the envelope alone.
    let doc = sample_doc();
    let kept = load_stored(&encode_stored(&doc, NOW)).unwrap();
    assert_eq!((kept.company, kept.mapping), (doc.company, doc.mapping));
}

#[test]
#[ignore = "writes the frozen fixtures of the current schema; run once per schema version with --ignored"]
fn freeze_fixtures() {
    let v = SCHEMA_VERSION;
    // Frozen means frozen: an existing fixture is never rewritten.
    let freeze = |name: String, text: String| {
        if !std::path::Path::new(&name).exists() {
            std::fs::write(name, text).unwrap();
        }
    };
    freeze(
        format!("tests/fixtures/v{v}-model.json"),
        export_json(&sample_doc(), NOW),
    );
    freeze(
        format!("tests/fixtures/v{v}-stored.txt"),
        seal(&encode_stored(&sample_doc(), NOW)),
    );
}
