//! Normalisers: small, named steps that turn the surface of one word into the form used
//! for matching. Each lists its rules in its doc comment.
//!
//! Normalisers work on one token at a time and never see the whole document, so the
//! byte span of every token into the original text is kept by construction: the
//! tokenizer decides where a word starts and ends, the normalisers only decide what it
//! is. They must not split or join words (that is the tokenizer's job).

use unicode_normalization::UnicodeNormalization;

/// Arabic-script letter (base letters and presentation forms; not marks or digits).
#[inline]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks).
#[inline]
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{08CA}'..='\u{08FF}')
}

pub const TATWEEL: char = '\u{0640}';
pub const ZWNJ: char = '\u{200C}';
pub const ZWJ: char = '\u{200D}';

/// Invisible format characters that carry no meaning for matching (they are removed):
/// ZWSP, ZWJ, LRM/RLM, bidi embeddings and isolates, soft hyphen, BOM.
#[inline]
pub fn is_ignorable_format(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200D}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' | '\u{00AD}' | '\u{FEFF}' | '\u{061C}')
}

/// Latin letter (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional).
#[inline]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{00D6}' | '\u{00D8}'..='\u{00F6}' | '\u{00F8}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

pub use crate::script::ascii_digit;

/// **UnicodeNormalizer** — the first step for every word, whatever its script.
///
/// Rules:
/// 1. NFKC (compatibility composition): Arabic presentation forms (ﻻ, ﺳ…) become base
///    letters, full-width Latin becomes ASCII, ligatures are split (ﬁ → fi).
/// 2. Invisible format characters are removed ([`is_ignorable_format`]); the ZWNJ is
///    kept here and handled by the Persian normaliser.
/// 3. Lower case (`char::to_lowercase`, Unicode lower-casing — not full case folding:
///    `ß` stays `ß`; Arabic script has no case).
///
/// ASCII words take a fast path (only lower-casing).
pub struct UnicodeNormalizer;

impl UnicodeNormalizer {
    pub fn apply(surface: &str, out: &mut String) {
        out.clear();
        if surface.is_ascii() {
            out.extend(surface.chars().map(|c| c.to_ascii_lowercase()));
            return;
        }
        for c in surface.nfkc() {
            if is_ignorable_format(c) {
                continue;
            }
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else {
                out.push(c);
            }
        }
    }
}

/// **ArabicNormalizer** — Arabic-script words in Arabic text.
///
/// Rules:
/// 1. Harakat, shadda, sukun, superscript alef and Quranic marks are removed.
/// 2. Tatweel (ـ) is removed.
/// 3. Alef forms أ إ آ ٱ → ا.
/// 4. Alef maqsura ى → ي, and Persian ی → ي (Arabic typed on a Persian keyboard).
/// 5. Ta marbuta ة → ه (so `خدمة` and `خدمه` match).
/// 6. Persian keheh ک → ك.
/// 7. Arabic-Indic and Persian digits → ASCII digits.
/// 8. The ZWNJ, meaningless in Arabic, is removed.
pub struct ArabicNormalizer;

impl ArabicNormalizer {
    pub fn apply(s: &mut String) {
        if !s.chars().any(crate::script::is_arabic_script) {
            return; // not my script
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if is_arabic_mark(c) || c == TATWEEL || c == ZWNJ {
                continue;
            }
            let m = match c {
                'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
                'ى' | 'ی' => 'ي',
                'ة' => 'ه',
                'ک' => 'ك',
                _ => ascii_digit(c).unwrap_or(c),
            };
            out.push(m);
        }
        *s = out;
    }
}

/// **PersianNormalizer** — Arabic-script words in Persian text.
///
/// Rules:
/// 1. Arabic yeh ي and alef maqsura ى → Persian ی; Arabic kaf ك → Persian ک.
/// 2. Ta marbuta ة and heh with yeh above ۀ → ه.
/// 3. Alef forms أ إ ٱ آ → ا (informal Persian often writes آ as ا; both must match).
/// 4. Hamza on waw ؤ → و.
/// 5. Harakat and tatweel are removed.
/// 6. Persian and Arabic-Indic digits → ASCII digits.
/// 7. ZWNJ (U+200C) joins the parts of one word and is removed from the matching form,
///    so `می‌خواهم` and `میخواهم` are the same word. (That `می خواهم`, typed with a
///    space, is also the same word is decided by the tokenizer, which joins the parts.)
pub struct PersianNormalizer;

impl PersianNormalizer {
    pub fn apply(s: &mut String) {
        if !s.chars().any(crate::script::is_arabic_script) {
            return;
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if is_arabic_mark(c) || c == TATWEEL || c == ZWNJ {
                continue;
            }
            let m = match c {
                'ي' | 'ى' => 'ی',
                'ك' => 'ک',
                'ة' | 'ۀ' => 'ه',
                'أ' | 'إ' | 'ٱ' | 'آ' => 'ا',
                'ؤ' => 'و',
                _ => ascii_digit(c).unwrap_or(c),
            };
            out.push(m);
        }
        *s = out;
    }
}

/// **ElongationNormalizer** — informal lengthening.
///
/// Rules: a run of three or more identical letters becomes one letter
/// (`ابدددددا` → `ابدا`, `sooooo` → `so`, `trèèès` → `très`, `looove` → `love`).
/// Runs of two are kept (`good`, `too`, `cool` are ordinary spelling). Digits are never
/// touched (`1000`).
pub struct ElongationNormalizer;

