//! The share-link codec. A link carries its data in the URL fragment, which browsers never
//! send to a server: `<origin>/<kind>#<codec>.<payload>`, where the payload is the JSON
//! (a model's envelope, or an invitation's) compressed with zlib-wrapped deflate and written
//! in base64url without padding. The deflate itself is the browser's (`CompressionStream`,
//! which costs the bundle nothing); zlib's checksum makes a truncated or altered link fail to
//! decompress rather than open wrong. Everything else is here, native and tested.

use super::envelope::{encode, load, MAX_BYTES, SCHEMA_VERSION};
use super::error::LoadError;
use crate::domain::invitation::Invitation;
use crate::domain::{Document, Timestamp};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The codec version this build writes and the newest it reads.
pub const CODEC: u32 = 1;
/// Links longer than this may be cut by chat and mail tools.
pub const SAFE_LENGTH: usize = 8_000;
/// The format name of an invitation payload.
pub const INVITATION_FORMAT: &str = "marketing-os-invitation";
/// The longest fragment the app will try to read (a 5 MB model compresses far below this).
pub const MAX_FRAGMENT: usize = 4 * 1024 * 1024;

/// What a link opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// A model to read, with an offer to save a copy.
    View,
    /// A consultant's invitation.
    Invite,
    /// A prospect's answers coming back to the consultant.
    Reply,
}

impl LinkKind {
    /// The app path that opens this kind of link.
    pub fn path(self) -> &'static str {
        match self {
            LinkKind::View => "/view",
            LinkKind::Invite => "/invite",
            LinkKind::Reply => "/reply",
        }
    }
}

/// Why a link could not be opened. Nothing in the workspace changes when one is returned.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// The address has no data after `#`.
    Empty,
    /// The data does not start with a codec version.
    NotALink,
    /// Made by a newer version of the app.
    NewerCodec { found: u32 },
    /// A character that base64url never uses, at this position of the data.
    BadCharacter { at: usize },
    /// The data decoded but does not decompress: cut short or altered on the way.
    Damaged,
    /// Larger than the app reads.
    TooLarge,
    /// It decompressed, but is not what this kind of link should hold.
    Load(LoadError),
    /// The link holds a model where an invitation was expected, or the other way round.
    WrongKind { expected: &'static str },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "The link has no data in it: everything after the # is missing. Ask for the whole link again."),
            LinkError::NotALink => write!(f, "This is not a Market(ing) OS link: its data should start with a version number and a dot."),
            LinkError::NewerCodec { found } => write!(f, "The link was made by a newer version of the app (link format {found}; this one reads up to {CODEC}). Open it in the newer app."),
            LinkError::BadCharacter { at } => write!(f, "The link is damaged: character {at} of its data is not one a link uses. It may have been altered; ask for it again or for the JSON file."),
            LinkError::Damaged => write!(f, "The link is incomplete or altered, so its data does not check out. Chat and mail tools sometimes cut long links: ask for it again, or for the JSON file."),
            LinkError::TooLarge => write!(f, "The link holds more than the app reads (5 MB)."),
            LinkError::Load(e) => write!(f, "The link's data is not a usable model. {e}"),
            LinkError::WrongKind { expected } => write!(f, "This link does not hold {expected}. Check you opened the link you were sent."),
        }
    }
}

impl From<LoadError> for LinkError {
    fn from(e: LoadError) -> Self {
        LinkError::Load(e)
    }
}

/// base64url without padding.
pub fn base64url_encode(bytes: &[u8]) -> String {
    crate::domain::base64::encode(bytes, crate::domain::base64::URL, false)
}

fn digit(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' | b'+' => 62,
        b'_' | b'/' => 63,
        _ => return None,
    } as u32)
}

/// Decodes base64url (standard `+` and `/` accepted too; padding ignored). A leftover single
/// character carries too few bits for a byte and counts as damage.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, LinkError> {
    let text = text.trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    for (i, c) in text.bytes().enumerate() {
        let d = digit(c).ok_or(LinkError::BadCharacter { at: i + 1 })?;
        acc = (acc << 6) | d;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return Err(LinkError::Damaged);
    }
    Ok(out)
}

