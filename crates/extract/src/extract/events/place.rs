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

/// Compass words that may stand between a place preposition and its name ("in
/// western Anbar", "near northern Kirkuk").
const COMPASS: WordSet<12> = WordSet::new([
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "north-eastern",
    "north-western",
    "south-eastern",
]);

/// Nouns of a settlement named after "the … of" ("near the town of Jarablus").
const SETTLEMENTS: WordSet<7> = WordSet::new([
    "town", "city", "village", "province", "district", "region", "area",
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
        // A compass word ("in western Anbar") stays with the name; "the town of"
        // ("near the town of Jarablus") goes before it.
        let mut from = k + 1;
        let compass = toks
            .get(from)
            .filter(|n| n.is_word && COMPASS.contains(&n.norm))
            .map(|n| n.raw(text));
        if compass.is_some() {
            from += 1;
        } else if toks.get(from).is_some_and(|n| n.norm == "the")
            && toks
                .get(from + 1)
                .is_some_and(|n| SETTLEMENTS.contains(&n.norm))
            && toks.get(from + 2).is_some_and(|n| n.norm == "of")
        {
            from += 3;
        }
        let name: Vec<&Token> = toks[from.min(toks.len())..]
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
        if toks.get(from + name.len()).is_some_and(&capital) {
            continue;
        }
        let words = text.get(first.range.start..last.range.end)?;
        return Some(match compass {
            Some(c) => format!("{} {c} {words}", t.raw(text)),
            None => format!("{} {words}", t.raw(text)),
        });
    }
    None
}

/// `title` with `place` after it, when the title names no word of the place and the
/// two fit in a headline.
pub fn with_place(title: String, place: &str) -> String {
    // "… attack a prison in the city": the settlement the title leaves unnamed is
    // the place ("… a prison in Hasakah").
    let words: Vec<&str> = title.split_whitespace().collect();
    if let [.., prep, "the", noun] = words[..] {
        if PLACE_PREPOSITIONS.contains(prep) && SETTLEMENTS.contains(noun) {
            let cut = words[..words.len() - 3].join(" ");
            let (_, name) = place.split_once(' ').unwrap_or(("", place));
            return with_place(cut, &format!("{prep} {name}"));
        }
    }
    // A compass word goes when the place would not fit with it ("in northwestern
    // Syria" → "in Syria").
    let long = title.chars().count() + 1 + place.chars().count() > MAX_TITLE;
    if let Some((prep, rest)) = place.split_once(' ') {
        if let Some((compass, name)) = rest.split_once(' ') {
            if long && COMPASS.contains(compass.to_lowercase().as_str()) {
                return with_place(title, &format!("{prep} {name}"));
            }
        }
    }
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
            // A compass word stays; "the town of" goes.
            (
                "A helicopter went down in western Anbar during a sandstorm.",
                "in western Anbar",
            ),
            (
                "Shells fell near northern Tosh overnight.",
                "near northern Tosh",
            ),
            (
                "The spokesman was killed near the town of Jarablus on Sunday.",
                "near Jarablus",
            ),
            (
                "Gunmen struck a checkpoint in the village of Kara Tepe at dawn.",
                "in Kara Tepe",
            ),
            (
                "Mortars landed in the province of Vell Norte.",
                "in Vell Norte",
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
        // The settlement a title leaves unnamed is the place.
        assert_eq!(
            with_place("Gunmen attack a prison in the city".into(), "in Tosh"),
            "Gunmen attack a prison in Tosh"
        );
        assert_eq!(
            with_place(
                "Rockets land near the village".into(),
                "in northern Kara Tepe"
            ),
            "Rockets land near northern Kara Tepe"
        );
        // A compass word goes when it would not fit.
        assert_eq!(
            with_place(
                "US strike kills two more senior ISIS officials".into(),
                "in northwestern Syria"
            ),
            "US strike kills two more senior ISIS officials in Syria"
        );
        // Too long for a headline.
        let long = "Coalition strike kills four ISIS fighters south of the town";
        assert_eq!(with_place(long.into(), "near Ayn Issa"), long);
    }
}
