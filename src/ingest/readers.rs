//! Readers for each input format. Each yields records aligned with a header, or a
//! [`Reject`] for a row it cannot read, and goes on with the next row.

use super::conversation::{self, Role, TurnSpan};
use super::{ByteCounter, Record, Reject, RejectKind};
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
    /// Columns named by flags: readers whose columns come from the records add those
    /// not seen yet, so that records further down can fill them.
    fn add_columns(&mut self, _names: &[String]) {}
    /// Things the reader guessed about the file (an encoding without a byte-order mark,
    /// line ends), for warnings.
    fn notes(&self) -> &[String] {
        &[]
    }
}

const UTF8_HINT: &str =
    "if this export comes from a spreadsheet, try --encoding windows-1252 (French/Western), --encoding windows-1256 (Arabic) or --encoding utf-16le";

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

pub(crate) use crate::script::sniff_utf16;

/// A text input decoded to UTF-8, with what was guessed about it.
struct Decoded {
    reader: Box<dyn BufRead + Send>,
    notes: Vec<String>,
    /// Lines end with a bare carriage return (classic Mac OS, some spreadsheet
    /// exports): a CR and no LF in the first 4 KiB.
    bare_cr: bool,
}

/// Opens a text input decoded to UTF-8.
fn decoded(path: &Path, encoding: Option<&'static encoding_rs::Encoding>, counter: &ByteCounter) -> Result<Decoded, String> {
    let mut f = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let mut notes = Vec::new();
    let mut encoding = encoding;
    let mut head = vec![0u8; 4096];
    let mut n = 0;
    while n < head.len() {
        match f.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) => return Err(format!("cannot read: {e}")),
        }
    }
    let head = &head[..n];
    if encoding.is_none() {
        if let Some(enc) = sniff_utf16(head) {
            notes.push(format!("read as {} (no byte-order mark; its NUL bytes say UTF-16); set --encoding to override", enc.name()));
            encoding = Some(enc);
        }
    }
    // (in UTF-16 too, CR and LF are the bytes 0x0D and 0x0A beside a NUL)
    let bare_cr = head.contains(&b'\r') && !head.contains(&b'\n');
    let f = File::open(path).map_err(|e| format!("cannot open: {e}"))?;
    let counting = Counting { inner: f, counter: counter.clone() };
    // BOM sniffing: a UTF-8 BOM is removed, UTF-16 with a BOM is transcoded to UTF-8;
    // without an --encoding, other bytes pass through untouched (and are checked per row).
    let r = DecodeReaderBytesBuilder::new().encoding(encoding).bom_sniffing(true).strip_bom(true).build(counting);
    Ok(Decoded { reader: Box::new(BufReader::with_capacity(1 << 16, r)), notes, bare_cr })
}

/// Opens an input file.
pub fn open_reader(
    path: &Path,
    source: &str,
    format: Format,
    encoding: Option<&'static encoding_rs::Encoding>,
    counter: &ByteCounter,
    speakers: &[(String, Role)],
) -> Result<Box<dyn RecordReader>, super::InputError> {
    let open = || -> Result<Box<dyn RecordReader>, String> {
        Ok(match format {
            Format::Csv | Format::Tsv => {
                let mut r = CsvReader::open(path, source, format == Format::Tsv, encoding, counter)?;
                match ThreadReader::detect(&mut r) {
                    Some(cols) => Box::new(ThreadReader::build(r, cols)),
                    None => Box::new(r),
                }
            }
            Format::Jsonl => Box::new(JsonlReader::open(path, source, encoding, counter, speakers)?),
            Format::Json => Box::new(JsonArrayReader::open(path, source, encoding, counter, speakers)?),
            Format::Transcript | Format::Vtt | Format::Srt => Box::new(TranscriptReader::open(path, source, format, encoding, counter, speakers)?),
            Format::Parquet => Box::new(super::parquet::ParquetRecords::open(path, source, counter)?),
        })
    };
    open().map_err(super::InputError::Unreadable)
}

struct CsvReader {
    notes: Vec<String>,
    source: String,
    header: Vec<String>,
    reader: csv::Reader<Box<dyn Read + Send>>,
    record: csv::ByteRecord,
    row: u64,
}

