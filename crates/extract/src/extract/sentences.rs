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

/// The byte length of a closing character (quote or bracket) at the start of `rest`,
/// which stays with the sentence after its final punctuation; 0 if none.
fn closer_len(rest: &[u8]) -> usize {
    match rest {
        [b'"' | b'\'' | b')' | b']', ..] => 1,
        [0xE2, 0x80, 0x9D | 0x99, ..] => 3, // ” ’
        [0xC2, 0xBB, ..] => 2,              // »
        _ => 0,
    }
}

/// True when one of the eight bytes packed in `w` is `.`, `?` or `!`.
fn holds_terminator(w: u64) -> bool {
    /// True when some byte of `x` is zero (exact: the borrow of a zero byte only
    /// reaches bytes above it, and the lowest zero byte is always reported).
    fn has_zero_byte(x: u64) -> bool {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGHS: u64 = 0x8080_8080_8080_8080;
        x.wrapping_sub(ONES) & !x & HIGHS != 0
    }
    let splat = |b: u8| u64::from(b) * 0x0101_0101_0101_0101;
    has_zero_byte(w ^ splat(b'.'))
        || has_zero_byte(w ^ splat(b'?'))
        || has_zero_byte(w ^ splat(b'!'))
}

/// Splits one line (byte range `range` of `text`) into sentences.
fn split_line(text: &str, range: Range<usize>, kind: SentenceKind, out: &mut Vec<SentenceSpan>) {
    let line = &text[range.clone()];
    let bytes = line.as_bytes();
    let mut from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if !matches!(c, b'.' | b'?' | b'!') {
            i += 1;
            // Eight bytes at a time while none of them ends a sentence.
            while let Some(block) = bytes.get(i..i + 8) {
                let Ok(block) = <[u8; 8]>::try_from(block) else {
                    break;
                };
                if holds_terminator(u64::from_le_bytes(block)) {
                    break;
                }
                i += 8;
            }
            continue;
        }
        // Swallow repeated terminators and closers: `?!`, `...`, `.”`, `.)`.
        let mut end = i + 1;
        loop {
            if end < bytes.len() && matches!(bytes[end], b'.' | b'?' | b'!') {
                end += 1;
                continue;
            }
            let n = closer_len(&bytes[end..]);
            if n == 0 {
                break;
            }
            end += n;
        }
        let at = i;
        i = end;
        let rest = &line[end..];
        let next = rest.trim_start();
        if next.len() == rest.len() || next.is_empty() {
            continue; // no space after, or end of line (handled below)
        }
        if !starts_sentence(next) {
            continue;
        }
        if c == b'.' && end == at + 1 && is_abbreviation(&line[from..at], next) {
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
    fn terminators_are_found_in_any_byte_of_a_block() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut block = [b'a'; 8];
                block[at] = b;
                let w = u64::from_le_bytes(block);
                assert_eq!(
                    holds_terminator(w),
                    matches!(b, b'.' | b'?' | b'!'),
                    "{b} at {at}"
                );
            }
        }
        assert!(holds_terminator(u64::from_le_bytes(*b"..?!!?..")));
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
