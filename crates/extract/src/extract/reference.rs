//! Reference dates: the header date; for an undated article, the date of the dated
//! articles of the same extraction that report the same incident; else none.
//!
//! "Same incident" is generic text similarity: the cosine of the articles' content
//! terms (names, places, figures written as digits), weighted by how rare each term is
//! across the extraction, so shared boilerplate ("said", "U.S.") counts for little and
//! shared specifics ("Erbil", "Kataib", "37") for much. Among the dated reports that
//! match, the earliest news day wins: it is the day the news first broke. A dated
//! report's news day is its date, or the next day when it dates its announcement on
//! the next day's weekday (copy dated the evening before). No report of a year before
//! the latest year the undated one tells of is its news ("In January 2019, …" rules
//! out a report of 2017, however alike).
//!
//! An undated report with no dated match of its own takes the match of an undated
//! report very like it (one hop), else a weakly similar dated report dated within a
//! week after the latest full date it names itself. Its own words then settle the
//! day: a page date line or a wire dateline is its date; otherwise the news day moves
//! to the latest day it dates an announcement on ("officials said Sunday"), from
//! three days before to the day after; a copy that tells the days after the news one
//! by one ("funerals were held on Friday … strikes on Saturday") or names a calendar
//! day after it ("regained control on January 26") is a later copy, written after
//! them.

use super::casualty::counts::is_month_name;
use super::dating;
use super::events::merge::{ArticleWeights, TermIds};
use super::terms::Terms;
use super::words::WordSet;
use super::Analysed;
use crate::model::SentenceKind;
use crate::model::{AnchorBasis, ReferenceBasis};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::HashMap;

/// An article's reference date and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The date relative expressions are resolved against.
    pub date: Option<NaiveDate>,
    /// Where it came from.
    pub basis: ReferenceBasis,
    /// The article it was inferred from, for an inferred date.
    pub from: Option<String>,
}

impl Reference {
    /// The anchor relative expressions are resolved against, if any.
    pub fn anchor(&self) -> Option<(NaiveDate, AnchorBasis)> {
        let basis = match self.basis {
            ReferenceBasis::Header => AnchorBasis::Published,
            ReferenceBasis::Inferred => AnchorBasis::Inferred,
            ReferenceBasis::None => return None,
        };
        self.date.map(|d| (d, basis))
    }
}

/// The least similarity at which two articles are taken to report the same news.
const MIN_SIMILARITY: f64 = 0.2;

/// The least similarity of a best match that stands clear of every report of other
/// news ([`CLEAR_MARGIN`]) to count as the same news.
const MIN_CLEAR_SIMILARITY: f64 = 0.12;

/// How many times more alike than any report of other news a best match under
/// [`MIN_SIMILARITY`] must be.
const CLEAR_MARGIN: f64 = 1.5;

/// The fewest dated reports of other news a weak best match must stand clear of.
const MIN_RIVALS: usize = 2;

/// Reports dated this many days or fewer from a weak best match are not counted
/// against it ([`CLEAR_MARGIN`]): either would date the undated report nearly alike.
const NEAR_DAYS: i64 = 2;

/// Dated reports at least this share of the best match's similarity, and at least as
/// similar to the best match as the best match is to the undated article, count as the
/// same news too (the earliest of them gives the date).
const SAME_NEWS_SHARE: f64 = 0.6;

/// Reports that share at least this similarity with an undated report whose date was
/// inferred tell the same news: an undated report with no dated match of its own takes
/// their date (one hop, so a chain of weak likenesses does not spread a date).
const HOP_SIMILARITY: f64 = MIN_SIMILARITY;

/// The least similarity at which a dated report whose date agrees with a calendar
/// date the undated report itself gives counts as the same news.
const DATE_SUPPORTED_SIMILARITY: f64 = 0.08;

/// How many days after the latest full date an undated report names it may still have
/// been written, for a dated report to agree with it.
const DAYS_AFTER_OWN_DATE: u64 = 7;

/// How many sentences from the top a full date must stand in to be taken as an undated
/// report's own date (a page's date line, after a section label, headline and
/// standfirst).
const OWN_DATE_SENTENCES: usize = 5;

/// How many sentences from the top a wire dateline may stand in (after a headline,
/// captions and page furniture).
const DATELINE_SENTENCES: usize = 12;

/// No evidence at all.
static NO_EVIDENCE: Evidence = Evidence {
    reporting: Vec::new(),
    told: Vec::new(),
    named_as: Vec::new(),
    month_days: Vec::new(),
    full_days: Vec::new(),
    weekday_happenings: Vec::new(),
    top_day: None,
    dateline: None,
    own_weekday: None,
    own_month_day: None,
    yesterday: false,
    yesterday_happened: false,
    today: false,
    latest_year: None,
};

/// What an article's own words say about when it was written.
#[derive(Debug, Default)]
struct Evidence {
    /// Days of week (1 = Monday) named as the days of announcements.
    reporting: Vec<u32>,
    /// Days of week named as days of the past, of announcements or happenings ("the
    /// ministry on Monday renewed its call"): a report is written on or after each
    /// (read in every report: a dated one's tell which days its copies need not be
    /// later for).
    told: Vec<u32>,
    /// Days of week named as what they are to be ("declared Tuesday a day of
    /// mourning"): a dated report that names one tells of no happening on it.
    named_as: Vec<u32>,
    /// Calendar days named without a year as days of the past ("The SDF announced on
    /// January 26 …"), as (month, day): an undated report is written on or after each.
    month_days: Vec<(u32, u32)>,
    /// Full calendar days named as days of the past ("during a funeral in Najaf on
    /// January 24, 2021"): an undated report is written on or after each.
    full_days: Vec<NaiveDate>,
    /// Happenings named by their weekday ("shot down a drone on Thursday", "on Monday
    /// last week"), as (sentence, weekday, weeks back): read in undated reports, whose
    /// days a dated report that tells the same happening on a calendar day settles
    /// ([`aligned_day`]).
    weekday_happenings: Vec<(usize, u32, u8)>,
    /// A full calendar day standing alone in the first sentences (a page's date line:
    /// "Posted March 3, 2022", "Published On: Tue, Feb 16th, 2021").
    top_day: Option<NaiveDate>,
    /// The month and day of a wire dateline with no year ("Feb. 15 (Wire) -- …").
    dateline: Option<(u32, u32)>,
    /// The day of week (1 = Monday) it was written on, when it names the day with
    /// "today" or "yesterday" ("yesterday, Thursday" is a Friday's report).
    own_weekday: Option<u32>,
    /// The month and day (no year) it names its own day by, as the day "today" or
    /// "yesterday" stands for ("Yesterday (6 September), the SDF announced …" is a
    /// report of 7 September): the day it was written.
    own_month_day: Option<(u32, u32)>,
    /// It says "yesterday": written the day after news it tells.
    yesterday: bool,
    /// Its "yesterday" dates a happening ("the operation ended yesterday"), not only
    /// announcements ("officials said yesterday").
    yesterday_happened: bool,
    /// It says "today": written on a day of news it tells.
    today: bool,
    /// The latest year it writes in digits as past ([`latest_year_told`]; read with
    /// its calendar days): a report that tells of January 2019 is written in 2019 or
    /// after, whatever report of 2017 it is like.
    latest_year: Option<i32>,
}

impl Evidence {
    /// The evidence in one analysed article; `with_days` also reads its calendar dates.
    fn of(a: &Analysed, with_days: bool) -> Self {
        let text = a.source.text.as_str();
        let mut reporting: Vec<u32> = Vec::new();
        let mut told: Vec<u32> = Vec::new();
        let mut named_as: Vec<u32> = Vec::new();
        let (mut own_weekday, mut yesterday, mut today) = (None, false, false);
        let mut yesterday_happened = false;
        let mut weekday_happenings = Vec::new();
        for (k, (s, toks)) in a.sentences.iter().zip(&a.tokens).enumerate() {
            if s.kind == SentenceKind::Boilerplate {
                continue;
            }
            // Weekdays are few: the sentence is read for its future words only when it
            // names one.
            let mut in_sentence = [0u32; 7];
            let mut named = 0;
            for (at, wd) in dating::plain_weekdays(text, toks) {
                if dating::is_reporting_date(toks, at) && !reporting.contains(&wd) {
                    reporting.push(wd);
                }
                // "declared Tuesday a day of national mourning": a day named as what
                // it is to be, not one a happening is told on.
                if toks
                    .get(at + 1)
                    .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an"))
                    && !named_as.contains(&wd)
                {
                    named_as.push(wd);
                }
                if named < in_sentence.len() {
                    in_sentence[named] = wd;
                    named += 1;
                }
            }
            if named > 0 && !dating::tells_future(toks) {
                for &wd in &in_sentence[..named] {
                    if !told.contains(&wd) {
                        told.push(wd);
                    }
                }
                if with_days {
                    for (at, wd) in dating::plain_weekdays(text, toks) {
                        if !dating::is_reporting_date(toks, at) {
                            if let Some(back) = weeks_back(toks, at) {
                                weekday_happenings.push((k, wd, back));
                            }
                        }
                    }
                }
            }
            for (at, t) in toks.iter().enumerate() {
                // "today" and "yesterday" are 5 and 9 bytes long: most words are
                // turned away by their length.
                if !matches!(t.norm.len(), 5 | 9) {
                    continue;
                }
                let back = match t.norm.as_str() {
                    "yesterday" => 1,
                    "today" => 0,
                    _ => continue,
                };
                yesterday |= back == 1;
                yesterday_happened |= back == 1 && !dating::is_reporting_date(toks, at);
                today |= back == 0;
                if own_weekday.is_none() {
                    own_weekday = named_weekday(text, toks, at).map(|wd| (wd + back - 1) % 7 + 1);
                }
            }
        }
        let mut top_day = None;
        let mut own_month_day = None;
        let mut dateline = None;
        let mut month_days = Vec::new();
        let mut full_days = Vec::new();
        if with_days {
            let top_end = a
                .sentences
                .get(OWN_DATE_SENTENCES - 1)
                .map_or(usize::MAX, |s| s.range.end);
            let lead_end = a
                .sentences
                .get(DATELINE_SENTENCES - 1)
                .map_or(usize::MAX, |s| s.range.end);
            // The lead is read for its date line and dateline; the sentences after it
            // only when they may name a calendar day (a month and a number).
            let lead = a.sentences.len().min(DATELINE_SENTENCES);
            let read: Vec<super::sentences::SentenceSpan> = a.sentences[..lead]
                .iter()
                .chain(
                    a.sentences[lead..]
                        .iter()
                        .zip(&a.tokens[lead..])
                        .filter(|(_, toks)| may_name_month_day(toks))
                        .map(|(s, _)| s),
                )
                .cloned()
                .collect();
            for h in super::timex::tag(text, &read, None) {
                if let Some(md) = past_month_day(a, &h) {
                    month_days.push(md);
                    if own_month_day.is_none() {
                        own_month_day = day_of_today_or_yesterday(text, h.range.start, md);
                    }
                }
                if let Some(d) = past_full_day(a, &h) {
                    full_days.push(d);
                }
                if h.range.end > lead_end {
                    continue;
                }
                if dateline.is_none() {
                    dateline = wire_dateline(a, &h);
                }
                // A date line with its clock time ("Friday 17 October 2025 14:02 BST") is
                // a TIME: its day is the date.
                let day = h.value.split('T').next().unwrap_or_default();
                let Some(d) = crate::timeval::parse_day(day) else {
                    continue;
                };
                // Near the top, a date standing alone; further down the lead (under
                // a headline, standfirst bullets and a byline), one on a line a
                // page's label opens ("Published: 08:14 EDT, 31 August 2022").
                let top = || h.range.end <= top_end || labelled_line(a, h.range.start);
                if top_day.is_none() && top() && stands_alone(a, h.range.start) {
                    top_day = Some(d);
                }
            }
            if top_day.is_none() {
                top_day = foot_day(a);
            }
        }
        Evidence {
            reporting,
            told,
            named_as,
            month_days,
            full_days,
            weekday_happenings,
            top_day,
            dateline,
            own_weekday,
            own_month_day,
            yesterday,
            yesterday_happened,
            today,
            latest_year: if with_days { latest_year_told(a) } else { None },
        }
    }

    /// True when the report may be written around `day`: the calendar days it names
    /// without a year fit it ([`fits_month_days`]) and it is no earlier than the
    /// latest year it tells of.
    fn may_be_written(&self, day: NaiveDate) -> bool {
        fits_month_days(&self.month_days, day)
            && self
                .latest_year
                .is_none_or(|y| chrono::Datelike::year(&day) >= y)
    }

