//! The day an undated report's "yesterday" is, read from the dated reports of the
//! same news: the sentence of a dated report that tells the same happening ("the
//! operation, which began at dawn yesterday" beside "carried out yesterday, Tuesday,
//! an operation in the desert west of Shirqat") dates it, and the undated report was
//! written the day after.
//!
//! Copy written the next morning and copy written the same evening both say
//! "yesterday" of different days, and the dated reports' own dates cannot tell them
//! apart; the happening they share can. Only words of content are compared (four
//! letters or more, no calendar names, no reporting verbs), and a match needs several
//! of them, so a sentence that only shares the place name does not date anything.

use super::dating::is_reporting_date;
use super::words::{Token, WordSet};
use super::Analysed;
use crate::model::AnchorBasis;
use chrono::NaiveDate;
use std::collections::HashSet;

/// How many content words a dated sentence must share with the "yesterday" sentence.
const MIN_SHARED: usize = 3;

/// Words of four letters or more that tell nothing of what happened.
const EMPTY_WORDS: WordSet<36> = WordSet::new([
    "yesterday",
    "today",
    "tonight",
    "said",
    "says",
    "told",
    "that",
    "this",
    "with",
    "from",
    "have",
    "were",
    "which",
    "their",
    "there",
    "after",
    "about",
    "also",
    "been",
    "into",
    "than",
    "they",
    "when",
    "where",
    "while",
    "over",
    "more",
    "officials",
    "official",
    "according",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
]);

/// The content words of a sentence: words of four letters or more, not empty ones.
fn content_words(toks: &[Token]) -> HashSet<&str> {
    toks.iter()
        .filter(|t| t.is_word && t.norm.len() >= 4 && t.norm.as_str() != "sunday")
        .filter(|t| !EMPTY_WORDS.contains(&t.norm))
        .map(|t| t.norm.as_str())
        .collect()
}

/// The day the dated reports `twins` (each with its date) give the happening the
/// undated report `a` dates "yesterday" (not an announcement: "said yesterday"), when
/// one dated sentence shares at least [`MIN_SHARED`] content words with it and no
/// sentence of another day shares as many.
pub fn day_of_yesterday(a: &Analysed, twins: &[(&Analysed, NaiveDate)]) -> Option<NaiveDate> {
    // The undated report's sentences whose "yesterday" dates a happening.
    let told: Vec<HashSet<&str>> = a
        .tokens
        .iter()
        .filter(|toks| {
            toks.iter()
                .enumerate()
                .any(|(k, t)| t.norm == "yesterday" && !is_reporting_date(toks, k))
        })
        .map(|toks| content_words(toks))
        .filter(|w| w.len() >= MIN_SHARED)
        .collect();
    if told.is_empty() {
        return None;
    }
    // The best match over every dated sentence with a day: (shared words, day).
    let mut best: Option<(usize, NaiveDate)> = None;
    let mut tie = false;
    for (twin, date) in twins {
        let text = twin.source.text.as_str();
        let hits = super::timex::tag(text, &twin.sentences, Some((*date, AnchorBasis::Published)));
        for (s, toks) in twin.sentences.iter().zip(&twin.tokens) {
            let day = hits
                .iter()
                .filter(|h| h.range.start >= s.range.start && h.range.end <= s.range.end)
                .find_map(|h| crate::timeval::parse_day(h.value.split('T').next()?));
            let Some(day) = day else { continue };
            let words = content_words(toks);
            for w in &told {
                let shared = w.intersection(&words).count();
                if shared < MIN_SHARED {
                    continue;
                }
                match best {
                    Some((n, d)) if shared < n || shared == n && d == day => {}
                    Some((n, _)) if shared == n => tie = true,
                    _ => {
                        best = Some((shared, day));
                        tie = false;
                    }
                }
            }
        }
    }
    best.filter(|_| !tie).map(|(_, d)| d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Source;

    fn analysed(text: &str) -> Source {
        Source {
            id: "x".into(),
            text: text.to_string(),
            ..Source::default()
        }
    }

    fn day(undated: &str, dated: &[(&str, &str)]) -> Option<String> {
        let u = analysed(undated);
        let u = Analysed::of(&u);
        let sources: Vec<(Source, NaiveDate)> = dated
            .iter()
            .map(|(t, d)| {
                (
                    analysed(t),
                    NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap(),
                )
            })
            .collect();
        let twins: Vec<(Analysed, NaiveDate)> =
            sources.iter().map(|(s, d)| (Analysed::of(s), *d)).collect();
        let twins: Vec<(&Analysed, NaiveDate)> = twins.iter().map(|(a, d)| (a, *d)).collect();
        day_of_yesterday(&u, &twins).map(|d| d.to_string())
    }

    #[test]
    fn the_dated_sentence_of_the_same_happening_dates_yesterday() {
        let cases = [
            (
                "The operation, which began at dawn yesterday, targeted caves in the desert west of Shirqat.",
                "Forces carried out yesterday, Tuesday, an operation against caves in the desert west of Shirqat.",
                "2026-05-20",
                "2026-05-19",
            ),
            (
                "American warplanes pounded militia depots near the border yesterday, killing seven fighters.",
                "US warplanes struck three militia depots near the border on Thursday, killing seven fighters.",
                "2026-11-27",
                "2026-11-26",
            ),
            (
                "A corporal wounded in the drone strike on the training centre died yesterday in hospital.",
                "The corporal wounded in the drone strike on the training centre died in hospital on Monday.",
                "2026-10-20",
                "2026-10-19",
            ),
            (
                "Rockets slammed into the airbase perimeter yesterday evening, wounding three contractors.",
                "Rockets slammed into the airbase perimeter on Saturday evening, wounding three contractors.",
                "2026-03-08",
                "2026-03-07",
            ),
            (
                "Gunmen ambushed a police convoy on the northern highway yesterday.",
                "Gunmen ambushed a police convoy on the northern highway late on 12 June.",
                "2026-06-14",
                "2026-06-12",
            ),
        ];
        for (undated, dated, date, want) in cases {
            assert_eq!(
                day(undated, &[(dated, date)]).as_deref(),
                Some(want),
                "{undated}"
            );
        }
    }

    #[test]
    fn an_announcement_yesterday_or_a_thin_match_dates_nothing() {
        // "said yesterday" is an announcement, not a happening.
        assert_eq!(
            day(
                "Officials said yesterday that rockets slammed into the airbase perimeter.",
                &[(
                    "Rockets slammed into the airbase perimeter on Saturday.",
                    "2026-03-08"
                )],
            ),
            None
        );
        // Only the place name in common.
        assert_eq!(
            day(
                "Shops in Shirqat reopened yesterday.",
                &[("Troops entered Shirqat on Tuesday.", "2026-05-20")],
            ),
            None
        );
        // Two days match equally well: no answer.
        assert_eq!(
            day(
                "Rockets slammed into the airbase perimeter yesterday.",
                &[
                    (
                        "Rockets slammed into the airbase perimeter on Saturday.",
                        "2026-03-08"
                    ),
                    (
                        "Rockets slammed into the airbase perimeter on Monday.",
                        "2026-03-10"
                    ),
                ],
            ),
            None
        );
    }
}
