//! Explicit zeros: "There were no U.S. casualties", "No U.S. troops were wounded",
//! "did not report any civilian casualties", "U.S. troops and civilians were not
//! wounded". One entry per group and outcome; a zero without a group ("No damage or
//! injuries were reported") is not a figure.

use super::counts::RawFigure;
use super::lexicon::{groups_in, outcome_word};
use crate::extract::actors::Actors;
use crate::extract::words::{Token, WordSet};
use crate::model::{Group, Outcome, Qualifier};

/// How many words after a negation the group and outcome may stand.
const REACH: usize = 11;

/// Adverbs of degree: with one, a denied outcome denies only that degree of harm.
pub(super) const DEGREES: [&str; 7] = [
    "seriously",
    "badly",
    "critically",
    "severely",
    "gravely",
    "significantly",
    "life-threatening",
];

/// Nouns of a count or an account of one: "no figure", "no toll", "no details" of
/// casualties deny that a count was given, not that anyone was hurt.
const UNKNOWN_COUNT: WordSet<14> = WordSet::new([
    "figure",
    "figures",
    "number",
    "numbers",
    "toll",
    "tolls",
    "count",
    "tally",
    "estimate",
    "estimates",
    "details",
    "breakdown",
    "word",
    "information",
]);

/// How many words after "among" name whose casualties a zero denies.
const AMONG_WORDS: usize = 6;

/// The outcomes named from token `from` on, within [`REACH`] words, in order, each once.
fn outcomes_from(toks: &[Token], from: usize) -> (Vec<Outcome>, usize) {
    let mut out = Vec::new();
    let mut last = from;
    let mut seen = 0;
    for (k, t) in toks.iter().enumerate().skip(from).take(4 * REACH) {
        if !t.is_word {
            if matches!(t.norm.as_str(), "," | ";" | ":" | ".") && !out.is_empty() {
                break;
            }
            continue;
        }
        seen += 1;
        if seen > REACH {
            break;
        }
        if let Some(o) = zero_outcome(toks, k) {
            if !out.contains(&o) {
                out.push(o);
            }
            last = k;
        } else if !out.is_empty() && !matches!(t.norm.as_str(), "or" | "and") {
            break;
        }
    }
    (out, last)
}

/// The outcome the word at `k` denies: an outcome word, or "lost" in the passive
/// ("no U.S. personnel were lost", "no lives were lost": none killed).
fn zero_outcome(toks: &[Token], k: usize) -> Option<Outcome> {
    let w = toks[k].norm.as_str();
    outcome_word(w).or_else(|| {
        (w == "lost"
            && k > 0
            && matches!(toks[k - 1].norm.as_str(), "was" | "were" | "been" | "being"))
        .then_some(Outcome::Killed)
    })
}

/// False for a word that cannot open a zero (`no`, `none`, `any`, or a negation):
/// those start with `n` or `a`, or end with `t`. Most words are passed over at once.
fn may_open_zero(w: &str) -> bool {
    let b = w.as_bytes();
    matches!(b.first(), Some(b'n' | b'a')) || b.last() == Some(&b't')
}

/// How many words a relative clause between a subject and its denied harm may hold.
const RELATIVE_WORDS: usize = 8;

/// The words before "who" or "that" when a relative clause of at most
/// [`RELATIVE_WORDS`] words stands between them and the negation at `i`, back to a
/// mark of punctuation ("three women who were inside the house were not hurt").
fn relative_subject(toks: &[Token], i: usize) -> Vec<usize> {
    let mut words = 0;
    let mut k = i;
    while k > 0 {
        k -= 1;
        let t = &toks[k];
        if !t.is_word {
            return Vec::new();
        }
        if matches!(t.norm.as_str(), "who" | "that") {
            // The subject's words: up to four, back to a mark.
            let start = toks[..k]
                .iter()
                .rposition(|p| !p.is_word)
                .map_or(0, |p| p + 1);
            return (start.max(k.saturating_sub(4))..k).collect();
        }
        words += 1;
        if words > RELATIVE_WORDS {
            return Vec::new();
        }
    }
    Vec::new()
}

