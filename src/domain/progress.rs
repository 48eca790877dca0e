//! How complete each part of a model is: the stage navigator and the workspace list show it.

use super::assessment::{Dimension, HealthState};
use super::dialogue::{CoverageStatus, DialogueSide, Importance, ProgramStatus};
use super::document::Document;
use super::mapping::{Direction, FlowStatus, Presence};
use super::maturity::{component, fitness, COMPONENT_KEYS, FITNESS_KEYS};
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
}

/// What a check asks for (worded by `content::progress::label`; `ui` knows where on the
/// part's page it is worked on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckItem {
    CompanyNamed,
    ConstituentsRated,
    SideACovered,
    SideBCovered,
    ProgramsMarked,
    SubFunctions,
    Functions,
    AnInput,
    AnOutput,
    FlowsOwned,
    OutputsMeasured,
    ShortList,
    ShortListOwned,
    WeeklyScorecard,
    MonthlyReport,
    QuarterlyPlanning,
    Dimension(Dimension),
    Components,
    Fitness,
}

/// One check towards a part being complete: one of the few decisions that make a usable
/// model (the rest of a stage is under "Go deeper" and counts towards its gaps, not here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub item: CheckItem,
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

    /// The checks still to do, in the page's order.
    pub fn missing(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| !c.done)
    }
}

fn percent(done: usize, total: usize) -> u32 {
    (done * 100).checked_div(total).unwrap_or(0) as u32
}

fn check(item: CheckItem, done: bool) -> Check {
    Check { item, done }
}

/// The parts `doc` is made of: all four, or those its invitation includes.
pub fn parts_of(doc: &Document) -> Vec<Part> {
    match &doc.invitation {
        Some(inv) => inv.modules.parts(),
        None => Part::ALL.to_vec(),
    }
}

/// The progress of every part of `doc` (each part, whether or not `doc` includes it).
pub fn progress(doc: &Document) -> Vec<PartProgress> {
    Part::ALL
        .iter()
        .map(|&part| part_progress(doc, part))
        .collect()
}

/// The progress of one part of `doc`.
pub fn part_progress(doc: &Document, part: Part) -> PartProgress {
    PartProgress {
        part,
        checks: checks(doc, part),
    }
}

/// Whole-model completeness in percent, over every check of the parts `doc` includes: the
/// same checks the navigator and each page's checklist show.
pub fn completeness(doc: &Document) -> u32 {
    let all: Vec<PartProgress> = parts_of(doc)
        .into_iter()
        .map(|p| part_progress(doc, p))
        .collect();
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
            vec![
                check(CheckItem::CompanyNamed, !doc.company.trim().is_empty()),
                check(
                    CheckItem::ConstituentsRated,
                    kept().next().is_some()
                        && kept().all(|c| {
                            c.importance_now != Importance::Unrated
                                && c.importance_next_year != Importance::Unrated
                        }),
                ),
                check(
                    CheckItem::SideACovered,
                    side_done(DialogueSide::ListenLearn),
                ),
                check(
                    CheckItem::SideBCovered,
                    side_done(DialogueSide::EducatePersuade),
                ),
                check(
                    CheckItem::ProgramsMarked,
                    kept().flat_map(|c| &c.programs).next().is_some()
                        && kept()
                            .flat_map(|c| &c.programs)
                            .all(|p| p.status != ProgramStatus::Unset),
                ),
            ]
        }
        Part::Mapping => {
            let outputs = || {
                m.flows
                    .iter()
                    .filter(|f| f.direction == Direction::Output && f.status != FlowStatus::Stop)
            };
            vec![
                check(CheckItem::SubFunctions, !m.sub_functions.is_empty()),
                check(CheckItem::Functions, !m.functions.is_empty()),
                check(
                    CheckItem::AnInput,
                    m.flows.iter().any(|f| f.direction == Direction::Input),
                ),
                check(CheckItem::AnOutput, outputs().next().is_some()),
                check(
                    CheckItem::FlowsOwned,
                    !m.flows.is_empty() && m.flows.iter().all(|f| f.owner.is_some()),
                ),
                check(
                    CheckItem::OutputsMeasured,
                    outputs().next().is_some()
                        && outputs().all(|f| f.kpis.iter().any(|k| !k.metric.trim().is_empty())),
                ),
            ]
        }
        Part::Operations => {
            let reviewed = |k| {
                o.review(k)
                    .is_some_and(|r| !r.owner.trim().is_empty() && !r.day.trim().is_empty())
            };
            vec![
                check(CheckItem::ShortList, !o.kpis.is_empty()),
                check(
                    CheckItem::ShortListOwned,
                    !o.kpis.is_empty()
                        && o.kpis
                            .iter()
                            .all(|k| !k.owner.trim().is_empty() && k.target.is_some()),
                ),
                check(
                    CheckItem::WeeklyScorecard,
                    reviewed(ReviewKind::WeeklyScorecard),
                ),
                check(
                    CheckItem::MonthlyReport,
                    reviewed(ReviewKind::MonthlyReport),
                ),
                check(
                    CheckItem::QuarterlyPlanning,
                    reviewed(ReviewKind::QuarterlyPlanning),
                ),
            ]
        }
        Part::Assessment => {
            let a = &doc.assessment;
            let mut list: Vec<Check> = Dimension::ALL
                .iter()
                .map(|&dim| {
                    check(
                        CheckItem::Dimension(dim),
                        a.answer(dim).is_some_and(|a| a.stage.is_some()),
                    )
                })
                .collect();
            let now = doc.updated_at;
            list.push(check(
                CheckItem::Components,
                COMPONENT_KEYS
                    .iter()
                    .all(|k| component(doc, k, now).value != HealthState::Unset),
            ));
            list.push(check(
                CheckItem::Fitness,
                FITNESS_KEYS
                    .iter()
                    .all(|k| fitness(doc, k).value != Presence::Unset),
            ));
            list
        }
    }
}
