//! A client's reply at the consultant's end: the page a reply link opens, the strip above a
//! reply as received (kept as sent, with a copy to work on), and what changed since the reply
//! before it.

use super::operations::differences_view;
use super::share::{link_failed, opened_model, Opening};
use crate::domain::reply::{previous_reply, Arrival};
use crate::domain::Document;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// When a reply arrived, as the reader's clock has it: two replies of one day differ.
fn when(at: crate::domain::Timestamp) -> String {
    crate::web::clock::local(at).date_time_long()
}

/// `/reply#…`: a prospect's results arriving at the consultant.
#[component]
pub fn ReplyPage() -> impl IntoView {
    let app = use_app();
    // A reply imported as a file comes here without a link, to be looked at the same way.
    let from_file = leptos_router::hooks::use_location()
        .hash
        .get_untracked()
        .is_empty();
    if let Some(doc) = from_file
        .then(|| app.arriving.try_update(Option::take))
        .flatten()
        .flatten()
    {
        return view! { <Arriving doc=doc /> }.into_any();
    }
    let state = opened_model();
    (move || match state.get() {
        Opening::Loading => view! { <p role="status">"Opening the reply…"</p> }.into_any(),
        Opening::Failed(e) => link_failed(&e),
        Opening::Open(doc) => view! { <Arriving doc=doc /> }.into_any(),
    })
    .into_any()
}

/// A reply opened from its link: what it is against the workspace, and the one thing to do.
#[component]
pub(crate) fn Arriving(doc: Document) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let name = doc.display_name().to_string();
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
    let who = match doc.respondent.trim() {
        "" => String::new(),
        r => format!(" Answered by {r}."),
    };
    let about = match (&inv, ours) {
        (Some(i), true) => format!(
            "It answers your invitation of {} to {}.{who}",
            i.created_at.date_long(),
            i.prospect
        ),
        (Some(i), false) => format!(
            "It answers an invitation from {} that was not made in this browser; it will be added as a client all the same.{who}",
            i.sender()
        ),
        (None, _) => {
            "It does not come from an invitation; it will be added as a model of its own."
                .to_string()
        }
    };
    let open_href = format!("/model/{}/report", doc.id.as_str());
    let cohort = match inv.as_ref().filter(|_| ours) {
        Some(i) => format!("/cohort?invitation={}", i.id),
        None => "/cohort".to_string(),
    };
    let arrival = app.reply_arrival(&doc);
    let incoming = StoredValue::new(doc.clone());
    let add = move |_| match app.accept_reply(incoming.get_value()) {
        Ok(Some(id)) => navigate(
            &format!("/model/{}/report", id.as_str()),
            Default::default(),
        ),
        Ok(None) => {}
        Err(e) => app.tell(e),
    };
    let (status, action): (AnyView, AnyView) = match arrival {
        Arrival::New | Arrival::NotAReply => (
            view! { <p>"Nothing is added to your workspace until you choose."</p> }.into_any(),
            view! { <button type="button" class="primary" on:click=add>"Add to my workspace"</button> }
                .into_any(),
        ),
        Arrival::Same { received } => (
            view! { <p class="notice">{format!("This reply is already in your workspace: it is the same as the one received on {}. There is nothing to add.", when(received))}</p> }.into_any(),
            view! { <A href=open_href attr:class="button primary">{format!("Open {name}'s reply")}</A> }.into_any(),
        ),
        Arrival::Older { received } => (
            view! { <p class="notice">{format!("You already have a later reply from {name}, received on {}. This one is older, so there is nothing to add.", when(received))}</p> }.into_any(),
            view! { <A href=open_href attr:class="button primary">"Open the later reply"</A> }.into_any(),
        ),
        Arrival::Newer { received } => (
            view! {
                <p class="notice">{format!("{name} has changed their answers since the reply you received on {}. Adding this one updates their model; the earlier reply is kept as a version.", when(received))}</p>
                <section class="card" aria-labelledby="reply-changes">
                    <h2 id="reply-changes">"What changed"</h2>
                    {differences_view(app.reply_changes(&doc), format!("Received {}", when(received)), "This reply".into())}
                </section>
            }
            .into_any(),
            view! { <button type="button" class="primary" on:click=add>{format!("Update {name}'s model")}</button> }
                .into_any(),
        ),
    };
    view! {
        <h1>{format!("A reply from {name}")}</h1>
        <p>{about}</p>
        <p>{summary}</p>
        {status}
        <p class="actions-row">
            {action}
            <A href=cohort>"Compare clients"</A>
        </p>
        <super::home::ConflictDialog />
        {super::report::report_view(&doc, super::report::ReportOf::Shared)}
    }
}

