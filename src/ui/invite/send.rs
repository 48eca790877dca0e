//! `…/send`: the prospect sends their results back as a link, a file or an email, and the
//! page keeps count of what has been done so far in this visit.

use crate::domain::invitation::{contact_link, link_fits_email, reply_email_body};
use crate::domain::progress::progress;
use crate::persist::link::{model_json, LinkKind};
use crate::state::use_app;
use crate::ui::share::LinkMaker;
use crate::web::clock::now;
use leptos::prelude::*;
use leptos_router::components::A;

/// What the prospect has done on this page since it opened.
#[derive(Clone, Copy)]
struct Done {
    link: RwSignal<bool>,
    file: RwSignal<bool>,
    email: RwSignal<bool>,
}

/// `…/send`: the prospect sends their results back as a link, a file or an email.
#[component]
pub fn SendPage() -> impl IntoView {
    let app = use_app();
    let done = Done {
        link: RwSignal::new(false),
        file: RwSignal::new(false),
        email: RwSignal::new(false),
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
                Ok(()) => done.file.set(true),
                Err(e) => app.tell(e),
            }
        }
    };
    let file = Callback::new(move |()| export());
    let on_link = Callback::new(move |l: String| {
        done.link.set(true);
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
                <Checklist done=done email=mail.is_some() />
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
                            String::from(js_sys::encode_uri_component(&subject)),
                            String::from(js_sys::encode_uri_component(&reply_email_body(&l)))
                        );
                        let to = to.clone();
                        view! {
                            <p class="actions-row">
                                <a class="button primary" href=href on:click=move |_| done.email.set(true)>{if fits { format!("Email the link to {to}") } else { format!("Email {to}") }}</a>
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

/// What has been done so far in this visit, updated as it happens.
#[component]
fn Checklist(
    done: Done,
    /// Whether the consultant gave an email address, so an email can be opened from here.
    email: bool,
) -> impl IntoView {
    let item = move |flag: RwSignal<bool>, yes: &'static str, no: &'static str| {
        view! {
            <li class=move || if flag.get() { "done" } else { "todo" }>
                {move || if flag.get() { yes } else { no }}
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="send-done">
            <h2 id="send-done">"So far on this page"</h2>
            <p>{move || if done.link.get() || done.file.get() || done.email.get() {
                "Your answers leave this browser only in what you send yourself: the app cannot see whether a message went out."
            } else {
                "Nothing has left this browser yet: your answers are here only. Choose a way to send them below; you can send again after further changes."
            }}</p>
            <ul class="sent-so-far" aria-live="polite">
                {item(done.link, "Done: reply link made", "Not yet: reply link")}
                {item(done.file, "Done: results file downloaded", "Not yet: results file")}
                {email.then(|| item(done.email, "Done: email opened in your email program (check that you pressed send there)", "Not yet: email"))}
            </ul>
        </section>
    }
}
