//! Windowed long lists: which rows of a long table to draw — those in view plus a margin
//! — and what stands in for the rest, so 10,000 events cost the page a few dozen rows of
//! DOM instead of 70,000 nodes, while the table keeps its full height, its scroll bar and
//! the row numbers screen readers announce (`aria-rowcount`, `aria-rowindex`).
//!
//! Row heights are estimated (one measured average, `row_px`): rows above and below the
//! window are gaps of `rows × row_px` pixels, and a scroll offset maps back to a row index
//! by the same estimate, so the mapping is self-consistent whatever the real heights.

use std::ops::Range;

/// Lists of at most this many rows are drawn whole: the story's list (a few dozen rows)
/// keeps every row in the DOM, so printing and find-in-page see all of it.
pub const WINDOW_FROM: usize = 150;

/// The rows to draw, `start..end` in table order, for a table of `total` rows of about
/// `row_px` pixels each, whose body starts `offset_px` above the top of a viewport
/// `viewport_px` high (negative when the body starts below the viewport's top).
///
/// The window covers the viewport plus one viewport's worth of rows above and below (at
/// least `MIN_MARGIN` rows), so a fast scroll or a slightly wrong height estimate still
/// finds rows drawn. Short tables (≤ [`WINDOW_FROM`]) are drawn whole.
pub fn visible_range(total: usize, offset_px: f64, viewport_px: f64, row_px: f64) -> Range<usize> {
    if total <= WINDOW_FROM {
        return 0..total;
    }
    let row_px = if row_px.is_finite() && row_px >= 1.0 {
        row_px
    } else {
        DEFAULT_ROW_PX
    };
    let viewport_px = viewport_px.max(0.0);
    let margin = ((viewport_px / row_px).ceil() as usize).max(MIN_MARGIN);
    let first = (offset_px / row_px).floor();
    let last = ((offset_px + viewport_px) / row_px).ceil();
    // Entirely above or below the viewport: draw the rows nearest to it, so the window
    // is never empty and the first screen after scrolling to the table has rows.
    let first = if first.is_finite() { first } else { 0.0 };
    let last = if last.is_finite() { last } else { 0.0 };
    let clamp = |v: f64| v.clamp(0.0, total as f64) as usize;
    let (first, last) = (clamp(first), clamp(last));
    let start = first
        .saturating_sub(margin)
        .min(total.saturating_sub(margin));
    let end = (last + margin).max(start + margin).min(total);
    start..end
}

/// The row height assumed before one is measured, in CSS pixels.
pub const DEFAULT_ROW_PX: f64 = 40.0;

/// The fewest rows drawn above and below the viewport.
const MIN_MARGIN: usize = 10;

/// Whether a newly measured average row height should replace the estimate: only when it
/// differs by more than a tenth, so rows of slightly different heights never make the
/// window oscillate between two estimates.
pub fn should_remeasure(estimate: f64, measured: f64) -> bool {
    measured.is_finite() && measured >= 1.0 && (measured - estimate).abs() > estimate * 0.1
}

/// One part of a windowed table body: a drawn row (its index in table order) or a gap
/// standing for `rows` undrawn rows from `first` on (drawn as one empty, hidden row of
/// their estimated height).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The row at this index.
    Row(usize),
    /// Rows `first..first + rows`, not drawn.
    Gap {
        /// The first undrawn row.
        first: usize,
        /// How many rows the gap stands for (at least one).
        rows: usize,
    },
}

/// The table body for `total` rows with `range` drawn, plus the `pinned` row (the one with
/// keyboard focus) even when the window has moved away from it, so scrolling never drops
/// the focused element; gaps stand for every undrawn run of rows.
pub fn slots(total: usize, range: Range<usize>, pinned: Option<usize>) -> Vec<Slot> {
    let range = range.start.min(total)..range.end.min(total);
    let mut drawn: Vec<usize> = range.clone().collect();
    if let Some(p) = pinned.filter(|p| *p < total && !range.contains(p)) {
        if p < range.start {
            drawn.insert(0, p);
        } else {
            drawn.push(p);
        }
    }
    let mut out = Vec::with_capacity(drawn.len() + 3);
    let mut next = 0;
    for i in drawn {
        if i > next {
            out.push(Slot::Gap {
                first: next,
                rows: i - next,
            });
        }
        out.push(Slot::Row(i));
        next = i + 1;
    }
    if total > next {
        out.push(Slot::Gap {
            first: next,
            rows: total - next,
        });
    }
    out
}

