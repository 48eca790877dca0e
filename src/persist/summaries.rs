//! The memo of the home page's model summaries (`mos.summaries`): each summary with a
//! fingerprint of the stored text it was computed from, so start-up need not load a model
//! whose text has not changed (a workspace of many models opens fast). Stale at worst, never
//! wrong: a hit needs the very text that was summarised.

use super::workspace::ModelSummary;
use crate::domain::ModelId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the memo of summaries is kept.
pub const SUMMARIES_KEY: &str = "mos.summaries";

/// The memo's layout and the way summaries are computed (completeness above all): change it
/// when either changes, and every memo written before is dropped. `tests/persist.rs` pins the
/// summaries of the sample model to remind whoever changes them.
pub const SUMMARY_FORMAT: u32 = 3;

/// `n` in base 36 with lowercase digits, as JS's `toString(36)` writes it.
pub fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Summaries of stored models, each with a fingerprint of the stored text it was computed from
/// (`web::storage::Store::fingerprint`).
/// A hit needs the same text, the same memo format and the same app version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SummaryMemo {
    format: u32,
    app: String,
    entries: BTreeMap<String, MemoEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct MemoEntry {
    text: String,
    summary: ModelSummary,
}

impl SummaryMemo {
    /// The memo stored as `text`: empty when missing, unreadable, or of another format or app
    /// version.
    pub fn read(text: Option<&str>) -> SummaryMemo {
        text.and_then(|t| serde_json::from_str::<SummaryMemo>(t).ok())
            .filter(|m| m.format == SUMMARY_FORMAT && m.app == super::envelope::APP_VERSION)
            .unwrap_or_else(|| SummaryMemo {
                format: SUMMARY_FORMAT,
                app: super::envelope::APP_VERSION.to_string(),
                entries: BTreeMap::new(),
            })
    }

    /// The summary of model `id` if its stored text still has the fingerprint `text`.
    pub fn get(&self, id: &ModelId, text: &str) -> Option<ModelSummary> {
        self.entries
            .get(id.as_str())
            .filter(|e| e.text == text && &e.summary.id == id)
            .map(|e| e.summary.clone())
    }

    /// Remembers the summary of the model whose stored text has the fingerprint `text`.
    pub fn put(&mut self, text: String, summary: ModelSummary) {
        self.entries
            .insert(summary.id.as_str().to_string(), MemoEntry { text, summary });
    }

    /// Forgets every model not in `ids`; says whether any was forgotten.
    pub fn keep_only(&mut self, ids: &[ModelId]) -> bool {
        let before = self.entries.len();
        self.entries
            .retain(|k, _| ids.iter().any(|id| id.as_str() == k));
        self.entries.len() != before
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
