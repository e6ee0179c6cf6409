//! Which event a highlight or sentence belongs to, and which sentence a marked span
//! points at: the links between the reader, the cards and the timeline selection.

use crate::model::{Casualty, Event, Extraction, Mention, Timex};

/// True when the half-open spans `[a0, a1)` and `[b0, b1)` share a code point.
pub fn overlaps(a0: usize, a1: usize, b0: usize, b1: usize) -> bool {
    a0 < b1 && b0 < a1
}

/// True when `m` is in `article` and overlaps `[start, end)`.
pub fn mention_overlaps(m: &Mention, article: &str, start: usize, end: usize) -> bool {
    m.article == article && overlaps(m.start, m.end, start, end)
}

/// The event a temporal expression dates: the event it dates (`Event::dated_by`), else
/// an event stated in the sentence around it with the same date, else any event stated
/// there. `None` when it is in no event's sentence.
pub fn timex_event<'a>(events: &'a [Event], t: &Timex) -> Option<&'a Event> {
    let dates = |e: &&Event| {
        e.dated_by
            .as_ref()
            .is_some_and(|m| mention_overlaps(m, &t.article, t.start, t.end))
    };
    let stated = |e: &&Event| {
        e.mentions
            .iter()
            .any(|m| mention_overlaps(m, &t.article, t.start, t.end))
    };
    events
        .iter()
        .find(dates)
        .or_else(|| {
            events
                .iter()
                .filter(stated)
                .find(|e| e.date == t.value || e.date.starts_with(&format!("{}/", t.value)))
        })
        .or_else(|| events.iter().find(stated))
}

/// The event a casualty figure belongs to: its `event` field, else the event listing it.
pub fn figure_event<'a>(events: &'a [Event], c: &Casualty) -> Option<&'a Event> {
    c.event
        .as_deref()
        .and_then(|id| events.iter().find(|e| e.id == id))
        .or_else(|| {
            events
                .iter()
                .find(|e| !c.id.is_empty() && e.casualties.contains(&c.id))
        })
}

/// Ids of the events stated (in part) by the sentence `[start, end)` of `article`.
pub fn sentence_events(events: &[Event], article: &str, start: usize, end: usize) -> Vec<String> {
    events
        .iter()
        .filter(|e| {
            e.mentions
                .iter()
                .any(|m| mention_overlaps(m, article, start, end))
        })
        .map(|e| e.id.clone())
        .collect()
}

/// The sentences (by start) of `article` a marked span points at: every sentence it
/// overlaps; when it overlaps none (a span between sentences), the nearest one before.
/// Sentences are `(start, end)` pairs in text order.
pub fn marked_sentences(sentences: &[(usize, usize)], article: &str, m: &Mention) -> Vec<usize> {
    if m.article != article {
        return Vec::new();
    }
    let hit: Vec<usize> = sentences
        .iter()
        .filter(|(s, e)| overlaps(*s, *e, m.start, m.end.max(m.start + 1)))
        .map(|(s, _)| *s)
        .collect();
    if !hit.is_empty() {
        return hit;
    }
    sentences
        .iter()
        .rev()
        .find(|(s, _)| *s <= m.start)
        .or(sentences.first())
        .map(|(s, _)| vec![*s])
        .unwrap_or_default()
}

