//! The frame around a model's pages: which model, the stage navigator with progress, undo and
//! redo, export.

use crate::domain::progress::{progress, Part};
use crate::domain::ModelId;
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::{use_location, use_params_map};

/// The navigator's label and route segment for each part.
pub fn part_info(part: Part) -> (&'static str, &'static str) {
    let seg = match part {
        Part::Dialogue => "dialogue",
        Part::Mapping => "mapping",
        Part::Operations => "operations",
        Part::Assessment => "assessment",
    };
    (part.label(), seg)
}

/// Opens the model named in the address and frames its pages.
#[component]
pub fn ModelLayout(
    /// Without the stage navigator: the assessment served on its own.
    #[prop(optional)]
    bare: bool,
) -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let id = Memo::new(move |_| ModelId(params.read().get("id").unwrap_or_default()));
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let id = id.get();
        error.set(app.open(&id).err());
    });
    let ready = move || app.open_id().is_some_and(|open| open == id.get());
    view! {
        <Show
            when=ready
            fallback=move || view! {
                <h1>"Model not available"</h1>
                <p role="alert">{move || error.get().unwrap_or_else(|| "Opening…".into())}</p>
                <p><A href="/">"Back to your models"</A></p>
            }
        >
            {if bare {
                view! {
                    <div class="stage-body bare">
                        <super::widgets::NamesList />
                        <StaleBanner />
                        <super::invite::InvitedBanner base=Signal::derive(move || format!("/assess/{}", id.get().as_str())) />
                        <super::reply::ReceivedBanner base=Signal::derive(move || format!("/assess/{}", id.get().as_str())) />
                        <Page />
                    </div>
                }.into_any()
            } else {
                view! { <ModelFrame id=id /> }.into_any()
            }}
        </Show>
    }
}

/// The navigator, tools and the current page.
#[component]
fn ModelFrame(id: Memo<ModelId>) -> impl IntoView {
    let app = use_app();
    let parts = Memo::new(move |_| app.with_rules(progress).unwrap_or_default());
    let name = move || {
        app.with_names(|d| d.display_name().to_string())
            .unwrap_or_default()
    };
    let base = move || format!("/model/{}", id.get().as_str());
    // An invited model shows only the parts its invitation includes.
    let included = Memo::new(move |_| {
        app.with_rules(|d| match &d.invitation {
            Some(inv) => inv.modules.parts(),
            None => Part::ALL.to_vec(),
        })
        .unwrap_or_default()
    });
    let history = Memo::new(move |_| app.history());
    let can_undo = move || history.get().0;
    let can_redo = move || history.get().1;
    view! {
        <div class="model-frame">
            <nav class="stage-nav no-print" aria-label="Stages">
                <p class="model-title">{name}</p>
                <ol>
                    {move || included.get().into_iter().map(|part| {
                        let (label, seg) = part_info(part);
                        let pct = move || parts.with(|ps| ps.iter().find(|p| p.part == part).map(|p| p.percent()).unwrap_or(0));
                        view! {
                            <li>
                                <A href=move || format!("{}/{seg}", base())>
                                    <span class="stage-label">{label}</span>
                                    <span class="stage-progress">
                                        <progress max="100" value=pct aria-hidden="true"></progress>
                                        <span>{move || format!("{}% done", pct())}</span>
                                    </span>
                                </A>
                            </li>
                        }
                    }).collect_view()}
                    <Show when=move || included.with(|p| p.contains(&Part::Operations))>
                        <li>
                            <A href=move || format!("{}/team", base())>
                                <span class="stage-label">"Team and charter"</span>
                            </A>
                        </li>
                    </Show>
                    <li>
                        <A href=move || format!("{}/diagnostics", base())>
                            <span class="stage-label">"Gaps and plan"</span>
                        </A>
                    </li>
                    <li>
                        <A href=move || format!("{}/report", base())>
                            <span class="stage-label">"Report"</span>
                        </A>
                    </li>
                </ol>
                <div class="tools" role="group" aria-label="Model tools">
                    // A reply as received is never changed: nothing to undo.
                    <Show when=move || !app.received()>
                        <button type="button" on:click=move |_| app.undo() disabled=move || !can_undo() aria-keyshortcuts="Control+Z">"Undo"</button>
                        <button type="button" on:click=move |_| app.redo() disabled=move || !can_redo() aria-keyshortcuts="Control+Shift+Z">"Redo"</button>
                    </Show>
                    <button type="button" on:click=move |_| {
                        if let Err(e) = app.export(&id.get_untracked()) {
                            app.notice.set(Some(crate::state::Notice { text: e, restore: None }));
                        }
                    }>"Export JSON"</button>
                </div>
            </nav>
            <div class="stage-body">
                <super::widgets::NamesList />
                <StaleBanner />
                <super::recovery::ModelProblems id=id />
                <super::home::Notices />
                <super::status::ExportReminder />
                <super::invite::InvitedBanner base=Signal::derive(base) />
                <super::reply::ReceivedBanner base=Signal::derive(base) />
                <Page />
            </div>
        </div>
    }
}

