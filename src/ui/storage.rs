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
use std::cell::Cell;

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

/// Reads the saved articles at start. On success with articles, rebuilds the document;
/// on any problem keeps the embedded story and says what happened.
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
    let problem = match store::load(raw.as_deref()) {
        LoadOutcome::Empty => return,
        LoadOutcome::Loaded(saved) => {
            let any = !saved.articles.is_empty();
            state.user.set(saved);
            if any {
                spawn_local(async move {
                    rebuild(state).await;
                });
            }
            return;
        }
        LoadOutcome::Corrupt { reason } => {
            format!("Your saved articles could not be read ({reason}).")
        }
        LoadOutcome::UnknownVersion { found } => format!(
            "Your saved articles were written by another version of Dateline (schema \
             {found}; this one reads {}).",
            store::VERSION
        ),
    };
    // Keep the unreadable data before anything overwrites it.
    let backed_up = raw
        .as_deref()
        .map(|raw| {
            local_storage()
                .and_then(|s| {
                    s.set_item(store::BACKUP_KEY, raw)
                        .map_err(|_| String::new())
                })
                .is_ok()
        })
        .unwrap_or(false);
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

/// Saves the user's articles; warns (once per failure) when the browser refuses.
pub fn persist(state: AppState) {
    let result = state.user.with_untracked(write);
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
    if state.mine_only.get_untracked() {
        state.mine_only.set(false);
        let mut frag = super::url::read();
        frag.mine = false;
        super::url::write(&frag, false);
    }
    show_embedded(state);
    notices::push(
        state.notices,
        Level::Info,
        "Reset to the embedded story; your added articles were removed.",
    );
}
