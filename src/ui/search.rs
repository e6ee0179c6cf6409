//! The search box and filters above the timeline: they set `AppState::filter`, which
//! narrows the timeline, the list and the cards together (`AppState::shown`) and lives
//! in the URL fragment. `/` focuses the box, Escape clears it, Enter selects the best
//! match; a live count says how many events are shown.

use super::{erase::handler, state::use_state, timeline::typing, url};
use crate::{
    model::Outcome,
    naming::source_name,
    search::{Filter, LANES, PRECISIONS},
};
use leptos::{ev, prelude::*};

/// How long after a document is shown its search index is built (time for the page to
/// draw first).
const INDEX_AFTER_MS: u64 = 400;

/// The search box, the filters and the count of what they leave.
#[component]
pub fn SearchBar() -> impl IntoView {
    let state = use_state();
    let input = NodeRef::<leptos::html::Input>::new();
    // A change of filter: the state, then the URL (in place: typing is not history).
    let set = move |f: Filter| {
        state.filter.set(f.clone());
        let mut frag = url::read();
        frag.filter = f;
        url::write(&frag, false);
    };
    let edit = move |change: &dyn Fn(&mut Filter)| {
        let mut f = state.filter.get_untracked();
        change(&mut f);
        set(f);
    };

    // The index of each new document is built while the page is idle, so the first
    // keystroke only searches it.
    // `data-index="ready"` on the box says it is built (benchmarks wait for it).
    let index_ready = RwSignal::new(false);
    Effect::new(move |_| {
        state.base.track();
        index_ready.set(false);
        set_timeout(
            move || {
                state.index.with_untracked(|_| ());
                index_ready.set(true);
            },
            std::time::Duration::from_millis(INDEX_AFTER_MS),
        );
    });

    // `/` anywhere (not while typing) focuses the search box.
    let slash = window_event_listener(ev::keydown, move |e| {
        if e.key() == "/" && !e.ctrl_key() && !e.meta_key() && !e.alt_key() && !typing(&e) {
            if let Some(el) = input.get_untracked() {
                e.prevent_default();
                let _ = el.focus();
            }
        }
    });
    on_cleanup(move || slash.remove());

    let on_key = move |e: ev::KeyboardEvent| match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            edit(&|f| f.query.clear());
        }
        // The best match (the list is ranked) becomes the selection.
        "Enter" => {
            e.prevent_default();
            let best = state.filter.with_untracked(|f| {
                state.base.with_untracked(|base| {
                    state.index.with_untracked(|index| {
                        f.matches(base, index)
                            .first()
                            .map(|&i| base.events[i].id.clone())
                    })
                })
            });
            if let Some(id) = best {
                state.selected.set(Some(id));
            }
        }
        _ => {}
    };

    let count = move || {
        let shown = state.shown.with(|d| d.events.len());
        let all = state.base_events.get();
        if state.filter.with(Filter::is_empty) {
            format!("{all} event{}", if all == 1 { "" } else { "s" })
        } else {
            format!(
                "{shown} of {all} event{} shown",
                if all == 1 { "" } else { "s" }
            )
        }
    };
    let sources = Memo::new(move |_| {
        state.doc.with(|d| {
            let mut names: Vec<String> = d
                .articles
                .iter()
                .map(|a| source_name(Some(a), &a.id))
                .collect();
            names.sort();
            names.dedup();
            names
        })
    });
    let active = move || state.filter.with(|f| !f.is_empty());

    view! {
        <div class="search-bar" role="search" aria-label="Find events">
            <label class="search-box">
                <span class="visually-hidden">"Search events"</span>
                <input
                    type="search"
                    node_ref=input
                    placeholder="Search events, places, people, outlets  ( / )"
                    aria-keyshortcuts="/"
                    data-index=move || if index_ready.get() { "ready" } else { "building" }
                    prop:value=move || state.filter.with(|f| f.query.clone())
                    on:input=move |e| {
                        let q = event_target_value(&e);
                        edit(&|f| f.query = q.clone());
                    }
                    on:keydown=handler(on_key)
                />
            </label>
            <details class="filters">
                <summary>"Filters"</summary>
                <fieldset>
                    <legend>"Lanes"</legend>
                    {LANES
                        .iter()
                        .map(|&lane| {
                            view! {
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=move || state.filter.with(|f| f.lanes.iter().any(|l| l == lane))
                                        on:change=move |e| {
                                            let on = event_target_checked(&e);
                                            edit(&|f| {
                                                f.lanes.retain(|l| l != lane);
                                                if on {
                                                    f.lanes.push(lane.to_string());
                                                }
                                            });
                                        }
                                    />
                                    {format!(" {lane}")}
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <label>
                    "Source "
                    <select on:change=move |e| {
                        let v = event_target_value(&e);
                        edit(&|f| f.source = (!v.is_empty()).then(|| v.clone()));
                    }>
                        <option value="" selected=move || state.filter.with(|f| f.source.is_none())>"any"</option>
                        <For each=move || sources.get() key=|s| s.clone() let:name>
                            {
                                let value = name.clone();
                                let is = name.clone();
                                view! {
                                    <option
                                        value=value
                                        selected=move || state.filter.with(|f| f.source.as_deref() == Some(is.as_str()))
                                    >
                                        {name}
                                    </option>
                                }
                            }
                        </For>
                    </select>
                </label>
                <label>
                    "Casualties "
                    <select on:change=move |e| {
                        let v = event_target_value(&e);
                        edit(&|f| {
                            f.outcome = match v.as_str() {
                                "killed" => Some(Outcome::Killed),
                                "injured" => Some(Outcome::Injured),
                                _ => None,
                            }
                        });
                    }>
                        <option value="" selected=move || state.filter.with(|f| f.outcome.is_none())>"any"</option>
                        <option value="killed" selected=move || state.filter.with(|f| f.outcome == Some(Outcome::Killed))>"people killed"</option>
                        <option value="injured" selected=move || state.filter.with(|f| f.outcome == Some(Outcome::Injured))>"people injured"</option>
                    </select>
                </label>
                <label>
                    "Date precision "
                    <select on:change=move |e| {
                        let v = event_target_value(&e);
                        edit(&|f| f.precision = PRECISIONS.contains(&v.as_str()).then(|| v.clone()));
                    }>
                        <option value="" selected=move || state.filter.with(|f| f.precision.is_none())>"any"</option>
                        {PRECISIONS
                            .iter()
                            .map(|&p| {
                                view! {
                                    <option value=p selected=move || state.filter.with(|f| f.precision.as_deref() == Some(p))>
                                        {format!("a {p}")}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                // The overview's brush sets the visible window; this makes it the filter.
                <button
                    type="button"
                    class="search-range"
                    on:click=move |_| {
                        if let Some(v) = url::read().view {
                            let from = crate::timeval::date_of_day(v.start);
                            let to = crate::timeval::date_of_day(v.end - 1.0);
                            edit(&|f| {
                                f.from = Some(from);
                                f.to = Some(to);
                            });
                        }
                    }
                >
                    "Only the visible range"
                </button>
                <label>
                    "From "
                    <input
                        type="date"
                        prop:value=move || state.filter.with(|f| f.from.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            edit(&|f| f.from = crate::timeval::parse_day(&v));
                        }
                    />
                </label>
                <label>
                    "To "
                    <input
                        type="date"
                        prop:value=move || state.filter.with(|f| f.to.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |e| {
                            let v = event_target_value(&e);
                            edit(&|f| f.to = crate::timeval::parse_day(&v));
                        }
                    />
                </label>
            </details>
            <button type="button" class="search-clear" hidden=move || !active() on:click=move |_| set(Filter::default())>
                "Clear search and filters"
            </button>
            <p class="search-count" role="status" aria-live="polite" data-testid="search-count">{count}</p>
        </div>
    }
}
