//! Numeric casualty figures in one sentence: a count (digits or number words) with its
//! qualifier, the noun phrase it counts, and the outcome the clause gives it.
//!
//! The clause grammar, in order of trust:
//! 1. the head noun names the outcome: "seven injuries to US troops";
//! 2. a verb stands just before the number: "killed nine", "killing at least 28",
//!    "injured 18";
//! 3. an outcome word follows in the clause: "15 fighters were killed",
//!    "twelve others dead", "37 killed";
//! 4. a number listed after "including" inherits the outcome of the figure it splits.
//!
//! Partitives and condition statements ("one of the wounded", "One of the three service
//! members wounded is in critical condition") are not figures.

use super::lexicon::{
    group_of, is_militant_marker, is_person_head, is_strike_word, outcome_noun,
    outcome_verb_before, outcome_word, qualifier_before,
};
use crate::extract::numbers::{looks_like_year, parse_count};
use crate::extract::words::Token;
use crate::extract::words::WordSet;
use crate::model::{Group, Outcome, Qualifier};
use std::ops::Range;

/// One figure found in a sentence, before its incident date is known.
#[derive(Debug, Clone, PartialEq)]
pub struct RawFigure {
    /// Byte range of the clause stating it.
    pub range: Range<usize>,
    /// Who, when the sentence says; `None` asks the caller to resolve an anaphor
    /// ("the three injuries") against earlier figures.
    pub group: Option<Group>,
    /// What happened to them.
    pub outcome: Outcome,
    /// How many.
    pub count: u32,
    /// How exact.
    pub qualifier: Qualifier,
    /// A short note ("hurt in falls", "including four senior leaders").
    pub note: Option<String>,
}

/// Words that end a noun phrase.
const NP_STOP: WordSet<50> = WordSet::new([
    "were",
    "lost",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "will",
    "would",
    "in",
    "on",
    "at",
    "with",
    "from",
    "by",
    "to",
    "of",
    "for",
    "during",
    "after",
    "among",
    "as",
    "across",
    "near",
    "inside",
    "including",
    "and",
    "or",
    "but",
    "while",
    "who",
    "which",
    "that",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "also",
    "reportedly",
    "then",
]);

/// Verbs of reporting, which end a noun phrase.
const REPORTING_VERBS: WordSet<11> = WordSet::new([
    "said",
    "says",
    "say",
    "told",
    "reported",
    "reports",
    "added",
    "confirmed",
    "announced",
    "stated",
    "claimed",
]);

/// Words that end the forward search for an outcome: a new clause begins.
const CLAUSE_STOP: WordSet<10> = WordSet::new([
    "where",
    "which",
    "who",
    "while",
    "but",
    "including",
    "although",
    "though",
    "because",
    "whereas",
]);

/// How many words the forward search for an outcome may look ahead.
const OUTCOME_REACH: usize = 20;

/// Where a count token stands and what it counts.
struct Count {
    /// First token index of the figure (qualifier included).
    from: usize,
    value: u32,
    qualifier: Qualifier,
}

/// True when token `i` reads as a count worth examining: a number, not a year, not a
/// partitive ("one of", "of the three").
fn count_at(text: &str, toks: &[Token], i: usize) -> Option<(u32, bool)> {
    let t = &toks[i];
    if !t.is_word {
        return None;
    }
    // The count first: most words are none, and it is kept on the token.
    let value = t.count.or_else(|| listed_article(toks, i))?;
    if looks_like_year(t.raw(text)) {
        return None;
    }
    let next = toks.get(i + 1).map(|t| t.norm.as_str());
    if matches!(next, Some(":" | "%" | "percent" | "-" | "/"))
        || next == Some("of") && partitive_object(toks, i).is_none()
    {
        return None;
    }
    let prev = |k: usize| {
        i.checked_sub(k)
            .and_then(|j| toks.get(j))
            .map(|t| t.norm.as_str())
    };
    if prev(1) == Some("of") || (prev(2) == Some("of") && prev(1) == Some("the")) {
        return None;
    }
    if matches!(
        prev(1),
        Some("$" | "£" | "€" | ":" | "aged" | "no" | "number")
    ) {
        return None;
    }
    // An age after a name: "Smith, 46, was killed".
    let name_before = i
        .checked_sub(2)
        .and_then(|j| toks.get(j))
        .is_some_and(|t| t.is_word && t.raw(text).starts_with(char::is_uppercase));
    if prev(1) == Some(",") && next == Some(",") && name_before {
        return None;
    }
    // A day of a month ("Sept. 16", "September 24") is a date, not a count.
    let month_before = match prev(1) {
        Some(".") => prev(2),
        other => other,
    };
    if month_before.is_some_and(is_month_name) {
        return None;
    }
    let anaphoric = matches!(prev(1), Some("the" | "these" | "those"));
    Some((value, anaphoric))
}

