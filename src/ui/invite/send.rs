//! `…/send`: the prospect sends their results back as a link, a file or an email, and the
//! page says what has been sent so far, on this visit or an earlier one (`persist::sent`):
//! when, and whether the answers have changed since.

use crate::content::invitation::reply_email_body;
use crate::domain::invitation::{contact_link, link_fits_email};
use crate::domain::progress::progress;
use crate::persist::link::{model_json, LinkKind};
use crate::persist::sent::{answers_fingerprint, SendRecord, Way};
use crate::state::use_app;
use crate::ui::share::LinkMaker;
use crate::web::clock::{local, now};
use crate::web::uri::encode_component;
use leptos::prelude::*;
use leptos_router::components::A;

/// What has been sent of the open model, on this visit or earlier ones, and the answers as
/// they are now.
#[derive(Clone, Copy)]
struct Done {
    record: RwSignal<SendRecord>,
    /// The fingerprint of the answers now (empty until the model is open).
    answers: Memo<String>,
}

/// `…/send`: the prospect sends their results back as a link, a file or an email.
#[component]
pub fn SendPage() -> impl IntoView {
    let app = use_app();
    let done = Done {
        record: RwSignal::new(
            app.doc_untracked(|d| app.sent_record(&d.id))
                .unwrap_or_default(),
        ),
        answers: Memo::new(move |_| app.with_doc(answers_fingerprint).unwrap_or_default()),
    };
    // What was sent before, read again whenever another model opens here.
    let model = Memo::new(move |_| app.with_doc(|d| d.id.clone()));
    Effect::new(move |_| {
        if let Some(id) = model.get() {
            done.record.set(app.sent_record(&id));
        }
    });
    let note = move |way: Way| {
        if let Some(id) = model.get_untracked() {
            let answers = done.answers.get_untracked();
            done.record.set(app.record_sending(&id, way, &answers));
        }
    };
    let link = RwSignal::new(None::<String>);
    // The reply holds the parts the invitation asked for, without the consultant's logo:
    // they have it already, and either would only make the link longer.
    let json = Callback::new(move |()| {
        app.doc_untracked(|d| model_json(&crate::domain::reply::trimmed(d.clone()), now()))
    });
    let export = move || {
        if let Some(id) = app.doc_untracked(|d| d.id.clone()) {
            match app.export(&id) {
                Ok(()) => note(Way::File),
                Err(e) => app.tell(e),
            }
        }
    };
    let file = Callback::new(move |()| export());
    let on_link = Callback::new(move |l: String| {
        note(Way::Link);
        link.set(Some(l));
    });
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
            // After the heading names them in full, their own name is enough.
            let who = match inv.consultant.trim() {
                "" => sender.clone(),
                name => name.to_string(),
            };
            let mail = contact_link(&inv.contact).filter(|l| l.starts_with("mailto:"));
            let subject = format!("Market(ing) OS results: {company}");
            let to = inv.contact.trim().to_string();
            // Where the answers are: this page's address without its last part.
            let back = leptos_router::hooks::use_location()
                .pathname
                .get_untracked()
                .trim_end_matches("/send")
                .to_string();
            view! {
                <div class="branded" style=("--brand-button", inv.button_colour())>
                <p class="no-print"><A href=back.clone()>"Back to your answers"</A></p>
                <h1>{format!("Send your results to {sender}")}</h1>
                <Checklist done=done email=mail.is_some() who=who.clone() />
                <section class="card" aria-labelledby="send-what">
                    <h2 id="send-what">{format!("What {sender} will get")}</h2>
                    <ul>{parts.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    <p>{format!("A copy of your answers as they are when you make the link or download the file. {sender} opens it in their own workspace and sees exactly what you see here. Your copy stays in this browser; changes you make later reach them only if you send again.")}</p>
                </section>
                <section class="card" aria-labelledby="send-link">
                    <h2 id="send-link">"As a link"</h2>
                    <LinkMaker kind=LinkKind::Reply json=json button="Make the reply link" label="Reply link" file=file on_link=on_link />
                    {move || link.get().zip(mail.clone()).map(|(l, mail)| {
                        let fits = link_fits_email(&l);
                        let href = format!(
                            "{mail}?subject={}&body={}",
                            encode_component(&subject),
                            encode_component(&reply_email_body(&l))
                        );
                        let to = to.clone();
                        view! {
                            <p class="actions-row">
                                <a class="button primary" href=href on:click=move |_| note(Way::Email)>{if fits { format!("Email the link to {to}") } else { format!("Email {to}") }}</a>
                                {(!fits).then(|| view! {
                                    <button type="button" on:click=move |_| export()>"Download the file to attach"</button>
                                })}
                            </p>
                            <p class="field-hint">
                                "This opens your own email program with the message written; you press send. "
                                {if fits {
                                    "The email carries the link."
                                } else {
                                    "Your link is too long to travel safely in an email, so the message asks them to open the attached file instead: download it and attach it before you press send."
                                }}
                            </p>
                        }
                    })}
                </section>
                <section class="card" aria-labelledby="send-file">
                    <h2 id="send-file">"As a file"</h2>
                    <p>"Download your results and attach the file to an email."</p>
                    <button type="button" on:click=move |_| export()>"Download your results (JSON)"</button>
                </section>
                </div>
            }
        })
    }
}

