//! Layout maths for the timeline, free of web types: time scale (date ↔ x), ticks,
//! lanes and stacking, clustering, culling and the viewport (zoom and pan).
//!
//! Every time coordinate is a day number: `f64` days since 1970-01-01
//! ([`crate::timeval::day_number`]). Every screen coordinate is `f64` CSS pixels.
//! The UI converts event dates once with [`crate::timeval::parse`], then calls these
//! pure functions per frame and only draws what they return.

pub mod cluster;
pub mod eras;
pub mod layout;
pub mod scale;
pub mod stack;
pub mod ticks;
pub mod viewport;
pub mod visible;
