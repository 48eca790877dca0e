//! A client's reply arriving at the consultant: a new one, one already here, a newer answer
//! from the same prospect (which updates their model and keeps the earlier one as a
//! version), or an older one. Replies are matched by the model's id: the prospect's model
//! keeps its id in their browser, so every reply they send carries the same one.

use super::diff::{compare, Difference, Names};
use super::progress::Part;
use super::{Document, Timestamp};

/// What a reply carries, and what a consultant keeps of it: the parts of the method its
/// invitation asked for, the others left empty (so a reply never arrives padded with stages
/// nobody was asked to fill in, and its link stays short), and not the consultant's own logo.
pub fn trimmed(mut doc: Document) -> Document {
    if let Some(inv) = doc.invitation.as_mut() {
        inv.logo.clear();
        let asked = inv.modules;
        if !asked.includes(Part::Dialogue) {
            doc.dialogue = Default::default();
        }
        if !asked.includes(Part::Mapping) {
            doc.mapping = Default::default();
        }
        if !asked.includes(Part::Operations) {
            doc.operations = Default::default();
        }
    }
    doc
}

/// How the version holding an earlier reply is named, before its date.
pub const RECEIVED_VERSION: &str = "As received on ";

/// The version holding the reply this one replaced, when a newer reply updated the model.
pub fn previous_reply(doc: &Document) -> Option<&super::document::NamedVersion> {
    earlier_replies(doc).into_iter().next()
}

/// Every reply a newer one replaced, kept as a version, newest first.
pub fn earlier_replies(doc: &Document) -> Vec<&super::document::NamedVersion> {
    let mut kept: Vec<_> = doc
        .versions
        .iter()
        .filter(|v| v.name.starts_with(RECEIVED_VERSION))
        .collect();
    kept.sort_by_key(|v| std::cmp::Reverse(v.at));
    kept
}

/// What a reply is, against what this workspace holds under its id.
#[derive(Clone, Debug, PartialEq)]
pub enum Arrival {
    /// No model here has its id: it is added.
    New,
    /// The reply received on this date says exactly the same: nothing to add.
    Same { received: Timestamp },
    /// The prospect changed their answers since the reply received on this date: their model
    /// is updated and the earlier reply kept as a version.
    Newer { received: Timestamp },
    /// The reply here was changed later than this one: nothing to add.
    Older { received: Timestamp },
    /// A model with its id is here, but it is not a received reply (for example the
    /// consultant's own copy): the user chooses between replacing it and keeping both.
    NotAReply,
}

/// Sorts an incoming reply against the model stored under its id, if any.
pub fn arrival(stored: Option<&Document>, incoming: &Document) -> Arrival {
    let Some(stored) = stored else {
        return Arrival::New;
    };
    let Some(received) = stored.received_at else {
        return Arrival::NotAReply;
    };
    // Compared as kept: a reply by link and the same reply by file (which holds every part)
    // are the same reply.
    let before = trimmed(stored.clone()).snapshot();
    let after = trimmed(incoming.clone()).snapshot();
    if before == after && stored.respondent == incoming.respondent {
        Arrival::Same { received }
    } else if incoming.updated_at >= stored.updated_at {
        Arrival::Newer { received }
    } else {
        Arrival::Older { received }
    }
}

/// What changed from the reply kept to an incoming one, compared as kept (see [`trimmed`]).
/// Apart from [`arrival`] so that taking a reply in does not need the comparison.
pub fn changes(stored: &Document, incoming: &Document, names: Names) -> Vec<Difference> {
    compare(
        &trimmed(stored.clone()).snapshot(),
        &trimmed(incoming.clone()).snapshot(),
        names,
    )
}

/// What a newer reply makes of the stored one: the incoming model, received `now`, with every
/// version the stored one had and the stored answers themselves kept as the version
/// "As received on <date>".
pub fn take_newer(stored: &Document, mut incoming: Document, now: Timestamp) -> Document {
    let received = stored.received_at.unwrap_or(stored.updated_at);
    keep_as_version(
        &mut incoming,
        stored,
        format!("{RECEIVED_VERSION}{}", received.date_iso()),
        received,
    );
    incoming.received_at = Some(now);
    incoming
}

/// Before `incoming` replaces `existing`, the versions it lacks and `existing`'s own state
/// (as the version `name`, dated `at`) become versions of it, so nothing replaced is lost.
pub fn keep_as_version(incoming: &mut Document, existing: &Document, name: String, at: Timestamp) {
    for v in &existing.versions {
        if !incoming
            .versions
            .iter()
            .any(|w| w.at == v.at && w.name == v.name)
        {
            let id = incoming.fresh();
            incoming
                .versions
                .push(super::document::NamedVersion { id, ..v.clone() });
        }
    }
    let id = incoming.fresh();
    incoming.versions.push(super::document::NamedVersion {
        id,
        name,
        at,
        snapshot: existing.snapshot().into(),
    });
}
