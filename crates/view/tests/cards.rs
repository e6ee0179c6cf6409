//! Casualty cards built from small extractions shaped like the seed articles.
#![cfg(not(target_arch = "wasm32"))] // host tests; proptest is a native-only dev-dependency

use chrono::NaiveDate;
use dateline_extract::model::{
    Article, Casualty, Event, Extraction, Group, Outcome, Qualifier, ReferenceBasis,
};
use dateline_view::cards::{build_cards, Card, Reconciled};

use Group::*;
use Outcome::*;
use Qualifier::*;

fn article(id: &str, outlet: &str, published: Option<&str>, reference: &str) -> Article {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    Article {
        published: published.and_then(day),
        reference_date: day(reference),
        reference_basis: if published.is_some() {
            ReferenceBasis::Header
        } else {
            ReferenceBasis::Inferred
        },
        outlet: Some(outlet.into()),
        ..Article::new(id, format!("articles/{id}.txt"))
    }
}

/// A figure stated in `text`, starting at `start` in `article`, of incident `date`.
struct Fig<'a> {
    article: &'a str,
    start: usize,
    who: (Group, Outcome),
    count: u32,
    qualifier: Qualifier,
    date: &'a str,
    note: Option<&'a str>,
    text: &'a str,
}

impl Fig<'_> {
    fn build(self) -> Casualty {
        Casualty {
            article: self.article.into(),
            start: self.start,
            end: self.start + self.text.chars().count(),
            text: self.text.into(),
            group: self.who.0,
            outcome: self.who.1,
            count: self.count,
            qualifier: self.qualifier,
            incident_date: Some(self.date.into()),
            note: self.note.map(String::from),
            who: None,
            id: format!("{}:c{}", self.article, self.start),
            event: None,
        }
    }
}

/// Shorthand: a figure without a note.
fn fig(
    article: &str,
    start: usize,
    who: (Group, Outcome),
    count: u32,
    qualifier: Qualifier,
    date: &str,
    text: &str,
) -> Casualty {
    Fig {
        article,
        start,
        who,
        count,
        qualifier,
        date,
        note: None,
        text,
    }
    .build()
}

/// Shorthand: a figure with a note.
fn noted(
    article: &str,
    start: usize,
    who: (Group, Outcome),
    count: u32,
    date: &str,
    note: &str,
    text: &str,
) -> Casualty {
    let note = Some(note);
    Fig {
        article,
        start,
        who,
        count,
        qualifier: Exact,
        date,
        note,
        text,
    }
    .build()
}

const RAID: &str = "2024-08-29";

/// The two seed articles: The Sun (000, undated) and Al Jazeera (004, 31 Aug 2024).
fn seed() -> Extraction {
    let (mk, ui, ck) = (
        (Militants, Killed),
        (UsForces, Injured),
        (Civilians, Killed),
    );
    Extraction {
        articles: vec![
            article("004", "Al Jazeera", Some("2024-08-31"), "2024-08-31"),
            article("000", "The Sun", None, "2024-08-31"),
        ],
        casualties: vec![
            fig(
                "000",
                0,
                mk,
                15,
                AtLeast,
                RAID,
                "AT least 15 ISIS terrorists have been killed",
            ),
            fig(
                "000",
                137,
                ui,
                7,
                Exact,
                RAID,
                "resulting in seven injuries to US troops.",
            ),
            fig(
                "000",
                540,
                ui,
                7,
                Exact,
                RAID,
                "Seven US troops were injured",
            ),
            fig(
                "000",
                1459,
                ui,
                5,
                Exact,
                RAID,
                "Five US soldiers were wounded",
            ),
            noted(
                "000",
                1493,
                ui,
                2,
                RAID,
                "hurt in falls",
                "two others were hurt in falls",
            ),
            noted(
                "000",
                2009,
                ck,
                0,
                RAID,
                "no sign of civilian casualties",
                "No sign of it",
            ),
            noted(
                "000",
                600,
                mk,
                0,
                RAID,
                "key leaders among the dead",
                "leaders among the dead",
            ),
            fig(
                "004",
                17,
                ui,
                7,
                Exact,
                RAID,
                "Seven US soldiers were injured",
            ),
            fig(
                "004",
                116,
                mk,
                15,
                Exact,
                RAID,
                "15 ISIL (ISIS) fighters were killed",
            ),
            fig(
                "004",
                254,
                ui,
                7,
                Exact,
                RAID,
                "Seven US soldiers were injured in the operation",
            ),
            noted(
                "004",
                617,
                ck,
                0,
                RAID,
                "no civilian casualties reported",
                "It did not.",
            ),
            fig(
                "004",
                661,
                ui,
                5,
                Exact,
                RAID,
                "Five US soldiers were wounded in the operation",
            ),
            noted(
                "004",
                714,
                ui,
                2,
                RAID,
                "hurt in falls",
                "two others were hurt in falls",
            ),
            fig(
                "004",
                2109,
                ui,
                5,
                AtLeast,
                "2024-08",
                "at least five US personnel were injured",
            ),
        ],
        ..Extraction::default()
    }
}

