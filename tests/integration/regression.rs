//! One test per fixed bug.

use crate::util::*;
use vocmine::analyze::analyze_text;
use vocmine::lang::Lang;
use vocmine::lexicon::LexiconSet;

/// A bare carriage return inside an unquoted field (real support-tweet exports) split
/// the record in two and rejected both halves.
#[test]
fn bare_carriage_return_inside_a_field_is_text() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("cr.csv"), b"id,text,plan\n1,first part\r\rsecond part of the refund story,pro\n2,Delivery was late,free\r\n").unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "cr.csv", "--out", out.to_str().unwrap(), "--persona", "plan", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&d, "doc_id"), ["1", "2"]);
    assert_eq!(strs_nn(&d, "plan"), ["pro", "free"]);
}

/// A term that contains its own negator (`لا يعمل`, `never arrived`) was negated by it
/// and lost its pain.
#[test]
fn a_negator_inside_a_term_does_not_negate_it() {
    let lex = LexiconSet::bundled().unwrap();
    for (text, lang, theme) in [
        ("التطبيق لا يعمل بعد التحديث", Lang::Ar, "product.reliability"),
        ("My parcel never arrived", Lang::En, "delivery"),
        ("کار نمی‌کند", Lang::Fa, "product.reliability"),
    ] {
        let d = analyze_text(&lex, text, Some(lang));
        let m: Vec<_> = d.mentions.iter().filter(|m| lex.theme(m.theme).id == theme).collect();
        assert!(!m.is_empty() && m.iter().all(|m| m.pain && !m.negated), "{text}: {:?}", d.mentions);
    }
}

/// The Persian stemmer turned تومان into تو ("in") and بهترین into به ("to").
#[test]
fn persian_stemmer_keeps_toman_and_best() {
    let p = vocmine::text::TextPipeline::default();
    for (w, want) in [("تومان", "تومان"), ("بهترین", "بهترین"), ("بهتر", "بهتر")] {
        let a = p.analyze(w, Some(Lang::Fa));
        assert_eq!(&*a.tokens[0].forms.key, want, "{w}");
    }
}

/// Date and column filters are applied and counted.
#[test]
fn since_until_and_where_filters() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let sample = root().join("data/reviews.csv");
    let r = vocmine(
        &[
            "run",
            sample.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--since",
            "2026-02-01",
            "--until",
            "2026-03-31",
            "--where",
            "plan=pro",
            "--where",
            "plan=free",
            "--quiet",
        ],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, rows) = read_csv(&sample);
    let want: Vec<String> = rows
        .iter()
        .filter(|r| r[6].as_str() >= "2026-02-01" && r[6].as_str() < "2026-04-01" && (r[3] == "pro" || r[3] == "free"))
        .map(|r| r[0].clone())
        .collect();
    let d = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&d, "doc_id"), want);
    let m = manifest(&out);
    let f = &m["counts"]["filtered"];
    let total: u64 = ["since", "until", "where"].iter().map(|k| f[k].as_u64().unwrap_or(0)).sum();
    assert_eq!(total as usize, rows.len() - want.len(), "{f}");
}

