//! Adding by name: a one-field form, and one-click suggestions.

use super::kept_draft;
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

/// A one-field form that adds something by name: the field clears after each add, and an add
/// the model refuses (a blank name, a name already taken) is explained beside the field. What
/// is typed is kept as a draft until it is added, so a reload does not lose it.
#[component]
pub fn AddForm<F>(
    /// The field's label, also its accessible name.
    #[prop(into)]
    label: String,
    /// The submit button's text.
    #[prop(into)]
    button: String,
    /// The change that adds the typed name.
    on_add: F,
    /// The id of a `<datalist>` to offer names from (say, [`PEOPLE_LIST`]).
    #[prop(optional)]
    list: Option<&'static str>,
    /// What the draft is kept under when the label is not unique on its page (one form per
    /// row, say); the label otherwise.
    #[prop(optional, into)]
    draft: Option<String>,
) -> impl IntoView
where
    F: Fn(String) -> Msg + Send + Sync + 'static,
{
    let draft = draft.unwrap_or_else(|| label.clone());
    add_form(label, button, Callback::new(on_add), list, draft)
}

fn add_form(
    label: String,
    button: String,
    on_add: Callback<String, Msg>,
    list: Option<&'static str>,
    draft: String,
) -> AnyView {
    let app = use_app();
    let draft = kept_draft::<String>(draft);
    let refused = RwSignal::new(String::new());
    view! {
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            match app.try_dispatch(on_add.run(draft.get_untracked())) {
                Ok(()) => draft.set(String::new()),
                Err(why) => refused.set(why),
            }
        }>
            <label class="field">
                <span class="field-label">{label}</span>
                <input type="text" list=list autocomplete=list.map(|_| "off")
                    prop:value=move || draft.get() on:input=move |ev| { refused.set(String::new()); draft.set(event_target_value(&ev)) } />
            </label>
            <button type="submit">{button}</button>
            <p class="field-error" aria-live="polite">{move || refused.get()}</p>
        </form>
    }
    .into_any()
}

/// One-click suggestions ("Add X" chips), shown only while any remain.
#[component]
pub fn Suggestions<F>(
    /// The suggestions not yet adopted.
    items: Memo<Vec<&'static str>>,
    /// Called with the chosen suggestion.
    on_add: F,
) -> impl IntoView
where
    F: Fn(String) + Send + Sync + 'static,
{
    let items = Signal::derive(move || items.get().into_iter().map(String::from).collect());
    suggestions(items, Callback::new(on_add))
}

/// [`Suggestions`] of names drawn from the model (sub-functions, company functions…).
#[component]
pub fn SuggestNames<F>(
    /// The names not yet adopted.
    items: Signal<Vec<String>>,
    /// Called with the chosen name.
    on_add: F,
) -> impl IntoView
where
    F: Fn(String) + Send + Sync + 'static,
{
    suggestions(items, Callback::new(on_add))
}

fn suggestions(items: Signal<Vec<String>>, on_add: Callback<String>) -> AnyView {
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <p class="suggestions">"Suggested: "
                {move || items.get().into_iter().map(|s| {
                    let text = format!("Add {s}");
                    view! {
                        <button type="button" class="chip" on:click=move |_| on_add.run(s.clone())>{text}</button>
                    }
                }).collect_view()}
            </p>
        </Show>
    }
    .into_any()
}
