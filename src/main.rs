//! Mounts the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    // First, so that any failure from here on is shown to the user rather than freezing the page.
    marketing_os::web::panic::install();
    // The static page of index.html (shown while the app loaded) gives way to the app in this
    // same task, so the browser never paints both.
    if let Some(shell) = leptos::prelude::document().get_element_by_id("app-shell") {
        shell.remove();
    }
    leptos::mount::mount_to_body(marketing_os::ui::App);
    // The offline worker registers once the page has loaded, out of the way of start-up.
    marketing_os::web::offline::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Market(ing) OS Builder runs in the browser: use `make serve`.");
}
