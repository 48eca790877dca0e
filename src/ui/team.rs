//! The team that runs the system: the marketing-operations charter, composed from its parts
//! and read back as operational or strategic in plain words; today's people mapped onto the
//! roles the next stage needs, with the capabilities each would close and the Stage 2 flows
//! nobody can run; and hire / train / outsource decisions that become Stage 3 budget lines.

use super::widgets::{
    format_number, AddForm, CheckField, NumberField, SelectField, TextArea, TextField,
};
use crate::domain::assessment::MaturityStage;
use crate::domain::ids::OpsId;
use crate::domain::maturity::outcome;
use crate::domain::operations_msg::{BudgetEdit, CharterEdit, HandOffEdit, OpsMsg, TeamEdit};
use crate::domain::team::{
    charter_for_stage, lifecycle_view, needs, plan_totals, read_charter, target_stage,
    unrunnable_flows, CharterKind, CharterScope, Decision, Driver, Lifecycle, Qualifier, Role,
    RoleNeed,
};
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

/// The team and charter page.
#[component]
pub fn TeamPage() -> impl IntoView {
    view! {
        <h1>"Team and charter"</h1>
        <p class="lead">
            "A charter says what the marketing operations group is for. Write yours from its parts, "
            "see whether it reads as operational or strategic, and paste it into your planning document."
        </p>
        <CharterBuilder />
        <TeamDesign />
        <CustomerLifecycle />
        <LeadHandOff />
    }
}

fn edit(e: CharterEdit) -> Msg {
    Msg::Ops(OpsMsg::Charter(e))
}

#[component]
fn CharterBuilder() -> impl IntoView {
    let app = use_app();
    let charter = move || {
        app.with_doc(|d| d.operations.team.charter.clone())
            .unwrap_or_default()
    };
    let suggestion = move || app.with_doc(|d| charter_for_stage(outcome(&d.assessment).stage));
    let text = Memo::new(move |_| charter().effective_text());
    let reading = Memo::new(move |_| read_charter(&text.get()));
    let copied = RwSignal::new(None::<String>);
    let copy = move |_| super::widgets::copy_text(&text.get_untracked(), copied, "text");
    let scope_options = vec![
        (CharterScope::Unset, "Not chosen yet".to_string()),
        (CharterScope::Marketing, "Marketing only".to_string()),
        (
            CharterScope::CustomerFacing,
            "Marketing and every customer-facing function".to_string(),
        ),
    ];
    view! {
        <section aria-labelledby="charter" class="card">
            <h2 id="charter">"The operations charter"</h2>
            <p>{move || suggestion().map(|(_, why)| why)}</p>
            <div class="table-scroll" role="region" aria-label="Two kinds of charter" tabindex="0">
                <table class="compare">
                    <caption>"Two kinds of charter"</caption>
                    <thead>
                        <tr><td></td><th scope="col">"Operational"</th><th scope="col">"Strategic"</th></tr>
                    </thead>
                    <tbody>
                        <tr><th scope="row">"Responsible for"</th><td>"Running marketing's technology, data, reporting and processes efficiently"</td><td>"Business results: forecasting and proving revenue impact, insight leaders decide with"</td></tr>
                        <tr><th scope="row">"Serves"</th><td>"The marketing team's own goals"</td><td>"At least two of the drivers: accountability, digital transformation, customer centricity"</td></tr>
                        <tr><th scope="row">"Reaches"</th><td>"Marketing"</td><td>"Marketing and every customer-facing function"</td></tr>
                        <tr><th scope="row">"Typical stage"</th><td>"Efficient, Effective"</td><td>"Customer-Centric, Next Generation"</td></tr>
                    </tbody>
                </table>
            </div>
            <p class="actions-row no-print">
                <button type="button" on:click=move |_| app.dispatch(edit(CharterEdit::StartFrom(CharterKind::Operational)))>"Start from an operational charter"</button>
                <button type="button" on:click=move |_| app.dispatch(edit(CharterEdit::StartFrom(CharterKind::Strategic)))>"Start from a strategic charter"</button>
            </p>
            <TextArea
                label="Outcomes the group is responsible for"
                hint="What it delivers, e.g. “forecasting marketing's contribution to revenue”."
                value=move || charter().outcomes
                on_input=move |v| app.dispatch(edit(CharterEdit::Outcomes(v)))
            />
            <fieldset>
                <legend>"Business drivers it serves"</legend>
                {Driver::ALL.into_iter().map(|d| view! {
                    <CheckField
                        label=d.label().to_string()
                        checked=move || charter().drivers.contains(&d)
                        on_change=move |on| app.dispatch(edit(CharterEdit::Driver(d, on)))
                    />
                }).collect_view()}
            </fieldset>
            <SelectField
                label="Scope"
                options=scope_options
                value=move || charter().scope
                on_change=move |v| app.dispatch(edit(CharterEdit::Scope(v)))
            />
            <TextArea
                label="Your charter"
                hint="Composed from the parts above; edit it freely. Empty it to go back to the composed text."
                value=move || text.get()
                on_input=move |v| app.dispatch(edit(CharterEdit::Text(v)))
            />
            <p class="actions-row no-print">
                <button type="button" on:click=copy disabled=move || text.with(|t| t.trim().is_empty())>"Copy the charter"</button>
                <span role="status">{move || copied.get()}</span>
            </p>
            <div class="charter-reading" role="status" aria-live="polite">
                {move || match reading.get() {
                    None => view! { <p>"Write or compose a charter to see how it reads."</p> }.into_any(),
                    Some(r) => view! {
                        <p>
                            <strong>{match r.kind { CharterKind::Strategic => "Strategic. ", CharterKind::Operational => "Operational. " }}</strong>
                            {r.summary.clone()}
                        </p>
                        {(!r.to_strategic.is_empty()).then(|| view! {
                            <p>"To make it strategic:"</p>
                            <ul>{r.to_strategic.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
                        })}
                    }.into_any(),
                }}
            </div>
        </section>
    }
}

fn team(e: TeamEdit) -> Msg {
    Msg::Ops(OpsMsg::Team(e))
}

/// A quarter key as people read it: `2027-Q1` → `Q1 2027`.
fn quarter_label(key: &str) -> String {
    match key.split_once("-Q") {
        Some((year, q)) => format!("Q{q} {year}"),
        None => key.to_string(),
    }
}

/// The label of an assessment capability function, by key.
fn capability_label(key: &str) -> &'static str {
    crate::content::assessment::CAPABILITIES
        .iter()
        .flat_map(|c| c.functions.iter())
        .find(|(k, _)| *k == key)
        .map_or("", |(_, l)| *l)
}

