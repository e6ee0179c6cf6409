//! Events: dated sentences become timeline events with a kind, a short title and
//! mentions; the same event told by several articles is merged into one.
//! (First version: one event per sentence holding a year, merged by year.)

use super::Analysed;
use crate::model::{Event, EventKind, Extraction, Mention};

/// Builds the events of a document from its timexes and sentences.
pub fn build(doc: &Extraction, analysed: &[Analysed]) -> Vec<Event> {
    let _ = analysed;
    let mut events: Vec<Event> = Vec::new();
    for art in &doc.articles {
        for t in doc.timexes.iter().filter(|t| t.article == art.id) {
            let Some(s) = art
                .sentences
                .iter()
                .find(|s| s.start <= t.start && t.end <= s.end)
            else {
                continue;
            };
            let mention = Mention {
                article: art.id.clone(),
                start: s.start,
                end: s.end,
            };
            match events.iter_mut().find(|e| e.date == t.value) {
                Some(e) => e.mentions.push(mention),
                None => events.push(Event {
                    id: format!("ev-{}", t.value),
                    date: t.value.clone(),
                    title: format!("Events of {}", t.value),
                    mentions: vec![mention],
                    kind: EventKind::Other,
                    casualties: Vec::new(),
                    dated_by: None,
                }),
            }
        }
    }
    events.sort_by(|a, b| a.date.cmp(&b.date));
    events
}
