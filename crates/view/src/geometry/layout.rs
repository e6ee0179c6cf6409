//! One frame of the timeline, composed from the other modules: cull to the window,
//! cluster dense stretches per lane, stack what is left. The UI builds a [`Layout`]
//! when the events change and calls [`Layout::frame`] when the window or width does,
//! then draws the marks and cluster badges it gets back.

use super::cluster::{cluster_subset, Cluster, ClusterItem, ClusterOptions, Group};
use super::scale::TimeScale;
use super::stack::{item_extent_on, stack, Lane};
use super::viewport::Viewport;
use super::visible::Culler;

/// One event as layout needs it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutItem {
    /// First day (day number).
    pub start_day: f64,
    /// End day (exclusive day number).
    pub end_day: f64,
    /// The lane it is drawn in (see [`super::stack::lane_of`]).
    pub lane: Lane,
    /// Estimated width of its label in pixels, drawn right of its marker.
    pub label_px: f64,
}

/// Sizes that shape a frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutOptions {
    /// Smallest drawn width of an event (a day-point's marker), in pixels.
    pub marker_px: f64,
    /// Space kept between two items in a row, in pixels.
    pub gap_px: f64,
    /// How items merge into clusters. Items drawn wider than `threshold_px` (long bars)
    /// are never clustered.
    pub cluster: ClusterOptions,
}

impl Default for LayoutOptions {
    /// 8 px markers, 6 px gaps, default clustering.
    fn default() -> Self {
        LayoutOptions {
            marker_px: 8.0,
            gap_px: 6.0,
            cluster: ClusterOptions::default(),
        }
    }
}

/// An event drawn on its own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Index into the items given to [`Layout::new`].
    pub index: usize,
    /// Left pixel of the marker or bar.
    pub x0: f64,
    /// Right pixel of the marker or bar (at least `marker_px` from `x0`).
    pub x1: f64,
    /// Row within the lane, 0 at the top.
    pub row: usize,
}

/// What to draw in one lane.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LaneFrame {
    /// Single events, with rows that keep marker plus label clear of each other.
    pub marks: Vec<Mark>,
    /// Cluster badges (drawn in row 0 of the lane, at [`Cluster::x_center`]).
    pub clusters: Vec<Cluster>,
    /// Rows used by `marks`: the lane's height in rows.
    pub row_count: usize,
}

/// Everything to draw for one window, per lane (indexed by [`Lane::index`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Frame {
    /// The conflict, casualties and politics lanes.
    pub lanes: [LaneFrame; 3],
}

impl Frame {
    /// How many events the frame stands for (marks plus cluster members).
    pub fn count(&self) -> usize {
        self.lanes
            .iter()
            .map(|l| l.marks.len() + l.clusters.iter().map(Cluster::count).sum::<usize>())
            .sum()
    }
}

/// The events of a timeline, indexed for fast per-frame layout.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Layout {
    items: Vec<LayoutItem>,
    culler: Culler,
    max_label_px: f64,
}

impl Layout {
    /// Indexes `items` (any order). O(n log n); rebuild only when the events change.
    pub fn new(items: Vec<LayoutItem>) -> Self {
        let culler = Culler::new(
            &items
                .iter()
                .map(|i| (i.start_day, i.end_day))
                .collect::<Vec<_>>(),
        );
        let max_label_px = items
            .iter()
            .map(|i| i.label_px)
            .filter(|w| w.is_finite())
            .fold(0.0, f64::max);
        Layout {
            items,
            culler,
            max_label_px,
        }
    }

    /// The items, as given.
    pub fn items(&self) -> &[LayoutItem] {
        &self.items
    }

