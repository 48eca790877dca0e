//! The schematic on screen (full on wide screens, simplified on phones), its downloads, and
//! presentation mode, which builds the picture up a layer at a time.

use crate::content::schematic::{paint, schematic, Schematic, Shape, LAYERS};
use crate::persist::{download_name, Download};
use crate::state::use_app;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

/// The schematic as SVG elements (user text goes in as text nodes, never as markup), showing
/// layers up to `upto`; `id` keeps element ids unique on the page.
fn svg_view(s: &Schematic, upto: usize, title: String, id: &str) -> AnyView {
    let marker = |m: Option<&'static str>| m.map(|m| format!("url(#{id}-{m})"));
    let shapes = s
        .items
        .iter()
        .filter(|i| i.layer <= upto)
        .map(|item| match &item.shape {
            // `data-frame` ties each text to the box it sits in (checked by the e2e tests).
            Shape::Rect { x, y, w, h, class } => {
                let p = paint(class);
                view! { <rect x=*x y=*y width=*w height=*h fill=p.fill stroke=p.stroke stroke-width=p.stroke_width rx=p.radius data-frame=item.frame /> }.into_any()
            }
            Shape::Text { x, y, text, anchor, class } => {
                let p = paint(class);
                view! { <text x=*x y=*y text-anchor=*anchor fill=p.fill font-size=p.font_size font-weight=p.font_weight data-frame=item.frame>{text.clone()}</text> }.into_any()
            }
            Shape::Arrow { x1, y1, x2, y2, class } => {
                let p = paint(class);
                view! { <line x1=*x1 y1=*y1 x2=*x2 y2=*y2 stroke=p.stroke stroke-width=p.stroke_width stroke-dasharray=p.dash marker-end=marker(p.marker) /> }.into_any()
            }
            Shape::Curve { x1, y1, x2, y2, bend, class } => {
                let p = paint(class);
                let d = format!("M{x1:.1},{y1:.1} Q{:.1},{:.1} {x2:.1},{y2:.1}", (x1 + x2) / 2.0, (y1 + y2) / 2.0 + bend);
                view! { <path d=d fill=p.fill stroke=p.stroke stroke-width=p.stroke_width stroke-dasharray=p.dash marker-end=marker(p.marker) /> }.into_any()
            }
        })
        .collect_view();
    let (t, d) = (format!("{id}-title"), format!("{id}-desc"));
    let labelled_by = format!("{t} {d}");
    view! {
        <svg xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {} {}", s.width, s.height) role="img"
            aria-labelledby=labelled_by font-family="system-ui, sans-serif">
            <title id=t>{title}</title>
            <desc id=d>{s.described.join(" ")}</desc>
            <defs>
                <marker id=format!("{id}-arrow") viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333333" /></marker>
                <marker id=format!("{id}-arrow-small") viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333333" /></marker>
                <marker id=format!("{id}-arrow-blue") viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1f5fa8" /></marker>
            </defs>
            <rect x="0" y="0" width=s.width height=s.height fill="#ffffff" />
            {shapes}
        </svg>
    }
    .into_any()
}

/// The schematic as a figure, with its text alternative and downloads.
#[component]
pub fn SchematicFigure() -> impl IntoView {
    let app = use_app();
    let title = move || {
        app.with_doc(|d| format!("{}: the Market(ing) Operating System", d.display_name()))
            .unwrap_or_default()
    };
    let full = Memo::new(move |_| app.with_doc(|d| schematic(d, false)));
    let compact = Memo::new(move |_| app.with_doc(|d| schematic(d, true)));
    let svg = move |s: Option<Schematic>, id: &str| {
        s.map(|s| s.to_svg(LAYERS.len(), &title(), id))
            .unwrap_or_default()
    };
    let company = move || app.with_doc(|d| d.company.clone()).unwrap_or_default();
    let download_svg = move |_| {
        let text = svg(full.get_untracked(), "schematic");
        let _ = crate::web::file::download_as(&company(), Download::SchematicSvg, &text);
    };
    let download_png = move |_| {
        if let Some(s) = full.get_untracked() {
            let text = s.to_svg(LAYERS.len(), &title(), "schematic");
            let _ = crate::web::file::download_svg_as_png(
                &download_name(&company(), Download::SchematicPng, crate::web::clock::now()),
                &text,
                s.width,
                s.height,
            );
        }
    };
    view! {
        <figure class="schematic-figure">
            <div class="schematic full">{move || full.get().map(|s| svg_view(&s, LAYERS.len(), title(), "schematic-full"))}</div>
            <div class="schematic compact">{move || compact.get().map(|s| svg_view(&s, LAYERS.len(), title(), "schematic-compact"))}</div>
            <figcaption>
                <p class="schematic-key">{crate::content::SCHEMATIC_KEY}</p>
                <details>
                    <summary>"What the picture shows"</summary>
                    <ul>{move || full.get().map(|s| s.described.into_iter().map(|l| view! { <li>{l}</li> }).collect_view())}</ul>
                </details>
            </figcaption>
        </figure>
        <p class="no-print actions-row">
            <button type="button" on:click=download_svg>"Download the schematic (SVG)"</button>
            <button type="button" on:click=download_png>"Download the schematic (PNG)"</button>
            <A href=move || format!("/model/{}/present", app.with_doc(|d| d.id.as_str().to_string()).unwrap_or_default())>"Present it"</A>
        </p>
    }
}

