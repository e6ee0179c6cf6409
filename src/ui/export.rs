//! The Export menu: the document on screen as contract JSON (re-importable), a CSV of
//! casualty figures, or TimelineJS3 JSON, downloaded from a Blob URL made in the browser.
//! The file is written in the worker (`worker_job::export_file`), so the page's module
//! carries no JSON or CSV writer; when that takes longer than 100 ms (the worker's first
//! start), the status line says the export is being prepared.

use super::{
    erase::handler,
    notice_list::{self as notices, Level},
    state::use_state,
};
use crate::worker_job::Format;
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::JsCast;

/// The file name and MIME type of an export.
fn file_name(format: Format) -> (&'static str, &'static str) {
    match format {
        Format::Json => ("dateline.json", "application/json"),
        Format::Csv => ("dateline-casualties.csv", "text/csv;charset=utf-8"),
        Format::TimelineJs => ("dateline-timelinejs.json", "application/json"),
    }
}

/// How long an export may take before the page says it is being prepared.
const QUIET_MS: u32 = 100;

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
        let doc = state.doc.get_untracked();
        spawn_local(async move {
            // Say so if the export is not ready at once (the worker's first start).
            let done = std::rc::Rc::new(std::cell::Cell::new(false));
            let slow = {
                let done = done.clone();
                gloo::timers::callback::Timeout::new(QUIET_MS, move || {
                    if !done.get() {
                        state.working.set(Some("Preparing the export…".to_string()));
                    }
                })
            };
            let file = super::extractor::export(format, doc).await;
            done.set(true);
            drop(slow);
            if state
                .working
                .with_untracked(|w| w.as_deref() == Some("Preparing the export…"))
            {
                state.working.set(None);
            }
            let (name, mime) = file_name(format);
            match file.and_then(|file| download(name, mime, &file.content).map(|()| file.note)) {
                Ok(note) => {
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
        });
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
