//! The HTML report: one self-contained page next to the tables of a run.
//!
//! Exists because the people who use vocmine's evidence (researchers making persona
//! cards, product managers in a review, support leads) would rather look than query
//! Parquet. `vocmine report OUT_DIR` (or `vocmine run … --report`) reads the tables and
//! `manifest.json` that a run wrote — nothing else: the report never shows text the
//! tables do not hold, so its quotes are the redacted ones — and writes one HTML file
//! with its CSS, JavaScript and data inline (the data as JSON in a
//! `<script type="application/json">`), which opens from `file://` with no network.
//!
//! The page is bounded whatever the corpus: it shows the top of each list (persona values
//! per dimension, quotes per pain, phrases per language, periods), never every row.
//! Quotes are split here into the text before, inside and after the highlight, with the
//! byte offsets of `quotes.parquet`, so the page never converts offsets between bytes,
//! characters and JavaScript's UTF-16 units; each quote carries its direction (`rtl` for
//! Arabic and Persian) and language. Every string reaches the page through the JSON
//! block (with `<`, `>` and `&` escaped, so a quote holding `</script>` cannot end it)
//! and is inserted with `textContent`, never as HTML. The file is written under a
//! temporary name and renamed into place, like the tables.

use crate::lang::Lang;
use polars::prelude::*;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The page: markup, CSS and JavaScript; the data replaces [`DATA_MARK`].
const TEMPLATE: &str = include_str!("report.html");
const DATA_MARK: &str = "/*VOCMINE_DATA*/";

/// Persona values shown per dimension (the largest first).
pub const MAX_VALUES: usize = 30;
/// Themes shown (lexicon order, themes no document mentions left out).
pub const MAX_THEMES: usize = 60;
/// Pains per persona card, quotes per pain, distinctive themes per card.
pub const CARD_PAINS: usize = 3;
pub const CARD_QUOTES: usize = 3;
/// Quotes on all cards together: past this, a pain gets its card's own quote only, so
/// that many persona dimensions cannot make the page large (a quote is at most
/// [`QUOTE_MAX_CHARS`] characters).
pub const QUOTE_BUDGET: usize = 1000;
pub const CARD_DISTINCTIVE: usize = 3;
/// Themes drawn in the trends view, and the most recent periods shown.
pub const TREND_THEMES: usize = 8;
pub const MAX_PERIODS: usize = 36;
/// Themes listed in the ratings view.
pub const RATING_THEMES: usize = 12;
/// Emergent phrases per language.
pub const EMERGENT_PER_LANG: usize = 15;
/// Change alerts listed (strongest first), and quotes per alert.
pub const MAX_ALERTS: usize = 30;
pub const ALERT_QUOTES: usize = 2;
/// A quote longer than this (in characters) is cut around its highlight.
pub const QUOTE_MAX_CHARS: usize = 400;

/// What was written.
#[derive(Debug)]
pub struct ReportSummary {
    pub path: PathBuf,
    pub bytes: u64,
}

/// Reads the run in `out_dir` and writes the report to `dest` (default
/// `OUT_DIR/report.html`), atomically.
pub fn write_report(out_dir: &Path, dest: Option<&Path>, lang: Lang) -> anyhow::Result<ReportSummary> {
    let data = build(out_dir, lang)?;
    let html = render(&data);
    let path = dest.map(Path::to_path_buf).unwrap_or_else(|| out_dir.join("report.html"));
    let pending = crate::output::write_text(&path, &html)?;
    crate::output::commit(vec![pending])?;
    Ok(ReportSummary { path, bytes: html.len() as u64 })
}

/// The page for `data` (the JSON of [`build`]).
pub fn render(data: &Value) -> String {
    let lang = data["meta"]["report_lang"].as_str().unwrap_or("en");
    let dir = if matches!(lang, "ar" | "fa") { "rtl" } else { "ltr" };
    TEMPLATE.replacen("{{LANG}}", lang, 1).replacen("{{DIR}}", dir, 1).replacen(DATA_MARK, &script_json(data), 1)
}

