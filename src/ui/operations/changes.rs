//! Execution and optimisation: the change log, what changed in the market, the company or
//! the flows, and what was done about it.

use crate::content::operations::{area_label, change_kinds};
use crate::domain::document::{ChangeArea, ChangeEntry};
use crate::domain::ids::ChangeId;
use crate::domain::operations_msg::{ChangeEdit, OpsMsg as O};
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{kept_draft, LazyDetails, SelectField, TextField};
use crate::web::clock::now;
use leptos::prelude::*;

const AREAS: [ChangeArea; 3] = [
    ChangeArea::Market,
    ChangeArea::Company,
    ChangeArea::InputsOutputs,
];

fn area_options() -> Vec<(ChangeArea, String)> {
    AREAS.map(|a| (a, area_label(a).to_string())).to_vec()
}

/// A text input with the method's kinds of change for an area as suggestions.
fn kind_input(
    list_id: String,
    area: Signal<ChangeArea>,
    value: Signal<String>,
    on_input: Callback<String>,
) -> AnyView {
    let app = use_app();
    view! {
        <label class="field">
            <span class="field-label">"Kind of change"</span>
            <span class="field-hint">"Type your own or pick one of the method's"</span>
            <input type="text" list=list_id.clone() prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev)) on:blur=move |_| app.seal() />
            <datalist id=list_id>
                {move || change_kinds(area.get()).iter().map(|k| view! { <option value=*k></option> }).collect_view()}
            </datalist>
        </label>
    }
    .into_any()
}

/// What changed in the market, the company or the flows, and what was done about it.
#[component]
pub fn ChangeLog() -> impl IntoView {
    let app = use_app();
    let draft = kept_draft::<ChangeEntry>("Log a change");
    // Why the last entry was refused, until the text changes.
    let refused = RwSignal::new(String::new());
    let ids = move || {
        app.with_doc(|d| d.change_log.iter().rev().map(|c| c.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entry = draft.get_untracked();
        match app.try_dispatch(Msg::Ops(O::LogChange(ChangeEntry { at: now(), ..entry }))) {
            Ok(()) => draft.set(ChangeEntry {
                area: draft.get_untracked().area,
                ..ChangeEntry::default()
            }),
            Err(why) => refused.set(why),
        }
    };
    let field = move |get: fn(&ChangeEntry) -> String| Signal::derive(move || draft.with(get));
    view! {
        <section aria-labelledby="changes">
            <h2 id="changes">"Change log"</h2>
            <p class="why">"Nothing in the model stays still. Log what changes in your market, your company and your inputs and outputs, what it did, and how the system answered."</p>
            <form class="card change-form" on:submit=submit aria-label="Log a change">
                <div class="pair">
                    <label class="field">
                        <span class="field-label">"Date"</span>
                        <input type="date" prop:value=move || draft.with(|d| d.date.clone()) on:input=move |ev| draft.update(|d| d.date = event_target_value(&ev)) />
                    </label>
                    <SelectField label="Where" options=area_options() value=move || draft.with(|d| d.area) on_change=move |v| draft.update(|d| d.area = v) />
                </div>
                {kind_input("kinds-new".into(), Signal::derive(move || draft.with(|d| d.area)), field(|d| d.kind.clone()), Callback::new(move |v| draft.update(|d| d.kind = v)))}
                <TextField label="What changed" value=move || draft.with(|d| d.text.clone()) on_input=move |v| { refused.set(String::new()); draft.update(|d| d.text = v) } />
                <div class="pair">
                    <TextField label="Impact" value=move || draft.with(|d| d.impact.clone()) on_input=move |v| draft.update(|d| d.impact = v) />
                    <TextField label="Action taken" value=move || draft.with(|d| d.action.clone()) on_input=move |v| draft.update(|d| d.action = v) />
                </div>
                <button type="submit" class="primary">"Log change"</button>
                <p class="field-error" aria-live="polite">{move || refused.get()}</p>
            </form>
            <ul class="plain-list change-list">
                <For each=ids key=|id| *id children=move |id| view! { <ChangeItem id=id /> } />
            </ul>
        </section>
    }
}

#[component]
fn ChangeItem(id: ChangeId) -> impl IntoView {
    let app = use_app();
    let c = Memo::new(move |_| {
        app.with_doc(|d| d.change_log.iter().find(|c| c.id == id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let edit = move |e: ChangeEdit| app.dispatch(Msg::Ops(O::EditChange(id, e)));
    view! {
        <li class="flow-item">
            <LazyDetails body=move || view! {
                    <div class="flow-editor">
                        <div class="pair">
                            <label class="field">
                                <span class="field-label">"Date"</span>
                                <input type="date" prop:value=move || c.with(|c| c.date.clone()) on:input=move |ev| edit(ChangeEdit::Date(event_target_value(&ev))) />
                            </label>
                            <SelectField label="Where" options=area_options() value=move || c.with(|c| c.area) on_change=move |v| edit(ChangeEdit::Area(v)) />
                        </div>
                        {kind_input(format!("kinds-{}", id.0), Signal::derive(move || c.with(|c| c.area)), Signal::derive(move || c.with(|c| c.kind.clone())), Callback::new(move |v| edit(ChangeEdit::Kind(v))))}
                        <TextField label="What changed" value=move || c.with(|c| c.text.clone()) on_input=move |v| edit(ChangeEdit::Text(v)) />
                        <TextField label="Impact" value=move || c.with(|c| c.impact.clone()) on_input=move |v| edit(ChangeEdit::Impact(v)) />
                        <TextField label="Action taken" value=move || c.with(|c| c.action.clone()) on_input=move |v| edit(ChangeEdit::Action(v)) />
                        <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Ops(O::RemoveChange(id)))>"Delete this entry"</button>
                    </div>
                }>
                    <time>{move || c.with(|c| c.date.clone())}</time>" "
                    <span class="tag">{move || c.with(|c| area_label(c.area))}</span>" "
                    <span class="flow-name">{move || c.with(|c| c.text.clone())}</span>
                    {move || c.with(|c| (!c.kind.trim().is_empty()).then(|| view! { <span class="meta">{format!(" · {}", c.kind.trim())}</span> }))}
                </LazyDetails>
        </li>
    }
}
