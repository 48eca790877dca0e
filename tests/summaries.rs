#![cfg(not(target_arch = "wasm32"))]
//! The memo of the home page's model summaries: a hit needs the very text that was summarised,
//! and anything else (another text, format, app version, a damaged memo) means loading again.

use marketing_os::content::sample::sample;
use marketing_os::domain::{Document, ModelId, Timestamp};
use marketing_os::persist::envelope::{encode_stored, load};
use marketing_os::persist::workspace::{ModelSummary, SummaryMemo, SUMMARY_FORMAT};

fn stored(doc: &Document) -> String {
    encode_stored(doc, Timestamp(1_000))
}

#[test]
fn a_summary_is_remembered_for_the_exact_text_it_came_from() {
    let mut doc = Document::new(ModelId("m-1".into()), "Acme", Timestamp(5));
    let text = stored(&doc);
    let summary = ModelSummary::of(&doc);
    let mut memo = SummaryMemo::read(None);
    assert_eq!(memo.get(&doc.id, &text), None);
    memo.put(&text, summary.clone());
    assert_eq!(memo.get(&doc.id, &text), Some(summary.clone()));

    // Any change to the stored text, even one character, misses.
    doc.company = "Acme Analytics".into();
    let changed = stored(&doc);
    assert_eq!(memo.get(&doc.id, &changed), None);
    let mut cut = text.clone();
    cut.pop();
    assert_eq!(memo.get(&doc.id, &cut), None);
    // The same text under another id misses.
    assert_eq!(memo.get(&ModelId("m-2".into()), &text), None);

    // It survives being stored and read back.
    let again = SummaryMemo::read(Some(&memo.to_text()));
    assert_eq!(again.get(&doc.id, &text), Some(summary));
}

#[test]
fn a_damaged_or_foreign_memo_is_empty() {
    let doc = Document::new(ModelId("m-1".into()), "Acme", Timestamp(5));
    let text = stored(&doc);
    let mut memo = SummaryMemo::read(None);
    memo.put(&text, ModelSummary::of(&doc));
    let good = memo.to_text();
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
            SummaryMemo::read(Some(&bad)).get(&doc.id, &text),
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
    memo.put(&stored(&a), ModelSummary::of(&a));
    memo.put(&stored(&b), ModelSummary::of(&b));
    assert!(!memo.keep_only(&[a.id.clone(), b.id.clone()]));
    assert!(memo.keep_only(std::slice::from_ref(&a.id)));
    assert!(memo.get(&a.id, &stored(&a)).is_some());
    assert!(memo.get(&b.id, &stored(&b)).is_none());
}

/// Memos outlive builds. If this fails, summaries are now computed differently: bump
/// `SUMMARY_FORMAT` in `src/persist/workspace.rs` (so no browser shows an old figure) and
/// then update the figures here.
#[test]
fn summaries_are_computed_as_when_the_memo_format_was_set() {
    assert_eq!(SUMMARY_FORMAT, 1);
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
            ("Northwind Metrics (sample)".to_string(), 76),
            ("Acme Analytics".to_string(), 30),
            ("Blank".to_string(), 3),
        ]
    );
}