/// JSON safe inside a `<script>` element: `<`, `>` and `&` only occur inside JSON
/// strings, where their `\u` escapes mean the same; U+2028/2029 are escaped too.
pub fn script_json(v: &Value) -> String {
    let s = serde_json::to_string(v).expect("JSON values serialise");
    let mut out = String::with_capacity(s.len() + 64);
    for c in s.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// A table read back from a run, with typed column access.
struct Table {
    df: DataFrame,
    name: String,
}

impl Table {
    fn read(dir: &Path, name: &str, columns: Option<&[&str]>) -> anyhow::Result<Table> {
        let path = dir.join(name);
        let f =
            std::fs::File::open(&path).map_err(|e| anyhow::anyhow!("{}: cannot open: {e} (is this the output directory of `vocmine run`?)", path.display()))?;
        let mut r = ParquetReader::new(f);
        if let Some(cols) = columns {
            let schema = r.schema().map_err(|e| anyhow::anyhow!("{}: not a readable Parquet file: {e}", path.display()))?;
            let have: Vec<String> = cols.iter().filter(|c| schema.contains(c)).map(|c| c.to_string()).collect();
            r = r.with_columns(Some(have));
        }
        let df = r.finish().map_err(|e| anyhow::anyhow!("{}: not a readable Parquet file: {e}", path.display()))?;
        Ok(Table { df, name: name.to_string() })
    }
    fn read_opt(dir: &Path, name: &str, columns: Option<&[&str]>) -> anyhow::Result<Option<Table>> {
        if dir.join(name).is_file() {
            Table::read(dir, name, columns).map(Some)
        } else {
            Ok(None)
        }
    }
    fn len(&self) -> usize {
        self.df.height()
    }
    fn has(&self, col: &str) -> bool {
        self.df.column(col).is_ok()
    }
    fn series(&self, col: &str, t: &DataType) -> anyhow::Result<Series> {
        let c = self.df.column(col).map_err(|_| anyhow::anyhow!("{}: no column {col:?} (written by an older vocmine?)", self.name))?;
        Ok(c.as_materialized_series().cast(t)?)
    }
    /// Dates of a column written as a timestamp (`documents.created_at`) or, by an
    /// older vocmine, as text.
    fn dates(&self, col: &str) -> anyhow::Result<Vec<Option<chrono::NaiveDate>>> {
        let c = self.df.column(col).map_err(|_| anyhow::anyhow!("{}: no column {col:?} (written by an older vocmine?)", self.name))?;
        if let DataType::Datetime(unit, _) = c.dtype() {
            let per_sec = match unit {
                TimeUnit::Nanoseconds => 1_000_000_000,
                TimeUnit::Microseconds => 1_000_000,
                TimeUnit::Milliseconds => 1_000,
            };
            let s = c.as_materialized_series().cast(&DataType::Int64)?;
            return Ok(s
                .i64()?
                .into_iter()
                .map(|v| v.and_then(|x| chrono::DateTime::from_timestamp(x.div_euclid(per_sec), 0)).map(|d| d.date_naive()))
                .collect());
        }
        Ok(self.strs(col)?.into_iter().map(|v| v.as_deref().and_then(crate::config::parse_date)).collect())
    }
    fn strs(&self, col: &str) -> anyhow::Result<Vec<Option<String>>> {
        let s = self.series(col, &DataType::String)?;
        Ok(s.str()?.into_iter().map(|v| v.map(str::to_string)).collect())
    }
    fn strs_nn(&self, col: &str) -> anyhow::Result<Vec<String>> {
        Ok(self.strs(col)?.into_iter().map(Option::unwrap_or_default).collect())
    }
    fn f64s(&self, col: &str) -> anyhow::Result<Vec<Option<f64>>> {
        let s = self.series(col, &DataType::Float64)?;
        Ok(s.f64()?.into_iter().map(|v| v.filter(|x| x.is_finite())).collect())
    }
    fn u64s(&self, col: &str) -> anyhow::Result<Vec<u64>> {
        let s = self.series(col, &DataType::UInt64)?;
        Ok(s.u64()?.into_iter().map(|v| v.unwrap_or(0)).collect())
    }
    fn opt_u64s(&self, col: &str) -> anyhow::Result<Vec<Option<u64>>> {
        let s = self.series(col, &DataType::UInt64)?;
        Ok(s.u64()?.into_iter().collect())
    }
    fn bools(&self, col: &str) -> anyhow::Result<Vec<bool>> {
        let s = self.series(col, &DataType::Boolean)?;
        Ok(s.bool()?.into_iter().map(|v| v.unwrap_or(false)).collect())
    }
}

/// A number rounded for the page: `digits` decimals.
fn round(x: f64, digits: i32) -> Value {
    if !x.is_finite() {
        return Value::Null;
    }
    let m = 10f64.powi(digits);
    json!((x * m).round() / m)
}
fn round_opt(x: Option<f64>, digits: i32) -> Value {
    x.map_or(Value::Null, |x| round(x, digits))
}
/// A p- or q-value: three significant digits (they span many orders of magnitude).
fn sig3(x: Option<f64>) -> Value {
    match x {
        Some(x) if x.is_finite() => {
            if x == 0.0 {
                json!(0.0)
            } else {
                format!("{x:.2e}").parse::<f64>().map_or(Value::Null, |v| json!(v))
            }
        }
        _ => Value::Null,
    }
}

/// The direction of text in a language.
fn dir_of(lang: &str) -> &'static str {
    if matches!(lang, "ar" | "fa") {
        "rtl"
    } else {
        "ltr"
    }
}

/// A quote for the page: the text before, inside and after the highlight (split at the
/// byte offsets of the table), cut to [`QUOTE_MAX_CHARS`] around the highlight.
fn split_quote(text: &str, hs: usize, he: usize) -> (String, String, String) {
    let ok = hs <= he && he <= text.len() && text.is_char_boundary(hs) && text.is_char_boundary(he);
    if !ok {
        // offsets that do not fit the text: no highlight rather than a wrong one
        return (cut_tail(text, QUOTE_MAX_CHARS), String::new(), String::new());
    }
    let (pre, hl, post) = (&text[..hs], &text[hs..he], &text[he..]);
    let budget = QUOTE_MAX_CHARS.saturating_sub(hl.chars().count());
    let pre_n = pre.chars().count();
    let post_n = post.chars().count();
    if pre_n + post_n <= budget {
        return (pre.to_string(), hl.to_string(), post.to_string());
    }
    let keep_pre = pre_n.min(budget / 2).max(budget.saturating_sub(post_n));
    let keep_post = budget.saturating_sub(keep_pre.min(pre_n));
    (cut_head(pre, keep_pre), hl.to_string(), cut_tail(post, keep_post))
}
/// The last `n` characters of `s`, with an ellipsis when cut.
fn cut_head(s: &str, n: usize) -> String {
    let len = s.chars().count();
    if len <= n {
        return s.to_string();
    }
    let tail: String = s.chars().skip(len - n).collect();
    format!("…{tail}")
}
/// The first `n` characters of `s`, with an ellipsis when cut.
fn cut_tail(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let head: String = s.chars().take(n).collect();
    format!("{head}…")
}

struct Theme {
    id: String,
    parent: Option<String>,
    label: String,
}

