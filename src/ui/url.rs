//! The URL fragment as the timeline's shareable state (`#event=<id>&view=<a>..<b>`, see
//! [`crate::story::Fragment`]). Only the fragment is read or written, so links work on
//! any static host under any sub-path.

use crate::story::Fragment;

/// The state in the current URL's fragment (empty when there is none).
pub fn read() -> Fragment {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Fragment::parse(&hash)
}

/// Records in the URL that the timeline now shows the user's articles alone (`mine`)
/// or the whole story, with no window: the other story opens at "fit all", not at the
/// window kept of the story being left (the user's articles may span a few months).
pub fn open_story(mine: bool) {
    let mut frag = read();
    frag.mine = mine;
    frag.view = None;
    write(&frag, false);
}

/// Writes `frag` into the URL: a new history entry when `push` (a selection, so
/// back/forward walks selections), otherwise in place (panning and zooming). Does
/// nothing when the URL already holds it.
pub fn write(frag: &Fragment, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let text = frag.format();
    let text = if text == "#" { String::new() } else { text };
    let current = window.location().hash().unwrap_or_default();
    if current == text || (text.is_empty() && current.is_empty()) {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    // An empty fragment is written as the bare path plus query, so no stray `#` stays.
    let url = if text.is_empty() {
        let loc = window.location();
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    } else {
        text
    };
    let none = wasm_bindgen::JsValue::NULL;
    let _ = if push {
        history.push_state_with_url(&none, "", Some(&url))
    } else {
        history.replace_state_with_url(&none, "", Some(&url))
    };
}
