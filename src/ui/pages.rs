//! The page groups that load on navigation. Each group's pages live in a WebAssembly chunk of
//! its own (cut out of the app by wasm-split at build time: scripts/app.mjs), fetched the first
//! time one of its pages opens. The offline worker (src/web/offline.rs), registered once the
//! first page is drawn and the browser is idle, fetches and keeps every chunk, so later pages
//! open from its cache, online or not.
//!
//! Leptos's own `#[lazy]` and `#[lazy_route]` panic when a chunk fails to load, and with
//! `panic = "abort"` that traps the whole module: every page would freeze after a network blip
//! or a new build replacing the files under an open tab. So the split points here are
//! `wasm_split` functions marked `fallible`, and a chunk that does not come shows a message
//! with a reload instead of its page.

use super::{assessment, cohort, dialogue, invite, mapping, operations, plan, report};
use super::{reply, schematic, share, team};
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::ChooseView;
use std::future::Future;

/// A route's view kept in a chunk. The router awaits it, so the page on screen stays until the
/// new one is ready.
#[derive(Clone, Copy)]
pub struct Chunk<F>(pub F);

impl<F, Fut> ChooseView for Chunk<F>
where
    F: Fn() -> Fut + Send + Clone + 'static,
    Fut: Future<Output = Result<AnyView, SplitLoaderError>>,
{
    async fn choose(self) -> AnyView {
        let page = match (self.0)().await {
            Ok(page) => page,
            Err(_) => view! { <ChunkFailed /> }.into_any(),
        };
        // The page is built and goes on screen now: for a visit that opened here, the app is
        // interactive (`make bench` measures start-up by this mark).
        crate::web::clock::mark_interactive();
        page
    }

    async fn preload(&self) {}
}

/// Shown in place of a page whose chunk could not be fetched.
#[component]
fn ChunkFailed() -> impl IntoView {
    view! {
        <section class="card chunk-failed" role="alert">
            <h1>"This page could not be loaded"</h1>
            <p>
                "Part of the app did not arrive: the connection may have dropped, or a newer "
                "version of the app was published meanwhile. Everything you typed is saved in "
                "this browser."
            </p>
            <button type="button" class="primary" on:click=|_| {
                crate::web::page::reload();
            }>"Reload the page"</button>
        </section>
    }
}

/// One page of a group: a split function returning the page's view, loading the group's chunk
/// first. Pages named with the same group share its chunk.
///
/// Four groups, not one per kind of page: wasm-split puts the code any set of groups shares in
/// a chunk of its own, and nine groups made 118 such chunks, some 50 files for one page. On a
/// phone's connection each file costs a round trip, which made a link take 10 s to open where
/// four groups need eight files (figures in the note).
macro_rules! page {
    ($group:ident, $name:ident, $page:path) => {
        #[doc = concat!("The page `", stringify!($page), "`, in the `", stringify!($group), "` chunk.")]
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name() -> Result<AnyView, SplitLoaderError> {
            Ok(untrack(|| $page().into_any()))
        }
    };
}

// The model's stages and team: the editor.
page!(stages, dialogue_page, dialogue::DialoguePage);
page!(stages, mapping_page, mapping::MappingPage);
page!(stages, operations_page, operations::OperationsPage);
page!(stages, version_page, operations::VersionPage);
page!(stages, team_page, team::TeamPage);
// The assessment and what comes of it: gaps and the plan.
page!(assess, assessment_page, assessment::AssessmentPage);
page!(assess, plan_page, plan::PlanPage);
// The report, its presentation, and the pages a link opens (read-only, invitation, reply) or
// sends from.
page!(report, report_page, report::ReportPage);
page!(report, present_page, schematic::PresentPage);
page!(report, view_page, share::ViewPage);
page!(report, invite_page, invite::InvitePage);
page!(report, reply_page, reply::ReplyPage);
page!(report, send_page, invite::SendPage);
// A consultant's invitations and cohort.
page!(clients, invitations_page, invite::InvitationsPage);
page!(clients, cohort_page, cohort::CohortPage);
page!(clients, team_view_page, cohort::TeamViewPage);
