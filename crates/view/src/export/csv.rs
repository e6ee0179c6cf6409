//! A CSV of casualty figures a researcher can sum: one row per statement of a figure,
//! grouped by incident (the casualty cards' incidents, oldest first) and by who and
//! what, with the incident's id, each row's role and the card's reconciled value — so
//! adding up the `counted` column of an incident's (group, outcome) gives the value the
//! card shows, and a figure stated by three sources, or split into parts, is counted
//! once. Columns are listed in [`HEADER`] and documented in the README.
//!
//! RFC 4180: CRLF line ends, fields holding a comma, quote or line break are quoted and
//! quotes doubled. Cells that a spreadsheet would run as a formula (starting with `=`,
//! `+`, `-`, `@`, tab or carriage return) are prefixed with `'`. Sentences are quoted
//! without scrape artifacts ([`crate::view_model::quote`]).

use crate::cards::{build_cards, Card, Line, Reconciled};
use crate::model::{Article, Casualty, Extraction};
use crate::view_model::quote::quote;
use serde::Serialize;
use std::collections::HashMap;

/// The header row's columns, in order.
pub const HEADER: [&str; 15] = [
    "incident_id",
    "incident_date",
    "incident",
    "group",
    "outcome",
    "count",
    "qualifier",
    "as_written",
    "role",
    "counted",
    "reconciled",
    "outlet",
    "article_title",
    "article",
    "sentence",
];

/// What a row's figure is within its incident's (group, outcome): the one to count, a
/// repeat of it, another source's differing figure, a part of a breakdown, or a claim
/// with no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The statement counted for the line: its figure is the reconciled value (for a
    /// range, its lower end).
    Total,
    /// The same figure stated again (by the same or another source).
    Repeat,
    /// A different figure for the same people from another statement; the card shows
    /// the range or the bound they make together.
    Variant,
    /// A part of a total another statement gives ("2 hurt in falls" of 7 injured).
    Component,
    /// A statement with no number ("key leaders among the dead").
    Claim,
}

impl Role {
    /// The role as written in the CSV.
    pub fn name(self) -> &'static str {
        match self {
            Role::Total => "total",
            Role::Repeat => "repeat",
            Role::Variant => "variant",
            Role::Component => "component",
            Role::Claim => "claim",
        }
    }
}

/// The value a line contributes to a sum: its reconciled value, or the lower end of a
/// range.
pub fn counted_value(r: &Reconciled) -> u32 {
    match *r {
        Reconciled::Range { min, .. } => min,
        other => other.point().unwrap_or(0),
    }
}

/// The casualty figures of `doc` as CSV text, header first.
pub fn casualties_csv(doc: &Extraction) -> String {
    // Cards name figures by id; a document from elsewhere may have none, or repeat one.
    let mut doc = doc.clone();
    let mut seen: Vec<String> = Vec::new();
    for (n, c) in doc.casualties.iter_mut().enumerate() {
        if c.id.is_empty() || seen.contains(&c.id) {
            c.id = format!("{}:row{n}", c.article);
        }
        seen.push(c.id.clone());
    }
    let doc = &doc;
    let article = |id: &str| doc.articles.iter().find(|a: &&Article| a.id == id);
    let by_id: HashMap<&str, &Casualty> = doc
        .casualties
        .iter()
        .filter(|c| !c.id.is_empty())
        .map(|c| (c.id.as_str(), c))
        .collect();
    let mut out = row(HEADER.iter().map(|s| s.to_string()));
    let mut written: Vec<&str> = Vec::new();
    let cards = build_cards(doc);
    for card in &cards {
        for line in &card.lines {
            for (id, role) in line_roles(line) {
                let Some(c) = by_id.get(id.as_str()) else {
                    continue;
                };
                let counted = if role == Role::Total {
                    counted_value(&line.reconciled)
                } else {
                    0
                };
                out.push_str(&figure_row(
                    card,
                    c,
                    role,
                    counted,
                    &line.reconciled.label(),
                    article(&c.article),
                ));
                written.push(&c.id);
            }
        }
        for claim in &card.claims {
            if let Some(c) = by_id.get(claim.casualty_id.as_str()) {
                out.push_str(&figure_row(
                    card,
                    c,
                    Role::Claim,
                    0,
                    "",
                    article(&c.article),
                ));
                written.push(&c.id);
            }
        }
    }
    // Every figure is on a card; should one not be, it is still listed, counted alone.
    for c in &doc.casualties {
        if !written.contains(&c.id.as_str()) {
            let lone = Card {
                event_id: c.event.clone(),
                date: c.incident_date.clone(),
                date_label: String::new(),
                title: String::new(),
                lines: Vec::new(),
                claims: Vec::new(),
                said: Vec::new(),
            };
            let role = if crate::cards::is_unquantified(c) {
                Role::Claim
            } else {
                Role::Total
            };
            out.push_str(&figure_row(
                &lone,
                c,
                role,
                if role == Role::Total { c.count } else { 0 },
                "",
                article(&c.article),
            ));
        }
    }
    out
}

/// The casualty ids of a line with their roles: the statements of its sources (the
/// first giving the counted value is the total; the rest repeat it or differ from it),
/// then the parts of its breakdown.
fn line_roles(line: &Line) -> Vec<(String, Role)> {
    let counted = counted_value(&line.reconciled);
    let mut out: Vec<(String, Role)> = Vec::new();
    let mut total_given = false;
    // The counted statement first, so the rows read total → repeats → variants.
    let mut sources: Vec<_> = line.sources.iter().collect();
    crate::order::sort_by_key(&mut sources, |f| f.count != counted);
    for f in sources {
        for id in &f.casualty_ids {
            let role = if f.count == counted && !total_given {
                total_given = true;
                Role::Total
            } else if f.count == counted {
                Role::Repeat
            } else {
                Role::Variant
            };
            out.push((id.clone(), role));
        }
    }
    if let Some(b) = &line.breakdown {
        for part in &b.parts {
            for id in &part.casualty_ids {
                out.push((id.clone(), Role::Component));
            }
        }
    }
    out
}

/// One row of the CSV.
fn figure_row(
    card: &Card,
    c: &Casualty,
    role: Role,
    counted: u32,
    reconciled: &str,
    article: Option<&Article>,
) -> String {
    let incident_id = match (&card.event_id, &card.date) {
        (Some(id), _) => id.clone(),
        (None, Some(date)) => format!("date:{date}"),
        (None, None) => "date:unknown".to_string(),
    };
    let artifacts = article.map_or(&[][..], |a| a.artifacts.as_slice());
    row([
        incident_id,
        c.incident_date.clone().unwrap_or_default(),
        card.title.clone(),
        name(&c.group),
        name(&c.outcome),
        c.count.to_string(),
        name(&c.qualifier),
        crate::cards::labels::as_written(c.count, c.qualifier),
        role.name().to_string(),
        counted.to_string(),
        reconciled.to_string(),
        crate::naming::source_name(article, &c.article),
        article.and_then(|a| a.title.clone()).unwrap_or_default(),
        c.article.clone(),
        quote(&c.text, c.start, artifacts),
    ])
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
