//! TIMEX3 values as calendar intervals: `2024-08-29`, `2024-08`, `2024-H1`, `201X`,
//! `2023-10/2024-02` → a start day, an end day and a precision, for sorting and drawing.
//!
//! Every value becomes a half-open interval of days `[start, end)`. Values that name no
//! calendar period — durations (`P2D`), vague references (`PAST_REF`) and values with
//! unknown digits below the decade (`XXXX-08`, `2024-XX-01`) — give `None`: they cannot
//! be placed on a timeline.
//!
//! Conventions (documented because TIMEX3 leaves them open):
//! - seasons are meteorological: `SP` Mar–May, `SU` Jun–Aug, `FA` Sep–Nov, and `WI` is
//!   the winter that *starts* in December of that year (Dec–Feb);
//! - `201X` is the decade 2010–2019, `20XX` (or `20`) the century 2000–2099;
//! - a time of day (`2023-12-25T20:45`, `TNI`, `TMO`) is placed on its day;
//! - a range `A/B` runs from the start of `A` to the end of `B` (swapped if reversed).

use chrono::{Datelike, NaiveDate, Weekday};

/// How precisely a value pins down its time, finest first (the order sorts ties).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// A day (or a time on a day).
    Day,
    /// An ISO week (`2024-W35`) or a weekend (`2024-W35-WE`).
    Week,
    /// A month.
    Month,
    /// A meteorological season (`2024-SU`).
    Season,
    /// A quarter (`2024-Q3`).
    Quarter,
    /// A half year (`2024-H1`).
    Half,
    /// A year.
    Year,
    /// A decade (`201X`).
    Decade,
    /// A century (`20XX`).
    Century,
}

/// A TIMEX3 value as a half-open interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    /// First day.
    pub start: NaiveDate,
    /// The day after the last day.
    pub end: NaiveDate,
    /// The precision of the coarser end (for a range, the coarser of its two values).
    pub precision: Precision,
    /// True when the value was a `START/END` range: draw it as a bar.
    pub range: bool,
    /// True when the ends are soft (a TIMEX3 mod such as APPROX, START, MID, END):
    /// draw it with faded ends.
    pub approximate: bool,
}

/// Days since 1970-01-01 as `f64`: the unit of every time coordinate in `geometry`.
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce() - EPOCH_CE)
}

/// The calendar day containing `days` (days since 1970-01-01), clamped to years
/// 1..=9999 so that any finite or infinite input gives a date (NaN gives 1970-01-01).
pub fn date_of_day(days: f64) -> NaiveDate {
    let lo = f64::from(min_date().num_days_from_ce() - EPOCH_CE);
    let hi = f64::from(max_date().num_days_from_ce() - EPOCH_CE);
    let d = if days.is_nan() {
        0.0
    } else {
        days.floor().clamp(lo, hi)
    };
    // In range by the clamp, so the conversion cannot fail.
    NaiveDate::from_num_days_from_ce_opt(d as i32 + EPOCH_CE).unwrap_or_default()
}

const EPOCH_CE: i32 = 719_163; // 1970-01-01 as days from 0001-01-01 (CE day 1).

fn min_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or_default()
}

fn max_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or_default()
}

impl Interval {
    /// First day as a day number (see [`day_number`]).
    pub fn start_day(&self) -> f64 {
        day_number(self.start)
    }

    /// The exclusive end as a day number (see [`day_number`]).
    pub fn end_day(&self) -> f64 {
        day_number(self.end)
    }

    /// Length in days (at least 1 for any parsed value).
    pub fn days(&self) -> f64 {
        self.end_day() - self.start_day()
    }

    /// The middle of the interval as a day number: where a point marker goes.
    pub fn mid_day(&self) -> f64 {
        (self.start_day() + self.end_day()) / 2.0
    }

    /// Human label for the interval alone, from its start and precision
    /// (`29 Aug 2024`, `Aug 2024`, `Q3 2024`, `the 2010s`). A range is labelled from its
    /// first and last day at its precision; prefer [`format_value`] for ranges, which
    /// knows each end's own precision.
    pub fn label(&self) -> String {
        if self.range {
            let last = self.end.pred_opt().unwrap_or(self.end);
            return join_range((self.start, self.precision), (last, self.precision));
        }
        label_at(self.start, self.precision)
    }
}

