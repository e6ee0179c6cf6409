//! Events whose date cannot be placed on the time axis: an undated report's "Friday"
//! (`XXXX-XX-XX`), `PAST_REF`, a bare duration. The timeline cannot draw them, so they
//! are listed beside it under "Date unknown" — never dropped — each with what the
//! source said of its date ("Friday · date unknown") and the outlets that tell it.

use crate::model::{Event, Extraction};
use crate::timeval;

/// One event that cannot be placed, as the "Date unknown" strip lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Undated {
    /// `Event.id`.
    pub id: String,
    /// Index of the event in `Extraction.events`.
    pub event: usize,
    /// Short title.
    pub title: String,
    /// What is known of its date: "Friday · date unknown", "date unknown".
    pub when: String,
    /// Outlets that state it, first mention first, no repeats.
    pub outlets: Vec<String>,
}

/// True when `e`'s date cannot be placed on the time axis.
pub fn is_undated(e: &Event) -> bool {
    timeval::parse(&e.date).is_none()
}

/// The events of `doc` whose date cannot be placed, in document order.
pub fn undated(doc: &Extraction) -> Vec<Undated> {
    doc.events
        .iter()
        .enumerate()
        .filter(|(_, e)| is_undated(e))
        .map(|(i, e)| {
            let mut outlets: Vec<String> = Vec::new();
            for m in &e.mentions {
                let name = crate::story::outlet(doc, &m.article);
                if !outlets.contains(&name) {
                    outlets.push(name);
                }
            }
            Undated {
                id: e.id.clone(),
                event: i,
                title: e.title.clone(),
                when: when(doc, e),
                outlets,
            }
        })
        .collect()
}

/// What is known of an unplaced event's date: the words that date it, when the
/// document has them ("Friday · date unknown"), else the value in words when it has
/// any ("PAST_REF" → "some time in the past · date unknown"), else "date unknown".
pub fn when(doc: &Extraction, e: &Event) -> String {
    let words = crate::story::dating_timex(doc, e)
        .map(|t| t.text.trim().to_string())
        .filter(|t| !t.is_empty() && t.chars().count() <= 40);
    let vague = match e.date.as_str() {
        "PAST_REF" => Some("some time in the past"),
        "PRESENT_REF" => Some("at present"),
        "FUTURE_REF" => Some("in the future"),
        _ => None,
    };
    match words.as_deref().or(vague) {
        Some(w) => format!("{w} · date unknown"),
        None => "date unknown".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Mention, Timex, TimexType};

    fn event(id: &str, date: &str, dated_by: Option<Mention>) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            title: format!("Title {id}"),
            mentions: vec![Mention {
                article: "user-1".into(),
                start: 0,
                end: 10,
            }],
            kind: Default::default(),
            casualties: vec![],
            dated_by,
        }
    }

    #[test]
    fn only_unplaceable_events_are_listed_with_what_dates_them() {
        let friday = Mention {
            article: "user-1".into(),
            start: 34,
            end: 40,
        };
        let doc = Extraction {
            articles: vec![Article {
                user_added: true,
                ..Article::new("user-1", "user-1.txt")
            }],
            timexes: vec![Timex {
                article: "user-1".into(),
                start: 34,
                end: 40,
                text: "Friday".into(),
                kind: TimexType::Date,
                value: "XXXX-XX-XX".into(),
                modifier: None,
                anchor: None,
            }],
            events: vec![
                event("placed", "2024-08-29", None),
                event("friday", "XXXX-XX-XX", Some(friday)),
                event("bare", "XXXX-XX-XX", None),
                event("past", "PAST_REF", None),
                event("era", "2023-10/2024-02", None),
            ],
            ..Extraction::default()
        };
        let got = undated(&doc);
        let ids: Vec<&str> = got.iter().map(|u| u.id.as_str()).collect();
        assert_eq!(ids, ["friday", "bare", "past"]);
        assert_eq!(got[0].when, "Friday · date unknown");
        assert_eq!(got[0].event, 1);
        assert_eq!(got[0].outlets, ["Your article 1"]);
        assert_eq!(got[1].when, "date unknown");
        assert_eq!(got[2].when, "some time in the past · date unknown");
    }
}
