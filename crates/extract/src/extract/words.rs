//! Word tokens with byte ranges, shared by the casualty, reference and event stages.
//!
//! A token is either a word (letters and digits, with inner hyphens, apostrophes,
//! abbreviation dots and digit-group commas: `al-Qaeda`, `Iraq’s`, `U.S.`, `2,500`) or a
//! single punctuation character. Each word carries a normalised lower-case form
//! (`U.S.` → `us`, `Iraq’s` → `iraq`) so lexicon look-ups stay simple and linear.

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
        debug_assert!(len <= INLINE_NORM);
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
            // they are valid UTF-8; every constructor keeps `len` at most
            // `INLINE_NORM`, so the slice is in bounds. Checking either again on every
            // read would cost more than the rest of a word comparison.
            NormRepr::Inline { buf, len, .. } => unsafe {
                std::str::from_utf8_unchecked(buf.get_unchecked(..usize::from(*len)))
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
    /// A token of `range` with the normalised form `norm`. Inlined into the
    /// tokeniser, so that the token is built where it is pushed.
    #[inline(always)]
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

    /// True when the token as written starts with an ASCII capital: the same answer
    /// as testing the first byte of [`Self::raw`], without slicing the text.
    pub fn starts_ascii_upper(&self, text: &str) -> bool {
        // An ASCII first byte is a char boundary; `raw` also needs the end to be one.
        self.range.start < self.range.end
            && text
                .as_bytes()
                .get(self.range.start)
                .is_some_and(u8::is_ascii_uppercase)
            && text.is_char_boundary(self.range.end)
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
///
/// The text is read byte by byte: ASCII (nearly all of news prose) needs no
/// decoding, and a character is decoded only where a byte of one is met, so a
/// sentence with one curly quote costs no more than one without.
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let Some(slice) = text.get(range.clone()) else {
        return Vec::new();
    };
    let base = range.start;
    let bytes = slice.as_bytes();
    // About one token per five bytes of prose: few re-allocations.
    let mut out = Vec::with_capacity(slice.len() / 5 + 1);
    let mut i = 0;
    while i < bytes.len() {
        let (c, len) = char_at(slice, i);
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !is_alnum(c) {
            out.push(Token::new(
                base + i..base + i + len,
                Norm::new(&slice[i..i + len]),
                false,
            ));
            i += len;
            continue;
        }
        if let Some((end, norm)) = plain_word(bytes, i) {
            out.push(Token::new(base + i..base + end, norm, true));
            i = end;
            continue;
        }
        let end = word_end(slice, i, c, len);
        out.push(Token::new(
            base + i..base + end,
            normalise(&slice[i..end]),
            true,
        ));
        i = end;
    }
    out
}

/// The end and normalised form of the word starting at byte `start`, read and
/// lowered in one pass, when it is a plain one (nearly every word): at most
/// [`INLINE_NORM`] ASCII letters and digits, followed by nothing [`word_end`] could
/// carry it on over. `None` for any other word, which the general scan reads.
#[inline]
fn plain_word(bytes: &[u8], start: usize) -> Option<(usize, Norm)> {
    let mut buf = [0u8; INLINE_NORM];
    let mut j = start;
    while let Some(&b) = bytes.get(j) {
        let lower = ALNUM_LOWER[usize::from(b)];
        if lower == 0 {
            break;
        }
        if let Some(d) = buf.get_mut(j - start) {
            *d = lower;
        }
        j += 1;
    }
    let len = j - start;
    if len == 0 || len > INLINE_NORM {
        return None;
    }
    // What may carry a word on (see `word_end`): a hyphen or apostrophe (ASCII or
    // not), any other non-ASCII character, a comma after a digit, and a dot after a
    // single letter (an abbreviation such as "U.S."); a dot after two letters or
    // more, a comma after a letter, and any other ASCII byte end it.
    let carries_on = bytes.get(j).is_some_and(|&next| match next {
        b'-' | b'\'' | 0x80.. => true,
        b',' => bytes[j - 1].is_ascii_digit(),
        b'.' => len == 1,
        _ => false,
    });
    if carries_on {
        return None;
    }
    // Letters and digits only: no NUL, so the form has its key.
    Some((
        j,
        Norm(NormRepr::Inline {
            buf,
            len: len as u8,
            keyed: true,
        }),
    ))
}

/// For each byte, its ASCII lower case when it is an ASCII letter or digit, else 0:
/// [`plain_word`] checks and lowers a byte with one look-up.
const ALNUM_LOWER: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    table
};

/// The character starting at byte `i` of `s` (a char boundary, `i < s.len()`) and
/// its length in bytes: an ASCII byte as it is, any other decoded.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
    (c, c.len_utf8())
}

/// The character starting at byte `i` of `s`, `None` at or past the end.
fn char_after(s: &str, i: usize) -> Option<char> {
    (i < s.len()).then(|| char_at(s, i).0)
}

