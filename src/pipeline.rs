//! The pipeline: wires ingest → text → lexicon → analyze → aggregate → output for
//! `vocmine run`.
//!
//! Inputs are read in chunks of rows; each chunk is cut into blocks of consecutive
//! documents that rayon workers analyse and aggregate into partial aggregates and table
//! rows; the partials are folded in input order (`Aggregates::absorb`) and the rows
//! appended to the documents and mentions tables, so memory is bounded by the aggregates
//! and one chunk, and the output does not depend on the number of threads. Files that cannot be read and rows that cannot be used are
//! reported (rejects.parquet, the manifest, stderr) and the run goes on.

use crate::aggregate::Aggregates;
use crate::analyze::{analyze_document, DocAnalysis};
use crate::config::{RunOptions, TableSettings};
use crate::config::{EXIT_ALERT, EXIT_FAILURE, EXIT_OK, EXIT_REJECTS};
use crate::ingest::{self, ByteCounter, Chunk, DocReader, Document, IngestWarnings, Reject, RowMapper};
use crate::lexicon::LexiconSet;
use crate::output::{self, rundir::RunDir, tables, ParquetSink, Pending};
use crate::partial::{AnalysisCounts, ReadCounts};
use rayon::prelude::*;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

/// What a run did, for the exit code and the summary line.
#[derive(Debug, Default, Clone)]
pub struct RunSummary {
    pub rows_read: u64,
    pub analysed: u64,
    pub rejected: u64,
    pub filtered: BTreeMap<String, u64>,
    pub files_failed: u64,
    /// Problems reported for rows that were kept (rejects.parquet, severity warning).
    pub row_warnings: u64,
    pub files: u64,
    pub bytes: u64,
    pub seconds: f64,
    /// Change alerts raised (see `changes.parquet`), and whether they set the exit code.
    pub alerts: u64,
    pub fail_on_alert: bool,
    /// A shard's partial result was written (it may hold no document of its own).
    pub partial: bool,
    /// What the end-of-run messages say (the caller prints them: see `cli`).
    pub notes: RunNotes,
}

/// The end-of-run messages of a run or merge, for the caller to show: the library
/// prints nothing itself (notices during the run go through the `log` crate).
#[derive(Debug, Default, Clone)]
pub struct RunNotes {
    /// Where the tables were written (or would have been).
    pub out: PathBuf,
    /// Rejected rows per kind, and the first few rejects and warnings.
    pub rejected_by_reason: BTreeMap<String, u64>,
    pub reject_examples: Vec<Reject>,
    pub warning_examples: Vec<Reject>,
    /// Counts of row warnings by kind (not the rows: those are in rejects.parquet).
    pub warnings: IngestWarnings,
    /// The columns used, one line per file.
    pub column_lines: Vec<String>,
    /// The change alerts raised, one line each.
    pub alert_lines: Vec<String>,
    /// Why nothing was written (the previous output was left as it was).
    pub failure: Option<String>,
    /// A shard's summary line (instead of the run's).
    pub shard_line: Option<String>,
    /// A merge's summary line (instead of the run's).
    pub merge_line: Option<String>,
}

impl RunSummary {
    /// 2 when nothing usable was produced (no document analysed: every file failed,
    /// the inputs were empty, or every row was rejected or filtered), 1 when rows were
    /// rejected or files failed, 0 otherwise.
    pub fn exit_code(&self) -> i32 {
        if self.analysed == 0 && !self.partial {
            EXIT_FAILURE
        } else if self.fail_on_alert && self.alerts > 0 {
            EXIT_ALERT
        } else if self.rejected > 0 || self.files_failed > 0 {
            EXIT_REJECTS
        } else {
            EXIT_OK
        }
    }
}

pub(crate) fn file_sha256(path: &Path) -> Option<String> {
    let mut f = std::fs::File::open(path).ok()?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Some(format!("{:x}", h.finalize()))
}

struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(total_bytes: u64, quiet: bool) -> Self {
        if quiet || !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = indicatif::ProgressBar::new(total_bytes);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Progress { bar: Some(bar) }
    }
    fn update(&self, bytes: u64, rows: u64) {
        if let Some(b) = &self.bar {
            b.set_position(bytes);
            b.set_message(format!("{rows} rows"));
        }
    }
    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// Refuses a persona dimension with too many distinct values (an id column given by
/// mistake would make a table as long as the input and meaningless statistics).
pub(crate) fn check_cardinality(agg: &Aggregates, max_values: usize, force: bool) -> anyhow::Result<()> {
    if force {
        return Ok(());
    }
    for (d, name) in agg.dims.iter().enumerate().skip(1) {
        let values: Vec<&str> = agg.personas.keys().filter(|k| k.0 as usize == d).map(|k| k.1.as_str()).collect();
        if values.len() > max_values {
            anyhow::bail!(
                "persona dimension {name:?} has more than {} distinct values ({}, …): is it an id or free-text column? Use --force-persona to accept it, or raise --max-persona-values",
                max_values,
                values.iter().take(3).map(|v| format!("{v:?}")).collect::<Vec<_>>().join(", ")
            );
        }
    }
    Ok(())
}

