//! The maturity self-assessment: a stage per dimension (with evidence for high claims), the
//! basic capabilities and strategic drivers, health checks prefilled from the model, and the
//! result with its radar, next steps and earlier results.

use super::widgets::{CheckField, SelectField, TextArea};
use crate::content::assessment::{
    statement, CAPABILITIES, COMPONENTS, DRIVERS, FITNESS, SIGNS, SIGNS_ALARM,
};
use crate::content::dimension_label;
use crate::domain::assessment::{Confidence, Dimension, HealthState, MaturityStage};
use crate::domain::mapping::Presence;
use crate::domain::maturity::{component, fitness, rhythm};
use crate::domain::msg::AssessMsg as A;
use crate::domain::progress::{part_progress, Part};
use crate::domain::target::Target;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::stage::{GoDeeper, StageChecklist, StageTime};
use crate::web::clock::now;
use leptos::prelude::*;

mod results;
pub(crate) use results::radar;
use results::Results;

/// The assessment page (also served on its own at `/assess/<model>`).
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let app = use_app();
    let progress = Memo::new(move |_| {
        app.with_doc(|d| {
            let p = part_progress(d, Part::Assessment);
            (p.done(), p.checks.len())
        })
        .unwrap_or((0, 1))
    });
    let bare = leptos_router::hooks::use_location()
        .pathname
        .get_untracked()
        .starts_with("/assess/");
    view! {
        <h1>"Maturity assessment"</h1>
        <p class="lead">
            "Marketing operations grow through five stages: Unaware, Efficient, Effective, "
            "Customer-Centric and Next Generation. "
            {if app.received() {
                "These are the client's answers as they sent them. A claim of Effective or above with no evidence counts one stage lower in the result."
            } else {
                "For each area, pick the description that fits your team today. Most teams rate themselves higher than the evidence shows, so any claim of Effective or above asks what backs it up."
            }}
        </p>
        // A client's reply as received is read, not filled in: no time estimate, no other
        // way through it. An invited prospect is offered only the parts they were invited to.
        <Show when=move || !app.received()>
            <StageTime part=Part::Assessment />
            <p class="no-print">{move || {
                let (id, whole) = app
                    .with_doc(|d| (d.id.as_str().to_string(), crate::content::report::offered(d, Some(crate::domain::progress::Part::Dialogue))))
                    .unwrap_or_default();
                if leptos_router::hooks::use_location().pathname.get().starts_with("/assess/") {
                    whole.then(|| view! { <a href=format!("/model/{id}/dialogue")>"See the whole model"</a> }.into_any())
                } else {
                    Some(view! { "Only here for the assessment? "<a href=format!("/assess/{id}")>"Take it on a page of its own"</a>"." }.into_any())
                }
            }}</p>
        </Show>
        <div class="card assess-progress">
            <label for="assess-progress">{move || { let (done, total) = progress.get(); format!("{done} of {total} essentials done") }}</label>
            <progress id="assess-progress" max=move || progress.get().1 value=move || progress.get().0></progress>
        </div>
        <nav aria-label="Assessment sections" class="toc no-print">
            <ul>
                <li><a href="#dimensions">"Stages by area"</a></li>
                <li><a href="#health">"Health checks"</a></li>
                <li><a href="#capabilities">"Capabilities and drivers"</a></li>
                <li><a href="#result">"Your result"</a></li>
            </ul>
        </nav>
        <section aria-labelledby="dimensions">
            <h2 id="dimensions">"Stages by area"</h2>
            {Dimension::ALL.into_iter().map(|d| view! { <DimensionQuestion dimension=d /> }).collect_view()}
        </section>
        <HealthChecks />
        <GoDeeper part=Part::Assessment anchors=&["capabilities", "drivers"]>
            <Capabilities />
        </GoDeeper>
        <Results />
        <StageChecklist part=Part::Assessment bare=bare />
    }
}

