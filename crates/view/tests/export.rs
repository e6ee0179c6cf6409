//! Exports: contract JSON round trip, casualty CSV, TimelineJS3 JSON.
#![cfg(not(target_arch = "wasm32"))] // host tests; proptest is a native-only dev-dependency

use chrono::NaiveDate;
use dateline_extract::model::{
    Article, Casualty, Event, EventKind, Extraction, Group, Mention, Outcome, Qualifier,
    ReferenceBasis,
};
use dateline_extract::{extract, Source};
use dateline_view::cards::build_cards;
use dateline_view::export::csv::{counted_value, HEADER};
use dateline_view::export::{casualties_csv, from_json, timeline_js, to_json, with_texts};
use serde_json::Value;
use std::{fs, path::Path};

fn article(id: &str, outlet: Option<&str>, published: Option<&str>) -> Article {
    let day = published.and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
    Article {
        published: day,
        reference_date: day,
        reference_basis: if day.is_some() {
            ReferenceBasis::Header
        } else {
            ReferenceBasis::None
        },
        outlet: outlet.map(String::from),
        ..Article::new(id, format!("articles/{id}.txt"))
    }
}

fn casualty(article: &str, count: u32, qualifier: Qualifier, text: &str) -> Casualty {
    Casualty {
        article: article.into(),
        start: 0,
        end: text.chars().count(),
        text: text.into(),
        group: Group::Militants,
        outcome: Outcome::Killed,
        count,
        qualifier,
        incident_date: Some("2024-08-29".into()),
        note: None,
        who: None,
        id: format!("{article}:c{count}"),
        event: Some("raid".into()),
    }
}

fn event(id: &str, date: &str, title: &str, kind: EventKind) -> Event {
    Event {
        id: id.into(),
        date: date.into(),
        title: title.into(),
        mentions: vec![
            Mention {
                article: "004".into(),
                start: 0,
                end: 10,
            },
            Mention {
                article: "000".into(),
                start: 0,
                end: 10,
            },
        ],
        kind,
        casualties: vec![],
        dated_by: None,
    }
}

fn doc() -> Extraction {
    let mut sun = article("000", Some("The Sun"), None);
    sun.text = Some("AT least 15 ISIS terrorists…".into());
    Extraction {
        articles: vec![article("004", Some("Al Jazeera"), Some("2024-08-31")), sun],
        timexes: vec![],
        casualties: vec![
            casualty(
                "000",
                15,
                Qualifier::AtLeast,
                "AT least 15 ISIS terrorists, \"reportedly\" armed",
            ),
            casualty("004", 16, Qualifier::Exact, "=HYPERLINK(\"http://x\")"),
            casualty("004", 15, Qualifier::Exact, "line one\nline two"),
        ],
        events: vec![
            event(
                "raid",
                "2024-08-29",
                "Joint raid: <15> \"ISIS\" fighters & more",
                EventKind::Attack,
            ),
            event(
                "context:2014",
                "2014",
                "ISIS at its peak",
                EventKind::Territorial,
            ),
            event(
                "campaign",
                "2023-10/2024-02",
                "Drone campaign",
                EventKind::War,
            ),
            event("vague", "PAST_REF", "Long ago", EventKind::Other),
            event(
                "half",
                "2024-H1",
                "Six months of attacks",
                EventKind::Statistic,
            ),
        ],
        zero_statements: vec![],
        warnings: vec![],
    }
}

#[test]
fn json_export_round_trips_and_carries_text() {
    let d = doc();
    let raw = to_json(&d);
    assert!(raw.starts_with("{\n  \"articles\""), "pretty-printed");
    assert!(raw.contains("\"text\": \"AT least 15 ISIS terrorists…\""));
    assert_eq!(from_json(&raw).expect("re-imports"), d);
    let err = from_json("{\"articles\": 3}").unwrap_err();
    assert!(err.starts_with("Not a Dateline JSON export: "), "{err}");
}

#[test]
fn json_export_can_fill_missing_texts() {
    let filled = with_texts(&doc(), |id| {
        (id == "004").then(|| "Seven US soldiers".to_string())
    });
    assert_eq!(
        filled.articles[0].text.as_deref(),
        Some("Seven US soldiers")
    );
    assert_eq!(
        filled.articles[1].text.as_deref(),
        Some("AT least 15 ISIS terrorists…")
    );
}

