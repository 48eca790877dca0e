//! The invitations made in this browser, one compact card each: its link again, its label,
//! when it was made, its replies, and edit, duplicate and archive; the archive below.

use crate::domain::invitation::Invitation;
use crate::persist::link::{invitation_json, LinkKind};
use crate::persist::workspace::replies_to;
use crate::state::use_app;
use crate::web::clock::local;
use crate::web::links;
use leptos::prelude::*;
use leptos_router::components::A;

/// The invitations made here, with the archive collapsed below them.
#[component]
pub fn SentList(
    /// Called with an invitation to edit it in the form above.
    on_edit: Callback<Invitation>,
) -> impl IntoView {
    let app = use_app();
    let archived = move || app.invitations.with(|b| b.archived.len());
    view! {
        <section aria-labelledby="sent-heading">
            <h2 id="sent-heading">"Invitations you have made"</h2>
            <Show
                when=move || app.invitations.with(|b| !b.sent.is_empty())
                fallback=|| view! { <p class="empty">"None yet."</p> }
            >
                <ul class="invitation-list">
                    <For
                        each=move || app.invitations.with(|b| ids(&b.sent))
                        key=|id| id.clone()
                        children=move |id| view! { <Card id=id on_edit=Some(on_edit) /> }
                    />
                </ul>
            </Show>
            <Show when=move || { archived() > 0 }>
                <details class="archive">
                    <summary>{move || format!("Archived ({})", archived())}</summary>
                    <ul class="invitation-list">
                        <For
                            each=move || app.invitations.with(|b| ids(&b.archived))
                            key=|id| id.clone()
                            children=move |id| view! { <Card id=id on_edit=None /> }
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

/// One invitation: its label (editable), when it was made, its replies and its actions. An
/// archived one (no `on_edit`) offers restore and delete instead. The card follows the stored
/// invitation, so an edit or a new label shows without redrawing it (focus stays put).
#[component]
fn Card(id: String, on_edit: Option<Callback<Invitation>>) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let inv = Memo::new(move |_| {
        app.invitations
            .with(|b| b.find(&id.get_value()).cloned())
            .unwrap_or_default()
    });
    let title = Memo::new(move |_| inv.with(|i| i.title().to_string()));
    let made = Memo::new(move |_| local(inv.with(|i| i.created_at)).date_time_long());
    let replies = Memo::new(move |_| app.models.with(|m| replies_to(m, &id.get_value())));
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
    let copied = RwSignal::new(None::<String>);
    let copy = move |_| {
        if let Some(Ok(l)) = link.get_untracked() {
            crate::ui::widgets::copy_text(&l, copied, "link");
        }
    };
    let report = move |r: Result<(), String>| {
        if let Err(e) = r {
            app.tell(e);
        }
    };
    let relabel = move |ev: leptos::ev::Event| {
        report(app.relabel_invitation(&id.get_value(), &event_target_value(&ev)));
        // An emptied label falls back to the company: show it even when the title is unchanged.
        let input: web_sys::HtmlInputElement = event_target(&ev);
        input.set_value(&title.get_untracked());
    };
    let confirm = RwSignal::new(false);
    let details = move || {
        inv.with(|i| {
            format!(
                "Made {} · to {} · {}",
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
    view! {
        <li class="invitation-card" style=("--brand", move || inv.with(|i| i.accent_colour().to_string()))>
            <label>
                <span class="label-caption">"Your label (only you see it)"</span>
                <input type="text" class="invitation-label"
                    aria-label=move || format!("Label of the invitation made {}", made.get())
                    prop:value=move || title.get() maxlength="200" on:change=relabel />
            </label>
            <p class="meta">{details}</p>
            <p class="meta">{move || match replies.get() {
                (0, _) => "No reply yet".to_string(),
                (n, last) => format!(
                    "{n} {} in your workspace, the last received {}",
                    if n == 1 { "reply" } else { "replies" },
                    last.map(|t| local(t).date_time_long()).unwrap_or_default()
                ),
            }}</p>
            <div class="row-actions" role="group" aria-label=move || format!("Actions for “{}”, made {}", title.get(), made.get())>
                {move || match link.get() {
                    None => view! { <span class="meta">"Making the link…"</span> }.into_any(),
                    Some(Err(e)) => view! { <span class="error-text">{e}</span> }.into_any(),
                    Some(Ok(l)) => view! {
                        <button type="button" on:click=copy>"Copy the link"</button>
                        <a href=l>"Open it as your prospect will see it"</a>
                    }.into_any(),
                }}
                {match on_edit {
                    Some(edit) => view! {
                        <button type="button" on:click=move |_| edit.run(inv.get_untracked())>"Edit"</button>
                        <button type="button" on:click=move |_| report(app.duplicate_invitation(&id.get_value()))>"Duplicate"</button>
                        <button type="button" on:click=move |_| report(app.archive_invitation(&id.get_value()))>"Archive"</button>
                    }.into_any(),
                    None => view! {
                        <button type="button" on:click=move |_| report(app.restore_invitation(&id.get_value()))>"Restore"</button>
                        <Show
                            when=move || confirm.get()
                            fallback=move || view! { <button type="button" on:click=move |_| confirm.set(true)>"Delete for good"</button> }
                        >
                            <span>"Its replies stay in your workspace."</span>
                            <button type="button" class="danger" on:click=move |_| report(app.delete_invitation(&id.get_value()))>"Yes, delete it"</button>
                            <button type="button" on:click=move |_| confirm.set(false)>"Keep it"</button>
                        </Show>
                    }.into_any(),
                }}
                {move || (replies.get().0 > 0).then(|| view! {
                    <A href=format!("/cohort?invitation={}", id.get_value())>"Compare clients"</A>
                })}
            </div>
            <p class="meta" role="status">{move || copied.get()}</p>
            {move || copied.get().filter(|c| c != "Copied.").and(link.get()).and_then(Result::ok).map(|l| view! {
                <label class="field">
                    <span class="field-label">"The link, to copy yourself"</span>
                    <textarea class="link-text" readonly rows="2" prop:value=l></textarea>
                </label>
            })}
        </li>
    }
}
