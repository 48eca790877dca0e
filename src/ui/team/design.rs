//! Today's people on roles, the roles the target stage needs, the Stage 2 flows nobody can
//! run, and the hire / train / outsource plan kept as Stage 3 budget lines.

use super::*;

/// A quarter key as people read it: `2027-Q1` → `Q1 2027`.
use crate::domain::format::quarter as quarter_label;

/// An amount in the model's currency.
fn money(app: crate::state::AppState, v: f64) -> String {
    let currency = app
        .with_doc(|d| d.operations.currency.clone())
        .unwrap_or_default();
    crate::domain::format::amount(v, &currency)
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
pub(super) fn TeamDesign() -> impl IntoView {
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
    // A name already on the list adds nobody; the form says so rather than do nothing.
    let add_person = move |name: String| {
        Msg::Team(TeamMsg::AddPerson {
            name,
            sub_function: None,
        })
    };
    let flows = Memo::new(move |_| app.with_doc(unrunnable_flows).unwrap_or_default());
    let totals = Memo::new(move |_| app.with_doc(plan_totals).unwrap_or_default());
    view! {
        <section aria-labelledby="people" class="card">
            <h2 id="people">"Today's team"</h2>
            <p class="why">"Everyone in marketing: the sub-function each person works in (the same list as Stage 2), and the share of their time on each marketing operations role (1 = full time)."</p>
            <AddForm label="Person's name" button="Add person" on_add=add_person />
            <ul class="plain-list">
                <For each=people key=|id| *id children=move |id| view! { <super::people::PersonCard id=id /> } />
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
                        <ul>{t.into_iter().map(|(q, v)| view! { <li>{format!("{}: {}", quarter_label(&q), money(app, v))}</li> }).collect_view()}</ul>
                        <p><strong>{format!("In total: {}", money(app, total))}</strong></p>
                    }.into_any()
                }
            }}
            <p class="no-print"><a href=move || format!("/model/{}/operations#rhythm", app.with_doc(|d| d.id.as_str().to_string()).unwrap_or_default())>"See the Stage 3 plan and budget"</a></p>
        </section>
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
                        .find(|(r, f)| *r == role && *f > 0.0)
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
            app.dispatch(Msg::Team(TeamMsg::Decide {
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
            <p class="meta">{move || format!("In the plan: {} in {}, {}.", decision.get().label(), quarter_label(&line.with(|b| b.quarter.clone())), money(app, line.with(|b| b.amount)))}</p>
            <div class="pair no-print">
                <SelectField label="Close the gap by" options=decision_options() value=move || decision.get() on_change=move |d| app.dispatch(Msg::Team(TeamMsg::SetDecision(id, d))) />
                {move || {
                    let options = crate::ui::operations::quarter_options_with(&line.with(|b| b.quarter.clone()));
                    view! { <SelectField label="Quarter" options=options value=move || line.with(|b| b.quarter.clone()) on_change=move |v| edit(BudgetEdit::Quarter(v)) /> }
                }}
                <NumberField label="Cost" value=move || Some(line.with(|b| b.amount)) on_input=set_cost />
            </div>
            <button type="button" class="quiet danger no-print" on:click=move |_| app.dispatch(Msg::Team(TeamMsg::RemovePlanLine(id)))>"Remove from the plan"</button>
        </div>
    }
}
