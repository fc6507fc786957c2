//! Bring your own dictionary: LIWC `.dic`, LIWC-22 `.dicx`, quanteda YAML, JSON and CSV
//! dictionaries imported, checked, run beside the default lexicons and scored with
//! `lexicon coverage` (fixtures in `tests/dictionaries/`, the example in `data/`).

use crate::util::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn dict(name: &str) -> PathBuf {
    root().join("tests/dictionaries").join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Runs `vocmine run feedback.csv` with the given `--lexicons` values; returns the
/// (doc_id, theme, term) of every mention and the output directory.
fn run_with(tmp: &Path, out: &str, lexicons: &[&str], extra: &[&str]) -> (BTreeSet<(String, String, String)>, PathBuf) {
    let out = tmp.join(out);
    let feedback = dict("feedback.csv");
    let mut args = vec!["run", s(&feedback), "--out", s(&out), "--quiet", "--persona", "team"];
    for l in lexicons {
        args.push("--lexicons");
        args.push(l);
    }
    args.extend_from_slice(extra);
    let r = vocmine(&args, tmp);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let m = read(&out.join("mentions.parquet"));
    let set = strs_nn(&m, "doc_id").into_iter().zip(strs_nn(&m, "theme")).zip(strs_nn(&m, "term")).map(|((d, t), x)| (d, t, x)).collect();
    (set, out)
}

fn has(m: &BTreeSet<(String, String, String)>, doc: &str, theme: &str, term: &str) -> bool {
    m.contains(&(doc.to_string(), theme.to_string(), term.to_string()))
}

#[test]
fn every_format_imports_and_runs_and_the_imported_directory_runs_the_same() {
    let tmp = tempfile::tempdir().unwrap();
    for (file, extra) in [
        ("team.dic", vec!["--lexicon-lang", "en"]),
        ("team.dicx", vec!["--lexicon-lang", "en"]),
        ("team.yaml", vec![]),
        ("team.json", vec![]),
        ("team.csv", vec![]),
    ] {
        let path = dict(file);
        let (direct, out) = run_with(tmp.path(), &format!("run-{file}"), &[s(&path)], &extra);
        // every format gives the English overtime and wildcard hits
        assert!(has(&direct, "en1", "team:workload.hours", "overtime"), "{file}: {direct:?}");
        assert!(has(&direct, "en3", "team:pay", "salar*"), "{file}: {direct:?}");
        // the themes table: namespaced ids, the hierarchy, where they came from
        let th = read(&out.join("themes.parquet"));
        let ids = strs_nn(&th, "theme");
        for want in ["team:workload", "team:workload.hours", "team:workload.pressure", "team:pay", "team:tools"] {
            assert!(ids.contains(&want.to_string()), "{file}: {ids:?}");
        }
        assert!(strs_nn(&th, "source").iter().all(|x| x == s(&path)), "{file}");
        // import writes theme files that load as a directory and match exactly the same
        let dir = tmp.path().join(format!("imported-{file}"));
        let mut args = vec!["lexicon", "import", s(&path), "--out", s(&dir)];
        if !extra.is_empty() {
            args.extend_from_slice(&["--lang", "en"]);
        }
        let r = vocmine(&args, tmp.path());
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        assert!(r.stdout.contains("5 categories"), "{file}: {}", r.stdout);
        assert!(dir.join("themes/workload.hours.lex").is_file(), "{file}");
        let lex = std::fs::read_to_string(dir.join("themes/workload.hours.lex")).unwrap();
        assert!(lex.contains("theme = team:workload.hours") && lex.contains("parent = team:workload"), "{lex}");
        let (via_dir, _) = run_with(tmp.path(), &format!("dir-{file}"), &[s(&dir)], &[]);
        assert_eq!(direct, via_dir, "{file}");
        // importing again into the same directory leaves no stale category behind
        std::fs::write(dir.join("themes/dropped.lex"), "# imported from an older version\ntheme = team:dropped\n[en]\nold\n").unwrap();
        std::fs::write(dir.join("themes/mine.lex"), "theme = team:mine\n[en]\nkept\n").unwrap();
        assert_eq!(vocmine(&args, tmp.path()).code, 0);
        assert!(!dir.join("themes/dropped.lex").exists() && dir.join("themes/mine.lex").exists(), "{file}");
        std::fs::remove_file(dir.join("themes/mine.lex")).unwrap();
    }
}

#[test]
fn multi_word_entries_match_in_all_four_languages_and_wildcards_match_inflections() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, _) = run_with(tmp.path(), "out", &[s(&dict("team.yaml"))], &[]);
    // multi-word entries, with elision, the Arabic clitic و and Persian ZWNJ
    assert!(has(&m, "en1", "team:workload.hours", "work late"), "{m:?}");
    assert!(has(&m, "fr1", "team:workload.hours", "travailler tard"), "{m:?}");
    assert!(has(&m, "fr1", "team:workload.hours", "heures supplémentaires"), "{m:?}");
    assert!(has(&m, "fr2", "team:workload.pressure", "charge de travail"), "{m:?}");
    assert!(has(&m, "fr3", "team:pay", "augmentation de salaire"), "{m:?}");
    assert!(has(&m, "ar1", "team:workload.hours", "ساعات العمل"), "وساعات العمل: {m:?}");
    assert!(has(&m, "ar1", "team:workload.hours", "ساعات إضافية"), "{m:?}");
    assert!(has(&m, "ar2", "team:workload.pressure", "نقص الموظفين"), "{m:?}");
    assert!(has(&m, "ar3", "team:pay", "زيادة الراتب"), "{m:?}");
    assert!(has(&m, "fa1", "team:workload.hours", "ساعت کاری"), "{m:?}");
    // written with a space in the dictionary, with ZWNJ in the text
    assert!(m.iter().any(|(d, t, x)| d == "fa1" && t == "team:workload.hours" && x.replace('\u{200c}', " ") == "اضافه کاری"), "{m:?}");
    assert!(has(&m, "fa2", "team:workload.pressure", "کمبود نیرو"), "{m:?}");
    assert!(has(&m, "fa3", "team:pay", "افزایش حقوق"), "{m:?}");
    assert!(has(&m, "fa4", "team:tools", "لپ تاپ"), "{m:?}");
    // wildcards find inflected forms: deadlines, shifts, surchargée, ordinateurs, laptops, salary
    assert!(has(&m, "en2", "team:workload.pressure", "deadline*"), "{m:?}");
    assert!(has(&m, "en2", "team:workload.hours", "night shift*"), "{m:?}");
    assert!(has(&m, "fr2", "team:workload.pressure", "surcharg*"), "{m:?}");
    assert!(has(&m, "fr4", "team:tools", "ordinateur*"), "{m:?}");
    assert!(has(&m, "en4", "team:tools", "laptop*"), "{m:?}");
    assert!(has(&m, "fr3", "team:pay", "salaire*"), "{m:?}");
    // an entry written without a language is not compiled for the other script
    assert!(!m.iter().any(|(d, t, _)| d.starts_with("ar") && t == "team:tools"), "{m:?}");
}

