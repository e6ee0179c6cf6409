//! Integration tests for the layout maths: scale, ticks, viewport, stacking, clustering
//! and culling, driven through the public API the UI uses.
#![cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency

use dateline_extract::model::EventKind;
use dateline_extract::timeval::{day_number, format_value, parse};
use dateline_view::geometry::cluster::{
    cluster, cluster_lanes, ClusterItem, ClusterOptions, Group,
};
use dateline_view::geometry::layout::{Layout, LayoutItem, LayoutOptions};
use dateline_view::geometry::scale::TimeScale;
use dateline_view::geometry::stack::{item_extent, lane_of, stack, stack_lanes, Lane};
use dateline_view::geometry::ticks::{ticks, Tick, TickOptions};
use dateline_view::geometry::viewport::{Bounds, KeyStep, Viewport};
use dateline_view::geometry::visible::Culler;
use proptest::prelude::*;

fn day(v: &str) -> f64 {
    parse(v).expect("test date parses").start_day()
}

/// Dateline's data extent: 2003 to the end of 2024.
fn bounds() -> Bounds {
    Bounds::new(day("2003"), parse("2024").unwrap().end_day())
}

// ---------------------------------------------------------------- scale

#[test]
fn scale_round_trips_every_day_of_the_data() {
    let b = bounds();
    for width in [320.0, 1280.0, 2560.0] {
        let s = TimeScale::for_window(b.data_start, b.data_end, width);
        let mut d = b.data_start;
        while d <= b.data_end {
            let x = s.x(d);
            assert!((0.0..=width).contains(&x), "{d} → {x}");
            assert!((s.invert(x) - d).abs() < 1e-6, "{d}");
            d += 1.0;
        }
    }
}

#[test]
fn scale_with_zero_width_domain_or_range_never_gives_nan() {
    let d = day("2024-08-29");
    let s = TimeScale::for_window(d, d, 1000.0);
    for v in [d, d + 1.0, -1e308, 1e308, f64::NAN, f64::INFINITY] {
        assert_eq!(s.x(v), 500.0);
    }
    let s = TimeScale::for_window(d, d + 10.0, 0.0);
    for px in [0.0, 5.0, f64::NAN, f64::NEG_INFINITY] {
        assert_eq!(s.invert(px), d + 5.0);
    }
}

// ---------------------------------------------------------------- ticks

/// Asserts labels in one row keep `gap` px apart; returns how many there are.
fn assert_row_clear(row: &[Tick], opts: &TickOptions, what: &str) -> usize {
    for pair in row.windows(2) {
        let (_, right) = pair[0].label_extent(opts.char_px);
        let (left, _) = pair[1].label_extent(opts.char_px);
        assert!(
            right + opts.gap_px <= left + 1e-6,
            "{what}: {:?} overlaps {:?}",
            pair[0],
            pair[1]
        );
        assert!(pair[0].x < pair[1].x, "{what}: ticks out of order");
    }
    row.len()
}

#[test]
fn tick_labels_never_overlap_from_320_to_2560_px_and_1_day_to_30_years() {
    let widths = [
        320.0, 375.0, 480.0, 640.0, 800.0, 1024.0, 1280.0, 1600.0, 1920.0, 2560.0,
    ];
    let spans = [
        1.0, 2.0, 3.0, 7.0, 10.0, 14.0, 31.0, 45.0, 60.0, 92.0, 180.0, 365.0, 730.0, 1095.0,
        1826.0, 3652.0, 5479.0, 7305.0, 10957.0,
    ];
    let starts = [
        day("2003-01-01"),
        day("2014-06-15"),
        day("2008-02-27") + 0.4,
    ];
    for opts in [
        TickOptions::default(),
        TickOptions {
            char_px: 9.0,
            gap_px: 4.0,
        },
    ] {
        for &w in &widths {
            for &span in &spans {
                for &start in &starts {
                    let axis = ticks(&TimeScale::for_window(start, start + span, w), &opts);
                    let what = format!("{w}px × {span} days from {start}: {:?}", axis.step);
                    let n = assert_row_clear(&axis.minor, &opts, &what);
                    assert_row_clear(&axis.major, &opts, &what);
                    // At least two labelled ticks from two days up, never crowded.
                    assert!(span < 2.0 || n >= 2, "{what}: only {n} ticks");
                    assert!(n as f64 <= w / opts.gap_px + 2.0, "{what}: {n} ticks");
                    assert!(axis.minor.iter().all(|t| t.x >= -1e-6 && t.x <= w + 1e-6));
                }
            }
        }
    }
}

