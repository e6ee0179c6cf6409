//! Dated measurements that are not happenings: a level that moved ("premiums jumped to
//! 0.7% on Wednesday", "attacks surged … before subsiding in early 2024"), a count
//! that piled up since a date ("Since March, 40 fighters have defected"), the baseline
//! of a comparison ("more deaths in 2025 than in any year since 2012") and a standing
//! at a date ("300 families remained in camps as of Friday").
//!
//! Each test reads the clause that holds the date (see [`super::eventhood::clause_of`])
//! and the shape of the sentence around it, never particular corpus phrases.

use super::eventhood::is_verb;
use super::verbs::is_past;
use crate::extract::words::{Token, WordSet};
use std::ops::Range;

/// Verbs of a level or frequency going up or down. Said of a measure or of a plural of
/// incidents ("attacks surged"), they tell a trend, not a happening.
const TREND_VERBS: WordSet<45> = WordSet::new([
    "surged",
    "surging",
    "subsided",
    "subsiding",
    "declined",
    "declining",
    "decreased",
    "decreasing",
    "increased",
    "increasing",
    "dropped",
    "dropping",
    "spiked",
    "spiking",
    "eased",
    "easing",
    "doubled",
    "doubling",
    "tripled",
    "halved",
    "abated",
    "abating",
    "dwindled",
    "dwindling",
    "soared",
    "soaring",
    "plunged",
    "plunging",
    "plummeted",
    "slumped",
    "dipped",
    "tumbled",
    "climbed",
    "climbing",
    "peaked",
    "peaking",
    "rebounded",
    "waned",
    "waning",
    "slowed",
    "slowing",
    "picked",
    "changed",
    "unchanged",
    "steadied",
]);

/// Verbs of moving that also tell a level's move, but only when said of a measure or
/// with a percentage ("prices rose 4%"): "the city fell", "rebels rose up" are
/// happenings.
const MOVE_VERBS: WordSet<13> = WordSet::new([
    "rose", "risen", "rising", "fell", "fallen", "falling", "jumped", "jumping", "grew", "grown",
    // "The toll had stood at 19": a level where it stood then.
    "stood", "stands", "standing",
]);

/// Nouns of a measured quantity: as the subject of a verb of change they make a level.
const MEASURE_NOUNS: WordSet<36> = WordSet::new([
    // "Civilian deaths fell to 19 last year": deaths counted over a period.
    "deaths",
    // "The toll on Sunday night had stood at 19 dead", "the tally rose to 30": a
    // count of an incident's dead, whose happening is the incident's.
    "toll",
    "tally",
    "fatalities",
    "premium",
    "premiums",
    "price",
    "prices",
    "rate",
    "rates",
    "cost",
    "costs",
    "inflation",
    "exports",
    "imports",
    "output",
    "production",
    "shares",
    "stocks",
    "yields",
    "index",
    "currency",
    "value",
    "fares",
    "tariffs",
    "revenue",
    "revenues",
    "traffic",
    "transits",
    "volumes",
    "numbers",
    "frequency",
    "tempo",
    "levels",
    "returns",
    "arrivals",
]);

/// Plural nouns of incidents: a trend verb said of them tells a frequency.
const INCIDENT_PLURALS: WordSet<14> = WordSet::new([
    "attacks",
    "strikes",
    "airstrikes",
    "raids",
    "incidents",
    "bombings",
    "killings",
    "explosions",
    "assaults",
    "shootings",
    "ambushes",
    "clashes",
    "kidnappings",
    "abductions",
]);

/// Prepositions of a phrase of time that holds its own happening ("after the raid in
/// 2019", "before the 2019 blockade").
const TIME_PREPOSITIONS: WordSet<6> =
    WordSet::new(["after", "before", "following", "amid", "during", "until"]);

/// Words of a comparison: a date after "since" in a sentence holding one is the
/// comparison's baseline ("the most deaths since 2012").
const COMPARATIVES: WordSet<12> = WordSet::new([
    "more",
    "fewer",
    "less",
    "than",
    "highest",
    "lowest",
    "most",
    "fewest",
    "worst",
    "deadliest",
    "record",
    "largest",
]);

/// True when the word at `i` is a percentage sign or word ("4%", "4 percent",
/// "4 per cent").
fn is_percent(toks: &[Token], i: usize) -> bool {
    let w = toks[i].norm.as_str();
    toks[i].is_punct('%')
        || w == "%"
        || w == "percent"
        || (w == "cent" && i > 0 && toks[i - 1].norm == "per")
}

