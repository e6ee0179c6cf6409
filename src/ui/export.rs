//! The Export menu: the document on screen as contract JSON (re-importable), a CSV of
//! casualty figures, or TimelineJS3 JSON, downloaded from a Blob URL made in the browser.

use super::{
    erase::handler,
    notice_list::{self as notices, Level},
    state::{use_state, AppState},
};
use crate::export;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Contract JSON with article texts: opens again in Dateline (`?data=` or Import).
    Json,
    /// One row per casualty figure, for spreadsheets.
    Csv,
    /// A TimelineJS3 document.
    TimelineJs,
}

/// Builds the file for `format` from the document on screen: (file name, MIME type,
/// content, an optional note for the user).
fn file_for(
    state: AppState,
    format: Format,
) -> (&'static str, &'static str, String, Option<String>) {
    state.doc.with_untracked(|doc| match format {
        Format::Json => {
            let doc = export::with_texts(doc, |_| None);
            (
                "dateline.json",
                "application/json",
                export::to_json(&doc),
                None,
            )
        }
        Format::Csv => (
            "dateline-casualties.csv",
            "text/csv;charset=utf-8",
            export::casualties_csv(doc),
            None,
        ),
        Format::TimelineJs => {
            let tl = export::timeline_js(doc, "Dateline timeline");
            let note = (tl.skipped > 0).then(|| {
                format!(
                    "TimelineJS export: {} events; {} without a calendar date left out ({}).",
                    tl.events,
                    tl.skipped,
                    tl.skipped_ids.join(", ")
                )
            });
            (
                "dateline-timelinejs.json",
                "application/json",
                tl.json,
                note,
            )
        }
    })
}

/// Offers `content` as a download named `name`, via a Blob URL and a temporary
/// `<a download>`; the URL is revoked a moment later.
pub fn download(name: &str, mime: &str, content: &str) -> Result<(), String> {
    let blob = gloo::file::Blob::new_with_options(content, Some(mime));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoke after the browser has started the download (dropping ObjectUrl revokes it).
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// The Export menu: a disclosure with one button per format.
#[component]
pub fn ExportMenu() -> impl IntoView {
    let state = use_state();
    let menu = NodeRef::<leptos::html::Details>::new();
    let run = move |format: Format| {
        // Close the menu once a format is chosen.
        if let Some(d) = menu.get_untracked() {
            let _ = d.remove_attribute("open");
        }
        let (name, mime, content, note) = file_for(state, format);
        match download(name, mime, &content) {
            Ok(()) => {
                if let Some(note) = note {
                    notices::push(state.notices, Level::Info, note);
                }
            }
            Err(why) => notices::push(
                state.notices,
                Level::Error,
                format!("The export could not be downloaded: {why}."),
            ),
        }
    };
    view! {
        <details
            class="menu export-menu"
            node_ref=menu
            on:keydown=handler(move |e: leptos::ev::KeyboardEvent| {
                if e.key() == "Escape" {
                    if let Some(d) = menu.get_untracked() {
                        if d.has_attribute("open") {
                            let _ = d.remove_attribute("open");
                            if let Ok(Some(s)) = d.query_selector("summary") {
                                if let Ok(s) = s.dyn_into::<web_sys::HtmlElement>() {
                                    let _ = s.focus();
                                }
                            }
                        }
                    }
                }
            })
        >
            <summary>"Export"</summary>
            <div class="menu-items" role="group" aria-label="Export formats">
                <button type="button" on:click=handler(move |_| run(Format::Json))>
                    "JSON (re-importable)"
                </button>
                <button type="button" on:click=handler(move |_| run(Format::Csv))>
                    "CSV of casualty figures"
                </button>
                <button type="button" on:click=handler(move |_| run(Format::TimelineJs))>
                    "TimelineJS3 JSON"
                </button>
            </div>
        </details>
    }
}