#[test]
fn ticks_read_like_a_calendar() {
    let o = TickOptions::default();
    let axis = ticks(
        &TimeScale::for_window(day("2003"), parse("2024").unwrap().end_day(), 1280.0),
        &o,
    );
    assert_eq!(axis.minor.first().map(|t| t.label.as_str()), Some("2003"));
    let axis = ticks(
        &TimeScale::for_window(day("2024-08-26"), day("2024-09-02"), 1280.0),
        &o,
    );
    let labels: Vec<&str> = axis.minor.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(labels, ["26", "27", "28", "29", "30", "31", "1", "2"]);
    let major: Vec<&str> = axis.major.iter().map(|t| t.label.as_str()).collect();
    assert_eq!(major, ["Sep 2024"]);
    assert_eq!(axis.context.as_deref(), Some("Aug 2024"));
}

// ---------------------------------------------------------------- viewport

#[test]
fn viewport_clamps_to_a_day_and_to_the_data_margin() {
    let b = bounds();
    let (lo, hi) = b.limits();
    assert_eq!(hi - lo, 8036.0 * 1.5);
    let mut v = Viewport::fit(&b, 0.05);
    for _ in 0..40 {
        v = v.key(KeyStep::ZoomOut, &b);
    }
    assert_eq!((v.start, v.end), (lo, hi));
    for _ in 0..60 {
        v = v.zoom(3.0, 100.0, 800.0, &b);
    }
    assert_eq!(v.span(), 1.0);
    for _ in 0..100_000 {
        v = v.key(KeyStep::PageLeft, &b);
        if v.start == lo {
            break;
        }
    }
    assert_eq!(v.start, lo);
    // 1.5 × 22 years: the margin ends in mid-1997, not in the Middle Ages.
    assert_eq!(v.to_fragment()[..7].to_string(), "1997-07");
}

#[test]
fn fragment_round_trips_real_windows() {
    for f in [
        "2014-01-01..2024-12-31",
        "2024-08-29..2024-08-29",
        "2003-03-20..2011-12-18",
    ] {
        let v = Viewport::from_fragment(f).unwrap();
        assert_eq!(v.to_fragment(), f);
        assert_eq!(Viewport::from_fragment(&v.to_fragment()), Some(v));
    }
}

proptest! {
    #[test]
    fn any_sequence_of_gestures_stays_within_limits(
        ops in prop::collection::vec((0u8..5, -2000.0f64..2000.0, 0.01f64..100.0), 1..40)
    ) {
        let b = bounds();
        let (lo, hi) = b.limits();
        let mut v = Viewport::fit(&b, 0.05);
        for (op, px, f) in ops {
            v = match op {
                0 => v.zoom(f, px, 1280.0, &b),
                1 => v.pan_px(px, 1280.0, &b),
                2 => v.key(KeyStep::Left, &b),
                3 => v.key(KeyStep::ZoomOut, &b),
                _ => v.center_on(day("2003") + px * 10.0, &b),
            };
            prop_assert!(v.span() >= 1.0 - 1e-9 && v.span() <= b.max_span() + 1e-9);
            prop_assert!(v.start >= lo - 1e-6 && v.end <= hi + 1e-6, "{:?}", v);
        }
    }

    #[test]
    fn fragments_round_trip_for_any_whole_day_window(a in 0i32..40_000, len in 1i32..20_000) {
        let v = Viewport::new(f64::from(a), f64::from(a + len));
        prop_assert_eq!(Viewport::from_fragment(&v.to_fragment()), Some(v));
    }

    #[test]
    fn scale_round_trips(d0 in -1e5f64..1e5, span in 1e-3f64..1e5, w in 1.0f64..5000.0, t in 0.0f64..1.0) {
        let s = TimeScale::for_window(d0, d0 + span, w);
        let d = d0 + t * span;
        prop_assert!((s.invert(s.x(d)) - d).abs() < 1e-6 * span.max(1.0));
    }
}

