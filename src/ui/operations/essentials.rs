//! Stage 3's essentials: the KPI short list picked from your map's KPIs, each with an owner and
//! a target, and who runs the three reviews of the rhythm, and when.

use crate::domain::ids::KpiId;
use crate::domain::msg::ReviewEdit;
use crate::domain::operations::{Review, ReviewKind};
use crate::domain::operations_msg::{OpsMsg as O, TrackedEdit};
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{NumberField, TextField};
use leptos::prelude::*;

/// Every KPI on the map, to put on the short list and give an owner and a target.
#[component]
pub fn ShortList() -> impl IntoView {
    let app = use_app();
    // (kpi, metric, flow): every named KPI on the map, in the map's order.
    let rows = Memo::new(move |_| {
        app.with_doc(|d| {
            d.mapping
                .flows
                .iter()
                .flat_map(|f| {
                    f.kpis
                        .iter()
                        .filter(|k| !k.metric.trim().is_empty())
                        .map(|k| (k.id, k.metric.trim().to_string(), f.name.trim().to_string()))
                })
                .collect::<Vec<(KpiId, String, String)>>()
        })
        .unwrap_or_default()
    });
    let picked = move || app.with_doc(|d| d.operations.kpis.len()).unwrap_or(0);
    view! {
        <section aria-labelledby="shortlist">
            <h2 id="shortlist">"The KPI short list"</h2>
            <p class="why">"Pick the handful of KPIs the team is run on (five to eight is plenty) and give each an owner and a target for its period. The weekly scorecard, the dashboard and the reviews all follow this list."</p>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="meta">"Give your Stage 2 outputs a KPI first: the short list is picked from them. "
                        <a href=move || app.with_doc(|d| format!("/model/{}/mapping#flows", d.id.as_str())).unwrap_or_default()>"Go to your flows"</a></p>
                }
            >
                <p class="meta">{move || format!("{} on the short list.", picked())}</p>
                <div class="table-scroll" role="region" aria-label="KPIs on your map" tabindex="0">
                    <table class="entry shortlist-cards">
                        <thead><tr>
                            <th scope="col">"On the list"</th>
                            <th scope="col">"KPI"</th>
                            <th scope="col">"Flow"</th>
                            <th scope="col">"Owner"</th>
                            <th scope="col">"Target"</th>
                        </tr></thead>
                        <tbody>
                            <For each=move || rows.get() key=|r| r.clone() children=move |(kpi, metric, flow)| {
                                let tracked = Memo::new(move |_| app.with_doc(|d| d.operations.tracked(kpi).cloned()).flatten());
                                let on = move || tracked.with(Option::is_some);
                                let edit = move |e: TrackedEdit| app.dispatch(Msg::Ops(O::EditTracked(kpi, e)));
                                let m = metric.clone();
                                view! {
                                    <tr class:on=on>
                                        <td class="pick"><input type="checkbox" aria-label=format!("{metric}: on the short list") prop:checked=on
                                            on:change=move |ev| app.dispatch(Msg::Ops(if event_target_checked(&ev) { O::TrackKpi(kpi) } else { O::UntrackKpi(kpi) })) /></td>
                                        <th scope="row">{metric.clone()}</th>
                                        <td class="flow">{flow}</td>
                                        <td class="owner" data-label="Owner">
                                            <Show when=on fallback=|| view! { <span class="meta">"—"</span> }>
                                                <TextField compact=true picker=true label=format!("{m}: owner")
                                                    value=move || tracked.with(|t| t.as_ref().map(|t| t.owner.clone()).unwrap_or_default())
                                                    on_input=move |v| edit(TrackedEdit::Owner(v)) />
                                            </Show>
                                        </td>
                                        <td class="target" data-label="Target">
                                            <Show when=on fallback=|| view! { <span class="meta">"—"</span> }>
                                                <NumberField compact=true label=format!("{metric}: target")
                                                    value=move || tracked.with(|t| t.as_ref().and_then(|t| t.target))
                                                    on_input=move |v| edit(TrackedEdit::Target(v)) />
                                            </Show>
                                        </td>
                                    </tr>
                                }
                            } />
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// Who runs each review of the rhythm, on which day, and who comes.
#[component]
pub fn Reviews() -> impl IntoView {
    let app = use_app();
    let get = move |k: ReviewKind, f: fn(&Review) -> &String| {
        app.with_doc(|d| d.operations.review(k).map(|r| f(r).clone()))
            .flatten()
            .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="reviews">
            <h2 id="reviews">"The review rhythm"</h2>
            <p class="why">"Three standing reviews keep the system running: a weekly look at the scorecard, a short written report each month, and planning each quarter."</p>
            <div class="table-scroll" role="region" aria-label="Reviews" tabindex="0">
                <table class="entry review-cards">
                    <thead><tr>
                        <th scope="col">"Review"</th>
                        <th scope="col">"Owner"</th>
                        <th scope="col">"Day"</th>
                        <th scope="col">"Who comes"</th>
                    </tr></thead>
                    <tbody>
                        {[
                            (ReviewKind::WeeklyScorecard, "Weekly scorecard", "e.g. Monday 9:00"),
                            (ReviewKind::MonthlyReport, "Monthly written report", "e.g. first Friday"),
                            (ReviewKind::QuarterlyPlanning, "Quarterly planning", "e.g. last week of the quarter"),
                        ].into_iter().map(|(k, label, day)| view! {
                            <tr>
                                <th scope="row">{label}</th>
                                <td data-label="Owner"><TextField compact=true picker=true label=format!("{label}: owner") value=move || get(k, |r| &r.owner)
                                    on_input=move |v| app.dispatch(Msg::Ops(O::EditReview(k, ReviewEdit::Owner(v)))) /></td>
                                <td data-label="Day"><TextField compact=true label=format!("{label}: day") placeholder=day value=move || get(k, |r| &r.day)
                                    on_input=move |v| app.dispatch(Msg::Ops(O::EditReview(k, ReviewEdit::Day(v)))) /></td>
                                <td class="wide" data-label="Who comes"><TextField compact=true picker=true label=format!("{label}: who comes") value=move || get(k, |r| &r.attendees)
                                    on_input=move |v| app.dispatch(Msg::Ops(O::EditReview(k, ReviewEdit::Attendees(v)))) /></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
