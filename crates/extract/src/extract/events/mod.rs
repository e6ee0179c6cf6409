//! Events: the incidents each article reports and the dated background events it
//! mentions, each with a kind, a headline title, the sentences that state it (in every
//! article) and the casualty figures it carries.
//!
//! - [`eventhood`] — which dated statements are events (not statistics, forecasts,
//!   states of affairs, announcements or name lines).
//! - [`kind`] — what sort of event a clause states (its lane).
//! - [`title`] — the clause a title is cut from, one per coordinated date.
//! - [`headline`] — that clause recast as a headline (present tense, named actor,
//!   casualties after their cause, at most 60 characters).
//! - [`verbs`] — verb forms for headlines.
//! - [`actors`] — the organisations an article names, for "the group", "it", "its".
//! - [`merge`] — rarity-weighted similarity for grouping statements.
//! - [`undated`] — the incidents of an article whose dates cannot be placed.
//!
//! How it runs: every usable date of a sentence (see [`super::dating`]) is one dated
//! statement, when it dates a happening ([`eventhood`]); "From October to February" is
//! one statement of a range, and a response dated with what it answers ("strikes on
//! Sunday, hours after a boat bomb wounded four") also states the answered happening.
//! Statements with the same date that share rare terms (and agree in kind), or that
//! both tell a day-dated incident, are one event, across articles too; responses
//! (retaliatory strikes) group apart from what they answer; so are incident statements
//! a day apart that share terms (local and US time; the majority day wins) and
//! statements of nested dates (`2017`, `2017-12`) with the same kind and much in
//! common (the most specific date wins). Events are then merged when one happening was
//! told twice: on neighbouring days, in one period as a change of territory, at a
//! vague coarse date with the same figures, or as a war's start and the attack that
//! began it. A sentence with a specific date also mentions the coarser event it
//! recalls ("on Oct. 31, 2019, days after al-Baghdadi died"). Undated sentences then
//! join an event: a sentence about an article's incident (a figure, a lead, "the
//! raid") joins that article's incident most like it (a response sentence its
//! response); any other sentence joins the event whose terms it shares most, when it
//! shares enough ("At its peak, the group ruled …" joins "At its peak in 2014, …"), and
//! only events told by articles of the same news. Each event's title comes from its
//! clearest statement: a named actor, the incident and the harm it did.

pub mod actors;
pub mod aftermath;
pub mod echo;
pub mod eventhood;
pub mod harm;
pub mod headline;
pub mod kind;
pub mod levels;
pub mod life;
pub mod merge;
mod place;
pub mod title;
pub mod undated;
pub mod verbs;

use super::casualty::{figure_id, Figure};
use super::dating::{dates_in_tokens, is_day, near_reference, timexes_in};
use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use super::timex::TimexHit;
use super::words::{clip, Token};
use crate::extract::words::WordSet;
use crate::model::{Event, EventKind, Group as Who, Mention, Outcome, SentenceKind};
use chrono::NaiveDate;
use merge::{is_subset, same_date, union, LocalWeights, TermIds};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;

/// One article as the event stage sees it.
#[derive(Debug, Clone, Copy)]
pub struct ArticleInput<'a> {
    /// `Article.id`.
    pub id: &'a str,
    /// The full text.
    pub text: &'a str,
    /// Its sentences (byte ranges).
    pub sentences: &'a [SentenceSpan],
    /// The tokens of every sentence ([`super::words::sentence_tokens`]).
    pub tokens: &'a [Vec<Token>],
    /// The content term ids of every sentence ([`super::terms::Terms`]).
    pub terms: &'a [TermIds],
    /// The term ids of all its sentences together ([`super::terms::Terms::articles`]).
    pub article_terms: &'a TermIds,
    /// Its temporal expressions (byte ranges).
    pub timexes: &'a [TimexHit],
    /// Its casualty figures, in id order.
    pub figures: &'a [Figure],
    /// Byte → code-point offsets.
    pub index: &'a CharIndex,
    /// The article's reference date: incidents it reports happen shortly before it.
    pub reference: Option<NaiveDate>,
}

/// The events of a document, and the event of every figure (per article, per figure).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Built {
    /// Timeline events, sorted by date.
    pub events: Vec<Event>,
    /// `figure_events[a][n]`: the id of the event figure `n` of article `a` belongs to.
    pub figure_events: Vec<Vec<Option<String>>>,
}

/// The most distinct titles a group keeps for comparing headlines.
const MAX_GROUP_TITLES: usize = 8;

/// Least similarity for two same-date statements to be one event.
const TAU_DATED: f64 = 0.10;
/// Least similarity for incident statements of one day in unrelated reports to be one
/// event (related reports need none: "the raid" of that day is theirs).
const TAU_SAME_DAY: f64 = 0.05;
/// Least similarity for incident statements dated a day apart to be one event.
const TAU_ADJACENT: f64 = 0.12;
/// Least similarity for statements of nested dates (`2017`, `2017-12`) to be one event.
const TAU_NESTED: f64 = 0.3;
/// Least similarity for statements of nested dates in related reports to be one event
/// when the coarser is told in vague words ("last year" and "in December") by another
/// report (a report that tells the finer itself and adds "earlier this month" tells
/// another happening).
const TAU_NESTED_VAGUE: f64 = 0.2;
/// Least similarity for statements of related reports whose headlines echo one
/// another ([`echo::titles_echo`]) to be one background event.
const TAU_ECHO: f64 = 0.08;
/// Least similarity for an undated sentence to join a background event.
const TAU_BACKGROUND: f64 = 0.16;
/// The most dates of one sentence that become statements.
const MAX_DATES_PER_SENTENCE: usize = 8;

/// Bytes of context either side of a date that a title is cut from.
const TITLE_CONTEXT: usize = 600;

/// The most statements an event's title is chosen from (a story syndicated a thousand
/// times needs no thousand candidates).
const MAX_TITLE_CANDIDATES: usize = 48;

/// Least similarity for an undated incident sentence to join another article's incident.
const TAU_CROSS: f64 = 0.10;

/// Nouns of an incident; after a determiner they refer back to the article's incident.
const INCIDENT_NOUNS: WordSet<13> = WordSet::new([
    "raid",
    "operation",
    "attack",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "mission",
    "killing",
    "assault",
    "bombing",
    "blast",
    "explosion",
]);

/// Words of a response to another happening: a statement with one tells the response.
/// (Each starts with "r" or "a": [`is_response_word`] reads that first.)
const RESPONSE_WORDS: WordSet<9> = WordSet::new(RESPONSE_WORD_LIST);

/// The words of [`RESPONSE_WORDS`].
const RESPONSE_WORD_LIST: [&str; 9] = [
    "retaliatory",
    "retaliation",
    "retaliated",
    "retaliate",
    "response",
    "responded",
    "reprisal",
    "reprisals",
    "avenge",
];

/// Verbs of a blow that "back" after them makes a response ("struck back", "hit
/// back within hours").
const BLOW_VERBS: WordSet<10> = WordSet::new([
    "struck", "strike", "strikes", "hit", "hits", "fired", "fire", "fires", "lashed", "lash",
]);

/// True when token `i` tells a response: a response word, or the "back" of a blow
/// struck back.
#[inline]
fn is_response_word(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    // Every response word starts with "r" or "a", and "back" with "b": one byte read
    // spares most tokens the look-up.
    if !matches!(t.norm.as_str().as_bytes().first(), Some(b'r' | b'a' | b'b')) {
        return false;
    }
    RESPONSE_WORDS.contains(&t.norm)
        || t.norm.len() == 4 && t.norm == "back" && i > 0 && BLOW_VERBS.contains(&toks[i - 1].norm)
}

/// Words of an incident, for leads and captions.
const INCIDENT_WORDS: WordSet<22> = WordSet::new([
    "struck",
    "exploded",
    "detonated",
    "shelled",
    "raid",
    "raided",
    "operation",
    "attack",
    "attacked",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "killed",
    "injured",
    "wounded",
    "died",
    "bombing",
    "blast",
    "explosion",
    "assault",
    "dead",
]);

/// What the event stage knows about one sentence (its terms borrowed from the
/// article input, not copied).
struct Info<'a> {
    art: usize,
    sent: usize,
    terms: &'a TermIds,
    /// The component of related articles its article belongs to (whose weights it is
    /// compared under, [`LocalWeights`]).
    comp: usize,
    /// Weighted length of `terms` in its component.
    norm: f64,
    incident: bool,
    positive_figures: usize,
    /// Its positive figures: who, what happened to them, how many.
    figures: Vec<(Who, Outcome, u32)>,
    /// It tells a response to another happening ("retaliatory strikes", "in response").
    response: bool,
    /// For a photo caption, the kind of happening its words tell (`Other` for none:
    /// "Roughly 2,500 US soldiers are stationed in Iraq" tells no event).
    caption_kind: Option<EventKind>,
}

/// One dated statement: a sentence and one of its dates (or date ranges).
struct Proto {
    info: usize,
    date: String,
    timex: Range<usize>,
    day_incident: bool,
    kind: EventKind,
    /// The kind its title alone states (nested dates merge only on equal ones).
    title_kind: EventKind,
    title: String,
    /// Its title tells the happening with a verb ([`headline::shape_told`]).
    told: bool,
    /// Its clause tells a response to another happening ("retaliatory strikes").
    response: bool,
    /// Its date is written without a digit ("earlier this week", "last year"): a vague
    /// re-telling of something the reader knows, not a new dated fact.
    vague: bool,
    /// The part of its sentence it tells: two parts of one sentence are two happenings
    /// and never one event.
    part: Part,
    /// The sentence opens apart from what its article told before it ("In a separate
    /// incident on Saturday, …", "Separately, …"): it joins none of its article's
    /// events by its date alone.
    apart: bool,
    /// Its date names its day, by a weekday or a calendar date ("Sunday night"), not
    /// by counting back from the telling ("last night"): whether that is a night's
    /// (`Some(true)`, "Sunday night", "Monday evening", "late Saturday") or a day's.
    named_day: Option<bool>,
}

/// Which part of its sentence a statement tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// The sentence's own happening.
    Whole,
    /// The happening an "after" clause recalls ("after the army killed a general").
    Answered,
    /// A response told after the harm it answers ("…, which led to retaliatory strikes").
    Reply,
}

/// A statement's title as made from its clause ([`title::headline_and_clause`]).
#[derive(Debug, Clone)]
struct Titled {
    title: String,
    /// The kind the clause's words tell.
    kind: EventKind,
    /// The clause tells a response to another happening.
    response: bool,
    /// The title tells the happening with a verb.
    told: bool,
}

/// The title of a part of a sentence (what an "after" clause recalls, a response told
/// after its harm, an event phrase its date sits in), with the kind its words tell;
/// `response` marks the part as a response.
fn titled_part(
    text: &str,
    part: &[Token],
    date: Option<Range<usize>>,
    response: bool,
    resolve: &dyn Fn(usize, &str) -> Option<String>,
) -> Titled {
    let (title, told) = title::headline_told_of_tokens(text, part, date, &[], resolve);
    Titled {
        title,
        kind: kind::classify_keys(part.iter().map(|t| t.norm.key())),
        response,
        told,
    }
}

/// [`title::Memo`] site of a dated statement's title.
const SITE_STATEMENT: u8 = 0;
/// [`title::Memo`] site of the title of the part after "after" (what a response
/// answers), and of an undated sentence's title.
const SITE_ANSWERED: u8 = 1;
/// [`title::Memo`] site of the title of a response told after its harm.
const SITE_REPLY: u8 = 2;
/// [`title::Memo`] site of the title of an event phrase its date sits in.
const SITE_PHRASE: u8 = 3;

/// How the date of a statement relates to the date of a group it may join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateRelation {
    /// The same value.
    Same,
    /// Incident days one apart.
    AdjacentDays,
    /// One inside the other (`2017`, `2017-12`), with title kinds that agree.
    Nested,
}

/// Statements grouped into one event.
struct Group {
    date: String,
    /// The date of every statement, for the majority day of an incident.
    dates: Vec<String>,
    protos: Vec<usize>,
    mentions: BTreeSet<usize>,
    /// The articles of its dated statements, sorted.
    arts: Vec<usize>,
    terms: TermIds,
    /// The component of the statement that began it: `norm` is measured there.
    comp: usize,
    /// Weighted length of `terms` in component `comp`.
    norm: f64,
    incident: bool,
    /// Its statements tell a response (retaliation) to another happening.
    response: bool,
    kind: EventKind,
    title_kind: EventKind,
    /// Its statements' distinct titles (the first [`MAX_GROUP_TITLES`]), for telling a
    /// happening named alike ([`titles_agree`]) without reading every copy.
    titles: Vec<usize>,
}

/// True when the tokens hold a definite reference to an incident: a determiner up to
/// three tokens before an incident noun ("the raid", "Thursday’s overnight raid",
/// "this operation"). Each token is looked up once.
fn definite_incident(text: &str, toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        INCIDENT_NOUNS.contains(&t.norm)
            && toks[k.saturating_sub(3)..k]
                .iter()
                .any(|d| is_determiner(text, d))
    })
}

/// True when the clause (token indexes into `toks`) tells a response to another
/// happening: a response word ("retaliatory", "responded") with no harm told before it.
/// "The last time a guard was killed in an ambush, the army responded with shelling"
/// tells the ambush first; its response is a later clause, not the statement's
/// happening.
fn tells_response(toks: &[Token], clause: &[usize]) -> bool {
    let Some(p) = clause.iter().position(|&i| is_response_word(toks, i)) else {
        return false;
    };
    !clause[..p]
        .iter()
        .any(|&i| HARM_WORDS.contains(&toks[i].norm))
}

/// Words that tell harm done: a clause with one before its response word tells the
/// harm's happening.
const HARM_WORDS: WordSet<9> = WordSet::new([
    "killed", "killing", "wounded", "wounding", "injured", "injuring", "dead", "died", "hurt",
]);

/// True for the caption of an archive picture: "FILE - …", "FILE PHOTO: …" (also
/// after a page's caption markup), "… (AP Photo/Jo Li, File)".
fn is_file_photo(caption: &str) -> bool {
    let marked = caption.match_indices("FILE").any(|(at, _)| {
        let rest = caption[at + 4..].trim_start();
        rest.starts_with(['-', '–', '—', ':']) || rest.starts_with("PHOTO")
    });
    marked || caption.contains(", File)") || caption.contains(", file)")
}

/// True for a determiner or possessive that makes the noun after it definite.
fn is_determiner(text: &str, t: &Token) -> bool {
    matches!(t.norm.as_str(), "the" | "this" | "that")
        || t.raw(text).ends_with("’s")
        || t.raw(text).ends_with("'s")
}

