//! Dictionaries in the formats researchers already have — LIWC `.dic`, LIWC-22 `.dicx`,
//! quanteda-style YAML, a JSON object of lists, a CSV/TSV of `term,category[,lang]` —
//! read into categories and entries, checked through the text pipeline, and turned into
//! vocmine theme files (`.lex`).
//!
//! Exists so that a dictionary someone trusts runs through vocmine's four-language text
//! pipeline without re-typing it, and so that what cannot work is said up front: every
//! problem of a file is reported at once with the file's own line numbers (an unknown
//! category number, a pattern the matcher cannot honour, a malformed line), and
//! duplicates or entries that normalise to the same form are warned about. The import
//! produces `.lex` text and nothing else: an imported entry is compiled by the very same
//! code as a hand-written term, so both match the same words.
//!
//! Formats, in short (the README's "Your own dictionary" has the full rules):
//! - LIWC `.dic`: a category legend between two `%` lines (`<number> <name>`, a leading
//!   tab per hierarchy level), then one entry per line followed by category numbers.
//! - LIWC-22 `.dicx`: CSV whose first column is `DicTerm` and one column per category,
//!   a non-empty cell (`X`, or a weight) putting the row's term in that category; or a
//!   CSV with one column per category listing its terms.
//! - YAML / JSON: an object whose keys are categories; a value is a list of entries, a
//!   nested object (sub-categories), or an object keyed by language (`en`, `fr`, `ar`,
//!   `fa`) whose values are lists.
//! - CSV / TSV: `term,category[,lang[,flags]]`, with or without a header; a category
//!   `pay.bonus` (or `pay/bonus`, `pay > bonus`) is the sub-category `bonus` of `pay`.
//!
//! Globs: a trailing `*` is a wildcard; `?` and a `*` elsewhere cannot be matched and
//! are reported. An entry's language comes from `--lang`, the file name (`team.fr.yaml`),
//! a `lang` column or a language-keyed object; otherwise from its script (Latin letters:
//! English and French; Arabic letters: Arabic and/or Persian, decided by the letters only
//! one of them uses).

use super::{compile_words, parse_flags, Problem};
use crate::lang::Lang;
use crate::text::TextPipeline;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// A dictionary file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictFormat {
    Liwc,
    Liwc22,
    Yaml,
    Json,
    Csv,
    Tsv,
}

impl DictFormat {
    pub fn parse(s: &str) -> Option<DictFormat> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "liwc" | "dic" | "liwc2015" | "liwc2007" => DictFormat::Liwc,
            "liwc22" | "liwc-22" | "dicx" => DictFormat::Liwc22,
            "yaml" | "yml" | "quanteda" => DictFormat::Yaml,
            "json" => DictFormat::Json,
            "csv" => DictFormat::Csv,
            "tsv" | "tab" => DictFormat::Tsv,
            _ => return None,
        })
    }

    /// The format a file name's extension says, if any.
    pub fn from_path(path: &Path) -> Option<DictFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "dic" => DictFormat::Liwc,
            "dicx" => DictFormat::Liwc22,
            "yml" | "yaml" => DictFormat::Yaml,
            "json" => DictFormat::Json,
            "csv" => DictFormat::Csv,
            "tsv" | "tab" => DictFormat::Tsv,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DictFormat::Liwc => "liwc",
            DictFormat::Liwc22 => "liwc22",
            DictFormat::Yaml => "yaml",
            DictFormat::Json => "json",
            DictFormat::Csv => "csv",
            DictFormat::Tsv => "tsv",
        }
    }
}

impl fmt::Display for DictFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A category of a dictionary.
#[derive(Debug, Clone)]
pub struct Category {
    /// Path of slugs from the root, `.`-separated (`workload.hours`), without namespace.
    pub id: String,
    /// The name as written in the file.
    pub name: String,
    pub parent: Option<usize>,
    /// Line where the category is defined (or first used).
    pub line: usize,
}

/// One entry of a dictionary in one language.
#[derive(Debug, Clone)]
pub struct Entry {
    /// As written (trimmed).
    pub text: String,
    pub category: usize,
    pub lang: Lang,
    /// vocmine term flags (`neg`, `pos`, `pain`, `exact`, `context`…; CSV `flags` column).
    pub flags: String,
    pub line: usize,
    /// The language was taken from the entry's script (none was given).
    pub guessed: bool,
}

/// A dictionary read from a file.
#[derive(Debug, Clone)]
pub struct Dictionary {
    /// The file as given.
    pub path: String,
    pub format: DictFormat,
    /// The namespace of its theme ids (`team` → `team:workload`).
    pub name: String,
    pub categories: Vec<Category>,
    pub entries: Vec<Entry>,
    /// Problems that make the dictionary unusable.
    pub problems: Vec<Problem>,
    /// Remarks (duplicates, entries that normalise to the same form, ignored LIWC rules).
    pub warnings: Vec<Problem>,
}

