//! Word tokens with byte ranges, shared by the casualty, reference and event stages.
//!
//! A token is either a word (letters and digits, with inner hyphens, apostrophes,
//! abbreviation dots and digit-group commas: `al-Qaeda`, `Iraq’s`, `U.S.`, `2,500`) or a
//! single punctuation character. Each word carries a normalised lower-case form
//! (`U.S.` → `us`, `Iraq’s` → `iraq`) so lexicon look-ups stay simple and linear.

use super::word_keys::const_word_key;
pub use super::word_keys::{word_key, WordLike, WordSet};
use std::ops::Range;

/// Bytes a [`Norm`] holds without allocating: nearly every word of news prose fits,
/// and a form this short also has a [`word_key`].
const INLINE_NORM: usize = 16;

/// A token's normalised form. Short forms (nearly all) are stored inline, so that
/// splitting a text into tokens does not allocate once per token, together with their
/// [`word_key`], so that lexicon look-ups do not pack the word again; it reads as a
/// `str`.
#[derive(Clone)]
pub struct Norm(NormRepr);

#[derive(Clone)]
enum NormRepr {
    /// Up to [`INLINE_NORM`] bytes of UTF-8, zero-padded, their length, and whether
    /// they have a [`word_key`] (no NUL byte).
    Inline {
        buf: [u8; INLINE_NORM],
        len: u8,
        keyed: bool,
    },
    /// A longer form.
    Heap(Box<str>),
}

impl Norm {
    /// A normalised form holding `s`.
    pub fn new(s: &str) -> Self {
        if s.len() <= INLINE_NORM {
            let mut buf = [0; INLINE_NORM];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            Norm::inline(buf, s.len())
        } else {
            Norm(NormRepr::Heap(s.into()))
        }
    }

    /// The ASCII lower case of `s` (which must be ASCII), without a `String` between.
    fn ascii_lower(s: &str) -> Self {
        if s.len() > INLINE_NORM || !s.is_ascii() {
            return Norm::new(&s.to_ascii_lowercase());
        }
        let mut buf = [0; INLINE_NORM];
        for (d, b) in buf.iter_mut().zip(s.bytes()) {
            *d = b.to_ascii_lowercase();
        }
        Norm::inline(buf, s.len())
    }

    /// The inline form of the first `len` bytes of `buf` (the rest zero).
    fn inline(buf: [u8; INLINE_NORM], len: usize) -> Self {
        // Only a NUL character (rare) leaves a form without a key.
        let keyed = buf[..len].iter().all(|&b| b != 0);
        Norm(NormRepr::Inline {
            buf,
            len: len as u8,
            keyed,
        })
    }

    /// The form as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: the inline bytes are only ever written by `new` (a copy of a
            // `str`) and `ascii_lower` (the ASCII lower case of an ASCII `str`), so
            // they are valid UTF-8. Checking again on every read would cost more than
            // the rest of a word comparison.
            NormRepr::Inline { buf, len, .. } => unsafe {
                std::str::from_utf8_unchecked(&buf[..usize::from(*len)])
            },
            NormRepr::Heap(s) => s,
        }
    }

    /// The form's [`word_key`], kept from when it was made.
    pub fn key(&self) -> Option<u128> {
        match &self.0 {
            NormRepr::Inline { buf, keyed, .. } => keyed.then(|| u128::from_be_bytes(*buf)),
            NormRepr::Heap(_) => None,
        }
    }
}

impl std::ops::Deref for Norm {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Norm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq for Norm {
    fn eq(&self, other: &Norm) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Norm {}

impl PartialEq<str> for Norm {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Norm {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One token of a text: a word or one punctuation character.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// Normalised form: lower case, dots dropped, possessive `’s` dropped; the
    /// character itself for punctuation.
    pub norm: Norm,
    /// True for words, false for punctuation.
    pub is_word: bool,
    /// The count the token reads as ([`super::numbers::parse_count`] of `norm`), found
    /// once here because the casualty and event stages ask for every token.
    pub count: Option<u32>,
}

impl Token {
    /// A token of `range` with the normalised form `norm`.
    fn new(range: Range<usize>, norm: Norm, is_word: bool) -> Self {
        let count = super::numbers::parse_count_with(&norm, || norm.key());
        Token {
            range,
            norm,
            is_word,
            count,
        }
    }

