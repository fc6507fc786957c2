//! `vocmine eval`: scores theme and pain detection against labelled files in the
//! gold-dev format, with the same rules as the reference scorer
//! (`shared/scripts/score-gold`), and lists the errors a researcher fixes next.
//!
//! Exists so that editing a lexicon is a measured loop: run the real pipeline on
//! labelled text, see precision, recall and F1 per class and dataset, and see which
//! term fired on a false positive and which sentence was missed.

use crate::analyze::analyze_text;
use crate::lang::Lang;
use crate::lexicon::LexiconSet;
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// A labelled record of the gold-dev format.
#[derive(Debug, Deserialize)]
pub struct GoldRecord {
    pub id: String,
    #[serde(default)]
    pub lang: Option<String>,
    #[serde(default)]
    pub dataset: Option<String>,
    pub text: String,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub pains: Vec<String>,
    #[serde(default)]
    pub scored: Vec<String>,
}

/// The classes of the gold sets and the themes that count for each (a theme covers its
/// sub-themes, except those listed as excluded).
pub const CLASSES: &[(&str, &[&str], &[&str])] = &[
    ("price", &["price"], &[]),
    ("support", &["support"], &[]),
    ("delivery", &["delivery"], &["delivery.packaging"]),
    ("packaging", &["delivery.packaging"], &[]),
    ("performance", &["product.performance", "product.reliability"], &[]),
    ("quality", &["product.quality", "product.reliability"], &[]),
    ("usability", &["product.usability"], &[]),
    ("bugs", &["product.reliability"], &[]),
    ("features", &["product.features"], &[]),
];

fn under(theme: &str, root: &str) -> bool {
    theme == root || (theme.starts_with(root) && theme.as_bytes().get(root.len()) == Some(&b'.'))
}

/// Whether a mention of `theme` counts as a detection of `class`.
pub fn covers(class: &str, theme: &str) -> bool {
    let Some((_, yes, no)) = CLASSES.iter().find(|(c, _, _)| *c == class) else {
        return false;
    };
    !no.iter().any(|n| under(theme, n)) && yes.iter().any(|r| under(theme, r))
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: u64,
    fp: u64,
    fn_: u64,
}