#[component]
fn TeamDesign() -> impl IntoView {
    let app = use_app();
    let assessed = Memo::new(move |_| app.with_doc(|d| outcome(&d.assessment).stage).flatten());
    let target = RwSignal::new(target_stage(assessed.get_untracked()));
    let people = move || {
        app.with_doc(|d| {
            d.operations
                .team
                .people
                .iter()
                .map(|p| p.id)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let stage_options: Vec<(MaturityStage, String)> = MaturityStage::ALL
        .into_iter()
        .skip(1)
        .map(|s| (s, s.label().to_string()))
        .collect();
    let list = Memo::new(move |_| app.with_doc(|d| needs(d, target.get())).unwrap_or_default());
    let flows = Memo::new(move |_| app.with_doc(unrunnable_flows).unwrap_or_default());
    let totals = Memo::new(move |_| app.with_doc(plan_totals).unwrap_or_default());
    view! {
        <section aria-labelledby="people" class="card">
            <h2 id="people">"Today's team"</h2>
            <p class="why">"Everyone who does marketing operations work today, with the share of their time on each role (1 = full time)."</p>
            <AddForm label="Person's name" button="Add person" on_add=move |name| app.dispatch(team(TeamEdit::AddPerson(name))) />
            <ul class="plain-list">
                <For each=people key=|id| *id children=move |id| view! { <PersonCard id=id /> } />
            </ul>
        </section>
        <section aria-labelledby="next-stage" class="card">
            <h2 id="next-stage">"Roles the next stage needs"</h2>
            <p>{move || match assessed.get() {
                Some(s) => format!("Your assessment puts marketing operations at the {} stage.", s.label()),
                None => "There is no assessment yet, so the design starts from the first dedicated stage.".into(),
            }}</p>
            <SelectField label="Design the team for the stage" options=stage_options value=move || target.get() on_change=move |s| target.set(s) />
            <p class="meta">{move || {
                let l = list.get();
                let gaps = l.iter().filter(|n| n.is_gap()).count();
                format!("{} roles; {} covered today, {} with nobody on them.", l.len(), l.len() - gaps, gaps)
            }}</p>
            <ul class="plain-list role-list">
                <For each=move || list.get() key=|n| (n.role, n.fte.to_bits(), n.closes.len(), n.serves_missing_driver) children=move |n| view! { <RoleCard need=n /> } />
            </ul>
        </section>
        <section aria-labelledby="unrun" class="card">
            <h2 id="unrun">"Stage 2 flows nobody can run"</h2>
            {move || {
                let f = flows.get();
                if f.is_empty() {
                    view! { <p>"Every Stage 2 flow has an owner with people to run it."</p> }.into_any()
                } else {
                    view! {
                        <ul>{f.into_iter().map(|u| view! { <li><strong>{u.name}</strong>": "{u.why}</li> }).collect_view()}</ul>
                    }.into_any()
                }
            }}
        </section>
        <section aria-labelledby="team-plan" class="card">
            <h2 id="team-plan">"Hiring and training plan"</h2>
            <p class="why">"Each decision above is a line in Stage 3's plan and budget, where its quarter and cost can also be changed."</p>
            {move || {
                let t = totals.get();
                if t.is_empty() {
                    view! { <p>"No decisions yet: choose hire, train or outsource for a role with nobody on it."</p> }.into_any()
                } else {
                    let total: f64 = t.iter().map(|(_, v)| v).sum();
                    view! {
                        <ul>{t.into_iter().map(|(q, v)| view! { <li>{format!("{}: {}", quarter_label(&q), format_number(Some(v)))}</li> }).collect_view()}</ul>
                        <p><strong>{format!("In total: {}", format_number(Some(total)))}</strong></p>
                    }.into_any()
                }
            }}
            <p class="no-print"><a href=move || format!("/model/{}/operations#rhythm", app.with_doc(|d| d.id.as_str().to_string()).unwrap_or_default())>"See the Stage 3 plan and budget"</a></p>
        </section>
    }
}

#[component]
fn PersonCard(id: OpsId) -> impl IntoView {
    let app = use_app();
    let person = Memo::new(move |_| {
        app.with_doc(|d| {
            d.operations
                .team
                .people
                .iter()
                .find(|p| p.id == id)
                .cloned()
        })
        .flatten()
        .unwrap_or_default()
    });
    let name = move || person.with(|p| p.name.clone());
    let add_options = move || {
        let mut o = vec![(None, "Choose a role…".to_string())];
        person.with(|p| {
            o.extend(
                Role::ALL
                    .into_iter()
                    .filter(|r| !p.roles.iter().any(|(x, _)| x == r))
                    .map(|r| (Some(r), r.label().to_string())),
            )
        });
        o
    };
    let no_role = || None::<Role>;
    let add_role = move |r: Option<Role>| {
        if let Some(r) = r {
            app.dispatch(team(TeamEdit::SetRole(id, r, 1.0)))
        }
    };
    view! {
        <li><div class="card person" role="group" aria-label=name>
            <TextField label="Name" value=name on_input=move |v| app.dispatch(team(TeamEdit::RenamePerson(id, v))) />
            <ul class="plain-list">
                {move || person.with(|p| p.roles.clone()).into_iter().map(|(role, _)| {
                    let set_fte = move |v: Option<f64>| {
                        if let Some(v) = v {
                            app.dispatch(team(TeamEdit::SetRole(id, role, v)))
                        }
                    };
                    view! {
                    <li class="pair">
                        <NumberField
                            label=format!("{} (FTE)", role.label())
                            value=move || person.with(|p| p.roles.iter().find(|(r, _)| *r == role).map(|(_, f)| *f))
                            on_input=set_fte
                        />
                        <button type="button" class="quiet" aria-label=move || format!("Take {} off {}", role.label(), name())
                            on:click=move |_| app.dispatch(team(TeamEdit::SetRole(id, role, 0.0)))>"Remove role"</button>
                    </li>
                    }
                }).collect_view()}
            </ul>
            {move || view! {
                <SelectField label="Add a role" options=add_options() value=no_role on_change=add_role />
            }}
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(team(TeamEdit::RemovePerson(id)))>"Remove person"</button>
        </div></li>
    }
}

#[component]
fn RoleCard(need: RoleNeed) -> impl IntoView {
    let app = use_app();
    let role = need.role;
    let who = move || {
        app.with_doc(|d| {
            d.operations
                .team
                .people
                .iter()
                .filter_map(|p| {
                    p.roles
                        .iter()
                        .find(|(r, _)| *r == role)
                        .map(|(_, f)| format!("{} {}", p.name.trim(), format_number(Some(*f))))
                })
                .collect::<Vec<_>>()
                .join(", ")
        })
        .unwrap_or_default()
    };
    let closes: Vec<&'static str> = need.closes.iter().map(|k| capability_label(k)).collect();
    let gap = need.is_gap();
    let plan = Memo::new(move |_| {
        app.with_doc(|d| d.operations.team.decision(role).cloned())
            .flatten()
    });
    view! {
        <li><div class="card role" class:gap=gap role="group" aria-label=role.label()>
            <h3>{role.label()} " " <span class="tag">{if gap { "Nobody on it".to_string() } else { format!("{} FTE today", format_number(Some(need.fte))) }}</span></h3>
            <p>{role.duty()}</p>
            {(!gap).then(|| view! { <p class="meta">{move || format!("Today: {}", who())}</p> })}
            {(!closes.is_empty()).then(|| view! { <p>{format!("Would close: {}.", closes.join("; "))}</p> })}
            {need.serves_missing_driver.then(|| view! { <p>"Serves a business driver your assessment says is not yet in place."</p> })}
            {move || match plan.get() {
                Some(line) => view! { <PlanLineView id=line.id budget=line.budget /> }.into_any(),
                None if gap => view! { <DecideForm role=role /> }.into_any(),
                None => ().into_any(),
            }}
        </div></li>
    }
}

fn decision_options() -> Vec<(Decision, String)> {
    Decision::ALL
        .into_iter()
        .map(|d| (d, d.label().to_string()))
        .collect()
}

#[component]
fn DecideForm(role: Role) -> impl IntoView {
    let app = use_app();
    let decision = RwSignal::new(Decision::Hire);
    let quarters = crate::ui::operations::quarter_options();
    let quarter = RwSignal::new(
        quarters
            .get(2)
            .or(quarters.first())
            .map(|(k, _)| k.clone())
            .unwrap_or_default(),
    );
    let cost = RwSignal::new(None::<f64>);
    view! {
        <form class="decide" on:submit=move |ev| {
            ev.prevent_default();
            app.dispatch(team(TeamEdit::Decide {
                role,
                decision: decision.get_untracked(),
                quarter: quarter.get_untracked(),
                cost: cost.get_untracked().unwrap_or(0.0),
            }));
        }>
            <div class="pair">
                <SelectField label="Close the gap by" options=decision_options() value=move || decision.get() on_change=move |d| decision.set(d) />
                <SelectField label="Quarter" options=quarters value=move || quarter.get() on_change=move |q| quarter.set(q) />
                <NumberField label="Cost" value=move || cost.get() on_input=move |v| cost.set(v) />
            </div>
            <button type="submit" aria-label=format!("Add {} to the plan", role.label())>"Add to the plan"</button>
        </form>
    }
}

#[component]
fn PlanLineView(id: OpsId, budget: OpsId) -> impl IntoView {
    let app = use_app();
    let line = Memo::new(move |_| {
        app.with_doc(|d| d.operations.budget.iter().find(|b| b.id == budget).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let decision = Memo::new(move |_| {
        app.with_doc(|d| {
            d.operations
                .team
                .plan
                .iter()
                .find(|l| l.id == id)
                .map(|l| l.decision)
        })
        .flatten()
        .unwrap_or_default()
    });
    let edit = move |e: BudgetEdit| app.dispatch(Msg::Ops(OpsMsg::EditBudget(budget, e)));
    let set_cost = move |v: Option<f64>| edit(BudgetEdit::Amount(v.unwrap_or(0.0)));
    view! {
        <div class="decide">
            <p class="meta">{move || format!("In the plan: {} in {}, {}.", decision.get().label(), quarter_label(&line.with(|b| b.quarter.clone())), format_number(Some(line.with(|b| b.amount))))}</p>
            <div class="pair no-print">
                <SelectField label="Close the gap by" options=decision_options() value=move || decision.get() on_change=move |d| app.dispatch(team(TeamEdit::SetDecision(id, d))) />
                {move || {
                    let options = crate::ui::operations::quarter_options_with(&line.with(|b| b.quarter.clone()));
                    view! { <SelectField label="Quarter" options=options value=move || line.with(|b| b.quarter.clone()) on_change=move |v| edit(BudgetEdit::Quarter(v)) /> }
                }}
                <NumberField label="Cost" value=move || Some(line.with(|b| b.amount)) on_input=set_cost />
            </div>
            <button type="button" class="quiet danger no-print" on:click=move |_| app.dispatch(team(TeamEdit::RemovePlanLine(id)))>"Remove from the plan"</button>
        </div>
    }
}

#[component]
fn LeadHandOff() -> impl IntoView {
    let app = use_app();
    let h = Memo::new(move |_| {
        app.with_doc(|d| d.operations.team.handoff.clone())
            .unwrap_or_default()
    });
    let ho = move |e: HandOffEdit| app.dispatch(team(TeamEdit::HandOff(e)));
    let qualifiers: Vec<(Qualifier, String)> = Qualifier::ALL
        .into_iter()
        .map(|q| (q, q.label().to_string()))
        .collect();
    let set_hours = move |v: Option<f64>| {
        ho(HandOffEdit::FollowUpHours(
            v.filter(|v| *v >= 0.0).map(|v| v.round() as u32),
        ))
    };
    let hours = move || h.with(|h| h.follow_up_hours.map(f64::from));
    let status = move || {
        h.with(|h| {
            let missing = h.missing();
            if h.is_agreed() && missing.is_empty() {
                format!(
                    "Agreed by {} for marketing and {} for sales.",
                    h.marketing_signatory.trim(),
                    h.sales_signatory.trim()
                )
            } else if !missing.is_empty() {
                format!("Still to agree: {}.", missing.join("; "))
            } else {
                "Ready to sign: both sides add their name below.".into()
            }
        })
    };
    let sla_text = move || {
        app.with_doc(|d| {
            let h = &d.operations.team.handoff;
            h.sla
                .and_then(|id| d.operations.slas.iter().find(|s| s.id == id))
                .map(|s| {
                    format!(
                        "Recorded in Stage 3 as an SLA: {} — {} for {}{}; {}.",
                        s.work,
                        s.provider,
                        s.receiver,
                        s.lead_time_days
                            .map(|d| format!(", within {d} day{}", if d == 1 { "" } else { "s" }))
                            .unwrap_or_default(),
                        s.on_miss
                    )
                })
        })
        .flatten()
    };
    view! {
        <section aria-labelledby="handoff" class="card">
            <h2 id="handoff">"Lead hand-off agreement"</h2>
            <p class="why">"Marketing and sales agree what makes a lead worth sales' time, who decides, how fast sales acts, and when both look at how it went. The agreement is recorded in Stage 3 as an SLA and kept in step with this page."</p>
            <TextArea
                label="Buying signals a lead must show (one per line)"
                hint="e.g. budget confirmed; a project within six months; the decision maker involved."
                value=move || h.with(|h| h.criteria.clone())
                on_input=move |v| ho(HandOffEdit::Criteria(v))
            />
            <div class="pair">
                <SelectField label="Who qualifies a lead" options=qualifiers value=move || h.with(|h| h.qualifier) on_change=move |q| ho(HandOffEdit::Qualifier(q)) />
                <NumberField label="Sales follows up within (hours)" value=hours on_input=set_hours />
            </div>
            <div class="pair">
                <TextField label="Weekly review day" value=move || h.with(|h| h.review_day.clone()) on_input=move |v| ho(HandOffEdit::ReviewDay(v)) />
                <TextField label="Who attends the review" value=move || h.with(|h| h.review_attendees.clone()) on_input=move |v| ho(HandOffEdit::ReviewAttendees(v)) />
            </div>
            <div class="pair">
                <TextField label="Signed for marketing by" value=move || h.with(|h| h.marketing_signatory.clone()) on_input=move |v| ho(HandOffEdit::MarketingSignatory(v)) />
                <TextField label="Signed for sales by" value=move || h.with(|h| h.sales_signatory.clone()) on_input=move |v| ho(HandOffEdit::SalesSignatory(v)) />
            </div>
            <p role="status" class="charter-reading">{status}</p>
            <p>{sla_text}</p>
        </section>
    }
}

#[component]
fn CustomerLifecycle() -> impl IntoView {
    let app = use_app();
    let v = Memo::new(move |_| app.with_doc(lifecycle_view).unwrap_or_default());
    let summary = move || {
        v.with(|v| {
            let n = |count: usize, one: &str, many: &str| {
                format!("{count} {}", if count == 1 { one } else { many })
            };
            format!(
                "Acquisition: {}, {}. Expansion (existing customers): {}, {}; {} FTE and {} of budget in the sub-functions that run them.",
                n(v.acquisition.0, "flow", "flows"),
                n(v.acquisition.1, "KPI", "KPIs"),
                n(v.expansion.0, "flow", "flows"),
                n(v.expansion.1, "KPI", "KPIs"),
                format_number(Some(v.expansion_fte)),
                format_number(Some(v.expansion_budget)),
            )
        })
    };
    view! {
        <section aria-labelledby="lifecycle" class="card">
            <h2 id="lifecycle">"Across the customer life cycle"</h2>
            <p class="why">"Where the team's flows and KPIs sit: winning new customers, or keeping and growing the ones you have. Places are suggested from each flow's name and KPIs until you set them."</p>
            <p>{summary}</p>
            {move || (v.with(|v| !v.rows.is_empty() && v.spends_nothing_on_expansion())).then(|| view! {
                <p class="banner warn" role="note"><strong>"Nothing is spent on expansion. "</strong>"No flow for existing customers has people or budget behind it, though growing them usually costs less than winning new ones."</p>
            })}
            {move || if v.with(|v| v.rows.is_empty()) {
                view! { <p>"Map flows in Stage 2 to see them here."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        <For each=move || v.with(|v| v.rows.iter().map(|r| r.flow).collect::<Vec<_>>()) key=|f| *f children=move |flow| view! { <LifecycleFlow flow=flow view=v /> } />
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn LifecycleFlow(
    flow: crate::domain::ids::FlowId,
    view: Memo<crate::domain::team::LifecycleView>,
) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| view.with(|v| v.rows.iter().find(|r| r.flow == flow).cloned()));
    let options = move || {
        let r = row.get();
        let first = match r.as_ref().filter(|r| r.suggested).and_then(|r| r.lifecycle) {
            Some(l) => format!("Suggested: {}", l.label()),
            None => "Not placed".to_string(),
        };
        let mut o = vec![(None, first)];
        o.extend(
            Lifecycle::ALL
                .into_iter()
                .map(|l| (Some(l), l.label().to_string())),
        );
        o
    };
    let value = move || {
        row.with(|r| {
            r.as_ref()
                .filter(|r| !r.suggested)
                .and_then(|r| r.lifecycle)
        })
    };
    let set = move |l: Option<Lifecycle>| app.dispatch(team(TeamEdit::SetLifecycle(flow, l)));
    let name = move || row.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    view! {
        <li class="pair lifecycle-row">
            <div>
                <strong>{name}</strong>
                <p class="meta">{move || row.with(|r| r.as_ref().map(|r| if r.kpis.is_empty() { "No KPIs yet".to_string() } else { format!("KPIs: {}", r.kpis.join(", ")) }).unwrap_or_default())}</p>
            </div>
            {move || view! { <SelectField label=format!("Life-cycle place of {}", name()) options=options() value=value on_change=set /> }}
        </li>
    }
}