/// Documents per block: the unit of parallel work (analysis, partial aggregates and
/// table rows of consecutive documents). Fixed, so that results never depend on threads.
const BLOCK_DOCS: usize = 128;

/// What one block of documents gives.
struct BlockOut {
    agg: Aggregates,
    documents: output::Frame,
    mentions: output::Frame,
    kept: u64,
    filtered: u64,
    langs: BTreeMap<&'static str, u64>,
}

/// Analyses a block of consecutive documents and folds them into a partial aggregate and
/// the rows of the documents and mentions tables.
fn fold_block(lex: &crate::lexicon::LexiconSet, main: &Aggregates, opts: &RunOptions, kind: &str, block: &[Document]) -> BlockOut {
    let mut out = BlockOut {
        agg: main.partial(),
        documents: tables::documents_frame(&opts.columns.persona),
        mentions: tables::mentions_frame(),
        kept: 0,
        filtered: 0,
        langs: BTreeMap::new(),
    };
    for d in block {
        let a: DocAnalysis = analyze_document(lex, &d.text, d.lang, &d.turns, &opts.speakers);
        if !opts.only_lang.is_empty() && !opts.only_lang.contains(&a.lang) {
            out.filtered += 1;
            out.agg.skip();
            continue;
        }
        out.kept += 1;
        out.agg.add(lex, d, &a);
        tables::push_document(&mut out.documents, lex, kind, d, &a);
        tables::push_mentions(&mut out.mentions, lex, d, &a);
        *out.langs.entry(a.lang.code()).or_default() += 1;
    }
    out
}

/// An input file opened for reading, or why not.
enum Opened {
    /// The reader, the header (renamed by an `[[input]]` section) and the column map.
    Ready(Box<dyn ingest::RecordReader>, Vec<String>, ingest::ColumnMap, crate::config::Format),
    /// No header at all: an empty file.
    Empty,
    /// The file is skipped.
    Failed(ingest::InputError),
}

/// Opens one input: format, reader (its notes reported and put in the manifest entry),
/// the columns of its `[[input]]` section, the column map, and the check that a row
/// filter has its column (a filter on a missing column would remove every row).
fn open_input(given: &Path, path: &Path, source: &str, opts: &RunOptions, counter: &ByteCounter, entry: &mut serde_json::Value) -> Opened {
    let format = match ingest::detect_format(path, opts.format) {
        Ok(f) => f,
        Err(e) => return Opened::Failed(e),
    };
    let mut reader = match ingest::open_reader(path, source, format, opts.encoding, counter, &opts.speaker_map) {
        Ok(r) => r,
        Err(e) => return Opened::Failed(e),
    };
    for n in reader.notes() {
        log::warn!("{source}: {n}");
    }
    if !reader.notes().is_empty() {
        entry["notes"] = json!(reader.notes());
    }
    // an `[[input]]` section of the config file: this file's own columns
    let section = opts.per_input.iter().find(|s| s.matches(given));
    let spec_own = section.map(|s| s.apply(&opts.columns));
    let spec = spec_own.as_ref().unwrap_or(&opts.columns);
    reader.add_columns(&spec.named());
    let header: Vec<String> = match section {
        Some(s) => s.rename(reader.header()),
        None => reader.header().to_vec(),
    };
    let map = match ingest::map_columns(&header, spec, &opts.lang) {
        Ok(m) => m,
        Err(_) if reader.header().is_empty() => {
            entry["rows"] = json!(0);
            entry["warning"] = json!("empty file");
            return Opened::Empty;
        }
        Err(e) => return Opened::Failed(e),
    };
    let missing_filter = if (opts.min_rating.is_some() || opts.max_rating.is_some()) && map.rating.is_none() {
        Some("--min-rating/--max-rating need a rating column, and none was recognised (rating, stars, score, note…): name it with --rating COL")
    } else if (opts.since.is_some() || opts.until.is_some()) && map.created.is_none() {
        Some("--since/--until need a date column, and none was recognised (created_at, date, timestamp…): name it with --created COL")
    } else {
        None
    };
    if let Some(m) = missing_filter {
        let cols: Vec<String> = header.iter().map(|h| format!("{h:?}")).collect();
        return Opened::Failed(ingest::InputError::Columns(format!("{m}; columns are: {}", cols.join(", "))));
    }
    Opened::Ready(reader, header, map, format)
}

/// A shard's state: which shard, its part writer, and the unit being folded.
struct ShardRun {
    shard: crate::config::ShardSpec,
    writer: crate::partial::PartWriter,
    current: Option<OpenUnit>,
}

/// A unit of the input being analysed by a shard: its partial aggregate, documents and
/// rows of the documents and mentions tables so far.
struct OpenUnit {
    unit: u64,
    agg: Aggregates,
    docs: u64,
    rows: (u64, u64),
}

