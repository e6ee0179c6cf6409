//! Embeds `articles/` at compile time: reads `articles/manifest.json` and writes
//! `$OUT_DIR/embedded_articles.rs`, a static table of every listed file. Adding an
//! article is a manifest line and a rebuild, never a code change.

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
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("embedded_articles.rs");
    fs::write(dest, out).expect("write embedded_articles.rs");
}
