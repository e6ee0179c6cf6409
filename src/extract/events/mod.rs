//! Events: the incidents each article reports and the dated background events it
//! mentions, each with a kind, a short title, the sentences that state it (in every
//! article) and the casualty figures it carries.
//!
//! - [`kind`] — what sort of event a clause states.
//! - [`title`] — short titles cut from the stating clause.
//! - [`merge`] — rarity-weighted similarity for grouping statements.
//!
//! How it runs: every usable date of a sentence (see [`super::dating`]) is one dated
//! statement; "From October to February" is one statement of a range. Statements with
//! the same date that share rare terms, or that both tell a day-dated incident, are one
//! event, across articles too. Undated sentences then join an event: a sentence about
//! an article's incident (a figure, a lead, "the raid") joins that article's incident
//! most like it; any other sentence joins the event whose terms it shares most, when it
//! shares enough ("At its peak, the group ruled …" joins "At its peak in 2014, …").

pub mod kind;
pub mod merge;
pub mod title;

use super::casualty::{figure_id, Figure};
use super::dating::{is_day, near_reference, sentence_dates};
use super::offsets::CharIndex;
use super::sentences::SentenceSpan;
use super::timex::TimexHit;
use super::words::{terms, tokenize, Token};
use crate::model::{Event, EventKind, Mention, SentenceKind};
use chrono::NaiveDate;
use merge::{same_date, Weights};
use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

/// One article as the event stage sees it.
#[derive(Debug, Clone, Copy)]
pub struct ArticleInput<'a> {
    /// `Article.id`.
    pub id: &'a str,
    /// The full text.
    pub text: &'a str,
    /// Its sentences (byte ranges).
    pub sentences: &'a [SentenceSpan],
    /// Its temporal expressions (byte ranges).
    pub timexes: &'a [TimexHit],
    /// Its casualty figures, in id order.
    pub figures: &'a [Figure],
    /// Byte → code-point offsets.
    pub index: &'a CharIndex,
    /// The article's reference date: incidents it reports happen shortly before it.
    pub reference: Option<NaiveDate>,
}

/// The events of a document, and the event of every figure (per article, per figure).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Built {
    /// Timeline events, sorted by date.
    pub events: Vec<Event>,
    /// `figure_events[a][n]`: the id of the event figure `n` of article `a` belongs to.
    pub figure_events: Vec<Vec<Option<String>>>,
}

/// Least similarity for two same-date statements to be one event.
const TAU_DATED: f64 = 0.10;
/// Least similarity for statements of nested dates (`2017`, `2017-12`) to be one event.
const TAU_NESTED: f64 = 0.3;
/// Least similarity for an undated sentence to join a background event.
const TAU_BACKGROUND: f64 = 0.16;
/// Least similarity for an undated incident sentence to join another article's incident.
const TAU_CROSS: f64 = 0.10;

/// Nouns of an incident; after a determiner they refer back to the article's incident.
const INCIDENT_NOUNS: &[&str] = &[
    "raid",
    "operation",
    "attack",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "mission",
    "killing",
    "assault",
    "bombing",
    "blast",
    "explosion",
];

/// Words of an incident, for leads and captions.
const INCIDENT_WORDS: &[&str] = &[
    "raid",
    "raided",
    "operation",
    "attack",
    "attacked",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "killed",
    "injured",
    "wounded",
    "died",
    "bombing",
    "blast",
    "explosion",
    "assault",
    "dead",
];

/// What the event stage knows about one sentence.
struct Info {
    art: usize,
    sent: usize,
    terms: HashSet<String>,
    incident: bool,
    positive_figures: usize,
}

/// One dated statement: a sentence and one of its dates (or date ranges).
struct Proto {
    info: usize,
    date: String,
    timex: Range<usize>,
    day_incident: bool,
    kind: EventKind,
    title: String,
}

/// Statements grouped into one event.
struct Group {
    date: String,
    protos: Vec<usize>,
    mentions: BTreeSet<usize>,
    terms: HashSet<String>,
    incident: bool,
    kind: EventKind,
}

/// True when token `i` starts a definite reference to an incident ("the raid",
/// "Thursday’s overnight raid", "this operation").
fn definite_incident(text: &str, toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    let determiner = matches!(t.norm.as_str(), "the" | "this" | "that")
        || t.raw(text).ends_with("’s")
        || t.raw(text).ends_with("'s");
    determiner
        && toks[i + 1..]
            .iter()
            .take(3)
            .any(|k| INCIDENT_NOUNS.contains(&k.norm.as_str()))
}