fn prf(c: Counts) -> (f64, f64, f64) {
    let p = if c.tp + c.fp > 0 { c.tp as f64 / (c.tp + c.fp) as f64 } else { 0.0 };
    let r = if c.tp + c.fn_ > 0 { c.tp as f64 / (c.tp + c.fn_) as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

/// One error example.
struct ErrorCase {
    task: &'static str,
    class: String,
    false_positive: bool,
    id: String,
    text: String,
    detail: String,
}

/// Scores of one run of `eval`.
pub struct EvalReport {
    pub text: String,
    pub theme_mean_f1: f64,
    pub pain_mean_f1: f64,
    pub per_dataset: Vec<(String, f64, f64)>,
}

/// Evaluates the lexicons on gold files; `errors` examples per (dataset, task, class, kind).
pub fn evaluate(lex: &LexiconSet, files: &[&Path], errors: usize) -> anyhow::Result<EvalReport> {
    let mut out = String::new();
    let mut theme_f1s = Vec::new();
    let mut pain_f1s = Vec::new();
    let mut per_dataset = Vec::new();
    for path in files {
        let content = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: cannot read: {e}", path.display()))?;
        let mut records = Vec::new();
        for (i, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let r: GoldRecord = serde_json::from_str(line).map_err(|e| {
                anyhow::anyhow!("{}:{}: not a gold record ({e}); expected a JSON object with id, text, themes, pains, scored", path.display(), i + 1)
            })?;
            records.push(r);
        }
        let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        // analyse in parallel, keep order
        let predictions: Vec<Vec<(String, bool, String)>> = records
            .par_iter()
            .map(|r| {
                let lang = r.lang.as_deref().and_then(Lang::parse);
                let d = analyze_text(lex, &r.text, lang);
                let ms = d
                    .mentions
                    .iter()
                    .map(|m| {
                        let term = &lex.terms[m.term as usize];
                        (lex.theme(m.theme).id.clone(), m.pain, format!("{} [{}] in {:?}", term.text, lex.theme(m.theme).id, &r.text[m.start..m.end]))
                    })
                    .collect();
                ms
            })
            .collect();
        // language identification, ignoring the record's lang (texts of 5+ words / fewer)
        let identified: Vec<Lang> = records.par_iter().map(|r| crate::text::langid::detect(&r.text).lang).collect();
        let mut lid: BTreeMap<(String, bool), (u64, u64)> = BTreeMap::new();
        for (r, got) in records.iter().zip(&identified) {
            if let Some(want) = r.lang.as_deref().and_then(Lang::parse) {
                let short = r.text.split_whitespace().count() < 5;
                let e = lid.entry((want.code().to_string(), short)).or_default();
                e.0 += 1;
                if *got == want {
                    e.1 += 1;
                }
            }
        }
        for ((l, short), (n, ok)) in &lid {
            writeln!(out, "{name:10} langid {l:2} {:9} accuracy={:.4} ({ok}/{n})", if *short { "<5 words" } else { ">=5 words" }, *ok as f64 / *n as f64)
                .unwrap();
        }
        let mut counts: BTreeMap<(&'static str, String), Counts> = BTreeMap::new();
        let mut cases: Vec<ErrorCase> = Vec::new();
        for (r, ms) in records.iter().zip(&predictions) {
            for cls in &r.scored {
                for (task, gold) in [("theme", &r.themes), ("pain", &r.pains)] {
                    let fired: Vec<&(String, bool, String)> = ms.iter().filter(|(t, p, _)| covers(cls, t) && (task == "theme" || *p)).collect();
                    let yes = !fired.is_empty();
                    let truth = gold.contains(cls);
                    let c = counts.entry((task, cls.clone())).or_default();
                    match (yes, truth) {
                        (true, true) => c.tp += 1,
                        (true, false) => {
                            c.fp += 1;
                            cases.push(ErrorCase {
                                task,
                                class: cls.clone(),
                                false_positive: true,
                                id: r.id.clone(),
                                text: r.text.clone(),
                                detail: fired.iter().map(|f| f.2.as_str()).collect::<Vec<_>>().join("; "),
                            });
                        }
                        (false, true) => {
                            c.fn_ += 1;
                            let other: Vec<&str> = ms.iter().filter(|(t, _, _)| covers(cls, t)).map(|f| f.2.as_str()).collect();
                            let detail = if task == "pain" && !other.is_empty() {
                                format!("found but not as a pain: {}", other.join("; "))
                            } else {
                                "no term fired".into()
                            };
                            cases.push(ErrorCase { task, class: cls.clone(), false_positive: false, id: r.id.clone(), text: r.text.clone(), detail });
                        }
                        (false, false) => {}
                    }
                }
            }
        }
        let mut micro = [Counts::default(); 2];
        for task in ["theme", "pain"] {
            let ti = if task == "theme" { 0 } else { 1 };
            for ((t, cls), c) in &counts {
                if *t != task {
                    continue;
                }
                let (p, r, f) = prf(*c);
                writeln!(out, "{name:10} {task:5} {cls:12} P={p:.3} R={r:.3} F1={f:.3} (tp={} fp={} fn={})", c.tp, c.fp, c.fn_).unwrap();
                micro[ti].tp += c.tp;
                micro[ti].fp += c.fp;
                micro[ti].fn_ += c.fn_;
            }
            let (p, r, f) = prf(micro[ti]);
            writeln!(out, "{name:10} {task:5} {:12} P={p:.3} R={r:.3} F1={f:.3}  docs={}", "MICRO", records.len()).unwrap();
        }
        let tf = prf(micro[0]).2;
        let pf = prf(micro[1]).2;
        theme_f1s.push(tf);
        pain_f1s.push(pf);
        per_dataset.push((name.clone(), tf, pf));
        if errors > 0 {
            let mut groups: BTreeMap<(&str, String, bool), Vec<&ErrorCase>> = BTreeMap::new();
            for c in &cases {
                groups.entry((c.task, c.class.clone(), c.false_positive)).or_default().push(c);
            }
            for ((task, cls, fp), list) in groups {
                writeln!(
                    out,
                    "--- {name} {task} {cls}: {} {} (showing {})",
                    list.len(),
                    if fp { "false positives" } else { "false negatives" },
                    list.len().min(errors)
                )
                .unwrap();
                for c in list.iter().take(errors) {
                    let snippet: String = c.text.chars().take(200).collect::<String>().replace('\n', " ");
                    writeln!(out, "  {} | {} | {}", c.id, snippet, c.detail).unwrap();
                }
            }
        }
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let tm = mean(&theme_f1s);
    let pm = mean(&pain_f1s);
    writeln!(out, "SUMMARY theme_macro_f1={tm:.3} pain_macro_f1={pm:.3}").unwrap();
    Ok(EvalReport { text: out, theme_mean_f1: tm, pain_mean_f1: pm, per_dataset })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_mapping_follows_the_gold_readme() {
        assert!(covers("delivery", "delivery"));
        assert!(!covers("delivery", "delivery.packaging"));
        assert!(covers("packaging", "delivery.packaging"));
        assert!(covers("support", "support.responsiveness"));
        assert!(covers("quality", "product.reliability"));
        assert!(!covers("price", "billing"));
        assert!(!covers("support", "supportx"));
    }
}
