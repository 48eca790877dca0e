//! What can go wrong reading a model, each with a message that says what and where.

use std::fmt;

/// Why bytes could not become a model. The current model is never touched when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing at all was given.
    Empty,
    /// Over the size limit.
    TooLarge { bytes: usize, limit: usize },
    /// Not UTF-8 text, nor anything recognisable.
    NotText,
    /// A known kind of file that is not a model, named as a user would ("a PNG image").
    NotAModel { what: &'static str },
    /// Text in another encoding than UTF-8, named ("UTF-16").
    OtherEncoding { name: &'static str },
    /// Not JSON; line and column are 1-based.
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not an object with an envelope.
    NotAnObject,
    /// An envelope of some other format (or none).
    WrongFormat { found: Option<String> },
    /// The envelope has no usable schema version.
    MissingVersion,
    /// Written by a newer version of the app than this one understands.
    NewerVersion { found: u64, supported: u64 },
    /// A migration from an older schema failed.
    Migration {
        from: u64,
        name: &'static str,
        detail: String,
    },
    /// A field has the wrong shape; `path` is like `model.mapping.flows[3].direction`.
    Invalid { path: String, detail: String },
    /// Stored text whose checksum does not match its content: cut or altered.
    Damaged,
    /// Arrays and objects nested deeper than any model needs.
    TooDeep { limit: usize },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Empty => write!(f, "The file is empty."),
            LoadError::TooDeep { limit } => write!(
                f,
                "The file nests lists and objects more than {limit} levels deep, which no model does."
            ),
            LoadError::Damaged => write!(
                f,
                "The saved text is damaged: it does not match the checksum written with it."
            ),
            LoadError::TooLarge { bytes, limit } => write!(
                f,
                "The file is {}; the most this app reads is {}.",
                size_over(*bytes as u64),
                size_limit(*limit as u64)
            ),
            LoadError::NotText => write!(f, "The file is not text, so it cannot be a model export."),
            LoadError::NotAModel { what } => write!(
                f,
                "This is {what}, not a model file. A model is exported as a .json file."
            ),
            LoadError::OtherEncoding { name } => write!(
                f,
                "This file is {name} text: save it as UTF-8 and import it again."
            ),
            LoadError::NotJson { line, column, detail } => write!(
                f,
                "The file is not valid JSON: {detail} (line {line}, column {column})."
            ),
            LoadError::NotAnObject => write!(
                f,
                "The file is JSON but not a Market(ing) OS model: it should be an object with \"format\", \"schema\" and \"model\"."
            ),
            LoadError::WrongFormat { found: Some(found) } => write!(
                f,
                "The file's format is \"{found}\", not a Market(ing) OS model (\"{}\").",
                super::FORMAT
            ),
            LoadError::WrongFormat { found: None } => write!(
                f,
                "The file has no \"format\" field, so it is not a Market(ing) OS model export."
            ),
            LoadError::MissingVersion => write!(
                f,
                "The file has no schema version (\"schema\" should be a whole number)."
            ),
            LoadError::NewerVersion { found, supported } => write!(
                f,
                "The file was written by a newer version of the app (schema {found}; this one reads up to {supported}). Open it in the newer app, or update this one."
            ),
            LoadError::Migration { from, name, detail } => write!(
                f,
                "The file uses schema {from} and could not be upgraded ({name}): {detail}."
            ),
            LoadError::Invalid { path, detail } => {
                write!(f, "The model has a bad value at {path}: {detail}.")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// A size over a limit, in MB to the tenth, rounded up: a file just over the limit never reads
/// as the limit itself (5 MB and a byte is "5.1 MB", not "5.0 MB").
pub fn size_over(bytes: u64) -> String {
    tenths_of_mb(bytes.saturating_mul(10).div_ceil(1_048_576))
}

/// A limit in MB: whole when it is whole ("5 MB"), else to the tenth, rounded down.
pub fn size_limit(bytes: u64) -> String {
    if bytes.is_multiple_of(1_048_576) {
        format!("{} MB", bytes / 1_048_576)
    } else {
        tenths_of_mb(bytes.saturating_mul(10) / 1_048_576)
    }
}

/// A count of tenths of a MB, written out ("51" is "5.1 MB"). Sizes are shown without
/// floating point, whose formatting alone is ~12 KB of WebAssembly.
pub(crate) fn tenths_of_mb(tenths: u64) -> String {
    format!("{}.{} MB", tenths / 10, tenths % 10)
}
