//! Partial results of a sharded run (`run --shard K/N --partial DIR`) and reading them
//! back for `vocmine merge`.
//!
//! Exists because statistics (shares with intervals, lift, G², q-values, quote ranks)
//! cannot be computed per shard and averaged: a shard writes what the aggregates are
//! made of, and the merge computes the statistics once, from merged counts.
//!
//! What a shard owns: the input's documents, in input order, are cut into units of
//! [`Aggregates::unit_docs`] documents (1,024 by default; a conversation is one
//! document, so it is never split); shard K of N analyses the units `u` with
//! `u % N == K`. Every shard reads and maps every row (cheap next to analysis) so that
//! all agree on the units; rejected rows are written by shard 0 only.
//!
//! A part directory (`DIR/shard-KKKK-of-NNNN`) holds, as Parquet:
//! - `documents.parquet`, `mentions.parquet`: the shard's rows of those tables, unit by
//!   unit, and `units.parquet`: per unit its number, documents, and row counts;
//! - `agg_personas`, `agg_quotes`, `agg_periods`, `agg_metrics`, `agg_metric_values`: the
//!   order-independent aggregates (counts and fixed-point sums, quote candidates kept
//!   under their total order, period and metric cells) over all the shard's documents;
//! - `agg_phrases`, `agg_unit_personas`: the emergent-phrase counts of each unit
//!   (phrases are pruned at fixed points of the input, so they are replayed unit by
//!   unit in input order at merge);
//! - `rejects.parquet` (shard 0) and `part.json`: version, K, N, the run's id (a hash of
//!   inputs, options and lexicons), lexicon hash, settings, input files with hashes,
//!   counts. `part.json` is written last and the directory replaced as a whole, so a
//!   part without it was left by a crashed shard.

use crate::aggregate::{Aggregates, MetricCounts, PeriodCounts, PersonaCounts, PersonaKey, PhraseCounts, QuoteCandidate, ThemeCounts};
use crate::config::TableSettings;
use crate::lang::Lang;
use crate::output::{self, row, Frame, ParquetSink, Pending};
use polars::prelude::*;
use serde::{Deserialize, Serialize};
use smallvec::SmallVec;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Version of the part format; `merge` refuses other versions.
pub const FORMAT: u32 = 1;

/// Counts of reading and mapping rows: the same in every shard of a run (every shard
/// reads every row), taken from shard 0 at merge.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ReadCounts {
    pub rows_read: u64,
    pub rejected: u64,
    pub row_warnings: u64,
    pub files_failed: u64,
    pub rejected_by_reason: BTreeMap<String, u64>,
    /// Rows removed by the row filters (rating, dates, `--where`), per filter.
    pub filtered: BTreeMap<String, u64>,
    pub rating_not_numeric: u64,
    pub lang_unrecognised: u64,
    pub id_missing: u64,
    pub text_truncated: u64,
    pub created_unparseable: u64,
    pub warning_examples: Vec<(String, u64, String)>,
}

impl ReadCounts {
    /// Adds the counts of the next run's inputs (incremental merges).
    pub fn add(&mut self, o: &ReadCounts) {
        self.rows_read += o.rows_read;
        self.rejected += o.rejected;
        self.row_warnings += o.row_warnings;
        self.files_failed += o.files_failed;
        for (k, v) in &o.rejected_by_reason {
            *self.rejected_by_reason.entry(k.clone()).or_default() += v;
        }
        for (k, v) in &o.filtered {
            *self.filtered.entry(k.clone()).or_default() += v;
        }
        self.rating_not_numeric += o.rating_not_numeric;
        self.lang_unrecognised += o.lang_unrecognised;
        self.id_missing += o.id_missing;
        self.text_truncated += o.text_truncated;
        self.created_unparseable += o.created_unparseable;
        for e in &o.warning_examples {
            if self.warning_examples.len() < crate::ingest::WARNING_EXAMPLES {
                self.warning_examples.push(e.clone());
            }
        }
    }
}