impl CsvReader {
    fn open(path: &Path, source: &str, tsv: bool, encoding: Option<&'static encoding_rs::Encoding>, counter: &ByteCounter) -> Result<Self, String> {
        let Decoded { reader: r, mut notes, bare_cr } = decoded(path, encoding, counter)?;
        // only a line feed ends a record: a bare carriage return inside an unquoted
        // field (seen in real exports) is text, and the \r of CRLF files is trimmed
        // later; but a file with no line feed at all has bare-CR line ends
        let terminator = if bare_cr {
            notes.push("lines end with a bare carriage return (CR): read as line ends".into());
            b'\r'
        } else {
            b'\n'
        };
        let r: Box<dyn Read + Send> = Box::new(r);
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .terminator(csv::Terminator::Any(terminator))
            .delimiter(if tsv { b'\t' } else { b',' })
            .from_reader(r);
        let mut rec = csv::ByteRecord::new();
        let header = match reader.read_byte_record(&mut rec) {
            Ok(true) => rec.iter().map(|f| String::from_utf8_lossy(f).trim().to_string()).collect(),
            Ok(false) => Vec::new(),
            Err(e) => return Err(format!("cannot read the header row: {e}")),
        };
        Ok(CsvReader { notes, source: source.to_string(), header, reader, record: rec, row: 0 })
    }
}

impl RecordReader for CsvReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn notes(&self) -> &[String] {
        &self.notes
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
                        let r = Reject::error(
                            self.source.clone(),
                            self.row,
                            line,
                            RejectKind::Other,
                            format!("read error: {e}; the rest of the file was not read"),
                        );
                        // make the next call end
                        self.reader = csv::ReaderBuilder::new().from_reader(Box::new(std::io::empty()));
                        return Some(Err(r));
                    }
                    return Some(Err(Reject::error(self.source.clone(), self.row, line, RejectKind::MalformedRecord, format!("malformed record: {e}"))));
                }
                Ok(true) => {}
            }
            self.row += 1;
            let n = self.record.len();
            if n == 1 && self.record.get(0).is_some_and(|f| f.is_empty() || f == b"\r") {
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
                return Some(Err(Reject::error(self.source.clone(), self.row, line, RejectKind::WrongFieldCount, reason)));
            }
            let mut fields = Vec::with_capacity(n);
            for (i, f) in self.record.iter().enumerate() {
                match std::str::from_utf8(f) {
                    Ok(s) => fields.push(if s.is_empty() { None } else { Some(s.to_string()) }),
                    Err(e) => {
                        let name = self.header.get(i).cloned().unwrap_or_else(|| format!("#{}", i + 1));
                        return Some(Err(Reject::error(
                            self.source.clone(),
                            self.row,
                            line,
                            RejectKind::InvalidUtf8,
                            format!("field {name:?} is not valid UTF-8 (byte 0x{:02X} at offset {}); {UTF8_HINT}", f[e.valid_up_to()], e.valid_up_to()),
                        )
                        .in_field(name.clone())));
                    }
                }
            }
            return Some(Ok(Record { row: self.row, line, fields, turns: None }));
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

/// If the object holds a conversation (a turn array under a known key), replaces that
/// value by the joined turn text and returns the key and the turn spans.
pub fn conversation_field(obj: &mut serde_json::Map<String, serde_json::Value>, speakers: &[(String, Role)]) -> Option<(String, Vec<TurnSpan>)> {
    let key = conversation::TURN_KEYS.iter().copied().find(|k| obj.get(*k).is_some_and(|v| v.is_array()))?;
    let turns = conversation::turns_from_json(&obj[key], speakers)?;
    let (text, spans) = conversation::join_turns(&turns);
    obj.insert(key.to_string(), serde_json::Value::String(text));
    Some((key.to_string(), spans))
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

/// Objects read ahead of the first record of a JSON Lines file: the file's columns are
/// the union of their keys (and of the columns named by flags), not the first object's.
const JSONL_LOOKAHEAD: usize = 1000;

struct JsonlReader {
    source: String,
    header: Vec<String>,
    lines: std::io::Split<Box<dyn BufRead + Send>>,
    line: u64,
    ahead: std::collections::VecDeque<Result<Record, Reject>>,
    speakers: Vec<(String, Role)>,
    notes: Vec<String>,
}

impl JsonlReader {
    fn open(
        path: &Path,
        source: &str,
        encoding: Option<&'static encoding_rs::Encoding>,
        counter: &ByteCounter,
        speakers: &[(String, Role)],
    ) -> Result<Self, String> {
        let Decoded { reader: br, notes, .. } = decoded(path, encoding, counter)?;
        let mut me = JsonlReader {
            source: source.to_string(),
            header: Vec::new(),
            lines: br.split(b'\n'),
            line: 0,
            ahead: std::collections::VecDeque::new(),
            speakers: speakers.to_vec(),
            notes,
        };
        // the header is the union of the keys of the first objects
        while me.ahead.len() < JSONL_LOOKAHEAD {
            match me.read(true) {
                Some(r) => me.ahead.push_back(r),
                None => break,
            }
        }
        Ok(me)
    }

    fn read(&mut self, first: bool) -> Option<Result<Record, Reject>> {
        loop {
            let bytes = match self.lines.next()? {
                Ok(b) => b,
                Err(e) => {
                    return Some(Err(Reject::error(self.source.clone(), self.line + 1, Some(self.line + 1), RejectKind::Other, format!("read error: {e}"))))
                }
            };
            self.line += 1;
            let row = self.line;
            let s = match std::str::from_utf8(&bytes) {
                Ok(s) => s.trim(),
                Err(e) => {
                    return Some(Err(Reject::error(
                        self.source.clone(),
                        row,
                        Some(row),
                        RejectKind::InvalidUtf8,
                        format!("line is not valid UTF-8 (at byte {}); {UTF8_HINT}", e.valid_up_to()),
                    )));
                }
            };
            if s.is_empty() {
                continue;
            }
            match serde_json::from_str::<serde_json::Value>(s) {
                Ok(serde_json::Value::Object(mut obj)) => {
                    let allow_new = first;
                    let turn_spans = conversation_field(&mut obj, &self.speakers);
                    if let Some((k, _)) = &turn_spans {
                        if !self.header.contains(k) {
                            self.header.push(k.clone());
                        }
                    }
                    let fields = object_to_fields(&obj, &mut self.header, allow_new);
                    let turns = turn_spans.and_then(|(k, spans)| self.header.iter().position(|h| *h == k).map(|i| (i, spans)));
                    return Some(Ok(Record { row, line: Some(row), fields, turns }));
                }
                Ok(_) => return Some(Err(Reject::error(self.source.clone(), row, Some(row), RejectKind::InvalidJson, "expected a JSON object on this line"))),
                Err(e) => return Some(Err(Reject::error(self.source.clone(), row, Some(row), RejectKind::InvalidJson, format!("invalid JSON: {e}")))),
            }
        }
    }
}

impl RecordReader for JsonlReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        match self.ahead.pop_front() {
            // records read ahead were built while the header grew
            Some(Ok(mut r)) => {
                r.fields.resize(self.header.len(), None);
                Some(Ok(r))
            }
            Some(e) => Some(e),
            None => self.read(false),
        }
    }
    fn add_columns(&mut self, names: &[String]) {
        for n in names {
            if !self.header.contains(n) {
                self.header.push(n.clone());
            }
        }
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
}

