//! Numeric casualty figures in one sentence: a count (digits or number words) with its
//! qualifier, the noun phrase it counts, and the outcome the clause gives it.
//!
//! The clause grammar, in order of trust:
//! 1. the head noun names the outcome: "seven injuries to US troops";
//! 2. a verb stands just before the number: "killed nine", "killing at least 28",
//!    "injured 18";
//! 3. an outcome word follows in the clause: "15 fighters were killed",
//!    "twelve others dead", "37 killed";
//! 4. a number listed after "including" inherits the outcome of the figure it splits.
//!
//! Partitives and condition statements ("one of the wounded", "One of the three service
//! members wounded is in critical condition") are not figures.

use super::lexicon::{
    group_of, is_allied_modifier, is_civilian_word, is_household, is_kin_word, is_militant_marker,
    is_person_head, is_strike_word, outcome_noun, outcome_verb_before, outcome_word,
    qualifier_before, toll_word, RANKS, SERVICE_WORDS,
};
use super::tolls::{
    anaphoric_toll, brought_to, copular_tally, far_toll, far_toll_group, head_modifiers_group,
    is_change_verb, put_at, put_outcome_at,
};
use crate::extract::actors::{
    demonym_force, is_generic_military, is_own_people, is_partner_force_name, militant_role,
    us_military_reports, Actors, MilitantRole,
};
use crate::extract::chunks::{
    attached_phrase, ends_phrase, is_reporting_verb, next_conjunct, phrase_at, possessor_before,
    NounPhrase,
};
use crate::extract::numbers::{looks_like_year, parse_count};
use crate::extract::words::WordSet;
use crate::extract::words::{Norm, Token};
use crate::model::{Group, Outcome, Qualifier};
use std::ops::Range;

/// One figure found in a sentence, before its incident date is known.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFigure {
    /// Byte range of the clause stating it.
    pub range: Range<usize>,
    /// Who, when the sentence says; `None` asks the caller to resolve an anaphor
    /// ("the three injuries") against earlier figures.
    pub group: Option<Group>,
    /// What happened to them.
    pub outcome: Outcome,
    /// How many.
    pub count: u32,
    /// How exact.
    pub qualifier: Qualifier,
    /// A short note ("hurt in falls", "including four senior leaders").
    pub note: Option<String>,
    /// How the caller finds the group when `group` is `None`.
    pub refers: Refers,
    /// Byte range of the words naming who was counted ("U.S. service members"), when
    /// the clause names them with a noun of people.
    pub who: Option<Range<usize>>,
    /// The figure names part of people counted before ("Among the dead were two
    /// workers", "the dead included two leaders"): the caller keeps it only when its
    /// group differs from theirs (a subset of the same group is not an entry).
    pub subset: bool,
}

/// How a figure whose sentence names no group finds it among the article's figures.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Refers {
    /// The sentence gives the group.
    #[default]
    Stated,
    /// "the three injuries": the latest earlier figure with the same count and
    /// outcome.
    Anaphor,
    /// A toll or a bare count opening its clause ("the death toll rose to 40",
    /// "officials said at least 34 were injured"): the group every earlier figure of
    /// the article with a group shares.
    Restated,
    /// "The strike also wounded two others": the others of the article's latest
    /// earlier figure ([`others_of`]).
    Others,
    /// "A fourth service member was diagnosed …": one more of the people of the
    /// article's latest earlier figure of the same outcome, their group kept.
    OneMore,
    /// "That number crept up to eight": the article's latest earlier figure counted
    /// anew, its group and outcome kept.
    Same,
}

/// Words that end the forward search for an outcome: a new clause begins.
const CLAUSE_STOP: WordSet<10> = WordSet::new([
    "where",
    "which",
    "who",
    "while",
    "but",
    "including",
    "although",
    "though",
    "because",
    "whereas",
]);

/// How many words the forward search for an outcome may look ahead.
const OUTCOME_REACH: usize = 20;

/// Nouns of measure, time and quantity that an outcome verb before a number does not
/// count ("killed 3 years ago", "wounded 2 percent").
const MEASURES: WordSet<24> = WordSet::new([
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "seconds",
    "times",
    "miles",
    "kilometres",
    "kilometers",
    "km",
    "metres",
    "meters",
    "feet",
    "yards",
    "percent",
    "per",
    "decades",
    "nights",
    "rounds",
    "shots",
    "tons",
    "tonnes",
]);

/// Where a count token stands and what it counts.
struct Count {
    /// First token index of the figure (qualifier included).
    from: usize,
    value: u32,
    qualifier: Qualifier,
}

/// True when "or so" follows the count at `i` ("600 or so"): about that many.
fn or_so_at(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| t.norm == "or")
        && toks.get(i + 2).is_some_and(|t| t.norm == "so")
}

/// True when token `i` reads as a count worth examining: a number, not a year, not a
/// partitive ("one of", "of the three").
fn count_at(text: &str, toks: &[Token], i: usize) -> Option<(u32, bool)> {
    let t = &toks[i];
    if !t.is_word {
        return None;
    }
    // The count first: most words are none, and it is kept on the token.
    if !may_count(t) {
        return None;
    }
    let value = match t.count {
        Some(n) => n,
        None => listed_article(text, toks, i)
            .or_else(|| another_listed(toks, i))
            .or_else(|| dozen_at(toks, i))
            .or_else(|| both_at(toks, i))?,
    };
    if looks_like_year(t.raw(text)) {
        return None;
    }
    let next = toks.get(i + 1).map(|t| t.norm.as_str());
    // A day before its month ("On 27 August, two men …") is a date, not a count.
    let day_of_month = value <= 31
        && toks
            .get(i + 1)
            .is_some_and(|n| is_month_name(&n.norm) && n.raw(text).starts_with(char::is_uppercase));
    if day_of_month {
        return None;
    }
    // "10 or 11 fighters": the lower count gives way to the higher.
    let or_higher = next == Some("or")
        && toks
            .get(i + 2)
            .and_then(|t| t.count)
            .is_some_and(|n| n > value);
    if or_higher {
        return None;
    }
    // "put the toll at 332: 246 ISIS members, …": a colon and a space open the
    // breakdown of a count; "8:30", "3:16" are no counts.
    let breakdown_colon = next == Some(":")
        && toks.get(i + 2).is_some_and(|n| {
            n.range.start > toks[i + 1].range.end && n.count.is_some_and(|c| c > 0)
        });
    if matches!(next, Some(":" | "%" | "percent" | "-" | "/" | "dozen")) && !breakdown_colon
        || next == Some("of")
            && partitive_object(text, toks, i).is_none()
            && of_them_at(toks, i).is_none()
            && !set_off_of_them(toks, i)
    {
        return None;
    }
    let prev = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| toks.get(j))
            .map(|t| t.norm.as_str())
    };
    // "one of 3", "some of the five": a part of a set already counted. "the names
    // of 3 soldiers", "the deaths of 15" are not partitives.
    let of_at = match (prev(2), prev(1)) {
        (_, Some("of")) => Some(1),
        (Some("of"), Some("the")) => Some(2),
        _ => None,
    };
    // "Sgt. Black was one of three U.S. soldiers killed": a person named as one of
    // a set told for the first time (no "the") counts the set.
    let one_of_a_set = of_at == Some(1)
        && prev(2) == Some("one")
        && matches!(
            prev(3),
            Some("was" | "is" | "were" | "are" | "been" | "became")
        );
    // "is one of the two special operators who died": the set a relative clause
    // defines, counted with its outcome, however often the report counts it.
    let one_of_the_set_who = of_at == Some(2)
        && prev(3) == Some("one")
        && matches!(prev(4), Some("was" | "is" | "were" | "are" | "been"))
        && toks[i + 1..]
            .iter()
            .filter(|t| t.is_word)
            .take(4)
            .any(|t| matches!(t.norm.as_str(), "who" | "that"));
    if of_at.is_some_and(|k| prev(k + 1).is_none_or(is_partitive_quantity))
        && !one_of_a_set
        && !one_of_the_set_who
    {
        return None;
    }
    // "one of the group's top five leaders", "among its 10 most senior commanders": a
    // rank among a set, not people harmed.
    if matches!(prev(1), Some("top" | "most")) || next == Some("most") {
        return None;
    }
    // "27 members of one family", "eight people from two households": the count
    // after "of" or "from" counts the families the people belong to, not people.
    if matches!(prev(1), Some("of" | "from")) && next.is_some_and(is_household) {
        return None;
    }
    // "Dubai: Four soldiers were killed": a dateline's colon opens the lead.
    // "issued a revised toll: five soldiers were killed": a colon and a space open a
    // clause ("3:2", "10:30" stay numbers), unless the words before it wait for the
    // number as their complement ("stood at: 4").
    let complement = matches!(
        prev(2),
        Some("at" | "to" | "of" | "was" | "were" | "is" | "are" | "reached" | "stood")
    );
    let dateline_colon = prev(1) == Some(":")
        && (kicker_before(text, toks, i - 1)
            || !complement && text.as_bytes().get(toks[i - 1].range.end) == Some(&b' '));
    if matches!(
        prev(1),
        Some("$" | "£" | "€" | ":" | "aged" | "no" | "number")
    ) && !dateline_colon
    {
        return None;
    }
    // An age after a name: "Smith, 46, was killed".
    let name_before = i
        .checked_sub(2)
        .and_then(|j| toks.get(j))
        .is_some_and(|t| t.is_word && t.raw(text).starts_with(char::is_uppercase));
    // An age after a noun of people, or after "both"/"all": "a soldier, 24, was
    // killed", "two soldiers, both 19, were hurt".
    let person_before = i
        .checked_sub(2)
        .and_then(|j| toks.get(j))
        .is_some_and(|t| is_person_head(&t.norm));
    let ages = matches!(prev(1), Some("both" | "all" | "aged"));
    if (prev(1) == Some(",") && (name_before || person_before) || ages) && next == Some(",") {
        return None;
    }
    // A day of a month ("Sept. 16", "September 24") is a date, not a count.
    let month_before = match prev(1) {
        Some(".") => prev(2),
        other => other,
    };
    if month_before.is_some_and(is_month_name) {
        return None;
    }
    // An age: "11 years old", "aged 9 and 12", "aged 9, 10 and 12", "aged between 4
    // and 10".
    let years_old =
        matches!(next, Some("years" | "year")) && toks.get(i + 2).is_some_and(|t| t.norm == "old");
    let aged_list = (0..i)
        .rev()
        .take(8)
        .take_while(|&k| {
            toks[k].count.is_some()
                || toks[k].is_punct(',')
                || matches!(
                    toks[k].norm.as_str(),
                    "and" | "between" | "from" | "to" | "under"
                )
        })
        .last()
        .and_then(|k| k.checked_sub(1))
        .is_some_and(|k| toks[k].norm == "aged");
    if years_old || aged_list {
        return None;
    }
    // "Tower 22", "Camp 7", "Route 1": a number that names a place with the
    // capitalised noun before it.
    let named_place = i.checked_sub(1).map(|p| &toks[p]).is_some_and(|p| {
        NUMBERED_PLACES.contains(&p.norm) && p.raw(text).starts_with(char::is_uppercase)
    });
    if named_place {
        return None;
    }
    let anaphoric = matches!(prev(1), Some("the" | "these" | "those"));
    Some((value, anaphoric))
}

/// Nouns of places named by a number after them ("Tower 22", "Camp 7", "Highway 4").
const NUMBERED_PLACES: WordSet<14> = WordSet::new([
    "tower",
    "camp",
    "route",
    "highway",
    "road",
    "gate",
    "base",
    "station",
    "outpost",
    "sector",
    "checkpoint",
    "post",
    "block",
    "hangar",
]);

/// Most words of a dateline or a tabloid kicker before the colon that opens the lead.
const KICKER_WORDS: usize = 4;

/// True when the tokens before the colon at `colon` are a dateline or a kicker
/// opening the sentence ("Dubai:", "DRONE HORROR:", "Exclusive:"): one to
/// [`KICKER_WORDS`] capitalised words and nothing else.
fn kicker_before(text: &str, toks: &[Token], colon: usize) -> bool {
    (1..=KICKER_WORDS).contains(&colon)
        && toks[..colon]
            .iter()
            .all(|t| t.is_word && t.raw(text).starts_with(char::is_uppercase))
}

/// True when the count at `from` opens its sentence: first, or right after a dateline
/// or kicker colon ("DRONE HORROR: Two …").
fn opens_sentence(text: &str, toks: &[Token], from: usize) -> bool {
    from == 0 || toks[from - 1].norm == ":" && kicker_before(text, toks, from - 1)
}

/// True when the word at `k` is a participle of harm standing for a passive with no
/// auxiliary, as headlines write it ("Two soldiers killed as …", "Five hurt in
/// blast"): not followed by an object ("Two drones killed three fighters").
fn headline_participle_at(toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let participle = matches!(
        t.norm.as_str(),
        "killed" | "wounded" | "injured" | "hurt" | "dead" | "slain" | "martyred" | "dies"
    );
    let object = toks.get(k + 1).is_some_and(|o| {
        o.count.is_some()
            || matches!(
                o.norm.as_str(),
                "a" | "an" | "the" | "at" | "several" | "his" | "her" | "their" | "its"
            )
    });
    participle && !object
}

/// True when the counted phrase at `from` follows an "and" that closes a passive
/// clause, whose auxiliary it shares: "168 mosques had been attacked and ten imams
/// killed", "the mosque was stormed and nine worshippers wounded".
fn gapped_passive(toks: &[Token], from: usize) -> bool {
    let Some(and) = from.checked_sub(1).filter(|&a| toks[a].norm == "and") else {
        return false;
    };
    let clause: Vec<&Token> = toks[..and]
        .iter()
        .rev()
        .take_while(|t| t.is_word)
        .take(GAPPED_CLAUSE_WORDS)
        .collect();
    // Read backwards: the participle first, its auxiliary right before it.
    clause.windows(2).any(|w| {
        w[0].norm.ends_with("ed")
            && matches!(w[1].norm.as_str(), "was" | "were" | "been" | "is" | "are")
    })
}

/// How many words of the passive clause before a gapped conjunct are read.
const GAPPED_CLAUSE_WORDS: usize = 8;

/// False for a token that cannot be a count: besides numbers, only "a", "an",
/// "another", "both", "dozen", "hundred" and "thousand" count, and all start with
/// "a", "b", "d", "h" or "t", so most other words are passed over at once.
#[inline]
fn may_count(t: &Token) -> bool {
    t.count.is_some()
        || t.is_word
            && match t.norm.as_bytes().first() {
                Some(b'a' | b'd') => true,
                Some(b'b') => t.norm.len() == 4 && t.norm == "both",
                Some(b'h') => t.norm.len() == 7 && t.norm == "hundred",
                Some(b't') => t.norm.len() == 8 && t.norm == "thousand",
                _ => false,
            }
}

/// True for a word that takes a part of a set with "of": "one of", "most of the",
/// "none of the three", and numbers ("two of 5").
fn is_partitive_quantity(w: &str) -> bool {
    const QUANTITIES: WordSet<14> = WordSet::new([
        "some", "none", "most", "all", "many", "several", "each", "both", "either", "neither",
        "few", "half", "any", "rest",
    ]);
    QUANTITIES.contains(w) || parse_count(w).is_some() || w == "another"
}

/// The index of the closing bracket when the count at `i` is repeated in digits right
/// after it, as press releases write ("five (5) members", "two (2) of our soldiers"):
/// the digits are the same count, not another.
fn echo_end(toks: &[Token], i: usize) -> Option<usize> {
    let value = toks.get(i)?.count?;
    let [open, digits, close] = toks.get(i + 1..i + 4)? else {
        return None;
    };
    (open.is_punct('(') && digits.count == Some(value) && close.is_punct(')')).then_some(i + 3)
}

/// True when the count at `i` repeats the one before it in brackets ("five (5)").
fn echoes_count_before(toks: &[Token], i: usize) -> bool {
    i >= 2 && echo_end(toks, i - 2) == Some(i + 1)
}

/// How many words after "the wounded" a verb of dying may stand ("the wounded
/// soldiers later died").
const DEATH_REACH: usize = 5;

/// True when the count at `i` is a part of the hurt who then died: "Eight of the
/// wounded had died in hospital", "two of the injured soldiers later succumbed".
fn hurt_then_dead(toks: &[Token], i: usize) -> bool {
    let at = |n: usize| toks.get(i + n).map_or("", |t| t.norm.as_str());
    at(1) == "of"
        && matches!(at(2), "the" | "their")
        && matches!(at(3), "wounded" | "injured")
        && death_follows(toks, i + 4)
}

/// True when a verb of dying follows token `from` within a few words: "had died",
/// "later succumbed", "died in hospital".
fn death_follows(toks: &[Token], from: usize) -> bool {
    toks[from.min(toks.len())..]
        .iter()
        .filter(|t| t.is_word)
        .take(DEATH_REACH)
        .any(|t| is_dying(&t.norm) || t.norm == "perished")
}

/// True for a verb of a victim's own death ("died", "succumbed"): what befell one
/// already named, not a count of its own.
fn is_dying(w: &str) -> bool {
    matches!(w, "died" | "dies" | "succumbed" | "succumbs")
}

/// True for an ordinal that counts one more of people named before ("a third was
/// wounded", "a fourth service member").
fn is_ordinal(w: &str) -> bool {
    matches!(
        w,
        "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh"
    )
}

/// The last token of the count at `i` before a partitive's "of": past digits that
/// repeat it ("two (2) of our soldiers") and past "more" or "further" ("one more of
/// our fighters", "two further of the guards": a count added to those told before is a
/// part of the same people).
fn partitive_count_end(toks: &[Token], i: usize) -> usize {
    let k = echo_end(toks, i).unwrap_or(i);
    let added = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "more" | "further"))
        && toks.get(k + 2).is_some_and(|t| t.norm == "of");
    k + usize::from(added)
}

/// A partitive that counts people: "killed three of the attackers" (after an outcome
/// verb), "one of his aides", "two of their fighters" (a possessor's people). Returns
/// the token index where the counted noun phrase starts. Other partitives ("one of
/// the wounded", "two of his sons") are not counts.
fn partitive_object(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let verb = i.checked_sub(1).and_then(|p| verb_outcome_at(toks, p));
    // "two (2) of our soldiers": past the digits that repeat the count.
    let k = partitive_count_end(toks, i);
    let of = toks.get(k + 1).is_some_and(|t| t.norm == "of");
    let det = toks
        .get(k + 2)
        .is_some_and(|t| matches!(t.norm.as_str(), "the" | "their"));
    if verb.is_some() && of && det {
        return Some(k + 3);
    }
    // "two of those fighters", "one of these men": people named before, counted
    // when an outcome governs the count (checked by the caller); after an outcome
    // verb, whatever noun they were named by ("wounded 3 of these volunteers").
    let demonstrative = toks
        .get(k + 2)
        .is_some_and(|t| matches!(t.norm.as_str(), "those" | "these"));
    let person = toks.get(k + 3).is_some_and(|t| {
        is_person_head(&t.norm) && outcome_noun(&t.norm).is_none() && t.norm != "others"
    });
    if of && demonstrative && (person || verb.is_some()) {
        return Some(k + 3);
    }
    // "Fourteen of the infiltrators were killed": a part of people named by a noun
    // of people, the subject of a passive or intransitive outcome.
    let the = toks.get(k + 2).is_some_and(|t| t.norm == "the");
    if of && the && person {
        let np = phrase_at(text, toks, k + 3);
        // "of the infiltrators", "of the terrorist elements".
        if np.words.len() <= 2 && passive_or_held_after(toks, np.end) {
            return Some(k + 3);
        }
    }
    // "Eight of the wounded had died in hospital", "two of the injured soldiers
    // later succumbed": people counted as hurt before, counted again as dead.
    if hurt_then_dead(toks, k) {
        return Some(k + 3);
    }
    // "one of his top aides was injured": the possessor's people, counted.
    let possessed = of && possessor_before(text, toks, k + 3) == Some(k + 2);
    if !possessed {
        return None;
    }
    let np = phrase_at(text, toks, k + 3);
    let counted = np.words.iter().any(|&k| toks[k].count.is_some());
    let person = np
        .head
        .is_some_and(|k| is_person_head(&toks[k].norm) && outcome_noun(&toks[k].norm).is_none());
    // "two of our heroes": the speaker's people, whatever noun names them.
    let ours = toks[k + 2].norm == "our" && !np.words.is_empty();
    ((person || ours) && !counted).then_some(k + 3)
}

/// Words that open a clause before a subject: "and a soldier was hurt", "said that an
/// officer was killed".
const CLAUSE_OPENERS: WordSet<7> =
    WordSet::new(["and", "but", "while", "that", "as", "when", "then"]);

/// Verbs by which a source tells a death as its news ("confirmed the death of").
const TELLS_A_DEATH: WordSet<12> = WordSet::new([
    "confirm",
    "confirms",
    "confirmed",
    "announce",
    "announces",
    "announced",
    "report",
    "reports",
    "reported",
    "mourn",
    "mourns",
    "mourned",
]);

/// "a"/"an" counts one casualty: in a list ("two soldiers and a civilian wounded",
/// "six others, including a medic, injured"), as the subject opening a clause of a
/// passive outcome ("a contractor was killed", "an officer of the unit was badly
/// hurt"), or after "left" ("left a guard with a concussion", "left a driver dead").
/// A single victim the text names is not a count; nor is "killed a leader" (the
/// target of an operation) or "the last time a soldier was killed".
fn listed_article(text: &str, toks: &[Token], i: usize) -> Option<u32> {
    if !matches!(toks[i].norm.as_str(), "a" | "an") {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    let after_and = prev.is_some_and(|t| t.norm == "and" || t.is_punct(','));
    let listed_at = toks[..i.saturating_sub(1)]
        .iter()
        .enumerate()
        .rev()
        .take(6)
        .find(|(_, t)| t.count.is_some_and(|n| n > 0))
        .map(|(k, _)| k);
    // "one of its officers, a first lieutenant": the phrase renames the one picked
    // out of a set, it adds no one.
    let renames_one = prev.is_some_and(|t| t.is_punct(','))
        && toks[..i.saturating_sub(1)]
            .iter()
            .enumerate()
            .rev()
            .take(6)
            .any(|(k, t)| t.count == Some(1) && toks.get(k + 1).is_some_and(|t| t.norm == "of"));
    if renames_one {
        return None;
    }
    // "confirmed the death of a British serviceman", "mourned the killing of an
    // Italian officer": a death told as a noun, of one victim, as the news a source
    // gives (not a death recalled: "after the death of a guard"; not a target: "the
    // killing of a senior commander").
    let death_of = i >= 4
        && toks[i - 1].norm == "of"
        && matches!(toks[i - 2].norm.as_str(), "death" | "killing")
        && toks[i - 3].norm == "the"
        && TELLS_A_DEATH.contains(&toks[i - 4].norm);
    if death_of {
        let np = phrase_at(text, toks, i + 1);
        let target = np.words.iter().any(|&k| {
            matches!(
                toks[k].norm.as_str(),
                "leader" | "commander" | "official" | "senior" | "top" | "militant" | "terrorist"
            )
        });
        return (!target && victim_head(text, toks, &np).is_some()).then_some(1);
    }
    // "killed two soldiers and wounded a third": one more of the people counted,
    // the object of a second outcome verb.
    let one_more = prev.is_some_and(|t| outcome_verb_before(&t.norm).is_some())
        && toks.get(i + 1).is_some_and(|t| is_ordinal(&t.norm))
        && toks[..i].iter().any(|t| t.count.is_some_and(|n| n > 0));
    if one_more {
        return Some(1);
    }
    // "an American and a Briton": a single person listed before, named by "a"/"an".
    let listed_single = || {
        toks[..i.saturating_sub(1)]
            .iter()
            .enumerate()
            .rev()
            .take(4)
            .find(|(_, t)| matches!(t.norm.as_str(), "a" | "an"))
            .is_some_and(|(k, _)| {
                let np = phrase_at(text, toks, k + 1);
                np.words.last().is_some_and(|&h| h + 1 == i - 1)
                    && victim_head(text, toks, &np).is_some_and(|h| np.words.last() == Some(&h))
            })
    };
    if after_and
        && (listed_at.is_some() || prev.is_some_and(|t| t.norm == "and") && listed_single())
    {
        // The person noun ends the phrase: not "a police source".
        let np = phrase_at(text, toks, i + 1);
        let head = victim_head(text, toks, &np)
            .is_some_and(|k| np.words.last() == Some(&k) && outcome_noun(&toks[k].norm).is_none());
        return head.then_some(1);
    }
    let including =
        prev.is_some_and(|t| t.norm == "including") || i >= 2 && among_them_at(toks, i - 2);
    let left = prev.is_some_and(|t| t.norm == "left");
    let opens = prev.is_none_or(|t| {
        CLAUSE_OPENERS.contains(&t.norm)
            || t.is_punct(',')
            || t.is_punct(';')
            || REPORTED.contains(&t.norm)
            || !t.is_word && matches!(t.norm.as_str(), "\"" | "“" | "—" | "–")
    });
    // "killed a guard", "shot dead a policeman" (not the habit of "they kill a
    // teacher"): an outcome verb's single object.
    let shot_dead = prev.is_some_and(|t| t.norm == "dead")
        && i >= 2
        && matches!(toks[i - 2].norm.as_str(), "shot" | "shooting" | "shoots");
    let after_verb = shot_dead
        || prev.is_some_and(|t| t.norm != "kill" && outcome_verb_before(&t.norm).is_some());
    // What each reading needs nearby, checked before any phrase is read: most "a"
    // and "an" of a text are none of these.
    let near = || toks[i + 1..].iter().take(16);
    let may_be = including
        || left && near().any(|t| outcome_word(&t.norm).is_some())
        || opens
            && near().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "was" | "were" | "been" | "died" | "dies" | "succumbed" | "succumbs"
                )
            })
        || after_verb;
    if !may_be {
        return None;
    }
    // "Sgt. Jane Doe, a medic, was killed": an apposition to a named person.
    let apposition = prev.is_some_and(|t| t.is_punct(','))
        && toks
            .get(phrase_at(text, toks, i + 1).end)
            .is_some_and(|t| t.is_punct(','));
    if apposition {
        return None;
    }
    let np = phrase_at(text, toks, i + 1);
    let head = victim_head(text, toks, &np).filter(|&k| {
        outcome_noun(&toks[k].norm).is_none()
            && !toks[k].norm.ends_with('s')
            && np.words.last() == Some(&k)
    })?;
    if including {
        return Some(1);
    }
    // Past an age between commas ("a soldier, 24, of Texas, was killed") and an
    // attached phrase ("an official in the Islamic State group").
    let np_end = age_aside_end(toks, np.end).unwrap_or(np.end);
    let attached = attached_phrase(toks, np_end);
    let after = attached.last().map_or(np_end, |&k| k + 1);
    let words: Vec<&Token> = toks[after.min(toks.len())..]
        .iter()
        .filter(|t| t.is_word)
        .take(REDUCED_REACH + 1)
        .collect();
    if left {
        // "left a guard dead", "left a guard with a concussion".
        return words
            .iter()
            .take(3)
            .any(|t| outcome_word(&t.norm).is_some())
            .then_some(1);
    }
    // "a contractor was killed", "an officer was also seriously hurt", "a medic and
    // a driver were killed".
    let coordinated = prev.is_some_and(|t| t.norm == "and");
    let aux_at =
        match words.first() {
            Some(t) if t.norm == "was" || coordinated && t.norm == "were" => Some(0),
            // "a sergeant had been wounded", "a guard has been killed".
            Some(t)
                if matches!(t.norm.as_str(), "had" | "has")
                    && words.get(1).is_some_and(|b| b.norm == "been") =>
            {
                Some(0)
            }
            // "an interpreter travelling with the patrol was also killed", "a
            // contractor working for a U.S. firm at the base was hurt", "a soldier
            // stationed at the outpost was killed": past the participle's phrase to its
            // auxiliary; likewise past a phrase of where the victim was ("a corporal
            // on guard duty was killed", "a medic at the checkpoint was hurt").
            Some(t)
                if (t.norm.ends_with("ing")
                    || PERSON_PARTICIPLES.contains(&t.norm)
                    || POST_PLACES.contains(&t.norm))
                    && outcome_word(&t.norm).is_none() =>
            {
                words
                    .iter()
                    .take(REDUCED_REACH)
                    .position(|t| t.norm == "was" || coordinated && t.norm == "were")
            }
            // "a medic and a driver were killed", "a commander and three of his
            // aides were killed".
            Some(t) if t.norm == "and" => words
                .iter()
                .take(7)
                .position(|t| t.norm == "were")
                .filter(|_| {
                    words.get(1).is_some_and(|t| {
                        matches!(t.norm.as_str(), "a" | "an") || t.count.is_some_and(|n| n > 0)
                    })
                }),
            _ => None,
        };
    // The outcome within three words of the auxiliary: a word of one, or a phrase
    // that says one ("was hit by shrapnel", "was diagnosed with a concussion").
    // "a captain was among the wounded", "a Briton was among seven troops hurt", "a
    // child was among the dead": one of people counted as a set, no figure of its own
    // ("a" counts one only in a list of casualties).
    let among = aux_at.is_some_and(|at| words.get(at + 1).is_some_and(|t| t.norm == "among"))
        && !coordinated;
    let passive = !among
        && aux_at.is_some_and(|at| {
            (after.min(toks.len())..toks.len())
                .filter(|&k| toks[k].is_word)
                .skip(at + 1)
                .take(3)
                .any(|k| outcome_word(&toks[k].norm).is_some() || !outcomes_at(toks, k).is_empty())
        });
    // "A civilian worker died": an intransitive outcome right after the subject.
    let dies = |t: &&Token| is_dying(&t.norm);
    // "an interpreter travelling with the patrol died", "a soldier hurt in the
    // assault succumbed to his wounds": past a phrase on the victim to the verb.
    let participle = words.first().is_some_and(|t| {
        t.norm.ends_with("ing") && outcome_word(&t.norm).is_none()
            || outcome_word(&t.norm) == Some(Outcome::Injured)
    });
    // "An Iraqi soldier who was badly wounded when a drone exploded later died": past
    // the relative clause to the victim's own verb.
    let relative_died = words.first().is_some_and(|t| t.norm == "who")
        && toks[after.min(toks.len())..]
            .iter()
            .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
            .filter(|t| t.is_word)
            .take(24)
            .any(|t| is_dying(&t.norm));
    // "a second soldier has died": past the perfect's auxiliary.
    let perfect_died = words
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "has" | "had"))
        && words.get(1).is_some_and(dies);
    // "A US service member also died", "a guard too died": one more victim (not
    // "later died", most often one of the wounded counted before).
    let adverb_died = words
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "also" | "too"))
        && words.get(1).is_some_and(dies);
    let died = words.first().is_some_and(dies)
        || adverb_died
        || perfect_died
        || participle && words.iter().take(7).any(dies)
        || relative_died;
    if passive || died && (opens || coordinated) {
        return Some(1);
    }
    // "the rockets killed a British soldier and wounded two Americans": a victim in
    // a list of casualties (not the target of an operation: "killed a commander").
    let verb = after_verb;
    let target = matches!(
        toks[head].norm.as_str(),
        "leader" | "commander" | "official" | "deputy" | "aide" | "militant" | "terrorist"
    ) || np.words.iter().any(|&k| {
        matches!(
            toks[k].norm.as_str(),
            "senior" | "top" | "key" | "prominent" | "wanted"
        )
    });
    // "a teacher or a farmer": anyone at all, no one counted.
    let alternative = toks.get(np.end).is_some_and(|t| t.norm == "or");
    // A single victim of an earlier attack the sentence only recalls ("a previous
    // attack that killed an American contractor", "a base last year which killed a
    // guard", "since January, when rockets landed, injuring a soldier") is its
    // background, not a figure of its own; in a list it still is.
    let recalled = || {
        i >= 2 && matches!(toks[i - 2].norm.as_str(), "that" | "which")
            || toks.windows(2).any(|w| {
                w[0].norm == "previous"
                    || w[0].norm == "since"
                    || w[0].norm == "last" && w[1].norm == "year"
            })
    };
    let listed_later = toks[np.end.min(toks.len())..]
        .iter()
        .take(8)
        .any(|t| t.count.is_some_and(|n| n > 0));
    // A target listed with other dead ("killed a senior official and two of his
    // aides") is one of a list of casualties, counted like them.
    let listed_with = next_conjunct(toks, np.end).is_some();
    // A single victim of an outcome verb is one casualty ("killed a guard from the
    // SDF"); a target only when listed with other dead.
    if listed_later {
        return (verb && (!target || listed_with)).then_some(1);
    }
    (verb && !alternative && !target && !recalled()).then_some(1)
}

/// The token after an aside opening with an age right after a phrase ending at `end`:
/// ", 24, of Texas," in "a soldier, 24, of Texas, was killed".
fn age_aside_end(toks: &[Token], end: usize) -> Option<usize> {
    let opener = toks.get(end + 1)?;
    // ", 24, of Texas," or, after an ordinal, an appositive ", a corporal," ("A fourth,
    // a corporal, died").
    let ordinal = end
        .checked_sub(1)
        .is_some_and(|k| is_ordinal(&toks[k].norm));
    let aside = opener.count.is_some() || ordinal && matches!(opener.norm.as_str(), "a" | "an");
    if !toks.get(end)?.is_punct(',') || !aside {
        return None;
    }
    // The aside closes at the comma before the predicate (an auxiliary or "died").
    (end + 2..toks.len().min(end + 10))
        .find(|&k| {
            toks[k].is_punct(',')
                && toks
                    .get(k + 1)
                    .is_some_and(|t| AUXILIARIES.contains(&t.norm) || is_dying(&t.norm))
        })
        .map(|k| k + 1)
}

/// Past participles that open a reduced relative clause on a person: "a soldier
/// stationed at the outpost", "an interpreter employed by the coalition".
const PERSON_PARTICIPLES: WordSet<10> = WordSet::new([
    "based",
    "stationed",
    "employed",
    "assigned",
    "deployed",
    "hired",
    "contracted",
    "attached",
    "embedded",
    "posted",
]);

/// Prepositions that open a phrase of where a person was, after the person's noun:
/// "a guard at the gate", "a corporal on duty", "a soldier inside the tower".
const POST_PLACES: WordSet<7> =
    WordSet::new(["at", "on", "near", "inside", "outside", "aboard", "behind"]);

/// How many words a reduced relative clause may run before its phrase's auxiliary.
const REDUCED_REACH: usize = 10;

/// The head of a phrase after "a"/"an" that names a victim: a noun of people the
/// lexicon knows, or any lower-case last word when an outcome follows the phrase ("a
/// Navy corpsman was also lightly hurt", "and an Iraqi army captain killed"): what is
/// killed or wounded is a being, whatever its noun.
fn victim_head(text: &str, toks: &[Token], np: &NounPhrase) -> Option<usize> {
    // The known head, when it ends the phrase (not "civilian" of "civilian worker").
    if let Some(k) = np
        .head
        .filter(|&k| is_person_head(&toks[k].norm) && np.words.last() == Some(&k))
    {
        return Some(k);
    }
    // "a Canadian", "19 Italians": a nation's name for its people ends the phrase.
    if let Some(&k) = np.words.last().filter(|&&k| {
        let w = toks[k].norm.as_str();
        np.words.len() <= 2
            && toks[k].raw(text).starts_with(char::is_uppercase)
            && (crate::extract::actors::demonym_force(&format!("{w}s")).is_some()
                || crate::extract::actors::demonym_force(w).is_some())
    }) {
        return Some(k);
    }
    if let Some(&k) = np
        .words
        .last()
        .filter(|&&k| is_civilian_word(&toks[k].norm))
    {
        return Some(k);
    }
    let last = *np.words.last()?;
    let plain = (!toks[last].raw(text).contains(|c: char| c.is_uppercase())
        || force_modified(text, toks, &np.words))
        && !MEASURES.contains(&toks[last].norm)
        && outcome_word(&toks[last].norm).is_none();
    let from = age_aside_end(toks, np.end)
        .unwrap_or(np.end)
        .min(toks.len());
    let at = (from..toks.len())
        .filter(|&k| toks[k].is_word)
        .take(4)
        .find(|&k| !AUXILIARIES.contains(&toks[k].norm) && !is_adverb(&toks[k].norm));
    let outcome_next = at.is_some_and(|k| {
        let t = &toks[k];
        // "a drone killed two": an outcome with an object right after it is the
        // agent's.
        let object = toks.get(k + 1).is_some_and(|o| {
            o.count.is_some() || matches!(o.norm.as_str(), "a" | "an" | "the" | "at" | "several")
        });
        (outcome_word(&t.norm).is_some() || !outcomes_at(toks, k).is_empty())
            && t.norm != "casualties"
            && !object
    });
    (plain && outcome_next).then_some(last)
}

/// The figure of `out` a list of parts opening at token `i` splits, and the token its
/// words start at: a dash, colon or
/// opening parenthesis right after the figure's words and before a count ("injured
/// ten personnel - four Jordanians and six Americans", "nine were hurt: five
/// soldiers and four police", "eight troops (five US and three British)").
#[cold]
fn breakdown_of(toks: &[Token], i: usize, out: &[RawFigure]) -> Option<(usize, usize)> {
    // Cheapest tests first: most tokens come with no figure before them or no count
    // after them.
    let p = out.len().checked_sub(1)?;
    toks.get(i + 1).filter(|n| n.count.is_some_and(|c| c > 0))?;
    let t = &toks[i];
    if t.is_word || !matches!(t.norm.as_str(), "-" | "–" | "—" | ":" | "(") {
        return None;
    }
    // The figure's one count stands a few words before the mark: a figure opening far
    // before it is no whole the mark splits (and is not read word by word).
    let from = toks.partition_point(|b| b.range.start < out[p].range.start);
    if from >= i || i - from > 3 * BREAKDOWN_REACH {
        return None;
    }
    let between: Vec<&Token> = toks[from..i].iter().filter(|b| b.is_word).collect();
    let counted = between.iter().rposition(|b| b.count.is_some());
    // A whole named by a noun of people or of the dead ("ten personnel -", "nine
    // martyrs:", "eight dead:", "claimed 19 lives:"), not a bare toll ("the number of
    // dead to eleven:").
    let people = counted.is_some_and(|k| {
        between[k + 1..].iter().any(|b| {
            is_person_head(&b.norm)
                || matches!(b.norm.as_str(), "martyrs" | "victims" | "dead" | "lives")
        })
    });
    let near = people
        && counted.is_some_and(|k| between.len() - k <= BREAKDOWN_REACH)
        && between.iter().filter(|b| b.count.is_some()).count() == 1;
    near.then_some((p, from))
}

/// Most words from a figure's count to the mark that opens its breakdown ("Nine
/// service members were hurt:").
const BREAKDOWN_REACH: usize = 6;

/// True when token `i` opens a subset like "including" does: "among them", "among
/// whom" ("five people dead, among them a teenager").
fn among_them_at(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "among"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "them" | "whom"))
}

/// The token index after "of them" / "of their own" when the count at `i` is one of
/// them right after a verb of harm or loss: "killing about a dozen of them", "killed
/// 12 of them", "lost one of their own". People the text named before, hit now.
/// Without the verb, "two of them" is a part of a set already counted.
fn of_them_at(toks: &[Token], i: usize) -> Option<usize> {
    if toks.get(i + 1).is_none_or(|t| t.norm != "of") {
        return None;
    }
    let end = match toks.get(i + 2).map(|t| t.norm.as_str()) {
        Some("them") => i + 3,
        Some("their" | "its" | "our") if toks.get(i + 3).is_some_and(|t| t.norm == "own") => i + 4,
        _ => return None,
    };
    // "killed three of them", "lost two of them"; or "one of them later died": a
    // death among people counted before is a new figure, unlike their condition
    // ("one of them was evacuated").
    let verb_before = toks[i.saturating_sub(4)..i]
        .iter()
        .any(|t| outcome_verb_before(&t.norm).is_some() || t.norm == "lost");
    let mut after = toks[end..]
        .iter()
        .filter(|t| t.is_word)
        .take(4)
        .filter(|t| !is_adverb(&t.norm) && !matches!(t.norm.as_str(), "later" | "then" | "also"));
    let first = after.next();
    let died_after = first.is_some_and(|t| is_dying(&t.norm))
        // "Five of them were killed": a death among people counted before, told in
        // the passive.
        || first.is_some_and(|t| matches!(t.norm.as_str(), "were" | "was"))
            && after.next().is_some_and(|t| t.norm == "killed");
    (verb_before || died_after).then_some(end)
}

/// A noun without its plural "s", so "soldier" and "soldiers" compare equal.
fn singular(w: &str) -> &str {
    w.strip_suffix('s').unwrap_or(w)
}

/// The last word of the phrase naming who a figure counted (`who`, a byte range of
/// `text`), lower-cased and singular: "two Iraqi soldiers" gives "soldier". `None`
/// when the figure names no one.
pub(super) fn who_noun(text: &str, who: Option<&Range<usize>>) -> Option<String> {
    let last = text.get(who?.clone())?.rsplit(' ').next()?;
    Some(singular(&last.to_ascii_lowercase()).to_string())
}

/// True when the count at `i` opens a part set off after a figure with "of them" and
/// a word of who they are: ", three of them American,", "— two of them children".
/// Read by [`apposed_part`].
/// ", two of them seriously" tells how badly some of those counted were hurt, not who
/// they are: no part.
fn set_off_of_them(toks: &[Token], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|k| toks[k].is_punct(',') || matches!(toks[k].norm.as_str(), "—" | "–" | "-"))
        && apposed_noun_at(toks, i).is_some_and(|k| {
            toks.get(k)
                .is_some_and(|t| t.is_word && !is_condition_adverb(&t.norm))
        })
}

/// An adverb of how badly someone was hurt: "seriously", "critically", "lightly".
fn is_condition_adverb(w: &str) -> bool {
    super::zeros::DEGREES.contains(&w)
        || matches!(
            w,
            "lightly" | "slightly" | "moderately" | "mortally" | "fatally"
        )
}

/// Where the noun of a part set off with "of them" or "of whom were" after the count
/// at `i` starts: ", 12 of them soldiers", ", four of whom were police officers".
fn apposed_noun_at(toks: &[Token], i: usize) -> Option<usize> {
    if toks.get(i + 1)?.norm != "of" {
        return None;
    }
    match toks.get(i + 2)?.norm.as_str() {
        "them" => Some(i + 3),
        "whom"
            if toks
                .get(i + 3)
                .is_some_and(|t| matches!(t.norm.as_str(), "were" | "are" | "was" | "is")) =>
        {
            Some(i + 4)
        }
        _ => None,
    }
}

/// True when a verb of announcing follows the count at `i` within a few words: "not
/// 11 as we first announced" is the figure given before; "not 20 soldiers died" and
/// "not one of them was hurt" are none.
fn announced_after(toks: &[Token], i: usize) -> bool {
    toks[i..].iter().filter(|t| t.is_word).take(5).any(|t| {
        matches!(
            t.norm.as_str(),
            "announced" | "reported" | "said" | "stated" | "claimed"
        )
    })
}

/// How many words before a count a revision may announce it ("up from the", "an
/// earlier count of").
const REVISION_REACH: usize = 4;

/// The earlier figure a toll revises, told after it: "rose to 47, up from at least 30
/// reported earlier", "to four, up from the three initially reported", "revising an
/// earlier count of nine". It counts the same people with the same outcome as the
/// figure just before it.
fn revised_from(toks: &[Token], count: &Count, last: Option<&RawFigure>) -> Option<RawFigure> {
    let last = last?;
    let before: Vec<&Token> = toks[..count.from]
        .iter()
        .rev()
        .filter(|t| t.is_word)
        .take(REVISION_REACH)
        .collect();
    let w = |k: usize| before.get(k).map_or("", |t| t.norm.as_str());
    // "up from (the)", "down from", "revised from".
    let moved = (0..before.len())
        .find(|&k| w(k) == "from")
        .is_some_and(|from_at| {
            matches!(
                w(from_at + 1),
                "up" | "down" | "rising" | "risen" | "revised" | "raised" | "climbing"
            )
        });
    // "13 dead, not 11 as we first announced", "three, and not two as was reported".
    let denied = w(0) == "not" && announced_after(toks, count.from);
    // "an earlier count of", "a previous toll of", "the initial figure of".
    let earlier = (0..before.len()).any(|k| {
        w(k) == "of"
            && matches!(w(k + 1), "count" | "toll" | "figure" | "tally" | "number")
            && matches!(
                w(k + 2),
                "earlier" | "previous" | "initial" | "first" | "original"
            )
    });
    if !moved && !earlier && !denied {
        return None;
    }
    let start = toks[count.from].range.start;
    let end = toks[count.from..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word)
        .last()
        .map_or(start, |t| t.range.end);
    Some(RawFigure {
        range: start..end,
        group: last.group,
        outcome: last.outcome,
        count: count.value,
        qualifier: count.qualifier,
        note: None,
        refers: last.refers,
        who: None,
        subset: false,
    })
}

/// True when token `k` names a group by a name of it ("Hezbollah", "teenager",
/// "Iraqi"), not by a role; "fighters" alone names no side (our fighters are the
/// speaker's).
fn states_group(text: &str, toks: &[Token], k: usize) -> bool {
    !matches!(toks[k].norm.as_str(), "fighters" | "fighter")
        && (is_militant_marker(text, &toks[k])
            || is_civilian_word(&toks[k].norm)
            || Actors::force_named_at(text, toks, k).is_some())
}

/// A part of the figure just counted, set after it with "of them" and its own noun:
/// "killing 42 people, 37 of them students", "ten civilians died, seven of them
/// children". It shares the figure's outcome and is marked a subset, so the caller
/// keeps it only when its group differs (students of people; not children of
/// civilians).
fn apposed_part(
    text: &str,
    toks: &[Token],
    i: usize,
    count: &Count,
    parent: Option<&RawFigure>,
    actors: &Actors,
) -> Option<RawFigure> {
    let parent = parent?;
    let set_off = count
        .from
        .checked_sub(1)
        .is_some_and(|k| toks[k].is_punct(',') || matches!(toks[k].norm.as_str(), "—" | "–" | "-"));
    let noun_at = apposed_noun_at(toks, i).filter(|_| set_off)?;
    // The noun may carry modifiers: "12 of them police officers".
    let words: Vec<&Token> = toks[noun_at.min(toks.len())..]
        .iter()
        .take(3)
        .take_while(|t| t.is_word)
        .collect();
    // A rank ("two of them commanders") is of the people just counted.
    let rank = words.iter().rposition(|t| RANKS.contains(&t.norm));
    let head = words
        .iter()
        .rposition(|t| is_person_head(&t.norm))
        .or(rank)?;
    let phrase = &words[..=head];
    let noun = phrase[head];
    let group = if rank == Some(head) {
        parent.group?
    } else {
        // People of no side ("contractors", "officials") are other; under militants
        // ("eight fighters, six of them Iraqi nationals") they are militants too.
        match group_of(text, phrase).or_else(|| actors.generic_force(text, phrase)) {
            Some(g) => g,
            None if parent.group == Some(Group::Militants) => Group::Militants,
            None => Group::Other,
        }
    };
    Some(RawFigure {
        range: toks[count.from].range.start..noun.range.end,
        group: Some(group),
        outcome: parent.outcome,
        count: count.value,
        qualifier: count.qualifier,
        note: None,
        refers: Refers::Stated,
        who: Some(phrase[0].range.start..noun.range.end),
        subset: true,
    })
}

/// The force the modifiers of a phrase name ("Iraqi army", "Navy", "U.S."): a named
/// force among its words ([`Actors::force_named_at`]), else the article's own force
/// for a service word with no nationality; `None` when they name none.
fn modifier_force(text: &str, toks: &[Token], words: &[usize], actors: &Actors) -> Option<Group> {
    words
        .iter()
        .find_map(|&k| Actors::force_named_at(text, toks, k))
        .or_else(|| {
            own_service(
                text,
                toks,
                words.split_last().map_or(&[][..], |(_, m)| m),
                actors,
            )
        })
}

/// The article's own force for modifiers naming a service with no nation ("Navy",
/// "Army"), unless a capitalised name beside it makes it another's ("Royal Navy").
fn own_service(text: &str, toks: &[Token], modifiers: &[usize], actors: &Actors) -> Option<Group> {
    let named = modifiers.iter().any(|&k| {
        toks[k].raw(text).starts_with(char::is_uppercase)
            && !SERVICE_WORDS.contains(&toks[k].norm)
            && !matches!(
                toks[k].norm.as_str(),
                "special" | "operations" | "forces" | "force" | "corps" | "guard" | "reserve"
            )
    });
    let service = modifiers
        .iter()
        .any(|&k| SERVICE_WORDS.contains(&toks[k].norm));
    (service && !named).then_some(actors.own_force).flatten()
}

/// Nouns of people the lexicon knows that name no side but belong to a force when
/// their nationality is the article's force: recruits, cadets, conscripts.
const FORCE_MEMBERS: WordSet<8> = WordSet::new([
    "recruits",
    "recruit",
    "cadets",
    "cadet",
    "conscripts",
    "conscript",
    "trainees",
    "trainee",
]);

/// Nouns of civilian roles: a nationality does not make them a force ("two American
/// tourists", "three Iraqi teachers").
const CIVILIAN_ROLES: WordSet<38> = WordSet::new([
    "brothers",
    "brother",
    "sisters",
    "sister",
    "sons",
    "son",
    "daughters",
    "daughter",
    "fathers",
    "mothers",
    "wives",
    "husbands",
    "families",
    "veterans",
    "tourists",
    "tourist",
    "visitors",
    "hostages",
    "hostage",
    "doctors",
    "doctor",
    "nurses",
    "nurse",
    "teachers",
    "teacher",
    "engineers",
    "farmers",
    "shepherds",
    "fishermen",
    "traders",
    "merchants",
    "shopkeepers",
    "diplomats",
    "diplomat",
    "reporters",
    "photographers",
    "missionaries",
    "aid",
]);

/// True for the head of a counted phrase that names no side by itself: a noun the
/// lexicon does not know ("heroes", "lads", "warriors"), or a member of a force with
/// no nationality of its own ("recruits"); not a civilian role.
fn sideless_noun(w: &str) -> bool {
    (!is_person_head(w) || FORCE_MEMBERS.contains(w))
        && !CIVILIAN_ROLES.contains(w)
        && outcome_noun(w).is_none()
        && !MEASURES.contains(w)
}

/// True when a service word stands before the head `head` of a noun of people that
/// is no civilian role: "two Army medics", "a Navy pilot" (not "Army contractors").
fn service_member(toks: &[Token], words: &[usize], head: usize) -> bool {
    let w = toks[head].norm.as_str();
    words
        .iter()
        .any(|&k| k < head && SERVICE_WORDS.contains(&toks[k].norm))
        && !CIVILIAN_ROLES.contains(w)
        && !is_civilian_word(w)
        && !matches!(
            w,
            "contractor" | "contractors" | "official" | "officials" | "employee" | "employees"
        )
}

/// The side a nationality before the head `head` names ("American", "U.S.", "Iraqi",
/// "ISIS"), when it is the article's own force (or the article names none) or an
/// armed group; a third nation's
/// people ("three British heroes") are other; a service with no nation ("a Navy
/// corpsman") is the article's own force.
fn nation_force(
    text: &str,
    toks: &[Token],
    words: &[usize],
    head: usize,
    actors: &Actors,
) -> Option<Group> {
    let before = || words.iter().filter(|&&k| k < head);
    let Some(g) = before().find_map(|&k| Actors::force_named_at(text, toks, k)) else {
        // "a Navy corpsman", "two Army medics": a service with no nation is the
        // article's own.
        let modifiers: Vec<usize> = before().copied().collect();
        return own_service(text, toks, &modifiers, actors);
    };
    match g {
        Group::Militants | Group::Other => Some(g),
        // A force of the article, or of an article that names none ("TWO American
        // heroes were killed" in a tabloid that names no force).
        _ => actors.own_force.is_none_or(|own| own == g).then_some(g),
    }
}

/// Reporting verbs a clause can follow without "that": "officials said a guard was
/// hurt".
const REPORTED: WordSet<6> = WordSet::new([
    "said",
    "says",
    "confirmed",
    "reported",
    "added",
    "announced",
]);

/// "another" counts one more in a list of casualties: "one person was killed and
/// another injured".
fn another_listed(toks: &[Token], i: usize) -> Option<u32> {
    if toks[i].norm != "another" {
        return None;
    }
    // "… and another", or the object of an outcome verb: "killed an official and
    // wounded another".
    let after_and = i.checked_sub(1).is_some_and(|p| {
        toks[p].norm == "and"
            || toks[p].is_punct(',')
            || outcome_verb_before(&toks[p].norm).is_some()
    });
    // After a count, or a single victim ("a contractor was killed and another was
    // wounded").
    let lo = i.saturating_sub(11);
    let listed = (lo..i.saturating_sub(1)).any(|k| {
        let t = &toks[k];
        t.count.is_some_and(|n| n > 0)
            || matches!(t.norm.as_str(), "a" | "an")
                && toks[k + 1..]
                    .iter()
                    .take(3)
                    .any(|n| is_person_head(&n.norm))
    });
    if after_and && listed {
        return Some(1);
    }
    // "Another soldier was hurt in a second blast": opening a clause, the subject of
    // a passive or intransitive outcome, like "a soldier was hurt".
    let opens = i.checked_sub(1).is_none_or(|p| {
        !toks[p].is_word
            || CLAUSE_OPENERS.contains(&toks[p].norm)
            || REPORTED.contains(&toks[p].norm)
    });
    let person = toks
        .get(i + 1)
        .is_some_and(|t| is_person_head(&t.norm) && outcome_noun(&t.norm).is_none());
    // "Another was wounded": the people counted before, one more.
    let bare = passive_outcome_after(toks, i + 1);
    (opens && (person && passive_outcome_after(toks, i + 2) || bare)).then_some(1)
}

/// "Both attackers were killed", "both the soldiers were hurt": "both" before a noun
/// of people counts two; not "both US and Iraqi forces", which joins two groups.
fn both_at(toks: &[Token], i: usize) -> Option<u32> {
    // ("Two sisters, both teachers, died", "2 Marines (both sergeants)": "both" set
    // off after the count restates the two.)
    if toks[i].norm != "both"
        || i.checked_sub(1)
            .is_some_and(|p| matches!(toks[p].norm.as_str(), "," | "(" | "—" | "–"))
    {
        return None;
    }
    for t in toks[i + 1..].iter().take(3) {
        if !t.is_word || t.norm == "and" || t.norm == "of" {
            return None;
        }
        if is_person_head(&t.norm) {
            return Some(2);
        }
    }
    None
}

/// "a dozen" counts 12, "two dozen" 24, "a hundred" 100, "a thousand" 1,000 (the
/// count stands on the round word; "dozens", "hundreds" are vague).
fn dozen_at(toks: &[Token], i: usize) -> Option<u32> {
    // "more than a hundred civilians", "some a thousand": the round number as such.
    let round = match toks[i].norm.as_str() {
        "hundred" => Some(100),
        "thousand" => Some(1000),
        _ => None,
    };
    if let Some(n) = round {
        let prev = toks.get(i.checked_sub(1)?)?;
        return (prev.norm == "a").then_some(n);
    }
    if toks[i].norm != "dozen" {
        return None;
    }
    let prev = toks.get(i.checked_sub(1)?)?;
    // "half a dozen": six.
    let half = i >= 2 && toks[i - 2].norm == "half";
    match prev.norm.as_str() {
        "a" if half => Some(6),
        "a" | "one" => Some(12),
        _ => prev.count.filter(|&n| n > 0 && n < 100).map(|n| 12 * n),
    }
}

/// How many tokens before a count belong to it: the "a" or number of "a dozen", the
/// "a" of "a hundred".
fn count_lead(toks: &[Token], i: usize) -> usize {
    let dozen = matches!(toks[i].norm.as_str(), "dozen" | "hundred" | "thousand") && i > 0;
    let half = dozen && i >= 2 && toks[i - 2].norm == "half";
    usize::from(dozen) + usize::from(half)
}

/// The outcome a toll before the number names: "the death toll rose to 40" (killed),
/// "placed the number of dead at 14", "the number of wounded reached 30". The toll may
/// name whose it is: "the death toll among the Peshmerga rose to four".
fn toll_before(toks: &[Token], from: usize) -> Option<Outcome> {
    if let Some(toll) = toll_at(toks, from) {
        // "the injury toll", "the casualty toll" (killed, as casualties are), "the
        // death toll".
        let kind = toll.checked_sub(1).map(|k| toks[k].norm.as_str());
        return Some(match kind {
            Some("injury" | "injuries" | "wounded") => Outcome::Injured,
            _ => Outcome::Killed,
        });
    }
    number_before(toks, from).or_else(|| far_toll(toks, from).map(|t| t.outcome))
}

/// True for a noun that counts people: "number", "tally", "count", "figure", "total"
/// ("the number of dead", "revised the tally of wounded troops to eight").
fn is_tally_noun(w: &Norm) -> bool {
    TALLY_NOUNS.contains(w)
}

/// The nouns of a tally ([`is_tally_noun`]).
const TALLY_NOUNS: WordSet<5> = WordSet::new(["number", "tally", "count", "figure", "total"]);

/// The outcome of "the number of dead" a few words before the number: "placed the
/// number of dead at 14".
fn number_before(toks: &[Token], from: usize) -> Option<Outcome> {
    let window = &toks[from.saturating_sub(16)..from];
    // Most counts have no tally noun before them: one pass turns them away before
    // any words are gathered.
    if !window.iter().any(|t| t.is_word && is_tally_noun(&t.norm)) {
        return None;
    }
    let words: Vec<&Token> = window.iter().filter(|t| t.is_word).collect();
    let n = words.len();
    let tail = &words[n.saturating_sub(12)..];
    let at = tail.iter().position(|t| is_tally_noun(&t.norm))?;
    // Further than eight words back only before "to" or "at" ("brings the number of
    // US troops wounded in the attack to four").
    if tail.len() - at > 8
        && !tail
            .last()
            .is_some_and(|t| matches!(t.norm.as_str(), "to" | "at"))
    {
        return None;
    }
    let rest = &tail[at + 1..];
    if !rest.first().is_some_and(|t| t.norm == "of") {
        return None;
    }
    // "the number of dead", "the number of the wounded", "the number of Americans
    // wounded" (the people, then their outcome).
    let words: Vec<&&Token> = rest.iter().skip(1).filter(|t| t.norm != "the").collect();
    let w = words.first()?;
    toll_word(&w.norm).or_else(|| {
        // The outcome right after the phrase's last noun of people ("Americans
        // wounded", "American service members hurt").
        let people = &words[..words.len().min(4)];
        let head = people.iter().rposition(|t| is_person_head(&t.norm))?;
        let after = words.get(head + 1)?;
        // "the number of service members diagnosed with TBI": a wound found later.
        let diagnosed = after.norm == "diagnosed"
            && words[head + 2..].iter().take(4).any(|t| {
                outcome_noun(&t.norm) == Some(Outcome::Injured)
                    || matches!(t.norm.as_str(), "tbi" | "tbis" | "brain" | "wounds")
            });
        if diagnosed {
            return Some(Outcome::Injured);
        }
        outcome_word(&after.norm)
    })
}

/// The index of the "toll" of [`toll_before`].
fn toll_at(toks: &[Token], from: usize) -> Option<usize> {
    let lo = from.saturating_sub(14);
    let words: Vec<usize> = (lo..from)
        .rev()
        .filter(|&k| toks[k].is_word)
        .take(12)
        .collect();
    let at = words.iter().position(|&k| toks[k].norm == "toll")?;
    // "issued a revised toll: five soldiers were killed": a colon opens a clause of
    // its own, which says its outcome itself.
    if toks[words[at]..from].iter().any(|t| t.is_punct(':')) {
        return None;
    }
    // Further than four words back only across "among …" naming whose toll it is,
    // or across the incident it is of before "to" or "at" ("brings the toll from
    // the assault on the post to four").
    let among = at < 6 && words[..at].iter().any(|&k| toks[k].norm == "among");
    // ("the toll of martyrs" names its people, not an incident.)
    let after = |n: usize| toks.get(words[at] + n).map_or("", |t| t.norm.as_str());
    let of_incident = (matches!(after(1), "from" | "in") || after(1) == "of" && after(2) == "the")
        && matches!(toks[words[0]].norm.as_str(), "to" | "at");
    (at < 4 || among || of_incident).then_some(words[at])
}

/// How many words before "to" a caused harm and its verb may stand ("caused
/// traumatic brain injuries to").
const CAUSED_HARM_WORDS: usize = 6;

/// The outcome a noun before "of" gives the count after it: "resulted in the deaths
/// of at least 15 militants", "the killing of two guards".
fn nominal_outcome_before(toks: &[Token], from: usize) -> Option<Outcome> {
    let of = from.checked_sub(1)?;
    // "caused traumatic brain injuries to 110 US service members", "inflicted wounds
    // on 12 soldiers": harm a blow caused, given to the people counted.
    if matches!(toks[of].norm.as_str(), "to" | "on") {
        let before: Vec<&str> = toks[of.saturating_sub(CAUSED_HARM_WORDS)..of]
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        let harm = before.iter().rposition(|w| {
            matches!(
                *w,
                "injuries" | "injury" | "wounds" | "concussions" | "burns"
            )
        })?;
        return (harm + 1 == before.len()
            && before[..harm]
                .iter()
                .any(|w| matches!(*w, "caused" | "causing" | "inflicted" | "inflicting")))
        .then_some(Outcome::Injured);
    }
    if toks[of].norm != "of" {
        return None;
    }
    match toks.get(of.checked_sub(1)?)?.norm.as_str() {
        // "claimed the lives of three soldiers", "cost the lives of two guards"; "the
        // bodies of seven fighters were found", "mourned the martyrdom of four"; "the
        // execution of more than 900 tribesmen", "the massacre of 300 villagers".
        "deaths" | "death" | "killing" | "killings" | "murder" | "murders" | "lives" | "bodies"
        | "remains" | "corpses" | "martyrdom" | "execution" | "executions" | "massacre"
        | "slaughter" | "beheading" | "beheadings" => Some(Outcome::Killed),
        // "led to the injury of two soldiers".
        "wounding" | "injuring" | "injury" | "injuries" => Some(Outcome::Injured),
        "capture" | "arrest" | "arrests" | "detention" => Some(Outcome::Captured),
        _ => None,
    }
}

/// The group a toll names before its number: "the death toll among the Peshmerga".
/// Also "the number of wounded troops", "the number of dead militants": the phrase
/// after the outcome word names them.
fn toll_group(text: &str, toks: &[Token], from: usize, actors: &Actors) -> Option<Group> {
    let far = far_toll(toks, from);
    if far.is_some_and(|t| super::tolls::of_strike_on_militants(text, toks, t)) {
        return Some(Group::Militants);
    }
    near_toll_group(text, toks, from, actors)
        .or_else(|| side_before(toks, from, actors))
        .or_else(|| {
            // "the civilian death toll from the blast has risen to 12": a toll far from its
            // number, when none stands near it.
            (toll_at(toks, from).is_none() && number_before(toks, from).is_none())
                .then_some(far)
                .flatten()
                .and_then(|t| far_toll_group(text, toks, t, actors))
        })
}

/// The group of a toll a few words before its number ([`toll_at`], "the number of").
fn near_toll_group(text: &str, toks: &[Token], from: usize, actors: &Actors) -> Option<Group> {
    let words: Vec<&Token> = if let Some(toll) = toll_at(toks, from) {
        let Some(among) = (toll + 1..from).find(|&k| toks[k].norm == "among") else {
            // "the civilian death toll rose to 9".
            return head_modifiers_group(text, toks, toll, actors);
        };
        toks[among + 1..from].iter().collect()
    } else {
        // "The number of Kataib Hezbollah fighters killed in US airstrikes climbed to
        // 25": a tally further back when nothing but words stands between.
        let number = (from.saturating_sub(TALLY_REACH)..from)
            .rfind(|&k| is_tally_noun(&toks[k].norm))
            .filter(|&k| {
                from - k <= 10
                    || !toks[k..from].iter().any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "," | ";" | ":" | "." | "(" | ")" | "—" | "–"
                        )
                    })
            })?;
        // "the number of martyrs": a side's own dead, the quoted force's.
        if toks[number + 1..from]
            .iter()
            .take(3)
            .any(|t| t.norm == "martyrs")
        {
            return Some(actors.speaker_force());
        }
        let outcome = (number + 1..from).find(|&k| outcome_word(&toks[k].norm).is_some())?;
        // "the number of Americans wounded": the people stand before the outcome.
        let before: Vec<&Token> = toks[number + 1..outcome]
            .iter()
            .filter(|t| t.is_word && !matches!(t.norm.as_str(), "of" | "the"))
            .collect();
        if !before.is_empty() {
            before
        } else {
            let np = phrase_at(text, toks, outcome + 1);
            np.words.iter().map(|&k| &toks[k]).collect()
        }
    };
    group_of(text, &words).or_else(|| actors.generic_force(text, &words))
}

/// Most tokens from a tally noun ("the number of …") to the count it reaches.
const TALLY_REACH: usize = 24;

/// Words between a bare number and its outcome: "14 were wounded".
const AUXILIARIES: WordSet<9> = WordSet::new([
    "were", "was", "are", "is", "have", "has", "had", "been", "also",
]);

/// True when the words from `from` on are an intransitive outcome ("died", "perished",
/// "were dead") or a passive one (an auxiliary, then "killed", "wounded", "injured",
/// "hurt"): what stands before them suffered it.
fn passive_outcome_after(toks: &[Token], from: usize) -> bool {
    let mut aux = false;
    let words = (from..toks.len()).filter(|&k| toks[k].is_word).take(4);
    for k in words {
        let w = toks[k].norm.as_str();
        if AUXILIARIES.contains(&toks[k].norm) {
            aux = true;
            continue;
        }
        // "were lightly wounded", "later died".
        if is_adverb(w) {
            continue;
        }
        return matches!(w, "died" | "perished" | "succumbed")
            || !aux && fell_at(toks, k)
            // "were shot dead", "were gunned down", "were taken prisoner".
            || aux && outcome_word(w).is_none() && !outcomes_at(toks, k).is_empty()
            || aux
                && matches!(
                    w,
                    "killed"
                        | "wounded"
                        | "injured"
                        | "hurt"
                        | "dead"
                        | "slain"
                        | "martyred"
                        | "kia"
                        | "wia"
                );
    }
    false
}

/// [`passive_outcome_after`], or a passive of being held ("were arrested", "was
/// detained"): for people named by a noun ("Two of the suspects were arrested"),
/// not for a bare "another", which may be a drone.
fn passive_or_held_after(toks: &[Token], from: usize) -> bool {
    passive_outcome_after(toks, from) || {
        let mut words = toks[from.min(toks.len())..]
            .iter()
            .filter(|t| t.is_word && !is_adverb(&t.norm));
        words.next().is_some_and(|t| AUXILIARIES.contains(&t.norm))
            && words
                .find(|t| !AUXILIARIES.contains(&t.norm))
                .is_some_and(|t| outcome_word(&t.norm) == Some(Outcome::Captured))
    }
}

/// The outcome of "among the dead were 5 children", "among the wounded: two girls".
fn among_before(toks: &[Token], from: usize) -> Option<Outcome> {
    let words: Vec<&Token> = toks[from.saturating_sub(8)..from]
        .iter()
        .filter(|t| t.is_word)
        .collect();
    let n = words.len();
    let tail: Vec<&str> = words[n.saturating_sub(4)..]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    // "the dead included 3 children", "the wounded were 2 medics".
    // "the dead also included 10 civilians": an adverb may stand before the verb.
    // "Those killed included 40 fighters", "those wounded were two medics": the
    // people a participle names as a set.
    if let [.., "the" | "those", w, "included" | "include" | "includes" | "were" | "are"]
    | [.., "the" | "those", w, "also" | "reportedly" | "further", "included" | "include" | "includes"] =
        tail.as_slice()
    {
        return outcome_word(w);
    }
    let at = tail.iter().position(|w| *w == "among")?;
    // "Among the dead were three soldiers"; not "… were among the dead, while three
    // more soldiers were wounded": only a copula may stand between the set and the
    // count.
    match tail.get(at + 1..) {
        Some(["the" | "those", w, rest @ ..]) | Some([w, rest @ ..])
            if rest
                .iter()
                .all(|r| matches!(*r, "were" | "was" | "are" | "is")) =>
        {
            outcome_word(w)
        }
        _ => None,
    }
}

/// True for a month name or its abbreviation (`sept`, `oct`, `december`).
pub(crate) fn is_month_name(w: &str) -> bool {
    const MONTHS: WordSet<24> = WordSet::new([
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]);
    MONTHS.contains(w)
}

/// Words after "fell" that make it a fall, not a death: "fell into", "fell ill",
/// "fell silent", "fell back".
const FALL_COMPLEMENTS: WordSet<16> = WordSet::new([
    "into", "to", "on", "onto", "from", "off", "ill", "silent", "asleep", "short", "behind",
    "back", "apart", "through", "under", "down",
]);

/// True when "fell" at `k` says people died ("twelve of our soldiers fell in battle",
/// "the martyrs who fell"): right after the people (a noun of people, "who", an
/// adverb), and not a fall into, onto or back.
fn fell_at(toks: &[Token], k: usize) -> bool {
    if toks[k].norm != "fell" {
        return false;
    }
    let subject = toks[..k].last().is_some_and(|t| {
        t.is_word
            && (is_person_head(&t.norm)
                || is_adverb(&t.norm)
                || matches!(
                    t.norm.as_str(),
                    "who" | "that" | "martyrs" | "heroes" | "comrades"
                ))
    }) || k >= 2 && toks[k - 2].norm == "our";
    let fall = toks
        .get(k + 1)
        .is_some_and(|t| FALL_COMPLEMENTS.contains(&t.norm));
    subject && !fall
}

/// The outcomes an outcome word at `k` gives, with "killed or wounded" giving both.
fn outcomes_at(toks: &[Token], k: usize) -> Vec<Outcome> {
    let mut out = Vec::new();
    let at = |n: usize| toks.get(k + n).map_or("", |t| t.norm.as_str());
    let w = toks[k].norm.as_str();
    // Phrases that say an outcome with other words, by their first word (one match
    // for every word that opens none).
    let phrased = match w {
        // "lost their lives", "lost his life".
        // "four Airmen lost in the crash", "two SEALs were lost at sea": people
        // lost, with no object of their own, are dead.
        "lost" => (matches!(at(1), "their" | "his" | "her" | "its")
            && matches!(at(2), "lives" | "life")
            || k > 0
                && matches!(toks[k - 1].norm.as_str(), "were" | "was" | "been")
                && matches!(at(1), "at" | "in" | "aboard" | "when")
            || (matches!(at(1), "in" | "aboard") || (at(1), at(2)) == ("at", "sea"))
                && k > 0
                && toks[k - 1].is_word
                && super::lexicon::is_person_head(&toks[k - 1].norm))
        .then_some(Outcome::Killed),
        // "paid with their lives", "paid the ultimate price".
        "paid" => (at(1) == "with"
            && matches!(at(2), "their" | "his" | "her")
            && matches!(at(3), "lives" | "life")
            || at(1) == "the" && at(2) == "ultimate" && at(3) == "price")
            .then_some(Outcome::Killed),
        // "three suspects had been nabbed".
        "nabbed" | "apprehended" => Some(Outcome::Captured),
        // Phrasal verbs: "gunned down", "mowed down", "shot dead".
        "gunned" | "mowed" | "cut" => (at(1) == "down").then_some(Outcome::Killed),
        "wiped" => (at(1) == "out").then_some(Outcome::Killed),
        "shot" => (at(1) == "dead").then_some(Outcome::Killed),
        // "were later found dead".
        "found" => (at(1) == "dead").then_some(Outcome::Killed),
        // "rounded up", "taken into custody".
        "rounded" => (at(1) == "up").then_some(Outcome::Captured),
        // "were hit by flying shrapnel", "struck by debris": wounded by what flies.
        "hit" | "struck" | "caught" => (at(1) == "by"
            && (2..=3).any(|n| MISSILE_FRAGMENTS.contains(at(n))))
        .then_some(Outcome::Injured),
        "taken" | "took" => (at(1) == "into" && at(2) == "custody").then_some(Outcome::Captured),
        // "11 suspects in custody", "held in detention".
        "in" => matches!(at(1), "custody" | "detention").then_some(Outcome::Captured),
        // "suffered cuts and bruises", "sustained minor burns", "sustained shrapnel
        // wounds".
        "suffered" | "sustained" => (1..=3)
            .any(|n| {
                matches!(
                    at(n),
                    "cuts"
                        | "bruises"
                        | "burns"
                        | "fractures"
                        | "lacerations"
                        | "bruising"
                        | "wounds"
                        | "concussions"
                )
            })
            .then_some(Outcome::Injured),
        // "reported symptoms of traumatic brain injury".
        "symptoms" => toks[k.saturating_sub(3)..(k + 5).min(toks.len())]
            .iter()
            .any(|t| {
                t.norm.starts_with("concussion")
                    || matches!(t.norm.as_str(), "brain" | "tbi" | "injury")
            })
            .then_some(Outcome::Injured),
        // "was diagnosed with a mild traumatic brain injury", "diagnosed with
        // concussions": a wound found later is a wound.
        "diagnosed" => toks[k + 1..(k + 7).min(toks.len())]
            .iter()
            .take_while(|t| !t.is_punct('.') && !t.is_punct(';'))
            .any(|t| {
                t.norm.starts_with("concussion")
                    || matches!(
                        t.norm.as_str(),
                        "brain" | "tbi" | "tbis" | "injury" | "injuries" | "wounds" | "burns"
                    )
            })
            .then_some(Outcome::Injured),
        // "concussion-like symptoms".
        _ if w.starts_with("concussion") => Some(Outcome::Injured),
        _ => None,
    };
    if let Some(o) = phrased {
        return vec![o];
    }
    if fell_at(toks, k) {
        return vec![Outcome::Killed];
    }
    if let Some(o) = outcome_word(&toks[k].norm) {
        out.push(o);
        let joined = toks
            .get(k + 1)
            .is_some_and(|t| t.norm == "or" || t.norm == "and");
        if let Some(o2) = joined
            .then(|| toks.get(k + 2).and_then(|t| outcome_word(&t.norm)))
            .flatten()
        {
            if o2 != o {
                out.push(o2);
            }
        }
    }
    out
}

/// Looks forward from `from` for the outcome of a figure; stops at a new clause, at
/// another count, or after [`OUTCOME_REACH`] words. Returns the outcomes and the index
/// of the outcome word.
fn outcome_after(text: &str, toks: &[Token], from: usize) -> Option<(Vec<Outcome>, usize)> {
    let mut seen = 0;
    // An aside between commas ("Five people, including two children, were killed",
    // "Four soldiers, among them an officer, died") is stepped over: the subject's
    // outcome follows it.
    let mut in_aside = false;
    // An aside between dashes closes only at its dash: commas inside it part its own
    // list ("Thirteen troops — 11 Marines, a corpsman and a soldier — were killed").
    let mut dash_aside = false;
    // The phrase is followed by a relative clause on its people ("a soldier who was
    // wounded … later died"): a wound there may name them before their death.
    let mut after_who = false;
    for k in from..toks.len().min(from + 3 * OUTCOME_REACH) {
        let t = &toks[k];
        if in_aside {
            let dash = matches!(t.norm.as_str(), "—" | "–");
            if dash || t.is_punct(',') && !dash_aside {
                in_aside = false;
                dash_aside = false;
            } else if t.is_punct(';') || t.is_punct('.') {
                return None;
            }
            continue;
        }
        // "two targets, a planner and a facilitator, were killed": a list renaming
        // the phrase's people.
        if k == from && renaming_list(toks, k).is_some() {
            in_aside = true;
            continue;
        }
        if (t.norm == "including" || among_them_at(toks, k))
            && k > 0
            && toks[k - 1].is_punct(',')
            && toks[k + 1..].iter().take(12).any(|x| x.is_punct(','))
        {
            in_aside = true;
            continue;
        }
        // "17 members of the militia, who had been guarding the hunters, were among
        // the dead": a relative clause set off by commas is stepped over too.
        if matches!(t.norm.as_str(), "who" | "which")
            && k > from
            && toks[k - 1].is_punct(',')
            && toks[k + 1..]
                .iter()
                .take(16)
                .position(|x| x.is_punct(','))
                .is_some_and(|c| {
                    toks.get(k + 2 + c).is_some_and(|n| {
                        matches!(
                            n.norm.as_str(),
                            "were" | "was" | "are" | "is" | "had" | "have" | "has"
                        )
                    })
                })
        {
            in_aside = true;
            continue;
        }
        if !t.is_word {
            let dash = matches!(t.norm.as_str(), "—" | "–");
            // "Most of them — 19 troops — were diagnosed …": the dash that closes an
            // aside opened before the count leads on to its predicate.
            let closes_aside = dash
                && toks[..from]
                    .iter()
                    .filter(|x| matches!(x.norm.as_str(), "—" | "–"))
                    .count()
                    % 2
                    == 1;
            // "Three soldiers – all from the same unit – were killed": an aside between
            // dashes after the phrase is stepped over to the dash that closes it.
            let opens_aside = dash
                && !closes_aside
                && toks[k + 1..]
                    .iter()
                    .take(12)
                    .take_while(|x| !x.is_punct('.') && !x.is_punct(';'))
                    .any(|x| matches!(x.norm.as_str(), "—" | "–"));
            if opens_aside {
                in_aside = true;
                dash_aside = true;
                continue;
            }
            if matches!(t.norm.as_str(), ";" | ":" | "?" | "!") || dash && !closes_aside {
                return None;
            }
            // "…, wounding 9 others": a participle's outcome is of its own object.
            let participle = toks
                .get(k + 1)
                .is_some_and(|n| n.norm.ends_with("ing") && outcome_verb_before(&n.norm).is_some());
            if t.is_punct(',') && participle {
                return None;
            }
            continue;
        }
        seen += 1;
        // "service members who were killed": a relative clause right after the
        // phrase tells its outcome.
        let relative = seen == 1 && matches!(t.norm.as_str(), "who" | "that");
        after_who |= relative && t.norm == "who";
        if seen > OUTCOME_REACH || CLAUSE_STOP.contains(&t.norm) && !relative {
            return None;
        }
        // "Two officials noted some wounded were flown out": the phrase is the subject
        // of a report, and the outcome belongs to what was reported.
        // ("reported symptoms of concussion" tells its own outcome.)
        let symptoms_next = toks
            .get(k + 1)
            .is_some_and(|n| n.norm == "symptoms" || n.norm.starts_with("concussion"));
        if seen == 1 && is_reporting_verb(&t.norm) && !symptoms_next {
            return None;
        }
        // "six women who had been chained … were freed, some of whom had been
        // abducted": people set free are no casualties, and a harm told after their
        // release is of their past.
        if RELEASE_VERBS.contains(&t.norm) {
            return None;
        }
        if t.count.is_some_and(|n| n > 0) && count_at(text, toks, k).is_some() {
            // "Two Americans and one Briton are dead": a list shares its outcome; so
            // does the set a count is among ("Four members of the wing were among the
            // seven Airmen killed").
            // (The count may carry its qualifier: "and at least 30 villagers".)
            let lead: Vec<&str> = toks[k.saturating_sub(3)..k]
                .iter()
                .map(|t| t.norm.as_str())
                .collect();
            let q = qualifier_before(&lead).1;
            let conjunct =
                k > q && (toks[k - 1 - q].norm == "and" || toks[k - 1 - q].is_punct(','));
            let among = k > 1
                && (toks[k - 1].norm == "among"
                    || toks[k - 1].norm == "the" && toks[k - 2].norm == "among");
            if !conjunct && !among {
                return None;
            }
        }
        let outs = outcomes_at(toks, k);
        if !outs.is_empty() && !outcome_adjective(toks, k) {
            // "sentenced four men to death": a sentence, not a killing.
            if sentenced_to_death(toks, k) {
                return None;
            }
            // "Four civilians nearby were not hurt", "three children … were never
            // harmed": the outcome is denied; the people are a zero of their group
            // (see [`super::zeros`]), not a count of casualties.
            if denied_outcome(toks, k) {
                return None;
            }
            // "a soldier hurt in the assault succumbed to his wounds", "a guard wounded
            // on Sunday died on Monday": the wound names the victim; the death is what
            // befell them.
            let passive_first = seen == 2
                && toks[..k]
                    .iter()
                    .rev()
                    .find(|t| t.is_word)
                    .is_some_and(|t| matches!(t.norm.as_str(), "was" | "were"));
            if (seen == 1 || after_who || passive_first) && outs == [Outcome::Injured] {
                // "were hit by shrapnel and later died": an "and" whose predicate is
                // the death of the same people (no count of its own) goes on to it.
                let died_after_and = |j: usize| {
                    let mut next = toks[j + 1..].iter().filter(|t| t.is_word);
                    let first = next.next();
                    // Straight on to the death, or past an adverb of time ("later",
                    // "subsequently"); not a new subject ("and a third died").
                    first.is_some_and(|t| is_dying(&t.norm))
                        || first.is_some_and(|t| {
                            matches!(t.norm.as_str(), "later" | "then" | "soon")
                                || t.norm.ends_with("ly")
                        }) && next.next().is_some_and(|t| is_dying(&t.norm))
                };
                let died = toks[k + 1..]
                    .iter()
                    .enumerate()
                    .take_while(|&(o, t)| {
                        !matches!(t.norm.as_str(), "." | ";" | ":" | "but")
                            && (t.norm != "and" || died_after_and(k + 1 + o))
                    })
                    .map(|(_, t)| t)
                    .filter(|t| t.is_word)
                    .take(if after_who { 14 } else { 8 })
                    .position(|t| is_dying(&t.norm));
                if let Some(p) = died {
                    let at = (k + 1..toks.len())
                        .filter(|&j| toks[j].is_word)
                        .nth(p)
                        .unwrap_or(k);
                    return Some((vec![Outcome::Killed], at));
                }
            }
            return Some((outs, k));
        }
    }
    None
}

/// True when the outcome word at `k` is denied by the words just before it: "were not
/// hurt", "have not been harmed", "weren't injured", "were never wounded".
fn denied_outcome(toks: &[Token], k: usize) -> bool {
    toks[k.saturating_sub(3)..k]
        .iter()
        .rev()
        .take_while(|t| t.is_word || t.norm.starts_with('\'') || t.norm.starts_with('’'))
        .any(|t| matches!(t.norm.as_str(), "not" | "never" | "t") || t.norm.ends_with("n't"))
}

/// Verbs of setting people free: their people are no casualties.
const RELEASE_VERBS: WordSet<4> = WordSet::new(["freed", "released", "rescued", "liberated"]);

/// What flies from a blast or a gun and wounds whom it hits: "hit by shrapnel".
const MISSILE_FRAGMENTS: WordSet<9> = WordSet::new([
    "shrapnel",
    "debris",
    "fragments",
    "splinters",
    "glass",
    "bullets",
    "gunfire",
    "stray",
    "flying",
]);

/// True when the outcome word at `k` is "death" after "to", in a clause of sentencing:
/// "sentenced four men to death", "condemned two of them to death".
fn sentenced_to_death(toks: &[Token], k: usize) -> bool {
    toks[k].norm == "death"
        && k > 0
        && toks[k - 1].norm == "to"
        && toks[..k]
            .iter()
            .any(|t| t.norm.starts_with("sentenc") || t.norm.starts_with("condemn"))
}

/// True when the counted phrase from `from` to `np_end` is taken prisoner: "took nine
/// soldiers prisoner", "had taken 3 guards hostage", "taking two of them captive".
fn taken_prisoner(toks: &[Token], from: usize, np_end: usize) -> bool {
    // "took its 25 crew members hostage": past the owner of those taken.
    let before = word_before(toks, from).and_then(|k| {
        if matches!(
            toks[k].norm.as_str(),
            "its" | "their" | "his" | "her" | "all"
        ) {
            word_before(toks, k)
        } else {
            Some(k)
        }
    });
    let took = before.is_some_and(|k| {
        matches!(
            toks[k].norm.as_str(),
            "took" | "taken" | "taking" | "take" | "takes"
        )
    });
    took && toks.get(np_end).is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "prisoner" | "prisoners" | "captive" | "captives" | "hostage" | "hostages"
        )
    })
}

/// True when the outcome word at `k` is an adjective of a phrase of people whose own
/// verb tells another outcome: "two wounded soldiers later died", "three injured
/// policemen succumbed", "the wounded men were killed" — what happened to them is the
/// verb's outcome, not the adjective's.
fn outcome_adjective(toks: &[Token], k: usize) -> bool {
    if !toks
        .get(k + 1)
        .is_some_and(|t| t.is_word && is_person_head(&t.norm))
    {
        return false;
    }
    toks[k + 2..]
        .iter()
        .take_while(|t| t.is_word)
        .take(4)
        .take_while(|t| !CLAUSE_STOP.contains(&t.norm))
        .any(|t| outcome_word(&t.norm).is_some() || matches!(t.norm.as_str(), "succumbed"))
}

/// A short cause note after a sub-total's outcome: "hurt in falls".
fn cause_note(text: &str, toks: &[Token], outcome_at: usize) -> Option<String> {
    let prep = toks.get(outcome_at + 1)?;
    if !matches!(prep.norm.as_str(), "in" | "by" | "from") {
        return None;
    }
    let mut end = outcome_at + 1;
    for (k, t) in toks.iter().enumerate().skip(outcome_at + 2).take(3) {
        if !t.is_word || ends_phrase(&t.norm) && t.norm != "the" {
            break;
        }
        end = k;
    }
    (end > outcome_at + 1 && end - outcome_at <= 3)
        .then(|| text[toks[outcome_at].range.start..toks[end].range.end].to_string())
}

/// Verbs of killing that make the dead victims of a crime ("murdered", "beheaded"):
/// never the targets of an operation.
const MURDER_VERBS: WordSet<10> = WordSet::new([
    "murdered",
    "murder",
    "murders",
    "massacred",
    "slaughtered",
    "beheaded",
    "assassinated",
    "executed",
    "lynched",
    "butchered",
]);

/// [`MILITANT_ATTACKS`] and [`MURDER_VERBS`]: one look-up per word.
const ATTACKS_ON_ANYONE: WordSet<{ MILITANT_ATTACKS.len() + MURDER_VERBS.len() }> =
    WordSet::union_of(&[MILITANT_ATTACKS.keys(), MURDER_VERBS.keys()]);

/// True when the clause of token `at` tells of fighting, not a strike or raid: "90
/// people killed in clashes between the SDF and tribal gunmen", "nine people died in
/// fighting around the village". Fighting has two sides, and the people it kills,
/// unnamed, are of both, whoever the report's operation aims at.
fn fought_in_clause(text: &str, toks: &[Token], at: usize) -> bool {
    let clause = &toks[clause_of(text, toks, at)];
    clause.iter().any(|t| FIGHTING_NOUNS.contains(&t.norm))
        && !clause.iter().any(|t| is_strike_word(&t.norm))
}

/// Nouns of fighting between two sides ([`fought_in_clause`]).
const FIGHTING_NOUNS: WordSet<11> = WordSet::new([
    "clashes",
    "clash",
    "fighting",
    "battles",
    "battle",
    "gunfight",
    "gunbattle",
    "firefight",
    "skirmishes",
    "shootout",
    "crossfire",
]);

/// True when the sentence aims an attack at militants, so unqualified "people" killed
/// in it count as militants (guidelines): it tells of a strike or raid and names
/// militants, or it is in a report of an operation against them ([`Actors`]), even a
/// quoted assessment that names no strike ("We assess that four individuals were
/// killed"); a sentence that names civilians among the dead keeps its people mixed,
/// unless it denies they were hit ("no indications that civilians were harmed").
fn militant_context(text: &str, toks: &[Token], actors: &Actors) -> bool {
    let strike = toks.iter().any(|t| is_strike_word(&t.norm));
    // "…, blaming Islamic State remnants", "when militants raided the town": the
    // attackers, not the target.
    let mut target_named = false;
    let mut attackers_named = false;
    for (k, t) in toks.iter().enumerate() {
        // "the Hamas-run health ministry": an administration the group runs, a source
        // of figures, neither target nor attacker.
        // "Kurdish fighters", "Iraqi fighters": fighters a word before gives an
        // allied side are no militants.
        let allied_fighters = matches!(t.norm.as_str(), "fighters" | "fighter")
            && k > 0
            && matches!(
                group_of(text, &[&toks[k - 1], t]),
                Some(Group::PartnerForces | Group::UsForces)
            );
        if is_militant_marker(text, t) && !t.norm.ends_with("-run") && !allied_fighters {
            match militant_role(toks, k) {
                MilitantRole::Attacker => attackers_named = true,
                _ => target_named = true,
            }
        }
    }
    // "A suicide bomber struck a ministry", "The insurgency has killed 40,000
    // people": a militant attack or a whole conflict kills whoever is there.
    let car_bomb = toks
        .windows(2)
        .any(|w| w[0].norm == "car" && w[1].norm.starts_with("bomb"));
    // "126 people were murdered in the camp": a murder's victims, not an operation's
    // targets.
    // "an attack on a company's headquarters killed five people": an attack on a
    // place or people not named as militants.
    // "46 people lost their lives in the onslaught": killed in an attack told as the
    // sentence's own cause, with no strike of a force named.
    let attack_on = toks.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "attack" | "attacks" | "assault") && w[1].norm == "on"
    }) || toks.windows(3).any(|w| {
        w[0].norm == "in"
            && w[1].norm == "the"
            && matches!(
                w[2].norm.as_str(),
                "attack" | "attacks" | "assault" | "onslaught"
            )
    });
    let attack_on_anyone = attackers_named
        || car_bomb
        || attack_on
        || toks.iter().any(|t| ATTACKS_ON_ANYONE.contains(&t.norm));
    // "Rockets hit a refinery, killing three people": a civilian site hit, with no
    // militants named as its target, is an attack on whoever was there.
    let civilian_site = toks.iter().any(|t| CIVILIAN_SITES.contains(&t.norm));
    // "killed in Israel's retaliatory strikes on Gaza", "Turkish drone strikes": a
    // third state's strikes, not the operation on militants the report is about.
    let third_state_strikes = toks.iter().enumerate().any(|(k, t)| {
        is_strike_word(&t.norm)
            && toks[k.saturating_sub(3)..k]
                .iter()
                .any(|b| crate::extract::actors::is_third_state(&b.norm))
    });
    let on_anyone = !target_named && (civilian_site || attack_on_anyone || third_state_strikes);
    // "four men died in a U.S. strike", "killed in the strike" of a report that names
    // one: a strike the US or its partners carry out is aimed at the ones they fight.
    let allied_strike = strike
        && actors.allied_strikes
        && !on_anyone
        && (0..toks.len()).any(|k| {
            crate::extract::actors::allied_strike_at(text, toks, k)
                || k > 0
                    && toks[k - 1].norm == "the"
                    && super::lexicon::is_strike_noun(&toks[k].norm)
        });
    (actors.targets_militants && !on_anyone || strike && (target_named || allied_strike))
        && !toks
            .iter()
            .enumerate()
            .any(|(k, t)| is_civilian_word(&t.norm) && !negated(toks, k))
}

/// True when a sentence tells of a militant attack in a partner's land and names no
/// American ("A suicide bomber drove into a checkpoint in Baidoa, killing three
/// soldiers"): its soldiers and police are the local partner force's, even in a
/// report whose own force is the US one (which struck from the air).
pub fn local_attack(toks: &[Token]) -> bool {
    militant_attack_named(toks)
        && crate::extract::actors::in_partner_land(toks)
        && !toks
            .iter()
            .any(|t| matches!(t.norm.as_str(), "us" | "american" | "americans" | "gis"))
}

/// True when the words name a militant attack ([`MILITANT_ATTACKS`], a car bomb).
fn militant_attack_named(toks: &[Token]) -> bool {
    toks.iter().any(|t| MILITANT_ATTACKS.contains(&t.norm))
        || toks
            .windows(2)
            .any(|w| w[0].norm == "car" && w[1].norm.starts_with("bomb"))
}

/// Whether the clause of token `at` aims an attack at militants
/// ([`militant_context`]), read once per clause (`known` keeps the clauses read).
fn aimed_in_clause(
    known: &mut Vec<(Range<usize>, bool)>,
    text: &str,
    toks: &[Token],
    at: usize,
    actors: &Actors,
) -> bool {
    let clause = clause_of(text, toks, at);
    if let Some((_, aimed)) = known.iter().find(|(c, _)| *c == clause) {
        return *aimed;
    }
    let aimed = militant_context(text, &toks[clause.clone()], actors);
    known.push((clause, aimed));
    aimed
}

/// The tokens of the clause of a sentence that token `at` stands in, between
/// semicolons and the openings of time clauses ([`opens_time_clause`]): a headline's
/// "car bomb kills seven; U.S. strike hits al-Shabaab" tells two attacks, each with
/// its own target, and so does "Turkey struck militant targets, hours after an attack
/// on a company killed five people".
fn clause_of(text: &str, toks: &[Token], at: usize) -> Range<usize> {
    let at = at.min(toks.len());
    let bound = |k: usize| toks[k].is_punct(';') || opens_time_clause(text, toks, k);
    let start = (0..at).rev().find(|&k| bound(k)).map_or(0, |k| k + 1);
    let end = (at..toks.len()).find(|&k| bound(k)).unwrap_or(toks.len());
    start..end
}

/// Words that open a clause of another happening's time.
const TIME_CONJUNCTIONS: WordSet<4> = WordSet::new(["after", "before", "as", "while"]);

/// True when token `k` opens a time clause that tells another happening: "after",
/// "before", "as" or "while" after a comma or a span of time ("…, as drones pounded
/// oil fields", "hours after an attack on a company"), followed by a subject, not a
/// bare noun of time ("after dawn").
fn opens_time_clause(text: &str, toks: &[Token], k: usize) -> bool {
    if !TIME_CONJUNCTIONS.contains(&toks[k].norm) {
        return false;
    }
    let Some(prev) = k.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let spans = matches!(
        prev.norm.as_str(),
        "hours" | "days" | "minutes" | "weeks" | "shortly" | "soon" | "day" | "hour" | "week"
    );
    (prev.is_punct(',') || spans)
        && toks.get(k + 1).is_some_and(|n| {
            matches!(n.norm.as_str(), "a" | "an" | "the" | "its" | "their")
                || n.raw(text).starts_with(char::is_uppercase)
        })
}

/// Words that name an attack by militants or a whole conflict: the people it kills are
/// whoever was there, not militants ("a suicide bomber struck a market", "the
/// insurgency has killed 40,000 people", "a roadside bomb killed four people").
const MILITANT_ATTACKS: WordSet<14> = WordSet::new([
    "suicide",
    "bomber",
    "bombers",
    "roadside",
    "ied",
    "ieds",
    "insurgency",
    "conflict",
    "war",
    "violence",
    "uprising",
    "massacre",
    "hostage-taking",
    "car-bomb",
]);

/// Places where civilians gather, live or work, and the infrastructure they live by:
/// people killed where one is hit are not the
/// militants an article's operation targets, unless the sentence names militants as
/// the target ("rockets hit a refinery, killing three people").
const CIVILIAN_SITES: WordSet<38> = WordSet::new([
    "jetliner",
    "airliner",
    "passengers",
    "aboard",
    "refinery",
    "refineries",
    "market",
    "marketplace",
    "bazaar",
    "school",
    "schools",
    "hospital",
    "clinic",
    "mosque",
    "church",
    "wedding",
    "funeral",
    "bakery",
    "restaurant",
    "cafe",
    "hotel",
    "shop",
    "shops",
    "bus",
    "stadium",
    "university",
    "factory",
    "playground",
    // Infrastructure: "drones pounded oil fields and power stations".
    "infrastructure",
    "power",
    "silo",
    "silos",
    "bakeries",
    "homes",
    "houses",
    "residential",
    "oilfield",
    "oilfields",
]);

/// Words that deny what follows them: "no indication that civilians were harmed".
const NEGATIONS: WordSet<5> = WordSet::new(["no", "not", "none", "without", "nor"]);

/// True when a negation stands within the four words before token `k`: the words
/// there deny the people they name were hit ("no civilians", "no indications that
/// civilians were harmed").
fn negated(toks: &[Token], k: usize) -> bool {
    toks[k.saturating_sub(4)..k]
        .iter()
        .any(|t| NEGATIONS.contains(&t.norm))
}

/// The words of a phrase that name who it counts, when the phrase has only modifiers
/// ("two U.S." in "two U.S., one British personnel"): its own words and the head of
/// the next conjunct of the list.
fn borrowed_head(text: &str, toks: &[Token], np: &NounPhrase) -> Option<usize> {
    // "one American and two Canadian airmen": a singular nationality is a modifier.
    let nationality = match np.words.as_slice() {
        [k] => {
            let raw = toks[*k].raw(text);
            raw.starts_with(char::is_uppercase) && !raw.ends_with('s')
        }
        _ => false,
    };
    if !np.is_headless() && !nationality {
        return None;
    }
    let next = next_conjunct(toks, np.end)?;
    let np2 = phrase_at(text, toks, next + 1);
    np2.head.filter(|&k| is_person_head(&toks[k].norm))
}

/// Nouns of an organised body that "the …" points back to, like a pronoun: "the
/// group's fighters", "members of the militia".
const BODY_NOUNS: WordSet<6> = WordSet::new([
    "group",
    "militia",
    "movement",
    "organisation",
    "organization",
    "faction",
]);

/// How many words may describe a body between "the" and its noun ("the mostly Shia
/// paramilitary umbrella group").
const BODY_MODIFIERS: usize = 5;

/// True when token `k` is "the" + a noun of an organised body ("the group").
fn the_body_at(toks: &[Token], k: usize) -> bool {
    BODY_NOUNS.contains(&toks[k].norm) && k > 0 && toks[k - 1].norm == "the"
}

/// Adverbs that stand between a bare count and its outcome: "one later died",
/// "two were also hurt", "a third subsequently succumbed".
const ADVERBS: WordSet<14> = WordSet::new([
    "later",
    "also",
    "then",
    "subsequently",
    "eventually",
    "too",
    "since",
    "reportedly",
    // Adverbs of time a toll's number may end on ("climbed to 14 overnight").
    "overnight",
    "yesterday",
    "today",
    "tonight",
    "earlier",
    "again",
]);

/// True for an adverb of [`ADVERBS`] or one ending in "-ly" ("seriously", "lightly").
fn is_adverb(w: &str) -> bool {
    ADVERBS.contains(w) || w.len() > 4 && w.ends_with("ly")
}

/// The force "the group" (or "the militia") at token `k` points back to: the force
/// named before it ([`Actors::antecedent`]), else the militants of an article that
/// names them.
fn body_antecedent(text: &str, toks: &[Token], k: usize, actors: &Actors) -> Option<Group> {
    actors
        .antecedent(text, toks, k.saturating_sub(1))
        .or_else(|| actors.militants_named.then_some(Group::Militants))
}

/// The group of the people a phrase counts, from its words, the phrase attached to it
/// ("an official in the Islamic State group") and the article's force.
fn phrase_group(
    text: &str,
    toks: &[Token],
    words: &[&Token],
    end: usize,
    actors: &Actors,
) -> Option<Group> {
    let own = match group_of(text, words) {
        // "seven Iraqi militia fighters", "six Syrian and Afghan fighters" in a report
        // of US strikes on militants: the militias the strikes hit, not an allied force
        // (fighters of a third nation beside an allied one are no allied force's).
        Some(Group::PartnerForces)
            if actors.own_force == Some(Group::UsForces)
                && actors.targets_militants
                && (words
                    .iter()
                    .any(|t| super::lexicon::MILITIA_NOUNS.contains(&t.norm))
                    || words
                        .iter()
                        .any(|t| crate::extract::actors::is_third_nation(&t.norm))
                        && !words
                            .iter()
                            .any(|t| super::lexicon::PARTNER_FORCE_NAMES.contains(&t.norm))) =>
        {
            Some(Group::Militants)
        }
        g => g,
    };
    // "two Syrian opposition fighters who are allied with Washington": the people a
    // clause ties to the US side are its partners, whatever their own words say.
    if !matches!(
        own,
        Some(Group::UsForces | Group::PartnerForces | Group::Civilians)
    ) && backed_by_allies(text, toks, end)
    {
        return Some(Group::PartnerForces);
    }
    let bare = bare_fighters(text, words);
    if own.is_some() && !bare {
        return own;
    }
    let attached: Vec<&Token> = attached_phrase(toks, end)
        .iter()
        .map(|&k| &toks[k])
        .collect();
    if bare {
        // "Seven fighters of the Syrian Democratic Forces": the force they belong to;
        // "its fighters" aside, bare fighters in a report on a partner force that is
        // not an operation on militants are that force's ("the SDF lost 11 fighters").
        // "a fighter from an allied Syrian group", "a fighter who guards the base
        // alongside the Americans" is the partner's.
        let force = group_of(text, &attached)
            .filter(|&g| matches!(g, Group::PartnerForces | Group::UsForces))
            .or_else(|| {
                (attached.iter().any(|t| is_allied_modifier(&t.norm))
                    || beside_allies(text, toks, end))
                .then_some(Group::PartnerForces)
            });
        let partner = (actors.own_force == Some(Group::PartnerForces) && !actors.targets_militants)
            .then_some(Group::PartnerForces);
        let start = words.first().map_or(end, |w| {
            toks.partition_point(|t| t.range.start < w.range.start)
        });
        return force
            .or_else(|| attacked_force(text, toks, start))
            .or_else(|| actors.partner_fighters().then_some(Group::PartnerForces))
            .or(partner)
            .or(own);
    }
    let attached_group = group_of(text, &attached).or_else(|| {
        // "a leader of the Islamic State group": a named group attaches by itself.
        attached
            .iter()
            .any(|t| is_militant_marker(text, t))
            .then_some(Group::Militants)
    });
    // "two members of the Jordanian Armed Forces" in a report from Jordan: the host
    // state's forces are the US's partners.
    let attached_group = attached_group.or_else(|| {
        let at = attached_phrase(toks, end);
        let service = at.iter().any(|&k| {
            SERVICE_WORDS.contains(&toks[k].norm) || FORCE_BODIES.contains(&toks[k].norm)
        });
        (service && at.iter().any(|&k| actors.names_host(&toks[k].norm)))
            .then_some(Group::PartnerForces)
    });
    // "a member of the Iraqi army", "two officers of the U.S. Navy": the service's
    // nation names the force.
    let attached_group = attached_group.or_else(|| {
        let at = attached_phrase(toks, end);
        at.iter()
            .any(|&k| SERVICE_WORDS.contains(&toks[k].norm))
            .then(|| {
                at.iter()
                    .find_map(|&k| Actors::force_named_at(text, toks, k))
            })
            .flatten()
            .filter(|&g| g != Group::Militants)
    });
    // "members of Iraq's security forces", "two members of our forces": a force
    // named by its state or its speaker.
    let attached_group = attached_group.or_else(|| {
        let at = attached_phrase(toks, end);
        let force = at.iter().any(|&k| FORCE_BODIES.contains(&toks[k].norm));
        // "three members of the patrol": a unit of the article's own force.
        let unit = at.iter().any(|&k| UNIT_NOUNS.contains(&toks[k].norm))
            && !at.iter().any(|&k| is_militant_marker(text, &toks[k]));
        if unit && !force {
            // "eleven men from my battalion": the speaker's unit.
            let speakers = at
                .iter()
                .any(|&k| matches!(toks[k].norm.as_str(), "our" | "my"));
            return at
                .iter()
                .find_map(|&k| Actors::force_named_at(text, toks, k))
                .or_else(|| speakers.then(|| actors.speaker_force()))
                .or(actors.own_force);
        }
        if !force {
            return None;
        }
        if at.iter().any(|&k| toks[k].norm == "our") {
            return Some(actors.speaker_force());
        }
        let named = at
            .iter()
            .find_map(|&k| Actors::force_named_at(text, toks, k));
        // "679 members of the government forces", "members of the security forces":
        // with no state named, the local state's, the US's partner.
        let local_state = || {
            at.iter()
                .any(|&k| matches!(toks[k].norm.as_str(), "government" | "security" | "state"))
                && !at.iter().any(|&k| is_militant_marker(text, &toks[k]))
        };
        match named {
            Some(Group::Militants) => None,
            Some(g) => Some(g),
            None => local_state().then_some(Group::PartnerForces),
        }
    });
    // "one member of the Counter-Terrorism Group of the Kurdistan Region": an allied
    // force by its name.
    let attached_group = attached_group.or_else(|| {
        let at = attached_phrase(toks, end);
        (at.iter().any(|&k| is_partner_force_name(&toks[k].norm))
            && !at.iter().any(|&k| is_militant_marker(text, &toks[k])))
        .then_some(Group::PartnerForces)
    });
    if attached_group.is_some() {
        return attached_group;
    }
    // "two suspected members of an armed faction", "members of an armed group": the
    // guidelines' armed individuals, militants.
    let at = attached_phrase(toks, end);
    // "four members of the cell behind the attack": a cell is an armed group's unit
    // by itself.
    let armed_body = at
        .iter()
        .any(|&k| matches!(toks[k].norm.as_str(), "cell" | "cells"))
        || at.iter().any(|&k| {
            toks[k].norm == "armed"
                && toks.get(k + 1).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "group"
                            | "groups"
                            | "faction"
                            | "factions"
                            | "gang"
                            | "gangs"
                            | "cell"
                            | "cells"
                    )
                })
        });
    if armed_body {
        return Some(Group::Militants);
    }
    let mut all = words.to_vec();
    all.extend(attached);
    actors.generic_force(text, &all)
}

/// How many words a relative clause may run before the ally it names.
const BESIDE_REACH: usize = 8;

/// Verbs of working together, before "with": "works with US forces".
const COWORK_VERBS: WordSet<10> = WordSet::new([
    "work",
    "works",
    "worked",
    "working",
    "serve",
    "serves",
    "served",
    "serving",
    "partnered",
    "cooperates",
]);

/// Verbs of an assault on a place or a unit, whose object's people are its victims.
const ASSAULT_VERBS: WordSet<9> = WordSet::new([
    "attacked", "ambushed", "stormed", "raided", "struck", "hit", "targeted", "overran", "shelled",
]);

/// The US or allied force an assault told before the count at `start` is aimed at,
/// in the same sentence: "militants attacked a Popular Mobilisation Forces post,
/// killing four fighters" (the post's fighters, not the attackers).
fn attacked_force(text: &str, toks: &[Token], start: usize) -> Option<Group> {
    let verb = (0..start)
        .rev()
        .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
        .find(|&k| ASSAULT_VERBS.contains(&toks[k].norm))?;
    // The verb's object: the words right after it, up to a mark or a new clause ("hit
    // back within minutes, and CENTCOM said …" names no object).
    (verb + 1..start.min(verb + 1 + OBJECT_REACH))
        .take_while(|&k| toks[k].is_word && !REPORTED.contains(&toks[k].norm))
        .find_map(|k| {
            Actors::force_named_at(text, toks, k)
                .filter(|g| matches!(g, Group::UsForces | Group::PartnerForces))
        })
}

/// How many words after a verb of assault its object may name a force ("attacked a
/// Popular Mobilisation Forces post").
const OBJECT_REACH: usize = 6;

/// True when the phrase ending at `end` is followed by a relative clause that puts its
/// people beside the US or its partners: "a fighter who guards the base alongside the
/// Americans", "two fighters who work with coalition troops" (not "who clashed with");
/// see also [`backed_by_allies`].
fn beside_allies(text: &str, toks: &[Token], end: usize) -> bool {
    if !toks
        .get(end)
        .is_some_and(|t| matches!(t.norm.as_str(), "who" | "that"))
    {
        return false;
    }
    let clause = &toks[end + 1..toks.len().min(end + 1 + BESIDE_REACH)];
    clause.iter().enumerate().any(|(k, t)| {
        let beside = match t.norm.as_str() {
            "alongside" | "beside" => true,
            // "works with" the Americans, not "clashed with" them.
            "with" => k > 0 && COWORK_VERBS.contains(&clause[k - 1].norm),
            _ => false,
        };
        beside
            && (end + 2 + k..toks.len().min(end + 5 + k)).any(|j| {
                matches!(
                    Actors::force_named_at(text, toks, j),
                    Some(Group::UsForces | Group::PartnerForces)
                ) || toks[j].norm == "coalition"
            })
    })
}

/// Participles that tie people to a patron: "backed by", "allied with".
const PATRONAGE: WordSet<7> = WordSet::new([
    "backed",
    "supported",
    "trained",
    "armed",
    "funded",
    "allied",
    "aligned",
]);

/// True when the phrase ending at `end` is followed by a clause that makes its people
/// the US's or the coalition's allies, with or without "who are": "two Syrian
/// opposition fighters who are allied with Washington", "local fighters backed by the
/// US-led coalition", "militiamen trained by US forces".
fn backed_by_allies(text: &str, toks: &[Token], end: usize) -> bool {
    let mut k = end;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.norm.as_str(), "who" | "that"))
    {
        k += 1;
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "are" | "were" | "is" | "was"))
        {
            k += 1;
        }
    }
    let tied = toks.get(k).is_some_and(|t| PATRONAGE.contains(&t.norm))
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "by" | "with" | "to"));
    tied && (k + 2..toks.len().min(k + 5)).any(|j| {
        matches!(
            Actors::force_named_at(text, toks, j),
            Some(Group::UsForces | Group::PartnerForces)
        ) || matches!(
            toks[j].norm.as_str(),
            "coalition" | "washington" | "us-led" | "americans" | "pentagon"
        )
    })
}

/// Bodies of a force that people are members of: "members of our forces", "two of
/// Iraq's security forces", "Iraq's Counter-Terrorism Service" (not the nouns of
/// `actors`' force mentions, which name the people themselves: "troops").
const FORCE_BODIES: WordSet<8> = WordSet::new([
    "forces", "force", "army", "military", "police", "units", "service", "services",
]);

/// Units of a force: "three members of the patrol" are of the force it belongs to.
const UNIT_NOUNS: WordSet<10> = WordSet::new([
    "patrol",
    "unit",
    "convoy",
    "garrison",
    "battalion",
    "brigade",
    "squad",
    "detachment",
    "platoon",
    "crew",
]);

/// How many words before a count the side it is counted on may be named.
const SIDE_REACH: usize = 10;

/// The side a count is told on, named before it in its sentence: "the toll on the
/// friendly side is seven dead", "losses on our side: three dead" (the speaker's
/// force), "on the enemy side, 41 were killed" (militants).
fn side_before(toks: &[Token], from: usize, actors: &Actors) -> Option<Group> {
    (0..from)
        .rev()
        .filter(|&k| toks[k].is_word)
        .take(SIDE_REACH)
        .find_map(|k| {
            if !matches!(toks[k].norm.as_str(), "side" | "ranks") {
                return None;
            }
            match toks.get(k.checked_sub(1)?)?.norm.as_str() {
                "friendly" | "our" | "own" => Some(actors.speaker_force()),
                "enemy" | "enemy's" => Some(Group::Militants),
                _ => None,
            }
        })
}

/// How many words after a phrase its suspicion may name an armed group.
const SUSPICION_REACH: usize = 6;

/// True when the phrase ending at `end` is followed by a suspicion of belonging to an
/// armed group: "three men suspected of belonging to ISIS", "two people suspected of
/// links to al-Shabaab".
fn suspected_of_militancy(text: &str, toks: &[Token], end: usize) -> bool {
    let after: Vec<&Token> = toks[end.min(toks.len())..]
        .iter()
        .filter(|t| t.is_word)
        .take(SUSPICION_REACH)
        .collect();
    after
        .first()
        .is_some_and(|t| matches!(t.norm.as_str(), "suspected" | "accused" | "believed"))
        && after.iter().any(|t| is_militant_marker(text, t))
}

/// True when a phrase names fighters and nothing that gives them a side: "fighters",
/// "seven fighters", "other fighters" (not "ISIS fighters", "Kurdish fighters", "Al
/// Nusra fighters").
pub(super) fn bare_fighters(text: &str, words: &[&Token]) -> bool {
    let mut fighters = false;
    for t in words {
        if matches!(t.norm.as_str(), "fighters" | "fighter") {
            fighters = true;
        } else if is_militant_marker(text, t)
            || t.raw(text).starts_with(char::is_uppercase) && t.count.is_none()
            || group_of(text, &[t]).is_some()
        {
            return false;
        }
    }
    fighters
}

/// The group named in the sentence before a count by the nearest phrase of people
/// ("some American troops were wounded, while two others …"), for "others".
fn earlier_group(text: &str, toks: &[Token], from: usize, actors: &Actors) -> Option<Group> {
    let head = (from.saturating_sub(30)..from)
        .rev()
        .find(|&k| toks[k].is_word && is_person_head(&toks[k].norm))?;
    let words: Vec<&Token> = toks[head.saturating_sub(3)..=head]
        .iter()
        .filter(|t| t.is_word)
        .collect();
    group_of(text, &words).or_else(|| actors.generic_force(text, &words))
}

/// Verbs by which a subject suffers what the clause counts: "U.S. forces have faced
/// 150 attacks, causing 70 casualties".
const SUFFERING_VERBS: WordSet<11> = WordSet::new([
    "lost",
    "loses",
    "faced",
    "suffered",
    "sustained",
    "endured",
    "took",
    "taken",
    "experienced",
    "incurred",
    "absorbed",
]);

/// The force that suffers a clause's casualties: the subject phrase at the start of
/// the sentence, when a verb of suffering follows it before the count.
fn suffering_subject(text: &str, toks: &[Token], from: usize, actors: &Actors) -> Option<Group> {
    let verb = (0..from).find(|&k| SUFFERING_VERBS.contains(&toks[k].norm))?;
    let subject: Vec<&Token> = toks[..verb].iter().filter(|t| t.is_word).take(6).collect();
    // "We lost 121 comrades": the speaker's force.
    if subject.last().is_some_and(|t| t.norm == "we")
        || subject.len() >= 2 && subject[subject.len() - 2].norm == "we"
    {
        return Some(actors.speaker_force());
    }
    // "The attackers lost a dozen men": the militants' own dead (not "gunmen had
    // taken three contractors hostage": what militants take is not theirs).
    let own_loss = matches!(
        toks[verb].norm.as_str(),
        "lost" | "loses" | "suffered" | "sustained" | "incurred"
    );
    // "Britain, which has 10,000 troops in Basra, has lost 52 servicemen": a third
    // state that lost them, its own.
    if own_loss
        && subject.first().is_some_and(|t| {
            t.starts_ascii_upper(text) && crate::extract::actors::is_third_state(&t.norm)
        })
    {
        return Some(Group::Other);
    }
    let g = group_of(text, &subject).or_else(|| actors.generic_force(text, &subject))?;
    (matches!(g, Group::UsForces | Group::PartnerForces) || g == Group::Militants && own_loss)
        .then_some(g)
}

/// Words after "casualties," that say what most of them were: "70 casualties, mostly
/// concussions".
const MOSTLY: WordSet<6> = WordSet::new([
    "mostly",
    "mainly",
    "largely",
    "primarily",
    "predominantly",
    "chiefly",
]);

/// The outcome "casualties" has when the text says what they were: "70 casualties,
/// mostly traumatic brain injuries" → injured.
fn casualties_detail(toks: &[Token], np_end: usize) -> Option<Outcome> {
    let comma = toks.get(np_end)?;
    if !comma.is_punct(',') && comma.norm != "(" {
        return None;
    }
    let words: Vec<&Token> = toks[np_end + 1..]
        .iter()
        .filter(|t| t.is_word)
        .take(6)
        .collect();
    if !words
        .first()
        .is_some_and(|t| MOSTLY.contains(&t.norm) || t.norm == "all")
    {
        return None;
    }
    words[1..].iter().find_map(|t| outcome_word(&t.norm))
}

/// True when the count at `from` opens its clause: at the start of the sentence, after
/// "that" or a reporting verb ("officials said at least 34 were injured").
fn opens_clause(toks: &[Token], from: usize) -> bool {
    let prev = (0..from)
        .rev()
        .find(|&k| toks[k].is_word || !toks[k].is_punct('"'));
    // "A: On Tuesday, yes, two died at the scene": a clause after an opening phrase.
    prev.is_none_or(|k| {
        toks[k].norm == "that"
            || REPORTED.contains(&toks[k].norm)
            || toks[k].is_punct(',')
            || toks[k].is_punct(':')
    })
}

/// Words that end the search back for a governing verb: another clause's verb.
const CLAUSE_VERBS: WordSet<10> = WordSet::new([
    "was", "were", "is", "are", "be", "been", "has", "have", "had", "said",
]);

/// The outcome verb that governs a list a count ends: "the raid killed the deputy
/// leader and four of his guards". The count must follow "and" or a comma, and the
/// verb stand before it in the same clause.
fn governing_verb(toks: &[Token], from: usize) -> Option<Outcome> {
    // "… and their 5 children": past a possessive opening the conjunct.
    let possessive = from
        .checked_sub(1)
        .is_some_and(|k| matches!(toks[k].norm.as_str(), "his" | "her" | "their"));
    let from = if possessive { from - 1 } else { from };
    let prev = toks.get(from.checked_sub(1)?)?;
    if prev.norm != "and" && !prev.is_punct(',') {
        return None;
    }
    for t in toks[from.saturating_sub(12)..from - 1].iter().rev() {
        let w = t.norm.as_str();
        if matches!(w, ";" | ":" | "." | "—" | "–")
            || CLAUSE_VERBS.contains(&t.norm)
            || CLAUSE_STOP.contains(&t.norm)
            || is_reporting_verb(w)
        {
            return None;
        }
        if let Some(o) = outcome_verb_before(w) {
            return Some(o);
        }
    }
    None
}

/// How far back "his"/"her" looks for the person it stands for.
const PERSON_REACH: usize = 12;

/// The words of the phrase naming the person "his"/"her" at `p` stands for: the
/// nearest singular noun of people before it in the clause ("a senior commander and
/// three of his fighters"), with up to three modifiers before it. `None` when there
/// is none (the pronoun then points to a force named before).
fn person_before(toks: &[Token], p: usize) -> Option<Vec<usize>> {
    let k = (p.saturating_sub(PERSON_REACH)..p).rev().find(|&k| {
        let w = toks[k].norm.as_str();
        is_person_head(w)
            && !w.ends_with('s')
            && !matches!(
                w,
                "people" | "police" | "personnel" | "men" | "women" | "children"
            )
            && outcome_noun(w).is_none()
    })?;
    let mut start = k;
    while start > 0
        && k - start < 3
        && toks[start - 1].is_word
        && !ends_phrase(&toks[start - 1].norm)
        && outcome_word(&toks[start - 1].norm).is_none()
    {
        start -= 1;
    }
    Some((start..=k).collect())
}

/// True when a word of the phrase before its last names a force or an armed service
/// ("U.S. Army Rangers", "a Navy SEAL", "Iraqi Special Operations"): its capitalised
/// last word is then a kind of member of that force, not a name.
fn force_modified(text: &str, toks: &[Token], words: &[usize]) -> bool {
    let Some((_, modifiers)) = words.split_last() else {
        return false;
    };
    modifiers.iter().any(|&k| {
        SERVICE_WORDS.contains(&toks[k].norm)
            || Actors::force_named_at(text, toks, k).is_some_and(|g| g != Group::Militants)
    })
}

/// Words of a hedge between a bare count and its outcome: "are said to have died",
/// "were believed to have been killed", "are feared to be dead".
const HEDGE_WORDS: WordSet<11> = WordSet::new([
    "said",
    "believed",
    "thought",
    "feared",
    "reported",
    "understood",
    "known",
    "to",
    "have",
    "be",
    "presumed",
]);

/// Verbs whose object "N lives" counts a happening's dead: "claimed 19 lives", "cost
/// 300 lives", "took 12 lives".
const LIVES_TAKEN: WordSet<12> = WordSet::new([
    "claimed", "claims", "claiming", "claim", "cost", "costs", "costing", "took", "takes",
    "taking", "taken", "take",
]);

/// The outcome of the verb ending at token `k` before a count: a verb of
/// [`outcome_verb_before`], or a phrasal one ("shot dead 3", "gunned down two",
/// "wiped out nine", "took out four").
fn verb_outcome_at(toks: &[Token], k: usize) -> Option<Outcome> {
    outcome_verb_before(&toks[k].norm).or_else(|| {
        let prev = toks[..k].iter().rev().find(|t| t.is_word)?;
        match (prev.norm.as_str(), toks[k].norm.as_str()) {
            ("shot" | "shooting", "dead")
            | ("gunned" | "gunning", "down")
            | (
                "wiped" | "wiping" | "wipes" | "wipe" | "took" | "taking" | "takes" | "take"
                | "taken",
                "out",
            ) => Some(Outcome::Killed),
            _ => None,
        }
    })
}

/// True when the comma at `k` is followed by a new predicate: an outcome verb, or
/// "and" and one ("…, and wounded three others"), or "and" and a count of others, the
/// subject of a clause of its own ("…, including a journalist, and six others were
/// injured").
fn new_predicate(toks: &[Token], k: usize) -> bool {
    let mut words = toks[k + 1..].iter().filter(|t| t.is_word);
    match words.next() {
        Some(t) if t.norm == "and" => words.next().is_some_and(|t| {
            outcome_verb_before(&t.norm).is_some()
                || t.count.is_some()
                    && words
                        .next()
                        .is_some_and(|n| matches!(n.norm.as_str(), "others" | "more"))
        }),
        // "Five soldiers, among them an officer, were killed": the aside has closed.
        Some(t) => {
            outcome_verb_before(&t.norm).is_some()
                || AUXILIARIES.contains(&t.norm)
                || matches!(t.norm.as_str(), "died" | "perished")
        }
        None => false,
    }
}

/// How many tokens after a count its "among its ranks" may stand.
const RANKS_REACH: usize = 12;

/// The force whose ranks a count is told among: "ten dead … among its ranks" (the
/// force "its" points back to), "six wounded in the ranks of the Peshmerga" (the force
/// named after "of"); `None` when the clause names no ranks.
fn ranks_group(text: &str, toks: &[Token], from: usize, actors: &Actors) -> Option<Group> {
    let end = toks.len().min(from + RANKS_REACH);
    let ranks = (from + 1..end)
        .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
        .find(|&k| toks[k].norm == "ranks")?;
    let owner = ranks.checked_sub(1)?;
    let preposition = owner.checked_sub(1)?;
    if !matches!(
        toks[preposition].norm.as_str(),
        "among" | "in" | "from" | "within"
    ) {
        return None;
    }
    match toks[owner].norm.as_str() {
        // The force named before the count ("A PMF statement listed ten dead among
        // its ranks"), not the harm's doer a verb between would point past.
        "its" | "their" => actors
            .antecedent(text, toks, from)
            .filter(|&g| g != Group::Other),
        "the" if toks.get(ranks + 1).is_some_and(|t| t.norm == "of") => (ranks + 2
            ..toks.len().min(ranks + 7))
            .find_map(|k| Actors::force_named_at(text, toks, k)),
        _ => None,
    }
}

/// True when a sentence sets its incident apart from the story's ("In a separate
/// incident, a passenger jet crashed …", "Separately, …"): its people are not the
/// story's operation's, whatever it aimed at. "Another strike" goes on with it.
fn told_apart(toks: &[Token]) -> bool {
    crate::extract::incident_dating::opens_apart(toks)
        && !toks
            .iter()
            .filter(|t| t.is_word)
            .take(6)
            .any(|t| t.norm == "another")
}

/// The index of the token before `from`, past quotation marks.
fn word_before(toks: &[Token], from: usize) -> Option<usize> {
    (0..from)
        .rev()
        .find(|&k| !matches!(toks[k].norm.as_str(), "\"" | "“" | "”" | "'" | "‘" | "’"))
}

/// The group of "others" counted after a figure of `group`: the others hit with a
/// force are of it ("three soldiers were killed and 25 others injured"); others beside
/// unstated people, or beside one civilian victim, are unstated (others beside
/// counted civilians are civilians: [`civilians_counted`]).
pub fn others_of(group: Group) -> Group {
    match group {
        Group::UsForces | Group::PartnerForces | Group::Militants => group,
        _ => Group::Other,
    }
}

/// True when a figure counts people named as civilians ("12 civilians were killed
/// and 25 others wounded"): the others beside them are civilians too, where others
/// beside one civilian victim ("a civilian contractor was killed and five others
/// were wounded") are unstated.
fn civilians_counted(text: &str, f: &RawFigure) -> bool {
    f.group == Some(Group::Civilians)
        && f.count > 1
        && f.who
            .as_ref()
            .and_then(|w| text.get(w.clone()))
            .is_some_and(|w| {
                // The noun that names them civilians, in the plural ("civilians",
                // "tourists", "villagers").
                w.split(|c: char| !c.is_alphanumeric()).any(|x| {
                    let x = x.to_ascii_lowercase();
                    x.ends_with('s') && super::lexicon::is_civilian_word(&x)
                })
            })
}

/// The outcome of the clause a phrase joins with "along with", "together with" or
/// "as well as": "another was wounded, along with five servicemen".
fn joined_outcome(toks: &[Token], from: usize) -> Option<Outcome> {
    let words: Vec<usize> = (from.saturating_sub(4)..from)
        .filter(|&k| toks[k].is_word)
        .collect();
    // The index of the joining phrase's first word ("along", "together", "as").
    let joined = match words.as_slice() {
        [.., a, b] => {
            let (wa, wb) = (toks[*a].norm.as_str(), toks[*b].norm.as_str());
            match (wa, wb) {
                ("along" | "together", "with") => Some(*a),
                // "as well as": its first "as" stands before "well".
                ("well", "as") => Some(a.saturating_sub(1)),
                _ => None,
            }
        }
        _ => None,
    };
    let at = joined?;
    for t in toks[from.saturating_sub(14).min(at)..at].iter().rev() {
        let w = t.norm.as_str();
        if matches!(w, ";" | "." | ":") || CLAUSE_STOP.contains(&t.norm) {
            return None;
        }
        if let Some(o) = outcome_word(w) {
            return Some(o);
        }
    }
    None
}

/// What the latest figure of a sentence was, for the figures listed after it.
struct Previous {
    /// Token index after its noun phrase.
    np_end: usize,
    /// Its outcomes.
    outcomes: Vec<Outcome>,
    /// True when a verb before it gave the outcome ("killing two Americans and one
    /// Briton": the verb governs the whole list).
    governed: bool,
}

#[cfg(test)] // the pipeline passes the article's actors (`figures_in`)
/// Every numeric casualty figure of one sentence, in text order, for a text read
/// without its article (no actors known).
pub fn figures(text: &str, toks: &[Token]) -> Vec<RawFigure> {
    figures_in(text, toks, &Actors::default())
}

/// Every numeric casualty figure of one sentence, in text order; `actors` says whom the
/// article's generic nouns and operations concern.
pub fn figures_in(text: &str, toks: &[Token], actors: &Actors) -> Vec<RawFigure> {
    let mut out: Vec<RawFigure> = Vec::new();
    // The figure an "including" list splits, while the list runs.
    let mut parent: Option<usize> = None;
    let mut including_at: Option<usize> = None;
    // Whether each clause (between semicolons) aims an attack at militants, computed
    // once when needed.
    let mut context: Vec<(Range<usize>, bool)> = Vec::new();
    let mut previous: Option<Previous> = None;
    // The figures whose "people" were taken for militants from the operation alone.
    let mut by_context: Vec<usize> = Vec::new();
    // Whether the list `parent` splits is a breakdown by side ("ten personnel - four
    // Jordanians and six Americans"), not an "including" list, and whether the
    // whole names its side.
    let mut breakdown: Option<bool> = None;

    for i in 0..toks.len() {
        if toks[i].norm == "including" || among_them_at(toks, i) {
            parent = out.len().checked_sub(1);
            including_at = Some(i);
            breakdown = None;
            continue;
        }
        // A breakdown opens only at a mark (its first byte tested first, off the path
        // of words).
        let mark = !toks[i].is_word
            && matches!(
                toks[i].norm.as_bytes().first(),
                Some(b'-' | b':' | b'(' | 0xE2)
            );
        if let Some((p, from)) = mark.then(|| breakdown_of(toks, i, &out)).flatten() {
            parent = Some(p);
            including_at = Some(i);
            // Whether the whole names its side, read over its few words.
            breakdown = Some((from..i).any(|k| states_group(text, toks, k)));
            continue;
        }
        // A breakdown between dashes ends at its closing dash: "Thirteen troops — 11
        // Marines and two sailors — were killed and 18 were wounded".
        let closing_dash = breakdown.is_some()
            && matches!(toks[i].norm.as_str(), "—" | "–")
            && including_at.is_some_and(|at| at < i && matches!(toks[at].norm.as_str(), "—" | "–"));
        if parent.is_some()
            && (toks[i].is_punct(';')
                || closing_dash
                || toks[i].is_punct(',') && new_predicate(toks, i)
                // "…, among them the bomb-maker, while three others were captured".
                || matches!(toks[i].norm.as_str(), "while" | "whereas" | "but"))
        {
            // "killed six soldiers, including an officer, and wounded three others":
            // the list ends where a new predicate begins.
            parent = None;
        }
        // "Not one of them was hurt" is a zero ([`super::zeros`]), not one person.
        if !may_count(&toks[i])
            || echoes_count_before(toks, i)
            || i > 0 && toks[i - 1].norm == "not" && !announced_after(toks, i)
        {
            continue;
        }
        let Some((mut value, anaphoric)) = count_at(text, toks, i) else {
            continue;
        };
        // "between three and five militia members were killed": at least three, read
        // at the upper count, which stands with the people and their outcome.
        let word = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.norm.as_str());
        if word(i.checked_sub(1)) == "between"
            && word(Some(i + 1)) == "and"
            && toks.get(i + 2).is_some_and(|t| t.count.is_some())
        {
            continue;
        }
        let range_low = (word(i.checked_sub(1)) == "and" && word(i.checked_sub(3)) == "between")
            .then(|| toks[i - 2].count)
            .flatten()
            .filter(|&low| low < value);
        let lead = count_lead(toks, i);
        let before: Vec<&str> = toks[..i - lead]
            .iter()
            .rev()
            .take(3)
            .rev()
            .map(|t| t.norm.as_str())
            .collect();
        let (mut qualifier, mut qwords) = qualifier_before(&before);
        if qualifier == Qualifier::Exact && or_so_at(toks, i) {
            qualifier = Qualifier::About;
        }
        if let Some(low) = range_low {
            (value, qualifier, qwords) = (low, Qualifier::AtLeast, 3);
        }
        // "the toll passed 300", "had topped 150", "climbed past 200": a figure gone
        // beyond is more than it.
        let gone_past = before.len() >= 2
            && before[before.len() - 1] == "past"
            && is_change_verb(before[before.len() - 2]);
        if qualifier == Qualifier::Exact
            && (gone_past
                || before
                    .last()
                    .is_some_and(|w| super::tolls::passed_beyond(w)))
        {
            qualifier = Qualifier::MoreThan;
        }
        // "crept up to eight", "went up to 11": a verb of change and its new figure.
        if qualifier == Qualifier::UpTo && before.len() == 3 && is_change_verb(before[0]) {
            (qualifier, qwords) = (Qualifier::Exact, 0);
        }
        // "two or three suspects": at most the higher count.
        let or_lower = i >= 2
            && toks[i - 1].norm == "or"
            && toks[i - 2].count.is_some_and(|n| n > 0 && n < value);
        if qualifier == Qualifier::Exact && or_lower {
            (qualifier, qwords) = (Qualifier::UpTo, 2);
        }
        let count = Count {
            from: i.saturating_sub(lead + qwords + usize::from(anaphoric)),
            value,
            qualifier,
        };
        if let Some(part) = apposed_part(text, toks, i, &count, out.last(), actors) {
            // "seven personnel, three of them American": a part that names its side
            // under people of no named side says the rest are of another; they are
            // mixed.
            if let Some(p) = out.len().checked_sub(1) {
                let parent = &out[p];
                let names_side = (i..toks.len())
                    .take_while(|&k| toks[k].range.end <= part.range.end)
                    .any(|k| states_group(text, toks, k));
                if names_side && part.count < parent.count {
                    // The whole's words: from its start to the part's count.
                    let from = toks.partition_point(|t| t.range.start < parent.range.start);
                    let whole: Vec<&Token> =
                        toks[from.min(count.from)..count.from].iter().collect();
                    let named = (from..count.from).any(|k| states_group(text, toks, k))
                        || group_of(text, &whole).is_some();
                    if !named {
                        out[p].group = Some(Group::Other);
                    }
                }
            }
            out.push(part);
            continue;
        }
        if let Some(earlier) = revised_from(toks, &count, out.last()) {
            out.push(earlier);
            continue;
        }
        // "two (2) of our soldiers", "one more of our fighters".
        let after = partitive_count_end(toks, i) + 1;
        // "600 or so civilians": an approximate count, its people after "or so".
        let or_so = or_so_at(toks, i);
        let np_start = if toks.get(after).is_some_and(|t| t.norm == "of") {
            partitive_object(text, toks, i).unwrap_or(after)
        } else if or_so {
            i + 3
        } else {
            i + 1
        };
        let mut phrase = phrase_at(text, toks, np_start);
        let them_end = of_them_at(toks, i);
        let them = them_end.is_some();
        if let Some(end) = them_end {
            // "killing about a dozen of them": the count stands for people named before.
            phrase = NounPhrase {
                words: Vec::new(),
                end,
                head: None,
            };
        } else if !phrase.words.is_empty() && phrase.words.iter().all(|&k| is_adverb(&toks[k].norm))
        {
            // "one later died": an adverb is no noun phrase, the count stands alone.
            phrase = NounPhrase {
                words: Vec::new(),
                end: np_start,
                head: None,
            };
        }
        let borrowed = borrowed_head(text, toks, &phrase);
        let (np, np_end) = (phrase.words.clone(), phrase.end);
        // "That number crept up to eight": a tally of people counted before.
        let toll = toll_before(toks, count.from).or_else(|| put_outcome_at(toks, count.from));
        let same = toll.is_none()
            && (anaphoric_toll(toks, count.from)
                // "So that brings it to three killed".
                || brought_to(toks, count.from)
                // "Iraq's military put the figure at 25".
                || put_at(toks, count.from)
                // "By Monday night it was five.": what the tally counted before now is.
                || copular_tally(text, toks, count.from)
                // "… crept up to eight on Tuesday and then to 11": the same tally again.
                || count.from >= 2
                    && toks[count.from - 1].norm == "to"
                    && matches!(toks[count.from - 2].norm.as_str(), "then" | "and")
                    && out.last().is_some_and(|f| f.refers == Refers::Same));
        let toll = toll.or(same.then_some(Outcome::Killed));
        let suffered = count
            .from
            .checked_sub(1)
            .is_some_and(|k| SUFFERING_VERBS.contains(&toks[k].norm));
        // Quotes around the verb do not part it from its count: "had “neutralised” 13",
        // nor does a possessive: "wounding his two sons", "killed our two soldiers", nor
        // "all": "killing all 176 people on board".
        let verb_just_before = word_before(toks, count.from)
            .and_then(|k| {
                if matches!(
                    toks[k].norm.as_str(),
                    "his" | "her" | "their" | "its" | "our" | "your" | "all"
                ) {
                    word_before(toks, k)
                } else {
                    Some(k)
                }
            })
            .and_then(|k| verb_outcome_at(toks, k))
            .or_else(|| {
                // "their forces lost 4 men": the subject's dead; a headline's present
                // "unit loses 14 more Marines" too.
                let lost = count
                    .from
                    .checked_sub(1)
                    .is_some_and(|k| matches!(toks[k].norm.as_str(), "lost" | "loses"));
                let people = phrase.head.is_some_and(|k| is_person_head(&toks[k].norm));
                (lost && (people || them)).then_some(Outcome::Killed)
            });
        // "killed nine customers": whatever an outcome verb counts is a casualty, so
        // the phrase's last word is its head even when the lexicon does not know it.
        // A later conjunct of a list: "killing two Americans and one Briton", "two
        // soldiers and one from Canada were killed".
        // "killed a woman and her two children": a possessive may open the conjunct.
        // "18 fighters of the Kurdish-led Syrian Democratic Forces (SDF) and 12 Syrian
        // soldiers": the phrase attached to the conjunct before, and a bracket, stand
        // between the two.
        let listed_after = previous.as_ref().filter(|p| {
            if p.np_end > count.from {
                return false;
            }
            let between = &toks[p.np_end..count.from];
            let attached = between
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "of" | "from"));
            let mut depth = 0usize;
            between.iter().all(|t| {
                match t.norm.as_str() {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth > 0
                    || matches!(t.norm.as_str(), "and" | "(" | ")" | "his" | "her" | "their")
                    || t.is_punct(',')
                    || attached
                        && t.is_word
                        && !AUXILIARIES.contains(&t.norm)
                        && outcome_word(&t.norm).is_none()
                        && t.count.is_none()
            })
        });
        let governed_list = listed_after.is_some_and(|p| p.governed);
        let open_head = (verb_just_before.is_some() || governed_list)
            .then(|| phrase.words.last().copied())
            .flatten()
            .filter(|&k| {
                toks[k].raw(text).starts_with(|c: char| c.is_lowercase())
                    && !phrase
                        .words
                        .iter()
                        .any(|&w| MEASURES.contains(&toks[w].norm))
            });
        // "2 more were wounded": "more" stands for the people counted before.
        let more = match phrase.words.as_slice() {
            [k] if toks[*k].norm == "more" => Some(*k),
            _ => None,
        };
        // "Seven fishermen died", "three shepherds were killed": a counted phrase that
        // is the subject of an intransitive outcome ("died") or of a passive one (an
        // auxiliary, then "killed"/"wounded") is a casualty, whatever its noun. Active
        // "four rockets killed" is the agent, not the victim.
        // A headline's participle stands for the passive: "Two US heroes killed as …".
        let reduced = || {
            (opens_sentence(text, toks, count.from) || gapped_passive(toks, count.from))
                && headline_participle_at(toks, np_end)
        };
        let subject_head = (passive_or_held_after(toks, np_end) || reduced())
            .then(|| phrase.words.last().copied())
            .flatten()
            .filter(|&k| {
                (toks[k].raw(text).starts_with(|c: char| c.is_lowercase())
                    || is_person_head(&toks[k].norm)
                    || force_modified(text, toks, &phrase.words))
                    && !MEASURES.contains(&toks[k].norm)
            });
        // "a Navy corpsman was hurt": the single victim's noun, known or not.
        let head = borrowed
            .or(phrase.head)
            .or(open_head)
            .or(more)
            .or(subject_head);
        let single_head = match head {
            None if matches!(toks[i].norm.as_str(), "a" | "an") => victim_head(text, toks, &phrase),
            _ => None,
        };
        // "the blast claimed 19 lives", "fighting has cost 300 lives": the lives a
        // happening took are its dead (not "saved 19 lives"), of no named group.
        let lives = phrase
            .words
            .last()
            .copied()
            .filter(|&k| matches!(toks[k].norm.as_str(), "lives" | "life"))
            .filter(|_| {
                word_before(toks, count.from).is_some_and(|k| LIVES_TAKEN.contains(&toks[k].norm))
            });
        let lives_taken = lives.is_some();
        let head = head.or(single_head).or(lives);
        // Who, in the article's words: the phrase up to its head, when the head is one
        // of its words and names beings, not harm ("seven injuries", "19 lives").
        let who = head
            .filter(|h| phrase.words.contains(h) && outcome_noun(&toks[*h].norm).is_none())
            .filter(|_| !lives_taken)
            .filter(|&h| toks[h].norm != "more")
            .and_then(|h| Some(toks[*phrase.words.first()?].range.start..toks[h].range.end));
        let verb_before = verb_just_before.or_else(|| nominal_outcome_before(toks, count.from));
        let among = among_before(toks, count.from);
        // "Among the dead were two workers": a part of people counted before.
        let mut subset = among.is_some() && verb_before.is_none() && toll.is_none();
        let verb_before = verb_before.or(toll).or(among);
        // "37 killed", "14 were wounded", "4 dead", "one later died": a bare number
        // with its outcome, past auxiliaries and adverbs.
        // "Nine are said to have died", "two were feared to have been killed": a
        // hedge before the outcome is stepped over.
        let next_word = toks[np_end.min(toks.len())..]
            .iter()
            .filter(|t| t.is_word)
            .take(7)
            .find(|t| {
                !AUXILIARIES.contains(&t.norm)
                    && !is_adverb(&t.norm)
                    && !HEDGE_WORDS.contains(&t.norm)
            })
            .map(|t| t.norm.as_str());
        // "Two were wounded", "two suffered burns": a bare count and its outcome, a
        // word or a phrase ([`outcomes_at`]).
        let headless_outcome = np.is_empty()
            && (next_word.and_then(outcome_word).is_some()
                || next_word.is_some_and(|w| matches!(w, "suffered" | "sustained" | "incurred"))
                    && outcome_after(text, toks, np_end).is_some());
        if head.is_none() && verb_before.is_none() && !headless_outcome && listed_after.is_none() {
            continue;
        }
        if head.is_none() && !np.is_empty() {
            continue;
        }
        // "…, two officials said": the phrase reports, it is not counted ("three
        // troops reported symptoms of concussion" tell their own harm).
        let symptoms_after = toks
            .get(np_end + 1)
            .is_some_and(|n| n.norm == "symptoms" || n.norm.starts_with("concussion"));
        if toks
            .get(np_end)
            .is_some_and(|t| t.is_word && is_reporting_verb(&t.norm))
            && !symptoms_after
        {
            continue;
        }
        // The list shares the verb before its first conjunct.
        let conjunct_of = listed_after.filter(|p| p.governed);
        // Outcome, by the clause grammar in the module doc.
        // "two more bodies were recovered" of a toll: dead the toll counts already,
        // no figure of their own.
        let more_bodies = np
            .iter()
            .any(|&k| matches!(toks[k].norm.as_str(), "bodies" | "corpses"))
            && (more.is_some()
                || toks[i.saturating_sub(2)..(i + 2).min(toks.len())]
                    .iter()
                    .any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "more" | "another" | "further" | "additional"
                        )
                    }));
        if more_bodies {
            continue;
        }
        let noun_outcome = head
            .and_then(|k| outcome_noun(&toks[k].norm))
            .or(lives_taken.then_some(Outcome::Killed));
        // "Eight of the wounded had died": the hurt, now dead.
        let hurt_then_dead = hurt_then_dead(toks, i);
        let noun_outcome = match noun_outcome {
            Some(Outcome::Killed) => casualties_detail(toks, np_end).or(noun_outcome),
            _ if hurt_then_dead => Some(Outcome::Killed),
            other => other,
        };
        let in_list = parent.is_some() && including_at.is_some_and(|at| at < i);
        let mut outcome_end = np_end.saturating_sub(1).max(i);
        let mut governed = false;
        let outcomes: Vec<Outcome> = if let Some(o) = noun_outcome {
            vec![o]
        } else if taken_prisoner(toks, count.from, np_end) {
            vec![Outcome::Captured]
        } else if let Some(o) = verb_before {
            governed = true;
            // "killing or capturing 40 militants": both outcomes, in text order.
            let paired = count
                .from
                .checked_sub(3)
                .filter(|&k| matches!(toks[k + 1].norm.as_str(), "or" | "and"))
                .and_then(|k| outcome_verb_before(&toks[k].norm))
                .filter(|&o2| o2 != o && verb_just_before == Some(o));
            match paired {
                Some(o2) => vec![o2, o],
                None => vec![o],
            }
        } else if let Some(p) = conjunct_of {
            governed = true;
            p.outcomes.clone()
        } else if let Some(p) = parent.filter(|&p| in_list && out[p].outcome != Outcome::Captured) {
            // "killing 20 people, among them three soldiers and a lawmaker, and 47
            // others were wounded": a part of the dead is dead.
            vec![out[p].outcome]
        } else if let Some((o, k)) = outcome_after(text, toks, np_end) {
            outcome_end = k;
            o
        } else if let Some(o) = governing_verb(toks, count.from) {
            vec![o]
        } else if let Some(o) = joined_outcome(toks, count.from) {
            vec![o]
        } else if let Some(p) = parent.filter(|_| in_list) {
            vec![out[p].outcome]
        } else {
            continue;
        };
        // Group.
        let mut np_tokens: Vec<&Token> = np.iter().map(|&k| &toks[k]).collect();
        if let Some(b) = borrowed {
            np_tokens.push(&toks[b]);
        }
        let head_word = head.map(|k| toks[k].norm.as_str()).unwrap_or("");
        // "hanged two convicts" is an execution; "hangs two banners" is none.
        let hung = count
            .from
            .checked_sub(1)
            .is_some_and(|k| matches!(toks[k].norm.as_str(), "hanged" | "hangs"));
        if hung
            && !np.is_empty()
            && !head.is_some_and(|k| super::lexicon::is_person_head(&toks[k].norm))
        {
            continue;
        }
        // "two others", "2 more", "another three", "the other two": more of the people
        // counted before.
        let another = toks[i].norm == "another"
            || count.from.checked_sub(1).is_some_and(|k| {
                matches!(
                    toks[k].norm.as_str(),
                    "another" | "further" | "additional" | "other"
                )
            });
        // "Two soldiers were killed and a third was wounded": one more of them.
        let ordinal = is_ordinal(head_word);
        // "… while a comrade was wounded": one of the victim's own side.
        let comrades = matches!(
            head_word,
            "comrade" | "comrades" | "colleague" | "colleagues" | "teammates"
        );
        // "one other" is "others" for one ("killing two soldiers and wounding one
        // other").
        let one_other = head_word == "other" && value == 1;
        let others = head_word == "others"
            || one_other
            || comrades
            || more.is_some()
            || another && np.is_empty()
            || hurt_then_dead
            || ordinal;
        let mut refers = Refers::Stated;
        // "the wounded" alone names no one new: they are the hurt counted before;
        // "the wounded U.S. soldiers" are named by the words up to their verb.
        let hurt_named: Vec<&Token> = if hurt_then_dead {
            toks[(i + 4).min(toks.len())..]
                .iter()
                .take_while(|t| t.is_word && !AUXILIARIES.contains(&t.norm) && !is_adverb(&t.norm))
                .take(4)
                .collect()
        } else {
            Vec::new()
        };
        let mut group = if hurt_then_dead {
            group_of(text, &hurt_named).or_else(|| actors.generic_force(text, &hurt_named))
        } else if np.is_empty() {
            None
        } else {
            phrase_group(text, toks, &np_tokens, np_end, actors)
        };
        // The phrase names its group by a name of it ("Hezbollah fighters", "a
        // teenager", "Iraqi soldiers"), not by a role ("senior leaders").
        // "our fighters" are the speaker's: "fighters" alone names no side.
        let stated = np.iter().any(|&k| states_group(text, toks, k));
        let mut from_context = false;
        // The possessor before the phrase ("its fighters") or inside it, before its head
        // ("the group's fighters").
        let possessor = possessor_before(text, toks, np_start)
            .or_else(|| {
                head.filter(|&h| h > np_start)
                    .and_then(|h| possessor_before(text, toks, h))
                    .filter(|&p| the_body_at(toks, p))
            })
            .or_else(|| {
                // "his four guards": the possessive before the count.
                possessor_before(text, toks, count.from)
                    .filter(|&p| matches!(toks[p].norm.as_str(), "his" | "her" | "its" | "their"))
            });
        if let Some(p) = possessor {
            // "The SDF said two of its fighters were killed": the pronoun's force owns
            // its fighters, troops and men.
            // "the group's fighters" points back like "its fighters".
            let own = head.is_some_and(|k| is_own_people(&toks[k].norm));
            let pronoun = matches!(toks[p].norm.as_str(), "its" | "their" | "his" | "her");
            let person = matches!(toks[p].norm.as_str(), "his" | "her")
                .then(|| person_before(toks, p))
                .flatten();
            // "two of our heroes", "our martyrs": the speaker's people, whatever the
            // noun, unless it names a side of its own ("our neighbours").
            // In an interview, "your fighters" asked of the one who answers are theirs.
            let yours = toks[p].norm == "your" && actors.speaker.is_some();
            let ours = (toks[p].norm == "our" || yours)
                && !stated
                // "two of our seafarers" in a shipping firm's words: no force's.
                && !head.is_some_and(|k| super::lexicon::is_crew_word(&toks[k].norm))
                // "our partners" name the allied force, whoever speaks.
                && group_of(text, &np_tokens) != Some(Group::PartnerForces);
            let found = if ours {
                Some(actors.speaker_force())
            } else if the_body_at(toks, p) {
                body_antecedent(text, toks, p, actors)
            } else if let Some(at) = &person {
                // "a commander and three of his fighters": the person's side.
                let words: Vec<&Token> = at.iter().map(|&k| &toks[k]).collect();
                group_of(text, &words)
                    .or_else(|| {
                        at.iter()
                            .find_map(|&k| Actors::force_named_at(text, toks, k))
                    })
                    .or_else(|| actors.generic_force(text, &words))
            } else if pronoun {
                actors.antecedent(text, toks, p)
            } else {
                None
            };
            // "Private Mansour was killed and three of his comrades were wounded",
            // "Two soldiers died and three of their comrades were hurt": the side of
            // the one named, else of the people counted before in the sentence — not
            // of the force the pronoun would point back to across sentences.
            // A rank the sentence names before them ("Private Mohammed Mansour, 24, was
            // killed … three of his comrades") is of the article's force.
            let ranked = || {
                toks[..p]
                    .iter()
                    .find(|t| super::lexicon::RANKS.contains(&t.norm))
                    .and_then(|t| actors.generic_force(text, &[t]))
            };
            let fellows = (comrades && !ours && (person.is_some() || pronoun))
                .then(|| {
                    person
                        .as_ref()
                        .and(found)
                        .or_else(|| out.last().and_then(|f: &RawFigure| f.group))
                        .or_else(ranked)
                })
                .flatten();
            // "seized the ship and took its 25 crew members hostage": a ship's people
            // taken, not the captors "its" would point back to ("killing its two crew
            // members" of a Navy jet are its force's).
            let crew = outcomes == [Outcome::Captured]
                && np.iter().any(|&k| {
                    toks[k].norm == "crew" || super::lexicon::is_crew_word(&toks[k].norm)
                });
            if crew {
                group = Some(Group::Other);
            } else if let Some(g) = fellows.or(found.filter(|_| own || ours)) {
                group = Some(g);
            } else if head.is_some_and(|k| is_kin_word(&toks[k].norm))
                // (Kin named as militants are militants: "his two ISIS-affiliated
                // sons".)
                && !np.iter().any(|&k| is_militant_marker(text, &toks[k]))
                && (found == Some(Group::Militants)
                    || person.is_none() && pronoun && actors.targets_militants)
            {
                // "a senior ISIS official and two of his sons", "two of his sons" in a
                // report of a strike on a militant: the target's family.
                group = Some(Group::Other);
            }
        } else if head.is_some_and(|k| {
            is_own_people(&toks[k].norm) || matches!(toks[k].norm.as_str(), "people" | "persons")
        }) {
            // "two members of the group", "fighters of the militia": the body named
            // before, like "its members".
            // "of the mostly Shia paramilitary umbrella group": words that name no
            // side may stand between "the" and the body.
            let phrase = attached_phrase(toks, np_end);
            let of_body = (toks.get(np_end).is_some_and(|t| t.norm == "of")
                && phrase.first().is_some_and(|&k| toks[k].norm == "the"))
            .then(|| {
                phrase
                    .iter()
                    .copied()
                    .take(BODY_MODIFIERS + 2)
                    .skip(1)
                    .take_while(|&k| {
                        toks[k].is_word && Actors::force_named_at(text, toks, k).is_none()
                    })
                    .find(|&k| BODY_NOUNS.contains(&toks[k].norm))
            })
            .flatten()
            // Looked back from before the body's "the".
            .map(|_| phrase[0] + 1);
            if let Some(g) = of_body.and_then(|k| body_antecedent(text, toks, k, actors)) {
                group = Some(g);
            } else if group.is_none_or(|g| g == Group::Other)
                && !actors.targets_militants
                && toks
                    .get(np_end)
                    .is_some_and(|t| t.norm == "of" || t.norm == "from")
                && attached_phrase(toks, np_end)
                    .iter()
                    .any(|&k| is_civilian_word(&toks[k].norm) || is_kin_word(&toks[k].norm))
            {
                // "three members of one family", "eleven men from my family": the
                // people the phrase names.
                group = Some(Group::Civilians);
            }
        }
        let ours = possessor.is_some_and(|p| toks[p].norm == "our");
        if group.is_none()
            && possessor.is_some()
            && !ours
            && actors.targets_militants
            && head.is_some()
        {
            // "one of his aides" in a report of a strike on a militant leader.
            group = Some(Group::Militants);
        }
        // "Insurgents lost 30 fighters": the subject's dead, whatever side a generic
        // noun would otherwise be read as.
        let lost_before = count
            .from
            .checked_sub(1)
            .is_some_and(|k| matches!(toks[k].norm.as_str(), "lost" | "loses" | "losing"));
        if lost_before && possessor.is_none() {
            let sub = suffering_subject(text, toks, count.from, actors);
            // A third state's losses are its own, whatever generic noun counts them
            // ("Britain has lost 52 servicemen"), unless the phrase names the US.
            let us_named = np.iter().any(|&k| {
                matches!(
                    toks[k].norm.as_str(),
                    "us" | "u.s" | "american" | "americans"
                )
            });
            if !stated || sub == Some(Group::Other) && !us_named {
                if let Some(g) = sub {
                    group = Some(g);
                }
            }
        }
        // "US troops took two men prisoner": the captives of a force fighting
        // militants are militants, never the captors' own side.
        if outcomes == [Outcome::Captured]
            && !stated
            && possessor.is_none()
            && taken_prisoner(toks, count.from, np_end)
            && matches!(
                suffering_subject(text, toks, count.from, actors),
                Some(Group::UsForces | Group::PartnerForces)
            )
        {
            group = Some(Group::Militants);
        }
        // "a fourth service member" opening its sentence: one more of the people
        // counted before it, whose group the generic noun does not name.
        let ordinal_first = np.first().is_some_and(|&k| is_ordinal(&toks[k].norm));
        // A group the article's actors gave the generic noun yields to the people
        // counted before ("a second soldier has died" after two Iraqi soldiers).
        if (ordinal || ordinal_first) && !stated && out.is_empty() && possessor.is_none() {
            group = None;
            refers = Refers::OneMore;
        }
        // "the gunmen killed at least 35 more", "2 more were wounded": more of the
        // people counted before, whatever the sentence's agent or the article's force.
        if more.is_some() && possessor.is_none() {
            match out.last() {
                Some(f) => group = f.group,
                None => {
                    group = None;
                    refers = Refers::OneMore;
                }
            }
        }
        if group.is_none() && noun_outcome.is_some() && !hurt_then_dead {
            // "seven injuries to US troops": the group follows the noun.
            if toks
                .get(np_end)
                .is_some_and(|t| t.norm == "to" || t.norm == "among")
            {
                let np2 = phrase_at(text, toks, np_end + 1);
                let np2: Vec<&Token> = np2.words.iter().map(|&k| &toks[k]).collect();
                group = group_of(text, &np2).or_else(|| actors.generic_force(text, &np2));
            }
            if group.is_none() {
                group = suffering_subject(text, toks, count.from, actors);
            }
            if group.is_none() && !anaphoric {
                group = Some(Group::Other);
            }
        } else if group.is_none()
            && head_word == "others"
            && attached_phrase(toks, np_end)
                .iter()
                .any(|&k| is_civilian_word(&toks[k].norm) || is_kin_word(&toks[k].norm))
        {
            // "two others from the same family", "three others of the village": the
            // phrase after "others" names them, unless they are a militant's kin.
            let militant = out
                .last()
                .is_some_and(|f| f.group == Some(Group::Militants));
            group = Some(if militant {
                Group::Other
            } else {
                Group::Civilians
            });
        } else if group.is_none() && others && refers != Refers::OneMore {
            // "two others" inherits the group of the figure before it, or of the
            // people the sentence named before it, or (asked of the caller) of the
            // article's figure before it.
            group = if in_list {
                Some(Group::Other)
            } else if let Some(f) = out.last().filter(|f| f.group.is_some() || ordinal) {
                // "a third" is one more of the very people ("two civilians … a third").
                Some(f.group.map_or(Group::Other, |g| {
                    if ordinal || civilians_counted(text, f) {
                        g
                    } else {
                        others_of(g)
                    }
                }))
            } else if out.last().is_some() {
                // "Three more were killed …, and four others were wounded": others of
                // a figure whose group the caller finds ("three more" of the article's
                // fighters), so the caller finds theirs too.
                refers = Refers::Others;
                None
            } else if let Some(g) = (!hurt_then_dead)
                .then(|| earlier_group(text, toks, count.from, actors))
                .flatten()
            {
                Some(g)
            } else {
                // "eight of the wounded had died": the hurt the article counted.
                refers = Refers::Others;
                None
            };
        } else if group.is_none() && np.is_empty() {
            // "… and five wounded", and a headline's "Two soldiers killed, five hurt".
            let after_and = count.from.checked_sub(1).is_some_and(|k| {
                toks[k].norm == "and"
                    || toks[k].is_punct(',')
                        && k.checked_sub(1)
                            .is_some_and(|p| outcome_word(&toks[p].norm).is_some())
            });
            let lead: Vec<&Token> = toks[count.from.saturating_sub(6)..count.from]
                .iter()
                .collect();
            let aimed = aimed_in_clause(&mut context, text, toks, count.from, actors);
            let militants_counted = out.iter().any(|f| f.group == Some(Group::Militants));
            // "killing three soldiers and wounding four", "killed 31 operatives and
            // detained more than 70": a second verb's bare object is of the people
            // the first one counted — a plural noun it leaves out ("killed one
            // militant and injured 18" names no people for the 18).
            let second_verb = verb_just_before.is_some()
                && word_before(toks, count.from)
                    .and_then(|v| word_before(toks, v))
                    .is_some_and(|k| toks[k].norm == "and");
            // One of a force hit with others ("killed one Peshmerga fighter and
            // wounded three") names the force's people too; one militant does not
            // ("killed one militant and injured 18": whoever stood near).
            let named_before = out
                .last()
                .filter(|f| {
                    f.who.is_some()
                        && (f.count > 1
                            || matches!(f.group, Some(Group::PartnerForces | Group::UsForces)))
                })
                .and_then(|f| f.group)
                .filter(|&g| g != Group::Other);
            group = if let Some(g) = ranks_group(text, toks, count.from, actors) {
                // "ten dead … among its ranks": the force whose ranks they are.
                Some(g)
            } else if let Some(g) = toll_group(text, toks, count.from, actors) {
                Some(g)
            } else if after_and && headless_outcome && !out.is_empty() {
                // "Two soldiers were killed and five wounded": the same people; after
                // a bare count that restates the article's ("Thirteen were killed and
                // three wounded"), restated the same way.
                let last = out.last();
                if last.is_some_and(|f| f.group.is_none() && f.refers == Refers::Restated) {
                    refers = Refers::Restated;
                }
                last.and_then(|f| f.group)
            } else if let Some(g) = named_before.filter(|_| second_verb) {
                Some(g)
            } else if headless_outcome && lead.iter().any(|t| is_militant_marker(text, t)) {
                // "Daesh terrorists among 37 killed": the group stands before the number.
                Some(Group::Militants)
            } else if same {
                refers = Refers::Same;
                None
            } else if toll.is_some() {
                // "the death toll rose to 40": the dead the article already counted.
                refers = Refers::Restated;
                None
            } else if aimed && !militants_counted && verb_before.is_some() {
                // "a raid on a militant hideout that killed 15": the raid's dead.
                Some(Group::Militants)
            } else if let Some(g) = suffered
                .then(|| suffering_subject(text, toks, count.from, actors))
                .flatten()
            {
                // "US forces suffered 11 wounded".
                Some(g)
            } else if headless_outcome
                && opens_clause(toks, count.from)
                && toks[np_end.min(toks.len())..]
                    .iter()
                    .find(|t| t.is_word && !is_adverb(&t.norm) && t.norm != "later")
                    .is_some_and(|t| {
                        AUXILIARIES.contains(&t.norm)
                            || is_dying(&t.norm)
                            || matches!(t.norm.as_str(), "suffered" | "sustained" | "incurred")
                    })
            {
                // "Officials said at least 34 were injured", "yes, two died at the
                // scene", "Two sustained shrapnel wounds": the article's casualties.
                refers = Refers::Restated;
                None
            } else {
                Some(Group::Other)
            };
        } else if group.is_none() {
            let people = matches!(
                head_word,
                "suspects"
                    | "people"
                    | "persons"
                    | "individuals"
                    | "person"
                    | "individual"
                    | "leaders"
                    | "leader"
                    | "commanders"
                    | "men"
                    | "man"
            );
            let aimed = aimed_in_clause(&mut context, text, toks, count.from, actors);
            let sufferer = suffered
                .then(|| suffering_subject(text, toks, count.from, actors))
                .flatten();
            group = Some(if let Some(g) = sufferer {
                // "Kurdish forces lost 4 men".
                g
            } else if people
                && aimed
                && !fought_in_clause(text, toks, count.from)
                // "a UK service person", "two Italian men": a foreign nation's people.
                && !np
                    .iter()
                    .any(|&k| crate::extract::actors::is_foreign_nation(&toks[k].norm))
                && (outcomes.iter().all(|&o| o == Outcome::Killed)
                    || toks.iter().any(|t| is_strike_word(&t.norm)))
                && !told_apart(toks)
            {
                // A sentence that names no strike counts only the dead as the
                // operation's ("four individuals were killed"); the hurt may be anyone's.
                from_context = true;
                Group::Militants
            } else if outcomes.contains(&Outcome::Captured)
                && (matches!(head_word, "suspects" | "suspect")
                    || people && np.iter().any(|&k| toks[k].norm == "wanted"))
                && actors.militants_named
            {
                // "Eleven suspects were rounded up", "12 wanted persons arrested" in a
                // report of a militant attack or an operation on militants.
                Group::Militants
            } else {
                Group::Other
            });
        }
        if outcomes.contains(&Outcome::Captured) && suspected_of_militancy(text, toks, np_end) {
            // "three men suspected of belonging to ISIS", "two women accused of links
            // to al-Shabaab": held as militants, whoever the noun says they are.
            group = Some(Group::Militants);
        }
        let pointed_back = np_start > 0
            && toks[np_start - 1].norm != "their"
            && toks.get(i + 1).is_some_and(|t| t.norm == "of")
            && matches!(toks[np_start - 1].norm.as_str(), "those" | "these" | "the")
            // "the two men": a count after the demonstrative.
            || anaphoric && toks[i].is_word;
        if let Some(g) = actors.recalled.filter(|_| pointed_back) {
            // "two of those fighters": the people the article named before.
            group = Some(g);
        }
        if them {
            // "them" are the force the sentence (or the one before) named last, else
            // the people the clause before counted ("Three were wounded, and one of
            // them died").
            // (Or the people the sentence before counted, when it opens on "Five of
            // them": `actors.recalled`.)
            if let Some(g) = actors
                .recalled
                .or_else(|| actors.antecedent(text, toks, count.from.min(i + 2)))
            {
                group = Some(g);
            } else if let Some(before) = out.last() {
                match before.group {
                    Some(g) => group = Some(g),
                    None if before.refers == Refers::Restated => refers = Refers::Restated,
                    None => {}
                }
            }
        }
        // "a military working dog": an animal keeps no side, whoever's it is.
        let animal = phrase
            .words
            .last()
            .is_some_and(|&k| super::lexicon::is_animal(&toks[k].norm));
        if single_head.is_some() && matches!(group, None | Some(Group::Other)) && !animal {
            // "an Iraqi army captain", "a Navy corpsman": a noun the lexicon does not
            // know takes the force its modifiers name.
            if let Some(g) = modifier_force(text, toks, &phrase.words, actors) {
                group = Some(g);
            }
        }
        if matches!(group, None | Some(Group::Other)) && !others && !animal {
            // "two American heroes", "four Iraqi recruits": a noun that gives its
            // people no side of its own takes the side its nationality names, when
            // that is the article's force (or an armed group).
            // The phrase's last word is its head even when an earlier word is a
            // noun of people the lexicon knows ("American" of "American heroes").
            let last = phrase.words.last().copied().filter(|&k| {
                head.is_some()
                    && (toks[k].raw(text).starts_with(|c: char| c.is_lowercase())
                        || force_modified(text, toks, &phrase.words))
            });
            if let Some(g) = last
                .or(head)
                .filter(|&k| sideless_noun(&toks[k].norm) || service_member(toks, &phrase.words, k))
                .and_then(|k| nation_force(text, toks, &phrase.words, k, actors))
            {
                group = Some(g);
            }
        }
        if !stated
            && possessor.is_none()
            && matches!(group, None | Some(Group::Other | Group::PartnerForces))
            && (np.is_empty()
                || head.is_some_and(|k| {
                    is_generic_military(&toks[k].norm)
                        || toks[k].norm == "members" && k > 0 && toks[k - 1].norm == "service"
                }))
            && us_military_reports(toks, count.from)
        {
            // "the Pentagon said five soldiers had been hurt": its own soldiers.
            group = Some(Group::UsForces);
        }
        // "The number of people detained has risen to seven", "Three arrested", "two men
        // had been captured alive" in a report of an operation against militants: the
        // people it holds are the suspects it hunts.
        if matches!(group, None | Some(Group::Other))
            && matches!(refers, Refers::Stated | Refers::Restated)
            && outcomes == [Outcome::Captured]
            && actors.targets_militants
            && (np.is_empty() && possessor.is_none()
                || toks[count.from.saturating_sub(8)..np_end.min(toks.len())]
                    .iter()
                    .any(|t| {
                        matches!(
                            t.norm.as_str(),
                            "people" | "persons" | "individuals" | "suspects" | "men"
                        )
                    }))
        {
            group = Some(Group::Militants);
            refers = Refers::Stated;
        }
        if group.is_none() && anaphoric {
            refers = Refers::Anaphor;
        }
        let start = toks[count.from].range.start;
        let end = toks[outcome_end
            .max(np_end.saturating_sub(1))
            .min(toks.len() - 1)]
        .range
        .end;
        let note = if others {
            outcome_after(text, toks, np_end).and_then(|(_, k)| cause_note(text, toks, k))
        } else {
            None
        };
        previous = Some(Previous {
            // Past a phrase naming where they are from: "two from the village and …".
            np_end: attached_phrase(toks, np_end)
                .last()
                .map_or(np_end, |&k| k + 1),
            outcomes: outcomes.clone(),
            governed,
        });
        // A subset of the same group goes into its parent's note.
        if let (true, Some(p)) = (in_list, parent) {
            if stated && group != Some(Group::Other) && by_context.contains(&p) {
                // "40 people, including 11 Hezbollah fighters", "five people, among
                // them a teenager": a subset that names its group says the people
                // were not all of it; they are mixed.
                out[p].group = Some(Group::Other);
                by_context.retain(|&k| k != p);
            }
            // "ten personnel - four Jordanians and six Americans": parts of other
            // sides than the whole's make it mixed, and each is a figure of its own.
            // A people named in a breakdown of troops are their nation's troops.
            if let Some(g) = head
                .filter(|_| breakdown.is_some())
                .and_then(|k| demonym_force(&toks[k].norm))
            {
                group = Some(g);
            }
            // (A part that names no side, "three officers and two privates", is of
            // the whole's.)
            if breakdown.is_some()
                && (stated || !matches!(group, None | Some(Group::Other)))
                && group.is_some_and(|g| out[p].group != Some(g))
            {
                out[p].group = Some(Group::Other);
                by_context.retain(|&k| k != p);
            }
            // Under a whole of no named side, a part of the side the whole was given
            // is kept as a part (dropped if the whole stays of its side).
            if breakdown == Some(false) {
                subset = true;
            }
            // "five soldiers, among them a first lieutenant": a rank with no side of
            // its own is one of the force it is listed under.
            let rank = (matches!(group, None | Some(Group::Other)) || !stated)
                && matches!(
                    out[p].group,
                    Some(Group::UsForces | Group::PartnerForces | Group::Militants)
                )
                && phrase.words.iter().any(|&k| RANKS.contains(&toks[k].norm));
            // "nine fighters …, including two Iraqi nationals and a local commander":
            // under militants, people of no side or a rank are militants too.
            let of_militants = out[p].group == Some(Group::Militants)
                && (group == Some(Group::Other)
                    || group != Some(Group::Civilians)
                        && group != Some(Group::UsForces)
                        && phrase.words.iter().any(|&k| RANKS.contains(&toks[k].norm)));
            let sideless_part =
                breakdown == Some(true) && !stated && matches!(group, None | Some(Group::Other));
            if (out[p].group == group || rank || of_militants || sideless_part)
                && breakdown != Some(false)
            {
                let from = including_at.map_or(start, |at| toks[at].range.start);
                let phrase = text[from..end].to_string();
                let note = out[p].note.take();
                out[p].note = Some(match note {
                    Some(n) => format!("{n}; {phrase}"),
                    None => phrase,
                });
                continue;
            }
        }
        // "one of our fighters was martyred and two other fighters were wounded": more
        // people of the noun just counted, or soldiers after soldiers, are of its
        // side.
        // Likewise "a second soldier has died".
        if let Some(h) = head.filter(|&h| {
            h > 0
                && np
                    .iter()
                    .any(|&k| toks[k].norm == "other" || is_ordinal(&toks[k].norm))
        }) {
            // "three US Army reservists … and 40 other service members": soldiers of
            // any noun are the same kind of people.
            let military = |w: &str| is_generic_military(w) || RANKS.contains(w) || w == "members";
            let head = singular(&toks[h].norm);
            let same_noun = out.iter().rev().find(|e| {
                who_noun(text, e.who.as_ref()).is_some_and(|w| {
                    w == head
                        || military(&w)
                            && military(&toks[h].norm)
                            && matches!(e.group, Some(Group::UsForces | Group::PartnerForces))
                })
            });
            if let Some(e) = same_noun.filter(|e| e.group.is_some()) {
                group = e.group;
            }
        }
        if refers == Refers::OneMore && out.is_empty() {
            // Still no one of the sentence named their group: the caller's figure
            // before it does.
            group = None;
        }
        for outcome in outcomes {
            if from_context {
                by_context.push(out.len());
            }
            out.push(RawFigure {
                range: start..end,
                group,
                outcome,
                count: count.value,
                qualifier: count.qualifier,
                note: note.clone(),
                refers,
                who: who.clone(),
                subset,
            });
        }
    }
    headline_singulars(text, toks, actors, &mut out);
    // "two IS targets, a planner and a facilitator, were killed": the people a list
    // renames are the count's.
    if !out.is_empty() && toks.iter().any(|t| t.is_punct(',')) {
        let lists: Vec<Range<usize>> = (0..toks.len())
            .filter(|&k| toks[k].is_punct(','))
            .filter_map(|k| renaming_list(toks, k))
            .map(|r| toks[r.start].range.start..toks[r.end].range.start)
            .collect();
        out.retain(|f| !lists.iter().any(|r| r.contains(&f.range.start)));
    }
    // "In 2018, a Turkish airstrike killed Zaki Shingali": who is counted is never an
    // attack; a strike, raid or bomb that kills is the agent, not one of the dead.
    out.retain(|f| {
        !f.who.as_ref().is_some_and(|w| {
            toks.iter()
                .rev()
                .find(|t| t.is_word && t.range.end <= w.end)
                .is_some_and(|t| {
                    t.range.start >= w.start
                        && crate::extract::events::kind::is_incident_noun(&t.norm)
                        // "two bombers": people who attack are people.
                        && !is_person_head(&t.norm)
                        && !t.norm.ends_with("er")
                        && !t.norm.ends_with("ers")
                })
        })
    });
    listed_with_civilians(text, toks, &mut out);
    mixed_by_uncounted_list(text, toks, &mut out);
    out
}

/// How many tokens a list renaming a count may run ([`renaming_list`]).
const RENAMING_REACH: usize = 14;

/// The tokens of a list between commas right after a counted phrase ending at token
/// `end` that renames its people one by one before their predicate: "two IS targets,
/// a planner and a facilitator, were killed", "three soldiers, a sergeant and two
/// privates, were wounded". Its people are the count's, no figures of their own.
fn renaming_list(toks: &[Token], end: usize) -> Option<Range<usize>> {
    let opener = toks.get(end + 1)?;
    if !toks.get(end)?.is_punct(',')
        || !(matches!(opener.norm.as_str(), "a" | "an") || opener.count.is_some_and(|n| n > 0))
    {
        return None;
    }
    let close = (end + 2..toks.len().min(end + RENAMING_REACH))
        .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
        .find(|&k| toks[k].is_punct(','))?;
    let listed = toks[end + 1..close].iter().any(|t| t.norm == "and");
    let predicate = toks
        .get(close + 1)
        .is_some_and(|t| AUXILIARIES.contains(&t.norm) || is_dying(&t.norm));
    (listed && predicate).then_some(end..close)
}

/// Most conjuncts of an uncounted list read after a counted phrase.
const LIST_CONJUNCTS: usize = 3;

/// Most words of one conjunct of such a list ("tribal fighters", "members of the
/// police").
const CONJUNCT_WORDS: usize = 4;

/// "some 500 ISF members, tribal fighters and civilians", "30 civilians and
/// soldiers": one count over a list of people of different sides, the later ones
/// with no count of their own, counts people of mixed sides, which the guidelines
/// file as other.
fn mixed_by_uncounted_list(text: &str, toks: &[Token], out: &mut [RawFigure]) {
    for f in out.iter_mut() {
        let (Some(g), Some(who)) = (f.group, f.who.as_ref()) else {
            continue;
        };
        if g == Group::Other {
            continue;
        }
        let mut k = toks.partition_point(|t| t.range.start < who.end);
        // Whether a conjunct names another side, and whether the list closes with
        // "and" (a comma alone may open a clause: ", when gunmen attacked").
        let (mut other_side, mut closed) = (false, false);
        for _ in 0..LIST_CONJUNCTS {
            // A comma or "and" (or both) opens the next conjunct.
            let mut joined = false;
            while toks
                .get(k)
                .is_some_and(|t| t.is_punct(',') || t.norm == "and")
            {
                joined = true;
                closed |= toks[k].norm == "and";
                k += 1;
            }
            // A conjunct with its own count ("a contractor", "three soldiers") is a
            // figure of its own; a clause's opener ends the list.
            if !joined
                || toks.get(k).is_none_or(|t| {
                    t.count.is_some()
                        || matches!(t.norm.as_str(), "a" | "an" | "one" | "another" | "when")
                        || CLAUSE_STOP.contains(&t.norm)
                })
            {
                break;
            }
            let words: Vec<&Token> = toks[k..]
                .iter()
                .take(CONJUNCT_WORDS)
                .take_while(|t| t.is_word && t.norm != "and" && t.count.is_none())
                .collect();
            let Some(head) = words.iter().position(|t| is_person_head(&t.norm)) else {
                break;
            };
            other_side |= group_of(text, &words[..=head]).is_some_and(|h| h != g);
            k += head + 1;
        }
        if other_side && closed {
            f.group = Some(Group::Other);
        }
    }
}

/// Nouns of people that name no side ("a man", "two people"): listed with civilians,
/// they are of them.
const SIDELESS_PEOPLE: WordSet<5> = WordSet::new(["man", "men", "person", "persons", "people"]);

/// "The dead were 18 women and a man", "14 women and one man": people of no side
/// listed right after civilians (only "and" or a comma between) are civilians too.
fn listed_with_civilians(text: &str, toks: &[Token], out: &mut [RawFigure]) {
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let (prev, f) = (&before[k - 1], &mut rest[0]);
        if prev.group != Some(Group::Civilians)
            || !matches!(f.group, None | Some(Group::Other))
            || prev.outcome != f.outcome
        {
            continue;
        }
        let (Some(pw), Some(fw)) = (&prev.who, &f.who) else {
            continue;
        };
        let sideless = toks
            .iter()
            .rev()
            .find(|t| t.is_word && t.range.end <= fw.end)
            .is_some_and(|t| t.range.start >= fw.start && SIDELESS_PEOPLE.contains(&t.norm));
        // Only "and" or a comma, and the new count, between the two.
        // (Ranges that overlap or run backwards list nothing.)
        let Some(between) = text.get(pw.end..fw.start) else {
            continue;
        };
        let joined = between
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .all(|w| {
                let w = w.to_ascii_lowercase();
                w == "and"
                    || w == "a"
                    || w == "an"
                    || crate::extract::numbers::parse_count(&w).is_some()
            });
        if sideless && joined {
            f.group = Some(Group::Civilians);
        }
    }
}

/// The most tokens a sentence read as a headline has.
const MAX_HEADLINE_TOKENS: usize = 24;

/// A headline in title case names a single victim without an article: "Rocket Attack
/// Kills One Contractor And Wounds US Serviceman", "Bomb Wounds Marine". The object of
/// a capitalised outcome verb, all capitalised, with a singular head, counts one.
fn headline_singulars(text: &str, toks: &[Token], actors: &Actors, out: &mut Vec<RawFigure>) {
    // Headlines are short: a long sentence is passed over at once.
    if toks.len() > MAX_HEADLINE_TOKENS {
        return;
    }
    let capital = |t: &Token| t.is_word && t.starts_ascii_upper(text);
    for v in 1..toks.len() {
        if !capital(&toks[v]) || !capital(&toks[v - 1]) {
            continue;
        }
        let Some(outcome) = outcome_verb_before(&toks[v].norm) else {
            continue;
        };
        let np = phrase_at(text, toks, v + 1);
        let Some(head) = np.head else {
            continue;
        };
        let bare = np
            .words
            .iter()
            .all(|&k| capital(&toks[k]) && toks[k].count.is_none());
        let singular = is_person_head(&toks[head].norm)
            && outcome_noun(&toks[head].norm).is_none()
            && !toks[head].norm.ends_with('s')
            && !matches!(toks[head].norm.as_str(), "people" | "police" | "personnel");
        if !bare || !singular {
            continue;
        }
        let words: Vec<&Token> = np.words.iter().map(|&k| &toks[k]).collect();
        let group = phrase_group(text, toks, &words, np.end, actors).unwrap_or(Group::Other);
        let who = np
            .words
            .first()
            .map(|&k| toks[k].range.start..toks[head].range.end);
        out.push(RawFigure {
            range: toks[v].range.start..toks[head].range.end,
            group: Some(group),
            outcome,
            count: 1,
            qualifier: Qualifier::Exact,
            note: None,
            refers: Refers::Stated,
            who,
            subset: false,
        });
    }
    headline_subjects(text, toks, actors, out);
    out.sort_by_key(|f| f.range.start);
}

/// A title-case headline's bare singular subject of an outcome: "American Contractor
/// Killed", "Marine Wounded In Blast". All capitalised, no count, no article.
fn headline_subjects(text: &str, toks: &[Token], actors: &Actors, out: &mut Vec<RawFigure>) {
    let capital = |t: &Token| t.is_word && t.starts_ascii_upper(text);
    // A sentence-case headline opens on its subject: "U.S. service member killed,
    // three injured in …" (after a kicker's colon, if any).
    let opening = usize::from(toks.first().is_some_and(|t| t.norm == "\""));
    let first = (0..toks.len().min(KICKER_WORDS + 1))
        .find(|&k| toks[k].norm == ":" && kicker_before(text, toks, k))
        .map_or(opening, |k| k + 1);
    for v in 1..toks.len() {
        let title_case = capital(&toks[v]) && capital(&toks[v - 1]);
        let sentence_case = !title_case
            && v > first
            && v - first <= 4
            && toks.get(first).is_some_and(&capital)
            && toks[first..v]
                .iter()
                .all(|t| t.is_word && t.count.is_none())
            && headline_participle_at(toks, v);
        if !title_case && !sentence_case {
            continue;
        }
        let Some(outcome) = outcome_word(&toks[v].norm) else {
            continue;
        };
        // A participle or "dead": "Killed", "Wounded", "Hurt" (not "Kills"); or the
        // subject's own death ("Second soldier dies of wounds").
        let participle =
            toks[v].norm.ends_with('d') || toks[v].norm == "hurt" || toks[v].norm == "dies";
        let head = v - 1;
        let w = toks[head].norm.as_str();
        let singular = is_person_head(w)
            && outcome_noun(w).is_none()
            && !w.ends_with('s')
            && !w.ends_with("men")
            && !matches!(w, "people" | "police" | "personnel" | "children");
        if !singular || !participle {
            continue;
        }
        // The subject: capitalised words back to the start or a punctuation mark (in
        // sentence case, the words from the sentence's start).
        let mut start = head;
        if sentence_case {
            start = first;
        }
        while start > 0 && capital(&toks[start - 1]) && head - start < 3 {
            start -= 1;
        }
        let opens = start == 0 || !toks[start - 1].is_word;
        let counted = toks[start..=head].iter().any(|t| t.count.is_some())
            || matches!(toks[start].norm.as_str(), "a" | "an" | "the");
        if !opens || counted {
            continue;
        }
        let words: Vec<&Token> = toks[start..=head].iter().collect();
        let group = phrase_group(text, toks, &words, head + 1, actors).unwrap_or(Group::Other);
        // "Second soldier martyred": one more of the people counted before, whose
        // group a generic noun does not name.
        let one_more = is_ordinal(&toks[start].norm) && group == Group::Other;
        // "…killed, three injured": the bare count listed after it is of its people.
        if toks.get(v + 1).is_some_and(|t| t.is_punct(',')) {
            if let Some(next) = toks.get(v + 2).filter(|t| t.count.is_some()) {
                for f in out.iter_mut() {
                    if f.range.start == next.range.start
                        && f.who.is_none()
                        && f.group == Some(Group::Other)
                    {
                        f.group = Some(group);
                    }
                }
            }
        }
        out.push(RawFigure {
            range: toks[start].range.start..toks[v].range.end,
            group: (!one_more).then_some(group),
            outcome,
            count: 1,
            qualifier: Qualifier::Exact,
            note: None,
            refers: if one_more {
                Refers::OneMore
            } else {
                Refers::Stated
            },
            who: Some(toks[start].range.start..toks[head].range.end),
            subset: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    /// (group, outcome, count, qualifier) of every figure.
    type Row = (Option<Group>, Outcome, u32, Qualifier);

    fn check(input: &str, expected: &[Row]) {
        let toks = tokenize(input, 0..input.len());
        let got: Vec<Row> = figures(input, &toks)
            .into_iter()
            .map(|f| (f.group, f.outcome, f.count, f.qualifier))
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    use Group::*;
    use Outcome::*;
    use Qualifier::*;

    #[test]
    fn forces_named_by_their_own_names_are_their_sides() {
        for (input, group) in [
            (
                "Two SFA fighters were injured in the drone attack.",
                PartnerForces,
            ),
            (
                "The blast wounded four Maghawir commandos at the garrison.",
                PartnerForces,
            ),
            (
                "The strike killed three Nujaba fighters near the border.",
                Militants,
            ),
            ("Five al-Nujaba militiamen died in the raid.", Militants),
            (
                "Militants killed six Peshmerga fighters overnight.",
                PartnerForces,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Option<Group>> =
                figures(input, &toks).into_iter().map(|f| f.group).collect();
            assert_eq!(got, [Some(group)], "{input}");
        }
    }

    #[test]
    fn holidaymakers_and_those_who_tend_the_sick_are_civilians_and_so_are_others_beside_them() {
        for (input, expected) in [
            (
                "Shelling of a resort killed at least eight tourists and wounded 23 others.",
                vec![
                    (Some(Civilians), Killed, 8, AtLeast),
                    (Some(Civilians), Injured, 23, Exact),
                ],
            ),
            (
                "A strike on the clinic killed a nurse and two doctors.",
                vec![
                    (Some(Civilians), Killed, 1, Exact),
                    (Some(Civilians), Killed, 2, Exact),
                ],
            ),
            (
                "Four holidaymakers died when the boat was hit, and nine others were hurt.",
                vec![
                    (Some(Civilians), Killed, 4, Exact),
                    (Some(Civilians), Injured, 9, Exact),
                ],
            ),
            (
                "Three paramedics were wounded as they reached the site.",
                vec![(Some(Civilians), Injured, 3, Exact)],
            ),
            (
                "The blast killed five villagers and injured 12 others.",
                vec![
                    (Some(Civilians), Killed, 5, Exact),
                    (Some(Civilians), Injured, 12, Exact),
                ],
            ),
        ] {
            check(input, &expected);
        }
        // A service names its own medics: no civilians.
        let input = "Two army doctors were wounded in the attack.";
        let toks = tokenize(input, 0..input.len());
        assert!(
            figures(input, &toks)
                .iter()
                .all(|f| f.group != Some(Civilians)),
            "{input}"
        );
    }

    #[test]
    fn a_strike_that_kills_is_no_one_counted() {
        for input in [
            "In 2018, a Turkish airstrike killed senior PKK leader Zaki Shingali.",
            "On Feb. 10, a raid killed Ibrahim al-Qahtani, an IS official.",
            "Last year, a roadside bomb killed Sergeant Omar Hadi near the base.",
            "In May, an ambush killed the district governor.",
            "On Sunday, a drone strike killed militia commander Abu Ali.",
        ] {
            let toks = tokenize(input, 0..input.len());
            assert_eq!(figures(input, &toks), [], "{input}");
        }
        // Attackers are people: "two bombers" are counted.
        let input = "Two suicide bombers were killed at the gate.";
        let toks = tokenize(input, 0..input.len());
        let got: Vec<u32> = figures(input, &toks).iter().map(|f| f.count).collect();
        assert_eq!(got, [2], "{input}");
    }

    #[test]
    fn verbs_of_slaughter_and_capture_in_every_form() {
        check(
            "Gunmen slaughter 11 Iraqi soldiers at remote outpost",
            &[(Some(PartnerForces), Killed, 11, Exact)],
        );
        check(
            "Militants slaughtered six shepherds near the village.",
            &[(Some(Civilians), Killed, 6, Exact)],
        );
        check(
            "Kurdish forces detain 40 ISIS suspects in dawn sweep",
            &[(Some(Militants), Captured, 40, Exact)],
        );
        check(
            "Iraqi police arrest 3 IS operatives in Mosul",
            &[(Some(Militants), Captured, 3, Exact)],
        );
        check(
            "Some 110 ISIS inmates who fled had been recaptured by Sunday.",
            &[(Some(Militants), Captured, 110, About)],
        );
    }

    #[test]
    fn a_number_of_people_counts_them_not_the_agent_of_their_harm() {
        check(
            "The number of civilians killed in the attack by ISIS fighters has risen to 40.",
            &[(Some(Civilians), Killed, 40, Exact)],
        );
        check(
            "The number of children wounded by militant shelling in the town rose to 14.",
            &[(Some(Civilians), Injured, 14, Exact)],
        );
        check(
            "The number of Iraqi soldiers killed on the road near Tikrit by al-Qaeda insurgents stood at 21.",
            &[(Some(PartnerForces), Killed, 21, Exact)],
        );
        check(
            "The number of U.S. troops injured in the Iranian missile strike by the IRGC has climbed to 109.",
            &[(Some(UsForces), Injured, 109, Exact)],
        );
        check(
            "The number of villagers killed during the raid by jihadists reached 30.",
            &[(Some(Civilians), Killed, 30, Exact)],
        );
    }

    #[test]
    fn people_set_free_are_no_casualties() {
        for input in [
            "Six women who had been chained and tortured were freed, some of whom had been abducted as children.",
            "Four hostages were released on Sunday after being kidnapped in March.",
            "Troops said 12 captives were rescued, though several had been beaten.",
            "Nine Yazidi girls were liberated from a house where they had been held and abused.",
            "Eight fishermen were freed after two weeks in which they were beaten.",
        ] {
            check(input, &[]);
        }
        // A harm told before the release is still told.
        check(
            "Two soldiers who had been captured were freed in a swap.",
            &[(Some(Other), Captured, 2, Exact)],
        );
        check(
            "Two soldiers wounded in the blast were released from hospital.",
            &[(Some(Other), Injured, 2, Exact)],
        );
    }

    #[test]
    fn a_headlines_present_of_massacre_and_murder_kills() {
        for (input, n) in [
            (
                "ISIS fanatics massacre 37 in desert ambush on bus carrying troops home",
                37,
            ),
            ("Jihadists butcher 12 villagers in night raid", 12),
            ("Gunmen execute five shepherds near Palmyra", 5),
            ("Militants assassinate two judges in Mosul", 2),
            ("Cell leaders murder 3 farmers over unpaid tax", 3),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures(input, &toks)
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got, [(Killed, n)], "{input}");
        }
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_is_stepped_over() {
        for (input, outcome, n) in [
            (
                "Two contractors, which the company employed, were wounded in the blast.",
                Injured,
                2,
            ),
            (
                "Seventeen soldiers, who had been guarding the convoy, were among the dead.",
                Killed,
                17,
            ),
            (
                "Nine guards, who had worked at the prison for years, were killed.",
                Killed,
                9,
            ),
            (
                "Three civilians, who were travelling to Homs, have died.",
                Killed,
                3,
            ),
            (
                "Five police officers, who had rushed to the scene, were hurt.",
                Injured,
                5,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures(input, &toks)
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got, [(outcome, n)], "{input}");
        }
    }

    #[test]
    fn a_rank_among_a_set_counts_no_one() {
        for input in [
            "A drone killed Maher al-Agal, one of the group's top five leaders.",
            "The raid killed a man described as one of its top 10 commanders.",
            "He was among the three most senior officials killed.",
            "Troops captured one of the top two planners of the cell.",
            "The strike wounded a leader ranked among the group's top four.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let counts: Vec<u32> = figures(input, &toks).into_iter().map(|f| f.count).collect();
            assert!(!counts.iter().any(|&c| c > 1), "{input}: {counts:?}");
        }
        check(
            "The top commander and 12 fighters were killed.",
            &[(Some(Militants), Killed, 12, Exact)],
        );
    }

    #[test]
    fn a_count_of_households_counts_no_one() {
        for (input, outcome, n) in [
            (
                "27 members of one family were killed in the strike.",
                Killed,
                27,
            ),
            (
                "Survivors say 11 members of one household died when the bomb hit.",
                Killed,
                11,
            ),
            (
                "Eight people from two families were wounded by the shell.",
                Injured,
                8,
            ),
            (
                "The raid killed nine relatives of a single family.",
                Killed,
                9,
            ),
            (
                "Shelling killed twelve men from three clans near the river.",
                Killed,
                12,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let rows: Vec<Row> = figures(input, &toks)
                .into_iter()
                .map(|f| (f.group, f.outcome, f.count, f.qualifier))
                .collect();
            assert_eq!(rows.len(), 1, "{input}: {rows:?}");
            assert_eq!((rows[0].1, rows[0].2), (outcome, n), "{input}");
        }
    }

    #[test]
    fn people_at_civilian_work_are_civilians() {
        for (input, count) in [
            (
                "Suspected IS attack kills at least 26 truffle hunters in central Syria",
                26,
            ),
            (
                "Militants shot dead 9 farm labourers picking cotton near Hawija.",
                9,
            ),
            (
                "Four melon vendors were wounded when their stalls were shelled.",
                4,
            ),
            (
                "A car bomb in the market killed seven traders and wounded a vendor.",
                7,
            ),
            (
                "Two journalists were killed covering the battle for Mosul.",
                2,
            ),
            (
                "Gunmen executed eleven nomads and their herds in the Badia.",
                11,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let rows: Vec<Row> = figures(input, &toks)
                .into_iter()
                .map(|f| (f.group, f.outcome, f.count, f.qualifier))
                .collect();
            assert!(
                rows.iter().any(|r| r.0 == Some(Civilians) && r.2 == count),
                "{input}: {rows:?}"
            );
        }
        check(
            "One journalist died and a truffle hunter was hurt in the blast.",
            &[
                (Some(Civilians), Killed, 1, Exact),
                (Some(Civilians), Injured, 1, Exact),
            ],
        );
    }

    #[test]
    fn a_listed_count_keeps_its_place_in_the_list_when_the_next_one_is_qualified() {
        check(
            "Twelve Iraqi soldiers and at least 30 villagers were killed on Monday.",
            &[
                (Some(PartnerForces), Killed, 12, Exact),
                (Some(Civilians), Killed, 30, AtLeast),
            ],
        );
        check(
            "3 Kurdish fighters and more than 20 civilians died in the shelling.",
            &[
                (Some(PartnerForces), Killed, 3, Exact),
                (Some(Civilians), Killed, 20, MoreThan),
            ],
        );
        check(
            "Eleven US troops and about forty Afghan women were wounded.",
            &[
                (Some(UsForces), Injured, 11, Exact),
                (Some(Civilians), Injured, 40, About),
            ],
        );
        check(
            "Two Iraqi soldiers, nearly 15 children and up to 9 shepherds were hurt.",
            &[
                (Some(PartnerForces), Injured, 2, Exact),
                (Some(Civilians), Injured, 15, About),
                (Some(Civilians), Injured, 9, UpTo),
            ],
        );
        check(
            "Ambush: 6 Iraqi policemen and at least 4 farmers slain near Hawija",
            &[
                (Some(PartnerForces), Killed, 6, Exact),
                (Some(Civilians), Killed, 4, AtLeast),
            ],
        );
    }

    #[test]
    fn a_toll_gone_past_a_figure_or_put_as_high_as_it_qualifies_it() {
        check(
            "The death toll climbed past 200 on Tuesday.",
            &[(None, Killed, 200, MoreThan)],
        );
        check(
            "By nightfall the number of dead had risen past 75.",
            &[(None, Killed, 75, MoreThan)],
        );
        check(
            "Rescue workers put the number of dead as high as 240.",
            &[(None, Killed, 240, UpTo)],
        );
        check(
            "Local officials said as high as 60 civilians may have been killed.",
            &[(Some(Civilians), Killed, 60, UpTo)],
        );
        check(
            "The number of wounded rose past 100 overnight.",
            &[(None, Injured, 100, MoreThan)],
        );
    }

    #[test]
    fn lives_a_happening_claimed_cost_or_took_are_its_dead() {
        check(
            "The bombing claimed 19 lives.",
            &[(Some(Other), Killed, 19, Exact)],
        );
        check(
            "Fighting around the dam has cost at least 300 lives.",
            &[(Some(Other), Killed, 300, AtLeast)],
        );
        check(
            "The mudslide took twelve lives.",
            &[(Some(Other), Killed, 12, Exact)],
        );
        check(
            "Militia rockets, which claim more than 40 lives a year, struck again.",
            &[(Some(Other), Killed, 40, MoreThan)],
        );
        check(
            "The raid claimed 9 lives: six Iraqi soldiers and three shepherds.",
            &[
                (Some(Other), Killed, 9, Exact),
                (Some(PartnerForces), Killed, 6, Exact),
                (Some(Civilians), Killed, 3, Exact),
            ],
        );
        // Lives saved or at stake are no dead.
        check("Army medics saved 40 lives that night.", &[]);
    }

    #[test]
    fn a_whole_with_its_parts_between_dashes_takes_the_outcome_after_them() {
        for (input, expected) in [
            (
                "Thirteen American troops — 11 Marines, a Navy corpsman and an Army soldier — were killed.",
                (Some(UsForces), Killed, 13),
            ),
            (
                "Five Iraqi soldiers – three officers and two privates – died on Monday.",
                (Some(PartnerForces), Killed, 5),
            ),
            (
                "Seven Kurdish fighters — two commanders, a medic and four gunners — were wounded.",
                (Some(PartnerForces), Injured, 7),
            ),
            (
                "6 US troops – four soldiers, one sailor and one airman – were hurt in the attack.",
                (Some(UsForces), Injured, 6),
            ),
            (
                "Eleven villagers — six men, three women and two boys — were shot dead.",
                (Some(Civilians), Killed, 11),
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, Outcome, u32)> = figures(input, &toks)
                .iter()
                .filter(|f| !f.subset)
                .map(|f| (f.group, f.outcome, f.count))
                .collect();
            assert_eq!(got.first(), Some(&expected), "{input}: {got:?}");
        }
        // The breakdown ends at its closing dash: a count after it is a figure of
        // its own.
        let input = "Nine Iraqi soldiers — six privates and three officers — were killed and 18 were wounded.";
        let toks = tokenize(input, 0..input.len());
        let got: Vec<(Option<Group>, Outcome, u32)> = figures(input, &toks)
            .iter()
            .filter(|f| !f.subset)
            .map(|f| (f.group, f.outcome, f.count))
            .collect();
        assert!(
            got.iter().any(|g| g.1 == Injured && g.2 == 18),
            "{input}: {got:?}"
        );
    }

    #[test]
    fn a_tally_of_named_people_far_before_its_count_names_their_group() {
        check(
            "The number of Kataib Hezbollah fighters killed in US airstrikes on the group's positions in western Iraq and eastern Syria climbed to 25 on Monday.",
            &[(Some(Militants), Killed, 25, Exact)],
        );
        check(
            "The number of militia fighters killed in the US strikes climbed to 25 on Monday.",
            &[(Some(Militants), Killed, 25, Exact)],
        );
        check(
            "The number of civilians killed by shelling in the besieged northern districts of the town has reached 61.",
            &[(Some(Civilians), Killed, 61, Exact)],
        );
        check(
            "The number of ISIS militants killed in a week of coalition air raids on their desert hideouts stood at 48.",
            &[(Some(Militants), Killed, 48, Exact)],
        );
        check(
            "The number of Kurdish fighters hurt in the weekend's Turkish drone strikes near the border towns rose to 17.",
            &[(Some(PartnerForces), Injured, 17, Exact)],
        );
    }

    #[test]
    fn a_toll_after_a_kicker_of_strikes_on_militants_counts_militants() {
        for (input, n) in [
            ("US strikes on Kataib Hezbollah: death toll rises to 25", 25),
            ("Coalition raid against ISIS cell: the toll climbs to 9", 9),
            ("Airstrikes on Houthi bases: death toll reaches 16", 16),
            ("Jordanian raids on Daesh hideouts: toll rises to 55", 55),
            ("Israeli strike on Hezbollah post: death toll hits 4", 4),
        ] {
            check(input, &[(Some(Militants), Killed, n, Exact)]);
        }
        // A kicker of an attack on a base is no strike on militants.
        check(
            "Rocket attack on US base: death toll rises to 3",
            &[(None, Killed, 3, Exact)],
        );
    }

    #[test]
    fn a_set_of_the_dead_names_only_the_counts_it_opens() {
        // A count in a later clause is not among the dead the clause before named.
        check(
            "Two soldiers were among the dead, while three more soldiers were wounded.",
            &[
                (Some(Other), Killed, 2, Exact),
                (Some(Other), Injured, 3, Exact),
            ],
        );
        check(
            "Two nurses were among those killed, and 4 guards were hurt.",
            &[
                (Some(Civilians), Killed, 2, Exact),
                (Some(Other), Injured, 4, Exact),
            ],
        );
        // An adverb before the verb of a set.
        check(
            "The dead also included 10 civilians.",
            &[(Some(Civilians), Killed, 10, Exact)],
        );
        // A set named by "those" and its participle.
        check(
            "Those killed included 40 Kurdish fighters and four civilians.",
            &[
                (Some(PartnerForces), Killed, 40, Exact),
                (Some(Civilians), Killed, 4, Exact),
            ],
        );
        check(
            "Those wounded were 12 schoolchildren.",
            &[(Some(Civilians), Injured, 12, Exact)],
        );
        check(
            "Those hurt also included 3 policemen.",
            &[(Some(Other), Injured, 3, Exact)],
        );
        check(
            "Those killed include 9 militants.",
            &[(Some(Militants), Killed, 9, Exact)],
        );
        check(
            "The wounded reportedly include 7 children.",
            &[(Some(Civilians), Injured, 7, Exact)],
        );
        check(
            "Among the dead were three shepherds.",
            &[(Some(Civilians), Killed, 3, Exact)],
        );
    }

    #[test]
    fn a_bare_count_with_a_hedged_outcome_is_a_figure() {
        check("Nine are said to have died.", &[(None, Killed, 9, Exact)]);
        check(
            "Around a dozen are thought to have been wounded in the crush.",
            &[(None, Injured, 12, About)],
        );
        check(
            "At least 4 were feared to be dead after the collapse.",
            &[(None, Killed, 4, AtLeast)],
        );
        check(
            "Seven are believed to have been killed, police said.",
            &[(None, Killed, 7, Exact)],
        );
        check(
            "Two were reported to have been hurt.",
            &[(None, Injured, 2, Exact)],
        );
        // A report to someone tells no harm.
        check("Three reported to police on Monday.", &[]);
    }

    #[test]
    fn one_count_over_people_of_different_sides_is_mixed() {
        for input in [
            "The offensive killed some 500 ISF members, tribal fighters and civilians.",
            "Shelling killed 40 Kurdish fighters and civilians near the dam.",
            "At least 25 Iraqi policemen, Sunni tribesmen and villagers died in the assault.",
            "Shelling wounded 60 civilians, Kurdish fighters and police.",
            "Officials said 300 US troops and Iraqi soldiers were hurt.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Option<Group>> = figures(input, &toks).iter().map(|f| f.group).collect();
            assert_eq!(got.first(), Some(&Some(Other)), "{input}: {got:?}");
        }
        // Conjuncts with counts of their own are figures of their own.
        check(
            "Two U.S. soldiers, a Defense Department civilian and a contractor were killed.",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(Civilians), Killed, 1, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
    }

    #[test]
    fn a_states_people_named_as_its_citizens_are_of_no_stated_side() {
        // "Citizens" say whose passports, not that they were no fighters (Russian
        // citizens killed in a strike on an attacking column): no civilian word,
        // as the guidelines have it.
        check(
            "Gunmen killed three Iraqi citizens near Kirkuk.",
            &[(Some(Other), Killed, 3, Exact)],
        );
        check(
            "Two British citizens were among the wounded, the Foreign Office said.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        check(
            "The militants beheaded 21 citizens they had abducted.",
            &[(Some(Other), Killed, 21, Exact)],
        );
        check(
            "At least eleven Syrian citizens died in the shelling of the town.",
            &[(Some(Other), Killed, 11, AtLeast)],
        );
        check(
            "A US citizen was hurt and four Iraqi soldiers were killed.",
            &[
                (Some(Other), Injured, 1, Exact),
                (Some(PartnerForces), Killed, 4, Exact),
            ],
        );
    }

    #[test]
    fn police_of_an_allied_nation_innocents_and_animals() {
        check(
            "A roadside bomb killed 9 Iraqi federal police near Kirkuk.",
            &[(Some(PartnerForces), Killed, 9, Exact)],
        );
        check(
            "Two Kurdish police were wounded at the checkpoint.",
            &[(Some(PartnerForces), Injured, 2, Exact)],
        );
        check(
            "More than 30 innocent Iraqis were killed in the bombing.",
            &[(Some(Civilians), Killed, 30, MoreThan)],
        );
        check(
            "The blast wounded 14 innocent bystanders.",
            &[(Some(Civilians), Injured, 14, Exact)],
        );
        check(
            "One U.S. military working dog was wounded in the raid.",
            &[(Some(Other), Injured, 1, Exact)],
        );
        check(
            "Two Army horses were killed by the shell.",
            &[(Some(Other), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_count_before_the_colon_of_its_breakdown_is_a_count() {
        check(
            "The monitor put the toll at 332: 246 ISIS members, 79 SDF fighters and seven civilians.",
            &[(None, Killed, 332, Exact)],
        );
        check(
            "The death toll rose to 19: 12 soldiers and 7 civilians.",
            &[(None, Killed, 19, Exact)],
        );
        check(
            "Officials put the number of wounded at 40: 31 police and 9 bystanders.",
            &[
                (None, Injured, 40, Exact),
                (Some(Other), Injured, 31, Exact),
                (Some(Civilians), Injured, 9, Exact),
            ],
        );
        // A clock time or a verse reference is no count.
        check(
            "The raid began at 8:30 and killed 5 militants.",
            &[(Some(Militants), Killed, 5, Exact)],
        );
        check("Rockets hit at 3:16 in the morning.", &[]);
    }

    #[test]
    fn a_toll_told_through_its_rises() {
        check(
            "The death toll rose from 11 to 34.",
            &[(None, Killed, 11, Exact), (None, Killed, 34, Exact)],
        );
        check(
            "The number of wounded soldiers rose to 34 on Monday, and two days later to 50.",
            &[(None, Injured, 34, Exact), (None, Injured, 50, Exact)],
        );
        check(
            "The number of U.S. Marines hurt in the Jan. 8 rocket attack has risen to 109, up from 64.",
            &[(Some(UsForces), Injured, 109, Exact), (Some(UsForces), Injured, 64, Exact)],
        );
        check(
            "Fatalities climbed to 9 by Tuesday and then to 12.",
            &[(None, Killed, 9, Exact), (None, Killed, 12, Exact)],
        );
        check(
            "The number of casualties from the 3 May blast climbed from six to eight.",
            &[(None, Killed, 6, Exact), (None, Killed, 8, Exact)],
        );
    }

    #[test]
    fn counts_with_qualifiers_groups_and_outcomes() {
        check(
            "AT least 15 ISIS terrorists armed with rifles have been killed.",
            &[(Some(Militants), Killed, 15, AtLeast)],
        );
        check(
            "Seven US soldiers were injured; officials said strikes killed key members.",
            &[(Some(UsForces), Injured, 7, Exact)],
        );
        check(
            "The raid resulted in seven injuries to US troops.",
            &[(Some(UsForces), Injured, 7, Exact)],
        );
        check(
            "Thirty-seven militants linked to the group were killed in two strikes.",
            &[(Some(Militants), Killed, 37, Exact)],
        );
        check(
            "A blast wounds 3 U.S. service members, officials say.",
            &[(Some(UsForces), Injured, 3, Exact)],
        );
        check(
            "Two “armed individuals” were also killed.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
    }

    #[test]
    fn non_casualty_numbers_are_ignored() {
        check("Roughly 2,500 US soldiers are stationed in Iraq.", &[]);
        check("A coalition of more than 80 countries formed.", &[]);
        check(
            "In comparison to 121 strikes in 2023, ISIS claimed 153 attacks.",
            &[],
        );
        check("It struck three sites at 8:45 p.m. and killed many.", &[]);
        check(
            "One of the three service members wounded is in critical condition.",
            &[],
        );
        check("One of the wounded was evacuated.", &[]);
        check("He died three years after the war.", &[]);
    }

    #[test]
    fn sub_totals_and_subsets() {
        check(
            "Five US soldiers were wounded and two others were hurt in falls.",
            &[
                (Some(UsForces), Injured, 5, Exact),
                (Some(UsForces), Injured, 2, Exact),
            ],
        );
        check(
            "Medics said 13 people had been killed, including six children and four women.",
            &[
                (Some(Other), Killed, 13, Exact),
                (Some(Civilians), Killed, 6, Exact),
                (Some(Civilians), Killed, 4, Exact),
            ],
        );
        check(
            "A strike on an ISIS camp killed at least 28 people, including four senior leaders.",
            &[(Some(Militants), Killed, 28, AtLeast)],
        );
        check(
            "The strikes killed one militant and injured 18, police said.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Other), Injured, 18, Exact),
            ],
        );
        check(
            "Besides the leader, the blast left twelve others dead.",
            &[(None, Killed, 12, Exact)],
        );
        check(
            "Daesh terrorists among 37 killed in airstrikes",
            &[(Some(Militants), Killed, 37, Exact)],
        );
        check(
            "at least six children were killed and one girl was badly injured",
            &[
                (Some(Civilians), Killed, 6, AtLeast),
                (Some(Civilians), Injured, 1, Exact),
            ],
        );
    }

    #[test]
    fn lists_tolls_and_idioms() {
        check(
            "Two Iraqi soldiers and a civilian were wounded.",
            &[
                (Some(PartnerForces), Injured, 2, Exact),
                (Some(Civilians), Injured, 1, Exact),
            ],
        );
        check(
            "The death toll rose to 40, officials said.",
            &[(None, Killed, 40, Exact)],
        );
        check(
            "More than 100 people lost their lives.",
            &[(Some(Other), Killed, 100, MoreThan)],
        );
        check(
            "At least 20 people were killed and 35 wounded in the blast.",
            &[
                (Some(Other), Killed, 20, AtLeast),
                (Some(Other), Injured, 35, Exact),
            ],
        );
        check(
            "Three militants were captured near the border.",
            &[(Some(Militants), Captured, 3, Exact)],
        );
        check(
            "Five people, including two children, were killed.",
            &[
                (Some(Other), Killed, 5, Exact),
                (Some(Civilians), Killed, 2, Exact),
            ],
        );
        check(
            "Two Iraqi soldiers were killed and five wounded.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Injured, 5, Exact),
            ],
        );
        check(
            "Eight soldiers died and 14 were wounded when a bomb hit them.",
            &[
                (Some(Other), Killed, 8, Exact),
                (Some(Other), Injured, 14, Exact),
            ],
        );
        check(
            "Among the dead were five children, medics said.",
            &[(Some(Civilians), Killed, 5, Exact)],
        );
        check(
            "Airstrikes killed 25 Palestinians overnight.",
            &[(Some(Other), Killed, 25, Exact)],
        );
        check(
            "3 killed, 5 injured in market attack",
            &[
                (Some(Other), Killed, 3, Exact),
                (Some(Other), Injured, 5, Exact),
            ],
        );
        check(
            "Police said 7 suspects were arrested.",
            &[(Some(Other), Captured, 7, Exact)],
        );
        check(
            "Two officials said three soldiers were killed.",
            &[(Some(Other), Killed, 3, Exact)],
        );
        check(
            "ISIS said it carried out the bombing in the busy market, where 5 were killed.",
            &[(Some(Other), Killed, 5, Exact)],
        );
        check(
            "The last time a soldier was killed here, a car burned.",
            &[],
        );
        check(
            "Troops killed three of the attackers and captured two others.",
            &[
                (Some(Militants), Killed, 3, Exact),
                (Some(Militants), Captured, 2, Exact),
            ],
        );
        check("One of the three wounded is in critical condition.", &[]);
        check(
            "Iraqi troops arrested four IS militants in Fallujah.",
            &[(Some(Militants), Captured, 4, Exact)],
        );
        check(
            "The death toll among the Peshmerga rose to six.",
            &[(Some(PartnerForces), Killed, 6, Exact)],
        );
        check("Smith, 46, was killed in the blast.", &[]);
        check("No one was hurt.", &[]);
    }

    #[test]
    fn a_counted_conjunct_shares_the_passive_auxiliary_before_it() {
        for (t, group, outcome, n) in [
            (
                "Police said 168 mosques had been attacked and ten imams killed.",
                Other,
                Killed,
                10,
            ),
            (
                "The market was shelled and 12 civilians killed.",
                Civilians,
                Killed,
                12,
            ),
            (
                "The convoy was ambushed and three Iraqi soldiers wounded near the bridge.",
                PartnerForces,
                Injured,
                3,
            ),
            (
                "Two villages were overrun and forty farmers slain.",
                Civilians,
                Killed,
                40,
            ),
            (
                "The checkpoint is attacked almost daily and 2 policemen hurt each time.",
                Other,
                Injured,
                2,
            ),
        ] {
            check(t, &[(Some(group), outcome, n, Exact)]);
        }
        // An active clause before "and" lends no auxiliary.
        check("The army attacked and ten militants fled.", &[]);
    }

    #[test]
    fn people_wounded_who_then_died_are_dead() {
        for (t, group, n) in [
            (
                "Two soldiers were hit by shrapnel and later died.",
                Other,
                2,
            ),
            (
                "Four civilians were injured and subsequently died in hospital.",
                Civilians,
                4,
            ),
            (
                "Three Iraqi policemen were wounded in the blast and died overnight.",
                PartnerForces,
                3,
            ),
            (
                "11 children were badly burned and died of their wounds.",
                Civilians,
                11,
            ),
            (
                "Six villagers were hurt and eventually succumbed to their injuries.",
                Civilians,
                6,
            ),
        ] {
            check(t, &[(Some(group), Killed, n, Exact)]);
        }
        // A death with a count of its own is a figure of its own.
        check(
            "Five soldiers were wounded and three were killed.",
            &[
                (Some(Other), Injured, 5, Exact),
                (Some(Other), Killed, 3, Exact),
            ],
        );
    }

    #[test]
    fn harm_a_blow_caused_to_people_counts_them() {
        for (t, group, n) in [
            (
                "The missile attack caused traumatic brain injuries to 110 US service members.",
                UsForces,
                110,
            ),
            (
                "The blast inflicted serious wounds on 12 Iraqi soldiers.",
                PartnerForces,
                12,
            ),
            (
                "Shrapnel caused minor injuries to three civilians.",
                Civilians,
                3,
            ),
            (
                "The rockets caused concussions to 14 American troops.",
                UsForces,
                14,
            ),
            (
                "The explosion, causing burns to nine children, gutted the hall.",
                Civilians,
                9,
            ),
        ] {
            check(t, &[(Some(group), Injured, n, Exact)]);
        }
        // Harm to things, or injuries not caused to the people counted.
        check("The fire caused damage to 40 homes.", &[]);
    }

    #[test]
    fn a_toll_of_people_counts_them() {
        for (t, group, n) in [
            ("Death toll of Iraqi tourists rises to nine.", Civilians, 9),
            (
                "The toll of children killed in the strike climbed to 14.",
                Civilians,
                14,
            ),
            (
                "The tally of civilians killed by the shelling reached 31 on Monday.",
                Civilians,
                31,
            ),
            (
                "The death toll of Peshmerga fighters in the ambush has risen to 6.",
                PartnerForces,
                6,
            ),
            (
                "The toll of ISIS militants killed in the raid rose to twelve.",
                Militants,
                12,
            ),
        ] {
            check(t, &[(Some(group), Killed, n, Exact)]);
        }
        // A toll of an incident names no people.
        check(
            "The death toll of the raid rose to 9.",
            &[(None, Killed, 9, Exact)],
        );
    }

    #[test]
    fn anaphoric_injuries_leave_the_group_open() {
        check(
            "The minister confirmed the three injuries.",
            &[(None, Injured, 3, Exact)],
        );
    }

    #[test]
    fn cause_note_of_a_sub_total() {
        let s = "Five soldiers were wounded and two others were hurt in falls.";
        let toks = tokenize(s, 0..s.len());
        let f = figures(s, &toks);
        assert_eq!(f[1].note.as_deref(), Some("hurt in falls"));
    }
}

#[cfg(test)]
mod article_tests {
    //! Figures whose group or count comes from the article's actors or the phrase's
    //! structure (lists, singular victims, tolls, nominal outcomes).
    use super::*;
    use crate::extract::words::tokenize;
    use Group::*;
    use Outcome::*;
    use Qualifier::*;

    type Row = (Option<Group>, Outcome, u32, Qualifier);

    const US: Actors = Actors {
        own_force: Some(UsForces),
        targets_militants: false,
        militants_named: false,
        carried: None,
        recalled: None,
        host: None,
        head_sides: [crate::extract::actors::HeadSide::Unnamed;
            crate::extract::actors::NAMED_HEADS],
        speaker: None,
        allied_strikes: false,
    };
    const PARTNER: Actors = Actors {
        own_force: Some(PartnerForces),
        targets_militants: false,
        militants_named: false,
        carried: None,
        recalled: None,
        host: None,
        head_sides: [crate::extract::actors::HeadSide::Unnamed;
            crate::extract::actors::NAMED_HEADS],
        speaker: None,
        allied_strikes: false,
    };
    const ON_MILITANTS: Actors = Actors {
        own_force: Some(UsForces),
        targets_militants: true,
        militants_named: true,
        carried: None,
        recalled: None,
        host: None,
        head_sides: [crate::extract::actors::HeadSide::Unnamed;
            crate::extract::actors::NAMED_HEADS],
        speaker: None,
        allied_strikes: false,
    };

    fn check(actors: &Actors, input: &str, expected: &[Row]) {
        let toks = tokenize(input, 0..input.len());
        let got: Vec<Row> = figures_in(input, &toks, actors)
            .into_iter()
            .map(|f| (f.group, f.outcome, f.count, f.qualifier))
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    /// Asserts the sentence gives figures, every one of them other.
    fn all_other(actors: &Actors, input: &str) {
        let toks = tokenize(input, 0..input.len());
        let got = figures_in(input, &toks, actors);
        assert!(!got.is_empty(), "{input}");
        assert!(
            got.iter().all(|f| f.group == Some(Other)),
            "{input}: {got:?}"
        );
    }

    #[test]
    fn a_hundred_and_a_thousand_are_round_counts() {
        for (input, group, outcome, n, q) in [
            (
                "They killed more than a hundred civilians.",
                Civilians,
                Killed,
                100,
                MoreThan,
            ),
            (
                "A hundred villagers were wounded in the shelling.",
                Civilians,
                Injured,
                100,
                Exact,
            ),
            (
                "Nearly a thousand militants were captured.",
                Militants,
                Captured,
                1000,
                About,
            ),
            (
                "The blast killed over a hundred pilgrims.",
                Civilians,
                Killed,
                100,
                MoreThan,
            ),
            (
                "About a thousand residents were hurt.",
                Civilians,
                Injured,
                1000,
                About,
            ),
        ] {
            check(&PARTNER, input, &[(Some(group), outcome, n, q)]);
        }
        // "Hundreds" is vague, and a hundred days is no one.
        check(&PARTNER, "Hundreds of civilians were wounded.", &[]);
        check(&PARTNER, "A hundred days later, troops returned.", &[]);
    }

    #[test]
    fn captives_of_a_force_fighting_militants_are_militants() {
        for input in [
            "US troops took two men prisoner.",
            "Iraqi soldiers took 2 suspects prisoner after the clash.",
            "The SDF had taken two men captive, a spokesman said.",
            "American commandos took two people prisoner during the raid.",
            "Kurdish forces took two fighters prisoner near the border.",
        ] {
            check(
                &ON_MILITANTS,
                input,
                &[(Some(Militants), Captured, 2, Exact)],
            );
        }
        // Captives of militants are not.
        check(
            &US,
            "Militants took two soldiers prisoner.",
            &[(Some(UsForces), Captured, 2, Exact)],
        );
    }

    #[test]
    fn communities_killed_as_such_are_civilians() {
        for (input, outcome, n) in [
            ("Militants killed 3,100 Yazidis that August.", Killed, 3100),
            (
                "Militants executed 40 Christians near the church.",
                Killed,
                40,
            ),
            (
                "A suicide bomber killed twelve Shiites at a shrine.",
                Killed,
                12,
            ),
            (
                "Two Alawites were wounded when the mortar landed.",
                Injured,
                2,
            ),
            ("Gunmen abducted 9 Assyrians from the village.", Captured, 9),
        ] {
            check(&PARTNER, input, &[(Some(Civilians), outcome, n, Exact)]);
        }
    }

    #[test]
    fn people_of_a_family_are_civilians() {
        for (input, outcome, n) in [
            (
                "Eleven men from my family were killed in the village.",
                Killed,
                11,
            ),
            ("Three members of a family died in the strike.", Killed, 3),
            (
                "Four people from the same household were wounded.",
                Injured,
                4,
            ),
            (
                "2 men of a family were shot dead at the checkpoint.",
                Killed,
                2,
            ),
            (
                "Five members of his family were injured by the shell.",
                Injured,
                5,
            ),
        ] {
            check(&PARTNER, input, &[(Some(Civilians), outcome, n, Exact)]);
        }
    }

    #[test]
    fn an_allied_forces_own_name_before_the_noun_is_that_forces() {
        // In a report on US forces, in either spelling and either case.
        for (input, outcome, n) in [
            (
                "One Counter-Terrorism Service officer was killed.",
                Killed,
                1,
            ),
            (
                "Two Counterterrorism soldiers were wounded in the blast.",
                Injured,
                2,
            ),
            (
                "A counter-terrorism service soldier died on Friday.",
                Killed,
                1,
            ),
            ("Three Peshmerga guards were hurt.", Injured, 3),
            ("4 SDF officers were killed at the checkpoint.", Killed, 4),
        ] {
            check(&US, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
    }

    #[test]
    fn a_victims_kin_are_civilians_unless_the_victim_is_a_militant_target() {
        for (input, count, group) in [
            (
                "A shell hit the house, killing a farmer and wounding his two sons.",
                2,
                Civilians,
            ),
            (
                "The drone blast wounded her three daughters as they slept.",
                3,
                Civilians,
            ),
            (
                "Mortar fire killed a shepherd and injured 2 others from the same family.",
                2,
                Civilians,
            ),
            (
                "Four members of the Obeidi family were hurt when the rocket fell short.",
                4,
                Civilians,
            ),
            (
                "Gunmen shot a teacher and killed his wife and two nephews.",
                2,
                Civilians,
            ),
            (
                "The strike killed an ISIS emir and two of his sons.",
                2,
                Other,
            ),
            (
                "The raid killed a Hurras al-Din commander and three of his relatives.",
                3,
                Other,
            ),
            // Kin the text names as militants are militants.
            (
                "The raid killed an ISIS leader and his two adult ISIS-affiliated sons.",
                2,
                Militants,
            ),
            (
                "The strike killed an ISIS emir and two of his ISIS-member nephews.",
                2,
                Militants,
            ),
            (
                "A drone killed a Daesh commander and his three Daesh-fighter brothers.",
                3,
                Militants,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                got.iter()
                    .any(|f| f.count == count && f.group == Some(group)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn a_range_is_at_least_its_low_end_and_as_many_as_is_up_to() {
        for (input, count, qualifier) in [
            (
                "Between three and five militants were killed in the raid.",
                3,
                AtLeast,
            ),
            (
                "The strike killed between 20 and 25 fighters, officials said.",
                20,
                AtLeast,
            ),
            (
                "Officials believe between two and four soldiers were hurt.",
                2,
                AtLeast,
            ),
            ("As many as six militants died in the fire.", 6, UpTo),
            (
                "Medics said as many as 30 civilians were wounded.",
                30,
                UpTo,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(u32, Qualifier)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.count, f.qualifier))
                .collect();
            assert_eq!(got, [(count, qualifier)], "{input}");
        }
    }

    #[test]
    fn bodies_recovered_are_dead_custody_is_capture_and_cuts_are_wounds() {
        for (input, outcome, count) in [
            (
                "Police said they recovered four bodies from the farmhouse.",
                Killed,
                4,
            ),
            (
                "Divers pulled 6 corpses from the river on Sunday.",
                Killed,
                6,
            ),
            (
                "Security forces now hold 11 suspects in custody.",
                Captured,
                11,
            ),
            (
                "Two smugglers remain in detention at the border post.",
                Captured,
                2,
            ),
            (
                "Three guards suffered cuts and bruises from flying glass.",
                Injured,
                3,
            ),
            (
                "Two soldiers sustained minor burns in the fire.",
                Injured,
                2,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got, [(outcome, count)], "{input}");
        }
        // More bodies found add to a toll the sentence gives; they are no figure.
        let input = "The toll rose to 12 after two more bodies were recovered.";
        let toks = tokenize(input, 0..input.len());
        let got: Vec<u32> = figures_in(input, &toks, &US)
            .iter()
            .map(|f| f.count)
            .collect();
        assert_eq!(got, [12], "{input}");
    }

    #[test]
    fn a_victim_wounded_in_a_relative_clause_who_later_died_is_one_dead() {
        for input in [
            "An Iraqi soldier who was badly wounded when a drone exploded near his post later died in hospital.",
            "A policeman who was caught in the blast at the gate later died of his injuries.",
            "A Kurdish fighter who was shot in the ambush died on the way to hospital.",
            "A US soldier who had been hurt by shrapnel in the rocket attack subsequently died.",
            "A guard who was wounded when gunmen stormed the post succumbed to his wounds.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got, [(Killed, 1)], "{input}");
        }
    }

    #[test]
    fn a_verb_setting_a_toll_ends_its_modifiers() {
        for (input, group) in [
            ("SDF raises militant toll to four.", Militants),
            ("Police put civilian death toll at four.", Civilians),
            (
                "Kurdish officials raised the militant death toll to 4 on Friday.",
                Militants,
            ),
            ("The ministry brought the civilian toll to four.", Civilians),
            (
                "Iraqi army revises insurgent death toll to four.",
                Militants,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, u32)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.group, f.count))
                .collect();
            assert_eq!(got, [(Some(group), 4)], "{input}");
        }
    }

    #[test]
    fn special_forces_named_by_their_badge_are_people_of_their_force() {
        for (input, group) in [
            (
                "A gunman killed three U.S. Army Green Berets at the gate.",
                UsForces,
            ),
            ("Two American Rangers were wounded in the raid.", UsForces),
            (
                "Four US Navy SEALs were hurt when the boat capsized.",
                UsForces,
            ),
            (
                "The blast wounded 3 Iraqi Rangers near the bridge.",
                PartnerForces,
            ),
            ("Five Jordanian Green Berets were killed.", Other),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Option<Group>> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| f.group)
                .collect();
            assert_eq!(got, [Some(group)], "{input}");
        }
    }

    #[test]
    fn people_killed_in_an_attack_or_among_allied_fighters_are_no_operations_targets() {
        // Even in a report whose operation aims at militants, people an attack killed,
        // or people most of whom were an allied side's fighters, are not its targets.
        for input in [
            "At least 46 people were killed in the attack.",
            "Nine people died in the onslaught on the city.",
            "Twelve people lost their lives in the assault, police said.",
            "At least 46 people, most of them Kurdish fighters, died in the fighting's first hours.",
            "Thirty people, most of them Iraqi fighters, were killed in the assault.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Option<Group>> = figures_in(input, &toks, &ON_MILITANTS)
                .into_iter()
                .map(|f| f.group)
                .collect();
            assert!(
                !got.is_empty() && !got.contains(&Some(Militants)),
                "{input}: {got:?}"
            );
        }
        // A strike's people, most of them militants, stay militants.
        let input = "A US strike killed 12 people, most of them ISIS fighters.";
        let toks = tokenize(input, 0..input.len());
        let got: Vec<Option<Group>> = figures_in(input, &toks, &ON_MILITANTS)
            .into_iter()
            .map(|f| f.group)
            .collect();
        assert_eq!(got, [Some(Militants)], "{input}");
    }

    #[test]
    fn people_held_in_an_operation_against_militants_are_militants() {
        for input in [
            "The number of people detained has risen to seven.",
            "Troops arrested 7 people in the orchards.",
            "Seven individuals were taken into custody at a checkpoint.",
            "Police detained seven persons suspected of links to the cell.",
            "Seven suspects were arrested overnight.",
            "Seven men had been captured alive at the compound.",
            "Commandos detained 7 men in the raid.",
            "Seven more men were taken into custody at the farm.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, Outcome, u32)> = figures_in(input, &toks, &ON_MILITANTS)
                .into_iter()
                .map(|f| (f.group, f.outcome, f.count))
                .collect();
            assert_eq!(got, [(Some(Militants), Captured, 7)], "{input}");
        }
        // People killed or held in a report of no such operation are unstated.
        let input = "The number of people detained has risen to seven.";
        let toks = tokenize(input, 0..input.len());
        let got: Vec<Option<Group>> = figures_in(input, &toks, &US)
            .into_iter()
            .map(|f| f.group)
            .collect();
        assert_ne!(got, [Some(Militants)], "{input}");
    }

    #[test]
    fn a_ships_people_taken_hostage_past_their_owner() {
        // "its" before the count is the ship's; those taken are never the captors'.
        for (input, count) in [
            (
                "Rebels seized the tanker and took its 25 crew members hostage.",
                25,
            ),
            (
                "Pirates boarded the ship and took all 19 seafarers hostage.",
                19,
            ),
            (
                "The militia seized the vessel and took its 14 crewmen captive.",
                14,
            ),
            (
                "Gunmen stopped the ferry and took her 30 crew members prisoner.",
                30,
            ),
            ("They took their 7 mariners hostage after boarding.", 7),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &ON_MILITANTS);
            assert!(
                got.len() == 1
                    && got[0].outcome == Captured
                    && got[0].count == count
                    && got[0].group == Some(Other),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn one_of_the_set_a_relative_clause_defines_counts_the_set() {
        for (input, count, outcome) in [
            (
                "A Navy SEAL from Ohio is one of the two special operators who died.",
                2,
                Killed,
            ),
            (
                "He was one of the three soldiers who were killed in the ambush.",
                3,
                Killed,
            ),
            (
                "She is one of the 12 sailors who were injured when the missile hit.",
                12,
                Injured,
            ),
            (
                "The corporal was one of the four Marines that died in the crash.",
                4,
                Killed,
            ),
            (
                "Ahmed is one of the nine policemen who were wounded at the checkpoint.",
                9,
                Injured,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                got.len() == 1 && got[0].count == count && got[0].outcome == outcome,
                "{input}: {got:?}"
            );
        }
        // Without a clause defining the set, "the" points back to people counted before.
        let input = "He was one of the two and was flown home.";
        let toks = tokenize(input, 0..input.len());
        assert!(figures_in(input, &toks, &US).is_empty(), "{input}");
    }

    #[test]
    fn executions_by_the_rope_are_deaths() {
        for (input, count) in [
            (
                "Jordan hangs two jihadists after the killing of its pilot.",
                2,
            ),
            ("Authorities hanged two convicted jihadists at dawn.", 2),
            ("Iraq hanged 21 men convicted of terrorism.", 21),
            ("Three prisoners were hanged on Wednesday.", 3),
            ("A court said the state hanged four members of the cell.", 4),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                got.len() == 1 && got[0].outcome == Killed && got[0].count == count,
                "{input}: {got:?}"
            );
        }
        // Hanging a thing is no death.
        for input in [
            "The shop hangs two banners on the bridge.",
            "The mayor hanged three flags at the gate.",
        ] {
            let toks = tokenize(input, 0..input.len());
            assert!(figures_in(input, &toks, &US).is_empty(), "{input}");
        }
    }

    #[test]
    fn a_ships_people_and_special_operators_and_the_declared_deceased() {
        // A merchant ship's people are no force's, whoever calls them "our".
        for (input, count) in [
            ("We confirm the deaths of two of our seafarers.", 2),
            ("At least four mariners have been killed in the attacks.", 4),
            (
                "Three crewmen were injured when the missile hit the bridge.",
                3,
            ),
            (
                "The owner said one of its seafarers had been badly hurt.",
                1,
            ),
            ("Rescuers found that 11 mariners had died aboard.", 11),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                got.len() == 1 && got[0].group == Some(Other) && got[0].count == count,
                "{input}: {got:?}"
            );
        }
        // Special operators are a force's people; "deceased" is dead.
        for (input, outcome) in [
            ("Two special operators were killed in the raid.", Killed),
            (
                "Three Navy operators were wounded during the boarding.",
                Injured,
            ),
            (
                "Two sailors were declared deceased after the search.",
                Killed,
            ),
            (
                "Two Marines missing since the crash were declared deceased on Friday.",
                Killed,
            ),
            ("Four operators of the unit were injured.", Injured),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                !got.is_empty()
                    && got
                        .iter()
                        .all(|f| f.group == Some(UsForces) && f.outcome == outcome),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn his_or_their_comrades_are_of_the_one_named_or_counted_before_them() {
        // In a report of a militant attack on a partner force, the pronoun before
        // "comrades" points to the victim just named, not to the attackers.
        let actors = Actors {
            own_force: Some(PartnerForces),
            targets_militants: true,
            militants_named: true,
            ..PARTNER
        };
        for input in [
            "Two soldiers were killed and three of their comrades were wounded.",
            "A police officer died, and two of his colleagues were hurt.",
            "Sergeant Ali Hassan was killed in the clash and four of his comrades were injured.",
            "Private Omar Said, 22, died at the scene, and three of his comrades were wounded, one of them seriously.",
            "Three border guards were shot dead while two of their comrades were hurt.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &actors);
            let last = got.last().map(|f| (f.group, f.outcome));
            assert_eq!(last, Some((Some(PartnerForces), Injured)), "{input}: {got:?}");
        }
    }

    #[test]
    fn comrades_and_colleagues_are_of_the_side_counted_before() {
        for (input, group) in [
            (
                "An Iraqi soldier was killed in the blast, while a comrade was wounded.",
                PartnerForces,
            ),
            (
                "Two SDF fighters died and three comrades were hurt.",
                PartnerForces,
            ),
            (
                "Four ISIS militants were killed and two comrades captured.",
                Militants,
            ),
            (
                "Two US soldiers were wounded and a colleague was also hurt.",
                UsForces,
            ),
            (
                "Five Peshmerga were killed; two colleagues were injured.",
                PartnerForces,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                got.len() == 2 && got.iter().all(|f| f.group == Some(group)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn emirs_are_a_jihadist_groups_chiefs() {
        for input in [
            "Commandos killed two emirs in the orchards.",
            "Three so-called emirs were captured at the farm.",
            "The dead included 4 local emirs of the cell.",
            "An emir was wounded in the clash, officials said.",
            "Security forces arrested six emirs hiding in the desert.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                !got.is_empty() && got.iter().all(|f| f.group == Some(Militants)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn apostate_soldiers_of_a_jihadist_claim_are_the_local_force() {
        for input in [
            "The group said it had killed more than 20 apostate soldiers.",
            "Its fighters killed 12 apostate troops at the gate.",
            "The claim spoke of 30 apostate policemen killed.",
            "Fifteen apostate officers were killed, the statement said.",
            "We wounded 40 of the apostate army's soldiers.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(
                !got.is_empty() && got.iter().all(|f| f.group == Some(PartnerForces)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn a_single_victim_of_an_outcome_verb_is_one_casualty() {
        for (input, group, outcome) in [
            (
                "A rocket struck the airfield and killed a guard from the SDF.",
                PartnerForces,
                Killed,
            ),
            (
                "Gunmen shot dead a policeman outside the market.",
                PartnerForces,
                Killed,
            ),
            (
                "The blast wounded a soldier on patrol.",
                PartnerForces,
                Injured,
            ),
            ("The mortar round injured an interpreter.", Other, Injured),
            (
                "Snipers killing a civilian near the bridge drew protests.",
                Civilians,
                Killed,
            ),
        ] {
            check(&PARTNER, input, &[(Some(group), outcome, 1, Exact)]);
        }
        // A target, anyone at all, or the victim of an attack only recalled: no figure.
        for input in [
            "The strike killed a senior ISIS leader.",
            "Militants often kill a teacher or a farmer.",
            "The group was behind a previous attack that killed a contractor.",
            "A base was hit last year in a raid which killed a guard.",
        ] {
            check(&PARTNER, input, &[]);
        }
    }

    #[test]
    fn a_pronoun_in_the_victims_points_past_the_agent_to_the_reporter() {
        for (input, group, outcome, n) in [
            (
                "The SDF said gunmen shot dead one of its members.",
                PartnerForces,
                Killed,
                1,
            ),
            (
                "The SDF says militants killed two of its fighters.",
                PartnerForces,
                Killed,
                2,
            ),
            (
                "The Iraqi army said insurgents wounded three of its soldiers.",
                PartnerForces,
                Injured,
                3,
            ),
            (
                "Kataib Hezbollah claimed a US strike killed four of its members.",
                Militants,
                Killed,
                4,
            ),
            (
                "Al-Shabaab admitted Somali troops captured six of its fighters.",
                Militants,
                Captured,
                6,
            ),
        ] {
            check(&US, input, &[(Some(group), outcome, n, Exact)]);
        }
        // A participle after a clause: the pronoun is the clause's object's.
        check(
            &US,
            "U.S. jets struck depots of the Kataib Hezbollah militia, killing five of its fighters.",
            &[(Some(Militants), Killed, 5, Exact)],
        );
    }

    #[test]
    fn a_place_set_off_in_the_agents_phrase_hides_neither_agent_nor_victims() {
        // A strike's victims are the struck side's, past a place told between commas
        // or a nationality that only places a spot.
        for input in [
            "Kataib Hezbollah said US strikes on its depots in al-Qaim, near the Syrian border, killed 25 of its fighters.",
            "The militia said American jets, near the Iraqi capital, wounded nine of its men.",
            "Kataib Hezbollah said a US drone strike on its convoy, outside the city, killed four of its commanders.",
            "The militia said coalition raids on its bases, west of the Syrian border, killed six of its fighters.",
            "Kataib Hezbollah said US strikes on the Syrian border killed 25 of its fighters.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert!(!got.is_empty(), "{input}");
            assert!(
                got.iter().all(|f| f.group == Some(Militants)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn members_of_the_security_or_government_forces_are_the_local_partner() {
        for (input, outcome, n) in [
            (
                "Twelve members of the security forces were killed.",
                Killed,
                12,
            ),
            (
                "Figures listed 679 members of the government forces as wounded.",
                Injured,
                679,
            ),
            (
                "The bomb killed four members of the state security forces.",
                Killed,
                4,
            ),
            ("Nine members of the Security Forces were hurt.", Injured, 9),
            (
                "Gunmen wounded three members of government forces.",
                Injured,
                3,
            ),
        ] {
            check(&US, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
        // A named state's, or a group's, stay theirs.
        all_other(
            &PARTNER,
            "Two members of the Jordanian security forces died.",
        );
        check(
            &PARTNER,
            "Five members of the Houthi security forces were killed.",
            &[(Some(Militants), Killed, 5, Exact)],
        );
    }

    #[test]
    fn verbs_of_murder_maiming_and_abduction_are_outcomes() {
        for (input, group, outcome, n) in [
            ("DRONE RAID HURTS 3 GIs", UsForces, Injured, 3),
            (
                "Militants massacred 40 villagers near the lake.",
                Civilians,
                Killed,
                40,
            ),
            ("The blast maimed six civilians.", Civilians, Injured, 6),
            (
                "Gunmen murdered 11 farmers in their fields.",
                Civilians,
                Killed,
                11,
            ),
            (
                "Insurgents kidnapped 14 soldiers at the crossing.",
                PartnerForces,
                Captured,
                14,
            ),
            (
                "Jihadists executed nine soldiers, the army said.",
                PartnerForces,
                Killed,
                9,
            ),
            ("Rebels slew 12 villagers.", Civilians, Killed, 12),
        ] {
            check(&PARTNER, input, &[(Some(group), outcome, n, Exact)]);
        }
    }

    #[test]
    fn people_hit_by_what_flies_are_wounded() {
        for (input, n) in [
            ("Two soldiers were hit by flying shrapnel.", 2),
            ("Four troops were struck by debris from the blast.", 4),
            ("Three guards were caught by stray bullets.", 3),
            (
                "Five officers were hit by glass when the windows blew in.",
                5,
            ),
            ("Six soldiers were struck by fragments of the rocket.", 6),
        ] {
            check(&PARTNER, input, &[(Some(PartnerForces), Injured, n, Exact)]);
        }
        // Hit by anything else is no outcome.
        check(&PARTNER, "Two soldiers were hit by the news.", &[]);
    }

    #[test]
    fn a_number_of_people_told_far_before_its_count_is_their_toll() {
        for (input, group, outcome, n) in [
            (
                "That brings the number of US troops wounded in the attack to four.",
                UsForces,
                Injured,
                4,
            ),
            (
                "The Pentagon raised the number of American service members hurt in Sunday's strike to 11.",
                UsForces,
                Injured,
                11,
            ),
            (
                "Officials put the number of Iraqi soldiers killed in both ambushes at 7.",
                PartnerForces,
                Killed,
                7,
            ),
            (
                "It takes the number of Kurdish fighters killed since the offensive began to nine.",
                PartnerForces,
                Killed,
                9,
            ),
        ] {
            check(&US, input, &[(Some(group), outcome, n, Exact)]);
        }
        // Far back with no "to" or "at" before the count, the number is another's.
        check(
            &US,
            "The number of US troops in the region, officials said, is 2,500.",
            &[],
        );
    }

    #[test]
    fn a_bare_count_after_an_opening_phrase_restates_the_articles_people() {
        for (input, n) in [
            ("A: On Tuesday, yes, two died at the scene.", 2),
            ("In the ambush, three were killed.", 3),
            ("Later that night, 4 died in hospital.", 4),
            ("By nightfall, six had been wounded.", 6),
            ("Asked about losses: five were hurt.", 5),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &PARTNER);
            assert!(
                got.len() == 1
                    && got[0].count == n
                    && got[0].group.is_none()
                    && got[0].refers == Refers::Restated,
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn a_tally_of_people_diagnosed_with_a_wound_counts_the_wounded() {
        for (input, n) in [
            (
                "The number of service members diagnosed with TBI later rose to 110.",
                110,
            ),
            (
                "The count of troops diagnosed with traumatic brain injuries has reached 34.",
                34,
            ),
            (
                "That put the number of soldiers diagnosed with concussions at 11.",
                11,
            ),
            (
                "The tally of airmen diagnosed with brain injuries climbed to 8 on Friday.",
                8,
            ),
            (
                "The number of Marines diagnosed with injuries grew to 5.",
                5,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got, vec![(Injured, n)], "{input}");
        }
    }

    #[test]
    fn an_aside_between_dashes_leads_on_to_its_predicate() {
        for (input, expected) in [
            (
                "Most of them — 19 troops — were diagnosed with traumatic brain injuries.",
                (Injured, 19),
            ),
            (
                "Three soldiers – all from the same unit – were killed in the blast.",
                (Killed, 3),
            ),
            (
                "Twelve people — most of them women — were hurt.",
                (Injured, 12),
            ),
            (
                "Five guards — two of them officers — died at the gate.",
                (Killed, 5),
            ),
            (
                "Of the crew, 7 sailors — the navy said — were wounded.",
                (Injured, 7),
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got.first(), Some(&expected), "{input}: {got:?}");
        }
        // Stepped over, an aside leaves no harm where the predicate tells none.
        check(
            &US,
            "Nine soldiers — a whole squad — marched into town.",
            &[],
        );
    }

    #[test]
    fn an_age_is_no_count_and_a_victims_kin_are_civilians() {
        for (input, expected) in [
            (
                "Three brothers, the youngest of them 11 years old, were killed defending their village.",
                vec![(Some(Civilians), Killed, 3, Exact)],
            ),
            (
                "Two boys, aged 9 and 12, were wounded.",
                vec![(Some(Civilians), Injured, 2, Exact)],
            ),
            (
                "Five children aged between 4 and 10 were killed.",
                vec![(Some(Civilians), Killed, 5, Exact)],
            ),
            (
                "A girl, 7 years old, was hurt in the blast.",
                vec![(Some(Civilians), Injured, 1, Exact)],
            ),
            (
                "Two sisters, both teachers at the school, died in the fire.",
                vec![(Some(Civilians), Killed, 2, Exact)],
            ),
            (
                "Six cousins, aged 14, 15 and 19, were shot dead.",
                vec![(Some(Civilians), Killed, 6, Exact)],
            ),
        ] {
            check(&Actors::default(), input, &expected);
        }
    }

    #[test]
    fn a_source_putting_the_dead_or_wounded_at_a_number_counts_them() {
        for (input, expected) in [
            (
                "The monitor put the dead at nine SDF fighters and six Syrian soldiers.",
                vec![
                    (Some(PartnerForces), Killed, 9, Exact),
                    (Some(Other), Killed, 6, Exact),
                ],
            ),
            (
                "Medics put the dead at 11 civilians.",
                vec![(Some(Civilians), Killed, 11, Exact)],
            ),
            (
                "Hospital staff placed the wounded at 23 villagers.",
                vec![(Some(Civilians), Injured, 23, Exact)],
            ),
            (
                "The army estimates the dead at 40 militants.",
                vec![(Some(Militants), Killed, 40, Exact)],
            ),
            (
                "Local officials put the injured at twelve Peshmerga fighters.",
                vec![(Some(PartnerForces), Injured, 12, Exact)],
            ),
        ] {
            check(&Actors::default(), input, &expected);
        }
    }

    #[test]
    fn a_conjunct_after_an_attached_phrase_or_a_bracket_keeps_the_list_s_outcome() {
        for (input, expected) in [
            (
                "The dead included 18 fighters of the Kurdish-led Syrian Democratic Forces (SDF) and 12 Syrian government soldiers.",
                vec![
                    (Some(PartnerForces), Killed, 18, Exact),
                    (Some(Other), Killed, 12, Exact),
                ],
            ),
            (
                "The strike killed 4 members of the Hurras al-Din group (HaD) and 2 civilians.",
                vec![(Some(Militants), Killed, 4, Exact), (Some(Civilians), Killed, 2, Exact)],
            ),
            (
                "Shelling wounded 6 fighters from the Peshmerga and 3 villagers.",
                vec![(Some(PartnerForces), Injured, 6, Exact), (Some(Civilians), Injured, 3, Exact)],
            ),
            (
                "The blast killed 2 US Marines (both sergeants) and 5 Iraqi soldiers.",
                vec![(Some(UsForces), Killed, 2, Exact), (Some(PartnerForces), Killed, 5, Exact)],
            ),
            (
                "Among the dead were 9 members of the Asayish, and 4 women.",
                vec![(Some(PartnerForces), Killed, 9, Exact), (Some(Civilians), Killed, 4, Exact)],
            ),
        ] {
            check(&Actors::default(), input, &expected);
        }
    }

    #[test]
    fn martyrs_counted_are_the_dead() {
        for (input, n) in [
            (
                "The Turkish UAV attacks resulted in nine martyrs, the SDF said.",
                9,
            ),
            ("The shelling left 12 martyrs in the village.", 12),
            ("Seven martyrs fell in the bombardment of the town.", 7),
            ("The council announced four new martyrs on Friday.", 4),
            ("Twenty-one martyrs were buried in Qamishli.", 21),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Outcome, u32)> = figures_in(input, &toks, &Actors::default())
                .into_iter()
                .map(|f| (f.outcome, f.count))
                .collect();
            assert_eq!(got, vec![(Killed, n)], "{input}");
        }
    }

    #[test]
    fn a_source_s_own_count_of_a_tally_counts_it_anew() {
        for input in [
            "Iraq's military put the figure at 25.",
            "The monitor, however, placed the number at 25, all of them fighters.",
            "Local officials put their tally at 25 on Monday.",
            "The ministry estimates the total at 25.",
            "A medic set the count at 25, citing hospital records.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &PARTNER);
            assert!(
                got.len() == 1 && got[0].count == 25 && got[0].refers == Refers::Same,
                "{input}: {got:?}"
            );
        }
        // "of" names whose tally it is: its own people.
        let input = "Officials put the number of injured at five.";
        let toks = tokenize(input, 0..input.len());
        let got = figures_in(input, &toks, &PARTNER);
        assert!(
            got.len() == 1 && got[0].outcome == Injured && got[0].refers != Refers::Same,
            "{input}: {got:?}"
        );
    }

    #[test]
    fn a_toll_of_a_named_incident_restates_the_figures_before_it() {
        for input in [
            "That brings the toll from the assault on the post to four dead.",
            "It raised the toll of the ambush near the river to four.",
            "The toll in the attack on the checkpoint rose overnight to four.",
            "Officials put the toll from Monday's bombing of the market at four.",
            "This takes the toll of the raid on the farm to four dead.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &PARTNER);
            assert!(
                got.len() == 1 && got[0].count == 4 && got[0].refers == Refers::Restated,
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn each_clause_of_a_headline_has_its_own_target() {
        // A strike on militants told after a semicolon does not make the people a
        // militant attack killed before it militants; a car bomb kills whoever is there.
        for (input, n) in [
            ("Car bomb kills seven at market checkpoint; US strike hits al-Shabaab near the coast", 7),
            ("Suicide attack leaves 12 dead in Tolan; jets pound ISIS hideouts", 12),
            ("Roadside blast kills four on desert road; coalition raid targets Daesh cell", 4),
            ("Car bombing kills nine in the old city; army strikes militant camps", 9),
            ("Gunmen kill five at a wedding; drones hit Boko Haram bases in reply", 5),
        ] {
            check(&ON_MILITANTS, input, &[(Some(Other), Killed, n, Exact)]);
        }
        // The strike's own clause keeps its dead.
        check(
            &ON_MILITANTS,
            "Car bomb hits checkpoint; US strike kills 15 near the coast",
            &[(Some(Militants), Killed, 15, Exact)],
        );
    }

    #[test]
    fn people_of_an_incident_told_apart_are_not_the_operations() {
        for input in [
            "In a separate incident, a passenger jet crashed after take-off, killing all 176 people on board.",
            "Separately, a missile struck a wedding hall, killing 23 people.",
            "In an unrelated attack, a drone hit a market and killed nine people.",
            "In a separate blast on Friday, 14 people died at a bus station.",
            "Separately, shelling of a border town killed six people.",
        ] {
            all_other(&ON_MILITANTS, input);
        }
        // "Another strike" goes on with the operation.
        check(
            &ON_MILITANTS,
            "Another airstrike killed four people near the river.",
            &[(Some(Militants), Killed, 4, Exact)],
        );
    }

    #[test]
    fn a_second_verbs_bare_object_is_of_the_people_the_first_counted() {
        for (input, first, second) in [
            (
                "Gunmen stormed the post, killing three soldiers and wounding four.",
                (Some(PartnerForces), Killed, 3, Exact),
                (Some(PartnerForces), Injured, 4, Exact),
            ),
            (
                "The raids killed 31 operatives and detained more than 70.",
                (Some(Militants), Killed, 31, Exact),
                (Some(Militants), Captured, 70, MoreThan),
            ),
            (
                "Insurgents shot dead two policemen and injured five at the gate.",
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Injured, 5, Exact),
            ),
            (
                "Commandos captured twelve jihadists and killed six in the caves.",
                (Some(Militants), Captured, 12, Exact),
                (Some(Militants), Killed, 6, Exact),
            ),
            (
                "The blast wounded nine civilians and killed at least two.",
                (Some(Civilians), Injured, 9, Exact),
                (Some(Civilians), Killed, 2, AtLeast),
            ),
        ] {
            check(&PARTNER, input, &[first, second]);
        }
        // One militant named leaves no plural noun for the second count to borrow;
        // one of a force hit at its post names the force's people.
        check(
            &PARTNER,
            "The strike killed one militant and injured 18.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Other), Injured, 18, Exact),
            ],
        );
        for (input, expected) in [
            (
                "A bomb killed one Peshmerga fighter and wounded three near Kifri.",
                [
                    (Some(PartnerForces), Killed, 1, Exact),
                    (Some(PartnerForces), Injured, 3, Exact),
                ],
            ),
            (
                "Gunmen shot dead one Iraqi soldier and wounded two at the checkpoint.",
                [
                    (Some(PartnerForces), Killed, 1, Exact),
                    (Some(PartnerForces), Injured, 2, Exact),
                ],
            ),
            (
                "The drone wounded one U.S. service member and killed two.",
                [
                    (Some(UsForces), Injured, 1, Exact),
                    (Some(UsForces), Killed, 2, Exact),
                ],
            ),
            (
                "Militants killed one policeman and wounded six in the ambush.",
                [
                    (Some(PartnerForces), Killed, 1, Exact),
                    (Some(PartnerForces), Injured, 6, Exact),
                ],
            ),
            (
                "The blast killed one Kurdish soldier and injured 11 near the base.",
                [
                    (Some(PartnerForces), Killed, 1, Exact),
                    (Some(PartnerForces), Injured, 11, Exact),
                ],
            ),
        ] {
            check(&PARTNER, input, &expected);
        }
    }

    #[test]
    fn a_states_services_by_their_titles_are_the_partner_force() {
        // Title case of a state's own services leaves the force unnamed: in a report
        // on a partner force, they are its own.
        for (input, outcome, n) in [
            (
                "Two Federal Police officers were wounded when a bomb hit their pickup.",
                Injured,
                2,
            ),
            (
                "Gunmen shot dead three Border Guards near the crossing.",
                Killed,
                3,
            ),
            (
                "Four Emergency Response troops died in the blast.",
                Killed,
                4,
            ),
            ("The ambush left five Riot Police injured.", Injured, 5),
            (
                "Six Provincial Police Officers were killed at the checkpoint.",
                Killed,
                6,
            ),
        ] {
            check(&PARTNER, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
        // Another state's, or a named group's, stay someone else's.
        all_other(&PARTNER, "Two Jordanian Border Guards were wounded.");
        check(
            &PARTNER,
            "Three Hezbollah Border Guards were killed.",
            &[(Some(Militants), Killed, 3, Exact)],
        );
        // In a report on US forces, police are someone else's, titled or not.
        all_other(&US, "Two Federal Police officers were wounded.");
    }

    #[test]
    fn generic_military_nouns_take_the_articles_force() {
        check(
            &US,
            "Twelve marines were hurt when the barracks collapsed.",
            &[(Some(UsForces), Injured, 12, Exact)],
        );
        check(
            &US,
            "Two other sailors were injured in the fire.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
        check(
            &US,
            "At least 9 personnel are being treated for concussions.",
            &[(Some(UsForces), Injured, 9, AtLeast)],
        );
        check(
            &US,
            "The blast wounded 4 service members.",
            &[(Some(UsForces), Injured, 4, Exact)],
        );
        check(
            &PARTNER,
            "Fourteen soldiers were killed in the ambush.",
            &[(Some(PartnerForces), Killed, 14, Exact)],
        );
        check(
            &PARTNER,
            "The bomb hit a patrol, killing an officer and wounding four soldiers.",
            &[
                (Some(PartnerForces), Killed, 1, Exact),
                (Some(PartnerForces), Injured, 4, Exact),
            ],
        );
        check(
            &US,
            "A police officer was killed at the checkpoint.",
            &[(Some(Other), Killed, 1, Exact)],
        );
        check(
            &US,
            "Three Ukrainian soldiers were killed.",
            &[(Some(Other), Killed, 3, Exact)],
        );
        check(
            &US,
            "Seven government troops died.",
            &[(Some(Other), Killed, 7, Exact)],
        );
        check(
            &Actors::default(),
            "Twelve marines were hurt.",
            &[(Some(Other), Injured, 12, Exact)],
        );
    }

    #[test]
    fn people_lost_with_no_object_of_their_own_are_dead() {
        for (input, expected) in [
            (
                "Wing mourns four Airmen lost in Iraq crash",
                (Some(UsForces), Killed, 4, Exact),
            ),
            (
                "Two Navy SEALs were lost at sea during the boarding.",
                (Some(UsForces), Killed, 2, Exact),
            ),
            (
                "Three sailors lost at sea were never found.",
                (Some(UsForces), Killed, 3, Exact),
            ),
            (
                "Five marines were lost when the vehicle sank.",
                (Some(UsForces), Killed, 5, Exact),
            ),
            (
                "Nine crew members were lost aboard the freighter.",
                (Some(Other), Killed, 9, Exact),
            ),
        ] {
            check(&US, input, &[expected]);
        }
        // Losing a thing is no death.
        check(&US, "Two families lost their homes in the shelling.", &[]);
        check(
            &US,
            "The army lost contact with four patrols in the storm.",
            &[],
        );
    }

    #[test]
    fn people_counted_among_a_counted_set_share_its_outcome() {
        for (input, expected) in [
            (
                "Four members of the Ohio Air National Guard's rescue wing were among the seven Airmen killed when their helicopter crashed.",
                vec![(Some(UsForces), Killed, 4, Exact), (Some(UsForces), Killed, 7, Exact)],
            ),
            (
                "Two Britons were among the 12 people killed in the blast.",
                vec![(Some(Other), Killed, 2, Exact), (Some(Other), Killed, 12, Exact)],
            ),
            (
                "Three children were among 40 people wounded in the shelling.",
                vec![(Some(Civilians), Injured, 3, Exact), (Some(Other), Injured, 40, Exact)],
            ),
            (
                "Five Army National Guard soldiers were among the 11 troops hurt.",
                vec![(Some(UsForces), Injured, 5, Exact), (Some(UsForces), Injured, 11, Exact)],
            ),
            (
                "Two nurses were among the thirty civilians killed at the clinic.",
                vec![(Some(Civilians), Killed, 2, Exact), (Some(Civilians), Killed, 30, Exact)],
            ),
        ] {
            check(&US, input, &expected);
        }
    }

    #[test]
    fn a_military_council_is_an_allied_force_by_its_name() {
        for (input, expected) in [
            (
                "The blast wounded two fighters of the Manbij Military Council.",
                (Some(PartnerForces), Injured, 2, Exact),
            ),
            (
                "Three Military Council fighters were hurt at the checkpoint.",
                (Some(PartnerForces), Injured, 3, Exact),
            ),
            (
                "Two members of the Deir ez-Zor Military Council were killed.",
                (Some(PartnerForces), Killed, 2, Exact),
            ),
            (
                "Gunmen killed four fighters from the Raqqa Military Council overnight.",
                (Some(PartnerForces), Killed, 4, Exact),
            ),
            (
                "Five Tel Abyad Military Council fighters died in the ambush.",
                (Some(PartnerForces), Killed, 5, Exact),
            ),
        ] {
            check(&ON_MILITANTS, input, &[expected]);
        }
        // A council that is no military one names no force.
        check(
            &ON_MILITANTS,
            "The raid killed two fighters, the local council said.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_list_renaming_a_count_adds_no_one() {
        for (input, expected) in [
            (
                "Three soldiers, a sergeant and two privates, were wounded.",
                (Some(PartnerForces), Injured, 3, Exact),
            ),
            (
                "Two policemen, a captain and his driver, were killed at the gate.",
                (Some(PartnerForces), Killed, 2, Exact),
            ),
            (
                "Four civilians, two women and two children, died in the blast.",
                (Some(Civilians), Killed, 4, Exact),
            ),
            (
                "Five guards, a Kenyan and four Ugandans, were hurt.",
                (Some(PartnerForces), Injured, 5, Exact),
            ),
            (
                "Two soldiers, one Iraqi and one Syrian, were killed.",
                (Some(PartnerForces), Killed, 2, Exact),
            ),
        ] {
            check(&PARTNER, input, &[expected]);
        }
    }

    #[test]
    fn combatants_are_a_forces_people_not_the_next_conjuncts() {
        // "Combatants" names fighters: the report's own force, never the civilians
        // listed after them.
        for (input, expected) in [
            (
                "Al-Raqqah: 14 attacks left 13 combatants and two civilians dead.",
                vec![
                    (Some(PartnerForces), Killed, 13, Exact),
                    (Some(Civilians), Killed, 2, Exact),
                ],
            ),
            (
                "The raids killed 13 combatants and two civilians.",
                vec![
                    (Some(PartnerForces), Killed, 13, Exact),
                    (Some(Civilians), Killed, 2, Exact),
                ],
            ),
            (
                "Three attacks left two combatants dead.",
                vec![(Some(PartnerForces), Killed, 2, Exact)],
            ),
            (
                "Seven combatants and a child were wounded in the shelling.",
                vec![
                    (Some(PartnerForces), Injured, 7, Exact),
                    (Some(Civilians), Injured, 1, Exact),
                ],
            ),
            (
                "At least 40 combatants have died in the fighting, the monitor said.",
                vec![(Some(PartnerForces), Killed, 40, AtLeast)],
            ),
        ] {
            check(&PARTNER, input, &expected);
        }
    }

    #[test]
    fn a_foreign_nations_people_are_not_the_operations_militants() {
        for (sentence, outcome, count) in [
            (
                "The ministry announced the death of a UK service person on Friday.",
                Killed,
                1,
            ),
            ("Two Italian men were wounded in the raid.", Injured, 2),
            (
                "The strike killed three French persons, officials said.",
                Killed,
                3,
            ),
            (
                "Four Canadian individuals were hurt in the raid.",
                Injured,
                4,
            ),
            ("The raid left two German people dead.", Killed, 2),
        ] {
            check(
                &ON_MILITANTS,
                sentence,
                &[(Some(Other), outcome, count, Exact)],
            );
        }
        // People named by no nation stay the operation's.
        check(
            &ON_MILITANTS,
            "The raid left two people dead.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
    }

    #[test]
    fn people_killed_in_fighting_are_of_both_sides() {
        // In a report of an operation on militants, people killed in clashes, battles
        // or a firefight are of both sides: mixed.
        for (sentence, outcome, count, qualifier) in [
            ("Death toll rises: 90 people killed in clashes between the council and tribal gunmen", Killed, 90, Exact),
            ("At least nine people were killed Tuesday in fighting around the village.", Killed, 9, AtLeast),
            ("The monitor documented the deaths of four more persons in sporadic clashes at dawn.", Killed, 4, Exact),
            ("Some 30 men were wounded in a gun battle near the dam.", Injured, 30, About),
            ("Twelve people died as a firefight raged through the market.", Killed, 12, Exact),
        ] {
            check(&ON_MILITANTS, sentence, &[(Some(Other), outcome, count, qualifier)]);
        }
        // A raid in the fighting is the operation's: its people are militants.
        check(
            &ON_MILITANTS,
            "The raid sparked clashes that left 6 individuals dead.",
            &[(Some(Militants), Killed, 6, Exact)],
        );
    }

    #[test]
    fn people_killed_in_an_operation_on_militants_are_militants() {
        check(
            &ON_MILITANTS,
            "One man was killed and another wounded in the strike on a pickup.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Injured, 1, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "The raid left 6 individuals dead.",
            &[(Some(Militants), Killed, 6, Exact)],
        );
        check(
            &ON_MILITANTS,
            "The operation resulted in the deaths of at least 11 people.",
            &[(Some(Militants), Killed, 11, AtLeast)],
        );
        check(
            &ON_MILITANTS,
            "The airstrike killed 12, officials said.",
            &[(Some(Militants), Killed, 12, Exact)],
        );
        check(
            &Actors::default(),
            "Jets pounded a Shabab camp in a raid that killed 9.",
            &[(Some(Militants), Killed, 9, Exact)],
        );
        // Civilians named among the dead keep the people mixed.
        check(
            &ON_MILITANTS,
            "An airstrike killed 8 people, including two children.",
            &[
                (Some(Other), Killed, 8, Exact),
                (Some(Civilians), Killed, 2, Exact),
            ],
        );
        // No operation on militants in the article: people stay unstated.
        check(
            &US,
            "A strike on a farmhouse killed four people.",
            &[(Some(Other), Killed, 4, Exact)],
        );
    }

    #[test]
    fn suspects_held_in_an_operation_on_militants_are_militants() {
        check(
            &ON_MILITANTS,
            "The raid also netted 4 suspects, who were arrested on the spot.",
            &[(Some(Militants), Captured, 4, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Troops arrested eight suspects during the operation.",
            &[(Some(Militants), Captured, 8, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Five suspects were detained after the raid.",
            &[(Some(Militants), Captured, 5, Exact)],
        );
        check(
            &US,
            "Police detained 3 suspects after the raid on a bakery.",
            &[(Some(Other), Captured, 3, Exact)],
        );
        // In a report that names militants, suspects held are suspected militants.
        check(
            &ON_MILITANTS,
            "Police detained 3 suspects in Baghdad.",
            &[(Some(Militants), Captured, 3, Exact)],
        );
        for (input, n) in [
            (
                "Border guards arrested three men suspected of belonging to ISIS.",
                3,
            ),
            ("Two women accused of links to al-Shabaab were detained.", 2),
            (
                "Police arrested 5 people believed to be Boko Haram members.",
                5,
            ),
        ] {
            check(&US, input, &[(Some(Militants), Captured, n, Exact)]);
        }
    }

    #[test]
    fn lists_share_a_head_and_an_outcome() {
        check(
            &US,
            "Two British servicemen and three American soldiers were wounded.",
            &[
                (Some(Other), Injured, 2, Exact),
                (Some(UsForces), Injured, 3, Exact),
            ],
        );
        check(
            &US,
            "Two American and one Canadian airmen died.",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "2 U.S., 1 Australian personnel killed in mortar fire",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "Militants killed one Danish and two American sailors last spring.",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(UsForces), Killed, 2, Exact),
            ],
        );
        check(
            &US,
            "The rockets killed three Americans and 2 Canadian nationals.",
            &[
                (Some(UsForces), Killed, 3, Exact),
                (Some(Other), Killed, 2, Exact),
            ],
        );
        check(
            &US,
            "Five soldiers and one contractor were hurt.",
            &[
                (Some(UsForces), Injured, 5, Exact),
                (Some(Other), Injured, 1, Exact),
            ],
        );
    }

    #[test]
    fn others_are_of_the_force_named_before_them() {
        check(
            &Actors::default(),
            "Three Iraqi soldiers were killed and 11 others were wounded.",
            &[
                (Some(PartnerForces), Killed, 3, Exact),
                (Some(PartnerForces), Injured, 11, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Four ISIS fighters were killed and two others captured.",
            &[
                (Some(Militants), Killed, 4, Exact),
                (Some(Militants), Captured, 2, Exact),
            ],
        );
        check(
            &US,
            "Two airmen died, and 9 others were hurt on Friday.",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(UsForces), Injured, 9, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Two civilians died and 6 others were hurt.",
            &[
                (Some(Civilians), Killed, 2, Exact),
                (Some(Civilians), Injured, 6, Exact),
            ],
        );
        check(
            &Actors::default(),
            "A woman was killed and four others were injured.",
            &[
                (Some(Civilians), Killed, 1, Exact),
                (Some(Other), Injured, 4, Exact),
            ],
        );
    }

    #[test]
    fn a_conjunct_without_a_head_shares_the_outcome() {
        check(
            &US,
            "Two Dutch marines and one from Norway were killed.",
            &[
                (Some(Other), Killed, 2, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "Four soldiers and one from the navy were hurt.",
            &[
                (Some(UsForces), Injured, 4, Exact),
                (Some(Other), Injured, 1, Exact),
            ],
        );
        check(
            &Actors::default(),
            "3 Kurdish fighters, 2 from the village and one from Erbil were wounded.",
            &[
                (Some(PartnerForces), Injured, 3, Exact),
                (Some(Other), Injured, 2, Exact),
                (Some(Other), Injured, 1, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Seven policemen and two of the drivers were killed.",
            &[
                (Some(Other), Killed, 7, Exact),
                (Some(Other), Killed, 2, Exact),
            ],
        );
        check(
            &US,
            "Five sailors, and one from the air force, died in the crash.",
            &[
                (Some(UsForces), Killed, 5, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
    }

    #[test]
    fn more_and_another_count_more_of_the_same() {
        check(
            &US,
            "Two soldiers were killed, and another three were hurt.",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(UsForces), Injured, 3, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Four Kurdish fighters died; 2 more were wounded.",
            &[
                (Some(PartnerForces), Killed, 4, Exact),
                (Some(PartnerForces), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Seven ISIS militants were killed and five more captured.",
            &[
                (Some(Militants), Killed, 7, Exact),
                (Some(Militants), Captured, 5, Exact),
            ],
        );
        check(
            &Actors::default(),
            "One soldier died and another attack followed a week later.",
            &[(Some(Other), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "The militia fired 20 more rockets.",
            &[],
        );
    }

    #[test]
    fn one_more_victim_who_also_died_counts_one() {
        for (sentence, group) in [
            ("A US service member also died in the explosion.", UsForces),
            ("An Iraqi policeman also died at the scene.", PartnerForces),
            ("A contractor too died of his injuries.", Other),
            (
                "In the blast, a Danish sapper also died, the army said.",
                Other,
            ),
            (
                "A U.S. soldier also died when the vehicle overturned.",
                UsForces,
            ),
        ] {
            check(&US, sentence, &[(Some(group), Killed, 1, Exact)]);
        }
    }

    #[test]
    fn a_source_telling_the_death_of_one_counts_one() {
        for (sentence, group) in [
            (
                "The ministry can confirm the death of a British serviceman in Syria.",
                Other,
            ),
            (
                "The Pentagon announced the death of an American soldier on Friday.",
                UsForces,
            ),
            (
                "Baghdad mourned the killing of an Iraqi officer near the dam.",
                PartnerForces,
            ),
            (
                "State media reported the death of a contractor in the strike.",
                Other,
            ),
            (
                "Officials confirm the death of a US Marine in Anbar",
                UsForces,
            ),
        ] {
            check(&US, sentence, &[(Some(group), Killed, 1, Exact)]);
        }
        // A death recalled, or a target's, is no figure.
        check(&US, "The raid came after the death of a guard in May.", &[]);
        check(
            &US,
            "Officials confirmed the killing of a senior commander.",
            &[],
        );
    }

    #[test]
    fn a_single_victim_counts_one() {
        check(&US, "Sgt. Jane Doe, a medic, was killed in the blast.", &[]);
        check(
            &US,
            "An American was killed in the attack.",
            &[(Some(UsForces), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "A security guard was killed and two others hurt.",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(Other), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Officials said an Iraqi soldier was seriously wounded.",
            &[(Some(PartnerForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "The blast left a marine with a concussion.",
            &[(Some(UsForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "Nine people, including a U.S. airman, were injured.",
            &[
                (Some(Other), Injured, 9, Exact),
                (Some(UsForces), Injured, 1, Exact),
            ],
        );
        check(
            &Actors::default(),
            "A deputy of the al-Shabab group was captured.",
            &[(Some(Militants), Captured, 1, Exact)],
        );
        check(
            &Actors::default(),
            "The drone killed a commander of the group in 2019.",
            &[],
        );
        check(
            &Actors::default(),
            "It was a year since a pilot was hurt.",
            &[],
        );
    }

    #[test]
    fn a_toll_reaches_its_verb_across_a_long_subject() {
        check(
            &Actors::default(),
            "The death toll from the ambush on an army convoy near the northern border crossing has climbed to nine.",
            &[(None, Killed, 9, Exact)],
        );
        check(
            &Actors::default(),
            "Death toll from market bombing rises to twelve",
            &[(None, Killed, 12, Exact)],
        );
        check(
            &Actors::default(),
            "The toll in the ferry fire now stands at 23.",
            &[(None, Killed, 23, Exact)],
        );
        check(
            &Actors::default(),
            "The death toll from the clashes in the northern governorate has risen to at least forty-one, the health ministry said.",
            &[(None, Killed, 41, AtLeast)],
        );
        check(
            &Actors::default(),
            "Civilian casualties from the raid rose sharply to 15 on Tuesday.",
            &[(Some(Civilians), Killed, 15, Exact)],
        );
        check(
            &US,
            "The injury toll among the marines has risen to at least 31.",
            &[(Some(UsForces), Injured, 31, AtLeast)],
        );
        check(
            &Actors::default(),
            "By Monday the number of injured in the stadium collapse had jumped to 57.",
            &[(None, Injured, 57, Exact)],
        );
    }

    #[test]
    fn no_toll_without_a_toll_subject() {
        check(
            &Actors::default(),
            "The toll road reopened to 40 trucks.",
            &[],
        );
        check(
            &Actors::default(),
            "The water in the toll tunnel rose to 3 metres.",
            &[],
        );
        check(
            &Actors::default(),
            "Traffic on the toll bridge has reached 4,000 cars a day.",
            &[],
        );
        check(
            &Actors::default(),
            "The death toll was disputed and the crowd grew to 500.",
            &[],
        );
    }

    #[test]
    fn tolls_and_nominal_outcomes() {
        check(
            &Actors::default(),
            "Police put the number of injured at 23.",
            &[(None, Injured, 23, Exact)],
        );
        check(
            &Actors::default(),
            "By Friday the number of the dead stood at 61.",
            &[(None, Killed, 61, Exact)],
        );
        check(
            &Actors::default(),
            "The clash ended with the killing of twenty-two gunmen.",
            &[(Some(Militants), Killed, 22, Exact)],
        );
        check(
            &Actors::default(),
            "A fire broke out, resulting in the deaths of 8 guards.",
            &[(Some(Other), Killed, 8, Exact)],
        );
        check(
            &US,
            "The names of 4 soldiers killed in the crash were released.",
            &[(Some(UsForces), Killed, 4, Exact)],
        );
        check(
            &US,
            "It listed the four soldiers who were killed on Friday.",
            &[(Some(UsForces), Killed, 4, Exact)],
        );
        check(
            &Actors::default(),
            "Two of 5 soldiers killed were women.",
            &[],
        );
    }

    #[test]
    fn an_outcome_verb_counts_whatever_it_names() {
        check(
            &Actors::default(),
            "The blast killed 14 shoppers.",
            &[(Some(Civilians), Killed, 14, Exact)],
        );
        check(
            &Actors::default(),
            "Shrapnel wounded three bystanders and 2 firefighters.",
            &[
                (Some(Civilians), Injured, 3, Exact),
                (Some(Other), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Troops captured 5 smugglers at the border.",
            &[(Some(Militants), Captured, 5, Exact)],
        );
        check(
            &Actors::default(),
            "The strike killed 40 sheep.",
            &[(Some(Other), Killed, 40, Exact)],
        );
        check(&Actors::default(), "The storm destroyed 30 houses.", &[]);
        check(&Actors::default(), "He was killed 3 years ago.", &[]);
        check(
            &Actors::default(),
            "Snipers wounded 2 percent of the crowd.",
            &[],
        );
    }

    #[test]
    fn a_pronoun_gives_its_people_to_the_force_named_before() {
        check(
            &US,
            "The SDF said two of its fighters were killed in the clashes.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "ISIS claimed the attack and said three of its members died.",
            &[(Some(Militants), Killed, 3, Exact)],
        );
        check(
            &ON_MILITANTS,
            "The group said 12 of its fighters were killed.",
            &[(Some(Militants), Killed, 12, Exact)],
        );
        check(
            &US,
            "Peshmerga officials said that 6 of their troops were wounded.",
            &[(Some(PartnerForces), Injured, 6, Exact)],
        );
        check(
            &PARTNER,
            "The Pentagon said that two of its soldiers were hurt.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
        check(
            &US,
            "Turkish officials said 5 of their soldiers died.",
            &[(Some(Other), Killed, 5, Exact)],
        );
    }

    #[test]
    fn all_before_a_count_and_the_dead_of_an_airliner() {
        check(
            &ON_MILITANTS,
            "Iranian forces shot down an airliner, killing all 176 people on board.",
            &[(Some(Other), Killed, 176, Exact)],
        );
        check(
            &ON_MILITANTS,
            "A passenger jet crashed near the capital, killing all 52 people aboard.",
            &[(Some(Other), Killed, 52, Exact)],
        );
        check(
            &Actors::default(),
            "The blaze killed all 12 crew members.",
            &[(Some(Other), Killed, 12, Exact)],
        );
        check(
            &US,
            "The ambush wounded all four U.S. soldiers in the vehicle.",
            &[(Some(UsForces), Injured, 4, Exact)],
        );
        check(
            &PARTNER,
            "Gunmen executed all 9 Iraqi policemen at the checkpoint.",
            &[(Some(PartnerForces), Killed, 9, Exact)],
        );
    }

    #[test]
    fn the_toll_of_a_strike_on_militants_is_theirs() {
        for (text, n) in [
            (
                "The death toll from U.S. airstrikes on an Iran-backed militia rose to 25.",
                25,
            ),
            (
                "The toll of the raid against ISIS hideouts has climbed to 14.",
                14,
            ),
            (
                "Deaths from Sunday's strikes on Shabab camps have risen to 31.",
                31,
            ),
        ] {
            check(
                &Actors::default(),
                text,
                &[(Some(Militants), Killed, n, Exact)],
            );
        }
        // A strike on a market kills whoever is there.
        let text = "The death toll from the strike on the market rose to 9.";
        let toks = tokenize(text, 0..text.len());
        let got = figures_in(text, &toks, &Actors::default());
        assert_eq!(got.len(), 1, "{text}");
        assert_ne!(got[0].group, Some(Militants), "{text}");
    }

    #[test]
    fn victims_of_murder_are_no_operations_targets() {
        // In a report of an operation on militants, "people" killed by it are militants;
        // people murdered, executed or beheaded are victims, of no side named.
        check(
            &ON_MILITANTS,
            "Last year, 126 people were murdered in the camp.",
            &[(Some(Other), Killed, 126, Exact)],
        );
        check(
            &ON_MILITANTS,
            "The cell had beheaded four men in the desert.",
            &[(Some(Other), Killed, 4, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Three people were assassinated in the town last month.",
            &[(Some(Other), Killed, 3, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Eleven individuals were butchered in the village.",
            &[(Some(Other), Killed, 11, Exact)],
        );
        // The operation's own dead stay militants.
        check(
            &ON_MILITANTS,
            "Five people were killed in the strike.",
            &[(Some(Militants), Killed, 5, Exact)],
        );
    }

    /// The actors of a report whose earlier sentences name `carried`.
    fn carrying(carried: Group, targets_militants: bool) -> Actors {
        Actors {
            own_force: Some(UsForces),
            targets_militants,
            militants_named: true,
            carried: Some(carried),
            recalled: None,
            host: None,
            head_sides: Default::default(),
            speaker: None,
            allied_strikes: false,
        }
    }

    #[test]
    fn a_pronoun_or_the_group_points_back_past_its_sentence() {
        // The force is named in an earlier sentence ([`Actors::carried_from`]).
        check(
            &carrying(PartnerForces, true),
            "Two of its members were injured, the statement added.",
            &[(Some(PartnerForces), Injured, 2, Exact)],
        );
        check(
            &carrying(PartnerForces, false),
            "On April 28, a similar drone killed two of the group's fighters.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &carrying(Militants, false),
            "Three of their commanders died in the bombardment.",
            &[(Some(Militants), Killed, 3, Exact)],
        );
        check(
            &carrying(Other, true),
            "The faction said 7 of its men were wounded.",
            &[(Some(Other), Injured, 7, Exact)],
        );
        // "the group" in its own sentence points to the force named before it.
        check(
            &ON_MILITANTS,
            "Ambushes hit SDF checkpoints, in which the group says at least 30 of its members have died.",
            &[(Some(PartnerForces), Killed, 30, AtLeast)],
        );
        check(
            &ON_MILITANTS,
            "In February, a similar operation killed two members of the group in Idlib.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(
            &carrying(PartnerForces, true),
            "A roadside bomb wounded five members of the group near the border.",
            &[(Some(PartnerForces), Injured, 5, Exact)],
        );
    }

    #[test]
    fn a_bare_count_after_a_figure_counts_the_same_people() {
        check(
            &US,
            "Three Iraqi soldiers were wounded in an exchange of fire, and one later died of his injuries.",
            &[
                (Some(PartnerForces), Injured, 3, Exact),
                (Some(PartnerForces), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "The SDF said four of its fighters had been killed and a further nine wounded.",
            &[
                (Some(PartnerForces), Killed, 4, Exact),
                (Some(PartnerForces), Injured, 9, Exact),
            ],
        );
        check(
            &US,
            "Five Kurdish peshmerga were hurt; two were also taken prisoner, and one subsequently died.",
            &[
                (Some(PartnerForces), Injured, 5, Exact),
                (Some(PartnerForces), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "Eleven American sailors were injured and an additional 3 seriously hurt in the fire.",
            &[
                (Some(UsForces), Injured, 11, Exact),
                (Some(UsForces), Injured, 3, Exact),
            ],
        );
        check(
            &US,
            "2 British soldiers were killed and 6 were badly wounded.",
            &[
                (Some(Other), Killed, 2, Exact),
                (Some(Other), Injured, 6, Exact),
            ],
        );
        check(
            &US,
            "Twelve ISIS militants died in the strike and a further four were later captured.",
            &[
                (Some(Militants), Killed, 12, Exact),
                (Some(Militants), Captured, 4, Exact),
            ],
        );
    }

    #[test]
    fn people_killed_in_a_report_on_militants_need_no_strike_word() {
        for (input, count) in [
            ("\"We assess that four individuals were killed, and there are no indications that civilians were harmed,\" the command said.", 4),
            ("Officials said 6 people died and no civilians were hurt.", 6),
            ("According to the statement, nine persons were killed at the compound.", 9),
            ("CENTCOM believes three individuals died, none of them civilians.", 3),
            ("Two men were killed, a spokesman said, without any civilians harmed.", 2),
        ] {
            check(&ON_MILITANTS, input, &[(Some(Militants), Killed, count, Exact)]);
        }
        // Civilians named among the dead keep them mixed; so does an article that is
        // not about an operation on militants.
        check(
            &ON_MILITANTS,
            "Five people had died, including a child.",
            &[
                (Some(Other), Killed, 5, Exact),
                (Some(Civilians), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "Officials said 6 people died and no civilians were hurt.",
            &[(Some(Other), Killed, 6, Exact)],
        );
    }

    #[test]
    fn a_single_victim_of_any_noun_counts_one_and_takes_its_modifiers_force() {
        check(
            &US,
            "A Navy corpsman was also lightly hurt, one official said.",
            &[(Some(UsForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "Three American soldiers have been injured and an Iraqi army captain killed.",
            &[
                (Some(UsForces), Injured, 3, Exact),
                (Some(PartnerForces), Killed, 1, Exact),
            ],
        );
        check(
            &PARTNER,
            "Officials said a Peshmerga lieutenant was seriously wounded.",
            &[(Some(PartnerForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "Two sailors were hurt and a British gunner was killed in the blast.",
            &[
                (Some(UsForces), Injured, 2, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
        check(
            &US,
            "A shepherd was killed when the shell landed.",
            &[(Some(Civilians), Killed, 1, Exact)],
        );
        // An agent with an object is not a victim; a named affiliate is not either.
        check(
            &US,
            "On April 28, a similar drone killed two of the fighters.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(&US, "A rocket was fired at the base.", &[]);
    }

    #[test]
    fn n_of_them_after_a_verb_of_harm_are_the_people_named_before() {
        check(
            &US,
            "Jets struck the attackers as they fled, killing about a dozen of them.",
            &[(Some(Militants), Killed, 12, About)],
        );
        check(
            &US,
            "Coalition aircraft pursued the militants and killed 12 of them.",
            &[(Some(Militants), Killed, 12, Exact)],
        );
        check(
            &carrying(PartnerForces, false),
            "The mortar fire wounded three of them before dawn.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &US,
            "Kurdish peshmerga came under fire, and the snipers killed at least four of them.",
            &[(Some(PartnerForces), Killed, 4, AtLeast)],
        );
        check(
            &US,
            "Gunmen ambushed British troops, wounding 2 of them.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        // Without a verb of harm, "of them" is a part of people already counted.
        check(&US, "Two of them were flown to Germany.", &[]);
    }

    #[test]
    fn a_subset_that_names_its_group_makes_the_people_mixed() {
        check(
            &ON_MILITANTS,
            "Israeli strikes killed 40 people in southern Lebanon, including 11 Hezbollah fighters.",
            &[(Some(Other), Killed, 40, Exact), (Some(Militants), Killed, 11, Exact)],
        );
        check(
            &ON_MILITANTS,
            "The assault left five people dead, among them a teenager.",
            &[
                (Some(Other), Killed, 5, Exact),
                (Some(Civilians), Killed, 1, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "The strike killed 9 individuals, among whom were two ISIS commanders.",
            &[
                (Some(Other), Killed, 9, Exact),
                (Some(Militants), Killed, 2, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Airstrikes killed at least 20 people, including three Iraqi soldiers.",
            &[
                (Some(Other), Killed, 20, AtLeast),
                (Some(PartnerForces), Killed, 3, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "A raid killed 6 persons, including an infant.",
            &[
                (Some(Other), Killed, 6, Exact),
                (Some(Civilians), Killed, 1, Exact),
            ],
        );
        // A subset named by its role only is of the same people.
        check(
            &ON_MILITANTS,
            "The strike killed at least 28 people, including four senior leaders.",
            &[(Some(Militants), Killed, 28, AtLeast)],
        );
    }

    #[test]
    fn a_count_told_on_a_named_side_is_that_sides() {
        for (input, group, outcome, n) in [
            (
                "The provisional toll on the friendly side is seven dead.",
                PartnerForces,
                Killed,
                7,
            ),
            ("Losses on our side: three dead.", PartnerForces, Killed, 3),
            (
                "The toll in our own ranks stands at 4 dead.",
                PartnerForces,
                Killed,
                4,
            ),
            (
                "On the enemy side, the toll is 41 dead.",
                Militants,
                Killed,
                41,
            ),
            (
                "The toll on the enemy side reached twenty dead.",
                Militants,
                Killed,
                20,
            ),
        ] {
            check(&PARTNER, input, &[(Some(group), outcome, n, Exact)]);
        }
    }

    #[test]
    fn a_headline_opening_on_an_ordinal_counts_one_more_of_the_force() {
        for (input, outcome) in [
            ("Second soldier martyred from base attack", Killed),
            ("Third policeman killed in Diyala blast", Killed),
            ("Fourth soldier wounded as clashes continue", Injured),
            ("Second Officer Killed in Checkpoint Ambush", Killed),
            ("Fifth guard injured in prison riot", Injured),
        ] {
            check(&PARTNER, input, &[(Some(PartnerForces), outcome, 1, Exact)]);
        }
    }

    #[test]
    fn a_single_victim_past_a_long_participle_phrase_is_counted() {
        for (input, outcome) in [
            (
                "A medic travelling with the convoy from the northern base was also killed.",
                Killed,
            ),
            (
                "A contractor working for a U.S. firm at the base was also slightly hurt.",
                Injured,
            ),
            (
                "A driver delivering fuel to the checkpoint near the river was wounded.",
                Injured,
            ),
            (
                "A soldier guarding the fuel depot at the remote desert outpost was injured.",
                Injured,
            ),
            (
                "A translator accompanying the patrol along the canal road was killed.",
                Killed,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(u32, Outcome)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.count, f.outcome))
                .collect();
            assert_eq!(got, [(1, outcome)], "{input}");
        }
    }

    #[test]
    fn a_rank_standing_as_the_head_is_one_of_the_articles_force() {
        for (input, outcome) in [
            (
                "A corporal was killed when the shell hit the tower.",
                Killed,
            ),
            ("Officials said a sergeant had been wounded.", Injured),
            ("A young lieutenant on patrol duty was badly hurt.", Injured),
            ("A captain at the northern gate was shot dead.", Killed),
            (
                "And a colonel inside the command post was injured.",
                Injured,
            ),
        ] {
            check(&PARTNER, input, &[(Some(PartnerForces), outcome, 1, Exact)]);
        }
        // A rank before another noun is no head; "private" and "major" are adjectives
        // there.
        for input in [
            "A private contractor was killed.",
            "Major damage was reported at the depot.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &PARTNER);
            assert!(
                got.iter().all(|f| f.group != Some(PartnerForces)),
                "{input}: {got:?}"
            );
        }
        // Two ranks in a list, each counted.
        check(
            &PARTNER,
            "Two sergeants and a captain were killed in the blast.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Killed, 1, Exact),
            ],
        );
    }

    #[test]
    fn coalition_troops_are_of_several_nations() {
        for (input, outcome, n) in [
            (
                "Seven coalition troops were wounded in the barrage.",
                Injured,
                7,
            ),
            ("The rockets injured three coalition personnel.", Injured, 3),
            (
                "Two coalition soldiers died when the convoy was hit.",
                Killed,
                2,
            ),
            ("A coalition service member was killed.", Killed, 1),
            (
                "Four Coalition servicemembers suffered minor injuries.",
                Injured,
                4,
            ),
        ] {
            check(&US, input, &[(Some(Other), outcome, n, Exact)]);
        }
        // A coalition partner force is allied.
        check(
            &US,
            "Two fighters of a coalition partner force were killed.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_part_naming_its_side_under_a_whole_of_no_side_makes_the_whole_mixed() {
        for (input, whole, part, pg) in [
            (
                "Seven personnel, three of them American, were wounded.",
                7,
                3,
                UsForces,
            ),
            (
                "The blast hurt nine troops, four of them Iraqi soldiers.",
                9,
                4,
                PartnerForces,
            ),
            (
                "Twelve service members, five of them Americans, were injured.",
                12,
                5,
                UsForces,
            ),
            (
                "Six soldiers, two of them Kurdish fighters, died.",
                6,
                2,
                PartnerForces,
            ),
            (
                "The drone wounded 10 personnel, 6 of them U.S. troops.",
                10,
                6,
                UsForces,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, u32)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.group, f.count))
                .collect();
            assert_eq!(got, [(Some(Other), whole), (Some(pg), part)], "{input}");
        }
        // A whole that names its side keeps it; a rank names none.
        for input in [
            "Ten civilians died, seven of them children.",
            "Eight militia fighters died, six of them Iraqi nationals.",
            "The raid killed nine fighters, two of them commanders.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &ON_MILITANTS);
            assert!(
                got.first().is_some_and(|f| f.group != Some(Other)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn a_breakdown_by_side_after_a_dash_or_colon_makes_the_whole_mixed() {
        for input in [
            "Nine service members were hurt: five Americans and four Iraqi soldiers.",
            "The drone injured nine personnel - five U.S. troops and four Iraqi soldiers.",
            "Nine troops were wounded – 5 American soldiers and 4 Kurdish fighters.",
            "Rockets hurt nine soldiers: five US service members, four Iraqi troops.",
            "Nine personnel were injured: four Iraqi soldiers and five U.S. troops.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let mut got: Vec<(Option<Group>, u32)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.group, f.count))
                .collect();
            got.sort_by_key(|g| g.1);
            assert_eq!(
                got,
                [
                    (Some(PartnerForces), 4),
                    (Some(UsForces), 5),
                    (Some(Other), 9)
                ],
                "{input}"
            );
        }
        // Parts of the side the whole names are its note.
        let input = "Ten Americans were hurt: six soldiers and four marines.";
        let toks = tokenize(input, 0..input.len());
        let got = figures_in(input, &toks, &US);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].group, got[0].count), (Some(UsForces), 10));
    }

    #[test]
    fn martyrs_victims_or_the_dead_before_a_colon_are_split_by_side() {
        for input in [
            "The toll rose to nine dead: three civilians and six Iraqi soldiers.",
            "The shelling left nine martyrs: three civilians and six Iraqi soldiers.",
            "Nine victims died in the blast: 3 civilians, 6 Iraqi soldiers.",
            "Nine martyrs fell – six Iraqi soldiers and three civilians.",
            "The ministry mourned nine martyrs: six Iraqi soldiers, three civilians.",
            "\"We counted nine martyrs: three civilians and six Iraqi soldiers,\" he said.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let mut got: Vec<(Option<Group>, u32)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.group, f.count))
                .collect();
            got.sort_by_key(|g| g.1);
            assert_eq!(
                got,
                [
                    (Some(Civilians), 3),
                    (Some(PartnerForces), 6),
                    (Some(Other), 9)
                ],
                "{input}"
            );
        }
    }

    #[test]
    fn more_people_of_the_noun_just_counted_are_of_its_side() {
        for (input, g) in [
            (
                "One SDF fighter was martyred and two other fighters were wounded.",
                PartnerForces,
            ),
            (
                "Three Iraqi soldiers died and two other soldiers were hurt.",
                PartnerForces,
            ),
            (
                "Two Peshmerga fighters were killed, and 3 other fighters were injured.",
                PartnerForces,
            ),
            (
                "A Kurdish fighter died; four other fighters were wounded.",
                PartnerForces,
            ),
            (
                "Five ISIS fighters were killed and two other fighters captured.",
                Militants,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Option<Group>> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| f.group)
                .collect();
            assert_eq!(got, [Some(g), Some(g)], "{input}");
        }
    }

    #[test]
    fn a_partner_is_a_person_of_the_allied_force() {
        for (input, outcome, n) in [
            ("One SDF partner lost his life.", Killed, 1),
            ("Two of our Kurdish partners were wounded.", Injured, 2),
            ("The blast killed three partner soldiers.", Killed, 3),
            ("Four partners were hurt in the raid.", Injured, 4),
            ("Militants killed five of our partners.", Killed, 5),
        ] {
            check(&US, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
    }

    #[test]
    fn a_bare_count_held_in_an_operation_on_militants_is_militants() {
        for (input, n) in [
            ("Three arrested.", 3),
            ("Troops detained 14 in the sweep.", 14),
            ("Seven were captured alive.", 7),
            ("Police arrested 4 after the raid.", 4),
            ("Two were detained at dawn.", 2),
        ] {
            check(
                &ON_MILITANTS,
                input,
                &[(Some(Militants), Captured, n, Exact)],
            );
        }
    }

    #[test]
    fn a_bare_count_that_suffered_harm_is_counted() {
        for (input, n) in [
            ("Two sustained minor shrapnel wounds.", 2),
            ("Officials said three suffered burns.", 3),
            ("Four sustained concussions in the blast.", 4),
            ("At the clinic, 5 suffered cuts and bruises.", 5),
            ("Six suffered shrapnel wounds, the army said.", 6),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(u32, Outcome)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.count, f.outcome))
                .collect();
            assert_eq!(got, [(n, Injured)], "{input}");
        }
    }

    #[test]
    fn people_found_dead_are_killed() {
        for (input, n) in [
            ("Two drivers were later found dead.", 2),
            (
                "Police said four shepherds were found dead near the road.",
                4,
            ),
            ("Three hostages were found dead on Monday.", 3),
            ("The bodies of 5 men were found dead in a ditch.", 5),
            ("Seven villagers missing since the raid were found dead.", 7),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(u32, Outcome)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.count, f.outcome))
                .collect();
            assert_eq!(got, [(n, Killed)], "{input}");
        }
    }

    #[test]
    fn a_breakdown_of_troops_by_people_names_each_nations_force() {
        for input in [
            "The drone injured ten personnel - four Jordanians and six Americans.",
            "Ten troops were hurt: 4 Iraqis and 6 Americans.",
            "Ten service members were wounded (four Kurds and six Americans).",
            "The blast hurt ten soldiers - six Americans, four Iraqis.",
            "Ten personnel were injured: four Egyptians and six Americans.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let mut got: Vec<(Option<Group>, u32)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.group, f.count))
                .collect();
            got.sort_by_key(|g| g.1);
            assert_eq!(
                got,
                [
                    (Some(PartnerForces), 4),
                    (Some(UsForces), 6),
                    (Some(Other), 10)
                ],
                "{input}"
            );
        }
    }

    #[test]
    fn soldiers_after_soldiers_of_a_side_are_of_it() {
        for input in [
            "The attack killed three US Army reservists and wounded more than 40 other service members.",
            "Two Iraqi soldiers died and three other troops were hurt.",
            "A Kurdish sergeant was killed and two other soldiers were wounded.",
            "Four American marines were hurt, and five other personnel suffered concussions.",
            "Rockets killed an Iraqi officer and injured 6 other soldiers.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Option<Group>> = figures_in(input, &toks, &Actors::default())
                .iter()
                .map(|f| f.group)
                .collect();
            assert!(got.len() == 2 && got[0] == got[1] && got[0].is_some(), "{input}: {got:?}");
        }
    }

    #[test]
    fn members_of_an_allied_force_by_name_or_of_the_host_states_forces_are_partners() {
        for (input, outcome, n) in [
            (
                "One member of the Counter-Terrorism Group of the regional council was killed.",
                Killed,
                1,
            ),
            (
                "Two members of the Counterterrorism Service were wounded.",
                Injured,
                2,
            ),
            ("Three members of the Peshmerga were hurt.", Injured, 3),
            ("Gunmen killed four members of an SDF unit.", Killed, 4),
            (
                "5 members of the Asayish were injured in the blast.",
                Injured,
                5,
            ),
            // A name in quote marks is still the name.
            (
                "Monitors counted nine more members of the \"Asayish\" internal security forces among the dead.",
                Killed,
                9,
            ),
            (
                "Two fighters of the ‘Peshmerga’ were wounded.",
                Injured,
                2,
            ),
        ] {
            check(&US, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
        // In a report set in Jordan, Jordan's forces are the partner.
        let in_jordan = Actors {
            host: Some(0),
            ..US
        };
        check(
            &in_jordan,
            "Two members of the Jordanian Armed Forces were injured.",
            &[(Some(PartnerForces), Injured, 2, Exact)],
        );
        check(
            &in_jordan,
            "The drone wounded three members of the Jordanian army.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
    }

    #[test]
    fn counter_terror_forces_are_allied_by_name() {
        for (input, outcome, n) in [
            ("Two counter-terror commandos died.", Killed, 2),
            ("Three Counter-Terror officers were wounded.", Injured, 3),
            (
                "Officials insist TWO of their counter-terror commandos died.",
                Killed,
                2,
            ),
        ] {
            check(&US, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
    }

    #[test]
    fn yank_troops_are_us_forces() {
        for (input, outcome, n) in [
            ("FIVE YANK TROOPS HURT AS DRONES HIT BASE", Injured, 5),
            ("Two Yank soldiers were killed in the blast.", Killed, 2),
            ("Rockets wounded 3 Yank servicemen.", Injured, 3),
        ] {
            check(&PARTNER, input, &[(Some(UsForces), outcome, n, Exact)]);
        }
    }

    #[test]
    fn one_count_or_a_higher_is_at_most_the_higher() {
        for (input, n) in [
            ("Police said two or three suspects were detained.", 3),
            ("Five or 6 militants were killed.", 6),
            ("Three or four soldiers were wounded.", 4),
            ("The raid killed 10 or 11 fighters.", 11),
            ("Residents said one or two civilians died.", 2),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(u32, Qualifier)> = figures_in(input, &toks, &ON_MILITANTS)
                .iter()
                .map(|f| (f.count, f.qualifier))
                .collect();
            assert_eq!(got, [(n, UpTo)], "{input}");
        }
    }

    #[test]
    fn a_rank_listed_under_a_force_is_of_it_not_a_new_figure() {
        for input in [
            "Five Iraqi soldiers, among them a first lieutenant, were killed in the ambush.",
            "Four US troops, including a sergeant, were wounded.",
            "Six soldiers died, among them a captain.",
            "Three Kurdish fighters were killed, including a colonel.",
            "Seven policemen, including a corporal, were hurt.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &PARTNER);
            assert_eq!(got.len(), 1, "{input}: {got:?}");
        }
    }

    #[test]
    fn a_phrase_renaming_one_of_a_set_adds_no_one() {
        for input in [
            "One of the two, a 31-year-old sergeant from the north, died on Tuesday.",
            "The unit lost one of its officers, a first lieutenant, in the clash.",
            "One of those soldiers, a corporal from Karak, died of his wounds.",
            "One of the wounded men, a driver, later died.",
            "Police said one of the guards, a father of three, was killed.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<u32> = figures_in(input, &toks, &PARTNER)
                .iter()
                .map(|f| f.count)
                .filter(|&n| n == 1)
                .collect();
            assert!(got.len() <= 1, "{input}: {got:?}");
        }
    }

    #[test]
    fn one_person_among_a_counted_set_is_no_figure_of_their_own() {
        for input in [
            "An army captain was among the wounded.",
            "A British soldier was among seven coalition troops wounded.",
            "A senior officer was among those killed.",
            "A medic was among the injured, officials said.",
            "A sergeant was among the dead.",
            // A civilian too: "a" counts one only in a list of casualties
            // (GUIDELINES), and every gold file leaves such a clause out.
            "A child was among the dead.",
            "A pregnant woman was among those killed, an official said.",
            "A one-year-old girl was also among the dead.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &PARTNER);
            assert!(got.iter().all(|f| f.count != 1), "{input}: {got:?}");
        }
        // Counted people among the dead are counted.
        check(
            &PARTNER,
            "Three children were among the dead.",
            &[(Some(Civilians), Killed, 3, Exact)],
        );
    }

    #[test]
    fn fighters_killed_in_an_assault_on_an_allied_post_are_the_posts() {
        for (input, outcome, n) in [
            (
                "Militants attacked a Popular Mobilisation Forces post, killing four fighters.",
                Killed,
                4,
            ),
            (
                "IS gunmen stormed an SDF checkpoint overnight and killed 3 fighters.",
                Killed,
                3,
            ),
            (
                "Jihadists ambushed a Peshmerga patrol near the river, wounding five fighters.",
                Injured,
                5,
            ),
            (
                "A drone struck a Hashd position at dawn, killing two fighters.",
                Killed,
                2,
            ),
            (
                "Insurgents shelled Tribal Mobilization lines for hours, wounding six fighters.",
                Injured,
                6,
            ),
        ] {
            check(
                &ON_MILITANTS,
                input,
                &[(Some(PartnerForces), outcome, n, Exact)],
            );
        }
        // The fighters of an assault by allies on militants are the militants.
        check(
            &ON_MILITANTS,
            "SDF commandos stormed a hideout, killing four fighters.",
            &[(Some(Militants), Killed, 4, Exact)],
        );
        // A force named after a verb with no object of its own ("hit back") is no
        // post assaulted.
        check(
            &ON_MILITANTS,
            "US helicopters hit back within minutes, and CENTCOM said two of the fighters had been killed.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
    }

    #[test]
    fn people_of_no_side_listed_under_militants_are_militants() {
        for input in [
            "Nine fighters were killed, including two Iraqi nationals and a local commander.",
            "The strike killed 7 militants, among them a Syrian national.",
            "Police detained five ISIS suspects, including a Turkish national.",
            "Six jihadists died in the raid, including a local emir.",
            "The army said it killed 4 insurgents, among them a field commander.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &ON_MILITANTS);
            assert!(
                got.len() == 1 && got[0].group == Some(Militants) && got[0].note.is_some(),
                "{input}: {got:?}"
            );
        }
        // Civilians listed under them are civilians of their own.
        check(
            &ON_MILITANTS,
            "The strike killed 7 militants, among them a Syrian national, and wounded two children.",
            &[(Some(Militants), Killed, 7, Exact), (Some(Civilians), Injured, 2, Exact)],
        );
    }

    #[test]
    fn a_sideless_noun_takes_the_side_its_nationality_names() {
        check(
            &US,
            "Three American heroes were killed when the convoy hit a mine.",
            &[(Some(UsForces), Killed, 3, Exact)],
        );
        check(
            &US,
            "A roadside bomb killed two U.S. lads and injured five more.",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(UsForces), Injured, 5, Exact),
            ],
        );
        check(
            &US,
            "At least 2 American servicewomen were injured in the barrage.",
            &[(Some(UsForces), Injured, 2, AtLeast)],
        );
        check(
            &PARTNER,
            "Four Iraqi recruits died in the ambush at the academy.",
            &[(Some(PartnerForces), Killed, 4, Exact)],
        );
        check(
            &PARTNER,
            "Snipers wounded 6 Kurdish volunteers near the bridge.",
            &[(Some(PartnerForces), Injured, 6, Exact)],
        );
        // A third nation's people are other; people on holiday are civilians of
        // whatever nation; with no article force the nationality names the side, with
        // another force it does not.
        check(
            &US,
            "Three British personnel were hurt.",
            &[(Some(Other), Injured, 3, Exact)],
        );
        check(
            &US,
            "Two French heroes were killed.",
            &[(Some(Other), Killed, 2, Exact)],
        );
        check(
            &US,
            "Two American tourists were killed in the blast.",
            &[(Some(Civilians), Killed, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Two American heroes were killed.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
        // (Brothers are a victim's kin: civilians, whatever their nationality.)
        check(
            &Actors::default(),
            "Two American brothers were killed.",
            &[(Some(Civilians), Killed, 2, Exact)],
        );
        check(
            &PARTNER,
            "Two American heroes were killed.",
            &[(Some(Other), Killed, 2, Exact)],
        );
    }

    #[test]
    fn police_with_no_nationality_are_the_partner_forces_own() {
        check(
            &PARTNER,
            "A car bomb in the market killed two police officers.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &PARTNER,
            "Three policemen were wounded when gunmen opened fire on the checkpoint.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &PARTNER,
            "The blast injured 11 traffic police and a passer-by.",
            &[(Some(PartnerForces), Injured, 11, Exact)],
        );
        check(
            &PARTNER,
            "At least four police died in the ambush on the highway.",
            &[(Some(PartnerForces), Killed, 4, AtLeast)],
        );
        check(
            &PARTNER,
            "Militants shot dead a policewoman and injured 2 policemen.",
            &[(Some(PartnerForces), Injured, 2, Exact)],
        );
        // A nationality of a third nation, or a report on US forces: someone else's.
        check(
            &PARTNER,
            "Two Turkish police officers were hurt.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        check(
            &US,
            "Two police officers were killed at the gate.",
            &[(Some(Other), Killed, 2, Exact)],
        );
    }

    #[test]
    fn its_people_are_of_the_institution_named_before() {
        check(
            &US,
            "The Ministry of Defence in Paris confirmed that one of its personnel was hurt.",
            &[(Some(Other), Injured, 1, Exact)],
        );
        check(
            &US,
            "A Foreign Ministry spokesman said two of its guards were wounded at the embassy.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        check(
            &PARTNER,
            "The Interior Ministry said 3 of its men were killed in the ambush.",
            &[(Some(PartnerForces), Killed, 3, Exact)],
        );
        check(
            &PARTNER,
            "According to the army, four of its soldiers died in the clashes.",
            &[(Some(PartnerForces), Killed, 4, Exact)],
        );
        check(
            &US,
            "The navy said that two of its personnel had been injured.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
        // A nationality before the institution names its side.
        check(
            &US,
            "The Iraqi Defence Ministry said five of its troops were killed.",
            &[(Some(PartnerForces), Killed, 5, Exact)],
        );
        check(
            &PARTNER,
            "The Jordanian army said one of its soldiers was wounded.",
            &[(Some(Other), Injured, 1, Exact)],
        );
        check(
            &US,
            "The security firm that employed him said two of its guards were also hurt.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        check(
            &US,
            "A logistics company said 3 of its personnel had been injured.",
            &[(Some(Other), Injured, 3, Exact)],
        );
        check(
            &PARTNER,
            "The oil firm confirmed that two of its guards died.",
            &[(Some(Other), Killed, 2, Exact)],
        );
        // A country as a possessor or a speaker stands for its state.
        check(
            &PARTNER,
            "Britain's Ministry of Defence said one of its personnel was injured.",
            &[(Some(Other), Injured, 1, Exact)],
        );
        check(
            &US,
            "Iraq said two of its soldiers died in the blast.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "Jordan's army said 3 of its soldiers were hurt.",
            &[(Some(Other), Injured, 3, Exact)],
        );
        check(
            &US,
            "The French embassy said one of its staff members was hurt.",
            &[(Some(Other), Injured, 1, Exact)],
        );
        check(
            &US,
            "According to the charity, four of its men were wounded.",
            &[(Some(Other), Injured, 4, Exact)],
        );
    }

    #[test]
    fn members_of_groups_iran_backs_are_militants() {
        for (input, count, outcome) in [
            (
                "The monitor said 23 members of Iran-backed groups died.",
                23,
                Killed,
            ),
            (
                "Two members of pro-Iranian factions were wounded.",
                2,
                Injured,
            ),
            (
                "Strikes killed 6 members of Iran-aligned armed factions.",
                6,
                Killed,
            ),
            (
                "Nine fighters of Tehran-backed militias were killed.",
                9,
                Killed,
            ),
            (
                "Five members of Iranian-backed groups were hurt in the raid.",
                5,
                Injured,
            ),
        ] {
            check(
                &Actors::default(),
                input,
                &[(Some(Militants), outcome, count, Exact)],
            );
        }
        // Those the groups hit are not theirs.
        check(
            &Actors::default(),
            "Rockets fired by Iran-backed militias wounded three US troops.",
            &[(Some(UsForces), Injured, 3, Exact)],
        );
    }

    #[test]
    fn the_mobilisation_forces_are_partners_in_every_spelling() {
        for (input, count, outcome) in [
            (
                "Ten members of the Hashed al-Shaabi were killed near Samarra.",
                10,
                Killed,
            ),
            (
                "Militants killed 11 Hashed Al Shaabi fighters east of Tikrit.",
                11,
                Killed,
            ),
            (
                "Four PMU fighters were wounded by a roadside bomb.",
                4,
                Injured,
            ),
            ("An ambush left six al-Hashd fighters dead.", 6, Killed),
            (
                "Twelve members of al-Hashd al-Shaabi were injured in the attack.",
                12,
                Injured,
            ),
        ] {
            check(
                &Actors::default(),
                input,
                &[(Some(PartnerForces), outcome, count, Exact)],
            );
        }
    }

    #[test]
    fn bare_fighters_are_of_the_force_they_belong_to() {
        check(
            &Actors::default(),
            "Seven fighters of the Syrian Democratic Forces were killed.",
            &[(Some(PartnerForces), Killed, 7, Exact)],
        );
        check(
            &Actors::default(),
            "Twelve fighters from the Peshmerga were wounded by sniper fire.",
            &[(Some(PartnerForces), Injured, 12, Exact)],
        );
        check(
            &PARTNER,
            "Kurdish commanders say 7 fighters died in the ambush.",
            &[(Some(PartnerForces), Killed, 7, Exact)],
        );
        check(
            &PARTNER,
            "The alliance lost 11 fighters last spring.",
            &[(Some(PartnerForces), Killed, 11, Exact)],
        );
        check(
            &PARTNER,
            "At least 3 fighters were hurt when a mine exploded under their truck.",
            &[(Some(PartnerForces), Injured, 3, AtLeast)],
        );
        // In an operation on militants, or with a side named, they are what it says.
        check(
            &ON_MILITANTS,
            "The raid killed 15 fighters.",
            &[(Some(Militants), Killed, 15, Exact)],
        );
        check(
            &PARTNER,
            "Four ISIS fighters were killed.",
            &[(Some(Militants), Killed, 4, Exact)],
        );
    }

    #[test]
    fn a_headline_list_of_outcomes_shares_its_people() {
        check(
            &US,
            "Two marines killed, three hurt in Helmand blast",
            &[
                (Some(UsForces), Killed, 2, Exact),
                (Some(UsForces), Injured, 3, Exact),
            ],
        );
        check(
            &PARTNER,
            "Four soldiers dead, 9 wounded after car bomb",
            &[
                (Some(PartnerForces), Killed, 4, Exact),
                (Some(PartnerForces), Injured, 9, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Three civilians killed, two injured as shells hit village",
            &[
                (Some(Civilians), Killed, 3, Exact),
                (Some(Civilians), Injured, 2, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "12 ISIS fighters slain, 4 captured in dawn raid",
            &[
                (Some(Militants), Killed, 12, Exact),
                (Some(Militants), Captured, 4, Exact),
            ],
        );
        check(
            &US,
            "One American sailor dead, six injured in ship fire",
            &[
                (Some(UsForces), Killed, 1, Exact),
                (Some(UsForces), Injured, 6, Exact),
            ],
        );
    }

    #[test]
    fn a_participle_after_a_single_victim_modifies_it() {
        check(
            &US,
            "A U.S. sailor working on the deck was killed.",
            &[(Some(UsForces), Killed, 1, Exact)],
        );
        check(
            &US,
            "An Iraqi officer leading the patrol was wounded.",
            &[(Some(PartnerForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "A contractor travelling with the convoy died.",
            &[(Some(Other), Killed, 1, Exact)],
        );
        check(
            &PARTNER,
            "A soldier guarding the checkpoint was shot dead.",
            &[(Some(PartnerForces), Killed, 1, Exact)],
        );
        check(
            &US,
            "A translator accompanying the troops was also injured, officials said.",
            &[(Some(Other), Injured, 1, Exact)],
        );
    }

    #[test]
    fn an_including_aside_ends_where_a_new_predicate_begins() {
        check(
            &PARTNER,
            "Gunmen killed six Iraqi soldiers, including an officer, and wounded three others.",
            &[
                (Some(PartnerForces), Killed, 6, Exact),
                (Some(PartnerForces), Injured, 3, Exact),
            ],
        );
        check(
            &US,
            "The blast killed 4 Marines, including a corpsman, and injured 7 others.",
            &[
                (Some(UsForces), Killed, 4, Exact),
                (Some(UsForces), Injured, 7, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Jets killed 20 jihadists, including two commanders, wounding 9 others.",
            &[
                (Some(Militants), Killed, 20, Exact),
                (Some(Militants), Injured, 9, Exact),
            ],
        );
        check(
            &Actors::default(),
            "The shelling killed five civilians, including a boy, and hurt twelve others.",
            &[
                (Some(Civilians), Killed, 5, Exact),
                (Some(Civilians), Injured, 12, Exact),
            ],
        );
        // Quotes around the verb keep it with its count.
        check(
            &ON_MILITANTS,
            "The ministry said it had \"neutralised\" 13 militants.",
            &[(Some(Militants), Killed, 13, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Troops ‘eliminated’ 8 fighters in the hills.",
            &[(Some(Militants), Killed, 8, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Officials said jets had “neutralized” twelve jihadists.",
            &[(Some(Militants), Killed, 12, Exact)],
        );
        check(
            &Actors::default(),
            "Rebels claimed they 'killed' 40 soldiers.",
            &[(Some(Other), Killed, 40, Exact)],
        );
        check(
            &US,
            "The militia said it \"wounded\" 5 Americans.",
            &[(Some(UsForces), Injured, 5, Exact)],
        );
    }

    #[test]
    fn his_people_are_of_the_person_before() {
        check(
            &US,
            "A U.S. strike killed a senior militant commander and three of his fighters.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 3, Exact),
            ],
        );
        check(
            &US,
            "The ambush killed an Iraqi officer and 4 of his soldiers.",
            &[
                (Some(PartnerForces), Killed, 1, Exact),
                (Some(PartnerForces), Killed, 4, Exact),
            ],
        );
        check(
            &US,
            "The blast killed a Kurdish commander and two of his bodyguards.",
            &[
                (Some(PartnerForces), Killed, 1, Exact),
                (Some(PartnerForces), Killed, 2, Exact),
            ],
        );
        check(
            &US,
            "A drone killed an al-Shabaab leader and five of his men near Jilib.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 5, Exact),
            ],
        );
        check(
            &PARTNER,
            "Snipers wounded a Somali officer and 2 of his guards.",
            &[
                (Some(PartnerForces), Injured, 1, Exact),
                (Some(PartnerForces), Injured, 2, Exact),
            ],
        );
    }

    #[test]
    fn a_member_of_a_nations_service_is_of_its_force() {
        check(
            &Actors::default(),
            "A member of the Iraqi army was killed by a sniper.",
            &[(Some(PartnerForces), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "Two sailors of the US Navy were hurt in the fire.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
        check(
            &US,
            "Three members of the Kurdish military were wounded.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &US,
            "An officer from the Jordanian army died in the crash.",
            &[(Some(Other), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "4 pilots of the Afghan Air Force were killed when their helicopter went down.",
            &[(Some(PartnerForces), Killed, 4, Exact)],
        );
        // Recruits, conscripts and cadets with no nationality are the article's force.
        check(
            &PARTNER,
            "Some 30 recruits were hurt in the stampede.",
            &[(Some(PartnerForces), Injured, 30, About)],
        );
        check(
            &PARTNER,
            "An army officer and a conscript were wounded.",
            &[
                (Some(PartnerForces), Injured, 1, Exact),
                (Some(PartnerForces), Injured, 1, Exact),
            ],
        );
        check(
            &US,
            "The blast killed six cadets at the academy.",
            &[(Some(UsForces), Killed, 6, Exact)],
        );
    }

    #[test]
    fn phrasal_verbs_of_killing_count_their_object() {
        check(
            &ON_MILITANTS,
            "Police shot dead 3 of the attackers.",
            &[(Some(Militants), Killed, 3, Exact)],
        );
        check(
            &PARTNER,
            "Gunmen gunned down two soldiers at the market.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &ON_MILITANTS,
            "Troops shot dead four militants near the border.",
            &[(Some(Militants), Killed, 4, Exact)],
        );
        check(
            &Actors::default(),
            "Snipers shot dead 6 civilians fleeing the town.",
            &[(Some(Civilians), Killed, 6, Exact)],
        );
        check(
            &US,
            "The gunman, who shot dead 2 Marines, was arrested.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_capitalised_member_of_a_named_force_is_counted() {
        check(
            &US,
            "Two U.S. Army Rangers were killed in the firefight.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "A Navy SEAL was wounded during the raid.",
            &[(Some(UsForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "Two Army medics were killed when the ambulance was hit.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
        check(
            &PARTNER,
            "Three Iraqi Golden Division commandos were hurt.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &US,
            "Four American Green Berets died in the ambush in Niger.",
            &[(Some(UsForces), Killed, 4, Exact)],
        );
        // Contractors of a service stay other, and so does another nation's service.
        check(
            &US,
            "Two Army contractors were injured.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        check(
            &US,
            "FOUR Royal Navy sailors were hurt when a missile hit their ship.",
            &[(Some(Other), Injured, 4, Exact)],
        );
        check(
            &US,
            "A Royal Navy corpsman was wounded.",
            &[(Some(Other), Injured, 1, Exact)],
        );
    }

    #[test]
    fn half_a_dozen_and_the_number_of_people_hit() {
        check(
            &US,
            "Half a dozen marines were hurt in the blast.",
            &[(Some(UsForces), Injured, 6, Exact)],
        );
        check(
            &ON_MILITANTS,
            "The strike killed about half a dozen fighters.",
            &[(Some(Militants), Killed, 6, About)],
        );
        check(
            &US,
            "The number of Americans wounded rose to 19.",
            &[(Some(UsForces), Injured, 19, Exact)],
        );
        check(
            &Actors::default(),
            "Medics put the number of civilians killed at 31.",
            &[(Some(Civilians), Killed, 31, Exact)],
        );
        check(
            &Actors::default(),
            "The number of Iraqi soldiers hurt climbed to 8.",
            &[(Some(PartnerForces), Injured, 8, Exact)],
        );
    }

    #[test]
    fn another_opening_a_clause_counts_one_more() {
        check(
            &US,
            "Another soldier was hurt in a separate blast.",
            &[(Some(UsForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "Officials said another Marine died overnight.",
            &[(Some(UsForces), Killed, 1, Exact)],
        );
        check(
            &PARTNER,
            "Two policemen were killed. Another was wounded.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Injured, 1, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Three civilians died, and another child was badly hurt.",
            &[
                (Some(Civilians), Killed, 3, Exact),
                (Some(Civilians), Injured, 1, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Another militant was killed when his car was hit.",
            &[(Some(Militants), Killed, 1, Exact)],
        );
        // Not a victim: another attack, another official speaking.
        check(&US, "Another attack was foiled.", &[]);
    }

    #[test]
    fn a_possessive_may_open_the_next_conjunct_of_a_list() {
        check(
            &Actors::default(),
            "The strike killed a woman and her two children.",
            &[
                (Some(Civilians), Killed, 1, Exact),
                (Some(Civilians), Killed, 2, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "The raid killed an ISIS commander and his four guards.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 4, Exact),
            ],
        );
        check(
            &PARTNER,
            "Gunmen wounded a policeman and his 3 bodyguards.",
            &[
                (Some(PartnerForces), Injured, 1, Exact),
                (Some(PartnerForces), Injured, 3, Exact),
            ],
        );
        check(
            &US,
            "The blast injured an American soldier and his two interpreters.",
            &[
                (Some(UsForces), Injured, 1, Exact),
                (Some(Other), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Shelling killed a farmer, his wife and their 5 children.",
            &[
                (Some(Civilians), Killed, 1, Exact),
                (Some(Civilians), Killed, 5, Exact),
            ],
        );
    }

    #[test]
    fn an_age_between_commas_is_no_count() {
        check(
            &US,
            "A U.S. soldier, 24, of Texas, was killed.",
            &[(Some(UsForces), Killed, 1, Exact)],
        );
        check(
            &US,
            "Two soldiers, both 19, were injured.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
        check(
            &US,
            "A Marine, 22, died in the crash.",
            &[(Some(UsForces), Killed, 1, Exact)],
        );
        check(
            &PARTNER,
            "Three recruits, all aged 18, were wounded.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &Actors::default(),
            "Sgt. Jane Roe, 31, died of her wounds.",
            &[],
        );
    }

    #[test]
    fn a_sentence_case_headline_opens_on_its_single_victim() {
        check(
            &US,
            "U.S. service member killed, three injured in Syria vehicle rollover",
            &[
                (Some(UsForces), Killed, 1, Exact),
                (Some(UsForces), Injured, 3, Exact),
            ],
        );
        check(
            &PARTNER,
            "Iraqi soldier wounded in Kirkuk mortar attack",
            &[(Some(PartnerForces), Injured, 1, Exact)],
        );
        check(
            &US,
            "American contractor killed, 2 troops hurt as rockets hit base",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(UsForces), Injured, 2, Exact),
            ],
        );
        check(
            &US,
            "BREAKING: Marine killed in Jordan drone attack",
            &[(Some(UsForces), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "Civilian dead after shell hits Idlib market",
            &[(Some(Civilians), Killed, 1, Exact)],
        );
        // An object after the verb: the subject is the agent, the object the victims.
        check(
            &US,
            "Sniper killed two guards at the gate",
            &[(Some(Other), Killed, 2, Exact)],
        );
        // The subject's own death: "dies".
        for (input, group) in [
            (
                "US contractor dies after rocket barrage on Iraq base",
                Other,
            ),
            (
                "Iraqi soldier dies of wounds days after ambush",
                PartnerForces,
            ),
            ("Marine dies in Jordan base attack", UsForces),
        ] {
            check(&US, input, &[(Some(group), Killed, 1, Exact)]);
        }
    }

    #[test]
    fn martyred_is_killed() {
        check(
            &PARTNER,
            "Two Iraqi soldiers martyred, three wounded in ISIS attack",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Injured, 3, Exact),
            ],
        );
        check(
            &PARTNER,
            "Two soldiers were martyred and three others were wounded.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Injured, 3, Exact),
            ],
        );
        check(
            &PARTNER,
            "A police officer was martyred at the checkpoint.",
            &[(Some(PartnerForces), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "Four Peshmerga fighters were martyred in the clash.",
            &[(Some(PartnerForces), Killed, 4, Exact)],
        );
        check(
            &Actors::default(),
            "Seven civilians were martyred when shells hit the village.",
            &[(Some(Civilians), Killed, 7, Exact)],
        );
    }

    #[test]
    fn a_headline_participle_after_a_kicker_is_a_passive() {
        check(
            &PARTNER,
            "EXCLUSIVE: Five Iraqi troopers hurt in rocket attack",
            &[(Some(PartnerForces), Injured, 5, Exact)],
        );
        check(
            &US,
            "BORDER TERROR: 3 Marines killed as bomb rips through convoy",
            &[(Some(UsForces), Killed, 3, Exact)],
        );
        check(
            &US,
            "Two US warriors slain in desert ambush",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "Seven American lads wounded as rockets pound base",
            &[(Some(UsForces), Injured, 7, Exact)],
        );
        check(
            &PARTNER,
            "HORROR AT DAWN: 12 Kurdish defenders dead after suicide blast",
            &[(Some(PartnerForces), Killed, 12, Exact)],
        );
        check(
            &Actors::default(),
            "TERROR ON THE BORDER: Three GIs killed in suicide blast",
            &[(Some(UsForces), Killed, 3, Exact)],
        );
        check(
            &Actors::default(),
            "SHOCK: Four Yanks hurt in Baghdad rocket strike",
            &[(Some(UsForces), Injured, 4, Exact)],
        );
        // An object after the verb makes it active: the counted phrase is the agent.
        check(
            &ON_MILITANTS,
            "Two US drones killed three militants",
            &[(Some(Militants), Killed, 3, Exact)],
        );
    }

    #[test]
    fn a_dateline_colon_opens_the_lead() {
        for (input, group, count) in [
            (
                "Dubai: Four Iraqi soldiers were killed and six others wounded.",
                PartnerForces,
                4,
            ),
            (
                "Baghdad: 3 US troops were injured in the rocket attack.",
                UsForces,
                3,
            ),
            (
                "Erbil: Two Peshmerga fighters died in the ambush.",
                PartnerForces,
                2,
            ),
            (
                "Amman: Seven Jordanian soldiers were hurt at the border.",
                Other,
                7,
            ),
            (
                "Raqqa: 12 ISIS militants were killed in the sweep.",
                Militants,
                12,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert_eq!(
                got.first().map(|f| (f.group, f.count)),
                Some((Some(group), count)),
                "{input}"
            );
        }
        // A colon in running text still introduces no count: "Score: 4".
        check(&US, "The tally stood at: 4 were wounded.", &[]);
    }

    #[test]
    fn guards_and_police_of_an_allied_nation_are_partner_forces() {
        for input in [
            "Rockets wounded two Iraqi security guards and a contractor.",
            "Four Kurdish guards were killed at the gate.",
            "The blast injured 3 Iraqi policemen.",
            "Two Iraqi police officers died in the bombing.",
            "An Iraqi guard was killed and 2 others hurt.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert_eq!(
                got.first().and_then(|f| f.group),
                Some(PartnerForces),
                "{input}"
            );
        }
    }

    #[test]
    fn losing_n_of_their_own_and_lives_claimed_are_deaths() {
        check(
            &US,
            "Syria's Kurdish-led forces lost one of their own in the attack.",
            &[(Some(PartnerForces), Killed, 1, Exact)],
        );
        check(
            &US,
            "The Pentagon said it had lost two of its own in the crash.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "ISIS lost at least 5 of its own in the clashes.",
            &[(Some(Militants), Killed, 5, AtLeast)],
        );
        check(
            &US,
            "The blast claimed the lives of three Iraqi soldiers.",
            &[(Some(PartnerForces), Killed, 3, Exact)],
        );
        check(
            &US,
            "Shelling has cost the lives of 12 civilians, officials said.",
            &[(Some(Civilians), Killed, 12, Exact)],
        );
        check(
            &US,
            "The ambush took the lives of two American soldiers.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_single_trainer_instructor_or_adviser_in_a_list_counts_one() {
        for (input, rows) in [
            (
                "The gunman killed two American contractors, a South African trainer and two Jordanians.",
                vec![
                    (Some(Other), Killed, 2, Exact),
                    (Some(Other), Killed, 1, Exact),
                    (Some(Other), Killed, 2, Exact),
                ],
            ),
            (
                "A roadside bomb killed a U.S. military adviser and two Afghan soldiers.",
                vec![
                    (Some(UsForces), Killed, 1, Exact),
                    (Some(PartnerForces), Killed, 2, Exact),
                ],
            ),
            (
                "A gunman killed two contractors, a British instructor and a translator.",
                vec![
                    (Some(Other), Killed, 2, Exact),
                    (Some(Other), Killed, 1, Exact),
                    (Some(Other), Killed, 1, Exact),
                ],
            ),
            (
                "The attack killed three soldiers and an American advisor.",
                vec![(Some(UsForces), Killed, 3, Exact), (Some(UsForces), Killed, 1, Exact)],
            ),
            (
                "Two Iraqi troops and a Danish trainer were hurt in the blast.",
                vec![(Some(PartnerForces), Injured, 2, Exact), (Some(Other), Injured, 1, Exact)],
            ),
        ] {
            check(&US, input, &rows);
        }
    }

    #[test]
    fn a_headline_s_present_loses_counts_the_subject_s_dead() {
        for (input, row) in [
            (
                "Brook Park unit loses 14 more Marines",
                (Some(UsForces), Killed, 14, Exact),
            ),
            (
                "Guard unit loses 2 Soldiers in Kirkuk rocket strike",
                (Some(UsForces), Killed, 2, Exact),
            ),
            (
                "Hometown battalion loses 3 Soldiers in Anbar blast",
                (Some(UsForces), Killed, 3, Exact),
            ),
            (
                "Peshmerga loses 9 fighters as ISIS storms village",
                (Some(PartnerForces), Killed, 9, Exact),
            ),
            (
                "SDF loses 20 fighters in Deir ez-Zor battle",
                (Some(PartnerForces), Killed, 20, Exact),
            ),
        ] {
            check(&US, input, &[row]);
        }
        // Not people: no loss of life.
        check(&US, "Party loses 14 seats in parliament", &[]);
    }

    #[test]
    fn an_ordinal_after_a_second_outcome_verb_is_one_more_of_the_same_people() {
        for (input, rows) in [
            (
                "Gunmen killed two U.S. soldiers and wounded a third.",
                vec![
                    (Some(UsForces), Killed, 2, Exact),
                    (Some(UsForces), Injured, 1, Exact),
                ],
            ),
            (
                "The blast killed three Iraqi policemen and injured a fourth.",
                vec![
                    (Some(PartnerForces), Killed, 3, Exact),
                    (Some(PartnerForces), Injured, 1, Exact),
                ],
            ),
            (
                "Militants shot dead two shepherds and wounded a third.",
                vec![
                    (Some(Civilians), Killed, 2, Exact),
                    (Some(Civilians), Injured, 1, Exact),
                ],
            ),
            (
                "The raid captured 4 ISIS fighters and killed a fifth.",
                vec![
                    (Some(Militants), Captured, 4, Exact),
                    (Some(Militants), Killed, 1, Exact),
                ],
            ),
            (
                "A sniper wounded 2 Marines and killed a third near the dam.",
                vec![
                    (Some(UsForces), Injured, 2, Exact),
                    (Some(UsForces), Killed, 1, Exact),
                ],
            ),
        ] {
            check(&US, input, &rows);
        }
    }

    #[test]
    fn a_count_with_or_so_is_about_that_many() {
        for (input, row) in [
            (
                "Some 40 or so soldiers were wounded in the blast.",
                (Some(UsForces), Injured, 40, About),
            ),
            (
                "Fifty or so villagers died in the attack.",
                (Some(Civilians), Killed, 50, About),
            ),
            (
                "The blast killed 20 or so people.",
                (Some(Other), Killed, 20, About),
            ),
            (
                "Militants killed a dozen or so Iraqi guards.",
                (Some(PartnerForces), Killed, 12, About),
            ),
            (
                "Perhaps 200 or so civilians were hurt by the shelling.",
                (Some(Civilians), Injured, 200, About),
            ),
        ] {
            check(&US, input, &[row]);
        }
    }

    #[test]
    fn a_toll_gone_beyond_its_number_is_more_than_it() {
        for (input, row) in [
            (
                "The death toll passed 300 on Tuesday.",
                (None, Killed, 300, MoreThan),
            ),
            (
                "By Friday the toll had topped 150.",
                (None, Killed, 150, MoreThan),
            ),
            (
                "The number of injured surpassed 1,000, the ministry said.",
                (None, Injured, 1000, MoreThan),
            ),
            (
                "Massacre toll passes 90 as bodies are found",
                (None, Killed, 90, MoreThan),
            ),
            (
                "The civilian death toll has exceeded forty, a monitor said.",
                (Some(Civilians), Killed, 40, MoreThan),
            ),
        ] {
            check(&US, input, &[row]);
        }
    }

    #[test]
    fn a_killing_named_as_a_noun_before_its_victims_counts_them() {
        // "the execution of 700 tribesmen": a noun of killing with "of" before the
        // count, in any tense or voice of the verb that carries it.
        for (input, row) in [
            (
                "The monitor documented the execution of more than 900 members of the tribe.",
                (Some(Other), Killed, 900, MoreThan),
            ),
            (
                "Survivors described the massacre of 300 villagers near the river.",
                (Some(Civilians), Killed, 300, Exact),
            ),
            (
                "Witnesses told of the slaughter of about 40 shepherds.",
                (Some(Civilians), Killed, 40, About),
            ),
            (
                "The executions of twelve policemen were filmed and posted online.",
                (Some(PartnerForces), Killed, 12, Exact),
            ),
            (
                "Officials condemned the beheading of 21 Egyptian workers.",
                (Some(Other), Killed, 21, Exact),
            ),
        ] {
            check(&PARTNER, input, &[row]);
        }
    }

    #[test]
    fn people_killed_in_an_attack_blamed_on_militants_are_not_militants() {
        for input in [
            "At least three people were killed in a rocket attack near Baiji, police said, blaming Islamic State remnants.",
            "Five people died in the bombing, which officials blamed on ISIS.",
            "The strike, claimed by al-Shabab, killed 12 people.",
            "Nine people were wounded in an attack by Daesh militants.",
            "Four individuals were killed in a drone strike blamed on Hezbollah.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert_eq!(got.first().and_then(|f| f.group), Some(Other), "{input}");
        }
        // Aimed at them, they are.
        check(
            &US,
            "A strike on an ISIS hideout killed 6 people.",
            &[(Some(Militants), Killed, 6, Exact)],
        );
    }

    #[test]
    fn members_of_a_force_named_by_its_state_or_speaker_are_that_force() {
        for (input, group, n) in [
            (
                "Three members of Iraq's security forces were killed.",
                PartnerForces,
                3,
            ),
            (
                "Two members of the Iraqi army died in the blast.",
                PartnerForces,
                2,
            ),
            (
                "Four soldiers of America's armed forces were hurt.",
                UsForces,
                4,
            ),
            (
                "Five members of our forces were martyred.",
                PartnerForces,
                5,
            ),
            (
                "Six members of the Kurdish security forces were wounded.",
                PartnerForces,
                6,
            ),
        ] {
            let outcome = if input.contains("hurt") || input.contains("wounded") {
                Injured
            } else {
                Killed
            };
            check(
                &Actors::default(),
                input,
                &[(Some(group), outcome, n, Exact)],
            );
        }
        // Members of an armed group stay militants; "our forces" speak for the US in a
        // report on US forces.
        check(
            &US,
            "Two members of our forces were wounded.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
    }

    #[test]
    fn a_tolls_own_modifiers_name_its_group() {
        for (input, group, n) in [
            ("The civilian death toll rose to 9.", Civilians, 9),
            (
                "The soldiers' death toll climbed to 6 on Friday.",
                UsForces,
                6,
            ),
            ("Iraqi army death toll rises to four", PartnerForces, 4),
            ("The militant death toll stands at 30.", Militants, 30),
            ("The American death toll reached 13.", UsForces, 13),
        ] {
            check(&US, input, &[(Some(group), Killed, n, Exact)]);
        }
    }

    #[test]
    fn an_earlier_figure_a_toll_revises_is_counted_like_it() {
        for (input, first, earlier, q) in [
            (
                "Officials said 12 U.S. troops were hurt, up from the eight initially reported.",
                12,
                8,
                Exact,
            ),
            (
                "Six U.S. soldiers died, up from four reported on Monday.",
                6,
                4,
                Exact,
            ),
            (
                "Nine U.S. sailors were injured, down from 11 first reported.",
                9,
                11,
                Exact,
            ),
            (
                "Twenty U.S. troops were wounded, up from at least 14 reported earlier.",
                20,
                14,
                AtLeast,
            ),
            (
                "Seven U.S. marines were killed, revised from five.",
                7,
                5,
                Exact,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            assert_eq!(got.len(), 2, "{input}: {got:?}");
            assert_eq!((got[0].count, got[1].count), (first, earlier), "{input}");
            assert_eq!(got[1].group, Some(UsForces), "{input}");
            assert_eq!(got[1].outcome, got[0].outcome, "{input}");
            assert_eq!(got[1].qualifier, q, "{input}");
        }
    }

    #[test]
    fn a_day_before_its_month_is_a_date_and_coalition_nations_are_other() {
        for (input, group, n) in [
            ("On 27 August, two gunmen were shot dead.", Militants, 2),
            (
                "On 14 July, two PMF fighters were killed.",
                PartnerForces,
                2,
            ),
            ("By 3 March, 5 civilians had died.", Civilians, 5),
            ("Two Dutch soldiers were killed.", Other, 2),
            ("Three Canadian troops were killed on 9 May.", Other, 3),
            ("Six fighters were wiped out.", Militants, 6),
        ] {
            check(&US, input, &[(Some(group), Killed, n, Exact)]);
        }
    }

    #[test]
    fn a_sentence_to_death_is_no_killing() {
        for input in [
            "The court sentenced four men to death over the bombing.",
            "Court sentences 3 ISIS members to death",
            "A judge condemned two of the plotters to death on Monday.",
        ] {
            check(&US, input, &[]);
        }
        // Beaten or stabbed to death is a killing.
        check(
            &US,
            "Two guards were beaten to death by the rioters.",
            &[(Some(Other), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_subset_list_ends_at_a_contrast() {
        check(
            &ON_MILITANTS,
            "Two gunmen were killed, among them the bomb-maker, while three others were captured.",
            &[
                (Some(Militants), Killed, 2, Exact),
                (Some(Militants), Captured, 3, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Four militants died, including a commander, but two others escaped wounded.",
            &[
                (Some(Militants), Killed, 4, Exact),
                (Some(Militants), Injured, 2, Exact),
            ],
        );
    }

    #[test]
    fn symptoms_of_concussion_are_injuries() {
        for (input, n) in [
            (
                "Three more U.S. troops complained of concussion-like symptoms.",
                3,
            ),
            (
                "Two additional U.S. personnel reported symptoms of traumatic brain injury.",
                2,
            ),
            ("Four American soldiers showed symptoms of concussion.", 4),
            (
                "Five U.S. service members were treated for concussion symptoms.",
                5,
            ),
            (
                "6 US sailors reported concussion-like symptoms after the blast.",
                6,
            ),
        ] {
            check(&US, input, &[(Some(UsForces), Injured, n, Exact)]);
        }
        // Reporting something else is still reporting.
        check(&US, "Two officials reported that the base was quiet.", &[]);
    }

    #[test]
    fn militias_units_and_our_fighters() {
        for (input, group, n) in [
            ("The strikes killed seven militia members.", Militants, 7),
            (
                "Four Iran-backed militiamen died in the raid.",
                Militants,
                4,
            ),
            (
                "Three members of the patrol were martyred.",
                PartnerForces,
                3,
            ),
            (
                "Two men of the convoy were killed at the bridge.",
                PartnerForces,
                2,
            ),
            ("Two of our fighters were killed.", PartnerForces, 2),
            (
                "The clash resulted in the martyrdom of five of our fighters.",
                PartnerForces,
                5,
            ),
        ] {
            check(&PARTNER, input, &[(Some(group), Killed, n, Exact)]);
        }
        // Clan and pro-government militias are no armed group of the enemy.
        check(
            &PARTNER,
            "Six pro-government militia members were killed.",
            &[(Some(Other), Killed, 6, Exact)],
        );
    }

    #[test]
    fn tolls_of_martyrs_and_parts_of_named_militants() {
        // "Martyrs" are the dead of the force whose statement is quoted.
        for input in [
            "The number of martyrs has risen to seven.",
            "Martyrs of the checkpoint attack rise to seven",
            "The toll of martyrs climbed to 7 on Friday.",
        ] {
            check(&PARTNER, input, &[(Some(PartnerForces), Killed, 7, Exact)]);
        }
        for (input, outcome, n) in [
            ("Three of the gunmen were shot dead.", Killed, 3),
            (
                "Four of the terrorist elements were killed in the clash.",
                Killed,
                4,
            ),
            (
                "Two of the jihadist infiltrators were taken into custody.",
                Captured,
                2,
            ),
        ] {
            check(
                &Actors::default(),
                input,
                &[(Some(Militants), outcome, n, Exact)],
            );
        }
        check(
            &PARTNER,
            "The blast led to the injury of five soldiers.",
            &[(Some(PartnerForces), Injured, 5, Exact)],
        );
    }

    #[test]
    fn a_part_of_the_dead_listed_is_dead_whatever_verb_follows() {
        for input in [
            "The blast killed 20 people, among them three U.S. soldiers and a contractor, and dozens were wounded.",
            "The bomb killed 15 people, including three U.S. soldiers, and many more were hurt.",
            "Rockets killed 9 people, among them three U.S. soldiers; scores were injured.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &US);
            let part = got.iter().find(|f| f.count == 3);
            assert!(
                part.is_some_and(|f| f.outcome == Killed && f.group == Some(UsForces)),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn an_ordinal_after_a_figure_is_one_more_of_them() {
        for (input, first, group, outcome) in [
            (
                "Two Iraqi soldiers were killed and a third was wounded.",
                2,
                PartnerForces,
                Injured,
            ),
            (
                "Three U.S. troops died; a fourth was badly hurt.",
                3,
                UsForces,
                Injured,
            ),
            (
                "Four Kurdish fighters were wounded and a fifth died.",
                4,
                PartnerForces,
                Killed,
            ),
            (
                "Five ISIS militants were killed and a sixth was captured.",
                5,
                Militants,
                Captured,
            ),
            (
                "Two civilians were hurt, and a third was killed.",
                2,
                Civilians,
                Killed,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(u32, Option<Group>, Outcome)> = figures_in(input, &toks, &US)
                .iter()
                .map(|f| (f.count, f.group, f.outcome))
                .collect();
            assert_eq!(got.len(), 2, "{input}: {got:?}");
            assert_eq!(got[0].0, first, "{input}");
            assert_eq!(got[1], (1, Some(group), outcome), "{input}");
        }
        // A fraction of a thing is no one.
        check(&US, "A third of the town was destroyed.", &[]);
    }

    #[test]
    fn members_of_an_armed_group_and_wanted_men_held_are_militants() {
        for (input, outcome, n) in [
            (
                "Two suspected members of an armed faction were detained.",
                Captured,
                2,
            ),
            (
                "Police detained three members of an armed group on Monday.",
                Captured,
                3,
            ),
            (
                "Troops killed four members of armed gangs near the border.",
                Killed,
                4,
            ),
            (
                "Our forces arrested 12 wanted persons in the basin.",
                Captured,
                12,
            ),
            ("Commandos arrested five wanted men at a farm.", Captured, 5),
            (
                "An air strike killed four members of the cell blamed for the ambush.",
                Killed,
                4,
            ),
            (
                "Six members of a sleeper cell were rounded up.",
                Captured,
                6,
            ),
            (
                "Police said 3 members of a smuggling cell were arrested.",
                Captured,
                3,
            ),
        ] {
            check(
                &ON_MILITANTS,
                input,
                &[(Some(Militants), outcome, n, Exact)],
            );
        }
        // Members of a force or a family are not.
        check(
            &ON_MILITANTS,
            "Two members of a farming family were detained.",
            &[(Some(Other), Captured, 2, Exact)],
        );
    }

    #[test]
    fn a_wounded_victim_who_died_is_one_dead() {
        for (input, group) in [
            (
                "A Kurdish fighter hurt in the ambush succumbed to his wounds.",
                PartnerForces,
            ),
            ("A guard wounded on Sunday died on Monday.", PartnerForces),
            (
                "An Iraqi soldier injured by the blast died in hospital.",
                PartnerForces,
            ),
            ("A US sailor hurt in the fire later died.", UsForces),
        ] {
            check(&PARTNER, input, &[(Some(group), Killed, 1, Exact)]);
        }
        // "A fourth, a corporal, died": one more, past the appositive.
        check(
            &PARTNER,
            "Three Iraqi soldiers were killed; a fourth, a corporal, died of his wounds.",
            &[
                (Some(PartnerForces), Killed, 3, Exact),
                (Some(PartnerForces), Killed, 1, Exact),
            ],
        );
        // Two wounded and a third dead: the participle of the first names no death.
        check(
            &PARTNER,
            "Two Iraqi soldiers were wounded and a third died.",
            &[
                (Some(PartnerForces), Injured, 2, Exact),
                (Some(PartnerForces), Killed, 1, Exact),
            ],
        );
    }

    #[test]
    fn the_dead_a_side_lost_and_the_takfiri_are_of_that_side() {
        for (input, group, n) in [
            (
                "The attackers lost a dozen men, the army said.",
                Militants,
                12,
            ),
            (
                "Insurgents lost 30 fighters in the battle for the ridge.",
                Militants,
                30,
            ),
            (
                "The raiders, by their own account, lost nine men.",
                Militants,
                9,
            ),
            ("Kurdish forces lost four men on Sunday.", PartnerForces, 4),
            (
                "Soldiers killed nine \"takfiri elements\" near the dam.",
                Militants,
                9,
            ),
            (
                "Commandos killed four takfiris in the desert.",
                Militants,
                4,
            ),
        ] {
            check(&PARTNER, input, &[(Some(group), Killed, n, Exact)]);
        }
    }

    #[test]
    fn euphemisms_advisers_mercenaries_and_our_comrades() {
        for (input, group, outcome, n) in [
            (
                "Two Iraqi soldiers paid with their lives.",
                PartnerForces,
                Killed,
                2,
            ),
            (
                "Three ISIS suspects had been nabbed by dawn.",
                Militants,
                Captured,
                3,
            ),
            (
                "The blast wounded three American advisers.",
                UsForces,
                Injured,
                3,
            ),
            (
                "Two members of Iraq's Counter-Terrorism Service were injured.",
                PartnerForces,
                Injured,
                2,
            ),
            (
                "11 mercenaries were killed in the clash.",
                Militants,
                Killed,
                11,
            ),
            (
                "We lost 121 comrades in that campaign.",
                PartnerForces,
                Killed,
                121,
            ),
        ] {
            check(&PARTNER, input, &[(Some(group), outcome, n, Exact)]);
        }
        // Another state's mercenaries are no armed group of the enemy.
        check(
            &PARTNER,
            "Four Russian mercenaries were killed.",
            &[(Some(Other), Killed, 4, Exact)],
        );
        // The figure a report corrects is the earlier one; a plain denial is none.
        let input = "Thirteen ISIS fighters were killed, not 11 as we first announced.";
        let toks = tokenize(input, 0..input.len());
        let got: Vec<(u32, Option<Group>)> = figures_in(input, &toks, &PARTNER)
            .iter()
            .map(|f| (f.count, f.group))
            .collect();
        assert_eq!(got, vec![(13, Some(Militants)), (11, Some(Militants))]);
        check(&PARTNER, "Not 20 soldiers died that day.", &[]);
    }

    #[test]
    fn guards_are_the_partners_in_a_report_on_it() {
        for (input, outcome, n) in [
            ("Two guards were gunned down at the gate.", Killed, 2),
            ("Three border guards were wounded in the clash.", Injured, 3),
            (
                "Four camp guards died when the gunmen stormed in.",
                Killed,
                4,
            ),
        ] {
            check(&PARTNER, input, &[(Some(PartnerForces), outcome, n, Exact)]);
        }
        // In a report on US forces, guards with no nation are someone else's.
        check(
            &US,
            "Two guards were wounded.",
            &[(Some(Other), Injured, 2, Exact)],
        );
    }

    #[test]
    fn phrasal_outcomes_and_partner_force_names() {
        for (input, group, outcome, n) in [
            (
                "Four policemen were gunned down at the market.",
                Other,
                Killed,
                4,
            ),
            (
                "Nine villagers were mowed down by the gunmen.",
                Civilians,
                Killed,
                9,
            ),
            (
                "One PMF fighter lost his life in the clash.",
                PartnerForces,
                Killed,
                1,
            ),
            (
                "Two Asayish members were wounded.",
                PartnerForces,
                Injured,
                2,
            ),
            (
                "Three CTS commandos were hurt in the raid.",
                PartnerForces,
                Injured,
                3,
            ),
            (
                "Eleven ISIS suspects were later rounded up.",
                Militants,
                Captured,
                11,
            ),
            (
                "Six ISIS operatives were taken into custody.",
                Militants,
                Captured,
                6,
            ),
        ] {
            check(
                &Actors::default(),
                input,
                &[(Some(group), outcome, n, Exact)],
            );
        }
    }

    #[test]
    fn a_part_of_the_hurt_who_died_is_counted_dead() {
        for (input, group, n) in [
            ("Two of the injured marines later died.", Some(UsForces), 2),
            (
                "Four of the wounded U.S. soldiers succumbed overnight.",
                Some(UsForces),
                4,
            ),
            ("Officials said 5 of the wounded had since died.", None, 5),
            (
                "Six of their wounded died on the way to the clinic.",
                None,
                6,
            ),
            (
                "Eleven of the wounded have died, the ministry said.",
                None,
                11,
            ),
        ] {
            check(&US, input, &[(group, Killed, n, Exact)]);
        }
        // Hurt people who did not die are no new figure.
        check(&US, "Two of the wounded were airlifted to Baghdad.", &[]);
    }

    #[test]
    fn a_part_set_after_its_figure_with_of_them_takes_its_own_noun() {
        // A part of another group is its own entry, with the figure's outcome.
        let parts = [
            (
                "The blast killed 42 people, 37 of them pupils.",
                Civilians,
                Killed,
                37,
            ),
            (
                "Shelling wounded 25 people, 11 of them women.",
                Civilians,
                Injured,
                11,
            ),
            (
                "The raid killed 20 people, four of them Iraqi soldiers, officials said.",
                PartnerForces,
                Killed,
                4,
            ),
            (
                "A bomb killed 9 people — 3 of them American contractors.",
                Other,
                Killed,
                3,
            ),
            (
                "The explosion hurt 16 people, two of them U.S. troops.",
                UsForces,
                Injured,
                2,
            ),
        ];
        for (input, group, outcome, n) in parts {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &Actors::default());
            let part = got.iter().find(|f| f.count == n);
            assert!(
                part.is_some_and(|f| f.subset && f.group == Some(group) && f.outcome == outcome),
                "{input}: {got:?}"
            );
        }
        // A part of the same group is marked a subset (the caller drops it); a rank is
        // of the people counted.
        for input in [
            "The strike killed ten civilians, seven of them children.",
            "The attack killed nine fighters, two of them commanders.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &ON_MILITANTS);
            assert!(
                got.iter()
                    .skip(1)
                    .all(|f| f.subset && f.group == got[0].group),
                "{input}: {got:?}"
            );
        }
    }

    #[test]
    fn a_count_after_a_colon_opens_its_own_clause() {
        for (input, n) in [
            (
                "The ministry issued a revised toll: 14 soldiers were killed.",
                14,
            ),
            ("The latest figure from the army: nine soldiers died.", 9),
            (
                "Officials gave a new count: seven soldiers were killed overnight.",
                7,
            ),
            ("The news is grim: 3 soldiers were killed.", 3),
            ("In short: twelve soldiers are dead.", 12),
        ] {
            check(&US, input, &[(Some(UsForces), Killed, n, Exact)]);
        }
        // A colon inside a number is no clause.
        check(&US, "The vote was 3:2 and the soldiers were killed.", &[]);
    }

    #[test]
    fn a_subset_aside_before_the_verb_leaves_the_subject_its_outcome() {
        check(
            &Actors::default(),
            "Eleven villagers, among them three children, were also killed.",
            &[(Some(Civilians), Killed, 11, Exact)],
        );
        check(
            &US,
            "Four U.S. soldiers, among them a captain, died and two were hurt.",
            &[
                (Some(UsForces), Killed, 4, Exact),
                (Some(UsForces), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Six Kurdish fighters, among them a commander, were killed in the ambush and 9 were wounded.",
            &[
                (Some(PartnerForces), Killed, 6, Exact),
                (Some(PartnerForces), Injured, 9, Exact),
            ],
        );
        // A subset of another group is its own entry.
        check(
            &Actors::default(),
            "Twelve people, among them two children, were wounded.",
            &[
                (Some(Other), Injured, 12, Exact),
                (Some(Civilians), Injured, 2, Exact),
            ],
        );
        check(
            &US,
            "Nine Iraqi soldiers, including a sergeant and a corporal, were wounded.",
            &[(Some(PartnerForces), Injured, 9, Exact)],
        );
    }

    #[test]
    fn fighters_backed_by_or_beside_the_coalition_are_partners() {
        for (input, outcome, n) in [
            (
                "Two US-trained commandos were killed near the dam.",
                Killed,
                2,
            ),
            (
                "Three coalition-backed fighters were wounded in the blast.",
                Injured,
                3,
            ),
            (
                "A fighter from an allied tribal militia was killed.",
                Killed,
                1,
            ),
            (
                "Four fighters of a U.S.-backed group died overnight.",
                Killed,
                4,
            ),
            (
                "Five tribal fighters who served with U.S. special forces were killed.",
                Killed,
                5,
            ),
            (
                "One local fighter who patrols the border alongside the Americans was hurt.",
                Injured,
                1,
            ),
        ] {
            check(
                &Actors::default(),
                input,
                &[(Some(PartnerForces), outcome, n, Exact)],
            );
        }
        // Fighting with them is not working with them; "US-led" troops stay the US's.
        check(
            &Actors::default(),
            "Two fighters who clashed with US troops died.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Six Iran-backed fighters were killed.",
            &[(Some(Militants), Killed, 6, Exact)],
        );
    }

    #[test]
    fn people_killed_by_militants_attacking_or_by_a_conflict_are_not_militants() {
        for input in [
            "In May 2016, at least 40 people died when jihadists overran the garrison town.",
            "Insurgents stormed the bus depot on Friday, killing nine people.",
            "A suicide bomber blew himself up at the checkpoint, killing 6 people and wounding about 20 others.",
            "Two roadside bombs killed seven people on the highway.",
            "The war has killed more than 300,000 people since 2011.",
            "Gunmen opened fire on the convoy and killed 5 individuals.",
            // The name before the one who attacks makes the attacker theirs.
            "An ISIS suicide bomber killed more than 30 people in Sadr City.",
            "An IS bomber killed 14 people at a checkpoint.",
            "A Taliban sniper killed 2 people near the gate.",
        ] {
            all_other(&ON_MILITANTS, input);
        }
        // Militants named as those hit keep the people theirs, even beside an attack.
        check(
            &ON_MILITANTS,
            "Troops struck the insurgents' hideout after the suicide attack, killing 8 people.",
            &[(Some(Militants), Killed, 8, Exact)],
        );
    }

    #[test]
    fn people_killed_where_a_civilian_site_was_hit_are_not_the_operations_targets() {
        for input in [
            "Rockets slammed into an oil refinery, killing 3 people.",
            "Mortar rounds fell on a crowded market, killing four people and wounding 10.",
            "A bomb went off outside a school, killing two individuals.",
            "Seven people died when shells struck the hospital.",
            "A suicide bomber blew himself up at a wedding, killing twelve people.",
        ] {
            all_other(&ON_MILITANTS, input);
        }
        // Militants named as the target keep the people theirs.
        check(
            &ON_MILITANTS,
            "Jets bombed an ISIS hideout behind the market, killing 8 people.",
            &[(Some(Militants), Killed, 8, Exact)],
        );
    }

    #[test]
    fn people_killed_in_another_happening_s_time_clause_or_an_attack_on_a_place_are_not_the_targets(
    ) {
        for input in [
            // A time clause tells another happening, with its own victims.
            "Jets struck militant hideouts in the hills late Wednesday, hours after an attack on an arms factory killed five people and wounded 22 others.",
            "A US jet downed a drone near the base, as Turkish drones pounded oil fields and power stations, killing at least nine people.",
            "Warplanes bombed insurgent positions on Friday, two days after an attack on the fuel depot left 4 people dead.",
            // An attack on a place or people not named as militants.
            "The assault on the ferry terminal killed eleven people.",
            "Drone attacks on grain silos and bakeries killed 6 people on Sunday.",
            "Shelling of residential areas killed three people, the council said.",
        ] {
            all_other(&ON_MILITANTS, input);
        }
        // Militants named as the target in the figure's own clause keep the people theirs.
        check(
            &ON_MILITANTS,
            "Hours after the ambush, jets struck an ISIS camp in the desert, killing 14 people.",
            &[(Some(Militants), Killed, 14, Exact)],
        );
    }

    #[test]
    fn others_beside_counted_civilians_are_civilians() {
        for (input, killed) in [
            ("Nine civilians were killed and 14 others wounded in the shelling.", 9),
            ("12 civilians, among them two children, were martyred and 25 others were wounded.", 12),
            ("The strike killed 4 civilians and injured seven others near the bakery.", 4),
            ("Shells killed three Syrian civilians; eleven others were hurt.", 3),
            ("Twenty civilians died, including a journalist, and six others were injured, the council said.", 20),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Row> = figures_in(input, &toks, &Actors::default())
                .into_iter()
                .filter(|f| f.count == killed || f.outcome == Injured)
                .map(|f| (f.group, f.outcome, f.count, f.qualifier))
                .collect();
            assert_eq!(got.len(), 2, "{input}: {got:?}");
            assert_eq!(got[0], (Some(Civilians), Killed, killed, Exact), "{input}");
            assert_eq!((got[1].0, got[1].1), (Some(Civilians), Injured), "{input}");
        }
        // Others beside one civilian victim are unstated.
        check(
            &Actors::default(),
            "A civilian contractor was killed and five others were wounded in the attack.",
            &[
                (Some(Civilians), Killed, 1, Exact),
                (Some(Other), Injured, 5, Exact),
            ],
        );
    }

    #[test]
    fn militiamen_hit_in_a_report_of_strikes_on_militants_are_militants() {
        for (input, outcome, n) in [
            (
                "The monitor said seven Iraqi militia fighters had been killed.",
                Killed,
                7,
            ),
            (
                "At least five Iraqi militiamen were killed, officials said.",
                Killed,
                5,
            ),
            (
                "The strikes wounded 3 Iraqi militiamen near the border.",
                Injured,
                3,
            ),
            ("Two Afghan militia members died in the raid.", Killed, 2),
            (
                "Four Iraqi militia members were wounded in the strike.",
                Injured,
                4,
            ),
            (
                "Monitors said six Syrian and Afghan fighters were killed.",
                Killed,
                6,
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Row> = figures_in(input, &toks, &ON_MILITANTS)
                .into_iter()
                .map(|f| (f.group, f.outcome, f.count, f.qualifier))
                .collect();
            assert_eq!(
                got.first().map(|r| (r.0, r.1, r.2)),
                Some((Some(Militants), outcome, n)),
                "{input}"
            );
        }
        // In a report on a partner force, Iraqi militiamen are that force's.
        let partner = Actors {
            own_force: Some(PartnerForces),
            targets_militants: false,
            ..ON_MILITANTS
        };
        check(
            &partner,
            "ISIS gunmen attacked a post, killing five Iraqi militiamen.",
            &[(Some(PartnerForces), Killed, 5, Exact)],
        );
    }

    #[test]
    fn a_number_that_names_a_place_counts_no_one() {
        for (input, expected) in [
            (
                "Strikes stopped after the US retaliated for the Tower 22 deaths.",
                vec![],
            ),
            (
                "Rockets hit Camp 7, wounding two guards.",
                vec![(Some(Other), Injured, 2, Exact)],
            ),
            (
                "A bomb on Route 1 killed four soldiers.",
                vec![(Some(UsForces), Killed, 4, Exact)],
            ),
            (
                "Three people died at Checkpoint 12 on Sunday.",
                vec![(Some(Other), Killed, 3, Exact)],
            ),
            (
                "Gunmen stormed Outpost 9 and killed 5 soldiers.",
                vec![(Some(UsForces), Killed, 5, Exact)],
            ),
        ] {
            check(&US, input, &expected);
        }
    }

    #[test]
    fn people_a_clause_ties_to_the_us_side_are_partners() {
        for (input, outcome, n) in [
            (
                "Three drones attacked the base, wounding two Syrian opposition fighters who are allied with Washington.",
                Injured,
                2,
            ),
            ("The blast injured three local fighters backed by the US-led coalition.", Injured, 3),
            ("Five tribal fighters aligned with the coalition died.", Killed, 5),
            ("The drone killed 4 fighters supported by American troops.", Killed, 4),
            ("A rocket hit the gate, injuring six guards who were trained by US forces.", Injured, 6),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, Outcome, u32)> = figures_in(input, &toks, &US)
                .into_iter()
                .map(|f| (f.group, f.outcome, f.count))
                .collect();
            assert_eq!(got, vec![(Some(PartnerForces), outcome, n)], "{input}");
        }
        // Backed by another patron, they stay militants.
        check(
            &US,
            "Two gunmen backed by Iran were killed.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
    }

    #[test]
    fn names_joined_before_one_head_modify_it() {
        for (input, expected) in [
            (
                "Two Iraqi and Kurdish soldiers were wounded.",
                (Some(PartnerForces), Injured, 2),
            ),
            (
                "Five Syrian and Iraqi civilians died in the shelling.",
                (Some(Civilians), Killed, 5),
            ),
            (
                "The raid killed 3 Somali and Kenyan militants.",
                (Some(Militants), Killed, 3),
            ),
            (
                "Shells wounded four Jordanian and Saudi pilgrims.",
                (Some(Civilians), Injured, 4),
            ),
            (
                "Nine Iraqi and Peshmerga fighters were hurt.",
                (Some(PartnerForces), Injured, 9),
            ),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, Outcome, u32)> =
                figures_in(input, &toks, &Actors::default())
                    .into_iter()
                    .map(|f| (f.group, f.outcome, f.count))
                    .collect();
            assert_eq!(got, vec![expected], "{input}");
        }
    }

    #[test]
    fn people_killed_by_a_third_state_s_strikes_are_not_the_operations_targets() {
        for input in [
            "More than 3,400 people have been killed in Israel's retaliatory strikes on Gaza.",
            "Turkish drone strikes killed 9 people near Qamishli on Thursday.",
            "Russian airstrikes killed twelve people in the province.",
            "Four people died when Iranian missile strikes hit a villa.",
            "At least 30 individuals were killed by Israeli air strikes overnight.",
            // A group's administration as the source names no target.
            "More than 3,400 people have been killed in Israel's strikes on Gaza, the Hamas-run health ministry says.",
        ] {
            all_other(&ON_MILITANTS, input);
        }
        // The report's own strikes on militants keep their people militants.
        check(
            &ON_MILITANTS,
            "US strikes killed 8 people near the border.",
            &[(Some(Militants), Killed, 8, Exact)],
        );
    }

    #[test]
    fn both_before_a_noun_of_people_counts_two() {
        check(
            &ON_MILITANTS,
            "Both attackers were killed, officials said.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Both guards were badly hurt in the blast.",
            &[(Some(Other), Injured, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Police said both gunmen died at the scene.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Both Syrian civilians were wounded by shrapnel.",
            &[(Some(Civilians), Injured, 2, Exact)],
        );
        // "both … and" joins two groups; "both of them" points back; neither counts.
        for input in [
            "Both US and Iraqi forces were targeted, and no one was hurt in the attack.",
            "Both of them were later killed.",
        ] {
            check(&Actors::default(), input, &[]);
        }
    }

    #[test]
    fn a_lone_attacker_or_assailant_is_a_militant() {
        check(
            &Actors::default(),
            "One assailant was shot dead by police and two officers were wounded.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Other), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Guards killed one attacker and wounded another at the gate.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Injured, 1, Exact),
            ],
        );
    }

    #[test]
    fn martyring_is_killing() {
        check(
            &Actors::default(),
            "Rockets hit Karkamis district on Monday, martyring 3 civilians.",
            &[(Some(Civilians), Killed, 3, Exact)],
        );
        check(
            &Actors::default(),
            "The shelling martyred two Peshmerga fighters near the border.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
    }

    #[test]
    fn a_target_listed_with_other_dead_is_counted() {
        check(
            &ON_MILITANTS,
            "The raid killed a top al-Shabab commander and three of his bodyguards.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 3, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Troops killed an ISIS leader and 2 of his guards near the border.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 2, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "A strike eliminated a senior Hurras al-Din official and four of his aides.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 4, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Commandos killed a militant commander and two other fighters.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 2, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "Jets killed an Islamic State leader, 5 of his deputies and a driver.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 5, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
        // A target alone is no count.
        check(&ON_MILITANTS, "The strike killed a senior leader.", &[]);
        check(
            &ON_MILITANTS,
            "Forces likely killed a senior ISIS leader who planned attacks.",
            &[],
        );
    }

    #[test]
    fn a_part_of_the_dead_is_marked_as_a_subset() {
        for input in [
            "Among the dead were two refinery workers, a police officer said.",
            "The statement said the dead included two prominent leaders of the group.",
            "Among the wounded were 3 children.",
            "The injured included four medics.",
            "Among those killed were 2 commanders.",
        ] {
            let toks = tokenize(input, 0..input.len());
            let got = figures_in(input, &toks, &ON_MILITANTS);
            assert!(got.first().is_some_and(|f| f.subset), "{input}: {got:?}");
        }
        let input = "Two leaders were killed in the raid.";
        let toks = tokenize(input, 0..input.len());
        assert!(figures_in(input, &toks, &ON_MILITANTS)
            .iter()
            .all(|f| !f.subset));
    }

    #[test]
    fn the_subject_suffers_what_it_lost_or_suffered() {
        check(
            &Actors::default(),
            "Kurdish authorities said their forces lost 4 men.",
            &[(Some(PartnerForces), Killed, 4, Exact)],
        );
        check(
            &Actors::default(),
            "US forces suffered 11 wounded in the assault.",
            &[(Some(UsForces), Injured, 11, Exact)],
        );
        check(
            &Actors::default(),
            "Iraqi troops lost seven soldiers in the ambush.",
            &[(Some(PartnerForces), Killed, 7, Exact)],
        );
        check(
            &Actors::default(),
            "The battalion lost 3 vehicles and two helicopters.",
            &[],
        );
        check(
            &Actors::default(),
            "The village lost 9 residents in the flood.",
            &[(Some(Civilians), Killed, 9, Exact)],
        );
    }

    #[test]
    fn estimates_and_other_words_for_killed() {
        check(
            &ON_MILITANTS,
            "The strike also killed an estimated 10 fighters.",
            &[(Some(Militants), Killed, 10, About)],
        );
        check(
            &ON_MILITANTS,
            "Nearly 40 jihadists have been eliminated.",
            &[(Some(Militants), Killed, 40, About)],
        );
        check(
            &Actors::default(),
            "Police said they neutralised 3 gunmen.",
            &[(Some(Militants), Killed, 3, Exact)],
        );
        check(
            &US,
            "In all, 64 service members were diagnosed with traumatic brain injuries.",
            &[(Some(UsForces), Injured, 64, Exact)],
        );
        check(
            &US,
            "About two dozen soldiers suffered concussions.",
            &[(Some(UsForces), Injured, 24, About)],
        );
        check(
            &US,
            "At least 12 troops were being checked for TBI, officials said.",
            &[(Some(UsForces), Injured, 12, AtLeast)],
        );
        check(
            &US,
            "The injury toll rose to 45 on Tuesday.",
            &[(None, Injured, 45, Exact)],
        );
        check(
            &US,
            "Officials put the number of wounded troops at 19.",
            &[(Some(UsForces), Injured, 19, Exact)],
        );
    }

    #[test]
    fn the_dead_and_wounded_name_their_outcome() {
        check(
            &Actors::default(),
            "The dead included 3 children, the ministry said.",
            &[(Some(Civilians), Killed, 3, Exact)],
        );
        check(
            &US,
            "The wounded were two medics and 5 soldiers.",
            &[
                (Some(Other), Injured, 2, Exact),
                (Some(UsForces), Injured, 5, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Among the injured were four Iraqi soldiers.",
            &[(Some(PartnerForces), Injured, 4, Exact)],
        );
        check(
            &Actors::default(),
            "The dead are 2 ISIS-K gunmen.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(&Actors::default(), "The talks included 3 ministers.", &[]);
    }

    #[test]
    fn two_verbs_joined_before_a_count_give_both_outcomes() {
        check(
            &ON_MILITANTS,
            "Troops have killed or captured 40 suspected militants since June.",
            &[
                (Some(Militants), Killed, 40, Exact),
                (Some(Militants), Captured, 40, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "The army has been killing or capturing more than 40 jihadists.",
            &[
                (Some(Militants), Killed, 40, MoreThan),
                (Some(Militants), Captured, 40, MoreThan),
            ],
        );
        check(
            &Actors::default(),
            "The blasts killed and wounded 17 people.",
            &[
                (Some(Other), Killed, 17, Exact),
                (Some(Other), Injured, 17, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Gunmen fired and killed 3 guards.",
            &[(Some(Other), Killed, 3, Exact)],
        );
        check(
            &Actors::default(),
            "The raid killed a senior ISIS official and wounded another.",
            &[(Some(Militants), Injured, 1, Exact)],
        );
    }

    #[test]
    fn a_verb_governs_the_list_it_opens() {
        check(
            &ON_MILITANTS,
            "The raid killed the group's deputy leader and four of his guards.",
            &[(Some(Militants), Killed, 4, Exact)],
        );
        check(
            &Actors::default(),
            "Police arrested the cell's leader and 6 of its members.",
            &[(Some(Other), Captured, 6, Exact)],
        );
        check(
            &US,
            "The rockets wounded a contractor near the gate, and 3 marines.",
            &[
                (Some(Other), Injured, 1, Exact),
                (Some(UsForces), Injured, 3, Exact),
            ],
        );
        check(
            &Actors::default(),
            "The blast killed the driver, officials said, and two passengers.",
            &[],
        );
        check(
            &Actors::default(),
            "Gunmen killed a guard and nine customers.",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(Other), Killed, 9, Exact),
            ],
        );
    }

    #[test]
    fn a_title_case_headline_names_a_single_victim() {
        check(
            &US,
            "Roadside Bomb Wounds Marine Near Kirkuk",
            &[(Some(UsForces), Injured, 1, Exact)],
        );
        check(
            &Actors::default(),
            "Drone Strike Kills Senior Militant Commander",
            &[(Some(Militants), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "Gunmen Kill Policeman, Wound 3 Civilians",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(Civilians), Injured, 3, Exact),
            ],
        );
        check(&Actors::default(), "Attack kills contractor near base", &[]);
        check(&Actors::default(), "Strike Kills Dozens In Market", &[]);
        check(&Actors::default(), "Wounded Veteran Speaks Out", &[]);
    }

    #[test]
    fn a_title_case_headline_names_a_single_subject() {
        check(
            &US,
            "Navy Pilot Killed, Two Sailors Hurt In Crash",
            &[
                (Some(UsForces), Killed, 1, Exact),
                (Some(UsForces), Injured, 2, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Iraqi Soldier Wounded Near Kirkuk",
            &[(Some(PartnerForces), Injured, 1, Exact)],
        );
        check(
            &Actors::default(),
            "British Contractor Killed In Rocket Attack",
            &[(Some(Other), Killed, 1, Exact)],
        );
        check(
            &Actors::default(),
            "A Soldier Killed In Kabul Remembered",
            &[],
        );
        check(&Actors::default(), "Veterans Killed By Neglect", &[]);
        check(&Actors::default(), "soldier killed near the border", &[]);
    }

    #[test]
    fn along_with_joins_the_clause_outcome() {
        check(
            &US,
            "A medic was hurt, along with 4 marines.",
            &[
                (Some(Other), Injured, 1, Exact),
                (Some(UsForces), Injured, 4, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Two guards died, as well as three Iraqi soldiers.",
            &[
                (Some(Other), Killed, 2, Exact),
                (Some(PartnerForces), Killed, 3, Exact),
            ],
        );
        check(
            &Actors::default(),
            "The commander was captured together with six ISIS fighters.",
            &[(Some(Militants), Captured, 6, Exact)],
        );
        check(
            &Actors::default(),
            "The convoy arrived, along with 4 trucks.",
            &[],
        );
        check(
            &US,
            "An interpreter was killed and another was wounded, along with two soldiers.",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(Other), Injured, 1, Exact),
                (Some(UsForces), Injured, 2, Exact),
            ],
        );
    }

    #[test]
    fn the_subject_of_a_report_is_not_its_casualty() {
        check(
            &US,
            "The blast killed 6 marines, two officials said.",
            &[(Some(UsForces), Killed, 6, Exact)],
        );
        check(
            &Actors::default(),
            "The strike killed 17 people, a local official said.",
            &[(Some(Other), Killed, 17, Exact)],
        );
        check(
            &Actors::default(),
            "Three officials noted several wounded had been flown out.",
            &[],
        );
        check(
            &Actors::default(),
            "Two medics explained that some people were injured.",
            &[],
        );
        check(&US, "2 spokesmen said many troops were hurt.", &[]);
        check(
            &Actors::default(),
            "Four officials were reported killed.",
            &[(Some(Other), Killed, 4, Exact)],
        );
        check(
            &Actors::default(),
            "Five guards, officials noted, were wounded.",
            &[(Some(Other), Injured, 5, Exact)],
        );
    }

    #[test]
    fn casualties_of_a_kind_and_who_suffered_them() {
        check(
            &Actors::default(),
            "The shelling caused 40 casualties, mostly concussions.",
            &[(Some(Other), Injured, 40, Exact)],
        );
        check(
            &Actors::default(),
            "Iraqi troops suffered 12 casualties, mainly minor injuries.",
            &[(Some(PartnerForces), Injured, 12, Exact)],
        );
        check(
            &Actors::default(),
            "U.S. forces have endured dozens of attacks, causing 28 casualties, mostly traumatic brain injuries.",
            &[(Some(UsForces), Injured, 28, Exact)],
        );
        check(
            &Actors::default(),
            "The bombing caused 11 casualties.",
            &[(Some(Other), Killed, 11, Exact)],
        );
        check(
            &Actors::default(),
            "Kurdish fighters sustained 6 casualties in the clash.",
            &[(Some(PartnerForces), Killed, 6, Exact)],
        );
    }

    #[test]
    fn armed_men_named_by_their_deed_against_a_force_are_militants() {
        check(
            &PARTNER,
            "Border guards shot dead 3 smugglers on Tuesday.",
            &[(Some(Militants), Killed, 3, Exact)],
        );
        check(
            &Actors::default(),
            "Eleven infiltrators were killed and four were detained.",
            &[
                (Some(Militants), Killed, 11, Exact),
                (Some(Militants), Captured, 4, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Police said they had arrested two bandits after the ambush.",
            &[(Some(Militants), Captured, 2, Exact)],
        );
        check(
            &PARTNER,
            "Villagers fought back, killing six of the raiders.",
            &[(Some(Militants), Killed, 6, Exact)],
        );
        check(
            &Actors::default(),
            "A lone gunman and an insurgent were killed at the gate.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Militants), Killed, 1, Exact),
            ],
        );
    }

    #[test]
    fn a_leader_and_his_men_told_as_a_subject_are_two_figures_of_his_side() {
        let cases: [(&str, Outcome, u32); 5] = [
            (
                "A senior ISIS commander and three of his aides were killed.",
                Killed,
                3,
            ),
            (
                "An al-Shabaab commander and two of his deputies were captured.",
                Captured,
                2,
            ),
            (
                "A Taliban official and 4 of his loyalists were killed on Monday.",
                Killed,
                4,
            ),
            (
                "A Daesh leader and five of his followers were arrested.",
                Captured,
                5,
            ),
            (
                "A Qaeda commander and two of his henchmen were wounded.",
                Injured,
                2,
            ),
        ];
        for (text, outcome, n) in cases {
            check(
                &ON_MILITANTS,
                text,
                &[
                    (Some(Militants), outcome, 1, Exact),
                    (Some(Militants), outcome, n, Exact),
                ],
            );
        }
    }

    #[test]
    fn a_part_of_people_named_by_their_noun_is_counted_as_a_subject() {
        check(
            &PARTNER,
            "Fourteen of the infiltrators were killed.",
            &[(Some(Militants), Killed, 14, Exact)],
        );
        check(
            &US,
            "Two of the marines later died.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
        check(
            &PARTNER,
            "3 of the policemen were seriously hurt.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &Actors::default(),
            "Five of the villagers were badly hurt.",
            &[(Some(Civilians), Injured, 5, Exact)],
        );
        // "The wounded" is no noun of people: a part of them that dies is a new
        // outcome of people counted before (their group is the caller's to find); a
        // count inside the phrase tells a condition of people counted before.
        check(
            &US,
            "Three of the wounded died in hospital.",
            &[(None, Killed, 3, Exact)],
        );
        check(&US, "Three of the wounded were flown to Germany.", &[]);
        check(
            &US,
            "One of the three soldiers wounded is in critical condition.",
            &[],
        );
    }

    #[test]
    fn a_count_repeated_in_bracketed_digits_is_one_count() {
        check(
            &PARTNER,
            "Troops neutralised five (5) terrorists.",
            &[(Some(Militants), Killed, 5, Exact)],
        );
        check(
            &PARTNER,
            "Two (2) of our soldiers were killed in action.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &PARTNER,
            "Troops killed six (6) gunmen and arrested two (2).",
            &[
                (Some(Militants), Killed, 6, Exact),
                (Some(Militants), Captured, 2, Exact),
            ],
        );
        check(
            &US,
            "Eleven (11) marines were wounded in action (WIA).",
            &[(Some(UsForces), Injured, 11, Exact)],
        );
        // Other digits in brackets are another count.
        check(
            &PARTNER,
            "Two soldiers (and 3 police) died.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Killed, 3, Exact),
            ],
        );
    }

    #[test]
    fn army_shorthand_says_killed_or_wounded_in_action() {
        check(
            &PARTNER,
            "Two soldiers KIA in Tuesday ambush",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "4 marines WIA, one KIA",
            &[
                (Some(UsForces), Injured, 4, Exact),
                (Some(UsForces), Killed, 1, Exact),
            ],
        );
        check(
            &PARTNER,
            "Three soldiers were KIA.",
            &[(Some(PartnerForces), Killed, 3, Exact)],
        );
    }

    #[test]
    fn people_taken_prisoner_are_captured() {
        check(
            &PARTNER,
            "Militants overran the post and took nine soldiers prisoner.",
            &[(Some(PartnerForces), Captured, 9, Exact)],
        );
        check(
            &US,
            "Gunmen had taken 3 American contractors hostage.",
            &[(Some(Other), Captured, 3, Exact)],
        );
        check(
            &PARTNER,
            "The raiders, taking two policemen captive, fled north.",
            &[(Some(PartnerForces), Captured, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Bandits took 12 villagers hostage on Sunday.",
            &[(Some(Civilians), Captured, 12, Exact)],
        );
        check(&PARTNER, "They took 4 vehicles and two rifles.", &[]);
    }

    #[test]
    fn a_force_named_by_its_people_counts_them() {
        for (text, outcome, n) in [
            ("The raid killed three Peshmerga.", Killed, 3),
            ("Four Peshmerga were wounded.", Injured, 4),
            ("The attack caused the deaths of two Peshmerga.", Killed, 2),
            ("Shelling injured 5 Peshmerga at the front.", Injured, 5),
            ("Eleven Peshmerga died in the ambush.", Killed, 11),
        ] {
            check(
                &Actors::default(),
                text,
                &[(Some(PartnerForces), outcome, n, Exact)],
            );
        }
    }

    #[test]
    fn our_people_are_the_speakers_force() {
        check(
            &PARTNER,
            "Two of our heroes were lightly wounded.",
            &[(Some(PartnerForces), Injured, 2, Exact)],
        );
        check(
            &US,
            "One of our sailors was hurt, the captain said.",
            &[(Some(UsForces), Injured, 1, Exact)],
        );
        check(
            &PARTNER,
            "Four of our brave soldiers were martyred on Friday.",
            &[(Some(PartnerForces), Killed, 4, Exact)],
        );
        check(
            &PARTNER,
            "Gunmen killed three of our comrades.",
            &[(Some(PartnerForces), Killed, 3, Exact)],
        );
        // With no force of its own, a report quotes the local force's words.
        check(
            &Actors::default(),
            "Three of our soldiers were wounded, the brigade said.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        // A noun that names its own side keeps it.
        check(
            &PARTNER,
            "Five of our neighbours died in the shelling.",
            &[(Some(Civilians), Killed, 5, Exact)],
        );
    }

    #[test]
    fn a_third_state_that_lost_people_lost_its_own() {
        for (text, count) in [
            (
                "Britain, which has 9,000 troops in Basra, has lost 52 servicemen since March.",
                52,
            ),
            ("Turkey lost three soldiers in the clash.", 3),
            ("France has lost 58 soldiers in the Sahel.", 58),
            ("Russia lost two pilots when the jet crashed.", 2),
            ("Italy has lost five troops in the mission.", 5),
        ] {
            check(&US, text, &[(Some(Other), Killed, count, Exact)]);
        }
        // The article's own side, or militants, keep theirs.
        check(
            &US,
            "Insurgents lost 30 fighters.",
            &[(Some(Militants), Killed, 30, Exact)],
        );
        check(
            &US,
            "U.S. forces lost two soldiers.",
            &[(Some(UsForces), Killed, 2, Exact)],
        );
    }

    #[test]
    fn people_of_no_side_listed_with_civilians_are_civilians() {
        for (text, rows) in [
            (
                "The dead were 18 women and a man, all farm labourers.",
                vec![
                    (Some(Civilians), Killed, 18, Exact),
                    (Some(Civilians), Killed, 1, Exact),
                ],
            ),
            (
                "The blast killed 14 women and one man.",
                vec![
                    (Some(Civilians), Killed, 14, Exact),
                    (Some(Civilians), Killed, 1, Exact),
                ],
            ),
            (
                "Shelling wounded three children, two women and an elderly man.",
                vec![
                    (Some(Civilians), Injured, 3, Exact),
                    (Some(Civilians), Injured, 2, Exact),
                    (Some(Civilians), Injured, 1, Exact),
                ],
            ),
        ] {
            check(&Actors::default(), text, &rows);
        }
        // Listed with soldiers, or apart from the civilians, a man keeps no side.
        check(
            &Actors::default(),
            "Gunmen killed two Iraqi soldiers and a man.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(Other), Killed, 1, Exact),
            ],
        );
    }

    #[test]
    fn every_form_of_a_capture_verb_captures() {
        for (text, rows) in [
            (
                "Police raided the houses, arresting five suspects and killing two gunmen.",
                vec![
                    (Some(Militants), Captured, 5, Exact),
                    (Some(Militants), Killed, 2, Exact),
                ],
            ),
            (
                "Commandos swept the village, arresting at least 14 ISIS militants.",
                vec![(Some(Militants), Captured, 14, AtLeast)],
            ),
            (
                "Troops are arresting 3 militants a day, an officer said.",
                vec![(Some(Militants), Captured, 3, Exact)],
            ),
        ] {
            check(&ON_MILITANTS, text, &rows);
        }
    }

    #[test]
    fn a_count_whose_harm_is_denied_is_a_zero_not_a_count() {
        // No count: the zero of the people's group is read by `zeros`.
        for text in [
            "Four civilians nearby were not hurt.",
            "Five civilians have not been harmed.",
            "Three U.S. sailors were never injured, the Navy said.",
            "Nine villagers weren't wounded.",
            "Two children in the car were not killed.",
        ] {
            check(&US, text, &[]);
        }
        // A degree denied leaves the count.
        check(
            &US,
            "Three U.S. soldiers were wounded, though not seriously.",
            &[(Some(UsForces), Injured, 3, Exact)],
        );
    }

    #[test]
    fn a_us_service_named_by_its_own_name_is_us_forces() {
        // Capitalised "Marines", "SEALs" and "Green Berets" are the US services, whatever force the
        // article is about; another nation's or a lower-case "marines" are not.
        for (text, row) in [
            (
                "A roadside bomb killed 14 Marines and a civilian interpreter.",
                vec![
                    (Some(UsForces), Killed, 14, Exact),
                    (Some(Civilians), Killed, 1, Exact),
                ],
            ),
            (
                "Insurgents wounded three Marines in an ambush near the dam.",
                vec![(Some(UsForces), Injured, 3, Exact)],
            ),
            (
                "A Navy SEAL was killed and two SEALs were wounded.",
                vec![
                    (Some(UsForces), Killed, 1, Exact),
                    (Some(UsForces), Injured, 2, Exact),
                ],
            ),
            (
                "Three Army Green Berets were shot dead at the gate of the air base.",
                vec![(Some(UsForces), Killed, 3, Exact)],
            ),
            (
                "A Green Beret died and two Green Berets were hurt when their truck hit a mine.",
                vec![
                    (Some(UsForces), Killed, 1, Exact),
                    (Some(UsForces), Injured, 2, Exact),
                ],
            ),
            (
                "Two Royal Marines were injured near Basra.",
                vec![(Some(Other), Injured, 2, Exact)],
            ),
            (
                "Five Iraqi Marines died when their boat capsized.",
                vec![(Some(PartnerForces), Killed, 5, Exact)],
            ),
            (
                "Two marines were hurt when the patrol boat ran aground.",
                vec![(Some(PartnerForces), Injured, 2, Exact)],
            ),
        ] {
            check(&PARTNER, text, &row);
        }
    }

    #[test]
    fn a_count_added_to_a_partitive_is_a_part_of_the_same_people() {
        // "one more of our fighters": "more" or "further" between the count and
        // "of" keeps the partitive (a report on militants aside, whose bare counts
        // would be theirs).
        let partner_on_militants = Actors {
            targets_militants: true,
            militants_named: true,
            ..PARTNER
        };
        for (actors, text, row) in [
            (
                &partner_on_militants,
                "The shelling led to the martyrdom of one more of our fighters.",
                (Some(PartnerForces), Killed, 1, Exact),
            ),
            (
                &partner_on_militants,
                "Snipers across the river later killed one more of our comrades.",
                (Some(PartnerForces), Killed, 1, Exact),
            ),
            (
                &PARTNER,
                "Two more of our heroes were martyred at dawn.",
                (Some(PartnerForces), Killed, 2, Exact),
            ),
            (
                &US,
                "The blast wounded 3 further of the sailors.",
                (Some(UsForces), Injured, 3, Exact),
            ),
            (
                &ON_MILITANTS,
                "Four more of the insurgents were shot dead near the wadi.",
                (Some(Militants), Killed, 4, Exact),
            ),
            (
                &US,
                "Medics said two more of the Peshmerga had been hurt.",
                (Some(PartnerForces), Injured, 2, Exact),
            ),
        ] {
            check(actors, text, &[row]);
        }
    }

    #[test]
    fn people_who_fell_died_but_shells_that_fell_did_not() {
        check(
            &PARTNER,
            "Twelve of our soldiers fell with their weapons in hand.",
            &[(Some(PartnerForces), Killed, 12, Exact)],
        );
        check(
            &PARTNER,
            "9 policemen fell in battle near the dam.",
            &[(Some(PartnerForces), Killed, 9, Exact)],
        );
        check(&PARTNER, "Two soldiers fell ill after the march.", &[]);
        check(&PARTNER, "Four mortar rounds fell on the base.", &[]);
        check(&PARTNER, "Three troops fell back to the river.", &[]);
    }

    #[test]
    fn verbs_and_nouns_that_say_killed_another_way() {
        check(
            &PARTNER,
            "The army said it had wiped out nine insurgents.",
            &[(Some(Militants), Killed, 9, Exact)],
        );
        check(
            &US,
            "Marines took out 4 gunmen on the ridge.",
            &[(Some(Militants), Killed, 4, Exact)],
        );
        check(
            &PARTNER,
            "Troops neutralising 34 of the attackers retook the town.",
            &[(Some(Militants), Killed, 34, Exact)],
        );
        check(
            &PARTNER,
            "Police recovered the bodies of seven gunmen after the clash.",
            &[(Some(Militants), Killed, 7, Exact)],
        );
        check(
            &PARTNER,
            "Two wounded soldiers died in hospital on Wednesday.",
            &[(Some(PartnerForces), Killed, 2, Exact)],
        );
        check(
            &US,
            "Three injured marines later succumbed to their wounds.",
            &[(Some(UsForces), Killed, 3, Exact)],
        );
    }

    #[test]
    fn people_named_by_home_or_pursuit_are_civilians() {
        check(
            &Actors::default(),
            "Two herders and a fisherman died when the mine went off.",
            &[
                (Some(Civilians), Killed, 2, Exact),
                (Some(Civilians), Killed, 1, Exact),
            ],
        );
        check(
            &ON_MILITANTS,
            "The strike wounded 7 worshipers leaving the mosque.",
            &[(Some(Civilians), Injured, 7, Exact)],
        );
        check(
            &Actors::default(),
            "Three of our neighbours were killed, a woman said.",
            &[(Some(Civilians), Killed, 3, Exact)],
        );
        check(
            &Actors::default(),
            "Shrapnel hurt nine passers-by and four pupils.",
            &[
                (Some(Civilians), Injured, 9, Exact),
                (Some(Civilians), Injured, 4, Exact),
            ],
        );
        // Named by an employer, people stay other.
        check(
            &Actors::default(),
            "Twelve local residents and 2 oil workers were injured.",
            &[
                (Some(Civilians), Injured, 12, Exact),
                (Some(Other), Injured, 2, Exact),
            ],
        );
    }

    #[test]
    fn dozens_and_another() {
        check(
            &Actors::default(),
            "About a dozen villagers were hurt.",
            &[(Some(Civilians), Injured, 12, About)],
        );
        check(
            &Actors::default(),
            "Two dozen people were killed.",
            &[(Some(Other), Killed, 24, Exact)],
        );
        check(
            &US,
            "Nearly a dozen soldiers were wounded.",
            &[(Some(UsForces), Injured, 12, About)],
        );
        check(&Actors::default(), "Dozens of people were killed.", &[]);
        check(
            &Actors::default(),
            "One guard died and another was wounded.",
            &[
                (Some(Other), Killed, 1, Exact),
                (Some(Other), Injured, 1, Exact),
            ],
        );
        check(
            &Actors::default(),
            "Another report said the road was closed.",
            &[],
        );
        check(
            &Actors::default(),
            "A drone was destroyed and another was captured.",
            &[],
        );
    }

    #[test]
    fn possessors_and_earlier_phrases_name_the_group() {
        check(
            &ON_MILITANTS,
            "Two of his bodyguards were killed.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
        check(
            &ON_MILITANTS,
            "One of their commanders was wounded, the statement said.",
            &[(Some(Militants), Injured, 1, Exact)],
        );
        // The target's family is a group of its own.
        check(
            &ON_MILITANTS,
            "Two of his sons were killed.",
            &[(Some(Other), Killed, 2, Exact)],
        );
        check(
            &Actors::default(),
            "Several Iraqi soldiers were wounded, while three others were hurt in a crash.",
            &[(Some(PartnerForces), Injured, 3, Exact)],
        );
        check(
            &US,
            "Some marines were hurt by shrapnel and 2 others sustained injuries from falls.",
            &[(Some(UsForces), Injured, 2, Exact)],
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))] // proptest is a native-only dev-dependency
mod soup_tests {
    //! Random sequences of the words the casualty grammar reacts to never panic.
    use super::*;
    use crate::extract::words::tokenize;
    use proptest::prelude::*;

    const WORDS: &[&str] = &[
        "one",
        "of",
        "his",
        "their",
        "a",
        "an",
        "and",
        ",",
        "killed",
        "were",
        "was",
        "the",
        "toll",
        "number",
        "dead",
        "at",
        "another",
        "dozen",
        "more",
        "others",
        "including",
        "left",
        "with",
        "Two",
        "U.S.",
        "who",
        "said",
        "deaths",
        "casualties",
        "mostly",
        "injuries",
        "soldiers",
        "troops",
        "people",
        "ISIS",
        "SDF",
        "its",
        "no",
        "not",
        "lost",
        "suffered",
        "Kills",
        "Wounds",
        "Serviceman",
        "15",
        "3",
        "least",
        "among",
        "wounded",
        "British",
        "American",
        "contractor",
        "that",
        ";",
        ".",
        "—",
        "(",
        ")",
        ":",
        "HORROR",
        "those",
        "these",
        "half",
        "both",
        "24",
        "heroes",
        "Navy",
        "ministry",
        "firm",
        "police",
        "fighters",
        "shot",
        "wounding",
        "\"",
        "Iraq",
    ];

    proptest! {
        #[test]
        fn casualty_word_soup_never_panics(picks in prop::collection::vec(0..WORDS.len(), 0..40)) {
            let text: String = picks.iter().map(|&k| WORDS[k]).collect::<Vec<_>>().join(" ");
            let toks = tokenize(&text, 0..text.len());
            for actors in [
                Actors::default(),
                Actors { own_force: Some(Group::UsForces), targets_militants: true, militants_named: true, carried: None, recalled: None, host: None, head_sides: Default::default(), speaker: None, allied_strikes: false },
            ] {
                for f in figures_in(&text, &toks, &actors) {
                    prop_assert!(text.get(f.range.clone()).is_some());
                }
                let _ = crate::extract::actors::recalled_side(&text, &toks, &[&toks], &actors);
                let _ = crate::extract::casualty::zeros::zeros_in(&text, &toks, &actors);
                let _ = Actors::of(&text, std::slice::from_ref(&toks), None);
            }
        }
    }
}
