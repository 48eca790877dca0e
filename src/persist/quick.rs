//! The home page without the app: what the workspace shows, read from storage without loading
//! a single model. It answers only when everything it needs is already known and nothing needs
//! the app's attention; otherwise it says why, and the full app starts instead.
//!
//! The quick home page (`src/bin/home.rs`) is a small WebAssembly module that loads first on
//! the home address: a visit that only looks at the list of models never downloads the app.

use super::slots::SHADOW_PREFIX;
use super::workspace::{
    model_id_of, sort_recent_first, InvitationBook, ModelSummary, SummaryMemo, Usage,
    BACKUP_PREFIX, BIN_PREFIX, EXPORTS_KEY, INVITATIONS_KEY, MODEL_PREFIX, SUMMARIES_KEY,
};
use std::collections::BTreeMap;

/// Read-only access to the app's storage.
pub trait Peek {
    /// Every key of this app (starting with `mos.`), sorted.
    fn keys(&self) -> Vec<String>;
    /// The text under `key`.
    fn text(&self, key: &str) -> Option<String>;
    /// The fingerprint of the text under `key`, as the summaries memo records it.
    fn fingerprint(&self, key: &str) -> Option<String>;
    /// The length of the text under `key` in UTF-16 code units.
    fn length_of(&self, key: &str) -> usize;
}

/// Everything the home page shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuickHome {
    /// Every model, most recently changed first.
    pub models: Vec<ModelSummary>,
    pub usage: Usage,
    /// When each model was last exported (milliseconds), by model id.
    pub exports: BTreeMap<String, u64>,
    /// The ids of the invitations made in this browser.
    pub made_here: Vec<String>,
}

impl QuickHome {
    /// Whether the invitation `id` was made in this browser.
    pub fn made_here(&self, id: &str) -> bool {
        self.made_here.iter().any(|i| i == id)
    }
}

/// Why the home page needs the full app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NeedsApp {
    /// A save was cut short: the app picks the better copy.
    Shadow,
    /// Deleted models are in the bin: the app lists them.
    Bin,
    /// Backups of unreadable data are kept: the app lists them.
    Backups,
    /// A model was never summarised, or changed since: the app loads it, and reports it if it
    /// cannot be read.
    NotSummarised(String),
    /// The list of invitations cannot be read: the app reports it.
    Invitations,
}

/// The home page from storage alone, or why the full app is needed.
pub fn quick_home(store: &impl Peek) -> Result<QuickHome, NeedsApp> {
    let keys = store.keys();
    if keys.iter().any(|k| k.starts_with(SHADOW_PREFIX)) {
        return Err(NeedsApp::Shadow);
    }
    if keys.iter().any(|k| k.starts_with(BIN_PREFIX)) {
        return Err(NeedsApp::Bin);
    }
    if keys.iter().any(|k| k.starts_with(BACKUP_PREFIX)) {
        return Err(NeedsApp::Backups);
    }
    let memo = SummaryMemo::read(store.text(SUMMARIES_KEY).as_deref());
    let mut models = Vec::new();
    for key in keys.iter().filter(|k| k.starts_with(MODEL_PREFIX)) {
        let summary = model_id_of(key).and_then(|id| {
            let fingerprint = store.fingerprint(key)?;
            memo.get(&id, &fingerprint)
        });
        match summary {
            Some(s) => models.push(s),
            None => return Err(NeedsApp::NotSummarised(key.clone())),
        }
    }
    sort_recent_first(&mut models);
    let made_here = match store.text(INVITATIONS_KEY) {
        None => Vec::new(),
        Some(raw) => InvitationBook::load(&raw)
            .map_err(|_| NeedsApp::Invitations)?
            .sent
            .into_iter()
            .map(|i| i.id)
            .collect(),
    };
    // As the app reads it: an unreadable record of exports counts as none.
    let exports = store
        .text(EXPORTS_KEY)
        .and_then(|t| serde_json::from_str::<BTreeMap<String, u64>>(&t).ok())
        .unwrap_or_default();
    Ok(QuickHome {
        models,
        usage: usage(store),
        exports,
        made_here,
    })
}

/// How much storage the app's entries take (keys and texts), by kind: what the storage panel
/// shows, on both home pages.
pub fn usage(store: &impl Peek) -> Usage {
    let mut usage = Usage::default();
    for key in store.keys() {
        usage.add(&key, key.encode_utf16().count() + store.length_of(&key));
    }
    usage
}
