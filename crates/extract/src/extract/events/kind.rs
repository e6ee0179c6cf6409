//! What sort of thing an event is, from the words of the clause that states it.
//! Checked in order: statistic, war, territorial, attack, casualties, political,
//! statement; anything else is `other`.

use crate::extract::words::{word_key, WordLike, WordSet};
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
    "overran",
    "overrun",
    "capture",
    "seizure",
    "liberation",
    "occupation",
    "occupied",
    "annexed",
    "defeated",
    "defeat",
    "collapsed",
    "collapse",
    "ousted",
    "expelled",
    "dislodged",
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
    "ambushed",
    "stormed",
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
    "struck",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "mortar",
    "mortars",
    "assassination",
    "assassinated",
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

/// True for a noun (or verb) of a raid, strike or attack (the attack word list).
pub fn is_incident_noun<W: WordLike + ?Sized>(w: &W) -> bool {
    ATTACK_SET.contains(w)
}

/// [`ATTACK`] as a [`WordSet`], for [`is_incident_noun`]: a search of keys, not a scan
/// of strings.
const ATTACK_SET: WordSet<{ ATTACK.len() }> = WordSet::new({
    let mut out = [""; ATTACK.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = ATTACK[i];
        i += 1;
    }
    out
});

#[cfg(test)] // only the tests use it
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
            if !could_be_listed(&index.first_lengths, key) {
                continue;
            }
            seen |= index.lists_of(key);
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
/// (list `k` → bit `k`), in an open-addressing hash table: one probe or two per word
/// instead of a scan of every list (or a binary search over all their words: many
/// words of a clause pass the first-byte and length filter).
struct WordIndex {
    /// `(key, lists)` slots, a quarter full at most; key 0 (the empty word, in no
    /// list) marks an empty slot.
    slots: Vec<(u128, u8)>,
    /// Slot count minus one (the count is a power of two).
    mask: usize,
    /// For each first byte, bit `n` set when some listed word starting with it has
    /// `n` bytes: most words of a sentence are turned away by these two alone.
    first_lengths: [u32; 256],
}

/// The length in bytes of the word packed in `key`, and its first byte.
fn length_and_first(key: u128) -> (u32, usize) {
    (16 - key.trailing_zeros() / 8, (key >> 120) as usize)
}

/// False when no listed word has the first byte and length of the word packed in `key`.
fn could_be_listed(first_lengths: &[u32; 256], key: u128) -> bool {
    let (len, first) = length_and_first(key);
    first_lengths[first] & 1 << len != 0
}

/// The [`WordIndex`], built on first use.
fn word_index() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut words: Vec<(u128, u8)> = Vec::new();
        for (k, list) in LISTS.iter().enumerate() {
            for w in list.iter() {
                let Some(key) = word_key(w) else { continue };
                match words.iter_mut().find(|e| e.0 == key) {
                    Some(e) => e.1 |= 1 << k,
                    None => words.push((key, 1 << k)),
                }
            }
        }
        let mut first_lengths = [0u32; 256];
        for &(key, _) in &words {
            let (len, first) = length_and_first(key);
            first_lengths[first] |= 1 << len;
        }
        let size = (words.len() * 4).next_power_of_two();
        let mut index = WordIndex {
            slots: vec![(0, 0); size],
            mask: size - 1,
            first_lengths,
        };
        for (key, lists) in words {
            let mut at = index.home(key);
            while index.slots[at].0 != 0 {
                at = (at + 1) & index.mask;
            }
            index.slots[at] = (key, lists);
        }
        index
    })
}

impl WordIndex {
    /// The home slot of `key`.
    fn home(&self, key: u128) -> usize {
        let h = ((key as u64) ^ ((key >> 64) as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> 40) as usize & self.mask
    }

    /// The lists (as bits) holding the word packed to `key`; 0 for a word in none.
    fn lists_of(&self, key: u128) -> u8 {
        if key == 0 {
            return 0;
        }
        let mut at = self.home(key);
        loop {
            let (k, lists) = self.slots[at];
            if k == key {
                return lists;
            }
            if k == 0 {
                return 0;
            }
            at = (at + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn incident_nouns_are_the_attack_list() {
        for w in ATTACK {
            assert!(is_incident_noun(*w), "{w}");
        }
        for w in [
            "",
            "raidz",
            "attacks!",
            "seventeen-letters",
            "raid\0",
            "said",
        ] {
            assert_eq!(is_incident_noun(w), ATTACK.contains(&w), "{w}");
        }
    }

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
    fn the_hash_table_finds_each_word_in_exactly_its_lists() {
        let index = word_index();
        for w in LISTS.iter().flat_map(|l| l.iter()) {
            let lists = LISTS
                .iter()
                .enumerate()
                .filter(|(_, l)| l.contains(w))
                .fold(0u8, |bits, (k, _)| bits | 1 << k);
            assert_eq!(index.lists_of(word_key(w).unwrap()), lists, "{w}");
        }
        for w in ["", "the", "raids!", "kill", "x"] {
            assert_eq!(index.lists_of(word_key(w).unwrap()), 0, "{w}");
        }
    }

    #[test]
    fn every_listed_word_passes_the_first_byte_and_length_filter() {
        let index = word_index();
        for w in LISTS.iter().flat_map(|l| l.iter()) {
            let key = word_key(w).unwrap();
            assert!(could_be_listed(&index.first_lengths, key), "{w}");
        }
        assert!(!could_be_listed(
            &index.first_lengths,
            word_key("the").unwrap()
        ));
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
        check("the rebels were largely defeated", EventKind::Territorial);
        check(
            "the movement's rule over the delta collapsed",
            EventKind::Territorial,
        );
        check(
            "troops ousted the militia from the port",
            EventKind::Territorial,
        );
        check(
            "the gang was expelled from the city",
            EventKind::Territorial,
        );
        check("the army dislodged the rebels", EventKind::Territorial);
    }

    #[test]
    fn lanes_follow_the_verb_and_actors() {
        // Conflict lane: invasions and wars.
        for c in [
            "Northland invaded its neighbour",
            "the invasion of the island began at dawn",
            "the border war broke out",
            "a long insurgency started in the hills",
            "the campaign against the rebels opened",
        ] {
            check(c, EventKind::War);
        }
        // Conflict lane: peaks and defeats of a movement's territory.
        for c in [
            "at its peak the movement ruled the delta",
            "the rebels lost their territory in the south",
            "the militia was defeated in the valley",
            "the army recaptured the port",
            "its self-declared state collapsed",
        ] {
            check(c, EventKind::Territorial);
        }
        // Conflict lane: raids and attacks on bases.
        for c in [
            "commandos raided a farmhouse",
            "rockets hit the air base in an attack",
            "a drone struck the outpost in an overnight strike",
            "gunmen staged an ambush on the road",
            "the blast tore through the depot",
        ] {
            check(c, EventKind::Attack);
        }
        // Conflict lane: weapons fired at a place, and targeted killings.
        for c in [
            "eleven ballistic missiles struck the northern airfield",
            "a salvo of rockets landed near the embassy",
            "mortars fell on the garrison at night",
            "the assassination of the border governor",
            "the colonel was assassinated outside his home",
        ] {
            check(c, EventKind::Attack);
        }
        // Politics lane: talks, elections, agreements.
        for c in [
            "the two governments held talks on the mission",
            "voters went to the polls in the election",
            "both sides signed an agreement",
            "the parliament elected a new speaker",
            "the envoys met at a summit",
        ] {
            check(c, EventKind::Political);
        }
    }
}
