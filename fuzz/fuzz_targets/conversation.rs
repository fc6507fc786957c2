//! The transcript, WebVTT/SRT and JSON turn-array parsers on arbitrary input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use vocmine::ingest::conversation::{join_turns, parse_plain, parse_subtitles, turns_from_json};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (turns, _) = parse_plain(&text, &[]);
    let (joined, spans) = join_turns(&turns);
    for s in &spans {
        assert!(s.end <= joined.len());
    }
    let _ = parse_subtitles(&text, &[]);
    if let Ok(v) = serde_json::from_slice::<serde_json::Value>(data) {
        let _ = turns_from_json(&v, &[]);
    }
});
