//! Counts written as digits or English number words: `15`, `2,500`, `Seven`,
//! `Thirty-seven`, `THREE`, `twelve`, `a hundred` is left out (vague in news prose).

/// Number words below twenty, by value.
const UNITS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Tens words, twenty to ninety.
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn unit(w: &str) -> Option<u32> {
    // Number words start with a letter from e to z: skip the scan for anything else.
    if !w.starts_with(|c: char| matches!(c, 'e'..='z')) || w.len() > 9 {
        return None;
    }
    UNITS.iter().position(|u| *u == w).map(|p| p as u32)
}

fn tens(w: &str) -> Option<u32> {
    if !w.starts_with(['t', 'f', 's', 'e', 'n']) || w.len() > 7 {
        return None;
    }
    TENS.iter()
        .position(|u| *u == w)
        .map(|p| 20 + 10 * p as u32)
}

/// Parses one normalised (lower-case) word as a count: digits with optional thousands
/// commas (`2,500`), a number word (`seven`), or a hyphenated compound (`thirty-seven`).
/// Returns `None` for anything else, including fractions such as `one-third`.
pub fn parse_count(w: &str) -> Option<u32> {
    if w.is_empty() {
        return None;
    }
    if w.chars().all(|c| c.is_ascii_digit() || c == ',') {
        if w.starts_with(',') || w.ends_with(',') {
            return None;
        }
        let digits: String = w.chars().filter(|c| *c != ',').collect();
        return digits.parse().ok();
    }
    if let Some(n) = unit(w).or_else(|| tens(w)) {
        return Some(n);
    }
    if !w.contains(['-', '‐', '‑']) {
        return None;
    }
    let (a, b) = w.split_once(['-', '‐', '‑'])?;
    let (t, u) = (tens(a)?, unit(b)?);
    (1..10).contains(&u).then_some(t + u)
}

/// True for a bare four-digit number that reads as a year (1900–2099, no comma).
pub fn looks_like_year(w: &str) -> bool {
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<u32>) {
        assert_eq!(parse_count(input), expected, "{input}");
    }

    #[test]
    fn digits_words_and_compounds() {
        check("15", Some(15));
        check("2,500", Some(2500));
        check("seven", Some(7));
        check("twelve", Some(12));
        check("thirty-seven", Some(37));
        check("forty", Some(40));
        check("one-third", None);
        check("several", None);
        check(",5", None);
        check("", None);
    }

    #[test]
    fn years_are_recognised() {
        assert!(looks_like_year("2014"));
        assert!(!looks_like_year("2,014"));
        assert!(!looks_like_year("153"));
    }
}
