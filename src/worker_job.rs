//! What the page asks the worker, and what the worker answers.
//!
//! The page never runs the extractor, parses a JSON document or writes an export
//! itself: it posts one [`Request`] to a Web Worker — extract the embedded story plus
//! the user's saved articles ([`Job::Extract`], in the storage schema of
//! [`crate::store`]), read a dataset's JSON text ([`Job::Dataset`], `?data=` and Import),
//! or write the document on screen as a file ([`Job::Export`]), or read the saved
//! articles' JSON found in browser storage at start ([`Job::Load`]) — and the worker
//! posts back a [`Reply`]: a document in the compact binary form
//! (`dateline_extract::compact`, the form the embedded story has too), a file's text,
//! what the stored text holds (the saved articles in [`store::to_bytes`]' form, or why
//! they cannot be read), or why there is none. So the page's module carries the compact
//! reader and writer and [`store::save`]'s small JSON writer only; JSON reading, CSV and
//! TimelineJS3 code lives in the worker. Requests and replies are bytes (a transferred
//! `Uint8Array`) that start with a sequence number, so the page can drop answers to
//! requests it no longer waits for.
//!
//! Pure: no web types. The browser edges are `ui::extractor` (the page) and
//! `src/bin/worker.rs` (the worker).

use crate::{
    export, imported,
    model::Extraction,
    store::{self, LoadOutcome, Saved},
};
use dateline_extract::compact;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Contract JSON with article texts: opens again in Dateline (`?data=` or Import).
    Json,
    /// One row per casualty figure, for spreadsheets.
    Csv,
    /// A TimelineJS3 document.
    TimelineJs,
}

/// What the worker is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// Extract the embedded story plus these saved articles.
    Extract(Saved),
    /// Read this text as a Dateline JSON document (checked like every way in).
    Dataset(String),
    /// Write this document as a file in this format.
    Export(Format, Extraction),
    /// Read this text, found in browser storage under [`store::KEY`], with
    /// [`store::load`]: the page's module carries no JSON reader.
    Load(String),
}

/// One request: a job and its sequence number.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Sequence number, echoed in the reply.
    pub seq: u32,
    /// What to do.
    pub job: Job,
}

/// A file written by [`Job::Export`].
#[derive(Debug, Clone, PartialEq)]
pub struct File {
    /// The file's text.
    pub content: String,
    /// A note for the user (what the format left out), if any.
    pub note: Option<String>,
}

/// What a job gives.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// A document to show.
    Document(Extraction),
    /// A file to download.
    File(File),
    /// What [`store::load`] found in the stored text of [`Job::Load`].
    Loaded(LoadOutcome),
}

/// The worker's answer to request `seq`: what the job gave, or why it gave nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The request's sequence number.
    pub seq: u32,
    /// The answer, or a message for the user.
    pub result: Result<Answer, String>,
}

/// The sequence number every request and reply starts with (4 bytes, little-endian).
pub fn seq_of(raw: &[u8]) -> Option<u32> {
    Some(u32::from_le_bytes(raw.get(..4)?.try_into().ok()?))
}

/// Splits an encoded message into its sequence number, its kind byte and the rest.
fn split(raw: &[u8]) -> Option<(u32, u8, &[u8])> {
    Some((seq_of(raw)?, *raw.get(4)?, raw.get(5..)?))
}

/// The bytes as UTF-8 text.
fn utf8(body: &[u8]) -> Result<String, String> {
    String::from_utf8(body.to_vec()).map_err(|_| "text that is not UTF-8".to_string())
}

