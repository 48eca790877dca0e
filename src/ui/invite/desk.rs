//! `/invitations`: the consultant's form for a new invitation (or for editing one), and the
//! list of invitations made in this browser below it.

use super::cards::SentList;
use crate::domain::brand::{logo_cap_text, logo_data_url, logo_size_error, LOGO_MAX_BYTES};
use crate::domain::invitation::{problems, Invitation, Modules};
use crate::persist::link::{invitation_json, LinkKind};
use crate::state::use_app;
use crate::ui::share::LinkMaker;
use crate::ui::widgets::{TextArea, TextField};
use crate::web::clock::{new_model_id, now};
use crate::web::file::{read_file, FileError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The form's fields, one signal each.
#[derive(Clone, Copy)]
struct Draft {
    consultant: RwSignal<String>,
    organisation: RwSignal<String>,
    contact: RwSignal<String>,
    accent: RwSignal<String>,
    logo: RwSignal<String>,
    prospect: RwSignal<String>,
    welcome: RwSignal<String>,
    modules: RwSignal<Modules>,
}

impl Draft {
    fn new(me: Invitation) -> Draft {
        Draft {
            accent: RwSignal::new(me.accent_colour().to_string()),
            consultant: RwSignal::new(me.consultant),
            organisation: RwSignal::new(me.organisation),
            contact: RwSignal::new(me.contact),
            logo: RwSignal::new(me.logo),
            prospect: RwSignal::new(String::new()),
            welcome: RwSignal::new(String::new()),
            modules: RwSignal::new(Modules::Assessment),
        }
    }

    /// Puts an invitation's fields in the form.
    fn fill(&self, inv: &Invitation) {
        self.consultant.set(inv.consultant.clone());
        self.organisation.set(inv.organisation.clone());
        self.contact.set(inv.contact.clone());
        self.accent.set(inv.accent_colour().to_string());
        self.logo.set(inv.logo.clone());
        self.prospect.set(inv.prospect.clone());
        self.welcome.set(inv.welcome.clone());
        self.modules.set(inv.modules);
    }

    /// The invitation the form describes (no id yet).
    fn read(&self) -> Invitation {
        Invitation {
            consultant: self.consultant.get_untracked(),
            organisation: self.organisation.get_untracked(),
            contact: self.contact.get_untracked(),
            accent: self.accent.get_untracked(),
            logo: self.logo.get_untracked(),
            prospect: self.prospect.get_untracked(),
            welcome: self.welcome.get_untracked(),
            modules: self.modules.get_untracked(),
            created_at: now(),
            ..Invitation::default()
        }
    }
}

/// `/invitations`: the consultant makes invitation links and keeps track of them.
#[component]
pub fn InvitationsPage() -> impl IntoView {
    let app = use_app();
    let draft = Draft::new(app.invitations.get_untracked().me);
    let issues = RwSignal::new(Vec::<String>::new());
    let current = RwSignal::new(None::<Invitation>);
    // The invitation being edited, when the form is editing one rather than making one.
    let editing = RwSignal::new(None::<Invitation>);
    let saved = RwSignal::new(None::<String>);
    // The link is made from the form when its button is pressed; a valid form becomes a
    // recorded invitation first.
    let json = Callback::new(move |()| {
        let found = problems(&draft.read());
        issues.set(found.clone());
        if !found.is_empty() {
            return None;
        }
        let inv = Invitation {
            id: new_model_id().as_str().to_string(),
            ..draft.read()
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
    let on_edit = Callback::new(move |inv: Invitation| {
        draft.fill(&inv);
        issues.set(Vec::new());
        saved.set(None);
        editing.set(Some(inv));
        focus("inv-form");
    });
    let save_edit = move |_| {
        let Some(old) = editing.get_untracked() else {
            return;
        };
        let found = problems(&draft.read());
        issues.set(found.clone());
        if !found.is_empty() {
            return;
        }
        let inv = Invitation {
            id: old.id.clone(),
            label: old.label.clone(),
            ..draft.read()
        }
        .tidied();
        match app.edit_invitation(inv) {
            Ok(()) => {
                saved.set(Some(format!(
                    "Saved the changes to “{}”. Copy its new link from its card below.",
                    old.title()
                )));
                editing.set(None);
                draft.prospect.set(String::new());
                draft.welcome.set(String::new());
            }
            Err(e) => issues.set(vec![e]),
        }
    };
    let cancel_edit = move |_| {
        editing.set(None);
        draft.prospect.set(String::new());
        draft.welcome.set(String::new());
        issues.set(Vec::new());
    };
    view! {
        <h1>"Invite a prospect"</h1>
        <p class="lead">
            "Send a prospect a link to your own branded welcome. They work in their own browser, "
            "and their answers come back to you only when they choose to send them. No server is "
            "involved at any point: the invitation rides inside the link."
        </p>
        <section class="card invite-form" aria-labelledby="inv-form">
            <h2 id="inv-form" tabindex="-1">{move || match editing.get() {
                Some(inv) => format!("Edit the invitation “{}”", inv.title()),
                None => "Your invitation".to_string(),
            }}</h2>
            {move || editing.get().map(|_| view! {
                <p class="notice">"Links you have already sent keep their old wording: the changes reach only links you copy after saving. Replies to the old and new links both count for this invitation."</p>
            })}
            <Fields draft=draft />
            <div role="alert">
                {move || {
                    let list = issues.get();
                    (!list.is_empty()).then(|| view! {
                        <ul class="error-text">{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
            <p role="status">{move || saved.get()}</p>
            <Show
                when=move || editing.get().is_some()
                fallback=move || view! {
                    <LinkMaker kind=LinkKind::Invite json=json button="Create the invitation link" label="Invitation link" file=file />
                }
            >
                <p class="actions-row">
                    <button type="button" class="primary" on:click=save_edit>"Save the changes"</button>
                    <button type="button" on:click=cancel_edit>"Cancel editing"</button>
                </p>
            </Show>
        </section>
        <SentList on_edit=on_edit />
    }
}

/// Moves keyboard focus to the element with this id (the form's heading, after "Edit").
fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
            el.scroll_into_view();
        }
    });
}

/// The invitation form's fields.
#[component]
fn Fields(draft: Draft) -> impl IntoView {
    let darker = move || {
        let a = draft.accent.get();
        crate::domain::brand::button_colour(&a) != a.to_ascii_lowercase()
    };
    view! {
        <fieldset>
            <legend>"From you"</legend>
            <TextField label="Your name" value=move || draft.consultant.get() on_input=move |v| draft.consultant.set(v) />
            <TextField label="Organisation" value=move || draft.organisation.get() on_input=move |v| draft.organisation.set(v) />
            <TextField label="Contact" hint="An email address, or a web address starting with https://" value=move || draft.contact.get() on_input=move |v| draft.contact.set(v) />
            <label class="field">
                <span class="field-label">"Accent colour"</span>
                <span class="field-hint">"Used for the welcome page's border, stripe and buttons."</span>
                <input type="color" prop:value=move || draft.accent.get() on:input=move |ev| draft.accent.set(event_target_value(&ev)) />
            </label>
            {move || darker().then(|| view! {
                <p class="field-hint">"White text is hard to read on this colour, so buttons will use a darker shade of it."</p>
            })}
            <LogoPicker logo=draft.logo />
        </fieldset>
        <fieldset>
            <legend>"To your prospect"</legend>
            <TextField label="Prospect's company" value=move || draft.prospect.get() on_input=move |v| draft.prospect.set(v) />
            <TextArea label="Welcome message" hint="Shown as you type it, line breaks kept." value=move || draft.welcome.get() on_input=move |v| draft.welcome.set(v) />
        </fieldset>
        <fieldset>
            <legend>"What to include"</legend>
            {Modules::ALL.into_iter().map(|m| view! {
                <label class="check">
                    <input type="radio" name="modules" prop:checked=move || draft.modules.get() == m on:change=move |_| draft.modules.set(m) />
                    {m.label()}
                </label>
            }).collect_view()}
        </fieldset>
    }
}

/// An optional logo: a small PNG, JPEG or WebP file, shown with a way to remove it.
#[component]
fn LogoPicker(
    /// The logo as a data URL (empty: none).
    logo: RwSignal<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            match read_file(file, LOGO_MAX_BYTES).await {
                Ok((_, bytes)) => match logo_data_url(&bytes) {
                    Ok(url) => {
                        error.set(None);
                        logo.set(url);
                    }
                    Err(e) => error.set(Some(e)),
                },
                Err(FileError::TooLarge { bytes, .. }) => error.set(Some(logo_size_error(bytes))),
                Err(FileError::Unreadable { why, .. }) => {
                    error.set(Some(format!("That file could not be read: {why}")))
                }
            }
        });
    };
    view! {
        <div class="logo-field">
            <label class="field">
                <span class="field-label">"Logo (optional)"</span>
                <span class="field-hint">{format!("A PNG, JPEG or WebP image of at most {}. It travels inside the link, so a small one keeps the link short.", logo_cap_text())}</span>
                <input type="file" accept="image/png,image/jpeg,image/webp" on:change=pick />
            </label>
            <p class="error-text" role="alert">{move || error.get()}</p>
            {move || (!logo.get().is_empty()).then(|| view! {
                <p class="logo-preview">
                    <img src=logo.get() alt="Your logo, as the prospect will see it" />
                    <button type="button" on:click=move |_| logo.set(String::new())>"Remove the logo"</button>
                </p>
            })}
        </div>
    }
}