/// What has been sent so far, on this visit or an earlier one, updated as it happens: when
/// each way was last used, and whether the answers have changed since.
#[component]
fn Checklist(
    done: Done,
    /// Whether the consultant gave an email address, so an email can be opened from here.
    email: bool,
    /// Who the results go to, by name, e.g. "Dana Reyes".
    who: String,
) -> impl IntoView {
    let item = move |way: Way, yes: &'static str, then: &'static str, no: &'static str| {
        let sent = move || done.record.with(|r| r.get(way).map(|s| s.at));
        view! {
            <li class=move || if sent().is_some() { "done" } else { "todo" }>
                {move || match sent() {
                    None => no.to_string(),
                    Some(at) => {
                        let behind = done.record.with(|r| r.way_is_behind(way, &done.answers.get()));
                        format!(
                            "Done: {yes} on {}{}{then}",
                            local(at).date_time_long(),
                            if behind { ", before your latest changes" } else { "" }
                        )
                    }
                }}
            </li>
        }
    };
    // What has been sent, in two short paragraphs: when, and what sending again does.
    let hint = format!(
        "The app cannot see whether a message went out, or whether {who} has added your reply."
    );
    let summary = Memo::new(move |_| {
        let (last, changed) = done
            .record
            .with(|r| (r.last().map(|s| s.at), r.changed_since(&done.answers.get())));
        let Some(at) = last else {
            return (
                "Nothing has left this browser yet: your answers are here only.".to_string(),
                "Choose a way to send them below; you can send again after further changes."
                    .to_string(),
            );
        };
        // Making a link or a file is not sending it: say what was done, not that it arrived.
        let when = format!(
            "You last made your results ready to send on {}.",
            local(at).date_time_long()
        );
        match changed {
            Some(true) => (
                format!("{when} You have changed your answers since, so the results {who} has from you are out of date."),
                format!("Send them again to update them: your newer answers replace the earlier ones in {who}'s workspace, which keeps the earlier reply as a version to compare. They do not count as a second reply."),
            ),
            Some(false) => (
                format!("{when} Your answers have not changed since."),
                format!("Once {who} has them, there is no need to send them again. If you do, {who} sees it is the same reply, and nothing is added twice."),
            ),
            None => (
                when,
                format!("If you have changed your answers since, send them again: your newer answers update the reply {who} has rather than making a second one."),
            ),
        }
    });
    let sent = move || done.record.with(|r| r.last().is_some());
    view! {
        <section class="card" aria-labelledby="send-done">
            <h2 id="send-done">"What you have sent so far"</h2>
            <p class="send-summary"><strong>{move || summary.get().0}</strong></p>
            <p>{move || summary.get().1}</p>
            <ul class="sent-so-far" aria-live="polite">
                {item(Way::Link, "reply link made", "", "Not yet: reply link")}
                {item(Way::File, "results file downloaded", "", "Not yet: results file")}
                {email.then(|| item(Way::Email, "email opened in your email program", " (check that you pressed send there)", "Not yet: email"))}
            </ul>
            {move || sent().then(|| view! { <p class="field-hint">{hint.clone()}</p> })}
        </section>
    }
}
