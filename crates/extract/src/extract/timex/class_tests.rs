//! Tests of the classes of expressions found on the dev set, each on phrasings of its
//! own (no corpus sentences).

use super::*;
use crate::extract::{clean::clean, sentences::split};
use TimexType::*;

/// (text, value) of every expression of `input` against `reference` with `basis`.
fn values(input: &str, reference: &str, basis: AnchorBasis) -> Vec<(String, String)> {
    let r = crate::timeval::parse_day(reference).map(|d| (d, basis));
    let c = clean(input);
    let s = split(input, &c);
    tag(input, &s, r)
        .into_iter()
        .map(|h| (input[h.range.clone()].to_string(), h.value))
        .collect()
}

/// Asserts every (input, expected pairs) against `reference`, published.
fn each(reference: &str, cases: &[(&str, &[(&str, &str)])]) {
    for (input, want) in cases {
        let got = values(input, reference, AnchorBasis::Published);
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "input: {input:?}");
    }
}

#[test]
fn an_announcement_the_day_after_a_friday_report_is_saturday() {
    // Reference Friday 2022-04-08.
    each(
        "2022-04-08",
        &[
            (
                "Two guards were shot, the governor said Saturday.",
                &[("Saturday", "2022-04-09")],
            ),
            (
                "Police announced on Saturday that a bomb went off.",
                &[("Saturday", "2022-04-09")],
            ),
            (
                "In a statement Saturday, the ministry confirmed the blast.",
                &[("Saturday", "2022-04-09")],
            ),
            (
                "A spokesman told reporters Saturday morning that the fire was out.",
                &[("Saturday morning", "2022-04-09TMO")],
            ),
            // Not an announcement: last Saturday's market.
            (
                "Rebels shelled the market on Saturday.",
                &[("Saturday", "2022-04-02")],
            ),
            // An announcement on another day keeps the most recent one.
            (
                "The army said Tuesday the road was closed.",
                &[("Tuesday", "2022-04-05")],
            ),
        ],
    );
}

#[test]
fn parts_of_day_with_no_day_written_are_on_the_narrative_day() {
    // Reference Thursday 2022-04-07.
    each(
        "2022-04-07",
        &[
            (
                "Gunmen struck on Tuesday, in the early morning hours.",
                &[
                    ("Tuesday", "2022-04-05"),
                    ("the early morning hours", "2022-04-05TMO"),
                ],
            ),
            (
                "The convoy left Monday. It was hit in the pre-dawn hours.",
                &[
                    ("Monday", "2022-04-04"),
                    ("the pre-dawn hours", "2022-04-04TMO"),
                ],
            ),
            (
                "On Wednesday the shells fell early morning near the depot.",
                &[
                    ("Wednesday", "2022-04-06"),
                    ("early morning", "2022-04-06TMO"),
                ],
            ),
            (
                "Sirens sounded on Tuesday during the late evening hours.",
                &[
                    ("Tuesday", "2022-04-05"),
                    ("the late evening hours", "2022-04-05TEV"),
                ],
            ),
            (
                "The ferry sank Monday; divers searched until late night.",
                &[("Monday", "2022-04-04"), ("late night", "2022-04-04TNI")],
            ),
            (
                "The town was quiet in the predawn hours.",
                &[("the predawn hours", "2022-04-07TMO")],
            ),
            // Adjectives on other nouns and bare nouns are not expressions.
            (
                "An early morning raid and a pre-dawn patrol met at night.",
                &[],
            ),
        ],
    );
    let got = tag_one(
        "Rebels attacked before dawn, in the early morning hours.",
        "2022-04-07",
    );
    assert_eq!(
        got,
        vec![(
            "the early morning hours".to_string(),
            Time,
            "2022-04-07TMO".to_string(),
            Some("START".to_string())
        )]
    );
    let got = tag_one(
        "Crews worked through the late night hours on Friday.",
        "2022-04-07",
    );
    assert_eq!(got[0].3.as_deref(), Some("END"));
}

/// (text, type, value, mod) of every expression, reference published.
fn tag_one(input: &str, reference: &str) -> Vec<(String, TimexType, String, Option<String>)> {
    let r = crate::timeval::parse_day(reference).map(|d| (d, AnchorBasis::Published));
    let c = clean(input);
    let s = split(input, &c);
    tag(input, &s, r)
        .into_iter()
        .map(|h| {
            (
                input[h.range.clone()].to_string(),
                h.kind,
                h.value,
                h.modifier,
            )
        })
        .collect()
}

#[test]
fn the_future_before_its_noun_is_an_adjective() {
    each(
        "2022-04-07",
        &[
            (
                "Lawmakers argued over the future presence of foreign troops.",
                &[],
            ),
            ("They weighed the future status of the port.", &[]),
            ("The future leaders of the party met.", &[]),
            ("Talks on the future deployment stalled.", &[]),
            (
                "In the future, drones will patrol the border.",
                &[("the future", "FUTURE_REF")],
            ),
            (
                "Nobody knows what the future holds, he said; the future is unclear.",
                &[("the future", "FUTURE_REF"), ("the future", "FUTURE_REF")],
            ),
            (
                "Bases may close in the near future.",
                &[("the near future", "FUTURE_REF")],
            ),
        ],
    );
}

#[test]
fn a_year_glued_to_the_next_word_still_ends_its_date() {
    each(
        "2022-04-07",
        &[
            (
                "Posted March 24, 2021APShare this story.",
                &[("March 24, 2021", "2021-03-24")],
            ),
            (
                "Updated 5 May 2020Reuters staff",
                &[("5 May 2020", "2020-05-05")],
            ),
            (
                "Oct. 2, 2019Comments are closed.",
                &[("Oct. 2, 2019", "2019-10-02")],
            ),
            (
                "News December 1, 2018AFP",
                &[("December 1, 2018", "2018-12-01")],
            ),
            (
                "Friday, June 3, 2016Home",
                &[("Friday, June 3, 2016", "2016-06-03")],
            ),
            // A glued lower-case suffix is not a year.
            ("On March 3, 2021st floor", &[("March 3", "2022-03-03")]),
        ],
    );
}

#[test]
fn a_clock_time_with_no_day_in_an_inferred_report_has_no_day() {
    for (input, text, value) in [
        (
            "The blast came at around 1:40 pm local time.",
            "around 1:40 pm local time",
            "XXXX-XX-XXT13:40",
        ),
        ("Shelling began at 6 a.m.", "6 a.m.", "XXXX-XX-XXT06:00"),
        ("By 23:15 the fire was out.", "23:15", "XXXX-XX-XXT23:15"),
        (
            "Troops moved in the pre-dawn hours.",
            "the pre-dawn hours",
            "XXXX-XX-XXTMO",
        ),
        ("It ended at noon.", "noon", "XXXX-XX-XXT12:00"),
    ] {
        let got = values(input, "2022-04-07", AnchorBasis::Inferred);
        assert_eq!(got, vec![(text.to_string(), value.to_string())], "{input}");
    }
    // A day the text names dates it; a published date does too.
    let got = values(
        "On Tuesday, shelling began at 6 a.m.",
        "2022-04-07",
        AnchorBasis::Inferred,
    );
    assert_eq!(got[1].1, "2022-04-05T06:00");
    let got = values(
        "Shelling began at 6 a.m.",
        "2022-04-07",
        AnchorBasis::Published,
    );
    assert_eq!(got[0].1, "2022-04-07T06:00");
}

#[test]
fn a_quoted_promise_does_not_put_the_reporting_clause_in_the_future() {
    // Reference Tuesday 2022-04-05.
    each(
        "2022-04-05",
        &[
            (
                "“We will answer this,” the minister said Monday.",
                &[("Monday", "2022-04-04")],
            ),
            (
                "“They will pay,” Kell told reporters on Sunday.",
                &[("Sunday", "2022-04-03")],
            ),
            (
                "“Help will come soon,” the mayor wrote Saturday.",
                &[("Saturday", "2022-04-02")],
            ),
            (
                "“Our ships will sail,” the admiral added on Monday.",
                &[("Monday", "2022-04-04")],
            ),
            (
                "“We will meet on Friday,” she said.",
                &[("Friday", "2022-04-08")],
            ),
            (
                "The envoy will fly out on Friday.",
                &[("Friday", "2022-04-08")],
            ),
        ],
    );
}

