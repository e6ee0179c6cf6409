//! The article reader: every article's text with its dates, figures and event
//! sentences highlighted. (Built in its own issue.)

use leptos::prelude::*;

/// Every article on screen, as text.
#[component]
pub fn Reader() -> impl IntoView {
    view! { <section class="reader" aria-label="Articles"></section> }
}