fn card<'a>(cards: &'a [Card], date: &str) -> &'a Card {
    cards
        .iter()
        .find(|c| c.date.as_deref() == Some(date))
        .unwrap_or_else(|| panic!("no card for {date}"))
}

fn one_outlet(outlet: &str, casualties: Vec<Casualty>) -> Extraction {
    Extraction {
        articles: vec![article("a", outlet, Some("2024-08-31"), "2024-08-31")],
        casualties,
        ..Extraction::default()
    }
}

#[test]
fn seed_articles_reconcile_into_two_chronological_cards() {
    let cards = build_cards(&seed());
    let dates: Vec<_> = cards.iter().map(|c| c.date.as_deref().unwrap()).collect();
    assert_eq!(dates, vec!["2024-08", "2024-08-29"]);

    let base = card(&cards, "2024-08");
    assert_eq!(base.title, "Casualties reported for Aug 2024");
    assert_eq!(base.lines.len(), 1);
    let line = &base.lines[0];
    assert_eq!(
        line.reconciled,
        Reconciled::LowerBound {
            value: 5,
            strict: false
        }
    );
    assert_eq!(line.data_value(), "5");
    assert_eq!(
        line.rule,
        "Only a lower bound is known: Al Jazeera says at least 5."
    );

    let raid = card(&cards, RAID);
    assert_eq!(raid.date_label, "29 Aug 2024");
    let labels: Vec<_> = raid.lines.iter().map(|l| l.label.as_str()).collect();
    assert_eq!(
        labels,
        vec!["Militants killed", "US forces injured", "Civilians killed"]
    );

    let militants = raid.line(Militants, Killed).unwrap();
    assert_eq!(
        militants.reconciled,
        Reconciled::Agree {
            value: 15,
            sources: 2
        }
    );
    assert_eq!(militants.data_value(), "15");
    assert_eq!(militants.discrepancy, None);
    let written: Vec<_> = militants
        .sources
        .iter()
        .map(|s| {
            (
                s.source.as_str(),
                s.as_written.as_str(),
                s.date_label.as_str(),
            )
        })
        .collect();
    assert_eq!(
        written,
        vec![
            ("Al Jazeera", "15", "31 Aug 2024"),
            ("The Sun", "at least 15", "undated (31 Aug 2024, inferred)"),
        ]
    );
    assert!(militants.sources[1].date_inferred);
    assert_eq!(
        militants.rule,
        "Both sources are consistent with 15: Al Jazeera says 15; The Sun says at least 15."
    );
    assert_eq!(militants.summary(), "15 — 2 sources agree");

    let us = raid.line(UsForces, Injured).unwrap();
    assert_eq!(
        us.reconciled,
        Reconciled::Agree {
            value: 7,
            sources: 2
        }
    );
    assert_eq!(us.data_value(), "7");
    assert_eq!(
        us.sources.len(),
        2,
        "each article's two statements of 7 are one source"
    );
    assert_eq!(us.sources[1].casualty_ids, vec!["000:c137", "000:c540"]);
    assert_eq!(us.sources[1].spans[1].start, 540);
    let b = us.breakdown.as_ref().expect("5 + 2 breakdown");
    assert!(b.consistent);
    assert_eq!(b.render(), "7 injured = 5 wounded + 2 hurt in falls");
    assert_eq!(b.parts[0].casualty_ids, vec!["004:c661", "000:c1459"]);
    assert_eq!(
        us.sentence(),
        "US forces injured: 7, 2 sources agree (Al Jazeera: 7; The Sun: 7), \
         5 wounded and 2 hurt in falls."
    );

    let civilians = raid.line(Civilians, Killed).unwrap();
    assert_eq!(civilians.reconciled, Reconciled::Zero { sources: 2 });
    assert_eq!(civilians.data_value(), "0");
    assert_eq!(civilians.summary(), "none reported — 2 sources");
    assert_eq!(
        civilians.rule,
        "Both sources report no civilians killed: Al Jazeera and The Sun."
    );

    assert_eq!(raid.claims.len(), 1);
    assert_eq!(raid.claims[0].text, "key leaders among the dead");
    assert_eq!(raid.claims[0].source, "The Sun");
    assert_eq!(raid.claims[0].group, Militants);
}

