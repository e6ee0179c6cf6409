//! Finding events: a search over titles, the sources' sentences and outlets, and filters
//! by lane, source, casualty outcome, precision and date range — one [`Filter`], kept in
//! the URL fragment, that narrows every view of a document ([`Filter::apply`]).
//!
//! Matching is by word prefix, case- and accent-insensitive, and forgiving of how Arabic
//! names are written in English: "al-Qurashi", "Al Qurashi", "alQurashi" and "Qurashi"
//! find each other, and so do "Ba'ath" and "Baath". An [`Index`] holds every event's
//! words once, so a keystroke only scans prepared words.

mod index;
mod words;

pub use index::Index;
pub use words::{each_word, words_of};

use crate::model::{Event, Extraction, Outcome};
use crate::naming::source_name;
use crate::timeval::{self, Precision};
use chrono::NaiveDate;
use std::collections::HashSet;

/// What narrows the views: empty fields narrow nothing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// Words to find (every word must match the start of some word of the event).
    pub query: String,
    /// Lanes to keep ("conflict", "casualties", "politics"); empty keeps all.
    pub lanes: Vec<String>,
    /// A source (its name as shown: outlet, "Your article 1", …) the event must cite.
    pub source: Option<String>,
    /// An outcome the event's casualty figures must include.
    pub outcome: Option<Outcome>,
    /// The precision the event's date must have ("day", "month", "year").
    pub precision: Option<String>,
    /// First day of the range the event must overlap.
    pub from: Option<NaiveDate>,
    /// Last day of the range the event must overlap.
    pub to: Option<NaiveDate>,
}

