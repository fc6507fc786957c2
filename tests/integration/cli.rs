//! End-to-end tests of `vocmine run`, `explain`, `eval` and `lexicon check`: the real
//! binary on our own sample data, read back from Parquet.

use crate::util::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn sample() -> std::path::PathBuf {
    root().join("data/reviews.csv")
}

/// A multilingual corpus of `n` rows built from the sample texts, with ids, plans and
/// roles, written as CSV.
fn corpus(dir: &Path, n: usize) -> std::path::PathBuf {
    let (_, rows) = read_csv(&sample());
    let plans = ["free", "pro", "enterprise"];
    let roles = ["admin", "agent", "end_user", "developer"];
    let mut w = csv::Writer::from_path(dir.join("corpus.csv")).unwrap();
    w.write_record(["id", "text", "rating", "plan", "role"]).unwrap();
    for i in 0..n {
        let r = &rows[(i * 7) % rows.len()];
        let other = &rows[(i * 13 + 5) % rows.len()];
        let text = if i % 3 == 0 { format!("{}\n\n{}", r[1], other[1]) } else { r[1].clone() };
        w.write_record([format!("c{i:05}"), text, r[2].clone(), plans[i % 3].to_string(), roles[(i / 3) % 4].to_string()]).unwrap();
    }
    w.flush().unwrap();
    dir.join("corpus.csv")
}

#[test]
fn sample_run_writes_every_table_with_consistent_columns() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", sample().to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan", "--persona", "role", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "--quiet prints nothing: {}", r.stderr);
    for t in TABLES {
        assert!(out.join(t).is_file(), "{t} missing");
    }
    let names: Vec<String> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "temporary files left: {names:?}");

    let (_, rows) = read_csv(&sample());
    let texts: BTreeMap<String, String> = rows.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(docs.height(), rows.len());
    let ids = strs_nn(&docs, "doc_id");
    assert_eq!(ids, rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>());
    let langs = strs_nn(&docs, "lang");
    for (i, want) in [(0, "en"), (12, "fr"), (24, "ar"), (36, "fa")] {
        assert_eq!(langs[i], want, "language of {}", ids[i]);
    }
    assert_eq!(strs_nn(&docs, "plan")[0], "pro");

    // mentions point into the document text
    let m = read(&out.join("mentions.parquet"));
    assert!(m.height() > 60, "only {} mentions", m.height());
    let (mid, starts, ends, matched) = (strs_nn(&m, "doc_id"), u64s(&m, "start"), u64s(&m, "end"), strs_nn(&m, "matched"));
    for i in 0..m.height() {
        let text = &texts[&mid[i]];
        assert_eq!(&text[starts[i] as usize..ends[i] as usize], matched[i], "mention {i}");
    }
    // every language produced mentions and pains
    let mlang = strs_nn(&m, "lang");
    let pains = bools(&m, "pain");
    for l in ["en", "fr", "ar", "fa"] {
        assert!(mlang.iter().zip(&pains).any(|(x, p)| x == l && *p), "no pain mention in {l}");
    }

    // persona_themes: every plan and role value, and all/all; ci_low <= share <= ci_high
    let pt = read(&out.join("persona_themes.parquet"));
    let dims = strs_nn(&pt, "persona_dim");
    let vals = strs_nn(&pt, "persona_value");
    let seen: BTreeSet<(String, String)> = dims.iter().cloned().zip(vals.iter().cloned()).collect();
    for want in [("all", "all"), ("plan", "free"), ("plan", "pro"), ("plan", "enterprise"), ("role", "admin"), ("role", "agent"), ("role", "end_user")] {
        assert!(seen.contains(&(want.0.to_string(), want.1.to_string())), "no rows for {want:?}");
    }
    let (share, lo, hi) = (f64s(&pt, "share"), f64s(&pt, "ci_low"), f64s(&pt, "ci_high"));
    for i in 0..pt.height() {
        let (s, l, h) = (share[i].unwrap(), lo[i].unwrap(), hi[i].unwrap());
        assert!(l <= s + 1e-12 && s <= h + 1e-12, "row {i}: {l} {s} {h}");
    }
    // docs and persona_docs agree with documents.parquet
    let theme = strs_nn(&pt, "theme");
    let docs_col = u64s(&pt, "docs");
    let pdocs = u64s(&pt, "persona_docs");
    let doc_themes = strs_nn(&docs, "themes");
    let plans = strs_nn(&docs, "plan");
    for i in 0..pt.height() {
        if dims[i] == "plan" {
            let want_n = plans.iter().filter(|p| **p == vals[i]).count() as u64;
            assert_eq!(pdocs[i], want_n);
            let want_k = plans.iter().zip(&doc_themes).filter(|(p, t)| **p == vals[i] && t.split(',').any(|x| x == theme[i])).count() as u64;
            assert_eq!(docs_col[i], want_k, "{} {} {}", dims[i], vals[i], theme[i]);
        }
    }

    // quotes: highlight inside the quote and covering a mention of the theme's term
    let q = read(&out.join("quotes.parquet"));
    assert!(q.height() > 30);
    let (qt, hs, he) = (strs_nn(&q, "text"), u64s(&q, "highlight_start"), u64s(&q, "highlight_end"));
    let qdoc = strs_nn(&q, "doc_id");
    for i in 0..q.height() {
        assert!(hs[i] < he[i] && he[i] as usize <= qt[i].len(), "quote {i}");
        let hl = &qt[i][hs[i] as usize..he[i] as usize];
        assert!(texts[&qdoc[i]].contains(&qt[i]), "quote {i} is a sentence of its document");
        assert!(matched.iter().zip(&mid).any(|(mm, d)| d == &qdoc[i] && mm == hl), "quote {i} highlight {hl:?} is a mention");
    }
    let themes = read(&out.join("themes.parquet"));
    assert_eq!(themes.height(), 19);
    let man = manifest(&out);
    assert_eq!(man["counts"]["analysed"].as_u64(), Some(rows.len() as u64));
    // the sample is large enough for persona statistics, in every language
    for l in ["en", "fr", "ar", "fa"] {
        let n = langs.iter().filter(|x| *x == l).count() as u64;
        assert_eq!(man["counts"]["languages"][l].as_u64(), Some(n), "{l}");
        assert!(n >= 100, "only {n} {l} documents in the sample");
    }
    // … and it shows what lift is for: distinctive themes (q < 0.05) for every plan
    let (lift_low, qv, low) = (f64s(&pt, "lift_low"), f64s(&pt, "q_value"), bools(&pt, "low_support"));
    for plan in ["free", "pro", "enterprise"] {
        let sig = (0..pt.height())
            .filter(|&i| dims[i] == "plan" && vals[i] == plan && !low[i] && lift_low[i].is_some_and(|l| l > 1.0) && qv[i].is_some_and(|q| q < 0.05))
            .count();
        assert!(sig >= 1, "no significant theme for plan {plan}");
    }
}

