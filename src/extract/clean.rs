//! Cleaning: the optional ` date YYYY-MM-DD` header, lines and their kinds, and scrape
//! artifacts — recognised and marked, never silently dropped.
//! (First version: header and lines only; captions and artifacts come with the engine.)

use crate::model::SentenceKind;
use chrono::NaiveDate;
use std::ops::Range;

/// One line of the text (a paragraph or a caption), byte range without the newline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// What the line is.
    pub kind: SentenceKind,
}

/// What cleaning found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// The publication date from the header line.
    pub header_date: Option<NaiveDate>,
    /// Byte range of the header marker (` date YYYY-MM-DD`), metadata not prose.
    pub header: Option<Range<usize>>,
    /// Non-empty lines, header marker excluded.
    pub lines: Vec<Line>,
    /// Byte ranges of scrape artifacts such as `[/caption]`.
    pub artifacts: Vec<Range<usize>>,
}

/// Cleans one article text.
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let mut body_from = 0;
    let lead = usize::from(text.starts_with(' '));
    if let Some(rest) = text[lead..].strip_prefix("date ") {
        if let Some(date) = rest
            .get(..10)
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        {
            body_from = lead + 5 + 10;
            out.header_date = Some(date);
            out.header = Some(0..body_from);
        }
    }
    let mut start = body_from;
    for piece in text[body_from..].split_inclusive('\n') {
        let end = start + piece.trim_end_matches(['\n', '\r']).len();
        let line = &text[start..end];
        let trimmed_start = start + (line.len() - line.trim_start().len());
        let trimmed_end = start + line.trim_end().len();
        if trimmed_start < trimmed_end {
            out.lines.push(Line {
                range: trimmed_start..trimmed_end,
                kind: SentenceKind::Body,
            });
        }
        start += piece.len();
    }
    out
}
