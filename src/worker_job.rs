//! What the page asks the worker, and what the worker answers.
//!
//! The page never runs the extractor, nor parses a JSON document itself: it posts one
//! [`Request`] to a Web Worker — extract the embedded story plus the user's saved
//! articles ([`Job::Extract`], in the storage schema of [`crate::store`]), or read a
//! dataset's JSON text ([`Job::Dataset`], `?data=` and Import) — and the worker posts back
//! a [`Reply`]: the document in the compact binary form (`dateline_extract::compact`, the
//! form the embedded story has too), or why there is none. So the page's module carries
//! the compact reader only, and the JSON parser lives in the worker. A request is a
//! string, a reply bytes (a `Uint8Array`); each carries a sequence number so the page
//! can drop answers to requests it no longer waits for.
//!
//! Pure: no web types. The browser edges are `ui::extractor` (the page) and
//! `src/bin/worker.rs` (the worker).

use crate::{
    imported,
    model::Extraction,
    store::{self, LoadOutcome, Saved},
};
use dateline_extract::compact;

/// What the worker is asked to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// Extract the embedded story plus these saved articles.
    Extract(Saved),
    /// Read this text as a Dateline JSON document (checked like every way in).
    Dataset(String),
}

/// One request: a job and its sequence number.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Sequence number, echoed in the reply.
    pub seq: u32,
    /// What to do.
    pub job: Job,
}

/// The worker's answer to request `seq`: the document, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The request's sequence number.
    pub seq: u32,
    /// The document, or a message for the user.
    pub result: Result<Extraction, String>,
}

/// Splits `"<seq>\n<rest>"`.
fn split_seq(raw: &str) -> Option<(u32, &str)> {
    let (seq, rest) = raw.split_once('\n')?;
    Some((seq.parse().ok()?, rest))
}

impl Request {
    /// The request as the string posted to the worker: `seq`, the job's name and its
    /// text, one per line.
    pub fn encode(&self) -> String {
        match &self.job {
            Job::Extract(saved) => format!("{}\nextract\n{}", self.seq, store::save(saved)),
            Job::Dataset(text) => format!("{}\ndataset\n{text}", self.seq),
        }
    }

    /// Reads a posted request; the error says what is wrong with it.
    pub fn decode(raw: &str) -> Result<Request, String> {
        let (seq, rest) = split_seq(raw).ok_or("a request without a sequence number")?;
        let (kind, body) = rest.split_once('\n').ok_or("a request without a job")?;
        let job = match kind {
            "extract" => Job::Extract(match store::load(Some(body)) {
                LoadOutcome::Loaded(saved) => saved,
                LoadOutcome::Empty => Saved::new(),
                LoadOutcome::Corrupt { reason } => {
                    return Err(format!("unreadable articles ({reason})"))
                }
                LoadOutcome::UnknownVersion { found } => {
                    return Err(format!("articles in an unknown schema ({found})"))
                }
            }),
            "dataset" => Job::Dataset(body.to_string()),
            _ => return Err(format!("a request for an unknown job ({kind})")),
        };
        Ok(Request { seq, job })
    }

    /// Does the work: extracts the embedded articles and the saved ones together, or
    /// reads the dataset (its refusal is a message for a person).
    pub fn run(&self) -> Result<Extraction, String> {
        match &self.job {
            Job::Extract(saved) => Ok(imported::build(&imported::sources(saved))),
            Job::Dataset(text) => imported::parse_dataset(text),
        }
    }
}

impl Reply {
    /// The reply as the bytes posted back to the page: the sequence number (4 bytes,
    /// little-endian), 0 and the compact document, or 1 and the message's UTF-8.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = self.seq.to_le_bytes().to_vec();
        match &self.result {
            Ok(doc) => {
                out.push(0);
                out.extend(compact::encode(doc));
            }
            Err(message) => {
                out.push(1);
                out.extend_from_slice(message.as_bytes());
            }
        }
        out
    }

    /// The sequence number of an encoded reply.
    pub fn seq_of(raw: &[u8]) -> Option<u32> {
        Some(u32::from_le_bytes(raw.get(..4)?.try_into().ok()?))
    }

    /// Reads a reply; `None` when it is not one (the page then reports the worker as
    /// broken).
    pub fn decode(raw: &[u8]) -> Option<Reply> {
        let seq = Self::seq_of(raw)?;
        let body = raw.get(5..)?;
        let result = match raw.get(4)? {
            0 => compact::decode(body)
                .ok_or_else(|| "the extractor's answer could not be read".to_string()),
            1 => Err(String::from_utf8_lossy(body).into_owned()),
            _ => return None,
        };
        Some(Reply { seq, result })
    }
}

