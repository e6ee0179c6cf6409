//! Tokens of one sentence: words, numbers and single punctuation marks, with byte
//! ranges, the lexicon class of each word and whether it sits inside a quotation.

use super::lexicon::{classify, Lex};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// A run of letters; `lex` holds its class.
    Word,
    /// A run of ASCII digits: value (saturating) and digit count.
    Num(u32, u8),
    /// One other character (punctuation, symbol).
    Punct(char),
}

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the first byte in the text.
    pub start: usize,
    /// Byte offset one past the last byte in the text.
    pub end: usize,
    /// What it is.
    pub kind: TokKind,
    /// The lexicon class of a word (`Lex::Other` for everything else).
    pub lex: Lex,
    /// True when whitespace separates it from the previous token.
    pub gap: bool,
    /// True for a word starting with an upper-case letter.
    pub cap: bool,
    /// True when the token is inside a quotation.
    pub quoted: bool,
}

impl Tok {
    /// True for the punctuation mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
}

/// Tokenises the byte range `range` of `text` (which must lie on char boundaries).
/// ASCII is handled byte by byte; other characters are decoded one at a time.
pub fn tokenise(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let bytes = text.as_bytes();
    let end_all = range.end.min(text.len());
    let mut i = range.start;
    let mut gap = false;
    while i < end_all {
        let b = bytes[i];
        let start = i;
        let kind = if b.is_ascii_digit() {
            let mut v: u32 = 0;
            let mut n: u8 = 0;
            while i < end_all && bytes[i].is_ascii_digit() {
                v = v
                    .saturating_mul(10)
                    .saturating_add(u32::from(bytes[i] - b'0'));
                n = n.saturating_add(1);
                i += 1;
            }
            TokKind::Num(v, n)
        } else if b.is_ascii_alphabetic() || (b >= 0x80 && is_letter_at(text, i)) {
            while i < end_all {
                let c = bytes[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c >= 0x80 && is_letter_at(text, i) {
                    i += utf8_len(c);
                } else {
                    break;
                }
            }
            TokKind::Word
        } else if b < 0x80 {
            i += 1;
            if b.is_ascii_whitespace() {
                gap = true;
                continue;
            }
            TokKind::Punct(b as char)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                gap = true;
                continue;
            }
            TokKind::Punct(c)
        };
        let (lex, cap) = if kind == TokKind::Word {
            let first = text[start..].chars().next().unwrap_or(' ');
            (classify(&text[start..i]), first.is_uppercase())
        } else {
            (Lex::Other, false)
        };
        out.push(Tok {
            start,
            end: i,
            kind,
            lex,
            gap,
            cap,
            quoted: false,
        });
        gap = false;
    }
    mark_quotes(out);
}

/// The byte length of the UTF-8 sequence that starts with byte `b`.
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// True when the (non-ASCII) character at byte `i` is a letter.
fn is_letter_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(crate::extract::words::is_alphabetic)
}

/// Marks tokens inside quotations. Curly quotes open and close; a straight `"` opens
/// after a gap or at the start, else closes. A sentence whose first quote mark closes
/// started inside a quotation (a quote spanning several sentences).
fn mark_quotes(toks: &mut [Tok]) {
    let first = toks.iter().find_map(|t| match t.kind {
        TokKind::Punct('“') => Some(true),
        TokKind::Punct('”') => Some(false),
        _ => None,
    });
    let mut inside = first == Some(false);
    for (k, t) in toks.iter_mut().enumerate() {
        match t.kind {
            TokKind::Punct('“') => inside = true,
            TokKind::Punct('”') => inside = false,
            TokKind::Punct('"') => inside = k == 0 || t.gap,
            _ => {}
        }
        t.quoted = inside;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokenises `input` and compares the token texts with `expected`.
    fn check(input: &str, expected: &[&str]) {
        let mut toks = Vec::new();
        tokenise(input, 0..input.len(), &mut toks);
        let got: Vec<&str> = toks.iter().map(|t| &input[t.start..t.end]).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_words_numbers_and_marks() {
        check(
            "Thursday’s 8:45 p.m. mid-2024 1990s Ünal",
            &[
                "Thursday", "’", "s", "8", ":", "45", "p", ".", "m", ".", "mid", "-", "2024",
                "1990", "s", "Ünal",
            ],
        );
    }

    #[test]
    fn marks_quotations() {
        let text = "“Last night we won,” he said. and \"today\" too";
        let mut toks = Vec::new();
        tokenise(text, 0..text.len(), &mut toks);
        let quoted: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted && t.kind == TokKind::Word)
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(quoted, ["Last", "night", "we", "won", "today"]);
    }
}
