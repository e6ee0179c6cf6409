//! What the page asks the extraction worker, and what the worker answers.
//!
//! The page never runs the extractor itself: when the user's articles change, it posts
//! one [`Request`] (the saved articles, in the storage schema of [`crate::store`]) to a
//! Web Worker, which extracts the embedded and the user's articles together and posts
//! back a [`Reply`] (the contract document as JSON). Both are plain strings, so the
//! worker boundary needs no JavaScript objects; each carries a sequence number so the
//! page can drop answers to requests it no longer waits for.
//!
//! Pure: no web types. The browser edges are `ui::extractor` (the page) and
//! `src/bin/worker.rs` (the worker).

use crate::{
    imported,
    model::Extraction,
    store::{self, LoadOutcome, Saved},
};

/// One request: extract the embedded story plus `saved`.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Sequence number, echoed in the reply.
    pub seq: u32,
    /// The user's articles.
    pub saved: Saved,
}

/// The worker's answer to request `seq`: the document, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    /// The request's sequence number.
    pub seq: u32,
    /// The extracted document, or a message for the user.
    pub result: Result<Extraction, String>,
}

/// Splits `"<seq>\n<rest>"`.
fn split_seq(raw: &str) -> Option<(u32, &str)> {
    let (seq, rest) = raw.split_once('\n')?;
    Some((seq.parse().ok()?, rest))
}

impl Request {
    /// The request as the string posted to the worker.
    pub fn encode(&self) -> String {
        format!("{}\n{}", self.seq, store::save(&self.saved))
    }

    /// Reads a posted request; the error says what is wrong with it.
    pub fn decode(raw: &str) -> Result<Request, String> {
        let (seq, body) = split_seq(raw).ok_or("a request without a sequence number")?;
        match store::load(Some(body)) {
            LoadOutcome::Loaded(saved) => Ok(Request { seq, saved }),
            LoadOutcome::Empty => Ok(Request {
                seq,
                saved: Saved::new(),
            }),
            LoadOutcome::Corrupt { reason } => Err(format!("unreadable articles ({reason})")),
            LoadOutcome::UnknownVersion { found } => {
                Err(format!("articles in an unknown schema ({found})"))
            }
        }
    }

    /// Does the work: extracts the embedded articles and the saved ones together.
    pub fn run(&self) -> Extraction {
        imported::build(&imported::sources(&self.saved))
    }
}

impl Reply {
    /// The reply as the string posted back to the page.
    pub fn encode(&self) -> String {
        match &self.result {
            Ok(doc) => format!(
                "{}\nok\n{}",
                self.seq,
                serde_json::to_string(doc).unwrap_or_default()
            ),
            Err(message) => format!("{}\nerror\n{message}", self.seq),
        }
    }

    /// Reads a reply; `None` when it is not one (the page then reports the worker as
    /// broken).
    pub fn decode(raw: &str) -> Option<Reply> {
        let (seq, rest) = split_seq(raw)?;
        let (status, body) = rest.split_once('\n')?;
        let result = match status {
            "ok" => serde_json::from_str(body)
                .map_err(|e| format!("the extractor's answer could not be read ({e})")),
            "error" => Err(body.to_string()),
            _ => return None,
        };
        Some(Reply { seq, result })
    }
}

/// The worker's whole job: one posted string in, one string out. Never panics on any
/// input; a request it cannot read gets an error reply (sequence 0 if even that is
/// unreadable).
pub fn answer(raw: &str) -> String {
    let reply = match Request::decode(raw) {
        Ok(request) => Reply {
            seq: request.seq,
            result: Ok(request.run()),
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
            saved: saved_with("Three soldiers were killed in an ambush on 12 March 2021."),
        };
        let raw = request.encode();
        assert!(raw.starts_with("7\n"));
        assert_eq!(Request::decode(&raw), Ok(request.clone()));

        let reply = Reply::decode(&answer(&raw)).expect("a reply");
        assert_eq!(reply.seq, 7);
        let doc = reply.result.expect("a document");
        assert_eq!(doc, request.run());
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
            saved: Saved::new(),
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
            "3\n{\"version\": 99, \"articles\": []}",
        ] {
            let reply = Reply::decode(&answer(raw)).expect("always a reply");
            let message = reply.result.expect_err(raw);
            assert!(message.starts_with("The extractor got "), "{message}");
        }
        assert_eq!(Reply::decode(&answer("12\n{oops")).unwrap().seq, 12);
    }

    #[test]
    fn replies_round_trip_and_garbage_is_not_a_reply() {
        let err = Reply {
            seq: 3,
            result: Err("no".into()),
        };
        assert_eq!(Reply::decode(&err.encode()), Some(err));
        assert_eq!(Reply::decode("hello"), None);
        assert_eq!(Reply::decode("1\nmaybe\n{}"), None);
        let unreadable = Reply::decode("4\nok\n[1,").unwrap();
        assert_eq!(unreadable.seq, 4);
        assert!(unreadable.result.unwrap_err().contains("could not be read"));
    }
}
