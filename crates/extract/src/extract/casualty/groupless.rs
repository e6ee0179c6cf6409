//! Zeros that name no group: "No one was killed in the attack", "Nobody was hurt",
//! "There were no casualties", "The blast injured no one".
//!
//! The guidelines do not count these as casualty figures (a zero needs a group, see
//! [`super::zeros`]), so they never enter `casualties` and the scorer never sees them.
//! They are still what the source said: the document lists them apart
//! (`zero_statements`), so a card can say "No one killed, says …" instead of "no data".
//!
//! Forms read, each ending at an outcome of killing or injury:
//! - a subject naming no one (`no one`, `no-one`, `nobody`, `none` not followed by
//!   "of"), then only auxiliaries and a few adverbs ("was", "has been", "were
//!   reported", "seriously") before the outcome: "No one was seriously hurt";
//! - `no` and a list of harm nouns ("no injuries", "no casualties", "no damage or
//!   injuries"), not followed by "among", "to" or "for" (which name a group);
//! - an outcome verb with `no one` / `nobody` as its object: "injuring no one".
//!
//! Anything else stops the reading: "No one claimed responsibility", "Nobody knows how
//! many were killed", "no one would be hurt", "There were no reports of casualties"
//! (no report is not a zero).

use super::Figure;
use crate::extract::offsets::CharIndex;
use crate::extract::sentences::SentenceSpan;
use crate::extract::words::Token;
use crate::model::{Outcome, SentenceKind, ZeroStatement};
use std::collections::HashSet;
use std::ops::Range;

/// One zero without a group, in byte offsets: the words that say it and the outcomes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrouplessZero {
    /// Byte range of the words ("No one was killed").
    pub range: Range<usize>,
    /// Killed, injured or both ("no casualties").
    pub outcomes: Vec<Outcome>,
}

/// Words that may stand between a subject naming no one and its outcome.
fn is_filler(w: &str) -> bool {
    matches!(
        w,
        "was"
            | "were"
            | "is"
            | "are"
            | "has"
            | "have"
            | "had"
            | "been"
            | "be"
            | "being"
            | "got"
            | "reported"
            | "reportedly"
            | "believed"
            | "thought"
            | "to"
            | "seriously"
            | "badly"
            | "critically"
            | "gravely"
            | "physically"
            | "immediately"
            | "apparently"
            | "actually"
            | "yet"
    )
}

/// The outcomes a predicate word of harm names (killing and injury only).
fn harm_word(w: &str) -> Option<&'static [Outcome]> {
    const KILLED: &[Outcome] = &[Outcome::Killed];
    const INJURED: &[Outcome] = &[Outcome::Injured];
    const BOTH: &[Outcome] = &[Outcome::Killed, Outcome::Injured];
    match w {
        "killed" | "dead" | "died" | "slain" | "perished" => Some(KILLED),
        "wounded" | "injured" | "hurt" => Some(INJURED),
        "harmed" => Some(BOTH),
        _ => None,
    }
}

/// The outcomes a noun of harm names, after `no`.
fn harm_noun(w: &str) -> Option<&'static [Outcome]> {
    const KILLED: &[Outcome] = &[Outcome::Killed];
    const INJURED: &[Outcome] = &[Outcome::Injured];
    const BOTH: &[Outcome] = &[Outcome::Killed, Outcome::Injured];
    match w {
        "deaths" | "fatalities" => Some(KILLED),
        "injuries" => Some(INJURED),
        "casualties" => Some(BOTH),
        _ => None,
    }
}

/// Verbs whose object "no one" tells a zero: "the blast injured no one".
fn harm_verb(w: &str) -> Option<&'static [Outcome]> {
    match w {
        "killed" | "killing" | "kill" | "kills" => Some(&[Outcome::Killed]),
        "wounded" | "wounding" | "injured" | "injuring" | "hurt" | "hurting" => {
            Some(&[Outcome::Injured])
        }
        _ => None,
    }
}