// ---------------------------------------------------------------- stacking

/// Items in the same row never overlap (keeping `gap`); returns the deepest overlap.
fn assert_stacked(items: &[(f64, f64)], rows: &[usize], gap: f64) -> usize {
    let ordered = |&(a, b): &(f64, f64)| if a <= b { (a, b) } else { (b, a) };
    let mut depth = 0;
    for i in 0..items.len() {
        let (a0, a1) = ordered(&items[i]);
        let mut here = 1;
        for j in 0..items.len() {
            if i == j {
                continue;
            }
            let (b0, b1) = ordered(&items[j]);
            let overlap = a0 < b1 + gap && b0 < a1 + gap;
            if overlap && rows[i] == rows[j] {
                panic!(
                    "items {i} {:?} and {j} {:?} share row {}",
                    items[i], items[j], rows[i]
                );
            }
            if b0 <= a0 && a0 < b1 + gap {
                here += 1;
            }
        }
        depth = depth.max(here);
    }
    depth
}

proptest! {
    #[test]
    fn stacking_never_overlaps_and_uses_the_fewest_rows(
        items in prop::collection::vec((0.0f64..2000.0, 0.0f64..300.0), 0..120),
        gap in 0.0f64..20.0,
    ) {
        let spans: Vec<(f64, f64)> = items.iter().map(|&(x, w)| (x, x + w)).collect();
        let s = stack(&spans, gap);
        prop_assert_eq!(s.rows.len(), spans.len());
        prop_assert_eq!(s.row_count, s.rows.iter().map(|r| r + 1).max().unwrap_or(0));
        let depth = assert_stacked(&spans, &s.rows, gap);
        prop_assert_eq!(s.row_count, depth);
    }

    #[test]
    fn clustering_partitions_the_items_deterministically(
        xs in prop::collection::vec(0.0f64..3000.0, 0..300),
        threshold in 0.0f64..40.0,
        lanes in prop::collection::vec(0usize..3, 300),
    ) {
        let items: Vec<ClusterItem> = xs
            .iter()
            .map(|&x| ClusterItem { x, start_day: x, end_day: x + 1.0 })
            .collect();
        let opts = ClusterOptions { threshold_px: threshold, ..Default::default() };
        let groups = cluster(&items, &opts);
        prop_assert_eq!(groups.iter().map(Group::count).sum::<usize>(), items.len());
        let mut seen = vec![false; items.len()];
        for g in &groups {
            let members = match g {
                Group::Item(i) => vec![*i],
                Group::Cluster(c) => {
                    prop_assert!(c.count() >= 2);
                    prop_assert!(c.x1 - c.x0 <= opts.max_width_px);
                    c.members.clone()
                }
            };
            for i in members {
                prop_assert!(!seen[i], "index {} twice", i);
                seen[i] = true;
            }
        }
        prop_assert_eq!(cluster(&items, &opts), groups);
        let lane_of_i: Vec<Lane> = (0..items.len()).map(|i| Lane::ALL[lanes[i]]).collect();
        let per_lane = cluster_lanes(&lane_of_i, &items, &opts);
        let total: usize = per_lane.iter().flatten().map(Group::count).sum();
        prop_assert_eq!(total, items.len());
    }
}

// ---------------------------------------------------------------- 10,000 events

/// A deterministic spread of `n` events over 2003–2024 with kinds and lengths.
fn synthetic_events(n: usize) -> Vec<(f64, f64, EventKind)> {
    let kinds = [
        EventKind::Attack,
        EventKind::Casualties,
        EventKind::Political,
        EventKind::War,
        EventKind::Statement,
        EventKind::Territorial,
        EventKind::Statistic,
        EventKind::Other,
    ];
    let (lo, hi) = (day("2003"), day("2025"));
    let mut seed: u64 = 0x2024_0829;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| {
            let start = (lo + next() * (hi - lo)).floor();
            let len = if i % 50 == 0 {
                (next() * 900.0).floor() + 1.0
            } else {
                1.0
            };
            (start, start + len, kinds[i % kinds.len()])
        })
        .collect()
}

