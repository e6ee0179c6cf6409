//! The timeline's view model, free of web types: the placed events of a document in
//! time order (story mode walks them), their labels and lanes, the URL-fragment state
//! (`#event=<id>&view=2014-01-01..2024-12-31`), how an event's date was resolved, the
//! sentence of a mention, and the small per-frame fix-ups the timeline component needs.
//!
//! The component (`ui::timeline`) only draws what these functions return and forwards
//! input; everything here is tested with plain `cargo test`.

use crate::{
    geometry::{
        eras::is_era,
        layout::{Frame, LayoutItem, Mark},
        stack::{lane_of, Lane},
        viewport::{Bounds, Viewport},
    },
    model::{AnchorBasis, Event, Extraction, Mention, Timex},
    timeval::{self, format_value, format_with_mod, Precision},
};
use chrono::Datelike;
use std::collections::HashMap;

/// Estimated width of one label character in pixels (13 px sans-serif).
pub const CHAR_PX: f64 = 7.0;
/// Widest label drawn beside a marker, in pixels; longer titles are cut with an ellipsis.
pub const MAX_LABEL_PX: f64 = 260.0;

/// The widest label of an era (drawn above the lanes, over its band), in pixels.
pub const MAX_ERA_LABEL_PX: f64 = 440.0;

/// One placed event as the timeline draws it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The event's id (`Event.id`).
    pub id: String,
    /// Index of the event in `Extraction.events`.
    pub event: usize,
    /// Short title.
    pub title: String,
    /// The TIMEX3 value of the date (`Event.date`).
    pub date: String,
    /// The TIMEX3 mod of the timex that dated it, when that timex has the same value.
    pub modifier: Option<String>,
    /// Outlets (or article ids) that state the event, first mention first, no repeats.
    pub outlets: Vec<String>,
    /// The lane its kind goes in.
    pub lane: Lane,
    /// First day (day number).
    pub start_day: f64,
    /// End day (exclusive day number).
    pub end_day: f64,
    /// How precise the date is.
    pub precision: Precision,
    /// True when the date has soft ends (a TIMEX3 mod): drawn faded at the ends.
    pub approximate: bool,
    /// True for a `START/END` range: drawn as an era band above the lanes.
    pub era: bool,
}

impl Entry {
    /// The middle day: where story mode centres the view.
    pub fn mid_day(&self) -> f64 {
        (self.start_day + self.end_day) / 2.0
    }

    /// The date as a person reads it, with its precision and mod ("early Aug 2024").
    /// Made on demand: only drawn events need it.
    pub fn date_label(&self) -> String {
        format_with_mod(&self.date, self.modifier.as_deref())
    }

    /// CSS class naming how the date is drawn: `point` (a day), `period` (a week to a
    /// century, a bar over its period) or `era` (a range band).
    pub fn shape(&self) -> &'static str {
        if self.era {
            "era"
        } else if self.precision == Precision::Day {
            "point"
        } else {
            "period"
        }
    }

    /// Estimated label width in pixels (date and title on one line, outlets below),
    /// capped at [`MAX_LABEL_PX`]; what stacking keeps clear.
    pub fn label_px(&self) -> f64 {
        // The label is about as long as the value ("2024-08-29" → "29 Aug 2024"), plus
        // a word for a mod ("early").
        let date = self.date.len() + if self.modifier.is_some() { 7 } else { 2 };
        let line1 = date + 1 + self.title.chars().count();
        let line2 = self
            .outlets
            .iter()
            .map(|o| o.chars().count() + 2)
            .sum::<usize>();
        let max = if self.era {
            MAX_ERA_LABEL_PX
        } else {
            MAX_LABEL_PX
        };
        (line1.max(line2) as f64 * CHAR_PX + 8.0).min(max)
    }
}

