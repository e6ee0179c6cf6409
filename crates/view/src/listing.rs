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
    /// The event's TIMEX3 value.
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
    let figures = figures(doc);
    order(doc, Column::Date, true)
        .into_iter()
        .filter_map(|i| row(doc, &figures, i))
        .collect()
}

/// The figures column ("militants killed: 15; …") of every event that has a casualty
/// card, found once per document so a row is cheap to build.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures(Vec<(String, String)>);

impl Figures {
    /// The figures column of the event `id` ("" when it has no card).
    pub fn of(&self, id: &str) -> &str {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .map_or("", |at| self.0[at].1.as_str())
    }
}

/// The [`Figures`] of `doc`: per event, its first card's reconciled lines.
pub fn figures(doc: &Extraction) -> Figures {
    let mut out: Vec<(String, String)> = Vec::new();
    for c in cards::build_cards(doc) {
        if let Some(id) = c.event_id.clone() {
            let line = c
                .lines
                .iter()
                .map(|l| format!("{}: {}", l.label, l.reconciled.label()))
                .collect::<Vec<_>>()
                .join("; ");
            out.push((id, line));
        }
    }
    // Sorted by id, the first card of an event first (a stable sort keeps card order).
    crate::order::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
    out.dedup_by(|later, first| later.0 == first.0);
    Figures(out)
}

/// The row of event `i` of `doc` (`None` past the end), with its figures from
/// [`figures`]: a windowed table builds only the rows it draws.
pub fn row(doc: &Extraction, figures: &Figures, i: usize) -> Option<Row> {
    let e = doc.events.get(i)?;
    Some(Row {
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
        figures: figures.of(&e.id).to_string(),
        sources: doc.sources_of(e).join(", "),
    })
}

/// The events of `doc` in the table's order by `column` (ascending or not), as indexes
/// into `doc.events`, without building a row: a table of 100,000 events orders them all
/// and draws a few dozen. Ties fall back to chronological order, then id, so the order
/// is total and stable across renders.
pub fn order(doc: &Extraction, column: Column, ascending: bool) -> Vec<usize> {
    let events = &doc.events;
    let when: Vec<timeval::SortKey> = events.iter().map(|e| timeval::sort_key(&e.date)).collect();
    let titles: Vec<String> = if column == Column::Title {
        events.iter().map(|e| e.title.to_lowercase()).collect()
    } else {
        Vec::new()
    };
    let sources: Vec<usize> = if column == Column::Sources {
        events.iter().map(|e| doc.sources_of(e).len()).collect()
    } else {
        Vec::new()
    };
    let mut order: Vec<usize> = (0..events.len()).collect();
    crate::order::sort_by(&mut order, |&a, &b| {
        let primary = match column {
            Column::Date => Ordering::Equal,
            Column::Title => titles[a].cmp(&titles[b]),
            Column::Kind => kind_label(events[a].kind).cmp(kind_label(events[b].kind)),
            Column::Sources => sources[a].cmp(&sources[b]),
        };
        let ord = primary
            .then_with(|| when[a].cmp(&when[b]))
            .then_with(|| events[a].id.cmp(&events[b].id));
        if ascending {
            ord
        } else {
            ord.reverse()
        }
    });
    order
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
        let d = doc();
        let sorted = |column, ascending| -> Vec<&str> {
            order(&d, column, ascending)
                .into_iter()
                .map(|i| d.events[i].id.as_str())
                .collect()
        };
        assert_eq!(sorted(Column::Title, true), ["drones", "raid", "invasion"]);
        assert_eq!(sorted(Column::Date, false), ["raid", "drones", "invasion"]);
        assert_eq!(
            sorted(Column::Kind, true),
            ["drones", "raid", "invasion"],
            "attacks by date, then war"
        );
        assert_eq!(sorted(Column::Sources, false)[0], "raid");
    }

    #[test]
    fn rows_are_built_one_at_a_time() {
        let d = doc();
        let figures = figures(&d);
        assert_eq!(order(&d, Column::Date, true), [1, 2, 0]);
        let f = Figures(vec![
            ("a".into(), "militants killed: 15".into()),
            ("c".into(), "US forces injured: 7".into()),
        ]);
        assert_eq!(f.of("c"), "US forces injured: 7");
        assert_eq!(f.of("b"), "", "no card, no figures");
        assert!(row(&d, &figures, 3).is_none());
    }
}
