//! The app root: creates the state, provides it, and lays out the page.

use leptos::prelude::*;

use super::{state::AppState, timeline::Timeline};

/// The whole page: masthead, then the timeline of everything the extractor found.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::embedded();
    provide_context(state);
    view! {
        <header class="masthead">
            <h1>"Dateline"</h1>
            <p class="tagline">"News articles in, a source-checked timeline out."</p>
        </header>
        <main id="main">
            <Timeline doc=state.doc />
        </main>
    }
}
