//! Verb forms for headline titles: which words are verbs of a clause (auxiliaries,
//! modals, past tenses and participles), and the present tense a headline tells a past
//! event in ("lost" → "loses", "invaded" → "invades", "were killed" → "killed").
//!
//! Regular forms follow the spelling rules of English (-ied → -y, doubled final
//! consonants, a silent -e); irregular verbs are a table of general English, not of any
//! corpus.

use crate::extract::words::{word_key, WordSet};

/// Forms of "be", which make a passive ("were killed") and carry no event themselves.
pub const BE: WordSet<8> = WordSet::new(["be", "been", "being", "is", "are", "was", "were", "am"]);

/// Forms of "have", which make a perfect ("has launched").
pub const HAVE: WordSet<4> = WordSet::new(["have", "has", "had", "having"]);

/// Modals and future markers: a clause with one tells what may happen, not what did.
pub const MODALS: WordSet<10> = WordSet::new([
    "could", "would", "will", "may", "might", "shall", "should", "can", "must", "wont",
]);

/// Irregular past tenses and participles with their base forms.
const IRREGULAR: &[(&str, &str)] = &[
    ("ate", "eat"),
    ("beat", "beat"),
    ("beaten", "beat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("burnt", "burn"),
    ("bought", "buy"),
    ("came", "come"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("dealt", "deal"),
    ("did", "do"),
    ("done", "do"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("fought", "fight"),
    ("forbade", "forbid"),
    ("forgave", "forgive"),
    ("found", "find"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("gave", "give"),
    ("given", "give"),
    ("gone", "go"),
    ("got", "get"),
    ("gotten", "get"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("heard", "hear"),
    ("held", "hold"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("hit", "hit"),
    ("hung", "hang"),
    ("hurt", "hurt"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("left", "leave"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("overran", "overrun"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("paid", "pay"),
    ("put", "put"),
    ("quit", "quit"),
    ("ran", "run"),
    ("rode", "ride"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("said", "say"),
    ("sank", "sink"),
    ("sat", "sit"),
    ("saw", "see"),
    ("seen", "see"),
    ("sent", "send"),
    ("set", "set"),
    ("shook", "shake"),
    ("shot", "shoot"),
    ("shut", "shut"),
    ("slew", "slay"),
    ("sold", "sell"),
    ("sought", "seek"),
    ("spent", "spend"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("spread", "spread"),
    ("stood", "stand"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("struck", "strike"),
    ("stricken", "strike"),
    ("swept", "sweep"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("retaken", "retake"),
    ("retook", "retake"),
    ("taken", "take"),
    ("taught", "teach"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("told", "tell"),
    ("took", "take"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("went", "go"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("woke", "wake"),
    ("won", "win"),
    ("wore", "wear"),
    ("wrote", "write"),
    ("written", "write"),
];

/// Past forms of verbs that take no object: before a phrase ("landed in the yard") they
/// are the active past of their subject, never a headline's passive ("killed in a
/// raid").
pub const INTRANSITIVE: WordSet<22> = WordSet::new([
    "landed",
    "collided",
    "exploded",
    "crashed",
    "died",
    "fell",
    "erupted",
    "occurred",
    "happened",
    "arrived",
    "collapsed",
    "burst",
    "sank",
    "capsized",
    "began",
    "ended",
    "rose",
    "fled",
    "escaped",
    "detonated",
    "went",
    "came",
]);

/// Words ending in -ed that are not verb forms ("red", "bed", "hundred").
const NOT_PAST: WordSet<10> = WordSet::new([
    "red", "bed", "shed", "speed", "seed", "need", "feed", "hundred", "sacred", "naked",
]);

/// The base form of an irregular past tense or participle.
fn irregular_base(w: &str) -> Option<&'static str> {
    // Every listed form has a key; a word without one (too long) is none of them.
    let key = word_key(w)?;
    let at = IRREGULAR_BY_KEY.binary_search_by_key(&key, |e| e.0).ok()?;
    Some(IRREGULAR_BY_KEY[at].1)
}

/// [`IRREGULAR`] by the [`word_key`] of each form, sorted for a binary search (the
/// forms are distinct, so a search finds the one pair a scan would).
const IRREGULAR_BY_KEY: [(u128, &str); IRREGULAR.len()] =
    crate::extract::word_keys::keyed_pairs(IRREGULAR);

/// True when the lower-case word is a past tense or past participle.
pub fn is_past(w: &str) -> bool {
    irregular_base(w).is_some()
        || w.len() >= 4
            && w.ends_with("ed")
            && !NOT_PAST.contains(w)
            && w.bytes().all(|b| b.is_ascii_lowercase())
        || prefixed(w).is_some_and(|(_, tail)| is_past(tail))
}

/// A verb written with a hyphenated prefix ("re-entered", "co-founded",
/// "counter-attacked"): the prefix and the verb after it.
fn prefixed(w: &str) -> Option<(&str, &str)> {
    let (prefix, tail) = w.split_once('-')?;
    matches!(
        prefix,
        "re" | "co" | "pre" | "un" | "over" | "out" | "counter" | "cross" | "mis" | "double"
    )
    .then_some((prefix, tail))
}

/// True for a vowel letter.
fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The base form of a past tense or participle ("invaded" → "invade", "controlled" →
/// "control", "carried" → "carry", "lost" → "lose"); `None` when it is not one.
pub fn base_of_past(w: &str) -> Option<String> {
    if let Some(b) = irregular_base(w) {
        return Some(b.to_string());
    }
    if let Some((prefix, tail)) = prefixed(w) {
        return base_of_past(tail).map(|b| format!("{prefix}-{b}"));
    }
    if !is_past(w) {
        return None;
    }
    let stem = &w[..w.len() - 2];
    let s = stem.as_bytes();
    let n = s.len();
    // "carried" → "carry"; "died" → "die".
    if let Some(root) = w.strip_suffix("ied") {
        return Some(if w.len() <= 4 {
            format!("{root}ie")
        } else {
            format!("{root}y")
        });
    }
    // "ee" + d: "agreed" → "agree", "freed" → "free".
    if w.ends_with("eed") {
        return Some(w[..w.len() - 1].to_string());
    }
    if stem.ends_with('e') {
        return Some(stem.to_string());
    }
    // "continued" → "continue", "rescued" → "rescue": no English verb ends in a bare "u".
    if stem.ends_with('u') {
        return Some(format!("{stem}e"));
    }
    // A doubled final consonant: "stopped" → "stop", "controlled" → "control", but a
    // short word keeps its "ll" ("killed" → "kill") and "ss", "ff", "zz" stay.
    if n >= 3 && s[n - 1] == s[n - 2] && !vowel(s[n - 1]) {
        // ("added" → "add", "erred" → "err": a vowel and the pair are the whole word.)
        let keep = matches!(s[n - 1], b's' | b'f' | b'z')
            || s[n - 1] == b'l' && n <= 5
            || n == 3 && vowel(s[0]);
        return Some(if keep {
            stem.to_string()
        } else {
            stem[..n - 1].to_string()
        });
    }
    Some(if takes_silent_e(stem) {
        format!("{stem}e")
    } else {
        stem.to_string()
    })
}

/// True when a regular past's stem (the word without -ed) lost a silent -e.
/// - consonant + l: "toppl", "settl" (not "rl", "ll": "hurl", handled before);
/// - c, g (not ng but of the -nge verbs), v, z: "forc", "wag", "mov", "seiz", "exchang";
/// - s after a vowel other than u, or after r, n, p, or "aus": "rais", "purs", "collaps",
///   "caus" (not "focus", "pass");
/// - consonant + ur, at, ut, id, ud, ir, or, od, um, ok, in, ib: "captur", "locat", "decid",
///   "explor", "explod", "resum", "invok", "declin", "describ" (not after a vowel: "defeat");
/// - one syllable of one vowel + one consonant: "rul", "vot", "us", "hop";
/// - two syllables ending in a stressed -ad, -ak, -ap, -ar: "invad", "escap", "declar".
fn takes_silent_e(stem: &str) -> bool {
    let s = stem.as_bytes();
    let n = s.len();
    if n < 2 {
        return false;
    }
    let (last, prev) = (s[n - 1], s[n - 2]);
    let before = if n >= 3 { s[n - 3] } else { b' ' };
    let consonant = |b: u8| b.is_ascii_lowercase() && !vowel(b);
    let l_cluster = last == b'l' && consonant(prev) && !matches!(prev, b'l' | b'r');
    // (After "n", only the -nge verbs: "exchang", "arrang", "aveng", "plung"; not
    // "hang", "bang", "belong".)
    let soft = matches!(last, b'c' | b'g' | b'v' | b'z') && prev != last && prev != b'n'
        || stem.ends_with("chang")
        || stem.ends_with("rang")
        || stem.ends_with("eng")
        || stem.ends_with("ung");
    let sibilant = last == b's'
        && (vowel(prev) && prev != b'u'
            || matches!(prev, b'r' | b'n' | b'p')
            || stem.ends_with("aus"));
    let long_ending = matches!(
        (prev, last),
        (b'u', b'r')
            | (b'a', b't')
            | (b'u', b't')
            | (b'i', b'd')
            | (b'u', b'd')
            | (b'i', b'r')
            | (b'o', b'd')
            | (b'u', b'm')
            | (b'o', b'k')
            | (b'i', b'n')
            | (b'i', b'b')
    ) && (consonant(before)
        || (prev, last) == (b'a', b't') && matches!(before, b'i' | b'u'));
    let groups = vowel_groups(stem);
    let short = groups == 1
        && vowel(prev)
        && consonant(last)
        && !matches!(last, b'w' | b'x' | b'y')
        && !vowel(before);
    let stressed = groups == 2
        && matches!(
            (prev, last),
            (b'a', b'd') | (b'a', b'k') | (b'a', b'p') | (b'a', b'r') | (b'o', b'r')
        )
        && consonant(before);
    l_cluster || soft || sibilant || long_ending || short || stressed
}

/// The number of vowel groups of a word part ("inv" → 1, "st" → 0).
fn vowel_groups(s: &str) -> usize {
    let mut groups = 0;
    let mut in_vowel = false;
    for b in s.bytes() {
        let v = vowel(b) || b == b'y' && !in_vowel && groups > 0;
        if v && !in_vowel {
            groups += 1;
        }
        in_vowel = v;
    }
    groups
}

/// The third person singular present of a base form ("launch" → "launches", "carry" →
/// "carries", "lose" → "loses"; "be" → "is", "have" → "has").
pub fn third_person(base: &str) -> String {
    match base {
        "be" => return "is".into(),
        "have" => return "has".into(),
        "do" => return "does".into(),
        "go" => return "goes".into(),
        _ => {}
    }
    let b = base.as_bytes();
    let n = b.len();
    if n >= 2 && b[n - 1] == b'y' && !vowel(b[n - 2]) {
        return format!("{}ies", &base[..n - 1]);
    }
    if base.ends_with('s')
        || base.ends_with('x')
        || base.ends_with('z')
        || base.ends_with("ch")
        || base.ends_with("sh")
        || n >= 2 && b[n - 1] == b'o' && !vowel(b[n - 2])
    {
        return format!("{base}es");
    }
    format!("{base}s")
}

/// The present tense of a past form for a singular or plural subject ("lost" →
/// "loses" / "lose"); `None` when the word is not a past form.
pub fn present_of_past(w: &str, plural: bool) -> Option<String> {
    let base = base_of_past(w)?;
    Some(if plural { base } else { third_person(&base) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irregular_forms_are_found_by_key_as_by_a_scan() {
        assert!(IRREGULAR_BY_KEY.windows(2).all(|w| w[0].0 < w[1].0));
        for &(form, base) in IRREGULAR {
            assert_eq!(irregular_base(form), Some(base), "{form}");
        }
        for w in ["", "raided", "atee", "at", "seventeen-letters", "went\0"] {
            let scanned = IRREGULAR.iter().find(|(p, _)| *p == w).map(|(_, b)| *b);
            assert_eq!(irregular_base(w), scanned, "{w}");
        }
    }

    #[test]
    fn bases_of_regular_and_irregular_pasts() {
        for (past, base) in [
            ("invaded", "invade"),
            ("continued", "continue"),
            ("rescued", "rescue"),
            ("argued", "argue"),
            ("pursued", "pursue"),
            ("issued", "issue"),
            ("controlled", "control"),
            ("described", "describe"),
            ("prescribed", "prescribe"),
            ("bribed", "bribe"),
            ("killed", "kill"),
            ("stopped", "stop"),
            ("carried", "carry"),
            ("died", "die"),
            ("toppled", "topple"),
            ("forced", "force"),
            ("captured", "capture"),
            ("raided", "raid"),
            ("launched", "launch"),
            ("claimed", "claim"),
            ("targeted", "target"),
            ("wounded", "wound"),
            ("injured", "injure"),
            ("located", "locate"),
            ("ruled", "rule"),
            ("seized", "seize"),
            ("moved", "move"),
            ("agreed", "agree"),
            ("opened", "open"),
            ("ordered", "order"),
            ("evacuated", "evacuate"),
            ("defeated", "defeat"),
            ("explored", "explore"),
            ("decided", "decide"),
            ("declined", "decline"),
            ("joined", "join"),
            ("used", "use"),
            ("fired", "fire"),
            ("focused", "focus"),
            ("attacked", "attack"),
            ("passed", "pass"),
            ("shelled", "shell"),
            ("proclaimed", "proclaim"),
            ("collapsed", "collapse"),
            ("caused", "cause"),
            ("lost", "lose"),
            ("took", "take"),
            ("struck", "strike"),
            ("fell", "fall"),
            ("undertook", "undertake"),
            ("added", "add"),
            ("erred", "err"),
            ("nodded", "nod"),
            ("re-entered", "re-enter"),
            ("re-captured", "re-capture"),
            ("co-founded", "co-found"),
            ("counter-attacked", "counter-attack"),
            ("re-took", "re-take"),
            ("exchanged", "exchange"),
            ("arranged", "arrange"),
            ("avenged", "avenge"),
            ("plunged", "plunge"),
            ("changed", "change"),
            ("hanged", "hang"),
            ("belonged", "belong"),
        ] {
            assert_eq!(base_of_past(past).as_deref(), Some(base), "{past}");
        }
        assert_eq!(base_of_past("hundred"), None);
        assert_eq!(base_of_past("raid"), None);
        assert_eq!(base_of_past("well-armed"), None);
        assert_eq!(base_of_past("re-entry"), None);
        assert_eq!(base_of_past("Ahmed"), None);
    }

    #[test]
    fn third_person_spelling() {
        assert_eq!(third_person("launch"), "launches");
        assert_eq!(third_person("carry"), "carries");
        assert_eq!(third_person("lose"), "loses");
        assert_eq!(third_person("kill"), "kills");
        assert_eq!(third_person("stay"), "stays");
        assert_eq!(third_person("be"), "is");
        assert_eq!(present_of_past("seized", true).as_deref(), Some("seize"));
        assert_eq!(present_of_past("broke", false).as_deref(), Some("breaks"));
    }
}
