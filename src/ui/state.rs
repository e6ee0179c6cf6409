//! App state, created once at the top and shared by a small `Copy` context: the document
//! on screen, the selected event and the sentence marked in the reader.

use crate::{
    corpus,
    model::{Extraction, Mention},
    search::{narrow, Filter, Index},
    shared::Shared,
    story::Story,
};
use leptos::prelude::*;

/// Shared, reactive app state. Components read it with [`use_state`].
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The extraction on screen (embedded articles, user articles, or a loaded dataset).
    pub doc: RwSignal<Extraction>,
    /// The id of the selected event, if any.
    pub selected: RwSignal<Option<String>>,
    /// The sentence marked in the reader (a source chip or a selected event points at it).
    pub marked: RwSignal<Option<Mention>>,
    /// The user's added articles, as saved in the browser (see `ui::storage`).
    pub user: RwSignal<crate::store::Saved>,
    /// Messages shown under the masthead (see `ui::notice_list`, drawn by `ui::notices`).
    pub notices: RwSignal<Vec<super::notice_list::Notice>>,
    /// What the extraction worker is doing, while it works (see `ui::working`).
    pub working: RwSignal<Option<String>>,
    /// The timeline shows the user's own articles only (`mine=1` in the URL fragment).
    pub mine_only: RwSignal<bool>,
    /// The search and filters (`q=…&lane=…` in the URL fragment; see `search`).
    pub filter: RwSignal<Filter>,
    /// `doc`, narrowed to the user's articles when asked: what the filter searches.
    pub base: Memo<Extraction>,
    /// The search index of `base`, built once per document (ahead of the first
    /// keystroke, when the page is idle: see `ui::search`).
    pub index: Memo<Index>,
    /// What the timeline, the list and the cards show: `base`, narrowed by `filter`.
    pub shown: Memo<Extraction>,
    /// The story the timeline draws: the story of `base`, built once per document, or
    /// that story narrowed by `filter` (so clearing a search draws the whole story
    /// again without rebuilding it).
    pub story: Memo<Shared<Story>>,
    /// The events of `doc` (narrowed to the user's articles when asked) before the
    /// filter: the "of N" in "12 of N events".
    pub base_events: Memo<usize>,
}

impl AppState {
    /// State for the embedded story, as extracted at build time (texts included, for
    /// the reader).
    pub fn embedded() -> Self {
        Self::new(corpus::embedded_extraction())
    }

    /// State showing `doc`, with nothing selected, marked, added or noticed.
    pub fn new(doc: Extraction) -> Self {
        let doc = RwSignal::new(doc);
        let mine_only = RwSignal::new(false);
        let filter = RwSignal::new(Filter::default());
        let base = Memo::new(move |_| {
            if mine_only.get() {
                doc.with(crate::imported::user_only)
            } else {
                doc.get()
            }
        });
        // Built on first use (a query or filter), once per document.
        let index = Memo::new(move |_| base.with(Index::new));
        // The events the filter keeps; `None` while it keeps them all, so typing a query
        // that every event matches ("g", "ge", …) changes nothing downstream.
        let kept = Memo::new(move |_| {
            filter.with(|f| {
                if f.is_empty() {
                    None
                } else {
                    base.with(|b| index.with(|i| f.keep(b, i)))
                }
            })
        });
        let shown = Memo::new(move |_| {
            kept.with(|k| match k {
                None => base.get(),
                Some(keep) => base.with(|b| narrow(b, keep)),
            })
        });
        let whole = Memo::new(move |_| Shared::new(base.with(Story::new)));
        let story = Memo::new(move |_| {
            kept.with(|k| match k {
                None => whole.get(),
                Some(keep) => Shared::new(whole.with(|s| s.narrowed(keep))),
            })
        });
        AppState {
            doc,
            story,
            filter,
            base,
            index,
            shown,
            base_events: Memo::new(move |_| base.with(|b| b.events.len())),
            selected: RwSignal::new(None),
            marked: RwSignal::new(None),
            user: RwSignal::new(crate::store::Saved::new()),
            notices: RwSignal::new(Vec::new()),
            working: RwSignal::new(None),
            mine_only,
        }
    }
}

/// The app state provided by the root component.
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
