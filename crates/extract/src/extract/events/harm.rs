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
            let vowel = noun.starts_with(|c: char| "aeiouAEIOU".contains(c));
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
        return title;
    }
    with
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
            (33, Qualifier::AtLeast, "civilians", "at least 33 civilians"),
            (40, Qualifier::MoreThan, "troops", "more than 40 troops"),
            (10, Qualifier::About, "guards", "about ten guards"),
            (12, Qualifier::Exact, "fighters", "12 fighters"),
        ] {
            assert_eq!(people(count, qualifier, noun), expected);
        }
    }

    #[test]
    fn a_headline_that_tells_harm_or_has_no_room_stays() {
        for (title, people) in [
            ("Blast kills four guards", "four guards"),
            ("Two soldiers shot at the gate", "two soldiers"),
            ("Nine martyrs in the shelling of the village", "nine people"),
            (
                "Rockets strike the Ain al-Asad air base in Anbar province",
                "five US service members",
            ),
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
