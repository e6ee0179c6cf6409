//! The words search matches: lower case, accents removed, apostrophes dropped inside
//! words, and Arabic names written with or without their article.

/// The words of `text` as search matches them: lower case, accents removed, apostrophes
/// dropped inside words ("Ba'ath" → "baath"), split at anything else that is not a
/// letter or digit; a word joined to an Arabic article by a hyphen also gives the joined
/// form and the bare name ("al-Qurashi" → "al", "qurashi", "alqurashi").
pub fn words_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    each_word(text, &mut |w| out.push(w.to_string()));
    out
}

/// Calls `f` with each word of `text`, as [`words_of`] lists them, without allocating
/// a string per word (what the index builder needs for thousands of events).
pub fn each_word(text: &str, f: &mut dyn FnMut(&str)) {
    let mut folded = String::new();
    let mut joined = String::new();
    for raw in text.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '.' | '(' | ')' | '"' | '“' | '”' | '/' | '!' | '?'
            )
    }) {
        folded.clear();
        if raw.is_ascii() {
            // Most words: lower-case the bytes, no per-character tables.
            folded.extend(
                raw.bytes()
                    .filter(|b| !matches!(b, b'\'' | b'`'))
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            folded.extend(
                raw.chars()
                    .filter(|c| !matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`'))
                    .flat_map(fold),
            );
        }
        let mut parts = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| !p.is_empty());
        let Some(first) = parts.next() else {
            continue;
        };
        let second = parts.next();
        if second.is_some() && ARTICLES.contains(&first) {
            joined.clear();
            joined.push_str(first);
            joined.extend(second);
            parts.clone().for_each(|p| joined.push_str(p));
            f(&joined);
        }
        f(first);
        if let Some(second) = second {
            f(second);
        }
        parts.for_each(&mut *f);
    }
}

/// The Arabic articles a name may be written with ("al-", "el-", "ash-", …).
const ARTICLES: [&str; 9] = ["al", "el", "ad", "as", "ash", "an", "ar", "az", "at"];

/// A character in lower case without its accent ("É" → "e", "ß" → "ss").
fn fold(c: char) -> impl Iterator<Item = char> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' => {
            'a'
        }
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ō' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ḥ' | 'Ḥ' => 'h',
        'ṣ' | 'Ṣ' => 's',
        'ṭ' | 'Ṭ' => 't',
        'ẓ' | 'Ẓ' => 'z',
        'ḍ' | 'Ḍ' => 'd',
        _ => '\0',
    };
    let (one, two) = if base != '\0' {
        (base, None)
    } else if c == 'ß' {
        ('s', Some('s'))
    } else {
        let mut lower = c.to_lowercase();
        (lower.next().unwrap_or(c), lower.next())
    };
    std::iter::once(one).chain(two)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_split_and_joined_to_their_article() {
        assert_eq!(
            words_of("Abu al-Hussein al-Qurashi's men"),
            [
                "abu",
                "alhussein",
                "al",
                "hussein",
                "alqurashis",
                "al",
                "qurashis",
                "men"
            ]
        );
        assert_eq!(
            words_of("Ba'ath, ÉLYSÉE; Straße"),
            ["baath", "elysee", "strasse"]
        );
        assert_eq!(
            words_of("ash-Shaddadi 2024-08-29"),
            ["ashshaddadi", "ash", "shaddadi", "2024", "08", "29"]
        );
        assert_eq!(words_of("US-Iraqi"), ["us", "iraqi"]);
        assert!(words_of(" — … ").is_empty());
    }
}