/// Where a key press moves the focus in a table of `total` rows from row `current`:
/// arrows by one row, Page Up/Down by `page` rows, Home/End to the first/last row.
/// `None` for any other key (the browser keeps its default).
pub fn key_target(key: &str, current: usize, total: usize, page: usize) -> Option<usize> {
    if total == 0 {
        return None;
    }
    let last = total - 1;
    let page = page.max(1);
    let to = match key {
        "ArrowDown" => current + 1,
        "ArrowUp" => current.saturating_sub(1),
        "PageDown" => current + page,
        "PageUp" => current.saturating_sub(page),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    Some(to.min(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_tables_are_drawn_whole() {
        assert_eq!(visible_range(0, 0.0, 900.0, 40.0), 0..0);
        assert_eq!(visible_range(40, 5000.0, 900.0, 40.0), 0..40);
        assert_eq!(
            visible_range(WINDOW_FROM, -800.0, 900.0, 40.0),
            0..WINDOW_FROM
        );
    }

    #[test]
    fn long_tables_draw_the_view_and_a_margin() {
        // 10,000 rows of 40 px, scrolled 4,000 px into the body, a 800 px viewport: rows
        // 100..120 are in view, 20 more on each side.
        assert_eq!(visible_range(10_000, 4000.0, 800.0, 40.0), 80..140);
        // The body below the viewport: the first rows, margin-deep.
        let r = visible_range(10_000, -2000.0, 800.0, 40.0);
        assert_eq!(r.start, 0);
        assert!(r.end >= 20 && r.end < 100, "{r:?}");
        // Scrolled to the end: the last rows, the last one included.
        let r = visible_range(10_000, 10_000.0 * 40.0 - 800.0, 800.0, 40.0);
        assert_eq!(r.end, 10_000);
        assert!(r.len() < 100, "{r:?}");
        // Far past the end (a stale offset after a search narrowed the table): the tail.
        let r = visible_range(1_000, 1e9, 800.0, 40.0);
        assert_eq!(r.end, 1_000);
        assert!(!r.is_empty());
    }

    #[test]
    fn a_bad_estimate_or_viewport_still_draws_rows() {
        for h in [0.0, f64::NAN, f64::INFINITY, -3.0] {
            let r = visible_range(10_000, 0.0, 800.0, h);
            assert!(!r.is_empty() && r.len() < 200, "{h}: {r:?}");
        }
        let r = visible_range(10_000, f64::NAN, f64::NAN, 40.0);
        assert!(!r.is_empty(), "{r:?}");
    }

    #[test]
    fn remeasuring_needs_a_real_difference() {
        assert!(!should_remeasure(40.0, 37.0));
        assert!(should_remeasure(40.0, 30.0));
        assert!(should_remeasure(40.0, 90.0));
        assert!(!should_remeasure(40.0, 0.0));
        assert!(!should_remeasure(40.0, f64::NAN));
    }

    #[test]
    fn slots_put_gaps_around_the_window() {
        use Slot::*;
        assert_eq!(
            slots(10, 3..5, None),
            [
                Gap { first: 0, rows: 3 },
                Row(3),
                Row(4),
                Gap { first: 5, rows: 5 }
            ]
        );
        assert_eq!(slots(3, 0..3, None), [Row(0), Row(1), Row(2)]);
        assert_eq!(slots(0, 0..0, None), []);
        // A stale range beyond the end is clamped.
        assert_eq!(slots(2, 0..9, None), [Row(0), Row(1)]);
    }

    #[test]
    fn the_focused_row_stays_drawn_outside_the_window() {
        use Slot::*;
        assert_eq!(
            slots(10, 5..7, Some(1)),
            [
                Gap { first: 0, rows: 1 },
                Row(1),
                Gap { first: 2, rows: 3 },
                Row(5),
                Row(6),
                Gap { first: 7, rows: 3 }
            ]
        );
        assert_eq!(
            slots(10, 0..2, Some(9)),
            [Row(0), Row(1), Gap { first: 2, rows: 7 }, Row(9)]
        );
        assert_eq!(slots(10, 0..2, Some(1)), slots(10, 0..2, None));
        assert_eq!(
            slots(10, 0..2, Some(2)),
            [Row(0), Row(1), Row(2), Gap { first: 3, rows: 7 }]
        );
        assert_eq!(
            slots(3, 0..3, Some(7)),
            [Row(0), Row(1), Row(2)],
            "stale pin ignored"
        );
    }

    #[test]
    fn keys_move_by_row_page_and_to_the_ends() {
        assert_eq!(key_target("ArrowDown", 0, 10, 4), Some(1));
        assert_eq!(key_target("ArrowDown", 9, 10, 4), Some(9));
        assert_eq!(key_target("ArrowUp", 0, 10, 4), Some(0));
        assert_eq!(key_target("PageDown", 3, 10, 4), Some(7));
        assert_eq!(key_target("PageDown", 8, 10, 4), Some(9));
        assert_eq!(key_target("PageUp", 3, 10, 4), Some(0));
        assert_eq!(key_target("Home", 5, 10, 4), Some(0));
        assert_eq!(key_target("End", 5, 10, 4), Some(9));
        assert_eq!(
            key_target("PageDown", 0, 10, 0),
            Some(1),
            "a page is one row at least"
        );
        assert_eq!(key_target("Enter", 5, 10, 4), None);
        assert_eq!(key_target("End", 0, 0, 4), None);
    }
}
