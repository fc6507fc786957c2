//! Aggregation: mergeable counters per (persona dimension, value, theme), and quote
//! candidates.
//!
//! Exists so that the statistics of the persona evidence table come from plain counts
//! and sums that merge by addition in any order (chunks, threads, shards), and so that
//! ratios, intervals and lifts are computed in one place at output time
//! ([`ThemeStats`]). Sums of ratings and sentiments are kept in fixed point (millionths)
//! so that merging is exact. Quote candidates are kept per (persona, theme) under a
//! total order, so the retained set does not depend on arrival order.

use crate::analyze::DocAnalysis;
use crate::lang::Lang;
use crate::lexicon::LexiconSet;
use crate::model::{Document, TicketMetrics};
use hashbrown::{hash_table, HashTable};
use rayon::prelude::*;
use smallvec::SmallVec;
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// The value used for a persona dimension when a row has none.
pub const MISSING_VALUE: &str = "(missing)";
/// Fixed-point scale of sums.
const SCALE: f64 = 1_000_000.0;

fn fixed(x: f64) -> i64 {
    (x * SCALE).round() as i64
}

/// A persona: dimension index (0 is `all`) and value.
pub type PersonaKey = (u16, String);

/// Counts for one (persona, theme).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ThemeCounts {
    /// Documents that mention the theme (or a sub-theme).
    pub docs: u64,
    /// Of those, documents where a mention is a pain point.
    pub pain_docs: u64,
    /// Sum of ratings (fixed point) and number of rated documents among `docs`.
    pub rating_sum: i64,
    pub rating_n: u64,
    /// Sum of document sentiment (fixed point) among `docs`.
    pub sentiment_sum: i64,
}

/// A part of the aggregates that blocks, workers or shards fill apart and then combine:
/// `a.merge(b)` holds what one aggregate that had seen the inputs of both would hold,
/// in whatever order the parts come (counts add; kept quotes are re-offered under their
/// total order). This is what makes tables independent of thread and shard counts.
/// (Emergent phrases are the exception: which examples are kept depends on order, so
/// they are replayed in input order, see [`Aggregates::absorb_unit`].)
pub trait Merge {
    fn merge(&mut self, other: Self);
}

/// Maps merge key by key: a key new here moves in, a shared key merges its values.
impl<K: Ord, V: Merge> Merge for BTreeMap<K, V> {
    fn merge(&mut self, other: Self) {
        for (k, v) in other {
            match self.entry(k) {
                std::collections::btree_map::Entry::Occupied(mut e) => e.get_mut().merge(v),
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(v);
                }
            }
        }
    }
}

impl Merge for ThemeCounts {
    fn merge(&mut self, o: ThemeCounts) {
        self.docs += o.docs;
        self.pain_docs += o.pain_docs;
        self.rating_sum += o.rating_sum;
        self.rating_n += o.rating_n;
        self.sentiment_sum += o.sentiment_sum;
    }
}

/// The mean of `n` values summed in fixed point, `None` when there is none.
fn fixed_mean(sum: i64, n: u64) -> Option<f64> {
    (n > 0).then(|| sum as f64 / SCALE / n as f64)
}

impl ThemeCounts {
    /// The mean rating of the rated documents that mention the theme.
    pub fn mean_rating(&self) -> Option<f64> {
        fixed_mean(self.rating_sum, self.rating_n)
    }
    /// The mean document sentiment of the documents that mention the theme.
    pub fn mean_sentiment(&self) -> Option<f64> {
        fixed_mean(self.sentiment_sum, self.docs)
    }
}

/// Counts for one persona value.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PersonaCounts {
    pub docs: u64,
    pub rating_sum: i64,
    pub rating_n: u64,
    pub sentiment_sum: i64,
    /// Documents with at least one pain point.
    pub pain_docs: u64,
    /// One entry per theme of the lexicon, in lexicon order.
    pub themes: Vec<ThemeCounts>,
}

impl Merge for PersonaCounts {
    fn merge(&mut self, o: PersonaCounts) {
        self.docs += o.docs;
        self.rating_sum += o.rating_sum;
        self.rating_n += o.rating_n;
        self.sentiment_sum += o.sentiment_sum;
        self.pain_docs += o.pain_docs;
        for (a, b) in self.themes.iter_mut().zip(o.themes) {
            a.merge(b);
        }
    }
}

impl PersonaCounts {
    /// The mean rating of the persona's rated documents.
    pub fn mean_rating(&self) -> Option<f64> {
        fixed_mean(self.rating_sum, self.rating_n)
    }
    /// The mean document sentiment of the persona's documents.
    pub fn mean_sentiment(&self) -> Option<f64> {
        fixed_mean(self.sentiment_sum, self.docs)
    }
    /// The share of the persona's documents with at least one pain point (0 when it has none).
    pub fn pain_doc_share(&self) -> f64 {
        if self.docs > 0 {
            self.pain_docs as f64 / self.docs as f64
        } else {
            0.0
        }
    }
}

/// A quote candidate: one sentence of one document for one (persona, theme).
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteCandidate {
    pub doc_id: String,
    pub source: String,
    pub row: u64,
    pub lang: String,
    /// The whole sentence.
    pub text: String,
    /// Byte offsets of the matched term inside `text`.
    pub highlight_start: usize,
    pub highlight_end: usize,
    pub polarity: i8,
    pub pain: bool,
    pub rating: Option<f64>,
    pub term: String,
    /// |polarity score| in thousandths.
    pub strength: i64,
    /// Byte offset of the sentence in the document (tie-break).
    pub offset: usize,
    /// Values to redact from the text (`--redact-column`).
    pub redact: Vec<String>,
    /// For a conversation: turn index and speaker role of the sentence.
    pub turn: Option<u32>,
    pub speaker: Option<String>,
    /// Length of `text` in characters.
    pub chars: usize,
}

/// Counts of one (persona, period): documents, and per theme the documents that raise
/// it and those that raise it as a pain.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PeriodCounts {
    pub docs: u64,
    pub themes: Vec<(u64, u64)>,
}

impl Merge for PeriodCounts {
    fn merge(&mut self, o: PeriodCounts) {
        self.docs += o.docs;
        for (a, b) in self.themes.iter_mut().zip(&o.themes) {
            a.0 += b.0;
            a.1 += b.1;
        }
    }
}

/// The kept quote candidates per persona, then per theme (index into the lexicon's
/// themes): at most `keep` per (persona, theme), best first under the total order of
/// [`QuoteCandidate::rank_cmp`] — a reservoir whose content does not depend on the
/// order candidates arrive in.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteBook {
    keep: usize,
    n_themes: usize,
    pub lists: BTreeMap<PersonaKey, Vec<Vec<QuoteCandidate>>>,
}

impl QuoteBook {
    pub fn new(keep: usize, n_themes: usize) -> QuoteBook {
        QuoteBook { keep, n_themes, lists: BTreeMap::new() }
    }

