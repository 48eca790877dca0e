//! Sections that open, copying to the clipboard, and what a closed section holds.

use leptos::prelude::*;

/// A `<details>` whose body is built only while it is open, so a list of a thousand stays
/// light. The children are the summary.
#[component]
pub fn LazyDetails(
    /// Builds the body when the details open.
    #[prop(into)]
    body: ViewFn,
    children: Children,
) -> impl IntoView {
    lazy_details(children(), body)
}

fn lazy_details(summary: AnyView, body: ViewFn) -> AnyView {
    let open = RwSignal::new(false);
    view! {
        <details on:toggle=move |ev| {
            if let Some(o) = crate::web::focus::details_open(&ev) {
                open.set(o);
            }
        }>
            <summary>{summary}</summary>
            {move || open.get().then(|| body.run())}
        </details>
    }
    .into_any()
}

/// Copies `text` to the clipboard and then says in `copied` whether it worked; `what` names
/// the thing to select and copy by hand when the browser refuses ("link", "text").
pub fn copy_text(text: &str, copied: RwSignal<Option<String>>, what: &'static str) {
    let text = text.to_string();
    leptos::task::spawn_local(async move {
        let ok = crate::web::clipboard::copy(&text).await;
        copied.set(Some(if ok {
            "Copied.".into()
        } else {
            format!("This browser did not allow copying: select the {what} and copy it.")
        }));
    });
}

/// A closed section's summary that says what it holds: "Segments · 3: ICP, Personas, TAM",
/// the first few names and how many more; "Segments · none yet" when it is empty.
pub fn holds(title: &str, names: &[String]) -> String {
    const SHOWN: usize = 3;
    let names: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    match names.len() {
        0 => format!("{title} · none yet"),
        n if n <= SHOWN => format!("{title} · {n}: {}", names.join(", ")),
        n => format!(
            "{title} · {n}: {} and {} more",
            names[..SHOWN].join(", "),
            n - SHOWN
        ),
    }
}
