//! Ingest: reading feedback exports (CSV, TSV, JSONL, JSON arrays, Parquet) as a stream
//! of [`Document`]s, with column mapping, encodings and per-row errors.
//!
//! Exists so that everything about the shape of the user's files stays here: which
//! column is the text, the id, the rating, the personas; what a broken row looks like
//! and how it is reported. A bad row becomes a [`Reject`] naming file, row, field and
//! expectation; it never stops the file. This module knows nothing of languages or
//! themes.

pub mod conversation;
mod docs;
mod parquet;
mod readers;

use crate::config::{ColumnSpec, Format, LangSource, RunOptions};
use crate::lang::Lang;
pub use crate::model::{Document, Reject, RejectKind, Severity, TicketMetrics};
pub use docs::{Chunk, DocReader, ReadTally};
pub use readers::{conversation_field, open_reader, RecordReader};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// A raw record: field values aligned with the reader's header.
#[derive(Debug, Clone)]
pub struct Record {
    pub row: u64,
    pub line: Option<u64>,
    pub fields: Vec<Option<String>>,
    /// For a conversation: the header position of the field holding its joined turns,
    /// and the turns inside that text.
    pub turns: Option<(usize, Vec<conversation::TurnSpan>)>,
}

/// What became of one row.
#[derive(Debug)]
pub enum RowOutcome {
    Doc(Document),
    Reject(Reject),
    /// Removed by a filter (the name of the filter).
    Filtered(&'static str),
}

/// Why a whole input file cannot be used (its rows are not read): the caller skips the
/// file and goes on with the others. The kind tells what the user has to change.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The file type is not one vocmine reads: rename the file or say `--format`.
    #[error("{0}")]
    UnknownFormat(String),
    /// The file cannot be opened or read, or is not the format it claims to be.
    #[error("{0}")]
    Unreadable(String),
    /// The columns do not fit the flags: a named column is missing, or the column taken
    /// as the text holds no text.
    #[error("{0}")]
    Columns(String),
}

impl InputError {
    /// The short form for the manifest's entry of the file.
    pub fn manifest_error(&self) -> String {
        match self {
            InputError::UnknownFormat(_) => "unknown file type".into(),
            InputError::Unreadable(m) | InputError::Columns(m) => m.clone(),
        }
    }
}

/// Examples of row warnings kept for the manifest.
pub const WARNING_EXAMPLES: usize = 5;

/// Non-fatal per-row remarks, counted for the manifest.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct IngestWarnings {
    /// Ratings that are not numbers (kept with an empty rating).
    pub rating_not_numeric: u64,
    /// Language column values that are not ar/fa/fr/en (identified instead).
    pub lang_unrecognised: u64,
    /// Rows without an id value (given `<file>:<row>`).
    pub id_missing: u64,
    /// Creation dates that could not be parsed (period empty, date filters drop the row).
    pub created_unparseable: u64,
    /// Texts longer than `--max-text-bytes` (analysed up to the limit).
    pub text_truncated: u64,
    /// Up to 5 examples: (source, row, message).
    pub examples: Vec<(String, u64, String)>,
    /// Per-row problems of kept rows (unreadable timestamps and scores), written to
    /// rejects.parquet with `severity = warning`.
    pub rows: Vec<Reject>,
}

impl IngestWarnings {
    fn example(&mut self, source: &str, row: u64, msg: String) {
        if self.examples.len() < WARNING_EXAMPLES {
            self.examples.push((source.to_string(), row, msg));
        }
    }
    pub fn total(&self) -> u64 {
        self.rating_not_numeric + self.lang_unrecognised + self.id_missing + self.created_unparseable + self.text_truncated
    }
}