/// Parses a TIMEX3 value or `START/END` range; `None` for durations, vague and
/// unresolved values. The result is never approximate: see [`parse_with_mod`].
pub fn parse(value: &str) -> Option<Interval> {
    let value = value.trim();
    if let Some((a, b)) = value.split_once('/') {
        let (a, b) = (parse_single(a.trim())?, parse_single(b.trim())?);
        return Some(Interval {
            start: a.start.min(b.start),
            end: a.end.max(b.end),
            precision: a.precision.max(b.precision),
            range: true,
            approximate: false,
        });
    }
    parse_single(value)
}

/// Parses a value and applies its TIMEX3 `mod`, so the UI can draw soft ends.
///
/// `START`, `MID` and `END` narrow the value to its first, middle or last third
/// ("earlier this month" = `2024-08` START → 1–11 Aug); periods of under three days are
/// left whole. Every other mod (`APPROX`, `BEFORE`, `AFTER`, `ON_OR_AFTER`, `LESS_THAN`,
/// …) keeps the interval. Any mod marks the result [`Interval::approximate`]; an absent,
/// empty or `EQUAL` mod leaves it exact.
pub fn parse_with_mod(value: &str, modifier: Option<&str>) -> Option<Interval> {
    let mut iv = parse(value)?;
    let m = modifier.map(str::trim).unwrap_or("");
    if m.is_empty() || m.eq_ignore_ascii_case("EQUAL") {
        return Some(iv);
    }
    iv.approximate = true;
    let len = (iv.end - iv.start).num_days();
    let third = len / 3;
    if third >= 1 {
        let add = |d: i64| iv.start + chrono::Duration::days(d);
        match m.to_ascii_uppercase().as_str() {
            "START" => iv.end = add(third),
            "MID" => (iv.start, iv.end) = (add(third), add(len - third)),
            "END" => iv.start = add(len - third),
            _ => {}
        }
    }
    Some(iv)
}

/// Human text for a TIMEX3 value: `"2024-08-29"` → `"29 Aug 2024"`, `"2024-08"` →
/// `"Aug 2024"`, `"2024-H1"` → `"first half of 2024"`, `"201X"` → `"the 2010s"`,
/// `"2023-10/2024-02"` → `"Oct 2023 – Feb 2024"`. A value that cannot be placed
/// (`P2D`, `PAST_REF`, `XXXX-08`) is returned unchanged, so nothing is ever hidden.
pub fn format_value(value: &str) -> String {
    let v = value.trim();
    if let Some((a, b)) = v.split_once('/') {
        if let (Some(a), Some(b)) = (parse_single(a.trim()), parse_single(b.trim())) {
            let (a, b) = if b.start < a.start { (b, a) } else { (a, b) };
            return join_range((a.start, a.precision), (b.start, b.precision));
        }
        return value.to_string();
    }
    match parse_single(v) {
        Some(iv) => label_at(iv.start, iv.precision),
        None => value.to_string(),
    }
}

/// [`format_value`] with the TIMEX3 `mod` in words: START → "early Aug 2024",
/// MID → "mid-2024", END → "late 2024", APPROX → "about 2024", BEFORE → "before 2024",
/// AFTER / ON_OR_AFTER → "after 2024" / "2024 or later". Unknown mods are ignored.
pub fn format_with_mod(value: &str, modifier: Option<&str>) -> String {
    let text = format_value(value);
    let m = modifier
        .map(|m| m.trim().to_ascii_uppercase())
        .unwrap_or_default();
    match m.as_str() {
        "START" => format!("early {text}"),
        "MID" => format!("mid-{text}"),
        "END" => format!("late {text}"),
        "APPROX" => format!("about {text}"),
        "BEFORE" => format!("before {text}"),
        "ON_OR_BEFORE" => format!("{text} or earlier"),
        "AFTER" => format!("after {text}"),
        "ON_OR_AFTER" => format!("{text} or later"),
        _ => text,
    }
}

/// A key that orders values chronologically: by start day, then finer precision first,
/// then earlier end; values that cannot be placed sort after every date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SortKey {
    unplaced: bool,
    start: NaiveDate,
    precision: Precision,
    end: NaiveDate,
}

/// The chronological [`SortKey`] of a TIMEX3 value or range: `2024-01-01` sorts before
/// `2024-01`, which sorts before `2024` (same start, finer first).
pub fn sort_key(value: &str) -> SortKey {
    match parse(value) {
        Some(iv) => SortKey {
            unplaced: false,
            start: iv.start,
            precision: iv.precision,
            end: iv.end,
        },
        None => SortKey {
            unplaced: true,
            start: max_date(),
            precision: Precision::Century,
            end: max_date(),
        },
    }
}