    /// Lays out the window `view` drawn `width_px` wide: only items on screen (or whose
    /// label reaches onto it), clustered and stacked per lane. O(k log k + log n) for
    /// k visible items.
    pub fn frame(&self, view: &Viewport, width_px: f64, opts: &LayoutOptions) -> Frame {
        let scale: TimeScale = view.scale(width_px);
        let ppd = scale.px_per_day();
        let reach = if ppd > 0.0 {
            (self.max_label_px + opts.marker_px.max(0.0)) / ppd
        } else {
            0.0
        };
        let widened = Viewport::new(view.start - reach, view.end);
        let visible = self.culler.visible(&widened);

        let spans: Vec<(f64, f64)> = visible
            .iter()
            .map(|&i| {
                let it = &self.items[i];
                scale.span_px(it.start_day, it.end_day, opts.marker_px)
            })
            .collect();
        let cluster_items: Vec<ClusterItem> = visible
            .iter()
            .zip(&spans)
            .map(|(&i, &(x0, x1))| ClusterItem {
                x: (x0 + x1) / 2.0,
                start_day: self.items[i].start_day,
                end_day: self.items[i].end_day,
            })
            .collect();

        let mut frame = Frame::default();
        for lane in Lane::ALL {
            // Positions (into `visible`) of this lane's items; long bars never cluster.
            let (short, long): (Vec<usize>, Vec<usize>) = (0..visible.len())
                .filter(|&k| self.items[visible[k]].lane == lane)
                .partition(|&k| spans[k].1 - spans[k].0 <= opts.cluster.threshold_px);
            let mut singles = long;
            let out = &mut frame.lanes[lane.index()];
            for g in cluster_subset(&cluster_items, &short, &opts.cluster) {
                match g {
                    Group::Item(k) => singles.push(k),
                    Group::Cluster(mut c) => {
                        for m in &mut c.members {
                            *m = visible[*m];
                        }
                        out.clusters.push(c);
                    }
                }
            }
            singles.sort_unstable();
            let extents: Vec<(f64, f64)> = singles
                .iter()
                .map(|&k| {
                    let label = self.items[visible[k]].label_px;
                    item_extent_on(spans[k].0, spans[k].1, label, width_px)
                })
                .collect();
            let stacked = stack(&extents, opts.gap_px);
            out.row_count = stacked.row_count;
            out.marks = singles
                .iter()
                .zip(stacked.rows)
                .map(|(&k, row)| Mark {
                    index: visible[k],
                    x0: spans[k].0,
                    x1: spans[k].1,
                    row,
                })
                .collect();
        }
        frame
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(day: f64, lane: Lane) -> LayoutItem {
        LayoutItem {
            start_day: day,
            end_day: day + 1.0,
            lane,
            label_px: 50.0,
        }
    }

    #[test]
    fn a_frame_culls_clusters_and_stacks() {
        let layout = Layout::new(vec![
            point(10.0, Lane::Conflict),  // 0: clusters with 1
            point(10.0, Lane::Conflict),  // 1
            point(50.0, Lane::Conflict),  // 2: alone
            point(52.0, Lane::Politics),  // 3: alone in its lane
            point(500.0, Lane::Conflict), // 4: off screen
            LayoutItem {
                start_day: -50.0,
                end_day: 60.0,
                ..point(0.0, Lane::Conflict) // 5: a long bar, never clustered
            },
        ]);
        // 100 days over 1000 px: 10 px a day.
        let f = layout.frame(
            &Viewport::new(0.0, 100.0),
            1000.0,
            &LayoutOptions::default(),
        );
        let conflict = &f.lanes[Lane::Conflict.index()];
        assert_eq!(conflict.clusters.len(), 1);
        assert_eq!(conflict.clusters[0].members, [0, 1]);
        let marks: Vec<(usize, f64, f64, usize)> = conflict
            .marks
            .iter()
            .map(|m| (m.index, m.x0, m.x1, m.row))
            .collect();
        assert_eq!(marks, [(5, -500.0, 600.0, 0), (2, 500.0, 510.0, 1)]);
        assert_eq!(conflict.row_count, 2);
        assert_eq!(f.lanes[Lane::Politics.index()].marks[0].index, 3);
        assert_eq!(f.count(), 5);
    }

    #[test]
    fn labels_reaching_in_from_the_left_keep_their_item() {
        let layout = Layout::new(vec![point(-3.0, Lane::Casualties)]);
        let f = layout.frame(
            &Viewport::new(0.0, 100.0),
            1000.0,
            &LayoutOptions::default(),
        );
        assert_eq!(f.lanes[Lane::Casualties.index()].marks.len(), 1);
        let f = layout.frame(
            &Viewport::new(10.0, 100.0),
            1000.0,
            &LayoutOptions::default(),
        );
        assert_eq!(f.count(), 0);
    }
}