#[test]
fn hierarchy_shows_in_themes_and_counts_toward_parents() {
    let tmp = tempfile::tempdir().unwrap();
    let (m, out) = run_with(tmp.path(), "out", &[s(&dict("team.dic"))], &["--lexicon-lang", "en"]);
    let th = read(&out.join("themes.parquet"));
    let ids = strs_nn(&th, "theme");
    let parents = strs(&th, "parent");
    let kinds = strs_nn(&th, "kind");
    let at = |id: &str| ids.iter().position(|x| x == id).unwrap();
    assert_eq!(parents[at("team:workload.hours")].as_deref(), Some("team:workload"));
    assert_eq!(parents[at("team:workload.pressure")].as_deref(), Some("team:workload"));
    assert_eq!(kinds[at("team:workload.hours")], "subtheme");
    assert_eq!(parents[at("team:workload")], None);
    assert_eq!(strs_nn(&th, "label_en")[at("team:workload.pressure")], "pressure");
    // the parent's documents are the union of its own and its children's
    let pt = read(&out.join("persona_themes.parquet"));
    let (dims, themes, docs) = (strs_nn(&pt, "persona_dim"), strs_nn(&pt, "theme"), u64s(&pt, "docs"));
    let docs_of = |t: &str| (0..dims.len()).find(|&i| dims[i] == "all" && themes[i] == t).map_or(0, |i| docs[i]);
    let expected: BTreeSet<&String> = m.iter().filter(|(_, t, _)| t.starts_with("team:workload")).map(|(d, _, _)| d).collect();
    assert!(docs_of("team:workload.hours") > 0 && docs_of("team:workload.pressure") > 0);
    assert_eq!(docs_of("team:workload"), expected.len() as u64, "{m:?}");
    assert!(docs_of("team:workload") > docs_of("team:workload.hours"));
}

