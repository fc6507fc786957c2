//! The text layer: from a raw document to sentences and tokens with normalised forms
//! and stems, per language.
//!
//! Exists so that documents and lexicon terms go through exactly one pipeline (a term
//! is compiled by calling [`TextPipeline::analyze`] on it), which makes spelling
//! variants, clitics and inflections match by construction. Steps: language
//! identification ([`langid`]) → raw tokens with byte spans ([`tokenize`]) → sentences
//! and clauses → per-token normalisation ([`normalize`]) and stemming ([`stem`]) →
//! Persian word joining → stop words. Normalised forms and stems are cached per surface
//! form and thread. This module knows nothing of themes or lexicons.

pub mod family;
pub mod langid;
pub mod normalize;
pub mod stem;
pub mod tokenize;

use crate::lang::Lang;
use normalize::{AccentFolder, ArabicCliticSplitter, ArabicNormalizer, ElongationNormalizer, PersianNormalizer, UnicodeNormalizer};
use rustc_hash::{FxHashMap, FxHashSet};
use std::cell::RefCell;
use std::sync::Arc;
use stem::Stemmers;
use thread_local::ThreadLocal;
pub use tokenize::TokenKind;

/// The forms of one word used for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forms {
    /// Normalised surface: Unicode and script rules, lower case, elongation collapsed.
    pub norm: Box<str>,
    /// Matching key: the stem of `norm` (accent-folded for Latin languages).
    pub key: Box<str>,
    /// `norm` without Arabic proclitics (Arabic), accent-folded (Latin): used by
    /// `exact` terms and `*` wildcards.
    pub base: Box<str>,
    /// A stop word of its language.
    pub stop: bool,
    /// A word that can be part of an emergent phrase: at least two characters, all
    /// letters (or apostrophes).
    pub phrase_word: bool,
    /// Lexicon symbols of this word, computed once per form by the lexicon matchers
    /// (slot 0: theme terms, slot 1: cues). Forms belong to one `TextPipeline`, which
    /// belongs to one `LexiconSet`, so the cache is never shared between lexicons.
    pub symbols: [std::sync::OnceLock<smallvec::SmallVec<[u32; 4]>>; 2],
}

/// A token of a document, with a byte span into the original text.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub lang: Lang,
    pub forms: Arc<Forms>,
    /// Index of the sentence.
    pub sentence: u32,
    /// Index of the clause (punctuation-delimited part of a sentence), over the document.
    pub clause: u32,
}

/// A sentence: byte span into the original text and its language.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub lang: Lang,
    /// Token index range `[first_token, end_token)`.
    pub first_token: usize,
    pub end_token: usize,
}

/// Result of analysing one text.
#[derive(Debug, Clone)]
pub struct TextAnalysis {
    pub lang: Lang,
    /// `arabizi` / `finglish` when recognised.
    pub variant: Option<&'static str>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl TextAnalysis {
    /// Number of word tokens.
    pub fn n_words(&self) -> usize {
        self.tokens.iter().filter(|t| t.kind == TokenKind::Word).count()
    }
}

/// Stop words per analysed language, stored in normalised form.
#[derive(Debug, Default, Clone)]
pub struct StopWords {
    sets: [FxHashSet<Box<str>>; 4],
}

impl StopWords {
    /// Adds a stop word (already normalised by the caller with [`TextPipeline::normalize`]).
    pub fn insert(&mut self, lang: Lang, norm: &str) {
        if let Some(i) = lang.index() {
            self.sets[i].insert(norm.into());
        }
    }
    pub fn contains(&self, lang: Lang, norm: &str) -> bool {
        lang.index().is_some_and(|i| self.sets[i].contains(norm))
    }
    pub fn len(&self, lang: Lang) -> usize {
        lang.index().map_or(0, |i| self.sets[i].len())
    }
}