#[test]
fn csv_has_a_header_and_one_quoted_row_per_statement() {
    let csv = casualties_csv(&doc());
    let rows = read_csv(&csv);
    assert_eq!(rows[0], HEADER);
    assert_eq!(rows.len(), 4, "header + 3 rows");
    let col = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
    let cells = |r: &Vec<String>, names: &[&str]| -> Vec<String> {
        names.iter().map(|n| r[col(n)].clone()).collect()
    };
    let names = [
        "incident_id",
        "group",
        "count",
        "as_written",
        "role",
        "counted",
        "reconciled",
        "outlet",
        "article",
    ];
    // 004 says 16 and 15, The Sun at least 15: the card shows 15–16; 15 is counted once.
    assert_eq!(
        rows[1..]
            .iter()
            .map(|r| cells(r, &names))
            .collect::<Vec<_>>(),
        [
            [
                "raid",
                "militants",
                "15",
                "15",
                "total",
                "15",
                "15–16",
                "Al Jazeera",
                "004"
            ],
            [
                "raid",
                "militants",
                "15",
                "at least 15",
                "repeat",
                "0",
                "15–16",
                "The Sun",
                "000"
            ],
            [
                "raid",
                "militants",
                "16",
                "16",
                "variant",
                "0",
                "15–16",
                "Al Jazeera",
                "004"
            ],
        ]
        .map(|r| r.map(String::from).to_vec())
    );
    assert_eq!(
        rows[1][col("incident")],
        "Joint raid: <15> \"ISIS\" fighters & more"
    );
    assert_eq!(rows[1][col("sentence")], "line one line two");
    assert_eq!(rows[3][col("sentence")], "'=HYPERLINK(\"http://x\")");
    assert!(csv.contains("\"AT least 15 ISIS terrorists, \"\"reportedly\"\" armed\""));
}

#[test]
fn csv_of_an_empty_document_is_the_header() {
    assert_eq!(
        casualties_csv(&Extraction::default()),
        format!("{}\r\n", HEADER.join(","))
    );
}

/// Extracts every `*.txt` of `dir` together (one story), as the app and `score.sh` do.
fn extract_folder(dir: &Path) -> Option<Extraction> {
    let mut sources: Vec<Source> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| {
            let id = p.file_stem()?.to_str()?.to_string();
            Some(Source::new(id, fs::read_to_string(&p).ok()?))
        })
        .collect();
    sources.sort_by(|a, b| a.id.cmp(&b.id));
    (!sources.is_empty()).then(|| extract(&sources))
}

/// Adding up `counted` per incident, group and outcome gives what the card shows.
fn check_csv_sums(doc: &Extraction) -> usize {
    let rows = read_csv(&casualties_csv(doc));
    let col = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
    let mut lines = 0;
    for card in build_cards(doc) {
        let incident = card
            .event_id
            .clone()
            .or_else(|| card.date.as_ref().map(|d| format!("date:{d}")))
            .unwrap_or_else(|| "date:unknown".into());
        for line in &card.lines {
            let group = serde_json::to_value(line.group).unwrap();
            let outcome = serde_json::to_value(line.outcome).unwrap();
            let mine: Vec<&Vec<String>> = rows[1..]
                .iter()
                .filter(|r| {
                    r[col("incident_id")] == incident
                        && r[col("group")] == group.as_str().unwrap()
                        && r[col("outcome")] == outcome.as_str().unwrap()
                })
                .collect();
            let sum: u32 = mine
                .iter()
                .map(|r| r[col("counted")].parse::<u32>().unwrap())
                .sum();
            assert_eq!(
                sum,
                counted_value(&line.reconciled),
                "{incident} {}",
                line.label
            );
            let totals = mine.iter().filter(|r| r[col("role")] == "total").count();
            assert_eq!(totals, 1, "{incident} {}: one counted row", line.label);
            assert!(mine
                .iter()
                .all(|r| r[col("reconciled")] == line.reconciled.label()));
            lines += 1;
        }
    }
    assert_eq!(rows.len() - 1, doc.casualties.len(), "one row per figure");
    lines
}

