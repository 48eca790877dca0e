//! `/cohort/team?company=<key>`: where one company's team disagrees. Each colleague's stage per
//! dimension, the spread, and a flag on every dimension where answers lie two stages or more
//! apart. Downloadable as CSV and printable.

use crate::content::cohort::{cap, team_csv};
use crate::content::dimension_label;
use crate::content::report::confidence;
use crate::domain::assessment::{Confidence, DimensionAnswer, MaturityStage};
use crate::domain::cohort::{clients, Client, Colleague, TeamRow};
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
    // Each colleague's name opens their reply, here and at the head of their column (which a
    // phone does not show: there each row is a card).
    let reply = |p: &Colleague| {
        (
            format!("/model/{}/report", p.model.as_str()),
            p.name.clone(),
        )
    };
    let linked = c
        .colleagues
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (href, name) = reply(p);
            view! { {(i > 0).then_some(", ")}<A href=href>{name}</A> }
        })
        .collect_view();
    let intro = view! {
        {format!("{} colleagues at {} answered the maturity assessment: ", c.colleagues.len(), c.name)}
        {linked}
        ". Each stage is the one their assessment counts (a claim of Effective or above with no evidence counts one stage lower)."
    };
    let overall = c
        .overall_words()
        .map(|w| format!("{} as a team: {w}", c.name));
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
                .zip(&c.colleagues)
                .map(|(s, p)| {
                    let (stage, note) = claim(*s, p.answer(r.dimension));
                    view! {
                        <td data-label=p.name.clone()>
                            {stage}
                            {note.map(|n| view! { <span class="claim-note">{n}</span> })}
                        </td>
                    }
                })
                .collect_view();
            let verdict = if talk {
                view! { <strong class="flag">{r.verdict()}</strong> }.into_any()
            } else {
                r.verdict().into_any()
            };
            view! {
                <tr class:talk=talk>
                    <th scope="row">{dimension_label(r.dimension)}</th>
                    {cells}
                    <td data-label="Spread">{r.spread_words()}</td>
                    <td data-label="What to do" class="verdict">{verdict}</td>
                </tr>
            }
        })
        .collect_view();
    let heads = c
        .colleagues
        .iter()
        .map(|p| {
            let (href, name) = reply(p);
            view! { <th scope="col"><A href=href>{name}</A></th> }
        })
        .collect_view();
    view! {
        <h1>{format!("Where {}'s team disagrees", c.name)}</h1>
        <p class="lead">{intro}</p>
        <p class="team-why">{WHY}</p>
        <p role="status"><strong>{summary}</strong></p>
        {overall.map(|o| view! { <p>{o}</p> })}
        <h2 class="table-title" id="team-table-title">"Each colleague's stage per area, and how far apart they are"</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Team answers">
            <table class="cohort-table team-table stack-table" aria-labelledby="team-table-title">
                <thead>
                    <tr>
                        <th scope="col">"Area"</th>
                        {heads}
                        <th scope="col">"Spread"</th>
                        <th scope="col">"What to do"</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <p class="actions-row no-print">
            <button type="button" on:click=download>"Download the team view (CSV)"</button>
            <button type="button" on:click=|_| crate::web::page::print()>"Print the team view"</button>
        </p>
    }
}

/// A colleague's answer in a cell: the stage it counts as, and a short note of what stands
/// behind the claim (a claim counted lower, the evidence, how sure they are).
fn claim(
    counted: Option<MaturityStage>,
    answer: Option<&DimensionAnswer>,
) -> (&'static str, Option<String>) {
    let (Some(stage), Some(a)) = (counted, answer) else {
        return ("Not answered", None);
    };
    let mut note = Vec::new();
    let evidence = a.evidence.trim();
    // Evidence is asked for from Effective up, so only a claim counted lower for want of it
    // needs a word; below Effective an answer without evidence is complete.
    if let Some(claimed) = a.stage.filter(|c| *c != stage) {
        note.push(format!("claimed {}, with no evidence", claimed.label()));
    }
    if !evidence.is_empty() {
        note.push(format!("evidence: {evidence}"));
    }
    if a.confidence != Confidence::Unset {
        note.push(confidence(a.confidence).to_lowercase());
    }
    let note = (!note.is_empty()).then(|| cap(&note.join("; ")));
    (stage.label(), note)
}
