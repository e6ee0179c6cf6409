//! The document on screen when the user has added articles: the embedded sources plus
//! the saved ones, extracted together (so cross-article merging and reference-date
//! inference work across them), and what the import dialog says about each addition.
//!
//! Pure: no web types. The browser edge (`ui::storage`, `ui::import`) reads files and
//! storage, then calls these functions.

use crate::{
    corpus,
    model::{Event, Extraction},
    store::{Saved, SavedArticle},
};
use chrono::NaiveDate;
use dateline_extract::{extract, Source};

/// A saved article as extractor input, marked as added by the user. Its title is the
/// name the user typed; for a file (or an article saved before titles were read from
/// the text) the text's headline when it has one ([`crate::naming::headline_of`]).
pub fn source_of(article: &SavedArticle) -> Source {
    let chosen = !(article.name == PASTED_NAME || looks_like_file_name(&article.name));
    let title = if chosen {
        article.name.clone()
    } else {
        crate::naming::headline_of(&article.text).unwrap_or_else(|| article.name.clone())
    };
    Source {
        id: article.id.clone(),
        path: article.name.clone(),
        text: article.text.clone(),
        outlet: article.outlet.clone(),
        title: Some(title),
        url: None,
        published: article.published,
        user_added: true,
    }
}

/// The name of a pasted article whose title was left blank and whose text has no
/// headline.
pub const PASTED_NAME: &str = "Pasted article";

/// The name a pasted article is saved under: the title typed, else the text's headline
/// (of the page's text, when a page's source was pasted), else [`PASTED_NAME`].
pub fn pasted_name(typed_title: &str, text: &str) -> String {
    form_text(typed_title)
        .or_else(|| {
            if crate::html_text::looks_like_html(text) {
                crate::naming::headline_of(&crate::html_text::html_to_text(text))
            } else {
                crate::naming::headline_of(text)
            }
        })
        .unwrap_or_else(|| PASTED_NAME.to_string())
}

/// True for a name ending in a short file extension (`report.txt`, `page.html`).
fn looks_like_file_name(name: &str) -> bool {
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (1..=4).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// Every source on screen: the embedded articles first, then the user's, in the order
/// they were added.
pub fn sources(saved: &Saved) -> Vec<Source> {
    let mut all = corpus::embedded_sources();
    all.extend(saved.articles.iter().map(source_of));
    all
}

/// Extracts `sources` together and copies each article's text into the document, so
/// the reader and the JSON export have it.
pub fn build(sources: &[Source]) -> Extraction {
    let mut doc = extract(sources);
    for article in &mut doc.articles {
        if let Some(source) = sources.iter().find(|s| s.id == article.id) {
            article.text = Some(source.text.clone());
        }
    }
    doc
}

/// What the extractor found in one article of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Found {
    /// Date expressions (TIMEX3) in the article.
    pub dates: usize,
    /// Casualty figures in the article.
    pub figures: usize,
    /// Events that cite the article.
    pub events: usize,
}

/// Counts what `doc` holds for the article `id`.
pub fn found(doc: &Extraction, id: &str) -> Found {
    Found {
        dates: doc.timexes.iter().filter(|t| t.article == id).count(),
        figures: doc.casualties.iter().filter(|c| c.article == id).count(),
        events: doc
            .events
            .iter()
            .filter(|e| e.mentions.iter().any(|m| m.article == id))
            .count(),
    }
}

impl Found {
    /// True when the article gave no dates, no figures and no events.
    pub fn is_nothing(&self) -> bool {
        self.dates == 0 && self.figures == 0 && self.events == 0
    }
}

/// The message shown after an article was added: what was found, or that nothing was
/// (the article is kept either way).
pub fn added_message(name: &str, found: Found) -> String {
    if found.is_nothing() {
        return format!(
            "Added “{name}”, but nothing was found in it: no dates, casualty figures or \
             events. It is kept and shown in the reader."
        );
    }
    format!(
        "Added “{name}”: {}, {}, {}.",
        plural(found.dates, "date"),
        plural(found.figures, "casualty figure"),
        plural(found.events, "event"),
    )
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// How a picked or dropped file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A Dateline JSON export: replaces the document on screen.
    Dataset,
    /// Anything else: an article text, checked by `store::validate_import`.
    Article,
}

impl FileKind {
    /// Chooses by file name (`.json`) or MIME type (`application/json`).
    pub fn of(name: &str, mime: &str) -> FileKind {
        if name.to_ascii_lowercase().ends_with(".json") || mime.starts_with("application/json") {
            FileKind::Dataset
        } else {
            FileKind::Article
        }
    }
}