/// After an outcome verb, "killed three of the attackers" counts the attackers: the
/// token index where the noun phrase after "of the" starts. Other partitives ("one of
/// the wounded", "two of his sons") are not counts.
fn partitive_object(toks: &[Token], i: usize) -> Option<usize> {
    let verb = i
        .checked_sub(1)
        .and_then(|p| outcome_verb_before(&toks[p].norm));
    let of = toks.get(i + 1).is_some_and(|t| t.norm == "of");
    let det = toks
        .get(i + 2)
        .is_some_and(|t| matches!(t.norm.as_str(), "the" | "their"));
    (verb.is_some() && of && det).then_some(i + 3)
}

/// "a"/"an" counts one in a list of casualties: "two soldiers and a civilian wounded".
fn listed_article(toks: &[Token], i: usize) -> Option<u32> {
    if !matches!(toks[i].norm.as_str(), "a" | "an") {
        return None;
    }
    let after_and = i
        .checked_sub(1)
        .is_some_and(|p| toks[p].norm == "and" || toks[p].is_punct(','));
    let listed = toks[..i.saturating_sub(1)]
        .iter()
        .rev()
        .take(6)
        .any(|t| t.count.is_some_and(|n| n > 0));
    let head = toks[i + 1..]
        .iter()
        .take(2)
        .any(|t| is_person_head(&t.norm));
    (after_and && listed && head).then_some(1)
}

/// True when a death toll stands just before the number ("the death toll rose to 40").
/// The toll may name whose it is: "the death toll among the Peshmerga rose to four".
fn toll_before(toks: &[Token], from: usize) -> bool {
    toll_at(toks, from).is_some()
}

/// The index of the "toll" of [`toll_before`].
fn toll_at(toks: &[Token], from: usize) -> Option<usize> {
    let lo = from.saturating_sub(10);
    let words: Vec<usize> = (lo..from)
        .rev()
        .filter(|&k| toks[k].is_word)
        .take(6)
        .collect();
    let at = words.iter().position(|&k| toks[k].norm == "toll")?;
    // Further than four words back only across "among …" naming whose toll it is.
    let among = words[..at].iter().any(|&k| toks[k].norm == "among");
    (at < 4 || among).then_some(words[at])
}

/// The group a toll names before its number: "the death toll among the Peshmerga".
fn toll_group(text: &str, toks: &[Token], from: usize) -> Option<Group> {
    let toll = toll_at(toks, from)?;
    let among = (toll + 1..from).find(|&k| toks[k].norm == "among")?;
    let words: Vec<&Token> = toks[among + 1..from].iter().collect();
    group_of(text, &words)
}

/// Words between a bare number and its outcome: "14 were wounded".
const AUXILIARIES: WordSet<9> = WordSet::new([
    "were", "was", "are", "is", "have", "has", "had", "been", "also",
]);

/// The outcome of "among the dead were 5 children", "among the wounded: two girls".
fn among_before(toks: &[Token], from: usize) -> Option<Outcome> {
    let words: Vec<&Token> = toks[from.saturating_sub(8)..from]
        .iter()
        .filter(|t| t.is_word)
        .collect();
    let n = words.len();
    let tail: Vec<&str> = words[n.saturating_sub(4)..]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    let at = tail.iter().position(|w| *w == "among")?;
    match tail.get(at + 1..) {
        Some(["the", w, ..]) | Some([w, ..]) => outcome_word(w),
        _ => None,
    }
}

/// True for a month name or its abbreviation (`sept`, `oct`, `december`).
fn is_month_name(w: &str) -> bool {
    const MONTHS: WordSet<24> = WordSet::new([
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]);
    MONTHS.contains(w)
}