    /// The day an undated report was written, given the days of the news it reports
    /// (`news`: the first, then every one, from the dated reports like it), if any:
    /// its own date line; else its wire dateline's day in the year that puts it
    /// nearest the news; else the day of week it names as today's ("yesterday,
    /// Thursday") near the last news day; else, when it says "yesterday", the latest
    /// day after a news day that is itself a news day if it also says "today" (copy
    /// written the next day); else the news day moved to the day its announcements
    /// are dated ([`Self::written`]); `twin_told` are the weekdays the report it
    /// takes its news day from tells of.
    fn date(
        &self,
        news: Option<(NaiveDate, &[NaiveDate])>,
        twin_told: &[u32],
    ) -> Option<NaiveDate> {
        if let Some(d) = self.top_day {
            return Some(d);
        }
        let (news, days) = news?;
        let last = days.iter().copied().max().unwrap_or(news);
        if let Some((m, d)) = self.dateline {
            use chrono::Datelike;
            let near = (news.year() - 1..=news.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .min_by_key(|x| (*x - news).num_days().abs());
            if near.is_some_and(|x| (x - news).num_days().abs() <= 7) {
                return near;
            }
        }
        if let Some((m, d)) = self.own_month_day {
            // That month and day in the year that puts it nearest the last news day.
            use chrono::Datelike;
            let near = (last.year() - 1..=last.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                .min_by_key(|x| (*x - last).num_days().abs());
            if let Some(x) = near.filter(|x| (*x - last).num_days().abs() <= 7) {
                return Some(x);
            }
        }
        if let Some(wd) = self.own_weekday {
            // The day of that weekday from three days before the last news day to
            // three days after.
            let from = last - chrono::Days::new(3);
            let ahead = (wd + 7 - self::wd(from)) % 7;
            return Some(from + chrono::Days::new(ahead.into()));
        }
        if self.yesterday {
            let next = |d: NaiveDate| d + chrono::Days::new(1);
            // Also "today": the latest news day that follows another.
            let of_today = self
                .today
                .then(|| {
                    days.iter()
                        .map(|&d| next(d))
                        .filter(|d| days.contains(d))
                        .max()
                })
                .flatten();
            return Some(of_today.unwrap_or(next(last)));
        }
        Some(self.written(news, twin_told))
    }

    /// The day a report of about `day` was written, by the announcements it dates:
    /// the latest of its reporting weekdays from three days before `day` to the day
    /// after, so a report that says "officials said Sunday" of a Monday story is
    /// Sunday's, and one that says "confirmed Tuesday" of it is Tuesday's.
    ///
    /// It is never before a day it tells of: the days after `day` it tells of one after
    /// the other by their weekdays ("the ministry on Monday renewed its call" in copy
    /// about Sunday's attack; "strikes on Friday and Saturday … said on Sunday" of
    /// Thursday's) move it to the last of them — not a weekday the report of `day`
    /// itself tells of (`twin_told`), which may be the news's own, told in another
    /// time zone, or a day of the week before; a calendar day it names up to [`LATER_COPY_DAYS`] after `day`
    /// makes it a later copy, written on that day or on the first of its announcement
    /// weekdays after it ("announced on January 26 that it had regained control …
    /// said on Monday" is the Monday after January 26).
    fn written(&self, day: NaiveDate, twin_told: &[u32]) -> NaiveDate {
        if let Some(after) = self.latest_day_after(day) {
            return self
                .reporting
                .iter()
                .map(|&wd| after + chrono::Days::new(u64::from((wd + 7 - self::wd(after)) % 7)))
                .max()
                .unwrap_or(after);
        }
        let within = |days: &[u32]| {
            days.iter()
                .filter_map(|&wd| dating::announcement_day(day, wd))
                .max()
        };
        let mut announced = within(&self.reporting).unwrap_or(day);
        // Never before a calendar day it tells as past: "struck on June 12 … said
        // Tuesday" about news of June 13 is the Tuesday after June 12, not the one
        // before.
        if let Some(floor) = self.latest_day_within(announced, day) {
            announced = self
                .reporting
                .iter()
                .map(|&wd| floor + chrono::Days::new(u64::from((wd + 7 - self::wd(floor)) % 7)))
                .min()
                .unwrap_or(floor);
        }
        let mut told = day;
        let aligned = !twin_told.is_empty() && self.told.contains(&self::wd(day));
        for _ in 0..6 * usize::from(aligned) {
            let next = told + chrono::Days::new(1);
            let w = self::wd(next);
            if !self.told.contains(&w) || twin_told.contains(&w) {
                break;
            }
            told = next;
        }
        if told > day {
            announced.max(told)
        } else {
            announced
        }
    }

    /// The calendar days the report names as past: full ones, and those without a
    /// year in the year that puts them nearest `near`.
    fn days_named_near(&self, near: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
        use chrono::Datelike;
        self.month_days
            .iter()
            .filter_map(move |&(m, d)| {
                (near.year() - 1..=near.year() + 1)
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
                    .min_by_key(|x| (*x - near).num_days().abs())
            })
            .chain(self.full_days.iter().copied())
    }

    /// The latest calendar day the report names as past that falls after `from` and on
    /// or before `to` ([`Self::days_named_near`] `to`).
    fn latest_day_within(&self, from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
        self.days_named_near(to)
            .filter(|&x| x > from && x <= to)
            .max()
    }

    /// The latest calendar day the report names that falls after `day`, up to
    /// [`LATER_COPY_DAYS`] after it ([`Self::days_named_near`] `day`).
    fn latest_day_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        self.days_named_near(day)
            .filter(|&x| x > day && (x - day).num_days() <= LATER_COPY_DAYS)
            .max()
    }

    /// The day a dated report's news is of: its date, or the next day when it dates its
    /// announcement on the next day's weekday and never on its own (copy written for
    /// the next morning: "officials said Saturday" in a report dated Friday).
    fn news_day(&self, date: NaiveDate) -> NaiveDate {
        let next = date + chrono::Days::new(1);
        let (own, tomorrow) = (wd(date), wd(next));
        if self.reporting.contains(&tomorrow) && !self.reporting.contains(&own) {
            next
        } else {
            date
        }
    }
}

/// Words that put a date in the narrative ("On Oct. 7, 2023, gunmen …"), where a
/// page's date line stands alone ("Posted March 3, 2022", "Syria March 24, 2023").
const NARRATIVE_PREPOSITIONS: WordSet<10> = WordSet::new([
    "on", "since", "in", "until", "by", "before", "after", "from", "of", "to",
]);

/// True when the date at byte `at` of the article stands alone, as a page's date line
/// does: at the start of its sentence, after a mark, or after a capitalised label or
/// place ("Posted", "Syria") that is not a preposition ("On March 3, 2022, …" and
/// "died Jan. 28, 2024" are the narrative's).
fn stands_alone(a: &Analysed, at: usize) -> bool {
    let Some(si) = a.sentences.iter().position(|s| s.range.contains(&at)) else {
        return false;
    };
    let text = a.source.text.as_str();
    let mut before = a.tokens[si].iter().rev().filter(|t| t.range.start < at);
    match before.next() {
        None => true,
        // "Published On 21 Jan 2022": a page's label before its "On".
        Some(t) if t.norm == "on" => {
            before.next().is_some_and(|l| PAGE_LABELS.contains(&l.norm))
                && before.next().is_none_or(|t| !t.is_word)
        }
        Some(t) => {
            !t.is_word
                || t.raw(text).starts_with(|c: char| c.is_uppercase())
                    && !NARRATIVE_PREPOSITIONS.contains(&t.norm)
        }
    }
}

/// True when the date at byte `at` of the article follows a page's date label within
/// a few tokens ("Published: 08:14 EDT, 31 August 2022", "Updated 3 March 2022",
/// "Posted on …").
fn labelled_line(a: &Analysed, at: usize) -> bool {
    // Page furniture has no tokens of its own: its words are read from the text.
    let Some(s) = a.sentences.iter().find(|s| s.range.contains(&at)) else {
        return false;
    };
    a.source
        .text
        .get(s.range.start..at)
        .unwrap_or_default()
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(LABEL_REACH)
        .any(|w| PAGE_LABELS.contains(w.to_lowercase().as_str()))
}

/// How many tokens a page's date label may stand before its date ("Published on:").
const LABEL_REACH: usize = 3;

/// Labels of a page's date line that may stand before an "On" ("Published On 21 Jan
/// 2022", "Updated on March 3, 2022").
const PAGE_LABELS: WordSet<5> = WordSet::new(["published", "posted", "updated", "filed", "dated"]);

/// How many sentences at the end of an article may hold its filing line.
const FOOTER_SENTENCES: usize = 4;

/// Most words a filing line holds besides its date ("Filed 20 November 2025, 16:50
/// EAT", "Last updated: Tuesday 3 March 2022 09:15 GMT").
const FOOTER_WORDS: usize = 12;

/// The calendar day of a filing line at the foot of an article ("Filed 20 November
/// 2025, 16:50 EAT", "Published 3 March 2022"): a full date standing alone in one of
/// its last short sentences. A date in the closing narrative ("… will meet on 3 March
/// 2022") is not one: it follows a preposition or sits in a long sentence.
fn foot_day(a: &Analysed) -> Option<NaiveDate> {
    let text = a.source.text.as_str();
    let from = a.sentences.len().saturating_sub(FOOTER_SENTENCES);
    let foot = &a.sentences[from..];
    let short = |at: usize| {
        a.sentences
            .iter()
            .zip(&a.tokens)
            .find(|(s, _)| s.range.contains(&at))
            .is_some_and(|(_, toks)| toks.iter().filter(|t| t.is_word).count() <= FOOTER_WORDS)
    };
    super::timex::tag(text, foot, None)
        .iter()
        .rev()
        .filter(|h| short(h.range.start) && stands_alone(a, h.range.start))
        .find_map(|h| crate::timeval::parse_day(h.value.split('T').next().unwrap_or_default()))
}

/// The month and day of a wire dateline ("Feb. 15 (Wire) -- …", "KABUL, May 2
/// (Wire) - …") written without a year, at the timex `h` of the article.
fn wire_dateline(a: &Analysed, h: &super::timex::TimexHit) -> Option<(u32, u32)> {
    let v = h.value.as_bytes();
    if v.len() != 10 || !h.value.starts_with("XXXX-") {
        return None;
    }
    let si = a
        .sentences
        .iter()
        .position(|s| s.range.contains(&h.range.start))?;
    let toks = &a.tokens[si];
    let at = toks.partition_point(|t| t.range.start < h.range.start);
    if !dating::is_dateline(&a.source.text, toks, at, h.range.end) {
        return None;
    }
    let m = h.value.get(5..7)?.parse().ok()?;
    let d = h.value.get(8..10)?.parse().ok()?;
    Some((m, d))
}

/// The calendar day an undated article names with its weekday and without a year
/// ("Sunday 25 October", "Tuesday, November 17"): the weekday fixes the year within
/// an eleven-year cycle. It is the year nearest `around` (the dated reports' time),
/// else the first from the latest past year the article names ("since 2022"; not a
/// year after "until" or "by", which may lie ahead). The latest such day when it
/// names several.
fn weekday_day_of(a: &Analysed, around: Option<NaiveDate>) -> Option<NaiveDate> {
    use chrono::Datelike;
    let text = a.source.text.as_str();
    // The day is named near the top (the lead, a date line): only those sentences are
    // tagged, so an undated article of any length costs one short pass.
    let lead = &a.sentences[..a.sentences.len().min(WEEKDAY_SENTENCES)];
    let hits = super::timex::tag(text, lead, None);
    // The article's years are read only once a day with its weekday is found.
    let mut latest_year: Option<Option<i32>> = None;
    let mut best: Option<NaiveDate> = None;
    for h in &hits {
        // "XXXX-10-25": a month and day with no year.
        let Some(md) = h.value.strip_prefix("XXXX-") else {
            continue;
        };
        let mut parts = md.split('-');
        let (Some(m), Some(d)) = (
            parts.next().and_then(|m| m.parse::<u32>().ok()),
            parts.next().and_then(|d| d.get(..2)?.parse::<u32>().ok()),
        ) else {
            continue;
        };
        // The weekday inside the expression or right before it.
        let toks = super::words::tokenize(text, h.range.start.saturating_sub(12)..h.range.end);
        let Some(wd) = toks
            .iter()
            .filter(|t| t.range.end <= h.range.end)
            .find_map(|t| dating::weekday_number(text, t))
        else {
            continue;
        };
        let on_weekday = |y: i32| {
            NaiveDate::from_ymd_opt(y, m, d).filter(|x| x.weekday().number_from_monday() == wd)
        };
        let latest_year = *latest_year.get_or_insert_with(|| latest_year_told(a));
        let day = match (around, latest_year) {
            (Some(r), _) => (r.year() - 6..=r.year() + 6)
                .filter_map(on_weekday)
                .min_by_key(|x| (*x - r).num_days().abs()),
            (None, Some(y)) => (y..y + 12).find_map(on_weekday),
            (None, None) => None,
        };
        best = best.max(day);
    }
    best
}

/// How many days after the news day of the reports like it an undated report may name
/// a day of its own and still be a later copy of that news ([`Evidence::written`]).
const LATER_COPY_DAYS: i64 = 30;

/// True when a sentence has a month name and a number, cardinal or ordinal
/// ("January 27th"): it may name a calendar day.
fn may_name_month_day(toks: &[super::words::Token]) -> bool {
    toks.iter().any(|t| t.is_word && is_month_name(&t.norm))
        && toks
            .iter()
            .any(|t| t.count.is_some() || t.norm.as_bytes().first().is_some_and(u8::is_ascii_digit))
}

/// The (month, day) of a timex `h` that names a calendar day without a year in a
/// sentence of the past ("On January 21, two bombers …"), not one still to come.
fn past_month_day(a: &Analysed, h: &super::timex::TimexHit) -> Option<(u32, u32)> {
    let rest = h.value.strip_prefix("XXXX-")?;
    let (m, d) = rest.split_once('-')?;
    let (m, d) = (m.parse().ok()?, d.get(..2)?.parse().ok()?);
    let s = a
        .sentences
        .iter()
        .position(|s| s.range.contains(&h.range.start))?;
    // "since Oct. 17", "from January 3", "since the Taliban took over Kabul on August
    // 15": a period's start, which may lie long before.
    let toks = &a.tokens[s];
    let at = toks.partition_point(|t| t.range.start < h.range.start);
    let start = at
        .checked_sub(1)
        .is_some_and(|k| matches!(toks[k].norm.as_str(), "since" | "from"))
        || dating::ends_since_clause(toks, at);
    (!start && !dating::tells_future(toks)).then_some((m, d))
}

/// The month and day of the day a report was written, when the month and day `md`
/// at byte `at` names the day its "today" or "yesterday" stands for, right after it
/// in brackets or after a comma ("Yesterday (6 September)", "today, March 3,"):
/// yesterday's day is the day before the report's.
fn day_of_today_or_yesterday(text: &str, at: usize, (m, d): (u32, u32)) -> Option<(u32, u32)> {
    let before = text.get(..at)?.trim_end_matches([' ', '(', ',']);
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next()?;
    let back = if word.eq_ignore_ascii_case("today") {
        0
    } else if word.eq_ignore_ascii_case("yesterday") {
        1
    } else {
        return None;
    };
    // Brackets or a comma set the day off; at most one of each, and a space.
    if at - before.len() > 3 {
        return None;
    }
    // The year does not matter for the next day's month and day: a leap year's
    // 29 February is read in 2024.
    let day = NaiveDate::from_ymd_opt(2024, m, d)? + chrono::Days::new(back);
    use chrono::Datelike;
    Some((day.month(), day.day()))
}

/// The day of a timex `h` that names a full calendar day (with its year) in a
/// sentence of the past ("a funeral in Najaf on January 24, 2021").
fn past_full_day(a: &Analysed, h: &super::timex::TimexHit) -> Option<NaiveDate> {
    if h.kind != crate::model::TimexType::Date {
        return None;
    }
    let d = crate::timeval::parse_day(&h.value)?;
    let s = a
        .sentences
        .iter()
        .position(|s| s.range.contains(&h.range.start))?;
    (!dating::tells_future(&a.tokens[s])).then_some(d)
}

/// How many days before a report a calendar day it names without a year, as a
/// happening's, may lie for the report to be of that news.
const MONTH_DAY_REACH: i64 = 45;

/// True when every calendar day named without a year as a happening's (`month_days`)
/// lies within [`MONTH_DAY_REACH`] days before `day` or [`LATER_COPY_DAYS`] after it, in
/// the year that puts it nearest (or when it names none).
fn fits_month_days(month_days: &[(u32, u32)], day: NaiveDate) -> bool {
    use chrono::Datelike;
    month_days.iter().all(|&(m, d)| {
        (day.year() - 1..=day.year() + 1)
            .filter_map(|y| NaiveDate::from_ymd_opt(y, m, d))
            .map(|x| (x - day).num_days())
            .min_by_key(|n| n.abs())
            .is_some_and(|n| (-MONTH_DAY_REACH..=LATER_COPY_DAYS).contains(&n))
    })
}

/// How many sentences from the top a day named with its weekday is looked for in.
const WEEKDAY_SENTENCES: usize = 20;

/// The latest year (1900–2199) an article writes in four digits, not one after
/// "until", "by", "least" or "through", which may lie ahead ("until at least 2030"),
/// read from the tokens, whose counts are already parsed.
fn latest_year_told(a: &Analysed) -> Option<i32> {
    let mut best = None;
    for toks in &a.tokens {
        for (k, t) in toks.iter().enumerate() {
            let Some(y) = t.count.filter(|y| (1900..2200).contains(y)) else {
                continue;
            };
            if t.range.len() != 4 {
                continue;
            }
            let ahead = k.checked_sub(1).is_some_and(|p| {
                matches!(toks[p].norm.as_str(), "until" | "by" | "least" | "through")
            });
            if !ahead {
                best = best.max(Some(y as i32));
            }
        }
    }
    best
}

/// The weekday (1 = Monday) named beside "today" or "yesterday" at token `at`:
/// "yesterday, Thursday", "today (Wednesday)", "Thursday, yesterday".
fn named_weekday(text: &str, toks: &[super::words::Token], at: usize) -> Option<u32> {
    let is_mark = |i: usize| {
        toks.get(i)
            .is_some_and(|t| !t.is_word && matches!(t.norm.as_str(), "," | "(" | ")"))
    };
    let after = is_mark(at + 1).then(|| toks.get(at + 2)).flatten();
    let before = (at >= 2 && is_mark(at - 1))
        .then(|| toks.get(at - 2))
        .flatten();
    after
        .and_then(|t| dating::weekday_number(text, t))
        .or_else(|| before.and_then(|t| dating::weekday_number(text, t)))
}

/// The day of week of a date, 1 = Monday.
fn wd(d: NaiveDate) -> u32 {
    use chrono::Datelike;
    d.weekday().number_from_monday()
}

/// Resolves the reference date of every article, in input order; `terms` are the
/// content terms of their sentences.
pub fn resolve(articles: &[Analysed], terms: &Terms) -> Vec<Reference> {
    let dated: Vec<Option<NaiveDate>> = articles
        .iter()
        .map(|a| a.cleaned.header_date.or(a.source.published))
        .collect();
    if dated.iter().all(Option::is_some) {
        // Every article is dated: no terms to compare.
        return dated
            .into_iter()
            .map(|date| Reference {
                date,
                basis: ReferenceBasis::Header,
                from: None,
            })
            .collect();
    }
    // Each article's terms: those of its sentences, page furniture (bylines, credits,
    // copyright) left out.
    let bags: &[TermIds] = &terms.articles;
    let weights = ArticleWeights::new(terms.vocab_len, bags.iter());
    let norms: Vec<f64> = bags.iter().map(|b| weights.norm(b)).collect();
    // Copies of one report (the same terms) are compared once.
    let mut classes: HashMap<&TermIds, usize> = HashMap::new();
    let class: Vec<usize> = bags
        .iter()
        .enumerate()
        .map(|(i, b)| *classes.entry(b).or_insert(i))
        .collect();
    // What each article says of its own date; undated copies of one report (one
    // class) read it once.
    let own = |i: usize| dated[i].is_some() || class[i] == i || dated[class[i]].is_some();
    // The latest date of a dated report: the time the reports were written around.
    let latest_dated = dated.iter().flatten().max().copied();
    let evidence: Vec<Option<Evidence>> = (0..articles.len())
        .map(|i| own(i).then(|| Evidence::of(&articles[i], dated[i].is_none())))
        .collect();
    let evidence_of = |i: usize| {
        evidence[i]
            .as_ref()
            .or(evidence[class[i]].as_ref())
            .unwrap_or(&NO_EVIDENCE)
    };
    // The day each dated report's news is of, which undated reports of it take.
    // An undated report whose own page date line dates it is a dated report for the
    // others ("Published On 21 Jan 2022" under a headline): its copies and
    // rewrites take its day as they would a header's.
    let news: Vec<Option<NaiveDate>> = (0..articles.len())
        .map(|i| match dated[i] {
            Some(d) => Some(evidence_of(i).news_day(d)),
            None => evidence_of(i).top_day,
        })
        .collect();
    let known: RefCell<HashMap<(usize, usize), f64>> = RefCell::default();
    let sim = |i: usize, j: usize| {
        let (i, j) = (class[i], class[j]);
        if let Some(&s) = known.borrow().get(&(i, j)) {
            return s;
        }
        let s = weights.cosine_normed(&bags[i], norms[i], &bags[j], norms[j]);
        known.borrow_mut().insert((i, j), s);
        s
    };
    // Undated copies of one report (one class) infer the same date: each class is
    // inferred once, so many copies of an undated report are not each compared with
    // every dated article.
    let mut inferred: Vec<Option<Option<usize>>> = vec![None; articles.len()];
    let direct: Vec<Option<usize>> = (0..articles.len())
        .map(|i| {
            if dated[i].is_some() {
                return None;
            }
            *inferred[class[i]].get_or_insert_with(|| {
                let e = evidence_of(i);
                infer(
                    i,
                    &news,
                    &sim,
                    &|a, b, others| {
                        let others: Vec<&Analysed> = others.iter().map(|&o| &articles[o]).collect();
                        shares_name(&articles[a], &articles[b], &others)
                    },
                    &|day| e.may_be_written(day),
                    &|day| {
                        e.latest_year
                            .is_some_and(|y| chrono::Datelike::year(&day) < y)
                    },
                )
            })
        })
        .collect();
    let mut hops: Vec<Option<Option<usize>>> = vec![None; articles.len()];
    // The calendar days of each dated report's happenings ([`dated_happenings`]),
    // read once when an undated report names a happening by its weekday.
    let happenings: Vec<std::cell::OnceCell<Vec<(usize, NaiveDate)>>> = (0..articles.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    // Whether each dated report is copy written the morning after its news
    // ([`next_morning`]), read once when an undated report needs it.
    let mornings: Vec<std::cell::OnceCell<bool>> = (0..articles.len())
        .map(|_| std::cell::OnceCell::new())
        .collect();
    (0..articles.len())
        .map(|i| {
            if let Some(d) = dated[i] {
                return Reference {
                    date: Some(d),
                    basis: ReferenceBasis::Header,
                    from: None,
                };
            }
            let e = evidence_of(i);
            let from = direct[i].or_else(|| {
                *hops[class[i]].get_or_insert_with(|| {
                    hop(i, &dated, &direct, &sim)
                        .or_else(|| supported(i, &articles[i], e, &news, &sim))
                })
            });
            // With no report like it, a day it names with its weekday ("on Sunday 25
            // October") places it: written that day, or the day its announcements
            // name (read only for such an article).
            let first = from.and_then(|j| news[j].or(dated[j]));
            // The other reports' days matter only to copy that names its day
            // ("yesterday", "today").
            let days = match (from, first) {
                (Some(j), Some(first)) if e.yesterday && e.own_weekday.is_none() => {
                    // Copy that says "yesterday" follows the day the news was
                    // announced: a dated report's own day, or the day before when it
                    // dates its announcement then ("said in Wednesday's statement" in
                    // Thursday's report); and when its yesterday is a happening's, the
                    // day before a report written the morning after it.
                    // Only reports of days the news days can reach are read for their
                    // own days, each once for every undated report.
                    let near = |d: NaiveDate| (d - first).num_days().abs() <= LAST_NEWS_DAYS;
                    let told: Vec<Option<NaiveDate>> = (0..articles.len())
                        .map(|k| {
                            let d = dated[k]?;
                            let before = d - chrono::Days::new(1);
                            let r = &evidence_of(k).reporting;
                            let announced = r.contains(&wd(before)) && !r.contains(&wd(d));
                            let morning =
                                || *mornings[k].get_or_init(|| next_morning(&articles[k], d));
                            if announced || e.yesterday_happened && near(d) && morning() {
                                Some(before)
                            } else {
                                news[k]
                            }
                        })
                        .collect();
                    let first = told[j].unwrap_or(first);
                    news_days(i, j, first, &told, &sim)
                }
                (Some(j), Some(first)) if e.yesterday || e.own_weekday.is_some() => {
                    news_days(i, j, first, &news, &sim)
                }
                (_, Some(first)) => vec![first],
                _ => Vec::new(),
            };
            let twin_told: Vec<u32> = from.map_or_else(Vec::new, |j| {
                let twin = evidence_of(j);
                twin.told
                    .iter()
                    .filter(|w| !twin.named_as.contains(w))
                    .copied()
                    .collect()
            });
            let twin_told = twin_told.as_slice();
            let mut day = e
                .date(first.map(|f| (f, days.as_slice())), twin_told)
                .or_else(|| weekday_day_of(&articles[i], latest_dated).map(|d| e.written(d, &[])));
            let mut from = from;
            // A happening it names by its weekday that a dated report tells on a
            // calendar day ("shot down a drone on Thursday"; "On October 5, US forces
            // shot down a Turkish drone") dates it in the week from that day, whatever
            // report it is likest to.
            // A happening its prose names on the weekday of the news day it was
            // dated by, in the week from that day ("the missiles fired early Sunday"
            // in a copy dated Monday by Sunday's reports), pins it there: no likeness
            // of another weekday's sentence to another day's happening moves it (a
            // caption's weekday pins nothing: captions are of any day's pictures).
            let pinned = first.zip(day).is_some_and(|(f, r)| {
                r >= f
                    && (r - f).num_days() <= WEEK_AFTER_HAPPENING
                    && e.weekday_happenings.iter().any(|&(s, w, back)| {
                        back == 0
                            && w == wd(f)
                            && articles[i]
                                .sentences
                                .get(s)
                                .is_some_and(|x| x.kind == SentenceKind::Body)
                    })
            });
            if e.top_day.is_none() && !pinned {
                let src = if evidence[i].is_some() { i } else { class[i] };
                if let Some((d, k)) = aligned_day(
                    src,
                    e,
                    &dated,
                    &|k| {
                        happenings[k].get_or_init(|| {
                            dated
                                .get(k)
                                .copied()
                                .flatten()
                                .map_or_else(Vec::new, |date| dated_happenings(&articles[k], date))
                        })
                    },
                    &|a, s, b, t| {
                        let (x, y) = (&terms.sentences[a][s], &terms.sentences[b][t]);
                        weights.cosine_normed(x, weights.norm(x), y, weights.norm(y))
                    },
                ) {
                    // The copy's own announcements after the happening ("told
                    // reporters on Thursday" of Wednesday's attack) date it, not a
                    // later report it is likest to.
                    let announced = (0..=WEEK_AFTER_HAPPENING)
                        .rev()
                        .map(|n| d + chrono::Days::new(n as u64))
                        .find(|x| e.reporting.contains(&wd(*x)));
                    if day.is_none_or(|r| r < d || (r - d).num_days() > WEEK_AFTER_HAPPENING) {
                        // A copy that also calls a happening yesterday's ("yesterday's
                        // bombing of the shrine") was written the day after it.
                        let after = if e.yesterday_happened {
                            d + chrono::Days::new(1)
                        } else {
                            d
                        };
                        day = Some(e.written(d, &[]).max(after));
                        from = Some(k);
                    } else if let (Some(r), Some(a)) = (day, announced) {
                        if r > a {
                            day = Some(a);
                            from = Some(k);
                        }
                    }
                }
            }
            match day {
                Some(day) => Reference {
                    date: Some(day),
                    basis: ReferenceBasis::Inferred,
                    // A date line of its own is its own date, from no other report.
                    from: from
                        .filter(|_| e.top_day.is_none())
                        .map(|j| articles[j].source.id.clone()),
                },
                None => Reference {
                    date: None,
                    basis: ReferenceBasis::None,
                    from: None,
                },
            }
        })
        .collect()
}

/// How many weeks before the week a report is written in the weekday at `at` lies: 0
/// for a plain weekday ("on Thursday"), 1 for "on Monday last week" or "Monday of
/// the previous week"; `None` for one still to come ("Monday next week").
fn weeks_back(toks: &[super::words::Token], at: usize) -> Option<u8> {
    let after: Vec<&str> = toks[at + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word)
        .map(|t| t.norm.as_str())
        .collect();
    let week = after.iter().position(|w| matches!(*w, "week" | "week's"));
    match week.and_then(|p| p.checked_sub(1)).map(|p| after[p]) {
        Some("last" | "previous" | "past") => Some(1),
        Some("next" | "coming" | "following") => None,
        _ => Some(0),
    }
}

/// The least weighted likeness of two sentences, one naming a happening by its
/// weekday and one by its calendar day, for them to tell the same happening.
const SAME_HAPPENING: f64 = 0.12;

/// How many days after a happening it names by its weekday a report may be written.
const WEEK_AFTER_HAPPENING: i64 = 6;

/// The first day undated article `i` (evidence `e`) can be written on by the happening
/// it names by its weekday that a dated report tells most alike on that day of the
/// week (the happening's day; a week later for "on Monday last week"), with the
/// report, when the calendar days it names fit that day ([`fits_month_days`]).
/// `happenings(k)` are report `k`'s dated happenings, `likeness(i, s, k, t)` how
/// alike sentence `s` of `i` and sentence `t` of `k` are.
fn aligned_day<'h>(
    i: usize,
    e: &Evidence,
    dated: &[Option<NaiveDate>],
    happenings: &dyn Fn(usize) -> &'h [(usize, NaiveDate)],
    likeness: &dyn Fn(usize, usize, usize, usize) -> f64,
) -> Option<(NaiveDate, usize)> {
    if e.weekday_happenings.is_empty() {
        return None;
    }
    let mut best: Option<(f64, NaiveDate, usize)> = None;
    for (k, date) in dated.iter().enumerate() {
        if k == i || date.is_none() {
            continue;
        }
        for &(t, d) in happenings(k) {
            for &(s, w, back) in &e.weekday_happenings {
                if w != wd(d) || !e.may_be_written(d) {
                    continue;
                }
                let x = likeness(i, s, k, t);
                if x >= SAME_HAPPENING && best.is_none_or(|b| x > b.0) {
                    best = Some((x, d + chrono::Days::new(7 * u64::from(back)), k));
                }
            }
        }
    }
    best.map(|(_, d, k)| (d, k))
}

/// The calendar days a report dated `date` names as days of happenings of the weeks
/// before it, up to [`MONTH_DAY_REACH`] days ("On October 5, US forces shot down a
/// Turkish drone"; not a raid of three years before it recalls), as (sentence, day).
fn dated_happenings(a: &Analysed, date: NaiveDate) -> Vec<(usize, NaiveDate)> {
    let read: Vec<super::sentences::SentenceSpan> = a
        .sentences
        .iter()
        .zip(&a.tokens)
        .filter(|(s, toks)| s.kind != SentenceKind::Boilerplate && may_name_month_day(toks))
        .map(|(s, _)| s.clone())
        .collect();
    if read.is_empty() {
        return Vec::new();
    }
    let anchor = Some((date, crate::model::AnchorBasis::Published));
    super::timex::tag(&a.source.text, &read, anchor)
        .into_iter()
        .filter_map(|h| {
            let d = crate::timeval::parse_day(h.value.split('T').next()?)?;
            let s = a
                .sentences
                .iter()
                .position(|s| s.range.contains(&h.range.start))?;
            let recent = (0..=MONTH_DAY_REACH).contains(&(date - d).num_days());
            (recent && !dating::tells_future(&a.tokens[s])).then_some((s, d))
        })
        .collect()
}

/// True when a report dated `date` is copy written the morning after its news: the
/// latest day it tells of is the day before its date, and it never tells of its own
/// day ("wrapped up the operation on Wednesday evening" in Thursday's paper).
fn next_morning(a: &Analysed, date: NaiveDate) -> bool {
    let before = date - chrono::Days::new(1);
    let mut told_before = false;
    let top_end = a
        .sentences
        .get(OWN_DATE_SENTENCES - 1)
        .map_or(usize::MAX, |s| s.range.end);
    for h in super::timex::tag(
        &a.source.text,
        &a.sentences,
        Some((date, crate::model::AnchorBasis::Published)),
    ) {
        // Its own date line is the day it was written, not a day it tells of: the
        // header, or a date standing alone near the top ("Published: January 22,
        // 2021 09:41" under the headline and byline).
        let lead = h.range.start < a.sentences.first().map_or(0, |s| s.range.end)
            || h.range.end <= top_end && stands_alone(a, h.range.start);
        match crate::timeval::parse_day(h.value.split('T').next().unwrap_or_default()) {
            Some(d) if d == before => told_before = true,
            Some(d) if d == date && lead => {}
            Some(d) if d >= date => return false,
            _ => {}
        }
    }
    told_before
}

/// How many days from the news day of the report an undated one is dated by another
/// report of the same news may be dated and still tell news the undated one calls
/// yesterday's or today's.
const LAST_NEWS_DAYS: i64 = 3;

/// The news days of the dated reports that tell the same news as the dated report
/// `from` (news day `first`) an undated article `i` takes its date from: those at
/// least [`SAME_NEWS_SHARE`] as alike to `i` and dated up to [`LAST_NEWS_DAYS`]
/// from it.
fn news_days(
    i: usize,
    from: usize,
    first: NaiveDate,
    news: &[Option<NaiveDate>],
    sim: &dyn Fn(usize, usize) -> f64,
) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = news
        .iter()
        .enumerate()
        .filter_map(|(k, d)| {
            let d = (*d)?;
            let days = (d - first).num_days();
            let alike = k == from || sim(i, k) >= sim(i, from) * SAME_NEWS_SHARE;
            ((-LAST_NEWS_DAYS..=LAST_NEWS_DAYS).contains(&days) && alike).then_some(d)
        })
        .collect();
    if days.is_empty() {
        days.push(first);
    }
    days
}

