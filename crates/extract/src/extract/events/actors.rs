//! The organisations an article names, so that a title can say who acted where the
//! sentence says "the group", "the militants" or "it".
//!
//! An organisation is named by a capitalised name right before a member noun ("Red Hand
//! fighters", "the Northern Front group") or by an acronym there ("NLA militants"); a
//! name with an acronym in brackets after it ("the Northern Front (NF)") is known by the
//! acronym, the short form a headline uses. Nationality adjectives ("Iraqi forces",
//! "Syrian rebels") name no organisation.

use crate::extract::words::{Token, WordSet};

/// Nouns for members or units of an armed group.
const MEMBER_NOUNS: WordSet<16> = WordSet::new([
    "group",
    "fighters",
    "militants",
    "terrorists",
    "members",
    "militia",
    "militias",
    "insurgents",
    "rebels",
    "jihadists",
    "cells",
    "cell",
    "extremists",
    "organisation",
    "organization",
    "movement",
]);

/// Words that stand for an organisation named before.
const GROUP_STAND_INS: WordSet<14> = WordSet::new([
    "it",
    "they",
    "group",
    "organisation",
    "organization",
    "militia",
    "militants",
    "terrorists",
    "fighters",
    "jihadists",
    "extremists",
    "insurgents",
    "rebels",
    "movement",
]);

/// Armed groups known by their name alone ("IS" in capitals; "Islamic" before
/// "State").
const STANDALONE_GROUPS: WordSet<11> = WordSet::new([
    "is",
    "islamic",
    "isis",
    "isil",
    "daesh",
    "hamas",
    "taliban",
    "al-shabaab",
    "al-qaeda",
    "al-qaida",
    "houthis",
]);

/// The organisations of one article, in text order.
#[derive(Debug, Clone, Default)]
pub struct Actors {
    /// (byte offset of the mention, the name a title uses).
    mentions: Vec<(usize, String)>,
}

/// True for a word written with a capital and not a nationality adjective.
fn is_name_word(raw: &str) -> bool {
    let mut cs = raw.chars();
    if !cs.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let lower = raw.to_lowercase();
    !(lower.ends_with('i')
        || lower.ends_with("ian")
        || lower.ends_with("ish")
        || lower.ends_with("ese")
        || lower.ends_with("can"))
}

/// True for an acronym: two to six capitals.
fn is_acronym(raw: &str) -> bool {
    (2..=6).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_uppercase())
}

/// Head words of an organisation's name ("Sahel Front", "Red Army", "Blue Movement"):
/// a capitalised run ending in one names an organisation without a member noun.
const ORGANISATION_HEADS: WordSet<20> = WordSet::new([
    "front",
    "army",
    "movement",
    "brigade",
    "brigades",
    "group",
    "party",
    "council",
    "organisation",
    "organization",
    "militia",
    "legion",
    "battalion",
    "resistance",
    "alliance",
    "network",
    "state",
    "hezbollah",
    "taliban",
    "guard",
]);

