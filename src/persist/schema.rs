//! The published JSON Schema of the export format, generated from the types (native only).

use super::envelope::Envelope;

/// The path of the committed schema, relative to the crate root.
pub const SCHEMA_PATH: &str = "schema/marketing-os-model.schema.json";

/// The JSON Schema of an export file, pretty-printed with a trailing newline.
pub fn export_schema() -> String {
    let mut schema = schemars::schema_for!(Envelope);
    if let Some(obj) = schema.as_object_mut() {
        obj.insert(
            "$id".into(),
            "https://marketing-os.invalid/schema/marketing-os-model.schema.json".into(),
        );
        obj.insert("title".into(), "Market(ing) OS Builder model export".into());
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}
