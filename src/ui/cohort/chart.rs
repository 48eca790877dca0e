//! The cohort chart: a row per dimension with its name above it, the stages named along the
//! axis, the lowest to highest answer as a line, the middle half as a band, the median as a
//! bar, and one mark per client told apart by shape and colour, each named for screen readers
//! and tests. Positions are percentages of the width, so text never scales with the drawing and
//! nothing collides at any width; the table below the chart says the same in words.

pub(super) use crate::content::cohort::cap;
use crate::content::cohort::stage_words;
use crate::content::dimension_label;
use crate::domain::assessment::{Dimension, MaturityStage};
use crate::domain::cohort::{Client, Spread};
use leptos::prelude::*;
use leptos_router::components::A;

/// Mark colours, each at least 4.5:1 against the chart's white ground.
const COLOURS: [&str; 8] = [
    "#1f5fa8", "#b3261e", "#1b7f3b", "#9a4d00", "#6a3d9a", "#00707a", "#a3195b", "#4d4d4d",
];

/// Mark shapes, drawn around (0, 0) about 14 units across.
const SHAPES: [&str; 6] = [
    "M-6.5,0a6.5,6.5 0 1,0 13,0a6.5,6.5 0 1,0 -13,0Z",
    "M-5.8,-5.8h11.6v11.6h-11.6Z",
    "M0,-7.5L7,5.5H-7Z",
    "M0,-7.8L7.8,0L0,7.8L-7.8,0Z",
    "M0,7.5L7,-5.5H-7Z",
    "M-2.6,-7.5h5.2v4.9h4.9v5.2h-4.9v4.9h-5.2v-4.9h-4.9v-5.2h4.9Z",
];

/// How a shape is named in the legend's text, so the legend never relies on colour alone.
const SHAPE_NAMES: [&str; 6] = [
    "circle",
    "square",
    "triangle",
    "diamond",
    "down triangle",
    "cross",
];

/// Where a position (0–4) sits across the width, as a percentage: the five stages at the
/// centres of five equal columns, so the axis labels below line up with them.
fn at(position: f64) -> String {
    format!("{:.2}%", 10.0 + position * 20.0)
}

const LANE: f64 = 20.0;
/// How far either side of a mark (in stages) another mark or line keeps off in one lane: marks
/// half a stage apart still share a lane, marks at one position do not.
const PAD: f64 = 0.2;
const TOP: f64 = 14.0;

/// One client's mark (the `index`th client of the cohort), drawn around (0, 0).
fn shape(index: usize, chosen: bool) -> impl IntoView {
    let d = SHAPES[index % SHAPES.len()];
    let fill = COLOURS[index % COLOURS.len()];
    view! {
        {chosen.then(|| view! { <circle r="12" fill="none" stroke="#1a1a1a" stroke-width="2.5" /> })}
        <path d=d fill=fill stroke="#ffffff" stroke-width="1.2" transform=if chosen { "scale(1.3)" } else { "scale(1)" } />
    }
}

