//! `/invitations`: the consultant's form for a new invitation (or for editing one, or a copy
//! just made), and the list of invitations made in this browser below it. The page says one
//! thing at a time, about the latest action, where that action happened.

use super::cards::{Open, SentList};
use super::form::{field_id, Fields};
use crate::content::invitation::{field_problems, problems};
use crate::domain::invitation::{Field, Invitation, Modules};
use crate::persist::link::{invitation_json, LinkKind};
use crate::state::use_app;
use crate::ui::share::LinkMaker;
use crate::web::clock::{new_model_id, now};
use leptos::prelude::*;

/// The form's fields, one signal each.
#[derive(Clone, Copy)]
pub(super) struct Draft {
    pub consultant: RwSignal<String>,
    pub organisation: RwSignal<String>,
    pub contact: RwSignal<String>,
    pub accent: RwSignal<String>,
    pub logo: RwSignal<String>,
    pub prospect: RwSignal<String>,
    /// The consultant's own label (only while editing).
    pub label: RwSignal<String>,
    pub welcome: RwSignal<String>,
    pub modules: RwSignal<Modules>,
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
            label: RwSignal::new(String::new()),
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
        self.label.set(inv.label.clone());
        self.welcome.set(inv.welcome.clone());
        self.modules.set(inv.modules);
    }

    /// The invitation the form describes (no id yet), read as it changes.
    fn current(&self) -> Invitation {
        Invitation {
            consultant: self.consultant.get(),
            organisation: self.organisation.get(),
            contact: self.contact.get(),
            accent: self.accent.get(),
            logo: self.logo.get(),
            prospect: self.prospect.get(),
            label: self.label.get(),
            welcome: self.welcome.get(),
            modules: self.modules.get(),
            created_at: now(),
            ..Invitation::default()
        }
    }

    /// The invitation the form describes, for an event handler.
    fn read(&self) -> Invitation {
        untrack(|| self.current())
    }
}

/// Where the page says something: at the top of the form (what opened in it), by the form's
/// buttons, over the list, or on one invitation's card.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Place {
    Opened,
    Form,
    List,
    Card(String),
}

/// What the page says after the latest action, and where; the next action replaces it.
#[derive(Clone, Copy)]
pub(super) struct Desk {
    said: RwSignal<Option<(Place, String, bool)>>,
}

impl Desk {
    /// Says `text` at `place`, in place of whatever was said before.
    pub fn say(&self, place: Place, text: String) {
        self.said.set(Some((place, text, false)));
    }

    /// Says that something went wrong, in place of whatever was said before.
    pub fn fail(&self, place: Place, text: String) {
        self.said.set(Some((place, text, true)));
    }

    /// Says nothing (an action that speaks for itself).
    pub fn clear(&self) {
        self.said.set(None);
    }

    /// What is said at `place`, if anything, and whether it is a failure.
    pub fn at(&self, place: &Place) -> Option<(String, bool)> {
        self.said.with(|s| {
            s.as_ref()
                .filter(|(p, _, _)| p == place)
                .map(|(_, t, e)| (t.clone(), *e))
        })
    }

    /// A live region showing what is said at `place`.
    pub fn region(self, place: Place, class: &'static str) -> impl IntoView {
        let place = StoredValue::new(place);
        let said = move || place.with_value(|p| self.at(p));
        view! {
            <p role="status" class=move || match said() {
                Some((_, true)) => format!("{class} said error-text"),
                Some(_) => format!("{class} said"),
                None => class.to_string(),
            }>{move || said().map(|(t, _)| t)}</p>
        }
    }
}

