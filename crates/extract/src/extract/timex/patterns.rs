//! The grammar: finds temporal expressions in the tokens of one sentence and says what
//! they mean ([`Sem`]), before any resolution against a reference date.
//!
//! Every rule reads a bounded number of tokens from its start, so a sentence is scanned
//! in linear time: at each token the longest rule wins and scanning resumes after it.

use super::lexicon::{Kw, Lex, Unit};
use super::sem::{found, Found, Sem, Tod, YearRef};
use super::tokens::{Tok, TokKind};

/// Finds every expression in the tokens of one sentence, left to right.
pub fn find(text: &str, toks: &[Tok], out: &mut Vec<Found>) {
    let g = Grammar { text, toks };
    let mut i = 0;
    while i < toks.len() {
        match g.at(i) {
            Some(f) if f.end > i => {
                i = f.end;
                out.push(f);
            }
            _ => i += 1,
        }
    }
}

/// The rules, over the tokens of one sentence.
struct Grammar<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl Grammar<'_> {
    /// The lexicon class of token `i` (Other past the end).
    fn lex(&self, i: usize) -> Lex {
        self.toks.get(i).map_or(Lex::Other, |t| t.lex)
    }

    /// True when token `i` is the keyword `k`.
    fn kw(&self, i: usize, k: Kw) -> bool {
        // A pattern match, not `==` on `Lex`: its derived equality compares the
        // strings some variants hold and is not inlined.
        matches!(self.lex(i), Lex::Kw(x) if x == k)
    }

    /// True when token `i` is the punctuation mark `c`.
    fn p(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(c))
    }

    /// True when token `i` directly follows token `i - 1` (no whitespace).
    fn tight(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.gap)
    }

    /// The text of token `i`.
    fn word(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// True when token `i` is the word `w` (ASCII, any case).
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    /// A number token's value and digit count.
    fn num(&self, i: usize) -> Option<(u32, u8)> {
        match self.toks.get(i)?.kind {
            TokKind::Num(v, n) => Some((v, n)),
            _ => None,
        }
    }

    /// True past the end or at a token that is not a word or number.
    fn boundary(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_none_or(|t| matches!(t.kind, TokKind::Punct(_)))
    }

    /// The longest expression starting at token `i`.
    fn at(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        if t.kind == TokKind::Word && t.lex == Lex::Other {
            return self
                .that_month(i)
                .or_else(|| self.dawn_on(i))
                // (Most words are turned away by their length.)
                .or_else(|| (t.end - t.start == 4).then(|| self.bare_dawn(i)).flatten());
        }
        if t.lex == Lex::Kw(Kw::The) {
            if self.lex(i + 1) == Lex::Other && self.is_word(i + 1, "same") {
                if let Some(f) = self.same_day(i) {
                    return Some(f);
                }
            }
            if let Some(f) = self.in_the_part(i) {
                return Some(f);
            }
        }
        if let Some(f) = self.approx(i) {
            return Some(f);
        }
        if let Some(f) = self.position(i) {
            return Some(f);
        }
        self.core(i)
    }

    /// `that August`: a month of the year the narrative last named ("a coup in 2012 …
    /// that March"), not of the reference year. A month written with a day or year
    /// after it is a date of its own. `that year`, `that month`: the narrative's own.
    #[inline]
    fn that_month(&self, i: usize) -> Option<Found> {
        if !self.word(i).eq_ignore_ascii_case("that") {
            return None;
        }
        self.that_phrase(i)
    }

    /// `the same night`, `that same day`, `the same morning` (from `i`, the
    /// determiner before "same"): the day the narrative is on, with the part of day.
    #[inline(never)]
    fn same_day(&self, i: usize) -> Option<Found> {
        match self.lex(i + 2) {
            Lex::DayPart(p) => Some(Found {
                tod: Some(Tod::Part(p)),
                ..found(i, i + 3, Sem::NarrDay)
            }),
            Lex::Unit(Unit::Day, false) => Some(found(i, i + 3, Sem::NarrDay)),
            _ => None,
        }
    }

    /// [`Self::that_month`] past its test for "that" (most words fail it; this part
    /// is not inlined into every word's test).
    #[inline(never)]
    fn that_phrase(&self, i: usize) -> Option<Found> {
        if self.is_word(i + 1, "same") {
            return self.same_day(i);
        }
        let t = self.toks.get(i + 1)?;
        // "later that year", "that month": the year or month the narrative is on.
        // Not "year after year", "month by month".
        if let Lex::Unit(u @ (Unit::Year | Unit::Month), false) = t.lex {
            let repeated = self.lex(i + 3) == Lex::Unit(u, false);
            return (!repeated).then(|| found(i, i + 2, Sem::Narr(u, 0)));
        }
        // "Later that morning", "that night", "later that day": the day the narrative
        // is on. "That" opens the phrase (after a stop, "later", "on" …), not a clause
        // ("officials said that night raids …").
        let determiner = || {
            i == 0
                || self.boundary(i - 1)
                || [
                    "later", "earlier", "early", "late", "on", "by", "until", "during", "through",
                    "and", "since", "for",
                ]
                .iter()
                .any(|w| self.is_word(i - 1, w))
        };
        match t.lex {
            Lex::DayPart(p) if determiner() => {
                return Some(Found {
                    tod: Some(Tod::Part(p)),
                    ..found(i, i + 2, Sem::NarrDay)
                });
            }
            Lex::Unit(Unit::Day, false) if determiner() => {
                return Some(found(i, i + 2, Sem::NarrDay));
            }
            _ => {}
        }
        let Lex::Month(m) = t.lex else {
            return None;
        };
        let dated = self.num(i + 2).is_some() || self.year_at(i + 2).is_some();
        (t.cap && !dated).then(|| found(i, i + 2, Sem::MonthOfNarrYear(m)))
    }

    /// `about`, `over`, `more than`, `nearly` … before a duration, clock time or `ago`.
    fn approx(&self, i: usize) -> Option<Found> {
        let (m, j) = match self.lex(i) {
            Lex::Kw(Kw::About | Kw::Around | Kw::Approximately | Kw::Roughly) => ("APPROX", i + 1),
            Lex::Kw(Kw::Nearly | Kw::Almost) => ("LESS_THAN", i + 1),
            // `over the past year` is the preposition (during), not `more than`.
            Lex::Kw(Kw::Over) if !self.kw(i + 1, Kw::The) => ("MORE_THAN", i + 1),
            Lex::Kw(Kw::More) if self.kw(i + 1, Kw::Than) => ("MORE_THAN", i + 2),
            Lex::Kw(Kw::Less) if self.kw(i + 1, Kw::Than) => ("LESS_THAN", i + 2),
            Lex::Kw(Kw::At) if self.kw(i + 1, Kw::Least) => ("EQUAL_OR_MORE", i + 2),
            _ => return None,
        };
        // "about half an hour": the half starts the duration found at its article.
        let mut f = self
            .core(j)
            .or_else(|| self.kw(j, Kw::Half).then(|| self.core(j + 1)).flatten())?;
        let ok = matches!(f.sem, Sem::Duration(_) | Sem::Ago(..))
            || matches!(f.tod, Some(Tod::Clock(..)));
        if !ok || f.start != j {
            return None;
        }
        f.start = i;
        f.modifier = Some(m);
        Some(f)
    }

    /// `early`, `late`, `mid-`, `earlier`, `later`, `the end of`, `the early hours of` …
    /// before a date.
    fn position(&self, i: usize) -> Option<Found> {
        let (m, j): (Option<&'static str>, usize) = match self.lex(i) {
            Lex::Kw(Kw::Early) => (Some("START"), i + 1),
            Lex::Kw(Kw::Late) => (Some("END"), i + 1),
            Lex::Kw(Kw::Earlier) => (Some("START"), i + 1),
            Lex::Kw(Kw::Later) => (None, i + 1),
            Lex::Kw(Kw::Mid) => {
                let j = if self.p(i + 1, '-') { i + 2 } else { i + 1 };
                (Some("MID"), j)
            }
            Lex::Kw(Kw::The) => {
                // the end / beginning / start / middle of …
                let m = match self.lex(i + 1) {
                    Lex::Kw(Kw::End) => "END",
                    Lex::Kw(Kw::Beginning | Kw::Start) => "START",
                    Lex::Kw(Kw::Middle) => "MID",
                    Lex::Kw(Kw::Early) => {
                        return match self.hours_of(i + 2) {
                            Some(j) => self.early_hours(i, j),
                            None => self.bare_part(i),
                        };
                    }
                    Lex::DayPart(p) if self.kw(i + 2, Kw::Of) => {
                        return self.part_of(i, i + 3, p);
                    }
                    // British `the small hours (of Sunday)`: the early hours.
                    Lex::Other if self.is_word(i + 1, "small") && self.is_word(i + 2, "hours") => {
                        if self.kw(i + 3, Kw::Of) {
                            return self.early_hours(i, i + 4);
                        }
                        return Some(Found {
                            tod: Some(Tod::Part("MO")),
                            modifier: Some("START"),
                            ..found(i, i + 3, Sem::NarrDay)
                        });
                    }
                    _ => return self.bare_part(i),
                };
                if !self.kw(i + 2, Kw::Of) {
                    return None;
                }
                // the start of the year / month / week: the current one.
                if self.kw(i + 3, Kw::The) {
                    let sem = match self.lex(i + 4) {
                        Lex::Unit(Unit::Year, false) => Sem::RelYear(0),
                        Lex::Unit(Unit::Month, false) => Sem::RelMonth(0),
                        Lex::Unit(Unit::Week, false) => Sem::RelWeek(0),
                        _ => return None,
                    };
                    return Some(Found {
                        modifier: Some(m),
                        ..found(i, i + 5, sem)
                    });
                }
                (Some(m), i + 3)
            }
            _ => return None,
        };
        if self.kw(i, Kw::Early) {
            if let Some(k) = self.hours_of(j) {
                return self.early_hours(i, k);
            }
        }
        // "later that morning": a position before the narrative's own day.
        let Some(mut f) = self.core(j).or_else(|| self.that_month(j)) else {
            return self.bare_part(i);
        };
        if f.start != j {
            return None;
        }
        let dateish = !matches!(
            f.sem,
            Sem::Duration(_) | Sem::Set(_) | Sem::Vague(_) | Sem::Ago(..)
        ) && !matches!(f.tod, Some(Tod::Clock(..)));
        if !dateish {
            return None;
        }
        // "later Thursday" keeps no mod; "later this month" is the end of it.
        let m = if self.kw(i, Kw::Later)
            && matches!(f.sem, Sem::RelMonth(_) | Sem::RelYear(_) | Sem::RelWeek(_))
        {
            Some("END")
        } else {
            m
        };
        f.start = i;
        if f.modifier.is_none() {
            f.modifier = m;
        }
        Some(f)
    }

    /// `the night of Oct. 7`, `the morning of Monday`, `the evening of yesterday`:
    /// that part of that day.
    fn part_of(&self, i: usize, j: usize, part: &'static str) -> Option<Found> {
        let mut f = self.core(j)?;
        if f.start != j || f.tod.is_some() {
            return None;
        }
        if !matches!(
            f.sem,
            Sem::Cal { d: Some(_), .. }
                | Sem::Weekday(..)
                | Sem::WeekdayOfWeek(..)
                | Sem::RelDay(_)
        ) {
            return None;
        }
        f.start = i;
        f.tod = Some(Tod::Part(part));
        Some(f)
    }

    /// True when the lower-case word at `j` after `the future` / `the current` … is the
    /// noun they modify (`the future presence of troops`): any word but a function word
    /// or copula that could follow the time itself (`the future is`, `in the future
    /// they`, `the future and the past`).
    fn modifies_noun(&self, j: usize) -> bool {
        const FUNCTION: [&str; 44] = [
            "a", "and", "an", "are", "as", "at", "be", "brings", "but", "by", "can", "could",
            "for", "from", "he", "holds", "i", "if", "in", "into", "is", "it", "looks", "may",
            "might", "must", "nor", "on", "or", "remains", "seems", "she", "should", "than",
            "that", "the", "there", "they", "to", "was", "we", "when", "will", "would",
        ];
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        if t.kind != TokKind::Word || t.cap {
            return false;
        }
        let w = self.word(j);
        !FUNCTION.iter().any(|f| f.eq_ignore_ascii_case(w))
    }

    /// The part of day named at token `j`, if any.
    fn day_part(&self, j: usize) -> Option<&'static str> {
        match self.lex(j) {
            Lex::DayPart(p) => Some(p),
            _ => None,
        }
    }

    /// A dawn word at token `j` (`dawn`, `predawn`, `pre-dawn`): one past its end.
    fn dawn_at(&self, j: usize) -> Option<usize> {
        let t = self.toks.get(j)?;
        let first = self
            .text
            .as_bytes()
            .get(t.start)
            .map(u8::to_ascii_lowercase);
        if !matches!(t.lex, Lex::Other) || !matches!(first, Some(b'd' | b'p')) {
            return None;
        }
        if self.is_word(j, "dawn") || self.is_word(j, "predawn") {
            return Some(j + 1);
        }
        let hyphen = self.p(j + 1, '-') && self.tight(j + 1) && self.tight(j + 2);
        (self.is_word(j, "pre") && hyphen && self.is_word(j + 2, "dawn")).then_some(j + 3)
    }

    /// A part of a day the narrative is on, with no day written: `the early morning
    /// hours`, `the pre-dawn hours`, `the late evening hours`, `early morning`, `late
    /// night`. With `the` it must say `hours` (`the night` alone is a noun); without,
    /// it must say `early` / `late` and not follow an article (`an early morning raid`
    /// uses it as an adjective). `early` and dawn give START, `late` END.
    fn bare_part(&self, i: usize) -> Option<Found> {
        let the = self.kw(i, Kw::The);
        let mut j = if the { i + 1 } else { i };
        let mut m = match self.lex(j) {
            Lex::Kw(Kw::Early) => Some("START"),
            Lex::Kw(Kw::Late) => Some("END"),
            _ => None,
        };
        if m.is_some() {
            j += 1;
        }
        let (part, mut end) = match (self.lex(j), self.dawn_at(j)) {
            // `the early hours` with no day: the narrative day's morning.
            _ if the
                && m == Some("START")
                && self.is_word(j, "hours")
                && !self.kw(j + 1, Kw::Of) =>
            {
                return Some(Found {
                    tod: Some(Tod::Part("MO")),
                    modifier: m,
                    ..found(i, j + 1, Sem::NarrDay)
                });
            }
            (_, Some(end)) => {
                m = m.or(Some("START"));
                ("MO", end)
            }
            (Lex::DayPart(p), None) => (p, j + 1),
            _ => return None,
        };
        let hours = self.is_word(end, "hours");
        if hours {
            end += 1;
        }
        let after_article = i > 0 && matches!(self.lex(i - 1), Lex::Kw(Kw::A | Kw::An | Kw::The));
        let ok = if the {
            hours
        } else {
            m.is_some() && !after_article && self.dawn_at(i).is_none()
        };
        if ok && the && self.kw(end, Kw::Of) {
            // `the pre-dawn hours of Wednesday`, `the late evening hours of 3 May`.
            let mut f = self.named_day(end + 1)?;
            f.start = i;
            f.tod = Some(Tod::Part(part));
            f.modifier = m;
            return Some(f);
        }
        if !ok || self.kw(end, Kw::Of) {
            return None;
        }
        Some(Found {
            tod: Some(Tod::Part(part)),
            modifier: m,
            ..found(i, end, Sem::NarrDay)
        })
    }

    /// A named day starting at token `j` (`Thursday`, `3 May`, `yesterday`) with no
    /// time of day of its own.
    fn named_day(&self, j: usize) -> Option<Found> {
        let f = self.core(j)?;
        let day = matches!(
            f.sem,
            Sem::Cal { d: Some(_), .. }
                | Sem::Weekday(..)
                | Sem::WeekdayOfWeek(..)
                | Sem::RelDay(_)
        );
        (f.start == j && f.tod.is_none() && day).then_some(f)
    }

    /// `dawn on Friday`, `dawn Saturday`, `pre-dawn on 3 May` (the leading `at` or
    /// `after` is a preposition, left out): the morning of that day.
    fn dawn_on(&self, i: usize) -> Option<Found> {
        let mut j = self.dawn_at(i)?;
        if self.kw(j, Kw::On) || self.kw(j, Kw::Of) {
            j += 1;
        }
        let mut f = self.named_day(j)?;
        f.start = i;
        f.tod = Some(Tod::Part("MO"));
        Some(f)
    }

    /// `at dawn` with no day after it: the morning of the day the narrative is on
    /// ("Egyptian jets struck at dawn"), the word itself the expression ("before
    /// dawn" alone tells no day: [`Self::before_dawn`]).
    #[inline(never)]
    fn bare_dawn(&self, i: usize) -> Option<Found> {
        let at = i > 0 && self.kw(i - 1, Kw::At) && self.is_word(i, "dawn");
        (at && !self.kw(i + 1, Kw::On) && !self.kw(i + 1, Kw::Of)).then(|| Found {
            tod: Some(Tod::Part("MO")),
            ..found(i, i + 1, Sem::NarrDay)
        })
    }

    /// `in the afternoon`, `in the evening` (`i` at "the"): that part of the day the
    /// narrative is on ("Gunfire could still be heard in the afternoon"); "the
    /// afternoon of Monday" is a date of its own.
    #[inline(never)]
    fn in_the_part(&self, i: usize) -> Option<Found> {
        let Lex::DayPart(p) = self.lex(i + 1) else {
            return None;
        };
        if !(i > 0 && self.is_word(i - 1, "in")) {
            return None;
        }
        // "in the night hours of Monday" is read whole elsewhere.
        let named = self.kw(i + 2, Kw::Of)
            || self.kw(i + 2, Kw::On)
            || self.is_word(i + 2, "hours")
            || self.named_day(i + 2).is_some();
        (!named).then(|| Found {
            tod: Some(Tod::Part(p)),
            ..found(i, i + 2, Sem::NarrDay)
        })
    }

    /// `before dawn on Thursday`, `before dawn Thursday`, `before dawn of 3 May`: the
    /// morning of that day, as one TIME (no mod: the phrase says when, not which part
    /// of the morning). `before dawn` with no day is no expression.
    fn before_dawn(&self, i: usize) -> Option<Found> {
        let mut f = self.dawn_on(i + 1)?;
        f.start = i;
        Some(f)
    }

    /// `hours of` or `morning hours of` at token `j`: the token after `of`.
    fn hours_of(&self, j: usize) -> Option<usize> {
        let j = if self.lex(j) == Lex::DayPart("MO") {
            j + 1
        } else {
            j
        };
        (self.is_word(j, "hours") && self.kw(j + 1, Kw::Of)).then_some(j + 2)
    }

    /// `the early hours of Thursday`: the morning of that day, mod START.
    fn early_hours(&self, i: usize, j: usize) -> Option<Found> {
        let mut f = self.core(j)?;
        // `the early hours of Sunday` and `… of Sunday morning` alike.
        if f.start != j || f.tod.is_some_and(|t| t != Tod::Part("MO")) {
            return None;
        }
        if !matches!(
            f.sem,
            Sem::Cal { d: Some(_), .. }
                | Sem::Weekday(..)
                | Sem::WeekdayOfWeek(..)
                | Sem::RelDay(_)
        ) {
            return None;
        }
        f.start = i;
        f.tod = Some(Tod::Part("MO"));
        f.modifier = Some("START");
        Some(f)
    }

    /// Expressions without a leading modifier.
    fn core(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        match t.kind {
            TokKind::Num(..) => self
                .clock(i)
                .or_else(|| self.numeric_date(i))
                .or_else(|| self.day_month(i))
                .or_else(|| self.count_unit(i))
                .or_else(|| self.year(i)),
            TokKind::Punct(_) => None,
            TokKind::Word => match t.lex {
                Lex::Month(_) | Lex::MonthAbbr(_) => self.month_date(i),
                Lex::Weekday(_) => self.weekday(i, i, 0),
                Lex::WeekdayAbbr(_) => self.weekday_abbr(i),
                Lex::Season(_) => self.season(i),
                Lex::Holiday(m, d) => self.holiday_year(i, i + 1, m, d),
                Lex::NumWord(_) => self.count_unit(i),
                Lex::Unit(..) => self.bare_unit(i),
                Lex::Kw(k) => self.keyword(i, k),
                _ => None,
            },
        }
    }

    /// Rules that start with a keyword.
    fn keyword(&self, i: usize, k: Kw) -> Option<Found> {
        match k {
            Kw::The => self.the(i),
            Kw::This | Kw::Last | Kw::Next => self.deictic(i, k),
            Kw::Past | Kw::Coming => None,
            Kw::A | Kw::An | Kw::Few | Kw::Several | Kw::Couple => self.count_unit(i),
            Kw::Today => {
                // Not an outlet's name such as "Kirkuk Today" or "Nineveh Today TV": a
                // capitalised name before it that is no verb of a title-case headline
                // ("Two Killed Today").
                let brand = i > 0
                    && self.toks[i].cap
                    && self.toks[i - 1].cap
                    && matches!(self.toks[i - 1].kind, TokKind::Word)
                    && matches!(self.lex(i - 1), Lex::Other)
                    && !self.word(i - 1).ends_with("ed");
                if brand {
                    return None;
                }
                self.day_with_part(i, 0)
            }
            Kw::Yesterday => self.day_with_part(i, -1),
            Kw::Tomorrow => self.day_with_part(i, 1),
            Kw::Tonight => Some(Found {
                tod: Some(Tod::Part("NI")),
                ..found(i, i + 1, Sem::RelDay(0))
            }),
            Kw::Now => {
                // Not a brand name such as "NewsNation Now".
                let prev_cap = i > 0 && self.toks[i - 1].cap && self.toks[i].cap;
                (!prev_cap).then(|| found(i, i + 1, Sem::Vague("PRESENT_REF")))
            }
            Kw::Currently | Kw::Nowadays => Some(found(i, i + 1, Sem::Vague("PRESENT_REF"))),
            Kw::Recently => Some(found(i, i + 1, Sem::Vague("PAST_REF"))),
            Kw::Recent => match self.lex(i + 1) {
                Lex::Unit(u, true) if u >= Unit::Day => {
                    Some(found(i, i + 2, Sem::Vague("PAST_REF")))
                }
                _ => None,
            },
            Kw::Midnight => Some(Found {
                tod: Some(Tod::Clock(24, 0)),
                ..found(i, i + 1, Sem::NarrDay)
            }),
            Kw::Noon => Some(Found {
                tod: Some(Tod::Clock(12, 0)),
                ..found(i, i + 1, Sem::NarrDay)
            }),
            Kw::Christmas => {
                let (d, end) = if self.is_word(i + 1, "eve") {
                    (24, i + 2)
                } else if self.is_word(i + 1, "day") {
                    (25, i + 2)
                } else {
                    (25, i + 1)
                };
                self.holiday_year(i, end, 12, d)
            }
            Kw::New => {
                // New Year's Day / Eve
                if !(self.toks[i].cap && self.is_word(i + 1, "year")) {
                    return None;
                }
                let mut j = i + 2;
                if (self.p(j, '\'') || self.p(j, '’')) && self.is_word(j + 1, "s") {
                    j += 2;
                }
                if self.is_word(j, "eve") {
                    self.holiday_year(i, j + 1, 12, 31)
                } else if self.is_word(j, "day") {
                    self.holiday_year(i, j + 1, 1, 1)
                } else {
                    None
                }
            }
            Kw::Every | Kw::Each => self.set(i),
            Kw::Before => self.before_dawn(i),
            _ => None,
        }
    }

    /// A fixed-date holiday spanning tokens `i..end`, with an optional year after it.
    fn holiday_year(&self, i: usize, end: usize, m: u32, d: u32) -> Option<Found> {
        if !self.toks.get(i)?.cap {
            return None;
        }
        if let Some(y) = self.year_at(end) {
            return Some(found(
                i,
                end + 1,
                Sem::Cal {
                    y: Some(y),
                    m: Some(m),
                    d: Some(d),
                },
            ));
        }
        Some(found(
            i,
            end,
            Sem::Cal {
                y: None,
                m: Some(m),
                d: Some(d),
            },
        ))
    }

    /// `today`, `yesterday morning`, `tomorrow night`.
    fn day_with_part(&self, i: usize, n: i64) -> Option<Found> {
        if let Lex::DayPart(p) = self.lex(i + 1) {
            if n != 0 {
                return Some(Found {
                    tod: Some(Tod::Part(p)),
                    ..found(i, i + 2, Sem::RelDay(n))
                });
            }
        }
        Some(found(i, i + 1, Sem::RelDay(n)))
    }

    /// `every day`, `each year`, `every Monday`, `every two weeks`.
    fn set(&self, i: usize) -> Option<Found> {
        match self.lex(i + 1) {
            Lex::Unit(u, false) => Some(found(i, i + 2, Sem::Set(u.duration(Some(1))))),
            Lex::Weekday(d) => Some(found(i, i + 2, Sem::Set(format!("XXXX-WXX-{d}")))),
            // `every November`, `each spring`: that month or season of every year.
            Lex::Month(m) => Some(found(i, i + 2, Sem::Set(format!("XXXX-{m:02}")))),
            Lex::Season(x) => Some(found(i, i + 2, Sem::Set(format!("XXXX-{x}")))),
            _ => {
                let (n, j) = self.count(i + 1)?;
                match self.lex(j) {
                    Lex::Unit(u, true) => Some(found(i, j + 1, Sem::Set(u.duration(n)))),
                    _ => None,
                }
            }
        }
    }

    /// `this`/`last`/`next` + unit, season, weekend, weekday or part of day.
    fn deictic(&self, i: usize, k: Kw) -> Option<Found> {
        let (n, k, w): (i32, Kw, usize) = match k {
            Kw::Last => (-1, k, i + 1),
            Kw::Next => (1, k, i + 1),
            // "this past week" is last week
            _ if self.kw(i + 1, Kw::Past) => (-1, Kw::Last, i + 2),
            _ => (0, k, i + 1),
        };
        self.deictic_at(i, w, k, n)
    }

    /// The word after `this`/`last`/`next` (at `w`), for [`Grammar::deictic`].
    fn deictic_at(&self, i: usize, w: usize, k: Kw, n: i32) -> Option<Found> {
        match self.lex(w) {
            Lex::Unit(Unit::Week, false) => Some(found(i, w + 1, Sem::RelWeek(n.into()))),
            Lex::Unit(Unit::Month, false) => Some(found(i, w + 1, Sem::RelMonth(n))),
            Lex::Unit(Unit::Year, false) => Some(found(i, w + 1, Sem::RelYear(n))),
            Lex::Season(s) => Some(found(i, w + 1, Sem::RelSeason(s, n))),
            Lex::Kw(Kw::Weekend) if n <= 0 => Some(found(i, w + 1, Sem::Weekend(n))),
            Lex::Weekday(_) => self.weekday(i, w, n),
            // "last September", "next March": counted from the reference date, not the
            // narrative's year; "last May 4" is a date of its own.
            Lex::Month(m) if n != 0 && self.num(w + 1).is_none() => {
                Some(found(i, w + 1, Sem::MonthNear(m, n)))
            }
            Lex::DayPart(p) => {
                let day = if k == Kw::Last && p == "NI" {
                    -1
                } else if k == Kw::This {
                    0
                } else {
                    return None;
                };
                Some(Found {
                    tod: Some(Tod::Part(p)),
                    ..found(i, w + 1, Sem::RelDay(day))
                })
            }
            _ => None,
        }
    }

    /// Rules starting with `the`.
    fn the(&self, i: usize) -> Option<Found> {
        match self.lex(i + 1) {
            // the 2010s
            _ if self.decade(i + 1).is_some() => {
                let d = self.decade(i + 1)?;
                Some(found(i, i + 3, Sem::Decade(d)))
            }
            // the past / last / next / coming [few|two] days
            // the next morning, the following night, the previous evening: a part of
            // the day after or before the one the narrative is on.
            Lex::Kw(Kw::Next | Kw::Following | Kw::Previous) if self.day_part(i + 2).is_some() => {
                let p = self.day_part(i + 2)?;
                let n = if self.kw(i + 1, Kw::Previous) { -1 } else { 1 };
                Some(Found {
                    tod: Some(Tod::Part(p)),
                    ..found(i, i + 3, Sem::Narr(Unit::Day, n))
                })
            }
            // the night before, the morning after (said on their own: "the night
            // before the vote" counts from the vote, not the narrative).
            Lex::DayPart(p)
                if (self.kw(i + 2, Kw::Before) || self.kw(i + 2, Kw::After))
                    && self.boundary(i + 3) =>
            {
                let n = if self.kw(i + 2, Kw::Before) { -1 } else { 1 };
                Some(Found {
                    tod: Some(Tod::Part(p)),
                    ..found(i, i + 3, Sem::Narr(Unit::Day, n))
                })
            }
            Lex::Kw(Kw::Next) if self.lex(i + 2) == Lex::Unit(Unit::Day, false) => {
                Some(found(i, i + 3, Sem::Narr(Unit::Day, 1)))
            }
            Lex::Kw(Kw::Past | Kw::Last | Kw::Next | Kw::Coming) => {
                let j = i + 2;
                // "The next year, the group retook the town": opening its clause, the
                // year after the one the narrative is on, not a span ("over the next
                // year").
                if self.kw(i + 1, Kw::Next) && (i == 0 || self.boundary(i - 1)) {
                    if let Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year), false) =
                        self.lex(j)
                    {
                        if self.p(j + 1, ',') {
                            return Some(found(i, j + 1, Sem::Narr(u, 1)));
                        }
                    }
                }
                if let Lex::Unit(u, plural) = self.lex(j) {
                    let v = if plural {
                        u.duration(None)
                    } else {
                        u.duration(Some(1))
                    };
                    return Some(found(i, j + 1, Sem::Duration(v)));
                }
                if let Some((n, k)) = self.count(j) {
                    if let Lex::Unit(u, _) = self.lex(k) {
                        return Some(found(i, k + 1, Sem::Duration(u.duration(n))));
                    }
                }
                if self.kw(i + 1, Kw::Past) && self.boundary(i + 2) {
                    return Some(found(i, i + 2, Sem::Vague("PAST_REF")));
                }
                None
            }
            // the previous / following year
            Lex::Kw(Kw::Previous | Kw::Following) => match self.lex(i + 2) {
                Lex::Unit(u, false) if u >= Unit::Day => {
                    let n = if self.kw(i + 1, Kw::Previous) { -1 } else { 1 };
                    Some(found(i, i + 3, Sem::Narr(u, n)))
                }
                _ => None,
            },
            // the year before / the day after
            Lex::Unit(u, false) if u >= Unit::Day && u <= Unit::Year => {
                if self.kw(i + 2, Kw::Before) || self.kw(i + 2, Kw::Earlier) {
                    Some(found(i, i + 3, Sem::Narr(u, -1)))
                } else if (self.kw(i + 2, Kw::After) || self.kw(i + 2, Kw::Later))
                    && self.boundary(i + 3)
                {
                    Some(found(i, i + 3, Sem::Narr(u, 1)))
                } else {
                    None
                }
            }
            Lex::Kw(Kw::Weekend) => Some(found(i, i + 2, Sem::Weekend(0))),
            // "the future", not "the future of Iraq"
            Lex::Kw(Kw::Future) if !self.kw(i + 2, Kw::Of) && !self.modifies_noun(i + 2) => {
                Some(found(i, i + 2, Sem::Vague("FUTURE_REF")))
            }
            Lex::Kw(Kw::Near) if self.kw(i + 2, Kw::Future) => {
                Some(found(i, i + 3, Sem::Vague("FUTURE_REF")))
            }
            // the first half of 2024, the third quarter of last year
            Lex::Ordinal(o) => {
                let part = match self.lex(i + 2) {
                    Lex::Kw(Kw::Half) if o <= 2 => format!("H{o}"),
                    Lex::Kw(Kw::Quarter) => format!("Q{o}"),
                    _ => return None,
                };
                if !self.kw(i + 3, Kw::Of) {
                    return None;
                }
                let (y, end) = self.year_ref(i + 4)?;
                let part: &'static str = match part.as_str() {
                    "H1" => "H1",
                    "H2" => "H2",
                    "Q1" => "Q1",
                    "Q2" => "Q2",
                    "Q3" => "Q3",
                    _ => "Q4",
                };
                Some(found(i, end, Sem::Part(y, part)))
            }
            // the summer (of 2014)
            Lex::Season(s) => {
                if self.kw(i + 3, Kw::Of) || self.kw(i + 2, Kw::Of) {
                    if let Some(y) = self.year_at(i + 3) {
                        return Some(found(i, i + 4, Sem::Part(YearRef::Abs(y), s)));
                    }
                    return None;
                }
                (s != "FA").then(|| found(i, i + 2, Sem::Part(YearRef::Narr, s)))
            }
            _ => None,
        }
    }

    /// A year reference after `of`: `2024`, `this year`, `last year`, `the year`.
    fn year_ref(&self, i: usize) -> Option<(YearRef, usize)> {
        if let Some(y) = self.year_at(i) {
            return Some((YearRef::Abs(y), i + 1));
        }
        if self.lex(i + 1) == Lex::Unit(Unit::Year, false) {
            return match self.lex(i) {
                Lex::Kw(Kw::This) => Some((YearRef::Rel(0), i + 2)),
                Lex::Kw(Kw::Last) => Some((YearRef::Rel(-1), i + 2)),
                Lex::Kw(Kw::Next) => Some((YearRef::Rel(1), i + 2)),
                Lex::Kw(Kw::The) => Some((YearRef::Narr, i + 2)),
                _ => None,
            };
        }
        None
    }

    /// A season word: `summer 2014`, or bare after `in` / `during`.
    fn season(&self, i: usize) -> Option<Found> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        if let Some(y) = self.year_at(i + 1) {
            return Some(found(i, i + 2, Sem::Part(YearRef::Abs(y), s)));
        }
        let prev_in = i > 0 && (self.kw(i - 1, Kw::In) || self.kw(i - 1, Kw::During));
        (prev_in && s != "FA").then(|| found(i, i + 1, Sem::Part(YearRef::Narr, s)))
    }

    /// The year of a full date whose year runs into a capitalised word with no space
    /// (`March 24, 2023AP`, `5 May 2021Reuters`): scraped pages glue a date line to the
    /// credit or menu after it. Only after a month and day, where a year is expected.
    fn glued_year_at(&self, i: usize) -> Option<i32> {
        let (v, n) = self.num(i)?;
        let next = self.toks.get(i + 1)?;
        let glued = !next.gap && next.kind == TokKind::Word && next.cap;
        (n == 4 && (1900..=2099).contains(&v) && glued && self.toks[i].gap).then_some(v as i32)
    }

    /// A four-digit year at token `i` (1900–2099) that is not part of a larger number.
    fn year_at(&self, i: usize) -> Option<i32> {
        let (v, n) = self.num(i)?;
        if n != 4 || !(1900..=2099).contains(&v) {
            return None;
        }
        // 2024.5, 2024,000, 20:24 are not years; nor is a year glued to letters.
        if let Some(next) = self.toks.get(i + 1) {
            if !next.gap {
                let numeric_after = self.num(i + 2).is_some();
                if (next.is('.') || next.is(',') || next.is(':'))
                    && numeric_after
                    && self.tight(i + 2)
                {
                    return None;
                }
                if next.kind == TokKind::Word {
                    return None;
                }
            }
        }
        if i > 0 {
            let prev = &self.toks[i - 1];
            if !self.toks[i].gap
                && (prev.is('$')
                    || prev.is('#')
                    || prev.is('.')
                    || prev.is(',')
                    || prev.kind == TokKind::Word)
            {
                return None;
            }
        }
        Some(v as i32)
    }

    /// A decade `1990s` at tokens `i`, `i + 1`: returns 199.
    fn decade(&self, i: usize) -> Option<i32> {
        let (v, n) = self.num(i)?;
        if n == 4
            && v % 10 == 0
            && (1800..=2090).contains(&v)
            && self.tight(i + 1)
            && self.word(i + 1) == "s"
        {
            Some((v / 10) as i32)
        } else {
            None
        }
    }

    /// A year on its own, a decade, and `2023-12-25`-style dates are elsewhere.
    fn year(&self, i: usize) -> Option<Found> {
        if let Some(d) = self.decade(i) {
            return Some(found(i, i + 2, Sem::Decade(d)));
        }
        let y = self.year_at(i)?;
        // "2000 troops" is a count, not a year.
        if self.kw(i + 1, Kw::CountNoun) {
            return None;
        }
        Some(found(
            i,
            i + 1,
            Sem::Cal {
                y: Some(y),
                m: None,
                d: None,
            },
        ))
    }

    /// A day of the month at token `i` (1–31, with an optional `th` suffix): the day
    /// and the next token.
    fn day_num(&self, i: usize) -> Option<(u32, usize)> {
        let (v, n) = self.num(i)?;
        if n > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let next = self.toks.get(i + 1);
        if next.is_some_and(|t| !t.gap && (t.is(':') || t.is('.') && self.num(i + 2).is_some())) {
            return None;
        }
        let w = self.word(i + 1);
        if self.tight(i + 1) && matches!(w, "st" | "nd" | "rd" | "th") {
            return Some((v, i + 2));
        }
        if next.is_some_and(|t| !t.gap && t.kind == TokKind::Word) {
            return None;
        }
        Some((v, i + 1))
    }

    /// `October`, `Oct. 31, 2019`, `September 16`, `October 2023`, `May 5th` — with an
    /// optional clock time after a full date.
    fn month_date(&self, i: usize) -> Option<Found> {
        let t = self.toks.get(i)?;
        if !t.cap {
            return None;
        }
        let (m, abbr) = match t.lex {
            Lex::Month(m) => (m, false),
            Lex::MonthAbbr(m) => (m, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr {
            if self.p(j, '.') && self.tight(j) {
                j += 1;
            } else if abbr && self.num(j).is_none() {
                return None;
            }
        }
        if let Some((d, k)) = self.day_num(j) {
            let mut end = k;
            let mut y = None;
            let mut k2 = k;
            if self.p(k2, ',') {
                k2 += 1;
            }
            if let Some(yy) = self.year_at(k2).or_else(|| self.glued_year_at(k2)) {
                if !self.kw(k2 + 1, Kw::CountNoun) {
                    y = Some(yy);
                    end = k2 + 1;
                }
            }
            // `Aug. 24 last year`, `March 3 of this year`: one date.
            if y.is_none() {
                if let Some(f) = self.day_of_rel_year(i, k, m, d) {
                    return Some(f);
                }
            }
            let mut f = found(
                i,
                end,
                Sem::Cal {
                    y,
                    m: Some(m),
                    d: Some(d),
                },
            );
            self.trailing_clock(&mut f);
            return Some(f);
        }
        // `January last year`, `March this year`, `June next year`, `December of last
        // year`.
        let of = if self.kw(j, Kw::Of) { j + 1 } else { j };
        if let Some((YearRef::Rel(n), end)) = self.year_ref(of) {
            return Some(found(i, end, Sem::MonthOfRelYear(m, n)));
        }
        // `July of that year`, `July that year`: the year the narrative last named.
        let that = if self.kw(j, Kw::Of) { j + 1 } else { j };
        if self.is_word(that, "that") && self.lex(that + 1) == Lex::Unit(Unit::Year, false) {
            return Some(found(i, that + 2, Sem::MonthOfNarrYear(m)));
        }
        if let Some(y) = self.year_at(j) {
            return Some(found(
                i,
                j + 1,
                Sem::Cal {
                    y: Some(y),
                    m: Some(m),
                    d: None,
                },
            ));
        }
        // `July of 2021`: the month of a written year.
        if self.kw(j, Kw::Of) {
            if let Some(y) = self.year_at(j + 1) {
                return Some(found(
                    i,
                    j + 2,
                    Sem::Cal {
                        y: Some(y),
                        m: Some(m),
                        d: None,
                    },
                ));
            }
        }
        if abbr && j == i + 1 {
            return None;
        }
        // A bare month after a temporal preposition is a month; "May" and "March"
        // (also common words) need one, and any month right before a capitalised
        // word ("June Carter") needs one too.
        // `mid-March`: the hyphen after `mid` stands where the preposition would.
        let after_mid = i > 1 && self.p(i - 1, '-') && self.kw(i - 2, Kw::Mid);
        let after_prep = after_mid
            || i > 0
                && matches!(
                    self.lex(i - 1),
                    Lex::Kw(
                        Kw::In
                            | Kw::Since
                            | Kw::Until
                            | Kw::From
                            | Kw::Early
                            | Kw::Late
                            | Kw::Mid
                            | Kw::Of
                            | Kw::Through
                            | Kw::To
                            | Kw::During
                            | Kw::Last
                            | Kw::Next
                            | Kw::This
                            | Kw::Before
                            | Kw::After
                            | Kw::On
                    )
                );
        let name_follows = self
            .toks
            .get(j)
            .is_some_and(|t| t.cap && t.kind == TokKind::Word && t.lex == Lex::Other);
        if !after_prep && (m == 5 || m == 3 || name_follows) {
            return None;
        }
        Some(found(
            i,
            j,
            Sem::Cal {
                y: None,
                m: Some(m),
                d: None,
            },
        ))
    }

    /// A day and month from token `i`, ending before `end`, followed by a year
    /// relative to the reference date (`last year`, `of this year`).
    fn day_of_rel_year(&self, i: usize, end: usize, m: u32, d: u32) -> Option<Found> {
        let of = if self.kw(end, Kw::Of) { end + 1 } else { end };
        match self.year_ref(of) {
            Some((YearRef::Rel(n), to)) => Some(found(i, to, Sem::DayOfRelYear(m, d, n))),
            _ => None,
        }
    }

    /// `17 April 2024`, `5th of March`.
    fn day_month(&self, i: usize) -> Option<Found> {
        let (d, mut j) = self.day_num(i)?;
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        let t = self.toks.get(j)?;
        let m = match t.lex {
            Lex::Month(m) if t.cap => m,
            Lex::MonthAbbr(m) if t.cap => m,
            _ => return None,
        };
        let mut end = j + 1;
        if matches!(t.lex, Lex::MonthAbbr(_)) && self.p(end, '.') {
            end += 1;
        }
        let mut y = None;
        if let Some(yy) = self.year_at(end).or_else(|| self.glued_year_at(end)) {
            y = Some(yy);
            end += 1;
        } else if self.p(end, ',') && !self.kw(end + 2, Kw::CountNoun) {
            // `13 Jul, 2022`: a comma between month and year, as after a day.
            if let Some(yy) = self.year_at(end + 1) {
                y = Some(yy);
                end += 2;
            }
        }
        // `24 August last year`: one date.
        if y.is_none() {
            if let Some(f) = self.day_of_rel_year(i, end, m, d) {
                return Some(f);
            }
        }
        // `31 March of that year`: the year the narrative last named.
        if y.is_none() {
            let that = if self.kw(end, Kw::Of) { end + 1 } else { end };
            if self.is_word(that, "that") && self.lex(that + 1) == Lex::Unit(Unit::Year, false) {
                return Some(found(i, that + 2, Sem::DayOfNarrYear(m, d)));
            }
        }
        let mut f = found(
            i,
            end,
            Sem::Cal {
                y,
                m: Some(m),
                d: Some(d),
            },
        );
        self.trailing_clock(&mut f);
        Some(f)
    }

    /// `2024-08-31`, `8/31/2024` (US order unless the first number exceeds 12),
    /// `31.08.2024` (day first, as written with dots) and `31-08-2024` (day first, as
    /// pages outside the US write dashes, unless the second number exceeds 12).
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let (a, an) = self.num(i)?;
        let sep = if self.p(i + 1, '-') {
            '-'
        } else if self.p(i + 1, '/') {
            '/'
        } else if self.p(i + 1, '.') {
            '.'
        } else {
            return None;
        };
        let all_tight = (1..5).all(|k| self.tight(i + k));
        if !all_tight || !self.p(i + 3, sep) {
            return None;
        }
        let (b, _) = self.num(i + 2)?;
        let (c, cn) = self.num(i + 4)?;
        let (y, m, d) = if sep == '-' && an == 4 {
            (a, b, c)
        } else if sep == '/' && cn == 4 {
            if a > 12 {
                (c, b, a)
            } else {
                (c, a, b)
            }
        } else if sep == '.' && cn == 4 && an <= 2 {
            (c, b, a)
        } else if sep == '-' && cn == 4 && an <= 2 {
            if b > 12 {
                (c, a, b)
            } else {
                (c, b, a)
            }
        } else {
            return None;
        };
        if !(1900..=2099).contains(&y) || chrono::NaiveDate::from_ymd_opt(y as i32, m, d).is_none()
        {
            return None;
        }
        let mut f = found(
            i,
            i + 5,
            Sem::Cal {
                y: Some(y as i32),
                m: Some(m),
                d: Some(d),
            },
        );
        self.trailing_clock(&mut f);
        Some(f)
    }

    /// Attaches a clock time written right after a date (`… 2024 10:15`, `…, 8 p.m.`).
    fn trailing_clock(&self, f: &mut Found) {
        let mut j = f.end;
        if self.p(j, ',') {
            j += 1;
        }
        if let Some(c) = self.clock(j) {
            if let Some(Tod::Clock(..)) = c.tod {
                f.end = c.end;
                f.tod = c.tod;
            }
        }
    }

    /// A weekday at token `w` (the expression starting at `i`, after `last`/`next`):
    /// with a part of the day, or a date written after it.
    fn weekday(&self, i: usize, w: usize, shift: i32) -> Option<Found> {
        let Lex::Weekday(d) = self.lex(w) else {
            return None;
        };
        if !self.toks[w].cap {
            return None;
        }
        if shift == 0 {
            let mut j = w + 1;
            if self.p(j, ',') {
                j += 1;
            }
            if let Some(mut f) = self.num(j).and_then(|_| self.day_month(j)).or_else(|| {
                matches!(self.lex(j), Lex::Month(_) | Lex::MonthAbbr(_))
                    .then(|| self.month_date(j))
                    .flatten()
            }) {
                if matches!(f.sem, Sem::Cal { d: Some(_), .. }) {
                    f.start = i;
                    return Some(f);
                }
            }
        }
        if let Lex::DayPart(p) = self.lex(w + 1) {
            return Some(Found {
                tod: Some(Tod::Part(p)),
                ..found(i, w + 2, Sem::Weekday(d, shift))
            });
        }
        if shift == 0 {
            if let Some(f) = self.weekday_of_week(i, w, d) {
                return Some(f);
            }
            if let Some(end) = self.day_of_month_after(w + 1) {
                return Some(found(i, end, Sem::Weekday(d, shift)));
            }
        }
        Some(found(i, w + 1, Sem::Weekday(d, shift)))
    }

    /// A weekday at token `w` (day `d`) followed by the week it lies in: `Tuesday
    /// last week`, `Monday of next week`, `Friday this week`.
    fn weekday_of_week(&self, i: usize, w: usize, d: u32) -> Option<Found> {
        let j = if self.word(w + 1) == "of" {
            w + 2
        } else {
            w + 1
        };
        let n = match () {
            _ if self.kw(j, Kw::Last) => -1,
            _ if self.kw(j, Kw::Next) => 1,
            _ if self.kw(j, Kw::This) => 0,
            _ => return None,
        };
        matches!(self.lex(j + 1), Lex::Unit(Unit::Week, false))
            .then(|| found(i, j + 2, Sem::WeekdayOfWeek(d, n)))
    }

    /// A day of the month after a weekday with no month (`Monday 15`, `Tuesday the
    /// 16th`), at token `j`: one past its end. The number must end the phrase (a
    /// mark or the sentence end follows, or it has an ordinal suffix), so `Monday 15
    /// people` stays a count. The weekday alone gives the value.
    fn day_of_month_after(&self, j: usize) -> Option<usize> {
        let k = if self.kw(j, Kw::The) { j + 1 } else { j };
        let (v, n) = self.num(k)?;
        if n > 2 || !(1..=31).contains(&v) {
            return None;
        }
        let suffix = self.tight(k + 1) && matches!(self.word(k + 1), "st" | "nd" | "rd" | "th");
        if suffix {
            return Some(k + 2);
        }
        // Not a clock (`15:30`) nor a decimal (`15.5`).
        let ends = self.boundary(k + 1)
            && !self.p(k + 1, ':')
            && !(self.p(k + 1, '.') && self.tight(k + 2));
        (k == j && ends).then_some(k + 1)
    }

    /// `Fri January 5, 2024`, `Sat., 6 Jan.`: an abbreviated weekday counts only
    /// before a date, which gives the value.
    fn weekday_abbr(&self, i: usize) -> Option<Found> {
        if !self.toks.get(i)?.cap {
            return None;
        }
        let mut j = i + 1;
        if self.p(j, '.') && self.tight(j) {
            j += 1;
        }
        if self.p(j, ',') {
            j += 1;
        }
        let mut f = match self.lex(j) {
            Lex::Month(_) | Lex::MonthAbbr(_) => self.month_date(j)?,
            _ => self.day_month(j)?,
        };
        if !matches!(f.sem, Sem::Cal { d: Some(_), .. }) {
            return None;
        }
        f.start = i;
        Some(f)
    }

    /// A clock time: `8:45 p.m. Eastern Time`, `03:16 am EDT`, `10:15`, `9 a.m.`.
    fn clock(&self, i: usize) -> Option<Found> {
        let (h, hn) = self.num(i)?;
        // Military time with a zone: 0600 GMT.
        if hn == 4 && h < 2400 && h % 100 < 60 && self.lex(i + 1) == Lex::Zone {
            return Some(Found {
                tod: Some(Tod::Clock(h / 100, h % 100)),
                ..found(i, i + 2, Sem::NarrDay)
            });
        }
        if hn > 2 || h > 24 {
            return None;
        }
        let mut j = i + 1;
        let mut min = 0;
        let mut has_min = false;
        if self.p(j, ':') && self.tight(j) && self.tight(j + 1) {
            let (mm, mn) = self.num(j + 1)?;
            if mn != 2 || mm > 59 {
                return None;
            }
            min = mm;
            has_min = true;
            j += 2;
        } else if self.p(j, '.') && self.tight(j) && self.tight(j + 1) {
            // British `9.30pm`: a dot between hour and minutes, only before am/pm (a
            // bare `9.30` is a number).
            if let Some((mm, 2)) = self.num(j + 1) {
                if mm <= 59 && self.meridiem(j + 2).0.is_some() {
                    min = mm;
                    j += 2;
                }
            }
        }
        let (pm, after) = self.meridiem(j);
        if pm.is_none() && !has_min {
            return None;
        }
        let mut h24 = h;
        match pm {
            Some(true) if h < 12 => h24 = h + 12,
            Some(false) if h == 12 => h24 = 0,
            Some(_) if h > 12 || h == 0 => return None,
            _ => {}
        }
        let end = self.zone(after);
        let mut f = Found {
            tod: Some(Tod::Clock(h24, min)),
            ..found(i, end, Sem::NarrDay)
        };
        // A weekday or date written straight after: `8 p.m. Monday`.
        if let Some(g) = self.weekday(end, end, 0).or_else(|| self.month_date(end)) {
            if matches!(g.sem, Sem::Weekday(..) | Sem::Cal { d: Some(_), .. }) && g.tod.is_none() {
                f.sem = g.sem;
                f.end = g.end;
            }
        }
        Some(f)
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at token `j`: (Some(is_pm), next token).
    fn meridiem(&self, j: usize) -> (Option<bool>, usize) {
        let w = self.word(j).to_ascii_lowercase();
        match w.as_str() {
            "am" | "pm" => (Some(w == "pm"), j + 1),
            "a" | "p"
                if self.p(j + 1, '.')
                    && self.is_word(j + 2, "m")
                    && self.tight(j + 1)
                    && self.tight(j + 2) =>
            {
                let end = if self.p(j + 3, '.') && self.tight(j + 3) {
                    j + 4
                } else {
                    j + 3
                };
                (Some(w == "p"), end)
            }
            _ => (None, j),
        }
    }

    /// A time zone after a clock time: `EDT`, `Eastern Time`, `local time`,
    /// `Eastern Standard Time`, `Baghdad time`. Returns the token after it.
    fn zone(&self, j: usize) -> usize {
        match self.lex(j) {
            Lex::Zone => j + 1,
            Lex::Kw(Kw::Eastern | Kw::Central | Kw::Pacific | Kw::Mountain) => {
                let mut k = j + 1;
                if self.kw(k, Kw::Standard) || self.kw(k, Kw::Daylight) {
                    k += 1;
                }
                if self.kw(k, Kw::Time) {
                    k + 1
                } else {
                    j
                }
            }
            Lex::Kw(Kw::Local) if self.kw(j + 1, Kw::Time) => j + 2,
            Lex::Other if self.toks.get(j).is_some_and(|t| t.cap) && self.kw(j + 1, Kw::Time) => {
                j + 2
            }
            _ => j,
        }
    }

    /// A count before a unit: digits, number words, `a`/`an`, `a few`, `several`,
    /// `a couple of`. Returns (Some(n) or None for an unknown count, next token).
    fn count(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let t = self.toks.get(i)?;
        match (t.kind, t.lex) {
            (TokKind::Num(v, n), _) => {
                if n > 3
                    || self.p(i + 1, ',') && self.tight(i + 1)
                    || self.p(i + 1, '.') && self.tight(i + 1) && self.num(i + 2).is_some()
                {
                    return None;
                }
                Some((Some(v), i + 1))
            }
            (_, Lex::NumWord(v)) => {
                // twenty-four
                if self.p(i + 1, '-') && self.tight(i + 1) && self.tight(i + 2) {
                    if let Lex::NumWord(u) = self.lex(i + 2) {
                        if u < 10 {
                            return Some((Some(v + u), i + 3));
                        }
                    }
                }
                Some((Some(v), i + 1))
            }
            (_, Lex::Kw(Kw::A | Kw::An)) => {
                if self.kw(i + 1, Kw::Few) {
                    Some((None, i + 2))
                } else if self.kw(i + 1, Kw::Couple) && self.kw(i + 2, Kw::Of) {
                    Some((None, i + 3))
                } else {
                    Some((Some(1), i + 1))
                }
            }
            (_, Lex::Kw(Kw::Few | Kw::Several)) => Some((None, i + 1)),
            _ => None,
        }
    }

    /// A count and a unit: `two days`, `48-hour`, `a week`, `two years ago`,
    /// `a year earlier`, `several months`. Ages (`46-year-old`) are not expressions.
    fn count_unit(&self, i: usize) -> Option<Found> {
        let (n, j) = self.count(i)?;
        let article = matches!(self.lex(i), Lex::Kw(Kw::A | Kw::An)) && n == Some(1);
        let hyphen = self.p(j, '-') && self.tight(j) && self.tight(j + 1);
        let u_at = if hyphen { j + 1 } else { j };
        let Lex::Unit(u, plural) = self.lex(u_at) else {
            return None;
        };
        if article && (plural || self.p(u_at + 1, '-') && self.kw(u_at + 2, Kw::Long)) {
            return None;
        }
        if i > 0 && article && self.kw(i - 1, Kw::Twice) {
            return None; // "twice a day": a frequency
        }
        let end = u_at + 1;
        // Ages: 46-year-old, 46 years old, aged 46.
        if (self.p(end, '-') && self.kw(end + 1, Kw::Old)) || self.kw(end, Kw::Old) {
            return None;
        }
        if hyphen && self.p(end, '-') && self.kw(end + 1, Kw::Long) {
            return Some(found(i, end + 2, Sem::Duration(u.duration(n))));
        }
        // "half an hour", "half a day": half the unit.
        if article && !hyphen && i > 0 && self.kw(i - 1, Kw::Half) {
            if let Some(half) = u.half() {
                return Some(found(i - 1, end, Sem::Duration(half)));
            }
        }
        if !hyphen {
            if self.kw(end, Kw::Ago) {
                // `seven years ago today`: that very day.
                if let (Some(n), true) = (n, self.is_word(end + 1, "today")) {
                    return Some(found(i, end + 2, Sem::AgoToday(u, n.into())));
                }
                return Some(match n {
                    Some(n) => found(i, end + 1, Sem::Ago(u, n.into())),
                    None => found(i, end + 1, Sem::Vague("PAST_REF")),
                });
            }
            if let Some(n) = n {
                if self.kw(end, Kw::Later) {
                    return Some(found(i, end + 1, Sem::Narr(u, n.into())));
                }
                if self.kw(end, Kw::Earlier) {
                    return Some(found(i, end + 1, Sem::Narr(u, -i64::from(n))));
                }
            }
        }
        Some(found(i, end, Sem::Duration(u.duration(n))))
    }

    /// A unit without a count: `decade-long`, `months-long`, and plurals such as `days`
    /// in "just days after", "for years", "within hours".
    fn bare_unit(&self, i: usize) -> Option<Found> {
        let Lex::Unit(u, plural) = self.lex(i) else {
            return None;
        };
        if self.p(i + 1, '-') && self.tight(i + 1) && self.kw(i + 2, Kw::Long) && self.tight(i + 2)
        {
            let n = (!plural).then_some(1);
            return Some(found(i, i + 3, Sem::Duration(u.duration(n))));
        }
        if !plural || u < Unit::Minute {
            return None;
        }
        if self.kw(i + 1, Kw::Ago) {
            return Some(found(i, i + 2, Sem::Vague("PAST_REF")));
        }
        // "for years", "within minutes", "after days of air strikes",
        // "it took years", "the fighting lasted hours".
        let prev_ok = i > 0
            && (matches!(
                self.lex(i - 1),
                Lex::Kw(Kw::Just | Kw::Only | Kw::For | Kw::Within | Kw::In)
            ) || self.kw(i - 1, Kw::After) && self.kw(i + 1, Kw::Of)
                || ["took", "take", "takes", "taking", "lasted", "spent"]
                    .iter()
                    .any(|w| self.is_word(i - 1, w)));
        let next_ok = matches!(
            self.lex(i + 1),
            Lex::Kw(Kw::After | Kw::Before | Kw::Later | Kw::Earlier)
        );
        let prev_blocks = i > 0
            && matches!(
                self.lex(i - 1),
                Lex::Kw(Kw::The | Kw::Recent | Kw::Few | Kw::Several | Kw::Past | Kw::Coming)
                    | Lex::NumWord(_)
            );
        ((prev_ok || next_ok) && !prev_blocks)
            .then(|| found(i, i + 1, Sem::Duration(u.duration(None))))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenise;
    use super::*;

    /// Finds expressions in `input` and compares (text, meaning) with `expected`.
    fn check(input: &str, expected: &[(&str, Sem)]) {
        let mut toks = Vec::new();
        tokenise(input, 0..input.len(), &mut toks);
        let mut out = Vec::new();
        find(input, &toks, &mut out);
        let got: Vec<(&str, Sem)> = out
            .iter()
            .map(|f| {
                (
                    &input[toks[f.start].start..toks[f.end - 1].end],
                    f.sem.clone(),
                )
            })
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    fn cal(y: Option<i32>, m: Option<u32>, d: Option<u32>) -> Sem {
        Sem::Cal { y, m, d }
    }

    #[test]
    fn explicit_dates() {
        check(
            "on Oct. 31, 2019, just",
            &[("Oct. 31, 2019", cal(Some(2019), Some(10), Some(31)))],
        );
        check(
            "on 17 April 2024 at",
            &[("17 April 2024", cal(Some(2024), Some(4), Some(17)))],
        );
        check(
            "in October 2023 and May",
            &[("October 2023", cal(Some(2023), Some(10), None))],
        );
        check(
            "since 2014, 2,500 troops",
            &[("2014", cal(Some(2014), None, None))],
        );
        check("the 2010s", &[("the 2010s", Sem::Decade(201))]);
    }

    #[test]
    fn half_a_unit_is_half_its_length() {
        for (text, span, value) in [
            ("The clash lasted half an hour.", "half an hour", "PT30M"),
            (
                "Troops held the bridge for half a day.",
                "half a day",
                "PT12H",
            ),
            ("The siege ended after half a year.", "half a year", "P6M"),
            ("Fighting raged for half a decade.", "half a decade", "P5Y"),
            (
                "Sirens sounded for half a minute.",
                "half a minute",
                "PT30S",
            ),
        ] {
            check(text, &[(span, Sem::Duration(value.into()))]);
        }
        // A whole one stays whole.
        check(
            "It lasted an hour.",
            &[("an hour", Sem::Duration("PT1H".into()))],
        );
    }

    #[test]
    fn durations_and_ages() {
        check(
            "in three years",
            &[("three years", Sem::Duration("P3Y".into()))],
        );
        check("a 46-year-old man", &[]);
        check(
            "a decade-long war",
            &[("decade-long", Sem::Duration("P10Y".into()))],
        );
        check("just days after", &[("days", Sem::Duration("PXD".into()))]);
        // A plural unit after a word of spending or lasting, "after … of", or minutes.
        check("It took years.", &[("years", Sem::Duration("PXY".into()))]);
        check(
            "after days of strikes",
            &[("days", Sem::Duration("PXD".into()))],
        );
        check(
            "Within minutes it burned.",
            &[("minutes", Sem::Duration("PTXM".into()))],
        );
        check(
            "The siege lasted months.",
            &[("months", Sem::Duration("PXM".into()))],
        );
        check(
            "They spent weeks there.",
            &[("weeks", Sem::Duration("PXW".into()))],
        );
        check("After days, it ended.", &[]);
        check(
            "two years ago",
            &[("two years ago", Sem::Ago(Unit::Year, 2))],
        );
        check("twice a day", &[]);
    }

    #[test]
    fn relative_expressions() {
        check(
            "the year before",
            &[("the year before", Sem::Narr(Unit::Year, -1))],
        );
        check(
            "last summer's",
            &[("last summer", Sem::RelSeason("SU", -1))],
        );
        check("NewsNation Now)", &[]);
        check(
            "in recent years",
            &[("recent years", Sem::Vague("PAST_REF"))],
        );
    }
}
