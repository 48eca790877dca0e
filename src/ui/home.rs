//! The home page: the workspace of models, with create, open, rename, duplicate, delete,
//! export and import.

use crate::domain::invitation::Invitation;
use crate::domain::ModelId;
use crate::state::{use_app, AppState};
use crate::ui::widgets::kept_draft_in;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

mod import;
mod row;

pub(crate) use import::ConflictDialog;
use import::ImportBox;
use row::ModelRow;

/// Where the draft of a new model's company name is kept.
const NEW_MODEL: &str = "new-model";
const COMPANY: &str = "Company name";

/// The workspace: every model in this browser.
#[component]
pub fn Home() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let navigate_sample = navigate.clone();
    let company = kept_draft_in::<String>(NEW_MODEL.into(), COMPANY.into());
    let create_error = RwSignal::new(None::<String>);
    let on_create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = company.get_untracked();
        if name.trim().is_empty() {
            create_error.set(Some("Type the company's name first.".into()));
            return;
        }
        match app.create(&name) {
            Ok(id) => {
                create_error.set(None);
                company.set(String::new());
                // Now: the page is left at once, before the draft would be forgotten.
                crate::web::drafts::set(NEW_MODEL, COMPANY, "");
                navigate(
                    &format!("/model/{}/dialogue", id.as_str()),
                    Default::default(),
                );
            }
            Err(e) => create_error.set(Some(e)),
        }
    };
    // Runs once the page above is built and in the document.
    Effect::new(|_| crate::web::clock::mark_interactive());
    // A browser that holds only invitations someone else sent: the prospect's. Their models
    // come first; the builder's own tools wait behind one summary.
    let invited_only = Memo::new(move |_| {
        app.models.with(|m| {
            !m.is_empty()
                && m.iter().all(|s| {
                    s.received_at.is_none()
                        && s.invitation
                            .as_ref()
                            .is_some_and(|i| !app.invitations.with(|b| b.made_here(&i.id)))
                })
        })
    });
    let tools = move || {
        view! {
            <section aria-labelledby="new-model" class="card">
                <h2 id="new-model">"Start a new model"</h2>
                <form on:submit=on_create.clone() class="inline-form">
                    <label class="field">
                        <span class="field-label">"Company name"</span>
                        <input
                            type="text"
                            autocomplete="organization"
                            prop:value=move || company.get()
                            on:input=move |ev| company.set(event_target_value(&ev))
                            aria-describedby="create-error"
                        />
                    </label>
                    <button type="submit" class="primary">"Create model"</button>
                </form>
                <p id="create-error" class="error-text" role="alert">{move || create_error.get()}</p>
            </section>
            <section aria-labelledby="sample-heading" class="card">
                <h2 id="sample-heading">"See what good looks like"</h2>
                <p>"Open Northwind Metrics, a fictional B2B software company with its model filled in. It is a model like any other: change it freely."</p>
                <button type="button" on:click={
                    let navigate = navigate_sample.clone();
                    move |_| match app.open_sample() {
                        Ok(id) => navigate(&format!("/model/{}/dialogue", id.as_str()), Default::default()),
                        Err(e) => app.notice.set(Some(crate::state::Notice { text: e, restore: None })),
                    }
                }>"Open the sample model"</button>
            </section>
            <HowItWorks />
            <section aria-labelledby="clients-heading" class="card">
                <h2 id="clients-heading">"Working with clients"</h2>
                <p>"Send a prospect a branded invitation; their answers come back to you as a link or a file, and sit beside your other clients' results. No server is involved."</p>
                <p class="actions-row"><A href="/invitations">"Invite a prospect"</A><A href="/cohort">"Compare your clients"</A></p>
            </section>
            <ImportBox />
        }
    };
    view! {
        <h1>{move || if invited_only.get() { "What you were invited to fill in" } else { crate::content::HOME_TITLE }}</h1>
        <p class="lead">{move || if invited_only.get() {
            "Open it below to go on where you left off. Your answers stay in this browser until you send them."
        } else {
            crate::content::HOME_LEAD
        }}</p>
        <super::recovery::Problems />
        <Notices />
        {
            let tools = tools.clone();
            move || (!invited_only.get()).then(&tools)
        }
        <ConflictDialog />
        <section aria-labelledby="models-heading">
            <h2 id="models-heading">"Models in this browser"</h2>
            <Show
                when=move || app.models.with(|m| !m.is_empty())
                fallback=|| view! { <p class="empty">"No models yet. Start one above, or import a file."</p> }
            >
                <ul class="model-list">
                    <For
                        each=move || app.models.get()
                        key=|m| (m.id.clone(), m.company.clone(), m.updated_at, m.completeness)
                        children=move |m| view! { <ModelRow summary=m /> }
                    />
                </ul>
            </Show>
        </section>
        {move || invited_only.get().then(|| view! {
            <details class="card">
                <summary>"Use the builder for your own work"</summary>
                {tools()}
            </details>
        })}
        <super::recovery::Trash />
        <super::recovery::Backups />
        <super::recovery::StoragePanel />
    }
}

/// The three stages and the assessment: what each is for and how long its essentials take.
#[component]
fn HowItWorks() -> impl IntoView {
    use crate::content::stages::{about, minutes_text};
    use crate::domain::progress::Part;
    view! {
        <section aria-labelledby="how-heading" class="card">
            <h2 id="how-heading">"How it works"</h2>
            <ol class="stage-list">
                {Part::ALL
                    .into_iter()
                    .map(|part| view! {
                        <li>
                            <strong>{part.label()}</strong>" "
                            <span class="meta">{minutes_text(part)}</span>" "
                            {about(part).what}
                        </li>
                    })
                    .collect_view()}
            </ol>
            <p>"Each stage opens with the few decisions that make a usable model; the rest waits under \u{201c}Go deeper\u{201d}. Do the stages in any order, or only the assessment. Your gaps, an action plan and a printable report come out of whatever you fill in."</p>
        </section>
    }
}

/// Where a model opens: a client's reply (to an invitation made in this browser) on its
/// report, an invited model where its invitation starts, any other on Stage 1.
pub(crate) fn model_href(app: AppState, id: &ModelId, invitation: Option<&Invitation>) -> String {
    match invitation {
        Some(inv) if app.invitations.with_untracked(|b| b.made_here(&inv.id)) => {
            format!("/model/{}/report", id.as_str())
        }
        Some(inv) => inv.start_path(id.as_str()),
        None => format!("/model/{}/dialogue", id.as_str()),
    }
}

/// Where a model in the workspace opens.
fn open_path(app: AppState, id: &ModelId) -> String {
    let inv = app.models.with_untracked(|m| {
        m.iter()
            .find(|s| &s.id == id)
            .and_then(|s| s.invitation.clone())
    });
    model_href(app, id, inv.as_ref())
}

/// The latest notice, with a Restore button after a delete.
#[component]
pub(crate) fn Notices() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || app.notice.get().map(|n| {
                let restore = n.restore.clone();
                view! {
                    <div class="notice">
                        <span>{n.text}</span>
                        {restore.map(|id| view! {
                            <button type="button" on:click=move |_| {
                                if let Err(e) = app.restore_deleted(&id) {
                                    app.notice.set(Some(crate::state::Notice { text: e, restore: None }));
                                }
                            }>"Restore"</button>
                        })}
                        <button type="button" class="quiet" on:click=move |_| app.notice.set(None)>"Dismiss"</button>
                    </div>
                }
            })}
        </div>
    }
}
