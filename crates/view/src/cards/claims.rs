//! Unquantified claims: statements about casualties that give no number ("key
//! leaders among the dead"). Cards show them as text beside the figures.
//!
//! The contract has no "no number" flag, so the convention is: a figure with count 0
//! whose note is not a negation ("no sign of civilian casualties" is an explicit zero;
//! "key leaders among the dead" is a claim). Such figures never enter a line.

use crate::model::{Article, Casualty, Group, Mention, Outcome};
use crate::naming::source_name;

/// A casualty statement without a number, shown as text on its card.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// What is claimed: the figure's note ("key leaders among the dead").
    pub text: String,
    /// The sentence stating it.
    pub quote: String,
    /// Display name of the source (outlet, else article id).
    pub source: String,
    /// The casualty id, for linking.
    pub casualty_id: String,
    /// The sentence span, so the chip can scroll to it.
    pub span: Mention,
    /// Who the claim is about.
    pub group: Group,
    /// What happened to them.
    pub outcome: Outcome,
}

impl Claim {
    pub(crate) fn new(article: Option<&Article>, c: &Casualty) -> Self {
        Claim {
            text: c.note.clone().unwrap_or_default().trim().to_string(),
            quote: c.text.clone(),
            source: source_name(article, &c.article),
            casualty_id: c.id.clone(),
            span: Mention {
                article: c.article.clone(),
                start: c.start,
                end: c.end,
            },
            group: c.group,
            outcome: c.outcome,
        }
    }
}

/// True when a figure carries a claim but no number: count 0 and a note that does not
/// say "none" (no, not, none, zero, without, never, n't, nobody).
pub fn is_unquantified(c: &Casualty) -> bool {
    let Some(note) = c.note.as_deref().map(str::trim).filter(|n| !n.is_empty()) else {
        return false;
    };
    c.count == 0 && !is_negation(note)
}

fn is_negation(text: &str) -> bool {
    const NEGATIONS: [&str; 7] = ["no", "not", "none", "zero", "without", "never", "nobody"];
    let lower = text.to_lowercase();
    lower.contains("n't")
        || lower
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| NEGATIONS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Qualifier;

    fn zero(note: Option<&str>) -> Casualty {
        Casualty {
            article: "a".into(),
            start: 0,
            end: 1,
            text: "x".into(),
            group: Group::Civilians,
            outcome: Outcome::Killed,
            count: 0,
            qualifier: Qualifier::Exact,
            incident_date: None,
            note: note.map(String::from),
            who: None,
            id: "a:c1".into(),
            event: None,
        }
    }

    #[test]
    fn negated_notes_are_zeros_and_others_are_claims() {
        assert!(!is_unquantified(&zero(Some(
            "no sign of civilian casualties"
        ))));
        assert!(!is_unquantified(&zero(Some("did not report any"))));
        assert!(!is_unquantified(&zero(Some("there weren't any"))));
        assert!(!is_unquantified(&zero(None)));
        assert!(is_unquantified(&zero(Some("key leaders among the dead"))));
        let mut counted = zero(Some("key leaders among the dead"));
        counted.count = 3;
        assert!(!is_unquantified(&counted));
    }
}
