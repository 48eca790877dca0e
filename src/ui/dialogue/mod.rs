//! Stage 1 — define the dialogue between your market and your company.

mod balance;
mod categories;
mod constituents;
mod essentials;

use super::stage::{GoDeeper, StageChecklist, StageTime};
use super::widgets::TextField;
use crate::content::guide::Guide;
use crate::domain::dialogue::{DialogueSide, Side};
use crate::domain::msg::ModelMsg;
use crate::domain::progress::Part;
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

/// The Stage 1 page.
#[component]
pub fn DialoguePage() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>"Stage 1: Define the dialogue"</h1>
        <p class="lead">
            "Marketing is a conversation between your market and your company. The method calls "
            "the outer loop of that conversation "<strong>"external loop AB"</strong>": on side A you "
            "listen to the market and learn; on side B you educate and persuade it. Start with who "
            "takes part, then how well you cover each side."
        </p>
        <StageTime part=Part::Dialogue />
        <div id="company-name">
            <TextField
                label="Company name"
                value=move || app.with_doc(|d| d.company.clone()).unwrap_or_default()
                on_input=move |v| app.dispatch(Msg::Model(ModelMsg::SetCompany(v)))
            />
        </div>
        <essentials::WhoMatters />
        <essentials::SideStatus />
        <essentials::ProgramTable />
        <GoDeeper part=Part::Dialogue anchors=&["market-heading", "company-heading", "side-a", "side-b", "loops", "balance", "roadmap"]>
            <constituents::ConstituentSection side=Side::Market />
            <constituents::ConstituentSection side=Side::Company />
            <categories::CategorySection side=DialogueSide::ListenLearn />
            <categories::CategorySection side=DialogueSide::EducatePersuade />
            <categories::LoopsSection />
            <balance::BalanceSection />
            <balance::RoadmapSection />
        </GoDeeper>
        <StageChecklist part=Part::Dialogue />
    }
}

/// A section's reason for being, with examples on request.
#[component]
pub fn GuideText(
    /// The guidance to show.
    guide: &'static Guide,
) -> impl IntoView {
    view! {
        <p class="why">{guide.why}</p>
        <details class="examples">
            <summary>"Examples"</summary>
            <ul>{guide.examples.iter().map(|e| view! { <li>{*e}</li> }).collect_view()}</ul>
        </details>
    }
}
