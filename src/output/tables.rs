//! The columns of each output table and how they are filled (see the README's
//! "Output tables" for what each column means).

use super::{bool_col, f64_col, i8_col, str_col, u32_col, u64_col, ColData, Frame, Push};
use crate::aggregate::{theme_stats, Aggregates, PersonaKey};
use crate::analyze::DocAnalysis;
use crate::ingest::{Document, Reject};
use crate::lang::Lang;
use crate::lexicon::LexiconSet;

const CORE_DOC_COLUMNS: &[&str] = &[
    "doc_id",
    "source",
    "row",
    "kind",
    "lang",
    "lang_variant",
    "rating",
    "created_at",
    "n_tokens",
    "n_sentences",
    "n_mentions",
    "n_pain_points",
    "sentiment",
    "themes",
    "pain_themes",
];

/// Column name of a persona dimension in `documents` (prefixed if it collides).
pub fn persona_column_name(dim: &str) -> String {
    if CORE_DOC_COLUMNS.contains(&dim) {
        format!("persona_{dim}")
    } else {
        dim.to_string()
    }
}

pub fn documents_frame(dims: &[String]) -> Frame {
    let mut cols: Vec<(String, ColData)> = vec![
        ("doc_id".into(), str_col()),
        ("source".into(), str_col()),
        ("row".into(), u64_col()),
        ("kind".into(), str_col()),
        ("lang".into(), str_col()),
        ("lang_variant".into(), str_col()),
        ("rating".into(), f64_col()),
        ("created_at".into(), str_col()),
        ("n_tokens".into(), u32_col()),
        ("n_sentences".into(), u32_col()),
        ("n_mentions".into(), u32_col()),
        ("n_pain_points".into(), u32_col()),
        ("sentiment".into(), f64_col()),
        ("themes".into(), str_col()),
        ("pain_themes".into(), str_col()),
    ];
    for d in dims {
        cols.push((persona_column_name(d), str_col()));
    }
    Frame::with_columns(cols)
}

