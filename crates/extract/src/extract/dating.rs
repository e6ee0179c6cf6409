//! Which temporal expressions of a sentence date what it tells, at day granularity.
//!
//! Casualty figures and events both need "the date this sentence gives its incident":
//! the TIMEX3 DATE/TIME values of the sentence, with times of day cut to the day
//! (`2023-12-25TMO` → `2023-12-25`), and without the dates of reporting
//! ("CENTCOM said in a statement on Saturday", "Biden said Thursday"), which date the
//! announcement, not the incident.
//!
//! [`IncidentDating`](super::incident_dating::IncidentDating) builds on these to
//! give each casualty figure its incident date. The weekdays an article tells its
//! announcements and happenings on ([`plain_weekdays`]) also tell the reference stage
//! on which day an undated report was written.

use super::timex::TimexHit;
#[cfg(test)]
use super::words::tokenize;
use super::words::Token;
use crate::extract::word_keys::WordLike;
use crate::extract::words::WordSet;
use crate::model::TimexType;
use chrono::NaiveDate;
use std::ops::Range;

/// Words that introduce the date of an announcement rather than of an incident ("was
/// diagnosed with a concussion on Tuesday": the day a wound was found, not dealt).
const REPORTING: WordSet<27> = WordSet::new([
    // Occasions of speaking: "in a televised address on Wednesday morning".
    "address",
    "speech",
    "briefing",
    "remarks",
    "interview",
    "revealed",
    "acknowledged",
    "diagnosed",
    "said",
    "says",
    "announced",
    "announces",
    "reported",
    "reports",
    "told",
    "statement",
    "release",
    "confirmed",
    "disclosed",
    "stated",
    "tweeted",
    "posted",
    // Writing is telling: "Barzani wrote on Wednesday that last night's attack …".
    "wrote",
    "writes",
    // The participles of telling: "despite the SDF announcing yesterday the end of its
    // operations", "saying on Tuesday that".
    "announcing",
    "saying",
    "confirming",
]);

/// Words that name an incident or the harm it did; shared with the casualty stage, which
/// dates figures by the days of the sentences holding these words.
pub const INCIDENT_WORDS: WordSet<12> = WordSet::new([
    "raid",
    "raided",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "attack",
    "attacked",
    "killed",
    "injured",
    "wounded",
    "operation",
]);

/// Verbs of taking place; with [`INCIDENT_WORDS`], one between a reporting word and a date
/// gives the date back to the incident ("what the Pentagon said was a raid … early
/// Thursday", "the operation that took place on Thursday").
pub const HAPPENING: WordSet<5> =
    WordSet::new(["took", "occurred", "conducted", "happened", "carried"]);

/// Verbs of a weapon's or attacker's blow, and of an assault on a place or a unit
/// ("stormed the base", "overran the post", "ambushed a patrol"): like
/// [`INCIDENT_WORDS`], one between a reporting word and a date gives the date to the
/// incident ("officials said the drone struck the barracks early morning"), and a
/// sentence holding one tells of an incident.
pub const INCIDENT_VERBS: WordSet<15> = WordSet::new([
    "stormed",
    "overran",
    "ambushed",
    "assaulted",
    "rammed",
    "targeted",
    "struck",
    "hit",
    "exploded",
    "detonated",
    "crashed",
    "fired",
    "launched",
    "shelled",
    "bombed",
]);

/// A TIMEX3 value cut to day granularity for dating: `2023-12-25TMO` → `2023-12-25`.
/// `None` for durations, sets, vague (`PAST_REF`) and unresolved (`XXXX-…`) values.
pub fn day_value(value: &str) -> Option<String> {
    let head = value.get(..4)?;
    if !head.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let date = value.split('T').next().unwrap_or(value);
    if date.contains('X') {
        return None;
    }
    Some(date.to_string())
}

/// True when the value names a single month (`2024-08`).
pub fn is_month(value: &str) -> bool {
    value.len() == 7 && value.as_bytes()[5..].iter().all(u8::is_ascii_digit)
}

/// True when the value names a single day (`2024-08-29`).
pub fn is_day(value: &str) -> bool {
    value.len() == 10 && value.as_bytes().get(7) == Some(&b'-')
}

/// How many words before a date the "since" opening its clause may stand.
const SINCE_CLAUSE_WORDS: usize = 12;

/// Where the "since" opening the clause a date at token `at` closes stands, with no
/// mark between ("since the Taliban took over Kabul on August 15", "since it launched
/// its offensive on Aug. 27"): the date starts a period that runs to the telling,
/// however long before it.
pub fn since_clause_start(toks: &[Token], at: usize) -> Option<usize> {
    let before = &toks[..at.min(toks.len())];
    let s = before
        .iter()
        .rev()
        .take(SINCE_CLAUSE_WORDS)
        .position(|t| t.norm == "since")
        .map(|p| before.len() - 1 - p)?;
    (!before[s + 1..].iter().any(|t| {
        [',', ';', ':', '(', ')', '.']
            .iter()
            .any(|&c| t.is_punct(c))
    }))
    .then_some(s)
}

