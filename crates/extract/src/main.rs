//! `dateline-extract FILE_OR_DIR...` — prints one extraction document (spec/extraction.md) for
//! every article file given, or every `*.txt` in every folder given, as JSON on stdout.
//!
//! Article ids are file stems. A folder's `manifest.json` (`[{file, outlet, title, url}]`)
//! supplies metadata when present and is otherwise ignored. A file that cannot be read,
//! is not UTF-8 or is empty is reported on stderr by name; the others are still
//! processed, and the exit status is then 1.

use dateline_extract::{extract, Source};
use std::{
    collections::{HashMap, HashSet},
    fs,
    path::{Path, PathBuf},
    process::ExitCode,
};

const USAGE: &str = "usage: dateline-extract FILE_OR_DIR...

Prints the extraction (articles, timexes, casualties, events) of the given article
files, or of every *.txt file in the given folders, as one JSON document on stdout.
Article ids are file stems; a folder's manifest.json supplies outlet/title/url.";

#[derive(serde::Deserialize)]
struct ManifestEntry {
    file: String,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("{USAGE}");
        return if args.is_empty() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    if let Some(flag) = args.iter().find(|a| a.starts_with('-')) {
        eprintln!("dateline-extract: unknown option {flag}\n\n{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    let mut sources = Vec::new();
    let mut seen = HashSet::new();
    for arg in &args {
        let path = Path::new(arg);
        let (files, manifest) = match list(path) {
            Ok(found) => found,
            Err(msg) => {
                eprintln!("dateline-extract: {msg}");
                failed = true;
                continue;
            }
        };
        for file in files {
            match read(&file) {
                Ok(text) => {
                    let id = file
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if !seen.insert(id.clone()) {
                        eprintln!(
                            "dateline-extract: {}: skipped, an article with id {id:?} was already given",
                            file.display()
                        );
                        failed = true;
                        continue;
                    }
                    let name = file
                        .file_name()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let meta = manifest.get(&name);
                    sources.push(Source {
                        id,
                        path: file.display().to_string(),
                        text,
                        outlet: meta.and_then(|m| m.outlet.clone()),
                        title: meta.and_then(|m| m.title.clone()),
                        url: meta.and_then(|m| m.url.clone()),
                        ..Source::default()
                    });
                }
                Err(msg) => {
                    eprintln!("dateline-extract: {}: {msg}", file.display());
                    failed = true;
                }
            }
        }
    }
    let doc = extract(&sources);
    for w in &doc.warnings {
        eprintln!("dateline-extract: warning: {w}");
    }
    match serde_json::to_string_pretty(&doc) {
        Ok(json) => println!("{json}"),
        Err(e) => {
            eprintln!("dateline-extract: cannot write JSON: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The article files a command-line argument names, and its folder's manifest.
fn list(path: &Path) -> Result<(Vec<PathBuf>, HashMap<String, ManifestEntry>), String> {
    let meta = fs::metadata(path).map_err(|e| format!("{}: cannot open: {e}", path.display()))?;
    if !meta.is_dir() {
        return Ok((vec![path.to_path_buf()], HashMap::new()));
    }
    let mut files: Vec<PathBuf> = fs::read_dir(path)
        .map_err(|e| format!("{}: cannot list folder: {e}", path.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!(
            "{}: folder holds no .txt article files",
            path.display()
        ));
    }
    let mut manifest = HashMap::new();
    let manifest_path = path.join("manifest.json");
    if let Ok(raw) = fs::read_to_string(&manifest_path) {
        match serde_json::from_str::<Vec<ManifestEntry>>(&raw) {
            Ok(entries) => manifest.extend(entries.into_iter().map(|e| (e.file.clone(), e))),
            Err(e) => eprintln!(
                "dateline-extract: warning: {}: ignored, not a manifest: {e}",
                manifest_path.display()
            ),
        }
    }
    Ok((files, manifest))
}

/// Reads one article file as UTF-8 text, rejecting empty files.
fn read(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {}); convert it to UTF-8 first",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Err("empty file: no article text".to_string());
    }
    Ok(text)
}
