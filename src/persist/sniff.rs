//! What a file is when it is not a model: a picture, a document or an archive told by its first
//! bytes, or text in an encoding other than UTF-8, told by its byte order mark or its bytes.

/// A file that is something other than UTF-8 text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    /// A known binary kind, named as a user would ("a PNG image").
    Binary(&'static str),
    /// UTF-16 text (with or without a byte order mark).
    Utf16,
    /// UTF-32 text.
    Utf32,
    /// Single-byte text: Latin-1 (ISO-8859-1) or Windows-1252.
    Latin1,
}

/// First bytes of the kinds of file people pick by mistake.
const MAGIC: [(&[u8], &str); 8] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (
        b"PK\x03\x04",
        "a ZIP archive (or a Word, Excel or other Office file, which is one)",
    ),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
];

/// A known binary kind from the first bytes. A JSON file starts with a brace, a bracket,
/// white space or a byte order mark, so none of these is ever a model.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some("a WebP image");
    }
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, what)| *what)
}

/// What bytes that are not UTF-8 hold, when that can be told; `None` for bytes that are
/// nothing recognisable.
pub fn sniff(bytes: &[u8]) -> Option<Sniffed> {
    if let Some(what) = binary_kind(bytes) {
        return Some(Sniffed::Binary(what));
    }
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Some(Sniffed::Utf32);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Some(Sniffed::Utf16);
    }
    if looks_utf16(bytes) {
        return Some(Sniffed::Utf16);
    }
    if looks_latin1(bytes) {
        return Some(Sniffed::Latin1);
    }
    None
}

/// UTF-16 without a mark: JSON is mostly ASCII, so every other byte is zero, the even ones
/// (big-endian) or the odd ones (little-endian).
fn looks_utf16(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 2 {
        return false;
    }
    let pairs = head.len() / 2;
    let zero_at = |k: usize| head.iter().skip(k).step_by(2).filter(|b| **b == 0).count();
    let (even, odd) = (zero_at(0), zero_at(1));
    (odd * 4 >= pairs * 3 && even == 0) || (even * 4 >= pairs * 3 && odd == 0)
}

/// Text in a single-byte encoding: no zero bytes, no control bytes other than tab and line
/// ends, and some bytes over 127 (else it would be ASCII, which is UTF-8).
fn looks_latin1(bytes: &[u8]) -> bool {
    bytes.iter().any(|b| *b >= 0x80)
        && bytes
            .iter()
            .all(|b| *b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r'))
}
