//! The user's model and every rule about it: plain data, no browser, tested natively.

pub mod apply;
pub mod assessment;
pub mod balance;
pub mod base64;
pub mod brand;
pub mod cohort;
pub mod csv;
pub mod dialogue;
pub mod dialogue_msg;
pub mod diff;
pub mod document;
pub mod exports;
pub mod findings;
pub mod format;
pub mod gaps;
pub mod history;
pub mod idcheck;
pub mod ids;
pub mod invitation;
pub mod mapping;
pub mod mapping_apply;
pub mod mapping_msg;
pub mod maturity;
pub mod maturity_msg;
pub mod msg;
pub mod operations;
pub mod operations_apply;
pub mod operations_msg;
pub mod plan;
pub mod progress;
pub mod raci;
pub mod raci_cell;
pub mod reply;
pub mod report;
pub mod roadmap;
pub mod scorecard;
pub mod target;
pub mod team;
pub mod team_msg;
pub mod time;
pub mod unknown;

pub use document::Document;
pub use history::Editor;
pub use ids::{ModelId, Timestamp};
pub use msg::Msg;

/// Stores `value` in `slot`; true when that changed it. Every `apply` reports change this way.
pub(crate) fn set<T: PartialEq>(slot: &mut T, value: T) -> bool {
    if *slot == value {
        false
    } else {
        *slot = value;
        true
    }
}

/// The value stored under `key` in a keyed list, added with its default when missing.
pub(crate) fn entry<K: PartialEq, V: Default>(list: &mut Vec<(K, V)>, key: K) -> &mut V {
    let i = match list.iter().position(|(k, _)| *k == key) {
        Some(i) => i,
        None => {
            list.push((key, V::default()));
            list.len() - 1
        }
    };
    &mut list[i].1
}

/// Removes the items `pred` picks; true when any went.
pub(crate) fn remove<T>(items: &mut Vec<T>, pred: impl Fn(&T) -> bool) -> bool {
    let before = items.len();
    items.retain(|x| !pred(x));
    items.len() != before
}
