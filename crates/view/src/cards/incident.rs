//! Incidents: which casualty figures belong on one card, and the cards in order.
//!
//! A figure belongs to the event named by its `event` field, else to the event whose
//! `casualties` list holds its id. Figures linked to no event are grouped by their
//! `incident_date`; such a date group joins an event's card when exactly one event with
//! that same date has a mention covering one of the group's sentences (the extractor's
//! events always carry mentions, even when figures carry no event id). Otherwise the
//! group is its own card (figures with no date share one "date unknown" card).
//!
//! Figures with neither an event nor a date are kept apart by incident within their
//! article ([`undated_incidents`]): an article that gives two different exact counts of
//! one group and outcome ("six others were injured" … later "three others were
//! injured"), neither a part of the other's breakdown, tells two incidents, so the
//! later figure and those after it form a card of their own; so does a figure whose
//! clause says it is another incident ("four were wounded in a separate attack").
//! (Dateline's own extractor links an undated report's figures to its undated events,
//! one per incident, so its figures are keyed by event; this rule is for documents
//! that do not link them.) A figure is thus never a
//! "differing source" against a figure of the same article in another incident, while
//! restatements of one figure and its breakdown ("7 injured … five were wounded … two
//! hurt in falls") stay one line. The first incident of every article shares the
//! "date unknown" card, as before.

use super::breakdown;
use super::claims::{is_unquantified, Claim};
use super::labels::{line_rank, timex_label};
use super::line::Line;
use super::Card;
use crate::model::{Article, Casualty, Event, Extraction, Group, Outcome, Qualifier};
use crate::timeval;
use std::collections::HashMap;

/// What a card is keyed by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Event(String),
    Date(Option<String>),
    /// A later undated incident of one article: (article, its incident number ≥ 1).
    Apart(String, usize),
}

