//! `vocmine lexicon coverage DICT INPUT…`: what each category and entry of a dictionary
//! really matches on a set of inputs, and — on a labelled file — how well.
//!
//! Exists because a dictionary imported from elsewhere was written for another tool's
//! tokeniser and another language: some entries never fire, some fire on the wrong
//! words, and a category can look fine while one entry does all its work. Per category
//! it lists the entries that matched (documents, mentions, languages, the surface forms
//! they matched) and the entries that never matched, with the dictionary's line; on a
//! labelled input (`id,text,category` — several categories separated by `;` — or the
//! gold JSONL layout of `vocmine eval` with `themes` and `scored`) it adds precision,
//! recall and F1 per category and per entry. Inputs are read and analysed exactly as by
//! `vocmine run` (same readers, column mapping and [`analyze_document`]); a mention of a
//! sub-category counts toward its parents, for predictions and labels alike.

use crate::analyze::{analyze_document, DocAnalysis};
use crate::config::RunOptions;
use crate::ingest::{self, ByteCounter, IngestWarnings, RowMapper, RowOutcome};
use crate::lang::Lang;
use crate::lexicon::import::slug;
use crate::lexicon::LexiconSet;
use crate::model::Document;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

/// Column names that hold the labels of a labelled input.
const LABEL_COLUMNS: &[&str] = &["category", "categories", "label", "labels", "themes"];

#[derive(Default, Clone, Copy)]
struct Confusion {
    tp: u64,
    fp: u64,
    fn_: u64,
}

