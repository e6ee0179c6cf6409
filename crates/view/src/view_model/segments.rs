//! An article's text as blocks of sentences, each sentence as flat pieces.
//!
//! Highlights may overlap (a temporal expression inside a casualty clause, an artifact
//! inside a caption). Rather than nesting elements, every sentence is cut at each
//! highlight boundary into pieces; each piece records which highlights cover it. The
//! reader then renders each piece as one text node, wrapped in at most one element.
//! All offsets are Unicode code points, as in the contract; slicing goes through a
//! code point → byte index, so multi-byte text never splits a character. Any span,
//! however malformed (reversed, past the end, overlapping), is clipped, never trusted.

use crate::model::{SentenceKind, Span};

/// A run of sentences shown together: one paragraph, one caption, one headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the sentences are (all sentences of a block share it).
    pub kind: SentenceKind,
    /// The sentences, in text order.
    pub sentences: Vec<SentenceView>,
}

/// One sentence, cut into pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceView {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// Body, caption, headline or boilerplate.
    pub kind: SentenceKind,
    /// The text, in order; their texts concatenate to the sentence's text.
    pub pieces: Vec<Piece>,
}

/// A stretch of text covered by the same highlights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text (plain text: render it as a text node).
    pub text: String,
    /// Index (into the caller's timex list) of the temporal expression covering it.
    pub timex: Option<usize>,
    /// Index (into the caller's figure list) of the casualty figure covering it.
    pub figure: Option<usize>,
    /// How a scrape artifact covering it is shown, if one does.
    pub artifact: Option<ArtifactStyle>,
    /// True on the first piece of its timex or figure highlight (the one that takes
    /// keyboard focus, so a highlight is one tab stop even when cut in pieces).
    pub first: bool,
}

/// How the reader shows a scrape artifact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArtifactStyle {
    /// Markup left by the scraper (`[/caption]`): not shown at all.
    Hidden,
    /// A photo note ("(stock photo)", "(not pictured)"): shown, de-emphasised.
    Note,
}

/// Markup-like artifacts (`[/caption]`, `[caption id=…]`) are hidden; notes stay.
pub fn artifact_style(text: &str) -> ArtifactStyle {
    let t = text.trim();
    if t.is_empty() || (t.starts_with('[') && t.ends_with(']')) || t.starts_with('<') {
        ArtifactStyle::Hidden
    } else {
        ArtifactStyle::Note
    }
}

/// Code point → byte offsets of `text` (one entry per char, plus the end).
struct Chars<'a> {
    text: &'a str,
    bytes: Vec<usize>,
}

impl<'a> Chars<'a> {
    fn new(text: &'a str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        Chars { text, bytes }
    }
    /// Number of code points.
    fn len(&self) -> usize {
        self.bytes.len() - 1
    }
    /// The text of code points `[start, end)`, clipped to the text.
    fn slice(&self, start: usize, end: usize) -> &'a str {
        let n = self.len();
        let (s, e) = (start.min(n), end.min(n));
        if s >= e {
            return "";
        }
        &self.text[self.bytes[s]..self.bytes[e]]
    }
}

/// Lays out one article: `sentences` (any order; overlaps and out-of-range spans are
/// clipped) become blocks; `timexes` and `figures` are `(caller index, span)` pairs;
/// `artifacts` are scrape artifacts. Text outside every sentence (a `date` header line,
/// whitespace) is not shown. An article without sentences is shown line by line as
/// body paragraphs. A new block starts where the kind changes or a line break
/// separates two sentences.
pub fn layout(
    text: &str,
    sentences: &[(Span, SentenceKind)],
    artifacts: &[Span],
    timexes: &[(usize, Span)],
    figures: &[(usize, Span)],
) -> Vec<Block> {
    let chars = Chars::new(text);
    let n = chars.len();
    let mut spans: Vec<(Span, SentenceKind)> = if sentences.is_empty() {
        lines(&chars)
    } else {
        sentences.to_vec()
    };
    crate::order::sort_by_key(&mut spans, |(s, _)| (s.start, s.end));
    let mut blocks: Vec<Block> = Vec::new();
    let mut prev_end = 0usize;
    let mut seen_timex: Vec<usize> = Vec::new();
    let mut seen_figure: Vec<usize> = Vec::new();
    for (span, kind) in spans {
        let start = span.start.max(prev_end).min(n);
        let end = span.end.min(n);
        if start >= end {
            continue;
        }
        let gap = chars.slice(prev_end, start);
        let new_block = match blocks.last() {
            None => true,
            Some(b) => b.kind != kind || gap.contains('\n'),
        };
        let pieces = pieces(
            &chars,
            start,
            end,
            artifacts,
            timexes,
            figures,
            &mut seen_timex,
            &mut seen_figure,
        );
        let sentence = SentenceView {
            start,
            end,
            kind,
            pieces,
        };
        match blocks.last_mut() {
            Some(b) if !new_block => b.sentences.push(sentence),
            _ => blocks.push(Block {
                kind,
                sentences: vec![sentence],
            }),
        }
        prev_end = end;
    }
    blocks
}

