//! What an article is called on screen and in exports: the names a person chose or the
//! text gives, never an internal id.
//!
//! Embedded articles have an outlet from their manifest; a user's article has the outlet
//! they typed, else "Your article N"; a dataset's article with neither is shown by its
//! title, and only as a last resort by its id. A pasted article's title is the one typed,
//! else its first line when that line reads as a headline.

use crate::model::Article;
use crate::store::ID_PREFIX;

/// The name of the source an article came from, for chips, lists, cards and exports:
/// its outlet; else "Your article N" for the user's `user-N`; else its title; else its
/// id. `article` is `None` when the document names an article it does not hold.
pub fn source_name(article: Option<&Article>, id: &str) -> String {
    if let Some(outlet) = article.and_then(|a| given(&a.outlet)) {
        return outlet.to_string();
    }
    if let Some(n) = user_number(id) {
        return format!("Your article {n}");
    }
    if let Some(title) = article.and_then(|a| given(&a.title)) {
        return title.to_string();
    }
    id.to_string()
}

/// The text of an optional field, trimmed; `None` when absent or blank.
fn given(field: &Option<String>) -> Option<&str> {
    field.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// `N` of a user article id `user-N`.
fn user_number(id: &str) -> Option<u64> {
    id.strip_prefix(ID_PREFIX)?.parse().ok()
}

/// The article's headline when its first line of body text reads as one: 2 to 25 words,
/// at most 150 characters, with more text after it, not ending as a sentence or clause
/// does (`.`, `,`, `;`, `:`), and not a dateline or byline alone ("By Jane Doe").
/// The ` date YYYY-MM-DD` header line is skipped. `None` otherwise.
pub fn headline_of(text: &str) -> Option<String> {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .skip_while(|l| is_date_header(l));
    let first = lines.next()?;
    lines.next()?; // a headline heads something
    let words = first.split_whitespace().count();
    let ends_clause = first.ends_with(['.', ',', ';', ':']);
    let byline = first
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("by"));
    let markup = first.starts_with('<');
    if (2..=25).contains(&words)
        && first.chars().count() <= 150
        && !ends_clause
        && !byline
        && !markup
    {
        Some(first.to_string())
    } else {
        None
    }
}

/// True for the ` date YYYY-MM-DD` header line (already trimmed).
fn is_date_header(line: &str) -> bool {
    line.strip_prefix("date ")
        .is_some_and(|d| d.len() == 10 && d.as_bytes()[4] == b'-' && d.as_bytes()[7] == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, outlet: Option<&str>, title: Option<&str>) -> Article {
        let raw = format!(
            r#"{{"id": "{id}", "path": "{id}.txt", "published": null, "reference_date": null,
               "reference_basis": "none", "outlet": {}, "title": {}}}"#,
            serde_json::to_string(&outlet).unwrap(),
            serde_json::to_string(&title).unwrap()
        );
        serde_json::from_str(&raw).expect("an article")
    }

    #[test]
    fn sources_are_named_by_outlet_then_by_the_user_then_by_title() {
        let named = article("004", Some("Al Jazeera"), Some("Raid"));
        assert_eq!(source_name(Some(&named), "004"), "Al Jazeera");
        let typed = article("user-2", Some("  Gazette "), None);
        assert_eq!(source_name(Some(&typed), "user-2"), "Gazette");
        let pasted = article("user-3", Some("  "), Some("Pasted article"));
        assert_eq!(source_name(Some(&pasted), "user-3"), "Your article 3");
        assert_eq!(source_name(None, "user-12"), "Your article 12");
        let dataset = article("x7", None, Some("Rockets hit Erbil airport"));
        assert_eq!(
            source_name(Some(&dataset), "x7"),
            "Rockets hit Erbil airport"
        );
        assert_eq!(source_name(None, "x7"), "x7");
        assert_eq!(source_name(None, "user-x"), "user-x");
    }

    #[test]
    fn a_first_line_that_reads_as_a_headline_is_the_title() {
        let cases = [
            (
                "Rockets Strike Coalition Base Near Kirkuk\nFour soldiers were hurt.",
                Some("Rockets Strike Coalition Base Near Kirkuk"),
            ),
            (
                " date 2023-05-02\n\nDrone attack wounds three peacekeepers in south Lebanon\nThe attack came at dawn.",
                Some("Drone attack wounds three peacekeepers in south Lebanon"),
            ),
            (
                "Militants ambush convoy — 6 dead\nOfficials said on Monday…",
                Some("Militants ambush convoy — 6 dead"),
            ),
            // A first sentence, not a headline.
            ("Four peacekeepers were injured on Friday.\nMore text.", None),
            // A byline, a single word, markup, or a text of one line.
            ("By Jane Doe\nBody.", None),
            ("Breaking\nBody.", None),
            ("<p>Three soldiers were killed</p>\nBody", None),
            ("Rockets hit the base", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(headline_of(text).as_deref(), want, "{text:?}");
        }
        let long = format!("{}\nbody", "word ".repeat(40));
        assert_eq!(headline_of(&long), None);
    }
}
