//! Diagnostics and the action plan: the method's questions rated now against ideal, every gap
//! the model reveals, and the actions made from them, ranked by impact over effort.

use super::widgets::{AddForm, CheckField, SelectField, TextField};
use crate::content::diagnostics::AREAS;
use crate::domain::dialogue::Priority;
use crate::domain::ids::ActionId;
use crate::domain::plan::{ranked, ActionEdit, PlanMsg as P};
use crate::domain::scorecard::Quarter;
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
    view! {
        <h1>"Diagnostics and action plan"</h1>
        <p class="lead">"Rate each part of the system as it is now and as it should be. Every gap, from here and from the rest of your model, can become an action with a hypothesis, an owner and a quarter."</p>
        <Questions />
        <Gaps />
        <Plan />
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
    view! {
        <section aria-labelledby="diagnostics">
            <h2 id="diagnostics">"Diagnostic questions"</h2>
            <p class="why">"1 is poor, 5 is excellent. A question whose ideal is above where you are now becomes a gap below."</p>
            {AREAS.iter().map(|(area, questions)| view! {
                <fieldset class="card">
                    <legend>{*area}</legend>
                    {questions.iter().map(|(key, q)| {
                        let key = *key;
                        view! {
                            <div class="diag" role="group" aria-label=*q>
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
                </fieldset>
            }).collect_view()}
        </section>
    }
}

#[component]
fn Gaps() -> impl IntoView {
    let app = use_app();
    let gaps = Memo::new(move |_| app.with_doc(|d| d.gaps(now())).unwrap_or_default());
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
    view! {
        <section aria-labelledby="gaps">
            <h2 id="gaps">"Gaps the model reveals"</h2>
            <Show when=move || gaps.with(|g| !g.is_empty()) fallback=|| view! { <p>"No gaps yet: rate the questions above, or fill in more of the model."</p> }>
                <ul class="plain-list gap-list">
                    {move || gaps.get().into_iter().map(|g| {
                        let planned = sources.with(|s| s.contains(&g.key));
                        let href = format!("{}/{}", base(), g.link);
                        let label = format!("Make an action of: {}", g.text);
                        let (title, hypothesis, source) = (g.text.clone(), g.hypothesis.clone(), g.key.clone());
                        view! {
                            <li class="card">
                                <span class="tag">{g.area}</span>" "{g.text.clone()}" "
                                <a href=href>"Go there"</a>" "
                                {if planned {
                                    view! { <span class="meta">"In the plan"</span> }.into_any()
                                } else {
                                    view! {
                                        <button type="button" aria-label=label on:click=move |_| app.dispatch(Msg::Plan(P::AddAction {
                                            title: title.clone(), hypothesis: hypothesis.clone(), source: source.clone(), quarter: Quarter::of(now()).key(),
                                        }))>"Make it an action"</button>
                                    }.into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

#[component]
fn Plan() -> impl IntoView {
    let app = use_app();
    let order = move || {
        app.with_doc(|d| {
            ranked(&d.diagnostics.actions)
                .into_iter()
                .map(|a| a.id)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let csv = move |_| {
        app.doc_untracked(|d| {
            let name = crate::persist::export_file_name(d, now())
                .replace("-marketing-os-", "-action-plan-")
                .replace(".json", ".csv");
            let _ = crate::web::file::download(&name, "text/csv", &d.actions_csv());
        });
    };
    view! {
        <section aria-labelledby="plan">
            <h2 id="plan">"Action plan"</h2>
            <p class="why">"Ranked by impact over effort: quick wins first, done actions last."</p>
            <AddForm label="New action" button="Add action" on_add=move |t| app.dispatch(Msg::Plan(P::AddAction {
                title: t, hypothesis: String::new(), source: String::new(), quarter: Quarter::of(now()).key(),
            })) />
            <ol class="plain-list action-list">
                <For each=order key=|id| *id children=move |id| view! { <ActionCard id=id /> } />
            </ol>
            <Show when=move || !order().is_empty()>
                <button type="button" on:click=csv>"Download the plan (CSV)"</button>
            </Show>
        </section>
    }
}

#[component]
fn ActionCard(id: ActionId) -> impl IntoView {
    let app = use_app();
    let a = Memo::new(move |_| {
        app.with_doc(|d| d.diagnostics.actions.iter().find(|a| a.id == id).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let edit = move |e: ActionEdit| app.dispatch(Msg::Plan(P::EditAction(id, e)));
    view! {
        <li><div class="card action" role="group" aria-label=move || format!("Action: {}", a.with(|a| a.title.clone()))>
            <TextField label="Action" value=move || a.with(|a| a.title.clone()) on_input=move |v| edit(ActionEdit::Title(v)) />
            <TextField label="Hypothesis" value=move || a.with(|a| a.hypothesis.clone()) on_input=move |v| edit(ActionEdit::Hypothesis(v)) />
            <div class="pair">
                <SelectField label="Impact" options=priorities() value=move || a.with(|a| a.impact) on_change=move |v| edit(ActionEdit::Impact(v)) />
                <SelectField label="Effort" options=priorities() value=move || a.with(|a| a.effort) on_change=move |v| edit(ActionEdit::Effort(v)) />
                <TextField label="Owner" value=move || a.with(|a| a.owner.clone()) on_input=move |v| edit(ActionEdit::Owner(v)) />
                {move || {
                    let mut options = quarters();
                    let current = a.with(|a| a.quarter.clone());
                    if !options.iter().any(|(k, _)| *k == current) {
                        options.push((current.clone(), current));
                    }
                    view! { <SelectField label="Quarter" options=options value=move || a.with(|a| a.quarter.clone()) on_change=move |v| edit(ActionEdit::Quarter(v)) /> }
                }}
            </div>
            <CheckField label="Done" checked=move || a.with(|a| a.done) on_change=move |v| edit(ActionEdit::Done(v)) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Plan(P::RemoveAction(id)))>"Remove action"</button>
        </div></li>
    }
}