#[test]
fn parts_of_the_day_after_or_before_the_narrative_day() {
    // Reference Thursday 2022-04-07; the narrative is on Monday 2022-04-04.
    each(
        "2022-04-07",
        &[
            (
                "Troops crossed on Monday. The next morning, the town fell.",
                &[
                    ("Monday", "2022-04-04"),
                    ("The next morning", "2022-04-05TMO"),
                ],
            ),
            (
                "Troops crossed on Monday and the following night they dug in.",
                &[
                    ("Monday", "2022-04-04"),
                    ("the following night", "2022-04-05TNI"),
                ],
            ),
            (
                "Envoys met on Monday; they had argued the previous evening.",
                &[
                    ("Monday", "2022-04-04"),
                    ("the previous evening", "2022-04-03TEV"),
                ],
            ),
            (
                "The dam broke on Monday. Heavy rain had fallen the night before.",
                &[
                    ("Monday", "2022-04-04"),
                    ("the night before", "2022-04-03TNI"),
                ],
            ),
            (
                "A ship sank on Monday, and the afternoon after, divers arrived.",
                &[
                    ("Monday", "2022-04-04"),
                    ("the afternoon after", "2022-04-05TAF"),
                ],
            ),
            // Counted from something else, not the narrative.
            (
                "Troops crossed on Monday; the night before the vote was calm.",
                &[("Monday", "2022-04-04")],
            ),
        ],
    );
}

#[test]
fn over_before_the_is_during_not_more_than() {
    for (input, text, value, m) in [
        (
            "Over the past year, prices rose.",
            "the past year",
            "P1Y",
            None,
        ),
        (
            "Rents climbed over the last two months.",
            "the last two months",
            "P2M",
            None,
        ),
        (
            "Over the past decade the town shrank.",
            "the past decade",
            "P10Y",
            None,
        ),
        (
            "Talks lasted over two hours.",
            "over two hours",
            "PT2H",
            Some("MORE_THAN"),
        ),
        (
            "The siege went on for over three weeks.",
            "over three weeks",
            "P3W",
            Some("MORE_THAN"),
        ),
    ] {
        let got = tag_one(input, "2022-04-07");
        let want = vec![(
            text.to_string(),
            Duration,
            value.to_string(),
            m.map(str::to_string),
        )];
        assert_eq!(got, want, "{input}");
    }
}

#[test]
fn day_month_comma_year() {
    each(
        "2022-04-07",
        &[
            (
                "Wire 13 Jul, 2022 — the talks ended.",
                &[("13 Jul, 2022", "2022-07-13")],
            ),
            (
                "The truce of 2 March, 2021 held.",
                &[("2 March, 2021", "2021-03-02")],
            ),
            (
                "Filed 30 Sept, 2019 by staff.",
                &[("30 Sept, 2019", "2019-09-30")],
            ),
            (
                "Signed on 1 January, 2020 in Oslo.",
                &[("1 January, 2020", "2020-01-01")],
            ),
            (
                "By 9 Nov., 2018 the wall fell.",
                &[("9 Nov., 2018", "2018-11-09")],
            ),
            // A count after the comma is not a year.
            (
                "On 4 March, 2020 people marched.",
                &[("4 March", "2022-03-04")],
            ),
        ],
    );
}

#[test]
fn british_clock_times_with_a_dot() {
    each(
        "2022-04-07",
        &[
            (
                "Shots rang out at 9.30pm.",
                &[("9.30pm", "2022-04-07T21:30")],
            ),
            (
                "The ferry left at 7.05 a.m. sharp.",
                &[("7.05 a.m.", "2022-04-07T07:05")],
            ),
            (
                "Sirens sounded at around 10.45 pm local time.",
                &[("around 10.45 pm local time", "2022-04-07T22:45")],
            ),
            (
                "Polls closed at 11.15PM.",
                &[("11.15PM", "2022-04-07T23:15")],
            ),
            (
                "It began on Tuesday at 6.20am.",
                &[("Tuesday", "2022-04-05"), ("6.20am", "2022-04-05T06:20")],
            ),
            // Numbers with a decimal point are not times.
            ("Prices rose 9.30 percent.", &[]),
        ],
    );
}

#[test]
fn a_weekday_with_its_day_of_month() {
    each(
        "2021-02-17",
        &[
            (
                "The blast came on Monday 15, police said.",
                &[("Monday 15", "2021-02-15")],
            ),
            (
                "Talks resumed on Tuesday the 16th.",
                &[("Tuesday the 16th", "2021-02-16")],
            ),
            (
                "It rained on Sunday 14th and cleared.",
                &[("Sunday 14th", "2021-02-14")],
            ),
            (
                "Crews worked through Saturday 13.",
                &[("Saturday 13", "2021-02-13")],
            ),
            (
                "By Friday 12, the roads were open.",
                &[("Friday 12", "2021-02-12")],
            ),
            // A count after the weekday is not a day of the month.
            (
                "On Monday 15 people were hurt.",
                &[("Monday", "2021-02-15")],
            ),
        ],
    );
}

#[test]
fn the_early_hours_of_a_named_morning() {
    each(
        "2024-01-29",
        &[
            (
                "It came in the early hours of Sunday morning.",
                &[("the early hours of Sunday morning", "2024-01-28TMO")],
            ),
            (
                "Rockets fell during the early morning hours of Saturday morning.",
                &[(
                    "the early morning hours of Saturday morning",
                    "2024-01-27TMO",
                )],
            ),
            (
                "Police moved in the early hours of Thursday morning.",
                &[("the early hours of Thursday morning", "2024-01-25TMO")],
            ),
            (
                "In the early hours of Monday morning, sirens sounded.",
                &[("the early hours of Monday morning", "2024-01-29TMO")],
            ),
            (
                "Shelling ended in the early hours of Friday morning.",
                &[("the early hours of Friday morning", "2024-01-26TMO")],
            ),
            // Another part of the day is not the early hours.
            (
                "Crowds met in the early hours of Sunday evening.",
                &[("Sunday evening", "2024-01-28TEV")],
            ),
        ],
    );
}

#[test]
fn a_clock_time_with_a_named_zone_in_brackets_is_on_the_day_after_them() {
    each(
        "2024-01-29",
        &[
            (
                "Rockets landed at 9:40 p.m. (Syria time) on Jan. 27.",
                &[("9:40 p.m.", "2024-01-27T21:40"), ("Jan. 27", "2024-01-27")],
            ),
            (
                "The blast came at 11 pm (local time) Saturday.",
                &[("11 pm", "2024-01-27T23:00"), ("Saturday", "2024-01-27")],
            ),
            (
                "At 5 a.m. (Baghdad time), on Friday, a bomb went off.",
                &[("5 a.m.", "2024-01-26T05:00"), ("Friday", "2024-01-26")],
            ),
            (
                "Firing began at 4 a.m. (Kabul local time) on Thursday.",
                &[("4 a.m.", "2024-01-25T04:00"), ("Thursday", "2024-01-25")],
            ),
            (
                "Sirens sounded at 2:15 a.m. (Israel time) on Sunday.",
                &[("2:15 a.m.", "2024-01-28T02:15"), ("Sunday", "2024-01-28")],
            ),
        ],
    );
}

#[test]
fn a_clock_time_with_its_zone_in_brackets_is_on_the_day_after_them() {
    each(
        "2024-01-29",
        &[
            (
                "Shots rang out at 11:40 p.m. (2040 GMT) on Saturday.",
                &[
                    ("11:40 p.m.", "2024-01-27T23:40"),
                    ("2040 GMT", "2024-01-27T20:40"),
                    ("Saturday", "2024-01-27"),
                ],
            ),
            (
                "Sirens sounded at 3 a.m. (0000 GMT) Friday.",
                &[
                    ("3 a.m.", "2024-01-26T03:00"),
                    ("0000 GMT", "2024-01-26T00:00"),
                    ("Friday", "2024-01-26"),
                ],
            ),
            (
                "The quake hit at 6:15 a.m. (0315 GMT), on Jan. 25.",
                &[
                    ("6:15 a.m.", "2024-01-25T06:15"),
                    ("0315 GMT", "2024-01-25T03:15"),
                    ("Jan. 25", "2024-01-25"),
                ],
            ),
            (
                "Polls opened at 7 a.m. (0400 GMT) on Thursday, officials said.",
                &[
                    ("7 a.m.", "2024-01-25T07:00"),
                    ("0400 GMT", "2024-01-25T04:00"),
                    ("Thursday", "2024-01-25"),
                ],
            ),
            (
                "At 9:30 p.m. (1830 GMT), on Saturday, jets flew over.",
                &[
                    ("9:30 p.m.", "2024-01-27T21:30"),
                    ("1830 GMT", "2024-01-27T18:30"),
                    ("Saturday", "2024-01-27"),
                ],
            ),
        ],
    );
}

