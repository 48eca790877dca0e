//! The Stage 1 roadmap: every supporting program marked as a gap, in the user's order.

use super::dialogue::{Dialogue, Priority, ProgramStatus};
use super::ids::{ConstituentId, ProgramId};

/// One gap on the roadmap, naming the exact program and constituent it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoadmapItem {
    pub constituent: ConstituentId,
    pub constituent_name: String,
    pub program: ProgramId,
    pub name: String,
    pub priority: Priority,
}

/// The gaps, ordered: first as the user arranged them, then new gaps by priority (high
/// first), then in the order of the constituents. Switched-off constituents are left out.
pub fn roadmap(d: &Dialogue) -> Vec<RoadmapItem> {
    let mut items: Vec<(usize, RoadmapItem)> = d
        .constituents
        .iter()
        .filter(|c| c.enabled)
        .flat_map(|c| {
            c.programs
                .iter()
                .filter(|p| p.status == ProgramStatus::Gap)
                .map(move |p| RoadmapItem {
                    constituent: c.id,
                    constituent_name: c.name.clone(),
                    program: p.id,
                    name: p.name.clone(),
                    priority: p.priority,
                })
        })
        .enumerate()
        .collect();
    let placed = |p: ProgramId| d.roadmap_order.iter().position(|x| *x == p);
    items.sort_by_key(|(natural, item)| match placed(item.program) {
        Some(pos) => (0, pos, std::cmp::Reverse(Priority::Unset), *natural),
        None => (1, 0, std::cmp::Reverse(item.priority), *natural),
    });
    items.into_iter().map(|(_, item)| item).collect()
}