/// Builds the events of a document; `vocab_len` is the number of distinct terms of
/// the articles' sentences.
pub fn build(articles: &[ArticleInput], vocab_len: usize) -> Built {
    let mut infos: Vec<Info> = Vec::new();
    let mut protos: Vec<Proto> = Vec::new();
    let all_actors: Vec<actors::Actors> = articles
        .iter()
        .map(|a| actors::Actors::of(a.text, a.tokens))
        .collect();
    // Which articles report the same news (computed once: grouping asks it too).
    let related = Affinity::new(articles, vocab_len);
    // Per article: the main organisation of a related report, for "the group" of an
    // article that names none.
    let fallback: Vec<Option<String>> = {
        // Articles naming an organisation, one per term class (copies of one report
        // name the same).
        let mut namers: Vec<usize> = Vec::new();
        let mut classes_seen: HashSet<usize> = HashSet::new();
        for (aj, actors) in all_actors.iter().enumerate() {
            if actors.main().is_some() && classes_seen.insert(related.class[aj]) {
                namers.push(aj);
            }
        }
        (0..articles.len())
            .map(|ai| {
                if all_actors[ai].main().is_some() {
                    // Its own names come first; a fallback is for articles with none.
                    return None;
                }
                namers
                    .iter()
                    .copied()
                    .find(|&aj| aj != ai && related.related(ai, aj))
                    .and_then(|aj| all_actors[aj].main().map(str::to_string))
            })
            .collect()
    };
    let mut memo: title::Memo<Titled> = title::Memo::default();
    for (ai, a) in articles.iter().enumerate() {
        let mut body_rank = 0usize;
        let mut by_sentence: BTreeMap<usize, Vec<&Figure>> = BTreeMap::new();
        for f in a.figures {
            by_sentence.entry(f.sentence).or_default().push(f);
        }
        for (si, s) in a.sentences.iter().enumerate() {
            if s.kind == SentenceKind::Boilerplate {
                continue;
            }
            let range = clip(a.text, s.range.clone());
            let toks = &a.tokens[si];
            let lead =
                matches!(s.kind, SentenceKind::Headline | SentenceKind::Caption) || body_rank < 3;
            if s.kind == SentenceKind::Body {
                body_rank += 1;
            }
            let figures: &[&Figure] = by_sentence.get(&si).map_or(&[], Vec::as_slice);
            let has_word = toks.iter().any(|t| INCIDENT_WORDS.contains(&t.norm));
            let definite = definite_incident(a.text, toks);
            let incident = !figures.is_empty() || has_word && (lead || definite);
            let info = infos.len();
            infos.push(Info {
                art: ai,
                sent: si,
                terms: &a.terms[si],
                comp: 0,
                norm: 0.0,
                incident,
                positive_figures: figures.iter().filter(|f| f.count > 0).count(),
                figures: figures
                    .iter()
                    .filter(|f| f.count > 0)
                    .map(|f| (f.group, f.outcome, f.count))
                    .collect(),
                response: (0..toks.len()).any(|i| is_response_word(toks, i)),
                caption_kind: (s.kind == SentenceKind::Caption).then(|| {
                    kind::classify_keys(toks.iter().filter(|t| t.is_word).map(|t| t.norm.key()))
                }),
            });
            let here: Vec<&TimexHit> = timexes_in(a.timexes, range.clone())
                .iter()
                .filter(|x| x.range.end <= range.end)
                .collect();
            // Words outside the sentence's dates (both lists are in text order).
            let mut content = 0;
            let mut x = 0;
            for t in toks.iter().filter(|t| t.is_word) {
                while x < here.len() && here[x].range.end <= t.range.start {
                    x += 1;
                }
                if !here
                    .get(x)
                    .is_some_and(|h| h.range.contains(&t.range.start))
                {
                    content += 1;
                }
            }
            if content < 3 {
                // A dateline ("April 17, 2023 — 03:16 am EDT") states no event.
                continue;
            }
            // A file photo's caption dates the picture, not a happening ("FILE - Troops
            // stand at a checkpoint … on Sept. 14, 2017. (AP Photo, File)").
            if s.kind == SentenceKind::Caption && is_file_photo(&a.text[range.clone()]) {
                continue;
            }
            let whole_kind =
                kind::classify_keys(toks.iter().filter(|t| t.is_word).map(|t| t.norm.key()));
            let statistic = whole_kind == EventKind::Statistic;
            let statements = dated_statements(a.text, toks, range.clone(), a.timexes);
            // Read once per sentence, for its dated statements.
            let apart =
                !statements.is_empty() && crate::extract::incident_dating::opens_apart(toks);
            // More dates than this in one sentence are a list, not events to tell.
            let headline = s.kind == SentenceKind::Headline;
            for (date, timex) in statements.into_iter().take(MAX_DATES_PER_SENTENCE) {
                // "Gunfire could still be heard in the afternoon", "Jets struck at
                // dawn": a part of the day the narrative is on goes on with that day's
                // happening; the sentence may join its event as an undated one.
                if goes_on_narrative_day(a.text.get(timex.clone()).unwrap_or("")) {
                    continue;
                }
                // Statistics, forecasts, states of affairs and bylines are dated facts,
                // not events: the sentence may still join an event as an undated one.
                let hood = eventhood::classify(
                    a.text,
                    toks,
                    &timex,
                    &date,
                    a.reference,
                    whole_kind,
                    headline,
                );
                if hood != eventhood::Eventhood::Event {
                    continue;
                }
                // A day-dated sentence with an incident word, shortly before the
                // reference date, tells the article's incident.
                let day_incident =
                    (incident || has_word) && is_day(&date) && near_reference(&date, a.reference);
                // "The attack came hours after gunmen stormed the prison on Thursday
                // night": the date is the clause's happening, not the incident the
                // sentence opens with.
                let after_clause = dated_after_clause(toks, &timex);
                // "the biggest blow since its leader was killed in a raid in October
                // 2019": the date is the since-clause's happening, titled from it.
                let since_clause = dated_since_clause(toks, &timex);
                let after_clause = after_clause.or(since_clause);
                let day_incident = day_incident && after_clause.is_none();
                let window = title_window(a.text, s.range.clone(), &timex);
                let others: Vec<Range<usize>> = here
                    .iter()
                    .filter(|t| t.range.start >= window.start && t.range.end <= window.end)
                    .filter(|t| t.range.end <= timex.start || t.range.start >= timex.end)
                    .map(|t| t.range.clone())
                    .collect();
                let resolve =
                    |at: usize, head: &str| resolve_in(&all_actors, &fallback, ai, at, head);
                // The title, the kind its clause tells (from its words as written: the
                // headline's present tense hides them), and whether it tells a response.
                // Copies of one sentence are titled once ([`title::Memo`]).
                let whole = window == range;
                let span = if whole { range.clone() } else { window.clone() };
                let made = memo.get_or_make(
                    a.text,
                    span,
                    SITE_STATEMENT,
                    0,
                    Some(&timex),
                    &others,
                    &resolve,
                    |resolve| {
                        let windowed;
                        let toks: &[Token] = if whole {
                            toks
                        } else {
                            windowed = super::words::tokenize(a.text, window.clone());
                            &windowed
                        };
                        let (title, clause, told) = title::headline_and_clause(
                            a.text,
                            toks,
                            Some(timex.clone()),
                            &others,
                            resolve,
                        );
                        Titled {
                            response: tells_response(toks, &clause),
                            kind: kind::classify_keys(clause.iter().map(|&i| toks[i].norm.key())),
                            title,
                            told,
                        }
                    },
                );
                // "… launched a campaign after the Hamas attack on Israel in October
                // 2023": the date is the attack's, and so is the statement.
                // "… comes in response to the attack on the post on Monday night": the
                // date is the answered attack's, and so is the statement.
                let made = match dated_event_phrase(toks, &timex)
                    .or_else(|| answered_dated_phrase(toks, &timex))
                    .or(after_clause)
                {
                    Some(from) => memo.get_or_make(
                        a.text,
                        range.clone(),
                        SITE_PHRASE,
                        from,
                        Some(&timex),
                        &[],
                        &resolve,
                        |resolve| {
                            let to = toks
                                .iter()
                                .rposition(|t| t.range.end <= timex.end)
                                .map_or(toks.len(), |k| k + 1);
                            let part = &toks[from..to.max(from)];
                            titled_part(a.text, part, Some(timex.clone()), false, resolve)
                        },
                    ),
                    None => made,
                };
                let Titled {
                    title,
                    kind: mut title_kind,
                    response,
                    told,
                } = made;
                // "occupied the south until May 2000": what that date tells is the end.
                let title = match ended_state(toks, &timex, &title) {
                    Some(ended) => {
                        title_kind = EventKind::Territorial;
                        ended
                    }
                    None => title,
                };
                let mut kind = title_kind;
                if matches!(kind, EventKind::Statement | EventKind::Other) {
                    // The title may have lost the event word: ask the whole sentence.
                    if whole_kind != EventKind::Other {
                        kind = whole_kind;
                    }
                }
                if statistic {
                    kind = EventKind::Statistic;
                } else if day_incident && matches!(kind, EventKind::Statement | EventKind::Other) {
                    kind = EventKind::Attack;
                }
                let vague = !a
                    .text
                    .get(timex.clone())
                    .is_some_and(|t| t.bytes().any(|b| b.is_ascii_digit()));
                // "Sunday night", "on 28 November": a day named, not counted back from
                // the telling ("last night", "overnight"); and whether it is a night's.
                let named_day = a.text.get(timex.clone()).and_then(|t| {
                    let words = || t.split(|c: char| !c.is_ascii_alphabetic());
                    let weekday = || {
                        words().any(|w| {
                            super::dating::WEEKDAY_NAMES
                                .iter()
                                .any(|d| w.eq_ignore_ascii_case(d))
                        })
                    };
                    let night = || {
                        words().any(|w| {
                            let n = w.len();
                            n >= 5 && w[n - 5..].eq_ignore_ascii_case("night")
                                || w.eq_ignore_ascii_case("evening")
                                || w.eq_ignore_ascii_case("late")
                        })
                    };
                    (!vague || weekday()).then(night)
                });
                // "Strikes hit the depots on Sunday, hours after a boat bomb wounded four
                // sailors": a response dated with what it answers tells that too, and so
                // does a happening told as following another's harm ("missiles struck
                // the base after the army killed a general"). "…, which led to
                // retaliatory strikes": a response told after its harm is one of its own.
                let answered_from = if response {
                    answered_part(toks, &timex)
                } else {
                    recalled_harm_part(toks, &timex)
                };
                let reply_from = if response {
                    None
                } else {
                    reply_part(toks, &timex, &here)
                };
                for (from, part_of, site) in [
                    answered_from.map(|f| (f, Part::Answered, SITE_ANSWERED)),
                    reply_from.map(|f| (f, Part::Reply, SITE_REPLY)),
                ]
                .into_iter()
                .flatten()
                {
                    let reply = part_of == Part::Reply;
                    let made = memo.get_or_make(
                        a.text,
                        range.clone(),
                        site,
                        from,
                        None,
                        &[],
                        &resolve,
                        |resolve| titled_part(a.text, &toks[from..], None, reply, resolve),
                    );
                    // A part whose headline is the statement's own tells nothing more
                    // ("The death comes years after troops killed Y" is titled from Y).
                    if made.title.is_empty() || made.title == title {
                        continue;
                    }
                    // "met commanders on Monday, a day after militants killed nine":
                    // the harm after the offset is of the day it counts back to.
                    // (The date is the main clause's, written before the offset: not
                    // one inside the part, "five days after jets hit 85 targets on
                    // Feb. 2".)
                    let main_clause_date = toks
                        .get(from.saturating_sub(1))
                        .is_some_and(|t| timex.end <= t.range.start);
                    let part_date = if part_of == Part::Answered && main_clause_date {
                        from.checked_sub(1)
                            .and_then(|after| {
                                crate::extract::incident_dating::days_back_at(toks, after)
                            })
                            .and_then(|n| {
                                crate::timeval::parse_day(&date)
                                    .filter(|_| is_day(&date))
                                    .map(|d| {
                                        (d - chrono::Days::new(n)).format("%Y-%m-%d").to_string()
                                    })
                            })
                            .unwrap_or_else(|| date.clone())
                    } else {
                        date.clone()
                    };
                    protos.push(Proto {
                        info,
                        response: reply,
                        day_incident,
                        vague,
                        date: part_date,
                        timex: timex.clone(),
                        kind: if made.kind == EventKind::Other {
                            kind
                        } else {
                            made.kind
                        },
                        title_kind: made.kind,
                        title: made.title,
                        told: made.told,
                        part: part_of,
                        apart,
                        named_day,
                    });
                }
                protos.push(Proto {
                    info,
                    response,
                    day_incident,
                    vague,
                    date,
                    timex,
                    kind,
                    title_kind,
                    title,
                    told,
                    part: Part::Whole,
                    apart,
                    named_day,
                });
            }
        }
    }
    // Term weights per component of related articles: another story's sentences never
    // make this story's words rarer or commoner.
    let comps = related.components();
    for info in &mut infos {
        info.comp = comps[info.art];
    }
    let weights = LocalWeights::new(vocab_len, infos.iter().map(|i| (i.terms, i.comp)));
    for info in &mut infos {
        info.norm = weights.norm(info.terms, info.comp);
    }
    let mut groups: Vec<Group> = Vec::new();
    // Groups by the year their date starts with: only those can share, nest or neighbour
    // a statement's date, so a text of thousands of dates stays near linear.
    let mut by_year: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (pi, p) in protos.iter().enumerate() {
        let terms = infos[p.info].terms;
        let same_year: &[usize] = by_year.get(year_of(&p.date)).map_or(&[], Vec::as_slice);
        let best = same_year
            .iter()
            .map(|&gi| (gi, &groups[gi]))
            .filter(|(_, g)| compatible(g.kind, p.kind))
            // A response (retaliatory strikes) is a happening of its own, and so is
            // each part of one sentence.
            .filter(|(_, g)| g.response == p.response && !holds_other_part(g, p, &protos))
            .filter(|(_, g)| !p.apart || g.arts.binary_search(&infos[p.info].art).is_err())
            .filter_map(|(gi, g)| {
                // How the dates relate decides which test applies; with none of these
                // relations the statement cannot join, so its similarity is not needed.
                let relation = if same_date(&g.date, &p.date) {
                    DateRelation::Same
                } else if p.day_incident && g.incident && adjacent_days(&g.date, &p.date) {
                    DateRelation::AdjacentDays
                } else if nested(&g.date, &p.date) && kinds_agree(g.title_kind, p.title_kind) {
                    DateRelation::Nested
                } else {
                    return None;
                };
                let sim = group_cosine(&weights, &infos[p.info], g);
                // Told by this article or by a report of the same news: unrelated
                // reports share an event only by saying much the same about it.
                let art = infos[p.info].art;
                let kin = || g.arts.iter().any(|&a| related.related(art, a));
                // A background happening another report names alike (not this
                // article's own incident).
                let named_alike = || {
                    g.title_kind == p.title_kind
                        && !p.day_incident
                        && !g.incident
                        && g.arts.binary_search(&art).is_err()
                        && g.titles
                            .iter()
                            .any(|&q| titles_agree(&protos[q].title, &p.title))
                };
                // A background happening a related report recalls in its own words,
                // with a headline that echoes this one's (the same place, or the same
                // happening word and named party: [`echo::titles_echo`]).
                let echoed = || {
                    sim >= TAU_ECHO
                        && kinds_agree(g.title_kind, p.title_kind)
                        && !p.day_incident
                        && !g.incident
                        && g.arts.binary_search(&art).is_err()
                        && kin()
                        && g.titles
                            .iter()
                            .any(|&q| echo::titles_echo(&protos[q].title, &p.title))
                };
                let ok = match relation {
                    // A shared day is strong evidence; a shared year or month is not.
                    DateRelation::Same => {
                        sim >= TAU_DATED
                            && (is_day(&p.date)
                                || (sim >= TAU_NESTED || kin())
                                    && kinds_agree(g.title_kind, p.title_kind))
                            // Reports of the same news telling a change of territory or a
                            // war in the same period tell the same one, in any words.
                            || same_lane_kind(g.title_kind, p.title_kind) && kin()
                            || p.day_incident && g.incident && (sim >= TAU_SAME_DAY || kin())
                            || named_alike()
                            || echoed()
                    }
                    // One overnight incident dated by local and by US time, or
                    // "last night" in a statement of the next day.
                    // Not when the two count other victims.
                    DateRelation::AdjacentDays => {
                        sim >= TAU_ADJACENT
                            && kin()
                            && !figures_differ(&infos[p.info].figures, &{
                                let mut f: Vec<(Who, Outcome, u32)> = g
                                    .mentions
                                    .iter()
                                    .flat_map(|&m| infos[m].figures.iter().copied())
                                    .collect();
                                f.sort_unstable();
                                f
                            })
                    }
                    // A vague coarse re-telling ("last year") of a related report's
                    // happening needs less in common than two precise dates.
                    // With kinds that only agree (one told without an event word:
                    // "It was finally crushed at Baghouz five years later"), only the
                    // vague re-telling.
                    // Or a background happening named alike by another report ("the
                    // Hamas attack on Israel in October 2023", "Hamas's October 7,
                    // 2023 attack"): the same kind, and headlines that say the same.
                    DateRelation::Nested => {
                        sim >= TAU_NESTED && g.title_kind == p.title_kind
                            || sim >= TAU_NESTED_VAGUE
                                && kin()
                                && g.arts.binary_search(&art).is_err()
                                && coarse_vague(p, g, &protos)
                            || named_alike()
                            || echoed()
                    }
                };
                ok.then_some((gi, sim))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((gi, _)) => {
                let g = &mut groups[gi];
                g.dates.push(p.date.clone());
                if p.date.len() > g.date.len() {
                    // The merged date is the most specific one.
                    g.date = p.date.clone();
                }
                g.protos.push(pi);
                if g.titles.len() < MAX_GROUP_TITLES
                    && g.titles.iter().all(|&q| protos[q].title != p.title)
                {
                    g.titles.push(pi);
                }
                g.mentions.insert(p.info);
                let art = infos[p.info].art;
                if let Err(at) = g.arts.binary_search(&art) {
                    g.arts.insert(at, art);
                }
                if !is_subset(terms, &g.terms) {
                    g.terms = union(&g.terms, terms);
                    g.norm = weights.norm(&g.terms, g.comp);
                }
                g.incident |= p.day_incident;
            }
            None => {
                by_year
                    .entry(year_of(&p.date).to_string())
                    .or_default()
                    .push(groups.len());
                groups.push(Group {
                    dates: vec![p.date.clone()],
                    date: p.date.clone(),
                    protos: vec![pi],
                    mentions: BTreeSet::from([p.info]),
                    arts: vec![infos[p.info].art],
                    terms: terms.clone(),
                    comp: infos[p.info].comp,
                    norm: infos[p.info].norm,
                    incident: p.day_incident,
                    response: p.response,
                    kind: p.kind,
                    title_kind: p.title_kind,
                    titles: vec![pi],
                });
            }
        }
    }
    for g in &mut groups {
        if is_day(&g.date) {
            g.date = majority_day(&g.dates, &g.date);
        }
    }
    // A sentence can state two events: "took over on Oct. 31, 2019, just days after
    // al-Baghdadi died" also tells the 2019 death told elsewhere.
    let mut extra: Vec<(usize, usize)> = Vec::new();
    for p in &protos {
        let info = &infos[p.info];
        let same_year: &[usize] = by_year.get(year_of(&p.date)).map_or(&[], Vec::as_slice);
        for (gi, g) in same_year.iter().map(|&gi| (gi, &groups[gi])) {
            // The cheap date tests first, then the mention look-up, then similarity.
            if g.date.len() < p.date.len()
                && nested(&g.date, &p.date)
                && !g.mentions.contains(&p.info)
                && group_cosine(&weights, info, g) >= TAU_NESTED
            {
                extra.push((gi, p.info));
            }
        }
    }
    for (gi, ii) in extra {
        groups[gi].mentions.insert(ii);
    }
    // The figures each article dates to a day (its incident's victims, wherever the
    // article counts them): a day-dated incident's, before its undated sentences join.
    let mut day_figures: DayFigures = HashMap::new();
    for (ai, a) in articles.iter().enumerate() {
        for f in a.figures.iter().filter(|f| f.count > 0) {
            if let Some(d) = f.incident_date.as_deref().filter(|d| is_day(d)) {
                day_figures
                    .entry((ai, d))
                    .or_default()
                    .push((f.group, f.outcome, f.count));
            }
        }
    }
    merge_told_twice(
        &mut groups,
        &weights,
        &related,
        &protos,
        &infos,
        &day_figures,
    );
    attach_undated(&infos, &protos, &mut groups, &weights, &related);
    merge_same_day(&mut groups, &weights, &infos);
    merge_replies(&mut groups, &protos, &weights);
    let actors = (all_actors.as_slice(), fallback.as_slice());
    let mut built = render(articles, &infos, &protos, &groups, actors, &mut memo);
    // Articles whose dates cannot be placed still tell their incidents, undated.
    undated::add(articles, &all_actors, &fallback, &mut built);
    built
}

/// True when the coarser of statement `p` and group `g` (dates nested) is told only
/// in vague words ("last year", "earlier this month").
fn coarse_vague(p: &Proto, g: &Group, protos: &[Proto]) -> bool {
    if p.date.len() < g.date.len() {
        p.vague
    } else {
        g.protos.iter().all(|&q| protos[q].vague)
    }
}

/// How alike a sentence and a group are, under the weights of the sentence's
/// component (the group's length measured there too when it began elsewhere).
fn group_cosine(weights: &LocalWeights, info: &Info, g: &Group) -> f64 {
    let norm = if g.comp == info.comp {
        g.norm
    } else {
        weights.norm(&g.terms, info.comp)
    };
    weights.cosine_normed(info.terms, info.norm, &g.terms, norm, info.comp)
}

/// How alike two groups are: under their component's weights, or for groups of two
/// components the lesser of the similarities under each (symmetric, and each
/// measured by the statistics of stories that tell one of them).
fn groups_cosine(weights: &LocalWeights, a: &Group, b: &Group) -> f64 {
    if a.comp == b.comp {
        return weights.cosine_normed(&a.terms, a.norm, &b.terms, b.norm, a.comp);
    }
    let under = |c: usize| {
        let (na, nb) = (weights.norm(&a.terms, c), weights.norm(&b.terms, c));
        weights.cosine_normed(&a.terms, na, &b.terms, nb, c)
    };
    under(a.comp).min(under(b.comp))
}

/// Least similarity of two whole events (all their statements' terms) for the one
/// told at a finer date to take in the one told at a coarser date.
const TAU_GROUPS: f64 = 0.12;

/// Least similarity for a war's start to be the attack that started it, in any reports.
const TAU_WAR_START: f64 = 0.08;

/// Likeness a change of territory or a war told in its year needs with a change of
/// territory or a war told in a month or day of that year by a related report, to be
/// that one
/// ([`merge_told_twice`]).
const TAU_SAME_LANE_NESTED: f64 = 0.2;

/// True for the kinds of the conflict and casualty lanes, which one happening can be
/// told as (a war's start told as its first attack).
fn conflict_kind(k: EventKind) -> bool {
    matches!(
        k,
        EventKind::Attack | EventKind::Casualties | EventKind::War | EventKind::Territorial
    )
}

/// How the dates of two events relate for [`merge_told_twice`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Telling {
    /// Incident days one apart (local and US time, "last night").
    NextDay,
    /// One date inside the other (`2024-W35` and `2024-08-29`).
    Inside,
    /// The same period, both told as a change of territory or as a war.
    SamePeriod,
}

/// How the dates of events `a` and `b` relate, and whether `a` is the one to keep (the
/// finer date, or on neighbouring days the one told more often); ranges (campaigns)
/// hold no single happening.
fn telling_of(a: &Group, b: &Group) -> Option<(Telling, bool)> {
    if a.incident && b.incident && adjacent_days(&a.date, &b.date) {
        return Some((Telling::NextDay, a.protos.len() >= b.protos.len()));
    }
    if a.date.contains('/') || b.date.contains('/') {
        return None;
    }
    if same_date(&a.date, &b.date) {
        let same = !is_day(&a.date) && same_lane_kind(a.title_kind, b.title_kind);
        return same.then_some((Telling::SamePeriod, a.protos.len() >= b.protos.len()));
    }
    let (x, y) = (
        crate::timeval::parse(&a.date)?,
        crate::timeval::parse(&b.date)?,
    );
    let inside = |f: &crate::timeval::Interval, c: &crate::timeval::Interval| {
        c.start <= f.start && f.end <= c.end && c.days() > f.days()
    };
    if inside(&x, &y) {
        Some((Telling::Inside, true))
    } else if inside(&y, &x) {
        Some((Telling::Inside, false))
    } else {
        None
    }
}

/// True when a title tells a war's start ("Start of the war", "War breaks out").
fn tells_start(title: &str) -> bool {
    let t = title.to_lowercase();
    [
        "start",
        "outbreak",
        "breaks out",
        "begins",
        "erupts",
        "broke out",
        "began",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// The figures each article dates to a day: (article, day) → who, outcome, count.
type DayFigures<'a> = HashMap<(usize, &'a str), Vec<(Who, Outcome, u32)>>;

/// One happening told at two granularities or on two neighbouring days is one event:
/// - incidents of related reports on neighbouring days (local and US time);
/// - territorial or war events of related reports in the same period ("the group was
///   largely defeated in 2019", "its territorial state collapsed in 2019");
/// - conflict-lane events of related reports whose dates nest, the coarser told only
///   in vague words ("earlier this week" and "Thursday") and with a casualty figure the
///   finer states too, and that have much in common;
/// - a war's start told in a month and a day-dated attack inside it that shares its
///   names ("the start of the war in October", "the Oct. 7 attack"), in any reports.
///
/// Reports are related by their words ([`Affinity`]) or by telling one day-dated
/// incident. The finer (or more often told) event takes in the other.
fn merge_told_twice(
    groups: &mut Vec<Group>,
    weights: &LocalWeights,
    related: &Affinity,
    protos: &[Proto],
    infos: &[Info],
    day_figures: &DayFigures,
) {
    // Per event: the figures it states, the term classes of its articles (copies of
    // one report are one class) and the day-dated incidents its articles tell; kept
    // up to date as events merge, so each pair costs little.
    let figures_of = |g: &Group| -> Vec<(Who, Outcome, u32)> {
        let mut f: Vec<(Who, Outcome, u32)> = g
            .mentions
            .iter()
            .flat_map(|&m| infos[m].figures.iter().copied())
            .collect();
        f.sort_unstable();
        f.dedup();
        f
    };
    let sorted_union = |a: &[usize], b: &[usize]| -> Vec<usize> {
        let mut u: Vec<usize> = a.iter().chain(b).copied().collect();
        u.sort_unstable();
        u.dedup();
        u
    };
    let mut incidents_of_art: HashMap<usize, Vec<usize>> = HashMap::new();
    for (gi, g) in groups.iter().enumerate() {
        if g.incident && is_day(&g.date) {
            for &a in &g.arts {
                incidents_of_art.entry(a).or_default().push(gi);
            }
        }
    }
    let mut figures: Vec<Vec<(Who, Outcome, u32)>> = groups.iter().map(figures_of).collect();
    let mut classes: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let c: Vec<usize> = g.arts.iter().map(|&a| related.class[a]).collect();
            sorted_union(&c, &[])
        })
        .collect();
    let mut told: Vec<Vec<usize>> = groups
        .iter()
        .map(|g| {
            let t: Vec<usize> = g
                .arts
                .iter()
                .flat_map(|a| incidents_of_art.get(a).into_iter().flatten().copied())
                .collect();
            sorted_union(&t, &[])
        })
        .collect();
    let mut alive = vec![true; groups.len()];
    for a in 0..groups.len() {
        for b in a + 1..groups.len() {
            if !alive[a] || !alive[b] {
                continue;
            }
            let (ga, gb) = (&groups[a], &groups[b]);
            if year_of(&ga.date) != year_of(&gb.date) {
                continue;
            }
            if !conflict_kind(ga.kind) || !conflict_kind(gb.kind) || ga.response != gb.response {
                continue;
            }
            // An event told apart by its article stays apart from that article's
            // others.
            let apart = |g: &Group| g.protos.iter().any(|&q| protos[q].apart);
            if (apart(ga) || apart(gb)) && ga.arts.iter().any(|a| gb.arts.binary_search(a).is_ok())
            {
                continue;
            }
            let Some((telling, a_keeps)) = telling_of(ga, gb) else {
                continue;
            };
            // Related by their words, or both telling one day-dated incident.
            let kin = || {
                shares_any(&told[a], &told[b])
                    || classes[a]
                        .iter()
                        .any(|&x| classes[b].iter().any(|&y| related.related_class(x, y)))
            };
            let sim = || groups_cosine(weights, ga, gb);
            let (fine, coarse) = if a_keeps { (ga, gb) } else { (gb, ga) };
            let war_start = telling == Telling::Inside
                && is_day(&fine.date)
                && coarse.kind == EventKind::War
                && coarse.protos.iter().any(|&q| tells_start(&protos[q].title));
            // A coarse date re-tells only when it is vague ("earlier this week", "last
            // year"); "in April 2023" dates a happening of its own.
            let vague = coarse.protos.iter().all(|&q| protos[q].vague);
            // …and states a figure the finer event states too (the same dead, the same
            // wounded): "earlier this month" may well tell another attack.
            let shared_figures = || {
                let (f, c) = if a_keeps { (a, b) } else { (b, a) };
                figures[c]
                    .iter()
                    .filter(|x| counts_same(x, &figures[f]))
                    .count()
            };
            let same_figures = || shared_figures() > 0;
            // The figures a coarse re-telling shares with a day-dated incident, counting
            // those the incident's articles date to its day in sentences that have
            // not joined it yet ("Eight U.S. service members were treated …" after
            // "On Friday, a drone struck the base").
            let shared_with_day = || {
                let (f, c) = if a_keeps { (a, b) } else { (b, a) };
                let fine = &groups[f];
                let mut day: Vec<(Who, Outcome, u32)> = fine
                    .arts
                    .iter()
                    .filter(|_| fine.incident && is_day(&fine.date))
                    .flat_map(|&x| {
                        day_figures
                            .get(&(x, fine.date.as_str()))
                            .into_iter()
                            .flatten()
                    })
                    .copied()
                    .collect();
                day.extend_from_slice(&figures[f]);
                figures[c].iter().filter(|x| counts_same(x, &day)).count()
            };
            // Headlines of the two that say the same (of lane kinds only: a change of
            // territory or a war).
            let headlines_agree = || {
                lane_kind(ga.title_kind)
                    && ga.title_kind == gb.title_kind
                    && ga.titles.iter().any(|&p| {
                        gb.titles
                            .iter()
                            .any(|&q| stems_agree(&protos[p].title, &protos[q].title))
                    })
            };
            let merge = match telling {
                // Unrelated reports telling a change of territory or a war in the
                // same period in much the same headline ("Iraq declares ISIS defeated",
                // "Iraq declares victory over ISIS") tell one.
                Telling::SamePeriod => kin() || headlines_agree(),
                // Unrelated reports of neighbouring days tell one incident when they
                // count the same dead or wounded and share its terms.
                // Neither counts other victims than the other: an attack on Tuesday
                // that killed 56 and a crash on Wednesday that killed 176 are two.
                // One report that tells both, each on a day of its own ("On Sunday
                // night, militants tried to storm a post … Monday night's attack"),
                // tells two nights.
                Telling::NextDay => {
                    !one_report_tells_both(ga, gb, protos, infos)
                        && !figures_differ(&figures[a], &figures[b])
                        && (kin() || same_figures() && sim() >= TAU_ADJACENT)
                }
                // Another story recalling the incident ("the last deadly attack, in
                // March, killed one Briton and two Americans") counts the same two
                // groups of victims or more.
                // "Iraq declared ISIL defeated in 2017" and "declared victory over IS in
                // December 2017": a change of territory or a war told in its year by
                // one report and in its month by a related one, in much the same words.
                // So does one that counts the same many dead or wounded of one side
                // ("In January, militants stormed an army post and killed 11 soldiers").
                Telling::Inside => {
                    vague
                        && sim() >= TAU_GROUPS
                        && (kin() && shared_with_day() > 0
                            || shared_figures() >= 2
                            || shares_telling_figure(&figures[a], &figures[b]))
                        || war_start && sim() >= TAU_WAR_START
                        || lane_kind(fine.title_kind)
                            && lane_kind(coarse.title_kind)
                            && coarse.date.len() == 4
                            && (kin() && sim() >= TAU_SAME_LANE_NESTED || headlines_agree())
                }
            };
            if !merge {
                continue;
            }
            let (keep, gone) = if a_keeps { (a, b) } else { (b, a) };
            let taken = std::mem::replace(&mut groups[gone], Group::empty());
            alive[gone] = false;
            let g = &mut groups[keep];
            g.incident |= taken.incident;
            g.absorb(taken, weights);
            if is_day(&g.date) {
                g.date = majority_day(&g.dates, &g.date);
            }
            classes[keep] = sorted_union(&classes[keep], &classes[gone]);
            told[keep] = sorted_union(&told[keep], &told[gone]);
            let mut f = std::mem::take(&mut figures[gone]);
            f.extend_from_slice(&figures[keep]);
            f.sort_unstable();
            f.dedup();
            figures[keep] = f;
        }
    }
    let mut n = 0;
    groups.retain(|_| {
        n += 1;
        alive[n - 1]
    });
}

