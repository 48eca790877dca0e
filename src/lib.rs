//! Market(ing) OS Builder: design a B2B marketing operating system in the browser.

pub mod content;
pub mod domain;
pub mod persist;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