#[test]
fn differing_exact_figures_make_a_range_with_a_discrepancy() {
    let doc = Extraction {
        articles: vec![
            article("a", "The Sun", Some("2024-08-31"), "2024-08-31"),
            article("b", "Al Jazeera", Some("2024-08-31"), "2024-08-31"),
        ],
        casualties: vec![
            fig("a", 0, (UsForces, Injured), 7, Exact, RAID, "Seven injured"),
            fig("b", 0, (UsForces, Injured), 9, Exact, RAID, "Nine injured"),
        ],
        ..Extraction::default()
    };
    let cards = build_cards(&doc);
    let line = &cards[0].lines[0];
    assert_eq!(line.reconciled, Reconciled::Range { min: 7, max: 9 });
    assert_eq!(line.data_value(), "7-9");
    assert_eq!(
        line.rule,
        "Sources differ: The Sun says 7; Al Jazeera says 9."
    );
    assert_eq!(
        line.discrepancy.as_deref(),
        Some("The Sun says 7; Al Jazeera says 9.")
    );
    assert_eq!(line.summary(), "7–9 — sources differ");
    assert_eq!(
        line.sentence(),
        "US forces injured: between 7 and 9, sources differ (The Sun: 7; Al Jazeera: 9)."
    );
}

#[test]
fn breakdown_parts_do_not_create_a_false_range() {
    let ui = (UsForces, Injured);
    let doc = one_outlet(
        "The Sun",
        vec![
            fig("a", 0, ui, 7, Exact, RAID, "Seven US troops were injured"),
            fig("a", 50, ui, 5, Exact, RAID, "Five were wounded"),
            noted("a", 80, ui, 2, RAID, "hurt in falls", "two hurt in falls"),
        ],
    );
    let line = &build_cards(&doc)[0].lines[0];
    assert_eq!(
        line.reconciled,
        Reconciled::Agree {
            value: 7,
            sources: 1
        }
    );
    assert_eq!(line.sources.len(), 1);
    assert_eq!(line.discrepancy, None);
    assert_eq!(line.rule, "Only The Sun gives a figure: 7.");
    assert_eq!(line.breakdown.as_ref().unwrap().sum(), 7);
}

#[test]
fn a_breakdown_that_misses_the_reconciled_value_is_flagged() {
    let ui = (UsForces, Injured);
    let doc = Extraction {
        articles: vec![
            article("a", "The Sun", Some("2024-08-31"), "2024-08-31"),
            article("b", "Al Jazeera", Some("2024-08-31"), "2024-08-31"),
        ],
        casualties: vec![
            fig("a", 0, ui, 7, Exact, RAID, "Seven injured"),
            fig("a", 50, ui, 5, Exact, RAID, "Five were wounded"),
            noted("a", 80, ui, 2, RAID, "hurt in falls", "two hurt"),
            fig("b", 0, ui, 8, Exact, RAID, "Eight injured"),
        ],
        ..Extraction::default()
    };
    let line = &build_cards(&doc)[0].lines[0];
    assert_eq!(line.data_value(), "7-8");
    let b = line.breakdown.as_ref().unwrap();
    assert!(!b.consistent);
    assert!(line.sentence().ends_with(
        ", of which 5 wounded and 2 hurt in falls according to The Sun \
         (the parts do not match the total)."
    ));
}

