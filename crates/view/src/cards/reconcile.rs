//! Reconciliation: the one value (or range) a line shows, from the figures its
//! sources give, with a one-line rule saying how it was reached.
//!
//! Rules, in order:
//! 1. every figure is 0 → [`Reconciled::Zero`] (an explicit "none", not missing data);
//! 2. one exact value that every other figure fits ("at least 15" fits 15) →
//!    [`Reconciled::Agree`];
//! 3. no exact value, one "about" value the others fit → [`Reconciled::Approximate`];
//! 4. only lower bounds → the highest, [`Reconciled::LowerBound`];
//!    only upper bounds → the lowest, [`Reconciled::UpperBound`];
//!    both, compatible → [`Reconciled::Range`] between them;
//! 5. anything else (different exact values, a bound an exact value breaks) →
//!    [`Reconciled::Range`] from the smallest to the largest count, with a discrepancy.

use super::labels::join_and;
use super::source::SourceFigure;
use crate::model::{Group, Outcome, Qualifier};

/// The value a line shows after comparing its sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reconciled {
    /// All sources fit one exact value ("15 — 2 sources agree").
    Agree {
        /// The value.
        value: u32,
        /// How many sources (articles) give or fit it.
        sources: usize,
    },
    /// Only lower bounds are known; the highest ("at least 5").
    LowerBound {
        /// The bound as written.
        value: u32,
        /// True for "more than" (the value itself is excluded).
        strict: bool,
    },
    /// Only upper bounds are known; the lowest ("up to 5").
    UpperBound {
        /// The bound as written.
        value: u32,
    },
    /// Only approximate figures, all about the same value ("about 5").
    Approximate {
        /// The value.
        value: u32,
        /// How many sources give it.
        sources: usize,
    },
    /// Sources differ, or only bound the value from both sides ("7–9").
    Range {
        /// Smallest value.
        min: u32,
        /// Largest value.
        max: u32,
    },
    /// Every source explicitly reports none ("no civilian casualties reported").
    Zero {
        /// How many sources say so.
        sources: usize,
    },
}

impl Reconciled {
    /// The string for the UI's `data-value` test hook: `15`, `0`, or `7-9` for a range.
    pub fn data_value(&self) -> String {
        match *self {
            Reconciled::Agree { value, .. }
            | Reconciled::LowerBound { value, .. }
            | Reconciled::UpperBound { value }
            | Reconciled::Approximate { value, .. } => value.to_string(),
            Reconciled::Range { min, max } => format!("{min}-{max}"),
            Reconciled::Zero { .. } => "0".to_string(),
        }
    }

    /// The value as a card shows it big: "15", "at least 5", "about 5", "7–9", "0".
    pub fn label(&self) -> String {
        match *self {
            Reconciled::Agree { value, .. } => value.to_string(),
            Reconciled::LowerBound {
                value,
                strict: false,
            } => format!("at least {value}"),
            Reconciled::LowerBound {
                value,
                strict: true,
            } => format!("more than {value}"),
            Reconciled::UpperBound { value } => format!("up to {value}"),
            Reconciled::Approximate { value, .. } => format!("about {value}"),
            Reconciled::Range { min, max } => format!("{min}–{max}"),
            Reconciled::Zero { .. } => "0".to_string(),
        }
    }

    /// The single value this stands for, when there is one (used to check breakdowns).
    pub fn point(&self) -> Option<u32> {
        match *self {
            Reconciled::Agree { value, .. }
            | Reconciled::LowerBound { value, .. }
            | Reconciled::UpperBound { value }
            | Reconciled::Approximate { value, .. } => Some(value),
            Reconciled::Zero { .. } => Some(0),
            Reconciled::Range { .. } => None,
        }
    }
}

/// The outcome of comparing a line's sources.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Reconciliation {
    pub value: Reconciled,
    pub rule: String,
    pub discrepancy: Option<String>,
}

