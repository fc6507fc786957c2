//! Lexicons: the themes, their terms in four languages, and the per-language cue lists,
//! loaded from plain files and compiled once into matchers.
//!
//! Exists so that everything vocmine knows about customer language is data a researcher
//! can read and edit (see `lexicons/README.md`), and so that terms are compiled through
//! the very same [`TextPipeline`] as documents. Loading reports every bad line with
//! file, line and reason, all at once. This module does no document analysis beyond
//! finding where terms and cues occur.

pub mod import;
pub mod matcher;
pub mod sources;

use crate::lang::Lang;
use crate::text::family::{readings, Side};
use crate::text::{StopWords, TextPipeline, Token, TokenKind};
use matcher::{Hit, Matcher, WordPattern};
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::Path;

pub(crate) mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled_lexicons.rs"));
}

/// A theme of the taxonomy.
#[derive(Debug, Clone)]
pub struct Theme {
    pub id: String,
    pub parent: Option<String>,
    /// Labels in `Lang::ANALYSED` order (ar, fa, fr, en); empty when not given.
    pub labels: [String; 4],
    /// Every term of this theme is painful by nature.
    pub painful: bool,
    /// This theme and its ancestors (indices into `LexiconSet::themes`), self first.
    pub lineage: Vec<u16>,
    /// Number of terms per language (ar, fa, fr, en).
    pub n_terms: [u32; 4],
    /// The lexicon set it comes from: `bundled`, a directory or a dictionary file.
    pub source: String,
}

impl Theme {
    pub fn label(&self, lang: Lang) -> &str {
        lang.index().map_or("", |i| self.labels[i].as_str())
    }
    /// `theme` for top-level themes, `subtheme` for children.
    pub fn kind(&self) -> &'static str {
        if self.parent.is_some() {
            "subtheme"
        } else {
            "theme"
        }
    }
}

/// Flags of a term (see the lexicon guide).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TermFlags {
    pub neg: bool,
    pub pos: bool,
    pub pain: bool,
    pub exact: bool,
    /// Consumes the words and produces no mention (blocks another sense of a word).
    pub ignore: bool,
    /// Counts only in a sentence that also has an ordinary term or an `anchor` of the
    /// same theme (a bare amount is `price` only where the text judges the price).
    pub context: bool,
    /// Counts only where it is judged: its mention has a sentiment score (a sentiment
    /// word or polar term in its clause, or borrowed from the next clause, or it is
    /// negated) — or, as `context`, beside an ordinary term or `anchor` of its theme
    /// ("the speaker is awful", not "it has a speaker and a webcam").
    pub judged: bool,
    /// Produces no mention itself, but lets `context` terms of its theme count in its
    /// sentence.
    pub anchor: bool,
}

/// A lexicon term.
#[derive(Debug, Clone)]
pub struct Term {
    pub theme: u16,
    pub lang: Lang,
    /// As written in the file.
    pub text: String,
    pub flags: TermFlags,
    pub file: String,
    pub line: usize,
}

impl Term {
    /// The polarity the term carries by itself: −1, 0 or +1.
    pub fn own_polarity(&self) -> i8 {
        if self.flags.neg {
            -1
        } else if self.flags.pos {
            1
        } else {
            0
        }
    }
}

/// Kinds of cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CueKind {
    Negation,
    NegationPost,
    Contrast,
    Intensifier,
    Diminisher,
    Positive,
    Negative,
    PainMarker,
}

impl CueKind {
    fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "negation" => CueKind::Negation,
            "negation_post" => CueKind::NegationPost,
            "contrast" => CueKind::Contrast,
            "intensifier" => CueKind::Intensifier,
            "diminisher" => CueKind::Diminisher,
            "positive" => CueKind::Positive,
            "negative" => CueKind::Negative,
            "pain_marker" => CueKind::PainMarker,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Negation => "negation",
            CueKind::NegationPost => "negation_post",
            CueKind::Contrast => "contrast",
            CueKind::Intensifier => "intensifier",
            CueKind::Diminisher => "diminisher",
            CueKind::Positive => "positive",
            CueKind::Negative => "negative",
            CueKind::PainMarker => "pain_marker",
        }
    }
}