#[test]
fn csv_sums_to_the_cards_for_the_embedded_story() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let doc = extract_folder(&root.join("articles")).expect("the embedded articles");
    let lines = check_csv_sums(&doc);
    assert!(lines >= 4, "{lines} card lines");
    // the raid: 7 US troops injured = 5 wounded + 2 hurt in falls, counted once
    let csv = casualties_csv(&doc);
    let rows = read_csv(&csv);
    let col = |name: &str| HEADER.iter().position(|h| *h == name).unwrap();
    let injured_us: Vec<(&str, &str)> = rows[1..]
        .iter()
        .filter(|r| r[col("group")] == "us_forces" && r[col("outcome")] == "injured")
        .filter(|r| r[col("incident_date")] == "2024-08-29")
        .map(|r| (r[col("count")].as_str(), r[col("role")].as_str()))
        .collect();
    assert!(injured_us.contains(&("7", "total")), "{injured_us:?}");
    assert!(injured_us.contains(&("5", "component")), "{injured_us:?}");
    assert!(injured_us.contains(&("2", "component")), "{injured_us:?}");
    assert!(!csv.contains("[/caption]") && !csv.contains("(stock photo)"));
}

/// The development articles, when `../shared` is beside the repository (a clone
/// without it skips this, saying so).
#[test]
fn csv_sums_to_the_cards_for_the_development_articles() {
    let dev = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/articles");
    let Some(doc) = extract_folder(&dev) else {
        eprintln!("skipped: no development articles at {}", dev.display());
        return;
    };
    assert!(check_csv_sums(&doc) >= 20);
}

#[test]
fn timelinejs_dates_follow_precision_and_text_is_escaped() {
    let out = timeline_js(&doc(), "Raid in Anbar & context");
    assert_eq!((out.events, out.skipped), (4, 1));
    assert_eq!(out.skipped_ids, vec!["vague"]);
    let v: Value = serde_json::from_str(&out.json).expect("valid JSON");
    assert_eq!(
        v["title"]["text"]["headline"],
        "Raid in Anbar &amp; context"
    );
    assert_eq!(v["title"]["text"]["text"], "4 events from 2 articles.");
    let events = v["events"].as_array().unwrap();
    assert_eq!(events.len(), 4);

    let raid = &events[0];
    assert_eq!(
        raid["start_date"],
        serde_json::json!({"year": "2024", "month": "8", "day": "29"})
    );
    assert!(raid.get("end_date").is_none());
    assert_eq!(
        raid["text"]["headline"],
        "Joint raid: &lt;15&gt; &quot;ISIS&quot; fighters &amp; more"
    );
    assert_eq!(
        raid["text"]["text"],
        "Militants killed: 15–16 — sources differ. Reported by Al Jazeera, The Sun."
    );
    assert_eq!(raid["group"], "attack");
    assert_eq!(raid["unique_id"], "raid");

    let peak = &events[1];
    assert_eq!(peak["start_date"], serde_json::json!({"year": "2014"}));
    assert_eq!(peak["group"], "territorial");
    assert_eq!(peak["unique_id"], "context-2014");

    let campaign = &events[2];
    assert_eq!(
        campaign["start_date"],
        serde_json::json!({"year": "2023", "month": "10"})
    );
    assert_eq!(
        campaign["end_date"],
        serde_json::json!({"year": "2024", "month": "2"})
    );

    let half = &events[3];
    assert_eq!(
        half["start_date"],
        serde_json::json!({"year": "2024", "display_date": "first half of 2024"})
    );
}

/// A minimal RFC 4180 reader, to check that what we write reads back.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    rows
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any sentence survives the CSV round trip, formula starts neutralised.
        #[test]
        fn csv_cells_read_back(text in "[a-z=+@,\"\n\r -]{0,12}", outlet in "[A-Z=,\"][A-Z=,\" ]{0,5}") {
            let mut d = doc();
            d.articles[0].outlet = Some(outlet.clone());
            d.casualties[1].text = text.clone();
            let rows = read_csv(&casualties_csv(&d));
            prop_assert_eq!(rows.len(), 4);
            prop_assert!(rows.iter().all(|r| r.len() == HEADER.len()));
            let guard = |s: &str| {
                if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    format!("'{s}")
                } else {
                    s.to_string()
                }
            };
            // Row 3 is that figure (a variant of the counted 15); its sentence is quoted
            // as the card quotes it (whitespace runs as one space).
            let quoted = dateline_view::view_model::quote::quote(&text, 0, &[]);
            prop_assert_eq!(&rows[3][14], &guard(&quoted));
            // The outlet as named on screen: trimmed (never blank here).
            prop_assert_eq!(&rows[3][11], &guard(outlet.trim()));
        }
    }
}
