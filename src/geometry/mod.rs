//! Layout maths for the timeline, free of web types: time scale (date ↔ x), ticks,
//! lanes and stacking, clustering, and the viewport (zoom and pan).
//! (First version: a linear scale.)

pub mod scale;
