//! `?data=<same-origin URL>`: loads a contract JSON document in place of the embedded
//! articles. Other origins are refused; on any failure the page says what went wrong
//! and the embedded story stays on screen.

use crate::model::Extraction;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where a `?data=` load stands, for the message on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Load {
    /// No `?data=` in the URL.
    None,
    /// Fetching and parsing the document at this URL.
    Loading(String),
    /// Loaded: how many events came from which URL.
    Loaded(String, usize),
    /// Failed, with a message for a person.
    Failed(String),
}

/// The `data` parameter of the page's query string, if any.
pub fn requested() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("data").filter(|d| !d.trim().is_empty())
}

/// Starts loading the `?data=` document (if any), handing it to `show` once read and
/// reporting progress in `status`. The embedded document stays when anything fails.
pub fn load_from_query(show: impl Fn(Extraction) + 'static, status: RwSignal<Load>) {
    let Some(data) = requested() else {
        return;
    };
    status.set(Load::Loading(data.clone()));
    leptos::task::spawn_local(async move {
        match fetch_doc(&data).await {
            Ok(d) => {
                status.set(Load::Loaded(data, d.events.len()));
                show(d);
            }
            Err(e) => status.set(Load::Failed(format!(
                "Could not load the dataset “{data}”: {e} The embedded story is shown instead."
            ))),
        }
    });
}

/// Fetches a same-origin contract document and has the worker read it.
async fn fetch_doc(data: &str) -> Result<Extraction, String> {
    let window = web_sys::window().ok_or("no window.")?;
    let here = window.location().href().map_err(|_| "no page URL.")?;
    let url = web_sys::Url::new_with_base(data, &here).map_err(|_| "not a valid URL.")?;
    if url.origin() != window.location().origin().unwrap_or_default() {
        return Err(format!(
            "only datasets from this site can be loaded, not from {}.",
            url.origin()
        ));
    }
    let resp = JsFuture::from(window.fetch_with_str(&url.href()))
        .await
        .map_err(|_| "the server could not be reached.".to_string())?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| "no response.")?;
    if !resp.ok() {
        return Err(format!(
            "the server answered {} {}.",
            resp.status(),
            resp.status_text()
        ));
    }
    let text = JsFuture::from(resp.text().map_err(|_| "unreadable response.")?)
        .await
        .map_err(|_| "unreadable response.".to_string())?
        .as_string()
        .unwrap_or_default();
    // Read (parsed and checked) in the worker: the page's module has no JSON parser.
    super::extractor::read_dataset(text).await
}
