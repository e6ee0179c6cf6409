//! Grouping statements of one event, within an article and across articles.
//!
//! Two dated statements are the same event when their dates are equal and they share
//! rare content terms (names, places, figures), or when both are day-dated statements
//! of an incident (a raid on the same day). Undated statements join the event whose
//! terms they share most. Similarity is a cosine over term sets, each term weighted by
//! its rarity among the sentences of the articles that tell the same news (a
//! [`LocalWeights`] component), never of the whole collection: an article about
//! something else must not move the events of others by making their words rarer or
//! commoner. Whether two articles tell the same news is decided by their shared terms
//! weighted by [`ArticleWeights`].

/// Terms as ids: a sorted, duplicate-free list of indexes into the vocabulary of one
/// extraction ([`crate::extract::terms::Terms`]), whose ids follow the order of the term
/// strings (so sums over terms keep the order and results of the string-keyed
/// similarity this replaced).
pub type TermIds = Vec<u32>;

/// Rarity weights of terms for comparing whole articles (inverse article frequency
/// over the collection, plus one, so shared terms still count when there are two
/// articles): which words say which news an article reports ("Erbil" does, "said" and
/// "U.S." do not) is learnt from the articles at hand. Only the decision "same news or
/// not" uses them; everything measured inside a story uses [`LocalWeights`].
#[derive(Debug, Clone, Default)]
pub struct ArticleWeights {
    /// Squared weight of every term id.
    squared: Vec<f64>,
}

impl ArticleWeights {
    /// The weights of `n` term ids over `bags`, the term sets of the articles
    /// (copies included).
    pub fn new<'a>(n: usize, bags: impl Iterator<Item = &'a TermIds>) -> Self {
        let mut df = vec![0u32; n];
        let mut count = 0usize;
        for bag in bags {
            count += 1;
            for &t in bag {
                df[t as usize] += 1;
            }
        }
        let scale = count as f64 + 1.0;
        let squared = df
            .into_iter()
            .map(|d| {
                let w = if d == 0 {
                    1.0 + scale.ln().max(0.05)
                } else {
                    1.0 + (scale / (f64::from(d) + 0.5)).ln().max(0.05)
                };
                w * w
            })
            .collect();
        ArticleWeights { squared }
    }

    /// The weighted length of a term set.
    pub fn norm(&self, s: &[u32]) -> f64 {
        s.iter()
            .map(|&t| self.squared[t as usize])
            .sum::<f64>()
            .sqrt()
    }

    /// Weighted cosine of two term sets with known lengths, in 0..=1 (shared terms
    /// summed in term order).
    pub fn cosine_normed(&self, a: &[u32], na: f64, b: &[u32], nb: f64) -> f64 {
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let mut dot = LocalWeights::dot_start();
        for_shared(a, b, |t| {
            dot += self.squared[t as usize];
            true
        });
        LocalWeights::cosine_of_dot(dot, na, nb)
    }
}

/// Rarity weights of terms per component of related articles: a term's weight in a
/// component is its inverse frequency among the sentences of that component's
/// articles only, so an article outside it (another story) changes none of them.
#[derive(Debug, Clone, Default)]
pub struct LocalWeights {
    /// `start[t]..start[t + 1]`: where term `t`'s entries are in `entries`.
    start: Vec<u32>,
    /// (component, squared weight) of every component holding a term, by term and
    /// then component.
    entries: Vec<(u32, f64)>,
    /// Per component: the squared weight of a term none of its sentences holds.
    fallback: Vec<f64>,
}

