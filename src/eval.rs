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

/// What `eval` reports besides the scores.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Error examples per (dataset, task, class, kind).
    pub errors: usize,
    /// Per-term precision on the scored classes.
    pub terms: bool,
    /// K-fold cross-validation (0: none).
    pub folds: usize,
    /// With `folds`: hold out this fold (0-based): errors and the term report come from
    /// the other folds only, scores are reported for the held fold.
    pub held: Option<usize>,
    /// With `folds`: also score the pruning rule "disable every term whose precision on
    /// the training folds is below P (with at least 3 hits)" on each held fold.
    pub prune: Option<f64>,
}

/// The fold of a record: a stable hash of its dataset and id (FNV-1a), so folds do not
/// depend on file order.
pub fn fold_of(dataset: &str, id: &str, k: usize) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in dataset.bytes().chain([0u8]).chain(id.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h % k as u64) as usize
}

/// One mention as `eval` sees it.
struct Pred {
    theme: String,
    pain: bool,
    term: u32,
    detail: String,
}

/// One gold dataset with the analysis of every record.
struct Dataset {
    name: String,
    records: Vec<GoldRecord>,
    preds: Vec<Vec<Pred>>,
    identified: Vec<Lang>,
}

fn load(lex: &LexiconSet, path: &Path) -> anyhow::Result<Dataset> {
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
    let preds = records
        .par_iter()
        .map(|r| {
            let lang = r.lang.as_deref().and_then(Lang::parse);
            let d = analyze_text(lex, &r.text, lang);
            d.mentions
                .iter()
                .map(|m| {
                    let term = &lex.terms[m.term as usize];
                    let theme = lex.theme(m.theme).id.clone();
                    let detail = format!("{} [{}] in {:?}", term.text, theme, &r.text[m.start..m.end]);
                    Pred { theme, pain: m.pain, term: m.term, detail }
                })
                .collect()
        })
        .collect();
    // language identification, ignoring the record's lang; short texts that tell
    // nothing take the file's language, as in `run`
    let first: Vec<crate::text::langid::Detection> =
        records.iter().take(crate::text::langid::PRIOR_DOCS).map(|r| crate::text::langid::detect(&r.text)).collect();
    let prior = crate::text::langid::majority(first.iter().filter(|d| d.decisive).map(|d| d.lang));
    let identified = records.par_iter().map(|r| crate::text::langid::detect_with_prior(&r.text, prior).lang).collect();
    Ok(Dataset { name, records, preds, identified })
}

