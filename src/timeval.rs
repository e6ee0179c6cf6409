//! TIMEX3 values as calendar intervals: `2024-08-29`, `2024-08`, `2024-H1`, `201X`,
//! `2023-10/2024-02` → a start day, an end day and a precision, for sorting and drawing.
//! (First version: days, months and years.)

use chrono::NaiveDate;

/// How precisely a value pins down its time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A day (or a time on a day).
    Day,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// A TIMEX3 value as a half-open interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    /// First day.
    pub start: NaiveDate,
    /// The day after the last day.
    pub end: NaiveDate,
    /// The precision of the coarser end.
    pub precision: Precision,
}

/// Parses a TIMEX3 value or `START/END` range; `None` for durations, vague and
/// unresolved values.
pub fn parse(value: &str) -> Option<Interval> {
    if let Some((a, b)) = value.split_once('/') {
        let (a, b) = (parse(a)?, parse(b)?);
        return Some(Interval {
            start: a.start,
            end: b.end,
            precision: a.precision.max(b.precision),
        });
    }
    let date_part = value.split('T').next()?;
    let parts: Vec<&str> = date_part.split('-').collect();
    let num = |s: &str| s.parse::<i32>().ok();
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = num(y)?;
            Some(Interval {
                start: NaiveDate::from_ymd_opt(y, 1, 1)?,
                end: NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
                precision: Precision::Year,
            })
        }
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y)?, num(m)? as u32);
            let start = NaiveDate::from_ymd_opt(y, m, 1)?;
            let end = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?
            };
            Some(Interval {
                start,
                end,
                precision: Precision::Month,
            })
        }
        [y, m, d] if y.len() == 4 => {
            let start = NaiveDate::from_ymd_opt(num(y)?, num(m)? as u32, num(d)? as u32)?;
            Some(Interval {
                start,
                end: start.succ_opt()?,
                precision: Precision::Day,
            })
        }
        _ => None,
    }
}
