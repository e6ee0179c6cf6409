//! The colour theme: follows `prefers-color-scheme` until the reader picks light or dark
//! with the toggle; the choice is remembered in local storage.

use leptos::prelude::*;

use super::erase::{self, handler};

/// Local-storage key of the remembered theme ("light" or "dark").
const KEY: &str = "dateline.theme";

/// The page's local storage, when the browser allows it.
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered theme. It is stored as a JSON string (`"dark"`), as earlier builds
/// wrote it through gloo's storage; read here without a JSON library (the page's module
/// has none), and a bare `dark` is taken too.
fn remembered() -> Option<String> {
    let raw = storage()?.get_item(KEY).ok()??;
    let theme = raw.trim_matches('"');
    (theme == "light" || theme == "dark").then(|| theme.to_string())
}

/// Sets `data-theme` on `<html>` (or removes it to follow the system).
fn apply(theme: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute("data-theme", t),
        None => root.remove_attribute("data-theme"),
    };
}

/// Whether the page is dark now: the remembered choice, else the system preference.
fn is_dark(choice: Option<&str>) -> bool {
    match choice {
        Some(t) => t == "dark",
        None => web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// A button that switches between light and dark and remembers the choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let choice = RwSignal::new(remembered());
    apply(choice.get_untracked().as_deref());
    let dark = move || choice.with(|c| is_dark(c.as_deref()));
    let toggle = move |_| {
        let next = if dark() { "light" } else { "dark" };
        // Storage may be full or disabled: the theme still changes for this visit.
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, &format!("\"{next}\""));
        }
        apply(Some(next));
        choice.set(Some(next.to_string()));
    };
    view! {
        <button
            type="button"
            class="theme-toggle"
            title="Switch between light and dark"
            on:click=handler(toggle)
        >
            <span aria-hidden="true">"◐ "</span>
            // The label says what a press will do.
            {erase::choice(move || if dark() { "Light theme" } else { "Dark theme" })}
        </button>
    }
}
