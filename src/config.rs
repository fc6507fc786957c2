//! Run configuration, in two layers: what the user typed (flags and an optional TOML
//! file, flags winning) is checked first and resolved into [`RunOptions`]; only then
//! are real objects (lexicons, readers, the thread pool) built by the pipeline.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Exit code: success.
pub const EXIT_OK: i32 = 0;
/// Exit code: finished, but some rows were rejected (see rejects.parquet).
pub const EXIT_REJECTS: i32 = 1;
/// Exit code: nothing usable was produced (bad arguments, unreadable input, invalid
/// lexicon, no row analysed); the output directory is left untouched.
pub const EXIT_FAILURE: i32 = 2;
/// Exit code: the run succeeded and raised change alerts (with `--fail-on-alert`).
pub const EXIT_ALERT: i32 = 3;

/// Every setting of a run, declared once: the same struct is parsed from the flags of
/// `vocmine run` / `stream` (clap) and from `--config FILE` (TOML: keys are the long
/// flag names with `_` for `-`, lists are arrays, and `[[input]]` sections exist only
/// there). [`Settings::over`] lays the flags over the file; `args::resolve_run` then
/// checks the result into [`RunOptions`]. A new setting is a field here (its flag, its
/// TOML key and its help text at once) and its use in `resolve_run`.
#[derive(Debug, Default, Clone, clap::Args, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Input files or globs (CSV, TSV, JSONL/NDJSON, JSON array, Parquet; transcripts .txt, .vtt, .srt).
    pub inputs: Vec<String>,
    /// Output directory (created if missing).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Text column; repeat to join several columns (default: text, review, body, comment, description, message…).
    #[arg(long = "text", value_name = "COL")]
    pub text: Vec<String>,
    /// Id column (default: id, review_id, ticket_id…; else <file>:<row>).
    #[arg(long, value_name = "COL")]
    pub id: Option<String>,
    /// Rating column (default: rating, stars, score, rate).
    #[arg(long, value_name = "COL")]
    pub rating: Option<String>,
    /// Persona dimension: a column, a crossed dimension `plan+role`, or the built-ins `rating_band` and `period`; repeat for several dimensions.
    #[arg(long = "persona", value_name = "COL")]
    pub persona: Vec<String>,
    /// Language: a code (ar, fa, fr, en) for every row, a column holding codes, or `auto` (identify every document, ignoring any language column). Default: a lang/language column if present, else identified.
    #[arg(long, value_name = "COL|CODE")]
    pub lang: Option<String>,
    /// Creation date column (default: created_at, date, created, timestamp).
    #[arg(long, value_name = "COL")]
    pub created: Option<String>,
    /// Kind of documents (default review).
    #[arg(long, ignore_case = true)]
    pub kind: Option<Kind>,
    /// Input format, when the extension does not tell (txt: a transcript).
    #[arg(long, ignore_case = true)]
    pub format: Option<Format>,
    /// Text encoding of CSV/TSV/JSON inputs: utf-8 (default; a BOM is honoured), windows-1252, windows-1256, utf-16le…
    #[arg(long)]
    pub encoding: Option<String>,
    /// Lexicons: `default` (the bundled set), a lexicon directory, or a dictionary file
    /// (.dic, .dicx, .yml/.yaml, .json, .csv/.tsv); repeat to use several. Themes of a
    /// dictionary are named `NAME:category` (NAME: the file name, or `--lexicons NAME=PATH`).
    /// In TOML a string or a list.
    #[arg(long, value_name = "DIR|FILE")]
    #[serde(deserialize_with = "one_or_many")]
    pub lexicons: Vec<String>,
    /// Format of a dictionary file whose extension does not tell: liwc, liwc22, yaml, json, csv, tsv.
    #[arg(long, value_name = "FMT")]
    pub lexicon_format: Option<String>,
    /// Language of dictionary entries that do not say theirs: ar, fa, fr, en.
    #[arg(long, value_name = "CODE")]
    pub lexicon_lang: Option<String>,
    /// Keep rows rated at least this.
    #[arg(long)]
    pub min_rating: Option<f64>,
    /// Keep rows rated at most this.
    #[arg(long)]
    pub max_rating: Option<f64>,
    /// Worker threads (default: all cores). Output does not depend on it.
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar and no summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Quotes per (persona, theme) (default 3).
    #[arg(long)]
    pub quotes: Option<usize>,
    /// Calendar unit of the built-in `period` persona dimension (default month).
    #[arg(long, ignore_case = true)]
    pub period: Option<Period>,
    /// Refuse a persona dimension with more distinct values than this (default 200).
    #[arg(long)]
    pub max_persona_values: Option<usize>,
    /// Rows read and analysed per chunk (default 8192). Memory holds about one chunk of
    /// documents per stage; the tables do not depend on it.
    #[arg(long, value_name = "N")]
    pub chunk_rows: Option<usize>,
    /// Analyse at most this many bytes of one document's text (the rest is cut at a
    /// sentence end, with a warning in rejects.parquet). Default 2000000.
    #[arg(long, value_name = "N")]
    pub max_text_bytes: Option<usize>,
    /// Distinct emergent phrases kept in memory (default 200000): when more are tracked at
    /// a checkpoint, the rarest are dropped (see README, "Emergent phrases").
    #[arg(long, value_name = "N")]
    pub phrase_capacity: Option<usize>,
    /// Accept persona dimensions with many values.
    #[arg(long)]
    pub force_persona: bool,
    /// Flag persona × theme cells with fewer documents than this as low_support (default 10).
    #[arg(long)]
    pub min_support: Option<u64>,
    /// changes.parquet: periods before each compared period that form its baseline (default 4).
    #[arg(long, value_name = "N")]
    pub baseline_periods: Option<usize>,
    /// changes.parquet: how many of the latest periods are compared with their baseline (default 1).
    #[arg(long, value_name = "N")]
    pub change_periods: Option<usize>,
    /// A change is an alert when its q-value is below Q (default 0.01)…
    #[arg(long, value_name = "Q")]
    pub alert_q: Option<f64>,
    /// …its share grew at least this many times (default 1.5)…
    #[arg(long, value_name = "R")]
    pub alert_min_ratio: Option<f64>,
    /// …and by at least this much (a share difference, default 0.02).
    #[arg(long, value_name = "D")]
    pub alert_min_diff: Option<f64>,
    /// Exit with code 3 when a change alert is raised (for cron and Airflow).
    #[arg(long)]
    pub fail_on_alert: bool,
    /// Column whose values (author names…) are redacted from quotes; repeatable.
    #[arg(long = "redact-column", value_name = "COL")]
    pub redact_column: Vec<String>,
    /// Do not redact personal data from quotes.
    #[arg(long)]
    pub no_redact: bool,
    /// Also redact document ids and persona values in every table (an id column of
    /// e-mail addresses, a persona column of names).
    #[arg(long = "redact-all")]
    pub redact_all: bool,
    /// Keep rows created on or after this date (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// Keep rows created on or before this date (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Keep only documents in these languages (comma-separated: ar,fa,fr,en,other).
    #[arg(long, value_name = "LANGS", value_delimiter = ',')]
    pub only_lang: Vec<String>,
    /// Keep rows whose COL equals VALUE; repeat (same column: any value; different columns: all).
    #[arg(long = "where", value_name = "COL=VALUE")]
    #[serde(rename = "where")]
    pub where_: Vec<String>,
    /// First-response column: a timestamp (minus --created) or a duration (default: first_response_at, first_response_time…).
    #[arg(long, value_name = "COL")]
    pub first_response: Option<String>,
    /// Resolution column: a timestamp (minus --created) or a duration (default: resolved_at, time_to_resolution, closed_at…).
    #[arg(long, value_name = "COL")]
    pub resolved: Option<String>,
    /// Satisfaction column, 1–5 (default: csat, customer_satisfaction_rating, satisfaction).
    #[arg(long, value_name = "COL")]
    pub csat: Option<String>,
    /// Likelihood-to-recommend column, 0–10 (default: nps, nps_score).
    #[arg(long, value_name = "COL")]
    pub nps: Option<String>,
    /// Customer effort column (default: ces, customer_effort_score, effort).
    #[arg(long, value_name = "COL")]
    pub ces: Option<String>,
    /// Whose turns are analysed in conversations (default customer).
    #[arg(long, ignore_case = true)]
    pub speakers: Option<Speakers>,
    /// Map a speaker label to a role (customer, agent, bot, system, unknown); repeatable: --speaker-map Sam=agent.
    #[arg(long = "speaker-map", value_name = "LABEL=ROLE")]
    pub speaker_map: Vec<String>,
    /// `[[input]]` sections of the TOML file: columns per input file (see [`InputSection`]).
    #[arg(skip)]
    pub input: Vec<InputSection>,
    /// Also write OUT/report.html (see `vocmine report`).
    #[arg(long)]
    pub report: bool,
    /// Language of the report with --report: en, fr, ar or fa.
    #[arg(long, value_name = "LANG")]
    pub report_lang: Option<String>,
}

