//! Adaptive axis ticks: pick the finest calendar step (day, week, half month, month,
//! quarter, year, 2/5/10… years) whose labels fit the pixels available, then list minor
//! ticks at that step and major ticks at the next coarser unit (days, weeks and half
//! months under months; months and quarters under years; years under decades).
//!
//! Labels are centred on their tick (see [`Tick::label_extent`]). A step is chosen only
//! if its *shortest* period (28 days for a month, 365 for a year) is at least one label
//! plus a gap wide, so labels in a row never overlap at any width or zoom.

use super::scale::TimeScale;
use crate::timeval::{date_of_day, day_number, month_abbr};
use chrono::{Datelike, Months, NaiveDate};

/// The distance between two ticks, in calendar units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Every day; labelled with the day of the month (`29`).
    Day,
    /// Every ISO week, on Mondays; labelled `26 Aug`.
    Week,
    /// Twice a month, on the 1st and the 16th; labelled `16 Aug`.
    HalfMonth,
    /// Every month, on the 1st; labelled `Aug`.
    Month,
    /// Every quarter (Jan, Apr, Jul, Oct); labelled `Q3`.
    Quarter,
    /// Every `n` years, on years divisible by `n`; labelled `2024`, or `2010s` for 10.
    Years(u32),
}

/// Which row of the axis a tick belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    /// The coarse context row (`Aug 2024` over days, `2024` over months).
    Major,
    /// The fine row at the chosen step.
    Minor,
}

/// One tick: where it is and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Day number of the tick (the first day of its period).
    pub day: f64,
    /// Pixel of the tick on the scale it was made for.
    pub x: f64,
    /// Label text.
    pub label: String,
    /// Row.
    pub level: Level,
}

impl Tick {
    /// The label's pixel extent `[x0, x1)`, centred on the tick, for `char_px` per
    /// character: where to draw it and what must not overlap.
    pub fn label_extent(&self, char_px: f64) -> (f64, f64) {
        let w = self.label.chars().count() as f64 * char_px;
        (self.x - w / 2.0, self.x + w / 2.0)
    }
}

/// How big labels are: the estimate ticks use to keep them apart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TickOptions {
    /// Estimated width of one label character, in pixels (≈ 0.6 × font size).
    pub char_px: f64,
    /// Minimum empty space between two labels of a row, in pixels.
    pub gap_px: f64,
}

impl Default for TickOptions {
    /// 7 px per character (12 px sans-serif) and a 12 px gap.
    fn default() -> Self {
        TickOptions {
            char_px: 7.0,
            gap_px: 12.0,
        }
    }
}

/// The ticks of one axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// The chosen minor step.
    pub step: Step,
    /// Minor ticks, left to right.
    pub minor: Vec<Tick>,
    /// Major ticks, left to right (empty for steps of ten years or more).
    pub major: Vec<Tick>,
    /// The major period containing the window's first day (`Aug 2024`), to pin at the
    /// left edge when its own tick has scrolled off; `None` when there is no major row.
    pub context: Option<String>,
}

/// Candidate steps, finest first.
const STEPS: [Step; 15] = [
    Step::Day,
    Step::Week,
    Step::HalfMonth,
    Step::Month,
    Step::Quarter,
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
    Step::Years(1000),
];

/// Never produce more ticks than this per row, whatever the options.
const MAX_TICKS: usize = 5000;

impl Step {
    /// The shortest period of this step, in days (a month can be 28 days).
    pub fn min_days(self) -> f64 {
        match self {
            Step::Day => 1.0,
            Step::Week => 7.0,
            Step::HalfMonth => 13.0, // 16 Feb → 1 Mar
            Step::Month => 28.0,
            Step::Quarter => 89.0,
            Step::Years(n) => 365.0 * f64::from(n.max(1)),
        }
    }

    /// The most characters a minor label at this step can have.
    pub fn max_label_chars(self) -> usize {
        match self {
            Step::Day | Step::Quarter => 2,
            Step::Month => 3,
            Step::Week | Step::HalfMonth => 6,
            Step::Years(10) => 5,
            Step::Years(_) => 4,
        }
    }

    /// The coarser unit shown in the major row under this step, if any.
    pub fn major(self) -> Option<Step> {
        match self {
            Step::Day | Step::Week | Step::HalfMonth => Some(Step::Month),
            Step::Month | Step::Quarter => Some(Step::Years(1)),
            Step::Years(n) if n < 10 => Some(Step::Years(10)),
            Step::Years(_) => None,
        }
    }

