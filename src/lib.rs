//! Market(ing) OS Builder: design a B2B marketing operating system in the browser.

pub mod content;
pub mod domain;
pub mod homepage;
pub mod persist;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod state;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
