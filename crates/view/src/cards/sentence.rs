//! The screen-reader sentence of a card line: the value, its support, every source's
//! figure and the breakdown, as one coherent sentence.

use super::labels::join_and;
use super::line::Line;
use super::reconcile::Reconciled;

impl Line {
    /// One sentence for assistive technology, e.g. "US forces injured: 7, 2 sources
    /// agree (The Sun: 7; Al Jazeera: 7), 5 wounded and 2 hurt in falls."
    pub fn sentence(&self) -> String {
        let n = self.source_count();
        let sources = |n: usize| {
            if n == 1 {
                "1 source".to_string()
            } else {
                format!("{n} sources")
            }
        };
        let value = match self.reconciled {
            Reconciled::Agree { value, sources: s } if s >= 2 => {
                format!("{value}, {s} sources agree")
            }
            Reconciled::Zero { sources: s } => format!("none reported, {}", sources(s)),
            Reconciled::Range { min, max } if self.discrepancy.is_some() => {
                format!("between {min} and {max}, sources differ")
            }
            Reconciled::Range { min, max } => format!("between {min} and {max}, {}", sources(n)),
            other => format!("{}, {}", other.label(), sources(n)),
        };
        let chips: Vec<String> = self.sources.iter().map(|f| f.chip()).collect();
        let mut out = format!("{}: {value} ({})", self.label, chips.join("; "));
        if let Some(b) = &self.breakdown {
            if b.consistent {
                out.push_str(&format!(", {}", b.parts_text()));
            } else {
                let by = join_and(&b.sources);
                out.push_str(&format!(", of which {} according to {by}", b.parts_text()));
                if self.reconciled.point() != Some(b.sum()) {
                    out.push_str(" (the parts do not match the total)");
                }
                if !b.differing.is_empty() {
                    out.push_str(&format!("; {}", b.differing_text()));
                }
            }
        }
        out.push('.');
        out
    }
}