/// Auxiliaries that open a predicate after its subject.
const PREDICATE_OPENERS: WordSet<8> =
    WordSet::new(["were", "was", "are", "is", "had", "have", "has", "remained"]);

/// The words of the subject of a predicate coordinated with the one the negation at
/// `i` is in ("Three women and two children were inside and were not harmed"): the
/// sentence's words before its first auxiliary, when "and" opens the negation's
/// predicate. Empty for any other shape.
fn coordinated_subject(toks: &[Token], i: usize) -> Vec<usize> {
    let before = words_before(toks, i, 2);
    // "and were not harmed", "and weren't hurt".
    let conjoined = match before.as_slice() {
        [.., and] if toks[i].norm.ends_with("n't") => toks[*and].norm == "and",
        [and, aux] => toks[*and].norm == "and" && PREDICATE_OPENERS.contains(&toks[*aux].norm),
        _ => false,
    };
    if !conjoined {
        return Vec::new();
    }
    let words: Vec<usize> = (0..i).filter(|&k| toks[k].is_word).collect();
    match words
        .iter()
        .position(|&k| PREDICATE_OPENERS.contains(&toks[k].norm))
    {
        Some(p) if p > 0 && p <= 8 => words[..p].to_vec(),
        _ => Vec::new(),
    }
}

/// True when the sentence opens at token `i` with a bare "None were" or "Neither
/// was": no one of the people the sentence before named.
fn bare_none_at(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].norm.as_str(), "none" | "neither")
        && !toks[..i].iter().any(|t| t.is_word)
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "were" | "was"))
}

/// True when a sentence opens with a bare "None were" or "Neither was", whose people
/// are the ones the sentence before it named.
pub fn opens_bare_none(toks: &[Token]) -> bool {
    toks.iter()
        .position(|t| t.is_word)
        .is_some_and(|i| bare_none_at(toks, i))
}

/// True for a negating word.
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't")
}

#[cfg(test)] // the pipeline passes the article's actors (`figures_in`)
/// Every explicit-zero figure of one sentence, read without its article.
pub fn zeros(text: &str, toks: &[Token]) -> Vec<RawFigure> {
    zeros_in(text, toks, &Actors::default())
}

/// The groups named in a stretch of words, or else the article's force when they are
/// generic military nouns ("none of the troops were hurt").
fn named_groups(text: &str, named: &[&Token], actors: &Actors) -> Vec<Group> {
    let groups = groups_in(text, named);
    if !groups.is_empty() {
        return groups;
    }
    actors.generic_force(text, named).into_iter().collect()
}