/// Words that qualify a count after "from": "from about 2,000", "from just over 900".
const APPROXIMATE: WordSet<10> = WordSet::new([
    "about", "around", "roughly", "some", "nearly", "almost", "over", "more", "than", "just",
]);

/// How many words before a date a count's baseline may open ("down from about
/// 2,000 at the start of 2025").
const BASELINE_REACH: usize = 8;

/// True when the date at token `at` dates the earlier level a count is compared
/// with: "roughly 1,500 troops remain, down from about 2,000 at the start of 2025",
/// "cut to fewer than 1,000 from about 2,000 at the end of 2024", "less than half
/// the number deployed at the start of last year", "fewer than half the number five
/// years earlier". A level then is no happening.
pub fn is_count_baseline(toks: &[Token], at: usize) -> bool {
    let words = || {
        (0..at.min(toks.len()))
            .rev()
            .filter(|&i| toks[i].is_word)
            .take(BASELINE_REACH)
    };
    words().any(|i| {
        let w = toks[i].norm.as_str();
        // "from" and a count, maybe qualified: "from about 2,000", "from 2,500" (not
        // "from Air Base 201").
        let from_count = w == "from"
            && toks[i + 1..at]
                .iter()
                .filter(|t| t.is_word)
                .take(3)
                .take_while(|t| t.count.is_some() || APPROXIMATE.contains(&t.norm))
                .any(|t| t.count.is_some_and(|n| n >= 2));
        // "half the number", "the number deployed", "the figure".
        let the_number = matches!(w, "number" | "figure" | "total" | "level")
            && i > 0
            && matches!(toks[i - 1].norm.as_str(), "the" | "that");
        from_count
            || the_number
                && words().any(|k| {
                    k < i
                        && matches!(
                            toks[k].norm.as_str(),
                            "half" | "than" | "third" | "quarter" | "twice"
                        )
                })
    })
}

/// True when the clause holding the date at token `at` tells a level going up or down: a verb of [`TREND_VERBS`] or
/// [`MOVE_VERBS`] whose subject is a measure ([`MEASURE_NOUNS`]), or which moves to or
/// by a percentage; or a trend verb said of a plural of incidents. A clause with no
/// subject of its own ("before subsiding in 2024") takes the sentence's opening words
/// before its first verb.
pub fn is_level_change(toks: &[Token], at: usize, clause: Range<usize>) -> bool {
    // "Prices soared before the 2019 blockade": a date inside a phrase of time dates
    // that phrase's happening, unless the phrase's own verb is the level's move
    // ("before easing in early 2024").
    let phrase = (clause.start..at.min(clause.end))
        .rev()
        .find(|&i| toks[i].is_word && TIME_PREPOSITIONS.contains(&toks[i].norm));
    let from = phrase.map_or(clause.start, |p| p + 1);
    let to = if phrase.is_some() { at } else { clause.end };
    let Some(v) = (from..to).find(|&i| {
        toks[i].is_word
            && (TREND_VERBS.contains(&toks[i].norm) || MOVE_VERBS.contains(&toks[i].norm))
    }) else {
        return false;
    };
    // A percentage within the next few words of the verb: "jumped to as much as 0.7%".
    if (v + 1..clause.end.min(v + 9)).any(|i| is_percent(toks, i)) {
        return true;
    }
    // The subject: the clause's words before the verb, or, when those are only an
    // opener, a preposition and adverbs ("before largely subsiding"), the sentence's
    // words before its first verb.
    let own_subject = (clause.start..v).any(|i| {
        let w = toks[i].norm.as_str();
        toks[i].is_word
            && !super::eventhood::is_clause_opener(w)
            && !TIME_PREPOSITIONS.contains(w)
            && !w.ends_with("ly")
    });
    let subject = if own_subject {
        clause.start..v
    } else {
        let first = (0..toks.len()).find(|&i| toks[i].is_word && is_verb(toks, i, &toks[i]));
        0..first.unwrap_or(0)
    };
    if subject
        .clone()
        .any(|i| MEASURE_NOUNS.contains(&toks[i].norm))
    {
        return true;
    }
    TREND_VERBS.contains(&toks[v].norm)
        && subject
            .clone()
            .any(|i| INCIDENT_PLURALS.contains(&toks[i].norm))
}

