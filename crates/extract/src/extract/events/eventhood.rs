//! Which dated statements tell a timeline event. A date in a sentence does not make an
//! event: a statistic over a period ("153 attacks in the first half of 2024"), a
//! forecast ("could double from last year", anything dated after the article), a state
//! of affairs ("As of mid-2024, the group continues to be led by …") and a line with no
//! verb and no event word (a byline with a date) are dated facts, not happenings.
//!
//! Each test reads the clause that holds the date: the stretch of the sentence between
//! clause breaks (`;`, `:`, commas, relative and subordinate openers), a short fronted
//! adverbial ("As of mid-2024,") taken with the clause after it.

use super::verbs::{is_past, BE, HAVE, MODALS};
use crate::extract::casualty::lexicon::outcome_word;
use crate::extract::words::{Token, WordSet};
use crate::model::EventKind;
use chrono::NaiveDate;
use std::ops::Range;

/// What a dated statement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Eventhood {
    /// Something that happened: a timeline event.
    Event,
    /// A count or rate over a period.
    Statistic,
    /// What may or will happen.
    Forecast,
    /// How things stand at a time.
    State,
    /// No verb and no event word (a byline, a caption label).
    NoHappening,
    /// Someone speaking: a statement, a briefing, a speech.
    Announcement,
    /// A rite for the dead or the wounded's recovery: the event is what caused it.
    Aftermath,
    /// A step in a person's life (enlisting, a medal, a diagnosis): an obituary's.
    LifeStep,
}

/// Verbs of speaking: a clause whose verb is one tells a statement, not a happening.
const SPEECH_VERBS: WordSet<45> = WordSet::new([
    "said",
    "admitted",
    "admits",
    "described",
    "downplayed",
    "rebuked",
    "criticised",
    "criticized",
    "confirm",
    "respond",
    "responded",
    "comment",
    "commented",
    "interviewed",
    "testified",
    "estimated",
    "estimates",
    "debated",
    "published",
    "reviewed",
    "covers",
    "covering",
    "says",
    "announced",
    "stated",
    "declared",
    "told",
    "spoke",
    "addressed",
    "briefed",
    "tweeted",
    "posted",
    "wrote",
    "confirmed",
    "denied",
    "vowed",
    "pledged",
    "warned",
    "urged",
    "condemned",
    "praised",
    "acknowledged",
    "disclosed",
    "revealed",
    "insisted",
]);

/// Nouns of a statement: as a clause's subject they make it an announcement.
const STATEMENT_NOUNS: WordSet<18> = WordSet::new([
    "statement",
    "report",
    "hearing",
    "hearings",
    "inquest",
    "debate",
    "evidence",
    "roundup",
    "correction",
    "survey",
    "briefing",
    "conference",
    "speech",
    "remarks",
    "release",
    "communique",
    "interview",
    "announcement",
]);

/// Words that open a new clause inside a sentence.
const CLAUSE_OPENERS: WordSet<14> = WordSet::new([
    "which", "who", "whom", "whose", "when", "while", "although", "though", "because", "but",
    "whereas", "where", "if", "unless",
]);

/// Words of a count or rate over a period.
const STATISTIC_WORDS: WordSet<12> = WordSet::new([
    "count",
    "tally",
    "total",
    "average",
    "percent",
    "percentage",
    "rate",
    "comparison",
    "compared",
    "statistics",
    "figures",
    "toll",
]);

/// Plural nouns of incidents: a number before one counts events, a statistic.
const COUNTED_INCIDENTS: WordSet<14> = WordSet::new([
    "attacks",
    "strikes",
    "airstrikes",
    "raids",
    "incidents",
    "bombings",
    "operations",
    "killings",
    "explosions",
    "assaults",
    "shootings",
    "ambushes",
    "clashes",
    "arrests",
]);

/// Words that mark a forecast besides the modals.
const FORECAST_WORDS: WordSet<8> = WordSet::new([
    "scheduled",
    "slated",
    "expected",
    "likely",
    "poised",
    "projected",
    "forecast",
    "unlikely",
]);

/// Present-tense verbs of a lasting state.
const STATE_VERBS: WordSet<12> = WordSet::new([
    "is",
    "are",
    "am",
    "remains",
    "remain",
    "continues",
    "continue",
    "stays",
    "stay",
    "exists",
    "exist",
    "lives",
]);

/// Determiners and possessives: a past form right after one is an adjective ("the
/// injured", "its armed wing"); after a subordinator, a noun phrase of its own ("since
/// the killing of …").
pub(super) const DETERMINERS: WordSet<11> = WordSet::new([
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those",
]);

/// True when the word opens a new clause inside a sentence ("which", "when", "but").
pub fn is_clause_opener(w: &str) -> bool {
    CLAUSE_OPENERS.contains(w)
}

/// Prepositions that open a fronted adverbial of place or time.
const FRONTING_PREPOSITIONS: WordSet<6> = WordSet::new(["at", "in", "on", "during", "near", "by"]);

/// Most words of a fronted adverbial of prepositional phrases taken with its clause.
const FRONTED_WORDS: usize = 8;

/// The token range of the clause holding token `at` (see the module comment).
pub fn clause_of(toks: &[Token], at: usize) -> Range<usize> {
    // A point or comma between digits ("0.7%", "1,100") is part of a number.
    let in_number = |i: usize| {
        let digit_end = |t: &Token| t.norm.ends_with(|c: char| c.is_ascii_digit());
        let digit_start = |t: &Token| t.norm.starts_with(|c: char| c.is_ascii_digit());
        i > 0
            && toks.get(i + 1).is_some_and(|n| {
                digit_start(n)
                    && n.range.start == toks[i].range.end
                    && toks[i - 1].range.end == toks[i].range.start
                    && digit_end(&toks[i - 1])
            })
    };
    let breaks = |i: usize| {
        let t = &toks[i];
        match t.punct() {
            Some(';' | ':' | '—' | '–' | '?' | '!') => true,
            Some('.' | ',') => !in_number(i),
            _ => t.is_word && CLAUSE_OPENERS.contains(&t.norm),
        }
    };
    let at = at.min(toks.len().saturating_sub(1));
    let mut start = at;
    while start > 0 && !breaks(start - 1) {
        start -= 1;
    }
    if start > 0 && toks[start - 1].is_word {
        // A clause opener belongs to the clause it opens.
        start -= 1;
    }
    let mut end = at + 1;
    while end < toks.len() && !breaks(end) {
        end += 1;
    }
    // A short fronted adverbial ("As of mid-2024,") goes with the clause after it; so
    // does a longer one of prepositional phrases ("At the base in Erbil on Wednesday
    // morning,").
    let words = toks[start..end].iter().filter(|t| t.is_word).count();
    let prepositional = || {
        toks[start..end]
            .iter()
            .find(|t| t.is_word)
            .is_some_and(|t| FRONTING_PREPOSITIONS.contains(&t.norm))
            && !toks[start..end]
                .iter()
                .any(|t| super::verbs::is_past(&t.norm))
    };
    if start == 0
        && (words <= 5 || words <= FRONTED_WORDS && prepositional())
        && toks.get(end).is_some_and(|t| t.is_punct(','))
    {
        end += 1;
        while end < toks.len() && !breaks(end) {
            end += 1;
        }
    }
    start..end.min(toks.len())
}

