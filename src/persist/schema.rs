//! The published JSON Schema of the export format, generated from the types (native only),
//! then made to say what the loader requires and to compile in a validator's strict mode.

use super::envelope::{Envelope, FORMAT, SCHEMA_VERSION};
use serde_json::{json, Map, Value};

/// The path of the committed schema, relative to the crate root.
pub const SCHEMA_PATH: &str = "schema/marketing-os-model.schema.json";

/// What `ModelId::is_well_formed` accepts, which restore requires of every model's id.
const MODEL_ID_PATTERN: &str = "^[A-Za-z0-9_-]{1,64}$";

/// The JSON Schema of an export file, pretty-printed with a trailing newline.
pub fn export_schema() -> String {
    // Edited as schemars' own type, whose serialisation keeps the keywords in a readable order.
    let mut schema = schemars::schema_for!(Envelope);
    if let Some(obj) = schema.as_object_mut() {
        obj.values_mut().for_each(integer_bounds);
        obj.insert(
            "$id".into(),
            "https://marketing-os.invalid/schema/marketing-os-model.schema.json".into(),
        );
        obj.insert("title".into(), "Market(ing) OS Builder model export".into());
        what_the_loader_requires(obj);
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The loader refuses a file whose format is not [`FORMAT`], whose schema version is not
/// 1 to [`SCHEMA_VERSION`], or whose model has no well-formed id (see `load` and `restore`);
/// everything else has defaults.
fn what_the_loader_requires(schema: &mut Map<String, Value>) {
    let props = &mut schema["properties"];
    props["format"]["const"] = FORMAT.into();
    props["schema"]["minimum"] = 1.into();
    props["schema"]["maximum"] = SCHEMA_VERSION.into();
    let document = &mut schema["$defs"]["Document"];
    document["properties"]["id"] = json!({
        "description": "The model's id: 1 to 64 letters, digits, '-' or '_'.",
        "$ref": "#/$defs/ModelId",
        "type": "string",
        "pattern": MODEL_ID_PATTERN,
    });
    document["required"] = json!(["id"]);
}

/// schemars marks Rust's number types with formats (`uint64`, `uint8`, `double`) that no
/// standard names, and strict validators (Ajv's default) refuse to compile unknown formats.
/// Integers get their type's bounds instead; floats are plain numbers.
fn integer_bounds(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            if let Some(Value::String(format)) = obj.get("format") {
                if let Some((min, max)) = bounds(format) {
                    obj.remove("format");
                    set_if_absent(obj, "minimum", min);
                    set_if_absent(obj, "maximum", max);
                } else if format == "double" || format == "float" {
                    obj.remove("format");
                }
            }
            obj.values_mut().for_each(integer_bounds);
        }
        Value::Array(items) => items.iter_mut().for_each(integer_bounds),
        _ => {}
    }
}

fn set_if_absent(obj: &mut Map<String, Value>, key: &str, v: Value) {
    obj.entry(key).or_insert(v);
}

/// The smallest and largest value of an integer format. `uint` and `int` are `usize` and
/// `isize`, 32 bits wide in the browser, where the loader runs.
fn bounds(format: &str) -> Option<(Value, Value)> {
    Some(match format {
        "uint8" => (0.into(), u8::MAX.into()),
        "uint16" => (0.into(), u16::MAX.into()),
        "uint32" | "uint" => (0.into(), u32::MAX.into()),
        "uint64" => (0.into(), u64::MAX.into()),
        "int8" => (i8::MIN.into(), i8::MAX.into()),
        "int16" => (i16::MIN.into(), i16::MAX.into()),
        "int32" | "int" => (i32::MIN.into(), i32::MAX.into()),
        "int64" => (i64::MIN.into(), i64::MAX.into()),
        _ => return None,
    })
}
