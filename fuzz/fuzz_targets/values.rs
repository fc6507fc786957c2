//! Rating, duration, date and timestamp parsers on arbitrary strings: no panic, ratings
//! finite.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    if let Ok(Some(r)) = vocmine::ingest::parse_rating(&s) {
        assert!(r.is_finite());
    }
    let _ = vocmine::ingest::parse_duration_hours(&s);
    let _ = vocmine::config::parse_timestamp(&s);
    let _ = vocmine::config::parse_date(&s);
});