    /// Offers a candidate to (persona, theme); it is copied only if it is kept.
    fn offer(&mut self, key: &PersonaKey, theme: usize, cand: &QuoteCandidate) {
        let lists = match self.lists.get_mut(key) {
            Some(l) => l,
            None => self.lists.entry(key.clone()).or_insert_with(|| vec![Vec::new(); self.n_themes]),
        };
        let list = &mut lists[theme];
        if list.len() >= self.keep {
            if let Some(worst) = list.last() {
                if cand.rank_cmp(worst) != Ordering::Less {
                    return;
                }
            }
        }
        let pos = list.partition_point(|x| x.rank_cmp(cand) == Ordering::Less);
        list.insert(pos, cand.clone());
        list.truncate(self.keep);
    }

    /// Whether a candidate of rank `r` would enter the kept list of (persona, theme).
    fn would_keep(&self, key: &PersonaKey, theme: usize, r: &Rank) -> bool {
        match self.lists.get(key) {
            Some(lists) => lists[theme].len() < self.keep || lists[theme].last().is_none_or(|w| r.cmp(&w.rank(), true) == Ordering::Less),
            None => true,
        }
    }

    /// The kept candidates of a persona, per theme.
    pub fn get(&self, key: &PersonaKey) -> Option<&Vec<Vec<QuoteCandidate>>> {
        self.lists.get(key)
    }
}

impl Merge for QuoteBook {
    fn merge(&mut self, other: QuoteBook) {
        for (k, lists) in other.lists {
            // a persona new here moves in whole; a shared one re-offers each candidate
            let k = match self.lists.entry(k) {
                std::collections::btree_map::Entry::Vacant(e) => {
                    e.insert(lists);
                    continue;
                }
                std::collections::btree_map::Entry::Occupied(e) => e.key().clone(),
            };
            for (t, list) in lists.iter().enumerate() {
                for c in list {
                    self.offer(&k, t, c);
                }
            }
        }
    }
}

/// Sentence length (in characters) that reads well on a persona card.
pub const QUOTE_MIN_CHARS: usize = 20;
pub const QUOTE_MAX_CHARS: usize = 280;
pub const QUOTE_IDEAL_CHARS: usize = 120;

/// The ranking criteria of a quote, in order (see README, "Quotes"): readable length
/// first, then pain points, then strength, then closeness to 120 characters, then doc
/// id, source, row and offsets — a total order, so the kept candidates do not depend on
/// the order in which they arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Rank<'a> {
    readable: bool,
    pain: bool,
    strength: i64,
    distance: usize,
    doc_id: &'a str,
    source: &'a str,
    row: u64,
    offset: usize,
    highlight_start: usize,
}

impl Rank<'_> {
    fn cmp(&self, o: &Rank, use_pain: bool) -> Ordering {
        o.readable
            .cmp(&self.readable)
            .then(if use_pain { o.pain.cmp(&self.pain) } else { Ordering::Equal })
            .then(o.strength.cmp(&self.strength))
            .then(self.distance.cmp(&o.distance))
            .then(self.doc_id.cmp(o.doc_id))
            .then(self.source.cmp(o.source))
            .then(self.row.cmp(&o.row))
            .then(self.offset.cmp(&o.offset))
            .then(self.highlight_start.cmp(&o.highlight_start))
    }
}

#[allow(clippy::too_many_arguments)]
fn rank<'a>(chars: usize, pain: bool, strength: i64, doc_id: &'a str, source: &'a str, row: u64, offset: usize, highlight_start: usize) -> Rank<'a> {
    Rank {
        readable: (QUOTE_MIN_CHARS..=QUOTE_MAX_CHARS).contains(&chars),
        pain,
        strength,
        distance: chars.abs_diff(QUOTE_IDEAL_CHARS),
        doc_id,
        source,
        row,
        offset,
        highlight_start,
    }
}

impl QuoteCandidate {
    fn rank(&self) -> Rank<'_> {
        rank(self.chars, self.pain, self.strength, &self.doc_id, &self.source, self.row, self.offset, self.highlight_start)
    }
    /// The ranking without the pain criterion (for themes that are not mostly pains).
    pub fn rank_cmp_ignoring_pain(&self, o: &QuoteCandidate) -> Ordering {
        self.rank().cmp(&o.rank(), false)
    }
    /// The quote ranking (see [`Rank`]).
    pub fn rank_cmp(&self, o: &QuoteCandidate) -> Ordering {
        self.rank().cmp(&o.rank(), true)
    }
}

/// Counts of one emergent phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct PhraseCounts {
    pub lang: Lang,
    /// [`crate::analyze::phrase_hash`] of language and key.
    pub hash: u64,
    /// The stem key, then the first spelling seen, back to back (one allocation).
    text: Box<str>,
    key_len: u32,
    pub docs: u64,
    /// Documents per persona key id (see `Aggregates::persona_ids`), sorted by id.
    pub persona: SmallVec<[(u32, u64); 4]>,
    /// Up to three example doc ids, in input order.
    pub examples: SmallVec<[Box<str>; 3]>,
}

impl PhraseCounts {
    /// A phrase's counts as stored in a partial result (`crate::partial`).
    pub fn restore(lang: Lang, hash: u64, key: &str, display: &str, docs: u64, persona: SmallVec<[(u32, u64); 4]>, examples: SmallVec<[Box<str>; 3]>) -> Self {
        let mut p = PhraseCounts::new(lang, hash, key, display);
        p.docs = docs;
        p.persona = persona;
        p.examples = examples;
        p
    }
    fn new(lang: Lang, hash: u64, key: &str, display: &str) -> Self {
        let mut text = String::with_capacity(key.len() + display.len());
        text.push_str(key);
        text.push_str(display);
        PhraseCounts { lang, hash, text: text.into_boxed_str(), key_len: key.len() as u32, docs: 0, persona: SmallVec::new(), examples: SmallVec::new() }
    }
    /// Stems joined by spaces.
    pub fn key(&self) -> &str {
        &self.text[..self.key_len as usize]
    }
    /// The first spelling seen (normalised words joined by spaces).
    pub fn display(&self) -> &str {
        &self.text[self.key_len as usize..]
    }
    fn count_persona(&mut self, id: u32, n: u64) {
        match self.persona.binary_search_by_key(&id, |x| x.0) {
            Ok(i) => self.persona[i].1 += n,
            Err(i) => self.persona.insert(i, (id, n)),
        }
    }
}

/// Number of hash shards of the phrase table: shards are folded in parallel, each by
/// one worker, so folding needs no lock and its result does not depend on threads.
pub const PHRASE_SHARDS: usize = 16;

fn shard_of(hash: u64) -> usize {
    // bits the shard tables do not use (they use the low bits and the top 7)
    (hash >> 40) as usize % PHRASE_SHARDS
}

/// Emergent-phrase counts, found by precomputed hash and key (no allocation on a hit).
#[derive(Clone)]
pub struct PhraseTable {
    shards: Vec<HashTable<PhraseCounts>>,
}

