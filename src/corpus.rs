//! The embedded articles: every file listed in `articles/manifest.json`, compiled in by
//! `build.rs`. This is the one place raw article text enters the app.
//!
//! `build.rs` also extracts them (through the `dateline-extract` library), so the page can show
//! the embedded story at once, without running the extractor in the browser.

use crate::model::Extraction;
use dateline_extract::Source;

/// One article file embedded at compile time, with its manifest metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmbeddedArticle {
    /// The file stem, used as the article id.
    pub id: &'static str,
    /// The path as listed, relative to the repository (`articles/004.txt`).
    pub file: &'static str,
    /// The publishing outlet, when the manifest names it.
    pub outlet: Option<&'static str>,
    /// A display title, when the manifest gives one.
    pub title: Option<&'static str>,
    /// The original address, when known.
    pub url: Option<&'static str>,
    /// The file's bytes, unchanged.
    pub text: &'static str,
}

/// Every embedded article, in manifest order.
pub static EMBEDDED: &[EmbeddedArticle] =
    include!(concat!(env!("OUT_DIR"), "/embedded_articles.rs"));

impl EmbeddedArticle {
    /// The article as extractor input.
    pub fn source(&self) -> Source {
        Source {
            id: self.id.to_string(),
            path: self.file.to_string(),
            text: self.text.to_string(),
            outlet: self.outlet.map(str::to_string),
            title: self.title.map(str::to_string),
            url: self.url.map(str::to_string),
            published: None,
            user_added: false,
        }
    }
}

/// All embedded articles as extractor input.
pub fn embedded_sources() -> Vec<Source> {
    EMBEDDED.iter().map(EmbeddedArticle::source).collect()
}

/// The embedded articles' extraction in the compact binary form
/// (`dateline_extract::compact`), with each article's text, computed by `build.rs`: the
/// cheapest form for the page to decode at start (no JSON parser; a byte cursor).
pub static EMBEDDED_EXTRACTION: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/embedded_extraction.bin"));

/// The same extraction as contract JSON (tests and the decoding benchmark only).
#[cfg(test)]
pub static EMBEDDED_EXTRACTION_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/embedded_extraction.json"));

/// The embedded story: the extraction `build.rs` derived from the embedded articles.
/// Equal to extracting [`embedded_sources`] now (tested); never panics — should the
/// bytes not read, the document is empty and says why in its warnings.
pub fn embedded_extraction() -> Extraction {
    dateline_extract::compact::decode(EMBEDDED_EXTRACTION).unwrap_or_else(|| Extraction {
        warnings: vec!["The embedded story could not be read.".to_string()],
        ..Extraction::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_time_extraction_is_what_the_extractor_derives_now() {
        let built = embedded_extraction();
        assert!(built.warnings.is_empty(), "{:?}", built.warnings);
        let now = crate::imported::build(&embedded_sources());
        assert_eq!(built, now);
        // the compact form says exactly what the JSON says
        let json: Extraction = serde_json::from_str(EMBEDDED_EXTRACTION_JSON).unwrap();
        assert_eq!(built, json);
        // a real story, with the texts the reader shows
        assert!(built.events.len() >= 5, "{}", built.events.len());
        assert!(built.casualties.iter().any(|c| c.article == "004"));
        assert!(built
            .articles
            .iter()
            .all(|a| a.text.as_deref().is_some_and(|t| !t.is_empty())));
    }

    /// Decoding time of the embedded story both ways (not a test: prints figures;
    /// `cargo test --profile native --lib corpus -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn decoding_time_compact_and_json() {
        let time = |f: &dyn Fn() -> Extraction| {
            let runs = 2000;
            let t = std::time::Instant::now();
            for _ in 0..runs {
                std::hint::black_box(f());
            }
            t.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
        };
        let compact = time(&embedded_extraction);
        let json = time(&|| serde_json::from_str(EMBEDDED_EXTRACTION_JSON).unwrap());
        println!(
            "embedded story: compact {} bytes, {compact:.1} µs a decode; JSON {} bytes, {json:.1} µs",
            EMBEDDED_EXTRACTION.len(),
            EMBEDDED_EXTRACTION_JSON.len()
        );
    }

    #[test]
    fn seed_articles_are_embedded_unchanged() {
        let ids: Vec<_> = EMBEDDED.iter().map(|a| a.id).collect();
        assert!(ids.contains(&"000") && ids.contains(&"004"), "{ids:?}");
        let al_jazeera = EMBEDDED.iter().find(|a| a.id == "004").unwrap();
        assert!(al_jazeera.text.starts_with(" date 2024-08-31"));
        assert_eq!(al_jazeera.outlet, Some("Al Jazeera"));
        let sun = EMBEDDED.iter().find(|a| a.id == "000").unwrap();
        assert!(sun.text.contains("[/caption]"));
        assert_eq!(
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/articles/000.txt"))
                .unwrap(),
            sun.text
        );
    }
}