#[test]
fn zero_is_distinct_from_no_data() {
    let text = "There were no civilian casualties";
    let doc = one_outlet(
        "The Sun",
        vec![noted(
            "a",
            0,
            (Civilians, Killed),
            0,
            RAID,
            "no civilian casualties",
            text,
        )],
    );
    let card = &build_cards(&doc)[0];
    let line = card
        .line(Civilians, Killed)
        .expect("explicit zero is a line");
    assert_eq!(line.reconciled, Reconciled::Zero { sources: 1 });
    assert_eq!(line.rule, "The Sun reports no civilians killed.");
    assert_eq!(
        line.sentence(),
        "Civilians killed: none reported, 1 source (The Sun: 0)."
    );
    assert!(
        card.line(PartnerForces, Killed).is_none(),
        "no data is no line"
    );
    assert!(card.claims.is_empty());
}

#[test]
fn unquantified_claim_alone_makes_a_card_without_lines() {
    let quote = "key ISIS leaders were among the dead";
    let doc = one_outlet(
        "The Sun",
        vec![noted(
            "a",
            10,
            (Militants, Killed),
            0,
            RAID,
            "key leaders among the dead",
            quote,
        )],
    );
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 1);
    assert!(cards[0].lines.is_empty());
    let claim = &cards[0].claims[0];
    assert_eq!(claim.text, "key leaders among the dead");
    assert_eq!(claim.quote, quote);
    assert_eq!((claim.span.start, claim.span.end), (10, 46));
}

#[test]
fn figures_join_their_event_card_and_cards_run_oldest_first() {
    let mut early = fig(
        "a",
        0,
        (Militants, Killed),
        3,
        About,
        "2014",
        "about three killed",
    );
    early.event = Some("context:2014".into());
    let mut listed = fig(
        "a",
        40,
        (Militants, Captured),
        4,
        Exact,
        RAID,
        "four captured",
    );
    listed.id = "a:c9".into();
    let undated = Casualty {
        incident_date: None,
        ..fig("a", 90, (Other, Killed), 2, Exact, "x", "two died")
    };
    let event = |id: &str, date: &str, title: &str, cas: Vec<String>| Event {
        id: id.into(),
        date: date.into(),
        title: title.into(),
        mentions: vec![],
        kind: Default::default(),
        casualties: cas,
        dated_by: None,
    };
    let mut doc = one_outlet("Reuters", vec![undated, listed, early]);
    doc.events = vec![
        event("raid", RAID, "Joint raid", vec!["a:c9".into()]),
        event("context:2014", "2014", "ISIS at its peak", vec![]),
    ];
    let cards = build_cards(&doc);
    let ids: Vec<_> = cards.iter().map(|c| c.event_id.as_deref()).collect();
    assert_eq!(ids, vec![Some("context:2014"), Some("raid"), None]);
    assert_eq!(cards[0].title, "ISIS at its peak");
    assert_eq!(cards[0].date_label, "2014");
    assert_eq!(
        cards[0].lines[0].reconciled,
        Reconciled::Approximate {
            value: 3,
            sources: 1
        }
    );
    assert_eq!(cards[1].title, "Joint raid");
    assert_eq!(cards[1].lines[0].label, "Militants captured");
    assert_eq!(cards[2].title, "Casualties reported, date unknown");
    assert_eq!(cards[2].date_label, "date unknown");
}

#[test]
fn one_article_giving_two_figures_lists_both() {
    let mk = (Militants, Killed);
    let doc = one_outlet(
        "The Sun",
        vec![
            fig("a", 0, mk, 12, Exact, RAID, "12 killed"),
            fig("a", 40, mk, 15, Exact, RAID, "15 killed"),
        ],
    );
    let line = &build_cards(&doc)[0].lines[0];
    assert_eq!(line.reconciled, Reconciled::Range { min: 12, max: 15 });
    assert_eq!(line.discrepancy.as_deref(), Some("The Sun says 12 and 15."));
}

