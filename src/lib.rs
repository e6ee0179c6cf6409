//! Dateline: news articles in, an interactive, source-checked timeline out.
//!
//! The crate is one pure core and one browser edge:
//!
//! - [`model`] — the extraction contract as serde data.
//! - [`corpus`] — the embedded articles; the one place raw text enters the app.
//! - [`extract`] — article text to [`model::Extraction`]: dates, figures, events.
//! - [`timeval`] — TIMEX3 values as calendar intervals with a precision.
//! - [`geometry`] — time scale, ticks, lanes, clusters, viewport: layout maths.
//! - [`cards`] — casualty cards: figures per incident, group and outcome, reconciled.
//! - [`order`] — stable sorting through one shared sort routine (a smaller bundle).
//! - [`listing`] — the events as sortable table rows, for the list view.
//! - [`export`] — JSON, CSV and TimelineJS3 documents built from an extraction.
//! - [`store`] — the saved user articles: a versioned schema, checked on load.
//! - [`story`] — the timeline's view model: events in time order, labels, URL fragment.
//! - [`imported`] — the document built from embedded plus user-added articles.
//! - [`worker_job`] — what the page asks the extraction Web Worker, and its answer.
//! - `ui` (wasm32 only) — Leptos components that draw the above and forward input.
//!
//! Everything but `ui` is free of web types and tested with plain `cargo test`.

pub mod cards;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod geometry;
pub mod imported;
pub mod listing;
pub mod model;
pub mod order;
pub mod store;
pub mod story;
pub mod timeval;
pub mod view_model;
pub mod worker_job;

#[cfg(target_arch = "wasm32")]
pub mod ui;