/// The worker's whole job: one posted string in, the reply's bytes out. Never panics on
/// any input; a request it cannot read gets an error reply (sequence 0 if even that is
/// unreadable).
pub fn answer(raw: &str) -> Vec<u8> {
    let reply = match Request::decode(raw) {
        Ok(request) => Reply {
            seq: request.seq,
            result: request.run(),
        },
        Err(why) => Reply {
            seq: split_seq(raw).map_or(0, |(seq, _)| seq),
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

    #[test]
    fn a_request_round_trips_and_is_answered_with_the_whole_story() {
        let request = Request {
            seq: 7,
            job: Job::Extract(saved_with(
                "Three soldiers were killed in an ambush on 12 March 2021.",
            )),
        };
        let raw = request.encode();
        assert!(raw.starts_with("7\nextract\n"));
        assert_eq!(Request::decode(&raw), Ok(request.clone()));

        let reply = Reply::decode(&answer(&raw)).expect("a reply");
        assert_eq!(reply.seq, 7);
        let doc = reply.result.expect("a document");
        assert_eq!(Ok(doc.clone()), request.run());
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
        let doc = Reply::decode(&answer(&raw)).unwrap().result.unwrap();
        assert_eq!(doc, crate::corpus::embedded_extraction());
    }

    #[test]
    fn bad_requests_get_error_replies_not_panics() {
        for raw in [
            "",
            "x",
            "12",
            "12\n{oops",
            "12\nextract\n{oops",
            "12\nsing\n{}",
            "3\nextract\n{\"version\": 99, \"articles\": []}",
        ] {
            let reply = Reply::decode(&answer(raw)).expect("always a reply");
            let message = reply.result.expect_err(raw);
            assert!(message.starts_with("The extractor got "), "{message}");
        }
        assert_eq!(
            Reply::decode(&answer("12\nextract\n{oops")).unwrap().seq,
            12
        );
    }

    #[test]
    fn replies_round_trip_and_garbage_is_not_a_reply() {
        let err = Reply {
            seq: 3,
            result: Err("no".into()),
        };
        assert_eq!(Reply::decode(&err.encode()), Some(err.clone()));
        assert_eq!(Reply::decode(b"hel"), None);
        assert_eq!(Reply::decode(&[1, 0, 0, 0, 7]), None);
        let unreadable = Reply::decode(&[4, 0, 0, 0, 0, 0xff]).unwrap();
        assert_eq!(unreadable.seq, 4);
        assert!(unreadable.result.unwrap_err().contains("could not be read"));
        assert_eq!(Reply::seq_of(&err.encode()), Some(3));
    }

    #[test]
    fn datasets_are_read_in_the_worker_with_the_checker_s_words() {
        let doc = Request {
            seq: 1,
            job: Job::Extract(Saved::new()),
        }
        .run()
        .unwrap();
        let raw = Request {
            seq: 9,
            job: Job::Dataset(crate::export::to_json(&doc)),
        }
        .encode();
        assert!(raw.starts_with("9\ndataset\n{"));
        let reply = Reply::decode(&answer(&raw)).unwrap();
        assert_eq!((reply.seq, reply.result), (9, Ok(doc)));
        let refused = Reply::decode(&answer("2\ndataset\n{\"foo\": 1}")).unwrap();
        assert_eq!(
            refused.result,
            crate::imported::parse_dataset("{\"foo\": 1}").map(|_| unreachable!())
        );
        assert!(refused.result.unwrap_err().contains("no “articles” list"));
    }
}
