//! Full screen, for presenting.

/// Shows `el` full screen (the browser may refuse; nothing else happens then).
pub fn enter(el: &web_sys::Element) {
    let _ = el.request_fullscreen();
}

/// True while something on the page is shown full screen.
pub fn is_on() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.fullscreen_element())
        .is_some()
}