/// True when the date at token `at` closes a clause opened by "since"
/// ([`since_clause_start`]).
pub fn ends_since_clause(toks: &[Token], at: usize) -> bool {
    since_clause_start(toks, at).is_some()
}

/// The longest common calendar prefix of several values: two days of one month give
/// the month (`2024-09-16`, `2024-09-24` → `2024-09`); days of one year give the year.
pub fn common_period(values: &[String]) -> Option<String> {
    let first = values.first()?;
    for cut in [10, 7, 4] {
        if let Some(p) = first.get(..cut) {
            if values.iter().all(|v| v.get(..cut) == Some(p)) {
                return Some(p.to_string());
            }
        }
    }
    None
}

/// Words that tell of what is still to come: "will", "expected to continue
/// tomorrow", "is due to resume", "plans to", "scheduled for".
pub const FUTURE_WORDS: WordSet<9> = WordSet::new([
    "will",
    "tomorrow",
    "expected",
    "expects",
    "due",
    "scheduled",
    "plans",
    "planned",
    "upcoming",
]);

/// True when a sentence tells of what is still to come ([`FUTURE_WORDS`]: "will",
/// "is due to").
pub fn tells_future(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| t.is_word && FUTURE_WORDS.contains(&t.norm))
}

/// True when the timex at `at` dates an announcement: a reporting word stands within
/// the eight words before it, with no incident word between.
pub fn is_reporting_date(tokens: &[Token], at: usize) -> bool {
    for t in tokens[..at.min(tokens.len())].iter().rev().take(8) {
        if !t.is_word {
            if t.is_punct(';') || t.is_punct('.') {
                return false;
            }
            continue;
        }
        if let Some(reporting) = date_role_of(&t.norm) {
            return reporting;
        }
    }
    false
}

/// True when a possessive `'s` follows byte `end` of the text ("Tuesday's attack",
/// "Monday night’s raid"): the date before it owns a noun.
pub fn possessive_at(text: &str, end: usize) -> bool {
    text.get(end..)
        .is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"))
}

/// True when an incident noun follows the date ending at token `end` within two
/// words, as its modifier ("diagnosed with injuries from the Jan. 8 missile strike"):
/// the date names the incident, whatever verb stands before it.
pub fn names_incident(tokens: &[Token], end: usize) -> bool {
    // Attributive only: "said Tuesday the attack …" is the saying's day. A full date
    // written before its noun closes with a comma ("the March 18, 2019, strikes").
    let from = end.min(tokens.len());
    let from = from
        + usize::from(
            from > 0
                && tokens.get(from).is_some_and(|t| t.is_punct(','))
                && tokens[from - 1].count.is_some_and(|n| n > 31),
        );
    tokens[from.min(tokens.len())..]
        .iter()
        .take_while(|t| t.is_word && !matches!(t.norm.as_str(), "the" | "a" | "an" | "that"))
        .take(2)
        .any(|t| {
            INCIDENT_NOUNS.contains(&t.norm)
                || INCIDENT_WORDS.contains(&t.norm) && !t.norm.ends_with("ed")
        })
}

/// Verbs of reporting that, right after a date, make it the announcement's: "the
/// Counter-Terrorism Service on Thursday announced …", "CENTCOM Friday said …",
/// "the Pentagon on Wednesday placed the number of injured at seven".
const REPORTING_VERBS: WordSet<15> = WordSet::new([
    "said",
    // Naming the dead is telling: "The Navy on Monday identified the two SEALs".
    "identified",
    "named",
    "placed",
    "put",
    "raised",
    "revised",
    "announced",
    "reported",
    "confirmed",
    "disclosed",
    "stated",
    "told",
    "revealed",
    "acknowledged",
]);

/// Verbs of reacting to what happened that, right after a date, make it the
/// reaction's: "Gulf allies on Saturday lined up behind the strike", "Moscow on
/// Friday condemned the attack", "the UN Tuesday urged restraint".
const REACTING_VERBS: WordSet<18> = WordSet::new([
    "dismissed",
    "denied",
    "blamed",
    "condemned",
    "welcomed",
    "hailed",
    "praised",
    "denounced",
    "criticised",
    "criticized",
    "backed",
    "lined",
    "rejected",
    "defended",
    "demanded",
    "vowed",
    "warned",
    "urged",
]);

