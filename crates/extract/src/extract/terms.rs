//! The content terms of every sentence of an extraction, as ids into one shared
//! vocabulary, computed once and shared by the reference-date and event stages.
//!
//! Terms are those of [`words::for_each_term`]. Ids follow the byte order of the term
//! strings (see [`TermIds`]), so weighted sums over shared terms add up in the same
//! order, and give the same results, as with string-keyed sets. Terms are interned as
//! they are found (one allocation per distinct term, not per occurrence) and renumbered
//! in string order at the end.

use super::events::merge::TermIds;
use super::words::{self, TermSource, Token};
use crate::model::SentenceKind;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The term ids of every sentence of every article.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Terms {
    /// How many distinct terms the extraction has.
    pub vocab_len: usize,
    /// `sentences[a][s]`: the sorted, duplicate-free term ids of sentence `s` of
    /// article `a` (empty for page furniture).
    pub sentences: Vec<Vec<TermIds>>,
    /// `articles[a]`: the terms of all sentences of article `a` together, sorted and
    /// duplicate-free (found once here for the reference-date and event stages, which
    /// both compare whole articles).
    pub articles: Vec<TermIds>,
}

impl Terms {
    /// The terms of every sentence of `articles`.
    pub fn new(articles: &[super::Analysed]) -> Self {
        let mut interner = Interner::default();
        let mut sentences: Vec<Vec<TermIds>> = articles
            .iter()
            .map(|a| {
                a.sentences
                    .iter()
                    .zip(&a.tokens)
                    .map(|(s, toks)| {
                        if s.kind == SentenceKind::Boilerplate {
                            TermIds::new()
                        } else {
                            interner.ids_of(&a.source.text, toks)
                        }
                    })
                    .collect()
            })
            .collect();
        let rank = interner.ranks();
        for ids in sentences.iter_mut().flatten() {
            for id in ids.iter_mut() {
                *id = rank[*id as usize];
            }
            ids.sort_unstable();
            ids.dedup();
        }
        let articles = article_bags(&sentences, rank.len());
        Terms {
            vocab_len: rank.len(),
            sentences,
            articles,
        }
    }

    #[cfg(test)] // only the tests use it
    /// The terms of all sentences of article `a` together, sorted and duplicate-free.
    pub fn of_article(&self, a: usize) -> &TermIds {
        &self.articles[a]
    }
}

/// The terms of each article's sentences together, sorted and duplicate-free; each
/// id is kept at its first sight (a mark per term), so only distinct ids are sorted.
fn article_bags(sentences: &[Vec<TermIds>], vocab_len: usize) -> Vec<TermIds> {
    let mut last_seen = vec![usize::MAX; vocab_len];
    sentences
        .iter()
        .enumerate()
        .map(|(a, article)| {
            let mut bag = TermIds::new();
            for &id in article.iter().flatten() {
                if std::mem::replace(&mut last_seen[id as usize], a) != a {
                    bag.push(id);
                }
            }
            bag.sort_unstable();
            bag
        })
        .collect()
}

/// Distinct term strings in order of first sight, and their provisional ids.
#[derive(Default)]
struct Interner {
    ids: HashMap<Box<str>, u32, BuildHasherDefault<FastHasher>>,
    strings: Vec<Box<str>>,
    /// The provisional term ids of every normalised form seen (by its packed key), as
    /// a range of `form_ids`: the terms of a word depend on its form alone, and most
    /// words recur, so each form is split, checked and hashed once.
    forms: HashMap<u128, (u32, u32), BuildHasherDefault<FastHasher>>,
    form_ids: Vec<u32>,
    /// The ids of the sentence being read (reused, so each sentence allocates once).
    scratch: Vec<u32>,
}

impl Interner {
    /// The provisional ids of the terms of `toks`, in text order (repeats kept).
    fn ids_of(&mut self, text: &str, toks: &[Token]) -> TermIds {
        let mut out = std::mem::take(&mut self.scratch);
        out.clear();
        words::for_each_term_source(text, toks, |source| match source {
            TermSource::Name(name) => out.push(self.id(name)),
            TermSource::Token(t) => self.push_token_ids(t, &mut out),
        });
        let ids = out.as_slice().to_vec();
        self.scratch = out;
        ids
    }

