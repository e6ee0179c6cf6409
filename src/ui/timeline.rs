//! The interactive timeline: era bands, three lanes of events (stacked so nothing
//! overlaps, clustered where dense), an adaptive axis, an overview strip with a brush,
//! zoom/pan/fit controls and story-mode previous/next.
//!
//! The component only draws and forwards input: the events come from
//! [`crate::story::Story`], each frame from [`crate::geometry::layout::Layout::frame`],
//! the axis from [`crate::geometry::ticks::ticks`] and every zoom or pan from
//! [`crate::geometry::viewport::Viewport`]. Only what is on screen is in the DOM.
//!
//! Keyboard: on the timeline surface ← → pan (shift: a page), + − zoom, 0 fits all;
//! on a focused event ← → move to the previous/next event and Enter/Space selects;
//! anywhere outside a text field [ and ] walk the story.

use super::{
    dataset::{self, Load},
    erase::{choice, dynamic, flag, handler, text},
    state::AppState,
    url,
};
use crate::{
    geometry::{
        cluster::ClusterOptions,
        css::{fixed, num},
        layout::{Frame, Layout, LayoutOptions},
        stack::{item_extent_on, label_start, stack, Lane},
        ticks::{ticks, Axis, TickOptions},
        viewport::{Bounds, KeyStep, Viewport, FIT_PADDING},
    },
    shared::Shared,
    story::{keep_selected, Fragment, Story},
    timeval::{self, date_of_day},
};
use chrono::Datelike;
use leptos::{ev, prelude::*};
use wasm_bindgen::JsCast;

/// Height of one row of events in a lane, in pixels (marker, then two text lines).
const ROW_H: f64 = 64.0;
/// Height of the cluster row at the top of a lane that has clusters.
const CLUSTER_H: f64 = 30.0;
/// Height of one row of era bands.
const ERA_H: f64 = 44.0;
/// Below this many events in the window nothing is clustered: stacking alone keeps a
/// small story readable, and every event stays visible.
const CLUSTER_FROM: usize = 60;
/// Most rows of events a lane shows before its dense stretches are clustered harder.
const MAX_ROWS: usize = 6;
/// Most rows of era bands; eras that would need more wait for a closer zoom.
const MAX_ERA_ROWS: usize = 3;
/// Bars wider than the plot are cut this far outside it.
const OVERHANG: f64 = 12.0;
/// Bins of the overview strip's histogram.
const BINS: usize = 120;
/// Below this plot width (a phone) each lane and the eras start with a strip of this
/// height for their name, so names never cover events.
const NARROW_PX: f64 = 560.0;
const NAME_STRIP_H: f64 = 16.0;

/// One event drawn on its own: an index into `Story::entries` and its box.
#[derive(Debug, Clone, PartialEq)]
struct Placed {
    pos: usize,
    x0: f64,
    x1: f64,
    top: f64,
    /// Where the label starts, relative to `x0` (slid right to stay on screen).
    label_dx: f64,
}

/// A cluster badge.
#[derive(Debug, Clone, PartialEq)]
struct Badge {
    x: f64,
    top: f64,
    count: usize,
    label: String,
    extent: Viewport,
    /// The first member's event id (selected when zooming cannot split the cluster).
    first: String,
}

/// Everything one frame draws.
#[derive(Debug, Clone, PartialEq, Default)]
struct Render {
    items: Vec<Placed>,
    badges: Vec<Badge>,
    /// Top and height of each lane.
    lanes: [(f64, f64); 3],
    eras_h: f64,
    height: f64,
    tab_stop: Option<usize>,
    axis: Option<Axis>,
}

/// The heights the "fit all" frame needs (era rows, then each lane): while zooming and
/// panning no lane is drawn shorter, so the timeline keeps its height and nothing below
/// it moves, even over a stretch with no events.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Floor {
    eras_h: f64,
    lanes: [f64; 3],
}