#[test]
fn the_small_hours_are_the_early_hours() {
    each(
        "2024-01-29",
        &[
            (
                "Blasts shook the city in the small hours of Sunday.",
                &[("the small hours of Sunday", "2024-01-28TMO")],
            ),
            (
                "In the small hours of 27 January, a ferry sank.",
                &[("the small hours of 27 January", "2024-01-27TMO")],
            ),
            (
                "Troops left on Friday, in the small hours.",
                &[
                    ("Friday", "2024-01-26"),
                    ("the small hours", "2024-01-26TMO"),
                ],
            ),
            (
                "The fire spread during the small hours of Saturday morning.",
                &[("the small hours of Saturday morning", "2024-01-27TMO")],
            ),
            (
                "Police raided homes in the small hours of yesterday.",
                &[("the small hours of yesterday", "2024-01-28TMO")],
            ),
            // Small hours that are not the night's.
            ("Repairs took a small number of hours.", &[]),
        ],
    );
    let got = tag_one("Rockets fell in the small hours of Sunday.", "2024-01-29");
    assert_eq!(got[0].3.as_deref(), Some("START"));
}

#[test]
fn a_clock_time_is_on_the_day_of_the_events_not_of_the_announcement() {
    // Reference Friday 2025-03-14: the incident day comes first, then the day it was
    // announced or a deadline; a later bare clock time is on the incident day.
    for (input, clock, value) in [
        (
            "Rockets hit the base on Thursday night, the army said on Friday. They landed at about 10:50 p.m.",
            "about 10:50 p.m.",
            "2025-03-13T22:50",
        ),
        (
            "A drone struck the outpost early Wednesday, a spokesman told reporters Friday. The blast came at 3 a.m. local time.",
            "3 a.m. local time",
            "2025-03-12T03:00",
        ),
        (
            "Gunmen ambushed the convoy on Tuesday evening, police announced Thursday. Shooting began at 19:40.",
            "19:40",
            "2025-03-11T19:40",
        ),
        (
            "Two shells fell on Monday. Most of the wounded were back at work by Wednesday. The first fell at 6.15am.",
            "6.15am",
            "2025-03-10T06:15",
        ),
        (
            "Militants stormed the checkpoint on Thursday, officials confirmed on Friday; the fight ended around noon.",
            "around noon",
            "2025-03-13T12:00",
        ),
    ] {
        let got = values(input, "2025-03-14", AnchorBasis::Published);
        let hit = got.iter().find(|(t, _)| t == clock);
        assert_eq!(
            hit.map(|(_, v)| v.as_str()),
            Some(value),
            "{input}: {got:?}"
        );
    }
    // With no announcement between, the latest day named still dates the clock time.
    let got = values(
        "The raid began on Tuesday. On Wednesday, jets struck again at 4 a.m.",
        "2025-03-14",
        AnchorBasis::Published,
    );
    assert_eq!(got[2].1, "2025-03-12T04:00");
}

#[test]
fn a_month_with_a_relative_year_is_that_month() {
    for (input, text, value) in [
        (
            "Since January last year, 40 troops have died.",
            "January last year",
            "2025-01",
        ),
        (
            "The base was hit in March this year.",
            "March this year",
            "2026-03",
        ),
        (
            "Talks resume in June next year.",
            "June next year",
            "2027-06",
        ),
        (
            "Attacks have grown since December last year.",
            "December last year",
            "2025-12",
        ),
        (
            "By October this year the unit had left.",
            "October this year",
            "2026-10",
        ),
    ] {
        let got = values(input, "2026-05-13", AnchorBasis::Published);
        assert_eq!(got, vec![(text.to_string(), value.to_string())], "{input}");
    }
}

#[test]
fn before_dawn_on_a_named_day_is_that_morning() {
    // Reference Wednesday 2023-11-15.
    each(
        "2023-11-15",
        &[
            (
                "Insurgents overran the post before dawn on Monday.",
                &[("before dawn on Monday", "2023-11-13TMO")],
            ),
            (
                "Before dawn Tuesday, sappers breached the wall.",
                &[("Before dawn Tuesday", "2023-11-14TMO")],
            ),
            (
                "The patrol was ambushed before dawn on 12 November, the ministry said.",
                &[("before dawn on 12 November", "2023-11-12TMO")],
            ),
            (
                "Shells landed before dawn of Nov. 10 near the dam.",
                &[("before dawn of Nov. 10", "2023-11-10TMO")],
            ),
            ("A convoy was hit before pre-dawn prayers.", &[]),
            // No day: no expression; a day after other words keeps its own extent.
            (
                "Raiders left before dawn, reaching the border on Sunday.",
                &[("Sunday", "2023-11-12")],
            ),
        ],
    );
    let got = tag_one("The blast came before dawn on Thursday.", "2023-11-17");
    assert_eq!(
        got,
        vec![(
            "before dawn on Thursday".to_string(),
            Time,
            "2023-11-16TMO".to_string(),
            None
        )]
    );
}

#[test]
fn dawn_of_a_named_day_is_that_morning() {
    // Reference Friday 2027-05-07.
    each(
        "2027-05-07",
        &[
            (
                "Militants attacked at dawn on Friday.",
                &[("dawn on Friday", "2027-05-07TMO")],
            ),
            (
                "Another raid came just after dawn Saturday.",
                &[("dawn Saturday", "2027-05-01TMO")],
            ),
            (
                "Troops moved at pre-dawn on 3 May, officials said.",
                &[("pre-dawn on 3 May", "2027-05-03TMO")],
            ),
            // A bare dawn, or dawn as an adjective, is no expression.
            ("The pre-dawn raid hit a house near the river.", &[]),
            ("It was dawn when the shelling stopped.", &[]),
        ],
    );
}

#[test]
fn the_hours_of_a_part_of_a_named_day() {
    // Reference Friday 2027-05-07.
    each(
        "2027-05-07",
        &[
            (
                "Gunfire was heard in the pre-dawn hours of Wednesday.",
                &[("the pre-dawn hours of Wednesday", "2027-05-05TMO")],
            ),
            (
                "Sirens sounded in the late evening hours of Tuesday.",
                &[("the late evening hours of Tuesday", "2027-05-04TEV")],
            ),
            (
                "Drones circled during the predawn hours of 2 May.",
                &[("the predawn hours of 2 May", "2027-05-02TMO")],
            ),
            (
                "The convoy left in the early morning hours of Thursday.",
                &[("the early morning hours of Thursday", "2027-05-06TMO")],
            ),
            (
                "Looters struck in the night hours of Monday, police said.",
                &[("the night hours of Monday", "2027-05-03TNI")],
            ),
        ],
    );
}

#[test]
fn a_day_before_or_after_counts_from_the_events_not_the_statement() {
    // Reference Thursday 2027-05-06.
    each(
        "2027-05-06",
        &[
            (
                "Rockets hit the base on Tuesday, officials said on Wednesday. The previous night, drones struck a depot.",
                &[
                    ("Tuesday", "2027-05-04"),
                    ("Wednesday", "2027-05-05"),
                    ("The previous night", "2027-05-03TNI"),
                ],
            ),
            (
                "A convoy was ambushed on Monday, the army announced Wednesday. The following morning, troops swept the area.",
                &[
                    ("Monday", "2027-05-03"),
                    ("Wednesday", "2027-05-05"),
                    ("The following morning", "2027-05-04TMO"),
                ],
            ),
            (
                "Police said on Wednesday that a bomb exploded on Sunday. The next day, a second blast hit the market.",
                &[
                    ("Wednesday", "2027-05-05"),
                    ("Sunday", "2027-05-02"),
                    ("The next day", "2027-05-03"),
                ],
            ),
            (
                "Shells fell on 1 May, a spokesman said on 4 May. The previous evening, sirens had sounded.",
                &[
                    ("1 May", "2027-05-01"),
                    ("4 May", "2027-05-04"),
                    ("The previous evening", "2027-04-30TEV"),
                ],
            ),
            (
                "Gunmen raided the post on Saturday, the ministry said Tuesday. A day later, the road reopened.",
                &[
                    ("Saturday", "2027-05-01"),
                    ("Tuesday", "2027-05-04"),
                    ("A day later", "2027-05-02"),
                ],
            ),
        ],
    );
}

