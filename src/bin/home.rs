//! The quick home page (`ui::quick`): the first module on the home address. When the summaries
//! memo already describes every stored model and nothing needs the app's attention, it shows
//! the workspace at a tenth of the app's size; otherwise it starts the app at once.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use marketing_os::persist::quick::quick_home;
    use marketing_os::web::{loader, storage::Store};
    let Some(home) = Store::open().ok().and_then(|s| quick_home(&s).ok()) else {
        loader::start_app();
        return;
    };
    let document = document();
    if let Some(shell) = document.get_element_by_id("app-shell") {
        shell.remove();
    }
    let Ok(root) = document.create_element("div") else {
        loader::start_app();
        return;
    };
    root.set_id("app-quick");
    let _ = document.body().map(|b| b.append_child(&root));
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    leptos::mount::mount_to(root, move || {
        // Whether the browser keeps the data comes a moment later, as in the app.
        let (persisted, set_persisted) = signal(None);
        leptos::task::spawn_local(async move {
            set_persisted.set(marketing_os::web::storage::persisted().await);
        });
        view! { <marketing_os::ui::quick::QuickPage home persisted /> }
    })
    .forget();
    marketing_os::web::clock::mark_interactive();
    loader::quick_page_ready();
    marketing_os::web::offline::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The quick home page runs in the browser: use `make serve`.");
}