/// Every explicit-zero figure of one sentence; `actors` names the force of generic
/// military nouns.
pub fn zeros_in(text: &str, toks: &[Token], actors: &Actors) -> Vec<RawFigure> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].norm.as_str();
        if !may_open_zero(w) {
            i += 1;
            continue;
        }
        let next = |n: usize| toks.get(i + n).map_or("", |t| t.norm.as_str());
        // "none of", "not one of", "not a single": no one of the people named.
        let none_of = w == "none" && next(1) == "of"
            || w == "not" && (next(1) == "one" || next(1) == "a" && next(2) == "single");
        // "were driven off without Peshmerga casualties": "without" denies as "no" does.
        let without = w == "without" && next(1) != "any";
        let (groups, outcomes, from, to) = if w == "no"
            || without
            || none_of
            || w == "any" && after_negation(toks, i) && !asks_whether(toks, i)
        {
            // "no U.S. troops were wounded", "not report any civilian casualties".
            let window = words_after(toks, i, REACH);
            let cut = window
                .iter()
                .position(|&k| zero_outcome(toks, k).is_some())
                .unwrap_or(window.len());
            // "gave no figure for militant casualties", "no toll of the dead was
            // given": what is denied is a count, not the harm; no zero.
            if window[..cut]
                .iter()
                .any(|&k| UNKNOWN_COUNT.contains(&toks[k].norm))
            {
                i += 1;
                continue;
            }
            // The group may follow the outcome: "no casualties among US forces", "no
            // casualties were reported among the SDF".
            // ("No ground was lost to the militants": what is lost is named before.)
            let lost = window
                .get(cut)
                .is_some_and(|&k| outcome_word(&toks[k].norm).is_none());
            let among = window
                .iter()
                .skip(cut + 1)
                .take(3)
                .find(|&&k| matches!(toks[k].norm.as_str(), "among" | "to" | "for"))
                .copied()
                .filter(|_| !lost);
            // The phrase after "among" is read whole, past the window: "no reports of
            // casualties among U.S. or Iraqi security personnel".
            let mut named: Vec<&Token> = window[..(cut + 1).min(window.len())]
                .iter()
                .map(|&k| &toks[k])
                .collect();
            if let Some(a) = among {
                named.extend(
                    words_after(toks, a, AMONG_WORDS)
                        .into_iter()
                        .map(|k| &toks[k]),
                );
            }
            // "none of its soldiers were hurt": the force the pronoun points back to.
            let pronoun = window
                .iter()
                .take(3)
                .find(|&&k| matches!(toks[k].norm.as_str(), "its" | "their"))
                .copied();
            let mut groups = match pronoun.and_then(|k| actors.antecedent(text, toks, k)) {
                Some(g) if none_of => vec![g],
                _ => named_groups(text, &named, actors),
            };
            // "No member of our forces was harmed": the speaker's own force.
            if groups.is_empty() && window.iter().take(4).any(|&k| toks[k].norm == "our") {
                groups.push(actors.speaker_force());
            }
            if groups.is_empty() && (w == "no" || without) {
                // "U.S. forces suffered no casualties": the subject that suffered none.
                groups = sufferer_before(text, toks, i, actors);
            }
            // "no protesters had been killed", "none of the workers were harmed":
            // people of no side the words name are unstated.
            if groups.is_empty()
                && named.iter().take(cut + 1).any(|t| {
                    t.is_word
                        && super::lexicon::is_person_head(&t.norm)
                        && t.norm.ends_with('s')
                        // "no troops" are some force's, which the article may not name.
                        && !crate::extract::actors::is_generic_military(&t.norm)
                })
            {
                groups.push(Group::Other);
            }
            let start = window.get(cut).copied().unwrap_or(toks.len());
            let (outcomes, last) = outcomes_from(toks, start);
            (groups, outcomes, i, last)
        } else if bare_none_at(toks, i) {
            // "None were harmed." after "Three women and three children were
            // present": the people the sentence before named (`actors.recalled`).
            let groups: Vec<Group> = actors.recalled.into_iter().collect();
            let (outcomes, last) = outcomes_from(toks, i + 2);
            (groups, outcomes, i, last)
        } else if is_negation(w) && !any_follows(toks, i) && !none_of {
            // "U.S. troops and civilians were not wounded".
            let mut before = words_before(toks, i, 6);
            let mut named: Vec<&Token> = before.iter().map(|&k| &toks[k]).collect();
            let mut groups = named_groups(text, &named, actors);
            if groups.is_empty() {
                // "… were at the site and were not harmed": the subject the
                // coordinated predicates share; "three women who were inside the
                // house were not hurt": the subject before its relative clause.
                before = coordinated_subject(toks, i);
                if before.is_empty() {
                    before = relative_subject(toks, i);
                }
                named = before.iter().map(|&k| &toks[k]).collect();
                groups = named_groups(text, &named, actors);
            }
            // The outcome must follow the negation at once: "were not wounded",
            // "have not been hurt" — not "(not pictured) were among the dead".
            let direct = words_after(toks, i, 3)
                .into_iter()
                .find(|&k| !matches!(toks[k].norm.as_str(), "be" | "been" | "yet" | "seriously"))
                .is_some_and(|k| outcome_word(&toks[k].norm).is_some());
            let (outcomes, last) = if direct {
                outcomes_from(toks, i + 1)
            } else {
                (Vec::new(), i)
            };
            let first = before.first().copied().unwrap_or(i);
            (groups, outcomes, first, last)
        } else {
            i += 1;
            continue;
        };
        // "None of the Americans was seriously hurt": a denial of a degree of harm
        // is no zero.
        let graded = (from..=to.min(toks.len().saturating_sub(1)))
            .any(|k| DEGREES.contains(&toks[k].norm.as_str()));
        if !groups.is_empty() && !outcomes.is_empty() && !graded {
            let range = toks[from].range.start..toks[to.max(from)].range.end;
            for g in &groups {
                for o in &outcomes {
                    out.push(RawFigure {
                        range: range.clone(),
                        group: Some(*g),
                        outcome: *o,
                        count: 0,
                        qualifier: Qualifier::Exact,
                        note: None,
                        refers: Default::default(),
                        who: None,
                        subset: false,
                    });
                }
            }
            i = to.max(i) + 1;
        } else {
            i += 1;
        }
    }
    out
}