fn parse_single(value: &str) -> Option<Interval> {
    // A time of day places the value on its day: `2023-12-25T20:45`, `2023-12-25TNI`.
    let date_part = match value.split_once('T') {
        Some((d, t)) if d.len() == 10 && is_time(t) => d,
        Some(_) => return None,
        None => value,
    };
    let parts: Vec<&str> = date_part.split('-').collect();
    let (start, end, precision) = match parts.as_slice() {
        [y] => {
            // `2024`, `201X` / `201` (decade), `20XX` / `20` (century).
            let core = y.trim_end_matches('X');
            if !digits(core) || (core.len() != y.len() && y.len() != 4) {
                return None;
            }
            let (scale, precision) = match core.len() {
                4 => (1, Precision::Year),
                3 => (10, Precision::Decade),
                2 => (100, Precision::Century),
                _ => return None,
            };
            let (s, e) = year_span(core.parse::<i32>().ok()? * scale, scale);
            (s, e, precision)
        }
        [y, p] => {
            let y = year(y)?;
            let (s, e, prec) = match *p {
                "H1" => month_tuple(y, 1, 6, Precision::Half),
                "H2" => month_tuple(y, 7, 6, Precision::Half),
                "Q1" => month_tuple(y, 1, 3, Precision::Quarter),
                "Q2" => month_tuple(y, 4, 3, Precision::Quarter),
                "Q3" => month_tuple(y, 7, 3, Precision::Quarter),
                "Q4" => month_tuple(y, 10, 3, Precision::Quarter),
                "SP" => month_tuple(y, 3, 3, Precision::Season),
                "SU" => month_tuple(y, 6, 3, Precision::Season),
                "FA" => month_tuple(y, 9, 3, Precision::Season),
                "WI" => month_tuple(y, 12, 3, Precision::Season),
                w if w.len() == 3 && w.starts_with('W') && digits(&w[1..]) => {
                    let s = NaiveDate::from_isoywd_opt(y, w[1..].parse().ok()?, Weekday::Mon)?;
                    (
                        Some(s),
                        s.checked_add_days(chrono::Days::new(7)),
                        Precision::Week,
                    )
                }
                m if m.len() == 2 && digits(m) => {
                    month_tuple(y, m.parse().ok()?, 1, Precision::Month)
                }
                _ => return None,
            };
            (s?, e?, prec)
        }
        [y, w, "WE"] if w.len() == 3 && w.starts_with('W') && digits(&w[1..]) => {
            let s = NaiveDate::from_isoywd_opt(year(y)?, w[1..].parse().ok()?, Weekday::Sat)?;
            (
                s,
                s.checked_add_days(chrono::Days::new(2))?,
                Precision::Week,
            )
        }
        [y, m, d] if m.len() == 2 && d.len() == 2 && digits(m) && digits(d) => {
            let s = NaiveDate::from_ymd_opt(year(y)?, m.parse().ok()?, d.parse().ok()?)?;
            (s, s.succ_opt()?, Precision::Day)
        }
        _ => return None,
    };
    Some(Interval {
        start,
        end,
        precision,
        range: false,
        approximate: false,
    })
}

/// A TIMEX3 time part: a part of day (`MO`, `MI`, `AF`, `EV`, `NI`, `DT`) or `hh[:mm…]`.
fn is_time(t: &str) -> bool {
    let b = t.as_bytes();
    matches!(t, "MO" | "MI" | "AF" | "EV" | "NI" | "DT")
        || (b.len() >= 2
            && b[..2].iter().all(u8::is_ascii_digit)
            && b[2..]
                .iter()
                .all(|c| c.is_ascii_digit() || *c == b':' || *c == b'.'))
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// A four-digit year.
fn year(s: &str) -> Option<i32> {
    if s.len() != 4 || !digits(s) {
        return None;
    }
    s.parse().ok()
}

fn year_span(y: i32, years: i32) -> (NaiveDate, NaiveDate) {
    let s = NaiveDate::from_ymd_opt(y.max(1), 1, 1).unwrap_or_else(min_date);
    let e = NaiveDate::from_ymd_opt(y + years, 1, 1).unwrap_or_else(max_date);
    (s, e)
}

fn month_span(y: i32, m: u32, months: u32) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let s = NaiveDate::from_ymd_opt(y, m, 1);
    let e = s.and_then(|s| s.checked_add_months(chrono::Months::new(months)));
    (s, e)
}

