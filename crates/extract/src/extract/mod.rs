//! Article text to [`Extraction`]: the pipeline
//! clean → sentences → reference dates → timexes → casualty figures → events → merge.
//!
//! Every stage is a pure function of the one before. Extraction never panics and never
//! fails: it returns what it found, plus warnings. Offsets are bytes inside the pipeline
//! and code points in the output ([`offsets::CharIndex`]).
//!
//! Shared helpers of the later stages: [`words`] (tokens and similarity terms),
//! [`numbers`] (counts in digits and words), [`dating`] (which dates of a sentence date
//! what it tells).

pub mod actors;
pub mod casualty;
pub mod chunks;
pub mod clean;
pub mod dating;
pub mod events;
pub mod incident_dating;
pub mod numbers;
pub mod offsets;
pub mod reference;
pub mod sentences;
pub mod terms;
pub mod timex;
pub mod word_keys;
pub mod words;

use crate::model::{Article, Extraction, ReferenceBasis};
use chrono::NaiveDate;

/// One article to extract: its text and what is known about it from outside the text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Source {
    /// Stable id, unique among the sources (the file stem).
    pub id: String,
    /// Where it came from, as given (file path, or a name for pasted text).
    pub path: String,
    /// The full text exactly as read, header line included.
    pub text: String,
    /// The publishing outlet, if known.
    pub outlet: Option<String>,
    /// A display title, if known.
    pub title: Option<String>,
    /// The original address, if known.
    pub url: Option<String>,
    /// A publication date given outside the text (an import form); the header wins.
    pub published: Option<NaiveDate>,
    /// True for articles the user added in the browser.
    pub user_added: bool,
}

impl Source {
    /// A source with just an id and its text (no outlet, title, address or outside
    /// date); the other fields can be set afterwards.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let id = id.into();
        Source {
            path: format!("{id}.txt"),
            id,
            text: text.into(),
            ..Source::default()
        }
    }
}

/// Everything the pipeline knows about one article before events are built.
#[derive(Debug, Clone)]
pub struct Analysed<'a> {
    /// The source it came from.
    pub source: &'a Source,
    /// Header, lines, captions and artifacts.
    pub cleaned: clean::Cleaned,
    /// Sentences, byte ranges into the text.
    pub sentences: Vec<sentences::SentenceSpan>,
    /// The tokens of every sentence ([`words::sentence_tokens`]).
    pub tokens: Vec<Vec<words::Token>>,
}

impl<'a> Analysed<'a> {
    /// The first stages for one source: cleaning, sentences, tokens.
    pub fn of(source: &'a Source) -> Self {
        let cleaned = clean::clean(&source.text);
        let sentences = sentences::split(&source.text, &cleaned);
        let tokens = words::sentence_tokens(&source.text, &sentences);
        Analysed {
            source,
            cleaned,
            sentences,
            tokens,
        }
    }
}

/// Runs the whole pipeline over a set of articles (a cluster is merged as one story).
///
/// The articles are processed in the order of their ids, whatever order they are
/// given in, and the output lists them (and their dates and figures) in the given
/// order: re-ordering the sources changes no event, mention or figure.
pub fn extract(sources: &[Source]) -> Extraction {
    let mut order: Vec<usize> = (0..sources.len()).collect();
    order.sort_by(|&a, &b| sources[a].id.cmp(&sources[b].id));
    let sorted: Vec<&Source> = order.iter().map(|&i| &sources[i]).collect();
    let mut doc = extract_in_order(&sorted);
    // Back to the order given: articles, then each article's dates and figures.
    let mut at = vec![0; sources.len()];
    for (k, &i) in order.iter().enumerate() {
        at[i] = k;
    }
    let given: std::collections::HashMap<&str, usize> = doc
        .articles
        .iter()
        .zip(&order)
        .map(|(a, &i)| (a.id.as_str(), i))
        .collect();
    let position = |id: &str| given.get(id).copied().unwrap_or(usize::MAX);
    let mut timex_at: Vec<usize> = doc.timexes.iter().map(|t| position(&t.article)).collect();
    let mut figure_at: Vec<usize> = doc
        .casualties
        .iter()
        .map(|c| position(&c.article))
        .collect();
    let mut zero_at: Vec<usize> = doc
        .zero_statements
        .iter()
        .map(|z| position(&z.article))
        .collect();
    doc.zero_statements = reorder(std::mem::take(&mut doc.zero_statements), &mut zero_at);
    doc.timexes = reorder(std::mem::take(&mut doc.timexes), &mut timex_at);
    doc.casualties = reorder(std::mem::take(&mut doc.casualties), &mut figure_at);
    let mut articles: Vec<Option<Article>> = doc.articles.drain(..).map(Some).collect();
    doc.articles = at.iter().filter_map(|&k| articles[k].take()).collect();
    doc
}

