//! Steps of a person's career told in an obituary or a profile: enlisting, a medal, a
//! promotion, a diagnosis, leaving the army for a job, a post held over a span of
//! years, a child's birthday. They date a
//! life, not the conflict story the timeline tells; a step that tells a harm or an
//! incident ("was awarded the medal for the ambush in 2017") stays an event. Birth,
//! schooling and marriage are left to be events: an obituary's own timeline of its
//! subject tells them as such.

use crate::extract::words::{Token, WordSet};
use std::ops::Range;

/// Verbs of a step in a life.
const LIFE_VERBS: WordSet<10> = WordSet::new([
    "enlisted",
    "enlists",
    "awarded",
    "decorated",
    "promoted",
    "coached",
    "taught",
    "diagnosed",
    "retired",
    "retires",
]);

/// Verbs of leaving or joining, a life step when a service is their object.
const SERVICE_MOVES: WordSet<6> =
    WordSet::new(["joined", "joining", "left", "leaving", "quit", "joins"]);

/// Services one joins or leaves.
const SERVICES: WordSet<5> = WordSet::new(["army", "navy", "military", "marines", "corps"]);

/// Verbs of holding a post: over a span ("advised the council from 2018 to 2022")
/// they tell a career, not a happening.
const POST_VERBS: WordSet<9> = WordSet::new([
    "served",
    "advised",
    "worked",
    "headed",
    "chaired",
    "studied",
    "lived",
    "lectured",
    "consulted",
]);

/// Verbs of making a building or a work, whose date is its history, not a happening
/// of the story.
const MAKING_VERBS: WordSet<6> = WordSet::new([
    "built",
    "completed",
    "constructed",
    "erected",
    "rebuilt",
    "renovated",
]);

/// True when "founded" at `i` tells a firm's founding ("The company, founded in
/// 1997"): a militia's or a movement's founding is a happening of the story's
/// background.
fn founds_firm(toks: &[Token], i: usize) -> bool {
    toks[i.saturating_sub(4)..i].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "company" | "firm" | "contractor" | "corporation"
        )
    })
}

/// True when the clause tells a step in a person's life (see the module comment).
pub fn is_life_step(toks: &[Token], clause: Range<usize>) -> bool {
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    if words.iter().any(|&i| {
        super::aftermath::is_harm_word(&toks[i].norm)
            || super::kind::is_incident_noun(&toks[i].norm)
    }) {
        return false;
    }
    // "from 2018 to 2022", "from 2019 until 2021": a span of years held.
    let span = words.iter().any(|&i| toks[i].norm == "from")
        && words
            .iter()
            .any(|&i| matches!(toks[i].norm.as_str(), "to" | "until" | "till"));
    words.iter().enumerate().any(|(k, &i)| {
        let w = &toks[i].norm;
        let next = |n: usize| words.get(k + n).map(|&j| toks[j].norm.as_str());
        LIFE_VERBS.contains(w)
            || span && POST_VERBS.contains(w)
            // "joined the Army", "after leaving the Marine Corps"
            || SERVICE_MOVES.contains(w)
                && (1..=3).any(|n| next(n).is_some_and(|x| SERVICES.contains(x)))
            // "the dome, completed in 1905", "a company founded in 1997", "which was
            // built in 1962": the making of a thing, told in a participle or passive
            || (MAKING_VERBS.contains(w) || w == "founded" && founds_firm(toks, i))
                && i > 0
                && (toks[i - 1].is_punct(',')
                    || matches!(
                        toks[i - 1].norm.as_str(),
                        "was" | "were" | "been" | "is" | "are"
                    ))
            // "turned 2", "turns 40": an age reached
            || matches!(w.as_str(), "turned" | "turns")
                && words
                    .get(k + 1)
                    .is_some_and(|&j| toks[j].count.is_some_and(|c| c < 130))
    })
}

#[cfg(test)]
mod tests {
    use super::super::eventhood::{hood, Eventhood};

    #[test]
    fn the_making_of_a_thing_is_no_timeline_event() {
        for (sentence, date, value) in [
            (
                "The charges brought down the dome, which was completed in 1905.",
                "1905",
                "1905",
            ),
            (
                "The company, founded in 1997 by a former officer, denied wrongdoing.",
                "1997",
                "1997",
            ),
            (
                "The bridge, built in 1962, carried the only road north.",
                "1962",
                "1962",
            ),
            (
                "The mosque was rebuilt in 2008 with Gulf money.",
                "2008",
                "2008",
            ),
            (
                "The shrine, renovated in 2015, drew pilgrims from Iran.",
                "2015",
                "2015",
            ),
        ] {
            assert_ne!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
        // A force completing a move, a harm to what was built, or a militia's
        // founding is a happening.
        assert_eq!(
            hood("The militia was founded in 2019.", "2019", "2019"),
            Eventhood::Event
        );
        for (sentence, date, value) in [
            (
                "US troops completed their withdrawal from the air base in August 2023.",
                "August 2023",
                "2023-08",
            ),
            (
                "The bridge, built by the army, was blown up in 2014.",
                "2014",
                "2014",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn steps_of_a_life_are_no_timeline_events() {
        for (sentence, date, value) in [
            (
                "Marsh enlisted in 2009, a week after finishing school.",
                "2009",
                "2009",
            ),
            ("She was awarded the Bronze Star in 2016.", "2016", "2016"),
            (
                "After leaving the Navy in 2021, he taught chemistry in Ohio.",
                "2021",
                "2021",
            ),
            ("Their son turned 5 in March.", "March", "2024-03"),
            (
                "Kerr was diagnosed with leukaemia in the autumn of 2023.",
                "2023",
                "2023",
            ),
            ("He joined the Marine Corps in 2011.", "2011", "2011"),
        ] {
            assert_eq!(
                hood(sentence, date, value),
                Eventhood::LifeStep,
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_life_step_that_tells_harm_or_a_war_is_an_event() {
        for (sentence, date, value) in [
            (
                "She was awarded the Bronze Star for the ambush at Tosh in 2016.",
                "2016",
                "2016",
            ),
            ("Rebels left the town of Dara in 2014.", "2014", "2014"),
            (
                "Chad left the joint force in March 2023.",
                "March 2023",
                "2023-03",
            ),
            (
                "The sergeant married his childhood friend in 2014.",
                "2014",
                "2014",
            ),
            (
                "The corporal was wounded near Vell in May.",
                "May",
                "2024-05",
            ),
            (
                "Two former teachers were killed in the raid in 2019.",
                "2019",
                "2019",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn a_post_held_over_a_span_of_years_is_a_life_step() {
        for (s, d, v) in [
            (
                "He advised Iraq's National Security Council from 2018 to 2022.",
                "2018",
                "2018",
            ),
            (
                "She served at the embassy in Baghdad from 2015 until 2019.",
                "2015",
                "2015",
            ),
            (
                "From 2010 to 2014 he headed the ministry's press office.",
                "2010",
                "2010",
            ),
            (
                "The analyst worked for the UN mission from 2016 to 2020.",
                "2016",
                "2016",
            ),
            ("He lived in Mosul from 2003 till 2008.", "2003", "2003"),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::LifeStep, "{s}");
        }
        // Without a span it is no life step.
        assert_ne!(
            hood(
                "He served in the battle of Fallujah in 2004.",
                "2004",
                "2004"
            ),
            Eventhood::LifeStep
        );
    }
}