impl Filter {
    /// True when nothing narrows.
    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty()
            && self.lanes.is_empty()
            && self.source.is_none()
            && self.outcome.is_none()
            && self.precision.is_none()
            && self.from.is_none()
            && self.to.is_none()
    }

    /// The events of `doc` that match, best first for a query (else in document
    /// order), as indexes into `doc.events`.
    pub fn matches(&self, doc: &Extraction, index: &Index) -> Vec<usize> {
        let (mut hits, ranked) = self.hits(doc, index);
        if ranked {
            crate::order::sort_by(&mut hits, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        hits.into_iter().map(|(i, _)| i).collect()
    }

    /// The events to show, in document order: `None` when the filter keeps them all
    /// (nothing to narrow, so the views need not change), else their indexes. Unranked:
    /// what the views show does not depend on the order of relevance.
    pub fn keep(&self, doc: &Extraction, index: &Index) -> Option<Vec<usize>> {
        if self.is_empty() {
            return None;
        }
        let (hits, _) = self.hits(doc, index);
        (hits.len() != doc.events.len()).then(|| hits.into_iter().map(|(i, _)| i).collect())
    }

    /// The matching events in document order with their ranks, and whether a query
    /// ranked them.
    fn hits(&self, doc: &Extraction, index: &Index) -> (Vec<(usize, u32)>, bool) {
        let query = words_of(&self.query);
        let ranks = (!query.is_empty()).then(|| index.ranks(&query));
        let narrows = self.narrows_beyond_query();
        let hits = (0..doc.events.len())
            .filter_map(|i| {
                let rank = ranks.as_ref().map_or(0, |r| r[i]);
                (ranks.is_none() || rank > 0).then_some((i, rank))
            })
            .filter(|&(i, _)| {
                !narrows || self.keeps(doc, &doc.events[i], index.lanes.get(i).copied())
            })
            .collect();
        (hits, ranks.is_some())
    }

    /// `doc` with only the matching events, and only the casualty figures of those
    /// events (figures tied to no event stay when no filter is set); articles and dates
    /// are kept, so the reader still shows every source.
    pub fn apply(&self, doc: &Extraction, index: &Index) -> Extraction {
        match self.keep(doc, index) {
            None => doc.clone(),
            Some(keep) => narrow(doc, &keep),
        }
    }

    /// True when some filter other than the query is set.
    fn narrows_beyond_query(&self) -> bool {
        !self.lanes.is_empty()
            || self.source.is_some()
            || self.outcome.is_some()
            || self.precision.is_some()
            || self.from.is_some()
            || self.to.is_some()
    }

    /// True when event `e` passes every filter but the query.
    fn keeps(&self, doc: &Extraction, e: &Event, lane: Option<&'static str>) -> bool {
        if !self.lanes.is_empty() && !lane.is_some_and(|l| self.lanes.iter().any(|x| x == l)) {
            return false;
        }
        if let Some(src) = &self.source {
            let cites = e.mentions.iter().any(|m| {
                source_name(doc.articles.iter().find(|a| a.id == m.article), &m.article) == *src
            });
            if !cites {
                return false;
            }
        }
        if let Some(outcome) = self.outcome {
            let has = doc.casualties.iter().any(|c| {
                c.outcome == outcome
                    && c.count > 0
                    && (c.event.as_deref() == Some(e.id.as_str()) || e.casualties.contains(&c.id))
            });
            if !has {
                return false;
            }
        }
        let iv = timeval::parse(&e.date);
        if let Some(p) = &self.precision {
            if iv.is_none_or(|iv| precision_name(iv.precision) != p) {
                return false;
            }
        }
        if self.from.is_some() || self.to.is_some() {
            let Some(iv) = iv else {
                return false;
            };
            let last = iv.end.pred_opt().unwrap_or(iv.end);
            if self.from.is_some_and(|f| last < f) || self.to.is_some_and(|t| iv.start > t) {
                return false;
            }
        }
        true
    }

    /// The fragment parts of the filter (`q=…&lane=conflict,politics&src=…&out=killed&
    /// prec=day&from=2023-01-01&to=2024-12-31`), empty ones left out.
    pub fn to_parts(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if !self.query.trim().is_empty() {
            out.push(("q", self.query.trim().to_string()));
        }
        if !self.lanes.is_empty() {
            out.push(("lane", self.lanes.join(",")));
        }
        if let Some(s) = &self.source {
            out.push(("src", s.clone()));
        }
        if let Some(o) = self.outcome {
            out.push(("out", outcome_name(o).to_string()));
        }
        if let Some(p) = &self.precision {
            out.push(("prec", p.clone()));
        }
        if let Some(d) = self.from {
            out.push(("from", d.to_string()));
        }
        if let Some(d) = self.to {
            out.push(("to", d.to_string()));
        }
        out
    }

    /// Reads one fragment part into the filter; unknown keys and bad values are ignored.
    pub fn read_part(&mut self, key: &str, value: &str) {
        match key {
            "q" => self.query = value.to_string(),
            "lane" => {
                self.lanes = value
                    .split(',')
                    .filter(|l| LANES.contains(l))
                    .map(String::from)
                    .collect()
            }
            "src" if !value.is_empty() => self.source = Some(value.to_string()),
            "out" => self.outcome = outcome_of(value),
            "prec" if PRECISIONS.contains(&value) => self.precision = Some(value.to_string()),
            "from" => self.from = timeval::parse_day(value),
            "to" => self.to = timeval::parse_day(value),
            _ => {}
        }
    }
}

/// `doc` with only the events at `keep` (indexes into `doc.events`, ascending) and the
/// casualty figures of those events; articles and dates are kept, so the reader still
/// shows every source.
pub fn narrow(doc: &Extraction, keep: &[usize]) -> Extraction {
    let events: Vec<Event> = keep
        .iter()
        .filter_map(|&i| doc.events.get(i).cloned())
        .collect();
    let ids: HashSet<&str> = events.iter().map(|e| e.id.as_str()).collect();
    let cited: HashSet<&str> = events
        .iter()
        .flat_map(|e| e.casualties.iter().map(String::as_str))
        .collect();
    Extraction {
        articles: doc.articles.clone(),
        timexes: doc.timexes.clone(),
        casualties: doc
            .casualties
            .iter()
            .filter(|c| {
                c.event.as_deref().is_some_and(|e| ids.contains(e)) || cited.contains(c.id.as_str())
            })
            .cloned()
            .collect(),
        // A zero naming no group stays with its event, like the figures.
        zero_statements: doc
            .zero_statements
            .iter()
            .filter(|z| z.event.as_deref().is_some_and(|e| ids.contains(e)))
            .cloned()
            .collect(),
        events,
        warnings: doc.warnings.clone(),
    }
}

/// The lanes a filter can keep.
pub const LANES: [&str; 3] = ["conflict", "casualties", "politics"];
/// The precisions a filter can ask for.
pub const PRECISIONS: [&str; 3] = ["day", "month", "year"];

/// The name of a precision for filters ("day", "month", "year"; coarser ones are "year").
pub fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Day => "day",
        Precision::Month => "month",
        _ => "year",
    }
}