/// What the statement dated by the timex at bytes `timex` (value `date`) of the
/// sentence `toks` is. `reference` is the article's reference date; `kind` the kind
/// of the whole sentence (an event word makes a verbless line an event).
pub fn classify(
    text: &str,
    toks: &[Token],
    timex: &Range<usize>,
    date: &str,
    reference: Option<NaiveDate>,
    kind: EventKind,
    headline: bool,
) -> Eventhood {
    if toks.is_empty() {
        return Eventhood::NoHappening;
    }
    let at = toks
        .iter()
        .position(|t| t.range.end > timex.start)
        .unwrap_or(toks.len() - 1);
    if after_reference(date, reference) {
        return Eventhood::Forecast;
    }
    // A question asks about a happening; the answer, if any, tells it ("How many
    // attacks have there been this year?"). One that asks what happened on a day
    // ("What happened on Sunday?") dates the happening it asks about.
    let question = !headline && toks.last().is_some_and(|t| t.is_punct('?'));
    let asks_what_happened = || {
        toks.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "happened" | "happen" | "occurred" | "unfolded"
            )
        })
    };
    // What a question takes as known is told, though: a date on the incident it names
    // ("the three hurt in the Christmas Day drone attack, any update?").
    let presupposed = || {
        let end = toks
            .iter()
            .position(|t| t.range.start >= timex.end)
            .unwrap_or(toks.len());
        crate::extract::dating::names_incident(toks, end)
    };
    if question && !asks_what_happened() && !presupposed() {
        return Eventhood::Announcement;
    }
    if (2..=3).contains(&at) && toks[at - 2].norm == "as" && toks[at - 1].norm == "of" {
        // "As of 2019, …" opens a description of how things stand.
        return Eventhood::State;
    }
    let in_date = |i: usize| toks[i].range.start < timex.end && toks[i].range.end > timex.start;
    // A line of names and a date ("— Jane Doe (@jdoe) May 4, 2021"): no verb, no
    // lower-case word, no event word.
    // A time stamp ("Fri 5 Jun 2026 11.42 BST") is such a line too: its numbers are
    // no lower-case words.
    let name_line = toks.iter().enumerate().all(|(i, t)| {
        let handle = i > 0 && toks[i - 1].is_punct('@');
        !t.is_word
            || in_date(i)
            || handle
            || t.raw(text)
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    if name_line && kind == EventKind::Other {
        return Eventhood::NoHappening;
    }
    if dates_a_picture(toks, timex) {
        return Eventhood::NoHappening;
    }
    let clause = clause_of(toks, at);
    let words = || {
        toks[clause.clone()]
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_word)
            .map(move |(k, t)| (clause.start + k, t))
    };
    // "May" inside the sentence is the month of another date ("until May 2000"), not
    // the modal.
    let month_may = |i: usize, t: &Token| t.norm == "may" && i > 0 && t.raw(text).starts_with('M');
    if words().any(|(i, t)| {
        !in_date(i)
            && !month_may(i, t)
            && (MODALS.contains(&t.norm) || FORECAST_WORDS.contains(&t.norm))
    }) {
        return Eventhood::Forecast;
    }
    // "The minister is due to visit Baquba on Thursday": what is due has not happened.
    if words().any(|(i, t)| {
        t.norm == "due"
            && i > 0
            && matches!(
                toks[i - 1].norm.as_str(),
                "is" | "are" | "was" | "were" | "s"
            )
            && toks.get(i + 1).is_some_and(|n| n.norm == "to")
            && toks
                .get(i + 2)
                .is_some_and(|n| n.is_word && !DETERMINERS.contains(&n.norm))
    }) {
        return Eventhood::Forecast;
    }
    if is_announcement(text, toks, clause.clone())
        || spoken_when(toks, at)
        || promises(toks, clause.clone())
        || summons_envoy(toks, clause.clone())
        || in_role_clause(toks, at)
        || claims_responsibility(toks, clause.clone())
        || first_person(toks, clause.clone())
        || newsroom_note(toks)
    {
        return Eventhood::Announcement;
    }
    // "This month marks twenty years since the strike …": an anniversary; the event is
    // the one it recalls, dated where the report tells it.
    if words().any(|(i, t)| {
        matches!(t.norm.as_str(), "marks" | "marked")
            && toks[i + 1..]
                .iter()
                .filter(|n| n.is_word)
                .take(4)
                .any(|n| n.norm == "since" || n.norm == "anniversary")
    }) {
        return Eventhood::State;
    }

    if bare_count_step(toks, timex) {
        return Eventhood::Statistic;
    }
    if super::aftermath::is_aftermath(toks, clause.clone()) {
        return Eventhood::Aftermath;
    }
    if super::life::is_life_step(toks, clause.clone()) {
        return Eventhood::LifeStep;
    }
    // "… the second strike since January, when rockets hit the base": the clause
    // after the date tells what happened then.
    let when_after = toks
        .iter()
        .skip_while(|t| t.range.start < timex.end)
        .filter(|t| t.is_word)
        .take(1)
        .any(|t| t.norm == "when");
    if !when_after && is_ranking(toks, clause.clone()) && !since_happening(toks, at) {
        return Eventhood::State;
    }
    if when_after && tells_when_happening(toks, timex) {
        // "… the worst attack since January, when a drone hit the camp": whatever the
        // main clause ranks or describes, the date is the time of the "when" clause's
        // happening.
        return Eventhood::Event;
    }
    // "a deadline later extended to February 18": the date a deadline was moved to is
    // when something is due, not when anything happened.
    let moved_to = at >= 2
        && matches!(toks[at - 1].norm.as_str(), "to" | "until" | "till")
        && matches!(
            toks[at - 2].norm.as_str(),
            "extended" | "postponed" | "delayed" | "pushed" | "moved" | "deferred" | "back"
        );
    if moved_to {
        return Eventhood::Forecast;
    }
    // A standing "as of" a date, a baseline after "since", a level that moved: dated
    // measurements, not happenings (see [`super::levels`]).
    if super::levels::is_as_of(toks, at)
        || super::levels::is_since_lasting(toks, at, clause.clone())
        || !when_after && super::levels::is_since_period(toks, at, timex, clause.clone())
    {
        return Eventhood::State;
    }
    if super::levels::is_since_baseline(toks, at, timex, clause.clone())
        || super::levels::is_ranked_count(toks, timex, clause.clone())
        || super::levels::is_level_change(toks, at, clause.clone())
        || super::levels::is_count_baseline(toks, at)
    {
        return Eventhood::Statistic;
    }
    let day = crate::extract::dating::is_day(date);
    if !day {
        let counted = words().any(|(i, t)| {
            !in_date(i)
                && t.count.is_some_and(|c| c >= 2)
                && toks[i + 1..]
                    .iter()
                    .filter(|x| x.is_word)
                    .take(2)
                    .any(|x| COUNTED_INCIDENTS.contains(&x.norm))
        });
        // "the number of attacks rose to 340": a count of incidents.
        let number_of = words().any(|(i, t)| {
            matches!(t.norm.as_str(), "number" | "level" | "frequency")
                && toks.get(i + 1).is_some_and(|x| x.norm == "of")
                && toks
                    .get(i + 2)
                    .is_some_and(|x| COUNTED_INCIDENTS.contains(&x.norm))
        });
        // "No US service member has been killed by hostile action this year": no harm
        // over a period is a count of it, zero.
        let none_over_period = words()
            .take(2)
            .any(|(_, t)| matches!(t.norm.as_str(), "no" | "none"))
            && words().any(|(_, t)| outcome_word(&t.norm).is_some());
        if counted
            || number_of
            || none_over_period
            || words().any(|(i, t)| !in_date(i) && STATISTIC_WORDS.contains(&t.norm))
        {
            return Eventhood::Statistic;
        }
        if !headline && (is_state(toks, clause.clone()) || is_whereabouts(toks, clause.clone())) {
            return Eventhood::State;
        }
    }
    if !headline && !when_after && is_copular(toks, clause) {
        return Eventhood::State;
    }
    Eventhood::Event
}

/// True when the date at `timex` dates a bare count in a run of counts, with nothing
/// but a verb of rising beside it: "… 11 had been injured, rising to 34 on January
/// 24, 50 four days later and 64 on January 30" — each step of a tally, none a
/// happening.
fn bare_count_step(toks: &[Token], timex: &Range<usize>) -> bool {
    let Some(first) = toks.iter().position(|t| t.range.end > timex.start) else {
        return false;
    };
    let last = toks
        .iter()
        .rposition(|t| t.range.start < timex.end)
        .unwrap_or(first);
    let bound = |t: &Token| t.is_punct(',') || t.is_punct(';') || t.norm == "and";
    let from = toks[..first].iter().rposition(bound).map_or(0, |p| p + 1);
    let to = toks[last + 1..]
        .iter()
        .position(|t| bound(t) || t.is_punct('.'))
        .map_or(toks.len(), |p| last + 1 + p);
    // A run: the segment is set off by a comma or "and" on at least one side.
    if from == 0 && to == toks.len() {
        return false;
    }
    let outside: Vec<&Token> = toks[from..first]
        .iter()
        .chain(&toks[last + 1..to])
        .filter(|t| t.is_word)
        .collect();
    outside.iter().any(|t| t.count.is_some())
        && outside.iter().all(|t| {
            t.count.is_some()
                || matches!(
                    t.norm.as_str(),
                    "rising"
                        | "climbing"
                        | "rose"
                        | "climbed"
                        | "reaching"
                        | "to"
                        | "on"
                        | "by"
                        | "then"
                        | "later"
                        | "days"
                        | "day"
                        | "weeks"
                        | "week"
                )
        })
}

/// Participles that open a sentence on the occasion of someone's words: "Asked about
/// the attack on Wednesday, the president said …", "Speaking to reporters in Ankara on
/// Thursday, the minister denied …".
const SPEAKING_OPENERS: WordSet<10> = WordSet::new([
    "asked",
    "speaking",
    "talking",
    "addressing",
    "commenting",
    "responding",
    "testifying",
    "writing",
    "briefing",
    "questioned",
]);

/// True when the date at token `at` sits in a fronted participle of speaking (before
/// the first comma of a sentence that opens with one): it dates the words said, a
/// statement, not the happening they are about.
fn spoken_when(toks: &[Token], at: usize) -> bool {
    let Some(first) = toks.iter().position(|t| t.is_word) else {
        return false;
    };
    SPEAKING_OPENERS.contains(&toks[first].norm)
        && toks
            .iter()
            .position(|t| t.is_punct(','))
            .is_some_and(|comma| at < comma)
}

/// Nouns of a picture: a date that modifies one is when it was taken ("in a 2018
/// photo", "a March 2017 picture"), not a happening.
const PICTURE_NOUNS: WordSet<8> = WordSet::new([
    "photo",
    "photograph",
    "picture",
    "image",
    "file",
    "footage",
    "handout",
    "snapshot",
]);

