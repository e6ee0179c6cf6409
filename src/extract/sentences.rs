//! Sentence splitting with byte ranges. (First version: split at ". " / "? " / "! ".)

use super::clean::Cleaned;
use crate::model::SentenceKind;
use std::ops::Range;

/// One sentence: its byte range in the text and the kind of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The kind of the line it sits on.
    pub kind: SentenceKind,
}

/// Splits every cleaned line into sentences.
pub fn split(text: &str, cleaned: &Cleaned) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    for line in &cleaned.lines {
        let s = &text[line.range.clone()];
        let mut from = 0;
        let bytes = s.as_bytes();
        for i in 0..bytes.len() {
            if matches!(bytes[i], b'.' | b'?' | b'!') && bytes.get(i + 1) == Some(&b' ') {
                out.push(SentenceSpan {
                    range: line.range.start + from..line.range.start + i + 1,
                    kind: line.kind,
                });
                from = i + 2;
            }
        }
        if from < s.len() {
            out.push(SentenceSpan {
                range: line.range.start + from..line.range.end,
                kind: line.kind,
            });
        }
    }
    out
}
