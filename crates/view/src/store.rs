//! The user's own articles as a versioned document for browser storage: what is saved,
//! how it is checked on load, and what happens to data that is corrupt or too new.
//!
//! The UI keeps one JSON string under [`KEY`], written by [`save`] (by hand: the page's
//! module has no JSON library). [`load`] (run in the extraction worker, which answers
//! with [`to_bytes`]' form) reads it without ever panicking and says exactly what it
//! found ([`LoadOutcome`]); on `Corrupt` or
//! `UnknownVersion` the UI should copy the raw string to [`BACKUP_KEY`] before
//! writing anything, so a newer app version's data or a damaged entry is never lost.
//! Files dropped or picked by the user go through [`validate_import`] first.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The localStorage key holding the saved articles.
pub const KEY: &str = "dateline.user-articles";

/// Where the UI should keep a copy of data it could not read, before starting afresh.
pub const BACKUP_KEY: &str = "dateline.user-articles.backup";

/// The schema version this build writes and reads.
pub const VERSION: u32 = 1;

/// Largest article file accepted for import (2 MiB), to keep localStorage within quota.
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;

/// Prefix of the ids given to user-added articles (`user-1`, `user-2`, …).
pub const ID_PREFIX: &str = "user-";

/// The whole saved document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// Schema version; [`VERSION`] for documents this build writes.
    pub version: u32,
    /// The user's articles, in the order they were added.
    pub articles: Vec<SavedArticle>,
}

/// One article the user added.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedArticle {
    /// Unique id (`user-1`), used as `Article.id`.
    pub id: String,
    /// Display name: the file name or a name the user typed.
    pub name: String,
    /// The outlet, when the user gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The publication date, when the user gave one.
    #[serde(
        with = "crate::timeval::serde_day",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub published: Option<NaiveDate>,
    /// The full article text (already validated, line ends normalised to `\n`).
    pub text: String,
    /// When it was added, as the UI recorded it (e.g. an ISO 8601 timestamp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<String>,
}

impl Default for Saved {
    /// An empty document at the current [`VERSION`].
    fn default() -> Self {
        Saved {
            version: VERSION,
            articles: Vec::new(),
        }
    }
}

impl Saved {
    /// An empty document at the current [`VERSION`].
    pub fn new() -> Self {
        Self::default()
    }

    /// The next free id among this document's articles (see [`next_id`]).
    pub fn next_id(&self) -> String {
        next_id(self.articles.iter().map(|a| a.id.as_str()))
    }

    /// Adds an article under a fresh id and returns that id. A blank name becomes
    /// "Untitled article".
    pub fn add(
        &mut self,
        name: &str,
        text: String,
        outlet: Option<String>,
        published: Option<NaiveDate>,
        added: Option<String>,
    ) -> String {
        let id = self.next_id();
        let name = name.trim();
        self.articles.push(SavedArticle {
            id: id.clone(),
            name: if name.is_empty() {
                "Untitled article".to_string()
            } else {
                name.to_string()
            },
            outlet,
            published,
            text,
            added,
        });
        id
    }

    /// Removes the article with `id`; true when one was removed.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.articles.len();
        self.articles.retain(|a| a.id != id);
        self.articles.len() != before
    }
}

/// What [`load`] found under [`KEY`].
#[derive(Debug, Clone, PartialEq)]
pub enum LoadOutcome {
    /// Nothing saved yet (no entry, or an empty string).
    Empty,
    /// A valid document of the current version.
    Loaded(Saved),
    /// The entry is not JSON, or not the expected shape; `reason` says what is wrong.
    Corrupt {
        /// A short, user-readable explanation.
        reason: String,
    },
    /// A well-formed document of another version (e.g. written by a newer build).
    UnknownVersion {
        /// The version number found.
        found: u64,
    },
}