/// True when the date at `timex` dates a picture: a noun of one right after it ("in a
/// 2018 photo", "an August 2014 file photo"), or "photo taken"/"pictured" just before
/// it ("pictured in March 2017").
fn dates_a_picture(toks: &[Token], timex: &Range<usize>) -> bool {
    let after = toks
        .iter()
        .find(|t| t.range.start >= timex.end)
        .is_some_and(|t| PICTURE_NOUNS.contains(&t.norm));
    let before = toks
        .iter()
        .rev()
        .filter(|t| t.range.end <= timex.start && t.is_word)
        .take(3)
        .any(|t| matches!(t.norm.as_str(), "pictured" | "photographed" | "taken"));
    after || before
}

/// Envoys a government summons to protest.
const ENVOYS: WordSet<6> = WordSet::new([
    "ambassador",
    "envoy",
    "charge",
    "chargé",
    "diplomat",
    "diplomats",
]);

/// True when the clause summons an envoy ("the foreign ministry summoned the US
/// chargé d'affaires on Thursday"): a protest, a reaction to what happened.
fn summons_envoy(toks: &[Token], clause: Range<usize>) -> bool {
    let end = clause.end;
    (clause.start..end).any(|k| {
        SUMMONING.contains(&toks[k].norm)
            && toks[k + 1..end]
                .iter()
                .filter(|n| n.is_word)
                .take(4)
                .any(|n| ENVOYS.contains(&n.norm))
    })
}

/// Verbs of summoning an envoy.
const SUMMONING: WordSet<3> = WordSet::new(["summoned", "summons", "summoning"]);

/// Nouns of a person's role that an appositive gives a quoted source: "said Rami
/// Haddad, a researcher who has tracked the group since 2017".
const ROLE_NOUNS: WordSet<14> = WordSet::new([
    "researcher",
    "analyst",
    "shopkeeper",
    "resident",
    "farmer",
    "teacher",
    "professor",
    "scholar",
    "expert",
    "fellow",
    "veteran",
    "journalist",
    "activist",
    "doctor",
]);

/// True when the date at token `at` is told in a relative clause describing a
/// source's role ("a researcher who has tracked the group's attacks since 2017", "a
/// shopkeeper who returned to the town after 2018"): a person's background, not a
/// happening of the story.
fn in_role_clause(toks: &[Token], at: usize) -> bool {
    let Some(who) = (0..at.min(toks.len()))
        .rev()
        .take_while(|&k| !toks[k].is_punct(',') && !toks[k].is_punct(';'))
        .find(|&k| toks[k].norm == "who")
    else {
        return false;
    };
    // The role noun right before "who", after "a" or "an" and maybe an adjective.
    let Some(role) = who
        .checked_sub(1)
        .filter(|&k| ROLE_NOUNS.contains(&toks[k].norm))
    else {
        return false;
    };
    toks[role.saturating_sub(3)..role]
        .iter()
        .any(|t| t.norm == "a" || t.norm == "an")
}

/// Verbs of a promise or a threat: what is promised is said, not done.
const PROMISE_VERBS: WordSet<12> = WordSet::new([
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "vow",
    "vows",
    "vowed",
    "threaten",
    "threatens",
    "threatened",
]);

/// True when the clause promises or threatens what it tells ("officials promise to
/// double the patrols this summer", "the Pentagon promised Congress a review in
/// July", "the militia vowed revenge on Sunday"): a statement, not a happening.
fn promises(toks: &[Token], clause: Range<usize>) -> bool {
    toks[clause]
        .iter()
        .any(|t| t.is_word && PROMISE_VERBS.contains(&t.norm))
}

/// True when the sentence is the outlet's note on its own page: "That's where we'll
/// leave our coverage", "This explainer was last updated on 30 June", "The main
/// headlines this morning".
fn newsroom_note(toks: &[Token]) -> bool {
    let has = |w: &str| toks.iter().any(|t| t.norm == w);
    // "We'll be back tomorrow with reaction from Damascus."
    let back = toks
        .windows(2)
        .any(|w| w[0].norm == "be" && w[1].norm == "back");
    let we = has("our")
        || toks
            .iter()
            .any(|t| t.norm == "we" || t.norm.starts_with("we'"));
    we && (has("coverage") || has("blog") || has("updates") || back)
        || has("last") && has("updated")
        || has("headlines") && !toks.iter().any(|t| outcome_word(&t.norm).is_some())
}

/// Forms of "be" that link a subject to what it is.
const COPULAS: WordSet<4> = WordSet::new(["was", "were", "is", "are"]);

/// True when the clause only says what something was or is: its first verb is a form
/// of "be" linking a noun phrase, an adjective or a place ("It was a stronghold of
/// al-Qaeda in 2006", "In 2016 the question was trust", "Last night was the reply"),
/// with no verb of a happening after it (not "was killed", "were attacking").
fn is_copular(toks: &[Token], clause: Range<usize>) -> bool {
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    let Some(pos) = words.iter().position(|&i| {
        let w = toks[i].norm.as_str();
        COPULAS.contains(&toks[i].norm) || is_past(w) && is_verb(toks, i, &toks[i])
    }) else {
        return false;
    };
    let be = words[pos];
    if !COPULAS.contains(&toks[be].norm) || pos == 0 {
        return false;
    }
    // What follows "be": no participle, no "-ing", no "to" of a purpose or plan.
    let Some(&next) = words.get(pos + 1) else {
        return false;
    };
    let n = toks[next].norm.as_str();
    // A passive ("was overrun by ISWAP") tells a happening whatever its participle.
    let by_next = words.get(pos + 2).is_some_and(|&i| toks[i].norm == "by");
    if is_past(n)
        || by_next
        || n.ends_with("ing")
        || matches!(
            n,
            "to" | "not" | "being" | "been" | "born" | "overrun" | "hit" | "shot" | "hurt"
        )
    {
        return false;
    }
    // "The last of them was on Monday, when two fighters were killed": the "when"
    // clause tells the happening.
    if toks[be + 1..]
        .iter()
        .filter(|t| t.is_word)
        .take(12)
        .any(|t| t.norm == "when")
    {
        return false;
    }
    // Nor a verb of a happening further on in the clause ("was the first to open
    // fire"), nor an incident it names ("the deadliest was the attack on a camp").
    !words[pos + 1..].iter().any(|&i| {
        let w = toks[i].norm.as_str();
        is_past(w) && is_verb(toks, i, &toks[i])
            || outcome_word(w).is_some()
            || crate::extract::dating::date_role_of(toks[i].norm.as_str()) == Some(false)
    })
}

/// True when the clause speaks in the first person or to the reader ("We are closing
/// this live page", "What we know so far", "We recovered 23 bodies", "I saw the smoke",
/// "Here's what you need to know"): an outlet's own voice or a quoted witness telling,
/// not a happening of its own (what they tell of is dated where the report tells it).
fn first_person(toks: &[Token], clause: Range<usize>) -> bool {
    toks[clause]
        .iter()
        .filter(|t| t.is_word)
        .take(3)
        .any(|t| matches!(t.norm.as_str(), "we" | "i" | "you"))
}

/// True when the clause's first verb is a verb of speaking, or its subject a statement
/// noun, and it holds no incident or casualty word ("The minister spoke to reporters
/// on Monday", "A statement on Friday …").
fn is_announcement(text: &str, toks: &[Token], clause: Range<usize>) -> bool {
    let clause_start = clause.start;
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    let incident = words.iter().any(|&i| {
        super::kind::is_incident_noun(&toks[i].norm)
            || matches!(
                toks[i].norm.as_str(),
                "killed" | "wounded" | "injured" | "died" | "dead" | "hurt"
            )
    });
    // "declared war", "announced the capture of the port": speech that makes a war or
    // a change of territory is one.
    let makes = matches!(
        super::kind::classify_keys(words.iter().map(|&i| toks[i].norm.key())),
        EventKind::War | EventKind::Territorial
    );
    if incident || makes || declares_outcome(&words, toks) {
        return false;
    }
    // A capitalised past form is part of a name ("the Armed Forces", "the United
    // Nations"), not the clause's verb.
    // "did not respond", "never commented", "declined to comment": the verb past its
    // negated auxiliary or its refusal.
    // "declined to comment", "refused to confirm": the verb past the refusal.
    let negation = |i: usize| {
        matches!(
            toks[i].norm.as_str(),
            "did" | "does" | "do" | "not" | "never"
        ) || matches!(
            toks[i].norm.as_str(),
            "declined" | "declines" | "declining" | "refused" | "refuses" | "refusing"
        ) && toks.get(i + 1).is_some_and(|t| t.norm == "to")
    };
    // "had tweeted", "has described": the verb past its auxiliary.
    let auxiliary = |k: usize| {
        let i = words[k];
        (HAVE.contains(&toks[i].norm)
            || BE.contains(&toks[i].norm)
            || MODALS.contains(&toks[i].norm))
            && words
                .get(k + 1)
                .is_some_and(|&n| SPEECH_VERBS.contains(&toks[n].norm) || is_past(&toks[n].norm))
    };
    let first_verb = (0..words.len()).find(|&k| {
        let i = words[k];
        let named = toks[i].raw(text).starts_with(char::is_uppercase) && i > clause_start;
        SPEECH_VERBS.contains(&toks[i].norm)
            || !named && !negation(i) && !auxiliary(k) && is_verb(toks, i, &toks[i])
    });
    // "played down the injuries": a verb of speaking in two words.
    let played_down = |p: usize| {
        matches!(toks[words[p]].norm.as_str(), "played" | "plays" | "playing")
            && words.get(p + 1).is_some_and(|&n| toks[n].norm == "down")
    };
    let speech =
        first_verb.is_some_and(|p| SPEECH_VERBS.contains(&toks[words[p]].norm) || played_down(p));
    let subject_noun = first_verb.is_some_and(|p| {
        words[..p]
            .iter()
            .any(|&i| STATEMENT_NOUNS.contains(&toks[i].norm))
    });
    speech || subject_noun
}

