//! Process pathways: what each flow needs (systems, expertise, resource), who does what (the
//! RACI matrix) and the agreements between teams (SLAs).

use crate::content::operations::SLA_WORK;
use crate::domain::ids::{FlowId, OpsId, ProgramId};
use crate::domain::operations::{Expertise, PathwayGap, ProcessPathway};
use crate::domain::operations_msg::{OpsMsg as O, PathwayEdit, RaciCell, RaciSubject, SlaEdit};
use crate::domain::raci::RaciProblem;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{
    format_number, AddForm, CheckField, LazyDetails, NumberField, SelectField, SuggestNames,
    TextField,
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
                .map(|f| {
                    let gaps = d
                        .operations
                        .pathway(f.id)
                        .map(ProcessPathway::gaps)
                        .unwrap_or_else(|| {
                            vec![
                                PathwayGap::Systems,
                                PathwayGap::Expertise,
                                PathwayGap::Resource,
                            ]
                        });
                    (f.id, f.name.clone(), gaps)
                })
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
        <li class="flow-item pathway" id=format!("pathway-{}", id.0)>
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
            <TextField label="Teams involved" hint="Separated by commas" placeholder="e.g. Sales ops, Product" value=move || p.with(|p| p.teams.join(",")) on_input=move |v| edit(PathwayEdit::Teams(v)) />
            <div class="pair">
                <NumberField label="Lead time (days)" value=move || p.with(|p| p.lead_time_days.map(f64::from)) on_input=lead />
                <TextField label="Budget owner" placeholder="e.g. Marketing" value=move || p.with(|p| p.budget_owner.clone()) on_input=move |v| edit(PathwayEdit::BudgetOwner(v)) />
            </div>
        </div>
    }
}

fn problem_text(p: RaciProblem) -> String {
    match p {
        RaciProblem::NoAccountable => "No one is accountable: mark exactly one A.".into(),
        RaciProblem::SeveralAccountable(n) => {
            format!("{n} roles are accountable: keep exactly one A.")
        }
        RaciProblem::NoResponsible => "No one is responsible: mark at least one R.".into(),
    }
}

/// A RACI row's program or flow, as the "Add a row for" choice holds it.
type Subject = (Option<ProgramId>, Option<FlowId>);