/// Per language (ar, fa, fr, en, other) the forms of words (slots 0–4), of punctuation,
/// numbers, prices and emoji (slots 5–9), and of words whose form the tokenizer already
/// knows — elisions and contractions such as `l'` → `le`, `n't` → `not` (slots 10–14;
/// for them the surface decides the hint). Everything is kept per language: a form
/// caches the lexicon symbols of its language's matchers.
type FormCache = [FxHashMap<Box<str>, Arc<Forms>>; 15];
const CACHE_LIMIT: usize = 400_000;

/// The text pipeline: normalisers, stemmers, stop words and a per-thread form cache.
pub struct TextPipeline {
    stemmers: Stemmers,
    stop: StopWords,
    cache: ThreadLocal<RefCell<FormCache>>,
}

impl Default for TextPipeline {
    fn default() -> Self {
        Self::new(StopWords::default())
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "vs", "etc", "e", "g", "i", "approx", "no", "nr", "m", "mme", "mlle", "mm", "env", "cf", "p", "ex", "nb", "tel", "tél",
    "av", "bd", "jr", "sr", "inc", "ltd", "co", "min", "max", "n°",
];
/// Abbreviations after which a period never ends a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &["mr", "mrs", "ms", "dr", "m", "mme", "mlle", "st", "cf", "vs", "p", "ex"];

/// Persian particles that belong to the neighbouring word when typed with a space.
const FA_PREFIXES: &[&str] = &["می", "نمی"];
const FA_SUFFIXES: &[&str] = &["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین", "اش"];

impl TextPipeline {
    pub fn new(stop: StopWords) -> Self {
        TextPipeline { stemmers: Stemmers::default(), stop, cache: ThreadLocal::new() }
    }

    pub fn stop_words(&self) -> &StopWords {
        &self.stop
    }

    /// Normalises one word of `lang` (no stemming): Unicode, script rules, elongation.
    pub fn normalize(&self, lang: Lang, surface: &str) -> String {
        let mut s = String::with_capacity(surface.len());
        UnicodeNormalizer::apply(surface, &mut s);
        match lang {
            Lang::Fa => PersianNormalizer::apply(&mut s),
            _ => ArabicNormalizer::apply(&mut s),
        }
        if s.contains('’') || s.contains('ʼ') {
            s = s.replace(['’', 'ʼ'], "'");
        }
        ElongationNormalizer::apply(&mut s);
        s
    }

    fn compute_forms(&self, lang: Lang, surface: &str, hint: Option<&str>, kind: TokenKind) -> Forms {
        let norm = match hint {
            Some(h) => h.to_string(),
            None => self.normalize(lang, surface),
        };
        if kind == TokenKind::Price {
            // every price matches the lexicon pseudo-term `<price>`
            return Forms { key: "<price>".into(), base: "<price>".into(), norm: norm.into(), stop: false, phrase_word: false, symbols: Default::default() };
        }
        if kind != TokenKind::Word {
            return Forms {
                key: norm.clone().into(),
                base: norm.clone().into(),
                norm: norm.into(),
                stop: false,
                phrase_word: false,
                symbols: Default::default(),
            };
        }
        // Arabic words are stemmed without their proclitics (و ف ب ل ك ال …)
        let stem_input: &str = if lang == Lang::Ar { ArabicCliticSplitter::base(&norm) } else { &norm };
        let stem = self.stemmers.stem(lang, stem_input);
        let (key, base): (String, String) = match lang {
            Lang::Ar => (stem.into_owned(), ArabicCliticSplitter::base(&norm).to_string()),
            Lang::Fa => (stem.into_owned(), norm.clone()),
            _ => (AccentFolder::fold(&stem).into_owned(), AccentFolder::fold(&norm).into_owned()),
        };
        let stop = self.stop.contains(lang, &norm);
        let phrase_word = norm.chars().nth(1).is_some() && norm.chars().all(|c| c.is_alphabetic() || c == '\'');
        Forms { norm: norm.into(), key: key.into(), base: base.into(), stop, phrase_word, symbols: Default::default() }
    }