/// True when the clause claims a happening rather than telling it: "claimed
/// responsibility", "claims credit for", "claiming the attack" said by a group after
/// the fact. "The blast claimed 12 lives" tells deaths and stays an event.
fn claims_responsibility(toks: &[Token], clause: Range<usize>) -> bool {
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    words.iter().enumerate().any(|(k, &i)| {
        matches!(
            toks[i].norm.as_str(),
            "claimed" | "claims" | "claiming" | "claim"
        ) && words[k + 1..]
            .iter()
            .take(3)
            .any(|&j| matches!(toks[j].norm.as_str(), "responsibility" | "credit"))
    })
}

/// Nouns of an outcome that declaring makes happen: "declared victory", "proclaimed
/// independence", "announced a ceasefire", "declared a state of emergency".
const DECLARED_OUTCOMES: WordSet<10> = WordSet::new([
    "victory",
    "independence",
    "ceasefire",
    "truce",
    "emergency",
    "curfew",
    "defeat",
    "caliphate",
    "autonomy",
    "sovereignty",
]);

/// True when a verb of speaking in the clause (word indexes `words`) takes as its
/// object, within three words, an outcome that the declaring brings about
/// ([`DECLARED_OUTCOMES`]): the declaration is a happening, not talk about one.
fn declares_outcome(words: &[usize], toks: &[Token]) -> bool {
    words.iter().enumerate().any(|(k, &i)| {
        (SPEECH_VERBS.contains(&toks[i].norm)
            || matches!(
                toks[i].norm.as_str(),
                "proclaimed" | "proclaims" | "declares"
            ))
            && words[k + 1..]
                .iter()
                .take(4)
                .any(|&j| DECLARED_OUTCOMES.contains(&toks[j].norm))
    })
}

/// True when the "when" right after the date at bytes `timex` opens a clause with a
/// past verb ("since May, when rockets hit the camp"), which tells what happened then.
fn tells_when_happening(toks: &[Token], timex: &Range<usize>) -> bool {
    let Some(when) = toks
        .iter()
        .position(|t| t.is_word && t.range.start >= timex.end)
    else {
        return false;
    };
    toks[when + 1..]
        .iter()
        .enumerate()
        .take_while(|(_, t)| t.is_word || !matches!(t.punct(), Some(';' | '.' | ':')))
        .any(|(k, t)| t.is_word && is_past(&t.norm) && is_verb(toks, when + 1 + k, t))
}

/// True when the clause ranks a happening told elsewhere rather than telling one: a
/// copula, then "one of the" or a superlative ("The ambush was one of the deadliest
/// this year", "It was the worst attack since 2019", "the raid is the latest in a
/// series"). Its date is the ranking's span or baseline, not a happening's.
pub fn is_ranking(toks: &[Token], clause: Range<usize>) -> bool {
    let words: Vec<&Token> = toks[clause].iter().filter(|t| t.is_word).collect();
    words.iter().enumerate().any(|(k, t)| {
        if !matches!(t.norm.as_str(), "was" | "is" | "were" | "are") {
            return false;
        }
        let next: Vec<&str> = words[k + 1..]
            .iter()
            .take(3)
            .map(|x| x.norm.as_str())
            .collect();
        let superlative = |w: &str| {
            matches!(w, "worst" | "most" | "biggest" | "latest")
                || w.len() > 5 && w.ends_with("iest")
                || w.len() > 6
                    && w.ends_with("est")
                    && !w.ends_with("rest")
                    && !w.ends_with("test")
                    && !w.ends_with("uest")
        };
        // "the third such clash", "the second attack on the base this month".
        let ordinal = |w: &str| {
            matches!(
                w,
                "second"
                    | "third"
                    | "fourth"
                    | "fifth"
                    | "sixth"
                    | "seventh"
                    | "eighth"
                    | "ninth"
                    | "tenth"
            )
        };
        match next.as_slice() {
            ["one", "of", ..] => true,
            ["the", w, ..] | ["among", "the", w, ..] => superlative(w) || ordinal(w),
            _ => false,
        }
    })
}

/// How many words back from a date a "since" may open the clause the date is in.
const SINCE_CLAUSE_REACH: usize = 16;

/// True when the date at token `at` ends a clause opened by "since" that tells its own
/// happening with a past verb ("the biggest blow to ISIS since its leader was killed in
/// a US raid in October 2019"): whatever the main clause ranks, the date is when that
/// happened.
fn since_happening(toks: &[Token], at: usize) -> bool {
    let mut seen = 0;
    let mut verb = false;
    for k in (0..at).rev() {
        let t = &toks[k];
        if !t.is_word {
            if t.is_punct(',') || t.is_punct(';') {
                return false;
            }
            continue;
        }
        if t.norm == "since" {
            return verb;
        }
        verb |= is_past(&t.norm) && is_verb(toks, k, t);
        seen += 1;
        if seen > SINCE_CLAUSE_REACH {
            return false;
        }
    }
    false
}

/// True when the clause tells a state in the present: a present-tense verb of being or
/// lasting, and no past tense ("continues to be led by", "are stationed in").
fn is_state(toks: &[Token], clause: Range<usize>) -> bool {
    let mut present = false;
    for i in clause {
        let t = &toks[i];
        if !t.is_word {
            continue;
        }
        let w = t.norm.as_str();
        if matches!(w, "was" | "were" | "had") {
            return false;
        }
        // "has been operating", "have been fighting": lasting up to now.
        let progressive = matches!(w, "has" | "have")
            && toks.get(i + 1).is_some_and(|n| n.norm == "been")
            && toks.get(i + 2).is_some_and(|n| n.norm.ends_with("ing"));
        if STATE_VERBS.contains(w) || progressive {
            present = true;
        } else if is_past(w) && is_verb(toks, i, t) && !after_been_ing(toks, i) {
            // A participle after a present "is", "are", "be", "been" keeps the present.
            let prev = i.checked_sub(1).map(|p| toks[p].norm.as_str());
            let present_before =
                |p: &str| matches!(p, "be" | "been" | "being") || STATE_VERBS.contains(p);
            if !prev.is_some_and(present_before) {
                return false;
            }
        }
    }
    present
}

/// True when token `i` is the "been" of "has been operating" (read with its -ing).
fn after_been_ing(toks: &[Token], i: usize) -> bool {
    toks[i].norm == "been" && toks.get(i + 1).is_some_and(|n| n.norm.ends_with("ing"))
}

/// Verbs of where someone lives or works: a person moving house or serving somewhere is
/// biography, not a happening of the story.
const WHEREABOUTS_VERBS: WordSet<8> = WordSet::new([
    "moved",
    "relocated",
    "settled",
    "lived",
    "resided",
    "worked",
    "served",
    "studied",
]);

/// Nouns of forces: forces moving are an advance, a happening.
const FORCE_NOUNS: WordSet<12> = WordSet::new([
    "troops",
    "forces",
    "army",
    "fighters",
    "units",
    "militants",
    "soldiers",
    "militia",
    "rebels",
    "columns",
    "brigade",
    "battalion",
]);

/// True when the clause tells where someone lived, worked or moved to ("he had since
/// moved to Vell in 2020", "she served in Tosh in 2011"): a verb of
/// [`WHEREABOUTS_VERBS`], with no incident or casualty word and no force as the mover.
fn is_whereabouts(toks: &[Token], clause: Range<usize>) -> bool {
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    let moves = words
        .iter()
        .any(|&i| WHEREABOUTS_VERBS.contains(&toks[i].norm) && is_verb(toks, i, &toks[i]));
    if !moves {
        return false;
    }
    !words.iter().any(|&i| {
        let w = toks[i].norm.as_str();
        FORCE_NOUNS.contains(w)
            || super::kind::is_incident_noun(w)
            || matches!(
                w,
                "killed" | "wounded" | "injured" | "died" | "dead" | "hurt"
            )
    })
}

/// True when the date starts after the reference date (and its day after): a thing
/// still to come when the article was written.
fn after_reference(date: &str, reference: Option<NaiveDate>) -> bool {
    let (Some(r), Some(iv)) = (reference, crate::timeval::parse(date)) else {
        return false;
    };
    iv.start > r + chrono::Days::new(1)
}

/// True when token `i` reads as a verb: an auxiliary, a modal, or a lower-case past
/// form not right after a determiner (which makes it an adjective: "the injured").
pub fn is_verb(toks: &[Token], i: usize, t: &Token) -> bool {
    if !t.is_word {
        return false;
    }
    let w = t.norm.as_str();
    if BE.contains(w) || HAVE.contains(w) || MODALS.contains(w) {
        return true;
    }
    if STATE_VERBS.contains(w) {
        return true;
    }
    is_past(w)
        && !i
            .checked_sub(1)
            .is_some_and(|p| DETERMINERS.contains(&toks[p].norm))
}

