//! The extraction contract (`spec/extraction.md`) as plain serde data.
//!
//! One [`Extraction`] document is what the command-line extractor prints, what the app
//! renders and what the scorer grades. The required fields keep the contract's names;
//! the extra fields Dateline adds (ids, kinds, provenance) are optional on input and
//! skipped on output when empty, so any contract document round-trips.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The whole document: every article with its timexes, casualty figures and events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The articles the document covers (may be empty in a loaded dataset).
    #[serde(default)]
    pub articles: Vec<Article>,
    /// Every temporal expression found, in article then offset order.
    #[serde(default)]
    pub timexes: Vec<Timex>,
    /// Every casualty figure, one per statement.
    #[serde(default)]
    pub casualties: Vec<Casualty>,
    /// Timeline events, merged across articles.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Extra: zeros that name no group ("No one was killed in the attack"). Not casualty
    /// figures (the guidelines need a group, the scorer ignores this array); kept so a
    /// card can say what the source said. Optional, skipped when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zero_statements: Vec<ZeroStatement>,
    /// Non-fatal problems met while extracting (extraction never fails).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// One input article and where its reference date came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id, unique in the document (the file stem).
    pub id: String,
    /// The file it came from, as given.
    pub path: String,
    /// Publication date from the ` date YYYY-MM-DD` header, if any.
    #[serde(default, with = "crate::timeval::serde_day")]
    pub published: Option<NaiveDate>,
    /// The date relative expressions are resolved against.
    #[serde(default, with = "crate::timeval::serde_day")]
    pub reference_date: Option<NaiveDate>,
    /// Where `reference_date` came from.
    #[serde(default)]
    pub reference_basis: ReferenceBasis,
    /// Extra: the article whose date an undated article's reference was inferred from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inferred_from: Option<String>,
    /// Extra: the outlet that published it, from a manifest or the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// Extra: a display title, from a manifest or the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Extra: where the article was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Extra: the sentences and captions of the text, for the reader.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sentences: Vec<Sentence>,
    /// Extra: scrape artifacts (`[/caption]`, "(stock photo)") the reader hides or marks.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub artifacts: Vec<Span>,
    /// Extra: the full text, carried when the reader needs it (app exports, imports).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Extra: true for articles the user added in the browser.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub user_added: bool,
}

impl Article {
    /// An article known only by its id and path: no dates, metadata or text yet — where
    /// an import, a dataset or a test starts before filling in what it knows.
    pub fn new(id: impl Into<String>, path: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            path: path.into(),
            published: None,
            reference_date: None,
            reference_basis: ReferenceBasis::None,
            inferred_from: None,
            outlet: None,
            title: None,
            url: None,
            sentences: Vec::new(),
            artifacts: Vec::new(),
            text: None,
            user_added: false,
        }
    }
}

impl Extraction {
    /// The name a reader knows an article by: its outlet, else its id.
    pub fn source_name(&self, article_id: &str) -> String {
        self.articles
            .iter()
            .find(|a| a.id == article_id)
            .and_then(|a| a.outlet.clone())
            .unwrap_or_else(|| article_id.to_string())
    }

    /// The sources that report `event`, by [`Extraction::source_name`], in the order of
    /// their first mention and without repeats.
    pub fn sources_of(&self, event: &Event) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for m in &event.mentions {
            let name = self.source_name(&m.article);
            if !names.contains(&name) {
                names.push(name);
            }
        }
        names
    }
}

/// Where an article's reference date came from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceBasis {
    /// The ` date YYYY-MM-DD` header line.
    Header,
    /// Another article reporting the same incident.
    Inferred,
    /// No reference date: relative expressions stay unresolved.
    #[default]
    None,
}

/// A half-open span of code points into an article's full text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

/// One sentence (or caption, headline, boilerplate line) of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// What kind of text this is.
    pub kind: SentenceKind,
}