struct JsonArrayReader {
    notes: Vec<String>,
    source: String,
    header: Vec<String>,
    items: std::vec::IntoIter<serde_json::Value>,
    row: u64,
    speakers: Vec<(String, Role)>,
}

impl JsonArrayReader {
    fn open(
        path: &Path,
        source: &str,
        encoding: Option<&'static encoding_rs::Encoding>,
        counter: &ByteCounter,
        speakers: &[(String, Role)],
    ) -> Result<Self, String> {
        let Decoded { reader: mut r, notes, .. } = decoded(path, encoding, counter)?;
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
        // a conversation's turn array becomes text: the header sees it as a column
        Ok(JsonArrayReader { notes, source: source.to_string(), header, items: items.into_iter(), row: 0, speakers: speakers.to_vec() })
    }
}

impl RecordReader for JsonArrayReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        let v = self.items.next()?;
        self.row += 1;
        match v {
            serde_json::Value::Object(mut o) => {
                let turn_spans = conversation_field(&mut o, &self.speakers);
                let fields = self.header.iter().map(|h| o.get(h).and_then(json_value_to_string)).collect();
                let turns = turn_spans.and_then(|(k, spans)| self.header.iter().position(|h| *h == k).map(|i| (i, spans)));
                Some(Ok(Record { row: self.row, line: None, fields, turns }))
            }
            _ => Some(Err(Reject::error(self.source.clone(), self.row, None, RejectKind::InvalidJson, "array element is not a JSON object"))),
        }
    }
}

/// One conversation per file: a plain-text transcript, WebVTT or SRT. The document's
/// columns are `id` (the file name without extension) and `conversation` (the turns).
struct TranscriptReader {
    notes: Vec<String>,
    header: Vec<String>,
    item: Option<Record>,
    problems: std::vec::IntoIter<Reject>,
}

impl TranscriptReader {
    fn open(
        path: &Path,
        source: &str,
        format: Format,
        encoding: Option<&'static encoding_rs::Encoding>,
        counter: &ByteCounter,
        speakers: &[(String, Role)],
    ) -> Result<Self, String> {
        let Decoded { reader: mut r, notes, .. } = decoded(path, encoding, counter)?;
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes).map_err(|e| format!("cannot read: {e}"))?;
        let text = std::str::from_utf8(&bytes).map_err(|e| format!("not valid UTF-8 (at byte {}); {UTF8_HINT}", e.valid_up_to()))?;
        let (turns, problems) = match format {
            Format::Transcript => conversation::parse_plain(text, speakers),
            _ => conversation::parse_subtitles(text, speakers),
        };
        let what = if format == Format::Transcript { "turn" } else { "cue" };
        // a problem of a text input is located by its line (`file:L`): row 0, line L
        let problems: Vec<Reject> = problems.into_iter().map(|p| Reject::warning(source, 0, Some(p.line), p.reason).in_field(what)).collect();
        let (joined, spans) = conversation::join_turns(&turns);
        let id = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let item = if joined.is_empty() { None } else { Some(Record { row: 1, line: Some(1), fields: vec![Some(id), Some(joined)], turns: Some((1, spans)) }) };
        Ok(TranscriptReader { notes, header: vec!["id".into(), "conversation".into()], item, problems: problems.into_iter() })
    }
}

