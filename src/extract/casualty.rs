//! Casualty figures: counts, qualifiers, groups, outcomes, explicit zeros and the
//! incident date each figure belongs to. (First version: finds nothing.)

use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use super::timex::TimexHit;
use crate::model::{Casualty, Group, Outcome, Qualifier};
use std::ops::Range;

/// One casualty figure found in a text, byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Byte range of the clause or sentence stating it.
    pub range: Range<usize>,
    /// Who.
    pub group: Group,
    /// What happened to them.
    pub outcome: Outcome,
    /// How many.
    pub count: u32,
    /// How exact.
    pub qualifier: Qualifier,
    /// TIMEX3 value of the incident.
    pub incident_date: Option<String>,
    /// A short note ("hurt in falls").
    pub note: Option<String>,
}

impl Figure {
    /// The contract form, with code-point offsets and the id `<article>:c<n>`.
    pub fn to_model(&self, article: &str, n: usize, text: &str, index: &CharIndex) -> Casualty {
        Casualty {
            article: article.to_string(),
            start: index.char_at(self.range.start),
            end: index.char_at(self.range.end),
            text: text[self.range.clone()].to_string(),
            group: self.group,
            outcome: self.outcome,
            count: self.count,
            qualifier: self.qualifier,
            incident_date: self.incident_date.clone(),
            note: self.note.clone(),
            id: format!("{article}:c{n}"),
            event: None,
        }
    }
}

/// Finds every casualty figure in the sentences of `text`.
pub fn find(text: &str, sentences: &[SentenceSpan], timexes: &[TimexHit]) -> Vec<Figure> {
    let _ = (text, sentences, timexes);
    Vec::new()
}
