//! Temporal expressions (TIMEX3): find, type and normalise them against the reference
//! date and the narrative.
//!
//! The work is split by concept: [`tokens`] cuts a sentence into words, numbers and
//! marks; [`lexicon`] knows the temporal words; [`patterns`] is the grammar that finds
//! expressions and their meaning ([`sem`]); [`resolve`] turns meanings into TIMEX3
//! values, following the narrative sentence by sentence.

pub mod lexicon;
pub mod patterns;
pub mod resolve;
pub mod sem;
pub mod tokens;

use super::dating::is_reporting_date;
use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use super::words::tokenize;
use crate::model::{Anchor, AnchorBasis, Timex, TimexType};
use chrono::NaiveDate;
use lexicon::{Kw, Lex};
use resolve::{Narrative, Resolved, Site};
use sem::{Found, Sem, Tod};
use std::ops::Range;
use tokens::{Tok, TokKind};

/// One temporal expression found in a text, byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexHit {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    pub modifier: Option<String>,
    /// What a relative expression was resolved against.
    pub anchor: Option<Anchor>,
}

impl TimexHit {
    /// The contract form, with code-point offsets.
    pub fn to_model(&self, article: &str, text: &str, index: &CharIndex) -> Timex {
        Timex {
            article: article.to_string(),
            start: index.char_at(self.range.start),
            end: index.char_at(self.range.end),
            text: text.get(self.range.clone()).unwrap_or("").to_string(),
            kind: self.kind,
            value: self.value.clone(),
            modifier: self.modifier.clone(),
            anchor: self.anchor.clone(),
        }
    }
}

/// The index of the first future marker of a sentence (`will`, modal `may`,
/// `upcoming` …) outside quotations and the first inside one: a bare weekday or month
/// after it, on the same side of the quotation marks, is read forward in time. A
/// quoted promise ("“We will respond,” he said Sunday") does not put the reporting
/// clause in the future.
fn first_future_markers(toks: &[Tok]) -> [usize; 2] {
    let mut first = [usize::MAX; 2];
    for (i, t) in toks.iter().enumerate() {
        let marker = matches!(t.lex, Lex::Kw(Kw::Will)) || matches!(t.lex, Lex::Month(5)) && !t.cap;
        let side = &mut first[usize::from(t.quoted)];
        if marker && *side == usize::MAX {
            *side = i;
        }
    }
    first
}

/// True when the tokens between two expressions make the second the end of a range
/// (`October to February`, `2019-2020`, `from May until June`).
fn is_range_link(toks: &[Tok]) -> bool {
    match toks {
        [t] => {
            matches!(t.lex, Lex::Kw(Kw::To | Kw::Until | Kw::Through))
                || matches!(t.kind, TokKind::Punct('-' | '–' | '—'))
        }
        _ => false,
    }
}

/// Gives the start of a range written without its year the end's year: "from May to
/// October 2017" is May 2017, "November to February 2020" November 2019 (a start
/// month after the end month lies in the year before); months joined by "and" share
/// it too ("in August and September 2023").
fn lend_range_year(toks: &[Tok], found: &mut [Found]) {
    for k in 1..found.len() {
        let Sem::Cal {
            y: Some(y),
            m: Some(end_month),
            ..
        } = found[k].sem
        else {
            continue;
        };
        // "In August and September 2023", "late March and early April 2020": months
        // joined by "and" share the year written once, like a range.
        let between = &toks[found[k - 1].end..found[k].start];
        let joined = matches!(between, [t] if t.lex == Lex::Kw(Kw::And));
        if !is_range_link(between) && !joined {
            continue;
        }
        if let Sem::Cal {
            y: ref mut start_year @ None,
            m: Some(start_month),
            ..
        } = found[k - 1].sem
        {
            *start_year = Some(if start_month > end_month { y - 1 } else { y });
        }
    }
}

/// True for a meaning that names one day.
fn is_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Cal { d: Some(_), .. } | Sem::Weekday(..) | Sem::WeekdayOfWeek(..) | Sem::RelDay(_)
    )
}

