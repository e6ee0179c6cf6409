//! One checker for every document that comes in: a `?data=` dataset, a JSON file opened
//! through Import. It reads the contract (`spec/extraction.md`) and either returns the
//! document or says, in plain words, what is wrong, where, and what to do — the same
//! words whichever way the file came in. The app keeps the story on screen when it
//! refuses one.
//!
//! The shape is checked on a generic JSON value first, so a message can name the item
//! ("event 3, “Raid on the base”: its “date” is missing"); whatever that walk lets
//! through is read by the contract's own serde types, whose rare remaining complaints
//! are reworded without parser jargon.

use crate::model::Extraction;
use serde_json::Value;
use std::fmt;

/// What to do about a refused document; the last sentence of every message.
pub const HELP: &str = "Open a JSON file exported by Dateline (Export → JSON), \
     or a document of the extraction contract.";

/// Why a document was refused: what is wrong and where. `Display` gives the message
/// for a person, ending with [`HELP`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// What is wrong ("it is not JSON", "its “date” is missing").
    pub what: String,
    /// Where: the item it concerns ("event 3, “Raid on the base”"), or the place in
    /// the text ("line 4, character 12"); empty when it concerns the whole document.
    pub at: String,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.at.is_empty() {
            write!(f, "Not a Dateline document: {}. {HELP}", self.what)
        } else {
            write!(
                f,
                "Not a Dateline document: {} ({}). {HELP}",
                self.what, self.at
            )
        }
    }
}

/// What a required field must hold.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Count,
}

/// A list of a document: its key, the name of one item, and each item's required fields.
type List = (&'static str, &'static str, &'static [(&'static str, Kind)]);

/// The lists of a document (the first two required).
const LISTS: [List; 4] = [
    (
        "articles",
        "article",
        &[("id", Kind::Text), ("path", Kind::Text)],
    ),
    (
        "events",
        "event",
        &[
            ("id", Kind::Text),
            ("date", Kind::Text),
            ("title", Kind::Text),
        ],
    ),
    (
        "timexes",
        "date expression",
        &[
            ("article", Kind::Text),
            ("start", Kind::Count),
            ("end", Kind::Count),
            ("text", Kind::Text),
            ("type", Kind::Text),
            ("value", Kind::Text),
        ],
    ),
    (
        "casualties",
        "casualty figure",
        &[
            ("article", Kind::Text),
            ("start", Kind::Count),
            ("end", Kind::Count),
            ("text", Kind::Text),
            ("group", Kind::Text),
            ("outcome", Kind::Text),
            ("count", Kind::Count),
            ("qualifier", Kind::Text),
        ],
    ),
];

/// Reads a contract document: an object with `articles` and `events` lists (and, when
/// present, `timexes` and `casualties` lists), each item with the fields the contract
/// requires. Never panics.
pub fn read_document(raw: &str) -> Result<Extraction, Refused> {
    let whole = |what: String| Refused {
        what,
        at: String::new(),
    };
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if raw.trim().is_empty() {
        return Err(whole("the file is empty".into()));
    }
    let value: Value = serde_json::from_str(raw).map_err(|e| Refused {
        what: "it is not valid JSON".into(),
        at: format!("line {}, character {}", e.line(), e.column()),
    })?;
    let Some(object) = value.as_object() else {
        return Err(whole(format!(
            "it holds {}, not an object with “articles” and “events” lists",
            describe(&value)
        )));
    };
    for (n, (list, item_name, fields)) in LISTS.iter().enumerate() {
        let required = n < 2;
        let items = match (object.get(*list), required) {
            (None, true) => return Err(whole(format!("it has no “{list}” list"))),
            (None | Some(Value::Null), false) => continue,
            (Some(Value::Array(items)), _) => items,
            (Some(other), _) => {
                return Err(whole(format!(
                    "its “{list}” is {}, not a list",
                    describe(other)
                )))
            }
        };
        for (i, item) in items.iter().enumerate() {
            check_item(item, item_name, i + 1, fields)?;
        }
    }
    serde_json::from_str(raw).map_err(|e| {
        let message = e.to_string();
        let what = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(w, _)| w);
        Refused {
            what: reword(what),
            at: format!("line {}, character {}", e.line(), e.column()),
        }
    })
}

/// Checks one item of a list against its required fields.
fn check_item(
    item: &Value,
    item_name: &str,
    number: usize,
    fields: &[(&str, Kind)],
) -> Result<(), Refused> {
    let at = |item: &Value| {
        let label = item
            .get("title")
            .or_else(|| item.get("id"))
            .and_then(Value::as_str)
            .map(|s| format!(", “{}”", clip(s)))
            .unwrap_or_default();
        format!("{item_name} {number}{label}")
    };
    let Some(object) = item.as_object() else {
        return Err(Refused {
            what: format!("it is {}, not an object", describe(item)),
            at: at(item),
        });
    };
    for (field, kind) in fields {
        let problem = match (object.get(*field), kind) {
            (None, _) => Some(format!("its “{field}” is missing")),
            (Some(Value::String(_)), Kind::Text) => None,
            (Some(v), Kind::Count) if v.as_u64().is_some_and(|n| n <= u64::from(u32::MAX)) => None,
            (Some(v), Kind::Text) => Some(format!("its “{field}” is {}, not text", describe(v))),
            (Some(v), Kind::Count) => Some(format!(
                "its “{field}” is {}, not a whole number",
                describe(v)
            )),
        };
        if let Some(what) = problem {
            return Err(Refused { what, at: at(item) });
        }
    }
    Ok(())
}