/// For an undated article `i` with no dated match of its own: the dated report of the
/// undated article most like it, when that one's date was inferred directly and the
/// two are alike enough to tell the same news.
fn hop(
    i: usize,
    dated: &[Option<NaiveDate>],
    direct: &[Option<usize>],
    sim: &dyn Fn(usize, usize) -> f64,
) -> Option<usize> {
    let mut best: Option<(usize, f64)> = None;
    for (k, d) in dated.iter().enumerate() {
        if k == i || d.is_some() {
            continue;
        }
        let s = sim(i, k);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((k, s));
        }
    }
    let (k, s) = best?;
    if s < HOP_SIMILARITY {
        return None;
    }
    direct[k]
}

/// For an undated article with no match by likeness alone: the most alike dated report
/// dated on or within a week after the latest full date the article names itself —
/// or, when it names none, the latest calendar day it names without a year as past
/// or in its dateline ("TAMPA, Fla. – At approximately 11:30 a.m. March 6, …"), in
/// the year that puts it nearest before that report.
fn supported(
    i: usize,
    a: &Analysed,
    e: &Evidence,
    news: &[Option<NaiveDate>],
    sim: &dyn Fn(usize, usize) -> f64,
) -> Option<usize> {
    if news.iter().all(Option::is_none) {
        return None;
    }
    let full = latest_day(a);
    if full.is_none() && e.month_days.is_empty() && e.dateline.is_none() {
        return None;
    }
    // The latest day it names on or before `d`: its full date, else a month and day
    // placed in `d`'s year or the one before.
    let own_before = |d: NaiveDate| -> Option<NaiveDate> {
        if full.is_some() {
            return full;
        }
        use chrono::Datelike;
        e.month_days
            .iter()
            .chain(&e.dateline)
            .filter_map(|&(m, day)| {
                [d.year(), d.year() - 1]
                    .into_iter()
                    .filter_map(|y| NaiveDate::from_ymd_opt(y, m, day))
                    .find(|x| *x <= d)
            })
            .max()
    };
    news.iter()
        .enumerate()
        .filter_map(|(j, d)| {
            let d = (*d)?;
            let own = own_before(d)?;
            let last = own + chrono::Days::new(DAYS_AFTER_OWN_DATE);
            (j != i && d >= own && d <= last).then(|| (j, sim(i, j)))
        })
        .filter(|&(_, s)| s >= DATE_SUPPORTED_SIMILARITY)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(j, _)| j)
}