impl Dictionary {
    fn new(path: &str, format: DictFormat, name: &str) -> Dictionary {
        Dictionary {
            path: path.to_string(),
            format,
            name: name.to_string(),
            categories: Vec::new(),
            entries: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn problem(&mut self, line: usize, reason: impl Into<String>) {
        self.problems.push(Problem { file: self.path.clone(), line, reason: reason.into() });
    }

    fn warn(&mut self, line: usize, reason: impl Into<String>) {
        self.warnings.push(Problem { file: self.path.clone(), line, reason: reason.into() });
    }

    /// The theme id of a category: `name:id`.
    pub fn theme_id(&self, c: usize) -> String {
        format!("{}:{}", self.name, self.categories[c].id)
    }

    /// Defines a category under `parent`; a second definition of the same id is a problem.
    fn define(&mut self, name: &str, parent: Option<usize>, line: usize) -> Option<usize> {
        let slug = slug(name);
        if slug.is_empty() {
            self.problem(line, format!("category name {name:?} has no letter or digit in it"));
            return None;
        }
        let id = match parent {
            Some(p) => format!("{}.{slug}", self.categories[p].id),
            None => slug,
        };
        if let Some(prev) = self.categories.iter().find(|c| c.id == id) {
            let (pn, pl) = (prev.name.clone(), prev.line);
            self.problem(line, format!("category {name:?} is defined twice (as {pn:?} on line {pl}); its id would be {id:?} both times"));
            return None;
        }
        self.categories.push(Category { id, name: name.trim().to_string(), parent, line });
        Some(self.categories.len() - 1)
    }

    /// The category named by a flat path (`pay.bonus`, `pay/bonus`, `pay > bonus`),
    /// created with its parents on first use.
    fn category_path(&mut self, path: &str, line: usize) -> Option<usize> {
        let mut parent: Option<usize> = None;
        let parts: Vec<&str> = path.split(['.', '/', '>']).map(str::trim).collect();
        if parts.iter().any(|p| slug(p).is_empty()) {
            self.problem(line, format!("category {path:?}: every level needs a letter or digit"));
            return None;
        }
        for part in parts {
            let s = slug(part);
            let id = match parent {
                Some(p) => format!("{}.{s}", self.categories[p].id),
                None => s,
            };
            parent = Some(match self.categories.iter().position(|c| c.id == id) {
                Some(i) => i,
                None => {
                    self.categories.push(Category { id, name: part.to_string(), parent, line });
                    self.categories.len() - 1
                }
            });
        }
        parent
    }

    /// Adds an entry of category `cat` in `lang` (or in the languages its script says).
    fn entry(&mut self, raw: &str, cat: usize, lang: Option<Lang>, flags: &str, line: usize) {
        // one line of words with single spaces (a YAML block scalar may hold newlines)
        let text = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = text.trim_start_matches(['#', '[']).trim();
        if text.is_empty() {
            self.problem(line, format!("empty entry in category {:?}", self.categories[cat].name));
            return;
        }
        let langs = match lang {
            Some(l) => vec![l],
            None => langs_of(text),
        };
        for l in langs {
            self.entries.push(Entry { text: text.to_string(), category: cat, lang: l, flags: flags.trim().to_string(), line, guessed: lang.is_none() });
        }
    }
}

/// A category name as an id part: lower case, letters and digits kept (any script),
/// everything else `_`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// Letters only Persian uses, and letters (or forms) only Arabic uses.
const PERSIAN_ONLY: &[char] = &['پ', 'چ', 'ژ', 'گ', 'ک', 'ی', '\u{200c}'];
const ARABIC_ONLY: &[char] = &['ة', 'ي', 'ك', 'ى', 'ؤ', 'ئ'];

/// The languages an entry with no stated language is compiled for, from its script.
pub fn langs_of(text: &str) -> Vec<Lang> {
    let arabic = text.chars().any(crate::script::is_arabic_script);
    if arabic {
        let fa = text.chars().any(|c| PERSIAN_ONLY.contains(&c));
        let ar = text.chars().any(|c| ARABIC_ONLY.contains(&c));
        return match (ar, fa) {
            (true, false) => vec![Lang::Ar],
            (false, true) => vec![Lang::Fa],
            _ => vec![Lang::Ar, Lang::Fa],
        };
    }
    if text.chars().any(|c| c.is_alphabetic()) {
        vec![Lang::Fr, Lang::En]
    } else {
        Lang::ANALYSED.to_vec()
    }
}

/// Decodes a dictionary file as inputs are read: UTF-8 (a BOM is removed), UTF-16 with a
/// BOM, or UTF-16 without one told by its NUL bytes; lines ending with a bare carriage
/// return are read as lines.
pub fn decode(bytes: &[u8]) -> Result<String, (usize, String)> {
    let s = decode_bytes(bytes)?;
    Ok(if s.contains('\r') && !s.contains('\n') { s.replace('\r', "\n") } else { s })
}

fn decode_bytes(bytes: &[u8]) -> Result<String, (usize, String)> {
    if let Some(enc) = crate::script::sniff_utf16(&bytes[..bytes.len().min(4096)]) {
        let (s, bad) = enc.decode_without_bom_handling(bytes);
        if bad {
            return Err((1, format!("not valid {} (read as {} by its NUL bytes)", enc.name(), enc.name())));
        }
        return Ok(s.into_owned());
    }
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (s, bad) = enc.decode_without_bom_handling(&bytes[bom..]);
        if bad {
            let line = s.split('\u{FFFD}').next().map_or(1, |p| p.matches('\n').count() + 1);
            return Err((line, format!("not valid {} (it starts with a {} byte-order mark)", enc.name(), enc.name())));
        }
        return Ok(s.into_owned());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Err((line, format!("not valid UTF-8 (byte {}); save the dictionary as UTF-8, or UTF-16 with a byte-order mark", e.valid_up_to())))
        }
    }
}

/// A file name's language suffix (`team.fr.yaml` → fr) and the name without it.
fn name_and_lang(path: &Path) -> (String, Option<Lang>) {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    if let Some((base, code)) = stem.rsplit_once('.') {
        if code.len() == 2 {
            if let Some(l) = Lang::parse(code).filter(|l| l.index().is_some()) {
                return (base.to_string(), Some(l));
            }
        }
    }
    (stem, None)
}

