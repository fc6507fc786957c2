//! Stemmers: one per analysed language, behind one function.
//!
//! English and French use the Snowball stemmers of `rust-stemmers`; Arabic a light
//! suffix stemmer of our own followed by Snowball's suffix rules (never its prefix
//! stripping, see [`Stemmers::stem`]); Persian uses
//! [`PersianStemmer`], a light suffix stemmer of our own (no maintained crate has one).
//! Stemmers only see normalised words; they never change what is shown to users.

use crate::lang::Lang;
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Stems normalised words of the four languages.
pub struct Stemmers {
    en: Stemmer,
    fr: Stemmer,
    ar: Stemmer,
    fa: PersianStemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers {
            en: Stemmer::create(Algorithm::English),
            fr: Stemmer::create(Algorithm::French),
            ar: Stemmer::create(Algorithm::Arabic),
            fa: PersianStemmer::new(),
        }
    }
}

impl Stemmers {
    /// The stem of `norm` in `lang`; words of `Other` are returned unchanged.
    pub fn stem<'a>(&self, lang: Lang, norm: &'a str) -> Cow<'a, str> {
        match lang {
            Lang::En => self.en.stem(norm),
            Lang::Fr => self.fr.stem(norm),
            Lang::Ar => {
                // the light suffix stemmer first, then Snowball on what remains, but never
                // Snowball's prefix stripping: when its stem is not a prefix of the word
                // (it removed a leading letter, as in فلوس → لوس) the light stem stays
                let light = arabic_light_stem(norm);
                if light.chars().count() <= 3 {
                    return light;
                }
                let s = self.ar.stem(&light);
                if s.chars().count() >= 3 && light.starts_with(&*s) {
                    Cow::Owned(s.into_owned())
                } else {
                    light
                }
            }
            Lang::Fa => self.fa.stem(norm),
            Lang::Other => Cow::Borrowed(norm),
        }
    }
}

fn strip_one<'a>(w: &'a str, suffixes: &[&str], min_rest: usize) -> Option<(&'a str, &'static str)>
where
{
    for s in suffixes {
        if let Some(rest) = w.strip_suffix(s) {
            if rest.chars().count() >= min_rest {
                // SAFETY of lifetimes: suffix lists are 'static
                let s: &'static str = ARABIC_SUFFIX_NAMES.iter().find(|x| *x == s).copied().unwrap_or("");
                return Some((rest, s));
            }
        }
    }
    None
}

const ARABIC_SUFFIX_NAMES: &[&str] = &["هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي", "ات", "ون", "ين", "ان"];
const AR_PRONOUNS: &[&str] = &["هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي"];

/// **Arabic light stemmer** — suffixes only, on a word whose proclitics were already
/// removed (see `ArabicCliticSplitter`); in the spirit of Larkey's Light10.
///
/// Rules, each at most once, in this order, keeping at least three letters:
/// 1. One pronoun suffix `هما كما هم هن كم كن نا ها ه ك ي` (with ة already written
///    ه, this also removes the ta marbuta: `مشكله` → `مشكل`); if a pronoun was removed
///    after a `ت` that stood for a ta marbuta, the `ت` goes too
///    (`مشكلتي` → `مشكل`, `خدمتكم` → `خدم`), when four letters remain.
/// 2. One plural or dual suffix `ات ون ين` (`تطبيقات` → `تطبيق`, `موظفين` → `موظف`),
///    and `ان` only when four letters remain (`اعلان`, `مكان` keep it).
/// 3. A final nisba `ي` (`مجانيه` → `مجاني` → `مجان`).
///
/// Prefixes are not touched here: the article and the attached conjunctions and
/// prepositions are removed conservatively before stemming, and verb prefixes are
/// left to lexicon wildcards (`يعلق*`). Snowball's Arabic stemmer alone strips too much
/// for matching (`فلوس` → `لوس`, `بطيء` → `طيء`, `خاصية` → `خاص`): [`Stemmers::stem`]
/// runs it after this one and keeps its stem only when it is a prefix of the light stem.
pub fn arabic_light_stem(word: &str) -> Cow<'_, str> {
    if word.chars().count() <= 3 {
        return Cow::Borrowed(word);
    }
    let mut w: &str = word;
    if let Some((rest, _)) = strip_one(w, AR_PRONOUNS, 3) {
        w = rest;
        if w.ends_with('ت') && w.chars().count() >= 5 && !word.ends_with('ه') {
            w = &w[..w.len() - 'ت'.len_utf8()];
        }
    }
    if let Some((rest, _)) = strip_one(w, &["ات", "ون", "ين"], 3) {
        w = rest;
    } else if let Some((rest, _)) = strip_one(w, &["ان"], 4) {
        w = rest;
    }
    if let Some((rest, _)) = strip_one(w, &["ي"], 3) {
        w = rest;
    }
    Cow::Borrowed(w)
}

