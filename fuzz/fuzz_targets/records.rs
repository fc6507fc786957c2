//! Every input reader (CSV, TSV, JSON Lines, JSON, Parquet, transcript, WebVTT, SRT) on
//! arbitrary bytes, then the column mapping and row mapping of `run`: the first byte
//! picks the format; the rest is written to a file and read to the end.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vocmine::config::RunOptions;
use vocmine::ingest::{self, ByteCounter, IngestWarnings, RowMapper};

static OPTS: OnceLock<RunOptions> = OnceLock::new();
const EXT: [&str; 8] = ["csv", "tsv", "jsonl", "json", "parquet", "txt", "vtt", "srt"];

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else { return };
    let dir = std::env::temp_dir().join(format!("vocmine-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("input.{}", EXT[first as usize % EXT.len()]));
    std::fs::write(&path, rest).unwrap();
    let opts = OPTS.get_or_init(|| {
        let args = vocmine::args::RunArgs { settings: vocmine::config::Settings { inputs: vec![path.display().to_string()], out: Some(dir.join("out")), ..Default::default() }, ..Default::default() };
        vocmine::args::resolve_run(args, vec![]).expect("options")
    });
    let source = path.display().to_string();
    let Ok(format) = ingest::detect_format(&path, None) else { return };
    let counter = ByteCounter::default();
    let Ok(mut reader) = ingest::open_reader(&path, &source, format, None, &counter, &[]) else { return };
    let header = reader.header().to_vec();
    let map = ingest::map_columns(&header, &opts.columns, &opts.lang).ok();
    let mut records = Vec::new();
    while let Some(r) = reader.next_record() {
        if let Ok(rec) = r {
            records.push(rec);
        }
        if records.len() > 10_000 {
            break;
        }
    }
    if let Some(mut map) = map {
        if ingest::settle_auto_text(&header, &mut map, &records).is_ok() {
            let mapper = RowMapper { source: std::sync::Arc::from(source.as_str()), header, file_name: "input".into(), map, opts };
            let mut w = IngestWarnings::default();
            for rec in records {
                let _ = mapper.map(rec, &mut w);
            }
        }
    }
});