/// Where to cut a text longer than `max` bytes: after the last sentence end in its last
/// tenth before `max`, else at the last character boundary before `max`.
pub fn truncation_point(text: &str, max: usize) -> usize {
    if text.len() <= max {
        return text.len();
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut base = cut - cut / 10;
    while !text.is_char_boundary(base) {
        base -= 1;
    }
    let window = &text[base..cut];
    match window.rfind(['.', '!', '?', '\n', '؟', '。']) {
        Some(i) => {
            let c = window[i..].chars().next().unwrap();
            base + i + c.len_utf8()
        }
        None => cut,
    }
}

const TEXT_NAMES: &[&str] = &[
    "conversation",
    "text",
    "turns",
    "messages",
    "dialogue",
    "dialog",
    "utterances",
    "original",
    "transcript",
    "review",
    "reviewtext",
    "reviewbody",
    "body",
    "comment",
    "comments",
    "description",
    "message",
    "content",
    "feedback",
    "verifiedreviews",
    "ticketdescription",
    "complaint",
    "narrative",
    "consumercomplaintnarrative",
    "utterance",
    "opinion",
    "remarks",
    "commentaire",
    "avis",
    "texte",
];
const ID_NAMES: &[&str] = &[
    "id",
    "reviewid",
    "ticketid",
    "docid",
    "documentid",
    "messageid",
    "tweetid",
    "complaintid",
    "uuid",
    "commentid",
    "dialogueid",
    "convoid",
    "conversationid",
    "threadid",
];
const RATING_NAMES: &[&str] = &["rating", "stars", "star", "score", "rate", "reviewrating", "starrating", "note"];
const CREATED_NAMES: &[&str] = &["createdat", "created", "date", "timestamp", "datereceived", "reviewdate", "submittedat", "postedat", "time", "datetime"];
const LANG_NAMES: &[&str] = &["lang", "language", "locale"];

fn canon(name: &str) -> String {
    name.chars().filter(|c| c.is_alphanumeric()).flat_map(|c| c.to_lowercase()).collect()
}

/// Which header position holds what, for one file.
#[derive(Debug, Clone)]
pub struct ColumnMap {
    pub text: Vec<usize>,
    pub id: Option<usize>,
    pub rating: Option<usize>,
    pub created: Option<usize>,
    pub lang: Option<usize>,
    pub persona: Vec<Vec<PersonaPart>>,
    pub redact: Vec<usize>,
    pub filters: Vec<(usize, Vec<String>)>,
    pub text_names: Vec<String>,
    /// The text column was picked by name (no `--text`): the other recognised names, in
    /// order of preference, in case the first holds no text (see [`settle_auto_text`]).
    pub text_candidates: Option<Vec<usize>>,
    pub first_response: Option<usize>,
    pub resolved: Option<usize>,
    pub csat: Option<usize>,
    pub nps: Option<usize>,
    pub ces: Option<usize>,
}

const FIRST_RESPONSE_NAMES: &[&str] =
    &["firstresponseat", "firstresponsetime", "firstresponse", "firstreplyat", "firstreplytime", "timetofirstresponse", "frt"];
const RESOLVED_NAMES: &[&str] = &["resolvedat", "timetoresolution", "resolutiontime", "closedat", "resolved", "resolutiondate", "ttr"];
const CSAT_NAMES: &[&str] = &["csat", "customersatisfactionrating", "satisfaction", "satisfactionrating", "csatscore", "satisfactionscore"];
const NPS_NAMES: &[&str] = &["nps", "npsscore", "likelihoodtorecommend", "recommend"];
const CES_NAMES: &[&str] = &["ces", "customereffortscore", "effort", "effortscore"];

/// A duration as written in ticket exports, in hours: `2h`, `45m`, `1.5 hours`,
/// `3 days`, `01:30:00`, `90 min`; a bare number is hours.
pub fn parse_duration_hours(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    if t.is_empty() {
        return None;
    }
    if let Ok(v) = t.parse::<f64>() {
        return v.is_finite().then_some(v);
    }
    if t.matches(':').count() >= 1 && t.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.') {
        let parts: Vec<f64> = t.split(':').map(|p| p.parse::<f64>()).collect::<Result<_, _>>().ok()?;
        return Some(match parts.as_slice() {
            [h, m] => h + m / 60.0,
            [h, m, s] => h + m / 60.0 + s / 3600.0,
            _ => return None,
        });
    }
    let num_end = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let v: f64 = t[..num_end].parse().ok()?;
    let unit = t[num_end..].trim();
    let f = match unit {
        "h" | "hr" | "hrs" | "hour" | "hours" => 1.0,
        "m" | "min" | "mins" | "minute" | "minutes" => 1.0 / 60.0,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0 / 3600.0,
        "d" | "day" | "days" => 24.0,
        _ => return None,
    };
    Some(v * f)
}

fn parse_score(s: &str) -> Option<f64> {
    parse_rating(s).ok().flatten()
}

/// One part of a persona dimension (`plan+role` has two).
#[derive(Debug, Clone, PartialEq)]
pub enum PersonaPart {
    Column(usize),
    /// Built-in: the rating band (`1-2`, `3`, `4`, `5`).
    RatingBand,
    /// Built-in: the calendar period of the creation date (`--period`).
    Period,
}

/// The rating band of a rating on a 1–5 scale: `1-2` (below 2.5), `3` (2.5–3.5),
/// `4` (3.5–4.5), `5` (4.5 and above).
pub fn rating_band(r: f64) -> &'static str {
    if r < 2.5 {
        "1-2"
    } else if r < 3.5 {
        "3"
    } else if r < 4.5 {
        "4"
    } else {
        "5"
    }
}

fn find_column(header: &[String], name: &str) -> Option<usize> {
    header.iter().position(|h| h == name).or_else(|| {
        let c = canon(name);
        header.iter().position(|h| canon(h) == c)
    })
}

fn auto_column(header: &[String], names: &[&str]) -> Option<usize> {
    for n in names {
        if let Some(i) = header.iter().position(|h| canon(h) == *n) {
            return Some(i);
        }
    }
    None
}

/// Every column whose name is one of `names`, in the order of `names`.
fn auto_columns(header: &[String], names: &[&str]) -> Vec<usize> {
    names.iter().filter_map(|n| header.iter().position(|h| canon(h) == *n)).collect()
}

/// What the first values of a column look like, to tell free text from numbers, labels
/// and empty columns.
#[derive(Debug, Default)]
struct ColumnShape {
    rows: usize,
    nonempty: usize,
    /// Values with at least two letters (not a number, a date or a code).
    wordy: usize,
    distinct: usize,
    chars: usize,
}