/// True when the word right after a date (token index `end`) is a verb of reporting
/// or of reacting: the date is the announcement's or the reaction's ("officials on
/// Friday said", "allies on Saturday backed the strike").
pub fn reporting_verb_after(tokens: &[Token], end: usize) -> bool {
    if tokens.get(end).is_some_and(|t| {
        t.is_word && (REPORTING_VERBS.contains(&t.norm) || REACTING_VERBS.contains(&t.norm))
    }) {
        return true;
    }
    // "On Jan. 16, officials disclosed that …", "On Friday, the ministry said …": a
    // date opening the sentence before a short subject and its verb of reporting.
    let opens = tokens[..end.min(tokens.len())]
        .iter()
        .filter(|t| t.is_word)
        .count()
        <= PREPOSED_DATE_WORDS;
    opens
        && tokens.get(end).is_some_and(|t| t.is_punct(','))
        && tokens[end + 1..]
            .iter()
            .take(SUBJECT_WORDS + 1)
            .take_while(|t| t.is_word && t.count.is_none())
            .any(|t| REPORTING_VERBS.contains(&t.norm))
}

/// How many words a date opening its sentence may hold, its preposition with it ("On
/// Jan. 16", "Late on Tuesday").
const PREPOSED_DATE_WORDS: usize = 4;

/// How many words the subject of a reporting verb after an opening date may hold
/// ("officials", "the Iraqi ministry").
const SUBJECT_WORDS: usize = 3;

/// Nouns of the harm an incident did: a date after one ("announced the killing of
/// eight militants on Wednesday night", "confirmed the deaths of two soldiers on
/// Monday") is the incident's, though a reporting verb stands before them.
const HARM_NOUNS: WordSet<6> = WordSet::new([
    "killing", "killings", "deaths", "death", "wounding", "capture",
]);

/// What a word before a date says the date is of: `Some(true)` for a word of
/// reporting ("said", "statement"), `Some(false)` for a word of the incident
/// ("attack", "struck", "took place"), `None` for any other word. Read back from a
/// date, the first word with a role decides ([`is_reporting_date`]).
pub fn date_role_of<W: WordLike + ?Sized>(w: &W) -> Option<bool> {
    // One key for the six look-ups (a token keeps its own; a string is packed once).
    // A word too long to pack is in no lexicon.
    let k = w.key()?;
    if INCIDENT_WORDS.contains_key(k)
        || HARM_NOUNS.contains_key(k)
        || INCIDENT_NOUNS.contains_key(k)
        || HAPPENING.contains_key(k)
        || INCIDENT_VERBS.contains_key(k)
    {
        Some(false)
    } else if REPORTING.contains_key(k) {
        Some(true)
    } else {
        None
    }
}

/// Verbs a toll grows or is revised by ("the death toll rose to four on Friday",
/// "that number crept up to eight on Tuesday", "the tally was revised to 11 Sunday").
const UPDATE_VERBS: WordSet<14> = WordSet::new([
    "rose",
    "risen",
    "climbed",
    "increased",
    "reached",
    "jumped",
    "grew",
    "mounted",
    "crept",
    "revised",
    "raised",
    "updated",
    "upped",
    "lowered",
]);

/// How many words after a date its toll and update verb may take ("the number of
/// wounded U.S. troops rose").
const UPDATE_AFTER_REACH: usize = 8;

/// Nouns of a running count of casualties.
pub(crate) const TOLL_NOUNS: WordSet<6> =
    WordSet::new(["toll", "tally", "number", "count", "figure", "total"]);

/// True when the timex at tokens `at..end` dates an update of a toll ("The death toll
/// rose to four on Friday", "the number of dead climbed to 12 Sunday", "on Jan. 24 the
/// number rose to 34"): a toll noun, then an update verb, within the twelve words
/// before the date or the few words after it. The day is the update's, not the
/// incident's, like the day of an announcement.
pub fn is_update_date(tokens: &[Token], at: usize, end: usize) -> bool {
    // "on Jan. 24 the number rose to 34", "By Friday, the death toll had climbed to
    // 12", "on Thursday the army raised that figure": the toll and its verb after the
    // date, in either order.
    let after = || {
        tokens[end.min(tokens.len())..]
            .iter()
            .take_while(|t| t.is_word || t.is_punct(','))
            .filter(|t| t.is_word)
            .take(UPDATE_AFTER_REACH)
    };
    if after().any(|t| TOLL_NOUNS.contains(&t.norm))
        && after().any(|t| UPDATE_VERBS.contains(&t.norm))
    {
        return true;
    }
    let before = &tokens[..at.min(tokens.len())];
    // "had put the civilian toll at 164 on Saturday", "raised its tally to 90 on
    // Monday", "had put the toll on Friday at 373": a source setting the toll, its
    // object, to a figure (before the date or right after it), on that day (not
    // "placed the toll of the Wednesday night attack at seven": that day is the
    // attack's, and no figure follows it).
    let figure_after = || after().any(|t| t.count.is_some());
    let set_toll = before.iter().rev().take(12).enumerate().any(|(k, t)| {
        let object = &before[before.len() - k..];
        t.is_word
            && TOLL_SETTING.contains(&t.norm)
            && object
                .iter()
                .take(4)
                .any(|o| o.is_word && TOLL_NOUNS.contains(&o.norm))
            && (object.iter().any(|o| o.count.is_some())
                || figure_after()
                    && !object
                        .iter()
                        .any(|o| matches!(o.norm.as_str(), "of" | "from" | "for" | "in")))
    });
    if set_toll {
        return true;
    }
    // "The new figure, released on Monday, …", "a tally published Saturday": the
    // day a toll was made public, its noun a few words before the verb.
    let published = before
        .iter()
        .rev()
        .take(PUBLISHED_REACH)
        .position(|t| t.is_word && PUBLISHING.contains(&t.norm));
    if let Some(p) = published {
        let verb_at = before.len() - 1 - p;
        if before[verb_at.saturating_sub(PUBLISHED_REACH)..verb_at]
            .iter()
            .any(|t| t.is_word && TOLL_NOUNS.contains(&t.norm))
        {
            return true;
        }
    }
    let Some(verb) = before
        .iter()
        .rev()
        .take(12)
        .position(|t| t.is_word && UPDATE_VERBS.contains(&t.norm))
    else {
        return false;
    };
    let verb_at = before.len() - 1 - verb;
    before[..verb_at]
        .iter()
        .any(|t| t.is_word && TOLL_NOUNS.contains(&t.norm))
}