/// The fragment (without `#`) for compressed data.
pub fn to_fragment(compressed: &[u8]) -> String {
    format!("{CODEC}.{}", base64url_encode(compressed))
}

/// The compressed data in a fragment (with or without its `#`); the caller decompresses it.
pub fn from_fragment(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let f = fragment.trim();
    let f = f.strip_prefix('#').unwrap_or(f);
    if f.is_empty() {
        return Err(LinkError::Empty);
    }
    if f.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLarge);
    }
    let (version, data) = f.split_once('.').ok_or(LinkError::NotALink)?;
    let version: u32 = version.parse().map_err(|_| LinkError::NotALink)?;
    if version == 0 {
        return Err(LinkError::NotALink);
    }
    if version > CODEC {
        return Err(LinkError::NewerCodec { found: version });
    }
    if data.is_empty() {
        return Err(LinkError::Empty);
    }
    base64url_decode(data)
}

/// The whole link: `origin` (e.g. `https://example.org`), the kind's path and the fragment.
pub fn link(origin: &str, kind: LinkKind, fragment: &str) -> String {
    format!("{}{}#{fragment}", origin.trim_end_matches('/'), kind.path())
}

/// The JSON a model link carries: its compact envelope, versions included, so it round-trips.
pub fn model_json(doc: &Document, now: Timestamp) -> String {
    encode(doc, now, false)
}

/// Reads the decompressed JSON of a model link: the same checks as importing a file.
pub fn load_model(json: &[u8]) -> Result<Document, LinkError> {
    if json.len() > MAX_BYTES {
        return Err(LinkError::TooLarge);
    }
    if is_invitation(json) {
        return Err(LinkError::WrongKind {
            expected: "a model (it holds an invitation)",
        });
    }
    Ok(load(json)?)
}

#[derive(Serialize)]
struct InvitationRef<'a> {
    format: &'a str,
    schema: u64,
    invitation: &'a Invitation,
}

#[derive(Deserialize)]
struct InvitationBody {
    format: String,
    schema: u64,
    invitation: Invitation,
}

/// The JSON an invitation link carries: the same for the same invitation, so its link can be
/// made again at any time; the consultant's private label is left out.
pub fn invitation_json(inv: &Invitation) -> String {
    serde_json::to_string(&InvitationRef {
        format: INVITATION_FORMAT,
        schema: SCHEMA_VERSION,
        invitation: &inv.for_prospect(),
    })
    .unwrap_or_default()
}

fn is_invitation(json: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Format {
        format: Option<String>,
    }
    serde_json::from_slice::<Format>(json)
        .ok()
        .and_then(|f| f.format)
        .is_some_and(|f| f == INVITATION_FORMAT)
}

/// Reads the decompressed JSON of an invitation link, tidied to the length limits and a valid
/// accent colour.
pub fn load_invitation(json: &[u8]) -> Result<Invitation, LinkError> {
    if json.len() > MAX_BYTES {
        return Err(LinkError::TooLarge);
    }
    if super::envelope::nesting_depth(json, super::envelope::MAX_DEPTH) > super::envelope::MAX_DEPTH
    {
        return Err(LinkError::Load(LoadError::TooDeep {
            limit: super::envelope::MAX_DEPTH,
        }));
    }
    if !is_invitation(json) {
        return Err(LinkError::WrongKind {
            expected: "an invitation",
        });
    }
    let body: InvitationBody = serde_json::from_slice(json).map_err(|e| {
        LinkError::Load(LoadError::Invalid {
            path: "invitation".into(),
            detail: e.to_string(),
        })
    })?;
    if body.format != INVITATION_FORMAT {
        return Err(LinkError::WrongKind {
            expected: "an invitation",
        });
    }
    if body.schema > SCHEMA_VERSION {
        return Err(LinkError::Load(LoadError::NewerVersion {
            found: body.schema,
            supported: SCHEMA_VERSION,
        }));
    }
    let inv = body.invitation.tidied();
    if inv.id.is_empty() {
        return Err(LinkError::Load(LoadError::Invalid {
            path: "invitation.id".into(),
            detail: "the invitation has no id".into(),
        }));
    }
    Ok(inv)
}