/// Every placed event of a document in time order, indexed by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Story {
    /// Placed events, chronological (ties by id).
    pub entries: Vec<Entry>,
    /// Positions in `entries` of the non-era events: the items of the lane layout, in
    /// the same order as [`Story::layout_items`].
    pub lane_entries: Vec<usize>,
    /// Positions in `entries` of the era (range) events.
    pub era_entries: Vec<usize>,
    index: HashMap<String, usize>,
}

/// What the page is about, built from the articles: the headline of the latest report
/// (by its date, given or inferred) and a line naming every source with its date, and
/// the years the timeline spans. `None` when no article has a title.
pub fn heading(doc: &Extraction) -> Option<(String, String)> {
    let latest = doc
        .articles
        .iter()
        .filter(|a| a.title.as_deref().is_some_and(|t| !t.trim().is_empty()))
        .max_by_key(|a| {
            // Latest first; on the same day a dated report before one dated by inference.
            let day = a.published.or(a.reference_date);
            (day, a.published.is_some(), std::cmp::Reverse(a.id.clone()))
        })?;
    let title = latest
        .title
        .as_deref()
        .unwrap_or_default()
        .trim()
        .to_string();
    let sources: Vec<String> = doc
        .articles
        .iter()
        .map(|a| {
            let name = crate::naming::source_name(Some(a), &a.id);
            match a.published {
                Some(d) => format!("{name}, {}", timeval::format_value(&timeval::day_value(d))),
                None => format!("{name}, undated"),
            }
        })
        .collect();
    let years: Vec<i32> = doc
        .events
        .iter()
        .filter_map(|e| timeval::parse(&e.date))
        .flat_map(|iv| [iv.start.year(), iv.end.pred_opt().unwrap_or(iv.end).year()])
        .collect();
    let span = match (years.iter().min(), years.iter().max()) {
        (Some(a), Some(b)) if a != b => format!(", on a timeline from {a} to {b}"),
        (Some(a), Some(_)) => format!(", on a timeline of {a}"),
        _ => String::new(),
    };
    let told = match sources.as_slice() {
        [] => String::new(),
        [one] => format!("As reported by {one}"),
        many => format!("As reported by {}", crate::cards::labels::join_and(many)),
    };
    Some((title, format!("{told}{span}.")))
}

/// What lies outside a window, on each side ([`Story::outside`]).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Outside<'a> {
    /// Events that end before the window.
    pub before: usize,
    /// The latest of them.
    pub nearest_before: Option<&'a Entry>,
    /// Events that start after the window.
    pub after: usize,
    /// The earliest of them.
    pub nearest_after: Option<&'a Entry>,
}

