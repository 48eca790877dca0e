//! Scoring the maturity self-assessment, and the health checks the rest of the model can
//! already answer.
//!
//! The overall stage rule, as the page states it:
//! 1. A claim of Effective or above with no evidence written down counts one stage lower
//!    (self-ratings run high; evidence is what makes a claim count in full).
//! 2. The overall stage is the highest stage that most (more than half) of the answered
//!    dimensions reach ("between two" counts as the lower of the two).
//! 3. If any answered dimension sits two or more stages below that, the overall stage drops by
//!    one: a system is only as mature as its weak parts allow.

use super::assessment::{Assessment, Dimension, DimensionAnswer, HealthState, MaturityStage};
use super::document::Document;
use super::ids::Timestamp;
use super::mapping::Presence;
use super::operations::ReviewKind;
use super::scorecard::{Quarter, Week};

/// A dimension's position: 0 (Unaware) to 4 (Next Generation), plus a half for "between".
pub fn score(a: &DimensionAnswer) -> Option<f64> {
    let s = a.stage?;
    let half = if a.between_next && s.next().is_some() {
        0.5
    } else {
        0.0
    };
    Some(s.index() as f64 + half)
}

/// The stage a dimension counts as in the overall rule: one lower for an unevidenced claim of
/// Effective or above.
pub fn counted(a: &DimensionAnswer) -> Option<MaturityStage> {
    let s = a.stage?;
    if s >= MaturityStage::Effective && a.evidence.trim().is_empty() {
        Some(MaturityStage::from_index(s.index() - 1))
    } else {
        Some(s)
    }
}

/// The assessment's result.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    /// None until at least one dimension is answered.
    pub stage: Option<MaturityStage>,
    pub answered: usize,
    /// Dimensions whose claim counted one lower for want of evidence.
    pub discounted: Vec<Dimension>,
    /// The weakest dimensions that pulled the overall stage down by one, if any did.
    pub capped_by: Vec<Dimension>,
    /// Each answered dimension's position (see [`score`]), in questionnaire order.
    pub scores: Vec<(Dimension, f64)>,
}

impl Outcome {
    /// Lowest to highest position among answered dimensions.
    pub fn spread(&self) -> Option<(f64, f64)> {
        let mut it = self.scores.iter().map(|(_, s)| *s);
        let first = it.next()?;
        Some(it.fold((first, first), |(lo, hi), s| (lo.min(s), hi.max(s))))
    }

    pub fn complete(&self) -> bool {
        self.answered == Dimension::ALL.len()
    }
}

/// Scores an assessment by the rule in this module's documentation.
pub fn outcome(a: &Assessment) -> Outcome {
    let mut out = Outcome::default();
    let mut stages = Vec::new();
    for d in Dimension::ALL {
        let Some(ans) = a.answer(d) else { continue };
        let (Some(sc), Some(c)) = (score(ans), counted(ans)) else {
            continue;
        };
        out.scores.push((d, sc));
        if Some(c) != ans.stage {
            out.discounted.push(d);
        }
        stages.push((d, c));
    }
    out.answered = stages.len();
    if let Some(r) = rule(&stages) {
        out.stage = Some(r.stage);
        out.capped_by = r.capped_by;
    }
    out
}

/// The overall stage rule (steps 2 and 3) applied to counted stages.
#[derive(Clone, Debug, PartialEq)]
pub struct Ruled {
    /// The highest stage more than half the dimensions reach.
    pub base: MaturityStage,
    /// `base`, or one lower when a dimension sits two or more stages below it.
    pub stage: MaturityStage,
    /// The dimensions two or more stages below `base`.
    pub capped_by: Vec<Dimension>,
}

