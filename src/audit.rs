//! `vocmine lexicon audit`: which surface forms each lexicon term really matched in a set
//! of inputs, with counts and an example, most frequent first.
//!
//! Exists because the gold sets label only a few themes per corpus, so they cannot see
//! most wrong evidence: a term whose stem or `*` prefix is also the stem of a common
//! unrelated word (`خصوصية` "privacy" on `بخصوص` "about", `import` on `important`)
//! fires thousands of times on real exports and no score notices. Listed per term, the
//! forms a term matched show such collisions at a glance, to a researcher checking their
//! own lexicon and to us checking the bundled one. It reads inputs exactly as `run` does
//! (same readers, column mapping and analysis) and writes a TSV; it changes nothing.

use crate::analyze::analyze_document;
use crate::config::RunOptions;
use crate::ingest::{self, ByteCounter, IngestWarnings, RowMapper};
use crate::lexicon::LexiconSet;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::fmt::Write as _;
use std::sync::Arc;

/// Characters of context on each side of the match in the example.
const CONTEXT_CHARS: usize = 40;

/// What one (term, surface form) pair matched: count and the first example in input order.
#[derive(Debug, Clone)]
struct FormStat {
    hits: u64,
    /// (input order of the document, example text)
    example: (u64, String),
}

/// One sampled mention.
#[derive(Debug, Clone)]
struct Sampled {
    hash: u64,
    term: u32,
    pain: bool,
    example: String,
}

/// The audit of one run over inputs.
#[derive(Debug, Default)]
pub struct Audit {
    /// (term index, lower-cased surface form) → stats
    forms: FxHashMap<(u32, String), FormStat>,
    /// A uniform random sample of mentions per language (index into `Lang::ANALYSED`):
    /// the `sample_size` mentions with the smallest hash of (document order, offset),
    /// so the sample does not depend on threads or chunks.
    sample: [Vec<Sampled>; 4],
    sample_size: usize,
    pub documents: u64,
    pub rejected: u64,
}

impl Audit {
    fn add(&mut self, term: u32, form: String, order: u64, example: impl FnOnce() -> String) {
        match self.forms.get_mut(&(term, form.clone())) {
            Some(s) => {
                s.hits += 1;
                if order < s.example.0 {
                    s.example = (order, example());
                }
            }
            None => {
                self.forms.insert((term, form), FormStat { hits: 1, example: (order, example()) });
            }
        }
    }

    fn sample(&mut self, lang: usize, s: Sampled) {
        let v = &mut self.sample[lang];
        if v.len() < self.sample_size || v.last().is_some_and(|l| (s.hash, s.term) < (l.hash, l.term)) {
            let at = v.partition_point(|x| (x.hash, x.term) < (s.hash, s.term));
            v.insert(at, s);
            v.truncate(self.sample_size);
        }
    }

    fn absorb(&mut self, other: Audit) {
        for (l, list) in other.sample.into_iter().enumerate() {
            for s in list {
                self.sample(l, s);
            }
        }
        self.documents += other.documents;
        self.rejected += other.rejected;
        for (k, v) in other.forms {
            match self.forms.get_mut(&k) {
                Some(s) => {
                    s.hits += v.hits;
                    if v.example.0 < s.example.0 {
                        s.example = v.example;
                    }
                }
                None => {
                    self.forms.insert(k, v);
                }
            }
        }
    }

    /// The report as TSV: terms by total hits (descending), then their forms by hits,
    /// at most `top` forms per term; terms with fewer than `min_hits` hits are left out.
    pub fn to_tsv(&self, lex: &LexiconSet, top: usize, min_hits: u64) -> String {
        let mut per_term: FxHashMap<u32, Vec<(&str, &FormStat)>> = FxHashMap::default();
        for ((t, f), s) in &self.forms {
            per_term.entry(*t).or_default().push((f.as_str(), s));
        }
        let mut terms: Vec<(u32, u64, Vec<(&str, &FormStat)>)> =
            per_term.into_iter().map(|(t, fs)| (t, fs.iter().map(|(_, s)| s.hits).sum(), fs)).filter(|(_, n, _)| *n >= min_hits).collect();
        terms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut out = String::from("lang\ttheme\tterm\tterm_hits\tforms\tform\tform_hits\tshare\texample\n");
        for (t, total, mut fs) in terms {
            fs.sort_by(|a, b| b.1.hits.cmp(&a.1.hits).then(a.0.cmp(b.0)));
            let term = &lex.terms[t as usize];
            let n_forms = fs.len();
            for (form, s) in fs.into_iter().take(top) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{total}\t{n_forms}\t{form}\t{}\t{:.3}\t{}",
                    term.lang,
                    lex.theme(term.theme).id,
                    term.text,
                    s.hits,
                    s.hits as f64 / total as f64,
                    s.example.1
                )
                .unwrap();
            }
        }
        out
    }
}

impl Audit {
    /// The sample as TSV, per language: theme, term, pain flag and the mention in context.
    pub fn sample_tsv(&self, lex: &LexiconSet) -> String {
        let mut out = String::from("lang\ttheme\tterm\tpain\texample\n");
        for (l, list) in self.sample.iter().enumerate() {
            for s in list {
                let term = &lex.terms[s.term as usize];
                writeln!(out, "{}\t{}\t{}\t{}\t{}", crate::lang::Lang::ANALYSED[l], lex.theme(term.theme).id, term.text, s.pain, s.example).unwrap();
            }
        }
        out
    }
}

