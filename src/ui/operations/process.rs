//! Process pathways: what each flow needs (systems, expertise, resource) and the agreements
//! between teams (SLAs). Who does what, the RACI matrix, is in `raci.rs`.

use crate::content::operations::SLA_WORK;
use crate::domain::ids::{FlowId, OpsId};
use crate::domain::operations::{Expertise, PathwayGap};
use crate::domain::operations_msg::{OpsMsg as O, PathwayEdit, SlaEdit};
use crate::domain::target::Target;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{
    AddForm, CheckField, LazyDetails, NumberField, SelectField, SuggestNames, TextField,
};
use leptos::prelude::*;

/// How many flows the pathway list shows before "Show all".
const SHOWN: usize = 20;

fn gap_label(g: PathwayGap) -> &'static str {
    match g {
        PathwayGap::Systems => "No systems",
        PathwayGap::Expertise => "No expertise",
        PathwayGap::Resource => "Resource unclear",
    }
}

/// Every Stage 2 flow with what it needs; flows lacking any of it are flagged.
#[component]
pub fn Pathways() -> impl IntoView {
    let app = use_app();
    let only_gaps = RwSignal::new(false);
    let all = RwSignal::new(false);
    // (flow, name, gaps) for every flow, computed once per change.
    let rows = Memo::new(move |_| {
        app.with_doc(|d| {
            d.mapping
                .flows
                .iter()
                .map(|f| (f.id, f.name.clone(), d.operations.pathway_gaps(f.id)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let flagged = move || rows.with(|r| r.iter().filter(|(_, _, g)| !g.is_empty()).count());
    let shown = move || {
        let gaps_only = only_gaps.get();
        let list: Vec<_> = rows.with(|r| {
            r.iter()
                .filter(|(_, _, g)| !gaps_only || !g.is_empty())
                .map(|(id, _, _)| *id)
                .collect()
        });
        if all.get() {
            list
        } else {
            list.into_iter().take(SHOWN).collect()
        }
    };
    let total = move || {
        let gaps_only = only_gaps.get();
        rows.with(|r| {
            r.iter()
                .filter(|(_, _, g)| !gaps_only || !g.is_empty())
                .count()
        })
    };
    view! {
        <section aria-labelledby="pathways">
            <h2 id="pathways">"Process pathways"</h2>
            <p class="why">"For every input and output: the systems it runs on, who has the expertise, and the teams, lead time and budget it needs. Recurring, high-priority flows deserve a simple agreed process."</p>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=|| view! { <p>"Map your flows in Stage 2 first; each one gets a pathway here."</p> }>
                <p>{move || match flagged() {
                    0 => "Every flow has its systems, expertise and resource.".to_string(),
                    1 => "1 flow lacks systems, expertise or resource.".to_string(),
                    n => format!("{n} flows lack systems, expertise or resource."),
                }}</p>
                <CheckField label="Only flows that lack something" checked=move || only_gaps.get() on_change=move |v| only_gaps.set(v) />
                <ul class="plain-list">
                    <For each=shown key=|id| *id children=move |id| {
                        let row = Signal::derive(move || rows.with(|r| r.iter().find(|(x, _, _)| *x == id).map(|(_, n, g)| (n.clone(), g.clone())).unwrap_or_default()));
                        view! { <PathwayItem id=id row=row /> }
                    } />
                </ul>
                <Show when=move || { !all.get() && total() > SHOWN }>
                    <button type="button" class="quiet" on:click=move |_| all.set(true)>{move || format!("Show all {}", total())}</button>
                </Show>
            </Show>
        </section>
    }
}

#[component]
fn PathwayItem(id: FlowId, row: Signal<(String, Vec<PathwayGap>)>) -> impl IntoView {
    view! {
        <li class="flow-item pathway" id=crate::ui::target::anchor(&Target::Pathway(id))>
            <LazyDetails body=move || view! { <PathwayEditor id=id /> }>
                <span class="flow-name">{move || { let n = row.with(|r| r.0.trim().to_string()); if n.is_empty() { "Unnamed flow".to_string() } else { n } }}</span>
                {move || row.with(|r| r.1.iter().map(|g| view! { <span class="badge">{gap_label(*g)}</span> }).collect_view())}
            </LazyDetails>
        </li>
    }
}

#[component]
fn PathwayEditor(id: FlowId) -> impl IntoView {
    let app = use_app();
    let p = Memo::new(move |_| {
        app.with_doc(|d| d.operations.pathway(id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let edit = move |e: PathwayEdit| app.dispatch(Msg::Ops(O::EditPathway(id, e)));
    let expertise = [
        (Expertise::Unset, "Not decided"),
        (Expertise::InHouse, "In the team"),
        (Expertise::Outsourced, "Outsourced"),
        (Expertise::ToTrain, "To train"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec();
    let lead = move |v: Option<f64>| edit(PathwayEdit::LeadTime(days(v)));
    view! {
        <div class="flow-editor">
            <TextField label="Systems" hint="Tools it needs, separated by commas" placeholder="e.g. HubSpot, Salesforce" value=move || p.with(|p| p.systems.join(",")) on_input=move |v| edit(PathwayEdit::Systems(v)) />
            <SelectField label="Expertise" options=expertise value=move || p.with(|p| p.expertise) on_change=move |v| edit(PathwayEdit::Expertise(v)) />
            <TextField label="Teams involved" hint="Separated by commas" placeholder="e.g. Sales ops, Product" picker=true value=move || p.with(|p| p.teams.join(",")) on_input=move |v| edit(PathwayEdit::Teams(v)) />
            <div class="pair">
                <NumberField label="Lead time (days)" value=move || p.with(|p| p.lead_time_days.map(f64::from)) on_input=lead />
                <TextField label="Budget owner" placeholder="e.g. Marketing" picker=true value=move || p.with(|p| p.budget_owner.clone()) on_input=move |v| edit(PathwayEdit::BudgetOwner(v)) />
            </div>
        </div>
    }
}

/// Agreements between teams for recurring cross-team work.
#[component]
pub fn Slas() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| d.operations.slas.iter().map(|s| s.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let missing = Signal::derive(move || {
        app.with_doc(|d| {
            SLA_WORK
                .iter()
                .filter(|w| {
                    !d.operations
                        .slas
                        .iter()
                        .any(|s| s.work.trim().eq_ignore_ascii_case(w))
                })
                .map(|w| w.to_string())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let new = move |work: String| Msg::Ops(O::AddSla(work));
    let add = move |work: String| app.dispatch(new(work));
    view! {
        <section aria-labelledby="slas">
            <h2 id="slas">"Service levels between teams"</h2>
            <p class="why">"Agree lead times for work that recurs between teams, so plans count on them and everyone knows what happens when one slips."</p>
            <div class="card-grid">
                <For each=ids key=|id| *id children=move |id| view! { <SlaCard id=id /> } />
            </div>
            <SuggestNames items=missing on_add=add />
            <AddForm label="Other recurring work" button="Add SLA" on_add=new />
        </section>
    }
}

#[component]
fn SlaCard(id: OpsId) -> impl IntoView {
    let app = use_app();
    let sla = Memo::new(move |_| {
        app.with_doc(|d| d.operations.slas.iter().find(|s| s.id == id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let edit = move |e: SlaEdit| app.dispatch(Msg::Ops(O::EditSla(id, e)));
    let lead = move |v: Option<f64>| edit(SlaEdit::LeadTime(days(v)));
    let title = move || {
        let w = sla.with(|s| s.work.trim().to_string());
        if w.is_empty() {
            "Unnamed SLA".to_string()
        } else {
            w
        }
    };
    view! {
        <fieldset class="card">
            <legend>{title}</legend>
            <TextField label="Work" value=move || sla.with(|s| s.work.clone()) on_input=move |v| edit(SlaEdit::Work(v)) />
            <div class="pair">
                <TextField label="Who asks" hint="The team that requests the work and receives it" placeholder="e.g. Product marketing" picker=true value=move || sla.with(|s| s.receiver.clone()) on_input=move |v| edit(SlaEdit::Receiver(v)) />
                <TextField label="Who delivers" hint="The team that does the work" placeholder="e.g. Product" picker=true value=move || sla.with(|s| s.provider.clone()) on_input=move |v| edit(SlaEdit::Provider(v)) />
            </div>
            <NumberField label="Lead time (days)" value=move || sla.with(|s| s.lead_time_days.map(f64::from)) on_input=lead />
            <TextField label="When it is missed" placeholder="e.g. the launch moves a week; raised at the weekly meeting" value=move || sla.with(|s| s.on_miss.clone()) on_input=move |v| edit(SlaEdit::OnMiss(v)) />
            <p class="meta">{move || sla.with(|s| s.summary())}</p>
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Ops(O::RemoveSla(id)))>"Remove SLA"</button>
        </fieldset>
    }
}

/// A typed number of days as a whole, non-negative count.
fn days(v: Option<f64>) -> Option<u32> {
    v.map(|v| v.max(0.0).min(f64::from(u32::MAX)).round() as u32)
}
