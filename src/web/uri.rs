//! Addresses.

/// `text` encoded for one component of an address (a query value, a `mailto:` subject).
pub fn encode_component(text: &str) -> String {
    String::from(js_sys::encode_uri_component(text))
}
