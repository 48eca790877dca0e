//! The prospect's branded welcome, where an invitation link opens.

use super::contact_view;
use crate::domain::invitation::{Invitation, MAX_SHORT};
use crate::domain::progress::Part;
use crate::state::use_app;
use crate::ui::widgets::TextField;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

/// The welcome: who invites, what to work through, that answers stay here, and Start.
#[component]
pub fn Welcome(inv: Invitation) -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let started = app.answering(&inv);
    let own = app.invitations.with_untracked(|b| b.made_here(&inv.id));
    let error = RwSignal::new(None::<String>);
    let respondent = RwSignal::new(String::new());
    let sender = inv.sender();
    let parts: Vec<&'static str> = inv.modules.parts().into_iter().map(Part::label).collect();
    let go = {
        let inv = inv.clone();
        move |_| match app.start_invited(&inv, &respondent.get_untracked()) {
            Ok(id) => navigate(&inv.start_path(id.as_str()), Default::default()),
            Err(e) => error.set(Some(e)),
        }
    };
    let welcome_lines: Vec<String> = inv.welcome.lines().map(str::to_string).collect();
    let logo_alt = format!(
        "{} logo",
        if inv.organisation.trim().is_empty() {
            sender.as_str()
        } else {
            inv.organisation.trim()
        }
    );
    let intro = if inv.is_maturity_check() {
        "A short self-assessment of how your marketing operations work today: seven areas, each placed on one of five stages, with a note of the evidence behind each answer. You get your result as soon as you finish."
    } else {
        "A guided way to design how your marketing team listens to your market, turns what it learns into work, and runs that work week to week."
    };
    view! {
        <article class="invite-welcome branded" style=("--brand", inv.accent_colour().to_string())>
            {own.then(|| view! {
                <p class="notice">"This is your own invitation, as your prospect will see it. Starting is theirs to do, so nothing here makes a model in your workspace (a try-out would count as a client's reply)."</p>
            })}
            {(!inv.logo.is_empty()).then(|| view! {
                <img class="invite-logo" src=inv.logo.clone() alt=logo_alt />
            })}
            <p class="invite-from">{format!("An invitation from {sender}")}</p>
            <h1>{inv.heading()}</h1>
            <p>{intro}</p>
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
            {started.is_none().then(|| view! {
                <div class="respondent">
                    <TextField label="Your name (optional)"
                        hint=format!("So {sender} can tell your answers apart from your colleagues'.")
                        value=move || respondent.get()
                        on_input=move |v: String| respondent.set(v.chars().take(MAX_SHORT).collect()) />
                </div>
            })}
            {if own {
                view! { <p><leptos_router::components::A href="/invitations">"Back to your invitations"</leptos_router::components::A></p> }.into_any()
            } else {
                view! { <button type="button" class="primary" style=("--brand-button", inv.button_colour()) on:click=go>{if started.is_some() { "Continue where you left off" } else { "Start" }}</button> }.into_any()
            }}
            <p class="error-text" role="alert">{move || error.get()}</p>
        </article>
    }
}
