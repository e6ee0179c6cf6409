//! Casualty figures as rows, for the integration tests that compare an extraction's
//! figures with the ones a report states (shared by `audit.rs`, `unseen_reports.rs`
//! and the app's `tests/extract_seed.rs`).

use dateline_extract::model::{Extraction, Group, Outcome, Qualifier};

/// One figure: group, outcome, count, qualifier, incident date.
pub type Row = (Group, Outcome, u32, Qualifier, Option<String>);

/// The figures of article `id`, in text order.
pub fn rows(doc: &Extraction, id: &str) -> Vec<Row> {
    doc.casualties
        .iter()
        .filter(|c| c.article == id)
        .map(|c| {
            (
                c.group,
                c.outcome,
                c.count,
                c.qualifier,
                c.incident_date.clone(),
            )
        })
        .collect()
}

/// A row written out, its incident date given or `None`.
#[allow(dead_code)] // the app's seed test writes its rows its own way
pub fn row(g: Group, o: Outcome, n: u32, q: Qualifier, d: Option<&str>) -> Row {
    (g, o, n, q, d.map(str::to_string))
}
