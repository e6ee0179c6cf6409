//! Tolls whose verb stands between them and their number, however long the subject:
//! "the death toll from the attack on a convoy south of the city has climbed to nine",
//! "Death toll from market bombing rises to 12", "the number of wounded from the blast
//! has reached 40", "the toll now stands at 23".
//!
//! The number is the complement of a verb of change or state ("rose to", "stands at",
//! "has reached"); the subject of that verb, found back within its clause, is a noun
//! phrase headed by a toll ("toll", "death count", "the number of dead", "deaths",
//! "casualties", "injuries"). The clause ends at another count, a ';' or ':', a
//! subordinator, another finite auxiliary, or an "and" opening a new subject.

use super::lexicon::{group_of, is_person_head, outcome_word, toll_word};
use crate::extract::actors::Actors;
use crate::extract::numbers::looks_like_year;
use crate::extract::words::{Token, WordSet};
use crate::model::{Group, Outcome};

/// A toll found as the subject of the verb before a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FarToll {
    /// Index of the toll's head word ("toll", "number", "deaths").
    pub head: usize,
    /// Where the toll's phrase ends (exclusive): the verb whose complement the number
    /// is, or for a toll told after its number, the end of its clause.
    pub end: usize,
    /// What the toll counts: "death toll" killed, "injury toll" injured.
    pub outcome: Outcome,
}

/// Verbs of change that take the new figure after "to": "rose to 12", "has climbed to".
const RISING: WordSet<24> = WordSet::new([
    "rise",
    "rises",
    "rose",
    "risen",
    "rising",
    "climb",
    "climbs",
    "climbed",
    "climbing",
    "jump",
    "jumps",
    "jumped",
    "increase",
    "increases",
    "increased",
    "grow",
    "grows",
    "grew",
    "grown",
    "soared",
    "surged",
    "mounted",
    "swelled",
    "soars",
]);

/// Verbs of state that take the figure after "at": "stands at 23", "stood at 61".
const STANDING: WordSet<7> = WordSet::new([
    "stand", "stands", "stood", "standing", "remains", "remained", "remain",
]);

/// Verbs that take the figure as their object: "has reached 40", "hit 15", "topped 100".
const REACHING: WordSet<{ REACHED.len() + PASSED_BEYOND.len() }> =
    WordSet::union_of(&[REACHED.keys(), PASSED_BEYOND.keys()]);

/// [`REACHING`] verbs that say the toll is its number.
const REACHED: WordSet<5> = WordSet::new(["reach", "reaches", "reached", "hit", "hits"]);

/// Verbs of a toll going beyond its number: "the toll passed 300" is more than 300.
const PASSED_BEYOND: WordSet<12> = WordSet::new([
    "passed",
    "passes",
    "passing",
    "topped",
    "tops",
    "topping",
    "exceeded",
    "exceeds",
    "exceeding",
    "surpassed",
    "surpasses",
    "crossed",
]);

/// True for a verb of a toll going beyond its number ("passed", "topped"): the
/// count after it is more than it says.
pub fn passed_beyond(w: &str) -> bool {
    PASSED_BEYOND.contains(w)
}

/// Words that may stand between a toll's subject and its verb: auxiliaries and
/// adverbs of time ("has now risen", "had further climbed").
const VERB_CHAIN: WordSet<15> = WordSet::new([
    "has",
    "have",
    "had",
    "is",
    "was",
    "been",
    "now",
    "further",
    "already",
    "since",
    "later",
    "reportedly",
    "also",
    "again",
    "then",
]);

/// Words that open another clause: the toll's subject does not reach past them.
const CLAUSE_OPENERS: WordSet<16> = WordSet::new([
    "where",
    "which",
    "who",
    "whom",
    "while",
    "but",
    "including",
    "although",
    "though",
    "because",
    "whereas",
    "as",
    "when",
    "if",
    "until",
    "unless",
]);

/// Finite verbs of another clause ("the toll road was closed as …").
const FINITE: WordSet<8> = WordSet::new(["is", "was", "are", "were", "has", "have", "had", "be"]);

/// Words that may follow a toll's head inside its subject: prepositions naming whose
/// or which toll it is ("the toll from the blast", "the toll among the troops").
const HEAD_FOLLOWERS: WordSet<12> = WordSet::new([
    "from",
    "in",
    "of",
    "among",
    "on",
    "at",
    "after",
    "since",
    "following",
    "for",
    "across",
    "to",
]);

