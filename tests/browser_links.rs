//! The share-link wrapper in a real headless Chromium: the browser's own deflate round trips
//! a model, and a cut, altered or oversized link is a typed error, never a wrong model.
#![cfg(target_arch = "wasm32")]

use marketing_os::domain::msg::OpsMsg;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::link::{from_fragment, model_json, to_fragment, LinkError};
use marketing_os::web::links::{deflate, inflate, open_model};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn model() -> Document {
    let mut d = Document::new(
        ModelId("link-0001".into()),
        "Links <b>& Co</b>",
        Timestamp(1_790_000_000_000),
    );
    d.apply(Msg::Ops(OpsMsg::SetDashboard("Looker: “weekly” 🚀".into())));
    d
}

async fn fragment_of(doc: &Document) -> String {
    let json = model_json(doc, Timestamp(1_790_000_000_000));
    to_fragment(&deflate(json.as_bytes()).await.unwrap())
}

#[wasm_bindgen_test]
async fn a_model_round_trips_through_the_browsers_deflate() {
    let doc = model();
    let fragment = fragment_of(&doc).await;
    let json = model_json(&doc, Timestamp(1_790_000_000_000));
    assert!(fragment.len() < json.len(), "compression shrinks the model");
    assert_eq!(open_model(&format!("#{fragment}")).await.unwrap(), doc);
}

#[wasm_bindgen_test]
async fn a_cut_or_altered_link_is_damage() {
    let fragment = fragment_of(&model()).await;
    let cut = &fragment[..fragment.len() - 12];
    assert_eq!(open_model(cut).await, Err(LinkError::Damaged));
    let mut bytes = from_fragment(&fragment).unwrap();
    let n = bytes.len();
    bytes[n - 2] ^= 0x55; // inside zlib's checksum
    assert_eq!(inflate(&bytes).await, Err(LinkError::Damaged));
    assert_eq!(
        inflate(b"not deflate at all").await,
        Err(LinkError::Damaged)
    );
}

#[wasm_bindgen_test]
async fn a_decompression_bomb_is_refused() {
    // 8 MB of zeros compresses to a few KB; opening it must stop at the 5 MB limit.
    let bomb = deflate(&vec![0u8; 8 * 1024 * 1024]).await.unwrap();
    assert!(bomb.len() < 64 * 1024);
    assert_eq!(inflate(&bomb).await, Err(LinkError::TooLarge));
}
