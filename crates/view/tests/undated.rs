//! An undated report, as a reader pastes it: its incidents are undated events, each
//! with a card of its own, and a zero that names no group is on its incident's card.
#![cfg(not(target_arch = "wasm32"))]

use dateline_extract::model::{Casualty, Extraction, Group, Outcome, Qualifier, ZeroStatement};
use dateline_extract::{extract, Source};
use dateline_view::cards::{build_cards, no_data_note, Card, Reconciled};
use dateline_view::story::{resolution, Story};
use dateline_view::undated::undated;

const UN: &str = "Rockets hit UN compound\n\nFour peacekeepers were injured on Friday when \
rockets hit a compound near the border, the mission said. No one was killed in the attack, \
a spokesman said. Six soldiers were wounded in a separate attack on Saturday.\n";

fn pasted() -> Extraction {
    let mut source = Source::new("user-1", UN);
    source.user_added = true;
    let mut doc = extract(&[source]);
    doc.articles[0].text = Some(UN.to_string());
    doc
}

fn value(card: &Card) -> Option<u32> {
    match card.line(Group::Other, Outcome::Injured)?.reconciled {
        Reconciled::Agree { value, .. } => Some(value),
        _ => None,
    }
}

#[test]
fn the_incidents_of_an_undated_report_are_listed_as_date_unknown() {
    let doc = pasted();
    // Not on the time axis …
    assert!(Story::new(&doc).entries.is_empty());
    // … but listed, with the words that date them.
    let list = undated(&doc);
    assert_eq!(list.len(), 2, "{list:#?}");
    assert_eq!(list[0].when, "Friday · date unknown");
    assert_eq!(list[1].when, "Saturday · date unknown");
    assert_eq!(list[0].outlets, ["Your article 1"]);
    let e = &doc.events[list[0].event];
    let why = resolution(&doc, e).expect("says why");
    assert!(why.starts_with("“Friday” could not be placed"), "{why}");
    // The list view says so too, after every placed event.
    let rows = dateline_view::listing::rows(&doc);
    let dates: Vec<&str> = rows.iter().map(|r| r.date.as_str()).collect();
    assert_eq!(dates, ["Friday · date unknown", "Saturday · date unknown"]);
}

#[test]
fn each_incident_has_its_own_card_and_the_zero_is_on_the_first() {
    let doc = pasted();
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 2, "{cards:#?}");
    assert_eq!(value(&cards[0]), Some(4));
    assert_eq!(value(&cards[1]), Some(6));
    for card in &cards {
        let line = card.line(Group::Other, Outcome::Injured).unwrap();
        assert!(line.discrepancy.is_none(), "{line:#?}");
        assert_eq!(line.sources.len(), 1);
    }
    assert_eq!(cards[0].date_label, "Friday · date unknown");
    assert_eq!(cards[0].said.len(), 1);
    assert_eq!(cards[0].said[0].text, "No one killed, says Your article 1");
    assert!(cards[1].said.is_empty());
    // The note no longer says "no data" of what the source said.
    assert_eq!(
        no_data_note(&cards[0]).as_deref(),
        Some(
            "No injury or capture figures given for militants, us forces, partner forces \
             and civilians (no data, not zero)."
        )
    );
    assert_eq!(
        no_data_note(&cards[1]).as_deref(),
        Some(
            "No figures given for militants, us forces, partner forces and civilians \
             (no data, not zero)."
        )
    );
    // Not a casualty figure: the scorer never sees it.
    assert!(doc.casualties.iter().all(|c| c.count > 0));
}

/// The same report from a producer that links no figure to an event and dates none.
fn unlinked(counts: [u32; 2], second: &str) -> Extraction {
    let fig = |start: usize, count: u32, text: &str| Casualty {
        article: "user-1".into(),
        start,
        end: start + text.chars().count(),
        text: text.into(),
        group: Group::Other,
        outcome: Outcome::Injured,
        count,
        qualifier: Qualifier::Exact,
        incident_date: None,
        note: None,
        who: None,
        id: format!("user-1:c{start}"),
        event: None,
    };
    Extraction {
        casualties: vec![
            fig(25, counts[0], "Four peacekeepers were injured on Friday."),
            fig(180, counts[1], second),
        ],
        zero_statements: vec![ZeroStatement {
            article: "user-1".into(),
            start: 129,
            end: 179,
            text: "No one was killed in the attack, a spokesman said.".into(),
            words: "No one was killed".into(),
            outcomes: vec![Outcome::Killed],
            event: None,
        }],
        ..Extraction::default()
    }
}

#[test]
fn unlinked_undated_figures_of_two_incidents_stay_apart() {
    // Different counts: two incidents.
    let doc = unlinked([4, 6], "Six soldiers were wounded on Saturday.");
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 2, "{cards:#?}");
    assert_eq!((value(&cards[0]), value(&cards[1])), (Some(4), Some(6)));
    // The zero told after the first figure is on the first card.
    assert_eq!(cards[0].said.len(), 1);
    assert!(cards[1].said.is_empty());
    // The same count, said to be another attack: still two incidents.
    let doc = unlinked([4, 4], "Four soldiers were wounded in a separate attack.");
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 2, "{cards:#?}");
    // The same count restated: one incident, one line.
    let doc = unlinked(
        [4, 4],
        "The four were taken to hospital, all of them injured.",
    );
    assert_eq!(build_cards(&doc).len(), 1);
}

#[test]
fn a_zero_the_same_source_contradicts_is_quoted_and_a_lone_zero_gets_a_card() {
    let mut doc = unlinked([4, 6], "Six soldiers were wounded on Saturday.");
    doc.zero_statements[0].outcomes = vec![Outcome::Killed, Outcome::Injured];
    doc.zero_statements[0].words = "no casualties".into();
    let cards = build_cards(&doc);
    // Killed is not contradicted; injured is (the source counts four injured).
    assert_eq!(cards[0].said[0].text, "No one killed, says Your article 1");
    doc.zero_statements[0].outcomes = vec![Outcome::Injured];
    let cards = build_cards(&doc);
    assert_eq!(
        cards[0].said[0].text,
        "“no casualties”, says Your article 1, which also gives figures"
    );
    assert!(cards[0].said[0].outcomes.is_empty());
    // A zero of an article without figures has a card of its own.
    let mut lone = unlinked([4, 6], "x");
    lone.casualties.clear();
    let cards = build_cards(&lone);
    assert_eq!(cards.len(), 1);
    assert!(cards[0].lines.is_empty());
    assert_eq!(cards[0].date_label, "date unknown");
    assert_eq!(cards[0].said[0].text, "No one killed, says Your article 1");
}