/// The noun phrase after a count: token indexes of its words (quotes and parentheses
/// skipped) and the index after it.
fn noun_phrase(text: &str, toks: &[Token], from: usize) -> (Vec<usize>, usize) {
    let mut words = Vec::new();
    let mut j = from;
    let mut depth = 0usize;
    // Bounded: a long parenthesis never makes the scan quadratic.
    while j < toks.len() && words.len() < 6 && j < from + 24 {
        let t = &toks[j];
        if !t.is_word {
            match t.norm.as_str() {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                "\"" | "“" | "”" | "‘" | "’" | "'" => {}
                _ if depth > 0 => {}
                _ => break,
            }
            j += 1;
            continue;
        }
        if depth > 0 {
            j += 1;
            continue;
        }
        let w = t.norm.as_str();
        // "IS" in capitals names the group ("three IS militants"), not the verb.
        let group_is = t.raw(text) == "IS";
        if !group_is && NP_STOP.contains(w)
            || outcome_word(w).is_some() && outcome_noun(w).is_none()
        {
            break;
        }
        // Another number or a reporting verb starts a new phrase: "Two officials said
        // three soldiers …".
        if parse_count(w).is_some() || REPORTING_VERBS.contains(w) {
            break;
        }
        words.push(j);
        j += 1;
        if outcome_noun(w).is_some() {
            break;
        }
    }
    (words, j)
}

/// The outcomes an outcome word at `k` gives, with "killed or wounded" giving both.
fn outcomes_at(toks: &[Token], k: usize) -> Vec<Outcome> {
    let mut out = Vec::new();
    let lost_lives = toks[k].norm == "lost"
        && toks.get(k + 1).is_some_and(|t| t.norm == "their")
        && toks.get(k + 2).is_some_and(|t| t.norm == "lives");
    if lost_lives {
        return vec![Outcome::Killed];
    }
    if let Some(o) = outcome_word(&toks[k].norm) {
        out.push(o);
        let joined = toks
            .get(k + 1)
            .is_some_and(|t| t.norm == "or" || t.norm == "and");
        if let Some(o2) = joined
            .then(|| toks.get(k + 2).and_then(|t| outcome_word(&t.norm)))
            .flatten()
        {
            if o2 != o {
                out.push(o2);
            }
        }
    }
    out
}

/// Looks forward from `from` for the outcome of a figure; stops at a new clause, at
/// another count, or after [`OUTCOME_REACH`] words. Returns the outcomes and the index
/// of the outcome word.
fn outcome_after(text: &str, toks: &[Token], from: usize) -> Option<(Vec<Outcome>, usize)> {
    let mut seen = 0;
    // An aside between commas ("Five people, including two children, were killed")
    // is stepped over: the subject's outcome follows it.
    let mut in_aside = false;
    for k in from..toks.len().min(from + 3 * OUTCOME_REACH) {
        let t = &toks[k];
        if in_aside {
            if t.is_punct(',') {
                in_aside = false;
            } else if t.is_punct(';') || t.is_punct('.') {
                return None;
            }
            continue;
        }
        if t.norm == "including"
            && k > 0
            && toks[k - 1].is_punct(',')
            && toks[k + 1..].iter().take(12).any(|x| x.is_punct(','))
        {
            in_aside = true;
            continue;
        }
        if !t.is_word {
            if matches!(t.norm.as_str(), ";" | ":" | "—" | "–" | "?" | "!") {
                return None;
            }
            continue;
        }
        seen += 1;
        if seen > OUTCOME_REACH || CLAUSE_STOP.contains(&t.norm) {
            return None;
        }
        if count_at(text, toks, k).is_some() && t.count.is_some_and(|n| n > 0) {
            return None;
        }
        let outs = outcomes_at(toks, k);
        if !outs.is_empty() {
            return Some((outs, k));
        }
    }
    None
}

/// A short cause note after a sub-total's outcome: "hurt in falls".
fn cause_note(text: &str, toks: &[Token], outcome_at: usize) -> Option<String> {
    let prep = toks.get(outcome_at + 1)?;
    if !matches!(prep.norm.as_str(), "in" | "by" | "from") {
        return None;
    }
    let mut end = outcome_at + 1;
    for (k, t) in toks.iter().enumerate().skip(outcome_at + 2).take(3) {
        if !t.is_word || NP_STOP.contains(&t.norm) && t.norm != "the" {
            break;
        }
        end = k;
    }
    (end > outcome_at + 1 && end - outcome_at <= 3)
        .then(|| text[toks[outcome_at].range.start..toks[end].range.end].to_string())
}

/// True when the sentence aims an attack at militants, so unqualified "people" killed
/// in it count as militants (guidelines).
fn militant_context(text: &str, toks: &[Token]) -> bool {
    toks.iter().any(|t| is_militant_marker(text, t)) && toks.iter().any(|t| is_strike_word(&t.norm))
}