impl Settings {
    /// Reads a TOML settings file (`--config FILE`).
    pub fn load(path: &Path) -> anyhow::Result<Settings> {
        let s = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: cannot read config: {e}", path.display()))?;
        toml::from_str(&s).map_err(|e| anyhow::anyhow!("{}: invalid config: {e}", path.display()))
    }

    /// These settings (the flags) laid over `base` (the file): a setting given here wins;
    /// one not given (no value, no list entry, a switch left off) is taken from `base`.
    /// Done field by field on the serialised form, so no field can be forgotten.
    pub fn over(self, base: Settings) -> Settings {
        let given =
            |v: &serde_json::Value| !matches!(v, serde_json::Value::Null | serde_json::Value::Bool(false)) && v.as_array().is_none_or(|a| !a.is_empty());
        let (serde_json::Value::Object(top), serde_json::Value::Object(mut merged)) =
            (serde_json::to_value(self).expect("settings serialise"), serde_json::to_value(base).expect("settings serialise"))
        else {
            unreachable!("settings serialise as an object")
        };
        for (k, v) in top {
            if given(&v) {
                merged.insert(k, v);
            }
        }
        serde_json::from_value(serde_json::Value::Object(merged)).expect("settings read back")
    }
}

/// A TOML value that is a string or an array of strings.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match OneOrMany::deserialize(d)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
    })
}

