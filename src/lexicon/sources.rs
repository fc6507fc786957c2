//! Where a run's lexicons come from: the bundled set (`default`), lexicon directories and
//! dictionary files in other formats, several in one run (`--lexicons default
//! --lexicons team.yaml`).
//!
//! Exists so that a team's own dictionary runs beside (or instead of) the default
//! lexicons without its categories ever colliding with theirs: the themes of an imported
//! dictionary are namespaced by its name (`team:workload`, the file name by default, or
//! `--lexicons NAME=FILE`); a directory keeps its ids unless given a name; two sets that
//! define the same id are refused. Everything is compiled into one [`LexiconSet`] by
//! [`LexiconSet::from_files`], so imported entries match exactly as `.lex` terms do, and
//! every theme records its source for `themes.parquet`. Cues (negation, sentiment, pain
//! markers) and stop words come from the first directory that has them, else from the
//! bundled lexicons: a dictionary brings categories, not grammar.

use super::import::{self, DictFormat, LineMap};
use super::{LexiconError, LexiconSet, Problem};
use crate::lang::Lang;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The lexicon options of a command: `--lexicons` (repeatable), `--lexicon-format`,
/// `--lexicon-lang`.
#[derive(Debug, Clone, Default)]
pub struct LexiconSpec {
    /// `default`, a directory, a dictionary file, or `NAME=PATH`; empty: the bundled set.
    pub sources: Vec<String>,
    /// Format of dictionary files whose extension does not tell.
    pub format: Option<DictFormat>,
    /// Language of dictionary entries that do not say theirs.
    pub lang: Option<Lang>,
}

impl LexiconSpec {
    /// A spec from command-line values (format and language codes checked here).
    pub fn parse(sources: Vec<String>, format: Option<&str>, lang: Option<&str>) -> anyhow::Result<LexiconSpec> {
        let format = match format {
            Some(f) => {
                Some(DictFormat::parse(f).ok_or_else(|| anyhow::anyhow!("unknown --lexicon-format {f:?}: expected liwc, liwc22, yaml, json, csv or tsv"))?)
            }
            None => None,
        };
        let lang = match lang {
            Some(l) => {
                Some(Lang::parse(l).filter(|x| x.index().is_some()).ok_or_else(|| anyhow::anyhow!("unknown --lexicon-lang {l:?}: expected ar, fa, fr or en"))?)
            }
            None => None,
        };
        Ok(LexiconSpec { sources, format, lang })
    }

    pub fn dir(path: &Path) -> LexiconSpec {
        LexiconSpec { sources: vec![path.display().to_string()], ..Default::default() }
    }
}

#[derive(Debug, Clone)]
enum Kind {
    Bundled,
    Dir(PathBuf),
    Dict(PathBuf),
}

#[derive(Debug, Clone)]
struct Source {
    kind: Kind,
    /// `NAME=` given.
    name: Option<String>,
    /// As shown in messages and in the `source` column.
    shown: String,
}

fn parse_source(s: &str) -> Source {
    let s = s.trim();
    if s == "default" || s == "bundled" {
        return Source { kind: Kind::Bundled, name: None, shown: "bundled".into() };
    }
    let (name, path) = match s.split_once('=') {
        Some((n, p)) if !Path::new(s).exists() && !n.is_empty() => (Some(n.trim().to_string()), p.trim()),
        _ => (None, s),
    };
    let p = PathBuf::from(path);
    if name.as_deref() == Some("default") || path == "default" || path == "bundled" {
        return Source { kind: Kind::Bundled, name, shown: "bundled".into() };
    }
    let kind = if p.is_dir() { Kind::Dir(p) } else { Kind::Dict(p) };
    Source { kind, name, shown: path.to_string() }
}

fn has_grammar(files: &[(String, String)]) -> bool {
    files.iter().any(|(p, _)| p.ends_with(".cues") || p.starts_with("stopwords/"))
}

