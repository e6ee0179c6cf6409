//! Resolution: turns the meaning of an expression ([`Sem`]) into a TIMEX3 value, using
//! the article's reference date and the narrative so far (the last day, year and
//! month/year pairs the text has mentioned). Without a reference date, relative
//! expressions keep `X` placeholders instead of being guessed.

use super::lexicon::Unit;
use super::sem::{Sem, Tod, YearRef};
use crate::model::{Anchor, AnchorBasis, TimexType};
use chrono::{Datelike, Duration, NaiveDate};

/// What the narrative has said so far, in reading order.
#[derive(Debug, Clone, Default)]
pub struct Narrative {
    /// The reference date and its basis.
    pub reference: Option<(NaiveDate, AnchorBasis)>,
    /// The last day-precise date resolved.
    pub last_day: Option<NaiveDate>,
    /// The last day-precise date resolved that dates what happened, not an
    /// announcement or a deadline ("said on Friday", "by Monday"): the day a later
    /// bare clock time is on.
    pub last_event_day: Option<NaiveDate>,
    /// True when [`Narrative::last_event_day`] was named late in its day ("late
    /// Tuesday", "Tuesday night") in the current sentence: a morning clock time after
    /// it in the sentence is of the next day.
    pub last_event_late: bool,
    /// True when the expression being resolved has set [`Narrative::last_day`].
    day_set: bool,
    /// The last year resolved (any precision).
    pub last_year: Option<i32>,
    /// Months written with a year (`October 2023`): (month, year, sentence number).
    pub month_years: Vec<(u32, i32, usize)>,
    /// The number of the current sentence.
    pub sentence: usize,
    /// The sentence [`Narrative::last_day`] was set in.
    pub last_day_sentence: usize,
    /// The number of the sentence the current paragraph opened with.
    pub paragraph_sentence: usize,
    /// An explicit year written earlier in the current sentence.
    pub sentence_year: Option<i32>,
    /// True when that year opened the sentence (`In 2019, …`), framing all of it.
    pub sentence_year_frames: bool,
    /// Whether the expression being resolved is in a future context.
    pub future_here: bool,
    /// The last month-precise (year, month) resolved in the current sentence.
    pub sentence_month: Option<(i32, u32)>,
    /// True when the current sentence speaks of the future (`will`, `may`).
    pub future: bool,
}

/// A resolved expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// What it was counted from, for relative expressions.
    pub anchor: Option<Anchor>,
}

/// Context about where an expression sits, from the tokens around it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Site {
    /// Inside a quotation.
    pub quoted: bool,
    /// Preceded by a range connective (`to`, `until`, `through`, `-`) after another date.
    pub range_end: bool,
    /// A future marker (`will`, modal `may`) comes earlier in the sentence.
    pub future: bool,
    /// The index of the expression's first token in its sentence.
    pub position: usize,
    /// The expression dates an announcement ("officials said Saturday").
    pub reporting: bool,
    /// The expression dates an announcement or a deadline, whatever day it is
    /// ("the military said on Friday", "returned to duty by Monday"): not the day the
    /// narrative's events are on.
    pub aside: bool,
    /// The expression names the late part of its day ("late Tuesday", "Tuesday
    /// night").
    pub late: bool,
}

/// The hour from which a clock time is late in its day ("at 11 p.m.").
const LATE_HOUR: u32 = 20;

/// The hour a morning ends at.
const NOON: u32 = 12;

/// True for a time of day in the morning: a clock time before noon or "morning".
fn morning(tod: Option<Tod>) -> bool {
    match tod {
        Some(Tod::Clock(h, _)) => h < NOON,
        Some(Tod::Part(p)) => p == "MO",
        None => false,
    }
}

/// Formats a day.
fn day(d: NaiveDate) -> String {
    crate::timeval::day_value(d)
}

