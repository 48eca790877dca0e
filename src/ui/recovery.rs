//! What the app kept for the user: stored data it could not read (with its backups) and
//! models deleted and kept in the bin, and how much storage all of it takes.

use crate::domain::ModelId;
use crate::persist::slots::shadow_key;
use crate::persist::workspace::{model_key, version_prefix, Problem};
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
                        children=move |p| view! { <ProblemItem p=p /> }
                    />
                </ul>
            </section>
        </Show>
    }
}

/// On a model's pages: what of this model could not be read (a later save a newer build
/// wrote, a named version's snapshot), with where it is kept.
#[component]
pub fn ModelProblems(id: Memo<ModelId>) -> impl IntoView {
    let app = use_app();
    let mine = Memo::new(move |_| {
        let id = id.get();
        let keys = [model_key(&id), shadow_key(&id)];
        let versions = version_prefix(&id);
        app.problems.with(|ps| {
            ps.iter()
                .filter(|p| keys.contains(&p.key) || p.key.starts_with(&versions))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || mine.with(|p| !p.is_empty())>
            <section class="banner warn" role="status" aria-labelledby="model-problems-heading">
                <h2 id="model-problems-heading">"Part of this model's saved data could not be opened"</h2>
                <ul>
                    <For each=move || mine.get() key=|p| p.key.clone() children=move |p| view! { <ProblemItem p=p /> } />
                </ul>
            </section>
        </Show>
    }
}

/// One piece of stored text that could not be read: why, where it is kept, and a download.
#[component]
fn ProblemItem(p: Problem) -> impl IntoView {
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

/// Deleted models, kept until the user deletes them for good.
#[component]
pub fn Trash() -> impl IntoView {
    let app = use_app();
    let now = crate::web::clock::now();
    view! {
        <Show when=move || app.trash.with(|t| !t.is_empty())>
            <section aria-labelledby="trash-heading" class="card">
                <h2 id="trash-heading">"Recently deleted"</h2>
                <p class="field-hint">"Deleted models stay here, with their versions, until you delete them for good."</p>
                <ul class="plain-list">
                    {move || app.trash.get().into_iter().map(|b| {
                        let id: ModelId = b.doc.id.clone();
                        let id2 = id.clone();
                        let name = b.doc.display_name().to_string();
                        let when = match b.key {
                            Some(_) => format!("deleted {}", b.deleted_at.relative_to(now)),
                            None => "kept only until this tab closes".to_string(),
                        };
                        view! {
                            <li>
                                <strong>{name.clone()}</strong> " " <span class="meta">{when}</span> " "
                                <button type="button" aria-label=format!("Restore {name}") on:click=move |_| {
                                    if let Err(e) = app.restore_deleted(&id) {
                                        app.tell(e);
                                    }
                                }>"Restore"</button>
                                " "
                                <button type="button" class="danger" aria-label=format!("Delete {name} for good") on:click=move |_| {
                                    app.purge(&id2);
                                }>"Delete for good"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}

/// How much of the browser's storage the app uses, and whether the browser keeps it.
#[component]
pub fn StoragePanel() -> impl IntoView {
    use crate::content::storage::{kept_text, usage_line};
    let app = use_app();
    let usage = Memo::new(move |_| {
        // Recounted whenever the lists that change storage change.
        app.models.track();
        app.trash.track();
        app.backups.track();
        app.usage()
    });
    let line = move || usage_line(&usage.get());
    let kept = move || kept_text(app.persisted.get());
    view! {
        <Show when=move || app.memory_only.with(Option::is_none)>
            <section aria-labelledby="storage-heading" class="card no-print">
                <h2 id="storage-heading">"Storage in this browser"</h2>
                <p>{line}</p>
                <p>{kept}</p>
                <Show when=move || app.persisted.get() == Some(false)>
                    <button type="button" on:click=move |_| app.ask_persistence()>"Ask the browser to keep this data"</button>
                </Show>
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
                <summary>{move || format!("Kept backups · {}", app.backups.with(Vec::len))}</summary>
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
                                    if crate::web::dialog::confirm("Delete this backup for good?") {
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