/// A JSON value described for a person ("a number", "text", "nothing (null)").
fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing (null)",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// At most 40 characters of `s`, for naming an item.
fn clip(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

/// A serde message in plain words: "unknown variant `x`, expected one of `a`, `b`" →
/// "“x” is not one of: a, b"; "invalid type: integer `1`, expected a string" → "a
/// number where text was expected".
fn reword(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((found, expected)) = rest.split_once("`, expected ") {
            let options = expected.trim_start_matches("one of ").replace('`', "");
            return format!("“{found}” is not one of: {options}");
        }
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let found = found.split(' ').next().unwrap_or(found);
            let found = match found {
                "integer" | "floating" => "a number",
                "string" => "text",
                "sequence" => "a list",
                "map" => "an object",
                "boolean" => "true or false",
                "null" => "nothing (null)",
                other => other,
            };
            let expected = match expected {
                "a string" => "text",
                "a sequence" => "a list",
                other => other,
            };
            return format!("{found} where {expected} was expected");
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        return format!("the field “{}” is missing", rest.trim_end_matches('`'));
    }
    message.replace('`', "“")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(raw: &str) -> Refused {
        read_document(raw).expect_err(raw)
    }

    #[test]
    fn a_contract_document_reads() {
        let raw = r#"{"articles": [{"id": "a", "path": "a.txt", "published": "2024-08-31",
            "reference_date": "2024-08-31", "reference_basis": "header"}],
            "timexes": [], "casualties": [],
            "events": [{"id": "e1", "date": "2024-08-29", "title": "Raid", "mentions": []}]}"#;
        let doc = read_document(raw).expect("reads");
        assert_eq!(doc.events[0].title, "Raid");
        assert_eq!(doc.articles[0].id, "a");
        // Lists that are not required may be left out.
        assert!(read_document(r#"{"articles": [], "events": []}"#).is_ok());
    }

    #[test]
    fn what_is_wrong_is_said_in_plain_words_with_where() {
        let cases = [
            ("", "the file is empty", ""),
            ("{oops", "it is not valid JSON", "line 1, character 2"),
            (r#"{"foo": 1}"#, "it has no “articles” list", ""),
            (
                "[1, 2]",
                "it holds a list, not an object with “articles” and “events” lists",
                "",
            ),
            (
                r#"{"articles": [], "events": 3}"#,
                "its “events” is a number, not a list",
                "",
            ),
            (
                r#"{"articles": [{"id": 1, "path": "x"}], "events": []}"#,
                "its “id” is a number, not text",
                "article 1",
            ),
            (
                r#"{"articles": [], "events": [{"id": "e", "date": "2020", "title": "Ok"},
                   {"id": "e2", "title": "Raid on the base"}]}"#,
                "its “date” is missing",
                "event 2, “Raid on the base”",
            ),
            (
                r#"{"articles": [], "events": [], "casualties": [{"article": "a", "start": 0,
                   "end": -1, "text": "", "group": "militants", "outcome": "killed",
                   "count": 1, "qualifier": "exact"}]}"#,
                "its “end” is a number, not a whole number",
                "casualty figure 1",
            ),
            (
                r#"{"articles": [], "events": [], "casualties": [{"article": "a", "start": 0,
                   "end": 1, "text": "", "group": "aliens", "outcome": "killed",
                   "count": 1, "qualifier": "exact"}]}"#,
                "“aliens” is not one of: us_forces, partner_forces, militants, civilians, other",
                "line 2, character 58",
            ),
        ];
        for (raw, what, at) in cases {
            let r = refused(raw);
            assert_eq!((r.what.as_str(), r.at.as_str()), (what, at), "{raw}");
            assert!(!r.to_string().contains("expected ident"), "{r}");
            assert!(r.to_string().ends_with(HELP));
        }
    }

    #[test]
    fn messages_name_the_place_and_what_to_do() {
        let r = refused(r#"{"articles": [], "events": [{"id": "x", "date": 2024, "title": "T"}]}"#);
        assert_eq!(
            r.to_string(),
            format!(
                "Not a Dateline document: its “date” is a number, not text (event 1, “T”). {HELP}"
            )
        );
    }

    #[test]
    fn reworded_serde_messages() {
        assert_eq!(
            reword("invalid type: integer `1`, expected a string"),
            "a number where text was expected"
        );
        assert_eq!(
            reword("missing field `path`"),
            "the field “path” is missing"
        );
        assert_eq!(
            reword("unknown variant `x`, expected `a` or `b`"),
            "“x” is not one of: a or b"
        );
    }
}
