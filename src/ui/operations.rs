//! Stage 3 — operationalise: teaching the system, the running rhythm, the change log and
//! named versions.

use super::widgets::{SelectField, TextField};
use crate::domain::document::ChangeArea;
use crate::domain::msg::OpsField;
use crate::domain::operations::{Audience, ReviewKind};
use crate::domain::Msg;
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;

/// The Stage 3 page.
#[component]
pub fn OperationsPage() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>"Stage 3: Operationalise"</h1>
        <p class="lead">
            "A system only works when people know it and run it. Decide how you teach it, how "
            "often you review it, and keep a record of what changes."
        </p>
        <section aria-labelledby="teaching">
            <h2 id="teaching">"Teaching the system"</h2>
            <div class="card-grid">
                {[
                    (Audience::ExecutivesBoard, "Executives and board"),
                    (Audience::MarketingTeam, "The marketing team"),
                    (Audience::OtherFunctions, "Other functions"),
                ].into_iter().map(|(a, label)| {
                    let get = move |f: OpsField| app.with_doc(|d| d.operations.teaching.iter().find(|(x, _)| *x == a).map(|(_, t)| match f {
                        OpsField::Format => t.format.clone(),
                        _ => t.when.clone(),
                    })).flatten().unwrap_or_default();
                    view! {
                        <fieldset class="card">
                            <legend>{label}</legend>
                            <TextField label="Format" placeholder="e.g. 30-minute walkthrough of the schematic" value=move || get(OpsField::Format) on_input=move |v| app.dispatch(Msg::SetTeaching(a, OpsField::Format, v)) />
                            <TextField label="When" placeholder="e.g. at onboarding, each quarter" value=move || get(OpsField::When) on_input=move |v| app.dispatch(Msg::SetTeaching(a, OpsField::When, v)) />
                        </fieldset>
                    }
                }).collect_view()}
            </div>
        </section>
        <section aria-labelledby="rhythm">
            <h2 id="rhythm">"The running rhythm"</h2>
            <TextField
                label="Where the dashboard lives"
                placeholder="e.g. Looker, Marketing weekly"
                value=move || app.with_doc(|d| d.operations.dashboard.clone()).unwrap_or_default()
                on_input=move |v| app.dispatch(Msg::SetDashboard(v))
            />
            <div class="card-grid">
                {[
                    (ReviewKind::WeeklyScorecard, "Weekly scorecard"),
                    (ReviewKind::MonthlyReport, "Monthly written report"),
                    (ReviewKind::QuarterlyPlanning, "Quarterly planning"),
                ].into_iter().map(|(k, label)| {
                    let get = move |f: OpsField| app.with_doc(|d| d.operations.review(k).map(|r| match f {
                        OpsField::Owner => r.owner.clone(),
                        OpsField::Day => r.day.clone(),
                        _ => r.attendees.clone(),
                    })).flatten().unwrap_or_default();
                    view! {
                        <fieldset class="card">
                            <legend>{label}</legend>
                            <TextField label="Owner" value=move || get(OpsField::Owner) on_input=move |v| app.dispatch(Msg::SetReview(k, OpsField::Owner, v)) />
                            <TextField label="Day" value=move || get(OpsField::Day) on_input=move |v| app.dispatch(Msg::SetReview(k, OpsField::Day, v)) />
                            <TextField label="Attendees" value=move || get(OpsField::Attendees) on_input=move |v| app.dispatch(Msg::SetReview(k, OpsField::Attendees, v)) />
                        </fieldset>
                    }
                }).collect_view()}
            </div>
        </section>
        <ChangeLog />
        <Versions />
    }
}

fn area_label(a: ChangeArea) -> &'static str {
    match a {
        ChangeArea::Market => "Your market",
        ChangeArea::Company => "Your company",
        ChangeArea::InputsOutputs => "Inputs & outputs",
    }
}

/// The change log: what changed in the market, the company, or the flows.
#[component]
fn ChangeLog() -> impl IntoView {
    let app = use_app();
    let area = RwSignal::new(ChangeArea::Market);
    let text = RwSignal::new(String::new());
    let entries = move || {
        app.with_doc(|d| d.change_log.iter().rev().cloned().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="changes">
            <h2 id="changes">"Change log"</h2>
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let t = text.get_untracked();
                if !t.trim().is_empty() {
                    app.dispatch(Msg::LogChange { area: area.get_untracked(), text: t, at: now() });
                    text.set(String::new());
                }
            }>
                <SelectField label="Where" options=[ChangeArea::Market, ChangeArea::Company, ChangeArea::InputsOutputs].map(|a| (a, area_label(a).to_string())).to_vec() value=move || area.get() on_change=move |v| area.set(v) />
                <label class="field">
                    <span class="field-label">"What changed"</span>
                    <input type="text" prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev)) />
                </label>
                <button type="submit">"Log change"</button>
            </form>
            <ul class="plain-list">
                {move || entries().into_iter().map(|e| view! {
                    <li><span class="tag">{area_label(e.area)}</span>" "{e.text}" · "<time>{e.at.date_iso()}</time></li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Named versions of the whole model.
#[component]
fn Versions() -> impl IntoView {
    let app = use_app();
    let name = RwSignal::new(String::new());
    let list = move || {
        app.with_doc(|d| {
            d.versions
                .iter()
                .rev()
                .map(|v| (v.name.clone(), v.at))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="versions">
            <h2 id="versions">"Versions"</h2>
            <p>"Save a named version of the whole model, for example at the end of each quarter."</p>
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                let n = name.get_untracked();
                if !n.trim().is_empty() {
                    app.dispatch(Msg::SaveVersion { name: n, at: now() });
                    name.set(String::new());
                }
            }>
                <label class="field">
                    <span class="field-label">"Version name"</span>
                    <input type="text" placeholder="e.g. Q1 2027 baseline" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <button type="submit">"Save version"</button>
            </form>
            <ul class="plain-list">
                {move || list().into_iter().map(|(n, at)| view! { <li>{n}" · "<time>{at.date_iso()}</time></li> }).collect_view()}
            </ul>
        </section>
    }
}