impl ColumnShape {
    fn of(records: &[Record], col: usize) -> ColumnShape {
        let mut sh = ColumnShape { rows: records.len(), ..Default::default() };
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for r in records {
            let v = r.fields.get(col).and_then(|v| v.as_deref()).map(str::trim).unwrap_or("");
            if v.is_empty() {
                continue;
            }
            sh.nonempty += 1;
            sh.chars += v.chars().count();
            if v.chars().filter(|c| c.is_alphabetic()).take(2).count() == 2 {
                sh.wordy += 1;
            }
            if seen.len() <= 64 {
                seen.insert(v);
            }
        }
        sh.distinct = seen.len();
        sh
    }

    /// Why the column is not free text, if it is not.
    fn not_text(&self) -> Option<&'static str> {
        if self.nonempty == 0 {
            return Some("is empty");
        }
        if self.wordy * 2 < self.nonempty {
            return Some("holds numbers or codes, not text");
        }
        if self.rows >= 20 && self.nonempty * 10 < self.rows {
            return Some("is empty in more than 90% of rows");
        }
        if self.nonempty >= 20 && self.distinct <= 5 && self.chars < 20 * self.nonempty {
            return Some("holds a few labels, not free text");
        }
        None
    }

    fn mean_chars(&self) -> usize {
        self.chars / self.nonempty.max(1)
    }
}

/// Checks a text column picked by its name against the first records of the file: a
/// column named `feedback` that holds 0/1 flags gave empty tables and exit 0. The next
/// recognised name that holds text is taken instead (the returned note says so); if none
/// does, the file is refused with the columns that look like text.
pub fn settle_auto_text(header: &[String], map: &mut ColumnMap, records: &[Record]) -> Result<Option<String>, InputError> {
    if records.is_empty() {
        return Ok(None);
    }
    let Some(cands) = map.text_candidates.take() else { return Ok(None) };
    let first = map.text[0];
    let why = match ColumnShape::of(records, first).not_text() {
        None => return Ok(None),
        Some(w) => w,
    };
    if let Some(&c) = cands.iter().find(|&&c| c != first && ColumnShape::of(records, c).not_text().is_none()) {
        map.text = vec![c];
        map.text_names = vec![header[c].clone()];
        return Ok(Some(format!("column {:?} {why}: took {:?} as the text (name it with --text COL)", header[first], header[c])));
    }
    let mut texty: Vec<(usize, usize)> = (0..header.len())
        .filter(|&i| i != first)
        .map(|i| (i, ColumnShape::of(records, i)))
        .filter(|(_, sh)| sh.not_text().is_none() && sh.mean_chars() >= 15)
        .map(|(i, sh)| (i, sh.mean_chars()))
        .collect();
    texty.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let hint = if texty.is_empty() {
        "no column of this file looks like free text".to_string()
    } else {
        format!("columns that look like text: {}", texty.iter().take(3).map(|(i, _)| format!("{:?}", header[*i])).collect::<Vec<_>>().join(", "))
    };
    Err(InputError::Columns(format!("the text column {:?} was picked by its name but {why}; name the text column with --text COL ({hint})", header[first])))
}

/// Resolves the column flags against a file's header. The error lists the columns
/// that exist.
pub fn map_columns(header: &[String], spec: &ColumnSpec, lang: &LangSource) -> Result<ColumnMap, InputError> {
    map_columns_inner(header, spec, lang).map_err(InputError::Columns)
}

