//! One model in the workspace list, with its actions.

use super::model_href;
use crate::domain::invitation::Invitation;
use crate::persist::workspace::ModelSummary;
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The line under a model that came from an invitation.
fn invitation_tag(inv: &Invitation, made_here: bool) -> String {
    if made_here {
        format!(
            "Client reply to your invitation of {}",
            inv.created_at.date_iso()
        )
    } else {
        format!("Invited by {}", inv.sender())
    }
}

/// One model in the list with its actions.
#[component]
pub(super) fn ModelRow(summary: ModelSummary) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(summary.company.clone());
    let id = summary.id.clone();
    let href = model_href(app, &id, summary.invitation.as_ref());
    let name = summary.company.clone();
    let changed = summary.updated_at;
    let (id1, id2, id3, id4) = (id.clone(), id.clone(), id.clone(), id.clone());
    let report = move |r: Result<(), String>| {
        if let Err(e) = r {
            app.notice.set(Some(crate::state::Notice {
                text: e,
                restore: None,
            }));
        }
    };
    view! {
        <li class="model-row">
            <Show
                when=move || renaming.get()
                fallback={
                    let href = href.clone();
                    let name = name.clone();
                    move || {
                        let (href, name) = (href.clone(), name.clone());
                        view! { <A href=href attr:class="model-name">{name}</A> }
                    }
                }
            >
                <form class="inline-form" on:submit={
                    let id = id1.clone();
                    move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        report(app.rename(&id, &draft.get_untracked()));
                        renaming.set(false);
                    }
                }>
                    <label class="field">
                        <span class="field-label">"New name"</span>
                        <input type="text" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                    </label>
                    <button type="submit">"Save name"</button>
                    <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                </form>
            </Show>
            {summary.invitation.clone().map(|inv| {
                let mut text = invitation_tag(&inv, app.invitations.with_untracked(|b| b.made_here(&inv.id)));
                if !summary.respondent.is_empty() {
                    text.push_str(&format!(" · answered by {}", summary.respondent));
                }
                if let Some(at) = summary.received_at {
                    text.push_str(&format!(" · received {}", at.date_long()));
                }
                view! { <p class="tag">{text}</p> }
            })}
            <p class="meta">
                // A reply as received says when it came, in the line above.
                {summary.received_at.is_none().then(|| view! {
                    "Changed " {move || changed.relative_to(now())} " · "
                })}
                <span class="progress-inline">
                    <progress max="100" value=summary.completeness aria-hidden="true"></progress>
                    {format!("{}% complete", summary.completeness)}
                </span>
                " · "
                {
                    let id = id.clone();
                    move || crate::content::storage::exported_text(app.last_export(&id), now())
                }
            </p>
            <div class="row-actions" role="group" aria-label=format!("Actions for {}", summary.company)>
                // A reply as received keeps the name it came with.
                {summary.received_at.is_none().then(|| view! {
                    <button type="button" on:click=move |_| renaming.set(true)>"Rename"</button>
                })}
                <button type="button" on:click=move |_| {
                    match app.duplicate(&id2) {
                        Ok(new_id) => navigate(&format!("/model/{}/dialogue", new_id.as_str()), Default::default()),
                        Err(e) => report(Err(e)),
                    }
                }>"Duplicate"</button>
                <button type="button" on:click=move |_| report(app.export(&id3))>"Export JSON"</button>
                <button type="button" class="danger" on:click=move |_| report(app.delete(&id4))>"Delete"</button>
            </div>
        </li>
    }
}
