//! A client's overall stage, for one reply or a team alike: the assessment's own rule
//! ([`rule`]) applied to the client's position on each dimension. For one reply that position
//! is the stage the assessment counts, so the result is the reply's own overall stage; for a
//! team it is the median of the colleagues' counted stages, a median between two stages
//! counting as the lower of the two, as "between two" does in the assessment.

use super::Client;
use crate::content::dimension_label;
use crate::domain::assessment::{Dimension, MaturityStage};
use crate::domain::maturity::rule;

/// How a client's overall stage was reached.
#[derive(Clone, Debug, PartialEq)]
pub struct Overall {
    pub stage: MaturityStage,
    /// The highest stage more than half the answered dimensions reach.
    pub base: MaturityStage,
    /// How many answered dimensions reach `base` or above.
    pub reach: usize,
    pub answered: usize,
    /// The dimensions two or more stages below `base`, which hold the stage one lower.
    pub capped_by: Vec<Dimension>,
}

impl Client {
    /// The overall stage and how it was reached; None until a dimension is answered.
    pub fn overall(&self) -> Option<Overall> {
        let stages: Vec<(Dimension, MaturityStage)> = self
            .scores
            .iter()
            .map(|(d, s)| (*d, MaturityStage::from_index(s.max(0.0).floor() as usize)))
            .collect();
        let ruled = rule(&stages)?;
        Some(Overall {
            stage: ruled.stage,
            base: ruled.base,
            reach: stages.iter().filter(|(_, s)| *s >= ruled.base).count(),
            answered: stages.len(),
            capped_by: ruled.capped_by,
        })
    }

    /// The overall stage in words, with how it was reached for a team: "overall Efficient, 4 of
    /// 7 areas answered" for one reply; for a team the same, then how the rule ran.
    pub fn overall_words(&self) -> Option<String> {
        let o = self.overall()?;
        let mut s = format!(
            "overall {}, {} of {} areas answered",
            o.stage.label(),
            o.answered,
            Dimension::ALL.len()
        );
        let team = self.colleagues.len();
        if team < 2 {
            return Some(s);
        }
        s.push_str(&format!(
            ". Reached by the assessment's own rule, applied to the median of the {team} \
             colleagues' answers in each area (a median between two stages counts as the lower): "
        ));
        let areas = if o.answered == 1 { "area" } else { "areas" };
        if o.base == MaturityStage::Unaware && o.answered == 1 {
            s.push_str("the one area answered sits at Unaware");
        } else if o.base == MaturityStage::Unaware {
            s.push_str(&format!("most of the {} areas sit at Unaware", o.answered));
        } else {
            let verb = if o.reach == 1 { "reaches" } else { "reach" };
            s.push_str(&format!(
                "{} of the {} {areas} {verb} {} or above",
                o.reach,
                o.answered,
                o.base.label()
            ));
        }
        match o.capped_by.as_slice() {
            [] => s.push_str(&format!(", so the team is at {}.", o.stage.label())),
            capped => {
                let verb = if capped.len() == 1 { "sits" } else { "sit" };
                s.push_str(&format!(
                    ", but {} {verb} two or more stages lower, which holds the team at {}.",
                    and_list(capped),
                    o.stage.label()
                ));
            }
        }
        Some(s)
    }
}

/// Dimension names joined as a reader lists them: "A", "A and B", "A, B and C".
fn and_list(dims: &[Dimension]) -> String {
    let mut names: Vec<&str> = dims.iter().map(|d| dimension_label(*d)).collect();
    match names.pop() {
        None => String::new(),
        Some(last) if names.is_empty() => last.to_string(),
        Some(last) => format!("{} and {last}", names.join(", ")),
    }
}
