//! Helpers: run the real binary in a temporary directory and read Parquet back.
#![allow(dead_code)]

use polars::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn vocmine(args: &[&str], cwd: &Path) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_vocmine")).args(args).current_dir(cwd).output().expect("run vocmine");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

pub fn read(path: &Path) -> DataFrame {
    let f = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ParquetReader::new(f).finish().unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn strs(df: &DataFrame, name: &str) -> Vec<Option<String>> {
    let c = df.column(name).unwrap_or_else(|_| panic!("column {name}"));
    if let DataType::Datetime(TimeUnit::Microseconds, _) = c.dtype() {
        // timestamps (documents.created_at) as RFC 3339 text, UTC
        let s = c.as_materialized_series().cast(&DataType::Int64).unwrap();
        return s.i64().unwrap().into_iter().map(|v| v.and_then(chrono::DateTime::from_timestamp_micros).map(|d| d.to_rfc3339())).collect();
    }
    let s = c.as_materialized_series().cast(&DataType::String).unwrap();
    s.str().unwrap().into_iter().map(|v| v.map(str::to_string)).collect()
}

pub fn strs_nn(df: &DataFrame, name: &str) -> Vec<String> {
    strs(df, name).into_iter().map(|v| v.unwrap_or_default()).collect()
}

pub fn f64s(df: &DataFrame, name: &str) -> Vec<Option<f64>> {
    let s = df.column(name).unwrap_or_else(|_| panic!("column {name}")).as_materialized_series().cast(&DataType::Float64).unwrap();
    s.f64().unwrap().into_iter().collect()
}

pub fn u64s(df: &DataFrame, name: &str) -> Vec<u64> {
    let s = df.column(name).unwrap_or_else(|_| panic!("column {name}")).as_materialized_series().cast(&DataType::UInt64).unwrap();
    s.u64().unwrap().into_iter().map(|v| v.unwrap_or(0)).collect()
}

pub fn bools(df: &DataFrame, name: &str) -> Vec<bool> {
    let s = df.column(name).unwrap_or_else(|_| panic!("column {name}")).as_materialized_series().clone();
    s.bool().unwrap().into_iter().map(|v| v.unwrap_or(false)).collect()
}

/// Reads a CSV with the `csv` crate: header and rows as strings.
pub fn read_csv(path: &Path) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_path(path).unwrap();
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|x| x.unwrap().iter().map(str::to_string).collect()).collect();
    (header, rows)
}

pub fn manifest(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap()).unwrap()
}

pub const TABLES: &[&str] = &["documents.parquet", "mentions.parquet", "persona_themes.parquet", "quotes.parquet", "themes.parquet", "rejects.parquet"];

/// Runs the binary with extra environment variables (and without the schedulers'
/// variables of the calling environment).
pub fn vocmine_env(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Run {
    let mut c = Command::new(env!("CARGO_BIN_EXE_vocmine"));
    c.args(args).current_dir(cwd);
    for v in ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "VOCMINE_SHARDS"] {
        c.env_remove(v);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().expect("run vocmine");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
