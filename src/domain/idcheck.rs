//! Ids inside one model: every id in use, a fresh one that is never in use, and the repair
//! of ids two items of one kind share and of a counter out of range (run on every load, see
//! `persist::restore`).

use super::Document;
use std::collections::HashSet;

/// The largest counter a model keeps: 2^53, so every id stays exact as a JSON number in any
/// reader. A counter past it (or at or below an id in use) is repaired on load.
pub const MAX_COUNTER: u64 = 1 << 53;

/// What [`Document::repair_ids`] changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct IdRepair {
    /// Items that shared their id with an earlier item of the same kind, and now have their
    /// own (references to the id keep pointing at the earlier item).
    pub renumbered: usize,
    /// Whether the counter was out of range or at or below an id in use, and was reset.
    pub counter: bool,
}

/// The kinds of id: within a kind, an id names one item. Stage 3's items share one kind
/// (`OpsId`), as a hand-off names a service level by it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Constituent,
    Segment,
    Program,
    Category,
    SubFunction,
    Function,
    Flow,
    Kpi,
    Ops,
    Action,
    Change,
    Version,
}

impl Document {
    /// Every id in use anywhere in the model, of every kind.
    pub fn all_ids(&self) -> impl Iterator<Item = u64> + '_ {
        let d = &self.dialogue;
        let m = &self.mapping;
        let o = &self.operations;
        d.constituents
            .iter()
            .flat_map(|c| {
                std::iter::once(c.id.0)
                    .chain(c.segments.iter().map(|s| s.id.0))
                    .chain(c.programs.iter().map(|p| p.id.0))
            })
            .chain(d.categories.iter().map(|c| c.id.0))
            .chain(m.sub_functions.iter().map(|s| s.id.0))
            .chain(m.functions.iter().map(|f| f.id.0))
            .chain(
                m.flows
                    .iter()
                    .flat_map(|f| std::iter::once(f.id.0).chain(f.kpis.iter().map(|k| k.id.0))),
            )
            .chain(o.forums.iter().map(|f| f.id.0))
            .chain(o.raci.iter().map(|r| r.id.0))
            .chain(o.slas.iter().map(|s| s.id.0))
            .chain(o.budget.iter().map(|b| b.id.0))
            .chain(o.team.people.iter().map(|p| p.id.0))
            .chain(o.team.plan.iter().map(|l| l.id.0))
            .chain(self.diagnostics.actions.iter().map(|a| a.id.0))
            .chain(self.change_log.iter().map(|c| c.id.0))
            .chain(self.versions.iter().map(|v| v.id.0))
    }

    /// The largest id in use anywhere in the model (0 when none).
    pub fn max_id(&self) -> u64 {
        self.all_ids().max().unwrap_or(0)
    }

    /// Hands out an id no item of the model has; ids are unique across every kind. Whatever
    /// the counter holds (an imported file may set anything), the id is never one in use,
    /// and the counter never wraps.
    pub fn fresh<T: From<u64>>(&mut self) -> T {
        let mut id = self.next_id.max(1);
        if id == u64::MAX || id <= self.max_id() {
            id = self.unused_id();
        }
        self.next_id = id.saturating_add(1);
        T::from(id)
    }

    /// The next id above every one in use; when ids reach the top of the range, the smallest
    /// one free.
    fn unused_id(&self) -> u64 {
        let max = self.max_id();
        if max < MAX_COUNTER {
            return max + 1;
        }
        let used: HashSet<u64> = self.all_ids().collect();
        (1..u64::MAX)
            .find(|i| !used.contains(i))
            .unwrap_or(u64::MAX)
    }

    /// Gives each item that shares its id with an earlier item of its kind an id of its own,
    /// and resets a counter that is out of range or at or below an id in use.
    pub fn repair_ids(&mut self) -> IdRepair {
        let mut used: HashSet<u64> = self.all_ids().collect();
        let mut seen: HashSet<(Kind, u64)> = HashSet::new();
        let mut next = self.max_id().saturating_add(1).min(MAX_COUNTER);
        let mut renumbered = 0;
        self.each_id_mut(|kind, id| {
            if seen.insert((kind, *id)) {
                return;
            }
            while used.contains(&next) {
                next = if next >= MAX_COUNTER { 1 } else { next + 1 };
            }
            *id = next;
            used.insert(next);
            seen.insert((kind, next));
            renumbered += 1;
        });
        let max = self.max_id();
        let counter = self.next_id <= max || self.next_id > MAX_COUNTER.max(max.saturating_add(1));
        if counter {
            self.next_id = max.saturating_add(1);
        }
        IdRepair {
            renumbered,
            counter,
        }
    }

    /// Calls `f` with every id in use and its kind, in a fixed order.
    fn each_id_mut(&mut self, mut f: impl FnMut(Kind, &mut u64)) {
        let d = &mut self.dialogue;
        for c in &mut d.constituents {
            f(Kind::Constituent, &mut c.id.0);
            for s in &mut c.segments {
                f(Kind::Segment, &mut s.id.0);
            }
            for p in &mut c.programs {
                f(Kind::Program, &mut p.id.0);
            }
        }
        for c in &mut d.categories {
            f(Kind::Category, &mut c.id.0);
        }
        let m = &mut self.mapping;
        for s in &mut m.sub_functions {
            f(Kind::SubFunction, &mut s.id.0);
        }
        for x in &mut m.functions {
            f(Kind::Function, &mut x.id.0);
        }
        for x in &mut m.flows {
            f(Kind::Flow, &mut x.id.0);
            for k in &mut x.kpis {
                f(Kind::Kpi, &mut k.id.0);
            }
        }
        let o = &mut self.operations;
        let ops = o.forums.iter_mut().map(|x| &mut x.id.0);
        let ops = ops.chain(o.raci.iter_mut().map(|x| &mut x.id.0));
        let ops = ops.chain(o.slas.iter_mut().map(|x| &mut x.id.0));
        let ops = ops.chain(o.budget.iter_mut().map(|x| &mut x.id.0));
        let ops = ops.chain(o.team.people.iter_mut().map(|x| &mut x.id.0));
        for id in ops.chain(o.team.plan.iter_mut().map(|x| &mut x.id.0)) {
            f(Kind::Ops, id);
        }
        for a in &mut self.diagnostics.actions {
            f(Kind::Action, &mut a.id.0);
        }
        for c in &mut self.change_log {
            f(Kind::Change, &mut c.id.0);
        }
        for v in &mut self.versions {
            f(Kind::Version, &mut v.id.0);
        }
    }
}