/// A cue word or phrase.
#[derive(Debug, Clone)]
pub struct Cue {
    pub kind: CueKind,
    pub lang: Lang,
    pub text: String,
}

/// A problem found while loading lexicons.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.file, self.line, self.reason)
        } else {
            write!(f, "{}: {}", self.file, self.reason)
        }
    }
}

/// All problems of a lexicon directory (it does not load while there are any).
#[derive(Debug, Clone)]
pub struct LexiconError {
    pub problems: Vec<Problem>,
    /// Remarks found on the way (shown after the problems).
    pub warnings: Vec<Problem>,
}

impl LexiconError {
    pub fn new(problems: Vec<Problem>) -> LexiconError {
        LexiconError { problems, warnings: Vec::new() }
    }
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the lexicons have {} problem(s):", self.problems.len())?;
        for p in &self.problems {
            writeln!(f, "  {p}")?;
        }
        for w in &self.warnings {
            writeln!(f, "  warning: {w}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LexiconError {}

/// Compiled lexicons: themes, terms, cues, stop words and their matchers.
pub struct LexiconSet {
    pub themes: Vec<Theme>,
    pub terms: Vec<Term>,
    pub cues: Vec<Cue>,
    pub pipeline: TextPipeline,
    /// Non-fatal remarks (a theme with no term in a language, duplicate terms).
    pub warnings: Vec<Problem>,
    /// SHA-256 over every file (path and content), hex.
    pub hash: String,
    /// Where the lexicons came from (a directory, or `bundled`).
    pub origin: String,
    term_matchers: [Matcher; 4],
    cue_matchers: [Matcher; 4],
}

struct ThemeBuild {
    theme: Theme,
    header_file: Option<(String, usize)>,
    parent_explicit: bool,
}

impl LexiconSet {
    /// The default lexicons, embedded in the binary at build time.
    pub fn bundled() -> Result<LexiconSet, LexiconError> {
        let files: Vec<(String, String)> = bundled::FILES.iter().map(|(p, c)| (p.to_string(), c.to_string())).collect();
        Self::from_files(files, "bundled")
    }

    /// Loads every `*.lex`, `*.cues` and `*.txt` file under `dir`.
    pub fn load(dir: &Path) -> Result<LexiconSet, LexiconError> {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        if !dir.is_dir() {
            return Err(LexiconError::new(vec![Problem {
                file: dir.display().to_string(),
                line: 0,
                reason: "not a directory (expected a lexicon directory with themes/, cues/, stopwords/)".into(),
            }]));
        }
        collect(dir, dir, &mut files, &mut problems);
        // a file that cannot be read is one problem among the others: the rest is
        // still checked, so that one run shows every problem
        match Self::from_files(files, &dir.display().to_string()) {
            Ok(set) if problems.is_empty() => Ok(set),
            Ok(set) => Err(LexiconError { problems, warnings: set.warnings }),
            Err(mut e) => {
                problems.append(&mut e.problems);
                e.problems = problems;
                Err(e)
            }
        }
    }

    /// Loads lexicons from `(relative path, content)` pairs.
    pub fn from_files(mut files: Vec<(String, String)>, origin: &str) -> Result<LexiconSet, LexiconError> {
        files.sort();
        let hash = content_hash(&files);
        let mut problems = Vec::new();
        let mut warnings = Vec::new();

        // 1. stop words
        let pipeline = TextPipeline::new(stop_words(&files, &mut problems));

        // 2. themes
        let mut builds: Vec<ThemeBuild> = Vec::new();
        let mut terms: Vec<Term> = Vec::new();
        let mut term_words: Vec<Vec<WordPattern>> = Vec::new();
        for (path, content) in &files {
            if path.ends_with(".lex") {
                parse_theme_file(path, content, &pipeline, &mut builds, &mut terms, &mut term_words, &mut problems);
            } else if !(path.ends_with(".cues") || path.starts_with("stopwords/") || path.ends_with("README.md")) && path.ends_with(".txt") {
                problems.push(Problem {
                    file: path.clone(),
                    line: 0,
                    reason: "unexpected file: themes are *.lex, cues are cues/<lang>.cues, stop words stopwords/<lang>.txt".into(),
                });
            }
        }
        if builds.is_empty() && problems.is_empty() {
            problems.push(Problem { file: origin.to_string(), line: 0, reason: "no theme file (*.lex) found".into() });
        }
        let mut themes = link_themes(builds, origin, &mut problems);
        for t in &terms {
            if let Some(i) = t.lang.index() {
                themes[t.theme as usize].n_terms[i] += 1;
            }
        }
        for th in &themes {
            for l in Lang::ANALYSED {
                if th.n_terms[l.index().unwrap()] == 0 {
                    warnings.push(Problem { file: format!("themes/{}.lex", th.id), line: 0, reason: format!("theme {:?} has no {} terms", th.id, l) });
                }
            }
        }

        // 3. cues
        let mut cues: Vec<Cue> = Vec::new();
        let mut cue_words: Vec<Vec<WordPattern>> = Vec::new();
        for (path, content) in &files {
            if path.ends_with(".cues") {
                parse_cue_file(path, content, &pipeline, &mut cues, &mut cue_words, &mut problems);
            }
        }

        if !problems.is_empty() {
            problems.sort();
            problems.dedup();
            return Err(LexiconError::new(problems));
        }

        // 4. matchers
        let term_matchers = term_matchers(&terms, &term_words, &mut warnings);
        let mut cue_matchers: [Matcher; 4] = std::array::from_fn(|i| Matcher::new(Lang::ANALYSED[i], 1));
        for (i, (c, words)) in cues.iter().zip(&cue_words).enumerate() {
            cue_matchers[c.lang.index().unwrap()].add(words, i as u32);
        }
        warnings.sort();
        Ok(LexiconSet { themes, terms, cues, pipeline, warnings, hash, origin: origin.to_string(), term_matchers, cue_matchers })
    }

    pub fn theme(&self, i: u16) -> &Theme {
        &self.themes[i as usize]
    }

    pub fn theme_index(&self, id: &str) -> Option<u16> {
        self.themes.iter().position(|t| t.id == id).map(|i| i as u16)
    }

    /// Theme term matches (payloads are indices into `terms`), per language of the
    /// first token.
    pub fn find_terms(&self, tokens: &[Token], seq: &[Option<usize>], out: &mut Vec<Hit>) {
        find_by_lang(&self.term_matchers, tokens, seq, out);
    }

    /// Cue matches (payloads are indices into `cues`).
    pub fn find_cues(&self, tokens: &[Token], seq: &[Option<usize>], out: &mut Vec<Hit>) {
        find_by_lang(&self.cue_matchers, tokens, seq, out);
    }

    pub fn n_cues(&self, lang: Lang, kind: CueKind) -> usize {
        self.cues.iter().filter(|c| c.lang == lang && c.kind == kind).count()
    }
}

/// Runs each language's matcher over the runs of tokens of that language.
fn find_by_lang(matchers: &[Matcher; 4], tokens: &[Token], seq: &[Option<usize>], out: &mut Vec<Hit>) {
    out.clear();
    let mut buf = Vec::new();
    let mut i = 0;
    while i < seq.len() {
        // a run of one language
        let lang = match seq[i] {
            Some(ix) => tokens[ix].lang,
            None => {
                i += 1;
                continue;
            }
        };
        let mut j = i;
        while j < seq.len() && seq[j].is_none_or(|ix| tokens[ix].lang == lang) {
            j += 1;
        }
        if let Some(li) = lang.index() {
            matchers[li].find(tokens, &seq[i..j], &mut buf);
            out.append(&mut buf);
        }
        i = j;
    }
}

pub(crate) fn collect(dir: &Path, root: &Path, files: &mut Vec<(String, String)>, problems: &mut Vec<Problem>) {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.path()).collect(),
        Err(e) => {
            problems.push(Problem { file: dir.display().to_string(), line: 0, reason: format!("cannot read directory: {e}") });
            return;
        }
    };
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, root, files, problems);
            continue;
        }
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "lex" | "cues" | "txt") {
            continue;
        }
        let rel = p.strip_prefix(root).unwrap_or(&p).to_string_lossy().replace('\\', "/");
        match std::fs::read(&p) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => files.push((rel, s)),
                Err(e) => {
                    let at = e.utf8_error().valid_up_to();
                    let bytes = e.as_bytes();
                    let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                    let col = at - bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1) + 1;
                    problems.push(Problem {
                        file: rel,
                        line,
                        reason: format!("not valid UTF-8 (byte 0x{:02X} at column {col}); lexicon files must be UTF-8 (re-save it as UTF-8)", bytes[at]),
                    })
                }
            },
            Err(e) => problems.push(Problem { file: rel, line: 0, reason: format!("cannot read: {e}") }),
        }
    }
}

