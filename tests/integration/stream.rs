//! `vocmine stream`: one JSON result per JSON input line, in order, error lines included.

use std::io::Write;
use std::process::{Command, Stdio};

#[test]
fn ten_thousand_lines_in_ten_thousand_lines_out_in_order() {
    let texts = [
        "The refund never came and support ignores my emails.",
        "La livraison est arrivée avec une semaine de retard.",
        "التطبيق بطيء جدا ويتوقف عند الدفع",
        "پشتیبانی جواب تیکت من را بعد از یک هفته داد",
    ];
    let mut input = String::new();
    for i in 0..10_000 {
        match i % 1000 {
            7 => input.push_str("{not json\n"),
            8 => input.push('\n'),
            9 => input.push_str("[1, 2, 3]\n"),
            10 => input.push_str("{\"id\": \"x\", \"text\": \"\"}\n"),
            _ => {
                input.push_str(&serde_json::json!({"id": format!("d{i}"), "text": texts[i % 4]}).to_string());
                input.push('\n');
            }
        }
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_vocmine"))
        .args(["stream", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(1), "error lines make exit 1: {}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 10_000);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["line"], i as u64 + 1, "in order");
        match i % 1000 {
            7 => assert!(l["error"].as_str().unwrap().contains("invalid JSON")),
            8 => assert!(l["error"].as_str().unwrap().contains("empty line")),
            9 => assert!(l["error"].as_str().unwrap().contains("JSON object")),
            10 => assert!(l["error"].as_str().unwrap().contains("empty text") && l["id"] == "x"),
            _ => {
                assert_eq!(l["id"], format!("d{i}"));
                let want = [("en", "billing"), ("fr", "delivery"), ("ar", "performance"), ("fa", "support")][i % 4];
                assert_eq!(l["lang"], want.0, "{l}");
                assert!(l["themes"].as_array().unwrap().iter().any(|t| t.as_str().unwrap().contains(want.1)), "{l}");
                let m = &l["mentions"][0];
                let text = texts[i % 4];
                let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
                assert_eq!(&text[s..e], m["matched"].as_str().unwrap());
                let chars: String = text
                    .chars()
                    .skip(m["start_char"].as_u64().unwrap() as usize)
                    .take((m["end_char"].as_u64().unwrap() - m["start_char"].as_u64().unwrap()) as usize)
                    .collect();
                assert_eq!(chars, m["matched"].as_str().unwrap());
            }
        }
    }
}
