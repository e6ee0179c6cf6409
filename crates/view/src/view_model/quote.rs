//! A sentence quoted as evidence (detail panel, exports): the article's own words with
//! the scraper's leftovers taken out — markup such as `[/caption]` and photo notes such
//! as "(stock photo)" — so a quote never carries text the reader hides or plays down.

use crate::model::Span;

/// `text`, the code points `start..` of an article, without the parts that the
/// article's scrape `artifacts` (code point spans of the whole text) cover; runs of
/// spaces left behind become one, and the ends are trimmed.
pub fn quote(text: &str, start: usize, artifacts: &[Span]) -> String {
    let end = start + text.chars().count();
    let inside: Vec<&Span> = artifacts
        .iter()
        .filter(|a| a.start < end && a.end > start)
        .collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        let at = start + i;
        if inside.iter().any(|a| a.start <= at && at < a.end) {
            continue;
        }
        if c.is_whitespace() && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(if c.is_whitespace() { ' ' } else { c });
    }
    let trimmed = out.trim_end();
    // A space left before closing punctuation ("the base (stock photo) .") goes too.
    let mut tidy = String::with_capacity(trimmed.len());
    for (i, c) in trimmed.char_indices() {
        let next = trimmed[i + c.len_utf8()..].chars().next();
        if c == ' ' && next.is_some_and(|n| matches!(n, '.' | ',' | ';' | ':' | '!' | '?')) {
            continue;
        }
        tidy.push(c);
    }
    tidy
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn artifacts_inside_the_quote_are_left_out() {
        // "Troops patrol near the base[/caption]" starting at code point 10.
        let text = "Troops patrol near the base[/caption]";
        assert_eq!(
            quote(text, 10, &[span(37, 47)]),
            "Troops patrol near the base"
        );
        // A photo note in the middle, and one before the quote that does not touch it.
        let text = "Smoke rises (stock photo) over the town .";
        assert_eq!(
            quote(text, 0, &[span(12, 25), span(100, 110)]),
            "Smoke rises over the town."
        );
        // An artifact that overlaps the start; accented text keeps code point offsets.
        let text = "é]   Rockets hit Erbil";
        assert_eq!(quote(text, 5, &[span(0, 7)]), "Rockets hit Erbil");
        // Nothing to remove: the text as it is, inner line breaks as spaces.
        assert_eq!(
            quote("Two were hurt,\nofficials said.", 0, &[]),
            "Two were hurt, officials said."
        );
        assert_eq!(quote("", 3, &[span(0, 9)]), "");
    }
}