/// True when the sentence opens with a bare clock time and a dash, or is a bare clock
/// time alone on its line: the time stamp of a live page's entry ("14:20 – The
/// ministry says …", "14:20" above the entry's paragraph).
fn live_stamp(toks: &[Tok], found: &[Found]) -> bool {
    found.first().is_some_and(|f| {
        f.start == 0
            && f.sem == Sem::NarrDay
            && matches!(f.tod, Some(Tod::Clock(..)))
            && match toks.get(f.end) {
                None => true,
                Some(t) => matches!(t.kind, TokKind::Punct('-' | '–' | '—')),
            }
    })
}

/// Verbs that name a day as what it is to be ("declared Thursday a day of mourning").
const NAMING_VERBS: [&str; 8] = [
    "declared",
    "declares",
    "named",
    "names",
    "proclaimed",
    "proclaims",
    "designated",
    "made",
];

/// True when the day `f` is named as what it is to be: a verb of naming right before
/// it and "a"/"an" … "day"/"holiday" right after it ("declared Thursday a day of
/// national mourning", "named Sunday an official holiday"). The day is still to come
/// (or today), whatever the verb's tense.
fn named_as_day(text: &str, toks: &[Tok], f: &Found) -> bool {
    let is = |t: &Tok, w: &str| {
        text.get(t.start..t.end)
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
    };
    // Most dates follow no verb of naming: the words after are read only then.
    let named = f
        .start
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| NAMING_VERBS.iter().any(|v| is(t, v)));
    if !named {
        return false;
    }
    let mut after = toks[f.end.min(toks.len())..].iter().take(4);
    after.next().is_some_and(|t| is(t, "a") || is(t, "an"))
        && after.any(|t| is(t, "day") || is(t, "holiday"))
}

/// True when the clock time `f` is written with a clock zone of the lexicon ("5:30
/// p.m. EST": a zone a report converts its local times into, so a day told with it
/// is the conversion's, an aside to the local narrative), or with "Washington time"
/// / "Eastern time" right after it.
fn zoned(text: &str, toks: &[Tok], f: &Found) -> bool {
    let is = |t: &Tok, w: &str| {
        text.get(t.start..t.end)
            .is_some_and(|r| r.eq_ignore_ascii_case(w))
    };
    let own = toks[f.start..f.end].iter().any(|t| t.lex == Lex::Zone);
    own || match toks.get(f.end..f.end + 2) {
        Some([a, b]) => (is(a, "washington") || is(a, "eastern")) && is(b, "time"),
        _ => false,
    }
}

/// True when expression `k` is a bare clock time followed by `on` and a day, also
/// past a bracketed zone ("9:40 p.m. (Syria time) on Nov. 22").
fn clock_then_day(toks: &[Tok], found: &[Found], k: usize) -> bool {
    let (Some(f), Some(g)) = (found.get(k), found.get(k + 1)) else {
        return false;
    };
    let mut link = &toks[f.end..g.start];
    // "9:40 p.m. (Syria time) on Nov. 22": a bracketed aside of a few words names the
    // clock's zone and is stepped over.
    if let [open, rest @ ..] = link {
        if open.is('(') {
            if let Some(close) = rest.iter().take(5).position(|t| t.is(')')) {
                if rest[..close].iter().all(|t| t.kind == TokKind::Word) {
                    link = &rest[close + 1..];
                }
            }
        }
    }
    let linked = match link {
        [] => true,
        [t] => t.lex == Lex::Kw(Kw::On) || t.is(','),
        [a, b] => a.is(',') && b.lex == Lex::Kw(Kw::On),
        _ => false,
    };
    f.sem == Sem::NarrDay && linked && is_day(&g.sem)
}

