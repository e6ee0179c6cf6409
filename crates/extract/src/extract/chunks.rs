//! Noun phrases over a sentence's tokens: the phrase a count introduces ("15 ISIS
//! fighters"), its head, modifiers and possessor ("his top aides"), a group named in an
//! attached phrase ("a senior official in the Islamic State group"), and phrases
//! coordinated with it ("one British and two American personnel").
//!
//! The chunker is shallow on purpose: it reads forward from a given token to the first
//! word that cannot belong to a noun phrase (a verb form, a preposition, a new count),
//! so it stays linear and never needs a parse of the whole sentence.

use crate::extract::casualty::lexicon::{is_person_head, outcome_noun, outcome_word};
use crate::extract::words::{Token, WordSet};

/// Words that end a noun phrase.
const NP_STOP: WordSet<67> = WordSet::new([
    // Verbs that take the harm as their object: "Two suffered burns".
    "suffered",
    "sustained",
    "incurred",
    "aboard",
    "outside",
    "into",
    "onto",
    "against",
    "through",
    "behind",
    "within",
    "without",
    "since",
    "before",
    "until",
    "under",
    "than",
    "were",
    "lost",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "be",
    "being",
    "will",
    "would",
    "in",
    "on",
    "at",
    "with",
    "from",
    "by",
    "to",
    "of",
    "for",
    "during",
    "after",
    "among",
    "as",
    "across",
    "near",
    "inside",
    "including",
    "and",
    "or",
    "but",
    "while",
    "who",
    "which",
    "that",
    "the",
    "a",
    "an",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "also",
    "reportedly",
    "then",
]);

/// Verbs of reporting, which end a noun phrase.
const REPORTING_VERBS: WordSet<17> = WordSet::new([
    "noted",
    "explained",
    "warned",
    "insisted",
    "acknowledged",
    "estimated",
    "said",
    "says",
    "say",
    "told",
    "reported",
    "reports",
    "added",
    "confirmed",
    "announced",
    "stated",
    "claimed",
]);

/// Possessive determiners: the phrase belongs to someone named elsewhere.
const POSSESSIVE_PRONOUNS: WordSet<6> = WordSet::new(["his", "her", "its", "their", "our", "your"]);

/// Words that may stand between a possessor and a count or head ("his two top aides").
const MAX_PHRASE_WORDS: usize = 6;

/// A noun phrase read forward from some token: its words and where it ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NounPhrase {
    /// Token indexes of its words (quotes and parentheses skipped), modifiers first.
    pub words: Vec<usize>,
    /// The token index after it.
    pub end: usize,
    /// The head: the last word naming people or an outcome ("fighters", "injuries").
    pub head: Option<usize>,
}

impl NounPhrase {
    /// True when the phrase has words but none names people or an outcome: a phrase
    /// of modifiers only ("two U.S." in "two U.S. and one British soldier").
    pub fn is_headless(&self) -> bool {
        self.head.is_none() && !self.words.is_empty()
    }
}

/// True for a word that ends a noun phrase (a verb form, preposition, conjunction or
/// determiner).
pub fn ends_phrase(w: &str) -> bool {
    NP_STOP.contains(w)
}

/// True for a verb of reporting ("said", "noted"): the clause after it is what was
/// reported, not what happened to its subject.
pub fn is_reporting_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(w)
}

/// True for a plural noun naming people ("soldiers", "people", "personnel").
fn is_plural_head(w: &str) -> bool {
    is_person_head(w)
        && (w.ends_with('s')
            || w.ends_with("men")
            || matches!(w, "people" | "personnel" | "children"))
}

/// True for "IS" written in capitals, the group rather than the verb.
fn is_group_is(text: &str, t: &Token) -> bool {
    t.raw(text) == "IS"
}

