//! Culling: which items intersect the visible window, found by binary search so the UI
//! builds DOM nodes only for what is on screen (10,000 events, a few hundred visible).

use super::viewport::Viewport;

/// An index over items' day intervals that answers "which are visible?" in
/// O(log n + k). Build it once per data change, query it every frame.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Culler {
    /// `(start, end, input index)`, sorted by start then index.
    sorted: Vec<(f64, f64, usize)>,
    /// The longest interval, in days: how far left of the window a start may lie.
    max_len: f64,
}

impl Culler {
    /// Indexes `intervals` (`(start_day, end_day)` per item, any order). Non-finite
    /// values are treated as day 0; reversed intervals are put in order.
    pub fn new(intervals: &[(f64, f64)]) -> Self {
        let f = |v: f64| if v.is_finite() { v } else { 0.0 };
        let mut sorted: Vec<(f64, f64, usize)> = intervals
            .iter()
            .enumerate()
            .map(|(i, &(a, b))| {
                let (a, b) = (f(a), f(b));
                (a.min(b), a.max(b), i)
            })
            .collect();
        crate::order::sort_by(&mut sorted, |x, y| x.0.total_cmp(&y.0).then(x.2.cmp(&y.2)));
        let max_len = sorted.iter().map(|s| s.1 - s.0).fold(0.0, f64::max);
        Culler { sorted, max_len }
    }

    /// Number of indexed items.
    pub fn len(&self) -> usize {
        self.sorted.len()
    }

    /// True when no items are indexed.
    pub fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    /// Input indices of the items that overlap `view` (see [`Viewport::overlaps`]), in
    /// chronological order. Widen the view by a label's width in days to keep labels
    /// of items just off the left edge.
    pub fn visible(&self, view: &Viewport) -> Vec<usize> {
        let lo = view.start - self.max_len;
        let first = self.sorted.partition_point(|s| s.0 < lo);
        let last = self.sorted.partition_point(|s| s.0 < view.end);
        self.sorted[first..last.max(first)]
            .iter()
            .filter(|s| view.overlaps(s.0, s.1))
            .map(|s| s.2)
            .collect()
    }
}

/// For point items whose days are sorted ascending: the index range of those inside
/// `view` (`start <= day < end`), by two binary searches.
pub fn visible_points(sorted_days: &[f64], view: &Viewport) -> std::ops::Range<usize> {
    let a = sorted_days.partition_point(|&d| d < view.start);
    let b = sorted_days.partition_point(|&d| d < view.end);
    a..b.max(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_points_and_long_intervals_that_reach_into_the_window() {
        let items = [
            (50.0, 51.0), // 0: inside
            (0.0, 45.0),  // 1: long, reaches in
            (10.0, 20.0), // 2: before
            (60.0, 61.0), // 3: after
            (40.0, 41.0), // 4: start of window
            (59.0, 60.0), // 5: last day
            (60.0, 60.0), // 6: zero-length at the end: out
        ];
        let c = Culler::new(&items);
        assert_eq!(c.len(), 7);
        assert_eq!(c.visible(&Viewport::new(40.0, 60.0)), [1, 4, 0, 5]);
        assert_eq!(c.visible(&Viewport::new(100.0, 200.0)), Vec::<usize>::new());
        assert!(Culler::new(&[])
            .visible(&Viewport::new(0.0, 1.0))
            .is_empty());
    }

    #[test]
    fn point_ranges_by_binary_search() {
        let days = [1.0, 2.0, 2.0, 5.0, 9.0];
        assert_eq!(visible_points(&days, &Viewport::new(2.0, 9.0)), 1..4);
        assert_eq!(visible_points(&days, &Viewport::new(10.0, 20.0)), 5..5);
    }
}