/// Appends a time of day to a day value.
fn with_tod(v: String, tod: Option<Tod>) -> String {
    match tod {
        None => v,
        Some(Tod::Part(p)) => format!("{v}T{p}"),
        Some(Tod::Clock(h, m)) => format!("{v}T{h:02}:{m:02}"),
    }
}

/// Shifts (year, month) by `n` months.
fn add_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + n;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// The months of a season (start, end) and whether it wraps the year end.
fn season_months(s: &str) -> (u32, u32) {
    match s {
        "SP" => (3, 5),
        "SU" => (6, 8),
        "FA" => (9, 11),
        _ => (12, 2),
    }
}

/// The year label of a season `n` seasons from the one current at (`y`, `m`): -1 the
/// last one that is over, 0 this one, 1 the next. Winter is labelled by the year of
/// its December.
fn season_year(s: &str, y: i32, m: u32, n: i32) -> i32 {
    let (start, end) = season_months(s);
    if start == 12 {
        // Winter: Dec of `label` to Feb of `label + 1`.
        let current = if m == 12 { y } else { y - 1 };
        let inside = m == 12 || m <= 2;
        return match n {
            0 if inside => current,
            0 => y,
            -1 => current - i32::from(inside),
            _ => current + 1,
        };
    }
    match n {
        0 => y,
        -1 if m > end => y,
        -1 => y - 1,
        _ if m < start => y,
        _ => y + 1,
    }
}

/// The ISO week value of a day.
fn week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

impl Narrative {
    /// A narrative for an article with this reference date.
    pub fn new(reference: Option<(NaiveDate, AnchorBasis)>) -> Self {
        Narrative {
            reference,
            ..Narrative::default()
        }
    }

    /// Starts a new sentence; `future` says whether it speaks of the future.
    pub fn begin_sentence(&mut self, future: bool) {
        self.sentence += 1;
        self.future = future;
        self.sentence_year = None;
        self.sentence_year_frames = false;
        self.sentence_month = None;
        self.last_event_late = false;
    }

    /// Starts a sentence that opens a paragraph.
    pub fn begin_paragraph(&mut self, future: bool) {
        self.begin_sentence(future);
        self.paragraph_sentence = self.sentence;
    }

    /// The reference anchor.
    fn ref_anchor(&self) -> Option<(NaiveDate, Anchor)> {
        self.reference.map(|(d, basis)| {
            (
                d,
                Anchor {
                    value: day(d),
                    basis,
                },
            )
        })
    }

    /// A narrative anchor on `value`.
    fn narr_anchor(value: String) -> Anchor {
        Anchor {
            value,
            basis: AnchorBasis::Narrative,
        }
    }

    /// The day a quoted statement was made: the last day the narrative named, when it
    /// is close before the reference date; else the reference date.
    fn statement_day(&self) -> Option<(NaiveDate, Anchor)> {
        if let Some(d) = self.last_day {
            let close = self
                .reference
                .is_none_or(|(r, _)| d <= r && r - d <= Duration::days(3));
            if close {
                return Some((d, Self::narr_anchor(day(d))));
            }
        }
        self.ref_anchor()
    }

    /// Resolves one expression and updates the narrative.
    pub fn resolve(&mut self, sem: &Sem, tod: Option<Tod>, site: Site) -> Resolved {
        self.day_set = false;
        let resolved = self.resolve_value(sem, tod, site);
        if self.day_set && !site.aside {
            self.last_event_day = self.last_day;
            self.last_event_late = site.late || matches!(tod, Some(Tod::Part("EV" | "NI")));
        }
        // "at 11:30 p.m. on Tuesday": a late clock time on the narrative's day.
        if !site.aside && matches!(tod, Some(Tod::Clock(h, _)) if h >= LATE_HOUR) {
            self.last_event_late = true;
        }
        resolved
    }

    /// Sets the day the narrative is on.
    fn set_day(&mut self, d: Option<NaiveDate>) {
        self.last_day = d;
        self.day_set = true;
        self.last_day_sentence = self.sentence;
    }

