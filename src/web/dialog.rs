//! The browser's own dialogs.

/// Asks the user `message` with OK and Cancel; true only for OK (false when the browser
/// cannot ask).
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}
