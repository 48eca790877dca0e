//! Stage 2 — map inputs and outputs through the marketing team.

mod essentials;
pub(crate) use essentials::sub_function_choices;
mod flow;
mod matrix;
mod people;
mod team;

use super::stage::{GoDeeper, StageChecklist, StageTime};
use crate::content::findings::describe;
use crate::domain::findings::findings;
use crate::domain::mapping::Presence;
use crate::domain::mapping_msg::MappingMsg as M;
use crate::domain::progress::Part;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::SelectField;
use leptos::prelude::*;

/// The map's findings, computed once per change and shared with every flow on the page.
#[derive(Clone, Copy)]
pub struct MapFindings(pub Memo<Vec<crate::domain::findings::Finding>>);

/// The badges each flow shows, indexed once per change so a flow looks up only its own.
#[derive(Clone, Copy)]
pub struct FlowBadges(
    pub Memo<std::collections::HashMap<crate::domain::ids::FlowId, Vec<&'static str>>>,
);

fn badges(
    all: &[crate::domain::findings::Finding],
) -> std::collections::HashMap<crate::domain::ids::FlowId, Vec<&'static str>> {
    use crate::domain::findings::Finding;
    let mut map: std::collections::HashMap<_, Vec<&'static str>> = std::collections::HashMap::new();
    for f in all {
        let (id, text) = match f {
            Finding::UnownedFlow(x) => (*x, "No owner"),
            Finding::OutputWithoutKpi(x) => (*x, "No KPI"),
            Finding::InputFeedsNothing(x) => (*x, "Feeds nothing"),
            Finding::UnmeasuredKpi { flow, .. } => (*flow, "KPI not measurable yet"),
            _ => continue,
        };
        let list = map.entry(id).or_default();
        if !list.contains(&text) {
            list.push(text);
        }
    }
    map
}

/// The Stage 2 page.
#[component]
pub fn MappingPage() -> impl IntoView {
    let app = use_app();
    let found = Memo::new(move |_| {
        crate::web::clock::measure("mos-findings", || {
            app.with_rules(findings).unwrap_or_default()
        })
    });
    provide_context(MapFindings(found));
    provide_context(FlowBadges(Memo::new(move |_| found.with(|f| badges(f)))));
    view! {
        <h1>"Stage 2: Map inputs and outputs"</h1>
        <p class="lead">
            "Every piece of work the marketing team does is an input or an output. "
            <strong>"Primary external"</strong>" flows go straight to or from the market; "
            <strong>"secondary internal"</strong>" flows go through another part of the company, such as sales or product. "
            "Give each flow exactly one owner."
        </p>
        <StageTime part=Part::Mapping />
        <team::Team />
        <team::Functions />
        <essentials::SuggestedFlows />
        <essentials::FlowTable />
        <GoDeeper part=Part::Mapping anchors=&["findings", "map", "map-heading", "team-loop", "map-flow-"]>
            <Findings />
            <matrix::Matrix />
            <TeamLoop />
        </GoDeeper>
        <StageChecklist part=Part::Mapping />
    }
}

/// A kind of finding: its heading, how many there are, and the first few (text, anchor).
type Group = (&'static str, usize, Vec<(String, String)>);

/// How many findings of one kind are listed before the rest are counted.
const SHOWN_PER_GROUP: usize = 5;

/// What the map reveals, grouped by kind, each finding linking to its element.
#[component]
fn Findings() -> impl IntoView {
    let app = use_app();
    let found = expect_context::<MapFindings>().0;
    // (group, total, first few (text, anchor)); only the shown ones are described.
    let groups = Memo::new(move |_| {
        found.with(|all| {
            app.with_names(|d| {
                let mut out: Vec<Group> = Vec::new();
                for f in all {
                    let g = crate::content::findings::group(f);
                    let i = match out.iter().position(|(x, _, _)| *x == g) {
                        Some(i) => i,
                        None => {
                            out.push((g, 0, Vec::new()));
                            out.len() - 1
                        }
                    };
                    out[i].1 += 1;
                    if out[i].2.len() < SHOWN_PER_GROUP {
                        out[i].2.push((
                            describe(d, f),
                            crate::ui::target::anchor(&f.target()).unwrap_or_default(),
                        ));
                    }
                }
                out
            })
            .unwrap_or_default()
        })
    });
    let total = move || groups.with(|g| g.iter().map(|(_, n, _)| n).sum::<usize>());
    view! {
        <section aria-labelledby="findings" class="card findings">
            <h2 id="findings">"What your map reveals"</h2>
            <Show
                when=move || { total() != 0 }
                fallback=|| view! { <p>"Nothing stands out yet. Add your team and its flows below."</p> }
            >
                <p>{move || match total() { 1 => "1 finding".to_string(), n => format!("{n} findings") }}</p>
                <For each=move || groups.get() key=|g| g.clone() children=move |g| view! { <FindingGroup group=g /> } />
            </Show>
        </section>
    }
}

/// One kind of finding: its count, the first few, and how many more.
#[component]
fn FindingGroup(group: Group) -> impl IntoView {
    let (name, n, shown) = group;
    let more = n - shown.len();
    view! {
        <h3 class="finding-group">{format!("{name} ({n})")}</h3>
        <ul>
            {shown.into_iter().map(|(text, anchor)| view! { <li><a href=format!("#{anchor}")>{text}</a></li> }).collect_view()}
            {(more > 0).then(|| view! { <li class="meta">{format!("and {more} more")}</li> })}
        </ul>
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
    view! {
        <section aria-labelledby="team-loop">
            <h2 id="team-loop">"The marketing-to-marketing loop"</h2>
            <p class="why">"The team also feeds itself: what one sub-function learns should reach the others, and everyone needs the basics of the product and the sales process."</p>
            <div class="card-grid">
                <fieldset class="card">
                    <legend>"Practices"</legend>
                    {crate::content::mapping::PRACTICES.into_iter().map(|(p, label, _)| view! {
                        <SelectField label=label options=presence_options()
                            value=move || app.with_doc(|d| d.mapping.team_loop.iter().find(|(x, _)| *x == p).map(|(_, v)| *v)).flatten().unwrap_or_default()
                            on_change=move |v| app.dispatch(Msg::Mapping(M::SetPractice(p, v))) />
                    }).collect_view()}
                </fieldset>
                <fieldset class="card">
                    <legend>"Knowledge and skills"</legend>
                    {crate::content::mapping::SKILLS.into_iter().map(|(q, label, _)| view! {
                        <SelectField label=label options=presence_options()
                            value=move || app.with_doc(|d| d.mapping.skills.iter().find(|(x, _)| *x == q).map(|(_, v)| *v)).flatten().unwrap_or_default()
                            on_change=move |v| app.dispatch(Msg::Mapping(M::SetSkill(q, v))) />
                    }).collect_view()}
                </fieldset>
            </div>
        </section>
    }
}