/// Every numeric casualty figure of one sentence, in text order.
pub fn figures(text: &str, toks: &[Token]) -> Vec<RawFigure> {
    let mut out: Vec<RawFigure> = Vec::new();
    // The figure an "including" list splits, while the list runs.
    let mut parent: Option<usize> = None;
    let mut including_at: Option<usize> = None;
    // Whether the sentence aims an attack at militants, computed once when needed.
    let mut context: Option<bool> = None;
    for i in 0..toks.len() {
        if toks[i].norm == "including" {
            parent = out.len().checked_sub(1);
            including_at = Some(i);
            continue;
        }
        if toks[i].is_punct(';') {
            parent = None;
        }
        let Some((value, anaphoric)) = count_at(text, toks, i) else {
            continue;
        };
        let before: Vec<&str> = toks[..i]
            .iter()
            .rev()
            .take(3)
            .rev()
            .map(|t| t.norm.as_str())
            .collect();
        let (qualifier, qwords) = qualifier_before(&before);
        let count = Count {
            from: i.saturating_sub(qwords + usize::from(anaphoric)),
            value,
            qualifier,
        };
        let np_start = if toks.get(i + 1).is_some_and(|t| t.norm == "of") {
            partitive_object(toks, i).unwrap_or(i + 1)
        } else {
            i + 1
        };
        let (np, np_end) = noun_phrase(text, toks, np_start);
        let head = np
            .iter()
            .rev()
            .find(|&&k| is_person_head(&toks[k].norm) || outcome_noun(&toks[k].norm).is_some())
            .copied();
        let verb_before = count
            .from
            .checked_sub(1)
            .and_then(|k| outcome_verb_before(&toks[k].norm))
            .or_else(|| toll_before(toks, count.from).then_some(Outcome::Killed))
            .or_else(|| among_before(toks, count.from));
        // "37 killed", "14 were wounded", "4 dead": a bare number with its outcome.
        let next_word = toks[np_end.min(toks.len())..]
            .iter()
            .filter(|t| t.is_word)
            .take(4)
            .find(|t| !AUXILIARIES.contains(&t.norm))
            .map(|t| t.norm.as_str());
        let headless_outcome = np.is_empty() && next_word.and_then(outcome_word).is_some();
        if head.is_none() && verb_before.is_none() && !headless_outcome {
            continue;
        }
        if head.is_none() && !np.is_empty() {
            continue;
        }
        // Outcome, by the clause grammar in the module doc.
        let noun_outcome = head.and_then(|k| outcome_noun(&toks[k].norm));
        let in_list = parent.is_some() && including_at.is_some_and(|at| at < i);
        let mut outcome_end = np_end.saturating_sub(1).max(i);
        let outcomes: Vec<Outcome> = if let Some(o) = noun_outcome {
            vec![o]
        } else if let Some(o) = verb_before {
            vec![o]
        } else if let Some((o, k)) = outcome_after(text, toks, np_end) {
            outcome_end = k;
            o
        } else if let Some(p) = parent.filter(|_| in_list) {
            vec![out[p].outcome]
        } else {
            continue;
        };
        // Group.
        let np_tokens: Vec<&Token> = np.iter().map(|&k| &toks[k]).collect();
        let head_word = head.map(|k| toks[k].norm.as_str()).unwrap_or("");
        let mut group = group_of(text, &np_tokens);
        if group.is_none() && noun_outcome.is_some() {
            // "seven injuries to US troops": the group follows the noun.
            if toks
                .get(np_end)
                .is_some_and(|t| t.norm == "to" || t.norm == "among")
            {
                let (np2, _) = noun_phrase(text, toks, np_end + 1);
                let np2: Vec<&Token> = np2.iter().map(|&k| &toks[k]).collect();
                group = group_of(text, &np2);
            }
            if group.is_none() && !anaphoric {
                group = Some(Group::Other);
            }
        } else if group.is_none() && head_word == "others" {
            // "two others" inherits the group of the figure before it.
            group = Some(if in_list {
                Group::Other
            } else {
                out.last().and_then(|f| f.group).unwrap_or(Group::Other)
            });
        } else if group.is_none() && np.is_empty() {
            let after_and = count
                .from
                .checked_sub(1)
                .is_some_and(|k| toks[k].norm == "and");
            let lead: Vec<&Token> = toks[count.from.saturating_sub(6)..count.from]
                .iter()
                .collect();
            group = if let Some(g) = toll_group(text, toks, count.from) {
                Some(g)
            } else if after_and && headless_outcome && !out.is_empty() {
                // "Two soldiers were killed and five wounded": the same people.
                out.last().and_then(|f| f.group)
            } else if headless_outcome && lead.iter().any(|t| is_militant_marker(text, t)) {
                // "Daesh terrorists among 37 killed": the group stands before the number.
                Some(Group::Militants)
            } else {
                Some(Group::Other)
            };
        } else if group.is_none() {
            let people = matches!(
                head_word,
                "people"
                    | "persons"
                    | "individuals"
                    | "person"
                    | "individual"
                    | "leaders"
                    | "leader"
                    | "commanders"
                    | "men"
            );
            let aimed = *context.get_or_insert_with(|| militant_context(text, toks));
            group = Some(if people && aimed {
                Group::Militants
            } else {
                Group::Other
            });
        }
        let start = toks[count.from].range.start;
        let end = toks[outcome_end
            .max(np_end.saturating_sub(1))
            .min(toks.len() - 1)]
        .range
        .end;
        let note = if head_word == "others" {
            outcome_after(text, toks, np_end).and_then(|(_, k)| cause_note(text, toks, k))
        } else {
            None
        };
        // A subset of the same group goes into its parent's note.
        if let (true, Some(p)) = (in_list, parent) {
            if out[p].group == group {
                let from = including_at.map_or(start, |at| toks[at].range.start);
                let phrase = text[from..end].to_string();
                let note = out[p].note.take();
                out[p].note = Some(match note {
                    Some(n) => format!("{n}; {phrase}"),
                    None => phrase,
                });
                continue;
            }
        }
        for outcome in outcomes {
            out.push(RawFigure {
                range: start..end,
                group,
                outcome,
                count: count.value,
                qualifier: count.qualifier,
                note: note.clone(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    /// (group, outcome, count, qualifier) of every figure.
    type Row = (Option<Group>, Outcome, u32, Qualifier);

    fn check(input: &str, expected: &[Row]) {
        let toks = tokenize(input, 0..input.len());
        let got: Vec<Row> = figures(input, &toks)
            .into_iter()
            .map(|f| (f.group, f.outcome, f.count, f.qualifier))
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    use Group::*;
    use Outcome::*;
    use Qualifier::*;

    #[test]
    fn counts_with_qualifiers_groups_and_outcomes() {
        check(
            "AT least 15 ISIS terrorists armed with rifles have been killed.",
            &[(Some(Militants), Killed, 15, AtLeast)],
        );
        check(
            "Seven US soldiers were injured; officials said strikes killed key members.",
            &[(Some(UsForces), Injured, 7, Exact)],
        );
        check(
            "The raid resulted in seven injuries to US troops.",
            &[(Some(UsForces), Injured, 7, Exact)],
        );
        check(
            "Thirty-seven militants linked to the group were killed in two strikes.",
            &[(Some(Militants), Killed, 37, Exact)],
        );
        check(
            "A blast wounds 3 U.S. service members, officials say.",
            &[(Some(UsForces), Injured, 3, Exact)],
        );
        check(
            "Two “armed individuals” were also killed.",
            &[(Some(Militants), Killed, 2, Exact)],
        );
    }

    #[test]
    fn non_casualty_numbers_are_ignored() {
        check("Roughly 2,500 US soldiers are stationed in Iraq.", &[]);
        check("A coalition of more than 80 countries formed.", &[]);
        check(
            "In comparison to 121 strikes in 2023, ISIS claimed 153 attacks.",
            &[],
        );
        check("It struck three sites at 8:45 p.m. and killed many.", &[]);
        check(
            "One of the three service members wounded is in critical condition.",
            &[],
        );
        check("One of the wounded was evacuated.", &[]);
        check("He died three years after the war.", &[]);
    }

    #[test]
    fn sub_totals_and_subsets() {
        check(
            "Five US soldiers were wounded and two others were hurt in falls.",
            &[
                (Some(UsForces), Injured, 5, Exact),
                (Some(UsForces), Injured, 2, Exact),
            ],
        );
        check(
            "Medics said 13 people had been killed, including six children and four women.",
            &[
                (Some(Other), Killed, 13, Exact),
                (Some(Civilians), Killed, 6, Exact),
                (Some(Civilians), Killed, 4, Exact),
            ],
        );
        check(
            "A strike on an ISIS camp killed at least 28 people, including four senior leaders.",
            &[(Some(Militants), Killed, 28, AtLeast)],
        );
        check(
            "The strikes killed one militant and injured 18, police said.",
            &[
                (Some(Militants), Killed, 1, Exact),
                (Some(Other), Injured, 18, Exact),
            ],
        );
        check(
            "Besides the leader, the blast left twelve others dead.",
            &[(Some(Other), Killed, 12, Exact)],
        );
        check(
            "Daesh terrorists among 37 killed in airstrikes",
            &[(Some(Militants), Killed, 37, Exact)],
        );
        check(
            "at least six children were killed and one girl was badly injured",
            &[
                (Some(Civilians), Killed, 6, AtLeast),
                (Some(Civilians), Injured, 1, Exact),
            ],
        );
    }

    #[test]
    fn lists_tolls_and_idioms() {
        check(
            "Two Iraqi soldiers and a civilian were wounded.",
            &[
                (Some(PartnerForces), Injured, 2, Exact),
                (Some(Civilians), Injured, 1, Exact),
            ],
        );
        check(
            "The death toll rose to 40, officials said.",
            &[(Some(Other), Killed, 40, Exact)],
        );
        check(
            "More than 100 people lost their lives.",
            &[(Some(Other), Killed, 100, MoreThan)],
        );
        check(
            "At least 20 people were killed and 35 wounded in the blast.",
            &[
                (Some(Other), Killed, 20, AtLeast),
                (Some(Other), Injured, 35, Exact),
            ],
        );
        check(
            "Three militants were captured near the border.",
            &[(Some(Militants), Captured, 3, Exact)],
        );
        check(
            "Five people, including two children, were killed.",
            &[
                (Some(Other), Killed, 5, Exact),
                (Some(Civilians), Killed, 2, Exact),
            ],
        );
        check(
            "Two Iraqi soldiers were killed and five wounded.",
            &[
                (Some(PartnerForces), Killed, 2, Exact),
                (Some(PartnerForces), Injured, 5, Exact),
            ],
        );
        check(
            "Eight soldiers died and 14 were wounded when a bomb hit them.",
            &[
                (Some(Other), Killed, 8, Exact),
                (Some(Other), Injured, 14, Exact),
            ],
        );
        check(
            "Among the dead were five children, medics said.",
            &[(Some(Civilians), Killed, 5, Exact)],
        );
        check(
            "Airstrikes killed 25 Palestinians overnight.",
            &[(Some(Other), Killed, 25, Exact)],
        );
        check(
            "3 killed, 5 injured in market attack",
            &[
                (Some(Other), Killed, 3, Exact),
                (Some(Other), Injured, 5, Exact),
            ],
        );
        check(
            "Police said 7 suspects were arrested.",
            &[(Some(Other), Captured, 7, Exact)],
        );
        check(
            "Two officials said three soldiers were killed.",
            &[(Some(Other), Killed, 3, Exact)],
        );
        check(
            "ISIS said it carried out the bombing in the busy market, where 5 were killed.",
            &[(Some(Other), Killed, 5, Exact)],
        );
        check("A soldier was killed, and a car burned.", &[]);
        check(
            "Troops killed three of the attackers and captured two others.",
            &[
                (Some(Militants), Killed, 3, Exact),
                (Some(Militants), Captured, 2, Exact),
            ],
        );
        check("One of the three wounded is in critical condition.", &[]);
        check(
            "Iraqi troops arrested four IS militants in Fallujah.",
            &[(Some(Militants), Captured, 4, Exact)],
        );
        check(
            "The death toll among the Peshmerga rose to six.",
            &[(Some(PartnerForces), Killed, 6, Exact)],
        );
        check("Smith, 46, was killed in the blast.", &[]);
        check("No one was hurt.", &[]);
    }

    #[test]
    fn anaphoric_injuries_leave_the_group_open() {
        check(
            "The minister confirmed the three injuries.",
            &[(None, Injured, 3, Exact)],
        );
    }

    #[test]
    fn cause_note_of_a_sub_total() {
        let s = "Five soldiers were wounded and two others were hurt in falls.";
        let toks = tokenize(s, 0..s.len());
        let f = figures(s, &toks);
        assert_eq!(f[1].note.as_deref(), Some("hurt in falls"));
    }
}
