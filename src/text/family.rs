//! Inflection families: whether a document word is a *form of* a lexicon word, not merely
//! a word with the same stem.
//!
//! Exists because stems collide. A stemmer strips derivational endings too, so a term's
//! stem is often also the stem of a common, unrelated word: `import` / `important`,
//! `polite` / `politics`, `importance` / `import` (fr), `خصوصية` "privacy" / `بخصوص`
//! "about", `الطلبية` "the order (n.)" / `الطلب` "ordering", `امکانات` "features" /
//! `امکان` "possibility". Matching keeps the stem test (it is a fast hash lookup) and adds
//! this one: the two words must share a *reading*, a lemma obtained by removing only
//! inflectional endings (plural, feminine, possessive and object clitics, comparative,
//! verb endings) — a short, per-language list, written out below. Derivational endings
//! (`-ant`, `-ance`, `-ics`, `-ية`, Persian `ات` on a word written without it) are never
//! removed, so they never join two words.
//!
//! The lexicon word's own spelling decides what it may alternate with: a term written
//! with ta marbuta (`خصوصية`) or with the plural `ات` (`امکانات`, `عملات`) matches only
//! forms that keep that ending; written without it (`مشکل`), it matches its `ات` plural
//! too (`مشکلات`).
//!
//! Derivations that keep the sense (`install` / `installation`, `rapide` / `rapidité`)
//! are therefore separate terms in the lexicon: no rule can tell them from derivations
//! that do not (`reserved` / `reservation`, `extensive` / `extension`).

use crate::lang::Lang;
use smallvec::SmallVec;

/// The readings (candidate lemmas) of a normalised base form; the form itself first.
pub type Readings = SmallVec<[Box<str>; 6]>;

/// Which side of a match a word is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// A word of the document: every inflectional analysis is a candidate.
    Token,
    /// A word of a lexicon term, with whether it was written with a final ta marbuta
    /// (`ة`, which normalisation turns into `ه`).
    Term { ta_marbuta: bool },
}

/// Whether a document word with readings `token` is a form of a term word with
/// readings `term`.
pub fn same_family(term: &[Box<str>], token: &[Box<str>]) -> bool {
    term.iter().any(|a| token.iter().any(|b| a == b))
}

/// The readings of `base` (a normalised, proclitic-free, accent-folded form) in `lang`.
pub fn readings(lang: Lang, base: &str, side: Side) -> Readings {
    let mut out: Readings = SmallVec::new();
    out.push(base.into());
    match lang {
        Lang::En => english(base, &mut out),
        Lang::Fr => french(base, &mut out),
        Lang::Ar => arabic(base, side, &mut out),
        Lang::Fa => persian(base, side, &mut out),
        Lang::Other => {}
    }
    out
}

fn push(out: &mut Readings, s: &str) {
    if !out.iter().any(|x| &**x == s) {
        out.push(s.into());
    }
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// English: `-s -es -'s -ed -d -ing -er -ers -est -ly -ness` (with `y`→`i`, a restored
/// final `e` and an undoubled final consonant).
fn english(w: &str, out: &mut Readings) {
    const Y: &[(&str, &str)] = &[("iness", "y"), ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"), ("ily", "y")];
    for (suf, rep) in Y {
        if let Some(rest) = w.strip_suffix(suf) {
            if chars(rest) >= 2 {
                push(out, &format!("{rest}{rep}"));
            }
        }
    }
    const SUF: &[&str] = &["'s", "ness", "ing", "ers", "est", "ed", "er", "es", "ly", "s", "d"];
    for suf in SUF {
        let Some(rest) = w.strip_suffix(suf) else { continue };
        let min = if *suf == "s" { 2 } else { 3 };
        if chars(rest) < min || (*suf == "s" && rest.ends_with('s')) {
            continue;
        }
        push(out, rest);
        if *suf != "s" && *suf != "'s" && *suf != "ly" && *suf != "ness" {
            // pricing → price, stopped → stop
            if !rest.ends_with('e') {
                push(out, &format!("{rest}e"));
            }
            let b = rest.as_bytes();
            if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1]) {
                push(out, &rest[..rest.len() - 1]);
            }
        }
    }
}

