//! Table-driven lexicon tests: `tests/lexicon_cases/<lang>.tsv`, one case per line,
//! `EXPECT<TAB>THEME<TAB>TEXT` with EXPECT in match, nomatch, pain, nopain, pos, neg
//! (see lexicons/README.md). Every failing case is reported with its file and line.

use vocmine::analyze::analyze_text;
use vocmine::lang::Lang;
use vocmine::lexicon::LexiconSet;

fn under(theme: &str, root: &str) -> bool {
    theme == root || theme.starts_with(&format!("{root}."))
}

fn run_cases(lang: &str) {
    let lex = LexiconSet::load(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons"))).expect("lexicons load");
    let path = format!("{}/tests/lexicon_cases/{lang}.tsv", env!("CARGO_MANIFEST_DIR"));
    let content = std::fs::read_to_string(&path).expect("case file");
    let l = Lang::parse(lang);
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let parts: Vec<&str> = line.splitn(3, '\t').collect();
        assert_eq!(parts.len(), 3, "{path}:{}: expected EXPECT<TAB>THEME<TAB>TEXT", i + 1);
        let (expect, theme, text) = (parts[0].trim(), parts[1].trim(), parts[2]);
        assert!(lex.theme_index(theme).is_some(), "{path}:{}: unknown theme {theme}", i + 1);
        n += 1;
        let d = analyze_text(&lex, text, l);
        let ms: Vec<_> = d.mentions.iter().filter(|m| under(&lex.theme(m.theme).id, theme)).collect();
        let ok = match expect {
            "match" => !ms.is_empty(),
            "nomatch" => ms.is_empty(),
            "pain" => ms.iter().any(|m| m.pain),
            "nopain" => !ms.is_empty() && ms.iter().all(|m| !m.pain),
            "pos" => ms.iter().any(|m| m.polarity > 0),
            "neg" => ms.iter().any(|m| m.polarity < 0),
            other => panic!("{path}:{}: unknown expectation {other:?}", i + 1),
        };
        if !ok {
            let found: Vec<String> = d
                .mentions
                .iter()
                .map(|m| format!("{}[{}] pol={} neg={} pain={}", lex.theme(m.theme).id, &text[m.start..m.end], m.polarity, m.negated, m.pain))
                .collect();
            failures.push(format!(
                "{path}:{}: {expect} {theme} in {text:?}; found {}",
                i + 1,
                if found.is_empty() { "nothing".into() } else { found.join(", ") }
            ));
        }
    }
    assert!(n >= 50, "{path}: only {n} cases");
    assert!(failures.is_empty(), "{} of {n} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn english_cases() {
    run_cases("en");
}

#[test]
fn french_cases() {
    run_cases("fr");
}

#[test]
fn arabic_cases() {
    run_cases("ar");
}

#[test]
fn persian_cases() {
    run_cases("fa");
}
