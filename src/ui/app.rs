//! The app root: creates the state, provides it, and lays out the page.

use leptos::prelude::*;

use super::{
    cards::Cards, detail::Detail, list::EventList, notices::Notices, reader::Reader,
    state::AppState, theme::ThemeToggle, timeline::Timeline, toolbar::Toolbar, working::Working,
};

/// The whole page: masthead with actions, the timeline, then the selected event with its
/// casualty cards beside the article reader, and the events as a table.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::embedded();
    provide_context(state);
    super::storage::restore(state);
    view! {
        <header class="masthead">
            <div class="brand">
                <h1>"Dateline"</h1>
                <p class="tagline">"News articles in, a source-checked timeline out."</p>
            </div>
            <Toolbar />
            <ThemeToggle />
        </header>
        <Notices />
        <Working />
        <main id="main">
            <Timeline doc=state.doc />
            <div class="panes">
                <div class="pane-left">
                    <Detail />
                    <Cards />
                </div>
                <div class="pane-right">
                    <Reader />
                </div>
            </div>
            <EventList />
        </main>
    }
}
