//! The cohort as a table: each client's stage per dimension in words, with the median, the
//! middle half and the range when there are at least two clients to take them over. It is the
//! chart's text alternative.

use super::chart::{cap, team_link};
use crate::content::cohort::{range_words, stage_words};
use crate::content::dimension_label;
use crate::domain::assessment::Dimension;
use crate::domain::cohort::{Client, Position, Spread};
use leptos::prelude::*;

fn position_text(p: Position, of_others: bool) -> &'static str {
    match (p, of_others) {
        (Position::Below, false) => "below the median",
        (Position::AtMedian, false) => "at the median",
        (Position::Above, false) => "above the median",
        (Position::Below, true) => "below the others' median",
        (Position::AtMedian, true) => "at the others' median",
        (Position::Above, true) => "above the others' median",
    }
}

/// The table. `figures` are taken over the others when `chosen` names a client, else over all;
/// empty when there are fewer than two clients to take them over.
pub(super) fn table(clients: &[Client], figures: &[Spread], chosen: Option<&str>) -> impl IntoView {
    let with_figures = !figures.is_empty();
    let others = chosen.is_some();
    let dims: Vec<Dimension> = Dimension::ALL
        .into_iter()
        .filter(|d| clients.iter().any(|c| c.score(*d).is_some()))
        .collect();
    let heads = if !with_figures {
        vec![]
    } else if others {
        vec![
            "Others answering",
            "Others' median",
            "Others' middle half",
            "Others' range",
        ]
    } else {
        vec!["Clients answering", "Median", "Middle half", "Range"]
    };
    let body = dims
        .into_iter()
        .map(|d| {
            let figure = figures.iter().find(|s| s.dimension == d);
            let values = match figure {
                Some(s) => [
                    s.answered.to_string(),
                    cap(&stage_words(s.median)),
                    cap(&range_words(s.lower_quartile, s.upper_quartile)),
                    cap(&range_words(s.lowest, s.highest)),
                ],
                None => ["0".into(), "–".into(), "–".into(), "–".into()],
            };
            let stats = with_figures.then(|| {
                heads
                    .iter()
                    .zip(values)
                    .map(|(h, v)| view! { <td data-label=*h>{v}</td> })
                    .collect_view()
            });
            let cells = clients
                .iter()
                .map(|c| {
                    let text = match (c.score(d), c.position_words(d)) {
                        (Some(v), Some(words)) => {
                            let words = cap(&words);
                            match figure {
                                Some(s) => {
                                    format!("{words} ({})", position_text(s.position(v), others))
                                }
                                None => words,
                            }
                        }
                        _ => "Not answered".to_string(),
                    };
                    view! { <td data-label=c.name.clone()>{text}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{dimension_label(d)}</th>
                    {stats}
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        // A heading, not a caption: a caption scrolls with a wide table and is cut on a phone.
        <h3 class="table-title" id="cohort-table-title">"Stage per area, as each client's assessment counts it"</h3>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Cohort table">
            <table class="cohort-table stack-table" aria-labelledby="cohort-table-title">
                <thead>
                    <tr>
                        <th scope="col">"Dimension"</th>
                        {heads.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                        {clients.iter().map(|c| {
                            let team = (c.colleagues.len() > 1).then(|| team_link(c));
                            // The header is announced with every cell: the company's name alone.
                            view! { <th scope="col" aria-label=c.name.clone()>{c.name.clone()}{team}</th> }
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
