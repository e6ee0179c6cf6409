//! What an expression means before resolution: the grammar's output and the
//! resolver's input.

use super::lexicon::Unit;

/// What year a half, quarter or season belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    /// A year written out.
    Abs(i32),
    /// The reference year plus an offset (`this year` 0, `last year` -1).
    Rel(i32),
    /// The year the narrative is talking about.
    Narr,
}

/// A time of day attached to a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tod {
    /// A part of the day: `MO`, `AF`, `EV`, `NI`.
    Part(&'static str),
    /// A clock time, 24-hour.
    Clock(u32, u32),
}

/// The meaning of one expression, before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sem {
    /// A calendar date or month or year as written; missing parts are `None`.
    Cal {
        /// Year, if written.
        y: Option<i32>,
        /// Month, if written.
        m: Option<u32>,
        /// Day of month, if written.
        d: Option<u32>,
    },
    /// A month in a year relative to the reference date: `January last year` is
    /// (1, -1), `March this year` (3, 0).
    MonthOfRelYear(u32, i32),
    /// A month named with `last` or `next`, counted from the reference date: `last
    /// September` is the latest September before the reference month (-1), `next
    /// March` the first March after it (1).
    MonthNear(u32, i32),
    /// A month of the year the narrative last named: `July of that year`.
    MonthOfNarrYear(u32),
    /// A day of a month of the year the narrative last named: `31 March of that year`
    /// (month, day).
    DayOfNarrYear(u32, u32),
    /// A day of a month in a year relative to the reference date: `Aug. 24 last year`
    /// is (8, 24, -1), `3 March this year` (3, 3, 0).
    DayOfRelYear(u32, u32, i32),
    /// A decade: `201` for the 2010s.
    Decade(i32),
    /// A half, quarter or season of a year: `H1`, `Q3`, `SU`.
    Part(YearRef, &'static str),
    /// A season relative to the reference date: -1 last, 0 this, 1 next.
    RelSeason(&'static str, i32),
    /// A day of the week (1 = Monday): shift -1 last, 0 plain, 1 next.
    Weekday(u32, i32),
    /// A day of the week (1 = Monday) in the reference week plus n: `Tuesday last
    /// week` is (2, -1), the Tuesday of the week before the reference day's.
    WeekdayOfWeek(u32, i64),
    /// The reference day plus n days (`today`, `yesterday`).
    RelDay(i64),
    /// The reference week plus n.
    RelWeek(i64),
    /// The reference month plus n.
    RelMonth(i32),
    /// The reference year plus n.
    RelYear(i32),
    /// A weekend: -1 last, 0 this / the.
    Weekend(i32),
    /// The narrative's time plus n units (`the year before`, `two days later`).
    Narr(Unit, i64),
    /// n units before the reference date (`two years ago`).
    Ago(Unit, i64),
    /// The very day n units before the reference date (`seven years ago today`).
    AgoToday(Unit, i64),
    /// The day the narrative is on (a clock time on its own).
    NarrDay,
    /// A duration value (`P2D`).
    Duration(String),
    /// A set value (`P1W`, `XXXX-WXX-1`).
    Set(String),
    /// A vague value (`PAST_REF`, `PRESENT_REF`, `FUTURE_REF`).
    Vague(&'static str),
}

/// One expression found: token range, meaning, time of day and TIMEX3 mod.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it means.
    pub sem: Sem,
    /// A time of day, which makes it a TIME.
    pub tod: Option<Tod>,
    /// TIMEX3 mod.
    pub modifier: Option<&'static str>,
}

/// Shorthand for a found expression without time of day or mod.
pub fn found(start: usize, end: usize, sem: Sem) -> Found {
    Found {
        start,
        end,
        sem,
        tod: None,
        modifier: None,
    }
}
