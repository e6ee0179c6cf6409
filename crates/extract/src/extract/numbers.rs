//! Counts written as digits or English number words: `15`, `2,500`, `Seven`,
//! `Thirty-seven`, `THREE`, `twelve`, `a hundred` is left out (vague in news prose).

use crate::extract::word_keys::word_key;

/// Number words below twenty, by value (the reference [`NUMBER_WORDS`] is checked against).
#[cfg(test)]
const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens words, twenty to ninety.
#[cfg(test)]
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Number words by spelling, sorted (for a binary search): units and tens.
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("eight", 8),
    ("eighteen", 18),
    ("eighty", 80),
    ("eleven", 11),
    ("fifteen", 15),
    ("fifty", 50),
    ("five", 5),
    ("forty", 40),
    ("four", 4),
    ("fourteen", 14),
    ("nine", 9),
    ("nineteen", 19),
    ("ninety", 90),
    ("one", 1),
    ("seven", 7),
    ("seventeen", 17),
    ("seventy", 70),
    ("six", 6),
    ("sixteen", 16),
    ("sixty", 60),
    ("ten", 10),
    ("thirteen", 13),
    ("thirty", 30),
    ("three", 3),
    ("twelve", 12),
    ("twenty", 20),
    ("two", 2),
    ("zero", 0),
];

fn number_word(w: &str) -> Option<u32> {
    number_word_with(w, || word_key(w))
}

/// [`number_word`] with `w`'s [`word_key`] given by `key` (asked only when needed).
fn number_word_with(w: &str, key: impl FnOnce() -> Option<u128>) -> Option<u32> {
    // Only words of a first letter and a length some number word has are searched.
    let first = *w.as_bytes().first()?;
    if !first.is_ascii_lowercase()
        || w.len() >= 16
        || FIRST_LETTER_LENGTHS[usize::from(first - b'a')] & 1 << w.len() == 0
    {
        return None;
    }
    let key = key()?;
    NUMBER_KEYS
        .binary_search(&key)
        .ok()
        .map(|i| NUMBER_WORDS[i].1)
}

/// For each first letter `a` to `z`, bit `n` set when some number word starting with
/// it has `n` bytes: most words are turned away by these two alone.
const FIRST_LETTER_LENGTHS: [u16; 26] = {
    let mut table = [0u16; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].0.as_bytes();
        table[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    table
};

/// For each first letter `a` to `z`, bit `k` set when some number word starts with
/// it and the `k`-th letter after `a`: the first two letters of every number word.
const NUMBER_PREFIXES: [u32; 26] = {
    let mut table = [0u32; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].0.as_bytes();
        table[(w[0] - b'a') as usize] |= 1 << (w[1] - b'a');
        i += 1;
    }
    table
};

/// The spellings of [`NUMBER_WORDS`] as [`crate::extract::word_keys::word_key`]s, in the
/// same (sorted) order: a search over integers, not strings.
const NUMBER_KEYS: [u128; NUMBER_WORDS.len()] = {
    let mut keys = [0u128; NUMBER_WORDS.len()];
    let mut i = 0;
    while i < keys.len() {
        keys[i] = crate::extract::word_keys::WordSet::new([NUMBER_WORDS[i].0]).keys()[0];
        i += 1;
    }
    keys
};

fn unit(w: &str) -> Option<u32> {
    number_word(w).filter(|&n| n < 20)
}

fn tens(w: &str) -> Option<u32> {
    number_word(w).filter(|&n| n >= 20)
}

/// Parses one normalised (lower-case) word as a count: digits with optional thousands
/// commas (`2,500`), a number word (`seven`), or a hyphenated compound (`thirty-seven`).
/// Returns `None` for anything else, including fractions such as `one-third`.
pub fn parse_count(w: &str) -> Option<u32> {
    parse_count_with(w, || word_key(w))
}

