//! Browser tests of components: each mounts a component on a real DOM in headless
//! Chromium (wasm-bindgen-test) and checks what it drew.
#![cfg(target_arch = "wasm32")]

use dateline::{
    model::{Article, Event, EventKind, Extraction, Mention},
    shared::Shared,
    story::Story,
    ui::timeline::Timeline,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn article(id: &str, outlet: &str) -> Article {
    Article {
        outlet: Some(outlet.into()),
        ..Article::new(id, format!("{id}.txt"))
    }
}

fn event(id: &str, date: &str, title: &str, articles: &[&str]) -> Event {
    Event {
        id: id.into(),
        date: date.into(),
        title: title.into(),
        mentions: articles
            .iter()
            .map(|a| Mention {
                article: (*a).into(),
                start: 0,
                end: 1,
            })
            .collect(),
        kind: EventKind::Attack,
        casualties: vec![],
        dated_by: None,
    }
}

/// Mounts `f` in a fresh element of the page and returns that element.
fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    std::mem::forget(leptos::mount::mount_to(host.clone(), f));
    host
}

#[wasm_bindgen_test]
fn timeline_draws_each_dated_event_with_date_title_and_sources() {
    let doc = Extraction {
        articles: vec![article("a", "Outlet A"), article("b", "Outlet B")],
        events: vec![
            event("raid", "2024-08-29", "Joint raid", &["a", "b"]),
            event("peak", "2014", "Peak of the group", &["b"]),
            event("vague", "PAST_REF", "Undatable", &["a"]),
        ],
        ..Extraction::default()
    };
    let story = Shared::new(Story::new(&doc));
    let host = mount(move || view! { <Timeline story=Signal::stored(story) /> });
    let events = host
        .query_selector_all("[data-testid=timeline] [data-event-id]")
        .unwrap();
    assert_eq!(
        events.length(),
        2,
        "only dated events are placed on the axis"
    );
    let raid = host
        .query_selector("[data-event-id=raid]")
        .unwrap()
        .expect("raid drawn");
    let text = raid.text_content().unwrap_or_default();
    assert!(text.contains("29 Aug 2024"), "{text}");
    assert!(text.contains("Joint raid"), "{text}");
    assert!(
        text.contains("Outlet A") && text.contains("Outlet B"),
        "{text}"
    );
    let first = events.item(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(
        first.get_attribute("data-event-id").as_deref(),
        Some("peak"),
        "chronological order"
    );
}

/// A casualty figure of the raid, for the cards and reader tests.
fn figure(
    article: &str,
    n: usize,
    count: u32,
    qualifier: dateline::model::Qualifier,
) -> dateline::model::Casualty {
    dateline::model::Casualty {
        article: article.into(),
        start: 0,
        end: 10,
        text: "x".into(),
        group: dateline::model::Group::Militants,
        outcome: dateline::model::Outcome::Killed,
        count,
        qualifier,
        incident_date: Some("2024-08-29".into()),
        note: None,
        who: None,
        id: format!("{article}:c{n}"),
        event: Some("raid".into()),
    }
}

/// App state around `doc`, provided as context to the mounted component.
fn state_of(doc: Extraction) -> dateline::ui::state::AppState {
    dateline::ui::state::AppState::new(doc)
}

#[wasm_bindgen_test]
fn cards_show_each_source_as_written_and_chips_mark_the_sentence() {
    use dateline::model::Qualifier;
    let doc = Extraction {
        articles: vec![article("a", "The Sun"), article("b", "Al Jazeera")],
        casualties: vec![
            figure("a", 0, 15, Qualifier::AtLeast),
            figure("b", 0, 15, Qualifier::Exact),
        ],
        events: vec![event("raid", "2024-08-29", "Joint raid", &["a", "b"])],
        ..Extraction::default()
    };
    let state = state_of(doc);
    let host = mount(move || {
        provide_context(state);
        view! { <dateline::ui::cards::Cards /> }
    });
    let line = host
        .query_selector("[data-testid=casualty-card] [data-group=militants][data-outcome=killed]")
        .unwrap()
        .expect("a militants-killed line");
    assert_eq!(line.get_attribute("data-value").as_deref(), Some("15"));
    let text = line.text_content().unwrap_or_default();
    assert!(text.contains("at least 15 · The Sun"), "{text}");
    assert!(text.contains("15 · Al Jazeera"), "{text}");
    assert!(text.contains("2 sources agree"), "{text}");
    let chip: web_sys::HtmlElement = line
        .query_selector("button.chip")
        .unwrap()
        .expect("a chip")
        .unchecked_into();
    chip.click();
    let marked = state
        .marked
        .get_untracked()
        .expect("the chip marks a sentence");
    assert_eq!((marked.start, marked.end), (0, 10));
}

#[wasm_bindgen_test]
fn reader_renders_hostile_text_as_text_and_a_date_click_selects_its_event() {
    use dateline::model::{Sentence, SentenceKind, Timex, TimexType};
    let text = "On Thursday <img src=x onerror=alert(1)> raid.";
    let mut a = article("a", "Outlet A");
    a.text = Some(text.into());
    a.sentences = vec![Sentence {
        start: 0,
        end: text.chars().count(),
        kind: SentenceKind::Body,
    }];
    let mut raid = event("raid", "2024-08-29", "Joint raid", &["a"]);
    raid.mentions[0].end = text.chars().count();
    let doc = Extraction {
        articles: vec![a],
        timexes: vec![Timex {
            article: "a".into(),
            start: 3,
            end: 11,
            text: "Thursday".into(),
            kind: TimexType::Date,
            value: "2024-08-29".into(),
            modifier: None,
            anchor: None,
        }],
        events: vec![raid],
        ..Extraction::default()
    };
    let state = state_of(doc);
    let host = mount(move || {
        provide_context(state);
        view! { <dateline::ui::reader::Reader /> }
    });
    assert!(
        host.query_selector("img").unwrap().is_none(),
        "no element from the text"
    );
    let sentence = host.query_selector(".sent").unwrap().expect("a sentence");
    assert_eq!(sentence.text_content().as_deref(), Some(text));
    let mark: web_sys::HtmlElement = host
        .query_selector("mark.hl-timex")
        .unwrap()
        .expect("the date is highlighted")
        .unchecked_into();
    assert_eq!(mark.text_content().as_deref(), Some("Thursday"));
    mark.click();
    assert_eq!(state.selected.get_untracked().as_deref(), Some("raid"));
}

#[wasm_bindgen_test]
fn detail_shows_the_selected_event_with_its_sentences_and_marks_one() {
    let mut a = article("a", "Outlet A");
    a.text = Some("Intro. Troops raided the camp on Thursday.".into());
    let mut raid = event("raid", "2024-08-29", "Joint raid", &["a"]);
    raid.mentions[0] = Mention {
        article: "a".into(),
        start: 7,
        end: 42,
    };
    let doc = Extraction {
        articles: vec![a],
        events: vec![event("peak", "2014", "Peak", &["a"]), raid],
        ..Extraction::default()
    };
    let state = dateline::ui::state::AppState::new(doc);
    state.selected.set(Some("raid".into()));
    let host = mount(move || {
        provide_context(state);
        view! { <dateline::ui::detail::Detail /> }
    });
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("29 Aug 2024 — Joint raid"), "{text}");
    assert!(text.contains("Event 2 of 2"), "{text}");
    assert!(text.contains("Outlet A"), "{text}");
    assert!(
        text.contains("Troops raided the camp on Thursday."),
        "{text}"
    );
    let show: web_sys::HtmlElement = host
        .query_selector(".detail-show")
        .unwrap()
        .expect("a show-in-article button")
        .unchecked_into();
    show.click();
    assert_eq!(
        state.marked.get_untracked(),
        Some(Mention {
            article: "a".into(),
            start: 7,
            end: 42
        })
    );
}

