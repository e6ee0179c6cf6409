//! The page's side of the extraction Web Worker (`src/bin/worker.rs`): started on first
//! use, then kept. [`extract`] posts the user's articles, [`read_dataset`] a dataset's
//! JSON text, [`export`] the document on screen, [`load`] the saved articles' stored
//! text, and each resolves with what the worker sends back (a compact document, a
//! file's text, or the saved articles), so neither extraction nor JSON reading nor CSV
//! work runs on the page, nor is in its module.
//!
//! The worker script is Trunk's loader beside the page, named in the boot script's
//! `data-worker` attribute (with a content hash, `scripts/hash-names.mjs`), or, in the
//! single-file build (`scripts/inline-single.mjs`), the text of
//! `<script id="dateline-worker">` turned into a `blob:` URL. A worker that fails to load or crashes answers every
//! waiting request with an error and is replaced on the next request.

use crate::{
    model::Extraction,
    store::{LoadOutcome, Saved},
    worker_job::{Answer, File, Format, Job, Reply, Request},
};
use std::{cell::RefCell, collections::HashMap, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{js_sys, Blob, BlobPropertyBag, ErrorEvent, MessageEvent, Url, Worker};

/// The worker script next to the page (Trunk's loader shim for the `worker` binary) when
/// no `data-worker` attribute names it: its name before the build hook adds a hash.
const WORKER_SCRIPT: &str = "worker_loader.js";

/// A running worker and the requests waiting for it.
struct Client {
    worker: Worker,
    /// True once the worker said "ready"; until then requests wait in `queue`.
    ready: bool,
    queue: Vec<Vec<u8>>,
    /// Resolvers of the promises that [`extract`] awaits, by sequence number.
    waiting: HashMap<u32, js_sys::Function>,
    next_seq: u32,
    /// The worker's event handlers, kept alive with it.
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
}

thread_local! {
    static CLIENT: RefCell<Option<Rc<RefCell<Client>>>> = const { RefCell::new(None) };
}

/// Extracts the embedded story plus `saved` in the worker.
pub async fn extract(saved: &Saved) -> Result<Extraction, String> {
    document(ask(Job::Extract(saved.clone())).await)
}

/// Reads a dataset's JSON text in the worker (checked as every way in is checked); the
/// error is a message for a person.
pub async fn read_dataset(text: String) -> Result<Extraction, String> {
    document(ask(Job::Dataset(text)).await)
}

/// Writes `doc` as a file in `format`, in the worker.
pub async fn export(format: Format, doc: Extraction) -> Result<File, String> {
    match ask(Job::Export(format, doc)).await? {
        Answer::File(file) => Ok(file),
        _ => Err(UNREADABLE.to_string()),
    }
}

/// Reads the saved articles' stored JSON text in the worker ([`crate::store::load`]), so
/// the page's module has no JSON reader.
pub async fn load(raw: String) -> Result<LoadOutcome, String> {
    match ask(Job::Load(raw)).await? {
        Answer::Loaded(outcome) => Ok(outcome),
        _ => Err(UNREADABLE.to_string()),
    }
}

/// What the page says when the worker's answer is not what was asked for.
const UNREADABLE: &str = "The extractor's answer could not be read.";

/// The document an answer carries.
fn document(answer: Result<Answer, String>) -> Result<Extraction, String> {
    match answer? {
        Answer::Document(doc) => Ok(doc),
        _ => Err(UNREADABLE.to_string()),
    }
}

/// Posts `job` (its bytes, transferred) and waits for the worker's reply.
async fn ask(job: Job) -> Result<Answer, String> {
    let client = client()?;
    let (seq, raw_request) = {
        let mut c = client.borrow_mut();
        c.next_seq = c.next_seq.wrapping_add(1);
        let seq = c.next_seq;
        (seq, Request { seq, job }.encode())
    };
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let mut c = client.borrow_mut();
        c.waiting.insert(seq, resolve);
        if c.ready {
            post(&c.worker, &raw_request);
        } else {
            c.queue.push(raw_request.clone());
        }
    });
    let answer = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
        .map(|bytes| bytes.to_vec())
        .unwrap_or_default();
    match Reply::decode(&answer) {
        Some(reply) => reply.result,
        None => Err(UNREADABLE.to_string()),
    }
}

