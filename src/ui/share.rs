//! Read-only share links: making one from the report, and opening one. The data rides in the
//! address after `#`, which the browser never sends to any server.

use super::report::{report_view, ReportOf};
use crate::domain::Document;
use crate::persist::link::{model_json, LinkError, LinkKind, SAFE_LENGTH};
use crate::state::use_app;
use crate::web::clock::now;
use crate::web::links;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use std::future::Future;

/// A button that makes a link, and the link once made: copy it, and a warning with a file
/// instead when it is long enough for chat and mail tools to cut.
#[component]
pub fn LinkMaker(
    kind: LinkKind,
    /// The JSON the link carries, read when the button is pressed.
    json: Callback<(), Option<String>>,
    #[prop(into)] button: String,
    /// The link field's label.
    #[prop(into)]
    label: String,
    /// Downloads the same data as a file, offered beside a long link.
    file: Callback<()>,
    /// Told of each link made (for an email carrying it).
    #[prop(optional)]
    on_link: Option<Callback<String>>,
) -> impl IntoView {
    let made = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<String>);
    let make = move |_| {
        let Some(text) = json.run(()) else {
            return;
        };
        copied.set(None);
        leptos::task::spawn_local(async move {
            match links::build(kind, &text).await {
                Ok(link) => {
                    error.set(None);
                    if let Some(cb) = on_link {
                        cb.run(link.clone());
                    }
                    made.set(Some(link));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let copy = move |_| {
        let Some(link) = made.get_untracked() else {
            return;
        };
        super::widgets::copy_text(&link, copied, "link");
    };
    view! {
        <div class="link-maker">
            <button type="button" class="primary" on:click=make>{button}</button>
            <p class="error-text" role="alert">{move || error.get()}</p>
            {move || made.get().map(|link| {
                let long = link.len() > SAFE_LENGTH;
                let length = link.len();
                view! {
                    <label class="field">
                        <span class="field-label">{label.clone()}</span>
                        <textarea class="link-text" readonly rows="3" prop:value=link
                            on:focus=|ev| crate::web::focus::select_target(&ev)></textarea>
                    </label>
                    <p class="actions-row">
                        <button type="button" on:click=copy>"Copy the link"</button>
                        <span role="status">{move || copied.get()}</span>
                    </p>
                    {long.then(|| view! {
                        <div class="warning" role="note">
                            <p>{format!("This link is {length} characters long. Chat and mail tools often cut links longer than about 8,000 characters, and a cut link will not open. Send the file instead, or as well.")}</p>
                            <button type="button" on:click=move |_| file.run(())>"Download the file instead"</button>
                        </div>
                    })}
                }
            })}
        </div>
    }
}

/// The read-only link for the open model, on the report page.
#[component]
pub fn ShareLink() -> impl IntoView {
    let app = use_app();
    let json = Callback::new(move |()| app.doc_untracked(|d| model_json(d, now())));
    let file = Callback::new(move |()| {
        if let Some(id) = app.doc_untracked(|d| d.id.clone()) {
            let _ = app.export(&id);
        }
    });
    // A prospect sends their answers back as a reply: a read-only link of the same model
    // would reach the consultant as a second copy of the client.
    let invited = app.doc_untracked(|d| {
        let inv = d.invitation.as_ref()?;
        let theirs =
            d.received_at.is_none() && !app.invitations.with_untracked(|b| b.made_here(&inv.id));
        theirs.then(|| inv.sender())
    });
    if let Some(sender) = invited.flatten() {
        return view! {
            <section class="card no-print" aria-labelledby="share-heading">
                <h2 id="share-heading">"Sharing your answers"</h2>
                <p>{format!("To share your answers with {sender}, use \u{201c}Send your results\u{201d} at the top of the page: they reach {sender} as your reply to the invitation.")}</p>
            </section>
        }
        .into_any();
    }
    view! {
        <section class="card no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share a read-only link"</h2>
            <p>"The whole model travels inside the link, after the #, a part of an address browsers never send to a server. Whoever opens it sees this report and can save their own copy; your model here stays as it is."</p>
            <LinkMaker kind=LinkKind::View json=json button="Make a read-only link" label="Read-only link" file=file />
        </section>
    }
    .into_any()
}

/// Where opening a link stands.
#[derive(Clone)]
pub enum Opening<T> {
    Loading,
    Open(T),
    Failed(LinkError),
}

/// The fragment of the address (`#` included), from the router, so a link followed inside
/// the app (the invitation card's preview) is read as surely as one opened afresh; updated
/// when the user pastes another link into this page.
pub fn fragment_signal() -> Signal<String> {
    let hash = leptos_router::hooks::use_location().hash;
    let (pasted, set) = signal(None::<String>);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set.set(Some(links::current_fragment()))
    });
    on_cleanup(move || handle.remove());
    Signal::derive(move || pasted.get().unwrap_or_else(|| hash.get()))
}

/// What the link in the address's fragment carries, opened by `open` and opened again
/// whenever the fragment changes. A resource whose result names the fragment it came from:
/// only the result of the fragment now in the address is shown, so an earlier link that
/// finishes opening after a later one was pasted (a big one takes a while) never shows, not
/// even briefly; until the latest link has opened, the page says it is opening.
pub fn opened<T, F>(open: impl Fn(String) -> F + 'static) -> Signal<Opening<T>>
where
    T: Clone + Send + Sync + 'static,
    F: Future<Output = Result<T, LinkError>> + 'static,
{
    let fragment = fragment_signal();
    let link = LocalResource::new(move || {
        let from = fragment.get();
        let opening = open(from.clone());
        async move { (from, opening.await) }
    });
    Signal::derive(move || match link.get() {
        Some((from, result)) if fragment.with(|now| *now == from) => match result {
            Ok(x) => Opening::Open(x),
            Err(e) => Opening::Failed(e),
        },
        _ => Opening::Loading,
    })
}

/// The model a link carries (see [`opened`]).
pub fn opened_model() -> Signal<Opening<Document>> {
    opened(|f| async move { links::open_model(&f).await })
}

/// Shown when a link could not be opened: what is wrong, and that nothing changed.
pub fn link_failed(e: &LinkError) -> AnyView {
    view! {
        <h1>"This link could not be opened"</h1>
        <p role="alert" class="error-text">{e.to_string()}</p>
        <p>"Nothing in your workspace has changed. " <a href="/">"Go to your models"</a> "."</p>
    }
    .into_any()
}

/// `/view#…`: a shared model, read-only, with an offer to save a copy.
#[component]
pub fn ViewPage() -> impl IntoView {
    let app = use_app();
    let navigate = use_navigate();
    let state = opened_model();
    move || match state.get() {
        Opening::Loading => view! { <p role="status">"Opening the link…"</p> }.into_any(),
        Opening::Failed(e) => link_failed(&e),
        // A client's answers to an invitation made here are a reply, however they came:
        // taken in as one, so the client is never kept twice.
        Opening::Open(doc)
            if doc
                .invitation
                .as_ref()
                .is_some_and(|i| app.invitations.with_untracked(|b| b.made_here(&i.id))) =>
        {
            view! { <super::reply::Arriving doc=doc /> }.into_any()
        }
        Opening::Open(doc) => {
            let copy = doc.clone();
            let navigate = navigate.clone();
            let save = move |_| match app.save_copy(copy.clone()) {
                Ok(id) => navigate(
                    &format!("/model/{}/report", id.as_str()),
                    Default::default(),
                ),
                Err(e) => app.tell(e),
            };
            view! {
                <div class="shared-banner no-print" role="region" aria-label="Shared model">
                    <p>"You are reading a model someone shared with you. It is not in your workspace, and nothing is saved unless you choose to."</p>
                    <button type="button" class="primary" on:click=save>"Save a copy to my workspace"</button>
                </div>
                {report_view(&doc, ReportOf::Shared)}
            }
            .into_any()
        }
    }
}