fn map_columns_inner(header: &[String], spec: &ColumnSpec, lang: &LangSource) -> Result<ColumnMap, String> {
    let listing = || {
        let cols: Vec<String> = header.iter().map(|h| format!("{h:?}")).collect();
        if cols.is_empty() {
            "the file has no columns".to_string()
        } else {
            format!("columns are: {}", cols.join(", "))
        }
    };
    let need = |flag: &str, name: &str| -> Result<usize, String> {
        find_column(header, name).ok_or_else(|| format!("no column {name:?} (given by {flag}); {}", listing()))
    };
    let text_candidates = spec.text.is_empty().then(|| auto_columns(header, TEXT_NAMES));
    let text = if spec.text.is_empty() {
        match auto_column(header, TEXT_NAMES) {
            Some(i) => vec![i],
            None => {
                return Err(format!(
                    "no text column recognised (looked for text, review, body, comment, description, message…): name it with --text COL; {}",
                    listing()
                ))
            }
        }
    } else {
        spec.text.iter().map(|n| need("--text", n)).collect::<Result<Vec<_>, _>>()?
    };
    let id = match &spec.id {
        Some(n) => Some(need("--id", n)?),
        None => auto_column(header, ID_NAMES),
    };
    let rating = match &spec.rating {
        Some(n) => Some(need("--rating", n)?),
        None => auto_column(header, RATING_NAMES).filter(|i| !text.contains(i)),
    };
    let created = match &spec.created {
        Some(n) => Some(need("--created", n)?),
        None => auto_column(header, CREATED_NAMES),
    };
    let metric = |flag: &str, given: &Option<String>, names: &[&str]| -> Result<Option<usize>, String> {
        match given {
            Some(n) => need(flag, n).map(Some),
            None => Ok(auto_column(header, names)),
        }
    };
    let first_response = metric("--first-response", &spec.first_response, FIRST_RESPONSE_NAMES)?;
    let resolved = metric("--resolved", &spec.resolved, RESOLVED_NAMES)?;
    let csat = metric("--csat", &spec.csat, CSAT_NAMES)?;
    let nps = metric("--nps", &spec.nps, NPS_NAMES)?;
    let ces = metric("--ces", &spec.ces, CES_NAMES)?;
    let lang = match lang {
        LangSource::Column(n) => Some(need("--lang", n)?),
        LangSource::Fixed(_) | LangSource::Identify => None,
        LangSource::Detect => auto_column(header, LANG_NAMES),
    };
    let persona_parts = |name: &str| -> Result<Vec<PersonaPart>, String> {
        if let Some(i) = find_column(header, name) {
            return Ok(vec![PersonaPart::Column(i)]);
        }
        name.split('+')
            .map(|part| {
                let part = part.trim();
                if let Some(i) = find_column(header, part) {
                    Ok(PersonaPart::Column(i))
                } else if part == "rating_band" {
                    Ok(PersonaPart::RatingBand)
                } else if part == "period" {
                    Ok(PersonaPart::Period)
                } else {
                    Err(format!("no column {part:?} (given by --persona; rating_band and period are built in); {}", listing()))
                }
            })
            .collect()
    };
    let persona = spec.persona.iter().map(|n| persona_parts(n)).collect::<Result<Vec<_>, _>>()?;
    let redact = spec.redact.iter().map(|n| need("--redact-column", n)).collect::<Result<Vec<_>, _>>()?;
    let filters = spec.filters.iter().map(|(c, v)| need("--where", c).map(|i| (i, v.clone()))).collect::<Result<Vec<_>, _>>()?;
    let text_names = text.iter().map(|&i| header[i].clone()).collect();
    Ok(ColumnMap { text, id, rating, created, lang, persona, redact, filters, text_names, text_candidates, first_response, resolved, csat, nps, ces })
}

/// An ISO 639 language code, with or without a region (`nl`, `deu`, `pt-BR`, `zh_Hant`).
fn is_language_code(v: &str) -> bool {
    let v = v.trim();
    let base = v.split(['-', '_']).next().unwrap_or("");
    (2..=3).contains(&base.len()) && base.bytes().all(|b| b.is_ascii_alphabetic()) && v.len() <= 12 && !base.eq_ignore_ascii_case("und")
}

/// Ratings outside this range (1–5 stars, 0–10 NPS and 0–100 percentage scales fit in
/// it) are dropped from their row with a warning rather than poisoning means.
pub const RATING_RANGE: std::ops::RangeInclusive<f64> = 0.0..=100.0;

/// Ticket durations (first response, resolution) longer than this, in hours (ten
/// years), are dropped from their row with a warning.
pub const MAX_DURATION_HOURS: f64 = 10.0 * 365.25 * 24.0;

/// A value that should be a number and is not (the row is kept without it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a number")]
pub struct NotANumber;

/// Parses a rating: `4`, `4.5`, `4,5`, `4/5`, `4 stars`, `★★★★`. `None` if empty,
/// `Err` if present but not a number.
pub fn parse_rating(s: &str) -> Result<Option<f64>, NotANumber> {
    let t = s.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("null") || t.eq_ignore_ascii_case("nan") || t.eq_ignore_ascii_case("na") {
        return Ok(None);
    }
    if t.chars().all(|c| c == '★' || c == '☆') {
        return Ok(Some(t.chars().filter(|&c| c == '★').count() as f64));
    }
    let head = t.split(['/', ' ']).next().unwrap_or(t);
    let head: String = head.chars().map(|c| crate::script::ascii_digit(c).unwrap_or(c)).collect();
    let head = head.replace([',', '٫'], ".");
    match head.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(NotANumber),
    }
}