/// Posts a request's bytes to the worker, handing their buffer over.
fn post(worker: &Worker, request: &[u8]) {
    let bytes = js_sys::Uint8Array::from(request);
    let _ = worker.post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
}

/// The running worker, started if there is none.
fn client() -> Result<Rc<RefCell<Client>>, String> {
    if let Some(c) = CLIENT.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let worker = Worker::new(&script_url()?)
        .map_err(|_| "The extractor could not be started in this browser.".to_string())?;
    let client = Rc::new(RefCell::new(Client {
        worker: worker.clone(),
        ready: false,
        queue: Vec::new(),
        waiting: HashMap::new(),
        next_seq: 0,
        _handlers: Vec::new(),
    }));
    let on_message = {
        let client = Rc::clone(&client);
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            on_answer(&client, event.unchecked_into::<MessageEvent>().data());
        })
    };
    let on_error = {
        let client = Rc::clone(&client);
        Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let detail = event
                .dyn_ref::<ErrorEvent>()
                .map(ErrorEvent::message)
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "it could not be loaded".to_string());
            fail(&client, &format!("The extractor stopped: {detail}."));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    client.borrow_mut()._handlers = vec![on_message, on_error];
    CLIENT.with(|c| *c.borrow_mut() = Some(Rc::clone(&client)));
    Ok(client)
}

/// Handles one message from the worker: "ready", or a reply (bytes) to a waiting request.
fn on_answer(client: &Rc<RefCell<Client>>, data: JsValue) {
    let mut c = client.borrow_mut();
    if data.as_string().as_deref() == Some("ready") {
        c.ready = true;
        for request in std::mem::take(&mut c.queue) {
            post(&c.worker, &request);
        }
        return;
    }
    let seq = data
        .dyn_ref::<js_sys::Uint8Array>()
        .filter(|bytes| bytes.length() >= 4)
        .and_then(|bytes| crate::worker_job::seq_of(&bytes.subarray(0, 4).to_vec()));
    if let Some(resolve) = seq.and_then(|seq| c.waiting.remove(&seq)) {
        drop(c);
        let _ = resolve.call1(&JsValue::NULL, &data);
    }
}

/// Answers every waiting request with `message` and drops the worker, so the next
/// request starts a fresh one.
fn fail(client: &Rc<RefCell<Client>>, message: &str) {
    let waiting: Vec<_> = {
        let mut c = client.borrow_mut();
        c.worker.terminate();
        c.queue.clear();
        c.waiting.drain().collect()
    };
    CLIENT.with(|c| {
        let mut slot = c.borrow_mut();
        if slot.as_ref().is_some_and(|s| Rc::ptr_eq(s, client)) {
            *slot = None;
        }
    });
    for (seq, resolve) in waiting {
        let reply = Reply {
            seq,
            result: Err(message.to_string()),
        };
        let bytes = js_sys::Uint8Array::from(reply.encode().as_slice());
        let _ = resolve.call1(&JsValue::NULL, &bytes);
    }
}

/// Where the worker script is: a `blob:` URL of the inlined worker in the single-file
/// build, else the loader beside the page that `<script data-worker="…">` names.
fn script_url() -> Result<String, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    if let Some(inlined) = document.get_element_by_id("dateline-worker") {
        let source = inlined.text_content().unwrap_or_default();
        let parts = js_sys::Array::of1(&JsValue::from_str(&source));
        let options = BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options)
            .map_err(|_| "The extractor could not be prepared.".to_string())?;
        return Url::create_object_url_with_blob(&blob)
            .map_err(|_| "The extractor could not be prepared.".to_string());
    }
    let base = document
        .base_uri()
        .ok()
        .flatten()
        .ok_or("no page address")?;
    let script = document
        .query_selector("script[data-worker]")
        .ok()
        .flatten()
        .and_then(|tag| tag.get_attribute("data-worker"))
        .unwrap_or_else(|| WORKER_SCRIPT.to_string());
    Url::new_with_base(&script, &base)
        .map(|u| u.href())
        .map_err(|_| "The extractor's address is not valid.".to_string())
}