/// What a piece of article text is, so the reader can show captions as captions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SentenceKind {
    /// Running prose.
    #[default]
    Body,
    /// An image caption (a line ending in `[/caption]`, "Credit: …").
    Caption,
    /// A headline or standfirst.
    Headline,
    /// Navigation, bylines, copyright and other page furniture.
    Boilerplate,
}

/// TIMEX3 type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar date or period.
    Date,
    /// A length of time.
    Duration,
    /// A recurring time.
    Set,
    /// A time of day.
    Time,
}

/// One temporal expression (TimeML TIMEX3 style).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// `Article.id`.
    pub article: String,
    /// Span start (code points).
    pub start: usize,
    /// Span end (code points, exclusive).
    pub end: usize,
    /// The span's text.
    pub text: String,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// TIMEX3 value (`2024-08-29`, `2024-H1`, `P2D`, `PAST_REF`, `XXXX-XX-XX` …).
    pub value: String,
    /// TIMEX3 mod (START, MID, END, APPROX …).
    #[serde(rename = "mod", default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// Extra: the value a relative expression was resolved against, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
}

/// How a relative temporal expression was resolved: the date it was counted from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anchor {
    /// The TIMEX3 value it was counted from (`2024-08-31`).
    pub value: String,
    /// Where that value came from.
    pub basis: AnchorBasis,
}

/// Where the anchor of a relative expression came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorBasis {
    /// The article's publication date (header).
    Published,
    /// A reference date inferred from another article.
    Inferred,
    /// The most recent explicit date in the narrative.
    Narrative,
}

/// Who a casualty figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// US troops, soldiers, personnel, service members.
    UsForces,
    /// Iraqi, SDF and other allied local forces.
    PartnerForces,
    /// ISIS/ISIL/IS/Daesh fighters, terrorists, militants.
    Militants,
    /// Civilians, children, women.
    Civilians,
    /// Mixed or unstated.
    Other,
}

/// What happened to the people a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Killed, dead, died.
    Killed,
    /// Wounded, injured, hurt.
    Injured,
    /// Captured, detained, arrested.
    Captured,
}

/// How exact a figure is, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A plain number.
    Exact,
    /// "at least".
    AtLeast,
    /// "more than", "over".
    MoreThan,
    /// "about", "roughly", "some".
    About,
    /// "up to".
    UpTo,
}

/// One reported casualty figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Casualty {
    /// `Article.id`.
    pub article: String,
    /// Span start of the clause or sentence stating the figure.
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// The span's text.
    pub text: String,
    /// Who.
    pub group: Group,
    /// What happened to them.
    pub outcome: Outcome,
    /// The number (0 for an explicit "no civilian casualties").
    pub count: u32,
    /// How exact the number is.
    pub qualifier: Qualifier,
    /// TIMEX3 value of the incident it belongs to.
    #[serde(default)]
    pub incident_date: Option<String>,
    /// e.g. "hurt in falls", "key leaders among the dead".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Extra: who, in the article's words — the noun phrase naming the people counted
    /// ("peacekeepers", "Turkish soldiers", "U.S. service members"), when the figure's
    /// own clause names them. Optional; the scorer ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub who: Option<String>,
    /// Extra: stable id, unique in the document (`<article>:c<n>`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Extra: the id of the event this figure belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

/// Extra: a zero that names no group ("No one was killed", "There were no injuries"):
/// what the source said, not a casualty figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ZeroStatement {
    /// `Article.id`.
    pub article: String,
    /// Span start of the sentence that says it (code points).
    pub start: usize,
    /// Span end (exclusive).
    pub end: usize,
    /// The sentence's text.
    pub text: String,
    /// The words that say it ("No one was killed").
    pub words: String,
    /// What no one suffered: killed, injured or both ("no casualties").
    pub outcomes: Vec<Outcome>,
    /// The id of the event whose sentences hold it, when one does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
}