/// Words opening a new subject after "and": "… and the number rose to 12".
const SUBJECT_OPENERS: WordSet<11> = WordSet::new([
    "the", "a", "an", "its", "their", "his", "her", "it", "they", "he", "she",
]);

/// How far back from its verb a toll's head may stand.
const SUBJECT_REACH: usize = 30;

/// The toll whose verb governs the count starting at `from`: "the death toll from the
/// attack on the base has risen to at least 31" (`from` at "at least").
pub fn far_toll(toks: &[Token], from: usize) -> Option<FarToll> {
    let Some(verb) = verb_before(toks, from) else {
        return toll_after(toks, from);
    };
    let (head, outcome) = subject_toll(toks, verb)?;
    Some(FarToll {
        head,
        end: verb,
        outcome,
    })
}

/// Verbs that carry a toll to a new figure told before the toll itself: "brought to
/// 139 the number of soldiers killed", "raises to four the death toll".
const CARRYING: WordSet<20> = WordSet::new([
    "bring", "brings", "brought", "bringing", "raise", "raises", "raised", "raising", "take",
    "takes", "took", "taking", "push", "pushes", "pushed", "pushing", "lift", "lifts", "lifted",
    "lifting",
]);

/// How many words after its number a toll told after it may end.
const AFTER_REACH: usize = 12;

/// The toll told after the count starting at `from`, when a verb of [`CARRYING`] and
/// "to" stand before the count: "The deaths brought to 139 the number of U.S.
/// soldiers killed by hostile fire", "His death raises to four the number of fighters
/// killed", "pushing to at least 20 the death toll".
fn toll_after(toks: &[Token], from: usize) -> Option<FarToll> {
    let to = from.checked_sub(1).filter(|&k| toks[k].norm == "to")?;
    let verb = to.checked_sub(1)?;
    if !CARRYING.contains(&toks[verb].norm) {
        return None;
    }
    // The count's own words ("at least 20", "four"), then "the" and the toll.
    let det = (from + 1..toks.len().min(from + 4))
        .find(|&k| matches!(toks[k].norm.as_str(), "the" | "its" | "their"))?;
    if (from..det).any(|k| !toks[k].is_word) {
        return None;
    }
    let end = (det + 1..toks.len().min(det + 1 + AFTER_REACH))
        .find(|&k| !toks[k].is_word)
        .unwrap_or(toks.len().min(det + 1 + AFTER_REACH));
    // The head: the first toll word of the phrase ("death toll", "number of").
    (det + 1..end).find_map(|k| {
        toll_head(toks, k, end).map(|outcome| FarToll {
            head: k,
            end,
            outcome,
        })
    })
}

/// Verbs that give a tally its new figure after "to" besides [`RISING`]: "was revised
/// to eight", "crept up to 11", "was raised to nine", "fell back to six".
const REVISING: WordSet<12> = WordSet::new([
    "revised", "raised", "crept", "creeps", "went", "upped", "updated", "lowered", "fell",
    "dropped", "rose", "climbed",
]);

/// True for a verb that gives a figure its new value after "to" ("rose", "crept").
pub fn is_change_verb(w: &str) -> bool {
    RISING.contains(w) || REVISING.contains(w)
}

/// Nouns of a tally that, set after a determiner pointing back, name the people
/// counted before: "that number", "the tally", "this figure".
const TALLIES: WordSet<5> = WordSet::new(["number", "tally", "count", "figure", "total"]);

/// True when the count starting at `from` is the new figure of a tally that points
/// back at people counted before, with no outcome of its own: "That number crept up
/// to eight", "the tally was later revised to 11", "the figure has since been raised
/// to nine".
pub fn anaphoric_toll(toks: &[Token], from: usize) -> bool {
    let Some(to) = from.checked_sub(1).filter(|&k| toks[k].norm == "to") else {
        return false;
    };
    // The verb, past "up", "upward(s)" or "down" and an "-ly" adverb.
    let mut v = to;
    for _ in 0..2 {
        match v.checked_sub(1) {
            Some(k)
                if matches!(toks[k].norm.as_str(), "up" | "upward" | "upwards" | "down")
                    || is_ly(&toks[k].norm) =>
            {
                v = k;
            }
            _ => break,
        }
    }
    let Some(verb) = v.checked_sub(1) else {
        return false;
    };
    if !is_change_verb(&toks[verb].norm) {
        // "That number rose to 34, and four days later to 50": the rise before.
        return gapped_rise(toks, to).is_some_and(|c| anaphoric_toll(toks, c));
    }
    // The subject right before the verb chain: a pointing determiner and a tally noun.
    let mut end = verb;
    while end > 0 && (VERB_CHAIN.contains(&toks[end - 1].norm) || is_ly(&toks[end - 1].norm)) {
        end -= 1;
    }
    let Some(noun) = end.checked_sub(1) else {
        return false;
    };
    TALLIES.contains(&toks[noun].norm)
        && noun
            .checked_sub(1)
            .is_some_and(|d| matches!(toks[d].norm.as_str(), "that" | "this" | "the"))
}