/// Reads the value of an `<input type=date>` (`YYYY-MM-DD`, or empty for none).
pub fn form_date(value: &str) -> Option<NaiveDate> {
    crate::timeval::parse_day(value.trim())
}

/// A trimmed form field, `None` when blank.
pub fn form_text(value: &str) -> Option<String> {
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// Reads a Dateline JSON export (the contract document) for opening in place of the
/// story, through the one checker every way in shares ([`crate::export::read_document`]:
/// `?data=` uses it too), so a refused file gets the same words however it came.
pub fn parse_dataset(raw: &str) -> Result<Extraction, String> {
    crate::export::read_document(raw).map_err(|refused| refused.to_string())
}

/// How many bytes of a text [`needs_date`] reads.
const NEEDS_DATE_SCAN: usize = 50_000;

/// The first word of `text` that only a publication date can place ("Friday",
/// "yesterday", "last week"), as written, when the text gives no date of its own (no
/// ` date YYYY-MM-DD` header): the import form then asks for the date before adding.
/// A light check on the page, which has no extractor: weekdays and words relative to
/// the day of writing.
pub fn needs_date(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    if first.trim_start().starts_with("date ") {
        return None;
    }
    const ALONE: [&str; 10] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
    ];
    const UNITS: [&str; 5] = ["week", "month", "year", "weekend", "night"];
    // The opening of a long text is enough (this runs on the page, on submit).
    let mut end = text.len().min(NEEDS_DATE_SCAN);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let words: Vec<&str> = text[..end]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        let lower = w.to_lowercase();
        let weekday = ALONE[..7].contains(&lower.as_str());
        // A weekday is a name ("Friday"), not a word inside a name ("Good Friday
        // Agreement" is still a weekday here: rare, and asking is harmless).
        if (weekday && w.starts_with(char::is_uppercase)) || ALONE[7..].contains(&lower.as_str()) {
            return Some(w.to_string());
        }
        if matches!(lower.as_str(), "last" | "this" | "next") {
            if let Some(unit) = words.get(i + 1) {
                if UNITS.contains(&unit.to_lowercase().as_str()) {
                    return Some(format!("{w} {unit}"));
                }
            }
        }
    }
    None
}