#[test]
fn broken_rows_are_rejected_and_good_rows_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("broken.csv");
    let mut bytes: Vec<u8> = Vec::new();
    bytes.extend_from_slice(b"id,text,rating,plan\n");
    bytes.extend_from_slice(b"a1,The refund never arrived and support ignores me,1,pro\n");
    bytes.extend_from_slice(b"a2,too,many,fields,here\n");
    bytes.extend_from_slice(b"a3,Le prix est correct mais la livraison \xe9tait lente,3,free\n");
    bytes.extend_from_slice(b"a4,,4,free\n");
    bytes.extend_from_slice("a5,السعر مناسب والتوصيل سريع,great,pro\n".as_bytes());
    bytes.extend_from_slice("a6,پشتیبانی جواب نمیده,2,free\n".as_bytes());
    bytes.extend_from_slice(b"a7,\"An unbalanced quote starts here,2,pro\n");
    bytes.extend_from_slice(b"a8,this row is swallowed,1,pro\n");
    std::fs::write(&p, &bytes).unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", p.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan"], tmp.path());
    assert_eq!(r.code, 1, "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    let ids = strs_nn(&docs, "doc_id");
    assert_eq!(ids, ["a1", "a5", "a6"]);
    assert_eq!(f64s(&docs, "rating")[1], None, "non-numeric rating kept as empty");
    let rej = read(&out.join("rejects.parquet"));
    let rows = u64s(&rej, "row");
    let reasons = strs_nn(&rej, "reason");
    // row 5 is kept: its unreadable rating is a warning row
    assert_eq!(rows, [2, 3, 4, 5, 7], "{reasons:?}");
    assert_eq!(strs_nn(&rej, "severity"), ["error", "error", "error", "warning", "error"]);
    assert!(reasons[0].contains("5 fields, expected 4"), "{}", reasons[0]);
    assert!(reasons[1].contains("not valid UTF-8") && reasons[1].contains("--encoding windows-1252"), "{}", reasons[1]);
    assert!(reasons[2].contains("empty text"), "{}", reasons[2]);
    assert!(reasons[3].contains("\"great\" is not a number"), "{}", reasons[3]);
    assert!(reasons[4].contains("unbalanced quote") && reasons[4].contains("line 8"), "{}", reasons[4]);
    let fields = strs(&rej, "field");
    assert_eq!(fields[1].as_deref(), Some("text"));
    let man = manifest(&out);
    assert_eq!(man["counts"]["warnings"]["rating_not_numeric"], 1);
    assert_eq!(man["counts"]["rejected"], 4);
    assert!(r.stderr.contains("rejected"), "{}", r.stderr);
}

