//! The harm an incident's headline says: "Rockets slam into the base" tells what
//! happened but not what it cost; the event's figures do ("… , injuring three US
//! service members"). A headline that names no harm and no count takes its event's
//! gravest figure as a participle clause when it fits the headline's length.

use super::headline::MAX_HEADLINE;
use crate::model::{Outcome, Qualifier};

/// Words that already tell harm in a headline (present, participle or noun).
const HARM_WORDS: &[&str] = &[
    "kill",
    "kills",
    "killing",
    "killed",
    "dead",
    "dies",
    "die",
    "died",
    "death",
    "deaths",
    "wound",
    "wounds",
    "wounding",
    "wounded",
    "injure",
    "injures",
    "injuring",
    "injured",
    "injuries",
    "hurt",
    "hurts",
    "hurting",
    "martyred",
    "martyrs",
    "casualties",
    "victims",
];

/// True when the headline already tells harm or a count of people ("Blast kills
/// four", "Two soldiers shot").
pub fn tells_harm(title: &str) -> bool {
    title.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        HARM_WORDS.contains(&w.as_str()) || crate::extract::numbers::parse_count(&w).is_some()
    })
}

/// Number words a headline writes for small counts ("kills three soldiers").
const SMALL: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// The people of a figure as a headline names them: its qualifier, its count (in
/// words up to ten, "a" for one) and the words that named them ("at least 33
/// civilians", "a contractor", "three US service members").
pub fn people(count: u32, qualifier: Qualifier, noun: &str) -> String {
    let noun = noun.trim().replace("U.S.", "US");
    let number = match count {
        1 if qualifier == Qualifier::Exact => {
            // An initialism is read by its letters: "a US", "an SDF", "an Iraqi".
            let first = noun.split_whitespace().next().unwrap_or_default();
            let initials = first.len() > 1 && first.chars().all(|c| c.is_ascii_uppercase());
            let vowel = if initials {
                first.starts_with(|c: char| "AEFHILMNORSX".contains(c))
            } else {
                noun.starts_with(|c: char| "aeiouAEIOU".contains(c))
            };
            return format!("{} {noun}", if vowel { "an" } else { "a" });
        }
        1..=10 => SMALL[count as usize - 1].to_string(),
        _ => count.to_string(),
    };
    let before = match qualifier {
        Qualifier::AtLeast => "at least ",
        Qualifier::MoreThan => "more than ",
        Qualifier::About => "about ",
        Qualifier::UpTo => "up to ",
        Qualifier::Exact => "",
    };
    format!("{before}{number} {noun}")
}

/// The headline with the harm of `outcome` done to `people` ([`people`]) after it:
/// "Rockets slam into the base, injuring three US service members". Unchanged when
/// the headline is not well formed ([`super::headline::well_formed`]) or tells harm
/// or a count already, when the figure is not of the killed or injured, when
/// `people` is empty or when the clause would not fit [`MAX_HEADLINE`].
pub fn with_harm(title: String, outcome: Outcome, people: &str) -> String {
    let gerund = match outcome {
        Outcome::Killed => "killing",
        Outcome::Injured => "injuring",
        Outcome::Captured => return title,
    };
    let people = people.trim();
    // A cut gone wrong ("According to the initial toll") is no headline to extend.
    if people.is_empty() || !super::headline::well_formed(&title) || tells_harm(&title) {
        return title;
    }
    let with = format!("{title}, {gerund} {people}");
    if with.chars().count() > MAX_HEADLINE {
        return told_as_harm(&title, outcome, people).unwrap_or(title);
    }
    with
}

/// Verbs of attacking, present tense, plural and singular: with its harm the attack
/// is told by the harm ("Gunmen open fire on a checkpoint" → "Gunmen kill four
/// soldiers").
const ATTACK_VERBS: &[(&str, &str)] = &[
    ("open", "opens"),
    ("attack", "attacks"),
    ("ambush", "ambushes"),
    ("storm", "storms"),
    ("raid", "raids"),
    ("shell", "shells"),
    ("bomb", "bombs"),
    ("strike", "strikes"),
    ("hit", "hits"),
    ("target", "targets"),
    ("fire", "fires"),
    ("pound", "pounds"),
];

