//! The page groups that load on navigation. Each group's pages live in a WebAssembly chunk of
//! its own (cut out of the app by wasm-split at build time: scripts/app.mjs), fetched the first
//! time one of its pages opens, and ahead of time once the browser is idle.
//!
//! Leptos's own `#[lazy]` and `#[lazy_route]` panic when a chunk fails to load, and with
//! `panic = "abort"` that traps the whole module: every page would freeze after a network blip
//! or a new build replacing the files under an open tab. So the split points here are
//! `wasm_split` functions marked `fallible`, and a chunk that does not come shows a message
//! with a reload instead of its page.

use super::{assessment, cohort, dialogue, invite, mapping, operations, plan, report};
use super::{schematic, share, team};
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
        page_drawn();
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
                let _ = window().location().reload();
            }>"Reload the page"</button>
        </section>
    }
}

/// One page of a group: a split function returning the page's view, loading the group's chunk
/// first. Pages named with the same group share its chunk.
macro_rules! page {
    ($group:ident, $preload:ident, $name:ident, $page:path) => {
        #[doc = concat!("The page `", stringify!($page), "`, in the `", stringify!($group), "` chunk.")]
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[allow(dead_code)] $preload))]
        pub fn $name() -> Result<AnyView, SplitLoaderError> {
            Ok(untrack(|| $page().into_any()))
        }
    };
}

page!(
    stage1,
    preload_stage1,
    dialogue_page,
    dialogue::DialoguePage
);
page!(stage2, preload_stage2, mapping_page, mapping::MappingPage);
page!(
    stage3,
    preload_stage3,
    operations_page,
    operations::OperationsPage
);
page!(
    stage3,
    preload_versions,
    version_page,
    operations::VersionPage
);
page!(
    assess,
    preload_assess,
    assessment_page,
    assessment::AssessmentPage
);
page!(team, preload_team, team_page, team::TeamPage);
page!(plan, preload_plan, plan_page, plan::PlanPage);
page!(report, preload_report, report_page, report::ReportPage);
page!(
    report,
    preload_present,
    present_page,
    schematic::PresentPage
);
page!(sharing, preload_view, view_page, share::ViewPage);
page!(sharing, preload_invite, invite_page, invite::InvitePage);
page!(sharing, preload_reply, reply_page, invite::ReplyPage);
page!(sharing, preload_send, send_page, invite::SendPage);
page!(
    clients,
    preload_clients,
    invitations_page,
    invite::InvitationsPage
);
page!(clients, preload_cohort, cohort_page, cohort::CohortPage);

thread_local! {
    static FETCHING_AHEAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Called once a page is ready to be drawn (the first time: the page the visit opened with).
/// Then, once the browser is idle, every group's chunk is fetched and started, one after
/// another, so that the next page opens at once (and from the offline worker's cache after
/// this visit). Not before: the first page's own chunk comes first. A chunk that fails here
/// is left for its page to report when it is opened.
pub fn page_drawn() {
    if FETCHING_AHEAD.with(|f| f.replace(true)) {
        return;
    }
    crate::web::offline::when_idle(|| {
        leptos::task::spawn_local(async {
            let _ = preload_stage1().await;
            let _ = preload_stage2().await;
            let _ = preload_stage3().await;
            let _ = preload_assess().await;
            let _ = preload_report().await;
            let _ = preload_plan().await;
            let _ = preload_team().await;
            let _ = preload_view().await;
            let _ = preload_clients().await;
        });
    });
}
