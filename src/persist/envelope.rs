//! The saved form of a model: an envelope naming its format and version around the model.
//! Loading is parse → check → migrate → restore.

use super::error::LoadError;
use super::jsonpath::path_at;
use super::migrate::{migrate, MIGRATIONS};
use super::restore::restore_noting;
use super::unknown;
use crate::domain::document::Snapshot;
use crate::domain::idcheck::IdRepair;
use crate::domain::unknown::Unknown;
use crate::domain::{Document, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::Arc;

/// The format name every export and stored model carries.
pub const FORMAT: &str = "marketing-os-model";
/// The schema version this build writes and the newest it reads.
pub const SCHEMA_VERSION: u64 = 1;
/// The largest file the app will read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// This build's version, recorded in every save.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A saved model with its format and version. Field order is the file's key order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Envelope {
    /// Always `marketing-os-model`.
    pub format: String,
    /// The schema version of `model`.
    pub schema: u64,
    /// The app version that wrote the file.
    #[serde(default)]
    pub app: String,
    /// When the file was written (RFC 3339, UTC).
    #[serde(default)]
    pub saved_at: String,
    pub model: Document,
}

/// Borrowing twin of [`Envelope`], so saving never clones the model.
#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'a str,
    schema: u64,
    app: &'a str,
    saved_at: String,
    model: &'a Document,
}

/// `doc` in its envelope as this build knows it, compact.
fn known_text(doc: &Document, now: Timestamp) -> String {
    let env = EnvelopeRef {
        format: FORMAT,
        schema: SCHEMA_VERSION,
        app: APP_VERSION,
        saved_at: now.rfc3339(),
        model: doc,
    };
    // Serialising plain data with string keys cannot fail; an empty string would fail to load
    // loudly rather than silently.
    serde_json::to_string(&env).unwrap_or_default()
}

/// Serialises `doc` in its envelope; pretty for files people open, compact for storage.
/// What a newer build wrote and this one does not know goes back in (see [`super::unknown`]).
pub fn encode(doc: &Document, now: Timestamp, pretty: bool) -> String {
    let mut compact = known_text(doc, now);
    if let Some(tree) = unknown::to_write(doc) {
        if let Ok(merged) = unknown::merge(&compact, &tree) {
            compact = merged;
        }
    }
    if pretty {
        super::pretty::reindent(&compact)
    } else {
        compact
    }
}

/// The text a model is stored under in the workspace: compact, and without its versions'
/// snapshots, which are stored once each by [`encode_version`].
pub fn encode_stored(doc: &Document, now: Timestamp) -> String {
    crate::domain::document::without_snapshots(|| encode(doc, now, false))
}

/// The format name of a stored version's snapshot.
pub const VERSION_FORMAT: &str = "marketing-os-version";

#[derive(Serialize)]
struct VersionRef<'a> {
    format: &'a str,
    schema: u64,
    snapshot: &'a Snapshot,
}

#[derive(Deserialize)]
struct VersionBody {
    format: String,
    schema: u64,
    snapshot: Snapshot,
}

/// A version's snapshot as stored under its own key, with what a newer build wrote in it.
pub fn encode_version(snapshot: &Snapshot) -> String {
    let text = serde_json::to_string(&VersionRef {
        format: VERSION_FORMAT,
        schema: SCHEMA_VERSION,
        snapshot,
    })
    .unwrap_or_default();
    match &snapshot.unknown {
        None => text,
        Some(part) => {
            let tree = Unknown {
                inside: vec![("snapshot".into(), (**part).clone())],
                ..Unknown::default()
            };
            unknown::merge(&text, &tree).unwrap_or(text)
        }
    }
}

/// Reads a stored version's snapshot. Schema 1 is the only one yet; when the schema moves on,
/// snapshots migrate with the model they belong to.
pub fn load_version(text: &str) -> Result<Snapshot, LoadError> {
    let body: VersionBody = serde_json::from_str(text).map_err(|e| LoadError::Invalid {
        path: "version".into(),
        detail: short_detail(&e.to_string()),
    })?;
    if body.format != VERSION_FORMAT {
        return Err(LoadError::WrongFormat {
            found: Some(body.format),
        });
    }
    if body.schema > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion {
            found: body.schema,
            supported: SCHEMA_VERSION,
        });
    }
    let mut snapshot = body.snapshot;
    // It parsed as a version, so it parses as JSON.
    if let Ok(read) = serde_json::from_str::<Value>(text) {
        let part = unknown::collect(&read, &encode_version(&snapshot)).take_inside("snapshot");
        snapshot.unknown = part.map(Arc::new);
    }
    Ok(snapshot)
}

/// The export file's text: pretty JSON with stable key order, envelope included.
pub fn export_json(doc: &Document, now: Timestamp) -> String {
    encode(doc, now, true)
}