/// Builds the report's data from the tables in `out_dir`: every number and string the
/// page shows (serialised into its JSON block by [`render`]).
pub fn build(out_dir: &Path, lang: Lang) -> anyhow::Result<Value> {
    let manifest_path = out_dir.join("manifest.json");
    let manifest: Value = match std::fs::read_to_string(&manifest_path) {
        Ok(s) => serde_json::from_str(&s).map_err(|e| anyhow::anyhow!("{}: not valid JSON: {e}", manifest_path.display()))?,
        Err(e) => anyhow::bail!("{}: cannot read: {e} (run `vocmine run … --out {}` first)", manifest_path.display(), out_dir.display()),
    };
    let report_lang = lang.code();

    // themes, labelled in the report's language (English, then the id, when missing)
    let tt = Table::read(out_dir, "themes.parquet", None)?;
    let label_col = format!("label_{report_lang}");
    let (ids, parents, en) = (tt.strs_nn("theme")?, tt.strs("parent")?, tt.strs_nn("label_en")?);
    let local = if tt.has(&label_col) { tt.strs_nn(&label_col)? } else { en.clone() };
    let themes: Vec<Theme> = (0..tt.len())
        .map(|i| {
            let label = [&local[i], &en[i], &ids[i]].into_iter().find(|s| !s.trim().is_empty()).cloned().unwrap_or_default();
            Theme { id: ids[i].clone(), parent: parents[i].clone().filter(|p| !p.is_empty()), label }
        })
        .collect();
    let theme_ix: HashMap<&str, usize> = themes.iter().enumerate().map(|(i, t)| (t.id.as_str(), i)).collect();

    let pt = Table::read(out_dir, "persona_themes.parquet", None)?;
    let cells = Cells::read(&pt, &theme_ix)?;
    // themes some document mentions, in lexicon order
    let shown: Vec<usize> = (0..themes.len()).filter(|&t| cells.all.get(&t).is_some_and(|c| c.docs > 0)).take(MAX_THEMES).collect();

    let quotes = Quotes::read(out_dir)?;
    let docs = Table::read_opt(out_dir, "documents.parquet", Some(&["created_at", "rating", "themes", "pain_themes"]))?;

    let mut data = Map::new();
    data.insert("meta".into(), meta(&manifest, report_lang, docs.as_ref())?);
    data.insert(
        "themes".into(),
        Value::Array(
            themes
                .iter()
                .map(|t| json!({"id": t.id, "label": t.label, "parent": t.parent, "docs": cells.all.get(&theme_ix[t.id.as_str()]).map_or(0, |c| c.docs)}))
                .collect(),
        ),
    );
    data.insert("heatmaps".into(), heatmaps(&cells, &shown));
    let summary = Table::read_opt(out_dir, "persona_summary.parquet", None)?;
    data.insert("cards".into(), cards(&cells, summary.as_ref(), &quotes, &theme_ix, &themes)?);
    if let Some(d) = &docs {
        data.insert("trends".into(), trends(d, &theme_ix)?);
        data.insert("ratings".into(), ratings(d, &theme_ix)?);
    }
    if let Some(e) = Table::read_opt(out_dir, "emergent_terms.parquet", None)? {
        data.insert("emergent".into(), emergent(&e)?);
    }
    if let Some(c) = Table::read_opt(out_dir, "changes.parquet", None)? {
        data.insert("alerts".into(), alerts(&c, &quotes, &theme_ix)?);
    }
    if let Some(m) = Table::read_opt(out_dir, "metrics.parquet", None)? {
        data.insert("metrics".into(), metrics(&m, &theme_ix)?);
    }
    data.insert(
        "limits".into(),
        json!({"values": MAX_VALUES, "quotes": CARD_QUOTES, "periods": MAX_PERIODS, "phrases": EMERGENT_PER_LANG, "trend_themes": TREND_THEMES}),
    );
    Ok(Value::Object(data))
}

/// The header: inputs, counts, languages, date range, lexicon, version.
fn meta(m: &Value, report_lang: &str, docs: Option<&Table>) -> anyhow::Result<Value> {
    let c = &m["counts"];
    let inputs: Vec<Value> = m["inputs"]
        .as_array()
        .map(|a| a.iter().map(|i| json!({"path": i["path"], "bytes": i["bytes"], "rows": i["rows"], "format": i["format"], "error": i["error"]})).collect())
        .unwrap_or_default();
    let mut dates = (None::<chrono::NaiveDate>, None::<chrono::NaiveDate>);
    if let Some(d) = docs {
        if d.has("created_at") {
            for x in d.dates("created_at")?.into_iter().flatten() {
                dates.0 = Some(dates.0.map_or(x, |a| a.min(x)));
                dates.1 = Some(dates.1.map_or(x, |a| a.max(x)));
            }
        }
    }
    let hash = m["lexicons"]["sha256"].as_str().unwrap_or("");
    Ok(json!({
        "report_lang": report_lang,
        "version": m["vocmine_version"],
        "inputs": inputs,
        "rows_read": c["rows_read"],
        "analysed": c["analysed"],
        "rejected": c["rejected"],
        "files_failed": c["files_failed"],
        "row_warnings": c["row_warnings"],
        "rejected_by_reason": c["rejected_by_reason"],
        "filtered": c["filtered"],
        "languages": c["languages"],
        "redactions": c["redactions"],
        "date_from": dates.0.map(|d| d.to_string()),
        "date_to": dates.1.map(|d| d.to_string()),
        "lexicon_hash": hash.get(..12).unwrap_or(hash),
        "lexicon_origin": m["lexicons"]["origin"],
        "kind": m["settings"]["kind"],
        "persona_dimensions": m["settings"]["persona_dimensions"],
    }))
}

#[derive(Clone, Default)]
struct Cell {
    docs: u64,
    persona_docs: u64,
    share: f64,
    ci_low: f64,
    ci_high: f64,
    lift: Option<f64>,
    lift_low: Option<f64>,
    lift_high: Option<f64>,
    q: Option<f64>,
    pain_docs: u64,
    pain_share: f64,
    mean_rating: Option<f64>,
    low: bool,
}

/// `persona_themes`, by dimension (in table order) and value.
struct Cells {
    dims: Vec<String>,
    /// (dim, value) → theme → cell
    by: BTreeMap<(usize, String), HashMap<usize, Cell>>,
    /// the `all`/`all` row
    all: HashMap<usize, Cell>,
}