    /// The forms of one word, from the per-thread cache.
    pub fn forms(&self, lang: Lang, surface: &str, hint: Option<&'static str>, kind: TokenKind) -> Arc<Forms> {
        let cell = self.cache.get_or(|| RefCell::new(Default::default()));
        self.forms_in(cell, lang, surface, hint, kind)
    }

    /// [`forms`](Self::forms) with this thread's cache already at hand.
    fn forms_in(&self, cell: &RefCell<FormCache>, lang: Lang, surface: &str, hint: Option<&'static str>, kind: TokenKind) -> Arc<Forms> {
        let li = match kind {
            _ if hint.is_some() => 10 + lang.index().unwrap_or(4),
            TokenKind::Word => lang.index().unwrap_or(4),
            TokenKind::Punct | TokenKind::Number | TokenKind::Emoji | TokenKind::Price => 5 + lang.index().unwrap_or(4),
            // URLs, e-mail addresses and handles are nearly all distinct: not cached
            TokenKind::Url | TokenKind::Email | TokenKind::Handle => return Arc::new(self.compute_forms(lang, surface, hint, kind)),
        };
        if let Some(f) = cell.borrow()[li].get(surface) {
            return f.clone();
        }
        let f = Arc::new(self.compute_forms(lang, surface, hint, kind));
        let mut c = cell.borrow_mut();
        if c[li].len() >= CACHE_LIMIT {
            c[li].clear();
        }
        c[li].insert(surface.into(), f.clone());
        f
    }

    /// Analyses `text`. `forced` is the language given by a column or `--lang`: it wins
    /// over identification for the text's own script.
    pub fn analyze(&self, text: &str, forced: Option<Lang>) -> TextAnalysis {
        let mut raw = Vec::with_capacity(text.len() / 4 + 4);
        tokenize::tokenize(text, &mut raw);
        let r = Reading::of(text, forced);
        let mut sentences = sentences_of(text, &raw, forced, &r);
        let mut tokens = self.tokens_of(text, &raw, &mut sentences, &r);
        if tokens.iter().any(|t| t.lang == Lang::Fa) {
            tokens = self.join_persian(text, tokens, &mut sentences);
        }
        TextAnalysis { lang: r.doc_lang, variant: r.variant, sentences, tokens }
    }

    /// The tokens of the sentences with their language, forms (through the per-thread
    /// cache), sentence and clause; the sentences' token ranges become ranges of these.
    fn tokens_of(&self, text: &str, raw: &[tokenize::RawToken], sentences: &mut [Sentence], r: &Reading) -> Vec<Token> {
        let cache = self.cache.get_or(|| RefCell::new(Default::default()));
        let mut tokens: Vec<Token> = Vec::with_capacity(raw.len());
        let mut clause = 0u32;
        for (si, s) in sentences.iter_mut().enumerate() {
            if si > 0 {
                clause += 1;
            }
            let first = tokens.len();
            for (k, rt) in raw[s.first_token..s.end_token].iter().enumerate() {
                let surface = &text[rt.start..rt.end];
                if rt.kind == TokenKind::Punct && is_clause_break(surface) {
                    // a hyphen or slash inside a word (wi-fi, 24/7) is not a clause break
                    let ix = s.first_token + k;
                    let inner = matches!(surface, "-" | "/") && ix > 0 && raw[ix - 1].end == rt.start && raw.get(ix + 1).is_some_and(|n| n.start == rt.end);
                    if !inner {
                        clause += 1;
                    }
                }
                let lang = token_lang(surface, rt.kind, s.lang, r.arabic_guess, r.latin_guess, r.doc_lang, r.variant.is_some());
                let forms = self.forms_in(cache, lang, surface, rt.hint, rt.kind);
                tokens.push(Token { start: rt.start, end: rt.end, kind: rt.kind, lang, forms, sentence: si as u32, clause });
            }
            s.first_token = first;
            s.end_token = tokens.len();
        }
        tokens
    }

