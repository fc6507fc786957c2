//! `analyze` on arbitrary text (valid UTF-8 of the input bytes), in each language and
//! identified: no panic, spans inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use vocmine::lang::Lang;
use vocmine::lexicon::LexiconSet;

static LEX: OnceLock<LexiconSet> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let lex = LEX.get_or_init(|| LexiconSet::bundled().expect("bundled lexicons"));
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let lang = [None, Some(Lang::Ar), Some(Lang::Fa), Some(Lang::Fr), Some(Lang::En), Some(Lang::Other)][first as usize % 6];
    let a = vocmine::analyze::analyze_text(lex, &text, lang);
    for m in &a.mentions {
        assert!(m.start <= m.end && m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
});
