//! The weekly scorecard inside a quarterly window: which weeks a quarter has, whether a week's
//! actual is on track against its target, and which way each KPI is heading.

use super::document::Document;
use super::ids::{KpiId, Timestamp};
use super::mapping::Period;
use super::operations::Accrual;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The (year, month, day) of a day number.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let d = Timestamp((days.max(0) as u64) * 86_400_000).to_datetime();
    (d.year, d.month, d.day)
}

/// An ISO 8601 week: its week-numbering year and number, and the day number of its Monday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Week {
    pub year: i64,
    pub number: u32,
    pub monday: i64,
}

impl Week {
    /// The ISO week a day falls in.
    pub fn of_day(days: i64) -> Week {
        let weekday = (days + 3).rem_euclid(7); // Monday = 0; 1970-01-01 was a Thursday.
        let monday = days - weekday;
        let thursday = monday + 3;
        let (year, _, _) = civil_from_days(thursday);
        let number = ((thursday - days_from_civil(year, 1, 1)) / 7 + 1) as u32;
        Week {
            year,
            number,
            monday,
        }
    }

    /// How actuals are stored: `2026-W47`.
    pub fn key(&self) -> String {
        format!("{}-W{:02}", self.year, self.number)
    }

    /// A short label for a column: the Monday, e.g. `16 Nov`.
    pub fn label(&self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let (_, m, d) = civil_from_days(self.monday);
        format!("{d} {}", MONTHS[(m - 1) as usize])
    }
}

/// A calendar quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Quarter {
    pub year: i64,
    /// 1 to 4.
    pub q: u32,
}

impl Quarter {
    /// The quarter an instant falls in (UTC).
    pub fn of(t: Timestamp) -> Quarter {
        let d = t.to_datetime();
        Quarter {
            year: d.year,
            q: (d.month - 1) / 3 + 1,
        }
    }

    /// `2026-Q4`, as budget lines record it.
    pub fn key(&self) -> String {
        format!("{}-Q{}", self.year, self.q)
    }

    /// `Q4 2026`.
    pub fn label(&self) -> String {
        super::format::quarter(&self.key())
    }

    pub fn next(self) -> Quarter {
        if self.q == 4 {
            Quarter {
                year: self.year + 1,
                q: 1,
            }
        } else {
            Quarter {
                q: self.q + 1,
                ..self
            }
        }
    }

    pub fn previous(self) -> Quarter {
        if self.q == 1 {
            Quarter {
                year: self.year - 1,
                q: 4,
            }
        } else {
            Quarter {
                q: self.q - 1,
                ..self
            }
        }
    }

    /// The weeks whose Monday falls inside the quarter, in order (13 or 14 of them).
    pub fn weeks(&self) -> Vec<Week> {
        let first_month = (self.q - 1) * 3 + 1;
        let start = days_from_civil(self.year, first_month, 1);
        let end = self.next();
        let end = days_from_civil(end.year, (end.q - 1) * 3 + 1, 1);
        let first = Week::of_day(start);
        let mut monday = if first.monday < start {
            first.monday + 7
        } else {
            first.monday
        };
        let mut out = Vec::new();
        while monday < end {
            out.push(Week::of_day(monday));
            monday += 7;
        }
        out
    }
}

/// How one week's actual stands against the target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Nothing recorded yet.
    NoData,
    /// An actual, but no target to judge it by.
    NoTarget,
    OnTrack,
    /// Missed, by no more than a tenth of the target.
    AtRisk,
    OffTrack,
}

/// How far short of target still counts as "at risk" rather than off track.
pub const AT_RISK_SHARE: f64 = 0.10;

/// Judges one actual against a target.
pub fn status(actual: Option<f64>, target: Option<f64>, lower_is_better: bool) -> Status {
    let Some(actual) = actual else {
        return Status::NoData;
    };
    let Some(target) = target else {
        return Status::NoTarget;
    };
    let shortfall = if lower_is_better {
        actual - target
    } else {
        target - actual
    };
    if shortfall <= 0.0 {
        Status::OnTrack
    } else if shortfall <= target.abs() * AT_RISK_SHARE {
        Status::AtRisk
    } else {
        Status::OffTrack
    }
}

/// Which way a KPI moved between its last two recorded weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    NotEnoughData,
    Up,
    Down,
    Flat,
}

/// The trend of a run of weekly values (gaps skipped): the latest against the one before,
/// flat when they differ by under 1%.
pub fn trend(values: &[Option<f64>]) -> Trend {
    let recorded: Vec<f64> = values.iter().flatten().copied().collect();
    let [.., before, last] = recorded[..] else {
        return Trend::NotEnoughData;
    };
    let scale = before.abs().max(last.abs());
    if scale == 0.0 || (last - before).abs() < scale * 0.01 {
        Trend::Flat
    } else if last > before {
        Trend::Up
    } else {
        Trend::Down
    }
}

