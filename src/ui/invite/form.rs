//! The invitation form's fields: each text field names its own problem beside it (marked
//! invalid and described by that text), the accent colour, the logo and what to include.

use super::desk::Draft;
use crate::domain::brand::{logo_cap_text, logo_data_url, logo_size_error, LOGO_MAX_BYTES};
use crate::domain::invitation::{Field, Modules};
use crate::web::file::{read_file, take_picked_file, FileError};
use leptos::prelude::*;

/// The id of a field's control, to move focus to it.
pub fn field_id(field: Field) -> &'static str {
    match field {
        Field::Consultant => "inv-consultant",
        Field::Organisation => "inv-organisation",
        Field::Contact => "inv-contact",
        Field::Accent => "inv-accent",
        Field::Prospect => "inv-prospect",
        Field::Welcome => "inv-welcome",
    }
}

/// The invitation form's fields. `issues` holds each field's problem, once the form has
/// been tried; `editing` shows the consultant's label among them.
#[component]
pub fn Fields(
    draft: Draft,
    issues: Memo<Vec<(Field, String)>>,
    editing: Signal<bool>,
) -> impl IntoView {
    let error = move |field: Field| {
        Signal::derive(move || {
            issues.with(|l| l.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
        })
    };
    let darker = move || {
        let a = draft.accent.get();
        crate::domain::brand::button_colour(&a) != a.to_ascii_lowercase()
    };
    let accent_error = error(Field::Accent);
    view! {
        <fieldset>
            <legend>"From you"</legend>
            <FormField field=Field::Consultant value=draft.consultant error=error(Field::Consultant) />
            <FormField field=Field::Organisation value=draft.organisation error=error(Field::Organisation) />
            <FormField field=Field::Contact value=draft.contact error=error(Field::Contact) hint="An email address, or a web address starting with https://" />
            <label class="field">
                <span class="field-label">"Accent colour"</span>
                <span class="field-hint">"Used for the welcome page's border, stripe and buttons."</span>
                <input type="color" id=field_id(Field::Accent) prop:value=move || draft.accent.get()
                    aria-invalid=move || accent_error.with(|e| e.is_some().then_some("true"))
                    aria-describedby=move || accent_error.with(|e| e.is_some().then_some("inv-accent-error"))
                    on:input=move |ev| draft.accent.set(event_target_value(&ev)) />
            </label>
            {move || accent_error.get().map(|m| view! { <p class="field-error" id="inv-accent-error">{m}</p> })}
            {move || darker().then(|| view! {
                <p class="field-hint">"White text is hard to read on this colour, so buttons will use a darker shade of it."</p>
            })}
            <LogoPicker logo=draft.logo />
        </fieldset>
        <fieldset>
            <legend>"To your prospect"</legend>
            <FormField field=Field::Prospect value=draft.prospect error=error(Field::Prospect) />
            <Show when=move || editing.get()>
                <label class="field">
                    <span class="field-label">"Your label (only you see it)"</span>
                    <span class="field-hint">"The name your list shows. Leave it empty to use the company's name."</span>
                    <input type="text" maxlength="200" prop:value=move || draft.label.get()
                        on:input=move |ev| draft.label.set(event_target_value(&ev)) />
                </label>
            </Show>
            <FormField field=Field::Welcome value=draft.welcome error=error(Field::Welcome) hint="Shown as you type it, line breaks kept." lines=true />
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

/// A text field of the form with its problem, when it has one, right after it: the control
/// is then marked invalid and described by that text.
#[component]
fn FormField(
    field: Field,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] lines: bool,
) -> impl IntoView {
    let id = field_id(field);
    let error_id = format!("{id}-error");
    let invalid = move || error.with(|e| e.is_some().then_some("true"));
    let described = {
        let error_id = error_id.clone();
        move || error.with(|e| e.is_some().then(|| error_id.clone()))
    };
    let control = if lines {
        view! {
            <textarea rows="3" id=id prop:value=move || value.get() aria-invalid=invalid aria-describedby=described
                on:input=move |ev| value.set(event_target_value(&ev))></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id prop:value=move || value.get() aria-invalid=invalid aria-describedby=described
                on:input=move |ev| value.set(event_target_value(&ev)) />
        }
        .into_any()
    };
    view! {
        <label class="field">
            <span class="field-label">{field.label()}</span>
            {hint.map(|h| view! { <span class="field-hint">{h}</span> })}
            {control}
        </label>
        {move || error.get().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
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
        let Some(file) = take_picked_file(&ev) else {
            return;
        };
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