/// Compares the figures of one line (all articles) and explains the result.
/// `figs` must not be empty.
pub(crate) fn reconcile(figs: &[SourceFigure], group: Group, outcome: Outcome) -> Reconciliation {
    let n = count_sources(figs);
    let all = says_all(figs);
    let plain = |value: Reconciled, rule: String| Reconciliation {
        value,
        rule,
        discrepancy: None,
    };

    if figs.iter().all(|f| f.count == 0) {
        let who = names(figs);
        let what = format!("no {} {}", group_lower(group), outcome_word(outcome));
        let rule = match n {
            1 => format!("{} reports {what}.", who[0]),
            2 => format!("Both sources report {what}: {}.", join_and(&who)),
            _ => format!("All {n} sources report {what}: {}.", join_and(&who)),
        };
        return plain(Reconciled::Zero { sources: n }, rule);
    }

    let exact = distinct(figs, |q| q == Qualifier::Exact);
    let about = distinct(figs, |q| q == Qualifier::About);
    if exact.len() == 1 {
        let v = exact[0];
        if figs.iter().all(|f| fits(f, v)) {
            let value = Reconciled::Agree {
                value: v,
                sources: n,
            };
            let rule = if figs.iter().all(|f| f.qualifier == Qualifier::Exact) {
                match n {
                    1 => format!("Only {} gives a figure: {v}.", names(figs)[0]),
                    2 => format!("Both sources give {v}: {}.", join_and(&names(figs))),
                    _ => format!("All {n} sources give {v}."),
                }
            } else {
                let lead = match n {
                    1 => format!("Consistent with {v}"),
                    2 => format!("Both sources are consistent with {v}"),
                    _ => format!("All {n} sources are consistent with {v}"),
                };
                format!("{lead}: {all}.")
            };
            return plain(value, rule);
        }
    } else if exact.is_empty() && about.len() == 1 {
        let v = about[0];
        if figs.iter().all(|f| fits(f, v)) {
            let value = Reconciled::Approximate {
                value: v,
                sources: n,
            };
            return plain(
                value,
                format!("Only approximate figures, about {v}: {all}."),
            );
        }
    } else if exact.is_empty() && about.is_empty() {
        let low = figs
            .iter()
            .filter(|f| matches!(f.qualifier, Qualifier::AtLeast | Qualifier::MoreThan))
            .max_by_key(|f| (lower_of(f), f.qualifier == Qualifier::AtLeast));
        let high = figs
            .iter()
            .filter(|f| f.qualifier == Qualifier::UpTo)
            .min_by_key(|f| f.count);
        match (low, high) {
            (Some(lo), None) => {
                let value = Reconciled::LowerBound {
                    value: lo.count,
                    strict: lo.qualifier == Qualifier::MoreThan,
                };
                let rule = if figs.len() == 1 {
                    format!("Only a lower bound is known: {all}.")
                } else {
                    format!(
                        "Only lower bounds are known; the highest is {} ({}): {all}.",
                        lo.as_written, lo.source
                    )
                };
                return plain(value, rule);
            }
            (None, Some(hi)) => {
                let value = Reconciled::UpperBound { value: hi.count };
                return plain(value, format!("Only upper bounds are known: {all}."));
            }
            (Some(lo), Some(hi)) if lower_of(lo) <= hi.count => {
                let value = Reconciled::Range {
                    min: lower_of(lo),
                    max: hi.count,
                };
                return plain(
                    value,
                    format!(
                        "Sources bound the figure between {} and {}: {all}.",
                        lower_of(lo),
                        hi.count
                    ),
                );
            }
            _ => {}
        }
    }

    let min = figs.iter().map(|f| f.count).min().unwrap_or(0);
    let max = figs.iter().map(|f| f.count).max().unwrap_or(0);
    Reconciliation {
        value: Reconciled::Range { min, max },
        rule: format!("Sources differ: {all}."),
        discrepancy: Some(format!("{}.", says_each(figs).join("; "))),
    }
}

/// Whether a figure is compatible with the value `v`.
fn fits(f: &SourceFigure, v: u32) -> bool {
    match f.qualifier {
        Qualifier::Exact | Qualifier::About => f.count == v,
        Qualifier::AtLeast => f.count <= v,
        Qualifier::MoreThan => f.count < v,
        Qualifier::UpTo => f.count >= v,
    }
}

/// The smallest value a lower bound allows ("more than 5" → 6).
fn lower_of(f: &SourceFigure) -> u32 {
    match f.qualifier {
        Qualifier::MoreThan => f.count.saturating_add(1),
        _ => f.count,
    }
}

