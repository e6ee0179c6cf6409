//! Dated aftermath that is not a timeline event of its own: the rites for the dead ("the
//! soldiers were laid to rest on Friday", "funeral prayers were held on Thursday"), the
//! return of their bodies ("the family received his body on Friday"), the wounded's
//! recovery ("two had returned to duty by Monday", "in stable condition") and life
//! resuming ("the main market reopened in 2019"), and days of mourning. A wounded
//! victim's later death and the wounded flown out stay events: a follow-up report may
//! tell the incident only through them, and they date it and tie that report to the
//! others.
//! The timeline's event is the happening that caused them; a clause that itself tells
//! an attack or a killing ("gunmen fired on mourners") stays one.

use crate::extract::words::{Token, WordSet};
use std::ops::Range;

/// Words of the rites for the dead.
const RITE_WORDS: WordSet<19> = WordSet::new([
    "mourning",
    // "flags flew at half-staff", "condolences" to the families.
    "half-staff",
    "half-mast",
    "condolences",
    "condolence",
    "funeral",
    "funerals",
    "burial",
    "burials",
    "buried",
    "reburied",
    "interred",
    "cremated",
    "cremation",
    "mourners",
    "mourned",
    "vigil",
    "vigils",
    "obsequies",
]);

/// Adjectives of a patient's condition ("in stable condition").
const CONDITION_WORDS: WordSet<6> = WordSet::new([
    "stable",
    "critical",
    "serious",
    "satisfactory",
    "fair",
    "good",
]);

/// Places of civic life whose reopening is aftermath, not a happening of the story.
const CIVIC_PLACES: WordSet<12> = WordSet::new([
    "market",
    "markets",
    "school",
    "schools",
    "shops",
    "road",
    "roads",
    "mosque",
    "hospital",
    "bazaar",
    "crossing",
    "university",
]);

/// Verbs and nouns that tell a harm done: with one, the clause tells a happening.
const HARM_WORDS: WordSet<12> = WordSet::new([
    "killed",
    "killing",
    "died",
    "dead",
    "wounded",
    "injured",
    "hurt",
    "slain",
    "fired",
    "opened",
    "exploded",
    "detonated",
]);

/// True for a word that tells a harm done ("killed", "wounded", "exploded"): a clause
/// with one tells a happening, whatever else it tells.
pub fn is_harm_word(w: &str) -> bool {
    HARM_WORDS.contains(w)
}

/// True when the clause tells a rite for the dead or the wounded's recovery and no
/// harm done (see the module comment). A past form used as an adjective
/// ([`is_adjective`]) tells no harm.
pub fn is_aftermath(toks: &[Token], clause: Range<usize>) -> bool {
    let words = || clause.clone().filter(|&i| toks[i].is_word);
    let harm = words().any(|i| {
        let t = &toks[i];
        super::kind::is_incident_noun(&t.norm) && !names_scene(toks, i)
            || (HARM_WORDS.contains(&t.norm) && !is_adjective(toks, i))
    });
    if harm {
        return false;
    }
    let next_is = |i: usize, w: &str| toks.get(i + 1).is_some_and(|n| n.norm == w);
    words().any(|i| {
        let w = toks[i].norm.as_str();
        RITE_WORDS.contains(w)
            // "laid to rest"
            || (w == "laid" && next_is(i, "to") && toks.get(i + 2).is_some_and(|n| n.norm == "rest"))
            // "returned to duty", "back on duty"
            || (w == "duty" && i > 0 && matches!(toks[i - 1].norm.as_str(), "to" | "on"))
            || w == "discharged"
            // "a memorial service", "a memorial ceremony"
            || (w == "memorial" && toks.get(i + 1).is_some_and(|n| matches!(n.norm.as_str(), "service" | "ceremony")))
            // "in stable condition"
            || (w == "condition" && i > 0 && CONDITION_WORDS.contains(&toks[i - 1].norm))
            // "the family received his body", "the remains were repatriated"
            || (matches!(w, "received" | "receives" | "repatriated" | "handed")
                && words().any(|k| matches!(toks[k].norm.as_str(), "body" | "bodies" | "remains")))
            // "visited the site of the bombing", "toured the scene": a visit to where
            // it struck
            || (VISIT_VERBS.contains(w)
                && words().any(|k| matches!(toks[k].norm.as_str(), "site" | "scene")))
            // "a curfew was imposed", "the army lifted the curfew", "sent
            // reinforcements": a security measure taken after it
            || MEASURE_NOUNS.contains(w)
            // "held an emergency meeting", "convened the security council"
            || w == "convened"
            || (w == "meeting" && i > 0 && matches!(toks[i - 1].norm.as_str(), "emergency" | "urgent"))
            // "Rice telephoned the prime minister", "suspended cabinet sessions",
            // "sacked the commander": a call or a step of office in response
            || RESPONSE_VERBS.contains(w)
            // "the market reopened", "schools reopen": life resuming where it struck
            // (not "reopened … months after the bombing": the date is the bombing's)
            || (matches!(w, "reopened" | "reopens" | "reopen" | "reopening")
                && words().any(|k| CIVIC_PLACES.contains(&toks[k].norm))
                && !toks.iter().any(|t| super::kind::is_incident_noun(&t.norm)))
    })
}

