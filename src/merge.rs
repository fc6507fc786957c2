//! `vocmine merge PART_DIR... --out DIR`: the tables of one run from the partial
//! results of its shards (`run --shard K/N --partial DIR`), and of several runs
//! (incremental: last week's parts and tonight's).
//!
//! Exists so that a run spread over a scheduler's workers gives exactly what one
//! process gives: the order-independent aggregates (counts, fixed-point sums, quote
//! candidates under their total order, period and metric cells) are merged in any
//! order; the documents and mentions rows and the emergent-phrase units are replayed in
//! input order, unit by unit, so phrase pruning happens at the same points as in a
//! single run; the statistics are then computed once by the same code as `run`
//! (`pipeline::write_tables`). The tables are byte-identical to a single run's.
//!
//! Parts that do not fit together are refused before anything is written: another
//! format or lexicon, other options, a shard missing or given twice, a part left by a
//! crashed shard (no `part.json`), the same input file in two runs.

use crate::aggregate::Aggregates;
use crate::lexicon::sources::LexiconSpec;
use crate::output::{rundir::RunDir, tables, ParquetSink, Pending};
use crate::partial::{self, AnalysisCounts, PartManifest, ReadCounts, Table};
use crate::pipeline::{self, RunRecord, RunSummary};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct MergeOptions {
    /// Part directories, or directories holding `shard-*` parts; runs in this order.
    pub parts: Vec<PathBuf>,
    pub out: PathBuf,
    pub lexicons: LexiconSpec,
    pub fail_on_alert: bool,
    pub arguments: Vec<String>,
}

struct Part {
    dir: PathBuf,
    m: PartManifest,
}

/// The part directories named by the arguments: a directory with `part.json`, or the
/// `shard-*` directories inside one (a `--partial DIR` of a run).
fn find_parts(args: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for a in args {
        if a.join("part.json").is_file() {
            out.push(a.clone());
            continue;
        }
        if !a.is_dir() {
            anyhow::bail!("{}: no such part directory", a.display());
        }
        let mut subs: Vec<PathBuf> = Vec::new();
        let mut crashed: Vec<String> = Vec::new();
        for e in std::fs::read_dir(a).map_err(|e| anyhow::anyhow!("{}: cannot list: {e}", a.display()))? {
            let e = e?;
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("shard-") && e.path().is_dir() {
                if e.path().join("part.json").is_file() {
                    subs.push(e.path());
                } else {
                    crashed.push(name);
                }
            } else if name.starts_with(".shard-") && name.contains(".vocmine-run-") {
                crashed.push(name);
            }
        }
        if !crashed.is_empty() {
            crashed.sort();
            anyhow::bail!(
                "{}: {} is not a complete part (no part.json): its shard crashed or is still running; run that shard again",
                a.display(),
                crashed.join(", ")
            );
        }
        if subs.is_empty() {
            anyhow::bail!("{}: not a part directory (no part.json) and holds no shard-* part", a.display());
        }
        subs.sort();
        out.extend(subs);
    }
    Ok(out)
}

fn read_manifest(dir: &Path) -> anyhow::Result<PartManifest> {
    let p = dir.join("part.json");
    let text = std::fs::read_to_string(&p).map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", p.display()))?;
    let m: PartManifest = serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("{}: not a vocmine part manifest: {e}", p.display()))?;
    if m.format != partial::FORMAT {
        anyhow::bail!("{}: part format {} (vocmine {}), this vocmine reads format {}", p.display(), m.format, m.vocmine_version, partial::FORMAT);
    }
    if !m.complete {
        anyhow::bail!("{}: the shard did not complete", p.display());
    }
    Ok(m)
}

fn input_names(m: &PartManifest) -> String {
    let names: Vec<String> = m.inputs.as_array().into_iter().flatten().map(|f| f["path"].as_str().unwrap_or("?").to_string()).collect();
    if names.len() > 3 {
        format!("{}, … ({} files)", names[..3].join(", "), names.len())
    } else {
        names.join(", ")
    }
}