/// The byte offset after the word whose first character `first` (of `first_len`
/// bytes) starts at byte `start` of `s`: letters and digits, with inner hyphens and
/// apostrophes, thousands commas and abbreviation dots.
fn word_end(s: &str, start: usize, first: char, first_len: usize) -> usize {
    let bytes = s.as_bytes();
    let mut j = start + first_len;
    // The character before `j` and its byte offset.
    let mut prev = first;
    let mut prev_at = start;
    loop {
        // A run of ASCII letters and digits (most of every word) needs no checks.
        let run_from = j;
        while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j > run_from {
            prev = char::from(bytes[j - 1]);
            prev_at = j - 1;
        }
        if j >= bytes.len() {
            return j;
        }
        let (c, len) = char_at(s, j);
        let inner = is_alnum(c)
            || (is_hyphen(c) || is_apostrophe(c)) && char_after(s, j + len).is_some_and(is_alnum)
            || c == ',' && prev.is_ascii_digit() && digits_group_follows(bytes, j + 1)
            || c == '.' && is_alphabetic(prev) && is_abbreviation(s, start, prev_at, j);
        if !inner {
            return j;
        }
        prev = c;
        prev_at = j;
        j += len;
    }
}

/// `c.is_alphanumeric()`, with ASCII and general punctuation answered inline.
#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !is_general_punctuation(c) && c.is_alphanumeric()
    }
}

/// `c.is_alphabetic()`, with ASCII and general punctuation answered inline: the
/// letter test of both tokenisers.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        !is_general_punctuation(c) && c.is_alphabetic()
    }
}

/// True for a character of the General Punctuation block (U+2000 to U+206F: spaces,
/// dashes, curly quotes, ellipsis), none of which is a letter or a digit. Nearly
/// every non-ASCII character of news prose is one; answering them here spares a
/// search of the Unicode tables.
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// True when exactly three digits follow at byte `from` (a thousands group).
fn digits_group_follows(bytes: &[u8], from: usize) -> bool {
    let digit = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    (0..3).all(|k| digit(from + k)) && !digit(from + 3)
}

/// True when the dot at byte `dot` of `s` continues an abbreviation of single
/// letters (`U.S.`) in the word starting at byte `start`, whose last character
/// before the dot (a letter) starts at byte `prev_at`.
fn is_abbreviation(s: &str, start: usize, prev_at: usize, dot: usize) -> bool {
    let bytes = s.as_bytes();
    // The letter is a segment of its own: first in the word, or after a dot (a byte
    // that is never part of a longer character).
    let single = prev_at == start || bytes[prev_at - 1] == b'.';
    if !single {
        return false;
    }
    let dotted_before = bytes[start..dot].contains(&b'.');
    dotted_before
        || char_after(s, dot + 1)
            .is_some_and(|n| is_alphabetic(n) && bytes.get(dot + 1 + n.len_utf8()) == Some(&b'.'))
}

/// The prefix whose hyphen [`normalise`] drops.
const COUNTER: &str = "counter-";

