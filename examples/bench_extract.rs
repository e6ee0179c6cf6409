//! Extraction throughput benchmark: `cargo run --profile native --example bench_extract`
//! (or `--release`, the size-tuned wasm settings); `scripts/bench-extract.sh` runs both.
//!
//! Builds a large input (at least 8 MB) from the embedded articles, both as many
//! separate sources and as one big source, runs the whole pipeline several times on
//! each, and prints the median throughput in MB/s (one core). Pass a number to change
//! the target size in MB, e.g. `-- 16` or `-- 0.2`.

use dateline::corpus::EMBEDDED;
use dateline::extract::{clean, extract, sentences, timex, Source};
use std::time::Instant;

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

/// Runs only the text stages (clean, sentences, timexes) on `sources` `RUNS` times;
/// returns the median seconds.
fn time_text_stages(sources: &[Source]) -> f64 {
    let runs = runs();
    let mut secs = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let t = Instant::now();
        for s in sources {
            let c = clean::clean(&s.text);
            let sents = sentences::split(&s.text, &c);
            found += timex::tag(&s.text, &sents, None).len();
        }
        secs.push(t.elapsed().as_secs_f64());
    }
    assert!(found > 0);
    secs.sort_by(f64::total_cmp);
    secs[runs / 2]
}

fn main() {
    let target_mb: f64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(8.0);
    let target = (target_mb * 1e6) as usize;
    let corpus: usize = EMBEDDED.iter().map(|a| a.text.len()).sum();
    assert!(corpus > 0, "no embedded articles");

    // Many separate sources (each article copied, with its own id).
    let mut many = Vec::new();
    let mut size = 0;
    let mut copy = 0;
    while size < target {
        for a in EMBEDDED {
            many.push(source(format!("{}-{copy}", a.id), a.text.to_string()));
            size += a.text.len();
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
        let text_secs = time_text_stages(sources);
        println!(
            "  of which clean + sentences + timexes: median {text_secs:.3} s: {:.1} MB/s",
            bytes as f64 / 1e6 / text_secs
        );
    }
}
