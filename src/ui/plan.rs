//! Every gap in the model, grouped and ranked by one stated rule; the action plan made from
//! them, in the order the user keeps (sorting is a button, never a side effect of an edit);
//! and the method's diagnostic questions rated now against ideal.

use super::widgets::{AddForm, SelectField, TextArea, TextField, NAMES_LIST};
use crate::content::diagnostics::AREAS;
use crate::content::gaps::{area_label, severity_label, RANKING_RULE};
use crate::domain::dialogue::Priority;
use crate::domain::gaps::{GapArea, Severity};
use crate::domain::ids::ActionId;
use crate::domain::plan::{ActionEdit, PlanMsg as P};
use crate::domain::scorecard::Quarter;
use crate::domain::target::Target;
use crate::domain::Msg;
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;

fn scale() -> Vec<(Option<u8>, String)> {
    std::iter::once((None, "—".to_string()))
        .chain((1..=5).map(|v| (Some(v), v.to_string())))
        .collect()
}

fn priorities() -> Vec<(Priority, String)> {
    [
        (Priority::Unset, "Not rated"),
        (Priority::High, "High"),
        (Priority::Medium, "Medium"),
        (Priority::Low, "Low"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

fn quarters() -> Vec<(String, String)> {
    let q = Quarter::of(now());
    let mut list = vec![(String::new(), "No quarter".to_string())];
    let mut x = q;
    for _ in 0..5 {
        list.push((x.key(), x.label()));
        x = x.next();
    }
    list
}

/// The diagnostics and action-plan page.
#[component]
pub fn PlanPage() -> impl IntoView {
    let app = use_app();
    // The diagnostic questions look across the whole system (market, loops, flows): an
    // invitation to the assessment alone does not ask for them.
    let assessment_only = app
        .with_doc(|d| {
            d.invitation
                .as_ref()
                .is_some_and(|i| i.modules == crate::domain::invitation::Modules::Assessment)
        })
        .unwrap_or(false);
    let lead = if assessment_only {
        "Every gap your maturity assessment and its health checks show, in one list. Make the ones that matter into actions with an owner and a quarter."
    } else {
        "Every gap your model shows, from all three stages and the assessment, in one list. Make the ones that matter into actions with an owner and a quarter; the diagnostic questions at the end find the gaps the rest of the model cannot see."
    };
    view! {
        <h1>"Gaps and action plan"</h1>
        <p class="lead">{lead}</p>
        <Gaps />
        <Plan />
        {(!assessment_only).then(|| view! { <Questions /> })}
    }
}

#[component]
fn Questions() -> impl IntoView {
    let app = use_app();
    let rating = move |q: &'static str| {
        app.with_doc(|d| {
            d.diagnostics
                .ratings
                .iter()
                .find(|r| r.question == q)
                .cloned()
        })
        .flatten()
        .unwrap_or_default()
    };
    let hash = leptos_router::hooks::use_location().hash;
    view! {
        <section aria-labelledby="diagnostics">
            <h2 id="diagnostics">"Diagnostic questions"</h2>
            <p class="why">"Rate each part of the system as it is now and as it should be: 1 is poor, 5 is excellent. A question whose ideal is above where you are now joins the gap list."</p>
            {AREAS.iter().map(|(area, questions)| {
                let keys: Vec<&'static str> = questions.iter().map(|(k, _)| *k).collect();
                let keys2 = keys.clone();
                let rated = move || keys.iter().filter(|k| { let r = rating(k); r.current.is_some() && r.ideal.is_some() }).count();
                let total = questions.len();
                // Open by itself when a gap's link points at one of its questions.
                let targeted = move || {
                    let h = hash.get();
                    keys2.iter().any(|k| crate::ui::target::anchor(&Target::Question(k.to_string())).is_some_and(|a| h == format!("#{a}")))
                };
                view! {
                    <details class="card section" prop:open=targeted>
                        <summary>
                            <span class="section-title">{*area}</span>
                            <span class="section-count">{move || format!(" · {total} questions, {} rated", rated())}</span>
                        </summary>
                        {questions.iter().map(|(key, q)| {
                            let key = *key;
                            view! {
                                <div class="diag" role="group" aria-label=*q id=crate::ui::target::anchor(&Target::Question(key.to_string()))>
                                    <p class="diag-q">{*q}</p>
                                    <div class="pair">
                                        <SelectField label="Now" options=scale() value=move || rating(key).current
                                            on_change=move |v| app.dispatch(Msg::Plan(P::Rate { question: key.into(), ideal: false, value: v })) />
                                        <SelectField label="Ideal" options=scale() value=move || rating(key).ideal
                                            on_change=move |v| app.dispatch(Msg::Plan(P::Rate { question: key.into(), ideal: true, value: v })) />
                                    </div>
                                    <TextField label="Note" value=move || rating(key).note on_input=move |v| app.dispatch(Msg::Plan(P::Note(key.into(), v))) />
                                </div>
                            }
                        }).collect_view()}
                    </details>
                }
            }).collect_view()}
        </section>
    }
}

fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::High => "tag sev-high",
        Severity::Medium => "tag sev-medium",
        Severity::Low => "tag sev-low",
    }
}