pub(crate) fn strip_comment(line: &str) -> &str {
    let t = line.trim_start();
    if t.starts_with('#') {
        return "";
    }
    match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None => line,
    }
}

/// Compiles one term or cue text into word patterns through the text pipeline.
pub(crate) fn compile_words(pipeline: &TextPipeline, lang: Lang, text: &str, exact: bool) -> Result<Vec<WordPattern>, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("empty term".into());
    }
    let mut words = Vec::new();
    // split on whitespace first so that a wildcard applies to its own word
    let parts: Vec<&str> = trimmed.split_whitespace().collect();
    for part in parts.iter() {
        if *part == "<price>" {
            words.push(WordPattern::Base("<price>".into()));
            continue;
        }
        let wildcard = part.ends_with('*');
        let body = part.trim_end_matches('*');
        if body.contains('*') {
            return Err(format!("'*' is only allowed at the end of a word, found {part:?}"));
        }
        if body.is_empty() {
            return Err("a lone '*' is not a term".into());
        }
        let a = pipeline.analyze(body, Some(lang));
        let toks: Vec<&Token> = a.tokens.iter().filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Emoji)).collect();
        if toks.is_empty() {
            return Err(format!("{part:?} has no word in it after normalisation"));
        }
        for (ti, t) in toks.iter().enumerate() {
            let last = ti + 1 == toks.len();
            if wildcard && last {
                let prefix = t.forms.base.to_string();
                if prefix.chars().count() < 3 {
                    return Err(format!("wildcard prefix {:?} is shorter than three letters", prefix));
                }
                words.push(WordPattern::Prefix(prefix));
            } else if exact || t.kind != TokenKind::Word {
                words.push(WordPattern::Base(t.forms.base.to_string()));
            } else {
                // a one-word term written with ة (or ه for it) keeps it (`خصوصية` is not `بخصوص`,
                // `باقه` not `باقي`); inside a longer
                // term the other words already fix the sense (`خدمة سيئة` = `الخدمه سيئ`)
                let single = parts.len() == 1 && toks.len() == 1;
                let side = Side::Term { ta_marbuta: lang == Lang::Ar && single && (body.ends_with('ة') || body.ends_with('ه')) };
                let r = readings(lang, &t.forms.base, side).into_vec();
                words.push(WordPattern::Key(t.forms.key.to_string(), r));
            }
        }
    }
    if words.len() > 8 {
        return Err(format!("a term has at most 8 words, this one has {}", words.len()));
    }
    Ok(words)
}

