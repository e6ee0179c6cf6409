//! Parts of a figure told in the sentence after it: "80 people were killed. Of those,
//! 16 were ISIS fighters and four were civilians." A sentence that opens with "Of
//! those" (them, these, the dead, the victims, "the 72 wounded") or with a part of the
//! dead or wounded ("Four of the dead were contractors, three were soldiers") names
//! no outcome verb of its own; each "N were …" in it is a part of the figure before
//! (the last one of the outcome and count the opening names), with that figure's
//! outcome. Parts of another side than the whole's are figures of their own and make
//! the whole mixed (GUIDELINES, Groups: subsets).

use super::counts::{RawFigure, Refers};
use super::lexicon::{group_of, is_person_head, qualifier_before};
use crate::extract::actors::Actors;
use crate::extract::words::{Token, WordSet};
use crate::model::{Group, Outcome, Qualifier};

/// Words after "Of" that point back to people counted before.
const POINTERS: WordSet<9> = WordSet::new([
    "those",
    "them",
    "these",
    "dead",
    "victims",
    "wounded",
    "injured",
    "killed",
    "casualties",
]);

/// How a sentence of parts opens, and what it says of the whole it splits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opening {
    /// The outcome its pointer names ("the dead", "the wounded"); `None` for "those",
    /// "them", "the victims".
    pub outcome: Option<Outcome>,
    /// The whole's count when the opening restates it ("Of the 72 wounded").
    pub count: Option<u32>,
    /// True when the opening is itself the first part ("Four of the dead were …").
    part_first: bool,
    /// True when the sentence opens with a bare part and no pointer ("Nine were
    /// soldiers."): it splits only a figure of the sentence right before it.
    pub bare: bool,
}

/// The outcome a pointer word names, if it names one.
fn pointer_outcome(w: &str) -> Option<Outcome> {
    match w {
        "dead" | "killed" => Some(Outcome::Killed),
        "wounded" | "injured" => Some(Outcome::Injured),
        _ => None,
    }
}

/// How the sentence opens, when it opens a list of parts: "Of those,", "Of the dead,",
/// "Of the 72 wounded," or "Four of the dead were …" (a part of people named by their
/// outcome; "Sixteen of those were …" points back to no outcome and opens none).
/// Reads the sentence's first words, past any quote mark.
pub fn opening(toks: &[Token]) -> Option<Opening> {
    // The first seven words, read in place (most sentences open otherwise).
    let mut all: [Option<&Token>; 7] = [None; 7];
    for (slot, t) in all.iter_mut().zip(toks.iter().filter(|t| t.is_word)) {
        *slot = Some(t);
    }
    // A first part may carry its qualifier ("At least 25 of the dead were children").
    let lead = qualified_lead(&all);
    let words = &all[lead..];
    let first = words[0]?;
    if first.norm != "of" && first.count.is_none() {
        return None;
    }
    let norm = |k: usize| {
        words
            .get(k)
            .copied()
            .flatten()
            .map_or("", |t| t.norm.as_str())
    };
    if norm(0) == "of" {
        let mut k = 1;
        if norm(k) == "the" {
            k += 1;
        }
        let count = words
            .get(k)
            .copied()
            .flatten()
            .and_then(|t| t.count)
            .filter(|_| norm(1) == "the");
        if count.is_some() {
            k += 1;
        }
        return POINTERS.contains(norm(k)).then(|| Opening {
            outcome: pointer_outcome(norm(k)),
            count,
            part_first: false,
            bare: false,
        });
    }
    // "Nine were soldiers and three were civilians.": parts with no pointer.
    if first.count.is_some_and(|c| c > 0) && COPULAS.contains(norm(1)) {
        return Some(Opening {
            outcome: None,
            count: None,
            part_first: false,
            bare: true,
        });
    }
    let outcome = pointer_outcome(norm(3));
    (first.count.is_some_and(|c| c > 0)
        && norm(1) == "of"
        && norm(2) == "the"
        && outcome.is_some()
        && COPULAS.contains(norm(4)))
    .then_some(Opening {
        outcome,
        count: None,
        part_first: true,
        bare: false,
    })
}

