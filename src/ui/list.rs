//! The list view: every event as an accessible, sortable table, in sync with the
//! timeline selection — the alternative to the timeline for screen readers and skimmers.
//!
//! A long table is windowed (`windowing`): only the rows in view plus a margin are in the
//! DOM, between two hidden gap rows of the estimated height of the rest, so 10,000 events
//! cost a few dozen rows instead of 70,000 nodes. The table still says how many rows it
//! has (`aria-rowcount`, the header row included) and where each drawn row is
//! (`aria-rowindex`); the arrow keys, Page Up/Down, Home and End move the focus through
//! every row, scrolling the window, and the focused row stays drawn while the page scrolls.

use crate::geometry::css::num;
use crate::listing::{self, Column, Row};
use crate::windowing::{self, Slot};
use leptos::{ev, html, prelude::*};
use wasm_bindgen::JsCast;

use super::{
    erase::{choice, dynamic, handler, text},
    state::use_state,
};

/// The columns of the table (the gap rows span them all).
const COLUMNS: &str = "5";

/// A part of the table body as drawn: the row at `index` in table order, or (with no
/// `row`) a gap standing for `rows` undrawn rows from `index` on. One type for both, so
/// the list compiles into one row renderer.
#[derive(Clone, PartialEq)]
struct Part {
    index: usize,
    rows: usize,
    row: Option<Row>,
}

impl Part {
    /// What keys a drawn part: a row by index *and* id (its `aria-rowindex` is drawn once,
    /// so a row that moves in the order is drawn anew), a gap by its extent.
    fn key(&self) -> String {
        match &self.row {
            Some(r) => format!("{} {}", self.index, r.id),
            None => format!("{}+{}", self.index, self.rows),
        }
    }
}

/// The viewport's height, in CSS pixels.
fn viewport_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0)
}

/// The table-order index of the row an event happened in (`aria-rowindex` − 2: the
/// header row is row 1).
fn row_index_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let el = target?.dyn_into::<web_sys::Element>().ok()?;
    let tr = el.closest("tr[aria-rowindex]").ok()??;
    let n: usize = tr.get_attribute("aria-rowindex")?.parse().ok()?;
    n.checked_sub(2)
}

/// The drawn row at table-order `index`, if it is in the DOM.
fn drawn_row(body: &web_sys::HtmlElement, index: usize) -> Option<web_sys::Element> {
    body.query_selector(&format!("tr[aria-rowindex=\"{}\"]", index + 2))
        .ok()
        .flatten()
}

