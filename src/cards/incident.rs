//! Incidents: which casualty figures belong on one card, and the cards in order.
//!
//! A figure belongs to the event named by its `event` field, else to the event whose
//! `casualties` list holds its id, else to the pseudo-incident of its `incident_date`
//! (figures with no date share one "date unknown" card).

use super::claims::{is_unquantified, Claim};
use super::labels::{line_rank, timex_label};
use super::line::Line;
use super::Card;
use crate::model::{Article, Casualty, Extraction, Group, Outcome};
use crate::timeval;
use std::collections::HashMap;

/// What a card is keyed by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    Event(String),
    Date(Option<String>),
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

    let mut keys: Vec<Key> = Vec::new();
    let mut groups: HashMap<Key, Vec<&Casualty>> = HashMap::new();
    for c in &doc.casualties {
        let listed = || {
            (!c.id.is_empty())
                .then(|| owner.get(c.id.as_str()).copied())
                .flatten()
        };
        let key = match c.event.as_deref().or_else(listed) {
            Some(e) => Key::Event(e.to_string()),
            None => Key::Date(c.incident_date.clone()),
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
            };
            build_card(event_id, date, title, figs, &article, &article_order)
        })
        .collect();
    cards.sort_by_key(sort_key);
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
    pairs.sort_by_key(|(g, o)| line_rank(*g, *o));
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
    claimed.sort_by_key(|c| (article_order(&c.article), c.start));
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
    }
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
