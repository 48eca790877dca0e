//! Calendar arithmetic on [`Timestamp`], without a clock: the browser supplies "now".

use super::ids::Timestamp;

/// A UTC calendar date and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
}

impl Timestamp {
    /// The UTC calendar date and time of this instant.
    pub fn to_datetime(self) -> DateTime {
        let secs = self.0 / 1000;
        let days = (secs / 86_400) as i64;
        let rem = secs % 86_400;
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        DateTime {
            year,
            month,
            day,
            hour: (rem / 3600) as u32,
            minute: (rem % 3600 / 60) as u32,
            second: (rem % 60) as u32,
        }
    }

    /// `yyyy-mm-dd`, as used in export file names.
    pub fn date_iso(self) -> String {
        let d = self.to_datetime();
        format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
    }

    /// The date as a reader writes it, e.g. `7 December 2026`.
    pub fn date_long(self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let d = self.to_datetime();
        let month = MONTHS[(d.month.clamp(1, 12) - 1) as usize];
        format!("{} {month} {}", d.day, d.year)
    }

    /// The date and time of day as a reader writes them, e.g. `7 December 2026, 15:04`.
    /// (In UTC: the browser shifts an instant to local time before asking.)
    pub fn date_time_long(self) -> String {
        let d = self.to_datetime();
        format!("{}, {:02}:{:02}", self.date_long(), d.hour, d.minute)
    }

    /// RFC 3339 in UTC, e.g. `2026-11-23T19:12:00Z`.
    pub fn rfc3339(self) -> String {
        let d = self.to_datetime();
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            d.year, d.month, d.day, d.hour, d.minute, d.second
        )
    }

    /// "just now", "5 minutes ago", "3 days ago" or the date, relative to `now`.
    pub fn relative_to(self, now: Timestamp) -> String {
        let secs = now.0.saturating_sub(self.0) / 1000;
        let plural = |n: u64, unit: &str| {
            if n == 1 {
                format!("1 {unit} ago")
            } else {
                format!("{n} {unit}s ago")
            }
        };
        match secs {
            0..=59 => "just now".to_string(),
            60..=3599 => plural(secs / 60, "minute"),
            3600..=86_399 => plural(secs / 3600, "hour"),
            86_400..=2_591_999 => plural(secs / 86_400, "day"),
            _ => format!("on {}", self.date_iso()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_known_instants() {
        assert_eq!(Timestamp(0).rfc3339(), "1970-01-01T00:00:00Z");
        // 2024-02-29T12:34:56Z, a leap day.
        assert_eq!(
            Timestamp(1_709_210_096_000).rfc3339(),
            "2024-02-29T12:34:56Z"
        );
        assert_eq!(Timestamp(1_795_000_000_000).date_iso(), "2026-11-18");
    }

    #[test]
    fn relative_times_read_naturally() {
        let now = Timestamp(10_000_000_000);
        assert_eq!(Timestamp(now.0 - 5_000).relative_to(now), "just now");
        assert_eq!(Timestamp(now.0 - 60_000).relative_to(now), "1 minute ago");
        assert_eq!(Timestamp(now.0 - 7_200_000).relative_to(now), "2 hours ago");
        assert_eq!(
            Timestamp(now.0 - 3 * 86_400_000).relative_to(now),
            "3 days ago"
        );
    }
}
