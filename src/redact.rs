//! Redaction of personal data from quotes.
//!
//! Exists because quotes go on persona cards and into slide decks: e-mail addresses,
//! phone numbers, card and IBAN numbers, @handles, URLs with query strings and the
//! names from `--redact-column` must not travel with them. Each finding is replaced by
//! a bracketed placeholder (`[email]`, `[phone]`, `[card]`, `[iban]`, `[handle]`,
//! `[url]`, `[name]`); highlight offsets are moved accordingly. Runs on the few quotes
//! that are written, not on every document.

use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

struct Patterns {
    list: Vec<(&'static str, Regex)>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let d = r"[0-9\x{0660}-\x{0669}\x{06F0}-\x{06F9}]";
        let z = r"[0\x{0660}\x{06F0}]";
        let list = vec![
            ("email", Regex::new(r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.[\p{L}]{2,}").unwrap()),
            ("url", Regex::new(r"(?i)\b(?:https?://|www\.)[^\s]*\?[^\s]*").unwrap()),
            ("iban", Regex::new(r"\b[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b").unwrap()),
            // 13–19 digits, optionally grouped by spaces or dashes (cards)
            ("card", Regex::new(&format!(r"(?:{d}[ \-]?){{12,18}}{d}")).unwrap()),
            // international (+33 6 12 34 56 78, +98 912 345 6789, +966 5x…), and local
            // French (06 12 34 56 78), Iranian (0912 345 6789), Gulf/Egyptian (05x…, 01x…)
            ("phone", Regex::new(&format!(r"(?:\+|00){d}{{1,3}}[ .\-]?(?:\(?{d}{{1,4}}\)?[ .\-]?){{2,5}}{d}{{2,4}}|\b{z}{d}(?:[ .\-]?{d}{{2}}){{4}}\b|\b{z}{d}{{2,3}}[ .\-]?{d}{{3}}[ .\-]?{d}{{3,4}}\b")).unwrap()),
            ("handle", Regex::new(r"(?:^|[^\p{L}\p{N}_.])(@[\p{L}\p{N}_]{2,})").unwrap()),
        ];
        Patterns { list }
    })
}

/// A redacted quote: new text and moved highlight.
pub struct Redacted {
    pub text: String,
    pub highlight_start: usize,
    pub highlight_end: usize,
}

/// Redacts `text`, moving the highlight `[hs, he)`; adds counts per kind to `counts`.
/// A finding that overlaps the highlight is still redacted, and the highlight then
/// covers the placeholder.
pub fn redact(text: &str, hs: usize, he: usize, names: &[String], counts: &mut BTreeMap<String, u64>) -> Redacted {
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    for (kind, re) in &patterns().list {
        for caps in re.captures_iter(text) {
            let m = caps.get(1).unwrap_or_else(|| caps.get(0).unwrap());
            spans.push((m.start(), m.end(), kind));
        }
    }
    for n in names {
        let mut from = 0;
        while let Some(i) = text[from..].find(n.as_str()) {
            let s = from + i;
            spans.push((s, s + n.len(), "name"));
            from = s + n.len();
        }
    }
    if spans.is_empty() {
        return Redacted { text: text.to_string(), highlight_start: hs, highlight_end: he };
    }
    // longest first at each start; drop overlaps
    spans.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize, &'static str)> = Vec::new();
    for s in spans {
        if kept.last().is_none_or(|k| s.0 >= k.1) {
            kept.push(s);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let (mut nhs, mut nhe) = (hs, he);
    let mut shift: isize = 0;
    for (a, b, kind) in &kept {
        out.push_str(&text[last..*a]);
        let placeholder = format!("[{kind}]");
        let delta = placeholder.len() as isize - (b - a) as isize;
        // move the highlight
        if *b <= hs {
            nhs = (nhs as isize + delta) as usize;
            nhe = (nhe as isize + delta) as usize;
        } else if *a < he && *b > hs {
            // overlap: the highlight covers the placeholder too
            nhs = nhs.min((*a as isize + shift) as usize);
            nhe = (nhe as isize + delta).max((*a as isize + shift) + placeholder.len() as isize) as usize;
        }
        shift += delta;
        out.push_str(&placeholder);
        *counts.entry(kind.to_string()).or_default() += 1;
        last = *b;
    }
    out.push_str(&text[last..]);
    let nhe = nhe.min(out.len());
    Redacted { text: out, highlight_start: nhs.min(nhe), highlight_end: nhe }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> String {
        let mut c = BTreeMap::new();
        redact(text, 0, 0, &[], &mut c).text
    }

    #[test]
    fn redacts_personal_data_in_four_languages() {
        assert_eq!(r("write to jean.dupont@mail.fr please"), "write to [email] please");
        assert_eq!(r("appelez le 06 12 34 56 78 svp"), "appelez le [phone] svp");
        assert_eq!(r("call +33 6 12 34 56 78 now"), "call [phone] now");
        assert_eq!(r("شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است"), "شماره من [phone] است");
        assert_eq!(r("رقمي 0551234567 اتصلوا"), "رقمي [phone] اتصلوا");
        assert_eq!(r("card 4111 1111 1111 1111 was charged"), "card [card] was charged");
        assert_eq!(r("IBAN FR76 3000 6000 0112 3456 7890 189 merci"), "IBAN [iban] merci");
        assert_eq!(r("ask @acme_support on twitter"), "ask [handle] on twitter");
        assert_eq!(r("see https://x.io/reset?token=abc123 now"), "see [url] now");
        assert_eq!(r("see https://x.io/help for help"), "see https://x.io/help for help");
        assert_eq!(r("I paid 1200 dollars in 2024"), "I paid 1200 dollars in 2024");
    }

    #[test]
    fn moves_the_highlight() {
        let mut c = BTreeMap::new();
        let text = "Mail a@b.com: the refund never came";
        let hs = text.find("refund").unwrap();
        let out = redact(text, hs, hs + 6, &["Karim".into()], &mut c);
        assert_eq!(&out.text[out.highlight_start..out.highlight_end], "refund");
        assert_eq!(c["email"], 1);
        let out = redact("Karim says the refund never came", 15, 21, &["Karim".into()], &mut c);
        assert_eq!(out.text, "[name] says the refund never came");
        assert_eq!(&out.text[out.highlight_start..out.highlight_end], "refund");
    }
}
