//! The masthead's actions: Import (a dialog; files can also be dropped on the page) and
//! Export (JSON, CSV, TimelineJS3).

use super::{export::ExportMenu, import::Import};
use leptos::prelude::*;

/// Import and export actions.
#[component]
pub fn Toolbar() -> impl IntoView {
    view! {
        <nav class="toolbar" aria-label="Actions">
            <Import />
            <ExportMenu />
        </nav>
    }
}
