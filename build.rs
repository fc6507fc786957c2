//! Embeds the default lexicons (`lexicons/`) into the binary, so that `vocmine` works
//! from any directory; `--lexicons DIR` overrides them at run time.
use std::{env, fs, path::Path};

fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(_) => return,
    };
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, root, out);
        } else if matches!(p.extension().and_then(|e| e.to_str()), Some("lex" | "cues" | "txt")) {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, p.canonicalize().unwrap().to_string_lossy().into_owned()));
        }
    }
}

fn main() {
    // Read at run time of the build script, not baked in with `env!`: a build script
    // compiled for one checkout is reused by cargo for another one sharing the target
    // directory, and would then embed the first checkout's lexicons (or none).
    let manifest_dir = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest_dir).join("lexicons");
    println!("cargo:rerun-if-changed=lexicons");
    let mut files = Vec::new();
    walk(&root, &root, &mut files);
    assert!(files.iter().any(|(rel, _)| rel.ends_with(".lex")), "no theme file (*.lex) under {}: the binary would have no default lexicons", root.display());
    for (_, abs) in &files {
        println!("cargo:rerun-if-changed={abs}");
    }
    let mut code = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        code.push_str(&format!("    ({rel:?}, include_str!({abs:?})),\n"));
    }
    code.push_str("];\n");
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("bundled_lexicons.rs");
    fs::write(out, code).unwrap();
}
