//! Data safety, as a nightly job that nobody watches needs it: a failed or killed run
//! never damages the last good output, nothing fails silently, and files that hold good
//! rows are read whatever else they hold.

use crate::util::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Short feedback in the four languages, written for these tests.
const TEXTS: &[&str] = &[
    "The app crashes every time I open the invoice page.",
    "I was charged twice this month and the refund never came.",
    "Support took four days to answer my ticket.",
    "L'application plante à chaque mise à jour, c'est pénible.",
    "La livraison est arrivée avec une semaine de retard.",
    "Le service client ne répond jamais au téléphone.",
    "التطبيق بطيء جدا ويتوقف عند الدفع",
    "تأخر التوصيل أسبوعين ولم يرد أحد على الشكوى",
    "خدمة العملاء ممتازة وسريعة في الرد",
    "برنامه خیلی کند است و مدام قطع می شود",
    "پشتیبانی جواب تیکت من را بعد از یک هفته داد",
    "هزینه اشتراک نسبت به امکانات خیلی گران است",
];

fn write_corpus(path: &Path, rows: usize, salt: usize) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(["id", "text", "rating", "plan"]).unwrap();
    for i in 0..rows {
        let t = TEXTS[(i * 7 + salt) % TEXTS.len()];
        let u = TEXTS[(i * 5 + 3) % TEXTS.len()];
        let text = if i % 2 == 0 { format!("{t} {u}") } else { t.to_string() };
        w.write_record([format!("r{salt}-{i}"), text, ((i % 5) + 1).to_string(), ["free", "pro"][i % 2].to_string()]).unwrap();
    }
    w.flush().unwrap();
}

fn sha(path: &Path) -> String {
    format!("{:x}", Sha256::digest(std::fs::read(path).unwrap()))
}

/// Every file of a directory with its hash.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir).unwrap().flatten().map(|e| (e.file_name().to_string_lossy().into_owned(), sha(&e.path()))).collect()
}

/// Checks that `out` holds one complete run: the manifest names every table with its
/// row count and hash, and nothing else is there.
fn assert_complete(out: &Path) -> String {
    let m = manifest(out);
    let tables = m["tables"].as_object().expect("manifest.tables");
    assert!(tables.len() >= 9, "{tables:?}");
    let mut names: Vec<String> = tables.keys().cloned().collect();
    names.push("manifest.json".into());
    names.sort();
    let mut present: Vec<String> = std::fs::read_dir(out).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    present.sort();
    assert_eq!(present, names, "files in {} are not those of its manifest", out.display());
    for (name, t) in tables {
        assert_eq!(t["sha256"].as_str().unwrap(), sha(&out.join(name)), "{name} does not match the manifest");
    }
    assert_eq!(u64s(&read(&out.join("documents.parquet")), "row").len() as u64, tables["documents.parquet"]["rows"].as_u64().unwrap());
    m["run_id"].as_str().expect("run_id").to_string()
}

fn out_arg(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_failed_run_leaves_the_last_good_output_untouched_and_says_why() {
    let tmp = tempfile::tempdir().unwrap();
    write_corpus(&tmp.path().join("a.csv"), 60, 0);
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "a.csv", "--out", out_arg(&out), "--persona", "plan", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_complete(&out);
    let before = snapshot(&out);

    // a typo in --persona: every file fails, exit 2, the error is printed with --quiet
    let r = vocmine(&["run", "a.csv", "--out", out_arg(&out), "--persona", "plna", "--quiet"], tmp.path());
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("\"plna\"") && r.stderr.contains("left as it was"), "{}", r.stderr);
    assert_eq!(snapshot(&out), before, "a failed run changed the output");

    // a missing input, a typo in --text, and a rating filter on a file without ratings
    for args in [vec!["run", "missing.csv"], vec!["run", "a.csv", "--text", "txet"], vec!["run", "a.csv", "--since", "2026-01-01"]] {
        let mut args = args;
        args.extend(["--out", out_arg(&out), "--quiet"]);
        let r = vocmine(&args, tmp.path());
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("file skipped") || r.stderr.contains("error"), "{args:?}: {}", r.stderr);
        assert_eq!(snapshot(&out), before, "{args:?} changed the output");
    }
    let r = vocmine(&["run", "a.csv", "--since", "2026-01-01", "--out", out_arg(&out)], tmp.path());
    assert!(r.stderr.contains("--created COL"), "a filter on a missing column names the fix: {}", r.stderr);

    // no staging directories are left beside the output
    let siblings: Vec<String> =
        std::fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.contains("vocmine-")).collect();
    assert!(siblings.is_empty(), "{siblings:?}");

    // a directory with files vocmine did not write is never replaced
    let mine = tmp.path().join("mine");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("notes.txt"), "my notes").unwrap();
    let r = vocmine(&["run", "a.csv", "--out", out_arg(&mine)], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("notes.txt"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(mine.join("notes.txt")).unwrap(), "my notes");
}

