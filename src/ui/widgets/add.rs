//! Adding things by name: a one-field form, and suggestions to add with one click.

use leptos::prelude::*;

/// A one-field form that adds something by name; blank names are ignored and the field
/// clears after each add.
#[component]
pub fn AddForm<F>(
    /// The field's label, also its accessible name.
    #[prop(into)]
    label: String,
    /// The submit button's text.
    #[prop(into)]
    button: String,
    /// Called with the typed name.
    on_add: F,
    /// The id of a `<datalist>` to offer names from (say, [`PEOPLE_LIST`]).
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView
where
    F: Fn(String) + Send + Sync + 'static,
{
    add_form(label, button, Callback::new(on_add), list)
}

fn add_form(
    label: String,
    button: String,
    on_add: Callback<String>,
    list: Option<&'static str>,
) -> AnyView {
    let draft = RwSignal::new(String::new());
    view! {
        <form class="inline-form" on:submit=move |ev| {
            ev.prevent_default();
            let name = draft.get_untracked();
            if !name.trim().is_empty() {
                on_add.run(name);
                draft.set(String::new());
            }
        }>
            <label class="field">
                <span class="field-label">{label}</span>
                <input type="text" list=list autocomplete=list.map(|_| "off")
                    prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
            </label>
            <button type="submit">{button}</button>
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
