//! "Date unknown": the events the time axis cannot place (an undated report's
//! "Friday"), listed in a labelled strip under the timeline instead of being dropped.
//! Each is a button (Tab reaches it, Enter or Space selects it) that opens the same
//! detail panel as a mark on the timeline. The list is `crate::undated::undated`.

use super::erase::{dynamic, handler};
use super::state::use_state;
use crate::model::Extraction;
use leptos::prelude::*;

/// The strip; nothing is drawn when every event has a date.
#[component]
pub fn Undated(#[prop(into)] doc: Signal<Extraction>) -> impl IntoView {
    let state = use_state();
    let items = Memo::new(move |_| doc.with(crate::undated::undated));
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            let count = if list.len() == 1 {
                "1 event could not be placed on the time axis: its report gives no date \
                 and none could be inferred."
                    .to_string()
            } else {
                format!(
                    "{} events could not be placed on the time axis: their reports give no \
                     date and none could be inferred.",
                    list.len()
                )
            };
            let rows = list
                .into_iter()
                .map(|u| {
                    let id = u.id.clone();
                    let selected = {
                        let id = id.clone();
                        Memo::new(move |_| state.selected.with(|s| s.as_deref() == Some(&id)))
                    };
                    let pick = move |_| state.selected.set(Some(id.clone()));
                    view! {
                        <li>
                            <button
                                type="button"
                                class="undated-event"
                                class:selected=selected
                                data-event-id=u.id.clone()
                                aria-pressed=dynamic(move || {
                                    if selected.get() { "true" } else { "false" }
                                })
                                on:click=handler(pick)
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
        })
    }
}