    /// The token's text as written.
    pub fn raw<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range.clone()).unwrap_or("")
    }

    /// The character of a punctuation token (its whole text); `None` for a word.
    pub fn punct(&self) -> Option<char> {
        if self.is_word {
            None
        } else {
            self.norm.chars().next()
        }
    }

    /// True when this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        !self.is_word && self.norm.starts_with(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The longest stretch of one sentence the casualty and event stages read, in bytes.
/// Real sentences are far shorter; a "sentence" of megabytes (no punctuation) is cut
/// so that every stage stays linear in the text.
pub const MAX_SENTENCE_BYTES: usize = 4_000;

/// `range` cut to at most [`MAX_SENTENCE_BYTES`], on a char boundary of `text`.
pub fn clip(text: &str, range: Range<usize>) -> Range<usize> {
    if range.end.saturating_sub(range.start) <= MAX_SENTENCE_BYTES {
        return range;
    }
    let mut end = range.start + MAX_SENTENCE_BYTES;
    while end > range.start && !text.is_char_boundary(end) {
        end -= 1;
    }
    range.start..end
}

/// The tokens of every sentence (cut by [`clip`]), page furniture left empty: split
/// once and shared by the reference, casualty and event stages.
pub fn sentence_tokens(
    text: &str,
    sentences: &[super::sentences::SentenceSpan],
) -> Vec<Vec<Token>> {
    sentences
        .iter()
        .map(|s| {
            if s.kind == crate::model::SentenceKind::Boilerplate {
                Vec::new()
            } else {
                tokenize(text, clip(text, s.range.clone()))
            }
        })
        .collect()
}

/// Splits `text[range]` into tokens. Never panics on any input.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    if slice.is_ascii() {
        // Every byte is a char: read the bytes as they are, nothing to decode.
        tokenize_chars(slice, slice.as_bytes(), range.start)
    } else {
        // At most one character per byte: one allocation, no growth.
        let mut decoded: Vec<(usize, char)> = Vec::with_capacity(slice.len());
        decoded.extend(slice.char_indices());
        tokenize_chars(slice, decoded.as_slice(), range.start)
    }
}

/// The characters of a slice with their byte offsets, read by index: the bytes of
/// an ASCII slice as they are, or the decoded characters of any other. The tokenizer
/// is written once over this and compiled for both.
trait CharSeq {
    /// How many characters there are.
    fn count(&self) -> usize;
    /// Character `i` (`i < count()`).
    fn char_at(&self, i: usize) -> char;
    /// The byte offset of character `i` in the slice, or the slice's length for
    /// `i == count()`.
    fn offset(&self, i: usize, slice_len: usize) -> usize;

    /// Character `i`, `None` past the end.
    fn get_char(&self, i: usize) -> Option<char> {
        (i < self.count()).then(|| self.char_at(i))
    }
}

impl CharSeq for [u8] {
    fn count(&self) -> usize {
        self.len()
    }
    fn char_at(&self, i: usize) -> char {
        char::from(self[i])
    }
    fn offset(&self, i: usize, _slice_len: usize) -> usize {
        i
    }
}

impl CharSeq for [(usize, char)] {
    fn count(&self) -> usize {
        self.len()
    }
    fn char_at(&self, i: usize) -> char {
        self[i].1
    }
    fn offset(&self, i: usize, slice_len: usize) -> usize {
        self.get(i).map_or(slice_len, |x| x.0)
    }
}