/// Emoji, numbers and prices shared by documents of different languages reused the
/// lexicon symbols of whichever language met them first in a thread, so the output
/// depended on the thread count.
#[test]
fn shared_emoji_and_numbers_do_not_depend_on_threads() {
    let tmp = tempfile::tempdir().unwrap();
    let texts = [
        "Terrible app 😡 crashed 3 times, paid 20€ for nothing 👎",
        "Application nulle 😡 plantée 3 fois, payé 20€ pour rien 👎",
        "التطبيق سيء 😡 علق 3 مرات ودفعت 20€ على الفاضي 👎",
        "برنامه افتضاح 😡 سه بار کرش کرد و 20€ پول دادم 👎",
        "Great support 👍 answered in 2 hours 😍",
        "Service au top 👍 réponse en 2 heures 😍",
        "خدمة ممتازة 👍 ردوا خلال 2 ساعة 😍",
        "پشتیبانی عالی 👍 در 2 ساعت جواب دادند 😍",
    ];
    let mut w = csv::Writer::from_path(tmp.path().join("mix.csv")).unwrap();
    w.write_record(["id", "text", "plan"]).unwrap();
    for i in 0..6000 {
        w.write_record([format!("m{i}"), texts[(i * 5 + i / 7) % texts.len()].to_string(), ["a", "b"][i % 2].to_string()]).unwrap();
    }
    w.flush().unwrap();
    let mut outs = Vec::new();
    for threads in ["1", "4"] {
        let out = tmp.path().join(format!("out{threads}"));
        let r = vocmine(&["run", "mix.csv", "--out", out.to_str().unwrap(), "--persona", "plan", "--threads", threads, "--quiet"], tmp.path());
        assert_eq!(r.code, 0, "{}", r.stderr);
        outs.push(out);
    }
    for t in TABLES {
        assert!(std::fs::read(outs[0].join(t)).unwrap() == std::fs::read(outs[1].join(t)).unwrap(), "{t} differs");
    }
}

/// A WebVTT or SRT cue whose text is `<v`, or `<v` then a multi-byte character, panicked
/// in the voice-tag parser and aborted the whole run.
#[test]
fn broken_voice_tag_in_subtitles_does_not_abort_the_run() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("call1.vtt"),
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v\n\n00:00:02.000 --> 00:00:03.000\n<vé\n\n00:00:03.000 --> 00:00:05.000\n<vالعميل\n\n00:00:05.000 --> 00:00:08.000\n<v Customer>The refund never came.\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("call2.srt"),
        "1\n00:00:01,000 --> 00:00:02,000\n<v\n\n2\n00:00:02,000 --> 00:00:04,000\nClient: Le colis n'est jamais arrivé\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "call1.vtt", "call2.srt", "--out", out.to_str().unwrap(), "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let d = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&d, "doc_id"), ["call1", "call2"]);
    // the broken cues are kept as turns with no speaker, the voiced ones keep theirs
    assert_eq!(u64s(&d, "n_turns"), [4, 2]);
}

/// Ratings were not range-checked: `1e300,5,4,3` gave the 5-star band a mean of −4.6e12.
/// A rating outside 0–100 now keeps its row with no rating and a warning row.
#[test]
fn out_of_range_ratings_are_dropped_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("reviews.csv"),
        "id,text,rating\n\
         r1,The delivery was late again and support never answered,1e300\n\
         r2,Great app and fast delivery,5\n\
         r3,Good value but the app is slow,4\n\
         r4,The refund took three weeks,3\n\
         r5,Billing charged me twice this month,-2\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", "reviews.csv", "--out", out.to_str().unwrap(), "--persona", "rating_band", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let d = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&d, "doc_id"), ["r1", "r2", "r3", "r4", "r5"]);
    assert_eq!(f64s(&d, "rating"), [None, Some(5.0), Some(4.0), Some(3.0), None]);
    let rej = read(&out.join("rejects.parquet"));
    let (rows, fields, reasons, sev) = (u64s(&rej, "row"), strs_nn(&rej, "field"), strs_nn(&rej, "reason"), strs_nn(&rej, "severity"));
    assert_eq!(rows, [1, 5], "{reasons:?}");
    assert!(fields.iter().all(|f| f == "rating"), "{fields:?}");
    assert!(sev.iter().all(|s| s == "warning"), "{sev:?}");
    assert!(reasons[0].contains("1e300") && reasons[0].contains("0 to 100"), "{reasons:?}");
    assert!(strs_nn(&rej, "source").iter().all(|s| s.ends_with("reviews.csv")));
    // no persona mean is poisoned
    let p = read(&out.join("persona_themes.parquet"));
    assert!(f64s(&p, "mean_rating").iter().flatten().all(|m| (3.0..=5.0).contains(m)), "{:?}", f64s(&p, "mean_rating"));
}

