//! Casualty cards, drawn from `crate::cards`: one `<article>` per incident, one line per
//! (group, outcome) with every source's figure as written, the reconciled value and the
//! rule that reached it, breakdowns, explicit zeros, zeros that name no group ("No one
//! killed, says …"), discrepancies and unquantified claims. Every figure has a source
//! chip that marks its sentence in the reader.
//!
//! The component only draws: reconciliation is `crate::cards::build_cards`, the claims
//! are `crate::view_model::notes::card_notes`.

use crate::{
    cards::{build_cards, no_data_note, Card, Line, Reconciled, SourceFigure},
    model::{Group, Mention},
    view_model::notes::{card_notes, Note},
};
use leptos::prelude::*;

use super::{
    erase::{choice, dynamic, flag, handler},
    state::{use_state, AppState},
};

/// The contract's (snake_case) name of a group, for the `data-group` test hook (written
/// out, not through serde_json: the page's module has no JSON code for this).
fn group_key(g: Group) -> String {
    match g {
        Group::UsForces => "us_forces",
        Group::PartnerForces => "partner_forces",
        Group::Militants => "militants",
        Group::Civilians => "civilians",
        Group::Other => "other",
    }
    .to_string()
}

/// The contract's (snake_case) name of an outcome, for the `data-outcome` test hook.
fn outcome_key(o: crate::model::Outcome) -> String {
    use crate::model::Outcome;
    match o {
        Outcome::Killed => "killed",
        Outcome::Injured => "injured",
        Outcome::Captured => "captured",
    }
    .to_string()
}

/// One card per incident with casualty figures, oldest first; the selected event's card
/// is highlighted and shown first.
#[component]
pub fn Cards() -> impl IntoView {
    let state = use_state();
    let cards = Memo::new(move |_| {
        state.shown.with(|doc| {
            build_cards(doc)
                .into_iter()
                .map(|card| {
                    let notes = card_notes(&card, doc);
                    (card, notes)
                })
                .collect::<Vec<_>>()
        })
    });
    // The cards are drawn once per document; selection only toggles classes, so focus
    // stays where it is (a re-render would drop it). The selected card is moved first
    // visually by CSS `order`. Keyed by document generation and position, each new
    // document draws its cards afresh: a keyed list never rebuilds a card in place, so
    // no rebuild code is compiled for the card view.
    let generation = StoredValue::new(0_u64);
    let each = move || {
        let list = cards.get();
        generation.update_value(|g| *g += 1);
        let g = generation.get_value();
        list.into_iter()
            .enumerate()
            .map(move |(i, card)| (g, i, card))
            .collect::<Vec<_>>()
    };
    let empty = dynamic(move || {
        cards.with(Vec::is_empty).then(|| {
            view! { <p class="cards-empty">"No casualty figures in these articles."</p> }.into_any()
        })
    });
    view! {
        <section class="cards" aria-labelledby="cards-heading">
            <h2 id="cards-heading">"Casualty cards"</h2>
            {empty}
            <For
                each=each
                key=|(g, i, _)| (*g, *i)
                children=move |(_, i, (card, notes))| {
                    let id = card.event_id.clone();
                    let selected = Memo::new(move |_| {
                        id.is_some() && state.selected.with(|s| s.as_deref() == id.as_deref())
                    });
                    card_view(state, i, card, notes, selected)
                }
            />
        </section>
    }
}