impl Default for PhraseTable {
    fn default() -> Self {
        PhraseTable { shards: (0..PHRASE_SHARDS).map(|_| HashTable::new()).collect() }
    }
}

impl std::fmt::Debug for PhraseTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhraseTable({} phrases)", self.len())
    }
}

fn entry_in<'t>(shard: &'t mut HashTable<PhraseCounts>, lang: Lang, hash: u64, key: &str, display: &str) -> &'t mut PhraseCounts {
    match shard.entry(hash, |e| e.lang == lang && e.key() == key, |e| e.hash) {
        hash_table::Entry::Occupied(o) => o.into_mut(),
        hash_table::Entry::Vacant(v) => v.insert(PhraseCounts::new(lang, hash, key, display)).into_mut(),
    }
}

impl PhraseTable {
    /// The counts of a phrase, created (with its display form) when new.
    pub fn get_or_insert(&mut self, lang: Lang, hash: u64, key: &str, display: &str) -> &mut PhraseCounts {
        entry_in(&mut self.shards[shard_of(hash)], lang, hash, key, display)
    }
    pub fn len(&self) -> usize {
        self.shards.iter().map(|m| m.len()).sum()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Every phrase, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &PhraseCounts> {
        self.shards.iter().flat_map(|m| m.iter())
    }
    /// Adds a phrase not yet in the table (a partial result being read back).
    pub fn insert_new(&mut self, p: PhraseCounts) {
        let s = &mut self.shards[shard_of(p.hash)];
        let (lang, hash) = (p.lang, p.hash);
        match s.entry(hash, |e| e.lang == lang && e.key() == p.key(), |e| e.hash) {
            hash_table::Entry::Occupied(mut o) => *o.get_mut() = p,
            hash_table::Entry::Vacant(v) => {
                v.insert(p);
            }
        }
    }
    fn retain(&mut self, f: impl Fn(&PhraseCounts) -> bool + Sync) {
        self.shards.par_iter_mut().for_each(|m| m.retain(|v| f(v)));
    }
}

impl PartialEq for PhraseTable {
    fn eq(&self, o: &Self) -> bool {
        self.len() == o.len() && self.iter().all(|e| o.shards[shard_of(e.hash)].find(e.hash, |x| x.lang == e.lang && x.key() == e.key()) == Some(e))
    }
}

/// Phrase candidates of added documents not yet counted in the table: one text buffer
/// and, per shard, the occurrences in input order. Folding them into the table is done
/// per shard in parallel ([`Aggregates::absorb`]).
#[derive(Debug, Clone, Default)]
struct PendingPhrases {
    text: String,
    occs: Vec<Vec<Occurrence>>,
    docs: Vec<PendingDoc>,
}

#[derive(Debug, Clone, Copy)]
struct Occurrence {
    lang: Lang,
    hash: u64,
    doc: u32,
    key: (u32, u32),
    display: (u32, u32),
}

#[derive(Debug, Clone)]
struct PendingDoc {
    /// Byte range of the doc id in `text`.
    id: (u32, u32),
    /// Persona ids of the document (local to the aggregate that added it).
    personas: SmallVec<[u32; 4]>,
}

impl PendingPhrases {
    fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }
    fn push(&mut self, doc_id: &str, personas: SmallVec<[u32; 4]>, p: &crate::analyze::Phrases) {
        if self.occs.is_empty() {
            self.occs = vec![Vec::new(); PHRASE_SHARDS];
        }
        let doc = self.docs.len() as u32;
        let base = self.text.len() as u32;
        self.text.push_str(doc_id);
        self.docs.push(PendingDoc { id: (base, base + doc_id.len() as u32), personas });
        let off = self.text.len() as u32;
        self.text.push_str(&p.text);
        for r in &p.items {
            self.occs[shard_of(r.hash)].push(Occurrence {
                lang: r.lang,
                hash: r.hash,
                doc,
                key: (r.key.0 + off, r.key.1 + off),
                display: (r.display.0 + off, r.display.1 + off),
            });
        }
    }
    fn slice(&self, r: (u32, u32)) -> &str {
        &self.text[r.0 as usize..r.1 as usize]
    }
    /// Counts this shard's occurrences into `shard`; `ids` maps local persona ids to the
    /// table's.
    fn fold_shard(&self, s: usize, shard: &mut HashTable<PhraseCounts>, ids: &[u32]) {
        let Some(occs) = self.occs.get(s) else { return };
        for o in occs {
            let e = entry_in(shard, o.lang, o.hash, self.slice(o.key), self.slice(o.display));
            e.docs += 1;
            let d = &self.docs[o.doc as usize];
            for &id in &d.personas {
                e.count_persona(ids[id as usize], 1);
            }
            if e.examples.len() < 3 {
                e.examples.push(self.slice(d.id).into());
            }
        }
    }
}

/// Ticket metrics of a (persona, theme) or of a persona (theme `None`): the documents
/// with at least one metric. Times are kept as values (medians and percentiles are
/// computed at output); scores as fixed-point sums.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct MetricCounts {
    pub docs: u64,
    pub first_response_h: Vec<f64>,
    pub resolution_h: Vec<f64>,
    pub csat_n: u64,
    pub csat_sum: i64,
    /// CSAT of 4 or 5.
    pub csat_satisfied: u64,
    pub nps_n: u64,
    /// Scores of 9–10 and 0–6.
    pub nps_promoters: u64,
    pub nps_detractors: u64,
    pub ces_n: u64,
    pub ces_sum: i64,
}

impl MetricCounts {
    fn add(&mut self, m: &TicketMetrics) {
        self.docs += 1;
        if let Some(v) = m.first_response_h {
            self.first_response_h.push(v);
        }
        if let Some(v) = m.resolution_h {
            self.resolution_h.push(v);
        }
        if let Some(v) = m.csat {
            self.csat_n += 1;
            self.csat_sum += fixed(v);
            if v >= 4.0 {
                self.csat_satisfied += 1;
            }
        }
        if let Some(v) = m.nps {
            self.nps_n += 1;
            if v >= 9.0 {
                self.nps_promoters += 1;
            } else if v <= 6.0 {
                self.nps_detractors += 1;
            }
        }
        if let Some(v) = m.ces {
            self.ces_n += 1;
            self.ces_sum += fixed(v);
        }
    }
}

/// The order of time values does not matter: they are sorted at output.
impl Merge for MetricCounts {
    fn merge(&mut self, o: MetricCounts) {
        self.docs += o.docs;
        self.first_response_h.extend(o.first_response_h);
        self.resolution_h.extend(o.resolution_h);
        self.csat_n += o.csat_n;
        self.csat_sum += o.csat_sum;
        self.csat_satisfied += o.csat_satisfied;
        self.nps_n += o.nps_n;
        self.nps_promoters += o.nps_promoters;
        self.nps_detractors += o.nps_detractors;
        self.ces_n += o.ces_n;
        self.ces_sum += o.ces_sum;
    }
}