#[test]
fn mid_before_an_ambiguous_month_and_the_early_hours_alone() {
    // Reference Friday 2027-05-07.
    each(
        "2027-05-07",
        &[
            (
                "The offensive began in mid-March.",
                &[("mid-March", "2027-03")],
            ),
            (
                "Talks stalled by mid-May, envoys said.",
                &[("mid-May", "2027-05")],
            ),
            ("Protesters will march in May.", &[("May", "2027-05")]),
            (
                "The convoy was hit on Monday. It happened in the early hours.",
                &[
                    ("Monday", "2027-05-03"),
                    ("the early hours", "2027-05-03TMO"),
                ],
            ),
            (
                "Sirens sounded in the early hours, residents said.",
                &[("the early hours", "2027-05-07TMO")],
            ),
        ],
    );
}

#[test]
fn a_month_of_that_year_is_in_the_year_last_named() {
    each(
        "2026-06-01",
        &[
            (
                "The rebels took Orsk in 2017 and lost it in July of that year.",
                &[("2017", "2017"), ("July of that year", "2017-07")],
            ),
            (
                "Floods hit the delta in 2019. By March that year, half the farms were gone.",
                &[("2019", "2019"), ("March that year", "2019-03")],
            ),
            (
                "The truce of 2021 held until September of that year, officials said.",
                &[("2021", "2021"), ("September of that year", "2021-09")],
            ),
            (
                "In 2015 the militia rose; in December of that year it seized the dam.",
                &[("2015", "2015"), ("December of that year", "2015-12")],
            ),
            (
                "The army withdrew in 2012, and in August of that year the border closed.",
                &[("2012", "2012"), ("August of that year", "2012-08")],
            ),
            // No year named before: the year stays open.
            (
                "In July of that year the port reopened.",
                &[("July of that year", "XXXX-07")],
            ),
        ],
    );
}

#[test]
fn a_later_month_of_the_sentence_year_is_in_that_year() {
    each(
        "2026-06-01",
        &[
            (
                "Talks failed in October 2023. The chief was killed on September 27, 2024, and troops crossed the border on October 1.",
                &[
                    ("October 2023", "2023-10"),
                    ("September 27, 2024", "2024-09-27"),
                    ("October 1", "2024-10-01"),
                ],
            ),
            (
                "Floods hit in May 2019. Rebels took Orsk on March 3, 2021 and lost it on May 9.",
                &[
                    ("May 2019", "2019-05"),
                    ("March 3, 2021", "2021-03-03"),
                    ("May 9", "2021-05-09"),
                ],
            ),
            (
                "The truce of June 2018 held. Fighting resumed in April 2020, and in June the port fell.",
                &[
                    ("June 2018", "2018-06"),
                    ("April 2020", "2020-04"),
                    ("June", "2020-06"),
                ],
            ),
            (
                "Elections were held in November 2015. On February 2, 2017 the army took power, and on November 20 it banned parties.",
                &[
                    ("November 2015", "2015-11"),
                    ("February 2, 2017", "2017-02-02"),
                    ("November 20", "2017-11-20"),
                ],
            ),
            (
                "A ferry sank in August 2016. Divers found the wreck in July 2018 and raised it in August.",
                &[
                    ("August 2016", "2016-08"),
                    ("July 2018", "2018-07"),
                    ("August", "2018-08"),
                ],
            ),
        ],
    );
}

#[test]
fn a_month_of_a_written_year() {
    each(
        "2024-06-10",
        &[
            (
                "Troops landed in the port in August of 2019.",
                &[("August of 2019", "2019-08")],
            ),
            (
                "The dam was finished in the March of 2001 floods.",
                &[("March of 2001", "2001-03")],
            ),
            (
                "Since December of 2022 the road has been shut.",
                &[("December of 2022", "2022-12")],
            ),
            (
                "Talks failed in Vell in September of 1998, and again in May of 2000.",
                &[("September of 1998", "1998-09"), ("May of 2000", "2000-05")],
            ),
            (
                "By January of 2023, the camp held 9,000 people.",
                &[("January of 2023", "2023-01")],
            ),
            // "of that year" stays the narrative's year (none named here).
            (
                "In July of that year the rebels fled.",
                &[("July of that year", "XXXX-07")],
            ),
        ],
    );
}

#[test]
fn a_range_start_without_its_year_takes_the_end_year() {
    each(
        "2024-06-10",
        &[
            (
                "The siege lasted from May to October 2017.",
                &[("May", "2017-05"), ("October 2017", "2017-10")],
            ),
            (
                "Rebels held the pass from November until February 2020.",
                &[("November", "2019-11"), ("February 2020", "2020-02")],
            ),
            (
                "Talks ran from 3 March to 9 April 2019 in Vell.",
                &[("3 March", "2019-03-03"), ("9 April 2019", "2019-04-09")],
            ),
            // Months joined by "and" share the year written once.
            (
                "In August and September 2023, the town was fought over.",
                &[("August", "2023-08"), ("September 2023", "2023-09")],
            ),
            (
                "Jets struck in late March and early April 2020.",
                &[("late March", "2020-03"), ("early April 2020", "2020-04")],
            ),
            (
                "Between June and August 2015 the army retook the plain.",
                &[("June", "2015-06"), ("August 2015", "2015-08")],
            ),
            (
                "Convoys were hit in December and January 2021.",
                &[("December", "2020-12"), ("January 2021", "2021-01")],
            ),
            // Not a range: a comma or a clause between the two dates.
            (
                "Aid resumed in January; in March 2021 it had stopped.",
                &[("January", "2024-01"), ("March 2021", "2021-03")],
            ),
            (
                "Floods hit in July, and in August 2022 the dam broke.",
                &[("July", "2023-07"), ("August 2022", "2022-08")],
            ),
        ],
    );
}

#[test]
fn that_month_is_in_the_year_last_named() {
    each(
        "2024-06-10",
        &[
            (
                "Rebels rose in 2012. A coup in the capital that March toppled the president.",
                &[("2012", "2012"), ("that March", "2012-03")],
            ),
            (
                "Talks opened in May 2019, and the accord was signed that October.",
                &[("May 2019", "2019-05"), ("that October", "2019-10")],
            ),
            (
                "The army retook Orsk in 2016; that December the last rebels left.",
                &[("2016", "2016"), ("that December", "2016-12")],
            ),
            (
                "In 2009 floods hit the delta, and that July cholera spread.",
                &[("2009", "2009"), ("that July", "2009-07")],
            ),
            // With its day, the month is a date of its own.
            (
                "In 2015 the town fell, and on that June 3 the mayor fled.",
                &[("2015", "2015"), ("June 3", "2015-06-03")],
            ),
        ],
    );
}

#[test]
fn a_live_page_time_stamp_is_on_the_page_day() {
    // Reference Thursday 2024-05-16: entries tell of Tuesday, but are posted today.
    each(
        "2024-05-16",
        &[
            (
                "09:10 – Gunmen struck the depot on Tuesday.\n\n11:45 – The governor visited the wounded.",
                &[("09:10", "2024-05-16T09:10"), ("Tuesday", "2024-05-14"), ("11:45", "2024-05-16T11:45")],
            ),
            (
                "The depot was hit on Tuesday night.\n\n08:05 — Rescuers are still searching.",
                &[("Tuesday night", "2024-05-14TNI"), ("08:05", "2024-05-16T08:05")],
            ),
            (
                "Rebels attacked the convoy on Monday.\n\n7:30 pm - Officials gave a new toll.",
                &[("Monday", "2024-05-13"), ("7:30 pm", "2024-05-16T19:30")],
            ),
            // A clock time in the narrative stays on the narrative's day.
            (
                "Rebels attacked the convoy on Monday. The shooting began at 7:30 pm.",
                &[("Monday", "2024-05-13"), ("7:30 pm", "2024-05-13T19:30")],
            ),
        ],
    );
}