/// The default namespace of a dictionary file: its file name without extension (and
/// language suffix), as an id.
pub fn default_name(path: &Path) -> String {
    let n = slug(&name_and_lang(path).0);
    if n.is_empty() {
        "dict".into()
    } else {
        n
    }
}

/// Reads a dictionary file. `format` and `lang` override what the file name says; `name`
/// is the namespace (default: the file name). Problems are collected in the dictionary,
/// never returned as an error, so that all of them are reported at once.
pub fn read(path: &Path, format: Option<DictFormat>, lang: Option<Lang>, name: Option<&str>) -> Dictionary {
    let shown = path.display().to_string();
    let (_, name_lang) = name_and_lang(path);
    let lang = lang.or(name_lang);
    let ns = name.map(slug).filter(|s| !s.is_empty()).unwrap_or_else(|| default_name(path));
    if !path.exists() {
        let mut d = Dictionary::new(&shown, DictFormat::Csv, &ns);
        d.problem(0, "no such file or directory (expected a lexicon directory, a dictionary file or `default`)");
        return d;
    }
    let Some(format) = format.or_else(|| DictFormat::from_path(path)) else {
        let mut d = Dictionary::new(&shown, DictFormat::Csv, &ns);
        d.problem(0, "unknown dictionary format: name it .dic (LIWC), .dicx (LIWC-22), .yml/.yaml, .json, .csv or .tsv, or give the format (liwc, liwc22, yaml, json, csv, tsv)");
        return d;
    };
    let mut d = Dictionary::new(&shown, format, &ns);
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            d.problem(0, format!("cannot read: {e}"));
            return d;
        }
    };
    let text = match decode(&bytes) {
        Ok(t) => t,
        Err((line, reason)) => {
            d.problem(line, reason);
            return d;
        }
    };
    parse_text(&mut d, &text, lang);
    d
}

/// Parses dictionary text of `d.format` into `d`.
pub fn parse_text(d: &mut Dictionary, text: &str, lang: Option<Lang>) {
    match d.format {
        DictFormat::Liwc => parse_liwc(d, text, lang),
        DictFormat::Liwc22 => parse_dicx(d, text, lang),
        DictFormat::Yaml | DictFormat::Json => parse_tree(d, text, lang),
        DictFormat::Csv => parse_csv(d, text, lang, b','),
        DictFormat::Tsv => parse_csv(d, text, lang, b'\t'),
    }
    if d.categories.is_empty() && d.problems.is_empty() {
        d.problem(0, "no category found");
    }
}

// ---------------------------------------------------------------- LIWC .dic

fn parse_liwc(d: &mut Dictionary, text: &str, lang: Option<Lang>) {
    let lines: Vec<&str> = text.lines().collect();
    let marks: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.trim() == "%").map(|(i, _)| i).take(2).collect();
    if marks.len() < 2 {
        d.problem(1, "a LIWC dictionary starts with its category legend between two lines holding only '%'; found fewer than two");
        return;
    }
    let numbers = liwc_legend(d, &lines[marks[0] + 1..marks[1]], marks[0] + 1);
    // entries: `<entry><tab><number>…`; a multi-word entry keeps its spaces
    let mut ignored_rules = 0usize;
    for (i, raw) in lines.iter().enumerate().skip(marks[1] + 1) {
        let ln = i + 1;
        // leading whitespace is kept: `\t3` is an entry with no text
        let mut line = raw.trim_end().to_string();
        if line.trim().is_empty() {
            continue;
        }
        if line.contains("<of>") {
            d.warn(ln, "LIWC `<of>` rules are not supported: line skipped");
            continue;
        }
        // LIWC2007 conditional codes `like (02 134)125/464`: the parenthetical is dropped
        // and both alternatives are kept, as quanteda does
        if let (Some(a), Some(b)) = (line.find('('), line.rfind(')')) {
            if a < b {
                line = format!("{} {}", &line[..a], &line[b + 1..]);
                ignored_rules += 1;
                if ignored_rules <= 3 {
                    d.warn(ln, "LIWC conditional category rule in parentheses ignored: the word counts in every category listed");
                }
            }
        }
        let Some((term, cats)) = liwc_entry(d, &line, ln) else { continue };
        if cats.is_empty() {
            d.problem(ln, format!("entry {term:?} has no category number"));
            continue;
        }
        if term.trim().is_empty() {
            d.problem(ln, format!("empty entry (only category numbers {:?})", cats.join(" ")));
            continue;
        }
        let mut seen = Vec::new();
        for c in cats {
            if !c.chars().all(|x| x.is_ascii_digit()) {
                d.problem(ln, format!("entry {term:?}: category {c:?} is not a number"));
                continue;
            }
            match numbers.get(c.trim_start_matches('0')) {
                Some((cat, _)) => {
                    if seen.contains(cat) {
                        continue;
                    }
                    seen.push(*cat);
                    d.entry(&term, *cat, lang, "", ln);
                }
                None => d.problem(ln, format!("entry {term:?}: unknown category number {c} (the legend between the '%' lines does not define it)")),
            }
        }
    }
    if ignored_rules > 3 {
        d.warn(0, format!("{ignored_rules} LIWC conditional rules ignored in all"));
    }
}

