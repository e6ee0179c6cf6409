//! Display words for groups, outcomes, qualifiers and dates, so every card, sentence
//! and export spells them the same way.

use crate::model::{Article, Group, Outcome, Qualifier, ReferenceBasis};
use crate::timeval::{self, month_abbr};
use chrono::{Datelike, NaiveDate};

/// Groups in the order cards list them: the fighting sides first, bystanders last.
pub const GROUP_ORDER: [Group; 5] = [
    Group::Militants,
    Group::UsForces,
    Group::PartnerForces,
    Group::Civilians,
    Group::Other,
];

/// Outcomes in the order cards list them within a group.
pub const OUTCOME_ORDER: [Outcome; 3] = [Outcome::Killed, Outcome::Injured, Outcome::Captured];

/// Sort key of a (group, outcome) pair in display order.
pub fn line_rank(group: Group, outcome: Outcome) -> (usize, usize) {
    let g = GROUP_ORDER.iter().position(|x| *x == group).unwrap_or(0);
    let o = OUTCOME_ORDER
        .iter()
        .position(|x| *x == outcome)
        .unwrap_or(0);
    (g, o)
}

/// Capitalised name of a group, as it starts a line ("US forces").
pub fn group_label(group: Group) -> &'static str {
    match group {
        Group::Militants => "Militants",
        Group::UsForces => "US forces",
        Group::PartnerForces => "Partner forces",
        Group::Civilians => "Civilians",
        Group::Other => "Others",
    }
}

/// Past-tense word for an outcome ("injured").
pub fn outcome_label(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Killed => "killed",
        Outcome::Injured => "injured",
        Outcome::Captured => "captured",
    }
}

/// A figure as its source wrote it: "at least 15", "15", "about 5".
pub fn as_written(count: u32, qualifier: Qualifier) -> String {
    match qualifier {
        Qualifier::Exact => count.to_string(),
        Qualifier::AtLeast => format!("at least {count}"),
        Qualifier::MoreThan => format!("more than {count}"),
        Qualifier::About => format!("about {count}"),
        Qualifier::UpTo => format!("up to {count}"),
    }
}

/// A calendar day as cards show it: "31 Aug 2024".
pub fn day_label(day: NaiveDate) -> String {
    format!("{} {} {}", day.day(), month_abbr(day.month()), day.year())
}

/// A TIMEX3 value at its own precision: "29 Aug 2024", "Aug 2024", "2024",
/// "Oct 2023 – Feb 2024"; values the calendar parser does not know are shown as written.
pub fn timex_label(value: &str) -> String {
    timeval::format_value(value)
}

/// Where an article's date comes from, for a source chip: "31 Aug 2024",
/// "undated (31 Aug 2024, inferred)" or "undated".
pub fn article_date_label(article: Option<&Article>) -> String {
    let Some(a) = article else {
        return "undated".to_string();
    };
    match (a.published, a.reference_date, a.reference_basis) {
        (Some(day), _, _) => day_label(day),
        (None, Some(day), ReferenceBasis::Inferred) => {
            format!("undated ({}, inferred)", day_label(day))
        }
        _ => "undated".to_string(),
    }
}

/// Joins names as prose: "A", "A and B", "A, B and C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timex_labels_follow_precision() {
        assert_eq!(timex_label("2024-08-29"), "29 Aug 2024");
        assert_eq!(timex_label("2024-08"), "Aug 2024");
        assert_eq!(timex_label("2014"), "2014");
        assert_eq!(timex_label("2023-10/2024-02"), "Oct 2023 – Feb 2024");
        assert_eq!(timex_label("2024-H1"), "first half of 2024");
    }

    #[test]
    fn figures_read_as_written() {
        assert_eq!(as_written(15, Qualifier::AtLeast), "at least 15");
        assert_eq!(as_written(15, Qualifier::Exact), "15");
        assert_eq!(as_written(5, Qualifier::About), "about 5");
    }

    #[test]
    fn names_join_as_prose() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(join_and(&v(&["A"])), "A");
        assert_eq!(join_and(&v(&["A", "B"])), "A and B");
        assert_eq!(join_and(&v(&["A", "B", "C"])), "A, B and C");
    }
}
