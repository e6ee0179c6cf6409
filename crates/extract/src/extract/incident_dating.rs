//! Incident dates of casualty figures: which date each figure's incident took place
//! on, read sentence by sentence over an article.
//!
//! A figure takes the date its sentence gives (of several, the one written next to
//! the incident); a sentence that gives none takes the article's incident day: the
//! day stated with a verb of taking place, else the first day named in an incident
//! sentence, else the month. A sentence that recalls an earlier incident keeps that
//! incident's date, a running total of a campaign has none, and a clause set off by a
//! span ("two weeks after …") is dated by the offset.

use super::casualty::lexicon::outcome_word;
use super::dating::{
    common_period, dates_in_tokens, is_day, is_month, names_incident, near_reference, tells_future,
    SentenceDate, HAPPENING, INCIDENT_NOUNS, INCIDENT_VERBS, INCIDENT_WORDS,
};
use super::timex::TimexHit;
use super::words::{Token, WordSet};
use chrono::NaiveDate;
use std::ops::Range;

/// Words that open a noun phrase pointing back at an incident already told
/// ("The Iranian attack", "That raid").
const DEFINITE: WordSet<3> = WordSet::new(["the", "that", "this"]);

/// Modifiers that make a definite incident the story's own, newest one ("the latest
/// attack"), which a recalled date must not take.
const NEWEST: WordSet<6> = WordSet::new(["latest", "new", "newest", "recent", "current", "last"]);

/// Verbs of harm a running total is told with ("have killed", "has wounded").
const HARM_VERBS: WordSet<5> = WordSet::new(["killed", "wounded", "injured", "claimed", "left"]);

/// Plural incident nouns a running total is told of ("strikes", "attacks", "raids").
const PLURAL_INCIDENT_NOUNS: WordSet<8> = WordSet::new([
    "ambushes",
    "assaults",
    "strikes",
    "airstrikes",
    "attacks",
    "raids",
    "bombings",
    "operations",
]);

/// Nouns of a war or campaign, many incidents told as one ("the conflict has killed
/// 320,000", "the bombardment has killed 10,500").
const WAR_NOUNS: WordSet<7> = WordSet::new([
    "war",
    "conflict",
    "bombardment",
    "campaign",
    "insurgency",
    "violence",
    "fighting",
]);

/// True when a sentence tells a running total of a campaign: plural incidents that
/// "have killed" / "has wounded" (present perfect, up to two words between: "have so
/// far killed"). Its figure counts many incidents up to now, none of them the story's
/// own, so it has no incident day of its own.
pub fn tells_running_total(tokens: &[Token]) -> bool {
    let perfect = |t: &Token| t.norm == "have" || t.norm == "has";
    // Most sentences have no `have` / `has` (or "lost"): a plain string test rejects
    // them first.
    if !tokens.iter().any(|t| perfect(t) || t.norm == "lost") {
        return false;
    }
    // "Syria's conflict has killed …", "the bombardment has killed …": a war or a
    // campaign is many incidents told as one.
    let Some(first_plural) = tokens.iter().position(|t| {
        t.is_word && (PLURAL_INCIDENT_NOUNS.contains(&t.norm) || WAR_NOUNS.contains(&t.norm))
    }) else {
        return false;
    };
    if war_framed(tokens, perfect) {
        return true;
    }
    let harmed = (first_plural + 1..tokens.len()).any(|i| {
        perfect(&tokens[i])
            && tokens[i + 1..]
                .iter()
                .filter(|w| w.is_word)
                .take(3)
                .any(|w| HARM_VERBS.contains(&w.norm))
    });
    harmed || counted_incidents(tokens, perfect)
}

/// Wars and campaigns whole, as a frame of a loss ("killed in the conflict", "lost in
/// the war against ISIS", "in its 35-year campaign"): not "fighting" or "violence",
/// which a report may also say of one day's clash.
const WHOLE_WARS: WordSet<4> = WordSet::new(["war", "conflict", "campaign", "insurgency"]);

/// How many words after "in" a war framing a loss may end ("in its more than 35-year
/// terror campaign").
const WAR_FRAME_WORDS: usize = 6;

/// True when a loss told in the perfect or as "lost" is framed by a whole war: "More
/// than 40,000 people have been killed in the conflict", "the SDF, which lost 11,000
/// fighters in the war against ISIS", "In its 35-year campaign, the group has been
/// responsible for the deaths of 40,000": the war's toll, no incident's.
fn war_framed(tokens: &[Token], perfect: impl Fn(&Token) -> bool) -> bool {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
    let framed = words.iter().enumerate().any(|(i, t)| {
        matches!(t.norm.as_str(), "in" | "during" | "throughout")
            && words[i + 1..]
                .iter()
                .take(WAR_FRAME_WORDS)
                .any(|w| WHOLE_WARS.contains(&w.norm))
            && matches!(
                words.get(i + 1).map(|w| w.norm.as_str()),
                Some("the" | "its" | "their" | "this" | "that" | "a" | "his")
            )
    });
    framed && words.iter().any(|t| perfect(t) || t.norm == "lost")
}

/// True when a perfect-tense verb counts plural incidents ("have faced over 150
/// attacks", "has carried out 20 strikes"): a tally of a campaign.
fn counted_incidents(tokens: &[Token], perfect: impl Fn(&Token) -> bool) -> bool {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
    words.iter().enumerate().any(|(i, t)| {
        perfect(t)
            && words[i + 1..].iter().take(5).enumerate().any(|(j, c)| {
                c.count.is_some_and(|n| n > 1)
                    && words[i + 2 + j..]
                        .iter()
                        .take(2)
                        .any(|w| PLURAL_INCIDENT_NOUNS.contains(&w.norm))
            })
    })
}

/// The incident noun of the first definite phrase that names an incident anywhere in
/// a sentence ("no civilians were harmed in the strike", "during the raid", "the
/// casualties from that attack"), if any: the sentence speaks of an incident already
/// told.
fn definite_incident_noun(tokens: &[Token]) -> Option<&str> {
    // Words only, read in place (no list of them is made: most sentences have none).
    let words = || tokens.iter().filter(|t| t.is_word);
    words().enumerate().find_map(|(i, t)| {
        if !DEFINITE.contains(&t.norm) {
            return None;
        }
        words()
            .skip(i + 1)
            .take(RECALL_MODIFIERS + 1)
            .take_while(|w| !NEWEST.contains(&w.norm) && !ENDS_NOUN_PHRASE.contains(&w.norm))
            .find(|w| is_singular_incident_noun(w))
            .map(|w| w.norm.as_str())
    })
}

/// The incident a toll counts, named after it ("the death toll from a car bombing",
/// "the toll of Monday's blast", "the number killed in the ambush"), whatever its
/// determiner: the sentence's figure is of that incident, not of another one a later
/// clause names ("… rose to 20 after a woman wounded in the blast died").
fn toll_incident_noun(tokens: &[Token]) -> Option<&str> {
    let toll = |t: &Token| matches!(t.norm.as_str(), "toll" | "tally" | "number" | "count");
    // Most sentences name no toll: one pass before any list is made.
    if !tokens.iter().any(toll) {
        return None;
    }
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
    let at = words.iter().position(|t| toll(t))?;
    // "the number killed in", "the toll from": the preposition within two words.
    let prep = (at + 1..words.len().min(at + 3))
        .find(|&k| matches!(words[k].norm.as_str(), "from" | "of" | "in"))?;
    words[prep + 1..]
        .iter()
        .take(RECALL_MODIFIERS + 1)
        .take_while(|w| !ENDS_NOUN_PHRASE.contains(&w.norm))
        .find(|w| is_singular_incident_noun(w) || PLURAL_INCIDENT_NOUNS.contains(&w.norm))
        .map(|w| w.norm.as_str())
}

/// Verbs that tell a count of casualties a source made: "reported 36 deaths".
const COUNT_TELLING: WordSet<6> = WordSet::new([
    "reported",
    "recorded",
    "documented",
    "counted",
    "confirmed",
    "announced",
]);

/// How many words before a date the verb of a claim or a told count may stand.
const TELLING_REACH: usize = 10;

/// True when the date at token `at` closes the clause of a claim ("claimed the attack
/// on Friday", "claimed responsibility Friday") or of a count a source told ("had
/// reported 36 deaths on Sunday", "recorded 12 dead on Monday"): within a few words
/// before it, with no punctuation between, the claim verb, or the telling verb with
/// a count after it.
fn dates_a_telling(tokens: &[Token], at: usize) -> bool {
    let before = &tokens[at.saturating_sub(TELLING_REACH)..at];
    let start = before.iter().rposition(|t| !t.is_word).map_or(0, |p| p + 1);
    let clause = &before[start..];
    let counted = |o: &Token| o.count.is_some() || matches!(o.norm.as_str(), "death" | "deaths");
    let told_after = |clause: &[Token]| {
        clause
            .iter()
            .enumerate()
            .any(|(k, t)| COUNT_TELLING.contains(&t.norm) && clause[k + 1..].iter().any(counted))
    };
    if clause.iter().any(|t| CLAIM_VERBS.contains(&t.norm)) || told_after(clause) {
        return true;
    }
    // "On Friday, the monitor had reported seven killed": a date opening its sentence
    // and the clause of the telling after it (a comma between them), with no verb
    // of its own before the telling's.
    if at > 1 || at == 1 && tokens[0].norm != "on" {
        return false;
    }
    let date_end = (at..tokens.len())
        .find(|&k| tokens[k].is_punct(','))
        .filter(|&k| k <= at + 4)
        .map_or(at + 1, |k| k + 1);
    let rest = &tokens[date_end.min(tokens.len())..];
    let clause_end = rest
        .iter()
        .position(|t| !t.is_word && t.count.is_none())
        .unwrap_or(rest.len())
        .min(TELLING_REACH);
    told_after(&rest[..clause_end])
}

/// Verbs of claiming an attack: right after a date, the date is the claim's.
const CLAIM_VERBS: WordSet<3> = WordSet::new(["claimed", "claims", "acknowledged"]);

/// The incident noun of a phrase that points back with "that" or "this" ("in that
/// raid", "this attack"), if any.
fn demonstrative_incident_noun(tokens: &[Token]) -> Option<&str> {
    let mut words = tokens.iter().filter(|t| t.is_word).peekable();
    while let Some(t) = words.next() {
        if matches!(t.norm.as_str(), "that" | "this") {
            if let Some(w) = words.peek().filter(|w| is_singular_incident_noun(w)) {
                return Some(w.norm.as_str());
            }
        }
    }
    None
}

/// True when the sentence tells the next step of what the one before told: "then"
/// or "later" before a past verb ("a gunship then struck the vehicle", "were later
/// diagnosed"; not "since then" or "by then"), "at the time", or an opening "Moments
/// later", "Minutes later", "Shortly after", "Soon afterwards", "Immediately after".
fn tells_sequel(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
    let then = words.iter().enumerate().any(|(k, t)| {
        t.norm == "then"
            && !(k > 0
                && matches!(
                    words[k - 1].norm.as_str(),
                    "since" | "until" | "by" | "from" | "till" | "before" | "only"
                ))
            && words
                .get(k + 1)
                .is_some_and(|v| super::events::verbs::is_past(&v.norm))
    });
    let opening = match (words.first(), words.get(1)) {
        (Some(a), Some(b)) => {
            matches!(a.norm.as_str(), "moments" | "minutes") && b.norm == "later"
                || matches!(a.norm.as_str(), "shortly" | "soon" | "immediately")
                    && matches!(b.norm.as_str(), "after" | "afterwards" | "afterward")
        }
        _ => false,
    };
    // "… were later diagnosed with concussions", "two of them later died": a past
    // verb right after "later"; "SANA said at the time that …".
    let later = words.iter().enumerate().any(|(k, t)| {
        t.norm == "later"
            && words
                .get(k + 1)
                .is_some_and(|v| super::events::verbs::is_past(&v.norm))
    });
    let at_the_time = words
        .windows(3)
        .any(|w| w[0].norm == "at" && w[1].norm == "the" && w[2].norm == "time");
    then || opening || later || at_the_time
}

/// How far (in tokens) from a date an incident word is read as written with it.
const NEAR_REACH: usize = 15;