/// Counts of analysis: each shard counts its own documents; summed at merge.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct AnalysisCounts {
    pub analysed: u64,
    /// Documents dropped by `--only-lang` (known only after analysis).
    pub only_lang: u64,
    pub languages: BTreeMap<String, u64>,
}

impl AnalysisCounts {
    pub fn add(&mut self, o: &AnalysisCounts) {
        self.analysed += o.analysed;
        self.only_lang += o.only_lang;
        for (k, v) in &o.languages {
            *self.languages.entry(k.clone()).or_default() += v;
        }
    }
}

/// `part.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PartManifest {
    pub format: u32,
    pub vocmine_version: String,
    pub shard: usize,
    pub shards: usize,
    /// Hash of the inputs' contents, the options and the lexicons: the shards of one run
    /// share it.
    pub run: String,
    pub lexicon_sha256: String,
    pub lexicon_origin: String,
    pub options: String,
    pub settings: TableSettings,
    /// The `settings` block of manifest.json.
    pub manifest_settings: serde_json::Value,
    /// Per input file: path, bytes, sha256, rows, columns, format… (as in manifest.json).
    pub inputs: serde_json::Value,
    /// Documents of the whole input (all shards), and per unit.
    pub docs_total: u64,
    pub unit_docs: u64,
    pub read: ReadCounts,
    pub analysis: AnalysisCounts,
    /// The latest calendar period among the shard's documents (quotes for alerts).
    pub recent: Option<i32>,
    pub arguments: Vec<String>,
    pub complete: bool,
}

impl PartManifest {
    /// The run's identity from the input hashes, options and lexicon hash.
    pub fn run_id(input_hashes: &[String], options: &str, lexicon: &str, shards: usize) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for x in input_hashes {
            h.update(x.as_bytes());
            h.update(b"\n");
        }
        h.update(options.as_bytes());
        h.update(lexicon.as_bytes());
        h.update(shards.to_le_bytes());
        format!("{:x}", h.finalize())[..16].to_string()
    }
}

fn opt_theme(t: Option<u16>) -> i64 {
    t.map_or(-1, |t| t as i64)
}

/// Writes a shard's phrase units as they are produced (streamed: a shard's phrases
/// are never all in memory), then its aggregates.
pub struct PartWriter {
    dir: PathBuf,
    units: Frame,
    phrases: ParquetSink,
    unit_personas: ParquetSink,
}

row! {
    /// `units.parquet`: what a unit of the input put into the part.
    pub struct UnitRow {
        unit: u64,
        docs: u64,
        doc_rows: u64,
        mention_rows: u64,
    }
}

row! {
    /// `agg_phrases.parquet`: an emergent phrase's counts in one unit.
    pub struct PhraseRow<'a> {
        unit: u64,
        lang: &'a str,
        hash: i64,
        key: &'a str,
        display: &'a str,
        docs: u64,
        /// `id:count` pairs, space-separated (ids of `agg_unit_personas`).
        personas: String,
        example as "example_": [Option<&'a str>; 3],
    }
}

row! {
    /// `agg_unit_personas.parquet`: the persona ids a unit's phrase counts use.
    pub struct UnitPersonaRow<'a> {
        unit: u64,
        id: u32,
        dim: u32,
        value: &'a str,
    }
}

row! {
    /// `agg_personas.parquet`: a persona value's counts (`theme` −1) or a cell's.
    pub struct PersonaCountRow<'a> {
        dim: u32,
        value: &'a str,
        theme: i64,
        docs: u64,
        pain_docs: u64,
        rating_sum: i64,
        rating_n: u64,
        sentiment_sum: i64,
    }
}

row! {
    /// `agg_quotes.parquet`: a quote candidate kept for a cell (`book` 0: all periods,
    /// 1: the latest period).
    pub struct QuoteCandidateRow<'a> {
        dim: u32,
        value: &'a str,
        book: i8,
        theme: i64,
        doc_id: &'a str,
        source: &'a str,
        row: u64,
        lang: &'a str,
        text: &'a str,
        highlight_start: u64,
        highlight_end: u64,
        polarity: i8,
        pain: bool,
        rating: Option<f64>,
        term: &'a str,
        strength: i64,
        offset: u64,
        /// Redaction spans, separated by U+001F.
        redact: Option<String>,
        turn: Option<u64>,
        speaker: Option<&'a str>,
        chars: u64,
    }
}