/// The sentences stating event `id`, in document order (article order, then offset):
/// the first is where the reader goes when the event is selected. Empty for an unknown id.
pub fn event_mentions<'a>(doc: &'a Extraction, id: &str) -> Vec<&'a Mention> {
    let Some(e) = doc.events.iter().find(|e| e.id == id) else {
        return Vec::new();
    };
    let order = |m: &Mention| {
        doc.articles
            .iter()
            .position(|a| a.id == m.article)
            .unwrap_or(usize::MAX)
    };
    let mut v: Vec<&Mention> = e.mentions.iter().collect();
    crate::order::sort_by_key(&mut v, |m| (order(m), m.start));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventKind, Group, Outcome, Qualifier, TimexType};

    fn m(article: &str, start: usize, end: usize) -> Mention {
        Mention {
            article: article.into(),
            start,
            end,
        }
    }

    fn ev(id: &str, date: &str, mentions: Vec<Mention>, dated_by: Option<Mention>) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            title: id.into(),
            mentions,
            kind: EventKind::Other,
            casualties: vec![],
            dated_by,
        }
    }

    fn tx(start: usize, end: usize, value: &str) -> Timex {
        Timex {
            article: "a".into(),
            start,
            end,
            text: "x".into(),
            kind: TimexType::Date,
            value: value.into(),
            modifier: None,
            anchor: None,
        }
    }

    #[test]
    fn timex_links_to_the_event_it_dates_then_same_date_then_any() {
        let events = vec![
            ev("other", "2019", vec![m("a", 0, 50)], None),
            ev(
                "raid",
                "2024-08-29",
                vec![m("a", 0, 50)],
                Some(m("b", 5, 13)),
            ),
            ev("range", "2023-10/2024-02", vec![m("a", 60, 90)], None),
        ];
        assert_eq!(
            timex_event(&events, &tx(10, 18, "2024-08-29")).unwrap().id,
            "raid"
        );
        assert_eq!(
            timex_event(&events, &tx(10, 18, "P2D")).unwrap().id,
            "other"
        );
        assert_eq!(
            timex_event(&events, &tx(61, 68, "2023-10")).unwrap().id,
            "range"
        );
        assert!(timex_event(&events, &tx(95, 99, "2024")).is_none());
        let mut dated = tx(5, 13, "2024-08-29");
        dated.article = "b".into();
        assert_eq!(timex_event(&events, &dated).unwrap().id, "raid");
    }

    #[test]
    fn figure_links_through_its_event_or_the_event_listing_it() {
        let mut e = ev("raid", "2024-08-29", vec![], None);
        e.casualties = vec!["a:c1".into()];
        let events = vec![e];
        let mut c = Casualty {
            article: "a".into(),
            start: 0,
            end: 1,
            text: "x".into(),
            group: Group::Militants,
            outcome: Outcome::Killed,
            count: 1,
            qualifier: Qualifier::Exact,
            incident_date: None,
            note: None,
            who: None,
            id: "a:c1".into(),
            event: None,
        };
        assert_eq!(figure_event(&events, &c).unwrap().id, "raid");
        c.id = "a:c2".into();
        assert!(figure_event(&events, &c).is_none());
        c.event = Some("missing".into());
        assert!(figure_event(&events, &c).is_none());
    }

    #[test]
    fn event_mentions_come_in_article_then_offset_order() {
        let doc = Extraction {
            articles: vec![crate::model::Article::new("b", "b")],
            events: vec![ev(
                "x",
                "2024",
                vec![m("a", 1, 2), m("b", 9, 10), m("b", 3, 4)],
                None,
            )],
            ..Extraction::default()
        };
        let got: Vec<(&str, usize)> = event_mentions(&doc, "x")
            .iter()
            .map(|m| (m.article.as_str(), m.start))
            .collect();
        // Known articles first (document order), then mentions of unknown articles.
        assert_eq!(got, vec![("b", 3), ("b", 9), ("a", 1)]);
        assert!(event_mentions(&doc, "missing").is_empty());
    }

    #[test]
    fn marked_span_finds_its_sentences_or_the_one_before() {
        let sentences = [(0, 10), (11, 20), (21, 30)];
        assert_eq!(
            marked_sentences(&sentences, "a", &m("a", 12, 25)),
            vec![11, 21]
        );
        assert_eq!(marked_sentences(&sentences, "a", &m("a", 10, 10)), vec![0]);
        assert_eq!(
            marked_sentences(&sentences, "b", &m("a", 0, 5)),
            Vec::<usize>::new()
        );
        assert_eq!(
            marked_sentences(&[], "a", &m("a", 0, 5)),
            Vec::<usize>::new()
        );
        assert_eq!(
            sentence_events(&[ev("x", "2024", vec![m("a", 5, 8)], None)], "a", 0, 6),
            vec!["x".to_string()]
        );
    }
}