/// The category legend of a LIWC dictionary (the lines between the two `%` lines, the
/// first of them at index `first`): `<number><tab or spaces><name>`, one leading tab per
/// level. Returns category number (without leading zeros) → (category, line).
fn liwc_legend(d: &mut Dictionary, legend: &[&str], first: usize) -> HashMap<String, (usize, usize)> {
    let mut numbers: HashMap<String, (usize, usize)> = HashMap::new(); // number → (category, line)
    let mut stack: Vec<(usize, usize)> = Vec::new(); // (depth, category)
    for (i, raw) in legend.iter().enumerate() {
        let ln = first + i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let depth = raw.chars().take_while(|&c| c == '\t').count();
        let line = raw.trim();
        let (num, name) = match line.split_once(char::is_whitespace) {
            Some((n, rest)) => (n.trim(), rest.trim()),
            None => (line, ""),
        };
        if num.is_empty() || !num.chars().all(|c| c.is_ascii_digit()) {
            d.problem(ln, format!("a category line is `<number> <name>`, found {line:?}"));
            continue;
        }
        // `01 funct (function words)`: the name is the first field
        let name = name.split('\t').next().unwrap_or("").trim();
        if name.is_empty() {
            d.problem(ln, format!("category {num} has no name"));
            continue;
        }
        let key = num.trim_start_matches('0').to_string();
        if let Some((c, l)) = numbers.get(&key) {
            let other = d.categories[*c].name.clone();
            d.problem(ln, format!("category number {num} is used twice (for {other:?} on line {l})"));
            continue;
        }
        while stack.last().is_some_and(|(dep, _)| *dep >= depth) {
            stack.pop();
        }
        let parent = stack.last().map(|(_, c)| *c);
        if let Some(c) = d.define(name, parent, ln) {
            numbers.insert(key, (c, ln));
            stack.push((depth, c));
        }
    }
    numbers
}

/// One LIWC entry line as its term and category numbers: `<entry><tab><number>…`, or
/// with spaces only the trailing fields that look like numbers; a multi-word entry keeps
/// its spaces. `None` (with a problem) for a line of category numbers only.
fn liwc_entry(d: &mut Dictionary, line: &str, ln: usize) -> Option<(String, Vec<String>)> {
    let (term, cats): (String, Vec<String>) = if line.contains('\t') {
        let mut parts = line.split('\t');
        let term = parts.next().unwrap_or("").trim().to_string();
        (term, parts.flat_map(|p| p.split([' ', '/'])).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect())
    } else {
        // spaces only: the trailing fields that look like numbers are categories
        let words: Vec<&str> = line.split_whitespace().collect();
        if line.starts_with(' ') && words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '/')) {
            d.problem(ln, format!("empty entry (only category numbers {:?})", words.join(" ")));
            return None;
        }
        let mut k = words.len();
        while k > 1 && words[k - 1].split('/').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
            k -= 1;
        }
        (words[..k].join(" "), words[k..].iter().flat_map(|w| w.split('/')).map(str::to_string).collect())
    };
    let term = if term.chars().all(|c| c.is_ascii_digit()) && !cats.is_empty() && cats.iter().all(|c| c.chars().all(|x| x.is_ascii_digit())) {
        // a line of numbers only: the entry itself is missing
        String::new()
    } else {
        term
    };
    Some((term, cats))
}

// ---------------------------------------------------------------- CSV, TSV, .dicx

fn csv_rows(d: &mut Dictionary, text: &str, delim: u8) -> Vec<(usize, Vec<String>)> {
    let mut r = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delim).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut rec = csv::StringRecord::new();
    loop {
        match r.read_record(&mut rec) {
            Ok(true) => {
                let line = rec.position().map_or(0, |p| p.line() as usize);
                rows.push((line, rec.iter().map(|f| f.trim().to_string()).collect()));
            }
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                d.problem(line, format!("unreadable record: {e}"));
                break;
            }
        }
    }
    rows
}

fn parse_csv(d: &mut Dictionary, text: &str, lang: Option<Lang>, delim: u8) {
    let rows = csv_rows(d, text, delim);
    let Some((_, first)) = rows.first() else {
        return;
    };
    let lower: Vec<String> = first.iter().map(|h| h.to_lowercase()).collect();
    let find = |names: &[&str]| lower.iter().position(|h| names.contains(&h.as_str()));
    let term_col = find(&["term", "terms", "entry", "word", "pattern", "dicterm"]);
    let cat_col = find(&["category", "categories", "theme", "class", "key"]);
    let (has_header, t, c, l, f) = match (term_col, cat_col) {
        (Some(t), Some(c)) => (true, t, c, find(&["lang", "language"]), find(&["flags", "flag"])),
        _ => (false, 0, 1, Some(2), Some(3)),
    };
    for (ln, row) in rows.iter().skip(has_header as usize) {
        if row.iter().all(|x| x.is_empty()) {
            continue;
        }
        let term = row.get(t).map(String::as_str).unwrap_or("");
        let cats = row.get(c).map(String::as_str).unwrap_or("");
        if cats.is_empty() {
            d.problem(*ln, format!("entry {term:?} has no category (expected term{0}category{0}lang)", delim as char));
            continue;
        }
        let row_lang = match l.and_then(|i| row.get(i)).map(|s| s.trim()).filter(|s| !s.is_empty()) {
            None => lang,
            Some(code) => match Lang::parse(code).filter(|l| l.index().is_some()) {
                Some(x) => Some(x),
                None => {
                    d.problem(*ln, format!("unknown language {code:?} (expected ar, fa, fr or en)"));
                    continue;
                }
            },
        };
        let flags = f.and_then(|i| row.get(i)).map(String::as_str).unwrap_or("");
        if let Err(e) = parse_flags(flags) {
            d.problem(*ln, e);
            continue;
        }
        for cat in cats.split([';', '|']).map(str::trim).filter(|s| !s.is_empty()) {
            if let Some(ci) = d.category_path(cat, *ln) {
                d.entry(term, ci, row_lang, flags, *ln);
            }
        }
    }
}

