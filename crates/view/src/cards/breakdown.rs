//! Breakdowns: an article that gives a total and then its parts ("Seven US soldiers
//! were injured … Five were wounded … two others were hurt in falls") states one
//! figure, 7, not three competing ones. The parts are taken out of the line's
//! comparison and shown as "7 injured = 5 wounded + 2 hurt in falls".
//!
//! Rule: within one article and one (group, outcome), a figure T is a total when a
//! set of at least two *later*, smaller, exact figures (one per distinct count and
//! label, repeats merged) sums to exactly T. The largest such T wins.

use super::labels::{join_and, outcome_label};
use crate::model::{Casualty, Mention, Outcome, Qualifier};

/// Most distinct component figures searched for a sum (2^16 subsets at worst).
const MAX_COMPONENTS: usize = 16;

/// A total split into parts, as one or more sources state it.
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// The total the parts make up, as the first source giving the breakdown states it.
    pub total: u32,
    /// The outcome word for the total ("injured").
    pub outcome: String,
    /// The parts, in the order the first source states them.
    pub parts: Vec<Part>,
    /// True when every source giving a breakdown gives the same parts and they add up
    /// to the line's reconciled value; false flags a breakdown that does not fit.
    pub consistent: bool,
    /// Display names of the sources that give this breakdown.
    pub sources: Vec<String>,
    /// Sources that split the figure into other parts: (source name, its parts).
    pub differing: Vec<(String, Vec<Part>)>,
}

/// One part of a breakdown: "5 wounded", "2 hurt in falls".
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// How many.
    pub count: u32,
    /// What the part is: the figure's note, else the outcome word its sentence uses.
    pub label: String,
    /// Ids of the statements giving this part, across sources.
    pub casualty_ids: Vec<String>,
    /// Sentence spans of those statements, parallel to `casualty_ids`.
    pub spans: Vec<Mention>,
}

impl Breakdown {
    /// "7 injured = 5 wounded + 2 hurt in falls".
    pub fn render(&self) -> String {
        let parts: Vec<String> = self.parts.iter().map(Part::render).collect();
        format!("{} {} = {}", self.total, self.outcome, parts.join(" + "))
    }

    /// The parts as prose: "5 wounded and 2 hurt in falls".
    pub fn parts_text(&self) -> String {
        let parts: Vec<String> = self.parts.iter().map(Part::render).collect();
        join_and(&parts)
    }

    /// What the differing sources say, as prose: "Al Jazeera gives 4 wounded and 3
    /// hurt in falls"; empty when every source agrees.
    pub fn differing_text(&self) -> String {
        let each: Vec<String> = self
            .differing
            .iter()
            .map(|(source, parts)| {
                let parts: Vec<String> = parts.iter().map(Part::render).collect();
                format!("{source} gives {}", join_and(&parts))
            })
            .collect();
        each.join("; ")
    }

    /// The sum of the parts.
    pub fn sum(&self) -> u32 {
        self.parts.iter().map(|p| p.count).sum()
    }
}

impl Part {
    /// "5 wounded".
    pub fn render(&self) -> String {
        format!("{} {}", self.count, self.label)
    }
}

/// One article's breakdown: the total and its parts, each part with all its statements.
#[derive(Debug, Clone)]
pub(crate) struct Split<'a> {
    pub total: u32,
    pub parts: Vec<(u32, String, Vec<&'a Casualty>)>,
}

/// The label of a component figure: its note, else the first outcome word in its text.
pub(crate) fn part_label(c: &Casualty) -> String {
    if let Some(note) = c.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        return note.to_string();
    }
    let words: &[&str] = match c.outcome {
        Outcome::Killed => &["killed", "dead", "died"],
        Outcome::Injured => &["wounded", "injured", "hurt"],
        Outcome::Captured => &["captured", "detained", "arrested"],
    };
    let text = c.text.to_lowercase();
    words
        .iter()
        .filter_map(|w| text.find(w).map(|at| (at, *w)))
        .min()
        .map(|(_, w)| w.to_string())
        .unwrap_or_else(|| outcome_label(c.outcome).to_string())
}

/// Splits one article's figures for one line (in text order) into the figures it
/// states as its own and, when present, the breakdown of its total.
pub(crate) fn split<'a>(figs: &[&'a Casualty]) -> (Vec<&'a Casualty>, Option<Split<'a>>) {
    let mut totals: Vec<u32> = figs.iter().map(|c| c.count).filter(|n| *n > 0).collect();
    // Largest first; the plain integer sort shares its code with the other `u32` sorts.
    totals.sort_unstable();
    totals.reverse();
    totals.dedup();
    for total in totals {
        let Some(first) = figs.iter().position(|c| c.count == total) else {
            continue;
        };
        // Distinct later components, repeats merged by (count, label).
        let mut comps: Vec<(u32, String, Vec<&'a Casualty>)> = Vec::new();
        for c in &figs[first + 1..] {
            if c.count == 0 || c.count >= total || c.qualifier != Qualifier::Exact {
                continue;
            }
            let label = part_label(c);
            match comps
                .iter_mut()
                .find(|(n, l, _)| *n == c.count && *l == label)
            {
                Some(entry) => entry.2.push(c),
                None => comps.push((c.count, label, vec![*c])),
            }
        }
        if comps.len() < 2 || comps.len() > MAX_COMPONENTS {
            continue;
        }
        if let Some(mask) = best_subset(&comps, total) {
            let parts: Vec<_> = comps
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, p)| p)
                .collect();
            let used: Vec<&Casualty> = parts.iter().flat_map(|p| p.2.iter().copied()).collect();
            let rest = figs
                .iter()
                .copied()
                .filter(|c| !used.iter().any(|u| std::ptr::eq(*u, *c)))
                .collect();
            return (rest, Some(Split { total, parts }));
        }
    }
    (figs.to_vec(), None)
}

