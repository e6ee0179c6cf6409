//! The app root: creates the state once and mounts the page's two parts — the masthead
//! actions into the static `<header>` of `index.html` (whose heading and lede are plain
//! HTML, painted before the wasm arrives), and everything else after it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::{
    cards::Cards, detail::Detail, list::EventList, notices::Notices, reader::Reader,
    state::AppState, theme::ThemeToggle, timeline::Timeline, toolbar::Toolbar, working::Working,
};

/// Where `index.html` wants the masthead actions.
const ACTIONS_SLOT: &str = "masthead-actions";

/// Mounts the app into the page and restores the user's saved articles.
pub fn mount() {
    let state = AppState::embedded();
    let frag = super::url::read();
    state.mine_only.set(frag.mine);
    state.filter.set(frag.filter);
    let slot = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ACTIONS_SLOT))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let inline_actions = slot.is_none();
    if let Some(slot) = slot {
        leptos::mount::mount_to(slot, move || {
            provide_context(state);
            view! { <Actions /> }
        })
        .forget();
    }
    leptos::mount::mount_to_body(move || {
        provide_context(state);
        super::storage::restore(state);
        view! { <App inline_actions /> }
    });
}

/// The masthead's actions: import, export, theme.
#[component]
fn Actions() -> impl IntoView {
    view! {
        <Toolbar />
        <ThemeToggle />
    }
}

/// What the story on screen is: the latest report's headline and its sources, from the
/// document itself (`story::heading`), so a dataset or the user's articles name
/// themselves too.
#[component]
fn StoryHeading() -> impl IntoView {
    let state = super::state::use_state();
    let heading = Memo::new(move |_| state.doc.with(crate::story::heading));
    move || {
        heading.get().map(|(title, line)| {
            view! {
                <header class="story-heading" data-testid="story-heading">
                    <h2>{title}</h2>
                    <p>{line}</p>
                </header>
            }
        })
    }
}

/// "Your articles only": a switch, shown once the user has added articles, that makes
/// the timeline draw their articles alone; kept in the URL fragment (`mine=1`).
#[component]
fn MineOnly() -> impl IntoView {
    let state = super::state::use_state();
    let toggle = move |e: leptos::ev::Event| {
        let on = event_target_checked(&e);
        super::url::open_story(on);
        state.mine_only.set(on);
    };
    move || {
        (state.user.with(|u| !u.articles.is_empty()) || state.mine_only.get()).then(|| {
            view! {
                <label class="mine-switch">
                    <input type="checkbox" prop:checked=move || state.mine_only.get() on:change=toggle />
                    " Your articles only"
                </label>
            }
        })
    }
}

/// The page below the masthead: notices, the timeline (and under it the events it
/// cannot place, "Date unknown"), then the selected event with its
/// casualty cards beside the article reader, and the events as a table. With
/// `inline_actions` (a page without the static masthead slot) the actions come first.
#[component]
fn App(inline_actions: bool) -> impl IntoView {
    let state = super::state::use_state();
    // The timeline, list and cards draw what the search, the filters and "Your articles
    // only" leave (`AppState::shown`); the reader and detail keep the whole document.
    let story = Signal::from(state.story);
    let shown = Signal::from(state.shown);
    view! {
        {inline_actions.then(|| view! { <div class="masthead-actions"><Actions /></div> })}
        <Notices />
        <Working />
        <main id="main">
            <StoryHeading />
            <super::search::SearchBar />
            <MineOnly />
            <Timeline story=story />
            <super::undated::Undated doc=shown />
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