/// One incident's card.
fn card_view(
    state: AppState,
    index: usize,
    card: Card,
    notes: Vec<Note>,
    selected: Memo<bool>,
) -> impl IntoView {
    let heading = format!("card-{index}-title");
    let labelled_by = heading.clone();
    let event_id = card.event_id.clone();
    // An incident the time axis cannot place is selected in the "Date unknown" strip.
    let off_axis = card
        .date
        .as_deref()
        .is_some_and(|d| crate::timeval::parse(d).is_none());
    let select = event_id.clone().map(|id| {
        let label = choice(move || match (selected.get(), off_axis) {
            (true, false) => "Selected on the timeline",
            (false, false) => "Select on the timeline",
            (true, true) => "Selected under “Date unknown”",
            (false, true) => "Select under “Date unknown”",
        });
        let pressed = choice(move || if selected.get() { "true" } else { "false" });
        view! {
            <button
                type="button"
                class="card-select"
                aria-pressed=pressed
                on:click=handler(move |_| state.selected.set(Some(id.clone())))
            >
                {label}
            </button>
        }
    });
    let no_data = no_data_note(&card).map(|note| view! { <p class="card-nodata">{note}</p> });
    // Zeros that name no group, as the sources said them ("No one killed, says …").
    let said = (!card.said.is_empty()).then(|| {
        view! {
            <ul class="card-said">
                {card
                    .said
                    .iter()
                    .map(|z| {
                        view! {
                            <li class="said" data-testid="card-said">
                                <span class="said-text">{z.text.clone()}</span>
                                " "
                                {chip(state, z.span.clone(), "in the article".to_string(), String::new(), false)}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    let claims = (!notes.is_empty()).then(|| {
        view! {
            <div class="card-claims">
                <h4>"Claims without a number"</h4>
                <ul>
                    {notes
                        .into_iter()
                        .map(|n| {
                            view! {
                                <li class="claim">
                                    <q class="claim-text">{n.text.clone()}</q>
                                    " "
                                    <span class="chips">
                                        {n
                                            .sources
                                            .into_iter()
                                            .map(|(source, span)| {
                                                chip(state, span, source, String::new(), false)
                                            })
                                            .collect_view()}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    view! {
        <article
            class="card"
            class:selected=selected
            data-testid="casualty-card"
            data-event-id=event_id.unwrap_or_default()
            aria-labelledby=labelled_by
            aria-current=dynamic(move || selected.get().then_some("true"))
        >
            <header class="card-head">
                <h3 id=heading.clone() class="card-title">{card.title.clone()}</h3>
                <p class="card-date">{card.date_label.clone()}</p>
                {select}
            </header>
            <ul class="card-lines">
                {card.lines.into_iter().map(|l| line_view(state, l)).collect_view()}
            </ul>
            {said}
            {claims}
            {no_data}
        </article>
    }
}

/// The support of a line, short: "✓ 2 sources agree", "none reported · 2 sources".
fn support(line: &Line) -> String {
    let n = line.source_count();
    let of = if n == 1 {
        "1 source".to_string()
    } else {
        format!("{n} sources")
    };
    match line.reconciled {
        Reconciled::Agree { sources, .. } if sources >= 2 => format!("✓ {sources} sources agree"),
        Reconciled::Zero { sources } => {
            let of = if sources == 1 {
                "1 source".to_string()
            } else {
                format!("{sources} sources")
            };
            format!("none reported · {of}")
        }
        Reconciled::Range { .. } if line.discrepancy.is_some() => "⚠ sources differ".to_string(),
        _ => of,
    }
}

/// One (group, outcome) line of a card.
fn line_view(state: AppState, line: Line) -> impl IntoView {
    let sentence = line.sentence();
    let zero = matches!(line.reconciled, Reconciled::Zero { .. });
    let differ = line.discrepancy.is_some();
    let support = support(&line);
    let value = line.reconciled.label();
    let names: Vec<(String, String)> = line
        .sources
        .iter()
        .map(|f| (f.article.clone(), f.source.clone()))
        .collect();
    let name_of = move |article: &str| {
        names
            .iter()
            .find(|(a, _)| a == article)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| article.to_string())
    };
    let breakdown = line.breakdown.clone().map(|b| {
        let status = if b.consistent { "✓ consistent" } else { "⚠ does not add up" };
        let differing = (!b.differing.is_empty()).then(|| {
            view! { <span class="breakdown-differing">{format!(" ({})", b.differing_text())}</span> }
        });
        // One chip per part and source, so every part links to each sentence giving it.
        let parts = b
            .parts
            .iter()
            .flat_map(|p| {
                let mut seen: Vec<&str> = Vec::new();
                p.spans
                    .iter()
                    .filter(|s| {
                        let first = !seen.contains(&s.article.as_str());
                        seen.push(&s.article);
                        first
                    })
                    .map(|s| (format!("{} · {}", p.render(), name_of(&s.article)), s.clone()))
                    .collect::<Vec<_>>()
            })
            .map(|(label, span)| chip(state, span, label, String::new(), false))
            .collect_view();
        view! {
            <div class="line-breakdown" class:inconsistent=!b.consistent>
                <span class="breakdown-eq" aria-hidden="true">{b.render()}</span>
                " "
                <span class="badge" class:ok=b.consistent>{status}</span>
                <span class="chips" role="group" aria-label="Breakdown sentences">{parts}</span>
                {differing}
            </div>
        }
    });
    let discrepancy = line.discrepancy.clone().map(|d| {
        view! {
            <p class="line-discrepancy">
                <span aria-hidden="true">"⚠ "</span>
                "Sources differ: "
                {d}
            </p>
        }
    });
    let chips_label = format!("Sources for {}", line.label.to_lowercase());
    let chips = line
        .sources
        .iter()
        .map(|f| source_chip(state, f))
        .collect_view();
    let rule = line.rule.clone();
    view! {
        <li
            class="card-line"
            class:zero=zero
            class:differ=differ
            data-group=group_key(line.group)
            data-outcome=outcome_key(line.outcome)
            data-value=line.data_value()
        >
            <p class="visually-hidden">{sentence}</p>
            <div class="line-main" aria-hidden="true">
                <span class="line-label">{line.label.clone()}</span>
                <span class="line-value">{value}</span>
                <span class="line-support">{support}</span>
            </div>
            <div class="chips" role="group" aria-label=chips_label>
                {chips}
            </div>
            {breakdown}
            {discrepancy}
            <p class="line-rule">{rule}</p>
        </li>
    }
}

/// The chip of one source's figure: "at least 15 · The Sun · undated (31 Aug 2024,
/// inferred)".
fn source_chip(state: AppState, f: &SourceFigure) -> AnyView {
    match f.spans.first() {
        Some(span) => chip(
            state,
            span.clone(),
            format!("{} · {}", f.as_written, f.source),
            f.date_label.clone(),
            f.date_inferred,
        )
        .into_any(),
        None => view! { <span class="chip">{f.chip()}</span> }.into_any(),
    }
}

/// A button that marks `span` in the reader (which scrolls to and focuses it).
fn chip(
    state: AppState,
    span: Mention,
    label: String,
    date: String,
    inferred: bool,
) -> impl IntoView {
    let date = (!date.is_empty()).then(|| {
        view! {
            <span class="chip-date" class:inferred=inferred>
                {format!(" · {date}")}
            </span>
        }
    });
    let marked = {
        let span = span.clone();
        move || state.marked.with(|m| m.as_ref() == Some(&span))
    };
    view! {
        <button
            type="button"
            class="chip"
            class:active=flag(marked)
            title="Show this sentence in the article"
            data-article=span.article.clone()
            data-start=span.start
            on:click=handler(move |_| state.marked.set(Some(span.clone())))
        >
            <span class="chip-label">{label}</span>
            {date}
        </button>
    }
}
