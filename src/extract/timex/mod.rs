//! Temporal expressions (TIMEX3): find, type and normalise them against the reference
//! date and the narrative.
//!
//! The work is split by concept: [`tokens`] cuts a sentence into words, numbers and
//! marks; [`lexicon`] knows the temporal words; [`patterns`] is the grammar that finds
//! expressions and their meaning; [`resolve`] turns meanings into TIMEX3 values,
//! following the narrative sentence by sentence.

pub mod lexicon;
pub mod patterns;
pub mod resolve;
pub mod tokens;

use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use crate::model::{Anchor, AnchorBasis, Timex, TimexType};
use chrono::NaiveDate;
use lexicon::{Kw, Lex};
use resolve::{Narrative, Site};
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

/// True when the sentence speaks of the future (`will`, modal `may`, `upcoming` …),
/// which moves a bare weekday or month forward.
fn speaks_of_future(toks: &[Tok]) -> bool {
    toks.iter()
        .any(|t| t.lex == Lex::Kw(Kw::Will) || (t.lex == Lex::Month(5) && !t.cap))
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

/// Tags every temporal expression in the sentences of `text`, resolving relative ones
/// against `reference` (the article's reference date and its basis) when known.
pub fn tag(
    text: &str,
    sentences: &[SentenceSpan],
    reference: Option<(NaiveDate, AnchorBasis)>,
) -> Vec<TimexHit> {
    let mut narrative = Narrative::new(reference);
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut found = Vec::new();
    for s in sentences {
        let r = s.range.clone();
        if r.start > r.end || text.get(r.clone()).is_none() {
            continue;
        }
        tokens::tokenise(text, r, &mut toks);
        narrative.begin_sentence(speaks_of_future(&toks));
        found.clear();
        patterns::find(text, &toks, &mut found);
        for (k, f) in found.iter().enumerate() {
            let range_end = k > 0 && is_range_link(&toks[found[k - 1].end..f.start]);
            let site = Site {
                quoted: toks[f.start].quoted,
                range_end,
            };
            let res = narrative.resolve(&f.sem, f.tod, site);
            out.push(TimexHit {
                range: toks[f.start].start..toks[f.end - 1].end,
                kind: res.kind,
                value: res.value,
                modifier: f.modifier.map(str::to_string),
                anchor: res.anchor,
            });
        }
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
                NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(),
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
    fn not_annotated() {
        check(
            "The current leader met 900 troops overnight; then, at the time, 2,500 people and half the size.",
            Some("2021-03-02"),
            &[],
        );
    }
}
