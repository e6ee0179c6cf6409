//! The Import dialog: paste an article (with optional title, outlet and publication
//! date) or pick/drop `.txt` files; each is checked (`store::validate_import`), saved,
//! and the whole story re-extracted in the browser. A Dateline JSON export can be opened
//! the same way. Lists the added articles with Remove buttons, and "Reset to the
//! embedded story".
//!
//! Files are read one by one, yielding to the browser between them, and the articles
//! are extracted in a Web Worker (`ui::extractor`); a `<progress>` and text say how far
//! it is. All article text and file names are drawn as text nodes.

use super::{
    notice_list::Level,
    notices::{Guard, Problem},
    state::{use_state, AppState},
    storage,
};
use crate::{
    imported,
    imported::FileKind,
    store::{self, ImportError},
};
use gloo_timers::future::TimeoutFuture;
use leptos::{ev, prelude::*, task::spawn_local};

/// One thing the user asked to add.
pub enum Item {
    /// Text typed or pasted into the form.
    Pasted {
        /// Title typed, else the text's headline, else "Pasted article".
        name: String,
        /// The text as typed.
        text: String,
        /// The outlet, when given.
        outlet: Option<String>,
        /// The publication date, when given.
        published: Option<chrono::NaiveDate>,
    },
    /// A picked or dropped file.
    File(gloo_file::File),
}

/// How far a running import is.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Steps finished.
    pub done: usize,
    /// Steps in all (one per item, plus extraction).
    pub total: usize,
    /// What is happening now.
    pub label: String,
}

/// The outcome of the last import, shown in the dialog: messages with their level, or
/// a problem when nothing at all could be added.
pub type Report = Option<Result<Vec<(Level, String)>, Problem>>;

/// How long Undo is offered after an article is removed, in milliseconds.
const UNDO_MS: u32 = 8_000;

/// Largest JSON export accepted for opening (bigger than an article: it holds several).
const MAX_DATASET_BYTES: usize = 20 * 1024 * 1024;

/// Lets the browser draw and handle input before the next step.
async fn breathe(ms: u32) {
    TimeoutFuture::new(ms).await;
}

/// Adds `items`: reads and checks each, saves the good ones, re-extracts the story once,
/// and reports per item. A JSON export replaces the document on screen.
pub async fn run(
    state: AppState,
    items: Vec<Item>,
    progress: RwSignal<Option<Progress>>,
    report: RwSignal<Report>,
) {
    let total = items.len() + 1;
    let mut lines: Vec<(Level, String)> = Vec::new();
    let mut added: Vec<(String, String)> = Vec::new();
    let mut dataset = None;
    for (i, item) in items.into_iter().enumerate() {
        let name = match &item {
            Item::Pasted { name, .. } => name.clone(),
            Item::File(f) => f.name(),
        };
        progress.set(Some(Progress {
            done: i,
            total,
            label: format!("Reading “{name}” ({} of {})…", i + 1, total - 1),
        }));
        breathe(0).await;
        match read_item(item).await {
            Ok(Read::Article {
                text,
                outlet,
                published,
            }) => {
                let id = state
                    .user
                    .try_update(|saved| saved.add(&name, text, outlet, published, None));
                if let Some(id) = id {
                    added.push((id, name));
                }
            }
            Ok(Read::Dataset(doc)) => dataset = Some((name, doc)),
            Err(message) => lines.push((Level::Error, message)),
        }
    }
    if !added.is_empty() {
        progress.set(Some(Progress {
            done: total - 1,
            total,
            label: format!(
                "Finding dates and figures in {} article{}…",
                added.len(),
                if added.len() == 1 { "" } else { "s" }
            ),
        }));
        // Saved first, so nothing is lost whatever happens next.
        storage::persist(state);
        let rebuilt = storage::rebuild(state).await;
        if rebuilt == storage::Rebuilt::Shown {
            let first = state.doc.with_untracked(|doc| {
                for (id, name) in &added {
                    let found = imported::found(doc, id);
                    let level = if found.is_nothing() {
                        Level::Warning
                    } else {
                        Level::Info
                    };
                    lines.push((level, imported::added_message(name, found)));
                }
                let ids: Vec<String> = added.iter().map(|(id, _)| id.clone()).collect();
                imported::first_new_event(doc, &ids)
                    .map(|e| (e.id.clone(), imported::selected_message(doc, e)))
            });
            // Show where the new article went: its first event, selected (the timeline
            // pans to a selection out of view).
            if let Some((id, message)) = first {
                state.selected.set(Some(id));
                lines.push((Level::Info, message));
            }
        } else if rebuilt == storage::Rebuilt::Overtaken {
            // A newer rebuild shows them (e.g. with the saved articles, read meanwhile).
            for (_, name) in &added {
                lines.push((Level::Info, format!("Added “{name}”.")));
            }
        } else if rebuilt == storage::Rebuilt::Failed {
            lines.push((
                Level::Error,
                "Your articles were saved, but could not be extracted now (see the notice \
                 above the timeline)."
                    .to_string(),
            ));
        }
    }
    if let Some((name, doc)) = dataset {
        lines.push((Level::Info, imported::dataset_message(&name, &doc)));
        state.selected.set(None);
        state.marked.set(None);
        storage::show_dataset(state, doc);
    }
    progress.set(None);
    let all_failed = !lines.is_empty() && lines.iter().all(|(l, _)| *l == Level::Error);
    report.set(Some(if all_failed {
        Err(Problem(
            lines
                .into_iter()
                .map(|(_, m)| m)
                .collect::<Vec<_>>()
                .join(" "),
        ))
    } else {
        Ok(lines)
    }));
}

