//! The status line under the masthead that says what the extraction worker is doing
//! (e.g. while the user's saved articles are extracted after a reload). Always in the
//! page as a polite live region, so the change is announced; empty when idle.

use super::state::use_state;
use leptos::prelude::*;

/// The "working…" status line; its text is `AppState::working`.
#[component]
pub fn Working() -> impl IntoView {
    let state = use_state();
    view! {
        <p class="working" role="status" aria-live="polite" data-testid="working">
            {move || state.working.get().unwrap_or_default()}
        </p>
    }
}
