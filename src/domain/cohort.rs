//! A consultant's private benchmark: clients' maturity results side by side, with the median
//! and spread per dimension and where each client sits. Computed on the consultant's machine
//! from the models in their workspace; nothing leaves it.

use super::assessment::{Dimension, MaturityStage};
use super::maturity::outcome;
use super::Document;

/// One client in the cohort: their name and each answered dimension's position (0–4).
#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    pub name: String,
    pub scores: Vec<(Dimension, f64)>,
    /// The overall stage by the assessment's rule.
    pub stage: Option<MaturityStage>,
}

impl Client {
    /// A client's results, read from their model's assessment.
    pub fn of(doc: &Document) -> Client {
        let result = outcome(&doc.assessment);
        Client {
            name: doc.display_name().to_string(),
            scores: result.scores,
            stage: result.stage,
        }
    }

    pub fn score(&self, dimension: Dimension) -> Option<f64> {
        self.scores
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, s)| *s)
    }
}

/// Where a client sits against the cohort's median on one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Below,
    AtMedian,
    Above,
}

/// The cohort's figures for one dimension, over the clients who answered it.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub dimension: Dimension,
    /// How many clients answered it.
    pub answered: usize,
    pub median: f64,
    pub lowest: f64,
    pub highest: f64,
    /// The middle half: first and third quartiles (medians of the lower and upper halves).
    pub lower_quartile: f64,
    pub upper_quartile: f64,
}

impl Spread {
    /// Where a score sits against this dimension's median.
    pub fn position(&self, score: f64) -> Position {
        if (score - self.median).abs() < 1e-9 {
            Position::AtMedian
        } else if score < self.median {
            Position::Below
        } else {
            Position::Above
        }
    }
}

/// The median of sorted values; None when there are none.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// Median and spread per dimension, in questionnaire order; dimensions no client answered are
/// left out.
pub fn spreads(clients: &[Client]) -> Vec<Spread> {
    Dimension::ALL
        .into_iter()
        .filter_map(|dimension| {
            let mut values: Vec<f64> = clients.iter().filter_map(|c| c.score(dimension)).collect();
            values.sort_by(f64::total_cmp);
            let n = values.len();
            let med = median(&values)?;
            // Tukey's hinges: the halves include the middle value when the count is odd.
            let half = n.div_ceil(2);
            let lower = median(&values[..half]).unwrap_or(med);
            let upper = median(&values[n - half..]).unwrap_or(med);
            Some(Spread {
                dimension,
                answered: n,
                median: med,
                lowest: values[0],
                highest: values[n - 1],
                lower_quartile: lower,
                upper_quartile: upper,
            })
        })
        .collect()
}