/// SIGKILL at 20 moments while a run overwrites a complete one: every time the output is
/// the complete old run or the complete new one, and the next run leaves no stray files.
#[cfg(unix)]
#[test]
fn a_killed_run_never_mixes_runs() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let tmp = tempfile::tempdir().unwrap();
    write_corpus(&tmp.path().join("old.csv"), 200, 1);
    write_corpus(&tmp.path().join("new.csv"), 3000, 2);
    let out = tmp.path().join("out");
    let run = |input: &str| {
        Command::new(env!("CARGO_BIN_EXE_vocmine"))
            .args(["run", input, "--out", out_arg(&out), "--persona", "plan", "--quiet", "--chunk-rows", "256"])
            .current_dir(tmp.path())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    assert!(run("old.csv").wait().unwrap().success());
    let old_id = assert_complete(&out);
    // how long a full overwrite takes here
    let t = Instant::now();
    assert!(run("new.csv").wait().unwrap().success());
    let full = t.elapsed();
    let new_docs = manifest(&out)["tables"]["documents.parquet"]["rows"].as_u64().unwrap();
    assert_eq!(new_docs, 3000);
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let (mut saw_old, mut saw_new) = (0, 0);
    for _ in 0..20 {
        assert!(run("old.csv").wait().unwrap().success());
        let id = assert_complete(&out);
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let at = full.mul_f64(((seed >> 11) as f64 / (1u64 << 53) as f64) * 1.2);
        let mut child = run("new.csv");
        std::thread::sleep(at);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let now = assert_complete(&out);
        let docs = manifest(&out)["tables"]["documents.parquet"]["rows"].as_u64().unwrap();
        if now == id {
            assert_eq!(docs, 200);
            saw_old += 1;
        } else {
            assert_eq!(docs, new_docs, "a new manifest over other tables");
            saw_new += 1;
        }
    }
    assert!(saw_old > 0, "no kill landed before the end of a run ({saw_new} after)");
    let _ = (old_id, Duration::ZERO);
    // the next run removes what killed runs left behind
    assert!(run("old.csv").wait().unwrap().success());
    assert_complete(&out);
    let stray: Vec<String> =
        std::fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.contains("vocmine-")).collect();
    assert!(stray.is_empty(), "stray staging directories: {stray:?}");
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn files_as_people_have_them_keep_every_row() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // JSON Lines whose first objects lack the text and persona keys
    let mut jl = String::from("{\"id\": \"j0\", \"stars\": 4}\n");
    for (i, t) in TEXTS.iter().enumerate() {
        jl.push_str(&serde_json::json!({"id": format!("j{}", i + 1), "comment": t, "plan": "pro"}).to_string());
        jl.push('\n');
    }
    write(dir, "late_keys.jsonl", jl.as_bytes());
    // bare-CR line ends
    let mut cr = String::from("id,text,plan\r");
    for (i, t) in TEXTS.iter().enumerate() {
        cr.push_str(&format!("c{i},\"{t}\",free\r"));
    }
    write(dir, "mac.csv", cr.as_bytes());
    // UTF-16 little-endian without a byte-order mark
    let mut u16 = String::from("id,text,plan\n");
    for (i, t) in TEXTS.iter().enumerate() {
        u16.push_str(&format!("u{i},\"{t}\",free\n"));
    }
    let bytes: Vec<u8> = u16.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    write(dir, "nobom16.csv", &bytes);
    let out = dir.join("out");
    let r = vocmine(&["run", "late_keys.jsonl", "mac.csv", "nobom16.csv", "--out", out_arg(&out), "--persona", "plan"], dir);
    assert_eq!(r.code, 1, "one empty JSON text is a rejected row: {}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    let ids = strs_nn(&docs, "doc_id");
    let n = TEXTS.len();
    assert_eq!(ids.iter().filter(|d| d.starts_with('j')).count(), n, "{ids:?}");
    assert_eq!(ids.iter().filter(|d| d.starts_with('c')).count(), n, "bare-CR rows: {ids:?}");
    assert_eq!(ids.iter().filter(|d| d.starts_with('u')).count(), n, "UTF-16 rows: {ids:?}");
    let langs: Vec<String> = strs_nn(&docs, "lang");
    assert!(langs.iter().filter(|l| *l == "fa").count() >= 9 && langs.iter().filter(|l| *l == "ar").count() >= 9, "decoded text is analysed: {langs:?}");
    assert!(r.stderr.contains("nobom16.csv") && r.stderr.contains("UTF-16LE"), "{}", r.stderr);
    assert!(r.stderr.contains("mac.csv") && r.stderr.contains("carriage return"), "{}", r.stderr);
    assert!(r.stderr.contains("late_keys.jsonl: text=\"comment\""), "the summary says which column is the text: {}", r.stderr);

    // empty, header-only and 0-byte files are reported; alone they produce nothing (2)
    write(dir, "zero.csv", b"");
    write(dir, "header.csv", b"id,text\n");
    let r = vocmine(&["run", "zero.csv", "header.csv", "--out", out_arg(&dir.join("empty")), "--quiet"], dir);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("zero.csv: the file is empty") && r.stderr.contains("header.csv: no rows"), "{}", r.stderr);
    assert!(!dir.join("empty").exists());
}

