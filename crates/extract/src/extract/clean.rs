//! Cleaning: the optional ` date YYYY-MM-DD` header, lines and their kinds (body,
//! headline, caption, boilerplate), and scrape artifacts — recognised and marked, never
//! silently dropped: later stages still see every byte of the text.

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
    /// Non-empty lines, header marker excluded (a headline on the header line is kept).
    pub lines: Vec<Line>,
    /// Byte ranges of scrape artifacts such as `[/caption]` or `(stock photo)`.
    pub artifacts: Vec<Range<usize>>,
}

/// Scrape artifacts marked wherever they occur (matched case-insensitively).
const ARTIFACTS: &[&str] = &[
    "[/caption]",
    "(stock photo)",
    "(not pictured)",
    "(file photo)",
];

/// Whole lines of page furniture (compared case-insensitively, trimmed).
const BOILERPLATE_LINES: &[&str] = &[
    "◄ back to all",
    "back to all",
    "back to top",
    "business",
    "us markets",
    "u.s. markets",
    "markets",
    "world",
    "world news",
    "politics",
    "news",
    "jump to content",
    "skip to content",
    "skip to main content",
    "leave a reply",
    "advertisement",
    "share",
    "share this article",
    "related",
    "related articles",
    "read more",
    "sign up",
    "subscribe",
    "menu",
    "home",
];

/// Line openings that mark page furniture (lower case).
const BOILERPLATE_PREFIXES: &[&str] = &[
    "written by ",
    "reporting by ",
    "editing by ",
    "copyright",
    "©",
    "all rights reserved",
    "to view this video",
    "please enable javascript",
    "sign up for",
    "follow us",
    "click here",
    "updated:",
    "updated ",
    "last updated",
    "published:",
    "published on",
    "posted on",
    "posted:",
    "share this",
    "our standards:",
];

/// Fragments that make a line an image caption (lower case).
const CAPTION_MARKS: &[&str] = &[
    "[/caption]",
    "credit:",
    "(getty images)",
    "(stock photo)",
    "(photo:",
    "(ap photo",
    "file photo:",
    "/file photo",
];

/// Photo agencies a caption credits in brackets at its end ("… to a hospital in Kabul,
/// August 26, 2021. (AFP)").
const PHOTO_AGENCIES: &[&str] = &[
    "afp", "ap", "reuters", "epa", "getty", "anadolu", "xinhua", "dpa",
];

/// True when a line (lower case) ends with a photo agency's credit in brackets, as a
/// caption does: "(AFP)", "(Reuters/File)", "(AFP via Getty Images)".
fn ends_with_photo_credit(lower: &str) -> bool {
    let line = lower.trim_end();
    let Some(inner) = line.strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let credit = &inner[open + 1..];
    credit.len() <= 32
        && credit
            .split(['/', ' '])
            .any(|w| PHOTO_AGENCIES.contains(&w))
}

/// Cleans one article text: reads the header, classifies lines, marks artifacts.
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let body_from = read_header(text, &mut out);
    let mut start = body_from;
    let mut seen_body = false;
    let mut first = true;
    // The lower case of the current line, reused from line to line.
    let mut lower = String::new();
    for piece in text[body_from..].split_inclusive('\n') {
        let end = start + piece.trim_end_matches(['\n', '\r']).len();
        let line = &text[start..end];
        let trimmed_start = start + (line.len() - line.trim_start().len());
        let trimmed_end = start + line.trim_end().len();
        if trimmed_start < trimmed_end {
            let on_header_line = first && out.header.is_some();
            classify_line(
                text,
                trimmed_start..trimmed_end,
                on_header_line,
                &mut seen_body,
                &mut out.lines,
                &mut lower,
            );
            mark_artifacts(
                trimmed_start,
                &text[trimmed_start..trimmed_end],
                &mut out.artifacts,
            );
        }
        first = false;
        start += piece.len();
    }
    out
}

