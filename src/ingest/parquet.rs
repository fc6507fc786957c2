//! Reading Parquet inputs (all polars reading calls live here). The file is read in
//! slices of rows so that memory stays bounded; every column is cast to text.

use super::readers::RecordReader;
use super::{ByteCounter, Record, Reject};
use polars::prelude::*;
use std::fs::File;
use std::path::{Path, PathBuf};

const SLICE_ROWS: usize = 50_000;

pub struct ParquetRecords {
    path: PathBuf,
    source: String,
    header: Vec<String>,
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
        let header: Vec<String> = schema.iter_names().map(|n| n.to_string()).collect();
        let total = r.num_rows().map_err(|e| format!("not a readable Parquet file: {e}"))?;
        Ok(ParquetRecords {
            path: path.to_path_buf(),
            source: source.to_string(),
            header,
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
        let f = File::open(&self.path).map_err(|e| format!("cannot open: {e}"))?;
        let n = SLICE_ROWS.min(self.total - self.offset);
        let df = ParquetReader::new(f)
            .with_slice(Some((self.offset, n)))
            .finish()
            .map_err(|e| format!("cannot read rows {}–{}: {e}", self.offset + 1, self.offset + n))?;
        let mut columns = Vec::with_capacity(self.header.len());
        for name in &self.header {
            let col = df.column(name).map_err(|e| e.to_string())?;
            let s = col.as_materialized_series().cast(&DataType::String).map_err(|e| format!("column {name:?} cannot be read as text: {e}"))?;
            let ca = s.str().map_err(|e| e.to_string())?;
            columns.push(ca.into_iter().map(|v| v.map(|x| x.to_string())).collect());
        }
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
        let loaded = self.columns.first().map_or(0, |c| c.len());
        if self.pos >= loaded {
            if self.offset >= self.total {
                return None;
            }
            if let Err(e) = self.load_slice() {
                self.failed = true;
                return Some(Err(Reject {
                    source: self.source.clone(),
                    row: self.offset as u64 + 1,
                    line: None,
                    field: None,
                    reason: format!("{e}; the rest of the file was not read"),
                    warning: false,
                }));
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