impl RecordReader for TranscriptReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        if let Some(p) = self.problems.next() {
            return Some(Err(p));
        }
        self.item.take().map(Ok)
    }
}

const REPLY_COLUMNS: &[&str] = &["inresponsetotweetid", "inresponseto", "replyto", "replytoid", "parentid", "inreplyto", "inreplytoid", "parentmessageid"];
const INBOUND_COLUMNS: &[&str] = &["inbound", "isinbound", "fromcustomer", "iscustomer", "direction"];
const MESSAGE_ID_COLUMNS: &[&str] = &["tweetid", "messageid", "id", "msgid"];

fn canon_name(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

/// A threaded export (one message per row, an inbound flag, a reply-to id), grouped
/// into conversations. The whole file is read before the first conversation is
/// returned (a thread can span the file). The columns of the root message are kept and
/// a `conversation` column holds the joined turns; inbound messages are the customer's,
/// outbound ones the agent's.
struct ThreadReader {
    notes: Vec<String>,
    header: Vec<String>,
    items: std::vec::IntoIter<Result<Record, Reject>>,
}

impl ThreadReader {
    /// The (id, reply-to, inbound, text) columns when the CSV looks threaded.
    fn detect(inner: &mut CsvReader) -> Option<(usize, usize, usize, usize)> {
        let h: Vec<String> = inner.header.iter().map(|x| canon_name(x)).collect();
        let reply = REPLY_COLUMNS.iter().find_map(|c| h.iter().position(|x| x == c))?;
        let inbound = INBOUND_COLUMNS.iter().find_map(|c| h.iter().position(|x| x == c))?;
        let id = MESSAGE_ID_COLUMNS.iter().find_map(|c| h.iter().position(|x| x == c))?;
        let text = ["text", "message", "body", "content"].iter().find_map(|c| h.iter().position(|x| x == c))?;
        Some((id, reply, inbound, text))
    }

    fn build(mut inner: CsvReader, cols: (usize, usize, usize, usize)) -> Self {
        let (id_c, reply_c, in_c, text_c) = cols;
        let mut msgs = Vec::new();
        let mut items: Vec<Result<Record, Reject>> = Vec::new();
        while let Some(r) = inner.next_record() {
            match r {
                Err(e) => items.push(Err(e)),
                Ok(rec) => {
                    let get = |i: usize| rec.fields.get(i).cloned().flatten().unwrap_or_default();
                    let norm_id = |s: String| s.trim().trim_end_matches(".0").to_string();
                    let parent = Some(norm_id(get(reply_c))).filter(|s| !s.is_empty());
                    let inbound = matches!(get(in_c).trim().to_ascii_lowercase().as_str(), "true" | "1" | "yes" | "inbound" | "in" | "customer");
                    msgs.push(conversation::ThreadMessage {
                        row: rec.row,
                        id: norm_id(get(id_c)),
                        parent,
                        inbound,
                        author: String::new(),
                        text: get(text_c),
                        fields: rec.fields.clone(),
                    });
                }
            }
        }
        let mut header = inner.header.clone();
        header.push("conversation".into());
        let conv_col = header.len() - 1;
        for (row, _root, members) in conversation::group_threads(msgs) {
            let turns: Vec<conversation::Turn> = members
                .iter()
                .map(|m| {
                    let role = if m.inbound { Role::Customer } else { Role::Agent };
                    conversation::Turn { speaker: role.as_str().into(), role, text: m.text.clone() }
                })
                .collect();
            let (joined, spans) = conversation::join_turns(&turns);
            let mut fields = members[0].fields.clone();
            fields.push(Some(joined));
            items.push(Ok(Record { row, line: None, fields, turns: Some((conv_col, spans)) }));
        }
        ThreadReader { notes: std::mem::take(&mut inner.notes), header, items: items.into_iter() }
    }
}

impl RecordReader for ThreadReader {
    fn header(&self) -> &[String] {
        &self.header
    }
    fn notes(&self) -> &[String] {
        &self.notes
    }
    fn next_record(&mut self) -> Option<Result<Record, Reject>> {
        self.items.next()
    }
}
