//! Components: the shell and routes here, one file per page, shared widgets.

mod assessment;
mod cohort;
mod dialogue;
mod home;
mod invite;
mod layout;
mod mapping;
mod operations;
mod pages;
mod plan;
mod recovery;
mod reply;
mod report;
mod schematic;
mod share;
mod stage;
mod status;
mod target;
mod team;
pub mod widgets;

use crate::state::AppState;
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::path;
use pages::Chunk;

/// The whole app: state, shell and routes.
#[component]
pub fn App() -> impl IntoView {
    let app = AppState::provide();
    install_page_listeners(app);
    view! {
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <header class="app-header no-print">
                <A href="/" attr:class="brand">{crate::content::APP_NAME}</A>
                <status::SaveStatusView />
            </header>
            <status::StorageBanner />
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=home::Home />
                    <Route path=path!("/view") view=Chunk(pages::view_page) />
                    <Route path=path!("/invite") view=Chunk(pages::invite_page) />
                    <Route path=path!("/reply") view=Chunk(pages::reply_page) />
                    <Route path=path!("/invitations") view=Chunk(pages::invitations_page) />
                    <Route path=path!("/cohort") view=Chunk(pages::cohort_page) />
                    <Route path=path!("/cohort/team") view=Chunk(pages::team_view_page) />
                    <ParentRoute path=path!("/model/:id") view=|| view! { <layout::ModelLayout /> }>
                        <Route path=path!("") view=layout::ModelIndex />
                        <Route path=path!("dialogue") view=Chunk(pages::dialogue_page) />
                        <Route path=path!("mapping") view=Chunk(pages::mapping_page) />
                        <Route path=path!("operations") view=Chunk(pages::operations_page) />
                        <Route path=path!("assessment") view=Chunk(pages::assessment_page) />
                        <Route path=path!("report") view=Chunk(pages::report_page) />
                        <Route path=path!("versions/:vid") view=Chunk(pages::version_page) />
                        <Route path=path!("present") view=Chunk(pages::present_page) />
                        <Route path=path!("diagnostics") view=Chunk(pages::plan_page) />
                        <Route path=path!("team") view=Chunk(pages::team_page) />
                        <Route path=path!("send") view=Chunk(pages::send_page) />
                    </ParentRoute>
                    // The assessment on its own, for someone who came only for it.
                    <ParentRoute path=path!("/assess/:id") view=|| view! { <layout::ModelLayout bare=true /> }>
                        <Route path=path!("") view=Chunk(pages::assessment_page) />
                        <Route path=path!("send") view=Chunk(pages::send_page) />
                    </ParentRoute>
                </Routes>
            </main>
            <footer class="app-footer no-print">
                <p>{crate::content::FOOTER}</p>
            </footer>
        </Router>
    }
}

/// Shown for an address the app does not know.
#[component]
fn NotFound() -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p>"There is nothing at this address. " <A href="/">"Go to your models"</A> "."</p>
    }
}

/// Saves when the page is hidden or closed, and handles the undo and redo shortcuts.
fn install_page_listeners(app: AppState) {
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        app.save_now();
        app.keep_unsaved_on_exit();
    });
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if crate::web::page::is_hidden() {
            app.save_now();
        }
    });
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        let key = ev.key().to_lowercase();
        let redo = (key == "z" && ev.shift_key()) || key == "y";
        let undo = key == "z" && !ev.shift_key();
        if (undo || redo) && app.doc_untracked(|_| ()).is_some() {
            ev.prevent_default();
            if redo {
                app.redo();
            } else {
                app.undo();
            }
        }
    });
}
