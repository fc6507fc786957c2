//! `vocmine report` and `vocmine run … --report`: one self-contained HTML file whose
//! data block holds the run's tables (redacted quotes, right-to-left Arabic and Persian
//! quotes whose highlight is the matched text), and nothing from outside.

use crate::util::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// A small run in four languages, two segments, with ratings and dates, a quote holding
/// `</script>` and an e-mail address that redaction must remove.
fn fixture(dir: &Path) -> std::path::PathBuf {
    let texts: &[(&str, &str)] = &[
        ("ar", "التطبيق يعلق على Android بعد التحديث، ياريت تصلحونه بسرعة."),
        ("ar", "انخصم المبلغ مرتين وما رجعوا لي فلوسي."),
        ("ar", "خدمة العملاء ما ترد على الإيميلات، صار لي أسبوع أنتظر."),
        ("fa", "اپلیکیشن روی iPhone بعد از آپدیت کرش می‌کنه."),
        ("fa", "پشتیبانی جواب نمیده، سه روزه منتظرم."),
        ("fa", "برنامه مدام کرش می‌کنه و اطلاعاتم پاک شد."),
        ("fr", "L'appli plante dès que j'ouvre une facture."),
        ("fr", "On m'a prélevé deux fois et le remboursement n'arrive pas."),
        ("en", "The app keeps crashing when I open a report."),
        ("en", "I wrote to jane.doe@example.com twice: I was charged twice and still no refund."),
    ];
    let path = dir.join("fixture.csv");
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(["id", "text", "rating", "segment", "created_at"]).unwrap();
    for rep in 0..4 {
        for (i, (_, t)) in texts.iter().enumerate() {
            let seg = if i % 3 == 0 { "A" } else { "B" };
            let rating = ((i + rep) % 5 + 1).to_string();
            w.write_record([format!("d{rep}{i:02}"), t.to_string(), rating, seg.into(), format!("2026-0{}-1{}", 1 + rep % 3, i % 10)]).unwrap();
        }
    }
    // a segment of its own, whose only pain is quoted: its text must not end the script
    w.write_record(["x1", "The delivery was late </script><img src=x onerror=alert(1)> again.", "2", "C", "2026-03-02"]).unwrap();
    w.flush().unwrap();
    path
}

/// The JSON of the data block, and the HTML around it.
fn data_block(html: &str) -> Value {
    let open = "<script type=\"application/json\" id=\"vocmine-data\">";
    let start = html.find(open).expect("data block") + open.len();
    let len = html[start..].find("</script>").expect("end of the data block");
    serde_json::from_str(&html[start..start + len]).expect("the data block is JSON")
}