    /// Joins Persian verbal prefixes and plural/comparative suffixes typed as separate
    /// words (`می خواهم` → one token `میخواهم`; `سازمان ها` → `سازمانها`).
    fn join_persian(&self, text: &str, tokens: Vec<Token>, sentences: &mut [Sentence]) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
        let mut it = tokens.into_iter().peekable();
        while let Some(t) = it.next() {
            let is_fa_word = |x: &Token| x.kind == TokenKind::Word && x.lang == Lang::Fa;
            let gap_ok = |a: &Token, b: &Token| a.sentence == b.sentence && text[a.end..b.start].chars().all(|c| c == ' ' || c == '\u{200C}');
            if is_fa_word(&t) && FA_PREFIXES.contains(&&*t.forms.norm) {
                if let Some(next) = it.peek() {
                    if is_fa_word(next) && gap_ok(&t, next) && next.forms.norm.chars().count() >= 2 {
                        let next = it.next().unwrap();
                        out.push(self.merged(&t, &next));
                        continue;
                    }
                }
            }
            if is_fa_word(&t) && FA_SUFFIXES.contains(&&*t.forms.norm) {
                if let Some(prev) = out.last() {
                    if is_fa_word(prev) && gap_ok(prev, &t) && !FA_SUFFIXES.contains(&&*prev.forms.norm) {
                        let prev = out.pop().unwrap();
                        out.push(self.merged(&prev, &t));
                        continue;
                    }
                }
            }
            out.push(t);
        }
        // re-index sentences
        let mut idx = 0;
        for (si, s) in sentences.iter_mut().enumerate() {
            s.first_token = idx;
            while idx < out.len() && out[idx].sentence as usize == si {
                idx += 1;
            }
            s.end_token = idx;
        }
        out
    }

    fn merged(&self, a: &Token, b: &Token) -> Token {
        let joined = format!("{}{}", a.forms.norm, b.forms.norm);
        let forms = self.forms(Lang::Fa, &joined, None, TokenKind::Word);
        Token { start: a.start, end: b.end, kind: TokenKind::Word, lang: Lang::Fa, forms, sentence: a.sentence, clause: a.clause }
    }
}

fn is_clause_break(p: &str) -> bool {
    matches!(p, "," | ";" | ":" | "،" | "؛" | "(" | ")" | "—" | "–" | "-" | "/" | "[" | "]")
}

fn token_lang(surface: &str, kind: TokenKind, sentence: Lang, arabic: Lang, latin: Lang, doc: Lang, variant: bool) -> Lang {
    if kind != TokenKind::Word {
        return sentence;
    }
    let first = surface.chars().next().unwrap_or(' ');
    let is_ar = crate::script::is_arabic_script(first);
    if is_ar {
        if sentence.is_arabic_script() {
            sentence
        } else {
            arabic
        }
    } else if matches!(sentence, Lang::En | Lang::Fr) {
        sentence
    } else if sentence == Lang::Other || variant || doc == Lang::Other {
        Lang::Other
    } else {
        latin
    }
}

