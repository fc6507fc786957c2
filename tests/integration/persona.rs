//! Persona evidence on a corpus with planted effects: a theme over-represented three
//! times in one persona value, a phrase no lexicon knows, personal data in quotes. The
//! statistics are checked against values computed here from documents.parquet.

use crate::util::*;
use std::collections::BTreeMap;

struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    fn pick<'a>(&mut self, v: &'a [&'a str]) -> &'a str {
        v[(self.next() * v.len() as f64) as usize % v.len()]
    }
}

const BILLING: &[&str] = &[
    "I was charged twice this month and the refund never came, write to me at jane.doe@example.com",
    "They billed my card twice and I am still waiting for the refund, call me on +33 6 12 34 56 78",
    "On m'a prélevé deux fois et le remboursement n'arrive pas.",
    "تم خصم المبلغ مرتين وما رجعوا لي فلوسي",
    "دو بار از حسابم پول کم شد و هنوز برنگشته",
];
const BACKGROUND: &[&str] = &[
    "The delivery was late and the box arrived damaged.",
    "Very easy to use, the interface is clean.",
    "Support answered quickly and solved my problem.",
    "L'interface est claire et facile à prendre en main.",
    "Le personnel est très aimable.",
    "البرنامج سهل الاستخدام",
    "الموظفين محترمين جدا",
    "کار با برنامه خیلی ساده است",
    "پشتیبانی خیلی خوب جواب داد",
    "The app is fine for my daily notes.",
];

fn planted_corpus(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let mut rng = Lcg(42);
    let mut w = csv::Writer::from_path(dir.join("planted.csv")).unwrap();
    w.write_record(["id", "text", "rating", "plan", "role", "author"]).unwrap();
    let plans = ["free", "pro", "enterprise"];
    let roles = ["admin", "agent", "end_user"];
    for i in 0..n {
        let plan = plans[i % 3];
        let role = roles[(i / 3) % 3];
        let p_billing = if plan == "pro" { 0.30 } else { 0.10 };
        let mut parts: Vec<String> = vec![rng.pick(BACKGROUND).to_string()];
        if rng.next() < p_billing {
            parts.push(rng.pick(BILLING).to_string());
        }
        if rng.next() < 0.02 {
            parts.push("I love the purple llama mascot on the home page.".into());
        }
        let rating = 1 + (rng.next() * 5.0) as u32 % 5;
        w.write_record([format!("p{i:05}"), parts.join(" "), rating.to_string(), plan.into(), role.into(), "Karima Benali".into()]).unwrap();
    }
    w.flush().unwrap();
    dir.join("planted.csv")
}