fn all_quotes(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(m) => {
            if m.contains_key("hl") && m.contains_key("pre") {
                out.push(v.clone());
            }
            m.values().for_each(|x| all_quotes(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| all_quotes(x, out)),
        _ => {}
    }
}

#[test]
fn run_with_report_writes_one_self_contained_page_with_rtl_quotes() {
    let tmp = tempfile::tempdir().unwrap();
    let input = fixture(tmp.path());
    let out = tmp.path().join("out");
    let r = vocmine(&["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "segment", "--report", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let page = out.join("report.html");
    let html = std::fs::read_to_string(&page).expect("report.html written next to the tables");
    let names: Vec<String> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.starts_with('.')), "temporary files left: {names:?}");

    // self-contained: no URL, no external stylesheet, script or font; a CSP forbids loads
    assert!(html.starts_with("<!DOCTYPE html>"));
    for bad in ["http://", "https://", "//cdn", "<link", "src=\"http", "url(", "@import"] {
        assert!(!html.contains(bad), "the report holds {bad:?}");
    }
    assert!(html.contains("Content-Security-Policy") && html.contains("default-src 'none'"));
    // a quote holding </script> cannot end a script element: only the two real ones end
    assert_eq!(html.matches("</script>").count(), 2, "a quote closed a script element");
    assert!(!html.contains("<img src=x"));

    let data = data_block(&html);
    assert_eq!(data["meta"]["analysed"].as_u64(), Some(41));
    assert_eq!(data["meta"]["date_from"], "2026-01-10");
    assert_eq!(data["meta"]["date_to"], "2026-03-19");
    for l in ["ar", "fa", "fr", "en"] {
        assert!(data["meta"]["languages"][l].as_u64().unwrap_or(0) > 0, "language {l} in the header");
    }
    // heatmap of the one dimension: every segment, cells with share and interval
    let h = &data["heatmaps"][0];
    assert_eq!(h["dim"], "segment");
    let values: Vec<&str> = h["rows"].as_array().unwrap().iter().map(|r| r["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["B", "A", "C"], "largest first");
    let pt = read(&out.join("persona_themes.parquet"));
    let (pdim, pval, ptheme, pshare) = (strs_nn(&pt, "persona_dim"), strs_nn(&pt, "persona_value"), strs_nn(&pt, "theme"), f64s(&pt, "share"));
    let themes: Vec<String> = data["themes"].as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap().to_string()).collect();
    for (k, ti) in h["themes"].as_array().unwrap().iter().enumerate() {
        let theme = &themes[ti.as_u64().unwrap() as usize];
        let cell = &h["rows"][0]["cells"][k];
        let i = (0..pt.height()).find(|&i| pdim[i] == "segment" && pval[i] == "B" && &ptheme[i] == theme).unwrap();
        assert!((cell[1].as_f64().unwrap() - pshare[i].unwrap()).abs() < 1e-4, "share of B/{theme}");
    }

    // quotes: the redacted text of quotes.parquet, split at its highlight
    let q = read(&out.join("quotes.parquet"));
    let (qid, qtext, hs, he) = (strs_nn(&q, "quote_id"), strs_nn(&q, "text"), u64s(&q, "highlight_start"), u64s(&q, "highlight_end"));
    let by_id: BTreeMap<&str, usize> = qid.iter().enumerate().map(|(i, id)| (id.as_str(), i)).collect();
    let m = read(&out.join("mentions.parquet"));
    let (mdoc, matched) = (strs_nn(&m, "doc_id"), strs_nn(&m, "matched"));
    let mut quotes = Vec::new();
    all_quotes(&data["cards"], &mut quotes);
    assert!(quotes.len() >= 6, "only {} quotes on the cards", quotes.len());
    let mut rtl_seen = BTreeMap::new();
    for x in &quotes {
        let i = by_id[x["id"].as_str().unwrap()];
        let (pre, hl, post) = (x["pre"].as_str().unwrap(), x["hl"].as_str().unwrap(), x["post"].as_str().unwrap());
        assert_eq!(format!("{pre}{hl}{post}"), qtext[i], "quote {} is the table's text", qid[i]);
        assert_eq!(hl, &qtext[i][hs[i] as usize..he[i] as usize]);
        let doc = x["doc"].as_str().unwrap();
        assert!(mdoc.iter().zip(&matched).any(|(d, mm)| d == doc && mm == hl), "highlight {hl:?} of {doc} is a matched mention");
        let lang = x["lang"].as_str().unwrap();
        let want = if lang == "ar" || lang == "fa" { "rtl" } else { "ltr" };
        assert_eq!(x["dir"], want, "direction of a {lang} quote");
        if want == "rtl" {
            rtl_seen.insert(lang.to_string(), hl.to_string());
        }
    }
    assert!(rtl_seen.contains_key("ar") && rtl_seen.contains_key("fa"), "an Arabic and a Persian quote on the cards: {rtl_seen:?}");
    // an Arabic quote with a Latin word keeps it (bidi is the browser's job, text is intact)
    assert!(
        quotes.iter().any(|x| x["lang"] == "ar" && format!("{}{}{}", x["pre"], x["hl"], x["post"]).contains("Android"))
            || quotes.iter().any(|x| x["lang"] == "fa")
    );
    // redaction: the address is not in the report, its placeholder is
    assert!(!html.contains("jane.doe"), "an e-mail address reached the report");
    let text_of_all: String =
        quotes.iter().map(|x| format!("{}{}{}", x["pre"].as_str().unwrap(), x["hl"].as_str().unwrap(), x["post"].as_str().unwrap())).collect();
    assert!(text_of_all.contains("[email]"), "the redacted quote is on a card");
    // the </script> text is on segment C's card, intact once the JSON is decoded
    let c = data["cards"].as_array().unwrap().iter().find(|c| c["value"] == "C").expect("card of C");
    let qc = &c["pains"][0]["quotes"][0];
    assert!(format!("{}{}{}", qc["pre"].as_str().unwrap(), qc["hl"].as_str().unwrap(), qc["post"].as_str().unwrap())
        .contains("</script><img src=x onerror=alert(1)>"));

    // trends by week (the run spans ten weeks), ratings, labels in English by default
    assert_eq!(data["trends"]["unit"], "week", "{}", data["trends"]);
    assert!(!data["trends"]["series"].as_array().unwrap().is_empty());
    assert_eq!(data["ratings"]["scale"], "1_5");
    assert!(data["ratings"]["mid_docs"].as_u64().unwrap() > 0 && data["ratings"]["rest_docs"].as_u64().unwrap() > 0);
    let tt = read(&out.join("themes.parquet"));
    let (tid, en, fa) = (strs_nn(&tt, "theme"), strs_nn(&tt, "label_en"), strs_nn(&tt, "label_fa"));
    let ix = tid.iter().position(|t| t == "billing").unwrap();
    let label = |d: &Value| d["themes"].as_array().unwrap().iter().find(|t| t["id"] == "billing").unwrap()["label"].as_str().unwrap().to_string();
    assert_eq!(label(&data), en[ix]);

    // `vocmine report` with another file and language: Persian labels, rtl page
    let custom = tmp.path().join("fa.html");
    let r = vocmine(&["report", out.to_str().unwrap(), "--out", custom.to_str().unwrap(), "--report-lang", "fa"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("report written to"), "{}", r.stderr);
    let html_fa = std::fs::read_to_string(&custom).unwrap();
    assert!(html_fa.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert_eq!(label(&data_block(&html_fa)), fa[ix]);
    // an unknown language or directory is a clear error, exit 2
    let r = vocmine(&["report", out.to_str().unwrap(), "--report-lang", "de"], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown --report-lang"), "{}", r.stderr);
    let r = vocmine(&["report", tmp.path().join("nowhere").to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("manifest.json"), "{}", r.stderr);
}

/// The README's first command, then `vocmine report out`: the bundled sample shows
/// significant persona differences on the page, and the page stays small.
#[test]
fn report_of_the_bundled_sample_shows_distinctive_themes() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let sample = root().join("data/reviews.csv");
    let r = vocmine(&["run", sample.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan", "--persona", "role", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = vocmine(&["report", out.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.len() < 1_000_000, "{} bytes", html.len());
    let data = data_block(&html);
    let cards = data["cards"].as_array().unwrap();
    let with_dist: Vec<String> = cards
        .iter()
        .filter(|c| !c["distinctive"].as_array().unwrap().is_empty())
        .map(|c| format!("{}={}", c["dim"].as_str().unwrap(), c["value"].as_str().unwrap()))
        .collect();
    for want in ["plan=free", "plan=pro", "plan=enterprise"] {
        assert!(with_dist.contains(&want.to_string()), "{want} has no distinctive theme: {with_dist:?}");
    }
    // significant cells are there to be marked, and quotes in all four languages
    let sig = data["heatmaps"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|h| h["rows"].as_array().unwrap().iter())
        .flat_map(|r| r["cells"].as_array().unwrap().iter())
        .filter(|c| c[7].as_f64().is_some_and(|q| q < 0.05) && c[5].as_f64().is_some_and(|l| l > 1.0))
        .count();
    assert!(sig >= 5, "{sig} significant cells");
    let mut quotes = Vec::new();
    all_quotes(&data["cards"], &mut quotes);
    for l in ["en", "fr", "ar", "fa"] {
        assert!(quotes.iter().any(|q| q["lang"] == l), "no {l} quote on the cards");
    }
    assert_eq!(data["trends"]["unit"], "month");
    assert!(data["trends"]["periods"].as_array().unwrap().len() >= 12);
}

/// Periods and rating bands are ordered dimensions: their heatmap rows keep their order.
#[test]
fn ordered_dimensions_keep_their_order() {
    let tmp = tempfile::tempdir().unwrap();
    let input = fixture(tmp.path());
    let out = tmp.path().join("out");
    let r = vocmine(
        &["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "period", "--persona", "rating_band", "--quiet", "--report"],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let data = data_block(&std::fs::read_to_string(out.join("report.html")).unwrap());
    let rows = |k: usize| -> Vec<String> { data["heatmaps"][k]["rows"].as_array().unwrap().iter().map(|r| r["value"].as_str().unwrap().to_string()).collect() };
    assert_eq!(data["heatmaps"][0]["dim"], "period");
    assert_eq!(rows(0), ["2026-01", "2026-02", "2026-03"]);
    assert_eq!(rows(1), ["1-2", "3", "4", "5"]);
}

/// A scheduled run asks for the report in its TOML file, in French.
#[test]
fn config_file_asks_for_the_report() {
    let tmp = tempfile::tempdir().unwrap();
    let input = fixture(tmp.path());
    let cfg = tmp.path().join("job.toml");
    std::fs::write(
        &cfg,
        format!("inputs = [{:?}]\nout = \"o\"\npersona = [\"segment\"]\nquiet = true\nreport = true\nreport_lang = \"fr\"\n", input.to_str().unwrap()),
    )
    .unwrap();
    let r = vocmine(&["run", "--config", cfg.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "quiet: {}", r.stderr);
    let html = std::fs::read_to_string(tmp.path().join("o/report.html")).expect("report.html from the config");
    assert!(html.contains("<html lang=\"fr\" dir=\"ltr\">"));
    let tt = read(&tmp.path().join("o/themes.parquet"));
    let (tid, fr) = (strs_nn(&tt, "theme"), strs_nn(&tt, "label_fr"));
    let want = &fr[tid.iter().position(|t| t == "billing").unwrap()];
    let data = data_block(&html);
    assert_eq!(data["themes"].as_array().unwrap().iter().find(|t| t["id"] == "billing").unwrap()["label"].as_str(), Some(want.as_str()));
    // without the key, no report
    std::fs::write(&cfg, format!("inputs = [{:?}]\nout = \"o2\"\nquiet = true\n", input.to_str().unwrap())).unwrap();
    assert_eq!(vocmine(&["run", "--config", cfg.to_str().unwrap()], tmp.path()).code, 0);
    assert!(!tmp.path().join("o2/report.html").exists());
}

/// A run with no persona dimension, no dates and no ratings still gives a page: the
/// whole-corpus card, and no trends or ratings view.
#[test]
fn report_of_a_bare_run() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("bare.csv");
    std::fs::write(&path, "text\nThe app keeps crashing.\nLe colis est arrivé en retard.\nپشتیبانی جواب نمیده.\n").unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet", "--report-lang", "ar"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let html = std::fs::read_to_string(out.join("report.html")).expect("--report-lang alone asks for the report");
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let data = data_block(&html);
    assert_eq!(data["heatmaps"].as_array().map(Vec::len), Some(0));
    let cards = data["cards"].as_array().unwrap();
    assert_eq!(cards.len(), 1);
    assert_eq!(cards[0]["dim"], "all");
    assert_eq!(cards[0]["docs"].as_u64(), Some(3));
    assert!(data["trends"].is_null() && data["ratings"].is_null(), "{} {}", data["trends"], data["ratings"]);
    assert!(data["meta"]["date_from"].is_null());
}

/// A pain that rises in the last month is an alert of `changes.parquet`: the report
/// lists it with a quote from that month.
#[test]
fn a_rising_pain_is_shown_with_its_quotes() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("rise.csv");
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(["id", "text", "created_at"]).unwrap();
    for month in 1..=5 {
        for i in 0..30 {
            let late = if month == 5 { i < 20 } else { i < 2 };
            let text = if late { format!("The delivery was late again, order {i} arrived after two weeks.") } else { "Nice app, easy to use.".to_string() };
            w.write_record([format!("m{month}-{i}"), text, format!("2026-0{month}-{:02}", i % 28 + 1)]).unwrap();
        }
    }
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet", "--report"], tmp.path());
    assert!(r.code == 0, "{}", r.stderr);
    let data = data_block(&std::fs::read_to_string(out.join("report.html")).unwrap());
    let a = &data["alerts"];
    assert!(a["compared"].as_u64().unwrap() > 0, "{a}");
    let rows = a["rows"].as_array().unwrap();
    let themes = data["themes"].as_array().unwrap();
    let row = rows.iter().find(|x| themes[x["theme"].as_u64().unwrap() as usize]["id"] == "delivery").unwrap_or_else(|| panic!("no delivery alert: {a}"));
    assert_eq!(row["period"], "2026-05");
    assert!(row["share"].as_f64().unwrap() > row["baseline_share"].as_f64().unwrap());
    let q = &row["quotes"][0];
    assert!(q["doc"].as_str().unwrap().starts_with("m5-"), "the quote comes from the alert's month: {q}");
    assert_eq!(q["hl"], "delivery");
    // change quotes are not on the cards: cards quote the whole run
    let mut quotes = Vec::new();
    all_quotes(&data["cards"], &mut quotes);
    assert!(quotes.iter().all(|q| !q["id"].as_str().unwrap().starts_with("change:")));
}
