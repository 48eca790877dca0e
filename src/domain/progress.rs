//! How complete each part of a model is: the stage navigator and the workspace list show it.

use super::assessment::Dimension;
use super::dialogue::{ConstituentKind, CoverageStatus, DialogueSide, Importance, ProgramStatus};
use super::document::Document;
use super::mapping::Direction;
use super::operations::ReviewKind;

/// The parts of the method a user works through, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Dialogue,
    Mapping,
    Operations,
    Assessment,
}

impl Part {
    /// All parts in the order the navigator shows them.
    pub const ALL: [Part; 4] = [
        Part::Dialogue,
        Part::Mapping,
        Part::Operations,
        Part::Assessment,
    ];

    /// The part's name as the navigator and reports show it.
    pub fn label(self) -> &'static str {
        match self {
            Part::Dialogue => "Stage 1: Define the dialogue",
            Part::Mapping => "Stage 2: Map inputs and outputs",
            Part::Operations => "Stage 3: Operationalise",
            Part::Assessment => "Maturity assessment",
        }
    }
}

/// One check towards a part being complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub label: &'static str,
    pub done: bool,
}

/// The checks of one part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartProgress {
    pub part: Part,
    pub checks: Vec<Check>,
}

impl PartProgress {
    /// How many checks are done.
    pub fn done(&self) -> usize {
        self.checks.iter().filter(|c| c.done).count()
    }

    /// Whole percent done, rounded down.
    pub fn percent(&self) -> u32 {
        percent(self.done(), self.checks.len())
    }
}

fn percent(done: usize, total: usize) -> u32 {
    (done * 100).checked_div(total).unwrap_or(0) as u32
}

fn check(label: &'static str, done: bool) -> Check {
    Check { label, done }
}

/// The progress of every part of `doc`.
pub fn progress(doc: &Document) -> Vec<PartProgress> {
    Part::ALL
        .iter()
        .map(|&part| PartProgress {
            part,
            checks: checks(doc, part),
        })
        .collect()
}

/// Whole-model completeness in percent, over every check of every part.
pub fn completeness(doc: &Document) -> u32 {
    let all = progress(doc);
    let done = all.iter().map(PartProgress::done).sum();
    let total = all.iter().map(|p| p.checks.len()).sum();
    percent(done, total)
}

fn checks(doc: &Document, part: Part) -> Vec<Check> {
    let d = &doc.dialogue;
    let m = &doc.mapping;
    let o = &doc.operations;
    match part {
        Part::Dialogue => {
            let kept = || d.constituents.iter().filter(|c| c.enabled);
            let side_done = |side| {
                let mut cats = d.categories_on(side).peekable();
                cats.peek().is_some() && cats.all(|c| c.status != CoverageStatus::Unset)
            };
            let active = |c: &&crate::domain::dialogue::Category| {
                matches!(c.status, CoverageStatus::InPlace | CoverageStatus::Partial)
            };
            vec![
                check("The company is named", !doc.company.trim().is_empty()),
                check(
                    "Every constituent you kept is rated for now and for 12 months",
                    kept().next().is_some()
                        && kept().all(|c| {
                            c.importance_now != Importance::Unrated
                                && c.importance_next_year != Importance::Unrated
                        }),
                ),
                check(
                    "Your customers and prospects are broken into segments",
                    d.constituents.iter().any(|c| {
                        c.enabled
                            && c.kind == ConstituentKind::CustomersProspects
                            && !c.segments.is_empty()
                    }),
                ),
                check(
                    "Side A, listen & learn, has a status for each category",
                    side_done(DialogueSide::ListenLearn),
                ),
                check(
                    "Side B, educate & persuade, has a status for each category",
                    side_done(DialogueSide::EducatePersuade),
                ),
                check(
                    "Every category you run says whom it reaches",
                    d.categories.iter().any(|c| active(&c))
                        && d.categories
                            .iter()
                            .filter(active)
                            .all(|c| !c.reaches.is_empty()),
                ),
                check("Loop A1 has an owner", !d.loop_a1.owner.trim().is_empty()),
                check("Loop B1 has an owner", !d.loop_b1.owner.trim().is_empty()),
                check(
                    "Every supporting program is marked have, gap or not now",
                    kept().flat_map(|c| &c.programs).next().is_some()
                        && kept()
                            .flat_map(|c| &c.programs)
                            .all(|p| p.status != ProgramStatus::Unset),
                ),
            ]
        }
        Part::Mapping => vec![
            check("The team has sub-functions", !m.sub_functions.is_empty()),
            check(
                "The company functions you work with are listed",
                !m.functions.is_empty(),
            ),
            check(
                "At least one input",
                m.flows.iter().any(|f| f.direction == Direction::Input),
            ),
            check(
                "At least one output",
                m.flows.iter().any(|f| f.direction == Direction::Output),
            ),
            check(
                "Every flow has an owner",
                !m.flows.is_empty() && m.flows.iter().all(|f| f.owner.is_some()),
            ),
            check(
                "Every output has a KPI",
                m.flows.iter().any(|f| f.direction == Direction::Output)
                    && m.flows
                        .iter()
                        .filter(|f| f.direction == Direction::Output)
                        .all(|f| !f.kpis.is_empty()),
            ),
        ],
        Part::Operations => vec![
            check(
                "Teaching the system has a format for each audience",
                !o.teaching.is_empty()
                    && o.teaching.iter().all(|(_, t)| !t.format.trim().is_empty()),
            ),
            check("The dashboard has a home", !o.dashboard.trim().is_empty()),
            check(
                "The weekly scorecard has an owner",
                o.review(ReviewKind::WeeklyScorecard)
                    .is_some_and(|r| !r.owner.trim().is_empty()),
            ),
            check("A KPI short list is picked", !o.kpis.is_empty()),
            check(
                "A forum carries flows between teams",
                o.forums.iter().any(|f| !f.flows.is_empty()),
            ),
            check(
                "Every flow has systems, expertise and resource",
                !m.flows.is_empty()
                    && m.flows
                        .iter()
                        .all(|f| o.pathway(f.id).is_some_and(|p| p.gaps().is_empty())),
            ),
            check(
                "RACI rows each have one A and at least one R",
                !o.raci.is_empty() && o.raci.iter().all(|r| r.problems(&o.raci_roles).is_empty()),
            ),
            check("At least one SLA between teams", !o.slas.is_empty()),
        ],
        Part::Assessment => Dimension::ALL
            .iter()
            .map(|&dim| {
                check(
                    crate::content::dimension_label(dim),
                    doc.assessment
                        .answer(dim)
                        .is_some_and(|a| a.stage.is_some()),
                )
            })
            .collect(),
    }
}