/// The legend: each client's shape and colour with their name.
pub(super) fn legend(clients: &[Client], chosen: Option<&str>) -> impl IntoView {
    view! {
        <ul class="cohort-legend" aria-label="Key to the clients' marks">
            {clients.iter().enumerate().map(|(i, c)| {
                let me = chosen == Some(c.key.as_str());
                let text = format!("{}{}", c.name, if me { " (the client you picked)" } else { "" });
                let team = (c.colleagues.len() > 1).then(|| team_link(c));
                view! {
                    <li class:chosen=me>
                        <svg width="22" height="22" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">{shape(i, me)}</svg>
                        <span>{text}</span>
                        <span class="visually-hidden">{format!(", shown as a {}", SHAPE_NAMES[i % SHAPE_NAMES.len()])}</span>
                        {team}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// Beside a company's name, for a team: how many replied and a link to where they disagree,
/// named "Team view of <company>" for screen readers and tests.
pub(super) fn team_link(c: &Client) -> impl IntoView {
    let (count, href, of) = (
        format!("{} colleagues · ", c.colleagues.len()),
        super::team_href(&c.key),
        format!(" of {}", c.name),
    );
    view! {
        <span class="team-link">
            {count}
            <A href=href>"Team view"<span class="visually-hidden">{of}</span></A>
        </span>
    }
}

/// The stage names along the axis, one per column.
fn axis(hidden: bool) -> impl IntoView {
    view! {
        <div class="cohort-axis" aria-hidden=hidden.then_some("true")>
            {MaturityStage::ALL.into_iter().map(|s| view! { <span>{s.label()}</span> }).collect_view()}
        </div>
    }
}

/// The chart. `figures` are the median and spread to draw (none for fewer than two clients);
/// `chosen` is the key of the client set against the others.
pub(super) fn chart(
    clients: &[Client],
    figures: &[Spread],
    chosen: Option<&str>,
    median_name: &'static str,
) -> impl IntoView {
    let dims: Vec<Dimension> = Dimension::ALL
        .into_iter()
        .filter(|d| clients.iter().any(|c| c.score(*d).is_some()))
        .collect();
    let rows = dims
        .into_iter()
        .map(|d| {
            let label = dimension_label(d);
            let figure = figures.iter().find(|s| s.dimension == d).cloned();
            // The picked client first, so their mark takes the top lane at a shared stage.
            let mut marks: Vec<(usize, &Client, f64)> = clients
                .iter()
                .enumerate()
                .filter_map(|(i, c)| c.score(d).map(|v| (i, c, v)))
                .collect();
            marks.sort_by_key(|(_, c, _)| chosen != Some(c.key.as_str()));
            // Each mark takes the first lane where nothing it spans (the mark, and a team's line
            // from its lowest answer to its highest) meets what is already there.
            let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
            let placed: Vec<(usize, &Client, f64, usize)> = marks
                .into_iter()
                .map(|(i, c, v)| {
                    let (lo, hi) = c
                        .range(d)
                        .map_or((v, v), |(l, h, _)| (l.index() as f64, h.index() as f64));
                    let span = (lo.min(v) - PAD, hi.max(v) + PAD);
                    let free = |lane: &Vec<(f64, f64)>| lane.iter().all(|(a, b)| span.1 <= *a || *b <= span.0);
                    let lane = match lanes.iter().position(free) {
                        Some(n) => n,
                        None => {
                            lanes.push(Vec::new());
                            lanes.len() - 1
                        }
                    };
                    lanes[lane].push(span);
                    (i, c, v, lane)
                })
                .collect();
            let deepest = lanes.len().max(1);
            let height = TOP * 2.0 + LANE * (deepest - 1) as f64;
            let middle = height / 2.0;
            let grid = (0..5).map(|i| {
                let x = at(i as f64);
                view! { <line x1=x.clone() x2=x y1="0" y2=height stroke="#d0d4da" stroke-width="1" /> }
            });
            let spread = figure.as_ref().map(|s| {
                let band = 20.0 * (s.upper_quartile - s.lower_quartile);
                view! {
                    <rect x=at(s.lower_quartile) y="3" width=format!("{band:.2}%") height=height - 6.0 fill="#e2e5e9" />
                    <line x1=at(s.lowest) x2=at(s.highest) y1=middle y2=middle stroke="#6b7078" stroke-width="2" />
                    <line x1=at(s.median) x2=at(s.median) y1="1" y2=height - 1.0 stroke="#1a1a1a" stroke-width="3" />
                }
            });
            // A team's line from its lowest answer to its highest, under every mark.
            let ranges = placed
                .iter()
                .filter_map(|(i, c, _, lane)| {
                    let (lo, hi, _) = c.range(d).filter(|(l, h, _)| l != h)?;
                    let y = TOP + LANE * *lane as f64;
                    let colour = COLOURS[i % COLOURS.len()];
                    let (x1, x2) = (at(lo.index() as f64), at(hi.index() as f64));
                    Some(view! {
                        <g aria-hidden="true" class="team-range">
                            <line x1=x1.clone() x2=x2.clone() y1=y y2=y stroke=colour stroke-width="3" />
                            <line x1=x1.clone() x2=x1 y1=y - 6.0 y2=y + 6.0 stroke=colour stroke-width="3" />
                            <line x1=x2.clone() x2=x2 y1=y - 6.0 y2=y + 6.0 stroke=colour stroke-width="3" />
                        </g>
                    })
                })
                .collect_view();
            let marks = placed
                .into_iter()
                .map(|(i, c, v, lane)| {
                    let me = chosen == Some(c.key.as_str());
                    let words = c.position_words(d).unwrap_or_else(|| stage_words(v));
                    let name = format!("{}, {label}: {}", c.name, cap(&words));
                    let title = name.clone();
                    view! {
                        <svg x=at(v) y=TOP + LANE * lane as f64 width="1" height="1" overflow="visible"
                            role="img" aria-label=name class="mark" class:faded=chosen.is_some() && !me>
                            <title>{title}</title>
                            {shape(i, me)}
                        </svg>
                    }
                })
                .collect_view();
            let median = figure.map(|s| format!("{median_name}: {}", stage_words(s.median)));
            view! {
                <div class="cohort-row">
                    <p class="cohort-dim"><strong>{label}</strong>{median.map(|m| view! { <span>{m}</span> })}</p>
                    <svg class="cohort-track" width="100%" height=height role="group" aria-label=label>
                        {grid.collect_view()}
                        {spread}
                        {ranges}
                        {marks}
                    </svg>
                </div>
            }
        })
        .collect_view();
    view! {
        <figure class="cohort-figure" aria-labelledby="cohort-chart-title">
            <figcaption id="cohort-chart-title">
                "Where each client stands, area by area. "
                {(!figures.is_empty()).then_some("The grey line runs from the lowest stage to the highest, the grey band holds the middle half of the clients and the black bar is the median. ")}
                {clients.iter().any(|c| c.colleagues.len() > 1).then_some("Where several colleagues at a company replied, its mark sits at their median, and a line in its colour runs from the lowest colleague's answer to the highest. ")}
                "The table after the chart gives the same in words."
            </figcaption>
            {legend(clients, chosen)}
            {axis(false)}
            {rows}
            {axis(true)}
        </figure>
    }
}