pub(crate) fn parse_flags(s: &str) -> Result<TermFlags, String> {
    let mut f = TermFlags::default();
    for flag in s.split([' ', ',', '\t']).filter(|x| !x.is_empty()) {
        match flag {
            "neg" | "negative" => f.neg = true,
            "pos" | "positive" => f.pos = true,
            "pain" => f.pain = true,
            "ignore" => f.ignore = true,
            "exact" => f.exact = true,
            "context" => f.context = true,
            "judged" => f.judged = true,
            "anchor" => f.anchor = true,
            other => return Err(format!("unknown flag {other:?} (expected neg, pos, pain, exact, ignore, context, judged or anchor)")),
        }
    }
    if f.neg && f.pos {
        return Err("a term cannot be both neg and pos".into());
    }
    if f.context && f.judged {
        return Err("a term cannot be both context and judged (judged already counts where context would)".into());
    }
    Ok(f)
}

#[allow(clippy::too_many_arguments)]
fn parse_theme_file(
    path: &str,
    content: &str,
    pipeline: &TextPipeline,
    builds: &mut Vec<ThemeBuild>,
    terms: &mut Vec<Term>,
    term_words: &mut Vec<Vec<WordPattern>>,
    problems: &mut Vec<Problem>,
) {
    let mut theme_ix: Option<usize> = None;
    let mut header: Vec<(usize, String, String)> = Vec::new();
    let mut section: Option<Lang> = None;
    let mut in_header = true;
    let p = |line: usize, reason: String| Problem { file: path.to_string(), line, reason };
    for (ln0, raw) in content.lines().enumerate() {
        let ln = ln0 + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') {
            if !line.ends_with(']') {
                problems.push(p(ln, format!("section header {line:?} is missing its closing ']'")));
                continue;
            }
            let name = &line[1..line.len() - 1];
            match Lang::parse(name).filter(|l| l.index().is_some()) {
                Some(l) => section = Some(l),
                None => {
                    problems.push(p(ln, format!("unknown section [{name}]: theme files have [en], [fr], [ar] and [fa] sections")));
                    section = None;
                }
            }
            if in_header {
                in_header = false;
                theme_ix = finish_header(path, &header, builds, problems);
            }
            continue;
        }
        if in_header {
            match line.split_once('=') {
                Some((k, v)) => header.push((ln, k.trim().to_string(), v.trim().to_string())),
                None => problems.push(p(ln, format!("expected `key = value` before the first [lang] section, found {line:?}"))),
            }
            continue;
        }
        let Some(lang) = section else {
            continue; // already reported
        };
        let Some(ti) = theme_ix else {
            continue;
        };
        let (term_text, flags_text) = match line.split_once('|') {
            Some((t, f)) => (t.trim(), f.trim()),
            None => (line, ""),
        };
        let flags = match parse_flags(flags_text) {
            Ok(f) => f,
            Err(e) => {
                problems.push(p(ln, e));
                continue;
            }
        };
        match compile_words(pipeline, lang, term_text, flags.exact) {
            Ok(words) => {
                terms.push(Term { theme: ti as u16, lang, text: term_text.to_string(), flags, file: path.to_string(), line: ln });
                term_words.push(words);
            }
            Err(e) => problems.push(p(ln, format!("term {term_text:?}: {e}"))),
        }
    }
    if in_header {
        // a file with a header and no section
        finish_header(path, &header, builds, problems);
    }
}

