//! The article reader: every article's text with its dates, casualty figures and event
//! sentences highlighted. A click (or Enter) on a highlight selects its event; the
//! selected event's sentences are marked; a sentence a source chip points at
//! (`AppState::marked`) is scrolled into view, marked and focused.
//!
//! Article text is untrusted: it is laid out by the pure
//! `crate::view_model::segments::layout` and rendered as text nodes only.

use crate::{
    model::{Article, Extraction, Mention, SentenceKind, Span},
    view_model::{
        links::{
            event_mentions, figure_event, marked_sentences, mention_overlaps, sentence_events,
            timex_event,
        },
        notes::{article_date_line, timex_description, timex_tooltip},
        segments::{layout, ArtifactStyle, Piece, SentenceView},
    },
};
use leptos::{ev, prelude::*};
use wasm_bindgen::JsCast;

use super::{
    erase::{dyn_view, dynamic, flag, handler},
    state::{use_state, AppState},
};

/// The DOM id of a sentence: article position and start code point (article ids are
/// user text, so they are not used in ids).
fn sentence_dom_id(article_index: usize, start: usize) -> String {
    format!("s-{article_index}-{start}")
}

/// True when the user asked the system for less motion.
fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// Scrolls the first sentence of `mention` into view and focuses it (without a second,
/// jumpy scroll), so keyboard users continue reading from there.
fn reveal(doc: &Extraction, mention: &Mention) {
    let Some((index, article)) = doc
        .articles
        .iter()
        .enumerate()
        .find(|(_, a)| a.id == mention.article)
    else {
        return;
    };
    let spans: Vec<(usize, usize)> = article.sentences.iter().map(|s| (s.start, s.end)).collect();
    let Some(start) = marked_sentences(&spans, &article.id, mention)
        .first()
        .copied()
    else {
        return;
    };
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&sentence_dom_id(index, start)))
    else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    options.set_behavior(if reduced_motion() {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
    if let Ok(html) = el.dyn_into::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = html.focus_with_options(&focus);
    }
}

/// When an event is selected from outside the reader (timeline, cards, list), scrolls
/// the reader pane (only the pane, never the page) to the event's first sentence.
fn follow_selection(doc: &Extraction, id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(pane) = document.query_selector(".reader").ok().flatten() else {
        return;
    };
    let inside = document
        .active_element()
        .is_some_and(|el| pane.contains(Some(&el)));
    if inside || pane.scroll_height() <= pane.client_height() {
        return;
    }
    let Some(first) = event_mentions(doc, id).into_iter().next() else {
        return;
    };
    let Some((index, article)) = doc
        .articles
        .iter()
        .enumerate()
        .find(|(_, a)| a.id == first.article)
    else {
        return;
    };
    let spans: Vec<(usize, usize)> = article.sentences.iter().map(|s| (s.start, s.end)).collect();
    let Some(start) = marked_sentences(&spans, &article.id, first)
        .first()
        .copied()
    else {
        return;
    };
    if let Some(el) = document.get_element_by_id(&sentence_dom_id(index, start)) {
        let offset = el.get_bounding_client_rect().top() - pane.get_bounding_client_rect().top();
        let top = f64::from(pane.scroll_top()) + offset - f64::from(pane.client_height()) / 3.0;
        pane.set_scroll_top(top.max(0.0) as i32);
    }
}