/// Lower-cases a word, drops abbreviation dots and a possessive `’s`, and writes
/// "counter-" words as one ("Counter-Terrorism" as "counterterrorism", the American
/// spelling), so both spellings are one lexicon word.
pub fn normalise(raw: &str) -> Norm {
    if raw.len() > COUNTER.len()
        && raw.as_bytes()[..COUNTER.len()].eq_ignore_ascii_case(COUNTER.as_bytes())
    {
        return normalise(&format!("counter{}", &raw[COUNTER.len()..]));
    }
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

    fn first_and_len(&self) -> (u8, usize) {
        match &self.0 {
            // The padding is zero: an empty form's first byte reads as 0.
            NormRepr::Inline { buf, len, .. } => (buf[0], usize::from(*len)),
            NormRepr::Heap(s) => (**s).first_and_len(),
        }
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
    crate::extract::word_keys::keyed_pairs(&PAIRS)
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

    /// The tokeniser as first written, over decoded characters: the reference the
    /// byte-level [`tokenize`] must agree with.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |i: usize| chars.get(i).map(|x| x.1);
        let offset = |i: usize| chars.get(i).map_or(text.len(), |x| x.0);
        let alnum = |c: char| c.is_alphanumeric();
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].1;
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            let b = offset(i);
            if !alnum(c) {
                let e = offset(i + 1);
                out.push(Token::new(b..e, Norm::new(&text[b..e]), false));
                i += 1;
                continue;
            }
            let start = i;
            let mut j = i + 1;
            while j < chars.len() {
                let c = chars[j].1;
                let prev = chars[j - 1].1;
                let digit = |k: usize| at(k).is_some_and(|c| c.is_ascii_digit());
                let abbreviation = || {
                    let seg = (start..j).rev().take_while(|&k| chars[k].1 != '.');
                    if seg.count() != 1 {
                        return false;
                    }
                    let next = at(j + 1);
                    matches!(next, Some(n) if n.is_alphabetic() && at(j + 2) == Some('.'))
                        || (start..j).any(|k| chars[k].1 == '.')
                };
                let inner = alnum(c)
                    || (is_hyphen(c) || is_apostrophe(c)) && at(j + 1).is_some_and(alnum)
                    || c == ','
                        && prev.is_ascii_digit()
                        && (1..4).all(|k| digit(j + k))
                        && !digit(j + 4)
                    || c == '.' && prev.is_alphabetic() && abbreviation();
                if !inner {
                    break;
                }
                j += 1;
            }
            let e = offset(j);
            out.push(Token::new(b..e, normalise(&text[b..e]), true));
            i = j;
        }
        out
    }

    #[test]
    fn byte_scan_agrees_with_the_character_scan() {
        for text in [
            "U.S.-led forces killed 3,000 “militants” — and wounded 12,34 others.",
            "Iraq’s al-Qaeda, the A.B.C. and x.y. José Ñúñez’s men in São Paulo…",
            "‘Two’ dead–three hurt: 1,234,567 or 1,2345 or ,500 or 5, 000 in 2024.",
            "Zoë’s twenty‐two café-owners ran; Å.B. é.é. l’État D’Artagnan",
            "ﬁve ① ½ Ⅻ ٣ people\u{a0}left\u{2009}at 9.30 a.m. — e.g. U.N.’s",
            "co-op -x x- ’s ' a'b a''b 1-2 ab.cd. A. B.C.D.-E",
            "abcdefghijklmnop abcdefghijklmnopq 1234567890123456, 12345678901234567,000 a.b",
            "ab,cd 12,345 12,3456 x, 1, I. Mr. U. S. a' b- c‐d e’f g” h1.2 3a.b.",
            "",
            "é",
            "a",
        ] {
            assert_eq!(
                tokenize(text, 0..text.len()),
                tokenize_by_chars(text),
                "{text}"
            );
        }
    }

    #[test]
    fn general_punctuation_holds_no_letters_or_digits() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(is_general_punctuation(c));
            assert!(
                !c.is_alphanumeric() && !is_alnum(c) && !is_alphabetic(c),
                "{c:?}"
            );
        }
        for c in ['é', 'Ñ', 'ß', 'ⁱ', '٣', '½', 'Ⅻ'] {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn byte_scan_agrees_on_any_mix(
            text in "[a-zA-Z0-9 .,'’‘\\-‐‑“”—–éÑß½٣\u{a0}\u{2009}\u{2070}\u{2071}]{0,40}"
        ) {
            proptest::prop_assert_eq!(tokenize(&text, 0..text.len()), tokenize_by_chars(&text));
        }
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
    fn counter_words_are_one_word_in_either_spelling() {
        for (raw, norm) in [
            ("Counter-Terrorism", "counterterrorism"),
            ("counter-terrorism", "counterterrorism"),
            ("COUNTER-INSURGENCY", "counterinsurgency"),
            ("counter-attack", "counterattack"),
            ("Counter-IED", "counteried"),
            ("counter-terrorism’s", "counterterrorism"),
        ] {
            assert_eq!(normalise(raw).as_str(), norm, "{raw}");
        }
        // Short enough for a lexicon key, as the hyphenated form was not.
        assert!(normalise("Counter-Terrorism").key().is_some());
        // Tokenised in running text, the British spelling names the partner force.
        let text = "One Counter-Terrorism Service officer was killed.";
        let toks = tokenize(text, 0..text.len());
        assert!(toks.iter().any(|t| t.norm.as_str() == "counterterrorism"));
        // Other hyphenated words keep their hyphen; "counter-" alone is a word.
        assert_eq!(normalise("al-Qaeda").as_str(), "al-qaeda");
        assert_eq!(normalise("counter-").as_str(), "counter-");
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
            assert_eq!(Norm::new(w).first_and_len(), w.first_and_len(), "{w}");
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
    fn a_capital_is_read_from_the_first_byte_as_from_the_raw_text() {
        let text = "Raid é Éa x U.S. ’Z X’";
        let mut toks = tokenize(text, 0..text.len());
        // Ranges no tokeniser makes: empty, past the end, ending inside a character.
        let x = text.find("X’").unwrap();
        for range in [
            0..0,
            0..1,
            5..6,
            6..7,
            0..40,
            40..41,
            7..9,
            // Reversed.
            Range { start: 3, end: 1 },
            x..x + 2,
            x..x + 4,
        ] {
            toks.push(Token::new(range, Norm::new("x"), true));
        }
        for t in &toks {
            let by_raw = t
                .raw(text)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_uppercase);
            assert_eq!(t.starts_ascii_upper(text), by_raw, "{:?}", t.range);
        }
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