/// True when `list` holds figure `x`: the same outcome and count, of the same group,
/// or of any group when two or more people are counted. Reports in their own words
/// name the victims apart ("five SDF fighters", "five fighters", "five members of the
/// guard"), and one report's figure may be placed in another group than the other's;
/// the same several dead or wounded are the same victims whoever they are said to be,
/// for a coarse vague re-telling of an incident ([`merge_told_twice`]), which has much
/// else in common with it. Two incidents of one day ([`same_victims`]) still need the
/// same group: two places can each lose three men that day.
fn counts_same(x: &(Who, Outcome, u32), list: &[(Who, Outcome, u32)]) -> bool {
    list.iter()
        .any(|y| y.1 == x.1 && y.2 == x.2 && (y.0 == x.0 || x.2 >= 2))
}

/// The fewest people a figure counts for it alone to tell two events apart from
/// other incidents of the same month: one contractor or two guards are common, eleven
/// soldiers of one side are one incident.
const TELLING_COUNT: u32 = 5;

/// True when two events share a figure of [`TELLING_COUNT`] or more people of the
/// same side with the same outcome.
fn shares_telling_figure(a: &[(Who, Outcome, u32)], b: &[(Who, Outcome, u32)]) -> bool {
    a.iter()
        .any(|x| x.2 >= TELLING_COUNT && b.binary_search(x).is_ok())
}

/// True when two events both count victims and no count of one is the other's
/// ([`counts_same`]): told on neighbouring days, they are two incidents, not one told
/// by local and by US time.
/// True when one report tells both incidents, each on a day it names, both nights or
/// both days ("On Sunday night, militants tried to storm a post …", "an attack on
/// Monday night"): it tells two happenings, not one told by two reports in two time
/// zones. A night and the next
/// day ("the Thursday night blast" … "died March 30") may be one happening told across
/// midnight, and so may a day counted back from the telling ("last night").
fn one_report_tells_both(a: &Group, b: &Group, protos: &[Proto], infos: &[Info]) -> bool {
    let nights = |g: &Group, x: usize| -> Vec<bool> {
        g.protos
            .iter()
            .filter(|&&q| infos[protos[q].info].art == x && protos[q].date == g.date)
            .filter_map(|&q| protos[q].named_day)
            .collect()
    };
    a.incident
        && b.incident
        && a.arts.iter().any(|&x| {
            b.arts.binary_search(&x).is_ok() && {
                let (na, nb) = (nights(a, x), nights(b, x));
                na.iter().any(|n| nb.contains(n))
            }
        })
}

fn figures_differ(a: &[(Who, Outcome, u32)], b: &[(Who, Outcome, u32)]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| counts_same(x, b))
}

/// The same victims counted by two sorted figure lists: one shared figure of two or
/// more people, or two shared figures ("one contractor killed" alone is common).
fn same_victims(a: &[(Who, Outcome, u32)], b: &[(Who, Outcome, u32)]) -> bool {
    let shared: Vec<&(Who, Outcome, u32)> =
        a.iter().filter(|x| b.binary_search(x).is_ok()).collect();
    shared.len() >= 2 || shared.iter().any(|x| x.2 >= 2)
}

/// One day's incident told by reports in other words ("the names of three soldiers
/// killed in a drone attack", "the drone struck near the barracks") can form two
/// events of that day when their dated sentences share few terms. Once the undated
/// sentences have joined, two incident events of the same day that count the same
/// victims ([`same_victims`]) and share terms are one; the one told more often keeps
/// the other. Responses stay apart from what they answer.
fn merge_same_day(groups: &mut Vec<Group>, weights: &LocalWeights, infos: &[Info]) {
    let mut by_day: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (gi, g) in groups.iter().enumerate() {
        if g.incident && is_day(&g.date) && conflict_kind(g.kind) {
            by_day.entry(g.date.as_str()).or_default().push(gi);
        }
    }
    let figures_of = |g: &Group| -> Vec<(Who, Outcome, u32)> {
        let mut f: Vec<(Who, Outcome, u32)> = g
            .mentions
            .iter()
            .flat_map(|&m| infos[m].figures.iter().copied())
            .collect();
        f.sort_unstable();
        f.dedup();
        f
    };
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for day in by_day.values().filter(|d| d.len() > 1) {
        let figures: Vec<Vec<(Who, Outcome, u32)>> =
            day.iter().map(|&gi| figures_of(&groups[gi])).collect();
        let mut gone = vec![false; day.len()];
        for x in 0..day.len() {
            for y in x + 1..day.len() {
                if gone[x] || gone[y] {
                    continue;
                }
                let (a, b) = (&groups[day[x]], &groups[day[y]]);
                if a.response != b.response
                    || !same_victims(&figures[x], &figures[y])
                    || groups_cosine(weights, a, b) < TAU_SAME_DAY
                {
                    continue;
                }
                let (keep, drop) = if a.protos.len() >= b.protos.len() {
                    (x, y)
                } else {
                    (y, x)
                };
                gone[drop] = true;
                pairs.push((day[keep], day[drop]));
            }
        }
    }
    if pairs.is_empty() {
        return;
    }
    let mut alive = vec![true; groups.len()];
    for (keep, drop) in pairs {
        // A group kept in one pair may be dropped in none other (each day's pairs
        // drop distinct groups, and a dropped group keeps nothing).
        let taken = std::mem::replace(&mut groups[drop], Group::empty());
        alive[drop] = false;
        groups[keep].absorb(taken, weights);
    }
    let mut n = 0;
    groups.retain(|_| {
        n += 1;
        alive[n - 1]
    });
}

/// Responses told after the harm they answer ("…, which led to retaliatory strikes"
/// in one report, "…, and the army responded with shelling" in another) share few
/// words, yet answer one happening: two response groups whose sentences' harm is one
/// event, at the same or nested dates, are one response (the more specific date wins).
fn merge_replies(groups: &mut Vec<Group>, protos: &[Proto], weights: &LocalWeights) {
    // The event that holds each sentence's own happening.
    let mut whole_of: HashMap<usize, usize> = HashMap::new();
    let mut replies: Vec<usize> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        for &q in &g.protos {
            match protos[q].part {
                Part::Whole => {
                    whole_of.entry(protos[q].info).or_insert(gi);
                }
                Part::Reply => {
                    if replies.last() != Some(&gi) {
                        replies.push(gi);
                    }
                }
                Part::Answered => {}
            }
        }
    }
    if replies.len() < 2 {
        return;
    }
    let answers = |g: &Group| -> Vec<usize> {
        let mut a: Vec<usize> = g
            .protos
            .iter()
            .filter(|&&q| protos[q].part == Part::Reply)
            .filter_map(|&q| whole_of.get(&protos[q].info).copied())
            .collect();
        a.sort_unstable();
        a.dedup();
        a
    };
    let answered: Vec<Vec<usize>> = replies.iter().map(|&gi| answers(&groups[gi])).collect();
    let mut alive = vec![true; groups.len()];
    for x in 0..replies.len() {
        for y in x + 1..replies.len() {
            let (a, b) = (replies[x], replies[y]);
            if !alive[a] || !alive[b] || !shares_any(&answered[x], &answered[y]) {
                continue;
            }
            let (da, db) = (&groups[a].date, &groups[b].date);
            if !(same_date(da, db) || nested(da, db)) {
                continue;
            }
            let (keep, gone) = if db.len() > da.len() { (b, a) } else { (a, b) };
            let taken = std::mem::replace(&mut groups[gone], Group::empty());
            alive[gone] = false;
            groups[keep].absorb(taken, weights);
        }
    }
    let mut n = 0;
    groups.retain(|_| {
        n += 1;
        alive[n - 1]
    });
}

/// `title` cut to at most `room` characters at a word's end ("… al-Baghdadi", never
/// "… al-Baghdad").
fn cut_at_word(title: &str, room: usize) -> &str {
    let Some((end, _)) = title.char_indices().nth(room) else {
        return title.trim_end();
    };
    let head = &title[..end];
    if title[end..].starts_with(' ') {
        return head.trim_end();
    }
    head.rfind(' ').map_or(head, |sp| head[..sp].trim_end())
}

/// True when two sorted lists share an element.
fn shares_any(a: &[usize], b: &[usize]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

impl Group {
    /// Takes in the statements, mentions, articles and terms of a group merged into
    /// this one (its date and flags are the caller's to settle).
    fn absorb(&mut self, taken: Group, weights: &LocalWeights) {
        for t in taken.titles {
            if self.titles.len() < MAX_GROUP_TITLES && !self.titles.contains(&t) {
                self.titles.push(t);
            }
        }
        self.dates.extend(taken.dates);
        self.protos.extend(taken.protos);
        self.mentions.extend(taken.mentions);
        for art in taken.arts {
            if let Err(at) = self.arts.binary_search(&art) {
                self.arts.insert(at, art);
            }
        }
        self.terms = union(&self.terms, &taken.terms);
        self.norm = weights.norm(&self.terms, self.comp);
    }

    /// A group with nothing in it (what a merged group leaves behind).
    fn empty() -> Self {
        Group {
            date: String::new(),
            dates: Vec::new(),
            protos: Vec::new(),
            mentions: BTreeSet::new(),
            arts: Vec::new(),
            terms: Vec::new(),
            comp: 0,
            norm: 0.0,
            incident: false,
            response: false,
            kind: EventKind::Other,
            title_kind: EventKind::Other,
            titles: Vec::new(),
        }
    }
}

/// The organisation a stand-in (`head` at byte `at` of article `art`) points back to:
/// one the article named before it, else, for "the group" and the like (not a
/// pronoun), the main organisation of a related report.
fn resolve_in(
    actors: &[actors::Actors],
    fallback: &[Option<String>],
    art: usize,
    at: usize,
    head: &str,
) -> Option<String> {
    actors[art].resolve(at, head).or_else(|| {
        if matches!(head, "it" | "they" | "he" | "she") {
            None
        } else {
            fallback[art].clone()
        }
    })
}

/// Where the happening a response answers is told in its sentence: the words after
/// "after" or "following" (past the date) when an incident or casualty word follows
/// within sixteen words.
fn answered_part(toks: &[Token], timex: &Range<usize>) -> Option<usize> {
    let at = toks.iter().position(|t| {
        t.is_word
            && matches!(t.norm.as_str(), "after" | "following")
            && (t.range.start >= timex.end || t.range.end <= timex.start)
    })?;
    let told = toks[at + 1..].iter().take(16).any(|t| {
        kind::is_incident_noun(&t.norm)
            || matches!(
                t.norm.as_str(),
                "killed" | "wounded" | "injured" | "wounding" | "killing"
            )
    });
    // "Eleven troops dead after gunmen raid the post" tells one happening, its
    // casualties before "after": nothing before it may tell harm.
    let harm_before = toks[..at].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "killed" | "dead" | "died" | "wounded" | "injured" | "hurt" | "kills" | "wounds"
        )
    });
    (told && !harm_before && at + 3 < toks.len()).then_some(at + 1)
}

/// Headline verbs of holding a place or people, and how their end is told: "occupies"
/// → "ends its occupation of" (singular subject) / "end their occupation of".
const HELD_STATES: [(&str, &str, &str); 6] = [
    ("occupies", "occupy", "occupation of"),
    ("rules", "rule", "rule over"),
    ("controls", "control", "control of"),
    ("holds", "hold", "hold on"),
    ("besieges", "besiege", "siege of"),
    ("blockades", "blockade", "blockade of"),
];

/// The headline of a state's end when the statement's date is introduced by "until"
/// ("Kandor occupied a strip of the south until May 2000" → "Kandor ends its
/// occupation of a strip of the south"): the date tells when the holding ended, not
/// a happening of holding. `None` for any other date or verb.
fn ended_state(toks: &[Token], timex: &Range<usize>, title: &str) -> Option<String> {
    let at = toks.iter().position(|t| t.range.start >= timex.start)?;
    let before = toks[..at].iter().rev().find(|t| t.is_word)?;
    if !matches!(before.norm.as_str(), "until" | "till") {
        return None;
    }
    let words: Vec<&str> = title.split(' ').collect();
    let (k, ended) = words.iter().enumerate().skip(1).find_map(|(k, w)| {
        HELD_STATES.iter().find_map(|(one, many, noun)| {
            if w == one {
                Some((k, format!("ends its {noun}")))
            } else if w == many {
                Some((k, format!("end their {noun}")))
            } else {
                None
            }
        })
    })?;
    let mut rest: Vec<&str> = words[k + 1..].to_vec();
    // "control of the city" not "control of of"; "hold on" takes its object.
    if matches!(rest.first(), Some(&"of" | &"over" | &"on")) {
        rest.remove(0);
    }
    let out = format!("{} {ended} {}", words[..k].join(" "), rest.join(" "));
    Some(out.trim_end().to_string())
}

/// Where an event phrase that the statement's date sits in begins: "after the Hamas
/// attack on Israel in October 2023", "before the 2003 invasion" — a noun phrase of a
/// happening (an incident, a war, a vote) right after "after", "before" or
/// "following", with no verb or clause mark between it and the date. The date is that
/// happening's, not the main clause's ("launched a campaign after the attack in
/// October" does not date the campaign).
fn dated_event_phrase(toks: &[Token], timex: &Range<usize>) -> Option<usize> {
    let at = toks.iter().position(|t| t.range.start >= timex.start)?;
    let mut q = None;
    for k in (at.saturating_sub(10)..at).rev() {
        let t = &toks[k];
        if !t.is_word {
            return None;
        }
        let w = t.norm.as_str();
        if matches!(w, "after" | "before" | "following") {
            q = Some(k);
            break;
        }
        let verb = verbs::is_past(w) && !w.ends_with("-led")
            || verbs::BE.contains(w)
            || verbs::HAVE.contains(w)
            || matches!(w, "when" | "that" | "which" | "who" | "where");
        if verb {
            return None;
        }
    }
    let q = q?;
    let phrase = &toks[q + 1..at];
    let kind = kind::classify_keys(phrase.iter().map(|t| t.norm.key()));
    (phrase.len() >= 2
        && !matches!(
            kind,
            EventKind::Other | EventKind::Statement | EventKind::Statistic
        ))
    .then_some(q + 1)
}

/// Words of a response that take what they answer after "to" or "for" ("in response
/// to", "in retaliation for", "retaliated for", "revenge for").
const ANSWERING_WORDS: WordSet<8> = WordSet::new([
    "response",
    "retaliation",
    "retaliated",
    "retaliate",
    "retaliating",
    "reprisal",
    "reprisals",
    "revenge",
]);

/// The clause a date stands in when a word `opens` accepts opens it within 24 tokens
/// before the date, with no comma, semicolon, colon, bracket or dash between: the
/// opener's index, the clause's tokens (opener to date, both excluded) and whether a
/// subject stands before its first past verb (one `verb` accepts at its index in the
/// clause). `None` with no such opener or no past verb.
fn clause_before_date<'t>(
    toks: &'t [Token],
    timex: &Range<usize>,
    opens: impl Fn(&str) -> bool,
    verb: impl Fn(&[Token], usize) -> bool,
) -> Option<(usize, &'t [Token], bool)> {
    let at = toks.iter().position(|t| t.range.start >= timex.start)?;
    let q = (at.saturating_sub(24)..at).rev().find_map(|k| {
        let t = &toks[k];
        if !t.is_word && matches!(t.punct(), Some(',' | ';' | ':' | '(' | '—' | '–')) {
            return Some(None);
        }
        opens(t.norm.as_str()).then_some(Some(k))
    })??;
    let clause = &toks[q + 1..at];
    let first_verb = clause
        .iter()
        .enumerate()
        .position(|(i, t)| t.is_word && verbs::is_past(&t.norm) && verb(clause, i))?;
    let subject = clause[..first_verb].iter().any(|t| {
        t.is_word && !matches!(t.norm.as_str(), "being" | "having" | "was" | "were" | "had")
    });
    Some((q, clause, subject))
}

/// Where the clause begins when the date stands in a clause of its own after "after"
/// or "following" — a subject, then its verb in the past — and what comes before it
/// names an incident and no harm ("The attack came hours after gunmen stormed the
/// prison on Thursday night"): two happenings, the date the clause's. `None` across a comma or
/// a semicolon, or when the clause has no subject of its own ("after being shot").
fn dated_after_clause(toks: &[Token], timex: &Range<usize>) -> Option<usize> {
    let (q, clause, subject) = clause_before_date(
        toks,
        timex,
        |w| matches!(w, "after" | "following"),
        |_, _| true,
    )?;
    // The incident named as a noun, with no harm of its own: "Nine dead after rebels
    // stormed the post" is one happening, and so is a toll that rose after a wounded
    // man died.
    let before = &toks[..q];
    let incident_before = before.iter().any(|t| {
        kind::is_incident_noun(&t.norm) || crate::extract::dating::INCIDENT_NOUNS.contains(&t.norm)
    }) && !before.iter().any(|t| HARM_WORDS.contains(&t.norm))
        && !clause
            .iter()
            .any(|t| matches!(t.norm.as_str(), "died" | "succumbed" | "perished"));
    (subject && incident_before).then_some(q + 1)
}

/// Where the clause begins when the date stands in a clause opened by "since" with a
/// subject and a past verb of its own ("the biggest blow to ISIS since its leader was
/// killed in a US raid in October 2019"): the date is that clause's happening, a
/// background event, not the ranking the sentence makes. `None` across a comma or a
/// semicolon, or with no subject ("since being freed").
fn dated_since_clause(toks: &[Token], timex: &Range<usize>) -> Option<usize> {
    let (q, _, subject) = clause_before_date(
        toks,
        timex,
        |w| w == "since",
        |clause, i| eventhood::is_verb(clause, i, &clause[i]),
    )?;
    // Only after a ranking ("… is the biggest blow since …"): other sentences are
    // titled from their own happening ("since the US invaded Iraq and toppled Saddam
    // in 2003" keeps its whole title).
    (subject && eventhood::is_ranking(toks, 0..q)).then_some(q + 1)
}

