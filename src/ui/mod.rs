//! Leptos components (client-side rendering).