impl ShardRun {
    /// Writes the open unit's phrases and folds its counts into the shard's aggregate.
    fn flush(&mut self, agg: &mut Aggregates) -> anyhow::Result<()> {
        if let Some(mut c) = self.current.take() {
            let phrases = c.agg.take_phrases();
            self.writer.unit(c.unit, c.docs, c.rows.0, c.rows.1, &phrases)?;
            agg.merge(c.agg);
        }
        Ok(())
    }
}

/// Where a chunk's segments end: at phrase checkpoints (`every` documents of the input,
/// counted by `docs_seen`), and in a shard at unit boundaries (`unit_docs`, counted by
/// `docs_total`) — fixed before the chunk is analysed.
struct ChunkPlan {
    docs_seen: u64,
    every: u64,
    docs_total: u64,
    unit_docs: u64,
    shard: Option<crate::config::ShardSpec>,
}

/// A segment of a chunk: its unit (in a shard), its documents, and their blocks
/// analysed (`None`: another shard's unit).
struct Segment {
    unit: u64,
    len: usize,
    outs: Option<Vec<BlockOut>>,
}

/// Cuts a chunk into segments and analyses each segment's blocks in parallel.
fn analyse_chunk(lex: &LexiconSet, agg: &Aggregates, opts: &RunOptions, kind: &str, docs: &[Document], plan: &ChunkPlan) -> Vec<Segment> {
    let mut out = Vec::new();
    let (mut seen, mut total) = (plan.docs_seen, plan.docs_total);
    let mut rest = docs;
    while !rest.is_empty() {
        let take = match plan.shard {
            None => rest.len().min((plan.every - seen % plan.every) as usize),
            Some(_) => rest.len().min((plan.unit_docs - total % plan.unit_docs) as usize),
        };
        let (segment, tail) = rest.split_at(take);
        rest = tail;
        let unit = total / plan.unit_docs;
        total += take as u64;
        seen += take as u64;
        let owned = plan.shard.is_none_or(|s| unit % s.n as u64 == s.k as u64);
        let outs = owned.then(|| segment.par_chunks(BLOCK_DOCS).map(|block| fold_block(lex, agg, opts, kind, block)).collect());
        out.push(Segment { unit, len: take, outs });
    }
    out
}

/// The first rejected rows and warnings of a run, for its summary on stderr; the rest
/// only go to `rejects.parquet`.
#[derive(Default)]
struct RejectExamples {
    errors: Vec<Reject>,
    warnings: Vec<Reject>,
}

impl RejectExamples {
    /// Writes `rejects` (in order) to the sink, counts them into `summary`, keeps the
    /// first 5 row errors and 3 warnings, and empties `rejects`.
    /// (Shards other than 0 count them without writing: shard 0 writes them.)
    fn flush(&mut self, rejects: &mut Vec<Reject>, sink: Option<&mut ParquetSink>, summary: &mut RunSummary) -> anyhow::Result<()> {
        if rejects.is_empty() {
            return Ok(());
        }
        if let Some(sink) = sink {
            sink.write(&tables::rejects(rejects))?;
        }
        for r in rejects.drain(..) {
            if r.is_warning() {
                summary.row_warnings += 1;
                if self.warnings.len() < 3 {
                    self.warnings.push(r);
                }
            } else if r.row > 0 {
                summary.rejected += 1;
                if self.errors.len() < 5 {
                    self.errors.push(r);
                }
            }
        }
        Ok(())
    }
}

/// Runs the batch job described by `opts` with the lexicons `lex`. Everything is
/// written into a staging directory that replaces `--out` only when the run has
/// produced something usable (see `output::rundir`): on error, on panic, or when
/// nothing could be analysed, `--out` is left as it was. The steps: every input file is
/// read, analysed and folded ([`Run::file`]), then either a shard's part is written
/// ([`Run::finish_part`]) or the tables and the manifest ([`Run::finish_tables`]).
pub fn run(opts: &RunOptions, lex: &LexiconSet) -> anyhow::Result<RunSummary> {
    let t0 = Instant::now();
    let run_dir = RunDir::begin(&opts.out)?;
    let mut r = Run::new(opts, lex, run_dir.path())?;
    for given in &opts.inputs {
        r.file(given)?;
    }
    r.progress.finish();
    r.examples.flush(&mut r.rejects, r.write_rejects.then_some(&mut r.rejects_sink), &mut r.summary)?;
    r.summary.bytes = r.counter.get();
    r.summary.rows_read = r.tally.rows_read;
    for (k, v) in &r.tally.filtered {
        *r.summary.filtered.entry(k.clone()).or_default() += v;
    }
    if r.part.is_some() {
        r.finish_part(run_dir, t0)
    } else {
        r.finish_tables(run_dir, t0)
    }
}

