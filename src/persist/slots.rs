//! Crash-safe saving of a model's record. A save writes the new text to a shadow slot, reads
//! it back, writes the model's own key, reads that back, then drops the shadow. Stored text
//! carries a checksum of its model. A tab killed at any point leaves at least one slot that
//! loads: the old record (killed while writing the shadow), the shadow (killed while writing
//! the record), or both (killed before the shadow was dropped). Loading takes the newer of
//! the two that pass their checksum.

use super::error::LoadError;
use super::workspace::model_key;
use crate::domain::{Document, ModelId};

/// A save interrupted before it finished leaves its text under `mos.shadow.<id>`.
pub const SHADOW_PREFIX: &str = "mos.shadow.";

/// The shadow slot of a model.
pub fn shadow_key(id: &ModelId) -> String {
    format!("{SHADOW_PREFIX}{}", id.as_str())
}

/// The model id a shadow key belongs to.
pub fn shadow_id_of(key: &str) -> Option<ModelId> {
    let id = ModelId(key.strip_prefix(SHADOW_PREFIX)?.to_string());
    id.is_well_formed().then_some(id)
}

const MODEL_FIELD: &str = ",\"model\":";
const CHECK_FIELD: &str = ",\"check\":\"";

/// FNV-1a (64 bits) of the text, as 16 hex digits: small, fast, and enough to tell a cut or
/// altered record from a whole one.
pub fn digest(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Adds a checksum of the model to compact envelope text (`{"format":…,"model":{…}}`), as a
/// `"check"` field just before the model. Older builds ignore the field.
pub fn seal(text: &str) -> String {
    match (text.find(MODEL_FIELD), text.strip_suffix('}')) {
        (Some(i), Some(body)) if body.len() >= i + MODEL_FIELD.len() => format!(
            "{}{CHECK_FIELD}{}\"{}",
            &text[..i],
            digest(&body[i + MODEL_FIELD.len()..]),
            &text[i..]
        ),
        _ => text.to_string(),
    }
}

/// Checks stored text against its checksum. Text without one (saved by an earlier build)
/// passes, and is left to loading to judge.
pub fn verify(text: &str) -> Result<(), LoadError> {
    let Some(i) = text.find(MODEL_FIELD) else {
        return Ok(());
    };
    let head = &text[..i];
    let Some(c) = head.find(CHECK_FIELD) else {
        return Ok(());
    };
    let want = head[c + CHECK_FIELD.len()..].trim_end_matches('"');
    let model = text[i + MODEL_FIELD.len()..]
        .strip_suffix('}')
        .unwrap_or_default();
    if digest(model) == want {
        Ok(())
    } else {
        Err(LoadError::Damaged)
    }
}

/// Whether stored text carries a checksum that matches it: whole text this build or a later
/// one wrote, as opposed to a write cut short (or text from before checksums).
pub fn is_sealed(text: &str) -> bool {
    text.find(MODEL_FIELD)
        .is_some_and(|i| text[..i].contains(CHECK_FIELD))
        && verify(text).is_ok()
}

/// Loads stored text: its checksum first, then the usual parse → check → migrate → restore.
pub fn load_stored(text: &str) -> Result<Document, LoadError> {
    verify(text)?;
    super::load(text.as_bytes())
}

/// Which slot a model was loaded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Record,
    Shadow,
}

/// The better of a model's two stored slots: whichever loads, and the newer when both do.
/// With neither loading, the record's error.
pub fn pick(
    record: Option<&str>,
    shadow: Option<&str>,
) -> Option<Result<(Document, Slot), LoadError>> {
    let rec = record.map(load_stored);
    let sh = shadow.map(load_stored);
    Some(match (rec, sh) {
        (None, None) => return None,
        (Some(Ok(r)), Some(Ok(s))) if s.updated_at > r.updated_at => Ok((s, Slot::Shadow)),
        (Some(Ok(r)), _) => Ok((r, Slot::Record)),
        (_, Some(Ok(s))) => Ok((s, Slot::Shadow)),
        (Some(Err(e)), _) => Err(e),
        // Only a shadow that does not load: the first save of a model, cut short. Nothing
        // was ever saved, so there is nothing to show.
        (None, Some(Err(_))) => return None,
    })
}

/// Key–value storage as the save protocol needs it. `Text` is the stored text as the store
/// holds it (in the browser, a JS string made once, so writing it twice and reading it back
/// never converts 1 MB of text again).
pub trait Slots {
    type Error;
    type Text: ?Sized;
    fn set(&mut self, key: &str, value: &Self::Text) -> Result<(), Self::Error>;
    /// Whether `key` now holds exactly `value` (the read-back).
    fn holds(&self, key: &str, value: &Self::Text) -> bool;
    fn remove(&mut self, key: &str);
}

/// Why a save did not complete. Whatever was stored before is still loadable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveFault<E> {
    /// Storage refused the write.
    Store(E),
    /// The write was accepted but reading it back gave other text.
    ReadBack,
}

/// Saves `text` (sealed by [`seal`]) as model `id`'s record, through the shadow slot. When
/// storage has room for one copy but not two (a model over half of what is free), the
/// record is written alone: a refused shadow write changed nothing; a shadow written but
/// leaving no room for the record is dropped first, and the old record stays loadable until
/// its own replacement (a single write in every browser) lands.
pub fn save<S: Slots>(s: &mut S, id: &ModelId, text: &S::Text) -> Result<(), SaveFault<S::Error>> {
    let shadow = shadow_key(id);
    let record = model_key(id);
    let shadowed = match s.set(&shadow, text) {
        Ok(()) if s.holds(&shadow, text) => true,
        Ok(()) => {
            s.remove(&shadow);
            return Err(SaveFault::ReadBack);
        }
        // No room for a second copy: a refused write changes nothing, so an older shadow
        // stays as it was.
        Err(_) => false,
    };
    if let Err(e) = s.set(&record, text) {
        if !shadowed {
            return Err(SaveFault::Store(e));
        }
        s.remove(&shadow);
        s.set(&record, text).map_err(SaveFault::Store)?;
    }
    if !s.holds(&record, text) {
        return Err(SaveFault::ReadBack);
    }
    s.remove(&shadow);
    Ok(())
}