/// True when the date at token `at` follows "since" and no verb of its own comes after
/// it before a comma (a fronted "Since May," leads into the main clause): "since Tuesday's truce collapsed" tells a happening then.
fn after_since(toks: &[Token], at: usize, clause: &Range<usize>) -> bool {
    at > 0
        && toks[at - 1].norm == "since"
        && !(at + 1..clause.end)
            .take_while(|&i| !toks[i].is_punct(','))
            .any(|i| toks[i].is_word && is_past(&toks[i].norm) && is_verb(toks, i, &toks[i]))
}

/// True when the date at token `at` (bytes `timex`, inside `clause`) follows "since" and the sentence
/// compares against it ("more deaths than in any year since 2012") or the clause counts
/// what piled up from it with a perfect verb ("Since March, 40 fighters have
/// defected"): the date is a baseline, not a happening.
pub fn is_since_baseline(
    toks: &[Token],
    at: usize,
    timex: &Range<usize>,
    clause: Range<usize>,
) -> bool {
    if !after_since(toks, at, &clause) {
        return false;
    }
    if toks
        .iter()
        .any(|t| t.is_word && COMPARATIVES.contains(&t.norm))
    {
        return true;
    }
    let words: Vec<usize> = clause.filter(|&i| toks[i].is_word).collect();
    let counted = words.iter().any(|&i| {
        let in_date = toks[i].range.start < timex.end && toks[i].range.end > timex.start;
        // A year of another date ("in September 2014") counts nothing.
        toks[i]
            .count
            .is_some_and(|c| c >= 2 && !(1800..=2100).contains(&c))
            && !in_date
    });
    let perfect = words.windows(2).any(|w| {
        matches!(toks[w[0]].norm.as_str(), "has" | "have")
            && toks[w[1]].norm != "been"
            && is_past(&toks[w[1]].norm)
    });
    counted && perfect
}

/// True when the date at token `at` follows "since" and a progressive perfect ("had
/// been hiding since May", "have been fighting since 2019"): how long a lasting thing
/// has gone on, not a happening.
pub fn is_since_lasting(toks: &[Token], at: usize, clause: Range<usize>) -> bool {
    if !after_since(toks, at, &clause) {
        return false;
    }
    clause.clone().any(|i| {
        matches!(toks[i].norm.as_str(), "has" | "have" | "had")
            && toks.get(i + 1).is_some_and(|n| n.norm == "been")
            && toks
                .get(i + 2)
                .is_some_and(|n| n.is_word && n.norm.len() > 4 && n.norm.ends_with("ing"))
            && i + 2 < at
    })
}

/// Nouns of a tally: an appositive ranking one ("…, the highest monthly toll this
/// year") says the clause before it is a count.
const TALLY_NOUNS: WordSet<8> = WordSet::new([
    "toll",
    "tally",
    "total",
    "figure",
    "number",
    "count",
    "casualties",
    "losses",
]);

/// True when the clause counts (a number of two or more outside the date at bytes
/// `timex`) and the sentence ranks that count in an appositive with no verb: ", the
/// highest monthly toll this year", ", the worst tally since 2019". The count is a
/// statistic over the period, not one happening.
pub fn is_ranked_count(toks: &[Token], timex: &Range<usize>, clause: Range<usize>) -> bool {
    let counted = clause.clone().any(|i| {
        let in_date = toks[i].range.start < timex.end && toks[i].range.end > timex.start;
        toks[i].is_word
            && !in_date
            && toks[i]
                .count
                .is_some_and(|c| c >= 2 && !(1800..=2100).contains(&c))
    });
    if !counted {
        return false;
    }
    (0..toks.len()).any(|c| {
        if !toks[c].is_punct(',') || toks.get(c + 1).is_none_or(|t| t.norm != "the") {
            return false;
        }
        let phrase: Vec<usize> = (c + 2..toks.len())
            .take_while(|&i| toks[i].is_word)
            .take(5)
            .collect();
        let superlative = phrase.iter().position(|&i| {
            let w = toks[i].norm.as_str();
            w.ends_with("est") && w.len() > 4 || matches!(w, "worst" | "most" | "record")
        });
        superlative.is_some_and(|p| {
            phrase[p + 1..]
                .iter()
                .any(|&i| TALLY_NOUNS.contains(&toks[i].norm))
                && !phrase[..p].iter().any(|&i| is_verb(toks, i, &toks[i]))
        })
    })
}