/// True when expression `k` is a bare clock time, `k + 1` the same time in another
/// zone in brackets, and `k + 2` the day they are on: "11:40 p.m. (2040 GMT) on
/// Saturday".
fn clock_zone_then_day(toks: &[Tok], found: &[Found], k: usize) -> bool {
    let (Some(f), Some(z), Some(g)) = (found.get(k), found.get(k + 1), found.get(k + 2)) else {
        return false;
    };
    let open = matches!(&toks[f.end..z.start], [t] if t.is('('));
    let link = &toks[z.end..g.start];
    let linked = match link {
        [c] => c.is(')'),
        [c, t] => c.is(')') && (t.lex == Lex::Kw(Kw::On) || t.is(',')),
        [c, a, b] => c.is(')') && a.is(',') && b.lex == Lex::Kw(Kw::On),
        _ => false,
    };
    f.sem == Sem::NarrDay && z.sem == Sem::NarrDay && open && linked && is_day(&g.sem)
}

/// Words that make the date after them a deadline ("back at work by Monday").
const DEADLINE_WORDS: [&str; 2] = ["by", "until"];

/// True when the date at token `start` is not the day things happened on but the day
/// they were announced ("the military said on Friday", "officials told reporters
/// Tuesday"), a deadline ("by Monday") or a span's start ("since Saturday"): read back over at most eight words in its
/// clause, the first word of reporting or of the incident decides
/// ([`crate::extract::dating::date_role_of`]).
fn dates_aside(text: &str, toks: &[Tok], start: usize) -> bool {
    // Role words are short ASCII: each is lowered into a buffer on the stack.
    let mut buf = [0u8; 16];
    let mut seen = 0;
    for t in toks[..start.min(toks.len())].iter().rev() {
        match t.kind {
            TokKind::Punct('.' | ';') => return false,
            TokKind::Word => {}
            _ => continue,
        }
        seen += 1;
        if seen > 8 {
            return false;
        }
        let raw = text.get(t.start..t.end).unwrap_or("").as_bytes();
        if raw.len() > buf.len() {
            continue;
        }
        let lower = &mut buf[..raw.len()];
        lower.copy_from_slice(raw);
        lower.make_ascii_lowercase();
        let Ok(word) = std::str::from_utf8(lower) else {
            continue;
        };
        // "killed since Saturday": the day a span opens on, not the day things
        // happened on now.
        if seen == 1 && (DEADLINE_WORDS.contains(&word) || word == "since") {
            return true;
        }
        if let Some(reporting) = crate::extract::dating::date_role_of(word) {
            return reporting;
        }
    }
    false
}

/// Resolves expression `k` of a sentence against the narrative.
/// `future_from` are the indexes of the sentence's first future markers outside and
/// inside quotations.
fn resolve_one(
    text: &str,
    narrative: &mut Narrative,
    toks: &[Tok],
    found: &[Found],
    k: usize,
    future_from: [usize; 2],
    reporting: bool,
) -> Resolved {
    let f = &found[k];
    let future_from = future_from[usize::from(toks[f.start].quoted)];
    let range_end = k > 0 && is_range_link(&toks[found[k - 1].end..f.start]);
    let site = Site {
        quoted: toks[f.start].quoted,
        range_end,
        future: future_from < f.start || named_as_day(text, toks, f),
        position: f.start,
        reporting,
        // "said Tuesday night's attack": a date owning a noun names what happened.
        aside: reporting
            || !crate::extract::dating::possessive_at(text, toks[f.end - 1].end)
                && dates_aside(text, toks, f.start),
        late: text
            .get(toks[f.start].start..toks[f.start].end)
            .is_some_and(|w| w.eq_ignore_ascii_case("late")),
    };
    narrative.resolve(&f.sem, f.tod, site)
}

/// The hit for expression `f`, resolved as `res`.
fn hit(toks: &[Tok], f: &Found, res: Resolved) -> TimexHit {
    TimexHit {
        range: toks[f.start].start..toks[f.end - 1].end,
        kind: res.kind,
        value: res.value,
        modifier: f.modifier.map(str::to_string),
        anchor: res.anchor,
    }
}

