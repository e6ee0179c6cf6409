//! One source's figure for a card line: who said it, when, and the sentences it came
//! from, so a chip can show "at least 15 — The Sun" and link to the sentence.

use super::labels::{article_date_label, as_written};
use crate::model::{Article, Casualty, Mention, Qualifier, ReferenceBasis};
use crate::naming::source_name;
use chrono::NaiveDate;

/// The figure one article gives for a line. An article that states the same figure
/// (same count and qualifier) several times is one source; all its statements are kept.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFigure {
    /// `Article.id`.
    pub article: String,
    /// Display name of the source: the outlet, else the article id.
    pub source: String,
    /// The article's publication date, or its inferred reference date when undated.
    pub date: Option<NaiveDate>,
    /// True when `date` was inferred (the article itself is undated).
    pub date_inferred: bool,
    /// The date for display: "31 Aug 2024", "undated (31 Aug 2024, inferred)", "undated".
    pub date_label: String,
    /// The number.
    pub count: u32,
    /// How exact the number is.
    pub qualifier: Qualifier,
    /// The figure as written: "at least 15", "15", "about 5".
    pub as_written: String,
    /// Ids of every casualty statement giving this figure (`000:c1`), in text order.
    pub casualty_ids: Vec<String>,
    /// The sentence spans of those statements, parallel to `casualty_ids`.
    pub spans: Vec<Mention>,
}

impl SourceFigure {
    /// A source figure from the first statement of it; more are added with [`Self::add`].
    pub(crate) fn new(article: Option<&Article>, first: &Casualty) -> Self {
        let date = article.and_then(|a| a.published);
        let inferred = article
            .filter(|a| a.published.is_none() && a.reference_basis == ReferenceBasis::Inferred)
            .and_then(|a| a.reference_date);
        let mut fig = SourceFigure {
            article: first.article.clone(),
            source: source_name(article, &first.article),
            date: date.or(inferred),
            date_inferred: date.is_none() && inferred.is_some(),
            date_label: article_date_label(article),
            count: first.count,
            qualifier: first.qualifier,
            as_written: as_written(first.count, first.qualifier),
            casualty_ids: Vec::new(),
            spans: Vec::new(),
        };
        fig.add(first);
        fig
    }

    /// Records one more statement of the same figure.
    pub(crate) fn add(&mut self, c: &Casualty) {
        self.casualty_ids.push(c.id.clone());
        self.spans.push(Mention {
            article: c.article.clone(),
            start: c.start,
            end: c.end,
        });
    }

    /// "The Sun: at least 15", as used in sentences and discrepancy notes.
    pub fn chip(&self) -> String {
        format!("{}: {}", self.source, self.as_written)
    }
}
