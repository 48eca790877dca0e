//! Taking models in: import by file picker or drag-and-drop, and the question when an
//! imported model has the id of one already here.

use super::open_path;
use crate::persist::{size_limit, size_over, MAX_BYTES};
use crate::state::use_app;
use crate::web::file::{dropped_file, read_file, take_picked_file, File, FileError};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// Import by file picker or drag-and-drop.
#[component]
pub(super) fn ImportBox() -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<String>);
    let over = RwSignal::new(false);
    let navigate = use_navigate();
    let take = move |file: File| {
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match read_file(file, MAX_BYTES).await {
                Err(FileError::TooLarge { name, bytes }) => error.set(Some(format!(
                    "“{name}” is {}; the most this app reads is {}. Nothing was changed.",
                    size_over(bytes),
                    size_limit(MAX_BYTES as u64)
                ))),
                Err(FileError::Unreadable { name, why }) => error.set(Some(format!(
                    "“{name}” could not be read ({why}). Nothing was changed."
                ))),
                Ok((name, bytes)) => match app.import(&bytes) {
                    Ok(opened) => {
                        error.set(None);
                        if let Some(id) = opened {
                            navigate(&open_path(app, &id), Default::default());
                        } else if app.arriving.with_untracked(Option::is_some) {
                            navigate("/reply", Default::default());
                        }
                    }
                    Err(e) => error.set(Some(format!(
                        "“{name}” was not imported. {e} Nothing was changed."
                    ))),
                },
            }
        });
    };
    let take2 = take.clone();
    view! {
        <section
            aria-labelledby="import-heading"
            class="card drop-zone"
            class:over=move || over.get()
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                over.set(false);
                if let Some(file) = dropped_file(&ev) {
                    take2(file);
                }
            }
        >
            <h2 id="import-heading">"Import a model"</h2>
            <label class="field">
                <span class="field-label">"Import a model file (JSON)"</span>
                <span class="field-hint">"Choose a file exported from this app, or drop it on this box."</span>
                <input
                    type="file"
                    accept=".json,application/json"
                    on:change=move |ev| {
                        if let Some(file) = take_picked_file(&ev) {
                            take(file);
                        }
                    }
                />
            </label>
            <p class="error-text" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// Asks whether an imported model replaces the one with the same id, or sits beside it.
#[component]
pub(crate) fn ConflictDialog() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let go = move |replace: bool| {
        if let Some(id) = app.resolve_conflict(replace) {
            navigate(&open_path(app, &id), Default::default());
        }
    };
    let go2 = go.clone();
    view! {
        {move || app.conflict.get().map(|c| {
            let go = go.clone();
            let go2 = go2.clone();
            view! {
                <section class="card conflict" role="alertdialog" aria-labelledby="conflict-heading" aria-describedby="conflict-text">
                    <h2 id="conflict-heading">"This model is already here"</h2>
                    <p id="conflict-text">
                        "“" {c.incoming.display_name().to_string()} "” is already in this browser. "
                        "Replace the model here with the one you are adding, or keep both?"
                    </p>
                    <button type="button" class="danger" on:click=move |_| go(true)>"Replace it"</button>
                    <button type="button" class="primary" on:click=move |_| go2(false)>"Keep both"</button>
                    <button type="button" on:click=move |_| app.conflict.set(None)>"Cancel import"</button>
                </section>
            }
        })}
    }
}