/// The state of a run while its inputs are read: the aggregates, the streamed tables,
/// rejects, counts, and what the manifest and the summary will say about each file.
struct Run<'a> {
    opts: &'a RunOptions,
    lex: &'a LexiconSet,
    out: std::path::PathBuf,
    kind: &'static str,
    agg: Aggregates,
    /// Rows of the chunk being folded; written while the next chunk is analysed.
    docs_frame: output::Frame,
    mentions_frame: output::Frame,
    docs_sink: ParquetSink,
    mentions_sink: ParquetSink,
    /// Rejects are written as they come, chunk by chunk (a million bad rows must not sit
    /// in memory); the first few are kept for the summary on stderr.
    rejects_sink: ParquetSink,
    rejects: Vec<Reject>,
    examples: RejectExamples,
    /// Only shard 0 writes rejects (every shard reads every row).
    write_rejects: bool,
    warnings: IngestWarnings,
    summary: RunSummary,
    lang_counts: BTreeMap<String, u64>,
    tally: ingest::ReadTally,
    inputs_manifest: Vec<serde_json::Value>,
    column_lines: Vec<String>,
    counter: ByteCounter,
    progress: Progress,
    /// Documents of the input so far (all of them, in every shard), and in shard mode
    /// the shard and its writer.
    docs_total: u64,
    unit_docs: u64,
    part: Option<ShardRun>,
}

