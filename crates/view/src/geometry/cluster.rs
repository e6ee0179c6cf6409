//! Clustering dense periods: at the current zoom, items of a lane that sit closer than
//! a threshold (in pixels) are drawn as one cluster with a count; a click on it zooms
//! to [`Cluster::extent`]. Items with room of their own stay single.
//!
//! Items are sorted by pixel, then chained left to right: an item joins the open
//! cluster when it is within `threshold_px` of the previous item and the cluster would
//! stay under `max_width_px` wide (so a busy decade becomes several clusters rather
//! than one). Sorting dominates: O(n log n), deterministic (ties by input index).

use super::stack::Lane;
use super::viewport::Viewport;

/// One item to cluster: where it is drawn and the days it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterItem {
    /// Pixel of the item's marker at the current zoom.
    pub x: f64,
    /// First day (day number) of the item's interval.
    pub start_day: f64,
    /// End (exclusive, day number) of the item's interval.
    pub end_day: f64,
}

/// How eagerly items merge.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterOptions {
    /// Items closer than this (pixels) to their left neighbour join its cluster.
    pub threshold_px: f64,
    /// A cluster never spans more than this many pixels, first to last member.
    pub max_width_px: f64,
    /// Groups smaller than this stay single items (2 = any two close items cluster).
    pub min_size: usize,
}

impl Default for ClusterOptions {
    /// 16 px threshold (about a marker), clusters at most 160 px wide, pairs cluster.
    fn default() -> Self {
        ClusterOptions {
            threshold_px: 16.0,
            max_width_px: 160.0,
            min_size: 2,
        }
    }
}

/// Several items drawn as one mark with a count.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Input indices of the members, left to right.
    pub members: Vec<usize>,
    /// Pixel of the leftmost member.
    pub x0: f64,
    /// Pixel of the rightmost member.
    pub x1: f64,
    /// Earliest first day of any member.
    pub start_day: f64,
    /// Latest end of any member (exclusive).
    pub end_day: f64,
}

impl Cluster {
    /// Number of items in the cluster (the badge).
    pub fn count(&self) -> usize {
        self.members.len()
    }

    /// Where to draw the badge: the middle of the members' pixels.
    pub fn x_center(&self) -> f64 {
        (self.x0 + self.x1) / 2.0
    }

    /// The window that opens this cluster: its members' days with 10% padding each side
    /// and at least one day. Clamp it with [`Viewport::clamp`] before showing it.
    pub fn extent(&self) -> Viewport {
        let span = (self.end_day - self.start_day).max(0.0);
        let pad = (span * 0.1).max((1.0 - span) / 2.0).max(0.0);
        Viewport::new(self.start_day - pad, self.end_day + pad)
    }
}

/// What to draw for one or more items.
#[derive(Debug, Clone, PartialEq)]
pub enum Group {
    /// A single item, by input index: draw it normally (and stack it).
    Item(usize),
    /// A cluster of items.
    Cluster(Cluster),
}

impl Group {
    /// How many input items this group stands for.
    pub fn count(&self) -> usize {
        match self {
            Group::Item(_) => 1,
            Group::Cluster(c) => c.count(),
        }
    }
}

/// Groups `items` (any order) into single items and clusters, left to right. Every
/// input index appears in exactly one group. Non-finite pixels are treated as 0.
pub fn cluster(items: &[ClusterItem], opts: &ClusterOptions) -> Vec<Group> {
    let all: Vec<usize> = (0..items.len()).collect();
    cluster_subset(items, &all, opts)
}

/// [`cluster`] for each lane separately: `lanes[i]` is item `i`'s lane; the result is
/// indexed by [`Lane::index`]. Items past the end of `lanes` are ignored.
pub fn cluster_lanes(
    lanes: &[Lane],
    items: &[ClusterItem],
    opts: &ClusterOptions,
) -> [Vec<Group>; 3] {
    Lane::ALL.map(|lane| {
        let idx: Vec<usize> = (0..items.len().min(lanes.len()))
            .filter(|&i| lanes[i] == lane)
            .collect();
        cluster_subset(items, &idx, opts)
    })
}

