//! Zeros that name no group on a card: "No one was killed in the attack" is no figure
//! of any group (the contract lists it in `zero_statements`, not `casualties`), but a
//! card must not contradict it. The card shows what the source said ("No one killed,
//! says Your article 1"), and its "no data" note leaves out the outcomes a source gave
//! such a zero for.
//!
//! Which card: the one of the statement's event; else the card holding the figure of
//! the same article told last before it (else first after it); else a card of its own.

use super::labels::{group_label, join_and, outcome_label, GROUP_ORDER, OUTCOME_ORDER};
use super::Card;
use crate::model::{Extraction, Mention, Outcome, ZeroStatement};
use std::collections::HashMap;

/// A zero naming no group, as a card shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Said {
    /// What the card says: "No one killed, says Your article 1"; when the same source
    /// gives figures of those outcomes on the card too, its own words in quotes:
    /// "“no casualties”, says RT, which also gives figures".
    pub text: String,
    /// The source's name.
    pub source: String,
    /// The outcomes it says no one suffered (those the same source gives no figure of
    /// on this card).
    pub outcomes: Vec<Outcome>,
    /// The sentence that says it, for the chip that marks it in the reader.
    pub span: Mention,
}

/// "No one killed", "No one killed or injured".
pub fn no_one(outcomes: &[Outcome]) -> String {
    let words: Vec<&str> = outcomes.iter().map(|o| outcome_label(*o)).collect();
    format!("No one {}", words.join(" or "))
}

/// Puts every zero naming no group of `doc` on its card (see the module docs), making
/// a card for one that has none.
pub(crate) fn attach(doc: &Extraction, cards: &mut Vec<Card>) {
    if doc.zero_statements.is_empty() {
        return;
    }
    let mut of_event: HashMap<String, usize> = HashMap::new();
    for (i, c) in cards.iter().enumerate() {
        if let Some(e) = &c.event_id {
            of_event.entry(e.clone()).or_insert(i);
        }
    }
    for z in &doc.zero_statements {
        let by_event = z.event.as_deref().and_then(|e| of_event.get(e).copied());
        let at = by_event.or_else(|| nearest_card(cards, z));
        let at = match at {
            Some(at) => at,
            None => {
                let card = own_card(doc, z);
                if let Some(e) = &card.event_id {
                    of_event.insert(e.clone(), cards.len());
                }
                cards.push(card);
                cards.len() - 1
            }
        };
        let said = said(doc, &cards[at], z);
        cards[at].said.push(said);
    }
}

/// The card holding the figure of `z`'s article told last before it, else first after.
fn nearest_card(cards: &[Card], z: &ZeroStatement) -> Option<usize> {
    let mut before: Option<(usize, usize)> = None;
    let mut after: Option<(usize, usize)> = None;
    for (i, card) in cards.iter().enumerate() {
        for m in spans(card).filter(|m| m.article == z.article) {
            if m.start <= z.start {
                if before.is_none_or(|(s, _)| m.start > s) {
                    before = Some((m.start, i));
                }
            } else if after.is_none_or(|(s, _)| m.start < s) {
                after = Some((m.start, i));
            }
        }
    }
    before.or(after).map(|(_, i)| i)
}

/// The sentences of a card's figures.
fn spans(card: &Card) -> impl Iterator<Item = &Mention> {
    card.lines
        .iter()
        .flat_map(|l| l.sources.iter().flat_map(|s| s.spans.iter()))
}

/// A card for a zero that no card holds: its event's, else "date unknown".
fn own_card(doc: &Extraction, z: &ZeroStatement) -> Card {
    let event = z
        .event
        .as_deref()
        .and_then(|id| doc.events.iter().find(|e| e.id == id));
    let date = event.map(|e| e.date.clone());
    Card {
        event_id: event.map(|e| e.id.clone()),
        date_label: match event {
            Some(e) if crate::undated::is_undated(e) => crate::undated::when(doc, e),
            Some(e) => crate::timeval::format_value(&e.date),
            None => "date unknown".to_string(),
        },
        date,
        title: event.map_or_else(
            || "Casualties reported, date unknown".to_string(),
            |e| e.title.clone(),
        ),
        lines: Vec::new(),
        claims: Vec::new(),
        said: Vec::new(),
    }
}

/// How `card` shows `z`.
fn said(doc: &Extraction, card: &Card, z: &ZeroStatement) -> Said {
    let source = crate::story::outlet(doc, &z.article);
    // Outcomes the same source gives a positive figure of on this card.
    let counted = |o: Outcome| {
        card.lines.iter().any(|l| {
            l.outcome == o
                && l.sources
                    .iter()
                    .any(|s| s.article == z.article && s.count > 0)
        })
    };
    let outcomes: Vec<Outcome> = z
        .outcomes
        .iter()
        .copied()
        .filter(|o| !counted(*o))
        .collect();
    let text = if outcomes.is_empty() {
        let words: String = z.words.chars().take(80).collect();
        format!(
            "“{}”, says {source}, which also gives figures",
            words.trim()
        )
    } else {
        format!("{}, says {source}", no_one(&outcomes))
    };
    Said {
        text,
        source,
        outcomes,
        span: Mention {
            article: z.article.clone(),
            start: z.start,
            end: z.end,
        },
    }
}

/// The card's note on what no source gives: "No figures given for militants and US
/// forces (no data, not zero).", naming only the outcomes no zero without a group
/// covers ("No injury or capture figures given for …"). `None` when every group has a
/// line.
pub fn no_data_note(card: &Card) -> Option<String> {
    let groups: Vec<String> = GROUP_ORDER
        .iter()
        .filter(|g| !card.lines.iter().any(|l| l.group == **g))
        .map(|g| group_label(*g).to_string())
        .collect();
    if groups.is_empty() {
        return None;
    }
    let said: Vec<Outcome> = card
        .said
        .iter()
        .flat_map(|s| s.outcomes.iter().copied())
        .collect();
    let names = join_and(&groups).to_lowercase();
    if said.is_empty() {
        return Some(format!("No figures given for {names} (no data, not zero)."));
    }
    let rest: Vec<&str> = OUTCOME_ORDER
        .iter()
        .filter(|o| !said.contains(o))
        .map(|o| match o {
            Outcome::Killed => "death",
            Outcome::Injured => "injury",
            Outcome::Captured => "capture",
        })
        .collect();
    Some(format!(
        "No {} figures given for {names} (no data, not zero).",
        rest.join(" or ")
    ))
}