/// Reads the stored string (`None` when the key is absent). Never panics.
pub fn load(raw: Option<&str>) -> LoadOutcome {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return LoadOutcome::Empty;
    };
    let corrupt = |reason: String| LoadOutcome::Corrupt { reason };
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return corrupt(format!("not JSON ({e})")),
    };
    let Some(object) = value.as_object() else {
        return corrupt("not an object with a version and articles".to_string());
    };
    let found = match object.get("version") {
        None => return corrupt("no version number".to_string()),
        Some(v) => match v.as_u64() {
            Some(n) => n,
            None => return corrupt(format!("version is not a whole number: {v}")),
        },
    };
    if found != u64::from(VERSION) {
        return LoadOutcome::UnknownVersion { found };
    }
    // Parsed again from the text rather than from `value`: `from_value` would compile a
    // second deserializer of the whole schema into the bundle. The message keeps only
    // what is wrong; the text position `from_str` adds says nothing more to the user.
    let saved: Saved = match serde_json::from_str(raw) {
        Ok(s) => s,
        Err(e) => {
            let why = e.to_string();
            let why = why
                .rsplit_once(" at line ")
                .map_or(why.as_str(), |(w, _)| w);
            return corrupt(format!("unexpected shape ({why})"));
        }
    };
    let mut seen: Vec<&str> = Vec::new();
    for a in &saved.articles {
        if a.id.trim().is_empty() {
            return corrupt("an article has an empty id".to_string());
        }
        if seen.contains(&a.id.as_str()) {
            return corrupt(format!("article id {} appears twice", a.id));
        }
        seen.push(&a.id);
    }
    LoadOutcome::Loaded(saved)
}

/// The document as the compact JSON string to store under [`KEY`]: the very text
/// `serde_json::to_string` writes (a test holds them equal), written by hand so that
/// the page, which saves after every change, carries no JSON library.
pub fn save(saved: &Saved) -> String {
    let text_len: usize = saved
        .articles
        .iter()
        .map(|a| a.text.len() + a.name.len() + 96)
        .sum();
    let mut out = String::with_capacity(32 + text_len);
    out.push_str("{\"version\":");
    out.push_str(&saved.version.to_string());
    out.push_str(",\"articles\":[");
    for (i, a) in saved.articles.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        field(&mut out, '{', "id", &a.id);
        field(&mut out, ',', "name", &a.name);
        if let Some(outlet) = &a.outlet {
            field(&mut out, ',', "outlet", outlet);
        }
        if let Some(day) = a.published {
            field(&mut out, ',', "published", &crate::timeval::day_value(day));
        }
        field(&mut out, ',', "text", &a.text);
        if let Some(added) = &a.added {
            field(&mut out, ',', "added", added);
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

/// Writes `before`, `"key":` and `value` as a JSON string.
fn field(out: &mut String, before: char, key: &str, value: &str) {
    out.push(before);
    json_string(out, key);
    out.push(':');
    json_string(out, value);
}

/// Writes `s` as a JSON string (RFC 8259): quotes, backslashes and control characters
/// escaped as `serde_json` escapes them, everything else as it is. A Rust string holds no
/// lone surrogate, so the output is always valid UTF-8 JSON.
fn json_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        from = i + 1;
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[from..]);
    out.push('"');
}

/// The document as bytes for the worker's answer to the page (see
/// `worker_job::Answer::Loaded`): the version, the number of articles, then each field
/// in order, a string as its length (4 bytes, little-endian) and its UTF-8, an optional
/// one after a byte 1 (present) or 0 (absent), a date as `YYYY-MM-DD`. Read back by
/// [`from_bytes`] without any JSON code.
pub fn to_bytes(saved: &Saved) -> Vec<u8> {
    fn text(out: &mut Vec<u8>, s: &str) {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    }
    fn maybe(out: &mut Vec<u8>, s: Option<&str>) {
        match s {
            Some(s) => {
                out.push(1);
                text(out, s);
            }
            None => out.push(0),
        }
    }
    let mut out = saved.version.to_le_bytes().to_vec();
    out.extend_from_slice(&(saved.articles.len() as u32).to_le_bytes());
    for a in &saved.articles {
        text(&mut out, &a.id);
        text(&mut out, &a.name);
        maybe(&mut out, a.outlet.as_deref());
        maybe(
            &mut out,
            a.published.map(crate::timeval::day_value).as_deref(),
        );
        text(&mut out, &a.text);
        maybe(&mut out, a.added.as_deref());
    }
    out
}

