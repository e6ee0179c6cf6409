//! A CSV of casualty figures for spreadsheets: one row per statement of a figure (a
//! figure stated twice gives two rows, each with its own sentence), in document order.
//!
//! RFC 4180: CRLF line ends, fields holding a comma, quote or line break are quoted and
//! quotes doubled. Cells that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) are prefixed with `'`.

use crate::model::{Article, Extraction};
use serde::Serialize;

/// The header row's columns, in order.
pub const HEADER: [&str; 8] = [
    "incident_date",
    "group",
    "outcome",
    "count",
    "qualifier",
    "outlet",
    "article",
    "sentence",
];

/// The casualty figures of `doc` as CSV text, header first.
pub fn casualties_csv(doc: &Extraction) -> String {
    let outlet = |id: &str| -> String {
        crate::naming::source_name(doc.articles.iter().find(|a: &&Article| a.id == id), id)
    };
    let mut out = row(HEADER.iter().map(|s| s.to_string()));
    for c in &doc.casualties {
        out.push_str(&row([
            c.incident_date.clone().unwrap_or_default(),
            name(&c.group),
            name(&c.outcome),
            c.count.to_string(),
            name(&c.qualifier),
            outlet(&c.article),
            c.article.clone(),
            c.text.clone(),
        ]));
    }
    out
}

/// One CSV cell: neutralised against formula injection, then quoted if needed.
pub fn cell(value: &str) -> String {
    let safe = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

fn row(cells: impl IntoIterator<Item = String>) -> String {
    let mut line = cells
        .into_iter()
        .map(|c| cell(&c))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// The contract's name of an enum value ("us_forces", "at_least").
fn name(value: &impl Serialize) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_neutralised() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@cmd"), "'@cmd");
        assert_eq!(
            cell("=HYPERLINK(\"x\",\"y\")"),
            "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""
        );
    }
}