/// Serde for the enums of [`Settings`] through their clap names and aliases, so a TOML
/// value is read exactly as the flag is (any case).
macro_rules! value_enum_serde {
    ($($t:ty),*) => {$(
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(clap::ValueEnum::to_possible_value(self).expect("no hidden variant").get_name())
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$t as clap::ValueEnum>::from_str(s.trim(), true).map_err(|_| {
                    let names: Vec<String> = <$t as clap::ValueEnum>::value_variants().iter().filter_map(clap::ValueEnum::to_possible_value).map(|p| p.get_name().to_string()).collect();
                    serde::de::Error::custom(format!("unknown value {s:?}: expected {}", names.join(", ")))
                })
            }
        }
    )*};
}
value_enum_serde!(Kind, Format, Period, Speakers);

/// Whose turns of a conversation are analysed (`--speakers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Speakers {
    /// The customer's turns.
    #[value(alias = "customers")]
    Customer,
    /// The agent's turns.
    #[value(alias = "agents")]
    Agent,
    /// Every turn (customer, agent, bot, system, unknown).
    All,
}

impl Speakers {
    pub fn roles(self) -> Vec<crate::model::Role> {
        use crate::model::Role;
        match self {
            Speakers::Customer => vec![Role::Customer],
            Speakers::Agent => vec![Role::Agent],
            Speakers::All => vec![Role::Customer, Role::Agent, Role::Bot, Role::System, Role::Unknown],
        }
    }
}

/// Columns of the inputs that match `files` (a glob on the path, or on the file name
/// when it has no `/`), for nightly runs over several exports with different columns.
/// Given columns replace the run's; `rename` renames header columns before anything
/// else (`{ tier = "plan" }` makes a file's `tier` column the `plan` persona column).
#[derive(Debug, Default, Deserialize, Serialize, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct InputSection {
    pub files: String,
    pub text: Option<Vec<String>>,
    pub id: Option<String>,
    pub rating: Option<String>,
    pub created: Option<String>,
    pub first_response: Option<String>,
    pub resolved: Option<String>,
    pub csat: Option<String>,
    pub nps: Option<String>,
    pub ces: Option<String>,
    #[serde(default)]
    pub rename: std::collections::BTreeMap<String, String>,
}

/// A checked `[[input]]` section.
#[derive(Debug, Clone)]
pub struct InputColumns {
    pub pattern: glob::Pattern,
    pub section: InputSection,
}

impl InputColumns {
    pub fn parse(section: InputSection) -> anyhow::Result<InputColumns> {
        let pattern = glob::Pattern::new(&section.files).map_err(|e| anyhow::anyhow!("[[input]] files = {:?} is not a valid glob: {e}", section.files))?;
        Ok(InputColumns { pattern, section })
    }

    pub fn matches(&self, path: &Path) -> bool {
        if self.section.files.contains('/') {
            self.pattern.matches_path(path)
        } else {
            path.file_name().is_some_and(|n| self.pattern.matches(&n.to_string_lossy()))
        }
    }

    /// The run's columns with this section's in their place.
    pub fn apply(&self, spec: &ColumnSpec) -> ColumnSpec {
        let s = &self.section;
        let mut c = spec.clone();
        if let Some(t) = &s.text {
            c.text = t.clone();
        }
        for (dst, src) in [
            (&mut c.id, &s.id),
            (&mut c.rating, &s.rating),
            (&mut c.created, &s.created),
            (&mut c.first_response, &s.first_response),
            (&mut c.resolved, &s.resolved),
            (&mut c.csat, &s.csat),
            (&mut c.nps, &s.nps),
            (&mut c.ces, &s.ces),
        ] {
            if src.is_some() {
                *dst = src.clone();
            }
        }
        c
    }

    /// A header with this section's renames applied.
    pub fn rename(&self, header: &[String]) -> Vec<String> {
        header.iter().map(|h| self.section.rename.get(h).cloned().unwrap_or_else(|| h.clone())).collect()
    }
}

/// Document kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    #[value(alias = "reviews")]
    Review,
    #[value(alias = "tickets")]
    Ticket,
    #[value(aliases = ["transcripts", "conversation", "chat"])]
    Transcript,
    #[value(alias = "surveys")]
    Survey,
}

