//! Grouping statements of one event, within an article and across articles.
//!
//! Two dated statements are the same event when their dates are equal and they share
//! rare content terms (names, places, figures), or when both are day-dated statements
//! of an incident (a raid on the same day). Undated statements join the event whose
//! terms they share most. Similarity is a cosine over term sets, each term weighted by
//! its rarity among all sentences of the extraction.

/// Terms as ids: a sorted, duplicate-free list of indexes into the vocabulary of one
/// extraction ([`crate::extract::terms::Terms`]), whose ids follow the order of the term
/// strings (so sums over terms keep the order and results of the string-keyed
/// similarity this replaced).
pub type TermIds = Vec<u32>;

/// Rarity weights of terms over a collection of term sets (inverse set frequency),
/// looked up by term id.
#[derive(Debug, Clone, Default)]
pub struct IdWeights {
    /// Squared weight of every term id.
    squared: Vec<f64>,
}

impl IdWeights {
    /// Weighs every one of `n` term ids by inverse frequency over `bags`.
    pub fn new<'a>(n: usize, bags: impl Iterator<Item = &'a TermIds>) -> Self {
        Self::build(n, bags, 0.0)
    }

    /// Like [`IdWeights::new`] but every weight is one more: shared terms still count
    /// when there are few bags (two articles), rare ones still count most. For
    /// comparing whole articles.
    pub fn smoothed<'a>(n: usize, bags: impl Iterator<Item = &'a TermIds>) -> Self {
        Self::build(n, bags, 1.0)
    }

    fn build<'a>(n: usize, bags: impl Iterator<Item = &'a TermIds>, base: f64) -> Self {
        let mut df = vec![0usize; n];
        let mut count = 0usize;
        for bag in bags {
            count += 1;
            for &t in bag {
                df[t as usize] += 1;
            }
        }
        let total = count as f64;
        let fallback = base + (total + 1.0).ln().max(0.05);
        let squared = df
            .into_iter()
            .map(|d| {
                let w = if d == 0 {
                    fallback
                } else {
                    base + ((total + 1.0) / (d as f64 + 0.5)).ln().max(0.05)
                };
                w.powi(2)
            })
            .collect();
        IdWeights { squared }
    }

    /// The weighted length of a term set.
    pub fn norm(&self, s: &[u32]) -> f64 {
        s.iter()
            .map(|&t| self.squared[t as usize])
            .sum::<f64>()
            .sqrt()
    }

    /// Weighted cosine similarity of two term sets with known lengths, in 0..=1
    /// (shared terms summed in term order, so every run gives the same result).
    pub fn cosine_normed(&self, a: &[u32], na: f64, b: &[u32], nb: f64) -> f64 {
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let mut dot = Self::dot_start();
        for_shared(a, b, |t| {
            dot += self.squared[t as usize];
            true
        });
        Self::cosine_of_dot(dot, na, nb)
    }

    /// Where a dot product over shared terms starts: the neutral element `sum`
    /// starts from (no overlap gives the same signed zero as a summed iterator, so
    /// ties break as before).
    pub fn dot_start() -> f64 {
        std::iter::empty::<f64>().sum()
    }

    /// The squared weight of term `t`: what a shared term adds to a dot product.
    pub fn squared(&self, t: u32) -> f64 {
        self.squared[t as usize]
    }

    /// The cosine of two term sets of lengths `na` and `nb` whose shared terms'
    /// squared weights, added to [`IdWeights::dot_start`] in term order, make `dot`
    /// (as [`IdWeights::cosine_normed`] computes it, to the bit).
    pub fn cosine_of_dot(dot: f64, na: f64, nb: f64) -> f64 {
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        dot / (na * nb)
    }
}

/// Calls `f` on every id both sorted lists hold, in order, while it returns true.
pub fn for_shared(a: &[u32], b: &[u32], mut f: impl FnMut(u32) -> bool) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if !f(a[i]) {
                    return;
                }
                i += 1;
                j += 1;
            }
        }
    }
}

/// The sorted union of two sorted id lists.
pub fn union(a: &[u32], b: &[u32]) -> TermIds {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => {
                out.push(a[i]);
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[j]);
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// True when every id of sorted `a` is in sorted `b`.
pub fn is_subset(a: &[u32], b: &[u32]) -> bool {
    let mut shared = 0;
    for_shared(a, b, |_| {
        shared += 1;
        true
    });
    shared == a.len()
}

/// Dates `a` and `b` name the same time, after upper-casing.
pub fn same_date(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The number of distinct words of `texts` and each text's word ids (in word order).
    fn bags(texts: &[&str]) -> (usize, Vec<TermIds>) {
        let mut vocab: Vec<&str> = texts.iter().flat_map(|s| s.split_whitespace()).collect();
        vocab.sort_unstable();
        vocab.dedup();
        let ids = texts
            .iter()
            .map(|s| {
                let mut ids: TermIds = s
                    .split_whitespace()
                    .map(|w| vocab.binary_search(&w).unwrap() as u32)
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            })
            .collect();
        (vocab.len(), ids)
    }

    fn cos(w: &IdWeights, a: &[u32], b: &[u32]) -> f64 {
        w.cosine_normed(a, w.norm(a), b, w.norm(b))
    }

    #[test]
    fn shared_rare_terms_weigh_more_than_common_ones() {
        let (vocab, bags) = bags(&[
            "peak group iraq",
            "peak ruled iraq",
            "group iraq talks",
            "group iraq forces",
        ]);
        let w = IdWeights::new(vocab, bags.iter());
        let rare = cos(&w, &bags[0], &bags[1]);
        let common = cos(&w, &bags[0], &bags[2]);
        assert!(rare > common, "{rare} {common}");
        assert_eq!(cos(&w, &[], &bags[0]), 0.0);
        assert!((cos(&w, &bags[0], &bags[0]) - 1.0).abs() < 1e-9);
        assert_eq!(union(&[1, 3, 5], &[2, 3]), vec![1, 2, 3, 5]);
        assert!(is_subset(&[3], &[1, 3]) && !is_subset(&[2], &[1, 3]));
    }

    #[test]
    fn dates_compare_case_blind() {
        assert!(same_date("2021-su", "2021-SU"));
        assert!(!same_date("2019", "2019-10-31"));
    }
}