/// Participles of making a figure public: "the figure, released on Monday".
const PUBLISHING: WordSet<6> = WordSet::new([
    "released",
    "published",
    "issued",
    "given",
    "disclosed",
    "unveiled",
]);

/// How many words a publishing participle may stand before its date, and its toll
/// noun before it.
const PUBLISHED_REACH: usize = 3;

/// Verbs whose object is a toll a source sets: "put the toll at 164", "raised its
/// tally to 90", "revised the figure to 11".
const TOLL_SETTING: WordSet<11> = WordSet::new([
    "put", "puts", "placed", "places", "raised", "raises", "revised", "revises", "updated",
    "lowered", "set",
]);

/// The weekday names, lower case, Monday first.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The day of week (1 = Monday) a word names, for a capitalised weekday name.
pub fn weekday_number(text: &str, t: &Token) -> Option<u32> {
    // The names are 6 to 9 bytes long: most words are turned away by their length.
    if !t.is_word
        || !(6..=9).contains(&t.norm.len())
        || !t.norm.ends_with("day")
        || !t.starts_ascii_upper(text)
    {
        return None;
    }
    let n = WEEKDAY_NAMES.iter().position(|n| t.norm == *n)?;
    Some(n as u32 + 1)
}

/// The weekday names of a sentence with their token index and day of week (1 =
/// Monday), not shifted by `last` / `next` / `this` and not owning a noun ("Sunday's
/// ambush"): days an announcement ([`is_reporting_date`]) or a happening is told on.
/// Read in a report's sentences of the past, they tell on which day it was at the
/// earliest written.
pub fn plain_weekdays<'t>(
    text: &'t str,
    tokens: &'t [Token],
) -> impl Iterator<Item = (usize, u32)> + 't {
    tokens.iter().enumerate().filter_map(move |(at, t)| {
        let wd = weekday_number(text, t)?;
        let shifted = at > 0 && matches!(tokens[at - 1].norm.as_str(), "last" | "next" | "this");
        let owns_noun = t.raw(text).ends_with("'s") || t.raw(text).ends_with("’s");
        (!shifted && !owns_noun).then_some((at, wd))
    })
}

/// Where a weekday `wd` (1 = Monday) named as an announcement's day falls in a report
/// of about `day`: from three days before it to the day after (copy written a day
/// later); `None` for a weekday outside that window (an older statement, or one
/// the report cannot yet know).
pub fn announcement_day(day: NaiveDate, wd: u32) -> Option<NaiveDate> {
    use chrono::Datelike;
    let from = day - chrono::Days::new(3);
    let ahead = (wd + 7 - from.weekday().number_from_monday()) % 7;
    (ahead <= 4).then(|| from + chrono::Days::new(ahead.into()))
}

/// True when a day can be the date of an incident an article reports: not after its
/// reference date and not more than two months before it (always, without one).
pub fn near_reference(day: &str, reference: Option<NaiveDate>) -> bool {
    let (Some(r), Ok(d)) = (reference, crate::timeval::parse_day(day).ok_or(())) else {
        return true;
    };
    d <= r + chrono::Days::new(1) && (r - d).num_days() <= 62
}

/// Incident nouns a recalling phrase may end on: [`INCIDENT_WORDS`] and the nouns of
/// deadly incidents, fights among them ("the clash began on Thursday", "a gunfight").
pub const INCIDENT_NOUNS: WordSet<15> = WordSet::new([
    "clash",
    "massacre",
    "gunfight",
    "firefight",
    "gunbattle",
    "skirmish",
    "shootout",
    "blast",
    "bombing",
    "explosion",
    "shelling",
    "ambush",
    "assault",
    "barrage",
    "incident",
]);