/// How many words of a qualifier ("at least", "more than", "nearly") open a sentence
/// before its first count: 0 when it opens otherwise.
fn qualified_lead(words: &[Option<&Token>]) -> usize {
    let norms: Vec<&str> = words
        .iter()
        .take(3)
        .map_while(|t| *t)
        .map(|t| t.norm.as_str())
        .collect();
    (1..=2)
        .find(|&k| {
            words
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|t| t.count.is_some())
                && norms.len() >= k
                && qualifier_before(&norms[..k]).1 == k
        })
        .unwrap_or(0)
}

/// Copulas of a part: "16 were ISIS fighters", "one was a child".
const COPULAS: WordSet<4> = WordSet::new(["were", "was", "are", "is"]);

/// Most words of a part's people ("members of the Iraqi security forces").
const PEOPLE_WORDS: usize = 6;

/// The parts a sentence opening with "Of those, …" gives of `whole` (the article's
/// figure just before it), each with its people's group, the whole's outcome and
/// `subset` set; empty when the sentence is of no such shape or a part names no
/// people. Captures are not split: "Of those, 16 were released" says no side.
pub fn parts_of(
    text: &str,
    toks: &[Token],
    whole: (Outcome, u32),
    actors: &Actors,
) -> Vec<RawFigure> {
    let (outcome, total) = whole;
    let Some(open) = opening(toks) else {
        return Vec::new();
    };
    if outcome == Outcome::Captured {
        return Vec::new();
    }
    // The first count of a sentence that opens with its first part ("Four of the dead
    // were …"): its copula comes after the pointer.
    let first_count = toks.iter().position(|t| t.count.is_some());
    let mut parts = Vec::new();
    let mut sum = 0u32;
    for i in 0..toks.len() {
        let Some(count) = toks[i].count.filter(|&c| c > 0) else {
            continue;
        };
        let copula = if open.part_first && Some(i) == first_count {
            i + 4
        } else {
            i + 1
        };
        if !toks.get(copula).is_some_and(|t| COPULAS.contains(&t.norm)) {
            continue;
        }
        // The people: words up to a clause mark, their head a noun of people.
        let people: Vec<&Token> = toks[copula + 1..]
            .iter()
            .take_while(|t| t.is_word && t.norm != "and" && t.norm != "while")
            .take(PEOPLE_WORDS)
            .collect();
        let Some(head) = people.iter().rposition(|t| is_person_head(&t.norm)) else {
            return Vec::new();
        };
        let phrase = &people[..=head];
        let group = group_of(text, phrase)
            .or_else(|| actors.generic_force(text, phrase))
            .unwrap_or(Group::Other);
        sum = sum.saturating_add(count);
        parts.push(RawFigure {
            range: toks[i].range.start..phrase[head].range.end,
            group: Some(group),
            outcome,
            count,
            qualifier: {
                let before: Vec<&str> = toks[i.saturating_sub(3)..i]
                    .iter()
                    .map(|t| t.norm.as_str())
                    .collect();
                qualifier_before(&before).0
            },
            note: None,
            refers: Refers::Stated,
            who: Some(phrase[0].range.start..phrase[head].range.end),
            subset: true,
        });
    }
    // Parts count no more people than the whole.
    if sum > total {
        return Vec::new();
    }
    parts
}

/// Marks that open a bullet line.
fn is_bullet(t: &Token) -> bool {
    !t.is_word
        && matches!(
            t.norm.as_str(),
            "•" | "·" | "*" | "-" | "–" | "—" | "▪" | "◦"
        )
}

