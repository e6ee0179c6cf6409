//! Lanes and stacking: which horizontal band an event goes in (by its kind), and which
//! row inside that band, so that no two items — marker plus label — overlap.
//!
//! Stacking is greedy first-fit, like vis-timeline's `Stack`: items are taken left to
//! right and each goes in the lowest row that is free at its left edge. Done with two
//! heaps it costs O(n log n), and it uses the fewest rows possible.

use crate::model::EventKind;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A horizontal band of the timeline, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lane {
    /// Attacks, wars, territory won or lost.
    Conflict,
    /// Incidents known mainly by their casualties.
    Casualties,
    /// Politics, statements, statistics and everything else.
    Politics,
}

impl Lane {
    /// All lanes, top to bottom.
    pub const ALL: [Lane; 3] = [Lane::Conflict, Lane::Casualties, Lane::Politics];

    /// Position from the top (0, 1, 2): an index into per-lane arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Short human name for the lane heading.
    pub fn label(self) -> &'static str {
        match self {
            Lane::Conflict => "conflict",
            Lane::Casualties => "casualties",
            Lane::Politics => "politics",
        }
    }
}

/// The lane an event of this kind is drawn in.
pub fn lane_of(kind: EventKind) -> Lane {
    match kind {
        EventKind::Attack | EventKind::War | EventKind::Territorial => Lane::Conflict,
        EventKind::Casualties => Lane::Casualties,
        EventKind::Political | EventKind::Statement | EventKind::Statistic | EventKind::Other => {
            Lane::Politics
        }
    }
}

/// The pixels an item occupies: from its first pixel to the end of its bar or marker
/// plus its label, whichever is further right.
///
/// `x_start`/`x_end` come from [`super::scale::TimeScale::span_px`]; `label_px` is the
/// estimated label width drawn right of `x_start`.
pub fn item_extent(x_start: f64, x_end: f64, label_px: f64) -> (f64, f64) {
    let (a, b) = if x_start <= x_end {
        (x_start, x_end)
    } else {
        (x_end, x_start)
    };
    (a, b.max(a + label_px.max(0.0)))
}

/// Where an item's label starts on a plot `width_px` wide: at the item's start, slid
/// right to stay on screen when the item begins off the left edge (never past the
/// item's end), and moved left to end at the right edge when it would run off it — so
/// the latest events need no empty room after them to be read.
pub fn label_start(x_start: f64, x_end: f64, label_px: f64, width_px: f64) -> f64 {
    let (a, b) = if x_start <= x_end {
        (x_start, x_end)
    } else {
        (x_end, x_start)
    };
    let label = label_px.max(0.0);
    let room = (b - a - label).max(0.0);
    let start = a + (-a).clamp(0.0, room);
    if width_px.is_finite() && start + label > width_px {
        start.min((width_px - label).max(0.0))
    } else {
        start
    }
}

/// [`item_extent`] on a plot `width_px` wide, with the label where [`label_start`]
/// puts it: what a row must keep clear.
pub fn item_extent_on(x_start: f64, x_end: f64, label_px: f64, width_px: f64) -> (f64, f64) {
    let (a, b) = item_extent(x_start, x_end, 0.0);
    let s = label_start(x_start, x_end, label_px, width_px);
    (a.min(s), b.max(s + label_px.max(0.0)))
}

/// The result of stacking: a row per item (0 = top) and how many rows were used.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stacking {
    /// Row of each input item, in input order.
    pub rows: Vec<usize>,
    /// Number of rows used (0 for no items).
    pub row_count: usize,
}

/// Stacks items given as pixel extents `(x0, x1)` so that items in the same row are at
/// least `gap` pixels apart (`x1 + gap <= next x0`). Ties are broken by input order, so
/// the result is deterministic. Non-finite extents are treated as zero-width at 0.
pub fn stack(items: &[(f64, f64)], gap: f64) -> Stacking {
    let gap = if gap.is_finite() { gap.max(0.0) } else { 0.0 };
    let clean = |(a, b): (f64, f64)| {
        let a = if a.is_finite() { a } else { 0.0 };
        let b = if b.is_finite() { b } else { a };
        if a <= b {
            (a, b)
        } else {
            (b, a)
        }
    };
    let spans: Vec<(f64, f64)> = items.iter().map(|&s| clean(s)).collect();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    crate::order::sort_by(&mut order, |&i, &j| {
        spans[i].0.total_cmp(&spans[j].0).then(i.cmp(&j))
    });

    let mut rows = vec![0; spans.len()];
    // Rows still busy, by the pixel where they become free; and rows already free.
    let mut busy: BinaryHeap<Reverse<(Px, usize)>> = BinaryHeap::new();
    let mut free: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    let mut row_count = 0;
    for i in order {
        let (x0, x1) = spans[i];
        while let Some(Reverse((Px(until), row))) = busy.peek().copied() {
            if until > x0 {
                break;
            }
            busy.pop();
            free.push(Reverse(row));
        }
        let row = match free.pop() {
            Some(Reverse(r)) => r,
            None => {
                row_count += 1;
                row_count - 1
            }
        };
        rows[i] = row;
        busy.push(Reverse((Px(x1 + gap), row)));
    }
    Stacking { rows, row_count }
}

