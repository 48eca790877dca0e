//! The cohort as a CSV file: one line per client per dimension, so a spreadsheet can filter
//! and pivot it by company or by dimension. Each line names the company, when its replies
//! arrived, its overall stage, and the dimension's stage as counted, in words and as a number.
//! And a team's view as a CSV file.

use super::{cap, stage_words};
use crate::content::dimension_label;
use crate::domain::assessment::{Dimension, MaturityStage};
use crate::domain::cohort::{Client, TeamRow};
use crate::domain::csv::Csv;
use crate::domain::Timestamp;

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