/// Checks that the parts fit together and groups them by run (in order of first
/// appearance), each group's shards sorted by index. The same input (path and
/// content) in two runs is refused: its rows would be counted twice.
fn plan(parts: Vec<Part>, lexicon: &str, lexicon_origin: &str) -> anyhow::Result<Vec<Vec<Part>>> {
    let first = &parts[0];
    for p in &parts {
        if p.m.lexicon_sha256 != lexicon {
            anyhow::bail!(
                "{} was made with other lexicons ({}, sha256 {}…) than this merge loaded ({lexicon_origin}, sha256 {}…): pass merge the same --lexicons as the run",
                p.dir.display(),
                p.m.lexicon_origin,
                &p.m.lexicon_sha256[..12.min(p.m.lexicon_sha256.len())],
                &lexicon[..12.min(lexicon.len())]
            );
        }
        if p.m.options != first.m.options || p.m.settings != first.m.settings {
            anyhow::bail!(
                "{} and {} were made with different run options (columns, filters, persona dimensions, quotes…): parts of one merge must share them",
                first.dir.display(),
                p.dir.display()
            );
        }
    }
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, Vec<Part>> = BTreeMap::new();
    for p in parts {
        if !groups.contains_key(&p.m.run) {
            order.push(p.m.run.clone());
        }
        groups.entry(p.m.run.clone()).or_default().push(p);
    }
    let mut out = Vec::new();
    let mut seen_inputs: BTreeMap<String, PathBuf> = BTreeMap::new();
    for run in order {
        let mut g = groups.remove(&run).unwrap_or_default();
        g.sort_by_key(|p| p.m.shard);
        let n = g[0].m.shards;
        for w in g.windows(2) {
            if w[0].m.shard == w[1].m.shard {
                anyhow::bail!("shard {} of {n} is given twice: {} and {}", w[0].m.shard, w[0].dir.display(), w[1].dir.display());
            }
        }
        let have: Vec<usize> = g.iter().map(|p| p.m.shard).collect();
        let missing: Vec<String> = (0..n).filter(|k| !have.contains(k)).map(|k| k.to_string()).collect();
        if !missing.is_empty() {
            anyhow::bail!(
                "shard(s) {} of {n} missing for the run over {} (parts given: {}): merge needs every shard of a run",
                missing.join(", "),
                input_names(&g[0].m),
                g.iter().map(|p| p.dir.display().to_string()).collect::<Vec<_>>().join(", ")
            );
        }
        for f in g[0].m.inputs.as_array().into_iter().flatten() {
            let Some(sha) = f["sha256"].as_str() else { continue };
            let path = f["path"].as_str().unwrap_or("?");
            if let Some(other) = seen_inputs.insert(format!("{sha} {path}"), g[0].dir.clone()) {
                anyhow::bail!(
                    "input {} (sha256 {}…) is in two runs ({} and {}): merging them would count its rows twice",
                    f["path"].as_str().unwrap_or("?"),
                    &sha[..12.min(sha.len())],
                    other.display(),
                    g[0].dir.display()
                );
            }
        }
        out.push(g);
    }
    Ok(out)
}

