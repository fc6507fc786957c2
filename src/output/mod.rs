//! Output: the Parquet tables and `manifest.json`, written atomically.
//!
//! Exists so that every polars writing call lives in one place, and so that a crashed
//! or killed run never leaves a table that looks complete: a run writes into a staging
//! directory that replaces `--out` as a whole in one step ([`rundir`]); single files
//! (`lexicon audit --out`, suggestions) are written under a temporary name and renamed
//! into place. Tables are written in a
//! deterministic order (input order for documents and mentions, sorted keys for the
//! rest), so the same inputs give byte-identical files at any thread count.

pub mod changes;
pub mod rundir;
pub mod tables;

pub use crate::atomic::{commit, tmp_name, write_text, Pending};
use polars::prelude::*;
use std::fs::File;
use std::path::{Path, PathBuf};

/// A column under construction.
pub enum ColData {
    Str(Vec<Option<String>>),
    F64(Vec<Option<f64>>),
    U64(Vec<u64>),
    I64(Vec<i64>),
    /// Microseconds since the Unix epoch, written as a UTC timestamp.
    Timestamp(Vec<Option<i64>>),
    OptU64(Vec<Option<u64>>),
    U32(Vec<u32>),
    I8(Vec<i8>),
    Bool(Vec<bool>),
}

/// A table under construction: named, typed columns of equal length.
pub struct Frame {
    cols: Vec<(String, ColData)>,
}