/// Builds the events of a document.
pub fn build(articles: &[ArticleInput]) -> Built {
    let mut infos: Vec<Info> = Vec::new();
    let mut protos: Vec<Proto> = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        let mut body_rank = 0usize;
        for (si, s) in a.sentences.iter().enumerate() {
            if s.kind == SentenceKind::Boilerplate {
                continue;
            }
            let toks = tokenize(a.text, s.range.clone());
            let lead =
                matches!(s.kind, SentenceKind::Headline | SentenceKind::Caption) || body_rank < 3;
            if s.kind == SentenceKind::Body {
                body_rank += 1;
            }
            let figures: Vec<&Figure> = a.figures.iter().filter(|f| f.sentence == si).collect();
            let has_word = toks
                .iter()
                .any(|t| INCIDENT_WORDS.contains(&t.norm.as_str()));
            let definite = (0..toks.len()).any(|i| definite_incident(a.text, &toks, i));
            let incident = !figures.is_empty() || has_word && (lead || definite);
            let info = infos.len();
            infos.push(Info {
                art: ai,
                sent: si,
                terms: terms(a.text, s.range.clone()).into_iter().collect(),
                incident,
                positive_figures: figures.iter().filter(|f| f.count > 0).count(),
            });
            let here: Vec<&TimexHit> = a
                .timexes
                .iter()
                .filter(|x| x.range.start >= s.range.start && x.range.end <= s.range.end)
                .collect();
            let content = toks
                .iter()
                .filter(|t| t.is_word && !here.iter().any(|x| x.range.contains(&t.range.start)))
                .count();
            if content < 3 {
                // A dateline ("April 17, 2023 — 03:16 am EDT") states no event.
                continue;
            }
            let sentence_words: Vec<&str> = toks
                .iter()
                .filter(|t| t.is_word)
                .map(|t| t.norm.as_str())
                .collect();
            let statistic = kind::classify(&sentence_words) == EventKind::Statistic;
            for (date, timex) in dated_statements(a.text, &toks, s.range.clone(), a.timexes) {
                let day_incident = incident && is_day(&date) && near_reference(&date, a.reference);
                let others: Vec<Range<usize>> = here
                    .iter()
                    .filter(|t| t.range.end <= timex.start || t.range.start >= timex.end)
                    .map(|t| t.range.clone())
                    .collect();
                let title = title::title(a.text, s.range.clone(), Some(timex.clone()), &others);
                let title_words: Vec<String> = title
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .collect();
                let title_refs: Vec<&str> = title_words.iter().map(String::as_str).collect();
                let mut kind = kind::classify(&title_refs);
                if statistic {
                    kind = EventKind::Statistic;
                } else if day_incident && matches!(kind, EventKind::Statement | EventKind::Other) {
                    kind = EventKind::Attack;
                }
                protos.push(Proto {
                    info,
                    day_incident,
                    date,
                    timex,
                    kind,
                    title,
                });
            }
        }
    }
    let weights = Weights::new(infos.iter().map(|i| &i.terms));
    let mut groups: Vec<Group> = Vec::new();
    for (pi, p) in protos.iter().enumerate() {
        let terms = &infos[p.info].terms;
        let best = groups
            .iter()
            .enumerate()
            .filter(|(_, g)| compatible(g.kind, p.kind))
            .filter_map(|(gi, g)| {
                let sim = weights.cosine(terms, &g.terms);
                let ok = if same_date(&g.date, &p.date) {
                    sim >= TAU_DATED || (p.day_incident && g.incident)
                } else {
                    nested(&g.date, &p.date) && g.kind == p.kind && sim >= TAU_NESTED
                };
                ok.then_some((gi, sim))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((gi, _)) => {
                let g = &mut groups[gi];
                if p.date.len() > g.date.len() {
                    // The merged date is the most specific one.
                    g.date = p.date.clone();
                }
                g.protos.push(pi);
                g.mentions.insert(p.info);
                g.terms.extend(terms.iter().cloned());
                g.incident |= p.day_incident;
            }
            None => groups.push(Group {
                date: p.date.clone(),
                protos: vec![pi],
                mentions: BTreeSet::from([p.info]),
                terms: terms.clone(),
                incident: p.day_incident,
                kind: p.kind,
            }),
        }
    }
    attach_undated(&infos, &protos, &mut groups, &weights);
    render(articles, &infos, &protos, &groups)
}

/// True when one date lies inside the other (`2017` and `2017-12`), ranges aside.
fn nested(a: &str, b: &str) -> bool {
    let inside = |long: &str, short: &str| {
        long.len() > short.len()
            && long.starts_with(short)
            && long.as_bytes().get(short.len()) == Some(&b'-')
    };
    !a.contains('/') && !b.contains('/') && (inside(a, b) || inside(b, a))
}