impl Kind {
    pub fn parse(s: &str) -> Option<Kind> {
        clap::ValueEnum::from_str(s.trim(), true).ok()
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Review => "review",
            Kind::Ticket => "ticket",
            Kind::Transcript => "transcript",
            Kind::Survey => "survey",
        }
    }
}

/// Input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    #[value(alias = "tab")]
    Tsv,
    #[value(aliases = ["ndjson", "jsonlines"])]
    Jsonl,
    Json,
    #[value(alias = "pq")]
    Parquet,
    /// Plain-text transcript with speaker labels (`.txt`): one conversation per file.
    #[value(name = "txt", alias = "transcript")]
    Transcript,
    /// WebVTT subtitles (`.vtt`): one conversation per file.
    #[value(alias = "webvtt")]
    Vtt,
    /// SRT subtitles (`.srt`): one conversation per file.
    Srt,
}

impl Format {
    /// A format name or file extension (`.csv`), in any case.
    pub fn parse(s: &str) -> Option<Format> {
        clap::ValueEnum::from_str(s.trim().trim_start_matches('.'), true).ok()
    }
    /// The usual file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Jsonl => "jsonl",
            Format::Json => "json",
            Format::Parquet => "parquet",
            Format::Transcript => "txt",
            Format::Vtt => "vtt",
            Format::Srt => "srt",
        }
    }
    /// From a file name's extension.
    pub fn from_path(p: &Path) -> Option<Format> {
        p.extension().and_then(|e| e.to_str()).and_then(Format::parse)
    }
}

/// How the language of a row is decided.
#[derive(Debug, Clone, PartialEq)]
pub enum LangSource {
    /// A `lang`/`language`/`locale` column when there is one, else identified per document.
    Detect,
    /// Identified per document, even when a language column exists (`--lang auto`).
    Identify,
    /// Every row is in this language (`--lang fr`).
    Fixed(Lang),
    /// Read from a column (`--lang language`); unknown values fall back to detection.
    Column(String),
}

/// Which input columns mean what (names as given; auto-recognised when `None`/empty).
#[derive(Debug, Clone, Default)]
pub struct ColumnSpec {
    pub text: Vec<String>,
    pub id: Option<String>,
    pub rating: Option<String>,
    pub persona: Vec<String>,
    pub created: Option<String>,
    /// Columns whose values are redacted from quotes (`--redact-column`).
    pub redact: Vec<String>,
    /// `--where COL=VALUE` filters: column and accepted values.
    pub filters: Vec<(String, Vec<String>)>,
    pub first_response: Option<String>,
    pub resolved: Option<String>,
    pub csat: Option<String>,
    pub nps: Option<String>,
    pub ces: Option<String>,
}

impl ColumnSpec {
    /// Every column named by a flag (persona combinations split at `+`), for readers
    /// whose columns come from the records (JSON Lines): a named column is looked for
    /// in every record, not only in those read before the columns were mapped.
    pub fn named(&self) -> Vec<String> {
        let mut v: Vec<String> = self.text.clone();
        v.extend(
            [&self.id, &self.rating, &self.created, &self.first_response, &self.resolved, &self.csat, &self.nps, &self.ces].into_iter().flatten().cloned(),
        );
        v.extend(self.persona.iter().flat_map(|p| p.split('+').map(|x| x.trim().to_string())));
        v.extend(self.redact.iter().cloned());
        v.extend(self.filters.iter().map(|(c, _)| c.clone()));
        v.retain(|n| n != "rating_band" && n != "period" && !n.is_empty());
        v
    }
}

/// Calendar period of the built-in `period` persona dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Period {
    #[value(alias = "weekly")]
    Week,
    #[value(alias = "monthly")]
    Month,
    #[value(alias = "quarterly")]
    Quarter,
}

impl Period {
    pub fn name(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
        }
    }
    pub fn parse(s: &str) -> Option<Period> {
        clap::ValueEnum::from_str(s.trim(), true).ok()
    }
    /// The period label of a date: `2026-W03`, `2026-01`, `2026-Q1`.
    pub fn label(self, d: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        match self {
            Period::Week => {
                let w = d.iso_week();
                format!("{}-W{:02}", w.year(), w.week())
            }
            Period::Month => format!("{}-{:02}", d.year(), d.month()),
            Period::Quarter => format!("{}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
        }
    }

    /// The number of the period of `d`, counting from year 0: consecutive periods have
    /// consecutive numbers (weeks start on Monday).
    pub fn ordinal(self, d: chrono::NaiveDate) -> i32 {
        use chrono::Datelike;
        match self {
            Period::Week => (d.num_days_from_ce() - d.weekday().num_days_from_monday() as i32).div_euclid(7),
            Period::Month => d.year() * 12 + d.month0() as i32,
            Period::Quarter => d.year() * 4 + (d.month0() / 3) as i32,
        }
    }

    /// The label of period number `n` (see [`ordinal`](Self::ordinal)).
    pub fn label_of(self, n: i32) -> String {
        let first = match self {
            Period::Week => chrono::NaiveDate::from_num_days_from_ce_opt(n * 7 + 1),
            Period::Month => chrono::NaiveDate::from_ymd_opt(n.div_euclid(12), n.rem_euclid(12) as u32 + 1, 1),
            Period::Quarter => chrono::NaiveDate::from_ymd_opt(n.div_euclid(4), n.rem_euclid(4) as u32 * 3 + 1, 1),
        };
        first.map(|d| self.label(d)).unwrap_or_default()
    }
}