fn parse_dicx(d: &mut Dictionary, text: &str, lang: Option<Lang>) {
    let rows = csv_rows(d, text, b',');
    let Some((hl, header)) = rows.first().cloned() else {
        return;
    };
    let marks = header.first().is_some_and(|h| h.eq_ignore_ascii_case("dicterm"));
    let first_cat = if marks { 1 } else { 0 };
    let mut cols: Vec<Option<usize>> = vec![None; header.len()];
    for (i, name) in header.iter().enumerate().skip(first_cat) {
        if name.is_empty() {
            d.problem(hl, format!("column {} has no category name", i + 1));
            continue;
        }
        cols[i] = d.category_path(name, hl);
    }
    let mut weighted = false;
    for (ln, row) in rows.iter().skip(1) {
        if row.iter().all(|x| x.is_empty()) {
            continue;
        }
        if marks {
            let term = row[0].as_str();
            let mut any = false;
            for (i, cell) in row.iter().enumerate().skip(1) {
                let cell = cell.trim();
                if cell.is_empty() || cell == "0" {
                    continue;
                }
                let Some(Some(cat)) = cols.get(i) else {
                    if i >= header.len() {
                        d.problem(*ln, format!("a mark in column {} but the header has {} columns", i + 1, header.len()));
                    }
                    continue;
                };
                if !cell.eq_ignore_ascii_case("x") {
                    if cell.parse::<f64>().is_ok() {
                        weighted = true;
                    } else {
                        d.problem(*ln, format!("entry {term:?}: cell {cell:?} in column {:?} is neither X nor a weight", header[i]));
                        continue;
                    }
                }
                any = true;
                d.entry(term, *cat, lang, "", *ln);
            }
            if !any {
                if term.is_empty() {
                    continue;
                }
                d.warn(*ln, format!("entry {term:?} is marked in no category"));
            }
        } else {
            for (i, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                match cols.get(i) {
                    Some(Some(cat)) => d.entry(cell, *cat, lang, "", *ln),
                    Some(None) => {}
                    None => d.problem(*ln, format!("entry {cell:?} in column {} but the header has {} columns", i + 1, header.len())),
                }
            }
        }
    }
    if weighted {
        d.warn(0, "weights in the .dicx are ignored: a non-zero weight puts the entry in its category");
    }
}

// ---------------------------------------------------------------- YAML and JSON

/// A YAML/JSON node with the line where it starts.
#[derive(Debug, Clone)]
enum Node {
    Scalar(String, usize),
    Seq(Vec<Node>, usize),
    Map(Vec<(String, usize, Node)>, usize),
}

impl Node {
    fn line(&self) -> usize {
        match self {
            Node::Scalar(_, l) | Node::Seq(_, l) | Node::Map(_, l) => *l,
        }
    }
}

/// Builds [`Node`]s from the YAML parser's events (which carry line numbers).
#[derive(Default)]
struct TreeBuilder {
    stack: Vec<Node>,
    /// For maps: the key waiting for its value.
    keys: Vec<Option<(String, usize)>>,
    anchors: HashMap<usize, Node>,
    anchor_of: Vec<usize>,
    root: Option<Node>,
    bad: Vec<(usize, String)>,
}

impl TreeBuilder {
    fn push_value(&mut self, n: Node) {
        match self.stack.last_mut() {
            None => {
                if self.root.is_none() {
                    self.root = Some(n);
                }
            }
            Some(Node::Seq(items, _)) => items.push(n),
            Some(Node::Map(pairs, _)) => {
                let slot = self.keys.last_mut().unwrap();
                match slot.take() {
                    None => match n {
                        Node::Scalar(k, l) => *slot = Some((k, l)),
                        other => self.bad.push((other.line(), "a category name must be plain text, not a list or an object".into())),
                    },
                    Some((k, l)) => pairs.push((k, l, n)),
                }
            }
            Some(Node::Scalar(..)) => {}
        }
    }
}

impl yaml_rust2::parser::MarkedEventReceiver for TreeBuilder {
    fn on_event(&mut self, ev: yaml_rust2::Event, mark: yaml_rust2::scanner::Marker) {
        use yaml_rust2::Event;
        let line = mark.line();
        match ev {
            Event::Scalar(s, _, anchor, _) => {
                let n = Node::Scalar(s, line);
                if anchor > 0 {
                    self.anchors.insert(anchor, n.clone());
                }
                self.push_value(n);
            }
            Event::SequenceStart(anchor, _) => {
                self.stack.push(Node::Seq(Vec::new(), line));
                self.keys.push(None);
                self.anchor_of.push(anchor);
            }
            Event::MappingStart(anchor, _) => {
                self.stack.push(Node::Map(Vec::new(), line));
                self.keys.push(None);
                self.anchor_of.push(anchor);
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let n = self.stack.pop().unwrap();
                self.keys.pop();
                let anchor = self.anchor_of.pop().unwrap_or(0);
                if anchor > 0 {
                    self.anchors.insert(anchor, n.clone());
                }
                self.push_value(n);
            }
            Event::Alias(id) => match self.anchors.get(&id).cloned() {
                Some(n) => self.push_value(n),
                None => self.bad.push((line, "an alias to an unknown anchor".into())),
            },
            _ => {}
        }
    }
}

