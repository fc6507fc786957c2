//! A trie over token symbols: finds lexicon terms (or cues) in a token sequence in one
//! left-to-right pass with leftmost-longest semantics.
//!
//! A term word becomes one symbol: its stem key (ordinary words), its base form
//! (`exact` words) or a prefix of its base form (`word*`). A document token carries
//! every symbol it can play (found by hash lookups on its forms, once per distinct form),
//! so matching is a walk over the trie with no string comparison. An ordinary word
//! plays a term word's symbol only when their stem keys are equal *and* it is a form of
//! that word ([`crate::text::family`]): equal stems alone let `important` match `import`. At each position the longest match wins;
//! all terms ending at that longest match are reported (the same phrase can belong to
//! several themes); matching resumes after it.

use crate::lang::Lang;
use crate::text::family::{readings, same_family, Side};
use crate::text::{Forms, Token, TokenKind};
use rustc_hash::FxHashMap;
use smallvec::SmallVec;

/// How one word of a term is matched.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WordPattern {
    /// Equal stem keys, and a shared inflectional reading (the term word's readings,
    /// see [`crate::text::family`]).
    Key(String, Vec<Box<str>>),
    /// Equal base forms (`exact`).
    Base(String),
    /// Base form starts with this prefix (`word*`).
    Prefix(String),
}

#[derive(Default, Debug)]
struct Node {
    next: FxHashMap<u32, u32>,
    outputs: Vec<u32>,
}

/// A compiled set of patterns (one language).
#[derive(Debug)]
pub struct Matcher {
    /// stem key → (readings of a term word with that key, symbol)
    keys: FxHashMap<Box<str>, Vec<(Vec<Box<str>>, u32)>>,
    lang: Lang,
    bases: FxHashMap<Box<str>, u32>,
    prefixes: FxHashMap<Box<str>, u32>,
    prefix_min: usize,
    prefix_max: usize,
    nodes: Vec<Node>,
    n_syms: u32,
    /// Which slot of `Forms::symbols` caches this matcher's symbols.
    slot: usize,
}

impl Default for Matcher {
    fn default() -> Self {
        Matcher {
            keys: FxHashMap::default(),
            lang: Lang::Other,
            bases: FxHashMap::default(),
            prefixes: FxHashMap::default(),
            prefix_min: usize::MAX,
            prefix_max: 0,
            nodes: vec![Node::default()],
            n_syms: 0,
            slot: 0,
        }
    }
}

/// One match: the token index range `first..=last` (both inclusive) into the
/// document's tokens and the payloads (term or cue ids) that end there, sorted.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub first: usize,
    pub last: usize,
    pub payloads: SmallVec<[u32; 2]>,
}

impl Matcher {
    fn sym(&mut self, p: &WordPattern) -> u32 {
        let n = &mut self.n_syms;
        let mut fresh = || {
            *n += 1;
            *n - 1
        };
        match p {
            WordPattern::Key(k, r) => {
                let list = self.keys.entry(k.as_str().into()).or_default();
                match list.iter().find(|(x, _)| x == r) {
                    Some((_, s)) => *s,
                    None => {
                        let s = fresh();
                        list.push((r.clone(), s));
                        s
                    }
                }
            }
            WordPattern::Base(b) => *self.bases.entry(b.as_str().into()).or_insert_with(&mut fresh),
            WordPattern::Prefix(pre) => {
                let len = pre.len();
                self.prefix_min = self.prefix_min.min(len);
                self.prefix_max = self.prefix_max.max(len);
                *self.prefixes.entry(pre.as_str().into()).or_insert_with(&mut fresh)
            }
        }
    }

    /// A matcher for words of `lang` whose symbols are cached in slot `slot` of
    /// `Forms::symbols` (0 for theme terms, 1 for cues).
    pub fn new(lang: Lang, slot: usize) -> Self {
        Matcher { slot, lang, ..Default::default() }
    }