/// Where the happening a response answers begins when the statement's date sits in
/// it: "The strike came in response to the ambush on the convoy on Monday", "troops
/// retaliated for an attack that killed two guards last week". The date follows the
/// response word's "to"/"for" in the same clause (no `;`, `:`, dash, nor a comma
/// other than one opening a relative clause on the way) and the words between tell a
/// happening (an incident noun, a killing or a past verb): the date tells the answered happening, not the response.
/// `None` when the date comes before the response word ("Troops shelled the village
/// on Monday in response to the attack") or after the clause it opens ("In response
/// to the attack, troops shelled the village on Monday").
fn answered_dated_phrase(toks: &[Token], timex: &Range<usize>) -> Option<usize> {
    let at = toks.iter().position(|t| t.range.start >= timex.start)?;
    let mut from = None;
    for k in (0..at).rev() {
        let t = &toks[k];
        if !t.is_word {
            if matches!(t.punct(), Some(';' | ':' | '—' | '–' | '(' | ')')) {
                return None;
            }
            if t.is_punct(',') {
                // A comma ends the answered phrase's clause unless a relative or
                // participle clause of the answered happening follows it.
                let next = toks[k + 1..at].iter().find(|x| x.is_word);
                if next.is_none_or(|x| !matches!(x.norm.as_str(), "which" | "that" | "who")) {
                    return None;
                }
            }
            continue;
        }
        if matches!(t.norm.as_str(), "to" | "for")
            && k > 0
            && ANSWERING_WORDS.contains(&toks[k - 1].norm)
        {
            from = Some(k + 1);
            break;
        }
        if is_response_word(toks, k) {
            // A response word with no "to"/"for" object before the date.
            return None;
        }
    }
    let from = from?;
    let phrase = &toks[from..at];
    // An incident noun ("the ambush"), a killing, or a verb of its own ("a mine that
    // sank a boat").
    let happening = phrase.iter().any(|t| {
        t.is_word
            && (kind::is_incident_noun(&t.norm)
                || HARM_DONE.contains(&t.norm)
                || t.norm == "killing"
                || verbs::is_past(&t.norm))
    });
    (happening && phrase.iter().filter(|t| t.is_word).count() >= 2).then_some(from)
}

/// Function words of a headline, left out when two headlines are compared.
const TITLE_FUNCTION_WORDS: WordSet<26> = WordSet::new([
    "the", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "its",
    "it", "is", "was", "were", "has", "had", "be", "as", "that", "into", "over", "their",
]);

/// True when two headlines share three word stems or more, two thirds of the
/// shorter one's: "Iraqi forces defeat ISIS" and "Iraq declares ISIS defeated" (a
/// stem is a word's first four letters, so "Iraqi" is "Iraq" and "defeated" is
/// "defeat").
fn stems_agree(a: &str, b: &str) -> bool {
    fn stems(t: &str) -> Vec<String> {
        let mut w: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                w.chars().count() > 3 && !TITLE_FUNCTION_WORDS.contains(&w.to_lowercase().as_str())
            })
            .map(|w| w.to_lowercase().chars().take(4).collect())
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    }
    let (x, y) = (stems(a), stems(b));
    let shared = x.iter().filter(|w| y.binary_search(w).is_ok()).count();
    let shorter = x.len().min(y.len());
    shared >= 3 && shared * 3 >= shorter * 2
}

/// True when two headlines name one happening: at least two content words in
/// common, and they make up at least two thirds of the shorter headline's ("Hamas
/// attack on Israel" and "Hamas's attack"). Possessives and plural -s are folded.
fn titles_agree(a: &str, b: &str) -> bool {
    fn content(t: &str) -> Vec<String> {
        let mut w: Vec<String> = t
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .map(|w| {
                let w = w
                    .trim_end_matches("’s")
                    .trim_end_matches("'s")
                    .to_lowercase();
                match w.strip_suffix('s') {
                    Some(stem) if stem.len() > 3 && !w.ends_with("ss") => stem.to_string(),
                    _ => w,
                }
            })
            .filter(|w| w.len() > 1 && !TITLE_FUNCTION_WORDS.contains(w.as_str()))
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    }
    let (x, y) = (content(a), content(b));
    let shared = x.iter().filter(|w| y.binary_search(w).is_ok()).count();
    let shorter = x.len().min(y.len());
    shared >= 2 && shared * 3 >= shorter * 2
}

/// True when group `g` holds another part of statement `p`'s sentence: the two parts
/// tell two happenings.
fn holds_other_part(g: &Group, p: &Proto, protos: &[Proto]) -> bool {
    g.mentions.contains(&p.info)
        && g.protos
            .iter()
            .any(|&q| protos[q].info == p.info && protos[q].part != p.part)
}

/// Past forms that tell harm done by a doer ("after the army killed a general").
const HARM_DONE: WordSet<5> = WordSet::new(["killed", "wounded", "injured", "shot", "bombed"]);

/// Where a happening recalled as the cause of the statement's own is told: "Missiles
/// struck the base after the army killed a general" tells the killing too. The part
/// after "after" (not inside the date) must be a clause of its own, a doer and then a
/// harm verb ("after the army killed", not "after being shot" nor "after the
/// attack"), and nothing before "after" may tell harm ("Nine dead after rebels killed
/// the guards" is one happening).
fn recalled_harm_part(toks: &[Token], timex: &Range<usize>) -> Option<usize> {
    let at = toks.iter().position(|t| {
        t.is_word
            && t.norm.as_str() == "after"
            && (t.range.start >= timex.end || t.range.end <= timex.start)
    })?;
    let clause: Vec<&Token> = toks[at + 1..]
        .iter()
        .take_while(|t| t.is_word || !matches!(t.norm.as_str(), "," | ";" | ":"))
        .collect();
    let verb = clause.iter().position(|t| HARM_DONE.contains(&t.norm))?;
    // A doer before the verb: a word that is no auxiliary ("after being shot", "after
    // two guards were killed" tells no doer).
    let doer = clause[..verb].iter().any(|t| t.is_word)
        && !clause[..verb].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "being" | "having" | "was" | "were" | "been" | "is" | "are" | "got"
            )
        });
    if !doer || toks[..at].iter().any(|t| HARM_WORDS.contains(&t.norm)) {
        return None;
    }
    (at + 3 < toks.len()).then_some(at + 1)
}

/// Words that link a harm to the response it drew ("which led to", "prompting",
/// "and"): a response part starts after the last of them before its response word.
const REPLY_LINKS: WordSet<14> = WordSet::new([
    "which",
    "and",
    "but",
    "to",
    "prompting",
    "prompted",
    "triggering",
    "triggered",
    "sparking",
    "sparked",
    "drawing",
    "drew",
    "provoking",
    "provoked",
]);

/// Where a response told after the harm it answers begins: "A mortar killed a ranger
/// in May, and the army responded with shelling", "…, which led to retaliatory
/// strikes on the depots". The response starts after the last link word or clause
/// mark before its response word, after the statement's date, and holds no date of
/// its own (a later date dates it apart).
fn reply_part(toks: &[Token], timex: &Range<usize>, dates: &[&TimexHit]) -> Option<usize> {
    let p = (0..toks.len()).position(|i| is_response_word(toks, i))?;
    if !toks[..p].iter().any(|t| HARM_WORDS.contains(&t.norm)) {
        return None;
    }
    // Back from the response word to its clause's start; harm on the way means the
    // response word sits inside the harm's clause.
    let mut from = None;
    for k in (0..p).rev() {
        let t = &toks[k];
        let mark = !t.is_word && matches!(t.norm.as_str(), "," | ";" | ":" | "–" | "—" | "(");
        if mark || t.is_word && REPLY_LINKS.contains(&t.norm) {
            from = Some(k + 1);
            break;
        }
        if HARM_WORDS.contains(&t.norm) {
            return None;
        }
    }
    let from = from?;
    let start = toks.get(from)?.range.start;
    let words = toks[from..].iter().filter(|t| t.is_word).count();
    let own_date = dates.iter().any(|d| d.range.start >= start);
    (timex.end <= start && words >= 2 && !own_date).then_some(from)
}

/// The year a TIMEX3 value or range starts with (`2023-10/2024-02` → `2023`).
fn year_of(value: &str) -> &str {
    value.get(..4).unwrap_or(value)
}

/// True when both values are days and one follows the other.
fn adjacent_days(a: &str, b: &str) -> bool {
    let day = |v: &str| crate::timeval::parse_day(v);
    match (day(a), day(b)) {
        (Some(x), Some(y)) => (x - y).num_days().abs() == 1,
        _ => false,
    }
}

/// The day most statements of an incident give (the first of them on a tie).
fn majority_day(dates: &[String], current: &str) -> String {
    // Counted once each (a group of thousands of copies stays linear); the first
    // day to reach the highest count wins, as a scan in order would pick it.
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for (n, d) in dates.iter().enumerate().filter(|(_, d)| is_day(d)) {
        counts.entry(d.as_str()).or_insert((0, n)).0 += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map_or_else(|| current.to_string(), |(d, _)| d.to_string())
}

/// True when one date lies inside the other (`2017` and `2017-12`), ranges aside.
fn nested(a: &str, b: &str) -> bool {
    let inside = |long: &str, short: &str| {
        long.len() > short.len()
            && long.starts_with(short)
            && long.as_bytes().get(short.len()) == Some(&b'-')
    };
    !a.contains('/') && !b.contains('/') && (inside(a, b) || inside(b, a))
}

/// True when two title kinds may tell one happening: the same kind, or one of them
/// told without an event word. A coalition formed and a caliphate proclaimed in one
/// year are two events, however related the reports.
fn kinds_agree(a: EventKind, b: EventKind) -> bool {
    a == b || a == EventKind::Other || b == EventKind::Other
}

/// True when both title kinds are the same territorial or war kind.
fn same_lane_kind(a: EventKind, b: EventKind) -> bool {
    a == b && lane_kind(a)
}

/// True for a territorial or war kind: a victory declared is told as either ("declared
/// ISIL defeated", "declared victory over IS").
fn lane_kind(k: EventKind) -> bool {
    matches!(k, EventKind::Territorial | EventKind::War)
}

/// True when statements of these kinds may be one event: announcements and
/// statistics only group with their own kind.
fn compatible(a: EventKind, b: EventKind) -> bool {
    let special = |k| matches!(k, EventKind::Statement | EventKind::Statistic);
    a == b || !special(a) && !special(b)
}

/// The part of a sentence a title is cut from: all of it, or for a very long sentence
/// the [`TITLE_CONTEXT`] bytes either side of the date (so titles stay linear).
fn title_window(text: &str, sentence: Range<usize>, date: &Range<usize>) -> Range<usize> {
    let mut start = date.start.saturating_sub(TITLE_CONTEXT).max(sentence.start);
    let mut end = (date.end + TITLE_CONTEXT).min(sentence.end);
    while start > sentence.start && !text.is_char_boundary(start) {
        start -= 1;
    }
    while end < sentence.end && !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// The dated statements of one sentence: each usable date, with "from X to Y" and
/// "between X and Y" joined into one range `X/Y`.
/// True for a timex that names only a part of the day the narrative is on ("the
/// afternoon", "dawn"), with no day of its own.
fn goes_on_narrative_day(timex: &str) -> bool {
    [
        "dawn",
        "the morning",
        "the afternoon",
        "the evening",
        "the night",
    ]
    .iter()
    .any(|p| timex.eq_ignore_ascii_case(p))
}

fn dated_statements(
    text: &str,
    toks: &[Token],
    sentence: Range<usize>,
    timexes: &[TimexHit],
) -> Vec<(String, Range<usize>)> {
    let dates = dates_in_tokens(text, toks, sentence, timexes);
    let mut out = Vec::new();
    let mut k = 0;
    while k < dates.len() {
        let d = &dates[k];
        if let Some(e) = dates.get(k + 1) {
            let between = text
                .get(d.timex.range.end..e.timex.range.start)
                .unwrap_or("")
                .trim();
            let at = toks.partition_point(|t| t.range.end <= d.timex.range.start);
            let before = toks[..at]
                .iter()
                .rev()
                .take(4)
                .find(|t| t.is_word)
                .map(|t| t.norm.as_str());
            // "at its peak in 2014 and 2015": two years running, one span.
            let running_years = || {
                let year = |v: &str| (v.len() == 4).then(|| v.parse::<i32>().ok()).flatten();
                matches!((year(&d.value), year(&e.value)), (Some(a), Some(b)) if b == a + 1)
            };
            let joined = matches!(between, "to" | "until" | "through" | "-" | "–")
                && matches!(before, Some("from"))
                || between == "and" && matches!(before, Some("between"))
                || between == "and" && matches!(before, Some("in")) && running_years();
            if joined && d.value != e.value {
                out.push((
                    format!("{}/{}", d.value, e.value),
                    d.timex.range.start..e.timex.range.end,
                ));
                k += 2;
                continue;
            }
        }
        out.push((d.value.clone(), d.timex.range.clone()));
        k += 1;
    }
    out
}

/// Lets every undated sentence join the event it states, if any.
fn attach_undated(
    infos: &[Info],
    protos: &[Proto],
    groups: &mut [Group],
    weights: &LocalWeights,
    related: &Affinity,
) {
    let dated: HashSet<usize> = protos.iter().map(|p| p.info).collect();
    // Per group: the articles that tell it, and how much each tells of it.
    let told_by: Vec<BTreeMap<usize, usize>> = groups
        .iter()
        .map(|g| {
            let mut by: BTreeMap<usize, usize> = BTreeMap::new();
            for &m in &g.mentions {
                *by.entry(infos[m].art).or_default() += 1 + infos[m].positive_figures;
            }
            by
        })
        .collect();
    // Per group: the term classes of the articles that tell it (copies of one report
    // are one class, so a story syndicated many times is compared once).
    let told_classes: Vec<Vec<usize>> = told_by
        .iter()
        .map(|by| {
            let mut c: Vec<usize> = by.keys().map(|&a| related.class[a]).collect();
            c.sort_unstable();
            c.dedup();
            c
        })
        .collect();
    // Per article: the groups it tells, in group order.
    let mut told_here: Vec<Vec<usize>> = vec![Vec::new(); related.class.len()];
    for (gi, by) in told_by.iter().enumerate() {
        for &art in by.keys() {
            told_here[art].push(gi);
        }
    }
    let mut sharing = SharedTerms::new(groups);
    let mut near = Nearness::new(related, &told_by, &told_classes);
    let mut joins: Vec<(usize, usize)> = Vec::new();
    let mut scored: Vec<(usize, f64)> = Vec::new();
    let mut foreign_norms: HashMap<(usize, usize), f64> = HashMap::new();
    for (ii, info) in infos.iter().enumerate() {
        if dated.contains(&ii) || info.terms.is_empty() {
            continue;
        }
        // Every threshold below is positive, and a group sharing no term with the
        // sentence has no similarity: only the groups that share terms are compared,
        // and only those told by this article or by one of the same news.
        let shared = sharing.count(info.terms, weights, info.comp);
        // A group begun in another component is measured under this sentence's
        // component (remembered per group and component).
        let mut cosine = |gi: usize, dot: f64| {
            let g = &groups[gi];
            let norm = if g.comp == info.comp {
                g.norm
            } else {
                *foreign_norms
                    .entry((gi, info.comp))
                    .or_insert_with(|| weights.norm(&g.terms, info.comp))
            };
            LocalWeights::cosine_of_dot(dot, info.norm, norm)
        };
        scored.clear();
        let target = if info.incident {
            // A response sentence joins a response, any other the incident itself,
            // when the article tells both.
            let same_side = told_here[info.art]
                .iter()
                .any(|&gi| groups[gi].incident && groups[gi].response == info.response);
            let mine: Vec<(usize, f64, usize)> = told_here[info.art]
                .iter()
                .filter(|&&gi| groups[gi].incident)
                .filter(|&&gi| !same_side || groups[gi].response == info.response)
                .map(|&gi| {
                    let sim = group_cosine(weights, info, &groups[gi]);
                    (gi, sim, told_by[gi][&info.art])
                })
                .collect();
            if mine.is_empty() {
                for &(gi, _, dot) in shared {
                    if groups[gi].incident && near.near(gi, info.art) {
                        scored.push((gi, cosine(gi, dot)));
                    }
                }
                best_above(&scored, TAU_CROSS)
            } else {
                mine.into_iter()
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)).then(b.0.cmp(&a.0)))
                    .map(|m| m.0)
            }
        } else {
            // A background event needs two shared terms, not one common word; a photo
            // caption must tell a happening of the event's kind itself ("At its peak,
            // the group ruled …"), not just name its places ("US soldiers are
            // stationed in Iraq" is no mention of an attack in Iraq).
            for &(gi, n, dot) in shared {
                let kind = groups[gi].kind;
                let caption_tells = info.caption_kind.is_none_or(|k| {
                    k != EventKind::Other && (k == kind || k == groups[gi].title_kind)
                });
                if n >= 2
                    && caption_tells
                    && !matches!(kind, EventKind::Statement | EventKind::Statistic)
                    && near.near(gi, info.art)
                {
                    scored.push((gi, cosine(gi, dot)));
                }
            }
            best_above(&scored, TAU_BACKGROUND)
        };
        if let Some(gi) = target {
            joins.push((gi, ii));
        }
    }
    for (gi, ii) in joins {
        groups[gi].mentions.insert(ii);
    }
}

/// An index from term ids to the groups whose terms hold them, to find the groups
/// that share terms with a sentence (and their dot products) without comparing the
/// sentence with every group.
struct SharedTerms {
    /// `groups_of[t]`: the groups holding term id `t`, in group order.
    groups_of: Vec<Vec<usize>>,
    /// Per group: where it is in `touched` for the sentence being counted.
    slot: Vec<Option<usize>>,
    /// The groups sharing terms with that sentence, in order of first sight, with how
    /// many terms they share and the dot product of the shared terms.
    touched: Vec<(usize, usize, f64)>,
}

impl SharedTerms {
    /// The index of the terms of `groups`.
    fn new(groups: &[Group]) -> Self {
        let top = groups
            .iter()
            .filter_map(|g| g.terms.last())
            .max()
            .map_or(0, |&t| t as usize + 1);
        let mut groups_of = vec![Vec::new(); top];
        for (gi, g) in groups.iter().enumerate() {
            for &t in &g.terms {
                groups_of[t as usize].push(gi);
            }
        }
        SharedTerms {
            groups_of,
            slot: vec![None; groups.len()],
            touched: Vec::new(),
        }
    }

    /// Every group sharing at least one of `terms` (sorted, duplicate-free), with how
    /// many it shares and their dot product under `weights` in component `comp`
    /// (summed in term order, as [`LocalWeights::cosine_normed`] sums them).
    fn count(
        &mut self,
        terms: &[u32],
        weights: &LocalWeights,
        comp: usize,
    ) -> &[(usize, usize, f64)] {
        for &(gi, _, _) in &self.touched {
            self.slot[gi] = None;
        }
        self.touched.clear();
        for &t in terms {
            let w = weights.squared(t, comp);
            for &gi in self
                .groups_of
                .get(t as usize)
                .map_or(&[][..], Vec::as_slice)
            {
                let at = *self.slot[gi].get_or_insert_with(|| {
                    self.touched.push((gi, 0, LocalWeights::dot_start()));
                    self.touched.len() - 1
                });
                let entry = &mut self.touched[at];
                entry.1 += 1;
                entry.2 += w;
            }
        }
        &self.touched
    }
}

/// Which groups are told by an article or by a report of the same news, asked group
/// by group for one article after another and remembered for the current article
/// (per group, and per term class of the tellers).
struct Nearness<'r> {
    related: &'r Affinity<'r>,
    told_by: &'r [BTreeMap<usize, usize>],
    told_classes: &'r [Vec<usize>],
    /// Per group: the article it was last asked for (plus one) and the answer.
    groups: Vec<(usize, bool)>,
    /// Per term class: the article it was last asked for (plus one) and the answer.
    classes: Vec<(usize, bool)>,
}

impl<'r> Nearness<'r> {
    fn new(
        related: &'r Affinity<'r>,
        told_by: &'r [BTreeMap<usize, usize>],
        told_classes: &'r [Vec<usize>],
    ) -> Self {
        Nearness {
            related,
            told_by,
            told_classes,
            groups: vec![(0, false); told_by.len()],
            classes: vec![(0, false); related.bags.len()],
        }
    }

    /// True when group `gi` is told by article `art` or by a report of the same news.
    fn near(&mut self, gi: usize, art: usize) -> bool {
        let stamp = art + 1;
        if self.groups[gi].0 == stamp {
            return self.groups[gi].1;
        }
        let near = self.told_by[gi].contains_key(&art)
            || self.told_classes[gi].iter().any(|&c| {
                if self.classes[c].0 != stamp {
                    let r = self.related.related_class(self.related.class[art], c);
                    self.classes[c] = (stamp, r);
                }
                self.classes[c].1
            });
        self.groups[gi] = (stamp, near);
        near
    }
}

/// Least article similarity for two articles to be taken as reports of the same news.
const ARTICLE_AFFINITY: f64 = 0.2;

/// Least similarity of two articles that are each other's clear best match to be taken
/// as reports of the same news ([`mutual_matches`]).
const MUTUAL_AFFINITY: f64 = 0.1;

/// How many times more alike than either's next best match two articles must be to be
/// each other's clear best match.
const MUTUAL_MARGIN: f64 = 1.5;

/// The fewest article classes among which a best match can be clear: each of the pair
/// has at least two rivals.
const MUTUAL_MIN_CLASSES: usize = 4;

/// The most article classes compared all with all for clear best matches (a larger
/// input keeps to [`ARTICLE_AFFINITY`] alone).
const MUTUAL_MAX_CLASSES: usize = 300;

