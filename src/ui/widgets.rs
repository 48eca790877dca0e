//! Small shared form widgets. Each wraps its control in a `<label>`, so the label text is the
//! control's accessible name.

use crate::state::use_app;
use leptos::prelude::*;

/// A labelled one-line text input bound to a model value.
#[component]
pub fn TextField<V, F>(
    /// The visible label, also the accessible name.
    #[prop(into)]
    label: String,
    /// Reads the current value from the model.
    value: V,
    /// Called with the new text on every keystroke.
    on_input: F,
    /// A short hint shown under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Placeholder example text.
    #[prop(optional, into)]
    placeholder: Option<String>,
) -> impl IntoView
where
    V: Fn() -> String + Send + Sync + 'static,
    F: Fn(String) + Send + Sync + 'static,
{
    let app = use_app();
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            {hint.map(|h| view! { <span class="field-hint">{h}</span> })}
            <input
                type="text"
                prop:value=value
                placeholder=placeholder
                on:input=move |ev| on_input(event_target_value(&ev))
                on:blur=move |_| app.seal()
            />
        </label>
    }
}

/// A labelled multi-line text area bound to a model value.
#[component]
pub fn TextArea<V, F>(
    /// The visible label, also the accessible name.
    #[prop(into)]
    label: String,
    /// Reads the current value from the model.
    value: V,
    /// Called with the new text on every keystroke.
    on_input: F,
    /// A short hint shown under the label.
    #[prop(optional, into)]
    hint: Option<String>,
) -> impl IntoView
where
    V: Fn() -> String + Send + Sync + 'static,
    F: Fn(String) + Send + Sync + 'static,
{
    let app = use_app();
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            {hint.map(|h| view! { <span class="field-hint">{h}</span> })}
            <textarea
                rows="3"
                prop:value=value
                on:input=move |ev| on_input(event_target_value(&ev))
                on:blur=move |_| app.seal()
            ></textarea>
        </label>
    }
}

/// A labelled select over a fixed list of choices.
#[component]
pub fn SelectField<T, V, F>(
    /// The visible label, also the accessible name.
    #[prop(into)]
    label: String,
    /// The choices and their labels, in order.
    options: Vec<(T, String)>,
    /// Reads the current choice from the model.
    value: V,
    /// Called with the chosen value.
    on_change: F,
) -> impl IntoView
where
    T: PartialEq + Clone + Send + Sync + 'static,
    V: Fn() -> T + Send + Sync + 'static,
    F: Fn(T) + Send + Sync + 'static,
{
    let values: Vec<T> = options.iter().map(|(v, _)| v.clone()).collect();
    let values2 = values.clone();
    let selected = move || {
        let v = value();
        values
            .iter()
            .position(|x| *x == v)
            .map(|i| i.to_string())
            .unwrap_or_default()
    };
    view! {
        <label class="field">
            <span class="field-label">{label}</span>
            <select
                prop:value=selected
                on:change=move |ev| {
                    if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values2.get(i)) {
                        on_change(v.clone());
                    }
                }
            >
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (_, text))| view! { <option value=i.to_string()>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A labelled checkbox bound to a model value.
#[component]
pub fn CheckField<V, F>(
    /// The visible label, also the accessible name.
    #[prop(into)]
    label: String,
    /// Reads whether it is checked.
    checked: V,
    /// Called with the new state.
    on_change: F,
) -> impl IntoView
where
    V: Fn() -> bool + Send + Sync + 'static,
    F: Fn(bool) + Send + Sync + 'static,
{
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=checked on:change=move |ev| on_change(event_target_checked(&ev)) />
            <span>{label}</span>
        </label>
    }
}
