//! Plain data types that several layers name: the input `Document` (with its speaker
//! turns, `TurnSpan`, and its `TicketMetrics`), a conversation turn's speaker `Role`,
//! and a rejected row or warning (`Reject`, its `RejectKind` and `Severity`).
//!
//! Exists at the bottom of the module graph so that `config` (`--speakers`,
//! `--speaker-map`), `ingest` (which builds documents and rejects), `analyze`,
//! `aggregate` and `output` (which read them) and `pipeline` share the types without
//! depending on each other: none of them has to import `ingest` for its data.

use crate::lang::Lang;
use std::sync::Arc;

/// One input document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub doc_id: String,
    /// The input file name (as given on the command line).
    pub source: Arc<str>,
    /// 1-based row (CSV/TSV record, JSONL line, JSON array element, Parquet row).
    pub row: u64,
    pub text: String,
    /// Language from a column or `--lang`.
    pub lang: Option<Lang>,
    pub rating: Option<f64>,
    pub created_at: Option<String>,
    /// `created_at` read as an instant: seconds since the Unix epoch, UTC.
    pub created_ts: Option<i64>,
    /// One value per persona dimension (`None` when empty).
    pub persona: Vec<Option<String>>,
    /// Values of `--redact-column` columns (removed from quotes).
    pub redact: Vec<String>,
    /// The speaker turns of a conversation (empty for a review or ticket).
    pub turns: Vec<TurnSpan>,
    /// Ticket metrics (empty when the input has no such columns).
    pub metrics: TicketMetrics,
    /// The calendar period of the creation date (`--period`, as an ordinal), when the
    /// row has a readable date: the unit of `changes.parquet`.
    pub period: Option<i32>,
}

/// A turn inside a document's text: byte range `[start, end)` of the turn's text.
#[derive(Debug, Clone, PartialEq)]
pub struct TurnSpan {
    pub speaker: String,
    pub role: Role,
    pub start: usize,
    pub end: usize,
}

/// Ticket metrics of one document (see `metrics.parquet`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TicketMetrics {
    /// Hours from creation to the first response.
    pub first_response_h: Option<f64>,
    /// Hours from creation to resolution.
    pub resolution_h: Option<f64>,
    /// Satisfaction, 1–5.
    pub csat: Option<f64>,
    /// Likelihood to recommend, 0–10.
    pub nps: Option<f64>,
    /// Customer effort score (as given; lower is easier on the common 1–7 scale).
    pub ces: Option<f64>,
}

impl TicketMetrics {
    pub fn is_empty(&self) -> bool {
        *self == TicketMetrics::default()
    }
}

/// A normalised speaker role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Customer,
    Agent,
    Bot,
    System,
    Unknown,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Agent => "agent",
            Role::Bot => "bot",
            Role::System => "system",
            Role::Unknown => "unknown",
        }
    }
    pub fn parse(s: &str) -> Option<Role> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "customer" => Role::Customer,
            "agent" => Role::Agent,
            "bot" => Role::Bot,
            "system" => Role::System,
            "unknown" => Role::Unknown,
            _ => return None,
        })
    }
}

/// A rejected input row (or a whole file, with row 0).
#[derive(Debug, Clone, PartialEq)]
pub struct Reject {
    pub source: String,
    pub row: u64,
    /// Line in the file where the row starts (CSV/TSV/JSONL), when known.
    pub line: Option<u64>,
    pub field: Option<String>,
    pub reason: String,
    /// What kind of problem (the class counted in the manifest).
    pub kind: RejectKind,
    /// `Warning`: a problem reported for a row that was kept (a transcript turn with no
    /// speaker, a timestamp that cannot be read); `Error`: the row (or file) was not used.
    pub severity: Severity,
}

/// The kind of a rejected row or warning, decided where the problem is found (the
/// manifest's `rejected_by_reason` counts rejects by it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RejectKind {
    /// The text column(s) of the row are empty.
    EmptyText,
    /// A field or line that is not UTF-8 (after the declared encoding).
    InvalidUtf8,
    /// A CSV/TSV record with another number of fields than the header.
    WrongFieldCount,
    /// A JSON line or array element that is not a JSON object.
    InvalidJson,
    /// A record the CSV parser could not read.
    MalformedRecord,
    /// Anything else: an unreadable file, a read error, a value that cannot be read.
    Other,
}

impl RejectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RejectKind::EmptyText => "empty_text",
            RejectKind::InvalidUtf8 => "invalid_utf8",
            RejectKind::WrongFieldCount => "wrong_field_count",
            RejectKind::InvalidJson => "invalid_json",
            RejectKind::MalformedRecord => "malformed_record",
            RejectKind::Other => "other",
        }
    }
}

/// Whether a problem cost the row (`Error`) or was only reported for a kept row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl Reject {
    /// A row (or file, with row 0) that was not used: `kind` of problem at `row`, `line`.
    pub fn error(source: impl Into<String>, row: u64, line: Option<u64>, kind: RejectKind, reason: impl Into<String>) -> Reject {
        Reject { source: source.into(), row, line, field: None, reason: reason.into(), kind, severity: Severity::Error }
    }

    /// A problem reported for a row (or file, with row 0) that was kept.
    pub fn warning(source: impl Into<String>, row: u64, line: Option<u64>, reason: impl Into<String>) -> Reject {
        Reject { source: source.into(), row, line, field: None, reason: reason.into(), kind: RejectKind::Other, severity: Severity::Warning }
    }

    /// The same problem, located in `field`.
    pub fn in_field(mut self, field: impl Into<String>) -> Reject {
        self.field = Some(field.into());
        self
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// Where the problem is, in the one format of every message: `file: row N` for a
    /// record (with `, line L` when the record starts on another line, as in CSV files
    /// with multi-line fields), `file:L` for a line of a text input (a transcript), and
    /// the file alone for a problem of the whole file. A field, if any, follows in
    /// brackets.
    pub fn location(&self) -> String {
        let mut s = match (self.row, self.line) {
            (0, None) => self.source.clone(),
            (0, Some(l)) => format!("{}:{l}", self.source),
            (r, Some(l)) if l != r => format!("{}: row {r}, line {l}", self.source),
            (r, _) => format!("{}: row {r}", self.source),
        };
        if let Some(f) = &self.field {
            s.push_str(&format!(" [{f}]"));
        }
        s
    }
}