/// Builds one card per incident that has casualty figures or claims, in chronological
/// order (oldest first; cards whose date does not parse come last, by date text).
pub fn build_cards(doc: &Extraction) -> Vec<Card> {
    let articles: HashMap<&str, &Article> =
        doc.articles.iter().map(|a| (a.id.as_str(), a)).collect();
    let order: HashMap<&str, usize> = doc
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i))
        .collect();
    let owner: HashMap<&str, &str> = doc
        .events
        .iter()
        .flat_map(|e| {
            e.casualties
                .iter()
                .map(move |c| (c.as_str(), e.id.as_str()))
        })
        .collect();

    let explicit = |c: &'_ Casualty| -> Option<String> {
        let listed = (!c.id.is_empty())
            .then(|| owner.get(c.id.as_str()).copied())
            .flatten();
        c.event.as_deref().or(listed).map(String::from)
    };
    // Unlinked figures of one date whose sentences belong to one event of that date.
    let mut by_date: HashMap<&str, Vec<&Casualty>> = HashMap::new();
    for c in &doc.casualties {
        if let (None, Some(d)) = (explicit(c), c.incident_date.as_deref()) {
            by_date.entry(d).or_default().push(c);
        }
    }
    let date_event: HashMap<&str, &str> = by_date
        .iter()
        .filter_map(|(d, figs)| Some((*d, event_by_mentions(doc, d, figs)?)))
        .collect();

    // Figures with neither an event nor a date: which incident of its article each tells.
    let undated: Vec<usize> = doc
        .casualties
        .iter()
        .enumerate()
        .filter(|(_, c)| c.incident_date.is_none() && explicit(c).is_none())
        .map(|(i, _)| i)
        .collect();
    let incident_of: HashMap<usize, usize> = undated
        .iter()
        .copied()
        .zip(undated_incidents(
            &undated
                .iter()
                .map(|&i| &doc.casualties[i])
                .collect::<Vec<_>>(),
        ))
        .collect();

    let mut keys: Vec<Key> = Vec::new();
    let mut groups: HashMap<Key, Vec<&Casualty>> = HashMap::new();
    for (i, c) in doc.casualties.iter().enumerate() {
        let by_mention = || {
            let d = c.incident_date.as_deref()?;
            date_event.get(d).map(|e| e.to_string())
        };
        let key = match explicit(c).or_else(by_mention) {
            Some(e) => Key::Event(e),
            None => match incident_of.get(&i) {
                Some(&n) if n > 0 => Key::Apart(c.article.clone(), n),
                _ => Key::Date(c.incident_date.clone()),
            },
        };
        if !groups.contains_key(&key) {
            keys.push(key.clone());
        }
        groups.entry(key).or_default().push(c);
    }

    let article = |id: &str| articles.get(id).copied();
    let article_order = |id: &str| order.get(id).copied().unwrap_or(usize::MAX);
    let mut cards: Vec<Card> = keys
        .into_iter()
        .map(|key| {
            let figs = &groups[&key];
            let (event_id, date, title) = match &key {
                Key::Event(id) => {
                    let event = doc.events.iter().find(|e| &e.id == id);
                    let date = event
                        .map(|e| e.date.clone())
                        .or_else(|| figs.iter().find_map(|c| c.incident_date.clone()));
                    let title = event.map(|e| e.title.clone()).unwrap_or_else(|| id.clone());
                    (Some(id.clone()), date, title)
                }
                Key::Date(date) => {
                    let title = match date {
                        Some(d) => format!("Casualties reported for {}", timex_label(d)),
                        None => "Casualties reported, date unknown".to_string(),
                    };
                    (None, date.clone(), title)
                }
                Key::Apart(..) => (None, None, "Casualties reported, date unknown".to_string()),
            };
            let mut card = build_card(event_id, date, title, figs, &article, &article_order);
            if let Key::Event(id) = &key {
                // An undated incident's card says what dates it: "Friday · date unknown".
                if let Some(e) = doc.events.iter().find(|e| &e.id == id) {
                    if crate::undated::is_undated(e) {
                        card.date_label = crate::undated::when(doc, e);
                    }
                }
            }
            card
        })
        .collect();
    super::said::attach(doc, &mut cards);
    crate::order::sort_by_key(&mut cards, sort_key);
    cards
}

fn build_card<'a>(
    event_id: Option<String>,
    date: Option<String>,
    title: String,
    figs: &[&'a Casualty],
    article: &dyn Fn(&str) -> Option<&'a Article>,
    article_order: &dyn Fn(&str) -> usize,
) -> Card {
    let (claimed, counted): (Vec<&Casualty>, Vec<&Casualty>) =
        figs.iter().partition(|c| is_unquantified(c));
    let mut pairs: Vec<(Group, Outcome)> = Vec::new();
    for c in &counted {
        if !pairs.contains(&(c.group, c.outcome)) {
            pairs.push((c.group, c.outcome));
        }
    }
    crate::order::sort_by_key(&mut pairs, |(g, o)| line_rank(*g, *o));
    let lines = pairs
        .into_iter()
        .map(|(g, o)| {
            let mine: Vec<&Casualty> = counted
                .iter()
                .copied()
                .filter(|c| c.group == g && c.outcome == o)
                .collect();
            Line::build(g, o, &mine, article, article_order)
        })
        .collect();
    let mut claimed = claimed;
    crate::order::sort_by_key(&mut claimed, |c| (article_order(&c.article), c.start));
    let claims = claimed
        .into_iter()
        .map(|c| Claim::new(article(&c.article), c))
        .collect();
    Card {
        event_id,
        date_label: date
            .as_deref()
            .map(timex_label)
            .unwrap_or_else(|| "date unknown".to_string()),
        date,
        title,
        lines,
        claims,
        said: Vec::new(),
    }
}

