//! Words packed into integers: [`word_key`] and [`WordSet`], the fixed word lists every
//! lexicon of the pipeline is built from.
//!
//! This is the bottom of the word layer: it depends on nothing else in the crate, so
//! both [`super::words`] (tokens) and [`super::numbers`] (counts written in words) build
//! on it without depending on each other.

/// A word of at most 16 bytes packed into one integer (bytes big-endian, zero-padded),
/// for comparing words without string comparisons: packed keys order as the words do.
/// `None` for longer words and for words holding a NUL byte (which would pack like a
/// shorter word).
pub fn word_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 16 || b.contains(&0) {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    Some(u128::from_be_bytes(buf))
}

/// The length in bytes of the word a [`word_key`] packs (it has no NUL bytes, so the
/// zero bytes at the end are padding).
pub(crate) const fn key_len(key: u128) -> u32 {
    16 - key.trailing_zeros() / 8
}

/// [`word_key`] at compile time (a byte loop; the run-time version copies at once).
pub(crate) const fn const_word_key(w: &str) -> Option<u128> {
    let b = w.as_bytes();
    if b.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    let mut i = 0;
    while i < b.len() {
        if b[i] == 0 {
            return None;
        }
        buf[i] = b[i];
        i += 1;
    }
    Some(u128::from_be_bytes(buf))
}

/// Something with a [`word_key`]: a string, or a token's normalised form that keeps
/// its key (`words::Norm`).
pub trait WordLike {
    /// The [`word_key`] of the word.
    fn key(&self) -> Option<u128>;

    /// The word's first byte (0 for the empty word) and its length in bytes: what
    /// [`WordSet::contains`] turns most words away by, read without packing the word.
    fn first_and_len(&self) -> (u8, usize);
}

impl WordLike for str {
    fn key(&self) -> Option<u128> {
        word_key(self)
    }

    fn first_and_len(&self) -> (u8, usize) {
        (self.as_bytes().first().copied().unwrap_or(0), self.len())
    }
}

impl WordLike for &str {
    fn key(&self) -> Option<u128> {
        word_key(self)
    }

    fn first_and_len(&self) -> (u8, usize) {
        (**self).first_and_len()
    }
}

