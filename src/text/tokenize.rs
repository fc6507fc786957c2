//! Splitting a text into raw tokens with byte spans into the original.
//!
//! The tokenizer decides where words start and end; it never changes the text. It
//! recognises URLs, e-mail addresses, @handles, numbers, prices and emoji as their own
//! token kinds so that they are not mistaken for words; it splits French elisions
//! (`l'attente` → `l'` + `attente`, with `'` or `’`) and English contractions
//! (`don't` → `do` + `n't`), and keeps the Persian zero-width non-joiner inside a word
//! (it is never a word break). Joining the parts of Persian words typed with a space
//! (`می خواهم`) happens later, once the language is known (see `text::mod`).

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Word,
    Number,
    Price,
    Emoji,
    Url,
    Email,
    Handle,
    Punct,
}

impl TokenKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Price => "price",
            TokenKind::Emoji => "emoji",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Handle => "handle",
            TokenKind::Punct => "punct",
        }
    }
}

/// A token before normalisation: a kind and a byte span into the original text.
/// `hint` carries the normalised form the tokenizer already knows (`n't` → `not`,
/// French elided articles `l'` → `le`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub hint: Option<&'static str>,
    /// A line break precedes this token (a sentence boundary for the splitter).
    pub newline_before: bool,
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphabetic()
        || crate::text::normalize::is_arabic_letter(c)
        || (!c.is_ascii() && c.is_alphabetic())
        || crate::text::normalize::is_arabic_mark(c)
        || c == crate::text::normalize::TATWEEL
        || matches!(c, '\u{0300}'..='\u{036F}')
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

#[inline]
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F300..=0x1F5FF | 0x1F600..=0x1F64F | 0x1F680..=0x1F6FF | 0x1F900..=0x1F9FF
        | 0x1FA70..=0x1FAFF | 0x2600..=0x26FF | 0x2700..=0x27BF | 0x1F1E6..=0x1F1FF
        | 0x2B50 | 0x2B55 | 0x1F004 | 0x1F0CF | 0x1F170..=0x1F251)
}

#[inline]
fn is_emoji_joiner(c: char) -> bool {
    matches!(c, '\u{FE0F}' | '\u{FE0E}' | '\u{200D}' | '\u{20E3}') || matches!(c as u32, 0x1F3FB..=0x1F3FF)
}

#[inline]
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '﷼' | '₺' | '₽')
}

/// Text emoticons recognised as emoji tokens (longest first).
const EMOTICONS: &[&str] = &[
    ":-((", ":-))", ":'(", ":'-(", ":-(", ":-)", ":-D", ":-/", ":-P", ":-p", ":-|", ";-)", "-_-", "^_^", "T_T", ":((", ":))", ":(", ":)", ":D", ":/", ":P",
    ":p", ":|", ";)", "=)", "=(", "xD", "XD", "<3", "o_O", "O_o",
];

/// French elided forms and the word they stand for.
const ELISIONS: &[(&str, &str)] = &[
    ("l", "le"),
    ("d", "de"),
    ("j", "je"),
    ("m", "me"),
    ("n", "ne"),
    ("s", "se"),
    ("t", "te"),
    ("c", "ce"),
    ("qu", "que"),
    ("jusqu", "jusque"),
    ("lorsqu", "lorsque"),
    ("puisqu", "puisque"),
    ("quoiqu", "quoique"),
    ("presqu", "presque"),
];

/// English clitics after an apostrophe and the word they stand for.
const EN_CLITICS: &[(&str, &str)] = &[("s", "'s"), ("re", "are"), ("ve", "have"), ("ll", "will"), ("d", "would"), ("m", "am")];

/// English contractions often typed without the apostrophe, and what their first part
/// stands for. `wont` is left alone (it is also a word).
const BARE_CONTRACTIONS: &[(&str, Option<&str>)] = &[
    ("dont", None),
    ("doesnt", None),
    ("didnt", None),
    ("cant", Some("can")),
    ("isnt", None),
    ("arent", None),
    ("wasnt", None),
    ("werent", None),
    ("couldnt", None),
    ("shouldnt", None),
    ("wouldnt", None),
    ("havent", None),
    ("hasnt", None),
    ("hadnt", None),
];