impl Story {
    /// The placed events of `doc`; events whose date cannot be placed (`PAST_REF`,
    /// durations) are left out.
    pub fn new(doc: &Extraction) -> Self {
        let outlets: HashMap<&str, String> = doc
            .articles
            .iter()
            .map(|a| (a.id.as_str(), crate::naming::source_name(Some(a), &a.id)))
            .collect();
        // Chronological as `timeval::sort_key` orders values: start, finer first, end.
        let mut entries: Vec<((f64, Precision, f64), Entry)> = doc
            .events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| entry(doc, &outlets, i, e))
            .map(|en| ((en.start_day, en.precision, en.end_day), en))
            .collect();
        crate::order::sort_by(&mut entries, |a, b| {
            (a.0 .0.total_cmp(&b.0 .0))
                .then(a.0 .1.cmp(&b.0 .1))
                .then(a.0 .2.total_cmp(&b.0 .2))
                .then_with(|| a.1.id.cmp(&b.1.id))
        });
        Story::of_entries(entries.into_iter().map(|(_, e)| e).collect())
    }

    /// This story with only the events at `keep` (indexes into the document it was
    /// built from), in the same order — what a search leaves, found without parsing or
    /// sorting again. Entries keep their index into the whole document.
    pub fn narrowed(&self, keep: &[usize]) -> Story {
        let n = keep.iter().max().map_or(0, |m| m + 1);
        let mut kept = vec![false; n];
        for &i in keep {
            kept[i] = true;
        }
        let entries: Vec<Entry> = self
            .entries
            .iter()
            .filter(|e| kept.get(e.event).copied().unwrap_or(false))
            .cloned()
            .collect();
        Story::of_entries(entries)
    }

    /// The story of chronological `entries`, with its id index and lane/era positions.
    fn of_entries(entries: Vec<Entry>) -> Story {
        let mut index = HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            index.entry(e.id.clone()).or_insert(i);
        }
        let (era_entries, lane_entries) = (0..entries.len()).partition(|&i| entries[i].era);
        Story {
            entries,
            lane_entries,
            era_entries,
            index,
        }
    }

    /// Position of the event `id` in [`Story::entries`].
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The entry of event `id`.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.position(id).map(|i| &self.entries[i])
    }

    /// The event before `id` in time (story mode "previous"); the last event when
    /// nothing (or an unknown id) is selected, `None` at the start.
    pub fn prev(&self, id: Option<&str>) -> Option<&Entry> {
        match id.and_then(|id| self.position(id)) {
            Some(0) => None,
            Some(i) => self.entries.get(i - 1),
            None => self.entries.last(),
        }
    }

    /// The event after `id` in time (story mode "next"); the first event when nothing
    /// (or an unknown id) is selected, `None` at the end.
    pub fn next(&self, id: Option<&str>) -> Option<&Entry> {
        match id.and_then(|id| self.position(id)) {
            Some(i) => self.entries.get(i + 1),
            None => self.entries.first(),
        }
    }

    /// The events wholly outside the window `[start, end)` on each side: how many end
    /// before it and how many start after it, with the nearest of each (the one a
    /// "← 9 events" control brings into view). Eras (ranges drawn as bands) are left
    /// out; they are never far from what they span.
    pub fn outside(&self, start: f64, end: f64) -> Outside<'_> {
        let mut out = Outside::default();
        for &i in &self.lane_entries {
            let e = &self.entries[i];
            if e.end_day <= start {
                out.before += 1;
                if out.nearest_before.is_none_or(|n| e.end_day >= n.end_day) {
                    out.nearest_before = Some(e);
                }
            } else if e.start_day >= end {
                out.after += 1;
                if out.nearest_after.is_none_or(|n| e.start_day < n.start_day) {
                    out.nearest_after = Some(e);
                }
            }
        }
        out
    }

    /// The lane items for [`crate::geometry::layout::Layout::new`], one per
    /// [`Story::lane_entries`] element.
    pub fn layout_items(&self) -> Vec<LayoutItem> {
        self.lane_entries
            .iter()
            .map(|&i| {
                let e = &self.entries[i];
                LayoutItem {
                    start_day: e.start_day,
                    end_day: e.end_day,
                    lane: e.lane,
                    label_px: e.label_px(),
                }
            })
            .collect()
    }

    /// Zoom and pan limits around the data (a default year when there is none).
    pub fn bounds(&self) -> Bounds {
        let start = self
            .entries
            .iter()
            .map(|e| e.start_day)
            .fold(f64::INFINITY, f64::min);
        let end = self
            .entries
            .iter()
            .map(|e| e.end_day)
            .fold(f64::NEG_INFINITY, f64::max);
        if start.is_finite() && end.is_finite() {
            Bounds::new(start, end)
        } else {
            // 2024, so an empty document still has an axis.
            Bounds::new(19723.0, 20089.0)
        }
    }

    /// Counts of events per bin over `[start, end)`, for the overview strip.
    pub fn histogram(&self, start: f64, end: f64, bins: usize) -> Vec<u32> {
        let mut out = vec![0u32; bins];
        let span = end - start;
        if bins == 0 || span.is_nan() || span <= 0.0 {
            return out;
        }
        for e in &self.entries {
            let t = (e.mid_day() - start) / span * bins as f64;
            if t >= 0.0 && t < bins as f64 {
                out[t as usize] += 1;
            }
        }
        out
    }
}

