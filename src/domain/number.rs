//! How numbers read wherever the app or its exports print them: no float noise, no trailing
//! zeros. One function, so the report, the Markdown export and every page agree
//! (0.1 + 0.2 reads "0.3", never "0.30000000000000004").

/// Decimal places kept by [`format_number`]: enough for any figure a person types (a 3.5%
/// conversion rate as 0.035, a cost in pence), far above the noise of adding floats.
pub const PLACES: u32 = 6;

/// A number as people read it: rounded to [`PLACES`] decimal places, trailing zeros dropped
/// (`1.2`, `30000`, `0.035`).
pub fn format_number(v: f64) -> String {
    format_rounded(v, PLACES)
}

/// A number rounded to at most `places` decimal places, trailing zeros dropped
/// (`format_rounded(5.0 / 3.0, 1)` is `1.7`; `format_rounded(5.0, 1)` is `5`).
pub fn format_rounded(v: f64, places: u32) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_noise_never_shows() {
        assert_eq!(format_number(0.1 + 0.2 + 0.9), "1.2");
        assert_eq!(format_number(0.1 + 0.2), "0.3");
        assert_eq!(format_number(0.7 + 0.6), "1.3");
        assert_eq!(format_number(30000.0), "30000");
        assert_eq!(format_number(0.035), "0.035");
        assert_eq!(format_number(-1.5), "-1.5");
        assert_eq!(format_number(-0.0000001), "0");
        assert_eq!(format_number(1e15), "1000000000000000");
        assert_eq!(format_number(f64::NAN), "");
        assert_eq!(format_rounded(5.0 / 3.0, 1), "1.7");
        assert_eq!(format_rounded(5.0, 1), "5");
    }
}