    /// The value of one expression (see [`Narrative::resolve`]).
    fn resolve_value(&mut self, sem: &Sem, tod: Option<Tod>, site: Site) -> Resolved {
        self.future_here = self.future || site.future;
        let kind = if tod.is_some() {
            TimexType::Time
        } else {
            TimexType::Date
        };
        let (value, anchor) = match sem {
            Sem::Duration(v) => {
                return Resolved {
                    kind: TimexType::Duration,
                    value: v.clone(),
                    anchor: None,
                }
            }
            Sem::Set(v) => {
                return Resolved {
                    kind: TimexType::Set,
                    value: v.clone(),
                    anchor: None,
                }
            }
            Sem::Vague(v) => (v.to_string(), None),
            Sem::Cal { y, m, d } => self.calendar(*y, *m, *d, site),
            Sem::Decade(d) => (format!("{d}X"), None),
            Sem::DayOfNarrYear(m, d) => match self.sentence_year.or(self.last_year) {
                Some(y) => self.calendar(Some(y), Some(*m), Some(*d), site),
                None => (format!("XXXX-{m:02}-{d:02}"), None),
            },
            Sem::DayOfRelYear(m, d, n) => match self.ref_anchor() {
                Some((r, _)) => self.calendar(Some(r.year() + n), Some(*m), Some(*d), site),
                None => (format!("XXXX-{m:02}-{d:02}"), None),
            },
            Sem::MonthOfNarrYear(m) => match self.sentence_year.or(self.last_year) {
                Some(y) => {
                    self.sentence_month = Some((y, *m));
                    (format!("{y:04}-{m:02}"), None)
                }
                None => (format!("XXXX-{m:02}"), None),
            },
            Sem::MonthNear(m, n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let y = match *n {
                        n if n < 0 => r.year() - i32::from(*m >= r.month()),
                        _ => r.year() + i32::from(*m <= r.month()),
                    };
                    self.last_year = Some(y);
                    self.sentence_month = Some((y, *m));
                    (format!("{y:04}-{m:02}"), Some(a))
                }
                None => (format!("XXXX-{m:02}"), None),
            },
            Sem::MonthOfRelYear(m, n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let y = r.year() + n;
                    self.last_year = Some(y);
                    self.sentence_month = Some((y, *m));
                    (format!("{y:04}-{m:02}"), Some(a))
                }
                None => (format!("XXXX-{m:02}"), None),
            },
            Sem::Part(y, part) => {
                let (yv, anchor) = match y {
                    YearRef::Abs(y) => (Some(*y), None),
                    YearRef::Rel(n) => match self.ref_anchor() {
                        Some((r, a)) => (Some(r.year() + n), Some(a)),
                        None => (None, None),
                    },
                    // A bare season ("in the spring") is the nearest one by tense,
                    // unless the sentence opened on a year.
                    YearRef::Narr if part.len() == 2 && !self.sentence_year_frames => {
                        match self.ref_anchor() {
                            Some((r, a)) => {
                                let n = if self.future_here { 1 } else { -1 };
                                let inside = {
                                    let (st, en) = season_months(part);
                                    let m = r.month();
                                    if st == 12 {
                                        m == 12 || m <= 2
                                    } else {
                                        (st..=en).contains(&m)
                                    }
                                };
                                let n = if inside { 0 } else { n };
                                (Some(season_year(part, r.year(), r.month(), n)), Some(a))
                            }
                            None => (None, None),
                        }
                    }
                    YearRef::Narr => {
                        match (self.sentence_year.or(self.last_year), self.ref_anchor()) {
                            (Some(y), _) => (Some(y), Some(Self::narr_anchor(y.to_string()))),
                            (None, Some((r, a))) => (Some(r.year()), Some(a)),
                            _ => (None, None),
                        }
                    }
                };
                if let Some(y) = yv {
                    self.last_year = Some(y);
                }
                let ys = yv.map_or("XXXX".to_string(), |y| format!("{y:04}"));
                (format!("{ys}-{part}"), anchor)
            }
            Sem::RelSeason(s, n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let y = season_year(s, r.year(), r.month(), *n);
                    self.last_year = Some(y);
                    (format!("{y:04}-{s}"), Some(a))
                }
                None => (format!("XXXX-{s}"), None),
            },
            Sem::Weekday(wd, shift) => match self.ref_anchor() {
                Some((r, a)) => {
                    let d = self.weekday(r, *wd, *shift, site.reporting);
                    self.set_day(Some(d));
                    self.last_year = Some(d.year());
                    (day(d), Some(a))
                }
                None => ("XXXX-XX-XX".to_string(), None),
            },
            Sem::WeekdayOfWeek(wd, n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let monday = r - Duration::days(r.weekday().num_days_from_monday().into());
                    let d = monday + Duration::weeks(*n) + Duration::days(i64::from(*wd) - 1);
                    self.set_day(Some(d));
                    self.last_year = Some(d.year());
                    (day(d), Some(a))
                }
                None => ("XXXX-XX-XX".to_string(), None),
            },
            Sem::RelDay(n) => {
                let base = if site.quoted {
                    self.statement_day()
                } else {
                    self.ref_anchor()
                };
                match base {
                    Some((b, a)) => {
                        let d = b + Duration::days(*n);
                        self.set_day(Some(d));
                        self.last_year = Some(d.year());
                        (day(d), Some(a))
                    }
                    None => ("XXXX-XX-XX".to_string(), None),
                }
            }
            // A clock time or part of day on its own is on the day the narrative is
            // on; before the text names one, on the publication day. An inferred
            // reference date is the day the story was reported elsewhere, not a day
            // this text gives: the day stays unknown.
            Sem::NarrDay => match (self.last_event_day.or(self.last_day), self.ref_anchor()) {
                // "entered late Tuesday … set charges that went off at 6:55 a.m.":
                // a morning after a day named late in it is the next day's.
                (Some(d), _)
                    if self.last_event_day.is_some() && self.last_event_late && morning(tod) =>
                {
                    let d = d + Duration::days(1);
                    self.last_event_day = Some(d);
                    self.last_event_late = false;
                    (day(d), Some(Self::narr_anchor(day(d))))
                }
                (Some(d), _) => (day(d), Some(Self::narr_anchor(day(d)))),
                (None, Some((r, a))) if a.basis != AnchorBasis::Inferred => (day(r), Some(a)),
                _ => ("XXXX-XX-XX".to_string(), None),
            },
            Sem::RelWeek(n) => match self.ref_anchor() {
                Some((r, a)) => (week(r + Duration::weeks(*n)), Some(a)),
                None => ("XXXX-WXX".to_string(), None),
            },
            Sem::Weekend(n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let in_weekend = r.weekday().number_from_monday() >= 6;
                    let back = if *n < 0 || !in_weekend { 7 } else { 0 };
                    let back = if *n == 0 && !in_weekend { 7 } else { back };
                    (format!("{}-WE", week(r - Duration::days(back))), Some(a))
                }
                None => ("XXXX-WXX-WE".to_string(), None),
            },
            Sem::RelMonth(n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let (y, m) = add_months(r.year(), r.month(), *n);
                    self.last_year = Some(y);
                    self.sentence_month = Some((y, m));
                    (format!("{y:04}-{m:02}"), Some(a))
                }
                None => ("XXXX-XX".to_string(), None),
            },
            Sem::RelYear(n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let y = r.year() + n;
                    self.last_year = Some(y);
                    (format!("{y:04}"), Some(a))
                }
                None => {
                    // The narrative is now on an unknown year.
                    self.last_year = None;
                    ("XXXX".to_string(), None)
                }
            },
            Sem::Narr(u, n) => self.narrative_shift(*u, *n),
            Sem::Ago(u, n) => match self.ref_anchor() {
                Some((r, a)) => {
                    let v = Self::shift_value(r, *u, -n);
                    // "Nine days ago, a bomb … A strike the following day": the
                    // narrative is now on that day.
                    if *u == Unit::Day {
                        self.set_day(crate::timeval::parse_day(&v));
                    }
                    (v, Some(a))
                }
                None => ("PAST_REF".to_string(), None),
            },
            Sem::AgoToday(u, n) => match self.ref_anchor() {
                Some((r, a)) => (
                    Self::same_day_before(r, *u, *n)
                        .map_or_else(|| Self::shift_value(r, *u, -n), day),
                    Some(a),
                ),
                None => ("PAST_REF".to_string(), None),
            },
        };
        Resolved {
            kind,
            value: with_tod(value, tod),
            anchor,
        }
    }

    /// The day `n` years, months, weeks or days before `d` (`seven years ago today`);
    /// `None` for a unit shorter than a day or a day that does not exist.
    fn same_day_before(d: NaiveDate, u: Unit, n: i64) -> Option<NaiveDate> {
        let n = u32::try_from(n.clamp(0, 10_000)).ok()?;
        match u {
            Unit::Year => d.checked_sub_months(chrono::Months::new(12 * n)),
            Unit::Month => d.checked_sub_months(chrono::Months::new(n)),
            Unit::Week => d.checked_sub_days(chrono::Days::new(7 * u64::from(n))),
            Unit::Day => d.checked_sub_days(chrono::Days::new(u64::from(n))),
            _ => None,
        }
    }

    /// A value `n` units from day `d`, at the unit's precision.
    fn shift_value(d: NaiveDate, u: Unit, n: i64) -> String {
        let n32 = n.clamp(-10_000, 10_000) as i32;
        match u {
            Unit::Second | Unit::Minute | Unit::Hour => day(d),
            Unit::Day => day(d + Duration::days(n.clamp(-100_000, 100_000))),
            Unit::Week => week(d + Duration::weeks(n.clamp(-10_000, 10_000))),
            Unit::Month => {
                let (y, m) = add_months(d.year(), d.month(), n32);
                format!("{y:04}-{m:02}")
            }
            Unit::Year => format!("{:04}", d.year() + n32),
            Unit::Decade => format!("{:03}X", (d.year() + 10 * n32).div_euclid(10)),
            Unit::Century => format!("{:02}XX", (d.year() + 100 * n32).div_euclid(100)),
        }
    }

    /// `the year before`, `the previous day`, `two days later`: counted from the time
    /// the narrative is on (its last year or day), else from the reference date.
    fn narrative_shift(&mut self, u: Unit, n: i64) -> (String, Option<Anchor>) {
        // "In late March 2018, a bomb … Ten months later": a month named with its year
        // in the sentence before, after the last day the narrative was on, is what
        // the months count from.
        let month_first = u == Unit::Month
            && self.month_years.last().is_some_and(|&(_, _, s)| {
                self.sentence - s <= 1 && (self.last_day.is_none() || s > self.last_day_sentence)
            });
        if u == Unit::Year {
            if let Some(y) = self.last_year {
                let v = format!("{:04}", y + n.clamp(-10_000, 10_000) as i32);
                return (v, Some(Self::narr_anchor(y.to_string())));
            }
        } else if month_first {
            // Counted below, from that month.
        } else if let Some(d) = if u == Unit::Day {
            // "the previous night", "a day later": from the day the events are on,
            // not the day a statement about them was made.
            self.last_event_day.or(self.last_day)
        } else {
            self.last_day
        } {
            let v = Self::shift_value(d, u, n);
            if u == Unit::Day {
                self.set_day(crate::timeval::parse_day(&v));
            }
            return (v, Some(Self::narr_anchor(day(d))));
        }
        // "In November 2017 … Sixteen months later": from the month the narrative
        // named with its year a sentence or two before.
        if u == Unit::Month {
            if let Some(&(m, y, s)) = self.month_years.last() {
                if self.sentence - s <= 2 {
                    let total = i64::from(y) * 12 + i64::from(m) - 1 + n.clamp(-10_000, 10_000);
                    let (yy, mm) = (total.div_euclid(12), total.rem_euclid(12) + 1);
                    return (
                        format!("{yy:04}-{mm:02}"),
                        Some(Self::narr_anchor(format!("{y:04}-{m:02}"))),
                    );
                }
            }
        }
        match self.ref_anchor() {
            Some((r, a)) => {
                let v = Self::shift_value(r, u, n);
                if u == Unit::Day {
                    self.set_day(crate::timeval::parse_day(&v));
                }
                (v, Some(a))
            }
            None => (
                match u {
                    Unit::Year => "XXXX".to_string(),
                    Unit::Month => "XXXX-XX".to_string(),
                    _ => "XXXX-XX-XX".to_string(),
                },
                None,
            ),
        }
    }

    /// The day of week `wd` (1 = Monday) relative to the reference day `r`: the most
    /// recent on or before it, unless the sentence speaks of the future or says
    /// `last` / `next`. The day of an announcement (`reporting`) that is the day after
    /// the reference is that day: copy dated the evening before the morning it was
    /// written for ("officials said Saturday" in a report dated Friday); news does not
    /// report a statement made six days ago as its lead.
    fn weekday(&self, r: NaiveDate, wd: u32, shift: i32, reporting: bool) -> NaiveDate {
        let rw = r.weekday().number_from_monday();
        let back = (rw + 7 - wd) % 7;
        let fwd = (wd + 7 - rw) % 7;
        match shift {
            0 if reporting && fwd == 1 => r + Duration::days(1),
            -1 => r - Duration::days(if back == 0 { 7 } else { back }.into()),
            1 => r + Duration::days(if fwd == 0 { 7 } else { fwd }.into()),
            _ if self.future_here && back != 0 => r + Duration::days(fwd.into()),
            _ => r - Duration::days(back.into()),
        }
    }

    /// A date as written, with the missing year taken from the sentence, the narrative
    /// or the reference date (by tense).
    fn calendar(
        &mut self,
        y: Option<i32>,
        m: Option<u32>,
        d: Option<u32>,
        site: Site,
    ) -> (String, Option<Anchor>) {
        let (year, anchor) = match y {
            Some(y) => {
                self.sentence_year = Some(y);
                self.sentence_year_frames = site.position <= 2;
                if let Some(m) = m {
                    self.month_years.push((m, y, self.sentence));
                }
                (Some(y), None)
            }
            None => match m {
                Some(m) => {
                    let (y, anchor) = self.year_for(m, d, site);
                    // A month the narrative's year was carried to carries it on
                    // ("in late September" after "By 6 October" of 2014).
                    if let (Some(y), Some(AnchorBasis::Narrative)) =
                        (y, anchor.as_ref().map(|a| a.basis))
                    {
                        self.month_years.push((m, y, self.sentence));
                    }
                    (y, anchor)
                }
                None => (None, None),
            },
        };
        let Some(year) = year else {
            return (
                match (m, d) {
                    (Some(m), Some(d)) => format!("XXXX-{m:02}-{d:02}"),
                    (Some(m), None) => format!("XXXX-{m:02}"),
                    _ => "XXXX".to_string(),
                },
                None,
            );
        };
        self.last_year = Some(year);
        let value = match (m, d) {
            (Some(m), Some(d)) => match NaiveDate::from_ymd_opt(year, m, d) {
                Some(date) => {
                    self.set_day(Some(date));
                    day(date)
                }
                None => format!("{year:04}-{m:02}-{d:02}"),
            },
            (Some(m), None) => format!("{year:04}-{m:02}"),
            _ => format!("{year:04}"),
        };
        if let Some(m) = m {
            self.sentence_month = Some((year, m));
        }
        (value, anchor)
    }

    /// The year of a month (and day) written without one.
    fn year_for(&self, m: u32, d: Option<u32>, site: Site) -> (Option<i32>, Option<Anchor>) {
        // "From October to February": the end of a range follows its start.
        if site.range_end {
            if let Some((py, pm)) = self.sentence_month {
                let y = if m < pm { py + 1 } else { py };
                return (Some(y), Some(Self::narr_anchor(format!("{py:04}-{pm:02}"))));
            }
        }
        let framed = self.sentence_year_frames || self.reference.is_none();
        if let (Some(y), true) = (self.sentence_year, framed) {
            return (Some(y), Some(Self::narr_anchor(y.to_string())));
        }
        // A later month of the year the same sentence has just named ("killed on
        // September 27, 2024, and troops crossed the border on October 1"): the
        // sentence's own year, before any month named sentences back.
        if let (Some(y), Some((sy, sm))) = (self.sentence_year, self.sentence_month) {
            if sy == y && m >= sm {
                return (Some(y), Some(Self::narr_anchor(format!("{y:04}-{sm:02}"))));
            }
        }
        // The same month named with a year a few sentences back — unless a later
        // date of another year has moved the story on since ("June 2014 … On 12 May
        // 2016 … By early June": the June after the May; "since January 2020 … since
        // October 17, 2023 … on January 4": not 2020's January).
        let recent = |s: usize| self.sentence - s <= 3;
        if let Some(&(_, y, s)) = self
            .month_years
            .iter()
            .rev()
            .take_while(|&&(_, _, s)| recent(s))
            .find(|&&(mm, _, _)| mm == m)
        {
            let moved_on = self
                .month_years
                .iter()
                .rev()
                .take_while(|&&(_, _, s2)| s2 > s)
                .any(|&(_, yy, _)| yy != y);
            if !moved_on {
                return (Some(y), Some(Self::narr_anchor(format!("{y:04}-{m:02}"))));
            }
        }
        let Some((r, a)) = self.ref_anchor() else {
            return (None, None);
        };
        // A history told in order ("On 31 March 2004 … On 1 May …", "in mid-September
        // 2014 … By 6 October … raids in late September"): a past month within two of
        // the month of an old year a sentence or two before named is that year's —
        // in the same paragraph, or opening a sentence that carries the story on.
        let last_day = self
            .last_day
            .map(|l| (l.year(), l.month(), self.last_day_sentence));
        let last_month = self.month_years.last().map(|&(lm, ly, s)| (ly, lm, s));
        let carries_on = |s: usize| s >= self.paragraph_sentence || site.position <= 1;
        // A story already told in two dated steps of its year ("On 12 May 2016 … on 9
        // June …") carries on across a few undated sentences to a later month that
        // opens a sentence ("On 1 August, …").
        let established = |ly: i32| {
            self.month_years
                .iter()
                .rev()
                .take_while(|&&(_, _, s)| self.sentence - s <= 6)
                .filter(|&&(_, y, _)| y == ly)
                .count()
                >= 2
        };
        let near = |ly: i32, lm: u32, s: usize| {
            let gap = self.sentence - s;
            gap <= 2 && carries_on(s)
                || gap <= 4 && site.position <= 1 && m >= lm && established(ly)
        };
        if let Some((ly, lm, _)) = last_day
            .into_iter()
            .chain(last_month)
            .filter(|&(ly, lm, s)| ly < r.year() - 1 && near(ly, lm, s))
            .max_by_key(|&(_, _, s)| s)
        {
            if !self.future_here && m.abs_diff(lm) <= 2 {
                return (
                    Some(ly),
                    Some(Self::narr_anchor(format!("{ly:04}-{lm:02}"))),
                );
            }
        }
        let mut y = r.year();
        // A day a few days after the reference date is read as this year's (the
        // reference may be a day or two early); later ones in a past-tense sentence
        // are last year's.
        let soon_after = d
            .and_then(|d| NaiveDate::from_ymd_opt(y, m, d))
            .is_some_and(|day| day > r && day - r <= Duration::days(7));
        let after = (m, d.unwrap_or(1)) > (r.month(), r.day()) && !soon_after;
        if after && !self.future_here {
            y -= 1;
        } else if !after && self.future_here && r.month() >= m + 3 {
            y += 1;
        }
        (Some(y), Some(a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Resolves `sem` against reference `r` (published) and compares the value.
    fn check(r: Option<(i32, u32, u32)>, future: bool, sem: Sem, tod: Option<Tod>, expected: &str) {
        let reference = r.map(|(y, m, d)| {
            (
                NaiveDate::from_ymd_opt(y, m, d).unwrap(),
                AnchorBasis::Published,
            )
        });
        let mut n = Narrative::new(reference);
        n.begin_sentence(future);
        let got = n.resolve(&sem, tod, Site::default());
        assert_eq!(got.value, expected, "{sem:?}");
    }

    const SAT: Option<(i32, u32, u32)> = Some((2024, 8, 31));

    #[test]
    fn weekdays() {
        check(SAT, false, Sem::Weekday(4, 0), None, "2024-08-29");
        check(SAT, false, Sem::Weekday(6, 0), None, "2024-08-31");
        check(SAT, true, Sem::Weekday(1, 0), None, "2024-09-02");
        check(
            SAT,
            false,
            Sem::Weekday(1, 0),
            Some(Tod::Part("NI")),
            "2024-08-26TNI",
        );
        check(None, false, Sem::Weekday(1, 0), None, "XXXX-XX-XX");
    }

    #[test]
    fn months_and_years() {
        check(SAT, false, Sem::RelMonth(-1), None, "2024-07");
        check(SAT, false, Sem::RelYear(-1), None, "2023");
        check(
            SAT,
            false,
            Sem::Cal {
                y: None,
                m: Some(11),
                d: None,
            },
            None,
            "2023-11",
        );
        check(
            SAT,
            true,
            Sem::Cal {
                y: None,
                m: Some(11),
                d: None,
            },
            None,
            "2024-11",
        );
        check(
            None,
            false,
            Sem::Cal {
                y: None,
                m: Some(8),
                d: None,
            },
            None,
            "XXXX-08",
        );
        check(
            Some((2022, 2, 4)),
            false,
            Sem::RelSeason("SU", -1),
            None,
            "2021-SU",
        );
        check(
            Some((2023, 6, 1)),
            false,
            Sem::Ago(Unit::Year, 2),
            None,
            "2021",
        );
        check(SAT, false, Sem::Weekend(-1), None, "2024-W34-WE");
    }

    #[test]
    fn narrative_year_before() {
        let mut n = Narrative::new(Some((
            NaiveDate::from_ymd_opt(2024, 8, 31).unwrap(),
            AnchorBasis::Published,
        )));
        n.begin_sentence(false);
        n.resolve(&Sem::RelYear(0), None, Site::default());
        let r = n.resolve(&Sem::Narr(Unit::Year, -1), None, Site::default());
        assert_eq!(r.value, "2023");
        assert_eq!(r.anchor.unwrap().basis, AnchorBasis::Narrative);
    }

    #[test]
    fn range_end_follows_start() {
        let mut n = Narrative::new(Some((
            NaiveDate::from_ymd_opt(2024, 8, 31).unwrap(),
            AnchorBasis::Published,
        )));
        n.begin_sentence(false);
        n.resolve(
            &Sem::Cal {
                y: Some(2023),
                m: Some(10),
                d: None,
            },
            None,
            Site::default(),
        );
        n.begin_sentence(false);
        let oct = n.resolve(
            &Sem::Cal {
                y: None,
                m: Some(10),
                d: None,
            },
            None,
            Site::default(),
        );
        let site = Site {
            range_end: true,
            ..Site::default()
        };
        let feb = n.resolve(
            &Sem::Cal {
                y: None,
                m: Some(2),
                d: None,
            },
            None,
            site,
        );
        assert_eq!(
            (oct.value.as_str(), feb.value.as_str()),
            ("2023-10", "2024-02")
        );
    }
}