impl MetricCounts {
    pub fn csat_mean(&self) -> Option<f64> {
        fixed_mean(self.csat_sum, self.csat_n)
    }
    pub fn ces_mean(&self) -> Option<f64> {
        fixed_mean(self.ces_sum, self.ces_n)
    }
    /// NPS (−100…100) with its 95% interval: `100·(p − d) ± 196·√((p + d − (p − d)²)/n)`.
    pub fn nps(&self) -> Option<(f64, f64, f64)> {
        if self.nps_n == 0 {
            return None;
        }
        let n = self.nps_n as f64;
        let p = self.nps_promoters as f64 / n;
        let d = self.nps_detractors as f64 / n;
        let v = 100.0 * (p - d);
        let half = 196.0 * ((p + d - (p - d) * (p - d)).max(0.0) / n).sqrt();
        Some((v, (v - half).max(-100.0), (v + half).min(100.0)))
    }
    /// The counts of `self` minus `part` (the documents of a persona without a theme).
    pub fn without(&self, part: &MetricCounts) -> MetricCounts {
        MetricCounts {
            docs: self.docs - part.docs,
            first_response_h: Vec::new(),
            resolution_h: Vec::new(),
            csat_n: self.csat_n - part.csat_n,
            csat_sum: self.csat_sum - part.csat_sum,
            csat_satisfied: self.csat_satisfied - part.csat_satisfied,
            nps_n: self.nps_n - part.nps_n,
            nps_promoters: self.nps_promoters - part.nps_promoters,
            nps_detractors: self.nps_detractors - part.nps_detractors,
            ces_n: self.ces_n - part.ces_n,
            ces_sum: self.ces_sum - part.ces_sum,
        }
    }
}

/// Quantile `q` of sorted values with linear interpolation between closest ranks
/// (type 7, the default of R, NumPy and pandas).
pub fn quantile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let h = (sorted.len() - 1) as f64 * q;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    Some(sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo]))
}

/// At most this many distinct phrases are kept at a checkpoint; beyond it the rarest are
/// pruned (see [`Aggregates::add`]).
pub const PHRASE_CAPACITY: usize = 200_000;
/// Checkpoints for phrase pruning: after every this many documents of the input (in input
/// order), at most; a smaller capacity checks more often (capacity / 8, at least 16).
/// Pruning only at fixed points of the input keeps the result independent of threads and
/// chunks.
pub const PHRASE_CHECKPOINT: u64 = 8192;

/// All aggregates of a run.
#[derive(Debug, Clone)]
pub struct Aggregates {
    /// Persona dimension names; index 0 is `all`.
    pub dims: Vec<String>,
    pub n_themes: usize,
    pub personas: BTreeMap<PersonaKey, PersonaCounts>,
    /// Quote candidates per persona, then per theme (index into the lexicon's themes).
    pub quotes: QuoteBook,
    /// Emergent phrases per (language, stem key). Memory is bounded: at every checkpoint
    /// ([`PHRASE_CHECKPOINT`] documents) where more than the capacity are tracked, the
    /// rarest are dropped until half remain (see `prune_phrases`); `phrase_floor` is the
    /// highest count ever dropped, so a reported count is exact or low by at most that
    /// much (per checkpoint interval a phrase can also have been dropped and counted anew).
    pub phrases: PhraseTable,
    pub phrase_floor: u64,
    /// Phrases of added documents not yet in `phrases` (see [`Aggregates::finish`]).
    pending: PendingPhrases,
    /// Persona keys numbered in order of first appearance (for phrase counts).
    pub persona_ids: BTreeMap<PersonaKey, u32>,
    /// Ticket metrics per (persona, theme), `None` for the persona as a whole.
    pub metrics: BTreeMap<(PersonaKey, Option<u16>), MetricCounts>,
    /// Counts per (persona, calendar period) for `changes.parquet` (documents with a
    /// readable date only; the period is an ordinal, see `config::Period::ordinal`).
    pub periods: BTreeMap<(PersonaKey, i32), PeriodCounts>,
    /// The latest period seen, and the quote candidates of its documents per (persona,
    /// theme): quotes for the alerts of the last period. Order-independent: a candidate
    /// of the latest period is always offered, older ones are dropped.
    pub recent: Option<i32>,
    pub recent_quotes: QuoteBook,
    /// Candidates kept per (persona, theme): three times the quotes written, so that the final
    /// pick can prefer different terms.
    pub keep: usize,
    /// Documents added (or skipped) so far: the position in the input of the checkpoints.
    pub docs_seen: u64,
    /// Prune at checkpoints (off for a partial aggregate of a block, which the run folds
    /// into the main one: the main one prunes).
    checkpoints: bool,
    phrase_capacity: usize,
}

impl Aggregates {
    pub fn new(persona_dims: &[String], n_themes: usize, quotes: usize) -> Self {
        let mut dims = vec!["all".to_string()];
        dims.extend(persona_dims.iter().cloned());
        Aggregates {
            dims,
            n_themes,
            personas: BTreeMap::new(),
            quotes: QuoteBook::new(quotes * 3, n_themes),
            phrases: Default::default(),
            phrase_floor: 0,
            pending: Default::default(),
            persona_ids: BTreeMap::new(),
            metrics: BTreeMap::new(),
            periods: BTreeMap::new(),
            recent: None,
            recent_quotes: QuoteBook::new(quotes * 3, n_themes),
            keep: quotes * 3,
            docs_seen: 0,
            checkpoints: true,
            phrase_capacity: PHRASE_CAPACITY,
        }
    }

    /// An aggregate of one block of consecutive documents, to be folded into the run's
    /// aggregate with [`absorb`](Self::absorb).
    pub fn partial(&self) -> Self {
        let mut a = Aggregates::new(&self.dims[1..], self.n_themes, self.keep / 3);
        a.keep = self.keep;
        a.checkpoints = false;
        a.phrase_capacity = self.phrase_capacity;
        a
    }

    /// Sets the number of phrases kept at a checkpoint (`--phrase-capacity`).
    pub fn with_phrase_capacity(mut self, n: usize) -> Self {
        self.phrase_capacity = n.max(16);
        self
    }

    /// Documents between two checkpoints.
    pub fn checkpoint_every(&self) -> u64 {
        ((self.phrase_capacity / 8) as u64).clamp(16, PHRASE_CHECKPOINT)
    }

    /// Documents per unit of work of a shard (`run --shard K/N`): shard K analyses the
    /// units `u` of the input with `u % N == K`. A unit never spans a checkpoint (it
    /// divides [`checkpoint_every`](Self::checkpoint_every)), so `merge` can replay the
    /// units in input order with the same pruning as a single run.
    pub fn unit_docs(&self) -> u64 {
        let e = self.checkpoint_every();
        for d in [8, 4, 2] {
            if e % d == 0 && e / d >= 256 {
                return e / d;
            }
        }
        e
    }