/// A theme id: lower-case letters (any script), digits, `_` and `.` between parts, with
/// an optional `namespace:` prefix of the same characters (imported dictionaries).
fn valid_theme_id(id: &str) -> bool {
    let part = |s: &str| {
        !s.is_empty()
            && !s.starts_with('.')
            && !s.ends_with('.')
            && !s.contains("..")
            && s.chars().all(|c| (c.is_alphanumeric() && !c.is_uppercase()) || c == '_' || c == '.')
    };
    match id.split_once(':') {
        Some((ns, rest)) => part(ns) && !ns.contains('.') && part(rest),
        None => part(id),
    }
}

fn finish_header(path: &str, header: &[(usize, String, String)], builds: &mut Vec<ThemeBuild>, problems: &mut Vec<Problem>) -> Option<usize> {
    let p = |line: usize, reason: String| Problem { file: path.to_string(), line, reason };
    let Some((id_line, _, id)) = header.iter().find(|(_, k, _)| k == "theme") else {
        problems.push(p(1, "missing `theme = <id>` before the first section".into()));
        return None;
    };
    if !valid_theme_id(id) {
        problems.push(p(*id_line, format!("theme id {id:?} must be lower-case letters, digits, '_' and '.' (with an optional `namespace:` prefix)")));
        return None;
    }
    let ix = match builds.iter().position(|b| &b.theme.id == id) {
        Some(i) => i,
        None => {
            builds.push(ThemeBuild {
                theme: Theme {
                    id: id.clone(),
                    parent: None,
                    labels: Default::default(),
                    painful: false,
                    lineage: vec![],
                    n_terms: [0; 4],
                    source: String::new(),
                },
                header_file: None,
                parent_explicit: false,
            });
            builds.len() - 1
        }
    };
    let has_meta = header.iter().any(|(_, k, _)| k != "theme");
    if has_meta {
        if let Some((f, l)) = &builds[ix].header_file {
            problems.push(p(
                *id_line,
                format!("theme {id:?} already has its header (labels, parent) in {f}:{l}; other files of a theme carry only `theme = {id}`"),
            ));
            return Some(ix);
        }
        builds[ix].header_file = Some((path.to_string(), *id_line));
        // default parent from the id: a.b → a
        let mut parent = id.rsplit_once('.').map(|(a, _)| a.to_string());
        for (ln, k, v) in header {
            match k.as_str() {
                "theme" => {}
                "parent" => {
                    parent = if v.is_empty() { None } else { Some(v.clone()) };
                    builds[ix].parent_explicit = true;
                }
                "painful" => match v.as_str() {
                    "true" | "yes" => builds[ix].theme.painful = true,
                    "false" | "no" => builds[ix].theme.painful = false,
                    _ => problems.push(p(*ln, format!("painful must be true or false, found {v:?}"))),
                },
                k if k.starts_with("label.") => match Lang::parse(&k[6..]).and_then(|l| l.index()) {
                    Some(i) => builds[ix].theme.labels[i] = v.clone(),
                    None => problems.push(p(*ln, format!("unknown label language in {k:?} (expected label.en, label.fr, label.ar, label.fa)"))),
                },
                other => problems.push(p(*ln, format!("unknown header key {other:?} (expected theme, parent, painful, label.<lang>)"))),
            }
        }
        builds[ix].theme.parent = parent;
    } else if builds[ix].theme.parent.is_none() && builds[ix].header_file.is_none() {
        builds[ix].theme.parent = id.rsplit_once('.').map(|(a, _)| a.to_string());
    }
    Some(ix)
}

