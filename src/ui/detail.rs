//! The detail panel of the selected event: its date and how it was resolved, its title,
//! the sentence of every source article with the outlet, and the casualty figures it
//! carries (each a button that marks the figure's sentence in the reader).

use super::{
    erase::{dynamic, handler},
    state::use_state,
};
use crate::{
    model::{Casualty, Extraction, Group, Mention, Outcome, Qualifier},
    story::{self, Story},
};
use leptos::prelude::*;

/// The selected event's date, title and sources; a hint when nothing is selected.
#[component]
pub fn Detail() -> impl IntoView {
    let state = use_state();
    let story = Memo::new(move |_| state.doc.with(Story::new));
    // The story position of the selected event, or for an event the time axis cannot
    // place ("date unknown") its index in the document. The story (a sort of every
    // event) is built only once something is selected.
    let shown = move || {
        let id = state.selected.get()?;
        story
            .with(|s| s.position(&id))
            .map(Pos::Placed)
            .or_else(|| {
                state.doc.with(|d| {
                    d.events
                        .iter()
                        .position(|e| e.id == id && crate::undated::is_undated(e))
                        .map(Pos::Undated)
                })
            })
    };
    let empty = dynamic(move || {
        shown().is_none().then(|| {
            view! {
                <p class="detail-empty">
                    "Select an event on the timeline (click it, or press ] to start the story) to see its date, sources and figures."
                </p>
            }
            .into_any()
        })
    });
    // A one-item keyed list: each new selection or document draws the panel afresh, so
    // no code to rebuild a panel in place is compiled.
    let generation = StoredValue::new(0_u64);
    // Keyboard users inside the panel (e.g. on "Show in article") who press ] keep their
    // place: the new panel's title takes the focus the old panel had.
    let section = NodeRef::<leptos::html::Section>::new();
    let refocus = StoredValue::new(false);
    let each = move || {
        let pos = shown();
        state.doc.track();
        generation.update_value(|g| *g += 1);
        refocus.set_value(focus_inside(section));
        pos.map(|p| (generation.get_value(), p))
    };
    // On a narrow screen the panel is below the timeline, out of sight: a selection made
    // there (not the one a link starts with) scrolls it into view; "Back to the
    // timeline" returns.
    Effect::new(move |prev: Option<()>| {
        let picked = state.selected.get().is_some();
        if prev.is_some() && picked && narrow() {
            request_animation_frame(move || {
                if let Some(s) = section.get_untracked() {
                    s.scroll_into_view();
                }
            });
        }
    });
    let back = move |_| back_to_timeline(state.selected.get_untracked());
    view! {
        <section class="detail" aria-label="Selected event" data-testid="detail" node_ref=section>
            {move || {
                state
                    .selected
                    .with(Option::is_some)
                    .then(|| {
                        view! {
                            <button type="button" class="detail-back" on:click=handler(back)>
                                "↑ Back to the timeline"
                            </button>
                        }
                    })
            }}
            {empty}
            <For
                each=each
                key=|(g, _)| *g
                children=move |(_, pos)| {
                    if refocus.get_value() {
                        request_animation_frame(move || focus_title(section));
                    }
                    state
                        .doc
                        .with_untracked(|doc| {
                            story.with_untracked(|s| panel(doc, s, pos, state.marked))
                        })
                }
            />
        </section>
    }
}

/// True on a screen narrow enough to stack the panes (the CSS breakpoint).
fn narrow() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .is_some_and(|w| w <= 800.0)
}

/// Scrolls the timeline into view and focuses the selected event's mark on it.
fn back_to_timeline(selected: Option<String>) {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(tl)) = doc.query_selector("[data-testid=timeline]") {
        tl.scroll_into_view();
    }
    let mark = selected.and_then(|id| {
        let list = doc
            .query_selector_all("[data-testid=timeline] [data-event-id]")
            .ok()?;
        (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|el| el.get_attribute("data-event-id").as_deref() == Some(id.as_str()))
    });
    if let Some(mark) = mark {
        let _ = mark.focus();
    }
}

/// True when the focused element is inside `section`.
fn focus_inside(section: NodeRef<leptos::html::Section>) -> bool {
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    section
        .get_untracked()
        .is_some_and(|s| active.is_some_and(|a| s.contains(Some(&a))))
}

/// Focuses the panel's title (focusable by script only).
fn focus_title(section: NodeRef<leptos::html::Section>) {
    use wasm_bindgen::JsCast;
    let title = section
        .get_untracked()
        .and_then(|s| s.query_selector(".detail-title").ok().flatten())
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(title) = title {
        let _ = title.focus();
    }
}