#[test]
fn a_text_column_picked_by_name_that_holds_flags_is_not_used() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // an Amazon-style export: `feedback` is 0/1, the reviews are in `verified_reviews`
    let mut w = csv::Writer::from_path(dir.join("alexa.tsv")).unwrap();
    w.write_record(["rating", "date", "feedback", "verified_reviews"]).unwrap();
    for i in 0..40 {
        w.write_record([((i % 5) + 1).to_string(), "31-Jul-18".to_string(), (i % 2).to_string(), TEXTS[i % TEXTS.len()].to_string()]).unwrap();
    }
    w.flush().unwrap();
    drop(w);
    std::fs::rename(dir.join("alexa.tsv"), dir.join("alexa.csv")).unwrap();
    let out = dir.join("out");
    let r = vocmine(&["run", "alexa.csv", "--out", out_arg(&out)], dir);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("\"feedback\"") && r.stderr.contains("took \"verified_reviews\""), "{}", r.stderr);
    let m = read(&out.join("mentions.parquet"));
    assert!(strs_nn(&m, "theme").len() >= 20, "mentions found in the real text column");

    // with only the flag column, the file is refused (exit 2)
    let mut w = csv::Writer::from_path(dir.join("flags.csv")).unwrap();
    w.write_record(["id", "feedback", "note_text"]).unwrap();
    for i in 0..40 {
        w.write_record([format!("f{i}"), (i % 2).to_string(), TEXTS[i % TEXTS.len()].to_string()]).unwrap();
    }
    w.flush().unwrap();
    let r = vocmine(&["run", "flags.csv", "--out", out_arg(&dir.join("o2")), "--quiet"], dir);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--text COL") && r.stderr.contains("\"note_text\""), "{}", r.stderr);
}