/// Stacks each lane separately: `lanes[i]` is item `i`'s lane. Returns each item's row
/// within its lane and the number of rows per lane (indexed by [`Lane::index`]).
pub fn stack_lanes(lanes: &[Lane], items: &[(f64, f64)], gap: f64) -> (Vec<usize>, [usize; 3]) {
    let mut rows = vec![0; items.len()];
    let mut counts = [0; 3];
    for lane in Lane::ALL {
        let idx: Vec<usize> = (0..items.len().min(lanes.len()))
            .filter(|&i| lanes[i] == lane)
            .collect();
        let sub: Vec<(f64, f64)> = idx.iter().map(|&i| items[i]).collect();
        let s = stack(&sub, gap);
        for (k, &i) in idx.iter().enumerate() {
            rows[i] = s.rows[k];
        }
        counts[lane.index()] = s.row_count;
    }
    (rows, counts)
}

/// A pixel value with a total order, for the heap.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Px(f64);

impl Eq for Px {}

impl PartialOrd for Px {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Px {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;

    #[test]
    fn labels_stay_on_the_plot_at_both_edges() {
        // Inside: the label starts at the marker.
        assert_eq!(label_start(100.0, 110.0, 200.0, 1000.0), 100.0);
        // An item begun off the left edge: the label slides right, within the item.
        assert_eq!(label_start(-50.0, 400.0, 200.0, 1000.0), 0.0);
        assert_eq!(label_start(-500.0, -100.0, 200.0, 1000.0), -300.0);
        // Near the right edge: the label ends at the edge, left of its marker.
        assert_eq!(label_start(950.0, 960.0, 200.0, 1000.0), 800.0);
        assert_eq!(item_extent_on(950.0, 960.0, 200.0, 1000.0), (800.0, 1000.0));
        // A plot narrower than the label: it starts at 0.
        assert_eq!(label_start(90.0, 95.0, 200.0, 100.0), 0.0);
        assert_eq!(item_extent_on(100.0, 110.0, 50.0, 1000.0), (100.0, 150.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_map_to_three_lanes() {
        assert_eq!(lane_of(EventKind::Attack), Lane::Conflict);
        assert_eq!(lane_of(EventKind::War), Lane::Conflict);
        assert_eq!(lane_of(EventKind::Territorial), Lane::Conflict);
        assert_eq!(lane_of(EventKind::Casualties), Lane::Casualties);
        for k in [
            EventKind::Political,
            EventKind::Statement,
            EventKind::Statistic,
            EventKind::Other,
        ] {
            assert_eq!(lane_of(k), Lane::Politics);
        }
        assert_eq!(Lane::Politics.index(), 2);
    }

    #[test]
    fn first_fit_reuses_the_lowest_free_row() {
        // a [0,100) b [50,150) c [120,200) d [160,170) e [300,310)
        let s = stack(
            &[
                (0.0, 100.0),
                (50.0, 150.0),
                (120.0, 200.0),
                (160.0, 170.0),
                (300.0, 310.0),
            ],
            0.0,
        );
        assert_eq!(s.rows, [0, 1, 0, 1, 0]);
        assert_eq!(s.row_count, 2);
        // A gap of 30 px pushes c off row 0 (100 + 30 > 120).
        assert_eq!(stack(&[(0.0, 100.0), (120.0, 130.0)], 30.0).rows, [0, 1]);
    }

    #[test]
    fn equal_items_stack_in_input_order() {
        let s = stack(&[(5.0, 10.0); 4], 1.0);
        assert_eq!(s.rows, [0, 1, 2, 3]);
        assert_eq!(stack(&[], 1.0), Stacking::default());
        let s = stack(&[(f64::NAN, 3.0), (f64::INFINITY, f64::NAN)], 0.0);
        assert_eq!(s.rows, [0, 1]);
    }

    #[test]
    fn lanes_stack_independently() {
        let lanes = [
            Lane::Conflict,
            Lane::Politics,
            Lane::Conflict,
            Lane::Politics,
        ];
        let items = [(0.0, 10.0), (0.0, 10.0), (5.0, 15.0), (20.0, 30.0)];
        let (rows, counts) = stack_lanes(&lanes, &items, 0.0);
        assert_eq!(rows, [0, 0, 1, 0]);
        assert_eq!(counts, [2, 0, 1]);
    }

    #[test]
    fn extent_includes_the_label() {
        assert_eq!(item_extent(10.0, 12.0, 80.0), (10.0, 90.0));
        assert_eq!(item_extent(300.0, 10.0, 80.0), (10.0, 300.0));
    }
}