/// Metric durations of `1e20` hours were accepted. A duration over ten years (written or
/// measured from the creation time) is now ignored with a warning; the row is kept.
#[test]
fn absurd_ticket_durations_are_ignored_with_a_warning() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("tickets.csv"),
        "id,text,opened,closed,first_reply\n\
         t1,My invoice is wrong and nobody replies,2024-03-01T09:00:00Z,2024-03-01T13:00:00Z,1e20\n\
         t2,The app crashes at login,2024-03-02T09:00:00Z,2024-03-02T10:00:00Z,45m\n\
         t3,Refund still not received,2024-03-03T09:00:00Z,2999-03-03T09:00:00Z,2h\n",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(
        &[
            "run",
            "tickets.csv",
            "--out",
            out.to_str().unwrap(),
            "--created",
            "opened",
            "--resolved",
            "closed",
            "--first-response",
            "first_reply",
            "--kind",
            "ticket",
            "--quiet",
        ],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(strs_nn(&read(&out.join("documents.parquet")), "doc_id"), ["t1", "t2", "t3"]);
    let rej = read(&out.join("rejects.parquet"));
    let (rows, fields, reasons) = (u64s(&rej, "row"), strs_nn(&rej, "field"), strs_nn(&rej, "reason"));
    assert_eq!(rows, [1, 3], "{reasons:?}");
    assert_eq!(fields, ["first_reply", "closed"]);
    assert!(reasons[0].contains("1e20") && reasons[0].contains("10 years"), "{reasons:?}");
    assert!(reasons[1].contains("2999") && reasons[1].contains("10 years"), "{reasons:?}");
    let mt = read(&out.join("metrics.parquet"));
    let frt = f64s(&mt, "first_response_p90_h");
    let res = f64s(&mt, "resolution_median_h");
    assert!(frt.iter().flatten().all(|h| *h <= 2.0) && res.iter().flatten().all(|h| *h <= 4.0), "{frt:?} {res:?}");
}

/// "Excellent." says nothing about its language; in a French export it is French, at any
/// chunk size (the file's language comes from its first records, not from a chunk).
#[test]
fn an_undecided_short_review_takes_the_language_of_its_file() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("avis.csv");
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(["id", "text"]).unwrap();
    let fr = ["Le service était lent mais le personnel est aimable.", "Les plats sont trop chers pour la qualité.", "Très bon accueil, nous reviendrons."];
    for i in 0..30 {
        w.write_record([format!("f{i}"), fr[i % 3].to_string()]).unwrap();
    }
    w.write_record(["short", "Excellent."]).unwrap();
    w.write_record(["en", "Great food and lovely staff."]).unwrap();
    w.flush().unwrap();
    for chunk in ["1", "8192"] {
        let out = tmp.path().join(format!("out{chunk}"));
        let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--chunk-rows", chunk, "--quiet"], tmp.path());
        assert_eq!(r.code, 0, "{}", r.stderr);
        let docs = read(&out.join("documents.parquet"));
        let (ids, langs) = (strs_nn(&docs, "doc_id"), strs_nn(&docs, "lang"));
        let lang_of = |id: &str| langs[ids.iter().position(|x| x == id).unwrap()].clone();
        assert_eq!(lang_of("short"), "fr", "chunk {chunk}");
        assert_eq!(lang_of("en"), "en", "evidence wins over the file's language (chunk {chunk})");
    }
}

