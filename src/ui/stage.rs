//! What every stage page shares: the time its essentials take, the "Go deeper" part that keeps
//! the rest out of the way, and the checklist of what is still missing with the next step.

use crate::content::stages::{about, minutes_text};
use crate::domain::progress::{part_progress, parts_of, Part};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

/// The line under a stage's introduction: how long its essentials take.
#[component]
pub fn StageTime(
    /// The stage.
    part: Part,
) -> impl IntoView {
    let deeper = !about(part).deeper.is_empty();
    view! {
        <p class="stage-time">
            <strong>{minutes_text(part)}</strong>
            {deeper.then_some(" Fill in the essentials first; everything else waits under “Go deeper” near the end of the page.")}
        </p>
    }
}

/// The rest of a stage, closed until asked for and built only while open. It opens by itself
/// when the address points at something inside it (`anchors`), as the gap list's links do.
#[component]
pub fn GoDeeper(
    /// The stage, whose page this is.
    part: Part,
    /// The ids of the elements inside, which a link may point at.
    anchors: &'static [&'static str],
    /// The sections inside.
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let hash = use_location().hash;
    // Open for a link to something inside, then bring that element into view once drawn.
    Effect::new(move |_| {
        let h = hash.get();
        let target = h.trim_start_matches('#').to_string();
        let inside = anchors.iter().any(|a| target == *a)
            || anchors
                .iter()
                .any(|a| a.ends_with('-') && target.starts_with(*a));
        if inside {
            open.set(true);
            request_animation_frame(move || crate::web::focus::scroll_to(&target));
        }
    });
    let what = about(part).deeper;
    view! {
        <details class="go-deeper" id="go-deeper" prop:open=move || open.get() on:toggle=move |ev| {
            if let Some(o) = crate::web::focus::details_open(&ev) {
                open.set(o);
            }
        }>
            <summary>
                <span class="go-deeper-title">"Go deeper"</span>
                <span class="go-deeper-what">{what}</span>
            </summary>
            {move || open.get().then(|| children())}
        </details>
    }
}

/// What is still missing from a stage's essentials, each linking to its place, and the next
/// step once done (or anyway: nothing forces the order).
#[component]
pub fn StageChecklist(
    /// The stage.
    part: Part,
    /// Without the next step: the assessment served on its own, which has its own way on.
    #[prop(optional)]
    bare: bool,
) -> impl IntoView {
    let app = use_app();
    let progress = Memo::new(move |_| app.with_rules(|d| part_progress(d, part)));
    let next = Memo::new(move |_| {
        app.with_rules(|d| {
            let parts = parts_of(d);
            let after = parts
                .iter()
                .position(|p| *p == part)
                .and_then(|i| parts.get(i + 1).copied());
            let base = format!("/model/{}", d.id.as_str());
            match after {
                Some(p) => (
                    format!("{base}/{}", super::layout::part_info(p).1),
                    format!("Next: {}", p.label()),
                ),
                None => (
                    format!("{base}/diagnostics"),
                    "Next: your gaps and action plan".to_string(),
                ),
            }
        })
        .unwrap_or_default()
    });
    let heading = format!("checklist-{}", super::layout::part_info(part).1);
    let labelled = heading.clone();
    view! {
        <section class="card stage-checklist" aria-labelledby=labelled>
            <h2 id=heading>"What is still missing"</h2>
            {move || progress.get().map(|p| {
                let total = p.checks.len();
                let done = p.done();
                let missing: Vec<_> = p.missing().cloned().collect();
                // What is done is named too, so "1 of 5" does not leave the one a mystery.
                let done_labels: Vec<&str> = p.checks.iter().filter(|c| c.done).map(|c| crate::content::progress::label(c.item)).collect();
                view! {
                    <p>{format!("{done} of {total} essentials done.")}</p>
                    {(!done_labels.is_empty() && !missing.is_empty()).then(|| view! {
                        <p class="meta">{format!("Done: {}.", done_labels.join("; "))}</p>
                    })}
                    {if missing.is_empty() {
                        view! { <p class="all-done">"Nothing: every essential of this stage is in place."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="checklist">
                                {missing.into_iter().map(|c| view! {
                                    <li><a href=format!("#{}", crate::ui::target::check_anchor(c.item))>{crate::content::progress::label(c.item)}</a></li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            })}
            // A client's reply as received has no next step to take.
            {(!bare && !app.received()).then(|| view! {
                <p class="next-step">
                    <A href=move || next.get().0 attr:class="button primary">{move || next.get().1}</A>
                </p>
            })}
        </section>
    }
}