#[component]
fn Gaps() -> impl IntoView {
    let app = use_app();
    // Each gap with whether its page is one of the model's (an invited model has only some).
    let gaps = Memo::new(move |_| {
        app.with_doc(|d| {
            crate::content::report::invited_gaps(d, now())
                .into_iter()
                .map(|g| {
                    let go = crate::content::report::offered(d, g.target.part());
                    (g, go)
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let sources = Memo::new(move |_| {
        app.with_doc(|d| {
            d.diagnostics
                .actions
                .iter()
                .map(|a| a.source.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let base = move || {
        app.with_doc(|d| format!("/model/{}", d.id.as_str()))
            .unwrap_or_default()
    };
    let summary = move || {
        gaps.with(|g| {
            let n = |s: Severity| g.iter().filter(|(x, _)| x.severity == s).count();
            match g.len() {
                0 => "No gaps yet.".to_string(),
                total => format!(
                    "{} in all: {} high, {} medium, {} low.",
                    if total == 1 {
                        "1 gap".to_string()
                    } else {
                        format!("{total} gaps")
                    },
                    n(Severity::High),
                    n(Severity::Medium),
                    n(Severity::Low)
                ),
            }
        })
    };
    view! {
        <section aria-labelledby="gaps">
            <h2 id="gaps">"Every gap in your model"</h2>
            <p class="gap-summary"><strong>{summary}</strong></p>
            <p class="why">{RANKING_RULE}</p>
            <Show when=move || gaps.with(|g| !g.is_empty()) fallback=|| view! { <p>"Fill in the stages and the assessment, or rate the diagnostic questions below: every gap they show lands here."</p> }>
                {move || GapArea::ALL.into_iter().filter_map(|area| {
                    let list: Vec<_> = gaps.with(|g| g.iter().filter(|(x, _)| x.area == area).cloned().collect());
                    if list.is_empty() {
                        return None;
                    }
                    let heading = format!("gaps-{area:?}");
                    let labelled = heading.clone();
                    Some(view! {
                        <section class="gap-area" aria-labelledby=labelled>
                            <h3 id=heading>{format!("{} · {}", area_label(area), list.len())}</h3>
                            <ol class="plain-list gap-list">
                                {list.into_iter().map(|(g, go)| {
                                    let planned = sources.with(|s| s.contains(&g.key));
                                    let href = crate::ui::target::href(&base(), &g.target);
                                    let label = format!("Make an action of: {}", g.title);
                                    let (title, hypothesis, source) = (g.title.clone(), g.hypothesis.clone(), g.key.clone());
                                    view! {
                                        <li class="gap-item">
                                            <span class=severity_class(g.severity)>{severity_label(g.severity)}</span>
                                            <span class="gap-text"><strong>{g.title.clone()}</strong><span class="gap-why">{g.why.clone()}</span></span>
                                            <span class="gap-do">
                                                {go.then(|| view! { <a href=href>"Go there"</a> })}
                                                {if planned {
                                                    view! { <span class="meta">"In the plan"</span> }.into_any()
                                                } else {
                                                    view! {
                                                        <button type="button" aria-label=label on:click=move |_| app.dispatch(Msg::Plan(P::AddAction {
                                                            title: title.clone(), hypothesis: hypothesis.clone(), source: source.clone(), quarter: Quarter::of(now()).key(),
                                                        }))>"Make it an action"</button>
                                                    }.into_any()
                                                }}
                                            </span>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        </section>
                    })
                }).collect_view()}
            </Show>
        </section>
    }
}

#[component]
fn Plan() -> impl IntoView {
    let app = use_app();
    let order = Memo::new(move |_| {
        app.with_doc(|d| {
            d.diagnostics
                .actions
                .iter()
                .map(|a| a.id)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let csv = move |_| {
        app.doc_untracked(|d| {
            let plan = crate::persist::Download::ActionPlanCsv;
            let _ = crate::web::file::download_as(&d.company, plan, &d.actions_csv());
        });
    };
    view! {
        <section aria-labelledby="plan">
            <h2 id="plan">"Action plan"</h2>
            <p class="why">"Actions stay where you put them while you edit. “Sort by impact over effort” puts quick wins first and done actions last."</p>
            <Show when=move || order.with(|o| o.len() > 1)>
                <p><button type="button" on:click=move |_| app.dispatch(Msg::Plan(P::SortActions))>"Sort by impact over effort"</button></p>
            </Show>
            <Show when=move || order.with(|o| !o.is_empty())>
                <div class="table-scroll" role="region" aria-label="Actions" tabindex="0">
                    <table class="entry card-rows action-table">
                        <thead><tr>
                            <th scope="col">"Action"</th>
                            <th scope="col">"Impact"</th>
                            <th scope="col">"Effort"</th>
                            <th scope="col">"Owner"</th>
                            <th scope="col">"Quarter"</th>
                            <th scope="col">"Done"</th>
                            <th scope="col"><span class="visually-hidden">"More"</span></th>
                        </tr></thead>
                        <For each=move || order.get() key=|id| *id children=move |id| view! { <ActionRow id=id /> } />
                    </table>
                </div>
            </Show>
            <AddForm label="New action" button="Add action" on_add=move |t| Msg::Plan(P::AddAction {
                title: t, hypothesis: String::new(), source: String::new(), quarter: Quarter::of(now()).key(),
            }) />
            <Show when=move || order.with(|o| !o.is_empty())>
                <button type="button" on:click=csv>"Download the plan (CSV)"</button>
            </Show>
        </section>
    }
}

/// A select in a table cell, named by its row and column.
fn cell_select<T: Clone + PartialEq + Send + Sync + 'static>(
    label: Signal<String>,
    options: Vec<(T, String)>,
    value: Signal<T>,
    on_change: Callback<T>,
) -> impl IntoView {
    let values: Vec<T> = options.iter().map(|(v, _)| v.clone()).collect();
    view! {
        <select aria-label=label on:change=move |ev| {
            if let Some(v) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| values.get(i)) {
                on_change.run(v.clone());
            }
        }>
            {options.into_iter().enumerate().map(|(i, (v, l))| view! {
                <option value=i.to_string() selected=move || value.with(|c| *c == v)>{l}</option>
            }).collect_view()}
        </select>
    }
}

/// One action on one line; its hypothesis and removal open on demand.
#[component]
fn ActionRow(id: ActionId) -> impl IntoView {
    let app = use_app();
    let a = Memo::new(move |_| {
        app.with_doc(|d| d.diagnostics.actions.iter().find(|a| a.id == id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let name = move || {
        let t = a.with(|a| a.title.trim().to_string());
        if t.is_empty() {
            "Untitled action".to_string()
        } else {
            t
        }
    };
    let open = RwSignal::new(false);
    let edit = move |e: ActionEdit| app.dispatch(Msg::Plan(P::EditAction(id, e)));
    view! {
        <tbody id=format!("action-{}", id.0) role="group" aria-label=move || format!("Action: {}", name())>
            <tr>
                <td data-label="Action"><input type="text" aria-label=move || format!("{}: action", name()) prop:value=move || a.with(|a| a.title.clone())
                    on:input=move |ev| edit(ActionEdit::Title(event_target_value(&ev))) on:blur=move |_| app.seal() /></td>
                <td data-label="Impact">{cell_select(Signal::derive(move || format!("{}: impact", name())), priorities(), Signal::derive(move || a.with(|a| a.impact)), Callback::new(move |v| edit(ActionEdit::Impact(v))))}</td>
                <td data-label="Effort">{cell_select(Signal::derive(move || format!("{}: effort", name())), priorities(), Signal::derive(move || a.with(|a| a.effort)), Callback::new(move |v| edit(ActionEdit::Effort(v))))}</td>
                <td data-label="Owner"><input type="text" list=NAMES_LIST autocomplete="off" aria-label=move || format!("{}: owner", name()) prop:value=move || a.with(|a| a.owner.clone())
                    on:input=move |ev| edit(ActionEdit::Owner(event_target_value(&ev))) on:blur=move |_| app.seal() /></td>
                <td data-label="Quarter">{move || {
                    let mut options = quarters();
                    let current = a.with_untracked(|a| a.quarter.clone());
                    if !options.iter().any(|(k, _)| *k == current) {
                        options.push((current.clone(), current));
                    }
                    cell_select(Signal::derive(move || format!("{}: quarter", name())), options, Signal::derive(move || a.with(|a| a.quarter.clone())), Callback::new(move |v| edit(ActionEdit::Quarter(v))))
                }}</td>
                <td data-label="Done" class="done-cell"><input type="checkbox" aria-label=move || format!("{}: done", name()) prop:checked=move || a.with(|a| a.done)
                    on:change=move |ev| edit(ActionEdit::Done(event_target_checked(&ev))) /></td>
                <td class="row-actions">
                    <button type="button" aria-expanded=move || open.get().to_string() aria-label=move || format!("More about {}", name())
                        on:click=move |_| open.update(|o| *o = !*o)>{move || if open.get() { "Less" } else { "More" }}</button>
                </td>
            </tr>
            <Show when=move || open.get()>
                <tr class="flow-more"><td colspan="7">
                    <TextArea label="Hypothesis" hint="If we do this, what changes, and how will we know?" value=move || a.with(|a| a.hypothesis.clone()) on_input=move |v| edit(ActionEdit::Hypothesis(v)) />
                    <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Plan(P::RemoveAction(id)))>{move || format!("Remove {}", name())}</button>
                </td></tr>
            </Show>
        </tbody>
    }
}
