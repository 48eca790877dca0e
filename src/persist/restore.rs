//! Restore: after a model parses, repair what would break the app (dangling references,
//! duplicate ids, a stale id counter) and refuse what cannot be repaired.

use super::error::LoadError;
use crate::domain::idcheck::IdRepair;
use crate::domain::mapping::Counterpart;
use crate::domain::Document;
use std::collections::HashSet;

/// Checks and repairs a freshly parsed model.
pub fn restore(doc: Document) -> Result<Document, LoadError> {
    restore_noting(doc).map(|(doc, _)| doc)
}

/// [`restore`], saying what it did to the model's ids: items that shared an id with another
/// of their kind get their own (an import says so), and the id counter is put back in range.
pub fn restore_noting(mut doc: Document) -> Result<(Document, IdRepair), LoadError> {
    if !doc.id.is_well_formed() {
        return Err(LoadError::Invalid {
            path: "model.id".into(),
            detail: "the model id must be 1 to 64 letters, digits, '-' or '_'".into(),
        });
    }
    // A logo is only ever kept when it checks out as a small PNG, JPEG or WebP image.
    if let Some(inv) = doc.invitation.as_mut() {
        inv.logo = crate::domain::brand::tidy_logo(&inv.logo);
    }
    // Before anything else: the references below are checked against the ids in use.
    let ids = doc.repair_ids();
    let d = &mut doc.dialogue;
    let constituents: HashSet<_> = d.constituents.iter().map(|c| c.id).collect();
    for cat in &mut d.categories {
        cat.reaches.retain(|c| constituents.contains(c));
    }
    let m = &mut doc.mapping;
    let subs: HashSet<_> = m.sub_functions.iter().map(|s| s.id).collect();
    let functions: HashSet<_> = m.functions.iter().map(|f| f.id).collect();
    let flows: HashSet<_> = m.flows.iter().map(|f| f.id).collect();
    for s in &mut m.sub_functions {
        s.owner = s.owner.filter(|o| subs.contains(o) && *o != s.id);
        if !s.fte.is_finite() || s.fte < 0.0 {
            s.fte = 0.0;
        }
    }
    for f in &mut m.flows {
        f.owner = f.owner.filter(|o| subs.contains(o));
        f.counterpart = f.counterpart.filter(|c| match c {
            Counterpart::Constituent(id) => constituents.contains(id),
            Counterpart::Function(id) => functions.contains(id),
        });
        f.feeds.retain(|x| flows.contains(x));
    }
    let o = &mut doc.operations;
    for p in &mut o.team.people {
        p.sub_function = p.sub_function.filter(|s| subs.contains(s));
        // A role's share is part of one person's time; anything else would break the totals.
        p.roles.retain(|(_, f)| f.is_finite());
        for (_, f) in &mut p.roles {
            *f = f.clamp(0.0, 1.0);
        }
        let mut seen = HashSet::new();
        p.roles.retain(|(r, _)| seen.insert(*r));
    }
    o.pathways.retain(|p| flows.contains(&p.flow));
    for forum in &mut o.forums {
        forum.flows.retain(|x| flows.contains(x));
    }
    for row in &mut o.raci {
        row.flow = row.flow.filter(|x| flows.contains(x));
    }
    Ok((doc, ids))
}
