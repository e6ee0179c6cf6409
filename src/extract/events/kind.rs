//! What sort of thing an event is, from the words of the clause that states it.
//! Checked in order: statistic, war, territorial, attack, casualties, political,
//! statement; anything else is `other`.

use crate::extract::words::word_key;
use crate::model::EventKind;
use std::sync::OnceLock;

/// Words of a count or statistic over a period ("this year's attack count").
const STATISTIC: &[&str] = &[
    "count",
    "comparison",
    "compared",
    "tally",
    "statistics",
    "percent",
    "average",
    "total",
];

/// Words of a war, invasion or campaign.
const WAR: &[&str] = &[
    "war",
    "invaded",
    "invasion",
    "conflict",
    "campaign",
    "insurgency",
];

/// Words of territory won or lost.
const TERRITORIAL: &[&str] = &[
    "territory",
    "controlled",
    "ruled",
    "seized",
    "swept",
    "swaths",
    "swath",
    "peak",
    "captured",
    "caliphate",
    "liberated",
    "retook",
    "recaptured",
];

/// Words of a raid, strike or attack.
const ATTACK: &[&str] = &[
    "raid",
    "raided",
    "raids",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacks",
    "attacked",
    "bombing",
    "bomb",
    "assault",
    "ambush",
    "operation",
    "drone",
    "drones",
    "bomber",
    "bombers",
    "shooting",
    "shelled",
    "shelling",
    "explosion",
    "blast",
];

/// Words of casualties without an attack word.
const CASUALTIES: &[&str] = &[
    "killed", "died", "dead", "death", "wounded", "injured", "killing",
];

/// Words of talks, elections, agreements, missions and leadership changes.
const POLITICAL: &[&str] = &[
    "coalition",
    "established",
    "formed",
    "talks",
    "election",
    "elections",
    "agreement",
    "mission",
    "took",
    "succeeded",
    "appointed",
    "withdrawal",
    "treaty",
    "deal",
    "summit",
    "elected",
    "resigned",
    "leader",
];

/// Words of an announcement.
const STATEMENT: &[&str] = &[
    "said",
    "announced",
    "statement",
    "says",
    "reported",
    "confirmed",
];

/// The kinds in the order they are checked.
const ORDER: [EventKind; 7] = [
    EventKind::Statistic,
    EventKind::War,
    EventKind::Territorial,
    EventKind::Attack,
    EventKind::Casualties,
    EventKind::Political,
    EventKind::Statement,
];

/// The word lists, in [`ORDER`].
const LISTS: [&[&str]; 7] = [
    STATISTIC,
    WAR,
    TERRITORIAL,
    ATTACK,
    CASUALTIES,
    POLITICAL,
    STATEMENT,
];

/// The kind of an event stated by a clause with these normalised words.
/// One pass over the words; each word is looked up once in every list.
pub fn classify(words: &[&str]) -> EventKind {
    classify_keys(words.iter().map(|w| word_key(w)))
}

/// [`classify`] of words given by their [`word_key`]s (`None` for a word without one,
/// which is in no list): tokens keep their keys, so nothing is packed again.
pub fn classify_keys(keys: impl IntoIterator<Item = Option<u128>>) -> EventKind {
    let index = word_index();
    let mut seen = 0u8;
    for key in keys {
        if let Some(key) = key {
            if let Ok(at) = index.binary_search_by_key(&key, |e| e.0) {
                seen |= index[at].1;
            }
        }
        if seen & 1 != 0 {
            break;
        }
    }
    ORDER
        .iter()
        .enumerate()
        .find(|(k, _)| seen & (1 << k) != 0)
        .map_or(EventKind::Other, |(_, kind)| *kind)
}

/// Every word of [`LISTS`] (as its [`word_key`]) with the lists it is in, as bits
/// (list `k` → bit `k`), sorted by key: one binary search per word instead of a scan
/// of every list.
fn word_index() -> &'static [(u128, u8)] {
    static INDEX: OnceLock<Vec<(u128, u8)>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<(u128, u8)> = Vec::new();
        for (k, list) in LISTS.iter().enumerate() {
            for w in list.iter() {
                // Every list word is short (see the tests).
                let Some(key) = word_key(w) else { continue };
                match index.iter_mut().find(|e| e.0 == key) {
                    Some(e) => e.1 |= 1 << k,
                    None => index.push((key, 1 << k)),
                }
            }
        }
        index.sort_unstable();
        index
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: EventKind) {
        let words: Vec<String> = input
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        assert_eq!(classify(&refs), expected, "{input}");
    }

    #[test]
    fn every_list_word_has_a_key() {
        assert!(LISTS
            .iter()
            .flat_map(|l| l.iter())
            .all(|w| word_key(w).is_some()));
    }

    #[test]
    fn kinds_from_clause_words() {
        check("the United States invaded Iraq", EventKind::War);
        check(
            "rebels controlled one-third of the country",
            EventKind::Territorial,
        );
        check("forces raided a hideout", EventKind::Attack);
        check("the leader was killed", EventKind::Casualties);
        check(
            "The coalition was established to fight the group",
            EventKind::Political,
        );
        check(
            "this year's attack count could double",
            EventKind::Statistic,
        );
        check("the ministry said", EventKind::Statement);
        check("it rained", EventKind::Other);
    }
}
