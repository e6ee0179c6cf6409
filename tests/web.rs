//! Browser tests of components: each mounts a component on a real DOM in headless
//! Chromium (wasm-bindgen-test) and checks what it drew.
#![cfg(target_arch = "wasm32")]

use dateline::{
    model::{Article, Event, EventKind, Extraction, Mention, ReferenceBasis},
    ui::timeline::Timeline,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn article(id: &str, outlet: &str) -> Article {
    Article {
        id: id.into(),
        path: format!("{id}.txt"),
        published: None,
        reference_date: None,
        reference_basis: ReferenceBasis::None,
        inferred_from: None,
        outlet: Some(outlet.into()),
        title: None,
        url: None,
        sentences: vec![],
        artifacts: vec![],
        text: None,
        user_added: false,
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
    let host = mount(move || view! { <Timeline doc=Signal::stored(doc) /> });
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

#[wasm_bindgen_test]
fn import_dialog_lists_added_articles_as_text_and_notices_offer_their_action() {
    use dateline::ui::{
        import::Import,
        notices::{self, Action, Level, Notices},
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