    /// Moves the emergent phrases out of a partial aggregate (with the persona ids they
    /// refer to and its documents seen), leaving the order-independent counts: what a
    /// shard writes per unit (see `crate::partial`).
    pub fn take_phrases(&mut self) -> Aggregates {
        self.fold_pending();
        let mut unit = self.partial();
        unit.phrases = std::mem::take(&mut self.phrases);
        unit.persona_ids = std::mem::take(&mut self.persona_ids);
        unit.docs_seen = std::mem::replace(&mut self.docs_seen, 0);
        unit
    }

    /// Folds the phrases of one unit of the input (see [`take_phrases`](Self::take_phrases)),
    /// units given in input order: the phrase table then passes through the same states
    /// at every checkpoint as in a single run (prunes included).
    pub fn absorb_unit(&mut self, unit: Aggregates) {
        self.merge(unit);
        self.at_checkpoint();
    }

    /// Documents until the next checkpoint (a block folded with `absorb` must not span one).
    pub fn docs_to_checkpoint(&self) -> u64 {
        self.checkpoint_every() - self.docs_seen % self.checkpoint_every()
    }

    /// The persona keys of a document: `all`/`all` and one per dimension.
    pub fn keys_of(&self, doc: &Document) -> Vec<PersonaKey> {
        let mut keys = vec![(0u16, "all".to_string())];
        for (i, v) in doc.persona.iter().enumerate() {
            keys.push(((i + 1) as u16, v.clone().unwrap_or_else(|| MISSING_VALUE.to_string())));
        }
        keys
    }

    /// Counts a document that is read but not aggregated (filtered by `--only-lang`): it
    /// still moves the checkpoints, which are positions in the input.
    pub fn skip(&mut self) {
        self.docs_seen += 1;
        self.at_checkpoint();
    }

    fn at_checkpoint(&mut self) {
        if self.checkpoints && self.docs_seen % self.checkpoint_every() == 0 {
            self.fold_pending();
            if self.phrases.len() > self.phrase_capacity {
                self.prune_phrases();
            }
        }
    }

    /// Adds one analysed document.
    pub fn add(&mut self, lex: &LexiconSet, doc: &Document, a: &DocAnalysis) {
        let n = self.n_themes;
        // themes of the document, with ancestors
        let mut has = vec![false; n];
        let mut pain = vec![false; n];
        for m in &a.mentions {
            for &t in &lex.theme(m.theme).lineage {
                has[t as usize] = true;
                if m.pain {
                    pain[t as usize] = true;
                }
            }
        }
        let any_pain = a.mentions.iter().any(|m| m.pain);
        let rating = doc.rating.map(fixed);
        let sentiment = fixed(a.sentiment);
        let keys = self.keys_of(doc);
        self.add_phrases(doc, a, &keys);
        if !doc.metrics.is_empty() {
            self.add_metrics(doc, &has, &keys);
        }
        for key in &keys {
            self.add_persona(key, &has, &pain, rating, sentiment, any_pain);
        }
        if let Some(period) = doc.period {
            for key in &keys {
                let c = self.periods.entry((key.clone(), period)).or_insert_with(|| PeriodCounts { docs: 0, themes: vec![(0, 0); n] });
                c.docs += 1;
                for t in 0..n {
                    if has[t] {
                        c.themes[t].0 += 1;
                        if pain[t] {
                            c.themes[t].1 += 1;
                        }
                    }
                }
            }
            if self.recent.is_none_or(|r| period > r) {
                self.recent = Some(period);
                self.recent_quotes.lists.clear();
            }
        }
        if self.keep > 0 {
            self.add_quotes(lex, doc, a, &has, &keys);
        }
        self.docs_seen += 1;
        self.at_checkpoint();
    }

    /// Ticket metrics of a document, per persona value: the persona as a whole and each
    /// theme the document raises.
    fn add_metrics(&mut self, doc: &Document, has: &[bool], keys: &[PersonaKey]) {
        for key in keys {
            self.metrics.entry((key.clone(), None)).or_default().add(&doc.metrics);
            for (t, &h) in has.iter().enumerate() {
                if h {
                    self.metrics.entry((key.clone(), Some(t as u16))).or_default().add(&doc.metrics);
                }
            }
        }
    }

    /// Counts a document for one persona value: documents, ratings, sentiment, pain, and
    /// the same per theme it raises (`has`, with ancestors; `pain` as a pain).
    fn add_persona(&mut self, key: &PersonaKey, has: &[bool], pain: &[bool], rating: Option<i64>, sentiment: i64, any_pain: bool) {
        let n = self.n_themes;
        let p = match self.personas.get_mut(key) {
            Some(p) => p,
            None => self.personas.entry(key.clone()).or_insert_with(|| PersonaCounts { themes: vec![ThemeCounts::default(); n], ..Default::default() }),
        };
        p.docs += 1;
        if let Some(r) = rating {
            p.rating_sum += r;
            p.rating_n += 1;
        }
        p.sentiment_sum += sentiment;
        if any_pain {
            p.pain_docs += 1;
        }
        for t in 0..n {
            if has[t] {
                let c = &mut p.themes[t];
                c.docs += 1;
                if pain[t] {
                    c.pain_docs += 1;
                }
                if let Some(r) = rating {
                    c.rating_sum += r;
                    c.rating_n += 1;
                }
                c.sentiment_sum += sentiment;
            }
        }
    }

    /// Quote candidates of a document: per theme, its best mention (on the ranking
    /// criteria, before any string is copied), offered to each persona of the document;
    /// the candidate is built only when one of them keeps it.
    fn add_quotes(&mut self, lex: &LexiconSet, doc: &Document, a: &DocAnalysis, has: &[bool], keys: &[PersonaKey]) {
        let sentence_chars: Vec<usize> = a.sentences.iter().map(|s| doc.text[s.start..s.end].chars().count()).collect();
        let strength = |m: &crate::analyze::Mention| (m.score.abs() as f64 * 1000.0).round() as i64;
        for (t, _) in has.iter().enumerate().filter(|(_, h)| **h) {
            let mut best: Option<(&crate::analyze::Mention, Rank)> = None;
            for m in &a.mentions {
                if !lex.theme(m.theme).lineage.contains(&(t as u16)) {
                    continue;
                }
                let s = &a.sentences[m.sentence as usize];
                let r = rank(sentence_chars[m.sentence as usize], m.pain, strength(m), &doc.doc_id, &doc.source, doc.row, s.start, m.start - s.start);
                if best.as_ref().is_none_or(|(_, b)| r.cmp(b, true) == Ordering::Less) {
                    best = Some((m, r));
                }
            }
            let Some((m, r)) = best else { continue };
            let wanted: SmallVec<[usize; 4]> = (0..keys.len()).filter(|&i| self.quotes.would_keep(&keys[i], t, &r)).collect();
            let recent = doc.period.is_some() && doc.period == self.recent;
            let wanted_recent: SmallVec<[usize; 4]> =
                if recent { (0..keys.len()).filter(|&i| self.recent_quotes.would_keep(&keys[i], t, &r)).collect() } else { SmallVec::new() };
            if wanted.is_empty() && wanted_recent.is_empty() {
                continue;
            }
            let s = &a.sentences[m.sentence as usize];
            let cand = QuoteCandidate {
                doc_id: doc.doc_id.clone(),
                source: doc.source.to_string(),
                row: doc.row,
                lang: s.lang.code().to_string(),
                text: doc.text[s.start..s.end].to_string(),
                highlight_start: m.start - s.start,
                highlight_end: m.end - s.start,
                polarity: m.polarity,
                pain: m.pain,
                rating: doc.rating,
                term: lex.terms[m.term as usize].text.clone(),
                strength: strength(m),
                offset: s.start,
                redact: doc.redact.clone(),
                turn: m.turn,
                speaker: m.turn.and_then(|t| doc.turns.get(t as usize)).map(|t| t.role.as_str().to_string()),
                chars: sentence_chars[m.sentence as usize],
            };
            for i in wanted {
                self.quotes.offer(&keys[i], t, &cand);
            }
            for i in wanted_recent {
                self.recent_quotes.offer(&keys[i], t, &cand);
            }
        }
    }