    /// The tick at or before `d` (a Monday, a 1st of the month, a 1 January …).
    fn floor(self, d: NaiveDate) -> NaiveDate {
        let ymd = |y: i32, m: u32| NaiveDate::from_ymd_opt(y.max(1), m, 1).unwrap_or(d);
        match self {
            Step::Day => d,
            Step::Week => d - chrono::Duration::days(i64::from(d.weekday().num_days_from_monday())),
            Step::Month => ymd(d.year(), d.month()),
            Step::HalfMonth => {
                let first = ymd(d.year(), d.month());
                if d.day() >= 16 {
                    first + chrono::Duration::days(15)
                } else {
                    first
                }
            }
            Step::Quarter => ymd(d.year(), (d.month() - 1) / 3 * 3 + 1),
            Step::Years(n) => {
                let n = n.max(1) as i32;
                ymd(d.year().div_euclid(n) * n, 1)
            }
        }
    }

    /// The tick after `d`, or `None` past the calendar's end.
    fn next(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Step::Day => d.succ_opt(),
            Step::Week => d.checked_add_days(chrono::Days::new(7)),
            Step::Month => d.checked_add_months(Months::new(1)),
            Step::HalfMonth if d.day() == 1 => d.checked_add_days(chrono::Days::new(15)),
            Step::HalfMonth => NaiveDate::from_ymd_opt(d.year(), d.month(), 1)
                .and_then(|first| first.checked_add_months(Months::new(1))),
            Step::Quarter => d.checked_add_months(Months::new(3)),
            Step::Years(n) => d.checked_add_months(Months::new(12 * n.max(1))),
        }
    }

    /// The minor label of the tick on `d`.
    fn minor_label(self, d: NaiveDate) -> String {
        match self {
            Step::Day => d.day().to_string(),
            Step::Week | Step::HalfMonth => format!("{} {}", d.day(), month_abbr(d.month())),
            Step::Month => month_abbr(d.month()).to_string(),
            Step::Quarter => format!("Q{}", (d.month() - 1) / 3 + 1),
            Step::Years(10) => format!("{}s", d.year()),
            Step::Years(_) => d.year().to_string(),
        }
    }

    /// The label of the major period starting on `d`, when this is a major step.
    fn major_label(self, d: NaiveDate) -> String {
        match self {
            Step::Month => format!("{} {}", month_abbr(d.month()), d.year()),
            Step::Years(10) => format!("{}s", d.year().div_euclid(10) * 10),
            _ => d.year().to_string(),
        }
    }
}

/// The finest step whose labels (plus the gap) fit between two ticks at
/// `px_per_day` pixels per day; the coarsest candidate if none does.
pub fn choose_step(px_per_day: f64, opts: &TickOptions) -> Step {
    let ppd = if px_per_day.is_finite() {
        px_per_day.abs()
    } else {
        0.0
    };
    let char_px = sane(opts.char_px);
    let gap = sane(opts.gap_px);
    STEPS
        .iter()
        .copied()
        .find(|s| s.min_days() * ppd >= (s.max_label_chars() as f64 * char_px + gap).max(1.0))
        .unwrap_or(Step::Years(1000))
}

fn sane(v: f64) -> f64 {
    if v.is_finite() {
        v.max(0.0)
    } else {
        0.0
    }
}

/// Ticks for the visible window of `scale`: the step from [`choose_step`], minor ticks
/// at that step and major ticks at [`Step::major`], each inside the domain.
pub fn ticks(scale: &TimeScale, opts: &TickOptions) -> Axis {
    let step = choose_step(scale.px_per_day(), opts);
    let (lo, hi) = if scale.d0 <= scale.d1 {
        (scale.d0, scale.d1)
    } else {
        (scale.d1, scale.d0)
    };
    let minor = row(scale, step, lo, hi, Level::Minor);
    let major_step = step.major();
    let major = major_step.map_or_else(Vec::new, |m| row(scale, m, lo, hi, Level::Major));
    let context = major_step.map(|m| m.major_label(m.floor(date_of_day(lo))));
    Axis {
        step,
        minor,
        major,
        context,
    }
}

