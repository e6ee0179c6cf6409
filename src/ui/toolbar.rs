//! The masthead's actions: import and export. (Built in its own issue.)

use leptos::prelude::*;

/// Import and export buttons.
#[component]
pub fn Toolbar() -> impl IntoView {
    view! { <nav class="toolbar" aria-label="Actions"></nav> }
}