/// The events table. Column headers sort (again to reverse); an event's title selects it.
#[component]
pub fn EventList() -> impl IntoView {
    let state = use_state();
    let order = RwSignal::new((Column::Date, true));
    // Every shown event in the chosen order, as indexes (cheap to keep and to drop for
    // 100,000 events); a row's strings are built only when it is drawn.
    let all = Memo::new(move |_| {
        let (column, ascending) = order.get();
        state
            .shown
            .with(|doc| listing::order(doc, column, ascending))
    });
    let figures = Memo::new(move |_| state.shown.with(listing::figures));
    // The id of the event at position `at` of the order.
    let id_at = move |at: usize| {
        all.with_untracked(|order| {
            state
                .shown
                .with_untracked(|doc| order.get(at).map(|&i| doc.events[i].id.clone()))
        })
    };
    let body = NodeRef::<html::Tbody>::new();
    // Where the viewport is: its top's offset below the table body's top, and its height.
    let port = RwSignal::new((0.0_f64, viewport_height()));
    // The estimated height of a row, measured from the drawn rows.
    let row_px = RwSignal::new(windowing::DEFAULT_ROW_PX);
    // The id of the row holding the keyboard focus: it stays drawn (see `windowing::slots`).
    let focused = RwSignal::new(None::<String>);
    let range = Memo::new(move |_| {
        let (offset, height) = port.get();
        windowing::visible_range(all.with(Vec::len), offset, height, row_px.get())
    });
    let items = Memo::new(move |_| {
        state.shown.with(|doc| {
            let (order, figures) = (all.read(), figures.read());
            let pinned = focused.with(|f| {
                f.as_ref()
                    .and_then(|id| order.iter().position(|&i| doc.events[i].id == *id))
            });
            windowing::slots(order.len(), range.get(), pinned)
                .into_iter()
                .filter_map(|s| match s {
                    Slot::Row(index) => order.get(index).map(|&i| Part {
                        index,
                        rows: 1,
                        row: listing::row(doc, &figures, i),
                    }),
                    Slot::Gap { first, rows } => Some(Part {
                        index: first,
                        rows,
                        row: None,
                    }),
                })
                .collect::<Vec<_>>()
        })
    });

    // Reads where the viewport is; the range follows (a memo: no redraw unless it moves).
    let locate = move || {
        if let Some(tb) = body.get_untracked() {
            let top = tb.get_bounding_client_rect().top();
            port.set((-top, viewport_height()));
        }
    };
    // After each redraw: measure the drawn rows' average height (long tables only) and
    // where the viewport now is (the content above the table may have changed height).
    Effect::new(move |_| {
        items.track();
        request_animation_frame(move || {
            let Some(tb) = body.get_untracked() else {
                return;
            };
            if all.with_untracked(Vec::len) > windowing::WINDOW_FROM {
                if let Ok(rows) = tb.query_selector_all("tr[aria-rowindex]") {
                    let heights: Vec<f64> = (0..rows.length())
                        .filter_map(|i| rows.item(i)?.dyn_into::<web_sys::Element>().ok())
                        .map(|r| r.get_bounding_client_rect().height())
                        .collect();
                    if !heights.is_empty() {
                        let measured = heights.iter().sum::<f64>() / heights.len() as f64;
                        if windowing::should_remeasure(row_px.get_untracked(), measured) {
                            row_px.set(measured);
                        }
                    }
                }
            }
            locate();
        });
    });
    let scroll = window_event_listener(ev::scroll, move |_| locate());
    let resize = window_event_listener(ev::resize, move |_| locate());
    on_cleanup(move || {
        scroll.remove();
        resize.remove();
    });

    // Moves the keyboard focus to row `to`: pins it (so it is drawn), scrolls its estimated
    // place into view when it is outside the window, and focuses its title once drawn.
    let go_to = move |to: usize| {
        let Some(id) = id_at(to) else {
            return;
        };
        focused.set(Some(id));
        let Some(tb) = body.get_untracked() else {
            return;
        };
        if !range.get_untracked().contains(&to) {
            let win = window();
            let (y, vh, h) = (
                win.scroll_y().unwrap_or(0.0),
                viewport_height(),
                row_px.get_untracked(),
            );
            let top = tb.get_bounding_client_rect().top() + y;
            win.scroll_to_with_x_and_y(
                win.scroll_x().unwrap_or(0.0),
                top + to as f64 * h - (vh - h) / 2.0,
            );
            locate();
        }
        request_animation_frame(move || {
            let Some(tb) = body.get_untracked() else {
                return;
            };
            if let Some(tr) = drawn_row(&tb, to) {
                if let Some(button) = tr
                    .query_selector("button")
                    .ok()
                    .flatten()
                    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = button.focus();
                }
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                tr.scroll_into_view_with_scroll_into_view_options(&options);
            }
        });
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.alt_key() || e.meta_key() || e.shift_key() {
            return;
        }
        let Some(current) = row_index_of(e.target()) else {
            return;
        };
        let page = (viewport_height() / row_px.get_untracked()).floor() as usize;
        let total = all.with_untracked(Vec::len);
        if let Some(to) = windowing::key_target(&e.key(), current, total, page.saturating_sub(1)) {
            e.prevent_default();
            go_to(to);
        }
    };
    // Focus entering a row pins it; leaving the table body unpins.
    let on_focus_in = move |e: ev::FocusEvent| {
        let id = row_index_of(e.target()).and_then(id_at);
        if id.is_some() && focused.with_untracked(|f| *f != id) {
            focused.set(id);
        }
    };
    let on_focus_out = move |e: ev::FocusEvent| {
        let inside = match (e.related_target(), body.get_untracked()) {
            (Some(t), Some(tb)) => t
                .dyn_into::<web_sys::Node>()
                .is_ok_and(|n| tb.contains(Some(&n))),
            _ => false,
        };
        if !inside {
            focused.set(None);
        }
    };

    let header = move |column: Column| {
        let sort = choice(move || match order.get() {
            (c, true) if c == column => "ascending",
            (c, false) if c == column => "descending",
            _ => "none",
        });
        view! {
            <th scope="col" aria-sort=sort>
                <button
                    type="button"
                    class="sort"
                    on:click=handler(move |_| {
                        order
                            .update(|(c, asc)| {
                                if *c == column {
                                    *asc = !*asc;
                                } else {
                                    *c = column;
                                    *asc = true;
                                }
                            })
                    })
                >
                    {column.label()}
                </button>
            </th>
        }
    };
    let draw = move |part: Part| {
        let Part { index, rows, row } = part;
        let id = row.as_ref().map(|r| r.id.clone());
        let selected = {
            let id = id.clone();
            Memo::new(move |_| state.selected.with(|s| id.is_some() && *s == id))
        };
        let gap = row.is_none();
        let cells = row.map(|row| {
            let pick = move |_| state.selected.set(Some(row.id.clone()));
            view! {
                <td class="nowrap">{row.date}</td>
                <th scope="row">
                    <button
                        type="button"
                        class="link"
                        aria-current=dynamic(move || selected.get().then_some("true"))
                        on:click=handler(pick)
                    >
                        {row.title}
                    </button>
                </th>
                <td data-label="Kind">{row.kind}</td>
                <td data-label="Figures">{row.figures}</td>
                <td data-label="Sources">{row.sources}</td>
            }
        });
        view! {
            <tr
                class:selected=selected
                class:gap=gap
                data-row-id=id
                aria-rowindex=(!gap).then(|| (index + 2).to_string())
                aria-hidden=gap.then_some("true")
                style:height=text(move || {
                    if gap { format!("{}px", num(rows as f64 * row_px.get())) } else { String::new() }
                })
            >
                {cells}
                {gap.then(|| view! { <td colspan=COLUMNS></td> })}
            </tr>
        }
    };
    view! {
        <section class="event-list" aria-labelledby="event-list-heading">
            <h2 id="event-list-heading" tabindex="-1">"All events"</h2>
            <table
                data-testid="event-table"
                aria-rowcount=text(move || (all.with(Vec::len) + 1).to_string())
            >
                <caption class="visually-hidden">
                    "Every event the extractor found, with its casualty figures and sources. Sort by a column header; choose an event to select it on the timeline. The arrow keys, Page Up, Page Down, Home and End move between events."
                </caption>
                <thead>
                    <tr aria-rowindex="1">
                        {header(Column::Date)}
                        {header(Column::Title)}
                        {header(Column::Kind)}
                        <th scope="col">"Figures"</th>
                        {header(Column::Sources)}
                    </tr>
                </thead>
                <tbody
                    node_ref=body
                    on:keydown=handler(on_key)
                    on:focusin=handler(on_focus_in)
                    on:focusout=handler(on_focus_out)
                >
                    <For each=move || items.get() key=Part::key children=draw />
                </tbody>
            </table>
        </section>
    }
}