/// The current page of the model. On a client's reply as received, the pages that edit are
/// shown with every control disabled: the reply is kept as sent (the report, presentation,
/// versions and sending pages stay as they are).
#[component]
fn Page() -> impl IntoView {
    let app = use_app();
    let location = use_location();
    let locked = Memo::new(move |_| {
        let path = location.pathname.get();
        let reading = ["/report", "/present", "/send"]
            .iter()
            .any(|end| path.ends_with(end))
            || path.contains("/versions/");
        !reading && app.received()
    });
    // An invited model (the prospect's, or the reply it became) has only the parts its
    // invitation asked for: a page of any other, reached by typing its address, says so.
    let outside = Memo::new(move |_| {
        let path = location.pathname.get();
        let part = path
            .rsplit('/')
            .next()
            .and_then(crate::content::report::page_part)?;
        app.with_rules(|d| {
            d.invitation
                .as_ref()
                .filter(|inv| !inv.modules.includes(part))
                .map(|inv| (inv.clone(), d.id.clone(), d.received_at.is_some()))
        })
        .flatten()
    });
    move || {
        if let Some((inv, id, received)) = outside.get() {
            view! { <NotInvited inv=inv id=id received=received /> }.into_any()
        } else if locked.get() {
            view! {
                <fieldset class="page-frame" disabled aria-label="The reply as received, read-only">
                    <Outlet />
                </fieldset>
            }
            .into_any()
        } else {
            view! { <Outlet /> }.into_any()
        }
    }
}

/// `/model/<id>` on its own: where the model opens (an invited one where its invitation
/// starts, a client's reply on its report, any other on Stage 1).
#[component]
pub fn ModelIndex() -> impl IntoView {
    let app = use_app();
    let path = app
        .with_doc(|d| super::home::model_href(app, &d.id, d.invitation.as_ref()))
        .unwrap_or_else(|| "dialogue".into());
    view! { <leptos_router::components::Redirect path=path /> }
}

/// In place of a page its invitation did not ask for.
#[component]
fn NotInvited(
    inv: crate::domain::invitation::Invitation,
    id: ModelId,
    received: bool,
) -> impl IntoView {
    let asked = inv.modules.label().to_lowercase();
    let (text, href, go) = if received {
        (
            format!("The invitation asked for {asked}, so this reply has no such page."),
            format!("/model/{}/report", id.as_str()),
            "See the reply's report",
        )
    } else {
        (
            format!(
                "The invitation from {} asks for {asked}. This page is not part of it.",
                inv.sender()
            ),
            inv.start_path(id.as_str()),
            "Back to what you were invited to do",
        )
    };
    view! {
        <h1>"Not part of this invitation"</h1>
        <p>{text}</p>
        <p><A href=href>{go}</A></p>
    }
}

/// Shown when another tab changed this model while this one had unsaved changes.
#[component]
fn StaleBanner() -> impl IntoView {
    let app = use_app();
    let error = RwSignal::new(None::<String>);
    let resolve = move |keep_mine: bool| error.set(app.resolve_stale(keep_mine).err());
    view! {
        <Show when=move || app.stale.get()>
            <div class="banner warn stale-banner" role="alert">
                <h2>"This model was changed in another tab"</h2>
                <p>"This tab has changes that are not saved, and another tab or window saved its own since. This tab has stopped saving so neither is overwritten. Choose the version to go on with; the other is kept as a separate model, so nothing is lost."</p>
                <p class="actions-row">
                    <button type="button" class="primary" on:click=move |_| resolve(true)>"Keep this tab's version"</button>
                    <button type="button" on:click=move |_| resolve(false)>"Use the other tab's version"</button>
                </p>
                <p class="error-text">{move || error.get()}</p>
            </div>
        </Show>
    }
}