/// **PersianStemmer** — a light, conservative suffix stemmer for normalised Persian
/// (ZWNJ already removed, ی/ک unified).
///
/// Rules, applied in this order, each at most once, and only when the word is not in
/// the protected list and what remains has at least the stated number of letters:
/// 1. Verbal prefix: `نمی` → `ن` (negation is kept: `نمیکند` → `نکند`; the rest must
///    have ≥ 3 letters). The affirmative `می` is kept (`میکند` stays `میکند`), so that
///    a verb never takes the stem of an unrelated word (`کند` "slow", `شود`).
/// 2. Possessive and object clitics: `هایشان هایتان هایمان شان تان مان اش` (rest ≥ 2),
///    and the colloquial third person `ش` (`قیمتش` → `قیمت`; rest ≥ 3).
/// 3. Plural: `هایی های ها` (rest ≥ 2); `ات` (rest ≥ 4: `امکانات` → `امکان`,
///    `مشکلات` → `مشکل`); `ان` (rest ≥ 4: `مشتریان` → `مشتری`, but `ایران`, `ارزان`,
///    `گران`, `زمان` are too short to lose it).
/// 4. Comparative and superlative: `ترین تر` (rest ≥ 2: `گرانتر` → `گران`).
///
/// The protected list holds common words whose ending only looks like a suffix
/// (`ارزش`, `سفارش`, `دختر`, `خیابان`, `میز`, `میوه` …).
pub struct PersianStemmer {
    protected: &'static HashSet<&'static str>,
}

const FA_PROTECTED: &[&str] = &[
    // -ش nouns (verbal nouns and others)
    "ارزش",
    "سفارش",
    "گزارش",
    "افزایش",
    "کاهش",
    "آرامش",
    "ارامش",
    "خواهش",
    "پرسش",
    "دانش",
    "روش",
    "بینش",
    "پوشش",
    "نمایش",
    "ورزش",
    "کوشش",
    "تلاش",
    "پخش",
    "بخش",
    "خوش",
    "نقش",
    "فرش",
    "جوش",
    "گوش",
    "هوش",
    "اتش",
    "آتش",
    "بیش",
    "پیش",
    "کفش",
    "شش",
    "پاداش",
    "معاش",
    "خورش",
    "سازش",
    "چالش",
    "پردازش",
    "ارسالش",
    "نگرش",
    "گرایش",
    "ستایش",
    "آزمایش",
    "ازمایش",
    "پذیرش",
    "رویش",
    "کشش",
    "تابش",
    "جنبش",
    "ریزش",
    "لرزش",
    "سوزش",
    "خارش",
    "بارش",
    "دوش",
    "موش",
    "کوش",
    "نیش",
    "خویش",
    "درویش",
    "تشویش",
    "ریش",
    "کیش",
    "میش",
    "سرش",
    "ترش",
    "نرمش",
    "گردش",
    "آموزش",
    "اموزش",
    "پرورش",
    "فروش",
    "خروش",
    "سروش",
    "نوش",
    "بالش",
    "مالش",
    "نازش",
    "یورش",
    "شورش",
    // -تر words that are not comparatives
    "دختر",
    "دفتر",
    "کبوتر",
    "چتر",
    "اختر",
    "شتر",
    "کفتر",
    "بستر",
    "انگشتر",
    "دکتر",
    "استر",
    "کتر",
    "متر",
    "سانتیمتر",
    "کیلومتر",
    "لیتر",
    "فیلتر",
    "تئاتر",
    "پوستر",
    "کامپیوتر",
    "اکتر",
    "کاراکتر",
    "تر",
    "بهتر",
    "بیشتر",
    "کمتر",
    "پیشتر",
    // words that start like the verbal prefix می
    "میز",
    "میوه",
    "میهن",
    "میدان",
    "میل",
    "میراث",
    "میزان",
    "مینو",
    "میخ",
    "میمون",
    "میانه",
    "میان",
    "تومان",
    "تومن",
    "میلیون",
    "میلیارد",
    "میکروب",
    "میکروفون",
    "میگو",
    "میهمان",
    "میلاد",
    "میزبان",
    "میکسر",
    "مینی",
    "میناکاری",
    // -ان / -ات / -ها words that are not plurals
    "خیابان",
    "مسلمان",
    "ایران",
    "تهران",
    "زمان",
    "سازمان",
    "ساختمان",
    "درمان",
    "پایان",
    "امکان",
    "مکان",
    "انسان",
    "آسمان",
    "اسمان",
    "جوان",
    "گمان",
    "بیان",
    "جریان",
    "پنهان",
    "جهان",
    "کاروان",
    "زبان",
    "دندان",
    "پستان",
    "گلدان",
    "لیوان",
    "ایوان",
    "دیوان",
    "میهمان",
    "تابستان",
    "زمستان",
    "بیمارستان",
    "داستان",
    "دبستان",
    "استان",
    "شهرستان",
    "گلستان",
    "رستوران",
    "آبان",
    "ابان",
    "ارزان",
    "گران",
    "آسان",
    "اسان",
    "باران",
    "مهمان",
    "نان",
    "جان",
    "فراوان",
    "ناتوان",
    "توان",
    "روان",
    "ویران",
    "مرجان",
    "فنجان",
    "صابان",
    "عنوان",
    "دوران",
    "بحران",
    "کارتان",
    "قربان",
    "همزمان",
    "بادمجان",
    "پیمان",
    "فرمان",
    "آرمان",
    "ارمان",
    "ثبات",
    "نجات",
    "حیات",
    "زکات",
    "صفات",
    "اوقات",
    "ساعات",
    "لحظات",
    "سوغات",
    "تنها",
    "آنها",
    "انها",
    "اینها",
    "ماها",
    "شماها",
    "بها",
    "رها",
    "تها",
];