/// The schematic of a model that is not the open one (a shared model), without downloads.
pub fn static_figure(d: &crate::domain::Document) -> AnyView {
    let title = format!("{}: the Market(ing) Operating System", d.display_name());
    let full = schematic(d, false);
    let compact = schematic(d, true);
    let described = full.described.clone();
    view! {
        <figure class="schematic-figure">
            <div class="schematic full">{svg_view(&full, LAYERS.len(), title.clone(), "schematic-full")}</div>
            <div class="schematic compact">{svg_view(&compact, LAYERS.len(), title, "schematic-compact")}</div>
            <figcaption>
                <p class="schematic-key">{crate::content::SCHEMATIC_KEY}</p>
                <details>
                    <summary>"What the picture shows"</summary>
                    <ul>{described.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </details>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// Presentation mode: the schematic a layer at a time, by keyboard, full screen if wanted.
#[component]
pub fn PresentPage() -> impl IntoView {
    let app = use_app();
    let step = RwSignal::new(0usize);
    let last = LAYERS.len() - 1;
    let full = Memo::new(move |_| app.with_doc(|d| schematic(d, false)));
    let title = move || {
        app.with_doc(|d| format!("{}: the Market(ing) Operating System", d.display_name()))
            .unwrap_or_default()
    };
    let back = move || {
        format!(
            "/model/{}/report",
            app.with_doc(|d| d.id.as_str().to_string())
                .unwrap_or_default()
        )
    };
    let navigate = use_navigate();
    let next = move || step.update(|s| *s = (*s + 1).min(last));
    let prev = move || step.update(|s| *s = s.saturating_sub(1));
    let stage = NodeRef::<leptos::html::Section>::new();
    let handle = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "ArrowRight" | "PageDown" | " " => {
            ev.prevent_default();
            next();
        }
        "ArrowLeft" | "PageUp" => {
            ev.prevent_default();
            prev();
        }
        "Home" => step.set(0),
        "End" => step.set(last),
        // In full screen, Escape leaves full screen (the browser's), not the presentation.
        "Escape" if !crate::web::fullscreen::is_on() => navigate(&back(), Default::default()),
        _ => {}
    });
    on_cleanup(move || handle.remove());
    let fullscreen = move |_| {
        if let Some(el) = stage.get() {
            crate::web::fullscreen::enter(&el);
        }
    };
    view! {
        <section class="present" node_ref=stage aria-labelledby="present-title">
            <h1 id="present-title">{title}</h1>
            <p class="present-step" aria-live="polite">{move || format!("{} of {}: {}", step.get() + 1, LAYERS.len(), LAYERS[step.get()])}</p>
            <div class="schematic present-svg">{move || full.get().map(|s| svg_view(&s, step.get(), title(), "present"))}</div>
            <p class="present-controls">
                <button type="button" on:click=move |_| prev() disabled=move || step.get() == 0>"Previous layer"</button>
                <button type="button" on:click=move |_| next() disabled=move || step.get() == last>"Next layer"</button>
                <button type="button" on:click=fullscreen>"Full screen"</button>
                <A href=back>"End the presentation"</A>
            </p>
            <p class="field-hint">"Keys: right arrow or space for the next layer, left arrow to go back, Escape to leave."</p>
        </section>
    }
}