row! {
    /// `agg_periods.parquet`: a persona value's documents in one period (`theme` −1)
    /// or a theme's documents and pain documents.
    pub struct PeriodRow<'a> {
        dim: u32,
        value: &'a str,
        period: i64,
        theme: i64,
        docs: u64,
        pain_docs: u64,
    }
}

row! {
    /// `agg_metrics.parquet`: the summable ticket metrics of a metric cell.
    pub struct MetricCountRow<'a> {
        dim: u32,
        value: &'a str,
        theme: i64,
        docs: u64,
        csat_n: u64,
        csat_sum: i64,
        csat_satisfied: u64,
        nps_n: u64,
        nps_promoters: u64,
        nps_detractors: u64,
        ces_n: u64,
        ces_sum: i64,
    }
}

row! {
    /// `agg_metric_values.parquet`: one duration of a metric cell (`kind` 0: first
    /// response, 1: resolution), in hours.
    pub struct MetricValueRow<'a> {
        dim: u32,
        value: &'a str,
        theme: i64,
        kind: i8,
        v: f64,
    }
}

impl PartWriter {
    pub fn create(dir: &Path) -> anyhow::Result<PartWriter> {
        Ok(PartWriter {
            dir: dir.to_path_buf(),
            units: Frame::of::<UnitRow>(),
            phrases: ParquetSink::create(&dir.join("agg_phrases.parquet"), &Frame::of::<PhraseRow>())?,
            unit_personas: ParquetSink::create(&dir.join("agg_unit_personas.parquet"), &Frame::of::<UnitPersonaRow>())?,
        })
    }

    /// One unit: its number, documents (analysed or filtered), rows written to the
    /// documents and mentions tables, and its phrases (see `Aggregates::take_phrases`).
    pub fn unit(&mut self, u: u64, docs: u64, doc_rows: u64, mention_rows: u64, phrases: &Aggregates) -> anyhow::Result<()> {
        self.units.push_row(UnitRow { unit: u, docs, doc_rows, mention_rows });
        let mut f = Frame::of::<PhraseRow>();
        for e in phrases.phrases.iter() {
            f.push_row(PhraseRow {
                unit: u,
                lang: e.lang.code(),
                hash: e.hash as i64,
                key: e.key(),
                display: e.display(),
                docs: e.docs,
                personas: e.persona.iter().map(|(id, n)| format!("{id}:{n}")).collect::<Vec<String>>().join(" "),
                example: std::array::from_fn(|j| e.examples.get(j).map(|x| &**x)),
            });
        }
        self.phrases.write(&f)?;
        let mut p = Frame::of::<UnitPersonaRow>();
        let mut by_id: Vec<(&u32, &PersonaKey)> = phrases.persona_ids.iter().map(|(k, v)| (v, k)).collect();
        by_id.sort();
        for (id, key) in by_id {
            p.push_row(UnitPersonaRow { unit: u, id: *id, dim: key.0 as u32, value: key.1.as_str() });
        }
        self.unit_personas.write(&p)
    }

    /// Writes the order-independent aggregates and closes the phrase tables.
    pub fn finish(self, agg: &Aggregates) -> anyhow::Result<Vec<Pending>> {
        let dir = self.dir;
        let mut pending = vec![self.phrases.finish()?, self.unit_personas.finish()?];
        pending.push(output::write_table(&dir.join("units.parquet"), &self.units)?);

        pending.push(output::write_table(&dir.join("agg_personas.parquet"), &persona_frame(agg))?);
        pending.push(output::write_table(&dir.join("agg_quotes.parquet"), &quote_frame(agg))?);
        pending.push(output::write_table(&dir.join("agg_periods.parquet"), &period_frame(agg))?);
        let (m, mv) = metric_frames(agg);
        pending.push(output::write_table(&dir.join("agg_metrics.parquet"), &m)?);
        pending.push(output::write_table(&dir.join("agg_metric_values.parquet"), &mv)?);
        Ok(pending)
    }
}

