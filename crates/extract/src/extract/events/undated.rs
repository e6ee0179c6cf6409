//! Undated incidents: the incidents of an article whose relative dates cannot be placed.
//!
//! An article with no reference date (no publication date, none inferred) leaves its
//! "Friday" unresolved (`XXXX-XX-XX`), so no dated statement of it becomes an event and
//! its figures would belong to no incident. Here each such incident becomes an event
//! all the same, dated by the unresolved value of its timex (`XXXX-XX-XX`, a TIMEX3
//! value with unknown parts) — or `XXXX-XX-XX` when the sentence gives no date at all
//! — so the timeline can show it as "date unknown" and its figures stay on a card of
//! their own. Only articles without a reference date are touched: a placed article's
//! events never change.
//!
//! The incidents of such an article, walking its sentences in text order:
//! - a sentence with a positive casualty figure that no event holds, or a dated (yet
//!   unplaced) sentence with an incident word, tells an incident. It starts a new one
//!   when it has a date of its own, says "separate" / "another" / "second", or no
//!   incident was told yet; otherwise it tells the current one more.
//! - an undated sentence that refers back to "the attack" (a definite incident noun)
//!   or states an explicit zero is a mention of the current incident.
//! - a headline with an incident word or verb is a mention of the first incident.
//!
//! Sentences an event already mentions are left alone.

use super::super::dating::{timexes_in, INCIDENT_VERBS};
use super::super::words::{clip, Token};
use super::{
    definite_incident, figure_id, kind, resolve_in, slug, title, ArticleInput, Built,
    INCIDENT_WORDS,
};
use crate::extract::words::WordSet;
use crate::model::{Event, EventKind, Mention, SentenceKind, TimexType};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// The date of an undated incident whose sentence gives no date.
pub const UNKNOWN_DAY: &str = "XXXX-XX-XX";

/// Words that say a sentence tells another incident than the one before it.
const ANOTHER: WordSet<4> = WordSet::new(["separate", "another", "second", "separately"]);

/// One incident being gathered.
struct Incident {
    /// Sentence indexes that mention it, in text order.
    sentences: Vec<usize>,
    /// The sentence its title is cut from, and the byte range of its date there.
    lead: usize,
    date: Option<Range<usize>>,
    /// The date value.
    value: String,
    /// Indexes of its figures in the article's list.
    figures: Vec<usize>,
}

/// True for the value of a date that could not be placed: a calendar value with unknown
/// parts (`XXXX-XX-XX`, `XXXX-WXX-5`).
fn unplaced(value: &str) -> bool {
    value.starts_with("XXXX")
}

/// Adds an event for every incident of an article without a reference date that no
/// event holds, and links its figures to it. Called once, after the dated events.
pub fn add(
    articles: &[ArticleInput],
    actors: &[super::actors::Actors],
    fallback: &[Option<String>],
    built: &mut Built,
) {
    let mut used: HashSet<String> = built.events.iter().map(|e| e.id.clone()).collect();
    let mut suffix: HashMap<String, usize> = HashMap::new();
    for (ai, a) in articles.iter().enumerate() {
        if a.reference.is_some() {
            continue;
        }
        let mentioned: HashSet<usize> = built
            .events
            .iter()
            .flat_map(|e| e.mentions.iter())
            .filter(|m| m.article == a.id)
            .map(|m| m.start)
            .collect();
        let incidents = incidents_of(a, ai, built, &mentioned);
        for inc in incidents {
            let toks = &a.tokens[inc.lead];
            let resolve = |at: usize, head: &str| resolve_in(actors, fallback, ai, at, head);
            let (mut headline, clause, _) =
                title::headline_and_clause(a.text, toks, inc.date.clone(), &[], &resolve);
            if headline.is_empty() {
                headline = "Incident, date unknown".to_string();
            }
            let mut kind = kind::classify_keys(clause.iter().map(|&i| toks[i].norm.key()));
            if matches!(kind, EventKind::Statement | EventKind::Other) {
                let word = |t: &Token| {
                    INCIDENT_WORDS.contains(&t.norm) || INCIDENT_VERBS.contains(&t.norm)
                };
                kind = if toks.iter().any(word) {
                    EventKind::Attack
                } else {
                    EventKind::Casualties
                };
            }
            let base = slug("undated", &headline);
            let mut id = base.clone();
            // Numbered on from the last number this base took (linear in the events).
            let next = suffix.entry(base.clone()).or_insert(2);
            while !used.insert(id.clone()) {
                id = format!("{base}-{next}");
                *next += 1;
            }
            let mention = |r: Range<usize>| Mention {
                article: a.id.to_string(),
                start: a.index.char_at(r.start),
                end: a.index.char_at(r.end),
            };
            let mut casualties = Vec::new();
            for &n in &inc.figures {
                casualties.push(figure_id(a.id, n));
                if let Some(slot) = built.figure_events.get_mut(ai).and_then(|f| f.get_mut(n)) {
                    *slot = Some(id.clone());
                }
            }
            built.events.push(Event {
                id,
                date: inc.value,
                title: headline,
                mentions: inc
                    .sentences
                    .iter()
                    .map(|&s| mention(a.sentences[s].range.clone()))
                    .collect(),
                kind,
                casualties,
                dated_by: inc.date.map(mention),
            });
        }
    }
}

