//! A web page's source, pasted or dropped in place of an article, turned into the plain
//! text the extractor reads: tags dropped, character references decoded, block
//! elements as line breaks, scripts, styles and comments left out. The result is text
//! only — the app never inserts it as HTML — so markup in it stays inert.
//!
//! This is not an HTML parser: it reads tags and references well enough to recover a
//! news page's prose, and never fails or panics on anything else.

/// True when `text` is most likely HTML source rather than prose: it starts with a tag,
/// a comment or a doctype, or it holds at least two paragraph-level tags.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    if start.starts_with("<!") || starts_with_tag(start) {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let tags = ["<p>", "<p ", "<br", "<div", "</p>", "<h1", "<h2", "<li>"];
    tags.iter().map(|t| lower.matches(t).count()).sum::<usize>() >= 2
}

/// True when `s` opens with `<name` for a letter-led tag name.
fn starts_with_tag(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next() == Some('<') && chars.next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Elements whose content is not prose.
const SKIPPED: [&str; 6] = ["script", "style", "noscript", "template", "svg", "iframe"];

/// Elements that start a new line of text.
const BLOCKS: [&str; 28] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "section",
    "title",
    "tr",
];

/// The text of `html`: one line per paragraph or other block, inner whitespace
/// collapsed, empty lines dropped.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            if starts_with_tag(rest) {
                break; // a tag cut off at the end of the text
            }
            // A lone `<` in prose ("a < b"): keep it as text.
            push_text(&mut out, "<");
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue; // `<!doctype …>`, `<?xml …?>`
        }
        if !closing && SKIPPED.contains(&name.as_str()) {
            rest = skip_element(rest, &name);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) {
            out.push('\n');
        } else if !out.ends_with([' ', '\n']) && matches!(name.as_str(), "td" | "th") {
            out.push(' ');
        }
    }
    if !starts_with_tag(rest) {
        push_text(&mut out, rest);
    }
    tidy(&out)
}

/// The byte index of the `>` closing the tag that opens `s` (quoted attribute values
/// may hold `>`); `None` when `s` is not a tag.
fn tag_end(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let first = *bytes.get(1)?;
    if !(first.is_ascii_alphabetic() || first == b'/' || first == b'!' || first == b'?') {
        return None;
    }
    let mut quote = None;
    for (i, &b) in bytes.iter().enumerate().skip(1) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// What follows the end tag of the element `name` (all of `s` skipped when it has none).
fn skip_element<'a>(s: &'a str, name: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let close = format!("</{name}");
    match lower.find(&close) {
        Some(at) => {
            let after = &s[at..];
            after.find('>').map_or("", |gt| &after[gt + 1..])
        }
        None => "",
    }
}

/// Appends text between tags, with character references decoded and whitespace runs
/// (line breaks included: in HTML they are spaces) as one space.
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while !rest.is_empty() {
        let (c, used) = match rest.strip_prefix('&').and_then(reference) {
            Some((c, len)) => (c, len + 1),
            None => {
                let c = rest.chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            }
        };
        rest = &rest[used..];
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else if c == '\u{a0}' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
}

/// The character a reference stands for (`s` follows the `&`), and the bytes it took
/// up to and including its `;`.
fn reference(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let body = &s[..semi];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| *c != '\0')?
    } else {
        match body {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => '\u{a0}',
            "mdash" => '—',
            "ndash" => '–',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "hellip" => '…',
            "eacute" => 'é',
            "copy" => '©',
            _ => return None,
        }
    };
    Some((c, semi + 1))
}

/// Lines trimmed, empty ones dropped.
fn tidy(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_source_is_detected_and_prose_is_not() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body>x</body></html>"
        ));
        assert!(looks_like_html("  <p>Three soldiers were killed.</p>"));
        assert!(looks_like_html("Intro<br>more<br>text"));
        assert!(!looks_like_html(
            "Three soldiers were killed when a bomb hit."
        ));
        assert!(!looks_like_html("If a < b and c > d, then <3 is a heart."));
        assert!(!looks_like_html(""));
    }

    #[test]
    fn tags_go_blocks_break_and_references_decode() {
        let html = "<html><head><title>Convoy hit near Mosul</title>\
            <style>p { color: red }</style><script>var x = '<p>';</script></head>\
            <body><!-- ad --><h1>Roadside bomb kills three</h1>\
            <p class=\"lede\">Three soldiers were <b>killed</b> when a roadside bomb hit their\n\
            convoy near <a href=\"/m?a=1&amp;b=2\">Mosul</a> on Tuesday&nbsp;morning.</p>\
            <p>&ldquo;It was a cowardly attack,&rdquo; a spokesman said &#8212; AT&amp;T &#x41;.</p>\
            <ul><li>First</li><li>Second</li></ul></body></html>";
        assert_eq!(
            html_to_text(html),
            "Convoy hit near Mosul\nRoadside bomb kills three\n\
             Three soldiers were killed when a roadside bomb hit their convoy near Mosul on Tuesday morning.\n\
             “It was a cowardly attack,” a spokesman said — AT&T A.\nFirst\nSecond"
        );
    }

    #[test]
    fn broken_markup_never_fails() {
        for html in [
            "<",
            "<p",
            "a < b",
            "<script>never closed",
            "<!-- never closed",
            "&#xFFFFFFFF; &#0; &bogus; &",
            "<p title='a > b'>quoted</p>",
            "é<p>ü</p>&",
        ] {
            let text = html_to_text(html);
            assert!(!text.contains("<p"), "{html:?} → {text:?}");
        }
        assert_eq!(html_to_text("a < b"), "a < b");
        assert_eq!(html_to_text("<p title='a > b'>quoted</p>"), "quoted");
        assert_eq!(html_to_text("<script>never closed"), "");
        assert_eq!(html_to_text("&#xFFFFFFFF; &amp"), "&#xFFFFFFFF; &amp");
    }
}