/// The subset of at least two components summing to `total`, preferring more parts.
fn best_subset(comps: &[(u32, String, Vec<&Casualty>)], total: u32) -> Option<u32> {
    (0u32..(1 << comps.len()))
        .filter(|m| m.count_ones() >= 2)
        .filter(|m| {
            let sum: u64 = (0..comps.len())
                .filter(|i| m & (1 << i) != 0)
                .map(|i| u64::from(comps[i].0))
                .sum();
            sum == u64::from(total)
        })
        .max_by_key(|m| (m.count_ones(), std::cmp::Reverse(*m)))
}

/// Merges the breakdowns of several sources of one line into the one the card shows.
/// Sources giving the same parts (by count) add their statements to those parts;
/// a source giving other parts is kept in `differing`. `point` is the line's
/// reconciled single value, if it has one.
pub(crate) fn merge(
    splits: Vec<(String, Split<'_>)>,
    outcome: Outcome,
    point: Option<u32>,
) -> Option<Breakdown> {
    let mut iter = splits.into_iter();
    let (first_source, first) = iter.next()?;
    let mut parts: Vec<Part> = first.parts.iter().map(to_part).collect();
    let mut sources = vec![first_source];
    let mut differing: Vec<(String, Vec<Part>)> = Vec::new();
    let counts = |s: &Split| {
        let mut v: Vec<u32> = s.parts.iter().map(|p| p.0).collect();
        v.sort_unstable();
        v
    };
    let reference = counts(&first);
    for (source, split) in iter {
        if counts(&split) != reference || split.total != first.total {
            differing.push((source, split.parts.iter().map(to_part).collect()));
            continue;
        }
        let mut used = vec![false; parts.len()];
        for (count, label, figs) in &split.parts {
            // Same count, preferring the same label; the multisets match, so one is free.
            let slot = (0..parts.len())
                .filter(|i| !used[*i] && parts[*i].count == *count)
                .max_by_key(|i| (parts[*i].label == *label, std::cmp::Reverse(*i)));
            if let Some(i) = slot {
                used[i] = true;
                for c in figs {
                    parts[i].casualty_ids.push(c.id.clone());
                    parts[i].spans.push(mention(c));
                }
            }
        }
        if !sources.contains(&source) {
            sources.push(source);
        }
    }
    let sum: u32 = parts.iter().map(|p| p.count).sum();
    Some(Breakdown {
        total: first.total,
        outcome: outcome_label(outcome).to_string(),
        parts,
        consistent: differing.is_empty() && point == Some(sum),
        sources,
        differing,
    })
}

fn to_part((count, label, figs): &(u32, String, Vec<&Casualty>)) -> Part {
    Part {
        count: *count,
        label: label.clone(),
        casualty_ids: figs.iter().map(|c| c.id.clone()).collect(),
        spans: figs.iter().map(|c| mention(c)).collect(),
    }
}

fn mention(c: &Casualty) -> Mention {
    Mention {
        article: c.article.clone(),
        start: c.start,
        end: c.end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Group;

    fn fig(start: usize, count: u32, text: &str, note: Option<&str>) -> Casualty {
        Casualty {
            article: "a".into(),
            start,
            end: start + text.chars().count(),
            text: text.into(),
            group: Group::UsForces,
            outcome: Outcome::Injured,
            count,
            qualifier: Qualifier::Exact,
            incident_date: None,
            note: note.map(String::from),
            who: None,
            id: format!("a:c{start}"),
            event: None,
        }
    }

    #[test]
    fn total_followed_by_summing_parts_is_a_breakdown() {
        let a = fig(0, 7, "Seven injured", None);
        let b = fig(10, 7, "Seven US troops were injured", None);
        let c = fig(20, 5, "Five US soldiers were wounded", None);
        let d = fig(
            30,
            2,
            "two others were hurt in falls",
            Some("hurt in falls"),
        );
        let (rest, split) = split(&[&a, &b, &c, &d]);
        let split = split.expect("a breakdown");
        assert_eq!(split.total, 7);
        let labels: Vec<_> = split.parts.iter().map(|p| (p.0, p.1.as_str())).collect();
        assert_eq!(labels, vec![(5, "wounded"), (2, "hurt in falls")]);
        assert_eq!(rest.iter().map(|c| c.count).collect::<Vec<_>>(), vec![7, 7]);
    }

    #[test]
    fn parts_before_the_total_or_not_summing_are_not_a_breakdown() {
        let c = fig(0, 5, "Five wounded", None);
        let d = fig(10, 2, "two hurt", None);
        let a = fig(20, 7, "Seven injured", None);
        assert!(split(&[&c, &d, &a]).1.is_none());
        let e = fig(30, 3, "three hurt", None);
        let (rest, s) = split(&[&a, &c, &e]);
        assert!(s.is_none());
        assert_eq!(rest.len(), 3);
    }

    #[test]
    fn renders_as_an_equation_and_as_prose() {
        let c = fig(20, 5, "Five were wounded", None);
        let d = fig(30, 2, "two hurt in falls", Some("hurt in falls"));
        let a = fig(0, 7, "Seven injured", None);
        let (_, s) = split(&[&a, &c, &d]);
        let b = merge(
            vec![("The Sun".into(), s.unwrap())],
            Outcome::Injured,
            Some(7),
        )
        .unwrap();
        assert_eq!(b.render(), "7 injured = 5 wounded + 2 hurt in falls");
        assert_eq!(b.parts_text(), "5 wounded and 2 hurt in falls");
        assert!(b.consistent);
    }
}
