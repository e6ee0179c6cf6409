//! A compact binary form of an [`Extraction`], for a page that must show a document at
//! once without carrying a JSON parser for it: the embedded story is extracted at build
//! time and written in this form (`build.rs`), and the page reads it back with
//! [`decode`] — a byte cursor and one small function per contract type, no serde.
//!
//! The format is private to one build (writer and reader are compiled from this file
//! together), so it has no version and no field names: every field in declaration
//! order; unsigned numbers as LEB128; strings as a length and their UTF-8 bytes; an
//! `Option` as a 0/1 tag, then the value; a list as its length, then the items; an enum
//! as one byte; a day as its zig-zagged day number from the common era. Both directions
//! destructure every struct without `..`, so a field added to the contract fails to
//! compile here until it is written and read.

use crate::model::{
    Anchor, AnchorBasis, Article, Casualty, Event, EventKind, Extraction, Group, Mention, Outcome,
    Qualifier, ReferenceBasis, Sentence, SentenceKind, Span, Timex, TimexType, ZeroStatement,
};
use chrono::{Datelike, NaiveDate};

/// The document in the compact form [`decode`] reads.
pub fn encode(doc: &Extraction) -> Vec<u8> {
    let mut w = Vec::new();
    let Extraction {
        articles,
        timexes,
        casualties,
        events,
        warnings,
        zero_statements,
    } = doc;
    list(&mut w, articles, article);
    list(&mut w, timexes, timex);
    list(&mut w, casualties, casualty);
    list(&mut w, events, event);
    list(&mut w, warnings, |w, s| text(w, s));
    list(&mut w, zero_statements, zero_statement);
    w
}

/// The document written by [`encode`]; `None` if the bytes are not one (truncated, or
/// from another build's format).
pub fn decode(bytes: &[u8]) -> Option<Extraction> {
    let mut r = Reader { bytes, pos: 0 };
    let doc = Extraction {
        articles: r.list(Reader::article)?,
        timexes: r.list(Reader::timex)?,
        casualties: r.list(Reader::casualty)?,
        events: r.list(Reader::event)?,
        warnings: r.list(Reader::text)?,
        zero_statements: r.list(Reader::zero_statement)?,
    };
    (r.pos == bytes.len()).then_some(doc)
}

// ---- writing (build time, and tests) ----

fn uint(w: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            w.push(byte);
            return;
        }
        w.push(byte | 0x80);
    }
}

fn text(w: &mut Vec<u8>, s: &str) {
    uint(w, s.len() as u64);
    w.extend_from_slice(s.as_bytes());
}

fn opt<T>(w: &mut Vec<u8>, v: &Option<T>, item: impl Fn(&mut Vec<u8>, &T)) {
    match v {
        None => w.push(0),
        Some(v) => {
            w.push(1);
            item(w, v);
        }
    }
}

fn opt_text(w: &mut Vec<u8>, v: &Option<String>) {
    opt(w, v, |w, s| text(w, s));
}

fn list<T>(w: &mut Vec<u8>, items: &[T], item: impl Fn(&mut Vec<u8>, &T)) {
    uint(w, items.len() as u64);
    for i in items {
        item(w, i);
    }
}

fn day(w: &mut Vec<u8>, d: &Option<NaiveDate>) {
    opt(w, d, |w, d| {
        let n = d.num_days_from_ce();
        uint(w, ((n << 1) ^ (n >> 31)) as u32 as u64);
    });
}

fn span(w: &mut Vec<u8>, s: &Span) {
    let Span { start, end } = s;
    uint(w, *start as u64);
    uint(w, *end as u64);
}

fn mention(w: &mut Vec<u8>, m: &Mention) {
    let Mention {
        article,
        start,
        end,
    } = m;
    text(w, article);
    uint(w, *start as u64);
    uint(w, *end as u64);
}

