//! Words for the reader and the cards: an article's date line, how a temporal
//! expression was resolved, and a card's unquantified claims.

use crate::cards::{is_unquantified, Card};
use crate::model::{Anchor, AnchorBasis, Article, Extraction, Mention, ReferenceBasis, Timex};
use crate::timeval::format_value;

/// "31 Aug 2024", or for an undated article its inferred date and why: "undated;
/// inferred 31 Aug 2024 from the matching report in Al Jazeera", or "undated".
pub fn article_date_line(article: &Article, doc: &Extraction) -> String {
    let day = |d: chrono::NaiveDate| format_value(&crate::timeval::day_value(d));
    match (
        article.published,
        article.reference_date,
        article.reference_basis,
    ) {
        (Some(p), _, _) => day(p),
        (None, Some(r), ReferenceBasis::Inferred) => {
            let from = article
                .inferred_from
                .as_deref()
                .map(|id| crate::naming::source_name(doc.articles.iter().find(|a| a.id == id), id));
            match from {
                Some(src) => format!(
                    "undated; inferred {} from the matching report in {src}",
                    day(r)
                ),
                None => format!("undated; inferred {}", day(r)),
            }
        }
        (None, Some(r), _) => format!("undated; reference date {}", day(r)),
        (None, None, _) => "undated".to_string(),
    }
}

/// The short tooltip of a temporal expression: "Thursday → 2024-08-29".
pub fn timex_tooltip(t: &Timex) -> String {
    format!("{} → {}", t.text.trim(), t.value)
}

/// How a temporal expression was resolved, in words: "Thursday: 29 Aug 2024, counted
/// from the publication date 31 Aug 2024".
pub fn timex_description(t: &Timex) -> String {
    let mut out = format!("{}: {}", t.text.trim(), format_value(&t.value));
    if let Some(Anchor { value, basis }) = &t.anchor {
        let from = match basis {
            AnchorBasis::Published => "the publication date",
            AnchorBasis::Inferred => "the inferred reference date",
            AnchorBasis::Narrative => "the date the text was last talking about,",
        };
        out.push_str(&format!(", counted from {from} {}", format_value(value)));
    }
    out
}

/// A claim without (or beside) a number, with every source stating it.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// What is claimed ("key leaders among the dead").
    pub text: String,
    /// The sources stating it: (display name, sentence span), in card order.
    pub sources: Vec<(String, Mention)>,
}

/// The unquantified claims of a card: its [`Claim`](crate::cards::Claim)s, plus the
/// notes riding on counted figures ("at least 15 … key leaders among the dead") that
/// are claims rather than negations or breakdown labels. Same text (ignoring case) from
/// several sources is one note.
pub fn card_notes(card: &Card, doc: &Extraction) -> Vec<Note> {
    let mut notes: Vec<Note> = Vec::new();
    let mut add = |text: &str, source: &str, span: Mention| {
        let text = text.trim();
        if text.is_empty() {
            return;
        }
        let key = text.to_lowercase();
        match notes.iter_mut().find(|n| n.text.to_lowercase() == key) {
            Some(n) => {
                if !n.sources.iter().any(|(s, _)| s == source) {
                    n.sources.push((source.to_string(), span));
                }
            }
            None => notes.push(Note {
                text: text.to_string(),
                sources: vec![(source.to_string(), span)],
            }),
        }
    };
    for claim in &card.claims {
        add(&claim.text, &claim.source, claim.span.clone());
    }
    for line in &card.lines {
        for fig in &line.sources {
            for id in &fig.casualty_ids {
                let Some(c) = doc.casualties.iter().find(|c| &c.id == id) else {
                    continue;
                };
                let mut as_claim = c.clone();
                as_claim.count = 0;
                if c.count > 0 && is_unquantified(&as_claim) {
                    let span = Mention {
                        article: c.article.clone(),
                        start: c.start,
                        end: c.end,
                    };
                    add(c.note.as_deref().unwrap_or(""), &fig.source, span);
                }
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cards::build_cards;
    use crate::model::{
        Casualty, Event, EventKind, Group, Outcome, Qualifier, SentenceKind, TimexType,
    };
    use chrono::NaiveDate;

    fn article(id: &str, outlet: &str) -> Article {
        Article {
            outlet: Some(outlet.into()),
            ..Article::new(id, format!("{id}.txt"))
        }
    }

    #[test]
    fn date_line_says_published_inferred_with_why_or_undated() {
        let day = NaiveDate::from_ymd_opt(2024, 8, 31);
        let mut aj = article("004", "Al Jazeera");
        aj.published = day;
        let mut sun = article("000", "The Sun");
        sun.reference_date = day;
        sun.reference_basis = ReferenceBasis::Inferred;
        sun.inferred_from = Some("004".into());
        let doc = Extraction {
            articles: vec![aj.clone(), sun.clone()],
            ..Extraction::default()
        };
        assert_eq!(article_date_line(&aj, &doc), "31 Aug 2024");
        assert_eq!(
            article_date_line(&sun, &doc),
            "undated; inferred 31 Aug 2024 from the matching report in Al Jazeera"
        );
        assert_eq!(article_date_line(&article("x", "X"), &doc), "undated");
        let _ = SentenceKind::Body;
    }

    #[test]
    fn timex_tooltip_and_description_show_the_resolution() {
        let t = Timex {
            article: "a".into(),
            start: 0,
            end: 8,
            text: "Thursday".into(),
            kind: TimexType::Date,
            value: "2024-08-29".into(),
            modifier: None,
            anchor: Some(Anchor {
                value: "2024-08-31".into(),
                basis: AnchorBasis::Published,
            }),
        };
        assert_eq!(timex_tooltip(&t), "Thursday → 2024-08-29");
        assert_eq!(
            timex_description(&t),
            "Thursday: 29 Aug 2024, counted from the publication date 31 Aug 2024"
        );
    }

    fn fig(article: &str, n: usize, count: u32, note: Option<&str>) -> Casualty {
        Casualty {
            article: article.into(),
            start: n * 10,
            end: n * 10 + 5,
            text: "x".into(),
            group: Group::Militants,
            outcome: Outcome::Killed,
            count,
            qualifier: Qualifier::Exact,
            incident_date: Some("2024-08-29".into()),
            note: note.map(String::from),
            who: None,
            id: format!("{article}:c{n}"),
            event: Some("raid".into()),
        }
    }

    #[test]
    fn notes_gather_claims_and_claim_notes_on_figures_once_per_text() {
        let doc = Extraction {
            articles: vec![article("a", "The Sun"), article("b", "Al Jazeera")],
            casualties: vec![
                fig("a", 0, 15, Some("key leaders among the dead")),
                fig("b", 1, 15, Some("Key leaders among the dead")),
                fig("b", 2, 0, Some("senior commanders killed")),
                fig("b", 3, 3, Some("not including civilians")),
            ],
            events: vec![Event {
                id: "raid".into(),
                date: "2024-08-29".into(),
                title: "Raid".into(),
                mentions: vec![],
                kind: EventKind::Attack,
                casualties: vec![],
                dated_by: None,
            }],
            ..Extraction::default()
        };
        let cards = build_cards(&doc);
        assert_eq!(cards.len(), 1);
        let notes = card_notes(&cards[0], &doc);
        let got: Vec<(&str, Vec<&str>)> = notes
            .iter()
            .map(|n| {
                (
                    n.text.as_str(),
                    n.sources.iter().map(|s| s.0.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("senior commanders killed", vec!["Al Jazeera"]),
                ("key leaders among the dead", vec!["The Sun", "Al Jazeera"]),
            ]
        );
    }
}