/// The event to show after articles were added: of the events that cite one of
/// `added` (article ids), the earliest on the timeline (undated ones last, then in
/// document order). `None` when none cites them.
pub fn first_new_event<'a>(doc: &'a Extraction, added: &[String]) -> Option<&'a Event> {
    doc.events
        .iter()
        .filter(|e| e.mentions.iter().any(|m| added.contains(&m.article)))
        .min_by(|a, b| {
            let key = |e: &Event| crate::timeval::parse(&e.date).map(|iv| iv.start);
            match (key(a), key(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        })
}

/// The notice after adding, naming the event selected for the user: "Selected on the
/// timeline: “…” (29 Aug 2024)." — or, for an event the time axis cannot place, where
/// it is listed instead: "Selected under “Date unknown” below the timeline: “…” (Friday ·
/// date unknown)."
pub fn selected_message(doc: &Extraction, e: &Event) -> String {
    if crate::undated::is_undated(e) {
        format!(
            "Selected under “Date unknown” below the timeline: “{}” ({}).",
            e.title,
            crate::undated::when(doc, e)
        )
    } else {
        format!(
            "Selected on the timeline: “{}” ({}).",
            e.title,
            crate::timeval::format_value(&e.date)
        )
    }
}

/// The part of `doc` that comes from the user's own articles: those articles, their
/// dates and figures, and the events that cite them (with only their mentions), for the
/// "Your articles only" timeline.
pub fn user_only(doc: &Extraction) -> Extraction {
    let mine: Vec<&str> = doc
        .articles
        .iter()
        .filter(|a| a.user_added)
        .map(|a| a.id.as_str())
        .collect();
    let is_mine = |id: &str| mine.contains(&id);
    Extraction {
        articles: doc
            .articles
            .iter()
            .filter(|a| a.user_added)
            .cloned()
            .collect(),
        timexes: doc
            .timexes
            .iter()
            .filter(|t| is_mine(&t.article))
            .cloned()
            .collect(),
        casualties: doc
            .casualties
            .iter()
            .filter(|c| is_mine(&c.article))
            .cloned()
            .collect(),
        events: doc
            .events
            .iter()
            .filter(|e| e.mentions.iter().any(|m| is_mine(&m.article)))
            .map(|e| {
                let mut e = e.clone();
                e.mentions.retain(|m| is_mine(&m.article));
                e
            })
            .collect(),
        zero_statements: doc
            .zero_statements
            .iter()
            .filter(|z| is_mine(&z.article))
            .cloned()
            .collect(),
        warnings: Vec::new(),
    }
}

/// The message shown after a JSON export was loaded in place of the story.
pub fn dataset_message(name: &str, doc: &Extraction) -> String {
    format!(
        "Loaded “{name}”: {} from {}. Reset to the embedded story to go back.",
        plural(doc.events.len(), "event"),
        plural(doc.articles.len(), "article"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved_with(text: &str, published: Option<NaiveDate>) -> Saved {
        let mut s = Saved::new();
        s.add(
            "my report.txt",
            text.to_string(),
            Some("Test Gazette".into()),
            published,
            None,
        );
        s
    }

    #[test]
    fn user_articles_follow_the_embedded_ones_and_are_marked() {
        let saved = saved_with("Nothing here.", None);
        let all = sources(&saved);
        let embedded = corpus::embedded_sources().len();
        assert_eq!(all.len(), embedded + 1);
        let user = &all[embedded];
        assert_eq!(user.id, "user-1");
        assert!(user.user_added);
        assert_eq!(user.outlet.as_deref(), Some("Test Gazette"));
        assert_eq!(user.title.as_deref(), Some("my report.txt"));
        assert!(all[..embedded].iter().all(|s| !s.user_added));
    }

    #[test]
    fn a_dated_article_with_a_figure_is_extracted_with_the_story() {
        let saved = saved_with(
            "Three soldiers were killed in an ambush on 12 March 2021, officials said.",
            NaiveDate::from_ymd_opt(2021, 3, 13),
        );
        let doc = build(&sources(&saved));
        let article = doc.articles.iter().find(|a| a.id == "user-1").unwrap();
        assert!(article.user_added);
        assert_eq!(article.published, NaiveDate::from_ymd_opt(2021, 3, 13));
        assert!(article.text.as_deref().unwrap().contains("ambush"));
        let f = found(&doc, "user-1");
        assert!(f.dates >= 1, "{f:?}");
        assert!(!f.is_nothing());
        assert!(doc.events.iter().any(|e| e.date == "2021-03-12"));
        // the embedded story is still there
        assert!(doc.articles.iter().any(|a| a.id == "004"));
        assert!(added_message("r", f).starts_with("Added “r”: "));
    }

    #[test]
    fn text_without_dates_or_figures_is_kept_with_a_notice() {
        let saved = saved_with("A quiet day. Nobody said anything of note.", None);
        let doc = build(&sources(&saved));
        let f = found(&doc, "user-1");
        assert!(f.is_nothing(), "{f:?}");
        assert!(added_message("quiet.txt", f).contains("nothing was found"));
        assert!(doc.articles.iter().any(|a| a.id == "user-1"));
    }

    #[test]
    fn messages_count_in_words() {
        let f = Found {
            dates: 1,
            figures: 2,
            events: 0,
        };
        assert_eq!(
            added_message("a.txt", f),
            "Added “a.txt”: 1 date, 2 casualty figures, 0 events."
        );
    }

    #[test]
    fn files_are_read_by_name_or_type() {
        assert_eq!(FileKind::of("export.JSON", ""), FileKind::Dataset);
        assert_eq!(FileKind::of("x", "application/json"), FileKind::Dataset);
        assert_eq!(FileKind::of("a.txt", "text/plain"), FileKind::Article);
        assert_eq!(FileKind::of("photo.png", "image/png"), FileKind::Article);
    }

    #[test]
    fn only_contract_documents_open_as_datasets() {
        let doc = build(&sources(&Saved::new()));
        let raw = crate::export::to_json(&doc);
        assert_eq!(parse_dataset(&raw), Ok(doc));
        let help = crate::export::check::HELP;
        assert_eq!(
            parse_dataset(r#"{"hello": [1, 2]}"#),
            Err(format!(
                "Not a Dateline document: it has no “articles” list. {help}"
            ))
        );
        assert_eq!(
            parse_dataset(r#"{"articles": [], "events": 3}"#),
            Err(format!(
                "Not a Dateline document: its “events” is a number, not a list. {help}"
            ))
        );
        assert_eq!(
            parse_dataset("{oops"),
            Err(format!(
                "Not a Dateline document: it is not valid JSON (line 1, character 2). {help}"
            ))
        );
        assert_eq!(
            parse_dataset(r#"{"articles": [{"id": 1}], "events": []}"#),
            Err(format!(
                "Not a Dateline document: its “id” is a number, not text (article 1). {help}"
            ))
        );
    }

    #[test]
    fn titles_are_typed_or_read_from_the_headline() {
        let text = "Mortar fire hits army post in Diyala\nTwo soldiers were hurt on Monday.";
        assert_eq!(pasted_name("  My title ", text), "My title");
        assert_eq!(
            pasted_name("", text),
            "Mortar fire hits army post in Diyala"
        );
        assert_eq!(pasted_name(" ", "Two soldiers were hurt."), PASTED_NAME);
        let page = "<html><head><title>Blast at market | Gazette</title></head>\
                    <body><p>Two people were hurt.</p></body></html>";
        assert_eq!(pasted_name("", page), "Blast at market | Gazette");
        let mut saved = Saved::new();
        saved.add("notes.txt", text.into(), None, None, None);
        saved.add(PASTED_NAME, text.into(), None, None, None);
        saved.add("Chosen", text.into(), None, None, None);
        saved.add("old.txt", "No headline here.".into(), None, None, None);
        let titles: Vec<Option<String>> =
            saved.articles.iter().map(|a| source_of(a).title).collect();
        let headline = Some("Mortar fire hits army post in Diyala".to_string());
        assert_eq!(
            titles,
            [
                headline.clone(),
                headline,
                Some("Chosen".into()),
                Some("old.txt".into())
            ]
        );
        assert!(looks_like_file_name("a.html") && !looks_like_file_name("Mr. Smith goes"));
    }

    #[test]
    fn words_that_need_a_publication_date_are_found() {
        let cases = [
            (
                "Four peacekeepers were injured on Friday when rockets hit.",
                Some("Friday"),
            ),
            (
                "The convoy was hit yesterday, police said.",
                Some("yesterday"),
            ),
            ("Talks collapsed last week in Geneva.", Some("last week")),
            ("TONIGHT the curfew starts.", Some("TONIGHT")),
            // written with a date, or with no word that needs one
            (" date 2023-05-02\nFour were hurt on Friday.", None),
            ("Four were hurt on 5 May 2023.", None),
            ("The friday prayers were cancelled.", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(needs_date(text).as_deref(), want, "{text:?}");
        }
    }

    #[test]
    fn the_earliest_event_of_the_added_articles_is_shown() {
        let mut saved = Saved::new();
        saved.add(
            "a",
            "Rebels seized the town of Westport on 4 May 2021. Two soldiers were killed in \
             Westport on 2 May 2021, the army said."
                .into(),
            None,
            None,
            None,
        );
        let doc = build(&sources(&saved));
        let event = first_new_event(&doc, &["user-1".to_string()]).expect("an event");
        assert_eq!(event.date, "2021-05-02");
        assert!(first_new_event(&doc, &["nobody".to_string()]).is_none());
    }

    #[test]
    fn an_undated_reports_first_incident_is_selected_under_date_unknown() {
        let mut saved = Saved::new();
        saved.add(
            "un",
            "Rockets hit UN compound\n\nFour peacekeepers were injured on Friday when rockets \
             hit a compound near the border, the mission said. No one was killed in the \
             attack, a spokesman said. Six soldiers were wounded in a separate attack on \
             Saturday.\n"
                .into(),
            None,
            None,
            None,
        );
        let doc = build(&sources(&saved));
        let event = first_new_event(&doc, &["user-1".to_string()]).expect("an event");
        assert!(event.casualties.iter().any(|c| c == "user-1:c0"));
        let message = selected_message(&doc, event);
        assert!(
            message.starts_with("Selected under “Date unknown” below the timeline: “")
                && message.ends_with("(Friday · date unknown)."),
            "{message}"
        );
        // Only the user's own: the zero stays with them.
        assert_eq!(user_only(&doc).zero_statements.len(), 1);
    }

    #[test]
    fn the_users_articles_alone() {
        let saved = saved_with(
            "Three soldiers were killed in an ambush on 12 March 2021, officials said.",
            NaiveDate::from_ymd_opt(2021, 3, 13),
        );
        let doc = build(&sources(&saved));
        let mine = user_only(&doc);
        assert_eq!(mine.articles.len(), 1);
        assert!(mine.articles.iter().all(|a| a.user_added));
        assert!(!mine.events.is_empty() && mine.events.len() < doc.events.len());
        assert!(mine
            .events
            .iter()
            .flat_map(|e| &e.mentions)
            .all(|m| m.article == "user-1"));
        assert!(mine.casualties.iter().all(|c| c.article == "user-1"));
        assert_eq!(user_only(&build(&sources(&Saved::new()))).events.len(), 0);
    }

    #[test]
    fn form_fields() {
        assert_eq!(
            form_date("2024-08-31"),
            NaiveDate::from_ymd_opt(2024, 8, 31)
        );
        assert_eq!(form_date(""), None);
        assert_eq!(form_date("31/08/2024"), None);
        assert_eq!(form_text("  Al Jazeera "), Some("Al Jazeera".into()));
        assert_eq!(form_text("   "), None);
    }
}