/// Tags every temporal expression in the sentences of `text`, resolving relative ones
/// against `reference` (the article's reference date and its basis) when known.
pub fn tag(
    text: &str,
    sentences: &[SentenceSpan],
    reference: Option<(NaiveDate, AnchorBasis)>,
) -> Vec<TimexHit> {
    let mut narrative = Narrative::new(reference);
    // The weekday (1 = Monday) of the day after the reference date.
    let day_after = reference.map(|(d, _)| {
        use chrono::Datelike;
        d.weekday().succ().number_from_monday()
    });
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut found = Vec::new();
    let mut last_end = 0;
    // The day the last heading of a live page's entries named ("Monday 16 March").
    let mut page_day = None;
    for s in sentences {
        let r = s.range.clone();
        if r.start > r.end || text.get(r.clone()).is_none() {
            continue;
        }
        tokens::tokenise(text, r.clone(), &mut toks);
        // A line break since the last sentence opens a paragraph.
        if text
            .get(last_end.min(r.start)..r.start)
            .is_some_and(|gap| gap.contains('\n'))
        {
            narrative.begin_paragraph(false);
        } else {
            narrative.begin_sentence(false);
        }
        last_end = r.end;
        let future_from = first_future_markers(&toks);
        found.clear();
        patterns::find(text, &toks, &mut found);
        lend_range_year(&toks, &mut found);
        if live_stamp(&toks, &found) {
            // "14:20 – The ministry says …": a live page's entry is posted on the
            // page's day (its date line, or the last day heading over the entries),
            // whatever day the entry before it told of.
            if let Some(d) = page_day.or(narrative.reference.map(|(d, _)| d)) {
                narrative.last_event_day = Some(d);
                narrative.last_day = Some(d);
            }
        }
        // "Monday 16 March" alone on its line heads a live page's entries of that day.
        let heading = matches!(found.as_slice(), [f] if f.start == 0 && f.end == toks.len() && f.tod.is_none() && is_day(&f.sem));
        // Resolution order: normally left to right, but the day a quoted statement
        // was made ("…today…,” he said on Monday) and the day after a bare clock
        // time ("5:30 a.m. on Tuesday") are resolved first, so they anchor.
        let mut order: Vec<usize> = (0..found.len()).collect();
        if let Some(q) = found
            .iter()
            .position(|f| toks[f.start].quoted && matches!(f.sem, Sem::RelDay(_)))
        {
            if let Some(m) = (q + 1..found.len())
                .find(|&m| !toks[found[m].start].quoted && is_day(&found[m].sem))
            {
                order.remove(m);
                order.insert(q, m);
            }
        }
        let mut i = 0;
        while i + 1 < order.len() {
            let k = order[i];
            if order[i + 1] == k + 1 && clock_then_day(&toks, &found, k) {
                order.swap(i, i + 1);
                i += 2;
            } else if order.get(i + 2) == Some(&(k + 2)) && clock_zone_then_day(&toks, &found, k) {
                // The day first, then both clock times on it.
                order[i..i + 3].rotate_right(1);
                i += 3;
            } else {
                i += 1;
            }
        }
        // A plain weekday naming the day after the reference may date an announcement
        // in copy dated the evening before: the sentence's words tell (read only for a
        // sentence that has one).
        let next_day = |f: &Found| matches!(f.sem, Sem::Weekday(wd, 0) if Some(wd) == day_after);
        let words = found
            .iter()
            .any(next_day)
            .then(|| tokenize(text, r.clone()));
        let mut hits: Vec<Option<TimexHit>> = vec![None; found.len()];
        // "launched shortly after 5:30 p.m. EST on Tuesday": the day of a clock time
        // converted into another zone dates that clock time, not the bare clock times
        // after it, which go on in the narrative's local day.
        let mut converted: Option<(usize, Option<chrono::NaiveDate>)> = None;
        for &k in &order {
            // "declared Thursday a day of mourning": the day named, no span of a day.
            if k > 0
                && matches!(found[k].sem, Sem::Duration(_))
                && found[k].start == found[k - 1].end
                && named_as_day(text, &toks, &found[k - 1])
            {
                continue;
            }
            if k > 0 && clock_then_day(&toks, &found, k - 1) && zoned(text, &toks, &found[k - 1]) {
                converted = Some((k - 1, narrative.last_event_day));
            }
            let reporting = words.as_deref().is_some_and(|w| {
                let f = &found[k];
                let at = w.partition_point(|t| t.range.start < toks[f.start].start);
                next_day(f) && is_reporting_date(w, at)
            });
            let res = resolve_one(
                text,
                &mut narrative,
                &toks,
                &found,
                k,
                future_from,
                reporting,
            );
            hits[k] = Some(hit(&toks, &found[k], res));
            if let Some((clock, before)) = converted {
                if clock == k {
                    if before.is_some() {
                        narrative.last_event_day = before;
                    }
                    converted = None;
                }
            }
        }
        if heading {
            page_day = narrative.last_day;
        }
        out.extend(hits.into_iter().flatten());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{clean::clean, sentences::split};

    /// Tags `input` against `reference` and compares (text, type, value, mod).
    fn check(
        input: &str,
        reference: Option<&str>,
        expected: &[(&str, TimexType, &str, Option<&str>)],
    ) {
        let r = reference.map(|d| {
            (
                crate::timeval::parse_day(d).unwrap(),
                AnchorBasis::Published,
            )
        });
        let c = clean(input);
        let s = split(input, &c);
        let hits = tag(input, &s, r);
        let got: Vec<(&str, TimexType, &str, Option<&str>)> = hits
            .iter()
            .map(|h| {
                (
                    &input[h.range.clone()],
                    h.kind,
                    h.value.as_str(),
                    h.modifier.as_deref(),
                )
            })
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    use TimexType::*;

    #[test]
    fn weekdays_and_parts_of_day() {
        check(
            "Rebels struck on Tuesday’s market. Early Monday morning a fire began. Police came Monday night.",
            Some("2021-03-04"),
            &[
                ("Tuesday", Date, "2021-03-02", None),
                ("Early Monday morning", Time, "2021-03-01TMO", Some("START")),
                ("Monday night", Time, "2021-03-01TNI", None),
            ],
        );
    }

    #[test]
    fn relative_months_and_years() {
        check(
            "Earlier this month the mayor left. Last month rain fell. This year’s harvest may beat the year before.",
            Some("2021-03-04"),
            &[
                ("Earlier this month", Date, "2021-03", Some("START")),
                ("Last month", Date, "2021-02", None),
                ("This year", Date, "2021", None),
                ("the year before", Date, "2020", None),
            ],
        );
    }

    #[test]
    fn ranges_and_explicit_dates() {
        check(
            "The flood of March 2020 was bad. From March to January, dams failed. It began on Oct. 31, 2019.",
            Some("2021-06-01"),
            &[
                ("March 2020", Date, "2020-03", None),
                ("March", Date, "2020-03", None),
                ("January", Date, "2021-01", None),
                ("Oct. 31, 2019", Date, "2019-10-31", None),
            ],
        );
    }

    #[test]
    fn clock_times_and_quotes() {
        check(
            "The mayor spoke late on Monday. “Earlier today a bridge fell,” she said. Crews arrived at about 8:45 p.m. Eastern Time.",
            Some("2021-03-02"),
            &[
                ("Monday", Date, "2021-03-01", None),
                ("Earlier today", Date, "2021-03-01", Some("START")),
                ("about 8:45 p.m. Eastern Time", Time, "2021-03-01T20:45", Some("APPROX")),
            ],
        );
    }

    #[test]
    fn durations_and_vague() {
        check(
            "Talks lasted over two hours, two days after a decade-long feud; recently, prices now rise. The 46-year-old won.",
            Some("2021-03-02"),
            &[
                ("over two hours", Duration, "PT2H", Some("MORE_THAN")),
                ("two days", Duration, "P2D", None),
                ("decade-long", Duration, "P10Y", None),
                ("recently", Date, "PAST_REF", None),
                ("now", Date, "PRESENT_REF", None),
            ],
        );
    }

    #[test]
    fn no_reference_keeps_placeholders() {
        check(
            "On Thursday and in August, and two years ago.",
            None,
            &[
                ("Thursday", Date, "XXXX-XX-XX", None),
                ("August", Date, "XXXX-08", None),
                ("two years ago", Date, "PAST_REF", None),
            ],
        );
    }

    #[test]
    fn clock_before_its_day_and_parts_of_named_days() {
        check(
            "Crews met on Friday. At 5:30 a.m. on Tuesday, 2 March 2021, sirens rang. It was the night of Feb. 27.",
            Some("2021-03-04"),
            &[
                ("Friday", Date, "2021-02-26", None),
                ("5:30 a.m.", Time, "2021-03-02T05:30", None),
                ("Tuesday, 2 March 2021", Date, "2021-03-02", None),
                ("the night of Feb. 27", Time, "2021-02-27TNI", None),
            ],
        );
    }

    #[test]
    fn weeks_seasons_and_narrative_days() {
        check(
            "This past week was calm, unlike last winter. Since the start of the year, and the next day, 0600 GMT.",
            Some("2021-11-10"),
            &[
                ("This past week", Date, "2021-W44", None),
                ("last winter", Date, "2020-WI", None),
                ("the start of the year", Date, "2021", Some("START")),
                ("the next day", Date, "2021-11-11", None),
                ("0600 GMT", Time, "2021-11-11T06:00", None),
            ],
        );
    }

    #[test]
    fn background_years_do_not_date_later_days() {
        check(
            "The force formed in 2014 struck on Sept. 16. In 2019, raids came in March. He will speak on Monday about Friday’s raid.",
            Some("2021-09-30"),
            &[
                ("2014", Date, "2014", None),
                ("Sept. 16", Date, "2021-09-16", None),
                ("2019", Date, "2019", None),
                ("March", Date, "2019-03", None),
                ("Monday", Date, "2021-10-04", None),
                ("Friday", Date, "2021-10-01", None),
            ],
        );
    }

    #[test]
    fn abbreviated_weekday_before_a_date() {
        check(
            "Updated 3:45 PM ET, Fri January 5, 2024. The Sun reported it; officials sat down in months.",
            None,
            &[
                ("3:45 PM ET", Time, "2024-01-05T15:45", None),
                ("Fri January 5, 2024", Date, "2024-01-05", None),
                ("months", Duration, "PXM", None),
            ],
        );
    }

    #[test]
    fn weekday_date_and_clock_together() {
        check(
            "It began Tuesday 5 March 2024 10:15 and ended in the early morning hours of Friday.",
            Some("2024-03-09"),
            &[
                ("Tuesday 5 March 2024 10:15", Time, "2024-03-05T10:15", None),
                (
                    "the early morning hours of Friday",
                    Time,
                    "2024-03-08TMO",
                    Some("START"),
                ),
            ],
        );
    }

    #[test]
    fn month_names_as_names_and_bare_seasons() {
        check(
            "Theresa May and June Carter spoke in the spring. In August US troops left, and in June more followed.",
            Some("2024-02-03"),
            &[
                ("the spring", Date, "2023-SP", None),
                ("August", Date, "2023-08", None),
                ("June", Date, "2023-06", None),
            ],
        );
    }

    #[test]
    fn quoted_today_is_the_day_the_statement_was_made() {
        check(
            "“We struck them today,” the minister said on Monday.",
            Some("2021-03-04"),
            &[
                ("today", Date, "2021-03-01", None),
                ("Monday", Date, "2021-03-01", None),
            ],
        );
    }

    #[test]
    fn days_just_after_the_reference_stay_in_its_year() {
        check(
            "Strikes on Sept. 30 hit the town. Ahead of the November vote, troops massed. They left in December.",
            Some("2024-09-29"),
            &[
                ("Sept. 30", Date, "2024-09-30", None),
                ("November", Date, "2024-11", None),
                ("December", Date, "2023-12", None),
            ],
        );
    }

    #[test]
    fn not_annotated() {
        check(
            "The current leader met 900 troops overnight; then, at the time, 2,500 people and half the size. The future of the Arab Spring is at stake, aged 46.",
            Some("2021-03-02"),
            &[],
        );
    }
}

#[cfg(test)]
mod class_tests;