fn parse_tree(d: &mut Dictionary, text: &str, lang: Option<Lang>) {
    if d.format == DictFormat::Json {
        if let Err(e) = serde_json::from_str::<serde_json::Value>(text) {
            d.problem(e.line(), format!("not valid JSON: {e}"));
            return;
        }
    }
    let mut b = TreeBuilder::default();
    let mut parser = yaml_rust2::parser::Parser::new_from_str(text);
    if let Err(e) = parser.load(&mut b, false) {
        d.problem(e.marker().line(), format!("not valid YAML: {}", e.info()));
        return;
    }
    for (l, r) in std::mem::take(&mut b.bad) {
        d.problem(l, r);
    }
    match b.root {
        Some(Node::Map(pairs, _)) => {
            for (k, l, v) in pairs {
                if let Some(c) = d.define(&k, None, l) {
                    fill(d, &v, c, lang, 1);
                }
            }
        }
        Some(other) => d.problem(other.line(), "the dictionary must be an object whose keys are categories"),
        None => {}
    }
}

fn is_lang_key(k: &str) -> Option<Lang> {
    let k = k.trim();
    if k.len() != 2 {
        return None;
    }
    Lang::parse(k).filter(|l| l.index().is_some())
}

/// Fills category `cat` with the entries and sub-categories of `node`.
fn fill(d: &mut Dictionary, node: &Node, cat: usize, lang: Option<Lang>, depth: usize) {
    if depth > 12 {
        d.problem(node.line(), "categories nested more than 12 levels deep");
        return;
    }
    match node {
        Node::Scalar(s, l) => {
            if !s.trim().is_empty() && s != "~" && s != "null" {
                d.entry(s, cat, lang, "", *l);
            }
        }
        Node::Seq(items, _) => {
            for it in items {
                match it {
                    Node::Scalar(s, l) => d.entry(s, cat, lang, "", *l),
                    Node::Map(pairs, _) => {
                        for (k, l, v) in pairs {
                            if let Some(sub) = d.define(k, Some(cat), *l) {
                                fill(d, v, sub, lang, depth + 1);
                            }
                        }
                    }
                    Node::Seq(_, l) => d.problem(*l, format!("a list inside the list of category {:?}: entries are text", d.categories[cat].name)),
                }
            }
        }
        Node::Map(pairs, _) => {
            let by_lang = !pairs.is_empty() && pairs.iter().all(|(k, _, _)| is_lang_key(k).is_some());
            for (k, l, v) in pairs {
                if by_lang {
                    if matches!(v, Node::Map(..)) {
                        d.problem(*l, format!("the {k} entries of category {:?} must be a list", d.categories[cat].name));
                        continue;
                    }
                    fill(d, v, cat, is_lang_key(k), depth + 1);
                } else if k == "__" {
                    fill(d, v, cat, lang, depth + 1);
                } else if let Some(sub) = d.define(k, Some(cat), *l) {
                    fill(d, v, sub, lang, depth + 1);
                }
            }
        }
    }
}

// ---------------------------------------------------------------- checks and .lex

/// Compiles every entry through `pipeline` as a lexicon term would be: a pattern the
/// matcher cannot honour is a problem; duplicates and entries that normalise to the same
/// form within a category are warnings.
pub fn check(d: &mut Dictionary, pipeline: &TextPipeline) {
    let mut seen: HashMap<(usize, Lang, Vec<super::matcher::WordPattern>), usize> = HashMap::new();
    let mut reported: std::collections::HashSet<(usize, usize)> = Default::default();
    let mut bad = vec![false; d.entries.len()];
    for i in 0..d.entries.len() {
        let e = d.entries[i].clone();
        let name = d.categories[e.category].name.clone();
        if e.text.contains('?') {
            d.problem(e.line, format!("entry {:?}: '?' (one character in a glob) cannot be matched; write the word out or end it with '*'", e.text));
            bad[i] = true;
            continue;
        }
        if e.text.contains('|') || e.text.contains(" #") || e.text.contains("\t#") {
            d.problem(e.line, format!("entry {:?}: '|' and ' #' cannot be part of an entry", e.text));
            bad[i] = true;
            continue;
        }
        let flags = parse_flags(&e.flags).unwrap_or_default();
        match compile_words(pipeline, e.lang, &e.text, flags.exact) {
            Err(reason) => {
                d.problem(e.line, format!("entry {:?} ({}): {reason}", e.text, e.lang));
                bad[i] = true;
            }
            Ok(words) => {
                if let Some(&j) = seen.get(&(e.category, e.lang, words.clone())) {
                    let o = &d.entries[j];
                    if reported.insert((o.line, e.line)) {
                        let reason = if o.text == e.text {
                            format!("duplicate entry {:?} in category {name:?} (also on line {})", e.text, o.line)
                        } else {
                            format!("entry {:?} normalises to the same form as {:?} (line {}) in category {name:?}", e.text, o.text, o.line)
                        };
                        d.warn(e.line, reason);
                    }
                } else {
                    seen.insert((e.category, e.lang, words), i);
                }
            }
        }
    }
    // a problem per line once (an entry compiled for two languages fails twice)
    d.problems.sort();
    d.problems.dedup_by(|a, b| a.line == b.line && a.file == b.file && a.reason.split(" (").next() == b.reason.split(" (").next());
    d.warnings.sort();
    d.warnings.dedup();
    let mut k = 0;
    d.entries.retain(|_| {
        k += 1;
        !bad[k - 1]
    });
}

