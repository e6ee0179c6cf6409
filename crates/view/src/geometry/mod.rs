//! Layout maths for the timeline, free of web types: time scale (date ↔ x), ticks,
//! lanes and stacking, clustering, culling, era bands and the viewport (zoom and pan).
//!
//! Every time coordinate is a day number: `f64` days since 1970-01-01
//! ([`crate::timeval::day_number`]). Every screen coordinate is `f64` CSS pixels.
//! The UI converts event dates once with [`crate::timeval::parse`], builds a
//! [`layout::Layout`], then per frame asks it (and [`ticks::ticks`]) what to draw.
//!
//! - [`scale`] — day ↔ pixel.
//! - [`ticks`] — axis steps and labels that never overlap.
//! - [`viewport`] — the visible window: zoom, pan, fit, keys, URL fragment.
//! - [`stack`] — lanes by event kind; rows so items never overlap.
//! - [`cluster`] — dense stretches as counted clusters that open by zooming.
//! - [`visible`] — culling by binary search.
//! - [`eras`] — range events as bands.
//! - [`layout`] — one frame: cull, cluster, stack.

pub mod cluster;
pub mod css;
pub mod eras;
pub mod layout;
pub mod scale;
pub mod stack;
pub mod ticks;
pub mod viewport;
pub mod visible;