/// Steps 2 and 3 of the rule over each dimension's counted stage; None when there are none.
/// Kept apart from [`outcome`] so a team's positions are judged by the very same rule.
pub fn rule(stages: &[(Dimension, MaturityStage)]) -> Option<Ruled> {
    let mut sorted: Vec<usize> = stages.iter().map(|(_, s)| s.index()).collect();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let base = *sorted.get(sorted.len() / 2)?;
    let capped_by: Vec<Dimension> = stages
        .iter()
        .filter(|(_, s)| s.index() + 2 <= base)
        .map(|(d, _)| *d)
        .collect();
    let stage = if capped_by.is_empty() { base } else { base - 1 };
    Some(Ruled {
        base: MaturityStage::from_index(base),
        stage: MaturityStage::from_index(stage),
        capped_by,
    })
}

/// A health-check answer: the user's own, or else what the model already shows (with where it
/// came from).
#[derive(Clone, Debug, PartialEq)]
pub struct Checked<T> {
    pub value: T,
    /// Set when the value comes from the model rather than from the user.
    pub from_model: Option<Evidence>,
}

/// What in Stage 3 gave a health check its answer (worded by `content::assessment::evidence`).
#[derive(Clone, Debug, PartialEq)]
pub enum Evidence {
    /// This many KPIs on the short list, each with a target and an owner.
    KpisComplete(usize),
    /// KPIs on the short list, `missing` of them without a target or an owner.
    KpisIncomplete { total: usize, missing: usize },
    /// Where the dashboard lives.
    Dashboard(String),
    /// How many of the three reviews have an owner and a day.
    Reviews(usize),
    /// Who writes the monthly report.
    ReportOwner(String),
    /// Budget lines for this quarter (its key).
    BudgetThisQuarter(String),
    /// Budget lines, none for this quarter (its key).
    BudgetNotThisQuarter(String),
    /// The weekly scorecard has an owner and recent actuals.
    ScorecardRunning,
    /// The weekly scorecard has an owner but no recent actuals.
    ScorecardWithoutActuals,
    /// Recent actuals, but no owner for the weekly review.
    ActualsWithoutOwner,
    /// Every KPI has an owner and every RACI row one accountable role.
    Accountable,
    /// KPI owners or sound RACI rows, not both.
    PartlyAccountable,
}

fn mine<T>(value: T) -> Checked<T> {
    Checked {
        value,
        from_model: None,
    }
}

fn found<T>(value: T, why: Evidence) -> Checked<T> {
    Checked {
        value,
        from_model: Some(why),
    }
}

/// The state of one of the five components (`kpis`, `dashboard`, `reviews`, `report`,
/// `plan`): the user's answer, or what Stages 1–3 show. Only evidence the model holds is used;
/// where the model says nothing, the answer stays open.
pub fn component(doc: &Document, key: &str, now: Timestamp) -> Checked<HealthState> {
    let own = doc
        .assessment
        .components
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| *v)
        .unwrap_or_default();
    if own != HealthState::Unset {
        return mine(own);
    }
    let o = &doc.operations;
    match key {
        "kpis" if !o.kpis.is_empty() => {
            let complete = o
                .kpis
                .iter()
                .filter(|k| k.target.is_some() && !k.owner.trim().is_empty())
                .count();
            if complete == o.kpis.len() {
                found(HealthState::Present, Evidence::KpisComplete(complete))
            } else {
                found(
                    HealthState::Partial,
                    Evidence::KpisIncomplete {
                        total: o.kpis.len(),
                        missing: o.kpis.len() - complete,
                    },
                )
            }
        }
        "dashboard" if !o.dashboard.trim().is_empty() => found(
            HealthState::Present,
            Evidence::Dashboard(o.dashboard.trim().to_string()),
        ),
        "reviews" => {
            let set_up = o
                .reviews
                .iter()
                .filter(|(_, r)| !r.owner.trim().is_empty() && !r.day.trim().is_empty())
                .count();
            match set_up {
                0 => mine(HealthState::Unset),
                3 => found(HealthState::Present, Evidence::Reviews(3)),
                n => found(HealthState::Partial, Evidence::Reviews(n)),
            }
        }
        "report" => match o.review(ReviewKind::MonthlyReport) {
            Some(r) if !r.owner.trim().is_empty() => found(
                HealthState::Present,
                Evidence::ReportOwner(r.owner.trim().to_string()),
            ),
            _ => mine(HealthState::Unset),
        },
        "plan" if !o.budget.is_empty() => {
            let q = Quarter::of(now).key();
            if o.budget.iter().any(|b| b.quarter == q) {
                found(HealthState::Present, Evidence::BudgetThisQuarter(q))
            } else {
                found(HealthState::Partial, Evidence::BudgetNotThisQuarter(q))
            }
        }
        _ => mine(HealthState::Unset),
    }
}

