//! The team that runs the system: the marketing-operations charter, composed from its parts
//! and read back as operational or strategic in plain words; today's people mapped onto the
//! roles the next stage needs, with the capabilities each would close and the Stage 2 flows
//! nobody can run; and hire / train / outsource decisions that become Stage 3 budget lines.

mod design;
mod handoff;
mod lifecycle;
mod people;

use super::widgets::{
    format_number, AddForm, CheckField, NumberField, SelectField, TextArea, TextField,
};
use crate::content::charter::{
    driver, effective_text, summary, to_strategic, usual_outcomes, why_for_stage,
};
use crate::domain::assessment::MaturityStage;
use crate::domain::ids::OpsId;
use crate::domain::maturity::outcome;
use crate::domain::operations_msg::{BudgetEdit, CharterEdit, HandOffEdit, OpsMsg, TeamMsg};
use crate::domain::team::{
    charter_for_stage, lifecycle_view, needs, plan_totals, read_charter, target_stage,
    unrunnable_flows, CharterKind, CharterScope, Decision, Driver, Lifecycle, Qualifier, Role,
    RoleNeed,
};
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

/// The team and charter page.
#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <h1>"Team and charter"</h1>
        <p class="lead">
            "A charter says what the marketing operations group is for. Write yours from its parts, "
            "see whether it reads as operational or strategic, and paste it into your planning document."
        </p>
        <CharterBuilder />
        <design::TeamDesign />
        <lifecycle::CustomerLifecycle />
        <handoff::LeadHandOff />
    }
}

fn edit(e: CharterEdit) -> Msg {
    Msg::Team(TeamMsg::Charter(e))
}

#[component]
fn CharterBuilder() -> impl IntoView {
    let app = use_app();
    let charter = move || {
        app.with_doc(|d| d.operations.team.charter.clone())
            .unwrap_or_default()
    };
    let suggestion = move || {
        app.with_doc(|d| {
            let stage = outcome(&d.assessment).stage;
            (charter_for_stage(stage), why_for_stage(stage))
        })
    };
    let text = Memo::new(move |_| effective_text(&charter()));
    let reading = Memo::new(move |_| read_charter(&text.get()));
    let copied = RwSignal::new(None::<String>);
    let copy = move |_| super::widgets::copy_text(&text.get_untracked(), copied, "text");
    let scope_options = vec![
        (CharterScope::Unset, "Not chosen yet".to_string()),
        (CharterScope::Marketing, "Marketing only".to_string()),
        (
            CharterScope::CustomerFacing,
            "Marketing and every customer-facing function".to_string(),
        ),
    ];
    view! {
        <section aria-labelledby="charter" class="card">
            <h2 id="charter">"The operations charter"</h2>
            <p>{move || suggestion().map(|(_, why)| why)}</p>
            <div class="table-scroll" role="region" aria-label="Two kinds of charter" tabindex="0">
                <table class="compare">
                    <caption>"Two kinds of charter"</caption>
                    <thead>
                        <tr><td></td><th scope="col">"Operational"</th><th scope="col">"Strategic"</th></tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">"Responsible for"</th><td>"Running marketing's technology, data, reporting and processes efficiently"</td><td>"Business results: forecasting and proving revenue impact, insight leaders decide with"</td></tr>
                        <tr><th scope="row">"Serves"</th><td>"The marketing team's own goals"</td><td>"At least two of the drivers: accountability, digital transformation, customer centricity"</td></tr>
                        <tr><th scope="row">"Reaches"</th><td>"Marketing"</td><td>"Marketing and every customer-facing function"</td></tr>
                        <tr><th scope="row">"Typical stage"</th><td>"Efficient, Effective"</td><td>"Customer-Centric, Next Generation"</td></tr>
                    </tbody>
                </table>
            </div>
            <p class="actions-row no-print">
                <button type="button" on:click=move |_| app.dispatch(edit(CharterEdit::StartFrom(CharterKind::Operational, usual_outcomes(CharterKind::Operational).into())))>"Start from an operational charter"</button>
                <button type="button" on:click=move |_| app.dispatch(edit(CharterEdit::StartFrom(CharterKind::Strategic, usual_outcomes(CharterKind::Strategic).into())))>"Start from a strategic charter"</button>
            </p>
            <TextArea
                label="Outcomes the group is responsible for"
                hint="What it delivers, e.g. “forecasting marketing's contribution to revenue”."
                value=move || charter().outcomes
                on_input=move |v| app.dispatch(edit(CharterEdit::Outcomes(v)))
            />
            <fieldset>
                <legend>"Business drivers it serves"</legend>
                {Driver::ALL.into_iter().map(|d| view! {
                    <CheckField
                        label=driver(d).to_string()
                        checked=move || charter().drivers.contains(&d)
                        on_change=move |on| app.dispatch(edit(CharterEdit::Driver(d, on)))
                    />
                }).collect_view()}
            </fieldset>
            <SelectField
                label="Scope"
                options=scope_options
                value=move || charter().scope
                on_change=move |v| app.dispatch(edit(CharterEdit::Scope(v)))
            />
            <TextArea
                label="Your charter"
                hint="Composed from the parts above; edit it freely. Empty it to go back to the composed text."
                value=move || text.get()
                on_input=move |v| app.dispatch(edit(CharterEdit::Text(v)))
            />
            <p class="actions-row no-print">
                <button type="button" on:click=copy disabled=move || text.with(|t| t.trim().is_empty())>"Copy the charter"</button>
                <span role="status">{move || copied.get()}</span>
            </p>
            <div class="charter-reading" role="status" aria-live="polite">
                {move || match reading.get() {
                    None => view! { <p>"Write or compose a charter to see how it reads."</p> }.into_any(),
                    Some(r) => view! {
                        <p>
                            <strong>{match r.kind { CharterKind::Strategic => "Strategic. ", CharterKind::Operational => "Operational. " }}</strong>
                            {summary(&r)}
                        </p>
                        {Some(to_strategic(&r)).filter(|l| !l.is_empty()).map(|l| view! {
                            <p>"To make it strategic:"</p>
                            <ul>{l.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                        })}
                    }.into_any(),
                }}
            </div>
        </section>
    }
}
