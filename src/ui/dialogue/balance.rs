//! The balance of the conversation (a picture and a reading), the signs of a lopsided
//! conversation, the roadmap of gaps, and the Stage 1 summary.

use super::GuideText;
use crate::content::guide;
use crate::content::reading::balance_reading;
use crate::domain::balance::{balance, Lean};
use crate::domain::dialogue::{LopsidedSign, Priority};
use crate::domain::dialogue_msg::DialogueMsg as D;
use crate::domain::roadmap::roadmap;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::CheckField;
use leptos::prelude::*;

/// The see-saw picture, the reading and the signs checklist.
#[component]
pub fn BalanceSection() -> impl IntoView {
    let app = use_app();
    let bal = Memo::new(move |_| app.with_doc(|d| balance(&d.dialogue)));
    let reading = move || {
        app.with_doc(|d| balance_reading(&d.dialogue, &balance(&d.dialogue)))
            .unwrap_or_default()
    };
    let pct = |x: f64| (x * 100.0).round() as u32;
    let picture = move || {
        let b = bal.get()?;
        let (l, s) = (b.listen.coverage, b.speak.coverage);
        let known = b.lean != Lean::Unknown;
        // Heavier side goes down: a positive angle tips side B (right) down.
        let angle = if known {
            ((s - l) * 24.0).clamp(-18.0, 18.0)
        } else {
            0.0
        };
        let (ra, rb) = (10.0 + 22.0 * l, 10.0 + 22.0 * s);
        let desc = if known {
            format!(
                "Listening coverage {}%, speaking coverage {}%. The beam tips towards {}.",
                pct(l),
                pct(s),
                match b.lean {
                    Lean::TowardsB => "side B, speaking",
                    Lean::TowardsA => "side A, listening",
                    _ => "neither side",
                }
            )
        } else {
            "Not enough is assessed yet to draw the balance.".to_string()
        };
        Some(view! {
            <figure class="balance-figure">
                <svg viewBox="0 0 320 170" role="img" aria-labelledby="bal-title bal-desc" class="balance-svg">
                    <title id="bal-title">"Balance of listening and speaking"</title>
                    <desc id="bal-desc">{desc.clone()}</desc>
                    <polygon points="160,112 140,150 180,150" class="fulcrum" />
                    <g transform=format!("rotate({angle:.1} 160 110)")>
                        <line x1="40" y1="110" x2="280" y2="110" class="beam" />
                        <circle cx="40" cy=format!("{:.1}", 110.0 - ra) r=format!("{ra:.1}") class="weight side-a" />
                        <circle cx="280" cy=format!("{:.1}", 110.0 - rb) r=format!("{rb:.1}") class="weight side-b" />
                    </g>
                    <text x="40" y="166" text-anchor="middle" class="svg-label">{format!("A listen {}%", pct(l))}</text>
                    <text x="280" y="166" text-anchor="middle" class="svg-label">{format!("B speak {}%", pct(s))}</text>
                </svg>
                <figcaption>{desc}</figcaption>
            </figure>
        })
    };
    let signs = [
        (
            LopsidedSign::CampaignsMiss,
            "Campaigns miss the mark and results keep shrinking",
        ),
        (
            LopsidedSign::SpendWithoutRoi,
            "Money goes out with no return you can show",
        ),
        (
            LopsidedSign::MidFunnelDropOff,
            "Prospects drop off in the middle of the funnel while top-of-funnel volume grows",
        ),
        (
            LopsidedSign::MissedOpportunities,
            "You hear about opportunities after they are gone",
        ),
        (
            LopsidedSign::DecisionsOnAnecdote,
            "Decisions rest on anecdotes rather than evidence",
        ),
    ];
    view! {
        <section aria-labelledby="balance">
            <h2 id="balance">"The balance of your conversation"</h2>
            <GuideText guide=&guide::BALANCE />
            <div class="balance">
                {picture}
                <div class="reading" aria-live="polite">
                    <h3>"What this says about your team"</h3>
                    {move || reading().into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </div>
            </div>
            <fieldset class="card">
                <legend>"Signs of a lopsided conversation: which do you see today?"</legend>
                {signs.into_iter().map(|(sign, label)| view! {
                    <CheckField
                        label=label
                        checked=move || app.with_doc(|d| d.dialogue.lopsided_signs.contains(&sign)).unwrap_or(false)
                        on_change=move |_| app.dispatch(Msg::Dialogue(D::ToggleLopsidedSign(sign)))
                    />
                }).collect_view()}
            </fieldset>
        </section>
    }
}

fn priority_label(p: Priority) -> &'static str {
    match p {
        Priority::High => "High priority",
        Priority::Medium => "Medium priority",
        Priority::Low => "Low priority",
        Priority::Unset => "No priority yet",
    }
}

/// Moves focus back to a control after the list it sits in was reordered.
fn refocus(id: String) {
    request_animation_frame(move || crate::web::focus::focus_id(&id));
}

/// The gaps among the supporting programs, in the order the user will tackle them.
#[component]
pub fn RoadmapSection() -> impl IntoView {
    let app = use_app();
    let items = Memo::new(move |_| app.with_doc(|d| roadmap(&d.dialogue)).unwrap_or_default());
    view! {
        <section aria-labelledby="roadmap">
            <h2 id="roadmap">"Your Stage 1 roadmap"</h2>
            <GuideText guide=&guide::ROADMAP />
            <Show
                when=move || !items.with(Vec::is_empty)
                fallback=|| view! { <p class="empty">"No gaps yet. Mark supporting programs as gaps under each constituent and they appear here."</p> }
            >
                <ol class="roadmap">
                    {move || {
                        let list = items.get();
                        let last = list.len().saturating_sub(1);
                        list.into_iter().enumerate().map(|(i, item)| {
                            let p = item.program;
                            let (up, down) = (format!("up-{}", p.0), format!("down-{}", p.0));
                            let (up2, down2) = (up.clone(), down.clone());
                            view! {
                                <li><div class="roadmap-row">
                                    <span class="roadmap-name">{item.name.clone()}</span>
                                    <span class="meta">{format!(" for {} · {}", item.constituent_name, priority_label(item.priority))}</span>
                                    <span class="row-actions">
                                        <button type="button" id=up disabled=i == 0 aria-label=format!("Move {} up", item.name)
                                            on:click=move |_| { app.dispatch(Msg::Dialogue(D::MoveRoadmap(p, i.saturating_sub(1)))); refocus(up2.clone()); }>"↑"</button>
                                        <button type="button" id=down disabled=i == last aria-label=format!("Move {} down", item.name)
                                            on:click=move |_| { app.dispatch(Msg::Dialogue(D::MoveRoadmap(p, i + 1))); refocus(down2.clone()); }>"↓"</button>
                                    </span>
                                </div></li>
                            }
                        }).collect_view()
                    }}
                </ol>
            </Show>
        </section>
    }
}
