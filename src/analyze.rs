//! Per-document analysis: theme mentions with polarity, negation and pain, and the
//! document's sentiment.
//!
//! A pure function of a text and the compiled lexicons: no I/O, no shared mutable
//! state, so documents are analysed in parallel without coordination. The rules that
//! decide polarity and pain are documented in `lexicons/README.md` ("How polarity and
//! pain are decided") and implemented only here.

use crate::lang::Lang;
use crate::lexicon::matcher::{match_sequence, Hit};
use crate::lexicon::{CueKind, LexiconSet};
use crate::model::{Role, TurnSpan};
use crate::text::{Sentence, TextAnalysis, Token, TokenKind};

/// How many word tokens after a negator it negates.
pub const NEGATION_SCOPE: usize = 3;
/// How many word tokens before a post-posed negator (Persian `نیست`) it negates.
pub const NEGATION_POST_SCOPE: usize = 2;
/// A polarity score above this is positive, below its negative is negative.
pub const POLARITY_THRESHOLD: f32 = 0.25;

/// One mention of a theme in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub theme: u16,
    /// Index of the term in `LexiconSet::terms`.
    pub term: u32,
    /// Index of the sentence in the document.
    pub sentence: u32,
    /// Byte span into the document text.
    pub start: usize,
    pub end: usize,
    pub polarity: i8,
    pub negated: bool,
    pub pain: bool,
    /// Polarity score before thresholding (its magnitude ranks quotes).
    pub score: f32,
    /// For a conversation: the index of the turn (in the document's turns).
    pub turn: Option<u32>,
}

/// A cue found in a document (for `explain`).
#[derive(Debug, Clone, PartialEq)]
pub struct CueHit {
    pub kind: CueKind,
    pub cue: u32,
    pub start: usize,
    pub end: usize,
    /// Contribution to sentiment after negation and intensity (0 for non-sentiment cues).
    pub value: f32,
}

/// Result of analysing one document.
#[derive(Debug, Clone)]
pub struct DocAnalysis {
    pub lang: Lang,
    pub variant: Option<&'static str>,
    pub n_tokens: u32,
    pub sentences: Vec<Sentence>,
    pub mentions: Vec<Mention>,
    /// Document sentiment in [-1, 1]: (positive − negative) / (positive + negative).
    pub sentiment: f64,
    /// Candidate emergent phrases (1–3 words no lexicon term covers), once each.
    pub phrases: Phrases,
    /// Sums of positive and negative values (the parts of `sentiment`).
    pub pos_total: f64,
    pub neg_total: f64,
}

/// The emergent-phrase candidates of a document: stem keys and normalised spellings in
/// one text buffer (one allocation per document, none per phrase), each with a hash of
/// its language and key computed here, in the parallel part of the run, so that
/// aggregation only probes hash tables.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Phrases {
    /// Keys and displays of every candidate, back to back.
    pub text: String,
    /// The candidates, once each (deduplicated by language and key).
    pub items: Vec<PhraseRef>,
}

/// One candidate of [`Phrases`]: byte ranges of its key and display in `Phrases::text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PhraseRef {
    pub lang: Lang,
    /// [`phrase_hash`] of (`lang`, key).
    pub hash: u64,
    pub key: (u32, u32),
    pub display: (u32, u32),
}