/// The other spelling of a Persian entry: the pipeline keeps a word written with ZWNJ
/// (`اضافه‌کاری`) as one token and the same words typed with a space as two, so an entry
/// of two words also gets its ZWNJ-joined form, and an entry with ZWNJ its spaced form.
pub fn persian_variant(e: &Entry) -> Option<String> {
    if e.lang != Lang::Fa {
        return None;
    }
    if e.text.contains('\u{200c}') {
        return Some(e.text.replace('\u{200c}', " "));
    }
    let words: Vec<&str> = e.text.split_whitespace().collect();
    let arabic = |w: &str| w.chars().any(crate::script::is_arabic_script);
    if words.len() == 2 && words.iter().all(|w| arabic(w)) && !words[0].ends_with('*') {
        return Some(format!("{}\u{200c}{}", words[0], words[1]));
    }
    None
}

/// Where each line of a generated `.lex` file came from: (virtual path, line) → line of
/// the dictionary.
pub type LineMap = HashMap<(String, usize), usize>;

/// The dictionary as vocmine theme files under `prefix` (`<prefix>themes/<id>.lex`),
/// with the line each term came from.
pub fn to_lex_files(d: &Dictionary, prefix: &str) -> (Vec<(String, String)>, LineMap) {
    let mut files = Vec::new();
    let mut map = LineMap::new();
    for (ci, c) in d.categories.iter().enumerate() {
        let path = format!("{prefix}themes/{}.lex", c.id);
        let mut out = String::new();
        let mut n = 0usize;
        let mut line = |out: &mut String, s: &str, orig: usize, map: &mut LineMap| {
            out.push_str(s);
            out.push('\n');
            n += 1;
            if orig > 0 {
                map.insert((path.clone(), n), orig);
            }
        };
        let clean = |s: &str| s.replace(['#', '\n', '\r'], " ").split_whitespace().collect::<Vec<_>>().join(" ");
        line(&mut out, &format!("# imported from {} ({}), category {:?} (line {})", clean(&d.path), d.format, clean(&c.name), c.line), 0, &mut map);
        line(&mut out, &format!("theme = {}", d.theme_id(ci)), c.line, &mut map);
        if let Some(p) = c.parent {
            line(&mut out, &format!("parent = {}", d.theme_id(p)), c.line, &mut map);
        }
        line(&mut out, &format!("label.en = {}", clean(&c.name)), c.line, &mut map);
        for l in [Lang::En, Lang::Fr, Lang::Ar, Lang::Fa] {
            let mine: Vec<&Entry> = d.entries.iter().filter(|e| e.category == ci && e.lang == l).collect();
            if mine.is_empty() {
                continue;
            }
            line(&mut out, "", 0, &mut map);
            line(&mut out, &format!("[{}]", l.code()), 0, &mut map);
            for e in mine {
                for text in std::iter::once(e.text.clone()).chain(persian_variant(e)) {
                    let s = if e.flags.is_empty() { text } else { format!("{text} | {}", e.flags) };
                    line(&mut out, &s, e.line, &mut map);
                }
            }
        }
        files.push((path, out));
    }
    (files, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(format: DictFormat, text: &str, lang: Option<Lang>) -> Dictionary {
        let mut d = Dictionary::new("t", format, "t");
        parse_text(&mut d, text, lang);
        d
    }

    #[test]
    fn liwc_legend_hierarchy_and_multiword_entries() {
        let dic = "%\n1\twork\n\t2\tworkload\n3\tpay\n%\novertime\t1\t2\nheavy workload\t2\nsalar*\t3\nraise 3\n";
        let d = parse(DictFormat::Liwc, dic, Some(Lang::En));
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let ids: Vec<&str> = d.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["work", "work.workload", "pay"]);
        assert_eq!(d.categories[1].parent, Some(0));
        let e: Vec<(&str, usize, usize)> = d.entries.iter().map(|e| (e.text.as_str(), e.category, e.line)).collect();
        assert_eq!(e, [("overtime", 0, 6), ("overtime", 1, 6), ("heavy workload", 1, 7), ("salar*", 2, 8), ("raise", 2, 9)]);
    }

    #[test]
    fn yaml_nested_by_language_with_lines() {
        let y = "Workload:\n  hours:\n    - overtime\n    - long hours\n  pressure: [deadline*]\nPay:\n  en: [salary]\n  fr: [salaire]\n";
        let d = parse(DictFormat::Yaml, y, None);
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let ids: Vec<&str> = d.categories.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["workload", "workload.hours", "workload.pressure", "pay"]);
        let e: Vec<(&str, Lang, usize)> = d.entries.iter().map(|e| (e.text.as_str(), e.lang, e.line)).collect();
        assert!(e.contains(&("long hours", Lang::En, 4)) && e.contains(&("long hours", Lang::Fr, 4)), "{e:?}");
        assert!(e.contains(&("salary", Lang::En, 7)) && e.contains(&("salaire", Lang::Fr, 8)), "{e:?}");
        assert!(!e.contains(&("salary", Lang::Fr, 7)), "{e:?}");
    }

    #[test]
    fn json_and_csv_and_dicx() {
        let d = parse(DictFormat::Json, "{\n \"pay\": {\"bonus\": [\"bonus*\"]},\n \"tools\": [\"laptop\"]\n}\n", Some(Lang::En));
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.entries[0].line, 2);
        assert_eq!(d.categories[1].id, "pay.bonus");
        let d = parse(DictFormat::Csv, "term,category,lang\nsalaire,pay,fr\nprime,pay.bonus,fr\nحقوق,pay,fa\n", None);
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.entries.iter().map(|e| (e.lang, e.line)).collect::<Vec<_>>(), [(Lang::Fr, 2), (Lang::Fr, 3), (Lang::Fa, 4)]);
        let d = parse(DictFormat::Liwc22, "DicTerm,Pay,Tools\nsalary,X,\nlaptop,,X\n", Some(Lang::En));
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        assert_eq!(d.entries.iter().map(|e| (e.text.as_str(), e.category)).collect::<Vec<_>>(), [("salary", 0), ("laptop", 1)]);
    }

    #[test]
    fn liwc2007_conditional_codes_and_dicx_columns_and_parent_terms() {
        let dic = "%\n01\tfunct\n02\tverb\n134\tswear\n%\nlike\t(02 134)01/02\nkind of 01\n";
        let d = parse(DictFormat::Liwc, dic, Some(Lang::En));
        assert!(d.problems.is_empty(), "{:?}", d.problems);
        let e: Vec<(&str, usize)> = d.entries.iter().map(|e| (e.text.as_str(), e.category)).collect();
        assert_eq!(e, [("like", 0), ("like", 1), ("kind of", 0)]);
        assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
        // .dicx without DicTerm: each column lists its category's entries
        let d = parse(DictFormat::Liwc22, "Pay,Tools\nsalary,laptop\nbonus,\n", Some(Lang::En));
        assert_eq!(d.entries.iter().map(|e| (e.text.as_str(), e.category, e.line)).collect::<Vec<_>>(), [("salary", 0, 2), ("laptop", 1, 2), ("bonus", 0, 3)]);
        // a parent's own entries beside its sub-categories (`__`, as quanteda writes them)
        let d = parse(DictFormat::Yaml, "pay:\n  __: [pay]\n  bonus: [bonus]\n", Some(Lang::En));
        assert_eq!(d.entries.iter().map(|e| (e.text.as_str(), e.category)).collect::<Vec<_>>(), [("pay", 0), ("bonus", 1)]);
    }

    /// Mangled dictionaries (bytes cut, swapped, duplicated) give problems, never a panic.
    #[test]
    fn mangled_dictionaries_never_panic() {
        let seeds = [
            (DictFormat::Liwc, "%\n1\twork\n\t2\thours\n%\novertime\t1 2\nlike\t(02 134)01/02\n\t2\n"),
            (DictFormat::Liwc22, "DicTerm,Pay,Tools\nsalary,X,\nlaptop,,0.5\n\"a,b\",x,y,z\n"),
            (DictFormat::Yaml, "pay:\n  en: [salary, wag?]\n  __: &a [bonus]\ntools: *a\nx: {fr: [a], ar: {b: c}}\n"),
            (DictFormat::Json, "{\"pay\": {\"bonus\": [\"bonus*\"]}, \"t\": [[\"x\"]]}"),
            (DictFormat::Csv, "term,category,lang,flags\nsalaire,pay,fr,neg\nx,a.b/c > d,xx,sparkly\n,,\n"),
        ];
        let pipeline = TextPipeline::default();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for (format, seed) in seeds {
            for _ in 0..300 {
                let mut chars: Vec<char> = seed.chars().collect();
                for _ in 0..(next() % 6 + 1) {
                    if chars.is_empty() {
                        break;
                    }
                    let i = (next() as usize) % chars.len();
                    match next() % 4 {
                        0 => {
                            chars.remove(i);
                        }
                        1 => chars.insert(i, ['%', '\t', '\n', '*', '?', ':', '[', '{', '"', ',', 'ة', '\u{200c}'][(next() % 12) as usize]),
                        2 => {
                            let j = (next() as usize) % chars.len();
                            chars.swap(i, j);
                        }
                        _ => chars.truncate(i),
                    }
                }
                let text: String = chars.into_iter().collect();
                let mut d = Dictionary::new("t", format, "t");
                parse_text(&mut d, &text, None);
                check(&mut d, &pipeline);
                let (files, _) = to_lex_files(&d, "");
                // what passed the checks compiles as written
                if d.problems.is_empty() {
                    if let Err(e) = super::super::LexiconSet::from_files(files, "t") {
                        panic!("{text:?} ({format}) passed the checks but: {e}");
                    }
                }
            }
        }
    }

    #[test]
    fn script_decides_the_language_of_an_unmarked_entry() {
        assert_eq!(langs_of("charge de travail"), [Lang::Fr, Lang::En]);
        assert_eq!(langs_of("ساعات العمل"), [Lang::Ar, Lang::Fa]);
        assert_eq!(langs_of("مدیریت"), [Lang::Fa]);
        assert_eq!(langs_of("الإدارة"), [Lang::Ar]);
        assert_eq!(langs_of("الراتب الشهري"), [Lang::Ar]);
    }

    #[test]
    fn decodes_bom_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFpay").unwrap(), "pay");
        let mut u16le = vec![0xFF, 0xFE];
        for c in "pay\n".encode_utf16() {
            u16le.extend_from_slice(&c.to_le_bytes());
        }
        assert_eq!(decode(&u16le).unwrap(), "pay\n");
        let bare: Vec<u8> = "term,category\rsalaire,pay\r".encode_utf16().flat_map(|c| c.to_le_bytes()).collect();
        assert_eq!(decode(&bare).unwrap(), "term,category\nsalaire,pay\n");
        assert_eq!(decode(b"a\nb\xFF").unwrap_err().0, 2);
    }
}
