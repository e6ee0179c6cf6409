//! Casualty cards, drawn from `crate::cards`. (Built in its own issue.)

use leptos::prelude::*;

/// One card per incident with casualty figures.
#[component]
pub fn Cards() -> impl IntoView {
    view! { <section class="cards" aria-label="Casualty cards"></section> }
}
