//! The consultant's invitation and the prospect's reply, with no server: the consultant makes
//! an invitation link; the prospect opens it, works in their own browser and sends results
//! back as a link, a file or an email; the consultant opens the reply into their workspace.

mod cards;
mod desk;
mod form;
mod send;
mod welcome;

pub use desk::InvitationsPage;
pub use send::SendPage;

use super::share::{link_failed, opened, Opening};
use crate::domain::invitation::contact_link;
use crate::state::use_app;
use crate::web::links;
use leptos::prelude::*;
use leptos_router::components::A;
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
    let state = opened(|f| async move { links::open_invitation(&f).await });
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
    let location = leptos_router::hooks::use_location();
    // A reply as received has a strip of its own (`reply::ReceivedBanner`).
    let inv = Memo::new(move |_| {
        app.with_doc(|d| d.invitation.clone().filter(|_| d.received_at.is_none()))
            .flatten()
    });
    move || {
        inv.get().map(|inv| {
            let own = app.invitations.with(|b| b.made_here(&inv.id));
            let style = ("--brand", inv.accent_colour().to_string());
            let button = ("--brand-button", inv.button_colour());
            if own {
                view! {
                    <div class="invited-banner no-print" style=style role="region" aria-label="Client reply">
                        <p>{format!("A client's reply to your invitation of {}.", inv.created_at.date_iso())}</p>
                        <A href=format!("/cohort?invitation={}", inv.id)>"Compare with your other clients"</A>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="invited-banner branded no-print" style=style role="region" aria-label="Invitation">
                        <p>{format!("{} invited you. Your answers stay in this browser until you send them.", inv.sender())}</p>
                        // Not on the send page itself, where it would lead nowhere.
                        <Show when=move || !location.pathname.get().ends_with("/send")>
                            <span style=button.clone()>
                                <A href=move || format!("{}/send", base.get()) attr:class="button primary">"Send your results"</A>
                            </span>
                        </Show>
                    </div>
                }
                .into_any()
            }
        })
    }
}
