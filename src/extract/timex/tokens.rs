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
    /// The number value, if this is a number token.
    pub fn num(&self) -> Option<u32> {
        match self.kind {
            TokKind::Num(v, _) => Some(v),
            _ => None,
        }
    }

    /// True for the punctuation mark `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
}

/// Tokenises the byte range `range` of `text` (which must lie on char boundaries).
pub fn tokenise(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Tok>) {
    out.clear();
    let s = &text[range.clone()];
    let base = range.start;
    let mut chars = s.char_indices().peekable();
    let mut gap = false;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            gap = true;
            continue;
        }
        let start = base + i;
        let (end, kind) = if c.is_ascii_digit() {
            let mut v: u32 = c as u32 - '0' as u32;
            let mut n: u8 = 1;
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                v = v.saturating_mul(10).saturating_add(d as u32 - '0' as u32);
                n = n.saturating_add(1);
                end = j + 1;
                chars.next();
            }
            (base + end, TokKind::Num(v, n))
        } else if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            (base + end, TokKind::Word)
        } else {
            (start + c.len_utf8(), TokKind::Punct(c))
        };
        let (lex, cap) = if kind == TokKind::Word {
            (classify(&text[start..end]), c.is_uppercase())
        } else {
            (Lex::Other, false)
        };
        out.push(Tok {
            start,
            end,
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
