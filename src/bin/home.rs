//! The quick home page (`homepage::quick_page`): the first module on the home address. When
//! the summaries memo already describes every stored model and nothing needs the app's
//! attention, it shows the workspace as one string of HTML, at a fraction of the app's size and
//! with no UI framework; otherwise it starts the app at once.

#[cfg(target_arch = "wasm32")]
fn main() {
    use marketing_os::homepage::{quick_page, KEEP_BUTTON};
    use marketing_os::persist::quick::quick_home;
    use marketing_os::persist::workspace::kept_text;
    use marketing_os::web::{clock, loader, offline, storage};

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
    let (Some(body), Ok(root)) = (document.body(), document.create_element("div")) else {
        loader::start_app();
        return;
    };
    root.set_id("app-quick");
    root.set_inner_html(&quick_page(&home, clock::now()));
    if let Some(shell) = document.get_element_by_id("app-shell") {
        shell.remove();
    }
    let _ = body.append_child(&root);
    clock::mark_interactive();
    loader::quick_page_ready();
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
            if let (Some(section), Ok(button)) =
                (kept.parent_element(), document.create_element("button"))
            {
                let _ = button.set_attribute("type", "button");
                button.set_text_content(Some(KEEP_BUTTON));
                let _ = section.append_child(&button);
            }
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The quick home page runs in the browser: use `make serve`.");
}