/// True when statements of these kinds may be one event: announcements and
/// statistics only group with their own kind.
fn compatible(a: EventKind, b: EventKind) -> bool {
    let special = |k| matches!(k, EventKind::Statement | EventKind::Statistic);
    a == b || !special(a) && !special(b)
}

/// The dated statements of one sentence: each usable date, with "from X to Y" and
/// "between X and Y" joined into one range `X/Y`.
fn dated_statements(
    text: &str,
    toks: &[Token],
    sentence: Range<usize>,
    timexes: &[TimexHit],
) -> Vec<(String, Range<usize>)> {
    let dates = sentence_dates(text, sentence, timexes);
    let mut out = Vec::new();
    let mut k = 0;
    while k < dates.len() {
        let d = &dates[k];
        if let Some(e) = dates.get(k + 1) {
            let between = text
                .get(d.timex.range.end..e.timex.range.start)
                .unwrap_or("")
                .trim();
            let before = toks
                .iter()
                .rev()
                .find(|t| t.range.end <= d.timex.range.start && t.is_word)
                .map(|t| t.norm.as_str());
            let joined = matches!(between, "to" | "until" | "through" | "-" | "–")
                && matches!(before, Some("from"))
                || between == "and" && matches!(before, Some("between"));
            if joined && d.value != e.value {
                out.push((
                    format!("{}/{}", d.value, e.value),
                    d.timex.range.start..e.timex.range.end,
                ));
                k += 2;
                continue;
            }
        }
        out.push((d.value.clone(), d.timex.range.clone()));
        k += 1;
    }
    out
}

/// Lets every undated sentence join the event it states, if any.
fn attach_undated(infos: &[Info], protos: &[Proto], groups: &mut [Group], weights: &Weights) {
    let dated: HashSet<usize> = protos.iter().map(|p| p.info).collect();
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (ii, info) in infos.iter().enumerate() {
        if dated.contains(&ii) {
            continue;
        }
        let sim = |g: &Group| weights.cosine(&info.terms, &g.terms);
        let own = |g: &Group| g.mentions.iter().any(|&m| infos[m].art == info.art);
        let target = if info.incident {
            let mine: Vec<(usize, f64, usize)> = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| g.incident && own(g))
                .map(|(gi, g)| {
                    let weight = g
                        .mentions
                        .iter()
                        .filter(|&&m| infos[m].art == info.art)
                        .map(|&m| 1 + infos[m].positive_figures)
                        .sum();
                    (gi, sim(g), weight)
                })
                .collect();
            if mine.is_empty() {
                best_above(groups, |g| g.incident, &sim, TAU_CROSS)
            } else {
                mine.into_iter()
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(a.2.cmp(&b.2)).then(b.0.cmp(&a.0)))
                    .map(|m| m.0)
            }
        } else {
            // A background event needs two shared terms, not one common word.
            let shared = |g: &Group| info.terms.intersection(&g.terms).count();
            let sim_bg = |g: &Group| if shared(g) >= 2 { sim(g) } else { 0.0 };
            best_above(
                groups,
                |g| !matches!(g.kind, EventKind::Statement | EventKind::Statistic),
                &sim_bg,
                TAU_BACKGROUND,
            )
        };
        if let Some(gi) = target {
            joins.push((gi, ii));
        }
    }
    for (gi, ii) in joins {
        groups[gi].mentions.insert(ii);
    }
}

/// The most similar group passing `keep`, when its similarity reaches `tau`.
fn best_above(
    groups: &[Group],
    keep: impl Fn(&Group) -> bool,
    sim: &dyn Fn(&Group) -> f64,
    tau: f64,
) -> Option<usize> {
    groups
        .iter()
        .enumerate()
        .filter(|(_, g)| keep(g))
        .map(|(gi, g)| (gi, sim(g)))
        .filter(|(_, s)| *s >= tau)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|x| x.0)
}

/// A URL-safe slug of a title's first content words.
fn slug(date: &str, title: &str) -> String {
    let title = title.replace("U.S.", "US").replace("U.N.", "UN");
    let mut words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !super::words::is_stopword(w) && w.len() > 1)
        .take(4)
        .collect();
    if words.is_empty() {
        words.push("event".to_string());
    }
    let date: String = date
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let words: Vec<String> = words
        .into_iter()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    format!("{date}-{}", words.join("-"))
}

