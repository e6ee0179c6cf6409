//! The place an event's sentence names, for its headline: "near Abu Kamal", "in
//! Hasakah", "outside al-Qaryatayn". Headlines say where ("US strikes militia sites
//! near Abu Kamal"); the subject–verb–object title a sentence gives often stops
//! before its place phrase, so the phrase is added when it fits.
//!
//! A place phrase is a preposition of place followed by one to three capitalised
//! words (a name may open with "al-"); calendar names, actors and bodies ("in the
//! Islamic State group", "in a Pentagon statement") are no places.

use crate::extract::casualty::counts::is_month_name;
use crate::extract::dating::weekday_number;
use crate::extract::words::{Token, WordSet};

/// Prepositions that open a place phrase.
const PLACE_PREPOSITIONS: WordSet<4> = WordSet::new(["near", "in", "at", "outside"]);

/// Capitalised words that open no place besides calendar names: actors, bodies and
/// articles.
const NOT_PLACES: WordSet<13> = WordSet::new([
    "islamic",
    "isis",
    "is",
    "us",
    "u.s",
    "pentagon",
    "centcom",
    "congress",
    "parliament",
    "washington",
    "the",
    "a",
    "an",
]);

/// The longest title a place is added to.
const MAX_TITLE: usize = 60;

/// How many capitalised words a place name may run.
const MAX_NAME_WORDS: usize = 3;

/// The first place phrase of a sentence: its preposition and name, as written
/// ("near Abu Kamal"), or `None`.
pub fn place_phrase(text: &str, toks: &[Token]) -> Option<String> {
    let capital = |t: &Token| {
        t.is_word
            && t.raw(text)
                .trim_start_matches("al-")
                .starts_with(|c: char| c.is_uppercase())
    };
    for (k, t) in toks.iter().enumerate() {
        if !t.is_word || !PLACE_PREPOSITIONS.contains(&t.norm) {
            continue;
        }
        // The preposition itself in lower case (not a capitalised "In" opening the
        // sentence, which is as often a date's).
        if !t.raw(text).starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        let name: Vec<&Token> = toks[k + 1..]
            .iter()
            .take(MAX_NAME_WORDS)
            .take_while(|n| capital(n))
            .collect();
        let (Some(first), Some(last)) = (name.first(), name.last()) else {
            continue;
        };
        let calendar = is_month_name(&first.norm) || weekday_number(text, first).is_some();
        // A named armed group ("in ISIL attack", "in Daesh attack") is no place.
        let group = name
            .iter()
            .any(|n| crate::extract::casualty::lexicon::is_militant_marker(text, n));
        if calendar || group || NOT_PLACES.contains(&first.norm) {
            continue;
        }
        // A name that goes on past three words is an organisation's, not a place's.
        if toks.get(k + 1 + name.len()).is_some_and(&capital) {
            continue;
        }
        let words = text.get(first.range.start..last.range.end)?;
        return Some(format!("{} {words}", t.raw(text)));
    }
    None
}

/// `title` with `place` after it, when the title names no word of the place and the
/// two fit in a headline.
pub fn with_place(title: String, place: &str) -> String {
    let lower = title.to_lowercase();
    // The title names the place, or a place of its own after a preposition
    // ("… territory in Syria", "Withdrawal from Afghanistan", "assault on Israel").
    let named = place
        .split_whitespace()
        .skip(1)
        .any(|w| lower.contains(&w.to_lowercase()))
        || title
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                matches!(
                    w[0],
                    "in" | "near" | "at" | "outside" | "from" | "on" | "into" | "to"
                ) && w[1]
                    .trim_start_matches("al-")
                    .starts_with(|c: char| c.is_uppercase())
            });
    if named || title.is_empty() || title.chars().count() + 1 + place.chars().count() > MAX_TITLE {
        return title;
    }
    format!("{title} {place}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    fn place(s: &str) -> Option<String> {
        place_phrase(s, &tokenize(s, 0..s.len()))
    }

    #[test]
    fn a_preposition_and_a_name_are_a_place() {
        for (s, want) in [
            (
                "US jets struck two militia sites near Abu Kamal early Tuesday.",
                "near Abu Kamal",
            ),
            (
                "A roadside bomb hit a patrol outside al-Qaryatayn on Friday.",
                "outside al-Qaryatayn",
            ),
            (
                "Rockets landed in Hasakah province overnight.",
                "in Hasakah",
            ),
            (
                "Gunmen attacked a checkpoint at Tal Baydar on Sunday.",
                "at Tal Baydar",
            ),
            (
                "Drones hit the coalition compound in Sulaymaniyah, officials said.",
                "in Sulaymaniyah",
            ),
        ] {
            assert_eq!(place(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn dates_actors_and_organisations_are_no_places() {
        for s in [
            "Rockets hit the base in March.",
            "Three fighters of the group died in the Islamic State attack.",
            "The raid was announced in a Pentagon statement.",
            "In Mosul, troops searched houses.",
            "He served in the Syrian Democratic Forces Military Council for years.",
            // A named armed group opens no place.
            "Eleven soldiers were killed in ISIL attack on army post.",
            "Two guards died in Daesh raid on the depot.",
            "Nine were hurt in Houthi drone strikes.",
            "Five policemen were killed in Shabaab ambush.",
            "Militants shot dead at Hamas checkpoint were named.",
        ] {
            assert_eq!(place(s), None, "{s}");
        }
    }

    #[test]
    fn a_place_is_added_when_the_title_lacks_it_and_fits() {
        assert_eq!(
            with_place("US strikes militia drone sites".into(), "near Abu Kamal"),
            "US strikes militia drone sites near Abu Kamal"
        );
        // Already named.
        assert_eq!(
            with_place("Drone hits base near Abu Kamal".into(), "near Abu Kamal"),
            "Drone hits base near Abu Kamal"
        );
        // A place of its own already, after a preposition.
        for own in [
            "ISIS loses its territory in Syria",
            "Withdrawal from Afghanistan",
            "Violent assault on Israel by Hamas",
            "Rockets fall near Erbil",
            "Convoy drives into Raqqa",
        ] {
            assert_eq!(with_place(own.into(), "in Iraq"), own);
        }
        assert_eq!(
            with_place("Attack injures five US personnel".into(), "in Iraq"),
            "Attack injures five US personnel in Iraq"
        );
        // Too long for a headline.
        let long = "Coalition strike kills four ISIS fighters south of the town";
        assert_eq!(with_place(long.into(), "near Ayn Issa"), long);
    }
}