/// Adds outcomes without repeats.
fn add(out: &mut Vec<Outcome>, new: &[Outcome]) {
    for o in new {
        if !out.contains(o) {
            out.push(*o);
        }
    }
}

/// The length in tokens of a subject naming no one at `i` ("no one", "no-one",
/// "nobody", "none" not followed by "of"), if one stands there.
fn no_one_at(toks: &[Token], i: usize) -> Option<usize> {
    let w = toks[i].norm.as_str();
    // Every form starts with "n": other words leave at once.
    if !w.starts_with('n') {
        return None;
    }
    let next = toks.get(i + 1).map(|t| t.norm.as_str());
    match w {
        "nobody" | "no-one" => Some(1),
        "none" if next != Some("of") => Some(1),
        "no" if next == Some("one") => Some(2),
        // "no-one" split at its hyphen.
        "no" if next == Some("-")
            && toks.get(i + 2).is_some_and(|t| t.norm == "one")
            && toks[i].range.end == toks[i + 1].range.start =>
        {
            Some(3)
        }
        _ => None,
    }
}

/// Every zero naming no group in one sentence's tokens, in text order.
pub fn find(toks: &[Token]) -> Vec<GrouplessZero> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].is_word {
            i += 1;
            continue;
        }
        // "No one was killed", "Nobody has been hurt".
        if let Some(len) = no_one_at(toks, i) {
            let mut k = i + len;
            let mut outcomes = Vec::new();
            let mut last = None;
            while let Some(t) = toks.get(k) {
                if !t.is_word {
                    break;
                }
                if let Some(o) = harm_word(&t.norm) {
                    add(&mut outcomes, o);
                    last = Some(k);
                    // "killed or injured".
                    if toks
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.norm.as_str(), "or" | "and"))
                        && toks
                            .get(k + 2)
                            .is_some_and(|n| harm_word(&n.norm).is_some())
                    {
                        k += 2;
                        continue;
                    }
                    break;
                }
                if !is_filler(&t.norm) || k - (i + len) >= 5 {
                    break;
                }
                k += 1;
            }
            if let Some(last) = last {
                out.push(GrouplessZero {
                    range: toks[i].range.start..toks[last].range.end,
                    outcomes,
                });
                i = last + 1;
                continue;
            }
            i += len;
            continue;
        }
        // "There were no casualties", "No damage or injuries were reported".
        if toks[i].norm == "no" {
            let mut k = i + 1;
            let mut outcomes = Vec::new();
            let mut last = None;
            while let Some(t) = toks.get(k) {
                if let Some(o) = harm_noun(&t.norm) {
                    add(&mut outcomes, o);
                    last = Some(k);
                } else if !(matches!(t.norm.as_str(), "or" | "and" | "damage" | "serious")
                    || t.norm == "," && last.is_some())
                {
                    break;
                }
                k += 1;
            }
            // "no casualties among the peacekeepers" names a group.
            let names_group = toks[k.min(toks.len())..]
                .iter()
                .filter(|t| t.is_word)
                .take(3)
                .any(|t| matches!(t.norm.as_str(), "among" | "to" | "for"));
            if let (Some(last), false) = (last, names_group) {
                out.push(GrouplessZero {
                    range: toks[i].range.start..toks[last].range.end,
                    outcomes,
                });
                i = last + 1;
                continue;
            }
        }
        // "The blast injured no one".
        if let Some(o) = harm_verb(&toks[i].norm) {
            if let Some(len) = toks
                .get(i + 1)
                .and_then(|_| no_one_at(toks, i + 1))
                .filter(|_| toks[i + 1].norm != "none")
            {
                out.push(GrouplessZero {
                    range: toks[i].range.start..toks[i + len].range.end,
                    outcomes: o.to_vec(),
                });
                i += len + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The zeros naming no group of one article, one per sentence at most (its words are
/// the first zero's; its outcomes all of them), leaving out sentences whose explicit
/// zeros name a group (`figures` with count 0): those say it already. Spans are the
/// sentences' as the events' mentions give them, so a zero's event is found by start.
pub fn statements(
    article: &str,
    text: &str,
    sentences: &[SentenceSpan],
    tokens: &[Vec<Token>],
    index: &CharIndex,
    figures: &[Figure],
) -> Vec<ZeroStatement> {
    let with_zero: HashSet<usize> = figures
        .iter()
        .filter(|f| f.count == 0)
        .map(|f| f.sentence)
        .collect();
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        if s.kind == SentenceKind::Boilerplate || with_zero.contains(&si) {
            continue;
        }
        let found = find(tokens.get(si).map_or(&[], Vec::as_slice));
        let Some(first) = found.first() else {
            continue;
        };
        let mut outcomes = Vec::new();
        for z in &found {
            add(&mut outcomes, &z.outcomes);
        }
        out.push(ZeroStatement {
            article: article.to_string(),
            start: index.char_at(s.range.start),
            end: index.char_at(s.range.end),
            text: text.get(s.range.clone()).unwrap_or("").to_string(),
            words: text.get(first.range.clone()).unwrap_or("").to_string(),
            outcomes,
            event: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;
    use Outcome::*;

    fn check(input: &str, expected: &[(&str, &[Outcome])]) {
        let toks = tokenize(input, 0..input.len());
        let got: Vec<(&str, Vec<Outcome>)> = find(&toks)
            .into_iter()
            .map(|z| (&input[z.range], z.outcomes))
            .collect();
        let want: Vec<(&str, Vec<Outcome>)> =
            expected.iter().map(|(w, o)| (*w, o.to_vec())).collect();
        assert_eq!(got, want, "{input}");
    }

    #[test]
    fn a_subject_naming_no_one() {
        check(
            "No one was killed in the attack, a spokesman said.",
            &[("No one was killed", &[Killed])],
        );
        check("No one was hurt.", &[("No one was hurt", &[Injured])]);
        check("Nobody died.", &[("Nobody died", &[Killed])]);
        check("nobody died, police said", &[("nobody died", &[Killed])]);
        // British spelling with a hyphen, and American "wounded".
        check(
            "No-one was seriously injured, the council said.",
            &[("No-one was seriously injured", &[Injured])],
        );
        check(
            "No one has been reported wounded.",
            &[("No one has been reported wounded", &[Injured])],
        );
        check(
            "None were hurt when the shell landed.",
            &[("None were hurt", &[Injured])],
        );
        check(
            "No one was killed or injured.",
            &[("No one was killed or injured", &[Killed, Injured])],
        );
        check(
            "No one was harmed.",
            &[("No one was harmed", &[Killed, Injured])],
        );
    }

    #[test]
    fn no_and_a_noun_of_harm() {
        check("There were no injuries.", &[("no injuries", &[Injured])]);
        check(
            "There were no casualties, the ministry said.",
            &[("no casualties", &[Killed, Injured])],
        );
        check(
            "No damage or injuries were reported.",
            &[("No damage or injuries", &[Injured])],
        );
        check("There were no fatalities.", &[("no fatalities", &[Killed])]);
        check("No deaths were reported.", &[("No deaths", &[Killed])]);
    }

    #[test]
    fn an_object_naming_no_one() {
        check(
            "The rocket landed in a field, injuring no one.",
            &[("injuring no one", &[Injured])],
        );
        check("The blast killed nobody.", &[("killed nobody", &[Killed])]);
    }

    #[test]
    fn what_is_not_a_zero_without_a_group() {
        check("No one claimed responsibility for the attack.", &[]);
        check("Nobody knows how many were killed.", &[]);
        check("Guards made sure no one would be hurt.", &[]);
        check("There were no reports of casualties.", &[]);
        check("There were no casualties among the peacekeepers.", &[]);
        check("There were no injuries to U.S. forces.", &[]);
        check("No U.S. troops were wounded.", &[]);
        check("None of the soldiers were hurt.", &[]);
        check("No one was available for comment on the dead.", &[]);
        check("Four peacekeepers were injured on Friday.", &[]);
    }
}