/// Every article with text, in document order.
#[component]
pub fn Reader() -> impl IntoView {
    let state = use_state();
    Effect::new(move |_| {
        if let Some(m) = state.marked.get() {
            state.doc.with_untracked(|doc| reveal(doc, &m));
        }
    });
    Effect::new(move |_| {
        if let Some(id) = state.selected.get() {
            state.doc.with_untracked(|doc| follow_selection(doc, &id));
        }
    });
    let body = dyn_view(move || {
        state.doc.with(|doc| {
            let shown: Vec<_> = doc
                .articles
                .iter()
                .enumerate()
                .filter(|(_, a)| a.text.is_some())
                .map(|(i, a)| article_view(state, doc, i, a))
                .collect();
            if shown.is_empty() {
                view! { <p class="reader-empty">"No article text to show."</p> }.into_any()
            } else {
                shown.collect_view().into_any()
            }
        })
    });
    // The reader holds many tab stops (every highlight): one press skips past them.
    let skip = move |_| {
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("event-list-heading"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = target {
            let _ = heading.focus();
        }
    };
    view! {
        <section class="reader" aria-labelledby="reader-heading">
            <h2 id="reader-heading">"Sources"</h2>
            <button type="button" class="skip-link" on:click=skip>
                "Skip past the articles to the list of events"
            </button>
            <p class="reader-legend">
                <span class="hl hl-timex">"date"</span>
                " "
                <span class="hl hl-fig">"casualty figure"</span>
                " "
                <span class="event-sent">"event sentence"</span>
                " — select one to show its event."
            </p>
            {body}
        </section>
    }
}

/// What a piece of text does when activated: select this event.
type Target = Option<String>;

/// One article: outlet, date (or inferred date and why), then its text.
fn article_view(state: AppState, doc: &Extraction, index: usize, a: &Article) -> AnyView {
    let text = a.text.as_deref().unwrap_or("");
    let timexes: Vec<(usize, Span)> = doc
        .timexes
        .iter()
        .enumerate()
        .filter(|(_, t)| t.article == a.id)
        .map(|(i, t)| {
            (
                i,
                Span {
                    start: t.start,
                    end: t.end,
                },
            )
        })
        .collect();
    let figures: Vec<(usize, Span)> = doc
        .casualties
        .iter()
        .enumerate()
        .filter(|(_, c)| c.article == a.id)
        .map(|(i, c)| {
            (
                i,
                Span {
                    start: c.start,
                    end: c.end,
                },
            )
        })
        .collect();
    let sentences: Vec<(Span, SentenceKind)> = a
        .sentences
        .iter()
        .map(|s| {
            (
                Span {
                    start: s.start,
                    end: s.end,
                },
                s.kind,
            )
        })
        .collect();
    let blocks = layout(text, &sentences, &a.artifacts, &timexes, &figures);
    let heading = format!("article-{index}-title");
    let labelled_by = heading.clone();
    let outlet = crate::naming::source_name(Some(a), &a.id);
    let title = a.title.clone().unwrap_or_else(|| outlet.clone());
    let date = article_date_line(a, doc);
    let undated = a.published.is_none();
    let user = a
        .user_added
        .then(|| view! { <span class="doc-user">" · added by you"</span> });
    let descriptions: Vec<(usize, String)> = timexes
        .iter()
        .filter_map(|(i, _)| doc.timexes.get(*i).map(|t| (*i, timex_description(t))))
        .collect();
    let blocks_view = blocks
        .into_iter()
        .map(|b| {
            // Runs of plain sentences become one text node; the rest are elements.
            let mut parts: Vec<AnyView> = Vec::new();
            let mut run = String::new();
            for s in b.sentences {
                if let Some(text) = plain_text(doc, &a.id, &s) {
                    run.push_str(&text);
                    run.push(' ');
                } else {
                    if !run.is_empty() {
                        parts.push(std::mem::take(&mut run).into_any());
                    }
                    parts.push(sentence_view(state, doc, index, &a.id, s));
                }
            }
            if !run.is_empty() {
                parts.push(run.into_any());
            }
            let sentences = parts.collect_view();
            match b.kind {
                SentenceKind::Caption => view! {
                    <figure class="doc-caption"><figcaption>{sentences}</figcaption></figure>
                }
                .into_any(),
                SentenceKind::Headline => {
                    view! { <p class="doc-headline">{sentences}</p> }.into_any()
                }
                SentenceKind::Boilerplate => {
                    view! { <p class="doc-boilerplate">{sentences}</p> }.into_any()
                }
                SentenceKind::Body => view! { <p class="doc-para">{sentences}</p> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <article
            class="doc"
            id=format!("article-{index}")
            data-article=a.id.clone()
            aria-labelledby=labelled_by
        >
            <header class="doc-head">
                <h3 id=heading.clone() class="doc-title">{title}</h3>
                <p class="doc-meta">
                    <span class="doc-outlet">{outlet}</span>
                    " · "
                    <span class="doc-date" class:inferred=undated data-testid="article-date">
                        {date}
                    </span>
                    {user}
                </p>
            </header>
            <div class="doc-text">{blocks_view}</div>
            <div hidden>
                {descriptions
                    .into_iter()
                    .map(|(i, d)| view! { <span id=format!("timex-{i}-desc")>{d}</span> })
                    .collect_view()}
            </div>
        </article>
    }
    .into_any()
}

/// The text of a sentence that nothing selects, highlights, marks or annotates (no
/// event, date, figure or visible artifact), or `None` for any other sentence. A long
/// article is mostly such sentences; drawing them as plain text keeps the page fast.
fn plain_text(doc: &Extraction, article: &str, s: &SentenceView) -> Option<String> {
    let plain = s.pieces.iter().all(|p| {
        p.timex.is_none() && p.figure.is_none() && p.artifact != Some(ArtifactStyle::Note)
    }) && sentence_events(&doc.events, article, s.start, s.end).is_empty();
    plain.then(|| {
        s.pieces
            .iter()
            .filter(|p| p.artifact != Some(ArtifactStyle::Hidden))
            .map(|p| p.text.as_str())
            .collect()
    })
}

/// One sentence: its pieces, marked when a chip points at it or its event is selected.
fn sentence_view(
    state: AppState,
    doc: &Extraction,
    index: usize,
    article: &str,
    s: SentenceView,
) -> AnyView {
    let events = sentence_events(&doc.events, article, s.start, s.end);
    let has_event = !events.is_empty();
    let (start, end) = (s.start, s.end);
    if !has_event
        && s.pieces
            .iter()
            .all(|p| p.timex.is_none() && p.figure.is_none())
    {
        // Nothing here selects, is selected or is pointed at (plain sentences come here
        // only when they carry an artifact note; the rest are drawn by `plain_text`):
        // no listeners or reactive attributes.
        let pieces = s
            .pieces
            .into_iter()
            .map(|p| piece_view(state, doc, p))
            .collect_view();
        return view! {
            <span class="sent" id=sentence_dom_id(index, start) data-start=start data-end=end>
                {pieces}
            </span>
            " "
        }
        .into_any();
    }
    let interactive = s
        .pieces
        .iter()
        .any(|p| piece_target(doc, p).is_some() && p.first);
    let art = article.to_string();
    let marked = move || {
        state.marked.with(|m| {
            m.as_ref()
                .is_some_and(|m| mention_overlaps(m, &art, start, end.max(start + 1)))
        })
    };
    let in_event = {
        let events = events.clone();
        move || {
            state
                .selected
                .with(|sel| sel.as_ref().is_some_and(|id| events.contains(id)))
        }
    };
    let first_event: Target = events.first().cloned();
    let activate = {
        let target = first_event.clone();
        move || {
            if let Some(id) = target.clone() {
                state.selected.set(Some(id));
            }
        }
    };
    let on_click = {
        let activate = activate.clone();
        move |_: ev::MouseEvent| activate()
    };
    let on_key = move |e: ev::KeyboardEvent| {
        if e.key() == "Enter" && e.target() == e.current_target() {
            activate();
        }
    };
    // An event sentence without its own focusable highlight is itself a tab stop.
    let tabindex = if has_event && !interactive { "0" } else { "-1" };
    let pieces = s
        .pieces
        .into_iter()
        .map(|p| piece_view(state, doc, p))
        .collect_view();
    let marked_attr = marked.clone();
    view! {
        <span
            class="sent"
            class:event-sent=has_event
            class:in-event=flag(in_event)
            class:marked=flag(marked)
            id=sentence_dom_id(index, start)
            data-start=start
            data-end=end
            data-events=events.join(" ")
            tabindex=tabindex
            aria-current=dynamic(move || marked_attr().then_some("true"))
            on:click=handler(on_click)
            on:keydown=handler(on_key)
        >
            {pieces}
        </span>
        " "
    }
    .into_any()
}

/// The event a piece selects: its temporal expression's event, else its figure's.
fn piece_target(doc: &Extraction, p: &Piece) -> Target {
    p.timex
        .and_then(|i| doc.timexes.get(i))
        .and_then(|t| timex_event(&doc.events, t))
        .or_else(|| {
            p.figure
                .and_then(|i| doc.casualties.get(i))
                .and_then(|c| figure_event(&doc.events, c))
        })
        .map(|e| e.id.clone())
}

/// One piece: plain text, a hidden artifact, or a highlight that selects its event.
fn piece_view(state: AppState, doc: &Extraction, p: Piece) -> AnyView {
    if p.artifact == Some(ArtifactStyle::Hidden) {
        return ().into_any();
    }
    if p.artifact == Some(ArtifactStyle::Note) {
        return view! { <span class="artifact">{p.text}</span> }.into_any();
    }
    if p.timex.is_none() && p.figure.is_none() {
        return p.text.into_any();
    }
    let target = piece_target(doc, &p);
    let timex = p.timex.and_then(|i| doc.timexes.get(i).map(|t| (i, t)));
    let (title, resolved, described_by) = match timex {
        Some((i, t)) => (
            timex_description(t),
            Some(timex_tooltip(t)),
            Some(format!("timex-{i}-desc")),
        ),
        None => {
            let c = p.figure.and_then(|i| doc.casualties.get(i));
            let what = c
                .map(|c| {
                    format!(
                        "Casualty figure: {} {}, {}",
                        crate::cards::labels::group_label(c.group).to_lowercase(),
                        crate::cards::labels::outcome_label(c.outcome),
                        crate::cards::labels::as_written(c.count, c.qualifier)
                    )
                })
                .unwrap_or_default();
            (what, None, None)
        }
    };
    let selected = {
        let target = target.clone();
        move || target.is_some() && state.selected.with(|s| s.as_deref() == target.as_deref())
    };
    let role = target.is_some().then_some("button");
    // One tab stop per highlight (its first piece); timexes are focusable even without
    // an event, so keyboard users can read how they were resolved.
    let tabindex = if p.first && (target.is_some() || p.timex.is_some()) {
        Some("0")
    } else {
        None
    };
    let activate = {
        let target = target.clone();
        move || {
            if let Some(id) = target.clone() {
                state.selected.set(Some(id));
            }
        }
    };
    let on_click = {
        let activate = activate.clone();
        let has = target.is_some();
        move |e: ev::MouseEvent| {
            if has {
                e.stop_propagation();
                activate();
            }
        }
    };
    let has = target.is_some();
    let on_key = move |e: ev::KeyboardEvent| {
        if has && (e.key() == "Enter" || e.key() == " ") {
            e.prevent_default();
            e.stop_propagation();
            activate();
        }
    };
    view! {
        <mark
            class="hl"
            class:hl-timex=p.timex.is_some()
            class:hl-fig=p.figure.is_some()
            class:hl-selected=selected
            role=role
            tabindex=tabindex
            title=title
            data-resolved=resolved
            data-event=target.unwrap_or_default()
            aria-describedby=described_by
            on:click=handler(on_click)
            on:keydown=handler(on_key)
        >
            {p.text}
        </mark>
    }
    .into_any()
}