fn prf(c: Confusion) -> (f64, f64, f64) {
    let p = if c.tp + c.fp > 0 { c.tp as f64 / (c.tp + c.fp) as f64 } else { 0.0 };
    let r = if c.tp + c.fn_ > 0 { c.tp as f64 / (c.tp + c.fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

#[derive(Default, Clone)]
struct TermStat {
    docs: u64,
    mentions: u64,
    langs: BTreeMap<&'static str, u64>,
    forms: BTreeMap<String, u64>,
    /// Labelled documents where it fired: with its category in the labels, without.
    tp: u64,
    fp: u64,
}

/// The coverage of a lexicon on some inputs.
#[derive(Default)]
pub struct Coverage {
    pub documents: u64,
    pub rejected: u64,
    pub labelled: u64,
    per_lang: BTreeMap<&'static str, u64>,
    /// Entries: the terms of one dictionary line and theme, the spellings of one entry
    /// (a Persian entry with and without ZWNJ) together; the first term stands for it.
    entries: Vec<u32>,
    entry_of: Vec<usize>,
    /// Per entry index.
    terms: BTreeMap<usize, TermStat>,
    theme_docs: Vec<u64>,
    theme_mentions: Vec<u64>,
    scores: Vec<Confusion>,
    /// Documents labelled with each theme (after propagation to parents).
    gold: Vec<u64>,
    unknown_labels: BTreeMap<String, u64>,
}

/// A document's labels: `None` for an unlabelled input.
struct Labels {
    themes: Vec<String>,
    scored: Option<Vec<String>>,
}

fn split_labels(v: &str) -> Vec<String> {
    let v = v.trim();
    if v.starts_with('[') {
        if let Ok(list) = serde_json::from_str::<Vec<String>>(v) {
            return list;
        }
    }
    v.split([';', '|', ',']).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// Resolves a label to a theme: its id, its id without namespace, or the same words.
fn resolve(lex: &LexiconSet, label: &str) -> Option<u16> {
    let want = label.trim();
    let path = |s: &str| s.split(['.', '/', '>']).map(slug).collect::<Vec<_>>().join(".");
    let wanted = path(want.rsplit_once(':').map_or(want, |(_, r)| r));
    lex.themes
        .iter()
        .position(|t| t.id == want)
        .or_else(|| {
            lex.themes.iter().position(|t| {
                let bare = t.id.split_once(':').map_or(t.id.as_str(), |(_, r)| r);
                bare == wanted || path(bare) == wanted
            })
        })
        .map(|i| i as u16)
}

fn with_ancestors(lex: &LexiconSet, themes: impl IntoIterator<Item = u16>) -> BTreeSet<u16> {
    let mut out = BTreeSet::new();
    for t in themes {
        out.extend(lex.theme(t).lineage.iter().copied());
    }
    out
}

/// Reads the inputs of `opts` as `run` does and measures what each term matches.
pub fn coverage(lex: &LexiconSet, opts: &RunOptions) -> anyhow::Result<Coverage> {
    let mut cov = Coverage::new(lex);
    let counter = ByteCounter::default();
    let mut warnings = IngestWarnings::default();
    for path in &opts.inputs {
        let source = path.display().to_string();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| source.clone());
        let format = ingest::detect_format(path, opts.format).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        let mut reader = ingest::open_reader(path, &source, format, opts.encoding, &counter, &opts.speaker_map).map_err(|e| anyhow::anyhow!("{e}"))?;
        if reader.header().is_empty() {
            continue;
        }
        let header = reader.header().to_vec();
        let col = |names: &[&str]| header.iter().position(|h| names.contains(&h.trim().to_lowercase().as_str()));
        let label_col = col(LABEL_COLUMNS);
        let scored_col = col(&["scored"]);
        let map = ingest::map_columns(&header, &opts.columns, &opts.lang).map_err(|e| anyhow::anyhow!("{source}: {e}"))?;
        let mut mapper = RowMapper { source: Arc::from(source.as_str()), header: header.clone(), file_name, map, opts };
        let mut done = false;
        let mut first = true;
        while !done {
            let mut recs = Vec::with_capacity(opts.chunk_rows);
            while recs.len() < opts.chunk_rows {
                match reader.next_record() {
                    None => {
                        done = true;
                        break;
                    }
                    Some(Ok(rec)) => recs.push(rec),
                    Some(Err(r)) if r.is_warning() => {}
                    Some(Err(_)) => cov.rejected += 1,
                }
            }
            if std::mem::take(&mut first) {
                // as `run` does: a text column picked by its name must hold text
                if let Some(note) = ingest::settle_auto_text(&mapper.header, &mut mapper.map, &recs).map_err(|e| anyhow::anyhow!("{source}: {e}"))? {
                    log::warn!("{source}: {note}");
                }
            }
            let mut docs = Vec::with_capacity(recs.len());
            for rec in recs {
                let field = |c: Option<usize>| c.and_then(|i| rec.fields.get(i).cloned().flatten());
                let labels = label_col
                    .map(|_| Labels { themes: split_labels(&field(label_col).unwrap_or_default()), scored: field(scored_col).map(|s| split_labels(&s)) });
                match mapper.map(rec, &mut warnings) {
                    RowOutcome::Doc(d) => docs.push((d, labels)),
                    RowOutcome::Reject(_) => cov.rejected += 1,
                    RowOutcome::Filtered(_) => {}
                }
            }
            let analysed: Vec<_> = docs.par_iter().map(|(d, _)| analyze_document(lex, &d.text, d.lang, &d.turns, &opts.speakers)).collect();
            for ((d, labels), a) in docs.iter().zip(analysed) {
                if !(opts.only_lang.is_empty() || opts.only_lang.contains(&a.lang)) {
                    continue;
                }
                let (fired, predicted) = cov.count(lex, d, &a);
                let Some(labels) = labels else {
                    continue;
                };
                cov.score(lex, labels, &fired, &predicted);
            }
        }
    }
    Ok(cov)
}

impl Coverage {
    /// An empty coverage of `lex`: one entry per (theme, language, file, line, text) of
    /// its terms.
    fn new(lex: &LexiconSet) -> Coverage {
        let n = lex.themes.len();
        let mut cov =
            Coverage { theme_docs: vec![0; n], theme_mentions: vec![0; n], scores: vec![Confusion::default(); n], gold: vec![0; n], ..Default::default() };
        let mut keys: BTreeMap<(u16, Lang, &str, usize, String), usize> = BTreeMap::new();
        for (i, t) in lex.terms.iter().enumerate() {
            let key = (t.theme, t.lang, t.file.as_str(), t.line, t.text.replace('\u{200c}', " "));
            let e = *keys.entry(key).or_insert_with(|| {
                cov.entries.push(i as u32);
                cov.entries.len() - 1
            });
            cov.entry_of.push(e);
        }
        cov
    }

    /// Counts one analysed document: its language, the entries that fired (with their
    /// surface forms) and the themes it mentions (with their ancestors). Returns the
    /// entries that fired and the predicted themes.
    fn count(&mut self, lex: &LexiconSet, d: &Document, a: &DocAnalysis) -> (BTreeSet<usize>, BTreeSet<u16>) {
        self.documents += 1;
        *self.per_lang.entry(a.lang.code()).or_default() += 1;
        let mut fired: BTreeSet<usize> = BTreeSet::new();
        for m in &a.mentions {
            let e = self.entry_of[m.term as usize];
            let st = self.terms.entry(e).or_default();
            st.mentions += 1;
            let form = d.text[m.start..m.end].split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            *st.forms.entry(form).or_default() += 1;
            if fired.insert(e) {
                st.docs += 1;
                *st.langs.entry(a.lang.code()).or_default() += 1;
            }
        }
        let predicted = with_ancestors(lex, a.mentions.iter().map(|m| m.theme));
        for &t in &predicted {
            self.theme_docs[t as usize] += 1;
        }
        for m in &a.mentions {
            for &t in &lex.theme(m.theme).lineage {
                self.theme_mentions[t as usize] += 1;
            }
        }
        (fired, predicted)
    }

    /// Scores one labelled document: per theme (within its scored classes, if given)
    /// a true or false positive or a miss, and per entry that fired whether its theme
    /// was in the labels.
    fn score(&mut self, lex: &LexiconSet, labels: &Labels, fired: &BTreeSet<usize>, predicted: &BTreeSet<u16>) {
        self.labelled += 1;
        let mut gold_ids = Vec::new();
        for l in &labels.themes {
            match resolve(lex, l) {
                Some(t) => gold_ids.push(t),
                None => *self.unknown_labels.entry(l.clone()).or_default() += 1,
            }
        }
        let gold = with_ancestors(lex, gold_ids);
        let scored: Option<BTreeSet<u16>> = labels.scored.as_ref().filter(|s| !s.is_empty()).map(|s| {
            let roots: Vec<u16> = s.iter().filter_map(|x| resolve(lex, x)).collect();
            (0..lex.themes.len() as u16).filter(|t| lex.theme(*t).lineage.iter().any(|a| roots.contains(a))).collect()
        });
        for t in 0..lex.themes.len() as u16 {
            if scored.as_ref().is_some_and(|s| !s.contains(&t)) {
                continue;
            }
            let c = &mut self.scores[t as usize];
            match (predicted.contains(&t), gold.contains(&t)) {
                (true, true) => c.tp += 1,
                (true, false) => c.fp += 1,
                (false, true) => c.fn_ += 1,
                (false, false) => {}
            }
            if gold.contains(&t) {
                self.gold[t as usize] += 1;
            }
        }
        for &e in fired {
            let th = lex.terms[self.entries[e] as usize].theme;
            if scored.as_ref().is_some_and(|s| !s.contains(&th)) {
                continue;
            }
            let st = self.terms.get_mut(&e).unwrap();
            if gold.contains(&th) {
                st.tp += 1;
            } else {
                st.fp += 1;
            }
        }
    }
}

impl Coverage {
    /// The report: per category its entries (matched, then never matched), and with
    /// labels the scores. Lines start with a keyword (`CATEGORY`, `ENTRY`, `NEVER`,
    /// `SCORE`, `ENTRY_SCORE`) so that they can be filtered with grep.
    pub fn report(&self, lex: &LexiconSet) -> String {
        let mut out = String::new();
        let langs: Vec<String> = self.per_lang.iter().map(|(l, n)| format!("{l}={n}")).collect();
        writeln!(out, "coverage of {} on {} documents ({}), {} rejected rows", lex.origin, self.documents, langs.join(" "), self.rejected).unwrap();
        let mut never_total = 0;
        for (ti, th) in lex.themes.iter().enumerate() {
            let terms: Vec<(usize, &crate::lexicon::Term)> =
                self.entries.iter().enumerate().map(|(e, &t)| (e, &lex.terms[t as usize])).filter(|(_, t)| t.theme as usize == ti).collect();
            let matched: Vec<&(usize, &crate::lexicon::Term)> = terms.iter().filter(|(i, _)| self.terms.contains_key(i)).collect();
            let never: Vec<&(usize, &crate::lexicon::Term)> = terms.iter().filter(|(i, _)| !self.terms.contains_key(i)).collect();
            never_total += never.len();
            writeln!(
                out,
                "CATEGORY {} ({}) docs={} mentions={} entries={} matched={} never={}",
                th.id,
                if th.label(Lang::En).is_empty() { th.id.as_str() } else { th.label(Lang::En) },
                self.theme_docs[ti],
                self.theme_mentions[ti],
                terms.len(),
                matched.len(),
                never.len()
            )
            .unwrap();
            let mut matched = matched;
            matched.sort_by(|a, b| self.terms[&b.0].docs.cmp(&self.terms[&a.0].docs).then(a.0.cmp(&b.0)));
            for (i, t) in matched {
                let s = &self.terms[i];
                let langs: Vec<String> = s.langs.iter().map(|(l, n)| format!("{l}:{n}")).collect();
                let mut forms: Vec<(&String, &u64)> = s.forms.iter().collect();
                forms.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                let forms: Vec<String> = forms.iter().take(5).map(|(f, n)| format!("{f}:{n}")).collect();
                writeln!(
                    out,
                    "  ENTRY {:24} {} line {:<4} docs={} mentions={} langs={} forms={}",
                    t.text,
                    t.lang,
                    t.line,
                    s.docs,
                    s.mentions,
                    langs.join(","),
                    forms.join(",")
                )
                .unwrap();
            }
            for (_, t) in never {
                writeln!(out, "  NEVER {:24} {} line {}", t.text, t.lang, t.line).unwrap();
            }
        }
        writeln!(out, "{never_total} entries never matched").unwrap();
        if self.labelled > 0 {
            self.score_lines(lex, &mut out);
        }
        out
    }

    /// The scores on labelled documents: per category, micro, per entry.
    fn score_lines(&self, lex: &LexiconSet, out: &mut String) {
        writeln!(out, "labelled documents: {}", self.labelled).unwrap();
        let mut micro = Confusion::default();
        for (ti, th) in lex.themes.iter().enumerate() {
            let c = self.scores[ti];
            micro.tp += c.tp;
            micro.fp += c.fp;
            micro.fn_ += c.fn_;
            let (p, r, f) = prf(c);
            writeln!(out, "SCORE {} P={p:.3} R={r:.3} F1={f:.3} (tp={} fp={} fn={})", th.id, c.tp, c.fp, c.fn_).unwrap();
        }
        let (p, r, f) = prf(micro);
        writeln!(out, "SCORE MICRO P={p:.3} R={r:.3} F1={f:.3} (tp={} fp={} fn={})", micro.tp, micro.fp, micro.fn_).unwrap();
        for (i, s) in &self.terms {
            if s.tp + s.fp == 0 {
                continue;
            }
            let t = &lex.terms[self.entries[*i] as usize];
            let gold = self.gold[t.theme as usize];
            let c = Confusion { tp: s.tp, fp: s.fp, fn_: gold.saturating_sub(s.tp) };
            let (p, r, f) = prf(c);
            writeln!(
                out,
                "ENTRY_SCORE {} {:24} {} line {} P={p:.3} R={r:.3} F1={f:.3} (hits={} tp={})",
                lex.theme(t.theme).id,
                t.text,
                t.lang,
                t.line,
                s.tp + s.fp,
                s.tp
            )
            .unwrap();
        }
        for (l, n) in &self.unknown_labels {
            writeln!(out, "warning: label {l:?} ({n} documents) is not a category of the dictionary").unwrap();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_split_on_separators_and_json_lists() {
        assert_eq!(split_labels("workload; pay"), ["workload", "pay"]);
        assert_eq!(split_labels("[\"pay.bonus\",\"tools\"]"), ["pay.bonus", "tools"]);
        assert!(split_labels("  ").is_empty());
    }
}