/// The incidents of one article without a reference date (see the module docs).
fn incidents_of(
    a: &ArticleInput,
    ai: usize,
    built: &Built,
    mentioned: &HashSet<usize>,
) -> Vec<Incident> {
    let free_figure = |n: usize| {
        built
            .figure_events
            .get(ai)
            .and_then(|f| f.get(n))
            .is_some_and(Option::is_none)
    };
    // The figures no event holds, by sentence (figures come in sentence order).
    let mut by_sentence: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, f) in a.figures.iter().enumerate() {
        if free_figure(n) {
            by_sentence.entry(f.sentence).or_default().push(n);
        }
    }
    let mut out: Vec<Incident> = Vec::new();
    let mut headlines: Vec<usize> = Vec::new();
    for (si, s) in a.sentences.iter().enumerate() {
        if s.kind == SentenceKind::Boilerplate
            || mentioned.contains(&a.index.char_at(s.range.start))
        {
            continue;
        }
        let toks: &[Token] = &a.tokens[si];
        let range = clip(a.text, s.range.clone());
        let figures: Vec<usize> = by_sentence.remove(&si).unwrap_or_default();
        let positive = figures.iter().any(|&n| a.figures[n].count > 0);
        let zero = figures.iter().any(|&n| a.figures[n].count == 0);
        let date = timexes_in(a.timexes, range.clone())
            .iter()
            .find(|t| t.kind == TimexType::Date && unplaced(&t.value) && t.range.end <= range.end)
            .map(|t| (t.range.clone(), t.value.clone()));
        let word = toks
            .iter()
            .any(|t| INCIDENT_WORDS.contains(&t.norm) || INCIDENT_VERBS.contains(&t.norm));
        if s.kind == SentenceKind::Headline && word && figures.is_empty() {
            headlines.push(si);
            continue;
        }
        let tells = positive || date.is_some() && word;
        if tells {
            let another = toks.iter().any(|t| ANOTHER.contains(&t.norm));
            match out.last_mut() {
                Some(cur) if date.is_none() && !another => {
                    cur.sentences.push(si);
                    cur.figures.extend(figures);
                }
                _ => {
                    let (date, value) = match date {
                        Some((r, v)) => (Some(r), v),
                        None => (None, UNKNOWN_DAY.to_string()),
                    };
                    out.push(Incident {
                        sentences: vec![si],
                        lead: si,
                        date,
                        value,
                        figures,
                    });
                }
            }
        } else if let Some(cur) = out.last_mut() {
            // "No one was killed in the attack": the incident just told, told more.
            if date.is_none() && (zero || definite_incident(a.text, toks) || says_none(toks)) {
                cur.sentences.push(si);
                cur.figures.extend(figures);
            }
        }
    }
    if let Some(first) = out.first_mut() {
        for si in headlines.into_iter().rev() {
            first.sentences.insert(0, si);
        }
    }
    out
}

/// True when a sentence opens with a zero naming no group ("No one was hurt",
/// "Nobody died"): it tells more of the incident just told.
fn says_none(toks: &[Token]) -> bool {
    let mut words = toks.iter().filter(|t| t.is_word).map(|t| t.norm.as_str());
    matches!(
        (words.next(), words.next()),
        (Some("nobody" | "none"), _) | (Some("no"), Some("one" | "injuries" | "casualties"))
    )
}

#[cfg(test)]
mod tests {
    use crate::{extract, Source};

    const UN: &str = "Rockets hit UN compound\n\nFour peacekeepers were injured on Friday \
        when rockets hit a compound near the border, the mission said. No one was killed \
        in the attack, a spokesman said. Six soldiers were wounded in a separate attack \
        on Saturday.\n";

    #[test]
    fn an_undated_report_keeps_each_incident_as_an_undated_event() {
        let doc = extract(&[Source::new("un", UN)]);
        assert_eq!(doc.articles[0].reference_date, None);
        assert_eq!(doc.events.len(), 2, "{:#?}", doc.events);
        for e in &doc.events {
            assert_eq!(e.date, "XXXX-XX-XX");
            assert!(e.id.starts_with("undated-"), "{}", e.id);
        }
        // Each figure on its own incident's event.
        let of = |n: u32| {
            let c = doc.casualties.iter().find(|c| c.count == n).unwrap();
            c.event.clone().unwrap()
        };
        assert_ne!(of(4), of(6));
        let friday = doc
            .events
            .iter()
            .find(|e| Some(&e.id) == Some(&of(4)))
            .unwrap();
        // The headline and "No one was killed in the attack" tell the first incident.
        assert_eq!(friday.mentions.len(), 3, "{friday:#?}");
        let dated_by = friday.dated_by.as_ref().unwrap();
        let text: String = UN
            .chars()
            .skip(dated_by.start)
            .take(dated_by.end - dated_by.start)
            .collect();
        assert_eq!(text, "Friday");
    }

    #[test]
    fn a_figure_without_any_date_is_an_undated_event_too() {
        let text = "Three shepherds were killed when a mine exploded near the village.";
        let doc = extract(&[Source::new("x", text)]);
        assert_eq!(doc.events.len(), 1);
        assert_eq!(doc.events[0].date, "XXXX-XX-XX");
        assert!(doc.events[0].dated_by.is_none());
        assert_eq!(
            doc.casualties[0].event.as_deref(),
            Some(doc.events[0].id.as_str())
        );
    }

    #[test]
    fn a_dated_report_gets_no_undated_event() {
        let dated = format!(" date 2024-08-31\n{UN}");
        let doc = extract(&[Source::new("un", dated)]);
        assert!(doc.events.iter().all(|e| !e.date.starts_with("XXXX")));
        let undated = extract(&[Source::new("u", "The weather was fine on Friday.")]);
        assert!(undated.events.is_empty());
    }
}
