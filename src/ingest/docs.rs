//! Reading an input file as chunks of documents, the same way for every command that
//! reads inputs (`run`, `lexicon audit`): records read a chunk at a time, an
//! automatically picked text column checked on the first records, rows mapped to
//! documents (rejected and filtered rows counted), and the file's language, from its
//! first records, given to short texts that do not tell theirs.

use super::{IngestWarnings, Record, RecordReader, Reject, RowMapper, RowOutcome};
use crate::config::RunOptions;
use crate::ingest::Document;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Counts of reading, over the files of a command.
#[derive(Debug, Default, Clone)]
pub struct ReadTally {
    /// Records read (rejected ones included).
    pub rows_read: u64,
    /// Rejected rows per reason class (see `model::RejectKind`).
    pub rejected_by_reason: BTreeMap<String, u64>,
    /// Rows removed by a filter, per filter.
    pub filtered: BTreeMap<String, u64>,
}

/// One input file being read.
pub struct DocReader<'o> {
    reader: Box<dyn RecordReader>,
    pub mapper: RowMapper<'o>,
    chunk: Vec<Record>,
    done: bool,
    /// The file's language (for short texts that tell nothing themselves), from its
    /// first `PRIOR_DOCS` records whatever the chunk size.
    prior: Option<Option<crate::lang::Lang>>,
    /// Rows read from this file (rejected ones included).
    pub rows: u64,
}

/// A chunk of documents read from a file.
pub enum Chunk {
    Docs(Vec<Document>),
    /// The first chunk, with a note about the columns (another text column taken).
    Note(String, Vec<Document>),
    /// The file holds no more records.
    Done,
    /// The file cannot be used (its text column holds no text).
    Refused(super::InputError),
}

impl<'o> DocReader<'o> {
    pub fn new(reader: Box<dyn RecordReader>, mapper: RowMapper<'o>, opts: &RunOptions) -> Self {
        DocReader { reader, mapper, chunk: Vec::with_capacity(opts.chunk_rows), done: false, prior: None, rows: 0 }
    }

    /// Reads and maps the next chunk of records (`first`: the text column is checked
    /// and the file's language taken from these records). Rejected rows and the
    /// warnings of kept rows are appended to `rejects`, in row order within the chunk.
    pub fn next_docs(&mut self, opts: &RunOptions, first: bool, rejects: &mut Vec<Reject>, warnings: &mut IngestWarnings, tally: &mut ReadTally) -> Chunk {
        if self.done {
            return Chunk::Done;
        }
        self.chunk.clear();
        let chunk_start = rejects.len();
        let want = if self.prior.is_none() { opts.chunk_rows.max(crate::text::langid::PRIOR_DOCS) } else { opts.chunk_rows };
        while self.chunk.len() < want {
            match self.reader.next_record() {
                None => {
                    self.done = true;
                    break;
                }
                Some(Ok(r)) => self.chunk.push(r),
                Some(Err(rej)) if rej.is_warning() => rejects.push(rej),
                Some(Err(rej)) => {
                    tally.rows_read += 1;
                    self.rows += 1;
                    *tally.rejected_by_reason.entry(rej.kind.as_str().to_string()).or_default() += 1;
                    rejects.push(rej);
                }
            }
        }
        let mut note = None;
        if first {
            // a text column picked by its name must hold text (first records)
            match super::settle_auto_text(&self.mapper.header, &mut self.mapper.map, &self.chunk) {
                Ok(n) => note = n,
                Err(e) => return Chunk::Refused(e),
            }
        }
        tally.rows_read += self.chunk.len() as u64;
        self.rows += self.chunk.len() as u64;
        let mut docs: Vec<Document> = Vec::with_capacity(self.chunk.len());
        for rec in self.chunk.drain(..) {
            match self.mapper.map(rec, warnings) {
                RowOutcome::Doc(d) => docs.push(d),
                RowOutcome::Reject(r) => {
                    *tally.rejected_by_reason.entry(r.kind.as_str().to_string()).or_default() += 1;
                    rejects.push(r);
                }
                RowOutcome::Filtered(name) => *tally.filtered.entry(name.to_string()).or_default() += 1,
            }
        }
        let file_lang = *self.prior.get_or_insert_with(|| {
            use crate::text::langid::{detect, majority, PRIOR_DOCS};
            majority(docs.iter().take(PRIOR_DOCS).filter_map(|d| d.lang.or_else(|| Some(detect(&d.text)).filter(|x| x.decisive).map(|x| x.lang))))
        });
        if let Some(fl) = file_lang {
            docs.par_iter_mut().filter(|d| d.lang.is_none() && d.text.len() <= crate::text::langid::PRIOR_MAX_BYTES).for_each(|d| {
                let x = crate::text::langid::detect_with_prior(&d.text, Some(fl));
                if !x.decisive && x.lang == fl {
                    d.lang = Some(fl);
                }
            });
        }
        rejects.append(&mut warnings.rows);
        // rejects of this chunk in row order (reading and mapping find them apart)
        rejects[chunk_start..].sort_by_key(|r| r.row);
        match note {
            Some(n) => Chunk::Note(n, docs),
            None => Chunk::Docs(docs),
        }
    }
}
