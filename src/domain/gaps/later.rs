//! The gaps of Stage 3, the assessment and the diagnostic questions.

use super::{not_yet, GapArea, GapKind, Gaps, Severity};
use crate::domain::assessment::HealthState;
use crate::domain::document::Document;
use crate::domain::ids::Timestamp;
use crate::domain::maturity::{COMPONENT_KEYS, DRIVER_KEYS, FITNESS_KEYS, SIGNS_ALARM};
use crate::domain::plan::QUESTION_KEYS;
use crate::domain::scorecard::{scorecard, Quarter, Status};
use crate::domain::target::Target;

/// Where a fitness question's gap is worked on.
fn fitness_target(key: &str) -> Target {
    match key {
        "accountable" => Target::Raci,
        "market_driven" => Target::Dialogue,
        "efficient" => Target::Map,
        _ => Target::Pathways,
    }
}

impl Document {
    pub(super) fn operations_gaps(&self, out: &mut Gaps, now: Timestamp) {
        let o = &self.operations;
        let mut without = 0;
        for f in &self.mapping.flows {
            match o.pathway(f.id) {
                None => without += 1,
                Some(p) => {
                    let missing = p.gaps();
                    if missing.is_empty() {
                        continue;
                    }
                    out.push(
                        format!("ops:pathway:{}", f.id.0),
                        GapArea::Operations,
                        Severity::Medium,
                        Target::Pathway(f.id),
                        GapKind::Pathway {
                            flow: f.name.trim().to_string(),
                            missing,
                        },
                    );
                }
            }
        }
        if without > 0 {
            out.push(
                "ops:pathways",
                GapArea::Operations,
                Severity::Low,
                Target::Pathways,
                GapKind::NoPathways(without),
            );
        }
        for row in &o.raci {
            if !row.problems(&o.raci_roles).is_empty() {
                out.push(
                    format!("ops:raci:{}", row.id.0),
                    GapArea::Operations,
                    Severity::High,
                    Target::Raci,
                    GapKind::Raci {
                        subject: self.raci_subject(row),
                    },
                );
            }
        }
        for k in scorecard(self, Quarter::of(now)) {
            if k.to_date.is_some_and(|t| t.status == Status::OffTrack) {
                out.push(
                    format!("kpi:{}", k.kpi.0),
                    GapArea::Operations,
                    Severity::High,
                    Target::Scorecard,
                    GapKind::OffTrack { metric: k.metric },
                );
            }
        }
    }

    pub(super) fn maturity_gaps(&self, out: &mut Gaps, now: Timestamp) {
        let a = &self.assessment;
        let result = crate::domain::maturity::outcome(a);
        for d in &result.capped_by {
            out.push(
                format!("assess:capped:{d:?}"),
                GapArea::Maturity,
                Severity::High,
                Target::Dimension(*d),
                GapKind::Capped(*d),
            );
        }
        for d in &result.discounted {
            out.push(
                format!("assess:evidence:{d:?}"),
                GapArea::Maturity,
                Severity::Low,
                Target::Dimension(*d),
                GapKind::Evidence(*d),
            );
        }
        for key in COMPONENT_KEYS {
            let (severity, missing) = match crate::domain::maturity::component(self, key, now).value
            {
                HealthState::Missing => (Severity::High, true),
                HealthState::Partial => (Severity::Medium, false),
                _ => continue,
            };
            out.push(
                format!("assess:component:{key}"),
                GapArea::Maturity,
                severity,
                Target::Rhythm,
                GapKind::Component { key, missing },
            );
        }
        for key in FITNESS_KEYS {
            let answer = crate::domain::maturity::fitness(self, key).value;
            if let Some(severity) = not_yet(answer, Severity::High, Severity::Medium) {
                out.push(
                    format!("assess:fitness:{key}"),
                    GapArea::Maturity,
                    severity,
                    fitness_target(key),
                    GapKind::Fitness(key),
                );
            }
        }
        if let Some(severity) = not_yet(
            crate::domain::maturity::rhythm(self, now).value,
            Severity::High,
            Severity::Medium,
        ) {
            out.push(
                "assess:rhythm",
                GapArea::Maturity,
                severity,
                Target::Scorecard,
                GapKind::Rhythm,
            );
        }
        let signs = a.signs.len();
        if signs >= SIGNS_ALARM {
            out.push(
                "assess:signs",
                GapArea::Maturity,
                Severity::High,
                Target::Health,
                GapKind::Signs(signs),
            );
        }
        for key in DRIVER_KEYS {
            let answer = a
                .drivers
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| *v)
                .unwrap_or_default();
            if let Some(severity) = not_yet(answer, Severity::Medium, Severity::Low) {
                out.push(
                    format!("assess:driver:{key}"),
                    GapArea::Maturity,
                    severity,
                    Target::Drivers,
                    GapKind::Driver(key),
                );
            }
        }
    }

    pub(super) fn diagnostic_gaps(&self, out: &mut Gaps) {
        // In the questions' own order, not the order they were rated in.
        for key in QUESTION_KEYS {
            let Some(r) = self.diagnostics.ratings.iter().find(|r| r.question == key) else {
                continue;
            };
            let (Some(c), Some(i)) = (r.current, r.ideal) else {
                continue;
            };
            if i <= c {
                continue;
            }
            let severity = match i - c {
                1 => Severity::Low,
                2 => Severity::Medium,
                _ => Severity::High,
            };
            out.push(
                format!("diag:{key}"),
                GapArea::Diagnostics,
                severity,
                Target::Question(key.to_string()),
                GapKind::Question {
                    key,
                    current: c,
                    ideal: i,
                },
            );
        }
    }
}