/// "Gunmen open fire on a checkpoint near Tosh" with four soldiers killed, too long
/// with its harm after it: "Gunmen kill four soldiers near Tosh" — the attacker, the
/// harm verb and the people, then the headline's place when it still fits. `None`
/// when the headline opens with no attacker and verb of attacking.
fn told_as_harm(title: &str, outcome: Outcome, people: &str) -> Option<String> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let (v, plural) = words.iter().enumerate().skip(1).find_map(|(k, w)| {
        // The verb before its object, not a noun before the verb ("Drone strike hits").
        // (A noun of an attack is followed by "on": "Rocket attack on the base".)
        let object = words.get(k + 1).is_some_and(|n| {
            matches!(*n, "the" | "a" | "an" | "fire")
                || matches!(*n, "on" | "at" | "into") && matches!(*w, "fire" | "fires")
                || n.starts_with(char::is_uppercase)
        });
        let plural = ATTACK_VERBS
            .iter()
            .find_map(|(p, s)| (*w == *p).then_some(true).or((*w == *s).then_some(false)))?;
        object.then_some((k, plural))
    })?;
    let verb = match (outcome, plural) {
        (Outcome::Killed, true) => "kill",
        (Outcome::Killed, false) => "kills",
        (Outcome::Injured, true) => "injure",
        (Outcome::Injured, false) => "injures",
        (Outcome::Captured, _) => return None,
    };
    let subject = words[..v].join(" ");
    let bare = format!("{subject} {verb} {people}");
    // The headline's last place phrase ("near Tosh", "in Anbar province").
    let place = (v + 1..words.len()).rev().find(|&k| {
        matches!(words[k], "in" | "near" | "outside" | "at")
            && words
                .get(k + 1)
                .is_some_and(|n| n.trim_start_matches("al-").starts_with(char::is_uppercase))
    });
    // What was attacked, up to its next phrase ("fire on a checkpoint | near Tosh",
    // "strike Ain al-Asad air base | in Anbar province"): where the harm was done.
    let mut from = v + 1;
    while words
        .get(from)
        .is_some_and(|w| matches!(*w, "fire" | "on" | "at" | "into"))
    {
        from += 1;
    }
    let to = (from..words.len())
        .find(|&k| {
            matches!(
                words[k],
                "in" | "near" | "outside" | "at" | "on" | "after" | "with" | "during" | "as"
            ) || words[k].ends_with(',')
        })
        .unwrap_or(words.len());
    let target = (to > from).then(|| words[from..to].join(" "));
    let place = place.map(|k| words[k..].join(" "));
    let fit = |t: String| (t.chars().count() <= MAX_HEADLINE).then_some(t);
    let at = |t: &str| {
        if t.starts_with(|c: char| c.is_lowercase()) || t.starts_with("the ") {
            format!("at {t}")
        } else {
            format!("at the {t}")
        }
    };
    let (target, place) = (target.as_deref(), place.as_deref());
    match (target, place) {
        (Some(t), Some(p)) => fit(format!("{bare} {} {p}", at(t))),
        _ => None,
    }
    .or_else(|| target.and_then(|t| fit(format!("{bare} {}", at(t)))))
    .or_else(|| place.and_then(|p| fit(format!("{bare} {p}"))))
    .or_else(|| fit(bare.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_without_harm_says_its_gravest_figure() {
        for (title, outcome, people, expected) in [
            (
                "Rockets hit the base",
                Outcome::Injured,
                "three US service members",
                "Rockets hit the base, injuring three US service members",
            ),
            (
                "Gunmen storm a checkpoint near Tikrit",
                Outcome::Killed,
                "11 soldiers",
                "Gunmen storm a checkpoint near Tikrit, killing 11 soldiers",
            ),
            (
                "Bomber targets the police station",
                Outcome::Killed,
                "two officers",
                "Bomber targets the police station, killing two officers",
            ),
            (
                "IED explodes near a farm",
                Outcome::Injured,
                "a shepherd",
                "IED explodes near a farm, injuring a shepherd",
            ),
            (
                "Militants ambush a patrol",
                Outcome::Killed,
                "an officer and a driver",
                "Militants ambush a patrol, killing an officer and a driver",
            ),
        ] {
            assert_eq!(with_harm(title.to_string(), outcome, people), expected);
        }
    }

    #[test]
    fn a_figure_is_named_as_a_headline_counts() {
        for (count, qualifier, noun, expected) in [
            (
                3,
                Qualifier::Exact,
                "U.S. service members",
                "three US service members",
            ),
            (1, Qualifier::Exact, "contractor", "a contractor"),
            (1, Qualifier::Exact, "Iraqi officer", "an Iraqi officer"),
            // An initialism by its letters.
            (1, Qualifier::Exact, "US contractor", "a US contractor"),
            (1, Qualifier::Exact, "SDF fighter", "an SDF fighter"),
            (1, Qualifier::Exact, "UN worker", "a UN worker"),
            (33, Qualifier::AtLeast, "civilians", "at least 33 civilians"),
            (40, Qualifier::MoreThan, "troops", "more than 40 troops"),
            (10, Qualifier::About, "guards", "about ten guards"),
            (12, Qualifier::Exact, "fighters", "12 fighters"),
        ] {
            assert_eq!(people(count, qualifier, noun), expected);
        }
    }

    #[test]
    fn an_attack_too_long_with_its_harm_is_told_by_the_harm() {
        for (title, outcome, people, expected) in [
            (
                "Gunmen open fire on a checkpoint near Tosh",
                Outcome::Killed,
                "four soldiers",
                "Gunmen kill four soldiers at a checkpoint near Tosh",
            ),
            (
                "Rockets strike the Ain al-Asad air base in Anbar province",
                Outcome::Injured,
                "five US service members",
                "Rockets injure five US service members in Anbar province",
            ),
            (
                "A police captain opens fire at a training centre outside Amman",
                Outcome::Killed,
                "two US contractors",
                "A police captain kills two US contractors outside Amman",
            ),
            (
                "Raiders storm the village of Sera in the hills above the river",
                Outcome::Killed,
                "at least 30 villagers",
                "Raiders kill at least 30 villagers at the village of Sera",
            ),
            (
                "Militiamen shell the old quarter of the city of Vell Norte",
                Outcome::Injured,
                "12 civilians",
                "Militiamen injure 12 civilians",
            ),
        ] {
            assert_eq!(with_harm(title.to_string(), outcome, people), expected);
        }
        // No verb of attacking after an attacker: unchanged.
        let long = "The long-feared offensive on the northern provinces begins";
        assert_eq!(
            with_harm(long.to_string(), Outcome::Killed, "nine soldiers"),
            long
        );
    }

    #[test]
    fn a_headline_that_tells_harm_or_has_no_room_stays() {
        for (title, people) in [
            ("Blast kills four guards", "four guards"),
            ("Two soldiers shot at the gate", "two soldiers"),
            ("Nine martyrs in the shelling of the village", "nine people"),
            ("Drone hits a hangar", ""),
        ] {
            assert_eq!(with_harm(title.to_string(), Outcome::Killed, people), title);
        }
        assert_eq!(
            with_harm(
                "Raid on a hideout".to_string(),
                Outcome::Captured,
                "two men"
            ),
            "Raid on a hideout"
        );
    }
}
