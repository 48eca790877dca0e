//! The save status in the header and the banner for storage trouble.

use crate::state::{use_app, SaveStatus};
use leptos::prelude::*;

/// "All changes saved" and friends, announced politely to screen readers.
#[component]
pub fn SaveStatusView() -> impl IntoView {
    let app = use_app();
    let location = leptos_router::hooks::use_location();
    // A client's reply as received is never changed, so there is nothing to save.
    let received = move || {
        let path = location.pathname.get();
        (path.starts_with("/model/") || path.starts_with("/assess/")) && app.received()
    };
    let text = move || match app.save.get() {
        SaveStatus::Failed(_) => "Not saved".to_string(),
        _ if received() => "Read-only: the reply as received".to_string(),
        SaveStatus::Idle => String::new(),
        SaveStatus::Pending => "Saving…".to_string(),
        SaveStatus::Saved(_) => {
            if app.memory_only.with(Option::is_some) {
                "Kept in this tab only".to_string()
            } else {
                "All changes saved".to_string()
            }
        }
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
            SaveStatus::Failed(why) => {
                let open = app.doc_untracked(|d| d.id.clone());
                let stale = app.stale.get_untracked();
                Some(view! {
                    <div class="banner error no-print" role="alert">
                        <p>
                            <strong>"Your latest changes are not saved. "</strong>
                            {why}
                        </p>
                        {open.map(|id| view! {
                            <p class="actions-row">
                                <button type="button" class="primary" on:click=move |_| {
                                    if let Err(e) = app.export(&id) {
                                        app.tell(e);
                                    }
                                }>"Export this model"</button>
                                {(!stale).then(|| view! {
                                    <button type="button" on:click=move |_| app.save_now()>"Try saving again"</button>
                                })}
                            </p>
                        })}
                    </div>
                })
            }
            _ => None,
        }}
    }
}

/// A nudge to export a model whose changes no export has held for a week or more.
#[component]
pub fn ExportReminder() -> impl IntoView {
    let app = use_app();
    let dismissed = RwSignal::new(false);
    let text = move || {
        if dismissed.get() {
            return None;
        }
        let id = app.with_doc(|d| d.id.clone())?;
        let last = app.last_export(&id);
        app.with_doc(|d| {
            crate::content::storage::export_reminder(d, last, crate::web::clock::now())
        })
        .flatten()
        .map(|t| (id, t))
    };
    view! {
        {move || text().map(|(id, t)| view! {
            <div class="banner info no-print" role="region" aria-label="Export reminder">
                <p>{t} " Browsers can clear stored data, so keep a copy of your own."</p>
                <p class="actions-row">
                    <button type="button" class="primary" on:click=move |_| {
                        if let Err(e) = app.export(&id) {
                            app.tell(e);
                        }
                    }>"Export now"</button>
                    <button type="button" on:click=move |_| dismissed.set(true)>"Not now"</button>
                </p>
            </div>
        })}
    }
}