#[test]
fn thread_count_does_not_change_a_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), 4500);
    let mut outs = Vec::new();
    for threads in ["1", "4"] {
        let out = tmp.path().join(format!("out{threads}"));
        let r = vocmine(
            &["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan", "--persona", "role", "--threads", threads, "--quiet"],
            tmp.path(),
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        outs.push(out);
    }
    for t in TABLES {
        let a = std::fs::read(outs[0].join(t)).unwrap();
        let b = std::fs::read(outs[1].join(t)).unwrap();
        assert!(a == b, "{t} differs between --threads 1 and --threads 4");
    }
    let docs = read(&outs[0].join("documents.parquet"));
    assert_eq!(docs.height(), 4500);
}

#[test]
fn every_input_format_reads_the_same_documents() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, rows) = read_csv(&sample());
    let rows = &rows[..12.min(rows.len())];
    // TSV
    let mut tsv = String::from("id\ttext\trating\n");
    // JSONL and JSON array
    let mut jsonl = String::new();
    let mut arr = Vec::new();
    for r in rows {
        tsv.push_str(&format!("{}\t{}\t{}\n", r[0], r[1].replace('"', "\"\""), r[2]));
        let o = serde_json::json!({"id": r[0], "text": r[1], "rating": r[2].parse::<f64>().unwrap()});
        jsonl.push_str(&o.to_string());
        jsonl.push('\n');
        arr.push(o);
    }
    std::fs::write(tmp.path().join("in.tsv"), tsv).unwrap();
    std::fs::write(tmp.path().join("in.jsonl"), jsonl).unwrap();
    std::fs::write(tmp.path().join("in.json"), serde_json::to_string(&arr).unwrap()).unwrap();
    // Parquet
    {
        use polars::prelude::*;
        let mut df = DataFrame::new(vec![
            Column::new("id".into(), rows.iter().map(|r| r[0].clone()).collect::<Vec<_>>()),
            Column::new("text".into(), rows.iter().map(|r| r[1].clone()).collect::<Vec<_>>()),
            Column::new("rating".into(), rows.iter().map(|r| r[2].parse::<i64>().unwrap()).collect::<Vec<_>>()),
        ])
        .unwrap();
        ParquetWriter::new(std::fs::File::create(tmp.path().join("in.parquet")).unwrap()).finish(&mut df).unwrap();
    }
    let mut results = Vec::new();
    for f in ["in.tsv", "in.jsonl", "in.json", "in.parquet"] {
        let out = tmp.path().join(format!("out-{f}"));
        let r = vocmine(&["run", f, "--out", out.to_str().unwrap(), "--quiet"], tmp.path());
        assert_eq!(r.code, 0, "{f}: {}", r.stderr);
        let d = read(&out.join("documents.parquet"));
        results.push((strs_nn(&d, "doc_id"), f64s(&d, "rating"), strs_nn(&d, "themes")));
    }
    for r in &results[1..] {
        assert_eq!(r, &results[0]);
    }
    assert_eq!(results[0].0.len(), rows.len());
    // a glob reads all four
    let out = tmp.path().join("all");
    let r = vocmine(&["run", "in.*", "--out", out.to_str().unwrap(), "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(read(&out.join("documents.parquet")).height(), rows.len() * 4);
}

#[test]
fn spreadsheet_encodings_are_decoded() {
    let tmp = tempfile::tempdir().unwrap();
    let fr = "id,text\nf1,\"Le remboursement n'est jamais arrivé, très déçu\"\n";
    let ar = "id,text\na1,خدمة العملاء سيئة والتوصيل متأخر\n";
    let (fr_bytes, _, _) = encoding_rs::WINDOWS_1252.encode(fr);
    let (ar_bytes, _, _) = encoding_rs::WINDOWS_1256.encode(ar);
    std::fs::write(tmp.path().join("fr.csv"), &fr_bytes).unwrap();
    std::fs::write(tmp.path().join("ar.csv"), &ar_bytes).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "id,text\nu1,La livraison était rapide\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(tmp.path().join("u16.csv"), &utf16).unwrap();
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice("id,text\nb1,Delivery was late\n".as_bytes());
    std::fs::write(tmp.path().join("bom.csv"), &bom).unwrap();

    let check = |file: &str, enc: Option<&str>, want_theme: &str, want_text_part: &str| {
        let out = tmp.path().join(format!("out-{file}"));
        let mut args = vec!["run", file, "--out", out.to_str().unwrap(), "--quiet"];
        if let Some(e) = enc {
            args.extend(["--encoding", e]);
        }
        let r = vocmine(&args, tmp.path());
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        let d = read(&out.join("documents.parquet"));
        assert_eq!(d.height(), 1, "{file}");
        assert!(strs_nn(&d, "themes")[0].contains(want_theme), "{file}: {:?}", strs_nn(&d, "themes"));
        let m = read(&out.join("mentions.parquet"));
        assert!(strs_nn(&m, "matched").iter().any(|x| x.contains(want_text_part)), "{file}: {:?}", strs_nn(&m, "matched"));
    };
    check("fr.csv", Some("windows-1252"), "billing", "remboursement");
    check("ar.csv", Some("windows-1256"), "delivery", "التوصيل");
    check("u16.csv", None, "delivery", "livraison");
    check("bom.csv", None, "delivery", "Delivery");
    // without --encoding, every row of the Windows-1252 file is rejected with a hint:
    // nothing usable, so exit 2 and no output, even with --quiet the reason is printed
    let out = tmp.path().join("no-enc");
    let r = vocmine(&["run", "fr.csv", "--out", out.to_str().unwrap(), "--quiet"], tmp.path());
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!out.exists(), "a run that produced nothing wrote an output directory");
    assert!(r.stderr.contains("--encoding windows-1252") && r.stderr.contains("fr.csv: row 1"), "{}", r.stderr);
}