/// Pairs of article classes (lower first) that are each other's best match, at least
/// [`MUTUAL_AFFINITY`] alike and [`MUTUAL_MARGIN`] times more alike than either is to
/// any third: two outlets telling one incident in their own words (a wire report and
/// a tabloid's) share few words, and in a small set every word is rarer, so their
/// likeness can fall under [`ARTICLE_AFFINITY`] while nothing else comes near.
fn mutual_matches(
    bags: &[&TermIds],
    norms: &[f64],
    weights: &merge::ArticleWeights,
) -> HashMap<(usize, usize), bool> {
    let n = bags.len();
    let mut out = HashMap::new();
    // A clear lead needs rivals to be clear of: two articles alone are always each
    // other's best match.
    if !(MUTUAL_MIN_CLASSES..=MUTUAL_MAX_CLASSES).contains(&n) {
        return out;
    }
    // Per class: its best and second-best similarity, and its best partner. Every
    // pair's answer is kept (the components ask for all of them).
    let mut best: Vec<(f64, f64, usize)> = vec![(0.0, 0.0, usize::MAX); n];
    for a in 0..n {
        for b in a + 1..n {
            let s = weights.cosine_normed(bags[a], norms[a], bags[b], norms[b]);
            out.insert((a, b), s >= ARTICLE_AFFINITY);
            for (x, y) in [(a, b), (b, a)] {
                let e = &mut best[x];
                if s > e.0 {
                    *e = (s, e.0, y);
                } else if s > e.1 {
                    e.1 = s;
                }
            }
        }
    }
    for a in 0..n {
        let (s, second, b) = best[a];
        if b == usize::MAX || b < a || best[b].2 != a {
            continue;
        }
        let clear =
            s >= MUTUAL_AFFINITY && s >= second * MUTUAL_MARGIN && s >= best[b].1 * MUTUAL_MARGIN;
        if clear {
            out.insert((a.min(b), a.max(b)), true);
        }
    }
    out
}

/// Which articles report the same news: each pair compared on demand (and
/// remembered) by their terms under [`merge::ArticleWeights`]. Articles with the very
/// same terms (copies of one report) share a class and are compared once.
struct Affinity<'a> {
    /// The term class of every article.
    class: Vec<usize>,
    /// The terms of every class (those of its first article) and their lengths.
    bags: Vec<&'a TermIds>,
    norms: Vec<f64>,
    weights: merge::ArticleWeights,
    /// Whether two classes (lower first) report the same news, as far as known: all
    /// pairs of a small set at once ([`mutual_matches`]), others when first asked.
    known: std::cell::RefCell<HashMap<(usize, usize), bool>>,
}

impl<'a> Affinity<'a> {
    /// The affinity of `articles`, whose terms are ids below `vocab_len`.
    fn new(articles: &[ArticleInput<'a>], vocab_len: usize) -> Affinity<'a> {
        // Weights count every article, copies included.
        let weights =
            merge::ArticleWeights::new(vocab_len, articles.iter().map(|a| a.article_terms));
        let mut classes: HashMap<&TermIds, usize> = HashMap::new();
        let mut bags: Vec<&'a TermIds> = Vec::new();
        let class = articles
            .iter()
            .map(|a| {
                *classes.entry(a.article_terms).or_insert_with(|| {
                    bags.push(a.article_terms);
                    bags.len() - 1
                })
            })
            .collect();
        let norms: Vec<f64> = bags.iter().map(|b| weights.norm(b)).collect();
        let known = mutual_matches(&bags, &norms, &weights);
        Affinity {
            class,
            bags,
            norms,
            weights,
            known: std::cell::RefCell::new(known),
        }
    }

    /// True when articles `a` and `b` report the same news (or are one article).
    fn related(&self, a: usize, b: usize) -> bool {
        a == b || self.related_class(self.class[a], self.class[b])
    }

    /// True when two different articles of classes `a` and `b` report the same news.
    fn related_class(&self, a: usize, b: usize) -> bool {
        if a == b {
            return true;
        }
        let key = (a.min(b), a.max(b));
        if let Some(&r) = self.known.borrow().get(&key) {
            return r;
        }
        let (a, b) = key;
        let r =
            self.weights
                .cosine_normed(self.bags[a], self.norms[a], self.bags[b], self.norms[b])
                >= ARTICLE_AFFINITY;
        self.known.borrow_mut().insert(key, r);
        r
    }

    /// The component of every article: articles joined by chains of reports of the
    /// same news, numbered in order of first appearance. Term weights are counted per
    /// component ([`LocalWeights`]).
    fn components(&self) -> Vec<usize> {
        let n = self.bags.len();
        let mut parent: Vec<usize> = (0..n).collect();
        fn root(parent: &mut [usize], mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        for a in 0..n {
            for b in a + 1..n {
                if root(&mut parent, a) != root(&mut parent, b) && self.related_class(a, b) {
                    let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                    parent[ra.max(rb)] = ra.min(rb);
                }
            }
        }
        let mut number: HashMap<usize, usize> = HashMap::new();
        self.class
            .iter()
            .map(|&c| {
                let r = root(&mut parent, c);
                let next = number.len();
                *number.entry(r).or_insert(next)
            })
            .collect()
    }
}

/// The most similar of the `scored` groups (group, similarity) when its similarity
/// reaches `tau`; on a tie, the first group (so the order of `scored` is free).
fn best_above(scored: &[(usize, f64)], tau: f64) -> Option<usize> {
    scored
        .iter()
        .filter(|(_, s)| *s >= tau)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|x| x.0)
}

/// A URL-safe slug of a title's first content words.
fn slug(date: &str, title: &str) -> String {
    let title = title.replace("U.S.", "US").replace("U.N.", "UN");
    let mut words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !super::words::is_stopword(w) && w.len() > 1)
        .take(4)
        .collect();
    if words.is_empty() {
        words.push("event".to_string());
    }
    let date: String = date
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let words: Vec<String> = words
        .into_iter()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    format!("{date}-{}", words.join("-"))
}

/// How clearly a title tells its event: a named subject and a verb, the casualties
/// when the statement has figures, an attack word, a headline's own wording; shorter
/// titles first among equals.
///
/// What the title's words say is computed once per distinct title (the copies of a
/// syndicated sentence share one); [`TitleClarity::score`] adds the statement's flags.
#[derive(Debug, Clone, Copy)]
struct TitleClarity {
    /// The score from the words alone.
    words: usize,
    /// It states a number.
    counted: bool,
    /// Nearness to a full headline's length.
    fit: usize,
}

impl TitleClarity {
    /// The clarity of `title`'s words.
    fn of(title: &str) -> Self {
        let first = title.split_whitespace().next().unwrap_or("");
        let opener = first
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        // Hashtags and handles are page furniture, not a statement; a title in Title Case
        // hides its verbs.
        let capitalised = title
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        let title_case = capitalised * 4 >= title.split_whitespace().count() * 3 && capitalised > 2;
        let furniture = title.contains('#') || title.contains('@') || title_case;
        let named = !title.is_empty()
            && !furniture
            && !matches!(
                opener.as_str(),
                "although"
                    | "though"
                    | "while"
                    | "in"
                    | "was"
                    | "were"
                    | "is"
                    | "last"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "on"
                    | "at"
                    | "as"
                    | "when"
                    | "after"
                    | "since"
            );
        let words = title.split_whitespace().count();
        let counted = title
            .split_whitespace()
            .any(|w| crate::extract::numbers::parse_count(&w.to_lowercase()).is_some());
        let lower: Vec<String> = title
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let incident = lower.iter().any(|w| INCIDENT_NOUNS.contains(w.as_str()));
        let harm = lower.iter().any(|w| {
            matches!(
                w.as_str(),
                "kills"
                    | "killing"
                    | "killed"
                    | "injures"
                    | "injuring"
                    | "injured"
                    | "wounds"
                    | "wounding"
                    | "wounded"
                    | "hurts"
                    | "hurt"
                    | "dead"
                    | "dies"
            )
        });
        // A named actor, then the incident and the harm it did, then figures.
        // Deaths lead a headline before injuries.
        let deaths = lower
            .iter()
            .any(|w| matches!(w.as_str(), "kills" | "killing" | "killed" | "dead" | "dies"));
        // A malformed headline (a cut gone wrong) loses to any that reads as one.
        let formed = headline::well_formed(title);
        let score = usize::from(formed) * 8
            + usize::from(named && words >= 3) * 4
            + usize::from(deaths)
            + usize::from(incident) * 2
            + usize::from(harm) * 2;
        TitleClarity {
            words: score,
            counted,
            // Among equals, the title nearest a full headline's length.
            fit: usize::MAX - title.len().abs_diff(48),
        }
    }

    /// The clarity score and fit of the title with the statement's own flags.
    fn score(self, figures: bool, attack: bool, headline: bool) -> (usize, usize) {
        let score = self.words
            + usize::from(figures && self.counted)
            + usize::from(attack)
            + usize::from(headline);
        (score, self.fit)
    }
}

/// True when the title states one of `counts` (sorted) as a number, in digits or words.
fn states_count(title: &str, counts: &[u32]) -> bool {
    title.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        crate::extract::numbers::parse_count(&w).is_some_and(|n| counts.binary_search(&n).is_ok())
    })
}

/// How much a statement in the body or a headline outranks a caption as an event's
/// title source: more than the headline and attack bonuses together.
const CAPTION_PENALTY: usize = 4;

/// A title an event may take, from one of its statements.
struct Candidate<'p> {
    /// Borrowed from its statement, or made for an undated sentence.
    title: std::borrow::Cow<'p, str>,
    /// The sentence it was cut from.
    info: usize,
    /// Its statement tells an attack.
    attack: bool,
    /// It tells the happening with a verb.
    told: bool,
}

/// The gravest figure an incident's sentences give, as its outcome and the words
/// naming its people with their count ("three US service members"): deaths before
/// injuries, the chosen title's own sentence before the others, the first told first.
fn gravest_figure(
    articles: &[ArticleInput],
    infos: &[Info],
    g: &Group,
    chosen: Option<&Candidate>,
) -> Option<(crate::model::Outcome, String)> {
    use crate::model::Outcome;
    let own = chosen.map(|c| (infos[c.info].art, infos[c.info].sent));
    let mut best: Option<(u8, crate::model::Outcome, String)> = None;
    for &m in &g.mentions {
        let info = &infos[m];
        let a = &articles[info.art];
        // Figures come in sentence order: the sentence's own, found by halving.
        let from = a.figures.partition_point(|f| f.sentence < info.sent);
        let own_figures = a.figures[from..]
            .iter()
            .take_while(|f| f.sentence == info.sent);
        for f in own_figures.filter(|f| f.count > 0) {
            let Some(who) = f.who.clone().and_then(|r| a.text.get(r)) else {
                continue;
            };
            let rank = match f.outcome {
                Outcome::Killed => 0,
                Outcome::Injured => 2,
                Outcome::Captured => continue,
            } + u8::from(own != Some((info.art, info.sent)));
            if best.as_ref().is_none_or(|b| rank < b.0) {
                best = Some((rank, f.outcome, harm::people(f.count, f.qualifier, who)));
            }
        }
    }
    best.map(|(_, o, w)| (o, w))
}

/// Turns groups into contract events and links figures to them.
fn render<'a>(
    articles: &[ArticleInput<'a>],
    infos: &[Info],
    protos: &[Proto],
    groups: &[Group],
    (actors, fallback): (&[actors::Actors], &[Option<String>]),
    memo: &mut title::Memo<'a, Titled>,
) -> Built {
    let mut built = Built {
        events: Vec::new(),
        figure_events: articles
            .iter()
            .map(|a| vec![None; a.figures.len()])
            .collect(),
    };
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut ids = Vec::new();
    for g in groups {
        // Title from the clearest statement of the event: its dated statements, and for
        // an incident the undated sentences that give its casualty figures.
        let mut candidates: Vec<Candidate> = g
            .protos
            .iter()
            .map(|&q| Candidate {
                title: std::borrow::Cow::Borrowed(protos[q].title.as_str()),
                info: protos[q].info,
                attack: protos[q].kind == EventKind::Attack,
                told: protos[q].told,
            })
            .collect();
        if g.incident {
            let dated: HashSet<usize> = g.protos.iter().map(|&q| protos[q].info).collect();
            // Copies of one sentence (syndicated reports) give one candidate.
            let mut seen: HashSet<&str> = HashSet::new();
            for &m in g.mentions.iter().filter(|m| !dated.contains(m)) {
                if candidates.len() >= MAX_TITLE_CANDIDATES {
                    break;
                }
                let info = &infos[m];
                let headline =
                    articles[info.art].sentences[info.sent].kind == SentenceKind::Headline;
                if info.positive_figures == 0 && !headline || info.response != g.response {
                    continue;
                }
                let a = &articles[info.art];
                let r = &a.sentences[info.sent].range;
                if !seen.insert(a.text.get(r.clone()).unwrap_or("")) {
                    continue;
                }
                let resolve =
                    |at: usize, head: &str| resolve_in(actors, fallback, info.art, at, head);
                // "Navy strikes depots after boat attack wounds four": the incident is
                // told by the part after "after"; the rest tells the response.
                let toks = &a.tokens[info.sent];
                let part = if g.response {
                    None
                } else {
                    answered_part(toks, &(0..0))
                };
                let from = part.unwrap_or(0);
                let Titled { title: t, told, .. } = memo.get_or_make(
                    a.text,
                    clip(a.text, r.clone()),
                    SITE_ANSWERED,
                    from,
                    None,
                    &[],
                    &resolve,
                    |resolve| titled_part(a.text, &toks[from..], None, false, resolve),
                );
                candidates.push(Candidate {
                    title: std::borrow::Cow::Owned(t),
                    info: m,
                    attack: true,
                    told,
                });
            }
        }
        // The counts the event's dated statements give: a title with another count
        // (a total over several strikes) does not say this event's casualties.
        let mut counts: Vec<u32> = g
            .protos
            .iter()
            .flat_map(|&q| infos[protos[q].info].figures.iter().map(|f| f.2))
            .collect();
        counts.sort_unstable();
        counts.dedup();
        // The words of each distinct title are read once.
        let mut read: HashMap<&str, (TitleClarity, bool)> = HashMap::new();
        let best = candidates
            .iter()
            .enumerate()
            .max_by_key(|(n, c)| {
                let info = &infos[c.info];
                let headline =
                    articles[info.art].sentences[info.sent].kind == SentenceKind::Headline;
                let (words, states) = *read.entry(c.title.as_ref()).or_insert_with(|| {
                    (
                        TitleClarity::of(&c.title),
                        !counts.is_empty() && states_count(&c.title, &counts),
                    )
                });
                let figures = if counts.is_empty() {
                    info.positive_figures > 0
                } else {
                    states
                };
                let (score, fit) = words.score(figures, c.attack, headline);
                // A photo's caption describes a scene after the happening ("Medical staff
                // bring a man wounded in the blast to a hospital"): any statement of
                // the happening itself reads better.
                let caption = articles[info.art].sentences[info.sent].kind == SentenceKind::Caption;
                (
                    score + usize::from(c.told) + CAPTION_PENALTY * usize::from(!caption),
                    fit,
                    usize::MAX - n,
                )
            })
            .map(|(n, _)| n)
            .unwrap_or(0);
        let lead = g.protos[0];
        let p = &protos[g
            .protos
            .iter()
            .copied()
            .max_by_key(|&q| {
                let info = &infos[protos[q].info];
                let attack = protos[q].kind == EventKind::Attack;
                (
                    info.positive_figures.min(1) * 2 + usize::from(attack),
                    usize::MAX - q,
                )
            })
            .unwrap_or(lead)];
        let mut title = candidates
            .get(best)
            .map(|c| c.title.to_string())
            .unwrap_or_else(|| p.title.clone());
        if title.is_empty() {
            let lead = &protos[g.protos[0]];
            let info = &infos[lead.info];
            let a = &articles[info.art];
            let dates: Vec<Range<usize>> =
                timexes_in(a.timexes, a.sentences[info.sent].range.clone())
                    .iter()
                    .map(|h| h.range.clone())
                    .chain(std::iter::once(lead.timex.clone()))
                    .collect();
            title = sentence_gist(a.text, &a.tokens[info.sent], &dates)
                .unwrap_or_else(|| format!("Event of {}", g.date));
        }
        // "US strikes militia drone sites" → "… near Abu Kamal": the place its
        // sentence names, when the headline names none and it fits.
        if let Some(c) = candidates.get(best) {
            let info = &infos[c.info];
            let a = &articles[info.art];
            if let Some(place) = place::place_phrase(a.text, &a.tokens[info.sent]) {
                title = place::with_place(title, &place);
            }
        }
        // "Rockets slam into the base" → "…, injuring three US service members": the
        // harm its gravest figure tells, when the headline tells none.
        if g.incident && !harm::tells_harm(&title) {
            if let Some((outcome, people)) =
                gravest_figure(articles, infos, g, candidates.get(best))
            {
                title = harm::with_harm(title, outcome, &people);
            }
        }
        let mut id = slug(&g.date, &title);
        let base = id.clone();
        let mut n = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let first = g
            .protos
            .iter()
            .map(|&q| &protos[q])
            .find(|q| same_date(&q.date, &g.date))
            .unwrap_or(&protos[g.protos[0]]);
        let fa = &articles[infos[first.info].art];
        let kind = if g.incident
            && g.protos
                .iter()
                .any(|&q| protos[q].kind == EventKind::Attack)
        {
            EventKind::Attack
        } else {
            p.kind
        };
        let mentions: Vec<Mention> = g
            .mentions
            .iter()
            .map(|&m| {
                let info = &infos[m];
                let a = &articles[info.art];
                let r = &a.sentences[info.sent].range;
                Mention {
                    article: a.id.to_string(),
                    start: a.index.char_at(r.start),
                    end: a.index.char_at(r.end),
                }
            })
            .collect();
        ids.push(id.clone());
        built.events.push(Event {
            id,
            date: g.date.clone(),
            title,
            mentions,
            kind,
            casualties: Vec::new(),
            dated_by: Some(Mention {
                article: fa.id.to_string(),
                start: fa.index.char_at(first.timex.start),
                end: fa.index.char_at(first.timex.end),
            }),
        });
    }
    // Distinct events keep distinct titles: a repeated title says its date.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for e in &built.events {
        *seen.entry(e.title.clone()).or_default() += 1;
    }
    for e in &mut built.events {
        if seen.get(&e.title).is_some_and(|&n| n > 1) {
            let label = crate::timeval::format_value(&e.date);
            let room = 60usize.saturating_sub(label.chars().count() + 3);
            e.title = format!("{} ({label})", cut_at_word(&e.title, room));
        }
    }
    // Figures: the event of their sentence, preferring the one their date names.
    let mut holders_of: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (gi, g) in groups.iter().enumerate() {
        for &m in &g.mentions {
            holders_of
                .entry((infos[m].art, infos[m].sent))
                .or_default()
                .push(gi);
        }
    }
    for (ai, a) in articles.iter().enumerate() {
        for (n, f) in a.figures.iter().enumerate() {
            let holders: &[usize] = holders_of.get(&(ai, f.sentence)).map_or(&[], Vec::as_slice);
            let pick = holders
                .iter()
                .copied()
                .find(|&gi| f.incident_date.as_deref() == Some(groups[gi].date.as_str()))
                .or_else(|| holders.iter().copied().find(|&gi| groups[gi].incident))
                .or_else(|| holders.first().copied());
            if let Some(gi) = pick {
                built.events[gi].casualties.push(figure_id(a.id, n));
                built.figure_events[ai][n] = Some(ids[gi].clone());
            }
        }
    }
    built.events.sort_by(|a, b| {
        let key = |e: &Event| crate::timeval::parse(&e.date).map(|i| (i.start, i.end));
        key(a).cmp(&key(b)).then(a.id.cmp(&b.id))
    });
    built
}

/// Most words of a title read straight from its sentence.
const GIST_WORDS: usize = 8;

/// Words that open a sentence before what it tells: "In", "On", "The", "Then" …
const GIST_OPENERS: WordSet<16> = WordSet::new([
    "in", "on", "at", "by", "since", "during", "after", "before", "and", "but", "then", "when",
    "that", "as", "of", "with",
]);