/// `items` stably sorted by their positions `at` (one per item).
fn reorder<T>(items: Vec<T>, at: &mut [usize]) -> Vec<T> {
    let mut paired: Vec<(usize, T)> = at.iter().copied().zip(items).collect();
    paired.sort_by_key(|p| p.0);
    paired.into_iter().map(|p| p.1).collect()
}

/// The pipeline over `sources` in the order given.
fn extract_in_order(sources: &[&Source]) -> Extraction {
    let mut doc = Extraction::default();
    let analysed: Vec<Analysed> = sources.iter().map(|s| Analysed::of(s)).collect();
    let terms = terms::Terms::new(&analysed);
    let references = reference::resolve(&analysed, &terms);
    let mut per_article = Vec::new();
    for (a, reference) in analysed.iter().zip(&references) {
        let index = offsets::CharIndex::new(&a.source.text);
        let timexes = timex::tag(&a.source.text, &a.sentences, reference.anchor());
        let figures = casualty::find(
            &a.source.text,
            &a.sentences,
            &a.tokens,
            &timexes,
            reference.date,
        );
        doc.articles.push(Article {
            id: a.source.id.clone(),
            path: a.source.path.clone(),
            published: a.cleaned.header_date.or(a.source.published),
            reference_date: reference.date,
            reference_basis: reference.basis,
            inferred_from: reference.from.clone(),
            outlet: a.source.outlet.clone(),
            title: a.source.title.clone(),
            url: a.source.url.clone(),
            sentences: a
                .sentences
                .iter()
                .map(|s| crate::model::Sentence {
                    start: index.char_at(s.range.start),
                    end: index.char_at(s.range.end),
                    kind: s.kind,
                })
                .collect(),
            artifacts: a
                .cleaned
                .artifacts
                .iter()
                .map(|r| crate::model::Span {
                    start: index.char_at(r.start),
                    end: index.char_at(r.end),
                })
                .collect(),
            text: None,
            user_added: a.source.user_added,
        });
        if reference.basis == ReferenceBasis::None {
            doc.warnings.push(format!(
                "{}: no publication date and no matching dated report; relative dates left unresolved",
                a.source.id
            ));
        }
        per_article.push((a, index, timexes, figures, reference.date));
    }
    for (a, index, timexes, figures, _) in &per_article {
        doc.timexes.extend(
            timexes
                .iter()
                .map(|t| t.to_model(&a.source.id, &a.source.text, index)),
        );
        doc.casualties.extend(
            figures
                .iter()
                .enumerate()
                .map(|(n, f)| f.to_model(&a.source.id, n, &a.source.text, index)),
        );
        doc.zero_statements.extend(casualty::groupless::statements(
            &a.source.id,
            &a.source.text,
            &a.sentences,
            &a.tokens,
            index,
            figures,
        ));
    }
    let inputs: Vec<events::ArticleInput> = per_article
        .iter()
        .zip(terms.sentences.iter().zip(&terms.articles))
        .map(
            |((a, index, timexes, figures, reference), (sentence_terms, article_terms))| {
                events::ArticleInput {
                    id: &a.source.id,
                    text: &a.source.text,
                    sentences: &a.sentences,
                    tokens: &a.tokens,
                    terms: sentence_terms,
                    article_terms,
                    timexes,
                    figures,
                    index,
                    reference: *reference,
                }
            },
        )
        .collect();
    let built = events::build(&inputs, terms.vocab_len);
    for (c, event) in doc
        .casualties
        .iter_mut()
        .zip(built.figure_events.into_iter().flatten())
    {
        c.event = event;
    }
    doc.events = built.events;
    // A zero without a group belongs to the (first) event whose sentence holds it.
    if !doc.zero_statements.is_empty() {
        let mut holder: std::collections::HashMap<(&str, usize), &str> =
            std::collections::HashMap::new();
        for e in &doc.events {
            for m in &e.mentions {
                holder.entry((m.article.as_str(), m.start)).or_insert(&e.id);
            }
        }
        for z in &mut doc.zero_statements {
            z.event = holder
                .get(&(z.article.as_str(), z.start))
                .map(|id| id.to_string());
        }
    }
    doc
}
