//! Ingest: reading feedback exports (CSV, TSV, JSONL, JSON arrays, Parquet) as a stream
//! of [`Document`]s, with column mapping, encodings and per-row errors.
//!
//! Exists so that everything about the shape of the user's files stays here: which
//! column is the text, the id, the rating, the personas; what a broken row looks like
//! and how it is reported. A bad row becomes a [`Reject`] naming file, row, field and
//! expectation; it never stops the file. This module knows nothing of languages or
//! themes.

mod parquet;
mod readers;

use crate::config::{ColumnSpec, Format, LangSource, RunOptions};
use crate::lang::Lang;
pub use readers::{open_reader, RecordReader};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
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
    /// One value per persona dimension (`None` when empty).
    pub persona: Vec<Option<String>>,
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
}

/// A raw record: field values aligned with the reader's header.
#[derive(Debug, Clone)]
pub struct Record {
    pub row: u64,
    pub line: Option<u64>,
    pub fields: Vec<Option<String>>,
}

/// What became of one row.
#[derive(Debug)]
pub enum RowOutcome {
    Doc(Document),
    Reject(Reject),
    /// Removed by a filter (the name of the filter).
    Filtered(&'static str),
}

/// Non-fatal per-row remarks, counted for the manifest.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct IngestWarnings {
    /// Ratings that are not numbers (kept with an empty rating).
    pub rating_not_numeric: u64,
    /// Language column values that are not ar/fa/fr/en (identified instead).
    pub lang_unrecognised: u64,
    /// Rows without an id value (given `<file>:<row>`).
    pub id_missing: u64,
    /// Up to 5 examples: (source, row, message).
    pub examples: Vec<(String, u64, String)>,
}

impl IngestWarnings {
    fn example(&mut self, source: &str, row: u64, msg: String) {
        if self.examples.len() < 5 {
            self.examples.push((source.to_string(), row, msg));
        }
    }
    pub fn total(&self) -> u64 {
        self.rating_not_numeric + self.lang_unrecognised + self.id_missing
    }
}

const TEXT_NAMES: &[&str] = &[
    "text",
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
];
const RATING_NAMES: &[&str] = &[
    "rating",
    "stars",
    "star",
    "score",
    "rate",
    "reviewrating",
    "starrating",
    "note",
];
const CREATED_NAMES: &[&str] = &[
    "createdat",
    "created",
    "date",
    "timestamp",
    "datereceived",
    "reviewdate",
    "submittedat",
    "postedat",
    "time",
    "datetime",
];
const LANG_NAMES: &[&str] = &["lang", "language", "locale"];