#[test]
fn a_dictionary_with_five_mistakes_reports_all_of_them_and_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let broken = dict("broken.dic");
    let want = [
        (":4:", "category number 2 is used twice"),
        (":7:", "'*' is only allowed at the end"),
        (":8:", "empty entry"),
        (":9:", "unknown category number 7"),
        (":11:", "'?'"),
    ];
    let check = |r: &Run, what: &str| {
        assert_eq!(r.code, 2, "{what}: {}", r.stderr);
        assert!(r.stderr.contains("5 problem(s)"), "{what}: {}", r.stderr);
        for (line, reason) in want {
            assert!(r.stderr.lines().any(|l| l.contains(&format!("broken.dic{line}")) && l.contains(reason)), "{what}: {line} {reason} in {}", r.stderr);
        }
        // and the remarks, with their lines too
        assert!(r.stderr.contains("broken.dic:12: duplicate entry \"raise\""), "{what}: {}", r.stderr);
        assert!(r.stderr.contains("broken.dic:14: entry \"Bonus\" normalises to the same form as \"bonus\""), "{what}: {}", r.stderr);
    };
    check(&vocmine(&["lexicon", "check", s(&broken), "--lexicon-lang", "en"], tmp.path()), "check");
    let out = tmp.path().join("imported");
    check(&vocmine(&["lexicon", "import", s(&broken), "--lang", "en", "--out", s(&out)], tmp.path()), "import");
    assert!(!out.exists(), "nothing is written for an unusable dictionary");
    let r = vocmine(&["run", s(&dict("feedback.csv")), "--out", s(&tmp.path().join("o")), "--lexicons", s(&broken)], tmp.path());
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("broken.dic:9"), "{}", r.stderr);
    // a YAML dictionary: a list in a list, a '?' glob, a category defined twice, with lines
    let y = tmp.path().join("bad.yaml");
    std::fs::write(&y, "pay:\n  en: [salary, wag?]\ntools:\n  - laptop\n  - [vpn]\npay: [bonus]\n").unwrap();
    let r = vocmine(&["lexicon", "check", s(&y)], tmp.path());
    assert_eq!(r.code, 2, "{}", r.stderr);
    for want in ["bad.yaml:2: entry \"wag?\"", "bad.yaml:5: a list inside the list", "bad.yaml:6: category \"pay\" is defined twice"] {
        assert!(r.stderr.contains(want), "{want} in {}", r.stderr);
    }
    // --strict: warnings alone exit 2
    let w = tmp.path().join("dups.csv");
    std::fs::write(&w, "term,category,lang\nbonus,pay,en\nBonus,pay,en\n").unwrap();
    assert_eq!(vocmine(&["lexicon", "check", s(&w)], tmp.path()).code, 0);
    let r = vocmine(&["lexicon", "check", s(&w), "--strict"], tmp.path());
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stdout.contains("dups.csv:3"), "{}", r.stdout);
}