/// Pairs of a word and a name, as (`word_key` of the word, name) sorted by key at
/// compile time, for a binary search by key (`N` must be the number of pairs; words of
/// at most 16 bytes, checked at compile time).
pub const fn keyed_pairs<const N: usize>(
    pairs: &[(&str, &'static str)],
) -> [(u128, &'static str); N] {
    let mut out = [(0u128, ""); N];
    if pairs.len() != N {
        panic!("keyed_pairs: N is not the number of pairs");
    }
    let mut i = 0;
    while i < N {
        let key = match const_word_key(pairs[i].0) {
            Some(k) => k,
            None => panic!("a keyed word is longer than 16 bytes"),
        };
        out[i] = (key, pairs[i].1);
        // Insertion sort by key.
        let mut j = i;
        while j > 0 && out[j - 1].0 > out[j].0 {
            let t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

/// A fixed set of lower-case words with a fast membership test (a binary search over
/// [`word_key`]s, built at compile time). Lexicons are looked up for every token of
/// every sentence, so this is much cheaper than scanning a list of strings.
#[derive(Debug, Clone, Copy)]
pub struct WordSet<const N: usize> {
    keys: [u128; N],
    /// Entry `b % 32` has bit `n` set when some word starting with byte `b` has `n`
    /// bytes: most words are turned away by their first letter and length alone,
    /// before any search (letters share no entry).
    first_lengths: [u32; 32],
}

impl<const N: usize> WordSet<N> {
    /// The set of `words` (each at most 16 bytes, no NUL; checked at compile time).
    pub const fn new(words: [&str; N]) -> Self {
        let mut keys = [0u128; N];
        let mut first_lengths = [0u32; 32];
        let mut i = 0;
        while i < N {
            // The first byte as a key holds it (0 for the empty word).
            let first = if words[i].is_empty() {
                0
            } else {
                words[i].as_bytes()[0]
            };
            first_lengths[first as usize % 32] |= 1 << words[i].len();
            keys[i] = match const_word_key(words[i]) {
                Some(k) => k,
                None => panic!("a lexicon word is longer than 16 bytes"),
            };
            // Insertion sort: the lists are short and this runs at compile time.
            let mut j = i;
            while j > 0 && keys[j - 1] > keys[j] {
                let t = keys[j];
                keys[j] = keys[j - 1];
                keys[j - 1] = t;
                j -= 1;
            }
            i += 1;
        }
        WordSet {
            keys,
            first_lengths,
        }
    }

    /// The words' keys, sorted.
    pub const fn keys(&self) -> &[u128; N] {
        &self.keys
    }

    /// How many words the set holds (a word in two sets of a union counts twice).
    pub const fn len(&self) -> usize {
        N
    }

    /// The union of sets given by their [`Self::keys`] (`N` must be the sum of their
    /// lengths; checked at compile time): one look-up where a test asks whether a
    /// word is in any of them.
    pub const fn union_of(sets: &[&[u128]]) -> Self {
        let mut keys = [0u128; N];
        let mut first_lengths = [0u32; 32];
        let mut n = 0;
        let mut s = 0;
        while s < sets.len() {
            let mut i = 0;
            while i < sets[s].len() {
                if n == N {
                    panic!("a union holds more words than its length");
                }
                let k = sets[s][i];
                first_lengths[(k >> 120) as usize % 32] |= 1 << key_len(k);
                keys[n] = k;
                // Insertion sort (a key in two sets is kept twice, which a binary
                // search does not mind).
                let mut j = n;
                while j > 0 && keys[j - 1] > keys[j] {
                    let t = keys[j];
                    keys[j] = keys[j - 1];
                    keys[j - 1] = t;
                    j -= 1;
                }
                n += 1;
                i += 1;
            }
            s += 1;
        }
        if n != N {
            panic!("a union holds fewer words than its length");
        }
        WordSet {
            keys,
            first_lengths,
        }
    }

    /// True when `w` is one of the words.
    pub fn contains<W: WordLike + ?Sized>(&self, w: &W) -> bool {
        // The test of `contains_key` made before packing the word: most words fail it.
        // A word of more than 16 bytes has no key, so it is none of the words.
        let (first, len) = w.first_and_len();
        if len > 16 || self.first_lengths[usize::from(first) % 32] & 1 << len == 0 {
            return false;
        }
        w.key().is_some_and(|k| self.keys.binary_search(&k).is_ok())
    }

    /// True when the word whose [`word_key`] is `k` is one of the words.
    pub fn contains_key(&self, k: u128) -> bool {
        let first = (k >> 120) as usize % 32;
        self.first_lengths[first] & 1 << key_len(k) != 0 && self.keys.binary_search(&k).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_find_exactly_their_words() {
        const SET: WordSet<4> = WordSet::new(["raid", "a", "raids", "zz"]);
        for w in ["raid", "a", "raids", "zz"] {
            assert!(SET.contains(w), "{w}");
        }
        const WITH_EMPTY: WordSet<2> = WordSet::new(["", "Ab"]);
        assert!(WITH_EMPTY.contains("") && WITH_EMPTY.contains("Ab"));
        assert!(!WITH_EMPTY.contains("ab") && !WITH_EMPTY.contains("b"));
        for w in ["", "rai", "raid\0", "b", "raidsx", "aaaaaaaaaaaaaaaaaaaaaa"] {
            assert!(!SET.contains(w), "{w}");
        }
        // Testing by first byte and length first answers as the packed key does.
        for w in [
            "",
            "a",
            "raid",
            "raid\0",
            "\0",
            "zz",
            "za",
            "raidz",
            "seventeen-letters",
        ] {
            assert_eq!(
                SET.contains(w),
                word_key(w).is_some_and(|k| SET.contains_key(k)),
                "{w}"
            );
            assert_eq!(
                WITH_EMPTY.contains(w),
                word_key(w).is_some_and(|k| WITH_EMPTY.contains_key(k)),
                "{w}"
            );
            assert_eq!(w.first_and_len(), (w.bytes().next().unwrap_or(0), w.len()));
        }
        const OTHER: WordSet<3> = WordSet::new(["raid", "b", "sixteen-letters!"]);
        const UNION: WordSet<7> = WordSet::union_of(&[SET.keys(), OTHER.keys()]);
        for w in [
            "",
            "a",
            "b",
            "raid",
            "raids",
            "zz",
            "sixteen-letters!",
            "rai",
            "c",
            "z",
        ] {
            assert_eq!(
                UNION.contains(w),
                SET.contains(w) || OTHER.contains(w),
                "{w}"
            );
        }
        assert_eq!(UNION.len(), 7);
        assert!(word_key("ab") < word_key("abc") && word_key("abc") < word_key("abd"));
        for w in ["", "a", "raid", "sixteen-letters!"] {
            assert_eq!(word_key(w).map(key_len), Some(w.len() as u32), "{w}");
        }
        for w in [
            "",
            "a",
            "raid",
            "sixteen-letters!",
            "é’s",
            "seventeen-letters",
            "a\0",
        ] {
            assert_eq!(word_key(w), const_word_key(w), "{w}");
        }
    }
}