/// For figures with neither an event nor a date (any articles, any order): the number
/// of the incident of its article each tells, 0 for the first. Walking an article's
/// figures in text order, a figure starts the next incident when it gives an exact
/// count of a (group, outcome) that differs from an exact count the current incident
/// already has for it; figures that are parts of a breakdown ("five were wounded",
/// "two hurt in falls" of "7 injured") never do, and belong to their total's incident.
/// A figure whose clause says it tells another incident ("in a separate attack",
/// "another strike") starts the next one too, whatever its count. Other figures
/// (bounds, approximations, zeros, other groups) stay in the incident being told.
fn undated_incidents(figs: &[&Casualty]) -> Vec<usize> {
    let mut incident = vec![0; figs.len()];
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in figs.iter().enumerate() {
        by_article.entry(c.article.as_str()).or_default().push(i);
    }
    for mut mine in by_article.into_values() {
        crate::order::sort_by_key(&mut mine, |&i| (figs[i].start, figs[i].end));
        // Breakdown parts, each with the total it is part of: per (group, outcome).
        let mut part_of: HashMap<usize, usize> = HashMap::new();
        let mut lines: Vec<(Group, Outcome)> = Vec::new();
        for &i in &mine {
            if !lines.contains(&(figs[i].group, figs[i].outcome)) {
                lines.push((figs[i].group, figs[i].outcome));
            }
        }
        for (g, o) in lines {
            let line: Vec<usize> = mine
                .iter()
                .copied()
                .filter(|&i| figs[i].group == g && figs[i].outcome == o)
                .collect();
            let refs: Vec<&Casualty> = line.iter().map(|&i| figs[i]).collect();
            if let (_, Some(split)) = breakdown::split(&refs) {
                let Some(&total) = line.iter().find(|&&i| figs[i].count == split.total) else {
                    continue;
                };
                for part in split.parts.iter().flat_map(|p| p.2.iter()) {
                    if let Some(&i) = line.iter().find(|&&i| std::ptr::eq(figs[i], *part)) {
                        part_of.insert(i, total);
                    }
                }
            }
        }
        let mut current = 0;
        let mut told: Vec<(Group, Outcome, u32)> = Vec::new();
        for &i in &mine {
            let c = figs[i];
            if part_of.contains_key(&i) {
                continue;
            }
            if c.qualifier == Qualifier::Exact && c.count > 0 {
                let differs = told
                    .iter()
                    .any(|&(g, o, n)| g == c.group && o == c.outcome && n != c.count);
                // "Six soldiers were wounded in a separate attack": another incident,
                // even when its count repeats the last one's.
                if differs || !told.is_empty() && tells_another(&c.text) {
                    current += 1;
                    told.clear();
                }
                told.push((c.group, c.outcome, c.count));
            }
            incident[i] = current;
        }
        for (part, total) in part_of {
            incident[part] = incident[total];
        }
    }
    incident
}

/// True when a figure's clause says it tells another incident than the one before:
/// "in a separate attack", "another strike", "separately".
fn tells_another(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "separate" | "separately" | "another"
        )
    })
}

/// The one event dated `date` that has a mention covering the sentence of one of
/// `figs`; `None` when there is no such event or more than one.
fn event_by_mentions<'a>(doc: &'a Extraction, date: &str, figs: &[&Casualty]) -> Option<&'a str> {
    let covers = |e: &Event| {
        figs.iter().any(|c| {
            e.mentions
                .iter()
                .any(|m| m.article == c.article && m.start <= c.start && c.end <= m.end)
        })
    };
    let mut found = doc.events.iter().filter(|e| e.date == date && covers(e));
    let first = found.next()?;
    found.next().is_none().then_some(first.id.as_str())
}

/// Chronological: parsed start then end; unparseable dates after, by text.
fn sort_key(card: &Card) -> (u8, Option<(chrono::NaiveDate, chrono::NaiveDate)>, String) {
    let parsed = card
        .date
        .as_deref()
        .and_then(timeval::parse)
        .map(|iv| (iv.start, iv.end));
    let rank = if parsed.is_some() { 0 } else { 1 };
    (rank, parsed, card.date.clone().unwrap_or_default())
}