/// `<company>-marketing-os-<yyyy-mm-dd>.json`, with the company reduced to an ASCII slug.
pub fn export_file_name(doc: &Document, now: Timestamp) -> String {
    super::names::download_name(&doc.company, super::names::Download::Model, now)
}

/// The deepest nesting of arrays and objects the app reads (a model needs about a dozen).
pub const MAX_DEPTH: usize = 64;

/// The deepest nesting of JSON arrays and objects in `bytes`, counted outside strings, and
/// stopping as soon as it passes `limit`. Linear, with no recursion.
pub fn nesting_depth(bytes: &[u8], limit: usize) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for &b in bytes {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest > limit {
                    return deepest;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Why bytes that are not UTF-8 cannot be read, naming what they are when that can be told.
pub fn not_utf8(bytes: &[u8]) -> LoadError {
    use super::sniff::{sniff, Sniffed};
    match sniff(bytes) {
        Some(Sniffed::Binary(what)) => LoadError::NotAModel { what },
        Some(Sniffed::Utf16) => LoadError::OtherEncoding { name: "UTF-16" },
        Some(Sniffed::Utf32) => LoadError::OtherEncoding { name: "UTF-32" },
        Some(Sniffed::Latin1) => LoadError::OtherEncoding {
            name: "Latin-1 (ISO-8859-1 or Windows-1252)",
        },
        None => LoadError::NotText,
    }
}

/// Reads a model from bytes: parse → check → migrate → restore. Never panics.
pub fn load(bytes: &[u8]) -> Result<Document, LoadError> {
    load_noting(bytes).map(|(doc, _)| doc)
}

/// [`load`], with what restore repaired of the model's ids (an import reports it).
pub fn load_noting(bytes: &[u8]) -> Result<(Document, IdRepair), LoadError> {
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    // What a file is, before its bytes are read as JSON: a picture's bytes can look deeply nested.
    if let Some(what) = super::sniff::binary_kind(bytes) {
        return Err(LoadError::NotAModel { what });
    }
    // UTF-16 is valid UTF-8 when it is mostly ASCII, every other byte a zero; JSON never holds
    // a zero byte.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) if !bytes[..bytes.len().min(4096)].contains(&0) => text,
        _ => return Err(not_utf8(bytes)),
    };
    if nesting_depth(bytes, MAX_DEPTH) > MAX_DEPTH {
        return Err(LoadError::TooDeep { limit: MAX_DEPTH });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| LoadError::NotJson {
        line: e.line(),
        column: e.column(),
        detail: short_detail(&e.to_string()),
    })?;
    let Value::Object(mut obj) = value else {
        return Err(LoadError::NotAnObject);
    };
    match obj.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            return Err(LoadError::WrongFormat {
                found: Some(f.clone()),
            })
        }
        Some(other) => {
            return Err(LoadError::WrongFormat {
                found: Some(other.to_string()),
            })
        }
        None => return Err(LoadError::WrongFormat { found: None }),
    }
    let schema = obj
        .get("schema")
        .and_then(Value::as_u64)
        .filter(|v| *v >= 1)
        .ok_or(LoadError::MissingVersion)?;
    if schema > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion {
            found: schema,
            supported: SCHEMA_VERSION,
        });
    }
    if !obj.contains_key("model") {
        return Err(LoadError::Invalid {
            path: "model".into(),
            detail: "the file has no model in it".into(),
        });
    }
    // Older schemas are migrated as JSON values, then read through the same typed path.
    let migrated;
    let text = if schema < SCHEMA_VERSION {
        let model = obj.get_mut("model").expect("checked above");
        migrate(model, schema, SCHEMA_VERSION, MIGRATIONS)?;
        obj.insert("schema".into(), Value::from(SCHEMA_VERSION));
        migrated = serde_json::to_string(&obj).unwrap_or_default();
        migrated.as_str()
    } else {
        text
    };
    let envelope: Envelope = serde_json::from_str(text).map_err(|e| {
        let path = path_at(text, e.line(), e.column());
        LoadError::Invalid {
            path: if path.is_empty() {
                "the file".into()
            } else {
                path
            },
            detail: short_detail(&e.to_string()),
        }
    })?;
    let mut doc = envelope.model;
    // Keep what a newer build wrote: compare the file with what this build would write. The
    // stored record's checksum is this build's too (see `slots::seal`).
    let mut read = Value::Object(obj);
    if let Value::Object(o) = &mut read {
        o.remove("check");
    }
    unknown::keep(&read, &known_text(&doc, Timestamp(0)), &mut doc);
    restore_noting(doc)
}

/// serde's messages end with " at line 1 column 5" where that is meaningless; trim it.
fn short_detail(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
