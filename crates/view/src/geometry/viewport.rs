//! The visible window of the timeline: zoom around a pixel, pan by pixels, fit the
//! data, keyboard steps, and a URL-fragment form (`2014-01-01..2024-12-31`).
//!
//! Every operation returns a new window clamped by [`Bounds`]: never narrower than
//! [`Bounds::min_span`] days, never wider than [`Bounds::max_factor`] × the data's
//! extent, and never scrolled past the allowed margin around the data — no zooming out
//! to the Middle Ages, no panning into empty decades.

use super::scale::TimeScale;
use crate::timeval::{date_of_day, day_number};

/// A window of days `[start, end)` (day numbers, see [`crate::timeval::day_number`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    /// First visible day (may be fractional).
    pub start: f64,
    /// End of the window (exclusive).
    pub end: f64,
}

/// What a window may show: the data's extent and how far zoom may go each way.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// First day of the earliest event.
    pub data_start: f64,
    /// End of the latest event (exclusive).
    pub data_end: f64,
    /// Narrowest window, in days (1 = a day fills the plot).
    pub min_span: f64,
    /// Widest window as a multiple of the data extent (1.5 = data plus 25% each side).
    pub max_factor: f64,
}

impl Bounds {
    /// Bounds for data spanning `[data_start, data_end)` with the defaults: at least one
    /// day visible, at most 1.5 × the data extent.
    pub fn new(data_start: f64, data_end: f64) -> Self {
        let (a, b) = ordered(finite(data_start), finite(data_end));
        Bounds {
            data_start: a,
            data_end: b,
            min_span: 1.0,
            max_factor: 1.5,
        }
    }

    /// The widest window allowed, in days: `max_factor` × the data extent, where data
    /// shorter than 30 days counts as 30 (so a single event still allows 45 days).
    pub fn max_span(&self) -> f64 {
        let data = (self.data_end - self.data_start).max(30.0);
        (data * self.max_factor.max(1.0)).max(self.min_span())
    }

    /// The narrowest window allowed, in days (at least a minute, for sanity).
    pub fn min_span(&self) -> f64 {
        finite(self.min_span).max(1.0 / 1440.0)
    }

    /// The stretch of days a window may cover: the data centred in the widest window.
    pub fn limits(&self) -> (f64, f64) {
        let mid = (self.data_start + self.data_end) / 2.0;
        let half = self.max_span() / 2.0;
        (mid - half, mid + half)
    }
}

/// How far one keyboard step moves or zooms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyStep {
    /// Arrow left: pan back by a tenth of the window.
    Left,
    /// Arrow right: pan forward by a tenth of the window.
    Right,
    /// Page up / shift+arrow left: pan back by 90% of the window.
    PageLeft,
    /// Page down / shift+arrow right: pan forward by 90% of the window.
    PageRight,
    /// `+`: zoom in 2× around the centre.
    ZoomIn,
    /// `-`: zoom out 2× around the centre.
    ZoomOut,
    /// `0` or Home: fit all data.
    Fit,
}

/// Padding used by [`KeyStep::Fit`]: 5% of the data extent on each side.
pub const FIT_PADDING: f64 = 0.05;

impl Viewport {
    /// The window `[start, end)`, put in order; non-finite values become 0.
    pub fn new(start: f64, end: f64) -> Self {
        let (start, end) = ordered(finite(start), finite(end));
        Viewport { start, end }
    }

    /// Width of the window in days.
    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    /// The day in the middle of the window.
    pub fn center(&self) -> f64 {
        (self.start + self.end) / 2.0
    }

    /// True when day `d` is inside the window.
    pub fn contains(&self, d: f64) -> bool {
        d >= self.start && d < self.end
    }

    /// True when the interval `[start, end)` shows at least partly in the window (a
    /// zero-length interval shows when its day is inside).
    pub fn overlaps(&self, start: f64, end: f64) -> bool {
        start < self.end && (end > self.start || (start == end && start >= self.start))
    }