/// A pandas export: datetime, list and category columns beside the text. Every row is
/// kept; unused columns of any type are ignored.
#[test]
fn parquet_with_datetime_list_and_category_columns_keeps_every_row() {
    use polars::prelude::*;
    let tmp = tempfile::tempdir().unwrap();
    let n = TEXTS.len();
    let text = Series::new("text".into(), TEXTS);
    let id = Series::new("id".into(), (0..n).map(|i| format!("p{i}")).collect::<Vec<_>>());
    let created = Series::new("created_at".into(), (0..n as i64).map(|i| 1_767_225_600_000 + i * 86_400_000).collect::<Vec<i64>>())
        .cast(&DataType::Datetime(TimeUnit::Milliseconds, None))
        .unwrap();
    let tags = Series::new("tags".into(), (0..n).map(|i| Series::new("".into(), vec![format!("t{i}"), "x".to_string()])).collect::<Vec<_>>());
    let plan = Series::new("plan".into(), (0..n).map(|i| ["free", "pro"][i % 2]).collect::<Vec<_>>())
        .cast(&DataType::Categorical(None, CategoricalOrdering::Physical))
        .unwrap();
    let mut df = DataFrame::new(vec![id.into(), text.into(), created.into(), tags.into(), plan.into()]).unwrap();
    let path = tmp.path().join("pandas.parquet");
    ParquetWriter::new(std::fs::File::create(&path).unwrap()).finish(&mut df).unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "pandas.parquet", "--out", out_arg(&out), "--persona", "plan", "--period", "month"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id").len(), n);
    assert!(strs_nn(&docs, "created_at").iter().all(|c| c.starts_with("2026-01")), "{:?}", strs_nn(&docs, "created_at"));
    assert_eq!(strs_nn(&docs, "plan").iter().filter(|p| *p == "pro").count(), n / 2);
}

/// A planted corpus: personal data in all four languages inside ordinary complaints,
/// and customer names in a column. Nothing planted reaches a quote, a persona card or an
/// emergent term.
#[test]
fn planted_personal_data_reaches_no_table() {
    let tmp = tempfile::tempdir().unwrap();
    let planted: &[&str] = &[
        "4111.1111.1111.1111",
        "966551234567",
        "00966551234567",
        "۰۲۱ ۸۸۷۷ ۶۶۵۵",
        "۰۹۱۲\u{200c}۳۴۵\u{200c}۶۷۸۹",
        "۹۱۲۳۴۵۶۷۸۹",
        "fr76 3000 6000 0112 3456 7890 189",
        "078-05-1120",
        "(555) 123-4567",
        "jean.dupont[at]mail[dot]fr",
        "sara.k@example.com",
        "12 bis rue Victor Hugo",
        "پلاک ۱۲",
    ];
    let frames: &[&str] = &[
        "The app crashes when I pay, my card {} was charged twice and the refund never came.",
        "Le remboursement n'est jamais arrivé, appelez-moi au {} s'il vous plaît.",
        "لم يصل المبلغ المسترد بعد، رقمي {} والتطبيق بطيء جدا.",
        "پول من برنگشت و پشتیبانی جواب نمی دهد، شماره من {} است.",
    ];
    let names = ["Karim Benali", "Sophie Marchand", "علي الحربي", "مریم رضایی"];
    let mut w = csv::Writer::from_path(tmp.path().join("planted.csv")).unwrap();
    w.write_record(["id", "text", "customer", "plan"]).unwrap();
    let mut i = 0;
    for round in 0..6 {
        for p in planted {
            for (f, frame) in frames.iter().enumerate() {
                let name = names[(i + round) % names.len()];
                let text = format!("{} — {name}", frame.replace("{}", p));
                w.write_record([format!("p{i}"), text, name.to_string(), ["free", "pro"][f % 2].to_string()]).unwrap();
                i += 1;
            }
        }
    }
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "planted.csv", "--out", out_arg(&out), "--persona", "plan", "--redact-column", "Customer", "--quotes", "5"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut texts: Vec<String> = Vec::new();
    for table in ["quotes.parquet", "persona_summary.parquet", "emergent_terms.parquet"] {
        let df = read(&out.join(table));
        for c in df.get_columns() {
            if c.dtype() == &polars::prelude::DataType::String {
                texts.extend(strs(&df, c.name()).into_iter().flatten());
            }
        }
    }
    let quotes = strs_nn(&read(&out.join("quotes.parquet")), "text");
    assert!(quotes.len() >= 20 && quotes.iter().all(|q| q.contains("[")), "quotes were written and redacted: {quotes:?}");
    for t in &texts {
        for p in planted {
            assert!(!t.contains(p), "{p:?} in {t:?}");
        }
        let lower = t.to_lowercase();
        for n in names.iter().flat_map(|n| n.split(' ')) {
            assert!(!lower.contains(&n.to_lowercase()), "name {n:?} in {t:?}");
        }
    }
    let phrases = strs_nn(&read(&out.join("emergent_terms.parquet")), "phrase");
    assert!(!phrases.is_empty(), "emergent phrases are still found");
}