/// The noun phrase starting at token `from` (after a count): its words up to the first
/// stop word, verb of reporting, outcome verb or new count; a noun naming an outcome
/// ends it ("seven injuries").
pub fn phrase_at(text: &str, toks: &[Token], from: usize) -> NounPhrase {
    let mut words = Vec::new();
    let mut j = from;
    let mut depth = 0usize;
    // Bounded: a long parenthesis never makes the scan quadratic.
    while j < toks.len() && words.len() < MAX_PHRASE_WORDS && j < from + 24 {
        let t = &toks[j];
        if !t.is_word {
            match t.norm.as_str() {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                _ if is_quote_mark(&t.norm) => {}
                _ if depth > 0 => {}
                _ => break,
            }
            j += 1;
            continue;
        }
        if depth > 0 {
            j += 1;
            continue;
        }
        let w = t.norm.as_str();
        // "six Syrian and Afghan fighters": names joined before one head are
        // modifiers of it.
        if w == "and"
            && words.last().is_some_and(|&k: &usize| {
                toks[k].raw(text).starts_with(char::is_uppercase) && !is_person_head(&toks[k].norm)
            })
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_word && n.raw(text).starts_with(char::is_uppercase))
            && toks.get(j + 2).is_some_and(|n| is_person_head(&n.norm))
        {
            j += 1;
            continue;
        }
        // "two Department of Defense contractors": an "of" inside a body's
        // capitalised name before the head is part of the modifier.
        if w == "of"
            && words.last().is_some_and(|&k: &usize| {
                toks[k].raw(text).starts_with(char::is_uppercase) && !is_person_head(&toks[k].norm)
            })
            && toks
                .get(j + 1)
                .is_some_and(|n| n.is_word && n.raw(text).starts_with(char::is_uppercase))
            && toks[j + 2..]
                .iter()
                .take(2)
                .take_while(|n| n.is_word)
                .any(|n| is_person_head(&n.norm))
        {
            words.push(j);
            j += 1;
            continue;
        }
        // An outcome word ends the phrase, unless it is an adjective of the head that
        // follows: "two wounded soldiers", "the injured policemen".
        let adjective = || toks.get(j + 1).is_some_and(|n| is_person_head(&n.norm));
        if !is_group_is(text, t) && NP_STOP.contains(&t.norm)
            || outcome_word(w).is_some() && outcome_noun(w).is_none() && !adjective()
            || w == "fell"
        {
            break;
        }
        // Another number or a reporting verb starts a new phrase: "Two officials said
        // three soldiers …".
        if t.count.is_some() || REPORTING_VERBS.contains(&t.norm) {
            break;
        }
        // A participle after a noun of people opens a modifier of it: "an interpreter
        // travelling with the patrol".
        if w.ends_with("ing")
            && words
                .last()
                .is_some_and(|&k: &usize| is_person_head(&toks[k].norm))
        {
            break;
        }
        words.push(j);
        j += 1;
        if outcome_noun(w).is_some() {
            break;
        }
        // A plural head ends the phrase unless another head follows ("police
        // officers"): "two others sustained injuries" counts the others.
        if is_plural_head(w)
            && !toks
                .get(j)
                .is_some_and(|n| is_person_head(&n.norm) || outcome_noun(&n.norm).is_some())
        {
            break;
        }
    }
    let head = words
        .iter()
        .rev()
        .find(|&&k| is_person_head(&toks[k].norm) || outcome_noun(&toks[k].norm).is_some())
        .copied();
    NounPhrase {
        words,
        end: j,
        head,
    }
}

/// The possessor written just before a phrase starting at `start` ("his", "its",
/// "the group's"): the token index of the possessive word.
pub fn possessor_before(text: &str, toks: &[Token], start: usize) -> Option<usize> {
    let p = start.checked_sub(1)?;
    let t = toks.get(p)?;
    if !t.is_word {
        return None;
    }
    let raw = t.raw(text);
    let genitive = raw.ends_with("'s") || raw.ends_with("’s") || raw.ends_with("s'");
    (POSSESSIVE_PRONOUNS.contains(&t.norm) || genitive).then_some(p)
}

/// True for a quote mark, straight or curly, double or single.
fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "‘" | "’" | "'")
}

/// A phrase attached to a head that names whose it is: "a senior official in the
/// Islamic State group", "fighters of the militia". Returns the token indexes of the
/// attached phrase's words (up to the next punctuation or [`MAX_PHRASE_WORDS`] words).
pub fn attached_phrase(toks: &[Token], end: usize) -> Vec<usize> {
    let Some(prep) = toks.get(end) else {
        return Vec::new();
    };
    if !matches!(prep.norm.as_str(), "in" | "of" | "from" | "with") {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, t) in toks
        .iter()
        .enumerate()
        .skip(end + 1)
        .take(2 * MAX_PHRASE_WORDS)
    {
        // Quote marks around a name ("members of the "Asayish" forces") are part of
        // the phrase.
        if !t.is_word && is_quote_mark(&t.norm) {
            continue;
        }
        if !t.is_word || out.len() >= MAX_PHRASE_WORDS {
            break;
        }
        if matches!(
            t.norm.as_str(),
            "was" | "were" | "is" | "are" | "who" | "which" | "that" | "and" | "or"
        ) || outcome_word(&t.norm).is_some()
            || t.count.is_some()
                // "members of one family": the count of a household is part of it.
                && !(k == end + 1
                    && toks.get(k + 1).is_some_and(|n| {
                        crate::extract::casualty::lexicon::is_household(&n.norm)
                    }))
        {
            break;
        }
        out.push(k);
    }
    out
}