/// The part a bullet line under a figure gives ("… have left 60 people dead:" then
/// "• Six ISIS members."): a count and its people after the bullet, with the whole's
/// outcome; `None` for a line of any other shape, one whose people are no noun of
/// people, or a part larger than the whole.
pub fn bullet_part(
    text: &str,
    toks: &[Token],
    whole: (Outcome, u32),
    actors: &Actors,
) -> Option<RawFigure> {
    let (outcome, total) = whole;
    if outcome == Outcome::Captured || !toks.first().is_some_and(is_bullet) {
        return None;
    }
    let at = 1 + toks[1..].iter().position(|t| !is_bullet(t))?;
    let count = toks[at].count.filter(|&c| c > 0 && c <= total)?;
    // The people: words up to a mark of punctuation, their head a noun of people
    // ("41 members of SDF, the Internal Security Forces …": "members of SDF").
    let people: Vec<&Token> = toks[at + 1..]
        .iter()
        .take_while(|t| t.is_word)
        .take(PEOPLE_WORDS)
        .collect();
    let head = people.iter().position(|t| is_person_head(&t.norm))?;
    // The head and what names its side after it ("members of SDF").
    let end = people
        .iter()
        .skip(head + 1)
        .position(|t| {
            !matches!(t.norm.as_str(), "of" | "the") && !t.raw(text).starts_with(char::is_uppercase)
        })
        .map_or(people.len(), |p| head + 1 + p);
    let phrase = &people[..end];
    let group = group_of(text, phrase)
        .or_else(|| actors.generic_force(text, phrase))
        .unwrap_or(Group::Other);
    Some(RawFigure {
        range: toks[at].range.start..toks.last().map_or(toks[at].range.end, |t| t.range.end),
        group: Some(group),
        outcome,
        count,
        qualifier: Qualifier::Exact,
        note: None,
        refers: Refers::Stated,
        who: Some(phrase[0].range.start..phrase[end - 1].range.end),
        // Each bullet is an entry of the breakdown, whatever the whole's group:
        // "• Four guards" stays under a mixed "60 people" (GUIDELINES, subsets).
        subset: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    fn parts(input: &str, whole: (Outcome, u32)) -> Vec<(Group, Outcome, u32)> {
        let toks = tokenize(input, 0..input.len());
        parts_of(input, &toks, whole, &Actors::default())
            .into_iter()
            .map(|f| (f.group.unwrap_or(Group::Other), f.outcome, f.count))
            .collect()
    }

    #[test]
    fn a_part_keeps_the_qualifier_it_opens_with() {
        use Group::*;
        use Outcome::*;
        use Qualifier::*;
        for (input, whole, expected) in [
            (
                "At least 25 of the dead were children.",
                (Killed, 80),
                vec![(Civilians, Killed, 25, AtLeast)],
            ),
            (
                "More than 20 of the wounded were Iraqi soldiers.",
                (Injured, 60),
                vec![(PartnerForces, Injured, 20, MoreThan)],
            ),
            (
                "Nearly 12 of the dead were women.",
                (Killed, 30),
                vec![(Civilians, Killed, 12, About)],
            ),
            (
                "Of those, about 40 were shepherds and 3 were U.S. soldiers.",
                (Injured, 50),
                vec![
                    (Civilians, Injured, 40, About),
                    (UsForces, Injured, 3, Exact),
                ],
            ),
            (
                "Over 9 of the injured were Kurdish police officers.",
                (Injured, 33),
                vec![(PartnerForces, Injured, 9, MoreThan)],
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<_> = parts_of(input, &toks, whole, &Actors::default())
                .into_iter()
                .map(|f| (f.group.unwrap_or(Other), f.outcome, f.count, f.qualifier))
                .collect();
            assert_eq!(got, expected, "{input}");
        }
    }

    #[test]
    fn a_sentence_of_those_splits_the_figure_before_it() {
        use Group::*;
        use Outcome::*;
        for (input, whole, expected) in [
            (
                "Of those, 16 were ISIS fighters and four were civilians.",
                (Killed, 80),
                vec![(Militants, Killed, 16), (Civilians, Killed, 4)],
            ),
            (
                "Of them, three were Iraqi soldiers, while two were children.",
                (Injured, 9),
                vec![(PartnerForces, Injured, 3), (Civilians, Injured, 2)],
            ),
            (
                "Of the dead, 12 were women and 9 were children.",
                (Killed, 40),
                vec![(Civilians, Killed, 12), (Civilians, Killed, 9)],
            ),
            (
                "Of these, one was a U.S. soldier.",
                (Injured, 5),
                vec![(UsForces, Injured, 1)],
            ),
            (
                "Of the victims, seven were Kurdish Peshmerga fighters.",
                (Killed, 10),
                vec![(PartnerForces, Killed, 7)],
            ),
            (
                "\"Of those, two were children,\" a medic said.",
                (Killed, 6),
                vec![(Civilians, Killed, 2)],
            ),
        ] {
            assert_eq!(parts(input, whole), expected, "{input}");
        }
    }

    #[test]
    fn a_part_of_the_dead_or_a_restated_whole_opens_the_parts() {
        use Group::*;
        use Outcome::*;
        for (input, whole, expected) in [
            (
                "Of the 40 injured, 12 were Iraqi police officers.",
                (Injured, 40),
                vec![(PartnerForces, Injured, 12)],
            ),
            (
                "Three of the dead were girls and two were Iraqi soldiers.",
                (Killed, 9),
                vec![(Civilians, Killed, 3), (PartnerForces, Killed, 2)],
            ),
            (
                "Two of the wounded are U.S. soldiers, the base said.",
                (Injured, 6),
                vec![(UsForces, Injured, 2)],
            ),
            (
                "Of the 15 killed, nine were Peshmerga fighters.",
                (Killed, 15),
                vec![(PartnerForces, Killed, 9)],
            ),
            (
                "\"Eleven of the dead were women,\" the mayor told reporters.",
                (Killed, 30),
                vec![(Civilians, Killed, 11)],
            ),
        ] {
            assert_eq!(parts(input, whole), expected, "{input}");
        }
        // What each opening says of its whole.
        let open = |input: &str| opening(&tokenize(input, 0..input.len()));
        assert_eq!(
            open("Of the 72 wounded, 44 were soldiers.").map(|o| (o.outcome, o.count)),
            Some((Some(Injured), Some(72)))
        );
        assert_eq!(
            open("Of those, two were children.").map(|o| (o.outcome, o.count)),
            Some((None, None))
        );
        assert_eq!(
            open("Four of the dead were buried on Friday.").map(|o| o.outcome),
            Some(Some(Killed))
        );
        assert_eq!(open("Four of the soldiers were hurt."), None);
        assert_eq!(open("Of 30 recruits, none stayed."), None);
    }

    #[test]
    fn other_shapes_and_parts_larger_than_the_whole_split_nothing() {
        for (input, whole) in [
            // Not a part of people: a state, no noun of people.
            (
                "Of those, 76 have returned to duty.",
                (Outcome::Injured, 110),
            ),
            ("Of those, 16 were seriously hurt.", (Outcome::Injured, 40)),
            (
                "Four of the dead were buried on Friday.",
                (Outcome::Killed, 9),
            ),
            (
                "Of the 30 wounded, 12 were discharged.",
                (Outcome::Injured, 30),
            ),
            // More than the whole counted.
            ("Of those, 90 were civilians.", (Outcome::Killed, 80)),
            // Not opening the sentence.
            ("Sixteen of those were civilians.", (Outcome::Killed, 80)),
            // Captures say no side.
            ("Of those, 16 were ISIS fighters.", (Outcome::Captured, 30)),
            // Counts past any whole add up without overflowing.
            (
                "Of those, 4000000000 were civilians and 4000000000 were soldiers.",
                (Outcome::Killed, 80),
            ),
        ] {
            assert_eq!(parts(input, whole), [], "{input}");
        }
    }
}
