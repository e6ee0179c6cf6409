//! News articles in, a timeline out.
//!
//! `dateline-extract` reads plain-text news reports and returns one [`Extraction`]: the
//! JSON contract Dateline's app draws and its scorer grades (`spec/extraction.md`, also
//! summarised in this crate's README). For each article it finds
//!
//! - **temporal expressions** as TIMEX3 values ("Thursday" → `2024-08-29`, "the first half
//!   of 2024" → `2024-H1`, "Monday night" → `2023-12-25TNI`), resolved against the
//!   article's reference date and the narrative;
//! - **casualty figures**: who (group), what happened to them (killed, injured), how many
//!   and how sure ("at least 15"), when the incident happened, explicit zeros and
//!   sub-totals;
//! - **timeline events** with a date, a kind (lane) and a short title, merged across
//!   articles that report the same happening;
//! - the **reference date** of an undated report, inferred from a dated report of the
//!   same news.
//!
//! Extraction is a pure function of its input: it never panics, never fails and never
//! touches a clock, a file or the network; problems are returned as
//! [`Extraction::warnings`]. The crate has no web dependency, so it runs natively (its
//! command-line tool `dateline-extract`) and in WebAssembly alike.
//!
//! # Example
//!
//! ```
//! use dateline_extract::{extract, model::Outcome, Source};
//!
//! let report = " date 2024-03-08\n\
//!     Two soldiers were killed and five others were wounded on Thursday when a roadside \
//!     bomb struck their convoy near Kirkuk, the army said.";
//! let doc = extract(&[Source::new("kirkuk", report)]);
//!
//! // "Thursday", read against the header date, is 7 March 2024.
//! let thursday = doc.timexes.iter().find(|t| t.text == "Thursday").unwrap();
//! assert_eq!(thursday.value, "2024-03-07");
//!
//! // One figure per statement: 2 killed, 5 injured.
//! for figure in &doc.casualties {
//!     println!("{:?} {:?}: {}", figure.group, figure.outcome, figure.count);
//! }
//! let killed = doc.casualties.iter().find(|c| c.outcome == Outcome::Killed).unwrap();
//! assert_eq!(killed.count, 2);
//! let injured = doc.casualties.iter().find(|c| c.outcome == Outcome::Injured).unwrap();
//! assert_eq!(injured.count, 5);
//! ```
//!
//! # Public API
//!
//! One function, [`extract`], over [`Source`]s, returning the contract types of
//! [`model`]; [`timeval`] reads the TIMEX3 values the contract carries (for drawing them
//! on a time axis); [`compact`] writes and reads a document in a compact binary form (the
//! app's embedded story and worker replies, read without a JSON parser). Everything else
//! is internal to the crate.

#![warn(missing_docs)]

pub mod compact;
mod extract;
pub mod model;
pub mod timeval;

#[cfg(test)]
mod props;

pub use extract::{extract, Source};
pub use model::Extraction;
