//! Where a company's team disagrees: each colleague's stage per dimension, the spread from the
//! lowest answer to the highest, and a flag where answers lie two stages or more apart. The
//! method's first sign that a team has no operating system is that two people asked the same
//! question give two different answers.

use super::Client;
use crate::domain::assessment::{Dimension, MaturityStage};

/// How many stages apart two colleagues' answers must be for a dimension to be flagged.
pub const CONVERSATION_GAP: usize = 2;

/// One dimension of the team view.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamRow {
    pub dimension: Dimension,
    /// Each colleague's stage, in the client's colleague order; None where not answered.
    pub stages: Vec<Option<MaturityStage>>,
}

impl TeamRow {
    /// Every row of a client's team view, in questionnaire order.
    pub fn all(client: &Client) -> Vec<TeamRow> {
        Dimension::ALL
            .into_iter()
            .map(|dimension| TeamRow {
                dimension,
                stages: client
                    .colleagues
                    .iter()
                    .map(|c| c.stage(dimension))
                    .collect(),
            })
            .collect()
    }

    /// The lowest and highest answers; None when nobody answered.
    pub fn spread(&self) -> Option<(MaturityStage, MaturityStage)> {
        let answered = self.stages.iter().flatten();
        Some((*answered.clone().min()?, *answered.max()?))
    }

    /// How many colleagues answered.
    pub fn answered(&self) -> usize {
        self.stages.iter().flatten().count()
    }

    /// How many stages lie between the lowest and the highest answer.
    pub fn gap(&self) -> usize {
        self.spread().map_or(0, |(lo, hi)| hi.index() - lo.index())
    }

    /// Whether the answers differ by two stages or more: a conversation to have.
    pub fn to_talk_about(&self) -> bool {
        self.gap() >= CONVERSATION_GAP
    }
}