/// What sort of thing an event is; drives the timeline lane.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A raid, strike or attack.
    Attack,
    /// An incident known mainly by its casualties.
    Casualties,
    /// Territory won or lost.
    Territorial,
    /// A war, invasion or campaign.
    War,
    /// Talks, elections, agreements, missions.
    Political,
    /// An announcement or statement.
    Statement,
    /// A count or statistic over a period.
    Statistic,
    /// Anything else.
    #[default]
    #[serde(other)]
    Other,
}

/// One point or span on the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable, unique, URL-safe id.
    pub id: String,
    /// TIMEX3 value, or `START/END`.
    pub date: String,
    /// Short human title.
    pub title: String,
    /// Every sentence, in every article, that states this event.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Extra: what sort of event this is.
    #[serde(default)]
    pub kind: EventKind,
    /// Extra: ids of the casualty figures this event carries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub casualties: Vec<String>,
    /// Extra: the timex that gave the date (article and span), for "how it was resolved".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dated_by: Option<Mention>,
}

/// A sentence of an article that states an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Mention {
    /// `Article.id`.
    pub article: String,
    /// Span start (code points).
    pub start: usize,
    /// Span end (code points, exclusive).
    pub end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimal_contract_document_round_trips() {
        let raw = r#"{"articles":[{"id":"a","path":"a.txt","published":"2024-08-31",
            "reference_date":"2024-08-31","reference_basis":"header"}],
            "timexes":[{"article":"a","start":1,"end":9,"text":"Thursday","type":"DATE",
            "value":"2024-08-29"}],
            "casualties":[{"article":"a","start":0,"end":5,"text":"x","group":"militants",
            "outcome":"killed","count":15,"qualifier":"at_least","incident_date":"2024-08-29"}],
            "events":[{"id":"e","date":"2023-10/2024-02","title":"t","mentions":[]}],
            "unknown":1}"#;
        let doc: Extraction = serde_json::from_str(raw).expect("parses");
        assert_eq!(doc.articles[0].reference_basis, ReferenceBasis::Header);
        assert_eq!(
            doc.articles[0].published,
            NaiveDate::from_ymd_opt(2024, 8, 31)
        );
        assert_eq!(doc.casualties[0].qualifier, Qualifier::AtLeast);
        assert_eq!(doc.events[0].kind, EventKind::Other);
        let out = serde_json::to_value(&doc).expect("serialises");
        assert_eq!(out["timexes"][0]["type"], "DATE");
        assert!(out["timexes"][0].get("mod").is_none());
        assert_eq!(out["articles"][0]["published"], "2024-08-31");
        assert!(out["articles"][0].get("user_added").is_none());
        let again: Extraction = serde_json::from_value(out).expect("re-parses");
        assert_eq!(again, doc);
    }

    #[test]
    fn sources_are_outlets_in_first_mention_order_without_repeats() {
        let mention = |a: &str| Mention {
            article: a.into(),
            start: 0,
            end: 1,
        };
        let doc = Extraction {
            articles: vec![
                Article {
                    outlet: Some("Al Jazeera".into()),
                    ..Article::new("004", "004.txt")
                },
                Article::new("000", "000.txt"),
            ],
            ..Extraction::default()
        };
        let event = Event {
            id: "e".into(),
            date: "2024".into(),
            title: "t".into(),
            mentions: vec![mention("000"), mention("004"), mention("000")],
            kind: EventKind::Other,
            casualties: vec![],
            dated_by: None,
        };
        assert_eq!(doc.sources_of(&event), ["000", "Al Jazeera"]);
        assert_eq!(doc.source_name("missing"), "missing");
    }

    #[test]
    fn unknown_group_is_rejected_with_its_name() {
        let raw = r#"{"article":"a","start":0,"end":1,"text":"x","group":"aliens",
            "outcome":"killed","count":1,"qualifier":"exact"}"#;
        let err = serde_json::from_str::<Casualty>(raw)
            .unwrap_err()
            .to_string();
        assert!(err.contains("aliens"), "{err}");
    }
}
