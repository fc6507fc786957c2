//! The lexicon loader on an arbitrary theme file and cue file: problems are reported,
//! never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let files = vec![("themes/fuzz.lex".to_string(), text.clone()), ("cues/en.cues".to_string(), text)];
    let _ = vocmine::lexicon::LexiconSet::from_files(files, "fuzz");
});