fn entry(
    doc: &Extraction,
    outlets_of: &HashMap<&str, String>,
    index: usize,
    e: &Event,
) -> Option<Entry> {
    let modifier = e
        .dated_by
        .as_ref()
        .and_then(|_| dating_timex(doc, e))
        .filter(|t| t.value == e.date)
        .and_then(|t| t.modifier.clone());
    let iv = timeval::parse_with_mod(&e.date, modifier.as_deref())
        .or_else(|| timeval::parse(&e.date))?;
    let mut outlets: Vec<String> = Vec::new();
    for m in &e.mentions {
        let name = outlets_of
            .get(m.article.as_str())
            .cloned()
            .unwrap_or_else(|| crate::naming::source_name(None, &m.article));
        if !outlets.contains(&name) {
            outlets.push(name);
        }
    }
    Some(Entry {
        id: e.id.clone(),
        event: index,
        title: e.title.clone(),
        date: e.date.clone(),
        modifier,
        outlets,
        lane: lane_of(e.kind),
        start_day: iv.start_day(),
        end_day: iv.end_day(),
        precision: iv.precision,
        approximate: iv.approximate,
        era: is_era(&iv),
    })
}

/// The name of article `id`'s source ([`crate::naming::source_name`]: its outlet, the
/// user's "Your article N", its title, its id as a last resort).
pub fn outlet(doc: &Extraction, id: &str) -> String {
    crate::naming::source_name(doc.articles.iter().find(|a| a.id == id), id)
}

/// The timex that gave the event its date (`Event.dated_by`), if it is in the document.
pub fn dating_timex<'a>(doc: &'a Extraction, e: &Event) -> Option<&'a Timex> {
    let by = e.dated_by.as_ref()?;
    doc.timexes
        .iter()
        .find(|t| t.article == by.article && t.start == by.start && t.end == by.end)
}

/// How the event's date was found, for the detail panel:
/// `“Thursday” → 29 Aug 2024, counted from the publication date 31 Aug 2024`.
/// `None` when the event carries no dating timex.
pub fn resolution(doc: &Extraction, e: &Event) -> Option<String> {
    let t = dating_timex(doc, e)?;
    if timeval::parse(&t.value).is_none() {
        // An undated report's "Friday": say why it has no date instead of its value.
        let article = doc.articles.iter().find(|a| a.id == t.article);
        let why = if article.is_some_and(|a| a.reference_date.is_none()) {
            "the article has no publication date and none could be inferred"
        } else {
            "it names no day that can be placed"
        };
        return Some(format!(
            "“{}” could not be placed: {why} ({})",
            t.text.trim(),
            outlet(doc, &t.article)
        ));
    }
    let date = format_with_mod(&t.value, t.modifier.as_deref());
    let from = match &t.anchor {
        None => "written as a date".to_string(),
        Some(a) => {
            let at = format_value(&a.value);
            match a.basis {
                AnchorBasis::Published => format!("from the publication date {at}"),
                AnchorBasis::Inferred => {
                    let source = doc
                        .articles
                        .iter()
                        .find(|x| x.id == t.article)
                        .and_then(|x| x.inferred_from.as_deref())
                        .map(|other| format!(", inferred from {}", outlet(doc, other)))
                        .unwrap_or_default();
                    format!("from the reference date {at}{source}")
                }
                AnchorBasis::Narrative => format!("from {at}, the date last mentioned before it"),
            }
        }
    };
    Some(format!(
        "“{}” → {date}, {from} ({})",
        t.text.trim(),
        outlet(doc, &t.article)
    ))
}