/// Confusion counts per (task, class) over the records `keep` selects, with terms in
/// `disabled` switched off; error cases when `cases` is given.
fn score(
    ds: &Dataset,
    keep: &dyn Fn(usize) -> bool,
    disabled: &rustc_hash::FxHashSet<u32>,
    mut cases: Option<&mut Vec<ErrorCase>>,
) -> BTreeMap<(&'static str, String), Counts> {
    let mut counts: BTreeMap<(&'static str, String), Counts> = BTreeMap::new();
    for (i, (r, ms)) in ds.records.iter().zip(&ds.preds).enumerate() {
        if !keep(i) {
            continue;
        }
        for cls in &r.scored {
            for (task, gold) in [("theme", &r.themes), ("pain", &r.pains)] {
                let fired: Vec<&Pred> = ms.iter().filter(|p| !disabled.contains(&p.term) && covers(cls, &p.theme) && (task == "theme" || p.pain)).collect();
                let yes = !fired.is_empty();
                let truth = gold.contains(cls);
                let c = counts.entry((task, cls.clone())).or_default();
                match (yes, truth) {
                    (true, true) => c.tp += 1,
                    (true, false) => {
                        c.fp += 1;
                        if let Some(cs) = cases.as_deref_mut() {
                            let detail = fired.iter().map(|f| f.detail.as_str()).collect::<Vec<_>>().join("; ");
                            cs.push(ErrorCase { task, class: cls.clone(), false_positive: true, id: r.id.clone(), text: r.text.clone(), detail });
                        }
                    }
                    (false, true) => {
                        c.fn_ += 1;
                        if let Some(cs) = cases.as_deref_mut() {
                            let other: Vec<&str> = ms.iter().filter(|p| covers(cls, &p.theme)).map(|f| f.detail.as_str()).collect();
                            let detail = if task == "pain" && !other.is_empty() {
                                format!("found but not as a pain: {}", other.join("; "))
                            } else {
                                "no term fired".into()
                            };
                            cs.push(ErrorCase { task, class: cls.clone(), false_positive: false, id: r.id.clone(), text: r.text.clone(), detail });
                        }
                    }
                    (false, false) => {}
                }
            }
        }
    }
    counts
}

/// The counts of one task summed over its classes.
fn micro_counts(counts: &BTreeMap<(&'static str, String), Counts>, task: &str) -> Counts {
    let mut m = Counts::default();
    for ((t, _), c) in counts {
        if *t == task {
            m.tp += c.tp;
            m.fp += c.fp;
            m.fn_ += c.fn_;
        }
    }
    m
}

fn micro(counts: &BTreeMap<(&'static str, String), Counts>, task: &str) -> f64 {
    prf(micro_counts(counts, task)).2
}

/// Per term: documents where it fired for a scored class it covers, how many of them
/// the annotators gave that class, and the classes they gave the others.
#[derive(Default)]
struct TermStat {
    tp: u64,
    fp: u64,
    fp_gold: BTreeMap<String, u64>,
}

fn term_stats(ds: &Dataset, keep: &dyn Fn(usize) -> bool, out: &mut BTreeMap<u32, TermStat>) {
    for (i, (r, ms)) in ds.records.iter().zip(&ds.preds).enumerate() {
        if !keep(i) {
            continue;
        }
        let mut seen: Vec<(u32, &str)> = Vec::new();
        for p in ms {
            for cls in &r.scored {
                if !covers(cls, &p.theme) || seen.contains(&(p.term, cls.as_str())) {
                    continue;
                }
                seen.push((p.term, cls.as_str()));
                let st = out.entry(p.term).or_default();
                if r.themes.contains(cls) {
                    st.tp += 1;
                } else {
                    st.fp += 1;
                    let g = if r.themes.is_empty() { "none".to_string() } else { r.themes.join("+") };
                    *st.fp_gold.entry(g).or_default() += 1;
                }
            }
        }
    }
}

/// Terms to switch off under the pruning rule: precision below `p` with ≥ 3 hits.
fn pruned(stats: &BTreeMap<u32, TermStat>, p: f64) -> rustc_hash::FxHashSet<u32> {
    stats.iter().filter(|(_, s)| s.tp + s.fp >= 3 && (s.tp as f64) < p * (s.tp + s.fp) as f64).map(|(t, _)| *t).collect()
}

fn mean(v: &[f64]) -> f64 {
    if v.is_empty() {
        0.0
    } else {
        v.iter().sum::<f64>() / v.len() as f64
    }
}

/// Evaluates the lexicons on gold files.
pub fn evaluate(lex: &LexiconSet, files: &[&Path], opts: &EvalOptions) -> anyhow::Result<EvalReport> {
    let mut out = String::new();
    let datasets: Vec<Dataset> = files.iter().map(|p| load(lex, p)).collect::<anyhow::Result<_>>()?;
    let k = opts.folds;
    if let Some(h) = opts.held {
        if k == 0 || h >= k {
            anyhow::bail!("--held-fold {h} needs --folds K with K > {h}");
        }
    }
    let none = rustc_hash::FxHashSet::default();
    // the records this report describes: all, or the held fold
    let fold = |ds: &Dataset, i: usize| fold_of(&ds.name, &ds.records[i].id, k.max(1));
    let mut theme_f1s = Vec::new();
    let mut pain_f1s = Vec::new();
    let mut per_dataset = Vec::new();
    let mut terms: BTreeMap<u32, TermStat> = BTreeMap::new();
    for ds in &datasets {
        let name = &ds.name;
        let in_report = |i: usize| opts.held.is_none_or(|h| fold(ds, i) == h);
        let in_training = |i: usize| opts.held.is_none_or(|h| fold(ds, i) != h);
        langid_lines(&mut out, ds, &in_report);
        let mut cases = Vec::new();
        let counts = score(ds, &in_report, &none, None);
        if opts.errors > 0 {
            score(ds, &in_training, &none, Some(&mut cases));
        }
        if opts.terms {
            term_stats(ds, &in_training, &mut terms);
        }
        let n_docs = (0..ds.records.len()).filter(|&i| in_report(i)).count();
        for task in ["theme", "pain"] {
            for ((t, cls), c) in &counts {
                if *t != task {
                    continue;
                }
                let (p, r, f) = prf(*c);
                writeln!(out, "{name:10} {task:5} {cls:12} P={p:.3} R={r:.3} F1={f:.3} (tp={} fp={} fn={})", c.tp, c.fp, c.fn_).unwrap();
            }
            let (p, r, f) = prf(micro_counts(&counts, task));
            writeln!(out, "{name:10} {task:5} {:12} P={p:.3} R={r:.3} F1={f:.3}  docs={n_docs}", "MICRO").unwrap();
        }
        let tf = micro(&counts, "theme");
        let pf = micro(&counts, "pain");
        theme_f1s.push(tf);
        pain_f1s.push(pf);
        per_dataset.push((name.clone(), tf, pf));
        if opts.errors > 0 {
            error_lines(&mut out, name, &cases, opts);
        }
    }
    if opts.terms {
        term_lines(&mut out, lex, &terms);
    }
    if k > 0 {
        cross_validation(&mut out, &datasets, opts);
    }
    let tm = mean(&theme_f1s);
    let pm = mean(&pain_f1s);
    writeln!(out, "SUMMARY theme_macro_f1={tm:.3} pain_macro_f1={pm:.3}").unwrap();
    Ok(EvalReport { text: out, theme_mean_f1: tm, pain_mean_f1: pm, per_dataset })
}

/// Language-ID accuracy of one dataset's reported records, per language and text
/// length (under 5 words, or more).
fn langid_lines(out: &mut String, ds: &Dataset, in_report: &dyn Fn(usize) -> bool) {
    let name = &ds.name;
    let mut lid: BTreeMap<(String, bool), (u64, u64)> = BTreeMap::new();
    for (i, (r, got)) in ds.records.iter().zip(&ds.identified).enumerate() {
        if !in_report(i) {
            continue;
        }
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
        writeln!(out, "{name:10} langid {l:2} {:9} accuracy={:.4} ({ok}/{n})", if *short { "<5 words" } else { ">=5 words" }, *ok as f64 / *n as f64).unwrap();
    }
}

/// Up to `opts.errors` false positives and negatives per (task, class) of a dataset.
fn error_lines(out: &mut String, name: &str, cases: &[ErrorCase], opts: &EvalOptions) {
    let mut groups: BTreeMap<(&str, String, bool), Vec<&ErrorCase>> = BTreeMap::new();
    for c in cases {
        groups.entry((c.task, c.class.clone(), c.false_positive)).or_default().push(c);
    }
    let from = if opts.held.is_some() { " in the training folds" } else { "" };
    for ((task, cls, fp), list) in groups {
        writeln!(
            out,
            "--- {name} {task} {cls}: {} {}{from} (showing {})",
            list.len(),
            if fp { "false positives" } else { "false negatives" },
            list.len().min(opts.errors)
        )
        .unwrap();
        for c in list.iter().take(opts.errors) {
            let snippet: String = c.text.chars().take(200).collect::<String>().replace('\n', " ");
            writeln!(out, "  {} | {} | {}", c.id, snippet, c.detail).unwrap();
        }
    }
}

/// Per-term precision on the scored classes, most false hits first.
fn term_lines(out: &mut String, lex: &LexiconSet, terms: &BTreeMap<u32, TermStat>) {
    let mut list: Vec<(&u32, &TermStat)> = terms.iter().filter(|(_, s)| s.tp + s.fp >= 3).collect();
    list.sort_by(|a, b| b.1.fp.cmp(&a.1.fp).then(a.0.cmp(b.0)));
    writeln!(out, "--- terms on scored classes (hits >= 3), most false hits first: term, lang, theme, hits, precision, gold themes of the false hits").unwrap();
    for (t, s) in list {
        let term = &lex.terms[*t as usize];
        let fpg: Vec<String> = s.fp_gold.iter().map(|(g, n)| format!("{g}:{n}")).collect();
        writeln!(
            out,
            "TERM {:28} {} {:24} hits={:4} P={:.2} false={}",
            term.text,
            term.lang,
            lex.theme(term.theme).id,
            s.tp + s.fp,
            s.tp as f64 / (s.tp + s.fp) as f64,
            fpg.join(",")
        )
        .unwrap();
    }
}

/// Cross-validation: scores on each fold as held-out, the lexicon fixed; with
/// `opts.prune`, the pruning rule tuned on the other folds; then mean ± sd.
fn cross_validation(out: &mut String, datasets: &[Dataset], opts: &EvalOptions) {
    let k = opts.folds;
    let none = rustc_hash::FxHashSet::default();
    let fold = |ds: &Dataset, i: usize| fold_of(&ds.name, &ds.records[i].id, k);
    let mut rows: Vec<(f64, f64, f64, f64)> = Vec::new();
    for h in 0..k {
        let mut tf = Vec::new();
        let mut pf = Vec::new();
        let mut tp = Vec::new();
        let mut pp = Vec::new();
        for ds in datasets {
            let held = |i: usize| fold(ds, i) == h;
            let c = score(ds, &held, &none, None);
            tf.push(micro(&c, "theme"));
            pf.push(micro(&c, "pain"));
            if let Some(p) = opts.prune {
                let mut st = BTreeMap::new();
                term_stats(ds, &|i| fold(ds, i) != h, &mut st);
                let off = pruned(&st, p);
                let c = score(ds, &held, &off, None);
                tp.push(micro(&c, "theme"));
                pp.push(micro(&c, "pain"));
            }
        }
        let (a, b) = (mean(&tf), mean(&pf));
        let (c, d) = if opts.prune.is_some() { (mean(&tp), mean(&pp)) } else { (a, b) };
        writeln!(
            out,
            "FOLD {h}/{k} theme_mean_f1={a:.3} pain_mean_f1={b:.3}{}",
            if opts.prune.is_some() { format!(" pruned: theme={c:.3} pain={d:.3}") } else { String::new() }
        )
        .unwrap();
        rows.push((a, b, c, d));
    }
    let sd = |v: Vec<f64>| {
        let m = mean(&v);
        (m, (v.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (v.len().max(2) - 1) as f64).sqrt())
    };
    let (tm, ts) = sd(rows.iter().map(|r| r.0).collect());
    let (pm, ps) = sd(rows.iter().map(|r| r.1).collect());
    let mut line = format!("CV k={k} theme_mean_f1={tm:.3}±{ts:.3} pain_mean_f1={pm:.3}±{ps:.3}");
    if let Some(p) = opts.prune {
        let (a, _) = sd(rows.iter().map(|r| r.2).collect());
        let (b, _) = sd(rows.iter().map(|r| r.3).collect());
        line += &format!(" | pruned below P={p}: theme={a:.3} pain={b:.3}");
    }
    writeln!(out, "{line}").unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_are_stable_and_balanced() {
        assert_eq!(fold_of("en_rest", "r1", 5), fold_of("en_rest", "r1", 5));
        let mut n = [0usize; 5];
        for i in 0..5000 {
            n[fold_of("ds", &format!("id{i}"), 5)] += 1;
        }
        assert!(n.iter().all(|&c| (900..1100).contains(&c)), "{n:?}");
    }

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
