//! The events as table rows — the list view a screen-reader user or a skimmer reads
//! instead of the timeline — and how the table sorts.

use crate::{
    cards::{self, labels},
    model::{EventKind, Extraction},
    timeval,
};
use std::cmp::Ordering;

/// One event as a table row, with display strings ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The event id (selection and deep links use it).
    pub id: String,
    /// The event's TIMEX3 value, for chronological sorting.
    pub date_value: String,
    /// The date at its precision: "29 Aug 2024", "Oct 2023 – Feb 2024".
    pub date: String,
    /// The event title.
    pub title: String,
    /// The event kind as a word ("attack", "war").
    pub kind: String,
    /// Casualty figures the event carries, reconciled: "militants killed: 15; …".
    pub figures: String,
    /// The outlets that report it, in first-mention order.
    pub sources: String,
}

/// A sortable column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Chronological order.
    Date,
    /// Alphabetical by title.
    Title,
    /// Alphabetical by kind, then date.
    Kind,
    /// By number of reporting sources, then date.
    Sources,
}

impl Column {
    /// Every column that sorts, in display order.
    pub const ALL: [Column; 4] = [Column::Date, Column::Title, Column::Kind, Column::Sources];

    /// The column header.
    pub fn label(self) -> &'static str {
        match self {
            Column::Date => "Date",
            Column::Title => "Event",
            Column::Kind => "Kind",
            Column::Sources => "Sources",
        }
    }
}

/// The word for an event kind.
pub fn kind_label(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Attack => "attack",
        EventKind::Casualties => "casualties",
        EventKind::Territorial => "territorial change",
        EventKind::War => "war",
        EventKind::Political => "political",
        EventKind::Statement => "statement",
        EventKind::Statistic => "statistic",
        EventKind::Other => "other",
    }
}

/// One row per event, in chronological order.
pub fn rows(doc: &Extraction) -> Vec<Row> {
    let cards = cards::build_cards(doc);
    let mut rows: Vec<Row> = doc
        .events
        .iter()
        .map(|e| {
            let figures = cards
                .iter()
                .find(|c| c.event_id.as_deref() == Some(e.id.as_str()))
                .map(|c| {
                    c.lines
                        .iter()
                        .map(|l| format!("{}: {}", l.label, l.reconciled.label()))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            Row {
                id: e.id.clone(),
                date_value: e.date.clone(),
                // "Friday · date unknown" rather than a value with unknown parts.
                date: if crate::undated::is_undated(e) {
                    crate::undated::when(doc, e)
                } else {
                    labels::timex_label(&e.date)
                },
                title: e.title.clone(),
                kind: kind_label(e.kind).to_string(),
                figures,
                sources: doc.sources_of(e).join(", "),
            }
        })
        .collect();
    sort(&mut rows, Column::Date, true);
    rows
}

/// Sorts rows by `column`, ascending or not; ties fall back to chronological order, then
/// id, so the order is total and stable across renders.
pub fn sort(rows: &mut [Row], column: Column, ascending: bool) {
    let chrono = |a: &Row, b: &Row| {
        timeval::sort_key(&a.date_value)
            .cmp(&timeval::sort_key(&b.date_value))
            .then_with(|| a.id.cmp(&b.id))
    };
    crate::order::sort_by(rows, |a, b| {
        let primary = match column {
            Column::Date => Ordering::Equal,
            Column::Title => a.title.to_lowercase().cmp(&b.title.to_lowercase()),
            Column::Kind => a.kind.cmp(&b.kind),
            Column::Sources => source_count(a).cmp(&source_count(b)),
        };
        let ord = primary.then_with(|| chrono(a, b));
        if ascending {
            ord
        } else {
            ord.reverse()
        }
    });
}

/// How many outlets a row lists.
fn source_count(row: &Row) -> usize {
    if row.sources.is_empty() {
        0
    } else {
        row.sources.split(", ").count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Event, Mention};

    fn event(id: &str, date: &str, title: &str, kind: EventKind, arts: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            title: title.into(),
            mentions: arts
                .iter()
                .map(|a| Mention {
                    article: (*a).into(),
                    start: 0,
                    end: 1,
                })
                .collect(),
            kind,
            casualties: vec![],
            dated_by: None,
        }
    }

    fn doc() -> Extraction {
        Extraction {
            events: vec![
                event(
                    "raid",
                    "2024-08-29",
                    "Joint raid",
                    EventKind::Attack,
                    &["a", "b"],
                ),
                event(
                    "invasion",
                    "2003",
                    "US invades Iraq",
                    EventKind::War,
                    &["a"],
                ),
                event(
                    "drones",
                    "2023-10/2024-02",
                    "Drone campaign",
                    EventKind::Attack,
                    &["b"],
                ),
            ],
            ..Extraction::default()
        }
    }

    fn ids(rows: &[Row]) -> Vec<&str> {
        rows.iter().map(|r| r.id.as_str()).collect()
    }

    #[test]
    fn rows_are_chronological_with_labels() {
        let rows = rows(&doc());
        assert_eq!(ids(&rows), ["invasion", "drones", "raid"]);
        assert_eq!(rows[1].date, "Oct 2023 – Feb 2024");
        assert_eq!(rows[2].date, "29 Aug 2024");
        assert_eq!(rows[2].kind, "attack");
        assert_eq!(
            rows[2].sources, "a, b",
            "article ids stand in for unknown outlets"
        );
    }

    #[test]
    fn sorting_by_each_column() {
        let mut rows = rows(&doc());
        sort(&mut rows, Column::Title, true);
        assert_eq!(ids(&rows), ["drones", "raid", "invasion"]);
        sort(&mut rows, Column::Date, false);
        assert_eq!(ids(&rows), ["raid", "drones", "invasion"]);
        sort(&mut rows, Column::Kind, true);
        assert_eq!(
            ids(&rows),
            ["drones", "raid", "invasion"],
            "attacks by date, then war"
        );
        sort(&mut rows, Column::Sources, false);
        assert_eq!(ids(&rows)[0], "raid");
    }
}
