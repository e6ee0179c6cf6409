//! The time axis: every extracted event placed by its date, marked with date, title and
//! source outlets. (First slice: a fixed axis over the data range.)

use crate::{model::Extraction, timeval};
use leptos::prelude::*;

/// Days since 1970-01-01 of a date, as f64 for layout.
fn days(d: chrono::NaiveDate) -> f64 {
    (d - chrono::NaiveDate::default()).num_days() as f64
}

/// The event axis of the whole document.
#[component]
pub fn Timeline(
    /// The extraction to draw.
    #[prop(into)]
    doc: Signal<Extraction>,
) -> impl IntoView {
    move || doc.with(draw)
}

/// Draws the axis of one document.
fn draw(doc: &Extraction) -> impl IntoView {
    let rows = {
        let mut rows: Vec<_> = doc
            .events
            .iter()
            .filter_map(|e| timeval::parse(&e.date).map(|iv| (iv, e)))
            .map(|(iv, e)| {
                let outlets: Vec<String> = {
                    let mut v: Vec<String> = e
                        .mentions
                        .iter()
                        .filter_map(|m| doc.articles.iter().find(|a| a.id == m.article))
                        .map(|a| a.outlet.clone().unwrap_or_else(|| a.id.clone()))
                        .collect();
                    v.dedup();
                    v
                };
                let label = timeval::format_value(&e.date);
                (iv, e.id.clone(), e.title.clone(), label, outlets.join(", "))
            })
            .collect();
        rows.sort_by_key(|r| r.0.start);
        rows
    };
    let (lo, hi) = match (rows.first(), rows.iter().map(|r| r.0.end).max()) {
        (Some(first), Some(end)) => (days(first.0.start), days(end)),
        _ => (0.0, 1.0),
    };
    let span = (hi - lo).max(1.0);
    let years: Vec<i32> = rows
        .first()
        .map(|f| {
            use chrono::Datelike;
            let y0 = f.0.start.year();
            let y1 = rows.iter().map(|r| r.0.end.year()).max().unwrap_or(y0);
            (y0..=y1).collect()
        })
        .unwrap_or_default();
    let pct = move |d: f64| format!("{:.3}%", (d - lo) / span * 100.0);
    view! {
        <section class="timeline" data-testid="timeline" aria-label="Timeline of events">
            <ol class="events">
                {rows
                    .into_iter()
                    .map(|(iv, id, title, label, outlets)| {
                        view! {
                            <li class="event" data-event-id=id>
                                <div class="event-text">
                                    <time class="event-date">{label}</time>
                                    <span class="event-title">{title}</span>
                                    <span class="event-sources">{outlets}</span>
                                </div>
                                <div class="track" aria-hidden="true">
                                    <span class="dot" style:left=pct(days(iv.start))></span>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="axis" aria-hidden="true">
                <div class="axis-track">
                {years
                    .into_iter()
                    .map(|y| {
                        let d = chrono::NaiveDate::from_ymd_opt(y, 1, 1).map(days).unwrap_or(lo);
                        view! { <span class="tick" style:left=pct(d)>{y}</span> }
                    })
                    .collect_view()}
                </div>
            </div>
        </section>
    }
}