impl Cells {
    fn read(pt: &Table, theme_ix: &HashMap<&str, usize>) -> anyhow::Result<Cells> {
        let (dim, val, theme) = (pt.strs_nn("persona_dim")?, pt.strs_nn("persona_value")?, pt.strs_nn("theme")?);
        let (docs, pdocs, share, lo, hi) = (pt.u64s("docs")?, pt.u64s("persona_docs")?, pt.f64s("share")?, pt.f64s("ci_low")?, pt.f64s("ci_high")?);
        let (lift, ll, lh, q) = (pt.f64s("lift")?, pt.f64s("lift_low")?, pt.f64s("lift_high")?, pt.f64s("q_value")?);
        let (pain, pain_share, rating, low) = (pt.u64s("pain_docs")?, pt.f64s("pain_share")?, pt.f64s("mean_rating")?, pt.bools("low_support")?);
        let mut dims: Vec<String> = Vec::new();
        let mut by: BTreeMap<(usize, String), HashMap<usize, Cell>> = BTreeMap::new();
        let mut all = HashMap::new();
        for i in 0..pt.len() {
            let Some(&t) = theme_ix.get(theme[i].as_str()) else { continue };
            let cell = Cell {
                docs: docs[i],
                persona_docs: pdocs[i],
                share: share[i].unwrap_or(0.0),
                ci_low: lo[i].unwrap_or(0.0),
                ci_high: hi[i].unwrap_or(0.0),
                lift: lift[i],
                lift_low: ll[i],
                lift_high: lh[i],
                q: q[i],
                pain_docs: pain[i],
                pain_share: pain_share[i].unwrap_or(0.0),
                mean_rating: rating[i],
                low: low[i],
            };
            if dim[i] == "all" {
                all.insert(t, cell);
                continue;
            }
            let d = match dims.iter().position(|x| *x == dim[i]) {
                Some(d) => d,
                None => {
                    dims.push(dim[i].clone());
                    dims.len() - 1
                }
            };
            by.entry((d, val[i].clone())).or_default().insert(t, cell);
        }
        Ok(Cells { dims, by, all })
    }

    /// Values of dimension `d`, most documents first (then by name), at most
    /// [`MAX_VALUES`]; and how many were left out. The values of an ordered built-in
    /// dimension (`period`, `rating_band`, or one crossed with them) keep their order
    /// instead (the latest periods when there are too many).
    fn values(&self, d: usize) -> (Vec<(&str, u64)>, usize) {
        let mut v: Vec<(&str, u64)> =
            self.by.iter().filter(|((dd, _), _)| *dd == d).map(|((_, v), cells)| (v.as_str(), cells.values().next().map_or(0, |c| c.persona_docs))).collect();
        let left = v.len().saturating_sub(MAX_VALUES);
        if self.dims[d].split('+').any(|p| p == "period" || p == "rating_band") {
            v.sort_by(|a, b| a.0.cmp(b.0));
            v.drain(..left);
        } else {
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            v.truncate(MAX_VALUES);
        }
        (v, left)
    }
}

fn cell_json(c: &Cell) -> Value {
    // [docs, share, ci_low, ci_high, lift, lift_low, lift_high, q, low_support, pain_docs, pain_share, mean_rating]
    json!([
        c.docs,
        round(c.share, 4),
        round(c.ci_low, 4),
        round(c.ci_high, 4),
        round_opt(c.lift, 3),
        round_opt(c.lift_low, 3),
        round_opt(c.lift_high, 3),
        sig3(c.q),
        c.low,
        c.pain_docs,
        round(c.pain_share, 4),
        round_opt(c.mean_rating, 2)
    ])
}

/// One heatmap per persona dimension: the `all` row, then the values.
fn heatmaps(cells: &Cells, shown: &[usize]) -> Value {
    let all_docs = cells.all.values().next().map_or(0, |c| c.persona_docs);
    let all_row: Vec<Value> = shown.iter().map(|t| cells.all.get(t).map_or(Value::Null, cell_json)).collect();
    let maps: Vec<Value> = (0..cells.dims.len())
        .map(|d| {
            let (values, left) = cells.values(d);
            let rows: Vec<Value> = values
                .iter()
                .map(|(v, n)| {
                    let row = &cells.by[&(d, v.to_string())];
                    json!({"value": v, "docs": n, "cells": shown.iter().map(|t| row.get(t).map_or(Value::Null, cell_json)).collect::<Vec<_>>()})
                })
                .collect();
            json!({"dim": cells.dims[d], "themes": shown, "all": {"docs": all_docs, "cells": all_row}, "rows": rows, "omitted": left})
        })
        .collect();
    Value::Array(maps)
}

struct QuoteRow {
    id: String,
    theme: String,
    rank: u64,
    doc_id: String,
    lang: String,
    pre: String,
    hl: String,
    post: String,
    term: String,
    pain: bool,
    polarity: i64,
    rating: Option<f64>,
}

impl QuoteRow {
    fn to_json(&self) -> Value {
        json!({
            "id": self.id, "doc": self.doc_id, "lang": self.lang, "dir": dir_of(&self.lang),
            "pre": self.pre, "hl": self.hl, "post": self.post, "term": self.term,
            "pain": self.pain, "polarity": self.polarity, "rating": round_opt(self.rating, 1),
        })
    }
}

/// `quotes.parquet` by (dimension, value), in table order within each cell.
struct Quotes {
    by: HashMap<(String, String), Vec<QuoteRow>>,
    /// quotes of change alerts (`change_period` set), by quote id prefix
    /// `change:<dim>=<value>/<theme>/<period>/`
    change: BTreeMap<String, Vec<QuoteRow>>,
}

