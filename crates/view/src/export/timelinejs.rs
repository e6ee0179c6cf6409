//! TimelineJS3 JSON: the events as slides, dated at their own precision (a year-only
//! event gives only a year), ranges with an `end_date`, grouped by kind.
//!
//! TimelineJS renders `headline` and `text` as HTML, so both are plain text with
//! `&`, `<`, `>`, `"` and `'` escaped. Events whose date cannot be placed on a calendar
//! (`PAST_REF`, `P2D`, `XXXX-XX-XX`) are skipped and counted.

use crate::cards::build_cards;
use crate::model::{Event, Extraction};
use crate::timeval::{self, Precision};
use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// A TimelineJS3 document and what was left out of it.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineJs {
    /// The document, pretty-printed, ready to save as `timeline.json`.
    pub json: String,
    /// How many events became slides.
    pub events: usize,
    /// How many events were skipped because their date has no calendar position.
    pub skipped: usize,
    /// The ids of the skipped events, for a "not exported" note.
    pub skipped_ids: Vec<String>,
}

/// Builds the TimelineJS3 document for `doc`, with `title` on the title slide.
pub fn timeline_js(doc: &Extraction, title: &str) -> TimelineJs {
    let cards: HashMap<String, Vec<String>> = build_cards(doc)
        .into_iter()
        .filter_map(|c| {
            let lines = c
                .lines
                .iter()
                .map(|l| format!("{}: {}.", l.label, l.summary()))
                .collect();
            c.event_id.map(|id| (id, lines))
        })
        .collect();
    let mut slides = Vec::new();
    let mut skipped_ids = Vec::new();
    for e in &doc.events {
        match slide(doc, e, cards.get(&e.id)) {
            Some(s) => slides.push(s),
            None => skipped_ids.push(e.id.clone()),
        }
    }
    let summary = format!(
        "{} events from {} articles.",
        slides.len(),
        doc.articles.len()
    );
    let document = json!({
        "title": { "text": { "headline": escape_html(title), "text": escape_html(&summary) } },
        "events": slides,
    });
    TimelineJs {
        json: serde_json::to_string_pretty(&document).unwrap_or_default(),
        events: slides.len(),
        skipped: skipped_ids.len(),
        skipped_ids,
    }
}

/// Escapes text for a TimelineJS field that is rendered as HTML.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

fn slide(doc: &Extraction, e: &Event, casualties: Option<&Vec<String>>) -> Option<Value> {
    let (start, end) = span(&e.date)?;
    let mut text: Vec<String> = casualties.cloned().unwrap_or_default();
    let outlets = doc.sources_of(e);
    if !outlets.is_empty() {
        text.push(format!("Reported by {}.", outlets.join(", ")));
    }
    let mut s = Map::new();
    s.insert("start_date".into(), start.to_value());
    if let Some(end) = end {
        s.insert("end_date".into(), end.to_value());
    }
    s.insert(
        "text".into(),
        json!({ "headline": escape_html(&e.title), "text": escape_html(&text.join(" ")) }),
    );
    s.insert(
        "group".into(),
        serde_json::to_value(e.kind).unwrap_or_default(),
    );
    s.insert("unique_id".into(), Value::String(unique_id(&e.id)));
    Some(Value::Object(s))
}

/// A TimelineJS date at some precision.
#[derive(Debug, Clone, PartialEq, Eq)]
struct TlDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    display: Option<String>,
}

impl TlDate {
    fn at(day: NaiveDate, precision: Precision) -> TlDate {
        TlDate {
            year: day.year(),
            month: (precision <= Precision::Month).then(|| day.month()),
            day: (precision == Precision::Day).then(|| day.day()),
            display: None,
        }
    }

    fn to_value(&self) -> Value {
        let mut m = Map::new();
        m.insert("year".into(), Value::String(self.year.to_string()));
        if let Some(month) = self.month {
            m.insert("month".into(), Value::String(month.to_string()));
        }
        if let Some(day) = self.day {
            m.insert("day".into(), Value::String(day.to_string()));
        }
        if let Some(d) = &self.display {
            m.insert("display_date".into(), Value::String(d.clone()));
        }
        Value::Object(m)
    }
}

/// Start and (for spans) end of a TIMEX3 value or `START/END` range.
fn span(value: &str) -> Option<(TlDate, Option<TlDate>)> {
    if let Some((a, b)) = value.split_once('/') {
        let (start, _) = span(a)?;
        let (b_start, b_end) = span(b)?;
        return Some((start, Some(b_end.unwrap_or(b_start))));
    }
    let iv = timeval::parse(value)?;
    let mut start = TlDate::at(iv.start, iv.precision);
    let mut end = iv
        .end
        .pred_opt()
        .map(|d| TlDate::at(d, iv.precision))
        .filter(|l| *l != start);
    // TimelineJS has no halves, seasons or decades: show them in words.
    if !matches!(
        iv.precision,
        Precision::Day | Precision::Month | Precision::Year
    ) {
        let label = timeval::format_value(value);
        start.display = Some(label.clone());
        if let Some(e) = end.as_mut() {
            e.display = Some(label);
        }
    }
    Some((start, end))
}

/// A slide id TimelineJS can use in a URL fragment: letters, digits, `-` and `_`.
fn unique_id(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(value: &str, expected: Option<Value>) {
        let got = span(value).map(|(s, e)| {
            let mut v = json!({ "start_date": s.to_value() });
            if let Some(e) = e {
                v["end_date"] = e.to_value();
            }
            v
        });
        assert_eq!(got, expected, "{value}");
    }

    #[test]
    fn dates_keep_their_precision() {
        check(
            "2024-08-29",
            Some(json!({"start_date": {"year": "2024", "month": "8", "day": "29"}})),
        );
        check(
            "2024-08",
            Some(json!({"start_date": {"year": "2024", "month": "8"}})),
        );
        check("2014", Some(json!({"start_date": {"year": "2014"}})));
        check(
            "2023-10/2024-02",
            Some(json!({"start_date": {"year": "2023", "month": "10"},
                        "end_date": {"year": "2024", "month": "2"}})),
        );
        check(
            "2024-H1",
            Some(json!({"start_date": {"year": "2024", "display_date": "first half of 2024"}})),
        );
        check(
            "201X",
            Some(
                json!({"start_date": {"year": "2010", "display_date": "the 2010s"},
                        "end_date": {"year": "2019", "display_date": "the 2010s"}}),
            ),
        );
        check("PAST_REF", None);
        check("P2D", None);
        check("XXXX-XX-XX", None);
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            escape_html(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }
}
