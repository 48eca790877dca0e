//! The assessment's result: the overall stage and its rule, the radar, next steps per area,
//! the gaps, retaking, and earlier results.

use crate::content::assessment::{how_reached, statement, where_to_work};
use crate::content::dimension_label;
use crate::domain::assessment::{Dimension, MaturityStage};
use crate::domain::gaps::GapArea;
use crate::domain::maturity::{outcome, Outcome};
use crate::domain::msg::AssessMsg as A;
use crate::domain::Msg;
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;

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
    // Five rings, one per stage: Unaware is the innermost ring, so an area answered
    // "Unaware" is told apart from one not answered (at the centre).
    let at = |i: usize, ring: f64| {
        let angle = -std::f64::consts::FRAC_PI_2 + i as f64 * std::f64::consts::TAU / n;
        (
            C + R * ring / 5.0 * angle.cos(),
            C + R * ring / 5.0 * angle.sin(),
        )
    };
    let polygon = |scores: &[(Dimension, f64)]| {
        Dimension::ALL
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let v = scores
                    .iter()
                    .find(|(x, _)| x == d)
                    .map(|(_, s)| *s + 1.0)
                    .unwrap_or(0.0);
                let (x, y) = at(i, v);
                format!("{x:.1},{y:.1}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let rings: Vec<String> = (1..=5)
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
            <desc id="radar-desc">"A radar chart of the seven areas. Each ring is a stage, named beside the top axis: Unaware innermost, then Efficient, Effective, Customer-Centric and Next Generation at the edge; an area not answered sits at the centre. The table below gives the same figures."</desc>
            {rings.into_iter().map(|p| view! { <polygon class="ring" points=p /> }).collect_view()}
            {Dimension::ALL.iter().enumerate().map(|(i, d)| {
                let (x, y) = at(i, 5.0);
                let (lx, ly) = at(i, 5.9);
                view! {
                    <line class="axis" x1=C.to_string() y1=C.to_string() x2=format!("{x:.1}") y2=format!("{y:.1}") />
                    <text class="axis-label" x=format!("{lx:.1}") y=format!("{ly:.1}") text-anchor="middle" dominant-baseline="middle">{short(*d)}</text>
                }
            }).collect_view()}
            {then_points.map(|p| view! { <polygon class="then" points=p /> })}
            <polygon class="now" points=now_points />
            // The stage each ring stands for, beside the top axis, over the shapes.
            {(0..5).map(|r| {
                let y = C - R * (r + 1) as f64 / 5.0 - 3.0;
                view! { <text class="ring-label" x=format!("{:.1}", C - 5.0) y=format!("{y:.1}") text-anchor="end">{MaturityStage::from_index(r).label()}</text> }
            }).collect_view()}
        </svg>
    }
}

/// The overall stage, the rule, the radar with the spread, next steps and earlier results.
#[component]
pub(super) fn Results() -> impl IntoView {
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
    // Whether a stage's page is one of the model's (an invited model has only some).
    let offered = move |seg: &str| {
        app.with_doc(|d| crate::content::report::offered(d, crate::content::report::page_part(seg)))
            .unwrap_or(true)
    };
    // A client's reply as received is read, not answered or retaken.
    let received = app.received();
    let retake = move |_| {
        if crate::web::dialog::confirm("Keep this result and clear your answers for a fresh take?")
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
                view! {
                    <p class="overall">"Overall stage: "<strong>{stage.label()}</strong>
                        {(!o.complete()).then(|| format!(" (from {} of 7 areas so far)", o.answered))}</p>
                    <p>{how_reached(&o)}</p>
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
                // On a phone each area reads as a small card (see `.report-table`).
                <table class="result-table report-table">
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
                                    <td data-label="Now">{move || {
                                        // As the result counts it: an unevidenced claim one lower.
                                        let claimed = stage_text(score());
                                        let counted = app.with_doc(|doc| {
                                            doc.assessment.answers.iter().find(|(x, _)| *x == d).and_then(|(_, a)| crate::domain::maturity::counted(a))
                                        }).flatten();
                                        match counted {
                                            Some(c) if result.with(|o| o.discounted.contains(&d)) => format!("{} (claimed {claimed}, no evidence)", c.label()),
                                            _ => claimed,
                                        }
                                    }}</td>
                                    <Show when=move || earlier.get().is_some()><td data-label="Earlier">{move || stage_text(before())}</td></Show>
                                    <td class="wide" data-label="Next step">{move || match score().map(|s| MaturityStage::from_index(s as usize)) {
                                        None if received => view! { <span>"Not answered"</span> }.into_any(),
                                        None => view! { <a href=format!("#dimension-{d:?}")>"Answer this area"</a> }.into_any(),
                                        Some(s) => match s.next() {
                                            None => view! { <span>"At the top stage: keep it there."</span> }.into_any(),
                                            Some(next) => view! {
                                                <span>{format!("To reach {}: {} ", next.label(), statement(d, next))}</span>
                                                {offered(seg).then(|| view! { <a href=href()>{format!("Work on it in {place}")}</a> })}
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
            <Show when=move || !received && result.with(|o| o.answered > 0)>
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

/// The assessment's share of the model's gap list: the same gaps, counted the same way, with
/// the whole list a link away.
#[component]
fn Gaps() -> impl IntoView {
    let app = use_app();
    let gaps = Memo::new(move |_| {
        app.with_doc(|d| {
            let base = format!("/model/{}", d.id.as_str());
            let all = crate::content::report::invited_gaps(d, now());
            let total = all.len();
            let mine: Vec<(String, String, Option<String>)> = all
                .into_iter()
                .filter(|g| g.area == GapArea::Maturity)
                .map(|g| {
                    let go = crate::content::report::offered(d, g.target.part());
                    let href = crate::ui::target::href(&base, &g.target);
                    (g.title, g.why, go.then_some(href))
                })
                .collect();
            (mine, total, format!("{base}/diagnostics#gaps"))
        })
        .unwrap_or_default()
    });
    view! {
        <Show when=move || gaps.with(|g| !g.0.is_empty())>
            <h3>"Gaps to work on"</h3>
            <ul class="gaps">
                {move || gaps.get().0.into_iter().map(|(title, why, href)| view! { <li><strong>{title}</strong>" "{why}{href.map(|h| view! { " "<a href=h>"Work on it"</a> })}</li> }).collect_view()}
            </ul>
            <p>{move || gaps.with(|(mine, total, _)| format!("{} of the {} gaps in your whole model {} from the assessment and health checks.", mine.len(), total, if mine.len() == 1 { "comes" } else { "come" }))}" "
                <a href=move || gaps.with(|g| g.2.clone())>"See every gap"</a></p>
        </Show>
    }
}