#[test]
fn same_outlet_twice_is_told_apart_by_article_id() {
    let mk = (Militants, Killed);
    let doc = Extraction {
        articles: vec![
            article("r1", "Reuters", Some("2024-08-30"), "2024-08-30"),
            article("r2", "Reuters", Some("2024-08-31"), "2024-08-31"),
        ],
        casualties: vec![
            fig("r1", 0, mk, 15, Exact, RAID, "15 killed"),
            fig("r2", 0, mk, 15, Exact, RAID, "15 killed"),
        ],
        ..Extraction::default()
    };
    let line = &build_cards(&doc)[0].lines[0];
    let names: Vec<_> = line.sources.iter().map(|s| s.source.as_str()).collect();
    assert_eq!(names, vec!["Reuters (r1)", "Reuters (r2)"]);
    assert_eq!(
        line.rule,
        "Both sources give 15: Reuters (r1) and Reuters (r2)."
    );
}

#[test]
fn a_line_of_others_says_who_in_the_sources_words() {
    let with_who = |start: usize, count: u32, who: Option<&str>, text: &str| {
        let mut c = fig(
            "a",
            start,
            (Other, Injured),
            count,
            Exact,
            "2023-05-02",
            text,
        );
        c.who = who.map(String::from);
        c
    };
    let doc = one_outlet(
        "Harbour Post",
        vec![
            with_who(
                0,
                4,
                Some("peacekeepers"),
                "Four peacekeepers were injured.",
            ),
            with_who(
                40,
                4,
                Some("Peacekeepers"),
                "The four peacekeepers were hurt.",
            ),
            with_who(80, 4, Some("others"), "Four others were hurt."),
        ],
    );
    let line = &build_cards(&doc)[0].lines[0];
    assert_eq!(line.label, "Peacekeepers injured");
    // Words that say no more than the group keep the group's name; other groups too.
    let doc = one_outlet(
        "X",
        vec![with_who(0, 2, Some("others"), "Two others were hurt.")],
    );
    assert_eq!(build_cards(&doc)[0].lines[0].label, "Others injured");
    let mut us = fig(
        "a",
        0,
        (UsForces, Injured),
        3,
        Exact,
        "2023-05-02",
        "Three soldiers were hurt.",
    );
    us.who = Some("soldiers".into());
    assert_eq!(
        build_cards(&one_outlet("X", vec![us]))[0].lines[0].label,
        "US forces injured"
    );
}

#[test]
fn no_casualties_no_cards() {
    assert!(build_cards(&Extraction::default()).is_empty());
}

fn mentioned(id: &str, date: &str, title: &str, spans: &[(&str, usize, usize)]) -> Event {
    Event {
        id: id.into(),
        date: date.into(),
        title: title.into(),
        mentions: spans
            .iter()
            .map(|(a, s, e)| dateline_extract::model::Mention {
                article: (*a).into(),
                start: *s,
                end: *e,
            })
            .collect(),
        kind: Default::default(),
        casualties: vec![],
        dated_by: None,
    }
}

#[test]
fn unlinked_figures_join_the_one_event_that_mentions_their_sentence() {
    let mut doc = seed();
    doc.events = vec![
        mentioned(
            "raid",
            RAID,
            "Joint raid",
            &[("000", 0, 136), ("004", 661, 806)],
        ),
        mentioned("base", "2024-08", "Base attack", &[("004", 2109, 2214)]),
        // Mentions the raid sentence too, but is dated differently: not a candidate.
        mentioned("context", "2014", "ISIS at its peak", &[("000", 0, 136)]),
    ];
    let cards = build_cards(&doc);
    let ids: Vec<_> = cards.iter().map(|c| c.event_id.as_deref()).collect();
    assert_eq!(ids, vec![Some("base"), Some("raid")]);
    assert_eq!(cards[1].title, "Joint raid");
    assert_eq!(
        cards[1].lines.len(),
        3,
        "the whole date group moved, not just one figure"
    );
    assert_eq!(cards[1].claims.len(), 1);
}

