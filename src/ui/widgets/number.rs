//! A number field that keeps what the user typed until it reads as a number.

use crate::domain::format::parse_number;
use crate::state::use_app;
use leptos::prelude::*;

/// A labelled number input bound to an optional model value. Text that is not a number is
/// kept in the field and flagged, and the model keeps its last good value.
#[component]
pub fn NumberField<V, F>(
    /// The label, also the accessible name.
    #[prop(into)]
    label: String,
    /// Reads the current value from the model.
    value: V,
    /// Called with each valid value (`None` when cleared).
    on_input: F,
    /// Hide the label visually (in a table cell whose row and column say what it is).
    #[prop(optional)]
    compact: bool,
) -> impl IntoView
where
    V: Fn() -> Option<f64> + Send + Sync + 'static,
    F: Fn(Option<f64>) + Send + Sync + 'static,
{
    number_control(
        label,
        Signal::derive(value),
        Callback::new(on_input),
        compact,
    )
}

/// A number as a page shows it (blank for none), through the app's one number formatter,
/// [`crate::domain::format::number`].
pub fn format_number(v: Option<f64>) -> String {
    v.map(crate::domain::format::number).unwrap_or_default()
}

/// A number as a field holds it for editing (blank for none): not grouped.
fn field_number(v: Option<f64>) -> String {
    v.map(|v| crate::domain::format::plain(v, crate::domain::format::PLACES))
        .unwrap_or_default()
}

fn number_control(
    label: String,
    value: Signal<Option<f64>>,
    on_input: Callback<Option<f64>>,
    compact: bool,
) -> AnyView {
    let app = use_app();
    let text = RwSignal::new(field_number(value.get_untracked()));
    let bad = RwSignal::new(false);
    // Follow the model (undo, another field) unless the field already says the same.
    Effect::new(move |_| {
        let v = value.get();
        if text.with_untracked(|t| parse_number(t)) != Ok(v) {
            text.set(field_number(v));
            bad.set(false);
        }
    });
    let input = move |ev| {
        let t = event_target_value(&ev);
        let parsed = parse_number(&t);
        text.set(t);
        bad.set(parsed.is_err());
        if let Ok(v) = parsed {
            on_input.run(v);
        }
    };
    view! {
        <label class="field number">
            <span class=if compact { "visually-hidden" } else { "field-label" }>{label}</span>
            <input type="text" inputmode="decimal" prop:value=move || text.get()
                aria-invalid=move || bad.get().then_some("true")
                on:input=input on:blur=move |_| app.seal() />
            <Show when=move || bad.get()>
                <span class="field-error">"Not a number: type, say, 1200, 1.2k, 1.5M or 25%"</span>
            </Show>
        </label>
    }
    .into_any()
}