#[test]
fn argument_and_file_errors_are_clear() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    // unknown column: lists the columns, nothing usable → exit 2
    let r = vocmine(&["run", sample().to_str().unwrap(), "--out", out.to_str().unwrap(), "--text", "body"], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no column \"body\"") && r.stderr.contains("\"plan\""), "{}", r.stderr);
    // unknown file type and a missing file next to a good one: the good one is analysed
    std::fs::write(tmp.path().join("notes.xlsx"), b"PK").unwrap();
    let r = vocmine(&["run", "notes.xlsx", "missing.csv", sample().to_str().unwrap(), "--out", out.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("notes.xlsx: unknown file type"), "{}", r.stderr);
    assert!(r.stderr.contains("missing.csv: cannot open"), "{}", r.stderr);
    assert_eq!(read(&out.join("documents.parquet")).height(), read_csv(&sample()).1.len());
    let rej = read(&out.join("rejects.parquet"));
    assert_eq!(u64s(&rej, "row"), [0, 0]);
    // bad flag values
    let r = vocmine(&["run", sample().to_str().unwrap(), "--out", out.to_str().unwrap(), "--kind", "tweet"], tmp.path());
    assert_eq!(r.code, 2);
    // the choices are clap's, listed in the error and in --help
    assert!(r.stderr.contains("invalid value 'tweet' for '--kind") && r.stderr.contains("review, ticket, transcript, survey"), "{}", r.stderr);
    let r = vocmine(&["run", "--help"], tmp.path());
    assert!(r.stdout.contains("possible values: review, ticket, transcript, survey"), "{}", r.stdout);
    assert!(r.stdout.contains("- all:") && r.stdout.contains("Every turn (customer, agent, bot, system, unknown)"), "{}", r.stdout);
    let r = vocmine(&["run", "nothing-*.csv", "--out", out.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("matches no file"), "{}", r.stderr);
    // invalid lexicon: every problem with file and line, exit 2
    let lex = tmp.path().join("lex");
    std::fs::create_dir_all(lex.join("themes")).unwrap();
    std::fs::write(lex.join("themes/price.lex"), "theme = price\nflavour = x\n[en]\nprice | shiny\n[xx]\n").unwrap();
    let r = vocmine(&["lexicon", "check", lex.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 2);
    for want in ["themes/price.lex:2", "themes/price.lex:4", "themes/price.lex:5"] {
        assert!(r.stderr.contains(want), "{want} in {}", r.stderr);
    }
    let r = vocmine(&["run", sample().to_str().unwrap(), "--out", out.to_str().unwrap(), "--lexicons", lex.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 2);
}

#[test]
fn config_file_gives_the_same_settings_and_flags_override_it() {
    let tmp = tempfile::tempdir().unwrap();
    let cfg = tmp.path().join("job.toml");
    std::fs::write(&cfg, format!("inputs = [{:?}]\nout = \"cfg-out\"\npersona = [\"plan\"]\nmin_rating = 4\nquiet = true\n", sample().to_str().unwrap()))
        .unwrap();
    let r = vocmine(&["run", "--config", cfg.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = read(&tmp.path().join("cfg-out/documents.parquet"));
    assert!(f64s(&d, "rating").iter().all(|r| r.unwrap() >= 4.0));
    let n = read_csv(&sample()).1.len();
    assert!(d.height() > 5 && d.height() < n);
    let man = manifest(&tmp.path().join("cfg-out"));
    assert_eq!(man["counts"]["analysed"].as_u64().unwrap() as usize, d.height());
    assert_eq!(man["counts"]["filtered"]["min_rating"].as_u64().unwrap() as usize, n - d.height());
    // a flag wins over the file
    let r = vocmine(&["run", "--config", cfg.to_str().unwrap(), "--min-rating", "1", "--out", "cfg-out2"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(read(&tmp.path().join("cfg-out2/documents.parquet")).height(), n);
    // unknown keys are refused with the file name
    std::fs::write(&cfg, "inputs = [\"x.csv\"]\nout = \"o\"\npersonas = [\"plan\"]\n").unwrap();
    let r = vocmine(&["run", "--config", cfg.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("job.toml") && r.stderr.contains("personas"), "{}", r.stderr);
    // choices read as the flags read them (any case, aliases); a lexicon list may be one
    // string; settings that were flags only (chunk_rows) are keys too
    let src = sample();
    std::fs::write(&cfg, format!("inputs = [{src:?}]\nout = \"cfg-out3\"\nkind = \"Tickets\"\nlexicons = \"default\"\nchunk_rows = 7\nquiet = true\n"))
        .unwrap();
    let r = vocmine(&["run", "--config", cfg.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = read(&tmp.path().join("cfg-out3/documents.parquet"));
    assert_eq!(d.height(), n);
    assert!(d.column("kind").unwrap().str().unwrap().into_iter().all(|k| k == Some("ticket")));
    std::fs::write(&cfg, format!("inputs = [{src:?}]\nout = \"o\"\nkind = \"tweet\"\n")).unwrap();
    let r = vocmine(&["run", "--config", cfg.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("job.toml") && r.stderr.contains("\"tweet\": expected review, ticket, transcript, survey"), "{}", r.stderr);
}

#[test]
fn explain_shows_each_step_as_json() {
    let tmp = tempfile::tempdir().unwrap();
    let r = vocmine(&["explain", "Le SAV ne répond pas, j’attends depuis 3 semaines."], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["lang"], "fr");
    let toks = v["tokens"].as_array().unwrap();
    let j = toks.iter().find(|t| t["surface"] == "j’").unwrap();
    assert_eq!(j["normalised"], "je");
    assert!(v["mentions"].as_array().unwrap().iter().any(|m| m["theme"].as_str().unwrap().starts_with("support")));
}

#[test]
fn eval_scores_a_gold_file() {
    let tmp = tempfile::tempdir().unwrap();
    let gold = tmp.path().join("mini.jsonl");
    let lines = [
        r#"{"id": "1", "lang": "en", "text": "The waiter was rude and slow.", "themes": ["support"], "pains": ["support"], "scored": ["price", "support"]}"#,
        r#"{"id": "2", "lang": "en", "text": "Great prices, friendly staff.", "themes": ["price", "support"], "pains": [], "scored": ["price", "support"]}"#,
        r#"{"id": "3", "lang": "fr", "text": "Les plats étaient froids.", "themes": [], "pains": [], "scored": ["price", "support"]}"#,
    ];
    std::fs::write(&gold, lines.join("\n")).unwrap();
    let r = vocmine(&["eval", gold.to_str().unwrap(), "--errors", "5"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("mini       theme support"), "{}", r.stdout);
    assert!(r.stdout.contains("SUMMARY theme_macro_f1=1.000 pain_macro_f1=1.000"), "{}", r.stdout);
}

/// Every table (and the manifest's counts) is byte-identical at any thread count, chunk
/// size and with phrase pruning at work (a small `--phrase-capacity`).
#[test]
fn threads_chunks_and_phrase_pruning_do_not_change_a_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let input = corpus(tmp.path(), 3000);
    let all = ["documents", "mentions", "persona_themes", "quotes", "persona_summary", "emergent_terms", "metrics", "themes", "rejects"];
    let mut outs = Vec::new();
    for (threads, chunk) in [("1", "8192"), ("2", "7"), ("4", "1000")] {
        let out = tmp.path().join(format!("out{threads}-{chunk}"));
        let r = vocmine(
            &[
                "run",
                input.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--persona",
                "plan",
                "--persona",
                "role",
                "--threads",
                threads,
                "--chunk-rows",
                chunk,
                "--phrase-capacity",
                "40",
                "--quiet",
            ],
            tmp.path(),
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        outs.push(out);
    }
    let man = manifest(&outs[0]);
    assert!(man["counts"]["phrase_floor"].as_u64().unwrap() > 0, "the capacity must force pruning: {}", man["counts"]);
    for t in all {
        let a = std::fs::read(outs[0].join(format!("{t}.parquet"))).unwrap();
        for o in &outs[1..] {
            let b = std::fs::read(o.join(format!("{t}.parquet"))).unwrap();
            assert!(a == b, "{t}.parquet differs: {}", o.display());
        }
    }
    for o in &outs[1..] {
        assert_eq!(manifest(o)["counts"], man["counts"]);
    }
    let em = read(&outs[0].join("emergent_terms.parquet"));
    assert!(em.height() > 0, "emergent phrases survive pruning");
}

/// `lexicon audit --sample`: the same mentions at any thread count, drawn by document and
/// position (so a sample before and after a lexicon edit can be compared line by line).
#[test]
fn audit_samples_are_the_same_at_any_thread_count() {
    let tmp = tempfile::tempdir().unwrap();
    let mut outs = Vec::new();
    for threads in ["1", "3"] {
        let out = tmp.path().join(format!("s{threads}.tsv"));
        let r = vocmine(
            &["lexicon", "audit", sample().to_str().unwrap(), "--sample", "12", "--threads", threads, "--out", out.to_str().unwrap(), "--quiet"],
            tmp.path(),
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        outs.push(std::fs::read_to_string(&out).unwrap());
    }
    assert_eq!(outs[0], outs[1]);
    let rows: Vec<&str> = outs[0].lines().skip(1).collect();
    for lang in ["ar", "fa", "fr", "en"] {
        assert_eq!(rows.iter().filter(|l| l.starts_with(&format!("{lang}\t"))).count(), 12, "{lang}: {}", outs[0]);
    }
}

/// Rejects are counted by kind in the manifest, the kind decided where the problem is
/// found (not from the message text): empty text, wrong field count, a JSON element
/// that is not an object; the rows of the same files that are fine are all analysed.
#[test]
fn rejects_are_counted_by_kind() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("a.csv"), "id,text\n1,Le service client ne répond jamais\n2,\n3,too,many,fields\n4,La livraison est arrivée\n").unwrap();
    std::fs::write(tmp.path().join("b.json"), r#"[{"id": "x", "text": "التطبيق يتوقف دائما"}, 5, {"id": "y", "text": "پشتیبانی جواب نمی‌دهد"}]"#).unwrap();
    let r = vocmine(&["run", "a.csv", "b.json", "--out", "out"], tmp.path());
    assert_eq!(r.code, 1, "{}", r.stderr);
    let m = manifest(&tmp.path().join("out"));
    let by = &m["counts"]["rejected_by_reason"];
    assert_eq!((by["empty_text"].as_u64(), by["wrong_field_count"].as_u64(), by["invalid_json"].as_u64()), (Some(1), Some(1), Some(1)), "{by}");
    assert_eq!(read(&tmp.path().join("out/documents.parquet")).height(), 4);
    let rej = read(&tmp.path().join("out/rejects.parquet"));
    assert!(rej.column("severity").unwrap().str().unwrap().into_iter().all(|s| s == Some("error")));
}