/// Parses a timestamp to seconds since the Unix epoch (UTC). Offsets are honoured
/// (`2026-01-04T09:12:00+01:00`, `Tue Oct 31 22:10:47 +0000 2017`); a timestamp without
/// an offset is taken as UTC; a date alone is midnight UTC.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Some(d.timestamp());
    }
    for f in
        ["%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%d %H:%M:%S%z", "%Y-%m-%d %H:%M:%S %z", "%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S%.f%z", "%d/%m/%Y %H:%M:%S %z"]
    {
        if let Ok(d) = DateTime::parse_from_str(t, f) {
            return Some(d.timestamp());
        }
    }
    let t2 = t.trim_end_matches(" UTC").trim_end_matches(" GMT").trim_end_matches('Z');
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(t2, f) {
            return Some(d.and_utc().timestamp());
        }
    }
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%d-%b-%y", "%d-%b-%Y", "%d %b %Y", "%b %d, %Y", "%d.%m.%Y", "%m/%d/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(t2, f) {
            return Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp());
        }
    }
    if t.len() >= 9 && t.len() <= 11 && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    None
}

/// Parses a date or timestamp as written in common exports, to its UTC date:
/// RFC 3339 / ISO 8601 (`2026-01-04T09:12:00Z`, `2026-01-04 09:12:00+01:00`,
/// `2026-01-04`), `2026/01/04`, `01/04/2026` (month first, as US exports write it),
/// `31-Jul-18`, `Tue Oct 31 22:10:47 +0000 2017`, Unix seconds.
pub fn parse_date(s: &str) -> Option<chrono::NaiveDate> {
    // one parser for dates and timestamps: the date of the instant, in UTC
    parse_timestamp(s).and_then(|t| chrono::DateTime::from_timestamp(t, 0)).map(|d| d.date_naive())
}

/// Default `--max-text-bytes`: a 2 MB field is a pasted log, not feedback; analysis is
/// linear in text length, but tables and memory are not meant for one such document.
pub const MAX_TEXT_BYTES: usize = 2_000_000;

/// A validated run configuration.
#[derive(Debug, Clone)]
pub struct RunOptions {
    pub inputs: Vec<PathBuf>,
    /// Columns per input (`[[input]]` sections of the config file), first match wins.
    pub per_input: Vec<InputColumns>,
    pub out: PathBuf,
    pub columns: ColumnSpec,
    pub lang: LangSource,
    pub kind: Kind,
    pub format: Option<Format>,
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// `--lexicons` (repeatable), `--lexicon-format`, `--lexicon-lang`.
    pub lexicons: crate::lexicon::sources::LexiconSpec,
    pub min_rating: Option<f64>,
    pub max_rating: Option<f64>,
    pub threads: Option<usize>,
    pub quiet: bool,
    pub quotes: usize,
    pub period: Period,
    /// A persona dimension with more distinct values is refused (unless `force_persona`).
    pub max_persona_values: usize,
    pub force_persona: bool,
    /// Cells with fewer documents are flagged `low_support`.
    pub min_support: u64,
    /// `changes.parquet` and its alerts (see `output::changes`).
    pub baseline_periods: usize,
    pub change_periods: usize,
    pub alert_q: f64,
    pub alert_min_ratio: f64,
    pub alert_min_diff: f64,
    pub fail_on_alert: bool,
    /// Redact personal data from quotes.
    pub redact: bool,
    /// `--redact-all`: document ids and persona values redacted too.
    pub redact_all: bool,
    pub since: Option<chrono::NaiveDate>,
    pub until: Option<chrono::NaiveDate>,
    /// Keep only documents in these languages (`--only-lang`).
    pub only_lang: Vec<Lang>,
    /// Speaker roles whose turns are analysed in conversations (`--speakers`).
    pub speakers: Vec<crate::model::Role>,
    /// Speaker labels mapped to roles (`--speaker-map LABEL=ROLE`).
    pub speaker_map: Vec<(String, crate::model::Role)>,
    /// Rows per chunk (memory bound: one chunk of documents at a time).
    pub chunk_rows: usize,
    /// Bytes of one document's text that are analysed (`--max-text-bytes`).
    pub max_text_bytes: usize,
    /// Distinct emergent phrases kept at a checkpoint.
    pub phrase_capacity: usize,
    /// The arguments as typed, for the manifest.
    pub arguments: Vec<String>,
    /// Write `OUT/report.html` after the run, in this language (`--report`).
    pub report: Option<Lang>,
    /// `--shard K/N --partial DIR`: analyse shard K of N and write a partial result into
    /// `out` (`DIR/shard-K-of-N`) instead of the tables (see `crate::partial`).
    pub partial: Option<ShardSpec>,
}

