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
    /// An empty table with the columns of row type `R`.
    pub fn of<R: Cell>() -> Frame {
        let mut cols = Vec::new();
        R::columns("", &mut cols);
        Frame { cols }
    }
    /// Adds string columns after the row's own ones, filled by its [`StrTail`] field.
    pub fn with_str_tail(mut self, names: impl IntoIterator<Item = String>) -> Frame {
        self.cols.extend(names.into_iter().map(|n| (n, ColData::Str(Vec::new()))));
        self
    }
    /// Appends one row (of the row type the frame was made from).
    pub fn push_row<R: Cell>(&mut self, row: R) {
        let mut cols = self.cols.iter_mut();
        row.push_into(&mut cols);
        debug_assert!(cols.next().is_none(), "a row with fewer columns than its frame");
    }
    /// The column names, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.cols.iter().map(|(n, _)| n.as_str())
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

/// A value that fills one or more columns of a table row: scalars fill one column
/// named after their field, a [`row!`] struct nested in another fills its own columns
/// (names prefixed), an array `[T; N]` fills `N` groups numbered from 1.
pub trait Cell {
    /// Appends the columns this value fills, named from `name`, to `out`.
    fn columns(name: &str, out: &mut Vec<(String, ColData)>);
    /// Pushes the value onto the next of `cols` (as many as [`Cell::columns`] declared).
    fn push_into(self, cols: &mut Columns<'_>);
}

/// The columns of a frame a row is being pushed onto, in order.
pub type Columns<'a> = std::slice::IterMut<'a, (String, ColData)>;

/// A UTC timestamp in microseconds since the Unix epoch (null when unknown), written as
/// a Parquet TIMESTAMP(MICROS, UTC).
#[derive(Clone, Copy)]
pub struct UtcMicros(pub Option<i64>);

/// The values that are stored in one column of a given kind.
macro_rules! scalar_cell {
    ($($t:ty => $variant:ident ($v:ident) $conv:expr;)*) => {$(
        impl Cell for $t {
            fn columns(name: &str, out: &mut Vec<(String, ColData)>) {
                out.push((name.to_string(), ColData::$variant(Vec::new())));
            }
            fn push_into(self, cols: &mut Columns<'_>) {
                let $v = self;
                match cols.next() {
                    Some((_, ColData::$variant(x))) => x.push($conv),
                    _ => unreachable!("a row pushed onto a frame of another schema"),
                }
            }
        }
    )*};
}
scalar_cell! {
    &str => Str(v) Some(v.to_string());
    String => Str(v) Some(v);
    Option<String> => Str(v) v;
    Option<&str> => Str(v) v.map(str::to_string);
    f64 => F64(v) Some(v);
    Option<f64> => F64(v) v;
    u64 => U64(v) v;
    Option<u64> => OptU64(v) v;
    i64 => I64(v) v;
    u32 => U32(v) v;
    i8 => I8(v) v;
    bool => Bool(v) v;
    UtcMicros => Timestamp(v) v.0;
}

impl<T: Cell, const N: usize> Cell for [T; N] {
    fn columns(name: &str, out: &mut Vec<(String, ColData)>) {
        for i in 1..=N {
            T::columns(&format!("{name}{i}"), out);
        }
    }
    fn push_into(self, cols: &mut Columns<'_>) {
        for v in self {
            v.push_into(cols);
        }
    }
}

/// Values of the string columns a frame has after its row's own columns (the persona
/// dimensions of `documents`, named at run time: see [`Frame::with_str_tail`]). Must
/// be the last field of its row.
pub struct StrTail<'a>(pub &'a [Option<String>]);

impl Cell for StrTail<'_> {
    fn columns(_: &str, _: &mut Vec<(String, ColData)>) {}
    fn push_into(self, cols: &mut Columns<'_>) {
        for v in self.0 {
            v.clone().push_into(cols);
        }
    }
}

/// Declares a table row: a struct whose fields, in order, are the table's columns.
/// The field name is the column name unless `field as "name"` gives another (inside a
/// nested row it is a suffix of the enclosing field's name). The struct is the schema:
/// [`Frame::of`] builds the table from it and [`Frame::push_row`] fills it, so a column
/// is named, typed and filled in one place.
macro_rules! row {
    ($(#[$m:meta])* pub struct $name:ident $(<$lt:lifetime>)? {
        $($(#[$fm:meta])* $f:ident $(as $col:literal)? : $t:ty),* $(,)?
    }) => {
        $(#[$m])*
        pub struct $name $(<$lt>)? { $($(#[$fm])* pub $f: $t,)* }
        impl $(<$lt>)? $crate::output::Cell for $name $(<$lt>)? {
            fn columns(prefix: &str, out: &mut Vec<(String, $crate::output::ColData)>) {
                $( <$t as $crate::output::Cell>::columns(&format!("{prefix}{}", $crate::output::row!(@name $f $($col)?)), out); )*
            }
            fn push_into(self, cols: &mut $crate::output::Columns<'_>) {
                $( <$t as $crate::output::Cell>::push_into(self.$f, cols); )*
            }
        }
    };
    (@name $f:ident) => { stringify!($f) };
    (@name $f:ident $col:literal) => { $col };
}
pub(crate) use row;

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
        let writer = ParquetWriter::new(f).with_compression(ParquetCompression::Zstd(None)).set_parallel(false).batched(df.schema())?;
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
