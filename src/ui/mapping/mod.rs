//! Stage 2 — map inputs and outputs through the marketing team.

mod flow;
mod matrix;
mod team;

use crate::content::findings::describe;
use crate::domain::findings::findings;
use crate::domain::mapping::{Presence, SkillQuestion, TeamPractice};
use crate::domain::mapping_msg::MappingMsg as M;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::SelectField;
use leptos::prelude::*;

/// The map's findings, computed once per change and shared with every flow on the page.
#[derive(Clone, Copy)]
pub struct MapFindings(pub Memo<Vec<crate::domain::findings::Finding>>);

/// The Stage 2 page.
#[component]
pub fn MappingPage() -> impl IntoView {
    let app = use_app();
    provide_context(MapFindings(Memo::new(move |_| {
        app.with_doc(findings).unwrap_or_default()
    })));
    view! {
        <h1>"Stage 2: Map inputs and outputs"</h1>
        <p class="lead">
            "Every piece of work the marketing team does is an input or an output. "
            <strong>"Primary external"</strong>" flows go straight to or from the market; "
            <strong>"secondary internal"</strong>" flows go through another part of the company, such as sales or product. "
            "Give each flow exactly one owner."
        </p>
        <Findings />
        <team::Team />
        <team::Functions />
        <matrix::Matrix />
        <TeamLoop />
    }
}

/// What the map reveals, each finding linking to its element.
#[component]
fn Findings() -> impl IntoView {
    let app = use_app();
    let found = expect_context::<MapFindings>().0;
    let list = Memo::new(move |_| {
        found.with(|all| {
            app.with_doc(|d| all.iter().map(|f| describe(d, f)).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    view! {
        <section aria-labelledby="findings" class="card findings">
            <h2 id="findings">"What your map reveals"</h2>
            <Show
                when=move || !list.with(Vec::is_empty)
                fallback=|| view! { <p>"Nothing stands out yet. Add your team and its flows below."</p> }
            >
                <p>{move || format!("{} findings", list.with(Vec::len))}</p>
                <ul>
                    {move || list.get().into_iter().map(|(text, anchor)| view! {
                        <li><a href=format!("#{anchor}")>{text}</a></li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

fn presence_options() -> Vec<(Presence, String)> {
    [
        (Presence::Unset, "Not answered"),
        (Presence::Yes, "Yes"),
        (Presence::Partly, "Partly"),
        (Presence::No, "No"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

/// The marketing-to-marketing loop and the knowledge-and-skill questions.
#[component]
fn TeamLoop() -> impl IntoView {
    let app = use_app();
    let practices = [
        (
            TeamPractice::KnowledgeSharing,
            "Regular sessions to share what the team learns",
        ),
        (
            TeamPractice::CustomerCallAnalysis,
            "Customer call analysis and customer-exposure hours",
        ),
        (
            TeamPractice::SharedCalendar,
            "An up-to-date marketing calendar other teams can see",
        ),
        (
            TeamPractice::TeamCharter,
            "A team charter and agreed ways of working",
        ),
    ];
    let skills = [
        (
            SkillQuestion::DemoProduct,
            "Can everyone in marketing give a basic product demo?",
        ),
        (
            SkillQuestion::PitchValueProposition,
            "Can everyone pitch the value proposition in a minute?",
        ),
        (
            SkillQuestion::DescribeSalesProcess,
            "Does the team know the sales process, its stages and hand-offs?",
        ),
        (
            SkillQuestion::FindOtherTeamsMetrics,
            "Does the team know where other teams' metrics live?",
        ),
    ];
    view! {
        <section aria-labelledby="team-loop">
            <h2 id="team-loop">"The marketing-to-marketing loop"</h2>
            <p class="why">"The team also feeds itself: what one sub-function learns should reach the others, and everyone needs the basics of the product and the sales process."</p>
            <div class="card-grid">
                <fieldset class="card">
                    <legend>"Practices"</legend>
                    {practices.into_iter().map(|(p, label)| view! {
                        <SelectField label=label options=presence_options()
                            value=move || app.with_doc(|d| d.mapping.team_loop.iter().find(|(x, _)| *x == p).map(|(_, v)| *v)).flatten().unwrap_or_default()
                            on_change=move |v| app.dispatch(Msg::Mapping(M::SetPractice(p, v))) />
                    }).collect_view()}
                </fieldset>
                <fieldset class="card">
                    <legend>"Knowledge and skills"</legend>
                    {skills.into_iter().map(|(q, label)| view! {
                        <SelectField label=label options=presence_options()
                            value=move || app.with_doc(|d| d.mapping.skills.iter().find(|(x, _)| *x == q).map(|(_, v)| *v)).flatten().unwrap_or_default()
                            on_change=move |v| app.dispatch(Msg::Mapping(M::SetSkill(q, v))) />
                    }).collect_view()}
                </fieldset>
            </div>
        </section>
    }
}
