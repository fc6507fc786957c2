//! Readers for each input format. Each yields records aligned with a header, or a
//! [`Reject`] for a row it cannot read, and goes on with the next row.

use super::{ByteCounter, Record, Reject};
use crate::config::Format;
use encoding_rs_io::DecodeReaderBytesBuilder;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// A source of records.
pub trait RecordReader: Send {
    fn header(&self) -> &[String];
    /// The next record, a rejected row, or `None` at the end.
    fn next_record(&mut self) -> Option<Result<Record, Reject>>;
}

const UTF8_HINT: &str = "if this export comes from a spreadsheet, try --encoding windows-1252 (French/Western) or --encoding windows-1256 (Arabic)";

struct Counting<R> {
    inner: R,
    counter: ByteCounter,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.add(n as u64);
        Ok(n)
    }
}

fn decoded(path: &Path, encoding: Option<&'static encoding_rs::Encoding>, counter: &ByteCounter) -> Result<Box<dyn Read + Send>, String> {
    let f = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let counting = Counting { inner: f, counter: counter.clone() };
    // BOM sniffing: a UTF-8 BOM is removed, UTF-16 with a BOM is transcoded to UTF-8;
    // without an --encoding, other bytes pass through untouched (and are checked per row).
    let r = DecodeReaderBytesBuilder::new().encoding(encoding).bom_sniffing(true).strip_bom(true).build(counting);
    Ok(Box::new(BufReader::with_capacity(1 << 16, r)))
}

/// Opens an input file.
pub fn open_reader(
    path: &Path,
    source: &str,
    format: Format,
    encoding: Option<&'static encoding_rs::Encoding>,
    counter: &ByteCounter,
) -> Result<Box<dyn RecordReader>, String> {
    match format {
        Format::Csv | Format::Tsv => Ok(Box::new(CsvReader::open(path, source, format == Format::Tsv, encoding, counter)?)),
        Format::Jsonl => Ok(Box::new(JsonlReader::open(path, source, encoding, counter)?)),
        Format::Json => Ok(Box::new(JsonArrayReader::open(path, source, encoding, counter)?)),
        Format::Parquet => Ok(Box::new(super::parquet::ParquetRecords::open(path, source, counter)?)),
    }
}

struct CsvReader {
    source: String,
    header: Vec<String>,
    reader: csv::Reader<Box<dyn Read + Send>>,
    record: csv::ByteRecord,
    row: u64,
}

impl CsvReader {
    fn open(path: &Path, source: &str, tsv: bool, encoding: Option<&'static encoding_rs::Encoding>, counter: &ByteCounter) -> Result<Self, String> {
        let r = decoded(path, encoding, counter)?;
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(if tsv { b'\t' } else { b',' }).from_reader(r);
        let mut rec = csv::ByteRecord::new();
        let header = match reader.read_byte_record(&mut rec) {
            Ok(true) => rec.iter().map(|f| String::from_utf8_lossy(f).trim().to_string()).collect(),
            Ok(false) => Vec::new(),
            Err(e) => return Err(format!("cannot read the header row: {e}")),
        };
        Ok(CsvReader { source: source.to_string(), header, reader, record: rec, row: 0 })
    }
}

impl RecordReader for CsvReader {
    fn header(&self) -> &[String] {
        &self.header
    }

    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        loop {
            let res = self.reader.read_byte_record(&mut self.record);
            let line = self.record.position().map(|p| p.line());
            match res {
                Ok(false) => return None,
                Err(e) => {
                    self.row += 1;
                    if let csv::ErrorKind::Io(_) = e.kind() {
                        // an I/O error will not go away: report and stop this file
                        let r = Reject {
                            source: self.source.clone(),
                            row: self.row,
                            line,
                            field: None,
                            reason: format!("read error: {e}; the rest of the file was not read"),
                        };
                        // make the next call end
                        self.reader = csv::ReaderBuilder::new().from_reader(Box::new(std::io::empty()));
                        return Some(Err(r));
                    }
                    return Some(Err(Reject { source: self.source.clone(), row: self.row, line, field: None, reason: format!("malformed record: {e}") }));
                }
                Ok(true) => {}
            }
            self.row += 1;
            let n = self.record.len();
            if n == 1 && self.record.get(0).is_some_and(|f| f.is_empty()) {
                self.row -= 1;
                continue; // blank line
            }
            if n != self.header.len() {
                let next_line = self.reader.position().line();
                let start = line.unwrap_or(0);
                let end = next_line.saturating_sub(1).max(start);
                let reason = if end > start && n < self.header.len() + 64 {
                    format!(
                        "record has {n} fields, expected {} (the header's): it runs from line {start} to line {end}, probably an unbalanced quote; {} were swallowed and not analysed",
                        self.header.len(),
                        if end == start + 1 { format!("line {end}") } else { format!("lines {}–{end}", start + 1) }
                    )
                } else {
                    format!("record has {n} fields, expected {} (the header's)", self.header.len())
                };
                return Some(Err(Reject { source: self.source.clone(), row: self.row, line, field: None, reason }));
            }
            let mut fields = Vec::with_capacity(n);
            for (i, f) in self.record.iter().enumerate() {
                match std::str::from_utf8(f) {
                    Ok(s) => fields.push(if s.is_empty() { None } else { Some(s.to_string()) }),
                    Err(e) => {
                        let name = self.header.get(i).cloned().unwrap_or_else(|| format!("#{}", i + 1));
                        return Some(Err(Reject {
                            source: self.source.clone(),
                            row: self.row,
                            line,
                            field: Some(name.clone()),
                            reason: format!("field {name:?} is not valid UTF-8 (byte 0x{:02X} at offset {}); {UTF8_HINT}", f[e.valid_up_to()], e.valid_up_to()),
                        }));
                    }
                }
            }
            return Some(Ok(Record { row: self.row, line, fields }));
        }
    }
}