impl Quotes {
    fn read(dir: &Path) -> anyhow::Result<Quotes> {
        let mut by: HashMap<(String, String), Vec<QuoteRow>> = HashMap::new();
        let mut change: BTreeMap<String, Vec<QuoteRow>> = BTreeMap::new();
        let Some(q) = Table::read_opt(dir, "quotes.parquet", None)? else { return Ok(Quotes { by, change }) };
        let period = if q.has("change_period") { q.strs("change_period")? } else { vec![None; q.len()] };
        let (id, dim, val, theme, rank, doc) =
            (q.strs_nn("quote_id")?, q.strs_nn("persona_dim")?, q.strs_nn("persona_value")?, q.strs_nn("theme")?, q.u64s("rank")?, q.strs_nn("doc_id")?);
        let (lang, text, hs, he, term) = (q.strs_nn("lang")?, q.strs_nn("text")?, q.u64s("highlight_start")?, q.u64s("highlight_end")?, q.strs_nn("term")?);
        let (pain, rating) = (q.bools("pain")?, q.f64s("rating")?);
        let pol: Vec<i64> = q.series("polarity", &DataType::Int64)?.i64()?.into_iter().map(|v| v.unwrap_or(0)).collect();
        for i in 0..q.len() {
            let (pre, hl, post) = split_quote(&text[i], hs[i] as usize, he[i] as usize);
            let list = match period[i].as_deref().filter(|p| !p.is_empty()) {
                // an alert's quote: from its period, not a card's
                Some(_) => change.entry(id[i].rsplit_once('/').map_or(id[i].clone(), |(a, _)| format!("{a}/"))).or_default(),
                None => by.entry((dim[i].clone(), val[i].clone())).or_default(),
            };
            list.push(QuoteRow {
                id: id[i].clone(),
                theme: theme[i].clone(),
                rank: rank[i],
                doc_id: doc[i].clone(),
                lang: lang[i].clone(),
                pre,
                hl,
                post,
                term: term[i].clone(),
                pain: pain[i],
                polarity: pol[i],
                rating: rating[i],
            });
        }
        Ok(Quotes { by, change })
    }

    /// Up to `k` quotes of a (persona, theme): `first` (the card's own quote) first,
    /// then pain quotes when `pain`, then by rank; one per document, and never the same
    /// sentence twice (exports repeat canned sentences).
    fn pick(&self, dim: &str, value: &str, theme: &str, first: Option<&str>, pain: bool, k: usize) -> Vec<&QuoteRow> {
        let Some(list) = self.by.get(&(dim.to_string(), value.to_string())) else { return Vec::new() };
        let mut cands: Vec<&QuoteRow> = list.iter().filter(|q| q.theme == theme).collect();
        cands.sort_by_key(|q| (Some(q.id.as_str()) != first, pain && !q.pain, q.rank));
        let mut out: Vec<&QuoteRow> = Vec::new();
        for q in cands {
            if out.len() < k && !out.iter().any(|o| o.doc_id == q.doc_id || (o.pre == q.pre && o.hl == q.hl && o.post == q.post)) {
                out.push(q);
            }
        }
        out
    }
}

/// Persona cards: per value (the largest of each dimension first), top pains with
/// quotes and distinctive themes, from `persona_summary` (or, when a run has none,
/// ranked from `persona_themes` the same way).
fn cards(cells: &Cells, summary: Option<&Table>, quotes: &Quotes, theme_ix: &HashMap<&str, usize>, themes: &[Theme]) -> anyhow::Result<Value> {
    // persona_summary's choices, by (dim, value)
    type Slots = (Vec<(String, Option<String>)>, Vec<(String, Option<String>)>);
    let mut chosen: HashMap<(String, String), Slots> = HashMap::new();
    if let Some(s) = summary {
        let (dim, val) = (s.strs_nn("persona_dim")?, s.strs_nn("persona_value")?);
        let mut pains = Vec::new();
        let mut dist = Vec::new();
        for k in 1..=CARD_PAINS.min(crate::output::tables::SUMMARY_TOP) {
            if s.has(&format!("pain_{k}")) {
                pains.push((s.strs(&format!("pain_{k}"))?, s.strs(&format!("pain_{k}_quote_id"))?));
            }
            if s.has(&format!("distinctive_{k}")) {
                dist.push((s.strs(&format!("distinctive_{k}"))?, s.strs(&format!("distinctive_{k}_quote_id"))?));
            }
        }
        for i in 0..s.len() {
            let slot = |cols: &Vec<(Vec<Option<String>>, Vec<Option<String>>)>| -> Vec<(String, Option<String>)> {
                cols.iter().filter_map(|(t, q)| t[i].clone().filter(|t| !t.is_empty()).map(|t| (t, q[i].clone()))).collect()
            };
            chosen.insert((dim[i].clone(), val[i].clone()), (slot(&pains), slot(&dist)));
        }
    }
    let mut out = Vec::new();
    let mut personas: Vec<(String, String, &HashMap<usize, Cell>)> = vec![("all".into(), "all".into(), &cells.all)];
    for d in 0..cells.dims.len() {
        for (v, _) in cells.values(d).0 {
            personas.push((cells.dims[d].clone(), v.to_string(), &cells.by[&(d, v.to_string())]));
        }
    }
    let mut n_quotes = 0usize;
    for (dim, value, row) in personas {
        let persona_docs = row.values().next().map_or(0, |c| c.persona_docs);
        let (pains, dist) = match chosen.get(&(dim.clone(), value.clone())) {
            Some(c) => c.clone(),
            None => {
                // no persona_summary row: rank pains by pain documents, skipping a parent
                // when a sub-theme has as many
                let mut p: Vec<(usize, &Cell)> = row.iter().filter(|(_, c)| c.pain_docs > 0).map(|(t, c)| (*t, c)).collect();
                p.retain(|(t, c)| !row.iter().any(|(s, sc)| themes[*s].parent.as_deref() == Some(themes[*t].id.as_str()) && sc.pain_docs >= c.pain_docs));
                p.sort_by(|a, b| b.1.pain_docs.cmp(&a.1.pain_docs).then(a.0.cmp(&b.0)));
                let mut d: Vec<(usize, &Cell)> =
                    row.iter().filter(|(_, c)| !c.low && c.lift_low.is_some_and(|l| l > 1.0) && c.q.is_some_and(|q| q < 0.05)).map(|(t, c)| (*t, c)).collect();
                d.sort_by(|a, b| b.1.lift_low.unwrap_or(0.0).total_cmp(&a.1.lift_low.unwrap_or(0.0)).then(a.0.cmp(&b.0)));
                (
                    p.iter().take(CARD_PAINS).map(|(t, _)| (themes[*t].id.clone(), None)).collect(),
                    d.iter().take(CARD_DISTINCTIVE).map(|(t, _)| (themes[*t].id.clone(), None)).collect(),
                )
            }
        };
        let cell = |t: &str| theme_ix.get(t).and_then(|i| row.get(i).map(|c| (*i, c)));
        let pains: Vec<Value> = pains
            .iter()
            .filter_map(|(t, qid)| {
                let (ti, c) = cell(t)?;
                let k = if n_quotes < QUOTE_BUDGET { CARD_QUOTES } else { 1 };
                let qs: Vec<Value> = quotes.pick(&dim, &value, t, qid.as_deref(), true, k).iter().map(|q| q.to_json()).collect();
                n_quotes += qs.len();
                Some(json!({"theme": ti, "pain_docs": c.pain_docs, "pain_share": round(c.pain_share, 4), "docs": c.docs, "share": round(c.share, 4), "quotes": qs}))
            })
            .collect();
        let dist: Vec<Value> = dist
            .iter()
            .filter_map(|(t, qid)| {
                let (ti, c) = cell(t)?;
                let qs: Vec<Value> = quotes.pick(&dim, &value, t, qid.as_deref(), false, 1).iter().map(|q| q.to_json()).collect();
                Some(json!({"theme": ti, "docs": c.docs, "share": round(c.share, 4), "lift": round_opt(c.lift, 3), "lift_low": round_opt(c.lift_low, 3), "lift_high": round_opt(c.lift_high, 3), "q": sig3(c.q), "quotes": qs}))
            })
            .collect();
        out.push(json!({"dim": dim, "value": value, "docs": persona_docs, "pains": pains, "distinctive": dist}));
    }
    Ok(Value::Array(out))
}