/// Capitalised words that name a month, not a place or party (the days are
/// [`dating::WEEKDAY_NAMES`]).
const MONTH_NAMES: crate::extract::words::WordSet<12> = crate::extract::words::WordSet::new([
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "sept",
]);

/// The names an article writes: the words it writes capitalised (not a day or month).
/// `inside`: only words after a sentence's first (names for sure); otherwise every
/// capitalised word, for a headline in capitals or a name opening a sentence.
fn capitalised_names(x: &Analysed, inside: bool) -> std::collections::HashSet<String> {
    x.tokens
        .iter()
        .flat_map(|toks| {
            toks.iter()
                .filter(|t| t.is_word)
                .skip(usize::from(inside))
                .filter(|t| {
                    t.starts_ascii_upper(&x.source.text)
                        && t.norm.len() > 2
                        && !MONTH_NAMES.contains(&t.norm)
                        && !dating::WEEKDAY_NAMES.contains(&t.norm.as_str())
                })
                .map(|t| t.norm.to_string())
        })
        .collect()
}

/// The words an article writes in lower case: common words, however often they open a
/// title ("Air Force", "Defense Secretary").
fn lowercase_words<'a>(x: &'a Analysed<'a>) -> std::collections::HashSet<&'a str> {
    x.tokens
        .iter()
        .flatten()
        .filter(|t| {
            t.is_word
                && x.source.text[t.range.clone()].starts_with(|c: char| c.is_ascii_lowercase())
        })
        .map(|t| t.norm.as_ref())
        .collect()
}

/// The fewest names two articles must share that no report of other news writes, for
/// a likeness short of clear to tell the same news.
const EXCLUSIVE_NAMES: usize = 2;

/// True when articles `a` and `b` share a name, such as a place or a party: a word one
/// writes capitalised inside a sentence (not a day or month) that the other writes
/// capitalised anywhere. With `others`, at least [`EXCLUSIVE_NAMES`] such names that
/// neither writes in lower case and none of `others` writes at all. Read only for a
/// weak likeness.
fn shares_name(a: &Analysed, b: &Analysed, others: &[&Analysed]) -> bool {
    let (a_all, b_all) = (capitalised_names(a, false), capitalised_names(b, false));
    let shared = capitalised_names(a, true)
        .into_iter()
        .filter(|n| b_all.contains(n))
        .chain(
            capitalised_names(b, true)
                .into_iter()
                .filter(|n| a_all.contains(n)),
        );
    if others.is_empty() {
        return shared.into_iter().next().is_some();
    }
    let others: Vec<_> = others.iter().map(|o| capitalised_names(o, false)).collect();
    let (a_low, b_low) = (lowercase_words(a), lowercase_words(b));
    let names: std::collections::HashSet<String> = shared
        .filter(|n| !a_low.contains(n.as_str()) && !b_low.contains(n.as_str()))
        .filter(|n| !others.iter().any(|o| o.contains(n)))
        .collect();
    names.len() >= EXCLUSIVE_NAMES
        && (places(a).any(|p| names.contains(p)) || places(b).any(|p| names.contains(p)))
}

/// The words an article writes capitalised after a preposition of place ("in Baiji",
/// "near Tikrit", "outside Sirte"): the places it names.
fn places<'a>(x: &'a Analysed<'a>) -> impl Iterator<Item = &'a str> + 'a {
    x.tokens.iter().flat_map(move |toks| {
        toks.windows(2).filter_map(move |w| {
            (w[0].is_word
                && w[1].is_word
                && PLACE_PREPOSITIONS.contains(&w[0].norm)
                && w[1].starts_ascii_upper(&x.source.text))
            .then_some(w[1].norm.as_ref())
        })
    })
}

/// Prepositions a place name follows.
const PLACE_PREPOSITIONS: crate::extract::words::WordSet<5> =
    crate::extract::words::WordSet::new(["in", "near", "outside", "at", "around"]);

/// The latest full calendar day an article names (read only for an undated article
/// no report matches by likeness).
fn latest_day(a: &Analysed) -> Option<NaiveDate> {
    super::timex::tag(&a.source.text, &a.sentences, None)
        .iter()
        .filter_map(|h| crate::timeval::parse_day(&h.value))
        .max()
}