#[test]
fn ten_thousand_events_stack_cluster_and_cull() {
    let events = synthetic_events(10_000);
    let b = bounds();
    let view = Viewport::fit(&b, 0.05).zoom(8.0, 640.0, 1280.0, &b);
    let scale = view.scale(1280.0);
    let lanes: Vec<Lane> = events.iter().map(|e| lane_of(e.2)).collect();
    assert_eq!(lanes.iter().filter(|l| **l == Lane::Conflict).count(), 3750);

    let culler = Culler::new(&events.iter().map(|e| (e.0, e.1)).collect::<Vec<_>>());
    let visible = culler.visible(&view);
    let brute = events.iter().filter(|e| view.overlaps(e.0, e.1)).count();
    assert_eq!(visible.len(), brute);
    assert!(brute > 500 && brute < 10_000, "{brute}");

    let items: Vec<ClusterItem> = events
        .iter()
        .map(|e| ClusterItem {
            x: scale.x(e.0),
            start_day: e.0,
            end_day: e.1,
        })
        .collect();
    let groups = cluster_lanes(&lanes, &items, &ClusterOptions::default());
    let total: usize = groups.iter().flatten().map(Group::count).sum();
    assert_eq!(total, 10_000);
    assert!(groups
        .iter()
        .flatten()
        .any(|g| matches!(g, Group::Cluster(_))));

    let extents: Vec<(f64, f64)> = events
        .iter()
        .map(|e| {
            let (x0, x1) = scale.span_px(e.0, e.1, 8.0);
            item_extent(x0, x1, 120.0)
        })
        .collect();
    let (rows, counts) = stack_lanes(&lanes, &extents, 4.0);
    assert_eq!(rows.len(), 10_000);
    // Within each lane and row, sorted extents never overlap.
    for lane in Lane::ALL {
        for row in 0..counts[lane.index()] {
            let mut in_row: Vec<(f64, f64)> = (0..events.len())
                .filter(|&i| lanes[i] == lane && rows[i] == row)
                .map(|i| extents[i])
                .collect();
            in_row.sort_by(|a, b| a.0.total_cmp(&b.0));
            assert!(in_row.windows(2).all(|w| w[0].1 + 4.0 <= w[1].0));
        }
    }
}

#[test]
fn ten_thousand_events_lay_out_in_one_frame() {
    let events = synthetic_events(10_000);
    let layout = Layout::new(
        events
            .iter()
            .map(|e| LayoutItem {
                start_day: e.0,
                end_day: e.1,
                lane: lane_of(e.2),
                label_px: 90.0,
            })
            .collect(),
    );
    let b = bounds();
    let opts = LayoutOptions::default();
    let all = layout.frame(&Viewport::fit(&b, 0.05), 1280.0, &opts);
    assert_eq!(all.count(), 10_000);
    let month = Viewport::new(day("2014-06-01"), day("2014-07-01"));
    let frame = layout.frame(&month, 1280.0, &opts);
    let on_screen = events.iter().filter(|e| month.overlaps(e.0, e.1)).count();
    assert!(frame.count() >= on_screen && frame.count() < on_screen + 40);
    for lane in &frame.lanes {
        for row in 0..lane.row_count {
            let mut spans: Vec<(f64, f64)> = lane
                .marks
                .iter()
                .filter(|m| m.row == row)
                .map(|m| item_extent(m.x0, m.x1, 90.0))
                .collect();
            spans.sort_by(|a, b| a.0.total_cmp(&b.0));
            assert!(spans.windows(2).all(|w| w[0].1 + opts.gap_px <= w[1].0));
        }
    }
}

// ---------------------------------------------------------------- from the model

#[test]
fn event_dates_flow_from_timex_values_to_pixels() {
    let raid = parse("2024-08-29").unwrap();
    let talks = parse("2023-10/2024-02").unwrap();
    assert_eq!(raid.start_day(), day_number(raid.start));
    let s = TimeScale::for_window(day("2023"), day("2025"), 731.0);
    assert_eq!(s.x(raid.start_day()), 606.0);
    assert_eq!(
        s.span_px(talks.start_day(), talks.end_day(), 4.0),
        (273.0, 425.0)
    );
    assert_eq!(format_value("2023-10/2024-02"), "Oct 2023 – Feb 2024");
}