/// Where the selected event is: on the time axis (its story position), or listed under
/// "Date unknown" (its index in the document).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Pos {
    Placed(usize),
    Undated(usize),
}

/// The panel for the event at `pos`.
fn panel(
    doc: &Extraction,
    s: &Story,
    pos: Pos,
    marked: RwSignal<Option<Mention>>,
) -> Option<impl IntoView> {
    let (event, kicker, date) = match pos {
        Pos::Placed(pos) => {
            let entry = s.entries.get(pos)?;
            (
                doc.events.get(entry.event)?,
                format!(
                    "Event {} of {} · {} lane",
                    pos + 1,
                    s.entries.len(),
                    entry.lane.label()
                ),
                entry.date_label(),
            )
        }
        Pos::Undated(i) => {
            let event = doc.events.get(i)?;
            (
                event,
                "Date unknown · not on the time axis".to_string(),
                crate::undated::when(doc, event),
            )
        }
    };
    let resolution = story::resolution(doc, event);
    // One entry per article (first mention first), each with its sentences.
    let mut articles: Vec<&str> = Vec::new();
    for m in &event.mentions {
        if !articles.contains(&m.article.as_str()) {
            articles.push(&m.article);
        }
    }
    let sources = articles
        .into_iter()
        .map(|article| {
            let outlet = story::outlet(doc, article);
            let quotes = event
                .mentions
                .iter()
                .filter(|m| m.article == article)
                .map(|m| {
                    let text = story::sentence(doc, m);
                    let m = m.clone();
                    view! {
                        <li class="detail-quote-row">
                            <q class="detail-quote">{text.unwrap_or_else(|| "(text not available)".into())}</q>
                            " "
                            <button type="button" class="detail-show" on:click=handler(move |_| marked.set(Some(m.clone())))>
                                "Show in article"
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="detail-source">
                    <span class="detail-outlet">{outlet}</span>
                    <ul class="detail-quotes">{quotes}</ul>
                </li>
            }
        })
        .collect_view();
    let figures: Vec<&Casualty> = event
        .casualties
        .iter()
        .filter_map(|id| doc.casualties.iter().find(|c| &c.id == id))
        .collect();
    let figures_view = (!figures.is_empty()).then(|| {
        let items = figures
            .into_iter()
            .map(|c| {
                let label = figure_label(c);
                let outlet = story::outlet(doc, &c.article);
                let m = Mention {
                    article: c.article.clone(),
                    start: c.start,
                    end: c.end,
                };
                view! {
                    <li>
                        <button type="button" class="detail-figure" on:click=handler(move |_| marked.set(Some(m.clone())))>
                            {label}
                            <span class="detail-figure-src">{format!(" — {outlet}")}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>"Casualty figures"</h3>
            <ul class="detail-figures">{items}</ul>
        }
    });
    Some(view! {
        <p class="detail-kicker">{kicker}</p>
        <h2 class="detail-title" tabindex="-1">
            <time class="detail-date" class:date-unknown=matches!(pos, Pos::Undated(_))>{date}</time>
            " — "
            {event.title.clone()}
        </h2>
        {resolution.map(|r| view! { <p class="detail-resolution" data-testid="resolution">{r}</p> })}
        <h3>"Sources"</h3>
        {event.mentions.is_empty().then(|| view! {
            <p class="detail-empty">"This dataset gives no source sentences for this event."</p>
        })}
        <ul class="detail-sources">{sources}</ul>
        {figures_view}
    })
}

/// A casualty figure in words: "at least 15 militants killed (hurt in falls)".
pub fn figure_label(c: &Casualty) -> String {
    let q = match c.qualifier {
        Qualifier::Exact => "",
        Qualifier::AtLeast => "at least ",
        Qualifier::MoreThan => "more than ",
        Qualifier::About => "about ",
        Qualifier::UpTo => "up to ",
    };
    let who = match c.group {
        Group::UsForces => "US forces",
        Group::PartnerForces => "partner forces",
        Group::Militants => "militants",
        Group::Civilians => "civilians",
        Group::Other => "people",
    };
    let what = match c.outcome {
        Outcome::Killed => "killed",
        Outcome::Injured => "injured",
        Outcome::Captured => "captured",
    };
    let note = c
        .note
        .as_ref()
        .map(|n| format!(" ({n})"))
        .unwrap_or_default();
    format!("{q}{} {who} {what}{note}", c.count)
}