/// Merges the parts into the tables of `o.out` (replaced as a whole, as by `run`).
pub fn merge(o: &MergeOptions) -> anyhow::Result<RunSummary> {
    let t0 = Instant::now();
    let dirs = find_parts(&o.parts)?;
    let parts: Vec<Part> = dirs.into_iter().map(|dir| read_manifest(&dir).map(|m| Part { dir, m })).collect::<anyhow::Result<_>>()?;
    let lex = crate::lexicon::sources::load(&o.lexicons).map_err(|e| anyhow::anyhow!("{e}"))?;
    let groups = plan(parts, &lex.hash, &lex.origin)?;
    let first = &groups[0][0].m;
    let settings = first.settings.clone();
    let manifest_settings = first.manifest_settings.clone();

    let run_dir = RunDir::begin(&o.out)?;
    let out = run_dir.path().to_path_buf();
    let dims = settings.persona.clone();
    let mut agg = Aggregates::new(&dims, lex.themes.len(), settings.quotes).with_phrase_capacity(settings.phrase_capacity);
    let mut sinks = Sinks {
        docs: ParquetSink::create(&out.join("documents.parquet"), &tables::documents_frame(&dims))?,
        mentions: ParquetSink::create(&out.join("mentions.parquet"), &tables::mentions_frame())?,
        rejects: ParquetSink::create(&out.join("rejects.parquet"), &tables::rejects(&[]))?,
    };
    let mut read = ReadCounts::default();
    let mut analysis = AnalysisCounts::default();
    let mut inputs: Vec<serde_json::Value> = Vec::new();

    for g in &groups {
        read.add(&g[0].m.read);
        inputs.extend(g[0].m.inputs.as_array().cloned().unwrap_or_default());
        merge_group(g, &mut agg, &mut sinks, &mut analysis)?;
    }
    pipeline::check_cardinality(&agg, settings.max_persona_values, settings.force_persona)?;

    let mut pending: Vec<Pending> = vec![sinks.docs.finish()?, sinks.mentions.finish()?];
    let written = pipeline::write_tables(&lex, &mut agg, &settings, &out, &mut pending)?;
    pending.push(sinks.rejects.finish()?);
    let bytes: u64 = inputs.iter().filter_map(|f| f["bytes"].as_u64()).sum();
    let mut summary = RunSummary {
        rows_read: read.rows_read,
        analysed: analysis.analysed,
        rejected: read.rejected,
        filtered: read.filtered.clone(),
        files_failed: read.files_failed,
        row_warnings: read.row_warnings,
        files: inputs.len() as u64,
        bytes,
        seconds: t0.elapsed().as_secs_f64(),
        alerts: written.alerts,
        fail_on_alert: o.fail_on_alert,
        partial: false,
        notes: Default::default(),
    };
    if analysis.only_lang > 0 {
        summary.filtered.insert("only_lang".into(), analysis.only_lang);
    }
    let inputs_json = serde_json::Value::Array(inputs);
    let record = RunRecord {
        run_id: run_dir.run_id(),
        arguments: &o.arguments,
        inputs: &inputs_json,
        settings: &manifest_settings,
        read: &read,
        analysis: &analysis,
        seconds: summary.seconds,
        bytes,
    };
    pipeline::commit_with_manifest(&lex, &agg, &record, &written, pending, &out)?;
    summary.notes.out = o.out.clone();
    if summary.analysed == 0 {
        summary.notes.failure = Some("the parts hold no analysed document".into());
        return Ok(summary);
    }
    run_dir.commit()?;
    summary.notes.merge_line = Some(merged_line(o, &groups, &summary));
    summary.notes.alert_lines = written.alert_lines;
    Ok(summary)
}

/// The streamed tables of a merge, written unit by unit in input order.
struct Sinks {
    docs: ParquetSink,
    mentions: ParquetSink,
    rejects: ParquetSink,
}

/// One shard's part while its run is merged: its units, phrase units, and its
/// documents and mentions rows (`next` unit to replay, `rows` already written).
struct Shard {
    units: Vec<partial::Unit>,
    phrases: partial::PhraseUnits,
    docs: Table,
    mentions: Table,
    next: usize,
    rows: (i64, i64),
}