/// True when the timex at `at` is part of a wire dateline: "April 17 (Reuters) - …",
/// also after the place it was filed from ("RAQQA, Syria, Nov 21 (Reuters) - …"), or a
/// filing line set off by a dash ("CAMP VELL, Tosh – May 2, 2024 – …") or in brackets
/// ("ORSK (May 2) — …"): a place in capitals and the date, then the dash that opens the
/// story; or a live page's time stamp opening an entry ("14:20 – …").
pub fn is_dateline(text: &str, tokens: &[Token], at: usize, timex_end: usize) -> bool {
    /// Most tokens of the place before the date ("SAN JUAN, Puerto Rico,").
    const PLACE_TOKENS: usize = 8;
    let is_dash = |t: &Token| t.is_punct('-') || t.is_punct('—') || t.is_punct('–');
    // A live page's time stamp: "14:20 – The ministry says …" (a clock time alone
    // opening the entry; a timeline's "June 3 – Rebels took the port" dates its event).
    if at == 0 {
        let stamp = text
            .get(tokens.first().map_or(timex_end, |t| t.range.start)..timex_end)
            .is_some_and(|s| {
                s.contains(':')
                    && s.bytes()
                        .all(|b| b.is_ascii_digit() || b":. apmAPM".contains(&b))
            });
        let after = tokens.partition_point(|t| t.range.start < timex_end);
        if stamp && tokens.get(after).is_some_and(is_dash) {
            return true;
        }
    }
    let place_only = at <= PLACE_TOKENS
        && tokens[..at.min(tokens.len())].iter().all(|t| {
            t.is_punct(',')
                || is_dash(t)
                || t.is_punct('(')
                // Two places filed from: "WASHINGTON/BAGHDAD, Aug 6 - …".
                || t.is_punct('/')
                || t.is_word && t.raw(text).starts_with(char::is_uppercase)
        });
    if !place_only {
        return false;
    }
    let after = tokens.partition_point(|t| t.range.start < timex_end);
    let rest = &tokens[after..];
    // The place, then the date and the story's dash: "VELL, Tosh – May 2, 2024 – …",
    // "ORSK (May 2) — …". A date right at the start needs the place before it.
    let bracketed = at > 0 && tokens[at - 1].is_punct('(');
    let first_after = usize::from(bracketed && rest.first().is_some_and(|t| t.is_punct(')')));
    if at > 0 && rest.get(first_after).is_some_and(is_dash) {
        return true;
    }
    if !rest.first().is_some_and(|t| t.is_punct('(')) {
        return false;
    }
    if at == 0 {
        return true;
    }
    // After a place, the agency in brackets must be followed by the dateline's dash.
    let close = rest.iter().take(6).position(|t| t.is_punct(')'));
    close.is_some_and(|c| rest.get(c + 1).is_some_and(is_dash))
}

/// One usable date of a sentence: the timex and its day-granularity value.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceDate<'a> {
    /// The temporal expression.
    pub timex: &'a TimexHit,
    /// Its value cut to the day.
    pub value: String,
}

/// The timexes inside `sentence`, assuming `timexes` are in text order (as the tagger
/// gives them): a binary search, so that many sentences stay linear.
pub fn timexes_in(timexes: &[TimexHit], sentence: Range<usize>) -> &[TimexHit] {
    let from = timexes.partition_point(|t| t.range.start < sentence.start);
    let to = from + timexes[from..].partition_point(|t| t.range.start < sentence.end);
    &timexes[from..to]
}

#[cfg(test)] // only the tests use it
/// The dates a sentence gives what it tells: its DATE/TIME timexes with a calendar
/// value, reporting dates left out, in text order.
pub fn sentence_dates<'a>(
    text: &str,
    sentence: Range<usize>,
    timexes: &'a [TimexHit],
) -> Vec<SentenceDate<'a>> {
    if timexes_in(timexes, sentence.clone()).is_empty() {
        return Vec::new();
    }
    let tokens = tokenize(text, sentence.clone());
    dates_in_tokens(text, &tokens, sentence, timexes)
}