impl Request {
    /// The request as the bytes posted to the worker: `seq`, one byte for the job, then
    /// its data (the storage schema's JSON, the dataset's text, the format's byte and
    /// the compact document, or the stored text to load).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.seq.to_le_bytes().to_vec();
        match &self.job {
            Job::Extract(saved) => {
                out.push(0);
                out.extend_from_slice(store::save(saved).as_bytes());
            }
            Job::Dataset(text) => {
                out.push(1);
                out.extend_from_slice(text.as_bytes());
            }
            Job::Export(format, doc) => {
                out.push(2);
                out.push(match format {
                    Format::Json => 0,
                    Format::Csv => 1,
                    Format::TimelineJs => 2,
                });
                out.extend(compact::encode(doc));
            }
            Job::Load(raw) => {
                out.push(3);
                out.extend_from_slice(raw.as_bytes());
            }
        }
        out
    }

    /// Reads a posted request; the error says what is wrong with it.
    pub fn decode(raw: &[u8]) -> Result<Request, String> {
        let (seq, kind, body) = split(raw).ok_or("a request without a sequence number")?;
        let job = match kind {
            0 => Job::Extract(match store::load(Some(&utf8(body)?)) {
                LoadOutcome::Loaded(saved) => saved,
                LoadOutcome::Empty => Saved::new(),
                LoadOutcome::Corrupt { reason } => {
                    return Err(format!("unreadable articles ({reason})"))
                }
                LoadOutcome::UnknownVersion { found } => {
                    return Err(format!("articles in an unknown schema ({found})"))
                }
            }),
            1 => Job::Dataset(utf8(body)?),
            2 => {
                let (format, doc) = body.split_first().ok_or("an export without a format")?;
                let format = match format {
                    0 => Format::Json,
                    1 => Format::Csv,
                    2 => Format::TimelineJs,
                    _ => return Err("an export in an unknown format".to_string()),
                };
                let doc = compact::decode(doc).ok_or("an unreadable document to export")?;
                Job::Export(format, doc)
            }
            3 => Job::Load(utf8(body)?),
            _ => return Err(format!("a request for an unknown job ({kind})")),
        };
        Ok(Request { seq, job })
    }

    /// Does the work: extracts the embedded articles and the saved ones together, reads
    /// the dataset (its refusal is a message for a person), or writes the export.
    pub fn run(&self) -> Result<Answer, String> {
        match &self.job {
            Job::Extract(saved) => Ok(Answer::Document(imported::build(&imported::sources(saved)))),
            Job::Dataset(text) => imported::parse_dataset(text).map(Answer::Document),
            Job::Export(format, doc) => Ok(Answer::File(export_file(*format, doc))),
            Job::Load(raw) => Ok(Answer::Loaded(store::load(Some(raw)))),
        }
    }
}

/// The export of `doc` in `format`: contract JSON with every article's text
/// (re-importable), the casualty CSV, or TimelineJS3 JSON with a note on the events it
/// cannot place.
pub fn export_file(format: Format, doc: &Extraction) -> File {
    match format {
        Format::Json => File {
            content: export::to_json(&export::with_texts(doc, |_| None)),
            note: None,
        },
        Format::Csv => File {
            content: export::casualties_csv(doc),
            note: None,
        },
        Format::TimelineJs => {
            let tl = export::timeline_js(doc, "Dateline timeline");
            let note = (tl.skipped > 0).then(|| {
                format!(
                    "TimelineJS export: {} events; {} without a calendar date left out ({}).",
                    tl.events,
                    tl.skipped,
                    tl.skipped_ids.join(", ")
                )
            });
            File {
                content: tl.json,
                note,
            }
        }
    }
}

impl Reply {
    /// The reply as the bytes posted back to the page: the sequence number, then 0 and
    /// the compact document, 1 and the message, 2 and a file's text, 3, the note's
    /// length (4 bytes), the note and the file's text, or 4 and a load's outcome: 0 for
    /// empty, 1 and the document ([`store::to_bytes`]), 2 and why it is corrupt, or 3
    /// and the unknown version (8 bytes).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.seq.to_le_bytes().to_vec();
        match &self.result {
            Ok(Answer::Document(doc)) => {
                out.push(0);
                out.extend(compact::encode(doc));
            }
            Err(message) => {
                out.push(1);
                out.extend_from_slice(message.as_bytes());
            }
            Ok(Answer::File(File {
                content,
                note: None,
            })) => {
                out.push(2);
                out.extend_from_slice(content.as_bytes());
            }
            Ok(Answer::File(File {
                content,
                note: Some(note),
            })) => {
                out.push(3);
                out.extend_from_slice(&(note.len() as u32).to_le_bytes());
                out.extend_from_slice(note.as_bytes());
                out.extend_from_slice(content.as_bytes());
            }
            Ok(Answer::Loaded(outcome)) => {
                out.push(4);
                match outcome {
                    LoadOutcome::Empty => out.push(0),
                    LoadOutcome::Loaded(saved) => {
                        out.push(1);
                        out.extend(store::to_bytes(saved));
                    }
                    LoadOutcome::Corrupt { reason } => {
                        out.push(2);
                        out.extend_from_slice(reason.as_bytes());
                    }
                    LoadOutcome::UnknownVersion { found } => {
                        out.push(3);
                        out.extend_from_slice(&found.to_le_bytes());
                    }
                }
            }
        }
        out
    }

    /// Reads a reply; `None` when it is not one (the page then reports the worker as
    /// broken).
    pub fn decode(raw: &[u8]) -> Option<Reply> {
        let (seq, kind, body) = split(raw)?;
        let text = |b: &[u8]| String::from_utf8(b.to_vec()).ok();
        let result = match kind {
            0 => compact::decode(body)
                .map(Answer::Document)
                .ok_or_else(|| "the extractor's answer could not be read".to_string()),
            1 => Err(String::from_utf8_lossy(body).into_owned()),
            2 => Ok(Answer::File(File {
                content: text(body)?,
                note: None,
            })),
            3 => {
                let n = usize::try_from(seq_of(body)?).ok()?;
                let note = body.get(4..4usize.checked_add(n)?)?;
                Ok(Answer::File(File {
                    note: Some(text(note)?),
                    content: text(body.get(4 + n..)?)?,
                }))
            }
            4 => {
                let (outcome, rest) = body.split_first()?;
                Ok(Answer::Loaded(match outcome {
                    0 if rest.is_empty() => LoadOutcome::Empty,
                    1 => LoadOutcome::Loaded(store::from_bytes(rest)?),
                    2 => LoadOutcome::Corrupt {
                        reason: text(rest)?,
                    },
                    3 => LoadOutcome::UnknownVersion {
                        found: u64::from_le_bytes(rest.try_into().ok()?),
                    },
                    _ => return None,
                }))
            }
            _ => return None,
        };
        Some(Reply { seq, result })
    }
}

