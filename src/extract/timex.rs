//! Temporal expressions (TIMEX3): find, type and normalise them against the reference
//! date and the narrative. (First version: four-digit years only.)

use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use crate::model::{Anchor, AnchorBasis, Timex, TimexType};
use chrono::NaiveDate;
use std::ops::Range;

/// One temporal expression found in a text, byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct TimexHit {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// TIMEX3 type.
    pub kind: TimexType,
    /// TIMEX3 value.
    pub value: String,
    /// TIMEX3 mod.
    pub modifier: Option<String>,
    /// What a relative expression was resolved against.
    pub anchor: Option<Anchor>,
}

impl TimexHit {
    /// The contract form, with code-point offsets.
    pub fn to_model(&self, article: &str, text: &str, index: &CharIndex) -> Timex {
        Timex {
            article: article.to_string(),
            start: index.char_at(self.range.start),
            end: index.char_at(self.range.end),
            text: text[self.range.clone()].to_string(),
            kind: self.kind,
            value: self.value.clone(),
            modifier: self.modifier.clone(),
            anchor: self.anchor.clone(),
        }
    }
}

/// Tags every temporal expression in the sentences of `text`, resolving relative ones
/// against `reference` (the article's reference date and its basis) when known.
pub fn tag(
    text: &str,
    sentences: &[SentenceSpan],
    reference: Option<(NaiveDate, AnchorBasis)>,
) -> Vec<TimexHit> {
    let _ = reference;
    let mut out = Vec::new();
    for s in sentences {
        let bytes = text.as_bytes();
        let mut i = s.range.start;
        while i + 4 <= s.range.end {
            let word = &bytes[i..i + 4];
            let boundary_before = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
            let boundary_after = i + 4 == bytes.len() || !bytes[i + 4].is_ascii_alphanumeric();
            if boundary_before
                && boundary_after
                && word.iter().all(u8::is_ascii_digit)
                && (word.starts_with(b"19") || word.starts_with(b"20"))
            {
                out.push(TimexHit {
                    range: i..i + 4,
                    kind: TimexType::Date,
                    value: text[i..i + 4].to_string(),
                    modifier: None,
                    anchor: None,
                });
                i += 4;
            } else {
                i += 1;
            }
        }
    }
    out
}