/// `agg_personas`: per persona its counts (theme -1) and its non-empty theme counts.
fn persona_frame(agg: &Aggregates) -> Frame {
    let mut f = Frame::of::<PersonaCountRow>();
    for (key, p) in &agg.personas {
        let rows = std::iter::once((-1i64, p.docs, p.pain_docs, p.rating_sum, p.rating_n, p.sentiment_sum)).chain(
            p.themes
                .iter()
                .enumerate()
                .filter(|(_, c)| **c != ThemeCounts::default())
                .map(|(t, c)| (t as i64, c.docs, c.pain_docs, c.rating_sum, c.rating_n, c.sentiment_sum)),
        );
        for (theme, docs, pain_docs, rating_sum, rating_n, sentiment_sum) in rows {
            f.push_row(PersonaCountRow { dim: key.0 as u32, value: key.1.as_str(), theme, docs, pain_docs, rating_sum, rating_n, sentiment_sum });
        }
    }
    f
}

/// `agg_quotes`: the kept quote candidates (`book` 0: all periods, 1: the latest period).
fn quote_frame(agg: &Aggregates) -> Frame {
    let mut q = Frame::of::<QuoteCandidateRow>();
    for (book, lists) in [(0i8, &agg.quotes.lists), (1i8, &agg.recent_quotes.lists)] {
        for (key, per_theme) in lists {
            for (t, list) in per_theme.iter().enumerate() {
                for c in list {
                    q.push_row(QuoteCandidateRow {
                        dim: key.0 as u32,
                        value: key.1.as_str(),
                        book,
                        theme: t as i64,
                        doc_id: c.doc_id.as_str(),
                        source: c.source.as_str(),
                        row: c.row,
                        lang: c.lang.as_str(),
                        text: c.text.as_str(),
                        highlight_start: c.highlight_start as u64,
                        highlight_end: c.highlight_end as u64,
                        polarity: c.polarity,
                        pain: c.pain,
                        rating: c.rating,
                        term: c.term.as_str(),
                        strength: c.strength,
                        offset: c.offset as u64,
                        redact: (!c.redact.is_empty()).then(|| c.redact.join("\u{1f}")),
                        turn: c.turn.map(|t| t as u64),
                        speaker: c.speaker.as_deref(),
                        chars: c.chars as u64,
                    });
                }
            }
        }
    }
    q
}

/// `agg_periods`: per (persona, period) its documents (theme -1) and non-empty theme counts.
fn period_frame(agg: &Aggregates) -> Frame {
    let mut p = Frame::of::<PeriodRow>();
    for ((key, period), c) in &agg.periods {
        let rows = std::iter::once((-1i64, c.docs, 0u64)).chain(c.themes.iter().enumerate().filter(|(_, x)| **x != (0, 0)).map(|(t, x)| (t as i64, x.0, x.1)));
        for (theme, docs, pain_docs) in rows {
            p.push_row(PeriodRow { dim: key.0 as u32, value: key.1.as_str(), period: *period as i64, theme, docs, pain_docs });
        }
    }
    p
}

/// `agg_metrics` (the counts of each metric cell) and `agg_metric_values` (its time values).
fn metric_frames(agg: &Aggregates) -> (Frame, Frame) {
    let mut m = Frame::of::<MetricCountRow>();
    let mut mv = Frame::of::<MetricValueRow>();
    for ((key, theme), c) in &agg.metrics {
        let (dim, value, theme) = (key.0 as u32, key.1.as_str(), opt_theme(*theme));
        m.push_row(MetricCountRow {
            dim,
            value,
            theme,
            docs: c.docs,
            csat_n: c.csat_n,
            csat_sum: c.csat_sum,
            csat_satisfied: c.csat_satisfied,
            nps_n: c.nps_n,
            nps_promoters: c.nps_promoters,
            nps_detractors: c.nps_detractors,
            ces_n: c.ces_n,
            ces_sum: c.ces_sum,
        });
        for (kind, values) in [(0i8, &c.first_response_h), (1i8, &c.resolution_h)] {
            for &v in values {
                mv.push_row(MetricValueRow { dim, value, theme, kind, v });
            }
        }
    }
    (m, mv)
}

