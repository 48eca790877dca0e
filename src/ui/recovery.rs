//! What the app kept for the user: stored data it could not read (with its backups) and
//! models deleted in this session.

use crate::domain::ModelId;
use crate::state::{use_app, AppState};
use leptos::prelude::*;

/// Stored text that could not be read this time.
#[component]
pub fn Problems() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.problems.with(|p| !p.is_empty())>
            <section class="banner error" role="alert" aria-labelledby="problems-heading">
                <h2 id="problems-heading">"Some saved data could not be opened"</h2>
                <ul>
                    <For
                        each=move || app.problems.get()
                        key=|p| p.key.clone()
                        children=move |p| {
                            let raw = p.raw.clone();
                            let file = format!("{}.txt", p.key.replace('.', "-"));
                            view! {
                                <li>
                                    <p>{p.reason.clone()}</p>
                                    <p>{match &p.backup {
                                        _ if p.raw.is_empty() => String::new(),
                                        Some(k) => format!("The stored text is kept unchanged, with a copy under “{k}”."),
                                        None => "The stored text is kept unchanged; download it to be safe.".to_string(),
                                    }}</p>
                                    {(!raw.is_empty()).then(|| view! {
                                        <button type="button" on:click=move |_| {
                                            let _ = crate::web::file::download(&file, "text/plain", &raw);
                                        }>"Download the stored text"</button>
                                    })}
                                </li>
                            }
                        }
                    />
                </ul>
            </section>
        </Show>
    }
}

/// Models deleted in this session.
#[component]
pub fn Trash() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.trash.with(|t| !t.is_empty())>
            <section aria-labelledby="trash-heading">
                <h2 id="trash-heading">"Deleted in this session"</h2>
                <p class="field-hint">"These can be restored until you close this tab."</p>
                <ul>
                    {move || app.trash.get().into_iter().map(|d| {
                        let id: ModelId = d.id.clone();
                        let name = d.display_name().to_string();
                        view! {
                            <li>
                                {name.clone()} " "
                                <button type="button" aria-label=format!("Restore {name}") on:click=move |_| {
                                    let _ = app.restore_deleted(&id);
                                }>"Restore"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// Backups of unreadable data kept in storage.
#[component]
pub fn Backups() -> impl IntoView {
    let app: AppState = use_app();
    view! {
        <Show when=move || app.backups.with(|b| !b.is_empty())>
            <details class="card">
                <summary>{move || format!("Kept backups ({})", app.backups.with(Vec::len))}</summary>
                <ul>
                    {move || app.backups.get().into_iter().map(|key| {
                        let (k1, k2) = (key.clone(), key.clone());
                        view! {
                            <li>
                                <code>{key.clone()}</code> " "
                                <button type="button" on:click=move |_| {
                                    if let Some(raw) = app.raw(&k1) {
                                        let _ = crate::web::file::download(&format!("{}.txt", k1.replace('.', "-")), "text/plain", &raw);
                                    }
                                }>"Download"</button>
                                <button type="button" class="danger" on:click=move |_| {
                                    let sure = window()
                                        .confirm_with_message("Delete this backup for good?")
                                        .unwrap_or(false);
                                    if sure {
                                        app.delete_backup(&k2);
                                    }
                                }>"Delete"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}
