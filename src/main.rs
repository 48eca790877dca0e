//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    use marketing_os::web::loader;
    // First, so that any failure from here on is shown to the user rather than freezing the page.
    marketing_os::web::panic::install();
    // What the page showed until now gives way to the app in this same task, so the browser
    // never paints both: the static page of index.html, or the quick home page (src/bin/home.rs),
    // whose typing and pending action the loader carries over.
    loader::before_takeover();
    let document = leptos::prelude::document();
    for id in ["app-shell", "app-quick"] {
        if let Some(shown) = document.get_element_by_id(id) {
            shown.remove();
        }
    }
    leptos::mount::mount_to_body(marketing_os::ui::App);
    loader::after_takeover();
    // The offline worker registers once the page has loaded, out of the way of start-up.
    marketing_os::web::offline::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Market(ing) OS Builder runs in the browser: use `make serve`.");
}