// ---- reading back ----

/// A table of a part read back whole, with typed column access that names the file
/// and column when a part is damaged.
pub struct Table {
    path: PathBuf,
    df: DataFrame,
}

impl Table {
    pub fn read(path: &Path) -> anyhow::Result<Table> {
        let f = std::fs::File::open(path).map_err(|e| anyhow::anyhow!("{}: cannot open: {e}", path.display()))?;
        let df = ParquetReader::new(f).finish().map_err(|e| anyhow::anyhow!("{}: not a readable Parquet file: {e}", path.display()))?;
        Ok(Table { path: path.to_path_buf(), df })
    }
    pub fn height(&self) -> usize {
        self.df.height()
    }
    pub fn df(&self) -> &DataFrame {
        &self.df
    }
    fn series(&self, name: &str) -> anyhow::Result<&Series> {
        Ok(self
            .df
            .column(name)
            .map_err(|_| anyhow::anyhow!("{}: column {name:?} is missing (not a vocmine part, or another version)", self.path.display()))?
            .as_materialized_series())
    }
    fn bad(&self, name: &str, e: PolarsError) -> anyhow::Error {
        anyhow::anyhow!("{}: column {name:?} has an unexpected type: {e}", self.path.display())
    }
    pub fn i64(&self, name: &str) -> anyhow::Result<Vec<i64>> {
        Ok(self.series(name)?.i64().map_err(|e| self.bad(name, e))?.into_iter().map(|x| x.unwrap_or(0)).collect())
    }
    pub fn opt_i64(&self, name: &str) -> anyhow::Result<Vec<Option<i64>>> {
        Ok(self.series(name)?.i64().map_err(|e| self.bad(name, e))?.into_iter().collect())
    }
    pub fn u64(&self, name: &str) -> anyhow::Result<Vec<u64>> {
        Ok(self.i64(name)?.into_iter().map(|x| x.max(0) as u64).collect())
    }
    pub fn i32(&self, name: &str) -> anyhow::Result<Vec<i32>> {
        Ok(self.series(name)?.i32().map_err(|e| self.bad(name, e))?.into_iter().map(|x| x.unwrap_or(0)).collect())
    }
    pub fn i8(&self, name: &str) -> anyhow::Result<Vec<i8>> {
        Ok(self.series(name)?.i8().map_err(|e| self.bad(name, e))?.into_iter().map(|x| x.unwrap_or(0)).collect())
    }
    pub fn f64(&self, name: &str) -> anyhow::Result<Vec<Option<f64>>> {
        Ok(self.series(name)?.f64().map_err(|e| self.bad(name, e))?.into_iter().collect())
    }
    pub fn bool(&self, name: &str) -> anyhow::Result<Vec<bool>> {
        Ok(self.series(name)?.bool().map_err(|e| self.bad(name, e))?.into_iter().map(|x| x.unwrap_or(false)).collect())
    }
    pub fn str(&self, name: &str) -> anyhow::Result<Vec<Option<String>>> {
        Ok(self.series(name)?.str().map_err(|e| self.bad(name, e))?.into_iter().map(|x| x.map(|s| s.to_string())).collect())
    }
    fn keys(&self) -> anyhow::Result<Vec<PersonaKey>> {
        let dims = self.i32("dim")?;
        let values = self.str("value")?;
        Ok(dims.into_iter().zip(values).map(|(d, v)| (d as u16, v.unwrap_or_default())).collect())
    }
}

fn theme_of(t: i64, n_themes: usize, path: &Path) -> anyhow::Result<Option<usize>> {
    if t < 0 {
        return Ok(None);
    }
    if t as usize >= n_themes {
        anyhow::bail!("{}: theme index {t} beyond the lexicon's {n_themes} themes (made with other lexicons)", path.display());
    }
    Ok(Some(t as usize))
}