    /// Adds a pattern (a sequence of words) with its payload.
    pub fn add(&mut self, words: &[WordPattern], payload: u32) {
        let mut node = 0usize;
        for w in words {
            let s = self.sym(w);
            let next_id = self.nodes.len() as u32;
            let child = *self.nodes[node].next.entry(s).or_insert(next_id);
            if child == next_id {
                self.nodes.push(Node::default());
            }
            node = child as usize;
        }
        if !self.nodes[node].outputs.contains(&payload) {
            self.nodes[node].outputs.push(payload);
            self.nodes[node].outputs.sort_unstable();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() == 1
    }

    /// The symbols a token with these forms can play.
    pub fn symbols(&self, f: &Forms, out: &mut SmallVec<[u32; 4]>) {
        out.clear();
        if let Some(list) = self.keys.get(&*f.key) {
            let mine = readings(self.lang, &f.base, Side::Token);
            for (r, s) in list {
                if same_family(r, &mine) {
                    out.push(*s);
                }
            }
        }
        if let Some(&s) = self.bases.get(&*f.base) {
            out.push(s);
        }
        if !self.prefixes.is_empty() && f.base.len() >= self.prefix_min {
            let b = &*f.base;
            for (i, _) in b.char_indices().skip(1).chain(std::iter::once((b.len(), ' '))) {
                if i < self.prefix_min {
                    continue;
                }
                if i > self.prefix_max {
                    break;
                }
                if let Some(&s) = self.prefixes.get(&b[..i]) {
                    out.push(s);
                }
            }
        }
    }

    /// Finds leftmost-longest matches in `seq`, a sequence of token indices where `None`
    /// marks a barrier that no match may cross.
    pub fn find(&self, tokens: &[Token], seq: &[Option<usize>], out: &mut Vec<Hit>) {
        out.clear();
        if self.is_empty() {
            return;
        }
        // symbols per position, computed once
        let syms: Vec<SmallVec<[u32; 4]>> = seq
            .iter()
            .map(|o| {
                let mut v = SmallVec::new();
                if let Some(ix) = o {
                    let t = &tokens[*ix];
                    if matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Emoji | TokenKind::Price) {
                        v = t.forms.symbols[self.slot]
                            .get_or_init(|| {
                                let mut s = SmallVec::new();
                                self.symbols(&t.forms, &mut s);
                                s
                            })
                            .clone();
                    }
                }
                v
            })
            .collect();
        let mut i = 0;
        let mut stack: Vec<(u32, usize)> = Vec::new();
        while i < seq.len() {
            if syms[i].is_empty() {
                i += 1;
                continue;
            }
            let mut best_end = 0usize;
            let mut best: SmallVec<[u32; 2]> = SmallVec::new();
            stack.clear();
            stack.push((0, i));
            while let Some((node, j)) = stack.pop() {
                if j >= seq.len() {
                    continue;
                }
                for s in &syms[j] {
                    if let Some(&child) = self.nodes[node as usize].next.get(s) {
                        let outs = &self.nodes[child as usize].outputs;
                        if !outs.is_empty() {
                            if j + 1 > best_end {
                                best_end = j + 1;
                                best.clear();
                            }
                            if j + 1 == best_end {
                                best.extend(outs.iter().copied());
                            }
                        }
                        stack.push((child, j + 1));
                    }
                }
            }
            if best_end > 0 {
                best.sort_unstable();
                best.dedup();
                let first = seq[i].unwrap();
                let last = seq[best_end - 1].unwrap();
                out.push(Hit { first, last, payloads: best });
                i = best_end;
            } else {
                i += 1;
            }
        }
    }
}

/// The match sequence of a document: word and number tokens in order, with a barrier
/// wherever a clause or sentence changes or a non-word token (other than an in-word
/// hyphen, slash or apostrophe) stands between two words.
pub fn match_sequence(tokens: &[Token]) -> Vec<Option<usize>> {
    let mut seq = Vec::with_capacity(tokens.len());
    let mut prev: Option<&Token> = None;
    for (i, t) in tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Word | TokenKind::Number | TokenKind::Emoji | TokenKind::Price => {
                if let Some(p) = prev {
                    if p.clause != t.clause || p.sentence != t.sentence {
                        seq.push(None);
                    }
                }
                seq.push(Some(i));
                prev = Some(t);
            }
            _ => {
                if seq.last().is_some_and(|x| x.is_some()) && t.kind != TokenKind::Punct {
                    seq.push(None);
                }
            }
        }
    }
    seq
}
