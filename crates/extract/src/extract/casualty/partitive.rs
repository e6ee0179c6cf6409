//! Parts of a figure told in the sentence after it: "80 people were killed. Of those,
//! 16 were ISIS fighters and four were civilians." A sentence that opens with "Of
//! those" (them, these, the dead, the victims, the wounded) names no outcome of its
//! own; each "N were …" in it is a part of the figure before, with that
//! figure's outcome. Parts of another side than the whole's are figures of their own
//! and make the whole mixed (GUIDELINES, Groups: subsets).

use super::counts::{RawFigure, Refers};
use super::lexicon::{group_of, is_person_head};
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
    // "Of those", "Of the dead": the sentence's first words (past a quote mark).
    let first: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word)
        .take(3)
        .map(|t| t.norm.as_str())
        .collect();
    let opens = match first.as_slice() {
        ["of", "the", w, ..] => POINTERS.contains(*w),
        ["of", w, ..] => POINTERS.contains(*w),
        _ => false,
    };
    if !opens || outcome == Outcome::Captured {
        return Vec::new();
    }
    let mut parts = Vec::new();
    let mut sum = 0u32;
    for i in 0..toks.len() {
        let Some(count) = toks[i].count.filter(|&c| c > 0) else {
            continue;
        };
        if !toks.get(i + 1).is_some_and(|t| COPULAS.contains(&t.norm)) {
            continue;
        }
        // The people: words up to a clause mark, their head a noun of people.
        let people: Vec<&Token> = toks[i + 2..]
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
            qualifier: Qualifier::Exact,
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
    fn other_shapes_and_parts_larger_than_the_whole_split_nothing() {
        for (input, whole) in [
            // Not a part of people: a state, no noun of people.
            (
                "Of those, 76 have returned to duty.",
                (Outcome::Injured, 110),
            ),
            ("Of those, 16 were seriously hurt.", (Outcome::Injured, 40)),
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