/// The order-independent aggregates of a part (no phrases; `docs_seen` 0), as a
/// partial of `base` (same dimensions and quote settings).
pub fn read_aggregates(dir: &Path, base: &Aggregates, recent: Option<i32>) -> anyhow::Result<Aggregates> {
    let n = base.n_themes;
    let mut agg = base.partial();

    read_personas(&mut agg, dir, n)?;
    read_quotes(&mut agg, dir, n)?;
    agg.recent = recent;
    read_periods(&mut agg, dir, n)?;
    read_metrics(&mut agg, dir, n)?;
    Ok(agg)
}

/// Reads `agg_personas` into `agg`.
fn read_personas(agg: &mut Aggregates, dir: &Path, n: usize) -> anyhow::Result<()> {
    let t = Table::read(&dir.join("agg_personas.parquet"))?;
    let (keys, themes) = (t.keys()?, t.i64("theme")?);
    let (docs, pain, rs, rn, ss) = (t.u64("docs")?, t.u64("pain_docs")?, t.i64("rating_sum")?, t.u64("rating_n")?, t.i64("sentiment_sum")?);
    for i in 0..t.height() {
        let p = agg.personas.entry(keys[i].clone()).or_insert_with(|| PersonaCounts { themes: vec![ThemeCounts::default(); n], ..Default::default() });
        match theme_of(themes[i], n, &t.path)? {
            None => {
                p.docs = docs[i];
                p.pain_docs = pain[i];
                p.rating_sum = rs[i];
                p.rating_n = rn[i];
                p.sentiment_sum = ss[i];
            }
            Some(th) => p.themes[th] = ThemeCounts { docs: docs[i], pain_docs: pain[i], rating_sum: rs[i], rating_n: rn[i], sentiment_sum: ss[i] },
        }
    }
    Ok(())
}

/// Reads `agg_quotes` into `agg` (both books).
fn read_quotes(agg: &mut Aggregates, dir: &Path, n: usize) -> anyhow::Result<()> {
    let t = Table::read(&dir.join("agg_quotes.parquet"))?;
    let (keys, book, themes) = (t.keys()?, t.i8("book")?, t.i64("theme")?);
    let (doc_id, source, row, lang, text) = (t.str("doc_id")?, t.str("source")?, t.u64("row")?, t.str("lang")?, t.str("text")?);
    let (hs, he, pol, pain, rating) = (t.u64("highlight_start")?, t.u64("highlight_end")?, t.i8("polarity")?, t.bool("pain")?, t.f64("rating")?);
    let (term, strength, offset, redact, turn, speaker, chars) =
        (t.str("term")?, t.i64("strength")?, t.u64("offset")?, t.str("redact")?, t.opt_i64("turn")?, t.str("speaker")?, t.u64("chars")?);
    for i in 0..t.height() {
        let Some(th) = theme_of(themes[i], n, &t.path)? else { continue };
        let book = if book[i] == 0 { &mut agg.quotes.lists } else { &mut agg.recent_quotes.lists };
        let lists = book.entry(keys[i].clone()).or_insert_with(|| vec![Vec::new(); n]);
        lists[th].push(QuoteCandidate {
            doc_id: doc_id[i].clone().unwrap_or_default(),
            source: source[i].clone().unwrap_or_default(),
            row: row[i],
            lang: lang[i].clone().unwrap_or_default(),
            text: text[i].clone().unwrap_or_default(),
            highlight_start: hs[i] as usize,
            highlight_end: he[i] as usize,
            polarity: pol[i],
            pain: pain[i],
            rating: rating[i],
            term: term[i].clone().unwrap_or_default(),
            strength: strength[i],
            offset: offset[i] as usize,
            redact: redact[i].as_deref().map(|r| r.split('\u{1f}').map(str::to_string).collect()).unwrap_or_default(),
            turn: turn[i].map(|x| x as u32),
            speaker: speaker[i].clone(),
            chars: chars[i] as usize,
        });
    }
    Ok(())
}

