//! Casualty figures: counts, qualifiers, groups, outcomes, explicit zeros and the
//! incident date each figure belongs to.
//!
//! - [`lexicon`] — the word lists: who, what happened, how exact.
//! - [`counts`] — numeric figures in one sentence, by clause grammar.
//! - [`tolls`] — tolls whose verb stands between them and their number.
//! - [`zeros`] — explicit zeros with a group.
//! - [`groupless`] — zeros that name no group ("No one was killed"): not figures,
//!   listed apart for the cards.
//!
//! This module runs both over every sentence, resolves anaphors ("the three injuries")
//! against earlier figures of the article, and dates each figure.

pub mod counts;
pub mod groupless;
pub mod lexicon;
pub mod partitive;
pub mod tolls;
pub mod zeros;

use super::actors::{demonstrative_head, recalled_side, Actors};
use super::dating;
use super::incident_dating::IncidentDating;
use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use super::timex::TimexHit;
use super::words::{clip, tokenize, Token};
use crate::extract::words::WordSet;
use crate::model::{Casualty, Group, Outcome, Qualifier, SentenceKind};
use chrono::NaiveDate;
use counts::{RawFigure, Refers};
use std::collections::HashMap;
use std::ops::Range;

/// One casualty figure found in a text, byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Byte range of the clause or sentence stating it.
    pub range: Range<usize>,
    /// Index of the sentence (in the article's sentence list) that states it.
    pub sentence: usize,
    /// Who.
    pub group: Group,
    /// What happened to them.
    pub outcome: Outcome,
    /// How many.
    pub count: u32,
    /// How exact.
    pub qualifier: Qualifier,
    /// TIMEX3 value of the incident.
    pub incident_date: Option<String>,
    /// A short note ("hurt in falls").
    pub note: Option<String>,
    /// Byte range of the words naming who was counted, when the clause names them.
    pub who: Option<Range<usize>>,
}

/// True when the sentence gives a time of day and names a force acting ("At 12 p.m.
/// local time today, U.S. forces took action against …", "Shortly after 2 a.m. the
/// commandos moved on the compound"): times of day in a report are an operation's,
/// not a statement's (a briefing's hour is set apart by its reporting verb).
fn timed_action(text: &str, toks: &[Token], range: Range<usize>, timexes: &[TimexHit]) -> bool {
    dating::timexes_in(timexes, range).iter().any(|t| {
        t.kind == crate::model::TimexType::Time && {
            let at = toks.partition_point(|k| k.range.start < t.range.start);
            let end = toks.partition_point(|k| k.range.start < t.range.end);
            !dating::is_reporting_date(toks, at) && !dating::reporting_verb_after(toks, end)
        }
    }) && toks
        .iter()
        .any(|t| lexicon::is_military_head(&t.norm) || lexicon::is_militant_marker(text, t))
}

/// Verbs a source speaks or blames with ("Syrian state media said", "… that state
/// media blamed on Israel").
const SOURCE_VERBS: WordSet<8> = WordSet::new([
    "said",
    "says",
    "reported",
    "reports",
    "announced",
    "blamed",
    "claimed",
    "stated",
]);

/// Words of a state's own media ("state media", "news agency", "state television").
const MEDIA_WORDS: WordSet<4> = WordSet::new(["media", "agency", "television", "tv"]);

/// How many words before its verb a source may be named.
const SOURCE_REACH: usize = 8;

/// `Some` when the sentence gives its figures in a third state's own voice: the
/// source before its first verb of saying names a third state ("Syrian state media
/// said", "Syria's official news agency SANA said"), in a report from before 2025
/// (when Syria's forces are no partners yet).
fn third_state_source(text: &str, toks: &[Token], reference: Option<NaiveDate>) -> Option<()> {
    use chrono::Datelike;
    if reference.is_some_and(|r| r.year() >= 2025) {
        return None;
    }
    // Most sentences name no media: one keyed look-up each turns them away.
    let media = toks.iter().position(|t| MEDIA_WORDS.contains(&t.norm))?;
    let verb = media
        + toks[media..]
            .iter()
            .take(SOURCE_REACH)
            .position(|t| t.is_word && SOURCE_VERBS.contains(&t.norm))?;
    (verb.saturating_sub(SOURCE_REACH)..verb)
        .any(|k| Actors::force_named_at(text, toks, k) == Some(Group::Other))
        .then_some(())
}

/// True when the sentence opens with "It said" or "They said": the source of the
/// sentence before speaks again.
fn opens_with_its_report(toks: &[Token]) -> bool {
    let mut words = toks.iter().filter(|t| t.is_word);
    matches!(
        (words.next(), words.next()),
        (Some(a), Some(b)) if matches!(a.norm.as_str(), "it" | "they") && SOURCE_VERBS.contains(&b.norm)
    )
}

/// A figure a question takes as known: a definite noun phrase of a count, a noun of
/// people and the participle that says what befell them ("the three service members
/// hurt in the attack"), as opposed to the figure it asks about ("Were those four
/// killed?", "How many of the 12 wounded …?").
fn presupposed(toks: &[Token], f: &counts::RawFigure) -> bool {
    let Some(who) = &f.who else {
        return false;
    };
    let Some(first) = toks.iter().position(|t| t.range.start == who.start) else {
        return false;
    };
    let Some(last) = toks.iter().rposition(|t| t.range.end == who.end) else {
        return false;
    };
    first >= 2
        && toks[first - 1].count.is_some()
        && toks[first - 2].norm == "the"
        && toks
            .get(last + 1)
            .is_some_and(|t| lexicon::outcome_word(&t.norm) == Some(f.outcome))
}

impl Figure {
    /// The contract form, with code-point offsets and the id `<article>:c<n>`.
    pub fn to_model(&self, article: &str, n: usize, text: &str, index: &CharIndex) -> Casualty {
        Casualty {
            article: article.to_string(),
            start: index.char_at(self.range.start),
            end: index.char_at(self.range.end),
            text: text.get(self.range.clone()).unwrap_or("").to_string(),
            group: self.group,
            outcome: self.outcome,
            count: self.count,
            qualifier: self.qualifier,
            incident_date: self.incident_date.clone(),
            note: self.note.clone(),
            who: self
                .who
                .clone()
                .and_then(|r| text.get(r))
                .map(str::to_string),
            id: figure_id(article, n),
            event: None,
        }
    }
}

/// The id of an article's `n`-th figure: `<article>:c<n>`.
/// Written digit by digit into a string of the right size: every figure needs its id
/// twice, and the formatting machinery costs more than the rest of the id.
pub fn figure_id(article: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(article.len() + 2 + digits.len() - at);
    id.push_str(article);
    id.push_str(":c");
    // ASCII digits only.
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// Words that mark a sentence as telling of plural incidents ("two strikes"): its
/// figures are dated by the common period of the article's incident days.
const PLURAL_INCIDENTS: WordSet<5> =
    WordSet::new(["strikes", "airstrikes", "raids", "attacks", "operations"]);

/// Words of a deadly incident beyond [`dating::INCIDENT_WORDS`], for finding the days an
/// article dates its incidents by.
const DEADLY_WORDS: WordSet<4> = WordSet::new(["died", "blast", "bombing", "explosion"]);

/// Weapons whose blow a sentence tells ("the drone slammed into the barracks on
/// Thursday", "rockets rained down Friday"): a sentence naming one tells of an
/// incident, so its day is an incident day.
const WEAPON_WORDS: WordSet<12> = WordSet::new([
    "drone", "drones", "rocket", "rockets", "missile", "missiles", "mortar", "mortars", "bomb",
    "bombs", "grenade", "shells",
]);

/// Words of an assault as it is carried out ("militants stormed the post on Sunday
/// night", "the shooting went on for hours") and of a day's toll ("Thursday was the
/// deadliest day of the protests"): a sentence holding one tells of an incident, so
/// its day is an incident day (as does "opened fire", [`opens_fire`]; not "two days
/// of exchanges of fire", whose day may be the calm after them).
const ASSAULT_WORDS: WordSet<8> = WordSet::new([
    "gunfire",
    "shooting",
    "stormed",
    "overran",
    "ambushed",
    "shelled",
    "deadliest",
    "bloodiest",
]);

/// Words that make a sentence tell of an incident: [`dating::INCIDENT_WORDS`],
/// [`dating::INCIDENT_NOUNS`], [`DEADLY_WORDS`], [`WEAPON_WORDS`] and
/// [`ASSAULT_WORDS`] in one set, so that each word of a sentence is looked up once.
const INCIDENT_MARKERS: WordSet<
    {
        dating::INCIDENT_WORDS.len()
            + dating::INCIDENT_NOUNS.len()
            + DEADLY_WORDS.len()
            + WEAPON_WORDS.len()
            + ASSAULT_WORDS.len()
    },
> = WordSet::union_of(&[
    dating::INCIDENT_WORDS.keys(),
    dating::INCIDENT_NOUNS.keys(),
    DEADLY_WORDS.keys(),
    WEAPON_WORDS.keys(),
    ASSAULT_WORDS.keys(),
]);

/// True when a line links to another story ("Read more: …", "Related: …", "See
/// also: …"): its headline's figures are that story's.
fn links_another_story(line: &str) -> bool {
    let head = line.trim_start();
    [
        "read more:",
        "related:",
        "see also:",
        "also read:",
        "read also:",
        "more:",
    ]
    .iter()
    .any(|p| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    })
}

/// True when a sentence opens, past any quote mark, with "<count> of them" ("Five of
/// them were killed …").
fn opens_count_of_them(toks: &[Token]) -> bool {
    let words: Vec<&Token> = toks
        .iter()
        .skip_while(|t| !t.is_word && t.count.is_none())
        .take(3)
        .collect();
    matches!(words.as_slice(), [n, of, them] if n.count.is_some_and(|c| c > 0) && of.norm == "of" && them.norm == "them")
}

/// True when a sentence counts people ("was carrying seven Peshmerga", "Nine soldiers
/// were inside the tower"): a count with a noun of people within the next three words.
fn counts_people(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        t.count.is_some_and(|c| c > 1)
            && toks[k + 1..]
                .iter()
                .take(3)
                .any(|w| w.is_word && lexicon::is_person_head(&w.norm))
    })
}

/// True when a sentence tells someone opening fire ("gunmen opened fire on the
/// crowd late Friday", "troops open fire"): an assault carried out.
fn opens_fire(toks: &[Token]) -> bool {
    toks.windows(2).any(|w| {
        w[1].norm == "fire" && matches!(w[0].norm.as_str(), "opened" | "open" | "opens" | "opening")
    })
}

/// Words that point back to a force named before: possessive pronouns, "them" and
/// the nouns "the group", "the militia" ([`Actors::antecedent`]).
const POINTING_BACK: WordSet<9> = WordSet::new([
    "its", "their", "his", "her", "them", "group", "militia", "faction", "whom",
]);

/// How far back an anaphoric figure looks for the figure it restates.
const ANAPHOR_REACH: usize = 50;

