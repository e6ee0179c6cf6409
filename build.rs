//! Embeds `articles/` at compile time: reads `articles/manifest.json` and writes
//! `$OUT_DIR/embedded_articles.rs`, a static table of every listed file. Adding an
//! article is a manifest line and a rebuild, never a code change.
//!
//! It also runs the extractor over those articles and writes the result to
//! `$OUT_DIR/embedded_extraction.bin` (`dateline_extract::compact`, read by a few lines
//! of code: no JSON parser at start; the same as `.json` for tests), so the page starts
//! with its story already extracted: no start-up work on the main thread, and no
//! extractor in the page's wasm
//! (user-added articles are extracted in a Web Worker). It calls the `dateline-extract`
//! library (a build-dependency), the same crate the worker and the command-line tool
//! use, so the embedded story is exactly what the extractor derives from the text;
//! `corpus` tests check it.

use dateline_extract::{extract, Source};
use std::{env, fs, path::Path};

#[derive(serde::Deserialize)]
struct Entry {
    file: String,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let manifest = dir.join("manifest.json");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed={}", manifest.display());
    let raw = fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", manifest.display()));
    let entries: Vec<Entry> = serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{} is not a valid manifest: {e}", manifest.display()));
    let mut out = String::from("&[\n");
    let mut sources = Vec::new();
    for e in &entries {
        let path = dir.join(&e.file);
        assert!(
            path.is_file(),
            "articles/manifest.json lists {:?}, but {} does not exist",
            e.file,
            path.display()
        );
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = Path::new(&e.file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or(&e.file);
        let opt = |v: &Option<String>| match v {
            Some(s) => format!("Some({s:?})"),
            None => "None".to_string(),
        };
        out.push_str(&format!(
            "    EmbeddedArticle {{ id: {:?}, file: {:?}, outlet: {}, title: {}, url: {}, text: include_str!({:?}) }},\n",
            stem,
            format!("articles/{}", e.file),
            opt(&e.outlet),
            opt(&e.title),
            opt(&e.url),
            path.display().to_string()
        ));
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("{} is not UTF-8 text: {err}", path.display()));
        sources.push(Source {
            id: stem.to_string(),
            path: format!("articles/{}", e.file),
            text,
            outlet: e.outlet.clone(),
            title: e.title.clone(),
            url: e.url.clone(),
            published: None,
            user_added: false,
        });
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_articles.rs");
    fs::write(dest, out).expect("write embedded_articles.rs");

    // A change of the extractor rebuilds this script (Cargo tracks build-dependencies).
    let mut doc = extract(&sources);
    for article in &mut doc.articles {
        article.text = sources
            .iter()
            .find(|s| s.id == article.id)
            .map(|s| s.text.clone());
    }
    // The page reads the compact form (no JSON parser at start); the JSON is kept for
    // the tests that compare both with extracting now, and for the start-time benchmark.
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).to_path_buf();
    let bin = dateline_extract::compact::encode(&doc);
    fs::write(out.join("embedded_extraction.bin"), bin).expect("write embedded_extraction.bin");
    let json = serde_json::to_string(&doc).expect("the extraction serialises");
    fs::write(out.join("embedded_extraction.json"), json).expect("write embedded_extraction.json");
}
