//! Mutation fuzzing of every parser, deterministic (a fixed-seed generator, so a failure
//! reproduces): valid inputs in the four languages are damaged byte by byte — flips,
//! truncations inside multi-byte characters, stray quotes, NULs, `<v`, CRs, repeated
//! separators — and fed to the parsers directly (thousands of cases) and to the binary
//! (hundreds of files in one run). Nothing may panic; the binary must exit 0, 1 or 2.

use std::path::Path;
use vocmine::ingest::conversation::{parse_plain, parse_subtitles, turns_from_json};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that break parsers: quotes, separators, tag openers, line ends, NUL, invalid
/// UTF-8, halves of Arabic and Persian letters, ZWNJ, a BOM.
const NASTY: &[&[u8]] = &[
    b"\"",
    b",",
    b"\t",
    b"\n",
    b"\r",
    b"\r\n",
    b"\0",
    b"<v",
    b"<",
    b">",
    b"-->",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b"\\",
    b"\xff",
    b"\xd8",
    b"\xd9\x84",
    b"\xe2\x80\x8c",
    b"\xef\xbb\xbf",
    b"00:00:01.000 --> 00:00:02.000\n",
    b"Agent:",
    b"\"\"\"",
    b"1e308",
    b"-1",
    b"NaN",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut v = seed.to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 if !v.is_empty() => {
                let i = rng.below(v.len());
                v[i] ^= 1 << rng.below(8);
            }
            1 => v.truncate(at),
            2 => {
                let n = NASTY[rng.below(NASTY.len())];
                v.splice(at..at, n.iter().copied());
            }
            3 if !v.is_empty() => {
                let end = (at + rng.below(40)).min(v.len());
                v.drain(at.min(end)..end);
            }
            4 if at < v.len() => {
                let end = (at + rng.below(60)).min(v.len());
                let chunk: Vec<u8> = v[at..end].to_vec();
                v.splice(at..at, chunk);
            }
            _ => {
                let n = NASTY[rng.below(NASTY.len())];
                for _ in 0..rng.below(20) {
                    v.splice(at..at, n.iter().copied());
                }
            }
        }
    }
    v
}

const CSV: &str = "id,text,rating,plan,created_at\nr1,\"The app crashes, \"\"again\"\"\",1,pro,2026-01-04T09:12:00Z\nr2,La livraison est arrivée en retard,2,free,2026-01-05\nr3,التطبيق بطيء جدا,3,pro,05/01/2026\nr4,پشتیبانی جواب نمیده,4/5,free,\n";
const JSONL: &str = "{\"id\":\"j1\",\"text\":\"Refund never came\",\"plan\":\"pro\",\"stars\":\"★★☆\"}\n{\"id\":\"j2\",\"turns\":[{\"speaker\":\"Agent\",\"text\":\"Bonjour\"},{\"speaker\":\"Client\",\"text\":\"Ma facture est fausse\"}]}\n{\"id\":\"j3\",\"text\":\"خدمة العملاء سيئة\",\"csat\":\"2\"}\n";
const VTT: &str = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Agent>Hello, how can I help?\n\n00:00:03.000 --> 00:00:05.000\n<v Customer>My order never arrived.\n\n00:00:06.000 --> 00:00:07.000\n<vالعميل>الطلب لم يصل\n";
const SRT: &str = "1\n00:00:01,000 --> 00:00:02,000\nAgent: Bonjour\n\n2\n00:00:03,000 --> 00:00:04,000\nClient : Le colis est en retard.\n";
const TXT: &str = "[00:00:01] Agent: Hello\nCustomer: The refund never came\nand support ignores me\nمشتری: سفارش من نرسید\n";
const JSON: &str = "[{\"id\":\"a\",\"text\":\"Great value\"},{\"id\":\"b\",\"review\":\"Trop cher\"},{\"data\":[1,2]}]";

#[test]
fn parsers_never_panic_on_damaged_input() {
    let mut rng = Rng(0x5eed);
    for i in 0..3000 {
        let seed = [VTT, SRT, TXT][i % 3].as_bytes();
        let text = String::from_utf8_lossy(&mutate(&mut rng, seed)).into_owned();
        let _ = parse_subtitles(&text, &[]);
        let _ = parse_plain(&text, &[]);
        let mut counts = std::collections::BTreeMap::new();
        let end = text.len();
        let hs = text.char_indices().nth(rng.below(10)).map_or(0, |(b, _)| b);
        let _ = vocmine::redact::redact(&text, hs, end, &["Karim".to_string(), "ع".to_string(), String::new()], &mut counts);
        let _ = vocmine::ingest::parse_rating(&text);
        let _ = vocmine::ingest::parse_duration_hours(&text);
        let _ = vocmine::config::parse_timestamp(&text);
        let _ = vocmine::config::parse_date(&text);
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&String::from_utf8_lossy(&mutate(&mut rng, JSONL.lines().nth(1).unwrap().as_bytes()))) {
            let _ = turns_from_json(&v, &[]);
        }
    }
}

#[test]
fn the_binary_survives_hundreds_of_damaged_files() {
    let tmp = tempfile::tempdir().unwrap();
    let mut rng = Rng(0xf00d);
    let seeds: [(&str, &str); 6] = [("csv", CSV), ("jsonl", JSONL), ("vtt", VTT), ("srt", SRT), ("txt", TXT), ("json", JSON)];
    let mut names: Vec<String> = Vec::new();
    for i in 0..300 {
        let (ext, seed) = seeds[i % seeds.len()];
        let name = format!("f{i:03}.{ext}");
        std::fs::write(tmp.path().join(&name), mutate(&mut rng, seed.as_bytes())).unwrap();
        names.push(name);
    }
    // csv and jsonl files in one run (their columns differ file by file), the
    // one-conversation formats in another
    for group in [["csv", "jsonl", "json"].as_slice(), ["vtt", "srt", "txt"].as_slice()] {
        let mut args: Vec<String> = vec!["run".into()];
        args.extend(names.iter().filter(|n| group.iter().any(|g| n.ends_with(&format!(".{g}")))).cloned());
        let out = tmp.path().join(format!("out-{}", group[0]));
        args.extend(["--out".into(), out.to_str().unwrap().into(), "--quiet".into(), "--persona".into(), "rating_band".into()]);
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = crate::util::vocmine(&argv, tmp.path());
        assert!(
            matches!(r.code, 0..=2),
            "exit {} (a panic is 101): {}",
            r.code,
            r.stderr.lines().filter(|l| l.contains("panick")).collect::<Vec<_>>().join("\n")
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        if r.code != 2 {
            assert!(Path::new(&out).join("manifest.json").is_file());
        }
    }
}