/// Reads what [`to_bytes`] wrote; `None` for anything else.
pub fn from_bytes(raw: &[u8]) -> Option<Saved> {
    struct Reader<'a>(&'a [u8]);
    impl Reader<'_> {
        fn take(&mut self, n: usize) -> Option<&[u8]> {
            let (head, rest) = (self.0.get(..n)?, self.0.get(n..)?);
            self.0 = rest;
            Some(head)
        }
        fn u32(&mut self) -> Option<u32> {
            Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
        }
        fn text(&mut self) -> Option<String> {
            let n = usize::try_from(self.u32()?).ok()?;
            String::from_utf8(self.take(n)?.to_vec()).ok()
        }
        fn maybe(&mut self) -> Option<Option<String>> {
            match self.take(1)? {
                [0] => Some(None),
                [1] => self.text().map(Some),
                _ => None,
            }
        }
    }
    let mut r = Reader(raw);
    let version = r.u32()?;
    let n = r.u32()?;
    let mut articles = Vec::new();
    for _ in 0..n {
        articles.push(SavedArticle {
            id: r.text()?,
            name: r.text()?,
            outlet: r.maybe()?,
            published: match r.maybe()? {
                Some(day) => Some(crate::timeval::parse_day(&day)?),
                None => None,
            },
            text: r.text()?,
            added: r.maybe()?,
        });
    }
    r.0.is_empty().then_some(Saved { version, articles })
}

/// The next `user-N` id: one more than the highest `user-N` among `existing` (which
/// should include every id in use, saved and embedded), starting at `user-1`.
pub fn next_id<'a>(existing: impl IntoIterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = existing.into_iter().collect();
    let highest = ids
        .iter()
        .filter_map(|id| id.strip_prefix(ID_PREFIX)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    let mut n = highest.saturating_add(1);
    // Only reachable at u64::MAX; keeps the no-collision promise regardless.
    while ids.contains(&format!("{ID_PREFIX}{n}").as_str()) {
        n = n.wrapping_add(1);
    }
    format!("{ID_PREFIX}{n}")
}