/// Verbs that carry a tally to a new figure: "that brings it to three", "which
/// brought the toll to 11", "taking the number of dead to nine".
const BRINGING: WordSet<9> = WordSet::new([
    "brings", "brought", "bringing", "takes", "took", "taking", "pushes", "pushed", "pushing",
]);

/// Verbs by which a source gives its own count of a tally: "put the figure at 25".
const PUTTING: WordSet<8> = WordSet::new([
    "put",
    "puts",
    "placed",
    "places",
    "estimated",
    "estimates",
    "set",
    "sets",
]);

/// The determiner and noun of a count a source puts at a number ("put the figure at
/// 25", "placed their tally at 40"): the two words before "at" right before the count
/// at `from`, after a verb of [`PUTTING`].
fn put_at_words(toks: &[Token], from: usize) -> Option<(&str, &str)> {
    let at = from.checked_sub(1)?;
    let [verb, det, noun, prep] = toks.get(at.checked_sub(3)?..=at)? else {
        return None;
    };
    (prep.norm == "at" && PUTTING.contains(&verb.norm))
        .then(|| (det.norm.as_str(), noun.norm.as_str()))
}

/// The outcome a source's count names when it puts "the dead" or "the wounded" at a
/// number: "SOHR put the dead at nine SDF fighters", "officials put the wounded at
/// 14".
pub fn put_outcome_at(toks: &[Token], from: usize) -> Option<Outcome> {
    match put_at_words(toks, from)? {
        ("the", "dead" | "killed" | "fatalities" | "deaths") => Some(Outcome::Killed),
        ("the", "wounded" | "injured") => Some(Outcome::Injured),
        _ => None,
    }
}

/// True when the count starting at `from` is a source's own count of a tally told
/// before, with no "of" naming whose it is: "Iraq's military put the figure at 25",
/// "the monitor placed the number at five", "officials put their tally at 40" (the
/// figure before, counted anew; "put the number of injured at five" names its own).
pub fn put_at(toks: &[Token], from: usize) -> bool {
    put_at_words(toks, from).is_some_and(|(det, noun)| {
        matches!(det, "the" | "its" | "their" | "his" | "her")
            && matches!(noun, "figure" | "number" | "count" | "tally" | "total")
    })
}

/// True when the count starting at `from` is where a verb of [`BRINGING`] carries a
/// tally counted before: "So that brings it to three killed", "which brought the toll
/// to 11", "taking the total to nine" (counted anew, its people and outcome those of
/// the figure before, unless the count names its own).
pub fn brought_to(toks: &[Token], from: usize) -> bool {
    let Some(to) = from.checked_sub(1).filter(|&k| toks[k].norm == "to") else {
        return false;
    };
    // Back over the object ("it", "the toll", "the death toll", "the number of dead")
    // to the verb, a few words at most.
    toks[to.saturating_sub(6)..to]
        .iter()
        .rev()
        .take_while(|t| t.is_word)
        .position(|t| BRINGING.contains(&t.norm))
        .is_some_and(|p| {
            let object = &toks[to - p..to];
            object.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "it" | "toll" | "tally" | "total" | "number" | "count"
                )
            })
        })
}

/// Copulas that state what a tally is now: "it was five", "our assessment remains
/// four", "the count stands at nine".
const TALLY_COPULAS: WordSet<8> = WordSet::new([
    "is", "was", "remains", "remained", "stands", "stood", "now", "still",
]);

/// Subjects of a copular tally besides the [`TALLIES`]: "it", "that", and the
/// estimate words of an official count.
const TALLY_SUBJECTS: WordSet<6> =
    WordSet::new(["it", "that", "this", "assessment", "estimate", "toll"]);