/// The filter that removes `value` given inclusive bounds, if any: `names` are the
/// filter names for a missing value, a value below `min` and a value above `max`.
fn outside_bounds<T: PartialOrd + Copy>(value: Option<T>, min: Option<T>, max: Option<T>, names: [&'static str; 3]) -> Option<&'static str> {
    if min.is_none() && max.is_none() {
        return None;
    }
    let Some(v) = value else { return Some(names[0]) };
    if min.is_some_and(|m| v < m) {
        Some(names[1])
    } else if max.is_some_and(|m| v > m) {
        Some(names[2])
    } else {
        None
    }
}

/// Turns records of one file into documents, rejects or filtered rows.
pub struct RowMapper<'a> {
    pub source: Arc<str>,
    pub header: Vec<String>,
    pub file_name: String,
    pub map: ColumnMap,
    pub opts: &'a RunOptions,
}

impl RowMapper<'_> {
    /// One record as a document, a reject (empty text) or a filtered row. The steps run
    /// in this order because filters need the values before them (a rating band needs
    /// the rating, `--since` the date); every value that cannot be read becomes a
    /// warning row of a kept row.
    pub fn map(&self, rec: Record, warnings: &mut IngestWarnings) -> RowOutcome {
        let (mut text, text_cols) = self.text_of(&rec);
        if text.is_empty() {
            let names: Vec<String> = self.map.text_names.iter().map(|n| format!("{n:?}")).collect();
            let reason = format!("empty text in {}: a document needs some text", names.join(" + "));
            return RowOutcome::Reject(
                Reject::error(self.source.as_ref(), rec.row, rec.line, RejectKind::EmptyText, reason).in_field(self.map.text_names.join("+")),
            );
        }
        let cut_at = self.cap_text(&rec, &mut text, warnings);
        let rating = self.rating(&rec, warnings);
        if let Some(name) = outside_bounds(rating, self.opts.min_rating, self.opts.max_rating, ["rating_missing", "min_rating", "max_rating"]) {
            return RowOutcome::Filtered(name);
        }
        let lang = self.lang(&rec, warnings);
        let doc_id = self.doc_id(&rec, warnings);
        let created_at = self.map.created.and_then(|i| field(&rec, i)).map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let (created_ts, date) = self.date(&rec, created_at.as_deref(), warnings);
        if let Some(name) = outside_bounds(date, self.opts.since, self.opts.until, ["date_missing", "since", "until"]) {
            return RowOutcome::Filtered(name);
        }
        for (col, values) in &self.map.filters {
            let v = field(&rec, *col).map(str::trim).unwrap_or("");
            if !values.iter().any(|x| x == v) {
                return RowOutcome::Filtered("where");
            }
        }
        let persona: Vec<Option<String>> = self.map.persona.iter().map(|parts| self.persona_value(&rec, parts, rating, date)).collect();
        let redact: Vec<String> =
            self.map.redact.iter().filter_map(|&i| field(&rec, i)).map(|s| s.trim().to_string()).filter(|s| s.chars().count() >= 3).collect();
        let metrics = self.metrics(&rec, warnings);
        let mut turns = match rec.turns {
            Some((col, spans)) if text_cols == [col] => spans,
            _ => Vec::new(),
        };
        if let Some(cut) = cut_at {
            turns.retain(|t| t.start < cut);
            for t in &mut turns {
                t.end = t.end.min(cut);
            }
        }
        let (doc_id, persona) = if self.opts.redact_all {
            let mut counts = std::collections::BTreeMap::new();
            let mut scrub = |v: &str| crate::redact::redact(v, 0, 0, &redact, &mut counts).text;
            let persona: Vec<Option<String>> = persona.iter().map(|p| p.as_deref().map(&mut scrub)).collect();
            (scrub(&doc_id), persona)
        } else {
            (doc_id, persona)
        };
        let period = date.map(|d| self.opts.period.ordinal(d));
        RowOutcome::Doc(Document {
            doc_id,
            source: self.source.clone(),
            row: rec.row,
            text,
            lang,
            rating,
            created_at,
            created_ts,
            persona,
            redact,
            turns,
            metrics,
            period,
        })
    }

    /// The text of a row (its text columns joined by newlines) and the columns it came
    /// from. A conversation found under another key than the first record's (one
    /// dialogue file may mix layouts) is the text when no `--text` was given.
    fn text_of(&self, rec: &Record) -> (String, Vec<usize>) {
        let text_cols: Vec<usize> = match &rec.turns {
            Some((col, _)) if self.opts.columns.text.is_empty() && !self.map.text.contains(col) => vec![*col],
            _ => self.map.text.clone(),
        };
        let mut text = String::new();
        for v in text_cols.iter().filter_map(|&i| field(rec, i)).map(str::trim).filter(|v| !v.is_empty()) {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(v);
        }
        (text, text_cols)
    }

    /// Cuts a text longer than `--max-text-bytes` (a pasted log or a day-long
    /// transcript in one field must not stall the run), with a warning row; returns
    /// where it was cut.
    fn cap_text(&self, rec: &Record, text: &mut String, warnings: &mut IngestWarnings) -> Option<usize> {
        if text.len() <= self.opts.max_text_bytes {
            return None;
        }
        let cut = truncation_point(text, self.opts.max_text_bytes);
        let reason = format!("text is {} bytes; only its first {cut} bytes are analysed (--max-text-bytes {})", text.len(), self.opts.max_text_bytes);
        warnings.text_truncated += 1;
        self.warn(rec, self.map.text_names.join("+"), reason, warnings);
        text.truncate(cut);
        Some(cut)
    }

    /// The rating of a row; one that is not a number, or outside [`RATING_RANGE`], is
    /// left empty with a warning row.
    fn rating(&self, rec: &Record, warnings: &mut IngestWarnings) -> Option<f64> {
        let col = self.map.rating?;
        let v = field(rec, col)?;
        let name = self.header.get(col).cloned().unwrap_or_default();
        match parse_rating(v) {
            Ok(Some(r)) if !RATING_RANGE.contains(&r) => {
                let reason = format!(
                    "rating {:?} in {name:?} is outside the accepted range {} to {}; kept with an empty rating",
                    v.trim(),
                    RATING_RANGE.start(),
                    RATING_RANGE.end()
                );
                self.warn(rec, name, reason, warnings);
                None
            }
            Ok(r) => r,
            Err(NotANumber) => {
                warnings.rating_not_numeric += 1;
                self.warn(rec, name, format!("rating {v:?} is not a number; kept with an empty rating"), warnings);
                None
            }
        }
    }

    /// The language of a row: `--lang`, else the language column. `other`, or the code
    /// of a language vocmine does not analyse (`nl`, `de-AT`), keeps the document as
    /// `other`, never read as English; an unreadable value leaves it to identification.
    fn lang(&self, rec: &Record, warnings: &mut IngestWarnings) -> Option<Lang> {
        if let LangSource::Fixed(l) = &self.opts.lang {
            return Some(*l);
        }
        let v = self.map.lang.and_then(|i| field(rec, i)).filter(|v| !v.trim().is_empty())?;
        match Lang::parse(v) {
            Some(l) if l != Lang::Other => Some(l),
            Some(_) if v.trim().eq_ignore_ascii_case("other") => Some(Lang::Other),
            None if is_language_code(v) => Some(Lang::Other),
            _ => {
                warnings.lang_unrecognised += 1;
                None
            }
        }
    }

    /// The id of a row, else `<file>:<row>` (counted when an id column is empty).
    fn doc_id(&self, rec: &Record, warnings: &mut IngestWarnings) -> String {
        match self.map.id.and_then(|i| field(rec, i)).map(str::trim).filter(|s| !s.is_empty()) {
            Some(id) => id.to_string(),
            None => {
                if self.map.id.is_some() {
                    warnings.id_missing += 1;
                }
                format!("{}:{}", self.file_name, rec.row)
            }
        }
    }

    /// The creation instant and calendar date of a row. Dates are read whenever there
    /// is a date column (periods feed `changes.parquet`); one that cannot be read gives
    /// a warning row, no period, and no place in date filters.
    fn date(&self, rec: &Record, created_at: Option<&str>, warnings: &mut IngestWarnings) -> (Option<i64>, Option<chrono::NaiveDate>) {
        let Some(col) = self.map.created else { return (None, None) };
        let created_ts = created_at.and_then(crate::config::parse_timestamp);
        let date = created_ts.and_then(|t| chrono::DateTime::from_timestamp(t, 0)).map(|d| d.date_naive());
        if let (None, Some(c)) = (date, created_at) {
            let reason = format!("creation date {c:?} is not a date this tool reads (ISO 8601 is best); the row has no period and date filters leave it out");
            warnings.created_unparseable += 1;
            self.warn(rec, self.header.get(col).cloned().unwrap_or_default(), reason, warnings);
        }
        (created_ts, date)
    }

    /// One persona dimension's value: its parts joined by `+`, `None` when one is empty.
    fn persona_value(&self, rec: &Record, parts: &[PersonaPart], rating: Option<f64>, date: Option<chrono::NaiveDate>) -> Option<String> {
        let mut out = String::new();
        for (k, part) in parts.iter().enumerate() {
            let v: String = match part {
                PersonaPart::Column(i) => field(rec, *i).map(str::trim).filter(|s| !s.is_empty())?.to_string(),
                PersonaPart::RatingBand => rating_band(rating?).to_string(),
                PersonaPart::Period => self.opts.period.label(date?),
            };
            if k > 0 {
                out.push('+');
            }
            out.push_str(&v);
        }
        Some(out)
    }

    /// A warning row for a kept row: a value of `field` that could not be used. The
    /// first few also go to the manifest's examples.
    fn warn(&self, rec: &Record, field: String, reason: String, warnings: &mut IngestWarnings) {
        warnings.example(&self.source, rec.row, reason.clone());
        warnings.rows.push(self.warning_row(rec, field, reason));
    }

    /// A warning row for a kept row (not counted among the manifest's examples).
    fn warning_row(&self, rec: &Record, field: String, reason: String) -> Reject {
        Reject::warning(self.source.as_ref(), rec.row, rec.line, reason).in_field(field)
    }
}