/// The timeline of a story (`Story::new` of an extraction). With an [`AppState`] in
/// context it shares the selection, keeps the URL fragment in step and honours
/// `?data=`; alone it keeps a local selection.
#[component]
pub fn Timeline(
    /// The story to draw.
    #[prop(into)]
    story: Signal<Shared<Story>>,
) -> impl IntoView {
    let state = use_context::<AppState>();
    let selected = state
        .map(|s| s.selected)
        .unwrap_or_else(|| RwSignal::new(None));
    let story = Memo::new(move |_| story.get());
    let layout = Memo::new(move |_| story.with(|s| Layout::new(s.layout_items())));
    let bounds = Memo::new(move |_| story.with(|s| s.bounds()));
    let width = RwSignal::new(1000.0_f64);
    let fit = move || fit_view(&bounds.get_untracked(), width.get_untracked());
    // The last window "fit all" gave: while it is on screen, a resize fits again.
    let last_fit = StoredValue::new(None::<Viewport>);

    let initial = state.map(|_| url::read()).unwrap_or_default();
    let view = RwSignal::new(
        initial
            .view
            .map(|v| v.clamp(&bounds.get_untracked()))
            .unwrap_or_else(|| {
                let v = fit();
                last_fit.set_value(Some(v));
                v
            }),
    );
    if let Some(id) = initial.event.clone() {
        selected.set(Some(id));
    }
    let plot: NodeRef<leptos::html::Div> = NodeRef::new();
    let load = RwSignal::new(Load::None);

    // A new document: the URL's window if it has one, else everything.
    Effect::new(move |prev: Option<()>| {
        let b = bounds.get();
        if prev.is_some() {
            let frag = state.map(|_| url::read()).unwrap_or_default();
            view.set(frag.view.map(|v| v.clamp(&b)).unwrap_or_else(|| {
                let v = fit();
                last_fit.set_value(Some(v));
                v
            }));
        }
    });

    // Zoom and pan land once per animation frame, however many events arrive.
    let pending = StoredValue::new(None::<Viewport>);
    let update = move |f: &dyn Fn(Viewport, &Bounds, f64) -> Viewport| {
        let base = pending.get_value().unwrap_or_else(|| view.get_untracked());
        let next = f(base, &bounds.get_untracked(), width.get_untracked());
        let scheduled = pending.get_value().is_some();
        pending.set_value(Some(next));
        if !scheduled {
            request_animation_frame(move || {
                if let Some(v) = pending.get_value() {
                    pending.set_value(None);
                    view.set(v);
                }
            });
        }
    };
    let key = move |step: KeyStep| {
        if step == KeyStep::Fit {
            let v = fit();
            last_fit.set_value(Some(v));
            update(&move |_, _, _| v);
        } else if matches!(step, KeyStep::ZoomIn | KeyStep::ZoomOut) {
            // Around the selected event while it is in view, so it stays in sight.
            let focus = selected.with_untracked(|id| {
                id.as_deref()
                    .and_then(|id| story.with_untracked(|s| s.get(id).map(|e| e.mid_day())))
            });
            let factor = if step == KeyStep::ZoomIn { 2.0 } else { 0.5 };
            update(&move |v, b, _| v.zoom_around(factor, focus, b));
        } else {
            update(&move |v, b, _| v.key(step, b));
        }
    };

    // Measure the plot now and whenever the window resizes.
    let measure = move || {
        if let Some(el) = plot.get_untracked() {
            // The content box: what absolutely placed marks and labels can use.
            let w = f64::from(el.client_width());
            if w > 0.0 && (w - width.get_untracked()).abs() > 0.5 {
                let was_fit = last_fit.get_value() == Some(view.get_untracked());
                width.set(w);
                if was_fit {
                    let v = fit();
                    last_fit.set_value(Some(v));
                    view.set(v);
                }
            }
        }
    };
    Effect::new(move |_| {
        plot.track();
        measure();
    });
    let resize = window_event_listener(ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // The fit-all frame's heights, the least any frame of this story is drawn with.
    let floor = Memo::new(move |_| {
        let w = width.get();
        let v = fit_view(&bounds.get(), w);
        story.with(|s| {
            layout.with(|l| {
                let r = render(s, l, &v, w, None, &Floor::default());
                Floor {
                    eras_h: r.eras_h,
                    lanes: r.lanes.map(|(_, h)| h),
                }
            })
        })
    });
    let frame_render = Memo::new(move |_| {
        let v = view.get();
        let w = width.get();
        let sel = selected.get();
        let f = floor.get();
        story.with(|s| layout.with(|l| render(s, l, &v, w, sel.as_deref(), &f)))
    });

    // Story mode: a selection off screen pans the view to it.
    Effect::new(move |_| {
        let Some(id) = selected.get() else { return };
        let Some(mid) = story.with_untracked(|s| s.get(&id).map(|e| e.mid_day())) else {
            return;
        };
        let v = view.get_untracked();
        let margin = v.span() * 0.05;
        if mid < v.start + margin || mid > v.end - margin {
            view.set(v.center_on(mid, &bounds.get_untracked()));
        }
    });

    let step_story = move |forward: bool, focus: bool| {
        let cur = selected.get_untracked();
        let next = story.with_untracked(|s| {
            if forward {
                s.next(cur.as_deref()).map(|e| e.id.clone())
            } else {
                s.prev(cur.as_deref()).map(|e| e.id.clone())
            }
        });
        if let Some(id) = next {
            selected.set(Some(id.clone()));
            if focus {
                request_animation_frame(move || focus_event(&id));
            }
        }
    };

    if let Some(state) = state {
        dataset::load_from_query(move |d| super::storage::show_dataset(state, d), load);
        // The URL follows: a selection is a history entry, zoom and pan replace it.
        Effect::new(move |prev: Option<()>| {
            let frag = Fragment {
                event: selected.get(),
                view: Some(view.get_untracked()),
                mine: state.mine_only.get_untracked(),
                filter: state.filter.get_untracked(),
            };
            url::write(&frag, prev.is_some());
        });
        let generation = StoredValue::new(0u64);
        Effect::new(move |_| {
            let v = view.get();
            let g = generation.get_value() + 1;
            generation.set_value(g);
            set_timeout(
                move || {
                    if generation.get_value() == g {
                        let frag = Fragment {
                            event: selected.get_untracked(),
                            view: Some(v),
                            mine: state.mine_only.get_untracked(),
                            filter: state.filter.get_untracked(),
                        };
                        url::write(&frag, false);
                    }
                },
                std::time::Duration::from_millis(250),
            );
        });
        let restore = move || {
            let frag = url::read();
            if frag.mine != state.mine_only.get_untracked() {
                state.mine_only.set(frag.mine);
            }
            if frag.filter != state.filter.get_untracked() {
                state.filter.set(frag.filter.clone());
            }
            if frag.event != selected.get_untracked() {
                selected.set(frag.event);
            }
            if let Some(v) = frag.view {
                let v = v.clamp(&bounds.get_untracked());
                if v != view.get_untracked() {
                    view.set(v);
                }
            }
        };
        let pop = window_event_listener(ev::popstate, move |_| restore());
        let hash = window_event_listener(ev::hashchange, move |_| restore());
        let keys = window_event_listener(ev::keydown, move |e| {
            if typing(&e) || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let focus_on_event = active_event().is_some();
            match e.key().as_str() {
                "[" => step_story(false, focus_on_event),
                "]" => step_story(true, focus_on_event),
                _ => return,
            }
            e.prevent_default();
        });
        on_cleanup(move || {
            pop.remove();
            hash.remove();
            keys.remove();
        });
    }

    // Keys on the timeline: events move the selection, the surface pans and zooms.
    let on_key = move |e: ev::KeyboardEvent| {
        if typing(&e) || e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        let on_event = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.get_attribute("data-event-id"));
        match (e.key().as_str(), on_event) {
            ("ArrowLeft", Some(_)) => step_story(false, true),
            ("ArrowRight", Some(_)) => step_story(true, true),
            ("ArrowLeft", None) if e.shift_key() => key(KeyStep::PageLeft),
            ("ArrowRight", None) if e.shift_key() => key(KeyStep::PageRight),
            ("ArrowLeft", None) => key(KeyStep::Left),
            ("ArrowRight", None) => key(KeyStep::Right),
            ("PageUp", _) => key(KeyStep::PageLeft),
            ("PageDown", _) => key(KeyStep::PageRight),
            ("+", _) | ("=", _) => key(KeyStep::ZoomIn),
            ("-", _) | ("_", _) => key(KeyStep::ZoomOut),
            ("0", _) | ("Home", None) => key(KeyStep::Fit),
            _ => return,
        }
        e.prevent_default();
    };

    // Wheel: ctrl/⌘ (and trackpad pinch) zooms at the pointer, a sideways or shift
    // wheel pans; a plain vertical wheel is left to scroll the page.
    let on_wheel = move |e: ev::WheelEvent| {
        let unit = match e.delta_mode() {
            1 => 16.0,
            2 => 400.0,
            _ => 1.0,
        };
        let (dx, dy) = (e.delta_x() * unit, e.delta_y() * unit);
        let left = plot
            .get_untracked()
            .map(|el| el.get_bounding_client_rect().left())
            .unwrap_or(0.0);
        if e.ctrl_key() || e.meta_key() {
            e.prevent_default();
            let factor = (-dy.clamp(-60.0, 60.0) * 0.01).exp();
            let anchor = f64::from(e.client_x()) - left;
            update(&move |v, b, w| v.zoom(factor, anchor, w, b));
        } else if e.shift_key() && dx == 0.0 && dy != 0.0 {
            e.prevent_default();
            update(&move |v, b, w| v.pan_px(-dy, w, b));
        } else if dx.abs() > dy.abs() {
            e.prevent_default();
            update(&move |v, b, w| v.pan_px(-dx, w, b));
        }
    };

    // Drag pans; two touch pointers pinch-zoom. Capture starts only once a drag is
    // real, so a click still reaches the event under the pointer.
    let pointers = StoredValue::new(Vec::<(i32, f64)>::new());
    let dragged = StoredValue::new(false);
    let down_x = StoredValue::new(0.0_f64);
    let on_down = move |e: ev::PointerEvent| {
        if e.pointer_type() == "mouse" && e.button() != 0 {
            return;
        }
        dragged.set_value(false);
        down_x.set_value(f64::from(e.client_x()));
        pointers.update_value(|p| {
            p.retain(|(id, _)| *id != e.pointer_id());
            p.push((e.pointer_id(), f64::from(e.client_x())));
        });
    };
    let on_move = move |e: ev::PointerEvent| {
        let id = e.pointer_id();
        let x = f64::from(e.client_x());
        let ps = pointers.get_value();
        let Some(&(_, last)) = ps.iter().find(|(p, _)| *p == id) else {
            return;
        };
        if ps.len() >= 2 {
            let other = ps
                .iter()
                .find(|(p, _)| *p != id)
                .map(|(_, x)| *x)
                .unwrap_or(x);
            let (before, after) = ((last - other).abs(), (x - other).abs());
            if before > 4.0 && after > 4.0 {
                let left = plot
                    .get_untracked()
                    .map(|el| el.get_bounding_client_rect().left())
                    .unwrap_or(0.0);
                let anchor = (x + other) / 2.0 - left;
                let factor = after / before;
                update(&move |v, b, w| v.zoom(factor, anchor, w, b));
            }
            dragged.set_value(true);
        } else {
            if !dragged.get_value() && (x - down_x.get_value()).abs() < 4.0 {
                return;
            }
            if !dragged.get_value() {
                dragged.set_value(true);
                if let Some(el) = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.set_pointer_capture(id);
                }
            }
            let dx = x - last;
            update(&move |v, b, w| v.pan_px(dx, w, b));
        }
        pointers.update_value(|p| {
            if let Some(entry) = p.iter_mut().find(|(p, _)| *p == id) {
                entry.1 = x;
            }
        });
    };
    let on_up = move |e: ev::PointerEvent| {
        pointers.update_value(|p| p.retain(|(id, _)| *id != e.pointer_id()));
    };

    let select = move |id: String| {
        if dragged.get_value() {
            dragged.set_value(false);
            return;
        }
        selected.set(Some(id));
    };

    let count_label = move || {
        story.with(|s| {
            let n = s.entries.len();
            let v = view.get();
            // Where story mode stands, so a disabled Previous/Next has its reason.
            let at = selected
                .with(|id| id.as_deref().and_then(|id| s.position(id)))
                .map(|i| match i {
                    0 => format!(" · first of {n} selected"),
                    i if i + 1 == n => format!(" · last of {n} selected"),
                    i => format!(" · event {} of {n} selected", i + 1),
                })
                .unwrap_or_default();
            format!(
                "{n} event{} · showing {} – {}{at}",
                if n == 1 { "" } else { "s" },
                timeval::format_value(&timeval::day_value(date_of_day(v.start))),
                timeval::format_value(&timeval::day_value(date_of_day(v.end - 1.0))),
            )
        })
    };
    // True when story mode cannot step further that way from the selected event.
    let at_end = move |forward: bool| {
        selected.with(|id| {
            let Some(id) = id.as_deref() else {
                return false;
            };
            story.with(|s| {
                s.position(id).is_some()
                    && if forward {
                        s.next(Some(id)).is_none()
                    } else {
                        s.prev(Some(id)).is_none()
                    }
            })
        })
    };
    // Events beyond each edge of the view, and the nearest one there.
    let beyond = move |later: bool| {
        let v = view.get();
        story.with(|s| {
            let o = s.outside(v.start, v.end);
            let (n, nearest) = if later {
                (o.after, o.nearest_after)
            } else {
                (o.before, o.nearest_before)
            };
            nearest.map(|e| (n, e.id.clone(), e.title.clone(), e.date_label()))
        })
    };
    let edge = move |later: bool| {
        dynamic(move || {
            beyond(later).map(|(n, id, title, date)| {
                let what = if n == 1 { "event" } else { "events" };
                let (shown, side) = if later {
                    (format!("{n} {what} →"), "later")
                } else {
                    (format!("← {n} {what}"), "earlier")
                };
                // The name starts with the visible text (WCAG 2.5.3).
                let label = format!("{shown}, {side}: show the nearest, “{title}” ({date})");
                view! {
                    <button
                        type="button"
                        class=if later { "tl-edge tl-edge-after" } else { "tl-edge tl-edge-before" }
                        aria-label=label.clone()
                        title=label
                        on:pointerdown=handler(|e: ev::PointerEvent| e.stop_propagation())
                        on:click=handler(move |_| selected.set(Some(id.clone())))
                    >{shown}</button>
                }
                .into_any()
            })
        })
    };
    let load_message =
        dynamic(move || {
            match load.get() {
        Load::None => None,
        Load::Loading(url) => Some(view! {
            <p class="tl-load" role="status">{format!("Loading the dataset “{url}”…")}</p>
        }
        .into_any()),
        Load::Loaded(url, n) => Some(view! {
            <p class="tl-load" role="status">{format!("Showing {n} events from “{url}”.")}</p>
        }
        .into_any()),
        Load::Failed(msg) => Some(view! {
            <p class="tl-load tl-error" role="alert">{msg}</p>
        }
        .into_any()),
    }
        });

    let body = move || {
        story.track();
        let story_now = story;
        view! {
            <For
                each=move || frame_render.with(|r| r.items.iter().map(|p| p.pos).collect::<Vec<_>>())
                key=|pos| *pos
                children=move |pos| event_view(story_now, frame_render, selected, pos, select)
            />
        }
    };

    view! {
        <section
            class="tl"
            data-testid="timeline"
            aria-label="Timeline of events"
            data-view=text(move || view.get().to_fragment())
            on:keydown=handler(on_key)
        >
            {load_message}
            <div class="tl-controls" role="toolbar" aria-label="Timeline controls">
                <button type="button" on:click=handler(move |_| key(KeyStep::ZoomOut)) aria-label="Zoom out" title="Zoom out (−)">"−"</button>
                <button type="button" on:click=handler(move |_| key(KeyStep::ZoomIn)) aria-label="Zoom in" title="Zoom in (+)">"+"</button>
                <button type="button" on:click=handler(move |_| key(KeyStep::Fit)) title="Fit all (0)">"Fit all"</button>
                <span class="tl-sep" aria-hidden="true"></span>
                <button
                    type="button"
                    on:click=handler(move |_| step_story(false, false))
                    // aria-disabled, not disabled: a focused button keeps focus at the end.
                    aria-disabled=choice(move || if at_end(false) { "true" } else { "false" })
                    title=choice(move || if at_end(false) { "This is the first event" } else { "Previous event ([)" })
                >"◀ Previous event"</button>
                <button
                    type="button"
                    on:click=handler(move |_| step_story(true, false))
                    aria-disabled=choice(move || if at_end(true) { "true" } else { "false" })
                    title=choice(move || if at_end(true) { "This is the last event" } else { "Next event (])" })
                >"Next event ▶"</button>
                <span class="tl-count" aria-live="polite">{text(count_label)}</span>
            </div>
            <Overview story=story view=view bounds=bounds width=width update=Callback::new(move |v: Viewport| update(&move |_, b, _| v.clamp(b))) />
            <div class="tl-body">
                <div class="tl-gutter" aria-hidden="true" style:height=text(move || format!("{}px", num(frame_render.with(|r| r.height))))>
                    {dynamic(move || frame_render.with(|r| {
                        let mut out = Vec::new();
                        if r.eras_h > 0.0 {
                            out.push(view! { <span class="tl-lane-name" style:top="0px">"eras"</span> }.into_any());
                        }
                        for lane in Lane::ALL {
                            let (top, _) = r.lanes[lane.index()];
                            out.push(view! { <span class="tl-lane-name" style:top=format!("{}px", num(top))>{lane.label()}</span> }.into_any());
                        }
                        out
                    }))}
                </div>
                <div
                    class="tl-plot"
                    node_ref=plot
                    tabindex="0"
                    role="group"
                    aria-label="Timeline surface: arrow keys pan, + and − zoom, 0 fits all"
                    style:height=text(move || format!("{}px", num(frame_render.with(|r| r.height))))
                    on:wheel=handler(on_wheel)
                    on:pointerdown=handler(on_down)
                    on:pointermove=handler(on_move)
                    on:pointerup=handler(on_up)
                    on:pointercancel=handler(on_up)
                >
                    {dynamic(move || frame_render.with(|r| r.lanes.iter().enumerate().map(|(i, (top, h))| view! {
                        <div class="tl-lane" class:tl-lane-odd=i % 2 == 1 style:top=format!("{}px", num(*top)) style:height=format!("{}px", num(*h)) aria-hidden="true"></div>
                    }.into_any()).collect::<Vec<_>>()))}
                    {dynamic(move || frame_render.with(|r| r.axis.iter().flat_map(|a| a.minor.iter()).map(|t| view! {
                        <div class="tl-grid" style:transform=format!("translateX({}px)", fixed(t.x, 1)) aria-hidden="true"></div>
                    }.into_any()).collect::<Vec<_>>()))}
                    {body}
                    {edge(false)}
                    {edge(true)}
                    {dynamic(move || frame_render.with(|r| r.badges.iter().map(|b| {
                        let extent = b.extent;
                        let first = b.first.clone();
                        view! {
                            <button
                                type="button"
                                class="tl-cluster"
                                style:transform=format!("translate({}px, {}px)", fixed(b.x, 1), fixed(b.top, 1))
                                aria-label=b.label.clone()
                                title=b.label.clone()
                                on:click=handler(move |_| {
                                    if dragged.get_value() {
                                        dragged.set_value(false);
                                    } else if extent.span() >= view.get_untracked().span() * 0.9 {
                                        // Zooming cannot split it (its members share a
                                        // period): select the first, story mode walks on.
                                        selected.set(Some(first.clone()));
                                    } else {
                                        update(&move |_, bd, _| extent.clamp(bd));
                                    }
                                })
                            >{b.count}</button>
                        }.into_any()
                    }).collect::<Vec<_>>()))}
                </div>
                <div class="tl-gutter" aria-hidden="true"></div>
                <div class="tl-axis" aria-hidden="true">
                    {dynamic(move || frame_render.with(|r| r.axis.iter().map(|a| {
                        let minor = a.minor.iter().map(|t| view! {
                            <span class="tl-tick" style:transform=format!("translateX({}px) translateX(-50%)", fixed(t.x, 1))>{t.label.clone()}</span>
                        }).collect_view();
                        let major = a.major.iter().map(|t| view! {
                            <span class="tl-tick tl-major" style:transform=format!("translateX({}px)", fixed(t.x, 1))>{t.label.clone()}</span>
                        }).collect_view();
                        // The pinned period name, unless the first major tick is close.
                        let room = a.major.first().is_none_or(|t| t.x > 90.0);
                        let context = a.context.clone().filter(|_| room).map(|c| view! { <span class="tl-context">{c}</span> });
                        view! { <div class="tl-ticks">{minor}</div><div class="tl-ticks tl-majors">{context}{major}</div> }.into_any()
                    }).collect::<Vec<_>>()))}
                </div>
            </div>
            // The help that matches the input: CSS shows one of the two by pointer type.
            <p class="tl-help tl-help-pointer">
                "Keys: on the timeline ← → pan (shift: a page), + − zoom, 0 fit all; "
                "on an event ← → previous/next event, Enter selects; [ ] previous/next anywhere. "
                "Ctrl/⌘ + wheel or pinch zooms, drag or shift + wheel pans."
            </p>
            <p class="tl-help tl-help-touch">
                "Pinch to zoom, drag sideways to pan, tap an event to see its sources; "
                "the − + buttons zoom and the arrow buttons walk the story."
            </p>
        </section>
    }
}