/// True when the count starting at `from` ends a clause that says what a tally
/// counted before now is: "By Monday night it was five.", "Now it's eight.", "Our
/// assessment remains four.", "The figure stands at 11." (counted anew, its people
/// and outcome those of the figure before).
pub fn copular_tally(text: &str, toks: &[Token], from: usize) -> bool {
    // The count closes its clause.
    if toks
        .get(from + 1)
        .is_some_and(|t| t.is_word || !(t.is_punct('.') || t.is_punct(',') || t.is_punct(';')))
    {
        return false;
    }
    // Back over "at" and the copulas to the subject.
    let mut k = from;
    let mut copula = false;
    while let Some(p) = k.checked_sub(1) {
        let w = toks[p].norm.as_str();
        // "stands at nine": "at" after a copula.
        let at = w == "at"
            && p.checked_sub(1)
                .is_some_and(|q| TALLY_COPULAS.contains(&toks[q].norm));
        if TALLY_COPULAS.contains(w) || at {
            copula |= TALLY_COPULAS.contains(w);
            k = p;
        } else {
            break;
        }
    }
    let Some(subject) = k.checked_sub(1) else {
        return false;
    };
    let t = &toks[subject];
    // "it's" is one word: its "'s" is the copula.
    let raw = t.raw(text);
    let contracted = raw.ends_with("'s") || raw.ends_with("’s");
    (copula || contracted) && (TALLY_SUBJECTS.contains(&t.norm) || TALLIES.contains(&t.norm))
}

/// The group a far toll names: "the toll among the marines" (the phrase after
/// "among"), "the number of wounded soldiers" (the phrase after "of"), "the civilian
/// death toll" (the modifiers before the head).
pub fn far_toll_group(text: &str, toks: &[Token], toll: FarToll, actors: &Actors) -> Option<Group> {
    let inside = &toks[toll.head + 1..toll.end];
    // "Martyrs" are a side's own dead: the force whose statement the report quotes.
    if toks[toll.head].norm == "martyrs" || inside.iter().take(3).any(|t| t.norm == "martyrs") {
        return Some(actors.speaker_force());
    }
    if let Some(at) = inside.iter().position(|t| t.norm == "among") {
        let words: Vec<&Token> = inside[at + 1..].iter().filter(|t| t.is_word).collect();
        return group_of(text, &words).or_else(|| actors.generic_force(text, &words));
    }
    if of_strike_on_militants(text, toks, toll) {
        return Some(Group::Militants);
    }
    // "The death toll of Iraqi tourists", "the toll of children killed in the
    // strike": a toll whose "of" names people, not an incident, counts them as "the
    // number of" does.
    let of_people = || {
        inside.first().is_some_and(|t| t.norm == "of")
            && inside
                .iter()
                .skip(1)
                .take_while(|t| t.is_word && !AFTER_COUNTED.contains(&t.norm))
                .any(|t| is_person_head(&t.norm))
    };
    if toks[toll.head].norm == "number" || of_people() {
        // The people counted are the phrase after "of", to the preposition that
        // follows them: "the number of Syrian soldiers killed in an ambush by ISIS
        // militants" counts soldiers, not the militants who killed them.
        // A relative clause on them ends them too: "the number of people the
        // militants have killed" counts people, not militants.
        let mut counted = false;
        let words: Vec<&Token> = inside
            .iter()
            .filter(|t| t.is_word && t.norm != "of")
            .take_while(|t| {
                let stop = counted
                    && (AFTER_COUNTED.contains(&t.norm)
                        || matches!(t.norm.as_str(), "the" | "who" | "that" | "which"));
                counted |= is_person_head(&t.norm) || outcome_word(&t.norm).is_some();
                !stop
            })
            .filter(|t| t.norm != "the")
            .collect();
        // "the number of fighters killed" in a report whose fighters are only ever
        // named as the partner's: theirs, as a bare count of fighters is.
        if actors.partner_fighters() && super::counts::bare_fighters(text, &words) {
            return Some(Group::PartnerForces);
        }
        return group_of(text, &words).or_else(|| actors.generic_force(text, &words));
    }
    head_modifiers_group(text, toks, toll.head, actors)
}

/// Prepositions that end the people a "number of" counts once they are named: the
/// place, time, cause or agent of their harm ("in an ambush", "by ISIS militants").
const AFTER_COUNTED: WordSet<9> = WordSet::new([
    "in", "by", "from", "on", "at", "during", "near", "since", "after",
]);