#[test]
fn a_clock_alone_on_its_line_stamps_the_entry_under_the_last_day_heading() {
    // Reference Thursday 2024-05-16; a stamp alone on its line is posted on the page's
    // day, or on the day of the heading over it once the page runs past midnight.
    each(
        "2024-05-16",
        &[
            (
                "Gunmen struck the depot on Tuesday.\n11:45\nThe governor visited the wounded.",
                &[("Tuesday", "2024-05-14"), ("11:45", "2024-05-16T11:45")],
            ),
            (
                "Rescuers will return tomorrow.\n6.30pm\nA second blast was heard.",
                &[("tomorrow", "2024-05-17"), ("6.30pm", "2024-05-16T18:30")],
            ),
            (
                "23:50\nSirens sounded.\nFriday 17 May\n00:20\nThe fire was put out.\n01:10\nA curfew began on Wednesday night.\n02:00\nCalm returned.",
                &[
                    ("23:50", "2024-05-16T23:50"),
                    ("Friday 17 May", "2024-05-17"),
                    ("00:20", "2024-05-17T00:20"),
                    ("01:10", "2024-05-17T01:10"),
                    ("Wednesday night", "2024-05-15TNI"),
                    ("02:00", "2024-05-17T02:00"),
                ],
            ),
            // A clock inside a sentence stays on the day the narrative told.
            (
                "Police said the convoy was hit on Monday at 11:45.",
                &[("Monday", "2024-05-13"), ("11:45", "2024-05-13T11:45")],
            ),
            (
                "On Tuesday 14 May\nthe depot burned.\n09:30\nSmoke still rises.",
                &[("Tuesday 14 May", "2024-05-14"), ("09:30", "2024-05-16T09:30")],
            ),
        ],
    );
}

#[test]
fn ago_today_is_that_very_day_and_parts_of_yesterday_are_times() {
    each(
        "2025-10-04",
        &[
            (
                "Ten years ago today, the city fell.",
                &[("Ten years ago today", "2015-10-04")],
            ),
            (
                "Six months ago today the truce began.",
                &[("Six months ago today", "2025-04-04")],
            ),
            (
                "Two weeks ago today, rockets hit the port.",
                &[("Two weeks ago today", "2025-09-20")],
            ),
            (
                "Ten years ago, the city fell.",
                &[("Ten years ago", "2015")],
            ),
            (
                "Gunmen struck in the evening of yesterday.",
                &[("the evening of yesterday", "2025-10-03TEV")],
            ),
            (
                "The night of yesterday was calm.",
                &[("The night of yesterday", "2025-10-03TNI")],
            ),
            (
                "On the morning of today, they left.",
                &[("the morning of today", "2025-10-04TMO")],
            ),
        ],
    );
}

#[test]
fn a_day_of_that_year_takes_the_narratives_year() {
    each(
        "2026-04-01",
        &[
            (
                "In April 2004 the town fell. On 31 March of that year, four guards were killed. Four days later, troops attacked.",
                &[
                    ("April 2004", "2004-04"),
                    ("31 March of that year", "2004-03-31"),
                    ("Four days later", "2004-04-04"),
                ],
            ),
            (
                "The siege began in 2016; on 4 July that year the dam fell.",
                &[("2016", "2016"), ("4 July that year", "2016-07-04")],
            ),
            (
                "Rebels took Orsk in 1999. By 12 Oct. of that year they held the coast.",
                &[("1999", "1999"), ("12 Oct. of that year", "1999-10-12")],
            ),
        ],
    );
}

#[test]
fn a_history_told_day_by_day_keeps_its_year() {
    each(
        "2026-04-01",
        &[
            (
                "On 31 March 2004, four guards were killed. On 1 May, the marines withdrew.",
                &[("31 March 2004", "2004-03-31"), ("1 May", "2004-05-01")],
            ),
            (
                "The siege began on 9 June 2016. By 23 August the dam had fallen.",
                &[("9 June 2016", "2016-06-09"), ("23 August", "2016-08-23")],
            ),
            // An earlier month, or a day two sentences on, is the story's own time.
            (
                "The town fell on 12 December 2017. On 14 March, rockets hit the base.",
                &[("12 December 2017", "2017-12-12"), ("14 March", "2026-03-14")],
            ),
            (
                "The town fell on 2 May 2017. Rebels left. The army came back. On 9 July, rockets hit.",
                &[("2 May 2017", "2017-05-02"), ("9 July", "2025-07-09")],
            ),
        ],
    );
}

#[test]
fn a_history_told_in_steps_carries_its_year_past_an_older_mention_of_the_month() {
    each(
        "2026-04-01",
        &[
            // A later date of another year moves the story on: the June after it is
            // that year's, not the June named with a year before.
            (
                "Rebels seized the airport in June 2013. On 4 April 2015, the army began its push. By late June, it had reached the dam.",
                &[
                    ("June 2013", "2013-06"),
                    ("4 April 2015", "2015-04-04"),
                    ("late June", "2015-06"),
                ],
            ),
            // A later date of another year in any month moves it on too: the January
            // after "October 17, 2023" in a report of 2024 is 2024's.
            (
                "The raid was the worst since January 2020, when missiles hit the base. Militias have struck 140 times since October 17, 2023. A drone killed the commander on January 4.",
                &[
                    ("January 2020", "2020-01"),
                    ("October 17, 2023", "2023-10-17"),
                    ("January 4", "2026-01-04"),
                ],
            ),
            // With nothing dated in between, the month named with a year stays.
            (
                "The airport fell in June 2013. The governor fled. In June, aid arrived.",
                &[("June 2013", "2013-06"), ("June", "2013-06")],
            ),
            // A story told in two dated steps of its year carries on across a few
            // undated sentences and a paragraph to a later month opening a sentence.
            (
                "On 2 March 2011, the column left the port. By mid-April, it held the pass; on 20 April it entered Dara.\nThe rains came. Fighting stalled for weeks.\nOn 9 June, the town surrendered.",
                &[
                    ("2 March 2011", "2011-03-02"),
                    ("mid-April", "2011-04"),
                    ("20 April", "2011-04-20"),
                    ("weeks", "PXW"),
                    ("9 June", "2011-06-09"),
                ],
            ),
            // Deep inside a sentence, the day is the article's own time again.
            (
                "On 2 March 2011, the column left the port. By mid-April, it held the pass; on 20 April it entered Dara.\nThe rains came. Fighting stalled for weeks.\nAid agencies said the town surrendered on 9 June.",
                &[
                    ("2 March 2011", "2011-03-02"),
                    ("mid-April", "2011-04"),
                    ("20 April", "2011-04-20"),
                    ("weeks", "PXW"),
                    ("9 June", "2025-06-09"),
                ],
            ),
            // A month before the story's last step is not carried on to.
            (
                "On 2 March 2011, the column left the port. By mid-April, it held the pass; on 20 April it entered Dara.\nThe rains came. Fighting stalled for weeks.\nIn February, a drone hit the depot.",
                &[
                    ("2 March 2011", "2011-03-02"),
                    ("mid-April", "2011-04"),
                    ("20 April", "2011-04-20"),
                    ("weeks", "PXW"),
                    ("February", "2026-02"),
                ],
            ),
        ],
    );
}

#[test]
fn a_history_told_in_order_keeps_its_year_across_nearby_months() {
    each(
        "2026-09-12",
        &[
            // A month or day near the month an old year named a sentence before, in
            // the same paragraph or opening the next one's sentence.
            (
                "The offensive opened in mid-September 2014.\nBy 6 October, the flag flew over the hill. Jets had first struck in late September.",
                &[
                    ("mid-September 2014", "2014-09"),
                    ("6 October", "2014-10-06"),
                    ("late September", "2014-09"),
                ],
            ),
            // A month the story's year was carried to carries it on.
            (
                "The offensive opened in mid-September 2014.\nBy 6 October, the flag flew. Then jets came. They had struck in late September. At the end of October, Peshmerga arrived.",
                &[
                    ("mid-September 2014", "2014-09"),
                    ("6 October", "2014-10-06"),
                    ("late September", "2014-09"),
                    ("the end of October", "2014-10"),
                ],
            ),
            (
                "Floods hit the delta in early July 2019. In August the waters fell.",
                &[("early July 2019", "2019-07"), ("August", "2019-08")],
            ),
            (
                "The port fell on 3 February 2015. Relief convoys arrived in March.",
                &[("3 February 2015", "2015-02-03"), ("March", "2015-03")],
            ),
            (
                "The siege began in mid-May 2016.\nBy 30 June, the town had fallen.",
                &[("mid-May 2016", "2016-05"), ("30 June", "2016-06-30")],
            ),
            (
                "Insurgents crossed the river on 2 November 2011. The governor had fled on 29 October.",
                &[("2 November 2011", "2011-11-02"), ("29 October", "2011-10-29")],
            ),
            // Months away from it, or deep in a sentence of a new paragraph, the
            // story is back in its own time.
            (
                "Militias fired rockets between October 2023 and February 2024. In July, a drone wounded a soldier.",
                &[
                    ("October 2023", "2023-10"),
                    ("February 2024", "2024-02"),
                    ("July", "2026-07"),
                ],
            ),
            (
                "Rebels took the town in July 2021.\nThe minister explained why the army left the valley in August.",
                &[("July 2021", "2021-07"), ("August", "2026-08")],
            ),
        ],
    );
}

