//! Documents built from an extraction for other tools: the contract JSON (re-importable),
//! a CSV of casualty figures for spreadsheets, and TimelineJS3 JSON; and the one checker
//! every document coming in goes through ([`check`]).
//!
//! Every function here is pure: it takes an [`Extraction`](crate::model::Extraction) and
//! returns a `String` (plus counts) that the UI offers as a download.

pub mod check;
pub mod csv;
pub mod json;
pub mod timelinejs;

pub use self::check::{read_document, Refused};
pub use self::csv::casualties_csv;
pub use self::json::{from_json, to_json, with_texts};
pub use self::timelinejs::{timeline_js, TimelineJs};