fn parse_cue_file(path: &str, content: &str, pipeline: &TextPipeline, cues: &mut Vec<Cue>, words: &mut Vec<Vec<WordPattern>>, problems: &mut Vec<Problem>) {
    let p = |line: usize, reason: String| Problem { file: path.to_string(), line, reason };
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some(lang) = name.strip_suffix(".cues").and_then(Lang::parse).filter(|l| l.index().is_some()) else {
        problems.push(p(0, "cue files are named cues/<ar|fa|fr|en>.cues".into()));
        return;
    };
    let mut kind: Option<CueKind> = None;
    let mut bad_section = false;
    for (ln0, raw) in content.lines().enumerate() {
        let ln = ln0 + 1;
        let line = strip_comment(raw).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('[') && line.ends_with(']') {
            kind = CueKind::parse(&line[1..line.len() - 1]);
            bad_section = kind.is_none();
            if bad_section {
                problems.push(p(ln, format!("unknown cue section {line}: expected [negation], [negation_post], [contrast], [intensifier], [diminisher], [positive], [negative] or [pain_marker]")));
            }
            continue;
        }
        let Some(k) = kind else {
            if !bad_section {
                problems.push(p(ln, format!("cue {line:?} is outside any [section]")));
            }
            continue;
        };
        let (text, exact) = match line.split_once('|') {
            None => (line, false),
            Some((t, f)) if f.trim() == "exact" => (t.trim(), true),
            Some(_) => {
                problems.push(p(ln, "the only flag a cue takes is `| exact` (match the word form, not its stem)".into()));
                continue;
            }
        };
        match compile_words(pipeline, lang, text, exact) {
            Ok(w) => {
                cues.push(Cue { kind: k, lang, text: text.to_string() });
                words.push(w);
            }
            Err(e) => problems.push(p(ln, format!("cue {line:?}: {e}"))),
        }
    }
}