/// `theme =` and `parent =` of a theme file's header, prefixed with `ns:`.
fn namespace_lex(content: &str, ns: &str) -> String {
    let mut out = String::with_capacity(content.len() + 64);
    let mut header = true;
    for line in content.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            header = false;
        }
        match t.split_once('=') {
            Some((k, v)) if header && matches!(k.trim(), "theme" | "parent") && !v.trim().is_empty() => {
                out.push_str(&format!("{} = {ns}:{}\n", k.trim(), v.trim()));
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// A theme file without its header's metadata (labels, parent, painful): what another
/// file of the same theme may carry.
fn terms_only(content: &str) -> String {
    let mut out = String::new();
    let mut header = true;
    for line in content.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            header = false;
        }
        if header && t.split_once('=').is_some_and(|(k, _)| k.trim() != "theme") {
            out.push('\n'); // keep the line numbers
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The theme ids a theme file defines (its `theme =` line).
fn lex_theme_id(content: &str) -> Option<String> {
    content.lines().map(|l| super::strip_comment(l).trim()).take_while(|l| !l.starts_with('[')).find_map(|l| match l.split_once('=') {
        Some((k, v)) if k.trim() == "theme" => Some(v.trim().to_string()),
        _ => None,
    })
}

/// One imported dictionary: its virtual prefix, the file's name and its line map.
struct Imported {
    prefix: String,
    path: String,
    lines: LineMap,
}

fn remap(p: &mut Problem, imported: &[Imported]) -> bool {
    for im in imported {
        if p.file.starts_with(&im.prefix) {
            p.line = im.lines.get(&(p.file.clone(), p.line)).copied().unwrap_or(0);
            p.file = im.path.clone();
            return true;
        }
    }
    false
}

/// Loads the lexicons of a spec. One directory (with its cues) or the bundled set alone
/// loads exactly as before; anything else is merged as described in the module docs.
pub fn load(spec: &LexiconSpec) -> Result<LexiconSet, LexiconError> {
    let srcs: Vec<Source> = spec.sources.iter().map(|s| parse_source(s)).collect();
    if srcs.is_empty() {
        return LexiconSet::bundled();
    }
    if srcs.len() == 1 && srcs[0].name.is_none() {
        match &srcs[0].kind {
            Kind::Bundled => return LexiconSet::bundled(),
            Kind::Dir(d) => {
                let mut files = Vec::new();
                let mut problems = Vec::new();
                super::collect(d, d, &mut files, &mut problems);
                if !problems.is_empty() || has_grammar(&files) {
                    return LexiconSet::load(d);
                }
            }
            Kind::Dict(_) => {}
        }
    }
    let mut merged = Merged::default();
    let check_pipeline = crate::text::TextPipeline::default();
    for (k, src) in srcs.iter().enumerate() {
        if srcs[..k].iter().any(|o| o.shown == src.shown && o.name == src.name) {
            merged.problems.push(Problem { file: src.shown.clone(), line: 0, reason: "given twice in --lexicons".into() });
            continue;
        }
        merged.add(k, src, spec, &check_pipeline);
    }
    merged.compile()
}

/// The sources of a run gathered into one set of files before compiling.
#[derive(Default)]
struct Merged {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
    imported: Vec<Imported>,
    /// (virtual path, content) of every theme file, then the grammar.
    files: Vec<(String, String)>,
    /// Cues and stop words: those of the first directory that has them.
    grammar: Option<Vec<(String, String)>>,
    /// theme id → (owner key, source shown)
    owner: HashMap<String, (String, String)>,
    /// How each source was given, for the set's origin.
    origins: Vec<String>,
}

impl Merged {
    /// Adds source `k` of the run: its theme files, namespaced when it has a name, with
    /// a problem for each other source whose theme ids it repeats.
    fn add(&mut self, k: usize, src: &Source, spec: &LexiconSpec, check_pipeline: &crate::text::TextPipeline) {
        let prefix = format!("{}/", src.shown.trim_end_matches('/'));
        let (key, mut themes) = match &src.kind {
            Kind::Bundled | Kind::Dir(_) => (src.name.clone().unwrap_or_else(|| format!("#{k}")), self.directory_themes(src, &prefix)),
            Kind::Dict(path) => {
                let mut d = import::read(path, spec.format, spec.lang, src.name.as_deref());
                import::check(&mut d, check_pipeline);
                let (lex, lines) = import::to_lex_files(&d, &prefix);
                self.problems.append(&mut d.problems);
                self.warnings.append(&mut d.warnings);
                self.imported.push(Imported { prefix: prefix.clone(), path: d.path.clone(), lines });
                (src.name.as_deref().map(import::slug).unwrap_or_else(|| import::default_name(path)), lex)
            }
        };
        self.claim(&key, src, &mut themes);
        self.files.extend(themes);
        self.origins.push(match &src.name {
            Some(n) => format!("{n}={}", src.shown),
            None => src.shown.clone(),
        });
    }

    /// The theme files of the bundled set or a directory (keeping the first grammar).
    fn directory_themes(&mut self, src: &Source, prefix: &str) -> Vec<(String, String)> {
        let set: Vec<(String, String)> = match &src.kind {
            Kind::Dir(d) => {
                let mut v = Vec::new();
                let mut pr = Vec::new();
                super::collect(d, d, &mut v, &mut pr);
                for mut p in pr {
                    p.file = format!("{}/{}", src.shown, p.file);
                    self.problems.push(p);
                }
                v
            }
            _ => super::bundled::FILES.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect(),
        };
        if self.grammar.is_none() && has_grammar(&set) {
            self.grammar = Some(set.iter().filter(|(p, _)| p.ends_with(".cues") || p.starts_with("stopwords/")).cloned().collect());
        }
        set.into_iter()
            .filter(|(p, _)| p.ends_with(".lex"))
            .map(|(p, c)| {
                let c = match &src.name {
                    Some(ns) => namespace_lex(&c, &import::slug(ns)),
                    None => c,
                };
                (format!("{prefix}{p}"), c)
            })
            .collect()
    }

    /// Claims the theme ids of `themes` for `key`: a second file of the same dictionary
    /// name (`team.en.yaml`, `team.fr.yaml`) adds its terms to the theme (the first
    /// file's header stays); an id another source defines is one problem per pair of
    /// sources.
    fn claim(&mut self, key: &str, src: &Source, themes: &mut [(String, String)]) {
        let mut clashes: Vec<(String, String)> = Vec::new();
        for (_, c) in themes.iter_mut() {
            if let Some(id) = lex_theme_id(c) {
                match self.owner.get(&id) {
                    Some((o, shown)) if o != key => clashes.push((shown.clone(), id)),
                    Some((_, shown)) if *shown != src.shown => *c = terms_only(c),
                    Some(_) => {}
                    None => {
                        self.owner.insert(id, (key.to_string(), src.shown.clone()));
                    }
                }
            }
        }
        let mut others: Vec<&String> = clashes.iter().map(|(o, _)| o).collect();
        others.sort();
        others.dedup();
        for other in others {
            let ids: Vec<&str> = clashes.iter().filter(|(o, _)| o == other).map(|(_, id)| id.as_str()).collect();
            let shown: Vec<&str> = ids.iter().take(5).copied().collect();
            self.problems.push(Problem {
                file: src.shown.clone(),
                line: 0,
                reason: format!(
                    "{} theme id(s) ({}{}) are also defined by {other}: give one of them a name (--lexicons NAME={}) so that its theme ids become NAME:…",
                    ids.len(),
                    shown.join(", "),
                    if ids.len() > 5 { ", …" } else { "" },
                    src.shown
                ),
            });
        }
    }

    /// Compiles the gathered files into one set (with the bundled grammar when no
    /// directory brought one); every problem and warning names the dictionary's own file
    /// and line.
    fn compile(mut self) -> Result<LexiconSet, LexiconError> {
        let grammar = self.grammar.take().unwrap_or_else(|| {
            super::bundled::FILES
                .iter()
                .filter(|(p, _)| p.ends_with(".cues") || p.starts_with("stopwords/"))
                .map(|(p, c)| (p.to_string(), c.to_string()))
                .collect()
        });
        let mut files = std::mem::take(&mut self.files);
        files.extend(grammar);
        let origin = self.origins.join(" + ");
        if !self.problems.is_empty() {
            // the merged set would fail or mislead: report what the sources said, with
            // whatever the compiler adds for the other sets
            let mut problems = std::mem::take(&mut self.problems);
            if let Err(e) = LexiconSet::from_files(files, &origin) {
                problems.extend(e.problems.into_iter().filter_map(|mut p| (!remap(&mut p, &self.imported)).then_some(p)));
            }
            problems.sort();
            problems.dedup();
            self.warnings.sort();
            self.warnings.dedup();
            return Err(LexiconError { problems, warnings: self.warnings });
        }
        match LexiconSet::from_files(files, &origin) {
            Err(e) => {
                let mut ps: Vec<Problem> = e
                    .problems
                    .into_iter()
                    .map(|mut p| {
                        remap(&mut p, &self.imported);
                        p
                    })
                    .collect();
                ps.sort();
                ps.dedup();
                Err(LexiconError { problems: ps, warnings: self.warnings })
            }
            Ok(mut lex) => {
                self.attribute(&mut lex);
                Ok(lex)
            }
        }
    }

    /// Names in a compiled set where each theme came from, and each term and warning's
    /// dictionary file and line (warnings the import's own checks already gave in the
    /// dictionary's words are dropped).
    fn attribute(&mut self, lex: &mut LexiconSet) {
        for th in lex.themes.iter_mut() {
            if let Some((_, shown)) = self.owner.get(&th.id) {
                th.source = shown.clone();
            } else if let Some(p) = th.parent.as_ref().and_then(|p| self.owner.get(p)) {
                th.source = p.1.clone();
            }
        }
        for t in lex.terms.iter_mut() {
            let mut p = Problem { file: t.file.clone(), line: t.line, reason: String::new() };
            if remap(&mut p, &self.imported) {
                t.file = p.file;
                t.line = p.line;
            }
        }
        let mut kept = Vec::new();
        let dict_themes: Vec<String> =
            self.owner.iter().filter(|(_, (_, shown))| self.imported.iter().any(|im| im.path == *shown)).map(|(id, _)| format!("themes/{id}.lex")).collect();
        for mut w in std::mem::take(&mut lex.warnings) {
            if dict_themes.contains(&w.file) {
                continue;
            }
            if remap(&mut w, &self.imported) && (w.reason.contains("after normalisation") || w.reason.contains(" has no ")) {
                continue;
            }
            kept.push(w);
        }
        kept.append(&mut self.warnings);
        kept.sort();
        kept.dedup();
        lex.warnings = kept;
    }
}

/// What `vocmine lexicon import` did.
pub struct ImportDone {
    pub summary: String,
    pub warnings: Vec<Problem>,
}

/// Reads and checks a dictionary, loads it as `--lexicons FILE` would (so that what is
/// written is known to work), and writes its theme files to `out/themes/`.
pub fn import_to_dir(file: &Path, spec: &LexiconSpec, name: Option<&str>, out: &Path) -> Result<ImportDone, LexiconError> {
    let mut d = import::read(file, spec.format, spec.lang, name);
    import::check(&mut d, &crate::text::TextPipeline::default());
    if !d.problems.is_empty() {
        return Err(LexiconError { problems: d.problems, warnings: d.warnings });
    }
    let source = match name {
        Some(n) => format!("{n}={}", file.display()),
        None => file.display().to_string(),
    };
    let lex = load(&LexiconSpec { sources: vec![source], ..spec.clone() })?;
    let (files, _) = import::to_lex_files(&d, "");
    let err = |reason: String| LexiconError::new(vec![Problem { file: out.display().to_string(), line: 0, reason }]);
    std::fs::create_dir_all(out.join("themes")).map_err(|e| err(format!("cannot create: {e}")))?;
    // a category dropped since the last import of this dictionary must not linger: remove
    // earlier imported theme files that this import does not write
    let wanted: Vec<std::path::PathBuf> = files.iter().map(|(p, _)| out.join(p)).collect();
    if let Ok(rd) = std::fs::read_dir(out.join("themes")) {
        for e in rd.flatten() {
            let p = e.path();
            let ours = std::fs::read_to_string(&p).is_ok_and(|c| c.starts_with("# imported from "));
            if p.extension().is_some_and(|x| x == "lex") && ours && !wanted.contains(&p) {
                let _ = std::fs::remove_file(&p);
            }
        }
    }
    let mut pending = Vec::new();
    for (p, c) in &files {
        pending.push(crate::atomic::write_text(&out.join(p), c).map_err(|e| err(format!("cannot write: {e}")))?);
    }
    crate::atomic::commit(pending).map_err(|e| err(format!("cannot write: {e}")))?;
    let per_lang: Vec<String> = Lang::ANALYSED.iter().map(|l| format!("{}={}", l, lex.terms.iter().filter(|t| t.lang == *l).count())).collect();
    let mut guessed: Vec<(usize, &str)> = d.entries.iter().filter(|e| e.guessed).map(|e| (e.line, e.text.as_str())).collect();
    guessed.sort();
    guessed.dedup();
    let summary = format!(
        "ok: {} ({}) → {}/themes: {} categories as themes {}:…, {} terms ({}), {} warnings{}",
        file.display(),
        d.format,
        out.display(),
        d.categories.len(),
        d.name,
        lex.terms.len(),
        per_lang.join(" "),
        lex.warnings.len(),
        if guessed.is_empty() {
            String::new()
        } else {
            format!("; the language of {} entries came from their script (Latin: en and fr; Arabic script: ar and/or fa): give --lang to set it", guessed.len())
        }
    );
    Ok(ImportDone { summary, warnings: lex.warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_rewrite_only_the_header() {
        let s = namespace_lex("theme = price\nparent = money\n[en]\ntheme = x\n", "team");
        assert_eq!(s, "theme = team:price\nparent = team:money\n[en]\ntheme = x\n");
    }

    #[test]
    fn sources_parse_names_and_default() {
        assert!(matches!(parse_source("default").kind, Kind::Bundled));
        let s = parse_source("team=does/not/exist.yaml");
        assert_eq!(s.name.as_deref(), Some("team"));
        assert!(matches!(s.kind, Kind::Dict(_)));
    }
}
