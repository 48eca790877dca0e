#![cfg(not(target_arch = "wasm32"))]
//! The memo of the home page's model summaries: a hit needs the fingerprint of the very text
//! that was summarised, and anything else (another fingerprint, memo format or app version, a
//! damaged memo) means loading again. Fingerprints themselves are tested in the browser
//! (`tests/browser_storage.rs`), where they are made.

use marketing_os::content::sample::sample;
use marketing_os::domain::{Document, ModelId, Timestamp};
use marketing_os::persist::envelope::load;
use marketing_os::persist::workspace::{ModelSummary, SummaryMemo, SUMMARY_FORMAT};

#[test]
fn a_summary_is_remembered_for_the_fingerprint_it_came_from() {
    let doc = Document::new(ModelId("m-1".into()), "Acme", Timestamp(5));
    let summary = ModelSummary::of(&doc);
    let mut memo = SummaryMemo::read(None);
    assert_eq!(memo.get(&doc.id, "5k.1.2"), None);
    memo.put("5k.1.2".into(), summary.clone());
    assert_eq!(memo.get(&doc.id, "5k.1.2"), Some(summary.clone()));
    // Another fingerprint (the text changed) misses, as does the same one for another model.
    assert_eq!(memo.get(&doc.id, "5k.1.3"), None);
    assert_eq!(memo.get(&ModelId("m-2".into()), "5k.1.2"), None);
    // A newer summary replaces the older.
    let mut renamed = summary.clone();
    renamed.company = "Acme Analytics".into();
    memo.put("5l.7.8".into(), renamed.clone());
    assert_eq!(memo.get(&doc.id, "5k.1.2"), None);
    assert_eq!(memo.get(&doc.id, "5l.7.8"), Some(renamed.clone()));

    // It survives being stored and read back.
    let again = SummaryMemo::read(Some(&memo.to_text()));
    assert_eq!(again.get(&doc.id, "5l.7.8"), Some(renamed));
}

#[test]
fn a_damaged_or_foreign_memo_is_empty() {
    let doc = Document::new(ModelId("m-1".into()), "Acme", Timestamp(5));
    let mut memo = SummaryMemo::read(None);
    memo.put("f".into(), ModelSummary::of(&doc));
    let good = memo.to_text();
    assert!(SummaryMemo::read(Some(&good)).get(&doc.id, "f").is_some());
    for bad in [
        String::new(),
        "{\"format\":".into(),
        "[]".into(),
        good.replace(&format!("\"format\":{SUMMARY_FORMAT}"), "\"format\":999"),
        good.replace(
            &format!("\"app\":\"{}\"", env!("CARGO_PKG_VERSION")),
            "\"app\":\"0.0.0-other\"",
        ),
    ] {
        assert_ne!(bad, good);
        assert_eq!(
            SummaryMemo::read(Some(&bad)).get(&doc.id, "f"),
            None,
            "{bad}"
        );
    }
}

#[test]
fn models_no_longer_stored_are_forgotten() {
    let a = Document::new(ModelId("m-a".into()), "A", Timestamp(5));
    let b = Document::new(ModelId("m-b".into()), "B", Timestamp(5));
    let mut memo = SummaryMemo::read(None);
    memo.put("fa".into(), ModelSummary::of(&a));
    memo.put("fb".into(), ModelSummary::of(&b));
    assert!(!memo.keep_only(&[a.id.clone(), b.id.clone()]));
    assert!(memo.keep_only(std::slice::from_ref(&a.id)));
    assert!(memo.get(&a.id, "fa").is_some());
    assert!(memo.get(&b.id, "fb").is_none());
}

/// Memos outlive builds. If this fails, summaries are now computed differently: bump
/// `SUMMARY_FORMAT` in `src/persist/workspace.rs` (so no browser shows an old figure) and
/// then update the figures here.
#[test]
fn summaries_are_computed_as_when_the_memo_format_was_set() {
    assert_eq!(SUMMARY_FORMAT, 3);
    let fixture = load(&std::fs::read("tests/fixtures/v1-model.json").unwrap()).unwrap();
    let blank = Document::new(ModelId("m-blank".into()), "Blank", Timestamp(5));
    let figures: Vec<(String, u32)> = [sample(Timestamp(5)), fixture, blank]
        .iter()
        .map(|d| {
            let s = ModelSummary::of(d);
            (s.company, s.completeness)
        })
        .collect();
    assert_eq!(
        figures,
        [
            ("Northwind Metrics (sample)".to_string(), 64),
            ("Acme Analytics".to_string(), 28),
            ("Blank".to_string(), 4),
        ]
    );
}

#[test]
fn base36_writes_numbers_as_js_to_string_36_does() {
    use marketing_os::persist::workspace::base36;
    // (0).toString(36), (35).toString(36), (36).toString(36), (4294967295).toString(36)
    for (n, js) in [
        (0, "0"),
        (35, "z"),
        (36, "10"),
        (u64::from(u32::MAX), "1z141z3"),
    ] {
        assert_eq!(base36(n), js);
    }
}