/// The hash of a lexicon set: every (path, content), in path order.
fn content_hash(files: &[(String, String)]) -> String {
    let mut hasher = Sha256::new();
    for (p, c) in files {
        hasher.update(p.as_bytes());
        hasher.update([0]);
        hasher.update(c.as_bytes());
        hasher.update([0]);
    }
    format!("{:x}", hasher.finalize())
}

/// The stop words of `stopwords/<lang>.txt` files, normalised as text will be.
fn stop_words(files: &[(String, String)], problems: &mut Vec<Problem>) -> StopWords {
    let plain = TextPipeline::default();
    let mut stop = StopWords::default();
    for (path, content) in files {
        if let Some(name) = path.strip_prefix("stopwords/") {
            let Some(lang) = name.strip_suffix(".txt").and_then(Lang::parse).filter(|l| l.index().is_some()) else {
                problems.push(Problem { file: path.clone(), line: 0, reason: "stop-word files are named stopwords/<ar|fa|fr|en>.txt".into() });
                continue;
            };
            for (ln, line) in content.lines().enumerate() {
                let w = strip_comment(line).trim();
                if w.is_empty() {
                    continue;
                }
                if w.contains(char::is_whitespace) {
                    problems.push(Problem { file: path.clone(), line: ln + 1, reason: format!("a stop word is a single word, found {w:?}") });
                    continue;
                }
                stop.insert(lang, &plain.normalize(lang, w));
            }
        }
    }
    stop
}

/// The themes of the parsed theme files with their parents checked (a parent derived
/// from the id, `product.quality` → `product`, applies only when that theme exists) and
/// their lineage (the theme, its parent, its parent's parent…; a cycle is a problem).
fn link_themes(mut builds: Vec<ThemeBuild>, origin: &str, problems: &mut Vec<Problem>) -> Vec<Theme> {
    let ids: Vec<String> = builds.iter().map(|b| b.theme.id.clone()).collect();
    for b in builds.iter_mut() {
        if let Some(p) = b.theme.parent.clone() {
            if !ids.contains(&p) && !b.parent_explicit {
                // a parent derived from the id (`product.quality` → `product`) only
                // applies when that theme exists
                b.theme.parent = None;
            } else if !ids.contains(&p) {
                let (file, line) = b.header_file.clone().unwrap_or_default();
                problems.push(Problem { file, line, reason: format!("parent theme {p:?} of {:?} is not defined", b.theme.id) });
            }
        }
    }
    let headers: Vec<(String, usize)> = builds.iter().map(|b| b.header_file.clone().unwrap_or_default()).collect();
    let mut themes: Vec<Theme> = builds
        .into_iter()
        .map(|mut b| {
            b.theme.source = origin.to_string();
            b.theme
        })
        .collect();
    for i in 0..themes.len() {
        let mut lineage = vec![i as u16];
        let mut cur = themes[i].parent.clone();
        let mut guard = 0;
        while let Some(p) = cur {
            guard += 1;
            if guard > 16 {
                let (file, line) = headers[i].clone();
                problems.push(Problem { file, line, reason: format!("parent cycle at theme {:?}: its parents lead back to it", themes[i].id) });
                break;
            }
            match themes.iter().position(|t| t.id == p) {
                Some(j) => {
                    lineage.push(j as u16);
                    cur = themes[j].parent.clone();
                }
                None => break,
            }
        }
        themes[i].lineage = lineage;
    }
    themes
}