    fn add_phrases(&mut self, doc: &Document, a: &DocAnalysis, keys: &[PersonaKey]) {
        if a.phrases.is_empty() {
            return;
        }
        let ids: SmallVec<[u32; 4]> = keys
            .iter()
            .skip(1)
            .map(|k| match self.persona_ids.get(k) {
                Some(&id) => id,
                None => {
                    let next = self.persona_ids.len() as u32;
                    self.persona_ids.insert(k.clone(), next);
                    next
                }
            })
            .collect();
        if doc.redact.is_empty() {
            self.pending.push(&doc.doc_id, ids, &a.phrases);
        } else {
            // names from --redact-column never become emergent phrases
            let mut kept = crate::analyze::Phrases { text: a.phrases.text.clone(), items: a.phrases.items.clone() };
            let names = crate::redact::NameWords::new(&doc.redact);
            kept.items.retain(|p| !names.in_text(&a.phrases.text[p.display.0 as usize..p.display.1 as usize]));
            self.pending.push(&doc.doc_id, ids, &kept);
        }
    }

    /// Counts the pending phrases into the table (identity mapping of persona ids).
    fn fold_pending(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let ids: Vec<u32> = (0..self.persona_ids.len() as u32).collect();
        self.phrases.shards.par_iter_mut().enumerate().for_each(|(s, shard)| pending.fold_shard(s, shard, &ids));
    }

    /// Completes the aggregate before its tables are written: pending phrases counted.
    pub fn finish(&mut self) {
        self.fold_pending();
    }

    /// Folds partial aggregates of consecutive blocks of the input, given in input order,
    /// into this one: counts add, quote candidates are re-offered under their total order,
    /// and phrase occurrences are counted shard by shard in parallel, in input order, so
    /// the result equals adding every document here one by one. The blocks must not span
    /// a checkpoint (see [`docs_to_checkpoint`](Self::docs_to_checkpoint)).
    pub fn absorb(&mut self, parts: Vec<Aggregates>) {
        self.fold_pending();
        let mut maps: Vec<Vec<u32>> = Vec::with_capacity(parts.len());
        let mut pendings: Vec<PendingPhrases> = Vec::with_capacity(parts.len());
        for mut p in parts {
            let ids = self.map_persona_ids(&p.persona_ids);
            pendings.push(std::mem::take(&mut p.pending));
            maps.push(ids);
            let seen = p.docs_seen;
            p.docs_seen = 0;
            self.merge(p);
            self.docs_seen += seen;
        }
        self.phrases.shards.par_iter_mut().enumerate().for_each(|(s, shard)| {
            for (p, ids) in pendings.iter().zip(&maps) {
                p.fold_shard(s, shard, ids);
            }
        });
        self.at_checkpoint();
    }

    /// Ids in this aggregate of another aggregate's persona ids (new keys are numbered
    /// in the other's order of first appearance).
    fn map_persona_ids(&mut self, other: &BTreeMap<PersonaKey, u32>) -> Vec<u32> {
        let mut by_id: Vec<(&u32, &PersonaKey)> = other.iter().map(|(k, v)| (v, k)).collect();
        by_id.sort();
        by_id
            .into_iter()
            .map(|(_, k)| match self.persona_ids.get(k) {
                Some(&id) => id,
                None => {
                    let next = self.persona_ids.len() as u32;
                    self.persona_ids.insert(k.clone(), next);
                    next
                }
            })
            .collect()
    }

    /// Drops the rarest phrases until at most half of the capacity remain: every phrase
    /// seen in at most `floor` documents goes, where `floor` is the smallest count that
    /// achieves it. Deterministic (depends on counts only).
    fn prune_phrases(&mut self) {
        let mut counts: Vec<u64> = self.phrases.iter().map(|e| e.docs).collect();
        let keep = self.phrase_capacity / 2;
        let cut = counts.len() - keep;
        let (_, nth, _) = counts.select_nth_unstable(cut);
        let floor = *nth;
        self.phrase_floor = self.phrase_floor.max(floor);
        self.phrases.retain(|e| e.docs > floor);
    }

    /// Merges another aggregate into this one (counts, quotes and metrics in any order;
    /// phrases keep this aggregate's examples first).
    pub fn merge(&mut self, mut other: Aggregates) {
        Merge::merge(&mut self.personas, std::mem::take(&mut other.personas));
        Merge::merge(&mut self.quotes, std::mem::replace(&mut other.quotes, QuoteBook::new(0, 0)));
        Merge::merge(&mut self.periods, std::mem::take(&mut other.periods));
        self.merge_recent(&mut other);
        Merge::merge(&mut self.metrics, std::mem::take(&mut other.metrics));
        // phrases: persona ids are local to each aggregate; map them through the keys
        self.fold_pending();
        other.fold_pending();
        let ids = self.map_persona_ids(&other.persona_ids);
        // shard by shard (the same hash shards on both sides), in parallel when large
        let merge_shard = |mine: &mut HashTable<PhraseCounts>, theirs: HashTable<PhraseCounts>| {
            for mut e in theirs {
                match mine.entry(e.hash, |x| x.lang == e.lang && x.key() == e.key(), |x| x.hash) {
                    hash_table::Entry::Occupied(o) => {
                        let mine = o.into_mut();
                        mine.docs += e.docs;
                        for &(id, n) in &e.persona {
                            mine.count_persona(ids[id as usize], n);
                        }
                        for ex in e.examples {
                            if mine.examples.len() < 3 {
                                mine.examples.push(ex);
                            }
                        }
                    }
                    // a phrase new here moves in whole, its persona ids mapped
                    hash_table::Entry::Vacant(v) => {
                        for p in e.persona.iter_mut() {
                            p.0 = ids[p.0 as usize];
                        }
                        e.persona.sort_unstable_by_key(|p| p.0);
                        v.insert(e);
                    }
                }
            }
        };
        if other.phrases.len() >= 4096 {
            self.phrases.shards.par_iter_mut().zip(other.phrases.shards.into_par_iter()).for_each(|(m, t)| merge_shard(m, t));
        } else {
            for (m, t) in self.phrases.shards.iter_mut().zip(other.phrases.shards) {
                merge_shard(m, t);
            }
        }
        self.phrase_floor = self.phrase_floor.max(other.phrase_floor);
        self.docs_seen += other.docs_seen;
    }