/// A title read from the sentence itself, for an event no title was built for: its
/// first words past its dates (`dates`) and the words that open it, up to the first clause
/// break ("Operation Shujaa launched by the two armies"), capitalised. `None` when
/// fewer than two words are left.
fn sentence_gist(text: &str, toks: &[Token], dates: &[Range<usize>]) -> Option<String> {
    let in_date = |t: &Token| {
        dates
            .iter()
            .any(|d| t.range.start < d.end && t.range.end > d.start)
    };
    let words: Vec<&str> = toks
        .iter()
        .skip_while(|t| !t.is_word || in_date(t) || GIST_OPENERS.contains(&t.norm))
        .take_while(|t| t.is_word || t.is_punct('-') || t.is_punct('\''))
        .filter(|t| t.is_word && !in_date(t))
        .take(GIST_WORDS)
        .map(|t| t.raw(text))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let joined = words.join(" ");
    let mut chars = joined.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_photos_caption_dates_no_event() {
        for caption in [
            "FILE - Syrian soldiers stand at a checkpoint near Palmyra on Sept. 14, 2017. (AP Photo, File)",
            "FILE PHOTO: Smoke rises over Mosul's old city, July 9, 2017. REUTERS/Alaa Al-Marjani",
            "[caption id=\"attachment_1\"] FILE – A U.S. helicopter flies over Hasakah on Oct. 28, 2021.",
            "Kurdish fighters guard a prison in Hasakah on Jan. 24, 2022. (AP Photo/Hogir Abdo, File)",
            "FILE — Iraqi troops parade in Baghdad on Dec. 10, 2017.",
        ] {
            assert!(is_file_photo(caption), "{caption}");
        }
        for caption in [
            "Troops search a house in Hasakah on Monday. (AP Photo/Hogir Abdo)",
            "Smoke rises after the strike, Reuters photo. Profile of a militant.",
        ] {
            assert!(!is_file_photo(caption), "{caption}");
        }
        // The archive picture's day is no event of the report.
        let doc = extract_texts(&[
            " date 2023-08-11\nGunmen ambush army bus in eastern Syria\nFILE - Syrian soldiers stand at a checkpoint near Palmyra on Sept. 14, 2017. (AP Photo, File)[/caption]\nGunmen ambushed a bus carrying Syrian soldiers early Friday, killing 20.",
        ]);
        assert!(
            doc.events.iter().all(|e| !e.date.starts_with("2017")),
            "{:?}",
            doc.events
                .iter()
                .map(|e| (&e.date, &e.title))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_captions_scene_never_titles_the_happening_a_sentence_tells() {
        for caption in [
            "Medics carry a man wounded in the blast to a hospital, June 4, 2024. (AFP)",
            "A boy injured in the bombing waits at a clinic on June 4, 2024 (Reuters)",
            "Relatives of a man killed in the blast weep at a morgue on June 4, 2024. (AP)",
            "Rescuers search the rubble after the blast, June 4, 2024. (EPA)",
            "A wounded girl is carried to an ambulance on June 4, 2024. (AFP via Getty Images)",
        ] {
            let doc = extract_texts(&[&format!(
                " date 2024-06-05\nBlast hits market\n{caption}\nA car bomb killed nine people at a market in Kirkuk on Tuesday, police said."
            )]);
            let titles: Vec<&str> = doc.events.iter().map(|e| e.title.as_str()).collect();
            assert!(
                doc.events
                    .iter()
                    .any(|e| e.date == "2024-06-04" && e.title.to_lowercase().contains("car bomb")),
                "{caption}: {titles:?}"
            );
        }
    }

    #[test]
    fn a_harm_told_days_before_a_dated_statement_is_an_event_of_that_earlier_day() {
        for (sentence, want) in [
            (
                "The prime minister met commanders on Monday, a day after militants killed nine policemen near Kirkuk.",
                "2022-12-18",
            ),
            (
                "Troops sealed the valley on Monday, two days after gunmen killed six shepherds there.",
                "2022-12-17",
            ),
            (
                "The governor visited Hawija on Monday, a week after a suicide bomber killed 30 worshippers.",
                "2022-12-12",
            ),
            (
                "Parliament met on Monday, the day after rebels shot 12 guards at the dam.",
                "2022-12-18",
            ),
            (
                "Schools stayed shut on Monday, three days after a car bomb wounded 40 pupils.",
                "2022-12-16",
            ),
        ] {
            let doc = extract_texts(&[&format!(" date 2022-12-19\nNews\n{sentence}")]);
            assert!(
                doc.events.iter().any(|e| e.date == want),
                "{sentence}: {:?}",
                doc.events
                    .iter()
                    .map(|e| (&e.date, &e.title))
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_title_whose_subject_a_helper_shortened_does_not_panic() {
        // A reduced relative inside a long subject ("gunmen disguised in army uniforms")
        // once left the title shorter than its subject's length: an index out of bounds.
        let doc = extract_texts(&[" date 2026-01-26 The truce did not end the valley's pain. Six months later, on 14 May 2016, rebel gunmen disguised in army uniforms slipped back into Orsk before dawn and went from house to house. By the time they were cornered three days later, they had killed at least 90 villagers, among them women and children."]);
        assert!(
            doc.events
                .iter()
                .any(|e| e.date == "2016-05-14" && e.title.contains("gunmen")),
            "{:#?}",
            doc.events
                .iter()
                .map(|e| (&e.date, &e.title))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_gist_title_skips_dates_and_openers() {
        for (sentence, date, want) in [
            (
                "On 8 August 2021, gunmen killed 51 villagers in Ouatagouna.",
                "8 August 2021",
                Some("Gunmen killed 51 villagers in Ouatagouna"),
            ),
            (
                "In March 2019 the last enclave fell to the alliance.",
                "March 2019",
                Some("The last enclave fell to the alliance"),
            ),
            (
                "Then, on Friday, rebels shelled the port of Kandor.",
                "Friday",
                Some("Rebels shelled the port of Kandor"),
            ),
            (
                "Since 2014 Orsk has held the pass; it never fell.",
                "2014",
                Some("Orsk has held the pass"),
            ),
            ("In 2015.", "2015", None),
        ] {
            let toks = crate::extract::words::tokenize(sentence, 0..sentence.len());
            let at = sentence.find(date).unwrap();
            let date = at..at + date.len();
            let got = sentence_gist(sentence, &toks, std::slice::from_ref(&date));
            assert_eq!(got.as_deref(), want, "{sentence}");
        }
    }
    use crate::model::TimexType;

    /// The extraction of `texts`, articles `a0`, `a1`, … in that order.
    fn extract_texts(texts: &[&str]) -> crate::model::Extraction {
        let sources: Vec<crate::extract::Source> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::extract::Source {
                id: format!("a{i}"),
                text: t.to_string(),
                ..Default::default()
            })
            .collect();
        crate::extract::extract(&sources)
    }

    /// Extracts the texts together and compares (date, articles that mention it) of
    /// every event whose date is listed, in date order.
    fn check(texts: &[&str], expected: &[(&str, &[&str])]) {
        let doc = extract_texts(texts);
        let dates: Vec<&str> = expected.iter().map(|e| e.0).collect();
        let got: Vec<(String, Vec<String>)> = doc
            .events
            .iter()
            .filter(|e| dates.contains(&e.date.as_str()))
            .map(|e| {
                let mut arts: Vec<String> = e.mentions.iter().map(|m| m.article.clone()).collect();
                arts.dedup();
                (e.date.clone(), arts)
            })
            .collect();
        let expected: Vec<(String, Vec<String>)> = expected
            .iter()
            .map(|(d, a)| (d.to_string(), a.iter().map(|x| x.to_string()).collect()))
            .collect();
        assert_eq!(got, expected, "{:#?}", doc.events);
    }

    #[test]
    fn one_incident_told_by_two_reports_is_one_event() {
        check(
            &[
                " date 2021-05-03 Rebels shelled Kandor harbour on Saturday, killing nine fishermen.\nThe harbour was first attacked in 1950.",
                "Nine fishermen died when rebels shelled Kandor harbour on Saturday.\nOfficials said the shelling was the worst in years.",
            ],
            &[("1950", &["a0"]), ("2021-05-01", &["a0", "a1"])],
        );
    }

    #[test]
    fn a_dated_sentence_also_tells_the_coarser_event_it_recalls() {
        check(
            &[
                " date 2022-02-03 Omar Kassim took over as head of the Kandor militia on Oct. 31, 2019, days after the old Kandor militia leader Ali Zahir died.",
                " date 2022-02-04 The old Kandor militia leader Ali Zahir died in 2019, before Omar Kassim took over.",
            ],
            &[("2019", &["a0", "a1"]), ("2019-10-31", &["a0"])],
        );
    }

    #[test]
    fn one_incident_dated_on_neighbouring_days_is_one_event() {
        // Local time and US time of one overnight shelling.
        check(
            &[
                " date 2021-05-04 Rebels shelled the Kandor barracks early on Monday, killing six guards, the army said.",
                " date 2021-05-04 Six guards died on Sunday night when rebels shelled the barracks at Kandor.",
            ],
            &[("2021-05-03", &["a0", "a1"])],
        );
        check(
            &[
                " date 2019-11-12 A militia ambushed a convoy near Tosh on Monday and wounded four drivers.",
                " date 2019-11-12 Four drivers were wounded when a convoy was ambushed near Tosh on Sunday night.",
                " date 2019-11-12 The convoy ambush near Tosh on Monday wounded four drivers, police said.",
            ],
            &[("2019-11-11", &["a0", "a1", "a2"])],
        );
    }

    #[test]
    fn a_sentence_told_apart_is_an_event_apart() {
        // The day after the attack, strikes and a separate incident: the separate one
        // is its own event, though dated on the strikes' day.
        for separate in [
            "In a separate incident on Saturday, two civilians were injured when a bomb exploded near a farm in Dara.",
            "Separately, a roadside bomb wounded two farmers near Dara on Saturday.",
            "In an unrelated attack on Saturday, gunmen killed two shepherds near Dara.",
            "In a separate bombing on Saturday, a mine hurt two traders near Dara.",
            "Separately on Saturday, a mortar round injured two children in Dara.",
        ] {
            let text = format!(
                " date 2020-05-03 Militants stormed army posts near Tosh on Friday night, killing ten soldiers.\nArmy jets struck the hideouts of the attackers near Tosh on Saturday, killing five militants.\n{separate}"
            );
            let doc = extract_texts(&[&text]);
            let saturday: Vec<usize> = doc
                .events
                .iter()
                .filter(|e| e.date == "2020-05-02")
                .map(|e| e.mentions.len())
                .collect();
            assert_eq!(saturday.len(), 2, "{separate}: {:?}", doc.events.iter().map(|e| (&e.date, &e.title)).collect::<Vec<_>>());
        }
    }

    #[test]
    fn incidents_of_neighbouring_days_with_other_victims_stay_apart() {
        // Two happenings on neighbouring days, each with its own dead or wounded, told
        // by one report or by two reports of the same news.
        for (texts, first, second) in [
            (
                vec![
                    " date 2020-01-09 On Tuesday, a stampede at the funeral in Kerman killed 56 people. In a separate incident, an airliner crashed near Tehran on Wednesday morning, killing all 176 people on board.",
                ],
                "2020-01-07",
                "2020-01-08",
            ),
            (
                vec![
                    " date 2022-01-22 Gunmen stormed the Vell prison on Thursday night and killed 20 guards. Hours later, militants overran an army post near Tosh on Friday, killing 11 soldiers.",
                ],
                "2022-01-20",
                "2022-01-21",
            ),
            (
                vec![
                    " date 2022-12-20 Militants ambushed a police convoy near Safra on Sunday, killing nine policemen.",
                    " date 2022-12-20 Iraqi jets bombed militant hideouts near Safra on Monday, killing four militants.",
                ],
                "2022-12-18",
                "2022-12-19",
            ),
            (
                vec![
                    " date 2023-07-07 A rocket hit the market in Dara on Wednesday and wounded twelve shoppers. A car bomb exploded at the Dara checkpoint on Thursday, killing three guards.",
                ],
                "2023-07-05",
                "2023-07-06",
            ),
            (
                vec![
                    " date 2024-03-02 A drone struck the Harbour base on Thursday, wounding 4 sailors.",
                    " date 2024-03-02 Shelling of the Harbour district on Friday killed two fishermen.",
                ],
                "2024-02-29",
                "2024-03-01",
            ),
        ] {
            let doc = extract_texts(&texts);
            let dates: Vec<&str> = doc.events.iter().map(|e| e.date.as_str()).collect();
            assert!(
                dates.contains(&first) && dates.contains(&second),
                "{texts:?}: {dates:?}"
            );
        }
    }

    #[test]
    fn a_part_of_the_narratives_day_adds_no_event() {
        for second in [
            "Gunfire could still be heard in the afternoon.",
            "Later in the evening, the toll rose.",
            "Jets struck again at dawn.",
            "Police withdrew in the morning.",
            "Crowds returned to the square in the evening.",
        ] {
            let text = format!(
                " date 2019-11-28 Troops opened fire on marchers in Vell on Thursday, killing 25 people. {second}"
            );
            let doc = extract_texts(&[&text]);
            assert_eq!(
                doc.events.len(),
                1,
                "{second}: {:?}",
                doc.events
                    .iter()
                    .map(|e| (&e.date, &e.title))
                    .collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn one_report_naming_two_nights_tells_two_incidents() {
        // Two attacks on neighbouring nights, one without a figure of its own (or with
        // none hurt): the report names each night, so they stay two.
        for text in [
            " date 2021-11-30 Two guards died when militants attacked a post outside Vell on Monday night, officials said. On Sunday night, gunmen tried to storm an outpost near Tosh but were driven off without casualties among the guards.",
            " date 2021-11-30 Rebels shelled the Dara barracks on Monday night, killing three soldiers. On Sunday night, fighters ambushed a patrol near Safra.",
            " date 2021-11-30 A bomb killed four police officers at a checkpoint in Kandor late Monday. Late Sunday, militants attacked a village near Tosh, burning two houses.",
            " date 2021-11-30 Militants overran an army post near Elba on Monday evening, killing five soldiers. On Sunday evening, insurgents shelled a police station in Harbour.",
            " date 2021-11-30 Insurgents stormed a checkpoint near Vell on Monday night and killed two guards. On Sunday night, a drone struck a depot near Tosh, causing no injuries.",
        ] {
            let doc = extract_texts(&[text]);
            let dates: Vec<&str> = doc.events.iter().map(|e| e.date.as_str()).collect();
            assert!(
                dates.contains(&"2021-11-28") && dates.contains(&"2021-11-29"),
                "{text}: {dates:?}"
            );
        }
        // A night and the day after it, in one report, may be one happening told across
        // midnight.
        check(
            &[
                " date 2018-04-02 A sergeant died on March 30 in Manbij of wounds from a roadside bomb. Five other soldiers were wounded in the Thursday night blast near Manbij.",
            ],
            &[("2018-03-29", &["a0"])],
        );
    }

    #[test]
    fn a_vague_coarse_telling_with_the_same_figures_is_the_same_incident() {
        check(
            &[
                " date 2022-03-12 Marines raided a rebel camp near Port Elba on Thursday, killing nine militants. Two marines were wounded in the raid.",
                " date 2022-03-12 A raid on a rebel camp near Port Elba earlier this week left nine militants dead.",
            ],
            &[("2022-03-10", &["a0", "a1"])],
        );
        // "Earlier this month" telling other figures is another attack.
        check(
            &[
                " date 2022-03-12 Marines raided a rebel camp near Port Elba on Thursday, killing nine militants. Earlier this month, three marines were hurt in an attack on a depot near Port Elba.",
            ],
            &[("2022-03", &["a0"]), ("2022-03-10", &["a0"])],
        );
    }

    #[test]
    fn a_ranking_since_a_dated_happening_is_titled_by_that_happening() {
        // The ranked incident's subject comes before a relative clause or an aside,
        // so the clause with the date is not the sentence's only clause.
        for (sentence, date, expected) in [
            (
                "The attack, which killed 12 soldiers, was the deadliest since militants stormed the prison in January 2022.",
                "2022-01",
                "Militants storm the prison",
            ),
            (
                "The loss, the militia said, is the worst since its founder died in a US strike in January 2020.",
                "2020-01",
                "Founder dies in a US strike",
            ),
            (
                "The bombing, claimed by ISIS, was the bloodiest since a truck bomb hit the market in July 2016.",
                "2016-07",
                "Truck bomb hits the market",
            ),
            (
                "This raid, officials said, was the biggest since commandos captured the emir in March 2023.",
                "2023-03",
                "Commandos capture the emir",
            ),
            (
                "The ambush, in which four guards died, was the worst since rebels overran the base in May 2021.",
                "2021-05",
                "Rebels overrun the base",
            ),
        ] {
            let doc = extract_texts(&[&format!(
                " date 2024-06-10 Gunmen attacked an army post in Tosh on Sunday. {sentence}"
            )]);
            let titles: Vec<(&str, &str)> = doc
                .events
                .iter()
                .map(|e| (e.date.as_str(), e.title.as_str()))
                .collect();
            assert!(titles.contains(&(date, expected)), "{sentence}: {titles:?}");
        }
    }

    #[test]
    fn a_vague_retelling_shares_figures_the_dated_report_gives_in_later_sentences() {
        // The dated report counts the victims only in sentences with no date of their
        // own; the other report's "last week" counts the same: one event, dated by day.
        for (count, retelling) in [
            (
                "Eight U.S. service members were treated for minor injuries.",
                "Eight American troops were injured in a drone attack on a U.S. base in Tosh last week, officials said Tuesday.",
            ),
            (
                "Six guards were wounded by shrapnel.",
                "A drone struck a base in Tosh late last week, wounding six guards.",
            ),
            (
                "Seven soldiers were hurt in the blast.",
                "Seven soldiers were hurt when a drone hit the landing zone in Tosh last week.",
            ),
        ] {
            let doc = extract_texts(&[
                &format!(
                    " date 2024-08-10 On Friday, August 9th, a one-way attack drone struck the landing zone in Tosh.\n{count}\nThere was also minor damage to the base."
                ),
                &format!(" date 2024-08-14 {retelling}\nThe base hosts coalition troops."),
            ]);
            let dates: Vec<&str> = doc
                .events
                .iter()
                .filter(|e| e.date.starts_with("2024-"))
                .map(|e| e.date.as_str())
                .collect();
            assert_eq!(dates, ["2024-08-09"], "{retelling}");
        }
    }

    #[test]
    fn a_month_recall_of_many_victims_of_one_side_is_that_incident() {
        // A report of other news recalls the incident by its month, in some of its words,
        // and counts the same eleven soldiers: one event, dated by the day.
        let story = |n: &str| {
            format!(
                " date 2022-01-22 Gunmen stormed an army post in Tosh on Friday, killing {n} soldiers.\nThe post guards a mountain road to the border.\nThe governor of Tosh ordered an inquiry and closed the road.\nFarmers in the valley fear more raids."
            )
        };
        let other = |recall: &str| {
            format!(
                " date 2022-12-20 Militants ambushed a police convoy near Safra on Sunday, killing nine officers.\nThe convoy was carrying supplies to Safra.\n{recall}\nPolice have blocked the roads around Safra."
            )
        };
        for recall in [
            "In January, militants stormed an army post in Tosh and killed 11 soldiers as they slept.",
            "Eleven soldiers were killed when gunmen overran a post near Tosh in January.",
            "The rebels killed 11 soldiers at a mountain post in Tosh in January.",
            "In January gunmen killed eleven soldiers in Tosh province.",
            "Militants slew 11 soldiers in an attack on the Tosh post last January.",
        ] {
            let doc = extract_texts(&[&story("11"), &other(recall)]);
            let january: Vec<(&str, usize)> = doc
                .events
                .iter()
                .filter(|e| e.date.starts_with("2022-01"))
                .map(|e| (e.date.as_str(), e.mentions.len()))
                .collect();
            assert!(
                january.len() == 1 && january[0].0 == "2022-01-21",
                "{recall}: {january:?}"
            );
        }
        // Two dead are common: a month's recall of two stays an event of its own.
        let doc = extract_texts(&[
            &story("2"),
            &other("Two soldiers were killed when gunmen overran a post near Tosh in January."),
        ]);
        assert_eq!(
            doc.events
                .iter()
                .filter(|e| e.date.starts_with("2022-01"))
                .count(),
            2
        );
    }

    #[test]
    fn headlines_that_share_their_stems_agree() {
        for (a, b) in [
            ("Iraqi forces defeat ISIS", "Iraq declares ISIS defeated"),
            (
                "Tolan troops liberate Orsk",
                "Orsk liberated by Tolan troops",
            ),
            (
                "Red Band loses its last towns in Tola",
                "Tola: Red Band lost last towns",
            ),
            (
                "Kurdish fighters capture Baghuz",
                "Baghuz captured by Kurdish-led fighters",
            ),
            (
                "Army drives rebels out of Vell",
                "Rebels driven from Vell by the army",
            ),
        ] {
            assert!(stems_agree(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("Iraqi forces retake Mosul", "Iraq declares ISIS defeated"),
            ("Red Band loses Orsk", "Red Band seizes Vell"),
            (
                "Kurdish fighters capture Baghuz",
                "Kurdish fighters lose Afrin",
            ),
        ] {
            assert!(!stems_agree(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn unrelated_reports_recalling_one_change_of_territory_alike_tell_one_event() {
        // Two reports of different news recall the same defeat, one by its year and
        // one by its month, in headlines that share their stems.
        for (first, second) in [
            (
                "Tolan forces defeated the Red Band in 2017.",
                "Tola declared the Red Band defeated in December 2017.",
            ),
            (
                "The army drove the Red Band out of Vell in 2017.",
                "In December 2017 the army drove the Red Band from the Vell valley.",
            ),
            (
                "Tola declared victory over the Red Band in 2017.",
                "Tolan leaders declared their victory over the Red Band in December 2017.",
            ),
            (
                "The Red Band lost its last towns in Tola in 2017.",
                "In December 2017 the Red Band lost the last towns it held in Tola.",
            ),
            (
                "Tolan troops liberated Orsk from the Red Band in 2017.",
                "Orsk was liberated from the Red Band by Tolan troops in December 2017.",
            ),
        ] {
            let a = format!(
                " date 2021-05-03 Floods hit the Osk valley on Sunday, the weather office said.\n{first}\nFarmers fled three villages."
            );
            let b = format!(
                " date 2022-08-10 A new bridge opened in Kandor on Tuesday, the mayor said.\n{second}\nTraffic was light."
            );
            let doc = extract_texts(&[&a, &b]);
            let in_2017: Vec<(&str, usize)> = doc
                .events
                .iter()
                .filter(|e| e.date.starts_with("2017"))
                .map(|e| (e.date.as_str(), e.mentions.len()))
                .collect();
            assert_eq!(in_2017, [("2017-12", 2)], "{first} / {second}");
        }
        // Another change of territory in that year stays apart.
        let a = " date 2021-05-03 Floods hit the Osk valley on Sunday, the weather office said.\nTolan forces retook Orsk from the Red Band in July 2017.\nFarmers fled three villages.";
        let b = " date 2022-08-10 A new bridge opened in Kandor on Tuesday, the mayor said.\nTola declared the Red Band defeated in December 2017.\nTraffic was light.";
        let doc = extract_texts(&[a, b]);
        assert_eq!(
            doc.events
                .iter()
                .filter(|e| e.date.starts_with("2017"))
                .count(),
            2
        );
    }

    #[test]
    fn a_war_start_and_the_attack_that_started_it_are_one_event() {
        check(
            &[
                " date 2021-02-10 Tolan fighters stormed the Veda border post on Nov. 3, 2020, in the attack that began the Tolan-Veda war.\nThe port handles grain and timber.\nFerries leave twice a day for the islands.",
                " date 2021-03-01 Trade has collapsed since the start of the Tolan-Veda war in November 2020.\nMarket stalls sell fish and bread.\nThe mayor opened a new school.",
            ],
            &[("2020-11-03", &["a0", "a1"])],
        );
    }

    #[test]
    fn happenings_of_different_kinds_in_one_year_stay_apart() {
        let texts = [
            " date 2021-05-03 Red Band fighters proclaimed their state across the valley in 2015.\nA league of ten nations was formed in 2015 to fight the Red Band.\nThe valley grows rice.",
            " date 2021-05-04 A league of ten nations was established in 2015 to fight the Red Band fighters.\nThe Red Band seized the valley towns in 2015.\nThe river floods in spring.",
        ];
        let doc = extract_texts(&texts);
        let year: Vec<(&str, EventKind)> = doc
            .events
            .iter()
            .filter(|e| e.date == "2015")
            .map(|e| (e.title.as_str(), e.kind))
            .collect();
        assert_eq!(year.len(), 2, "{year:?}");
        assert!(year.iter().any(|e| e.1 == EventKind::Political), "{year:?}");
        assert!(
            year.iter()
                .any(|e| e.0.starts_with("Red Band fighters proclaim")),
            "{year:?}"
        );
    }

    #[test]
    fn a_response_dated_with_what_it_answers_tells_both() {
        let texts = [
            " date 2021-09-06 The navy launched retaliatory strikes on rebel depots on Sunday, hours after a boat bomb rammed a patrol ship near Vell, wounding four sailors.\nThe port handles grain.",
            " date 2021-09-05 Four sailors were injured on Sunday when a boat bomb rammed a patrol ship near Vell.\nMarkets sell fish.",
        ];
        let doc = extract_texts(&texts);
        let day: Vec<(&str, Vec<&str>)> = doc
            .events
            .iter()
            .filter(|e| e.date == "2021-09-05")
            .map(|e| {
                let mut arts: Vec<&str> = e.mentions.iter().map(|m| m.article.as_str()).collect();
                arts.dedup();
                (e.title.as_str(), arts)
            })
            .collect();
        assert_eq!(day.len(), 2, "{day:?}");
        // The attack is told by both reports; the strikes by the first.
        assert!(
            day.iter()
                .any(|e| e.1 == ["a0", "a1"] && e.0.starts_with("Boat bomb rams")),
            "{day:?}"
        );
        assert!(
            day.iter()
                .any(|e| e.1 == ["a0"] && e.0.starts_with("Navy launches retaliatory strikes")),
            "{day:?}"
        );
    }

    #[test]
    fn the_part_a_response_answers() {
        let part = |s: &str| {
            let toks = crate::extract::words::tokenize(s, 0..s.len());
            answered_part(&toks, &(0..0)).map(|k| s[toks[k].range.start..].to_string())
        };
        assert_eq!(
            part("Jets hit depots hours after a bomb wrecked a ferry.").as_deref(),
            Some("a bomb wrecked a ferry.")
        );
        assert_eq!(
            part("The army shelled the hills following an ambush on a convoy.").as_deref(),
            Some("an ambush on a convoy.")
        );
        assert_eq!(
            part("Police sealed the square after gunmen attacked a bank, killing two.").as_deref(),
            Some("gunmen attacked a bank, killing two.")
        );
        // Casualties before "after": one happening and its cause.
        assert_eq!(part("Nine dead after rebels raid a village."), None);
        assert_eq!(
            part("Two guards were killed after a blast at the gate."),
            None
        );
        // Nothing of an incident after it.
        assert_eq!(part("Talks resumed after a long pause."), None);
    }

    #[test]
    fn a_response_told_after_the_harm_is_not_the_statement() {
        let tells = |s: &str| {
            let toks = crate::extract::words::tokenize(s, 0..s.len());
            let clause: Vec<usize> = (0..toks.len()).collect();
            tells_response(&toks, &clause)
        };
        // The harm first, its response in a later clause: the statement tells the harm.
        assert!(!tells(
            "The last time a ranger was killed in a mortar attack, the army responded with shelling"
        ));
        assert!(!tells(
            "Two guards died when the depot was hit, which led to retaliatory raids on the hills"
        ));
        assert!(!tells(
            "A sniper wounded a medic at the ford, and the navy retaliated by shelling the coast"
        ));
        assert!(!tells(
            "Nine sailors were hurt in the blast; reprisals followed within hours"
        ));
        assert!(!tells(
            "A bomb injured four clerks at the mill, prompting retaliatory strikes in response"
        ));
        // The response is the statement's happening.
        assert!(tells(
            "The navy launched retaliatory strikes after a mine wounded two divers"
        ));
        assert!(tells(
            "In retaliation for the ambush, the army shelled the ridge"
        ));
        assert!(tells(
            "Jets struck the depots in response to the bombing that killed six"
        ));
        // No response word at all.
        assert!(!tells("Rebels shelled the port, killing three"));
    }

    #[test]
    fn an_incident_recalled_with_its_response_joins_its_telling() {
        // Two reports of one news, one recalling last December's ambush with the
        // response to it, the other dating it.
        for recall in [
            "The last time a ranger was killed in a mortar attack on a Tosh border post – in December 2018 – the army responded with shelling.",
            "A ranger was killed in a mortar attack on a Tosh border post in December 2018, and the army retaliated with shelling.",
            "In December 2018 a mortar attack on a Tosh border post killed a ranger, which led to retaliatory shelling.",
            "A Tosh border post was hit by a mortar attack in December 2018 that killed a ranger; the army responded with shelling.",
            "The mortar attack on a Tosh border post that killed a ranger in December 2018 drew retaliatory shelling from the army.",
        ] {
            let doc = extract_texts(&[
                &format!(" date 2019-03-02 Mortars hit the Tosh border post on Friday, wounding two rangers. {recall}"),
                " date 2019-03-02 Two rangers were wounded when mortars hit the Tosh border post on Friday. The Red Hand militia was behind a previous mortar attack on a Tosh border post in December that killed a ranger.",
            ]);
            let told: Vec<(&str, &str, Vec<&str>)> = doc
                .events
                .iter()
                .map(|e| {
                    let mut arts: Vec<&str> =
                        e.mentions.iter().map(|m| m.article.as_str()).collect();
                    arts.sort_unstable();
                    arts.dedup();
                    (e.date.as_str(), e.title.as_str(), arts)
                })
                .collect();
            // The attack, told by both; the response to it, told after the harm, a
            // happening of its own; Friday's attack, told by both.
            assert_eq!(told.len(), 3, "{recall}: {told:#?}");
            assert!(
                told.iter().any(|e| e.0 == "2018-12" && e.2 == ["a0", "a1"]),
                "{recall}: {told:#?}"
            );
            assert!(
                told.iter().any(|e| e.0 == "2018-12"
                    && e.1.to_lowercase().contains("shelling")
                    && e.2 == ["a0"]),
                "{recall}: {told:#?}"
            );
            assert!(
                told.iter().any(|e| e.0 == "2019-03-01" && e.2 == ["a0", "a1"]),
                "{recall}: {told:#?}"
            );
        }
    }

    #[test]
    fn a_title_is_cut_at_a_word_end() {
        assert_eq!(
            cut_at_word("Troops kill leader Abu Bakr al-Baghdadi", 36),
            "Troops kill leader Abu Bakr"
        );
        assert_eq!(cut_at_word("Rebels shell the port", 12), "Rebels shell");
        assert_eq!(cut_at_word("Rebels shell the port", 11), "Rebels");
        assert_eq!(
            cut_at_word("Rebels shell the port", 60),
            "Rebels shell the port"
        );
        assert_eq!(cut_at_word("Überfall auf Köln", 9), "Überfall");
    }

    #[test]
    fn a_clear_best_match_among_rivals_is_the_same_news() {
        // Term bags: each article has its own words (ids from 100 up) and shares some.
        let bag = |own: u32, shared: &[u32]| -> TermIds {
            let mut b: TermIds = (own * 100..own * 100 + 20).collect();
            b.extend_from_slice(shared);
            b.sort_unstable();
            b
        };
        let pairs = |bags: &[TermIds]| {
            let refs: Vec<&TermIds> = bags.iter().collect();
            let weights = merge::ArticleWeights::new(2000, refs.iter().copied());
            let norms: Vec<f64> = refs.iter().map(|b| weights.norm(b)).collect();
            // The pairs related by a clear lead alone (all likenesses here are weak).
            let mut p: Vec<(usize, usize)> = mutual_matches(&refs, &norms, &weights)
                .into_iter()
                .filter(|&(_, related)| related)
                .map(|(pair, _)| pair)
                .collect();
            p.sort_unstable();
            p
        };
        // Articles 1 and 2 share five words; the rest share a word or two.
        let set = [
            bag(1, &[1]),
            bag(2, &[5, 6, 7, 8, 9]),
            bag(3, &[5, 6, 7, 8, 9, 2]),
            bag(4, &[1, 3]),
            bag(5, &[2, 4]),
            bag(6, &[3, 4]),
        ];
        assert_eq!(pairs(&set), [(1, 2)]);
        // Two articles alone have no rivals: nothing is clear.
        assert_eq!(pairs(&set[1..3]), []);
        // A rival nearly as alike: no clear lead.
        let torn = [
            bag(1, &[1]),
            bag(2, &[5, 6, 7, 8, 9]),
            bag(3, &[5, 6, 7, 8, 9, 2]),
            bag(4, &[5, 6, 7, 8, 3]),
            bag(5, &[2, 4]),
        ];
        assert!(!pairs(&torn).contains(&(1, 2)));
    }

    #[test]
    fn a_victory_told_in_its_year_and_in_its_month_by_related_reports_is_one() {
        check(
            &[
                " date 2022-12-18 Red Hand gunmen attacked a Vell police patrol near Orsk on Sunday, killing nine officers.\nVell declared the Red Hand defeated in 2017 after a three-year battle.",
                " date 2022-12-20 Vell jets hit Red Hand hideouts near Orsk after Sunday's attack on a police patrol.\nVell declared victory over the Red Hand in December 2017 after a three-year war.",
            ],
            &[("2017-12", &["a0", "a1"]), ("2022-12-18", &["a0", "a1"])],
        );
        // Without the month telling, the year stays its own event.
        check(
            &[
                " date 2022-12-18 Red Hand gunmen attacked a Vell police patrol near Orsk on Sunday, killing nine officers.\nVell declared the Red Hand defeated in 2017 after a three-year battle.",
                " date 2022-12-20 Vell jets hit Red Hand hideouts near Orsk after Sunday's attack on a police patrol.\nThe river is wide.",
            ],
            &[("2017", &["a0"]), ("2022-12-18", &["a0", "a1"])],
        );
    }

    #[test]
    fn two_running_years_of_one_state_are_one_span() {
        for (text, span) in [
            (
                " date 2023-05-02 At its height in 2014 and 2015, the Red Hand held half of Vell.\nThe river is wide.",
                "2014/2015",
            ),
            (
                " date 2023-05-02 The drought of Orsk, worst in 2019 and 2020, emptied the valley.\nThe river is wide.",
                "2019/2020",
            ),
            (
                " date 2023-05-02 In 2016 and 2017 the rebels controlled the port of Kandor.\nThe river is wide.",
                "2016/2017",
            ),
        ] {
            let doc = extract_texts(&[text]);
            let dates: Vec<&str> = doc.events.iter().map(|e| e.date.as_str()).collect();
            assert_eq!(dates, [span], "{text}");
        }
        // Two years apart are two happenings.
        let doc = extract_texts(&[
            " date 2023-05-02 Rebels took the port of Kandor in 2014 and 2019.\nThe river is wide.",
        ]);
        let dates: Vec<&str> = doc.events.iter().map(|e| e.date.as_str()).collect();
        assert!(!dates.contains(&"2014/2019"), "{dates:?}");
    }

    #[test]
    fn a_holding_until_a_date_ends_then() {
        for (text, date, title) in [
            (
                " date 2021-06-02 Kandor occupied a strip of the south until May 2000.\nThe river is wide.",
                "2000-05",
                "Kandor ends its occupation of a strip of the south",
            ),
            (
                " date 2021-06-02 The Red Hand militia controlled Orsk until July 2017.\nThe river is wide.",
                "2017-07",
                "Red Hand militia ends its control of Orsk",
            ),
            (
                " date 2021-06-02 The colonels ruled Vell until 1974.\nThe river is wide.",
                "1974",
                "Colonels end their rule over Vell",
            ),
            (
                " date 2021-06-02 Rebels besieged the port until March 2016.\nThe river is wide.",
                "2016-03",
                "Rebels end their siege of the port",
            ),
            (
                " date 2021-06-02 The navy blockaded the coast until 2019.\nThe river is wide.",
                "2019",
                "Navy ends its blockade of the coast",
            ),
        ] {
            let doc = extract_texts(&[text]);
            let got: Vec<(&str, &str)> = doc
                .events
                .iter()
                .map(|e| (e.date.as_str(), e.title.as_str()))
                .collect();
            assert!(got.contains(&(date, title)), "{text}: {got:?}");
        }
        // Any other date of a holding is the holding.
        let doc = extract_texts(&[
            " date 2021-06-02 Kandor occupied the south in 1982.\nThe river is wide.",
        ]);
        assert_eq!(doc.events[0].title, "Kandor occupies the south");
    }

    #[test]
    fn a_date_inside_an_after_phrase_dates_that_happening() {
        for (text, date, title_has) in [
            (
                " date 2026-06-02 The militia launched its campaign against shipping after the Tolan attack on Vell in October 2023.\nThe river is wide.",
                "2023-10",
                "attack on Vell",
            ),
            (
                " date 2026-06-02 Prices soared before the 2019 blockade of the port.\nThe river is wide.",
                "2019",
                "blockade",
            ),
            (
                " date 2026-06-02 The mayor fled following the rebel raid on Orsk in May 2021.\nThe river is wide.",
                "2021-05",
                "raid on Orsk",
            ),
            (
                " date 2026-06-02 Talks stalled after the war with Kandor in 2015.\nThe river is wide.",
                "2015",
                "war with Kandor",
            ),
            (
                " date 2026-06-02 Aid stopped after the bombing of the Vell bridge on March 3, 2024.\nThe river is wide.",
                "2024-03-03",
                "bombing of the Vell bridge",
            ),
        ] {
            let doc = extract_texts(&[text]);
            let on: Vec<&str> = doc
                .events
                .iter()
                .filter(|e| e.date == date)
                .map(|e| e.title.as_str())
                .collect();
            assert!(
                on.len() == 1 && on[0].to_lowercase().contains(&title_has.to_lowercase()),
                "{text}: {on:?}"
            );
        }
        // A verb between "after" and the date: the clause's date ("after rebels
        // shelled the port in May" dates the shelling as a clause).
        let toks = crate::extract::words::tokenize(
            "Talks stalled after rebels shelled the port in May.",
            0..51,
        );
        assert_eq!(dated_event_phrase(&toks, &(44..47)), None);
    }

    #[test]
    fn a_date_in_a_clause_after_an_incident_dates_the_clause() {
        // The story's incident, then a sentence that opens with it and dates another
        // happening in a clause after "after": two events on two days.
        for (text, day, title_has) in [
            (
                " date 2022-01-22 Militants overran an army post in Tosh on Friday, killing 11 soldiers. The attack came hours after gunmen stormed the Vell prison on Thursday night.",
                "2022-01-20",
                "storm",
            ),
            (
                " date 2023-05-10 A drone hit the Harbour base on Tuesday, wounding four sailors. The strike followed days of unrest after rebels seized the port of Orsk on Sunday.",
                "2023-05-07",
                "seize",
            ),
            (
                " date 2021-03-04 Rockets hit the Kandor air base on Wednesday and wounded two guards. The barrage came a day after the militia shelled a convoy near Dara on Tuesday.",
                "2021-03-02",
                "shell",
            ),
            (
                " date 2024-09-12 Gunmen ambushed a police patrol near Safra on Tuesday, killing three officers. The ambush happened following clashes that erupted in the hills on 8 September.",
                "2024-09-08",
                "erupt",
            ),
            (
                " date 2020-11-06 A car bomb exploded at the Tosh checkpoint on Thursday, killing six guards. The bombing comes after the army arrested a rebel commander on Monday.",
                "2020-11-02",
                "arrest",
            ),
        ] {
            let doc = extract_texts(&[text]);
            let on: Vec<&str> = doc
                .events
                .iter()
                .filter(|e| e.date == day)
                .map(|e| e.title.as_str())
                .collect();
            assert!(
                on.len() == 1 && on[0].to_lowercase().contains(title_has),
                "{text}: {:?}",
                doc.events.iter().map(|e| (&e.date, &e.title)).collect::<Vec<_>>()
            );
        }
        // Harm before "after" tells one happening: the clause is its cause.
        let toks = crate::extract::words::tokenize(
            "Nine guards were killed after gunmen stormed the post on Friday.",
            0..64,
        );
        assert_eq!(dated_after_clause(&toks, &(53..59)), None);
        // A toll that rose after a wounded man died: one incident.
        let toks = crate::extract::words::tokenize(
            "The toll from the strike rose to nine after a wounded man died on Friday.",
            0..73,
        );
        assert_eq!(dated_after_clause(&toks, &(65..71)), None);
    }

    /// [`answered_dated_phrase`] of `sentence` dated by `date`, as the words from where
    /// the answered phrase begins up to the date.
    fn answered(sentence: &str, date: &str) -> Option<String> {
        let toks = crate::extract::words::tokenize(sentence, 0..sentence.len());
        let s = sentence.find(date).unwrap();
        let from = answered_dated_phrase(&toks, &(s..s + date.len()))?;
        Some(sentence[toks[from].range.start..s].trim_end().to_string())
    }

    #[test]
    fn a_date_inside_what_a_response_answers_is_that_happenings() {
        for (sentence, date, phrase) in [
            (
                "The raid came in response to the ambush on a convoy near the dam on Sunday evening.",
                "Sunday evening",
                "the ambush on a convoy near the dam on",
            ),
            (
                "Gunboats shelled the harbour in retaliation for a mine that sank a patrol boat last Thursday.",
                "last Thursday",
                "a mine that sank a patrol boat",
            ),
            (
                "Militia leaders said they retaliated for the killing of their commander in March.",
                "March",
                "the killing of their commander in",
            ),
            (
                "It was revenge for an explosion that wounded nine cadets at the academy on 4 May.",
                "4 May",
                "an explosion that wounded nine cadets at the academy on",
            ),
            (
                "The curfew is a reprisal for the bombing of a police station in the old town late on Friday.",
                "late on Friday",
                "the bombing of a police station in the old town",
            ),
        ] {
            assert_eq!(answered(sentence, date).as_deref(), Some(phrase), "{sentence}");
        }
        for (sentence, date) in [
            // The date comes before the response: it dates the response.
            (
                "Troops shelled the village on Monday in response to the attack.",
                "Monday",
            ),
            // The date is in the clause after the answered phrase.
            (
                "In response to the attack, troops shelled the village on Monday.",
                "Monday",
            ),
            // Nothing that happened between the response word and the date.
            (
                "The ministry responded to the letter on Tuesday.",
                "Tuesday",
            ),
            (
                "In response to questions from reporters on Friday, the envoy smiled.",
                "Friday",
            ),
            // A response word with no object before the date.
            (
                "Retaliatory strikes hit the depots on Wednesday.",
                "Wednesday",
            ),
        ] {
            assert_eq!(answered(sentence, date), None, "{sentence}");
        }
    }

    #[test]
    fn headlines_that_say_the_same() {
        assert!(titles_agree("Hamas attack on Israel", "Hamas's attack"));
        assert!(titles_agree(
            "Tolan raid on Vell",
            "Tolan's raid empties the mountain schools"
        ));
        assert!(titles_agree(
            "Rebels seize Orsk",
            "Red Band rebels seize the city of Orsk"
        ));
        assert!(titles_agree(
            "Kandor invades Tosh",
            "Kandor troops invade Tosh"
        ));
        assert!(titles_agree("Coup in Vell", "Military coup in Vell"));
        assert!(titles_agree(
            "Tolan army's offensive on Orsk",
            "Tolan offensive on Orsk begins"
        ));
        assert!(!titles_agree(
            "Hamas attack on Israel",
            "Israel strikes Gaza"
        ));
        assert!(!titles_agree("Rebels seize Orsk", "Army retakes Orsk"));
        assert!(!titles_agree("Attack", "Attack"));
    }

    #[test]
    fn a_background_happening_named_alike_by_two_reports_is_one() {
        for (a, b) in [
            (
                "Grain barges, fishing boats and tankers queued for weeks at the northern locks as insurers doubled premiums after the Tolan raid on Vell in May 2019.",
                "Tolan's May 3, 2019 raid on Vell emptied the mountain schools and left teachers unpaid for a year.",
            ),
            (
                "Bread, cooking oil and fuel prices rose sharply across the southern provinces after the Kandor invasion of Tosh in 2011.",
                "Kandor's March 2011 invasion of Tosh drove many families from houses whose keys they still keep.",
            ),
            (
                "Negotiators from both sides left the lakeside hotel without a deal after the Orsk bombing in June 2020.",
                "Shopkeepers reopened the covered market only months after the June 12, 2020 Orsk bombing.",
            ),
            (
                "Foreign lenders froze credit lines and the currency lost half its value after the Vell coup in 2018.",
                "The army's April 2018 coup in Vell shut opposition newspapers within days.",
            ),
            // The same date in both.
            (
                "Foreign banks left the capital and the currency halved after the Orsk mutiny in 2017.",
                "Sailors still speak of the 2017 Orsk mutiny, which ended with the admiral's arrest.",
            ),
            (
                "Tourism never recovered in the valley after the Dara earthquake in March 2012.",
                "The Dara earthquake of March 2012 flattened the old quarter and its mosques.",
            ),
            (
                "Convoys of food and medicine stopped at the river crossing after the rebel siege of Dara in 2016.",
                "The rebel siege of Dara on July 4, 2016 left doctors working by candlelight in cellars.",
            ),
        ] {
            let doc = extract_texts(&[
                &format!(" date 2024-06-02 {a}\nThe river is wide.\nBread is dear."),
                &format!(" date 2024-08-11 {b}\nThe lake is deep.\nFish are cheap."),
            ]);
            let both = doc.events.iter().any(|e| {
                let mut arts: Vec<&str> = e.mentions.iter().map(|m| m.article.as_str()).collect();
                arts.sort_unstable();
                arts.dedup();
                arts == ["a0", "a1"]
            });
            assert!(both, "{a} / {b}: {:#?}", doc.events.iter().map(|e| (&e.date, &e.title)).collect::<Vec<_>>());
        }
    }

    #[test]
    fn every_response_word_passes_the_first_letter_test() {
        for w in RESPONSE_WORD_LIST {
            let toks = crate::extract::words::tokenize(w, 0..w.len());
            assert!(is_response_word(&toks, 0), "{w}");
        }
    }

    #[test]
    fn a_blow_struck_back_is_a_response() {
        let tells = |s: &str| {
            let toks = crate::extract::words::tokenize(s, 0..s.len());
            let clause: Vec<usize> = (0..toks.len()).collect();
            tells_response(&toks, &clause)
        };
        assert!(tells("Navy jets struck back within hours"));
        assert!(tells("The army hit back at rebel positions on Sunday"));
        assert!(tells("Gunners fired back across the river"));
        assert!(tells("Vell lashed back with drone raids"));
        assert!(tells("The coalition strikes back at the militia's depots"));
        // "back" of a place or a return is none.
        assert!(!tells("Troops went back to the base"));
        assert!(!tells("Rockets struck the back of the depot"));
    }

    #[test]
    fn the_response_told_after_its_harm() {
        let part = |s: &str| {
            let toks = crate::extract::words::tokenize(s, 0..s.len());
            let date = s.find("2019").map_or(0..0, |at| at..at + 4);
            reply_part(&toks, &date, &[]).map(|k| s[toks[k].range.start..].to_string())
        };
        assert_eq!(
            part("A sniper killed two guards at the ford in 2019, which led to reprisal raids on the hills.").as_deref(),
            Some("reprisal raids on the hills.")
        );
        assert_eq!(
            part(
                "Gunmen wounded a judge in 2019 and the police retaliated by sealing the old town."
            )
            .as_deref(),
            Some("the police retaliated by sealing the old town.")
        );
        assert_eq!(
            part("When shells killed a farmer in 2019 – near the dam – Vell responded with drone strikes.").as_deref(),
            Some("Vell responded with drone strikes.")
        );
        assert_eq!(
            part("The 2019 bombing that injured six cadets prompted retaliatory shelling of the ridge.").as_deref(),
            Some("retaliatory shelling of the ridge.")
        );
        assert_eq!(
            part("Two pilots died in the crash in 2019; the air force reacted, and in retaliation grounded the fleet.").as_deref(),
            Some("in retaliation grounded the fleet.")
        );
        // The response is the sentence's own happening: nothing harmful before it.
        assert_eq!(
            part("In retaliation for the 2019 raid, jets struck the depots."),
            None
        );
        // A response word inside the harm's clause is no response of its own.
        assert_eq!(
            part("Retaliatory shelling in 2019 killed three herders."),
            None
        );
        // A response with a date of its own is dated apart.
        let s =
            "A mine killed two divers in 2019, and the navy responded with strikes in March 2020.";
        let toks = crate::extract::words::tokenize(s, 0..s.len());
        let at = s.find("March").unwrap_or(0);
        let later = crate::extract::timex::TimexHit {
            range: at..at + 10,
            kind: crate::model::TimexType::Date,
            value: "2020-03".into(),
            modifier: None,
            anchor: None,
        };
        assert_eq!(reply_part(&toks, &(32..36), &[&later]), None);
    }

    #[test]
    fn a_happening_recalled_as_the_cause_of_another() {
        let part = |s: &str| {
            let toks = crate::extract::words::tokenize(s, 0..s.len());
            recalled_harm_part(&toks, &(0..0)).map(|k| s[toks[k].range.start..].to_string())
        };
        assert_eq!(
            part("Rockets rained on the embassy after the militia killed a senior cleric.")
                .as_deref(),
            Some("the militia killed a senior cleric.")
        );
        assert_eq!(
            part("Crowds stormed the ministry days after police shot a student.").as_deref(),
            Some("police shot a student.")
        );
        assert_eq!(
            part("The rebels seized Kalma just after government jets bombed their camp, officials said.").as_deref(),
            Some("government jets bombed their camp, officials said.")
        );
        assert_eq!(
            part("Sailors abandoned the port after a drone wounded two harbour pilots.").as_deref(),
            Some("a drone wounded two harbour pilots.")
        );
        assert_eq!(
            part("Tanks entered Orsk after insurgents injured 12 conscripts at the gate.")
                .as_deref(),
            Some("insurgents injured 12 conscripts at the gate.")
        );
        // No doer: the victims' own fate, or a bare incident noun.
        assert_eq!(
            part("The army shelled the ridge after two guards were killed."),
            None
        );
        assert_eq!(part("Talks stalled after being shot down twice."), None);
        assert_eq!(part("Aid convoys halted after the ambush."), None);
        // Harm before "after": one happening and its cause.
        assert_eq!(
            part("Nine villagers died after gunmen killed the guards."),
            None
        );
    }

    #[test]
    fn the_parts_of_one_sentence_are_two_events() {
        for (text, first, second) in [
            (
                " date 2021-06-02 Earlier this year, rockets struck the Vell embassy after the Kandor militia killed a senior cleric.\nThe city has two rivers.",
                "rockets strike",
                "kill",
            ),
            (
                " date 2021-06-02 A sniper killed two guards at the Vell ford in May, which led to reprisal raids on the hills.\nThe city has two rivers.",
                "kill",
                "raids",
            ),
            (
                " date 2021-06-02 Mortars wounded six cadets at the Vell academy in May, and the army retaliated by shelling the ridge.\nThe city has two rivers.",
                "wound",
                "shelling",
            ),
            (
                " date 2021-06-02 In May, crowds stormed the Vell ministry after police shot a student.\nThe city has two rivers.",
                "storm",
                "shoot",
            ),
            (
                " date 2021-06-02 The Kandor militia bombed a Vell bus depot in May, injuring nine drivers; the army responded with raids on Kandor villages.\nThe city has two rivers.",
                "bomb",
                "raids",
            ),
        ] {
            let doc = extract_texts(&[text]);
            let titles: Vec<String> = doc
                .events
                .iter()
                .filter(|e| e.date != "2021-06-02")
                .map(|e| e.title.to_lowercase())
                .collect();
            assert_eq!(titles.len(), 2, "{text}: {titles:?}");
            assert!(titles.iter().any(|t| t.contains(first)), "{text}: {titles:?}");
            assert!(titles.iter().any(|t| t.contains(second)), "{text}: {titles:?}");
        }
    }

    #[test]
    fn responses_to_one_happening_told_by_two_reports_are_one() {
        for (a, b) in [
            (
                "A mortar attack on a Tosh border post killed a ranger last year, which led to retaliatory shelling of Red Hand camps.",
                "The last time a ranger was killed at a Tosh border post – in December 2018 – the army responded with shelling of Red Hand camps.",
            ),
            (
                "Red Hand gunmen killed a ranger at a Tosh border post last year, prompting reprisal raids on their camps.",
                "In December 2018 Red Hand gunmen killed a ranger at a Tosh border post, and the army retaliated with raids on their camps.",
            ),
            (
                "Last year a ranger was shot dead at a Tosh border post, and the army responded by shelling the hills.",
                "A ranger died at a Tosh border post in December 2018; the army retaliated by shelling the hills.",
            ),
            (
                "A ranger was killed at a Tosh border post last year, drawing retaliatory air strikes on the valley.",
                "Rangers were killed at a Tosh border post in December 2018, which triggered retaliatory air strikes on the valley.",
            ),
            (
                "Last year's bombing of a Tosh border post killed a ranger and provoked reprisal shelling.",
                "The bombing of a Tosh border post in December 2018 killed a ranger, which led to reprisal shelling.",
            ),
        ] {
            let doc = extract_texts(&[
                &format!(" date 2019-03-02 Mortars hit the Tosh border post on Friday, wounding two rangers. {a}"),
                &format!(" date 2019-03-02 Two rangers were wounded when mortars hit the Tosh border post on Friday. {b}"),
            ]);
            let responses: Vec<(&str, Vec<&str>)> = doc
                .events
                .iter()
                .filter(|e| e.date.starts_with("2018"))
                .filter(|e| {
                    let t = e.title.to_lowercase();
                    t.contains("shell") || t.contains("raid") || t.contains("strikes")
                })
                .map(|e| {
                    let mut arts: Vec<&str> =
                        e.mentions.iter().map(|m| m.article.as_str()).collect();
                    arts.sort_unstable();
                    arts.dedup();
                    (e.date.as_str(), arts)
                })
                .collect();
            assert_eq!(responses, [("2018-12", vec!["a0", "a1"])], "{a} / {b}: {:#?}", doc.events);
        }
    }

    #[test]
    fn a_vague_recall_by_another_report_joins_the_dated_telling() {
        for vague in [
            "The Red Hand militia was blamed for a mortar attack on a Tosh border post last year which killed a ranger.",
            "Last year the Red Hand militia carried out a mortar attack on a Tosh border post that killed a ranger.",
            "A ranger was killed last year in a Red Hand mortar attack on a Tosh border post.",
            "The Red Hand militia killed a ranger in a mortar attack on a Tosh border post last year.",
            "Last year a Red Hand mortar attack on a Tosh border post left a ranger dead.",
        ] {
            check(
                &[
                    &format!(" date 2019-03-02 Mortars hit the Tosh border post on Friday, wounding two rangers. {vague}"),
                    " date 2019-03-02 Two rangers were wounded when mortars hit the Tosh border post on Friday. The Red Hand militia was behind a previous mortar attack on a Tosh border post in December that killed a ranger.",
                ],
                &[("2018-12", &["a0", "a1"]), ("2019-03-01", &["a0", "a1"])],
            );
        }
        // A report that tells this month's incident and adds "earlier this month"
        // tells another happening.
        check(
            &[
                " date 2019-03-20 Marines raided a Red Hand camp near Tosh on Monday, killing four gunmen. Earlier this month, marines killed a Red Hand commander in a strike near Tosh.",
            ],
            &[("2019-03", &["a0"]), ("2019-03-18", &["a0"])],
        );
    }

    /// Filler sentences that make two reports of one incident read as different news.
    const OTHER_NEWS: [&str; 2] = [
        "The harbour reopened to ferries after the winter storms. Grain prices rose at the market. The mayor opened a new school and a library. Fishing boats returned with a record catch.",
        "Farmers in the valley began the olive harvest early. A new bridge over the river was finished. Teachers held a festival in the old theatre. The railway added two trains a day.",
    ];

    #[test]
    fn reports_a_day_apart_counting_the_same_victims_tell_one_incident() {
        for (a, b) in [
            ("A drone hit the Vell depot on Thursday, killing two engineers and wounding four guards.",
             "Two engineers were killed and four guards wounded when a drone hit the Vell depot on Friday."),
            ("Rockets struck the Vell depot on Thursday night, killing two engineers and injuring four guards.",
             "On Friday rockets struck the Vell depot; two engineers died and four guards were injured."),
            ("Two engineers died and four guards were hurt as a drone hit the Vell depot on Thursday.",
             "A drone attack on the Vell depot on Friday killed two engineers and hurt four guards."),
            ("The Vell depot was hit by a drone on Thursday: two engineers were killed, four guards wounded.",
             "A drone killed two engineers and wounded four guards at the Vell depot on Friday."),
            ("Gunmen attacked the Vell depot on Thursday, killing two engineers and wounding four guards.",
             "Four guards were wounded and two engineers killed in an attack on the Vell depot on Friday."),
        ] {
            check(
                &[
                    &format!(" date 2022-05-06 {a} {}", OTHER_NEWS[0]),
                    &format!(" date 2022-05-07 {b} {}", OTHER_NEWS[1]),
                ],
                &[("2022-05-05", &["a0", "a1"])],
            );
        }
    }

    #[test]
    fn the_same_victims_are_a_shared_group_of_two_or_two_shared_figures() {
        use Outcome::{Injured, Killed};
        let v = |xs: &[(Who, Outcome, u32)]| {
            let mut v = xs.to_vec();
            v.sort_unstable();
            v
        };
        let us = Who::UsForces;
        let other = Who::Other;
        // Three soldiers killed in both.
        assert!(same_victims(
            &v(&[(us, Killed, 3)]),
            &v(&[(us, Killed, 3), (us, Injured, 25)])
        ));
        // Two shared figures of one person each.
        assert!(same_victims(
            &v(&[(other, Killed, 1), (us, Injured, 1)]),
            &v(&[(other, Killed, 1), (us, Injured, 1)])
        ));
        // Twenty wounded in both.
        assert!(same_victims(
            &v(&[(us, Injured, 20)]),
            &v(&[(us, Injured, 20), (other, Killed, 1)])
        ));
        // One person killed alone is too common to tell one incident.
        assert!(!same_victims(
            &v(&[(other, Killed, 1)]),
            &v(&[(other, Killed, 1), (us, Injured, 4)])
        ));
        // Other counts, outcomes or groups.
        assert!(!same_victims(
            &v(&[(us, Killed, 3)]),
            &v(&[(us, Killed, 4)])
        ));
        assert!(!same_victims(
            &v(&[(us, Killed, 3)]),
            &v(&[(us, Injured, 3)])
        ));
        assert!(!same_victims(
            &v(&[(us, Killed, 3)]),
            &v(&[(other, Killed, 3)])
        ));
        assert!(!same_victims(&[], &v(&[(us, Killed, 3)])));
    }

    #[test]
    fn one_days_incident_told_in_other_words_counting_the_same_victims_is_one() {
        // The dated sentences share no words; the figures, told undated, are the same.
        for (a, b) in [
            (
                "A drone struck near the barracks at the Vell outpost on Sunday.",
                "Relatives in Kandor buried those killed on Sunday.",
            ),
            (
                "Militants flew an explosive drone into the Vell outpost on Sunday.",
                "Flags flew at half mast over Kandor for the dead of Sunday.",
            ),
            (
                "On Sunday a drone hit the sleeping quarters of the Vell outpost.",
                "The mayor of Kandor named the soldiers killed on Sunday.",
            ),
            (
                "The Vell outpost came under drone fire on Sunday.",
                "Kandor held a vigil for those killed on Sunday.",
            ),
            (
                "An unmanned aircraft slammed into the Vell outpost on Sunday.",
                "Church bells rang in Kandor for the men killed on Sunday.",
            ),
        ] {
            check(
                &[
                    &format!(
                        " date 2022-05-09 {a} Three sentries were killed and 20 were wounded. {}",
                        OTHER_NEWS[0]
                    ),
                    &format!(
                        " date 2022-05-09 {b} Three sentries were killed and 20 were wounded. {}",
                        OTHER_NEWS[1]
                    ),
                ],
                &[("2022-05-08", &["a0", "a1"])],
            );
        }
    }

    #[test]
    fn another_story_recalling_an_incident_with_its_figures_joins_it() {
        for recall in [
            "The last deadly attack on the port killed two Danish engineers and one Dutch guard in March.",
            "Two Danish engineers and one Dutch guard were killed in the last deadly attack on the port, in March.",
            "In March a deadly attack on the port killed two Danish engineers and one Dutch guard.",
            "The deadliest attack on the port came in March, when two Danish engineers and one Dutch guard were killed.",
            "A rocket attack on the port in March killed two Danish engineers and one Dutch guard.",
        ] {
            check(
                &[
                    &format!(" date 2021-03-12 Rockets hit the port of Vell on Wednesday, killing two Danish engineers and one Dutch guard. {}", OTHER_NEWS[0]),
                    &format!(" date 2022-02-16 A mortar round hit a school in Tosh on Monday, wounding a teacher. {recall} {}", OTHER_NEWS[1]),
                ],
                &[("2021-03-10", &["a0", "a1"])],
            );
        }
    }

    #[test]
    fn a_title_states_the_events_own_count() {
        let counts = [3, 28];
        assert!(states_count("Strike kills at least 28 people", &counts));
        assert!(states_count("Blast wounds three guards", &counts));
        assert!(states_count("Twenty-eight die in a raid", &counts));
        assert!(!states_count(
            "Militants among 37 killed in strikes",
            &counts
        ));
        assert!(!states_count("Raid kills nine rebels", &counts));
        assert!(!states_count("Strike hits a camp", &counts));
    }

    #[test]
    fn statistics_and_forecasts_are_not_events() {
        check(
            &[
                " date 2021-07-01 Rebels staged 212 bombings in 2020. The army expects the total to double in 2022. Rebels shelled the port on Monday.",
            ],
            &[("2021-06-28", &["a0"])],
        );
        let doc = crate::extract::extract(&[crate::extract::Source {
            id: "a0".into(),
            text: " date 2021-07-01 Rebels staged 212 bombings in 2020. The army expects the total to double in 2022. As of 2021, the rebels hold the hills. Rebels shelled the port on Monday.".into(),
            ..Default::default()
        }]);
        let dates: Vec<&str> = doc.events.iter().map(|e| e.date.as_str()).collect();
        assert_eq!(dates, ["2021-06-28"]);
    }

    #[test]
    fn undated_background_sentence_joins_its_dated_telling() {
        check(
            &[
                " date 2021-05-03 At its height in 2015, the Kandor militia held the northern valley and its mines.",
                " date 2021-05-04 At its height, the Kandor militia held the northern valley.",
            ],
            &[("2015", &["a0", "a1"])],
        );
    }

    #[test]
    fn adjacent_and_majority_days() {
        assert!(adjacent_days("2022-02-02", "2022-02-03"));
        assert!(adjacent_days("2024-03-01", "2024-02-29"));
        assert!(!adjacent_days("2022-02-01", "2022-02-03"));
        assert!(!adjacent_days("2022-02", "2022-02-03"));
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            majority_day(
                &v(&["2022-02-02", "2022-02-03", "2022-02-03"]),
                "2022-02-02"
            ),
            "2022-02-03"
        );
        assert_eq!(
            majority_day(&v(&["2022-02-02", "2022-02-03"]), "x"),
            "2022-02-02"
        );
    }

    /// A group with the given sorted term ids (the rest does not matter here).
    fn group_with(terms: &[u32], weights: &LocalWeights) -> Group {
        Group {
            terms: terms.to_vec(),
            norm: weights.norm(terms, 0),
            ..Group::empty()
        }
    }

    #[test]
    fn shared_term_index_finds_the_sharing_groups_and_their_exact_cosines() {
        let bags: Vec<TermIds> = vec![vec![0, 2, 5], vec![1, 2, 3, 5, 7], vec![4, 6], vec![0, 3]];
        let weights = LocalWeights::new(8, bags.iter().map(|b| (b, 0)));
        let groups: Vec<Group> = bags.iter().map(|b| group_with(b, &weights)).collect();
        let mut index = SharedTerms::new(&groups);
        let sentence = [0u32, 3, 5, 7];
        let norm = weights.norm(&sentence, 0);
        let mut got: Vec<(usize, usize, f64)> = index.count(&sentence, &weights, 0).to_vec();
        got.sort_by_key(|g| g.0);
        assert_eq!(
            got.iter().map(|g| (g.0, g.1)).collect::<Vec<_>>(),
            [(0, 2), (1, 3), (3, 2)]
        );
        for (gi, _, dot) in got {
            let g = &groups[gi];
            let direct = weights.cosine_normed(&sentence, norm, &g.terms, g.norm, 0);
            let indexed = LocalWeights::cosine_of_dot(dot, norm, g.norm);
            assert_eq!(direct.to_bits(), indexed.to_bits(), "group {gi}");
        }
        // Counting again starts afresh.
        assert_eq!(
            index.count(&[6], &weights, 0),
            [(2, 1, weights.squared(6, 0) + -0.0)]
        );
        assert!(index.count(&[], &weights, 0).is_empty());
    }

    #[test]
    fn several_victims_are_the_same_in_any_group() {
        use Outcome::{Injured, Killed};
        use Who::{Civilians, Militants, Other, PartnerForces, UsForces};
        // One report places five dead fighters with the partner forces, another with
        // no group; the same count of several dead or wounded is one set of victims.
        for (x, list) in [
            ((PartnerForces, Killed, 5), vec![(Militants, Killed, 5)]),
            ((Other, Injured, 12), vec![(Civilians, Injured, 12)]),
            (
                (UsForces, Injured, 4),
                vec![(Other, Killed, 1), (PartnerForces, Injured, 4)],
            ),
            ((Civilians, Killed, 2), vec![(Other, Killed, 2)]),
            ((Militants, Killed, 30), vec![(Militants, Killed, 30)]),
        ] {
            assert!(counts_same(&x, &list), "{x:?} {list:?}");
        }
        // One victim of another group, another count or another outcome is not.
        for (x, list) in [
            ((PartnerForces, Killed, 1), vec![(Militants, Killed, 1)]),
            ((PartnerForces, Killed, 5), vec![(PartnerForces, Killed, 6)]),
            ((Civilians, Killed, 5), vec![(Civilians, Injured, 5)]),
        ] {
            assert!(!counts_same(&x, &list), "{x:?} {list:?}");
        }
    }

    #[test]
    fn nested_dates() {
        assert!(nested("2017", "2017-12"));
        assert!(nested("2023-10-07", "2023-10"));
        assert!(!nested("2017", "2017"));
        assert!(!nested("2017", "2018-01"));
        assert!(!nested("2023-10/2024-02", "2023-10"));
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(
            slug("2023-10/2024-02", "Militias launched drone attacks"),
            "2023-10-2024-02-militias-launched-drone-attacks"
        );
    }

    #[test]
    fn ranges_join_from_and_to() {
        let text = "From October to February, militias fired drones.";
        let hit = |w: &str, v: &str| {
            let s = text.find(w).unwrap();
            TimexHit {
                range: s..s + w.len(),
                kind: TimexType::Date,
                value: v.to_string(),
                modifier: None,
                anchor: None,
            }
        };
        let timexes = [hit("October", "2023-10"), hit("February", "2024-02")];
        let toks = crate::extract::words::tokenize(text, 0..text.len());
        let got = dated_statements(text, &toks, 0..text.len(), &timexes);
        assert_eq!(got[0].0, "2023-10/2024-02");
        assert_eq!(got.len(), 1);
    }
}