/// [`tokenize`] of `slice` (which starts at byte `base` of the text), read as `chars`.
fn tokenize_chars<C: CharSeq + ?Sized>(slice: &str, chars: &C, base: usize) -> Vec<Token> {
    // About one token per five bytes of prose: few re-allocations.
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut i = 0;
    while i < chars.count() {
        let c = chars.char_at(i);
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let b = chars.offset(i, slice.len());
        if !is_alnum(c) {
            let end = chars.offset(i + 1, slice.len());
            out.push(Token::new(
                base + b..base + end,
                Norm::new(&slice[b..end]),
                false,
            ));
            i += 1;
            continue;
        }
        let j = word_end(chars, i);
        let end = chars.offset(j, slice.len());
        let raw = &slice[b..end];
        out.push(Token::new(base + b..base + end, normalise(raw), true));
        i = j;
    }
    out
}

/// The index after the word starting at character `start`: letters and digits, with
/// inner hyphens and apostrophes, thousands commas and abbreviation dots.
fn word_end<C: CharSeq + ?Sized>(chars: &C, start: usize) -> usize {
    let mut j = start + 1;
    while j < chars.count() {
        let c = chars.char_at(j);
        // The checks are ordered cheapest first; each is only made when needed.
        let next_alnum = || chars.get_char(j + 1).is_some_and(is_alnum);
        let prev = chars.char_at(j - 1);
        let inner = is_alnum(c)
            || (is_hyphen(c) || is_apostrophe(c)) && next_alnum()
            || c == ',' && prev.is_ascii_digit() && digits_group_follows(chars, j + 1)
            || c == '.' && prev.is_alphabetic() && is_abbreviation(chars, start, j);
        if !inner {
            break;
        }
        j += 1;
    }
    j
}

/// `c.is_alphanumeric()`, with ASCII answered inline.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// True when exactly three digits follow at `from` (a thousands group).
fn digits_group_follows<C: CharSeq + ?Sized>(chars: &C, from: usize) -> bool {
    let digit = |k: usize| chars.get_char(k).is_some_and(|c| c.is_ascii_digit());
    (0..3).all(|k| digit(from + k)) && !digit(from + 3)
}

/// True when the dot at `dot` continues an abbreviation of single letters (`U.S.`).
fn is_abbreviation<C: CharSeq + ?Sized>(chars: &C, start: usize, dot: usize) -> bool {
    let seg_len = (start..dot)
        .rev()
        .take_while(|&k| chars.char_at(k) != '.')
        .count();
    if seg_len != 1 {
        return false;
    }
    let next = chars.get_char(dot + 1);
    let dotted_before = (start..dot).any(|k| chars.char_at(k) == '.');
    matches!(next, Some(n) if n.is_alphabetic() && chars.get_char(dot + 2) == Some('.'))
        || dotted_before
}

/// Lower-cases a word, drops abbreviation dots and a possessive `’s`.
pub fn normalise(raw: &str) -> Norm {
    if let Some(norm) = plain_ascii_lower(raw) {
        // The common case: no allocation, no dots or apostrophes to handle.
        return norm;
    }
    if raw.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        // A long plain word.
        return Norm::ascii_lower(raw);
    }
    let mut s: String = raw
        .chars()
        .filter(|c| *c != '.')
        .map(|c| if is_apostrophe(c) { '\'' } else { c })
        .collect::<String>()
        .to_lowercase();
    if s.ends_with("'s") {
        s.truncate(s.len() - 2);
    }
    Norm::new(&s)
}

/// The lower case of a word of at most [`INLINE_NORM`] bytes that holds only ASCII
/// letters, digits and hyphens, read and lowered in one pass; `None` for any other.
fn plain_ascii_lower(raw: &str) -> Option<Norm> {
    let bytes = raw.as_bytes();
    if bytes.len() > INLINE_NORM {
        return None;
    }
    let mut buf = [0u8; INLINE_NORM];
    for (d, &b) in buf.iter_mut().zip(bytes) {
        // One table look-up both checks the byte and lowers it.
        let lower = PLAIN_LOWER[usize::from(b)];
        if lower == 0 {
            return None;
        }
        *d = lower;
    }
    // No NUL byte: the form has its key.
    Some(Norm(NormRepr::Inline {
        buf,
        len: bytes.len() as u8,
        keyed: true,
    }))
}