fn outcome_name(o: Outcome) -> &'static str {
    match o {
        Outcome::Killed => "killed",
        Outcome::Injured => "injured",
        Outcome::Captured => "captured",
    }
}

fn outcome_of(s: &str) -> Option<Outcome> {
    match s {
        "killed" => Some(Outcome::Killed),
        "injured" => Some(Outcome::Injured),
        "captured" => Some(Outcome::Captured),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, EventKind, Mention};

    fn event(
        id: &str,
        date: &str,
        title: &str,
        kind: EventKind,
        mentions: &[(&str, usize, usize)],
    ) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            title: title.into(),
            mentions: mentions
                .iter()
                .map(|(a, s, e)| Mention {
                    article: (*a).into(),
                    start: *s,
                    end: *e,
                })
                .collect(),
            kind,
            casualties: vec![],
            dated_by: None,
        }
    }

    fn doc() -> Extraction {
        let text = "Abu al-Hussein al-Qurashi was killed in Idlib. Rockets hit the Ba'ath party office in Erbil.";
        let raw = format!(
            r#"{{"id": "a", "path": "a.txt", "published": "2023-05-01", "reference_date": "2023-05-01",
               "reference_basis": "header", "outlet": "Reuters", "text": {}}}"#,
            serde_json::to_string(text).unwrap()
        );
        let article: Article = serde_json::from_str(&raw).unwrap();
        Extraction {
            articles: vec![article],
            events: vec![
                event(
                    "q",
                    "2023-04-30",
                    "ISIS leader dies in a raid",
                    EventKind::Attack,
                    &[("a", 0, 46)],
                ),
                event(
                    "b",
                    "2023-05",
                    "Rockets hit a party office",
                    EventKind::Attack,
                    &[("a", 47, 92)],
                ),
                event(
                    "v",
                    "2024",
                    "Élections municipales in Erbil",
                    EventKind::Political,
                    &[],
                ),
            ],
            ..Extraction::default()
        }
    }

    fn find(doc: &Extraction, f: &Filter) -> Vec<String> {
        f.matches(doc, &Index::new(doc))
            .into_iter()
            .map(|i| doc.events[i].id.clone())
            .collect()
    }

    fn q(query: &str) -> Filter {
        Filter {
            query: query.into(),
            ..Filter::default()
        }
    }

    #[test]
    fn names_are_found_however_they_are_written() {
        let d = doc();
        for query in [
            "Qurashi",
            "al-Qurashi",
            "al qurashi",
            "alqurashi",
            "QURA",
            "Abu al-Huss",
        ] {
            assert_eq!(find(&d, &q(query)), ["q"], "{query}");
        }
        for query in ["Baath", "Ba'ath", "ba’ath"] {
            assert_eq!(find(&d, &q(query)), ["b"], "{query}");
        }
        // accents and case; word prefixes; an outlet; no match
        assert_eq!(find(&d, &q("elections")), ["v"]);
        assert_eq!(find(&d, &q("isl")), Vec::<String>::new());
        assert_eq!(find(&d, &q("reut")), ["q", "b"]);
        assert_eq!(find(&d, &q("rockets erb")), ["b"]);
        assert!(find(&d, &q("zzz")).is_empty());
        assert_eq!(
            find(&d, &q("")),
            ["q", "b", "v"],
            "an empty query keeps all, in order"
        );
    }

    #[test]
    fn titles_rank_above_sources_and_sentences() {
        let d = doc();
        // "erbil" is in v's title and in b's sentence: the title wins.
        assert_eq!(find(&d, &q("erbil")), ["v", "b"]);
        // "idlib" only in q's sentence; "raid" in q's title.
        assert_eq!(find(&d, &q("idlib")), ["q"]);
    }

    #[test]
    fn filters_narrow_by_lane_source_outcome_precision_and_range() {
        let d = doc();
        let only = |f: Filter| find(&d, &f);
        assert_eq!(
            only(Filter {
                lanes: vec!["politics".into()],
                ..Filter::default()
            }),
            ["v"]
        );
        assert_eq!(
            only(Filter {
                source: Some("Reuters".into()),
                ..Filter::default()
            }),
            ["q", "b"]
        );
        assert_eq!(
            only(Filter {
                precision: Some("month".into()),
                ..Filter::default()
            }),
            ["b"]
        );
        let may = NaiveDate::from_ymd_opt(2023, 5, 1);
        assert_eq!(
            only(Filter {
                from: may,
                to: may,
                ..Filter::default()
            }),
            ["b"]
        );
        assert_eq!(
            only(Filter {
                outcome: Some(Outcome::Killed),
                ..Filter::default()
            }),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_filter_survives_the_fragment() {
        let f = Filter {
            query: "al-Qurashi raid".into(),
            lanes: vec!["conflict".into(), "politics".into()],
            source: Some("Your article 1".into()),
            outcome: Some(Outcome::Injured),
            precision: Some("day".into()),
            from: NaiveDate::from_ymd_opt(2023, 1, 1),
            to: NaiveDate::from_ymd_opt(2024, 12, 31),
        };
        let mut back = Filter::default();
        for (k, v) in f.to_parts() {
            back.read_part(k, &v);
        }
        assert_eq!(back, f);
        let mut junk = Filter::default();
        junk.read_part("lane", "nowhere");
        junk.read_part("prec", "century");
        junk.read_part("out", "bored");
        junk.read_part("from", "yesterday");
        assert!(junk.is_empty());
    }

    #[test]
    fn applying_a_filter_keeps_the_articles_and_narrows_events() {
        let d = doc();
        let f = q("rockets");
        let shown = f.apply(&d, &Index::new(&d));
        assert_eq!(shown.events.len(), 1);
        assert_eq!(shown.articles.len(), 1);
        assert_eq!(Filter::default().apply(&d, &Index::new(&d)), d);
    }

    #[test]
    fn keep_is_none_while_every_event_matches() {
        let d = doc();
        let index = Index::new(&d);
        assert_eq!(Filter::default().keep(&d, &index), None);
        assert_eq!(q("  ").keep(&d, &index), None);
        assert_eq!(q("rockets").keep(&d, &index), Some(vec![1]));
        assert_eq!(
            q("erbil").keep(&d, &index),
            Some(vec![1, 2]),
            "document order"
        );
        assert_eq!(q("zzz").keep(&d, &index), Some(vec![]));
        let lanes = Filter {
            lanes: LANES.iter().map(|l| l.to_string()).collect(),
            ..Filter::default()
        };
        assert_eq!(
            lanes.keep(&d, &index),
            None,
            "every lane kept: nothing narrows"
        );
        let shown = narrow(&d, &[2]);
        assert_eq!(shown.events.len(), 1);
        assert_eq!(shown.events[0].id, "v");
        assert_eq!(
            narrow(&d, &[7]).events.len(),
            0,
            "an index out of range is skipped"
        );
    }
}
