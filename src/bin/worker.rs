//! The extraction Web Worker: Trunk builds this binary as a second, separate wasm module
//! (`index.html`, `data-type="worker"`) that the page starts only when the user's
//! articles need extracting. The page's own module then carries no extractor, and a
//! long article is extracted off the main thread, so the page stays responsive.
//!
//! The work itself is [`dateline::worker_job::answer`]: one posted request's bytes in,
//! the reply's bytes posted back. On other targets this binary only says what it is.

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use web_sys::{js_sys, DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let raw = event
            .data()
            .dyn_into::<js_sys::Uint8Array>()
            .map(|bytes| bytes.to_vec())
            .unwrap_or_default();
        let reply = dateline::worker_job::answer(&raw);
        // The reply's bytes, their buffer handed over rather than copied. Posting to the
        // page cannot fail once the worker is running.
        let bytes = js_sys::Uint8Array::from(reply.as_slice());
        let _ = reply_to.post_message_with_transfer(&bytes, &js_sys::Array::of1(&bytes.buffer()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    // Tell the page the worker is ready, so requests posted earlier are not lost.
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "worker: this is Dateline's in-browser extraction worker; run `extract` for the \
         command-line extractor."
    );
    std::process::exit(2);
}