impl<'a> Run<'a> {
    fn new(opts: &'a RunOptions, lex: &'a LexiconSet, out: &Path) -> anyhow::Result<Run<'a>> {
        let dims = &opts.columns.persona;
        let agg = Aggregates::new(dims, lex.themes.len(), opts.quotes).with_phrase_capacity(opts.phrase_capacity);
        let docs_frame = tables::documents_frame(dims);
        let mentions_frame = tables::mentions_frame();
        let total_bytes: u64 = opts.inputs.iter().filter_map(|p| std::fs::metadata(p).ok()).map(|m| m.len()).sum();
        let part = match opts.partial {
            Some(shard) => Some(ShardRun { shard, writer: crate::partial::PartWriter::create(out)?, current: None }),
            None => None,
        };
        Ok(Run {
            opts,
            lex,
            out: out.to_path_buf(),
            kind: opts.kind.as_str(),
            unit_docs: agg.unit_docs(),
            agg,
            docs_sink: ParquetSink::create(&out.join("documents.parquet"), &docs_frame)?,
            mentions_sink: ParquetSink::create(&out.join("mentions.parquet"), &mentions_frame)?,
            docs_frame,
            mentions_frame,
            rejects_sink: ParquetSink::create(&out.join("rejects.parquet"), &tables::rejects(&[]))?,
            rejects: Vec::new(),
            examples: RejectExamples::default(),
            write_rejects: opts.partial.is_none_or(|s| s.k == 0),
            warnings: IngestWarnings::default(),
            summary: RunSummary { files: opts.inputs.len() as u64, ..Default::default() },
            lang_counts: BTreeMap::new(),
            tally: ingest::ReadTally::default(),
            inputs_manifest: Vec::new(),
            column_lines: Vec::new(),
            counter: ByteCounter::default(),
            progress: Progress::new(total_bytes, opts.quiet),
            docs_total: 0,
            part,
        })
    }

    /// A file that could not be used: an error row, a line on stderr (even with
    /// `--quiet`), the reason in its manifest entry.
    fn skip_file(&mut self, source: &str, e: ingest::InputError, mut entry: serde_json::Value) {
        let (reason, manifest_error) = (e.to_string(), e.manifest_error());
        self.rejects.push(Reject::error(source, 0, None, ingest::RejectKind::Other, reason.clone()));
        log::error!("{source}: {reason} (file skipped)");
        self.summary.files_failed += 1;
        entry["error"] = json!(manifest_error);
        self.inputs_manifest.push(entry);
    }

    /// Reads, analyses and folds one input file (`-`: standard input, spooled into the
    /// staging directory first: formats are sniffed and Parquet needs to seek).
    fn file(&mut self, given: &Path) -> anyhow::Result<()> {
        let opts = self.opts;
        let stdin_copy = if given.as_os_str() == "-" {
            match spool_stdin(&self.out, opts.format) {
                Ok(p) => Some(p),
                Err(e) => anyhow::bail!("standard input: {e}"),
            }
        } else {
            None
        };
        let path: &Path = stdin_copy.as_deref().unwrap_or(given);
        let source = if stdin_copy.is_some() { "<stdin>".to_string() } else { path.display().to_string() };
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| source.clone());
        let size = std::fs::metadata(path).map(|m| m.len()).ok();
        let mut entry = json!({"path": source, "bytes": size, "sha256": file_sha256(path)});
        let (reader, header, map, format) = match open_input(given, path, &source, opts, &self.counter, &mut entry) {
            Opened::Ready(reader, header, map, format) => (reader, header, map, format),
            Opened::Empty => {
                // an empty file has no header: nothing to read, not an error
                log::warn!("{source}: the file is empty");
                self.inputs_manifest.push(entry);
                return Ok(());
            }
            Opened::Failed(e) => {
                self.skip_file(&source, e, entry);
                return Ok(());
            }
        };
        let mapper = RowMapper { source: Arc::from(source.as_str()), header, file_name, map, opts };
        let mut file = DocReader::new(reader, mapper, opts);
        // the first chunk: the text column is checked, the file's language taken
        let c = file.next_docs(opts, true, &mut self.rejects, &mut self.warnings, &mut self.tally);
        self.examples.flush(&mut self.rejects, self.write_rejects.then_some(&mut self.rejects_sink), &mut self.summary)?;
        let first = match c {
            Chunk::Refused(e) => {
                self.skip_file(&source, e, entry);
                return Ok(());
            }
            Chunk::Note(note, docs) => {
                log::warn!("{source}: {note}");
                Some(docs)
            }
            Chunk::Docs(docs) => Some(docs),
            Chunk::Done => None,
        };
        self.chunks(&mut file, first)?;
        let (rows, mapper) = (file.rows, file.mapper);
        if rows == 0 {
            log::warn!("{source}: no rows after the header");
            entry["warning"] = json!("no rows");
        }
        self.column_lines.push(column_line(&source, &mapper.header, &mapper.map));
        entry["columns"] = json!({
            "text": mapper.map.text_names,
            "id": mapper.map.id.map(|i| mapper.header[i].clone()),
            "rating": mapper.map.rating.map(|i| mapper.header[i].clone()),
            "created": mapper.map.created.map(|i| mapper.header[i].clone()),
            "lang": mapper.map.lang.map(|i| mapper.header[i].clone()),
            "persona": opts.columns.persona,
        });
        entry["rows"] = json!(rows);
        entry["format"] = json!(format!("{format:?}").to_lowercase());
        self.inputs_manifest.push(entry);
        if let Some(p) = stdin_copy {
            let _ = std::fs::remove_file(p);
        }
        Ok(())
    }

    /// The chunks of one file: each is analysed in parallel while the next one is read
    /// and mapped and the previous one's rows are encoded (reading does not depend on
    /// analysis, so the order of the input is kept), then folded in input order.
    fn chunks(&mut self, file: &mut DocReader, first: Option<Vec<Document>>) -> anyhow::Result<()> {
        let opts = self.opts;
        let mut next = first;
        while let Some(docs) = next.take() {
            let plan = ChunkPlan {
                docs_seen: self.agg.docs_seen,
                every: self.agg.checkpoint_every(),
                docs_total: self.docs_total,
                unit_docs: self.unit_docs,
                shard: opts.partial,
            };
            let (lex, agg, kind) = (self.lex, &self.agg, self.kind);
            let (docs_sink, mentions_sink, docs_frame, mentions_frame) =
                (&mut self.docs_sink, &mut self.mentions_sink, &mut self.docs_frame, &mut self.mentions_frame);
            let (rejects, warnings, tally, examples, rejects_sink, summary) =
                (&mut self.rejects, &mut self.warnings, &mut self.tally, &mut self.examples, &mut self.rejects_sink, &mut self.summary);
            let write_rejects = self.write_rejects;
            let (segments, following) = rayon::join(
                || analyse_chunk(lex, agg, opts, kind, &docs, &plan),
                || {
                    docs_sink.write(docs_frame)?;
                    mentions_sink.write(mentions_frame)?;
                    docs_frame.clear();
                    mentions_frame.clear();
                    let c = file.next_docs(opts, false, rejects, warnings, tally);
                    examples.flush(rejects, write_rejects.then_some(rejects_sink), summary)?;
                    anyhow::Ok(c)
                },
            );
            next = match following? {
                Chunk::Docs(d) | Chunk::Note(_, d) => Some(d),
                Chunk::Done | Chunk::Refused(_) => None,
            };
            drop(docs);
            self.fold(segments)?;
            check_cardinality(&self.agg, opts.max_persona_values, opts.force_persona)?;
            self.progress.update(self.counter.get(), self.tally.rows_read);
        }
        self.docs_sink.write(&self.docs_frame)?;
        self.mentions_sink.write(&self.mentions_frame)?;
        self.docs_frame.clear();
        self.mentions_frame.clear();
        Ok(())
    }

    /// Folds a chunk's segments in input order: blocks of consecutive documents were
    /// analysed and folded into partial aggregates and table rows in parallel; a
    /// segment never spans a phrase checkpoint (nor, in a shard, a unit: a shard
    /// analyses only its units of the input, see `crate::partial`).
    fn fold(&mut self, segments: Vec<Segment>) -> anyhow::Result<()> {
        let mut kept = 0u64;
        for seg in segments {
            self.docs_total += seg.len as u64;
            let Some(outs) = seg.outs else { continue };
            let rows_before = (self.docs_frame.len(), self.mentions_frame.len());
            let mut parts = Vec::with_capacity(outs.len());
            for o in outs {
                parts.push(o.agg);
                self.docs_frame.append(o.documents);
                self.mentions_frame.append(o.mentions);
                kept += o.kept;
                for (l, n) in o.langs {
                    *self.lang_counts.entry(l.to_string()).or_default() += n;
                }
                if o.filtered > 0 {
                    *self.summary.filtered.entry("only_lang".to_string()).or_default() += o.filtered;
                }
            }
            match &mut self.part {
                None => self.agg.absorb(parts),
                Some(p) => {
                    // a unit can arrive in pieces (chunks, files): folded until the next begins
                    if p.current.as_ref().is_some_and(|c| c.unit != seg.unit) {
                        p.flush(&mut self.agg)?;
                    }
                    let c = p.current.get_or_insert_with(|| OpenUnit { unit: seg.unit, agg: self.agg.partial(), docs: 0, rows: (0, 0) });
                    c.agg.absorb(parts);
                    c.docs += seg.len as u64;
                    c.rows.0 += (self.docs_frame.len() - rows_before.0) as u64;
                    c.rows.1 += (self.mentions_frame.len() - rows_before.1) as u64;
                }
            }
        }
        self.summary.analysed += kept;
        Ok(())
    }

    /// What was read and analysed, for the manifest (or `part.json`), and the settings
    /// it records.
    fn counts(&self) -> (ReadCounts, AnalysisCounts, serde_json::Value) {
        let (s, w, opts) = (&self.summary, &self.warnings, self.opts);
        let read = ReadCounts {
            rows_read: s.rows_read,
            rejected: s.rejected,
            row_warnings: s.row_warnings,
            files_failed: s.files_failed,
            rejected_by_reason: self.tally.rejected_by_reason.clone(),
            filtered: s.filtered.iter().filter(|(k, _)| k.as_str() != "only_lang").map(|(k, v)| (k.clone(), *v)).collect(),
            rating_not_numeric: w.rating_not_numeric,
            lang_unrecognised: w.lang_unrecognised,
            id_missing: w.id_missing,
            text_truncated: w.text_truncated,
            created_unparseable: w.created_unparseable,
            warning_examples: w.examples.clone(),
        };
        let only_lang = s.filtered.get("only_lang").copied().unwrap_or(0);
        let analysis = AnalysisCounts { analysed: s.analysed, only_lang, languages: self.lang_counts.clone() };
        let settings = json!({
            "kind": self.kind,
            "persona_dimensions": opts.columns.persona,
            "quotes_per_theme": opts.quotes,
            "min_rating": opts.min_rating,
            "max_rating": opts.max_rating,
            "lang": format!("{:?}", opts.lang),
            "encoding": opts.encoding.map(|e| e.name()).unwrap_or("utf-8"),
        });
        (read, analysis, settings)
    }

    /// A shard: its partial result (rows, aggregates, phrase units, `part.json`) instead
    /// of the tables. A part is written even when its inputs hold no usable document (an
    /// empty Spark partition, a file of rejected rows): the merge counts them as one run
    /// does; a shard whose units hold no document is fine (more shards than units).
    fn finish_part(mut self, run_dir: RunDir, t0: Instant) -> anyhow::Result<RunSummary> {
        let (read, analysis, settings) = self.counts();
        let (opts, lex) = (self.opts, self.lex);
        let mut p = self.part.take().expect("a shard run");
        p.flush(&mut self.agg)?;
        let shard = p.shard;
        let mut pending: Vec<Pending> = vec![self.docs_sink.finish()?, self.mentions_sink.finish()?, self.rejects_sink.finish()?];
        pending.extend(p.writer.finish(&self.agg)?);
        let hashes: Vec<String> =
            self.inputs_manifest.iter().map(|f| format!("{} {}", f["sha256"].as_str().unwrap_or(""), f["path"].as_str().unwrap_or(""))).collect();
        let options = opts.analysis_fingerprint();
        let manifest = crate::partial::PartManifest {
            format: crate::partial::FORMAT,
            vocmine_version: env!("CARGO_PKG_VERSION").to_string(),
            shard: shard.k,
            shards: shard.n,
            run: crate::partial::PartManifest::run_id(&hashes, &options, &lex.hash, shard.n),
            lexicon_sha256: lex.hash.clone(),
            lexicon_origin: lex.origin.clone(),
            options,
            settings: opts.table_settings(),
            manifest_settings: settings,
            inputs: serde_json::Value::Array(self.inputs_manifest),
            docs_total: self.docs_total,
            unit_docs: self.unit_docs,
            read,
            analysis: analysis.clone(),
            recent: self.agg.recent,
            arguments: opts.arguments.clone(),
            complete: true,
        };
        output::commit(pending)?;
        output::commit(vec![output::write_text(&self.out.join("part.json"), &serde_json::to_string_pretty(&manifest)?)?])?;
        let mut summary = self.summary;
        summary.seconds = t0.elapsed().as_secs_f64();
        summary.notes.out = opts.out.clone();
        if summary.files_failed == summary.files {
            summary.notes.failure = Some("no input file could be read".into());
            return Ok(summary);
        }
        run_dir.commit()?;
        summary.partial = true;
        let (docs_total, unit_docs) = (self.docs_total, self.unit_docs);
        let units = docs_total.div_ceil(unit_docs).saturating_sub(shard.k as u64).div_ceil(shard.n as u64);
        summary.notes.shard_line = Some(format!(
            "shard {} of {}: {} of {docs_total} documents analysed ({units} units of {unit_docs}) in {:.2}s → {}",
            shard.k,
            shard.n,
            analysis.analysed,
            summary.seconds,
            opts.out.display()
        ));
        Ok(summary)
    }

    /// A whole run: the aggregate tables, then the manifest, then — when something was
    /// analysed — the staging directory replaces `--out`; the summary on stderr.
    fn finish_tables(mut self, run_dir: RunDir, t0: Instant) -> anyhow::Result<RunSummary> {
        let (read, analysis, settings) = self.counts();
        let opts = self.opts;
        let mut pending: Vec<Pending> = vec![self.docs_sink.finish()?, self.mentions_sink.finish()?];
        let written = write_tables(self.lex, &mut self.agg, &opts.table_settings(), &self.out, &mut pending)?;
        pending.push(self.rejects_sink.finish()?);
        let summary = &mut self.summary;
        summary.alerts = written.alerts;
        summary.fail_on_alert = opts.fail_on_alert;
        summary.seconds = t0.elapsed().as_secs_f64();
        let inputs = serde_json::Value::Array(std::mem::take(&mut self.inputs_manifest));
        let record = RunRecord {
            run_id: run_dir.run_id(),
            arguments: &opts.arguments,
            inputs: &inputs,
            settings: &settings,
            read: &read,
            analysis: &analysis,
            seconds: summary.seconds,
            bytes: summary.bytes,
        };
        commit_with_manifest(self.lex, &self.agg, &record, &written, pending, &self.out)?;
        let mut warnings = std::mem::take(&mut self.warnings);
        warnings.rows.clear();
        self.summary.notes = RunNotes {
            out: opts.out.clone(),
            rejected_by_reason: self.tally.rejected_by_reason.clone(),
            reject_examples: std::mem::take(&mut self.examples.errors),
            warning_examples: std::mem::take(&mut self.examples.warnings),
            warnings,
            column_lines: std::mem::take(&mut self.column_lines),
            alert_lines: written.alert_lines,
            ..Default::default()
        };
        if self.summary.exit_code() == EXIT_FAILURE {
            // nothing usable: the previous run stays in place (the staging directory is
            // removed when `run_dir` is dropped)
            let s = &self.summary;
            let why = if s.files_failed == s.files && s.files > 0 {
                "no input file could be read".to_string()
            } else if s.rows_read == 0 {
                "the inputs hold no rows".to_string()
            } else {
                let filtered: u64 = s.filtered.values().sum();
                format!("none of the {} row(s) read could be analysed ({} rejected, {filtered} filtered out)", s.rows_read, s.rejected)
            };
            self.summary.notes.failure = Some(why);
            return Ok(self.summary);
        }
        run_dir.commit()?;
        Ok(self.summary)
    }
}