/// [`sentence_dates`] for a sentence already split into `tokens`.
pub fn dates_in_tokens<'a>(
    text: &str,
    tokens: &[Token],
    sentence: Range<usize>,
    timexes: &'a [TimexHit],
) -> Vec<SentenceDate<'a>> {
    timexes_in(timexes, sentence.clone())
        .iter()
        .filter(|t| t.range.end <= sentence.end)
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .filter_map(|t| {
            let value = day_value(&t.value)?;
            // Tokens are in text order: a binary search keeps long sentences linear.
            let at = tokens.partition_point(|k| k.range.start < t.range.start);
            let end = tokens.partition_point(|k| k.range.start < t.range.end);
            // "said Tuesday night's attack wounded two": a date owning a noun names
            // what happened, not the day it was said.
            let owns_noun = possessive_at(text, t.range.end) || names_incident(tokens, end);
            let reporting = !owns_noun && is_reporting_date(tokens, at)
                || reporting_verb_after(tokens, end)
                || is_update_date(tokens, at, end)
                || is_dateline(text, tokens, at, t.range.end);
            (!reporting).then_some(SentenceDate { timex: t, value })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(text: &str, word: &str, value: &str) -> TimexHit {
        let start = text.find(word).unwrap();
        TimexHit {
            range: start..start + word.len(),
            kind: TimexType::Date,
            value: value.to_string(),
            modifier: None,
            anchor: None,
        }
    }

    fn check(text: &str, timexes: &[(&str, &str)], expected: &[&str]) {
        let hits: Vec<TimexHit> = timexes.iter().map(|(w, v)| hit(text, w, v)).collect();
        let got: Vec<String> = sentence_dates(text, 0..text.len(), &hits)
            .into_iter()
            .map(|d| d.value)
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn a_date_of_an_occasion_of_speaking_dates_no_happening() {
        for (text, date) in [
            (
                "In a televised address on Wednesday morning, the president said no soldiers were harmed.",
                "Wednesday morning",
            ),
            (
                "In a speech on Wednesday the minister vowed to hunt down the attackers.",
                "Wednesday",
            ),
            (
                "At a briefing on Wednesday, the spokesman gave no figure for the wounded.",
                "Wednesday",
            ),
            (
                "In remarks on Wednesday the governor called the bombing cowardly.",
                "Wednesday",
            ),
            (
                "In an interview on Wednesday, the commander described the raid.",
                "Wednesday",
            ),
        ] {
            check(text, &[(date, "2020-01-08")], &[]);
        }
        // A happening told with no occasion of speaking keeps its date.
        check(
            "Gunmen opened fire on a rally on Wednesday, killing two.",
            &[("Wednesday", "2020-01-08")],
            &["2020-01-08"],
        );
    }

    #[test]
    fn the_day_the_dead_were_named_dates_no_happening() {
        for text in [
            "The Navy on Monday identified the two sailors who died in the raid.",
            "The Pentagon on Monday named the three soldiers killed in the blast.",
            "Police Monday identified the victims of the bombing as two brothers.",
            "The army on Monday named the officer who was killed at the checkpoint.",
            "Officials Monday identified the four workers who died when the depot was hit.",
        ] {
            check(text, &[("Monday", "2024-01-22")], &[]);
        }
    }

    #[test]
    fn a_day_something_was_written_dates_no_happening() {
        for text in [
            "The party leader wrote on Wednesday that last night's attack killed two guards.",
            "The minister wrote Wednesday on social media that the blast had wounded five.",
            "In a letter, the governor writes on Wednesday that three officers were killed.",
            "The commander wrote to the families on Wednesday that four soldiers had died.",
            "She wrote in a column on Wednesday that the strike left nine dead.",
        ] {
            check(text, &[("Wednesday", "2020-01-08")], &[]);
        }
    }

    #[test]
    fn an_opening_date_of_a_statement_or_of_a_tolls_update_dates_no_incident() {
        for (text, date) in [
            (
                "On Jan. 16, officials disclosed that 11 troops had been hurt.",
                "Jan. 16",
            ),
            (
                "On Friday, the ministry said five guards were wounded.",
                "Friday",
            ),
            (
                "Late on Tuesday, Iraqi police reported two dead.",
                "Tuesday",
            ),
            ("On Jan. 24 the number rose to 34.", "Jan. 24"),
            ("By Sunday, the death toll had climbed to twelve.", "Sunday"),
            (
                "On 3 May the count of wounded soldiers was revised to nine.",
                "3 May",
            ),
            // The update verb before its toll noun.
            (
                "On Thursday the army raised that figure, saying four had died.",
                "Thursday",
            ),
            ("Late on Friday medics revised the toll to 14.", "Friday"),
            (
                "On 3 May, officials lowered their count of the dead to six.",
                "3 May",
            ),
            (
                "On Sunday the ministry upped its tally of wounded.",
                "Sunday",
            ),
            (
                "By Tuesday the monitor had updated the number of fighters killed.",
                "Tuesday",
            ),
        ] {
            check(text, &[(date, "2025-03-03")], &[]);
        }
        // An opening date of what happened stays.
        for (text, date) in [
            ("On Friday, gunmen killed five guards.", "Friday"),
            (
                "On Jan. 16, a rocket wounded two soldiers, officials said.",
                "Jan. 16",
            ),
            (
                "On Monday evening, militants attacked the post; the toll rose to 4.",
                "Monday evening",
            ),
        ] {
            check(text, &[(date, "2025-03-03")], &["2025-03-03"]);
        }
    }

    #[test]
    fn a_date_modifying_an_incident_noun_is_the_incidents_after_any_verb() {
        for (text, date) in [
            (
                "Nine were diagnosed with concussions from the Jan. 8 missile strike.",
                "Jan. 8",
            ),
            ("He said the March 3 bombing wounded four.", "March 3"),
            (
                "Officials confirmed that the Sunday rocket attack killed a contractor.",
                "Sunday",
            ),
            (
                "The statement reported that the 2 May raid left six dead.",
                "2 May",
            ),
            (
                "Medics treated 20 people hurt in the Tuesday night blast.",
                "Tuesday night",
            ),
        ] {
            check(text, &[(date, "2025-03-03")], &["2025-03-03"]);
        }
        // "said Tuesday the attack …": the day of the saying.
        check(
            "The Pentagon said Tuesday the attack wounded two.",
            &[("Tuesday", "2025-03-03")],
            &[],
        );
        // A full date before its noun closes with a comma.
        for (text, date) in [
            (
                "Central Command said the March 18, 2019, strikes killed 80 people.",
                "March 18, 2019",
            ),
            (
                "The review found the Aug. 29, 2021, drone strike killed ten civilians.",
                "Aug. 29, 2021",
            ),
            (
                "Officials said the June 3, 2017, raid had left nine dead.",
                "June 3, 2017",
            ),
            (
                "The army confirmed that the 12 May 2022, ambush killed four soldiers.",
                "12 May 2022",
            ),
            (
                "A report said the January 8, 2020, missile attack wounded 110 troops.",
                "January 8, 2020",
            ),
        ] {
            check(text, &[(date, "2025-03-03")], &["2025-03-03"]);
        }
        // A comma after a day with no year ends a clause: "said on Sunday, troops …".
        check(
            "Officials said on March 3, troops raided the village.",
            &[("March 3", "2025-03-03")],
            &[],
        );
    }

    #[test]
    fn a_dateline_after_its_place_dates_nothing() {
        check(
            "MOSUL, Iraq, March 3 (Reuters) - Gunmen attacked a patrol on Sunday.",
            &[("March 3", "2025-03-03"), ("Sunday", "2025-03-02")],
            &["2025-03-02"],
        );
        for (text, date) in [
            (
                "CAMP TOSH, Vell Province – March 3, 2025 – Gunmen attacked a patrol on Sunday.",
                "March 3, 2025",
            ),
            (
                "ORSK CITY (March 3) — Gunmen attacked a patrol on Sunday.",
                "March 3",
            ),
            (
                "DARA, Kandor - March 3, 2025 - Gunmen attacked a patrol on Sunday.",
                "March 3, 2025",
            ),
            (
                "NORTH VELL — March 3 — Gunmen attacked a patrol on Sunday.",
                "March 3",
            ),
            (
                "Tosh, 3 March 2025 — Gunmen attacked a patrol on Sunday.",
                "3 March 2025",
            ),
            (
                "LONDON/ORSK, March 3 - Gunmen attacked a patrol on Sunday.",
                "March 3",
            ),
            (
                "VELL/TOSH/DARA, 3 March (Wire) -- Gunmen attacked a patrol on Sunday.",
                "3 March",
            ),
        ] {
            check(
                text,
                &[(date, "2025-03-03"), ("Sunday", "2025-03-02")],
                &["2025-03-02"],
            );
        }
        // A date the story itself tells stays: inside a clause, or a headline's date
        // with no place before it.
        check(
            "Rebels took Orsk on March 3 - the army fled.",
            &[("March 3", "2025-03-03")],
            &["2025-03-03"],
        );
        check(
            "March 3 – Gunmen attacked a patrol.",
            &[("March 3", "2025-03-03")],
            &["2025-03-03"],
        );
        check(
            "Troops raided the town on March 3 (local time) - officials said.",
            &[("March 3", "2025-03-03")],
            &["2025-03-03"],
        );
    }

    #[test]
    fn reporting_dates_are_left_out() {
        check(
            "Two men were hurt in the raid on Thursday, the army said in a statement on Saturday.",
            &[("Thursday", "2024-08-29"), ("Saturday", "2024-08-31")],
            &["2024-08-29"],
        );
        check(
            "A raid killed a leader, the mayor said Monday.",
            &[("Monday", "2024-01-01")],
            &[],
        );
        check(
            "April 17 (Wire) - Troops raided a camp early Monday.",
            &[("April 17", "2024-04-17"), ("early Monday", "2024-04-15")],
            &["2024-04-15"],
        );
        check(
            "Officers said it was a raid early Monday morning.",
            &[("early Monday morning", "2024-01-01TMO")],
            &["2024-01-01"],
        );
        // What is revealed or acknowledged on a day was said then.
        for text in [
            "The Pentagon revealed yesterday that a fourth soldier was hurt.",
            "The militia acknowledged on Monday that three fighters died.",
            "Officials revealed Monday that two guards were wounded.",
        ] {
            let (word, value) = if text.contains("yesterday") {
                ("yesterday", "2024-01-01")
            } else {
                ("Monday", "2024-01-01")
            };
            check(text, &[(word, value)], &[]);
        }
    }

    #[test]
    fn a_date_owning_a_noun_after_a_reporting_word_dates_the_happening() {
        for (text, date) in [
            (
                "The Pentagon said Tuesday night's attack wounded two sailors.",
                "Tuesday night",
            ),
            (
                "Officials announced Sunday's ambush had killed four guards.",
                "Sunday",
            ),
            (
                "Police confirmed Friday’s bombing left nine dead.",
                "Friday",
            ),
            (
                "The ministry reported that Monday's raid freed two hostages.",
                "Monday",
            ),
            (
                "Medics told reporters Saturday morning's shelling hurt a child.",
                "Saturday morning",
            ),
        ] {
            check(text, &[(date, "2024-03-05")], &["2024-03-05"]);
        }
        // Without the possessive the date is the announcement's.
        check(
            "The Pentagon said Tuesday the attack wounded two sailors.",
            &[("Tuesday", "2024-03-05")],
            &[],
        );
    }

    #[test]
    fn values_are_cut_to_the_day_and_vague_ones_dropped() {
        assert_eq!(day_value("2023-12-25TMO").as_deref(), Some("2023-12-25"));
        assert_eq!(day_value("2024-08").as_deref(), Some("2024-08"));
        assert_eq!(day_value("PAST_REF"), None);
        assert_eq!(day_value("P2D"), None);
        assert_eq!(day_value("XXXX-08-29"), None);
    }

    #[test]
    fn common_period_of_days() {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            common_period(&v(&["2024-09-16", "2024-09-24"])).as_deref(),
            Some("2024-09")
        );
        assert_eq!(
            common_period(&v(&["2024-08-29"])).as_deref(),
            Some("2024-08-29")
        );
        assert_eq!(common_period(&v(&["2023-10", "2024-02"])), None);
    }

    /// The incident dates of the figures of sentences `figures` (indexes) of a text
    /// made of `sentences`, with the timexes (word, value) found in the sentence at the
    /// given index. Every sentence counts as an incident sentence; one saying
    /// "strikes" / "attacks" as telling of several incidents.
    #[test]
    fn a_blow_between_the_announcement_and_the_date_gives_the_date_to_the_incident() {
        let cases = [
            (
                "Officials said the drone struck the barracks early Sunday.",
                "early Sunday",
            ),
            ("The army said a shell hit the school on Sunday.", "Sunday"),
            (
                "Police said the car bomb exploded Sunday morning.",
                "Sunday morning",
            ),
            (
                "It was reported that militants fired rockets Sunday.",
                "Sunday",
            ),
            (
                "The navy stated that jets bombed the port on Sunday.",
                "Sunday",
            ),
        ];
        for (s, w) in cases {
            check(s, &[(w, "2024-01-28")], &["2024-01-28"]);
        }
        check(
            "Officials said Sunday the drone struck.",
            &[("Sunday", "2024-01-28")],
            &[],
        );
    }

    #[test]
    fn a_date_right_before_a_verb_of_reporting_is_the_announcements() {
        for (text, date) in [
            ("Iraq's Counter-Terrorism Service on Thursday announced the killing of eight militants on Wednesday night.", "Thursday"),
            ("CENTCOM Friday said two fighters died in the raid on Wednesday night.", "Friday"),
            ("The ministry on Sunday confirmed that a strike on Wednesday night killed four.", "Sunday"),
            ("Police yesterday reported that gunmen attacked a post on Wednesday night.", "yesterday"),
            ("The army on 5 May disclosed that an ambush on Wednesday night wounded six soldiers.", "5 May"),
            ("The Pentagon on Thursday placed the toll of the Wednesday night attack at seven.", "Thursday"),
        ] {
            check(
                text,
                &[(date, "2025-06-19"), ("Wednesday night", "2025-06-18TNI")],
                &["2025-06-18"],
            );
        }
        // A date before an incident verb is the incident's.
        check(
            "Gunmen on Thursday attacked a post.",
            &[("Thursday", "2025-06-19")],
            &["2025-06-19"],
        );
    }

    #[test]
    fn a_date_right_before_a_verb_of_reacting_is_the_reactions() {
        for text in [
            "Gulf allies on Thursday lined up behind the strike of Wednesday night.",
            "Moscow Thursday condemned the raid on Wednesday night as illegal.",
            "The UN on Thursday urged restraint after the shelling on Wednesday night.",
            "Tribal elders on Thursday denounced the ambush, which came on Wednesday night.",
            "Washington on Thursday welcomed the arrests that followed the bombing on Wednesday night.",
            "The opposition Thursday criticised the army over the strike on Wednesday night.",
            "Ankara on Thursday dismissed claims that it shelled the resort on Wednesday night.",
            "The militia Thursday denied any role in the rocket attack on Wednesday night.",
        ] {
            check(
                text,
                &[("Thursday", "2025-06-19"), ("Wednesday night", "2025-06-18TNI")],
                &["2025-06-18"],
            );
        }
    }
}