/// Why a file cannot be imported as an article. `Display` gives a user-facing message
/// naming the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file has no text (zero bytes or only whitespace).
    Empty {
        /// The file name.
        name: String,
    },
    /// The file is over [`MAX_ARTICLE_BYTES`].
    TooLarge {
        /// The file name.
        name: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file holds NUL bytes or many control characters: not plain text.
    Binary {
        /// The file name.
        name: String,
    },
    /// The file is not valid UTF-8.
    NotUtf8 {
        /// The file name.
        name: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty { name } => {
                write!(f, "“{}” is empty: there is no text to add.", shown(name))
            }
            ImportError::TooLarge { name, bytes } => write!(
                f,
                "“{}” is too large ({}); an article can be at most {}.",
                shown(name),
                size(*bytes),
                size(MAX_ARTICLE_BYTES)
            ),
            ImportError::Binary { name } => write!(
                f,
                "“{}” is not plain text (it looks like a PDF, image or word-processor file). \
                 Save the article as a .txt file and try again.",
                shown(name)
            ),
            ImportError::NotUtf8 { name } => write!(
                f,
                "“{}” is not UTF-8 text. Save it as UTF-8 plain text and try again.",
                shown(name)
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Checks a file the user wants to add and returns its text: UTF-8 without a byte-order
/// mark, line ends normalised to `\n`, a web page's source turned into the text of its
/// prose ([`crate::html_text`]). Rejects files that are too large, empty, binary
/// (a NUL byte, or at least 3 control characters making up over 1% of the text) or not
/// UTF-8.
pub fn validate_import(name: &str, bytes: &[u8]) -> Result<String, ImportError> {
    let name = name.to_string();
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge {
            name,
            bytes: bytes.len(),
        });
    }
    if bytes.is_empty() {
        return Err(ImportError::Empty { name });
    }
    if bytes.contains(&0) {
        return Err(ImportError::Binary { name });
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(ImportError::NotUtf8 { name });
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let chars = text.chars().count();
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls >= 3 && controls * 100 > chars {
        return Err(ImportError::Binary { name });
    }
    // A web page's source becomes the text of its prose (its markup never reaches the
    // extractor or the screen as markup).
    let text = if crate::html_text::looks_like_html(text) {
        crate::html_text::html_to_text(text)
    } else {
        text.replace("\r\n", "\n").replace('\r', "\n")
    };
    if text.trim().is_empty() {
        return Err(ImportError::Empty { name });
    }
    Ok(text)
}

/// A file name safe to show: control characters dropped, at most 80 characters.
fn shown(name: &str) -> String {
    let clean: String = name.chars().filter(|c| !c.is_control()).collect();
    let clean = clean.trim();
    if clean.is_empty() {
        return "the file".to_string();
    }
    if clean.chars().count() > 80 {
        let head: String = clean.chars().take(79).collect();
        format!("{head}…")
    } else {
        clean.to_string()
    }
}

/// A byte count for people: "2 MB", "2.5 MB", "512 KB", "17 bytes".
fn size(bytes: usize) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    let bytes = bytes as u64; // u64 so that `* 10` cannot overflow on wasm32
    if bytes >= MB {
        let tenths = (bytes * 10 + MB / 2) / MB;
        if tenths % 10 == 0 {
            format!("{} MB", tenths / 10)
        } else {
            format!("{}.{} MB", tenths / 10, tenths % 10)
        }
    } else if bytes >= KB {
        format!("{} KB", (bytes + KB / 2) / KB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Saved {
        let mut s = Saved::new();
        s.add(
            "report.txt",
            "Seven US soldiers were injured.".into(),
            Some("Al Jazeera".into()),
            NaiveDate::from_ymd_opt(2024, 8, 31),
            Some("2024-09-01T10:00:00Z".into()),
        );
        s.add("  ", "Second.".into(), None, None, None);
        s
    }

    #[test]
    fn save_then_load_round_trips() {
        let s = sample();
        let raw = save(&s);
        assert!(raw.starts_with(r#"{"version":1,"articles":[{"id":"user-1","name":"report.txt""#));
        assert!(raw.contains(r#""published":"2024-08-31""#));
        assert_eq!(load(Some(&raw)), LoadOutcome::Loaded(s.clone()));
        assert_eq!(s.articles[1].id, "user-2");
        assert_eq!(s.articles[1].name, "Untitled article");
    }

    #[test]
    fn the_writer_escapes_what_json_must() {
        let mut s = Saved::new();
        s.add(
            "a \"quoted\" \\ name",
            "line\nnext\r\ttab \u{8}\u{c}\u{0}\u{1f}\u{7f} / é 😀".into(),
            None,
            None,
            None,
        );
        let raw = save(&s);
        assert!(raw.contains(r#""name":"a \"quoted\" \\ name""#), "{raw}");
        assert!(
            raw.contains("\"text\":\"line\\nnext\\r\\ttab \\b\\f\\u0000\\u001f\u{7f} / é 😀\""),
            "{raw}"
        );
        assert_eq!(raw, serde_json::to_string(&s).unwrap());
        assert_eq!(load(Some(&raw)), LoadOutcome::Loaded(s.clone()));
        let bytes = to_bytes(&s);
        assert_eq!(from_bytes(&bytes), Some(s.clone()));
        assert_eq!(from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(from_bytes(&[bytes.as_slice(), &[0]].concat()), None);
        assert_eq!(from_bytes(b""), None);
    }

    #[test]
    fn missing_or_blank_entry_is_empty() {
        assert_eq!(load(None), LoadOutcome::Empty);
        assert_eq!(load(Some("")), LoadOutcome::Empty);
        assert_eq!(load(Some("  \n")), LoadOutcome::Empty);
    }

    #[test]
    fn optional_fields_may_be_absent() {
        let raw = r#"{"version":1,"articles":[{"id":"user-3","name":"a","text":"t"}]}"#;
        let LoadOutcome::Loaded(s) = load(Some(raw)) else {
            panic!("should load");
        };
        assert_eq!(s.articles[0].outlet, None);
        assert_eq!(s.next_id(), "user-4");
    }

    #[test]
    fn corrupt_entries_say_why() {
        let reason = |raw: &str| match load(Some(raw)) {
            LoadOutcome::Corrupt { reason } => reason,
            other => panic!("{raw}: expected Corrupt, got {other:?}"),
        };
        assert!(reason("{not json").starts_with("not JSON ("));
        assert_eq!(reason("[1,2]"), "not an object with a version and articles");
        assert_eq!(reason(r#"{"articles":[]}"#), "no version number");
        assert_eq!(
            reason(r#"{"version":"1","articles":[]}"#),
            "version is not a whole number: \"1\""
        );
        assert_eq!(
            reason(r#"{"version":-1,"articles":[]}"#),
            "version is not a whole number: -1"
        );
        assert_eq!(
            reason(r#"{"version":1}"#),
            "unexpected shape (missing field `articles`)"
        );
        assert!(
            reason(r#"{"version":1,"articles":[{"id":"x","name":"n"}]}"#)
                .contains("missing field `text`")
        );
        assert!(reason(r#"{"version":1,"articles":[{"id":"x","name":"n","text":"t","published":"31/08/2024"}]}"#)
            .starts_with("unexpected shape"));
        let dup = r#"{"version":1,"articles":[{"id":"user-1","name":"a","text":"t"},{"id":"user-1","name":"b","text":"u"}]}"#;
        assert_eq!(reason(dup), "article id user-1 appears twice");
        assert_eq!(
            reason(r#"{"version":1,"articles":[{"id":" ","name":"a","text":"t"}]}"#),
            "an article has an empty id"
        );
    }

    #[test]
    fn other_versions_are_reported_not_parsed() {
        assert_eq!(
            load(Some(r#"{"version":2,"articles":"a new shape"}"#)),
            LoadOutcome::UnknownVersion { found: 2 }
        );
        assert_eq!(
            load(Some(r#"{"version":0}"#)),
            LoadOutcome::UnknownVersion { found: 0 }
        );
    }

    #[test]
    fn ids_never_collide() {
        assert_eq!(next_id([]), "user-1");
        assert_eq!(next_id(["000", "004"]), "user-1");
        assert_eq!(next_id(["user-1", "user-7", "user-x", "user-3"]), "user-8");
        let mut s = sample();
        assert!(s.remove("user-2"));
        assert!(!s.remove("user-2"));
        assert_eq!(s.add("c", "t".into(), None, None, None), "user-2");
        assert_eq!(s.add("d", "t".into(), None, None, None), "user-3");
    }

    #[test]
    fn plain_text_imports_are_normalised() {
        assert_eq!(
            validate_import("a.txt", "\u{feff}Line one\r\nLine two\r".as_bytes()),
            Ok("Line one\nLine two\n".to_string())
        );
        assert_eq!(
            validate_import("tabs.txt", "a\tb\u{c}c é".as_bytes()),
            Ok("a\tb\u{c}c é".to_string())
        );
    }

    #[test]
    fn bad_imports_are_rejected_with_a_message_naming_the_file() {
        let err = |name: &str, bytes: &[u8]| validate_import(name, bytes).unwrap_err();
        let e = err("empty.txt", b"");
        assert_eq!(
            e,
            ImportError::Empty {
                name: "empty.txt".into()
            }
        );
        assert_eq!(
            e.to_string(),
            "“empty.txt” is empty: there is no text to add."
        );
        assert_eq!(
            err("blank.txt", b" \n\t\n").to_string(),
            "“blank.txt” is empty: there is no text to add."
        );

        let big = vec![b'a'; MAX_ARTICLE_BYTES + 1];
        assert_eq!(
            err("big.txt", &big).to_string(),
            "“big.txt” is too large (2 MB); an article can be at most 2 MB."
        );
        let bigger = vec![b'a'; 5 * 1024 * 1024 + 600 * 1024];
        assert_eq!(
            err("huge.txt", &bigger).to_string(),
            "“huge.txt” is too large (5.6 MB); an article can be at most 2 MB."
        );
        assert!(validate_import("max.txt", &vec![b'a'; MAX_ARTICLE_BYTES]).is_ok());

        let pdf = err("paper.pdf", b"%PDF-1.7\n\0\x01binary");
        assert_eq!(
            pdf,
            ImportError::Binary {
                name: "paper.pdf".into()
            }
        );
        assert!(pdf.to_string().starts_with("“paper.pdf” is not plain text"));
        assert_eq!(
            err("ctl.txt", b"ab\x01\x02\x03cd"),
            ImportError::Binary {
                name: "ctl.txt".into()
            }
        );

        let latin1 = err("latin1.txt", b"caf\xe9");
        assert_eq!(
            latin1.to_string(),
            "“latin1.txt” is not UTF-8 text. Save it as UTF-8 plain text and try again."
        );
        assert_eq!(
            err("\u{1b}[31m", b"").to_string(),
            "“[31m” is empty: there is no text to add."
        );
    }

    #[cfg(not(target_arch = "wasm32"))] // proptest is a native-only dev-dependency
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        /// Strings mixing what JSON must escape with plain, non-ASCII and astral text.
        fn tricky() -> impl Strategy<Value = String> {
            prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{c}", "\u{0}", "\u{1f}",
                        "\u{7f}", "/", "\\u0041", "é", "中文", "😀", "\u{2028}", "\u{feff}",
                    ])
                    .prop_map(str::to_string),
                    any::<char>().prop_map(String::from),
                    "[a-z ]{0,5}",
                ],
                0..12,
            )
            .prop_map(|parts| parts.concat())
        }

        fn any_saved() -> impl Strategy<Value = Saved> {
            let article = (
                tricky(),
                tricky(),
                prop::option::of(tricky()),
                prop::option::of((1i32..9999, 1u32..13, 1u32..29)),
                tricky(),
                prop::option::of(tricky()),
            )
                .prop_map(|(id, name, outlet, day, text, added)| SavedArticle {
                    id,
                    name,
                    outlet,
                    published: day.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
                    text,
                    added,
                });
            (
                prop_oneof![Just(VERSION), any::<u32>()],
                prop::collection::vec(article, 0..4),
            )
                .prop_map(|(version, articles)| Saved { version, articles })
        }

        proptest! {
            /// Whatever is in storage, loading returns an outcome instead of panicking,
            /// and a loaded document saves back to an equal document.
            #[test]
            fn load_never_panics(raw in prop_oneof![
                ".{0,64}",
                r#"\{"version":[0-2],"articles":\[(\{"id":"user-[1-3]","name":"[a-z]{0,3}","text":"[a-z]{0,3}"\},?){0,3}\]\}"#,
            ]) {
                if let LoadOutcome::Loaded(s) = load(Some(&raw)) {
                    prop_assert_eq!(load(Some(&save(&s))), LoadOutcome::Loaded(s));
                }
            }

            /// The hand-written writer gives exactly serde_json's text, which serde_json
            /// reads back to an equal document, and the worker's byte form round-trips,
            /// for any strings: quotes, backslashes, line ends, control characters,
            /// non-ASCII, emoji.
            #[test]
            fn hand_written_json_is_serde_json_s(saved in any_saved()) {
                let raw = save(&saved);
                prop_assert_eq!(&raw, &serde_json::to_string(&saved).unwrap());
                let back: Saved = serde_json::from_str(&raw).unwrap();
                prop_assert_eq!(&back, &saved);
                prop_assert_eq!(from_bytes(&to_bytes(&saved)), Some(saved.clone()));
                if !saved.articles.is_empty() && saved.version == VERSION {
                    let unique = saved.articles.iter().enumerate().all(|(i, a)| {
                        !a.id.trim().is_empty()
                            && saved.articles[..i].iter().all(|b| b.id != a.id)
                    });
                    if unique {
                        prop_assert_eq!(load(Some(&raw)), LoadOutcome::Loaded(saved));
                    }
                }
            }

            /// Any bytes either validate to text without NULs or give an error message
            /// that names the file.
            #[test]
            fn validate_import_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
                match validate_import("x.bin", &bytes) {
                    Ok(text) => prop_assert!(!text.contains('\0') && !text.trim().is_empty()),
                    Err(e) => prop_assert!(e.to_string().starts_with("“x.bin”")),
                }
            }

            /// Markup-heavy input (tags, references, quotes) never panics, and what comes
            /// out of a page's source holds no tag.
            #[test]
            fn pasted_page_source_becomes_text(
                parts in prop::collection::vec(
                    prop::sample::select(vec![
                        "<p>", "</p>", "<b>", "<br>", "<script>", "</script>", "<!--", "-->",
                        "&amp;", "&#x4e2d;", "&#99999999;", "&", "<", ">", "\"", "'",
                        "Two soldiers", " were hurt", "é", "\n",
                    ]),
                    0..40,
                )
            ) {
                let raw = format!("<p>{}", parts.concat());
                if let Ok(text) = validate_import("page.html", raw.as_bytes()) {
                    prop_assert!(!text.contains("<p>") && !text.contains("<b>"), "{text:?}");
                }
            }
        }
    }
}
