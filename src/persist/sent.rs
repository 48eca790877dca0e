//! What a prospect has sent back of each model (`mos.sent`): when the reply link was last
//! made, the results file downloaded and the email opened, each with a fingerprint of the
//! answers it carried. The send page reads it on every visit, so after a reload it still says
//! when the results were last sent and whether the answers have changed since. Kept beside
//! the models like the record of exports: it describes this browser, never travels in a link
//! or a file, and a record that cannot be read is only a record lost.

use crate::domain::reply::trimmed;
use crate::domain::{Document, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The record of what was sent, for every model.
pub const SENT_KEY: &str = "mos.sent";
/// The format name of that record.
pub const SENT_FORMAT: &str = "marketing-os-sent";

/// A way of sending results back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// The reply link was made (to copy, or to go in an email).
    Link,
    /// The results file was downloaded.
    File,
    /// The email was opened in the prospect's own email program.
    Email,
}

/// One way of sending, done at a time, carrying answers with this fingerprint (empty: not
/// known, in a record from before fingerprints were kept).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sending {
    pub at: Timestamp,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub answers: String,
}

/// What has been sent of one model: the last time each way was used.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SendRecord {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<Sending>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<Sending>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<Sending>,
}

impl SendRecord {
    /// The last time `way` was used, if it was.
    pub fn get(&self, way: Way) -> Option<&Sending> {
        match way {
            Way::Link => self.link.as_ref(),
            Way::File => self.file.as_ref(),
            Way::Email => self.email.as_ref(),
        }
    }

    /// Notes that `way` was used at `at` with answers of fingerprint `answers`.
    pub fn record(&mut self, way: Way, at: Timestamp, answers: &str) {
        let s = Some(Sending {
            at,
            answers: answers.to_string(),
        });
        match way {
            Way::Link => self.link = s,
            Way::File => self.file = s,
            Way::Email => self.email = s,
        }
    }

    /// The latest sending of any way (None: nothing was ever sent).
    pub fn last(&self) -> Option<&Sending> {
        [&self.link, &self.file, &self.email]
            .into_iter()
            .flatten()
            .max_by_key(|s| s.at)
    }

    /// Whether answers with fingerprint `now` differ from those of the latest sending: None
    /// when nothing was sent, or when that sending's answers are not known.
    pub fn changed_since(&self, now: &str) -> Option<bool> {
        self.last()
            .filter(|s| !s.answers.is_empty())
            .map(|s| s.answers != now)
    }

    /// Whether `way` sent answers other than those with fingerprint `now` (false when it was
    /// not used or its answers are not known).
    pub fn way_is_behind(&self, way: Way, now: &str) -> bool {
        self.get(way)
            .is_some_and(|s| !s.answers.is_empty() && s.answers != now)
    }
}

/// The record for every model, by model id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SentBook {
    pub format: String,
    pub schema: u64,
    pub models: BTreeMap<String, SendRecord>,
}

impl SentBook {
    /// Reads the stored record; text that is not one (or none at all) gives an empty record.
    pub fn read(text: Option<&str>) -> SentBook {
        text.and_then(|t| serde_json::from_str::<SentBook>(t).ok())
            .filter(|b| b.format == SENT_FORMAT)
            .unwrap_or_default()
    }

    /// The record's stored text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(&SentBook {
            format: SENT_FORMAT.into(),
            schema: 1,
            models: self.models.clone(),
        })
        .unwrap_or_default()
    }

    /// What has been sent of model `id`.
    pub fn of(&self, id: &str) -> SendRecord {
        self.models.get(id).cloned().unwrap_or_default()
    }

    /// Notes that `way` was used for model `id`; gives that model's record.
    pub fn record(&mut self, id: &str, way: Way, at: Timestamp, answers: &str) -> SendRecord {
        let r = self.models.entry(id.to_string()).or_default();
        r.record(way, at, answers);
        r.clone()
    }

    /// Forgets model `id` (deleted for good).
    pub fn forget(&mut self, id: &str) -> bool {
        self.models.remove(id).is_some()
    }
}

/// A fingerprint of the answers a reply carries: what the consultant keeps of the model (see
/// [`trimmed`]) and who answered. Two models with the same fingerprint are the same reply to
/// the consultant; any change to an answer gives another.
pub fn answers_fingerprint(doc: &Document) -> String {
    let kept = serde_json::to_string(&(trimmed(doc.clone()).snapshot(), doc.respondent.trim()))
        .unwrap_or_default();
    super::slots::digest(&kept)
}
