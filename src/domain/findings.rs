//! What the Stage 2 map reveals. Each finding names the exact element it is about; the view
//! only shows them.

use super::dialogue::Importance;
use super::document::Document;
use super::ids::{ConstituentId, FlowId, KpiId, SubFunctionId};
use super::mapping::{Counterpart, Direction, FlowStatus, Measurability, Scope};
use std::collections::HashSet;

/// Above this share of flows in the secondary internal loop, the team is serving the
/// company more than the market.
pub const SECONDARY_TRAP_SHARE: f64 = 0.5;
/// The trap is only read once the map has this many live flows.
pub const SECONDARY_TRAP_MIN_FLOWS: usize = 4;
/// A sub-function carrying more than this multiple of the team's flows per person is overloaded.
pub const OVERLOAD_FACTOR: f64 = 1.5;

/// One thing the map reveals.
#[derive(Clone, Debug, PartialEq)]
pub enum Finding {
    /// A flow nobody owns.
    UnownedFlow(FlowId),
    /// A sub-function that owns no flow.
    IdleSubFunction(SubFunctionId),
    /// An output with no KPI.
    OutputWithoutKpi(FlowId),
    /// A KPI that cannot be measured yet; `proxy` says whether a proxy is recorded.
    UnmeasuredKpi {
        flow: FlowId,
        kpi: KpiId,
        proxy: bool,
    },
    /// An input that feeds no output.
    InputFeedsNothing(FlowId),
    /// Too much of the map runs through the secondary internal loop.
    SecondaryTrap { secondary: usize, total: usize },
    /// A sub-function with work but no people.
    NoCapacity(SubFunctionId),
    /// A sub-function carrying far more flows per person than the team as a whole.
    Overloaded {
        sub: SubFunctionId,
        per_fte: f64,
        team_per_fte: f64,
    },
    /// A constituent that matters a lot but no flow reaches.
    UnreachedConstituent(ConstituentId),
}

impl Finding {
    /// The element the finding is about.
    pub fn target(&self) -> super::target::Target {
        use super::target::Target;
        match self {
            Finding::UnownedFlow(id)
            | Finding::OutputWithoutKpi(id)
            | Finding::UnmeasuredKpi { flow: id, .. }
            | Finding::InputFeedsNothing(id) => Target::Flow(*id),
            Finding::IdleSubFunction(id)
            | Finding::NoCapacity(id)
            | Finding::Overloaded { sub: id, .. } => Target::SubFunction(*id),
            Finding::SecondaryTrap { .. } | Finding::UnreachedConstituent(_) => Target::Map,
        }
    }
}

/// How many live flows a sub-function owns, against its people (its capacity).
#[derive(Clone, Debug, PartialEq)]
pub struct Load {
    pub sub: SubFunctionId,
    pub flows: usize,
    pub fte: f64,
    /// Flows per full-time person; `None` with no people.
    pub per_fte: Option<f64>,
}

fn live(status: FlowStatus) -> bool {
    status != FlowStatus::Stop
}

/// Load per sub-function, in the team's order. Stopped flows do not count.
pub fn load(doc: &Document) -> Vec<Load> {
    let m = &doc.mapping;
    let people = &doc.operations.team.people;
    m.sub_functions
        .iter()
        .map(|s| {
            let fte = super::team::capacity(people, s);
            let flows = m
                .flows
                .iter()
                .filter(|f| live(f.status) && f.owner == Some(s.id))
                .count();
            let per_fte = (fte > 0.0).then(|| flows as f64 / fte);
            Load {
                sub: s.id,
                flows,
                fte,
                per_fte,
            }
        })
        .collect()
}

/// Everything the map reveals, in a stable order (by kind, then by the model's order).
pub fn findings(doc: &Document) -> Vec<Finding> {
    let m = &doc.mapping;
    let mut out = Vec::new();
    let flows: Vec<_> = m.flows.iter().filter(|f| live(f.status)).collect();

    out.extend(
        flows
            .iter()
            .filter(|f| f.owner.is_none())
            .map(|f| Finding::UnownedFlow(f.id)),
    );

    let owners: HashSet<SubFunctionId> = flows.iter().filter_map(|f| f.owner).collect();
    out.extend(
        m.sub_functions
            .iter()
            .filter(|s| !owners.contains(&s.id))
            .map(|s| Finding::IdleSubFunction(s.id)),
    );

    out.extend(
        flows
            .iter()
            .filter(|f| f.direction == Direction::Output && f.kpis.is_empty())
            .map(|f| Finding::OutputWithoutKpi(f.id)),
    );
    for f in &flows {
        for k in f
            .kpis
            .iter()
            .filter(|k| k.measurability == Measurability::NotYet)
        {
            out.push(Finding::UnmeasuredKpi {
                flow: f.id,
                kpi: k.id,
                proxy: !k.proxy.trim().is_empty(),
            });
        }
    }

    let outputs: HashSet<FlowId> = flows
        .iter()
        .filter(|f| f.direction == Direction::Output)
        .map(|f| f.id)
        .collect();
    out.extend(
        flows
            .iter()
            .filter(|f| {
                f.direction == Direction::Input && !f.feeds.iter().any(|o| outputs.contains(o))
            })
            .map(|f| Finding::InputFeedsNothing(f.id)),
    );

    let secondary = flows
        .iter()
        .filter(|f| f.scope == Scope::SecondaryInternal)
        .count();
    if flows.len() >= SECONDARY_TRAP_MIN_FLOWS
        && secondary as f64 / flows.len() as f64 > SECONDARY_TRAP_SHARE
    {
        out.push(Finding::SecondaryTrap {
            secondary,
            total: flows.len(),
        });
    }

    let loads = load(doc);
    let team_fte: f64 = loads.iter().map(|l| l.fte).sum();
    let team_flows: usize = loads.iter().map(|l| l.flows).sum();
    let team_per_fte = if team_fte > 0.0 {
        team_flows as f64 / team_fte
    } else {
        0.0
    };
    for l in &loads {
        match l.per_fte {
            None if l.flows > 0 => out.push(Finding::NoCapacity(l.sub)),
            Some(per)
                if l.flows >= 3 && team_per_fte > 0.0 && per > OVERLOAD_FACTOR * team_per_fte =>
            {
                out.push(Finding::Overloaded {
                    sub: l.sub,
                    per_fte: per,
                    team_per_fte,
                })
            }
            _ => {}
        }
    }

    let reached: HashSet<ConstituentId> = flows
        .iter()
        .filter_map(|f| match f.counterpart {
            Some(Counterpart::Constituent(c)) => Some(c),
            _ => None,
        })
        .collect();
    out.extend(
        doc.dialogue
            .constituents
            .iter()
            .filter(|c| {
                c.enabled
                    && (c.importance_now == Importance::High
                        || c.importance_next_year == Importance::High)
            })
            .filter(|c| !reached.contains(&c.id))
            .map(|c| Finding::UnreachedConstituent(c.id)),
    );
    out
}