/// True when a toll counts the dead of a strike aimed at militants: "the death toll
/// from U.S. airstrikes on an Iran-backed militia", "the toll of the raid against
/// ISIS hideouts". Its dead are theirs.
pub fn of_strike_on_militants(text: &str, toks: &[Token], toll: FarToll) -> bool {
    strike_on_militants(text, &toks[toll.head + 1..toll.end])
        || kicker_strike_on_militants(text, toks, toll.head)
}

/// Most words of a headline's kicker before the colon that opens its toll ("US
/// strikes on Kataib Hezbollah: death toll rises to 25").
const KICKER_REACH: usize = 8;

/// True when the toll whose head is at `head` follows a kicker's colon (a word or two
/// between: "death toll", "the toll") and the kicker names strikes on militants: the
/// toll is of those strikes.
fn kicker_strike_on_militants(text: &str, toks: &[Token], head: usize) -> bool {
    let Some(colon) = toks[..head].iter().rposition(|t| t.is_punct(':')) else {
        return false;
    };
    head - colon <= 3 && colon <= KICKER_REACH && strike_on_militants(text, &toks[..colon])
}

/// True when the words `inside` tell a strike on militants: a strike word, then "on"
/// or "against" and a target of the militants' side.
fn strike_on_militants(text: &str, inside: &[Token]) -> bool {
    let Some(on) = inside
        .iter()
        .position(|t| matches!(t.norm.as_str(), "on" | "against"))
    else {
        return false;
    };
    let struck = inside[..on]
        .iter()
        .any(|t| super::lexicon::is_strike_word(&t.norm));
    let target: Vec<&Token> = inside[on + 1..]
        .iter()
        .take_while(|t| t.is_word && !matches!(t.norm.as_str(), "in" | "near" | "at"))
        .collect();
    struck && group_of(text, &target) == Some(Group::Militants)
}

/// Verbs that set a toll, ending its modifiers: "SDF raises militant toll to four",
/// "police put civilian death toll at nine".
const TOLL_SETTERS: WordSet<14> = WordSet::new([
    "raises", "raised", "raise", "puts", "put", "brings", "brought", "lifts", "lifted", "revises",
    "revised", "places", "placed", "updates",
]);

/// The group the modifiers of a toll's head name, back to its determiner: "the
/// civilian death toll", "the soldiers' death toll" (a generic noun is the article's
/// force).
pub fn head_modifiers_group(
    text: &str,
    toks: &[Token],
    head: usize,
    actors: &Actors,
) -> Option<Group> {
    // The modifiers' token indexes, nearest first; a plural possessive's apostrophe
    // ("soldiers' death toll") stays inside.
    let at: Vec<usize> = (head.saturating_sub(4)..head)
        .rev()
        .filter(|&k| !(toks[k].is_punct('\'') || toks[k].is_punct('’')))
        .take_while(|&k| {
            toks[k].is_word
                && !SUBJECT_OPENERS.contains(&toks[k].norm)
                && !TOLL_SETTERS.contains(&toks[k].norm)
        })
        .filter(|&k| outcome_word(&toks[k].norm).is_none())
        .collect();
    let words: Vec<&Token> = at.iter().map(|&k| &toks[k]).collect();
    // "the soldiers' death toll": a generic noun is the article's force; "the Iraqi
    // army death toll": a force named by its nation; "the Nigerien death toll" in a
    // report from Niger: the host state's forces, the allied local force.
    group_of(text, &words)
        .or_else(|| actors.generic_force(text, &words))
        .or_else(|| {
            at.iter()
                .find_map(|&k| Actors::force_named_at(text, toks, k))
        })
        .or_else(|| {
            words
                .iter()
                .any(|t| actors.names_host(&t.norm))
                .then_some(Group::PartnerForces)
        })
}

