//! The user's articles in `localStorage`: restored at start, saved after every change,
//! and the document on screen rebuilt from embedded + saved articles.
//!
//! Nothing here may stop the app from starting: unreadable, unknown-version or missing
//! storage leaves the embedded story on screen with a notice (and a "Clear saved data"
//! button); a full storage keeps the articles in memory with a warning.

use super::{
    extractor,
    notice_list::{self as notices, Action, Level},
    state::AppState,
};
use crate::{
    corpus,
    model::Extraction,
    store::{self, LoadOutcome, Saved},
};
use leptos::{prelude::*, task::spawn_local};
use std::cell::{Cell, RefCell};

thread_local! {
    /// Counts rebuilds, so an answer that arrives after a newer rebuild is dropped.
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

fn next_generation() -> u64 {
    GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    })
}

fn local_storage() -> Result<web_sys::Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .ok()
        .flatten()
        .ok_or_else(|| "this browser does not allow saving data for this page".to_string())
}

/// The raw saved string, `None` when nothing is saved.
fn read() -> Result<Option<String>, String> {
    local_storage()?
        .get_item(store::KEY)
        .map_err(|_| "the saved data could not be read".to_string())
}

/// Saves `saved` under [`store::KEY`] (removes the key when there is nothing to save).
fn write(saved: &Saved) -> Result<(), String> {
    let storage = local_storage()?;
    if saved.articles.is_empty() {
        return storage
            .remove_item(store::KEY)
            .map_err(|_| "the saved data could not be removed".to_string());
    }
    storage
        .set_item(store::KEY, &store::save(saved))
        .map_err(|_| "the browser's storage for this page is full".to_string())
}

/// Shows `doc`, with nothing selected or marked.
fn show(state: AppState, doc: Extraction) {
    state.selected.set(None);
    state.marked.set(None);
    state.doc.set(doc);
}

/// Shows a document that replaces the story (a `?data=` dataset or an opened JSON
/// export): drops any rebuild still waiting for the worker, so its answer cannot
/// replace this document. Keeps the selection (a deep link may point into `doc`).
pub fn show_dataset(state: AppState, doc: Extraction) {
    next_generation();
    state.working.set(None);
    state.doc.set(doc);
}

/// Shows the embedded story (extracted at build time).
fn show_embedded(state: AppState) {
    next_generation();
    state.working.set(None);
    show(state, corpus::embedded_extraction());
}

/// How a [`rebuild`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rebuilt {
    /// The new document is on screen.
    Shown,
    /// A newer rebuild started meanwhile; its document will be shown instead.
    Overtaken,
    /// The worker failed: a notice says so; the articles stay saved and the document on
    /// screen stays.
    Failed,
}

/// Rebuilds the document on screen from the embedded and the saved user articles: at
/// once when none are saved, else extracted in the worker while the page stays usable.
pub async fn rebuild(state: AppState) -> Rebuilt {
    let saved = state.user.get_untracked();
    if saved.articles.is_empty() {
        show_embedded(state);
        return Rebuilt::Shown;
    }
    let generation = next_generation();
    let n = saved.articles.len();
    state.working.set(Some(format!(
        "Finding dates and figures in your {n} added article{}…",
        if n == 1 { "" } else { "s" }
    )));
    let result = extractor::extract(&saved).await;
    if GENERATION.with(Cell::get) != generation {
        return Rebuilt::Overtaken;
    }
    state.working.set(None);
    match result {
        Ok(doc) => {
            show(state, doc);
            Rebuilt::Shown
        }
        Err(why) => {
            notices::push(
                state.notices,
                Level::Error,
                format!("{why} Your articles are kept; reload the page to try again."),
            );
            Rebuilt::Failed
        }
    }
}

/// The stored text while it is not yet read at start: the worker reads it
/// ([`extractor::load`]), and until its answer is handled no write may replace it, so an
/// article added meanwhile cannot overwrite articles not yet read.
enum Unread {
    /// Nothing waits: writes go ahead.
    No,
    /// The worker is reading it; `wrote` says a change waits to be saved after.
    Pending { wrote: bool },
    /// The worker could not read it: it stays as it is until a reload tries again.
    Failed,
}

thread_local! {
    static UNREAD: RefCell<Unread> = const { RefCell::new(Unread::No) };
}

/// Reads the saved articles at start, in the worker (the page's module has no JSON
/// reader). On success with articles, rebuilds the document (unless a dataset was shown
/// meanwhile); on any problem keeps the embedded story and says what happened.
pub fn restore(state: AppState) {
    let raw = match read() {
        Ok(raw) => raw,
        Err(why) => {
            notices::push(
                state.notices,
                Level::Warning,
                format!("Your added articles cannot be loaded or kept: {why}."),
            );
            return;
        }
    };
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return;
    };
    UNREAD.with(|u| *u.borrow_mut() = Unread::Pending { wrote: false });
    let generation = GENERATION.with(Cell::get);
    spawn_local(async move {
        let outcome = extractor::load(raw.clone()).await;
        restored(state, raw, generation, outcome).await;
    });
}

