//! Dateline's view models: everything the app draws, computed from an extraction
//! without a DOM.
//!
//! Each module is a pure function of a [`dateline_extract::Extraction`] (or of a part of
//! it) and of view state such as the visible time range, so it is tested natively with
//! plain `cargo test` and compiled unchanged into the browser app, whose components only
//! draw these values and forward input.
//!
//! - [`geometry`] — time scale, ticks, lanes, clusters, viewport: layout maths.
//! - [`story`] — the timeline's view model: events in time order, labels, URL fragment.
//! - [`undated`] — events whose date cannot be placed, listed under "Date unknown".
//! - [`cards`] — casualty cards: figures per incident, group and outcome, reconciled.
//! - [`view_model`] — reader helpers: text segments under highlights, date notes.
//! - [`listing`] — the events as sortable table rows, for the list view.
//! - [`export`] — JSON, CSV and TimelineJS3 documents built from an extraction.
//! - [`naming`] — what an article is called on screen: outlet, \"Your article N\", headline.
//! - [`html_text`] — a pasted web page's source as the plain text of its prose.
//! - [`store`] — the saved user articles: a versioned schema, checked on load.
//! - [`search`] — finding events: search and filters that narrow every view.
//! - [`shared`] — a large value shared between reactive memos without copies.
//! - [`order`] — stable sorting through one shared sort routine (a smaller bundle).
//! - [`windowing`] — which rows of a long table to draw: those in view plus a margin.

pub mod cards;
pub mod export;
pub mod geometry;
pub mod html_text;
pub mod listing;
pub mod naming;
pub mod order;
pub mod search;
pub mod shared;
pub mod store;
pub mod story;
pub mod undated;
pub mod view_model;
pub mod windowing;

/// The contract types, under the name the view modules use for them.
pub(crate) use dateline_extract::{model, timeval};