/// The verb whose complement the count at `from` is: "rose to", "stands at",
/// "rose sharply to", "reached".
fn verb_before(toks: &[Token], from: usize) -> Option<usize> {
    let p = from.checked_sub(1)?;
    let w = &toks[p];
    if !w.is_word {
        return None;
    }
    if REACHING.contains(&w.norm) {
        return Some(p);
    }
    // "climbed from six to eight": the figure risen from is the toll's too.
    let rising = w.norm == "to" || w.norm == "from";
    if !rising && w.norm != "at" {
        return None;
    }
    // "rose sharply to": an adverb may stand between the verb and its "to".
    let mut q = p.checked_sub(1)?;
    // "rose from 11 to 34": the verb before the figure it rose from.
    if w.norm == "to" && toks[q].count.is_some() && q >= 2 && toks[q - 1].norm == "from" {
        q -= 2;
    }
    if w.norm == "to" && !is_ly(&toks[q].norm) && !RISING.contains(&toks[q].norm) {
        return gapped_rise(toks, p).and_then(|c| verb_before(toks, c));
    }
    if toks[q].norm.ends_with("ly") && toks[q].norm.len() > 4 {
        q = q.checked_sub(1)?;
    }
    let v = &toks[q].norm;
    (rising && RISING.contains(v) || !rising && STANDING.contains(v)).then_some(q)
}

/// How many tokens back from a gapped "to" the rise it continues may stand ("rose to
/// 34 on Jan. 24, and four days later to 50").
const GAP_REACH: usize = 14;

/// The figure of an earlier rise in the same sentence that the "to" at `to` continues
/// with its verb left out: "rose to 12 on Tuesday and then to 15", "climbed to 34,
/// and four days later to 50" (at "12", "34"). An "and" or "then" stands between the
/// two, and no clause of its own.
fn gapped_rise(toks: &[Token], to: usize) -> Option<usize> {
    let from = to.saturating_sub(GAP_REACH);
    let mut linked = false;
    for k in (from..to).rev() {
        let t = &toks[k];
        // A sentence's tokens: a '.' inside it ends an abbreviation ("Jan."), not it.
        if t.is_punct(';') || FINITE.contains(&t.norm) {
            return None;
        }
        linked |= matches!(t.norm.as_str(), "and" | "then");
        if linked && t.count.is_some() && k >= 1 && toks[k - 1].norm == "to" {
            return Some(k);
        }
    }
    None
}

/// The toll heading the subject of the verb at `verb`, and what it counts: the
/// leftmost toll head of the clause before the verb.
fn subject_toll(toks: &[Token], verb: usize) -> Option<(usize, Outcome)> {
    // The verb's auxiliaries and adverbs: "has now risen".
    let mut end = verb;
    while end > 0 && (VERB_CHAIN.contains(&toks[end - 1].norm) || is_ly(&toks[end - 1].norm)) {
        end -= 1;
    }
    let mut found = None;
    for k in (end.saturating_sub(SUBJECT_REACH)..end).rev() {
        let t = &toks[k];
        if !t.is_word {
            if t.is_punct(';') || t.is_punct(':') {
                break;
            }
            continue;
        }
        let year = looks_like_year(&t.norm) || day_of_month(toks, k);
        if t.count.is_some() && !year
            || CLAUSE_OPENERS.contains(&t.norm)
            || FINITE.contains(&t.norm)
            || matches!(t.norm.as_str(), "and" | "but" | "or")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| SUBJECT_OPENERS.contains(&n.norm))
        {
            break;
        }
        if let Some(o) = toll_head(toks, k, end) {
            found = Some((k, o));
        }
    }
    found
}

/// True when the number at `k` is the day of a date ("the Jan. 8 strike", "on 8
/// January"), not a count that ends the toll's clause.
fn day_of_month(toks: &[Token], k: usize) -> bool {
    let month = |t: &Token| t.is_word && super::counts::is_month_name(&t.norm);
    let before = toks[..k].iter().rev().find(|t| !t.is_punct('.'));
    before.is_some_and(month) || toks.get(k + 1).is_some_and(month)
}

/// True for an "-ly" adverb ("sharply", "reportedly"), not a noun of that ending
/// ("the tally was revised", "the family").
fn is_ly(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !matches!(w, "tally" | "family" | "rally" | "assembly")
}