/// [`cluster`] over only the items at positions `idx`; groups hold indices into
/// `items`. For callers that have already split items by lane or culled them.
pub fn cluster_subset(items: &[ClusterItem], idx: &[usize], opts: &ClusterOptions) -> Vec<Group> {
    let px = |i: usize| {
        let x = items[i].x;
        if x.is_finite() {
            x
        } else {
            0.0
        }
    };
    let threshold = sane(opts.threshold_px);
    let max_width = sane(opts.max_width_px);
    let mut order = idx.to_vec();
    crate::order::sort_by(&mut order, |&a, &b| px(a).total_cmp(&px(b)).then(a.cmp(&b)));

    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    for i in order {
        if let (Some(&first), Some(&last)) = (run.first(), run.last()) {
            if px(i) - px(last) >= threshold || px(i) - px(first) > max_width {
                flush(items, &mut run, opts.min_size, &px, &mut out);
            }
        }
        run.push(i);
    }
    flush(items, &mut run, opts.min_size, &px, &mut out);
    out
}

fn flush(
    items: &[ClusterItem],
    run: &mut Vec<usize>,
    min_size: usize,
    px: &impl Fn(usize) -> f64,
    out: &mut Vec<Group>,
) {
    if run.is_empty() {
        return;
    }
    if run.len() < min_size.max(2) {
        out.extend(run.drain(..).map(Group::Item));
        return;
    }
    let members = std::mem::take(run);
    let start_day = members
        .iter()
        .map(|&i| items[i].start_day)
        .filter(|d| d.is_finite())
        .fold(f64::INFINITY, f64::min);
    let end_day = members
        .iter()
        .map(|&i| items[i].end_day)
        .filter(|d| d.is_finite())
        .fold(f64::NEG_INFINITY, f64::max);
    let (start_day, end_day) = if start_day <= end_day {
        (start_day, end_day)
    } else {
        (0.0, 0.0)
    };
    out.push(Group::Cluster(Cluster {
        x0: px(members[0]),
        x1: px(members[members.len() - 1]),
        members,
        start_day,
        end_day,
    }));
}

fn sane(v: f64) -> f64 {
    if v.is_finite() {
        v.max(0.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: f64) -> ClusterItem {
        ClusterItem {
            x,
            start_day: x,
            end_day: x + 1.0,
        }
    }

    #[test]
    fn close_items_cluster_and_far_items_stay_single() {
        let items = [at(100.0), at(0.0), at(10.0), at(20.0), at(500.0), at(105.0)];
        let groups = cluster(&items, &ClusterOptions::default());
        assert_eq!(groups.len(), 3);
        let Group::Cluster(c) = &groups[0] else {
            panic!("{groups:?}")
        };
        assert_eq!((c.members.clone(), c.x0, c.x1), (vec![1, 2, 3], 0.0, 20.0));
        assert_eq!((c.start_day, c.end_day, c.count()), (0.0, 21.0, 3));
        let Group::Cluster(c) = &groups[1] else {
            panic!("{groups:?}")
        };
        assert_eq!(c.members, [0, 5]);
        assert_eq!(groups[2], Group::Item(4));
    }

    #[test]
    fn clusters_are_capped_in_width() {
        let items: Vec<ClusterItem> = (0..30).map(|i| at(f64::from(i) * 10.0)).collect();
        let groups = cluster(&items, &ClusterOptions::default());
        let counts: Vec<usize> = groups.iter().map(Group::count).collect();
        assert_eq!(counts, [17, 13]);
    }

    #[test]
    fn min_size_keeps_small_groups_single() {
        let opts = ClusterOptions {
            min_size: 3,
            ..ClusterOptions::default()
        };
        let groups = cluster(&[at(0.0), at(5.0)], &opts);
        assert_eq!(groups, [Group::Item(0), Group::Item(1)]);
    }

    #[test]
    fn extent_pads_and_is_at_least_a_day() {
        let c = Cluster {
            members: vec![0, 1],
            x0: 0.0,
            x1: 1.0,
            start_day: 100.0,
            end_day: 200.0,
        };
        assert_eq!(c.extent(), Viewport::new(90.0, 210.0));
        let c = Cluster {
            start_day: 100.0,
            end_day: 100.0,
            ..c
        };
        assert_eq!(c.extent(), Viewport::new(99.5, 100.5));
    }

    #[test]
    fn lanes_cluster_separately() {
        let lanes = [Lane::Conflict, Lane::Politics, Lane::Conflict];
        let groups = cluster_lanes(&lanes, &[at(0.0), at(1.0), at(2.0)], &Default::default());
        assert_eq!(groups[0].len(), 1);
        assert_eq!(groups[0][0].count(), 2);
        assert_eq!(groups[1], []);
        assert_eq!(groups[2], [Group::Item(1)]);
    }
}