/// Merges the parts of one run (`g`, in shard order): the parts are read in parallel
/// and their aggregates merged in shard order; then the units are replayed in input
/// order — documents and mentions rows to the sinks, phrase units into `agg` — and the
/// rejected rows (written by shard 0) copied.
fn merge_group(g: &[Part], agg: &mut Aggregates, sinks: &mut Sinks, analysis: &mut AnalysisCounts) -> anyhow::Result<()> {
    let m0 = &g[0].m;
    let n = m0.shards as u64;
    let total_units = m0.docs_total.div_ceil(m0.unit_docs.max(1));
    let like: &Aggregates = agg;
    let read: Vec<anyhow::Result<(Shard, Aggregates)>> = g.par_iter().map(|p| read_shard(p, &g[0], like, total_units)).collect();
    let mut shards: Vec<Shard> = Vec::with_capacity(g.len());
    for (r, p) in read.into_iter().zip(g) {
        let (shard, part_agg) = r?;
        analysis.add(&p.m.analysis);
        agg.merge(part_agg);
        shards.push(shard);
    }
    for u in 0..total_units {
        let s = &mut shards[(u % n) as usize];
        let unit = s.units[s.next];
        s.next += 1;
        sinks.docs.write_df(s.docs.df().slice(s.rows.0, unit.doc_rows as usize))?;
        sinks.mentions.write_df(s.mentions.df().slice(s.rows.1, unit.mention_rows as usize))?;
        s.rows.0 += unit.doc_rows as i64;
        s.rows.1 += unit.mention_rows as i64;
        let phrases = s.phrases.unit(u, unit.docs, agg)?;
        agg.absorb_unit(phrases);
    }
    for (s, p) in shards.iter().zip(g) {
        if s.rows.0 as usize != s.docs.height() || s.rows.1 as usize != s.mentions.height() || !s.phrases.finished() {
            anyhow::bail!("{}: documents, mentions or phrase rows do not add up to units.parquet (damaged part)", p.dir.display());
        }
    }
    let rejects = Table::read(&g[0].dir.join("rejects.parquet"))?;
    sinks.rejects.write_df(rejects.df().clone())?;
    Ok(())
}

/// Reads one part of a run whose first part is `first`: its aggregates (shaped like
/// `like`), units (checked to be those of its shard), phrase units and rows.
fn read_shard(p: &Part, first: &Part, like: &Aggregates, total_units: u64) -> anyhow::Result<(Shard, Aggregates)> {
    let m0 = &first.m;
    let n = m0.shards as u64;
    if p.m.docs_total != m0.docs_total || p.m.unit_docs != m0.unit_docs {
        anyhow::bail!(
            "{} and {} disagree on the input's documents ({} and {}): parts of different versions or inputs",
            first.dir.display(),
            p.dir.display(),
            m0.docs_total,
            p.m.docs_total
        );
    }
    let part_agg = partial::read_aggregates(&p.dir, like, p.m.recent)?;
    let units = partial::read_units(&p.dir)?;
    let expected: Vec<u64> = (p.m.shard as u64..total_units).step_by(n as usize).collect();
    if units.iter().map(|u| u.unit).collect::<Vec<_>>() != expected {
        anyhow::bail!("{}: units.parquet does not list the units of shard {} of {n} (damaged part)", p.dir.display(), p.m.shard);
    }
    let phrases = partial::PhraseUnits::open(&p.dir)?;
    let docs = Table::read(&p.dir.join("documents.parquet"))?;
    let mentions = Table::read(&p.dir.join("mentions.parquet"))?;
    Ok((Shard { units, phrases, docs, mentions, next: 0, rows: (0, 0) }, part_agg))
}

/// The summary line of a merge.
fn merged_line(o: &MergeOptions, groups: &[Vec<Part>], summary: &RunSummary) -> String {
    let parts: usize = groups.iter().map(|g| g.len()).sum();
    format!(
        "merged {parts} part(s) of {} run(s): {} documents analysed, {} rejected, from {} file(s) in {:.2}s → {}",
        groups.len(),
        summary.analysed,
        summary.rejected + summary.files_failed,
        summary.files,
        summary.seconds,
        o.out.display()
    )
}
