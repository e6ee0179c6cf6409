//! Property tests for the extraction pipeline: it never panics, every span lies inside
//! the text on char boundaries, output is deterministic, and adversarial input of a
//! megabyte is processed in roughly linear time.
#![cfg(not(target_arch = "wasm32"))] // host tests; proptest is a native-only dev-dependency

use crate::extract::{clean, extract, sentences, timex, Source};
use proptest::prelude::*;
use std::time::{Duration, Instant};

/// One source holding `text`.
fn source(text: &str) -> Source {
    Source {
        id: "a".into(),
        path: "a.txt".into(),
        text: text.into(),
        ..Source::default()
    }
}

/// Runs the whole pipeline on `text` and checks every span against it.
fn check_spans(text: &str) {
    let doc = extract(&[source(text)]);
    // Byte offset of every code point, plus the end.
    let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    bytes.push(text.len());
    let chars = bytes.len() - 1;
    for t in &doc.timexes {
        assert!(t.start <= t.end && t.end <= chars, "timex {t:?}");
        assert_eq!(
            &text[bytes[t.start]..bytes[t.end]],
            t.text,
            "timex text matches its span"
        );
    }
    for a in &doc.articles {
        for s in &a.sentences {
            assert!(s.start <= s.end && s.end <= chars, "sentence {s:?}");
        }
        for s in &a.artifacts {
            assert!(s.start <= s.end && s.end <= chars, "artifact {s:?}");
        }
    }
    for c in &doc.casualties {
        assert!(c.start <= c.end && c.end <= chars, "casualty {c:?}");
    }
    for z in &doc.zero_statements {
        assert!(z.start <= z.end && z.end <= chars, "zero statement {z:?}");
    }
    for e in &doc.events {
        for m in &e.mentions {
            assert!(m.start <= m.end && m.end <= chars, "mention {m:?}");
        }
    }
    // Byte-level stages: ranges on char boundaries.
    let cleaned = clean::clean(text);
    for l in &cleaned.lines {
        assert!(text.get(l.range.clone()).is_some(), "line {:?}", l.range);
    }
    let sents = sentences::split(text, &cleaned);
    for s in &sents {
        assert!(
            text.get(s.range.clone()).is_some(),
            "sentence {:?}",
            s.range
        );
    }
    for h in timex::tag(text, &sents, None) {
        assert!(text.get(h.range.clone()).is_some(), "timex {:?}", h.range);
    }
}

/// Text built from temporal words, numbers, punctuation and arbitrary characters, so
/// that the grammar's rules actually fire on random input.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Thursday".to_string()),
        Just("Oct.".to_string()),
        Just("31,".to_string()),
        Just("2019".to_string()),
        Just("the year before".to_string()),
        Just("early".to_string()),
        Just("8:45 p.m.".to_string()),
        Just("Eastern Time".to_string()),
        Just("two days".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("’s".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just(" date 2024-08-31".to_string()),
        Just("[/caption]".to_string()),
        Just("mid-".to_string()),
        Just("-".to_string()),
        any::<char>().prop_map(|c| c.to_string()),
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        check_spans(&text);
    }

    #[test]
    fn arbitrary_chars_never_panic(text in any::<String>()) {
        check_spans(&text);
    }

    #[test]
    fn newsy_text_is_in_range_and_deterministic(text in newsy()) {
        check_spans(&text);
        let a = extract(&[source(&text)]);
        let b = extract(&[source(&text)]);
        prop_assert_eq!(a, b);
    }
}

/// Runs `f` and fails when it takes longer than `limit` (a generous linearity guard).
fn within(limit: Duration, what: &str, f: impl FnOnce()) {
    let t = Instant::now();
    f();
    let took = t.elapsed();
    eprintln!("{what}: {took:?}");
    assert!(took < limit, "{what} took {took:?}");
}

#[test]
fn pathological_repetition_is_fast_and_safe() {
    let cases = [
        ("Thursday ×", "Thursday ".repeat(120_000)),
        ("dots", ".".repeat(1_000_000)),
        ("Oct. ×", "Oct. ".repeat(200_000)),
        ("quotes", "“".repeat(300_000)),
        ("digits", "2024".repeat(250_000)),
        ("no spaces", "a".repeat(1_000_000)),
        ("caption lines", "x[/caption]\n".repeat(80_000)),
        ("clock days", "at 8 p.m. on Monday, “today” ".repeat(40_000)),
        // An undated report of many incidents, each with a zero naming no group.
        (
            "undated incidents",
            "Four soldiers were killed on Friday in a separate attack. No one was hurt in the \
             attack. "
                .repeat(12_000),
        ),
    ];
    for (what, text) in &cases {
        within(Duration::from_secs(10), what, || check_spans(text));
    }
}

#[test]
fn dense_temporal_megabyte_through_own_stages_is_linear() {
    let unit = "Early Monday morning, on Oct. 31, 2019, about 8:45 p.m. Eastern Time, the year \
                before last summer’s raid, two days later. “Last night,” he said Thursday.\n";
    let text = unit.repeat(1_000_000 / unit.len() + 1);
    within(Duration::from_secs(10), "dense megabyte", || {
        let c = clean::clean(&text);
        let s = sentences::split(&text, &c);
        let hits = timex::tag(&text, &s, None);
        assert!(hits.len() > 50_000);
    });
}