/// Sentence boundaries as token index ranges `[a, b)`.
fn split_sentences(text: &str, raw: &[tokenize::RawToken]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0usize;
    let n = raw.len();
    let mut words_in = 0usize;
    for i in 0..n {
        if i < start {
            continue; // absorbed by the previous sentence (closing quote, emoji)
        }
        let t = &raw[i];
        if i > start && t.newline_before {
            out.push((start, i));
            start = i;
            words_in = 0;
        }
        if t.kind == TokenKind::Word {
            words_in += 1;
        }
        let s = &text[t.start..t.end];
        let mut end_here = false;
        if t.kind == TokenKind::Punct {
            let first = s.chars().next().unwrap_or(' ');
            if matches!(first, '!' | '?' | '؟' | '…' | '۔' | '。') {
                end_here = true;
            } else if first == '.' {
                end_here = s.len() > 1 || i == 0 || !abbreviation_dot(text, raw, i);
            }
        } else if t.kind == TokenKind::Emoji && words_in > 0 {
            // an emoji run followed by a new word ends a sentence
            if let Some(next) = raw.get(i + 1) {
                if next.kind == TokenKind::Word {
                    end_here = true;
                }
            }
        }
        if end_here {
            let j = sentence_tail(text, raw, i);
            if j > start {
                out.push((start, j.max(i + 1)));
            }
            start = j.max(i + 1);
            words_in = 0;
        }
    }
    if start < n {
        out.push((start, n));
    }
    // remove empty/overlapping ranges created by absorption
    let mut clean: Vec<(usize, usize)> = Vec::with_capacity(out.len());
    for (a, b) in out {
        let a = clean.last().map_or(a, |&(_, pb)| a.max(pb));
        if a < b {
            clean.push((a, b));
        }
    }
    clean
}

/// Whether the single dot at token `i` ends an abbreviation rather than a sentence: a
/// title (`Dr.`, `M.`) always; another abbreviation (`etc.`, `approx.`) or a single
/// capital initial when the next word starts in lower case, is a number or punctuation.
fn abbreviation_dot(text: &str, raw: &[tokenize::RawToken], i: usize) -> bool {
    let (t, prev) = (&raw[i], &raw[i - 1]);
    let ptxt = text[prev.start..prev.end].to_lowercase();
    let adjacent = prev.end == t.start && prev.kind == TokenKind::Word;
    if adjacent && TITLE_ABBREVIATIONS.contains(&ptxt.as_str()) {
        return true;
    }
    let abbreviation =
        adjacent && (ABBREVIATIONS.contains(&ptxt.as_str()) || (ptxt.chars().count() == 1 && text[prev.start..prev.end].chars().all(|c| c.is_uppercase())));
    abbreviation
        && raw.get(i + 1).is_some_and(|next| {
            let nc = text[next.start..].chars().next().unwrap_or(' ');
            nc.is_lowercase() || nc.is_ascii_digit() || next.kind == TokenKind::Punct
        })
}

/// The end (exclusive token index) of a sentence whose last mark is token `i`: closing
/// quotes and brackets, then an emoji run, on the same line belong to it.
fn sentence_tail(text: &str, raw: &[tokenize::RawToken], i: usize) -> usize {
    let n = raw.len();
    let mut j = i + 1;
    while j < n && raw[j].kind == TokenKind::Punct && !raw[j].newline_before && matches!(&text[raw[j].start..raw[j].end], "\"" | "'" | ")" | "»" | "”" | "]")
    {
        j += 1;
    }
    while j < n && raw[j].kind == TokenKind::Emoji && !raw[j].newline_before {
        j += 1;
    }
    j
}

/// How a text is read before it is tokenised into words: the document's language (the
/// forced one, else identified) and, for words of the other script, the language each
/// script is guessed to be.
struct Reading {
    doc_lang: Lang,
    variant: Option<&'static str>,
    arabic_guess: Lang,
    latin_guess: Lang,
    /// Identification found several languages: long sentences are identified alone.
    mixed: bool,
}

