//! `seeds <corpus dir>`: writes starting inputs for both targets from the sample model and an
//! invitation: an export file, link fragments (first byte odd) and link JSON (first byte even).
use marketing_os::content::sample::sample;
use marketing_os::domain::invitation::Invitation;
use marketing_os::domain::Timestamp;
use marketing_os::persist::export_json;
use marketing_os::persist::link::{invitation_json, model_json, to_fragment};

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("corpus directory"));
    let doc = sample(Timestamp(1_764_000_000_000));
    let inv = Invitation {
        id: "inv-seed".into(),
        consultant: "Ada Consultant".into(),
        organisation: "Seed & Co".into(),
        contact: "mailto:ada@example.org".into(),
        ..Invitation::default()
    };
    let write =
        |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).expect("write seed");
    write(
        "import/seed-sample.json",
        export_json(&doc, Timestamp(1)).as_bytes(),
    );
    for (name, json) in [
        ("model", model_json(&doc, Timestamp(1))),
        ("invitation", invitation_json(&inv)),
    ] {
        let fragment = to_fragment(&miniz_oxide::deflate::compress_to_vec_zlib(
            json.as_bytes(),
            6,
        ));
        write(
            &format!("link/seed-{name}-fragment"),
            format!("1{fragment}").as_bytes(),
        );
        write(
            &format!("link/seed-{name}-json"),
            format!("0{json}").as_bytes(),
        );
    }
}