#[test]
fn two_events_of_the_same_date_leave_the_figures_grouped_by_date() {
    let mut doc = seed();
    doc.events = vec![
        mentioned("raid", RAID, "Joint raid", &[("000", 0, 136)]),
        mentioned("strike", RAID, "Air strike", &[("004", 116, 252)]),
    ];
    let cards = build_cards(&doc);
    let raid = card(&cards, RAID);
    assert_eq!(raid.event_id, None);
    assert_eq!(raid.title, "Casualties reported for 29 Aug 2024");
}

#[test]
fn sources_splitting_a_total_differently_are_both_kept() {
    let ui = (UsForces, Injured);
    let doc = Extraction {
        articles: vec![
            article("a", "The Sun", Some("2024-08-31"), "2024-08-31"),
            article("b", "Al Jazeera", Some("2024-08-31"), "2024-08-31"),
        ],
        casualties: vec![
            fig("a", 0, ui, 7, Exact, RAID, "Seven injured"),
            fig("a", 50, ui, 5, Exact, RAID, "Five were wounded"),
            noted("a", 80, ui, 2, RAID, "hurt in falls", "two hurt"),
            fig("b", 0, ui, 7, Exact, RAID, "Seven injured"),
            fig("b", 50, ui, 4, Exact, RAID, "Four were wounded"),
            noted("b", 80, ui, 3, RAID, "hurt in falls", "three hurt"),
        ],
        ..Extraction::default()
    };
    let line = &build_cards(&doc)[0].lines[0];
    assert_eq!(
        line.reconciled,
        Reconciled::Agree {
            value: 7,
            sources: 2
        }
    );
    let b = line.breakdown.as_ref().unwrap();
    assert!(!b.consistent);
    assert_eq!(
        b.differing_text(),
        "Al Jazeera gives 4 wounded and 3 hurt in falls"
    );
    assert_eq!(b.differing[0].1[0].casualty_ids, vec!["b:c50"]);
    assert!(line.sentence().ends_with(
        "7, 2 sources agree (The Sun: 7; Al Jazeera: 7), of which 5 wounded and 2 hurt in falls \
         according to The Sun; Al Jazeera gives 4 wounded and 3 hurt in falls."
    ));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_casualty() -> impl Strategy<Value = Casualty> {
        let groups = prop::sample::select(vec![Militants, UsForces, Civilians]);
        let outcomes = prop::sample::select(vec![Killed, Injured]);
        let quals = prop::sample::select(vec![Exact, AtLeast, MoreThan, About, UpTo]);
        let dates = prop::sample::select(vec![Some("2024-08-29"), Some("2024-08"), None]);
        let notes = prop::sample::select(vec![None, Some("hurt in falls"), Some("key leaders")]);
        (
            0usize..3,
            0usize..200,
            groups,
            outcomes,
            0u32..9,
            quals,
            dates,
            notes,
        )
            .prop_map(|(a, start, g, o, count, q, d, note)| Casualty {
                article: ["a", "b", "c"][a].into(),
                start,
                end: start + 5,
                text: "five were wounded".into(),
                group: g,
                outcome: o,
                count,
                qualifier: q,
                incident_date: d.map(String::from),
                note: note.map(String::from),
                who: None,
                id: String::new(),
                event: None,
            })
    }

    proptest! {
        /// Every figure appears exactly once: in a source, a breakdown part or a claim.
        #[test]
        fn every_figure_is_shown_once(mut figs in prop::collection::vec(any_casualty(), 0..14)) {
            for (i, c) in figs.iter_mut().enumerate() {
                c.id = format!("{}:c{i}", c.article);
            }
            let doc = Extraction {
                articles: vec![article("a", "The Sun", None, "2024-08-31")],
                casualties: figs.clone(),
                ..Extraction::default()
            };
            let cards = build_cards(&doc);
            let mut seen: Vec<String> = Vec::new();
            for card in &cards {
                for line in &card.lines {
                    prop_assert!(!line.sources.is_empty());
                    prop_assert!(!line.rule.is_empty());
                    prop_assert!(line.sentence().ends_with('.'));
                    for s in &line.sources {
                        prop_assert_eq!(s.casualty_ids.len(), s.spans.len());
                        seen.extend(s.casualty_ids.iter().cloned());
                    }
                    if let Some(b) = &line.breakdown {
                        let parts = b.parts.iter().chain(b.differing.iter().flat_map(|d| &d.1));
                        for p in parts {
                            seen.extend(p.casualty_ids.iter().cloned());
                        }
                    }
                }
                seen.extend(card.claims.iter().map(|c| c.casualty_id.clone()));
            }
            seen.sort();
            let mut all: Vec<String> = figs.iter().map(|c| c.id.clone()).collect();
            all.sort();
            prop_assert_eq!(seen, all);
        }
    }
}