#[wasm_bindgen_test]
fn import_dialog_lists_added_articles_as_text_and_notices_offer_their_action() {
    use dateline::ui::{
        import::Import,
        notice_list::{self as notices, Action, Level},
        notices::Notices,
        state::AppState,
    };
    let state = AppState::embedded();
    state.user.update(|s| {
        s.add(
            "<img src=x onerror=\"window.__xss=1\">",
            "Text.".into(),
            Some("Gazette".into()),
            None,
            None,
        );
    });
    notices::push_with(
        state.notices,
        Level::Warning,
        "Stored data unreadable.",
        Some(Action::ClearStorage),
    );
    let host = mount(move || {
        provide_context(state);
        view! { <Notices /> <Import /> }
    });
    let item = host
        .query_selector(".added-list li")
        .unwrap()
        .expect("the added article is listed");
    let text = item.text_content().unwrap_or_default();
    assert!(
        text.contains("<img src=x onerror=\"window.__xss=1\">"),
        "{text}"
    );
    assert!(text.contains("Gazette"), "{text}");
    assert!(
        host.query_selector("img").unwrap().is_none(),
        "no element injected"
    );
    let remove = host
        .query_selector(".added-list button")
        .unwrap()
        .expect("a Remove button");
    assert_eq!(
        remove.get_attribute("aria-label").as_deref(),
        Some("Remove “<img src=x onerror=\"window.__xss=1\">”")
    );
    let notice = host
        .query_selector(".notices .notice-warning")
        .unwrap()
        .expect("the warning is drawn");
    let text = notice.text_content().unwrap_or_default();
    assert!(text.contains("Stored data unreadable."), "{text}");
    assert!(text.contains("Clear saved data"), "{text}");
    assert!(text.contains("Dismiss"), "{text}");
}

#[wasm_bindgen_test]
fn the_panic_notice_is_unhidden_with_the_message_as_text() {
    let document = web_sys::window().unwrap().document().unwrap();
    let fatal = document.create_element("div").unwrap();
    fatal.set_id("fatal");
    fatal.set_attribute("hidden", "").unwrap();
    let detail = document.create_element("p").unwrap();
    detail.set_id("fatal-detail");
    fatal.append_child(&detail).unwrap();
    document.body().unwrap().append_child(&fatal).unwrap();
    dateline::ui::notices::show_fatal("panicked at <b>src/x.rs</b>: boom");
    assert!(!fatal.has_attribute("hidden"));
    assert_eq!(
        detail.text_content().as_deref(),
        Some("panicked at <b>src/x.rs</b>: boom")
    );
    assert!(
        detail.query_selector("b").unwrap().is_none(),
        "text, not HTML"
    );
    fatal.remove();
}