/// Whether the team runs a weekly scorecard inside a quarterly window: the user's answer, or
/// what Stage 3 shows (an owner for the weekly review, and actuals for last week or this one).
pub fn rhythm(doc: &Document, now: Timestamp) -> Checked<Presence> {
    let own = doc.assessment.rhythm;
    if own != Presence::Unset {
        return mine(own);
    }
    let o = &doc.operations;
    let owner = o
        .review(ReviewKind::WeeklyScorecard)
        .is_some_and(|r| !r.owner.trim().is_empty());
    let today = (now.0 / 86_400_000) as i64;
    let recent = [Week::of_day(today).key(), Week::of_day(today - 7).key()];
    let current = o.actuals.iter().any(|a| recent.contains(&a.week));
    match (owner, current) {
        (true, true) => found(Presence::Yes, Evidence::ScorecardRunning),
        (true, false) => found(Presence::Partly, Evidence::ScorecardWithoutActuals),
        (false, true) => found(Presence::Partly, Evidence::ActualsWithoutOwner),
        (false, false) => mine(Presence::Unset),
    }
}

/// A fitness-test answer: the user's, or for accountability what Stage 3 shows (every KPI on
/// the short list has an owner and every RACI row one accountable role).
pub fn fitness(doc: &Document, key: &str) -> Checked<Presence> {
    let own = doc
        .assessment
        .fitness
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| *v)
        .unwrap_or_default();
    if own != Presence::Unset || key != "accountable" {
        return mine(own);
    }
    let o = &doc.operations;
    let owned = !o.kpis.is_empty() && o.kpis.iter().all(|k| !k.owner.trim().is_empty());
    let raci = !o.raci.is_empty() && o.raci.iter().all(|r| r.problems(&o.raci_roles).is_empty());
    match (owned, raci) {
        (true, true) => found(Presence::Yes, Evidence::Accountable),
        (true, false) | (false, true) => found(Presence::Partly, Evidence::PartlyAccountable),
        (false, false) => mine(Presence::Unset),
    }
}

/// The stored keys of the five components of a working operating system, in the method's
/// order (their words: `content::assessment::COMPONENTS`).
pub const COMPONENT_KEYS: [&str; 5] = ["kpis", "dashboard", "reviews", "report", "plan"];
/// The stored keys of the four fitness questions, in order.
pub const FITNESS_KEYS: [&str; 4] = ["scalable", "accountable", "market_driven", "efficient"];
/// The stored keys of the three strategic drivers, in order.
pub const DRIVER_KEYS: [&str; 3] = ["accountability", "digital", "customer"];
/// How many signs of a missing operating system together mean it is missing.
pub const SIGNS_ALARM: usize = 3;

/// How many questions the assessment has, and how many are answered (prefilled count).
pub fn answered(doc: &Document, now: Timestamp) -> (usize, usize) {
    let a = &doc.assessment;
    let dims = Dimension::ALL
        .iter()
        .filter(|d| a.answer(**d).is_some_and(|x| x.stage.is_some()))
        .count();
    let comps = COMPONENT_KEYS
        .iter()
        .filter(|k| component(doc, k, now).value != HealthState::Unset)
        .count();
    let fit = FITNESS_KEYS
        .iter()
        .filter(|k| fitness(doc, k).value != Presence::Unset)
        .count();
    let drivers = a
        .drivers
        .iter()
        .filter(|(_, p)| *p != Presence::Unset)
        .count()
        .min(3);
    let rhythm = usize::from(rhythm(doc, now).value != Presence::Unset);
    (dims + comps + fit + drivers + rhythm, 7 + 5 + 4 + 3 + 1)
}