impl ElongationNormalizer {
    pub fn apply(s: &mut String) {
        let mut prev = '\0';
        let mut run = 0usize;
        let mut needs = false;
        for c in s.chars() {
            if c == prev && c.is_alphabetic() {
                run += 1;
                if run >= 3 {
                    needs = true;
                    break;
                }
            } else {
                prev = c;
                run = 1;
            }
        }
        if !needs {
            return;
        }
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let mut j = i + 1;
            while j < chars.len() && chars[j] == c {
                j += 1;
            }
            let n = j - i;
            if n >= 3 && c.is_alphabetic() {
                out.push(c);
            } else {
                for _ in 0..n {
                    out.push(c);
                }
            }
            i = j;
        }
        *s = out;
    }
}

/// **AccentFolder** — Latin diacritics, for matching keys only (the normalised form
/// shown to users keeps its accents).
///
/// Rules: `à â ä á ã å` → a, `ç` → c, `é è ê ë` → e, `î ï í ì` → i, `ô ö ó ò õ` → o,
/// `ù û ü ú` → u, `ÿ ý` → y, `ñ` → n, `œ` → oe, `æ` → ae. French typed without accents
/// (`decu`, `tres`, `reponse`) then matches terms written with them.
pub struct AccentFolder;

impl AccentFolder {
    pub fn fold(s: &str) -> std::borrow::Cow<'_, str> {
        if s.is_ascii() {
            return std::borrow::Cow::Borrowed(s);
        }
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => out.push('a'),
                'ç' => out.push('c'),
                'é' | 'è' | 'ê' | 'ë' => out.push('e'),
                'î' | 'ï' | 'í' | 'ì' => out.push('i'),
                'ô' | 'ö' | 'ó' | 'ò' | 'õ' => out.push('o'),
                'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
                'ÿ' | 'ý' => out.push('y'),
                'ñ' => out.push('n'),
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                _ => out.push(c),
            }
        }
        std::borrow::Cow::Owned(out)
    }
}

/// Arabic proclitics removed to get the "base" form of an Arabic word, used for `exact`
/// terms and `*` wildcards (the stem handles ordinary terms). Longest first.
const AR_PROCLITICS: &[&str] = &["وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

/// **ArabicCliticSplitter** — the base form of an Arabic word without its attached
/// conjunction, preposition and article.
///
/// Rules: strip the longest of `وبال وكال فبال وال فال بال كال ولل فلل لل ال` and then
/// (if none matched) one of `و ف ب ل ك`, provided at least three letters remain;
/// single-letter proclitics are stripped only from words of five letters or more, so
/// `بنك`, `كتاب`, `فيلم` keep their first letter.
pub struct ArabicCliticSplitter;

impl ArabicCliticSplitter {
    pub fn base(norm: &str) -> &str {
        let n = norm.chars().count();
        for p in AR_PROCLITICS {
            if let Some(rest) = norm.strip_prefix(p) {
                let pn = p.chars().count();
                let rn = n - pn;
                if pn == 1 && n < 5 {
                    continue;
                }
                if rn >= 3 {
                    return rest;
                }
            }
        }
        norm
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str, ar: bool) -> String {
        let mut out = String::new();
        UnicodeNormalizer::apply(s, &mut out);
        if ar {
            ArabicNormalizer::apply(&mut out);
        } else {
            PersianNormalizer::apply(&mut out);
        }
        ElongationNormalizer::apply(&mut out);
        out
    }

    #[test]
    fn arabic_rules() {
        assert_eq!(norm("أسعار", true), "اسعار");
        assert_eq!(norm("إدارة", true), "اداره");
        assert_eq!(norm("مستشفى", true), "مستشفي");
        assert_eq!(norm("جَمِيلَة", true), "جميله");
        assert_eq!(norm("رائـــــع", true), "رائع");
        assert_eq!(norm("٣٠", true), "30");
        assert_eq!(norm("ابدددددا", true), "ابدا");
    }

    #[test]
    fn persian_rules() {
        assert_eq!(norm("كيفيت", false), "کیفیت");
        assert_eq!(norm("می\u{200C}خواهم", false), "میخواهم");
        assert_eq!(norm("۱۲۳", false), "123");
        assert_eq!(norm("خانۀ", false), "خانه");
    }

    #[test]
    fn latin_rules() {
        assert_eq!(norm("SOOOOO", false), "so");
        assert_eq!(norm("trèèès", false), "très");
        assert_eq!(norm("Good", false), "good");
        assert_eq!(AccentFolder::fold("déçu"), "decu");
        assert_eq!(norm("ﬁne", false), "fine");
    }

    #[test]
    fn clitics() {
        assert_eq!(ArabicCliticSplitter::base("بالسعر"), "سعر");
        assert_eq!(ArabicCliticSplitter::base("والخدمه"), "خدمه");
        assert_eq!(ArabicCliticSplitter::base("للموظفين"), "موظفين");
        assert_eq!(ArabicCliticSplitter::base("بنك"), "بنك");
        assert_eq!(ArabicCliticSplitter::base("كتاب"), "كتاب");
        assert_eq!(ArabicCliticSplitter::base("وسعره"), "سعره");
    }
}
