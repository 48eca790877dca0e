//! The maturity self-assessment: a stage per dimension (with evidence for high claims), the
//! basic capabilities and strategic drivers, health checks prefilled from the model, and the
//! result with its radar, next steps and earlier results.

use super::widgets::{CheckField, SelectField, TextArea};
use crate::content::assessment::{
    statement, where_to_work, CAPABILITIES, COMPONENTS, DRIVERS, FITNESS, SIGNS, SIGNS_ALARM,
};
use crate::content::dimension_label;
use crate::domain::assessment::{Confidence, Dimension, HealthState, MaturityStage};
use crate::domain::mapping::Presence;
use crate::domain::maturity::{
    answered, component, fitness, outcome, rhythm, AssessMsg as A, Outcome,
};
use crate::domain::Msg;
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;

/// The assessment page (also served on its own at `/assess/<model>`).
#[component]
pub fn AssessmentPage() -> impl IntoView {
    let app = use_app();
    let progress = Memo::new(move |_| app.with_doc(|d| answered(d, now())).unwrap_or((0, 20)));
    view! {
        <h1>"Maturity assessment"</h1>
        <p class="lead">
            "Marketing operations grow through five stages: Unaware, Efficient, Effective, "
            "Customer-Centric and Next Generation. For each area, pick the description that fits "
            "your team today. Most teams rate themselves higher than the evidence shows, so any "
            "claim of Effective or above asks what backs it up. About ten minutes."
        </p>
        <p class="no-print">{move || {
            let id = app.with_doc(|d| d.id.as_str().to_string()).unwrap_or_default();
            if leptos_router::hooks::use_location().pathname.get().starts_with("/assess/") {
                view! { <a href=format!("/model/{id}/dialogue")>"See the whole model"</a> }.into_any()
            } else {
                view! { "Only here for the assessment? "<a href=format!("/assess/{id}")>"Take it on a page of its own"</a>"." }.into_any()
            }
        }}</p>
        <div class="card assess-progress">
            <label for="assess-progress">{move || { let (done, total) = progress.get(); format!("{done} of {total} questions answered") }}</label>
            <progress id="assess-progress" max=move || progress.get().1 value=move || progress.get().0></progress>
        </div>
        <nav aria-label="Assessment sections" class="toc no-print">
            <ul>
                <li><a href="#dimensions">"Stages by area"</a></li>
                <li><a href="#capabilities">"Capabilities and drivers"</a></li>
                <li><a href="#health">"Health checks"</a></li>
                <li><a href="#result">"Your result"</a></li>
            </ul>
        </nav>
        <section aria-labelledby="dimensions">
            <h2 id="dimensions">"Stages by area"</h2>
            {Dimension::ALL.into_iter().map(|d| view! { <DimensionQuestion dimension=d /> }).collect_view()}
        </section>
        <Capabilities />
        <HealthChecks />
        <Results />
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
        <fieldset class="card question" id=format!("dimension-{dimension:?}")>
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
                                on:change=move |_| app.dispatch(Msg::SetStage(dimension, choice))
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
                    on_input=move |v| app.dispatch(Msg::SetEvidence(dimension, v))
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
                    on_change=move |v| app.dispatch(Msg::SetConfidence(dimension, v))
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
            <p class="why">"Tick what your team does today. The basic capabilities are the floor of any ops group; the drivers are what turn it into a strategic one."</p>
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
            <h3>"Strategic drivers"</h3>
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
                    let checked = Memo::new(move |_| app.with_doc(|d| component(d, key, now())).map(|c| (c.value, c.from_model)).unwrap_or((HealthState::Unset, None)));
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
                    let checked = Memo::new(move |_| app.with_doc(|d| fitness(d, key)).map(|c| (c.value, c.from_model)).unwrap_or((Presence::Unset, None)));
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
                let checked = Memo::new(move |_| app.with_doc(|d| rhythm(d, now())).map(|c| (c.value, c.from_model)).unwrap_or((Presence::Unset, None)));
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

/// Short axis labels for the radar.
fn short(d: Dimension) -> &'static str {
    match d {
        Dimension::TeamLeadership => "Team",
        Dimension::GoToMarketFocus => "Go-to-market",
        Dimension::MartechStack => "Martech",
        Dimension::DataInsights => "Data",
        Dimension::MetricsReporting => "Metrics",
        Dimension::Processes => "Processes",
        Dimension::CharterRole => "Charter",
    }
}

fn stage_text(score: Option<f64>) -> String {
    match score {
        None => "Not answered".into(),
        Some(s) => {
            let stage = MaturityStage::from_index(s as usize);
            match stage.next() {
                Some(n) if s.fract() > 0.0 => {
                    format!("Between {} and {}", stage.label(), n.label())
                }
                _ => stage.label().to_string(),
            }
        }
    }
}

/// A radar of the dimensions: rings for the five stages, now in solid, the earlier result
/// dashed.
pub(crate) fn radar(now: &[(Dimension, f64)], then: Option<&[(Dimension, f64)]>) -> impl IntoView {
    const C: f64 = 200.0;
    const R: f64 = 140.0;
    let n = Dimension::ALL.len() as f64;
    let at = |i: usize, v: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n;
        (C + R * v / 4.0 * angle.cos(), C + R * v / 4.0 * angle.sin())
    };
    let polygon = |scores: &[(Dimension, f64)]| {
        Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let v = scores
                    .iter()
                    .find(|(x, _)| x == d)
                    .map(|(_, s)| *s)
                    .unwrap_or(0.0);
                let (x, y) = at(i, v);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings: Vec<String> = (1..=4)
        .map(|r| {
            (0..Dimension::ALL.len())
                .map(|i| {
                    let (x, y) = at(i, r as f64);
                    format!("{x:.1},{y:.1}")
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let now_points = polygon(now);
    let then_points = then.map(polygon);
    view! {
        <svg class="radar" viewBox="0 0 400 400" role="img" aria-labelledby="radar-title radar-desc">
            <title id="radar-title">"Maturity by area"</title>
            <desc id="radar-desc">"A radar chart of the seven areas, from Unaware at the centre to Next Generation at the edge. The table below gives the same figures."</desc>
            {rings.into_iter().map(|p| view! { <polygon class="ring" points=p /> }).collect_view()}
            {Dimension::ALL.iter().enumerate().map(|(i, d)| {
                let (x, y) = at(i, 4.0);
                let (lx, ly) = at(i, 4.75);
                view! {
                    <line class="axis" x1=C.to_string() y1=C.to_string() x2=format!("{x:.1}") y2=format!("{y:.1}") />
                    <text class="axis-label" x=format!("{lx:.1}") y=format!("{ly:.1}") text-anchor="middle" dominant-baseline="middle">{short(*d)}</text>
                }
            }).collect_view()}
            {then_points.map(|p| view! { <polygon class="then" points=p /> })}
            <polygon class="now" points=now_points />
        </svg>
    }
}

/// The overall stage, the rule, the radar with the spread, next steps and earlier results.
#[component]
fn Results() -> impl IntoView {
    let app = use_app();
    let result = Memo::new(move |_| app.with_doc(|d| outcome(&d.assessment)).unwrap_or_default());
    let earlier = Memo::new(move |_| {
        app.with_doc(|d| d.assessment.history.last().cloned())
            .flatten()
    });
    let history = move || {
        app.with_doc(|d| d.assessment.history.clone())
            .unwrap_or_default()
    };
    let model = move || {
        app.with_doc(|d| d.id.as_str().to_string())
            .unwrap_or_default()
    };
    let retake = move |_| {
        if window()
            .confirm_with_message("Keep this result and clear your answers for a fresh take?")
            .unwrap_or(false)
        {
            app.dispatch(Msg::Assess(A::Retake(now())));
        }
    };
    view! {
        <section aria-labelledby="result" class="results">
            <h2 id="result">"Your result"</h2>
            {move || {
                let o: Outcome = result.get();
                let Some(stage) = o.stage else {
                    return view! { <p>"Answer at least one area above to see your stage."</p> }.into_any();
                };
                let names = |ds: &[Dimension]| ds.iter().map(|d| dimension_label(*d)).collect::<Vec<_>>().join(", ");
                view! {
                    <p class="overall">"Overall stage: "<strong>{stage.label()}</strong>
                        {(!o.complete()).then(|| format!(" (from {} of 7 areas so far)", o.answered))}</p>
                    {(!o.discounted.is_empty()).then(|| view! { <p>{format!("Counted one stage lower for want of evidence: {}.", names(&o.discounted))}</p> })}
                    {(!o.capped_by.is_empty()).then(|| view! { <p>{format!("Held back one stage by: {}.", names(&o.capped_by))}</p> })}
                    {o.spread().map(|(lo, hi)| view! { <p>{format!("Spread: from {} to {}.", stage_text(Some(lo)), stage_text(Some(hi)))}</p> })}
                }.into_any()
            }}
            <details class="rule">
                <summary>"How the overall stage is worked out"</summary>
                <ol>
                    <li>"A claim of Effective or above with no evidence written down counts one stage lower."</li>
                    <li>"The overall stage is the highest stage that most of your answered areas reach; “between two” counts as the lower one."</li>
                    <li>"If any area sits two or more stages below that, the overall stage drops by one."</li>
                </ol>
            </details>
            <Show when=move || result.with(|o| o.answered > 0)>
                <div class="radar-wrap">
                    {move || radar(&result.with(|o| o.scores.clone()), earlier.get().as_ref().map(|p| p.scores.as_slice()))}
                    <p class="legend">
                        <span class="key now">"Now"</span>
                        {move || earlier.get().map(|p| view! { <span class="key then">{format!("Earlier ({})", p.at.date_iso())}</span> })}
                    </p>
                </div>
            </Show>
            <div class="table-scroll" role="region" aria-label="Result by area" tabindex="0">
                <table class="result-table">
                    <caption>"By area: where you are and what moves you up"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Area"</th>
                            <th scope="col">"Now"</th>
                            <Show when=move || earlier.get().is_some()><th scope="col">"Earlier"</th></Show>
                            <th scope="col">"Next step"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {Dimension::ALL.into_iter().map(|d| {
                            let score = move || result.with(|o| o.scores.iter().find(|(x, _)| *x == d).map(|(_, s)| *s));
                            let before = move || earlier.get().and_then(|p| p.scores.iter().find(|(x, _)| *x == d).map(|(_, s)| *s));
                            let (seg, anchor, place) = where_to_work(d);
                            let href = move || if anchor.is_empty() { format!("/model/{}/{seg}", model()) } else { format!("/model/{}/{seg}#{anchor}", model()) };
                            view! {
                                <tr>
                                    <th scope="row">{dimension_label(d)}</th>
                                    <td>{move || stage_text(score())}</td>
                                    <Show when=move || earlier.get().is_some()><td>{move || stage_text(before())}</td></Show>
                                    <td>{move || match score().map(|s| MaturityStage::from_index(s as usize)) {
                                        None => view! { <a href=format!("#dimension-{d:?}")>"Answer this area"</a> }.into_any(),
                                        Some(s) => match s.next() {
                                            None => view! { <span>"At the top stage: keep it there."</span> }.into_any(),
                                            Some(next) => view! {
                                                <span>{format!("To reach {}: {} ", next.label(), statement(d, next))}</span>
                                                <a href=href()>{format!("Work on it in {place}")}</a>
                                            }.into_any(),
                                        },
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Gaps />
            <Show when=move || result.with(|o| o.answered > 0)>
                <button type="button" class="no-print" on:click=retake>"Keep this result and retake the assessment"</button>
            </Show>
            <Show when=move || !history().is_empty()>
                <h3>"Earlier results"</h3>
                <ul>
                    {move || history().into_iter().rev().map(|p| view! {
                        <li>{format!("{}: {}", p.at.date_iso(), p.stage.map(|s| s.label()).unwrap_or("no stage"))}</li>
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}

/// The health checks that came out short, each linked to where in the model to fix it.
#[component]
fn Gaps() -> impl IntoView {
    let app = use_app();
    let gaps = Memo::new(move |_| {
        app.with_doc(|d| {
            let base = format!("/model/{}", d.id.as_str());
            let mut out: Vec<(String, String)> = Vec::new();
            for (key, label, _) in COMPONENTS {
                let state = component(d, key, now()).value;
                if matches!(state, HealthState::Partial | HealthState::Missing) {
                    let how = if state == HealthState::Missing {
                        "missing"
                    } else {
                        "only partly there"
                    };
                    out.push((
                        format!("{label} is {how}."),
                        format!("{base}/operations#rhythm"),
                    ));
                }
            }
            for (key, q) in FITNESS {
                if matches!(fitness(d, key).value, Presence::No | Presence::Partly) {
                    let target = match *key {
                        "accountable" => "operations#raci",
                        "market_driven" => "dialogue",
                        "efficient" => "mapping#map",
                        _ => "operations#pathways",
                    };
                    out.push((format!("Not yet: {q}"), format!("{base}/{target}")));
                }
            }
            if matches!(rhythm(d, now()).value, Presence::No | Presence::Partly) {
                out.push((
                    "The weekly scorecard rhythm is not running yet.".into(),
                    format!("{base}/operations#scorecard"),
                ));
            }
            let signs = d.assessment.signs.len();
            if signs >= SIGNS_ALARM {
                out.push((
                    format!("{signs} signs that the operating system is missing."),
                    format!("{base}/operations#rhythm"),
                ));
            }
            out
        })
        .unwrap_or_default()
    });
    view! {
        <Show when=move || gaps.with(|g| !g.is_empty())>
            <h3>"Gaps to work on"</h3>
            <ul class="gaps">
                {move || gaps.get().into_iter().map(|(text, href)| view! { <li>{text}" "<a href=href>"Work on it"</a></li> }).collect_view()}
            </ul>
        </Show>
    }
}