/// The value of a record's field `i`, if present and not null.
fn field(rec: &Record, i: usize) -> Option<&str> {
    rec.fields.get(i).and_then(|v| v.as_deref())
}

impl RowMapper<'_> {
    /// The ticket metrics of a row; every value that cannot be read is reported as a
    /// warning row (the row itself is kept).
    fn metrics(&self, rec: &Record, warnings: &mut IngestWarnings) -> TicketMetrics {
        let m = &self.map;
        if m.first_response.is_none() && m.resolved.is_none() && m.csat.is_none() && m.nps.is_none() && m.ces.is_none() {
            return TicketMetrics::default();
        }
        let header_name = |i: usize| self.header.get(i).cloned().unwrap_or_default();
        let get = |i: usize| rec.fields.get(i).and_then(|v| v.as_deref()).map(str::trim).filter(|s| !s.is_empty());
        let warn = |col: usize, reason: String, warnings: &mut IngestWarnings| warnings.rows.push(self.warning_row(rec, header_name(col), reason));
        let created = m.created.and_then(get);
        let created_ts = created.and_then(crate::config::parse_timestamp);
        let elapsed = |col: Option<usize>, what: &str, warnings: &mut IngestWarnings| -> Option<f64> {
            let col = col?;
            let v = get(col)?;
            if let Some(ts) = crate::config::parse_timestamp(v).filter(|_| v.len() >= 8) {
                return match created_ts {
                    Some(c) if ts >= c && ((ts - c) as f64 / 3600.0) > MAX_DURATION_HOURS => {
                        warn(col, format!("{what} {v:?} is more than 10 years after the creation time {:?}; ignored", created.unwrap_or("")), warnings);
                        None
                    }
                    Some(c) if ts >= c => Some((ts - c) as f64 / 3600.0),
                    Some(_) => {
                        warn(col, format!("{what} {v:?} is before the creation time {:?}; ignored", created.unwrap_or("")), warnings);
                        None
                    }
                    None => {
                        if created.is_some() {
                            warn(
                                col,
                                format!(
                                    "creation time {:?} is not a timestamp this tool reads (ISO 8601 is best), so {what} cannot be measured",
                                    created.unwrap_or("")
                                ),
                                warnings,
                            );
                        } else {
                            warn(col, format!("{what} is a timestamp but there is no creation column to measure from (name it with --created)"), warnings);
                        }
                        None
                    }
                };
            }
            match parse_duration_hours(v) {
                Some(h) if h > MAX_DURATION_HOURS => {
                    warn(col, format!("{what} {v:?} is longer than 10 years (expected a duration from 0 to {MAX_DURATION_HOURS} hours); ignored"), warnings);
                    None
                }
                Some(h) if h >= 0.0 => Some(h),
                _ => {
                    warn(col, format!("{what} {v:?} is neither a timestamp nor a duration (2h, 45m, 01:30:00); ignored"), warnings);
                    None
                }
            }
        };
        let first_response_h = elapsed(m.first_response, "first response", warnings);
        let resolution_h = elapsed(m.resolved, "resolution", warnings);
        let score = |col: Option<usize>, what: &str, lo: f64, hi: f64, warnings: &mut IngestWarnings| -> Option<f64> {
            let col = col?;
            let v = get(col)?;
            match parse_score(v) {
                Some(x) if (lo..=hi).contains(&x) => Some(x),
                _ => {
                    warn(col, format!("{what} {v:?} is not a number from {lo} to {hi}; ignored"), warnings);
                    None
                }
            }
        };
        let csat = score(m.csat, "satisfaction", 1.0, 5.0, warnings);
        let nps = score(m.nps, "likelihood to recommend", 0.0, 10.0, warnings);
        let ces = score(m.ces, "effort score", 1.0, 10.0, warnings);
        TicketMetrics { first_response_h, resolution_h, csat, nps, ces }
    }
}