fn fa_protected() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FA_PROTECTED.iter().copied().collect())
}

impl Default for PersianStemmer {
    fn default() -> Self {
        Self::new()
    }
}

impl PersianStemmer {
    pub fn new() -> Self {
        PersianStemmer { protected: fa_protected() }
    }

    fn strip<'a>(&self, w: &'a str, suffixes: &[&str], min_rest: usize) -> Option<&'a str> {
        if self.protected.contains(w) {
            return None;
        }
        for s in suffixes {
            if let Some(rest) = w.strip_suffix(s) {
                if rest.chars().count() >= min_rest {
                    return Some(rest);
                }
            }
        }
        None
    }

    /// The stem of a normalised Persian word.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        if word.chars().count() <= 3 || self.protected.contains(word) {
            return Cow::Borrowed(word);
        }
        let mut w: Cow<'a, str> = Cow::Borrowed(word);
        // 1. verbal prefix
        if let Some(rest) = w.strip_prefix("نمی") {
            if rest.chars().count() >= 3 {
                w = Cow::Owned(format!("ن{rest}"));
            }
        }
        // `می` is kept: removing it made every `میکند` ("does") the adjective `کند`
        // ("slow"), and `میشود` the noun `شود`; a verb form matches terms written with
        // its prefix.
        // 2. possessive / object clitics
        let cur = w.to_string();
        if let Some(r) = self
            .strip(&cur, &["هایشان", "هایتان", "هایمان"], 2)
            .or_else(|| self.strip(&cur, &["شان", "تان", "مان"], 3))
            .or_else(|| self.strip(&cur, &["اش"], 2))
        {
            w = Cow::Owned(r.to_string());
        } else if let Some(r) = self.strip(&cur, &["ش"], 3) {
            w = Cow::Owned(r.to_string());
        }
        // 3. plural
        let cur = w.to_string();
        if let Some(r) = self.strip(&cur, &["هایی", "های", "ها"], 2) {
            w = Cow::Owned(r.to_string());
        } else if let Some(r) = self.strip(&cur, &["ات", "ان"], 4) {
            w = Cow::Owned(r.to_string());
        }
        // 4. comparative / superlative
        let cur = w.to_string();
        if let Some(r) = self.strip(&cur, &["ترین", "تر"], 3) {
            w = Cow::Owned(r.to_string());
        }
        w
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_light_stemmer() {
        let s = PersianStemmer::new();
        let cases = [
            ("ایران", "ایران"),
            ("سازمانها", "سازمان"),
            ("کتابها", "کتاب"),
            ("گرانتر", "گران"),
            ("ارزانترین", "ارزان"),
            ("قیمتش", "قیمت"),
            ("ارزش", "ارزش"),
            ("سفارش", "سفارش"),
            ("مشتریان", "مشتری"),
            ("امکانات", "امکان"),
            ("میخواهم", "میخواهم"),
            ("نمیکند", "نکند"),
            ("میز", "میز"),
            ("دختر", "دختر"),
            ("ارزان", "ارزان"),
            ("تومان", "تومان"),
            ("قیمتشان", "قیمت"),
        ];
        for (w, want) in cases {
            assert_eq!(s.stem(w), want, "stem of {w}");
        }
    }
}