    /// The scale that draws this window across `width_px` pixels.
    pub fn scale(&self, width_px: f64) -> TimeScale {
        TimeScale::for_window(self.start, self.end, width_px)
    }

    /// The window showing all data with `padding` (a fraction of the data extent, e.g.
    /// 0.05) on each side, clamped to the bounds.
    pub fn fit(bounds: &Bounds, padding: f64) -> Self {
        let pad = (bounds.data_end - bounds.data_start) * finite(padding).max(0.0);
        Viewport::new(bounds.data_start - pad, bounds.data_end + pad).clamp(bounds)
    }

    /// The same window made valid: span between the bounds' minimum and maximum
    /// (keeping its centre), then shifted inside the bounds' limits.
    pub fn clamp(self, bounds: &Bounds) -> Self {
        let span = self.span().clamp(bounds.min_span(), bounds.max_span());
        let (lo, hi) = bounds.limits();
        let start = (self.center() - span / 2.0).clamp(lo, (hi - span).max(lo));
        Viewport {
            start,
            end: start + span,
        }
    }

    /// Zooms by `factor` (> 1 zooms in, < 1 out) keeping the day under pixel `anchor_px`
    /// of a `width_px`-wide plot where it is — the wheel/pinch behaviour.
    pub fn zoom(self, factor: f64, anchor_px: f64, width_px: f64, bounds: &Bounds) -> Self {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let scale = self.scale(width_px);
        let anchor = scale.invert(anchor_px);
        let span = (self.span() / factor).clamp(bounds.min_span(), bounds.max_span());
        // Where the anchor sits in the window, 0..1; kept as the span changes.
        let t = if self.span() > 0.0 {
            ((anchor - self.start) / self.span()).clamp(0.0, 1.0)
        } else {
            0.5
        };
        let start = anchor - t * span;
        Viewport::new(start, start + span).clamp(bounds)
    }

    /// Pans by `dx_px` pixels of a `width_px`-wide plot: positive moves the content
    /// right (shows earlier days), as when dragging.
    pub fn pan_px(self, dx_px: f64, width_px: f64, bounds: &Bounds) -> Self {
        let days = self.scale(width_px).px_per_day();
        let shift = if days > 0.0 {
            finite(dx_px) / days
        } else {
            0.0
        };
        self.pan_days(-shift, bounds)
    }

    /// Moves the window `days` later (negative: earlier), clamped.
    pub fn pan_days(self, days: f64, bounds: &Bounds) -> Self {
        let d = finite(days);
        Viewport::new(self.start + d, self.end + d).clamp(bounds)
    }

    /// The window after one keyboard step.
    pub fn key(self, step: KeyStep, bounds: &Bounds) -> Self {
        let s = self.span();
        match step {
            KeyStep::Left => self.pan_days(-s / 10.0, bounds),
            KeyStep::Right => self.pan_days(s / 10.0, bounds),
            KeyStep::PageLeft => self.pan_days(-s * 0.9, bounds),
            KeyStep::PageRight => self.pan_days(s * 0.9, bounds),
            KeyStep::ZoomIn => self.zoom_center(2.0, bounds),
            KeyStep::ZoomOut => self.zoom_center(0.5, bounds),
            KeyStep::Fit => Viewport::fit(bounds, FIT_PADDING),
        }
    }

    /// Zooms by `factor` around the window's centre (buttons and keys).
    pub fn zoom_center(self, factor: f64, bounds: &Bounds) -> Self {
        self.zoom(factor, 0.5, 1.0, bounds)
    }

    /// Zooms by `factor` around day `focus` (the selected event) when it is in the
    /// window, so it stays where it is on screen and never zooms out of view; around
    /// the centre otherwise (buttons and keys).
    pub fn zoom_around(self, factor: f64, focus: Option<f64>, bounds: &Bounds) -> Self {
        match focus.filter(|d| d.is_finite() && self.contains(*d) && self.span() > 0.0) {
            Some(d) => self.zoom(factor, (d - self.start) / self.span(), 1.0, bounds),
            None => self.zoom_center(factor, bounds),
        }
    }