/// The hash that identifies an emergent phrase: language and stem key (FxHash, the same
/// on every platform and run).
pub fn phrase_hash(lang: Lang, key: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write_u8(lang as u8);
    h.write(key.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

impl Phrases {
    /// Stems joined by spaces (so inflections merge).
    pub fn key(&self, p: &PhraseRef) -> &str {
        &self.text[p.key.0 as usize..p.key.1 as usize]
    }
    /// Normalised words joined by spaces.
    pub fn display(&self, p: &PhraseRef) -> &str {
        &self.text[p.display.0 as usize..p.display.1 as usize]
    }
    pub fn len(&self) -> usize {
        self.items.len()
    }
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// Appends the candidates of another text (a conversation turn).
    fn extend(&mut self, o: &Phrases) {
        let off = self.text.len() as u32;
        self.text.push_str(&o.text);
        self.items.extend(o.items.iter().map(|p| PhraseRef { key: (p.key.0 + off, p.key.1 + off), display: (p.display.0 + off, p.display.1 + off), ..*p }));
    }
    /// Keeps one candidate per (language, key), in a canonical order.
    fn dedup(&mut self) {
        let text = &self.text;
        let k = |p: &PhraseRef| (p.lang, p.hash, &text[p.key.0 as usize..p.key.1 as usize]);
        let d = |p: &PhraseRef| &text[p.display.0 as usize..p.display.1 as usize];
        // the smallest spelling of a key stands for the document
        self.items.sort_unstable_by(|a, b| k(a).cmp(&k(b)).then_with(|| d(a).cmp(d(b))));
        self.items.dedup_by(|a, b| k(a) == k(b));
    }
}

/// The emergent-phrase candidates of a document: n-grams of 1–3 consecutive words
/// inside a clause, that start and end with a word that is not a stop word, contain no
/// number, are not part of a lexicon term or cue mention, and have at least two letters
/// per word.
fn phrases(toks: &[crate::text::Token], seq: &[Option<usize>], covered: &[bool]) -> Phrases {
    let mut out = Phrases::default();
    let ok_word = |i: usize| {
        let t = &toks[i];
        t.forms.phrase_word && !covered[i] && t.lang.index().is_some()
    };
    for start in 0..seq.len() {
        let Some(a) = seq[start] else { continue };
        if !ok_word(a) || toks[a].forms.stop {
            continue;
        }
        // the longest run (up to 3 words) from here; its prefixes are the n-grams
        let mut run: [usize; 3] = [a, 0, 0];
        let mut len = 1;
        while len < 3 {
            match seq.get(start + len).copied() {
                Some(Some(ix)) if ok_word(ix) && toks[ix].lang == toks[a].lang => {
                    run[len] = ix;
                    len += 1;
                }
                _ => break,
            }
        }
        let text = &mut out.text;
        let ks = text.len() as u32;
        let mut key_ends = [0u32; 3];
        for (l, &ix) in run[..len].iter().enumerate() {
            if l > 0 {
                text.push(' ');
            }
            text.push_str(&toks[ix].forms.key);
            key_ends[l] = text.len() as u32;
        }
        let ds = text.len() as u32;
        let mut disp_ends = [0u32; 3];
        for (l, &ix) in run[..len].iter().enumerate() {
            if l > 0 {
                text.push(' ');
            }
            text.push_str(&toks[ix].forms.norm);
            disp_ends[l] = text.len() as u32;
        }
        for l in 0..len {
            if !toks[run[l]].forms.stop {
                let key = &text[ks as usize..key_ends[l] as usize];
                out.items.push(PhraseRef { lang: toks[a].lang, hash: phrase_hash(toks[a].lang, key), key: (ks, key_ends[l]), display: (ds, disp_ends[l]) });
            }
        }
    }
    out.dedup();
    out
}

/// Everything `explain` shows.
pub struct Detailed {
    pub text: TextAnalysis,
    pub doc: DocAnalysis,
    pub cues: Vec<CueHit>,
    /// Per token: negated by a negator.
    pub negated: Vec<bool>,
    /// Per token: clause id after contrast splitting.
    pub clause: Vec<u32>,
}

/// Analyses a text (`forced`: language from a column or flag).
pub fn analyze_text(lex: &LexiconSet, text: &str, forced: Option<Lang>) -> DocAnalysis {
    analyze_detailed(lex, text, forced).doc
}

/// The polarity a term contributes by itself, after negation and intensity:
/// +1 for `pos`, −1 for `neg`/`pain`/painful themes; negation turns +1 into −1 and −1
/// into +0.5 (`not expensive` is mildly positive).
fn own_value(lex: &LexiconSet, term: u32, negated: bool, intensity: f32) -> f32 {
    let t = &lex.terms[term as usize];
    let painful = t.flags.pain || t.flags.neg || lex.theme(t.theme).painful;
    let own = if t.flags.pos {
        1.0
    } else if painful {
        -1.0
    } else {
        0.0
    };
    let v = if negated {
        if own > 0.0 {
            -1.0
        } else {
            -own * 0.5
        }
    } else {
        own
    };
    v * intensity
}

/// Coordinating conjunctions end a negation's scope (`not cheap and fast`,
/// `مش غالي والخدمة ممتازة`): `and`, `or`, `et`, `ou`, `و`, `یا`, `او`, and Arabic
/// words with the conjunction و attached.
fn is_scope_break(lang: Lang, norm: &str, base: &str) -> bool {
    match lang {
        Lang::En => matches!(norm, "and" | "or" | "nor"),
        Lang::Fr => matches!(norm, "et" | "ou" | "ni"),
        Lang::Fa => matches!(norm, "و" | "یا"),
        Lang::Ar => matches!(norm, "و" | "او" | "ولا") || (norm.starts_with('و') && base.len() < norm.len() && !norm.starts_with("ولا")),
        Lang::Other => false,
    }
}

fn is_egyptian_circumfix_negation(norm: &str) -> bool {
    // ما…ش: ماعجبنيش, مابيشتغلش, مافيش
    norm.starts_with("ما") && norm.ends_with('ش') && norm.chars().count() >= 5
}

/// Analyses a document; for a conversation, only the turns of the given speaker roles,
/// each turn on its own (a sentence or clause never spans two turns), with mention and
/// sentence offsets into the whole document text. The language of a conversation is
/// identified once, on the analysed turns together.
pub fn analyze_document(lex: &LexiconSet, text: &str, forced: Option<Lang>, turns: &[TurnSpan], speakers: &[Role]) -> DocAnalysis {
    if turns.is_empty() {
        return analyze_text(lex, text, forced);
    }
    let allowed: Vec<(usize, &TurnSpan)> = turns.iter().enumerate().filter(|(_, t)| speakers.contains(&t.role)).collect();
    let joined: String = allowed.iter().map(|(_, t)| &text[t.start..t.end]).collect::<Vec<_>>().join("\n");
    let det = crate::text::langid::detect(if joined.is_empty() { text } else { &joined });
    let lang = forced.or((det.lang != Lang::Other).then_some(det.lang));
    let mut out = DocAnalysis {
        lang: lang.unwrap_or(det.lang),
        variant: if forced.is_some() { None } else { det.variant },
        n_tokens: 0,
        sentences: Vec::new(),
        mentions: Vec::new(),
        sentiment: 0.0,
        phrases: Phrases::default(),
        pos_total: 0.0,
        neg_total: 0.0,
    };
    for (ti, t) in allowed {
        let d = analyze_text(lex, &text[t.start..t.end], lang);
        let s_off = out.sentences.len() as u32;
        out.sentences.extend(d.sentences.into_iter().map(|mut s| {
            s.start += t.start;
            s.end += t.start;
            s
        }));
        out.mentions.extend(d.mentions.into_iter().map(|mut m| {
            m.start += t.start;
            m.end += t.start;
            m.sentence += s_off;
            m.turn = Some(ti as u32);
            m
        }));
        out.n_tokens += d.n_tokens;
        out.phrases.extend(&d.phrases);
        out.pos_total += d.pos_total;
        out.neg_total += d.neg_total;
    }
    out.phrases.dedup();
    let (p, n) = (out.pos_total, out.neg_total);
    out.sentiment = if p + n > 0.0 { ((p - n) / (p + n) * 1000.0).round() / 1000.0 } else { 0.0 };
    out
}

/// Analyses a text and keeps the intermediate steps: the stages of [`Analysis`] in the
/// order of the rules in `lexicons/README.md` ("The rules, step by step").
pub fn analyze_detailed(lex: &LexiconSet, text: &str, forced: Option<Lang>) -> Detailed {
    let ta = lex.pipeline.analyze(text, forced);
    let seq = match_sequence(&ta.tokens);
    let mut a = Analysis::new(lex, &ta.tokens, &seq);
    a.split_clauses();
    a.scope_negation();
    a.apply_intensity();
    let cues = a.score_cues();
    a.score_polar_terms();
    a.link_clauses();
    let mut mentions = a.mentions();
    a.keep_context_terms(&mut mentions);
    let (pos_total, neg_total) = (a.pos_total, a.neg_total);
    // rule 9: document sentiment
    let sentiment = if pos_total + neg_total > 0.0 { (((pos_total - neg_total) / (pos_total + neg_total)) as f64 * 1000.0).round() / 1000.0 } else { 0.0 };
    let n_tokens = ta.tokens.iter().filter(|t| t.kind != TokenKind::Punct).count() as u32;
    let phrases = phrases(&ta.tokens, &seq, &a.covered());
    let negated = a.negated();
    let clause = std::mem::take(&mut a.clause);
    let doc = DocAnalysis {
        phrases,
        pos_total: pos_total as f64,
        neg_total: neg_total as f64,
        lang: ta.lang,
        variant: ta.variant,
        n_tokens,
        sentences: ta.sentences.clone(),
        mentions,
        sentiment,
    };
    Detailed { text: ta, doc, cues, negated, clause }
}

/// One text's analysis in progress: each stage fills the fields the next ones read.
/// Vectors indexed by token, clause or negator id.
struct Analysis<'a> {
    lex: &'a LexiconSet,
    toks: &'a [Token],
    /// Lexicon term and cue matches, in text order (rule 2).
    term_hits: Vec<Hit>,
    cue_hits: Vec<Hit>,
    /// Per token: its index among the word and number tokens (`usize::MAX` for others);
    /// `words`: those tokens (scopes are counted in words).
    word_pos: Vec<usize>,
    words: Vec<usize>,
    /// Per token: a contrast cue starts here; its clause id after splitting (rule 1).
    contrast_start: Vec<bool>,
    clause: Vec<u32>,
    n_clauses: usize,
    /// Negators as token ranges; per token the negators scoping over it; per negator
    /// whether a term used it up (rule 3).
    negators: Vec<(usize, usize)>,
    neg_src: Vec<smallvec::SmallVec<[u32; 2]>>,
    used_up: Vec<bool>,
    /// Per token: the multiplier of its value (rule 4).
    intensity_at: Vec<f32>,
    /// Per clause: summed value, a pain marker, any sentiment, any mention, a contrast
    /// boundary that is more than the contrast word, its sentence (rule 6).
    clause_score: Vec<f32>,
    clause_pain_marker: Vec<bool>,
    clause_has_cue: Vec<bool>,
    clause_has_mention: Vec<bool>,
    hard_boundary: Vec<bool>,
    sentence_of_clause: Vec<u32>,
    /// Per term hit: the term's own value (rule 5).
    hit_values: Vec<f32>,
    /// Sums of positive and negative values (rule 9).
    pos_total: f32,
    neg_total: f32,
}

impl<'a> Analysis<'a> {
    /// Rule 2: terms and cues (leftmost-longest); several terms (or cues) compiled to the
    /// same words (`rude`, `rudely`) keep one per theme (per cue kind), the first in
    /// lexicon order.
    fn new(lex: &'a LexiconSet, toks: &'a [Token], seq: &[Option<usize>]) -> Analysis<'a> {
        let n = toks.len();
        let mut term_hits: Vec<Hit> = Vec::new();
        lex.find_terms(toks, seq, &mut term_hits);
        let mut cue_hits: Vec<Hit> = Vec::new();
        lex.find_cues(toks, seq, &mut cue_hits);
        for h in &mut term_hits {
            let mut seen: smallvec::SmallVec<[u16; 4]> = smallvec::SmallVec::new();
            h.payloads.retain(|p| {
                let th = lex.terms[*p as usize].theme;
                !seen.contains(&th) && {
                    seen.push(th);
                    true
                }
            });
        }
        for h in &mut cue_hits {
            let mut seen: smallvec::SmallVec<[CueKind; 4]> = smallvec::SmallVec::new();
            h.payloads.retain(|p| {
                let k = lex.cues[*p as usize].kind;
                !seen.contains(&k) && {
                    seen.push(k);
                    true
                }
            });
        }
        let mut word_pos = vec![usize::MAX; n];
        let mut words: Vec<usize> = Vec::new();
        for (i, t) in toks.iter().enumerate() {
            if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                word_pos[i] = words.len();
                words.push(i);
            }
        }
        Analysis {
            lex,
            toks,
            term_hits,
            cue_hits,
            word_pos,
            words,
            contrast_start: Vec::new(),
            clause: Vec::new(),
            n_clauses: 0,
            negators: Vec::new(),
            neg_src: Vec::new(),
            used_up: Vec::new(),
            intensity_at: Vec::new(),
            clause_score: Vec::new(),
            clause_pain_marker: Vec::new(),
            clause_has_cue: Vec::new(),
            clause_has_mention: Vec::new(),
            hard_boundary: Vec::new(),
            sentence_of_clause: Vec::new(),
            hit_values: Vec::new(),
            pos_total: 0.0,
            neg_total: 0.0,
        }
    }

    /// Rule 1: the tokeniser's punctuation clauses, further split before every contrast cue.
    fn split_clauses(&mut self) {
        let (toks, n) = (self.toks, self.toks.len());
        self.contrast_start = vec![false; n];
        for h in &self.cue_hits {
            if h.payloads.iter().any(|&c| self.lex.cues[c as usize].kind == CueKind::Contrast) {
                self.contrast_start[h.first] = true;
            }
        }
        self.clause = vec![0u32; n];
        let mut cur = 0u32;
        for i in 0..n {
            if i > 0 && (toks[i].clause != toks[i - 1].clause || self.contrast_start[i]) {
                cur += 1;
            }
            self.clause[i] = cur;
        }
        self.n_clauses = if n == 0 { 0 } else { cur as usize + 1 };
    }

    /// Rule 3: each token records which negators (token ranges) scope over it — the
    /// next [`NEGATION_SCOPE`] words of the clause after a negator, the
    /// [`NEGATION_POST_SCOPE`] before a post-posed one, up to a conjunction; the
    /// Egyptian circumfix over its own word —, so that a term or cue that contains its
    /// own negator (`never arrived`, `لا يعمل`, `کار نمی‌کند`) is not negated by it. A
    /// negator that is part of (or overlaps) a term is used up by it: it still shows in
    /// `explain` but negates nothing.
    fn scope_negation(&mut self) {
        let (lex, toks) = (self.lex, self.toks);
        let n = toks.len();
        let mut neg_src: Vec<smallvec::SmallVec<[u32; 2]>> = vec![smallvec::SmallVec::new(); n];
        let (clause, words) = (&self.clause, &self.words);
        let stops_scope = |ti: usize| is_scope_break(toks[ti].lang, &toks[ti].forms.norm, &toks[ti].forms.base);
        let scope = |from: &mut dyn Iterator<Item = &usize>, c: u32, id: u32, neg_src: &mut Vec<smallvec::SmallVec<[u32; 2]>>| {
            for &ti in from {
                if clause[ti] != c || stops_scope(ti) {
                    break;
                }
                neg_src[ti].push(id);
            }
        };
        // term hits are in text order and do not overlap: binary search, so that a long
        // text is not quadratic
        let term_hits = &self.term_hits;
        let inside_term = |h: &Hit| {
            let from = term_hits.partition_point(|t| t.last < h.first);
            term_hits[from..]
                .iter()
                .take_while(|t| t.first <= h.last)
                .any(|t| (t.first, t.last) != (h.first, h.last) || t.payloads.iter().any(|&p| !lex.terms[p as usize].flags.ignore))
        };
        for h in &self.cue_hits {
            let spent = inside_term(h);
            for &c in &h.payloads {
                let kind = lex.cues[c as usize].kind;
                if !matches!(kind, CueKind::Negation | CueKind::NegationPost) {
                    continue;
                }
                self.used_up.push(spent);
                let id = self.negators.len() as u32;
                self.negators.push((h.first, h.last));
                if kind == CueKind::Negation {
                    let wp = self.word_pos[h.last];
                    if wp != usize::MAX {
                        scope(&mut words.iter().skip(wp + 1).take(NEGATION_SCOPE), clause[h.first], id, &mut neg_src);
                    }
                } else {
                    let wp = self.word_pos[h.first];
                    if wp != usize::MAX {
                        scope(&mut words[..wp].iter().rev().take(NEGATION_POST_SCOPE), clause[h.first], id, &mut neg_src);
                    }
                }
            }
        }
        for (i, t) in toks.iter().enumerate() {
            if t.lang == Lang::Ar && t.kind == TokenKind::Word && is_egyptian_circumfix_negation(&t.forms.norm) {
                // the circumfix negates its own verb only (ماعجبنيش = "I did not like it");
                // its range lies outside every span so that the verb itself counts as negated
                let id = self.negators.len() as u32;
                self.negators.push((usize::MAX, usize::MAX));
                self.used_up.push(false);
                neg_src[i].push(id);
            }
        }
        self.neg_src = neg_src;
    }

    /// A span is negated when a negator outside it, not used up, scopes over one of its tokens.
    fn span_is_negated(&self, f: usize, l: usize) -> bool {
        (f..=l).any(|i| {
            self.neg_src[i].iter().any(|&id| {
                let (a, b) = self.negators[id as usize];
                !self.used_up[id as usize] && (b < f || a > l)
            })
        })
    }

    /// Per token: negated by a negator that is not the token itself (for `explain`).
    fn negated(&self) -> Vec<bool> {
        (0..self.toks.len())
            .map(|i| {
                self.neg_src[i].iter().any(|&id| {
                    let (a, b) = self.negators[id as usize];
                    !(a <= i && i <= b)
                })
            })
            .collect()
    }

    /// Rule 4: an intensifier multiplies the next two words' value (in its clause) by
    /// 1.5, a diminisher by 0.5.
    fn apply_intensity(&mut self) {
        self.intensity_at = vec![1f32; self.toks.len()];
        for h in &self.cue_hits {
            for &c in &h.payloads {
                let kind = self.lex.cues[c as usize].kind;
                if matches!(kind, CueKind::Intensifier | CueKind::Diminisher) {
                    let f = if kind == CueKind::Intensifier { 1.5 } else { 0.5 };
                    let wp = self.word_pos[h.last];
                    if wp != usize::MAX {
                        for &ti in self.words.iter().skip(wp + 1).take(2) {
                            if self.clause[ti] == self.clause[h.first] {
                                self.intensity_at[ti] = f;
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adds a value to a clause's score and to the document's sums.
    fn add_value(&mut self, clause: usize, value: f32, to_clause: bool) {
        if to_clause {
            self.clause_score[clause] += value;
            self.clause_has_cue[clause] = true;
        }
        if value > 0.0 {
            self.pos_total += value;
        } else {
            self.neg_total -= value;
        }
    }

    /// Rules 5 and 6 for cues: sentiment cues are worth ±1 times their intensity
    /// (negated: a positive one −1, a negative one +0.5) and add to their clause unless
    /// they lie inside a term with its own value (`overpriced`, `problem solved`); pain
    /// markers mark their clause.
    fn score_cues(&mut self) -> Vec<CueHit> {
        let lex = self.lex;
        let polar_spans: Vec<(usize, usize)> = self
            .term_hits
            .iter()
            .filter(|h| {
                h.payloads.iter().any(|&p| {
                    let t = &lex.terms[p as usize];
                    t.flags.pos || t.flags.neg || t.flags.pain || lex.theme(t.theme).painful
                })
            })
            .map(|h| (h.first, h.last))
            .collect();
        self.clause_score = vec![0f32; self.n_clauses];
        self.clause_pain_marker = vec![false; self.n_clauses];
        self.clause_has_cue = vec![false; self.n_clauses];
        let mut cues_out: Vec<CueHit> = Vec::new();
        for hi in 0..self.cue_hits.len() {
            let (first, last) = (self.cue_hits[hi].first, self.cue_hits[hi].last);
            let absorbed = {
                let i = polar_spans.partition_point(|&(a, _)| a <= first);
                i > 0 && last <= polar_spans[i - 1].1
            };
            let cl = self.clause[first] as usize;
            for pi in 0..self.cue_hits[hi].payloads.len() {
                let c = self.cue_hits[hi].payloads[pi];
                let kind = lex.cues[c as usize].kind;
                let mut value = 0f32;
                match kind {
                    CueKind::Positive | CueKind::Negative => {
                        let neg = self.span_is_negated(first, last);
                        let base = if kind == CueKind::Positive { 1.0 } else { -1.0 };
                        let v = base * self.intensity_at[first];
                        value = match (neg, base > 0.0) {
                            (false, _) => v,
                            (true, true) => -v,
                            (true, false) => -v * 0.5,
                        };
                        self.add_value(cl, value, !absorbed);
                    }
                    CueKind::PainMarker => self.clause_pain_marker[cl] = true,
                    _ => {}
                }
                cues_out.push(CueHit { kind, cue: c, start: self.toks[first].start, end: self.toks[last].end, value });
            }
        }
        cues_out
    }

    /// Rules 5 and 6 for terms: a polar term's own value (the first non-zero of its
    /// themes) colours its clause like a sentiment word does.
    fn score_polar_terms(&mut self) {
        let lex = self.lex;
        self.hit_values = self
            .term_hits
            .iter()
            .map(|h| {
                let neg = self.span_is_negated(h.first, h.last);
                h.payloads
                    .iter()
                    .filter(|&&p| !lex.terms[p as usize].flags.ignore)
                    .map(|&p| own_value(lex, p, neg, self.intensity_at[h.first]))
                    .find(|v| *v != 0.0)
                    .unwrap_or(0.0)
            })
            .collect();
        for hi in 0..self.term_hits.len() {
            let v = self.hit_values[hi];
            if v != 0.0 {
                let cl = self.clause[self.term_hits[hi].first] as usize;
                self.add_value(cl, v, true);
            }
        }
    }

    /// Rule 6, what borrowing needs: which clauses carry a mention (their cues are
    /// theirs), which contrast clauses are more than the contrast word (", however," is
    /// not a boundary), and each clause's sentence.
    fn link_clauses(&mut self) {
        let nc = self.n_clauses;
        self.clause_has_mention = vec![false; nc];
        for h in &self.term_hits {
            self.clause_has_mention[self.clause[h.first] as usize] = true;
        }
        let mut clause_words = vec![0usize; nc];
        for &ti in &self.words {
            clause_words[self.clause[ti] as usize] += 1;
        }
        self.hard_boundary = vec![false; nc];
        for i in 0..self.toks.len() {
            if self.contrast_start[i] {
                let c = self.clause[i] as usize;
                let at = self.cue_hits.partition_point(|h| h.first < i);
                let cue_len = self.cue_hits.get(at).filter(|h| h.first == i).map_or(1, |h| self.word_pos[h.last].saturating_sub(self.word_pos[h.first]) + 1);
                self.hard_boundary[c] = clause_words[c] > cue_len;
            }
        }
        self.sentence_of_clause = vec![0u32; nc];
        for i in 0..self.toks.len() {
            self.sentence_of_clause[self.clause[i] as usize] = self.toks[i].sentence;
        }
    }

    /// Rule 6: the cue score a mention in clause `c` reads — its own clause's, else the
    /// nearest clause of the same sentence with sentiment and no mention, forward up to
    /// a hard contrast boundary, then backward unless `c` itself starts with one.
    fn borrowed_score(&self, c: usize) -> f32 {
        if self.clause_has_cue[c] {
            return self.clause_score[c];
        }
        let s = self.sentence_of_clause[c];
        let mut k = c + 1;
        while k < self.n_clauses && self.sentence_of_clause[k] == s && !self.hard_boundary[k] && !self.clause_has_mention[k] {
            if self.clause_has_cue[k] {
                return self.clause_score[k];
            }
            k += 1;
        }
        if !self.hard_boundary[c] {
            let mut k = c;
            while k > 0 {
                k -= 1;
                if self.sentence_of_clause[k] != s || self.clause_has_mention[k] {
                    break;
                }
                if self.clause_has_cue[k] {
                    return self.clause_score[k];
                }
                if self.hard_boundary[k] {
                    break;
                }
            }
        }
        0.0
    }

    /// Rules 5–8: one mention per theme of each term hit, scored by its own value plus
    /// the rest of its clause (cues inside a polar term were absorbed by it, and the
    /// term's own value is not context); a negated aspect with no sentiment around it
    /// is missing or lacking (−0.5); polarity by [`POLARITY_THRESHOLD`]; pain.
    fn mentions(&self) -> Vec<Mention> {
        let (lex, toks) = (self.lex, self.toks);
        let mut mentions = Vec::new();
        for (h, &hv) in self.term_hits.iter().zip(&self.hit_values) {
            let cl = self.clause[h.first] as usize;
            let span_negated = self.span_is_negated(h.first, h.last);
            let context = self.borrowed_score(cl) - if self.clause_has_cue[cl] { hv } else { 0.0 };
            for &p in &h.payloads {
                let term = &lex.terms[p as usize];
                if term.flags.ignore || term.flags.anchor {
                    continue;
                }
                let painful = term.flags.pain || term.flags.neg || lex.theme(term.theme).painful;
                let mut own_value = own_value(lex, p, span_negated, self.intensity_at[h.first]);
                if own_value == 0.0 && span_negated && context == 0.0 {
                    own_value = -0.5;
                }
                let score = own_value + context;
                let polarity = if score > POLARITY_THRESHOLD {
                    1
                } else if score < -POLARITY_THRESHOLD {
                    -1
                } else {
                    0
                };
                let pain = polarity < 0 || (painful && !span_negated && polarity <= 0) || (self.clause_pain_marker[cl] && polarity <= 0);
                mentions.push(Mention {
                    theme: term.theme,
                    term: p,
                    sentence: toks[h.first].sentence,
                    start: toks[h.first].start,
                    end: toks[h.last].end,
                    polarity,
                    negated: span_negated,
                    pain,
                    score,
                    turn: None,
                });
            }
        }
        mentions
    }

    /// A `context` term counts only where its sentence has an ordinary term or an anchor
    /// of its theme (`$12` is price in "$12, way overpriced", not in "I paid $12 by card");
    /// a `judged` term also where its mention has a sentiment score ("the speaker is
    /// awful", not "it has a speaker").
    fn keep_context_terms(&self, mentions: &mut Vec<Mention>) {
        let lex = self.lex;
        let conditional = |m: &Mention| {
            let f = lex.terms[m.term as usize].flags;
            f.context || (f.judged && m.score == 0.0)
        };
        if !mentions.iter().any(conditional) {
            return;
        }
        let mut enabled: Vec<(u32, u16)> = self
            .term_hits
            .iter()
            .flat_map(|h| {
                let sentence = self.toks[h.first].sentence;
                h.payloads.iter().filter_map(move |&p| {
                    let f = lex.terms[p as usize].flags;
                    (!f.context && !f.judged && !f.ignore).then(|| (sentence, lex.terms[p as usize].theme))
                })
            })
            .collect();
        enabled.sort_unstable();
        mentions.retain(|m| !conditional(m) || enabled.binary_search(&(m.sentence, m.theme)).is_ok());
    }

    /// Per token: inside a term or cue match (emergent phrases avoid them).
    fn covered(&self) -> Vec<bool> {
        let mut covered = vec![false; self.toks.len()];
        for h in self.term_hits.iter().chain(self.cue_hits.iter()) {
            for c in &mut covered[h.first..=h.last] {
                *c = true;
            }
        }
        covered
    }
}

#[cfg(test)]
mod context_tests {
    use super::*;

    fn lex() -> LexiconSet {
        let files = vec![
            (
                "themes/price.lex".to_string(),
                "theme = price\n[en]\ndollars | context\nexpensive | neg\nworth | anchor\n[fr]\neuros | context\ncher | neg\n".to_string(),
            ),
            ("cues/en.cues".to_string(), "[negation]\nnot\n".to_string()),
        ];
        LexiconSet::from_files(files, "test").unwrap()
    }

    fn terms(lex: &LexiconSet, text: &str, lang: Lang) -> Vec<String> {
        analyze_text(lex, text, Some(lang)).mentions.iter().map(|m| lex.terms[m.term as usize].text.clone()).collect()
    }

    /// A money word counts as price only where its sentence judges the price.
    #[test]
    fn context_terms_need_a_judgement_in_their_sentence() {
        let lex = lex();
        assert!(terms(&lex, "I paid 20 dollars by card", Lang::En).is_empty());
        assert_eq!(terms(&lex, "20 dollars, way too expensive", Lang::En), ["dollars", "expensive"]);
        // an anchor enables the money word and is not a mention itself
        assert_eq!(terms(&lex, "20 dollars and worth it", Lang::En), ["dollars"]);
        // another sentence does not count
        assert_eq!(terms(&lex, "It was expensive. I paid 20 dollars.", Lang::En), ["expensive"]);
        assert_eq!(terms(&lex, "Plat à 25 euros, bien trop cher", Lang::Fr), ["euros", "cher"]);
        assert!(terms(&lex, "J'ai payé 25 euros en espèces", Lang::Fr).is_empty());
    }
}

/// The stages of [`Analysis`], one rule of `lexicons/README.md` ("The rules, step by
/// step") per group of cases, on a small lexicon in the four languages (so the cases
/// test the rules, not the bundled word lists).
#[cfg(test)]
mod stage_tests {
    use super::*;

    fn lex() -> LexiconSet {
        let files = [
            ("themes/support.lex", "theme = support\n[en]\nsupport\nservice\n[fr]\nservice\n[ar]\nالخدمة\n[fa]\nپشتیبانی\n"),
            ("themes/delivery.lex", "theme = delivery\n[en]\nnever arrived | pain\ndelivery\n[fr]\nlivraison\n[ar]\nالتوصيل\n[fa]\nارسال\n"),
            ("themes/price.lex", "theme = price\n[en]\noverpriced | neg\nprice\n"),
            ("themes/product.lex", "theme = product\n[en]\nspeaker | judged\nwebcam | judged\nhardware\n"),
            ("cues/en.cues", "[negation]\nnot\nnever\nno\n[contrast]\nbut\nhowever\n[intensifier]\nvery\n[diminisher]\nslightly\n[positive]\ngood\nfast\ngreat\n[negative]\nslow\nawful\nbad\nproblem\n[pain_marker]\nstill waiting\n"),
            ("cues/fr.cues", "[negation]\npas\n[contrast]\nmais\n[positive]\nbon\nrapide\n[negative]\nlent\n"),
            ("cues/ar.cues", "[negation]\nلا\n[contrast]\nلكن\n[positive]\nممتازة\n[negative]\nسيئة\n"),
            ("cues/fa.cues", "[negation_post]\nنیست\n[contrast]\nولی\n[positive]\nخوب\n[negative]\nبد\n"),
        ];
        LexiconSet::from_files(files.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect(), "test").unwrap()
    }

    /// `term polarity [negated] [pain]` per mention, in text order.
    fn mentions(lex: &LexiconSet, lang: Lang, text: &str) -> Vec<String> {
        analyze_text(lex, text, Some(lang))
            .mentions
            .iter()
            .map(|m| {
                let mut s = format!("{} {:+}", lex.terms[m.term as usize].text, m.polarity);
                if m.negated {
                    s.push_str(" negated");
                }
                if m.pain {
                    s.push_str(" pain");
                }
                s
            })
            .collect()
    }

    #[test]
    fn rules_case_by_case() {
        let lex = lex();
        let cases: &[(Lang, &str, &[&str], &str)] = &[
            // rule 1: a contrast word starts a clause; each side keeps its own sentiment
            (Lang::En, "The delivery was fast but the service was slow", &["delivery +1", "service -1 pain"], "contrast clause"),
            (Lang::Fr, "La livraison est rapide mais le service est lent", &["livraison +1", "service -1 pain"], "contrast clause (fr)"),
            (Lang::Ar, "التوصيل ممتازة لكن الخدمة سيئة", &["التوصيل +1", "الخدمة -1 pain"], "contrast clause (ar)"),
            (Lang::Fa, "ارسال خوب ولی پشتیبانی بد", &["ارسال +1", "پشتیبانی -1 pain"], "contrast clause (fa)"),
            // rule 3: a negator flips what follows in its clause…
            (Lang::En, "The service was not good", &["service -1 pain"], "negated positive"),
            (Lang::Fr, "Le service n'est pas bon", &["service -1 pain"], "negated positive (fr)"),
            (Lang::Ar, "الخدمة لا ممتازة", &["الخدمة -1 pain"], "negated positive (ar)"),
            // …a post-posed negator the two words before it (Persian نیست), the aspect too
            (Lang::Fa, "پشتیبانی خوب نیست", &["پشتیبانی -1 negated pain"], "post-posed negator (fa)"),
            // …but not beyond its clause
            (Lang::En, "Not fast, the service was good", &["service +1"], "negation stops at the clause"),
            // a negator inside a term is the term's own: `never arrived` is not negated
            (Lang::En, "My order never arrived", &["never arrived -1 pain"], "negator inside a term"),
            // a negated aspect with no sentiment around it is lacking (−0.5)
            (Lang::En, "There was not any support", &["support -1 negated pain"], "negated aspect"),
            // rule 5: negated, a negative cue is mildly positive (+0.5)
            (Lang::En, "The service was not bad", &["service +1"], "not bad"),
            // a sentiment word inside a polar term is the term's (`problem` in no other clause)
            (Lang::En, "Overpriced, the service was fine", &["overpriced -1 pain", "service +0"], "own value only"),
            // rule 4: a diminisher halves the next word's value: 0.5 is still above 0.25
            (Lang::En, "The service was slightly slow", &["service -1 pain"], "diminisher"),
            // rule 6: a clause without sentiment borrows from a neighbour without a mention
            (Lang::En, "The service, however, was awful", &["service -1 pain"], "borrowed across a bare contrast word"),
            (Lang::En, "The price, but the food was great", &["price +0"], "no borrowing across a contrast clause"),
            // a `judged` term counts where it has a sentiment score, or beside an ordinary term
            (Lang::En, "It has a speaker and a webcam", &[], "judged: unjudged"),
            (Lang::En, "The speaker is awful", &["speaker -1 pain"], "judged: own clause"),
            (Lang::En, "The speaker, however, was awful", &["speaker -1 pain"], "judged: borrowed"),
            (Lang::En, "No webcam", &["webcam -1 negated pain"], "judged: negated"),
            (Lang::En, "Solid hardware with a speaker", &["hardware +0", "speaker +0"], "judged: beside an ordinary term"),
            // rule 8: a pain marker makes a neutral mention a pain
            (Lang::En, "Still waiting for the delivery", &["delivery +0 pain"], "pain marker"),
        ];
        let mut failed = Vec::new();
        for (lang, text, want, rule) in cases {
            let got = mentions(&lex, *lang, text);
            if got != *want {
                failed.push(format!("{rule}: {text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    /// Clauses (rule 1) and negation scope (rule 3) as `explain` shows them.
    #[test]
    fn clauses_and_negation_scope() {
        let lex = lex();
        let text = "not very good and slow, but fine";
        let d = analyze_detailed(&lex, text, Some(Lang::En));
        let words: Vec<(&str, u32, bool)> = d.text.tokens.iter().zip(&d.clause).zip(&d.negated).map(|((t, c), n)| (&text[t.start..t.end], *c, *n)).collect();
        // `not` scopes over the next three words up to the conjunction; the comma and
        // `but` each start a clause
        assert_eq!(
            words,
            [
                ("not", 0, false),
                ("very", 0, true),
                ("good", 0, true),
                ("and", 0, false),
                ("slow", 0, false),
                (",", 1, false),
                ("but", 2, false),
                ("fine", 2, false)
            ]
        );
    }
}