/// Distinct counts of the figures whose qualifier passes `keep`, ascending.
fn distinct(figs: &[SourceFigure], keep: impl Fn(Qualifier) -> bool) -> Vec<u32> {
    let mut v: Vec<u32> = figs
        .iter()
        .filter(|f| keep(f.qualifier))
        .map(|f| f.count)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// How many distinct articles the figures come from.
pub(crate) fn count_sources(figs: &[SourceFigure]) -> usize {
    let mut ids: Vec<&str> = figs.iter().map(|f| f.article.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// Source names, one per article, in first-appearance order.
fn names(figs: &[SourceFigure]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in figs {
        if !out.contains(&f.source) {
            out.push(f.source.clone());
        }
    }
    out
}

/// "The Sun says 7", "Al Jazeera says 9 and 11": one phrase per source.
fn says_each(figs: &[SourceFigure]) -> Vec<String> {
    names(figs)
        .into_iter()
        .map(|name| {
            let said: Vec<String> = figs
                .iter()
                .filter(|f| f.source == name)
                .map(|f| f.as_written.clone())
                .collect();
            format!("{name} says {}", join_and(&said))
        })
        .collect()
}

/// "The Sun says at least 15; Al Jazeera says 15".
fn says_all(figs: &[SourceFigure]) -> String {
    says_each(figs).join("; ")
}

/// A group in running text: "civilians", "US forces".
pub(crate) fn group_lower(group: Group) -> &'static str {
    match group {
        Group::Militants => "militants",
        Group::UsForces => "US forces",
        Group::PartnerForces => "partner forces",
        Group::Civilians => "civilians",
        Group::Other => "others",
    }
}

fn outcome_word(outcome: Outcome) -> &'static str {
    super::labels::outcome_label(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(article: &str, source: &str, count: u32, qualifier: Qualifier) -> SourceFigure {
        SourceFigure {
            article: article.into(),
            source: source.into(),
            date: None,
            date_inferred: false,
            date_label: "undated".into(),
            count,
            qualifier,
            as_written: super::super::labels::as_written(count, qualifier),
            casualty_ids: vec![],
            spans: vec![],
        }
    }

    fn check(figs: &[SourceFigure], value: Reconciled, rule: &str) {
        let r = reconcile(figs, Group::Militants, Outcome::Killed);
        assert_eq!(r.value, value);
        assert_eq!(r.rule, rule);
    }

    #[test]
    fn exact_and_consistent_bound_agree() {
        check(
            &[
                src("000", "The Sun", 15, Qualifier::AtLeast),
                src("004", "Al Jazeera", 15, Qualifier::Exact),
            ],
            Reconciled::Agree {
                value: 15,
                sources: 2,
            },
            "Both sources are consistent with 15: The Sun says at least 15; Al Jazeera says 15.",
        );
    }

    #[test]
    fn more_than_the_exact_value_is_a_conflict() {
        let r = reconcile(
            &[
                src("a", "A", 15, Qualifier::MoreThan),
                src("b", "B", 15, Qualifier::Exact),
            ],
            Group::Militants,
            Outcome::Killed,
        );
        assert_eq!(r.value, Reconciled::Range { min: 15, max: 15 });
        assert_eq!(
            r.discrepancy.as_deref(),
            Some("A says more than 15; B says 15.")
        );
    }

    #[test]
    fn highest_lower_bound_wins() {
        check(
            &[
                src("a", "A", 5, Qualifier::AtLeast),
                src("b", "B", 8, Qualifier::AtLeast),
            ],
            Reconciled::LowerBound { value: 8, strict: false },
            "Only lower bounds are known; the highest is at least 8 (B): A says at least 5; B says at least 8.",
        );
    }

    #[test]
    fn about_upper_and_mixed_bounds() {
        check(
            &[src("a", "A", 5, Qualifier::About)],
            Reconciled::Approximate {
                value: 5,
                sources: 1,
            },
            "Only approximate figures, about 5: A says about 5.",
        );
        check(
            &[src("a", "A", 9, Qualifier::UpTo)],
            Reconciled::UpperBound { value: 9 },
            "Only upper bounds are known: A says up to 9.",
        );
        check(
            &[
                src("a", "A", 5, Qualifier::AtLeast),
                src("b", "B", 9, Qualifier::UpTo),
            ],
            Reconciled::Range { min: 5, max: 9 },
            "Sources bound the figure between 5 and 9: A says at least 5; B says up to 9.",
        );
    }

    #[test]
    fn labels_and_data_values() {
        let r = Reconciled::Range { min: 7, max: 9 };
        assert_eq!((r.data_value(), r.label()), ("7-9".into(), "7–9".into()));
        let r = Reconciled::LowerBound {
            value: 5,
            strict: true,
        };
        assert_eq!(
            (r.data_value(), r.label()),
            ("5".into(), "more than 5".into())
        );
        assert_eq!(Reconciled::Zero { sources: 2 }.data_value(), "0");
    }
}