/// What the aggregate tables gave, for the manifest and the summary.
pub(crate) struct Written {
    pub alerts: u64,
    pub alert_lines: Vec<String>,
    pub redactions: BTreeMap<String, u64>,
}

/// Writes the aggregate tables (persona themes and summary, quotes, changes, emergent
/// terms, metrics, themes) of a complete aggregate into `out`: the one place they are
/// computed, for `run` and for `merge`.
pub(crate) fn write_tables(lex: &LexiconSet, agg: &mut Aggregates, s: &TableSettings, out: &Path, pending: &mut Vec<Pending>) -> anyhow::Result<Written> {
    let write = |name: &str, frame: &output::Frame, pending: &mut Vec<Pending>| -> anyhow::Result<()> {
        pending.push(output::write_table(&out.join(name), frame)?);
        Ok(())
    };
    agg.finish();
    let cells = tables::cells(lex, agg);
    let mut redactions: BTreeMap<String, u64> = BTreeMap::new();
    let mut quotes = tables::final_quotes(lex, agg, s.quotes, s.redact, &mut redactions);
    let change_settings = output::changes::ChangeSettings {
        period: crate::config::Period::parse(&s.period).unwrap_or(crate::config::Period::Month),
        periods: s.change_periods,
        baseline: s.baseline_periods,
        alert_q: s.alert_q,
        min_ratio: s.alert_min_ratio,
        min_diff: s.alert_min_diff,
        min_support: s.min_support,
    };
    let (changes_frame, alerts) = output::changes::changes(lex, agg, &change_settings);
    if !agg.periods.is_empty() {
        write("changes.parquet", &changes_frame, pending)?;
    }
    let alert_quotes = tables::alert_quotes(lex, agg, &alerts, s.quotes, s.redact, &mut redactions);
    let mut persona_themes = ParquetSink::create(&out.join("persona_themes.parquet"), &tables::persona_themes_frame())?;
    tables::persona_themes(lex, agg, &cells, s.min_support, &mut persona_themes)?;
    pending.push(persona_themes.finish()?);
    write("persona_summary.parquet", &tables::persona_summary(lex, agg, &cells, &quotes, &alerts, s.min_support), pending)?;
    quotes.extend(alert_quotes);
    write("quotes.parquet", &tables::quotes(lex, agg, &quotes), pending)?;
    let alert_lines: Vec<String> = alerts.iter().map(|a| output::changes::describe(lex, agg, a)).collect();
    write("emergent_terms.parquet", &tables::emergent_terms(agg), pending)?;
    write("metrics.parquet", &tables::metrics(lex, agg), pending)?;
    write("themes.parquet", &tables::themes(lex), pending)?;
    Ok(Written { alerts: alerts.len() as u64, alert_lines, redactions })
}

