//! Every gap the model shows, in one list: each with the element it points at, an area and a
//! severity, ranked by one stated rule (worded in `content::gaps`). The diagnostics page, the
//! assessment, the report and the exports all count from this one list; `content::gaps` gives
//! each gap its words.

use super::assessment::{Dimension, MaturityStage};
use super::dialogue::{CoverageStatus, DialogueSide, Priority, ProgramStatus};
use super::document::Document;
use super::findings::Finding;
use super::ids::Timestamp;
use super::mapping::{FlowStatus, Presence, SkillQuestion, TeamPractice};
use super::operations::PathwayGap;
use super::target::Target;
use super::team::Role;

mod later;

/// Where in the method a gap lies; the list is grouped in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GapArea {
    Market,
    Team,
    Operations,
    Maturity,
    Diagnostics,
}

impl GapArea {
    pub const ALL: [GapArea; 5] = [
        GapArea::Market,
        GapArea::Team,
        GapArea::Operations,
        GapArea::Maturity,
        GapArea::Diagnostics,
    ];
}

/// How much a gap matters: high first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    High,
    Medium,
    Low,
}

/// What is missing, with what its words need (names as the model holds them).
#[derive(Clone, Debug, PartialEq)]
pub enum GapKind {
    /// A listen or speak category nothing covers.
    Category { name: String, side: DialogueSide },
    /// A constituent's program marked as a gap.
    Program {
        program: String,
        constituent: String,
    },
    /// A flow marked as a gap in the map.
    Flow { name: String },
    /// A finding of the Stage 2 map.
    Finding(Finding),
    /// A marketing-to-marketing loop practice not yet in place.
    TeamLoop(TeamPractice),
    /// A knowledge-and-skill question not yet answered yes.
    Skill(SkillQuestion),
    /// A role the next stage needs that nobody covers and no decision settles.
    Role { role: Role, target: MaturityStage },
    /// A flow's pathway that lacks parts.
    Pathway {
        flow: String,
        missing: Vec<PathwayGap>,
    },
    /// Flows with no pathway at all, how many.
    NoPathways(usize),
    /// A RACI row without one accountable and a responsible role.
    Raci { subject: String },
    /// A KPI off track for the quarter so far.
    OffTrack { metric: String },
    /// An assessment dimension holding the overall stage back.
    Capped(Dimension),
    /// A claimed stage counted one lower for want of evidence.
    Evidence(Dimension),
    /// A component of the operating system missing, or only partly there.
    Component { key: &'static str, missing: bool },
    /// A fitness question not yet answered yes.
    Fitness(&'static str),
    /// The weekly scorecard rhythm is not running.
    Rhythm,
    /// Enough signs of a missing operating system, how many.
    Signs(usize),
    /// A strategic driver not yet in place.
    Driver(&'static str),
    /// A diagnostic question rated below its ideal.
    Question {
        key: &'static str,
        current: u8,
        ideal: u8,
    },
}

/// Something in the model that wants fixing.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// Stable while the gap lasts; an action made from it keeps this as its source.
    pub key: String,
    pub area: GapArea,
    pub severity: Severity,
    /// Where in the model to work on it.
    pub target: Target,
    pub kind: GapKind,
}

fn finding_severity(f: &Finding) -> Severity {
    match f {
        Finding::UnownedFlow(_)
        | Finding::OutputWithoutKpi(_)
        | Finding::SecondaryTrap { .. }
        | Finding::NoCapacity(_)
        | Finding::UnreachedConstituent(_) => Severity::High,
        Finding::IdleSubFunction(_)
        | Finding::Overloaded { .. }
        | Finding::UnmeasuredKpi { proxy: false, .. } => Severity::Medium,
        Finding::UnmeasuredKpi { proxy: true, .. } | Finding::InputFeedsNothing(_) => Severity::Low,
    }
}

/// The answer stored under `key` in a keyed list, unanswered when missing.
fn answer<K: PartialEq>(list: &[(K, Presence)], key: K) -> Presence {
    list.iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| *v)
        .unwrap_or_default()
}

/// No, then partly: the answers that leave a gap, and how much each matters.
fn not_yet(p: Presence, no: Severity, partly: Severity) -> Option<Severity> {
    match p {
        Presence::No => Some(no),
        Presence::Partly => Some(partly),
        _ => None,
    }
}

/// Collects gaps, each from its parts.
struct Gaps(Vec<Gap>);

impl Gaps {
    fn push(
        &mut self,
        key: impl Into<String>,
        area: GapArea,
        severity: Severity,
        target: Target,
        kind: GapKind,
    ) {
        self.0.push(Gap {
            key: key.into(),
            area,
            severity,
            target,
            kind,
        });
    }
}

impl Document {
    /// Everything that wants fixing, from every part of the model, ranked by area, then
    /// severity, then the model's own order. The order depends on the model alone.
    pub fn gaps(&self, now: Timestamp) -> Vec<Gap> {
        let mut out = Gaps(Vec::new());
        self.market_gaps(&mut out);
        self.team_gaps(&mut out);
        self.operations_gaps(&mut out, now);
        self.maturity_gaps(&mut out, now);
        self.diagnostic_gaps(&mut out);
        // Stable: equal gaps keep the order they were gathered in.
        out.0.sort_by_key(|g| (g.area, g.severity));
        out.0
    }