/// French (accent-folded): plural and feminine of nouns and adjectives (`-s -x -e -es`,
/// `-aux`→`-al`, `-ive`→`-if`, doubled consonants), and the endings of the present,
/// imperfect, future, conditional, participles and infinitive of verbs.
fn french(w: &str, out: &mut Readings) {
    const SUF: &[&str] = &[
        "eraient", "erions", "issaient", "issions", "issant", "issent", "issons", "issait", "issais", "erait", "erais", "erons", "eront", "aient", "erez",
        "erai", "eras", "isse", "era", "ions", "iez", "ait", "ais", "ant", "ent", "ons", "ees", "ee", "es", "ez", "er", "ir", "re", "ie", "ies", "is", "it",
        "ue", "ues", "us", "e", "s", "x",
    ];
    let mut stems: SmallVec<[&str; 4]> = SmallVec::new();
    for suf in SUF {
        if let Some(rest) = w.strip_suffix(suf) {
            if chars(rest) >= 3 {
                push(out, rest);
                stems.push(rest);
            }
        }
    }
    for (suf, rep) in [("aux", "al"), ("ives", "if"), ("ive", "if"), ("euses", "eux"), ("euse", "eux")] {
        if let Some(rest) = w.strip_suffix(suf) {
            if chars(rest) >= 2 {
                push(out, &format!("{rest}{rep}"));
            }
        }
    }
    // cruelle → cruel, nette → net; renvoie → renvoy (renvoyer, renvoyé); not `nn`:
    // fonctionne is the verb, not the noun fonction
    for s in stems {
        if let Some(r) = s.strip_suffix('i') {
            if chars(r) >= 2 {
                push(out, &format!("{r}y"));
            }
        }
        let b = s.as_bytes();
        if b.len() >= 4 && b[b.len() - 1] == b[b.len() - 2] && b"lts".contains(&b[b.len() - 1]) {
            push(out, &s[..s.len() - 1]);
        }
    }
}

const AR_PRONOUNS: &[&str] = &["هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي"];

/// Arabic (normalised: `ة` is `ه`, proclitics removed): pronoun suffixes, the feminine
/// `ه`/`ت`+pronoun, the plurals and dual `ات ون ين ان`, the adverbial `ا`.
fn arabic(w: &str, side: Side, out: &mut Readings) {
    let fem_only = matches!(side, Side::Term { ta_marbuta: true });
    if fem_only {
        // the written ة is a feminine noun or adjective: it alternates only with ات and
        // ت + pronoun, which the document side produces as the same `…ه` reading
        return;
    }
    let term = matches!(side, Side::Term { .. });
    let mut bases: SmallVec<[&str; 3]> = SmallVec::new();
    bases.push(w);
    for p in AR_PRONOUNS {
        if let Some(rest) = w.strip_suffix(p) {
            if chars(rest) >= 3 {
                push(out, rest);
                bases.push(rest);
                // (the masculine plural in construct before a pronoun, موظفيه, is not
                // undone: it would make تقليديه "traditional" a form of تقليد)
                if let Some(r) = rest.strip_suffix('ت') {
                    if chars(r) >= 2 {
                        push(out, &format!("{r}ه"));
                    }
                }
            }
        }
    }
    for b in bases {
        if let Some(r) = b.strip_suffix("ات") {
            // a term written in the ات plural keeps it
            if chars(r) >= 2 && !term {
                push(out, &format!("{r}ه"));
                push(out, r);
            }
        }
        for pl in ["ون", "ين", "ان"] {
            if let Some(r) = b.strip_suffix(pl) {
                // on the term side a three-letter rest is too short to be sure the
                // ending is a plural: تحسين "improvement" is not تحس "you feel"
                if chars(r) >= if term { 4 } else { 3 } {
                    push(out, r);
                    if let Some(r2) = r.strip_suffix('ت') {
                        // dual of a feminine: خدمتين
                        if chars(r2) >= 2 {
                            push(out, &format!("{r2}ه"));
                        }
                    }
                }
            }
        }
        if let Some(r) = b.strip_suffix('ا') {
            if chars(r) >= 3 {
                push(out, r);
            }
        }
        // past-tense verb endings (اتصلت, دفعتم, خصموا, تواصلتو) and the masculine plural
        // in construct (موظفو المتحف)
        for v in ["تم", "تو", "وا", "ت", "و"] {
            if let Some(r) = b.strip_suffix(v) {
                if chars(r) >= 3 {
                    push(out, r);
                }
            }
        }
    }
}