/// The strip above a client's reply as received: when it came, that it is kept as sent, and
/// a copy to work on.
#[component]
pub fn ReceivedBanner(
    /// The address prefix of the model's pages.
    #[prop(into)]
    base: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let info = Memo::new(move |_| {
        app.with_doc(|d| {
            d.received_at.map(|at| {
                let who = match d.respondent.trim() {
                    "" => String::new(),
                    r => format!(", answered by {r}"),
                };
                (
                    d.id.clone(),
                    format!(
                        "{}'s reply{who}, as received on {}. It is kept as they sent it, so nothing here can be changed.",
                        d.display_name(),
                        when(at)
                    ),
                    d.invitation.as_ref().map(|i| i.id.clone()),
                    previous_reply(d).is_some(),
                    earlier_replies(d),
                )
            })
        })
        .flatten()
    });
    let copy = move |_| {
        let Some((id, ..)) = info.get_untracked() else {
            return;
        };
        match app.edit_copy(&id) {
            Ok(copy) => navigate(
                &format!("/model/{}/report", copy.as_str()),
                Default::default(),
            ),
            Err(e) => app.tell(e),
        }
    };
    move || {
        info.get().map(|(_, text, invitation, updated, earlier)| {
            let cohort = match invitation {
                Some(i) => format!("/cohort?invitation={i}"),
                None => "/cohort".to_string(),
            };
            view! {
                <div class="invited-banner received-banner no-print" role="region" aria-label="Client reply">
                    <p>{text}</p>
                    <p class="actions-row">
                        <button type="button" on:click=copy.clone()>"Edit a copy"</button>
                        {updated.then(|| view! { <A href=move || format!("{}/report#reply-changes", base.get())>"See what changed in the latest reply"</A> })}
                        <A href=cohort>"Compare with your other clients"</A>
                    </p>
                    {(!earlier.is_empty()).then(|| view! {
                        <p class="earlier-replies">
                            "Earlier replies, kept as they came: "
                            {earlier.into_iter().enumerate().map(|(i, (href, at))| view! {
                                {(i > 0).then_some(", ")}
                                <A href=href>{at}</A>
                            }).collect_view()}
                        </p>
                    })}
                </div>
            }
        })
    }
}

/// The replies a newer one replaced, newest first: the address of each one's page and when it
/// was received.
fn earlier_replies(d: &Document) -> Vec<(String, String)> {
    crate::domain::reply::earlier_replies(d)
        .into_iter()
        .map(|v| {
            let href = format!("/model/{}/versions/{}", d.id.as_str(), v.id.0);
            (href, when(v.at))
        })
        .collect()
}

/// On a received reply's report: what the latest reply changed against the one before it.
#[component]
pub fn ReplyChanges() -> impl IntoView {
    let app = use_app();
    let found = Memo::new(move |_| {
        app.with_doc(|d| {
            d.received_at?;
            let before = previous_reply(d)?;
            let changes = crate::domain::diff::compare(
                &before.snapshot,
                &d.snapshot(),
                crate::content::assessment::stored_name,
            );
            Some((before.at, changes))
        })
        .flatten()
    });
    move || {
        found.get().map(|(at, changes)| {
            view! {
                <section class="card no-print" aria-labelledby="reply-changes">
                    <h2 id="reply-changes">"What changed in the latest reply"</h2>
                    {differences_view(changes, format!("Received {}", when(at)), "Latest reply".into())}
                </section>
            }
        })
    }
}
