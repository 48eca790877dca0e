//! The invitations made in this browser, one compact card each: its link again, its label,
//! when it was made and last edited, its replies (each a link), and edit, duplicate and
//! archive; the archive below.

use super::desk::{focus, Desk, Place};
use crate::domain::invitation::Invitation;
use crate::persist::link::{invitation_json, LinkKind};
use crate::persist::workspace::replies_list;
use crate::state::use_app;
use crate::web::clock::local;
use crate::web::links;
use leptos::prelude::*;
use leptos_router::components::A;

/// What the form above does with an invitation from a card.
#[derive(Clone, Copy)]
pub(super) struct Open {
    /// Opens an invitation to edit it.
    pub edit: Callback<Invitation>,
    /// Opens a copy just made, with the title of the invitation it copies.
    pub copied: Callback<(String, Invitation)>,
}

/// What stays true of an archived invitation: said in the archive and when archiving.
const ARCHIVED_LINKS: &str = "Its link still opens for whoever has it, and replies to it are still recognised and counted here.";

/// The invitations made here, with the archive collapsed below them.
#[component]
pub(super) fn SentList(open: Open, desk: Desk) -> impl IntoView {
    let app = use_app();
    let archived = move || app.invitations.with(|b| b.archived.len());
    view! {
        <section aria-labelledby="sent-heading">
            <h2 id="sent-heading" tabindex="-1">"Invitations you have made"</h2>
            {desk.region(Place::List, "list-status")}
            <Show
                when=move || app.invitations.with(|b| !b.sent.is_empty())
                fallback=|| view! { <p class="empty">"None yet."</p> }
            >
                <ul class="invitation-list">
                    <For
                        each=move || app.invitations.with(|b| ids(&b.sent))
                        key=|id| id.clone()
                        children=move |id| view! { <Card id=id open=Some(open) desk=desk /> }
                    />
                </ul>
            </Show>
            <Show when=move || { archived() > 0 }>
                <details class="archive">
                    <summary>{move || format!("Archived ({})", archived())}</summary>
                    <p class="field-hint">
                        "Archiving only takes an invitation out of your list: it cannot stop a link that has been sent. "
                        "An archived invitation's link still opens for whoever has it, and replies to it are still recognised and counted here. "
                        "Restore one to edit or duplicate it."
                    </p>
                    <ul class="invitation-list">
                        <For
                            each=move || app.invitations.with(|b| ids(&b.archived))
                            key=|id| id.clone()
                            children=move |id| view! { <Card id=id open=None desk=desk /> }
                        />
                    </ul>
                </details>
            </Show>
        </section>
    }
}

fn ids(list: &[Invitation]) -> Vec<String> {
    list.iter().map(|i| i.id.clone()).collect()
}

