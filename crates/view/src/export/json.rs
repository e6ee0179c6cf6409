//! The contract document as pretty JSON: what the extractor prints, re-importable by
//! the app. Article texts travel with it when present, so an export of user-added
//! articles can be opened elsewhere.

use crate::model::Extraction;

/// The document as pretty-printed contract JSON (article `text` included when set).
pub fn to_json(doc: &Extraction) -> String {
    // Serialising plain data with string keys cannot fail.
    serde_json::to_string_pretty(doc).unwrap_or_else(|_| "{}".to_string())
}

/// Reads a contract JSON document back (for re-import); the error is a user-facing
/// message naming what is wrong and where.
pub fn from_json(raw: &str) -> Result<Extraction, String> {
    serde_json::from_str(raw).map_err(|e| format!("Not a Dateline JSON export: {e}"))
}

/// A copy of `doc` with each article's missing `text` filled from `text_of(article_id)`,
/// so an export carries the texts the reader needs.
pub fn with_texts(doc: &Extraction, text_of: impl Fn(&str) -> Option<String>) -> Extraction {
    let mut out = doc.clone();
    for a in &mut out.articles {
        if a.text.is_none() {
            a.text = text_of(&a.id);
        }
    }
    out
}
