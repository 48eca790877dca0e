//! How numbers, amounts and quarters read wherever the app shows them: one formatter each, so
//! the page, the report and the Markdown export never disagree (and never print a float's
//! rounding error such as 1.2000000000000002).

/// Decimal places kept by [`number`]: enough for any figure a person types (a 3.5%
/// conversion rate as 0.035, a cost in pence), far above the noise of adding floats.
pub const PLACES: u32 = 6;

/// A number for reading: rounded to [`PLACES`] decimal places, trailing zeros dropped,
/// thousands grouped with commas ("1,250", "1.2", "0.035").
pub fn number(v: f64) -> String {
    rounded(v, PLACES)
}

/// A number rounded to at most `places` decimal places, trailing zeros dropped, thousands
/// grouped (`rounded(5.0 / 3.0, 1)` is "1.7"; `rounded(5.0, 1)` is "5").
pub fn rounded(v: f64, places: u32) -> String {
    let plain = plain(v, places);
    let (sign, rest) = match plain.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", plain.as_str()),
    };
    let (whole, frac) = rest.split_once('.').unwrap_or((rest, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A number as a field holds it for editing: rounded like [`rounded`], not grouped.
pub fn plain(v: f64, places: u32) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let text = format!("{:.*}", places as usize, v);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        text.as_str()
    };
    // Rounding a tiny negative number leaves "-0".
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

/// A money amount in the model's currency: a sign goes in front ("€12,500"), a code after
/// ("12,500 CHF"); no currency set gives the bare number.
pub fn amount(v: f64, currency: &str) -> String {
    let c = currency.trim();
    let n = number(v);
    if c.is_empty() {
        n
    } else if c.chars().any(char::is_alphabetic) {
        format!("{n} {c}")
    } else if let Some(rest) = n.strip_prefix('-') {
        format!("-{c}{rest}")
    } else {
        format!("{c}{n}")
    }
}

/// A quarter as people write it, "Q4 2026", from the stored key "2026-Q4"; anything else is
/// shown as it was typed.
pub fn quarter(key: &str) -> String {
    let k = key.trim();
    match k.split_once("-Q") {
        Some((year, q))
            if year.len() == 4
                && year.bytes().all(|b| b.is_ascii_digit())
                && matches!(q, "1" | "2" | "3" | "4") =>
        {
            format!("Q{q} {year}")
        }
        _ => k.to_string(),
    }
}

/// Text typed into a number field that does not read as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// Reads a typed number as marketers write them: blank is none; spaces, commas between
/// thousands, a currency sign or code, a `%`, a comparison sign (`< 180`) and a `k`, `m` or
/// `bn` for thousands, millions and billions are allowed ("$1.2M" is 1,200,000).
pub fn parse_number(text: &str) -> Result<Option<f64>, NotANumber> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| {
            !matches!(
                c,
                ' ' | ',' | '%' | '€' | '$' | '£' | '\u{a0}' | '<' | '>' | '≤' | '≥' | '~' | '='
            )
        })
        .collect();
    let lower = t.to_lowercase();
    let lower = ["usd", "eur", "gbp", "chf"]
        .iter()
        .find_map(|c| lower.strip_prefix(c).or_else(|| lower.strip_suffix(c)))
        .unwrap_or(&lower)
        .to_string();
    if lower.is_empty() {
        return Ok(None);
    }
    let (digits, scale) = if let Some(d) = lower.strip_suffix("bn") {
        (d, 1e9)
    } else if let Some(d) = lower.strip_suffix('k') {
        (d, 1e3)
    } else if let Some(d) = lower.strip_suffix('m') {
        (d, 1e6)
    } else {
        (lower.as_str(), 1.0)
    };
    digits
        .parse::<f64>()
        .ok()
        .map(|v| v * scale)
        .filter(|v| v.is_finite())
        .map(Some)
        .ok_or(NotANumber)
}