    /// Appends to `out` the provisional ids of the terms of word `t`
    /// ([`words::token_terms`]), remembered per normalised form.
    fn push_token_ids(&mut self, t: &Token, out: &mut Vec<u32>) {
        let Some(key) = t.norm.key() else {
            // A form too long to pack: not remembered (rare).
            words::token_terms(t, |term| out.push(self.id(term)));
            return;
        };
        let (start, len) = match self.forms.get(&key) {
            Some(&range) => range,
            None => {
                let start = self.form_ids.len();
                words::token_terms(t, |term| {
                    let id = self.id(term);
                    self.form_ids.push(id);
                });
                let range = (start as u32, (self.form_ids.len() - start) as u32);
                self.forms.insert(key, range);
                range
            }
        };
        // Most words have one term or none: pushed one by one, not copied as a block.
        for &id in &self.form_ids[start as usize..(start + len) as usize] {
            out.push(id);
        }
    }

    /// The provisional id of `term`, new if it was not seen before.
    fn id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(term.into());
        self.ids.insert(term.into(), id);
        id
    }

    /// For every provisional id, its rank among the term strings in byte order.
    fn ranks(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.strings.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| self.strings[a as usize].cmp(&self.strings[b as usize]));
        let mut rank = vec![0; order.len()];
        for (r, &id) in order.iter().enumerate() {
            rank[id as usize] = r as u32;
        }
        rank
    }
}

/// A small, fast multiplicative hasher for short keys (the term strings): the
/// default SipHash guards against adversarial keys, which local article text is not
/// worth the cost of here.
#[derive(Default, Clone, Copy)]
struct FastHasher(u64);

impl FastHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn write_u128(&mut self, i: u128) {
        // A packed word key: its two halves, without a pass over its bytes.
        self.add(i as u64);
        self.add((i >> 64) as u64);
        // A short word's key ends in zero bytes, and a product's low bits depend on
        // the factors' low bits alone: without folding the high bits down, every
        // word of up to three letters would hash to a multiple of 2^40 and fall in
        // the same bucket (the table picks buckets by the low bits). Fold, mix and
        // fold again, so that even a one-letter word's low bits are its own.
        let h = (self.0 ^ self.0 >> 32).wrapping_mul(Self::SEED);
        self.0 = h ^ h >> 32;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_word_keys_spread_over_the_low_bits_of_their_hashes() {
        let low_bits = |w: &str| {
            let mut h = FastHasher::default();
            h.write_u128(crate::extract::words::word_key(w).unwrap());
            h.finish() & 0xFFF
        };
        let words = [
            "a", "an", "the", "of", "to", "in", "and", "war", "raid", "said",
        ];
        let mut seen: Vec<u64> = words.iter().map(|w| low_bits(w)).collect();
        seen.sort_unstable();
        seen.dedup();
        assert!(seen.len() >= words.len() - 1, "{seen:?}");
    }
    use crate::extract::{Analysed, Source};

    #[test]
    fn article_bags_are_the_sorted_union_of_sentence_terms() {
        let sentences = vec![
            vec![vec![3, 5], vec![], vec![1, 3, 9]],
            vec![vec![2]],
            vec![],
            vec![vec![9, 1], vec![1]],
        ];
        assert_eq!(
            article_bags(&sentences, 10),
            vec![vec![1, 3, 5, 9], vec![2], vec![], vec![1, 9]]
        );
    }

    #[test]
    fn ids_follow_the_order_of_the_term_strings() {
        let sources: Vec<Source> = ["Zebras crossed the valley.", "Valley farmers met zebras."]
            .iter()
            .enumerate()
            .map(|(i, t)| Source {
                id: format!("a{i}"),
                text: t.to_string(),
                ..Source::default()
            })
            .collect();
        let analysed: Vec<Analysed> = sources.iter().map(Analysed::of).collect();
        let terms = Terms::new(&analysed);
        // crossed, farmer, met, valley, zebra
        assert_eq!(terms.vocab_len, 5);
        assert_eq!(*terms.of_article(0), vec![0, 3, 4]);
        assert_eq!(*terms.of_article(1), vec![1, 2, 3, 4]);
    }
}