/// [`parse_count`] of a word whose [`word_key`] is at hand (a token's normalised form
/// keeps it): `key` is asked only for a possible number word.
pub fn parse_count_with(w: &str, key: impl FnOnce() -> Option<u128>) -> Option<u32> {
    let first = *w.as_bytes().first()?;
    if first.is_ascii_digit() || first == b',' {
        if !w.bytes().all(|c| c.is_ascii_digit() || c == b',') || w.ends_with(',') || first == b','
        {
            return None;
        }
        let mut n: u32 = 0;
        for c in w.bytes().filter(u8::is_ascii_digit) {
            n = n.checked_mul(10)?.checked_add(u32::from(c - b'0'))?;
        }
        return Some(n);
    }
    // Every number word starts with a letter from e to z, and with one of a few
    // pairs of letters ("tw", "th", "fi" …); so does a compound, whose first part is
    // a tens word. Most words are turned away here.
    if !matches!(first, b'e'..=b'z') {
        return None;
    }
    let second = *w.as_bytes().get(1)?;
    if !second.is_ascii_lowercase()
        || NUMBER_PREFIXES[usize::from(first - b'a')] & 1 << (second - b'a') == 0
    {
        return None;
    }
    if let Some(n) = number_word_with(w, key) {
        return Some(n);
    }
    // A compound's first hyphen (ASCII, or U+2010 / U+2011: UTF-8 lead byte 0xE2)
    // follows a tens word, of 5 to 7 letters.
    let hyphen_after_tens = w
        .as_bytes()
        .get(5..)
        .is_some_and(|rest| rest.iter().take(3).any(|&b| b == b'-' || b == 0xE2));
    if !hyphen_after_tens {
        return None;
    }
    let (a, b) = w.split_once(['-', '‐', '‑'])?;
    let (t, u) = (tens(a)?, unit(b)?);
    (1..10).contains(&u).then_some(t + u)
}

/// True for a bare four-digit number that reads as a year (1900–2099, no comma).
pub fn looks_like_year(w: &str) -> bool {
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_agree_with_the_lists() {
        assert!(NUMBER_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(NUMBER_KEYS.windows(2).all(|w| w[0] < w[1]));
        for (n, u) in UNITS.iter().enumerate() {
            assert_eq!(unit(u), Some(n as u32));
        }
        for (n, t) in TENS.iter().enumerate() {
            assert_eq!(tens(t), Some(20 + 10 * n as u32));
        }
        assert_eq!(NUMBER_WORDS.len(), UNITS.len() + TENS.len());
    }

    fn check(input: &str, expected: Option<u32>) {
        assert_eq!(parse_count(input), expected, "{input}");
    }

    #[test]
    fn digits_words_and_compounds() {
        check("15", Some(15));
        check("2,500", Some(2500));
        check("seven", Some(7));
        check("twelve", Some(12));
        check("thirty-seven", Some(37));
        check("forty", Some(40));
        check("seventy-seven", Some(77));
        check("fifty\u{2011}one", Some(51));
        check("twenty‐two", Some(22));
        check("one-third", None);
        check("twenty-", None);
        check("s", None);
        check("several", None);
        check(",5", None);
        check("", None);
        check("e", None);
        check("the", None);
        check("thirty-SEVEN", None);
        check("tHirty", None);
        check("zero", Some(0));
        check("eighty-eight", Some(88));
    }

    #[test]
    fn every_number_word_and_compound_passes_the_prefix_test() {
        for &(w, n) in NUMBER_WORDS {
            assert_eq!(parse_count(w), Some(n), "{w}");
        }
        for t in TENS {
            for u in &UNITS[1..10] {
                let w = format!("{t}-{u}");
                assert_eq!(
                    parse_count(&w),
                    Some(tens(t).unwrap() + unit(u).unwrap()),
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn years_are_recognised() {
        assert!(looks_like_year("2014"));
        assert!(!looks_like_year("2,014"));
        assert!(!looks_like_year("153"));
    }
}