/// Each non-blank line of the text as a body sentence (for articles without sentences).
fn lines(chars: &Chars) -> Vec<(Span, SentenceKind)> {
    let mut out = Vec::new();
    let mut start = 0;
    let all: Vec<char> = chars.text.chars().collect();
    for (i, ch) in all.iter().chain(std::iter::once(&'\n')).enumerate() {
        if *ch == '\n' {
            let line = &all[start..i.min(all.len())];
            let lead = line.iter().take_while(|c| c.is_whitespace()).count();
            let trail = line.iter().rev().take_while(|c| c.is_whitespace()).count();
            if lead < line.len() {
                out.push((
                    Span {
                        start: start + lead,
                        end: i - trail,
                    },
                    SentenceKind::Body,
                ));
            }
            start = i + 1;
        }
    }
    out
}

/// Cuts `[start, end)` at every highlight boundary inside it.
#[allow(clippy::too_many_arguments)]
fn pieces(
    chars: &Chars,
    start: usize,
    end: usize,
    artifacts: &[Span],
    timexes: &[(usize, Span)],
    figures: &[(usize, Span)],
    seen_timex: &mut Vec<usize>,
    seen_figure: &mut Vec<usize>,
) -> Vec<Piece> {
    let inside = |s: &Span| s.start < end && s.end > start && s.start < s.end;
    let arts: Vec<Span> = artifacts.iter().copied().filter(inside).collect();
    let txs: Vec<(usize, Span)> = timexes.iter().copied().filter(|t| inside(&t.1)).collect();
    let figs: Vec<(usize, Span)> = figures.iter().copied().filter(|f| inside(&f.1)).collect();
    let mut cuts = vec![start, end];
    for s in arts
        .iter()
        .chain(txs.iter().map(|t| &t.1))
        .chain(figs.iter().map(|f| &f.1))
    {
        for p in [s.start, s.end] {
            if p > start && p < end {
                cuts.push(p);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let covers = |s: &Span, a: usize, b: usize| s.start <= a && s.end >= b;
    let mut out: Vec<Piece> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let timex = txs.iter().find(|t| covers(&t.1, a, b)).map(|t| t.0);
        let figure = figs.iter().find(|f| covers(&f.1, a, b)).map(|f| f.0);
        let text = chars.slice(a, b).to_string();
        let artifact = arts
            .iter()
            .find(|s| covers(s, a, b))
            .map(|s| artifact_style(chars.slice(s.start, s.end)));
        let mut first = false;
        if let Some(t) = timex {
            if !seen_timex.contains(&t) {
                seen_timex.push(t);
                first = true;
            }
        } else if let Some(f) = figure {
            if !seen_figure.contains(&f) {
                seen_figure.push(f);
                first = true;
            }
        }
        match out.last_mut() {
            Some(last)
                if last.timex == timex
                    && last.figure == figure
                    && last.artifact == artifact
                    && !first =>
            {
                last.end = b;
                last.text.push_str(&text);
            }
            _ => out.push(Piece {
                start: a,
                end: b,
                text,
                timex,
                figure,
                artifact,
                first,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// A piece as (text, timex, figure, artifact?, first).
    type Shape<'a> = (&'a str, Option<usize>, Option<usize>, bool, bool);

    /// Pieces of the only sentence as [`Shape`]s.
    fn check(
        text: &str,
        timexes: &[(usize, Span)],
        figures: &[(usize, Span)],
        artifacts: &[Span],
        expected: &[Shape],
    ) {
        let n = text.chars().count();
        let blocks = layout(
            text,
            &[(sp(0, n), SentenceKind::Body)],
            artifacts,
            timexes,
            figures,
        );
        let got: Vec<_> = blocks[0].sentences[0]
            .pieces
            .iter()
            .map(|p| {
                (
                    p.text.as_str(),
                    p.timex,
                    p.figure,
                    p.artifact.is_some(),
                    p.first,
                )
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn a_timex_inside_a_figure_cuts_it_in_three() {
        check(
            "No civilian casualties on Thursday’s raid.",
            &[(4, sp(26, 34))],
            &[(9, sp(0, 42))],
            &[],
            &[
                ("No civilian casualties on ", None, Some(9), false, true),
                ("Thursday", Some(4), Some(9), false, true),
                ("’s raid.", None, Some(9), false, false),
            ],
        );
    }

    #[test]
    fn offsets_are_code_points_not_bytes() {
        // "Iraq‘s" has a three-byte quote; "Thursday" starts at code point 7.
        check(
            "Iraq‘s Thursday",
            &[(0, sp(7, 15))],
            &[],
            &[],
            &[
                ("Iraq‘s ", None, None, false, false),
                ("Thursday", Some(0), None, false, true),
            ],
        );
    }

    #[test]
    fn artifacts_are_marked_and_styled_by_their_text() {
        check(
            "A caption (stock photo)[/caption]",
            &[],
            &[],
            &[sp(10, 23), sp(23, 33)],
            &[
                ("A caption ", None, None, false, false),
                ("(stock photo)", None, None, true, false),
                ("[/caption]", None, None, true, false),
            ],
        );
        assert_eq!(artifact_style("[/caption]"), ArtifactStyle::Hidden);
        assert_eq!(artifact_style("(stock photo)"), ArtifactStyle::Note);
    }

    #[test]
    fn malformed_spans_are_clipped_never_trusted() {
        check(
            "short",
            &[(0, sp(3, 99)), (1, sp(4, 2))],
            &[(0, sp(usize::MAX - 1, usize::MAX))],
            &[sp(5, 5)],
            &[
                ("sho", None, None, false, false),
                ("rt", Some(0), None, false, true),
            ],
        );
        // Sentences past the end, reversed or overlapping are clipped or dropped.
        let blocks = layout(
            "ab",
            &[
                (sp(0, 2), SentenceKind::Body),
                (sp(1, 9), SentenceKind::Body),
                (sp(5, 3), SentenceKind::Body),
            ],
            &[],
            &[],
            &[],
        );
        let total: usize = blocks.iter().map(|b| b.sentences.len()).sum();
        assert_eq!(total, 1);
    }

    #[test]
    fn blocks_break_at_line_breaks_and_kind_changes() {
        let text = " date 2024-08-31 One. Two.\nCap[/caption]\nThree.";
        let s = |a: usize, b: usize, k| (sp(a, b), k);
        let blocks = layout(
            text,
            &[
                s(17, 21, SentenceKind::Body),
                s(22, 26, SentenceKind::Body),
                s(27, 40, SentenceKind::Caption),
                s(41, 47, SentenceKind::Body),
            ],
            &[sp(30, 40)],
            &[],
            &[],
        );
        let shape: Vec<(SentenceKind, usize)> =
            blocks.iter().map(|b| (b.kind, b.sentences.len())).collect();
        assert_eq!(
            shape,
            vec![
                (SentenceKind::Body, 2),
                (SentenceKind::Caption, 1),
                (SentenceKind::Body, 1)
            ]
        );
        assert_eq!(blocks[0].sentences[0].pieces[0].text, "One.");
        assert_eq!(blocks[1].sentences[0].pieces[1].text, "[/caption]");
    }

    #[test]
    fn text_without_sentences_is_shown_line_by_line() {
        let blocks = layout("  first line \n\n second\n", &[], &[], &[], &[]);
        let texts: Vec<&str> = blocks
            .iter()
            .map(|b| b.sentences[0].pieces[0].text.as_str())
            .collect();
        assert_eq!(texts, vec!["first line", "second"]);
    }
}