fn month_tuple(
    y: i32,
    m: u32,
    months: u32,
    p: Precision,
) -> (Option<NaiveDate>, Option<NaiveDate>, Precision) {
    let (s, e) = month_span(y, m, months);
    (s, e, p)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Short English month name (`Aug`) for month number 1..=12.
pub fn month_abbr(month: u32) -> &'static str {
    MONTHS[(month.clamp(1, 12) - 1) as usize]
}

fn label_at(d: NaiveDate, p: Precision) -> String {
    let y = d.year();
    match p {
        Precision::Day => format!("{} {} {}", d.day(), month_abbr(d.month()), y),
        Precision::Week => {
            let w = d.iso_week();
            if d.weekday() == Weekday::Sat {
                format!("weekend of {} {} {}", d.day(), month_abbr(d.month()), y)
            } else {
                format!("week {} of {}", w.week(), w.year())
            }
        }
        Precision::Month => format!("{} {}", month_abbr(d.month()), y),
        Precision::Season => {
            let name = match d.month() {
                3..=5 => "spring",
                6..=8 => "summer",
                9..=11 => "autumn",
                _ => "winter",
            };
            // Winter is labelled by the year it starts in (Dec); Jan/Feb belong to the
            // winter that began the December before.
            let yy = if d.month() <= 2 { y - 1 } else { y };
            format!("{name} {yy}")
        }
        Precision::Quarter => format!("Q{} {}", (d.month() - 1) / 3 + 1, y),
        Precision::Half => {
            let which = if d.month() <= 6 { "first" } else { "second" };
            format!("{which} half of {y}")
        }
        Precision::Year => y.to_string(),
        Precision::Decade => format!("the {}s", y.div_euclid(10) * 10),
        Precision::Century => {
            let c = y.div_euclid(100) + 1;
            let suffix = match (c % 10, c % 100) {
                (1, n) if n != 11 => "st",
                (2, n) if n != 12 => "nd",
                (3, n) if n != 13 => "rd",
                _ => "th",
            };
            format!("the {c}{suffix} century")
        }
    }
}

/// "Oct 2023 – Feb 2024"; a shared year is written once for days and months
/// ("29 Aug – 3 Sep 2024", "Oct – Dec 2023"). Each end is a day within it and the
/// precision it is written at.
fn join_range(a: (NaiveDate, Precision), b: (NaiveDate, Precision)) -> String {
    let same_year = a.0.year() == b.0.year();
    match (a.1, b.1) {
        (Precision::Day, Precision::Day) if same_year => format!(
            "{} {} – {}",
            a.0.day(),
            month_abbr(a.0.month()),
            label_at(b.0, Precision::Day)
        ),
        (Precision::Month, Precision::Month) if same_year => format!(
            "{} – {}",
            month_abbr(a.0.month()),
            label_at(b.0, Precision::Month)
        ),
        _ => format!("{} – {}", label_at(a.0, a.1), label_at(b.0, b.1)),
    }
}

