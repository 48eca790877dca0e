//! Two tabs on one model: a tab writes its model only while storage still holds what that tab
//! last read or wrote, compared by fingerprint (`super::store::fingerprint`), never by the
//! whole text. When another tab has written since, this tab is stale: it stops
//! writing and the user chooses whose version stays; the other version is kept as a copy, so
//! nothing is lost either way.

use crate::domain::{Document, ModelId, Timestamp};

/// What a tab knows of its open model's stored record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TabSync {
    /// The fingerprint of the record as this tab last read or wrote it.
    seen: Option<String>,
    /// Another tab wrote while this one had unsaved changes.
    pub stale: bool,
}

/// What a tab does when another tab changes its open model's record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// Storage still holds what this tab has: nothing to do.
    Same,
    /// This tab has nothing unsaved: it takes the other tab's version.
    Reload,
    /// Both tabs have changes: the user chooses.
    Conflict,
}

impl TabSync {
    /// After opening a model whose stored record has the fingerprint `print`.
    pub fn opened(print: Option<String>) -> TabSync {
        TabSync {
            seen: print,
            stale: false,
        }
    }

    /// Whether this tab may write now, given the fingerprint of what storage holds. A refusal
    /// makes it stale.
    pub fn may_write(&mut self, stored: Option<&str>) -> bool {
        if self.stale || stored != self.seen.as_deref() {
            self.stale = true;
            return false;
        }
        true
    }

    /// After this tab wrote the record of fingerprint `print`, or took it as its own.
    pub fn wrote(&mut self, print: String) {
        self.seen = Some(print);
        self.stale = false;
    }

    /// Another tab changed the record to one of fingerprint `stored`; `dirty` is whether this
    /// tab has unsaved changes.
    pub fn changed(&mut self, stored: Option<&str>, dirty: bool) -> Change {
        if stored == self.seen.as_deref() {
            Change::Same
        } else if dirty || self.stale {
            self.stale = true;
            Change::Conflict
        } else {
            Change::Reload
        }
    }
}

/// The version that gives way in a conflict, as a model of its own beside the one kept.
pub fn conflict_copy(doc: &Document, id: ModelId, whose: &str, now: Timestamp) -> Document {
    let mut copy = doc.clone();
    copy.id = id;
    copy.company = format!("{} ({whose})", doc.display_name());
    copy.updated_at = now;
    copy
}