/// Each date of a sentence with the incident word written nearest it, within
/// [`NEAR_REACH`] tokens either side (none when no such word is near).
fn nearest_incident_words(
    tokens: &[Token],
    found: &[super::dating::SentenceDate<'_>],
) -> Vec<(String, String)> {
    nearest_of(tokens, found, |t| {
        INCIDENT_WORDS.contains(&t.norm)
            || INCIDENT_NOUNS.contains(&t.norm)
            || INCIDENT_VERBS.contains(&t.norm)
    })
}

/// Each date of a sentence with the incident noun (no verb) written nearest it: the
/// days [`IncidentDating::date_of`] names incidents by.
fn nearest_incident_nouns(
    tokens: &[Token],
    found: &[super::dating::SentenceDate<'_>],
) -> Vec<(String, String)> {
    nearest_of(tokens, found, is_incident_noun)
}

/// Each date of a sentence with the nearest word `is` accepts, within [`NEAR_REACH`]
/// tokens either side.
fn nearest_of(
    tokens: &[Token],
    found: &[super::dating::SentenceDate<'_>],
    is: impl Fn(&Token) -> bool,
) -> Vec<(String, String)> {
    found
        .iter()
        .filter_map(|d| {
            let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
            let near = |k: usize| {
                let t = &tokens[k];
                t.is_word && is(t)
            };
            let before = (at.saturating_sub(NEAR_REACH)..at).rev().find(|&k| near(k));
            let after = (at..tokens.len().min(at + NEAR_REACH)).find(|&k| near(k));
            let k = match (before, after) {
                (Some(b), Some(a)) => {
                    if at - b <= a - at {
                        b
                    } else {
                        a
                    }
                }
                (b, a) => b.or(a)?,
            };
            Some((d.value.clone(), tokens[k].norm.to_string()))
        })
        .collect()
}

/// Words that set an incident up as what the sentence's happening answers: "follows
/// Sunday's bombing", "in retaliation for", "in response to", "revenge for", "the
/// group responsible for Sunday's attack".
const TRIGGERS: WordSet<9> = WordSet::new([
    "follows",
    "followed",
    "following",
    "retaliation",
    "response",
    "revenge",
    "avenge",
    "avenging",
    // "the militia responsible for Sunday's attack".
    "responsible",
]);

/// Nouns of a cause that name the answered incident after a copula ("the trigger
/// for today's operation appears to be Sunday's attack"): what comes between the
/// noun and the copula is the answer, not the cause.
const CAUSE_NOUNS: WordSet<4> = WordSet::new(["trigger", "spark", "catalyst", "cause"]);

/// Copulas that join a cause noun to the incident it names.
const CAUSE_COPULAS: WordSet<7> =
    WordSet::new(["is", "was", "be", "appears", "appeared", "seems", "seemed"]);

/// True when the date at token `at` belongs to an incident the sentence's happening
/// answers: a word of [`TRIGGERS`] (or "came … after") within the four words before
/// it ("Operation follows Sunday's roadside bombing", "came three days after the
/// attack on Sunday"), or a cause noun and its copula before it ("the trigger for
/// the raid was Sunday's ambush").
fn answers_trigger(tokens: &[Token], at: usize) -> bool {
    let before = &tokens[..at.min(tokens.len())];
    if let Some(cause) = before.iter().position(|t| CAUSE_NOUNS.contains(&t.norm)) {
        if before[cause..]
            .iter()
            .any(|t| CAUSE_COPULAS.contains(&t.norm))
        {
            return true;
        }
    }
    // The four words before the date, nearest first.
    let mut words = before.iter().rev().filter(|t| t.is_word);
    let mut previous_after = false;
    for _ in 0..4 {
        let Some(t) = words.next() else { break };
        if previous_after && matches!(t.norm.as_str(), "came" | "comes" | "days" | "hours")
            || TRIGGERS.contains(&t.norm)
        {
            return true;
        }
        previous_after = t.norm == "after";
    }
    false
}

/// Verbs that end an operation: the day written with one is its last.
const ENDING_VERBS: WordSet<8> = WordSet::new([
    "ended",
    "concluded",
    "wrapped",
    "completed",
    "finished",
    "closed",
    "wound",
    "ends",
]);

/// The most days an operation told as lasting them may have lasted for its totals to
/// be dated by them (a month: "a 24-day sweep" of August and September is of 2022).
const MAX_LASTING_DAYS: u32 = 31;

/// The days an operation lasted when the sentence ends one told as lasting them: "a
/// two-day sweep … wrapped up on Wednesday", "ended its three-day operation", "wrapped
/// up a 24-day security operation" (2 to [`MAX_LASTING_DAYS`]).
fn lasting_operation(tokens: &[Token]) -> Option<i64> {
    if !tokens.iter().any(|t| ENDING_VERBS.contains(&t.norm)) {
        return None;
    }
    tokens.iter().enumerate().find_map(|(k, t)| {
        let (n, unit) = t.norm.split_once('-')?;
        if unit != "day" {
            return None;
        }
        let n = crate::extract::numbers::parse_count(n)
            .filter(|n| (2..=MAX_LASTING_DAYS).contains(n))?;
        tokens[k + 1..]
            .iter()
            .filter(|w| w.is_word)
            .take(2)
            .any(|w| {
                OPERATION_WORDS.contains(&w.norm)
                    || matches!(w.norm.as_str(), "sweep" | "offensive" | "campaign")
            })
            .then_some(i64::from(n))
    })
}

/// The common period of the `n` days ending on `day`.
fn days_ending(day: &str, n: i64) -> Option<String> {
    let last = crate::timeval::parse_day(day)?;
    let first = last - chrono::Days::new(u64::try_from(n - 1).ok()?);
    common_period(&[first.format("%Y-%m-%d").to_string(), day.to_string()])
}

/// True when two words of incidents share a stem ("attack", "attacked"; "raids",
/// "raid"; "struck", "strikes"): their first five letters, or the whole of a shorter
/// one.
fn same_incident_stem(a: &str, b: &str) -> bool {
    let (a, b) = (incident_stem(a), incident_stem(b));
    let n = a.len().min(b.len()).min(5);
    n >= 4 && a.get(..n) == b.get(..n)
}

/// A word of an incident in the form that shares its noun's stem: "struck" is the
/// verb of "strikes", "airstrikes" are strikes.
fn incident_stem(w: &str) -> &str {
    if w == "struck" {
        "strike"
    } else {
        w.strip_prefix("air")
            .filter(|r| r.starts_with("strike"))
            .unwrap_or(w)
    }
}

/// The first incident noun a sentence names ("the toll from the airstrikes", "in the
/// attack"), not a verb of one.
fn incident_noun(tokens: &[Token]) -> Option<&str> {
    tokens
        .iter()
        .find(|t| t.is_word && is_incident_noun(t))
        .map(|t| t.norm.as_str())
}

/// True for a noun of an incident a definite phrase names again ("the strike", "that
/// bombing", "the strikes"), not a verb of one; plural nouns only as [`INCIDENT_WORDS`]
/// holds them.
fn is_singular_incident_noun(t: &Token) -> bool {
    INCIDENT_WORDS.contains(&t.norm) && !PARTICIPLES.contains(&t.norm)
        || INCIDENT_NOUNS.contains(&t.norm)
}

/// [`is_singular_incident_noun`] and every plural of [`PLURAL_INCIDENT_NOUNS`]
/// ("attacks", "raids").
fn is_incident_noun(t: &Token) -> bool {
    // One keyed look-up passes most words over.
    INCIDENT_NOUN_WORDS.contains(&t.norm) && !PARTICIPLES.contains(&t.norm)
}

/// Every word of [`is_incident_noun`] and the participles among [`INCIDENT_WORDS`].
const INCIDENT_NOUN_WORDS: WordSet<
    { INCIDENT_WORDS.len() + INCIDENT_NOUNS.len() + PLURAL_INCIDENT_NOUNS.len() },
> = WordSet::union_of(&[
    INCIDENT_WORDS.keys(),
    INCIDENT_NOUNS.keys(),
    PLURAL_INCIDENT_NOUNS.keys(),
]);

/// Words a definite noun phrase ends before: the verb of its clause ("the base
/// perimeter was killed" names no incident).
const ENDS_NOUN_PHRASE: WordSet<8> =
    WordSet::new(["was", "were", "is", "are", "had", "has", "have", "been"]);

/// The verb forms among [`INCIDENT_WORDS`]: no noun of an incident.
const PARTICIPLES: WordSet<5> =
    WordSet::new(["killed", "injured", "wounded", "attacked", "raided"]);

/// True when "into" joins the first two dates a sentence gives ("overnight Thursday
/// into Friday", "the night of Oct. 7 into Oct. 8").
fn night_into(tokens: &[Token], found: &[super::dating::SentenceDate<'_>]) -> bool {
    let [a, b, ..] = found else {
        return false;
    };
    let end = tokens.partition_point(|k| k.range.start < a.timex.range.end);
    let at = tokens.partition_point(|k| k.range.start < b.timex.range.start);
    at == end + 1 && tokens.get(end).is_some_and(|t| t.norm == "into")
}

/// True when the day `b` is the day after the day `a`.
fn next_day(a: &str, b: &str) -> bool {
    match (crate::timeval::parse_day(a), crate::timeval::parse_day(b)) {
        (Some(a), Some(b)) => (b - a).num_days() == 1,
        _ => false,
    }
}

/// True when a sentence denies harm and tells no incident of its own: "There were no
/// reports of civilian casualties", "No Americans were hurt". Right after a sentence
/// that dated an incident, it says what that incident did not do.
pub fn denies_harm(tokens: &[Token]) -> bool {
    let denial = tokens
        .iter()
        .any(|t| matches!(t.norm.as_str(), "no" | "not" | "none" | "without"));
    denial
        && tokens.iter().any(|t| outcome_word(&t.norm).is_some())
        && !tokens.iter().any(|t| {
            INCIDENT_WORDS.contains(&t.norm) && !PARTICIPLES.contains(&t.norm)
                || INCIDENT_NOUNS.contains(&t.norm)
                || INCIDENT_VERBS.contains(&t.norm)
        })
}

/// How many words after a verb of dying its cause may stand ("died in a military
/// hospital", "succumbed overnight to his injuries").
const WOUND_REACH: usize = 5;

/// Where the clause starts (byte offset) in which a sentence tells of people dying of
/// wounds they took earlier: "died of his wounds", "succumbed to their injuries",
/// "died in hospital". Such a death is a casualty of the attack that wounded them, so
/// dates from there on are the death's, not the incident's.
pub fn dies_of_wounds(tokens: &[Token]) -> Option<usize> {
    tokens.iter().enumerate().find_map(|(k, t)| {
        (DYING.contains(&t.norm)
            && tokens[k + 1..]
                .iter()
                .filter(|t| t.is_word)
                .take(WOUND_REACH)
                .any(|t| WOUND_CAUSES.contains(&t.norm)))
        .then(|| {
            // From the subject of the death: "one of the wounded heroes succumbed".
            let clause = tokens[..k]
                .iter()
                .rposition(|t| {
                    t.is_punct(',') || matches!(t.norm.as_str(), "after" | "and" | "when")
                })
                .map_or(0, |c| c + 1);
            tokens[clause].range.start
        })
    })
}

/// Verbs of medical care: a date in their clause is the day of a diagnosis or a
/// treatment ("diagnosed on Monday", "evaluated by medical personnel on March 15",
/// "treated at a clinic Sunday").
const CARE_VERBS: WordSet<10> = WordSet::new([
    "evaluated",
    "diagnosed",
    "treated",
    "examined",
    "screened",
    "evacuated",
    "discharged",
    "hospitalised",
    "hospitalized",
    "airlifted",
]);

/// Prepositions that make a rite the place of an incident ("at his funeral").
const SETTING_PREPOSITIONS: WordSet<5> = WordSet::new(["at", "during", "near", "outside", "into"]);

/// How many words before a date the verb of care it belongs to may stand.
const CARE_REACH: usize = 6;

/// Words of rites for the dead: a date in their clause is the day of a funeral or a
/// burial, not of the deaths ("Funerals were held in Baghdad on Thursday for eight
/// members … killed in US air strikes").
const RITES: WordSet<14> = WordSet::new([
    "funeral",
    "funerals",
    "buried",
    "burial",
    "burials",
    "mourned",
    "interred",
    "mourners",
    "graves",
    "grave",
    "graveside",
    "bury",
    "buries",
    "burying",
]);

/// Verbs of finding the dead: with [`REMAINS`] before them, a date in their clause is
/// the day the bodies were recovered, not the day of the deaths ("two of the bodies
/// were only recovered on Saturday morning").
const RECOVERY_VERBS: WordSet<6> = WordSet::new([
    "recovered",
    "retrieved",
    "found",
    "pulled",
    "exhumed",
    "discovered",
]);

/// How many words before a date the finding of bodies it belongs to may be told
/// ("pulled three bodies from the rubble on Tuesday").
const RECOVERY_REACH: usize = 8;

/// Nouns of the dead's remains.
const REMAINS: WordSet<5> = WordSet::new(["bodies", "body", "remains", "corpses", "corpse"]);

/// True when the date at token `at` belongs to a verb of care ([`CARE_VERBS`]), a
/// rite for the dead ([`RITES`]) or the finding of their bodies ([`RECOVERY_VERBS`])
/// a few words before it in the same clause.
fn of_care(tokens: &[Token], at: usize) -> bool {
    let before: Vec<&Token> = tokens[..at]
        .iter()
        .rev()
        .take_while(|t| t.is_word)
        .take(RECOVERY_REACH)
        .collect();
    let recovered = before.iter().any(|t| RECOVERY_VERBS.contains(&t.norm))
        && before.iter().any(|t| REMAINS.contains(&t.norm));
    // "A stampede at his funeral procession on Tuesday", "a bomb went off during a
    // burial on Friday", "a car bomb hit their funeral convoy": a rite after a
    // preposition of place, or as a blow's object, is where the incident happened.
    let setting = |k: usize| {
        before[k + 1..]
            .iter()
            .find(|t| {
                !matches!(
                    t.norm.as_str(),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its"
                )
            })
            .is_some_and(|t| {
                SETTING_PREPOSITIONS.contains(&t.norm)
                    || super::dating::INCIDENT_VERBS.contains(&t.norm)
            })
    };
    recovered
        || before.iter().take(CARE_REACH).enumerate().any(|(k, t)| {
            CARE_VERBS.contains(&t.norm) || RITES.contains(&t.norm) && !setting(k)
        })
        // "On Wednesday a funeral was held for …": the rite right after the date.
        || tokens[at.min(tokens.len())..]
            .iter()
            .take_while(|t| t.is_word)
            .take(CARE_REACH)
            .any(|t| RITES.contains(&t.norm))
        || dates_a_scene_of_rites(tokens, at)
}

/// True when the date at token `at` closes its sentence after a comma, as a photo's
/// caption dates its scene, and the scene is a rite for the dead ("Mourners gather at
/// the graves of three brothers killed in the attack, December 3, 2021").
fn dates_a_scene_of_rites(tokens: &[Token], at: usize) -> bool {
    let after_comma = at.checked_sub(1).is_some_and(|p| tokens[p].is_punct(','));
    let closes = tokens[at.min(tokens.len())..]
        .iter()
        .filter(|t| t.is_word)
        .all(|t| t.count.is_some() || crate::extract::casualty::counts::is_month_name(&t.norm));
    after_comma && closes && tokens[..at].iter().any(|t| RITES.contains(&t.norm))
}

/// How many words after an opening "By" and its date the count's verb may stand ("By
/// Tuesday the number of wounded had …").
const STATUS_REACH: usize = 6;

/// True when the date at tokens `at..end` is the time a count stands at, not an
/// incident's: after "as of" ("as of this morning"), or after an opening "By" with
/// the count's copula or verb of change right after it ("By Monday night it was
/// five", "By Tuesday the toll had risen to nine"); not "By noon troops had
/// detained five", the time the harm was done by.
fn status_time(tokens: &[Token], at: usize, end: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let as_of = at >= 2 && word(at - 1) == "of" && word(at - 2) == "as";
    let opening_by = at >= 1
        && word(at - 1) == "by"
        && tokens[..at - 1].iter().all(|t| !t.is_word)
        && tokens[end.min(tokens.len())..]
            .iter()
            .filter(|t| t.is_word)
            .take(STATUS_REACH)
            .any(|t| {
                matches!(
                    t.norm.as_str(),
                    "was" | "stood" | "rose" | "risen" | "climbed" | "reached"
                )
            });
    as_of || opening_by
}

/// Verbs of dying of [`dies_of_wounds`].
const DYING: WordSet<6> = WordSet::new(["died", "dies", "die", "succumbed", "succumbs", "succumb"]);

/// What people die of, or where, after they were wounded.
const WOUND_CAUSES: WordSet<3> = WordSet::new(["wounds", "injuries", "hospital"]);

/// True when a sentence counts up a period that runs to now: a perfect ("have been
/// killed", "had been wounded") or a toll, and every date it gives opens the period
/// ("Since January last year, at least 40 troops have been killed", "the death toll
/// since the outbreak of the clashes on August 27 has risen to 90"): its figures are a
/// running total of many incidents, with no incident day.
/// `found`: the sentence's dates ([`dates_in_tokens`]).
fn since_total(tokens: &[Token], found: &[SentenceDate<'_>]) -> bool {
    let has = |w: &str| tokens.iter().any(|t| t.norm == w);
    if !has("since") {
        return false;
    }
    let perfect = has("have") || has("has");
    // "had been killed since it launched its offensive on August 27": a past perfect
    // or a toll counts up a span from a happening that opened it or from a month
    // ("the toll since late August"); "the toll … 27 bodies had been brought in since
    // Saturday night" is a count of that night's attack.
    if !(perfect || has("had") || has("toll")) {
        return false;
    }
    // "He said at least 500 people had been killed since Friday", "… since Sunday, it
    // said": a perfect told in reported speech, its tense moved back ("have been
    // killed", he said).
    let reported_perfect = has("had")
        && tokens
            .iter()
            .any(|t| super::chunks::is_reporting_verb(&t.norm));
    !found.is_empty()
        && found.iter().all(|d| {
            let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
            let end = tokens.partition_point(|k| k.range.start < d.timex.range.end);
            // (A day, not a part of one: "since Saturday night" counts that night's
            // attack.)
            let backshifted = reported_perfect && !d.value.contains('T');
            at > 0
                && (tokens[at - 1].norm == "since"
                    && (perfect || backshifted || has("toll") && d.value.len() < 10)
                    || opens_span(tokens, at))
                && !when_after(tokens, end)
        })
}

/// Nouns of one blow, whose toll is that blow's however long it is counted ("146
/// civilians have been killed since launching a surprise assault on Thursday").
const BLOW_NOUNS: WordSet<8> = WordSet::new([
    "attack",
    "assault",
    "raid",
    "strike",
    "airstrike",
    "bombing",
    "ambush",
    "blast",
]);

/// True when the date at token `at` ends a clause opened by "since" that starts a
/// span of many happenings: an offensive launched, fighting that broke out, an arrest
/// that set off unrest ("since it launched its operation on August 27", "since the
/// outbreak of the clashes on Aug. 27"). Not a clause after a comparison (read by
/// [`in_since_clause`]), across a comma, or of one blow ([`BLOW_NOUNS`]).
fn opens_span(tokens: &[Token], at: usize) -> bool {
    let Some(s) = super::dating::since_clause_start(tokens, at) else {
        return false;
    };
    let clause = &tokens[s + 1..at.min(tokens.len())];
    clause.len() > 1
        && !compares_before(tokens, s)
        && !clause.iter().any(|t| {
            // A blow struck ("attacked Israel on 7 October"), not an offensive
            // launched.
            BLOW_NOUNS.contains(&t.norm)
                || matches!(t.norm.as_str(), "attacked" | "raided")
                || t.norm != "launched" && super::dating::INCIDENT_VERBS.contains(&t.norm)
        })
}

/// Words that name a tally's dead or its happenings again after "the", "these" or
/// "those" ("the dead included 39 fighters", "these operations left 66 fatalities").
const TALLY_AGAIN: WordSet<8> = WordSet::new([
    "dead",
    "killed",
    "wounded",
    "injured",
    "victims",
    "toll",
    "fatalities",
    "casualties",
]);

/// True when a sentence names the dead or the happenings of a tally told before it
/// again: "The dead included …", "These clashes left …", "Those killed were".
fn points_back(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        let (a, b) = (w[0].norm.as_str(), &w[1].norm);
        matches!(a, "the" | "these" | "those") && TALLY_AGAIN.contains(b)
            || matches!(a, "these" | "those") && is_fighting(&w[1])
    })
}

/// Units of a span of fighting whose toll is counted ("ten days of clashes", "the past
/// 48 hours"), with their length in days.
const SPAN_DAYS: [(&str, i64); 8] = [
    ("hours", 0),
    ("day", 1),
    ("days", 1),
    ("week", 7),
    ("weeks", 7),
    ("month", 30),
    ("months", 30),
    ("years", 365),
];

/// The words of [`SPAN_DAYS`], for one keyed look-up.
const SPAN_UNIT_WORDS: WordSet<{ SPAN_DAYS.len() }> = WordSet::new({
    let mut out = [""; SPAN_DAYS.len()];
    let mut i = 0;
    while i < SPAN_DAYS.len() {
        out[i] = SPAN_DAYS[i].0;
        i += 1;
    }
    out
});

/// What a span of many happenings is of ("eight days of fighting", "two weeks of
/// clashes"): fighting, not a captivity or a trip.
/// ("Bombing" is one blow's noun ([`BLOW_NOUNS`]): a sentence with it tells no span.)
const SPAN_OF: WordSet<6> = WordSet::new([
    "clashes",
    "battles",
    "unrest",
    "protests",
    "shelling",
    "bombardments",
]);

/// True for a noun of fighting told over a span ([`SPAN_OF`], wars, plural incidents).
fn is_fighting(t: &Token) -> bool {
    SPAN_OF.contains(&t.norm)
        || WAR_NOUNS.contains(&t.norm)
        || PLURAL_INCIDENT_NOUNS.contains(&t.norm)
}

/// The length in days of a span that a sentence's toll runs over, up to the telling:
/// "25 fighters were killed in 10 days of clashes", "eight days of fighting had killed
/// 71", "arrested 30 people over the past 48 hours". `None` for a span under two days
/// (a toll "in the past 24 hours" is of one incident) or none.
fn span_of_toll(tokens: &[Token]) -> Option<i64> {
    // Most sentences name no span's unit: one keyed look-up per word turns them away.
    if !tokens.iter().any(|t| SPAN_UNIT_WORDS.contains(&t.norm)) {
        return None;
    }
    // "injured in the attack, the latest in a week of violence": a toll told of one
    // blow is that blow's.
    if tokens.iter().any(|t| BLOW_NOUNS.contains(&t.norm)) {
        return None;
    }
    let words: Vec<&Token> = tokens.iter().filter(|t| t.is_word).collect();
    (0..words.len().saturating_sub(1)).find_map(|i| {
        let w = &words[i..];
        let &(_, per) = SPAN_DAYS.iter().find(|(u, _)| w[1].norm == *u)?;
        let n = if w[0].norm == "a" {
            1
        } else {
            i64::from(super::numbers::parse_count(&w[0].norm)?)
        };
        let days = if per == 0 { n / 24 } else { n * per };
        // The noun of fighting may follow a word that tells its kind ("three days of
        // street battles", "of fierce clashes").
        let of_fighting = w.get(2).is_some_and(|t| t.norm == "of")
            && words[(i + 3).min(words.len())..]
                .iter()
                .take(2)
                .any(|t| is_fighting(t));
        let past = i > 0
            && matches!(words[i - 1].norm.as_str(), "past" | "last")
            && i > 1
            && matches!(words[i - 2].norm.as_str(), "the" | "over" | "in" | "during");
        ((of_fighting || past) && days >= 2).then_some(days)
    })
}

/// Verbs that carry a tally to a new figure ("brought to 139 the number …").
const TALLY_VERBS: WordSet<6> = WordSet::new([
    "brought", "bringing", "raising", "raised", "pushing", "pushed",
]);

/// How many words before a tally noun its verb may stand.
const TALLY_VERB_REACH: usize = 8;

/// Where a running total since a happening (not a date) begins, as a token index:
/// the tally and its verb before "since" ("Wednesday's deaths brought to 1,815 the
/// number of troops killed in Iraq since the invasion": from "brought"), or the
/// sentence's start for a perfect of harm before it ("3,400 people have been killed
/// … since then", "has lost 52 servicemen since the war began"). `None` when
/// "since" opens a date (read by [`since_total`]) or is missing.
fn running_since(tokens: &[Token], found: &[SentenceDate<'_>]) -> Option<usize> {
    let s = tokens.iter().position(|t| t.norm == "since")?;
    let next = tokens.get(s + 1)?;
    // A date in the clause after "since" ("since it began on Tuesday") is read by
    // [`since_total`].
    let clause_end = tokens[s + 1..]
        .iter()
        .position(|t| !t.is_word && !t.is_punct('-'))
        .map_or(tokens.len(), |p| s + 1 + p);
    let dated = found.iter().any(|d| {
        d.timex.range.start >= next.range.start
            && tokens
                .get(clause_end)
                .is_none_or(|e| d.timex.range.start < e.range.start)
    });
    // "since the attack began", "since launching a surprise assault": a count
    // within the story's incident, not since a period began.
    let incident = tokens[s + 1..]
        .iter()
        .take(4)
        .any(|t| is_incident_noun(t) && !WAR_NOUNS.contains(&t.norm));
    if dated || incident || !next.is_word {
        return None;
    }
    // Its tally: a noun of a running count ("the number of soldiers killed since").
    if let Some(k) = tokens[..s]
        .iter()
        .rposition(|t| super::dating::TOLL_NOUNS.contains(&t.norm))
    {
        let from = k.saturating_sub(TALLY_VERB_REACH);
        return Some(
            tokens[from..k]
                .iter()
                .position(|t| TALLY_VERBS.contains(&t.norm))
                .map_or(k, |p| from + p),
        );
    }
    let perfect = (0..s).any(|i| {
        matches!(tokens[i].norm.as_str(), "have" | "has")
            && tokens[i + 1..s]
                .iter()
                .filter(|w| w.is_word)
                .take(3)
                .any(|w| HARM_VERBS.contains(&w.norm) || matches!(w.norm.as_str(), "lost" | "died"))
    });
    perfect.then_some(0)
}

/// True when a "when" clause follows the date ending at token `end` ("since last
/// month, when a bombing killed two guards"): the clause tells what happened on that
/// date, so its figures are of that day, not a running total since it.
fn when_after(tokens: &[Token], end: usize) -> bool {
    let mut rest = tokens[end.min(tokens.len())..].iter();
    match rest.next() {
        Some(t) if t.norm == "when" => true,
        Some(t) if t.is_punct(',') => rest.next().is_some_and(|t| t.norm == "when"),
        _ => false,
    }
}

/// Units of a span an incident can be set off from the story's by.
const SPAN_UNITS: WordSet<4> = WordSet::new(["days", "weeks", "months", "years"]);

/// True when a sentence sets its figures' clause off by a span with no count ("The
/// attack came days after Israeli strikes killed 40 people"): the figures are of
/// another incident, on a day the text does not give. A count before the span means
/// the figure is the main clause's ("Four were wounded days after the vote").
fn vague_offset(tokens: &[Token]) -> bool {
    tokens.windows(2).enumerate().any(|(k, w)| {
        SPAN_UNITS.contains(&w[0].norm)
            && matches!(w[1].norm.as_str(), "after" | "before")
            && !tokens[..k].iter().any(|t| t.count.is_some())
            && !k
                .checked_sub(1)
                .is_some_and(|p| matches!(tokens[p].norm.as_str(), "few" | "several" | "the"))
    })
}

/// Most words between the determiner and the incident noun of a recalling phrase.
const RECALL_MODIFIERS: usize = 3;

/// Modifiers that set an incident apart from the story's ("a separate incident",
/// "an unrelated attack", "another blast").
const APART: WordSet<4> = WordSet::new(["separate", "unrelated", "another", "different"]);

/// Nouns of an incident besides [`INCIDENT_WORDS`] and [`INCIDENT_NOUNS`] that a
/// setting-apart phrase may end on ("a separate incident", "another accident").
const OTHER_HAPPENINGS: WordSet<5> =
    WordSet::new(["incident", "accident", "crash", "clash", "episode"]);

/// How many words open a sentence, where a setting-apart phrase stands.
const OPENING_WORDS: usize = 6;

/// True when a sentence opens by setting its incident apart from the story's: "In a
/// separate incident, …", "Separately, …", "In an unrelated attack …", "Another blast
/// …". With no date of its own, such an incident has no day the article gives: it is
/// not the story's incident, whose day it would otherwise take.
pub fn opens_apart(tokens: &[Token]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.is_word)
        .take(OPENING_WORDS)
        .collect();
    if words.first().is_some_and(|t| t.norm == "separately") {
        return true;
    }
    words.iter().enumerate().any(|(i, t)| {
        APART.contains(&t.norm)
            && words[i + 1..].iter().take(2).any(|w| {
                INCIDENT_WORDS.contains(&w.norm)
                    || INCIDENT_NOUNS.contains(&w.norm)
                    || OTHER_HAPPENINGS.contains(&w.norm)
            })
    })
}

/// True when a sentence opens on a definite noun phrase naming an incident ("The
/// Iranian attack led to …", "That strike also wounded …"): it goes on telling of the
/// incident the sentence before it told of.
pub fn opens_with_recalled_incident(tokens: &[Token]) -> bool {
    let mut words = tokens.iter().filter(|t| t.is_word);
    if !words.next().is_some_and(|t| DEFINITE.contains(&t.norm)) {
        return false;
    }
    for t in words.take(RECALL_MODIFIERS + 1) {
        if NEWEST.contains(&t.norm) {
            return false;
        }
        if INCIDENT_WORDS.contains(&t.norm) || INCIDENT_NOUNS.contains(&t.norm) {
            return true;
        }
    }
    false
}

/// True when the timex at `at..end` (token indexes) stands right next to an incident
/// word: "a strike Thursday", "the attack on Monday", "Thursday's raid", "a Sunday
/// raid". Such a date is the incident's, where another date of the sentence may be a
/// page's date line or a day of something else.
fn attached_to_incident(tokens: &[Token], at: usize, end: usize) -> bool {
    let before = tokens[..at.min(tokens.len())]
        .iter()
        .rev()
        .filter(|t| t.is_word)
        .find(|t| t.norm != "on");
    let after = tokens.get(end..).and_then(|r| r.iter().find(|t| t.is_word));
    [before, after]
        .into_iter()
        .flatten()
        .any(|t| INCIDENT_WORDS.contains(&t.norm) || INCIDENT_NOUNS.contains(&t.norm))
}

/// The most distinct dates of one sentence kept for dating its figures.
const MAX_DATES: usize = 16;

/// Dates casualty figures by the incident days of an article, sentence by sentence.
///
/// A figure takes the date its sentence gives; a sentence that gives none takes the
/// article's incident day: the first day stated with a verb of taking place ("the
/// operation was conducted Thursday", "the attack occurred Saturday night"), else the
/// first day named in an incident sentence. A sentence that opens on a definite
/// incident ("The Iranian attack led to …") and gives no date of its own tells of the
/// incident of the sentence before it, and takes that one's date (a recalled, earlier
/// incident keeps its own date, not the story's).
#[derive(Debug, Default)]
pub struct IncidentDating {
    /// The reference date, bounding which days can be the story's incident days.
    reference: Option<NaiveDate>,
    /// The reference date written as a day value, to compare days with as text.
    reference_day: Option<String>,
    /// The incident days, in text order.
    days: Vec<String>,
    /// Days of incidents told as what the story's happening answers ("follows
    /// Sunday's bombing", "in retaliation for Monday's attack"): the story's day only
    /// when it names no other.
    triggers: Vec<String>,
    /// The months incident sentences date their incidents by, when they name no day
    /// ("killed 14 militants in March"), in text order.
    months: Vec<String>,
    /// Incident days and months further before the reference date than the story's
    /// may lie ([`near_reference`]), in text order: one such day is the story's day
    /// in a report of nothing newer (an inquiry into a strike two months before).
    old_days: Vec<String>,
    /// The first incident day stated with a verb of taking place: the story's day
    /// when it is within two days of the first incident day and not after it (a
    /// response "carried out" the day after an attack is not the story's day).
    stated: Option<String>,
    /// The dates of the previous incident sentence, when it told of an earlier
    /// incident (no day near the reference date).
    previous: Vec<String>,
    /// The dates the previous sentence with dates gave its incident, for a dateless
    /// sentence right after it that names "the strike" again.
    last: Vec<String>,
    /// True once a sentence has dated an incident by a day near the reference date:
    /// the story has news of its own, and an older day the sentence before gave is
    /// background. Until then (a report of an inquiry into a strike years ago) the
    /// older day is the story's.
    seen_recent: bool,
    /// True when that sentence told of an operation (a raid, a strike), whose dead
    /// are the militants a dateless sentence right after it counts.
    last_operation: bool,
    /// True when that sentence told of harm or an incident: a day it gives a meeting,
    /// a funeral or a statement ("Funerals were held on Saturday") dates no dateless
    /// sentence after it.
    last_incident: bool,
    /// Of that sentence's days, each with the incident word written nearest it
    /// ("struck … early Thursday … the cell that attacked a patrol late Tuesday").
    last_words: Vec<(String, String)>,
    /// The day of the incident a dateless sentence named again ("the casualties from
    /// that attack"), how many dateless sentences after it still tell of it, and the
    /// noun it was named by (the same noun still names it: "the strikes").
    topic: Option<(String, u8, String)>,
    /// True when an incident sentence gave a day that could not be placed (no
    /// reference date: "Sunday night" is `XXXX-XX-XXTNI`).
    unplaced: bool,
    /// The common period of an operation told from its first day to its last
    /// ("launched on Sunday 15 March, concluded on Tuesday 17 March"): the date of
    /// the totals told without a day of their own. Kept with the span's first day.
    span: Option<(String, String)>,
    /// Every incident day with the incident word written nearest it, in text order
    /// ("The strikes Sunday hit five sites": Sunday, "strikes").
    noun_days: Vec<(String, String)>,
    /// The period of the last tally told over a span ("since it launched its operation
    /// on August 27", "in eight days of fighting"), while the dateless sentences after
    /// it go on with it.
    tally: Option<String>,
    /// True when the sentence read last told a running total with no period of its
    /// own ("630 civilians have been killed since September"): a dateless sentence
    /// right after it that adds to it ("… 1,600 fighters had also died") is part of it.
    undated_total: bool,
    /// Where the sentence read last ends, and whether it ends with a colon (a list
    /// follows): a tally goes on into a new paragraph only as its list.
    last_end: usize,
    after_colon: bool,
}

/// Verbs that open an operation's span and verbs that close it.
const SPAN_OPENERS: WordSet<5> = WordSet::new(["launched", "began", "begun", "started", "opened"]);
const SPAN_CLOSERS: WordSet<7> = WordSet::new([
    "concluded",
    "ended",
    "finished",
    "completed",
    "wrapped",
    "closed",
    "until",
]);

/// True when two days of a sentence are the first and last of one operation: an
/// opening word before the first and a closing word between the two ("launched on
/// Sunday … concluded on Tuesday", "from Sunday to Tuesday").
fn spans_days(tokens: &[Token], found: &[super::dating::SentenceDate<'_>]) -> bool {
    let [a, b] = found else {
        return false;
    };
    // Token indexes of the first date's start and end, and of the second's start.
    let at = |byte: usize| tokens.partition_point(|k| k.range.start < byte);
    let (a0, a1, b0) = (
        at(a.timex.range.start),
        at(a.timex.range.end),
        at(b.timex.range.start),
    );
    let before: Vec<&str> = tokens[a0.saturating_sub(4)..a0]
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.norm.as_str())
        .collect();
    let between: Vec<&str> = tokens[a1.min(b0)..b0]
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.norm.as_str())
        .collect();
    let opened_by = |w: &str| before.contains(&w);
    let closed_by = |ws: &[&str]| between.iter().any(|b| ws.contains(b));
    // "launched on Sunday … concluded on Tuesday", "from Sunday to Tuesday",
    // "between 15 and 17 March".
    before.iter().any(|w| SPAN_OPENERS.contains(*w))
        && between.iter().any(|w| SPAN_CLOSERS.contains(*w))
        || opened_by("from") && closed_by(&["to", "until", "through"])
        || opened_by("between") && between.first() == Some(&"and")
}

/// How many dateless sentences after one that named an incident again still tell of
/// it ([`IncidentDating::topic`]): a paragraph's worth.
const TOPIC_REACH: u8 = 4;

/// Words of an operation against militants: the militants a sentence right after one
/// counts are its dead, not those of an attack told earlier.
const OPERATION_WORDS: WordSet<13> = WordSet::new([
    "raid",
    "raided",
    "raids",
    "strike",
    "struck",
    "airstrike",
    "airstrikes",
    "operation",
    "bombed",
    "stormed",
    "ambushed",
    "clearance",
    "sweep",
]);

/// True when a sentence counts militants ("five terrorists were killed"): the people
/// an operation kills or captures.
fn counts_militants(text: &str, tokens: &[Token]) -> bool {
    // "fighters" alone may be anyone's ("a wounded Peshmerga fighter").
    tokens.iter().any(|t| {
        super::casualty::lexicon::is_militant_marker(text, t)
            && !matches!(t.norm.as_str(), "fighter" | "fighters")
    })
}

/// How many words before a date the "since" of the clause it is in may stand.
const SINCE_REACH: usize = 14;

/// How many tokens before a date a running total's "since" may stand ("since it
/// erupted in March 2011").
const SINCE_BOUND_REACH: usize = 5;

/// True when the date at token `at` ends a clause opened by "since" with a subject and
/// a verb in the past, after a comparison ("the first major attack since Washington
/// launched strikes in Iraq on Friday", "the deadliest since …"): the happening the
/// comparison runs from. Not "since Friday" (a period's start), not a running total
/// ("has killed 11 since it began on Tuesday"), nor a clause after a comma.
fn in_since_clause(tokens: &[Token], at: usize) -> bool {
    let start = at.saturating_sub(SINCE_REACH);
    let before = &tokens[start..at.min(tokens.len())];
    let Some(s) = before.iter().rposition(|t| t.norm == "since") else {
        return false;
    };
    let clause = &before[s + 1..];
    compares_before(tokens, start + s)
        && !clause.iter().any(|t| !t.is_word && !t.is_punct('-'))
        && clause
            .iter()
            .skip(1)
            .any(|t| super::events::verbs::is_past(&t.norm))
}

/// True when a comparison stands before the "since" at token `s` ("the first major
/// attack since …", "the deadliest since …").
fn compares_before(tokens: &[Token], s: usize) -> bool {
    tokens[s.saturating_sub(COMPARISON_REACH)..s]
        .iter()
        .any(|t| {
            let w = t.norm.as_str();
            matches!(w, "first" | "most" | "only" | "worst" | "biggest")
                || w.len() > 5 && w.ends_with("iest")
                || w.len() > 6 && w.ends_with("est") && !w.ends_with("test")
        })
}

/// The tokens of a clause set off by ", where" that holds token `at` ("In Najaf,
/// where protesters torched the consulate on Wednesday night, …"), up to the next
/// comma or semicolon; `None` when `at` stands in no such clause.
fn where_clause_around(tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    let breaks = |t: &Token| t.is_punct(',') || t.is_punct(';');
    let open = tokens[..at.min(tokens.len())].iter().rposition(breaks)?;
    if tokens.get(open + 1).is_none_or(|t| t.norm != "where") {
        return None;
    }
    let close = tokens[at..]
        .iter()
        .position(breaks)
        .map_or(tokens.len(), |k| at + k);
    Some((open + 1, close))
}

/// How many words before "since" the comparison it completes may stand ("the
/// deadliest single attack on Iraqi forces since …").
const COMPARISON_REACH: usize = 12;

impl IncidentDating {
    /// Dating for an article with this reference date.
    pub fn new(reference: Option<NaiveDate>) -> Self {
        IncidentDating {
            reference,
            reference_day: reference.map(|r| r.to_string()),
            ..IncidentDating::default()
        }
    }

    /// Reads one sentence (`tokens` of `range`) and returns the distinct dates its
    /// figures are dated by, in text order, or that they have none. `incident`: the
    /// sentence tells of an incident (a figure or an incident word).
    pub fn sentence(
        &mut self,
        text: &str,
        tokens: &[Token],
        range: Range<usize>,
        timexes: &[TimexHit],
        incident: bool,
    ) -> FigureDates {
        // The sentence's dates, found once for every test below. A death from wounds
        // ("a fourth soldier died of his wounds this morning") is dated by the day
        // of the attack that wounded him, not by the day he died.
        if incident
            && self.reference.is_none()
            && super::dating::timexes_in(timexes, range.clone())
                .iter()
                .any(|t| t.value.starts_with("XXXX-") && t.kind == crate::model::TimexType::Date)
        {
            self.unplaced = true;
        }
        let (start, end) = (range.start, range.end);
        let mut found = dates_in_tokens(text, tokens, range, timexes);
        // "The Islamic State group on Thursday claimed responsibility for an ambush":
        // the day of a claim is no day of the incident it claims (a timeline keeps it
        // as the day the claim was made).
        found.retain(|d| {
            let end = tokens.partition_point(|k| k.range.start < d.timex.range.end);
            !tokens
                .get(end)
                .is_some_and(|t| t.is_word && CLAIM_VERBS.contains(&t.norm))
        });
        // "The group claimed the attack on Friday", "the monitor had reported 36
        // deaths on Friday": after an incident the story dated earlier, the day a
        // claim or a count is told on is the telling's, not the incident's.
        if let Some(first) = self.days.first().cloned() {
            found.retain(|d| {
                let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
                !(d.value.len() == 10 && d.value > first && dates_a_telling(tokens, at))
            });
        }
        // "In Najaf, where protesters torched the consulate on Wednesday night,
        // security forces killed four": a day inside a clause that "where" opens after
        // a place is that clause's happening's, not the day of figures outside it.
        found.retain(|d| {
            let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
            where_clause_around(tokens, at).is_none_or(|(from, to)| {
                let counted = |k: &Token| k.count.is_some_and(|n| n > 0);
                !tokens.iter().any(counted) || tokens[from..to].iter().any(counted)
            })
        });
        // "the first major attack since Washington launched strikes on Friday": the
        // day of the happening a comparison counts from is no incident's.
        found.retain(|d| {
            let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
            !in_since_clause(tokens, at)
        });
        if !found.is_empty() && incident {
            // The attack's own date before the death, if the sentence gives it ("the
            // attack on the night of Tuesday …, after one of the wounded succumbed on
            // Thursday"), is kept; the day of the death is not.
            if let Some(at) = dies_of_wounds(tokens) {
                found.retain(|d| d.timex.range.start < at);
            }
        }
        // "… suffered concussions after being evaluated on March 15": the day of a
        // diagnosis or treatment is not the incident's; nor is the time a count
        // stands at ("As of this morning, eight …", "By Monday night it was five").
        if incident && !found.is_empty() {
            found.retain(|d| {
                let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
                let end = tokens.partition_point(|k| k.range.start < d.timex.range.end);
                (!of_care(tokens, at) || names_incident(tokens, end))
                    && !status_time(tokens, at, end)
            });
        }
        // "The conflict has killed 320,000 people since it erupted in March 2011": the
        // day a running total counts from, in a clause after "since", dates none of it.
        if !found.is_empty() && tells_running_total(tokens) {
            found.retain(|d| {
                let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
                // A date right after "since" is read by `since_total` below.
                !tokens[at.saturating_sub(SINCE_BOUND_REACH)..at.saturating_sub(1)]
                    .iter()
                    .any(|t| t.norm == "since")
            });
        }
        let since_when = found.iter().find_map(|d| {
            let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
            let end = tokens.partition_point(|k| k.range.start < d.timex.range.end);
            let when = (end..tokens.len().min(end + 2)).find(|&k| tokens[k].norm == "when")?;
            (at > 0 && tokens[at - 1].norm == "since" && when_after(tokens, end))
                .then(|| (tokens[when].range.start, d.value.clone()))
        });
        let running_from = running_since(tokens, &found).map(|k| tokens[k].range.start);
        let since = since_total(tokens, &found);
        // Read only for a dateless sentence right after an operation.
        let militants = || counts_militants(text, tokens) && !opens_apart(tokens);
        // A running total from a happening that opened a span: its day is the span's
        // start, no day of an incident, old or new, that the article's other figures
        // could take ("More than 420 have been killed since the protests erupted on
        // October 1" in a report of one night; "since Monday" may be an incident's).
        let opened = since
            && found.iter().all(|d| {
                opens_span(
                    tokens,
                    tokens.partition_point(|k| k.range.start < d.timex.range.start),
                )
            });
        let noted = (self.days.len(), self.months.len(), self.old_days.len());
        let mut dates = self.sentence_dates(tokens, &found, incident, &militants);
        if opened {
            self.days.truncate(noted.0);
            self.months.truncate(noted.1);
            self.old_days.truncate(noted.2);
            self.last.clear();
        }
        // "ISIS has killed 387 people in the desert since January": a running total from
        // a date to the report's is of the period they share (the year), as strikes told
        // together take their common month; "since January last year" shares none.
        let since_period = if since {
            self.reference_day.as_deref().and_then(|r| {
                let mut values: Vec<String> = found.iter().map(|d| d.value.clone()).collect();
                values.push(r.to_string());
                common_period(&values).filter(|p| p.len() < 10)
            })
        } else if found.is_empty() && self.reference.is_some() {
            // "eight days of fighting had killed 71": the span up to the telling.
            span_of_toll(tokens)
                .zip(self.reference)
                .and_then(|(days, r)| {
                    let from = r.checked_sub_days(chrono::Days::new(days.unsigned_abs()))?;
                    common_period(&[from.to_string(), r.to_string()])
                })
                .filter(|p| p.len() < 10)
        } else {
            None
        };
        // "… 25 of its members had been killed since it launched its operation on August
        // 27. It said its fighters had killed 29 …", "these operations left 66
        // fatalities: • 12 civilians …": the dateless sentences right after a tally
        // of a period break it down or go on with it, until one gives a date or names
        // one blow.
        // A new paragraph goes on only after a colon ("they are:"), as a list's item,
        // or pointing back to the tally ("The dead included …", "These attacks …").
        let (last_end, after_colon) = (self.last_end, self.after_colon);
        let goes_on = || {
            !text
                .get(last_end.min(start)..start)
                .unwrap_or("")
                .contains('\n')
                || after_colon
                || points_back(tokens)
                || tokens
                    .first()
                    .is_some_and(|t| ['•', '·', '*', '-', '–'].iter().any(|&c| t.is_punct(c)))
        };
        let carried = match &since_period {
            Some(p) => {
                self.tally = Some(p.clone());
                None
            }
            None if self.tally.is_some()
                && found.is_empty()
                && goes_on()
                && !tokens.iter().any(|t| BLOW_NOUNS.contains(&t.norm))
                && !tells_running_total(tokens) =>
            {
                self.tally.clone()
            }
            None => {
                self.tally = None;
                None
            }
        };
        self.last_end = end;
        self.after_colon = tokens.last().is_some_and(|t| t.is_punct(':'));
        if let Some(p) = since_period.as_ref().or(carried.as_ref()) {
            dates = vec![p.clone()];
        }
        let adds_to_total = self.undated_total
            && found.is_empty()
            && goes_on()
            && tokens.iter().any(|t| t.norm == "also")
            && !tokens.iter().any(|t| BLOW_NOUNS.contains(&t.norm));
        let undated = dates.is_empty() && (tells_running_total(tokens) || opens_apart(tokens))
            || since && since_period.is_none()
            || dates.is_empty() && incident && vague_offset(tokens)
            || dates.is_empty() && adds_to_total;
        self.undated_total = since && since_period.is_none() || adds_to_total;
        let offset = if dates.is_empty() && incident {
            offset_clause(tokens)
        } else {
            None
        };
        // Where each date stands, for a sentence that dates two incidents.
        let at = if dates.len() > 1 {
            found
                .into_iter()
                .filter(|d| dates.contains(&d.value))
                .map(|d| (d.timex.range.start, d.value))
                .collect()
        } else {
            Vec::new()
        };
        // Read by [`IncidentDating::date_of`] only for a sentence of plural incidents.
        // Also for a dateless sentence that names one incident again ("The attack on
        // the base left five troops injured"): of several incident days, its noun's.
        let noun = (dates.is_empty() && incident)
            .then(|| {
                if let Some(noun) = toll_incident_noun(tokens) {
                    Some(noun)
                } else if tokens
                    .iter()
                    .any(|t| PLURAL_INCIDENT_NOUNS.contains(&t.norm))
                {
                    incident_noun(tokens)
                } else {
                    definite_incident_noun(tokens)
                }
            })
            .flatten()
            .map(str::to_string);
        FigureDates {
            dates,
            undated,
            offset,
            at,
            answered: false,
            noun,
            since_when,
            running_from,
        }
    }

    /// [`Self::sentence`] before running totals are told apart; `militants`: whether
    /// the sentence counts militants (asked only when it matters).
    fn sentence_dates(
        &mut self,
        tokens: &[Token],
        found: &[SentenceDate<'_>],
        incident: bool,
        militants: &dyn Fn() -> bool,
    ) -> Vec<String> {
        if found.is_empty() {
            // No date: a figure of it may recall the incident of the sentence before.
            if !incident {
                return Vec::new();
            }
            let recalled = opens_with_recalled_incident(tokens);
            // The incident the sentence names again ("the strike", "that attack").
            let named = definite_incident_noun(tokens);
            // The sentences right after one that named an incident again tell of it
            // ("… the casualties from that attack. Four service members were
            // injured.").
            if let Some((day, left, noun)) = self.topic.as_mut() {
                let again = named.is_none_or(|n| same_incident_stem(n, noun));
                if *left > 0 && !recalled && again {
                    *left -= 1;
                    return vec![day.clone()];
                }
            }
            // A sentence opening on the incident the one before recalled keeps that
            // incident's date; one opening on the story's own, of several the sentence
            // before dated ("The strikes …" after "struck late Tuesday … on Sunday
            // night"), takes the day written with its noun.
            let own_of_several = recalled
                && self.previous.is_empty()
                && (self.last.len() >= 2 || self.last_words.len() >= 2)
                && named.is_some_and(|n| {
                    self.last_words
                        .iter()
                        .filter(|(_, w)| same_incident_stem(w, n))
                        .count()
                        == 1
                });
            return if recalled && !own_of_several {
                self.last.clear();
                self.previous.clone()
            } else {
                self.previous.clear();
                // "No civilians were harmed in the strike": the story's incident the
                // sentence before dated by one day (not an earlier one it recalled,
                // nor a campaign of many).
                let last = std::mem::take(&mut self.last);
                let words = std::mem::take(&mut self.last_words);
                // "… blew himself up during a U.S. raid in February. Thirteen people were
                // killed in that raid": a demonstrative points back to the incident the
                // sentence before dated with its noun, however long before the report
                // and at whatever precision.
                if let Some(noun) = demonstrative_incident_noun(tokens) {
                    let mut days = words
                        .iter()
                        .filter(|(_, w)| same_incident_stem(w, noun))
                        .map(|(d, _)| d);
                    if let (Some(day), None) = (days.next(), days.next()) {
                        let past = self
                            .reference_day
                            .as_deref()
                            .is_none_or(|r| day.as_str() <= r);
                        if past && day.starts_with(|c: char| c.is_ascii_digit()) {
                            return vec![day.clone()];
                        }
                    }
                }
                // "…struck on Thursday the cell that attacked a patrol late Tuesday. The
                // casualties from that attack …": of several days, the one written
                // with the incident the sentence names again; so too when the sentence
                // before kept only another of them for its own figures ("struck 85
                // targets on Friday in response to an attack on Jan. 28. … killed in
                // the strikes": Friday's).
                if last.len() >= 2 || words.len() >= 2 {
                    if let Some(noun) = named {
                        let mut days = words
                            .iter()
                            .filter(|(_, w)| same_incident_stem(w, noun))
                            .map(|(d, _)| d);
                        if let (Some(day), None) = (days.next(), days.next()) {
                            if is_day(day) && near_reference(day, self.reference) {
                                self.topic = Some((day.clone(), TOPIC_REACH, noun.to_string()));
                                return vec![day.clone()];
                            }
                        }
                    }
                }
                // "A gunship then struck the launcher, killing one", "More than 100
                // troops were later diagnosed": the next step of the incident the
                // sentence before dated by one date, however old and at whatever
                // precision.
                if let [day] = last.as_slice() {
                    if day.starts_with(|c: char| c.is_ascii_digit()) && tells_sequel(tokens) {
                        return vec![day.clone()];
                    }
                }
                let retrospective = !self.seen_recent;
                match last.as_slice() {
                    [day]
                        if is_day(day)
                            && self.last_incident
                            && (near_reference(day, self.reference) || retrospective)
                            && !tokens.iter().enumerate().any(|(k, t)| {
                                // "the strikes" points back; "strikes" counts many.
                                PLURAL_INCIDENT_NOUNS.contains(&t.norm)
                                    && !tokens[k.saturating_sub(3)..k]
                                        .iter()
                                        .any(|d| DEFINITE.contains(&d.norm) || d.norm == "these")
                            })
                            && (named.is_some()
                                || denies_harm(tokens)
                                || retrospective
                                || self.last_operation && militants()) =>
                    {
                        // The sentences after it tell of that incident too, when it
                        // is named by the noun it was dated with ("the March 14
                        // attack … during the attack"), not another ("an Aug. 22
                        // attack … During the raid").
                        if let Some(n) =
                            named.filter(|n| words.iter().any(|(_, w)| same_incident_stem(w, n)))
                        {
                            self.topic = Some((day.clone(), TOPIC_REACH, n.to_string()));
                        }
                        vec![day.clone()]
                    }
                    _ => Vec::new(),
                }
            };
        }
        let dates = self.dates_given(tokens, found, incident);
        self.seen_recent |= dates
            .iter()
            .any(|d| is_day(d) && near_reference(d, self.reference));
        self.topic = None;
        self.last.clone_from(&dates);
        self.last_incident = incident;
        self.last_words = nearest_incident_words(tokens, found);
        if incident {
            self.noun_days.extend(
                nearest_incident_nouns(tokens, found)
                    .into_iter()
                    .filter(|(d, _)| is_day(d)),
            );
        }
        self.last_operation = tokens
            .iter()
            .any(|t| t.is_word && OPERATION_WORDS.contains(&t.norm));
        dates
    }

    /// The dates a sentence with dates `found` gives its figures (see
    /// [`Self::sentence_dates`]), noting the article's incident days.
    fn dates_given(
        &mut self,
        tokens: &[Token],
        found: &[super::dating::SentenceDate<'_>],
        incident: bool,
    ) -> Vec<String> {
        let plural = || {
            tokens
                .iter()
                .any(|t| t.is_word && PLURAL_INCIDENT_NOUNS.contains(&t.norm))
        };
        let mut dates: Vec<String> = Vec::new();
        let mut attached: Vec<String> = Vec::new();
        for d in found {
            if dates.len() < MAX_DATES && !dates.contains(&d.value) {
                dates.push(d.value.clone());
            }
            let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
            let end = tokens.partition_point(|k| k.range.start < d.timex.range.end);
            if attached.len() < MAX_DATES
                && !attached.contains(&d.value)
                && attached_to_incident(tokens, at, end)
            {
                attached.push(d.value.clone());
            }
        }
        // "overnight Thursday into Friday": one night, on the day it began.
        if let [first, second] = dates.as_slice() {
            if night_into(tokens, found) && next_day(first, second) {
                dates.truncate(1);
                attached.clear();
            }
        }
        // An operation told from its first day to its last: its totals are of the
        // span (the first such span of the article).
        if let [first, second] = dates.as_slice() {
            let within_week = match (
                crate::timeval::parse_day(first),
                crate::timeval::parse_day(second),
            ) {
                (Some(a), Some(b)) => b > a && (b - a).num_days() <= 7,
                _ => false,
            };
            if within_week && self.span.is_none() && spans_days(tokens, found) {
                self.span = common_period(&dates).map(|p| (first.clone(), p));
            }
        }
        // "Jets killed four on Tuesday in revenge for Sunday's attack": the figures are
        // of the answer, dated by its own day, not by the incident it answers.
        let incident = incident
            || tokens
                .iter()
                .any(|t| t.is_word && INCIDENT_VERBS.contains(&t.norm));
        // (Read only where it matters: an incident sentence, or one of several dates.)
        let answered: Vec<&str> = if incident || dates.len() > 1 {
            found
                .iter()
                .filter(|d| {
                    let at = tokens.partition_point(|k| k.range.start < d.timex.range.start);
                    answers_trigger(tokens, at)
                })
                .map(|d| d.value.as_str())
                .collect()
        } else {
            Vec::new()
        };
        if !answered.is_empty() && dates.iter().any(|d| !answered.contains(&d.as_str())) {
            dates.retain(|d| !answered.contains(&d.as_str()));
            attached.retain(|d| !answered.contains(&d.as_str()));
        }
        // Of several dates, one incident's day is the one written next to it.
        if dates.len() > 1 && attached.len() == 1 && !plural() {
            dates = attached;
        }
        // "wrapped up a two-day sweep on Wednesday, killing nine": its totals are of
        // the days it lasted.
        if let [day] = dates.as_slice() {
            if let Some(period) = lasting_operation(tokens).and_then(|n| days_ending(day, n)) {
                dates = vec![period];
            }
        }
        if !incident {
            return dates;
        }
        let mut stated = None;
        let triggers = &answered;
        // "The operation is expected to continue tomorrow": a day still to come is no
        // day anything happened on.
        // (ISO days compare as text: the sentence is read for its future words only
        // for a day after the reference date.)
        let ahead = |d: &str| {
            is_day(d)
                && self.reference_day.as_deref().is_some_and(|r| d > r)
                && tells_future(tokens)
        };
        // The answered incidents' days, whether or not the figures took them.
        for &d in triggers.iter() {
            if is_day(d)
                && near_reference(d, self.reference)
                && self.triggers.len() < MAX_DATES
                && !self.triggers.iter().any(|t| t == d)
            {
                self.triggers.push(d.to_string());
            }
        }
        for d in &dates {
            if ahead(d) || triggers.contains(&d.as_str()) {
                continue;
            }
            if is_day(d) && near_reference(d, self.reference) {
                let stated = *stated.get_or_insert_with(|| {
                    self.stated.is_none()
                        && tokens
                            .iter()
                            .any(|t| t.is_word && HAPPENING.contains(&t.norm))
                });
                if stated && self.stated.is_none() {
                    self.stated = Some(d.clone());
                }
                if self.days.len() < MAX_DATES && !self.days.contains(d) {
                    self.days.push(d.clone());
                }
            } else if is_month(d)
                && month_near_reference(d, self.reference)
                && self.months.len() < MAX_DATES
                && !self.months.contains(d)
            {
                self.months.push(d.clone());
            } else if (is_day(d) || is_month(d))
                && self
                    .reference_day
                    .as_deref()
                    .is_some_and(|r| d.as_str() < r)
                && self.old_days.len() < MAX_DATES
                && !self.old_days.contains(d)
            {
                self.old_days.push(d.clone());
            }
        }
        // Only an earlier incident is recalled: a sentence dated by one of the story's
        // own days hands nothing on (its days are the default already).
        let story_day = dates
            .iter()
            .any(|d| is_day(d) && near_reference(d, self.reference));
        self.previous.clear();
        if !story_day {
            self.previous.clone_from(&dates);
        }
        dates
    }

    /// The article's incident day: the first day named in an incident sentence, or the
    /// day stated with a verb of taking place when it is within two days of that one
    /// (the same incident told by two days, e.g. local and US time); a day stated
    /// further off is another incident the story recalls.
    fn incident_day(&self) -> Option<String> {
        // An article with no reference date that leaves an incident's day unresolved
        // ("on Sunday night"): the days it does write out are the background it
        // recalls ("since the attack of 7 October 2023"), not the story's incident.
        if self.reference.is_none() && self.unplaced {
            return None;
        }
        if let (Some((start, span)), Some(first)) = (&self.span, self.days.first()) {
            // The story's incident is the operation whose span begins on its day.
            if start == first {
                return Some(span.clone());
            }
        }
        let Some(first) = self.days.first().or(self.triggers.first()) else {
            // No day: the month an incident sentence names, if any; else, in a report
            // of no newer incident, the one older day its incident sentences name ("A
            // US strike killed 105 civilians … hit the roof on March 17" in May's
            // report of the inquiry).
            return self
                .months
                .first()
                .cloned()
                .or_else(|| match self.old_days.as_slice() {
                    [one] if is_day(one) => Some(one.clone()),
                    _ => None,
                });
        };
        let close = |s: &String| match (
            crate::timeval::parse_day(s),
            crate::timeval::parse_day(first),
        ) {
            (Some(a), Some(b)) => (a - b).num_days().abs() <= 2,
            _ => false,
        };
        Some(
            self.stated
                .as_ref()
                .filter(|s| close(s) && s.as_str() <= first.as_str())
                .unwrap_or(first)
                .clone(),
        )
    }

    /// The incident date of a figure whose sentence gave `dates` ([`Self::sentence`]),
    /// once every sentence is read. A sentence with no date takes the article's
    /// incident day (the common period of its incident days when it tells of several
    /// incidents); several dates give their common period; a week that holds the
    /// incident day is that day ("earlier this week" of a raid the article puts on
    /// Thursday), and so is a weekend.
    pub fn date_of(&self, dates: &FigureDates, plural: bool) -> Option<String> {
        if dates.undated {
            return None;
        }
        // The answered incident told with no day of the sentence's own ("jets hit
        // back after a drone attack that wounded four"): the day the article gives
        // the incident it answers.
        if dates.answered && dates.dates.is_empty() {
            let answer = self
                .incident_day()
                .and_then(|d| crate::timeval::parse_day(&d));
            let earlier = self
                .triggers
                .first()
                .or_else(|| {
                    self.days
                        .iter()
                        .filter(|d| {
                            matches!((crate::timeval::parse_day(d), answer), (Some(x), Some(a)) if x < a && (a - x).num_days() <= 7)
                        })
                        .min()
                });
            if let Some(day) = earlier {
                return Some(day.clone());
            }
        }
        // The answered incident: the latest of the article's days before the day
        // the sentence answers it on.
        if dates.answered {
            if let Some(own) = dates
                .dates
                .first()
                .and_then(|d| crate::timeval::parse_day(d))
            {
                let earlier = self
                    .triggers
                    .iter()
                    .chain(&self.days)
                    .filter(|d| crate::timeval::parse_day(d).is_some_and(|x| x < own))
                    .max();
                if let Some(day) = earlier {
                    return Some(day.clone());
                }
            }
        }
        let default = self.incident_day();
        if let (Some((span, n)), Some(day)) = (dates.offset, default.as_deref()) {
            return shifted(day, span, n);
        }
        // "The death toll from the airstrikes rose to 25" in a report of an attack on
        // Friday and strikes on Sunday ("The strikes Sunday hit five sites"): the one
        // day written with that incident's noun.
        let named_day = || {
            let noun = dates.noun.as_deref()?;
            let mut days = self
                .noun_days
                .iter()
                .filter(|(_, w)| same_incident_stem(w, noun))
                .map(|(d, _)| d);
            let first = days.next()?;
            days.all(|d| d == first).then(|| first.clone())
        };
        let dates = dates.dates.as_slice();
        let value = match dates {
            // Of several days, the one its noun names, else the period they share.
            [] if plural && self.days.len() >= 2 => {
                named_day().or_else(|| common_period(&self.days))
            }
            // "The attack on the base left five troops injured" in a report that also
            // dates a strike the week before: the day "the attack" is told on.
            // (A day next to the story's is one incident told across midnight: the
            // story's day stands.)
            [] if self.days.len() >= 2 => named_day()
                .filter(|named| !within_a_day(named, default.as_deref()))
                .or_else(|| default.clone()),
            [] => default.clone(),
            [one] => Some(one.clone()),
            // "Ten months later, on 16 January 2019": a period and a day within it
            // name one day.
            _ => nested_day(dates)
                .or_else(|| common_period(dates))
                .or_else(|| dates.first().cloned()),
        }?;
        match default {
            Some(day) if week_holds(&value, &day) => Some(day),
            _ => Some(value),
        }
    }
}

/// True when two days are at most a day apart (or there is no second day).
fn within_a_day(day: &str, other: Option<&str>) -> bool {
    let parse = crate::timeval::parse_day;
    match (parse(day), other.and_then(parse)) {
        (Some(a), Some(b)) => (a - b).num_days().abs() <= 1,
        _ => true,
    }
}

/// The most specific of several dates when each of the others holds it (a month
/// and a day of that month), else none.
fn nested_day(dates: &[String]) -> Option<String> {
    let longest = dates.iter().max_by_key(|d| d.len())?;
    dates
        .iter()
        .all(|d| longest.starts_with(d.as_str()))
        .then(|| longest.clone())
}

/// The dates a sentence gives its figures ([`IncidentDating::sentence`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FigureDates {
    /// The distinct dates, in text order.
    pub dates: Vec<String>,
    /// The figures have no incident day at all (a running total of a campaign).
    pub undated: bool,
    /// The figures are told in a clause set off from the story's incident by a span
    /// ("came two weeks after gunmen ambushed a patrol, wounding four"): the span in
    /// days, weeks, months or years, negative before the story's incident.
    pub offset: Option<(Span, i64)>,
    /// Where each of several dates stands (byte offset) with its value, in text order;
    /// empty when the sentence gives one date or none.
    pub at: Vec<(usize, String)>,
    /// The figure is told inside the incident the sentence's happening answers ("jets
    /// struck last night in revenge for a drone attack that left 11 troops
    /// injured"): it is of that earlier incident, not of the sentence's date.
    pub answered: bool,
    /// For a sentence with no date of its own, the incident noun it names ("the death
    /// toll from the airstrikes"): the one day the article writes with that noun dates
    /// its figures ([`IncidentDating::date_of`]).
    pub noun: Option<String>,
    /// Where a "when" clause after "since <date>" opens (byte offset), with that date:
    /// figures told in it are of that day ("the deadliest since September 2021, when
    /// 13 officers were killed"), whatever else the sentence dates.
    pub since_when: Option<(usize, String)>,
    /// Where a running total since a happening begins (byte offset): figures from
    /// there on ("… brought to 139 the number of soldiers killed since the invasion",
    /// "have been killed since then") have no incident day.
    pub running_from: Option<usize>,
}

/// Words that link two clauses, each of which may tell its own incident.
const CLAUSE_LINKS: WordSet<8> = WordSet::new([
    "and", "before", "after", "when", "while", "but", "then", "as",
]);

/// True when token `i`, after a date, is one of [`CLAUSE_LINKS`] opening a clause of
/// its own: not the "when" that tells what happened at that date ("Monday's attack,
/// when a mine tore through a truck"), nor the "and" of a pair of places ("between
/// Tarmiyah and Mashahda") or of two outcomes of one blow ("killing two soldiers and
/// wounding a third").
fn links_clauses(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !CLAUSE_LINKS.contains(&t.norm) || t.norm == "when" {
        return false;
    }
    if t.norm != "and" {
        return true;
    }
    let between = tokens[i.saturating_sub(4)..i]
        .iter()
        .any(|w| w.norm == "between");
    let outcome_next = tokens
        .get(i + 1)
        .is_some_and(|w| w.norm.ends_with("ing") && outcome_word(&w.norm).is_some());
    !between && !outcome_next && !counted_conjunct(tokens, i)
}

/// True when the "and" at `i` joins one more counted phrase to a list with no verb of
/// its own ("the toll from Thursday's blast rose to 170 Afghans and 13 US troops on
/// Friday"): the list's people share its clause. A counted subject with its verb
/// ("and three soldiers were killed on Tuesday") opens a clause.
fn counted_conjunct(tokens: &[Token], i: usize) -> bool {
    // Past the count's qualifier ("and at least 13", "and more than 40").
    let k = (i + 1..(i + 4).min(tokens.len()))
        .find(|&k| {
            let lead: Vec<&str> = tokens[i + 1..k].iter().map(|t| t.norm.as_str()).collect();
            tokens[k].count.is_some()
                && super::casualty::lexicon::qualifier_before(&lead).1 == lead.len()
        })
        .unwrap_or(i + 1);
    if tokens.get(k).is_none_or(|t| t.count.is_none()) {
        return false;
    }
    for t in tokens[k + 1..].iter().take(CONJUNCT_WORDS) {
        if !t.is_word || PLACE_OR_TIME_PREPOSITIONS.contains(&t.norm) {
            return true;
        }
        if matches!(
            t.norm.as_str(),
            "were" | "was" | "are" | "is" | "had" | "have" | "has" | "been" | "remain" | "remained"
        ) || outcome_word(&t.norm).is_some()
        {
            return false;
        }
    }
    false
}

/// Most words of a counted phrase in a list ("13 US service members").
const CONJUNCT_WORDS: usize = 6;

/// Prepositions that close a counted phrase and open where or when it was counted.
const PLACE_OR_TIME_PREPOSITIONS: WordSet<7> =
    WordSet::new(["on", "in", "at", "by", "near", "during", "overnight"]);

/// Words that open the incident a happening answers: "in revenge for", "in
/// retaliation for", "in response to", "to avenge", "a reprisal for".
const ANSWERING: WordSet<8> = WordSet::new([
    "follows",
    "followed",
    "revenge",
    "retaliation",
    "response",
    "reprisal",
    "avenge",
    "avenging",
]);

/// Every word that may open an answered incident: [`ANSWERING`], the
/// [`CAUSE_NOUNS`] and "after" — one look-up turns the others away.
const ANSWERING_OPENERS: WordSet<{ ANSWERING.len() + CAUSE_NOUNS.len() + 1 }> =
    WordSet::union_of(&[ANSWERING.keys(), CAUSE_NOUNS.keys(), AFTER.keys()]);

/// "after", as a set for [`ANSWERING_OPENERS`].
const AFTER: WordSet<1> = WordSet::new(["after"]);

/// True when the figure starting at byte `start` is told inside the incident its
/// sentence's happening answers: after "in revenge for", "in retaliation for", "in
/// response to", "to avenge" or "follows" in the same clause, or after a cause noun
/// and its copula ("the trigger for the raid was Sunday's ambush, which killed two").
pub fn in_answered_incident(tokens: &[Token], start: usize) -> bool {
    let before = &tokens[..tokens.partition_point(|t| t.range.start < start)];
    // Most figures have none of the words looked for before them.
    if !before
        .iter()
        .any(|t| t.is_word && ANSWERING_OPENERS.contains(&t.norm))
    {
        return false;
    }
    // "The trigger for today's sweep appears to be Sunday's attack …, killing two
    // soldiers": after a cause noun's copula.
    if let Some(cause) = before.iter().position(|t| CAUSE_NOUNS.contains(&t.norm)) {
        if before[cause..]
            .iter()
            .any(|t| CAUSE_COPULAS.contains(&t.norm))
        {
            return true;
        }
    }
    // "Thursday's curfew came after Monday's bombing, which killed three".
    let came_after = |k: usize| {
        before[k].norm == "after"
            && before[..k]
                .iter()
                .rev()
                .find(|t| t.is_word)
                .is_some_and(|p| matches!(p.norm.as_str(), "came" | "comes" | "days" | "hours"))
    };
    let Some(k) = before
        .iter()
        .enumerate()
        .rposition(|(k, t)| ANSWERING.contains(&t.norm) || came_after(k))
    else {
        return false;
    };
    let opens = match before[k].norm.as_str() {
        "after" => true,
        "avenge" | "avenging" | "follows" | "followed" => true,
        _ => before
            .get(k + 1)
            .is_some_and(|t| t.norm == "for" || t.norm == "to"),
    };
    // (A sentence's tokens: a '.' inside it ends an abbreviation, "Jan. 28", not a
    // clause.)
    opens && !before[k..].iter().any(|t| t.is_punct(';'))
}

impl FigureDates {
    /// The dates of the figure starting at byte `start` of a sentence (`tokens`) that
    /// tells of two incidents on different days ("Three soldiers were wounded when
    /// rockets hit on Wednesday, and jets struck back on Thursday, killing seven"): the
    /// date written last before the figure in its clause (no "and", "before", "when"
    /// … between them), else the first after it. A total counted "since" one of the
    /// days keeps them all.
    pub fn of_figure(&self, tokens: &[Token], start: usize) -> FigureDates {
        if self.running_from.is_some_and(|at| start >= at) {
            return FigureDates {
                dates: Vec::new(),
                undated: true,
                at: Vec::new(),
                since_when: None,
                running_from: None,
                ..self.clone()
            };
        }
        if let Some((at, v)) = self.since_when.as_ref() {
            if start > *at {
                return FigureDates {
                    dates: vec![v.clone()],
                    at: Vec::new(),
                    since_when: None,
                    ..self.clone()
                };
            }
            // "13 troops were killed, the deadliest day since August 2011, when 30 died":
            // the day after "since" is the when-clause's; the figures before it are
            // the story's.
            return FigureDates {
                dates: self.dates.iter().filter(|d| *d != v).cloned().collect(),
                at: self.at.iter().filter(|(_, d)| d != v).cloned().collect(),
                since_when: None,
                ..self.clone()
            };
        }
        let days = self.at.len() > 1 && self.at.iter().all(|(_, v)| is_day(v));
        // "has killed 11 … since it began on Sunday": a total over the days between.
        let since = tokens.iter().position(|t| t.norm == "since");
        // "Two fighters died in an attack on Monday night, bringing to seven the number
        // killed since Saturday": a figure before the tally's verb is of the days
        // written before it; the tally keeps them all.
        if let Some(s) = since {
            let tally = tokens[..s]
                .iter()
                .position(|t| TALLY_VERBS.contains(&t.norm))
                .map(|k| tokens[k].range.start)
                .filter(|&v| start < v);
            let before: Vec<String> = tally
                .map(|v| {
                    self.at
                        .iter()
                        .filter(|(at, _)| *at < v)
                        .map(|(_, d)| d.clone())
                        .collect()
                })
                .unwrap_or_default();
            if before.is_empty() {
                return self.clone();
            }
            return FigureDates {
                dates: before,
                at: Vec::new(),
                ..self.clone()
            };
        }
        if !days {
            return self.clone();
        }
        let same_clause = |at: usize| {
            !tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.range.start > at && t.range.start < start)
                .any(|(i, t)| t.is_punct(';') || links_clauses(tokens, i))
        };
        let chosen = self
            .at
            .iter()
            .rev()
            .find(|(at, _)| *at < start && same_clause(*at))
            .or_else(|| self.at.iter().find(|(at, _)| *at > start));
        match chosen {
            Some((_, v)) => FigureDates {
                dates: vec![v.clone()],
                at: Vec::new(),
                ..self.clone()
            },
            None => self.clone(),
        }
    }
}

/// True when token `i` opens a coordinated clause of its own: ", and", ", but",
/// ", while" or a semicolon.
fn opens_coordinated_clause(tokens: &[Token], i: usize) -> bool {
    tokens[i].is_punct(';')
        || matches!(tokens[i].norm.as_str(), "and" | "but" | "while" | "whereas")
            && i > 0
            && tokens[i - 1].is_punct(',')
}

/// The day of a figure told in a coordinated clause with one date of its own ("…
/// since the war erupted in October, and three soldiers were killed at an outpost in
/// Jordan in January"): that date, whatever the precision of the sentence's others,
/// which date the other clause. `start`: the figure's byte offset.
pub fn own_clause_day(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    timexes: &[TimexHit],
    start: usize,
) -> Option<String> {
    let at = tokens.partition_point(|t| t.range.start < start);
    let from = (0..at)
        .rev()
        .find(|&i| opens_coordinated_clause(tokens, i))?;
    let to = (at..tokens.len())
        .find(|&i| opens_coordinated_clause(tokens, i))
        .unwrap_or(tokens.len());
    if tokens[from..to].iter().any(|t| t.norm == "since") {
        return None;
    }
    let found = dates_in_tokens(text, tokens, range, timexes);
    if found.len() < 2 {
        return None;
    }
    let inside = |d: &&SentenceDate<'_>| {
        let k = tokens.partition_point(|t| t.range.start < d.timex.range.start);
        k > from && k < to
    };
    let mut own = found.iter().filter(inside);
    match (own.next(), own.next()) {
        (Some(d), None) => Some(d.value.clone()),
        _ => None,
    }
}

/// How many words may stand between an incident's date and the relative pronoun of
/// the clause that tells its harm ("on Jan. 28 in Jordan that killed three").
const RELATIVE_REACH: usize = 4;

/// Most tokens from a relative pronoun to the count its clause tells ("that killed
/// three U.S. Army reservists and wounded more than 40").
const RELATIVE_CLAUSE_WORDS: usize = 14;

/// The day of a figure told in a relative clause on a dated incident ("…, including
/// the drone strike on Tower 22 on Jan. 28 that killed three soldiers", "a raid in
/// May 2021 which left four dead"): the date right before "that" / "which" (a few
/// words between, no mark), when the figure follows the clause's outcome verb. The
/// sentence's other dates ("between October and February") frame it, not date it.
/// `start`: the figure's byte offset.
pub fn relative_day(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    timexes: &[TimexHit],
    start: usize,
) -> Option<String> {
    let at = tokens.partition_point(|t| t.range.start < start);
    // "that killed three", "which wounded more than 40", "that killed three soldiers
    // and wounded 40 others": the pronoun and an outcome verb, the clause running on
    // to the count with no mark or other clause between.
    let pronoun = (at.saturating_sub(RELATIVE_CLAUSE_WORDS)..at)
        .rev()
        .find(|&p| {
            matches!(tokens[p].norm.as_str(), "that" | "which")
                && tokens.get(p + 1).is_some_and(|v| {
                    crate::extract::casualty::lexicon::outcome_verb_before(&v.norm).is_some()
                })
        })?;
    // "… and wounded 40 others": a second outcome verb of the same clause.
    let second_outcome = |i: usize| {
        tokens[i].norm == "and"
            && tokens.get(i + 1).is_some_and(|v| {
                crate::extract::casualty::lexicon::outcome_verb_before(&v.norm).is_some()
            })
    };
    if (pronoun + 1..at).any(|i| {
        tokens[i].is_punct(';')
            || tokens[i].is_punct('.')
            || links_clauses(tokens, i) && !second_outcome(i)
    }) {
        return None;
    }
    let found = dates_in_tokens(text, tokens, range, timexes);
    let d = found.iter().rev().find(|d| {
        let end = tokens.partition_point(|t| t.range.start < d.timex.range.end);
        end <= pronoun
            && pronoun - end <= RELATIVE_REACH
            // A comma may set the clause off: "on Jan. 28, which killed three".
            && (end..pronoun).all(|i| {
                tokens[i].is_word && !links_clauses(tokens, i)
                    || i + 1 == pronoun && tokens[i].is_punct(',')
            })
    })?;
    // A relative clause on a figure's own clause date is no other incident's.
    (found.len() > 1).then(|| d.value.clone())
}

/// Most tokens from a day to the offset after it ("on Monday, a day after …").
const OFFSET_REACH: usize = 3;

/// The day of a figure told in a clause a day or days before a dated happening: "met
/// commanders on Monday, a day after militants killed nine policemen" (Sunday), "On
/// Friday, two days after the blast killed four, …" (Wednesday). The figure follows
/// "after" in its own clause; the day stands right before the offset. `start`: the
/// figure's byte offset.
pub fn day_before_offset(
    text: &str,
    tokens: &[Token],
    range: Range<usize>,
    timexes: &[TimexHit],
    start: usize,
) -> Option<String> {
    let at = tokens.partition_point(|t| t.range.start < start);
    let after = (0..at).rev().find(|&i| tokens[i].norm == "after")?;
    if (after + 1..at)
        .any(|i| tokens[i].is_punct(';') || tokens[i].is_punct('.') || links_clauses(tokens, i))
    {
        return None;
    }
    let back = days_back_at(tokens, after)?;
    let offset_start = after - 2;
    let found = dates_in_tokens(text, tokens, range, timexes);
    let d = found.iter().rev().find(|d| {
        let end = tokens.partition_point(|t| t.range.start < d.timex.range.end);
        end <= offset_start
            && offset_start - end <= OFFSET_REACH
            && (end..offset_start)
                .all(|i| tokens[i].is_punct(',') || tokens[i].is_word && tokens[i].norm != "and")
    })?;
    let day = crate::timeval::parse_day(&d.value)?;
    Some(
        (day - chrono::Days::new(back))
            .format("%Y-%m-%d")
            .to_string(),
    )
}

/// How many days back the offset ending with the "after" at token `after` counts: 1
/// for "a day after" or "the day after", 2 for "two days after", 7 for "a week
/// after"; `None` for a bare "after" or a longer span.
pub fn days_back_at(tokens: &[Token], after: usize) -> Option<u64> {
    let per = match tokens.get(after.checked_sub(1)?)?.norm.as_str() {
        "day" | "days" => 1,
        "week" | "weeks" => 7,
        _ => return None,
    };
    let n = match &tokens[after.checked_sub(2)?] {
        t if matches!(t.norm.as_str(), "a" | "one" | "the") => 1,
        t => u64::from(t.count.filter(|&c| (1..=14).contains(&c))?),
    };
    Some(n * per)
}

/// The unit of an offset between two incidents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// Days: the offset day.
    Day,
    /// Weeks: the offset day's ISO week.
    Week,
    /// Months: the offset month.
    Month,
    /// Years: the offset year.
    Year,
}