impl Actors {
    /// The organisations named in the sentences `sentences` (tokens) of `text`.
    pub fn of(text: &str, sentences: &[Vec<Token>]) -> Self {
        let mut mentions = Vec::new();
        let mut aliases: Vec<(String, String)> = Vec::new();
        for toks in sentences {
            for (i, t) in toks.iter().enumerate() {
                if !t.is_word || !MEMBER_NOUNS.contains(&t.norm) || i == 0 {
                    continue;
                }
                // Back over "(ACR)" to the name before the member noun.
                let mut end = i;
                let mut acronym: Option<&str> = None;
                if end >= 3 && toks[end - 1].is_punct(')') && toks[end - 3].is_punct('(') {
                    let a = toks[end - 2].raw(text);
                    if is_acronym(a) {
                        acronym = Some(a);
                        end -= 3;
                    }
                }
                let mut start = end;
                while start > 0
                    && end - start < 4
                    && toks[start - 1].is_word
                    && is_name_word(toks[start - 1].raw(text))
                    && toks[start - 1].count.is_none()
                    && !matches!(toks[start - 1].norm.as_str(), "the" | "a" | "an")
                {
                    start -= 1;
                }
                if start == end {
                    continue;
                }
                // A sentence's first word is capitalised anyway: a one-word name there
                // must be an acronym.
                if start == 0 && end - start == 1 && !is_acronym(toks[0].raw(text)) {
                    continue;
                }
                let name = text
                    .get(toks[start].range.start..toks[end - 1].range.end)
                    .unwrap_or("")
                    .trim_end_matches("’s")
                    .trim_end_matches("'s")
                    .to_string();
                if let Some(a) = acronym {
                    if a != name && !is_acronym(&name) {
                        aliases.push((name.clone(), a.to_string()));
                    }
                }
                mentions.push((toks[start].range.start, name));
            }
            // "overrun by ISIS …, when the group killed": a group known by its name alone
            // ("ISIS", "Daesh", "the Islamic State", "Hamas") is named without a member
            // noun too.
            for (i, t) in toks.iter().enumerate() {
                // One keyed look-up turns most words away before the text is read.
                if !t.is_word || !STANDALONE_GROUPS.contains(&t.norm) {
                    continue;
                }
                let raw = t.raw(text);
                if !raw.starts_with(char::is_uppercase) {
                    continue;
                }
                let name = if t.norm != "islamic" && (t.norm != "is" || raw == "IS") {
                    Some(raw.trim_end_matches("’s").trim_end_matches("'s"))
                } else if t.norm == "islamic"
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.norm == "state" || n.norm == "state's")
                {
                    Some("Islamic State")
                } else {
                    None
                };
                if let Some(name) = name {
                    mentions.push((t.range.start, name.to_string()));
                }
            }
            // "the Sahel Liberation Front" without a member noun: a capitalised run of
            // two words or more ending in an organisation's head word.
            for (i, t) in toks.iter().enumerate() {
                if !t.is_word
                    || !ORGANISATION_HEADS.contains(&t.norm)
                    || !t.raw(text).starts_with(char::is_uppercase)
                    || toks
                        .get(i + 1)
                        .is_some_and(|n| n.is_word && is_name_word(n.raw(text)))
                {
                    continue;
                }
                let mut start = i;
                while start > 0
                    && toks[start - 1].is_word
                    && is_name_word(toks[start - 1].raw(text))
                    && toks[start - 1].count.is_none()
                    && !matches!(toks[start - 1].norm.as_str(), "the" | "a" | "an")
                {
                    start -= 1;
                }
                if start < i && !(start == 0 && i - start == 1) {
                    let name = text
                        .get(toks[start].range.start..t.range.end)
                        .unwrap_or("")
                        .to_string();
                    mentions.push((toks[start].range.start, name));
                }
            }
            // "Northern Front (NF)" without a member noun after it.
            for w in toks.windows(4) {
                if w[1].is_punct('(') && w[3].is_punct(')') && is_acronym(w[2].raw(text)) {
                    // The name before the brackets: capitalised words back from them.
                    let end = w[0].range.end;
                    let at = toks.partition_point(|t| t.range.start < w[0].range.start);
                    let mut start = at + 1;
                    while start > 0
                        && toks[start - 1].is_word
                        && is_name_word(toks[start - 1].raw(text))
                        && !matches!(toks[start - 1].norm.as_str(), "the" | "a" | "an")
                    {
                        start -= 1;
                    }
                    if start <= at && !is_acronym(toks[at].raw(text)) {
                        let name = text.get(toks[start].range.start..end).unwrap_or("");
                        aliases.push((name.to_string(), w[2].raw(text).to_string()));
                    }
                }
            }
        }
        mentions.sort_by_key(|m| m.0);
        mentions.dedup_by_key(|m| m.0);
        for m in &mut mentions {
            if let Some((_, a)) = aliases.iter().find(|(n, _)| *n == m.1) {
                m.1 = a.clone();
            }
        }
        Actors { mentions }
    }

    /// The organisation the article names most often (the first of them on a tie):
    /// what "the group" of a related report most likely is.
    pub fn main(&self) -> Option<&str> {
        // Counted per distinct name (few), in order of first mention.
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for (_, name) in &self.mentions {
            match counts.iter_mut().find(|c| c.0 == name) {
                Some(c) => c.1 += 1,
                None => counts.push((name, 1)),
            }
        }
        let mut best: Option<(&str, usize)> = None;
        for &(name, n) in &counts {
            if best.is_none_or(|b| n > b.1) {
                best = Some((name, n));
            }
        }
        best.map(|b| b.0)
    }

    /// The organisation the stand-in `head` ("group", "it", "militants") at byte `at`
    /// points back to: the last one named before it.
    pub fn resolve(&self, at: usize, head: &str) -> Option<String> {
        if !GROUP_STAND_INS.contains(head) {
            return None;
        }
        let before = self.mentions.partition_point(|m| m.0 < at);
        before.checked_sub(1).map(|k| self.mentions[k].1.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    fn actors(text: &str) -> Actors {
        let sentences: Vec<Vec<Token>> = text
            .split_inclusive(". ")
            .scan(0, |at, s| {
                let r = *at..*at + s.len();
                *at += s.len();
                Some(tokenize(text, r))
            })
            .collect();
        Actors::of(text, &sentences)
    }

    #[test]
    fn the_group_points_back_to_the_last_named_organisation() {
        let text = "Red Hand fighters took the hills. Later the group lost them. ";
        let a = actors(text);
        let at = text.find("the group").unwrap();
        assert_eq!(a.resolve(at, "group").as_deref(), Some("Red Hand"));
        assert_eq!(a.resolve(0, "group"), None);
        assert_eq!(a.resolve(at, "he"), None);
    }

    #[test]
    fn a_group_known_by_its_name_alone_is_named_without_a_member_noun() {
        for (text, want) in [
            (
                "Red Hand fighters held the pass. The town was overrun by ISIS in 2014, when the group killed hundreds. ",
                "ISIS",
            ),
            (
                "Blue Front commanders met. Later Daesh seized the dam, and the group held it for a year. ",
                "Daesh",
            ),
            (
                "Red Hand fighters fled. Hamas took over the crossing; the group said it was in control. ",
                "Hamas",
            ),
            (
                "Red Hand fighters fled. The Islamic State then took the town, and the group ruled it. ",
                "Islamic State",
            ),
            (
                "Red Hand fighters fled. IS then took the town, and the group ruled it. ",
                "IS",
            ),
        ] {
            let a = actors(text);
            let at = text.find("the group").unwrap();
            assert_eq!(a.resolve(at, "group").as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn acronyms_in_brackets_name_the_organisation() {
        let text = "The Northern Front (NF) grew fast. Troops fought Northern Front militants in May. In June the militants fled. ";
        let a = actors(text);
        let at = text.find("the militants").unwrap();
        assert_eq!(a.resolve(at, "militants").as_deref(), Some("NF"));
        let text = "Police said 40 NLA (NLF) fighters died. They had crossed the river. ";
        let a = actors(text);
        assert_eq!(
            a.resolve(text.find("They").unwrap(), "they").as_deref(),
            Some("NLA")
        );
    }

    #[test]
    fn nationality_adjectives_and_lone_capitals_name_no_organisation() {
        let text =
            "Syrian rebels and Kurdish fighters met. Militants attacked. Then the group left. ";
        let a = actors(text);
        assert_eq!(a.resolve(text.find("the group").unwrap(), "group"), None);
        let text = "Since May the Blue Banner movement grew. Ten Blue Banner members were seized. It then split. ";
        let a = actors(text);
        assert_eq!(
            a.resolve(text.find("It then").unwrap(), "it").as_deref(),
            Some("Blue Banner")
        );
    }

    #[test]
    fn names_ending_in_an_organisation_word_are_organisations() {
        let text = "The Sahel Liberation Front struck first. Later the group lost the town. ";
        let a = actors(text);
        let at = text.find("the group").unwrap();
        assert_eq!(
            a.resolve(at, "group").as_deref(),
            Some("Sahel Liberation Front")
        );
        let text = "Rangers met the Red Army. The militia then fled. ";
        let a = actors(text);
        assert_eq!(
            a.resolve(text.find("The militia").unwrap(), "militia")
                .as_deref(),
            Some("Red Army")
        );
        let text = "The United States sent ships. Then the group left. ";
        let a = actors(text);
        assert_eq!(a.resolve(text.find("the group").unwrap(), "group"), None);
    }

    #[test]
    fn the_main_organisation_is_the_most_named() {
        let text = "Red Hand fighters met Blue Band fighters. Red Hand fighters left. ";
        assert_eq!(actors(text).main(), Some("Red Hand"));
        assert_eq!(actors("Nothing named here. ").main(), None);
    }
}
