//! `/cohort/team?company=<key>`: where one company's team disagrees. Each colleague's stage per
//! dimension, the spread, and a flag on every dimension where answers lie two stages or more
//! apart. Downloadable as CSV and printable.

use crate::content::dimension_label;
use crate::domain::assessment::MaturityStage;
use crate::domain::cohort::{clients, team_csv, Client, TeamRow};
use crate::persist::Download;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

/// Why two answers two stages apart matter, said once at the top of the page.
const WHY: &str = "Why it matters: when two people in the same team place one area of their \
marketing two stages apart, they are not working from a shared picture of how the work gets \
done. The method takes this as the first sign that a team has no operating system: with no \
agreed targets, owners and reviews to point to, each person answers from their own corner. \
Talk these areas through together before you plan what to improve.";

#[component]
pub fn TeamViewPage() -> impl IntoView {
    let app = use_app();
    let docs = app.invited_models();
    let query = use_query_map();
    let company = Memo::new(move |_| {
        let key = query.with(|q| q.get("company")).unwrap_or_default();
        clients(&docs).into_iter().find(|c| c.key == key)
    });
    view! {
        <p class="no-print"><A href="/cohort">"Back to your clients side by side"</A></p>
        {move || match company.get() {
            None => view! {
                <h1>"Team view"</h1>
                <p class="empty">"No replies from this company are in this browser. Pick a company on the page of your clients side by side."</p>
            }.into_any(),
            Some(c) if c.colleagues.len() < 2 => view! {
                <h1>{format!("{}'s team", c.name)}</h1>
                <p>{format!("Only one person at {} has replied so far. Once a second colleague replies, this page shows where their answers differ.", c.name)}</p>
            }.into_any(),
            Some(c) => team_view(c).into_any(),
        }}
    }
}

/// The team view of a company with two replies or more.
fn team_view(c: Client) -> impl IntoView {
    let rows = TeamRow::all(&c);
    let flagged: Vec<&'static str> = rows
        .iter()
        .filter(|r| r.to_talk_about())
        .map(|r| dimension_label(r.dimension))
        .collect();
    let summary = match flagged.as_slice() {
        [] => "No area has answers two stages or more apart: the team sees its marketing much the same way.".to_string(),
        [one] => format!("1 area has answers two stages or more apart: {one}."),
        many => format!(
            "{} areas have answers two stages or more apart: {}.",
            many.len(),
            many.join("; ")
        ),
    };
    let names: Vec<String> = c.colleagues.iter().map(|p| p.name.clone()).collect();
    let intro = format!(
        "{} colleagues at {} answered the maturity assessment: {}. Each stage is the one their assessment counts (a claim of Effective or above with no evidence counts one stage lower).",
        names.len(),
        c.name,
        names.join(", ")
    );
    let client = StoredValue::new(c.clone());
    let download = move |_| {
        client.with_value(|c| {
            let text = team_csv(c, crate::web::clock::now());
            let _ = crate::web::file::download_as(&c.name, Download::TeamViewCsv, &text);
        });
    };
    let body = rows
        .iter()
        .map(|r| {
            let talk = r.to_talk_about();
            let cells = r
                .stages
                .iter()
                .map(|s| view! { <td>{s.map_or("Not answered", MaturityStage::label)}</td> })
                .collect_view();
            let flag = if talk {
                view! { <td><strong class="flag">"A conversation to have"</strong></td> }.into_any()
            } else {
                let text = match (r.answered(), r.gap()) {
                    (0 | 1, _) => "Too few answers to compare",
                    (_, 1) => "One stage apart",
                    _ => "No difference",
                };
                view! { <td>{text}</td> }.into_any()
            };
            view! {
                <tr class:talk=talk>
                    <th scope="row">{dimension_label(r.dimension)}</th>
                    {cells}
                    <td>{r.spread_words()}</td>
                    {flag}
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1>{format!("Where {}'s team disagrees", c.name)}</h1>
        <p class="lead">{intro}</p>
        <p class="team-why">{WHY}</p>
        <p role="status"><strong>{summary}</strong></p>
        <h2 class="table-title" id="team-table-title">"Each colleague's stage per area, and how far apart they are"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Team answers">
            <table class="cohort-table team-table" aria-labelledby="team-table-title">
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        {names.iter().map(|n| view! { <th scope="col">{n.clone()}</th> }).collect_view()}
                        <th scope="col">"Spread"</th>
                        <th scope="col">"Two stages or more apart?"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="actions-row no-print">
            <button type="button" on:click=download>"Download the team view (CSV)"</button>
            <button type="button" on:click=|_| { let _ = window().print(); }>"Print the team view"</button>
        </p>
    }
}
