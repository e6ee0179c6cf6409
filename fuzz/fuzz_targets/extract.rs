//! Fuzz target: arbitrary bytes (as lossy UTF-8) through the whole extraction pipeline.
//! Extraction must never panic, and every span must lie inside the text.
//! Run with `cargo fuzz run extract` from the repository root.

#![no_main]

use dateline_extract::{extract, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let chars = text.chars().count();
    let source = Source {
        id: "fuzz".into(),
        path: "fuzz.txt".into(),
        text: text.clone(),
        ..Source::default()
    };
    let doc = extract(&[source]);
    for t in &doc.timexes {
        assert!(t.start <= t.end && t.end <= chars, "timex out of range: {t:?}");
    }
    for a in &doc.articles {
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= chars, "sentence out of range: {s:?}");
        }
        for s in &a.artifacts {
            assert!(s.start <= s.end && s.end <= chars, "artifact out of range: {s:?}");
        }
    }
    for c in &doc.casualties {
        assert!(c.start <= c.end && c.end <= chars, "casualty out of range: {c:?}");
    }
});