/// A day value `YYYY-MM-DD` as a date; `None` for anything else (other widths, signs,
/// impossible days). Hand-written rather than chrono's `parse_from_str`, whose format
/// machinery would add kilobytes to the wasm bundle.
pub fn parse_day(value: &str) -> Option<NaiveDate> {
    let b = value.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| {
        let part = value.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// A date as its day value `YYYY-MM-DD` (the inverse of [`parse_day`]).
pub fn day_value(date: NaiveDate) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    if !(0..=9999).contains(&y) {
        return format!("{y:04}-{m:02}-{d:02}");
    }
    // Four-digit years (all but never): the ten bytes written directly, as the
    // formatting machinery costs more than the value (dates are formatted per timex).
    let y = y as u32;
    let digit = |v: u32| b'0' + (v % 10) as u8;
    let bytes = [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(d / 10),
        digit(d),
    ];
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Serde for an optional date as `"YYYY-MM-DD"` or `null`, through [`parse_day`] and
/// [`day_value`] (the contract's `published` and `reference_date`).
pub mod serde_day {
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Writes `Some(date)` as `"YYYY-MM-DD"`, `None` as `null`.
    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&super::day_value(*d)),
            None => s.serialize_none(),
        }
    }

    /// Reads `"YYYY-MM-DD"` or `null`; any other string is an error naming it.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(v) => super::parse_day(&v).map(Some).ok_or_else(|| {
                D::Error::custom(format!("{v:?} is not a date of the form YYYY-MM-DD"))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_values_are_zero_padded_dates() {
        for (y, m, d) in [
            (2024, 3, 9),
            (1999, 12, 31),
            (7, 1, 1),
            (0, 6, 15),
            (9999, 10, 5),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(day_value(date), format!("{y:04}-{m:02}-{d:02}"));
        }
        let early = NaiveDate::from_ymd_opt(-12, 2, 3).unwrap();
        assert_eq!(day_value(early), "-012-02-03");
        let late = NaiveDate::from_ymd_opt(12_345, 2, 3).unwrap();
        assert_eq!(day_value(late), "12345-02-03");
    }

    #[test]
    fn day_values_round_trip_and_reject_other_shapes() {
        let d = NaiveDate::from_ymd_opt(2024, 8, 29).unwrap();
        assert_eq!(parse_day("2024-08-29"), Some(d));
        assert_eq!(day_value(d), "2024-08-29");
        assert_eq!(
            day_value(NaiveDate::from_ymd_opt(33, 1, 2).unwrap()),
            "0033-01-02"
        );
        for bad in [
            "2024-02-30",
            "2024-8-29",
            "2024-08-29T10",
            "+024-08-29",
            "2024/08/29",
            "",
            "2024-0a-01",
        ] {
            assert_eq!(parse_day(bad), None, "{bad}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// One data-driven check: value → (start, end exclusive, precision).
    fn check(value: &str, start: NaiveDate, end: NaiveDate, precision: Precision) {
        let iv = parse(value).unwrap_or_else(|| panic!("{value} should parse"));
        assert_eq!(
            (iv.start, iv.end, iv.precision),
            (start, end, precision),
            "{value}"
        );
    }

    #[test]
    fn parses_every_calendar_form() {
        use Precision::*;
        check("2024-08-29", d(2024, 8, 29), d(2024, 8, 30), Day);
        check("2024-02", d(2024, 2, 1), d(2024, 3, 1), Month);
        check("2024-12", d(2024, 12, 1), d(2025, 1, 1), Month);
        check("2024", d(2024, 1, 1), d(2025, 1, 1), Year);
        check("201X", d(2010, 1, 1), d(2020, 1, 1), Decade);
        check("201", d(2010, 1, 1), d(2020, 1, 1), Decade);
        check("20XX", d(2000, 1, 1), d(2100, 1, 1), Century);
        check("2024-H1", d(2024, 1, 1), d(2024, 7, 1), Half);
        check("2024-H2", d(2024, 7, 1), d(2025, 1, 1), Half);
        check("2024-Q3", d(2024, 7, 1), d(2024, 10, 1), Quarter);
        check("2024-SU", d(2024, 6, 1), d(2024, 9, 1), Season);
        check("2024-SP", d(2024, 3, 1), d(2024, 6, 1), Season);
        check("2024-FA", d(2024, 9, 1), d(2024, 12, 1), Season);
        check("2023-WI", d(2023, 12, 1), d(2024, 3, 1), Season);
        check("2024-W35", d(2024, 8, 26), d(2024, 9, 2), Week);
        check("2020-W53", d(2020, 12, 28), d(2021, 1, 4), Week);
        check("2024-W35-WE", d(2024, 8, 31), d(2024, 9, 2), Week);
        check("2023-12-25TNI", d(2023, 12, 25), d(2023, 12, 26), Day);
        check("2023-12-25T20:45", d(2023, 12, 25), d(2023, 12, 26), Day);
        check("2024-08-29TMO", d(2024, 8, 29), d(2024, 8, 30), Day);
    }

    #[test]
    fn ranges_span_both_ends_at_the_coarser_precision() {
        let iv = parse("2023-10/2024-02").unwrap();
        assert_eq!((iv.start, iv.end), (d(2023, 10, 1), d(2024, 3, 1)));
        assert_eq!(iv.precision, Precision::Month);
        assert!(iv.range);
        let iv = parse("2014/2017-12-09").unwrap();
        assert_eq!((iv.start, iv.end), (d(2014, 1, 1), d(2017, 12, 10)));
        assert_eq!(iv.precision, Precision::Year);
        // Reversed ranges are put in order rather than dropped.
        let iv = parse("2024-02/2023-10").unwrap();
        assert_eq!((iv.start, iv.end), (d(2023, 10, 1), d(2024, 3, 1)));
    }

    #[test]
    fn unplaceable_values_give_none() {
        for v in [
            "P2D",
            "P1Y",
            "PT2H",
            "PAST_REF",
            "PRESENT_REF",
            "FUTURE_REF",
            "XXXX-08",
            "XXXX-XX-XX",
            "2024-XX-01",
            "2024-13",
            "2024-02-30",
            "2024-W54",
            "2024-Q5",
            "",
            "abcd",
            "2024-08/P2M",
            "2024-8-1",
            "2024-08-29Tx",
            "99999",
        ] {
            assert_eq!(parse(v), None, "{v}");
        }
    }

    #[test]
    fn mods_narrow_and_soften() {
        let iv = parse_with_mod("2024-08", Some("START")).unwrap();
        assert_eq!((iv.start, iv.end), (d(2024, 8, 1), d(2024, 8, 11)));
        assert!(iv.approximate);
        let iv = parse_with_mod("2024", Some("MID")).unwrap();
        assert_eq!((iv.start, iv.end), (d(2024, 5, 2), d(2024, 9, 1)));
        let iv = parse_with_mod("2024", Some("END")).unwrap();
        assert_eq!((iv.start, iv.end), (d(2024, 9, 1), d(2025, 1, 1)));
        let iv = parse_with_mod("2024-08-29", Some("APPROX")).unwrap();
        assert_eq!((iv.start, iv.end), (d(2024, 8, 29), d(2024, 8, 30)));
        assert!(iv.approximate);
        let iv = parse_with_mod("2024-08-29", Some("END")).unwrap();
        assert_eq!((iv.start, iv.end), (d(2024, 8, 29), d(2024, 8, 30)));
        assert!(!parse_with_mod("2024", None).unwrap().approximate);
        assert!(!parse_with_mod("2024", Some("EQUAL")).unwrap().approximate);
        assert_eq!(parse_with_mod("P2D", Some("APPROX")), None);
    }

    #[test]
    fn formats_for_people() {
        for (v, want) in [
            ("2024-08-29", "29 Aug 2024"),
            ("2024-08-29T20:45", "29 Aug 2024"),
            ("2024-08", "Aug 2024"),
            ("2024", "2024"),
            ("2024-H1", "first half of 2024"),
            ("2024-H2", "second half of 2024"),
            ("2024-Q3", "Q3 2024"),
            ("2024-SU", "summer 2024"),
            ("2023-WI", "winter 2023"),
            ("2024-W35", "week 35 of 2024"),
            ("2024-W35-WE", "weekend of 31 Aug 2024"),
            ("201X", "the 2010s"),
            ("20XX", "the 21st century"),
            ("2023-10/2024-02", "Oct 2023 – Feb 2024"),
            ("2024-10/2024-12", "Oct – Dec 2024"),
            ("2024-08-29/2024-09-03", "29 Aug – 3 Sep 2024"),
            ("2014/2017", "2014 – 2017"),
            ("P2D", "P2D"),
            ("PAST_REF", "PAST_REF"),
        ] {
            assert_eq!(format_value(v), want, "{v}");
        }
        assert_eq!(
            parse("2023-10/2024-02").unwrap().label(),
            "Oct 2023 – Feb 2024"
        );
        assert_eq!(format_with_mod("2024", Some("MID")), "mid-2024");
        assert_eq!(format_with_mod("2024-08", Some("START")), "early Aug 2024");
        assert_eq!(format_with_mod("2024", Some("APPROX")), "about 2024");
        assert_eq!(format_with_mod("2024", None), "2024");
    }

    #[test]
    fn sorts_by_start_then_finer_precision_and_unplaced_last() {
        let mut v = vec![
            "PAST_REF",
            "2024",
            "2024-01-01",
            "2023-10/2024-02",
            "201X",
            "2024-01",
        ];
        v.sort_by_key(|v| sort_key(v));
        assert_eq!(
            v,
            [
                "201X",
                "2023-10/2024-02",
                "2024-01-01",
                "2024-01",
                "2024",
                "PAST_REF"
            ]
        );
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number(d(1970, 1, 1)), 0.0);
        assert_eq!(day_number(d(2024, 8, 29)), 19964.0);
        assert_eq!(date_of_day(19964.7), d(2024, 8, 29));
        assert_eq!(date_of_day(-0.5), d(1969, 12, 31));
        assert_eq!(date_of_day(f64::NAN), d(1970, 1, 1));
        assert_eq!(date_of_day(f64::INFINITY), d(9999, 12, 31));
        assert_eq!(date_of_day(f64::NEG_INFINITY), d(1, 1, 1));
        let iv = parse("2024-08").unwrap();
        assert_eq!((iv.days(), iv.mid_day()), (31.0, 19951.5));
    }
}