/// An item read and checked.
enum Read {
    Article {
        text: String,
        outlet: Option<String>,
        published: Option<chrono::NaiveDate>,
    },
    Dataset(crate::model::Extraction),
}

async fn read_item(item: Item) -> Result<Read, String> {
    match item {
        Item::Pasted {
            name,
            text,
            outlet,
            published,
        } => store::validate_import(&name, text.as_bytes())
            .map(|text| Read::Article {
                text,
                outlet,
                published,
            })
            .map_err(|e| e.to_string()),
        Item::File(file) => {
            let name = file.name();
            let kind = FileKind::of(&name, &file.raw_mime_type());
            let size = usize::try_from(file.size()).unwrap_or(usize::MAX);
            let limit = match kind {
                FileKind::Article => store::MAX_ARTICLE_BYTES,
                FileKind::Dataset => MAX_DATASET_BYTES,
            };
            if size > limit {
                // Refuse before reading a huge file into memory.
                let e = ImportError::TooLarge { name, bytes: size };
                return Err(match kind {
                    FileKind::Article => e.to_string(),
                    FileKind::Dataset => format!("{e} (a JSON export can be at most 20 MB)"),
                });
            }
            let bytes = gloo_file::futures::read_as_bytes(&file)
                .await
                .map_err(|_| format!("“{name}” could not be read."))?;
            match kind {
                FileKind::Article => store::validate_import(&name, &bytes)
                    .map(|text| Read::Article {
                        text,
                        outlet: None,
                        published: None,
                    })
                    .map_err(|e| e.to_string()),
                FileKind::Dataset => {
                    let text = String::from_utf8(bytes)
                        .map_err(|_| format!("“{name}” is not UTF-8 JSON."))?;
                    super::extractor::read_dataset(text)
                        .await
                        .map(Read::Dataset)
                        .map_err(|e| format!("“{name}”: {e}"))
                }
            }
        }
    }
}

/// Files of a `FileList` (from a file input or a drop).
fn files_of(list: Option<web_sys::FileList>) -> Vec<gloo_file::File> {
    list.map(|l| gloo_file::FileList::from(l).iter().cloned().collect())
        .unwrap_or_default()
}

