//! The words of the storage panel and of export reminders: what the app keeps in the browser,
//! how big it is, and when a model was last exported.

use crate::domain::{Document, Timestamp};
use crate::persist::workspace::{Usage, EXPORT_REMINDER_DAYS};

/// The storage panel's account of what the app stores.
pub fn usage_line(u: &Usage) -> String {
    let mut parts = vec![format!("models {}", size_text(u.models))];
    if u.versions > 0 {
        parts.push(format!("versions {}", size_text(u.versions)));
    }
    if u.bin > 0 {
        parts.push(format!("deleted models {}", size_text(u.bin)));
    }
    if u.backups > 0 {
        parts.push(format!("backups {}", size_text(u.backups)));
    }
    format!(
        "This app uses {} of the about 5 MB a browser usually allows it ({}%): {}.",
        size_text(u.total()),
        u.percent(),
        parts.join(", ")
    )
}

/// What an import says, after "Imported “…”.", when items in the file shared an id with
/// another of their kind (empty when none did).
pub fn ids_repaired(renumbered: usize) -> String {
    match renumbered {
        0 => String::new(),
        1 => " One item in the file had the same id as another item of its kind; it was given an id of its own and nothing was dropped.".into(),
        n => format!(" {n} items in the file had the same id as another item of their kind; each was given an id of its own and nothing was dropped."),
    }
}

/// Whether the browser keeps the app's data, in words (nothing where it cannot say).
pub fn kept_text(persisted: Option<bool>) -> &'static str {
    match persisted {
        Some(true) => "The browser has agreed to keep this data: it will not clear it to free space.",
        Some(false) => "The browser may clear this data when the device runs short of space, and clearing site data removes it. Export models you care about.",
        None => "",
    }
}

/// Characters as a short size, counting a character as a byte ("12 KB", "1.4 MB").
pub fn size_text(chars: usize) -> String {
    if chars < 1024 * 1024 {
        format!("{} KB", chars.div_ceil(1024))
    } else {
        // In whole tenths, rounded half up.
        crate::persist::error::tenths_of_mb((chars as u64 * 10 + 524_288) / 1_048_576)
    }
}

/// The reminder to export, when a model has had changes no export holds for a week or more:
/// counted from its last export, or from its creation when it was never exported.
pub fn export_reminder(
    doc: &Document,
    last_export: Option<Timestamp>,
    now: Timestamp,
) -> Option<String> {
    let base = last_export.unwrap_or(doc.created_at);
    let days = now.0.saturating_sub(base.0) / 86_400_000;
    if doc.updated_at <= base || days < EXPORT_REMINDER_DAYS {
        return None;
    }
    Some(match last_export {
        Some(_) => {
            format!("Last exported {days} days ago. Changes since then live only in this browser.")
        }
        None => format!(
            "Not exported since it was started {days} days ago. It lives only in this browser."
        ),
    })
}

/// "Exported today", "Exported 3 days ago", or "Not exported yet", for the home page.
pub fn exported_text(last_export: Option<Timestamp>, now: Timestamp) -> String {
    match last_export {
        None => "Not exported yet".into(),
        Some(at) => match now.0.saturating_sub(at.0) / 86_400_000 {
            0 => "Exported today".into(),
            1 => "Exported yesterday".into(),
            n => format!("Exported {n} days ago"),
        },
    }
}
