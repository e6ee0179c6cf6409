//! Extraction throughput benchmark:
//! `cargo run --profile native -p dateline-extract --example bench_extract`
//! (or `--release`, the size-tuned wasm settings); `scripts/bench-extract.sh` runs both.
//!
//! Builds a large input (at least 8 MB) from the app's articles (`articles/*.txt`), both as many
//! separate sources and as one big source, runs the whole pipeline several times on
//! each, and prints the median throughput in MB/s (one core). Pass a number to change
//! the target size in MB, e.g. `-- 16` or `-- 0.2`.

use dateline_extract::{extract, Source};
use std::{fs, path::Path, time::Instant};

/// The articles the app embeds (`articles/*.txt` at the workspace root), as (id, text).
fn articles() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../articles");
    let mut found: Vec<(String, String)> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let id = p.file_stem()?.to_str()?.to_string();
            Some((id, fs::read_to_string(&p).ok()?))
        })
        .collect();
    found.sort();
    found
}

/// How many timed runs per input (`BENCH_RUNS` overrides, e.g. 1 under callgrind).
fn runs() -> usize {
    std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .filter(|&r| r > 0)
        .unwrap_or(5)
}

/// One source named `id` holding `text`.
fn source(id: String, text: String) -> Source {
    Source {
        path: format!("{id}.txt"),
        id,
        text,
        ..Source::default()
    }
}

/// Runs `extract` on `sources` `RUNS` times; returns the median seconds and the
/// number of timexes found (so the work cannot be optimised away).
fn time(sources: &[Source]) -> (f64, usize) {
    let runs = runs();
    let mut secs = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let doc = extract(sources);
        secs.push(t.elapsed().as_secs_f64());
        found = doc.timexes.len();
    }
    secs.sort_by(f64::total_cmp);
    (secs[runs / 2], found)
}

fn main() {
    let target_mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(8.0);
    let target = (target_mb * 1e6) as usize;
    let embedded = articles();
    let corpus: usize = embedded.iter().map(|(_, text)| text.len()).sum();
    assert!(corpus > 0, "no articles in articles/");

    // Many separate sources (each article copied, with its own id).
    let mut many = Vec::new();
    let mut size = 0;
    let mut copy = 0;
    while size < target {
        for (id, text) in &embedded {
            many.push(source(format!("{id}-{copy}"), text.clone()));
            size += text.len();
        }
        copy += 1;
    }
    // One big source: every copy concatenated, one paragraph each.
    let big: String = many
        .iter()
        .map(|s| s.text.trim_start_matches(' '))
        .collect::<Vec<_>>()
        .join("\n");
    let one = vec![source("all".to_string(), big)];

    for (name, sources) in [("separate sources", &many), ("one big source", &one)] {
        let bytes: usize = sources.iter().map(|s| s.text.len()).sum();
        let (secs, timexes) = time(sources);
        let mbs = bytes as f64 / 1e6 / secs;
        println!(
            "{name}: {:.1} MB in {} source(s), {timexes} timexes, median {:.3} s over {} runs: {mbs:.1} MB/s",
            bytes as f64 / 1e6,
            sources.len(),
            secs,
            runs()
        );
    }
}