/// One invitation: its label (editable), when it was made and edited, its replies and its
/// actions. An archived one (no `open`) offers restore and delete instead. The card follows
/// the stored invitation, so an edit or a new label shows without redrawing it (focus stays
/// put).
#[component]
fn Card(id: String, open: Option<Open>, desk: Desk) -> impl IntoView {
    let app = use_app();
    let here = StoredValue::new(Place::Card(id.clone()));
    let id = StoredValue::new(id);
    let inv = Memo::new(move |_| {
        app.invitations
            .with(|b| b.find(&id.get_value()).cloned())
            .unwrap_or_default()
    });
    let title = Memo::new(move |_| inv.with(|i| i.title().to_string()));
    let made = Memo::new(move |_| local(inv.with(|i| i.created_at)).date_time_long());
    let replies = Memo::new(move |_| app.models.with(|m| replies_list(m, &id.get_value())));
    // The link is made again from the stored invitation: the same invitation gives the same
    // link, so nothing needs storing beside it. Made again when the invitation is edited.
    let json = Memo::new(move |_| inv.with(invitation_json));
    let link = RwSignal::new(None::<Result<String, String>>);
    Effect::new(move |_| {
        let json = json.get();
        leptos::task::spawn_local(async move {
            link.set(Some(links::build(LinkKind::Invite, &json).await));
        });
    });
    let copy = move |_| {
        let Some(Ok(l)) = link.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if crate::web::clipboard::copy(&l).await {
                desk.say(here.get_value(), "Copied.".into());
            } else {
                desk.fail(
                    here.get_value(),
                    "This browser did not allow copying: select the link below and copy it.".into(),
                );
            }
        });
    };
    // Does `action`, then says `done` with the invitation's title where `place` is, or what
    // went wrong on the card.
    let act = move |action: Result<(), String>, place: Place, done: String| match action {
        Ok(()) => {
            desk.say(place, done);
            focus("sent-heading", false);
        }
        Err(e) => desk.fail(here.get_value(), e),
    };
    let relabel = move |ev: leptos::ev::Event| {
        match app.relabel_invitation(&id.get_value(), &event_target_value(&ev)) {
            Ok(()) => desk.say(
                here.get_value(),
                format!("Label saved: “{}”.", title.get_untracked()),
            ),
            Err(e) => desk.fail(here.get_value(), e),
        }
        // An emptied label falls back to the company: show it even when the title is unchanged.
        crate::web::focus::set_target_value(&ev, &title.get_untracked());
    };
    let confirm = RwSignal::new(false);
    let details = move || {
        inv.with(|i| {
            let edited = i
                .edited_at
                .map(|t| format!(" · Edited {}", local(t).date_time_long()))
                .unwrap_or_default();
            format!(
                "Made {}{edited} · to {} · {}",
                made.get(),
                if i.prospect.is_empty() {
                    "no company named"
                } else {
                    i.prospect.as_str()
                },
                i.modules.label()
            )
        })
    };
    let failed_copy = move || {
        here.with_value(|p| desk.at(p))
            .is_some_and(|(_, failed)| failed)
    };
    view! {
        <li class="invitation-card" style=("--brand", move || inv.with(|i| i.accent_colour().to_string()))>
            <label>
                <span class="label-caption">"Your label (only you see it)"</span>
                <input type="text" class="invitation-label"
                    aria-label=move || format!("Label of the invitation made {}", made.get())
                    prop:value=move || title.get() maxlength="200" on:change=relabel />
            </label>
            <p class="meta">{details}</p>
            <Replies replies=replies />
            <div class="row-actions" role="group" aria-label=move || format!("Actions for “{}”, made {}", title.get(), made.get())>
                {move || match link.get() {
                    None => view! { <span class="meta">"Making the link…"</span> }.into_any(),
                    Some(Err(e)) => view! { <span class="error-text">{e}</span> }.into_any(),
                    Some(Ok(l)) => view! {
                        <button type="button" on:click=copy>"Copy the link"</button>
                        <a href=l>"Open it as your prospect will see it"</a>
                    }.into_any(),
                }}
                {match open {
                    Some(open) => view! {
                        <button type="button" on:click=move |_| open.edit.run(inv.get_untracked())>"Edit"</button>
                        <button type="button" on:click=move |_| match app.duplicate_invitation(&id.get_value()) {
                            Ok(copy) => open.copied.run((title.get_untracked(), copy)),
                            Err(e) => desk.fail(here.get_value(), e),
                        }>"Duplicate"</button>
                        <button type="button" on:click=move |_| {
                            let t = title.get_untracked();
                            act(app.archive_invitation(&id.get_value()), Place::List, format!("Archived “{t}”: it is under Archived below. {ARCHIVED_LINKS}"));
                        }>"Archive"</button>
                    }.into_any(),
                    None => view! {
                        <button type="button" on:click=move |_| {
                            let t = title.get_untracked();
                            act(app.restore_invitation(&id.get_value()), Place::List, format!("Restored “{t}” to your list."));
                        }>"Restore"</button>
                        <Show
                            when=move || confirm.get()
                            fallback=move || view! { <button type="button" on:click=move |_| confirm.set(true)>"Delete for good"</button> }
                        >
                            <span>"Its link will still open for whoever has it; its replies stay in your workspace."</span>
                            <button type="button" class="danger" on:click=move |_| {
                                let t = title.get_untracked();
                                act(app.delete_invitation(&id.get_value()), Place::List, format!("Deleted “{t}” for good. Its replies stay in your workspace."));
                            }>"Yes, delete it"</button>
                            <button type="button" on:click=move |_| confirm.set(false)>"Keep it"</button>
                        </Show>
                    }.into_any(),
                }}
                {move || (!replies.with(Vec::is_empty)).then(|| view! {
                    <A href=format!("/cohort?invitation={}", id.get_value())>"Compare clients"</A>
                })}
            </div>
            {desk.region(here.get_value(), "meta")}
            {move || failed_copy().then(|| link.get()).flatten().and_then(Result::ok).map(|l| view! {
                <label class="field">
                    <span class="field-label">"The link, to copy yourself"</span>
                    <textarea class="link-text" readonly rows="2" prop:value=l></textarea>
                </label>
            })}
        </li>
    }
}

/// How many replies an invitation has, the last one's time, and a link to each.
#[component]
fn Replies(replies: Memo<Vec<crate::persist::workspace::ModelSummary>>) -> impl IntoView {
    move || {
        let list = replies.get();
        let Some(last) = list.first().map(|s| s.arrived()) else {
            return view! { <p class="meta">"No reply yet"</p> }.into_any();
        };
        let n = list.len();
        view! {
            <details class="replies">
                <summary>{format!(
                    "{n} {} in your workspace, the last received {}",
                    if n == 1 { "reply" } else { "replies" },
                    local(last).date_time_long()
                )}</summary>
                <ul>
                    {list.into_iter().map(|s| {
                        let (href, name) = (format!("/model/{}/report", s.id.as_str()), s.reply_name());
                        let when = format!(", received {}", local(s.arrived()).date_time_long());
                        view! { <li><A href=href>{name}</A>{when}</li> }
                    }).collect_view()}
                </ul>
            </details>
        }
        .into_any()
    }
}