#[test]
fn a_date_owning_a_noun_after_a_reporting_word_is_the_day_later_clock_times_are_on() {
    // Reference Thursday 2026-02-26.
    each(
        "2026-02-26",
        &[
            (
                "The Pentagon said Tuesday night's attack wounded two sailors. Drones struck at about 10:50 p.m.",
                &[("Tuesday night", "2026-02-24TNI"), ("about 10:50 p.m.", "2026-02-24T22:50")],
            ),
            (
                "Officials confirmed Monday's ambush killed four. It began at 6 a.m.",
                &[("Monday", "2026-02-23"), ("6 a.m.", "2026-02-23T06:00")],
            ),
            (
                "The army announced Sunday's raid had freed two hostages. Troops landed at 3:40 a.m.",
                &[("Sunday", "2026-02-22"), ("3:40 a.m.", "2026-02-22T03:40")],
            ),
            (
                "Police reported Tuesday’s blast left nine dead. It went off at 11:15.",
                &[("Tuesday", "2026-02-24"), ("11:15", "2026-02-24T11:15")],
            ),
            (
                "Medics said Wednesday morning's shelling hurt a child. Shells fell at 7:30 a.m.",
                &[("Wednesday morning", "2026-02-25TMO"), ("7:30 a.m.", "2026-02-25T07:30")],
            ),
        ],
    );
}

#[test]
fn today_in_an_outlets_name_is_no_date() {
    each(
        "2026-04-14",
        &[
            ("[TRANSCRIPT — Nineveh Today TV, evening bulletin]", &[]),
            ("Kirkuk Today reported that two men died.", &[]),
            ("He told USA Today the raid failed.", &[]),
            (
                "Sources told Basra Today on Monday.",
                &[("Monday", "2026-04-13")],
            ),
            ("Anbar Today, a local site, said the road was shut.", &[]),
            // Today as a day, and in a title-case headline after its verb.
            (
                "Today, gunmen attacked the post.",
                &[("Today", "2026-04-14")],
            ),
            (
                "Two Soldiers Killed Today In Attack",
                &[("Today", "2026-04-14")],
            ),
        ],
    );
}

#[test]
fn every_month_or_season_is_a_set() {
    each(
        "2026-05-12",
        &[
            (
                "Every November the families gather.",
                &[("Every November", "XXXX-11")],
            ),
            (
                "The valley floods each spring.",
                &[("each spring", "XXXX-SP")],
            ),
            (
                "Each May they return to the ruins.",
                &[("Each May", "XXXX-05")],
            ),
            (
                "The road closes every winter.",
                &[("every winter", "XXXX-WI")],
            ),
            // A month alone is a date.
            ("He returned in May.", &[("May", "2026-05")]),
        ],
    );
}

#[test]
fn months_later_count_from_the_month_the_narrative_named() {
    each(
        "2026-09-12",
        &[
            (
                "The town fell in November 2017. Sixteen months later, the last enclave fell.",
                &[
                    ("November 2017", "2017-11"),
                    ("Sixteen months later", "2019-03"),
                ],
            ),
            (
                "Rebels took the port in March 2015. Two months later they lost it.",
                &[("March 2015", "2015-03"), ("Two months later", "2015-05")],
            ),
            (
                "The truce began in June 2021. Three months earlier, the talks had failed.",
                &[
                    ("June 2021", "2021-06"),
                    ("Three months earlier", "2021-03"),
                ],
            ),
            // A month of the sentence before counts over an earlier day of the story.
            (
                "Two days ago a bomb hit a patrol. In late March 2018 a mine killed a \
                 soldier. Ten months later, a bomber struck a cafe.",
                &[
                    ("Two days ago", "2026-09-10"),
                    ("late March 2018", "2018-03"),
                    ("Ten months later", "2019-01"),
                ],
            ),
            (
                "On 3 May 2016 the dam fell. In early August 2016 the rebels regrouped. \
                 Four months later the city was retaken.",
                &[
                    ("3 May 2016", "2016-05-03"),
                    ("early August 2016", "2016-08"),
                    ("Four months later", "2016-12"),
                ],
            ),
            // A month two sentences back, in a clause about something else, does not:
            // the months count from the day the story was on.
            (
                "On 18 March 2019 strikes hit the camp. The campaign had begun in \
                 September 2018. Thousands left. Seven months later, commandos killed the leader.",
                &[
                    ("18 March 2019", "2019-03-18"),
                    ("September 2018", "2018-09"),
                    ("Seven months later", "2019-10"),
                ],
            ),
        ],
    );
}

#[test]
fn days_ago_put_the_story_on_that_day() {
    // Reference Monday 2026-03-23.
    each(
        "2026-03-23",
        &[
            (
                "Nine days ago, a bomb ripped into a patrol. A strike the following day killed four.",
                &[
                    ("Nine days ago", "2026-03-14"),
                    ("the following day", "2026-03-15"),
                ],
            ),
            (
                "Three days ago gunmen stormed a post; two days later the army hit back.",
                &[
                    ("Three days ago", "2026-03-20"),
                    ("two days later", "2026-03-22"),
                ],
            ),
            (
                "Ten days ago a drone struck the base. The day before, rockets had fallen.",
                &[
                    ("Ten days ago", "2026-03-13"),
                    ("The day before", "2026-03-12"),
                ],
            ),
            (
                "The convoy was ambushed 4 days ago. A day later the road reopened.",
                &[("4 days ago", "2026-03-19"), ("A day later", "2026-03-20")],
            ),
            (
                "Eleven days ago the raid began; the next day troops withdrew.",
                &[
                    ("Eleven days ago", "2026-03-12"),
                    ("the next day", "2026-03-13"),
                ],
            ),
        ],
    );
}

#[test]
fn an_expectation_a_promise_or_a_future_in_the_past_reads_a_day_forward() {
    // Reference Wednesday 2026-06-10.
    each(
        "2026-06-10",
        &[
            (
                "We expect to deliver the review to the committee in July.",
                &[("July", "2026-07")],
            ),
            (
                "The Pentagon has promised Congress a review in September.",
                &[("September", "2026-09")],
            ),
            (
                "Officials said the dead would be buried on Friday.",
                &[("Friday", "2026-06-12")],
            ),
            (
                "The minister expects the talks to resume on Monday.",
                &[("Monday", "2026-06-15")],
            ),
            (
                "He promises a decision by August.",
                &[("August", "2026-08")],
            ),
        ],
    );
    // Without such a word, the most recent past one.
    each(
        "2026-06-10",
        &[("The review was delivered in July.", &[("July", "2025-07")])],
    );
}

#[test]
fn last_or_next_with_a_month_counts_from_the_reference_date() {
    // Reference Wednesday 2026-06-10.
    each(
        "2026-06-10",
        &[
            (
                "The mission concluded last September.",
                &[("last September", "2025-09")],
            ),
            (
                "Under the deal of September 2024, the mission ended last September.",
                &[("September 2024", "2024-09"), ("last September", "2025-09")],
            ),
            ("Raids resumed last March.", &[("last March", "2026-03")]),
            ("Talks open next March.", &[("next March", "2027-03")]),
            ("The vote is due next July.", &[("next July", "2026-07")]),
        ],
    );
}