    /// Quotes of the latest period: the later of the two periods wins; the same period
    /// merges its candidates.
    fn merge_recent(&mut self, other: &mut Aggregates) {
        if other.recent.is_some() && (self.recent.is_none() || other.recent > self.recent) {
            self.recent = other.recent;
            self.recent_quotes = std::mem::replace(&mut other.recent_quotes, QuoteBook::new(0, 0));
        } else if other.recent.is_some() && other.recent == self.recent {
            self.recent_quotes.merge(std::mem::replace(&mut other.recent_quotes, QuoteBook::new(0, 0)));
        }
    }

    /// The quotes to write for a (persona, theme): `k` candidates in rank order,
    /// preferring different terms (a first pass takes the best candidate of each term).
    pub fn pick_quotes(&self, key: &(PersonaKey, u16), k: usize, pain_first: bool) -> Vec<&QuoteCandidate> {
        let Some(stored) = self.quotes.get(&key.0).and_then(|l| l.get(key.1 as usize)) else {
            return Vec::new();
        };
        let mut list: Vec<&QuoteCandidate> = stored.iter().collect();
        if !pain_first {
            list.sort_by(|a, b| a.rank_cmp_ignoring_pain(b));
        }
        let mut chosen: Vec<usize> = Vec::new();
        let mut terms: Vec<&str> = Vec::new();
        for (i, c) in list.iter().enumerate() {
            if chosen.len() == k {
                break;
            }
            if !terms.contains(&c.term.as_str()) {
                chosen.push(i);
                terms.push(&c.term);
            }
        }
        for i in 0..list.len() {
            if chosen.len() == k {
                break;
            }
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        chosen.into_iter().map(|i| list[i]).collect()
    }
}

/// Statistics of one (persona, theme) derived from counts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThemeStats {
    pub share: f64,
    pub ci_low: f64,
    pub ci_high: f64,
    /// Share in the persona over share in the rest of the corpus (`None` for `all`, or
    /// when the rest is empty or never mentions the theme).
    pub lift: Option<f64>,
    pub pain_share: f64,
    pub mean_rating: Option<f64>,
    pub mean_sentiment: Option<f64>,
    /// 95% interval of the lift (Katz log method).
    pub lift_low: Option<f64>,
    pub lift_high: Option<f64>,
    /// Log-likelihood G² of the 2×2 table (persona vs rest × theme vs not), signed:
    /// positive when the theme is over-represented in the persona.
    pub keyness: Option<f64>,
    /// p-value of G² (chi-square, 1 degree of freedom).
    pub p_value: Option<f64>,
    /// Mean rating of the persona's documents with the theme minus without it.
    pub rating_impact: Option<f64>,
}

/// Complementary error function (Numerical Recipes `erfcc`, relative error < 1.2e-7).
pub fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    let r = t
        * (-z * z - 1.265_512_23
            + t * (1.000_023_68
                + t * (0.374_091_96
                    + t * (0.096_784_18
                        + t * (-0.186_288_06 + t * (0.278_868_07 + t * (-1.135_203_98 + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77)))))))))
            .exp();
    if x >= 0.0 {
        r
    } else {
        2.0 - r
    }
}

/// G² (log-likelihood ratio) of the 2×2 table `[[a, b], [c, d]]` and its p-value.
pub fn g_squared(a: u64, b: u64, c: u64, d: u64) -> (f64, f64) {
    let n = (a + b + c + d) as f64;
    if n == 0.0 {
        return (0.0, 1.0);
    }
    let rows = [(a + b) as f64, (c + d) as f64];
    let cols = [(a + c) as f64, (b + d) as f64];
    let obs = [[a as f64, b as f64], [c as f64, d as f64]];
    let mut g = 0.0;
    for i in 0..2 {
        for j in 0..2 {
            let o = obs[i][j];
            let e = rows[i] * cols[j] / n;
            if o > 0.0 && e > 0.0 {
                g += o * (o / e).ln();
            }
        }
    }
    let g = (2.0 * g).max(0.0);
    (g, erfc((g / 2.0).sqrt()))
}

/// Benjamini–Hochberg q-values of `p` (same order; `None` stays `None`).
pub fn benjamini_hochberg(p: &[Option<f64>]) -> Vec<Option<f64>> {
    let mut idx: Vec<usize> = (0..p.len()).filter(|&i| p[i].is_some()).collect();
    let m = idx.len() as f64;
    idx.sort_by(|&a, &b| p[a].unwrap().total_cmp(&p[b].unwrap()).then(a.cmp(&b)));
    let mut q = vec![None; p.len()];
    let mut running = 1.0f64;
    for (rank, &i) in idx.iter().enumerate().rev() {
        let v = (p[i].unwrap() * m / (rank as f64 + 1.0)).min(1.0);
        running = running.min(v);
        q[i] = Some(running);
    }
    q
}

/// The Wilson score interval for `k` successes out of `n` at 95% (z = 1.959964).
pub fn wilson(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let z = 1.959_963_984_540_054_f64;
    let n_f = n as f64;
    let p = k as f64 / n_f;
    let z2 = z * z;
    let denom = 1.0 + z2 / n_f;
    let center = (p + z2 / (2.0 * n_f)) / denom;
    let half = z * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt() / denom;
    ((center - half).max(0.0), (center + half).min(1.0))
}

