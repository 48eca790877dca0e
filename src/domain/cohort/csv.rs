//! The cohort as a CSV file: one line per client per dimension, so a spreadsheet can filter
//! and pivot it by company or by dimension. Each line names the company, when its replies
//! arrived, its overall stage, and the dimension's stage as counted, in words and as a number.

use super::{cap, stage_words, Client};
use crate::content::dimension_label;
use crate::domain::assessment::Dimension;
use crate::domain::csv::Csv;

/// The header line of [`cohort_csv`].
const HEADER: [&str; 11] = [
    "Company",
    "Replies",
    "First reply",
    "Latest reply",
    "Overall stage",
    "Dimension",
    "Stage counted (a team's median)",
    "Stage as a number (0 Unaware to 4 Next Generation)",
    "Lowest answer",
    "Highest answer",
    "Colleagues answering",
];

/// Every client's stage per dimension, seven lines per client in questionnaire order, an
/// unanswered dimension saying so.
pub fn cohort_csv(clients: &[Client]) -> String {
    let mut csv = Csv::new(HEADER);
    for c in clients {
        let (first, latest) = c.replied();
        let overall = c.stage().map_or("Not answered", |s| s.label());
        for d in Dimension::ALL {
            let mut line = vec![
                c.name.clone(),
                c.colleagues.len().to_string(),
                first.date_iso(),
                latest.date_iso(),
                overall.to_string(),
                dimension_label(d).to_string(),
            ];
            match (c.score(d), c.range(d)) {
                (Some(score), Some((low, high, answered))) => line.extend([
                    cap(&stage_words(score)),
                    number(score),
                    low.label().to_string(),
                    high.label().to_string(),
                    answered.to_string(),
                ]),
                _ => line.extend([
                    "Not answered".to_string(),
                    String::new(),
                    String::new(),
                    String::new(),
                    "0".into(),
                ]),
            }
            csv.row(line);
        }
    }
    csv.finish()
}

/// A position as a spreadsheet reads a number: "2", or "1.5" for a median between two stages.
fn number(score: f64) -> String {
    if score.fract().abs() < 1e-9 {
        format!("{}", score as u64)
    } else {
        format!("{score:.1}")
    }
}