/// For each byte, its ASCII lower case when it is an ASCII letter, digit or hyphen
/// (the bytes of a plain word), else 0: [`plain_ascii_lower`] checks and lowers a
/// byte with one look-up.
const PLAIN_LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || c == b'-' {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

impl WordLike for Norm {
    fn key(&self) -> Option<u128> {
        Norm::key(self)
    }
}

/// True for a function word that carries no topic (left out of similarity terms).
pub fn is_stopword(w: &str) -> bool {
    // Stop words are 3 to 9 bytes long: most words are rejected without packing them.
    (3..=9).contains(&w.len()) && is_stopword_key(w.len(), word_key(w))
}

/// [`is_stopword`] of a word of `len` bytes with the [`word_key`] `key`.
fn is_stopword_key(len: usize, key: Option<u128>) -> bool {
    // Stop words are 3 to 9 bytes long: most words are rejected without a search.
    (3..=9).contains(&len) && key.is_some_and(|k| STOPWORD_KEYS.binary_search(&k).is_ok())
}

/// [`STOPWORDS`] as [`word_key`]s (in the same, sorted, order).
const STOPWORD_KEYS: [u128; STOPWORDS.len()] = *WordSet::new(STOPWORD_ARRAY).keys();

/// [`STOPWORDS`] as an array, for [`WordSet::new`].
const STOPWORD_ARRAY: [&str; STOPWORDS.len()] = {
    let mut out = [""; STOPWORDS.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = STOPWORDS[i];
        i += 1;
    }
    out
};

/// Function words left out of similarity terms, sorted (for a binary search).
const STOPWORDS: &[&str] = &[
    "about",
    "according",
    "across",
    "added",
    "after",
    "against",
    "agency",
    "all",
    "along",
    "also",
    "although",
    "among",
    "and",
    "any",
    "are",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "can",
    "could",
    "did",
    "does",
    "for",
    "from",
    "had",
    "has",
    "have",
    "her",
    "here",
    "him",
    "his",
    "into",
    "its",
    "just",
    "may",
    "might",
    "more",
    "most",
    "news",
    "not",
    "off",
    "one",
    "only",
    "onto",
    "other",
    "others",
    "our",
    "out",
    "over",
    "per",
    "reported",
    "reports",
    "said",
    "say",
    "says",
    "she",
    "should",
    "since",
    "some",
    "statement",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "told",
    "under",
    "until",
    "upon",
    "very",
    "via",
    "was",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
];

#[cfg(test)] // only the tests use it
/// Content terms of `text[range]` for similarity: normalised words of three or more
/// characters, hyphenated words split (`Israel-Hamas` → `israel`, `hamas`), function
/// words dropped, a plural `s` stripped, number words turned into digits.
pub fn terms(text: &str, range: Range<usize>) -> Vec<String> {
    terms_of(text, &tokenize(text, range))
}

#[cfg(test)] // only the tests use it
/// [`terms`] of tokens already split from `text`.
pub fn terms_of(text: &str, toks: &[Token]) -> Vec<String> {
    let mut out = Vec::new();
    for_each_term(text, toks, |t| out.push(t.to_string()));
    out
}

#[cfg(test)] // only the tests use it
/// Calls `f` on every content term of `toks` (see [`terms`]), in order, without
/// allocating: terms are slices of the tokens' normalised forms, canonical names, or
/// numbers written into a buffer.
pub fn for_each_term(text: &str, toks: &[Token], mut f: impl FnMut(&str)) {
    for_each_term_source(text, toks, |source| match source {
        TermSource::Name(name) => f(name),
        TermSource::Token(t) => token_terms(t, &mut f),
    });
}

/// Where terms of [`for_each_term`] come from: a name that two tokens or the raw
/// text make, or one token whose terms depend on its normalised form alone (see
/// [`token_terms`]), so that they can be remembered per form.
#[derive(Debug, Clone, Copy)]
pub enum TermSource<'t> {
    /// A canonical name (`Islamic State`, `IS` → `isis`).
    Name(&'static str),
    /// A word whose terms are [`token_terms`].
    Token(&'t Token),
}

/// Calls `f` on the source of every content term of `toks`, in order: the names read
/// from more than the normalised form of one word, and every other word.
pub fn for_each_term_source<'t>(text: &str, toks: &'t [Token], mut f: impl FnMut(TermSource<'t>)) {
    let mut skip_next = false;
    for (i, t) in toks.iter().enumerate() {
        if !t.is_word || std::mem::take(&mut skip_next) {
            continue;
        }
        // "Islamic State" is one name.
        if t.norm == "islamic" && toks.get(i + 1).is_some_and(|n| n.norm == "state") {
            f(TermSource::Name("isis"));
            skip_next = true;
            continue;
        }
        if t.range.len() == 2 && t.raw(text) == "IS" {
            f(TermSource::Name("isis"));
            continue;
        }
        f(TermSource::Token(t));
    }
}

/// Calls `f` on the content terms of one word token: its canonical name, its count,
/// or its hyphen-separated parts of three characters or more that are not stop
/// words, stemmed. A function of the token's normalised form only.
pub fn token_terms(t: &Token, mut f: impl FnMut(&str)) {
    if let Some(c) = canonical(&t.norm) {
        f(c);
        return;
    }
    if let Some(n) = t.count {
        if n >= 2 {
            let mut buf = [0u8; 10];
            f(decimal(n, &mut buf));
        }
        return;
    }
    for part in t.norm.split(is_hyphen) {
        let part = part.trim_matches('\'');
        if part.chars().count() < 3 {
            continue;
        }
        // The whole form (no hyphen, no quote trimmed) has its key at hand.
        let stop = if part.len() == t.norm.len() {
            is_stopword_key(part.len(), t.norm.key())
        } else {
            is_stopword(part)
        };
        if !stop {
            f(stem(part));
        }
    }
}

/// `n` in decimal digits, written into `buf` (a `u32` has at most ten).
fn decimal(mut n: u32, buf: &mut [u8; 10]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// One name for words that name the same thing: the aliases of one armed group, the
/// verbs of holding territory, of killing and of wounding.
fn canonical(w: &Norm) -> Option<&'static str> {
    let key = w.key()?;
    let at = CANONICAL.binary_search_by_key(&key, |e| e.0).ok()?;
    Some(CANONICAL[at].1)
}

/// The words [`canonical`] renames, as [`word_key`]s sorted for a binary search, with
/// their one name.
const CANONICAL: [(u128, &str); 25] = {
    const PAIRS: [(&str, &str); 25] = [
        ("isis", "isis"),
        ("isil", "isis"),
        ("daesh", "isis"),
        ("ruled", "control"),
        ("controlled", "control"),
        ("control", "control"),
        ("held", "control"),
        ("seized", "control"),
        ("killed", "kill"),
        ("kill", "kill"),
        ("kills", "kill"),
        ("killing", "kill"),
        ("slain", "kill"),
        ("dead", "kill"),
        ("died", "kill"),
        ("death", "kill"),
        ("wounded", "injure"),
        ("injured", "injure"),
        ("hurt", "injure"),
        ("injuries", "injure"),
        ("injury", "injure"),
        ("wounds", "injure"),
        ("us", "us"),
        ("american", "us"),
        ("americans", "us"),
    ];
    let mut out = [(0u128, ""); 25];
    let mut i = 0;
    while i < PAIRS.len() {
        let key = match const_word_key(PAIRS[i].0) {
            Some(k) => k,
            None => panic!("canonical words are short"),
        };
        out[i] = (key, PAIRS[i].1);
        // Insertion sort by key, at compile time.
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
};

/// A light stemmer: drops a plural `s` (not `ss`) from words longer than four letters.
pub fn stem(w: &str) -> &str {
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        &w[..w.len() - 1]
    } else {
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_the_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(STOPWORDS.iter().all(|w| (3..=9).contains(&w.len())));
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        assert!(is_stopword("the") && is_stopword("agency") && !is_stopword("raid"));
    }

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<String> = tokenize(input, 0..input.len())
            .into_iter()
            .map(|t| t.norm.to_string())
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn tokens_keep_abbreviations_numbers_and_names_whole() {
        check("U.S. troops", &["us", "troops"]);
        check("Iraq’s al-Qaeda", &["iraq", "al-qaeda"]);
        check(
            "About 2,500 men, 3 days.",
            &["about", "2,500", "men", ",", "3", "days", "."],
        );
        check("“Two” (IS)", &["“", "two", "”", "(", "is", ")"]);
        check("Oct. 31", &["oct", ".", "31"]);
        check("in falls.", &["in", "falls", "."]);
    }

    #[test]
    fn ascii_and_decoded_scans_give_the_same_tokens() {
        let ascii = "On 3 May, U.S. and al-Qaeda's 2,500 men (A.B.C.) left: it's 1,2345 x.y. Z.";
        // The same text with a non-ASCII character at the end takes the decoding path.
        let mixed = format!("{ascii} é");
        let a = tokenize(ascii, 0..ascii.len());
        let m = tokenize(&mixed, 0..mixed.len());
        assert_eq!(a[..], m[..a.len()]);
        assert_eq!(m.len(), a.len() + 1);
    }

    #[test]
    fn plain_words_lower_in_one_pass_like_the_general_case() {
        for w in [
            "Raid",
            "AL-QAEDA",
            "x2",
            "sixteen-letters-",
            "seventeen-letters",
            "Iraq’s",
            "U.S.",
        ] {
            let general: String = w
                .chars()
                .filter(|c| *c != '.')
                .map(|c| if is_apostrophe(c) { '\'' } else { c })
                .collect::<String>()
                .to_lowercase();
            let general = general.strip_suffix("'s").unwrap_or(&general);
            assert_eq!(normalise(w).as_str(), general, "{w}");
            assert_eq!(normalise(w).key(), word_key(general), "{w}");
        }
    }

    #[test]
    fn canonical_names_by_key() {
        assert!(CANONICAL.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(canonical(&Norm::new("daesh")), Some("isis"));
        assert_eq!(canonical(&Norm::new("wounds")), Some("injure"));
        assert_eq!(canonical(&Norm::new("americans")), Some("us"));
        assert_eq!(canonical(&Norm::new("raid")), None);
        assert_eq!(canonical(&Norm::new("")), None);
    }

    #[test]
    fn norms_keep_their_word_keys() {
        for w in [
            "",
            "a",
            "raid",
            "sixteen-letters!",
            "é’s",
            "seventeen-letters",
            "a\0",
        ] {
            assert_eq!(Norm::new(w).key(), word_key(w), "{w}");
            assert_eq!(Norm::new(w).as_str(), w);
        }
    }

    #[test]
    fn long_sentences_are_clipped_on_char_boundaries() {
        let text = "é".repeat(MAX_SENTENCE_BYTES);
        let r = clip(&text, 0..text.len());
        assert!(r.end <= MAX_SENTENCE_BYTES && text.is_char_boundary(r.end));
        assert_eq!(clip("short", 0..5), 0..5);
    }

    #[test]
    fn ranges_are_byte_ranges_into_the_text() {
        let text = "x Iraq’s army";
        let toks = tokenize(text, 2..text.len());
        assert_eq!(toks[0].raw(text), "Iraq’s");
        assert_eq!(toks[1].raw(text), "army");
    }

    #[test]
    fn terms_drop_function_words_and_split_hyphens() {
        let text = "The Israel-Hamas war forced thirty-seven fighters out";
        assert_eq!(
            terms(text, 0..text.len()),
            ["israel", "hama", "war", "forced", "37", "fighter"]
        );
        let text = "ISIL fighters controlled land; the Islamic State ruled it; IS held it";
        assert_eq!(
            terms(text, 0..text.len()),
            ["isis", "fighter", "control", "land", "isis", "control", "isis", "control"]
        );
    }
}