/// The eventhood of the date `date` (value `value`) of one sentence, its kind read from
/// its own words: what the tests of this stage and its rule modules ask.
#[cfg(test)]
pub fn eventhood_of(
    sentence: &str,
    date: &str,
    value: &str,
    reference: Option<NaiveDate>,
) -> Eventhood {
    let toks = crate::extract::words::tokenize(sentence, 0..sentence.len());
    let s = sentence.find(date).unwrap();
    let words: Vec<String> = toks
        .iter()
        .filter(|t| t.is_word)
        .map(|t| t.norm.to_string())
        .collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let kind = super::kind::classify(&refs);
    classify(
        sentence,
        &toks,
        &(s..s + date.len()),
        value,
        reference,
        kind,
        false,
    )
}

/// [`eventhood_of`] against the reference date (Monday 2024-06-10) that the tests of
/// the rule modules share.
#[cfg(test)]
pub fn hood(sentence: &str, date: &str, value: &str) -> Eventhood {
    eventhood_of(sentence, date, value, NaiveDate::from_ymd_opt(2024, 6, 10))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    #[test]
    fn a_since_clause_with_its_own_verb_dates_its_happening() {
        for (s, d, v) in [
            (
                "His death is the biggest blow to the group since its leader was killed in a raid in October 2019.",
                "October 2019",
                "2019-10",
            ),
            (
                "It was the deadliest attack since gunmen stormed the prison in January 2022.",
                "January 2022",
                "2022-01",
            ),
            (
                "The strike is the worst loss for the militia since its founder died in a US strike on 3 January 2020.",
                "3 January 2020",
                "2020-01-03",
            ),
            (
                "This is the largest raid since commandos captured the emir in March.",
                "March",
                "2024-03",
            ),
            (
                "The ambush was the bloodiest since rebels overran the base last year.",
                "last year",
                "2023",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Event, "{s}");
        }
        // A bare date after "since" is the ranking's baseline, no happening.
        assert_eq!(
            hood(
                "It was the deadliest attack since January 2022.",
                "January 2022",
                "2022-01"
            ),
            Eventhood::State
        );
    }

    #[test]
    fn a_fronted_occasion_of_speaking_dates_a_statement() {
        for (s, d, v) in [
            (
                "Asked about the rocket fire on Wednesday, the president said officials were still working.",
                "Wednesday",
                "2024-06-05",
            ),
            (
                "Speaking to reporters in Ankara on Thursday, the minister denied targeting civilians.",
                "Thursday",
                "2024-06-06",
            ),
            (
                "Addressing parliament last week, the prime minister vowed revenge.",
                "last week",
                "2024-W22",
            ),
            (
                "Testifying before Congress in March, the general described the raid.",
                "March",
                "2024-03",
            ),
            (
                "Questioned by journalists on 2 June, a spokesman gave no figures.",
                "2 June",
                "2024-06-02",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Announcement, "{s}");
        }
        // The date of the happening in the main clause stays an event.
        assert_eq!(
            hood(
                "Speaking to reporters, the minister said gunmen killed two guards on Sunday.",
                "Sunday",
                "2024-06-09"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn the_date_of_a_picture_is_no_happening() {
        for (s, d, v) in [
            (
                "US troops patrol near the garrison in a 2018 photo.",
                "2018",
                "2018",
            ),
            (
                "Fighters rest at a checkpoint in an August 2014 file photo.",
                "August 2014",
                "2014-08",
            ),
            (
                "A convoy crosses the border, pictured in March 2017.",
                "March 2017",
                "2017-03",
            ),
            (
                "A March 2019 picture shows the camp's gate.",
                "March 2019",
                "2019-03",
            ),
            (
                "The photo was taken on 4 May 2022 near the dam.",
                "4 May 2022",
                "2022-05-04",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::NoHappening, "{s}");
        }
        assert_eq!(
            hood(
                "Militants photographed the base, then attacked it in May 2022.",
                "May 2022",
                "2022-05"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn what_something_was_is_a_state_not_a_happening() {
        for (s, d, v) in [
            (
                "It was a stronghold of the insurgency in 2007.",
                "2007",
                "2007",
            ),
            (
                "In 2016 the question was trust between the two armies.",
                "2016",
                "2016",
            ),
            (
                "Sunday was a warning, and last night was the answer.",
                "last night",
                "2024-06-09TNI",
            ),
            (
                "The mood in the camp on Tuesday was grim.",
                "Tuesday",
                "2024-06-04",
            ),
            (
                "By 2019 the town's markets were among the busiest in the province.",
                "2019",
                "2019",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::State, "{s}");
        }
        // A passive, a birth, a "when" clause or an incident named after "be" tell one.
        for (s, d, v) in [
            (
                "The town was overrun by insurgents in April 2021.",
                "April 2021",
                "2021-04",
            ),
            ("The sergeant was born in Ohio in 1995.", "1995", "1995"),
            (
                "The worst was on Monday, when gunmen shot two guards.",
                "Monday",
                "2024-06-10",
            ),
            (
                "The deadliest was the ambush on a convoy in March 2023.",
                "March 2023",
                "2023-03",
            ),
            (
                "Two guards were shot at the gate on Friday.",
                "Friday",
                "2024-06-07",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Event, "{s}");
        }
    }

    #[test]
    fn what_is_due_an_anniversary_and_the_outlets_own_notes_are_no_events() {
        for (s, d, v, want) in [
            (
                "The prime minister is due to visit Basra on Thursday.",
                "Thursday",
                "2024-06-13",
                Eventhood::Forecast,
            ),
            (
                "Talks were due to resume in May 2024.",
                "May 2024",
                "2024-05",
                Eventhood::Forecast,
            ),
            (
                "This month marks ten years since the city fell.",
                "This month",
                "2024-06",
                Eventhood::State,
            ),
            (
                "Friday marked the fifth anniversary of the raid.",
                "Friday",
                "2024-06-07",
                Eventhood::State,
            ),
            (
                "That's where we'll end our coverage for today.",
                "today",
                "2024-06-10",
                Eventhood::Announcement,
            ),
            (
                "This page was last updated on 9 June 2024.",
                "9 June 2024",
                "2024-06-09",
                Eventhood::Announcement,
            ),
            (
                "The main headlines this morning: floods in the south.",
                "this morning",
                "2024-06-10TMO",
                Eventhood::Announcement,
            ),
        ] {
            assert_eq!(hood(s, d, v), want, "{s}");
        }
        // What is promised or threatened is said, not done.
        for (s, d, v) in [
            (
                "Interior Ministry officials promise to double the patrols this summer.",
                "this summer",
                "2024-SU",
            ),
            (
                "The Pentagon promised Congress a review of its options in July 2023.",
                "July 2023",
                "2023-07",
            ),
            (
                "On Sunday the militia vowed revenge for its commander.",
                "Sunday",
                "2024-06-09",
            ),
            (
                "The government pledged in 2023 to close the camps.",
                "2023",
                "2023",
            ),
            (
                "Gunmen threatened on Friday to attack the convoy.",
                "Friday",
                "2024-06-07",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Announcement, "{s}");
        }
        // "Due to" a cause is no plan.
        assert_eq!(
            hood(
                "The convoy was ambushed on Friday due to a leak.",
                "Friday",
                "2024-06-07"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn a_sources_background_a_protest_and_a_market_are_no_events() {
        for (s, d, v, want) in [
            (
                "\"It never ended,\" said Rami Haddad, a researcher who has tracked the group since 2017.",
                "2017",
                "2017",
                Eventhood::Announcement,
            ),
            (
                "\"We lost everyone,\" said Abu Elias, a shopkeeper who returned to the town after 2018.",
                "2018",
                "2018",
                Eventhood::Announcement,
            ),
            (
                "Baghdad summoned the Turkish ambassador on Thursday.",
                "Thursday",
                "2024-06-06",
                Eventhood::Announcement,
            ),
            (
                "The foreign ministry summons the US chargé d'affaires on Friday over the strike.",
                "Friday",
                "2024-06-07",
                Eventhood::Announcement,
            ),
            (
                "Oil prices were little changed in Asian trade on Monday.",
                "Monday",
                "2024-06-10",
                Eventhood::Statistic,
            ),
            (
                "Returns picked up in 2023 as families went home.",
                "2023",
                "2023",
                Eventhood::Statistic,
            ),
            (
                "We'll be back at 8 p.m. with reaction from Damascus.",
                "8 p.m.",
                "2024-06-10T20:00",
                Eventhood::Announcement,
            ),
        ] {
            assert_eq!(hood(s, d, v), want, "{s}");
        }
        // A role with its own happening in the main clause stays an event.
        assert_eq!(
            hood("A researcher was killed by a mine in 2017.", "2017", "2017"),
            Eventhood::Event
        );
    }

    #[test]
    fn the_earlier_level_a_count_is_compared_with_is_no_happening() {
        for (s, d, v) in [
            (
                "About 900 US troops remain, down from roughly 2,500 at the start of 2023.",
                "the start of 2023",
                "2023",
            ),
            (
                "Their number has been cut to fewer than 1,000 from about 2,000 at the end of 2022.",
                "the end of 2022",
                "2022",
            ),
            (
                "There are now 700 advisers, less than half the number deployed in 2021.",
                "2021",
                "2021",
            ),
            (
                "The army logged 140 attacks, fewer than half the number five years earlier.",
                "five years earlier",
                "2019",
            ),
            (
                "Police now man 40 posts, up from 12 in May 2023.",
                "May 2023",
                "2023-05",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Statistic, "{s}");
        }
        // A number in a name is no level.
        assert_eq!(
            hood(
                "US troops completed their withdrawal from Air Base 201 in August 2023.",
                "August 2023",
                "2023-08"
            ),
            Eventhood::Event
        );
    }

    fn check(sentence: &str, date: &str, value: &str, reference: &str, expected: Eventhood) {
        let reference = NaiveDate::parse_from_str(reference, "%Y-%m-%d").ok();
        assert_eq!(
            eventhood_of(sentence, date, value, reference),
            expected,
            "{sentence}"
        );
    }

    #[test]
    fn a_first_person_clause_is_a_voice_not_a_happening() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "We are closing this live page on Friday.",
                "Friday",
                "2021-05-28",
            ),
            (
                "What we know so far on Friday: the bridge is shut.",
                "Friday",
                "2021-05-28",
            ),
            (
                "\"We buried nine of them on Friday,\" the elder said.",
                "Friday",
                "2021-05-28",
            ),
            ("I heard the blast on Friday night.", "Friday", "2021-05-28"),
            ("What you need to know on Friday.", "Friday", "2021-05-28"),
            (
                "On Friday you saw the smoke from the hills.",
                "Friday",
                "2021-05-28",
            ),
            (
                "On Friday we pulled two men from the rubble.",
                "Friday",
                "2021-05-28",
            ),
        ] {
            check(sentence, date, value, "2021-05-30", Announcement);
        }
        // A third person's happening stays one.
        check(
            "Rebels shelled the port on Friday.",
            "Friday",
            "2021-05-28",
            "2021-05-30",
            Event,
        );
    }

    #[test]
    fn the_month_may_is_no_modal() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "Kandor invaded Tosh in 1982 and held the south until May 2000.",
                "1982",
                "1982",
            ),
            (
                "Rebels took the port in 2011, months before May 2012 elections.",
                "2011",
                "2011",
            ),
            (
                "In 2019 the army retook Orsk; in May 2020 it lost it again.",
                "2019",
                "2019",
            ),
            (
                "The dam burst in March 2018, and repairs ran until May 2019.",
                "March 2018",
                "2018-03",
            ),
            (
                "Floods hit the delta in 2015 and again in May 2016.",
                "2015",
                "2015",
            ),
        ] {
            check(sentence, date, value, "2021-06-01", Event);
        }
        // The modal still makes a forecast.
        check(
            "Rebels may attack the port in 2022.",
            "2022",
            "2022",
            "2021-06-01",
            Forecast,
        );
    }

    #[test]
    fn a_claim_of_responsibility_is_an_announcement() {
        use Eventhood::*;
        for (sentence, date) in [
            (
                "The Red Hand claimed responsibility on Telegram late Tuesday.",
                "late Tuesday",
            ),
            (
                "A little-known cell claimed credit for the blast on 4 June.",
                "4 June",
            ),
            (
                "On Friday the group claimed full responsibility in an online video.",
                "Friday",
            ),
            (
                "Nobody has claimed responsibility since the bombing on Monday.",
                "Monday",
            ),
            (
                "Insurgents, claiming responsibility on Sunday, named the dead officer.",
                "Sunday",
            ),
        ] {
            let value = "2021-05-30";
            let got = {
                let toks = tokenize(sentence, 0..sentence.len());
                let s = sentence.find(date).unwrap();
                classify(
                    sentence,
                    &toks,
                    &(s..s + date.len()),
                    value,
                    None,
                    EventKind::Other,
                    false,
                )
            };
            assert_eq!(got, Announcement, "{sentence}");
        }
        // A toll "claimed" and a claim of land are no statements.
        for (sentence, date, value) in [
            (
                "The blast claimed twelve lives on Monday.",
                "Monday",
                "2021-05-31",
            ),
            (
                "Floods claimed 30 lives in the delta in March 2019.",
                "March 2019",
                "2019-03",
            ),
            (
                "Kandor claimed the island by force in 1982.",
                "1982",
                "1982",
            ),
            (
                "Rebels claimed control of Orsk on 4 June.",
                "4 June",
                "2021-06-04",
            ),
            (
                "Gunmen stormed the claims office in Vell on Friday.",
                "Friday",
                "2021-05-28",
            ),
        ] {
            check(sentence, date, value, "2021-06-10", Event);
        }
    }

    #[test]
    fn a_name_with_a_past_form_is_no_verb_before_the_speech_verb() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "The Armed Forces of Vell acknowledged heavy losses on 3 June.",
                "3 June",
                "2021-06-03",
            ),
            (
                "The United Nations said on Monday that aid had stopped.",
                "Monday",
                "2021-06-07",
            ),
            (
                "The Allied command confirmed the figures late on Friday.",
                "late on Friday",
                "2021-06-04",
            ),
            (
                "The Combined Task Force stated on Tuesday that patrols resume.",
                "Tuesday",
                "2021-06-08",
            ),
            (
                "Its Unified Command denied the claims in a post on Sunday.",
                "Sunday",
                "2021-06-06",
            ),
        ] {
            check(sentence, date, value, "2021-06-10", Announcement);
        }
        for (sentence, date, value) in [
            (
                "Armed men stormed the town hall on Monday.",
                "Monday",
                "2021-06-07",
            ),
            (
                "The Armed Forces shelled the ridge on Friday.",
                "Friday",
                "2021-06-04",
            ),
            (
                "The United Front seized Orsk in March 2019.",
                "March 2019",
                "2019-03",
            ),
            (
                "Masked gunmen shot two guards on 3 June, police said.",
                "3 June",
                "2021-06-03",
            ),
            (
                "The Allied fleet sank two barges on Sunday.",
                "Sunday",
                "2021-06-06",
            ),
        ] {
            check(sentence, date, value, "2021-06-10", Event);
        }
    }

    #[test]
    fn a_time_stamp_line_is_no_happening() {
        use Eventhood::*;
        for (line, date, value) in [
            ("Fri 4 Jun 2021 11.42 BST", "Fri 4 Jun 2021", "2021-06-04"),
            (
                "Updated 14 March 2021 09:15 GMT",
                "14 March 2021",
                "2021-03-14",
            ),
            ("Mon 3 May 2021 07.00 EDT", "Mon 3 May 2021", "2021-05-03"),
            ("Published 2 June 2021 18:30", "2 June 2021", "2021-06-02"),
            (
                "Tuesday 1 June 2021 22.05 CEST",
                "Tuesday 1 June 2021",
                "2021-06-01",
            ),
        ] {
            check(line, date, value, "2021-06-10", NoHappening);
        }
        // A headline of numbers and a lower-case verb still tells a happening.
        check(
            "5 killed in Vell blast on 3 June",
            "3 June",
            "2021-06-03",
            "2021-06-10",
            Event,
        );
    }

    #[test]
    fn a_deadline_moved_and_a_lasting_state_are_no_happenings() {
        use Eventhood::*;
        for (sentence, date, value, expected) in [
            (
                "Troops must leave within 60 days, a deadline later extended to March 3.",
                "March 3",
                "2021-03-03",
                Forecast,
            ),
            (
                "The vote was postponed until May 2021 because of the floods.",
                "May 2021",
                "2021-05",
                Forecast,
            ),
            (
                "Talks were delayed to April after the border clash.",
                "April",
                "2021-04",
                Forecast,
            ),
            (
                "The handover was pushed back to February.",
                "February",
                "2021-02",
                Forecast,
            ),
            (
                "The deadline was moved to January 2021.",
                "January 2021",
                "2021-01",
                Forecast,
            ),
            (
                "The frigate, which has been operating in the gulf since the spring, left port.",
                "the spring",
                "2021-SP",
                State,
            ),
            (
                "Rebels have been fighting the army since 2019.",
                "2019",
                "2019",
                State,
            ),
            // A happening dated plainly is still one.
            (
                "Troops withdrew from Orsk on March 3.",
                "March 3",
                "2021-03-03",
                Event,
            ),
            // Shelling repeated since a year is no happening of that year; the
            // shelling of a year is one.
            (
                "The army has shelled the valley since 2019.",
                "2019",
                "2019",
                State,
            ),
            (
                "The army shelled the valley in 2019.",
                "2019",
                "2019",
                Event,
            ),
        ] {
            check(sentence, date, value, "2021-06-01", expected);
        }
    }

    #[test]
    fn a_ranking_of_a_happening_is_no_happening() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "It was the third such clash this month.",
                "this month",
                "2021-06",
            ),
            (
                "The raid was the second on the camp since April.",
                "April",
                "2021-04",
            ),
            (
                "The ambush was one of the deadliest on the border guard this year.",
                "this year",
                "2021",
            ),
            (
                "It was the worst attack on the port since 2015.",
                "2015",
                "2015",
            ),
            (
                "The raid is the latest in a series of strikes on the valley since March.",
                "March",
                "2021-03",
            ),
            (
                "Monday's blast was the bloodiest in Orsk since 2019, officials said.",
                "2019",
                "2019",
            ),
            (
                "The shelling was among the heaviest of the war in 2020.",
                "2020",
                "2020",
            ),
            (
                "These were the largest protests in Vell since 1998.",
                "1998",
                "1998",
            ),
        ] {
            check(sentence, date, value, "2021-06-01", State);
        }
        // A happening with a superlative in it is still one.
        check(
            "The heaviest rains in years flooded Orsk in March.",
            "March",
            "2021-03",
            "2021-06-01",
            Event,
        );
        check(
            "It was the third raid on the port since May, when gunmen killed two guards.",
            "May",
            "2021-05",
            "2021-06-01",
            Event,
        );
        check(
            "Police arrested the men at a protest in March.",
            "March",
            "2021-03",
            "2021-06-01",
            Event,
        );
    }

    #[test]
    fn statistics_count_incidents_over_a_period() {
        use Eventhood::*;
        check(
            "Rebels carried out 212 bombings in 2019.",
            "2019",
            "2019",
            "2020-03-01",
            Statistic,
        );
        check(
            "There were forty-one raids in the first quarter of 2021, officials counted.",
            "the first quarter of 2021",
            "2021-Q1",
            "2021-06-01",
            Statistic,
        );
        check(
            "The monthly tally of shootings rose sharply in May.",
            "May",
            "2022-05",
            "2022-07-01",
            Statistic,
        );
        check(
            "Against 90 ambushes over all of 2018, the militia staged 130 in 2019.",
            "2018",
            "2018",
            "2020-01-01",
            Statistic,
        );
        check(
            "The death toll for 2015 reached nine hundred.",
            "2015",
            "2015",
            "2016-01-01",
            Statistic,
        );
        check(
            "The number of raids climbed to 81 in 2017.",
            "2017",
            "2017",
            "2018-01-01",
            Statistic,
        );
        // A number of people is a casualty figure of an event, not a count of events.
        check(
            "Gunmen killed 12 villagers in the valley in 2016.",
            "2016",
            "2016",
            "2017-01-01",
            Event,
        );
        check(
            "Two strikes hit the port on Monday.",
            "Monday",
            "2021-05-03",
            "2021-05-04",
            Event,
        );
    }

    #[test]
    fn forecasts_and_future_dates_are_not_events() {
        use Eventhood::*;
        check(
            "Officials warned the number could triple from last year.",
            "last year",
            "2023",
            "2024-05-01",
            Forecast,
        );
        check(
            "The vote is expected to take place in 2026.",
            "2026",
            "2026",
            "2025-01-01",
            Forecast,
        );
        check(
            "The talks will not end before the elections in March.",
            "March",
            "2025-03",
            "2024-11-02",
            Forecast,
        );
        check(
            "Troops may leave the base next spring.",
            "next spring",
            "2026-SP",
            "2025-09-01",
            Forecast,
        );
        check(
            "A summit is planned for December.",
            "December",
            "2030-12",
            "2030-06-01",
            Forecast,
        );
        check(
            "The army seized the town in March.",
            "March",
            "2030-03",
            "2030-06-01",
            Event,
        );
    }

    #[test]
    fn whereabouts_are_not_events() {
        use Eventhood::*;
        check(
            "The former commander had since moved farther south to Vell in 2019 under a new name.",
            "2019",
            "2019",
            "2022-01-01",
            State,
        );
        check(
            "She lived in Kandor until 2015.",
            "2015",
            "2015",
            "2022-01-01",
            State,
        );
        check(
            "In 2012 the preacher relocated to the coast.",
            "2012",
            "2012",
            "2022-01-01",
            State,
        );
        check(
            "Omar Kassim served as a clerk in Tosh in 2008.",
            "2008",
            "2008",
            "2022-01-01",
            State,
        );
        check(
            "His family settled in the valley in 1999 after the war.",
            "1999",
            "1999",
            "2022-01-01",
            State,
        );
        // Forces moving, or harm done: happenings.
        check(
            "Government troops moved into Vell in 2019.",
            "2019",
            "2019",
            "2022-01-01",
            Event,
        );
        check(
            "The rebel brigade relocated to the hills in 2018.",
            "2018",
            "2018",
            "2022-01-01",
            Event,
        );
    }

    #[test]
    fn states_of_affairs_are_not_events() {
        use Eventhood::*;
        check(
            "As of early 2023, the movement continues to be run by a small council.",
            "early 2023",
            "2023",
            "2023-06-01",
            State,
        );
        check(
            "In 2024, about 900 soldiers are stationed at the camp.",
            "2024",
            "2024",
            "2024-05-01",
            State,
        );
        check(
            "As of 2019 the rebels hold the northern hills.",
            "2019",
            "2019",
            "2019-06-01",
            State,
        );
        check(
            "Since 2020 the port remains closed to ships.",
            "2020",
            "2020",
            "2022-01-01",
            State,
        );
        check(
            "The militia is led by a former colonel as of 2021.",
            "2021",
            "2021",
            "2021-06-01",
            State,
        );
        check(
            "The militia was founded in 2021.",
            "2021",
            "2021",
            "2022-06-01",
            Event,
        );
        check(
            "In 2014, the movement ruled half the country.",
            "2014",
            "2014",
            "2022-06-01",
            Event,
        );
    }

    #[test]
    fn verbless_lines_without_event_words_are_not_events() {
        use Eventhood::*;
        check(
            "— Jane Doe (@jdoe) May 4, 2021",
            "May 4, 2021",
            "2021-05-04",
            "2021-05-05",
            NoHappening,
        );
        check(
            "Photo: Omar Ali, Reuters, June 2, 2020",
            "June 2, 2020",
            "2020-06-02",
            "2020-06-03",
            NoHappening,
        );
        check(
            "Bombing in the old market on Friday",
            "Friday",
            "2020-06-05",
            "2020-06-06",
            Event,
        );
        check(
            "Rebels attacked the port on Friday",
            "Friday",
            "2020-06-05",
            "2020-06-06",
            Event,
        );
        check(
            "Floods swept the valley on Friday",
            "Friday",
            "2020-06-05",
            "2020-06-06",
            Event,
        );
    }

    #[test]
    fn clauses_break_at_relatives_and_take_a_fronted_adverbial_along() {
        let s = "As of May, the group, which rose in 2014, holds the hills.";
        let toks = tokenize(s, 0..s.len());
        let at = toks.iter().position(|t| t.norm == "may").unwrap();
        let c = clause_of(&toks, at);
        let words: Vec<&str> = toks[c]
            .iter()
            .filter(|t| t.is_word)
            .map(|t| t.norm.as_str())
            .collect();
        assert_eq!(words, ["as", "of", "may", "the", "group"]);
        // A longer fronted adverbial of prepositional phrases goes with its clause
        // too; one with a verb of its own does not.
        let words_of = |s: &str, date: &str| {
            let toks = tokenize(s, 0..s.len());
            let at = toks.iter().position(|t| t.norm == date).unwrap();
            toks[clause_of(&toks, at)]
                .iter()
                .filter(|t| t.is_word)
                .map(|t| t.norm.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            words_of(
                "At the camp near Erbil on Wednesday morning, flags flew low.",
                "wednesday"
            ),
            "at the camp near erbil on wednesday morning flags flew low"
        );
        assert_eq!(
            words_of(
                "In the desert near Rawa late on Sunday, gunmen struck.",
                "sunday"
            ),
            "in the desert near rawa late on sunday gunmen struck"
        );
        assert_eq!(
            words_of(
                "After gunmen attacked the post on Sunday, troops arrived.",
                "sunday"
            ),
            "after gunmen attacked the post on sunday"
        );
    }

    #[test]
    fn questions_schedules_and_no_comment_are_not_events() {
        use Eventhood::*;
        for (sentence, date, value, expected) in [
            (
                "How many drones hit the port in April?",
                "April",
                "2021-04",
                Announcement,
            ),
            (
                "Were the two guards hurt on Monday?",
                "Monday",
                "2021-05-03",
                Announcement,
            ),
            (
                "Is the army still in Dara since March?",
                "March",
                "2021-03",
                Announcement,
            ),
            // A question tells the incident it takes as known, by its date.
            (
                "Q: And the sailors hurt in the Christmas Day drone attack, any update?",
                "Christmas Day",
                "2020-12-25",
                Event,
            ),
            (
                "Has anyone claimed the May 2 bombing at the market?",
                "May 2",
                "2021-05-02",
                Event,
            ),
            (
                "Who carried out Monday's ambush on the convoy?",
                "Monday",
                "2021-05-03",
                Event,
            ),
            (
                "Who was behind the 2019 massacre at the mosque?",
                "2019",
                "2019",
                Event,
            ),
            (
                "Do you expect more rocket attacks in May?",
                "May",
                "2021-05",
                Announcement,
            ),
            // Asking what happened on a day dates the happening it asks about.
            (
                "What happened at the checkpoint on Monday?",
                "Monday",
                "2021-05-03",
                Event,
            ),
            (
                "Talks were scheduled for Monday in Vell.",
                "Monday",
                "2021-05-03",
                Forecast,
            ),
            (
                "The ministry did not respond to a request for comment on Monday.",
                "Monday",
                "2021-05-03",
                Announcement,
            ),
        ] {
            check(sentence, date, value, "2021-05-04", expected);
        }
    }

    #[test]
    fn inquiries_reports_and_hearings_are_not_events() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "Researchers interviewed 31 farmers between 1 and 3 May.",
                "3 May",
                "2021-05-03",
            ),
            (
                "A World Bank report in March estimated that 4,000 families had fled.",
                "March",
                "2021-03",
            ),
            (
                "The inquest heard on Tuesday that the radio had failed.",
                "Tuesday",
                "2021-05-04",
            ),
            (
                "The panel reviewed video of the river crossing on 2 May.",
                "2 May",
                "2021-05-02",
            ),
            (
                "This bulletin covers the week to Sunday 2 May.",
                "Sunday 2 May",
                "2021-05-02",
            ),
            (
                "Senators debated the bill on Monday.",
                "Monday",
                "2021-05-03",
            ),
        ] {
            check(sentence, date, value, "2021-05-04", Announcement);
        }
        // A report of a killing still dates the killing.
        check(
            "A UN report estimated that 40 villagers were killed in March.",
            "March",
            "2021-03",
            "2021-05-04",
            Event,
        );
    }

    #[test]
    fn announcements_are_not_events() {
        use Eventhood::*;
        check(
            "The minister spoke to reporters on Monday.",
            "Monday",
            "2021-05-03",
            "2021-05-04",
            Announcement,
        );
        check(
            "On Friday the general briefed senators about the plan.",
            "Friday",
            "2021-04-30",
            "2021-05-04",
            Announcement,
        );
        check(
            "A statement on Sunday urged calm.",
            "Sunday",
            "2021-05-02",
            "2021-05-04",
            Announcement,
        );
        check(
            "The envoy vowed on Tuesday to keep talking.",
            "Tuesday",
            "2021-05-04",
            "2021-05-04",
            Announcement,
        );
        check(
            "Later that day the palace denied the reports.",
            "that day",
            "2021-05-03",
            "2021-05-04",
            Announcement,
        );
        // A statement about an incident still dates the incident clause.
        check(
            "The army said rebels attacked the base on Monday.",
            "Monday",
            "2021-05-03",
            "2021-05-04",
            Event,
        );
        check(
            "The minister resigned on Monday.",
            "Monday",
            "2021-05-03",
            "2021-05-04",
            Event,
        );
        check(
            "The king declared war on Monday.",
            "Monday",
            "2021-05-03",
            "2021-05-04",
            Event,
        );
        check(
            "The army announced the capture of the port on Monday.",
            "Monday",
            "2021-05-03",
            "2021-05-04",
            Event,
        );
    }

    #[test]
    fn a_when_clause_after_the_date_tells_a_happening() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "This is the deadliest raid on the garrison since March 2022, when gunmen overran its gate.",
                "March 2022",
                "2022-03",
            ),
            (
                "Casualties are the highest since last autumn, when a mortar round struck the clinic.",
                "last autumn",
                "2020-FA",
            ),
            (
                "It remains the worst assault on peacekeepers since 2019, when a truck bomb destroyed their depot.",
                "2019",
                "2019",
            ),
            (
                "The town is quiet for the first time since June, when insurgents seized the bridge and burned the market.",
                "June",
                "2022-06",
            ),
            (
                "Officials are on alert since the spring of 2020, when two rockets hit the airport.",
                "the spring of 2020",
                "2020-SP",
            ),
        ] {
            check(sentence, date, value, "2022-07-01", Event);
        }
        // A "when" clause with no past verb tells nothing that happened then.
        check(
            "The road is open again since May, when traders usually travel.",
            "May",
            "2021-05",
            "2021-07-01",
            State,
        );
    }

    #[test]
    fn steps_of_a_count_in_a_run_are_statistics() {
        use Eventhood::*;
        let run = "Officials first counted 11 wounded, rising to 34 on January 24, 50 four days later and 64 on January 30.";
        for (date, value) in [
            ("on January 24", "2020-01-24"),
            ("four days later", "2020-01-28"),
            ("on January 30", "2020-01-30"),
        ] {
            check(run, date, value, "2020-02-10", Statistic);
        }
        for (sentence, date, value) in [
            (
                "The tally went from nine to 17 on Monday, 25 by Wednesday and 31 on Friday.",
                "by Wednesday",
                "2020-02-05",
            ),
            (
                "Medics counted 40 dead, climbing to 52 on Tuesday.",
                "on Tuesday",
                "2020-02-04",
            ),
        ] {
            check(sentence, date, value, "2020-02-10", Statistic);
        }
        // A blow dated in a list of clauses is a happening.
        check(
            "Rockets hit the base on Monday, and a drone struck the depot on Tuesday.",
            "on Tuesday",
            "2020-02-04",
            "2020-02-10",
            Event,
        );
    }

    #[test]
    fn declaring_an_outcome_is_a_happening() {
        use Eventhood::*;
        for (sentence, date, value) in [
            (
                "The government declared victory over the rebels in May 2018.",
                "May 2018",
                "2018-05",
            ),
            (
                "In 1991 the province proclaimed independence.",
                "1991",
                "1991",
            ),
            (
                "The two sides announced a ceasefire on Tuesday.",
                "Tuesday",
                "2021-05-04",
            ),
            (
                "The governor declared a state of emergency in the capital on Friday.",
                "Friday",
                "2021-04-30",
            ),
            (
                "The rebels declared a caliphate over the valley in June 2019.",
                "June 2019",
                "2019-06",
            ),
        ] {
            check(sentence, date, value, "2021-05-05", Event);
        }
        // A curfew declared is no announcement but a security measure after an
        // incident: aftermath.
        check(
            "On Sunday the army announced a curfew across the north.",
            "Sunday",
            "2021-05-02",
            "2021-05-05",
            Aftermath,
        );
        // Speech about something else stays an announcement.
        check(
            "The general declared on Monday that morale was high.",
            "Monday",
            "2021-05-03",
            "2021-05-05",
            Announcement,
        );
        check(
            "The spokesman announced new appointments on Friday.",
            "Friday",
            "2021-04-30",
            "2021-05-05",
            Announcement,
        );
    }

    #[test]
    fn a_refusal_to_speak_is_a_statement() {
        for (s, d, v) in [
            (
                "US Central Command declined to comment on Sunday.",
                "on Sunday",
                "2024-06-09",
            ),
            (
                "The ministry refused to confirm the figure on Monday.",
                "on Monday",
                "2024-06-03",
            ),
            (
                "A spokesman declined to comment further on Friday.",
                "on Friday",
                "2024-06-07",
            ),
            (
                "Officials on Tuesday refused to comment.",
                "on Tuesday",
                "2024-06-04",
            ),
            (
                "The embassy declined to respond on Saturday.",
                "on Saturday",
                "2024-06-08",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Announcement, "{s}");
        }
        // A refusal that is no speech stays a happening.
        assert_eq!(
            hood(
                "Militants refused to surrender on Monday and were killed.",
                "on Monday",
                "2024-06-03"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn speech_past_its_auxiliary_and_words_on_what_happened_are_statements() {
        for (s, d, v) in [
            (
                "Late on Tuesday, the governor had tweeted that all was calm.",
                "Tuesday",
                "2024-06-04",
            ),
            (
                "The minister has described the talks on Monday as useful.",
                "on Monday",
                "2024-06-03",
            ),
            (
                "Veterans' groups rebuked the senator in May after the hearing.",
                "in May",
                "2024-05",
            ),
            (
                "On Friday the president played down the injuries.",
                "On Friday",
                "2024-06-07",
            ),
            (
                "Lawmakers criticised the delays on Wednesday.",
                "on Wednesday",
                "2024-06-05",
            ),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Announcement, "{s}");
        }
        // A happening past its auxiliary stays one.
        assert_eq!(
            hood(
                "Rebels had stormed the town on Monday.",
                "on Monday",
                "2024-06-03"
            ),
            Eventhood::Event
        );
    }

    #[test]
    fn deaths_that_fall_or_no_harm_over_a_period_are_counts() {
        for (s, d, v) in [
            (
                "Civilian deaths attributed to the group fell to 19 last year.",
                "last year",
                "2023",
            ),
            ("Deaths among soldiers rose to 40 in 2022.", "2022", "2022"),
            ("Fatalities fell sharply in 2023.", "2023", "2023"),
            (
                "No US service member has been killed by hostile action this year.",
                "this year",
                "2024",
            ),
            ("None of the troops were wounded in 2023.", "2023", "2023"),
        ] {
            assert_eq!(hood(s, d, v), Eventhood::Statistic, "{s}");
        }
        // No harm on a day is a fact of that day's incident.
        assert_ne!(
            hood(
                "No soldiers were hurt in the attack on Monday.",
                "on Monday",
                "2024-06-03"
            ),
            Eventhood::Statistic
        );
    }
}