#[test]
fn planted_over_representation_is_found_with_its_interval_and_q_value() {
    let tmp = tempfile::tempdir().unwrap();
    let input = planted_corpus(tmp.path(), 3000);
    let out = tmp.path().join("out");
    let r = vocmine(
        &["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan", "--persona", "role", "--redact-column", "author", "--quiet"],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);

    // independent computation from documents.parquet
    let docs = read(&out.join("documents.parquet"));
    let plans = strs_nn(&docs, "plan");
    let themes = strs_nn(&docs, "themes");
    let has = |i: usize, t: &str| themes[i].split(',').any(|x| x == t);
    let n_pro = plans.iter().filter(|p| *p == "pro").count() as f64;
    let k_pro = (0..docs.height()).filter(|&i| plans[i] == "pro" && has(i, "billing")).count() as f64;
    let n_rest = docs.height() as f64 - n_pro;
    let k_rest = (0..docs.height()).filter(|&i| plans[i] != "pro" && has(i, "billing")).count() as f64;
    let want_lift = (k_pro / n_pro) / (k_rest / n_rest);

    let pt = read(&out.join("persona_themes.parquet"));
    let (dim, val, th) = (strs_nn(&pt, "persona_dim"), strs_nn(&pt, "persona_value"), strs_nn(&pt, "theme"));
    let (lift, lo, hi, q) = (f64s(&pt, "lift"), f64s(&pt, "lift_low"), f64s(&pt, "lift_high"), f64s(&pt, "q_value"));
    let row = (0..pt.height()).find(|&i| dim[i] == "plan" && val[i] == "pro" && th[i] == "billing").expect("plan=pro billing row");
    assert!((lift[row].unwrap() - want_lift).abs() < 1e-9, "lift {} vs {want_lift}", lift[row].unwrap());
    let (l, h) = (lo[row].unwrap(), hi[row].unwrap());
    assert!(l <= 3.0 && 3.0 <= h, "interval [{l}, {h}] should contain the planted 3");
    assert!(l <= lift[row].unwrap() && lift[row].unwrap() <= h);
    assert!(q[row].unwrap() < 0.01, "q = {}", q[row].unwrap());
    // cells without a planted effect: most are not significant
    let null_rows: Vec<usize> = (0..pt.height()).filter(|&i| dim[i] == "role" && q[i].is_some()).collect();
    let quiet = null_rows.iter().filter(|&&i| q[i].unwrap() > 0.05).count();
    assert!(quiet * 10 >= null_rows.len() * 8, "{quiet} of {} role cells have q > 0.05", null_rows.len());

    // the persona card lists the planted pain first, with a redacted quote containing a term
    let ps = read(&out.join("persona_summary.parquet"));
    let (pdim, pval) = (strs_nn(&ps, "persona_dim"), strs_nn(&ps, "persona_value"));
    let i = (0..ps.height()).find(|&i| pdim[i] == "plan" && pval[i] == "pro").unwrap();
    assert_eq!(strs_nn(&ps, "pain_1")[i], "billing");
    assert!(strs_nn(&ps, "distinctive_1")[i] == "billing", "{:?}", strs_nn(&ps, "distinctive_themes")[i]);
    let qid = strs_nn(&ps, "pain_1_quote_id")[i].clone();
    let quotes = read(&out.join("quotes.parquet"));
    let qids = strs_nn(&quotes, "quote_id");
    let qtext = strs_nn(&quotes, "text");
    let qterm = strs_nn(&quotes, "term");
    let k = qids.iter().position(|x| *x == qid).expect("quote id of the summary exists in quotes");
    let (hs, he) = (u64s(&quotes, "highlight_start")[k] as usize, u64s(&quotes, "highlight_end")[k] as usize);
    assert!(!qtext[k][hs..he].is_empty(), "{}", qtext[k]);
    let _ = &qterm[k];
    for t in &qtext {
        assert!(!t.contains('@') || t.contains("[email]"), "e-mail survived: {t}");
        assert!(!t.contains("12 34 56 78"), "phone survived: {t}");
        assert!(!t.contains("Karima"), "author survived: {t}");
    }
    let man = manifest(&out);
    assert!(
        man["counts"]["redactions"]["email"].as_u64().unwrap_or(0) + man["counts"]["redactions"]["phone"].as_u64().unwrap_or(0) > 0,
        "{}",
        man["counts"]["redactions"]
    );

    // the planted phrase no lexicon knows is an emergent term of English
    let em = read(&out.join("emergent_terms.parquet"));
    let (el, ep, ed) = (strs_nn(&em, "lang"), strs_nn(&em, "phrase"), strs_nn(&em, "persona_dim"));
    assert!(
        (0..em.height()).any(|i| el[i] == "en" && ep[i] == "purple llama" && ed[i] == "all"),
        "phrases: {:?}",
        ep.iter().zip(&el).filter(|(_, l)| *l == "en").take(20).collect::<Vec<_>>()
    );
    // … and `lexicon suggest` turns it into a lexicon stub that loads
    let r = vocmine(&["lexicon", "suggest", out.to_str().unwrap()], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stub = std::fs::read_to_string(out.join("suggested.lex")).unwrap();
    let en = &stub[stub.find("[en]").expect("an [en] section")..];
    assert!(en.lines().any(|l| l.starts_with("purple llama ")), "{stub}");
    let lex = vocmine::lexicon::LexiconSet::from_files(vec![("themes/emergent.lex".into(), stub)], "stub").expect("the stub is a valid theme file");
    assert!(lex.terms.iter().any(|t| t.text == "purple llama"));
}

#[test]
fn rating_filters_keep_exactly_three_and_four_stars() {
    let tmp = tempfile::tempdir().unwrap();
    let input = planted_corpus(tmp.path(), 600);
    let out = tmp.path().join("out");
    let r = vocmine(
        &["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--min-rating", "3", "--max-rating", "4", "--persona", "rating_band", "--quiet"],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, rows) = read_csv(&input);
    let want: Vec<String> = rows.iter().filter(|r| r[2] == "3" || r[2] == "4").map(|r| r[0].clone()).collect();
    let docs = read(&out.join("documents.parquet"));
    assert_eq!(strs_nn(&docs, "doc_id"), want);
    let bands: BTreeMap<String, usize> = strs_nn(&docs, "rating_band").into_iter().fold(BTreeMap::new(), |mut m, b| {
        *m.entry(b).or_default() += 1;
        m
    });
    assert_eq!(bands.keys().cloned().collect::<Vec<_>>(), ["3", "4"]);
    let man = manifest(&out);
    let removed = man["counts"]["filtered"]["min_rating"].as_u64().unwrap_or(0) + man["counts"]["filtered"]["max_rating"].as_u64().unwrap_or(0);
    assert_eq!(removed as usize, rows.len() - want.len());
}

#[test]
fn crossed_dimensions_periods_and_the_cardinality_guard() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let sample = root().join("data/reviews.csv");
    let r = vocmine(
        &["run", sample.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "plan+role", "--persona", "period", "--period", "quarter", "--quiet"],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pt = read(&out.join("persona_themes.parquet"));
    let vals: std::collections::BTreeSet<(String, String)> = strs_nn(&pt, "persona_dim").into_iter().zip(strs_nn(&pt, "persona_value")).collect();
    assert!(vals.contains(&("plan+role".into(), "pro+admin".into())), "{vals:?}");
    assert!(vals.contains(&("period".into(), "2026-Q1".into())) && vals.contains(&("period".into(), "2026-Q2".into())), "{vals:?}");
    // an id column as a persona is refused, unless forced
    let r = vocmine(&["run", sample.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "id", "--max-persona-values", "20"], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("persona dimension \"id\" has more than 20 distinct values"), "{}", r.stderr);
    let leftovers: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with('.')).collect();
    assert!(leftovers.is_empty(), "temporary files left after an error: {leftovers:?}");
    let r = vocmine(
        &["run", sample.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "id", "--max-persona-values", "20", "--force-persona", "--quiet"],
        tmp.path(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// One review raises two pains very strongly; other reviews raise each pain alone. The
/// persona card must not quote that one review for both pains.
#[test]
fn persona_card_quotes_a_different_document_for_each_pain() {
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("cards.csv");
    let mut w = csv::Writer::from_path(&path).unwrap();
    w.write_record(["id", "text", "segment"]).unwrap();
    w.write_record(["both", "Awful: the delivery was extremely late and the price is absolutely outrageous, a total rip off!", "A"]).unwrap();
    for i in 0..6 {
        w.write_record([format!("late{i}"), "The delivery was late again.".to_string(), "A".into()]).unwrap();
        w.write_record([format!("price{i}"), "Too expensive for what it is.".to_string(), "A".into()]).unwrap();
        w.write_record([format!("ok{i}"), "Nice app, easy to use.".to_string(), "B".into()]).unwrap();
    }
    w.flush().unwrap();
    let out = tmp.path().join("out");
    let r = vocmine(&["run", path.to_str().unwrap(), "--out", out.to_str().unwrap(), "--persona", "segment", "--quiet"], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let quotes = read(&out.join("quotes.parquet"));
    let (qid, qdoc, qval, qtheme, qrank) =
        (strs_nn(&quotes, "quote_id"), strs_nn(&quotes, "doc_id"), strs_nn(&quotes, "persona_value"), strs_nn(&quotes, "theme"), u64s(&quotes, "rank"));
    let top = |theme: &str| (0..quotes.height()).find(|&k| qval[k] == "A" && qtheme[k] == theme && qrank[k] == 1).map(|k| qdoc[k].clone());
    // the premise: the strongest quote of both themes is the same review
    assert_eq!(top("delivery"), Some("both".to_string()), "premise: {:?}", top("delivery"));
    assert_eq!(top("price"), Some("both".to_string()), "premise: {:?}", top("price"));

    let ps = read(&out.join("persona_summary.parquet"));
    let i = (0..ps.height()).find(|&i| strs_nn(&ps, "persona_value")[i] == "A").unwrap();
    let mut pains: Vec<String> = (1..=2).map(|k| strs_nn(&ps, &format!("pain_{k}"))[i].clone()).collect();
    pains.sort();
    assert_eq!(pains, ["delivery", "price"]);
    let doc_of = |col: &str| {
        let id = strs_nn(&ps, col)[i].clone();
        qdoc[qid.iter().position(|x| *x == id).unwrap()].clone()
    };
    let (d1, d2) = (doc_of("pain_1_quote_id"), doc_of("pain_2_quote_id"));
    assert_ne!(d1, d2, "one review is the evidence for two pains");
    // labels beside the ids
    let label = strs_nn(&ps, "pain_1_label")[i].clone();
    let themes = read(&out.join("themes.parquet"));
    let (tid, ten) = (strs_nn(&themes, "theme"), strs_nn(&themes, "label_en"));
    let want = &ten[tid.iter().position(|t| *t == strs_nn(&ps, "pain_1")[i]).unwrap()];
    assert_eq!(&label, want);
}
