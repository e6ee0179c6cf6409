//! The detail panel of the selected event. (Built with the interactive timeline.)

use leptos::prelude::*;

/// The selected event's date, title and sources; empty when nothing is selected.
#[component]
pub fn Detail() -> impl IntoView {
    view! { <section class="detail" aria-label="Selected event"></section> }
}
