//! Stage 2 — map inputs and outputs through the marketing team.

use super::widgets::{SelectField, TextField};
use crate::content::{COMPANY_FUNCTIONS, SUB_FUNCTIONS};
use crate::domain::ids::{FlowId, SubFunctionId};
use crate::domain::mapping::{Direction, FlowStatus, Scope, SubFunctionKind};
use crate::domain::msg::FlowEdit;
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

fn direction_options() -> Vec<(Direction, String)> {
    vec![
        (Direction::Input, "Input".into()),
        (Direction::Output, "Output".into()),
    ]
}

fn scope_options() -> Vec<(Scope, String)> {
    vec![
        (Scope::PrimaryExternal, "Primary external".into()),
        (Scope::SecondaryInternal, "Secondary internal".into()),
    ]
}

/// The Stage 2 page.
#[component]
pub fn MappingPage() -> impl IntoView {
    view! {
        <h1>"Stage 2: Map inputs and outputs"</h1>
        <p class="lead">
            "Every piece of work the marketing team does is an input or an output. "
            <strong>"Primary external"</strong>" flows go straight to or from the market; "
            <strong>"secondary internal"</strong>" flows go through another part of the company, such as sales or product."
        </p>
        <SubFunctions />
        <Functions />
        <Flows />
    }
}

/// The marketing team's sub-functions.
#[component]
fn SubFunctions() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| {
            d.mapping
                .sub_functions
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let draft = RwSignal::new(String::new());
    let add = move |name: String| {
        if !name.trim().is_empty() {
            app.dispatch(Msg::AddSubFunction {
                name,
                kind: SubFunctionKind::Core,
            });
        }
    };
    let missing = move || {
        app.with_doc(|d| {
            SUB_FUNCTIONS
                .iter()
                .filter(|s| {
                    !d.mapping
                        .sub_functions
                        .iter()
                        .any(|x| x.name.eq_ignore_ascii_case(s))
                })
                .copied()
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="subs">
            <h2 id="subs">"Your marketing team"</h2>
            <p>"The sub-functions inside marketing, shared resources such as design, and agencies that extend the team."</p>
            <ul class="plain-list">
                <For each=ids key=|id| *id children=move |id| view! { <SubFunctionRow id=id /> } />
            </ul>
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); add(draft.get_untracked()); draft.set(String::new()); }>
                <label class="field">
                    <span class="field-label">"New sub-function"</span>
                    <input type="text" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                </label>
                <button type="submit">"Add sub-function"</button>
            </form>
            <Show when=move || !missing().is_empty()>
                <p class="suggestions">"Suggested: "
                    {move || missing().into_iter().map(|s| view! {
                        <button type="button" class="chip" on:click=move |_| add(s.to_string())>{format!("Add {s}")}</button>
                    }).collect_view()}
                </p>
            </Show>
        </section>
    }
}

/// One sub-function's fields.
#[component]
fn SubFunctionRow(id: SubFunctionId) -> impl IntoView {
    let app = use_app();
    let sf = move || {
        app.with_doc(|d| d.mapping.sub_function(id).cloned())
            .flatten()
    };
    let name = move || sf().map(|s| s.name).unwrap_or_default();
    let fte_text = RwSignal::new(
        app.doc_untracked(|d| d.mapping.sub_function(id).map(|s| s.fte.to_string()))
            .flatten()
            .unwrap_or_default(),
    );
    view! {
        <li class="row card">
            <TextField label="Sub-function name" value=name on_input=move |v| app.dispatch(Msg::RenameSubFunction(id, v)) />
            <label class="field narrow">
                <span class="field-label">"People (FTE)"</span>
                <input type="number" min="0" step="0.1" inputmode="decimal"
                    prop:value=move || fte_text.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        if let Ok(n) = v.parse::<f64>() {
                            app.dispatch(Msg::SetFte(id, n));
                        }
                        fte_text.set(v);
                    }
                    on:blur=move |_| app.seal()
                />
            </label>
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::RemoveSubFunction(id))>
                {move || format!("Remove {}", name())}
            </button>
        </li>
    }
}

