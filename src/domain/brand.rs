//! A consultant's branding on an invitation: the accent colour on buttons (darkened when
//! white text on it would be hard to read) and a small logo carried as a data URL that is
//! checked every time it is read, so only a real PNG, JPEG or WebP image is ever shown.

/// The largest logo file an invitation carries. It rides inside the link (base64 makes it a
/// third longer), so it is kept small.
pub const LOGO_MAX_BYTES: usize = 16 * 1024;

/// The least contrast white text needs on a button (WCAG 2.2 AA for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The image types a logo may be (never SVG: it can carry script).
const LOGO_TYPES: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];

/// The image type a file's first bytes say it is, among the allowed ones.
fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a]) {
        Some("image/png")
    } else if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

/// The cap in words, for the picker's hint and its errors.
pub fn logo_cap_text() -> String {
    format!("{} KB", LOGO_MAX_BYTES / 1024)
}

/// Why a file of `bytes` bytes is refused as a logo.
pub fn logo_size_error(bytes: u64) -> String {
    format!(
        "That image is {} KB; a logo can be at most {}. Save a smaller version (about 200 pixels wide is plenty) and pick it again.",
        bytes.div_ceil(1024),
        logo_cap_text()
    )
}

/// A picked file as a logo data URL, or why it cannot be one. The type is read from the
/// file's own first bytes, not from its name or the type the browser guesses.
pub fn logo_data_url(bytes: &[u8]) -> Result<String, String> {
    if bytes.len() > LOGO_MAX_BYTES {
        return Err(logo_size_error(bytes.len() as u64));
    }
    let Some(mime) = sniff(bytes) else {
        return Err(format!(
            "That file is not a PNG, JPEG or WebP image. Pick a logo saved in one of those formats (at most {}).",
            logo_cap_text()
        ));
    };
    Ok(format!("data:{mime};base64,{}", base64_encode(bytes)))
}

/// Whether `url` is a logo the app may show: a base64 data URL of an allowed image type whose
/// bytes start the way that type's files do, no larger than the cap.
pub fn is_valid_logo(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("data:") else {
        return false;
    };
    let Some((mime, data)) = rest.split_once(";base64,") else {
        return false;
    };
    if !LOGO_TYPES.contains(&mime) {
        return false;
    }
    // Four characters carry three bytes; padding only at the end.
    if data.is_empty() || data.len() % 4 != 0 || data.len() / 4 * 3 > LOGO_MAX_BYTES + 2 {
        return false;
    }
    let body = data.trim_end_matches('=');
    if data.len() - body.len() > 2 || !body.bytes().all(|c| digit(c).is_some()) {
        return false;
    }
    let head = base64_decode(&body[..body.len().min(16)]);
    sniff(&head) == Some(mime)
}

/// The logo kept on an invitation: the same text when it is valid, else none.
pub fn tidy_logo(url: &str) -> String {
    if is_valid_logo(url.trim()) {
        url.trim().to_string()
    } else {
        String::new()
    }
}

fn digit(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// Standard base64 with padding, as data URLs use it.
pub fn base64_encode(bytes: &[u8]) -> String {
    super::base64::encode(bytes, super::base64::STANDARD, true)
}

/// Decodes base64 characters already checked to be in the alphabet (no padding).
fn base64_decode(text: &str) -> Vec<u8> {
    let (mut acc, mut bits, mut out) = (0u32, 0u32, Vec::new());
    for c in text.bytes() {
        acc = (acc << 6) | digit(c).unwrap_or(0);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// A `#rrggbb` colour's channels.
fn channels(colour: &str) -> Option<[u8; 3]> {
    if !super::invitation::is_colour(colour) {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&colour[i..i + 2], 16).ok();
    Some([c(1)?, c(3)?, c(5)?])
}

/// WCAG relative luminance of a colour's channels.
fn luminance(rgb: [u8; 3]) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb[0]) + 0.7152 * lin(rgb[1]) + 0.0722 * lin(rgb[2])
}

/// The contrast of white text on a `#rrggbb` colour (1 to 21); None for anything else.
pub fn contrast_with_white(colour: &str) -> Option<f64> {
    channels(colour).map(|rgb| 1.05 / (luminance(rgb) + 0.05))
}

/// The colour for a button in the consultant's accent with white text: the accent itself
/// when white on it reads at 4.5:1 or better, else the accent darkened step by step (its hue
/// kept) until it does. Anything that is not `#rrggbb` gives the app's default accent.
pub fn button_colour(accent: &str) -> String {
    let Some(rgb) = channels(accent.trim()) else {
        return super::invitation::DEFAULT_ACCENT.to_string();
    };
    let mut scale = 1.0f64;
    loop {
        let c = rgb.map(|v| (f64::from(v) * scale).round().clamp(0.0, 255.0) as u8);
        if 1.05 / (luminance(c) + 0.05) >= MIN_CONTRAST || scale <= 0.0 {
            return format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2]);
        }
        scale = (scale - 0.02).max(0.0);
    }
}