/// One event on the plot: a marker (point, period bar or era band) and its label.
fn event_view(
    story: Memo<Shared<Story>>,
    frame: Memo<Render>,
    selected: RwSignal<Option<String>>,
    pos: usize,
    select: impl Fn(String) + Copy + Send + Sync + 'static,
) -> Option<impl IntoView> {
    // A concrete view type, not `AnyView`: keyed rows are built, moved and dropped but
    // never rebuilt, so no rebuild code is generated for them.
    let e = story.with_untracked(|s| s.entries.get(pos).cloned())?;
    let geom = Memo::new(move |_| {
        frame.with(|r| {
            r.items
                .binary_search_by_key(&pos, |p| p.pos)
                .ok()
                .map(|i| r.items[i].clone())
        })
    });
    let id = e.id.clone();
    let id_sel = e.id.clone();
    let is_sel = Memo::new(move |_| selected.with(|s| s.as_deref() == Some(id_sel.as_str())));
    let x = move || geom.with(|g| g.as_ref().map(|g| (g.x0, g.x1, g.top)).unwrap_or_default());
    let outlets = e.outlets.join(", ");
    let label_dx = move || geom.with(|g| g.as_ref().map(|g| g.label_dx).unwrap_or_default());
    Some(view! {
        <button
            type="button"
            class="tl-ev"
            class:tl-selected=flag(move || is_sel.get())
            class:tl-approx=e.approximate
            data-shape=e.shape()
            data-lane=e.lane.label()
            data-event-id=e.id.clone()
            aria-pressed=choice(move || if is_sel.get() { "true" } else { "false" })
            tabindex=choice(move || if frame.with(|r| r.tab_stop == Some(pos)) { "0" } else { "-1" })
            style:transform=text(move || {
                let (x0, _, top) = x();
                format!("translate({}px, {}px)", fixed(x0, 1), fixed(top, 1))
            })
            on:click=handler(move |_| select(id.clone()))
        >
            <span
                class="tl-mark"
                aria-hidden="true"
                style:width=text(move || {
                    let (x0, x1, _) = x();
                    format!("{}px", fixed((x1 - x0).max(0.0), 1))
                })
            ></span>
            <span class="tl-label" style:transform=text(move || format!("translateX({}px)", fixed(label_dx(), 1)))>
                // Date and title wrap to at most two lines; the sources below.
                <span class="tl-head">
                    <time class="tl-date">{e.date_label()}</time>
                    " "
                    <span class="tl-title">{e.title.clone()}</span>
                </span>
                <span class="tl-src">{outlets}</span>
            </span>
        </button>
    })
}