impl Reading {
    fn of(text: &str, forced: Option<Lang>) -> Reading {
        // with a forced language, identification is only needed for words of the other
        // script (French words in an Arabic review); a single-script text skips it
        let other_script = match forced {
            Some(l) if l.is_arabic_script() => text.bytes().any(|b| b.is_ascii_alphabetic()),
            Some(_) => text.bytes().any(|b| (0xD8..=0xDB).contains(&b)),
            None => true,
        };
        let det = match forced {
            _ if other_script => langid::detect(text),
            _ => langid::Detection {
                lang: Lang::Other,
                variant: None,
                arabic_script: Lang::Ar,
                latin_script: Lang::En,
                arabic_letters: 0,
                latin_letters: 0,
                mixed: false,
                decisive: false,
            },
        };
        let (doc_lang, variant) = match forced {
            Some(l) => (l, None),
            None => (det.lang, det.variant),
        };
        // a text said to be in another language (a `nl` review in a language column) is
        // not read with the English or Arabic lexicons
        let other = forced == Some(Lang::Other);
        let arabic_guess = if other {
            Lang::Other
        } else if doc_lang.is_arabic_script() {
            doc_lang
        } else {
            det.arabic_script
        };
        let latin_guess = if other {
            Lang::Other
        } else if matches!(doc_lang, Lang::En | Lang::Fr) {
            doc_lang
        } else {
            det.latin_script
        };
        Reading { doc_lang, variant, arabic_guess, latin_guess, mixed: det.mixed }
    }
}

/// The sentences of a text over its raw tokens, each with its language.
fn sentences_of(text: &str, raw: &[tokenize::RawToken], forced: Option<Lang>, r: &Reading) -> Vec<Sentence> {
    let bounds = split_sentences(text, raw);
    let mut sentences = Vec::with_capacity(bounds.len());
    for &(a, b) in &bounds {
        let start = raw[a].start;
        let end = raw[b - 1].end;
        let words = raw[a..b].iter().filter(|t| t.kind == TokenKind::Word).count();
        let stext = &text[start..end];
        let lang = if words >= 5 && forced.is_none() && bounds.len() > 1 && r.mixed {
            let d = langid::detect(stext);
            if d.lang == Lang::Other {
                r.doc_lang
            } else {
                d.lang
            }
        } else {
            r.doc_lang
        };
        sentences.push(Sentence { start, end, lang, first_token: a, end_token: b });
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<String> {
        let p = TextPipeline::default();
        let a = p.analyze(text, None);
        a.sentences.iter().map(|s| text[s.start..s.end].to_string()).collect()
    }

    #[test]
    fn sentences() {
        assert_eq!(sents("Great app. Crashes a lot! Why?"), ["Great app.", "Crashes a lot!", "Why?"]);
        assert_eq!(sents("It costs 3.5 euros, e.g. too much. Fine"), ["It costs 3.5 euros, e.g. too much.", "Fine"]);
        assert_eq!(sents("M. Dupont est venu. Merci…"), ["M. Dupont est venu.", "Merci…"]);
        assert_eq!(sents("التطبيق ممتاز؟ لا"), ["التطبيق ممتاز؟", "لا"]);
        assert_eq!(sents("love it 😍 but slow"), ["love it 😍", "but slow"]);
        assert_eq!(sents("line one\nline two"), ["line one", "line two"]);
    }

    #[test]
    fn persian_spelling_variants_give_the_same_tokens() {
        let p = TextPipeline::default();
        let keys = |t: &str| -> Vec<String> { p.analyze(t, Some(Lang::Fa)).tokens.iter().map(|x| x.forms.key.to_string()).collect() };
        assert_eq!(keys("می‌خواهم"), keys("می خواهم"));
        assert_eq!(keys("می‌خواهم"), keys("میخواهم"));
        assert_eq!(keys("سازمان‌ها"), keys("سازمان ها"));
        assert_eq!(keys("سازمان‌ها"), keys("سازمانها"));
        assert_eq!(keys("كيفيت"), keys("کیفیت"));
    }

    #[test]
    fn spans_point_into_the_original() {
        let p = TextPipeline::default();
        let text = "Le SERVICE était trèèès lent, l’attente énorme.";
        let a = p.analyze(text, None);
        assert_eq!(a.lang, Lang::Fr);
        for t in &a.tokens {
            assert!(text.get(t.start..t.end).is_some());
        }
        let norms: Vec<&str> = a.tokens.iter().map(|t| &*t.forms.norm).collect();
        assert!(norms.contains(&"très"));
        assert!(norms.contains(&"le"));
        assert!(norms.contains(&"attente"));
    }
}
