//! What sort of thing an event is, from the words of the clause that states it.
//! Checked in order: statistic, war, territorial, attack, casualties, political,
//! statement; anything else is `other`.

use crate::model::EventKind;

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

/// The kind of an event stated by a clause with these normalised words.
pub fn classify(words: &[&str]) -> EventKind {
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if has(STATISTIC) {
        EventKind::Statistic
    } else if has(WAR) {
        EventKind::War
    } else if has(TERRITORIAL) {
        EventKind::Territorial
    } else if has(ATTACK) {
        EventKind::Attack
    } else if has(CASUALTIES) {
        EventKind::Casualties
    } else if has(POLITICAL) {
        EventKind::Political
    } else if has(STATEMENT) {
        EventKind::Statement
    } else {
        EventKind::Other
    }
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