fn article(w: &mut Vec<u8>, a: &Article) {
    let Article {
        id,
        path,
        published,
        reference_date,
        reference_basis,
        inferred_from,
        outlet,
        title,
        url,
        sentences,
        artifacts,
        text: body,
        user_added,
    } = a;
    text(w, id);
    text(w, path);
    day(w, published);
    day(w, reference_date);
    w.push(match reference_basis {
        ReferenceBasis::Header => 0,
        ReferenceBasis::Inferred => 1,
        ReferenceBasis::None => 2,
    });
    opt_text(w, inferred_from);
    opt_text(w, outlet);
    opt_text(w, title);
    opt_text(w, url);
    list(w, sentences, |w, s| {
        let Sentence { start, end, kind } = s;
        uint(w, *start as u64);
        uint(w, *end as u64);
        w.push(match kind {
            SentenceKind::Body => 0,
            SentenceKind::Caption => 1,
            SentenceKind::Headline => 2,
            SentenceKind::Boilerplate => 3,
        });
    });
    list(w, artifacts, span);
    opt_text(w, body);
    w.push(u8::from(*user_added));
}

fn timex(w: &mut Vec<u8>, t: &Timex) {
    let Timex {
        article,
        start,
        end,
        text: said,
        kind,
        value,
        modifier,
        anchor,
    } = t;
    text(w, article);
    uint(w, *start as u64);
    uint(w, *end as u64);
    text(w, said);
    w.push(match kind {
        TimexType::Date => 0,
        TimexType::Duration => 1,
        TimexType::Set => 2,
        TimexType::Time => 3,
    });
    text(w, value);
    opt_text(w, modifier);
    opt(w, anchor, |w, a| {
        let Anchor { value, basis } = a;
        text(w, value);
        w.push(match basis {
            AnchorBasis::Published => 0,
            AnchorBasis::Inferred => 1,
            AnchorBasis::Narrative => 2,
        });
    });
}

fn casualty(w: &mut Vec<u8>, c: &Casualty) {
    let Casualty {
        article,
        start,
        end,
        text: said,
        group,
        outcome,
        count,
        qualifier,
        incident_date,
        note,
        who,
        id,
        event,
    } = c;
    text(w, article);
    uint(w, *start as u64);
    uint(w, *end as u64);
    text(w, said);
    w.push(match group {
        Group::UsForces => 0,
        Group::PartnerForces => 1,
        Group::Militants => 2,
        Group::Civilians => 3,
        Group::Other => 4,
    });
    self::outcome(w, outcome);
    uint(w, u64::from(*count));
    w.push(match qualifier {
        Qualifier::Exact => 0,
        Qualifier::AtLeast => 1,
        Qualifier::MoreThan => 2,
        Qualifier::About => 3,
        Qualifier::UpTo => 4,
    });
    opt_text(w, incident_date);
    opt_text(w, note);
    opt_text(w, who);
    text(w, id);
    opt_text(w, event);
}

fn outcome(w: &mut Vec<u8>, o: &Outcome) {
    w.push(match o {
        Outcome::Killed => 0,
        Outcome::Injured => 1,
        Outcome::Captured => 2,
    });
}

fn zero_statement(w: &mut Vec<u8>, z: &ZeroStatement) {
    let ZeroStatement {
        article,
        start,
        end,
        text: said,
        words,
        outcomes,
        event,
    } = z;
    text(w, article);
    uint(w, *start as u64);
    uint(w, *end as u64);
    text(w, said);
    text(w, words);
    list(w, outcomes, outcome);
    opt_text(w, event);
}

fn event(w: &mut Vec<u8>, e: &Event) {
    let Event {
        id,
        date,
        title,
        mentions,
        kind,
        casualties,
        dated_by,
    } = e;
    text(w, id);
    text(w, date);
    text(w, title);
    list(w, mentions, mention);
    w.push(match kind {
        EventKind::Attack => 0,
        EventKind::Casualties => 1,
        EventKind::Territorial => 2,
        EventKind::War => 3,
        EventKind::Political => 4,
        EventKind::Statement => 5,
        EventKind::Statistic => 6,
        EventKind::Other => 7,
    });
    list(w, casualties, |w, s| text(w, s));
    opt(w, dated_by, mention);
}

// ---- reading (the page, at start) ----

