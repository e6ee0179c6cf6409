//! The list view: every event as an accessible, sortable table, in sync with the
//! timeline selection — the alternative to the timeline for screen readers and skimmers.

use crate::listing::{self, Column};
use leptos::prelude::*;

use super::{
    erase::{choice, dynamic, handler},
    state::use_state,
};

/// How many rows the list draws at first, and how many more each "Show more" adds.
const ROWS_AT_ONCE: usize = 300;

/// The events table. Column headers sort (again to reverse); an event's title selects it.
#[component]
pub fn EventList() -> impl IntoView {
    let state = use_state();
    let order = RwSignal::new((Column::Date, true));
    // Rows drawn: the first `limit` in the chosen order. A list of thousands of rows is
    // read by searching, not scrolling, and drawing them all costs the page more than
    // anything else (seven DOM nodes a row, rebuilt on every search).
    let limit = RwSignal::new(ROWS_AT_ONCE);
    // The order of every shown event (indexes, cheap to keep and drop), and the rows
    // drawn, built only for the first `limit` of it.
    let all = Memo::new(move |_| {
        let (column, ascending) = order.get();
        state
            .shown
            .with(|doc| listing::order(doc, column, ascending))
    });
    let figures = Memo::new(move |_| state.shown.with(listing::figures));
    let rows = Memo::new(move |_| {
        let n = limit.get();
        state.shown.with(|doc| {
            figures.with(|f| {
                all.with(|order| {
                    order
                        .iter()
                        .take(n)
                        .filter_map(|&i| listing::row(doc, f, i))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let more = move || {
        let (total, n) = (all.with(Vec::len), limit.get());
        (total > n).then(|| {
            view! {
                <p class="list-more" role="status">
                    {format!(
                        "Showing the first {n} of {total} events in this order; search or filter to find one. ",
                    )}
                    <button type="button" on:click=move |_| limit.update(|l| *l += ROWS_AT_ONCE)>
                        {format!("Show {} more", ROWS_AT_ONCE.min(total - n))}
                    </button>
                </p>
            }
        })
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
    view! {
        <section class="event-list" aria-labelledby="event-list-heading">
            <h2 id="event-list-heading" tabindex="-1">"All events"</h2>
            <table data-testid="event-table">
                <caption class="visually-hidden">
                    "Every event the extractor found, with its casualty figures and sources. Sort by a column header; choose an event to select it on the timeline."
                </caption>
                <thead>
                    <tr>
                        {header(Column::Date)}
                        {header(Column::Title)}
                        {header(Column::Kind)}
                        <th scope="col">"Figures"</th>
                        {header(Column::Sources)}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|r| r.id.clone() let:row>
                        {
                            let id = row.id.clone();
                            let selected = {
                                let id = id.clone();
                                Memo::new(move |_| {
                                    state.selected.with(|s| s.as_deref() == Some(id.as_str()))
                                })
                            };
                            let pick = {
                                let id = id.clone();
                                move |_| state.selected.set(Some(id.clone()))
                            };
                            view! {
                                <tr class:selected=selected data-row-id=id>
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
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
            {more}
        </section>
    }
}
