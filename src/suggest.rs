//! `vocmine lexicon suggest OUT_DIR`: turns the strongest emergent phrases of a run
//! into a lexicon stub a researcher can review.
//!
//! Reads `emergent_terms.parquet` from a run's output directory and writes
//! `suggested.lex` next to it: a valid theme file (theme `emergent`) with one section per
//! language and one phrase per line, most frequent first, each with a comment giving its
//! document count, the persona value where it is most over-represented and example
//! doc ids. The researcher moves each line to the theme it belongs to, or deletes it.

use crate::config::Format;
use crate::ingest::{open_reader, ByteCounter};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

struct Suggestion {
    phrase: String,
    docs: u64,
    best: Option<(f64, String)>,
    examples: String,
}

/// Writes `suggested.lex` into `out_dir`; returns its path and the number of phrases.
pub fn suggest(out_dir: &Path, top: usize) -> anyhow::Result<(PathBuf, usize)> {
    let path = out_dir.join("emergent_terms.parquet");
    if !path.is_file() {
        anyhow::bail!("{}: not found (run `vocmine run … --out {}` first)", path.display(), out_dir.display());
    }
    let src = path.display().to_string();
    let mut reader = open_reader(&path, &src, Format::Parquet, None, &ByteCounter::default(), &[]).map_err(|e| anyhow::anyhow!("{src}: {e}"))?;
    let header = reader.header().to_vec();
    let col = |n: &str| header.iter().position(|h| h == n).ok_or_else(|| anyhow::anyhow!("{src}: no column {n:?}; is this an emergent_terms table?"));
    let (c_lang, c_phrase, c_docs, c_dim, c_val, c_key, c_p, c_ex) =
        (col("lang")?, col("phrase")?, col("docs")?, col("persona_dim")?, col("persona_value")?, col("keyness")?, col("p_value")?, col("examples")?);
    let mut by_lang: BTreeMap<String, BTreeMap<String, Suggestion>> = BTreeMap::new();
    while let Some(rec) = reader.next_record() {
        let rec = rec.map_err(|r| anyhow::anyhow!("{src}: row {}: {}", r.row, r.reason))?;
        let get = |i: usize| rec.fields.get(i).cloned().flatten().unwrap_or_default();
        let lang = get(c_lang);
        let phrase = get(c_phrase);
        let entry =
            by_lang.entry(lang).or_default().entry(phrase.clone()).or_insert_with(|| Suggestion { phrase, docs: 0, best: None, examples: String::new() });
        if get(c_dim) == "all" {
            entry.docs = get(c_docs).parse().unwrap_or(0);
            entry.examples = get(c_ex);
        } else if let (Ok(k), Ok(p)) = (get(c_key).parse::<f64>(), get(c_p).parse::<f64>()) {
            if k > 0.0 && p < 0.05 && entry.best.as_ref().is_none_or(|(b, _)| k > *b) {
                entry.best = Some((k, format!("{}={}", get(c_dim), get(c_val))));
            }
        }
    }
    let mut text = String::from(
        "# Suggested by `vocmine lexicon suggest` from emergent_terms.parquet: recurring phrases that\n\
         # no lexicon term covers, most frequent first. Move each line to the theme it belongs to\n\
         # (lexicons/themes/<theme>.lex, same [lang] section) or delete it, then run\n\
         # `vocmine lexicon check` and `vocmine eval`.\n\
         theme = emergent\n\
         label.en = Emergent phrases (to review)\n\
         label.fr = Expressions émergentes (à revoir)\n\
         label.ar = عبارات ناشئة (للمراجعة)\n\
         label.fa = عبارات نوظهور (برای بازبینی)\n",
    );
    let mut n = 0;
    for (lang, items) in by_lang {
        let mut list: Vec<Suggestion> = items.into_values().collect();
        list.sort_by(|a, b| b.docs.cmp(&a.docs).then(a.phrase.cmp(&b.phrase)));
        list.truncate(top);
        if list.is_empty() || !matches!(lang.as_str(), "en" | "fr" | "ar" | "fa") {
            continue;
        }
        writeln!(text, "\n[{lang}]").unwrap();
        for s in list {
            let best = s.best.map(|(k, p)| format!("; most over-represented in {p} (G² {k:.1})")).unwrap_or_default();
            writeln!(text, "{}    # {} docs{best}; e.g. {}", s.phrase, s.docs, s.examples).unwrap();
            n += 1;
        }
    }
    let dest = out_dir.join("suggested.lex");
    let tmp = out_dir.join(".suggested.lex.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, &dest)?;
    Ok((dest, n))
}