/// Handles the worker's reading of the stored text `raw` (asked for when the rebuild
/// generation was `generation`).
async fn restored(
    state: AppState,
    raw: String,
    generation: u64,
    outcome: Result<LoadOutcome, String>,
) {
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(why) => {
            UNREAD.with(|u| *u.borrow_mut() = Unread::Failed);
            notices::push(
                state.notices,
                Level::Error,
                format!(
                    "Your saved articles could not be loaded now: {why} They are kept; \
                     reload the page to try again."
                ),
            );
            return;
        }
    };
    let wrote = UNREAD.with(|u| {
        let wrote = matches!(*u.borrow(), Unread::Pending { wrote: true });
        *u.borrow_mut() = Unread::No;
        wrote
    });
    let problem = match outcome {
        LoadOutcome::Empty => None,
        LoadOutcome::Loaded(mut saved) => {
            // Articles added while the worker read come after the saved ones, under
            // fresh ids when theirs are taken.
            let added = state.user.get_untracked();
            for mut article in added.articles {
                if saved.articles.iter().any(|a| a.id == article.id) {
                    article.id = saved.next_id();
                }
                saved.articles.push(article);
            }
            let any = !saved.articles.is_empty();
            state.user.set(saved);
            if wrote {
                persist(state);
            }
            // A dataset shown meanwhile stays on screen, unless articles were added since.
            let dataset_shown = GENERATION.with(Cell::get) != generation && !wrote;
            if any && !dataset_shown {
                rebuild(state).await;
            }
            return;
        }
        LoadOutcome::Corrupt { reason } => {
            Some(format!("Your saved articles could not be read ({reason})."))
        }
        LoadOutcome::UnknownVersion { found } => Some(format!(
            "Your saved articles were written by another version of Dateline (schema \
             {found}; this one reads {}).",
            store::VERSION
        )),
    };
    if let Some(problem) = problem {
        // Keep the unreadable data before anything overwrites it.
        let backed_up = local_storage()
            .and_then(|s| {
                s.set_item(store::BACKUP_KEY, &raw)
                    .map_err(|_| String::new())
            })
            .is_ok();
        let kept = if backed_up {
            " A copy was kept in this browser."
        } else {
            ""
        };
        notices::push_with(
            state.notices,
            Level::Warning,
            format!("{problem} Dateline started with the embedded story.{kept}"),
            Some(Action::ClearStorage),
        );
    }
    if wrote {
        persist(state);
    }
}

/// Saves the user's articles; warns (once per failure) when the browser refuses. While
/// the stored articles are being read at start, the write waits for them.
pub fn persist(state: AppState) {
    let waiting = UNREAD.with(|u| match &mut *u.borrow_mut() {
        Unread::No => Ok(()),
        Unread::Pending { wrote } => {
            *wrote = true;
            Err(None)
        }
        Unread::Failed => Err(Some(
            "the articles saved earlier could not be read, and are kept as they are".to_string(),
        )),
    });
    let result = match waiting {
        Ok(()) => state.user.with_untracked(write),
        Err(None) => return,
        Err(Some(why)) => Err(why),
    };
    if let Err(why) = result {
        notices::push(
            state.notices,
            Level::Warning,
            format!(
                "Your articles could not be saved: {why}. They are shown until you close or \
                 reload this page; remove some articles or export them as JSON to keep them."
            ),
        );
    }
}

/// Deletes the saved articles and any backup, and shows the embedded story.
pub fn clear(state: AppState) {
    if let Ok(s) = local_storage() {
        let _ = s.remove_item(store::KEY);
        let _ = s.remove_item(store::BACKUP_KEY);
    }
    UNREAD.with(|u| *u.borrow_mut() = Unread::No);
    notices::resolve(state.notices, Action::ClearStorage);
    state.user.set(Saved::new());
    show_embedded(state);
    notices::push(
        state.notices,
        Level::Info,
        "Saved data cleared from this browser.",
    );
}

/// Removes every added article (and a loaded dataset) and shows the embedded story again.
pub fn reset(state: AppState) {
    state.user.set(Saved::new());
    persist(state);
    // With no articles of the user's left, "Your articles only" would show nothing.
    super::url::open_story(false);
    if state.mine_only.get_untracked() {
        state.mine_only.set(false);
    }
    show_embedded(state);
    notices::push(
        state.notices,
        Level::Info,
        "Reset to the embedded story; your added articles were removed.",
    );
}