#[test]
fn a_month_of_last_or_this_year_is_one_expression() {
    each(
        "2026-06-10",
        &[
            (
                "The regime fell in December of last year.",
                &[("December of last year", "2025-12")],
            ),
            (
                "The attack in April of last year wounded six.",
                &[("April of last year", "2025-04")],
            ),
            (
                "In March of this year raids resumed.",
                &[("March of this year", "2026-03")],
            ),
            (
                "Talks are due in May of next year.",
                &[("May of next year", "2027-05")],
            ),
            (
                "It began in July last year.",
                &[("July last year", "2025-07")],
            ),
        ],
    );
}

#[test]
fn that_year_and_that_month_are_the_narratives() {
    each(
        "2026-06-10",
        &[
            (
                "In 2016 a car bomb killed 64. Later that year, another blast killed 30.",
                &[("2016", "2016"), ("Later that year", "2016")],
            ),
            (
                "The bombing in January 2021 killed 32. That year was the quietest.",
                &[("January 2021", "2021-01"), ("That year", "2021")],
            ),
            (
                "In March 2020 the base was hit. That month, troops left.",
                &[("March 2020", "2020-03"), ("That month", "2020-03")],
            ),
            (
                "The town fell in 2014 and was retaken that year.",
                &[("2014", "2014"), ("that year", "2014")],
            ),
            ("They said that year after year the toll rose.", &[]),
        ],
    );
}

#[test]
fn the_next_unit_opening_a_clause_is_the_narratives_next_not_a_span() {
    // Reference 2024-05-10; the narrative is in 2016, then in March 2019.
    each(
        "2024-05-10",
        &[
            (
                "The militia seized the town in 2016. The next year, the army retook it.",
                &[("2016", "2016"), ("The next year", "2017")],
            ),
            (
                "In 2016 the militia seized the town; the next year, troops won it back.",
                &[("2016", "2016"), ("the next year", "2017")],
            ),
            (
                "A convoy was hit on 3 March 2019. The next week, two more were ambushed.",
                &[
                    ("3 March 2019", "2019-03-03"),
                    ("The next week", "2019-W10"),
                ],
            ),
            (
                "Talks opened in March 2019. The next month, the rebels walked out.",
                &[("March 2019", "2019-03"), ("The next month", "2019-04")],
            ),
            // Spans stay spans.
            (
                "Over the next year, the force will train 500 recruits.",
                &[("the next year", "P1Y")],
            ),
            (
                "Aid will arrive within the next month.",
                &[("the next month", "P1M")],
            ),
        ],
    );
}

#[test]
fn that_morning_night_or_day_is_the_narratives_day() {
    // Reference Friday 2022-04-08; the narrative is on Monday 2022-04-04.
    each(
        "2022-04-08",
        &[
            (
                "Rockets hit the base on Monday. Later that morning, jets took off.",
                &[
                    ("Monday", "2022-04-04"),
                    ("Later that morning", "2022-04-04TMO"),
                ],
            ),
            (
                "Rockets hit the base on Monday. That night, the guards doubled.",
                &[("Monday", "2022-04-04"), ("That night", "2022-04-04TNI")],
            ),
            (
                "Rockets hit the base on Monday and later that day a drone followed.",
                &[("Monday", "2022-04-04"), ("later that day", "2022-04-04")],
            ),
            (
                "Rockets hit the base on Monday; early that evening the convoy left.",
                &[
                    ("Monday", "2022-04-04"),
                    ("early that evening", "2022-04-04TEV"),
                ],
            ),
            (
                "Rockets hit the base on Monday. By that afternoon, the fires were out.",
                &[
                    ("Monday", "2022-04-04"),
                    ("that afternoon", "2022-04-04TAF"),
                ],
            ),
            // A clause's "that" before a noun is no date.
            (
                "On Monday officials said that night raids would go on.",
                &[("Monday", "2022-04-04")],
            ),
        ],
    );
}

#[test]
fn a_date_written_with_dots_is_day_month_year() {
    each(
        "2022-08-04",
        &[
            (
                "BAGHDAD, 03.08.2022 - Gunmen attacked a checkpoint.",
                &[("03.08.2022", "2022-08-03")],
            ),
            (
                "The ministry statement of 12.11.2021 gave no toll.",
                &[("12.11.2021", "2021-11-12")],
            ),
            (
                "Published 1.2.2020, the report named two units.",
                &[("1.2.2020", "2020-02-01")],
            ),
            (
                "On 31.12.2019 rockets hit the base.",
                &[("31.12.2019", "2019-12-31")],
            ),
            (
                "Updated: 07.03.2022 14:05",
                &[("07.03.2022 14:05", "2022-03-07T14:05")],
            ),
            // Not a calendar day: a score, a version, a price.
            ("The vote was 45.50.2000 in the count.", &[]),
        ],
    );
}

#[test]
fn a_morning_clock_time_after_a_day_named_late_is_the_next_days() {
    // Reference Friday 2022-04-08.
    each(
        "2022-04-08",
        &[
            (
                "Gunmen entered the shrine late Tuesday and set charges that went off at about 6:55 a.m.",
                &[("late Tuesday", "2022-04-05"), ("about 6:55 a.m.", "2022-04-06T06:55")],
            ),
            (
                "The convoy left the base on Tuesday night and was hit at 3 a.m.",
                &[("Tuesday night", "2022-04-05TNI"), ("3 a.m.", "2022-04-06T03:00")],
            ),
            (
                "Fighting began late Wednesday, and the town fell at 4:10 a.m.",
                &[("late Wednesday", "2022-04-06"), ("4:10 a.m.", "2022-04-07T04:10")],
            ),
            (
                "Rebels crossed the river at 11:30 p.m. on Tuesday; the first shells landed at 1:15 a.m.",
                &[
                    ("11:30 p.m.", "2022-04-05T23:30"),
                    ("Tuesday", "2022-04-05"),
                    ("1:15 a.m.", "2022-04-06T01:15"),
                ],
            ),
            // Not late: the clock stays on its day; nor across sentences.
            (
                "Gunmen entered the shrine on Tuesday and set charges that went off at 6:55 a.m.",
                &[("Tuesday", "2022-04-05"), ("6:55 a.m.", "2022-04-05T06:55")],
            ),
            (
                "The convoy left late Tuesday, and the blast came at 11 p.m.",
                &[("late Tuesday", "2022-04-05"), ("11 p.m.", "2022-04-05T23:00")],
            ),
        ],
    );
}

#[test]
fn a_day_told_in_a_converted_zone_dates_only_its_clock_time() {
    // Reference Wednesday 2020-01-08: the local story is of early Wednesday; a launch
    // time converted into a US or universal zone falls on Tuesday there, and the bare
    // local clock times after it stay on Wednesday.
    for (first, zone) in [
        ("shortly after 5:30 p.m. EST on Tuesday", "5:30 p.m. EST"),
        ("at 9:30 p.m. GMT on Tuesday", "9:30 p.m. GMT"),
        ("at 5:30 p.m. EDT, Tuesday", "5:30 p.m. EDT"),
        ("at 2:30 p.m. PST on Tuesday", "2:30 p.m. PST"),
        ("at 10 p.m. UTC on Tuesday", "10 p.m. UTC"),
    ] {
        let text = format!(
            "Missiles hit the base early Wednesday. The Pentagon said they were launched {first}. Iraq said 22 missiles fell between 1:45 a.m. and 2:15 a.m."
        );
        let got = values(&text, "2020-01-08", AnchorBasis::Published);
        let clock = |t: &str| got.iter().find(|(x, _)| x == t).map(|(_, v)| v.clone());
        assert_eq!(
            clock("1:45 a.m."),
            Some("2020-01-08T01:45".to_string()),
            "{text}"
        );
        assert_eq!(
            clock("2:15 a.m."),
            Some("2020-01-08T02:15".to_string()),
            "{text}"
        );
        assert!(
            got.iter()
                .any(|(x, v)| x == zone && v.starts_with("2020-01-07T")),
            "{text}: {got:?}"
        );
    }
    // A local clock time's day is the narrative's day for the clock times after it.
    let got = values(
        "Missiles hit the base early Wednesday. A first salvo came at 11 p.m. on Tuesday. Sirens sounded at 1:45 a.m.",
        "2020-01-15",
        AnchorBasis::Published,
    );
    assert!(
        got.iter()
            .any(|(x, v)| x == "1:45 a.m." && v == "2020-01-14T01:45"),
        "{got:?}"
    );
}