/// Counts bytes read from an input, for the progress bar.
#[derive(Clone, Default)]
pub struct ByteCounter(pub Arc<AtomicU64>);

impl ByteCounter {
    pub fn add(&self, n: u64) {
        self.0.fetch_add(n, Ordering::Relaxed);
    }
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::Relaxed)
    }
}

/// The format of an input: `--format`, else the extension.
pub fn detect_format(path: &Path, forced: Option<Format>) -> Result<Format, InputError> {
    if let Some(f) = forced {
        return Ok(f);
    }
    Format::from_path(path).ok_or_else(|| {
        InputError::UnknownFormat(format!(
            "unknown file type {:?}: expected .csv, .tsv, .jsonl/.ndjson, .json or .parquet (or say --format)",
            path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Durations as ticket exports write them, in hours.
    #[test]
    fn durations_in_hours() {
        let cases: &[(&str, Option<f64>)] = &[
            ("2", Some(2.0)),
            ("2h", Some(2.0)),
            ("1.5 hours", Some(1.5)),
            ("45m", Some(0.75)),
            ("90 min", Some(1.5)),
            ("3 days", Some(72.0)),
            ("01:30", Some(1.5)),
            ("01:30:36", Some(1.51)),
            ("3600 s", Some(1.0)),
            ("", None),
            ("soon", None),
            ("1:2:3:4", None),
            ("inf", None),
        ];
        for (s, want) in cases {
            let got = parse_duration_hours(s);
            match (got, want) {
                (Some(g), Some(w)) => assert!((g - w).abs() < 1e-9, "{s:?}: {g} != {w}"),
                _ => assert_eq!(got, *want, "{s:?}"),
            }
        }
    }

    /// Ratings in the spellings of review exports.
    #[test]
    fn ratings_as_written() {
        assert_eq!(parse_rating("4"), Ok(Some(4.0)));
        assert_eq!(parse_rating("4,5"), Ok(Some(4.5)));
        assert_eq!(parse_rating("4/5"), Ok(Some(4.0)));
        assert_eq!(parse_rating("4 stars"), Ok(Some(4.0)));
        assert_eq!(parse_rating("★★★☆☆"), Ok(Some(3.0)));
        assert_eq!(parse_rating("٤"), Ok(Some(4.0)));
        assert_eq!(parse_rating("۳٫۵"), Ok(Some(3.5)));
        assert_eq!(parse_rating(""), Ok(None));
        assert_eq!(parse_rating("NaN"), Ok(None));
        assert_eq!(parse_rating("great"), Err(NotANumber));
        assert_eq!(parse_rating("1e400"), Err(NotANumber));
    }

    #[test]
    fn long_texts_are_cut_at_a_sentence_end_near_the_limit() {
        let t = "First sentence. Second one here. Third sentence goes on and on";
        let cut = truncation_point(t, 34);
        assert_eq!(&t[..cut], "First sentence. Second one here.");
        // no sentence end in the last tenth: cut at a character boundary
        let t = "ééééééééééééééééééééééééé";
        let cut = truncation_point(t, 11);
        assert!(t.is_char_boundary(cut) && cut <= 11 && cut >= 10);
        assert_eq!(truncation_point("short", 100), 5);
    }

    #[test]
    fn ratings() {
        assert_eq!(parse_rating("4"), Ok(Some(4.0)));
        assert_eq!(parse_rating(" 4,5 "), Ok(Some(4.5)));
        assert_eq!(parse_rating("3/5"), Ok(Some(3.0)));
        assert_eq!(parse_rating("٤"), Ok(Some(4.0)));
        assert_eq!(parse_rating("★★★☆☆"), Ok(Some(3.0)));
        assert_eq!(parse_rating(""), Ok(None));
        assert_eq!(parse_rating("great"), Err(NotANumber));
    }

    #[test]
    fn columns_are_recognised_and_errors_list_them() {
        let header: Vec<String> = ["Review ID", "Review Text", "Stars", "Plan"].iter().map(|s| s.to_string()).collect();
        let m = map_columns(&header, &ColumnSpec::default(), &LangSource::Detect).unwrap();
        assert_eq!(m.text, vec![1]);
        assert_eq!(m.id, Some(0));
        assert_eq!(m.rating, Some(2));
        let spec = ColumnSpec { persona: vec!["region".into()], ..Default::default() };
        let Err(InputError::Columns(e)) = map_columns(&header, &spec, &LangSource::Detect) else { panic!("a missing persona column is a column error") };
        assert!(e.contains("\"region\"") && e.contains("\"Review Text\""), "{e}");
    }

    fn records(rows: &[&[&str]]) -> Vec<Record> {
        rows.iter()
            .enumerate()
            .map(|(i, r)| Record { row: i as u64 + 1, line: None, fields: r.iter().map(|v| Some(v.to_string())).collect(), turns: None })
            .collect()
    }

    /// An Amazon-style export: `feedback` is a 0/1 flag, the reviews are elsewhere.
    #[test]
    fn a_text_column_picked_by_name_must_hold_text() {
        let header: Vec<String> = ["rating", "feedback", "verified_reviews"].iter().map(|s| s.to_string()).collect();
        let texts =
            ["Love my Echo, the sound is great", "الصوت ممتاز لكن التطبيق بطيء", "صدا خوب است ولی اتصال قطع می شود", "Le son est bon mais l'appli plante"];
        let rows: Vec<Vec<&str>> = (0..40).map(|i| vec!["5", if i % 3 == 0 { "0" } else { "1" }, texts[i % 4]]).collect();
        let rows: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
        let mut m = map_columns(&header, &ColumnSpec::default(), &LangSource::Detect).unwrap();
        assert_eq!(m.text, vec![1], "feedback comes first by name");
        let note = settle_auto_text(&header, &mut m, &records(&rows)).unwrap().expect("a note on the switch");
        assert_eq!(m.text, vec![2]);
        assert!(note.contains("\"feedback\"") && note.contains("\"verified_reviews\""), "{note}");

        // no other recognised name: refused, with the columns that look like text
        let header: Vec<String> = ["feedback", "label", "remarks_long"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<&str>> = (0..40).map(|i| vec!["1", if i % 2 == 0 { "pos" } else { "neg" }, texts[i % 4]]).collect();
        let rows: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
        let mut m = map_columns(&header, &ColumnSpec::default(), &LangSource::Detect).unwrap();
        let Err(InputError::Columns(e)) = settle_auto_text(&header, &mut m, &records(&rows)) else { panic!("a text column of numbers is a column error") };
        assert!(e.contains("numbers") && e.contains("\"remarks_long\"") && !e.contains("\"label\""), "{e}");

        // a real text column, and an explicit --text, pass untouched
        let header: Vec<String> = ["id", "text"].iter().map(|s| s.to_string()).collect();
        let rows: Vec<Vec<&str>> = (0..40).map(|i| vec!["7", texts[i % 4]]).collect();
        let rows: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
        let mut m = map_columns(&header, &ColumnSpec::default(), &LangSource::Detect).unwrap();
        assert_eq!(settle_auto_text(&header, &mut m, &records(&rows)).unwrap(), None);
        let spec = ColumnSpec { text: vec!["id".into()], ..Default::default() };
        let mut m = map_columns(&header, &spec, &LangSource::Detect).unwrap();
        assert_eq!(settle_auto_text(&header, &mut m, &records(&rows)).unwrap(), None, "an explicit --text is the user's choice");
    }
}
