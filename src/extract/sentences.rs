//! Sentence splitting with byte ranges. A sentence ends at `.`, `?` or `!` (with any
//! closing quotes or brackets that follow) when the next word starts a new sentence, and
//! always at the end of a line. Abbreviations (`U.S.`, `Gen.`, `Sept.`, `a.m.`) and
//! initials do not end a sentence.

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

/// Words that take a period but never end a sentence (lower case, without the period).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpl", "maj", "adm",
    "cmdr", "gov", "sen", "rep", "rev", "st", "no", "nos", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "jr", "sr", "inc", "corp", "co", "ltd", "dept", "est", "approx",
    "fig", "vol", "pp", "ft", "mt", "ave", "blvd", "pres", "gens", "e.g", "i.e", "etc", "al",
];

/// Dotted abbreviations that may also end a sentence when a sentence opener follows.
const FINAL_CAPABLE: &[&str] = &["u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "etc", "e.u"];

/// Words that typically open a sentence (used after an abbreviation that may end one).
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "But",
    "And",
    "However",
    "Its",
    "His",
    "Her",
    "Their",
    "There",
    "After",
    "Officials",
    "According",
];

/// Splits every cleaned line into sentences.
pub fn split(text: &str, cleaned: &Cleaned) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    for line in &cleaned.lines {
        split_line(text, line.range.clone(), line.kind, &mut out);
    }
    out
}

/// Closing characters that stay with the sentence after its final punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Splits one line (byte range `range` of `text`) into sentences.
fn split_line(text: &str, range: Range<usize>, kind: SentenceKind, out: &mut Vec<SentenceSpan>) {
    let line = &text[range.clone()];
    let mut from = 0;
    let mut iter = line.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        // Swallow repeated terminators and closers: `?!`, `...`, `.”`, `.)`.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(d, '.' | '?' | '!') || is_closer(d) {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &line[end..];
        let next = rest.trim_start();
        if next.len() == rest.len() || next.is_empty() {
            continue; // no space after, or end of line (handled below)
        }
        if !starts_sentence(next) {
            continue;
        }
        if c == '.' && end == i + 1 && is_abbreviation(&line[from..i], next) {
            continue;
        }
        push(range.start, line, from..end, kind, out);
        from = end;
    }
    push(range.start, line, from..line.len(), kind, out);
}

/// Pushes the trimmed piece `piece` of `line` (which starts at byte `base`).
fn push(
    base: usize,
    line: &str,
    piece: Range<usize>,
    kind: SentenceKind,
    out: &mut Vec<SentenceSpan>,
) {
    let s = &line[piece.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return;
    }
    let start = base + piece.start + lead;
    out.push(SentenceSpan {
        range: start..start + trimmed.len(),
        kind,
    });
}

/// True when `next` (the text after the gap) can open a new sentence.
fn starts_sentence(next: &str) -> bool {
    let Some(c) = next.chars().next() else {
        return false;
    };
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '—' | '–')
}

/// True when the period at the end of `before` belongs to an abbreviation.
fn is_abbreviation(before: &str, next: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '—' | '–'))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    if FINAL_CAPABLE.contains(&lower.as_str()) {
        return !OPENERS.contains(&next_word.as_str());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // Initials and dotted abbreviations: "J.", "U.S", "a.m".
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if word.contains('.') && letters <= 4 {
        return !OPENERS.contains(&next_word.as_str());
    }
    letters == 1 && word.chars().all(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::clean::clean;

    /// Splits `input` and compares the sentence texts with `expected`.
    fn check(input: &str, expected: &[&str]) {
        let c = clean(input);
        let got: Vec<&str> = split(input, &c)
            .iter()
            .map(|s| &input[s.range.clone()])
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn plain_sentences_and_line_ends() {
        check(
            "The dam held. Crews left? Yes!\nA new line",
            &["The dam held.", "Crews left?", "Yes!", "A new line"],
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        check(
            "Gen. Ray Lee met Col. Ana Diaz at 9 a.m. on Sept. 4 in St. Paul. Talks went well.",
            &[
                "Gen. Ray Lee met Col. Ana Diaz at 9 a.m. on Sept. 4 in St. Paul.",
                "Talks went well.",
            ],
        );
        check(
            "U.S. and U.K. envoys met Mr. Ito. The talks ended.",
            &["U.S. and U.K. envoys met Mr. Ito.", "The talks ended."],
        );
        check(
            "Aid came from the U.S. The rest came later.",
            &["Aid came from the U.S.", "The rest came later."],
        );
    }

    #[test]
    fn closing_quotes_stay_with_the_sentence() {
        check(
            "A guard told the Daily Post. “Everyone is safe,” the guard said. “We are calm.” Then rain.",
            &[
                "A guard told the Daily Post.",
                "“Everyone is safe,” the guard said.",
                "“We are calm.”",
                "Then rain.",
            ],
        );
    }

    #[test]
    fn lowercase_after_period_does_not_split() {
        check(
            "He said 2.5 km. and left. ok",
            &["He said 2.5 km. and left. ok"],
        );
    }

    #[test]
    fn multibyte_text_keeps_char_boundaries() {
        check("Ça va. Über alles… Éte!", &["Ça va.", "Über alles… Éte!"]);
    }
}