/// Reads the ` date YYYY-MM-DD` marker; returns the byte where the rest of the text
/// starts (0 without a header).
fn read_header(text: &str, out: &mut Cleaned) -> usize {
    let lead = usize::from(text.starts_with(' '));
    let Some(rest) = text[lead..].strip_prefix("date ") else {
        return 0;
    };
    let Some(date) = rest.get(..10).and_then(crate::timeval::parse_day) else {
        return 0;
    };
    let end = lead + 5 + 10;
    // The marker must end there: a digit straight after is not a date header.
    if text[end..]
        .chars()
        .next()
        .is_some_and(|c| !c.is_whitespace())
    {
        return 0;
    }
    out.header_date = Some(date);
    out.header = Some(0..end);
    end
}

/// Classifies one trimmed line and pushes it (possibly as two pieces, for a video
/// caption followed by a "enable JavaScript" notice). `lower` is scratch space for
/// the line's lower case, kept by the caller so that lines do not allocate.
fn classify_line(
    text: &str,
    range: Range<usize>,
    on_header_line: bool,
    seen_body: &mut bool,
    lines: &mut Vec<Line>,
    lower: &mut String,
) {
    let line = &text[range.clone()];
    // ASCII lower case keeps byte offsets equal to the line's.
    lower.clear();
    lower.push_str(line);
    lower.make_ascii_lowercase();
    let lower = lower.as_str();
    // A caption or title followed by a video notice on the same line: split it.
    if let Some(at) = find_at_rare_byte(lower, "to view this video", 3) {
        if at > 0 {
            let head = line[..at].trim_end();
            if !head.is_empty() {
                lines.push(Line {
                    range: range.start..range.start + head.len(),
                    kind: SentenceKind::Caption,
                });
            }
            lines.push(Line {
                range: range.start + at..range.end,
                kind: SentenceKind::Boilerplate,
            });
            return;
        }
    }
    let kind = if on_header_line {
        SentenceKind::Headline
    } else if is_boilerplate(line, lower) {
        SentenceKind::Boilerplate
    } else if may_hold_caption_mark(lower)
        && (CAPTION_MARKS.iter().any(|m| lower.contains(m)) || ends_with_photo_credit(lower))
    {
        SentenceKind::Caption
    } else if !*seen_body && is_headline(line) {
        SentenceKind::Headline
    } else {
        *seen_body = true;
        SentenceKind::Body
    };
    lines.push(Line { range, kind });
}

/// The byte offset of the first `needle` (ASCII) in `hay`, as `hay.find(needle)`, found
/// by looking only where its byte `needle[rare]` (a rare letter) is: most lines hold no
/// such byte and cost one fast byte search, without setting up a substring searcher
/// for every line.
fn find_at_rare_byte(hay: &str, needle: &str, rare: usize) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mark = char::from(n[rare]);
    let mut from = 0;
    // `from` always follows an ASCII byte (or is 0): a char boundary.
    while let Some(k) = hay.get(from..).and_then(|rest| rest.find(mark)) {
        let at = from + k;
        if let Some(start) = at.checked_sub(rare) {
            if h[start..].starts_with(n) {
                return Some(start);
            }
        }
        from = at + 1;
    }
    None
}

/// False when `line` cannot hold a [`CAPTION_MARKS`] fragment: each has a bracket, a
/// colon or a slash, so one pass over the bytes spares a search per fragment.
fn may_hold_caption_mark(line: &str) -> bool {
    holds_any(line.as_bytes(), [b'[', b'(', b':', b'/'])
}

/// True when `bytes` holds one of `needles`, as `bytes.iter().any(|b|
/// needles.contains(b))`, read eight bytes at a time: every line is searched for a
/// few marks, and most lines hold none.
fn holds_any<const N: usize>(bytes: &[u8], needles: [u8; N]) -> bool {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        for n in needles {
            // A byte equal to `n` is a zero byte of `x`; this test for one is exact.
            let x = word ^ ONES.wrapping_mul(u64::from(n));
            if x.wrapping_sub(ONES) & !x & HIGHS != 0 {
                return true;
            }
        }
    }
    chunks.remainder().iter().any(|b| needles.contains(b))
}

