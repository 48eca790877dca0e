//! Stage 2's essentials: the method's suggested flows for your team in one list to add or skip,
//! and every flow as one row of a table (name, kind, owner, KPI), with the rest on demand.

use super::flow::FlowEditor;
use crate::content::mapping::suggested;
use crate::domain::ids::{FlowId, SubFunctionId};
use crate::domain::mapping::{Direction, Scope};
use crate::domain::mapping_msg::MappingMsg as M;
use crate::domain::msg::FlowEdit;
use crate::domain::target::Target;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::kept_draft;
use leptos::prelude::*;

/// The four kinds of flow, as the table's picker lists them.
const KINDS: [(Direction, Scope, &str); 4] = [
    (Direction::Input, Scope::PrimaryExternal, "Input, external"),
    (
        Direction::Output,
        Scope::PrimaryExternal,
        "Output, external",
    ),
    (
        Direction::Input,
        Scope::SecondaryInternal,
        "Input, internal",
    ),
    (
        Direction::Output,
        Scope::SecondaryInternal,
        "Output, internal",
    ),
];

fn kind_label(direction: Direction, scope: Scope) -> &'static str {
    KINDS
        .iter()
        .find(|(d, s, _)| *d == direction && *s == scope)
        .map(|(_, _, l)| *l)
        .unwrap_or_default()
}

/// How many rows the table shows before "Show all".
const SHOWN_ROWS: usize = 40;

/// The sub-functions as owner choices, "No owner yet" first.
fn owner_choices() -> Memo<Vec<(Option<SubFunctionId>, String)>> {
    sub_function_choices("No owner yet")
}

/// The model's sub-functions as choices, with `none` first for no sub-function.
pub(crate) fn sub_function_choices(
    none: &'static str,
) -> Memo<Vec<(Option<SubFunctionId>, String)>> {
    let app = use_app();
    Memo::new(move |_| {
        let mut o = vec![(None, none.to_string())];
        app.with_names(|d| {
            o.extend(
                d.mapping
                    .sub_functions
                    .iter()
                    .map(|s| (Some(s.id), s.name.clone())),
            )
        });
        o
    })
}

/// A select over the owner choices, reporting the chosen sub-function.
fn owner_select(
    label: Signal<String>,
    choices: Memo<Vec<(Option<SubFunctionId>, String)>>,
    value: Signal<Option<SubFunctionId>>,
    on_change: Callback<Option<SubFunctionId>>,
) -> impl IntoView {
    view! {
        <select aria-label=label
            on:change=move |ev| {
                let i = event_target_value(&ev).parse::<usize>().ok();
                if let Some(v) = i.and_then(|i| choices.with(|c| c.get(i).map(|(v, _)| *v))) {
                    on_change.run(v);
                }
            }
        >
            {move || {
                let current = value.get();
                choices.get().into_iter().enumerate().map(|(i, (v, name))| view! {
                    <option value=i.to_string() selected=v == current>{name}</option>
                }).collect_view()
            }}
        </select>
    }
}

/// The method's suggestions for the team you listed, each to add with its owner or to skip.
#[component]
pub fn SuggestedFlows() -> impl IntoView {
    let app = use_app();
    let list = Memo::new(move |_| app.with_names(suggested).unwrap_or_default());
    let skipped = move || {
        app.with_rules(|d| d.mapping.skipped.len())
            .unwrap_or_default()
    };
    let choices = owner_choices();
    let add_all = move |_| {
        for s in list.get_untracked() {
            app.dispatch(Msg::Mapping(M::AdoptFlow {
                name: s.name.to_string(),
                direction: s.direction,
                scope: s.scope,
                owner: s.owner,
                counterpart: s.counterpart,
                kpi: s.kpi.to_string(),
            }));
        }
    };
    view! {
        <section aria-labelledby="suggested">
            <h2 id="suggested">"Suggested flows"</h2>
            <p class="why">"Typical inputs and outputs for the sub-functions and company functions you listed. Add the ones your team runs, with the owner they have; skip the rest. Outputs come with the KPI they usually answer to. You can rename a flow or change its KPI once it is in the table below."</p>
            <Show
                when=move || !list.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="meta">{move || if app.with_doc(|d| d.mapping.sub_functions.is_empty() && d.mapping.functions.is_empty()).unwrap_or(true) {
                        "List your sub-functions and company functions above, and their typical flows appear here."
                    } else {
                        "No suggestions left: every one is in your table or skipped."
                    }}</p>
                }
            >
                <div class="table-scroll" role="region" aria-label="Suggested flows" tabindex="0">
                    <table class="entry">
                        <thead><tr>
                            <th scope="col">"Flow"</th>
                            <th scope="col">"Kind"</th>
                            <th scope="col">"Suggested for"</th>
                            <th scope="col">"Owner"</th>
                            <th scope="col"><span class="visually-hidden">"Add or skip"</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || list.get() key=|s| s.name children=move |s| {
                                let owner = RwSignal::new(s.owner);
                                let name = s.name;
                                let adopt = {
                                    let s = s.clone();
                                    move |_| app.dispatch(Msg::Mapping(M::AdoptFlow {
                                        name: s.name.to_string(), direction: s.direction, scope: s.scope,
                                        owner: owner.get_untracked(), counterpart: s.counterpart, kpi: s.kpi.to_string(),
                                    }))
                                };
                                view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        <td>{kind_label(s.direction, s.scope)}</td>
                                        <td>{s.from.clone()}</td>
                                        <td>{owner_select(Signal::derive(move || format!("{name}: owner")), choices, owner.into(), Callback::new(move |v| owner.set(v)))}</td>
                                        <td class="row-actions">
                                            <button type="button" aria-label=format!("Add {name}") on:click=adopt>"Add"</button>
                                            <button type="button" class="quiet" aria-label=format!("Skip {name}")
                                                on:click=move |_| app.dispatch(Msg::Mapping(M::SkipSuggestion(name.to_string()))) >"Skip"</button>
                                        </td>
                                    </tr>
                                }
                            } />
                        </tbody>
                    </table>
                </div>
                <p><button type="button" on:click=add_all>{move || format!("Add all {} with their owners", list.with(Vec::len))}</button></p>
            </Show>
            <Show when=move || skipped() != 0>
                <p class="meta">{move || format!("{} skipped. ", skipped())}
                    <button type="button" class="quiet" on:click=move |_| app.dispatch(Msg::Mapping(M::RestoreSuggestions))>"Offer them again"</button>
                </p>
            </Show>
        </section>
    }
}

