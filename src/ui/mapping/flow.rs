//! One flow in the map: a summary with what the map reveals about it, and its editor
//! (counterpart, priority, status, KPIs, feeds, note).

use crate::domain::dialogue::Priority;
use crate::domain::ids::{FlowId, KpiId};
use crate::domain::mapping::{
    Counterpart, Direction, FlowStatus, Kpi, Measurability, Period, Scope,
};
use crate::domain::mapping_msg::{KpiEdit, MappingMsg as M};
use crate::domain::msg::FlowEdit;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{CheckField, LazyDetails, SelectField, TextArea, TextField};
use leptos::prelude::*;

fn opts<T: Copy>(list: &[(T, &str)]) -> Vec<(T, String)> {
    list.iter().map(|(v, l)| (*v, l.to_string())).collect()
}

/// Up to this many outputs, an input lists them all as checkboxes.
const FEEDS_AS_CHECKBOXES: usize = 15;

/// A flow: its name and badges, expanding to its editor.
#[component]
pub fn FlowItem(
    /// The flow.
    id: FlowId,
    /// Its name, from the cell it sits in.
    name: Signal<String>,
    /// What the map reveals about it.
    badges: Signal<Vec<&'static str>>,
) -> impl IntoView {
    let name = move || {
        let n = name.get();
        if n.trim().is_empty() {
            "Unnamed flow".to_string()
        } else {
            n
        }
    };
    // The editor is built only while the flow is open: a map of 1,000 flows stays light.
    view! {
        <li id=format!("map-flow-{}", id.0) class="flow-item">
            <LazyDetails body=move || view! { <FlowEditor id=id /> }>
                <span class="flow-name">{name}</span>
                {move || badges.get().into_iter().map(|b| view! { <span class="badge">{b}</span> }).collect_view()}
            </LazyDetails>
        </li>
    }
}