    /// Centres the window on day `d` keeping its span (previous/next event), clamped.
    pub fn center_on(self, d: f64, bounds: &Bounds) -> Self {
        self.pan_days(finite(d) - self.center(), bounds)
    }

    /// The URL-fragment form: first and last visible day, inclusive,
    /// `2014-01-01..2024-12-31`. Whole days only; a fractional window is widened to the
    /// days it touches.
    pub fn to_fragment(&self) -> String {
        let first = date_of_day(self.start);
        let last = date_of_day((self.end - 1.0).ceil().max(self.start.floor()));
        format!("{first}..{last}")
    }

    /// Parses [`to_fragment`](Viewport::to_fragment)'s form back into a window of whole
    /// days; `None` for anything else (bad dates, reversed ends, missing `..`).
    /// Clamping to the data is the caller's choice ([`Viewport::clamp`]).
    pub fn from_fragment(s: &str) -> Option<Self> {
        let (a, b) = s.trim().split_once("..")?;
        let a = crate::timeval::parse_day(a)?;
        let b = crate::timeval::parse_day(b)?;
        (a <= b).then(|| Viewport::new(day_number(a), day_number(b) + 1.0))
    }
}

fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

fn ordered(a: f64, b: f64) -> (f64, f64) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeval::parse;

    /// The Dateline data: 2003 to the end of 2024 (8036 days).
    fn bounds() -> Bounds {
        Bounds::new(
            parse("2003").unwrap().start_day(),
            parse("2024").unwrap().end_day(),
        )
    }

    fn day(v: &str) -> f64 {
        parse(v).unwrap().start_day()
    }

    #[test]
    fn fit_pads_the_data() {
        let b = bounds();
        let v = Viewport::fit(&b, 0.05);
        assert!((v.start - (day("2003") - 401.8)).abs() < 1e-9);
        assert!((v.span() - 8036.0 * 1.1).abs() < 1e-9);
    }

    #[test]
    fn zoom_keeps_the_anchor_day_under_the_pointer() {
        let b = bounds();
        let v = Viewport::fit(&b, 0.0);
        let raid = day("2024-08-29");
        let px = v.scale(1000.0).x(raid);
        let z = v.zoom(4.0, px, 1000.0, &b);
        assert!((z.span() - 2009.0).abs() < 1e-9);
        assert!((z.scale(1000.0).x(raid) - px).abs() < 1e-6);
    }

    #[test]
    fn zoom_is_limited_to_a_day_and_to_one_and_a_half_data_extents() {
        let b = bounds();
        let v = Viewport::fit(&b, 0.0);
        let tiny = v.zoom(1e9, 500.0, 1000.0, &b);
        assert_eq!(tiny.span(), 1.0);
        let huge = v.zoom(1e-9, 500.0, 1000.0, &b);
        assert_eq!(huge.span(), 8036.0 * 1.5);
        assert_eq!(huge.start, day("2003") - 2009.0);
        // No Middle Ages: a window far in the past is pulled back next to the data.
        let old = Viewport::new(day("1200"), day("1201")).clamp(&b);
        assert_eq!(old.start, day("2003") - 2009.0);
        assert_eq!(old.span(), 366.0);
    }

    #[test]
    fn pan_moves_by_pixels_and_stops_at_the_margin() {
        let b = bounds();
        let v = Viewport::new(day("2010"), day("2011"));
        let p = v.pan_px(100.0, 365.0, &b);
        assert_eq!((p.start, p.end), (day("2010") - 100.0, day("2011") - 100.0));
        let far = v.pan_px(-1e9, 365.0, &b);
        assert_eq!(far.end, day("2025") + 2009.0);
        assert_eq!(v.pan_px(10.0, 0.0, &b), v);
    }

    #[test]
    fn keys_step_pan_zoom_and_fit() {
        let b = bounds();
        let v = Viewport::new(day("2010"), day("2010") + 100.0);
        assert_eq!(v.key(KeyStep::Right, &b).start, day("2010") + 10.0);
        assert_eq!(v.key(KeyStep::PageLeft, &b).start, day("2010") - 90.0);
        let z = v.key(KeyStep::ZoomIn, &b);
        assert_eq!((z.start, z.span()), (day("2010") + 25.0, 50.0));
        assert_eq!(v.key(KeyStep::ZoomOut, &b).span(), 200.0);
        assert_eq!(v.key(KeyStep::Fit, &b), Viewport::fit(&b, FIT_PADDING));
    }

    #[test]
    fn zooming_keeps_the_selected_day_in_view_and_in_place() {
        let b = Bounds::new(day("2003"), day("2025"));
        let fit = Viewport::fit(&b, FIT_PADDING);
        let raid = day("2024") + 240.0; // late August 2024, near the right edge
        let mut v = fit;
        for _ in 0..5 {
            let before = (raid - v.start) / v.span();
            v = v.zoom_around(2.0, Some(raid), &b);
            assert!(v.contains(raid), "{v:?}");
            let after = (raid - v.start) / v.span();
            // In place on screen, unless the window met the edge of what may be shown.
            assert!(
                (before - after).abs() < 1e-6 || v.end >= b.limits().1 - 1e-6,
                "{before} {after}"
            );
        }
        assert!(v.span() < fit.span() / 30.0);
        // Zooming out keeps it too; a day out of view (or none) zooms at the centre.
        assert!(v.zoom_around(0.5, Some(raid), &b).contains(raid));
        let c = fit.center();
        let away = fit.zoom_center(8.0, &b);
        assert_eq!(
            away.zoom_around(2.0, Some(day("2004")), &b),
            away.zoom_center(2.0, &b)
        );
        assert_eq!(fit.zoom_around(2.0, None, &b).center(), c);
        assert_eq!(
            fit.zoom_around(2.0, Some(f64::NAN), &b),
            fit.zoom_center(2.0, &b)
        );
    }

    #[test]
    fn contains_and_overlaps_are_half_open() {
        let v = Viewport::new(10.0, 20.0);
        assert!(v.contains(10.0) && !v.contains(20.0));
        assert!(v.overlaps(5.0, 11.0) && !v.overlaps(5.0, 10.0) && !v.overlaps(20.0, 30.0));
        assert!(v.overlaps(15.0, 15.0) && !v.overlaps(25.0, 25.0));
    }

    #[test]
    fn fragments_round_trip() {
        let v = Viewport::from_fragment("2014-01-01..2024-12-31").unwrap();
        assert_eq!((v.start, v.end), (day("2014"), day("2025")));
        assert_eq!(v.to_fragment(), "2014-01-01..2024-12-31");
        let one = Viewport::from_fragment("2024-08-29..2024-08-29").unwrap();
        assert_eq!(one.span(), 1.0);
        assert_eq!(
            Viewport::new(10.5, 11.2).to_fragment(),
            "1970-01-11..1970-01-12"
        );
        for bad in [
            "",
            "2014-01-01",
            "2024-01-01..2014-01-01",
            "2014-13-01..2015-01-01",
        ] {
            assert_eq!(Viewport::from_fragment(bad), None, "{bad}");
        }
    }

    #[test]
    fn bounds_for_a_single_day_still_allow_a_month() {
        let b = Bounds::new(day("2024-08-29"), day("2024-08-30"));
        assert_eq!(b.max_span(), 45.0);
        let v = Viewport::fit(&b, 0.05);
        assert!((v.span() - 1.1).abs() < 1e-9);
    }
}