/// Verbs by which a subject suffers what "no …" after them denies: "suffered no
/// casualties", "sustained no injuries".
const SUFFERED: [&str; 5] = ["suffered", "sustained", "incurred", "took", "had"];

/// The groups of the subject before a verb of suffering just before the "no" at `i`
/// ("U.S. and Iraqi forces suffered no casualties"); empty when there is none.
fn sufferer_before(text: &str, toks: &[Token], i: usize, actors: &Actors) -> Vec<Group> {
    let before = words_before(toks, i, 7);
    let Some((&verb, subject)) = before.split_last() else {
        return Vec::new();
    };
    if !SUFFERED.contains(&toks[verb].norm.as_str()) {
        return Vec::new();
    }
    let named: Vec<&Token> = subject.iter().map(|&k| &toks[k]).collect();
    named_groups(text, &named, actors)
}

/// Indexes of up to `n` words after token `i` (looking at most `4 n` tokens ahead).
fn words_after(toks: &[Token], i: usize, n: usize) -> Vec<usize> {
    (i + 1..toks.len().min(i + 1 + 4 * n))
        .filter(|&k| toks[k].is_word)
        .take(n)
        .collect()
}

/// Indexes of up to `n` words before token `i`, in text order.
fn words_before(toks: &[Token], i: usize, n: usize) -> Vec<usize> {
    let mut out: Vec<usize> = (i.saturating_sub(4 * n)..i)
        .rev()
        .filter(|&k| toks[k].is_word)
        .take(n)
        .collect();
    out.reverse();
    out
}

/// True when `any` at `i` follows a negation within three words ("did not report any").
fn after_negation(toks: &[Token], i: usize) -> bool {
    words_before(toks, i, 3)
        .into_iter()
        .any(|k| is_negation(&toks[k].norm) || toks[k].norm == "without")
}

/// True when a question stands between `any` at `i` and the negation before it ("it
/// was not clear whether any of the attackers were hurt", "did not say if any civilians
/// died"): what is left open is no zero.
fn asks_whether(toks: &[Token], i: usize) -> bool {
    words_before(toks, i, 3)
        .into_iter()
        .any(|k| matches!(toks[k].norm.as_str(), "whether" | "if"))
}