/// The worker's whole job: one posted request in, the reply's bytes out. Never panics on
/// any input; a request it cannot read gets an error reply (sequence 0 if even that is
/// unreadable).
pub fn answer(raw: &[u8]) -> Vec<u8> {
    let reply = match Request::decode(raw) {
        Ok(request) => Reply {
            seq: request.seq,
            result: request.run(),
        },
        Err(why) => Reply {
            seq: seq_of(raw).unwrap_or(0),
            result: Err(format!("The extractor got {why}.")),
        },
    };
    reply.encode()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn saved_with(text: &str) -> Saved {
        let mut saved = Saved::new();
        saved.add(
            "ambush.txt",
            text.to_string(),
            Some("Test Gazette".into()),
            NaiveDate::from_ymd_opt(2021, 3, 13),
            None,
        );
        saved
    }

    /// A request of kind `kind` with sequence `seq` and `body`.
    fn raw(seq: u32, kind: u8, body: &[u8]) -> Vec<u8> {
        let mut out = seq.to_le_bytes().to_vec();
        out.push(kind);
        out.extend_from_slice(body);
        out
    }

    fn document(reply: Reply) -> Result<Extraction, String> {
        reply.result.map(|a| match a {
            Answer::Document(doc) => doc,
            other => panic!("{other:?}, not a document"),
        })
    }

    #[test]
    fn a_request_round_trips_and_is_answered_with_the_whole_story() {
        let request = Request {
            seq: 7,
            job: Job::Extract(saved_with(
                "Three soldiers were killed in an ambush on 12 March 2021.",
            )),
        };
        let raw = request.encode();
        assert_eq!(seq_of(&raw), Some(7));
        assert_eq!(Request::decode(&raw), Ok(request.clone()));

        let reply = Reply::decode(&answer(&raw)).expect("a reply");
        assert_eq!(reply.seq, 7);
        let doc = document(reply).expect("a document");
        assert_eq!(Ok(Answer::Document(doc.clone())), request.run());
        assert!(doc
            .articles
            .iter()
            .any(|a| a.id == "user-1" && a.user_added));
        assert!(doc.articles.iter().any(|a| a.id == "004"));
        assert!(doc.events.iter().any(|e| e.date == "2021-03-12"));
        assert_eq!(
            doc.casualties
                .iter()
                .filter(|c| c.article == "user-1")
                .count(),
            1
        );
    }

    #[test]
    fn no_saved_articles_gives_the_embedded_story() {
        let raw = Request {
            seq: 1,
            job: Job::Extract(Saved::new()),
        }
        .encode();
        let doc = document(Reply::decode(&answer(&raw)).unwrap()).unwrap();
        assert_eq!(doc, crate::corpus::embedded_extraction());
    }

    #[test]
    fn bad_requests_get_error_replies_not_panics() {
        for bad in [
            raw(12, 0, b"{oops"),
            raw(12, 0, &[0xff, 0xfe]),
            raw(12, 9, b"{}"),
            raw(12, 2, b""),
            raw(12, 2, &[7, 0]),
            raw(12, 2, &[0, 0xff, 0xff]),
            raw(3, 0, br#"{"version": 99, "articles": []}"#),
        ] {
            let reply = Reply::decode(&answer(&bad)).expect("always a reply");
            assert_eq!(reply.seq, seq_of(&bad).unwrap());
            let message = reply.result.expect_err("an error");
            assert!(message.starts_with("The extractor got "), "{message}");
        }
        for short in [&b""[..], b"x", b"1234"] {
            let reply = Reply::decode(&answer(short)).expect("always a reply");
            assert_eq!(reply.seq, seq_of(short).unwrap_or(0));
            assert!(reply.result.is_err());
        }
    }

    #[test]
    fn replies_round_trip_and_garbage_is_not_a_reply() {
        let err = Reply {
            seq: 3,
            result: Err("no".into()),
        };
        assert_eq!(Reply::decode(&err.encode()), Some(err.clone()));
        for file in [
            File {
                content: "a,b\n1,2\n".into(),
                note: None,
            },
            File {
                content: "{}".into(),
                note: Some("2 events left out (ünïcode)".into()),
            },
            File {
                content: String::new(),
                note: Some(String::new()),
            },
        ] {
            let reply = Reply {
                seq: 5,
                result: Ok(Answer::File(file)),
            };
            assert_eq!(Reply::decode(&reply.encode()), Some(reply));
        }
        assert_eq!(Reply::decode(b"hel"), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 7]), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 3, 9, 0, 0, 0, b'x']), None);
        let unreadable = Reply::decode(&[4, 0, 0, 0, 0, 0xff]).unwrap();
        assert_eq!(unreadable.seq, 4);
        assert!(unreadable.result.unwrap_err().contains("could not be read"));
        assert_eq!(seq_of(&err.encode()), Some(3));
    }

    #[test]
    fn datasets_are_read_in_the_worker_with_the_checker_s_words() {
        let doc = crate::corpus::embedded_extraction();
        let raw = Request {
            seq: 9,
            job: Job::Dataset(crate::export::to_json(&doc)),
        }
        .encode();
        let reply = Reply::decode(&answer(&raw)).unwrap();
        assert_eq!(reply.seq, 9);
        assert_eq!(document(reply), Ok(doc));
        let refused = Reply::decode(&answer(&raw_dataset(r#"{"foo": 1}"#))).unwrap();
        assert_eq!(
            refused.result.clone().map(|_| ()),
            crate::imported::parse_dataset(r#"{"foo": 1}"#).map(|_| ())
        );
        assert!(refused.result.unwrap_err().contains("no “articles” list"));
    }

    fn raw_dataset(text: &str) -> Vec<u8> {
        Request {
            seq: 2,
            job: Job::Dataset(text.into()),
        }
        .encode()
    }

    #[test]
    fn exports_are_written_in_the_worker_as_the_page_wrote_them() {
        let doc = crate::corpus::embedded_extraction();
        for format in [Format::Json, Format::Csv, Format::TimelineJs] {
            let request = Request {
                seq: 11,
                job: Job::Export(format, doc.clone()),
            };
            assert_eq!(Request::decode(&request.encode()), Ok(request.clone()));
            let reply = Reply::decode(&answer(&request.encode())).unwrap();
            assert_eq!(reply.seq, 11);
            assert_eq!(
                reply.result,
                Ok(Answer::File(export_file(format, &doc))),
                "{format:?}"
            );
        }
        let json = export_file(Format::Json, &doc).content;
        assert_eq!(crate::imported::parse_dataset(&json), Ok(doc.clone()));
        assert!(export_file(Format::Csv, &doc).content.contains("killed"));
        let tl = export_file(Format::TimelineJs, &doc);
        assert!(tl.content.contains("\"events\""));
    }

    #[test]
    fn stored_text_is_loaded_in_the_worker_with_load_s_words() {
        let saved = saved_with("Line one \"quoted\"\nand é 😀.");
        for (raw, expected) in [
            (store::save(&saved), LoadOutcome::Loaded(saved.clone())),
            ("  ".to_string(), LoadOutcome::Empty),
            (
                r#"{"version":1,"articles":[{"id":"#.to_string(),
                store::load(Some(r#"{"version":1,"articles":[{"id":"#)),
            ),
            (
                r#"{"version":99,"articles":[]}"#.to_string(),
                LoadOutcome::UnknownVersion { found: 99 },
            ),
            (
                r#"{"version":1}"#.to_string(),
                LoadOutcome::Corrupt {
                    reason: "unexpected shape (missing field `articles`)".into(),
                },
            ),
        ] {
            let request = Request {
                seq: 21,
                job: Job::Load(raw.clone()),
            };
            assert_eq!(Request::decode(&request.encode()), Ok(request.clone()));
            let reply = Reply::decode(&answer(&request.encode())).expect("a reply");
            assert_eq!(reply.seq, 21);
            assert_eq!(reply.result, Ok(Answer::Loaded(expected.clone())), "{raw}");
            assert_eq!(expected, store::load(Some(&raw)));
        }
        let corrupt = store::load(Some("{not json"));
        assert!(
            matches!(&corrupt, LoadOutcome::Corrupt { reason } if reason.starts_with("not JSON ("))
        );
        let reply = Reply {
            seq: 1,
            result: Ok(Answer::Loaded(corrupt)),
        };
        assert_eq!(Reply::decode(&reply.encode()), Some(reply));
        // Damaged load answers are not replies.
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 4]), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 4, 0, 0]), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 4, 1, 9]), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 4, 3, 1, 0]), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 4, 9]), None);
    }
}