impl Frame {
    pub fn new(spec: &[(&str, fn() -> ColData)]) -> Frame {
        Frame { cols: spec.iter().map(|(n, f)| (n.to_string(), f())).collect() }
    }
    pub fn with_columns(cols: Vec<(String, ColData)>) -> Frame {
        Frame { cols }
    }
    pub fn col(&mut self, i: usize) -> &mut ColData {
        &mut self.cols[i].1
    }
    pub fn len(&self) -> usize {
        self.cols.first().map_or(0, |(_, c)| match c {
            ColData::Str(v) => v.len(),
            ColData::F64(v) => v.len(),
            ColData::U64(v) => v.len(),
            ColData::I64(v) => v.len(),
            ColData::Timestamp(v) => v.len(),
            ColData::OptU64(v) => v.len(),
            ColData::U32(v) => v.len(),
            ColData::I8(v) => v.len(),
            ColData::Bool(v) => v.len(),
        })
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Appends the rows of a frame with the same columns (values are moved).
    pub fn append(&mut self, other: Frame) {
        for ((_, a), (_, b)) in self.cols.iter_mut().zip(other.cols) {
            match (a, b) {
                (ColData::Str(a), ColData::Str(b)) => a.extend(b),
                (ColData::F64(a), ColData::F64(b)) => a.extend(b),
                (ColData::U64(a), ColData::U64(b)) => a.extend(b),
                (ColData::I64(a), ColData::I64(b)) => a.extend(b),
                (ColData::Timestamp(a), ColData::Timestamp(b)) => a.extend(b),
                (ColData::OptU64(a), ColData::OptU64(b)) => a.extend(b),
                (ColData::U32(a), ColData::U32(b)) => a.extend(b),
                (ColData::I8(a), ColData::I8(b)) => a.extend(b),
                (ColData::Bool(a), ColData::Bool(b)) => a.extend(b),
                _ => unreachable!("frames with different schemas"),
            }
        }
    }
    /// Empties every column, keeping the schema.
    pub fn clear(&mut self) {
        for (_, c) in &mut self.cols {
            match c {
                ColData::Str(v) => v.clear(),
                ColData::F64(v) => v.clear(),
                ColData::U64(v) => v.clear(),
                ColData::I64(v) => v.clear(),
                ColData::Timestamp(v) => v.clear(),
                ColData::OptU64(v) => v.clear(),
                ColData::U32(v) => v.clear(),
                ColData::I8(v) => v.clear(),
                ColData::Bool(v) => v.clear(),
            }
        }
    }
    fn to_df(&self) -> PolarsResult<DataFrame> {
        let mut columns: Vec<Column> = Vec::with_capacity(self.cols.len());
        for (name, c) in &self.cols {
            let n: PlSmallStr = name.as_str().into();
            let s = match c {
                ColData::Str(v) => Series::new(n, v.as_slice()),
                ColData::F64(v) => Series::new(n, v.as_slice()),
                // counts are written as signed integers: every engine reads Int64/Int32
                // as plain numbers (Spark, Trino, BigQuery and Hive do not all read
                // unsigned ones), and `docs - persona_docs` cannot wrap around
                ColData::U64(v) => Series::new(n, v.iter().map(|&x| i64::try_from(x).unwrap_or(i64::MAX)).collect::<Vec<i64>>()),
                ColData::OptU64(v) => Series::new(n, v.iter().map(|x| x.map(|x| i64::try_from(x).unwrap_or(i64::MAX))).collect::<Vec<Option<i64>>>()),
                ColData::U32(v) => Series::new(n, v.iter().map(|&x| i32::try_from(x).unwrap_or(i32::MAX)).collect::<Vec<i32>>()),
                ColData::I8(v) => Series::new(n, v.as_slice()),
                ColData::I64(v) => Series::new(n, v.as_slice()),
                // a Parquet TIMESTAMP(MICROS, UTC): engines read it as a timestamp, not text
                ColData::Timestamp(v) => {
                    Int64Chunked::from_iter_options(n, v.iter().copied()).into_datetime(TimeUnit::Microseconds, Some("UTC".into())).into_series()
                }
                ColData::Bool(v) => Series::new(n, v.as_slice()),
            };
            columns.push(s.into());
        }
        DataFrame::new(columns)
    }
}

pub fn str_col() -> ColData {
    ColData::Str(Vec::new())
}
pub fn f64_col() -> ColData {
    ColData::F64(Vec::new())
}
pub fn u64_col() -> ColData {
    ColData::U64(Vec::new())
}
pub fn i64_col() -> ColData {
    ColData::I64(Vec::new())
}
pub fn timestamp_col() -> ColData {
    ColData::Timestamp(Vec::new())
}
pub fn opt_u64_col() -> ColData {
    ColData::OptU64(Vec::new())
}
pub fn u32_col() -> ColData {
    ColData::U32(Vec::new())
}
pub fn i8_col() -> ColData {
    ColData::I8(Vec::new())
}
pub fn bool_col() -> ColData {
    ColData::Bool(Vec::new())
}

/// Pushes a value onto a column; panics only on a programming error (type mismatch).
pub trait Push<T> {
    fn push(&mut self, v: T);
}
impl Push<Option<String>> for ColData {
    fn push(&mut self, v: Option<String>) {
        if let ColData::Str(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<String> for ColData {
    fn push(&mut self, v: String) {
        Push::<Option<String>>::push(self, Some(v))
    }
}
impl Push<&str> for ColData {
    fn push(&mut self, v: &str) {
        Push::<Option<String>>::push(self, Some(v.to_string()))
    }
}
impl Push<Option<f64>> for ColData {
    fn push(&mut self, v: Option<f64>) {
        if let ColData::F64(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<f64> for ColData {
    fn push(&mut self, v: f64) {
        Push::<Option<f64>>::push(self, Some(v))
    }
}
impl Push<u64> for ColData {
    fn push(&mut self, v: u64) {
        if let ColData::U64(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<i64> for ColData {
    fn push(&mut self, v: i64) {
        if let ColData::I64(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<Option<i64>> for ColData {
    fn push(&mut self, v: Option<i64>) {
        if let ColData::Timestamp(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<Option<u64>> for ColData {
    fn push(&mut self, v: Option<u64>) {
        if let ColData::OptU64(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<u32> for ColData {
    fn push(&mut self, v: u32) {
        if let ColData::U32(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<i8> for ColData {
    fn push(&mut self, v: i8) {
        if let ColData::I8(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}
impl Push<bool> for ColData {
    fn push(&mut self, v: bool) {
        if let ColData::Bool(x) = self {
            x.push(v)
        } else {
            unreachable!("column type")
        }
    }
}

/// A Parquet file being written under a temporary name.
pub struct ParquetSink {
    tmp: PathBuf,
    dest: PathBuf,
    writer: polars::io::parquet::write::BatchedWriter<File>,
    rows: u64,
    /// Rows not yet written: row groups have a fixed size, so files do not depend on
    /// how the rows arrived (chunk size, threads).
    buf: Option<DataFrame>,
}

/// Rows per Parquet row group of the streamed tables (documents, mentions).
pub const ROW_GROUP_ROWS: usize = 65_536;

impl ParquetSink {
    /// Starts `dest` (written as a temporary file next to it) with the schema of `frame`.
    pub fn create(dest: &Path, frame: &Frame) -> anyhow::Result<ParquetSink> {
        let tmp = tmp_name(dest);
        let f = File::create(&tmp).map_err(|e| anyhow::anyhow!("{}: cannot create: {e}", tmp.display()))?;
        let df = frame.to_df()?;
        let writer = ParquetWriter::new(f).with_compression(ParquetCompression::Zstd(None)).set_parallel(false).batched(&df.schema())?;
        Ok(ParquetSink { tmp, dest: dest.to_path_buf(), writer, rows: 0, buf: None })
    }

    /// Appends the rows of `frame` (row groups of [`ROW_GROUP_ROWS`] are written as
    /// they fill).
    pub fn write(&mut self, frame: &Frame) -> anyhow::Result<()> {
        if frame.is_empty() {
            return Ok(());
        }
        self.write_df(frame.to_df()?)
    }

    /// Appends rows of a table read back (`vocmine merge`): same schema as the sink's.
    pub fn write_df(&mut self, df: DataFrame) -> anyhow::Result<()> {
        if df.height() == 0 {
            return Ok(());
        }
        self.rows += df.height() as u64;
        let mut buf = match self.buf.take() {
            Some(mut b) => {
                b.vstack_mut(&df)?;
                b
            }
            None => df,
        };
        while buf.height() >= ROW_GROUP_ROWS {
            let mut head = buf.slice(0, ROW_GROUP_ROWS);
            head.as_single_chunk();
            self.writer.write_batch(&head)?;
            buf = buf.slice(ROW_GROUP_ROWS as i64, buf.height() - ROW_GROUP_ROWS);
        }
        self.buf = Some(buf);
        Ok(())
    }

    /// Finishes the file; it is renamed into place by [`commit`].
    pub fn finish(mut self) -> anyhow::Result<Pending> {
        if let Some(mut b) = self.buf.take() {
            if b.height() > 0 {
                b.as_single_chunk();
                self.writer.write_batch(&b)?;
            }
        }
        self.writer.finish()?;
        Ok(Pending { tmp: self.tmp, dest: self.dest, rows: self.rows })
    }
}

/// Writes a whole table at once.
pub fn write_table(dest: &Path, frame: &Frame) -> anyhow::Result<Pending> {
    let mut s = ParquetSink::create(dest, frame)?;
    s.write(frame)?;
    s.finish()
}