/// Reads `agg_periods` into `agg`.
fn read_periods(agg: &mut Aggregates, dir: &Path, n: usize) -> anyhow::Result<()> {
    let t = Table::read(&dir.join("agg_periods.parquet"))?;
    let (keys, period, themes, a, b) = (t.keys()?, t.i64("period")?, t.i64("theme")?, t.u64("docs")?, t.u64("pain_docs")?);
    for i in 0..t.height() {
        let c = agg.periods.entry((keys[i].clone(), period[i] as i32)).or_insert_with(|| PeriodCounts { docs: 0, themes: vec![(0, 0); n] });
        match theme_of(themes[i], n, &t.path)? {
            None => c.docs = a[i],
            Some(th) => c.themes[th] = (a[i], b[i]),
        }
    }
    Ok(())
}

/// Reads `agg_metrics` and `agg_metric_values` into `agg`.
fn read_metrics(agg: &mut Aggregates, dir: &Path, n: usize) -> anyhow::Result<()> {
    let t = Table::read(&dir.join("agg_metrics.parquet"))?;
    let (keys, themes) = (t.keys()?, t.i64("theme")?);
    let cols: Vec<Vec<u64>> =
        ["docs", "csat_n", "csat_satisfied", "nps_n", "nps_promoters", "nps_detractors", "ces_n"].iter().map(|c| t.u64(c)).collect::<anyhow::Result<_>>()?;
    let (csat_sum, ces_sum) = (t.i64("csat_sum")?, t.i64("ces_sum")?);
    for i in 0..t.height() {
        let theme = theme_of(themes[i], n, &t.path)?.map(|x| x as u16);
        agg.metrics.insert(
            (keys[i].clone(), theme),
            MetricCounts {
                docs: cols[0][i],
                first_response_h: Vec::new(),
                resolution_h: Vec::new(),
                csat_n: cols[1][i],
                csat_sum: csat_sum[i],
                csat_satisfied: cols[2][i],
                nps_n: cols[3][i],
                nps_promoters: cols[4][i],
                nps_detractors: cols[5][i],
                ces_n: cols[6][i],
                ces_sum: ces_sum[i],
            },
        );
    }
    let t = Table::read(&dir.join("agg_metric_values.parquet"))?;
    let (keys, themes, kind, v) = (t.keys()?, t.i64("theme")?, t.i8("kind")?, t.f64("v")?);
    for i in 0..t.height() {
        let theme = theme_of(themes[i], n, &t.path)?.map(|x| x as u16);
        let Some(c) = agg.metrics.get_mut(&(keys[i].clone(), theme)) else {
            anyhow::bail!("{}: row {}: a metric value without its cell in agg_metrics.parquet", t.path.display(), i + 1);
        };
        let target = if kind[i] == 0 { &mut c.first_response_h } else { &mut c.resolution_h };
        target.push(v[i].unwrap_or(f64::NAN));
    }
    Ok(())
}

/// One unit of a part: its documents and row counts.
#[derive(Debug, Clone, Copy)]
pub struct Unit {
    pub unit: u64,
    pub docs: u64,
    pub doc_rows: u64,
    pub mention_rows: u64,
}

pub fn read_units(dir: &Path) -> anyhow::Result<Vec<Unit>> {
    let t = Table::read(&dir.join("units.parquet"))?;
    let (u, d, dr, mr) = (t.u64("unit")?, t.u64("docs")?, t.u64("doc_rows")?, t.u64("mention_rows")?);
    Ok((0..t.height()).map(|i| Unit { unit: u[i], docs: d[i], doc_rows: dr[i], mention_rows: mr[i] }).collect())
}

/// The phrase units of a part, read one at a time in unit order (the rows of
/// `agg_phrases` and `agg_unit_personas` are written unit by unit), so that a merge holds
/// one unit per part in memory, not all of them.
pub struct PhraseUnits {
    phrases: Table,
    personas: Table,
    /// Next row of each table.
    at: (usize, usize),
}