/// Which shard of a sharded run this process is (0-based `k` of `n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpec {
    pub k: usize,
    pub n: usize,
}

impl ShardSpec {
    /// `K/N` with 0 ≤ K < N.
    pub fn parse(s: &str) -> anyhow::Result<ShardSpec> {
        let bad = || anyhow::anyhow!("--shard {s:?}: expected K/N with 0 <= K < N (0-based, e.g. 0/4 … 3/4)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (k, n): (usize, usize) = (k.trim().parse().map_err(|_| bad())?, n.trim().parse().map_err(|_| bad())?);
        if n == 0 || k >= n {
            return Err(bad());
        }
        Ok(ShardSpec { k, n })
    }

    /// K and N from the environment of a scheduler, for `--partial` without `--shard`:
    /// K from `JOB_COMPLETION_INDEX` (Kubernetes Indexed Jobs) or `SLURM_ARRAY_TASK_ID`
    /// (minus `SLURM_ARRAY_TASK_MIN`), N from `--shards`, `VOCMINE_SHARDS` or
    /// `SLURM_ARRAY_TASK_COUNT`; neither set: one shard (0/1), a whole run as a part.
    pub fn from_env(shards: Option<usize>, env: impl Fn(&str) -> Option<String>) -> anyhow::Result<ShardSpec> {
        let num = |name: &str| -> anyhow::Result<Option<usize>> {
            match env(name) {
                None => Ok(None),
                Some(v) if v.trim().is_empty() => Ok(None),
                Some(v) => v.trim().parse().map(Some).map_err(|_| anyhow::anyhow!("environment variable {name}={v:?} is not a number")),
            }
        };
        let (k, from) = if let Some(k) = num("JOB_COMPLETION_INDEX")? {
            (Some(k), "JOB_COMPLETION_INDEX")
        } else if let Some(k) = num("SLURM_ARRAY_TASK_ID")? {
            let min = num("SLURM_ARRAY_TASK_MIN")?.unwrap_or(0);
            (Some(k.checked_sub(min).ok_or_else(|| anyhow::anyhow!("SLURM_ARRAY_TASK_ID {k} is below SLURM_ARRAY_TASK_MIN {min}"))?), "SLURM_ARRAY_TASK_ID")
        } else {
            (None, "")
        };
        let n = match shards {
            Some(n) => Some(n),
            None => match num("VOCMINE_SHARDS")? {
                Some(n) => Some(n),
                None => num("SLURM_ARRAY_TASK_COUNT")?,
            },
        };
        match (k, n) {
            (None, None) => Ok(ShardSpec { k: 0, n: 1 }),
            (Some(_), None) => anyhow::bail!("{from} gives the shard index, but not how many shards there are: pass --shards N or set VOCMINE_SHARDS"),
            (None, Some(n)) if n > 1 => anyhow::bail!("{n} shards, but no shard index: pass --shard K/{n}, or run under a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) or a Slurm array (SLURM_ARRAY_TASK_ID)"),
            (None, Some(_)) => Ok(ShardSpec { k: 0, n: 1 }),
            (Some(k), Some(n)) if n == 0 || k >= n => anyhow::bail!("shard index {k} (from {from}) is not below the number of shards {n}"),
            (Some(k), Some(n)) => Ok(ShardSpec { k, n }),
        }
    }

    /// The directory of this shard's part under `--partial DIR`.
    pub fn dir_name(&self) -> String {
        format!("shard-{:04}-of-{:04}", self.k, self.n)
    }
}

/// The run settings that shape the aggregate tables, stored in a partial result so
/// that `vocmine merge` writes exactly the tables a single run writes.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
pub struct TableSettings {
    pub persona: Vec<String>,
    pub kind: String,
    pub quotes: usize,
    pub redact: bool,
    pub period: String,
    pub min_support: u64,
    pub max_persona_values: usize,
    pub force_persona: bool,
    pub baseline_periods: usize,
    pub change_periods: usize,
    pub alert_q: f64,
    pub alert_min_ratio: f64,
    pub alert_min_diff: f64,
    pub phrase_capacity: usize,
}

impl RunOptions {
    pub fn table_settings(&self) -> TableSettings {
        TableSettings {
            persona: self.columns.persona.clone(),
            kind: self.kind.as_str().to_string(),
            quotes: self.quotes,
            redact: self.redact,
            period: self.period.name().to_string(),
            min_support: self.min_support,
            max_persona_values: self.max_persona_values,
            force_persona: self.force_persona,
            baseline_periods: self.baseline_periods,
            change_periods: self.change_periods,
            alert_q: self.alert_q,
            alert_min_ratio: self.alert_min_ratio,
            alert_min_diff: self.alert_min_diff,
            phrase_capacity: self.phrase_capacity,
        }
    }