/// The company functions marketing works with.
#[component]
fn Functions() -> impl IntoView {
    let app = use_app();
    let list = move || {
        app.with_doc(|d| d.mapping.functions.clone())
            .unwrap_or_default()
    };
    let draft = RwSignal::new(String::new());
    let add = move |name: String| {
        if !name.trim().is_empty() {
            app.dispatch(Msg::AddFunction(name));
        }
    };
    let missing = move || {
        app.with_doc(|d| {
            COMPANY_FUNCTIONS
                .iter()
                .filter(|s| {
                    !d.mapping
                        .functions
                        .iter()
                        .any(|x| x.name.eq_ignore_ascii_case(s))
                })
                .copied()
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="functions">
            <h2 id="functions">"Company functions you work with"</h2>
            <ul class="chips">
                <For each=list key=|f| (f.id, f.name.clone()) children=move |f| {
                    let id = f.id;
                    view! {
                        <li class="chip">{f.name.clone()}
                            <button type="button" class="quiet" aria-label=format!("Remove {}", f.name) on:click=move |_| app.dispatch(Msg::RemoveFunction(id))>"×"</button>
                        </li>
                    }
                } />
            </ul>
            <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); add(draft.get_untracked()); draft.set(String::new()); }>
                <label class="field">
                    <span class="field-label">"New company function"</span>
                    <input type="text" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                </label>
                <button type="submit">"Add function"</button>
            </form>
            <Show when=move || !missing().is_empty()>
                <p class="suggestions">"Suggested: "
                    {move || missing().into_iter().map(|s| view! {
                        <button type="button" class="chip" on:click=move |_| add(s.to_string())>{format!("Add {s}")}</button>
                    }).collect_view()}
                </p>
            </Show>
        </section>
    }
}

/// The flows, with a form to add one.
#[component]
fn Flows() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| d.mapping.flows.iter().map(|f| f.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let name = RwSignal::new(String::new());
    let direction = RwSignal::new(Direction::Input);
    let scope = RwSignal::new(Scope::PrimaryExternal);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            return;
        }
        let owner = app
            .doc_untracked(|d| d.mapping.sub_functions.first().map(|s| s.id))
            .flatten();
        app.dispatch(Msg::AddFlow {
            name: n,
            direction: direction.get_untracked(),
            scope: scope.get_untracked(),
            owner,
        });
        name.set(String::new());
    };
    view! {
        <section aria-labelledby="flows">
            <h2 id="flows">"Inputs and outputs"</h2>
            <ul class="plain-list">
                <For each=ids key=|id| *id children=move |id| view! { <FlowRow id=id /> } />
            </ul>
            <form class="card" on:submit=add aria-labelledby="new-flow">
                <h3 id="new-flow">"Add a flow"</h3>
                <label class="field">
                    <span class="field-label">"Flow name"</span>
                    <input type="text" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev)) />
                </label>
                <div class="pair">
                    <SelectField label="Direction" options=direction_options() value=move || direction.get() on_change=move |v| direction.set(v) />
                    <SelectField label="Scope" options=scope_options() value=move || scope.get() on_change=move |v| scope.set(v) />
                </div>
                <button type="submit">"Add flow"</button>
            </form>
        </section>
    }
}

/// One flow's fields.
#[component]
fn FlowRow(id: FlowId) -> impl IntoView {
    let app = use_app();
    let flow = move || app.with_doc(|d| d.mapping.flow(id).cloned()).flatten();
    let name = move || flow().map(|f| f.name).unwrap_or_default();
    // A memo, so the owner list is rebuilt only when the sub-functions change.
    let owners = Memo::new(move |_| {
        let mut opts = vec![(None, "No owner yet".to_string())];
        opts.extend(
            app.with_doc(|d| {
                d.mapping
                    .sub_functions
                    .iter()
                    .map(|s| (Some(s.id), s.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        );
        opts
    });
    let statuses = vec![
        (FlowStatus::Running, "Running".to_string()),
        (FlowStatus::Planned, "Planned".to_string()),
        (FlowStatus::Gap, "Gap".to_string()),
        (FlowStatus::Stop, "Stop".to_string()),
    ];
    let edit = move |e: FlowEdit| app.dispatch(Msg::EditFlow(id, e));
    view! {
        <li class="card">
            <fieldset>
                <legend>{move || { let n = name(); if n.trim().is_empty() { "Unnamed flow".to_string() } else { n } }}</legend>
                <TextField label="Flow name" value=name on_input=move |v| edit(FlowEdit::Name(v)) />
                <div class="pair">
                    <SelectField label="Direction" options=direction_options() value=move || flow().map(|f| f.direction).unwrap_or_default() on_change=move |v| edit(FlowEdit::Direction(v)) />
                    <SelectField label="Scope" options=scope_options() value=move || flow().map(|f| f.scope).unwrap_or_default() on_change=move |v| edit(FlowEdit::Scope(v)) />
                    {move || view! {
                        <SelectField label="Owner" options=owners.get() value=move || flow().and_then(|f| f.owner) on_change=move |v| edit(FlowEdit::Owner(v)) />
                    }}
                    <SelectField label="Status" options=statuses.clone() value=move || flow().map(|f| f.status).unwrap_or_default() on_change=move |v| edit(FlowEdit::Status(v)) />
                </div>
                <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::RemoveFlow(id))>
                    {move || format!("Remove {}", name())}
                </button>
            </fieldset>
        </li>
    }
}