/// The offset a sentence sets its figures' clause off by: `<count> <unit> after` (the
/// clause's incident is that long before the story's) or `before` (after it), when no
/// count comes before the offset (a figure before it belongs to the main clause: "Four
/// were wounded two days after the vote").
fn offset_clause(tokens: &[Token]) -> Option<(Span, i64)> {
    for (li, link) in tokens.iter().enumerate() {
        let sign = match link.norm.as_str() {
            "after" => -1,
            "before" => 1,
            _ => continue,
        };
        // The two words before the link: the count and the unit.
        let mut before = tokens[..li]
            .iter()
            .enumerate()
            .rev()
            .filter(|(_, t)| t.is_word);
        let (Some((_, unit)), Some((ci, count))) = (before.next(), before.next()) else {
            continue;
        };
        let span = match unit.norm.as_str() {
            "day" | "days" => Span::Day,
            "week" | "weeks" => Span::Week,
            "month" | "months" => Span::Month,
            "year" | "years" => Span::Year,
            _ => continue,
        };
        let n = match count.norm.as_str() {
            "a" | "an" | "one" => 1,
            _ => match count.count {
                Some(c) => i64::from(c),
                None => continue,
            },
        };
        let earlier_count = tokens[..ci].iter().any(|t| t.count.is_some());
        return (!earlier_count).then_some((span, sign * n));
    }
    None
}