/// Persian (normalised, ZWNJ removed): object and possessive clitics, the indefinite and
/// ezafe `ی`, colloquial `ه`, plurals `ها ان ات`, comparative `تر ترین`.
fn persian(w: &str, side: Side, out: &mut Readings) {
    // a Persian term is written as the form it means: with a clitic or a plural
    // (`تاریخش`, `حسابم`, `امکانات`) it matches only forms that carry it
    if matches!(side, Side::Term { .. }) {
        return;
    }
    const CLITICS: &[&str] = &["یشان", "یتان", "یمان", "شان", "تان", "مان", "ایش", "اش", "یش", "ام", "یم", "ای", "یی", "ش", "م", "ت", "ی", "ه"];
    const PLURAL: &[&str] = &["هایی", "های", "ها", "ترین", "تری", "تر", "ان", "ات"];
    let mut firsts: SmallVec<[&str; 4]> = SmallVec::new();
    firsts.push(w);
    for c in CLITICS {
        if let Some(rest) = w.strip_suffix(c) {
            if chars(rest) >= 2 {
                push(out, rest);
                firsts.push(rest);
            }
        }
    }
    for f in firsts {
        for p in PLURAL {
            if let Some(rest) = f.strip_suffix(p) {
                if chars(rest) >= 2 {
                    push(out, rest);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(lang: Lang, term: &str, token: &str) -> bool {
        let ta = term.ends_with('ة');
        let t = readings(lang, &term.replace('ة', "ه"), Side::Term { ta_marbuta: ta });
        let d = readings(lang, &token.replace('ة', "ه"), Side::Token);
        same_family(&t, &d)
    }

    #[test]
    fn english_inflections_join_derivations_do_not() {
        for (term, token) in [
            ("price", "prices"),
            ("price", "pricing"),
            ("price", "priced"),
            ("delivery", "deliveries"),
            ("crash", "crashes"),
            ("crash", "crashing"),
            ("stop", "stopped"),
            ("slow", "slowly"),
            ("rude", "rudeness"),
            ("charge", "charged"),
        ] {
            assert!(matches(Lang::En, term, token), "{term} should match {token}");
        }
        for (term, token) in [("import", "important"), ("polite", "politics"), ("deliver", "delivery"), ("price", "priceless"), ("fee", "feeling")] {
            assert!(!matches(Lang::En, term, token), "{term} must not match {token}");
        }
    }

    #[test]
    fn french_inflections_join_derivations_do_not() {
        for (term, token) in [
            ("rembourser", "rembourse"),
            ("rembourser", "remboursee"),
            ("facture", "factures"),
            ("cher", "chers"),
            ("cruel", "cruelle"),
            ("attentif", "attentive"),
            ("delicieux", "delicieuse"),
            ("lent", "lente"),
            ("renvoye", "renvoie"),
            ("paye", "paient"),
        ] {
            assert!(matches(Lang::Fr, term, token), "{term} should match {token}");
        }
        for (term, token) in [("import", "importance"), ("mes", "me"), ("employe", "employabilite"), ("fonction", "fonctionne")] {
            assert!(!matches(Lang::Fr, term, token), "{term} must not match {token}");
        }
    }

    #[test]
    fn arabic_feminine_and_plural_endings() {
        for (term, token) in [
            ("خدمة", "خدمتي"),
            ("خدمة", "خدمات"),
            ("خدمة", "خدمه"),
            ("سعر", "سعرها"),
            ("موظف", "موظفين"),
            ("مجاني", "مجانيه"),
            ("تطبيق", "تطبيقات"),
            ("سريع", "سريعا"),
            ("اتصل", "اتصلت"),
            ("دفع", "دفعته"),
            ("خصم", "خصموا"),
            ("موظف", "موظفو"),
        ] {
            assert!(matches(Lang::Ar, term, token), "{term} should match {token}");
        }
        for (term, token) in [
            ("خصوصية", "خصوص"),
            ("خصوصية", "خصوصا"),
            ("طلبية", "طلب"),
            ("طلبية", "طلبت"),
            ("تقليد", "تقليديه"),
            ("عملات", "عمل"),
            ("عملة", "عمل"),
            ("تحسين", "تحس"),
        ] {
            assert!(!matches(Lang::Ar, term, token), "{term} must not match {token}");
        }
    }

    #[test]
    fn persian_clitics_and_plurals() {
        for (term, token) in
            [("قیمت", "قیمتش"), ("قیمت", "قیمتها"), ("مشکل", "مشکلات"), ("گران", "گرانتر"), ("امکانات", "امکاناتش"), ("سخت", "سخته"), ("کتاب", "کتابهایی")]
        {
            assert!(matches(Lang::Fa, term, token), "{term} should match {token}");
        }
        for (term, token) in [("امکانات", "امکان"), ("مشخصات", "مشخص"), ("توضیحات", "توضیح"), ("تاریخش", "تاریخ"), ("حسابم", "حساب")]
        {
            assert!(!matches(Lang::Fa, term, token), "{term} must not match {token}");
        }
    }
}