fn bare_contraction(w: &str) -> Option<(usize, Option<&'static str>)> {
    if w.len() > 8 || !w.is_ascii() {
        return None;
    }
    let l = w.to_ascii_lowercase();
    BARE_CONTRACTIONS.iter().find(|(c, _)| *c == l).map(|(c, hint)| (c.len() - 2, *hint))
}

/// Words with an inner apostrophe that stay whole.
const APOSTROPHE_WORDS: &[&str] = &["aujourd", "prud", "o", "rock"];

/// Splits `text` into raw tokens. Whitespace produces no token.
pub fn tokenize(text: &str, out: &mut Vec<RawToken>) {
    out.clear();
    let mut i = 0;
    let mut newline = false;
    while i < text.len() {
        let c = text[i..].chars().next().unwrap();
        if c.is_whitespace() || c == '\u{200C}' || crate::text::normalize::is_ignorable_format(c) {
            if c == '\n' || c == '\r' || c == '\u{2029}' || c == '\u{2028}' {
                newline = true;
            }
            i += c.len_utf8();
            continue;
        }
        // the whitespace-delimited run
        let mut j = i;
        while j < text.len() {
            let d = text[j..].chars().next().unwrap();
            if d.is_whitespace() {
                break;
            }
            j += d.len_utf8();
        }
        let run = &text[i..j];
        let before = out.len();
        split_run(text, i, run, out);
        if newline {
            if let Some(t) = out.get_mut(before) {
                t.newline_before = true;
            }
            if out.len() > before {
                newline = false;
            }
        }
        i = j;
    }
}

fn trim_trailing_punct(s: &str) -> usize {
    let mut end = s.len();
    while let Some(c) = s[..end].chars().next_back() {
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '"' | '\'' | '»' | '،' | '؛' | '؟' | '…') {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    end
}

fn push(out: &mut Vec<RawToken>, start: usize, end: usize, kind: TokenKind, hint: Option<&'static str>) {
    out.push(RawToken { start, end, kind, hint, newline_before: false });
}

fn split_run(text: &str, base: usize, run: &str, out: &mut Vec<RawToken>) {
    let starts = |p: &str| run.get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p));
    // URLs
    if starts("http://") || starts("https://") || starts("www.") {
        let end = trim_trailing_punct(run);
        push(out, base, base + end, TokenKind::Url, None);
        if end < run.len() {
            split_plain(text, base + end, &run[end..], out);
        }
        return;
    }
    // e-mail addresses
    if let Some(at) = run.find('@') {
        let end = trim_trailing_punct(run);
        let core = &run[..end];
        let local = &core[..at.min(core.len())];
        let domain = core.get(at + 1..).unwrap_or("");
        let lead = local.len() - local.trim_start_matches(|c: char| matches!(c, '(' | '[' | '"' | '\'' | '<' | '«')).len();
        let local = &local[lead..];
        if !local.is_empty()
            && local.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'))
            && domain.contains('.')
            && domain.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
            && !domain.ends_with('.')
        {
            if lead > 0 {
                split_plain(text, base, &run[..lead], out);
            }
            push(out, base + lead, base + end, TokenKind::Email, None);
            if end < run.len() {
                split_plain(text, base + end, &run[end..], out);
            }
            return;
        }
    }
    split_plain(text, base, run, out);
}

