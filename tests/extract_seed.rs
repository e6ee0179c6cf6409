//! Boundary tests on the two embedded seed articles (`000`, `004`): the whole pipeline,
//! asserting the values of the gold files for reference dates, casualty figures and
//! events (dates, cross-article merges, links between figures and events).
#![cfg(not(target_arch = "wasm32"))] // host tests; proptest is a native-only dev-dependency

use dateline::corpus::embedded_sources;
use dateline::model::{
    Casualty, Event, EventKind, Extraction, Group, Outcome, Qualifier, ReferenceBasis,
};
use dateline_extract::{extract, Source};
#[path = "../crates/extract/tests/figures/mod.rs"]
mod figures;
use figures::{rows, Row};

/// The seed articles, extracted together (the undated one needs the dated one).
fn seed() -> Extraction {
    let sources: Vec<Source> = embedded_sources()
        .into_iter()
        .filter(|s| s.id == "000" || s.id == "004")
        .collect();
    assert_eq!(sources.len(), 2, "both seed articles are embedded");
    extract(&sources)
}

fn row(g: Group, o: Outcome, n: u32, q: Qualifier, d: &str) -> Row {
    (g, o, n, q, Some(d.to_string()))
}

fn event_on<'a>(doc: &'a Extraction, date: &str) -> Vec<&'a Event> {
    doc.events.iter().filter(|e| e.date == date).collect()
}

fn articles_of(e: &Event) -> Vec<&str> {
    let mut a: Vec<&str> = e.mentions.iter().map(|m| m.article.as_str()).collect();
    a.sort();
    a.dedup();
    a
}