/// Turns groups into contract events and links figures to them.
fn render(articles: &[ArticleInput], infos: &[Info], protos: &[Proto], groups: &[Group]) -> Built {
    let mut built = Built {
        events: Vec::new(),
        figure_events: articles
            .iter()
            .map(|a| vec![None; a.figures.len()])
            .collect(),
    };
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut ids = Vec::new();
    for g in groups {
        // Title from the statement that best tells the event: a figure, an attack.
        let lead = g
            .protos
            .iter()
            .copied()
            .max_by_key(|&p| {
                let info = &infos[protos[p].info];
                let attack = protos[p].kind == EventKind::Attack;
                (
                    info.positive_figures.min(1) * 2 + usize::from(attack),
                    usize::MAX - p,
                )
            })
            .unwrap_or(g.protos[0]);
        let p = &protos[lead];
        let mut title = p.title.clone();
        if title.is_empty() {
            title = format!("Event of {}", g.date);
        }
        let mut id = slug(&g.date, &title);
        let base = id.clone();
        let mut n = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        let first = g
            .protos
            .iter()
            .map(|&q| &protos[q])
            .find(|q| same_date(&q.date, &g.date))
            .unwrap_or(&protos[g.protos[0]]);
        let fa = &articles[infos[first.info].art];
        let kind = if g.incident
            && g.protos
                .iter()
                .any(|&q| protos[q].kind == EventKind::Attack)
        {
            EventKind::Attack
        } else {
            p.kind
        };
        let mentions: Vec<Mention> = g
            .mentions
            .iter()
            .map(|&m| {
                let info = &infos[m];
                let a = &articles[info.art];
                let r = &a.sentences[info.sent].range;
                Mention {
                    article: a.id.to_string(),
                    start: a.index.char_at(r.start),
                    end: a.index.char_at(r.end),
                }
            })
            .collect();
        ids.push(id.clone());
        built.events.push(Event {
            id,
            date: g.date.clone(),
            title,
            mentions,
            kind,
            casualties: Vec::new(),
            dated_by: Some(Mention {
                article: fa.id.to_string(),
                start: fa.index.char_at(first.timex.start),
                end: fa.index.char_at(first.timex.end),
            }),
        });
    }
    // Figures: the event of their sentence, preferring the one their date names.
    for (ai, a) in articles.iter().enumerate() {
        for (n, f) in a.figures.iter().enumerate() {
            let holders: Vec<usize> = groups
                .iter()
                .enumerate()
                .filter(|(_, g)| {
                    g.mentions
                        .iter()
                        .any(|&m| infos[m].art == ai && infos[m].sent == f.sentence)
                })
                .map(|(gi, _)| gi)
                .collect();
            let pick = holders
                .iter()
                .copied()
                .find(|&gi| f.incident_date.as_deref() == Some(groups[gi].date.as_str()))
                .or_else(|| holders.iter().copied().find(|&gi| groups[gi].incident))
                .or_else(|| holders.first().copied());
            if let Some(gi) = pick {
                built.events[gi].casualties.push(figure_id(a.id, n));
                built.figure_events[ai][n] = Some(ids[gi].clone());
            }
        }
    }
    built.events.sort_by(|a, b| {
        let key = |e: &Event| crate::timeval::parse(&e.date).map(|i| (i.start, i.end));
        key(a).cmp(&key(b)).then(a.id.cmp(&b.id))
    });
    built
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimexType;

    fn check(input: &str, expected: &[(&str, &str)]) {
        let _ = (input, expected);
    }

    #[test]
    fn nested_dates() {
        assert!(nested("2017", "2017-12"));
        assert!(nested("2023-10-07", "2023-10"));
        assert!(!nested("2017", "2017"));
        assert!(!nested("2017", "2018-01"));
        assert!(!nested("2023-10/2024-02", "2023-10"));
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(
            slug("2023-10/2024-02", "Militias launched drone attacks"),
            "2023-10-2024-02-militias-launched-drone-attacks"
        );
        check("", &[]);
    }

    #[test]
    fn ranges_join_from_and_to() {
        let text = "From October to February, militias fired drones.";
        let hit = |w: &str, v: &str| {
            let s = text.find(w).unwrap();
            TimexHit {
                range: s..s + w.len(),
                kind: TimexType::Date,
                value: v.to_string(),
                modifier: None,
                anchor: None,
            }
        };
        let timexes = [hit("October", "2023-10"), hit("February", "2024-02")];
        let toks = tokenize(text, 0..text.len());
        let got = dated_statements(text, &toks, 0..text.len(), &timexes);
        assert_eq!(got[0].0, "2023-10/2024-02");
        assert_eq!(got.len(), 1);
    }
}
