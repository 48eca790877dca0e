//! What is typed into a "new item" form, kept as a draft in the tab's session storage (see
//! `web::drafts`), so a reload or a crashed tab does not lose it: restored when the form is
//! drawn again, forgotten once the form is back to empty (the item was added).

use crate::state::use_app;
use crate::web::drafts;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A form's value, starting from the draft kept for `field` of the open model (or the
/// default), and kept as the draft whenever it changes. The default value keeps no draft.
pub fn kept_draft<T>(field: impl Into<String>) -> RwSignal<T>
where
    T: Serialize + DeserializeOwned + Default + PartialEq + Send + Sync + 'static,
{
    let model = use_app()
        .doc_untracked(|d| d.id.0.clone())
        .unwrap_or_default();
    kept_draft_in(model, field.into())
}

/// [`kept_draft`] kept under the key `model` given, rather than the open model's id: for a
/// form that belongs to no model (the home page's new model).
pub fn kept_draft_in<T>(model: String, field: String) -> RwSignal<T>
where
    T: Serialize + DeserializeOwned + Default + PartialEq + Send + Sync + 'static,
{
    let kept = serde_json::from_str(&drafts::get(&model, &field)).unwrap_or_default();
    let value = RwSignal::new(kept);
    Effect::new(move |_| {
        let text = value.with(|v: &T| {
            if *v == T::default() {
                String::new()
            } else {
                serde_json::to_string(v).unwrap_or_default()
            }
        });
        drafts::set(&model, &field, &text);
    });
    value
}