/// Every field of a flow.
#[component]
pub(super) fn FlowEditor(id: FlowId) -> impl IntoView {
    let app = use_app();
    // One subscriber on the model for the whole editor; its fields read this copy.
    let current = Memo::new(move |_| {
        app.with_doc(|d| d.mapping.flow(id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let flow = move || current.get();
    // The feeds change rarely; the output checkboxes read them, not every keystroke's flow.
    let feeds = Memo::new(move |_| current.with(|f| f.feeds.clone()));
    let edit = move |e: FlowEdit| app.dispatch(Msg::Mapping(M::EditFlow(id, e)));
    let owners = Memo::new(move |_| {
        let mut o = vec![(None, "No owner yet".to_string())];
        o.extend(
            app.with_names(|d| {
                d.mapping
                    .sub_functions
                    .iter()
                    .map(|s| (Some(s.id), s.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        );
        o
    });
    // A primary flow's counterpart is a Stage 1 constituent; a secondary one's is a company function.
    let counterparts = Memo::new(move |_| {
        let scope = app
            .with_rules(|d| d.mapping.flow(id).map(|f| f.scope))
            .flatten()
            .unwrap_or_default();
        let mut o = vec![(None, "Not chosen".to_string())];
        app.with_names(|d| match scope {
            Scope::PrimaryExternal => o.extend(
                d.dialogue
                    .constituents
                    .iter()
                    .filter(|c| c.enabled)
                    .map(|c| (Some(Counterpart::Constituent(c.id)), c.name.clone())),
            ),
            Scope::SecondaryInternal => o.extend(
                d.mapping
                    .functions
                    .iter()
                    .map(|f| (Some(Counterpart::Function(f.id)), f.name.clone())),
            ),
        });
        o
    });
    let outputs = Memo::new(move |_| {
        app.with_names(|d| {
            d.mapping
                .flows
                .iter()
                .filter(|f| f.direction == Direction::Output)
                .map(|f| (f.id, f.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let kpis = move || flow().kpis.iter().map(|k| k.id).collect::<Vec<_>>();
    view! {
        <div class="flow-editor">
            <TextField label="Flow name" value=move || flow().name on_input=move |v| edit(FlowEdit::Name(v)) />
            <div class="pair">
                <SelectField label="Direction" options=opts(&[(Direction::Input, "Input"), (Direction::Output, "Output")]) value=move || flow().direction on_change=move |v| edit(FlowEdit::Direction(v)) />
                <SelectField label="Scope" options=opts(&[(Scope::PrimaryExternal, "Primary external"), (Scope::SecondaryInternal, "Secondary internal")]) value=move || flow().scope on_change=move |v| edit(FlowEdit::Scope(v)) />
                {move || view! { <SelectField label="Owner" options=owners.get() value=move || flow().owner on_change=move |v| edit(FlowEdit::Owner(v)) /> }}
                {move || view! { <SelectField label="Counterpart" options=counterparts.get() value=move || flow().counterpart on_change=move |v| edit(FlowEdit::Counterpart(v)) /> }}
                <SelectField label="Priority" options=opts(&[(Priority::Unset, "No priority"), (Priority::High, "High"), (Priority::Medium, "Medium"), (Priority::Low, "Low")]) value=move || flow().priority on_change=move |v| app.dispatch(Msg::Mapping(M::SetPriority(id, v))) />
                <SelectField label="Status" options=opts(&[(FlowStatus::Running, "Running"), (FlowStatus::Planned, "Planned"), (FlowStatus::Gap, "Gap"), (FlowStatus::Stop, "Stop")]) value=move || flow().status on_change=move |v| edit(FlowEdit::Status(v)) />
            </div>
            <fieldset class="kpis">
                <legend>"KPIs"</legend>
                <For each=kpis key=|k| *k children=move |k| view! { <KpiRow flow=id kpi=k /> } />
                <button type="button" on:click=move |_| app.dispatch(Msg::Mapping(M::AddKpi(id)))>"Add KPI"</button>
            </fieldset>
            <Show when=move || flow().direction == Direction::Input>
                <fieldset class="feeds">
                    <legend>"Feeds these outputs"</legend>
                    {move || {
                        let list = outputs.get();
                        if list.is_empty() {
                            view! { <p class="field-hint">"No outputs yet."</p> }.into_any()
                        } else if list.len() <= FEEDS_AS_CHECKBOXES {
                            list.into_iter().map(|(o, name)| view! {
                                <CheckField label=name checked=move || feeds.with(|f| f.contains(&o)) on_change=move |on| app.dispatch(Msg::Mapping(M::SetFeeds(id, o, on))) />
                            }).collect_view().into_any()
                        } else {
                            // A long list of outputs: the ones it feeds, each un-tickable, and a
                            // choice of the rest, rather than hundreds of checkboxes.
                            let (fed, rest): (Vec<_>, Vec<_>) = feeds.with(|f| list.into_iter().partition(|(o, _)| f.contains(o)));
                            let mut choices = vec![(None, "Choose an output…".to_string())];
                            let no_choice = || None::<FlowId>;
                            let add_feed = move |o: Option<FlowId>| {
                                if let Some(o) = o {
                                    app.dispatch(Msg::Mapping(M::SetFeeds(id, o, true)));
                                }
                            };
                            choices.extend(rest.into_iter().map(|(o, n)| (Some(o), n)));
                            view! {
                                {fed.into_iter().map(|(o, name)| view! {
                                    <CheckField label=name checked=move || feeds.with(|f| f.contains(&o)) on_change=move |on| app.dispatch(Msg::Mapping(M::SetFeeds(id, o, on))) />
                                }).collect_view()}
                                <SelectField label="Add an output it feeds" options=choices value=no_choice
                                    on_change=add_feed />
                            }.into_any()
                        }
                    }}
                </fieldset>
            </Show>
            <TextArea label="Flow note" value=move || flow().note on_input=move |v| app.dispatch(Msg::Mapping(M::SetNote(id, v))) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Mapping(M::RemoveFlow(id)))>"Delete this flow"</button>
        </div>
    }
}

/// One KPI's fields.
#[component]
fn KpiRow(flow: FlowId, kpi: KpiId) -> impl IntoView {
    let app = use_app();
    let current = Memo::new(move |_| -> Kpi {
        app.with_doc(|d| {
            d.mapping
                .flow(flow)
                .and_then(|f| f.kpis.iter().find(|x| x.id == kpi).cloned())
        })
        .flatten()
        .unwrap_or_default()
    });
    let k = move || current.get();
    let edit = move |e: KpiEdit| app.dispatch(Msg::Mapping(M::EditKpi(flow, kpi, e)));
    view! {
        <div class="kpi card" role="group" aria-label=move || { let m = k().metric; if m.trim().is_empty() { "New KPI".to_string() } else { format!("KPI {m}") } }>
            <div class="pair">
                <TextField label="Metric" value=move || k().metric on_input=move |v| edit(KpiEdit::Metric(v)) />
                <TextField label="Target" value=move || k().target on_input=move |v| edit(KpiEdit::Target(v)) />
                <TextField label="Unit" value=move || k().unit on_input=move |v| edit(KpiEdit::Unit(v)) />
                <SelectField label="Period" options=opts(&[(Period::Weekly, "Weekly"), (Period::Monthly, "Monthly"), (Period::Quarterly, "Quarterly"), (Period::Yearly, "Yearly")]) value=move || k().period on_change=move |v| edit(KpiEdit::Period(v)) />
                <SelectField label="Can you measure it?" options=opts(&[(Measurability::Direct, "Directly"), (Measurability::Proxy, "Only by a proxy"), (Measurability::NotYet, "Not yet")]) value=move || k().measurability on_change=move |v| edit(KpiEdit::Measurability(v)) />
            </div>
            <Show when=move || k().measurability != Measurability::Direct>
                <TextField label="Proxy you measure meanwhile" value=move || k().proxy on_input=move |v| edit(KpiEdit::Proxy(v)) />
            </Show>
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Mapping(M::RemoveKpi(flow, kpi)))>"Remove KPI"</button>
        </div>
    }
}