/// The value `n` spans from the day `day`, at the span's precision.
fn shifted(day: &str, span: Span, n: i64) -> Option<String> {
    use chrono::Datelike;
    let d = crate::timeval::parse_day(day)?;
    let n32 = i32::try_from(n.clamp(-1000, 1000)).ok()?;
    Some(match span {
        Span::Day => crate::timeval::day_value(d + chrono::Duration::days(n)),
        Span::Week => {
            let w = (d + chrono::Duration::weeks(n)).iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
        Span::Month => {
            let total = d.year() * 12 + d.month0() as i32 + n32;
            format!(
                "{:04}-{:02}",
                total.div_euclid(12),
                total.rem_euclid(12) + 1
            )
        }
        Span::Year => format!("{:04}", d.year() + n32),
    })
}

/// True when `value` is an ISO week (`2024-W35`) that holds the day `day`, or its
/// weekend (`2024-W35-WE`) that holds it.
fn week_holds(value: &str, day: &str) -> bool {
    use chrono::Datelike;
    let Some((y, w)) = value.split_once("-W") else {
        return false;
    };
    let (w, weekend) = match w.strip_suffix("-WE") {
        Some(w) => (w, true),
        None => (w, false),
    };
    if weekend
        && crate::timeval::parse_day(day).is_none_or(|d| d.weekday().number_from_monday() < 6)
    {
        return false;
    }
    let (Ok(y), Ok(w), Some(d)) = (
        y.parse::<i32>(),
        w.parse::<u32>(),
        crate::timeval::parse_day(day),
    ) else {
        return false;
    };
    let iso = d.iso_week();
    iso.year() == y && iso.week() == w
}

/// True when a month (`2025-03`) can be the month of an incident an article reports:
/// one of its days is near the reference date ([`near_reference`]).
fn month_near_reference(month: &str, reference: Option<NaiveDate>) -> bool {
    let Some(first) = crate::timeval::parse_day(&format!("{month}-01")) else {
        return false;
    };
    let last = first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first);
    [first, last]
        .iter()
        .any(|d| near_reference(&crate::timeval::day_value(*d), reference))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;
    use crate::model::TimexType;

    /// The incident days of the figures of `sentence` told after "Rockets hit the base
    /// on Wednesday, killing two." in a report of Thursday 2026-05-14.
    /// The incident dates of `sentence` (its figure, with its "Saturday") told after
    /// a report of Thursday's assault, read on the Sunday after.
    fn told_saturday_of_thursdays_assault(sentence: &str) -> Vec<Option<String>> {
        incident_dates(
            &[
                "Gunmen stormed the village in Thursday's assault.",
                sentence,
            ],
            &[(0, "Thursday", "2015-06-25"), (1, "Saturday", "2015-06-27")],
            &[1],
            "2015-06-28",
        )
    }

    fn after_wednesdays_rockets(sentence: &str) -> Vec<Option<String>> {
        incident_dates(
            &["Rockets hit the base on Wednesday, killing two.", sentence],
            &[(0, "Wednesday", "2026-05-13")],
            &[1],
            "2026-05-14",
        )
    }

    fn incident_dates(
        sentences: &[&str],
        timexes: &[(usize, &str, &str)],
        figures: &[usize],
        reference: &str,
    ) -> Vec<Option<String>> {
        incident_dates_apart(sentences, " ", timexes, figures, reference)
    }

    /// [`incident_dates`] of sentences set apart by `gap` (a space: one paragraph; a
    /// new line: one paragraph each).
    fn incident_dates_apart(
        sentences: &[&str],
        gap: &str,
        timexes: &[(usize, &str, &str)],
        figures: &[usize],
        reference: &str,
    ) -> Vec<Option<String>> {
        let text = sentences.join(gap);
        let mut ranges = Vec::new();
        let mut at = 0;
        for s in sentences {
            ranges.push(at..at + s.len());
            at += s.len() + gap.len();
        }
        let mut hits: Vec<TimexHit> = timexes
            .iter()
            .map(|(si, w, v)| {
                let r = &ranges[*si];
                let start = r.start + text[r.clone()].find(w).unwrap();
                TimexHit {
                    range: start..start + w.len(),
                    kind: TimexType::Date,
                    value: v.to_string(),
                    modifier: None,
                    anchor: None,
                }
            })
            .collect();
        hits.sort_by_key(|h| h.range.start);
        let mut dating = IncidentDating::new(crate::timeval::parse_day(reference));
        let mut got = Vec::new();
        for (si, r) in ranges.iter().enumerate() {
            let toks = tokenize(&text, r.clone());
            let plural = toks.iter().any(|t| PLURAL_INCIDENT_NOUNS.contains(&t.norm));
            let mut d = dating.sentence(&text, &toks, r.clone(), &hits, true);
            if figures.contains(&si) {
                // As the pipeline does for each figure: is its count told inside the
                // incident the sentence answers?
                if let Some(count) = toks.iter().find(|t| t.count.is_some_and(|n| n > 0)) {
                    d.answered = in_answered_incident(&toks, count.range.start);
                    // A running total from its tally on.
                    if d.running_from.is_some() {
                        d = d.of_figure(&toks, count.range.start);
                    }
                }
                got.push((d, plural));
            }
        }
        got.iter().map(|(d, p)| dating.date_of(d, *p)).collect()
    }

    fn days(xs: &[Option<&str>]) -> Vec<Option<String>> {
        xs.iter().map(|x| x.map(str::to_string)).collect()
    }

    #[test]
    fn a_dateless_toll_of_one_of_several_incidents_takes_the_day_its_noun_is_told_on() {
        // An attack on Friday, strikes in reply on Sunday: the toll of the strikes is
        // Sunday's, the toll of the attack Friday's; a toll naming neither spans both.
        let cases: [(&str, Option<&str>); 4] = [
            (
                "The death toll from the airstrikes rose to 25.",
                Some("2026-03-15"),
            ),
            (
                "Casualties from those strikes have risen to 30.",
                Some("2026-03-15"),
            ),
            (
                "The toll of the rocket attacks stands at two.",
                Some("2026-03-13"),
            ),
            (
                "Deaths in the raids and attacks now number 40.",
                Some("2026-03"),
            ),
        ];
        for (toll, want) in cases {
            let sentences = [
                "Rockets hit a base on Friday, killing a contractor, in the latest of many attacks.",
                "U.S. strikes on Sunday hit five militia sites in reply.",
                toll,
            ];
            let got = incident_dates(
                &sentences,
                &[(0, "Friday", "2026-03-13"), (1, "Sunday", "2026-03-15")],
                &[2],
                "2026-03-16",
            );
            assert_eq!(got, days(&[want]), "{toll}");
        }
    }

    #[test]
    fn an_article_with_no_reference_date_gives_its_dateless_figures_no_day() {
        // No reference: "Sunday night" stays unresolved; the day written out is the
        // background the report recalls, not its incident.
        let sentences = [
            "Militias have fired on US bases since the attack on Israel on 7 October 2023.",
            "Rockets hit the compound on Sunday night.",
            "Five soldiers were hurt.",
        ];
        let got = incident_dates(
            &sentences,
            &[
                (0, "7 October 2023", "2023-10-07"),
                (1, "Sunday night", "XXXX-XX-XXTNI"),
            ],
            &[2],
            "",
        );
        assert_eq!(got, days(&[None]));
        // With a reference, the same report's incident day dates them.
        let got = incident_dates(
            &sentences,
            &[
                (0, "7 October 2023", "2023-10-07"),
                (1, "Sunday night", "2026-03-15TNI"),
            ],
            &[2],
            "2026-03-17",
        );
        assert_eq!(got, days(&[Some("2026-03-15")]));
    }

    #[test]
    fn the_incident_a_dateless_sentence_names_again_dates_it_and_what_follows() {
        // Reference Thursday 2026-05-21: the strike on Thursday, the ambush on Tuesday.
        let lead = "Jets struck the hideout early Thursday, killing the man who led the gang that ambushed a convoy on the coast road late Tuesday.";
        let dates: &[(usize, &str, &str)] = &[
            (0, "early Thursday", "2026-05-21"),
            (0, "late Tuesday", "2026-05-19"),
        ];
        for (rest, figure, want) in [
            (
                &["Four guards were hurt in that ambush."][..],
                1,
                "2026-05-19",
            ),
            (
                &[
                    "Officials gave new figures for the ambush.",
                    "Four guards were hurt.",
                ][..],
                2,
                "2026-05-19",
            ),
            (
                &["Two farmers were hurt in the strike."][..],
                1,
                "2026-05-21",
            ),
            (
                &[
                    "Officials gave new figures for the strike.",
                    "Two farmers were hurt.",
                ][..],
                2,
                "2026-05-21",
            ),
        ] {
            let mut sentences = vec![lead];
            sentences.extend_from_slice(rest);
            let got = incident_dates(&sentences, dates, &[figure], "2026-05-21");
            assert_eq!(got, days(&[Some(want)]), "{rest:?}");
        }
    }

    #[test]
    fn totals_of_an_operation_told_from_its_first_day_to_its_last_are_of_the_span() {
        // Reference Thursday 2026-06-11.
        type Case<'a> = (
            &'a [&'a str],
            &'a [(usize, &'a str, &'a str)],
            Option<&'a str>,
        );
        let cases: [Case; 4] = [
            (
                &[
                    "The sweep, launched on Monday 8 June, was concluded on Wednesday 10 June.",
                    "Nine gunmen were killed and four were arrested.",
                ],
                &[
                    (0, "Monday 8 June", "2026-06-08"),
                    (0, "Wednesday 10 June", "2026-06-10"),
                ],
                Some("2026-06"),
            ),
            (
                &[
                    "Commandos raided caves in the valley from Monday to Wednesday.",
                    "They killed six militants.",
                ],
                &[(0, "Monday", "2026-06-08"), (0, "Wednesday", "2026-06-10")],
                Some("2026-06"),
            ),
            // Days after the incident that end something else keep the incident's day.
            (
                &[
                    "Gunmen stormed the post on Saturday, killing seven soldiers.",
                    "Mourning was held from Monday to Wednesday.",
                ],
                &[
                    (0, "Saturday", "2026-06-06"),
                    (1, "Monday", "2026-06-08"),
                    (1, "Wednesday", "2026-06-10"),
                ],
                Some("2026-06-06"),
            ),
            // Two days with no span word between are two dates, not a span.
            (
                &[
                    "The raid began on Monday, and on Wednesday rockets hit the base.",
                    "Five militants were killed.",
                ],
                &[(0, "Monday", "2026-06-08"), (0, "Wednesday", "2026-06-10")],
                Some("2026-06-08"),
            ),
        ];
        for (sentences, timexes, want) in cases {
            let figure = if want == Some("2026-06-06") { 0 } else { 1 };
            let got = incident_dates(sentences, timexes, &[figure], "2026-06-11");
            assert_eq!(got, days(&[want]), "{sentences:?}");
        }
    }

    #[test]
    fn an_incident_the_story_answers_is_not_its_day_when_it_names_another() {
        // Reference Tuesday 2026-04-21: the story's sweep is today; Sunday's bombing is
        // what it answers.
        for lead in [
            "The operation follows Sunday's roadside bombing that killed two soldiers.",
            "The raids came two days after Sunday's ambush of a patrol.",
            "Troops moved in, in retaliation for Sunday's attack on a checkpoint.",
            "The sweep is a response to Sunday's bombing near the bridge.",
            "Avenging Sunday's attack on the convoy, commandos stormed the farms.",
        ] {
            let got = incident_dates(
                &[
                    lead,
                    "Forces began the sweep at dawn today.",
                    "Five militants were killed.",
                ],
                &[(0, "Sunday", "2026-04-19"), (1, "today", "2026-04-21")],
                &[2],
                "2026-04-21",
            );
            assert_eq!(got, days(&[Some("2026-04-21")]), "{lead}");
        }
        // A cause noun names the answered incident after its copula; the day between
        // the two is the story's own.
        for lead in [
            "The trigger for today's sweep appears to be Sunday's ambush, which killed two soldiers.",
            "The spark for the raid was Sunday's bombing near the bridge.",
            "Officials said the cause of today's assault is the attack of Sunday.",
            "The catalyst for the clearance operation seems to be the ambush on Sunday.",
            "Police believe the trigger was Sunday's attack on a checkpoint.",
        ] {
            let got = incident_dates(
                &[
                    lead,
                    "Forces began the sweep at dawn today.",
                    "Five militants were killed.",
                ],
                &[(0, "Sunday", "2026-04-19"), (1, "today", "2026-04-21")],
                &[2],
                "2026-04-21",
            );
            assert_eq!(got, days(&[Some("2026-04-21")]), "{lead}");
        }
        // With no other day, the answered incident's day is still the story's.
        let got = incident_dates(
            &[
                "The operation follows Sunday's roadside bombing.",
                "Five militants were killed.",
            ],
            &[(0, "Sunday", "2026-04-19")],
            &[1],
            "2026-04-21",
        );
        assert_eq!(got, days(&[Some("2026-04-19")]));
    }

    #[test]
    fn a_period_and_a_day_within_it_date_that_day() {
        for (s, a, av, b, bv, want) in [
            (
                "Ten months later, on 16 January 2019, a bomber killed four Americans.",
                "Ten months later",
                "2019-01",
                "16 January 2019",
                "2019-01-16",
                "2019-01-16",
            ),
            (
                "In March 2021 — on the 9th — gunmen killed three guards.",
                "March 2021",
                "2021-03",
                "the 9th",
                "2021-03-09",
                "2021-03-09",
            ),
            (
                "That year, on 4 July 2017, a mine wounded 2 soldiers.",
                "That year",
                "2017",
                "4 July 2017",
                "2017-07-04",
                "2017-07-04",
            ),
            // Two days of one month are a period, not one of them.
            (
                "Strikes on 16 and 24 September killed 37 militants.",
                "16",
                "2024-09-16",
                "24 September",
                "2024-09-24",
                "2024-09",
            ),
            (
                "Raids in May and on 2 June 2024 left nine fighters dead.",
                "May",
                "2024-05",
                "2 June 2024",
                "2024-06-02",
                "2024",
            ),
        ] {
            let got = incident_dates(&[s], &[(0, a, av), (0, b, bv)], &[0], "2026-04-23");
            assert_eq!(got, days(&[Some(want)]), "{s}");
        }
    }

    #[test]
    fn a_day_still_to_come_is_no_incident_day() {
        // Reference Tuesday 2026-05-19: a live page signs off with tomorrow's plans
        // before its entries of the day.
        for (sign_off, word, value) in [
            (
                "The operation is expected to continue tomorrow.",
                "tomorrow",
                "2026-05-20",
            ),
            (
                "The army will resume the raids on Wednesday.",
                "Wednesday",
                "2026-05-20",
            ),
            (
                "Strikes are due to resume tomorrow morning.",
                "tomorrow morning",
                "2026-05-20",
            ),
            (
                "A second phase of the sweep is scheduled for Wednesday.",
                "Wednesday",
                "2026-05-20",
            ),
            (
                "The commander plans a new assault on 20 May.",
                "20 May",
                "2026-05-20",
            ),
        ] {
            let got = incident_dates(
                &[
                    sign_off,
                    "Troops stormed the caves this morning.",
                    "Six militants were killed.",
                ],
                &[(0, word, value), (1, "this morning", "2026-05-19TMO")],
                &[2],
                "2026-05-19",
            );
            assert_eq!(got, days(&[Some("2026-05-19")]), "{sign_off}");
        }
        // Next-morning copy: the day after the page's date, told as past, is the
        // incident's.
        let got = incident_dates(
            &["Gunmen attacked the post on Wednesday, killing six soldiers."],
            &[(0, "Wednesday", "2026-05-20")],
            &[0],
            "2026-05-19",
        );
        assert_eq!(got, days(&[Some("2026-05-20")]));
    }

    #[test]
    fn totals_of_an_operation_ended_after_days_are_of_the_days_it_lasted() {
        // Reference Thursday 2026-04-23.
        for (s, day, value, want) in [
            (
                "Troops wrapped up a two-day sweep on Wednesday, killing nine militants.",
                "Wednesday",
                "2026-04-22",
                "2026-04",
            ),
            (
                "The army ended its three-day offensive on May 3, having killed 14 fighters.",
                "May 3",
                "2026-05-03",
                "2026-05",
            ),
            (
                "A 2-day operation concluded on 31 March with 6 suspects detained.",
                "31 March",
                "2026-03-31",
                "2026-03",
            ),
            (
                "The four-day campaign was completed on Tuesday; 20 gunmen died in it.",
                "Tuesday",
                "2026-04-21",
                "2026-04",
            ),
            (
                "Police finished the five-day raid on 12 January, arresting 30 people.",
                "12 January",
                "2026-01-12",
                "2026-01",
            ),
            // Longer operations, across a month's end: their common period.
            (
                "Forces on Saturday wrapped up a 24-day security operation, saying they had detained 226 suspects.",
                "Saturday",
                "2026-04-18",
                "2026",
            ),
            (
                "The 12-day offensive ended on April 10 with 40 fighters killed.",
                "April 10",
                "2026-04-10",
                "2026",
            ),
            (
                "A ten-day sweep concluded on 20 March; 15 militants were captured.",
                "20 March",
                "2026-03-20",
                "2026-03",
            ),
        ] {
            let got = incident_dates(&[s], &[(0, day, value)], &[0], "2026-04-23");
            assert_eq!(got, days(&[Some(want)]), "{s}");
        }
        // One day's operation keeps its day; so does one not told as ended.
        for s in [
            "Troops wrapped up the sweep on Wednesday, killing nine militants.",
            "A two-day sweep began on Wednesday, killing nine militants.",
        ] {
            let got = incident_dates(&[s], &[(0, "Wednesday", "2026-04-22")], &[0], "2026-04-23");
            assert_eq!(got, days(&[Some("2026-04-22")]), "{s}");
        }
    }

    #[test]
    fn of_several_dates_the_one_next_to_the_incident_dates_it() {
        let cases: [(&str, &str, &str, &str); 5] = [
            (
                "Valley Post May 3, 2022 Share — A strike Tuesday killed two guards.",
                "May 3, 2022",
                "Tuesday",
                "2022-05-02",
            ),
            (
                "Updated May 3, 2022: two guards died in Monday's raid near the dam.",
                "May 3, 2022",
                "Monday",
                "2022-05-02",
            ),
            (
                "Filed on May 3, 2022, the report says an ambush on Monday left four dead.",
                "May 3, 2022",
                "Monday",
                "2022-05-02",
            ),
            (
                "On May 3, 2022, officials counted three killed in a Monday bombing.",
                "May 3, 2022",
                "Monday",
                "2022-05-02",
            ),
            (
                "News of May 3, 2022 | The attack early Monday wounded six police officers.",
                "May 3, 2022",
                "early Monday",
                "2022-05-02",
            ),
        ];
        for (s, a, b, want) in cases {
            let got = incident_dates(
                &[s],
                &[(0, a, "2022-05-03"), (0, b, want)],
                &[0],
                "2022-05-03",
            );
            assert_eq!(got, days(&[Some(want)]), "{s}");
        }
        // Several incidents keep the common period of their days.
        let got = incident_dates(
            &["Strikes on May 1 and May 3 killed nine."],
            &[(0, "May 1", "2022-05-01"), (0, "May 3", "2022-05-03")],
            &[0],
            "2022-05-04",
        );
        assert_eq!(got, days(&[Some("2022-05")]));
    }

    #[test]
    fn a_day_stated_with_a_verb_of_taking_place_dates_undated_figures() {
        let cases = [
            "The raid, which officials said happened on Tuesday, was the largest.",
            "The ambush took place Tuesday on the coast road.",
            "It was Tuesday when the bombing occurred.",
            "Marines conducted the raid on Tuesday.",
            "The operation, carried out Tuesday, lasted hours.",
        ];
        for c in cases {
            let got = incident_dates(
                &[
                    "Five soldiers were hurt in the raid.",
                    "Casualties from Wednesday's raid were the highest in years.",
                    c,
                ],
                &[(1, "Wednesday", "2022-05-04"), (2, "Tuesday", "2022-05-03")],
                &[0],
                "2022-05-05",
            );
            assert_eq!(got, days(&[Some("2022-05-03")]), "{c}");
        }
        // A day stated far from the first one is another, recalled incident.
        let got = incident_dates(
            &[
                "Five soldiers were hurt in the raid.",
                "Casualties from Wednesday's raid were high.",
                "A similar raid took place on April 20.",
            ],
            &[
                (1, "Wednesday", "2022-05-04"),
                (2, "April 20", "2022-04-20"),
            ],
            &[0],
            "2022-05-05",
        );
        assert_eq!(got, days(&[Some("2022-05-04")]));
        // Without one, the first incident day named.
        let got = incident_dates(
            &[
                "Five soldiers were hurt in the raid.",
                "Casualties from Wednesday's raid were high.",
                "The attack Tuesday drew protests.",
            ],
            &[(1, "Wednesday", "2022-05-04"), (2, "Tuesday", "2022-05-03")],
            &[0],
            "2022-05-05",
        );
        assert_eq!(got, days(&[Some("2022-05-04")]));
    }

    #[test]
    fn a_week_that_holds_the_incident_day_is_that_day() {
        let weeks = [
            (
                "A raid earlier this week killed 14 fighters.",
                "earlier this week",
            ),
            ("This week a strike wounded three guards.", "This week"),
            (
                "During the past week, an ambush left two dead.",
                "the past week",
            ),
            ("Four police were hurt in an attack this week.", "this week"),
            ("The bombing this week killed six.", "this week"),
        ];
        for (s, w) in weeks {
            let got = incident_dates(
                &[s, "The raid was conducted on Thursday."],
                &[(0, w, "2024-W35"), (1, "Thursday", "2024-08-29")],
                &[0],
                "2024-08-31",
            );
            assert_eq!(got, days(&[Some("2024-08-29")]), "{s}");
        }
        // So is a weekend that holds it.
        let got = incident_dates(
            &[
                "Two guards died in a weekend ambush.",
                "The ambush took place on Saturday.",
            ],
            &[(0, "weekend", "2024-W34-WE"), (1, "Saturday", "2024-08-24")],
            &[0],
            "2024-08-26",
        );
        assert_eq!(got, days(&[Some("2024-08-24")]));
        // A week that does not hold it stays a week.
        let got = incident_dates(
            &[
                "A raid last week killed 14.",
                "The raid was conducted on Thursday.",
            ],
            &[(0, "last week", "2024-W34"), (1, "Thursday", "2024-08-29")],
            &[0],
            "2024-08-31",
        );
        assert_eq!(got, days(&[Some("2024-W34")]));
    }

    #[test]
    fn a_recalled_incident_keeps_the_date_of_the_sentence_that_told_it() {
        let openers = [
            "The Iranian attack left more than 100 troops with concussions.",
            "That strike also wounded 40 civilians.",
            "The earlier bombing killed 12 people.",
            "This ambush cost the battalion nine men.",
            "The missile barrage injured 30 soldiers.",
        ];
        for o in openers {
            let got = incident_dates(
                &[
                    "Rockets hit the base on Wednesday, killing two.",
                    "In January, missiles struck another base after a general was killed.",
                    o,
                ],
                &[(0, "Wednesday", "2020-03-11"), (1, "January", "2020-01")],
                &[2],
                "2020-03-12",
            );
            assert_eq!(got, days(&[Some("2020-01")]), "{o}");
        }
        // A sentence on one of the story's own days hands nothing on.
        let got = incident_dates(
            &[
                "A convoy was ambushed on Monday, killing two.",
                "Rockets hit the base on Wednesday.",
                "The attack also wounded 40 civilians.",
            ],
            &[(0, "Monday", "2020-03-09"), (1, "Wednesday", "2020-03-11")],
            &[2],
            "2020-03-12",
        );
        assert_eq!(got, days(&[Some("2020-03-09")]));
        // The story's own newest incident is not recalled; other openings are not either.
        for o in [
            "The latest attack killed two guards.",
            "Two guards were killed.",
        ] {
            let got = incident_dates(
                &[
                    "Rockets hit the base on Wednesday, killing two.",
                    "In January, missiles struck another base.",
                    o,
                ],
                &[(0, "Wednesday", "2020-03-11"), (1, "January", "2020-01")],
                &[2],
                "2020-03-12",
            );
            assert_eq!(got, days(&[Some("2020-03-11")]), "{o}");
        }
    }

    #[test]
    fn militants_counted_right_after_an_operation_are_its_dead() {
        // The story's attack is told first; a raid the sentence before dates is the
        // incident of the militants a dateless sentence counts.
        for (operation, follow) in [
            (
                "Early Friday, commandos raided a cave complex.",
                "Five terrorists were killed and two arrested, the army said.",
            ),
            (
                "On Friday, jets struck hideouts in the valley.",
                "Officials said nine ISIS fighters died.",
            ),
            (
                "Troops stormed a farmhouse on Friday.",
                "Three jihadists were shot dead inside.",
            ),
            (
                "A clearance operation began on Friday morning.",
                "According to a statement, 12 Daesh elements were captured.",
            ),
            (
                "Police raided the village on Friday.",
                "Four suspected IS members were detained.",
            ),
        ] {
            let got = incident_dates(
                &[
                    "Militants attacked a post on Wednesday night, killing four soldiers.",
                    operation,
                    follow,
                ],
                &[
                    (0, "Wednesday night", "2025-03-12"),
                    (1, "Friday", "2025-03-14"),
                ],
                &[2],
                "2025-03-15",
            );
            assert_eq!(got, days(&[Some("2025-03-14")]), "{follow}");
        }
        // Others counted after it are of the story's attack.
        let got = incident_dates(
            &[
                "Militants attacked a post on Wednesday night, killing four soldiers.",
                "Early Friday, commandos raided a cave complex.",
                "Two more soldiers died of their wounds, the army said.",
            ],
            &[
                (0, "Wednesday night", "2025-03-12"),
                (1, "Friday", "2025-03-14"),
            ],
            &[2],
            "2025-03-15",
        );
        assert_eq!(got, days(&[Some("2025-03-12")]));
    }

    #[test]
    fn a_dateless_sentence_naming_the_incident_takes_the_day_told_just_before() {
        for follow in [
            "No civilians were harmed in the strike, it added.",
            "Two guards were also hurt during the raid.",
            "Officials said 4 bystanders died in that bombing.",
            "A Danish soldier was lightly wounded in the retaliatory strike on the launch site.",
            "Nobody else was injured in this latest strike, the statement said.",
        ] {
            let got = incident_dates(
                &[
                    "Rockets hit the base on Thursday night, wounding four troops.",
                    "Early Friday, jets struck a launch site, killing three militants.",
                    follow,
                ],
                &[
                    (0, "Thursday night", "2025-03-13"),
                    (1, "Early Friday", "2025-03-14"),
                ],
                &[2],
                "2025-03-14",
            );
            let want = if follow.contains("latest") {
                // "the latest strike" is the story's newest, not a recalled one: the
                // noun phrase with "latest" does not point back.
                Some("2025-03-13")
            } else {
                Some("2025-03-14")
            };
            assert_eq!(got, days(&[want]), "{follow}");
        }
        // Only the sentence right before counts, and only a day of the story.
        let got = incident_dates(
            &[
                "Rockets hit the base on Thursday, wounding four troops.",
                "Early Friday, jets struck a launch site, killing three militants.",
                "There were no reports of civilian casualties.",
                "Two guards were hurt in the attack.",
            ],
            &[
                (0, "Thursday", "2025-03-13"),
                (1, "Early Friday", "2025-03-14"),
            ],
            &[3],
            "2025-03-14",
        );
        assert_eq!(got, days(&[Some("2025-03-13")]));
        let got = incident_dates(
            &[
                "Rockets hit the base on Thursday, wounding four troops.",
                "In 2019, a raid killed the group's leader.",
                "Two guards were killed in the raid.",
            ],
            &[(0, "Thursday", "2025-03-13"), (1, "2019", "2019")],
            &[2],
            "2025-03-14",
        );
        assert_eq!(got, days(&[Some("2025-03-13")]));
    }

    #[test]
    fn an_incident_set_apart_with_no_date_of_its_own_has_none() {
        let apart = [
            "In a separate incident, a border guard was lightly hurt when his truck overturned.",
            "Separately, 3 sappers were wounded clearing mines near the ridge.",
            "In an unrelated accident, two policemen died when their car left the road.",
            "Another explosion, at a fuel depot, injured five workers.",
            "During a different clash, four Kurdish fighters were hurt.",
        ];
        for s in apart {
            let got = incident_dates(
                &["Jets bombed a militant camp on Tuesday, killing nine.", s],
                &[(0, "Tuesday", "2025-06-10")],
                &[0, 1],
                "2025-06-11",
            );
            assert_eq!(got, days(&[Some("2025-06-10"), None]), "{s}");
        }
        // With its own date, the incident keeps it; a plain sentence takes the story's.
        let got = incident_dates(
            &[
                "Jets bombed a militant camp on Tuesday, killing nine.",
                "In a separate attack on Monday, two guards were wounded.",
                "Medics said four more soldiers were hurt.",
            ],
            &[(0, "Tuesday", "2025-06-10"), (1, "Monday", "2025-06-09")],
            &[1, 2],
            "2025-06-11",
        );
        assert_eq!(got, days(&[Some("2025-06-09"), Some("2025-06-10")]));
    }

    #[test]
    fn a_when_clause_after_since_dates_its_incident_by_that_date() {
        for (sentence, date, value) in [
            (
                "Patrols have been doubled since March, when a mine killed 3 sappers.",
                "March",
                "2026-03",
            ),
            (
                "The road has stayed shut since last month when gunmen wounded four drivers.",
                "last month",
                "2026-04",
            ),
            (
                "Guards have been on alert since 2 May, when two recruits were shot dead.",
                "2 May",
                "2026-05-02",
            ),
            (
                "Kurdish units have held the bridge since April, when an ambush left six dead.",
                "April",
                "2026-04",
            ),
            (
                "Flights have been grounded since Saturday, when a drone hit the runway, injuring 5.",
                "Saturday",
                "2026-05-09",
            ),
        ] {
            let got = incident_dates(
                &["Rockets hit the base on Wednesday, killing two.", sentence],
                &[(0, "Wednesday", "2026-05-13"), (1, date, value)],
                &[1],
                "2026-05-14",
            );
            assert_eq!(got, days(&[Some(value)]), "{sentence}");
        }
    }

    #[test]
    fn a_definite_phrase_before_its_verb_of_harm_names_no_incident() {
        for third in [
            "One of its guards at the base perimeter was killed.",
            "A sentry in the watchtower was wounded.",
            "Two of the camp's cooks were injured by shrapnel.",
            "The officer on the gate was killed, his family said.",
            "A soldier at the checkpoint has been wounded.",
        ] {
            let got = incident_dates(
                &[
                    "Rockets hit the base late Sunday, wounding five troops.",
                    "Two had returned to duty by Monday afternoon.",
                    third,
                ],
                &[
                    (0, "late Sunday", "2026-01-18"),
                    (1, "Monday afternoon", "2026-01-19"),
                ],
                &[2],
                "2026-01-19",
            );
            assert_eq!(got, days(&[Some("2026-01-18")]), "{third}");
        }
    }

    #[test]
    fn a_denial_right_after_a_dated_incident_is_of_that_incident() {
        for denial in [
            "There were no reports of civilian casualties.",
            "No Kurdish fighters were hurt, officials said.",
            "None of the pilots was injured.",
            "Officials said no civilians had been harmed.",
            "The Pentagon said that no Americans were wounded.",
        ] {
            let got = incident_dates(
                &[
                    "Rockets hit the base on Thursday night, wounding four troops.",
                    "On Friday, jets pounded the launch site, killing three fighters.",
                    denial,
                ],
                &[
                    (0, "Thursday night", "2025-03-13"),
                    (1, "Friday", "2025-03-14"),
                ],
                &[2],
                "2025-03-14",
            );
            assert_eq!(got, days(&[Some("2025-03-14")]), "{denial}");
        }
        // After a sentence with no date, the story's incident day.
        let got = incident_dates(
            &[
                "Rockets hit the base on Thursday night, wounding four troops.",
                "Jets later pounded the launch site.",
                "There were no reports of civilian casualties.",
            ],
            &[(0, "Thursday night", "2025-03-13")],
            &[2],
            "2025-03-14",
        );
        assert_eq!(got, days(&[Some("2025-03-13")]));
    }

    #[test]
    fn a_night_from_one_day_into_the_next_is_on_the_first() {
        for (s, a, va, b, vb) in [
            (
                "A strike overnight Thursday into Friday killed four fighters.",
                "Thursday",
                "2027-11-18",
                "Friday",
                "2027-11-19",
            ),
            (
                "Clashes from late Sunday into Monday left 9 dead.",
                "late Sunday",
                "2027-11-14",
                "Monday",
                "2027-11-15",
            ),
            (
                "Shelling on the night of 3 May into 4 May wounded six soldiers.",
                "the night of 3 May",
                "2027-05-03",
                "4 May",
                "2027-05-04",
            ),
            (
                "The raid ran from Tuesday night into Wednesday, killing 2.",
                "Tuesday night",
                "2027-11-16",
                "Wednesday",
                "2027-11-17",
            ),
            (
                "Fighting overnight Saturday into Sunday killed 12 militants.",
                "Saturday",
                "2027-11-13",
                "Sunday",
                "2027-11-14",
            ),
        ] {
            let got = incident_dates(&[s], &[(0, a, va), (0, b, vb)], &[0], "2027-11-20");
            assert_eq!(got, days(&[Some(&va[..10])]), "{s}");
        }
        // Two days not joined by "into" keep their common period.
        let got = incident_dates(
            &["Strikes on Thursday and Friday killed four fighters."],
            &[(0, "Thursday", "2027-11-18"), (0, "Friday", "2027-11-19")],
            &[0],
            "2027-11-20",
        );
        assert_eq!(got, days(&[Some("2027-11")]));
    }

    #[test]
    fn a_tally_of_counted_incidents_has_no_incident_day() {
        for sentence in [
            "Since then, U.S. troops have faced over 150 attacks, causing 70 casualties.",
            "Militias have launched more than 60 attacks on the bases, wounding 45 soldiers.",
            "The group has carried out 20 bombings this year, killing 130 people.",
            "Kurdish units have repelled 12 raids, losing nine fighters.",
            "Insurgents have staged at least 30 ambushes, leaving 41 police dead.",
        ] {
            let got = after_wednesdays_rockets(sentence);
            assert_eq!(got, days(&[None]), "{sentence}");
        }
        // One incident told in the perfect keeps the story's day.
        let got = incident_dates(
            &[
                "Rockets hit the base on Wednesday, killing two.",
                "Officials have confirmed that 3 more soldiers were hurt in the attack.",
            ],
            &[(0, "Wednesday", "2026-05-13")],
            &[1],
            "2026-05-14",
        );
        assert_eq!(got, days(&[Some("2026-05-13")]));
    }

    #[test]
    fn a_total_since_a_date_or_an_uncounted_span_away_has_no_incident_day() {
        // A running total since a day of the report's year is of that year (the period
        // its incidents share, as strikes told together take their common month); one
        // since a day of an earlier year shares no period with the report.
        for (sentence, date, value, want) in [
            (
                "Since January, at least 40 troops have been killed in ambushes.",
                "January",
                "2026-01",
                Some("2026"),
            ),
            (
                "The base has been targeted 20 times since March, leaving 12 hurt.",
                "March",
                "2026-03",
                Some("2026"),
            ),
            (
                "At least 7 guards have died since last month.",
                "last month",
                "2026-04",
                Some("2026"),
            ),
            (
                "Since early April, 15 people have been killed on the road.",
                "early April",
                "2026-04",
                Some("2026"),
            ),
            (
                "Since May 2, 15 people have been killed on the road.",
                "May 2",
                "2026-05-02",
                Some("2026-05"),
            ),
            (
                "Since 2024, militias have wounded more than 90 soldiers.",
                "2024",
                "2024",
                None,
            ),
            (
                "Since January last year, 60 soldiers have been killed.",
                "January last year",
                "2025-01",
                None,
            ),
        ] {
            let got = incident_dates(
                &["Rockets hit the base on Wednesday, killing two.", sentence],
                &[(0, "Wednesday", "2026-05-13"), (1, date, value)],
                &[1],
                "2026-05-14",
            );
            assert_eq!(got, days(&[want]), "{sentence}");
        }
        for sentence in [
            "The attack came days after Israeli strikes killed 40 people.",
            "It followed weeks after a bombing wounded 12 guards.",
            "Months before, a raid had killed 9 fighters.",
            "The ambush came years after gunmen killed 3 police officers.",
            "Just days before, an explosion had injured 6 workers.",
        ] {
            let got = after_wednesdays_rockets(sentence);
            assert_eq!(got, days(&[None]), "{sentence}");
        }
        // A count before the span is the main clause's: the story's day.
        let got = incident_dates(
            &[
                "Rockets hit the base on Wednesday.",
                "Four were wounded days after the vote.",
            ],
            &[(0, "Wednesday", "2026-05-13")],
            &[1],
            "2026-05-14",
        );
        assert_eq!(got, days(&[Some("2026-05-13")]));
    }

    #[test]
    fn a_toll_since_a_span_opened_is_of_the_period_it_shares_with_the_report() {
        // A toll counted from an offensive launched, fighting that broke out, unrest
        // that erupted on a day is of the period that day shares with the report's.
        for (sentence, date, value, want) in [
            (
                "The rebels said 40 of their men had been killed since they launched the offensive on August 27.",
                "August 27",
                "2023-08-27",
                "2023",
            ),
            (
                "The death toll since the outbreak of the fighting on 29 August has climbed to 112.",
                "29 August",
                "2023-08-29",
                "2023",
            ),
            (
                "Since the army began its push into the valley on Sept. 2, 31 soldiers have died.",
                "Sept. 2",
                "2023-09-02",
                "2023-09",
            ),
            (
                "Medics say 60 people have been wounded since the unrest erupted on 1 September.",
                "1 September",
                "2023-09-01",
                "2023-09",
            ),
            (
                "Death toll climbs: 64 dead in the Vell clashes since late August",
                "late August",
                "2023-08",
                "2023",
            ),
            // One blow's toll, however long it is counted, is that blow's day.
            (
                "146 civilians have been killed since the militants launched an assault on the town on Monday.",
                "Monday",
                "2023-09-04",
                "2023-09-04",
            ),
            (
                "Tensions have soared since gunmen attacked the village on 2 September, killing 12.",
                "2 September",
                "2023-09-02",
                "2023-09-02",
            ),
            (
                "The toll stood at 26, and 27 bodies had been brought in since Saturday night.",
                "Saturday night",
                "2023-09-02",
                "2023-09-02",
            ),
        ] {
            let got = incident_dates(&[sentence], &[(0, date, value)], &[0], "2023-09-06");
            assert_eq!(got, days(&[Some(want)]), "{sentence}");
        }
    }

    #[test]
    fn a_day_in_a_where_clause_after_a_place_is_not_the_figures() {
        let first = "Troops opened fire on marchers in Nasiriyah on Thursday, killing 25.";
        for (second, date) in [
            ("In Najaf, where protesters torched the consulate on Wednesday night, police killed four people.", "Wednesday night"),
            ("In the capital, where crowds gathered on Wednesday, two more protesters were shot dead.", "Wednesday"),
            ("At the bridge, where the sit-in began on Wednesday, 12 people were wounded.", "Wednesday"),
            ("Gunmen killed three guards in Kut, where a curfew was imposed on Wednesday, and wounded nine.", "Wednesday"),
            ("In Basra, where the governor resigned on Wednesday evening, security forces killed five demonstrators.", "Wednesday evening"),
        ] {
            let got = incident_dates(
                &[first, second],
                &[(0, "Thursday", "2019-11-28"), (1, date, "2019-11-27")],
                &[1],
                "2019-11-28",
            );
            assert_eq!(got, days(&[Some("2019-11-28")]), "{second}");
        }
        // A figure inside the clause is dated by it.
        let second =
            "Protests spread to Najaf, where gunmen killed four people on Wednesday night.";
        let got = incident_dates(
            &[first, second],
            &[
                (0, "Thursday", "2019-11-28"),
                (1, "Wednesday night", "2019-11-27"),
            ],
            &[1],
            "2019-11-28",
        );
        assert_eq!(got, days(&[Some("2019-11-27")]), "{second}");
    }

    #[test]
    fn the_day_a_running_total_opens_on_is_no_day_for_a_dateless_figure() {
        // A report of one night whose only written-out day opens a running total of a
        // span months long: the night's dateless figure does not take that day.
        for (total, date, value) in [
            (
                "More than 420 people have been killed since the protests erupted on October 1.",
                "October 1",
                "2019-10-01",
            ),
            (
                "Since the uprising broke out on 1 October, some 17,000 people have been wounded.",
                "1 October",
                "2019-10-01",
            ),
            (
                "The toll since the offensive began in early September has risen to 300.",
                "early September",
                "2019-09",
            ),
            (
                "At least 90 soldiers had died since the army launched its campaign on 20 September.",
                "20 September",
                "2019-09-20",
            ),
            (
                "Since fighting flared on the 2nd of October, 57 civilians have lost their lives.",
                "2nd of October",
                "2019-10-02",
            ),
        ] {
            let got = incident_dates(
                &[
                    "Gunmen killed at least 25 people in an overnight assault on a protest camp.",
                    total,
                ],
                &[(1, date, value)],
                &[0],
                "2019-12-07",
            );
            assert_eq!(got, days(&[None]), "{total}");
        }
        // A bare day after "since" may be the story's own: "since Monday".
        let got = incident_dates(
            &[
                "Six Marines were killed in an ambush near the town.",
                "The battalion has lost 20 Marines since Monday.",
            ],
            &[(1, "Monday", "2019-12-02")],
            &[0],
            "2019-12-07",
        );
        assert_eq!(got, days(&[Some("2019-12-02")]));
    }

    #[test]
    fn a_day_a_participle_of_telling_dates_is_no_incidents() {
        for (sentence, told) in [
            ("Four more people died in clashes that erupted at dawn today, despite the army announcing yesterday the end of its operations.", "yesterday"),
            ("Gunmen killed two guards today, the ministry saying on Tuesday that the road was safe.", "Tuesday"),
            ("Three soldiers were wounded in the blast today, officials confirming on Tuesday only minor damage.", "Tuesday"),
            ("A drone killed a driver today, hours after the rebels announcing on Tuesday a truce.", "Tuesday"),
            ("Rockets hit the depot today, wounding five, with the militia saying Tuesday it had withdrawn.", "Tuesday"),
        ] {
            let got = incident_dates(
                &[sentence],
                &[(0, "today", "2023-09-07"), (0, told, "2023-09-06")],
                &[0],
                "2023-09-07",
            );
            assert_eq!(got, days(&[Some("2023-09-07")]), "{sentence}");
        }
    }

    #[test]
    fn a_toll_over_a_span_of_fighting_is_of_the_period_up_to_the_report() {
        for (sentence, want) in [
            (
                "Ten days of clashes have left 25 fighters dead.",
                Some("2023"),
            ),
            (
                "At least 18 people were killed in three days of street battles.",
                Some("2023-09"),
            ),
            (
                "Police arrested 40 people over the past 72 hours.",
                Some("2023-09"),
            ),
            (
                "In the last two weeks, 14 soldiers have been killed.",
                Some("2023"),
            ),
            (
                "A week of fighting killed 9 tribesmen, the monitor said.",
                Some("2023"),
            ),
            // Under two days, or a span beside one blow: the story's day.
            (
                "Three guards were killed in the past 24 hours.",
                Some("2023-09-05"),
            ),
            (
                "Five soldiers were wounded in the attack, the latest in a week of violence.",
                Some("2023-09-05"),
            ),
        ] {
            let got = incident_dates(
                &["Fighting raged on Tuesday in the province.", sentence],
                &[(0, "Tuesday", "2023-09-05")],
                &[1],
                "2023-09-06",
            );
            assert_eq!(got, days(&[want]), "{sentence}");
        }
    }

    #[test]
    fn the_sentences_after_a_tally_of_a_period_go_on_with_it() {
        let tally =
            "The monitor said 71 people had been killed since the clashes erupted on August 27.";
        let date = (0, "August 27", "2023-08-27");
        // In its paragraph, a breakdown or a further count of the same teller.
        for next in [
            "The dead included 39 tribal fighters and nine civilians.",
            "It said about 100 people had also been wounded.",
            "Nineteen of them were members of the council's forces.",
        ] {
            let got = incident_dates(&[tally, next], &[date], &[0, 1], "2023-09-06");
            assert_eq!(got, days(&[Some("2023"), Some("2023")]), "{next}");
        }
        // In a new paragraph: after a colon, as a list's item, or naming the dead or
        // the happenings again.
        for (intro, next) in [
            (
                "The toll since the clashes erupted on August 27 has risen to 71, they are:",
                "• 25 members of the SDF.",
            ),
            (tally, "- 12 civilians, among them two children."),
            (tally, "Those killed include 40 gunmen from the tribes."),
            (
                tally,
                "These clashes left 13 fighters and two civilians dead in Raqqa.",
            ),
        ] {
            let got = incident_dates_apart(&[intro, next], "\n", &[date], &[1], "2023-09-06");
            assert_eq!(got, days(&[Some("2023")]), "{next}");
        }
        // Not a new paragraph of other news, nor one blow named, nor a date given
        // (the day the clashes erupted opens the tally's span: no day of theirs).
        for (gap, next, want) in [
            ("\n", "Four soldiers were killed near the dam.", None),
            (" ", "Four guards were wounded in the ambush.", None),
            (" ", "Two more were killed on Tuesday.", Some("2023-09-05")),
        ] {
            let mut dates = vec![date];
            if next.contains("Tuesday") {
                dates.push((1, "Tuesday", "2023-09-05"));
            }
            let got = incident_dates_apart(&[tally, next], gap, &dates, &[1], "2023-09-06");
            assert_eq!(got, days(&[want]), "{next}");
        }
    }

    #[test]
    fn a_running_total_of_a_campaign_has_no_incident_day() {
        let totals = [
            "Israeli strikes in Gaza have killed over 26,000, officials say.",
            "Coalition airstrikes have so far killed 300 fighters.",
            "Rebel attacks on the province has left 40 dead.",
            "Since the war began, drone raids have wounded 2,000 people.",
            "The bombings have now claimed 75 lives.",
        ];
        for t in totals {
            let got = incident_dates(
                &["A drone hit the outpost on Sunday.", t],
                &[(0, "Sunday", "2024-01-28")],
                &[1],
                "2024-01-29",
            );
            assert_eq!(got, days(&[None]), "{t}");
        }
        let got = incident_dates(
            &[
                "A drone hit the outpost on Sunday.",
                "Three soldiers have been killed in the attack.",
            ],
            &[(0, "Sunday", "2024-01-28")],
            &[1],
            "2024-01-29",
        );
        assert_eq!(got, days(&[Some("2024-01-28")]));
    }

    #[test]
    fn a_running_total_since_a_happening_has_no_incident_day() {
        // The story's incident is Wednesday's; the totals since a war, an invasion
        // or "then" are of many incidents.
        for t in [
            "Wednesday's deaths brought to at least 1,815 the number of soldiers killed in Vell since the invasion.",
            "More than 3,400 people have been killed in the shelling of Tosh since then, the ministry says.",
            "The navy has lost 52 sailors since the war began.",
            "The ambush on Wednesday raised to 40 the toll of guards killed since the truce collapsed.",
            "Rebels have killed at least 200 villagers since the junta took power.",
        ] {
            let got = incident_dates(
                &["Gunmen stormed the village on Wednesday, killing four guards.", t],
                &[(0, "Wednesday", "2015-06-24")],
                &[1],
                "2015-06-26",
            );
            assert_eq!(got, days(&[None]), "{t}");
        }
        // A count since the story's own attack began is the attack's; so is a count
        // before the tally in its sentence.
        let got = incident_dates(
            &[
                "Gunmen stormed the prison on Wednesday.",
                "The monitor said 136 people have been killed since the attack began.",
            ],
            &[(0, "Wednesday", "2015-06-24")],
            &[1],
            "2015-06-26",
        );
        assert_eq!(got, days(&[Some("2015-06-24")]));
    }

    #[test]
    fn the_day_a_claim_or_a_count_is_told_after_the_incident_is_not_its_day() {
        for t in [
            "The group claimed the raid on its website on Saturday, saying it had killed 13 guards.",
            "Rebels claimed responsibility Saturday for the assault that killed nine guards.",
            "The monitor had reported 36 deaths on Saturday before revising its figure.",
            "Medics recorded 12 dead on Saturday at the village clinic.",
            "The army confirmed five soldiers killed on Saturday.",
            // A death told as a noun, a few words further from its verb.
            "The ministry announced the death of a UK service person on Saturday.",
            "Officials confirmed the deaths of three more Italian soldiers on Saturday.",
            // The date opening the sentence, the telling's clause after it.
            "On Saturday, the monitor had reported 20 deaths among the guards.",
            "On Saturday the ministry recorded nine dead.",
            "Saturday, medics counted 14 bodies at the clinic.",
            "On Saturday, officials confirmed that 11 guards were killed.",
            "On Saturday, the observatory had documented seven soldiers and at least 20 rebels killed.",
        ] {
            assert_eq!(told_saturday_of_thursdays_assault(t), days(&[Some("2015-06-25")]), "{t}");
        }
        // A count told on its own day, with no earlier incident, keeps that day; and
        // the day of a harm told after a claim is the harm's.
        let got = incident_dates(
            &["The monitor reported 36 deaths on Saturday."],
            &[(0, "Saturday", "2015-06-27")],
            &[0],
            "2015-06-28",
        );
        assert_eq!(got, days(&[Some("2015-06-27")]));
        assert_eq!(
            told_saturday_of_thursdays_assault(
                "After the claim, a bomb killed two guards on Saturday."
            ),
            days(&[Some("2015-06-27")])
        );
    }

    #[test]
    fn a_toll_a_source_sets_on_a_day_is_of_the_incident_not_of_that_day() {
        for t in [
            "The monitor, which had put the civilian toll at 164 on Saturday, now counts 206.",
            "Health officials placed the number of dead at 31 on Saturday.",
            "The ministry raised its tally to 90 on Saturday.",
            "On Saturday the army revised the figure to 11.",
            "Police set the toll at 12 late on Saturday.",
            // The figure after the date; a figure made public on the day.
            "Health officials put the toll on Saturday at 31 dead.",
            "The ministry raised its tally on Saturday to 90.",
            "The new figure, released on Saturday, is up from 20.",
            "A tally published Saturday by the ministry lists 12 dead.",
            "The count, issued on Saturday, shows 40 guards killed.",
        ] {
            assert_eq!(
                told_saturday_of_thursdays_assault(t),
                days(&[Some("2015-06-25")]),
                "{t}"
            );
        }
    }

    #[test]
    fn a_loss_framed_by_a_whole_war_has_no_incident_day() {
        for t in [
            "More than 40,000 people have been killed in the conflict.",
            "The SDF, which lost more than 11,000 fighters in the war against ISIS, blamed the group.",
            "In its more than 35-year terror campaign, the PKK has been responsible for the deaths of 40,000 people.",
            "Some 4,400 American troops have died during the war in Iraq.",
            "The police force lost 900 officers throughout the insurgency, its chief said.",
        ] {
            let got = incident_dates(
                &["A car bomb hit the checkpoint on Sunday.", t],
                &[(0, "Sunday", "2024-01-28")],
                &[1],
                "2024-01-29",
            );
            assert_eq!(got, days(&[None]), "{t}");
        }
        // One day's fighting, and a loss in the attack, are the incident's.
        for t in [
            "Three soldiers have been killed in the fighting.",
            "The unit lost two men in the attack.",
        ] {
            let got = incident_dates(
                &["A car bomb hit the checkpoint on Sunday.", t],
                &[(0, "Sunday", "2024-01-28")],
                &[1],
                "2024-01-29",
            );
            assert_eq!(got, days(&[Some("2024-01-28")]), "{t}");
        }
    }

    #[test]
    fn a_war_told_as_one_and_the_day_its_total_counts_from_date_no_incident() {
        let totals = [
            ("The civil war has killed some 500,000 people.", None),
            (
                "Russia's bombardment of the city has wounded 3,000 residents.",
                None,
            ),
            (
                "The insurgency has left 40,000 dead since it began in 1984.",
                Some("1984"),
            ),
            (
                "Fighting in the province has killed 80 soldiers since rebels stormed it in May 2023.",
                Some("May 2023"),
            ),
            (
                "The conflict has so far claimed 12,000 lives since the invasion of March 2003.",
                Some("March 2003"),
            ),
            (
                "The group's campaign has killed 230 police since it declared war in 2015.",
                Some("2015"),
            ),
        ];
        for (t, bound) in totals {
            let mut timexes = vec![(0, "Sunday", "2024-01-28")];
            if let Some(b) = bound {
                timexes.push((1, b, "2015"));
            }
            let got = incident_dates(
                &["A drone hit the outpost on Sunday.", t],
                &timexes,
                &[1],
                "2024-01-29",
            );
            assert_eq!(got, days(&[None]), "{t}");
        }
        // A date right after "since" bounds a running total to the period it shares
        // with the report (the month), as before.
        let got = incident_dates(
            &[
                "A drone hit the outpost on Sunday.",
                "Three soldiers have been killed in the fighting since Monday.",
            ],
            &[(0, "Sunday", "2024-01-28"), (1, "Monday", "2024-01-22")],
            &[1],
            "2024-01-29",
        );
        assert_eq!(got, days(&[Some("2024-01")]));
    }

    #[test]
    fn a_toll_update_is_dated_by_the_incident_not_the_update() {
        for s in [
            "The death toll rose to four on Friday.",
            "The toll among police officers grew to four on Friday.",
            "The number of dead increased to four on Friday, medics said.",
            "The tally of wounded reached 20 Friday.",
            "The toll of the bombing jumped to nine late Friday.",
        ] {
            let w = if s.contains("late Friday") {
                "late Friday"
            } else {
                "Friday"
            };
            let got = incident_dates(
                &["Gunmen attacked a post on Monday, killing three.", s],
                &[(0, "Monday", "2025-01-06"), (1, w, "2025-01-10")],
                &[1],
                "2025-01-12",
            );
            assert_eq!(got, days(&[Some("2025-01-06")]), "{s}");
        }
    }

    #[test]
    fn in_a_report_of_nothing_newer_the_one_older_incident_day_dates_undated_figures() {
        // A report of 2025-06-20 on an inquiry into a strike three months before.
        for (figure, dated, day) in [
            (
                "A coalition bomb killed 61 civilians sheltering in a school, the inquiry found.",
                "The jet struck the roof on March 14, investigators said.",
                "March 14",
            ),
            (
                "Eleven guards were wounded in the blast, the panel said.",
                "The depot blew up on 2 March after a drone hit it.",
                "2 March",
            ),
            (
                "Investigators say the shelling left 23 villagers dead.",
                "Shells fell on the market on the morning of March 9.",
                "March 9",
            ),
            (
                "Four soldiers died and 7 were hurt, the report says.",
                "The convoy was ambushed on Feb. 28 near the dam.",
                "Feb. 28",
            ),
            (
                "Thirty fighters were killed, according to the review.",
                "The raid took place on 1 March.",
                "1 March",
            ),
        ] {
            let value = match day {
                "Feb. 28" => "2025-02-28",
                "2 March" => "2025-03-02",
                "March 9" => "2025-03-09",
                "1 March" => "2025-03-01",
                _ => "2025-03-14",
            };
            let got = incident_dates(&[figure, dated], &[(1, day, value)], &[0], "2025-06-20");
            assert_eq!(got, days(&[Some(value)]), "{figure}");
        }
        // Two older days, or a day and a month, are incidents recalled: neither is
        // the story's.
        let got = incident_dates(
            &[
                "Thirty fighters were killed, according to the review.",
                "Raids took place on 1 March and on 19 March.",
            ],
            &[(1, "1 March", "2025-03-01"), (1, "19 March", "2025-03-19")],
            &[0],
            "2025-06-20",
        );
        assert_eq!(got, days(&[None]));
        let got = incident_dates(
            &[
                "Thirty fighters were killed, according to the review.",
                "The raid took place on 1 March.",
                "A strike in January 2024 had killed eight.",
            ],
            &[(1, "1 March", "2025-03-01"), (2, "January 2024", "2024-01")],
            &[0],
            "2025-06-20",
        );
        assert_eq!(got, days(&[None]));
    }

    #[test]
    fn a_rite_where_an_incident_happened_dates_it() {
        // Missiles on Wednesday; a harm at a rite on Tuesday is Tuesday's.
        for (t, want) in [
            (
                "A stampede at his funeral procession in Kerman on Tuesday killed 56 people.",
                "2020-01-07",
            ),
            (
                "A bomb went off during a burial in the village on Tuesday, killing nine mourners.",
                "2020-01-07",
            ),
            (
                "Gunmen opened fire near the funeral of a tribal chief on Tuesday, wounding four.",
                "2020-01-07",
            ),
            (
                "Two people were crushed outside the graves on Tuesday as crowds surged.",
                "2020-01-07",
            ),
            (
                "Nine people died when a car bomb hit their funeral convoy on Tuesday.",
                "2020-01-07",
            ),
            // The rite itself on Tuesday: the day of the burial, not of the deaths.
            (
                "The nine guards killed in the raid were buried on Tuesday.",
                "2020-01-08",
            ),
            (
                "Funerals were held on Tuesday for the four soldiers who died.",
                "2020-01-08",
            ),
        ] {
            let got = incident_dates(
                &["Missiles hit the base early Wednesday.", t],
                &[(0, "Wednesday", "2020-01-08"), (1, "Tuesday", "2020-01-07")],
                &[1],
                "2020-01-08",
            );
            assert_eq!(got, days(&[Some(want)]), "{t}");
        }
    }

    #[test]
    fn a_caption_dating_a_scene_of_rites_dates_no_incident() {
        // Thursday 2 December's attack, Friday 3 December's funerals.
        for (caption, date) in [
            (
                "Mourners gather at the graves of three farmers killed in the attack, December 3, 2021.",
                "December 3, 2021",
            ),
            ("Relatives at the funeral of the 3 farmers killed by the gunmen, 3 December 2021.", "3 December 2021"),
            ("Villagers bury the three farmers killed overnight, Dec. 3, 2021.", "Dec. 3, 2021"),
            ("Women weep beside the graves of 3 slain farmers, December 3.", "December 3"),
            ("Mourners carry the coffins of three farmers killed in the raid, 3 December.", "3 December"),
        ] {
            let got = incident_dates(
                &["Gunmen attacked the village late Thursday, killing 3 farmers.", caption],
                &[(0, "late Thursday", "2021-12-02"), (1, date, "2021-12-03")],
                &[1],
                "2021-12-03",
            );
            assert_eq!(got, days(&[Some("2021-12-02")]), "{caption}");
        }
    }

    #[test]
    fn an_incident_dated_by_its_month_dates_undated_figures() {
        for (lead, month) in [
            (
                "A raid killed 14 militants in March, the army said.",
                "March",
            ),
            (
                "Troops ambushed a convoy last month, killing six.",
                "last month",
            ),
            ("In March, an airstrike killed 14 fighters.", "In March"),
            (
                "The bombing earlier this month wounded 30.",
                "earlier this month",
            ),
            ("An attack in early March left 14 dead.", "early March"),
        ] {
            let got = incident_dates(
                &[lead, "There were no civilian casualties."],
                &[(0, month, "2025-03")],
                &[1],
                "2025-04-02",
            );
            assert_eq!(got, days(&[Some("2025-03")]), "{lead}");
        }
        // A month long before the story is not its incident's.
        let got = incident_dates(
            &[
                "The war began in October, killing thousands.",
                "There were no civilian casualties.",
            ],
            &[(0, "October", "2024-10")],
            &[1],
            "2025-04-02",
        );
        assert_eq!(got, days(&[None]));
    }

    #[test]
    fn a_clause_set_off_by_a_span_is_dated_by_the_offset() {
        for (s, want) in [
            ("The airstrike came two weeks after gunmen ambushed a patrol, wounding four soldiers.", "2025-W01"),
            ("It followed by three days a bombing that killed 12.", "2025-01-18"),
            ("The raid came 3 days after militants shelled a village and killed 12 people.", "2025-01-15"),
            ("The strike came a month after a car bomb killed nine police officers.", "2024-12"),
            ("This happened one day before a second blast injured 20.", "2025-01-19"),
            ("The attack came two years after a siege that left 300 dead.", "2023"),
        ] {
            let got = incident_dates(
                &["Jets struck a militant camp on Jan. 18, killing nine.", s],
                &[(0, "Jan. 18", "2025-01-18")],
                &[1],
                "2025-01-20",
            );
            assert_eq!(got, days(&[Some(want)]), "{s}");
        }
        // A figure before the span belongs to the main clause: the story's day.
        let got = incident_dates(
            &[
                "Jets struck a militant camp on Jan. 18, killing nine.",
                "Four soldiers were hurt two days after the vote.",
            ],
            &[(0, "Jan. 18", "2025-01-18")],
            &[1],
            "2025-01-20",
        );
        assert_eq!(got, days(&[Some("2025-01-18")]));
    }

    #[test]
    fn the_day_of_a_diagnosis_or_treatment_is_not_the_incidents() {
        // The story's strike is on the 16th; the attack the figures are of, the 14th.
        for s in [
            "Three more suffered concussions after being evaluated by medics on March 15.",
            "Two soldiers were diagnosed with brain injuries on March 15.",
            "Four were treated at a field hospital on March 15.",
            "A contractor was airlifted to Baghdad on March 15 with burns.",
            "Two troops hurt by shrapnel were discharged on March 15.",
        ] {
            let got = incident_dates(
                &[
                    "Jets struck a launch site on March 16.",
                    "The strike answered a drone attack on the base on March 14.",
                    "Five service members were injured during the attack.",
                    s,
                ],
                &[
                    (0, "March 16", "2026-03-16"),
                    (1, "March 14", "2026-03-14"),
                    (3, "March 15", "2026-03-15"),
                ],
                &[2, 3],
                "2026-03-16",
            );
            assert_eq!(got, days(&[Some("2026-03-14"), Some("2026-03-14")]), "{s}");
        }
        // A day of harm stays the incident's.
        let got = incident_dates(
            &[
                "Jets struck a launch site on March 16.",
                "Two soldiers were wounded on March 15.",
            ],
            &[(0, "March 16", "2026-03-16"), (1, "March 15", "2026-03-15")],
            &[1],
            "2026-03-16",
        );
        assert_eq!(got, days(&[Some("2026-03-15")]));
    }

    #[test]
    fn sentences_after_one_naming_a_dated_incident_again_tell_of_it() {
        let got = incident_dates(
            &[
                "Jets struck a launch site on Monday.",
                "The strike answered the Saturday attack on the base.",
                "In total, five soldiers were hurt in the attack.",
                "Four of them are back on duty.",
                "A partner force member was also injured.",
            ],
            &[(0, "Monday", "2026-03-16"), (1, "Saturday", "2026-03-14")],
            &[2, 4],
            "2026-03-16",
        );
        assert_eq!(got, days(&[Some("2026-03-14"), Some("2026-03-14")]));
        // Named by another noun than the one dated, the recalled day hands nothing on.
        let got = incident_dates(
            &[
                "Troops raided a hideout late on Aug. 23.",
                "The cell had planned an Aug. 22 bombing near the river.",
                "During the raid, gunmen opened fire.",
                "Three soldiers were wounded.",
            ],
            &[(0, "Aug. 23", "2025-08-23"), (1, "Aug. 22", "2025-08-22")],
            &[3],
            "2025-08-25",
        );
        assert_eq!(got, days(&[Some("2025-08-23")]));
    }

    #[test]
    fn the_strikes_named_again_are_the_ones_struck_on_their_day() {
        for (second, third) in [
            (
                "Officials said the strikes killed five militants.",
                "A news agency said the strikes killed about a dozen people.",
            ),
            (
                "The strikes destroyed a depot, killing 5 fighters.",
                "Local media said 12 died in the strikes.",
            ),
            (
                "Two officials said the strike killed five.",
                "The strike also wounded three civilians.",
            ),
            (
                "Five militants died in the strikes, officials said.",
                "Three civilians were among twelve killed in the strikes.",
            ),
            (
                "The strikes hit a launch site, killing five militants.",
                "A monitor said the strikes killed 12.",
            ),
        ] {
            let got = incident_dates(
                &[
                    "Late Tuesday US jets struck a launch site used for the drones that hit the base on Sunday night.",
                    second,
                    third,
                ],
                &[(0, "Late Tuesday", "2026-11-03"), (0, "Sunday night", "2026-11-01")],
                &[1, 2],
                "2026-11-04",
            );
            assert_eq!(
                got,
                days(&[Some("2026-11-03"), Some("2026-11-03")]),
                "{second} {third}"
            );
        }
    }

    #[test]
    fn an_answered_incident_dated_in_its_own_noun_phrase_keeps_that_day() {
        // The response is dated, and the incident it answers carries its own day
        // before its noun ("the Jan. 28 drone attack"), weeks before the report.
        for s in [
            "On Friday, jets struck the targets in retaliation for the Jan. 28 drone attack, which killed three soldiers.",
            "Troops raided the camp on Friday in response to the Jan. 28 ambush that left four guards dead.",
            "Jets hit the depots on Friday, avenging the Jan. 28 bombing, which wounded twelve civilians.",
            "The strikes on Friday were revenge for the Jan. 28 rocket attack that killed two contractors.",
            "On Friday, gunships bombed the hideout in reprisal for the Jan. 28 raid, in which 6 police died.",
        ] {
            let got = incident_dates(
                &[s],
                &[(0, "Friday", "2024-02-16"), (0, "Jan. 28", "2024-01-28")],
                &[0],
                "2024-02-19",
            );
            assert_eq!(got, days(&[Some("2024-01-28")]), "{s}");
        }
    }

    #[test]
    fn the_incident_named_again_takes_its_own_day_of_the_sentence_before() {
        // The sentence before dates a response and what it answers; a dateless one
        // after it that names the response again is of the response's day.
        for (before, after) in [
            (
                "On Friday, jets struck 85 targets in response to a drone attack on Jan. 28.",
                "Officials said 16 people were killed and 25 wounded in the strikes.",
            ),
            (
                "On Friday, jets struck the depots in retaliation for a rocket attack on Jan. 28.",
                "Nine militiamen died in the strikes, a monitor said.",
            ),
            (
                "Troops raided the village on Friday, avenging an ambush on Jan. 28.",
                "Four gunmen were shot dead during the raid.",
            ),
            (
                "Drones struck a convoy on Friday in revenge for a bombing on Jan. 28.",
                "The strike killed seven fighters.",
            ),
            (
                "On Friday, gunships bombed the hideout, a response to the Jan. 28 ambush.",
                "Twelve militants died in the bombing.",
            ),
        ] {
            let got = incident_dates(
                &[
                    "A drone killed six guards at the base late Sunday.",
                    before,
                    after,
                ],
                &[
                    (0, "late Sunday", "2024-02-04"),
                    (1, "Friday", "2024-02-02"),
                    (1, "Jan. 28", "2024-01-28"),
                ],
                &[2],
                "2024-02-05",
            );
            assert_eq!(got, days(&[Some("2024-02-02")]), "{before} {after}");
        }
    }

    #[test]
    fn a_toll_is_of_the_incident_named_after_it() {
        // The toll's own incident ("the toll from a bombing"), not the one a later
        // clause names ("a man wounded in the blast"), when the story dates a blast
        // and a bombing on different days.
        for toll in [
            "The death toll from a car bombing rose to 20 after a man wounded in the blast died.",
            "The toll of a suicide bombing climbed to 20 when a guard hurt in the blast died.",
            "The number killed in a bombing rose to twenty after a girl injured in the blast died overnight.",
            "Medics said the death toll in a truck bombing had reached 20, as a blast victim died.",
            "Officials put the toll from a bombing near the market at 20 after a blast survivor died.",
        ] {
            let got = incident_dates(
                &[
                    toll,
                    "The bombing on Monday morning tore through a bus.",
                    "A blast at a checkpoint on Saturday killed four guards.",
                ],
                &[
                    (0, "Tuesday", "2025-02-04"),
                    (1, "Monday morning", "2025-02-03TMO"),
                    (2, "Saturday", "2025-02-01"),
                ]
                .into_iter()
                .filter(|(si, w, _)| *si > 0 || toll.contains(w))
                .collect::<Vec<_>>(),
                &[0, 2],
                "2025-02-04",
            );
            assert_eq!(got, days(&[Some("2025-02-03"), Some("2025-02-01")]), "{toll}");
        }
    }

    #[test]
    fn the_time_a_count_stands_at_is_not_the_incidents() {
        for s in [
            "As of this morning, eight service members have been diagnosed with concussions from that attack.",
            "By Monday night it was five.",
            "As of Tuesday, the toll from the attack was nine.",
            "By Tuesday the number of wounded had risen to 11.",
            "As of Monday evening, four troops were still being treated after the attack.",
        ] {
            let got = incident_dates(
                &["Drones hit the base on Sunday night.", "Three soldiers were hurt in the attack.", s],
                &[
                    (0, "Sunday night", "2026-03-15"),
                    (2, "this morning", "2026-03-19TMO"),
                    (2, "Monday night", "2026-03-16TNI"),
                    (2, "Tuesday", "2026-03-17"),
                    (2, "Monday evening", "2026-03-16TEV"),
                ]
                .into_iter()
                .filter(|(si, w, _)| *si == 0 || s.contains(w))
                .collect::<Vec<_>>(),
                &[1, 2],
                "2026-03-19",
            );
            assert_eq!(got, days(&[Some("2026-03-15"), Some("2026-03-15")]), "{s}");
        }
        // A day the harm was done on, or by, stays the incident's.
        let got = incident_dates(
            &[
                "Drones hit the base on Sunday night.",
                "By Monday night troops had detained five men in raids.",
            ],
            &[
                (0, "Sunday night", "2026-03-15"),
                (1, "Monday night", "2026-03-16TNI"),
            ],
            &[1],
            "2026-03-19",
        );
        assert_eq!(got, days(&[Some("2026-03-16")]));
        let got = incident_dates(
            &[
                "Drones hit the base on Sunday night.",
                "By Monday night two more soldiers were hurt in a second strike.",
            ],
            &[
                (0, "Sunday night", "2026-03-15"),
                (1, "Monday night", "2026-03-16TNI"),
            ],
            &[1],
            "2026-03-19",
        );
        assert_eq!(got, days(&[Some("2026-03-16")]));
    }

    #[test]
    fn the_incident_a_group_is_responsible_for_is_answered_not_the_figures() {
        for s in [
            "On Wednesday jets struck a depot used by the militia responsible for Sunday's attack.",
            "Jets on Wednesday hit the group responsible for the Sunday attack.",
            "The cell responsible for Sunday's bombing was struck on Wednesday.",
        ] {
            let got = incident_dates(
                &[s, "Four militants were killed."],
                &[(0, "Wednesday", "2026-03-18"), (0, "Sunday", "2026-03-15")],
                &[1],
                "2026-03-19",
            );
            assert_eq!(got, days(&[Some("2026-03-18")]), "{s}");
        }
    }

    #[test]
    fn figures_of_an_answered_incident_told_with_no_day_take_its_day() {
        // The strike on Tuesday answers the attack of Sunday night; the lead tells the
        // attack's wounded with no day of its own.
        for lead in [
            "Jets flattened a drone factory in revenge for a kamikaze attack that wounded four US troops.",
            "US aircraft struck back in retaliation for a drone attack which left four soldiers hurt.",
            "Warplanes hit militia sites in response to an attack that injured 4 Americans.",
        ] {
            let got = incident_dates(
                &[
                    lead,
                    "Fighter jets pounded two sites in the early hours of Tuesday.",
                    "The drone smashed into a hangar on Sunday night.",
                ],
                &[
                    (1, "the early hours of Tuesday", "2026-10-20TMO"),
                    (2, "Sunday night", "2026-10-18TNI"),
                ],
                &[0],
                "2026-10-21",
            );
            assert_eq!(got, days(&[Some("2026-10-18")]), "{lead}");
        }
    }
}
