//! The consultant's invitation and the prospect's reply, with no server: the consultant makes
//! an invitation link; the prospect opens it, works in their own browser and sends results
//! back as a link, a file or an email; the consultant opens the reply into their workspace.

use super::share::{fragment_signal, link_failed, LinkMaker, Opening};
use super::widgets::{TextArea, TextField};
use crate::domain::invitation::{contact_link, problems, Invitation, Modules};
use crate::domain::progress::{progress, Part};
use crate::persist::link::{invitation_json, model_json, LinkKind, SAFE_LENGTH};
use crate::state::use_app;
use crate::web::clock::{new_model_id, now};
use crate::web::links;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The sender's contact as a link when it is a safe one, else as text.
fn contact_view(contact: &str) -> AnyView {
    let text = contact.trim().to_string();
    match contact_link(&text) {
        Some(href) => view! { <a href=href>{text}</a> }.into_any(),
        None => view! { <span>{text}</span> }.into_any(),
    }
}

/// `/invitations`: the consultant makes invitation links and keeps track of them.
#[component]
pub fn InvitationsPage() -> impl IntoView {
    let app = use_app();
    let me = app.invitations.get_untracked().me;
    let accent = RwSignal::new(me.accent_colour().to_string());
    let consultant = RwSignal::new(me.consultant);
    let organisation = RwSignal::new(me.organisation);
    let contact = RwSignal::new(me.contact);
    let prospect = RwSignal::new(String::new());
    let welcome = RwSignal::new(String::new());
    let modules = RwSignal::new(Modules::Assessment);
    let issues = RwSignal::new(Vec::<String>::new());
    let current = RwSignal::new(None::<Invitation>);
    let form = move || Invitation {
        id: String::new(),
        consultant: consultant.get_untracked(),
        organisation: organisation.get_untracked(),
        contact: contact.get_untracked(),
        accent: accent.get_untracked(),
        prospect: prospect.get_untracked(),
        welcome: welcome.get_untracked(),
        modules: modules.get_untracked(),
        created_at: now(),
    };
    // The link is made from the form when its button is pressed; a valid form becomes a
    // recorded invitation first.
    let json = Callback::new(move |()| {
        let found = problems(&form());
        issues.set(found.clone());
        if !found.is_empty() {
            return None;
        }
        let inv = Invitation {
            id: new_model_id().as_str().to_string(),
            ..form()
        }
        .tidied();
        if let Err(e) = app.add_invitation(inv.clone()) {
            issues.set(vec![e]);
            return None;
        }
        current.set(Some(inv.clone()));
        Some(invitation_json(&inv))
    });
    let file = Callback::new(move |()| {
        if let Some(inv) = current.get_untracked() {
            let name = format!("invitation-{}.json", inv.id);
            let _ = crate::web::file::download(&name, "application/json", &invitation_json(&inv));
        }
    });
    view! {
        <h1>"Invite a prospect"</h1>
        <p class="lead">
            "Send a prospect a link to your own branded welcome. They work in their own browser, "
            "and their answers come back to you only when they choose to send them. No server is "
            "involved at any point: the invitation rides inside the link."
        </p>
        <section class="card" aria-labelledby="inv-form">
            <h2 id="inv-form">"Your invitation"</h2>
            <fieldset>
                <legend>"From you"</legend>
                <TextField label="Your name" value=move || consultant.get() on_input=move |v| consultant.set(v) />
                <TextField label="Organisation" value=move || organisation.get() on_input=move |v| organisation.set(v) />
                <TextField label="Contact" hint="An email address, or a web address starting with https://" value=move || contact.get() on_input=move |v| contact.set(v) />
                <label class="field">
                    <span class="field-label">"Accent colour"</span>
                    <span class="field-hint">"Used for the welcome page's border and stripe."</span>
                    <input type="color" prop:value=move || accent.get() on:input=move |ev| accent.set(event_target_value(&ev)) />
                </label>
            </fieldset>
            <fieldset>
                <legend>"To your prospect"</legend>
                <TextField label="Prospect's company" value=move || prospect.get() on_input=move |v| prospect.set(v) />
                <TextArea label="Welcome message" hint="Shown as you type it, line breaks kept." value=move || welcome.get() on_input=move |v| welcome.set(v) />
            </fieldset>
            <fieldset>
                <legend>"What to include"</legend>
                {Modules::ALL.into_iter().map(|m| view! {
                    <label class="check">
                        <input type="radio" name="modules" prop:checked=move || modules.get() == m on:change=move |_| modules.set(m) />
                        {m.label()}
                    </label>
                }).collect_view()}
            </fieldset>
            <div role="alert">
                {move || {
                    let list = issues.get();
                    (!list.is_empty()).then(|| view! {
                        <ul class="error-text">{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
            <LinkMaker kind=LinkKind::Invite json=json button="Create the invitation link" label="Invitation link" file=file />
        </section>
        <SentList />
    }
}

/// The invitations made in this browser, with their replies.
#[component]
fn SentList() -> impl IntoView {
    let app = use_app();
    let replies = move |id: &str| {
        app.models.with(|m| {
            m.iter()
                .filter(|s| s.invitation.as_ref().is_some_and(|i| i.id == id))
                .count()
        })
    };
    view! {
        <section aria-labelledby="sent-heading">
            <h2 id="sent-heading">"Invitations you have made"</h2>
            <Show
                when=move || app.invitations.with(|b| !b.sent.is_empty())
                fallback=|| view! { <p class="empty">"None yet."</p> }
            >
                <ul class="model-list">
                    {move || app.invitations.get().sent.into_iter().map(|inv| {
                        let id = inv.id.clone();
                        let id2 = id.clone();
                        view! {
                            <li class="model-row">
                                <p class="model-name">{inv.prospect.clone()}</p>
                                <p class="meta">
                                    {format!("Made {} · {} · ", inv.created_at.date_iso(), inv.modules.label())}
                                    {move || match replies(&id) { 0 => "no reply yet".to_string(), 1 => "1 reply in your workspace".to_string(), n => format!("{n} replies in your workspace") }}
                                </p>
                                <div class="row-actions" role="group" aria-label=format!("Actions for the invitation to {}", inv.prospect)>
                                    <A href="/cohort">"Compare clients"</A>
                                    <button type="button" on:click=move |_| {
                                        if let Err(e) = app.remove_invitation(&id2) {
                                            app.tell(e);
                                        }
                                    }>"Forget"</button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
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

#[component]
fn Welcome(inv: Invitation) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let started = app.answering(&inv);
    let own = app.invitations.with_untracked(|b| b.made_here(&inv.id));
    let error = RwSignal::new(None::<String>);
    let sender = inv.sender();
    let parts: Vec<&'static str> = inv.modules.parts().into_iter().map(Part::label).collect();
    let go = {
        let inv = inv.clone();
        move |_| match app.start_invited(&inv) {
            Ok(id) => navigate(&inv.start_path(id.as_str()), Default::default()),
            Err(e) => error.set(Some(e)),
        }
    };
    let welcome_lines: Vec<String> = inv.welcome.lines().map(str::to_string).collect();
    view! {
        <article class="invite-welcome" style=("--brand", inv.accent_colour().to_string())>
            {own.then(|| view! {
                <p class="notice">"This is your own invitation: this is what your prospect will see. Starting it here makes a model in your own workspace."</p>
            })}
            <p class="invite-from">{format!("An invitation from {sender}")}</p>
            <h1>{format!("{}: your Market(ing) Operating System", if inv.prospect.is_empty() { "Welcome" } else { inv.prospect.as_str() })}</h1>
            {(!welcome_lines.is_empty()).then(|| view! {
                <div class="welcome-text">{welcome_lines.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}</div>
            })}
            <h2>"What you will work through"</h2>
            <ul>{parts.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            <h2>"Your answers stay with you"</h2>
            <p>{format!(
                "Everything you enter is saved in this browser only. Nothing is sent to {sender} or to anyone else: there is no server. When you finish, you choose whether to send your results back, as a link, a file or an email you send yourself."
            )}</p>
            {(!inv.contact.trim().is_empty()).then(|| view! {
                <p>"Questions? Contact " {contact_view(&inv.contact)} "."</p>
            })}
            <button type="button" class="primary" on:click=go>{if started.is_some() { "Continue where you left off" } else { "Start" }}</button>
            <p class="error-text" role="alert">{move || error.get()}</p>
        </article>
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
    // A reply as received has a strip of its own (`reply::ReceivedBanner`).
    let inv = Memo::new(move |_| {
        app.with_doc(|d| d.invitation.clone().filter(|_| d.received_at.is_none()))
            .flatten()
    });
    move || {
        inv.get().map(|inv| {
            let own = app.invitations.with(|b| b.made_here(&inv.id));
            let style = ("--brand", inv.accent_colour().to_string());
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
                    <div class="invited-banner no-print" style=style role="region" aria-label="Invitation">
                        <p>{format!("{} invited you. Your answers stay in this browser until you send them.", inv.sender())}</p>
                        <A href=move || format!("{}/send", base.get())>"Send your results"</A>
                    </div>
                }
                .into_any()
            }
        })
    }
}

/// `…/send`: the prospect sends their results back as a link, a file or an email.
#[component]
pub fn SendPage() -> impl IntoView {
    let app = use_app();
    let link = RwSignal::new(None::<String>);
    let json = Callback::new(move |()| app.doc_untracked(|d| model_json(d, now())));
    let export = move || {
        if let Some(id) = app.doc_untracked(|d| d.id.clone()) {
            if let Err(e) = app.export(&id) {
                app.tell(e);
            }
        }
    };
    let file = Callback::new(move |()| export());
    let on_link = Callback::new(move |l: String| link.set(Some(l)));
    let info = move || {
        app.with_doc(|d| {
            let inv = d.invitation.clone().unwrap_or_default();
            let parts: Vec<String> = progress(d)
                .into_iter()
                .filter(|p| inv.modules.includes(p.part))
                .map(|p| {
                    format!(
                        "{}: {} of {} done",
                        p.part.label(),
                        p.done(),
                        p.checks.len()
                    )
                })
                .collect();
            (inv, d.display_name().to_string(), parts)
        })
    };
    move || {
        info().map(|(inv, company, parts)| {
            let sender = inv.sender();
            let mail = contact_link(&inv.contact).filter(|l| l.starts_with("mailto:"));
            let subject = format!("Market(ing) OS results: {company}");
            view! {
                <h1>{format!("Send your results to {sender}")}</h1>
                <p class="lead">"Nothing has been sent yet: your answers are in this browser only. Choose how to send them; you can do it again after further changes."</p>
                <section class="card" aria-labelledby="send-what">
                    <h2 id="send-what">"What you will send"</h2>
                    <ul>{parts.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <p>"The link and the file hold your whole model, so the consultant sees exactly what you see."</p>
                </section>
                <section class="card" aria-labelledby="send-link">
                    <h2 id="send-link">"As a link"</h2>
                    <LinkMaker kind=LinkKind::Reply json=json button="Make the reply link" label="Reply link" file=file on_link=on_link />
                    {move || link.get().zip(mail.clone()).map(|(l, mail)| {
                        let body = format!("Hello,\n\nHere are my results from the Market(ing) OS Builder. Open this link to add them to your workspace:\n\n{l}\n");
                        let href = format!(
                            "{mail}?subject={}&body={}",
                            String::from(js_sys::encode_uri_component(&subject)),
                            String::from(js_sys::encode_uri_component(&body))
                        );
                        let long = l.len() > SAFE_LENGTH;
                        view! {
                            <p><a class="button" href=href>{format!("Email the link to {}", inv.contact.trim())}</a></p>
                            <p class="field-hint">"This opens your own email program with the message written; you press send."
                                {long.then_some(" The link is long: attach the file as well, in case the email cuts it.")}</p>
                        }
                    })}
                </section>
                <section class="card" aria-labelledby="send-file">
                    <h2 id="send-file">"As a file"</h2>
                    <p>"Download your results and attach the file to an email."</p>
                    <button type="button" on:click=move |_| export()>"Download your results (JSON)"</button>
                </section>
            }
        })
    }
}
