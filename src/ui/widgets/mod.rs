//! Small shared form widgets. Each wraps its control in a `<label>`, so the label text is the
//! control's accessible name.
//!
//! The components are generic for their callers' convenience, but each hands its closures to
//! one non-generic builder (`Signal`, `Callback`), so the view code exists once in the wasm
//! instead of once per call site.

use crate::state::use_app;
use leptos::prelude::*;

mod adding;
mod details;
mod draft;
mod number;
pub use crate::domain::format::{parse_number, NotANumber};
pub use adding::{AddForm, SuggestNames, Suggestions};
pub use details::{copy_text, holds, LazyDetails};
pub use draft::{kept_draft, kept_draft_in};
pub use number::{format_number, NumberField};

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
    /// Offer the model's teams and people to pick from (a team or a person is named here).
    #[prop(optional)]
    picker: bool,
    /// Hide the label visually (in a table cell whose row and column say what it is).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView
where
    V: Fn() -> String + Send + Sync + 'static,
    F: Fn(String) + Send + Sync + 'static,
{
    text_control(
        label,
        Signal::derive(value),
        Callback::new(on_input),
        hint,
        placeholder,
        Kind::Line { picker, compact },
    )
}

/// What kind of text control: one line (maybe with the names picker), or several lines.
#[derive(Clone, Copy)]
enum Kind {
    Line { picker: bool, compact: bool },
    Lines,
}

/// The id of the list of the model's teams and people that pickers offer ([`NamesList`]).
pub const NAMES_LIST: &str = "model-names";

/// The list of every team and person the model names, which name fields offer as choices
/// while still taking a new name. Drawn once in the model's frame.
#[component]
pub fn NamesList() -> impl IntoView {
    let app = use_app();
    let names = Memo::new(move |_| app.with_names(|d| d.names()).unwrap_or_default());
    view! {
        <datalist id=NAMES_LIST>
            {move || names.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
        </datalist>
    }
}

/// The id of the list of today's people ([`PeopleList`]), offered where a person is added.
pub const PEOPLE_LIST: &str = "model-people";

/// The one list of people, as choices for a field that adds a person: picking a name places
/// that person rather than adding them twice. Drawn once on a page that adds people.
#[component]
pub fn PeopleList() -> impl IntoView {
    let app = use_app();
    let names = Memo::new(move |_| {
        app.with_names(|d| {
            d.operations
                .team
                .people
                .iter()
                .map(|p| p.name.trim().to_string())
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <datalist id=PEOPLE_LIST>
            {move || names.get().into_iter().map(|n| view! { <option value=n></option> }).collect_view()}
        </datalist>
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
    text_control(
        label,
        Signal::derive(value),
        Callback::new(on_input),
        hint,
        None,
        Kind::Lines,
    )
}

fn text_control(
    label: String,
    value: Signal<String>,
    on_input: Callback<String>,
    hint: Option<String>,
    placeholder: Option<String>,
    kind: Kind,
) -> AnyView {
    let app = use_app();
    let (list, compact) = match kind {
        Kind::Line { picker, compact } => (picker.then_some(NAMES_LIST), compact),
        Kind::Lines => (None, false),
    };
    let control = if matches!(kind, Kind::Lines) {
        view! {
            <textarea
                rows="3"
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:blur=move |_| app.seal()
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                prop:value=value
                list=list
                autocomplete=list.map(|_| "off")
                placeholder=placeholder
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:blur=move |_| app.seal()
            />
        }
        .into_any()
    };
    view! {
        <label class="field" class:compact=compact>
            <span class=if compact { "visually-hidden" } else { "field-label" }>{label}</span>
            {hint.map(|h| view! { <span class="field-hint">{h}</span> })}
            {control}
        </label>
    }
    .into_any()
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
    /// Hide the label visually (in a table cell whose row and column say what it is).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView
where
    T: PartialEq + Clone + Send + Sync + 'static,
    V: Fn() -> T + Send + Sync + 'static,
    F: Fn(T) + Send + Sync + 'static,
{
    let (values, labels): (Vec<T>, Vec<String>) = options.into_iter().unzip();
    let values2 = values.clone();
    let selected = Signal::derive(move || {
        let v = value();
        values.iter().position(|x| *x == v)
    });
    let on_change = Callback::new(move |i: usize| {
        if let Some(v) = values2.get(i) {
            on_change(v.clone());
        }
    });
    select_control(label, labels, selected, on_change, compact)
}

fn select_control(
    label: String,
    labels: Vec<String>,
    selected: Signal<Option<usize>>,
    on_change: Callback<usize>,
    compact: bool,
) -> AnyView {
    view! {
        <label class="field" class:compact=compact>
            <span class=if compact { "visually-hidden" } else { "field-label" }>{label}</span>
            <select
                prop:value=move || selected.get().map(|i| i.to_string()).unwrap_or_default()
                on:change=move |ev| {
                    if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                        on_change.run(i);
                    }
                }
            >
                {labels
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| view! { <option value=i.to_string()>{text}</option> })
                    .collect_view()}
            </select>
        </label>
    }
    .into_any()
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
    check_control(label, Signal::derive(checked), Callback::new(on_change))
}

fn check_control(label: String, checked: Signal<bool>, on_change: Callback<bool>) -> AnyView {
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=checked on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            <span>{label}</span>
        </label>
    }
    .into_any()
}
