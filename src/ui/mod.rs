//! The browser edge: Leptos 0.8 components (client-side rendering) that draw the pure
//! core's values and forward input. State lives at the top ([`state`], created by
//! [`app::App`]); components are thin.

pub mod app;
pub mod cards;
pub mod dataset;
pub mod detail;
pub mod erase;
pub mod export;
pub mod extractor;
pub mod import;
pub mod list;
pub mod notice_list;
pub mod notices;
pub mod reader;
pub mod search;
pub mod state;
pub mod storage;
pub mod theme;
pub mod timeline;
pub mod toolbar;
pub mod undated;
pub mod url;
pub mod working;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    notices::install_panic_hook();
    app::mount();
}