/// One term matcher per analysed language; a term that is another of its theme after
/// normalisation is a warning.
fn term_matchers(terms: &[Term], term_words: &[Vec<WordPattern>], warnings: &mut Vec<Problem>) -> [Matcher; 4] {
    let mut term_matchers: [Matcher; 4] = std::array::from_fn(|i| Matcher::new(Lang::ANALYSED[i], 0));
    let mut seen = std::collections::HashMap::new();
    for (i, (t, words)) in terms.iter().zip(term_words).enumerate() {
        let li = t.lang.index().unwrap();
        if let Some(prev) = seen.insert((t.theme, li, words.clone()), i) {
            let p: &Term = &terms[prev];
            warnings.push(Problem {
                file: t.file.clone(),
                line: t.line,
                reason: format!("{:?} is the same term as {:?} ({}:{}) after normalisation", t.text, p.text, p.file, p.line),
            });
        }
        term_matchers[li].add(words, i as u32);
    }
    term_matchers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = vec![
            ("themes/price.lex".into(), "theme = price\nlabel.en = Price\n[en]\nprice\noverpriced | neg\nrip off | neg\nfee*\n[fr]\nprix\n".into()),
            ("themes/support.lex".into(), "theme = support\n[en]\nstaff\n".into()),
            ("themes/support.responsiveness.lex".into(), "theme = support.responsiveness\n[en]\nwait*\nslow service | neg\n".into()),
            ("cues/en.cues".into(), "[negation]\nnot\n[positive]\ngood\n".into()),
        ];
        for (a, b) in extra {
            v.push((a.to_string(), b.to_string()));
        }
        v
    }

    #[test]
    fn loads_and_builds_lineage() {
        let lex = LexiconSet::from_files(files(&[]), "test").unwrap();
        let r = lex.theme_index("support.responsiveness").unwrap();
        let s = lex.theme_index("support").unwrap();
        assert_eq!(lex.theme(r).lineage, vec![r, s]);
        assert_eq!(lex.theme(r).parent.as_deref(), Some("support"));
    }

    #[test]
    fn reports_every_bad_line_at_once() {
        let bad = "theme = billing\ncolour = red\n[en]\nrefund | sparkly\nx*\n[de]\nrechnung\n";
        let err = LexiconSet::from_files(files(&[("themes/billing.lex", bad), ("cues/fr.cues", "[nope]\npas\n")]), "test").err().unwrap();
        let lines: Vec<(String, usize)> = err.problems.iter().map(|p| (p.file.clone(), p.line)).collect();
        assert!(lines.contains(&("themes/billing.lex".into(), 2)), "{err}");
        assert!(lines.contains(&("themes/billing.lex".into(), 4)), "{err}");
        assert!(lines.contains(&("themes/billing.lex".into(), 5)), "{err}");
        assert!(lines.contains(&("themes/billing.lex".into(), 6)), "{err}");
        assert!(lines.contains(&("cues/fr.cues".into(), 1)), "{err}");
    }

    /// A lexicon file that is not UTF-8 is one problem among the others (with its line),
    /// and a parent cycle names the file and line of a theme in it.
    #[test]
    fn an_encoding_problem_hides_no_other_problem() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("themes")).unwrap();
        std::fs::write(dir.path().join("themes/a.lex"), "theme = a\nparent = b\n[en]\napple\n").unwrap();
        std::fs::write(dir.path().join("themes/b.lex"), "theme = b\nparent = a\n[en]\nbanana\n").unwrap();
        std::fs::write(dir.path().join("themes/c.lex"), b"theme = c\n[fr]\nd\xe9lai\n").unwrap();
        std::fs::write(dir.path().join("themes/d.lex"), "theme = d\nflavour = sweet\n[en]\ndate\n").unwrap();
        let err = LexiconSet::load(dir.path()).err().expect("problems");
        let at: Vec<(String, usize)> = err.problems.iter().map(|p| (p.file.clone(), p.line)).collect();
        assert!(at.contains(&("themes/c.lex".into(), 3)), "{err}");
        assert!(at.contains(&("themes/d.lex".into(), 2)), "{err}");
        assert!(err.problems.iter().any(|p| p.reason.contains("parent cycle") && p.file.ends_with(".lex") && p.line == 1), "{err}");
    }

    #[test]
    fn longest_match_wins_and_wildcards_work() {
        let lex = LexiconSet::from_files(files(&[]), "test").unwrap();
        let a = lex.pipeline.analyze("Slow service, the waiting was long and the fees were a rip off", Some(Lang::En));
        let seq = matcher::match_sequence(&a.tokens);
        let mut hits = Vec::new();
        lex.find_terms(&a.tokens, &seq, &mut hits);
        let found: Vec<&str> = hits.iter().flat_map(|h| h.payloads.iter().map(|&p| lex.terms[p as usize].text.as_str())).collect();
        assert_eq!(found, ["slow service", "wait*", "fee*", "rip off"]);
    }
}
