//! The search index: every distinct word of a document's events, sorted, each with the
//! events it occurs in (an inverted index), so a query word's prefix is one binary
//! search and its events one run of postings — a keystroke costs the matches it finds,
//! not a pass over every word of every event.

use super::words::each_word;
use crate::model::{EventKind, Extraction};
use crate::naming::source_name;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// How much a word found in each place weighs in the ranking.
const TITLE_WEIGHT: u8 = 4;
const SOURCE_WEIGHT: u8 = 2;
const SENTENCE_WEIGHT: u8 = 1;

/// Every event's words, prepared once per document, with its lane.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Index {
    /// Every distinct word, sorted (so the words starting with a prefix are a run).
    vocab: Vec<Box<str>>,
    /// `postings[starts[p]..starts[p + 1]]`: the events word `vocab[p]` occurs in,
    /// ascending, each with the weight of the best place it occurs there (title, source,
    /// sentence). One flat list, not one list per word: a document of 100,000 events has
    /// as many distinct words, and allocating each its own list is most of the build.
    starts: Vec<u32>,
    /// See `starts`.
    postings: Vec<(u32, u8)>,
    /// Per event: its lane's name.
    pub(super) lanes: Vec<&'static str>,
}

impl Index {
    /// The index of `doc`: each event's title, the sentences of its mentions (when the
    /// document carries article texts) and its sources' names.
    pub fn new(doc: &Extraction) -> Self {
        let texts: HashMap<&str, Vec<char>> = doc
            .articles
            .iter()
            .filter_map(|a| Some((a.id.as_str(), a.text.as_deref()?.chars().collect())))
            .collect();
        let names: HashMap<&str, String> = doc
            .articles
            .iter()
            .map(|a| (a.id.as_str(), source_name(Some(a), &a.id)))
            .collect();
        let mut ids: HashMap<Box<str>, u32, BuildHasherDefault<Fnv>> = HashMap::default();
        // (word id, event, weight), in event order.
        let mut flat: Vec<(u32, u32, u8)> = Vec::new();
        // Per word id: the last event it was seen in (plus one) and where in `flat` its
        // posting for that event is — each word once per event with its best weight,
        // with no per-event sort or set.
        let mut seen_in: Vec<(u32, u32)> = Vec::new();
        let mut lanes = Vec::with_capacity(doc.events.len());
        for (event, e) in doc.events.iter().enumerate() {
            let stamp = event as u32 + 1;
            let mut add = |text: &str, weight: u8| {
                each_word(text, &mut |w| {
                    let id = match ids.get(w) {
                        Some(&id) => id as usize,
                        None => {
                            let id = seen_in.len();
                            ids.insert(w.into(), id as u32);
                            seen_in.push((0, 0));
                            id
                        }
                    };
                    let (last, at) = &mut seen_in[id];
                    if *last == stamp {
                        // Already posted for this event: keep the best weight.
                        let p = &mut flat[*at as usize].2;
                        *p = (*p).max(weight);
                    } else {
                        *last = stamp;
                        *at = flat.len() as u32;
                        flat.push((id as u32, event as u32, weight));
                    }
                })
            };
            add(&e.title, TITLE_WEIGHT);
            for m in &e.mentions {
                match names.get(m.article.as_str()) {
                    Some(name) => add(name, SOURCE_WEIGHT),
                    None => add(&source_name(None, &m.article), SOURCE_WEIGHT),
                }
                if let Some(chars) = texts.get(m.article.as_str()) {
                    let end = m.end.min(chars.len());
                    let start = m.start.min(end);
                    let sentence: String = chars[start..end].iter().collect();
                    add(&sentence, SENTENCE_WEIGHT);
                }
            }
            lanes.push(lane_of(e.kind));
        }
        let mut words: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        crate::order::sort_by(&mut words, |a, b| a.0.cmp(&b.0));
        // Word id → its place in the sorted vocabulary; then a counting sort of the
        // postings by that place (stable: events stay ascending within a word).
        let mut place = vec![0u32; words.len()];
        for (p, (_, id)) in words.iter().enumerate() {
            place[*id as usize] = p as u32;
        }
        let mut starts = vec![0u32; words.len() + 1];
        for &(id, _, _) in &flat {
            starts[place[id as usize] as usize + 1] += 1;
        }
        for p in 1..starts.len() {
            starts[p] += starts[p - 1];
        }
        let mut next = starts.clone();
        let mut postings = vec![(0u32, 0u8); flat.len()];
        for &(id, event, weight) in &flat {
            let slot = &mut next[place[id as usize] as usize];
            postings[*slot as usize] = (event, weight);
            *slot += 1;
        }
        Index {
            vocab: words.into_iter().map(|(w, _)| w).collect(),
            starts,
            postings,
            lanes,
        }
    }

    /// Per event, its rank for `query` (normalised words): 0 when some query word
    /// starts no word of the event; else, summed over the query's words, twice the
    /// weight of the best place the word matched plus one for a whole-word match.
    /// An empty query ranks every event 0.
    pub(super) fn ranks(&self, query: &[String]) -> Vec<u32> {
        let n = self.lanes.len();
        let mut total = vec![0u32; n];
        let mut best = vec![0u32; n];
        for (k, q) in query.iter().enumerate() {
            best.iter_mut().for_each(|b| *b = 0);
            let from = self.vocab.partition_point(|w| &**w < q.as_str());
            for (p, w) in self
                .vocab
                .iter()
                .enumerate()
                .skip(from)
                .take_while(|(_, w)| w.starts_with(q.as_str()))
            {
                let whole = u32::from(&**w == q.as_str());
                let list = &self.postings[self.starts[p] as usize..self.starts[p + 1] as usize];
                for &(event, weight) in list {
                    let b = &mut best[event as usize];
                    *b = (*b).max(u32::from(weight) * 2 + whole);
                }
            }
            for (t, b) in total.iter_mut().zip(&best) {
                // An event missed by an earlier word stays at 0.
                *t = if *b == 0 || (k > 0 && *t == 0) {
                    0
                } else {
                    *t + b
                };
            }
        }
        total
    }
}

/// FNV-1a: a few lines of hashing for short words, several times faster than the
/// standard library's DoS-resistant default on the index's hundreds of thousands of
/// look-ups (the words are the user's own document; no attacker picks them).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The lane an event kind is drawn in, by name (as `geometry::stack::lane_of`).
fn lane_of(kind: EventKind) -> &'static str {
    crate::geometry::stack::lane_of(kind).label()
}
