//! Whether two headlines of background happenings echo one another: the same place
//! named where it happened ("… its last territory at al-Baghouz", "Finally crushed at
//! Baghouz"), or the same named party after the same happening word ("Iraq declares
//! victory over ISIS", "Security forces achieve victory over ISIS"). Two reports that
//! recall one past happening in their own words often share little else; related
//! reports recalling the same period with such an echo tell one happening. Two
//! happenings of one year with different places or parties echo nothing.

use crate::extract::words::WordSet;

/// Prepositions that put a happening at a place: the capitalised word after one names
/// the place.
const LOCATIVES: WordSet<8> = WordSet::new([
    "at", "in", "near", "outside", "around", "into", "inside", "across",
]);

/// Function words skipped when reading the run of content words of a headline.
const FUNCTION_WORDS: WordSet<22> = WordSet::new([
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
    "its", "their", "over", "into", "against", "as", "that", "upon",
]);

/// One word of a headline: its folded form (lower case, no possessive, no Arabic
/// article, plural -s dropped) and whether it was written capitalised.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Word {
    folded: String,
    capital: bool,
}

/// The words of a headline, in order.
fn words(title: &str) -> Vec<Word> {
    title
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let w = w.trim_end_matches("’s").trim_end_matches("'s");
            // "al-Baghouz" and "Baghouz" name one place.
            let bare = ["al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "ar-"]
                .iter()
                .find_map(|p| w.strip_prefix(p))
                .unwrap_or(w);
            let capital = bare.starts_with(|c: char| c.is_uppercase());
            let lower = bare.to_lowercase();
            let folded = match lower.strip_suffix('s') {
                Some(stem) if stem.len() > 3 && !lower.ends_with("ss") => stem.to_string(),
                _ => lower,
            };
            Word { folded, capital }
        })
        .collect()
}

/// The places a headline names after a locative preposition (not its first word,
/// which any headline capitalises).
fn places(ws: &[Word]) -> Vec<&str> {
    ws.windows(2)
        .filter(|p| LOCATIVES.contains(p[0].folded.as_str()) && p[1].capital)
        .map(|p| p[1].folded.as_str())
        .collect()
}

/// The pairs of neighbouring content words (function words skipped) in which the
/// second is a name written capitalised and the first a lower-case word: a happening
/// word and its named party ("victory [over] ISIS", "raid [on] Tikrit").
fn named_pairs(ws: &[Word]) -> Vec<(&str, &str)> {
    let content: Vec<&Word> = ws
        .iter()
        .filter(|w| w.folded.len() > 1 && !FUNCTION_WORDS.contains(w.folded.as_str()))
        .collect();
    content
        .windows(2)
        .filter(|p| !p[0].capital && p[1].capital)
        .map(|p| (p[0].folded.as_str(), p[1].folded.as_str()))
        .collect()
}

/// True when headlines `a` and `b` name the same place where something happened, or
/// the same happening word with the same named party after it.
pub fn titles_echo(a: &str, b: &str) -> bool {
    let (x, y) = (words(a), words(b));
    let (px, py) = (places(&x[1.min(x.len())..]), places(&y[1.min(y.len())..]));
    if px.iter().any(|p| py.contains(p)) {
        return true;
    }
    let (nx, ny) = (named_pairs(&x), named_pairs(&y));
    nx.iter().any(|p| ny.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_place_echoes() {
        for (a, b) in [
            (
                "Rebels lose their last stronghold at al-Qusayr",
                "Finally routed at Qusayr",
            ),
            (
                "Army retakes the bridge near Ramadi",
                "Heavy fighting near Ramadi",
            ),
            (
                "Insurgents overrun the garrison in Kunduz",
                "Kunduz garrison falls to insurgents in Kunduz",
            ),
            (
                "Troops pushed out of the old city at el-Mina",
                "The siege ends at Mina",
            ),
            (
                "Militia driven from its bases around Tessalit",
                "Fighting around Tessalit's airstrip",
            ),
        ] {
            assert!(titles_echo(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn the_same_happening_and_party_echo() {
        for (a, b) in [
            (
                "Kabul declares victory over the Taliban",
                "Soldiers achieve victory over Taliban",
            ),
            (
                "Parliament votes independence from Spain",
                "Region wins independence from Spain",
            ),
            (
                "Talks bring a truce with Hamas",
                "Egypt brokers truce with Hamas",
            ),
            (
                "Drone strike on Tikrit",
                "Second strike on Tikrit's outskirts",
            ),
            (
                "Government ends the siege of Marawi",
                "The army lifts the siege of Marawi",
            ),
        ] {
            assert!(titles_echo(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn other_places_and_parties_do_not_echo() {
        for (a, b) in [
            // Same year, different actors and places.
            (
                "Rebels seize the airport at Gao",
                "Rebels seize the town of Kidal",
            ),
            (
                "Kabul declares victory over the Taliban",
                "Kabul declares victory over ISIS-K",
            ),
            ("Drone strike on Tikrit", "Drone strike on Samarra"),
            // A shared name that is only the subject (first word) of both.
            ("Hamas attack on Israel", "Hamas fires rockets"),
            ("ISIS declares its caliphate", "ISIS captures Mosul"),
            // A place as subject of one and locative of the other is no echo alone.
            ("Mosul falls", "Protests in Basra"),
        ] {
            assert!(!titles_echo(a, b), "{a} / {b}");
        }
    }
}