/// `/invitations`: the consultant makes invitation links and keeps track of them.
#[component]
pub fn InvitationsPage() -> impl IntoView {
    let app = use_app();
    let draft = Draft::new(app.invitations.get_untracked().me);
    let desk = Desk {
        said: RwSignal::new(None),
    };
    // Each field's problem, shown once the form has been tried, and kept up to date as the
    // fields change after that.
    let tried = RwSignal::new(false);
    let issues = Memo::new(move |_| {
        if tried.get() {
            field_problems(&draft.current())
        } else {
            Vec::new()
        }
    });
    let current = RwSignal::new(None::<Invitation>);
    // The invitation being edited, when the form is editing one rather than making one.
    let editing = RwSignal::new(None::<Invitation>);
    // Whether the invitation being edited is a copy just made (no link of it sent yet).
    let fresh_copy = RwSignal::new(false);
    // The new invitation the form held before an edit began, given back when it ends.
    let stash = StoredValue::new(None::<Invitation>);
    // Whether the form is ready: if not, its problems are shown and focus goes to the first.
    let check = move || {
        tried.set(true);
        let found = field_problems(&draft.read());
        match found.first() {
            Some((field, _)) => {
                desk.clear();
                focus(field_id(*field), false);
                false
            }
            None => {
                tried.set(false);
                true
            }
        }
    };
    // The link is made from the form when its button is pressed; a valid form becomes a
    // recorded invitation first.
    let json = Callback::new(move |()| {
        if !check() {
            return None;
        }
        let inv = Invitation {
            id: new_model_id().as_str().to_string(),
            label: String::new(),
            ..draft.read()
        }
        .tidied();
        if let Err(e) = app.add_invitation(inv.clone()) {
            desk.fail(Place::Form, e);
            return None;
        }
        let title = app
            .invitations
            .with_untracked(|b| b.find(&inv.id).map(|i| i.title().to_string()))
            .unwrap_or_default();
        desk.say(
            Place::Form,
            format!(
                "Made the invitation “{title}”. Its link is below, and on its card in your list."
            ),
        );
        current.set(Some(inv.clone()));
        Some(invitation_json(&inv))
    });
    let file = Callback::new(move |()| {
        if let Some(inv) = current.get_untracked() {
            let name = format!("invitation-{}.json", inv.id);
            let _ = crate::web::file::download(&name, "application/json", &invitation_json(&inv));
        }
    });
    // Puts an invitation in the form to edit, keeping what the form held for afterwards.
    let begin = move |inv: &Invitation| {
        if editing.get_untracked().is_none() {
            stash.set_value(Some(draft.read()));
        }
        draft.fill(inv);
        tried.set(false);
        fresh_copy.set(false);
        editing.set(Some(inv.clone()));
    };
    // Gives the form back what it held before the edit began.
    let end = move || {
        editing.set(None);
        tried.set(false);
        if let Some(before) = stash.try_update_value(Option::take).flatten() {
            draft.fill(&before);
        }
    };
    let open = Open {
        edit: Callback::new(move |inv: Invitation| {
            begin(&inv);
            desk.clear();
            focus("inv-form", false);
        }),
        copied: Callback::new(move |(original, copy): (String, Invitation)| {
            begin(&copy);
            fresh_copy.set(true);
            desk.say(
                Place::Opened,
                format!(
                    "Made “{}”, a copy of “{original}” with a link of its own, and opened it here. Change the company, label or wording for its new prospect, then save. “{original}” is unchanged.",
                    copy.title()
                ),
            );
            focus(field_id(Field::Prospect), true);
        }),
    };
    let save_edit = move |_| {
        let Some(old) = editing.get_untracked() else {
            return;
        };
        if !check() {
            return;
        }
        let inv = Invitation {
            id: old.id.clone(),
            ..draft.read()
        }
        .tidied();
        let id = inv.id.clone();
        match app.edit_invitation(inv) {
            Ok(()) => {
                let title = app
                    .invitations
                    .with_untracked(|b| b.find(&id).map(|i| i.title().to_string()))
                    .unwrap_or_default();
                desk.say(
                    Place::Form,
                    format!(
                        "Saved the changes to “{title}”. Copy its new link from its card below."
                    ),
                );
                end();
            }
            Err(e) => desk.fail(Place::Form, e),
        }
    };
    let cancel_edit = move |_| {
        match editing
            .get_untracked()
            .filter(|_| fresh_copy.get_untracked())
        {
            Some(copy) => desk.say(
                Place::Form,
                format!(
                    "“{}” stays in your list as it was made; archive it if you do not need it.",
                    copy.title()
                ),
            ),
            None => desk.clear(),
        }
        end();
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
            {desk.region(Place::Opened, "form-status")}
            {move || (editing.with(Option::is_some) && !fresh_copy.get()).then(|| view! {
                <p class="notice">"Links you have already sent keep their old wording: the changes reach only links you copy after saving. Replies to the old and new links both count for this invitation."</p>
            })}
            <Fields draft=draft issues=issues editing=Signal::derive(move || editing.get().is_some()) />
            <div role="alert">
                {move || {
                    let list = issues.with(|l| (!l.is_empty()).then(|| problems(&draft.current())));
                    list.map(|list| view! {
                        <p class="error-text">{match list.len() {
                            1 => "One field needs changing before the invitation can be saved:".to_string(),
                            n => format!("{n} fields need changing before the invitation can be saved:"),
                        }}</p>
                        <ul class="error-text">{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    })
                }}
            </div>
            {desk.region(Place::Form, "form-status")}
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
        <SentList open=open desk=desk />
    }
}

/// Moves keyboard focus to the element with this id (the form's heading after "Edit", a
/// field), selecting a field's text when `select` is set so that typing replaces it.
pub(super) fn focus(id: &'static str, select: bool) {
    request_animation_frame(move || crate::web::focus::focus_and_show(id, select));
}