/// What the toll headed at `k` counts, when `k` heads a toll's noun phrase whose
/// clause's verb chain starts at `end`: "toll", "death count", "number of dead",
/// "deaths", "casualties", "injuries".
fn toll_head(toks: &[Token], k: usize, end: usize) -> Option<Outcome> {
    let w = toks[k].norm.as_str();
    // The head ends its phrase: what follows is a preposition, a comma or the verb
    // ("the toll road" is no toll).
    let ends_phrase = k + 1 == end
        || toks
            .get(k + 1)
            .is_some_and(|n| !n.is_word || HEAD_FOLLOWERS.contains(&n.norm));
    let kind = k.checked_sub(1).map(|p| toks[p].norm.as_str());
    match w {
        "toll" | "count" if ends_phrase => match kind {
            Some("injury" | "injuries" | "wounded") => Some(Outcome::Injured),
            Some("death" | "body" | "casualty" | "fatality") => Some(Outcome::Killed),
            _ if w == "toll" => Some(Outcome::Killed),
            _ => None,
        },
        "deaths" | "fatalities" | "casualties" | "martyrs" if ends_phrase => Some(Outcome::Killed),
        "injuries" if ends_phrase => Some(Outcome::Injured),
        "number" => number_of(&toks[k + 1..end]),
        _ => None,
    }
}

/// What "the number of …" counts: "of dead", "of the wounded", "of soldiers killed".
fn number_of(rest: &[Token]) -> Option<Outcome> {
    if !rest.first().is_some_and(|t| t.norm == "of") {
        return None;
    }
    let words: Vec<&Token> = rest[1..]
        .iter()
        .filter(|t| t.is_word && t.norm != "the")
        .collect();
    toll_word(&words.first()?.norm).or_else(|| {
        let first = words.iter().take(4).position(|t| is_person_head(&t.norm))?;
        // The last of a compound's heads ("police officers").
        let head = (first..words.len())
            .take_while(|&k| is_person_head(&words[k].norm))
            .last()?;
        outcome_word(&words.get(head + 1)?.norm).or_else(|| {
            // "the number of tribesmen the extremists have killed", "… people who
            // have died": the outcome closes a relative clause on the people.
            words[head + 1..]
                .iter()
                .take(RELATIVE_REACH)
                .find_map(|t| outcome_word(&t.norm))
        })
    })
}

