//! Moving keyboard focus and the view, and reading the elements events come from.

use wasm_bindgen::JsCast;

fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Focuses the element with this id, if it is there.
pub fn focus_id(id: &str) {
    if let Some(el) = by_id(id) {
        let _ = el.focus();
    }
}

/// Focuses the element with this id and scrolls it into view unless it is a field; with
/// `select`, a field's text is selected so that typing replaces it.
pub fn focus_and_show(id: &str, select: bool) {
    let Some(el) = by_id(id) else {
        return;
    };
    let _ = el.focus();
    match el.dyn_ref::<web_sys::HtmlInputElement>() {
        Some(input) if select => input.select(),
        Some(_) => {}
        None => el.scroll_into_view(),
    }
}

/// Scrolls the element with this id into view.
pub fn scroll_to(id: &str) {
    if let Some(el) = by_id(id) {
        el.scroll_into_view();
    }
}

/// Focuses the first element inside `root` that matches `selector`.
pub fn focus_within(root: &web_sys::Element, selector: &str) {
    let found = root.query_selector(selector).ok().flatten();
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The value of attribute `name` on the element an event came from.
pub fn target_attribute(ev: &web_sys::Event, name: &str) -> Option<String> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .get_attribute(name)
}

/// Whether the `<details>` a toggle event came from is now open.
pub fn details_open(ev: &web_sys::Event) -> Option<bool> {
    let d = ev
        .target()?
        .dyn_into::<web_sys::HtmlDetailsElement>()
        .ok()?;
    Some(d.open())
}

/// Selects the text of the field or text area an event came from.
pub fn select_target(ev: &web_sys::Event) {
    let Some(t) = ev.target() else {
        return;
    };
    if let Some(a) = t.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        a.select();
    } else if let Some(i) = t.dyn_ref::<web_sys::HtmlInputElement>() {
        i.select();
    }
}

/// Puts `value` in the field an event came from.
pub fn set_target_value(ev: &web_sys::Event, value: &str) {
    if let Some(i) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        i.set_value(value);
    }
}