fn json_value_to_string(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        other => Some(other.to_string()),
    }
}

fn object_to_fields(obj: &serde_json::Map<String, serde_json::Value>, header: &mut Vec<String>, allow_new: bool) -> Vec<Option<String>> {
    if allow_new {
        for k in obj.keys() {
            if !header.contains(k) {
                header.push(k.clone());
            }
        }
    }
    header.iter().map(|h| obj.get(h).and_then(json_value_to_string)).collect()
}

struct JsonlReader {
    source: String,
    header: Vec<String>,
    lines: std::io::Split<Box<dyn BufRead + Send>>,
    line: u64,
    first: Option<Result<Record, Reject>>,
}

impl JsonlReader {
    fn open(path: &Path, source: &str, encoding: Option<&'static encoding_rs::Encoding>, counter: &ByteCounter) -> Result<Self, String> {
        let r = decoded(path, encoding, counter)?;
        let br: Box<dyn BufRead + Send> = Box::new(BufReader::new(r));
        let mut me = JsonlReader { source: source.to_string(), header: Vec::new(), lines: br.split(b'\n'), line: 0, first: None };
        // the header is the keys of the first object
        me.first = me.read(true);
        Ok(me)
    }

    fn read(&mut self, first: bool) -> Option<Result<Record, Reject>> {
        loop {
            let bytes = match self.lines.next()? {
                Ok(b) => b,
                Err(e) => {
                    return Some(Err(Reject {
                        source: self.source.clone(),
                        row: self.line + 1,
                        line: Some(self.line + 1),
                        field: None,
                        reason: format!("read error: {e}"),
                    }))
                }
            };
            self.line += 1;
            let row = self.line;
            let s = match std::str::from_utf8(&bytes) {
                Ok(s) => s.trim(),
                Err(e) => {
                    return Some(Err(Reject {
                        source: self.source.clone(),
                        row,
                        line: Some(row),
                        field: None,
                        reason: format!("line is not valid UTF-8 (at byte {}); {UTF8_HINT}", e.valid_up_to()),
                    }));
                }
            };
            if s.is_empty() {
                continue;
            }
            match serde_json::from_str::<serde_json::Value>(s) {
                Ok(serde_json::Value::Object(obj)) => {
                    let allow_new = first || self.header.is_empty();
                    let fields = object_to_fields(&obj, &mut self.header, allow_new);
                    return Some(Ok(Record { row, line: Some(row), fields }));
                }
                Ok(_) => {
                    return Some(Err(Reject {
                        source: self.source.clone(),
                        row,
                        line: Some(row),
                        field: None,
                        reason: "expected a JSON object on this line".into(),
                    }))
                }
                Err(e) => return Some(Err(Reject { source: self.source.clone(), row, line: Some(row), field: None, reason: format!("invalid JSON: {e}") })),
            }
        }
    }
}

impl RecordReader for JsonlReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        if let Some(f) = self.first.take() {
            return Some(f);
        }
        self.read(false)
    }
}

struct JsonArrayReader {
    source: String,
    header: Vec<String>,
    items: std::vec::IntoIter<serde_json::Value>,
    row: u64,
}

impl JsonArrayReader {
    fn open(path: &Path, source: &str, encoding: Option<&'static encoding_rs::Encoding>, counter: &ByteCounter) -> Result<Self, String> {
        let mut r = decoded(path, encoding, counter)?;
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
        let s = std::str::from_utf8(&bytes).map_err(|e| format!("not valid UTF-8 (at byte {}); {UTF8_HINT}", e.valid_up_to()))?;
        let v: serde_json::Value =
            serde_json::from_str(s).map_err(|e| format!("invalid JSON: {e} (a .json input is an array of objects; use .jsonl for one object per line)"))?;
        let items = match v {
            serde_json::Value::Array(a) => a,
            serde_json::Value::Object(mut o) => {
                // a common wrapper: {"data": [...]} / {"reviews": [...]}
                let key = o.iter().find(|(_, v)| v.is_array()).map(|(k, _)| k.clone());
                match key.and_then(|k| o.remove(&k)) {
                    Some(serde_json::Value::Array(a)) => a,
                    _ => return Err("expected a JSON array of objects (or an object holding one)".into()),
                }
            }
            _ => return Err("expected a JSON array of objects".into()),
        };
        let mut header = Vec::new();
        for it in &items {
            if let serde_json::Value::Object(o) = it {
                for k in o.keys() {
                    if !header.contains(k) {
                        header.push(k.clone());
                    }
                }
            }
        }
        Ok(JsonArrayReader { source: source.to_string(), header, items: items.into_iter(), row: 0 })
    }
}

impl RecordReader for JsonArrayReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        let v = self.items.next()?;
        self.row += 1;
        match v {
            serde_json::Value::Object(o) => {
                let fields = self.header.iter().map(|h| o.get(h).and_then(json_value_to_string)).collect();
                Some(Ok(Record { row: self.row, line: None, fields }))
            }
            _ => Some(Err(Reject { source: self.source.clone(), row: self.row, line: None, field: None, reason: "array element is not a JSON object".into() })),
        }
    }
}