/// How many words a relative clause on the people a "number of" counts may run to
/// its outcome ("that ISIS fighters have killed").
const RELATIVE_REACH: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    /// The outcome of the far toll governing the count at `count` (its text).
    fn toll_of(s: &str, count: &str) -> Option<Outcome> {
        let toks = tokenize(s, 0..s.len());
        let from = toks.iter().position(|t| t.raw(s) == count).unwrap();
        far_toll(&toks, from).map(|t| t.outcome)
    }

    #[test]
    fn a_toll_told_after_its_number_is_found() {
        for (s, count, outcome) in [
            (
                "The deaths brought to 139 the number of soldiers killed since May.",
                "139",
                Outcome::Killed,
            ),
            (
                "Her death raises to five the toll from the blast.",
                "five",
                Outcome::Killed,
            ),
            (
                "The new arrivals took to 60 the number of wounded in the city's hospitals.",
                "60",
                Outcome::Injured,
            ),
            (
                "The bodies found overnight pushed to at least 31 the death toll, medics said.",
                "at",
                Outcome::Killed,
            ),
            (
                "Two more deaths lifted to nine its injury count.",
                "nine",
                Outcome::Injured,
            ),
        ] {
            assert_eq!(toll_of(s, count), Some(outcome), "{s}");
        }
        // No toll after the number, or no verb carrying one to it.
        for (s, count) in [
            (
                "The convoy brought to 40 the trucks waiting at the border.",
                "40",
            ),
            (
                "The death toll was 12, and rain brought to 3 the days of delay.",
                "3",
            ),
            (
                "The number of dead went up; he spoke to 20 the families.",
                "20",
            ),
        ] {
            assert_eq!(toll_of(s, count), None, "{s}");
        }
    }

    #[test]
    fn a_toll_that_passes_its_number_and_a_number_of_people_with_a_relative_clause() {
        for (input, count, outcome) in [
            (
                "The number of tribesmen killed by the militants in the province last week has passed 300.",
                "300",
                Outcome::Killed,
            ),
            ("The death toll from the bombing has now exceeded 120.", "120", Outcome::Killed),
            ("The injury toll had topped 50 by Friday.", "50", Outcome::Injured),
            (
                "The raids brought to 200 the number of villagers the gunmen have killed.",
                "200",
                Outcome::Killed,
            ),
            (
                "Tuesday's blast took to 35 the number of police officers who have been wounded.",
                "35",
                Outcome::Injured,
            ),
        ] {
            assert_eq!(toll_of(input, count), Some(outcome), "{input}");
        }
    }

    #[test]
    fn a_long_subject_reaches_its_verb() {
        assert_eq!(
            toll_of(
                "The death toll from the ambush on a convoy north of the capital has climbed to nine.",
                "nine"
            ),
            Some(Outcome::Killed)
        );
        assert_eq!(
            toll_of("Injury toll in stadium crush rises to 57", "57"),
            Some(Outcome::Injured)
        );
        assert_eq!(
            toll_of(
                "The number of wounded from Friday's shelling has reached 40.",
                "40"
            ),
            Some(Outcome::Injured)
        );
        assert_eq!(
            toll_of("The toll in the ferry fire now stands at 23.", "23"),
            Some(Outcome::Killed)
        );
    }

    #[test]
    fn no_toll_without_its_verb_or_head() {
        assert_eq!(toll_of("The toll road reopened to 40 trucks.", "40"), None);
        assert_eq!(
            toll_of(
                "The toll road was closed as the river rose to 3 metres.",
                "3"
            ),
            None
        );
        assert_eq!(
            toll_of(
                "The death toll was not given and the crowd grew to 500.",
                "500"
            ),
            None
        );
    }

    #[test]
    fn a_verb_of_bringing_carries_a_tally_to_its_new_figure() {
        for (s, count) in [
            ("So that brings it to three killed.", "three"),
            ("The death brought the toll to 11.", "11"),
            (
                "A soldier died overnight, taking the number of dead to nine.",
                "nine",
            ),
            ("That pushes the total to 14, officials said.", "14"),
            (
                "Another body was found, which took the count to five.",
                "five",
            ),
        ] {
            let toks = tokenize(s, 0..s.len());
            let from = toks.iter().position(|t| t.raw(s) == count).unwrap();
            assert!(brought_to(&toks, from), "{s}");
        }
        // A count brought somewhere, not a tally: "brought two wounded to hospital".
        for (s, count) in [
            ("Medics brought the wounded to 2 hospitals.", "2"),
            ("The convoy took soldiers to three bases.", "three"),
        ] {
            let toks = tokenize(s, 0..s.len());
            let from = toks.iter().position(|t| t.raw(s) == count).unwrap();
            assert!(!brought_to(&toks, from), "{s}");
        }
    }

    #[test]
    fn a_date_in_the_subject_does_not_end_it() {
        for (s, count) in [
            (
                "The number of soldiers wounded in the March 3 ambush has climbed to 40.",
                "40",
            ),
            (
                "The death toll from the 8 January bombing rose to 31 on Friday.",
                "31",
            ),
            (
                "Casualties of the Sept. 11 attack on the outpost have risen to 17.",
                "17",
            ),
            (
                "The number of marines hurt in the blast of Oct. 4 has grown to 12.",
                "12",
            ),
            (
                "The toll from the 2 May strike on the market stands at 19.",
                "19",
            ),
        ] {
            assert!(toll_of(s, count).is_some(), "{s}");
        }
        // A count does end it: "two" is the subject's own clause's.
        assert_eq!(
            toll_of("The toll rose after two soldiers died to 9 in all.", "9"),
            None
        );
    }

    #[test]
    fn a_rise_from_one_figure_to_another_and_a_rise_with_its_verb_left_out() {
        for (s, count) in [
            ("The death toll rose from 11 to 34.", "34"),
            (
                "The number of wounded climbed from 7 to nine overnight.",
                "nine",
            ),
            ("The toll climbed to 12 on Tuesday and then to 15.", "15"),
            (
                "The number of injured grew to 34 on Jan. 24, and four days later to 50.",
                "50",
            ),
            (
                "Deaths rose to eight by noon and then to ten by dusk.",
                "ten",
            ),
        ] {
            assert!(toll_of(s, count).is_some(), "{s} / {count}");
        }
        // A "to" that continues no rise: a new clause, or no "and"/"then" between.
        for (s, count) in [
            ("The toll rose to 12; convoys went to 15 towns.", "15"),
            ("The toll rose to 12 as aid flowed to 40 villages.", "40"),
        ] {
            assert_eq!(toll_of(s, count), None, "{s}");
        }
        for (s, count) in [
            ("That number rose to 34, and four days later to 50.", "50"),
            ("The tally crept up to 8 and then to 11.", "11"),
        ] {
            let toks = tokenize(s, 0..s.len());
            let from = toks.iter().position(|t| t.raw(s) == count).unwrap();
            assert!(anaphoric_toll(&toks, from), "{s}");
        }
    }
}