/// Hedges between "since" and its date ("since at least 2023", "since about 2017").
const SINCE_HEDGES: WordSet<6> =
    WordSet::new(["at", "least", "about", "around", "roughly", "circa"]);

/// True when the date at token `at` is the start of a period the clause speaks of:
/// "since" before it, with at most two hedge words between ("has hosted partner
/// forces since 2016", "blamed for a string of attacks since at least 2023", "Since
/// Jan. 1, militias have conducted 11 attacks"). What piled up or lasted from then is
/// no happening of that date, and what began then is told where the report dates it
/// ("since it began in 2014" dates the beginning with "in", not "since").
///
/// A war, campaign or blockade waged since the date is the exception: its start is the
/// happening ("have fought a coalition since March 2015", "the campaign has lasted
/// since September 2014"), unless the clause counts repeats ("have targeted bases
/// scores of times since 2023").
pub fn is_since_period(
    toks: &[Token],
    at: usize,
    timex: &Range<usize>,
    clause: Range<usize>,
) -> bool {
    let since = (1..=3).any(|back| {
        at >= back
            && toks[at - back].norm == "since"
            && (at - back + 1..at).all(|i| toks[i].is_word && SINCE_HEDGES.contains(&toks[i].norm))
    });
    // "since 2023 began", "since Tuesday's ceasefire collapsed": the date's own
    // clause tells what happened then.
    let own_clause = (at + 1..clause.end)
        .take_while(|&i| !toks[i].is_punct(','))
        .any(|i| toks[i].is_word && is_past(&toks[i].norm) && is_verb(toks, i, &toks[i]));
    if !since || own_clause {
        return false;
    }
    // The clause, and what leads up to the date from the last semicolon (", since
    // November 2021," after the clause it qualifies).
    let lead = (0..at)
        .rev()
        .find(|&i| toks[i].is_punct(';'))
        .map_or(0, |i| i + 1);
    let words = || (lead.min(clause.start)..clause.end.max(at)).filter(|&i| toks[i].is_word);
    let waged = words().any(|i| LASTING_CONFLICT.contains(&toks[i].norm));
    let span = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "years" | "months" | "weeks" | "days" | "hours" | "decades"
            )
        })
    };
    let in_date = |i: usize| toks[i].range.start < timex.end && toks[i].range.end > timex.start;
    let repeats = words().filter(|&i| !in_date(i)).any(|i| {
        REPEATS.contains(&toks[i].norm)
            || toks[i]
                .count
                .is_some_and(|c| c >= 2 && !(1800..=2100).contains(&c) && !span(i))
    });
    !waged || repeats
}

/// Words of a conflict waged over a stretch of time: its start is a happening.
const LASTING_CONFLICT: WordSet<16> = WordSet::new([
    "fought",
    "fighting",
    "waged",
    "waging",
    "war",
    "campaign",
    "blockade",
    "siege",
    "insurgency",
    "offensive",
    "operation",
    "operations",
    "occupation",
    "occupied",
    "ceasefire",
    "truce",
]);

/// Words that count repeats of a happening over a stretch of time.
const REPEATS: WordSet<10> = WordSet::new([
    "repeatedly",
    "times",
    "string",
    "scores",
    "series",
    "wave",
    "spate",
    "dozens",
    "hundreds",
    "several",
]);

/// True when the date at token `at` reads "as of DATE": a standing at that time.
pub fn is_as_of(toks: &[Token], at: usize) -> bool {
    at >= 2 && toks[at - 2].norm == "as" && toks[at - 1].norm == "of"
}

#[cfg(test)]
mod tests {
    use super::super::eventhood::{hood, Eventhood};