#[test]
fn a_day_named_as_what_it_is_to_be_is_still_to_come() {
    // Reference Wednesday 2022-07-20.
    each(
        "2022-07-20",
        &[
            (
                "He declared Thursday a day of national mourning.",
                &[("Thursday", "2022-07-21")],
            ),
            (
                "The government named Friday an official holiday for the funerals.",
                &[("Friday", "2022-07-22")],
            ),
            (
                "The president has proclaimed Monday a national day of mourning.",
                &[("Monday", "2022-07-25")],
            ),
            (
                "Baghdad declares Saturday a day of rest after the attack.",
                &[("Saturday", "2022-07-23")],
            ),
            (
                "Officials designated Sunday a day of prayer for the victims.",
                &[("Sunday", "2022-07-24")],
            ),
            // A day of something that happened is past.
            (
                "Rebels shelled the town on Tuesday, a day of heavy fighting.",
                &[("Tuesday", "2022-07-19"), ("a day", "P1D")],
            ),
        ],
    );
}

#[test]
fn a_date_written_with_dashes_and_the_year_last_is_day_first() {
    each(
        "2022-08-04",
        &[
            ("Kandor Times | 03-08-2022", &[("03-08-2022", "2022-08-03")]),
            (
                "ERBIL, 25-07-2022 - Shelling hit a resort.",
                &[("25-07-2022", "2022-07-25")],
            ),
            (
                "The decree of 1-2-2021 set the curfew.",
                &[("1-2-2021", "2021-02-01")],
            ),
            // The second number past 12: written month first.
            (
                "Filed 07-31-2022 by the desk.",
                &[("07-31-2022", "2022-07-31")],
            ),
            // Not a calendar day (no month fits): only the year is read.
            (
                "The tally ran 45-50-2000 in the count.",
                &[("2000", "2000")],
            ),
            ("Code 31-31-2021 was shown.", &[("2021", "2021")]),
        ],
    );
    // "about half an hour": half the unit, its qualifier with it.
    each(
        "2022-08-04",
        &[(
            "The clash lasted about half an hour.",
            &[("about half an hour", "PT30M")],
        )],
    );
}

#[test]
fn a_clock_time_is_on_the_happenings_day_not_the_day_a_span_opens_on() {
    // Reference Tuesday 2021-11-30.
    each(
        "2021-11-30",
        &[
            (
                "Two guards died on Monday night, bringing to seven the number killed since Saturday. Gunmen opened fire at around 10 pm.",
                &[
                    ("Monday night", "2021-11-29TNI"),
                    ("Saturday", "2021-11-27"),
                    ("around 10 pm", "2021-11-29T22:00"),
                ],
            ),
            (
                "A bomb hit the convoy on Monday; 12 soldiers have died since Friday. It went off at 7:30 a.m.",
                &[
                    ("Monday", "2021-11-29"),
                    ("Friday", "2021-11-26"),
                    ("7:30 a.m.", "2021-11-29T07:30"),
                ],
            ),
            (
                "Rockets struck the base on Monday, the fourth attack since Thursday, at 9 pm.",
                &[
                    ("Monday", "2021-11-29"),
                    ("Thursday", "2021-11-25"),
                    ("9 pm", "2021-11-29T21:00"),
                ],
            ),
            (
                "Shelling killed three on Monday, raising the toll since Saturday to nine. The first shells fell at 6 am.",
                &[
                    ("Monday", "2021-11-29"),
                    ("Saturday", "2021-11-27"),
                    ("6 am", "2021-11-29T06:00"),
                ],
            ),
            (
                "Militants attacked a post on Monday night, the third raid since Friday. The fighting began at about 11 pm.",
                &[
                    ("Monday night", "2021-11-29TNI"),
                    ("Friday", "2021-11-26"),
                    ("about 11 pm", "2021-11-29T23:00"),
                ],
            ),
        ],
    );
}

#[test]
fn a_bare_part_of_day_is_that_part_of_the_day_the_narrative_is_on() {
    each(
        "2019-11-28",
        &[
            (
                "Troops moved in on Thursday. Gunfire could still be heard in the afternoon.",
                &[
                    ("Thursday", "2019-11-28"),
                    ("the afternoon", "2019-11-28TAF"),
                ],
            ),
            (
                "Rockets hit the base on Tuesday; jets struck the launch site at dawn.",
                &[("Tuesday", "2019-11-26"), ("dawn", "2019-11-26TMO")],
            ),
            (
                "The march began on Monday and turned violent in the evening.",
                &[("Monday", "2019-11-25"), ("the evening", "2019-11-25TEV")],
            ),
            (
                "Police raided the camp on Tuesday and left at dawn, officials said.",
                &[("Tuesday", "2019-11-26"), ("dawn", "2019-11-26TMO")],
            ),
            (
                "Funerals were held on Wednesday, and a curfew began in the evening.",
                &[
                    ("Wednesday", "2019-11-27"),
                    ("the evening", "2019-11-27TEV"),
                ],
            ),
            // A part of a day named after it is a date of its own.
            (
                "The attack came in the early hours of Monday.",
                &[("the early hours of Monday", "2019-11-25TMO")],
            ),
        ],
    );
}

#[test]
fn the_same_night_is_the_night_the_narrative_is_on() {
    each(
        "2023-02-17",
        &[
            (
                "Troops raided a house on Feb. 16. A separate raid that same night killed a cell leader.",
                &[("Feb. 16", "2023-02-16"), ("that same night", "2023-02-16TNI")],
            ),
            (
                "Rockets hit the base on Tuesday. The same evening, jets struck the launch site.",
                &[("Tuesday", "2023-02-14"), ("The same evening", "2023-02-14TEV")],
            ),
            (
                "Gunmen attacked a checkpoint on 12 February, and the same day a bomb hit the market.",
                &[("12 February", "2023-02-12"), ("the same day", "2023-02-12")],
            ),
            (
                "The convoy left Tosh on Monday; that same morning a mine exploded on the road.",
                &[("Monday", "2023-02-13"), ("that same morning", "2023-02-13TMO")],
            ),
            (
                "On Feb. 10 drones struck Dara, and the same afternoon shells fell on Vell.",
                &[("Feb. 10", "2023-02-10"), ("the same afternoon", "2023-02-10TAF")],
            ),
            // "the same" before another noun is no time.
            ("Militants used the same route again.", &[]),
        ],
    );
}

#[test]
fn a_weekday_with_its_week_is_that_week_s_day() {
    // Reference Wednesday 2025-03-12 (week of Monday 10 March).
    each(
        "2025-03-12",
        &[
            (
                "Rebels shelled the ferry port on Tuesday last week.",
                &[("Tuesday last week", "2025-03-04")],
            ),
            (
                "The convoy was ambushed on Thursday of last week near the dam.",
                &[("Thursday of last week", "2025-03-06")],
            ),
            (
                "On Monday this week, two soldiers died of their wounds.",
                &[("Monday this week", "2025-03-10")],
            ),
            (
                "The envoy returns on Friday next week.",
                &[("Friday next week", "2025-03-21")],
            ),
            (
                "Sunday last week, a mine killed 3 shepherds.",
                &[("Sunday last week", "2025-03-09")],
            ),
            // A plain weekday is still the latest one.
            (
                "Militants struck on Tuesday, the army said.",
                &[("Tuesday", "2025-03-11")],
            ),
        ],
    );
}

#[test]
fn a_day_of_a_year_counted_from_the_report_is_one_date() {
    // Reference 2023-01-20; the narrative has named 2021 before.
    each(
        "2023-01-20",
        &[
            (
                "In October 2021 drones hit the base. On Aug. 24 last year, rockets struck it.",
                &[
                    ("October 2021", "2021-10"),
                    ("Aug. 24 last year", "2022-08-24"),
                ],
            ),
            (
                "The raid on 3 March this year killed two.",
                &[("3 March this year", "2023-03-03")],
            ),
            (
                "Gunmen attacked the post on 24 August of last year.",
                &[("24 August of last year", "2022-08-24")],
            ),
            (
                "The convoy was hit on September 9th last year.",
                &[("September 9th last year", "2022-09-09")],
            ),
            (
                "A ceasefire signed on Dec. 1 of this year holds.",
                &[("Dec. 1 of this year", "2023-12-01")],
            ),
        ],
    );
}