    /// A fingerprint of every setting that changes what is analysed or written (inputs,
    /// output paths, threads, chunk size, progress and the shard itself excluded): the
    /// parts of one merge must agree on it.
    pub fn analysis_fingerprint(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut o = self.clone();
        o.inputs.clear();
        o.out = PathBuf::new();
        o.threads = None;
        o.quiet = false;
        o.chunk_rows = 0;
        o.arguments.clear();
        o.report = None;
        o.partial = None;
        // lexicons are compared by content hash, not by path
        o.lexicons = Default::default();
        o.fail_on_alert = false;
        format!("{:x}", Sha256::digest(format!("{o:?}").as_bytes()))
    }
}

/// Expands globs and checks that every input exists. Patterns that match nothing are
/// an error naming the pattern.
pub fn expand_inputs(patterns: &[String]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in patterns {
        if p.contains(['*', '?', '[']) {
            let mut matched: Vec<PathBuf> = glob::glob(p)
                .map_err(|e| anyhow::anyhow!("input pattern {p:?} is not a valid glob: {e}"))?
                .filter_map(|r| r.ok())
                .filter(|p| p.is_file())
                .collect();
            if matched.is_empty() {
                anyhow::bail!("input pattern {p:?} matches no file");
            }
            matched.sort();
            out.extend(matched);
        } else {
            out.push(PathBuf::from(p));
        }
    }
    Ok(out)
}

/// Parses an encoding label (`utf-8`, `windows-1252`, `cp1256`, `latin1`, `utf-16le`…).
pub fn parse_encoding(label: &str) -> anyhow::Result<Option<&'static encoding_rs::Encoding>> {
    let l = label.trim().to_ascii_lowercase();
    let l = match l.as_str() {
        "cp1252" => "windows-1252".to_string(),
        "cp1256" => "windows-1256".to_string(),
        "utf8" => "utf-8".to_string(),
        _ => l,
    };
    if l == "utf-8" {
        return Ok(None);
    }
    match encoding_rs::Encoding::for_label(l.as_bytes()) {
        Some(e) => Ok(Some(e)),
        None => anyhow::bail!("unknown --encoding {label:?}: use utf-8 (default), windows-1252 (French exports from Excel), windows-1256 (Arabic), utf-16le/utf-16be, or another WHATWG label"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Flags win where given; everything else, `[[input]]` sections included, comes
    /// from the file; a switch is on when either turns it on.
    #[test]
    fn flags_are_laid_over_the_file() {
        let file: Settings = toml::from_str(
            "inputs = [\"a.csv\"]\nout = \"o\"\npersona = [\"plan\"]\nkind = \"ticket\"\nquiet = true\nmin_support = 5\n\n[[input]]\nfiles = \"*.json\"\ntext = [\"body\"]\n",
        )
        .unwrap();
        let flags = Settings { persona: vec!["role".into()], min_support: Some(7), period: Some(Period::Week), ..Default::default() };
        let s = flags.over(file.clone());
        assert_eq!(s.inputs, ["a.csv"]);
        assert_eq!(s.out.as_deref(), Some(Path::new("o")));
        assert_eq!(s.persona, ["role"]);
        assert_eq!(s.kind, Some(Kind::Ticket));
        assert!(s.quiet);
        assert_eq!(s.min_support, Some(7));
        assert_eq!(s.period, Some(Period::Week));
        assert_eq!(s.input, file.input);
        assert_eq!(s.input.len(), 1);
        // nothing given: the file as it is
        let s = Settings::default().over(file.clone());
        assert_eq!((s.persona, s.min_support, s.period), (vec!["plan".to_string()], Some(5), None));
    }

    /// The names and aliases of the choices, as flags and in TOML.
    #[test]
    fn choices_read_alike_in_flags_and_files() {
        for (text, kind) in [("review", Kind::Review), ("Tickets", Kind::Ticket), ("chat", Kind::Transcript), ("surveys", Kind::Survey)] {
            assert_eq!(Kind::parse(text), Some(kind), "{text}");
            let s: Settings = toml::from_str(&format!("kind = {text:?}")).unwrap();
            assert_eq!(s.kind, Some(kind));
        }
        assert_eq!(Kind::parse("tweet"), None);
        for (text, f) in [
            (".CSV", Format::Csv),
            ("tab", Format::Tsv),
            ("ndjson", Format::Jsonl),
            ("txt", Format::Transcript),
            ("webvtt", Format::Vtt),
            ("pq", Format::Parquet),
        ] {
            assert_eq!(Format::parse(text), Some(f), "{text}");
        }
        assert_eq!(Period::parse("Quarterly"), Some(Period::Quarter));
        let s: Settings = toml::from_str("speakers = \"agents\"\nlexicons = \"default\"\nonly_lang = [\"ar\", \"fa\"]").unwrap();
        assert_eq!(s.speakers, Some(Speakers::Agent));
        assert_eq!(s.lexicons, ["default"]);
        assert_eq!(s.only_lang, ["ar", "fa"]);
        let e = toml::from_str::<Settings>("period = \"daily\"").unwrap_err().to_string();
        assert!(e.contains("expected week, month, quarter"), "{e}");
    }

    /// Timestamps as exports write them, to seconds since the epoch (UTC).
    #[test]
    fn timestamps_of_common_exports() {
        let cases: &[(&str, Option<i64>)] = &[
            ("2026-01-04T09:12:00Z", Some(1_767_517_920)),
            ("2026-01-04T09:12:00+01:00", Some(1_767_514_320)),
            ("2026-01-04 09:12:00", Some(1_767_517_920)),
            ("2026-01-04 09:12:00 UTC", Some(1_767_517_920)),
            ("2026-01-04T09:12", Some(1_767_517_920)),
            ("Tue Oct 31 22:10:47 +0000 2017", Some(1_509_487_847)),
            ("2026-01-04", Some(1_767_484_800)),
            ("2026/01/04", Some(1_767_484_800)),
            // month first, as US exports write it
            ("04/01/2026", Some(1_775_001_600)),
            ("31-Jul-18", Some(1_532_995_200)),
            ("1767517920", Some(1_767_517_920)),
            ("", None),
            ("yesterday", None),
            ("2026-13-40", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_timestamp(s), *want, "{s:?}");
        }
    }

    /// A date is the UTC date of the instant: an offset can move it to the next day.
    #[test]
    fn dates_are_utc_dates_of_the_instant() {
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day);
        assert_eq!(parse_date("2026-01-04T23:30:00-05:00"), d(2026, 1, 5));
        assert_eq!(parse_date("2026-01-04T09:12:00Z"), d(2026, 1, 4));
        assert_eq!(parse_date("2026-01-04"), d(2026, 1, 4));
        assert_eq!(parse_date("not a date"), None);
    }

    #[test]
    fn encodings_by_label() {
        assert_eq!(parse_encoding("utf-8").unwrap(), None);
        assert_eq!(parse_encoding("UTF8").unwrap(), None);
        assert_eq!(parse_encoding("cp1256").unwrap(), Some(encoding_rs::WINDOWS_1256));
        assert_eq!(parse_encoding("latin1").unwrap(), Some(encoding_rs::WINDOWS_1252));
        assert_eq!(parse_encoding("utf-16le").unwrap(), Some(encoding_rs::UTF_16LE));
        assert!(parse_encoding("klingon").is_err());
    }

    #[test]
    fn shard_from_flag_and_scheduler_environment() {
        assert_eq!(ShardSpec::parse("2/7").unwrap(), ShardSpec { k: 2, n: 7 });
        for bad in ["7/7", "1/0", "a/3", "3", "-1/3"] {
            assert!(ShardSpec::parse(bad).is_err(), "{bad}");
        }
        let env = |vars: &'static [(&'static str, &'static str)]| move |k: &str| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string());
        assert_eq!(ShardSpec::from_env(None, env(&[])).unwrap(), ShardSpec { k: 0, n: 1 });
        assert_eq!(ShardSpec::from_env(None, env(&[("JOB_COMPLETION_INDEX", "3"), ("VOCMINE_SHARDS", "4")])).unwrap(), ShardSpec { k: 3, n: 4 });
        assert_eq!(ShardSpec::from_env(Some(5), env(&[("JOB_COMPLETION_INDEX", "4")])).unwrap(), ShardSpec { k: 4, n: 5 });
        // Slurm arrays may start at 1: --array=1-3
        let slurm = env(&[("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_COUNT", "3"), ("SLURM_ARRAY_TASK_MIN", "1")]);
        assert_eq!(ShardSpec::from_env(None, slurm).unwrap(), ShardSpec { k: 2, n: 3 });
        assert!(ShardSpec::from_env(None, env(&[("JOB_COMPLETION_INDEX", "1")])).is_err(), "an index without a count");
        assert!(ShardSpec::from_env(None, env(&[("JOB_COMPLETION_INDEX", "4"), ("VOCMINE_SHARDS", "4")])).is_err(), "index beyond the count");
        assert!(ShardSpec::from_env(Some(3), env(&[])).is_err(), "a count without an index");
        assert!(ShardSpec::from_env(None, env(&[("JOB_COMPLETION_INDEX", "x"), ("VOCMINE_SHARDS", "2")])).is_err());
    }
}