    #[test]
    fn a_period_since_a_date_is_no_happening_of_that_date() {
        for (sentence, date, value) in [
            ("The airfield has hosted Danish trainers since 2019.", "2019", "2019"),
            (
                "Smugglers have used the pass dozens of times since at least 2021.",
                "2021",
                "2021",
            ),
            (
                "The militia, blamed for a string of kidnappings since 2020, denies any role.",
                "2020",
                "2020",
            ),
            (
                "Donor funding for the force has shrunk since about 2022.",
                "2022",
                "2022",
            ),
            (
                "Gunmen, who have stepped up ambushes on the coast road since early 2023, torched a bus.",
                "early 2023",
                "2023",
            ),
            // A war waged since then, counted in repeats, is a tally too.
            (
                "The conflict has displaced 30,000 families since 2015.",
                "2015",
                "2015",
            ),
        ] {
            assert_ne!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn a_war_waged_since_a_date_began_then() {
        for (sentence, date, value) in [
            ("Rebels have fought the northern army since May 2017.", "May 2017", "2017-05"),
            (
                "The navy has enforced a blockade of the port since about 2022.",
                "2022",
                "2022",
            ),
            (
                "The campaign has now lasted nine years, since August 2015.",
                "August 2015",
                "2015-08",
            ),
            (
                "Kurdish units have waged an insurgency in the hills, since 12 March 2021, under one command.",
                "12 March 2021",
                "2021-03-12",
            ),
            // "since" before a "when" clause: what happened then.
            (
                "It was the first blast in the market since January, when a car bomb killed two.",
                "January",
                "2024-01",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn a_level_moving_is_a_statistic() {
        for (sentence, date, value) in [
            (
                "Fuel prices rose 12% on Tuesday after the blockade.",
                "Tuesday",
                "2024-06-04",
            ),
            (
                "Grain exports fell by a third in March.",
                "March",
                "2024-03",
            ),
            (
                "Insurance rates, which had eased to about 1 percent in April, soared on Monday.",
                "Monday",
                "2024-06-03",
            ),
            (
                "The currency lost ground and jumped back to 4 per cent of its peak on Friday.",
                "Friday",
                "2024-06-07",
            ),
            (
                "Shootings in the capital doubled in 2023, police data show.",
                "2023",
                "2023",
            ),
            (
                "Raids on border posts climbed sharply last winter before easing in early 2024.",
                "early 2024",
                "2024",
            ),
        ] {
            assert_eq!(
                hood(sentence, date, value),
                Eventhood::Statistic,
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_toll_standing_or_moving_on_a_day_is_a_statistic() {
        for (sentence, date, value) in [
            (
                "The toll on Sunday night had stood at 19 dead.",
                "Sunday night",
                "2024-06-02TNI",
            ),
            (
                "By Tuesday the death toll had risen to 41.",
                "Tuesday",
                "2024-06-04",
            ),
            (
                "The tally of the wounded fell to 30 on Monday after a recount.",
                "Monday",
                "2024-06-03",
            ),
            (
                "On Friday, the civilian toll stands at 212, the ministry says.",
                "Friday",
                "2024-06-07",
            ),
            (
                "The injury toll rose again on 4 June as more victims reached hospital.",
                "4 June",
                "2024-06-04",
            ),
        ] {
            assert_eq!(
                hood(sentence, date, value),
                Eventhood::Statistic,
                "{sentence}"
            );
        }
    }

    #[test]
    fn falling_cities_and_rising_rebels_stay_events() {
        for (sentence, date, value) in [
            (
                "The town of Orsk fell to the rebels in June 2014.",
                "June 2014",
                "2014-06",
            ),
            (
                "Villagers rose up against the garrison in March 2011.",
                "March 2011",
                "2011-03",
            ),
            (
                "Two mortar shells fell near the embassy on Sunday.",
                "Sunday",
                "2024-06-09",
            ),
            (
                "Gunmen jumped from a pickup and opened fire on Thursday.",
                "Thursday",
                "2024-06-06",
            ),
            (
                "Fighting surged around the dam on Saturday, killing nine.",
                "Saturday",
                "2024-06-08",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn a_date_after_since_that_is_compared_or_counted_from_is_a_baseline() {
        for (sentence, date, value) in [
            (
                "Fighting killed more civilians last year than in any year since 2009.",
                "2009",
                "2009",
            ),
            (
                "It was the deadliest month for aid workers since August 2017.",
                "August 2017",
                "2017-08",
            ),
            (
                "Since January, forty-one fighters have handed in their weapons.",
                "January",
                "2024-01",
            ),
            (
                "Since 2020, 12 journalists have fled the province.",
                "2020",
                "2020",
            ),
            (
                "Fewer ships have crossed the strait since May than in all of 2022.",
                "May",
                "2024-05",
            ),
        ] {
            assert_ne!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
        // "since" with no comparison and no count keeps a happening: the start of a
        // lasting thing, or a date told by a "when" clause.
        for (sentence, date, value) in [
            (
                "Since 2019, when rebels seized the port, trade has collapsed.",
                "2019",
                "2019",
            ),
            (
                "The convoy left Gao on Monday and has not been seen since.",
                "Monday",
                "2024-06-03",
            ),
            (
                "Three soldiers were killed in an ambush near Tessit on 2 June.",
                "2 June",
                "2024-06-02",
            ),
            (
                "Gunmen have abducted the mayor of Sinto since 2023 began.",
                "2023",
                "2023",
            ),
            (
                "Rebels who took Dara in May 2019 have fought the army since June 2020.",
                "June 2020",
                "2020-06",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn how_long_a_lasting_thing_has_gone_on_is_a_state() {
        for (sentence, date, value) in [
            (
                "The gang had been hiding in the caves since last month.",
                "last month",
                "2024-05",
            ),
            (
                "Rebels have been shelling the ring road since March.",
                "March",
                "2024-03",
            ),
            (
                "She has been living in exile in Orsk since 2019.",
                "2019",
                "2019",
            ),
            (
                "The two sides had been negotiating quietly since early 2023.",
                "early 2023",
                "2023",
            ),
            (
                "Police said the pair had been planning the raid since January.",
                "January",
                "2024-01",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::State, "{sentence}");
        }
        for (sentence, date, value) in [
            (
                "Rebels began shelling the ring road in March.",
                "March",
                "2024-03",
            ),
            (
                "The gang had been hiding in the caves when troops struck on Monday.",
                "Monday",
                "2024-06-10",
            ),
            (
                "Having been freed in 2019, she fled to Orsk.",
                "2019",
                "2019",
            ),
            (
                "Fighting has killed 40 since Tuesday's ceasefire collapsed.",
                "Tuesday",
                "2024-06-04",
            ),
            (
                "Troops were sent to the border in May 2023.",
                "May 2023",
                "2023-05",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn a_count_ranked_in_an_appositive_is_a_statistic() {
        for (sentence, date, value) in [
            (
                "Some 45 police officers were killed across the province in April, the highest monthly toll in a decade.",
                "April",
                "2024-04",
            ),
            (
                "Rebels abducted 212 villagers in 2023, the largest number since records began.",
                "2023",
                "2023",
            ),
            (
                "Nine aid workers died in Vell in May, the worst tally for the agency.",
                "May",
                "2024-05",
            ),
            (
                "At least thirty soldiers were lost in March, the deadliest total of the war.",
                "March",
                "2024-03",
            ),
            (
                "Floods displaced 60,000 people last year, the greatest number on record.",
                "last year",
                "2023",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Statistic, "{sentence}");
        }
        // One happening, even ranked, or a count with no ranking, stays an event.
        for (sentence, date, value) in [
            (
                "Gunmen killed 12 guards at Orsk on Monday, the army said.",
                "Monday",
                "2024-06-10",
            ),
            (
                "A bomb killed four in Dara on 2 June, the first attack in months.",
                "2 June",
                "2024-06-02",
            ),
            (
                "Troops freed 30 hostages in May, ending the siege.",
                "May",
                "2024-05",
            ),
            (
                "The blast on Friday, the biggest in Vell, shook the port.",
                "Friday",
                "2024-06-07",
            ),
            (
                "Rebels seized two towns in April, the latest in a string of gains.",
                "April",
                "2024-04",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::Event, "{sentence}");
        }
    }

    #[test]
    fn a_standing_as_of_a_date_is_a_state() {
        for (sentence, date, value) in [
            (
                "About 800 people remained in shelters as of Thursday.",
                "Thursday",
                "2024-06-06",
            ),
            (
                "The road was still closed as of 4 June, officials said.",
                "4 June",
                "2024-06-04",
            ),
            (
                "Nine crew were missing as of late May.",
                "late May",
                "2024-05",
            ),
            (
                "Two of the wounded were in hospital as of Sunday evening.",
                "Sunday",
                "2024-06-09",
            ),
            (
                "Most schools stayed shut as of mid-2023.",
                "mid-2023",
                "2023",
            ),
        ] {
            assert_eq!(hood(sentence, date, value), Eventhood::State, "{sentence}");
        }
    }
}