/// The text of a mention, as quoted in the detail panel: its span of the article's text
/// (sliced by code points) without scrape artifacts ([`crate::view_model::quote`]).
/// `None` when the article or its text is missing or the span is out of range.
pub fn sentence(doc: &Extraction, m: &Mention) -> Option<String> {
    let article = doc.articles.iter().find(|a| a.id == m.article)?;
    let text = article.text.as_ref()?;
    if m.end <= m.start {
        return None;
    }
    let s: String = text.chars().skip(m.start).take(m.end - m.start).collect();
    (s.chars().count() == m.end - m.start)
        .then(|| crate::view_model::quote::quote(&s, m.start, &article.artifacts))
}

/// The state kept in the URL fragment: the selected event and the visible window.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fragment {
    /// Selected event id.
    pub event: Option<String>,
    /// Visible window (whole days).
    pub view: Option<Viewport>,
    /// The timeline shows the user's own articles only (`mine=1`).
    pub mine: bool,
    /// The search and filters (`q=…&lane=…&src=…&out=…&prec=…&from=…&to=…`).
    pub filter: crate::search::Filter,
}

impl Fragment {
    /// Reads `#event=<id>&view=<a>..<b>&mine=1` (the `#` optional, parts in any order, unknown
    /// parts and malformed values ignored).
    pub fn parse(hash: &str) -> Self {
        let mut out = Fragment::default();
        for part in hash.trim_start_matches('#').split('&') {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            match k {
                "event" if !v.is_empty() => out.event = Some(decode(v)),
                "view" => out.view = Viewport::from_fragment(&decode(v)),
                "mine" => out.mine = v == "1",
                _ => out.filter.read_part(k, &decode(v)),
            }
        }
        out
    }

