//! Casualty cards: the figures of each incident, grouped by who and what, compared
//! across sources and reconciled into one display-ready value per line.
//!
//! [`build_cards`] turns an [`Extraction`](crate::model::Extraction) into one [`Card`]
//! per incident. An incident is an event that carries casualty figures (through
//! `Casualty::event` or `Event::casualties`); figures tied to no event are grouped by
//! their `incident_date`. Cards come out in **chronological order** (oldest first,
//! matching the timeline's left-to-right reading); incidents without a parseable date
//! come last. Reverse the vector for a newest-first list.
//!
//! Each card has one [`Line`] per (group, outcome) that has figures, in a fixed order
//! (militants, US forces, partner forces, civilians, others × killed, injured, captured).
//! A line lists the figure each source gives ([`SourceFigure`]), the reconciled value
//! ([`Reconciled`]) with a one-line `rule` explaining it, a `discrepancy` note when
//! sources disagree, and a [`Breakdown`] when an article splits a total into parts.
//! Figures without a number ("key leaders among the dead") become [`Claim`]s, and
//! zeros that name no group ("No one was killed") are shown as [`Said`].
//!
//! Everything is plain data with display strings ready to render; nothing here knows
//! about the DOM.

mod breakdown;
mod claims;
mod incident;
pub mod labels;
mod line;
mod reconcile;
mod said;
mod sentence;
mod source;

pub use breakdown::{Breakdown, Part};
pub use claims::{is_unquantified, Claim};
pub use incident::build_cards;
pub use line::Line;
pub use reconcile::Reconciled;
pub use said::{no_data_note, no_one, Said};
pub use source::SourceFigure;

use crate::model::{Group, Outcome};

/// The casualty figures of one incident, ready to render as a card.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    /// The event the figures belong to; `None` for figures grouped by date alone.
    pub event_id: Option<String>,
    /// TIMEX3 value of the incident (`2024-08-29`, `2024-08`), when known.
    pub date: Option<String>,
    /// The date at its precision for display: "29 Aug 2024", "Aug 2024", "date unknown".
    pub date_label: String,
    /// The event's title, or "Casualties reported for Aug 2024" for date-only groups.
    pub title: String,
    /// One line per (group, outcome) with figures, in display order.
    pub lines: Vec<Line>,
    /// Unquantified claims ("key leaders among the dead"), in source order.
    pub claims: Vec<Claim>,
    /// Zeros that name no group ("No one was killed in the attack"), as the sources
    /// said them: no figure of any line, but the card never contradicts them.
    pub said: Vec<Said>,
}

impl Card {
    /// The line for `group` and `outcome`, or `None` when no source gives a figure —
    /// which is "no data", not zero (an explicit zero is a line with
    /// [`Reconciled::Zero`]).
    pub fn line(&self, group: Group, outcome: Outcome) -> Option<&Line> {
        self.lines
            .iter()
            .find(|l| l.group == group && l.outcome == outcome)
    }
}