/// Navigation, bylines, copyright lines and similar furniture.
fn is_boilerplate(line: &str, lower: &str) -> bool {
    let t = lower.trim();
    if BOILERPLATE_LINES.contains(&t) {
        return true;
    }
    // Wire credits come in brackets too: "(Reporting by …; Editing by …)".
    let unbracketed = t.trim_start_matches(['(', '[']);
    if BOILERPLATE_PREFIXES
        .iter()
        .any(|p| unbracketed.starts_with(p))
    {
        return true;
    }
    if find_at_rare_byte(t, "all rights reserved", 16).is_some()
        || (t.ends_with("min read") && t.len() < 20)
    {
        return true;
    }
    // Bylines: "by Jane Doe, Foreign News Reporter" — short, no final period.
    if t.starts_with("by ") && line.len() < 120 && !ends_sentence(line) {
        return line.split_whitespace().count() <= 12;
    }
    false
}

/// A short title-like line without final punctuation.
fn is_headline(line: &str) -> bool {
    line.len() < 300 && !ends_sentence(line) && (2..=30).contains(&line.split_whitespace().count())
}

/// True when the line ends like a sentence (period, ?, !, or a closing quote after one).
fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    t.ends_with(['.', '?', '!', ':'])
}

/// Records every artifact in `line`, which starts at byte `base` of the text.
fn mark_artifacts(base: usize, line: &str, out: &mut Vec<Range<usize>>) {
    if !holds_any(line.as_bytes(), [b'[', b'(']) {
        return;
    }
    let lower = line.to_ascii_lowercase();
    let first = out.len();
    for a in ARTIFACTS {
        for (at, m) in lower.match_indices(a) {
            out.push(base + at..base + at + m.len());
        }
    }
    out[first..].sort_by_key(|r| r.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_byte_search_finds_what_find_finds() {
        let hays = [
            "",
            "v",
            "to view this video",
            "see: to view this video, enable it",
            "to vie to view this vide to view this video",
            "é to view this video ü",
            "all rights reserved",
            "© 2024 paper. all rights reserved.",
            "all rights reserve all rights reserved",
            "rights reserved vvv",
        ];
        for hay in hays {
            assert_eq!(
                find_at_rare_byte(hay, "to view this video", 3),
                hay.find("to view this video"),
                "{hay}"
            );
            assert_eq!(
                find_at_rare_byte(hay, "all rights reserved", 16),
                hay.find("all rights reserved"),
                "{hay}"
            );
        }
    }

    /// Cleans `input` and compares every line's text and kind with `expected`.
    fn check(input: &str, expected: &[(&str, SentenceKind)]) {
        let c = clean(input);
        let got: Vec<(&str, SentenceKind)> = c
            .lines
            .iter()
            .map(|l| (&input[l.range.clone()], l.kind))
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    use SentenceKind::*;

    #[test]
    fn header_with_headline_on_the_same_line() {
        let text = " date 2024-05-02 Two ships collided; the port is closed.\n\nThe port closed.";
        let c = clean(text);
        assert_eq!(c.header_date, NaiveDate::from_ymd_opt(2024, 5, 2));
        assert_eq!(c.header, Some(0..16));
        check(
            text,
            &[
                ("Two ships collided; the port is closed.", Headline),
                ("The port closed.", Body),
            ],
        );
    }

    #[test]
    fn header_without_leading_space_and_invalid_header() {
        assert_eq!(clean("date 2021-01-09\nHi.").header, Some(0..15));
        assert_eq!(clean("date 2021-13-09\nHi.").header, None);
        assert_eq!(clean("date 2021-01-0912\nHi.").header, None);
    }

    #[test]
    fn every_caption_mark_passes_the_quick_check() {
        assert!(CAPTION_MARKS.iter().all(|m| may_hold_caption_mark(m)));
        assert!(!may_hold_caption_mark("troops raided the town"));
    }

    #[test]
    fn a_word_at_a_time_finds_the_bytes_a_byte_at_a_time_does() {
        // Every length and position, with neighbours that differ from a needle in one
        // bit (the high bit too) and multi-byte characters around.
        let fillers = [b'a', b'[' ^ 0x80, b'(' + 1, 0xC3, 0xA9, 0x00, 0xFF, b'Z'];
        for len in 0..24 {
            for fill in fillers {
                let mut bytes = vec![fill; len];
                let naive = |b: &[u8]| b.iter().any(|x| *x == b'[' || *x == b'(');
                assert_eq!(holds_any(&bytes, [b'[', b'(']), naive(&bytes), "{bytes:?}");
                for at in 0..len {
                    for needle in [b'[', b'('] {
                        bytes[at] = needle;
                        assert!(holds_any(&bytes, [b'[', b'(']), "{bytes:?}");
                        bytes[at] = fill;
                    }
                    bytes[at] = b'/';
                    assert!(!holds_any(&bytes, [b'[', b'(']), "{bytes:?}");
                    assert!(holds_any(&bytes, [b'[', b'(', b':', b'/']), "{bytes:?}");
                    bytes[at] = fill;
                }
            }
        }
        assert!(may_hold_caption_mark("photo: reuters") && !may_hold_caption_mark("é – x"));
    }

    #[test]
    fn line_kinds() {
        check(
            "Markets\nRain floods the valley\nby Ann Bell, Weather Reporter\nWater rose fast.\nA flooded road (stock photo)[/caption]\nA bridge Credit: Getty\nCopyright © 2020 Example News.\nUpdated 3:45 PM ET, Fri January 5, 2024\nFILE PHOTO: A dam in 2020. REUTERS/Jo Li\n2 min read\nback to top",
            &[
                ("Markets", Boilerplate),
                ("Rain floods the valley", Headline),
                ("by Ann Bell, Weather Reporter", Boilerplate),
                ("Water rose fast.", Body),
                ("A flooded road (stock photo)[/caption]", Caption),
                ("A bridge Credit: Getty", Caption),
                ("Copyright © 2020 Example News.", Boilerplate),
                ("Updated 3:45 PM ET, Fri January 5, 2024", Boilerplate),
                ("FILE PHOTO: A dam in 2020. REUTERS/Jo Li", Caption),
                ("2 min read", Boilerplate),
                ("back to top", Boilerplate),
            ],
        );
    }

    #[test]
    fn a_line_ending_in_a_photo_agencys_credit_is_a_caption() {
        check(
            "Floods hit the valley\nWater rose fast.\nMedics carry a man hurt in the blast to a hospital, June 4, 2024. (AFP)\nA boy stands in the rubble of his home (Reuters/File)\nMourners at the graves on Friday. (AFP via Getty Images)\nPolice guard the gate (AP)\nThe dam broke at dawn (EPA)\nThe council met (in private).",
            &[
                ("Floods hit the valley", Headline),
                ("Water rose fast.", Body),
                (
                    "Medics carry a man hurt in the blast to a hospital, June 4, 2024. (AFP)",
                    Caption,
                ),
                ("A boy stands in the rubble of his home (Reuters/File)", Caption),
                ("Mourners at the graves on Friday. (AFP via Getty Images)", Caption),
                ("Police guard the gate (AP)", Caption),
                ("The dam broke at dawn (EPA)", Caption),
                ("The council met (in private).", Body),
            ],
        );
    }

    #[test]
    fn video_notice_splits_the_line() {
        check(
            "Why do rivers flood? To view this video please enable JavaScript, thanks",
            &[
                ("Why do rivers flood?", Caption),
                (
                    "To view this video please enable JavaScript, thanks",
                    Boilerplate,
                ),
            ],
        );
    }

    #[test]
    fn artifacts_are_marked_not_dropped() {
        let text = "Crews (not pictured) work (stock photo)[/caption]";
        let c = clean(text);
        let got: Vec<&str> = c.artifacts.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, ["(not pictured)", "(stock photo)", "[/caption]"]);
        assert_eq!(c.lines[0].range, 0..text.len());
    }
}
