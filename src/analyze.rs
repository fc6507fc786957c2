//! Per-document analysis: theme mentions with polarity, negation and pain, and the
//! document's sentiment.
//!
//! A pure function of a text and the compiled lexicons: no I/O, no shared mutable
//! state, so documents are analysed in parallel without coordination. The rules that
//! decide polarity and pain are documented in `lexicons/README.md` ("How polarity and
//! pain are decided") and implemented only here.

use crate::ingest::conversation::{Role, TurnSpan};
use crate::lang::Lang;
use crate::lexicon::matcher::{match_sequence, Hit};
use crate::lexicon::{CueKind, LexiconSet};
use crate::text::{Sentence, TextAnalysis, TokenKind};

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

/// Analyses a text and keeps the intermediate steps.
pub fn analyze_detailed(lex: &LexiconSet, text: &str, forced: Option<Lang>) -> Detailed {
    let ta = lex.pipeline.analyze(text, forced);
    let toks = &ta.tokens;
    let n = toks.len();
    let seq = match_sequence(toks);
    let mut term_hits: Vec<Hit> = Vec::new();
    lex.find_terms(toks, &seq, &mut term_hits);
    let mut cue_hits: Vec<Hit> = Vec::new();
    lex.find_cues(toks, &seq, &mut cue_hits);
    // several terms (or cues) can compile to the same words (`rude`, `rudely`): keep one
    // per theme (per cue kind), the first in lexicon order
    for h in &mut term_hits {
        let mut seen: smallvec::SmallVec<[u16; 4]> = smallvec::SmallVec::new();
        h.payloads.retain(|p| {
            let th = lex.terms[*p as usize].theme;
            if seen.contains(&th) {
                false
            } else {
                seen.push(th);
                true
            }
        });
    }
    for h in &mut cue_hits {
        let mut seen: smallvec::SmallVec<[CueKind; 4]> = smallvec::SmallVec::new();
        h.payloads.retain(|p| {
            let k = lex.cues[*p as usize].kind;
            if seen.contains(&k) {
                false
            } else {
                seen.push(k);
                true
            }
        });
    }

    // word positions (for scopes counted in words)
    let mut word_pos = vec![usize::MAX; n];
    let mut words: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
            word_pos[i] = words.len();
            words.push(i);
        }
    }

    // clauses: punctuation clauses, further split at contrast cues
    let mut contrast_start = vec![false; n];
    for h in &cue_hits {
        if h.payloads.iter().any(|&c| lex.cues[c as usize].kind == CueKind::Contrast) {
            contrast_start[h.first] = true;
        }
    }
    let mut clause = vec![0u32; n];
    let mut cur = 0u32;
    for i in 0..n {
        if i > 0 && (toks[i].clause != toks[i - 1].clause || contrast_start[i]) {
            cur += 1;
        }
        clause[i] = cur;
    }
    let n_clauses = if n == 0 { 0 } else { cur as usize + 1 };

    // negation: each token records which negators (token ranges) scope over it, so
    // that a term or cue that contains its own negator (`never arrived`, `لا يعمل`,
    // `کار نمی‌کند`) is not negated by it
    let mut negators: Vec<(usize, usize)> = Vec::new();
    let mut neg_src: Vec<smallvec::SmallVec<[u32; 2]>> = vec![smallvec::SmallVec::new(); n];
    let stops_scope = |ti: usize| is_scope_break(toks[ti].lang, &toks[ti].forms.norm, &toks[ti].forms.base);
    let mark_after = |first: usize, last: usize, id: u32, neg_src: &mut Vec<smallvec::SmallVec<[u32; 2]>>| {
        let c = clause[first];
        let wp = word_pos[last];
        if wp == usize::MAX {
            return;
        }
        for &ti in words.iter().skip(wp + 1).take(NEGATION_SCOPE) {
            if clause[ti] != c || stops_scope(ti) {
                break;
            }
            neg_src[ti].push(id);
        }
    };
    // a negator that is part of a term (`لا يعمل`, `never arrived`) is used up by it
    // (also a negator that only overlaps a term: `is not` + `not working`)
    // (term hits are in text order and do not overlap: binary search, so that a long
    // text is not quadratic)
    let inside_term = |h: &Hit| {
        let from = term_hits.partition_point(|t| t.last < h.first);
        term_hits[from..]
            .iter()
            .take_while(|t| t.first <= h.last)
            .any(|t| (t.first, t.last) != (h.first, h.last) || t.payloads.iter().any(|&p| !lex.terms[p as usize].flags.ignore))
    };
    // negators used up by a term still show in `explain` (linguistic negation) but do
    // not negate anything for polarity
    let mut used_up: Vec<bool> = Vec::new();
    for h in &cue_hits {
        let spent = inside_term(h);
        for &c in &h.payloads {
            if matches!(lex.cues[c as usize].kind, CueKind::Negation | CueKind::NegationPost) {
                used_up.push(spent);
            }
            match lex.cues[c as usize].kind {
                CueKind::Negation => {
                    let id = negators.len() as u32;
                    negators.push((h.first, h.last));
                    mark_after(h.first, h.last, id, &mut neg_src);
                }
                CueKind::NegationPost => {
                    let id = negators.len() as u32;
                    negators.push((h.first, h.last));
                    let c0 = clause[h.first];
                    let wp = word_pos[h.first];
                    if wp != usize::MAX {
                        for &ti in words[..wp].iter().rev().take(NEGATION_POST_SCOPE) {
                            if clause[ti] != c0 || stops_scope(ti) {
                                break;
                            }
                            neg_src[ti].push(id);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for i in 0..n {
        if toks[i].lang == Lang::Ar && toks[i].kind == TokenKind::Word && is_egyptian_circumfix_negation(&toks[i].forms.norm) {
            // the circumfix negates its own verb only (ماعجبنيش = "I did not like it");
            // its range lies outside every span so that the verb itself counts as negated
            let id = negators.len() as u32;
            negators.push((usize::MAX, usize::MAX));
            used_up.push(false);
            neg_src[i].push(id);
        }
    }
    // a span is negated when a negator outside it scopes over one of its tokens
    let span_is_negated = |f: usize, l: usize| -> bool {
        (f..=l).any(|i| {
            neg_src[i].iter().any(|&id| {
                let (a, b) = negators[id as usize];
                !used_up[id as usize] && (b < f || a > l)
            })
        })
    };
    let negated: Vec<bool> = (0..n)
        .map(|i| {
            neg_src[i].iter().any(|&id| {
                let (a, b) = negators[id as usize];
                !(a <= i && i <= b)
            })
        })
        .collect();

    // sentiment cues with intensity and negation
    let mut cues_out: Vec<CueHit> = Vec::new();
    let mut clause_score = vec![0f32; n_clauses];
    let mut clause_pain_marker = vec![false; n_clauses];
    let mut clause_has_cue = vec![false; n_clauses];
    let mut pos_total = 0f32;
    let mut neg_total = 0f32;
    let mut intensity_at = vec![1f32; n];
    for h in &cue_hits {
        for &c in &h.payloads {
            let kind = lex.cues[c as usize].kind;
            if matches!(kind, CueKind::Intensifier | CueKind::Diminisher) {
                let f = if kind == CueKind::Intensifier { 1.5 } else { 0.5 };
                let wp = word_pos[h.last];
                if wp != usize::MAX {
                    for &ti in words.iter().skip(wp + 1).take(2) {
                        if clause[ti] == clause[h.first] {
                            intensity_at[ti] = f;
                        }
                    }
                }
            }
        }
    }
    // sentiment words inside a term that carries its own polarity (`overpriced`,
    // `problem solved`) are part of that term: they do not colour the rest of the clause
    let polar_spans: Vec<(usize, usize)> = term_hits
        .iter()
        .filter(|h| {
            h.payloads.iter().any(|&p| {
                let t = &lex.terms[p as usize];
                t.flags.pos || t.flags.neg || t.flags.pain || lex.theme(t.theme).painful
            })
        })
        .map(|h| (h.first, h.last))
        .collect();
    for h in &cue_hits {
        for &c in &h.payloads {
            let kind = lex.cues[c as usize].kind;
            let mut value = 0f32;
            let absorbed = {
                let i = polar_spans.partition_point(|&(a, _)| a <= h.first);
                i > 0 && h.last <= polar_spans[i - 1].1
            };
            let cl = clause[h.first] as usize;
            match kind {
                CueKind::Positive | CueKind::Negative => {
                    let neg = span_is_negated(h.first, h.last);
                    let base = if kind == CueKind::Positive { 1.0 } else { -1.0 };
                    let v = base * intensity_at[h.first];
                    value = if neg {
                        if base > 0.0 {
                            -v
                        } else {
                            -v * 0.5
                        }
                    } else {
                        v
                    };
                    if !absorbed {
                        clause_score[cl] += value;
                        clause_has_cue[cl] = true;
                    }
                    if value > 0.0 {
                        pos_total += value;
                    } else {
                        neg_total -= value;
                    }
                }
                CueKind::PainMarker => clause_pain_marker[cl] = true,
                _ => {}
            }
            cues_out.push(CueHit { kind, cue: c, start: toks[h.first].start, end: toks[h.last].end, value });
        }
    }

    // polar terms colour their clause like sentiment words do
    let hit_values: Vec<f32> = term_hits
        .iter()
        .map(|h| {
            let neg = span_is_negated(h.first, h.last);
            h.payloads
                .iter()
                .filter(|&&p| !lex.terms[p as usize].flags.ignore)
                .map(|&p| own_value(lex, p, neg, intensity_at[h.first]))
                .find(|v| *v != 0.0)
                .unwrap_or(0.0)
        })
        .collect();
    for (h, &v) in term_hits.iter().zip(&hit_values) {
        if v != 0.0 {
            let cl = clause[h.first] as usize;
            clause_score[cl] += v;
            clause_has_cue[cl] = true;
            if v > 0.0 {
                pos_total += v;
            } else {
                neg_total -= v;
            }
        }
    }

    // which clauses carry a mention (their cues are theirs)
    let mut clause_has_mention = vec![false; n_clauses];
    for h in &term_hits {
        clause_has_mention[clause[h.first] as usize] = true;
    }
    // a clause that is only a contrast word (", however,") is not a boundary
    let mut clause_words = vec![0usize; n_clauses];
    for &ti in &words {
        clause_words[clause[ti] as usize] += 1;
    }
    let mut hard_boundary = vec![false; n_clauses];
    for i in 0..n {
        if contrast_start[i] {
            let c = clause[i] as usize;
            let at = cue_hits.partition_point(|h| h.first < i);
            let cue_len = cue_hits.get(at).filter(|h| h.first == i).map_or(1, |h| word_pos[h.last].saturating_sub(word_pos[h.first]) + 1);
            hard_boundary[c] = clause_words[c] > cue_len;
        }
    }
    let sentence_of_clause = {
        let mut v = vec![0u32; n_clauses];
        for i in 0..n {
            v[clause[i] as usize] = toks[i].sentence;
        }
        v
    };
    // the cue score a mention in clause `c` reads
    let borrowed_score = |c: usize| -> f32 {
        if clause_has_cue[c] {
            return clause_score[c];
        }
        let s = sentence_of_clause[c];
        // forward
        let mut k = c + 1;
        while k < n_clauses && sentence_of_clause[k] == s && !hard_boundary[k] && !clause_has_mention[k] {
            if clause_has_cue[k] {
                return clause_score[k];
            }
            k += 1;
        }
        // backward
        if !hard_boundary[c] {
            let mut k = c;
            while k > 0 {
                k -= 1;
                if sentence_of_clause[k] != s || clause_has_mention[k] {
                    break;
                }
                if clause_has_cue[k] {
                    return clause_score[k];
                }
                if hard_boundary[k] {
                    break;
                }
            }
        }
        0.0
    };

    let mut mentions = Vec::new();
    for (h, &hv) in term_hits.iter().zip(&hit_values) {
        let cl = clause[h.first] as usize;
        let span_negated = span_is_negated(h.first, h.last);
        // the rest of the clause (or the nearest clause with sentiment): cues inside a
        // polar term were absorbed by it, and the term's own value is not context
        let context = borrowed_score(cl) - if clause_has_cue[cl] { hv } else { 0.0 };
        for &p in &h.payloads {
            let term = &lex.terms[p as usize];
            if term.flags.ignore || term.flags.anchor {
                continue;
            }
            let painful = term.flags.pain || term.flags.neg || lex.theme(term.theme).painful;
            let mut own_value = own_value(lex, p, span_negated, intensity_at[h.first]);
            // a negated aspect with no sentiment around it is missed or lacking
            // (`no support at all`, `کیفیت مطلوبی نداره`): mildly negative
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
            let pain = polarity < 0 || (painful && !span_negated && polarity <= 0) || (clause_pain_marker[cl] && polarity <= 0);
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
    // a `context` term counts only where its sentence has an ordinary term or an anchor
    // of its theme (`$12` is price in "$12, way overpriced", not in "I paid $12 by card")
    if mentions.iter().any(|m| lex.terms[m.term as usize].flags.context) {
        let mut enabled: Vec<(u32, u16)> = term_hits
            .iter()
            .flat_map(|h| {
                let sentence = toks[h.first].sentence;
                h.payloads.iter().filter_map(move |&p| {
                    let f = lex.terms[p as usize].flags;
                    (!f.context && !f.ignore).then(|| (sentence, lex.terms[p as usize].theme))
                })
            })
            .collect();
        enabled.sort_unstable();
        mentions.retain(|m| !lex.terms[m.term as usize].flags.context || enabled.binary_search(&(m.sentence, m.theme)).is_ok());
    }
    let sentiment = if pos_total + neg_total > 0.0 { (((pos_total - neg_total) / (pos_total + neg_total)) as f64 * 1000.0).round() / 1000.0 } else { 0.0 };
    let n_tokens = toks.iter().filter(|t| t.kind != TokenKind::Punct).count() as u32;
    let mut covered = vec![false; n];
    for h in term_hits.iter().chain(cue_hits.iter()) {
        for c in &mut covered[h.first..=h.last] {
            *c = true;
        }
    }
    let phrases = phrases(toks, &seq, &covered);
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
    Detailed { text: ta, doc, cues: cues_out, negated, clause }
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
