//! The map as the method draws it: sub-functions × primary/secondary inputs/outputs,
//! editable in place, filterable by sub-function and by counterpart.

use super::flow::FlowItem;
use crate::domain::ids::{FlowId, SubFunctionId};
use crate::domain::mapping::{Counterpart, Direction, Scope};
use crate::domain::mapping_msg::MappingMsg as M;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{AddForm, SelectField};
use leptos::prelude::*;

const QUADRANTS: [(Scope, Direction, &str); 4] = [
    (
        Scope::PrimaryExternal,
        Direction::Input,
        "Primary external inputs",
    ),
    (
        Scope::PrimaryExternal,
        Direction::Output,
        "Primary external outputs",
    ),
    (
        Scope::SecondaryInternal,
        Direction::Input,
        "Secondary internal inputs",
    ),
    (
        Scope::SecondaryInternal,
        Direction::Output,
        "Secondary internal outputs",
    ),
];

/// How many flows a cell lists before "Show more".
const SHOWN_PER_CELL: usize = 12;

/// What the map shows: every row, or one sub-function, and any counterpart or one.
#[derive(Clone, Copy, Default, PartialEq)]
struct Filter {
    sub: Option<Option<SubFunctionId>>,
    counterpart: Option<Counterpart>,
}

/// The matrix with its filters.
#[component]
pub fn Matrix() -> impl IntoView {
    let app = use_app();
    let filter = RwSignal::new(Filter::default());
    let rows = Memo::new(move |_| {
        let mut rows: Vec<(Option<SubFunctionId>, String)> = app
            .with_names(|d| {
                d.mapping
                    .sub_functions
                    .iter()
                    .map(|s| (Some(s.id), s.name.clone()))
                    .collect()
            })
            .unwrap_or_default();
        rows.push((None, "No owner yet".into()));
        rows
    });
    let sub_options = Memo::new(move |_| {
        let mut o = vec![(None, "All sub-functions".to_string())];
        o.extend(rows.get().into_iter().map(|(id, name)| (Some(id), name)));
        o
    });
    let cp_options = Memo::new(move |_| {
        let mut o = vec![(None, "Anyone".to_string())];
        app.with_names(|d| {
            o.extend(
                d.dialogue
                    .constituents
                    .iter()
                    .filter(|c| c.enabled)
                    .map(|c| (Some(Counterpart::Constituent(c.id)), c.name.clone())),
            );
            o.extend(
                d.mapping
                    .functions
                    .iter()
                    .map(|f| (Some(Counterpart::Function(f.id)), f.name.clone())),
            );
        });
        o
    });
    let shown = move || {
        let f = filter.get();
        rows.get()
            .into_iter()
            .filter(move |(id, _)| f.sub.is_none_or(|s| s == *id))
            .collect::<Vec<_>>()
    };
    view! {
        <section aria-labelledby="map-heading" id="map">
            <h2 id="map-heading">"The map"</h2>
            <div class="inline-form filters" role="group" aria-label="Filter the map">
                {move || view! {
                    <SelectField label="Show sub-function" options=sub_options.get() value=move || filter.get().sub
                        on_change=move |v| filter.update(|f| f.sub = v) />
                    <SelectField label="Show counterpart" options=cp_options.get() value=move || filter.get().counterpart
                        on_change=move |v| filter.update(|f| f.counterpart = v) />
                }}
            </div>
            <div class="matrix">
                <For each=shown key=|(id, name)| (*id, name.clone()) children=move |(id, name)| view! {
                    <MatrixRow sub=id name=name filter=filter />
                } />
            </div>
        </section>
    }
}

/// One sub-function's row: its four quadrants.
#[component]
fn MatrixRow(sub: Option<SubFunctionId>, name: String, filter: RwSignal<Filter>) -> impl IntoView {
    let heading = format!("row-{}", sub.map(|s| s.0).unwrap_or(0));
    let labelled_by = heading.clone();
    view! {
        <section class="matrix-row" aria-labelledby=labelled_by>
            <h3 id=heading>{name.clone()}</h3>
            <div class="quadrants">
                {QUADRANTS.into_iter().map(|(scope, direction, label)| view! {
                    <Cell sub=sub sub_name=name.clone() scope=scope direction=direction label=label filter=filter />
                }).collect_view()}
            </div>
        </section>
    }
}

/// One quadrant of one row: its flows, suggestions and an add form.
#[component]
fn Cell(
    sub: Option<SubFunctionId>,
    sub_name: String,
    scope: Scope,
    direction: Direction,
    label: &'static str,
    filter: RwSignal<Filter>,
) -> impl IntoView {
    let app = use_app();
    // The cell's flows with their names, and their badges: each flow on the map reads these
    // rather than the whole model. A signal's subscribers are re-linked every time they re-run,
    // at a cost that grows with their number, so a few per cell beats hundreds per model.
    let items = Memo::new(move |_| {
        let cp = filter.get().counterpart;
        app.with_names(|d| {
            d.mapping
                .flows
                .iter()
                .filter(|f| f.owner == sub && f.scope == scope && f.direction == direction)
                .filter(|f| cp.is_none() || f.counterpart == cp)
                .map(|f| (f.id, f.name.clone()))
                .collect::<Vec<(FlowId, String)>>()
        })
        .unwrap_or_default()
    });
    let ids = Memo::new(move |_| items.with(|l| l.iter().map(|(id, _)| *id).collect::<Vec<_>>()));
    let all_badges = expect_context::<super::FlowBadges>().0;
    let badges = Memo::new(move |_| {
        all_badges.with(|m| {
            ids.with(|l| {
                l.iter()
                    .map(|id| m.get(id).cloned().unwrap_or_default())
                    .collect::<Vec<_>>()
            })
        })
    });
    let add = move |name: String| {
        Msg::Mapping(M::AdoptFlow {
            name,
            direction,
            scope,
            owner: sub,
            counterpart: None,
            kpi: String::new(),
        })
    };
    // A cell lists its first flows; the rest wait behind a button, so a huge map stays quick.
    let all = RwSignal::new(false);
    let visible = move || {
        let list = ids.get();
        if all.get() {
            list
        } else {
            list.into_iter().take(SHOWN_PER_CELL).collect()
        }
    };
    let hidden = move || ids.with(|l| l.len().saturating_sub(SHOWN_PER_CELL));
    let group = format!("{sub_name}: {}", label.to_lowercase());
    let new_label = format!(
        "New {} for {sub_name}",
        label.to_lowercase().trim_end_matches('s')
    );
    view! {
        <div class="cell" role="group" aria-label=group>
            <h4>{label}</h4>
            <ul class="plain-list">
                <For each=visible key=|id| *id children=move |id| {
                    let name = Signal::derive(move || items.with(|l| l.iter().find(|(x, _)| *x == id).map(|(_, n)| n.clone()).unwrap_or_default()));
                    let marks = Signal::derive(move || ids.with(|l| l.iter().position(|x| *x == id)).and_then(|i| badges.with(|b| b.get(i).cloned())).unwrap_or_default());
                    view! { <FlowItem id=id name=name badges=marks /> }
                } />
            </ul>
            <Show when=move || { !all.get() && hidden() != 0 }>
                <button type="button" class="quiet" on:click=move |_| all.set(true)>{move || format!("Show {} more", hidden())}</button>
            </Show>
            <AddForm label=new_label button="Add" on_add=add />
        </div>
    }
}