/// The next conjunct of a list a phrase ending at `end` belongs to: "two U.S. *and
/// one British* personnel", "2 Americans, *1 British national*". Returns the token
/// index of the next conjunct's count, when "and" or a comma (or both) is followed
/// by a count.
pub fn next_conjunct(toks: &[Token], end: usize) -> Option<usize> {
    let mut k = end;
    let mut joined = false;
    while let Some(t) = toks.get(k) {
        if t.is_punct(',') || t.norm == "and" {
            joined = true;
            k += 1;
            continue;
        }
        // "a commander and his four guards": a possessive may open the conjunct.
        if joined && POSSESSIVE_PRONOUNS.contains(&t.norm) && t.norm != "its" {
            k += 1;
            continue;
        }
        break;
    }
    let t = toks.get(k)?;
    (joined && t.is_word && t.count.is_some_and(|n| n > 0)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    /// The words of the phrase after the first token, and its head.
    fn phrase(input: &str) -> (Vec<String>, Option<String>) {
        let toks = tokenize(input, 0..input.len());
        let np = phrase_at(input, &toks, 1);
        let words = np.words.iter().map(|&k| toks[k].norm.to_string()).collect();
        (words, np.head.map(|k| toks[k].norm.to_string()))
    }

    #[test]
    fn a_phrase_ends_at_verbs_prepositions_and_new_counts() {
        assert_eq!(
            phrase("12 Kurdish border guards were shot"),
            (
                vec!["kurdish".into(), "border".into(), "guards".into()],
                Some("guards".into())
            )
        );
        assert_eq!(
            phrase("nine injuries to marines"),
            (vec!["injuries".into()], Some("injuries".into()))
        );
        assert_eq!(
            phrase("four (4) IS gunmen died"),
            (vec!["is".into(), "gunmen".into()], Some("gunmen".into()))
        );
        assert_eq!(
            phrase("3 people suffered burns"),
            (vec!["people".into()], Some("people".into()))
        );
        assert_eq!(
            phrase("4 police officers"),
            (
                vec!["police".into(), "officers".into()],
                Some("officers".into())
            )
        );
        assert_eq!(
            phrase("two French, one Dutch sailor"),
            (vec!["french".into()], None)
        );
        assert_eq!(
            phrase("8 analysts said 3 airmen"),
            (vec!["analysts".into()], None)
        );
    }

    #[test]
    fn an_of_inside_a_capitalised_name_before_the_head_stays_in_the_phrase() {
        for (input, head) in [
            (
                "two Department of Defense contractors were killed",
                "contractors",
            ),
            ("2 Ministry of Interior employees were hurt", "employees"),
            ("three Bank of Baghdad guards died", "guards"),
            ("four Islamic State of Iraq fighters", "fighters"),
            ("five Red Crescent Society of Iraq medics", "medics"),
        ] {
            assert_eq!(phrase(input).1, Some(head.to_string()), "{input}");
        }
        // Not a name's "of": the people of a place, or a lower-case word before it.
        assert_eq!(phrase("three of the Baghdad guards").1, None);
        assert_eq!(
            phrase("three soldiers of Iraq's army").1,
            Some("soldiers".into())
        );
        assert_eq!(
            phrase("five members of Parliament").1,
            Some("members".into())
        );
    }

    #[test]
    fn possessors_and_attached_phrases() {
        let s = "one of their bodyguards";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(possessor_before(s, &toks, 3), Some(2));
        let s = "the militia's commanders";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(possessor_before(s, &toks, 2), Some(1));
        let s = "a deputy from the al-Shabab movement was wounded";
        let toks = tokenize(s, 0..s.len());
        let words: Vec<&str> = attached_phrase(&toks, 2)
            .iter()
            .map(|&k| toks[k].norm.as_str())
            .collect();
        assert_eq!(words, ["the", "al-shabab", "movement"]);
    }

    #[test]
    fn lists_continue_with_a_count() {
        let s = "three Danish and 2 Norwegian troops";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(next_conjunct(&toks, 2), Some(3));
        let s = "4 Britons, one Canadian";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(next_conjunct(&toks, 2), Some(3));
        let s = "five soldiers and several civilians";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(next_conjunct(&toks, 2), None);
    }
}