/// One field of 300 KB (a pasted log): cut at
/// --max-text-bytes with a warning naming file, row and field; the other rows are kept.
#[test]
fn a_huge_text_field_is_cut_with_a_warning_and_does_not_stall_the_run() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("huge.csv");
    let big: String = "The delivery was late and nobody answered. ".repeat(300_000 / 43);
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(["id", "text"]).unwrap();
    w.write_record(["a", "Great app, easy to use."]).unwrap();
    w.write_record(["huge", big.as_str()]).unwrap();
    w.write_record(["b", "Too expensive for what it does."]).unwrap();
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--max-text-bytes", "100000", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id"), ["a", "huge", "b"]);
    let rej = read(&out.join("rejects.parquet"));
    let (rows, reasons, sev) = (u64s(&rej, "row"), strs_nn(&rej, "reason"), strs_nn(&rej, "severity"));
    let k = (0..rej.height()).find(|&k| reasons[k].contains("--max-text-bytes")).expect("a warning for the cut text");
    assert_eq!((rows[k], sev[k].as_str()), (2, "warning"), "{}", reasons[k]);
    assert_eq!(manifest(&out)["counts"]["warnings"]["text_truncated"], 1);
    // the cut keeps whole sentences: the last mention ends before the limit
    let m = read(&out.join("mentions.parquet"));
    let ends: Vec<u64> = (0..m.height()).filter(|&i| strs_nn(&m, "doc_id")[i] == "huge").map(|i| u64s(&m, "end")[i]).collect();
    assert!(!ends.is_empty() && ends.iter().all(|&e| e <= 100_000));
}

/// Parquet columns as pandas, Arrow and Spark write them: a `category` (dictionary-
/// encoded) text and persona column, a decimal, a timestamp, a struct. Every row is read,
/// no panic, whether or not the column is used.
#[test]
fn parquet_inputs_with_dictionary_decimal_timestamp_and_struct_columns_are_read() {
    use polars::prelude::*;
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("export.parquet");
    let texts = ["The delivery was late again.", "Too expensive for what it is.", "Le service client ne répond jamais."];
    let cat = |name: &str, v: &[&str]| Series::new(name.into(), v).cast(&DataType::Categorical(None, CategoricalOrdering::Physical)).unwrap();
    let amount = Series::new("amount".into(), [150i128, 2999, 10]).cast(&DataType::Decimal(Some(10), Some(2))).unwrap();
    let created = Series::new("created_at".into(), [1_700_000_000_000i64, 1_700_100_000_000, 1_700_200_000_000])
        .cast(&DataType::Datetime(TimeUnit::Milliseconds, None))
        .unwrap();
    let meta = StructChunked::from_series("meta".into(), 3, [Series::new("k".into(), ["a", "b", "c"]), Series::new("n".into(), [1i32, 2, 3])].iter())
        .unwrap()
        .into_series();
    let mut df = DataFrame::new(vec![
        Series::new("id".into(), ["r1", "r2", "r3"]).into(),
        cat("text", &texts).into(),
        cat("plan", &["free", "pro", "free"]).into(),
        amount.into(),
        created.into(),
        meta.into(),
    ])
    .unwrap();
    ParquetWriter::new(std::fs::File::create(&path).unwrap()).finish(&mut df).unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id"), ["r1", "r2", "r3"]);
    assert_eq!(strs_nn(&docs, "plan"), ["free", "pro", "free"]);
    assert!(strs_nn(&docs, "created_at").iter().all(|d| d.starts_with("2023-11")), "{:?}", strs_nn(&docs, "created_at"));
    let themes = strs_nn(&docs, "themes");
    assert!(themes[0].contains("delivery") && themes[1].contains("price"), "{themes:?}");
}

/// `--threads 100000` is capped at 4 per core with a message, not obeyed.
#[test]
fn an_absurd_thread_count_is_capped() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("few.csv");
    std::fs::write(&path, "id,text\n1,The delivery was late.\n2,Great app.\n").unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--threads", "100000"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("--threads 100000 is more than 4 per core"), "{}", r.stderr);
    let cores = std::thread::available_parallelism().unwrap().get() as u64;
    let used = manifest(&out)["timings"]["threads"].as_u64().unwrap();
    assert!(used <= 4 * cores, "{used} threads on {cores} cores");
}
