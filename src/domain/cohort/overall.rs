//! A client's overall stage, for one reply or a team alike: the assessment's own rule
//! ([`rule`]) applied to the client's position on each dimension. For one reply that position
//! is the stage the assessment counts, so the result is the reply's own overall stage; for a
//! team it is the median of the colleagues' counted stages, a median between two stages
//! counting as the lower of the two, as "between two" does in the assessment.

use super::Client;
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
}