/// Whether a trend is good news for a KPI (None when flat or unknown).
pub fn improving(trend: Trend, lower_is_better: bool) -> Option<bool> {
    match trend {
        Trend::Up => Some(!lower_is_better),
        Trend::Down => Some(lower_is_better),
        Trend::Flat | Trend::NotEnoughData => None,
    }
}

/// The share of a target that one week carries, so that a week is judged against a week's
/// worth: a quarter's total is shared out over the quarter's weeks, a month's over 52/12
/// weeks, a year's over 52. A rate is held to its target every week.
pub fn week_target(target: f64, per: Period, accrual: Accrual, weeks_in_quarter: usize) -> f64 {
    match (accrual, per) {
        (Accrual::Rate, _) | (Accrual::Total, Period::Weekly) => target,
        (Accrual::Total, Period::Monthly) => target * 12.0 / 52.0,
        (Accrual::Total, Period::Quarterly) => target / weeks_in_quarter.max(1) as f64,
        (Accrual::Total, Period::Yearly) => target / 52.0,
    }
}

/// The quarter so far: the weeks up to the latest one with an actual. A total adds its weeks
/// up against as many weeks' worth of target; a rate averages them against the target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ToDate {
    /// How many weeks of the quarter it covers (up to the latest recorded).
    pub weeks: usize,
    pub actual: f64,
    pub target: Option<f64>,
    pub status: Status,
}

/// The quarter-to-date roll-up of a run of weekly values; `None` before any is recorded.
pub fn to_date(
    values: &[Option<f64>],
    week_target: Option<f64>,
    accrual: Accrual,
    lower_is_better: bool,
) -> Option<ToDate> {
    let weeks = values.iter().rposition(Option::is_some)? + 1;
    let recorded: Vec<f64> = values[..weeks].iter().flatten().copied().collect();
    let sum: f64 = recorded.iter().sum();
    let (actual, target) = match accrual {
        Accrual::Total => (sum, week_target.map(|t| t * weeks as f64)),
        Accrual::Rate => (sum / recorded.len() as f64, week_target),
    };
    Some(ToDate {
        weeks,
        actual,
        target,
        status: status(Some(actual), target, lower_is_better),
    })
}

/// One KPI's line on the scorecard.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreRow {
    pub kpi: KpiId,
    pub metric: String,
    pub flow: String,
    pub unit: String,
    pub owner: String,
    /// The target as set, for `cadence`.
    pub target: Option<f64>,
    pub cadence: Period,
    pub accrual: Accrual,
    /// The share of the target one week carries, which each week is judged against.
    pub week_target: Option<f64>,
    pub lower_is_better: bool,
    /// One value per week of the quarter, in order.
    pub weeks: Vec<Option<f64>>,
    /// The latest recorded week's status, against a week's worth of the target.
    pub status: Status,
    /// The quarter so far.
    pub to_date: Option<ToDate>,
    pub trend: Trend,
}

/// The scorecard of the KPI short list for one quarter.
pub fn scorecard(doc: &Document, quarter: Quarter) -> Vec<ScoreRow> {
    let weeks: Vec<String> = quarter.weeks().iter().map(Week::key).collect();
    let ops = &doc.operations;
    ops.kpis
        .iter()
        .map(|t| {
            let source = doc
                .mapping
                .flows
                .iter()
                .find_map(|f| f.kpis.iter().find(|k| k.id == t.kpi).map(|k| (f, k)));
            let values: Vec<Option<f64>> = weeks.iter().map(|w| ops.actual(t.kpi, w)).collect();
            let latest = values.iter().rev().flatten().next().copied();
            let week_target = t
                .target
                .map(|x| week_target(x, t.cadence, t.accrual, weeks.len()));
            ScoreRow {
                kpi: t.kpi,
                metric: source
                    .map(|(_, k)| k.metric.trim().to_string())
                    .filter(|m| !m.is_empty())
                    .unwrap_or_else(|| "Unnamed KPI".into()),
                flow: source.map(|(f, _)| f.name.clone()).unwrap_or_default(),
                unit: source.map(|(_, k)| k.unit.clone()).unwrap_or_default(),
                owner: t.owner.clone(),
                target: t.target,
                cadence: t.cadence,
                accrual: t.accrual,
                week_target,
                lower_is_better: t.lower_is_better,
                status: status(latest, week_target, t.lower_is_better),
                to_date: to_date(&values, week_target, t.accrual, t.lower_is_better),
                trend: trend(&values),
                weeks: values,
            }
        })
        .collect()
}
