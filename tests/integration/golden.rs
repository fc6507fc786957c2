//! Golden files for the text layer (`tests/golden/*.tsv`), one table-driven runner per
//! file; every failing case is reported with its file and line.

use vocmine::analyze::analyze_detailed;
use vocmine::lang::Lang;
use vocmine::lexicon::LexiconSet;
use vocmine::text::{TextPipeline, TokenKind};

fn cases(name: &str) -> Vec<(usize, Vec<String>)> {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    content
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, l.split('\t').map(str::to_string).collect()))
        .collect()
}

fn report(name: &str, failures: Vec<String>, n: usize) {
    assert!(n >= 10, "{name}: only {n} cases");
    assert!(failures.is_empty(), "{} of {n} cases of tests/golden/{name} failed:\n{}", failures.len(), failures.join("\n"));
}

fn lang(code: &str) -> Lang {
    Lang::parse(code).unwrap_or_else(|| panic!("unknown language {code}"))
}

fn word_norms(p: &TextPipeline, text: &str, l: Lang) -> Vec<String> {
    p.analyze(text, Some(l))
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number | TokenKind::Price))
        .map(|t| t.forms.norm.to_string())
        .collect()
}

#[test]
fn normalisation() {
    let p = TextPipeline::default();
    let cs = cases("normalise.tsv");
    let mut failures = Vec::new();
    for (line, c) in &cs {
        let got = word_norms(&p, &c[1], lang(&c[0])).join(" ");
        if got != c[2] {
            failures.push(format!("normalise.tsv:{line}: {:?} → {got:?}, expected {:?}", c[1], c[2]));
        }
    }
    report("normalise.tsv", failures, cs.len());
}

#[test]
fn stems() {
    let p = TextPipeline::default();
    let cs = cases("stems.tsv");
    let mut failures = Vec::new();
    for (line, c) in &cs {
        let a = p.analyze(&c[1], Some(lang(&c[0])));
        let keys: Vec<&str> = a.tokens.iter().map(|t| &*t.forms.key).collect();
        if keys != [c[2].as_str()] {
            failures.push(format!("stems.tsv:{line}: {:?} → {keys:?}, expected {:?}", c[1], c[2]));
        }
    }
    report("stems.tsv", failures, cs.len());
}

#[test]
fn sentences() {
    let p = TextPipeline::default();
    let cs = cases("sentences.tsv");
    let mut failures = Vec::new();
    for (line, c) in &cs {
        let text = &c[1];
        let a = p.analyze(text, Some(lang(&c[0])));
        let got: Vec<&str> = a.sentences.iter().map(|s| &text[s.start..s.end]).collect();
        let want: Vec<&str> = c[2].split(" || ").collect();
        if got != want {
            failures.push(format!("sentences.tsv:{line}: {text:?} → {got:?}, expected {want:?}"));
        }
    }
    report("sentences.tsv", failures, cs.len());
}

#[test]
fn language_identification() {
    let cs = cases("langid.tsv");
    let mut failures = Vec::new();
    for (line, c) in &cs {
        let got = vocmine::text::langid::detect(&c[1]).lang;
        if got.code() != c[0] {
            failures.push(format!("langid.tsv:{line}: {:?} → {got}, expected {}", c[1], c[0]));
        }
    }
    report("langid.tsv", failures, cs.len());
}

#[test]
fn spelling_variants_match_alike() {
    let p = TextPipeline::default();
    let cs = cases("variants.tsv");
    let mut failures = Vec::new();
    for (line, c) in &cs {
        let l = lang(&c[0]);
        let keys: Vec<Vec<String>> = c[1]
            .split(" | ")
            .map(|v| p.analyze(v, Some(l)).tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| t.forms.key.to_string()).collect())
            .collect();
        if keys.iter().any(|k| k != &keys[0]) {
            failures.push(format!("variants.tsv:{line}: {:?} give {keys:?}", c[1]));
        }
    }
    report("variants.tsv", failures, cs.len());
}

#[test]
fn negation_is_marked() {
    let lex = LexiconSet::bundled().unwrap();
    let cs = cases("negation.tsv");
    let mut failures = Vec::new();
    for (line, c) in &cs {
        let text = &c[1];
        let d = analyze_detailed(&lex, text, Some(lang(&c[0])));
        match d.text.tokens.iter().position(|t| text[t.start..t.end] == *c[2]) {
            Some(i) if d.negated[i] => {}
            Some(_) => failures.push(format!("negation.tsv:{line}: {:?} is not negated in {text:?}", c[2])),
            None => failures.push(format!("negation.tsv:{line}: no token {:?} in {text:?}", c[2])),
        }
    }
    report("negation.tsv", failures, cs.len());
}