    fn market_gaps(&self, out: &mut Gaps) {
        let d = &self.dialogue;
        for c in d.categories.iter() {
            if c.status == CoverageStatus::Gap {
                out.push(
                    format!("category:{}", c.id.0),
                    GapArea::Market,
                    Severity::Medium,
                    Target::Category(c.id),
                    GapKind::Category {
                        name: c.name.trim().to_string(),
                        side: c.side,
                    },
                );
            }
        }
        for c in d.constituents.iter().filter(|c| c.enabled) {
            for p in c.programs.iter().filter(|p| p.status == ProgramStatus::Gap) {
                let severity = match p.priority {
                    Priority::High => Severity::High,
                    Priority::Low => Severity::Low,
                    _ => Severity::Medium,
                };
                out.push(
                    format!("program:{}", p.id.0),
                    GapArea::Market,
                    severity,
                    Target::Program(p.id),
                    GapKind::Program {
                        program: p.name.trim().to_string(),
                        constituent: c.name.trim().to_string(),
                    },
                );
            }
        }
    }

    fn team_gaps(&self, out: &mut Gaps) {
        let m = &self.mapping;
        for f in m.flows.iter().filter(|f| f.status == FlowStatus::Gap) {
            out.push(
                format!("flow:{}", f.id.0),
                GapArea::Team,
                Severity::Medium,
                Target::Flow(f.id),
                GapKind::Flow {
                    name: f.name.trim().to_string(),
                },
            );
        }
        for f in super::findings::findings(self) {
            out.push(
                format!("finding:{f:?}"),
                GapArea::Team,
                finding_severity(&f),
                f.target(),
                GapKind::Finding(f),
            );
        }
        for p in TeamPractice::ALL {
            if let Some(s) = not_yet(answer(&m.team_loop, p), Severity::Medium, Severity::Low) {
                let kind = GapKind::TeamLoop(p);
                out.push(
                    format!("team-loop:{p:?}"),
                    GapArea::Team,
                    s,
                    Target::TeamLoop,
                    kind,
                );
            }
        }
        for q in SkillQuestion::ALL {
            if let Some(s) = not_yet(answer(&m.skills, q), Severity::Medium, Severity::Low) {
                out.push(
                    format!("skill:{q:?}"),
                    GapArea::Team,
                    s,
                    Target::TeamLoop,
                    GapKind::Skill(q),
                );
            }
        }
        // Roles the next stage needs, once someone on the team page has a role and no decision
        // is made. (People named only in Stage 2 say who works where, not that the team's
        // operations roles were looked at.)
        let team = &self.operations.team;
        if team.people.iter().any(|p| !p.roles.is_empty()) {
            let assessed = super::maturity::outcome(&self.assessment).stage;
            let target = super::team::target_stage(assessed);
            for need in super::team::needs(self, target) {
                if need.is_gap() && team.decision(need.role).is_none() {
                    out.push(
                        format!("role:{:?}", need.role),
                        GapArea::Team,
                        if need.serves_missing_driver {
                            Severity::High
                        } else {
                            Severity::Medium
                        },
                        Target::NextStage,
                        GapKind::Role {
                            role: need.role,
                            target,
                        },
                    );
                }
            }
        }
    }
}
