//! A linear time scale: days since the epoch ↔ pixels.

/// Maps a domain of days (f64, days since 1970-01-01) onto a range of pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// First visible day.
    pub d0: f64,
    /// Last visible day.
    pub d1: f64,
    /// Pixel of `d0`.
    pub r0: f64,
    /// Pixel of `d1`.
    pub r1: f64,
}

impl TimeScale {
    /// The pixel of day `d`; a zero-width domain maps everything to the range's middle.
    pub fn x(&self, d: f64) -> f64 {
        let span = self.d1 - self.d0;
        if span.abs() < f64::EPSILON {
            return (self.r0 + self.r1) / 2.0;
        }
        self.r0 + (d - self.d0) / span * (self.r1 - self.r0)
    }
}
