//! Reading Parquet inputs (all polars reading calls live here). The file is read in
//! slices of rows so that memory stays bounded; every column is cast to text.
//!
//! Real writers produce column types this build of polars cannot convert (pandas
//! `category` as dictionary arrays, decimals, maps, timestamps): polars panics on them.
//! Each column is therefore probed once, alone, with the panic caught; a column that
//! cannot be read is left out with a warning naming it, and only readable columns are
//! read, so one exotic column never costs the file's good rows (nor the run).

use super::readers::RecordReader;
use super::{ByteCounter, Record, Reject, RejectKind};
use polars::prelude::*;
use std::fs::File;
use std::path::{Path, PathBuf};

const SLICE_ROWS: usize = 50_000;

pub struct ParquetRecords {
    path: PathBuf,
    source: String,
    header: Vec<String>,
    /// Columns left out: (name, why), reported once as warnings.
    unreadable: Vec<(String, String)>,
    total: usize,
    offset: usize,
    bytes_per_row: f64,
    counter: ByteCounter,
    columns: Vec<Vec<Option<String>>>,
    pos: usize,
    failed: bool,
}

impl ParquetRecords {
    pub fn open(path: &Path, source: &str, counter: &ByteCounter) -> Result<Self, String> {
        let f = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
        let size = f.metadata().map(|m| m.len()).unwrap_or(0);
        let mut r = ParquetReader::new(f);
        let schema = r.schema().map_err(|e| format!("not a readable Parquet file: {e}"))?;
        let names: Vec<String> = schema.iter_names().map(|n| n.to_string()).collect();
        let total = r.num_rows().map_err(|e| format!("not a readable Parquet file: {e}"))?;
        let mut header = Vec::new();
        let mut unreadable = Vec::new();
        for name in names {
            match probe(path, &name, total) {
                Ok(()) => header.push(name),
                Err(why) => unreadable.push((name, why)),
            }
        }
        Ok(ParquetRecords {
            path: path.to_path_buf(),
            source: source.to_string(),
            header,
            unreadable,
            total,
            offset: 0,
            bytes_per_row: if total > 0 { size as f64 / total as f64 } else { 0.0 },
            counter: counter.clone(),
            columns: Vec::new(),
            pos: 0,
            failed: false,
        })
    }

    fn load_slice(&mut self) -> Result<(), String> {
        let n = SLICE_ROWS.min(self.total - self.offset);
        let columns = guarded(|| read_as_text(&self.path, &self.header, self.offset, n))?;
        self.columns = columns;
        self.pos = 0;
        self.counter.add((n as f64 * self.bytes_per_row) as u64);
        Ok(())
    }
}

impl RecordReader for ParquetRecords {
    fn header(&self) -> &[String] {
        &self.header
    }

    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        if self.failed {
            return None;
        }
        if let Some((name, why)) = self.unreadable.pop() {
            let reason = format!("column {name:?} cannot be read ({why}); it is left out, the other columns are read");
            return Some(Err(Reject::warning(self.source.clone(), 0, None, reason).in_field(name.clone())));
        }
        let loaded = self.columns.first().map_or(0, |c| c.len());
        if self.pos >= loaded {
            if self.offset >= self.total {
                return None;
            }
            if let Err(e) = self.load_slice() {
                self.failed = true;
                return Some(Err(Reject::error(
                    self.source.clone(),
                    self.offset as u64 + 1,
                    None,
                    RejectKind::Other,
                    format!("{e}; the rest of the file was not read"),
                )));
            }
            self.offset += self.columns.first().map_or(0, |c| c.len()).max(1);
            if self.header.is_empty() {
                return None;
            }
        }
        let i = self.pos;
        self.pos += 1;
        let row = (self.offset - self.columns[0].len() + i + 1) as u64;
        let fields = self.columns.iter_mut().map(|c| c[i].take()).collect();
        Some(Ok(Record { row, line: None, fields, turns: None }))
    }
}

/// Reads rows `[offset, offset + n)` of the columns `names`, each cast to text.
fn read_as_text(path: &Path, names: &[String], offset: usize, n: usize) -> Result<Vec<Vec<Option<String>>>, String> {
    let f = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let df = ParquetReader::new(f)
        .with_columns(Some(names.to_vec()))
        .with_slice(Some((offset, n)))
        .finish()
        .map_err(|e| format!("cannot read rows {}–{}: {e}", offset + 1, offset + n))?;
    let mut columns = Vec::with_capacity(names.len());
    for name in names {
        let col = df.column(name).map_err(|e| e.to_string())?;
        let s = col.as_materialized_series().cast(&DataType::String).map_err(|e| format!("column {name:?} cannot be read as text: {e}"))?;
        let ca = s.str().map_err(|e| e.to_string())?;
        columns.push(ca.into_iter().map(|v| v.map(|x| x.to_string())).collect());
    }
    Ok(columns)
}

/// Whether column `name` can be read and cast to text (its first row, read alone).
fn probe(path: &Path, name: &str, total: usize) -> Result<(), String> {
    guarded(|| read_as_text(path, &[name.to_string()], 0, total.min(1)).map(|_| ()))
}

/// Runs `f`, turning a panic inside polars into an error message (the panic is not
/// printed: it is reported as a warning or a file error with its reason).
fn guarded<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    static HOOK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _lock = HOOK.lock().unwrap_or_else(|e| e.into_inner());
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(prev);
    match r {
        Ok(r) => r,
        Err(p) => {
            let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            let kind = if msg.contains("categorical") || msg.contains("dictionary") {
                "a dictionary-encoded (category) column"
            } else if msg.contains("decimal") {
                "a decimal column"
            } else if msg.contains("struct") {
                "a struct or map column"
            } else {
                "a column type this build cannot convert"
            };
            Err(format!("{kind}: {msg}"))
        }
    }
}