#[test]
fn dictionaries_are_read_with_a_bom_or_as_utf16() {
    let tmp = tempfile::tempdir().unwrap();
    let text = "term,category,lang\nheures supplémentaires,workload,fr\nاضافه کاری,workload,fa\n";
    let bom = tmp.path().join("bom.csv");
    std::fs::write(&bom, [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()).unwrap();
    let u16 = tmp.path().join("u16.csv");
    let mut bytes = vec![0xFF, 0xFE];
    for c in text.encode_utf16() {
        bytes.extend_from_slice(&c.to_le_bytes());
    }
    std::fs::write(&u16, &bytes).unwrap();
    let nobom = tmp.path().join("nobom.csv");
    std::fs::write(&nobom, &bytes[2..]).unwrap();
    for (p, name) in [(&bom, "bom"), (&u16, "u16"), (&nobom, "nobom")] {
        let (m, _) = run_with(tmp.path(), &format!("o-{name}"), &[s(p)], &[]);
        assert!(has(&m, "fr1", &format!("{name}:workload"), "heures supplémentaires"), "{name}: {m:?}");
        assert!(m.iter().any(|(d, t, _)| d == "fa1" && *t == format!("{name}:workload")), "{name}: {m:?}");
    }
    let bad = tmp.path().join("latin1.csv");
    std::fs::write(&bad, b"term,category\nsalaire,pay\nr\xE9mun\xE9ration,pay\n").unwrap();
    let r = vocmine(&["lexicon", "check", s(&bad)], tmp.path());
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("latin1.csv:3: not valid UTF-8"), "{}", r.stderr);
}