/// `-` reads standard input (format sniffed), and `[[input]]` sections of a config file
/// give each export its own columns, so one nightly run reads them all.
#[test]
fn standard_input_and_columns_per_input() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let mut jl = String::new();
    for (i, t) in TEXTS.iter().enumerate() {
        jl.push_str(&serde_json::json!({"id": format!("s{i}"), "text": t}).to_string());
        jl.push('\n');
    }
    let out = dir.join("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_vocmine"))
        .args(["run", "-", "--out", out_arg(&out)])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(jl.as_bytes()).unwrap();
    let r = child.wait_with_output().unwrap();
    assert_eq!(r.status.code(), Some(0), "{}", String::from_utf8_lossy(&r.stderr));
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id").len(), TEXTS.len());
    assert!(strs_nn(&docs, "source").iter().all(|s| s == "<stdin>"));
    assert!(std::fs::read_dir(&out).unwrap().flatten().all(|e| !e.file_name().to_string_lossy().contains("stdin")), "the copy of stdin is not left in --out");

    // two exports with different columns in one run
    let mut w = csv::Writer::from_path(dir.join("zendesk-2026-03.csv")).unwrap();
    w.write_record(["ticket_id", "subject", "description", "tier"]).unwrap();
    for (i, t) in TEXTS.iter().enumerate() {
        w.write_record([format!("z{i}"), "Help".to_string(), t.to_string(), "pro".to_string()]).unwrap();
    }
    w.flush().unwrap();
    let mut w = csv::Writer::from_path(dir.join("appstore.csv")).unwrap();
    w.write_record(["review_id", "content", "plan", "score"]).unwrap();
    for (i, t) in TEXTS.iter().enumerate() {
        w.write_record([format!("a{i}"), t.to_string(), "free".to_string(), "2".to_string()]).unwrap();
    }
    w.flush().unwrap();
    std::fs::write(
        dir.join("nightly.toml"),
        "inputs = [\"zendesk-*.csv\", \"appstore.csv\"]\nout = \"nightly\"\npersona = [\"plan\"]\n\n[[input]]\nfiles = \"zendesk-*.csv\"\ntext = [\"subject\", \"description\"]\nid = \"ticket_id\"\nrename = { tier = \"plan\" }\n\n[[input]]\nfiles = \"appstore.csv\"\ntext = [\"content\"]\nid = \"review_id\"\nrating = \"score\"\n",
    )
    .unwrap();
    let r = vocmine(&["run", "--config", "nightly.toml"], dir);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = read(&dir.join("nightly/documents.parquet"));
    let ids = strs_nn(&docs, "doc_id");
    assert_eq!(ids.len(), 2 * TEXTS.len(), "{ids:?}");
    let plans = strs_nn(&docs, "plan");
    for (id, plan) in ids.iter().zip(&plans) {
        assert_eq!(plan, if id.starts_with('z') { "pro" } else { "free" }, "{id}");
    }
    assert!(f64s(&docs, "rating").iter().zip(&ids).all(|(r, id)| id.starts_with('z') == r.is_none()));
}