/// A figure with neither an event nor an incident date.
fn undated(article: &str, start: usize, who: (Group, Outcome), count: u32, text: &str) -> Casualty {
    Casualty {
        incident_date: None,
        ..fig(article, start, who, count, Exact, RAID, text)
    }
}

#[test]
fn undated_figures_of_two_incidents_of_one_article_are_never_reconciled() {
    let oi = (Other, Injured);
    let doc = one_outlet(
        "user-1",
        vec![
            undated("a", 0, oi, 6, "six others were injured"),
            undated("a", 40, (Militants, Killed), 2, "two gunmen were killed"),
            undated("a", 300, oi, 3, "three others were injured"),
        ],
    );
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 2, "{cards:#?}");
    for card in &cards {
        assert_eq!(card.date_label, "date unknown");
        for line in &card.lines {
            assert!(line.discrepancy.is_none(), "{line:#?}");
            assert!(!matches!(line.reconciled, Reconciled::Range { .. }));
        }
    }
    let first = cards[0].line(Other, Injured).expect("first incident");
    assert_eq!(
        first.reconciled,
        Reconciled::Agree {
            value: 6,
            sources: 1
        }
    );
    // The figure told between them stays with the first incident.
    assert!(cards[0].line(Militants, Killed).is_some());
    let second = cards[1].line(Other, Injured).expect("second incident");
    assert_eq!(
        second.reconciled,
        Reconciled::Agree {
            value: 3,
            sources: 1
        }
    );
}

#[test]
fn undated_restatements_and_a_breakdown_stay_one_line() {
    let ui = (UsForces, Injured);
    let doc = one_outlet(
        "The Sun",
        vec![
            undated("a", 0, ui, 7, "seven US troops were injured"),
            Casualty {
                note: Some("wounded".into()),
                ..undated("a", 100, ui, 5, "Five US soldiers were wounded")
            },
            Casualty {
                note: Some("hurt in falls".into()),
                ..undated("a", 140, ui, 2, "two others were hurt in falls")
            },
            undated("a", 400, ui, 7, "Seven US troops were injured"),
        ],
    );
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 1, "{cards:#?}");
    assert_eq!(cards[0].lines.len(), 1);
    let line = &cards[0].lines[0];
    assert_eq!(
        line.reconciled,
        Reconciled::Agree {
            value: 7,
            sources: 1
        }
    );
    assert!(line.discrepancy.is_none());
    let b = line.breakdown.as_ref().expect("a breakdown");
    assert_eq!(b.parts.len(), 2);
}

#[test]
fn another_articles_undated_figure_meets_the_first_incident_only() {
    let oi = (Other, Injured);
    let doc = Extraction {
        articles: vec![
            article("a", "user-1", None, "2024-08-31"),
            article("b", "Wire", None, "2024-08-31"),
        ],
        casualties: vec![
            undated("a", 0, oi, 6, "six others were injured"),
            undated("a", 300, oi, 3, "three others were injured"),
            undated("b", 0, oi, 6, "six people were injured"),
        ],
        ..Extraction::default()
    };
    let cards = build_cards(&doc);
    assert_eq!(cards.len(), 2, "{cards:#?}");
    let first = cards[0].line(Other, Injured).unwrap();
    assert_eq!(
        first.reconciled,
        Reconciled::Agree {
            value: 6,
            sources: 2
        }
    );
    let second = cards[1].line(Other, Injured).unwrap();
    assert_eq!(
        second.reconciled,
        Reconciled::Agree {
            value: 3,
            sources: 1
        }
    );
    assert_eq!(second.sources[0].source, "user-1");
}