#[test]
fn undated_000_takes_the_reference_date_of_004() {
    let doc = seed();
    let a000 = doc.articles.iter().find(|a| a.id == "000").unwrap();
    assert_eq!(a000.published, None);
    assert_eq!(
        a000.reference_date.map(|d| d.to_string()).as_deref(),
        Some("2024-08-31")
    );
    assert_eq!(a000.reference_basis, ReferenceBasis::Inferred);
    assert_eq!(a000.inferred_from.as_deref(), Some("004"));
    let a004 = doc.articles.iter().find(|a| a.id == "004").unwrap();
    assert_eq!(a004.reference_basis, ReferenceBasis::Header);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn figures_of_004_match_the_gold() {
    use Group::*;
    use Outcome::*;
    use Qualifier::*;
    let doc = seed();
    let day = "2024-08-29";
    assert_eq!(
        rows(&doc, "004"),
        vec![
            row(UsForces, Injured, 7, Exact, day),
            row(Militants, Killed, 15, Exact, day),
            row(UsForces, Injured, 7, Exact, day),
            row(Civilians, Killed, 0, Exact, day),
            row(UsForces, Injured, 5, Exact, day),
            row(UsForces, Injured, 2, Exact, day),
            row(UsForces, Injured, 5, AtLeast, "2024-08"),
        ]
    );
    let falls: Vec<&Casualty> = doc
        .casualties
        .iter()
        .filter(|c| c.article == "004" && c.count == 2)
        .collect();
    assert_eq!(falls[0].note.as_deref(), Some("hurt in falls"));
    // "Iraq hosts about 2,500 US soldiers", "about 900 US soldiers" are not figures.
    assert!(doc
        .casualties
        .iter()
        .all(|c| c.count != 2500 && c.count != 900));
}

#[test]
fn figures_of_000_match_the_gold() {
    use Group::*;
    use Outcome::*;
    use Qualifier::*;
    let doc = seed();
    let day = "2024-08-29";
    assert_eq!(
        rows(&doc, "000"),
        vec![
            row(Militants, Killed, 15, AtLeast, day),
            row(UsForces, Injured, 7, Exact, day),
            row(UsForces, Injured, 7, Exact, day),
            row(UsForces, Injured, 5, Exact, day),
            row(UsForces, Injured, 2, Exact, day),
            row(Civilians, Killed, 0, Exact, day),
        ]
    );
    // "key leaders among the dead" is kept as a note, never as a number.
    let lead = doc.casualties.iter().find(|c| c.article == "000").unwrap();
    assert_eq!(lead.note.as_deref(), Some("key leaders among the dead"));
}

#[test]
fn the_raid_is_one_event_told_by_both_articles_and_carries_their_figures() {
    let doc = seed();
    let raid = event_on(&doc, "2024-08-29");
    assert_eq!(raid.len(), 1, "{raid:?}");
    let raid = raid[0];
    assert_eq!(articles_of(raid), ["000", "004"]);
    assert!(raid.mentions.len() >= 6, "{:?}", raid.mentions);
    assert_eq!(raid.title, "Joint attack kills at least 15 ISIS terrorists");
    assert_eq!(raid.kind, EventKind::Attack);
    let day_figures: Vec<&Casualty> = doc
        .casualties
        .iter()
        .filter(|c| c.incident_date.as_deref() == Some("2024-08-29"))
        .collect();
    assert_eq!(day_figures.len(), 12);
    for c in day_figures {
        assert_eq!(c.event.as_deref(), Some(raid.id.as_str()), "{}", c.text);
        assert!(raid.casualties.contains(&c.id));
    }
    let dated_by = raid
        .dated_by
        .as_ref()
        .expect("the raid is dated by a timex");
    assert!(doc.timexes.iter().any(|t| t.article == dated_by.article
        && t.start == dated_by.start
        && t.value.starts_with("2024-08-29")));
}

#[test]
fn background_events_are_dated_and_merged_across_articles() {
    let doc = seed();
    for (date, articles) in [
        ("2003", vec!["000"]),
        ("2014", vec!["000", "004"]),
        ("2017", vec!["000", "004"]),
        ("2019", vec!["000", "004"]),
        ("2023-10", vec!["000", "004"]),
        ("2023-10/2024-02", vec!["004"]),
        ("2024-08", vec!["004"]),
    ] {
        let found = event_on(&doc, date);
        assert!(
            found.iter().any(|e| articles_of(e) == articles),
            "{date}: {:?}",
            found
                .iter()
                .map(|e| (&e.title, articles_of(e)))
                .collect::<Vec<_>>()
        );
    }
    let invasion = event_on(&doc, "2003")[0];
    assert_eq!(
        invasion.title,
        "US invades Iraq and topples despot Saddam Hussein"
    );
    assert_eq!(invasion.kind, EventKind::War);
    // One sentence dates two defeats: each has its own title.
    assert_eq!(
        event_on(&doc, "2017")[0].title,
        "ISIS loses its hold on the territory in Iraq"
    );
    assert_eq!(
        event_on(&doc, "2019")[0].title,
        "ISIS loses its hold on the territory in Syria"
    );
    assert_eq!(event_on(&doc, "2014")[0].kind, EventKind::Territorial);
    // Statistics, forecasts and states of affairs are not events.
    for date in ["2024-H1", "2024", "2024-11"] {
        assert!(event_on(&doc, date).is_empty(), "{date}");
    }
    let titles: std::collections::HashSet<&str> =
        doc.events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(titles.len(), doc.events.len(), "titles are distinct");
    assert!(doc.events.iter().all(|e| e.title.chars().count() <= 60));
    let ids: std::collections::HashSet<&str> = doc.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), doc.events.len(), "event ids are unique");
    assert!(doc
        .events
        .iter()
        .all(|e| e.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')));
}

#[test]
fn extraction_of_each_article_alone_never_fails() {
    for s in embedded_sources() {
        let doc = extract(std::slice::from_ref(&s));
        assert_eq!(doc.articles.len(), 1);
    }
    let doc = extract(&[Source {
        id: "x".into(),
        text: "  \n date 20\n…—“ 7 of the. no\u{2019}s".into(),
        ..Source::default()
    }]);
    assert_eq!(doc.articles.len(), 1);
}

#[test]
fn mangled_and_huge_inputs_never_panic() {
    let seed = embedded_sources();
    let text = &seed.iter().find(|s| s.id == "004").unwrap().text;
    let chars: Vec<char> = text.chars().collect();
    // Every 97th cut of the text, and the text with its punctuation and spaces removed.
    for cut in (0..chars.len()).step_by(97) {
        let piece: String = chars[cut..].iter().take(400).collect();
        let doc = extract(&[Source {
            id: "cut".into(),
            text: piece,
            ..Source::default()
        }]);
        assert_eq!(doc.articles.len(), 1);
    }
    let squashed: String = chars.iter().filter(|c| c.is_alphanumeric()).collect();
    extract(&[Source {
        id: "squashed".into(),
        text: squashed,
        ..Source::default()
    }]);
    // One long line of repeated prose stays fast (no quadratic scans).
    let line = "no U.S. troops (were 7 8 9 ( ( killed at least 3 of the 4 people, including a man and a child. "
        .repeat(400);
    let started = std::time::Instant::now();
    extract(&[Source {
        id: "long".into(),
        text: line,
        ..Source::default()
    }]);
    assert!(started.elapsed().as_secs() < 20);
}