/// Nouns of security measures taken after an incident: a curfew, reinforcements.
const MEASURE_NOUNS: WordSet<3> = WordSet::new(["curfew", "curfews", "reinforcements"]);

/// Verbs of an official's response by telephone or by a step of office.
const RESPONSE_VERBS: WordSet<8> = WordSet::new([
    "telephoned",
    "phoned",
    "rang",
    "sacked",
    "dismissed",
    "dismisses",
    "suspended",
    "suspends",
]);

/// Verbs of a visit: to the site or scene of an incident, its aftermath.
const VISIT_VERBS: WordSet<6> =
    WordSet::new(["visited", "visits", "visit", "visiting", "toured", "tours"]);

/// How many words before an incident noun "site of" or "scene of" may stand.
const SCENE_REACH: usize = 4;

/// True when the incident noun at `i` names the place of a scene ("at the site of the
/// Karrada bombing", "the scene of Sunday's attack"): the place where a rite or visit
/// happens, not a harm the clause tells.
fn names_scene(toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(SCENE_REACH)..i).any(|k| {
        matches!(toks[k].norm.as_str(), "site" | "scene")
            && toks.get(k + 1).is_some_and(|n| n.norm == "of")
    })
}

/// True when the past form at `i` is an adjective before its noun ("the slain
/// officers", "their martyred comrades"); "those killed on Sunday" tells a killing.
fn is_adjective(toks: &[Token], i: usize) -> bool {
    let after_article = i > 0
        && matches!(
            toks[i - 1].norm.as_str(),
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
        );
    after_article
        && toks.get(i + 1).is_some_and(|n| {
            n.is_word
                && !matches!(
                    n.norm.as_str(),
                    "on" | "in" | "at" | "by" | "during" | "last"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::super::eventhood::{hood, Eventhood};

    /// Asserts that every (sentence, date, value) case reads as `want`.
    fn all_are(cases: &[(&str, &str, &str)], want: Eventhood) {
        for &(sentence, date, value) in cases {
            assert_eq!(hood(sentence, date, value), want, "{sentence}");
        }
    }

    #[test]
    fn security_measures_and_official_responses_are_aftermath() {
        all_are(
            &[
                (
                    "Authorities imposed a curfew across the province on Saturday.",
                    "Saturday",
                    "2024-06-08",
                ),
                (
                    "The army lifted the nationwide curfew on Sunday afternoon.",
                    "Sunday",
                    "2024-06-09",
                ),
                (
                    "Kandor sent reinforcements to the border towns on 3 June.",
                    "3 June",
                    "2024-06-03",
                ),
                (
                    "The premier held an emergency meeting with his commanders on Tuesday.",
                    "Tuesday",
                    "2024-06-04",
                ),
                (
                    "The governor convened the provincial security council on Tuesday.",
                    "Tuesday",
                    "2024-06-04",
                ),
                (
                    "The foreign minister telephoned his counterpart on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "The president sacked the police chief of the district on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "Parliament suspended its sessions on Monday.",
                    "Monday",
                    "2024-06-03",
                ),
            ],
            Eventhood::Aftermath,
        );
        // A measure that itself harmed someone is a happening.
        assert_eq!(
            hood(
                "Troops enforcing the curfew shot dead two men on Sunday.",
                "Sunday",
                "2024-06-09"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn rites_for_the_dead_are_aftermath() {
        all_are(
            &[
                (
                    "The two rangers were laid to rest in Tosh on Saturday.",
                    "Saturday",
                    "2024-06-08",
                ),
                (
                    "Hundreds of mourners gathered outside the mosque on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "The slain officers were buried with full honours on 3 June.",
                    "3 June",
                    "2024-06-03",
                ),
                (
                    "A funeral for the murdered teacher was held on Tuesday afternoon.",
                    "Tuesday",
                    "2024-06-04",
                ),
                (
                    "Villagers held a candlelight vigil for the missing sailors on Sunday.",
                    "Sunday",
                    "2024-06-09",
                ),
            ],
            Eventhood::Aftermath,
        );
    }

    #[test]
    fn rites_and_visits_at_the_scene_of_an_incident_are_aftermath() {
        all_are(
            &[
                (
                    "Mourners light candles at the site of the Karrada bombing on Monday.",
                    "Monday",
                    "2024-06-10",
                ),
                (
                    "The prime minister visited the site of the blast on Tuesday.",
                    "Tuesday",
                    "2024-06-04",
                ),
                (
                    "Relatives held a vigil at the scene of Sunday's attack on Wednesday.",
                    "Wednesday",
                    "2024-06-05",
                ),
                (
                    "The governor toured the scene of the ambush on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "Hundreds of mourners gathered at the site of the suicide bombing on 4 June.",
                    "4 June",
                    "2024-06-04",
                ),
            ],
            Eventhood::Aftermath,
        );
        // A harm done at the scene stays a happening.
        assert_eq!(
            hood(
                "A second bomb exploded at the site of the first blast on Monday.",
                "Monday",
                "2024-06-10"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn days_of_mourning_are_aftermath() {
        all_are(
            &[
            (
                "Three days of mourning began in the province on Monday.",
                "Monday",
                "2024-06-10",
            ),
            (
                "Flags flew at half-mast for a day of national mourning on Friday.",
                "Friday",
                "2024-06-07",
            ),
            // Flags lowered and condolences, with no word of mourning.
            (
                "The governor ordered flags on state buildings lowered to half-staff on Sunday.",
                "Sunday",
                "2024-06-09",
            ),
            (
                "At the base on Wednesday morning, flags flew at half-staff.",
                "Wednesday morning",
                "2024-06-05TMO",
            ),
            (
                "The regional premier offered his condolences to the families on Monday.",
                "Monday",
                "2024-06-10",
            ),
            (
                "Messages of condolence poured in from Baghdad on Saturday.",
                "Saturday",
                "2024-06-08",
            ),
            ],
            Eventhood::Aftermath,
        );
        // A clause that tells a harm, a wounded victim's later death among them, is
        // a happening; so is the wounded flown out, which may date the incident.
        all_are(
            &[
                (
                    "Two guards died of their wounds in hospital on Tuesday.",
                    "Tuesday",
                    "2024-06-04",
                ),
                (
                    "A guard was shot dead and a second died of his wounds on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "The injured medic was flown to Ramstein on Thursday.",
                    "Thursday",
                    "2024-06-06",
                ),
                (
                    "Rockets killed two porters before medics were flown to the camp on Tuesday.",
                    "Tuesday",
                    "2024-06-04",
                ),
            ],
            Eventhood::Event,
        );
    }

    #[test]
    fn the_wounded_recovering_is_aftermath() {
        all_are(
            &[
                (
                    "Four of the injured had gone back to duty by Thursday.",
                    "Thursday",
                    "2024-06-06",
                ),
                (
                    "The pilot was discharged from hospital on Wednesday.",
                    "Wednesday",
                    "2024-06-05",
                ),
                (
                    "Both were listed in critical condition on Monday night.",
                    "Monday",
                    "2024-06-10",
                ),
            ],
            Eventhood::Aftermath,
        );
    }

    #[test]
    fn bodies_returned_and_life_resuming_are_aftermath() {
        all_are(
            &[
                (
                    "His family received his body on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "The remains were repatriated to Ohio on Thursday.",
                    "Thursday",
                    "2024-06-06",
                ),
                ("The main market reopened in 2019.", "2019", "2019"),
                (
                    "Schools in the district reopen on Monday.",
                    "Monday",
                    "2024-06-10",
                ),
                (
                    "The border crossing reopened on Wednesday.",
                    "Wednesday",
                    "2024-06-05",
                ),
            ],
            Eventhood::Aftermath,
        );
        // A market struck, not reopened, is a happening.
        assert_eq!(
            hood(
                "Rockets hit the reopened market on Friday.",
                "Friday",
                "2024-06-07"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn an_attack_on_mourners_or_a_death_stays_an_event() {
        all_are(
            &[
                (
                    "Gunmen opened fire on mourners near Vell on Sunday.",
                    "Sunday",
                    "2024-06-09",
                ),
                (
                    "A suicide bomber struck a funeral in Orsk on Friday.",
                    "Friday",
                    "2024-06-07",
                ),
                (
                    "A roadside blast hit a burial procession on 2 June, killing six.",
                    "2 June",
                    "2024-06-02",
                ),
                (
                    "Troops on duty at the gate were wounded on Saturday.",
                    "Saturday",
                    "2024-06-08",
                ),
                (
                    "Rebels seized the memorial hall in Dara on Monday.",
                    "Monday",
                    "2024-06-10",
                ),
            ],
            Eventhood::Event,
        );
    }
}