    /// The fragment text, `#event=<id>&view=<a>..<b>` (parts left out when absent).
    pub fn format(&self) -> String {
        let mut parts = Vec::new();
        if let Some(e) = &self.event {
            parts.push(format!("event={}", encode(e)));
        }
        if let Some(v) = &self.view {
            parts.push(format!("view={}", v.to_fragment()));
        }
        if self.mine {
            parts.push("mine=1".to_string());
        }
        for (k, v) in self.filter.to_parts() {
            parts.push(format!("{k}={}", encode(&v)));
        }
        format!("#{}", parts.join("&"))
    }
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b':') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Makes sure layout item `selected` (an index into [`Story::lane_entries`]) is drawn
/// as a mark: if a cluster holds it, it leaves the cluster (a cluster left with one
/// member becomes a mark too) and goes in a new row of its lane. `x` gives an item's
/// pixel span.
pub fn keep_selected(
    frame: &mut Frame,
    selected: usize,
    lane: Lane,
    x: impl Fn(usize) -> (f64, f64),
) {
    let out = &mut frame.lanes[lane.index()];
    let Some(ci) = out
        .clusters
        .iter()
        .position(|c| c.members.contains(&selected))
    else {
        return;
    };
    let mut freed = vec![selected];
    out.clusters[ci].members.retain(|&m| m != selected);
    if out.clusters[ci].members.len() < 2 {
        freed.extend(out.clusters.remove(ci).members);
    }
    for index in freed {
        let (x0, x1) = x(index);
        out.marks.push(Mark {
            index,
            x0,
            x1,
            row: out.row_count,
        });
        out.row_count += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::cluster::Cluster;
    use crate::model::{Anchor, Article, EventKind, TimexType};

    fn article(id: &str, outlet: &str, text: &str) -> Article {
        Article {
            outlet: Some(outlet.into()),
            text: Some(text.into()),
            ..Article::new(id, format!("{id}.txt"))
        }
    }

    fn event(id: &str, date: &str, kind: EventKind, mentions: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: date.into(),
            title: format!("title {id}"),
            mentions: mentions
                .iter()
                .map(|a| Mention {
                    article: (*a).into(),
                    start: 0,
                    end: 3,
                })
                .collect(),
            kind,
            casualties: vec![],
            dated_by: None,
        }
    }

    fn doc() -> Extraction {
        Extraction {
            articles: vec![
                article("a", "Al Jazeera", "Él dijo. On Thursday, troops raided."),
                article("b", "The Sun", "xyz"),
            ],
            timexes: vec![Timex {
                article: "a".into(),
                start: 12,
                end: 20,
                text: "Thursday".into(),
                kind: TimexType::Date,
                value: "2024-08-29".into(),
                modifier: None,
                anchor: Some(Anchor {
                    value: "2024-08-31".into(),
                    basis: AnchorBasis::Published,
                }),
            }],
            events: vec![
                event("raid", "2024-08-29", EventKind::Attack, &["a", "b", "a"]),
                event("peak", "2014", EventKind::Territorial, &["b"]),
                event("drones", "2023-10/2024-02", EventKind::Other, &["a"]),
                event("vague", "PAST_REF", EventKind::Other, &["a"]),
                event("vote", "2024-11", EventKind::Political, &["a"]),
            ],
            ..Extraction::default()
        }
    }

    #[test]
    fn a_narrowed_story_is_the_story_of_the_narrowed_document() {
        let d = doc();
        let whole = Story::new(&d);
        for keep in [
            vec![],
            vec![0],
            vec![0, 2],
            vec![1, 2, 3, 4],
            vec![0, 1, 2, 3, 4],
        ] {
            let narrowed = whole.narrowed(&keep);
            let direct = Story::new(&crate::search::narrow(&d, &keep));
            let ids = |s: &Story| s.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&narrowed), ids(&direct), "{keep:?}");
            assert_eq!(narrowed.lane_entries, direct.lane_entries, "{keep:?}");
            assert_eq!(narrowed.era_entries, direct.era_entries, "{keep:?}");
            for e in &narrowed.entries {
                assert_eq!(
                    d.events[e.event].id, e.id,
                    "indexes stay those of the whole"
                );
                assert_eq!(narrowed.get(&e.id), Some(e));
            }
        }
        assert_eq!(
            whole.narrowed(&[2, 0]).entries.len(),
            2,
            "any order of indexes"
        );
        assert_eq!(
            whole.narrowed(&[99]).entries.len(),
            0,
            "unknown indexes are ignored"
        );
    }

    #[test]
    fn the_heading_is_the_latest_headline_with_its_sources_and_span() {
        let mut d = doc();
        assert_eq!(heading(&d), None, "no titles");
        d.articles[0].title = Some("Raid in the desert".into());
        d.articles[0].published = chrono::NaiveDate::from_ymd_opt(2024, 8, 31);
        d.articles[1].title = Some("Older background piece".into());
        d.articles[1].published = chrono::NaiveDate::from_ymd_opt(2024, 8, 1);
        assert_eq!(
            heading(&d),
            Some((
                "Raid in the desert".to_string(),
                "As reported by Al Jazeera, 31 Aug 2024 and The Sun, 1 Aug 2024, \
                 on a timeline from 2014 to 2024."
                    .to_string()
            ))
        );
        d.articles[1].published = None;
        d.events.retain(|e| e.id == "raid");
        let (_, line) = heading(&d).unwrap();
        assert_eq!(
            line,
            "As reported by Al Jazeera, 31 Aug 2024 and The Sun, undated, on a timeline of 2024."
        );
    }

    #[test]
    fn events_outside_a_window_are_counted_with_the_nearest() {
        let s = Story::new(&doc());
        let day = |v: &str| timeval::parse(v).unwrap().start_day();
        // A window over 2024 (March to October): the drone campaign is an era (left
        // out); the 2014 peak lies before, the raid inside, the November vote after.
        let o = s.outside(day("2024-03-01"), day("2024-10-01"));
        assert_eq!((o.before, o.after), (1, 1));
        assert_eq!(o.nearest_before.map(|e| e.id.as_str()), Some("peak"));
        assert_eq!(o.nearest_after.map(|e| e.id.as_str()), Some("vote"));
        let o = s.outside(day("2010"), day("2011"));
        assert_eq!((o.before, o.after), (0, 3));
        assert_eq!(o.nearest_after.map(|e| e.id.as_str()), Some("peak"));
        let o = s.outside(day("2024-12-01"), day("2025"));
        assert_eq!((o.before, o.after), (3, 0));
        assert_eq!(o.nearest_before.map(|e| e.id.as_str()), Some("vote"));
        let all = s.outside(day("2000"), day("2030"));
        assert_eq!((all.before, all.after), (0, 0));
        assert!(all.nearest_before.is_none() && all.nearest_after.is_none());
    }

    #[test]
    fn story_orders_placed_events_and_walks_them() {
        let s = Story::new(&doc());
        let ids: Vec<&str> = s.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["peak", "drones", "raid", "vote"]);
        assert_eq!(s.era_entries, [1]);
        assert_eq!(s.lane_entries, [0, 2, 3]);
        assert_eq!(s.next(None).map(|e| e.id.as_str()), Some("peak"));
        assert_eq!(s.prev(None).map(|e| e.id.as_str()), Some("vote"));
        assert_eq!(s.next(Some("drones")).map(|e| e.id.as_str()), Some("raid"));
        assert_eq!(s.prev(Some("drones")).map(|e| e.id.as_str()), Some("peak"));
        assert_eq!(s.prev(Some("peak")), None);
        assert_eq!(s.next(Some("vote")), None);
        let raid = s.get("raid").unwrap();
        assert_eq!(raid.outlets, ["Al Jazeera", "The Sun"]);
        assert_eq!(
            (raid.date_label().as_str(), raid.shape()),
            ("29 Aug 2024", "point")
        );
        assert_eq!(raid.lane, Lane::Conflict);
        assert_eq!(s.get("peak").unwrap().shape(), "period");
        assert_eq!(s.get("drones").unwrap().shape(), "era");
        assert_eq!(s.get("drones").unwrap().date_label(), "Oct 2023 – Feb 2024");
        assert_eq!(s.layout_items().len(), 3);
        let b = s.bounds();
        assert_eq!(b.data_start, s.get("peak").unwrap().start_day);
        assert_eq!(b.data_end, s.get("vote").unwrap().end_day);
    }

    #[test]
    fn approximate_dates_take_the_mod_of_their_timex() {
        let mut d = doc();
        d.timexes[0].value = "2024-08".into();
        d.timexes[0].modifier = Some("START".into());
        d.events[0].date = "2024-08".into();
        d.events[0].dated_by = Some(Mention {
            article: "a".into(),
            start: 12,
            end: 20,
        });
        let s = Story::new(&d);
        let e = s.get("raid").unwrap();
        assert_eq!(e.date_label(), "early Aug 2024");
        assert!(e.approximate);
        assert_eq!(e.end_day - e.start_day, 10.0);
    }

    #[test]
    fn resolution_names_the_timex_and_its_anchor() {
        let mut d = doc();
        d.events[0].dated_by = Some(Mention {
            article: "a".into(),
            start: 12,
            end: 20,
        });
        assert_eq!(
            resolution(&d, &d.events[0]).as_deref(),
            Some("“Thursday” → 29 Aug 2024, from the publication date 31 Aug 2024 (Al Jazeera)")
        );
        d.articles[0].inferred_from = Some("b".into());
        d.timexes[0].anchor.as_mut().unwrap().basis = AnchorBasis::Inferred;
        assert_eq!(
            resolution(&d, &d.events[0]).as_deref(),
            Some("“Thursday” → 29 Aug 2024, from the reference date 31 Aug 2024, inferred from The Sun (Al Jazeera)")
        );
        d.timexes[0].anchor = None;
        assert!(resolution(&d, &d.events[0])
            .unwrap()
            .contains("written as a date"));
        assert_eq!(resolution(&d, &d.events[1]), None);
    }

    #[test]
    fn sentences_are_sliced_by_code_points() {
        let d = doc();
        let m = |start, end| Mention {
            article: "a".into(),
            start,
            end,
        };
        assert_eq!(sentence(&d, &m(0, 8)).as_deref(), Some("Él dijo."));
        assert_eq!(
            sentence(&d, &m(9, 36)).as_deref(),
            Some("On Thursday, troops raided.")
        );
        assert_eq!(sentence(&d, &m(30, 99)), None);
        assert_eq!(sentence(&d, &m(5, 5)), None);
        let missing = Mention {
            article: "zz".into(),
            start: 0,
            end: 1,
        };
        assert_eq!(sentence(&d, &missing), None);
        // A scrape artifact inside the sentence is not quoted ("raided" + "[x]").
        let mut d = doc();
        let text = d.articles[0].text.clone().unwrap();
        d.articles[0].text = Some(text.replace("raided.", "raided[x]."));
        d.articles[0].artifacts = vec![crate::model::Span { start: 35, end: 38 }];
        assert_eq!(
            sentence(&d, &m(9, 39)).as_deref(),
            Some("On Thursday, troops raided.")
        );
    }

    #[test]
    fn fragments_round_trip_and_ignore_junk() {
        let f = Fragment {
            event: Some("2024-08-29-raid é&x".into()),
            view: Viewport::from_fragment("2014-01-01..2024-12-31"),
            mine: false,
            filter: Default::default(),
        };
        let text = f.format();
        assert_eq!(
            text,
            "#event=2024-08-29-raid%20%C3%A9%26x&view=2014-01-01..2024-12-31"
        );
        assert_eq!(Fragment::parse(&text), f);
        assert_eq!(Fragment::parse(""), Fragment::default());
        assert_eq!(
            Fragment::parse("#view=nonsense&x=1&event="),
            Fragment::default()
        );
        assert_eq!(Fragment::parse("#event=%zz").event.as_deref(), Some("%zz"));
        assert_eq!(Fragment::default().format(), "#");
        let mine = Fragment::parse("#mine=1&event=a");
        assert!(mine.mine && mine.event.as_deref() == Some("a"));
        assert_eq!(mine.format(), "#event=a&mine=1");
        assert!(!Fragment::parse("#mine=0").mine && !Fragment::parse("#mine").mine);
        let found = Fragment::parse("#q=al-Qurashi%20raid&lane=conflict&event=x");
        assert_eq!(found.filter.query, "al-Qurashi raid");
        assert_eq!(found.filter.lanes, ["conflict"]);
        assert_eq!(found.format(), "#event=x&q=al-Qurashi%20raid&lane=conflict");
    }

    #[test]
    fn the_selected_item_leaves_its_cluster() {
        let mut f = Frame::default();
        let lane = &mut f.lanes[0];
        lane.row_count = 1;
        lane.clusters.push(Cluster {
            members: vec![3, 4, 5],
            x0: 10.0,
            x1: 20.0,
            start_day: 0.0,
            end_day: 3.0,
        });
        keep_selected(&mut f, 4, Lane::Conflict, |i| (i as f64, i as f64 + 8.0));
        assert_eq!(f.lanes[0].clusters[0].members, [3, 5]);
        assert_eq!(f.lanes[0].marks.len(), 1);
        assert_eq!((f.lanes[0].marks[0].index, f.lanes[0].marks[0].row), (4, 1));
        keep_selected(&mut f, 5, Lane::Conflict, |i| (i as f64, i as f64 + 8.0));
        assert!(f.lanes[0].clusters.is_empty());
        assert_eq!(f.lanes[0].marks.len(), 3);
        assert_eq!(f.lanes[0].row_count, 4);
        assert_eq!(f.count(), 3);
    }

    #[test]
    fn histogram_counts_mid_days() {
        let s = Story::new(&doc());
        let b = s.bounds();
        let h = s.histogram(b.data_start, b.data_end, 4);
        assert_eq!(h.iter().sum::<u32>(), 4);
        assert_eq!(h[0], 1);
        assert!(s.histogram(5.0, 5.0, 4).iter().all(|&n| n == 0));
    }
}
