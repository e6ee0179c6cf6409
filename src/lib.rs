//! Dateline: news articles in, an interactive, source-checked timeline out.
//!
//! The app crate: the browser edge and what ties the workspace's library crates to the
//! embedded articles.
//!
//! - [`model`], [`timeval`] — re-exported from `dateline-extract`, the extraction
//!   library (`crates/extract`): the contract types and TIMEX3 values.
//! - [`geometry`], [`story`], [`cards`], [`view_model`], [`listing`], [`export`],
//!   [`store`], [`order`], [`windowing`] — re-exported from `dateline-view` (`crates/view`): the pure
//!   view models.
//! - [`corpus`] — the embedded articles; the one place raw text enters the app.
//! - [`imported`] — the document built from embedded plus user-added articles.
//! - [`worker_job`] — what the page asks the extraction Web Worker, and its answer.
//! - `ui` (wasm32 only) — Leptos components that draw the above and forward input.
//!
//! Everything but `ui` is free of web types; the two library crates cannot depend on
//! one (they have none in their manifests), and are tested with plain `cargo test`.

pub use dateline_extract::{model, timeval};
pub use dateline_view::{
    cards, export, geometry, html_text, listing, naming, order, search, shared, store, story,
    undated, view_model, windowing,
};

pub mod corpus;
pub mod imported;
pub mod worker_job;

#[cfg(target_arch = "wasm32")]
pub mod ui;
