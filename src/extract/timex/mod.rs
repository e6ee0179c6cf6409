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
use sem::{Found, Sem};
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

/// True for a meaning that names one day.
fn is_day(sem: &Sem) -> bool {
    matches!(
        sem,
        Sem::Cal { d: Some(_), .. } | Sem::Weekday(..) | Sem::RelDay(_)
    )
}

/// True when expression `k` is a bare clock time followed by `on` and a day.
fn clock_then_day(toks: &[Tok], found: &[Found], k: usize) -> bool {
    let (Some(f), Some(g)) = (found.get(k), found.get(k + 1)) else {
        return false;
    };
    let link = &toks[f.end..g.start];
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

/// Resolves expression `k` of a sentence against the narrative.
/// `future_from` are the indexes of the sentence's first future markers outside and
/// inside quotations.
fn resolve_one(
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
        future: future_from < f.start,
        position: f.start,
        reporting,
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
    for s in sentences {
        let r = s.range.clone();
        if r.start > r.end || text.get(r.clone()).is_none() {
            continue;
        }
        tokens::tokenise(text, r.clone(), &mut toks);
        narrative.begin_sentence(false);
        let future_from = first_future_markers(&toks);
        found.clear();
        patterns::find(text, &toks, &mut found);
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
        for &k in &order {
            let reporting = words.as_deref().is_some_and(|w| {
                let f = &found[k];
                let at = w.partition_point(|t| t.range.start < toks[f.start].start);
                next_day(f) && is_reporting_date(w, at)
            });
            let res = resolve_one(&mut narrative, &toks, &found, k, future_from, reporting);
            hits[k] = Some(hit(&toks, &found[k], res));
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

/// Tests of the classes of expressions found on the dev set, each on phrasings of its
/// own.
#[cfg(test)]
mod class_tests {
    use super::*;
    use crate::extract::{clean::clean, sentences::split};
    use TimexType::*;

    /// (text, value) of every expression of `input` against `reference` with `basis`.
    fn values(input: &str, reference: &str, basis: AnchorBasis) -> Vec<(String, String)> {
        let r = crate::timeval::parse_day(reference).map(|d| (d, basis));
        let c = clean(input);
        let s = split(input, &c);
        tag(input, &s, r)
            .into_iter()
            .map(|h| (input[h.range.clone()].to_string(), h.value))
            .collect()
    }

    /// Asserts every (input, expected pairs) against `reference`, published.
    fn each(reference: &str, cases: &[(&str, &[(&str, &str)])]) {
        for (input, want) in cases {
            let got = values(input, reference, AnchorBasis::Published);
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(got, want, "input: {input:?}");
        }
    }

    #[test]
    fn an_announcement_the_day_after_a_friday_report_is_saturday() {
        // Reference Friday 2022-04-08.
        each(
            "2022-04-08",
            &[
                (
                    "Two guards were shot, the governor said Saturday.",
                    &[("Saturday", "2022-04-09")],
                ),
                (
                    "Police announced on Saturday that a bomb went off.",
                    &[("Saturday", "2022-04-09")],
                ),
                (
                    "In a statement Saturday, the ministry confirmed the blast.",
                    &[("Saturday", "2022-04-09")],
                ),
                (
                    "A spokesman told reporters Saturday morning that the fire was out.",
                    &[("Saturday morning", "2022-04-09TMO")],
                ),
                // Not an announcement: last Saturday's market.
                (
                    "Rebels shelled the market on Saturday.",
                    &[("Saturday", "2022-04-02")],
                ),
                // An announcement on another day keeps the most recent one.
                (
                    "The army said Tuesday the road was closed.",
                    &[("Tuesday", "2022-04-05")],
                ),
            ],
        );
    }

    #[test]
    fn parts_of_day_with_no_day_written_are_on_the_narrative_day() {
        // Reference Thursday 2022-04-07.
        each(
            "2022-04-07",
            &[
                (
                    "Gunmen struck on Tuesday, in the early morning hours.",
                    &[
                        ("Tuesday", "2022-04-05"),
                        ("the early morning hours", "2022-04-05TMO"),
                    ],
                ),
                (
                    "The convoy left Monday. It was hit in the pre-dawn hours.",
                    &[
                        ("Monday", "2022-04-04"),
                        ("the pre-dawn hours", "2022-04-04TMO"),
                    ],
                ),
                (
                    "On Wednesday the shells fell early morning near the depot.",
                    &[
                        ("Wednesday", "2022-04-06"),
                        ("early morning", "2022-04-06TMO"),
                    ],
                ),
                (
                    "Sirens sounded on Tuesday during the late evening hours.",
                    &[
                        ("Tuesday", "2022-04-05"),
                        ("the late evening hours", "2022-04-05TEV"),
                    ],
                ),
                (
                    "The ferry sank Monday; divers searched until late night.",
                    &[("Monday", "2022-04-04"), ("late night", "2022-04-04TNI")],
                ),
                (
                    "The town was quiet in the predawn hours.",
                    &[("the predawn hours", "2022-04-07TMO")],
                ),
                // Adjectives on other nouns and bare nouns are not expressions.
                (
                    "An early morning raid and a pre-dawn patrol met at night.",
                    &[],
                ),
            ],
        );
        let got = tag_one(
            "Rebels attacked before dawn, in the early morning hours.",
            "2022-04-07",
        );
        assert_eq!(
            got,
            vec![(
                "the early morning hours".to_string(),
                Time,
                "2022-04-07TMO".to_string(),
                Some("START".to_string())
            )]
        );
        let got = tag_one(
            "Crews worked through the late night hours on Friday.",
            "2022-04-07",
        );
        assert_eq!(got[0].3.as_deref(), Some("END"));
    }

    /// (text, type, value, mod) of every expression, reference published.
    fn tag_one(input: &str, reference: &str) -> Vec<(String, TimexType, String, Option<String>)> {
        let r = crate::timeval::parse_day(reference).map(|d| (d, AnchorBasis::Published));
        let c = clean(input);
        let s = split(input, &c);
        tag(input, &s, r)
            .into_iter()
            .map(|h| {
                (
                    input[h.range.clone()].to_string(),
                    h.kind,
                    h.value,
                    h.modifier,
                )
            })
            .collect()
    }

    #[test]
    fn the_future_before_its_noun_is_an_adjective() {
        each(
            "2022-04-07",
            &[
                (
                    "Lawmakers argued over the future presence of foreign troops.",
                    &[],
                ),
                ("They weighed the future status of the port.", &[]),
                ("The future leaders of the party met.", &[]),
                ("Talks on the future deployment stalled.", &[]),
                (
                    "In the future, drones will patrol the border.",
                    &[("the future", "FUTURE_REF")],
                ),
                (
                    "Nobody knows what the future holds, he said; the future is unclear.",
                    &[("the future", "FUTURE_REF"), ("the future", "FUTURE_REF")],
                ),
                (
                    "Bases may close in the near future.",
                    &[("the near future", "FUTURE_REF")],
                ),
            ],
        );
    }

    #[test]
    fn a_year_glued_to_the_next_word_still_ends_its_date() {
        each(
            "2022-04-07",
            &[
                (
                    "Posted March 24, 2021APShare this story.",
                    &[("March 24, 2021", "2021-03-24")],
                ),
                (
                    "Updated 5 May 2020Reuters staff",
                    &[("5 May 2020", "2020-05-05")],
                ),
                (
                    "Oct. 2, 2019Comments are closed.",
                    &[("Oct. 2, 2019", "2019-10-02")],
                ),
                (
                    "News December 1, 2018AFP",
                    &[("December 1, 2018", "2018-12-01")],
                ),
                (
                    "Friday, June 3, 2016Home",
                    &[("Friday, June 3, 2016", "2016-06-03")],
                ),
                // A glued lower-case suffix is not a year.
                ("On March 3, 2021st floor", &[("March 3", "2022-03-03")]),
            ],
        );
    }

    #[test]
    fn a_clock_time_with_no_day_in_an_inferred_report_has_no_day() {
        for (input, text, value) in [
            (
                "The blast came at around 1:40 pm local time.",
                "around 1:40 pm local time",
                "XXXX-XX-XXT13:40",
            ),
            ("Shelling began at 6 a.m.", "6 a.m.", "XXXX-XX-XXT06:00"),
            ("By 23:15 the fire was out.", "23:15", "XXXX-XX-XXT23:15"),
            (
                "Troops moved in the pre-dawn hours.",
                "the pre-dawn hours",
                "XXXX-XX-XXTMO",
            ),
            ("It ended at noon.", "noon", "XXXX-XX-XXT12:00"),
        ] {
            let got = values(input, "2022-04-07", AnchorBasis::Inferred);
            assert_eq!(got, vec![(text.to_string(), value.to_string())], "{input}");
        }
        // A day the text names dates it; a published date does too.
        let got = values(
            "On Tuesday, shelling began at 6 a.m.",
            "2022-04-07",
            AnchorBasis::Inferred,
        );
        assert_eq!(got[1].1, "2022-04-05T06:00");
        let got = values(
            "Shelling began at 6 a.m.",
            "2022-04-07",
            AnchorBasis::Published,
        );
        assert_eq!(got[0].1, "2022-04-07T06:00");
    }

    #[test]
    fn a_quoted_promise_does_not_put_the_reporting_clause_in_the_future() {
        // Reference Tuesday 2022-04-05.
        each(
            "2022-04-05",
            &[
                (
                    "“We will answer this,” the minister said Monday.",
                    &[("Monday", "2022-04-04")],
                ),
                (
                    "“They will pay,” Kell told reporters on Sunday.",
                    &[("Sunday", "2022-04-03")],
                ),
                (
                    "“Help will come soon,” the mayor wrote Saturday.",
                    &[("Saturday", "2022-04-02")],
                ),
                (
                    "“Our ships will sail,” the admiral added on Monday.",
                    &[("Monday", "2022-04-04")],
                ),
                (
                    "“We will meet on Friday,” she said.",
                    &[("Friday", "2022-04-08")],
                ),
                (
                    "The envoy will fly out on Friday.",
                    &[("Friday", "2022-04-08")],
                ),
            ],
        );
    }

    #[test]
    fn parts_of_the_day_after_or_before_the_narrative_day() {
        // Reference Thursday 2022-04-07; the narrative is on Monday 2022-04-04.
        each(
            "2022-04-07",
            &[
                (
                    "Troops crossed on Monday. The next morning, the town fell.",
                    &[
                        ("Monday", "2022-04-04"),
                        ("The next morning", "2022-04-05TMO"),
                    ],
                ),
                (
                    "Troops crossed on Monday and the following night they dug in.",
                    &[
                        ("Monday", "2022-04-04"),
                        ("the following night", "2022-04-05TNI"),
                    ],
                ),
                (
                    "Envoys met on Monday; they had argued the previous evening.",
                    &[
                        ("Monday", "2022-04-04"),
                        ("the previous evening", "2022-04-03TEV"),
                    ],
                ),
                (
                    "The dam broke on Monday. Heavy rain had fallen the night before.",
                    &[
                        ("Monday", "2022-04-04"),
                        ("the night before", "2022-04-03TNI"),
                    ],
                ),
                (
                    "A ship sank on Monday, and the afternoon after, divers arrived.",
                    &[
                        ("Monday", "2022-04-04"),
                        ("the afternoon after", "2022-04-05TAF"),
                    ],
                ),
                // Counted from something else, not the narrative.
                (
                    "Troops crossed on Monday; the night before the vote was calm.",
                    &[("Monday", "2022-04-04")],
                ),
            ],
        );
    }

    #[test]
    fn over_before_the_is_during_not_more_than() {
        for (input, text, value, m) in [
            (
                "Over the past year, prices rose.",
                "the past year",
                "P1Y",
                None,
            ),
            (
                "Rents climbed over the last two months.",
                "the last two months",
                "P2M",
                None,
            ),
            (
                "Over the past decade the town shrank.",
                "the past decade",
                "P10Y",
                None,
            ),
            (
                "Talks lasted over two hours.",
                "over two hours",
                "PT2H",
                Some("MORE_THAN"),
            ),
            (
                "The siege went on for over three weeks.",
                "over three weeks",
                "P3W",
                Some("MORE_THAN"),
            ),
        ] {
            let got = tag_one(input, "2022-04-07");
            let want = vec![(
                text.to_string(),
                Duration,
                value.to_string(),
                m.map(str::to_string),
            )];
            assert_eq!(got, want, "{input}");
        }
    }

    #[test]
    fn day_month_comma_year() {
        each(
            "2022-04-07",
            &[
                (
                    "Wire 13 Jul, 2022 — the talks ended.",
                    &[("13 Jul, 2022", "2022-07-13")],
                ),
                (
                    "The truce of 2 March, 2021 held.",
                    &[("2 March, 2021", "2021-03-02")],
                ),
                (
                    "Filed 30 Sept, 2019 by staff.",
                    &[("30 Sept, 2019", "2019-09-30")],
                ),
                (
                    "Signed on 1 January, 2020 in Oslo.",
                    &[("1 January, 2020", "2020-01-01")],
                ),
                (
                    "By 9 Nov., 2018 the wall fell.",
                    &[("9 Nov., 2018", "2018-11-09")],
                ),
                // A count after the comma is not a year.
                (
                    "On 4 March, 2020 people marched.",
                    &[("4 March", "2022-03-04")],
                ),
            ],
        );
    }

    #[test]
    fn british_clock_times_with_a_dot() {
        each(
            "2022-04-07",
            &[
                (
                    "Shots rang out at 9.30pm.",
                    &[("9.30pm", "2022-04-07T21:30")],
                ),
                (
                    "The ferry left at 7.05 a.m. sharp.",
                    &[("7.05 a.m.", "2022-04-07T07:05")],
                ),
                (
                    "Sirens sounded at around 10.45 pm local time.",
                    &[("around 10.45 pm local time", "2022-04-07T22:45")],
                ),
                (
                    "Polls closed at 11.15PM.",
                    &[("11.15PM", "2022-04-07T23:15")],
                ),
                (
                    "It began on Tuesday at 6.20am.",
                    &[("Tuesday", "2022-04-05"), ("6.20am", "2022-04-05T06:20")],
                ),
                // Numbers with a decimal point are not times.
                ("Prices rose 9.30 percent.", &[]),
            ],
        );
    }

    #[test]
    fn a_weekday_with_its_day_of_month() {
        each(
            "2021-02-17",
            &[
                (
                    "The blast came on Monday 15, police said.",
                    &[("Monday 15", "2021-02-15")],
                ),
                (
                    "Talks resumed on Tuesday the 16th.",
                    &[("Tuesday the 16th", "2021-02-16")],
                ),
                (
                    "It rained on Sunday 14th and cleared.",
                    &[("Sunday 14th", "2021-02-14")],
                ),
                (
                    "Crews worked through Saturday 13.",
                    &[("Saturday 13", "2021-02-13")],
                ),
                (
                    "By Friday 12, the roads were open.",
                    &[("Friday 12", "2021-02-12")],
                ),
                // A count after the weekday is not a day of the month.
                (
                    "On Monday 15 people were hurt.",
                    &[("Monday", "2021-02-15")],
                ),
            ],
        );
    }

    #[test]
    fn the_early_hours_of_a_named_morning() {
        each(
            "2024-01-29",
            &[
                (
                    "It came in the early hours of Sunday morning.",
                    &[("the early hours of Sunday morning", "2024-01-28TMO")],
                ),
                (
                    "Rockets fell during the early morning hours of Saturday morning.",
                    &[(
                        "the early morning hours of Saturday morning",
                        "2024-01-27TMO",
                    )],
                ),
                (
                    "Police moved in the early hours of Thursday morning.",
                    &[("the early hours of Thursday morning", "2024-01-25TMO")],
                ),
                (
                    "In the early hours of Monday morning, sirens sounded.",
                    &[("the early hours of Monday morning", "2024-01-29TMO")],
                ),
                (
                    "Shelling ended in the early hours of Friday morning.",
                    &[("the early hours of Friday morning", "2024-01-26TMO")],
                ),
                // Another part of the day is not the early hours.
                (
                    "Crowds met in the early hours of Sunday evening.",
                    &[("Sunday evening", "2024-01-28TEV")],
                ),
            ],
        );
    }

    #[test]
    fn a_clock_time_with_its_zone_in_brackets_is_on_the_day_after_them() {
        each(
            "2024-01-29",
            &[
                (
                    "Shots rang out at 11:40 p.m. (2040 GMT) on Saturday.",
                    &[
                        ("11:40 p.m.", "2024-01-27T23:40"),
                        ("2040 GMT", "2024-01-27T20:40"),
                        ("Saturday", "2024-01-27"),
                    ],
                ),
                (
                    "Sirens sounded at 3 a.m. (0000 GMT) Friday.",
                    &[
                        ("3 a.m.", "2024-01-26T03:00"),
                        ("0000 GMT", "2024-01-26T00:00"),
                        ("Friday", "2024-01-26"),
                    ],
                ),
                (
                    "The quake hit at 6:15 a.m. (0315 GMT), on Jan. 25.",
                    &[
                        ("6:15 a.m.", "2024-01-25T06:15"),
                        ("0315 GMT", "2024-01-25T03:15"),
                        ("Jan. 25", "2024-01-25"),
                    ],
                ),
                (
                    "Polls opened at 7 a.m. (0400 GMT) on Thursday, officials said.",
                    &[
                        ("7 a.m.", "2024-01-25T07:00"),
                        ("0400 GMT", "2024-01-25T04:00"),
                        ("Thursday", "2024-01-25"),
                    ],
                ),
                (
                    "At 9:30 p.m. (1830 GMT), on Saturday, jets flew over.",
                    &[
                        ("9:30 p.m.", "2024-01-27T21:30"),
                        ("1830 GMT", "2024-01-27T18:30"),
                        ("Saturday", "2024-01-27"),
                    ],
                ),
            ],
        );
    }

    #[test]
    fn the_small_hours_are_the_early_hours() {
        each(
            "2024-01-29",
            &[
                (
                    "Blasts shook the city in the small hours of Sunday.",
                    &[("the small hours of Sunday", "2024-01-28TMO")],
                ),
                (
                    "In the small hours of 27 January, a ferry sank.",
                    &[("the small hours of 27 January", "2024-01-27TMO")],
                ),
                (
                    "Troops left on Friday, in the small hours.",
                    &[
                        ("Friday", "2024-01-26"),
                        ("the small hours", "2024-01-26TMO"),
                    ],
                ),
                (
                    "The fire spread during the small hours of Saturday morning.",
                    &[("the small hours of Saturday morning", "2024-01-27TMO")],
                ),
                (
                    "Police raided homes in the small hours of yesterday.",
                    &[("the small hours of yesterday", "2024-01-28TMO")],
                ),
                // Small hours that are not the night's.
                ("Repairs took a small number of hours.", &[]),
            ],
        );
        let got = tag_one("Rockets fell in the small hours of Sunday.", "2024-01-29");
        assert_eq!(got[0].3.as_deref(), Some("START"));
    }
}
