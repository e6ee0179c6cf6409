//! Finding events: a search over titles, the sources' sentences and outlets, and filters
//! by lane, source, casualty outcome, precision and date range — one [`Filter`], kept in
//! the URL fragment, that narrows every view of a document ([`Filter::apply`]).
//!
//! Matching is by word prefix, case- and accent-insensitive, and forgiving of how Arabic
//! names are written in English: "al-Qurashi", "Al Qurashi", "alQurashi" and "Qurashi"
//! find each other, and so do "Ba'ath" and "Baath". An [`Index`] holds every event's
//! words once, so a keystroke only scans prepared words.

use crate::model::{Event, EventKind, Extraction, Outcome};
use crate::naming::source_name;
use crate::timeval::{self, Precision};
use chrono::NaiveDate;
use std::collections::HashMap;

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
        let query = words_of(&self.query);
        let mut hits: Vec<(usize, u32)> = doc
            .events
            .iter()
            .enumerate()
            .filter(|(i, e)| self.keeps(doc, e, index.lanes.get(*i).copied()))
            .filter_map(|(i, _)| Some((i, index.score(i, &query)?)))
            .collect();
        if !query.is_empty() {
            crate::order::sort_by(&mut hits, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        }
        hits.into_iter().map(|(i, _)| i).collect()
    }

    /// `doc` with only the matching events, and only the casualty figures of those
    /// events (figures tied to no event stay when no filter is set); articles and dates
    /// are kept, so the reader still shows every source.
    pub fn apply(&self, doc: &Extraction, index: &Index) -> Extraction {
        if self.is_empty() {
            return doc.clone();
        }
        let mut keep = self.matches(doc, index);
        keep.sort_unstable();
        let events: Vec<Event> = keep.iter().map(|&i| doc.events[i].clone()).collect();
        let ids: Vec<&str> = events.iter().map(|e| e.id.as_str()).collect();
        let cited: Vec<&str> = events
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
                    c.event.as_deref().is_some_and(|e| ids.contains(&e))
                        || cited.contains(&c.id.as_str())
                })
                .cloned()
                .collect(),
            // A zero naming no group stays with its event, like the figures.
            zero_statements: doc
                .zero_statements
                .iter()
                .filter(|z| z.event.as_deref().is_some_and(|e| ids.contains(&e)))
                .cloned()
                .collect(),
            events,
            warnings: doc.warnings.clone(),
        }
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

/// How much a word found in each place weighs in the ranking.
const TITLE_WEIGHT: u32 = 4;
const SOURCE_WEIGHT: u32 = 2;
const SENTENCE_WEIGHT: u32 = 1;

/// Every event's words, prepared once per document, with its lane.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Index {
    /// Per event: (word, weight of the place it came from), best weight per word.
    words: Vec<Vec<(String, u32)>>,
    /// Per event: its lane's name.
    lanes: Vec<&'static str>,
}

impl Index {
    /// The index of `doc`: each event's title, the sentences of its mentions (when the
    /// document carries article texts) and its sources' names.
    pub fn new(doc: &Extraction) -> Self {
        let texts: HashMap<&str, Vec<char>> = doc
            .articles
            .iter()
            .filter_map(|a| Some((a.id.as_str(), a.text.as_deref()?.chars().collect())))
            .collect();
        let mut words = Vec::with_capacity(doc.events.len());
        let mut lanes = Vec::with_capacity(doc.events.len());
        for e in &doc.events {
            let mut mine: HashMap<String, u32> = HashMap::new();
            let mut add = |text: &str, weight: u32| {
                for w in words_of(text) {
                    let best = mine.entry(w).or_insert(0);
                    *best = (*best).max(weight);
                }
            };
            add(&e.title, TITLE_WEIGHT);
            for m in &e.mentions {
                let name = source_name(doc.articles.iter().find(|a| a.id == m.article), &m.article);
                add(&name, SOURCE_WEIGHT);
                if let Some(chars) = texts.get(m.article.as_str()) {
                    let end = m.end.min(chars.len());
                    let start = m.start.min(end);
                    let sentence: String = chars[start..end].iter().collect();
                    add(&sentence, SENTENCE_WEIGHT);
                }
            }
            let mut list: Vec<(String, u32)> = mine.into_iter().collect();
            list.sort();
            words.push(list);
            lanes.push(lane_of(e.kind));
        }
        Index { words, lanes }
    }

    /// The rank of event `i` for `query` (normalised words): `None` when some query word
    /// starts no word of the event; else the weights of where each matched, plus one for
    /// each whole-word match. An empty query matches everything with rank 0.
    fn score(&self, i: usize, query: &[String]) -> Option<u32> {
        let words = self.words.get(i)?;
        let mut total = 0;
        for q in query {
            // Sorted words: the ones starting with `q` are a contiguous run.
            let from = words.partition_point(|(w, _)| w.as_str() < q.as_str());
            let run = words[from..]
                .iter()
                .take_while(|(w, _)| w.starts_with(q.as_str()));
            let best = run
                .map(|(w, weight)| weight * 2 + u32::from(w == q))
                .max()?;
            total += best;
        }
        Some(total)
    }
}

/// The lane an event kind is drawn in, by name (as `geometry::stack::lane_of`).
fn lane_of(kind: EventKind) -> &'static str {
    crate::geometry::stack::lane_of(kind).label()
}

/// The words of `text` as search matches them: lower case, accents removed, apostrophes
/// dropped inside words ("Ba'ath" → "baath"), split at anything else that is not a
/// letter or digit; a word joined to an Arabic article by a hyphen also gives the joined
/// form and the bare name ("al-Qurashi" → "al", "qurashi", "alqurashi").
pub fn words_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in text.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '.' | '(' | ')' | '"' | '“' | '”' | '/' | '!' | '?'
            )
    }) {
        let folded: String = raw
            .chars()
            .filter(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`'))
            .flat_map(fold)
            .collect();
        let parts: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() >= 2
            && matches!(
                parts[0],
                "al" | "el" | "ad" | "as" | "ash" | "an" | "ar" | "az" | "at"
            )
        {
            out.push(parts.concat());
        }
        out.extend(parts.iter().map(|p| p.to_string()));
    }
    out
}

/// A character in lower case without its accent ("É" → "e", "ß" → "ss").
fn fold(c: char) -> impl Iterator<Item = char> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => {
            'a'
        }
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ḥ' | 'Ḥ' => 'h',
        'ṣ' | 'Ṣ' => 's',
        'ṭ' | 'Ṭ' => 't',
        'ẓ' | 'Ẓ' => 'z',
        'ḍ' | 'Ḍ' => 'd',
        _ => '\0',
    };
    let (one, two) = if base != '\0' {
        (base, None)
    } else if c == 'ß' {
        ('s', Some('s'))
    } else {
        let mut lower = c.to_lowercase();
        (lower.next().unwrap_or(c), lower.next())
    };
    std::iter::once(one).chain(two)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Mention};

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
}