/// "Fit all": the data with [`FIT_PADDING`] each side. The latest events' labels need
/// no room after them: near the right edge a label ends at the edge.
fn fit_view(b: &Bounds, _w: f64) -> Viewport {
    Viewport::fit(b, FIT_PADDING)
}

/// Lays out one frame: era bands, lanes (culled, clustered, stacked), badges, axis.
fn render(
    s: &Story,
    layout: &Layout,
    v: &Viewport,
    w: f64,
    selected: Option<&str>,
    floor: &Floor,
) -> Render {
    let base = LayoutOptions::default();
    // A few events: none clustered. Too many rows: every short stretch clusters.
    let none = LayoutOptions {
        cluster: ClusterOptions {
            min_size: usize::MAX,
            ..base.cluster
        },
        ..base
    };
    let hard = LayoutOptions {
        cluster: ClusterOptions {
            threshold_px: 1e6,
            ..base.cluster
        },
        ..base
    };
    let rows = |f: &Frame| f.lanes.iter().map(|l| l.row_count).max().unwrap_or(0);
    let mut opts = base;
    let mut frame: Frame = layout.frame(v, w, &base);
    if frame.count() <= CLUSTER_FROM {
        let f = layout.frame(v, w, &none);
        if rows(&f) <= MAX_ROWS {
            frame = f;
            opts = none;
        }
    }
    if rows(&frame) > MAX_ROWS {
        frame = layout.frame(v, w, &hard);
        opts = hard;
    }
    let scale = v.scale(w);
    let clip = |(a, b): (f64, f64)| (a.max(-OVERHANG), b.min(w + OVERHANG).max(a.max(-OVERHANG)));
    // The label stays on the plot: slid right at the left edge (never past its item),
    // ending at the right edge near it (`stack::label_start`, as the layout stacked it).
    let label_dx = |pos: usize, (a, b): (f64, f64), x0c: f64| {
        label_start(a, b, s.entries[pos].label_px(), w) - x0c
    };
    let span_of = |pos: usize| {
        let e = &s.entries[pos];
        scale.span_px(e.start_day, e.end_day, opts.marker_px)
    };
    let sel_pos = selected.and_then(|id| s.position(id));
    if let Some(li) = sel_pos.and_then(|p| s.lane_entries.binary_search(&p).ok()) {
        let lane = s.entries[s.lane_entries[li]].lane;
        keep_selected(&mut frame, li, lane, |i| span_of(s.lane_entries[i]));
    }
    // The most recent incident (the latest event outside politics) is never hidden in a
    // cluster either: it is usually what the story is about.
    if let Some(li) = (0..s.lane_entries.len())
        .rev()
        .find(|&i| s.entries[s.lane_entries[i]].lane != Lane::Politics)
    {
        let lane = s.entries[s.lane_entries[li]].lane;
        keep_selected(&mut frame, li, lane, |i| span_of(s.lane_entries[i]));
    }
    let strip = if w < NARROW_PX { NAME_STRIP_H } else { 0.0 };

    let mut out = Render::default();
    let mut items = Vec::new();
    // Eras on top, stacked with their labels; past MAX_ERA_ROWS they wait for a zoom.
    let eras: Vec<usize> = s
        .era_entries
        .iter()
        .copied()
        .filter(|&p| v.overlaps(s.entries[p].start_day, s.entries[p].end_day))
        .collect();
    let extents: Vec<(f64, f64)> = eras
        .iter()
        .map(|&p| {
            let (a, b) = clip(span_of(p));
            item_extent_on(a.max(0.0), b, s.entries[p].label_px(), w)
        })
        .collect();
    let era_stack = stack(&extents, opts.gap_px);
    let mut era_rows_used = 0;
    for (&pos, &row) in eras.iter().zip(&era_stack.rows) {
        if row >= MAX_ERA_ROWS && Some(pos) != sel_pos {
            continue;
        }
        let row = row.min(MAX_ERA_ROWS);
        era_rows_used = era_rows_used.max(row + 1);
        let raw = span_of(pos);
        let (x0, x1) = clip(raw);
        items.push(Placed {
            pos,
            x0,
            x1,
            top: strip + row as f64 * ERA_H + 4.0,
            label_dx: label_start(x0.max(0.0), x1, s.entries[pos].label_px(), w) - x0,
        });
    }
    let mut top = if era_rows_used > 0 {
        strip + era_rows_used as f64 * ERA_H + 8.0
    } else {
        0.0
    }
    .max(floor.eras_h);
    out.eras_h = top;
    for lane in Lane::ALL {
        let lf = &frame.lanes[lane.index()];
        let badge_h = if lf.clusters.is_empty() {
            0.0
        } else {
            CLUSTER_H
        };
        let h = (strip + badge_h + lf.row_count.max(1) as f64 * ROW_H + 6.0)
            .max(floor.lanes[lane.index()]);
        for c in &lf.clusters {
            let (a, b) = (date_of_day(c.start_day), date_of_day(c.end_day - 1.0));
            out.badges.push(Badge {
                x: c.x_center(),
                top: top + strip + 3.0,
                count: c.count(),
                label: format!(
                    "{} {} events, {} – {}: zoom in",
                    c.count(),
                    lane.label(),
                    timeval::format_value(&timeval::day_value(a)),
                    timeval::format_value(&timeval::day_value(b))
                ),
                extent: c.extent(),
                first: c
                    .members
                    .first()
                    .map(|&m| s.entries[s.lane_entries[m]].id.clone())
                    .unwrap_or_default(),
            });
        }
        for m in &lf.marks {
            let pos = s.lane_entries[m.index];
            let (x0, x1) = clip((m.x0, m.x1));
            items.push(Placed {
                pos,
                x0,
                x1,
                top: top + strip + badge_h + m.row as f64 * ROW_H + 4.0,
                label_dx: label_dx(pos, (m.x0, m.x1), x0),
            });
        }
        out.lanes[lane.index()] = (top, h);
        top += h;
    }
    crate::order::sort_by_key(&mut items, |p| p.pos);
    out.tab_stop = sel_pos
        .filter(|p| items.binary_search_by_key(p, |i| i.pos).is_ok())
        .or_else(|| items.first().map(|p| p.pos));
    out.items = items;
    out.height = top;
    out.axis = Some(ticks(&scale, &TickOptions::default()));
    out
}