/// Theme ids of a document (`themes` / `pain_themes` columns: comma-separated).
fn doc_themes<'a>(s: &'a str, theme_ix: &'a HashMap<&str, usize>) -> impl Iterator<Item = usize> + 'a {
    s.split(',').filter_map(|t| theme_ix.get(t.trim()).copied())
}

/// Theme share per calendar period (month; quarter over long spans, week over short
/// ones), for the themes most documents mention, with Wilson intervals.
fn trends(d: &Table, theme_ix: &HashMap<&str, usize>) -> anyhow::Result<Value> {
    if !d.has("created_at") || !d.has("themes") {
        return Ok(Value::Null);
    }
    let created = d.dates("created_at")?;
    let themes = d.strs_nn("themes")?;
    let dated: Vec<(chrono::NaiveDate, &str)> = created.iter().zip(&themes).filter_map(|(c, t)| c.map(|x| (x, t.as_str()))).collect();
    if dated.is_empty() {
        return Ok(Value::Null);
    }
    let (lo, hi) = dated.iter().fold((dated[0].0, dated[0].0), |(a, b), (x, _)| (a.min(*x), b.max(*x)));
    let days = (hi - lo).num_days();
    let unit = if days > 3 * 366 {
        "quarter"
    } else if days < 70 {
        "week"
    } else {
        "month"
    };
    let period = crate::config::Period::parse(unit).unwrap_or(crate::config::Period::Month);
    let mut per: BTreeMap<String, (u64, HashMap<usize, u64>)> = BTreeMap::new();
    let mut total: HashMap<usize, u64> = HashMap::new();
    for (date, t) in &dated {
        let e = per.entry(period.label(*date)).or_default();
        e.0 += 1;
        for ti in doc_themes(t, theme_ix) {
            *e.1.entry(ti).or_default() += 1;
            *total.entry(ti).or_default() += 1;
        }
    }
    let skip = per.len().saturating_sub(MAX_PERIODS);
    let periods: Vec<(&String, &(u64, HashMap<usize, u64>))> = per.iter().skip(skip).collect();
    let mut top: Vec<(usize, u64)> = total.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(TREND_THEMES);
    let series: Vec<Value> = top
        .iter()
        .map(|(ti, n)| {
            let points: Vec<Value> = periods
                .iter()
                .map(|(_, (docs, th))| {
                    let k = th.get(ti).copied().unwrap_or(0);
                    let (l, h) = crate::aggregate::wilson(k, *docs);
                    json!([k, round(if *docs > 0 { k as f64 / *docs as f64 } else { 0.0 }, 4), round(l, 4), round(h, 4)])
                })
                .collect();
            json!({"theme": ti, "docs": n, "points": points})
        })
        .collect();
    Ok(json!({
        "unit": unit,
        "periods": periods.iter().map(|(p, _)| p.as_str()).collect::<Vec<_>>(),
        "docs": periods.iter().map(|(_, (n, _))| *n).collect::<Vec<_>>(),
        "omitted": skip,
        "undated": created.len() - dated.len(),
        "series": series,
    }))
}