/// Finds every casualty figure in the sentences of `text`, dated against the
/// article's timexes; `reference` bounds which days can be the incident's.
pub fn find(
    text: &str,
    sentences: &[SentenceSpan],
    tokens: &[Vec<Token>],
    timexes: &[TimexHit],
    reference: Option<NaiveDate>,
) -> Vec<Figure> {
    let mut out: Vec<Figure> = Vec::new();
    let mut dating = IncidentDating::new(reference);
    let mut sentence_info = Vec::new();
    // For each figure, the earlier figure it counts anew, if it is a tally of it.
    let mut restates: Vec<Option<usize>> = Vec::new();
    // Tolls that restate figures the article only gives after them.
    let mut ahead: Vec<usize> = Vec::new();
    let mut guessed: Vec<bool> = Vec::new();
    // The figure a list of bullets breaks down: the largest of a sentence that ends
    // with a colon ("these operations have left 60 people dead:"), kept while the
    // lines after it are its bullets ("• Six ISIS members.").
    let mut listing: Option<usize> = None;
    let actors = Actors {
        speaker: super::actors::interview_speaker(text, tokens),
        ..Actors::of(text, tokens, reference)
    };
    for (si, s) in sentences.iter().enumerate() {
        if s.kind == SentenceKind::Boilerplate {
            continue;
        }
        let range = clip(text, s.range.clone());
        let toks = &tokens[si];
        // Only a sentence with a word that points back needs the force before it.
        let carried = if toks.iter().any(|t| POINTING_BACK.contains(&t.norm)) {
            let previous: Vec<&[Token]> = (si.saturating_sub(2)..si)
                .rev()
                .filter(|&k| sentences[k].kind != SentenceKind::Boilerplate)
                .map(|k| tokens[k].as_slice())
                .collect();
            Actors::carried_from(text, &previous)
        } else {
            None
        };
        // Only a sentence with "<count> of those <people>" needs the people before it.
        let recalled = if demonstrative_head(toks).is_some() {
            let previous: Vec<&[Token]> = (si.saturating_sub(3)..si)
                .rev()
                .filter(|&k| sentences[k].kind != SentenceKind::Boilerplate)
                .map(|k| tokens[k].as_slice())
                .collect();
            recalled_side(text, toks, &previous, &actors)
        } else if si > 0 && opens_count_of_them(toks) && counts_people(&tokens[si - 1]) {
            // "The Humvee was carrying seven Peshmerga. Five of them were killed": the
            // people the sentence before counted.
            super::actors::people_named(text, &tokens[si - 1], &actors)
        } else if zeros::opens_bare_none(toks) && si > 0 {
            // "None were harmed.": the people of the sentence before.
            super::actors::people_named(text, &tokens[si - 1], &actors)
        } else {
            None
        };
        let mut here = Actors {
            carried,
            recalled,
            ..actors
        };

        let figures = |here: &Actors| {
            let mut raw = counts::figures_in(text, toks, here);
            raw.extend(zeros::zeros_in(text, toks, here));
            raw
        };
        let mut raw = figures(&here);
        // A militant attack in a partner's land that names no American hits the
        // local force: read again with it as the article's own (asked only of a
        // sentence with figures that took the US force or no side).
        if actors.own_force == Some(Group::UsForces)
            && raw
                .iter()
                .any(|f| matches!(f.group, Some(Group::UsForces | Group::Other)))
            && counts::local_attack(toks)
        {
            here.own_force = Some(Group::PartnerForces);
            raw = figures(&here);
        }
        // "Syrian state media said … killed a soldier", "It said one soldier was
        // killed": figures a third state's own voice gives of its soldiers are theirs
        // (read again with that state's force as the article's own; asked only of a
        // sentence with figures).
        if !raw.is_empty() && here.own_force != Some(Group::Other) {
            let source = third_state_source(text, toks, reference).is_some()
                || si > 0
                    && opens_with_its_report(toks)
                    && third_state_source(text, &tokens[si - 1], reference).is_some();
            if source {
                here.own_force = Some(Group::Other);
                here.head_sides = Default::default();
                raw = figures(&here);
            }
        }
        // A question asks about figures ("Were those four killed by a US strike?",
        // "So no Americans were killed?"); the answer, if any, gives them. What it
        // takes as known stands ("the three sailors hurt in Monday's attack, any
        // update?").
        if toks.last().is_some_and(|t| t.is_punct('?')) {
            raw.retain(|f| presupposed(toks, f));
        }
        raw.sort_by_key(|f| f.range.start);
        // A force acting at a time of day is an operation ("At about 12 p.m. local
        // time today, U.S. forces took action against …"), whatever its verb.
        let incident = !raw.is_empty()
            || toks.iter().any(|t| INCIDENT_MARKERS.contains(&t.norm))
            || opens_fire(toks)
            || timed_action(text, toks, range.clone(), timexes);
        let mut dates = dating.sentence(text, toks, range.clone(), timexes, incident);
        // "Read more: Security Media Cell: 4 terrorists killed in airstrike": a link
        // to another story, whose incident this report does not date.
        if links_another_story(&text[range]) {
            dates.dates.clear();
            dates.undated = true;
        }
        // "Of those, 16 were ISIS fighters and four were civilians": parts of the
        // figure just before, of its incident; parts of another side make it mixed.
        let mut parts_of: Option<usize> = None;
        if raw.is_empty() {
            // The whole: the last figure of the outcome and count the opening names
            // ("Of the 72 wounded," after "killing 22 and wounding 72"), the largest
            // of its sentence's ("22 people were killed, among them 14 American
            // service members. Four of the dead were …" splits the 22).
            let whole = partitive::opening(toks).and_then(|open| {
                let fits = |e: &Figure| {
                    open.outcome.is_none_or(|o| e.outcome == o)
                        && open.count.is_none_or(|n| e.count == n)
                };
                let last = out.iter().rposition(fits)?;
                // A bare part ("Nine were soldiers.") splits only the sentence before.
                if open.bare && out[last].sentence + 1 != si {
                    return None;
                }
                (0..=last)
                    .filter(|&k| out[k].sentence == out[last].sentence && fits(&out[k]))
                    .max_by_key(|&k| out[k].count)
            });
            let bulleted = || {
                let w = listing?;
                let part =
                    partitive::bullet_part(text, toks, (out[w].outcome, out[w].count), &here)?;
                Some((w, vec![part]))
            };
            let found = whole
                .map(|w| {
                    let parts =
                        partitive::parts_of(text, toks, (out[w].outcome, out[w].count), &here);
                    (w, parts)
                })
                .filter(|(_, parts)| !parts.is_empty())
                .or_else(bulleted);
            if let Some((w, parts)) = found {
                if parts.iter().any(|p| p.group != Some(out[w].group)) {
                    out[w].group = Group::Other;
                }
                parts_of = Some(w);
                raw = parts;
            }
        }
        if raw.is_empty() {
            listing = None;
            continue;
        }
        let first_new = out.len();
        let plural = plural_incidents(toks);
        let single = raw.len() == 1;
        // Figures told with two incidents of different days take each its own (a lone
        // figure too: "a strike early Thursday that killed three … the cell that
        // attacked a patrol late Tuesday"; not of incidents in the plural), and figures
        // of a "when" clause after "since <date>" take that date.
        let apart = !plural && dates.at.len() > 1
            || dates.since_when.is_some()
            || dates.running_from.is_some();
        for f in raw {
            let f_start = f.range.start;
            // A part of people the article counted before, of their group, is no entry.
            if f.subset
                && f.group.is_some_and(|g| {
                    out.iter()
                        .any(|e| e.group == g && e.outcome == f.outcome && e.count > f.count)
                })
            {
                continue;
            }
            // A toll told before any figure it restates ("Death toll rises to eight"
            // in a headline) takes the group the article's later figures share.
            if f.group.is_none()
                && f.refers == Refers::Restated
                && shared_group(out.iter(), f.outcome).is_none()
            {
                ahead.push(out.len());
            }
            // Whose group came from no words of its own: read again once every figure
            // is known ([`named_counts`]).
            guessed.push(f.group.is_none() && f.who.is_none());
            // The figure a tally counted anew points back to, found once.
            let tally = (f.refers == Refers::Same)
                .then(|| same_tally(&out))
                .flatten();
            let group = f.group.unwrap_or_else(|| match f.refers {
                Refers::Restated => restated_group(&out, &f),
                Refers::Others => out
                    .iter()
                    .rev()
                    .find(|e| e.count > 0)
                    .map_or(Group::Other, |e| counts::others_of(e.group)),
                Refers::Same => tally.map_or(Group::Other, |k| out[k].group),
                Refers::OneMore => out
                    .iter()
                    .rev()
                    .find(|e| {
                        e.count > 0
                            && e.outcome == f.outcome
                            && same_noun(text, e.who.as_ref(), f.who.as_ref())
                    })
                    .or_else(|| {
                        out.iter()
                            .rev()
                            .find(|e| e.count > 0 && e.outcome == f.outcome)
                    })
                    .or_else(|| out.iter().rev().find(|e| e.count > 0))
                    .map_or(Group::Other, |e| e.group),
                _ => resolve_anaphor(&out, &f),
            });
            // "That number crept up to eight": the outcome of the figure it counts anew.
            let outcome = match f.refers {
                Refers::Same if f.group.is_none() => tally.map_or(f.outcome, |k| out[k].outcome),
                _ => f.outcome,
            };
            // A tally counted anew is of the incident of the figure it counts again,
            // whatever day the sentence revised it on ("crept up to eight on
            // Tuesday").
            restates.push(tally);
            out.push(Figure {
                range: if single {
                    s.range.clone()
                } else {
                    f.range.clone()
                },
                sentence: si,
                group,
                outcome,
                count: f.count,
                qualifier: f.qualifier,
                incident_date: None,
                note: f.note,
                who: f.who,
            });
            let mut own = if apart {
                dates.of_figure(toks, f_start)
            } else {
                dates.clone()
            };
            // "…, including the drone strike on Jan. 28 that killed three": the
            // incident the relative clause hangs on dates its figure; "…, and three
            // soldiers were killed at an outpost in January": the date of the
            // figure's own coordinated clause.
            let sentence_range = clip(text, s.range.clone());
            // Only a sentence with two dates or more has another to prefer.
            let several = dating::timexes_in(timexes, sentence_range.clone()).len() > 1
                && dates
                    .since_when
                    .as_ref()
                    .is_none_or(|(at, _)| f_start <= *at)
                && dates.running_from.is_none_or(|at| f_start < at);
            // "met commanders on Monday, a day after militants killed nine": the day
            // the offset counts back to.
            let offset_day = crate::extract::incident_dating::day_before_offset(
                text,
                toks,
                sentence_range.clone(),
                timexes,
                f_start,
            );
            let day = offset_day.or_else(|| {
                several
                    .then(|| {
                        crate::extract::incident_dating::relative_day(
                            text,
                            toks,
                            sentence_range.clone(),
                            timexes,
                            f_start,
                        )
                        .or_else(|| {
                            crate::extract::incident_dating::own_clause_day(
                                text,
                                toks,
                                sentence_range,
                                timexes,
                                f_start,
                            )
                        })
                    })
                    .flatten()
            });
            if let Some(day) = day {
                own.dates = vec![day];
                own.at = Vec::new();
                own.undated = false;
            }
            own.answered = crate::extract::incident_dating::in_answered_incident(toks, f_start);
            sentence_info.push((own, plural));
        }
        // Parts are of the whole's incident, dated as it is.
        if let Some(w) = parts_of {
            for r in &mut restates[first_new..] {
                *r = Some(w);
            }
        }
        // A sentence that ends with a colon opens a list of the figure it tells;
        // bullets under it keep it open; anything else closes it.
        listing = if toks.last().is_some_and(|t| t.is_punct(':')) {
            (first_new..out.len()).max_by_key(|&k| out[k].count)
        } else if parts_of.is_some() && parts_of == listing {
            listing
        } else {
            None
        };
    }
    for &k in &ahead {
        let later = (k + 1..out.len())
            .filter(|j| !ahead.contains(j))
            .map(|j| &out[j]);
        if let Some(g) = shared_group(later, out[k].outcome) {
            out[k].group = g;
        }
    }
    if guessed.iter().any(|&g| g) {
        let named = named_counts(&out);
        for k in 0..out.len() {
            if guessed[k] && out[k].group == Group::Other && out[k].count > 0 {
                if let Some(Some(g)) = named.get(&(out[k].outcome, out[k].count)) {
                    out[k].group = *g;
                }
            }
        }
    }
    // Which figures took the article's default day (no date of their sentence's own).
    let defaulted: Vec<bool> = sentence_info
        .iter()
        .map(|(d, _)| d.dates.is_empty() && !d.undated && d.offset.is_none() && !d.answered)
        .collect();
    for (f, (dates, plural)) in out.iter_mut().zip(sentence_info) {
        f.incident_date = dating.date_of(&dates, plural);
    }
    // "Sweep ends with 13 militants dead" in a headline, "… wrapped up a three-day
    // sweep on Thursday, announcing the deaths of 13 militants" in the lead: a figure
    // told with no day is of the incident a dated telling of the same figure is of.
    if defaulted.iter().any(|&d| d) {
        // Each figure's one dated telling by group, outcome and count (`None` when
        // there are several), found in one pass.
        let mut dated: HashMap<(Group, Outcome, u32), Option<usize>> = HashMap::new();
        for (j, f) in out.iter().enumerate() {
            let day = f
                .incident_date
                .as_deref()
                .is_some_and(crate::extract::dating::is_day);
            if !defaulted[j] && day {
                dated
                    .entry((f.group, f.outcome, f.count))
                    .and_modify(|d| *d = None)
                    .or_insert(Some(j));
            }
        }
        let mut retold: Option<usize> = None;
        for k in 0..out.len() {
            if !defaulted[k] || out[k].count == 0 {
                continue;
            }
            if let Some(Some(j)) = dated.get(&(out[k].group, out[k].outcome, out[k].count)) {
                out[k].incident_date = out[*j].incident_date.clone();
                retold = Some(k);
            } else if let Some(w) = retold.filter(|&w| {
                // "nine martyrs: three civilians and six guards": the parts of a
                // whole dated so are of its incident.
                out[w].sentence == out[k].sentence
                    && out[w].outcome == out[k].outcome
                    && out[w].count > out[k].count
            }) {
                out[k].incident_date = out[w].incident_date.clone();
            }
        }
    }
    for (k, j) in restates.into_iter().enumerate() {
        if let Some(j) = j {
            out[k].incident_date = out[j].incident_date.clone();
        }
    }
    add_unquantified_notes(text, sentences, &mut out);
    out
}

/// For each outcome and count the article's figures that name their people give
/// ("nine fighters were killed"), their one group, or `None` when they disagree: a
/// bare count or toll read as other ("Death toll rises to nine", "So three dead") is
/// of the people an equal count names, before or after it. One pass, so each bare
/// count looks its people up at once.
fn named_counts(out: &[Figure]) -> HashMap<(Outcome, u32), Option<Group>> {
    let mut named: HashMap<(Outcome, u32), Option<Group>> = HashMap::new();
    for e in out {
        if e.who.is_none() || e.count == 0 || e.group == Group::Other {
            continue;
        }
        named
            .entry((e.outcome, e.count))
            .and_modify(|g| {
                if *g != Some(e.group) {
                    *g = None;
                }
            })
            .or_insert(Some(e.group));
    }
    named
}

/// True when a sentence tells of plural incidents ("two strikes", "the raids"): a
/// word of [`PLURAL_INCIDENTS`] that is a noun, not a verb with its object or "back"
/// after it ("US strikes back", "ISIS attacks the base").
fn plural_incidents(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        PLURAL_INCIDENTS.contains(&t.norm)
            && !toks.get(k + 1).is_some_and(|n| {
                matches!(
                    n.norm.as_str(),
                    "back" | "a" | "an" | "the" | "its" | "their" | "his"
                )
            })
    })
}

/// How many of the latest earlier figures a tally counted anew may point back to.
const TALLY_REACH: usize = 3;

/// The figure a tally counted anew points back to ("three service members and a
/// contractor were hurt. By Monday night it was five."): of the latest few with a
/// count, the latest whose people have a side, else the latest.
fn same_tally(earlier: &[Figure]) -> Option<usize> {
    let mut counted = (0..earlier.len())
        .rev()
        .filter(|&k| earlier[k].count > 0)
        .take(TALLY_REACH);
    let latest = counted.clone().next();
    counted
        .find(|&k| earlier[k].group != Group::Other)
        .or(latest)
}

/// True when two phrases naming who was counted end in the same noun ("two Iraqi
/// soldiers", "a fourth soldier"): "a fourth soldier" is one more of those, not of
/// the militants killed in between.
fn same_noun(text: &str, a: Option<&Range<usize>>, b: Option<&Range<usize>>) -> bool {
    matches!(
        (counts::who_noun(text, a), counts::who_noun(text, b)),
        (Some(x), Some(y)) if x == y
    )
}

/// The group of an anaphoric figure ("the three injuries"): the group of the latest
/// earlier figure with the same count and outcome, else other.
fn resolve_anaphor(earlier: &[Figure], f: &RawFigure) -> Group {
    earlier
        .iter()
        .rev()
        .take(ANAPHOR_REACH)
        .find(|e| e.count == f.count && e.outcome == f.outcome)
        .map_or(Group::Other, |e| e.group)
}

/// The group of a toll or bare count ("the death toll rose to 40", "at least 34 were
/// injured"): the group every earlier non-zero figure of the article shares (for a
/// toll, every earlier figure of its outcome); else other (none, or mixed).
fn restated_group(earlier: &[Figure], f: &RawFigure) -> Group {
    // "Three were wounded by the blast": first the people counted before with the
    // same outcome.
    let same = earlier
        .iter()
        .rev()
        .take(ANAPHOR_REACH)
        .filter(|e| e.outcome == f.outcome);
    match shared_group(same, f.outcome) {
        Some(g) if g != Group::Other => g,
        _ => shared_group(earlier.iter().rev().take(ANAPHOR_REACH), f.outcome)
            .unwrap_or(Group::Other),
    }
}

/// The group every figure of `figures` shares (zeros aside; for a toll of the dead,
/// only the dead), `Some(Other)` when they differ, `None` when there are none.
fn shared_group<'a>(figures: impl Iterator<Item = &'a Figure>, outcome: Outcome) -> Option<Group> {
    let toll = outcome == Outcome::Killed;
    let mut shared: Option<Group> = None;
    for e in figures {
        if e.count == 0 || toll && e.outcome != outcome {
            continue;
        }
        match shared {
            None => shared = Some(e.group),
            Some(g) if g != e.group => return Some(Group::Other),
            Some(_) => {}
        }
    }
    shared
}