/// Roles × programs and flows, one letter each; every row checked as it is filled in.
#[component]
pub fn RaciMatrix() -> impl IntoView {
    let app = use_app();
    let roles = Memo::new(move |_| {
        app.with_doc(|d| d.operations.raci_roles.clone())
            .unwrap_or_default()
    });
    let rows = move || {
        app.with_doc(|d| d.operations.raci.iter().map(|r| r.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let suggested = Signal::derive(move || {
        app.with_doc(|d| {
            let taken = &d.operations.raci_roles;
            d.mapping
                .sub_functions
                .iter()
                .map(|s| s.name.trim().to_string())
                .chain(
                    d.mapping
                        .functions
                        .iter()
                        .map(|f| f.name.trim().to_string()),
                )
                .filter(|n| !n.is_empty() && !taken.iter().any(|t| t.eq_ignore_ascii_case(n)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let add_role = move |name: String| app.dispatch(Msg::Ops(O::AddRaciRole(name)));
    // Programs and flows not yet in the matrix.
    let subjects = Memo::new(move |_| {
        let mut o: Vec<(Option<Subject>, String)> =
            vec![(None, "Choose a program or flow…".into())];
        app.with_doc(|d| {
            let used_p: Vec<_> = d.operations.raci.iter().filter_map(|r| r.program).collect();
            let used_f: Vec<_> = d.operations.raci.iter().filter_map(|r| r.flow).collect();
            o.extend(
                d.dialogue
                    .constituents
                    .iter()
                    .flat_map(|c| &c.programs)
                    .filter(|p| !used_p.contains(&p.id))
                    .map(|p| (Some((Some(p.id), None)), format!("Program: {}", p.name))),
            );
            o.extend(
                d.mapping
                    .flows
                    .iter()
                    .filter(|f| !used_f.contains(&f.id))
                    .map(|f| (Some((None, Some(f.id))), format!("Flow: {}", f.name))),
            );
        });
        o
    });
    let add_row = move |v: Option<Subject>| match v {
        Some((Some(p), _)) => app.dispatch(Msg::Ops(O::AddRaciRow(RaciSubject::Program(p)))),
        Some((None, Some(f))) => app.dispatch(Msg::Ops(O::AddRaciRow(RaciSubject::Flow(f)))),
        _ => {}
    };
    let none = || None::<Subject>;
    let csv = move |_| {
        if let Some((name, text)) = app.doc_untracked(|d| {
            let file = crate::persist::export_file_name(d, crate::web::clock::now())
                .replace("-marketing-os-", "-raci-")
                .replace(".json", ".csv");
            (file, d.raci_csv())
        }) {
            let _ = crate::web::file::download(&name, "text/csv", &text);
        }
    };
    view! {
        <section aria-labelledby="raci">
            <h2 id="raci">"RACI matrix"</h2>
            <p class="why">"For each program or flow: who is "<strong>"R"</strong>"esponsible for doing it, the one person "<strong>"A"</strong>"ccountable for the outcome, who is "<strong>"C"</strong>"onsulted and who is kept "<strong>"I"</strong>"nformed. Keep the loop to the people who need it."</p>
            <h3>"Roles"</h3>
            <ul class="plain-list tags" aria-label="Roles in the matrix">
                {move || roles.get().into_iter().map(|r| {
                    let label = format!("Remove role {r}");
                    let name = r.clone();
                    view! {
                        <li class="tag-item">{r}" "
                            <button type="button" class="quiet" aria-label=label on:click=move |_| app.dispatch(Msg::Ops(O::RemoveRaciRole(name.clone())))>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <SuggestNames items=suggested on_add=add_role />
            <AddForm label="New role" button="Add role" on_add=add_role />
            <h3>"Rows"</h3>
            <div class="inline-form">
                {move || view! { <SelectField label="Add a row for" options=subjects.get() value=none on_change=add_row /> }}
            </div>
            <AddForm label="Or name a row yourself" button="Add row" on_add=move |n| app.dispatch(Msg::Ops(O::AddRaciRow(RaciSubject::Named(n)))) />
            <Show when=move || !rows().is_empty()>
                <div class="table-scroll" role="region" aria-label="RACI matrix, scrolls sideways" tabindex="0">
                    <table class="raci">
                        <caption>"Who does what"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Program or flow"</th>
                                {move || roles.get().into_iter().map(|r| view! { <th scope="col">{r}</th> }).collect_view()}
                                <th scope="col">"Check"</th>
                                <th scope="col"><span class="visually-hidden">"Remove"</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=rows key=|id| *id children=move |id| view! { <RaciRowView id=id roles=roles /> } />
                        </tbody>
                    </table>
                </div>
                <button type="button" on:click=csv>"Download the matrix (CSV)"</button>
            </Show>
        </section>
    }
}

#[component]
fn RaciRowView(id: OpsId, roles: Memo<Vec<String>>) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| {
        app.with_doc(|d| {
            d.operations
                .raci
                .iter()
                .find(|r| r.id == id)
                .map(|r| (d.raci_subject(r), r.clone()))
        })
        .flatten()
        .unwrap_or_default()
    });
    let subject = move || row.with(|r| r.0.clone());
    let problems = move || row.with(|r| roles.with(|roles| r.1.problems(roles)));
    let options: Vec<(RaciCell, String)> = RaciCell::ALL
        .iter()
        .map(|c| {
            let label = if *c == RaciCell::None {
                "—"
            } else {
                c.code()
            };
            (*c, label.to_string())
        })
        .collect();
    view! {
        <tr>
            <th scope="row">{subject}</th>
            {move || roles.get().into_iter().map(|role| {
                let label = format!("{role} for {}", subject());
                let r2 = role.clone();
                view! {
                    <td><SelectField label=label options=options.clone() value=move || row.with(|r| r.1.cell(&role)) on_change=move |c| app.dispatch(Msg::Ops(O::SetRaci(id, r2.clone(), c))) /></td>
                }
            }).collect_view()}
            <td class="raci-check">{move || {
                let p = problems();
                if p.is_empty() {
                    view! { <span class="ok">"OK"</span> }.into_any()
                } else {
                    view! { <ul class="plain-list problems">{p.into_iter().map(|p| view! { <li>{problem_text(p)}</li> }).collect_view()}</ul> }.into_any()
                }
            }}</td>
            <td><button type="button" class="quiet danger" aria-label=move || format!("Remove row {}", subject()) on:click=move |_| app.dispatch(Msg::Ops(O::RemoveRaciRow(id)))>"✕"</button></td>
        </tr>
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
    let add = move |work: String| app.dispatch(Msg::Ops(O::AddSla(work)));
    view! {
        <section aria-labelledby="slas">
            <h2 id="slas">"Service levels between teams"</h2>
            <p class="why">"Agree lead times for work that recurs between teams, so plans count on them and everyone knows what happens when one slips."</p>
            <div class="card-grid">
                <For each=ids key=|id| *id children=move |id| view! { <SlaCard id=id /> } />
            </div>
            <SuggestNames items=missing on_add=add />
            <AddForm label="Other recurring work" button="Add SLA" on_add=add />
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
                <TextField label="Provider" placeholder="e.g. Product" value=move || sla.with(|s| s.provider.clone()) on_input=move |v| edit(SlaEdit::Provider(v)) />
                <TextField label="Receiver" placeholder="e.g. Product marketing" value=move || sla.with(|s| s.receiver.clone()) on_input=move |v| edit(SlaEdit::Receiver(v)) />
            </div>
            <NumberField label="Lead time (days)" value=move || sla.with(|s| s.lead_time_days.map(f64::from)) on_input=lead />
            <TextField label="When it is missed" placeholder="e.g. the launch moves a week; raised at the weekly meeting" value=move || sla.with(|s| s.on_miss.clone()) on_input=move |v| edit(SlaEdit::OnMiss(v)) />
            <p class="meta">{move || sla.with(|s| match s.lead_time_days {
                Some(n) => format!("{} needs {} days' notice from {}.", or_blank(&s.provider, "The provider"), format_number(Some(f64::from(n))), or_blank(&s.receiver, "the receiver")),
                None => "No lead time agreed yet.".to_string(),
            })}</p>
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Ops(O::RemoveSla(id)))>"Remove SLA"</button>
        </fieldset>
    }
}

fn or_blank(s: &str, fallback: &str) -> String {
    if s.trim().is_empty() {
        fallback.to_string()
    } else {
        s.trim().to_string()
    }
}

/// A typed number of days as a whole, non-negative count.
fn days(v: Option<f64>) -> Option<u32> {
    v.map(|v| v.max(0.0).min(f64::from(u32::MAX)).round() as u32)
}