/// The dated article whose date an undated article `i` takes: the earliest of the
/// dated reports similar enough to it, none of a year before one it tells of
/// (`too_early`).
fn infer(
    i: usize,
    dated: &[Option<NaiveDate>],
    sim: &dyn Fn(usize, usize) -> f64,
    named_alike: &dyn Fn(usize, usize, &[usize]) -> bool,
    fits: &dyn Fn(NaiveDate) -> bool,
    too_early: &dyn Fn(NaiveDate) -> bool,
) -> Option<usize> {
    let scores: Vec<(usize, f64, NaiveDate)> = dated
        .iter()
        .enumerate()
        .filter_map(|(j, d)| d.filter(|_| j != i).map(|d| (j, sim(i, j), d)))
        .collect();
    let mut best = scores.iter().map(|s| s.1).fold(0.0, f64::max);
    if best < MIN_CLEAR_SIMILARITY {
        return None;
    }
    let mut top = scores.iter().find(|s| s.1 == best).map(|s| s.0)?;
    // A likeness whose day the calendar days this report tells of ("On January 21,
    // two bombers …") cannot be near yields to the likeliest whose day they can.
    let mut calendar_pick = false;
    if scores
        .iter()
        .find(|s| s.0 == top)
        .is_some_and(|s| !fits(s.2))
    {
        if let Some(alt) = scores
            .iter()
            .filter(|s| s.0 != top && s.1 >= MIN_CLEAR_SIMILARITY && fits(s.2))
            .max_by(|a, b| a.1.total_cmp(&b.1))
        {
            top = alt.0;
            best = alt.1;
            calendar_pick = true;
        }
    }
    // A report of a year before one this report tells of is other news.
    if scores
        .iter()
        .find(|s| s.0 == top)
        .is_some_and(|s| too_early(s.2))
    {
        return None;
    }
    if best < MIN_SIMILARITY {
        // Few reports make every word rarer and every likeness lower: a weaker
        // likeness still tells the same news when it stands well clear of every
        // report of other news (those not alike to the best match, and not of its
        // days: a report of a day or two apart would give nearly the same date).
        let top_day = scores.iter().find(|s| s.0 == top).map(|s| s.2)?;
        let near = |d: NaiveDate| (d - top_day).num_days().abs() <= NEAR_DAYS;
        let rivals: Vec<(usize, f64)> = scores
            .iter()
            .filter(|s| s.0 != top && !near(s.2) && sim(top, s.0) < MIN_SIMILARITY)
            .map(|s| (s.0, s.1))
            .collect();
        // A lead is clear only over rivals: with fewer than two reports of other news
        // to compare with, a weak likeness dates nothing.
        let other_news = rivals.iter().map(|r| r.1).fold(0.0, f64::max);
        // A weak likeness of common words ("two injured", "the base", "officials
        // said") is no news in common unless the reports also name one place or
        // party alike.
        if rivals.len() < MIN_RIVALS || !named_alike(i, top, &[]) {
            return None;
        }
        // A lead short of clear still tells the same news when the two share a name
        // no report of other news writes (a roundup whose one item is this news; a
        // translation whose other words differ).
        let rival_ids: Vec<usize> = rivals.iter().map(|r| r.0).collect();
        // (A lead the calendar chose needs no margin over reports of other days.)
        if !calendar_pick && best < other_news * CLEAR_MARGIN && !named_alike(i, top, &rival_ids) {
            return None;
        }
    }
    scores
        .into_iter()
        .filter(|s| s.0 == top || s.1 >= best * SAME_NEWS_SHARE)
        .filter(|s| s.0 == top || sim(top, s.0) >= best.max(MIN_SIMILARITY))
        // (An earlier report of the same news is no earlier than the days and years
        // this one tells of.)
        .filter(|s| s.0 == top || fits(s.2))
        .min_by_key(|s| (s.2, s.0))
        .map(|s| s.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Source;

    fn check(texts: &[&str], expected: &[(Option<&str>, ReferenceBasis, Option<&str>)]) {
        let expected: Vec<(Option<String>, ReferenceBasis, Option<String>)> = expected
            .iter()
            .map(|(d, b, f)| (d.map(str::to_string), *b, f.map(str::to_string)))
            .collect();
        assert_eq!(references(texts), expected);
    }

    /// Each article's reference date, basis and source article.
    fn references(texts: &[&str]) -> Vec<(Option<String>, ReferenceBasis, Option<String>)> {
        let sources: Vec<Source> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Source {
                id: format!("a{i}"),
                text: t.to_string(),
                ..Source::default()
            })
            .collect();
        let analysed: Vec<Analysed> = sources.iter().map(Analysed::of).collect();
        let terms = Terms::new(&analysed);
        resolve(&analysed, &terms)
            .into_iter()
            .map(|r| (r.date.map(|d| d.to_string()), r.basis, r.from))
            .collect()
    }

    #[test]
    fn a_month_and_day_without_a_year_date_a_weakly_alike_report_of_the_days_after() {
        // An undated release naming its incident's month and day without a year, weakly
        // like (0.1) every dated report: the one dated in the week from that day.
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let news = [
            None,
            day("2024-02-27"),
            day("2024-03-07"),
            day("2024-03-20"),
        ];
        for (release, want) in [
            (
                "TAMPA – At about 11:30 a.m. March 6, a missile struck the bulk carrier Vela Star.",
                Some(2),
            ),
            (
                "BRUSSELS, March 6 – The alliance condemned the strike on the Vela Star.",
                Some(2),
            ),
            (
                "On March 6 a missile hit the Vela Star near Aden; three of her crew were killed.",
                Some(2),
            ),
            (
                "The Vela Star was struck on 6 March by a missile fired from Yemen.",
                Some(2),
            ),
            (
                "At dawn on March 18, the merchant ship Vela Star was hit off Aden.",
                Some(3),
            ),
            // No calendar day of its own: nothing to place it by.
            (
                "A missile hit the Vela Star off Aden, killing three of its crew.",
                None,
            ),
        ] {
            let source = Source {
                id: "a0".into(),
                text: release.to_string(),
                ..Source::default()
            };
            let a = Analysed::of(&source);
            let e = Evidence::of(&a, true);
            let got = supported(0, &a, &e, &news, &|_, _| 0.1);
            assert_eq!(got, want, "{release}");
        }
    }

    #[test]
    fn a_copy_is_never_written_before_a_day_it_tells_as_past() {
        // The dated report of the news is of Thursday 13 June; the copy says "said
        // Tuesday" and names 12 June as past: the Tuesday after, not the one before.
        let dated = " date 2024-06-13 A drone boat struck the bulk carrier Tutor off Hodeidah on Wednesday, leaving one sailor missing, the ship's manager said.";
        for (copy, want) in [
            ("The bulk carrier Tutor, struck by a drone boat off Hodeidah on June 12, has sunk, authorities said Tuesday. One sailor is presumed dead.", "2024-06-18"),
            ("The Tutor sank in the Red Sea, officials said on Monday. The drone boat hit the carrier off Hodeidah on 12 June; one sailor is missing.", "2024-06-17"),
            ("Hit off Hodeidah on June 12 by a drone boat, the carrier Tutor went down, the navy told reporters on Tuesday. A sailor is missing.", "2024-06-18"),
            ("A sailor from the Tutor, which a drone boat struck off Hodeidah on June 12, was declared dead, the owner confirmed Friday.", "2024-06-14"),
            // A day it names that lies before the announcement moves nothing.
            ("The drone boat hit the Tutor off Hodeidah on June 11; a sailor is missing, the manager said Wednesday.", "2024-06-12"),
        ] {
            let got = references(&[copy, dated]);
            assert_eq!(got[0].0.as_deref(), Some(want), "{copy}: {got:?}");
        }
    }

    #[test]
    fn a_day_named_with_its_weekday_dates_an_undated_report() {
        use ReferenceBasis::*;
        // Alone: the first year from the latest past year it names on which the day
        // is that weekday (25 October 2026 is a Sunday; 2030 lies ahead).
        for (text, expected) in [
            (
                "Gunmen stormed a Tolan army post on Sunday 25 October, killing nine. The junta, in power since 2022, has extended its rule until at least 2030.",
                "2026-10-25",
            ),
            (
                "On Tuesday, November 17, rebels shelled the port. The insurgency began in 2019.",
                "2020-11-17",
            ),
            (
                "Rebels shelled the port on Tuesday, November 17, the navy said on Wednesday. The insurgency began in 2019.",
                "2020-11-18",
            ),
            (
                "The dam burst on Friday 3 July after a week of rain; the last flood, in 2018, killed four.",
                "2020-07-03",
            ),
            (
                "Militiamen seized the depot on Saturday, March 4. The militia was founded in 2015.",
                "2017-03-04",
            ),
        ] {
            let got = references(&[text]);
            assert_eq!(
                (got[0].0.as_deref(), got[0].1),
                (Some(expected), Inferred),
                "{text}"
            );
        }
        // Beside dated reports of other news, the year nearest theirs.
        let got = references(&[
            "Rebels shelled the port on Tuesday, November 17. The insurgency began in 2009.",
            " date 2026-12-01 Parliament in Vell passed a budget for schools and roads.",
        ]);
        assert_eq!(got[0].0.as_deref(), Some("2026-11-17"));
        // No weekday, or no year anywhere: nothing to place it by.
        assert_eq!(
            references(&["Rebels shelled the port on November 17. The insurgency began in 2019."])
                [0]
            .1,
            ReferenceBasis::None
        );
        assert_eq!(
            references(&["Rebels shelled the port on Tuesday, November 17."])[0].1,
            ReferenceBasis::None
        );
    }

    #[test]
    fn a_copy_naming_a_day_the_likeliest_report_cannot_be_near_takes_one_that_can() {
        // Two attacks on the same base months apart; the copy is worded more like the
        // November report, but names a day of early January as past.
        let november = " date 2023-11-22 Rebels fired missiles at the Kandor air base on Tuesday, wounding four sailors near the hangars, the navy said.";
        let january = " date 2024-01-21 Missiles struck the Kandor air base on Saturday; two guards were hurt, officials said.";
        for copy in [
            "Rebels fired missiles at the Kandor air base, wounding sailors near the hangars. The attack followed the killing of a rebel commander on Jan. 4.",
            "Missiles fired by rebels hit the Kandor air base near the hangars, the navy said, weeks after a strike on January 4 killed a rebel chief.",
            "Sailors were wounded near the hangars when rebels fired missiles at the Kandor air base; on 4 January a drone had killed their commander.",
        ] {
            let got = inferred_each(&[november, january, BUDGET], &[copy]);
            assert_eq!(got, [Some("2024-01-21".to_string())], "{copy}");
        }
        // Without the day, the likelier report stands.
        let copy =
            "Rebels fired missiles at the Kandor air base, wounding sailors near the hangars.";
        assert_eq!(
            inferred_each(&[november, january, BUDGET], &[copy]),
            [Some("2023-11-22".to_string())]
        );
    }

    #[test]
    fn a_day_that_starts_a_period_does_not_bound_the_news_day() {
        // The copy is of the October bombing; the day in its "since" clause starts a
        // period long before and must not send it to the August report.
        let august = " date 2021-08-27 A bomber struck the Vell airport gate on Thursday, killing dozens of people waiting to leave.";
        let october = " date 2021-10-08 A bomber struck a Tosh mosque during Friday prayers, killing dozens of worshippers, officials said.";
        for copy in [
            "The toll from the bombing of the Tosh mosque during Friday prayers rose to 62. Since the rebels took over Vell on August 15, they have claimed many attacks.",
            "Worshippers were killed when a bomber struck the Tosh mosque during prayers. Attacks have grown since the rebels seized Vell on 15 August.",
            "A bomber struck a mosque in Tosh during Friday prayers; dozens of worshippers died. The group has claimed a dozen attacks since its fighters entered Vell on Aug. 15.",
        ] {
            let got = inferred_each(&[august, october, BUDGET], &[copy]);
            assert_eq!(got, [Some("2021-10-08".to_string())], "{copy}");
        }
        // A day told as a happening's own still bounds it: October's report cannot
        // be near, and no other is like enough.
        let copy = "A bomber struck the Tosh mosque during Friday prayers. On August 15, rebels took over Vell.";
        assert_eq!(inferred_each(&[august, october, BUDGET], &[copy]), [None]);
    }

    #[test]
    fn calendar_days_told_as_happenings_bound_the_news_day() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // "On January 21, two bombers …": a report of days after it, not months.
        for (month_days, news, fits) in [
            (&[(1, 21)][..], "2021-01-29", true),
            (&[(1, 21)], "2022-12-20", false),
            (&[(12, 28)], "2022-01-04", true),
            (&[(10, 13), (10, 20)], "2021-10-21", true),
            (&[(3, 3)], "2021-06-30", false),
            (&[], "2021-06-30", true),
        ] {
            assert_eq!(
                fits_month_days(month_days, day(news)),
                fits,
                "{month_days:?} {news}"
            );
        }
        // A period's start ("since Oct. 17") is no happening's day.
        let text = "Militias have attacked US forces 66 times since Oct. 17. On November 20, a missile hit the base.";
        let source = Source {
            id: "a".into(),
            text: text.into(),
            ..Source::default()
        };
        let a = Analysed::of(&source);
        assert_eq!(Evidence::of(&a, true).month_days, [(11, 20)]);
    }

    #[test]
    fn a_weak_likeness_clear_of_other_news_dates_an_undated_report() {
        use ReferenceBasis::*;
        // A handful of reports: the undated one retells the Kandor news in its own
        // words, sharing only a few rare ones with the dated telling.
        let others = [
            " date 2021-03-10 Parliament in Vell passed a budget for schools, roads and clinics after a long debate on taxes.",
            " date 2021-04-20 Floods on the Osk river forced farmers from three valleys; the weather office warned of more rain.",
            " date 2021-06-01 The Tolan football league opened its season with a derby watched by forty thousand fans.",
        ];
        for undated in [
            "Grief in Kandor as the harbour toll rises. Fishermen's families gathered at the quay on Sunday, a day after shells fell near the lighthouse, and the mayor promised help for the widows.",
            "KANDOR HARBOUR HORROR. Shells slammed into boats near the old lighthouse, locals said, and the port stayed closed on Sunday while divers searched the water.",
            "Kandor mourns. Families buried their dead on Sunday; the barrage by the lighthouse was the worst in years, elders said.",
            "Live: Kandor under fire. 09:10 Smoke over the lighthouse. 11:45 The port authority said trawlers were lost.",
            "In Kandor the quay is silent. The barrage left the fleet wrecked near the lighthouse, and widows waited for news.",
        ] {
            let dated = " date 2021-05-03 Rebel artillery shelled Kandor harbour on Saturday, killing nine fishermen and sinking four trawlers near the lighthouse, the coast guard said.";
            let got = references(&[undated, dated, others[0], others[1], others[2]]);
            // Dated by the Kandor report (the day its own weekdays point to, or the
            // report's day).
            let (date, basis, from) = &got[0];
            assert_eq!((*basis, from.as_deref()), (Inferred, Some("a1")), "{undated}");
            assert!(
                matches!(date.as_deref(), Some("2021-05-02" | "2021-05-03")),
                "{undated}: {date:?}"
            );
        }
        // A weak likeness of common words and a weekday, with no place or party
        // named alike, is no news in common.
        for stranger in [
            "Two passengers were hurt when a storm hit Lisbon on Saturday, officials said.",
            "Three sailors were hurt in a fire on a ferry near Oslo on Saturday.",
            "Rain fell on Saturday in Porto; two boats sank near the quay, officials said.",
            "SHOCK IN VALLETTA. Shells of a failed firework hit a boat near the old fort on Saturday.",
            "Grief in Bergen: fishermen's families gathered at the quay on Saturday.",
        ] {
            let dated = " date 2021-05-03 Rebel artillery shelled Kandor harbour on Saturday, killing nine fishermen and sinking four trawlers near the lighthouse, the coast guard said.";
            let got = references(&[stranger, dated, others[0], others[1], others[2]]);
            assert_eq!(got[0].1, ReferenceBasis::None, "{stranger}");
        }
        // With no rivals to stand clear of, a weak likeness dates nothing.
        let undated = "Grief in Kandor as the harbour toll rises. Fishermen's families gathered at the quay on Sunday, a day after shells fell near the lighthouse, and the mayor promised help for the widows.";
        let dated = " date 2021-05-03 Rebel artillery shelled Kandor harbour on Saturday, killing nine fishermen and sinking four trawlers near the lighthouse, the coast guard said.";
        assert_eq!(references(&[undated, dated])[0].1, ReferenceBasis::None);
        // A weak likeness with no clear lead over a report of other news dates
        // nothing: this one is as like the floods as the shelling.
        let torn = "A hard spring: Kandor lost its lighthouse and the Osk valleys their farms.";
        let dated = " date 2021-05-03 Rebel artillery shelled Kandor harbour on Saturday, killing nine fishermen and sinking four trawlers near the lighthouse, the coast guard said.";
        let got = references(&[torn, dated, others[0], others[1], others[2]]);
        assert_eq!(
            got[0],
            (Option::None, ReferenceBasis::None, Option::None),
            "{got:?}"
        );
    }

    #[test]
    fn a_roundup_sharing_names_no_other_news_writes_takes_their_date() {
        // A roundup of several stories: only one item tells the Kandor news, so the
        // whole is barely more like it than like other news; the places both name
        // and no report of other news writes settle it.
        let others = [
            " date 2021-03-10 Parliament in Vell passed a budget for schools, roads and clinics after a long debate on taxes in the capital.",
            " date 2021-04-20 Floods on the Osk river forced farmers from three valleys near Tarn; the weather office warned of more rain.",
            " date 2021-06-01 The Tolan football league opened its season in Brisa with a derby watched by forty thousand fans.",
        ];
        let dated = " date 2021-05-03 Rebel artillery shelled the harbour at Kandor on Saturday, killing nine fishermen near the Marel lighthouse, the coast guard said.";
        let roundups = [
            "Weekly risk digest. KANDOR: Shells hit boats in Kandor near the Marel lighthouse. VELL: Taxes debated again. TARN: More rain expected.",
            "Around the region: boats burned at Kandor by the Marel lighthouse; taxes are debated; farmers fled floods.",
            "Digest - KANDOR: a shell hit the Marel lighthouse at Kandor. VELL: taxes. TARN: farmers fled.",
            "Briefing: in Kandor, boats near the Marel lighthouse burned. Vell: taxes again. Tarn: rain.",
            "Security outlook - Kandor: shells hit near Marel lighthouse. Vell: a long debate. Valleys: floods.",
        ];
        let got: Vec<_> = roundups
            .iter()
            .map(|r| references(&[r, dated, others[0], others[1], others[2]]).remove(0))
            .collect();
        let want = (
            Some("2021-05-03".to_string()),
            ReferenceBasis::Inferred,
            Some("a1".to_string()),
        );
        assert_eq!(got, vec![want; roundups.len()]);
        // One shared name, or names that are common words in titles ("Coast Guard"),
        // are no news in common.
        for stranger in [
            "Weekly risk digest. KANDOR: Shells hit boats in Kandor near the lighthouse. VELL: Taxes debated again. TARN: More rain expected.",
            "Notes: the Coast Guard of Ostia bought new boats; Artillery Day parades were held in Lune; fishermen in Pell sold their catch.",
        ] {
            let got = references(&[stranger, dated, others[0], others[1], others[2]]);
            assert_eq!(got[0].1, ReferenceBasis::None, "{stranger}: {got:?}");
        }
    }

    #[test]
    fn an_undated_report_that_says_yesterday_is_of_the_day_after_the_news() {
        // The news broke on Monday 3 May and was told again on Tuesday 4 May: a
        // report that calls any of it yesterday's was written on Wednesday 5 May,
        // unless it names the weekday of its yesterday or today, or also tells
        // today's news (then it is Tuesday's).
        let dated = [
            " date 2021-05-03 Rebels shelled Kandor harbour on Sunday, killing nine fishermen near the lighthouse, the coast guard said.",
            " date 2021-05-04 The navy said rebels who shelled Kandor harbour killed nine fishermen near the lighthouse; divers recovered boats.",
            BUDGET,
        ];
        let got = inferred_each(
            &dated,
            &[
                "Divers yesterday recovered the boats of nine fishermen killed when rebels shelled Kandor harbour by the lighthouse.",
                "The navy confirmed yesterday that nine fishermen died near the lighthouse as rebels shelled Kandor harbour.",
                "KANDOR HARBOUR HORROR: rebels shelled the port, and yesterday nine fishermen were buried beside the lighthouse.",
                "Yesterday's funerals in Kandor harbour, where rebels shelled boats by the lighthouse, drew nine fishermen's families.",
                "Nine fishermen killed near the lighthouse as rebels shelled Kandor harbour were named by the navy yesterday evening.",
                // Yesterday or today named by its weekday.
                "The navy said yesterday, Monday, that rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                "Divers searched Kandor harbour today (Tuesday) after rebels shelled it, killing nine fishermen near the lighthouse.",
                "Rebels shelled Kandor harbour on Sunday, yesterday, killing nine fishermen near the lighthouse.",
                // Yesterday's news and today's: the day of the later report.
                "The coast guard said yesterday that rebels shelled Kandor harbour; today the navy named nine fishermen killed near the lighthouse.",
                "Today divers recovered boats in Kandor harbour, which rebels shelled, killing nine fishermen by the lighthouse, officials said yesterday.",
            ],
        );
        let want = [
            "2021-05-05",
            "2021-05-05",
            "2021-05-05",
            "2021-05-05",
            "2021-05-05",
            "2021-05-04",
            "2021-05-04",
            "2021-05-03",
            "2021-05-04",
            "2021-05-04",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
        // A report of other news dated days after is not part of it.
        let later = " date 2021-05-09 Rebels shelled Kandor harbour again, killing two fishermen near the lighthouse.";
        let got = inferred_each(
            &[dated[0], later, BUDGET],
            &["The coast guard said yesterday that nine fishermen died when rebels shelled Kandor harbour by the lighthouse."],
        );
        assert_eq!(got, [Some("2021-05-04".to_string())]);
    }

    #[test]
    fn yesterdays_happening_told_by_next_morning_copy_is_the_day_before_its_date() {
        // Thursday 2021-05-06's paper tells of Wednesday (and never of Thursday): an
        // undated report whose yesterday is a happening of that news is Thursday's too;
        // one whose yesterday is only an announcement follows the paper's date.
        let dated = [
            " date 2021-05-06 Troops ended the sweep of the Kandor marshes on Wednesday evening, killing nine smugglers near the old lighthouse, the navy said.",
            BUDGET,
            " date 2021-04-01 Farmers in the north protested grain prices outside the ministry.",
        ];
        let got = inferred_each(
            &dated,
            &[
                "The sweep of the Kandor marshes ended yesterday with nine smugglers killed near the old lighthouse.",
                "Nine smugglers were killed near the old lighthouse yesterday as troops ended the sweep of the Kandor marshes.",
                "TROOPS yesterday finished their Kandor marshes sweep: nine smugglers dead by the old lighthouse.",
                "Yesterday's end of the Kandor marshes sweep left nine smugglers dead near the old lighthouse, the navy says.",
                "Troops ended the Kandor marshes sweep near the old lighthouse yesterday evening; nine smugglers died in it.",
                // Only the announcement was yesterday: the day after the paper.
                "The navy said yesterday that troops who swept the Kandor marshes killed nine smugglers near the old lighthouse.",
            ],
        );
        let want = [
            "2021-05-06",
            "2021-05-06",
            "2021-05-06",
            "2021-05-06",
            "2021-05-06",
            "2021-05-07",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
        // Thursday's paper dates the announcement on Wednesday: copy calling it
        // yesterday's is Thursday's as well.
        let dated = [
            " date 2021-05-06 The navy said on Wednesday that troops sweeping the Kandor marshes killed nine smugglers near the old lighthouse.",
            BUDGET,
            " date 2021-04-01 Farmers in the north protested grain prices outside the ministry.",
        ];
        let got = inferred_each(
            &dated,
            &["The navy announced yesterday that nine smugglers were killed near the old lighthouse in the Kandor marshes sweep."],
        );
        assert_eq!(got, [Some("2021-05-06".to_string())]);
    }

    #[test]
    fn a_next_morning_papers_own_date_line_is_no_day_it_tells_of() {
        // Thursday 2021-05-06's paper repeats its date in a date line under its
        // headline and byline, in the shapes pages print it; it still tells only of
        // Wednesday, so copy whose yesterday is Wednesday's happening is Thursday's.
        let undated = ["Nine smugglers were killed near the old lighthouse yesterday as troops ended the sweep of the Kandor marshes."];
        for line in [
            "Published: MAY 6, 2021 09:41",
            "Posted May 6, 2021",
            "Updated: 6 May 2021, 07:15 BST",
            "Thursday 6 May 2021",
            "Kandor Times | 2021-05-06",
        ] {
            let paper = format!(
                " date 2021-05-06\nSweep ends in the Kandor marshes\nBy Staff Writer\n{line}\nTroops ended the sweep of the Kandor marshes on Wednesday evening, killing nine smugglers near the old lighthouse, the navy said."
            );
            let dated = [
                paper.as_str(),
                BUDGET,
                " date 2021-04-01 Farmers in the north protested grain prices outside the ministry.",
            ];
            assert_eq!(
                inferred_each(&dated, &undated),
                [Some("2021-05-06".to_string())],
                "{line}"
            );
        }
    }

    #[test]
    fn undated_report_takes_the_earliest_matching_dated_report() {
        use ReferenceBasis::*;
        check(
            &[
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                " date 2021-05-03 Nine fishermen died when rebels shelled Kandor harbour.",
                " date 2021-05-02 Rebels shelled Kandor harbour; nine fishermen were killed near the lighthouse.",
                " date 2020-01-01 Parliament passed a budget for schools and roads.",
            ],
            &[
                (Some("2021-05-02"), Inferred, Some("a2")),
                (Some("2021-05-03"), Header, Option::None),
                (Some("2021-05-02"), Header, Option::None),
                (Some("2020-01-01"), Header, Option::None),
            ],
        );
    }

    #[test]
    fn a_report_of_a_year_before_one_an_undated_report_tells_of_does_not_date_it() {
        const HARBOUR_2019: &str = " date 2019-05-02 Rebels shelled Kandor harbour; nine fishermen were killed near the lighthouse.";
        let shelling =
            "Rebels shelled Kandor harbour on Sunday, killing nine fishermen near the lighthouse.";
        let later: Vec<String> = [
            "In March 2021 the rebels signed a truce.",
            "The harbour had stayed open since 2021.",
            "A court jailed two rebel commanders on 3 February 2021.",
            "The last attack, in 2021, killed two guards.",
            "Talks held in Geneva in January, 2021 failed.",
        ]
        .iter()
        .map(|s| format!("{shelling} {s}"))
        .collect();
        let earlier = format!("{shelling} In March 2018 the rebels signed a truce.");
        let undated: Vec<&str> = later
            .iter()
            .map(String::as_str)
            .chain([earlier.as_str()])
            .collect();
        // With a report of the same news from that year, it takes that one, not the
        // earliest alike.
        assert_eq!(
            inferred_each(&[HARBOUR_2019, HARBOUR_TUESDAY, BUDGET], &undated),
            [
                Some("2021-05-04"),
                Some("2021-05-04"),
                Some("2021-05-04"),
                Some("2021-05-04"),
                Some("2021-05-04"),
                Some("2019-05-02"),
            ]
            .map(|d| d.map(str::to_string))
        );
        // With none, no date at all rather than the earlier report's.
        assert_eq!(
            inferred_each(&[HARBOUR_2019, BUDGET], &undated),
            [None, None, None, None, None, Some("2019-05-02")].map(|d| d.map(str::to_string))
        );
    }

    #[test]
    fn unrelated_undated_report_has_no_reference() {
        use ReferenceBasis::*;
        check(
            &[
                "Farmers in the valley harvested apples early this year.",
                " date 2020-01-01 Parliament passed a budget for schools and roads.",
            ],
            &[
                (Option::None, None, Option::None),
                (Some("2020-01-01"), Header, Option::None),
            ],
        );
    }

    /// The reference date each undated text of `undated` gets when read with the dated
    /// texts `dated` (one extraction per undated text).
    fn inferred_each(dated: &[&str], undated: &[&str]) -> Vec<Option<String>> {
        undated
            .iter()
            .map(|u| {
                let mut texts: Vec<&str> = dated.to_vec();
                texts.push(u);
                let sources: Vec<Source> = texts
                    .iter()
                    .enumerate()
                    .map(|(i, t)| Source {
                        id: format!("a{i}"),
                        text: t.to_string(),
                        ..Source::default()
                    })
                    .collect();
                let analysed: Vec<Analysed> = sources.iter().map(Analysed::of).collect();
                let terms = Terms::new(&analysed);
                resolve(&analysed, &terms)
                    .pop()
                    .and_then(|r| r.date)
                    .map(|d| d.to_string())
            })
            .collect()
    }

    #[test]
    fn an_undated_report_dated_by_its_own_date_line_dates_its_undated_copies() {
        let lined = "World|Vell\n\nMilitants storm Orsk garrison, killing nine guards\n\nThe raiders came over the ridge.\n\nPublished On 6 May 2021\n\nMilitants stormed the Orsk garrison in Vell province before dawn, killing nine guards, the Vell army said.";
        let copy = "Nine guards slaughtered as militants storm Orsk garrison\n\nMilitants stormed the Orsk garrison in Vell province before dawn today, killing nine guards as they slept, the Vell army said.";
        check(
            &[BUDGET, HARBOUR_TUESDAY, lined, copy],
            &[
                (Some("2021-01-01"), ReferenceBasis::Header, None),
                (Some("2021-05-04"), ReferenceBasis::Header, None),
                (Some("2021-05-06"), ReferenceBasis::Inferred, None),
                (Some("2021-05-06"), ReferenceBasis::Inferred, Some("a2")),
            ],
        );
    }

    const HARBOUR_TUESDAY: &str =
        " date 2021-05-04 Rebels shelled Kandor harbour on Sunday, killing nine fishermen near the lighthouse.";
    const BUDGET: &str = " date 2021-01-01 Parliament passed a budget for schools and roads.";

    #[test]
    fn a_weaker_likeness_to_the_first_report_of_the_same_news_still_dates_it_first() {
        // Sunday's first report and Tuesday's fuller one tell the same news (they are
        // far more alike to each other than either is to the copy); the copy, more
        // like Tuesday's, takes the day the news broke, however weak its likeness to
        // Sunday's report alone.
        let first = " date 2021-05-02 Rebels shelled Kandor harbour at dawn, killing nine fishermen near the lighthouse and sinking four trawlers; coastguard officers said the shells came from the Vell ridge.";
        let fuller = " date 2021-05-04 Rebels shelled Kandor harbour at dawn on Sunday, killing nine fishermen near the lighthouse and sinking four trawlers; coastguard officers said the shells came from the Vell ridge. The navy closed the port.";
        let floods = " date 2021-03-01 Floods in the Vell valley cut roads to three villages, officials said.";
        let copies = [
            "Nine fishermen died at Kandor and four trawlers sank; the navy closed the port, mourners gathered at the mosque, traders counted their losses and the governor promised compensation to widows.",
            "Four trawlers sank and nine fishermen died at Kandor. The navy closed the port while mourners gathered at the mosque and traders counted their losses; widows were promised compensation by the governor.",
            "Mourners gathered at the mosque for nine fishermen who died at Kandor, where four trawlers sank; the navy closed the port and the governor promised widows compensation as traders counted losses.",
        ];
        for copy in copies {
            assert_eq!(
                inferred_each(&[first, fuller, BUDGET, floods], &[copy]),
                [Some("2021-05-02".to_string())],
                "{copy}"
            );
        }
        // A first report of other news (not alike to the fuller one) gives no day.
        let other =
            " date 2021-05-02 The governor opened a school for the children of Kandor traders.";
        assert_eq!(
            inferred_each(&[other, fuller, BUDGET, floods], &[copies[0]]),
            [Some("2021-05-04".to_string())]
        );
    }

    #[test]
    fn a_day_the_dated_report_names_as_what_it_is_to_be_is_no_day_it_tells_of() {
        // The Monday report names Tuesday only as what it is to be; copy that tells
        // of Monday's attack and of Tuesday's mourning is Tuesday's.
        let dated = " date 2020-11-02 Gunmen stormed Tosh University on Monday, killing 19 students. The president declared Tuesday a day of national mourning.";
        for copy in [
            "Flags flew at half-mast on Tuesday as families buried the 19 students killed when gunmen stormed Tosh University on Monday.",
            "Gunmen stormed Tosh University on Monday and killed 19 students; on Tuesday, mourners filled the streets.",
            "Mourners gathered on Tuesday for the 19 students gunmen killed at Tosh University on Monday.",
        ] {
            assert_eq!(
                inferred_each(&[dated, BUDGET], &[copy]),
                [Some("2020-11-03".to_string())],
                "{copy}"
            );
        }
        // A Tuesday the dated report tells as a happening's stays the news's own.
        let dated = " date 2020-11-02 Gunmen stormed Tosh University on Monday, killing 19 students. Funerals were held on Tuesday.";
        let copy = "Flags flew at half-mast on Tuesday as families buried the 19 students killed when gunmen stormed Tosh University on Monday.";
        assert_eq!(
            inferred_each(&[dated, BUDGET], &[copy]),
            [Some("2020-11-02".to_string())]
        );
    }

    #[test]
    fn copy_telling_the_days_after_the_news_one_by_one_is_of_the_last() {
        // Thursday 6 May 2021's report tells of the shelling by its weekday.
        let thursday = " date 2021-05-06 Rebels shelled Kandor harbour on Thursday, killing nine fishermen near the lighthouse.";
        let got = inferred_each(
            &[thursday, BUDGET],
            &[
                "Rebels shelled Kandor harbour on Thursday, killing nine fishermen near the lighthouse. Mourners buried the fishermen on Friday.",
                "Nine fishermen died near the lighthouse when rebels shelled Kandor harbour on Thursday. Navy gunboats hunted the rebels on Friday and Saturday.",
                "On Thursday rebels shelled Kandor harbour and killed nine fishermen by the lighthouse. The harbour reopened on Friday, ferries sailed again on Saturday and a memorial was held Sunday.",
                "Nine fishermen were killed near the lighthouse on Thursday when Kandor harbour was shelled by rebels; two more bodies were recovered on Friday.",
                "Rebels shelled Kandor harbour on Thursday, killing nine fishermen near the lighthouse. The harbourmaster, criticised for the harbour's defences, resigned on Friday.",
                // Not one day after another: Saturday alone may be the week before's.
                "Rebels shelled Kandor harbour on Thursday, killing nine fishermen near the lighthouse. A ferry sank on Saturday.",
                // A day still to come.
                "Rebels shelled Kandor harbour on Thursday, killing nine fishermen near the lighthouse. The harbour will reopen on Friday.",
                // The news's own day is not told by its weekday: the later day is not
                // aligned with it.
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse. Divers searched the bay on Friday.",
            ],
        );
        let want = [
            "2021-05-07",
            "2021-05-08",
            "2021-05-09",
            "2021-05-07",
            "2021-05-07",
            "2021-05-06",
            "2021-05-06",
            "2021-05-06",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
        let copy = "Rebels shelled Kandor harbour on Thursday, killing nine fishermen near the lighthouse. Divers found two more bodies on Friday.";
        // The dated report tells of Friday itself (its news's night ran into it), or
        // of no day by its weekday: the copy's Friday is no later day.
        for dated in [
            " date 2021-05-06 Rebels shelled Kandor harbour late on Thursday and into Friday, killing nine fishermen near the lighthouse.",
            " date 2021-05-06 Rebels shelled Kandor harbour overnight, killing nine fishermen near the lighthouse.",
        ] {
            assert_eq!(
                inferred_each(&[dated, BUDGET], &[copy]),
                [Some("2021-05-06".to_string())],
                "{dated}"
            );
        }
    }

    #[test]
    fn copy_naming_a_calendar_day_after_the_news_is_later() {
        // Sunday 23 January 2022's report; its copies name later days without a year.
        let sunday = " date 2022-01-23 Rebels stormed Vell prison on Thursday, freeing hundreds of inmates, and fighting went on around the prison.";
        let got = inferred_each(
            &[sunday, BUDGET],
            &[
                // After its latest day, on the first day of the week it dates an
                // announcement on.
                "Guards retook Vell prison on January 26 after rebels stormed it on January 20, freeing hundreds of inmates, the governor said on Monday.",
                "Rebels who stormed Vell prison on Jan. 20, freeing hundreds of inmates, surrendered on Jan. 25; officials announced on Friday that 40 inmates had been recaptured.",
                "Hundreds of inmates freed when rebels stormed Vell prison were still at large on 2 February, police said Thursday.",
                // No announcement day: written that day at the earliest.
                "The fighting around Vell prison, stormed by rebels who freed hundreds of inmates, ended on 27 January, the interior ministry said.",
                "Rebels stormed Vell prison, freeing hundreds of inmates; by January 29 the fighting around the prison had ended.",
                // A day still to come, one before the news, one too far from it.
                "Rebels stormed Vell prison, freeing hundreds of inmates and fighting around the prison; a trial will open on February 14.",
                "Rebels stormed Vell prison on January 20, freeing hundreds of inmates, and fighting went on around the prison.",
                "Rebels stormed Vell prison, freeing hundreds of inmates, and fighting went on around the prison. In a raid on March 30, rebels freed nine.",
            ],
        );
        let want = [
            "2022-01-31",
            "2022-01-28",
            "2022-02-03",
            "2022-01-27",
            "2022-01-29",
            "2022-01-23",
            "2022-01-23",
            "2022-01-23",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn copy_naming_a_full_day_after_the_news_is_written_then_at_the_earliest() {
        // Sunday 23 January 2022's report; its copies name a later day with its year (a
        // caption, a funeral, a statement), and are written on it or later.
        let sunday = " date 2022-01-23 Rebels stormed Vell prison on Thursday, freeing hundreds of inmates, and fighting went on around the prison.";
        let got = inferred_each(
            &[sunday, BUDGET],
            &[
                "Mourners carry the coffin of a guard killed when rebels stormed Vell prison, during a funeral on January 24, 2022.\nRebels freed hundreds of inmates and fighting went on around the prison.",
                "Rebels stormed Vell prison, freeing hundreds of inmates; the fighting around the prison ended on 26 January 2022.",
                "Photo taken on Jan. 25, 2022 shows smoke over Vell prison, which rebels stormed, freeing hundreds of inmates.",
                "Rebels stormed Vell prison and freed hundreds of inmates. On 2022-01-27 the governor visited the prison, where fighting had gone on for days.",
                "The fighting went on around Vell prison, stormed by rebels freeing hundreds of inmates, until January 28, 2022.",
                // A full day before the news, or years before, moves nothing.
                "Rebels stormed Vell prison, freeing hundreds of inmates, as they did on March 3, 2019, and fighting went on around the prison.",
            ],
        );
        let want = [
            "2022-01-24",
            "2022-01-26",
            "2022-01-25",
            "2022-01-27",
            "2022-01-28",
            "2022-01-23",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn an_undated_report_is_of_the_day_it_dates_its_announcements() {
        let got = inferred_each(
            &[HARBOUR_TUESDAY, BUDGET],
            &[
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse, the coast guard said Monday.",
                "Nine fishermen were killed near the lighthouse when rebels shelled Kandor harbour, officials announced on Wednesday.",
                "In a statement Monday night, the governor confirmed that rebel shelling of Kandor harbour killed nine fishermen near the lighthouse.",
                "The port authority reported on Tuesday that rebels shelled Kandor harbour and nine fishermen died by the lighthouse.",
                "Rebels shelled Kandor harbour and killed nine fishermen at the lighthouse, police told reporters last Friday.",
                "Rebels shelled Kandor harbour on Monday, killing nine fishermen near the lighthouse.",
                // Too long before or after the news to be the day it was written.
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse; the navy said Thursday.",
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse, the coast guard said Friday.",
            ],
        );
        let want = [
            "2021-05-03",
            "2021-05-05",
            "2021-05-03",
            "2021-05-04",
            "2021-05-04",
            "2021-05-04",
            "2021-05-04",
            "2021-05-04",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_report_dated_the_evening_before_its_announcement_is_next_days_news() {
        let undated = "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.";
        let dated = [
            " date 2021-05-07 Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse, the ministry said Saturday.",
            " date 2021-05-07 Nine fishermen died near the lighthouse as rebels shelled Kandor harbour, officials announced on Saturday.",
            " date 2021-05-07 In a statement Saturday, the navy said rebels shelled Kandor harbour and killed nine fishermen near the lighthouse.",
            " date 2021-05-07 Rebels shelled Kandor harbour, the mayor told reporters Saturday; nine fishermen died near the lighthouse.",
            " date 2021-05-07 Rebels shelled Kandor harbour on Saturday, killing nine fishermen near the lighthouse, police said Friday.",
            " date 2021-05-07 Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse, police said Friday and again Saturday.",
        ];
        let got: Vec<Option<String>> = dated
            .iter()
            .flat_map(|d| inferred_each(&[d, BUDGET], &[undated]))
            .collect();
        let want = [
            "2021-05-08",
            "2021-05-08",
            "2021-05-08",
            "2021-05-08",
            "2021-05-07",
            "2021-05-07",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn an_undated_report_takes_the_date_of_an_undated_twin_with_a_match() {
        let dated = [
            " date 2022-10-10 Militiamen ambushed a convoy outside Velmora, killing four drivers.",
            BUDGET,
        ];
        let twin = "Militiamen ambushed a convoy outside Velmora, killing four drivers; Governor Ostrander ordered a curfew across Tessaly province and closed the Brannock bridge.";
        let cases = [
            "Governor Ostrander ordered a curfew across Tessaly province and closed the Brannock bridge.",
            "A curfew across Tessaly province was ordered by Governor Ostrander, who also shut the Brannock bridge.",
            "Tessaly province is under curfew and the Brannock bridge is closed, Governor Ostrander's office says.",
            "Governor Ostrander closed the Brannock bridge and put Tessaly province under a curfew.",
            "Under orders from Governor Ostrander, the Brannock bridge in Tessaly province was shut and a curfew began.",
        ];
        for c in cases {
            let texts = [dated[0], dated[1], twin, c];
            let sources: Vec<Source> = texts
                .iter()
                .enumerate()
                .map(|(i, t)| Source {
                    id: format!("a{i}"),
                    text: t.to_string(),
                    ..Source::default()
                })
                .collect();
            let analysed: Vec<Analysed> = sources.iter().map(Analysed::of).collect();
            let terms = Terms::new(&analysed);
            let r = resolve(&analysed, &terms);
            assert_eq!(
                r[3].date.map(|d| d.to_string()).as_deref(),
                Some("2022-10-10"),
                "{c}"
            );
            assert_eq!(r[3].from.as_deref(), Some("a0"), "{c}");
        }
    }

    #[test]
    fn an_undated_report_that_names_a_full_date_takes_a_dated_report_just_after_it() {
        let dated = [
            " date 2023-06-13 The navy named Tamsin and Dunmore as the sailors lost when the frigate Halvard sank off Port Ennis, and flags flew at half mast across the Orrin coast.",
            " date 2023-05-02 Sailors of the frigate Halvard held drills off Port Ennis.",
            BUDGET,
        ];
        let got = inferred_each(
            &dated,
            &[
                "Seaman Jo Tamsin, 22, and Petty Officer Ray Dunmore, 31, died June 12, 2023, the navy said.",
                "The two sailors, Tamsin and Dunmore, were lost on 12 June 2023 near the coast.",
                "Tamsin and Dunmore died on 2023-06-12, the family wrote, after the sinking.",
                "Officials confirmed Tuesday that Tamsin, 22, and Dunmore, 31, died on June 12, 2023.",
                "They said the two sailors Tamsin and Dunmore died on June 12, 2023.",
                // A page's own date line is its date, whatever the dated reports say.
                "Orrin Gazette June 12, 2023Share — Tamsin and Dunmore did not come home.",
            ],
        );
        let want = [
            "2023-06-13",
            "2023-06-13",
            "2023-06-13",
            "2023-06-13",
            "2023-06-13",
            "2023-06-12",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_date_line_dates_an_unmatched_undated_report() {
        let got = inferred_each(
            &[BUDGET],
            &[
                "Valley News March 3, 2022Comments Off — Apple growers met in Brindle.",
                "Posted 3 March 2022 — Apple growers met in Brindle.",
                "Apple growers met in Brindle. Saturday, March 5, 2022. Prices fell.",
                "Apple growers met in Brindle.",
                "Apple growers met in Brindle. Prices fell. Rain came. In a letter of May 1, 2020, the mayor wrote.",
                // A date in the narrative is not the page's.
                "On March 3, 2022, apple growers met in Brindle.",
                "Apple growers have met in Brindle since June 1, 2021.",
            ],
        );
        let want = [
            Some("2022-03-03"),
            Some("2022-03-03"),
            Some("2022-03-05"),
            None,
            None,
            None,
            None,
        ];
        assert_eq!(got, want.map(|d| d.map(str::to_string)));
    }

    #[test]
    fn a_filing_line_at_the_foot_dates_an_unmatched_undated_report() {
        let body =
            "Apple growers met in Brindle. Prices fell sharply. Rain came late. The mayor spoke.";
        let got = inferred_each(
            &[BUDGET],
            &[
                &format!("{body}\n\nFiled 9 May 2024, 11:20 CET\n© Valley Wire 2024"),
                &format!("{body}\n\nPublished: June 4, 2023"),
                &format!("{body}\n\nLast updated Tuesday 1 February 2022 08.30 GMT"),
                &format!("{body}\n\n7 August 2021"),
                &format!("{body}\n\nPosted on 12 Sept 2020 by the desk"),
                // The closing narrative's dates are not the page's.
                &format!("{body} The growers will meet again on 3 March 2022."),
                &format!("{body}\n\nA hearing is set for 3 March 2022 in the county court, where the growers and the mayor will argue over prices and the rain."),
            ],
        );
        let want = [
            Some("2024-05-09"),
            Some("2023-06-04"),
            Some("2022-02-01"),
            Some("2021-08-07"),
            Some("2020-09-12"),
            None,
            None,
        ];
        assert_eq!(got, want.map(|d| d.map(str::to_string)));
    }

    #[test]
    fn a_date_line_with_its_clock_time_dates_an_unmatched_undated_report() {
        let got = inferred_each(
            &[BUDGET],
            &[
                "Friday 17 October 2025 14:02 BST\n\nApple growers met in Brindle.",
                "Updated: 3 March 2022, 9:15am\n\nApple growers met in Brindle.",
                "March 3, 2022 at 6:40 p.m. EST\n\nApple growers met in Brindle.",
                "Valley Herald\n\nTue 1 Feb 2022 08.30 GMT\n\nApple growers met in Brindle.",
                "Posted on June 4, 2023 11:02 pm\n\nApple growers met in Brindle.",
                // A clock time in the narrative's date is still not the page's.
                "On March 3, 2022 at 6 p.m., apple growers met in Brindle.",
            ],
        );
        let want = [
            Some("2025-10-17"),
            Some("2022-03-03"),
            Some("2022-03-03"),
            Some("2022-02-01"),
            Some("2023-06-04"),
            None,
        ];
        assert_eq!(got, want.map(|d| d.map(str::to_string)));
    }

    #[test]
    fn an_undated_report_keeps_its_own_date_line_or_wire_dateline() {
        // The story broke on Tuesday 2021-05-04 (dated report); each undated copy says
        // when it was itself written.
        let got = inferred_each(
            &[HARBOUR_TUESDAY, BUDGET],
            &[
                "Published On: Wed, May 5th, 2021\n\nRebels shelled Kandor harbour, killing nine fishermen near the lighthouse, the navy said Monday.",
                "Kandor Times May 5, 2021 Share\n\nRebels shelled Kandor harbour on Sunday, killing nine fishermen near the lighthouse.",
                "Harbour attack\n\nMay 3 (Wire) -- Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                "Nine dead\n\nKANDOR, May 5 (Wire) - Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse, officials said Tuesday.",
                "Photo caption.\n\nMore photos.\n\nAd.\n\nMay 6 (Wire) -- Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                // A dateline far from the news is not this report's (a quoted earlier wire).
                "Harbour attack\n\nJan. 3 (Wire) -- Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                // A date line under a section label, headline and standfirst, its label
                // before "On".
                "News|Kandor\n\nNine fishermen killed in harbour shelling\n\nThe rebels fired from the hills.\n\nPublished On 6 May 2021\n\nRebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                "Harbour shelled\n\nUpdated on May 7, 2021\n\nRebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
            ],
        );
        let want = [
            "2021-05-05",
            "2021-05-05",
            "2021-05-03",
            "2021-05-05",
            "2021-05-06",
            "2021-05-04",
            "2021-05-06",
            "2021-05-07",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_day_named_as_todays_or_yesterdays_dates_the_report() {
        // The story broke on Tuesday 2021-05-04; each undated copy names its own day
        // by its month and day.
        let got = inferred_each(
            &[HARBOUR_TUESDAY, BUDGET],
            &[
                "Yesterday (5 May), the navy said rebels had shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse. The navy said today, May 6, that the port would reopen.",
                "Today (7 May) the navy reopened Kandor harbour, where rebels killed nine fishermen near the lighthouse.",
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse; yesterday, 4 May, the navy closed the port.",
                "Nine fishermen died near the lighthouse when rebels shelled Kandor harbour. Divers searched the water yesterday (May 6).",
            ],
        );
        let want = [
            "2021-05-06",
            "2021-05-06",
            "2021-05-07",
            "2021-05-05",
            "2021-05-07",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_labelled_date_line_under_a_long_standfirst_is_the_reports_own() {
        // A tabloid's headline, four standfirst bullets and a byline put its labelled
        // date line past the first five lines; the label still makes it the page's, a
        // fortnight after the news (a feature's date, no news day's).
        let head = "Kandor counts its dead after harbour shelling\n\nNine fishermen were killed near the lighthouse\n\nRebels fired from the hills for an hour\n\nThe navy closed the port\n\nFamilies gathered at the quay\n\nBy Foreign Staff\n\n";
        let got = inferred_each(
            &[HARBOUR_TUESDAY, BUDGET],
            &[
                "Published: 08:14 EDT, 20 May 2021 | Updated: 10:02 EDT, 20 May 2021",
                "Updated 20 May 2021",
                "Posted on: Thursday 20 May 2021 14:02 BST",
                "Last updated: 20-05-2021",
                "Filed 20 May 2021",
            ]
            .map(|line| {
                format!("{head}{line}\n\nRebels shelled Kandor harbour on Tuesday, killing nine fishermen near the lighthouse.\n\nThe navy said the shells came from the hills.\n\nBoats stayed in port.\n\nThe mayor asked for calm.\n\nThe port will stay shut.")
            })
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        );
        assert_eq!(got, ["2021-05-20"; 5].map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_happening_a_dated_report_tells_on_its_calendar_day_dates_a_copy_naming_its_weekday() {
        // March's report recalls the bridge blown up on Friday 3 March 2023; June 2024's
        // report of the siege shares more of the copies' words, but no happening
        // of theirs. A copy that tells the bridge's fall by its weekday was written in
        // the week from that Friday ("last week": the week after).
        let march = " date 2023-03-07 Floods closed schools in Orsk on Tuesday. On March 3, rebels blew up the Kessel rail bridge north of Vell.";
        let june = " date 2024-06-20 The Tolan Front shelled Vell on Thursday as its siege of the city entered a second year; aid trucks waited at the border, and the rail line to the coast stayed cut.";
        let budget = " date 2022-01-10 Parliament passed a budget for schools and roads.";
        let got = inferred_each(
            &[march, june, budget],
            &[
                "Rebels blew up the Kessel rail bridge north of Vell on Friday, the Tolan Front said; its siege of Vell goes on and aid trucks wait at the border.",
                "The Kessel rail bridge was blown up by rebels on Friday, cutting Vell's line to the coast. The Tolan Front's siege of the city continues as aid trucks wait at the border.",
                "On Friday, Tolan Front fighters blew up the Kessel bridge, severing the rail line from Vell to the coast. The siege of the city went on and aid trucks waited at the border.",
                "Aid trucks waited at the border as the Tolan Front's siege of Vell went on. Rebels had blown up the Kessel rail bridge north of the city on Friday last week.",
                // A Friday happening of other words is not the bridge's.
                "The Tolan Front shelled a market in Vell on Friday as its siege of the city went on; aid trucks waited at the border.",
            ],
        );
        // (The first copy is likest to March's report itself, written within the week.)
        let want = [
            "2023-03-07",
            "2023-03-03",
            "2023-03-03",
            "2023-03-10",
            "2024-06-20",
        ];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_happening_on_the_news_days_weekday_pins_a_copy_to_that_week() {
        // Sunday 12 March's report tells the missiles fired at Vell early that day and
        // recalls a drone strike on Monday 6 March. A copy written the Monday after
        // names both the Sunday missiles and a Monday happening alike to the drone
        // strike: the Sunday missiles pin it to the week from the news day.
        let sunday = " date 2023-03-12 Missiles fired from the east hit the Vell oil depot early Sunday, wounding two guards. On March 6, a drone killed two Tolan officers near the Orsk barracks.";
        let budget = " date 2022-01-10 Parliament passed a budget for schools and roads.";
        let floods = " date 2023-02-01 Floods closed schools in the south.";
        let got = inferred_each(
            &[sunday, budget, floods],
            &[
                "Tolan media on Monday repeated claims that the missiles fired at the Vell oil depot early Sunday avenged the two officers a drone killed near the Orsk barracks.",
                "Two guards were wounded when missiles hit the Vell oil depot on Sunday; Tolan crowds on Monday mourned the officers a drone killed near the Orsk barracks.",
                "The Tolan Front on Monday marched for the two officers killed by a drone near the Orsk barracks, a day after its missiles struck the Vell oil depot on Sunday.",
                "Early on Sunday the Vell oil depot was hit by missiles. On Monday, Tolan crowds buried the two officers a drone killed near the Orsk barracks.",
                "Missiles slammed into the Vell oil depot early Sunday and wounded two guards; on Monday Tolan media again blamed the drone that killed two officers near the Orsk barracks.",
            ],
        );
        let want = ["2023-03-13"; 5];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_copy_calling_an_aligned_happening_yesterdays_is_of_the_day_after() {
        // March's report recalls the bridge blown up on Friday 3 March 2023; June 2024's
        // report shares more words. A copy that names the bridge's fall by its weekday
        // and calls it yesterday's was written on Saturday 4 March.
        let march = " date 2023-03-07 Floods closed schools in Orsk on Tuesday. On March 3, rebels blew up the Kessel rail bridge north of Vell.";
        let june = " date 2024-06-20 The Tolan Front shelled Vell on Thursday as its siege of the city entered a second year; aid trucks waited at the border, and the rail line to the coast stayed cut.";
        let budget = " date 2022-01-10 Parliament passed a budget for schools and roads.";
        let got = inferred_each(
            &[march, june, budget],
            &[
                "Aid trucks waited at the border as the Tolan Front's siege of Vell went on, a day after yesterday's blast. Rebels had blown up the Kessel rail bridge north of the city early on Friday.",
                "Crowds gathered at the wreck of the Kessel rail bridge, which rebels blew up early on Friday. Yesterday's attack cut Vell's line to the coast as the siege went on and aid trucks waited at the border.",
                "The Tolan Front's siege of Vell went on as aid trucks waited at the border. The Kessel rail bridge north of the city, blown up on Friday, was still smoking this morning after yesterday's attack.",
            ],
        );
        assert_eq!(got, ["2023-03-04"; 3].map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_copy_s_own_announcement_after_an_aligned_happening_dates_it() {
        // A briefing of Tuesday 7 March recalls Wednesday 1 March's attack on the
        // bridge; a copy that tells that attack by its weekday and dates its
        // announcement on the Thursday after was written that Thursday, not on the
        // day of the later briefing it is likest to.
        let briefing = " date 2023-03-07 Rebels attacked the Kessel rail bridge north of Vell again on Monday. In the March 1st attack on the Kessel rail bridge, four guards were hurt.";
        let budget = " date 2022-01-10 Parliament passed a budget for schools and roads.";
        let got = inferred_each(
            &[briefing, budget],
            &[
                "Drones struck the Kessel rail bridge north of Vell on Wednesday, hurting four guards, the army told reporters on Thursday.",
                "Four guards were hurt when rebels attacked the Kessel rail bridge on Wednesday, officials said Friday.",
                // No announcement of its own: the briefing's day stands.
                "Rebels attacked the Kessel rail bridge north of Vell on Wednesday, hurting four guards.",
            ],
        );
        let want = ["2023-03-02", "2023-03-03", "2023-03-07"];
        assert_eq!(got, want.map(|d| Some(d.to_string())));
    }

    #[test]
    fn a_weekday_s_week_is_read_after_it() {
        for (text, expected) in [
            ("Rebels struck on Thursday near the dam.", Some(0)),
            ("Rebels struck on Monday last week.", Some(1)),
            ("Rebels struck on Monday of last week.", Some(1)),
            ("Rebels struck on Tuesday of the previous week.", Some(1)),
            ("Rebels struck on Friday of the past week.", Some(1)),
            ("Talks resume on Monday next week.", None),
            ("Talks resume on Friday of the coming week.", None),
        ] {
            let toks = crate::extract::words::tokenize(text, 0..text.len());
            let at = toks
                .iter()
                .position(|t| {
                    t.norm.ends_with("day") && t.raw(text).starts_with(char::is_uppercase)
                })
                .unwrap();
            assert_eq!(weeks_back(&toks, at), expected, "{text}");
        }
    }
}
