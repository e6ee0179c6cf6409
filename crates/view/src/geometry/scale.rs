//! A linear time scale: day numbers (f64 days since 1970-01-01, see
//! [`crate::timeval::day_number`]) ↔ pixels, like d3's `scaleLinear` for one axis.
//!
//! The scale never produces NaN or infinity: a zero-width domain maps every day to the
//! middle of the range, a zero-width range inverts to the middle of the domain, and
//! non-finite inputs are replaced by the middle.

/// Maps a domain of days onto a range of pixels, linearly (and back with [`invert`]).
///
/// [`invert`]: TimeScale::invert
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    /// Day at pixel `r0` (usually the first visible day).
    pub d0: f64,
    /// Day at pixel `r1` (usually the exclusive end of the visible window).
    pub d1: f64,
    /// Pixel of `d0` (usually 0).
    pub r0: f64,
    /// Pixel of `d1` (usually the width of the plot).
    pub r1: f64,
}

/// Largest pixel magnitude the scale returns, far beyond any screen but safe to add to.
const PX_LIMIT: f64 = 1e12;

impl TimeScale {
    /// A scale from the days `[d0, d1]` to the pixels `[r0, r1]`; non-finite bounds
    /// become 0 so the scale is always usable.
    pub fn new(d0: f64, d1: f64, r0: f64, r1: f64) -> Self {
        let f = |v: f64| if v.is_finite() { v } else { 0.0 };
        TimeScale {
            d0: f(d0),
            d1: f(d1),
            r0: f(r0),
            r1: f(r1),
        }
    }

    /// The usual timeline scale: the window `[start, end)` (days) drawn across
    /// `width` pixels starting at 0.
    pub fn for_window(start: f64, end: f64, width: f64) -> Self {
        TimeScale::new(start, end, 0.0, width)
    }

    /// Pixels per day (0 for a zero-width domain): how big a day is at this zoom.
    pub fn px_per_day(&self) -> f64 {
        let span = self.d1 - self.d0;
        if span.abs() < f64::EPSILON {
            0.0
        } else {
            (self.r1 - self.r0) / span
        }
    }

    /// The pixel of day `d`; a zero-width domain (or a NaN day) maps to the range's
    /// middle. Always finite.
    pub fn x(&self, d: f64) -> f64 {
        let span = self.d1 - self.d0;
        let mid = (self.r0 + self.r1) / 2.0;
        if span.abs() < f64::EPSILON || d.is_nan() {
            return mid;
        }
        let x = self.r0 + (d - self.d0) / span * (self.r1 - self.r0);
        if x.is_nan() {
            mid
        } else {
            x.clamp(-PX_LIMIT, PX_LIMIT)
        }
    }

    /// The day at pixel `px` (the inverse of [`x`](TimeScale::x)); a zero-width range
    /// (or a NaN pixel) maps to the domain's middle. Always finite.
    pub fn invert(&self, px: f64) -> f64 {
        let width = self.r1 - self.r0;
        let mid = (self.d0 + self.d1) / 2.0;
        if width.abs() < f64::EPSILON || px.is_nan() {
            return mid;
        }
        let d = self.d0 + (px - self.r0) / width * (self.d1 - self.d0);
        if d.is_nan() {
            mid
        } else {
            d.clamp(-PX_LIMIT, PX_LIMIT)
        }
    }

    /// The pixel extent `[x(start), x(end)]` of an interval of days, ordered left to
    /// right, at least `min_px` wide (so a one-day event stays visible when zoomed out).
    pub fn span_px(&self, start: f64, end: f64, min_px: f64) -> (f64, f64) {
        let (a, b) = (self.x(start), self.x(end));
        let (a, b) = if a <= b { (a, b) } else { (b, a) };
        let min_px = if min_px.is_finite() {
            min_px.max(0.0)
        } else {
            0.0
        };
        if b - a < min_px {
            let mid = (a + b) / 2.0;
            (mid - min_px / 2.0, mid + min_px / 2.0)
        } else {
            (a, b)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeval::{day_number, parse};

    #[test]
    fn maps_2003_to_2024_across_a_1000px_plot() {
        let start = parse("2003").unwrap().start_day();
        let end = parse("2024").unwrap().end_day();
        let s = TimeScale::for_window(start, end, 1000.0);
        assert_eq!(s.x(start), 0.0);
        assert_eq!(s.x(end), 1000.0);
        let mid = (start + end) / 2.0;
        assert!((s.x(mid) - 500.0).abs() < 1e-9);
        let raid = day_number(chrono::NaiveDate::from_ymd_opt(2024, 8, 29).unwrap());
        assert!((s.invert(s.x(raid)) - raid).abs() < 1e-6);
        assert_eq!(end - start, 8036.0);
        assert!((s.px_per_day() - 1000.0 / 8036.0).abs() < 1e-12);
    }

    #[test]
    fn degenerate_scales_stay_finite() {
        let s = TimeScale::new(5.0, 5.0, 0.0, 800.0);
        assert_eq!(s.x(5.0), 400.0);
        assert_eq!(s.x(1e300), 400.0);
        assert_eq!(s.invert(123.0), 5.0);
        assert_eq!(s.px_per_day(), 0.0);
        let s = TimeScale::new(0.0, 10.0, 300.0, 300.0);
        assert_eq!(s.invert(42.0), 5.0);
        let s = TimeScale::new(f64::NAN, f64::INFINITY, 0.0, 100.0);
        assert_eq!(s.x(3.0), 50.0);
        let s = TimeScale::for_window(0.0, 1.0, 1000.0);
        assert_eq!(s.x(f64::NAN), 500.0);
        assert_eq!(s.x(f64::INFINITY), 1e12);
        assert_eq!(s.x(-1e300), -1e12);
        assert_eq!(s.invert(f64::NEG_INFINITY), -1e12);
    }

    #[test]
    fn span_px_orders_and_widens() {
        let s = TimeScale::for_window(0.0, 100.0, 1000.0);
        assert_eq!(s.span_px(10.0, 20.0, 4.0), (100.0, 200.0));
        assert_eq!(s.span_px(20.0, 10.0, 4.0), (100.0, 200.0));
        assert_eq!(s.span_px(10.0, 10.1, 4.0), (98.5, 102.5));
    }
}
