//! The consultant's invitation and the prospect's reply, with no server: the consultant makes
//! an invitation link; the prospect opens it, works in their own browser and sends results
//! back as a link, a file or an email; the consultant opens the reply into their workspace.

mod cards;
mod desk;
mod send;
mod welcome;

pub use desk::InvitationsPage;
pub use send::SendPage;

use super::share::{fragment_signal, link_failed, opened_model, Opening};
use crate::domain::invitation::{contact_link, Invitation};
use crate::state::use_app;
use crate::web::links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use welcome::Welcome;

/// The sender's contact as a link when it is a safe one, else as text.
pub(crate) fn contact_view(contact: &str) -> AnyView {
    let text = contact.trim().to_string();
    match contact_link(&text) {
        Some(href) => view! { <a href=href>{text}</a> }.into_any(),
        None => view! { <span>{text}</span> }.into_any(),
    }
}

/// `/invite#…`: the prospect's branded welcome.
#[component]
pub fn InvitePage() -> impl IntoView {
    let state = RwSignal::new(Opening::<Invitation>::Loading);
    let fragment = fragment_signal();
    Effect::new(move |_| {
        let f = fragment.get();
        leptos::task::spawn_local(async move {
            state.set(match links::open_invitation(&f).await {
                Ok(inv) => Opening::Open(inv),
                Err(e) => Opening::Failed(e),
            });
        });
    });
    move || match state.get() {
        Opening::Loading => view! { <p role="status">"Opening the invitation…"</p> }.into_any(),
        Opening::Failed(e) => link_failed(&e),
        Opening::Open(inv) => view! { <Welcome inv=inv /> }.into_any(),
    }
}

/// The strip above an invited model's pages: who invited, and the way to send results back
/// (or, in the consultant's own browser, that this is a client's reply).
#[component]
pub fn InvitedBanner(
    /// The address prefix of the model's pages (`/model/<id>` or `/assess/<id>`).
    #[prop(into)]
    base: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let inv = Memo::new(move |_| app.with_doc(|d| d.invitation.clone()).flatten());
    move || {
        inv.get().map(|inv| {
            let own = app.invitations.with(|b| b.made_here(&inv.id));
            let style = ("--brand", inv.accent_colour().to_string());
            let button = ("--brand-button", inv.button_colour());
            if own {
                view! {
                    <div class="invited-banner no-print" style=style role="region" aria-label="Client reply">
                        <p>{format!("A client's reply to your invitation of {}.", inv.created_at.date_iso())}</p>
                        <A href="/cohort">"Compare with your other clients"</A>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="invited-banner branded no-print" style=style role="region" aria-label="Invitation">
                        <p>{format!("{} invited you. Your answers stay in this browser until you send them.", inv.sender())}</p>
                        <span style=button>
                            <A href=move || format!("{}/send", base.get()) attr:class="button primary">"Send your results"</A>
                        </span>
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// `/reply#…`: a prospect's results arriving at the consultant.
#[component]
pub fn ReplyPage() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let state = opened_model();
    move || match state.get() {
        Opening::Loading => view! { <p role="status">"Opening the reply…"</p> }.into_any(),
        Opening::Failed(e) => link_failed(&e),
        Opening::Open(doc) => {
            let inv = doc.invitation.clone();
            let ours = inv
                .as_ref()
                .is_some_and(|i| app.invitations.with_untracked(|b| b.made_here(&i.id)));
            let result = crate::domain::maturity::outcome(&doc.assessment);
            let summary = match result.stage {
                Some(s) => format!(
                    "Maturity: {} ({} of 7 areas answered).",
                    s.label(),
                    result.answered
                ),
                None => "The assessment is not answered.".to_string(),
            };
            let about = match (&inv, ours) {
                (Some(i), true) => format!("It answers your invitation of {} to {}.", i.created_at.date_iso(), i.prospect),
                (Some(i), false) => format!("It answers an invitation from {} that was not made in this browser; it will be added as a client all the same.", i.sender()),
                (None, _) => "It does not come from an invitation; it will be added as an ordinary model.".to_string(),
            };
            let navigate = navigate.clone();
            let incoming = doc.clone();
            let add = move |_| match app.accept_reply(incoming.clone()) {
                Ok(Some(id)) => navigate(
                    &format!("/model/{}/report", id.as_str()),
                    Default::default(),
                ),
                Ok(None) => {}
                Err(e) => app.tell(e),
            };
            view! {
                <h1>{format!("A reply from {}", doc.display_name())}</h1>
                <p>{about}</p>
                <p>{summary}</p>
                <p>"Nothing is added to your workspace until you choose."</p>
                <p class="actions-row">
                    <button type="button" class="primary" on:click=add>"Add to my workspace"</button>
                    <A href="/cohort">"Compare clients"</A>
                </p>
                <super::home::ConflictDialog />
                {super::report::report_view(&doc, super::report::ReportOf::Shared)}
            }
            .into_any()
        }
    }
}