#[test]
fn several_lexicon_sets_in_one_run_never_collide() {
    let tmp = tempfile::tempdir().unwrap();
    let yaml = dict("team.yaml");
    let (m, out) = run_with(tmp.path(), "both", &["default", s(&yaml)], &[]);
    let th = read(&out.join("themes.parquet"));
    let ids = strs_nn(&th, "theme");
    let src = strs_nn(&th, "source");
    let at = |id: &str| ids.iter().position(|x| x == id).unwrap_or_else(|| panic!("{id} in {ids:?}"));
    assert_eq!(src[at("support")], "bundled");
    assert_eq!(src[at("price")], "bundled");
    assert_eq!(src[at("team:pay")], s(&yaml));
    // both sets' mentions in one run: the team's terms and the default lexicons'
    assert!(has(&m, "en1", "team:workload.hours", "overtime"), "{m:?}");
    assert!(m.iter().any(|(_, t, _)| !t.contains(':')), "{m:?}");
    // the same from a TOML config: `lexicons` takes a list
    let cfg = tmp.path().join("job.toml");
    std::fs::write(&cfg, format!("inputs = [{:?}]\nout = \"cfg-out\"\nquiet = true\nlexicons = [\"default\", {:?}]\n", s(&dict("feedback.csv")), s(&yaml)))
        .unwrap();
    let r = vocmine(&["run", "--config", s(&cfg)], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(strs_nn(&read(&tmp.path().join("cfg-out/themes.parquet")), "theme"), ids);
    // a dictionary given a name; the same file twice under two names does not collide
    let (m2, out2) = run_with(tmp.path(), "named", &[&format!("staff={}", s(&yaml)), &format!("hr={}", s(&yaml))], &[]);
    let ids2 = strs_nn(&read(&out2.join("themes.parquet")), "theme");
    assert!(ids2.contains(&"staff:pay".to_string()) && ids2.contains(&"hr:pay".to_string()), "{ids2:?}");
    assert!(has(&m2, "en3", "staff:pay", "salar*") && has(&m2, "en3", "hr:pay", "salar*"), "{m2:?}");
    // two directories defining the same theme ids are refused, naming both
    let r = vocmine(
        &["run", s(&dict("feedback.csv")), "--out", s(&tmp.path().join("x")), "--lexicons", "default", "--lexicons", s(&root().join("lexicons"))],
        tmp.path(),
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("are also defined by bundled") && r.stderr.contains("support"), "{}", r.stderr);
    // two files of one dictionary, one per language, are one set of themes
    let en = tmp.path().join("staff.en.csv");
    let fr = tmp.path().join("staff.fr.csv");
    std::fs::write(&en, "term,category\novertime,workload.hours\n").unwrap();
    std::fs::write(&fr, "term,category\ntravailler tard,workload.hours\n").unwrap();
    let (m4, out4) = run_with(tmp.path(), "split", &[s(&en), s(&fr)], &[]);
    assert!(has(&m4, "en1", "staff:workload.hours", "overtime") && has(&m4, "fr1", "staff:workload.hours", "travailler tard"), "{m4:?}");
    let th4 = read(&out4.join("themes.parquet"));
    let ids4 = strs_nn(&th4, "theme");
    assert_eq!(ids4.len(), 2, "{ids4:?}");
    let h = ids4.iter().position(|x| x == "staff:workload.hours").unwrap();
    assert_eq!((u64s(&th4, "terms_en")[h], u64s(&th4, "terms_fr")[h]), (1, 1));
    assert_eq!(strs_nn(&th4, "source")[h], s(&en));
    // ... and accepted once one of them has a name
    let (m3, _) = run_with(tmp.path(), "mine", &["default", &format!("mine={}", s(&root().join("lexicons")))], &[]);
    assert!(m3.iter().any(|(_, t, _)| t.starts_with("mine:")) && m3.iter().any(|(_, t, _)| !t.contains(':')), "{m3:?}");
}

#[test]
fn coverage_lists_never_matching_entries_and_scores_the_employee_example() {
    let tmp = tempfile::tempdir().unwrap();
    let d = root().join("data/employee_dictionary.yaml");
    let r = vocmine(&["lexicon", "coverage", s(&d), s(&root().join("data/employee_feedback.csv"))], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = &r.stdout;
    assert!(out.contains("on 48 documents (ar=12 en=12 fa=12 fr=12)"), "{out}");
    // an entry that matched, with its languages and forms; entries that never did, with lines
    assert!(out.lines().any(|l| l.contains("ENTRY deadline*") && l.contains("langs=en:1") && l.contains("forms=deadlines:1")), "{out}");
    assert!(out.lines().any(|l| l.trim_start().starts_with("NEVER toxic") && l.contains("en line 45")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("CATEGORY employee_dictionary:pay ") && l.contains("entries=0")), "{out}");
    assert!(!out.contains("SCORE"), "no labels, no scores: {out}");
    // on the labelled file: per category and per entry
    let r = vocmine(&["lexicon", "coverage", s(&d), s(&root().join("data/employee_labels.csv"))], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = &r.stdout;
    assert!(out.contains("labelled documents: 24"), "{out}");
    assert!(out.contains("SCORE employee_dictionary:culture P=0.750 R=1.000 F1=0.857 (tp=3 fp=1 fn=0)"), "{out}");
    assert!(out.contains("SCORE employee_dictionary:pay.salary P=1.000 R=0.750"), "{out}");
    // the parent counts its sub-categories' labels and hits
    assert!(out.contains("SCORE employee_dictionary:workload P=1.000 R=1.000 F1=1.000 (tp=5 fp=0 fn=0)"), "{out}");
    assert!(out.lines().any(|l| l.starts_with("ENTRY_SCORE employee_dictionary:culture collègues") && l.contains("P=0.000")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("SCORE MICRO")), "{out}");
    // the gold JSONL layout of `vocmine eval`: themes and scored
    let gold = tmp.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        concat!(
            "{\"id\":\"g1\",\"lang\":\"en\",\"text\":\"My manager ignores the overtime we do.\",\"themes\":[\"management\",\"workload.hours\"],\"scored\":[\"management\",\"workload\"]}\n",
            "{\"id\":\"g2\",\"lang\":\"fr\",\"text\":\"Le salaire est correct.\",\"themes\":[],\"scored\":[\"management\"]}\n",
            "{\"id\":\"g3\",\"lang\":\"fa\",\"text\":\"مدیر ما جلسه را لغو کرد.\",\"themes\":[],\"scored\":[\"management\"]}\n",
        ),
    )
    .unwrap();
    let r = vocmine(&["lexicon", "coverage", s(&d), s(&gold)], tmp.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = &r.stdout;
    assert!(out.contains("SCORE employee_dictionary:management P=0.500 R=1.000"), "{out}");
    assert!(out.contains("SCORE employee_dictionary:workload.hours P=1.000 R=1.000"), "{out}");
    // pay is not scored in any record: no counts
    assert!(out.contains("SCORE employee_dictionary:pay.salary P=0.000 R=0.000 F1=0.000 (tp=0 fp=0 fn=0)"), "{out}");
}
