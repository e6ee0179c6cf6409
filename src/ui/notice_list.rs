//! Messages to the user (import results, storage problems, export notes) as data: what
//! a notice is and how one is added or resolved.
//!
//! The bottom of the notice layer: [`super::state`] holds the list, and the modules that
//! report something ([`super::storage`], [`super::export`]) push to it, without
//! depending on the component that draws it ([`super::notices`]).

use leptos::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};

/// How serious a notice is; decides its colour and whether it is announced as an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Something worked; for the record.
    Info,
    /// Something worked only in part, or needs the user's attention.
    Warning,
    /// Something was refused or failed.
    Error,
}

/// A button a notice can offer besides "Dismiss".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Delete the saved articles (and the backup of unreadable data) from this browser.
    ClearStorage,
}

/// One message shown under the masthead until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Unique id, for keyed rendering and dismissal.
    pub id: u64,
    /// How serious it is.
    pub level: Level,
    /// The message, shown as text.
    pub text: String,
    /// An optional action button.
    pub action: Option<Action>,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Adds a notice to the app's list (newest last).
pub fn push(notices: RwSignal<Vec<Notice>>, level: Level, text: impl Into<String>) {
    push_with(notices, level, text, None);
}

/// Adds a notice with an action button.
pub fn push_with(
    notices: RwSignal<Vec<Notice>>,
    level: Level,
    text: impl Into<String>,
    action: Option<Action>,
) {
    let notice = Notice {
        id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        level,
        text: text.into(),
        action,
    };
    notices.update(|list| list.push(notice));
}

/// Removes notices offering `action` (once it has been done).
pub fn resolve(notices: RwSignal<Vec<Notice>>, action: Action) {
    notices.update(|list| list.retain(|n| n.action != Some(action)));
}
