//! Stage 3 — operationalise: communication pathways, process pathways (systems, expertise,
//! resource; RACI; SLAs), the running rhythm with its weekly scorecard, and execution and
//! optimisation (the change log and named versions).

mod changes;
mod essentials;
mod process;
mod raci;
mod rhythm;
mod versions;

use super::stage::{GoDeeper, StageChecklist, StageTime};
use crate::domain::msg::TeachingEdit;
use crate::domain::progress::Part;
pub(crate) use rhythm::{quarter_options, quarter_options_with};
pub use versions::{differences_view, VersionPage};

use super::widgets::{AddForm, SelectField, SuggestNames, TextField};
use crate::content::operations::FORUMS;
use crate::domain::ids::{FlowId, OpsId};
use crate::domain::mapping::Presence;
use crate::domain::operations::Audience;
use crate::domain::operations_msg::{ForumEdit, OpsMsg as O};
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

/// The Stage 3 page.
#[component]
pub fn OperationsPage() -> impl IntoView {
    view! {
        <h1>"Stage 3: Operationalise"</h1>
        <p class="lead">
            "A system works only when people know it and run it. Set up how information and work "
            "move between teams, run the system week by week, and keep a record of how it changes."
        </p>
        <StageTime part=Part::Operations />
        <essentials::ShortList />
        <essentials::Reviews />
        <GoDeeper part=Part::Operations anchors=&["communication", "pathways", "pathway-", "raci", "slas", "rhythm", "scorecard", "changes", "versions"]>
            <nav aria-label="Go deeper: on this page" class="toc no-print">
                <ul>
                    <li><a href="#communication">"Communication"</a></li>
                    <li><a href="#pathways">"Process pathways"</a></li>
                    <li><a href="#raci">"RACI"</a></li>
                    <li><a href="#slas">"SLAs"</a></li>
                    <li><a href="#rhythm">"Dashboard and budget"</a></li>
                    <li><a href="#scorecard">"Weekly scorecard"</a></li>
                    <li><a href="#changes">"Change log"</a></li>
                    <li><a href="#versions">"Versions"</a></li>
                </ul>
            </nav>
            <Communication />
            <process::Pathways />
            <raci::RaciMatrix />
            <process::Slas />
            <rhythm::Rhythm />
            <rhythm::Scorecard />
            <changes::ChangeLog />
            <versions::Versions />
        </GoDeeper>
        <StageChecklist part=Part::Operations />
    }
}