impl PhraseUnits {
    pub fn open(dir: &Path) -> anyhow::Result<PhraseUnits> {
        let mut phrases = Table::read(&dir.join("agg_phrases.parquet"))?;
        let mut personas = Table::read(&dir.join("agg_unit_personas.parquet"))?;
        phrases.df.as_single_chunk();
        personas.df.as_single_chunk();
        Ok(PhraseUnits { phrases, personas, at: (0, 0) })
    }

    /// The phrases of unit `u` (the next unit of this part) as a partial of `base`
    /// holding only phrases, their persona ids and the unit's `docs` (for
    /// `Aggregates::absorb_unit`).
    pub fn unit(&mut self, u: u64, docs: u64, base: &Aggregates) -> anyhow::Result<Aggregates> {
        let mut a = base.partial();
        a.docs_seen = docs;
        let t = &self.personas;
        let units = t.series("unit")?.i64().map_err(|e| t.bad("unit", e))?;
        let ids = t.series("id")?.i32().map_err(|e| t.bad("id", e))?;
        let dims = t.series("dim")?.i32().map_err(|e| t.bad("dim", e))?;
        let values = t.series("value")?.str().map_err(|e| t.bad("value", e))?;
        while self.at.1 < t.height() && units.get(self.at.1).map(|x| x as u64) == Some(u) {
            let i = self.at.1;
            let key = (dims.get(i).unwrap_or(0) as u16, values.get(i).unwrap_or("").to_string());
            a.persona_ids.insert(key, ids.get(i).unwrap_or(0) as u32);
            self.at.1 += 1;
        }
        let t = &self.phrases;
        let col = |name: &str| t.series(name);
        let units = col("unit")?.i64().map_err(|e| t.bad("unit", e))?;
        let lang = col("lang")?.str().map_err(|e| t.bad("lang", e))?;
        let hash = col("hash")?.i64().map_err(|e| t.bad("hash", e))?;
        let key = col("key")?.str().map_err(|e| t.bad("key", e))?;
        let display = col("display")?.str().map_err(|e| t.bad("display", e))?;
        let n_docs = col("docs")?.i64().map_err(|e| t.bad("docs", e))?;
        let personas = col("personas")?.str().map_err(|e| t.bad("personas", e))?;
        let ex = [
            col("example_1")?.str().map_err(|e| t.bad("example_1", e))?,
            col("example_2")?.str().map_err(|e| t.bad("example_2", e))?,
            col("example_3")?.str().map_err(|e| t.bad("example_3", e))?,
        ];
        while self.at.0 < t.height() && units.get(self.at.0).map(|x| x as u64) == Some(u) {
            let i = self.at.0;
            let bad = |what: &str| anyhow::anyhow!("{}: row {}: {what}", t.path.display(), i + 1);
            let l = lang.get(i).and_then(Lang::parse).ok_or_else(|| bad("unknown language"))?;
            let mut pc: SmallVec<[(u32, u64); 4]> = SmallVec::new();
            for item in personas.get(i).unwrap_or("").split_whitespace() {
                let (id, n) = item.split_once(':').ok_or_else(|| bad("persona counts are not id:n"))?;
                pc.push((id.parse().map_err(|_| bad("persona id"))?, n.parse().map_err(|_| bad("persona count"))?));
            }
            let examples: SmallVec<[Box<str>; 3]> = ex.iter().filter_map(|c| c.get(i).map(Box::from)).collect();
            let docs = n_docs.get(i).unwrap_or(0).max(0) as u64;
            a.phrases.insert_new(PhraseCounts::restore(
                l,
                hash.get(i).unwrap_or(0) as u64,
                key.get(i).unwrap_or(""),
                display.get(i).unwrap_or(""),
                docs,
                pc,
                examples,
            ));
            self.at.0 += 1;
        }
        Ok(a)
    }

    /// Whether every row was taken by a unit (a damaged part otherwise).
    pub fn finished(&self) -> bool {
        self.at.0 == self.phrases.height() && self.at.1 == self.personas.height()
    }
}