/// Theme ids of a document's mentions (with ancestors), in lexicon order, comma-joined.
fn theme_list(lex: &LexiconSet, a: &DocAnalysis, pain_only: bool) -> String {
    let mut has = vec![false; lex.themes.len()];
    for m in &a.mentions {
        if pain_only && !m.pain {
            continue;
        }
        for &t in &lex.theme(m.theme).lineage {
            has[t as usize] = true;
        }
    }
    lex.themes
        .iter()
        .zip(has)
        .filter(|(_, h)| *h)
        .map(|(t, _)| t.id.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

pub fn push_document(f: &mut Frame, lex: &LexiconSet, kind: &str, d: &Document, a: &DocAnalysis) {
    f.col(0).push(d.doc_id.as_str());
    f.col(1).push(&*d.source);
    f.col(2).push(d.row);
    f.col(3).push(kind);
    f.col(4).push(a.lang.code());
    f.col(5).push(a.variant.map(str::to_string));
    f.col(6).push(d.rating);
    f.col(7).push(d.created_at.clone());
    f.col(8).push(a.n_tokens);
    f.col(9).push(a.sentences.len() as u32);
    f.col(10).push(a.mentions.len() as u32);
    f.col(11)
        .push(a.mentions.iter().filter(|m| m.pain).count() as u32);
    f.col(12).push(a.sentiment as f64);
    f.col(13).push(theme_list(lex, a, false));
    f.col(14).push(theme_list(lex, a, true));
    for (i, v) in d.persona.iter().enumerate() {
        f.col(15 + i).push(v.clone());
    }
}

pub fn mentions_frame() -> Frame {
    Frame::new(&[
        ("doc_id", str_col),
        ("theme", str_col),
        ("term", str_col),
        ("matched", str_col),
        ("sentence", u32_col),
        ("start", u64_col),
        ("end", u64_col),
        ("polarity", i8_col),
        ("negated", bool_col),
        ("pain", bool_col),
        ("lang", str_col),
    ])
}

pub fn push_mentions(f: &mut Frame, lex: &LexiconSet, d: &Document, a: &DocAnalysis) {
    for m in &a.mentions {
        f.col(0).push(d.doc_id.as_str());
        f.col(1).push(lex.theme(m.theme).id.as_str());
        f.col(2).push(lex.terms[m.term as usize].text.as_str());
        f.col(3).push(&d.text[m.start..m.end]);
        f.col(4).push(m.sentence);
        f.col(5).push(m.start as u64);
        f.col(6).push(m.end as u64);
        f.col(7).push(m.polarity);
        f.col(8).push(m.negated);
        f.col(9).push(m.pain);
        let lang = a
            .sentences
            .get(m.sentence as usize)
            .map_or(a.lang, |s| s.lang);
        f.col(10).push(lang.code());
    }
}

fn sorted_keys(agg: &Aggregates) -> Vec<&PersonaKey> {
    // `all` first, then dimensions in flag order, values sorted
    agg.personas.keys().collect()
}

pub fn persona_themes(lex: &LexiconSet, agg: &Aggregates) -> Frame {
    let mut f = Frame::new(&[
        ("persona_dim", str_col),
        ("persona_value", str_col),
        ("theme", str_col),
        ("label_en", str_col),
        ("docs", u64_col),
        ("persona_docs", u64_col),
        ("share", f64_col),
        ("ci_low", f64_col),
        ("ci_high", f64_col),
        ("lift", f64_col),
        ("pain_docs", u64_col),
        ("pain_share", f64_col),
        ("mean_rating", f64_col),
        ("rated_docs", u64_col),
        ("mean_sentiment", f64_col),
    ]);
    let all_key: PersonaKey = (0, "all".to_string());
    let Some(all) = agg.personas.get(&all_key) else {
        return f;
    };
    for key in sorted_keys(agg) {
        let p = &agg.personas[key];
        for (ti, t) in lex.themes.iter().enumerate() {
            let c = &p.themes[ti];
            let s = theme_stats(c, p, &all.themes[ti], all.docs, key.0 == 0);
            f.col(0).push(agg.dims[key.0 as usize].as_str());
            f.col(1).push(key.1.as_str());
            f.col(2).push(t.id.as_str());
            f.col(3).push(t.label(Lang::En));
            f.col(4).push(c.docs);
            f.col(5).push(p.docs);
            f.col(6).push(s.share);
            f.col(7).push(s.ci_low);
            f.col(8).push(s.ci_high);
            f.col(9).push(s.lift);
            f.col(10).push(c.pain_docs);
            f.col(11).push(s.pain_share);
            f.col(12).push(s.mean_rating);
            f.col(13).push(c.rating_n);
            f.col(14).push(s.mean_sentiment);
        }
    }
    f
}

pub fn quotes(lex: &LexiconSet, agg: &Aggregates, k: usize) -> Frame {
    let mut f = Frame::new(&[
        ("persona_dim", str_col),
        ("persona_value", str_col),
        ("theme", str_col),
        ("rank", u32_col),
        ("doc_id", str_col),
        ("source", str_col),
        ("row", u64_col),
        ("lang", str_col),
        ("text", str_col),
        ("highlight_start", u64_col),
        ("highlight_end", u64_col),
        ("highlight_start_char", u64_col),
        ("highlight_end_char", u64_col),
        ("term", str_col),
        ("polarity", i8_col),
        ("pain", bool_col),
        ("rating", f64_col),
    ]);
    for key in sorted_keys(agg) {
        for (ti, t) in lex.themes.iter().enumerate() {
            let picked = agg.pick_quotes(&(key.clone(), ti as u16), k);
            for (r, q) in picked.iter().enumerate() {
                f.col(0).push(agg.dims[key.0 as usize].as_str());
                f.col(1).push(key.1.as_str());
                f.col(2).push(t.id.as_str());
                f.col(3).push((r + 1) as u32);
                f.col(4).push(q.doc_id.as_str());
                f.col(5).push(q.source.as_str());
                f.col(6).push(q.row);
                f.col(7).push(q.lang.as_str());
                f.col(8).push(q.text.as_str());
                f.col(9).push(q.highlight_start as u64);
                f.col(10).push(q.highlight_end as u64);
                f.col(11)
                    .push(q.text[..q.highlight_start].chars().count() as u64);
                f.col(12)
                    .push(q.text[..q.highlight_end].chars().count() as u64);
                f.col(13).push(q.term.as_str());
                f.col(14).push(q.polarity);
                f.col(15).push(q.pain);
                f.col(16).push(q.rating);
            }
        }
    }
    f
}

pub fn themes(lex: &LexiconSet) -> Frame {
    let mut f = Frame::new(&[
        ("theme", str_col),
        ("parent", str_col),
        ("label_en", str_col),
        ("label_fr", str_col),
        ("label_ar", str_col),
        ("label_fa", str_col),
        ("kind", str_col),
        ("painful", bool_col),
        ("terms_en", u32_col),
        ("terms_fr", u32_col),
        ("terms_ar", u32_col),
        ("terms_fa", u32_col),
    ]);
    for t in &lex.themes {
        f.col(0).push(t.id.as_str());
        f.col(1).push(t.parent.clone());
        f.col(2).push(t.label(Lang::En));
        f.col(3).push(t.label(Lang::Fr));
        f.col(4).push(t.label(Lang::Ar));
        f.col(5).push(t.label(Lang::Fa));
        f.col(6).push(t.kind());
        f.col(7).push(t.painful);
        for (i, l) in [Lang::En, Lang::Fr, Lang::Ar, Lang::Fa].iter().enumerate() {
            f.col(8 + i).push(t.n_terms[l.index().unwrap()]);
        }
    }
    f
}

pub fn rejects(list: &[Reject]) -> Frame {
    let mut f = Frame::new(&[
        ("source", str_col),
        ("row", u64_col),
        ("line", u64_col),
        ("field", str_col),
        ("reason", str_col),
    ]);
    for r in list {
        f.col(0).push(r.source.as_str());
        f.col(1).push(r.row);
        f.col(2).push(r.line.unwrap_or(0));
        f.col(3).push(r.field.clone());
        f.col(4).push(r.reason.as_str());
    }
    f
}