/// The Import button and its dialog; files dropped anywhere on the page open it too.
#[component]
pub fn Import() -> impl IntoView {
    let state = use_state();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let opener = NodeRef::<leptos::html::Button>::new();
    let progress = RwSignal::new(None::<Progress>);
    let report = RwSignal::new(None::<Result<Vec<(Level, String)>, Problem>>);
    let title = RwSignal::new(String::new());
    let outlet = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    // A word of the pasted text that only a publication date can place, asked about
    // before adding when no date was given.
    let ask_date = RwSignal::new(None::<String>);
    let date_input = NodeRef::<leptos::html::Input>::new();
    // The article just removed and where it was, while Undo is offered.
    let removed = RwSignal::new(None::<(usize, store::SavedArticle)>);

    let open = move || {
        if let Some(d) = dialog.get_untracked() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    };
    let start = move |items: Vec<Item>| {
        if items.is_empty() {
            return;
        }
        open();
        report.set(None);
        spawn_local(run(state, items, progress, report));
    };

    // Files dropped anywhere on the page.
    let over = window_event_listener(ev::dragover, move |e| {
        e.prevent_default();
        dragging.set(true);
    });
    let leave = window_event_listener(ev::dragleave, move |_| dragging.set(false));
    let drop = window_event_listener(ev::drop, move |e| {
        e.prevent_default();
        dragging.set(false);
        let files = files_of(e.data_transfer().and_then(|d| d.files()));
        start(files.into_iter().map(Item::File).collect());
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });

    let add_pasted = move |without_date: bool| {
        if !without_date && date.with_untracked(|d| imported::form_date(d).is_none()) {
            if let Some(word) = text.with_untracked(|t| imported::needs_date(t)) {
                ask_date.set(Some(word));
                if let Some(input) = date_input.get_untracked() {
                    let _ = input.focus();
                }
                return;
            }
        }
        ask_date.set(None);
        let name = imported::pasted_name(&title.get_untracked(), &text.get_untracked());
        let item = Item::Pasted {
            name,
            text: text.get_untracked(),
            outlet: imported::form_text(&outlet.get_untracked()),
            published: imported::form_date(&date.get_untracked()),
        };
        // Keep what was typed when it is refused, so nothing is lost.
        if store::validate_import("", text.get_untracked().as_bytes()).is_ok() {
            title.set(String::new());
            outlet.set(String::new());
            date.set(String::new());
            text.set(String::new());
        }
        start(vec![item]);
    };
    let submit = move |e: ev::SubmitEvent| {
        e.prevent_default();
        add_pasted(false);
    };
    let picked = move |e: ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&e);
        let files = files_of(input.files());
        input.set_value("");
        start(files.into_iter().map(Item::File).collect());
    };
    let remove = move |id: String, name: String| {
        let taken = state.user.try_update(|s| {
            let at = s.articles.iter().position(|a| a.id == id)?;
            Some((at, s.articles.remove(at)))
        });
        removed.set(taken.flatten());
        storage::persist(state);
        report.set(Some(Ok(vec![(Level::Info, format!("Removed “{name}”."))])));
        spawn_local(async move {
            storage::rebuild(state).await;
        });
        // Undo is offered for a few seconds, until another article is removed.
        spawn_local(async move {
            TimeoutFuture::new(UNDO_MS).await;
            if removed.with_untracked(|r| r.as_ref().is_some_and(|(_, a)| a.id == id)) {
                removed.set(None);
            }
        });
    };
    let undo = move |_| {
        let Some((at, article)) = removed.get_untracked() else {
            return;
        };
        removed.set(None);
        let name = article.name.clone();
        state.user.update(|s| {
            if !s.articles.iter().any(|a| a.id == article.id) {
                s.articles.insert(at.min(s.articles.len()), article);
            }
        });
        storage::persist(state);
        report.set(Some(Ok(vec![(Level::Info, format!("Restored “{name}”."))])));
        spawn_local(async move {
            storage::rebuild(state).await;
        });
    };
    let reset = move |_| {
        let n = state.user.with_untracked(|s| s.articles.len());
        let question = if n == 0 {
            "Show the embedded story again?".to_string()
        } else {
            format!("Remove your {n} added article(s) and show the embedded story again?")
        };
        let yes = web_sys::window()
            .and_then(|w| w.confirm_with_message(&question).ok())
            .unwrap_or(false);
        if yes {
            storage::reset(state);
            report.set(Some(Ok(vec![(
                Level::Info,
                "Reset to the embedded story.".to_string(),
            )])));
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    let closed = move |_| {
        if let Some(b) = opener.get_untracked() {
            let _ = b.focus();
        }
    };

    view! {
        <button type="button" class="import-open" node_ref=opener on:click=move |_| open()>
            "Import"
        </button>
        <div class="drop-hint" class:visible=move || dragging.get() aria-hidden="true">
            "Drop .txt files to add them"
        </div>
        <dialog
            node_ref=dialog
            class="import-dialog"
            aria-labelledby="import-title"
            on:close=closed
        >
            <div class="dialog-head">
                <h2 id="import-title">"Add your own articles"</h2>
                <button type="button" class="close" on:click=close>
                    "Close"
                </button>
            </div>
            <p class="hint">
                "Articles are read in this browser and saved only here; nothing is uploaded. "
                "Plain text (.txt, UTF-8), at most 2 MB each. A Dateline JSON export opens in place of the story."
            </p>
            <form class="paste" on:submit=submit>
                <label for="import-text">"Article text"</label>
                <textarea
                    id="import-text"
                    rows="8"
                    prop:value=move || text.get()
                    on:input=move |e| text.set(event_target_value(&e))
                ></textarea>
                <div class="fields">
                    <label>
                        "Title "
                        <input
                            type="text"
                            prop:value=move || title.get()
                            on:input=move |e| title.set(event_target_value(&e))
                        />
                    </label>
                    <label>
                        "Outlet "
                        <input
                            type="text"
                            prop:value=move || outlet.get()
                            on:input=move |e| outlet.set(event_target_value(&e))
                        />
                    </label>
                    <label>
                        "Publication date "
                        <input
                            type="date"
                            node_ref=date_input
                            prop:value=move || date.get()
                            on:input=move |e| {
                                date.set(event_target_value(&e));
                                ask_date.set(None);
                            }
                        />
                    </label>
                </div>
                {move || {
                    ask_date
                        .get()
                        .map(|word| {
                            view! {
                                <div class="needs-date" role="alert">
                                    <p>
                                        {format!(
                                            "“{word}” needs a publication date to be placed on the timeline. \
                                             Enter the date above; without it, the article's events are dated \
                                             only if another article reports the same news.",
                                        )}
                                    </p>
                                    <button type="button" on:click=move |_| add_pasted(true)>
                                        "Add without a date"
                                    </button>
                                </div>
                            }
                        })
                }}
                <button type="submit" disabled=move || progress.with(Option::is_some)>
                    "Add article"
                </button>
            </form>
            <div class="files">
                <label for="import-files">"Or choose files (or drop them on the page)"</label>
                <input
                    id="import-files"
                    type="file"
                    multiple
                    accept=".txt,.json,text/plain,application/json"
                    on:change=picked
                />
            </div>
            {move || {
                progress
                    .get()
                    .map(|p| {
                        view! {
                            <div class="import-progress" role="status" aria-live="polite">
                                <progress max=p.total value=p.done></progress>
                                <span>{p.label}</span>
                            </div>
                        }
                    })
            }}
            <div class="import-report" aria-live="polite">
                <Guard>
                    {move || {
                        report
                            .get()
                            .map(|r| {
                                r.map(|lines| {
                                    view! {
                                        <ul class="report">
                                            {lines
                                                .into_iter()
                                                .map(|(level, line)| {
                                                    let class = match level {
                                                        Level::Info => "ok",
                                                        Level::Warning => "warning",
                                                        Level::Error => "error",
                                                    };
                                                    view! { <li class=class>{line}</li> }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })
                            })
                    }}
                </Guard>
                {move || {
                    removed
                        .with(|r| r.as_ref().map(|(_, a)| format!("Undo removing “{}”", a.name)))
                        .map(|label| {
                            view! {
                                <button type="button" class="undo" aria-label=label on:click=undo>
                                    "Undo"
                                </button>
                            }
                        })
                }}
            </div>
            <section class="added" aria-labelledby="added-title">
                <h3 id="added-title">"Your articles"</h3>
                <Show
                    when=move || state.user.with(|s| !s.articles.is_empty())
                    fallback=|| view! { <p class="empty">"None added yet."</p> }
                >
                    <ul class="added-list">
                        <For
                            each=move || state.user.get().articles
                            key=|a| a.id.clone()
                            let:article
                        >
                            {
                                let id = article.id.clone();
                                let name = article.name.clone();
                                let meta = [
                                    article.outlet.clone(),
                                    article.published.map(|d| crate::timeval::format_value(&crate::timeval::day_value(d))),
                                ]
                                    .into_iter()
                                    .flatten()
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                let label = format!("Remove “{}”", article.name);
                                view! {
                                    <li data-article-id=article.id.clone()>
                                        <span class="name">{article.name.clone()}</span>
                                        <span class="meta">{meta}</span>
                                        <button
                                            type="button"
                                            aria-label=label
                                            on:click=move |_| remove(id.clone(), name.clone())
                                        >
                                            "Remove"
                                        </button>
                                    </li>
                                }
                            }
                        </For>
                    </ul>
                </Show>
                <button type="button" class="reset" on:click=reset>
                    "Reset to the embedded story"
                </button>
            </section>
        </dialog>
    }
}
