//! Grouping statements of one event, within an article and across articles.
//!
//! Two dated statements are the same event when their dates are equal and they share
//! rare content terms (names, places, figures), or when both are day-dated statements
//! of an incident (a raid on the same day). Undated statements join the event whose
//! terms they share most. Similarity is a cosine over term sets, each term weighted by
//! its rarity among all sentences of the extraction.

use std::collections::{HashMap, HashSet};

/// Rarity weights of terms over a collection of sentences.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    weight: HashMap<String, f64>,
    total: f64,
}

impl Weights {
    /// Weighs every term by inverse sentence frequency over `bags`.
    pub fn new<'a>(bags: impl Iterator<Item = &'a HashSet<String>>) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut n = 0usize;
        for bag in bags {
            n += 1;
            for t in bag {
                *df.entry(t.clone()).or_default() += 1;
            }
        }
        let total = n as f64;
        let weight = df
            .into_iter()
            .map(|(t, d)| {
                let w = ((total + 1.0) / (d as f64 + 0.5)).ln().max(0.05);
                (t, w)
            })
            .collect();
        Weights { weight, total }
    }

    /// The weight of one term (unknown terms weigh as the rarest).
    pub fn of(&self, t: &str) -> f64 {
        self.weight
            .get(t)
            .copied()
            .unwrap_or_else(|| (self.total + 1.0).ln().max(0.05))
    }

    /// Weighted cosine similarity of two term sets, in 0..=1.
    pub fn cosine(&self, a: &HashSet<String>, b: &HashSet<String>) -> f64 {
        let norm = |s: &HashSet<String>| s.iter().map(|t| self.of(t).powi(2)).sum::<f64>().sqrt();
        let (na, nb) = (norm(a), norm(b));
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let dot: f64 = small
            .iter()
            .filter(|t| large.contains(*t))
            .map(|t| self.of(t).powi(2))
            .sum();
        dot / (na * nb)
    }
}

/// Dates `a` and `b` name the same time, after upper-casing.
pub fn same_date(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bag(s: &str) -> HashSet<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn shared_rare_terms_weigh_more_than_common_ones() {
        let bags = [
            bag("peak group iraq"),
            bag("peak ruled iraq"),
            bag("group iraq talks"),
            bag("group iraq forces"),
        ];
        let w = Weights::new(bags.iter());
        let rare = w.cosine(&bags[0], &bags[1]);
        let common = w.cosine(&bags[0], &bags[2]);
        assert!(rare > common, "{rare} {common}");
        assert_eq!(w.cosine(&bag(""), &bags[0]), 0.0);
        assert!((w.cosine(&bags[0], &bags[0]) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn dates_compare_case_blind() {
        assert!(same_date("2021-su", "2021-SU"));
        assert!(!same_date("2019", "2019-10-31"));
    }
}