/// A cursor over the bytes; every read is `None` past the end or on a bad value.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn size(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    fn text(&mut self) -> Option<String> {
        let n = self.size()?;
        let end = self.pos.checked_add(n)?;
        let s = std::str::from_utf8(self.bytes.get(self.pos..end)?).ok()?;
        self.pos = end;
        Some(s.to_owned())
    }

    fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn opt<T>(&mut self, item: fn(&mut Self) -> Option<T>) -> Option<Option<T>> {
        Some(if self.flag()? {
            Some(item(self)?)
        } else {
            None
        })
    }

    fn opt_text(&mut self) -> Option<Option<String>> {
        self.opt(Self::text)
    }

    fn list<T>(&mut self, item: fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.size()?;
        // Never trust a length for an allocation: at least one byte an item.
        let mut out = Vec::with_capacity(n.min(self.bytes.len() - self.pos));
        for _ in 0..n {
            out.push(item(self)?);
        }
        Some(out)
    }

    /// One byte naming the `i`-th of `values`.
    fn pick<T: Copy>(&mut self, values: &[T]) -> Option<T> {
        values.get(usize::from(self.byte()?)).copied()
    }

    fn day(&mut self) -> Option<Option<NaiveDate>> {
        self.opt(|r| {
            let z = u32::try_from(r.uint()?).ok()?;
            let n = ((z >> 1) as i32) ^ -((z & 1) as i32);
            NaiveDate::from_num_days_from_ce_opt(n)
        })
    }

    fn span(&mut self) -> Option<Span> {
        Some(Span {
            start: self.size()?,
            end: self.size()?,
        })
    }

    fn mention(&mut self) -> Option<Mention> {
        Some(Mention {
            article: self.text()?,
            start: self.size()?,
            end: self.size()?,
        })
    }

    fn article(&mut self) -> Option<Article> {
        Some(Article {
            id: self.text()?,
            path: self.text()?,
            published: self.day()?,
            reference_date: self.day()?,
            reference_basis: self.pick(&[
                ReferenceBasis::Header,
                ReferenceBasis::Inferred,
                ReferenceBasis::None,
            ])?,
            inferred_from: self.opt_text()?,
            outlet: self.opt_text()?,
            title: self.opt_text()?,
            url: self.opt_text()?,
            sentences: self.list(|r| {
                Some(Sentence {
                    start: r.size()?,
                    end: r.size()?,
                    kind: r.pick(&[
                        SentenceKind::Body,
                        SentenceKind::Caption,
                        SentenceKind::Headline,
                        SentenceKind::Boilerplate,
                    ])?,
                })
            })?,
            artifacts: self.list(Self::span)?,
            text: self.opt_text()?,
            user_added: self.flag()?,
        })
    }

    fn timex(&mut self) -> Option<Timex> {
        Some(Timex {
            article: self.text()?,
            start: self.size()?,
            end: self.size()?,
            text: self.text()?,
            kind: self.pick(&[
                TimexType::Date,
                TimexType::Duration,
                TimexType::Set,
                TimexType::Time,
            ])?,
            value: self.text()?,
            modifier: self.opt_text()?,
            anchor: self.opt(|r| {
                Some(Anchor {
                    value: r.text()?,
                    basis: r.pick(&[
                        AnchorBasis::Published,
                        AnchorBasis::Inferred,
                        AnchorBasis::Narrative,
                    ])?,
                })
            })?,
        })
    }

    fn casualty(&mut self) -> Option<Casualty> {
        Some(Casualty {
            article: self.text()?,
            start: self.size()?,
            end: self.size()?,
            text: self.text()?,
            group: self.pick(&[
                Group::UsForces,
                Group::PartnerForces,
                Group::Militants,
                Group::Civilians,
                Group::Other,
            ])?,
            outcome: self.outcome()?,
            count: u32::try_from(self.uint()?).ok()?,
            qualifier: self.pick(&[
                Qualifier::Exact,
                Qualifier::AtLeast,
                Qualifier::MoreThan,
                Qualifier::About,
                Qualifier::UpTo,
            ])?,
            incident_date: self.opt_text()?,
            note: self.opt_text()?,
            who: self.opt_text()?,
            id: self.text()?,
            event: self.opt_text()?,
        })
    }

    fn outcome(&mut self) -> Option<Outcome> {
        self.pick(&[Outcome::Killed, Outcome::Injured, Outcome::Captured])
    }

    fn zero_statement(&mut self) -> Option<ZeroStatement> {
        Some(ZeroStatement {
            article: self.text()?,
            start: self.size()?,
            end: self.size()?,
            text: self.text()?,
            words: self.text()?,
            outcomes: self.list(Self::outcome)?,
            event: self.opt_text()?,
        })
    }

    fn event(&mut self) -> Option<Event> {
        Some(Event {
            id: self.text()?,
            date: self.text()?,
            title: self.text()?,
            mentions: self.list(Self::mention)?,
            kind: self.pick(&[
                EventKind::Attack,
                EventKind::Casualties,
                EventKind::Territorial,
                EventKind::War,
                EventKind::Political,
                EventKind::Statement,
                EventKind::Statistic,
                EventKind::Other,
            ])?,
            casualties: self.list(Self::text)?,
            dated_by: self.opt(Self::mention)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Source};

    fn story() -> Extraction {
        let text = " date 2024-08-31\nIraqi and US forces killed 15 militants in a raid in \
                    western Anbar on Thursday, the military said. At least seven US \
                    soldiers were injured.\n[caption]A photo[/caption]\n"
            .to_string();
        let mut doc = extract(&[Source {
            id: "a".into(),
            path: "a.txt".into(),
            text: text.clone(),
            outlet: Some("Outlet".into()),
            title: None,
            url: Some("https://example.com/ünïcode".into()),
            published: None,
            user_added: false,
        }]);
        doc.articles[0].text = Some(text);
        doc
    }

    #[test]
    fn a_document_round_trips() {
        let doc = story();
        assert!(!doc.events.is_empty() && !doc.casualties.is_empty() && !doc.timexes.is_empty());
        assert_eq!(decode(&encode(&doc)), Some(doc));
        assert_eq!(
            decode(&encode(&Extraction::default())),
            Some(Extraction::default())
        );
    }

    #[test]
    fn every_variant_and_option_round_trips() {
        let mut doc = story();
        doc.warnings = vec!["w".into(), String::new()];
        let a = &mut doc.articles[0];
        a.published = NaiveDate::from_ymd_opt(-44, 3, 15);
        a.reference_date = NaiveDate::from_ymd_opt(2024, 2, 29);
        a.reference_basis = ReferenceBasis::Inferred;
        a.inferred_from = Some("b".into());
        a.user_added = true;
        a.artifacts = vec![Span { start: 1, end: 300 }];
        doc.events[0].dated_by = Some(doc.events[0].mentions[0].clone());
        doc.events[0].kind = EventKind::Statistic;
        doc.casualties[0].qualifier = Qualifier::UpTo;
        doc.casualties[0].count = u32::MAX;
        doc.timexes[0].anchor = Some(Anchor {
            value: "2024-08-31".into(),
            basis: AnchorBasis::Narrative,
        });
        doc.zero_statements = vec![
            ZeroStatement {
                article: "a".into(),
                start: 3,
                end: 40,
                text: "No one was killed in the attack.".into(),
                words: "No one was killed".into(),
                outcomes: vec![Outcome::Killed, Outcome::Injured, Outcome::Captured],
                event: Some("e".into()),
            },
            ZeroStatement {
                article: String::new(),
                start: 0,
                end: 0,
                text: String::new(),
                words: String::new(),
                outcomes: vec![],
                event: None,
            },
        ];
        assert_eq!(decode(&encode(&doc)), Some(doc));
    }

    #[test]
    fn damaged_bytes_are_refused_never_a_panic() {
        let bytes = encode(&story());
        for n in 0..bytes.len() {
            assert_eq!(decode(&bytes[..n]), None, "truncated at {n}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None, "trailing bytes");
        assert_eq!(decode(&[0xff; 12]), None);
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xa5;
            let _ = decode(&b);
        }
    }
}