/// Computes the statistics of (persona, theme) given the whole-corpus counts.
pub fn theme_stats(c: &ThemeCounts, p: &PersonaCounts, all: &ThemeCounts, all_docs: u64, is_all: bool) -> ThemeStats {
    let persona_docs = p.docs;
    let share = if persona_docs > 0 { c.docs as f64 / persona_docs as f64 } else { 0.0 };
    let (ci_low, ci_high) = wilson(c.docs, persona_docs);
    let lift = if is_all {
        None
    } else {
        let rest_docs = all_docs.saturating_sub(persona_docs);
        let rest_k = all.docs.saturating_sub(c.docs);
        if rest_docs == 0 || rest_k == 0 {
            None
        } else {
            Some(share / (rest_k as f64 / rest_docs as f64))
        }
    };
    let rest_docs = all_docs.saturating_sub(persona_docs);
    let rest_k = all.docs.saturating_sub(c.docs);
    let (mut lift_low, mut lift_high, mut keyness, mut p_value) = (None, None, None, None);
    if !is_all && persona_docs > 0 && rest_docs > 0 {
        if c.docs > 0 && rest_k > 0 {
            let se = (1.0 / c.docs as f64 - 1.0 / persona_docs as f64 + 1.0 / rest_k as f64 - 1.0 / rest_docs as f64).max(0.0).sqrt();
            let l = lift.unwrap_or(1.0).ln();
            let z = 1.959_963_984_540_054_f64;
            lift_low = Some((l - z * se).exp());
            lift_high = Some((l + z * se).exp());
        }
        let (g, pv) = g_squared(c.docs, persona_docs - c.docs, rest_k, rest_docs - rest_k);
        let over = (c.docs as f64) * (rest_docs as f64) >= (rest_k as f64) * (persona_docs as f64);
        keyness = Some(if over { g } else { -g });
        p_value = Some(pv);
    }
    let without_n = p.rating_n.saturating_sub(c.rating_n);
    let rating_impact = match (c.mean_rating(), fixed_mean(p.rating_sum - c.rating_sum, without_n)) {
        (Some(with), Some(without)) => Some(with - without),
        _ => None,
    };
    ThemeStats {
        lift_low,
        lift_high,
        keyness,
        p_value,
        rating_impact,
        share,
        ci_low,
        ci_high,
        lift,
        pain_share: if persona_docs > 0 { c.pain_docs as f64 / persona_docs as f64 } else { 0.0 },
        mean_rating: c.mean_rating(),
        mean_sentiment: c.mean_sentiment(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(doc: u32, chars: usize, pain: bool, strength: i64) -> QuoteCandidate {
        QuoteCandidate {
            doc_id: format!("d{doc}"),
            source: "reviews.csv".into(),
            row: doc as u64,
            lang: "en".into(),
            text: "x".repeat(chars),
            highlight_start: 0,
            highlight_end: 1,
            polarity: if pain { -1 } else { 1 },
            pain,
            rating: None,
            term: "late".into(),
            strength,
            offset: 0,
            redact: Vec::new(),
            turn: None,
            speaker: None,
            chars,
        }
    }

    /// Merging is what makes tables independent of thread and shard counts: parts
    /// merged in any order hold what one part that saw everything holds.
    #[test]
    fn merges_do_not_depend_on_order_or_split() {
        let key: PersonaKey = (1, "pro".into());
        let cands: Vec<QuoteCandidate> = (0..40).map(|i| candidate(i, 10 + (i as usize * 37) % 300, i % 3 == 0, (i as i64 * 17) % 1000)).collect();
        let mut whole = QuoteBook::new(4, 2);
        for (i, c) in cands.iter().enumerate() {
            whole.offer(&key, i % 2, c);
        }
        for split in [1, 7, 20, 39] {
            let (mut a, mut b) = (QuoteBook::new(4, 2), QuoteBook::new(4, 2));
            for (i, c) in cands.iter().enumerate() {
                let book = if i < split { &mut a } else { &mut b };
                book.offer(&key, i % 2, c);
            }
            let (a2, b2) = (a.clone(), b.clone());
            Merge::merge(&mut a, b);
            let mut ba = b2;
            Merge::merge(&mut ba, a2);
            assert_eq!(a, whole, "split at {split}");
            assert_eq!(ba, whole, "split at {split}, reversed");
        }
        assert_eq!(whole.get(&key).unwrap()[0].len(), 4, "at most `keep` per theme");

        let counts = |docs: u64, pain: u64, r: i64| PersonaCounts {
            docs,
            rating_sum: r,
            rating_n: docs,
            sentiment_sum: -r,
            pain_docs: pain,
            themes: vec![ThemeCounts { docs, pain_docs: pain, rating_sum: r, rating_n: docs, sentiment_sum: 0 }; 2],
        };
        let mut m1: BTreeMap<PersonaKey, PersonaCounts> =
            BTreeMap::from([(key.clone(), counts(3, 1, 12_000_000)), ((0, "all".into()), counts(5, 2, 20_000_000))]);
        let m2: BTreeMap<PersonaKey, PersonaCounts> = BTreeMap::from([(key.clone(), counts(2, 2, 3_000_000))]);
        let mut m2b = m2.clone();
        Merge::merge(&mut m2b, m1.clone());
        Merge::merge(&mut m1, m2);
        assert_eq!(m1, m2b);
        assert_eq!(m1[&key].docs, 5);
        assert_eq!(m1[&key].mean_rating(), Some(3.0), "(12 + 3) / 5 from fixed point");
        assert_eq!(m1[&key].themes[1].pain_docs, 3);
        assert_eq!(m1[&(0, "all".to_string())].pain_doc_share(), 0.4);
    }

    #[test]
    fn wilson_matches_known_values() {
        // 10 of 100: (0.0552, 0.1744) to 4 decimals
        let (lo, hi) = wilson(10, 100);
        assert!((lo - 0.0552).abs() < 1e-4 && (hi - 0.1744).abs() < 1e-4, "{lo} {hi}");
        let (lo, hi) = wilson(0, 20);
        assert_eq!(lo, 0.0);
        assert!((hi - 0.1611).abs() < 1e-4, "{hi}");
        assert_eq!(wilson(0, 0), (0.0, 0.0));
    }

    #[test]
    fn lift_is_share_over_rest() {
        let c = ThemeCounts { docs: 30, ..Default::default() };
        let all = ThemeCounts { docs: 40, ..Default::default() };
        // persona: 30/100; rest: 10/100
        let p = PersonaCounts { docs: 100, ..Default::default() };
        let s = theme_stats(&c, &p, &all, 200, false);
        assert!((s.lift.unwrap() - 3.0).abs() < 1e-12);
        assert!(s.ci_low <= s.share && s.share <= s.ci_high);
        // Katz interval: se = sqrt(1/30 - 1/100 + 1/10 - 1/100)
        let se = (1.0f64 / 30.0 - 0.01 + 0.1 - 0.01).sqrt();
        assert!((s.lift_low.unwrap() - (3f64.ln() - 1.959963984540054 * se).exp()).abs() < 1e-9);
        assert!(s.keyness.unwrap() > 0.0 && s.p_value.unwrap() < 0.001);
    }

    #[test]
    fn g_squared_and_bh_match_reference_values() {
        // 2 Σ O ln(O/E) for [[30, 70], [10, 90]]: G² = 12.9715, p = erfc(sqrt(G²/2)) = 0.000316
        let (g, p) = g_squared(30, 70, 10, 90);
        assert!((g - 12.9715).abs() < 1e-3, "{g}");
        assert!((p - 0.0003163).abs() < 1e-6, "{p}");
        assert!((erfc(0.5) - 0.4795001222).abs() < 1e-6);
        let q = benjamini_hochberg(&[Some(0.01), Some(0.04), None, Some(0.03), Some(0.5)]);
        // sorted p: 0.01, 0.03, 0.04, 0.5 (m = 4): q = 0.04, 0.0533, 0.0533, 0.5
        assert!((q[0].unwrap() - 0.04).abs() < 1e-12);
        assert!((q[1].unwrap() - 0.053333).abs() < 1e-5);
        assert!((q[3].unwrap() - 0.053333).abs() < 1e-5);
        assert_eq!(q[2], None);
        assert!((q[4].unwrap() - 0.5).abs() < 1e-12);
    }
}
