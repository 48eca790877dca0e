//! Where a company's team disagrees: each colleague's stage per dimension, the spread from the
//! lowest answer to the highest, and a flag where answers lie two stages or more apart. The
//! method's first sign that a team has no operating system is that two people asked the same
//! question give two different answers.

use super::Client;
use crate::content::dimension_label;
use crate::domain::assessment::{Dimension, MaturityStage};
use crate::domain::csv::Csv;
use crate::domain::Timestamp;

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

    /// What the answers call for, as the team view's last column says it: "Talk it through: 2
    /// stages apart" where they lie two stages or more apart.
    pub fn verdict(&self) -> String {
        match (self.answered(), self.gap()) {
            (0, _) => "Nothing yet: nobody answered".into(),
            (1, _) => "Wait for a second answer".into(),
            (_, 0) => "Nothing: the answers agree".into(),
            (_, 1) => "Nothing urgent: 1 stage apart".into(),
            (_, n) => format!("Talk it through: {n} stages apart"),
        }
    }

    /// The spread in stage words: "Efficient to Customer-Centric", one stage when all agree.
    pub fn spread_words(&self) -> String {
        match self.spread() {
            None => "Not answered".into(),
            Some((lo, _)) if self.answered() == 1 => format!("One answer: {}", lo.label()),
            Some((lo, hi)) if lo == hi && self.answered() == self.stages.len() => {
                format!("All at {}", lo.label())
            }
            // Some left it unanswered: say the agreement is among those who answered.
            Some((lo, hi)) if lo == hi => {
                format!("The {} who answered: {}", self.answered(), lo.label())
            }
            Some((lo, hi)) => format!("{} to {}", lo.label(), hi.label()),
        }
    }
}

/// The team view as a CSV file made `now`: one line per dimension, each naming the company and
/// the date, a column per colleague, the spread and what to do.
pub fn team_csv(client: &Client, now: Timestamp) -> String {
    let mut header = vec![
        "Company".to_string(),
        "Exported on".into(),
        "Dimension".into(),
    ];
    header.extend(client.colleagues.iter().map(|c| c.name.clone()));
    header.extend(["Spread".into(), "Stages apart".into(), "What to do".into()]);
    let mut csv = Csv::new(header);
    for row in TeamRow::all(client) {
        let mut line = vec![
            client.name.clone(),
            now.date_iso(),
            dimension_label(row.dimension).to_string(),
        ];
        line.extend(
            row.stages
                .iter()
                .map(|s| s.map_or("Not answered", MaturityStage::label).to_string()),
        );
        line.push(row.spread_words());
        line.push(row.gap().to_string());
        line.push(row.verdict());
        csv.row(line);
    }
    csv.finish()
}