fn presence_options(unset: &str) -> Vec<(Presence, String)> {
    [
        (Presence::Unset, unset),
        (Presence::Yes, "Yes"),
        (Presence::Partly, "Partly"),
        (Presence::No, "No"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

/// One dimension: five described stages to choose from, "between", and evidence for claims of
/// Effective or above.
#[component]
fn DimensionQuestion(dimension: Dimension) -> impl IntoView {
    let app = use_app();
    let answer = Memo::new(move |_| {
        app.with_doc(|d| d.assessment.answer(dimension).cloned())
            .flatten()
            .unwrap_or_default()
    });
    let name = format!("dim-{dimension:?}");
    let stage_memo = Memo::new(move |_| answer.with(|a| a.stage));
    let stage = move || stage_memo.get();
    let high = move || stage().is_some_and(|s| s >= MaturityStage::Effective);
    let choices: Vec<(Option<MaturityStage>, &'static str, &'static str)> =
        std::iter::once((None, "Not sure yet", ""))
            .chain(
                MaturityStage::ALL
                    .into_iter()
                    .map(|s| (Some(s), s.label(), statement(dimension, s))),
            )
            .collect();
    view! {
        <fieldset class="card question" id=crate::ui::target::anchor(&Target::Dimension(dimension))>
            <legend>{dimension_label(dimension)}</legend>
            <div class="stage-options">
                {choices.into_iter().map(|(choice, label, text)| {
                    let name = name.clone();
                    view! {
                        <label class="radio stage-option">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || stage() == choice
                                on:change=move |_| app.dispatch(Msg::Assess(A::SetStage(dimension, choice)))
                            />
                            <span><strong>{label}</strong>{(!text.is_empty()).then(|| format!(": {text}"))}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
            {move || stage().and_then(|s| s.next().map(|n| (s, n))).map(|(s, n)| {
                let label = format!("Between {} and {}", s.label(), n.label());
                view! {
                    <CheckField label=label checked=move || answer.with(|a| a.between_next)
                        on_change=move |v| app.dispatch(Msg::Assess(A::SetBetween(dimension, v))) />
                }
            })}
            <Show when=high>
                <TextArea
                    label="What shows this? (an artefact or a metric)"
                    hint="Without evidence, this claim counts one stage lower in your result."
                    value=move || answer.with(|a| a.evidence.clone())
                    on_input=move |v| app.dispatch(Msg::Assess(A::SetEvidence(dimension, v)))
                />
                <SelectField
                    label="How sure are you?"
                    options=vec![
                        (Confidence::Unset, "Not said".to_string()),
                        (Confidence::Low, "Not very".to_string()),
                        (Confidence::Medium, "Fairly".to_string()),
                        (Confidence::High, "Very".to_string()),
                    ]
                    value=move || answer.with(|a| a.confidence)
                    on_change=move |v| app.dispatch(Msg::Assess(A::SetConfidence(dimension, v)))
                />
            </Show>
        </fieldset>
    }
}

/// The five basic capabilities as checklists, and the three strategic drivers.
#[component]
fn Capabilities() -> impl IntoView {
    let app = use_app();
    let has = move |k: &str| {
        app.with_doc(|d| d.assessment.capabilities.iter().any(|c| c == k))
            .unwrap_or(false)
    };
    view! {
        <section aria-labelledby="capabilities">
            <h2 id="capabilities">"Capabilities and drivers"</h2>
            <p class="why">"Tick what your team does today. The basic capabilities are the floor of any ops group: each one you leave unticked is work the roles on the team page would take on."</p>
            <div class="card-grid">
                {CAPABILITIES.iter().map(|c| view! {
                    <fieldset class="card">
                        <legend>{c.name}</legend>
                        {c.functions.iter().map(|(key, label)| view! {
                            <CheckField label=*label checked=move || has(key) on_change=move |v| app.dispatch(Msg::Assess(A::SetCapability(key.to_string(), v))) />
                        }).collect_view()}
                    </fieldset>
                }).collect_view()}
            </div>
            <h3 id="drivers">"Strategic drivers"</h3>
            <p class="why">"The drivers are what turn an ops group into a strategic one. They do not move your maturity stage; a driver that is not yet in place joins your gap list, and the team page gives the roles that serve it priority."</p>
            <div class="card-grid">
                {DRIVERS.iter().map(|(key, label, hint)| view! {
                    <div class="card">
                        <SelectField label=*label options=presence_options("Not answered")
                            value=move || app.with_doc(|d| d.assessment.drivers.iter().find(|(k, _)| k == key).map(|(_, v)| *v)).flatten().unwrap_or_default()
                            on_change=move |v| app.dispatch(Msg::Assess(A::SetDriver(key.to_string(), v))) />
                        <p class="field-hint">{*hint}</p>
                    </div>
                }).collect_view()}
            </div>
        </section>
    }
}

/// Where an answer came from, when the model supplied it.
fn from_model(why: Option<String>) -> impl IntoView {
    why.map(|w| view! { <p class="from-model">"From your model: "{w}" Choose an answer to override it."</p> })
}

/// The five components, the five signs, the fitness test and the weekly rhythm.
#[component]
fn HealthChecks() -> impl IntoView {
    let app = use_app();
    let states = [
        (HealthState::Unset, "Not answered"),
        (HealthState::Present, "In place"),
        (HealthState::Partial, "Partly"),
        (HealthState::Missing, "Missing"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec();
    let signs = move || app.with_doc(|d| d.assessment.signs.len()).unwrap_or(0);
    view! {
        <section aria-labelledby="health">
            <h2 id="health">"Health checks"</h2>
            <h3>"The five components of an operating system"</h3>
            <div class="card-grid">
                {COMPONENTS.iter().map(|(key, label, what)| {
                    let checked = Memo::new(move |_| app.with_doc(|d| component(d, key, now())).map(|c| (c.value, c.from_model.as_ref().map(crate::content::assessment::evidence))).unwrap_or((HealthState::Unset, None)));
                    let options = states.clone();
                    view! {
                        <div class="card" role="group" aria-label=*label>
                            <SelectField label=*label options=options value=move || checked.with(|c| c.0)
                                on_change=move |v| app.dispatch(Msg::Assess(A::SetComponent(key.to_string(), v))) />
                            <p class="field-hint">{*what}</p>
                            {move || from_model(checked.with(|c| c.1.clone()))}
                            <CheckField label="Its cadence is kept" checked=move || app.with_doc(|d| d.assessment.cadence_kept.iter().any(|k| k == key)).unwrap_or(false)
                                on_change=move |v| app.dispatch(Msg::Assess(A::SetCadenceKept(key.to_string(), v))) />
                        </div>
                    }
                }).collect_view()}
            </div>
            <fieldset class="card">
                <legend>"Signs the operating system is missing: tick the ones you recognise"</legend>
                {SIGNS.iter().map(|(key, label)| view! {
                    <CheckField label=*label checked=move || app.with_doc(|d| d.assessment.signs.iter().any(|k| k == key)).unwrap_or(false)
                        on_change=move |v| app.dispatch(Msg::Assess(A::SetSign(key.to_string(), v))) />
                }).collect_view()}
                <p aria-live="polite">{move || match signs() {
                    0 => String::new(),
                    n if n >= SIGNS_ALARM => format!("{n} of 5: together these say the work rests on people, not on a system. Stage 3 is where to build one."),
                    n => format!("{n} of 5: survivable on its own; watch for more."),
                }}</p>
            </fieldset>
            <h3>"Fitness test"</h3>
            <div class="card-grid">
                {FITNESS.iter().map(|(key, q)| {
                    let checked = Memo::new(move |_| app.with_doc(|d| fitness(d, key)).map(|c| (c.value, c.from_model.as_ref().map(crate::content::assessment::evidence))).unwrap_or((Presence::Unset, None)));
                    view! {
                        <div class="card">
                            <SelectField label=*q options=presence_options("Not answered") value=move || checked.with(|c| c.0)
                                on_change=move |v| app.dispatch(Msg::Assess(A::SetFitness(key.to_string(), v))) />
                            {move || from_model(checked.with(|c| c.1.clone()))}
                        </div>
                    }
                }).collect_view()}
            </div>
            <h3>"The operating rhythm"</h3>
            {
                let checked = Memo::new(move |_| app.with_doc(|d| rhythm(d, now())).map(|c| (c.value, c.from_model.as_ref().map(crate::content::assessment::evidence))).unwrap_or((Presence::Unset, None)));
                view! {
                    <div class="card">
                        <SelectField label="Do you review a weekly scorecard inside a quarterly window?" options=presence_options("Not answered")
                            value=move || checked.with(|c| c.0) on_change=move |v| app.dispatch(Msg::Assess(A::SetRhythm(v))) />
                        {move || from_model(checked.with(|c| c.1.clone()))}
                    </div>
                }
            }
        </section>
    }
}
