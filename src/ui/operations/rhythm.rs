//! The running rhythm: the KPI short list, where the dashboard lives, the reviews, the plan and
//! budget per quarter, and the weekly scorecard inside the quarter.

use crate::content::operations::per_period;
use crate::domain::format::{
    amount as fmt_amount, number as fmt_number, quarter as fmt_quarter, rounded as fmt_rounded,
};
use crate::domain::ids::{KpiId, OpsId};
use crate::domain::mapping::Period;
use crate::domain::operations::Accrual;
use crate::domain::operations_msg::{BudgetEdit, OpsMsg as O, TrackedEdit};
use crate::domain::scorecard::{improving, scorecard, Quarter, ScoreRow, Status, Trend};
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{CheckField, NumberField, SelectField, TextField};
use crate::web::clock::now;
use leptos::prelude::*;

fn period_options() -> Vec<(Period, String)> {
    [
        (Period::Weekly, "A week"),
        (Period::Monthly, "A month"),
        (Period::Quarterly, "A quarter"),
        (Period::Yearly, "A year"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

fn accrual_options() -> Vec<(Accrual, String)> {
    [
        (
            Accrual::Total,
            "Add up to the target (a count or an amount)",
        ),
        (
            Accrual::Rate,
            "Each meet the target (a rate or a cost per lead)",
        ),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

/// Where the dashboard lives, and the plan and budget (the short list and the reviews are
/// among the stage's essentials).
#[component]
pub fn Rhythm() -> impl IntoView {
    let app = use_app();
    let tracked = move || {
        app.with_doc(|d| d.operations.kpis.iter().map(|k| k.kpi).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="rhythm">
            <h2 id="rhythm">"Dashboard, plan and budget"</h2>
            <p class="why">"The rest of the running rhythm: a dashboard that shows the short list against plan, and a quarterly plan and budget the dashboard is measured against. The same metrics and targets run through all of them."</p>
            <TextField
                label="Where the dashboard lives"
                placeholder="e.g. Looker, Marketing weekly"
                value=move || app.with_doc(|d| d.operations.dashboard.clone()).unwrap_or_default()
                on_input=move |v| app.dispatch(Msg::Ops(O::SetDashboard(v)))
            />
            <h3>"The short list's cadence"</h3>
            <div class="card-grid">
                <For each=tracked key=|k| *k children=move |k| view! { <TrackedCard kpi=k /> } />
            </div>
            <Budget />
        </section>
    }
}

/// A short-listed KPI's cadence and direction (its owner and target are in the essentials).
#[component]
fn TrackedCard(kpi: KpiId) -> impl IntoView {
    let app = use_app();
    let t = Memo::new(move |_| {
        app.with_doc(|d| d.operations.tracked(kpi).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let name = Memo::new(move |_| {
        app.with_doc(|d| {
            d.mapping.flows.iter().find_map(|f| {
                f.kpis
                    .iter()
                    .find(|k| k.id == kpi)
                    .map(|k| (k.metric.trim().to_string(), f.name.trim().to_string()))
            })
        })
        .flatten()
        .unwrap_or_default()
    });
    let edit = move |e: TrackedEdit| app.dispatch(Msg::Ops(O::EditTracked(kpi, e)));
    let title = move || {
        name.with(|(m, _)| {
            if m.is_empty() {
                "Unnamed KPI".to_string()
            } else {
                m.clone()
            }
        })
    };
    view! {
        <fieldset class="card">
            <legend>{title}</legend>
            <p class="meta">{move || name.with(|(_, f)| format!("From the flow “{f}”"))}</p>
            <SelectField label="The target is for" options=period_options() value=move || t.with(|t| t.cadence) on_change=move |v| edit(TrackedEdit::Cadence(v)) />
            <SelectField label="Its weeks" options=accrual_options() value=move || t.with(|t| t.accrual) on_change=move |v| edit(TrackedEdit::Accrual(v)) />
            <CheckField label="Lower is better (a cost or a cycle time)" checked=move || t.with(|t| t.lower_is_better) on_change=move |v| edit(TrackedEdit::LowerIsBetter(v)) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Ops(O::UntrackKpi(kpi)))>"Take off the short list"</button>
        </fieldset>
    }
}

/// The quarters a budget line can be for: this one, the last, and the next three.
pub(crate) fn quarter_options() -> Vec<(String, String)> {
    let q = Quarter::of(now());
    let mut list = vec![
        q.previous(),
        q,
        q.next(),
        q.next().next(),
        q.next().next().next(),
    ];
    list.dedup();
    list.into_iter().map(|q| (q.key(), q.label())).collect()
}

/// [`quarter_options`], with `current` first when it is not among them (an older line's).
pub(crate) fn quarter_options_with(current: &str) -> Vec<(String, String)> {
    let mut options = quarter_options();
    if !options.iter().any(|(k, _)| k == current) {
        options.insert(0, (current.to_string(), current.to_string()));
    }
    options
}

/// The plan and budget per sub-function or program, per quarter.
#[component]
fn Budget() -> impl IntoView {
    let app = use_app();
    let lines = move || {
        app.with_doc(|d| d.operations.budget.iter().map(|b| b.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let subjects = Memo::new(move |_| {
        let mut o = vec![(None, "Choose a sub-function or program…".to_string())];
        app.with_doc(|d| {
            o.extend(
                d.mapping
                    .sub_functions
                    .iter()
                    .map(|s| (Some(s.name.clone()), s.name.clone())),
            );
            o.extend(
                d.dialogue
                    .constituents
                    .iter()
                    .flat_map(|c| &c.programs)
                    .map(|p| (Some(p.name.clone()), format!("Program: {}", p.name))),
            );
        });
        o
    });
    let none = || None::<String>;
    let add = move |s: Option<String>| {
        if let Some(subject) = s {
            app.dispatch(Msg::Ops(O::AddBudgetLine {
                subject,
                quarter: Quarter::of(now()).key(),
            }));
        }
    };
    let totals = move || {
        app.with_doc(|d| crate::domain::operations::totals_by_quarter(d.operations.budget.iter()))
            .unwrap_or_default()
    };
    view! {
        <h3>"Plan and budget"</h3>
        <div class="narrow">
            <TextField label="Currency" hint="A sign or a code, for the amounts below" placeholder="e.g. €, $, £, CHF"
                value=move || app.with_doc(|d| d.operations.currency.clone()).unwrap_or_default()
                on_input=move |v| app.dispatch(Msg::Ops(O::SetCurrency(v))) />
        </div>
        <div class="inline-form">
            {move || view! { <SelectField label="Add a budget line for" options=subjects.get() value=none on_change=add /> }}
        </div>
        <ul class="plain-list">
            <For each=lines key=|id| *id children=move |id| view! { <BudgetLineView id=id /> } />
        </ul>
        <p class="meta">{move || {
            let currency = app.with_doc(|d| d.operations.currency.clone()).unwrap_or_default();
            totals().into_iter().map(|(q, sum)| format!("{}: {} in total", fmt_quarter(&q), fmt_amount(sum, &currency))).collect::<Vec<_>>().join(" · ")
        }}</p>
    }
}

#[component]
fn BudgetLineView(id: OpsId) -> impl IntoView {
    let app = use_app();
    let line = Memo::new(move |_| {
        app.with_doc(|d| d.operations.budget.iter().find(|b| b.id == id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let edit = move |e: BudgetEdit| app.dispatch(Msg::Ops(O::EditBudget(id, e)));
    let subject = move || line.with(|b| b.subject.clone());
    let amount = move |v: Option<f64>| edit(BudgetEdit::Amount(v.unwrap_or(0.0)));
    view! {
        <li><div class="card budget-line" role="group" aria-label=move || format!("Budget for {}", subject())>
            <div class="pair">
                <TextField label="For" value=subject on_input=move |v| edit(BudgetEdit::Subject(v)) />
                {move || {
                    let options = quarter_options_with(&line.with(|b| b.quarter.clone()));
                    view! { <SelectField label="Quarter" options=options value=move || line.with(|b| b.quarter.clone()) on_change=move |v| edit(BudgetEdit::Quarter(v)) /> }
                }}
                <NumberField label="Amount" value=move || Some(line.with(|b| b.amount)) on_input=amount />
            </div>
            <TextField label="Plan" placeholder="What the money is for" value=move || line.with(|b| b.plan.clone()) on_input=move |v| edit(BudgetEdit::Plan(v)) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Ops(O::RemoveBudgetLine(id)))>"Remove line"</button>
        </div></li>
    }
}

fn status_text(s: Status) -> (&'static str, &'static str) {
    let class = match s {
        Status::NoData | Status::NoTarget => "status-none",
        Status::OnTrack => "status-on",
        Status::AtRisk => "status-risk",
        Status::OffTrack => "status-off",
    };
    (crate::content::operations::status_label(s), class)
}

fn trend_text(t: Trend, lower_is_better: bool) -> String {
    let arrow = match t {
        Trend::Up => "↑ up",
        Trend::Down => "↓ down",
        Trend::Flat => "→ flat",
        Trend::NotEnoughData => return "—".into(),
    };
    match improving(t, lower_is_better) {
        Some(true) => format!("{arrow}, improving"),
        Some(false) => format!("{arrow}, worsening"),
        None => arrow.into(),
    }
}

/// A target as it reads: "≥ 1,300 MQLs a quarter".
fn target_text(r: &ScoreRow) -> String {
    match r.target {
        Some(t) => {
            let sign = if r.lower_is_better { "≤" } else { "≥" };
            let unit = r.unit.trim();
            let unit = if unit.is_empty() {
                String::new()
            } else {
                format!(" {unit}")
            };
            format!("{sign} {}{unit} {}", fmt_number(t), per_period(r.cadence))
        }
        None => "—".into(),
    }
}

/// What one week is judged against, when that differs from the target as set.
fn week_text(r: &ScoreRow) -> Option<String> {
    let w = r.week_target?;
    (r.cadence != Period::Weekly && r.accrual == Accrual::Total)
        .then(|| format!("{} a week", fmt_rounded(w, 1)))
}

fn status_chip(s: Status) -> impl IntoView {
    let (t, c) = status_text(s);
    view! { <span class=format!("status {c}")>{t}</span> }
}

/// Actuals per week of a quarter against target, with status and trend per KPI.
#[component]
pub fn Scorecard() -> impl IntoView {
    let app = use_app();
    let quarter = RwSignal::new(Quarter::of(now()));
    let weeks = Memo::new(move |_| quarter.get().weeks());
    let rows = Memo::new(move |_| {
        let q = quarter.get();
        app.with_doc(|d| scorecard(d, q)).unwrap_or_default()
    });
    let ids = move || rows.with(|r| r.iter().map(|r| r.kpi).collect::<Vec<_>>());
    view! {
        <section aria-labelledby="scorecard">
            <h2 id="scorecard">"Weekly scorecard"</h2>
            <p class="why">"Work on the right things inside a quarter, and look at the same few numbers every week: what is on track, what is not, and which way each is heading."</p>
            <p class="meta">"Each week is judged against a week’s worth of its target: a quarter’s target is shared out over the quarter’s weeks, a month’s over four and a third. A rate or a cost per lead is held to its target every week. The quarter to date adds up the weeks so far (a rate is averaged)."</p>
            <div class="quarter-nav no-print" role="group" aria-label="Quarter">
                <button type="button" on:click=move |_| quarter.update(|q| *q = q.previous())>"Previous quarter"</button>
                <strong aria-live="polite">{move || quarter.get().label()}</strong>
                <button type="button" on:click=move |_| quarter.update(|q| *q = q.next())>"Next quarter"</button>
            </div>
            <Show when=move || rows.with(|r| !r.is_empty()) fallback=|| view! { <p>"Pick a KPI short list above; each KPI gets a line here."</p> }>
                <div class="table-scroll" role="region" aria-label="Scorecard, scrolls sideways" tabindex="0">
                    <table class="scorecard">
                        <caption>{move || format!("Scorecard for {}", quarter.get().label())}</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="sticky-col">"KPI"</th>
                                <th scope="col">"Target"</th>
                                <th scope="col">"Latest week"</th>
                                <th scope="col">"Quarter to date"</th>
                                <th scope="col">"Trend"</th>
                                {move || weeks.get().into_iter().map(|w| view! { <th scope="col" title=w.key()>{w.label()}</th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            <For each=ids key=|k| *k children=move |kpi| {
                                let row = Memo::new(move |_| rows.with(|r| r.iter().find(|x| x.kpi == kpi).cloned()).unwrap_or_else(|| scorecard_blank(kpi)));
                                view! {
                                    <tr>
                                        <th scope="row" class="sticky-col">{move || row.with(|r| r.metric.clone())}<span class="meta">{move || row.with(|r| if r.owner.trim().is_empty() { String::new() } else { format!(" · {}", r.owner.trim()) })}</span></th>
                                        <td>{move || row.with(target_text)}{move || row.with(week_text).map(|w| view! { <span class="meta block">{w}</span> })}</td>
                                        <td>{move || status_chip(row.with(|r| r.status))}</td>
                                        <td>{move || row.with(|r| r.to_date).map(|t| {
                                            let figure = match t.target {
                                                Some(target) => format!("{} of {}", fmt_rounded(t.actual, 2), fmt_rounded(target, 1)),
                                                None => fmt_rounded(t.actual, 2),
                                            };
                                            let weeks = if t.weeks == 1 { "1 week".to_string() } else { format!("{} weeks", t.weeks) };
                                            view! { {figure}<span class="meta block">{weeks}</span>{status_chip(t.status)} }.into_any()
                                        }).unwrap_or_else(|| status_chip(Status::NoData).into_any())}</td>
                                        <td>{move || row.with(|r| trend_text(r.trend, r.lower_is_better))}</td>
                                        {move || weeks.get().into_iter().enumerate().map(|(i, w)| {
                                            let key = w.key();
                                            let label = format!("{}, week of {}", row.with_untracked(|r| r.metric.clone()), w.label());
                                            view! {
                                                <td class="week">
                                                    <NumberField label=label compact=true
                                                        value=move || row.with(|r| r.weeks.get(i).copied().flatten())
                                                        on_input=move |v| app.dispatch(Msg::Ops(O::SetActual(kpi, key.clone(), v))) />
                                                </td>
                                            }
                                        }).collect_view()}
                                    </tr>
                                }
                            } />
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

fn scorecard_blank(kpi: KpiId) -> ScoreRow {
    ScoreRow {
        kpi,
        metric: String::new(),
        flow: String::new(),
        unit: String::new(),
        owner: String::new(),
        target: None,
        cadence: Period::Quarterly,
        accrual: Accrual::Total,
        week_target: None,
        lower_is_better: false,
        weeks: Vec::new(),
        status: Status::NoData,
        to_date: None,
        trend: Trend::NotEnoughData,
    }
}
