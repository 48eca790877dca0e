//! The save status in the header and the banner for storage trouble.

use crate::state::{use_app, SaveStatus};
use leptos::prelude::*;

/// "All changes saved" and friends, announced politely to screen readers.
#[component]
pub fn SaveStatusView() -> impl IntoView {
    let app = use_app();
    let text = move || match app.save.get() {
        SaveStatus::Idle => String::new(),
        SaveStatus::Pending => "Saving…".to_string(),
        SaveStatus::Saved(_) => {
            if app.memory_only.with(Option::is_some) {
                "Kept in this tab only".to_string()
            } else {
                "All changes saved".to_string()
            }
        }
        SaveStatus::Failed(_) => "Not saved".to_string(),
    };
    let failed = move || matches!(app.save.get(), SaveStatus::Failed(_));
    view! {
        <p class="save-status" class:failed=failed role="status" aria-live="polite">{text}</p>
    }
}

/// Tells the user when their work cannot be saved in this browser, and what to do.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.memory_only.with(Option::is_some)>
            <div class="banner warn no-print" role="alert">
                <strong>"Working in memory only. "</strong>
                {move || app.memory_only.get().unwrap_or_default()}
                " Your models last only while this tab is open: export them to keep them."
            </div>
        </Show>
        {move || match app.save.get() {
            SaveStatus::Failed(why) => Some(view! {
                <div class="banner error no-print" role="alert">
                    <strong>"Your latest changes are not saved. "</strong>
                    {why}
                </div>
            }),
            _ => None,
        }}
    }
}
