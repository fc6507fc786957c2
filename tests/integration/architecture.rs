//! The module graph of ARCHITECTURE.md, checked: a module uses only modules of lower
//! layers (`crate::X` paths in its source files, comments left out). A new back-edge
//! fails here with the file and the module it reaches.

use super::util::root;

/// Layers from the bottom, as listed in ARCHITECTURE.md.
const LAYERS: &[&[&str]] = &[
    &["lang", "script", "atomic"],
    &["model", "text", "redact"],
    &["lexicon"],
    &["config"],
    &["ingest"],
    &["analyze"],
    &["aggregate"],
    &["output"],
    &["partial", "report", "suggest", "stream"],
    &["pipeline", "eval", "explain", "audit", "coverage", "args"],
    &["merge"],
    &["cli"],
];

fn layer(m: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&m))
}

fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn modules_use_only_lower_layers() {
    let src = root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut problems = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
        let module = first.trim_end_matches(".rs").to_string();
        if module == "main" || module == "lib" {
            continue;
        }
        let Some(own) = layer(&module) else {
            problems.push(format!("{}: module {module:?} is not in a layer (add it to ARCHITECTURE.md and LAYERS)", rel.display()));
            continue;
        };
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for (i, _) in code.match_indices("crate::") {
                let name: String = code[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                if name == module || name.is_empty() {
                    continue;
                }
                match layer(&name) {
                    Some(l) if l < own => {}
                    Some(_) => problems.push(format!("{}:{}: {module} uses crate::{name}, which is not below it", rel.display(), n + 1)),
                    None => problems.push(format!("{}:{}: unknown module crate::{name}", rel.display(), n + 1)),
                }
            }
        }
    }
    assert!(problems.is_empty(), "back-edges in the module graph:\n{}", problems.join("\n"));
}
