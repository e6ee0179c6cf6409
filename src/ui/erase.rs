//! Type-erased reactive values, to keep the wasm bundle small.
//!
//! Leptos instantiates its whole reactive machinery (a render effect, its build and
//! rebuild closures, drop glue) once per closure *type*, and every `move || …` closure has
//! a type of its own: a page with a hundred reactive attributes carries a hundred copies.
//! Boxed behind `dyn Fn`, all closures with the same output share one instantiation; only
//! their bodies remain. Use these for reactive attributes, classes, styles and children:
//!
//! ```ignore
//! style:left=text(move || format!("{}%", fixed(pct(view.get().start), 3)))
//! class:selected=flag(move || is_sel.get())
//! {dyn_view(move || body().into_any())}
//! ```

use leptos::prelude::*;

/// A reactive value of type `T` behind one shared closure type per `T`.
pub type Dyn<T> = Box<dyn Fn() -> T + Send + Sync>;

/// Boxes a reactive value: `f` is re-run whenever a signal it reads changes.
pub fn dynamic<T>(f: impl Fn() -> T + Send + Sync + 'static) -> Dyn<T> {
    Box::new(f)
}

/// A reactive string (attribute value, style value or text).
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Dyn<String> {
    Box::new(f)
}

/// A reactive flag (a `class:` toggle).
pub fn flag(f: impl Fn() -> bool + Send + Sync + 'static) -> Dyn<bool> {
    Box::new(f)
}

/// A reactive static string (an attribute that switches between fixed values).
pub fn choice(f: impl Fn() -> &'static str + Send + Sync + 'static) -> Dyn<&'static str> {
    Box::new(f)
}

/// A reactive child view, type-erased.
pub fn dyn_view(f: impl Fn() -> AnyView + Send + Sync + 'static) -> Dyn<AnyView> {
    Box::new(f)
}

/// An event handler behind one shared closure type per event type, for `on:` attributes
/// (each handler type otherwise brings its own attach and dispatch glue).
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}
