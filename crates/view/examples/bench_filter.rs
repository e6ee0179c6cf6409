//! Times the pure steps a search keystroke costs with many events (prints figures; not a
//! test): building the search index, matching each prefix of a typed query, narrowing the
//! document, and the story and layout the timeline builds from it.
//! Run: `cargo run --release -p dateline-view --example bench_filter [events]`.

use dateline_extract::model::{Event, EventKind, Extraction};
use dateline_view::geometry::layout::Layout;
use dateline_view::search::{Filter, Index};
use dateline_view::story::Story;
use std::time::Instant;

/// `n` generated events over 2003–2024 with varied lanes and precisions (as the
/// browser benchmark's `tests/e2e/bench/gen.mjs`).
fn dataset(n: usize) -> Extraction {
    let kinds = [
        EventKind::Attack,
        EventKind::Casualties,
        EventKind::Territorial,
        EventKind::War,
        EventKind::Political,
        EventKind::Statement,
        EventKind::Statistic,
        EventKind::Other,
    ];
    let mut seed: u64 = 42;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let events = (0..n)
        .map(|i| {
            let (y, m, d) = (2003 + next() % 22, 1 + next() % 12, 1 + next() % 28);
            let date = match next() % 100 {
                0..70 => format!("{y}-{m:02}-{d:02}"),
                70..87 => format!("{y}-{m:02}"),
                _ => format!("{y}"),
            };
            Event {
                id: format!("bench-{i}"),
                title: format!("Generated event {i} in {date}"),
                date,
                mentions: vec![],
                kind: kinds[next() % kinds.len()],
                casualties: vec![],
                dated_by: None,
            }
        })
        .collect();
    Extraction {
        events,
        ..Extraction::default()
    }
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let doc = dataset(n);
    let t = Instant::now();
    let mut words = 0;
    for e in &doc.events {
        dateline_view::search::each_word(&e.title, &mut |_| words += 1);
    }
    println!("{n} events: {words} title words split in {:.1} ms", ms(t));
    let t = Instant::now();
    let index = Index::new(&doc);
    println!("{n} events: index {:.1} ms", ms(t));
    let t = Instant::now();
    let story = Story::new(&doc);
    println!("story of all {:.1} ms", ms(t));
    let t = Instant::now();
    let _ = Layout::new(story.layout_items());
    println!("layout of all {:.1} ms", ms(t));
    let query = "generated event 7";
    for end in [1, 9, 15, 16, 17] {
        let filter = Filter {
            query: query[..end].to_string(),
            ..Filter::default()
        };
        let t = Instant::now();
        let hits = filter.matches(&doc, &index);
        let m = ms(t);
        let t = Instant::now();
        let keep = filter.keep(&doc, &index);
        let k = ms(t);
        let t = Instant::now();
        let shown = filter.apply(&doc, &index);
        let a = ms(t);
        let t = Instant::now();
        let story = Story::new(&shown);
        let s = ms(t);
        let t = Instant::now();
        let _ = Layout::new(story.layout_items());
        let l = ms(t);
        println!(
            "{:>19}: {:>6} hits · match {m:.1} ms · keep {k:.1} ms ({}) · apply {a:.1} ms · \
             story {s:.1} ms · layout {l:.1} ms",
            format!("“{}”", &query[..end]),
            hits.len(),
            keep.map_or("all".to_string(), |k| k.len().to_string())
        );
    }
}