/// Themes and pains in 3–4-star reviews (2.5 ≤ rating < 4.5, on a 1–5 scale) against
/// the other rated reviews.
fn ratings(d: &Table, theme_ix: &HashMap<&str, usize>) -> anyhow::Result<Value> {
    if !d.has("rating") || !d.has("themes") {
        return Ok(Value::Null);
    }
    let rating = d.f64s("rating")?;
    let themes = d.strs_nn("themes")?;
    let pains = if d.has("pain_themes") { d.strs_nn("pain_themes")? } else { vec![String::new(); d.len()] };
    let rated: Vec<usize> = (0..d.len()).filter(|&i| rating[i].is_some()).collect();
    if rated.is_empty() {
        return Ok(Value::Null);
    }
    if rated.iter().any(|&i| rating[i].unwrap() > 5.0) {
        return Ok(json!({"scale": "not_1_5", "rated": rated.len()}));
    }
    // [band 0 = 3–4 stars, band 1 = the rest]: docs, and per theme docs and pain docs
    let mut n = [0u64; 2];
    let mut k: HashMap<usize, [u64; 2]> = HashMap::new();
    let mut p: HashMap<usize, [u64; 2]> = HashMap::new();
    for &i in &rated {
        let r = rating[i].unwrap();
        let b = if (2.5..4.5).contains(&r) { 0 } else { 1 };
        n[b] += 1;
        for t in doc_themes(&themes[i], theme_ix) {
            k.entry(t).or_default()[b] += 1;
        }
        for t in doc_themes(&pains[i], theme_ix) {
            p.entry(t).or_default()[b] += 1;
        }
    }
    let mut rows: Vec<(usize, [u64; 2], [u64; 2])> = k.iter().map(|(t, c)| (*t, *c, p.get(t).copied().unwrap_or_default())).collect();
    // the pains of the middle band first
    rows.sort_by(|a, b| b.2[0].cmp(&a.2[0]).then(b.1[0].cmp(&a.1[0])).then(a.0.cmp(&b.0)));
    rows.truncate(RATING_THEMES);
    let share = |k: u64, n: u64| if n > 0 { k as f64 / n as f64 } else { 0.0 };
    let rows: Vec<Value> = rows
        .iter()
        .map(|(t, c, pc)| {
            let (l0, h0) = crate::aggregate::wilson(c[0], n[0]);
            let (l1, h1) = crate::aggregate::wilson(c[1], n[1]);
            let lift = (c[1] > 0 && n[0] > 0).then(|| share(c[0], n[0]) / share(c[1], n[1]));
            json!({
                "theme": t,
                "mid": [c[0], round(share(c[0], n[0]), 4), round(l0, 4), round(h0, 4), pc[0], round(share(pc[0], n[0]), 4)],
                "rest": [c[1], round(share(c[1], n[1]), 4), round(l1, 4), round(h1, 4), pc[1], round(share(pc[1], n[1]), 4)],
                "lift": round_opt(lift, 3),
            })
        })
        .collect();
    Ok(json!({"scale": "1_5", "mid_docs": n[0], "rest_docs": n[1], "rows": rows}))
}

/// Emergent phrases per language (the `all` rows), with the persona value where each
/// is most over-represented (positive keyness, p < 0.05).
fn emergent(e: &Table) -> anyhow::Result<Value> {
    let (lang, phrase, docs, dim, val) = (e.strs_nn("lang")?, e.strs_nn("phrase")?, e.u64s("docs")?, e.strs_nn("persona_dim")?, e.strs_nn("persona_value")?);
    let (key, p) = (e.f64s("keyness")?, e.f64s("p_value")?);
    let mut best: HashMap<(&str, &str), (f64, String)> = HashMap::new();
    let mut by_lang: BTreeMap<&str, Vec<(&str, u64)>> = BTreeMap::new();
    for i in 0..e.len() {
        if dim[i] == "all" {
            by_lang.entry(lang[i].as_str()).or_default().push((phrase[i].as_str(), docs[i]));
        } else if let (Some(k), Some(pv)) = (key[i], p[i]) {
            if k > 0.0 && pv < 0.05 {
                let b = best.entry((lang[i].as_str(), phrase[i].as_str())).or_insert((0.0, String::new()));
                if k > b.0 {
                    *b = (k, format!("{}={}", dim[i], val[i]));
                }
            }
        }
    }
    let mut out = Map::new();
    for (l, mut list) in by_lang {
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        list.dedup_by(|a, b| a.0 == b.0);
        list.truncate(EMERGENT_PER_LANG);
        let rows: Vec<Value> = list
            .iter()
            .map(|(ph, n)| {
                let b = best.get(&(l, *ph));
                json!({"phrase": ph, "docs": n, "over": b.map(|b| b.1.clone()), "keyness": b.map(|b| round(b.0, 1))})
            })
            .collect();
        out.insert(l.to_string(), json!({"dir": dir_of(l), "phrases": rows}));
    }
    Ok(Value::Object(out))
}