/// What `manifest.json` says about a run (or a merge) besides its tables.
pub(crate) struct RunRecord<'a> {
    pub run_id: &'a str,
    pub arguments: &'a [String],
    pub inputs: &'a serde_json::Value,
    pub settings: &'a serde_json::Value,
    pub read: &'a ReadCounts,
    pub analysis: &'a AnalysisCounts,
    pub seconds: f64,
    pub bytes: u64,
}

/// Moves the finished tables into place, then writes `manifest.json` (names, rows and
/// hashes of the tables, counts) last.
pub(crate) fn commit_with_manifest(
    lex: &LexiconSet,
    agg: &Aggregates,
    r: &RunRecord,
    written: &Written,
    pending: Vec<Pending>,
    out: &Path,
) -> anyhow::Result<()> {
    let rows_by_table: BTreeMap<String, u64> = pending.iter().map(|p| (table_name(p), p.rows)).collect();
    let table_entries: BTreeMap<String, serde_json::Value> = pending
        .iter()
        .map(|p| (table_name(p), json!({"rows": p.rows, "bytes": std::fs::metadata(&p.tmp).map(|m| m.len()).ok(), "sha256": file_sha256(&p.tmp)})))
        .collect();
    output::commit(pending)?;
    let mut filtered = r.read.filtered.clone();
    if r.analysis.only_lang > 0 {
        filtered.insert("only_lang".to_string(), r.analysis.only_lang);
    }
    let manifest = json!({
        "vocmine_version": env!("CARGO_PKG_VERSION"),
        "run_id": r.run_id,
        "arguments": r.arguments,
        "inputs": r.inputs,
        "lexicons": {"origin": lex.origin, "sha256": lex.hash, "themes": lex.themes.len(), "terms": lex.terms.len(), "cues": lex.cues.len()},
        "settings": r.settings,
        "tables": table_entries,
        "alerts": written.alert_lines,
        "counts": {
            "rows_read": r.read.rows_read,
            "analysed": r.analysis.analysed,
            "rejected": r.read.rejected,
            "row_warnings": r.read.row_warnings,
            "rejected_by_reason": r.read.rejected_by_reason,
            "files_failed": r.read.files_failed,
            "filtered": filtered,
            "warnings": {
                "rating_not_numeric": r.read.rating_not_numeric,
                "lang_unrecognised": r.read.lang_unrecognised,
                "id_missing": r.read.id_missing,
                "text_truncated": r.read.text_truncated,
                "created_unparseable": r.read.created_unparseable,
                "examples": r.read.warning_examples.iter().map(|(s, row, m)| json!({"source": s, "row": row, "message": m})).collect::<Vec<_>>(),
            },
            "languages": r.analysis.languages,
            "redactions": written.redactions,
            "emergent_phrases_tracked": agg.phrases.len(),
            "phrase_floor": agg.phrase_floor,
            "tables": rows_by_table,
        },
        "timings": {"seconds": (r.seconds * 1000.0).round() / 1000.0, "bytes_read": r.bytes, "threads": rayon::current_num_threads()},
    });
    output::commit(vec![output::write_text(&out.join("manifest.json"), &serde_json::to_string_pretty(&manifest)?)?])
}