fn row(scale: &TimeScale, step: Step, lo: f64, hi: f64, level: Level) -> Vec<Tick> {
    let mut out = Vec::new();
    let mut d = Some(step.floor(date_of_day(lo)));
    while let Some(date) = d {
        let day = day_number(date);
        if day > hi || out.len() >= MAX_TICKS {
            break;
        }
        if day >= lo {
            let label = match level {
                Level::Minor => step.minor_label(date),
                Level::Major => step.major_label(date),
            };
            out.push(Tick {
                day,
                x: scale.x(day),
                label,
                level,
            });
        }
        d = step.next(date);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeval::parse;

    fn window(from: &str, to: &str, width: f64) -> TimeScale {
        let (a, b) = (parse(from).unwrap(), parse(to).unwrap());
        TimeScale::for_window(a.start_day(), b.end_day(), width)
    }

    fn labels(ts: &[Tick]) -> Vec<&str> {
        ts.iter().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn twenty_two_years_at_1000px_are_labelled_by_year_under_decades() {
        let axis = ticks(&window("2003", "2024", 1000.0), &TickOptions::default());
        // 45 px per year ≥ 4 × 7 + 12.
        assert_eq!(axis.step, Step::Years(1));
        assert_eq!(axis.minor.len(), 23); // 2003 … 2025 (the exclusive end)
        assert_eq!(axis.minor[0].label, "2003");
        assert_eq!(axis.minor[0].x, 0.0);
        assert_eq!(labels(&axis.major), ["2010s", "2020s"]);
        assert_eq!(axis.context.as_deref(), Some("2000s"));
    }

    #[test]
    fn narrow_screens_thin_to_two_and_five_years() {
        let o = TickOptions::default();
        assert_eq!(
            ticks(&window("2003", "2024", 600.0), &o).step,
            Step::Years(2)
        );
        let axis = ticks(&window("2003", "2024", 320.0), &o);
        assert_eq!(axis.step, Step::Years(5));
        assert_eq!(
            labels(&axis.minor),
            ["2005", "2010", "2015", "2020", "2025"]
        );
    }

    #[test]
    fn a_month_shows_days_or_weeks_under_months() {
        let o = TickOptions::default();
        let axis = ticks(&window("2024-08", "2024-08", 1200.0), &o);
        assert_eq!(axis.step, Step::Day);
        assert_eq!(axis.minor[28].label, "29");
        assert_eq!(labels(&axis.major), ["Aug 2024", "Sep 2024"]);
        let axis = ticks(&window("2024-08", "2024-08", 400.0), &o);
        assert_eq!(axis.step, Step::Week);
        assert_eq!(labels(&axis.minor), ["5 Aug", "12 Aug", "19 Aug", "26 Aug"]);
        assert_eq!(axis.context.as_deref(), Some("Aug 2024"));
    }

    #[test]
    fn six_weeks_on_a_phone_tick_twice_a_month() {
        let start = parse("2014-06-15").unwrap().start_day();
        let axis = ticks(
            &TimeScale::for_window(start, start + 45.0, 320.0),
            &TickOptions::default(),
        );
        assert_eq!(axis.step, Step::HalfMonth);
        assert_eq!(labels(&axis.minor), ["16 Jun", "1 Jul", "16 Jul"]);
        assert_eq!(labels(&axis.major), ["Jul 2014"]);
        assert_eq!(axis.context.as_deref(), Some("Jun 2014"));
    }

    #[test]
    fn a_year_shows_months_or_quarters() {
        let o = TickOptions::default();
        let axis = ticks(&window("2024", "2024", 1000.0), &o);
        assert_eq!(axis.step, Step::Month);
        assert_eq!(axis.minor[7].label, "Aug");
        assert_eq!(labels(&axis.major), ["2024", "2025"]);
        let axis = ticks(&window("2024", "2024", 300.0), &o);
        assert_eq!(axis.step, Step::Quarter);
        assert_eq!(labels(&axis.minor), ["Q1", "Q2", "Q3", "Q4", "Q1"]);
    }

    #[test]
    fn degenerate_input_gives_a_bounded_axis() {
        let o = TickOptions {
            char_px: f64::NAN,
            gap_px: -3.0,
        };
        let axis = ticks(&TimeScale::for_window(0.0, 3650.0, 1e9), &o);
        assert_eq!(axis.step, Step::Day);
        assert_eq!(axis.minor.len(), 3651);
        let axis = ticks(
            &TimeScale::for_window(0.0, 0.0, 800.0),
            &TickOptions::default(),
        );
        assert_eq!(axis.step, Step::Years(1000));
        assert!(axis.minor.len() <= 1);
    }
}