fn presence_options() -> Vec<(Presence, String)> {
    [
        (Presence::Unset, "Not started"),
        (Presence::Partly, "Under way"),
        (Presence::Yes, "Done"),
        (Presence::No, "Not planned"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

/// Teaching the system to each audience, and the forums that carry flows between teams.
#[component]
fn Communication() -> impl IntoView {
    let app = use_app();
    view! {
        <section aria-labelledby="communication">
            <h2 id="communication">"Communication pathways"</h2>
            <h3>"Teaching the system"</h3>
            <p class="why">"Walk each audience through the schematic: what marketing is for, and how it depends on the rest of the company."</p>
            <div class="card-grid">
                {[
                    (Audience::ExecutivesBoard, "Executives and board"),
                    (Audience::MarketingTeam, "The marketing team"),
                    (Audience::OtherFunctions, "Other functions"),
                ].into_iter().map(|(a, label)| {
                    let teaching = move || app.with_doc(|d| d.operations.teaching.iter().find(|(x, _)| *x == a).map(|(_, t)| t.clone())).flatten().unwrap_or_default();
                    view! {
                        <fieldset class="card">
                            <legend>{label}</legend>
                            <SelectField label="Status" options=presence_options() value=move || teaching().status on_change=move |v| app.dispatch(Msg::Ops(O::EditTeaching(a, TeachingEdit::Status(v)))) />
                            <TextField label="Format" placeholder="e.g. 30-minute walk-through of the schematic" value=move || teaching().format on_input=move |v| app.dispatch(Msg::Ops(O::EditTeaching(a, TeachingEdit::Format(v)))) />
                            <TextField label="When" placeholder="e.g. at onboarding, then each quarter" value=move || teaching().when on_input=move |v| app.dispatch(Msg::Ops(O::EditTeaching(a, TeachingEdit::When(v)))) />
                        </fieldset>
                    }
                }).collect_view()}
            </div>
            <h3>"Forums for the flows"</h3>
            <p class="why">"Inputs and outputs only move if there is a place where the teams meet: a channel, a meeting, a shared session."</p>
            <Forums />
        </section>
    }
}

#[component]
fn Forums() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| d.operations.forums.iter().map(|f| f.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let missing = Signal::derive(move || {
        app.with_doc(|d| {
            FORUMS
                .iter()
                .filter(|n| {
                    !d.operations
                        .forums
                        .iter()
                        .any(|f| f.name.trim().eq_ignore_ascii_case(n))
                })
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let new = move |name: String| Msg::Ops(O::AddForum(name));
    let add = move |name: String| app.dispatch(new(name));
    view! {
        <div class="card-grid">
            <For each=ids key=|id| *id children=move |id| view! { <ForumCard id=id /> } />
        </div>
        <SuggestNames items=missing on_add=add />
        <AddForm label="New forum" button="Add forum" on_add=new />
    }
}

#[component]
fn ForumCard(id: OpsId) -> impl IntoView {
    let app = use_app();
    let forum = Memo::new(move |_| {
        app.with_doc(|d| d.operations.forums.iter().find(|f| f.id == id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let edit = move |e: ForumEdit| app.dispatch(Msg::Ops(O::EditForum(id, e)));
    let name = move || {
        let n = forum.with(|f| f.name.trim().to_string());
        if n.is_empty() {
            "Unnamed forum".to_string()
        } else {
            n
        }
    };
    // Flows the forum carries, and a choice of the others.
    let flows = Memo::new(move |_| {
        app.with_doc(|d| {
            d.mapping
                .flows
                .iter()
                .map(|f| (f.id, f.name.clone()))
                .collect::<Vec<(FlowId, String)>>()
        })
        .unwrap_or_default()
    });
    view! {
        <fieldset class="card">
            <legend>{name}</legend>
            <TextField label="Name" value=move || forum.with(|f| f.name.clone()) on_input=move |v| edit(ForumEdit::Name(v)) />
            <TextField label="Who takes part" hint="Teams or people, separated by commas" placeholder="e.g. Product marketing, Sales" picker=true value=move || forum.with(|f| f.between.clone()) on_input=move |v| edit(ForumEdit::Between(v)) />
            <div class="pair">
                <TextField label="Channel" placeholder="e.g. video call, Slack" value=move || forum.with(|f| f.channel.clone()) on_input=move |v| edit(ForumEdit::Channel(v)) />
                <TextField label="Cadence" placeholder="e.g. weekly" value=move || forum.with(|f| f.cadence.clone()) on_input=move |v| edit(ForumEdit::Cadence(v)) />
            </div>
            {move || {
                let linked = forum.with(|f| f.flows.clone());
                let all = flows.get();
                let shown: Vec<(FlowId, String)> = all.iter().filter(|(id, _)| linked.contains(id)).cloned().collect();
                let mut choices = vec![(None, "Choose a flow…".to_string())];
                choices.extend(all.into_iter().filter(|(id, _)| !linked.contains(id)).map(|(id, n)| (Some(id), n)));
                let none = || None::<FlowId>;
                let link = move |f: Option<FlowId>| {
                    if let Some(f) = f {
                        app.dispatch(Msg::Ops(O::SetForumFlow(id, f, true)));
                    }
                };
                view! {
                    <ul class="plain-list tags" aria-label="Flows it carries">
                        {shown.into_iter().map(|(f, n)| {
                            let remove = format!("Remove {n} from this forum");
                            view! {
                                <li class="tag-item">{n}" "
                                    <button type="button" class="quiet" aria-label=remove on:click=move |_| app.dispatch(Msg::Ops(O::SetForumFlow(id, f, false)))>"✕"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <SelectField label="Add a flow it carries" options=choices value=none on_change=link />
                }
            }}
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Ops(O::RemoveForum(id)))>"Remove forum"</button>
        </fieldset>
    }
}
