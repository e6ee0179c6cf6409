//! "Date unknown": the events the time axis cannot place (an undated report's
//! "Friday"), listed in a labelled strip under the timeline instead of being dropped.
//! Each is a button (Tab reaches it, Enter or Space selects it) that opens the same
//! detail panel as a mark on the timeline. The list is `crate::undated::undated`.

use super::erase::{choice, dyn_view, flag, handler};
use super::state::use_state;
use crate::model::Extraction;
use leptos::prelude::*;

/// The strip; nothing is drawn when every event has a date. Its reactive parts go
/// through `erase`, so it adds little to the page's wasm.
#[component]
pub fn Undated(#[prop(into)] doc: Signal<Extraction>) -> impl IntoView {
    let state = use_state();
    // Redrawn when the document changes (a selection only toggles the buttons' state).
    dyn_view(move || {
        let list = doc.with(crate::undated::undated);
        if list.is_empty() {
            return ().into_any();
        }
        let count = match list.len() {
            1 => "1 event could not be placed on the time axis: its report gives no date \
                  and none could be inferred."
                .to_string(),
            n => format!(
                "{n} events could not be placed on the time axis: their reports give no \
                 date and none could be inferred."
            ),
        };
        let rows = list
            .into_iter()
            .map(|u| {
                let id = u.id;
                let is_selected = {
                    let id = id.clone();
                    move || state.selected.with(|s| s.as_deref() == Some(id.as_str()))
                };
                let pressed = {
                    let is_selected = is_selected.clone();
                    choice(move || if is_selected() { "true" } else { "false" })
                };
                let pick = {
                    let id = id.clone();
                    handler(move |_: leptos::ev::MouseEvent| state.selected.set(Some(id.clone())))
                };
                view! {
                    <li>
                        <button
                            type="button"
                            class="undated-event"
                            class:selected=flag(is_selected)
                            data-event-id=id
                            aria-pressed=pressed
                            on:click=pick
                        >
                            <span class="undated-when">{u.when}</span>
                            <span class="undated-title">{u.title}</span>
                            <span class="undated-outlets">{u.outlets.join(", ")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="undated" aria-labelledby="undated-heading" data-testid="undated">
                <h2 id="undated-heading">"Date unknown"</h2>
                <p class="undated-note">{count}</p>
                <ul class="undated-list">{rows}</ul>
            </section>
        }
        .into_any()
    })
}
