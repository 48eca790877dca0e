//! Restore: after a model parses, repair what would break the app (dangling references,
//! duplicate ids, a stale id counter) and refuse what cannot be repaired.

use super::error::LoadError;
use crate::domain::mapping::Counterpart;
use crate::domain::Document;
use std::collections::HashSet;

/// Checks and repairs a freshly parsed model.
pub fn restore(mut doc: Document) -> Result<Document, LoadError> {
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
    let d = &mut doc.dialogue;
    dedupe(&mut d.constituents, |c| c.id.0);
    dedupe(&mut d.categories, |c| c.id.0);
    let constituents: HashSet<_> = d.constituents.iter().map(|c| c.id).collect();
    for cat in &mut d.categories {
        cat.reaches.retain(|c| constituents.contains(c));
    }
    let m = &mut doc.mapping;
    dedupe(&mut m.sub_functions, |s| s.id.0);
    dedupe(&mut m.functions, |f| f.id.0);
    dedupe(&mut m.flows, |f| f.id.0);
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
    dedupe(&mut o.team.people, |p| p.id.0);
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
    doc.next_id = doc.next_id.max(doc.max_id() + 1);
    Ok(doc)
}

/// Keeps the first of each id: a duplicated id would make edits hit the wrong element.
fn dedupe<T>(items: &mut Vec<T>, id: impl Fn(&T) -> u64) {
    let mut seen = HashSet::new();
    items.retain(|x| seen.insert(id(x)));
}
