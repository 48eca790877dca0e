//! The quick home page (`homepage::quick_page`): the first module on the home address. When
//! the summaries memo already describes every stored model and nothing needs the app's
//! attention, it shows the workspace at a fraction of the app's size and with no UI framework:
//! the page's own words as one string of HTML, the models' rows built with the DOM's own
//! methods (user text only ever as text). Otherwise it starts the app at once. On a first
//! visit the page of an empty workspace is already written into `index.html` and on screen:
//! it keeps that one as it is. On a returning visit the loader may have drawn the models' rows
//! into that page from the memo (`drawStored` in `index.html`, which builds them as
//! `row_element` does: keep the two in step): it keeps the page, checks the rows against its
//! own and sets them right should they differ.

#[cfg(target_arch = "wasm32")]
fn main() {
    use marketing_os::homepage::{quick_page, quick_rows, KEEP_BUTTON};
    use marketing_os::persist::quick::{quick_home, QuickHome};
    use marketing_os::persist::workspace::{kept_text, usage_line};
    use marketing_os::web::{clock, loader, offline, storage};

    if !loader::quick_wanted() {
        return;
    }
    let Some(home) = storage::Store::open()
        .ok()
        .and_then(|s| quick_home(&s).ok())
    else {
        loader::start_app();
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    // The loader may already have shown the page written into index.html
    // (homepage::first_visit_page), which is on screen and may have been typed in: on a first
    // visit as it is, on a returning visit with the models' rows drawn from the summaries memo.
    // It stays, with its rows checked against these (and set right should they differ) and
    // the storage panel filled in. If the workspace changed meanwhile (another tab) so that
    // the page no longer fits it, the app takes over, carrying across what was typed.
    let root = if let Some(written) = document.get_element_by_id("app-quick") {
        let drawn = written.query_selector("ul.model-list").ok().flatten();
        match drawn {
            None if home == QuickHome::default() => {}
            Some(list) if !home.models.is_empty() => {
                let rows: Vec<_> = quick_rows(&home, clock::now())
                    .iter()
                    .map(|row| row_element(&document, row))
                    .collect();
                let fresh = element(&document, "ul", &[]);
                for row in &rows {
                    let _ = fresh.append_child(row);
                }
                if fresh.inner_html() != list.inner_html() {
                    list.set_text_content(None);
                    for row in &rows {
                        let _ = list.append_child(row);
                    }
                }
                if let Ok(Some(usage)) =
                    written.query_selector("[aria-labelledby=storage-heading] > p")
                {
                    usage.set_text_content(Some(&usage_line(&home.usage)));
                }
            }
            _ => {
                loader::start_app();
                return;
            }
        }
        written
    } else {
        let (Some(body), Ok(root)) = (document.body(), document.create_element("div")) else {
            loader::start_app();
            return;
        };
        root.set_id("app-quick");
        root.set_inner_html(&quick_page(&home));
        if let Ok(Some(list)) = root.query_selector("ul.model-list") {
            for row in quick_rows(&home, clock::now()) {
                let _ = list.append_child(&row_element(&document, &row));
            }
        }
        if let Some(shell) = document.get_element_by_id("app-shell") {
            shell.remove();
        }
        let _ = body.append_child(&root);
        clock::mark_interactive();
        loader::quick_page_ready();
        root
    };
    offline::register();

    // Whether the browser keeps the data comes a moment later, as in the app.
    wasm_bindgen_futures::spawn_local(async move {
        let persisted = storage::persisted().await;
        let Ok(Some(kept)) = root.query_selector("[aria-labelledby=storage-heading] > p + p")
        else {
            return;
        };
        kept.set_text_content(Some(kept_text(persisted)));
        if persisted == Some(false) {
            if let Some(section) = kept.parent_element() {
                let button = element(&document, "button", &[("type", "button")]);
                button.set_text_content(Some(KEEP_BUTTON));
                let _ = section.append_child(&button);
            }
        }
    });
}

/// An element with attributes (set as values, never parsed).
#[cfg(target_arch = "wasm32")]
fn element(document: &web_sys::Document, tag: &str, attrs: &[(&str, &str)]) -> web_sys::Element {
    let el = document
        .create_element(tag)
        .expect("creating an element of a known tag");
    for (name, value) in attrs {
        let _ = el.set_attribute(name, value);
    }
    el
}

/// One model's row, as `ui::home::ModelRow` shows it.
#[cfg(target_arch = "wasm32")]
fn row_element(
    document: &web_sys::Document,
    row: &marketing_os::homepage::QuickRow,
) -> web_sys::Element {
    use marketing_os::homepage::ROW_ACTIONS;
    let li = element(document, "li", &[("class", "model-row")]);
    let link = element(
        document,
        "a",
        &[("href", &row.href), ("class", "model-name")],
    );
    link.set_text_content(Some(&row.company));
    let _ = li.append_child(&link);
    if let Some(tag) = &row.tag {
        let p = element(document, "p", &[("class", "tag")]);
        p.set_text_content(Some(tag));
        let _ = li.append_child(&p);
    }
    let meta = element(document, "p", &[("class", "meta")]);
    let pct = row.completeness.to_string();
    let progress = element(
        document,
        "progress",
        &[("max", "100"), ("value", &pct), ("aria-hidden", "true")],
    );
    let span = element(document, "span", &[("class", "progress-inline")]);
    let _ = span.append_child(&progress);
    let _ = span.append_with_str_1(&format!("{pct}% complete"));
    let _ = meta.append_with_str_1(&row.changed);
    let _ = meta.append_child(&span);
    let _ = meta.append_with_str_2(" · ", &row.exported);
    let _ = li.append_child(&meta);
    let actions = element(
        document,
        "div",
        &[
            ("class", "row-actions"),
            ("role", "group"),
            ("aria-label", &row.actions),
        ],
    );
    for (label, class) in ROW_ACTIONS {
        let button = element(document, "button", &[("type", "button")]);
        if let Some(class) = class {
            let _ = button.set_attribute("class", class);
        }
        button.set_text_content(Some(label));
        let _ = actions.append_child(&button);
    }
    let _ = li.append_child(&actions);
    li
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The quick home page runs in the browser: use `make serve`.");
}
