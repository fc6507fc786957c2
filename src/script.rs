//! Character and byte classes shared by every layer: what counts as the Arabic script,
//! digits of the Arabic and Persian scripts, and UTF-16 without a byte-order mark.
//!
//! Exists at the bottom of the module graph so that `ingest` (reading ratings and
//! headers), `redact` (phone and card numbers), `lexicon` (dictionary files) and `text`
//! use one definition instead of reaching into each other (see ARCHITECTURE.md).

/// A character of the Arabic script's blocks — Arabic (U+0600–06FF), Arabic
/// Supplement (0750–077F), Arabic Extended-B and -A (0870–08FF), Presentation Forms-A
/// (FB50–FDFF) and -B (FE70–FEFC; not U+FEFF, the byte-order mark): letters, marks,
/// digits and punctuation. The one
/// definition of "Arabic-script character" (letters alone: `text::normalize::is_arabic_letter`).
#[inline]
pub fn is_arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0870}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
}

/// Maps Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII.
#[inline]
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32),
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32),
        _ => None,
    }
}

/// UTF-16 without a byte-order mark, told by its NUL bytes: in ASCII-heavy text (column
/// names, digits, Latin letters) every other byte is 0, at odd offsets for little-endian
/// and even offsets for big-endian. UTF-8 text never holds NUL bytes.
pub fn sniff_utf16(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if head.len() < 8 || head.starts_with(&[0xEF, 0xBB, 0xBF]) || head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let pairs = head.len() / 2;
    let even = head.chunks_exact(2).filter(|p| p[0] == 0 && p[1] != 0).count();
    let odd = head.chunks_exact(2).filter(|p| p[1] == 0 && p[0] != 0).count();
    if odd * 10 >= pairs * 3 && even * 10 < pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 3 && odd * 10 < pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}