thread_local! {
    /// Scratch buffer of the characters of a run (no allocation per word).
    static CHARS: std::cell::RefCell<Vec<(usize, char)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn split_plain(text: &str, base: usize, run: &str, out: &mut Vec<RawToken>) {
    // fast path for the common case: a Latin word (accents included), maybe followed by
    // . , ; : ! ?
    let alpha_end = run.char_indices().find(|(_, c)| !crate::text::normalize::is_latin_letter(*c)).map_or(run.len(), |(i, _)| i);
    if alpha_end > 0 && run.as_bytes()[alpha_end..].iter().all(|b| matches!(b, b'.' | b',' | b';' | b':' | b'!' | b'?')) {
        let w = &run[..alpha_end];
        match bare_contraction(w) {
            Some((stem_len, hint)) => {
                push(out, base, base + stem_len, TokenKind::Word, hint);
                push(out, base + stem_len, base + alpha_end, TokenKind::Word, Some("not"));
            }
            None => push(out, base, base + alpha_end, TokenKind::Word, None),
        }
        if alpha_end < run.len() {
            split_slow(text, base + alpha_end, &run[alpha_end..], out);
        }
        return;
    }
    // fast path for a French elision: l'attente, d’un, qu'il (then the word as above)
    if let Some(ap) = run.find(['\'', '’']) {
        let head = &run[..ap];
        let ap_len = run[ap..].chars().next().map_or(1, char::len_utf8);
        if let Some((_, full)) = ELISIONS.iter().find(|(e, _)| head.eq_ignore_ascii_case(e)) {
            let rest = &run[ap + ap_len..];
            if rest.chars().next().is_some_and(crate::text::normalize::is_latin_letter) {
                push(out, base, base + ap + ap_len, TokenKind::Word, Some(full));
                split_plain(text, base + ap + ap_len, rest, out);
                return;
            }
        }
    }
    split_slow(text, base, run, out);
}

fn split_slow(text: &str, base: usize, run: &str, out: &mut Vec<RawToken>) {
    CHARS.with(|cell| {
        let mut buf = cell.borrow_mut();
        buf.clear();
        buf.extend(run.char_indices());
        split_chars(text, base, run, &buf, out);
    })
}

/// Splits a run of non-space characters into tokens. One loop over the characters with
/// one branch per token shape, in order of precedence — `@handle`, emoticon, number or
/// price, word (with inner apostrophes, Arabizi digits, ZWNJ), emoji sequence,
/// punctuation —, kept in one function on purpose: the branches share the cursor `k`
/// and its lookahead, and this is the hottest loop of a run (split it only with
/// `cargo bench --bench text` beside).
fn split_chars(_text: &str, base: usize, run: &str, chars: &[(usize, char)], out: &mut Vec<RawToken>) {
    let n = chars.len();
    let pos = |k: usize| if k < n { chars[k].0 } else { run.len() };
    let mut k = 0;
    while k < n {
        let (off, c) = chars[k];
        let start = base + off;
        // @handle
        if c == '@' && k + 1 < n && (chars[k + 1].1.is_alphanumeric() || chars[k + 1].1 == '_') {
            let mut m = k + 1;
            while m < n && (chars[m].1.is_alphanumeric() || chars[m].1 == '_' || chars[m].1 == '.') {
                m += 1;
            }
            while m > k + 1 && chars[m - 1].1 == '.' {
                m -= 1;
            }
            push(out, start, base + pos(m), TokenKind::Handle, None);
            k = m;
            continue;
        }
        // emoticons
        if matches!(c, ':' | ';' | '=' | 'x' | 'X' | '-' | '<' | '^' | 'T' | 'o' | 'O') {
            let rest = &run[off..];
            if let Some(e) = EMOTICONS.iter().find(|e| rest.starts_with(**e)) {
                let after = rest[e.len()..].chars().next();
                let before_ok = k == 0 || !chars[k - 1].1.is_alphanumeric();
                if before_ok && after.is_none_or(|a| !a.is_alphanumeric()) {
                    let m = k + e.chars().count();
                    push(out, start, base + pos(m), TokenKind::Emoji, None);
                    k = m;
                    continue;
                }
            }
        }
        // numbers and prices
        if crate::text::normalize::ascii_digit(c).is_some() || (is_currency(c) && k + 1 < n && crate::text::normalize::ascii_digit(chars[k + 1].1).is_some()) {
            let mut m = k;
            let mut price = false;
            if is_currency(c) {
                price = true;
                m += 1;
            }
            let mut has_letter = false;
            while m < n {
                let d = chars[m].1;
                if crate::text::normalize::ascii_digit(d).is_some() {
                    m += 1;
                } else if matches!(d, '.' | ',' | '٫' | '٬') && m + 1 < n && crate::text::normalize::ascii_digit(chars[m + 1].1).is_some() {
                    m += 1;
                } else if d.is_alphabetic() && crate::text::normalize::is_latin_letter(d) {
                    // alphanumeric word such as 4k, mp3, 3ala (Arabizi)
                    has_letter = true;
                    m += 1;
                } else {
                    break;
                }
            }
            if m < n && (is_currency(chars[m].1) || chars[m].1 == '%') {
                price = is_currency(chars[m].1);
                m += 1;
            }
            let kind = if has_letter && !price {
                TokenKind::Word
            } else if price {
                TokenKind::Price
            } else {
                TokenKind::Number
            };
            push(out, start, base + pos(m), kind, None);
            k = m;
            continue;
        }
        // words
        if is_word_char(c) {
            let arabic = crate::script::is_arabic_script(c);
            let mut m = k;
            let mut apostrophes: Vec<usize> = Vec::new();
            while m < n {
                let d = chars[m].1;
                let d_arabic = crate::script::is_arabic_script(d);
                if is_word_char(d) && (d_arabic == arabic || crate::text::normalize::is_arabic_mark(d) || matches!(d, '\u{0300}'..='\u{036F}')) {
                    m += 1;
                } else if !arabic && is_apostrophe(d) && m + 1 < n && is_word_char(chars[m + 1].1) {
                    apostrophes.push(m);
                    m += 1;
                } else if !arabic && d.is_ascii_digit() && m + 1 < n && chars[m + 1].1.is_ascii_alphabetic() {
                    // Arabizi digits inside a Latin word: 7elw, ma3a
                    m += 1;
                } else if d == '\u{200C}' || crate::text::normalize::is_ignorable_format(d) {
                    // ZWNJ and invisible marks inside a word (`می‌\u{200F}کند`, as some
                    // editors write it) keep the word whole when a letter follows them
                    let mut q = m + 1;
                    while q < n && (chars[q].1 == '\u{200C}' || crate::text::normalize::is_ignorable_format(chars[q].1)) {
                        q += 1;
                    }
                    if q < n && is_word_char(chars[q].1) {
                        m = q;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let end = pos(m);
            if apostrophes.is_empty() {
                let w = &run[off..end];
                match bare_contraction(w) {
                    // dont, cant, doesnt: English contractions typed without an apostrophe
                    Some((stem_len, hint)) => {
                        push(out, start, start + stem_len, TokenKind::Word, hint);
                        push(out, start + stem_len, base + end, TokenKind::Word, Some("not"));
                    }
                    None => push(out, start, base + end, TokenKind::Word, None),
                }
            } else {
                split_apostrophes(run, base, off, end, chars, &apostrophes, out);
            }
            k = m;
            continue;
        }
        // emoji (with modifiers and joiners)
        if is_emoji(c) {
            let mut m = k + 1;
            while m < n && (is_emoji_joiner(chars[m].1) || (chars[m - 1].1 == '\u{200D}' && is_emoji(chars[m].1))) {
                m += 1;
            }
            push(out, start, base + pos(m), TokenKind::Emoji, None);
            k = m;
            continue;
        }
        if is_emoji_joiner(c) {
            k += 1;
            continue;
        }
        // everything else: one punctuation token per character (a run of dots is one)
        let mut m = k + 1;
        if c == '.' || c == '!' || c == '?' || c == '؟' {
            while m < n && matches!(chars[m].1, '.' | '!' | '?' | '؟') {
                m += 1;
            }
        }
        push(out, start, base + pos(m), TokenKind::Punct, None);
        k = m;
    }
}

/// Splits a Latin word with inner apostrophes into elisions, stems and clitics.
fn split_apostrophes(run: &str, base: usize, start: usize, end: usize, chars: &[(usize, char)], apos: &[usize], out: &mut Vec<RawToken>) {
    let mut cur = start;
    for (idx, &a) in apos.iter().enumerate() {
        let a_off = chars[a].0;
        let a_len = chars[a].1.len_utf8();
        let left = &run[cur..a_off];
        let left_l = left.to_lowercase();
        let right_end = apos.get(idx + 1).map(|&b| chars[b].0).unwrap_or(end);
        let right = &run[a_off + a_len..right_end];
        let right_l = right.to_lowercase();
        if APOSTROPHE_WORDS.contains(&left_l.as_str()) {
            continue; // aujourd'hui, o'clock: one word
        }
        if let Some((_, full)) = ELISIONS.iter().find(|(e, _)| *e == left_l) {
            push(out, base + cur, base + a_off + a_len, TokenKind::Word, Some(full));
            cur = a_off + a_len;
            continue;
        }
        // English n't
        if left_l.ends_with('n') && right_l == "t" && left.len() > 1 {
            let stem_end = a_off - 1;
            let stem_l = &left_l[..left_l.len() - 1];
            let hint = match stem_l {
                "ca" => Some("can"),
                "wo" => Some("will"),
                "sha" => Some("shall"),
                "ai" => Some("is"),
                _ => None,
            };
            push(out, base + cur, base + stem_end, TokenKind::Word, hint);
            push(out, base + stem_end, base + right_end, TokenKind::Word, Some("not"));
            cur = right_end;
            continue;
        }
        if let Some((_, full)) = EN_CLITICS.iter().find(|(e, _)| *e == right_l) {
            push(out, base + cur, base + a_off, TokenKind::Word, None);
            push(out, base + a_off, base + right_end, TokenKind::Word, Some(full));
            cur = right_end;
            continue;
        }
        // unknown: keep as one word up to here
    }
    if cur < end {
        push(out, base + cur, base + end, TokenKind::Word, None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, TokenKind, Option<&'static str>)> {
        let mut v = Vec::new();
        tokenize(text, &mut v);
        v.iter().map(|t| (text[t.start..t.end].to_string(), t.kind, t.hint)).collect()
    }

    #[test]
    fn elision_and_contractions() {
        let t = toks("l'attente d’un agent, don't");
        let words: Vec<_> = t.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(words, ["l'", "attente", "d’", "un", "agent", ",", "do", "n't"]);
        assert_eq!(t[0].2, Some("le"));
        assert_eq!(t[7].2, Some("not"));
        let t = toks("can't aujourd'hui");
        assert_eq!(t[0].0, "ca");
        assert_eq!(t[0].2, Some("can"));
        assert_eq!(t[2].0, "aujourd'hui");
    }

    #[test]
    fn kinds() {
        let t = toks("mail me at a.b@ex.com or @acme_help see https://x.io/a?b=1. 12,5€ 3.5 😡😡 ok");
        let kinds: Vec<_> = t.iter().map(|x| (x.0.as_str(), x.1)).collect();
        assert!(kinds.contains(&("a.b@ex.com", TokenKind::Email)));
        assert!(kinds.contains(&("@acme_help", TokenKind::Handle)));
        assert!(kinds.contains(&("https://x.io/a?b=1", TokenKind::Url)));
        assert!(kinds.contains(&("12,5€", TokenKind::Price)));
        assert!(kinds.contains(&("3.5", TokenKind::Number)));
        assert!(kinds.contains(&("😡", TokenKind::Emoji)));
    }

    #[test]
    fn zwnj_is_not_a_break() {
        let t = toks("می‌\u{200F}کند");
        assert_eq!(t.len(), 1, "a right-to-left mark after the ZWNJ keeps the verb whole: {t:?}");
        let t = toks("می‌خواهم سازمان‌ها");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].0, "می‌خواهم");
    }
}
