//! Typed identifiers: a constituent's id can never be passed where a flow's is expected.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl From<u64> for $name {
            fn from(raw: u64) -> Self {
                Self(raw)
            }
        }

        impl $name {
            /// The raw number, for use in keys and element ids.
            pub fn raw(self) -> u64 {
                self.0
            }
        }
    )*};
}

id_type!(
    /// A market or company constituent (Stage 1).
    ConstituentId,
    /// A segment inside a constituent (Stage 1 drill-down).
    SegmentId,
    /// A supporting program or piece of documentation (Stage 1).
    ProgramId,
    /// A listen-and-learn or educate-and-persuade category (Stage 1).
    CategoryId,
    /// A marketing sub-function, shared resource or agency (Stage 2).
    SubFunctionId,
    /// A company function the marketing team works with (Stage 2).
    FunctionId,
    /// An input or output flow (Stage 2).
    FlowId,
    /// A KPI attached to a flow (Stage 2).
    KpiId,
    /// A forum, RACI row, SLA, budget line or other Stage 3 item.
    OpsId,
    /// A diagnostic action (action plan).
    ActionId,
    /// A change-log entry.
    ChangeId,
    /// A named version of the whole model.
    VersionId,
);

/// The identity of one company model in the workspace; stable across export and import.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct ModelId(pub String);

impl ModelId {
    /// Whether the id is safe to use in a storage key and a URL: 1–64 of `[A-Za-z0-9_-]`.
    pub fn is_well_formed(&self) -> bool {
        (1..=64).contains(&self.0.len())
            && self
                .0
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Milliseconds since the Unix epoch (UTC).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Timestamp(pub u64);