fn canon(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// Which header position holds what, for one file.
#[derive(Debug, Clone)]
pub struct ColumnMap {
    pub text: Vec<usize>,
    pub id: Option<usize>,
    pub rating: Option<usize>,
    pub created: Option<usize>,
    pub lang: Option<usize>,
    pub persona: Vec<usize>,
    pub text_names: Vec<String>,
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

/// Resolves the column flags against a file's header. The error lists the columns
/// that exist.
pub fn map_columns(
    header: &[String],
    spec: &ColumnSpec,
    lang: &LangSource,
) -> Result<ColumnMap, String> {
    let listing = || {
        let cols: Vec<String> = header.iter().map(|h| format!("{h:?}")).collect();
        if cols.is_empty() {
            "the file has no columns".to_string()
        } else {
            format!("columns are: {}", cols.join(", "))
        }
    };
    let need = |flag: &str, name: &str| -> Result<usize, String> {
        find_column(header, name)
            .ok_or_else(|| format!("no column {name:?} (given by {flag}); {}", listing()))
    };
    let text = if spec.text.is_empty() {
        match auto_column(header, TEXT_NAMES) {
            Some(i) => vec![i],
            None => return Err(format!("no text column recognised (looked for text, review, body, comment, description, message…): name it with --text COL; {}", listing())),
        }
    } else {
        spec.text
            .iter()
            .map(|n| need("--text", n))
            .collect::<Result<Vec<_>, _>>()?
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
    let lang = match lang {
        LangSource::Column(n) => Some(need("--lang", n)?),
        LangSource::Fixed(_) | LangSource::Identify => None,
        LangSource::Detect => auto_column(header, LANG_NAMES),
    };
    let persona = spec
        .persona
        .iter()
        .map(|n| need("--persona", n))
        .collect::<Result<Vec<_>, _>>()?;
    let text_names = text.iter().map(|&i| header[i].clone()).collect();
    Ok(ColumnMap {
        text,
        id,
        rating,
        created,
        lang,
        persona,
        text_names,
    })
}

/// Parses a rating: `4`, `4.5`, `4,5`, `4/5`, `4 stars`, `★★★★`. `None` if empty,
/// `Err` if present but not a number.
pub fn parse_rating(s: &str) -> Result<Option<f64>, ()> {
    let t = s.trim();
    if t.is_empty()
        || t.eq_ignore_ascii_case("null")
        || t.eq_ignore_ascii_case("nan")
        || t.eq_ignore_ascii_case("na")
    {
        return Ok(None);
    }
    if t.chars().all(|c| c == '★' || c == '☆') {
        return Ok(Some(t.chars().filter(|&c| c == '★').count() as f64));
    }
    let head = t.split(['/', ' ']).next().unwrap_or(t);
    let head: String = head
        .chars()
        .map(|c| crate::text::normalize::ascii_digit(c).unwrap_or(c))
        .collect();
    let head = head.replace([',', '٫'], ".");
    match head.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(()),
    }
}

/// Turns records of one file into documents, rejects or filtered rows.
pub struct RowMapper<'a> {
    pub source: Arc<str>,
    pub file_name: String,
    pub map: ColumnMap,
    pub opts: &'a RunOptions,
}

impl RowMapper<'_> {
    pub fn map(&self, rec: Record, warnings: &mut IngestWarnings) -> RowOutcome {
        let get = |i: usize| rec.fields.get(i).and_then(|v| v.as_deref());
        let mut text = String::new();
        for &i in &self.map.text {
            if let Some(v) = get(i) {
                let v = v.trim();
                if !v.is_empty() {
                    if !text.is_empty() {
                        text.push('\n');
                    }
                    text.push_str(v);
                }
            }
        }
        if text.is_empty() {
            return RowOutcome::Reject(Reject {
                source: self.source.to_string(),
                row: rec.row,
                line: rec.line,
                field: Some(self.map.text_names.join("+")),
                reason: format!(
                    "empty text in {}: a document needs some text",
                    self.map
                        .text_names
                        .iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(" + ")
                ),
            });
        }
        let rating = match self.map.rating.and_then(get) {
            None => None,
            Some(v) => match parse_rating(v) {
                Ok(r) => r,
                Err(()) => {
                    warnings.rating_not_numeric += 1;
                    warnings.example(
                        &self.source,
                        rec.row,
                        format!("rating {v:?} is not a number; kept with an empty rating"),
                    );
                    None
                }
            },
        };
        if let Some(min) = self.opts.min_rating {
            match rating {
                None => return RowOutcome::Filtered("rating_missing"),
                Some(r) if r < min => return RowOutcome::Filtered("min_rating"),
                _ => {}
            }
        }
        if let Some(max) = self.opts.max_rating {
            match rating {
                None => return RowOutcome::Filtered("rating_missing"),
                Some(r) if r > max => return RowOutcome::Filtered("max_rating"),
                _ => {}
            }
        }
        let lang = match &self.opts.lang {
            LangSource::Fixed(l) => Some(*l),
            _ => match self.map.lang.and_then(get) {
                Some(v) if !v.trim().is_empty() => match Lang::parse(v) {
                    Some(l) if l != Lang::Other => Some(l),
                    _ => {
                        warnings.lang_unrecognised += 1;
                        None
                    }
                },
                _ => None,
            },
        };
        let doc_id = match self
            .map
            .id
            .and_then(get)
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(id) => id.to_string(),
            None => {
                if self.map.id.is_some() {
                    warnings.id_missing += 1;
                }
                format!("{}:{}", self.file_name, rec.row)
            }
        };
        let created_at = self
            .map
            .created
            .and_then(get)
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        let persona = self
            .map
            .persona
            .iter()
            .map(|&i| {
                get(i)
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
            })
            .collect();
        RowOutcome::Doc(Document {
            doc_id,
            source: self.source.clone(),
            row: rec.row,
            text,
            lang,
            rating,
            created_at,
            persona,
        })
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
pub fn detect_format(path: &Path, forced: Option<Format>) -> Result<Format, String> {
    if let Some(f) = forced {
        return Ok(f);
    }
    Format::from_path(path).ok_or_else(|| {
        format!(
            "unknown file type {:?}: expected .csv, .tsv, .jsonl/.ndjson, .json or .parquet (or say --format)",
            path.extension().map(|e| e.to_string_lossy().into_owned()).unwrap_or_default()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings() {
        assert_eq!(parse_rating("4"), Ok(Some(4.0)));
        assert_eq!(parse_rating(" 4,5 "), Ok(Some(4.5)));
        assert_eq!(parse_rating("3/5"), Ok(Some(3.0)));
        assert_eq!(parse_rating("٤"), Ok(Some(4.0)));
        assert_eq!(parse_rating("★★★☆☆"), Ok(Some(3.0)));
        assert_eq!(parse_rating(""), Ok(None));
        assert_eq!(parse_rating("great"), Err(()));
    }

    #[test]
    fn columns_are_recognised_and_errors_list_them() {
        let header: Vec<String> = ["Review ID", "Review Text", "Stars", "Plan"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let m = map_columns(&header, &ColumnSpec::default(), &LangSource::Detect).unwrap();
        assert_eq!(m.text, vec![1]);
        assert_eq!(m.id, Some(0));
        assert_eq!(m.rating, Some(2));
        let spec = ColumnSpec {
            persona: vec!["region".into()],
            ..Default::default()
        };
        let e = map_columns(&header, &spec, &LangSource::Detect).unwrap_err();
        assert!(
            e.contains("\"region\"") && e.contains("\"Review Text\""),
            "{e}"
        );
    }
}