/// Every flow on one line: name, kind, owner and, for an output, its KPI; the rest on demand.
#[component]
pub fn FlowTable() -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.with_rules(|d| d.mapping.flows.iter().map(|f| f.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let all = RwSignal::new(false);
    // A link to a flow further down shows every row.
    let hash = leptos_router::hooks::use_location().hash;
    Effect::new(move |_| {
        if hash.get().starts_with("#flow-") {
            all.set(true);
        }
    });
    let shown = move || {
        let list = ids.get();
        if all.get() {
            list
        } else {
            list.into_iter().take(SHOWN_ROWS).collect()
        }
    };
    let hidden = move || ids.with(|l| l.len().saturating_sub(SHOWN_ROWS));
    let choices = owner_choices();
    view! {
        <section aria-labelledby="flows">
            <h2 id="flows">"Your flows"</h2>
            <p class="why">
                "Every flow is an "<strong>"input"</strong>" (what comes to the team) or an "<strong>"output"</strong>" (what the team delivers), and either "
                <strong>"primary external"</strong>" (straight to or from the market) or "<strong>"secondary internal"</strong>" (through another team in the company). "
                "Give each exactly one owner, and each output a KPI that tells whether it works."
            </p>
            <Show when=move || !ids.with(Vec::is_empty) fallback=|| view! { <p class="meta">"No flows yet: add the suggested ones above, or type one below."</p> }>
            <div class="table-scroll" role="region" aria-label="Flows" tabindex="0">
                <table class="entry flow-table card-rows">
                    <thead><tr>
                        <th scope="col">"Flow"</th>
                        <th scope="col">"Kind"</th>
                        <th scope="col">"Owner"</th>
                        <th scope="col">"KPI (outputs)"</th>
                        <th scope="col"><span class="visually-hidden">"More"</span></th>
                    </tr></thead>
                    <For each=shown key=|id| *id children=move |id| view! { <FlowRow id=id choices=choices /> } />
                </table>
            </div>
            </Show>
            <Show when=move || !all.get() && hidden() != 0>
                <button type="button" class="quiet" on:click=move |_| all.set(true)>{move || format!("Show all {} flows", ids.with(Vec::len))}</button>
            </Show>
            <NewFlow choices=choices />
        </section>
    }
}

/// One flow's row, and below it its every field while "More" is open.
#[component]
fn FlowRow(
    /// The flow.
    id: FlowId,
    /// The owner choices, shared by every row.
    choices: Memo<Vec<(Option<SubFunctionId>, String)>>,
) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| {
        app.with_names(|d| {
            d.mapping.flow(id).map(|f| {
                (
                    f.name.clone(),
                    f.direction,
                    f.scope,
                    f.owner,
                    f.kpis.first().map(|k| k.metric.clone()).unwrap_or_default(),
                )
            })
        })
        .flatten()
        .unwrap_or_default()
    });
    let name = move || {
        let n = row.with(|r| r.0.trim().to_string());
        if n.is_empty() {
            "Unnamed flow".to_string()
        } else {
            n
        }
    };
    let open = RwSignal::new(false);
    let edit = move |e: FlowEdit| app.dispatch(Msg::Mapping(M::EditFlow(id, e)));
    let set_kind = move |i: usize| {
        if let Some((d, s, _)) = KINDS.get(i) {
            edit(FlowEdit::Direction(*d));
            edit(FlowEdit::Scope(*s));
        }
    };
    view! {
        <tbody id=crate::ui::target::anchor(&Target::Flow(id))>
            <tr>
                <td data-label="Flow"><input type="text" aria-label=move || format!("{}: name", name()) prop:value=move || row.with(|r| r.0.clone())
                    on:input=move |ev| edit(FlowEdit::Name(event_target_value(&ev))) on:blur=move |_| app.seal() /></td>
                <td data-label="Kind">
                    <select aria-label=move || format!("{}: kind", name())
                        on:change=move |ev| { if let Ok(i) = event_target_value(&ev).parse::<usize>() { set_kind(i) } }>
                        {move || {
                            let (d, s) = row.with(|r| (r.1, r.2));
                            KINDS.iter().enumerate().map(|(i, (kd, ks, l))| view! {
                                <option value=i.to_string() selected=*kd == d && *ks == s>{*l}</option>
                            }).collect_view()
                        }}
                    </select>
                </td>
                <td data-label="Owner">{owner_select(Signal::derive(move || format!("{}: owner", name())), choices, Signal::derive(move || row.with(|r| r.3)), Callback::new(move |v| edit(FlowEdit::Owner(v))))}</td>
                <td data-label="KPI">
                    <Show when=move || row.with(|r| r.1 == Direction::Output) fallback=|| view! { <span class="meta">"—"</span> }>
                        <input type="text" aria-label=move || format!("{}: KPI", name()) placeholder="e.g. pipeline from campaigns"
                            prop:value=move || row.with(|r| r.4.clone())
                            on:input=move |ev| app.dispatch(Msg::Mapping(M::SetFirstMetric(id, event_target_value(&ev))))
                            on:blur=move |_| app.seal() />
                    </Show>
                </td>
                <td class="row-actions">
                    <button type="button" aria-expanded=move || open.get().to_string() aria-label=move || format!("More about {}", name())
                        on:click=move |_| open.update(|o| *o = !*o)>{move || if open.get() { "Less" } else { "More" }}</button>
                </td>
            </tr>
            <Show when=move || open.get()>
                <tr class="flow-more"><td colspan="5">
                    <FlowEditor id=id />
                    <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Mapping(M::RemoveFlow(id)))>{move || format!("Remove {}", name())}</button>
                </td></tr>
            </Show>
        </tbody>
    }
}

