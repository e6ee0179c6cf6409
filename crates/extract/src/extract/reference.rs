//! Reference dates: the header date; for an undated article, the date of the dated
//! articles of the same extraction that report the same incident; else none.
//!
//! "Same incident" is generic text similarity: the cosine of the articles' content
//! terms (names, places, figures written as digits), weighted by how rare each term is
//! across the extraction, so shared boilerplate ("said", "U.S.") counts for little and
//! shared specifics ("Erbil", "Kataib", "37") for much. Among the dated reports that
//! match, the earliest date wins: it is the day the news first broke.

use super::events::merge::{IdWeights, TermIds};
use super::terms::Terms;
use super::Analysed;
use crate::model::{AnchorBasis, ReferenceBasis};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::collections::HashMap;

/// An article's reference date and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The date relative expressions are resolved against.
    pub date: Option<NaiveDate>,
    /// Where it came from.
    pub basis: ReferenceBasis,
    /// The article it was inferred from, for an inferred date.
    pub from: Option<String>,
}

impl Reference {
    /// The anchor relative expressions are resolved against, if any.
    pub fn anchor(&self) -> Option<(NaiveDate, AnchorBasis)> {
        let basis = match self.basis {
            ReferenceBasis::Header => AnchorBasis::Published,
            ReferenceBasis::Inferred => AnchorBasis::Inferred,
            ReferenceBasis::None => return None,
        };
        self.date.map(|d| (d, basis))
    }
}

/// The least similarity at which two articles are taken to report the same news.
const MIN_SIMILARITY: f64 = 0.2;

/// Dated reports at least this share of the best match's similarity, and at least as
/// similar to the best match as the best match is to the undated article, count as the
/// same news too (the earliest of them gives the date).
const SAME_NEWS_SHARE: f64 = 0.6;

/// Resolves the reference date of every article, in input order; `terms` are the
/// content terms of their sentences.
pub fn resolve(articles: &[Analysed], terms: &Terms) -> Vec<Reference> {
    let dated: Vec<Option<NaiveDate>> = articles
        .iter()
        .map(|a| a.cleaned.header_date.or(a.source.published))
        .collect();
    if dated.iter().all(Option::is_some) {
        // Every article is dated: no terms to compare.
        return dated
            .into_iter()
            .map(|date| Reference {
                date,
                basis: ReferenceBasis::Header,
                from: None,
            })
            .collect();
    }
    // Each article's terms: those of its sentences, page furniture (bylines, credits,
    // copyright) left out.
    let bags: &[TermIds] = &terms.articles;
    let weights = IdWeights::smoothed(terms.vocab_len, bags.iter());
    let norms: Vec<f64> = bags.iter().map(|b| weights.norm(b)).collect();
    // Copies of one report (the same terms) are compared once.
    let mut classes: HashMap<&TermIds, usize> = HashMap::new();
    let class: Vec<usize> = bags
        .iter()
        .enumerate()
        .map(|(i, b)| *classes.entry(b).or_insert(i))
        .collect();
    let known: RefCell<HashMap<(usize, usize), f64>> = RefCell::default();
    let sim = |i: usize, j: usize| {
        let (i, j) = (class[i], class[j]);
        if let Some(&s) = known.borrow().get(&(i, j)) {
            return s;
        }
        let s = weights.cosine_normed(&bags[i], norms[i], &bags[j], norms[j]);
        known.borrow_mut().insert((i, j), s);
        s
    };
    // Undated copies of one report (one class) infer the same date: each class is
    // inferred once, so many copies of an undated report are not each compared with
    // every dated article.
    let mut inferred: Vec<Option<Option<usize>>> = vec![None; articles.len()];
    articles
        .iter()
        .enumerate()
        .map(|(i, _)| {
            if let Some(d) = dated[i] {
                return Reference {
                    date: Some(d),
                    basis: ReferenceBasis::Header,
                    from: None,
                };
            }
            let from = *inferred[class[i]].get_or_insert_with(|| infer(i, &dated, &sim));
            match from {
                Some(j) => Reference {
                    date: dated[j],
                    basis: ReferenceBasis::Inferred,
                    from: Some(articles[j].source.id.clone()),
                },
                None => Reference {
                    date: None,
                    basis: ReferenceBasis::None,
                    from: None,
                },
            }
        })
        .collect()
}

/// The dated article whose date an undated article `i` takes: the earliest of the
/// dated reports similar enough to it.
fn infer(
    i: usize,
    dated: &[Option<NaiveDate>],
    sim: &dyn Fn(usize, usize) -> f64,
) -> Option<usize> {
    let scores: Vec<(usize, f64, NaiveDate)> = dated
        .iter()
        .enumerate()
        .filter_map(|(j, d)| d.map(|d| (j, sim(i, j), d)))
        .collect();
    let best = scores.iter().map(|s| s.1).fold(0.0, f64::max);
    if best < MIN_SIMILARITY {
        return None;
    }
    let top = scores.iter().find(|s| s.1 == best).map(|s| s.0)?;
    scores
        .into_iter()
        .filter(|s| s.1 >= best * SAME_NEWS_SHARE && s.1 >= MIN_SIMILARITY)
        .filter(|s| s.0 == top || sim(top, s.0) >= best.max(MIN_SIMILARITY))
        .min_by_key(|s| (s.2, s.0))
        .map(|s| s.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Source;

    fn check(texts: &[&str], expected: &[(Option<&str>, ReferenceBasis, Option<&str>)]) {
        let sources: Vec<Source> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Source {
                id: format!("a{i}"),
                text: t.to_string(),
                ..Source::default()
            })
            .collect();
        let analysed: Vec<Analysed> = sources.iter().map(Analysed::of).collect();
        let terms = Terms::new(&analysed);
        let got: Vec<(Option<String>, ReferenceBasis, Option<String>)> = resolve(&analysed, &terms)
            .into_iter()
            .map(|r| (r.date.map(|d| d.to_string()), r.basis, r.from))
            .collect();
        let expected: Vec<(Option<String>, ReferenceBasis, Option<String>)> = expected
            .iter()
            .map(|(d, b, f)| (d.map(str::to_string), *b, f.map(str::to_string)))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn undated_report_takes_the_earliest_matching_dated_report() {
        use ReferenceBasis::*;
        check(
            &[
                "Rebels shelled Kandor harbour, killing nine fishermen near the lighthouse.",
                " date 2021-05-03 Nine fishermen died when rebels shelled Kandor harbour.",
                " date 2021-05-02 Rebels shelled Kandor harbour; nine fishermen were killed near the lighthouse.",
                " date 2020-01-01 Parliament passed a budget for schools and roads.",
            ],
            &[
                (Some("2021-05-02"), Inferred, Some("a2")),
                (Some("2021-05-03"), Header, Option::None),
                (Some("2021-05-02"), Header, Option::None),
                (Some("2020-01-01"), Header, Option::None),
            ],
        );
    }

    #[test]
    fn unrelated_undated_report_has_no_reference() {
        use ReferenceBasis::*;
        check(
            &[
                "Farmers in the valley harvested apples early this year.",
                " date 2020-01-01 Parliament passed a budget for schools and roads.",
            ],
            &[
                (Option::None, None, Option::None),
                (Some("2020-01-01"), Header, Option::None),
            ],
        );
    }
}