/// Change alerts of `changes.parquet` (a pain or theme share that rose in the latest
/// period against its baseline), strongest first, with quotes from the alert's period;
/// and how many comparisons were made. `Null` when the table has no alert column
/// (written by an older vocmine).
fn alerts(c: &Table, quotes: &Quotes, theme_ix: &HashMap<&str, usize>) -> anyhow::Result<Value> {
    if !c.has("alert") || !c.has("alert_on") {
        return Ok(Value::Null);
    }
    let (dim, val, theme, period, alert, on) =
        (c.strs_nn("persona_dim")?, c.strs_nn("persona_value")?, c.strs_nn("theme")?, c.strs_nn("period")?, c.bools("alert")?, c.strs_nn("alert_on")?);
    let (docs, base_periods) = (c.u64s("docs")?, c.strs_nn("baseline_periods")?);
    let col = |pain: bool, name: &str| c.f64s(&if pain { format!("pain_{name}") } else { name.to_string() });
    let mut rows: Vec<(f64, Value)> = Vec::new();
    let periods: std::collections::BTreeSet<&str> = period.iter().map(String::as_str).collect();
    for pain in [true, false] {
        let (share, base, ratio, rlo, rhi, q) = (
            col(pain, "share")?,
            c.f64s(if pain { "baseline_pain_share" } else { "baseline_share" })?,
            col(pain, "ratio")?,
            col(pain, "ratio_ci_low")?,
            col(pain, "ratio_ci_high")?,
            col(pain, "q_value")?,
        );
        for i in 0..c.len() {
            if !alert[i] || (on[i] == "pain") != pain {
                continue;
            }
            let Some(&ti) = theme_ix.get(theme[i].as_str()) else { continue };
            let prefix = format!("change:{}={}/{}/{}/", dim[i], val[i], theme[i], period[i]);
            // the alert's quotes, never the same sentence twice
            let mut picked: Vec<&QuoteRow> = Vec::new();
            for q in quotes.change.get(&prefix).into_iter().flatten() {
                if picked.len() < ALERT_QUOTES && !picked.iter().any(|o| o.pre == q.pre && o.hl == q.hl && o.post == q.post) {
                    picked.push(q);
                }
            }
            let qs: Vec<Value> = picked.iter().map(|q| q.to_json()).collect();
            rows.push((
                q[i].unwrap_or(1.0),
                json!({
                    "dim": dim[i], "value": val[i], "theme": ti, "period": period[i], "baseline": base_periods[i], "on": on[i], "docs": docs[i],
                    "share": round_opt(share[i], 4), "baseline_share": round_opt(base[i], 4),
                    "ratio": round_opt(ratio[i], 3), "ratio_low": round_opt(rlo[i], 3), "ratio_high": round_opt(rhi[i], 3), "q": sig3(q[i]), "quotes": qs,
                }),
            ));
        }
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total = rows.len();
    rows.truncate(MAX_ALERTS);
    Ok(
        json!({"compared": c.len(), "periods": periods.into_iter().collect::<Vec<_>>(), "total": total, "rows": rows.into_iter().map(|r| r.1).collect::<Vec<_>>()}),
    )
}

/// Ticket metrics of the whole corpus, overall and by theme (the `all` rows of
/// `metrics.parquet`), when any metric was read.
fn metrics(m: &Table, theme_ix: &HashMap<&str, usize>) -> anyhow::Result<Value> {
    if m.len() == 0 {
        return Ok(Value::Null);
    }
    let (dim, theme, docs) = (m.strs_nn("persona_dim")?, m.strs("theme")?, m.u64s("docs")?);
    let num = |c: &str| m.f64s(c);
    let (fr, res, csat, nps, ces) = (num("first_response_median_h")?, num("resolution_median_h")?, num("csat_mean")?, num("nps")?, num("ces_mean")?);
    let (res_i, csat_i, nps_i) = (num("resolution_mean_impact_h")?, num("csat_impact")?, num("nps_impact")?);
    let counts: Vec<u64> = ["first_response_n", "resolution_n", "csat_n", "nps_n", "ces_n"]
        .iter()
        .map(|c| m.opt_u64s(c).map(|v| v.into_iter().flatten().sum::<u64>()))
        .collect::<anyhow::Result<Vec<_>>>()?
        .into_iter()
        .collect();
    if counts.iter().all(|&n| n == 0) {
        return Ok(Value::Null);
    }
    let mut overall = Value::Null;
    let mut rows = Vec::new();
    for i in 0..m.len() {
        if dim[i] != "all" {
            continue;
        }
        let v = json!({
            "docs": docs[i],
            "first_response_median_h": round_opt(fr[i], 2), "resolution_median_h": round_opt(res[i], 2),
            "csat_mean": round_opt(csat[i], 2), "nps": round_opt(nps[i], 1), "ces_mean": round_opt(ces[i], 2),
            "resolution_impact_h": round_opt(res_i[i], 2), "csat_impact": round_opt(csat_i[i], 2), "nps_impact": round_opt(nps_i[i], 1),
        });
        match theme[i].as_deref().filter(|t| !t.is_empty()) {
            None => overall = v,
            Some(t) => {
                if let Some(&ti) = theme_ix.get(t) {
                    let mut v = v;
                    v["theme"] = json!(ti);
                    rows.push(v);
                }
            }
        }
    }
    rows.sort_by(|a, b| b["docs"].as_u64().cmp(&a["docs"].as_u64()));
    rows.truncate(MAX_THEMES);
    Ok(json!({"overall": overall, "themes": rows}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_close_the_script_element() {
        let v = json!({"q": "a </script><img src=x onerror=alert(1)> & <!-- b \u{2028}"});
        let s = script_json(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'), "{s}");
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn quotes_split_at_byte_offsets_keep_the_highlight() {
        // Persian with a ZWNJ, Arabic, and a Latin word inside
        let text = "پشتیبانی\u{200c}ها خیلی کند جواب میدن و app کرش میکنه";
        let hs = text.find("کند").unwrap();
        let (pre, hl, post) = split_quote(text, hs, hs + "کند".len());
        assert_eq!(hl, "کند");
        assert_eq!(format!("{pre}{hl}{post}"), text);
        // offsets that are not char boundaries: no highlight, no panic
        let (pre, hl, _) = split_quote(text, 1, 3);
        assert_eq!((pre.as_str(), hl.as_str()), (text, ""));
    }

    #[test]
    fn long_quotes_are_cut_around_the_highlight() {
        let text = format!("{} the refund never came {}", "x".repeat(600), "y".repeat(600));
        let hs = text.find("refund").unwrap();
        let (pre, hl, post) = split_quote(&text, hs, hs + 6);
        assert_eq!(hl, "refund");
        let n = pre.chars().count() + hl.chars().count() + post.chars().count();
        assert!(n <= QUOTE_MAX_CHARS + 2, "{n}");
        assert!(pre.starts_with('…') && post.ends_with('…'));
        assert!(pre.ends_with("the ") && post.starts_with(" never"));
    }
}
