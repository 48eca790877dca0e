//! The quick home page: the workspace exactly as the app's home page shows it, drawn from the
//! summaries memo by a small module of its own (`src/bin/home.rs`) so that a visit to the home
//! page does not download the whole app.
//!
//! It has no behaviour of its own. Links are ordinary links (the address they open loads the
//! app). Any other control (a button, the create form, the file picker, a dropped file) makes
//! the loader in `index.html` start the app, which takes over the page, fills in what was typed
//! and does what was asked (`window.mos` there). A test compares this page with the app's home
//! page element by element (`tests/e2e/quick.spec.js`): keep the two in step.

use super::home::{invitation_tag, open_href};
use crate::persist::quick::QuickHome;
use crate::persist::workspace::{exported_text, kept_text, usage_line, ModelSummary};
use crate::web::clock::now;
use leptos::prelude::*;

/// The whole page: header, home page and footer, as `ui::App` shows them on `/`.
#[component]
pub fn QuickPage(home: QuickHome, persisted: ReadSignal<Option<bool>>) -> impl IntoView {
    let usage = usage_line(&home.usage);
    let rows = home
        .models
        .iter()
        .map(|m| row(m, &home))
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="app-header no-print">
            <a href="/" aria-current="page" class="brand">{crate::content::APP_NAME}</a>
            <p class="save-status" role="status" aria-live="polite"></p>
        </header>
        <main id="main" tabindex="-1">
            <h1>{crate::content::HOME_TITLE}</h1>
            <p class="lead">{crate::content::HOME_LEAD}</p>
            <div class="notice-region" role="status" aria-live="polite"></div>
            <section aria-labelledby="new-model" class="card">
                <h2 id="new-model">"Start a new model"</h2>
                <form class="inline-form">
                    <label class="field">
                        <span class="field-label">"Company name"</span>
                        <input type="text" autocomplete="organization" aria-describedby="create-error" />
                    </label>
                    <button type="submit" class="primary">"Create model"</button>
                </form>
                <p id="create-error" class="error-text" role="alert"></p>
            </section>
            <section aria-labelledby="sample-heading" class="card">
                <h2 id="sample-heading">"See what good looks like"</h2>
                <p>"Open Northwind Metrics, a fictional B2B software company with its model filled in. It is a model like any other: change it freely."</p>
                <button type="button">"Open the sample model"</button>
            </section>
            {clients_section()}
            <section aria-labelledby="import-heading" class="card drop-zone">
                <h2 id="import-heading">"Import a model"</h2>
                <label class="field">
                    <span class="field-label">"Import a model file (JSON)"</span>
                    <span class="field-hint">"Choose a file exported from this app, or drop it on this box."</span>
                    <input type="file" accept=".json,application/json" />
                </label>
                <p class="error-text" role="alert"></p>
            </section>
            <section aria-labelledby="models-heading">
                <h2 id="models-heading">"Models in this browser"</h2>
                {if empty {
                    view! { <p class="empty">"No models yet. Start one above, or import a file."</p> }.into_any()
                } else {
                    view! { <ul class="model-list">{rows}</ul> }.into_any()
                }}
            </section>
            <section aria-labelledby="storage-heading" class="card no-print">
                <h2 id="storage-heading">"Storage in this browser"</h2>
                <p>{usage}</p>
                <p>{move || kept_text(persisted.get())}</p>
                <Show when=move || persisted.get() == Some(false)>
                    <button type="button">"Ask the browser to keep this data"</button>
                </Show>
            </section>
        </main>
        <footer class="app-footer no-print">
            <p>{crate::content::FOOTER}</p>
        </footer>
    }
}

/// One model in the list, as `home::ModelRow` shows it.
fn row(m: &ModelSummary, home: &QuickHome) -> impl IntoView {
    let href = open_href(&m.id, m.invitation.as_ref(), |inv| home.made_here(inv));
    let tag = m
        .invitation
        .as_ref()
        .map(|inv| invitation_tag(inv, home.made_here(&inv.id)));
    let changed = m.updated_at.relative_to(now());
    let exported = exported_text(
        home.exports
            .get(m.id.as_str())
            .copied()
            .map(crate::domain::Timestamp),
        now(),
    );
    view! {
        <li class="model-row">
            <a href=href class="model-name">{m.company.clone()}</a>
            {tag.map(|text| view! { <p class="tag">{text}</p> })}
            <p class="meta">
                "Changed " {changed} " · "
                <span class="progress-inline">
                    <progress max="100" value=m.completeness aria-hidden="true"></progress>
                    {format!("{}% complete", m.completeness)}
                </span>
                " · "
                {exported}
            </p>
            <div class="row-actions" role="group" aria-label=format!("Actions for {}", m.company)>
                <button type="button">"Rename"</button>
                <button type="button">"Duplicate"</button>
                <button type="button">"Export JSON"</button>
                <button type="button" class="danger">"Delete"</button>
            </div>
        </li>
    }
}

/// The home page's section for consultants, on both home pages. Plain links: in the app the
/// router takes their clicks, here they load the page they point to.
pub(crate) fn clients_section() -> impl IntoView {
    view! {
        <section aria-labelledby="clients-heading" class="card">
            <h2 id="clients-heading">"Working with clients"</h2>
            <p>"Send a prospect a branded invitation; their answers come back to you as a link or a file, and sit beside your other clients' results. No server is involved."</p>
            <p class="actions-row">
                <a href="/invitations">"Invite a prospect"</a>
                <a href="/cohort">"Compare your clients"</a>
            </p>
        </section>
    }
}