/// True when `any` follows the negation at `i` within three words.
fn any_follows(toks: &[Token], i: usize) -> bool {
    words_after(toks, i, 3)
        .into_iter()
        .any(|k| toks[k].norm == "any")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;
    use crate::model::Group::*;
    use Outcome::*;

    fn check(input: &str, expected: &[(Group, Outcome)]) {
        let toks = tokenize(input, 0..input.len());
        let got: Vec<(Group, Outcome)> = zeros(input, &toks)
            .into_iter()
            .map(|f| (f.group.unwrap(), f.outcome))
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn a_denial_in_a_second_predicate_is_of_the_shared_subject() {
        use Group::*;
        use Outcome::*;
        check(
            "Three women and two children were at the compound and were not harmed.",
            &[(Civilians, Killed)],
        );
        check(
            "Six U.S. contractors were on the base and were not wounded.",
            &[(Other, Injured)],
        );
        check(
            "Two Peshmerga were at the gate and weren't hurt.",
            &[(PartnerForces, Injured)],
        );
        // A relative clause between the people and the denial.
        check(
            "Officers said three women who were inside the house were not hurt.",
            &[(Civilians, Injured)],
        );
        check(
            "The children that lived in the compound have not been harmed.",
            &[(Civilians, Killed)],
        );
        // The guidelines' zeros are denials: an adjective of no harm is none.
        check("Two children in the house were unharmed.", &[]);
        // Two subjects: the second predicate's own subject is read, not the first.
        check(
            "Iraqi soldiers were killed, and the villagers were not hurt.",
            &[(Civilians, Injured)],
        );
    }

    #[test]
    fn a_zero_of_people_no_word_gives_a_side_is_unstated() {
        check(
            "The governor insisted that no protesters had been killed.",
            &[(Other, Killed)],
        );
        check("None of the workers were harmed.", &[(Other, Killed)]);
        check("No drivers were hurt in the shelling.", &[(Other, Injured)]);
        check("Not one of the drivers was wounded.", &[(Other, Injured)]);
        check("No protesters died at the bridge.", &[(Other, Killed)]);
        // A side named stands.
        check("No civilians were killed.", &[(Civilians, Killed)]);
        // No people named: no zero.
        check("No damage was reported.", &[]);
    }

    #[test]
    fn without_denies_as_no_does_and_a_question_left_open_is_no_zero() {
        check(
            "The attackers were driven off without Peshmerga casualties.",
            &[(PartnerForces, Killed)],
        );
        check(
            "The strike destroyed the depot without civilian deaths, the coalition said.",
            &[(Civilians, Killed)],
        );
        check(
            "The convoy reached the town without injuries to U.S. troops.",
            &[(UsForces, Injured)],
        );
        check(
            "Police cleared the square without casualties among the villagers.",
            &[(Civilians, Killed)],
        );
        check(
            "The raid ended without any Iraqi soldiers being wounded.",
            &[(PartnerForces, Injured)],
        );
        // Not a denial: what is left without is no harm, or nothing is named.
        check("The convoy passed without incident.", &[]);
        check("Police dispersed the crowd without injuring anyone.", &[]);
        // A question left open denies nothing.
        for open in [
            "It was not clear whether any of the soldiers were hurt.",
            "Officials did not say if any civilians were killed.",
            "It was not known whether any U.S. troops had been wounded.",
            "The army would not confirm whether any Peshmerga died.",
        ] {
            check(open, &[]);
        }
        // A plain denial stands.
        check(
            "The army did not report any civilian deaths.",
            &[(Civilians, Killed)],
        );
    }

    #[test]
    fn every_opening_word_passes_the_quick_check() {
        for w in ["no", "none", "any", "not", "never", "didn't", "wasn't"] {
            assert!(may_open_zero(w), "{w}");
        }
        assert!(!may_open_zero("troops") && !may_open_zero(""));
    }

    #[test]
    fn a_zero_of_a_third_nations_troops_is_other() {
        check(
            "No British troops were among the casualties.",
            &[(Other, Killed)],
        );
        check("No French soldiers were hurt.", &[(Other, Injured)]);
    }

    #[test]
    fn a_zero_of_our_forces_is_the_speakers() {
        let partner = Actors {
            own_force: Some(PartnerForces),
            ..Actors::default()
        };
        for (input, outcome) in [
            ("No member of our forces was harmed.", Killed),
            ("None of our soldiers were injured in the clash.", Injured),
            ("No casualties among our forces were reported.", Killed),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Option<Group>, Outcome)> = zeros_in(input, &toks, &partner)
                .into_iter()
                .map(|f| (f.group, f.outcome))
                .collect();
            assert_eq!(got, vec![(Some(PartnerForces), outcome)], "{input}");
        }
    }

    #[test]
    fn not_one_and_not_a_single_deny_every_one() {
        check(
            "Not one of the Americans was killed.",
            &[(UsForces, Killed)],
        );
        check(
            "Not a single U.S. soldier was injured.",
            &[(UsForces, Injured)],
        );
        check(
            "Not one Iraqi soldier was wounded in the raid.",
            &[(PartnerForces, Injured)],
        );
        check(
            "Not one of the civilians on the bus was hurt.",
            &[(Civilians, Injured)],
        );
        check(
            "Not a single Kurdish fighter died.",
            &[(PartnerForces, Killed)],
        );
        // Nor are they counted as one person.
        let input = "Not one of the Americans was killed.";
        let toks = tokenize(input, 0..input.len());
        let counted = crate::extract::casualty::counts::figures(input, &toks);
        assert!(counted.iter().all(|f| f.count == 0), "{counted:?}");
    }

    #[test]
    fn a_side_before_a_casualty_noun_and_contractors_name_a_zeros_group() {
        check("There were no U.S. fatalities.", &[(UsForces, Killed)]);
        check(
            "The army reported no Iraqi casualties.",
            &[(PartnerForces, Killed)],
        );
        check("No American deaths were recorded.", &[(UsForces, Killed)]);
        check("No contractors were injured.", &[(Other, Injured)]);
        check("No contractor was hurt in the blast.", &[(Other, Injured)]);
        check(
            "No civilian contractors were hurt.",
            &[(Civilians, Injured)],
        );
    }

    #[test]
    fn a_zero_among_a_long_phrase_names_every_group_in_it() {
        check(
            "There were no immediate reports of casualties among U.S. or Iraqi personnel.",
            &[(UsForces, Killed), (PartnerForces, Killed)],
        );
        check(
            "Officials reported no injuries among American and Kurdish security forces.",
            &[(UsForces, Injured), (PartnerForces, Injured)],
        );
        check(
            "There were no casualties among coalition and Iraqi troops.",
            &[(Other, Killed), (PartnerForces, Killed)],
        );
        check(
            "No deaths were recorded among the civilians living near the base.",
            &[(Civilians, Killed)],
        );
        check(
            "The army said there had been no casualties among its Iraqi soldiers.",
            &[(PartnerForces, Killed)],
        );
    }

    #[test]
    fn a_subject_that_suffered_none() {
        check("U.S. forces suffered no casualties.", &[(UsForces, Killed)]);
        check(
            "Iraqi troops sustained no injuries in the clash.",
            &[(PartnerForces, Injured)],
        );
        check(
            "American and Kurdish forces incurred no casualties, the statement said.",
            &[(UsForces, Killed), (PartnerForces, Killed)],
        );
        check(
            "The civilians in the market had no injuries.",
            &[(Civilians, Injured)],
        );
        check(
            "Peshmerga units took no casualties.",
            &[(PartnerForces, Killed)],
        );
        // No subject group: nothing.
        check("The convoy suffered no damage.", &[]);
    }

    #[test]
    fn a_denied_degree_of_harm_is_no_zero() {
        check("None of the Americans was seriously hurt.", &[]);
        check("No U.S. troops were badly wounded.", &[]);
        check("The soldiers were not critically injured.", &[]);
        check("No civilians were severely hurt, medics said.", &[]);
        check("Iraqi troops were not gravely wounded.", &[]);
        check("No U.S. troops were wounded.", &[(UsForces, Injured)]);
    }

    #[test]
    fn people_not_lost_are_none_killed() {
        check(
            "Trump said no U.S. personnel were lost.",
            &[(UsForces, Killed)],
        );
        check(
            "No Peshmerga fighters were lost in the clash.",
            &[(PartnerForces, Killed)],
        );
        check(
            "No civilians were lost, the governor said.",
            &[(Civilians, Killed)],
        );
        check(
            "No Iraqi soldiers have been lost in the operation.",
            &[(PartnerForces, Killed)],
        );
        check(
            "None of the U.S. sailors was lost at sea.",
            &[(UsForces, Killed)],
        );
        // Not a loss of people: ground or time lost, or "lost" with no auxiliary.
        check("No ground was lost to the militants.", &[]);
        check("No US troops lost their way.", &[]);
    }

    #[test]
    fn a_count_denied_is_no_zero() {
        check("The monitor gave no figure for militant casualties.", &[]);
        check("Officials released no toll of civilian dead.", &[]);
        check("There was no word on U.S. casualties.", &[]);
        check("The army has given no details of soldiers killed.", &[]);
        check("Police did not give any number of civilians wounded.", &[]);
        check("No estimate of ISIS fighters killed was available.", &[]);
        // A denied harm stays a zero.
        check(
            "The monitor said no civilians were killed.",
            &[(Civilians, Killed)],
        );
    }

    #[test]
    fn explicit_zeros_with_a_group() {
        check("There were no U.S. casualties.", &[(UsForces, Killed)]);
        check("No U.S. troops were wounded.", &[(UsForces, Injured)]);
        check(
            "Officials said no Americans were killed or wounded.",
            &[(UsForces, Killed), (UsForces, Injured)],
        );
        check(
            "It did not report any civilian casualties.",
            &[(Civilians, Killed)],
        );
        check(
            "There was no sign of civilian casualties in the raid.",
            &[(Civilians, Killed)],
        );
        check(
            "No civilians were believed to have been wounded or killed.",
            &[(Civilians, Injured), (Civilians, Killed)],
        );
        check(
            "U.S. troops and civilians were not wounded in the attack.",
            &[(UsForces, Injured), (Civilians, Injured)],
        );
        check(
            "There was no indication that any civilians were harmed.",
            &[(Civilians, Killed)],
        );
        check(
            "It was a mission with no US casualties.",
            &[(UsForces, Killed)],
        );
    }

    #[test]
    fn generic_military_nouns_name_the_articles_force() {
        let us = Actors {
            own_force: Some(UsForces),
            targets_militants: false,
            militants_named: false,
            carried: None,
            recalled: None,
            host: None,
            head_sides: Default::default(),
            speaker: None,
            allied_strikes: false,
        };
        let check_us = |input: &str, expected: &[(Group, Outcome)]| {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<(Group, Outcome)> = zeros_in(input, &toks, &us)
                .into_iter()
                .map(|f| (f.group.unwrap(), f.outcome))
                .collect();
            assert_eq!(got, expected, "{input}");
        };
        check_us("None of the soldiers were injured.", &[(UsForces, Injured)]);
        check_us(
            "No troops were killed or wounded.",
            &[(UsForces, Killed), (UsForces, Injured)],
        );
        check_us(
            "No personnel were hurt, the statement said.",
            &[(UsForces, Injured)],
        );
        // Another country's soldiers are other, never the article's force.
        check_us("No Russian soldiers were hurt.", &[(Other, Injured)]);
        check_us("The sailors were not injured.", &[(UsForces, Injured)]);
        check_us(
            "No casualties were reported among the SDF.",
            &[(PartnerForces, Killed)],
        );
        check_us(
            "There were no injuries to Peshmerga fighters.",
            &[(PartnerForces, Injured)],
        );
        check("No troops were hurt.", &[]);
    }

    #[test]
    fn a_denied_harm_may_stand_past_a_long_subject() {
        for (input, expected) in [
            (
                "None of the Syrian partner forces at the garrison were wounded either.",
                &[(PartnerForces, Injured)][..],
            ),
            (
                "No Iraqi soldiers at the checkpoint on the main road were hurt.",
                &[(PartnerForces, Injured)],
            ),
            (
                "None of the U.S. troops stationed at the small base were injured.",
                &[(UsForces, Injured)],
            ),
            (
                "No Peshmerga fighters guarding the villages near the river were killed.",
                &[(PartnerForces, Killed)],
            ),
            (
                "No civilians living in the houses around the depot were harmed.",
                &[(Civilians, Killed)],
            ),
        ] {
            check(input, expected);
        }
    }

    #[test]
    fn zeros_without_a_group_or_outcome_are_not_figures() {
        check("No damage or injuries were reported.", &[]);
        check("No U.S. helicopters were damaged.", &[]);
        check("There were no reports of casualties.", &[]);
        check("There is no higher priority.", &[]);
        check("The statement did not identify the leaders.", &[]);
        check("Key ISIS leaders (not pictured) were among the dead.", &[]);
    }

    #[test]
    fn none_of_its_people_are_the_force_the_pronoun_points_to() {
        let us = Actors {
            own_force: Some(UsForces),
            ..Actors::default()
        };
        for (input, group) in [
            (
                "A Jordanian army spokesman said none of its soldiers had been hurt.",
                Other,
            ),
            (
                "The SDF said none of its fighters were wounded.",
                PartnerForces,
            ),
            (
                "Iraqi commanders said none of their troops were killed.",
                PartnerForces,
            ),
            (
                "The Pentagon said none of its personnel were injured.",
                UsForces,
            ),
            ("ISIS claimed none of its members died.", Militants),
        ] {
            let toks = tokenize(input, 0..input.len());
            let got: Vec<Group> = zeros_in(input, &toks, &us)
                .iter()
                .filter_map(|f| f.group)
                .collect();
            assert_eq!(got, vec![group], "{input}");
        }
    }
}