/// A new flow on one line, warned about before it is added when its name is already taken.
#[component]
fn NewFlow(
    /// The owner choices.
    choices: Memo<Vec<(Option<SubFunctionId>, String)>>,
) -> impl IntoView {
    let app = use_app();
    let name = kept_draft::<String>("New flow");
    let kind = RwSignal::new(1usize);
    let owner = RwSignal::new(None::<SubFunctionId>);
    // Why the last add was refused, until the name changes.
    let refused = RwSignal::new(String::new());
    let taken = Memo::new(move |_| {
        let n = name.get().trim().to_lowercase();
        !n.is_empty()
            && app
                .with_names(|d| {
                    d.mapping
                        .flows
                        .iter()
                        .any(|f| f.name.trim().to_lowercase() == n)
                })
                .unwrap_or(false)
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        let Some((direction, scope, _)) = KINDS.get(kind.get_untracked()).copied() else {
            return;
        };
        match app.try_dispatch(Msg::Mapping(M::AdoptFlow {
            name: n,
            direction,
            scope,
            owner: owner.get_untracked(),
            counterpart: None,
            kpi: String::new(),
        })) {
            Ok(()) => name.set(String::new()),
            Err(why) => refused.set(why),
        }
    };
    view! {
        <form class="inline-form new-flow" on:submit=submit aria-label="Add a flow">
            <label class="field">
                <span class="field-label">"New flow"</span>
                <input type="text" prop:value=move || name.get() on:input=move |ev| { refused.set(String::new()); name.set(event_target_value(&ev)) }
                    aria-describedby="new-flow-taken" />
            </label>
            <label class="field">
                <span class="field-label">"Kind"</span>
                <select on:change=move |ev| { if let Ok(i) = event_target_value(&ev).parse::<usize>() { kind.set(i) } }>
                    {KINDS.iter().enumerate().map(|(i, (_, _, l))| view! { <option value=i.to_string() selected=i == 1>{*l}</option> }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span class="field-label">"Owner"</span>
                {owner_select(Signal::derive(|| "Owner".to_string()), choices, owner.into(), Callback::new(move |v| owner.set(v)))}
            </label>
            <button type="submit">{move || if taken.get() { "Add it anyway" } else { "Add flow" }}</button>
            <p id="new-flow-taken" class="field-error" aria-live="polite">
                {move || refused.get()}
                {move || taken.get().then(|| format!("There is already a flow named “{}”. Add it anyway, or pick another name.", name.get().trim()))}
            </p>
        </form>
    }
}