/// Unquantified claims ("key leaders were among the dead") become a note on the
/// article's first militants-killed figure, so cards can show them without a number.
fn add_unquantified_notes(text: &str, sentences: &[SentenceSpan], out: &mut [Figure]) {
    let claim = sentences.iter().find_map(|s| {
        let range = clip(text, s.range.clone());
        // Only a sentence that says "dead" can hold the claim: skip tokenising the rest.
        let raw = text.get(range.clone()).unwrap_or("").as_bytes();
        if !raw.windows(4).any(|w| w.eq_ignore_ascii_case(b"dead")) {
            return None;
        }
        let toks: Vec<Token> = tokenize(text, range);
        let among = toks
            .windows(3)
            .any(|w| w[0].norm == "among" && w[1].norm == "the" && w[2].norm == "dead");
        let leaders = toks
            .iter()
            .any(|t| t.norm == "leaders" || t.norm == "commanders");
        (among && leaders).then(|| "key leaders among the dead".to_string())
    });
    if let Some(note) = claim {
        if let Some(f) = out
            .iter_mut()
            .find(|f| f.group == Group::Militants && f.outcome == Outcome::Killed && f.count > 0)
        {
            if f.note.is_none() {
                f.note = Some(note);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_ids_read_article_then_number() {
        for n in [0, 7, 10, 99, 100, 4_096, usize::MAX] {
            assert_eq!(figure_id("k-12", n), format!("k-12:c{n}"));
        }
        assert_eq!(figure_id("", 3), ":c3");
        assert_eq!(figure_id("été", 42), "été:c42");
    }
    use crate::model::TimexType;

    fn sentence(text: &str, part: &str) -> SentenceSpan {
        let start = text.find(part).unwrap();
        SentenceSpan {
            range: start..start + part.len(),
            kind: SentenceKind::Body,
        }
    }

    fn day(text: &str, word: &str, value: &str) -> TimexHit {
        let start = text.find(word).unwrap();
        TimexHit {
            range: start..start + word.len(),
            kind: TimexType::Date,
            value: value.to_string(),
            modifier: None,
            anchor: None,
        }
    }

    /// The figures [`find`] gives for `text` split into the sentences `parts`, with
    /// the timexes `hits` and the reference date.
    fn find_parts(
        text: &str,
        parts: &[&str],
        hits: &[TimexHit],
        reference: Option<NaiveDate>,
    ) -> Vec<Figure> {
        let sentences: Vec<SentenceSpan> = parts.iter().map(|p| sentence(text, p)).collect();
        let tokens = crate::extract::words::sentence_tokens(text, &sentences);
        find(text, &sentences, &tokens, hits, reference)
    }

    /// The incident date of every figure of the one-sentence `text`, with the timexes
    /// `hits` and no reference date.
    fn incident_dates_of(text: &str, hits: &[TimexHit]) -> Vec<Option<String>> {
        find_parts(text, &[text], hits, None)
            .into_iter()
            .map(|f| f.incident_date)
            .collect()
    }

    /// (group, count) of every figure of the sentences `parts`, read as one text.
    fn who_and_how_many(parts: &[&str]) -> Vec<(Group, u32)> {
        let text = parts.join(" ");
        find_parts(&text, parts, &[], None)
            .into_iter()
            .map(|f| (f.group, f.count))
            .collect()
    }

    /// (group, count, incident date) of every figure of a two-sentence text.
    fn check(
        text: &str,
        parts: &[&str],
        timexes: &[(&str, &str)],
        expected: &[(Group, u32, Option<&str>)],
    ) {
        let hits: Vec<TimexHit> = timexes.iter().map(|(w, v)| day(text, w, v)).collect();
        let got: Vec<(Group, u32, Option<String>)> = find_parts(text, parts, &hits, None)
            .into_iter()
            .map(|f| (f.group, f.count, f.incident_date))
            .collect();
        let expected: Vec<(Group, u32, Option<String>)> = expected
            .iter()
            .map(|(g, c, d)| (*g, *c, d.map(str::to_string)))
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn a_link_to_another_story_dates_none_of_its_figures() {
        for link in [
            "Read more: Security cell says 4 terrorists killed in airstrike",
            "Related: Two soldiers wounded in blast near Tosh",
            "READ MORE: Gunmen kill three shepherds in the desert",
            "See also: Rocket attack injures five workers at oil field",
            "Also read: Drone strike kills 2 militia commanders",
        ] {
            let first = "Militants attacked a post near Vell on Tuesday, killing two guards.";
            let text = format!("{first}\n{link}");
            let hits = [day(&text, "Tuesday", "2024-01-02")];
            let got: Vec<Option<String>> = find_parts(&text, &[first, link], &hits, None)
                .into_iter()
                .map(|f| f.incident_date)
                .collect();
            assert_eq!(got.len(), 2, "{link}: {got:?}");
            assert_eq!(got[0].as_deref(), Some("2024-01-02"), "{link}");
            assert_eq!(got[1], None, "{link}");
        }
    }

    #[test]
    fn a_figure_before_a_tallys_verb_is_of_the_days_written_before_it() {
        for (text, first_day, since_day) in [
            ("Two guards died in an attack on the post on Monday night, bringing to seven the number of guards killed since Saturday.", "Monday night", "Saturday"),
            ("Three soldiers were killed by a bomb on Monday, raising to 11 the number of soldiers killed in the province since Friday.", "Monday", "Friday"),
            ("A rocket on Monday killed four policemen, pushing the number of police killed since Thursday to nine.", "Monday", "Thursday"),
            ("Two fighters died in the clash on Monday, which brought the number of fighters killed since Saturday to 14.", "Monday", "Saturday"),
            ("Five civilians were killed by shelling on Monday, bringing the number of civilians killed since Friday to 30.", "Monday", "Friday"),
        ] {
            let hits = [day(text, first_day, "2021-11-29"), day(text, since_day, "2021-11-26")];
            let got: Vec<(Group, u32, Option<String>)> = find_parts(text, &[text], &hits, None)
                .into_iter()
                .map(|f| (f.group, f.count, f.incident_date))
                .collect();
            let first = got.first().map(|f| f.2.clone());
            assert_eq!(first, Some(Some("2021-11-29".to_string())), "{text}: {got:?}");
        }
    }

    #[test]
    fn some_of_them_after_people_counted_present_are_those_people() {
        use Group::*;
        // A sentence counts people present, with no harm; the next opens on "<count> of
        // them" and tells what happened to them: a new figure, of those people; "the
        // other two" are the rest of them.
        for (present, next, want) in [
            (
                "The Humvee was carrying seven Peshmerga.",
                "Five of them were killed and the other two were injured.",
                vec![(PartnerForces, 5), (PartnerForces, 2)],
            ),
            (
                "Nine soldiers were inside the watchtower.",
                "Three of them died.",
                vec![(PartnerForces, 3)],
            ),
            (
                "The bus carried 30 civilians from the village.",
                "Twelve of them were killed when the mine went off.",
                vec![(Civilians, 12)],
            ),
            (
                "Eleven police officers manned the checkpoint.",
                "Four of them were killed and the other seven were hurt.",
                vec![(PartnerForces, 4), (PartnerForces, 7)],
            ),
            (
                "\"We had 14 SDF fighters at the post.",
                "Six of them were killed,\" the commander said.",
                vec![(PartnerForces, 6)],
            ),
        ] {
            let first = "Militants attacked the post near Tosh.";
            let text = format!("{first} {present} {next}");
            let expected: Vec<(Group, u32, Option<&str>)> =
                want.into_iter().map(|(g, c)| (g, c, None)).collect();
            check(&text, &[first, present, next], &[], &expected);
        }
    }

    #[test]
    fn a_pronoun_after_the_host_state_s_army_is_the_allied_local_force() {
        use Group::*;
        // Reports about US troops set in a state whose forces fight beside them: "its
        // soldiers" after that state's army or ministry (by its name as possessor or
        // its people's adjective) are the allied local force's, not the US's.
        for (parts, group) in [
            (
                [
                    "Militants attacked a patrol of U.S. and Nigerien soldiers in Niger.",
                    "Two U.S. soldiers were killed.",
                    "Niger's army said four of its soldiers were killed.",
                ],
                (PartnerForces, 4),
            ),
            (
                [
                    "Gunmen stormed a base in Kenya where U.S. and Kenyan troops train.",
                    "One U.S. soldier was killed.",
                    "Kenya's defence ministry said two of its soldiers were wounded.",
                ],
                (PartnerForces, 2),
            ),
            (
                [
                    "Jihadists ambushed Malian and U.S. troops in Mali.",
                    "Three U.S. troops were hurt.",
                    "Mali's army said 11 of its men died.",
                ],
                (PartnerForces, 11),
            ),
            (
                [
                    "Militants ambushed U.S. and Nigerien soldiers near the Mali border.",
                    "Two U.S. soldiers were killed.",
                    "The Nigerien army said five of its men were killed.",
                ],
                (PartnerForces, 5),
            ),
        ] {
            let got = who_and_how_many(&parts);
            assert_eq!(got.last(), Some(&group), "{parts:?}");
            assert_eq!(got[0].0, UsForces, "{parts:?}");
        }
    }

    #[test]
    fn a_bare_more_is_more_of_the_people_counted_before_not_the_agent() {
        use Group::*;
        // "killed 11 more": the victims are more of the ones counted before, not the
        // side named as the subject that did the killing.
        for (parts, expected) in [
            (
                [
                    "Militants shot dead 20 shepherds on Monday.",
                    "The militants killed 11 more the next day.",
                ],
                [(Civilians, 20), (Civilians, 11)],
            ),
            (
                [
                    "ISIS gunmen beheaded nine farmers.",
                    "The jihadists later executed four more, residents said.",
                ],
                [(Civilians, 9), (Civilians, 4)],
            ),
            (
                [
                    "Insurgents killed six policemen in an ambush.",
                    "The insurgents killed three more at a checkpoint.",
                ],
                [(PartnerForces, 6), (PartnerForces, 3)],
            ),
            (
                [
                    "A U.S. strike killed 12 ISIS fighters.",
                    "Iraqi troops killed 5 more in a raid.",
                ],
                [(Militants, 12), (Militants, 5)],
            ),
            (
                [
                    "Gunmen killed 40 villagers on Monday.",
                    "On Tuesday, the gunmen killed at least 35 more in nearby hamlets.",
                ],
                [(Civilians, 40), (Civilians, 35)],
            ),
        ] {
            assert_eq!(who_and_how_many(&parts), expected, "{parts:?}");
        }
    }

    #[test]
    fn single_people_of_two_nations_in_a_list_are_each_their_nations() {
        use Group::*;
        // "an American and a Briton": each listed person is one figure of their own
        // side (another coalition country's soldier is "other"), also when no count
        // in digits or words opens the list.
        for (sentence, expected) in [
            (
                "A roadside bomb killed an American and a Briton on Thursday.",
                vec![(UsForces, 1), (Other, 1)],
            ),
            (
                "One American and one Briton died in the blast.",
                vec![(UsForces, 1), (Other, 1)],
            ),
            (
                "An American and a Canadian were hurt when the mortar landed.",
                vec![(UsForces, 1), (Other, 1)],
            ),
            (
                "The ambush killed one American and two Britons.",
                vec![(UsForces, 1), (Other, 2)],
            ),
            (
                "Shrapnel wounded an Australian and an American at the gate.",
                vec![(Other, 1), (UsForces, 1)],
            ),
            // A noun after "American" is its head: one contractor, of no side.
            (
                "An American contractor was killed in the attack.",
                vec![(Other, 1)],
            ),
        ] {
            assert_eq!(who_and_how_many(&[sentence]), expected, "{sentence}");
        }
    }

    #[test]
    fn a_nations_people_in_the_plural_are_counted() {
        use Group::*;
        // "19 Italians": the plural of a nation's name counts people, whatever list
        // of nationalities the lexicon happens to hold.
        for (sentence, expected) in [
            (
                "The bombing killed 19 Italians on Sunday.",
                vec![(Other, 19)],
            ),
            ("Nineteen Italians died in the bombing.", vec![(Other, 19)]),
            (
                "Three Canadians were wounded by friendly fire.",
                vec![(Other, 3)],
            ),
            (
                "Shrapnel injured four Australians at the gate.",
                vec![(Other, 4)],
            ),
            ("Two Americans were hurt in the blast.", vec![(UsForces, 2)]),
            // Peoples whose name is no adjective of their nation.
            (
                "Two Danes and a Norwegian were hurt in the blast.",
                vec![(Other, 2), (Other, 1)],
            ),
            (
                "Three Turks were wounded at the border post.",
                vec![(Other, 3)],
            ),
            (
                "The truck bomb killed 19 Italians - 17 soldiers and two civilians - at the base.",
                vec![(Other, 19), (Civilians, 2)],
            ),
        ] {
            assert_eq!(who_and_how_many(&[sentence]), expected, "{sentence}");
        }
    }

    #[test]
    fn how_badly_some_of_the_counted_were_hurt_is_no_part() {
        use Group::*;
        // ", two of them seriously" says how badly, not who: no second figure; ",
        // two of them children" names a part of another group.
        for (sentence, expected) in [
            (
                "The blast wounded five Italian commandos, two of them seriously.",
                vec![(Other, 5)],
            ),
            (
                "Nine guards were hurt, three of them critically, in the raid.",
                vec![(Other, 9)],
            ),
            (
                "Rockets injured six US soldiers, one of them badly.",
                vec![(UsForces, 6)],
            ),
            (
                "Eleven police officers were wounded, four of them lightly.",
                vec![(Other, 11)],
            ),
            (
                "The shelling killed 12 people, three of them children.",
                vec![(Other, 12), (Civilians, 3)],
            ),
        ] {
            assert_eq!(who_and_how_many(&[sentence]), expected, "{sentence}");
        }
    }

    #[test]
    fn a_number_of_people_with_a_relative_clause_counts_the_people_not_its_subject() {
        use Group::*;
        for (input, expected) in [
            (
                "The raids brought to 200 the number of people the militants have killed.",
                (Other, 200),
            ),
            (
                "The attack took to 35 the number of tribesmen that ISIS fighters have killed.",
                (Other, 35),
            ),
            (
                "The massacre raised to 90 the number of villagers the jihadists have killed.",
                (Civilians, 90),
            ),
        ] {
            let got: Vec<(Group, u32)> = find_parts(input, &[input], &[], None)
                .into_iter()
                .map(|f| (f.group, f.count))
                .collect();
            assert_eq!(got, [expected], "{input}");
        }
    }

    #[test]
    fn a_part_set_off_with_of_whom_is_its_own_entry() {
        use Group::*;
        // ", four of whom were policemen": a part of another group than the whole, like
        // ", four of them policemen".
        for (parts, expected) in [
            (
                [
                    "Iraqi troops battled ISIS near Ramadi.",
                    "The bombing killed 60 people, 20 of whom were soldiers.",
                ],
                [(Other, 60), (PartnerForces, 20)],
            ),
            (
                [
                    "Iraqi troops and police battled ISIS near Ramadi.",
                    "The blast wounded 40 people, 12 of whom were policemen.",
                ],
                [(Other, 40), (PartnerForces, 12)],
            ),
            (
                [
                    "A U.S. convoy was hit near the border.",
                    "The blast wounded 11 people, three of whom are American soldiers.",
                ],
                [(Other, 11), (UsForces, 3)],
            ),
            (
                [
                    "A drone struck a wedding party.",
                    "The strike killed 15 people, nine of whom were children.",
                ],
                [(Other, 15), (Civilians, 9)],
            ),
            (
                [
                    "Iraqi troops and police battled ISIS near Ramadi.",
                    "Gunmen killed seven people, four of whom were policemen.",
                ],
                [(Other, 7), (PartnerForces, 4)],
            ),
        ] {
            assert_eq!(who_and_how_many(&parts), expected, "{parts:?}");
        }
    }

    #[test]
    fn bare_parts_right_after_a_figure_split_it() {
        use Group::*;
        // "Nine were soldiers.": parts with no "Of those", of the figure of the
        // sentence right before; not of one further back.
        for (parts, expected) in [
            (
                &[
                    "Iraqi troops battled ISIS near Ramadi.",
                    "A car bomb killed 12 people.",
                    "Nine were soldiers.",
                ][..],
                &[(Other, 12), (PartnerForces, 9)][..],
            ),
            (
                &[
                    "A U.S. convoy was hit.",
                    "The blast wounded five people.",
                    "Three were American troops and two were civilians.",
                ],
                &[(Other, 5), (UsForces, 3), (Civilians, 2)],
            ),
            (
                &["A drone strike killed 15 people.", "Nine were children."],
                &[(Other, 15), (Civilians, 9)],
            ),
            (
                &[
                    "Iraqi police clashed with ISIS.",
                    "Gunmen killed eight people.",
                    "Five were police officers, officials said.",
                ],
                &[(Other, 8), (PartnerForces, 5)],
            ),
            (
                &[
                    "Rockets hit the base.",
                    "Four people were hurt.",
                    "One was a U.S. contractor and three were Iraqi soldiers.",
                ],
                &[(Other, 4), (PartnerForces, 3)],
            ),
            (
                &[
                    "A drone strike killed 15 people.",
                    "The village mourned.",
                    "Nine were children.",
                ],
                &[(Other, 15)],
            ),
        ] {
            assert_eq!(who_and_how_many(parts), expected, "{parts:?}");
        }
    }

    #[test]
    fn a_bare_none_denies_harm_to_the_people_of_the_sentence_before() {
        use Group::*;
        for (parts, expected) in [
            (
                [
                    "Three women and three children were present at the location.",
                    "None were harmed.",
                ],
                &[(Civilians, Outcome::Killed)][..],
            ),
            (
                [
                    "Two U.S. soldiers were in the truck when the mine went off.",
                    "Neither was injured.",
                ],
                &[(UsForces, Outcome::Injured)],
            ),
            (
                [
                    "Several villagers sheltered in the basement.",
                    "None was hurt, the mayor said.",
                ],
                &[(Civilians, Outcome::Injured)],
            ),
            (
                [
                    "Four Iraqi soldiers guarded the gate.",
                    "None were wounded or killed.",
                ],
                &[
                    (PartnerForces, Outcome::Injured),
                    (PartnerForces, Outcome::Killed),
                ],
            ),
            // No people named before it: nothing to deny.
            (
                ["Rockets hit the base before dawn.", "None were hurt."],
                &[],
            ),
            // People of two sides before it: whose harm is denied is not said.
            (
                [
                    "Four Iraqi soldiers and two civilians were nearby.",
                    "None were hurt.",
                ],
                &[],
            ),
        ] {
            let text = parts.join(" ");
            let got: Vec<(Group, Outcome)> = find_parts(&text, &parts, &[], None)
                .into_iter()
                .filter(|f| f.count == 0)
                .map(|f| (f.group, f.outcome))
                .collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn one_named_as_one_of_a_set_counts_the_set() {
        use Group::*;
        // "X was one of three soldiers killed": the set is told for the first time;
        // "one of the four soldiers" points back to a set already counted.
        for (input, expected) in [
            (
                "A Springboro native was one of three U.S. soldiers killed Wednesday in an ambush in Niger.",
                &[(UsForces, 3)][..],
            ),
            (
                "Cpl. Reyes, a medic, was one of five Marines wounded by the roadside bomb.",
                &[(UsForces, 5)],
            ),
            (
                "She was one of 12 civilians hurt when the shell landed.",
                &[(Civilians, 12)],
            ),
            (
                "The pilot was one of two crew members who died when the helicopter crashed.",
                &[(Other, 2)],
            ),
            (
                "The teacher is one of 40 villagers killed in the massacre.",
                &[(Civilians, 40)],
            ),
            ("Johnson, 25, was one of the four soldiers killed on Wednesday.", &[]),
        ] {
            assert_eq!(who_and_how_many(&[input]), expected, "{input}");
        }
    }

    #[test]
    fn a_toll_named_by_the_host_state_is_of_its_forces() {
        // A report set in a state whose forces fight beside US troops: the toll named
        // by that state's people is its forces' (the allied local force), whatever
        // verb sets it.
        for parts in [
            [
                "Nigerien troops and U.S. soldiers were ambushed near Tongo Tongo in Niger.",
                "The Nigerien death toll rose to five.",
            ],
            [
                "Kenyan soldiers guarded the airfield in Kenya when al-Shabaab struck.",
                "Officials put the Kenyan toll at three.",
            ],
            [
                "Malian troops fought jihadists near Gao in Mali.",
                "The Malian death toll climbed to 11.",
            ],
            [
                "Chadian soldiers were attacked on an island in Chad.",
                "The Chadian toll now stands at 92.",
            ],
            [
                "Nigerian troops repelled Boko Haram in Nigeria's northeast.",
                "The Nigerian death toll was put at 14.",
            ],
        ] {
            let got: Vec<Group> = who_and_how_many(&parts)
                .into_iter()
                .map(|(g, _)| g)
                .collect();
            assert_eq!(got, [Group::PartnerForces], "{parts:?}");
        }
    }

    #[test]
    fn people_killed_in_a_strike_of_the_us_or_its_partners_are_militants() {
        use Group::*;
        // Reports that count the militants' attacks at least as often as the strike on
        // them: "the strike" the US or a partner carries out (named before it, after
        // it, or as the subject of "carried out") is still aimed at militants.
        for (parts, group) in [
            (
                &[
                    "Iran-backed militants fired rockets at a U.S. base.",
                    "A U.S. drone strike aimed at militia commanders hit a car in Baghdad.",
                    "Local officials said three people died in the strike.",
                ][..],
                (Militants, 3),
            ),
            (
                &[
                    "Islamic State gunmen attacked an army post.",
                    "A raid by Iraqi commandos on an ISIS hideout followed at dawn.",
                    "Police said five people were killed in the raid.",
                ],
                (Militants, 5),
            ),
            (
                &[
                    "Daesh fighters stormed a checkpoint.",
                    "Kurdish-led forces then conducted airstrikes against Daesh positions.",
                    "Medics said seven individuals were killed in the airstrikes.",
                ],
                (Militants, 7),
            ),
            (
                &[
                    "ISIS gunmen ambushed a convoy near Hajin.",
                    "A coalition strike killed twelve people there the next day, officials said, after the jets targeted ISIS commanders.",
                ],
                (Militants, 12),
            ),
            (
                &[
                    "Iran-aligned fighters shelled the airport and militiamen fired drones at the base.",
                    "US jets carried out a strike against a militia depot.",
                    "Six men were killed in the strike, a police source said.",
                ],
                (Militants, 6),
            ),
            // A third state's strike kills people of no stated side.
            (
                &[
                    "ISIS militants attacked a village.",
                    "A Russian strike hit ISIS positions.",
                    "Local sources said four people were killed in the strike.",
                ],
                (Other, 4),
            ),
        ] {
            assert_eq!(who_and_how_many(parts), [group], "{parts:?}");
        }
        // People of an allied strike with civilians among them stay mixed.
        let parts = [
            "Militants fired rockets at a base.",
            "A U.S. strike hit a house in the village.",
            "Five people were killed in the strike, including two children.",
        ];
        assert_eq!(who_and_how_many(&parts), [(Other, 5), (Civilians, 2)]);
    }

    #[test]
    fn a_report_of_an_old_incident_dates_its_figures_by_it() {
        use Group::*;
        // Reports written years after the strike they tell of, with no news of their
        // own: the dateless figure right after the dated strike is the strike's.
        let reference = NaiveDate::from_ymd_opt(2021, 11, 15);
        for (first, second, when, value, group, count) in [
            (
                "On March 18, 2019, a U.S. strike hit a crowd near Baghuz.",
                "About 70 women and children were killed, a Times investigation found.",
                "March 18, 2019",
                "2019-03-18",
                Civilians,
                70,
            ),
            (
                "Coalition jets struck a school in al-Mansoura on 20 March 2017.",
                "At least 33 civilians died in the strike.",
                "20 March 2017",
                "2017-03-20",
                Civilians,
                33,
            ),
            (
                "A drone strike hit a house in Raqqa on Aug. 3, 2017.",
                "Eleven children were killed, survivors told the inquiry.",
                "Aug. 3, 2017",
                "2017-08-03",
                Civilians,
                11,
            ),
            (
                "On 17 March 2017 a coalition strike brought down a building in Mosul al-Jadida.",
                "More than 100 people were killed, Airwars found.",
                "17 March 2017",
                "2017-03-17",
                Other,
                100,
            ),
            (
                "An air raid struck the Nuri mosque quarter on June 20, 2017.",
                "Twelve people were killed in the raid, residents said.",
                "June 20, 2017",
                "2017-06-20",
                Other,
                12,
            ),
        ] {
            let text = format!("{first} {second}");
            let hits = [day(&text, when, value)];
            let got: Vec<(Group, u32, Option<String>)> =
                find_parts(&text, &[first, second], &hits, reference)
                    .into_iter()
                    .map(|f| (f.group, f.count, f.incident_date))
                    .collect();
            assert_eq!(got, [(group, count, Some(value.to_string()))], "{text}");
        }
        // A report with news of its own keeps an old day the sentence before gave as
        // background.
        let text = "Militants attacked a checkpoint on Sunday. The group was driven from Mosul in July 2017. Two soldiers were killed.";
        let parts = [
            "Militants attacked a checkpoint on Sunday.",
            "The group was driven from Mosul in July 2017.",
            "Two soldiers were killed.",
        ];
        let sentences: Vec<SentenceSpan> = parts.iter().map(|p| sentence(text, p)).collect();
        let hits = [
            day(text, "Sunday", "2021-11-14"),
            day(text, "July 2017", "2017-07"),
        ];
        let tokens = crate::extract::words::sentence_tokens(text, &sentences);
        let dates: Vec<Option<String>> = find(text, &sentences, &tokens, &hits, reference)
            .into_iter()
            .map(|f| f.incident_date)
            .collect();
        assert_eq!(dates, [Some("2021-11-14".to_string())]);
    }

    #[test]
    fn a_dateless_figure_of_an_incident_named_again_takes_that_nouns_day() {
        // A report of an attack on Monday that also dates a strike a week before: the
        // figure told of "the attack" with no day of its own is Monday's.
        for (strike, attack, figure) in [
            (
                "A US strike hit a drone team near Musayyib on Tuesday.",
                "Monday's attack on the base came as Tehran vowed revenge.",
                "The attack on the base left nine US troops injured, officials said.",
            ),
            (
                "Jets bombed a militia depot on Tuesday.",
                "The rocket attack on Monday was the largest in months.",
                "Nine soldiers were hurt in the attack, the army said.",
            ),
            (
                "Drones struck a convoy near Qaim on Tuesday.",
                "Monday's ambush on the road to Rutba was claimed by ISIS.",
                "The ambush killed nine soldiers.",
            ),
            (
                "An airstrike hit a farm near Hit on Tuesday.",
                "Militants shelled the outpost on Monday, the heaviest shelling in weeks.",
                "The shelling wounded nine soldiers, a spokesman said.",
            ),
            (
                "Troops raided a village near Tarmiyah on Tuesday.",
                "Gunmen stormed a checkpoint in the assault on Monday.",
                "Nine police were killed in the assault.",
            ),
        ] {
            let text = format!("{strike} {attack} {figure}");
            let hits = [
                day(&text, "Tuesday", "2024-07-30"),
                day(&text, "Monday", "2024-08-05"),
            ];
            let got: Vec<(u32, Option<String>)> =
                find_parts(&text, &[strike, attack, figure], &hits, None)
                    .into_iter()
                    .filter(|f| f.count == 9)
                    .map(|f| (f.count, f.incident_date))
                    .collect();
            assert_eq!(got, [(9, Some("2024-08-05".to_string()))], "{text}");
        }
    }

    #[test]
    fn soldiers_counted_in_a_third_states_voice_are_its_own() {
        use Group::*;
        // A report about US troops quotes another state's media on its own losses.
        let first = "Drones struck the US garrison at al-Tanf, where American troops are based.";
        for (second, third) in [
            (
                "Syrian state media said an Israeli strike near Palmyra killed a soldier.",
                None,
            ),
            (
                "Syria's official news agency SANA said that one soldier was martyred.",
                None,
            ),
            (
                "The strike came days after a raid near Palmyra that Syrian state media blamed on Israel.",
                Some("It said one soldier was killed."),
            ),
            (
                "Iranian state television reported that a soldier died in the blast.",
                None,
            ),
            (
                "Russian media said a soldier was killed by a mine near Deir Ezzor.",
                None,
            ),
        ] {
            let text = match third {
                Some(t) => format!("{first} {second} {t}"),
                None => format!("{first} {second}"),
            };
            let mut parts = vec![first, second];
            parts.extend(third);
            let got: Vec<(Group, u32)> =
                find_parts(&text, &parts, &[], NaiveDate::from_ymd_opt(2021, 10, 21))
                    .into_iter()
                    .map(|f| (f.group, f.count))
                    .collect();
            assert_eq!(got, [(Other, 1)], "{second}");
        }
        // The US's own voice keeps its soldiers.
        let second = "The Pentagon said a soldier was killed.";
        let text = format!("{first} {second}");
        let got: Vec<Group> = find_parts(
            &text,
            &[first, second],
            &[],
            NaiveDate::from_ymd_opt(2021, 10, 21),
        )
        .into_iter()
        .map(|f| f.group)
        .collect();
        assert_eq!(got, [UsForces]);
    }

    #[test]
    fn the_day_a_comparison_runs_from_is_not_the_incidents() {
        // The story's attack is Sunday's; the lead compares it with a happening since
        // which it is the first of its kind, dated Friday.
        for lead in [
            "A drone attack on the base killed six fighters, the first major attack since Washington launched strikes on Friday.",
            "Gunmen killed four guards, the deadliest assault since the army retook the town on Friday.",
            "The blast wounded nine soldiers, the worst loss since rebels shelled the port on Friday.",
            "Militants killed five policemen in the first such raid since troops withdrew from the valley on Friday.",
            "Shelling killed three farmers, the first deaths since the two sides agreed a truce on Friday.",
        ] {
            let second = "The attack came late on Sunday.";
            let text = format!("{lead} {second}");
                        let hits = [
                day(&text, "Friday", "2024-02-02"),
                day(&text, "Sunday", "2024-02-04"),
            ];
            let got: Vec<Option<String>> =
                find_parts(&text, &[lead, second], &hits, NaiveDate::from_ymd_opt(2024, 2, 5))
                    .into_iter()
                    .map(|f| f.incident_date)
                    .collect();
            assert_eq!(got, [Some("2024-02-04".to_string())], "{lead}");
        }
    }

    #[test]
    fn the_day_bodies_are_found_is_not_the_deaths() {
        for (first, second) in [
            (
                "Militants stormed posts near Samarra on Tuesday.",
                "Nine fighters were killed, and two of the bodies were only recovered on Wednesday.",
            ),
            (
                "A bomb tore through a market in Kirkuk on Tuesday.",
                "Rescuers pulled nine bodies from the rubble on Wednesday.",
            ),
            (
                "Gunmen ambushed a patrol near Tikrit on Tuesday.",
                "Nine soldiers died; their remains were retrieved from the desert on Wednesday.",
            ),
            (
                "A drone hit a convoy near Qaim on Tuesday.",
                "Nine drivers were killed, and police found the last body on Wednesday.",
            ),
            (
                "Shells fell on a village near Raqqa on Tuesday.",
                "Nine villagers died in the shelling; their corpses were discovered on Wednesday.",
            ),
        ] {
            let text = format!("{first} {second}");
                        let hits = [
                day(&text, "Tuesday", "2025-03-04"),
                day(&text, "Wednesday", "2025-03-05"),
            ];
            let got: Vec<Option<String>> = find_parts(&text, &[first, second], &hits, None)
                .into_iter()
                .filter(|f| f.count == 9)
                .map(|f| f.incident_date)
                .collect();
            assert_eq!(got, [Some("2025-03-04".to_string())], "{text}");
        }
    }

    #[test]
    fn a_response_carried_out_the_next_day_is_not_the_storys_day() {
        // The attack comes first; the operation told with a verb of taking place the
        // day after answers it, and a dateless toll is the attack's.
        for (attack, response, toll) in [
            (
                "Militants stormed army posts near Samarra on Friday night.",
                "Army helicopters carried out strikes on the orchards on Saturday, killing five militants.",
                "A local official said 12 soldiers had been killed.",
            ),
            (
                "Gunmen ambushed a police convoy near Safra on Sunday.",
                "A sweep of the villages took place on Monday and two suspects were killed.",
                "Nine policemen died, officials said.",
            ),
            (
                "A car bomb hit a checkpoint in Tosh on Tuesday.",
                "Raids on the bombers' hideouts were conducted on Wednesday, killing three gunmen.",
                "Eleven guards were killed, the governor said.",
            ),
            (
                "Rebels shelled the port of Vell on Monday.",
                "Counter-battery fire was carried out on Tuesday, killing four rebels.",
                "Six dockers were killed, the harbour master said.",
            ),
            (
                "Insurgents overran an outpost near Hit on Thursday.",
                "Air strikes on the attackers took place on Friday and killed seven militants.",
                "Ten soldiers were killed, the army said.",
            ),
        ] {
            let text = format!("{attack} {response} {toll}");
                        let (first_day, second_day) = ["Friday", "Sunday", "Tuesday", "Monday", "Thursday"]
                .iter()
                .zip(["Saturday", "Monday", "Wednesday", "Tuesday", "Friday"])
                .find(|(a, _)| attack.contains(*a))
                .map(|(a, b)| (*a, b))
                .unwrap();
            let first_at = text.find(first_day).unwrap();
            let second_at = text[first_at + first_day.len()..].find(second_day).unwrap()
                + first_at
                + first_day.len();
            let hit = |at: usize, w: &str, v: &str| TimexHit {
                range: at..at + w.len(),
                kind: TimexType::Date,
                value: v.to_string(),
                modifier: None,
                anchor: None,
            };
            let hits = [
                hit(first_at, first_day, "2025-03-07"),
                hit(second_at, second_day, "2025-03-08"),
            ];
            let got: Vec<Option<String>> =
                find_parts(&text, &[attack, response, toll], &hits, NaiveDate::from_ymd_opt(2025, 3, 9))
                    .into_iter()
                    .filter(|f| f.sentence == 2)
                    .map(|f| f.incident_date)
                    .collect();
            assert_eq!(got, [Some("2025-03-07".to_string())], "{text}");
        }
    }

    #[test]
    fn the_day_of_a_funeral_is_not_the_deaths() {
        use Group::*;
        for (first, second) in [
            (
                "Jets struck militia depots near Jurf al-Sakhar on Tuesday.",
                "Funerals were held in Baghdad on Wednesday for nine fighters killed in the strikes.",
            ),
            (
                "A bomb tore through a market in Kirkuk on Tuesday.",
                "Nine traders killed in the blast were buried on Wednesday.",
            ),
            (
                "Gunmen ambushed a patrol near Tikrit on Tuesday.",
                "The nine soldiers who died were mourned in their villages on Wednesday.",
            ),
            (
                "A drone hit a convoy near Qaim on Tuesday.",
                "On Wednesday a funeral was held for nine fighters killed in the attack.",
            ),
            (
                "Militants stormed a checkpoint near Baiji on Tuesday.",
                "Burials took place on Wednesday for nine police officers who were killed.",
            ),
        ] {
            let text = format!("{first} {second}");
            let got: Vec<Option<String>> = {
                                let hits = [day(&text, "Tuesday", "2025-03-04"), day(&text, "Wednesday", "2025-03-05")];
                find_parts(&text, &[first, second], &hits, None)
                    .into_iter()
                    .filter(|f| f.count == 9)
                    .map(|f| f.incident_date)
                    .collect()
            };
            assert_eq!(got, [Some("2025-03-04".to_string())], "{text}");
        }
        // "one other" is one more of the people counted before.
        let text = "A gunship struck the militants' truck on Tuesday, killing one ISIS fighter and wounding one other.";
        check(
            text,
            &[text],
            &[("Tuesday", "2025-03-04")],
            &[
                (Militants, 1, Some("2025-03-04")),
                (Militants, 1, Some("2025-03-04")),
            ],
        );
    }

    #[test]
    fn figures_of_a_when_clause_after_since_take_its_date() {
        // "the deadliest since September 2021, when 13 … were killed": the when
        // clause tells what happened on the date after "since", whatever else the
        // sentence dates.
        for (text, since, value, before) in [
            (
                "Sunday's ambush is the deadliest on the army since September 2021, when 13 police officers were killed at a checkpoint.",
                "September 2021",
                "2021-09",
                None,
            ),
            (
                "Sunday's ambush, which killed five soldiers, is the worst since March, when rebels killed nine guards near Tosh.",
                "March",
                "2022-03",
                Some(5),
            ),
            (
                "The raid on Sunday was the bloodiest since 2019, when gunmen shot dead 30 pilgrims.",
                "2019",
                "2019",
                None,
            ),
            (
                "Sunday's bombing was the first in the capital since January, when two suicide bombers killed 32 shoppers.",
                "January",
                "2022-01",
                None,
            ),
            (
                "It was Sunday's deadliest attack since last May, when a mine killed six soldiers.",
                "last May",
                "2022-05",
                None,
            ),
        ] {
            let mut hits = vec![day(text, "Sunday", "2022-12-18"), day(text, since, value)];
            hits.sort_by_key(|h| h.range.start);
            let got: Vec<(u32, Option<String>)> = find_parts(text, &[text], &hits, None)
                .into_iter()
                .map(|f| (f.count, f.incident_date))
                .collect();
            let last = got.last().cloned();
            assert_eq!(
                last.map(|(_, d)| d),
                Some(Some(value.to_string())),
                "{text}: {got:?}"
            );
            if let Some(n) = before {
                assert_eq!(got[0], (n, Some("2022-12-18".to_string())), "{text}");
            }
        }
    }

    #[test]
    fn figures_before_a_since_when_clause_are_the_storys() {
        // "… were killed, the deadliest day since August 2011, when 30 died": the
        // figures before "since" are of the story's day (told in the sentence before),
        // the when-clause's of its date.
        for (second, since, value) in [
            (
                "Thirteen US troops were killed and 18 were wounded, the deadliest day since August 2011, when 30 Americans died.",
                "August 2011",
                "2011-08",
            ),
            (
                "Nine policemen died, the worst toll since 2019, when a truck bomb killed 40 shoppers.",
                "2019",
                "2019-01",
            ),
            (
                "Twenty villagers were hurt, the most since May 2020, when shelling wounded 31 people.",
                "May 2020",
                "2020-05",
            ),
            (
                "Four Kurdish fighters were killed, the heaviest loss since March 2018, when 12 fighters died.",
                "March 2018",
                "2018-03",
            ),
            (
                "Six soldiers died in the blast, making it the bloodiest day since 2017, when 50 recruits were killed.",
                "2017",
                "2017-06",
            ),
        ] {
            let first = "Gunmen stormed the checkpoint on Sunday.";
            let text = format!("{first} {second}");
            let hits = vec![day(&text, "Sunday", "2022-12-18"), day(&text, since, value)];
            let got: Vec<Option<String>> = find_parts(&text, &[first, second], &hits, None)
                .into_iter()
                .map(|f| f.incident_date)
                .collect();
            assert_eq!(got.first().cloned().flatten().as_deref(), Some("2022-12-18"), "{second}: {got:?}");
            assert_eq!(got.last().cloned().flatten().as_deref(), Some(value), "{second}: {got:?}");
        }
    }

    #[test]
    fn a_figure_told_days_before_a_dated_happening_takes_that_earlier_day() {
        for (text, named, value, want) in [
            (
                "The prime minister met commanders on Monday, a day after militants killed nine policemen in an ambush.",
                "Monday",
                "2022-12-19",
                "2022-12-18",
            ),
            (
                "On Friday, two days after gunmen shot dead six soldiers, the army launched a sweep.",
                "Friday",
                "2022-12-16",
                "2022-12-14",
            ),
            (
                "Schools reopened on 20 December, a week after a bomb wounded 30 pupils.",
                "20 December",
                "2022-12-20",
                "2022-12-13",
            ),
            (
                "Mourners gathered on Sunday, the day after a drone strike killed four shepherds.",
                "Sunday",
                "2022-12-18",
                "2022-12-17",
            ),
            (
                "Police sealed the market on Tuesday, three days after a car bomb killed 11 shoppers there.",
                "Tuesday",
                "2022-12-20",
                "2022-12-17",
            ),
        ] {
            let hits = vec![day(text, named, value)];
            let got = incident_dates_of(text, &hits);
            assert_eq!(got, [Some(want.to_string())], "{text}");
        }
    }

    #[test]
    fn a_dateless_sentence_adding_to_a_running_total_is_part_of_it() {
        for (total, more) in [
            (
                "At least 630 civilians have been killed since September.",
                "The monitor said more than 1,600 fighters had also died.",
            ),
            (
                "Some 90 soldiers have died since January.",
                "Twelve Kurdish fighters were also killed, the council said.",
            ),
            (
                "Since March, 41 police officers have been wounded.",
                "Nine medics were also hurt.",
            ),
            (
                "More than 200 villagers have been killed since October, officials say.",
                "At least 30 militiamen have also died.",
            ),
            (
                "Since 2023, 15 aid workers have been killed.",
                "Four journalists also lost their lives.",
            ),
        ] {
            let first = "The final assault on the town began on Sunday.";
            let text = format!("{first} {total} {more}");
            let since = ["September", "January", "March", "October", "2023"]
                .into_iter()
                .find(|m| total.contains(m))
                .unwrap();
            let mut hits = vec![
                day(&text, "Sunday", "2024-03-10"),
                day(&text, since, "2023-09"),
            ];
            hits.sort_by_key(|h| h.range.start);
            let got: Vec<Option<String>> = find_parts(&text, &[first, total, more], &hits, None)
                .into_iter()
                .map(|f| f.incident_date)
                .collect();
            assert_eq!(got.last(), Some(&None), "{more}: {got:?}");
        }
    }

    #[test]
    fn the_day_of_a_claim_is_not_the_incidents() {
        use Group::*;
        for (first, second) in [
            (
                "A roadside bomb hit an army convoy near Kirkuk on Tuesday.",
                "ISIS on Wednesday claimed the attack, which killed nine soldiers.",
            ),
            (
                "Gunmen ambushed a bus near Palmyra on Tuesday.",
                "The Islamic State group on Wednesday claimed responsibility for the ambush that left nine soldiers dead.",
            ),
            (
                "Militants stormed a checkpoint outside Tikrit on Tuesday.",
                "Islamic State Wednesday claimed the raid, in which nine soldiers were killed.",
            ),
            (
                "A suicide bomber struck an army post in Diyala on Tuesday.",
                "The jihadists on Wednesday acknowledged the bombing, which killed nine soldiers.",
            ),
            (
                "Insurgents shelled an army base near Baiji on Tuesday.",
                "Daesh on Wednesday claims the shelling killed nine soldiers.",
            ),
        ] {
            let text = format!("Army soldiers guard the north. {first} {second}");
            let lead = "Army soldiers guard the north.";
            check(
                &text,
                &[lead, first, second],
                &[("Tuesday", "2025-03-04"), ("Wednesday", "2025-03-05")],
                &[(PartnerForces, 9, Some("2025-03-04"))],
            );
        }
    }

    #[test]
    fn an_incident_pointed_back_to_with_that_keeps_its_date_however_old() {
        use Group::*;
        for (first, second, when, value, group, count) in [
            (
                "His predecessor blew himself up during a U.S. raid in northwestern Syria in February.",
                "Local first responders said 13 people were killed in that raid.",
                "February",
                "2022-02",
                Other,
                13,
            ),
            (
                "A car bomb struck the market in Sadr City in July 2021.",
                "Thirty civilians died in that bombing, the ministry said.",
                "July 2021",
                "2021-07",
                Civilians,
                30,
            ),
            (
                "Gunmen ambushed a police convoy near Tarmiyah on 3 May 2019.",
                "Eleven officers were wounded in that ambush.",
                "3 May 2019",
                "2019-05-03",
                PartnerForces,
                11,
            ),
            (
                "In 2017 a coalition strike hit a school in al-Mansoura.",
                "At least 33 civilians were killed by this strike, monitors found.",
                "2017",
                "2017",
                Civilians,
                33,
            ),
            (
                "A drone hit a wedding party in Raqqa province last March.",
                "Survivors said 12 guests were killed in that attack.",
                "last March",
                "2023-03",
                Other,
                12,
            ),
        ] {
            let text = format!("{first} {second}");
            check(
                &text,
                &[first, second],
                &[(when, value)],
                &[(group, count, Some(value))],
            );
        }
    }

    #[test]
    fn a_figure_told_with_no_day_is_of_the_day_its_dated_telling_gives() {
        use Group::*;
        for (headline, lead) in [
            (
                "Sweep ends with 13 militants dead.",
                "Troops killed 13 militants in a raid on Wednesday.",
            ),
            (
                "Raid leaves 13 militants dead.",
                "On Wednesday, 13 militants were killed in the raid.",
            ),
            (
                "Thirteen militants killed in desert raid.",
                "Iraqi forces killed 13 militants on Wednesday.",
            ),
        ] {
            let text = format!("{headline} Troops stormed a camp on Monday. {lead}");
            let parts = [headline, "Troops stormed a camp on Monday.", lead];
            check(
                &text,
                &parts,
                &[("Monday", "2026-03-16"), ("Wednesday", "2026-03-18")],
                &[
                    (Militants, 13, Some("2026-03-18")),
                    (Militants, 13, Some("2026-03-18")),
                ],
            );
        }
    }

    #[test]
    fn in_an_interview_our_people_are_the_answering_forces() {
        // A report whose questions name Americans; the answers are an SDF commander's.
        let intro = "An SDF commander on the hunt for cells in the east.";
        let q = "Q: The Americans say their raid went well. Were any of your men hurt?";
        for (answer, want) in [
            (
                "A: Last month they killed four of our fighters at a checkpoint.",
                (Group::PartnerForces, 4),
            ),
            (
                "A: In 2018 I lost eleven men from my battalion.",
                (Group::PartnerForces, 11),
            ),
            (
                "A: They wounded three of our guards.",
                (Group::PartnerForces, 3),
            ),
            (
                "A: Two of our comrades were killed in May.",
                (Group::PartnerForces, 2),
            ),
            (
                "A: We lost six men from our unit that night.",
                (Group::PartnerForces, 6),
            ),
        ] {
            let text = format!("{intro}\n{q}\n{answer}");
            check(&text, &[intro, q, answer], &[], &[(want.0, want.1, None)]);
        }
        // A briefing by a US spokesman: the answers speak for US forces.
        let intro = "A U.S. military spokesman briefs reporters on the raid.";
        let q = "Q: What happened after the SDF left?";
        let answer = "A: Two of our soldiers were hurt.";
        let text = format!("{intro}\n{q}\n{answer}");
        check(
            &text,
            &[intro, q, answer],
            &[],
            &[(Group::UsForces, 2, None)],
        );
    }

    #[test]
    fn a_militant_attack_in_a_partner_land_hits_the_local_force() {
        // A report about a US air strike, which also tells of a militant attack on
        // the local force in a sentence that names no American.
        let lead = "U.S. Africa Command said its airstrike killed two militants, and the U.S. command said U.S. forces were not hurt.";
        for (attack, want) in [
            (
                "A suicide bomber struck a checkpoint in Baidoa, killing three soldiers.",
                (Group::PartnerForces, 3),
            ),
            (
                "A car bomb outside Kirkuk wounded four policemen.",
                (Group::PartnerForces, 4),
            ),
            (
                "Two soldiers died when a roadside bomb hit their truck near Mosul.",
                (Group::PartnerForces, 2),
            ),
            (
                "In Somalia, suicide bombers stormed a base and killed five soldiers.",
                (Group::PartnerForces, 5),
            ),
            (
                "An IED in Anbar killed six Iraqi troops.",
                (Group::PartnerForces, 6),
            ),
            // Named Americans, or no partner land, stay the report's own.
            (
                "A roadside bomb in Anbar wounded three American soldiers.",
                (Group::UsForces, 3),
            ),
            (
                "A suicide bomber struck the gate, killing three soldiers.",
                (Group::UsForces, 3),
            ),
        ] {
            let text = format!("{lead} {attack}");
            check(
                &text,
                &[lead, attack],
                &[],
                &[
                    (Group::Militants, 2, None),
                    (Group::UsForces, 0, None),
                    (want.0, want.1, None),
                ],
            );
        }
    }

    #[test]
    fn figures_take_the_incident_day_of_the_narrative() {
        let text = "Nine militants were killed. The raid on Monday was a success.";
        check(
            text,
            &[
                "Nine militants were killed.",
                "The raid on Monday was a success.",
            ],
            &[("Monday", "2024-01-01")],
            &[(Group::Militants, 9, Some("2024-01-01"))],
        );
    }

    #[test]
    fn a_day_given_to_a_weapons_blow_is_the_incident_day() {
        for (second, day) in [
            (
                "The drone slammed into the barracks on Thursday.",
                "Thursday",
            ),
            (
                "Rockets rained down on the camp late Friday.",
                "late Friday",
            ),
            ("A missile tore through the depot on Monday.", "Monday"),
            ("Mortars pounded the outpost on Sunday.", "Sunday"),
            ("The bomb went off at the gate Tuesday.", "Tuesday"),
        ] {
            dates_the_figure_before("Four soldiers were wounded.", second, day);
        }
    }

    /// Asserts that the day `day` the sentence `second` gives dates the figure of four
    /// people in `first`, the sentence before it.
    fn dates_the_figure_before(first: &str, second: &str, day: &str) {
        let text = format!("{first} {second}");
        check(
            &text,
            &[first, second],
            &[(day, "2025-02-06")],
            &[(Group::Other, 4, Some("2025-02-06"))],
        );
    }

    #[test]
    fn a_day_given_to_an_assault_carried_out_is_the_incident_day() {
        for (second, day) in [
            (
                "The attackers arrived in pickup trucks late Friday and opened fire on the crowd.",
                "late Friday",
            ),
            (
                "Troops open fire on marchers at the bridge on Monday.",
                "Monday",
            ),
            (
                "Insurgents stormed the checkpoint on Sunday night.",
                "Sunday night",
            ),
            ("Thursday was the bloodiest day of the unrest.", "Thursday"),
            ("The shooting went on until dawn on Wednesday.", "Wednesday"),
            ("Fighters overran the hilltop post Tuesday.", "Tuesday"),
        ] {
            dates_the_figure_before("Four demonstrators were wounded.", second, day);
        }
        // Fire exchanged is no assault carried out: the day of the calm after it is no
        // incident's.
        let first = "Four demonstrators were wounded.";
        let second = "Calm returned on Friday after two days of exchanges of fire.";
        check(
            &format!("{first} {second}"),
            &[first, second],
            &[("Friday", "2025-02-07")],
            &[(Group::Other, 4, None)],
        );
    }

    #[test]
    fn a_death_from_wounds_in_the_attacks_sentence_keeps_its_day() {
        let text = "The toll of the ambush on Saturday rose to 6 after a wounded guard died of his wounds on Monday.";
        check(
            text,
            &[text],
            &[("Saturday", "2025-03-01"), ("Monday", "2025-03-03")],
            &[(Group::Other, 6, Some("2025-03-01"))],
        );
    }

    #[test]
    fn the_strikes_go_on_with_the_day_the_sentence_before_gave_them() {
        for second in [
            "Nine militants were killed in the strikes.",
            "Officials said the airstrikes left 9 militants dead.",
            "Nine militants died in the air strikes, the army said.",
        ] {
            let first = "Jets carried out two strikes on hideouts in the hills on Wednesday.";
            let third = "Gunmen had attacked a post there on Monday, killing two workers.";
            let text = format!("{first} {second} {third}");
            check(
                &text,
                &[first, second, third],
                &[("Wednesday", "2025-03-05"), ("Monday", "2025-03-03")],
                &[
                    (Group::Militants, 9, Some("2025-03-05")),
                    (Group::Other, 2, Some("2025-03-03")),
                ],
            );
        }
    }

    #[test]
    fn a_death_from_wounds_keeps_the_day_of_the_attack() {
        for (second, day) in [
            "Two more workers died of their wounds on Monday.",
            "Two of the wounded workers succumbed to their injuries on Monday.",
            "On Monday two more workers died in hospital.",
            "Two more workers died overnight in a military hospital on Monday.",
            "Two wounded workers later died on Monday of their wounds.",
        ]
        .map(|second| (second, "2025-03-01"))
        .into_iter()
        // Dying on a day, of no wounds said, is that day's.
        .chain([(
            "Two workers were killed in a second ambush on Monday.",
            "2025-03-03",
        )]) {
            let first = "Nine workers were hurt when militants ambushed the bus on Saturday.";
            let text = format!("{first} {second}");
            check(
                &text,
                &[first, second],
                &[("Saturday", "2025-03-01"), ("Monday", "2025-03-03")],
                &[
                    (Group::Other, 9, Some("2025-03-01")),
                    (Group::Other, 2, Some(day)),
                ],
            );
        }
    }

    #[test]
    fn a_day_given_to_an_assault_on_a_place_is_the_incident_day() {
        for (second, day) in [
            (
                "Insurgents stormed the base on Saturday night.",
                "Saturday night",
            ),
            ("Gunmen overran the outpost early Sunday.", "early Sunday"),
            (
                "Rebels ambushed a convoy near the river on Monday.",
                "Monday",
            ),
            ("A suicide bomber rammed the gate on Tuesday.", "Tuesday"),
            ("Fighters assaulted the garrison on 4 March.", "4 March"),
        ] {
            let first = "Eleven workers were killed, officials said.";
            let text = format!("{first} {second}");
            check(
                &text,
                &[first, second],
                &[(day, "2026-03-04")],
                &[(Group::Other, 11, Some("2026-03-04"))],
            );
        }
    }

    #[test]
    fn a_day_given_to_a_fight_is_the_incident_day() {
        for (second, day) in [
            ("The clash began at dawn on Thursday.", "Thursday"),
            (
                "A gunfight broke out at the crossing late Friday.",
                "late Friday",
            ),
            ("The firefight lasted until noon on Monday.", "Monday"),
            ("It was Sunday when the skirmish erupted.", "Sunday"),
            (
                "The shootout at the checkpoint started on 2 June.",
                "2 June",
            ),
        ] {
            let first = "Two border guards were wounded.";
            let text = format!("{first} {second}");
            check(
                &text,
                &[first, second],
                &[(day, "2026-06-02")],
                &[(Group::Other, 2, Some("2026-06-02"))],
            );
        }
    }

    #[test]
    fn figures_of_two_incidents_told_together_take_each_its_day() {
        for (text, first, second) in [
            (
                "Three soldiers were wounded when rockets hit the base on Wednesday, and jets struck back on Thursday, killing seven fighters.",
                "Wednesday",
                "Thursday",
            ),
            (
                "On Monday a mine wounded 2 marines; on Tuesday, snipers killed two more.",
                "Monday",
                "Tuesday",
            ),
            (
                "Gunmen killed four guards late Sunday before police shot dead 3 of the attackers on Monday.",
                "Sunday",
                "Monday",
            ),
            (
                "Six civilians died in shelling on 4 May and nine more were hurt in a raid on 5 May.",
                "4 May",
                "5 May",
            ),
            (
                "A drone wounded 5 troops on Friday, a day before snipers killed two others on Saturday.",
                "Friday",
                "Saturday",
            ),
        ] {
            let hits = [(first, "2025-05-04"), (second, "2025-05-05")];
            let hits: Vec<TimexHit> = hits.iter().map(|(w, v)| day(text, w, v)).collect();
            let got = incident_dates_of(text, &hits);
            assert_eq!(
                got,
                [Some("2025-05-04".to_string()), Some("2025-05-05".to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn a_day_of_a_meeting_or_a_rite_dates_no_dateless_sentence_after_it() {
        use Group::*;
        for middle in [
            "Officials met in Baghdad on Saturday.",
            "Funerals were held on Saturday.",
            "The prime minister summoned the envoy on Saturday.",
            "Parliament debated the matter on Saturday.",
            "Crowds marched through the capital on Saturday.",
        ] {
            let first = "US jets hit militia depots near the border late Friday.";
            let third = "The monitor said 23 fighters were killed in the strike.";
            let text = format!("{first} {middle} {third}");
            check(
                &text,
                &[first, middle, third],
                &[("late Friday", "2025-05-02"), ("Saturday", "2025-05-03")],
                &[(Militants, 23, Some("2025-05-02"))],
            );
        }
    }

    #[test]
    fn a_reported_past_perfect_since_a_day_is_a_running_total() {
        for (text, since) in [
            (
                "He said at least 500 people had been killed since Friday.",
                "Friday",
            ),
            (
                "Medics said 70 civilians had died since Monday in the shelling.",
                "Monday",
            ),
            (
                "The governor told reporters that 31 soldiers had been wounded since 4 May.",
                "4 May",
            ),
            (
                "Officials said some 40 fighters had been killed since Tuesday.",
                "Tuesday",
            ),
            (
                "According to the ministry, 12 policemen had been killed since Sunday, it said.",
                "Sunday",
            ),
        ] {
            let hits = vec![day(text, since, "2025-05-04")];
            let got = incident_dates_of(text, &hits);
            assert_eq!(got.len(), 1, "{text}");
            assert_ne!(got[0].as_deref(), Some("2025-05-04"), "{text}");
        }
    }

    #[test]
    fn counts_listed_together_share_the_day_of_their_clause() {
        for (text, first, second) in [
            (
                "The death toll from Thursday's suicide bombing outside the main airport gate climbed to at least 170 Afghans and 13 US troops on Friday, officials said, as crews raced to finish ahead of Tuesday's deadline.",
                "Thursday",
                "Tuesday",
            ),
            (
                "Monday's roadside ambush on the desert highway west of the city killed four Iraqi soldiers and at least 9 shepherds, police said, days before Saturday's election.",
                "Monday",
                "Saturday",
            ),
            (
                "The shelling of the village school on Sunday night wounded eleven villagers and more than 20 children, medics said, as both sides agreed to Monday's truce.",
                "Sunday",
                "Monday",
            ),
            (
                "Wednesday's drone strike on the hilltop training camp killed 12 fighters and two of their commanders, the army said, as envoys met for Friday's talks.",
                "Wednesday",
                "Friday",
            ),
            (
                "In Tuesday's dawn raid on a remote farm outside the town commandos killed five militants and about 8 guards, officials said, as the handover neared on Thursday.",
                "Tuesday",
                "Thursday",
            ),
        ] {
            let hits = [(first, "2025-05-04"), (second, "2025-05-05")];
            let hits: Vec<TimexHit> = hits.iter().map(|(w, v)| day(text, w, v)).collect();
            let got = incident_dates_of(text, &hits);
            assert_eq!(
                got,
                [Some("2025-05-04".to_string()), Some("2025-05-04".to_string())],
                "{text}"
            );
        }
    }

    #[test]
    fn two_strikes_reported_together_share_their_month() {
        let text = "Two strikes killed 37 militants. A strike on Sept. 16 killed 28 militants. A strike on Sept. 24 killed nine militants.";
        check(
            text,
            &[
                "Two strikes killed 37 militants.",
                "A strike on Sept. 16 killed 28 militants.",
                "A strike on Sept. 24 killed nine militants.",
            ],
            &[("Sept. 16", "2024-09-16"), ("Sept. 24", "2024-09-24")],
            &[
                (Group::Militants, 37, Some("2024-09")),
                (Group::Militants, 28, Some("2024-09-16")),
                (Group::Militants, 9, Some("2024-09-24")),
            ],
        );
    }

    /// (group, outcome, count) of every figure of a text whose sentences end with ". ".
    fn groups(text: &str) -> Vec<(Group, Outcome, u32)> {
        let parts: Vec<&str> = text.split_inclusive(". ").map(|p| p.trim_end()).collect();
        let sentences: Vec<SentenceSpan> = parts.iter().map(|p| sentence(text, p)).collect();
        let tokens = crate::extract::words::sentence_tokens(text, &sentences);
        find(text, &sentences, &tokens, &[], None)
            .into_iter()
            .map(|f| (f.group, f.outcome, f.count))
            .collect()
    }

    #[test]
    fn a_bare_count_is_of_the_people_an_equal_count_names() {
        use Group::*;
        use Outcome::*;
        for (text, n) in [
            ("Death toll rises to nine. A monitor said nine fighters were killed in the strikes.", 9),
            ("Three soldiers were hurt. Jets killed 3 militants. Officials said three were killed.", 3),
            ("A monitor put the toll at six. At least six ISIS fighters were killed.", 6),
            ("The death toll rose to 12. Twelve militiamen were killed in the raid.", 12),
            ("Seven Kurdish fighters were killed. So that brings it to seven killed.", 7),
        ] {
            let got = groups(text);
            let bare: Vec<Group> = got
                .iter()
                .filter(|(_, o, c)| *o == Killed && *c == n)
                .map(|(g, _, _)| *g)
                .collect();
            assert!(
                bare.len() >= 2 && bare.iter().all(|g| *g != Other),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn one_more_of_a_noun_is_of_the_people_that_noun_counted_before() {
        use Group::*;
        use Outcome::*;
        for (text, n) in [
            (
                "Two Iraqi soldiers were killed in the attack. Troops killed three militants. A fourth soldier died of his wounds.",
                1,
            ),
            (
                "Rockets killed 2 Iraqi soldiers. Guards shot dead four gunmen. A third soldier has died in hospital.",
                1,
            ),
            (
                "Three Kurdish fighters were killed. Five ISIS militants died. A fourth fighter later died.",
                1,
            ),
            (
                "One Iraqi soldier was killed. The raid killed six militants. A second soldier has died of his wounds.",
                1,
            ),
            (
                "Two Peshmerga soldiers died. Nine jihadists were killed. A third soldier succumbed to his wounds.",
                1,
            ),
        ] {
            let got = groups(text);
            assert_eq!(got.last(), Some(&(PartnerForces, Killed, n)), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_toll_told_before_its_figures_takes_the_group_they_share() {
        use Group::*;
        use Outcome::*;
        for (text, group, n) in [
            (
                "The death toll rose to 5. Five Iraqi soldiers died in the ambush.",
                PartnerForces,
                5,
            ),
            (
                "The death toll has climbed to 3. Three US troops were killed.",
                UsForces,
                3,
            ),
            (
                "The toll now stands at 9. Nine militants died in the strike.",
                Militants,
                9,
            ),
            (
                "The death toll reached 4. Four civilians were killed by the shell.",
                Civilians,
                4,
            ),
        ] {
            assert_eq!(
                groups(text),
                [(group, Killed, n), (group, Killed, n)],
                "{text}"
            );
        }
        // Figures of two groups after it leave the toll's group open.
        assert_eq!(
            groups("The death toll rose to 5. Three soldiers and two civilians died."),
            [
                (Other, Killed, 5),
                (Other, Killed, 3),
                (Civilians, Killed, 2)
            ]
        );
    }

    #[test]
    fn tolls_and_bare_counts_restate_the_articles_group() {
        use Group::*;
        use Outcome::*;
        assert_eq!(
            groups("Nine ISIL fighters died in the raid. Local officials put the number of dead at 11."),
            [(Militants, Killed, 9), (Militants, Killed, 11)]
        );
        assert_eq!(
            groups("Five Kurdish fighters were killed in the ambush. Officials said at least 20 were wounded."),
            [(PartnerForces, Killed, 5), (PartnerForces, Injured, 20)]
        );
        assert_eq!(
            groups(
                "Two policemen and three civilians were killed. The death toll later rose to 7."
            ),
            [
                (Other, Killed, 2),
                (Civilians, Killed, 3),
                (Other, Killed, 7)
            ]
        );
        assert_eq!(
            groups("The death toll climbed to 30 on Monday. Rescuers kept digging."),
            [(Other, Killed, 30)]
        );
        assert_eq!(
            groups("Four Marines were hurt in the crash, the Pentagon said. It confirmed that 4 were injured."),
            [(UsForces, Injured, 4), (UsForces, Injured, 4)]
        );
        // A death among people counted before is theirs, counted anew; their
        // condition is not.
        for (text, want) in [
            (
                "Four Iraqi soldiers were hurt. Two of them later died.",
                vec![(PartnerForces, Injured, 4), (PartnerForces, Killed, 2)],
            ),
            (
                "Three US sailors were injured. One of them died in hospital.",
                vec![(UsForces, Injured, 3), (UsForces, Killed, 1)],
            ),
            (
                "Two Kurdish fighters were killed. Officials said 3 were wounded, and one of them died on Friday.",
                vec![(PartnerForces, Killed, 2), (PartnerForces, Injured, 3), (PartnerForces, Killed, 1)],
            ),
            (
                "Six Peshmerga were wounded; two of them succumbed overnight.",
                vec![(PartnerForces, Injured, 6), (PartnerForces, Killed, 2)],
            ),
            (
                "Four Iraqi soldiers were hurt. One of them was evacuated to Baghdad.",
                vec![(PartnerForces, Injured, 4)],
            ),
        ] {
            assert_eq!(groups(text), want, "{text}");
        }
        // Of mixed groups, a bare count restates the people counted with its outcome.
        for (text, want) in [
            (
                "Two US soldiers were wounded and four militants were killed. Officials said three were wounded.",
                [(UsForces, Injured, 2), (Militants, Killed, 4), (UsForces, Injured, 3)],
            ),
            (
                "Commandos killed 6 ISIS fighters; 2 Iraqi troops were hurt. Officials later said 8 had died.",
                [(Militants, Killed, 6), (PartnerForces, Injured, 2), (Militants, Killed, 8)],
            ),
            (
                "Three Peshmerga were injured and a gunman was killed. Officials said four were injured.",
                [(PartnerForces, Injured, 3), (Militants, Killed, 1), (PartnerForces, Injured, 4)],
            ),
        ] {
            assert_eq!(groups(text), want, "{text}");
        }
    }

    #[test]
    fn those_people_are_of_the_phrase_that_named_them() {
        use Group::*;
        use Outcome::*;
        assert_eq!(
            groups("British advisers help train local fighters at the camp. Last week a mortar round killed two of those fighters."),
            [(PartnerForces, Killed, 2)]
        );
        assert_eq!(
            groups("Coalition officers mentor tribal volunteers near the dam. A roadside bomb wounded 3 of these volunteers."),
            [(PartnerForces, Injured, 3)]
        );
        assert_eq!(
            groups("Gunmen attacked a checkpoint on the highway. Soldiers killed four of the men, police said."),
            [(Militants, Killed, 4)]
        );
        assert_eq!(
            groups("Iraqi soldiers guarded the pass. The ambush claimed the lives of six of those soldiers."),
            [(PartnerForces, Killed, 6)]
        );
        assert_eq!(
            groups("American marines patrol the port. An explosion on Monday injured 5 of those marines."),
            [(UsForces, Injured, 5)]
        );
        // No earlier mention: the phrase's own words.
        assert_eq!(
            groups("The storm passed. Two of those fighters were killed."),
            [(Militants, Killed, 2)]
        );
    }

    #[test]
    fn the_counted_men_are_of_the_phrase_that_counted_them_before() {
        use Group::*;
        use Outcome::*;
        assert_eq!(
            groups("Two gunmen opened fire on a checkpoint in Kirkuk. The two men were later shot dead by police."),
            [(Militants, Killed, 2)]
        );
        assert_eq!(
            groups("Kurdish forces said 3 Peshmerga guarded the bridge. Those three men were wounded by a sniper."),
            [(PartnerForces, Injured, 3)]
        );
        assert_eq!(
            groups("The Pentagon said four US soldiers were on patrol. The 4 individuals were hurt when a mine exploded."),
            [(UsForces, Injured, 4)]
        );
        assert_eq!(
            groups("Police said five jihadists had crossed the river. The five men died in an air strike."),
            [(Militants, Killed, 5)]
        );
        assert_eq!(
            groups("Kurdish troops said two local fighters held the post. The two men were killed at dawn."),
            [(PartnerForces, Killed, 2)]
        );
    }

    #[test]
    fn others_are_of_the_articles_figure_before_them() {
        use Group::*;
        use Outcome::*;
        assert_eq!(
            groups("A raid killed 9 ISIS fighters. It also wounded three others."),
            [(Militants, Killed, 9), (Militants, Injured, 3)]
        );
        assert_eq!(
            groups("Two Iraqi soldiers died in the blast. Officials said 4 others were hurt."),
            [(PartnerForces, Killed, 2), (PartnerForces, Injured, 4)]
        );
        assert_eq!(
            groups("Five children were killed by the shell. Twelve others were wounded."),
            [(Civilians, Killed, 5), (Other, Injured, 12)]
        );
        assert_eq!(
            groups("Rescuers searched the rubble. Twelve others were wounded."),
            [(Other, Injured, 12)]
        );
        assert_eq!(
            groups("Three Americans were killed. No Americans were hurt elsewhere. Ten others were hurt."),
            [(UsForces, Killed, 3), (UsForces, Injured, 0), (UsForces, Injured, 10)]
        );
    }

    #[test]
    fn generic_nouns_take_the_force_the_article_is_about() {
        use Group::*;
        use Outcome::*;
        assert_eq!(
            groups("ISIS militants attacked an Iraqi army checkpoint near Kirkuk, killing four Iraqi soldiers. Two other soldiers were wounded, a police source said."),
            [(PartnerForces, Killed, 4), (PartnerForces, Injured, 2)]
        );
        assert_eq!(
            groups("A drone struck a base housing American troops in eastern Syria. Six service members suffered minor injuries, the Pentagon said."),
            [(UsForces, Injured, 6)]
        );
        assert_eq!(
            groups("Coalition aircraft bombed an al-Shabab hideout on Friday. The strike killed 17 people, a US official said."),
            [(Militants, Killed, 17)]
        );
        assert_eq!(
            groups("Russian soldiers and US troops shared the road. Three soldiers were wounded by a mine."),
            [(Other, Injured, 3)]
        );
        assert_eq!(
            groups(
                "Gunmen stormed a market in the town. The attack killed 12 people, a medic said."
            ),
            [(Other, Killed, 12)]
        );
    }

    #[test]
    fn anaphoric_injuries_take_the_earlier_group() {
        let text = "Three US soldiers were injured. The general confirmed the three injuries.";
        check(
            text,
            &[
                "Three US soldiers were injured.",
                "The general confirmed the three injuries.",
            ],
            &[],
            &[(Group::UsForces, 3, None), (Group::UsForces, 3, None)],
        );
    }

    #[test]
    fn an_ordinal_victim_is_one_more_of_the_people_counted_before() {
        for (first, second, group) in [
            (
                "Two Danish medics were hurt by the blast.",
                "A third was diagnosed with a concussion.",
                Group::Other,
            ),
            (
                "Militants wounded three Iraqi soldiers at the post.",
                "Officials said a fourth service member was hit by shrapnel.",
                Group::PartnerForces,
            ),
            (
                "Gunmen wounded two farmers near the well.",
                "A third villager was also hurt.",
                Group::Civilians,
            ),
            (
                "Four US sailors were injured in the fire.",
                "A fifth sailor was later diagnosed with a traumatic brain injury.",
                Group::UsForces,
            ),
            (
                "Drones killed two Iraqi policemen at the gate.",
                "A third officer died of his wounds.",
                Group::PartnerForces,
            ),
        ] {
            let text = format!("{first} {second}");
            let got: Vec<(Group, u32)> = {
                find_parts(&text, &[first, second], &[], None)
                    .into_iter()
                    .map(|f| (f.group, f.count))
                    .collect()
            };
            assert_eq!(got.len(), 2, "{text}: {got:?}");
            assert_eq!(got[1], (group, 1), "{text}");
        }
    }

    #[test]
    fn the_day_a_wound_was_diagnosed_is_not_the_incidents() {
        // Reference Wednesday 2026-05-20: the attack on Sunday the 17th.
        let text = "Rockets hit the camp on Sunday, wounding two Dutch soldiers. A third was diagnosed with a concussion on Tuesday.";
        check(
            text,
            &[
                "Rockets hit the camp on Sunday, wounding two Dutch soldiers.",
                "A third was diagnosed with a concussion on Tuesday.",
            ],
            &[("Sunday", "2026-05-17"), ("Tuesday", "2026-05-19")],
            &[
                (Group::Other, 2, Some("2026-05-17")),
                (Group::Other, 1, Some("2026-05-17")),
            ],
        );
    }

    #[test]
    fn a_lone_figure_told_with_two_days_takes_its_own() {
        // Reference Thursday 2026-05-21.
        let text = "Jets struck a cave early Thursday that killed four militants, among them the man who led the ambush of a convoy late Tuesday.";
        check(
            text,
            &[text],
            &[
                ("early Thursday", "2026-05-21"),
                ("late Tuesday", "2026-05-19"),
            ],
            &[(Group::Militants, 4, Some("2026-05-21"))],
        );
        // A total counted since one of the days keeps the period of both.
        let text = "The sweep pressed on on Thursday in an operation that has killed 11 militants since it began on Tuesday.";
        check(
            text,
            &[text],
            &[("Thursday", "2026-05-21"), ("Tuesday", "2026-05-19")],
            &[(Group::Militants, 11, Some("2026-05"))],
        );
        // Strikes in the plural on two days share their month.
        let text = "Strikes on Tuesday and Thursday killed nine militants.";
        check(
            text,
            &[text],
            &[("Tuesday", "2026-05-19"), ("Thursday", "2026-05-21")],
            &[(Group::Militants, 9, Some("2026-05"))],
        );
    }

    #[test]
    fn an_and_between_places_or_outcomes_keeps_the_figure_in_its_clause() {
        // Reference Thursday 2026-05-21: the story's day and the day of the incident
        // a relative clause tells ("in which", "when", "which") with its figures.
        for (text, story_day, incident_day) in [
            (
                "Today's sweep follows Monday's ambush between Hit and Haditha, in which gunmen shot dead three policemen and wounded a fourth.",
                "Today",
                "Monday",
            ),
            (
                "Thursday's curfew came after Monday night's bombing near the bridge and the market, which killed three shoppers and injured one more.",
                "Thursday",
                "Monday night",
            ),
            (
                "The raid on Thursday avenged Monday's attack on the road between the two villages, when a mine tore through a truck, killing three farmers and injuring a fourth.",
                "Thursday",
                "Monday",
            ),
            (
                "Troops returned to Rutba today, where an ambush on Monday between the mosque and the bakery left three police officers dead and wounding one more.",
                "today",
                "Monday",
            ),
            (
                "Thursday's funerals mourned the victims of Monday's blast at the crossing between Syria and Iraq that killed three traders and injuring one porter.",
                "Thursday",
                "Monday",
            ),
        ] {
            let sentences = [sentence(text, text)];
            let hits = [
                day(text, story_day, "2026-05-21"),
                day(text, incident_day, "2026-05-18"),
            ];
            let tokens = crate::extract::words::sentence_tokens(text, &sentences);
            let got = find(text, &sentences, &tokens, &hits, None);
            let three = got.iter().find(|f| f.count == 3);
            assert_eq!(
                three.and_then(|f| f.incident_date.as_deref()),
                Some("2026-05-18"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_figure_inside_the_incident_answered_is_of_that_incident() {
        let later = "Drones had slammed into the base on Sunday.";
        for lead in [
            "Jets struck militia sites on Tuesday in revenge for a drone attack that left 11 US troops injured.",
            "On Tuesday US aircraft hit back in retaliation for an attack that wounded 11 US troops.",
            "The Tuesday raids were a response to a strike that injured 11 American soldiers.",
            "Commandos moved in on Tuesday to avenge an ambush that wounded 11 US troops.",
            "Bombers flew on Tuesday, a reprisal for the barrage that hurt 11 US service members.",
        ] {
            let text = format!("{lead} {later}");
            check(
                &text,
                &[lead, later],
                &[("Tuesday", "2026-05-19"), ("Sunday", "2026-05-17")],
                &[(Group::UsForces, 11, Some("2026-05-17"))],
            );
        }
        // The incident a cause noun names, and one a story "follows", told with
        // today's happening.
        for lead in [
            "The trigger for Tuesday's sweep was the ambush on Sunday, killing two Iraqi soldiers.",
            "Tuesday's raid follows Sunday's roadside bombing that killed two Iraqi soldiers.",
        ] {
            let text = format!("{lead} {later}");
            check(
                &text,
                &[lead, later],
                &[("Tuesday", "2026-05-19"), ("Sunday", "2026-05-17")],
                &[(Group::PartnerForces, 2, Some("2026-05-17"))],
            );
        }
        // A figure of the answer itself keeps the answer's day.
        let lead = "Jets killed four militants on Tuesday in revenge for Sunday's attack.";
        let text = format!("{lead} {later}");
        check(
            &text,
            &[lead, later],
            &[("Tuesday", "2026-05-19"), ("Sunday", "2026-05-17")],
            &[(Group::Militants, 4, Some("2026-05-19"))],
        );
    }

    #[test]
    fn a_tally_pointing_back_counts_the_figure_before_anew() {
        for revision in [
            "That number crept up to eight on Tuesday.",
            "The tally was later revised to eight.",
            "This figure has since been raised to 8.",
            "The count went up to eight overnight.",
            "That total rose sharply to eight after more troops reported headaches.",
        ] {
            let lead = "Rockets hit the base, and officials said three US troops were wounded.";
            let text = format!("{lead} {revision}");
            check(
                &text,
                &[lead, revision],
                &[],
                &[(Group::UsForces, 3, None), (Group::UsForces, 8, None)],
            );
        }
        // A clause that says what the tally now is, after the people and a lone
        // other victim counted with them.
        for revision in [
            "By Monday night it was eight.",
            "Now it's eight.",
            "Our assessment remains 8.",
            "The count stands at eight.",
            "That figure is now eight.",
        ] {
            let lead = "Officials said three US troops and a contractor were wounded.";
            let text = format!("{lead} {revision}");
            check(
                &text,
                &[lead, revision],
                &[],
                &[
                    (Group::UsForces, 3, None),
                    (Group::Other, 1, None),
                    (Group::UsForces, 8, None),
                ],
            );
        }
        // The tally keeps its incident's day, not the day it was revised on.
        for (revision, day, value) in [
            (
                "That number crept up to eight on Tuesday.",
                "Tuesday",
                "2026-05-19",
            ),
            (
                "By Tuesday night it was eight.",
                "Tuesday night",
                "2026-05-19TNI",
            ),
            (
                "The tally was revised to 8 on 19 May.",
                "19 May",
                "2026-05-19",
            ),
            (
                "On Wednesday the count stood at eight.",
                "Wednesday",
                "2026-05-20",
            ),
            (
                "The figure was raised to eight yesterday.",
                "yesterday",
                "2026-05-20",
            ),
        ] {
            let lead = "Rockets hit the base on Sunday, wounding three US troops.";
            let text = format!("{lead} {revision}");
            check(
                &text,
                &[lead, revision],
                &[("Sunday", "2026-05-17"), (day, value)],
                &[
                    (Group::UsForces, 3, Some("2026-05-17")),
                    (Group::UsForces, 8, Some("2026-05-17")),
                ],
            );
        }
        // A count that goes on into a noun is no tally: "it was five days".
        let lead = "Officials said three US troops were wounded.";
        let more = "It was five days before the base reopened.";
        let text = format!("{lead} {more}");
        check(&text, &[lead, more], &[], &[(Group::UsForces, 3, None)]);
        // "… and then to 11": the same tally once more.
        let lead = "Two guards were hurt in the blast.";
        let revision = "The number crept up to five and then to 7 as medics examined more.";
        let text = format!("{lead} {revision}");
        check(
            &text,
            &[lead, revision],
            &[],
            &[
                (Group::Other, 2, None),
                (Group::Other, 5, None),
                (Group::Other, 7, None),
            ],
        );
        // A verb of change before "up to" gives no "up to" qualifier; other verbs do.
        let text = "The raid killed up to eight militants.";
        check(text, &[text], &[], &[(Group::Militants, 8, None)]);
    }

    #[test]
    fn the_us_militarys_own_statement_counts_its_own_soldiers() {
        for text in [
            "At first the Pentagon said just five soldiers had been hurt.",
            "CENTCOM confirmed that five personnel suffered minor injuries.",
            "Central Command said five service members were wounded in the attack.",
            "The Pentagon says 5 troops were injured, none seriously.",
            "A statement from the Pentagon reported five sailors hurt by debris.",
            // A bare count in the US military's own count or statement.
            "The initial Pentagon count, five injured, was revised twice.",
            "CENTCOM said five were wounded, none seriously.",
            "Central Command said 5 were hurt by debris.",
        ] {
            let sentences = [sentence(text, text)];
            let all = crate::extract::words::sentence_tokens(text, &sentences);
            let got = find(text, &sentences, &all, &[], None);
            assert!(
                got.iter()
                    .any(|f| f.count == 5 && f.group == Group::UsForces),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_nations_spokesmen_are_no_force_its_or_the_group_points_back_to() {
        for (lead, text) in [
            (
                "American aircraft bombed militia depots south of Hilla. Iraqi officials said the strikes destroyed a workshop.",
                "The group itself acknowledged the deaths of three of its fighters.",
            ),
            (
                "Jets hit a Kataib Hezbollah camp. Iraqi sources say the camp burned for hours.",
                "The group later admitted that 3 of its members were killed.",
            ),
            (
                "US warplanes struck the militants' bunkers overnight. A Syrian spokesman called it aggression.",
                "The group said three of its men died.",
            ),
            (
                "Drones struck a militia convoy near the border. Iraqi authorities confirmed the strike.",
                "The militia said three of its fighters were killed.",
            ),
            (
                "A US strike hit an ISIS hideout. Jordanian officials said debris fell near the border.",
                "The faction said three of its commanders were killed on Friday.",
            ),
        ] {
            let full = format!("{lead} {text}");
            let mut parts: Vec<&str> = lead.split_inclusive(". ").map(str::trim_end).collect();
            parts.push(text);
            let sentences: Vec<SentenceSpan> = parts.iter().map(|p| sentence(&full, p)).collect();
            let tokens = crate::extract::words::sentence_tokens(&full, &sentences);
            let got = find(&full, &sentences, &tokens, &[], None);
            assert!(
                got.iter().any(|f| f.count == 3 && f.group == Group::Militants),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn counts_among_a_forces_ranks_and_of_a_described_body_are_that_forces() {
        use Group::*;
        let groups = |first: &str, second: &str| {
            let text = format!("{first} {second}");
            find_parts(&text, &[first, second], &[], None)
                .into_iter()
                .filter(|f| f.sentence == 1)
                .map(|f| (f.group, f.count))
                .collect::<Vec<_>>()
        };
        let before = "Gunmen attacked posts near the river overnight.";
        for (second, group, count) in [
            (
                "A PMF statement listed ten dead among its ranks.",
                PartnerForces,
                10,
            ),
            (
                "The SDF reported six wounded in its ranks.",
                PartnerForces,
                6,
            ),
            (
                "Four dead among the ranks of the Peshmerga were reported.",
                PartnerForces,
                4,
            ),
            ("ISIS admitted nine dead within its ranks.", Militants, 9),
            (
                "The Iraqi army counted three killed from its ranks.",
                PartnerForces,
                3,
            ),
        ] {
            assert_eq!(groups(before, second), [(group, count)], "{second}");
        }
        // "members of the … group" with words between "the" and the body's noun.
        let named = "An ambush killed 11 members of the Popular Mobilization Forces.";
        for second in [
            "Ten other members of the mostly Shia paramilitary umbrella group were injured.",
            "Two members of the state-sponsored group were hurt.",
            "Four members of the Shia-led paramilitary group were wounded.",
            "Six members of the largely Shiite faction were injured.",
            "Three members of the government-funded umbrella group were wounded.",
        ] {
            let got = groups(named, second);
            assert_eq!(got.len(), 1, "{second}");
            assert_eq!(got[0].0, PartnerForces, "{second}");
        }
    }

    #[test]
    fn bare_fighters_are_the_partners_when_the_article_names_only_theirs() {
        use Group::*;
        // Each report also tells an operation on militants, so a bare count of
        // fighters is not the partner's by the article's own force alone.
        let strike = "Army jets struck the hideouts of the attackers, killing five terrorists.";
        let figure = |first: &str, last: &str| {
            let text = format!("{first} {strike} {last}");
            find_parts(&text, &[first, strike, last], &[], None)
                .into_iter()
                .filter(|f| f.sentence == 2)
                .map(|f| (f.group, f.count))
                .collect::<Vec<_>>()
        };
        for (first, last, count) in [
            (
                "Mourners buried Hashd fighters on Sunday.",
                "A local official said 12 fighters had been killed.",
                12,
            ),
            (
                "Fighters of the Popular Mobilisation Forces held the posts near the river.",
                "Six fighters were shot dead when the attackers overran an outpost.",
                6,
            ),
            (
                "Kurdish fighters repelled the assault on the village.",
                "Four fighters died in the battle.",
                4,
            ),
            (
                "Peshmerga fighters came under mortar fire near Makhmour.",
                "Two fighters were wounded by shrapnel.",
                2,
            ),
            (
                "SDF fighters guarded the prison gates overnight.",
                "Three fighters were hurt in the riot.",
                3,
            ),
            // The fighters a toll counts, told after its number.
            (
                "A fighter of the Syrian Democratic Forces died of his wounds on Sunday.",
                "His death raised to 7 the number of fighters killed in the assault.",
                7,
            ),
            (
                "Peshmerga fighters held the ridge.",
                "The finds brought to nine the number of fighters killed there.",
                9,
            ),
        ] {
            assert_eq!(figure(first, last), [(PartnerForces, count)], "{last}");
        }
        // Fighters named as both sides' leave a bare count to other rules.
        let got = figure(
            "Jets struck ISIS fighters near the river as Hashd fighters swept the orchards.",
            "Six fighters were killed.",
        );
        assert!(got.iter().all(|g| g.0 != PartnerForces), "{got:?}");
    }

    #[test]
    fn a_bare_count_and_its_bare_conjunct_restate_the_people_counted_before() {
        use Group::*;
        for (first, second, group) in [
            (
                "Gunmen killed 13 policemen at a checkpoint near Kirkuk.",
                "\"Thirteen were killed and three wounded,\" an officer said.",
                PartnerForces,
            ),
            (
                "Gunmen killed two Iraqi soldiers at an outpost near Baiji.",
                "Officers said two were killed and four were wounded.",
                PartnerForces,
            ),
            (
                "Jets pounded ISIS hideouts in the desert, killing 14 militants.",
                "In all, 22 were killed and 9 captured, the army said.",
                Militants,
            ),
            (
                "Militants shelled a camp, killing four displaced civilians.",
                "Seven died and twelve were injured, medics said.",
                Civilians,
            ),
            (
                "A roadside bomb killed a Kurdish Peshmerga fighter on patrol.",
                "Two were killed and five others were hurt.",
                PartnerForces,
            ),
        ] {
            let text = format!("{first} {second}");
            let got: Vec<Group> = find_parts(&text, &[first, second], &[], None)
                .into_iter()
                .filter(|f| f.sentence == 1)
                .map(|f| f.group)
                .collect();
            assert_eq!(got, [group, group], "{second}");
        }
    }

    #[test]
    fn parts_told_after_a_figure_make_it_mixed_and_keep_its_day() {
        use Group::*;
        let first = "Jets struck the village on Sunday, killing 30 people.";
        let second = "Of those, 21 were Daesh fighters and nine were civilians.";
        let text = format!("{first} {second}");
        let hits = [day(&text, "Sunday", "2024-03-03")];
        let got: Vec<(Group, u32, Option<String>)> = find_parts(
            &text,
            &[first, second],
            &hits,
            NaiveDate::from_ymd_opt(2024, 3, 5),
        )
        .into_iter()
        .map(|f| (f.group, f.count, f.incident_date))
        .collect();
        let day = Some("2024-03-03".to_string());
        assert_eq!(
            got,
            [
                (Other, 30, day.clone()),
                (Militants, 21, day.clone()),
                (Civilians, 9, day)
            ]
        );
    }

    #[test]
    fn bullets_under_a_figure_that_ends_with_a_colon_break_it_down() {
        use Group::*;
        let run = |lines: &[&str]| -> Vec<(Group, u32)> {
            let text = lines.join("\n");
            find_parts(&text, lines, &[], None)
                .into_iter()
                .map(|f| (f.group, f.count))
                .collect()
        };
        assert_eq!(
            run(&[
                "Monitors said the attacks have killed 30 people since January:",
                "• 12 Iraqi soldiers.",
                "• Five ISIS militants.",
                "• Nine civilians, including two children.",
                "The army sent reinforcements.",
            ]),
            [
                (Other, 30),
                (PartnerForces, 12),
                (Militants, 5),
                (Civilians, 9)
            ]
        );
        // Dashes as bullets, and a wounded whole.
        assert_eq!(
            run(&[
                "The shelling wounded 14 people, according to the hospital:",
                "- 10 women and girls",
                "- 4 Peshmerga fighters",
            ]),
            [(Other, 14), (Civilians, 10), (PartnerForces, 4)]
        );
        // No colon before them, or a line between: no parts.
        assert_eq!(
            run(&[
                "Gunmen killed 20 people in the market.",
                "• 12 Iraqi soldiers."
            ]),
            [(Other, 20)]
        );
        assert_eq!(
            run(&[
                "Gunmen killed 20 people, officials said:",
                "The army sealed the market.",
                "• 12 Iraqi soldiers.",
            ]),
            [(Other, 20)]
        );
    }

    #[test]
    fn parts_split_the_whole_they_name_not_a_subset_of_it() {
        use Group::*;
        for (first, second, expected) in [
            (
                "A bomber struck the tent, killing 22 people, among them 14 U.S. soldiers.",
                "Four of the dead were Iraqi police officers.",
                vec![(Other, 22), (UsForces, 14), (PartnerForces, 4)],
            ),
            (
                "Rockets killed nine people, including two Iraqi soldiers, and wounded 30.",
                "Of the 30 wounded, 12 were U.S. soldiers.",
                vec![(Other, 9), (PartnerForces, 2), (Other, 30), (UsForces, 12)],
            ),
            (
                "The shelling killed 15 people, four of them children.",
                "Of the dead, six were Kurdish fighters.",
                vec![(Other, 15), (Civilians, 4), (PartnerForces, 6)],
            ),
        ] {
            let text = format!("{first} {second}");
            let got: Vec<(Group, u32)> = find_parts(&text, &[first, second], &[], None)
                .into_iter()
                .map(|f| (f.group, f.count))
                .collect();
            assert_eq!(got, expected, "{second}");
        }
    }

    #[test]
    fn the_parts_of_a_whole_dated_by_its_other_telling_share_its_day() {
        use Group::*;
        let first = "A rocket hit the base on Monday, wounding two guards.";
        let second = "Drone strikes on Thursday killed nine people in the border town.";
        for third in [
            "\"The attacks resulted in nine martyrs: three civilians and six Iraqi soldiers,\" he said.",
            "Officials counted nine martyrs: six Iraqi soldiers and three civilians.",
            "The strikes left nine martyrs – three civilians and six Iraqi soldiers.",
            "Medics said the raids caused nine martyrs: 3 civilians, 6 Iraqi soldiers.",
            "Nine martyrs fell: three civilians and six Iraqi soldiers, the council said.",
        ] {
            let text = format!("{first} {second} {third}");
            let hits = [
                day(&text, "Monday", "2024-03-04"),
                day(&text, "Thursday", "2024-03-07"),
            ];
            let mut got: Vec<(Group, u32, Option<String>)> = find_parts(
                &text,
                &[first, second, third],
                &hits,
                NaiveDate::from_ymd_opt(2024, 3, 8),
            )
            .into_iter()
            .filter(|f| f.sentence == 2)
            .map(|f| (f.group, f.count, f.incident_date))
            .collect();
            got.sort_by_key(|g| g.1);
            let day = Some("2024-03-07".to_string());
            assert_eq!(
                got,
                [
                    (Civilians, 3, day.clone()),
                    (PartnerForces, 6, day.clone()),
                    (Other, 9, day)
                ],
                "{third}"
            );
        }
    }

    #[test]
    fn police_with_no_nation_are_the_host_states_when_its_points_back() {
        use Group::*;
        let first = "Gunmen attacked a checkpoint near Kirkuk in northern Iraq on Friday.";
        for second in [
            "The Federal Police Command announced the martyrdom of 13 of its members, when terrorist elements attacked the post.",
            "The federal police said 13 of its members were killed.",
            "Later, the local police announced the deaths of 13 of its men.",
            "The traffic police said 13 of its personnel died when militants opened fire.",
            "Provincial police said on Saturday that 13 of its members were killed by the attackers.",
        ] {
            let text = format!("{first} {second}");
            let got: Vec<(Group, u32)> = find_parts(&text, &[first, second], &[], None)
                .into_iter()
                .map(|f| (f.group, f.count))
                .collect();
            assert_eq!(got, [(PartnerForces, 13)], "{second}");
        }
    }

    /// The incident dates of a one-sentence text's figures of fewer than 100 people,
    /// with two dates tagged (phrase, value) and the report's day.
    fn dates_of_one_sentence(
        text: &str,
        dates: [(&str, &str); 2],
        (y, m, d): (i32, u32, u32),
    ) -> Vec<Option<String>> {
        let mut hits: Vec<TimexHit> = dates.iter().map(|(w, v)| day(text, w, v)).collect();
        hits.sort_by_key(|x| x.range.start);
        find_parts(text, &[text], &hits, NaiveDate::from_ymd_opt(y, m, d))
            .into_iter()
            .filter(|f| f.count > 0 && f.count < 100)
            .map(|f| f.incident_date)
            .collect()
    }

    #[test]
    fn a_relative_clause_on_a_dated_incident_dates_its_figures() {
        for (text, frame, when, value) in [
            (
                "Militias struck US bases 170 times between October and February, including a drone attack on Jan. 28 that killed three soldiers and wounded 40 others.",
                ("October", "2023-10"),
                "Jan. 28",
                "2024-01-28",
            ),
            (
                "The insurgency has flared since March, with a bombing in Hit on 2 May which killed six police.",
                ("March", "2024-03"),
                "2 May",
                "2024-05-02",
            ),
            (
                "In 2023 the group staged dozens of raids, among them an ambush near Baiji in June that killed 11 soldiers.",
                ("2023", "2023"),
                "June",
                "2023-06",
            ),
            (
                "Over the winter, rockets hit the base often, as in the barrage of Dec. 8 in Baghdad, which wounded two guards.",
                ("the winter", "2023-WI"),
                "Dec. 8",
                "2023-12-08",
            ),
            (
                "Attacks rose through the spring, with a car bomb on April 3 that killed nine people and injured 30.",
                ("the spring", "2024-SP"),
                "April 3",
                "2024-04-03",
            ),
        ] {
            let got = dates_of_one_sentence(text, [frame, (when, value)], (2024, 6, 1));
            assert!(
                !got.is_empty() && got.iter().all(|d| d.as_deref() == Some(value)),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn a_coordinated_clause_with_its_own_date_dates_its_figures() {
        for (text, other, when, value) in [
            (
                "Militias have struck US bases 170 times since the war began in October, and three soldiers were killed at an outpost in Jordan in January.",
                ("October", "2023-10"),
                "January",
                "2024-01",
            ),
            (
                "The army retook the town in March 2017, and two soldiers were killed in a mine blast there in June.",
                ("March 2017", "2017-03"),
                "June",
                "2017-06",
            ),
            (
                "Talks stalled in 2022; four guards died when gunmen stormed the gate on 3 May 2023.",
                ("2022", "2022"),
                "3 May 2023",
                "2023-05-03",
            ),
            (
                "The camp was shelled all through April, but eleven refugees were hurt in a single barrage last Friday.",
                ("April", "2024-04"),
                "last Friday",
                "2024-05-31",
            ),
            (
                "Rebels held the dam through 2016, while 14 fighters were captured nearby in August 2017.",
                ("2016", "2016"),
                "August 2017",
                "2017-08",
            ),
        ] {
            let got = dates_of_one_sentence(text, [other, (when, value)], (2024, 6, 3));
            assert_eq!(got, [Some(value.to_string())], "{text}");
        }
    }

    #[test]
    fn others_after_more_are_of_the_people_counted_before() {
        use Group::*;
        // "N more" takes the group of those counted before, and "others" beside it
        // take that group too, not "other".
        for (first, second, group) in [
            (
                "Militants killed 10 members of the Hashd near Samarra.",
                "Three more were killed when a bomb struck a truck, and four others were wounded.",
                PartnerForces,
            ),
            (
                "Rebels shot dead five Iraqi soldiers at the checkpoint.",
                "Two more died in the ambush that followed and 6 others were hurt.",
                PartnerForces,
            ),
            (
                "The strike killed 12 ISIS fighters in the caves.",
                "Four more were killed in a second strike, and two others were wounded.",
                Militants,
            ),
            (
                "A drone attack wounded three U.S. troops at the base.",
                "Two more were hurt by shrapnel and three others were wounded in a fall.",
                UsForces,
            ),
            (
                "Gunmen killed seven SDF fighters near Raqqa.",
                "Another two were killed overnight, and five others were injured.",
                PartnerForces,
            ),
        ] {
            let text = format!("{first} {second}");
            let got: Vec<Group> = find_parts(&text, &[first, second], &[], None)
                .into_iter()
                .map(|f| f.group)
                .collect();
            assert_eq!(got, [group, group, group], "{second}");
        }
    }

    #[test]
    fn a_later_outcome_of_a_recalled_incident_keeps_its_date() {
        // The story is Wednesday's strikes; the sentence before recalls an older
        // attack by its month or day, and "later" / "at the time" goes on with it.
        let first = "Jets struck militia depots on Wednesday, killing nine fighters.";
        for (second, when, value, step) in [
            (
                "Iranian missiles hit the airbase in January 2020.",
                "January 2020",
                "2020-01",
                "Over 100 US troops were later diagnosed with brain injuries.",
            ),
            (
                "Rockets struck the embassy in May 2019.",
                "May 2019",
                "2019-05",
                "Two of the guards later died in hospital.",
            ),
            (
                "A bomb hit a bus near Hit on 3 March 2022.",
                "3 March 2022",
                "2022-03-03",
                "Police said at the time that six passengers were killed.",
            ),
            (
                "Gunmen stormed the checkpoint in autumn 2021.",
                "autumn 2021",
                "2021-FA",
                "The toll later rose to eleven soldiers killed.",
            ),
            (
                "Insurgents ambushed a convoy outside Baiji in June 2016.",
                "June 2016",
                "2016-06",
                "At the time, the army said four of its soldiers were wounded.",
            ),
        ] {
            let text = format!("{first} {second} {step}");
            let hits = [
                day(&text, "Wednesday", "2024-03-06"),
                day(&text, when, value),
            ];
            let got: Vec<_> = find_parts(
                &text,
                &[first, second, step],
                &hits,
                NaiveDate::from_ymd_opt(2024, 3, 7),
            )
            .into_iter()
            .filter(|f| f.sentence == 2)
            .map(|f| f.incident_date)
            .collect();
            assert_eq!(got, [Some(value.to_string())], "{step}");
        }
    }

    #[test]
    fn the_next_step_of_an_incident_keeps_its_day() {
        // The story is Wednesday's strikes; the sentence before the step dates Monday's
        // attack, and the step ("then", "moments later") is Monday's too.
        let first = "Jets struck militia depots on Wednesday, killing nine fighters.";
        let second =
            "The strikes answered Monday's attack on the base, which wounded eight sailors.";
        for step in [
            "A gunship then hit the launcher, killing one gunman.",
            "Moments later a drone struck the truck and killed two militiamen.",
            "Shortly afterwards helicopters fired on the crew, killing three gunmen.",
            "Navy jets then bombed the launch site; four militants died.",
            "Minutes later, a second rocket wounded two contractors.",
        ] {
            let text = format!("{first} {second} {step}");
            let hits = [
                day(&text, "Wednesday", "2024-03-06"),
                day(&text, "Monday", "2024-03-04"),
            ];
            let got: Vec<_> = find_parts(
                &text,
                &[first, second, step],
                &hits,
                NaiveDate::from_ymd_opt(2024, 3, 7),
            )
            .into_iter()
            .filter(|f| f.sentence == 2)
            .map(|f| f.incident_date)
            .collect();
            assert_eq!(got, [Some("2024-03-04".to_string())], "{step}");
        }
        // "Since then" is no next step: the story's day stands.
        let step = "Since then, militants have killed two more guards.";
        let text = format!("{first} {second} {step}");
        let hits = [
            day(&text, "Wednesday", "2024-03-06"),
            day(&text, "Monday", "2024-03-04"),
        ];
        let got: Vec<_> = find_parts(
            &text,
            &[first, second, step],
            &hits,
            NaiveDate::from_ymd_opt(2024, 3, 7),
        )
        .into_iter()
        .filter(|f| f.sentence == 2)
        .map(|f| (f.group, f.incident_date))
        .collect();
        assert_ne!(
            got.first().and_then(|g| g.1.as_deref()),
            Some("2024-03-04"),
            "{got:?}"
        );
    }

    #[test]
    fn a_force_acting_at_a_time_of_day_dates_the_story() {
        // The operation is told with a time of day and no incident word; a dateless
        // figure after it is its, not the day of a figure told later.
        for (action, when, value, expected) in [
            (
                "At 2 a.m. Tuesday, American commandos went after a cell leader near Hit.",
                "2 a.m. Tuesday",
                "2024-03-05T02:00",
                "2024-03-05",
            ),
            (
                "Shortly before midnight on Tuesday Iraqi special forces moved on the hideout.",
                "Shortly before midnight on Tuesday",
                "2024-03-05T24:00",
                "2024-03-05",
            ),
            (
                "U.S. troops landed at the farm at around 1:30 a.m. on 5 March.",
                "around 1:30 a.m. on 5 March",
                "2024-03-05T01:30",
                "2024-03-05",
            ),
            (
                "At approximately 12 p.m. local time Tuesday, U.S. forces took action against a commander of the militia.",
                "approximately 12 p.m. local time Tuesday",
                "2024-03-05T12:00",
                "2024-03-05",
            ),
            // A briefing's hour is the statement's: the later clash dates the story.
            (
                "The ministry said at 3 p.m. Tuesday that its troops were on alert.",
                "3 p.m. Tuesday",
                "2024-03-05T15:00",
                "2024-03-03",
            ),
        ] {
            let dead = "One guard was killed.";
            let later = "Two soldiers were hurt in a separate clash on Sunday.";
            let text = format!("{action} {dead} {later}");
                        let mut hits = vec![day(&text, when, value), day(&text, "Sunday", "2024-03-03")];
            hits[0].kind = TimexType::Time;
            let got: Vec<_> = find_parts(&text, &[action, dead, later], &hits, None)
                .into_iter()
                .map(|f| (f.count, f.incident_date))
                .collect();
            assert_eq!(
                got,
                [
                    (1, Some(expected.to_string())),
                    (2, Some("2024-03-03".to_string()))
                ],
                "{action}"
            );
        }
    }

    #[test]
    fn a_question_gives_no_figures() {
        for question in [
            "Were those four killed by the strike or in the fire?",
            "Q: So no Americans were hurt?",
            "Can you say whether the driver was among the three killed?",
            "How many of the 12 wounded are still in hospital?",
            "Did the raid kill two militants or three?",
        ] {
            let text = format!("Rockets hit the base on Monday. {question}");
            check(
                &text,
                &["Rockets hit the base on Monday.", question],
                &[],
                &[],
            );
        }
        // What a question takes as known stands: a definite count of people and the
        // participle that says what befell them.
        for (question, expected) in [
            (
                "Q: And the three American service members hurt in the Christmas Day attack, any update?",
                (Group::UsForces, 3, Outcome::Injured),
            ),
            (
                "Are the two U.S. Marines wounded on Sunday still in hospital?",
                (Group::UsForces, 2, Outcome::Injured),
            ),
            (
                "What do we know of the 14 civilians killed by the car bomb?",
                (Group::Civilians, 14, Outcome::Killed),
            ),
            (
                "Have the families of the seven policemen slain at the checkpoint been told?",
                (Group::PartnerForces, 7, Outcome::Killed),
            ),
            (
                "Will the five Iraqi soldiers injured in the blast be flown to Baghdad?",
                (Group::PartnerForces, 5, Outcome::Injured),
            ),
        ] {
            let text = format!("Rockets hit the base in Iraq on Monday. {question}");
            let first = "Rockets hit the base in Iraq on Monday.";
                        let got: Vec<_> = find_parts(&text, &[first, question], &[], None)
                .into_iter()
                .map(|f| (f.group, f.count, f.outcome))
                .collect();
            assert_eq!(got, [expected], "{question}");
        }
        // The answer gives them.
        let text = "Q: Was anyone hurt? A: Two guards were wounded.";
        check(
            text,
            &["Q: Was anyone hurt?", "A: Two guards were wounded."],
            &[],
            &[(Group::Other, 2, None)],
        );
    }

    #[test]
    fn in_an_interview_your_people_are_the_answering_forces() {
        let intro = "A Peshmerga commander on the night raid.";
        for (q, want) in [
            (
                "Q: The coalition said two of your fighters were killed.",
                (Group::PartnerForces, 2),
            ),
            (
                "Q: Three of your fighters were wounded at the gate, the army said.",
                (Group::PartnerForces, 3),
            ),
        ] {
            let text = format!("{intro} {q}");
            check(&text, &[intro, q], &[], &[(want.0, want.1, None)]);
        }
    }
}
