//! Steps of a person's career told in an obituary or a profile: enlisting, a medal, a
//! promotion, a diagnosis, leaving the army for a job, a child's birthday. They date a
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

/// True when the clause tells a step in a person's life (see the module comment).
pub fn is_life_step(toks: &[Token], clause: Range<usize>) -> bool {
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    if words.iter().any(|&i| {
        super::aftermath::is_harm_word(&toks[i].norm)
            || super::kind::is_incident_noun(&toks[i].norm)
    }) {
        return false;
    }
    words.iter().enumerate().any(|(k, &i)| {
        let w = &toks[i].norm;
        let next = |n: usize| words.get(k + n).map(|&j| toks[j].norm.as_str());
        LIFE_VERBS.contains(w)
            // "joined the Army", "after leaving the Marine Corps"
            || SERVICE_MOVES.contains(w)
                && (1..=3).any(|n| next(n).is_some_and(|x| SERVICES.contains(x)))
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
}