/// The text around `[start, end)` on one line, the match in «guillemets», personal data
/// redacted as in quotes.
fn example(text: &str, start: usize, end: usize) -> String {
    let from = text[..start].char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(i, _)| i);
    let to = text[end..].char_indices().nth(CONTEXT_CHARS).map_or(text.len(), |(i, _)| end + i);
    let mut counts = Default::default();
    let r = crate::redact::redact(&text[from..to], start - from, end - from, &[], &mut counts);
    let s = format!("{}«{}»{}", &r.text[..r.highlight_start], &r.text[r.highlight_start..r.highlight_end], &r.text[r.highlight_end..]);
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A fixed hash of a mention's position (splitmix64), for sampling.
fn mix(order: u64, offset: u64, term: u32) -> u64 {
    let mut z = order.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ offset.rotate_left(32) ^ (term as u64).rotate_left(17);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The lower-cased surface of a match, whitespace collapsed.
fn surface(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Reads the inputs of `opts` as `run` does and audits every mention.
/// With `sample` > 0, also draws that many random mentions per language.
pub fn audit(lex: &LexiconSet, opts: &RunOptions, sample: usize) -> anyhow::Result<Audit> {
    let empty = || Audit { sample_size: sample, ..Default::default() };
    let mut total = empty();
    let counter = ByteCounter::default();
    let mut warnings = IngestWarnings::default();
    let mut order = 0u64;
    let mut tally = ingest::ReadTally::default();
    for path in &opts.inputs {
        let source = path.display().to_string();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| source.clone());
        let format = ingest::detect_format(path, opts.format).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        let reader = ingest::open_reader(path, &source, format, opts.encoding, &counter, &opts.speaker_map).map_err(|e| anyhow::anyhow!("{e}"))?;
        if reader.header().is_empty() {
            continue;
        }
        let map = ingest::map_columns(reader.header(), &opts.columns, &opts.lang).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        let mapper = RowMapper { source: Arc::from(source.as_str()), header: reader.header().to_vec(), file_name, map, opts };
        // read as `run` reads (text column check, the file's language for short texts)
        let mut file = ingest::DocReader::new(reader, mapper, opts);
        let mut first = true;
        loop {
            let mut rejects = Vec::new();
            let docs = match file.next_docs(opts, std::mem::take(&mut first), &mut rejects, &mut warnings, &mut tally) {
                ingest::Chunk::Done => break,
                ingest::Chunk::Refused(e) => anyhow::bail!("{source}: {e}"),
                ingest::Chunk::Note(note, docs) => {
                    log::warn!("{source}: {note}");
                    docs
                }
                ingest::Chunk::Docs(docs) => docs,
            };
            total.rejected += rejects.iter().filter(|r| !r.is_warning() && r.row > 0).count() as u64;
            let docs: Vec<(u64, ingest::Document)> = docs
                .into_iter()
                .map(|d| {
                    order += 1;
                    (order - 1, d)
                })
                .collect();
            let part = docs
                .par_iter()
                .fold(empty, |mut acc, (ord, d)| {
                    let a = analyze_document(lex, &d.text, d.lang, &d.turns, &opts.speakers);
                    if opts.only_lang.is_empty() || opts.only_lang.contains(&a.lang) {
                        acc.documents += 1;
                        for m in &a.mentions {
                            acc.add(m.term, surface(&d.text[m.start..m.end]), *ord, || example(&d.text, m.start, m.end));
                            if sample > 0 {
                                if let Some(l) = lex.terms[m.term as usize].lang.index() {
                                    // drawn by document and position, not by term: the same
                                    // places are drawn before and after a lexicon edit, so the
                                    // two samples can be compared mention by mention
                                    let hash = mix(*ord, m.start as u64, 0);
                                    if acc.sample[l].len() < sample || acc.sample[l].last().is_some_and(|x| (hash, m.term) < (x.hash, x.term)) {
                                        let s = Sampled { hash, term: m.term, pain: m.pain, example: example(&d.text, m.start, m.end) };
                                        acc.sample(l, s);
                                    }
                                }
                            }
                        }
                    }
                    acc
                })
                .reduce(empty, |mut a, b| {
                    a.absorb(b);
                    a
                });
            total.absorb(part);
        }
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_marks_the_match_and_keeps_one_line() {
        let t = "The delivery\nwas late again, and the box was crushed";
        let s = t.find("late").unwrap();
        let e = example(t, s, s + 4);
        assert_eq!(e, "The delivery was «late» again, and the box was crushed");
        // Arabic: character-based context, never splitting a letter
        let t = "التطبيق ممتاز لكن التوصيل بطيء جدا";
        let s = t.find("التوصيل").unwrap();
        let e = example(t, s, s + "التوصيل".len());
        assert!(e.contains("«التوصيل»"), "{e}");
    }

    #[test]
    fn surface_is_lower_case_with_single_spaces() {
        assert_eq!(surface("Rip\n  OFF"), "rip off");
        assert_eq!(surface("Très  Cher"), "très cher");
    }
}
