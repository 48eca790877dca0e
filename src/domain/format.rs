//! How numbers, amounts and quarters read wherever the app shows them: one formatter each, so
//! the page, the report and the Markdown export never disagree (and never print a float's
//! rounding error such as 1.2000000000000002).

/// A number for reading: at most two decimals, trailing zeros dropped, thousands grouped
/// with commas ("1,250", "1.2", "0.35").
pub fn number(v: f64) -> String {
    if !v.is_finite() {
        return String::new();
    }
    let hundredths = (v.abs() * 100.0).round();
    let whole = (hundredths / 100.0).trunc();
    let cents = (hundredths - whole * 100.0) as u64;
    let mut digits = format!("{whole:.0}");
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    let mut out = format!("{digits}{grouped}");
    if cents > 0 {
        let frac = format!("{cents:02}");
        out.push('.');
        out.push_str(frac.trim_end_matches('0'));
    }
    if v < 0.0 && hundredths > 0.0 {
        out.insert(0, '-');
    }
    out
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