impl LocalWeights {
    /// The weights of `n` term ids over `bags`, each the term set of one sentence and
    /// the component of its article (components numbered from 0).
    pub fn new<'a>(n: usize, bags: impl Iterator<Item = (&'a TermIds, usize)> + Clone) -> Self {
        let components = bags.clone().map(|(_, c)| c + 1).max().unwrap_or(0);
        let mut sentences = vec![0usize; components];
        // The components of the sentences holding each term, bucketed by term (a
        // counting sort: many (term, component) pairs, few terms per sentence).
        let mut bucket = vec![0usize; n + 1];
        for (bag, _) in bags.clone() {
            for &t in bag.iter().filter(|&&t| (t as usize) < n) {
                bucket[t as usize + 1] += 1;
            }
        }
        for t in 0..n {
            bucket[t + 1] += bucket[t];
        }
        let mut comps = vec![0u32; bucket[n]];
        let mut fill = bucket.clone();
        for (bag, c) in bags {
            sentences[c] += 1;
            for &t in bag.iter().filter(|&&t| (t as usize) < n) {
                comps[fill[t as usize]] = c as u32;
                fill[t as usize] += 1;
            }
        }
        let weight = |df: usize, total: usize| {
            let total = total as f64;
            let w = if df == 0 {
                (total + 1.0).ln().max(0.05)
            } else {
                ((total + 1.0) / (df as f64 + 0.5)).ln().max(0.05)
            };
            w * w
        };
        let mut start = vec![0u32; n + 1];
        let mut entries: Vec<(u32, f64)> = Vec::new();
        for (t, at) in start.iter_mut().take(n).enumerate() {
            *at = entries.len() as u32;
            let held = &mut comps[bucket[t]..bucket[t + 1]];
            held.sort_unstable();
            for run in held.chunk_by(|a, b| a == b) {
                entries.push((run[0], weight(run.len(), sentences[run[0] as usize])));
            }
        }
        start[n] = entries.len() as u32;
        let fallback = sentences.iter().map(|&s| weight(0, s)).collect();
        LocalWeights {
            start,
            entries,
            fallback,
        }
    }

    /// The squared weight of term `t` in component `c`.
    pub fn squared(&self, t: u32, c: usize) -> f64 {
        let (from, to) = (self.start[t as usize], self.start[t as usize + 1]);
        self.entries[from as usize..to as usize]
            .iter()
            .find(|e| e.0 as usize == c)
            .map_or(self.fallback[c], |e| e.1)
    }

    /// The weighted length of a term set in component `c`.
    pub fn norm(&self, s: &[u32], c: usize) -> f64 {
        s.iter().map(|&t| self.squared(t, c)).sum::<f64>().sqrt()
    }

    /// Weighted cosine of two term sets of known lengths in component `c`, in 0..=1
    /// (shared terms summed in term order).
    pub fn cosine_normed(&self, a: &[u32], na: f64, b: &[u32], nb: f64, c: usize) -> f64 {
        if na == 0.0 || nb == 0.0 {
            return 0.0;
        }
        let mut dot = Self::dot_start();
        for_shared(a, b, |t| {
            dot += self.squared(t, c);
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

    /// The cosine of two term sets of lengths `na` and `nb` whose shared terms'
    /// squared weights, added to [`LocalWeights::dot_start`] in term order, make `dot`
    /// (as [`LocalWeights::cosine_normed`] computes it, to the bit).
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

    fn cos(w: &LocalWeights, a: &[u32], b: &[u32]) -> f64 {
        w.cosine_normed(a, w.norm(a, 0), b, w.norm(b, 0), 0)
    }

    #[test]
    fn shared_rare_terms_weigh_more_than_common_ones() {
        let (vocab, bags) = bags(&[
            "peak group iraq",
            "peak ruled iraq",
            "group iraq talks",
            "group iraq forces",
        ]);
        let w = LocalWeights::new(vocab, bags.iter().map(|b| (b, 0)));
        let rare = cos(&w, &bags[0], &bags[1]);
        let common = cos(&w, &bags[0], &bags[2]);
        assert!(rare > common, "{rare} {common}");
        assert_eq!(cos(&w, &[], &bags[0]), 0.0);
        assert!((cos(&w, &bags[0], &bags[0]) - 1.0).abs() < 1e-9);
        assert_eq!(union(&[1, 3, 5], &[2, 3]), vec![1, 2, 3, 5]);
        assert!(is_subset(&[3], &[1, 3]) && !is_subset(&[2], &[1, 3]));
    }

    #[test]
    fn another_component_changes_no_weight() {
        let (vocab, bags) = bags(&[
            "peak group iraq",
            "peak ruled iraq",
            "group iraq talks",
            "league final rain iraq",
            "market shares fell",
        ]);
        let story = || bags[..3].iter().map(|b| (b, 0));
        let alone = LocalWeights::new(vocab, story());
        let together = LocalWeights::new(vocab, story().chain(bags[3..].iter().map(|b| (b, 1))));
        for t in 0..vocab as u32 {
            assert_eq!(
                alone.squared(t, 0).to_bits(),
                together.squared(t, 0).to_bits()
            );
        }
        // The other story weighs its own words by its own sentences.
        assert!(together.squared(0, 1) > 0.0);
    }

    #[test]
    fn dates_compare_case_blind() {
        assert!(same_date("2021-su", "2021-SU"));
        assert!(!same_date("2019", "2019-10-31"));
    }
}