/// Copies standard input into `dir` under a name whose extension gives its format:
/// `--format`, else sniffed (`PAR1` Parquet, `[` a JSON array, `{` JSON Lines, else CSV).
fn spool_stdin(dir: &Path, format: Option<crate::config::Format>) -> anyhow::Result<std::path::PathBuf> {
    use std::io::Write;
    let mut head = Vec::new();
    let mut stdin = std::io::stdin().lock();
    (&mut stdin).take(4096).read_to_end(&mut head)?;
    let ext = match format {
        Some(f) => f.extension(),
        None if head.starts_with(b"PAR1") => "parquet",
        None => match head.iter().find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF) {
            Some(b'[') => "json",
            Some(b'{') => "jsonl",
            _ => "csv",
        },
    };
    let path = dir.join(format!(".stdin.{ext}"));
    let mut f = std::fs::File::create(&path)?;
    f.write_all(&head)?;
    std::io::copy(&mut stdin, &mut f)?;
    Ok(path)
}

/// Which column of a file was taken for what, for the summary: a wrong automatic pick
/// (a 0/1 column as the text) must be visible at a glance.
fn column_line(source: &str, header: &[String], map: &ingest::ColumnMap) -> String {
    let name = |i: Option<usize>| i.and_then(|i| header.get(i)).map(|h| format!("{h:?}"));
    let mut parts = vec![format!("text={}", map.text_names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join("+"))];
    for (k, v) in [("id", map.id), ("rating", map.rating), ("date", map.created), ("lang", map.lang)] {
        if let Some(n) = name(v) {
            parts.push(format!("{k}={n}"));
        }
    }
    format!("{source}: {}", parts.join(", "))
}

fn table_name(p: &Pending) -> String {
    p.dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