/// `--redact-all`: an id column of e-mail addresses and a persona column of phone
/// numbers are redacted in every table.
#[test]
fn redact_all_covers_ids_and_persona_values() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = csv::Writer::from_path(tmp.path().join("ids.csv")).unwrap();
    w.write_record(["id", "text", "account"]).unwrap();
    for (i, t) in TEXTS.iter().enumerate() {
        w.write_record([format!("user{i}@example.com"), t.to_string(), format!("+33 6 12 34 56 {:02}", i)]).unwrap();
    }
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "ids.csv", "--out", out_arg(&out), "--persona", "account", "--redact-all", "--force-persona"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    for table in ["documents.parquet", "mentions.parquet", "quotes.parquet", "persona_themes.parquet", "persona_summary.parquet"] {
        let df = read(&out.join(table));
        for c in df.get_columns() {
            if c.dtype() == &polars::prelude::DataType::String {
                for v in strs(&df, c.name()).into_iter().flatten() {
                    assert!(!v.contains("@example.com") && !v.contains("12 34 56"), "{table}.{}: {v}", c.name());
                }
            }
        }
    }
    assert!(strs_nn(&read(&out.join("documents.parquet")), "doc_id").iter().all(|d| d == "[email]"));
}

/// Every engine reads the tables as plain numbers: no unsigned integer column anywhere.
#[test]
fn every_integer_column_is_signed() {
    use polars::prelude::DataType;
    let tmp = tempfile::tempdir().unwrap();
    let mut w = csv::Writer::from_path(tmp.path().join("t.csv")).unwrap();
    w.write_record(["id", "text", "plan", "created_at", "csat"]).unwrap();
    for (i, t) in TEXTS.iter().enumerate() {
        w.write_record([format!("t{i}"), t.to_string(), ["free", "pro"][i % 2].to_string(), format!("2026-03-{:02}", i + 1), "4".to_string()]).unwrap();
    }
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "t.csv", "--out", out_arg(&out), "--persona", "plan"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut ints = 0;
    for e in std::fs::read_dir(&out).unwrap().flatten() {
        if e.path().extension().is_some_and(|x| x == "parquet") {
            let df = read(&e.path());
            for c in df.get_columns() {
                assert!(
                    !matches!(c.dtype(), DataType::UInt8 | DataType::UInt16 | DataType::UInt32 | DataType::UInt64),
                    "{:?}.{} is {:?}",
                    e.file_name(),
                    c.name(),
                    c.dtype()
                );
                ints += matches!(c.dtype(), DataType::Int64 | DataType::Int32) as usize;
            }
        }
    }
    assert!(ints > 20, "{ints} integer columns");
}

/// A language column naming a language vocmine does not analyse (`nl`, `de`): those
/// reviews are kept as `other` and never read with the English or French lexicons (Dutch
/// bank reviews gave English mentions such as `die` → product quality).
#[test]
fn reviews_in_other_languages_are_not_read_as_english() {
    let tmp = tempfile::tempdir().unwrap();
    let mut w = csv::Writer::from_path(tmp.path().join("bank.csv")).unwrap();
    w.write_record(["id", "language", "text"]).unwrap();
    let rows = [
        ("n1", "nl", "De app crasht steeds en de service is slecht, die helpdesk helpt niet."),
        ("n2", "nl-BE", "Geen refund ontvangen, de support reageert nooit op mijn email."),
        ("d1", "de", "Die App stürzt ab und der Service ist langsam."),
        ("e1", "en", "The app crashes and the support never answers my email."),
        ("f1", "fr", "L'application plante et le service client ne répond jamais."),
        ("u1", "und", "The refund never came."),
    ];
    for (id, l, t) in rows {
        w.write_record([id, l, t]).unwrap();
    }
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "bank.csv", "--out", out_arg(&out)], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    let got: Vec<(String, String, u64)> =
        strs_nn(&docs, "doc_id").into_iter().zip(strs_nn(&docs, "lang")).zip(u64s(&docs, "n_mentions")).map(|((a, b), c)| (a, b, c)).collect();
    for (id, lang, n) in &got {
        match id.as_str() {
            "n1" | "n2" | "d1" => assert_eq!((lang.as_str(), *n), ("other", 0), "{id}: {got:?}"),
            "e1" => assert!(lang == "en" && *n >= 2, "{got:?}"),
            "f1" => assert!(lang == "fr" && *n >= 2, "{got:?}"),
            "u1" => assert_eq!(lang, "en", "und: identified"),
            _ => unreachable!(),
        }
    }
}
