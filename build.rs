//! Link the app's WebAssembly with its relocations kept (`--emit-relocs`): wasm-split reads
//! them to cut the page groups' chunks out of it (scripts/app.mjs). Only the app's own binary
//! and only for wasm32, so no dependency is rebuilt for it and native builds are untouched.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=marketing-os=--emit-relocs");
    }
}
