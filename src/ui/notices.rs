//! The notices drawn under the masthead (their data is [`super::notice_list`]), the error
//! boundary around fallible views, and the panic notice.
//!
//! Panics: the release profile uses `panic = "abort"` (wasm32 cannot unwind), so after a
//! panic the wasm instance is dead and no Leptos code runs again. [`install_panic_hook`]
//! therefore writes the notice from inside the hook itself, with plain DOM calls, into the
//! `<div id="fatal" role="alert" hidden>` that `index.html` ships (with a Reload link).
//! The page that was already drawn stays visible and readable.

use super::{
    erase::handler,
    notice_list::{Action, Level},
    state::use_state,
};
use leptos::prelude::*;

/// The list of notices, each with its action and a Dismiss button.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let notices = state.notices;
    view! {
        <section class="notices" aria-label="Messages" aria-live="polite">
            <For each=move || notices.get() key=|n| n.id let:notice>
                {
                    let id = notice.id;
                    let class = match notice.level {
                        Level::Info => "notice notice-info",
                        Level::Warning => "notice notice-warning",
                        Level::Error => "notice notice-error",
                    };
                    let role = (notice.level == Level::Error).then_some("alert");
                    let action = notice
                        .action
                        .map(|action| {
                            let label = match action {
                                Action::ClearStorage => "Clear saved data",
                            };
                            view! {
                                <button
                                    type="button"
                                    on:click=handler(move |_| match action {
                                        Action::ClearStorage => super::storage::clear(state),
                                    })
                                >
                                    {label}
                                </button>
                            }
                        });
                    view! {
                        <div class=class role=role>
                            <p>{notice.text}</p>
                            {action}
                            <button
                                type="button"
                                class="dismiss"
                                aria-label="Dismiss message"
                                on:click=handler(move |_| notices.update(|l| l.retain(|n| n.id != id)))
                            >
                                "Dismiss"
                            </button>
                        </div>
                    }
                }
            </For>
        </section>
    }
}

/// An error that a view inside [`Guard`] reports instead of drawing: a user-facing
/// message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub String);

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Problem {}

/// An error boundary: children that return `Err` are replaced by the error messages (as
/// an alert), and the rest of the app keeps working.
#[component]
pub fn Guard(
    /// The fallible views to guard.
    children: Children,
) -> impl IntoView {
    view! {
        <ErrorBoundary fallback=|errors| {
            view! {
                <div class="notice notice-error" role="alert">
                    <ul class="problems">
                        {move || {
                            errors
                                .get()
                                .into_iter()
                                .map(|(_, e)| view! { <li>{e.to_string()}</li> })
                                .collect_view()
                        }}
                    </ul>
                </div>
            }
        }>{children()}</ErrorBoundary>
    }
}

/// Installs a panic hook that logs to the console (console_error_panic_hook) and then
/// shows the pre-rendered `#fatal` alert with the panic message as text.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal(&info.to_string());
    }));
}

/// Writes `detail` into `#fatal-detail` and unhides `#fatal`. Plain DOM calls, text only,
/// no allocation-heavy work: this runs inside the panic hook.
pub fn show_fatal(detail: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = document.get_element_by_id("fatal-detail") {
        el.set_text_content(Some(detail));
    }
    if let Some(el) = document.get_element_by_id("fatal") {
        let _ = el.remove_attribute("hidden");
    }
}