/// The overview strip: the whole data range with a histogram of events and a brush
/// over the visible window; pressing or dragging on it moves the window there.
#[component]
fn Overview(
    /// The events.
    story: Memo<Shared<Story>>,
    /// The visible window.
    view: RwSignal<Viewport>,
    /// The zoom and pan limits.
    bounds: Memo<Bounds>,
    /// The plot's width in pixels (the fit-all window depends on it).
    width: RwSignal<f64>,
    /// Asks for a new window (clamped by the caller).
    update: Callback<Viewport>,
) -> impl IntoView {
    // The same range the axis shows at "fit all", widened to the visible window when
    // that reaches further: the brush then always marks exactly what is visible.
    let whole = Memo::new(move |_| {
        let fit = fit_view(&bounds.get(), width.get());
        let v = view.get();
        Viewport::new(fit.start.min(v.start), fit.end.max(v.end))
    });
    let bars = Memo::new(move |_| {
        let w = whole.get();
        story.with(|s| s.histogram(w.start, w.end, BINS))
    });
    let strip: NodeRef<leptos::html::Div> = NodeRef::new();
    let dragging = StoredValue::new(false);
    let go = move |client_x: f64| {
        let Some(el) = strip.get_untracked() else {
            return;
        };
        let r = el.get_bounding_client_rect();
        let w = whole.get_untracked();
        let day = w.scale(r.width()).invert(client_x - r.left());
        update.run(view.get_untracked().center_on(day, &bounds.get_untracked()));
    };
    let pct = move |d: f64| {
        let w = whole.get();
        ((d - w.start) / w.span().max(1.0) * 100.0).clamp(0.0, 100.0)
    };
    view! {
        <div
            class="tl-overview"
            node_ref=strip
            on:pointerdown=handler(move |e: ev::PointerEvent| {
                dragging.set_value(true);
                if let Some(el) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
                go(f64::from(e.client_x()));
            })
            on:pointermove=handler(move |e: ev::PointerEvent| if dragging.get_value() { go(f64::from(e.client_x())) })
            on:pointerup=handler(move |_| dragging.set_value(false))
            on:pointercancel=handler(move |_| dragging.set_value(false))
        >
            <div class="tl-hist" aria-hidden="true">
                {dynamic(move || {
                    let b = bars.get();
                    let max = b.iter().copied().max().unwrap_or(0).max(1) as f64;
                    b.into_iter().enumerate().filter(|(_, n)| *n > 0).map(|(i, n)| view! {
                        <span
                            style:left=format!("{}%", fixed(i as f64 / BINS as f64 * 100.0, 3))
                            style:height=format!("{}%", fixed(20.0 + 80.0 * (f64::from(n) / max).sqrt(), 0))
                        ></span>
                    }.into_any()).collect::<Vec<_>>()
                })}
            </div>
            <span class="tl-ov-label tl-ov-start" aria-hidden="true">{text(move || date_of_day(whole.get().start + 1.0).year().to_string())}</span>
            <span class="tl-ov-label tl-ov-end" aria-hidden="true">{text(move || date_of_day(whole.get().end - 1.0).year().to_string())}</span>
            <div
                class="tl-brush"
                data-testid="overview-brush"
                role="img"
                aria-label=text(move || format!("Visible range {}", view.get().to_fragment().replace("..", " to ")))
                style:left=text(move || format!("{}%", fixed(pct(view.get().start), 3)))
                style:width=text(move || {
                    let v = view.get();
                    format!("{}%", fixed((pct(v.end) - pct(v.start)).max(0.5), 3))
                })
            ></div>
        </div>
    }
}

/// True when the key went to a text field (typing is never a shortcut).
pub(crate) fn typing(e: &ev::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            matches!(tag.as_str(), "input" | "textarea" | "select") || el.is_content_editable()
        })
        .unwrap_or(false)
}

/// The event id of the focused element, if an event has focus.
fn active_event() -> Option<String> {
    web_sys::window()?
        .document()?
        .active_element()?
        .get_attribute("data-event-id")
}

/// Focuses the drawn event `id` (after story mode moved to it).
fn focus_event(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(list) = doc.query_selector_all("[data-testid=timeline] [data-event-id]") else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            if el.get_attribute("data-event-id").as_deref() == Some(id) {
                let _ = el.focus();
                return;
            }
        }
    }
}
