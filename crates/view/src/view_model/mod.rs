//! Display models for the casualty cards and the article reader: pure functions that
//! turn an [`Extraction`](crate::model::Extraction) into what the components draw, so
//! the components in `ui::cards` and `ui::reader` only draw and forward input.
//!
//! - [`segments`]: an article's text as blocks (paragraphs, captions, …) of sentences,
//!   each split into flat pieces under the highlights that cover them (temporal
//!   expressions, casualty figures, scrape artifacts), sliced by code point.
//! - [`links`]: which event a highlight or a sentence belongs to, and which sentence a
//!   marked span points at.
//! - [`quote`]: a sentence quoted as evidence, without scrape artifacts.
//! - [`notes`]: what an article's date line says, how a temporal expression was
//!   resolved, and the unquantified claims of a card ("key leaders among the dead").
//!
//! No DOM, no Leptos: tested with plain `cargo test`.

pub mod links;
pub mod notes;
pub mod quote;
pub mod segments;
