//! `/cohort`: the consultant's clients side by side — median and spread per dimension, and
//! where each client sits. Worked out here from the models in this browser; private.

use crate::content::dimension_label;
use crate::domain::cohort::{spreads, Client, Position, Spread};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;

/// Which clients the view compares: all, or those answering one invitation.
const ALL: &str = "all";

fn score_text(s: f64) -> String {
    if s.fract() == 0.0 {
        format!("{s:.0}")
    } else {
        format!("{s:.1}")
    }
}

fn position_text(p: Position) -> &'static str {
    match p {
        Position::Below => "below the median",
        Position::AtMedian => "at the median",
        Position::Above => "above the median",
    }
}

#[component]
pub fn CohortPage() -> impl IntoView {
    let app = use_app();
    let docs = app.invited_models();
    let choice = RwSignal::new(ALL.to_string());
    let mut invitations: Vec<(String, String)> = app.invitations.with_untracked(|b| {
        b.sent
            .iter()
            .map(|i| {
                (
                    i.id.clone(),
                    format!("{} ({})", i.prospect, i.created_at.date_iso()),
                )
            })
            .collect()
    });
    for d in &docs {
        if let Some(i) = &d.invitation {
            if !invitations.iter().any(|(id, _)| id == &i.id) {
                invitations.push((i.id.clone(), format!("From {}: {}", i.sender(), i.prospect)));
            }
        }
    }
    let docs = StoredValue::new(docs);
    let clients = Memo::new(move |_| {
        let c = choice.get();
        docs.with_value(|ds| {
            ds.iter()
                .filter(|d| c == ALL || d.invitation.as_ref().is_some_and(|i| i.id == c))
                .map(|d| (d.id.as_str().to_string(), Client::of(d)))
                .filter(|(_, c)| !c.scores.is_empty())
                .collect::<Vec<_>>()
        })
    });
    let options = invitations.clone();
    view! {
        <h1>"Your clients side by side"</h1>
        <p class="lead">
            "A private benchmark: the maturity results of the clients whose replies are in this "
            "browser. It is worked out here and seen by no one else."
        </p>
        <label class="field">
            <span class="field-label">"Compare"</span>
            <select on:change=move |ev| choice.set(event_target_value(&ev))>
                <option value=ALL>"All clients"</option>
                {options.into_iter().map(|(id, label)| view! { <option value=id>{label}</option> }).collect_view()}
            </select>
        </label>
        {move || {
            let list = clients.get();
            if list.is_empty() {
                return view! {
                    <p class="empty">
                        "No client results to compare yet. Replies arrive as links or files from the prospects you "
                        <A href="/invitations">"invite"</A>
                        "; open the link, or import the file on the home page, and add it to your workspace."
                    </p>
                }.into_any();
            }
            let people: Vec<Client> = list.iter().map(|(_, c)| c.clone()).collect();
            let rows = spreads(&people);
            view! {
                <p>{match list.len() { 1 => "1 client with assessment results.".to_string(), n => format!("{n} clients with assessment results.") }}</p>
                {strip_chart(&rows, &people)}
                <div class="table-scroll" tabindex="0" role="region" aria-label="Cohort table">
                    <table class="cohort-table">
                        <caption>"Position per dimension, from 0 (Unaware) to 4 (Next Generation)"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Dimension"</th>
                                <th scope="col">"Answered"</th>
                                <th scope="col">"Median"</th>
                                <th scope="col">"Middle half"</th>
                                <th scope="col">"Range"</th>
                                {people.iter().map(|c| view! { <th scope="col">{c.name.clone()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {rows.iter().map(|s| {
                                let cells = people.iter().map(|c| match c.score(s.dimension) {
                                    Some(v) => view! { <td>{format!("{} ({})", score_text(v), position_text(s.position(v)))}</td> }.into_any(),
                                    None => view! { <td>"not answered"</td> }.into_any(),
                                }).collect_view();
                                view! {
                                    <tr>
                                        <th scope="row">{dimension_label(s.dimension)}</th>
                                        <td>{s.answered}</td>
                                        <td>{score_text(s.median)}</td>
                                        <td>{format!("{} to {}", score_text(s.lower_quartile), score_text(s.upper_quartile))}</td>
                                        <td>{format!("{} to {}", score_text(s.lowest), score_text(s.highest))}</td>
                                        {cells}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <h2>"Clients"</h2>
                <ul>
                    {list.into_iter().map(|(id, c)| {
                        let overall = match c.stage {
                            Some(s) => format!(": {}, {} of 7 dimensions answered", s.label(), c.scores.len()),
                            None => String::new(),
                        };
                        view! {
                            <li><A href=format!("/model/{id}/report")>{c.name.clone()}</A>{overall}</li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}

/// One row per dimension: the range as a line, the middle half as a bar, the median as a tick
/// and each client as a dot. The table below says the same in words.
fn strip_chart(rows: &[Spread], people: &[Client]) -> AnyView {
    const LEFT: f64 = 190.0;
    const WIDTH: f64 = 400.0;
    const ROW: f64 = 34.0;
    let x = |v: f64| LEFT + v / 4.0 * WIDTH;
    let height = ROW * rows.len() as f64 + 30.0;
    let ticks = (0..=4).map(|i| {
        let tx = x(i as f64);
        view! {
            <line x1=tx y1="0" x2=tx y2=height - 24.0 stroke="#d0d4da" />
            <text x=tx y=height - 8.0 text-anchor="middle" font-size="12" fill="#333333">{i.to_string()}</text>
        }
    });
    let lines = rows.iter().enumerate().map(|(r, s)| {
        let y = ROW * r as f64 + ROW / 2.0;
        let dots = people
            .iter()
            .filter_map(|c| c.score(s.dimension).map(|v| (c.name.clone(), v)))
            .map(|(name, v)| {
                view! { <circle cx=x(v) cy=y r="5" fill="#ffffff" stroke="#1f5fa8" stroke-width="2"><title>{format!("{name}: {}", score_text(v))}</title></circle> }
            })
            .collect_view();
        view! {
            <text x="0" y=y + 4.0 font-size="13" fill="#1a1a1a">{dimension_label(s.dimension)}</text>
            <line x1=x(s.lowest) y1=y x2=x(s.highest) y2=y stroke="#555555" stroke-width="2" />
            <rect x=x(s.lower_quartile) y=y - 7.0 width=(x(s.upper_quartile) - x(s.lower_quartile)).max(2.0) height="14" fill="#c9dcf2" stroke="#1f5fa8" />
            <line x1=x(s.median) y1=y - 11.0 x2=x(s.median) y2=y + 11.0 stroke="#1a1a1a" stroke-width="3" />
            {dots}
        }
    });
    let label = format!(
        "Chart of {} dimensions: range, middle half and median of the clients' positions, each client a dot. The table below gives the same figures.",
        rows.len()
    );
    view! {
        <figure class="cohort-chart">
            <svg viewBox=format!("0 0 {} {height}", LEFT + WIDTH + 20.0) role="img" aria-label=label font-family="system-ui, sans-serif">
                {ticks.collect_view()}
                {lines.collect_view()}
            </svg>
        </figure>
    }
    .into_any()
}
