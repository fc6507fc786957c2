//! The columns of each output table and how they are filled (see the README's
//! "Output tables" for what each column means).

use super::{bool_col, f64_col, i8_col, opt_u64_col, str_col, u32_col, u64_col, ColData, Frame, Push};
use crate::aggregate::{benjamini_hochberg, theme_stats, Aggregates, PersonaKey, QuoteCandidate, ThemeCounts, ThemeStats};
use crate::analyze::DocAnalysis;
use crate::ingest::{Document, Reject};
use crate::lang::Lang;
use crate::lexicon::LexiconSet;
use std::collections::BTreeMap;

const CORE_DOC_COLUMNS: &[&str] = &[
    "n_turns",
    "n_analysed_turns",
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
        ("created_at".into(), super::timestamp_col()),
        ("n_tokens".into(), u32_col()),
        ("n_sentences".into(), u32_col()),
        ("n_mentions".into(), u32_col()),
        ("n_pain_points".into(), u32_col()),
        ("sentiment".into(), f64_col()),
        ("themes".into(), str_col()),
        ("pain_themes".into(), str_col()),
        ("n_turns".into(), u32_col()),
        ("n_analysed_turns".into(), u32_col()),
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
    lex.themes.iter().zip(has).filter(|(_, h)| *h).map(|(t, _)| t.id.as_str()).collect::<Vec<_>>().join(",")
}

pub fn push_document(f: &mut Frame, lex: &LexiconSet, kind: &str, d: &Document, a: &DocAnalysis) {
    f.col(0).push(d.doc_id.as_str());
    f.col(1).push(&*d.source);
    f.col(2).push(d.row);
    f.col(3).push(kind);
    f.col(4).push(a.lang.code());
    f.col(5).push(a.variant.map(str::to_string));
    f.col(6).push(d.rating);
    // a UTC timestamp (microseconds); unreadable dates are null (counted at reading)
    f.col(7).push(d.created_ts.and_then(|s| s.checked_mul(1_000_000)));
    f.col(8).push(a.n_tokens);
    f.col(9).push(a.sentences.len() as u32);
    f.col(10).push(a.mentions.len() as u32);
    f.col(11).push(a.mentions.iter().filter(|m| m.pain).count() as u32);
    f.col(12).push(a.sentiment);
    f.col(13).push(theme_list(lex, a, false));
    f.col(14).push(theme_list(lex, a, true));
    f.col(15).push(d.turns.len() as u32);
    f.col(16).push(n_analysed_turns(d, a));
    for (i, v) in d.persona.iter().enumerate() {
        f.col(17 + i).push(v.clone());
    }
}

/// Turns whose text was analysed (their sentences are in the analysis).
fn n_analysed_turns(d: &Document, a: &DocAnalysis) -> u32 {
    d.turns.iter().filter(|t| a.sentences.iter().any(|s| s.start >= t.start && s.end <= t.end)).count() as u32
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
        ("turn", opt_u64_col),
        ("speaker", str_col),
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
        let lang = a.sentences.get(m.sentence as usize).map_or(a.lang, |s| s.lang);
        f.col(10).push(lang.code());
        f.col(11).push(m.turn.map(|t| t as u64));
        f.col(12).push(m.turn.and_then(|t| d.turns.get(t as usize)).map(|t| t.role.as_str().to_string()));
    }
}

fn sorted_keys(agg: &Aggregates) -> Vec<&PersonaKey> {
    // `all` first, then dimensions in flag order, values sorted
    agg.personas.keys().collect()
}

/// One row of the persona evidence table, with its statistics.
pub struct CellRow<'a> {
    pub key: &'a PersonaKey,
    pub theme: usize,
    pub counts: ThemeCounts,
    pub persona_docs: u64,
    pub stats: ThemeStats,
    pub q_value: Option<f64>,
}

/// Computes every (persona, theme) cell with its statistics and the Benjamini–Hochberg
/// q-values over the whole table (cells of `all` have no test).
pub fn cells<'a>(lex: &LexiconSet, agg: &'a Aggregates) -> Vec<CellRow<'a>> {
    let all_key: PersonaKey = (0, "all".to_string());
    let Some(all) = agg.personas.get(&all_key) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    for key in sorted_keys(agg) {
        let p = &agg.personas[key];
        for ti in 0..lex.themes.len() {
            let c = p.themes[ti];
            let stats = theme_stats(&c, p, &all.themes[ti], all.docs, key.0 == 0);
            rows.push(CellRow { key, theme: ti, counts: c, persona_docs: p.docs, stats, q_value: None });
        }
    }
    let q = benjamini_hochberg(&rows.iter().map(|r| r.stats.p_value).collect::<Vec<_>>());
    for (r, q) in rows.iter_mut().zip(q) {
        r.q_value = q;
    }
    rows
}

/// `persona_themes.parquet` row by row into `sink`, a row group at a time (a table of
/// 100,000 persona values × themes is never in memory as a whole).
pub fn persona_themes(lex: &LexiconSet, agg: &Aggregates, cells: &[CellRow], min_support: u64, sink: &mut super::ParquetSink) -> anyhow::Result<()> {
    let mut f = persona_themes_frame();
    for chunk in cells.chunks(super::ROW_GROUP_ROWS) {
        persona_theme_rows(&mut f, lex, agg, chunk, min_support);
        sink.write(&f)?;
        f.clear();
    }
    Ok(())
}

pub fn persona_themes_frame() -> Frame {
    Frame::new(&[
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
        ("lift_low", f64_col),
        ("lift_high", f64_col),
        ("keyness", f64_col),
        ("p_value", f64_col),
        ("q_value", f64_col),
        ("pain_docs", u64_col),
        ("pain_share", f64_col),
        ("mean_rating", f64_col),
        ("rated_docs", u64_col),
        ("rating_impact", f64_col),
        ("mean_sentiment", f64_col),
        ("low_support", bool_col),
    ])
}

fn persona_theme_rows(f: &mut Frame, lex: &LexiconSet, agg: &Aggregates, cells: &[CellRow], min_support: u64) {
    for r in cells {
        let t = &lex.themes[r.theme];
        let s = &r.stats;
        f.col(0).push(agg.dims[r.key.0 as usize].as_str());
        f.col(1).push(r.key.1.as_str());
        f.col(2).push(t.id.as_str());
        f.col(3).push(t.label(Lang::En));
        f.col(4).push(r.counts.docs);
        f.col(5).push(r.persona_docs);
        f.col(6).push(s.share);
        f.col(7).push(s.ci_low);
        f.col(8).push(s.ci_high);
        f.col(9).push(s.lift);
        f.col(10).push(s.lift_low);
        f.col(11).push(s.lift_high);
        f.col(12).push(s.keyness);
        f.col(13).push(s.p_value);
        f.col(14).push(r.q_value);
        f.col(15).push(r.counts.pain_docs);
        f.col(16).push(s.pain_share);
        f.col(17).push(s.mean_rating);
        f.col(18).push(r.counts.rating_n);
        f.col(19).push(s.rating_impact);
        f.col(20).push(s.mean_sentiment);
        f.col(21).push(r.counts.docs < min_support);
    }
}

/// A quote as written: redacted, with its id.
pub struct OutQuote {
    pub key: PersonaKey,
    pub theme: usize,
    pub rank: u32,
    pub quote_id: String,
    pub q: QuoteCandidate,
    /// For the quote of a change alert: the period of the alert.
    pub change_period: Option<String>,
}

/// A quote candidate as written: redacted (unless `--no-redact`), highlight moved.
fn written_quote(q: &QuoteCandidate, redact: bool, counts: &mut BTreeMap<String, u64>) -> QuoteCandidate {
    let mut q = q.clone();
    if redact {
        let red = crate::redact::redact(&q.text, q.highlight_start, q.highlight_end, &q.redact, counts);
        q.text = red.text;
        q.highlight_start = red.highlight_start;
        q.highlight_end = red.highlight_end;
    }
    q
}

/// Picks, ranks and redacts the quotes of every (persona, theme). A theme counts as a
/// pain theme for a persona when at least half of its documents raise it as a pain;
/// only then are pain quotes ranked first.
pub fn final_quotes(lex: &LexiconSet, agg: &Aggregates, k: usize, redact: bool, counts: &mut BTreeMap<String, u64>) -> Vec<OutQuote> {
    let mut out = Vec::new();
    for key in sorted_keys(agg) {
        let p = &agg.personas[key];
        for ti in 0..lex.themes.len() {
            let c = &p.themes[ti];
            let pain_first = c.docs > 0 && c.pain_docs * 2 >= c.docs;
            for (r, q) in agg.pick_quotes(&(key.clone(), ti as u16), k, pain_first).into_iter().enumerate() {
                let q = written_quote(q, redact, counts);
                let quote_id = format!("{}={}/{}/{}", agg.dims[key.0 as usize], key.1, lex.themes[ti].id, r + 1);
                out.push(OutQuote { key: key.clone(), theme: ti, rank: (r + 1) as u32, quote_id, q, change_period: None });
            }
        }
    }
    out
}

/// The quotes of change alerts (latest period only), redacted like the others, with ids
/// `change:DIM=VALUE/THEME/PERIOD/RANK`.
pub fn alert_quotes(
    lex: &LexiconSet,
    agg: &Aggregates,
    alerts: &[super::changes::Alert],
    k: usize,
    redact: bool,
    counts: &mut BTreeMap<String, u64>,
) -> Vec<OutQuote> {
    let mut out = Vec::new();
    for a in alerts {
        for (r, q) in super::changes::alert_quotes(agg, a, k).into_iter().enumerate() {
            let q = written_quote(q, redact, counts);
            let quote_id = format!("change:{}={}/{}/{}/{}", agg.dims[a.key.0 as usize], a.key.1, lex.themes[a.theme].id, a.period_label, r + 1);
            out.push(OutQuote { key: a.key.clone(), theme: a.theme, rank: (r + 1) as u32, quote_id, q, change_period: Some(a.period_label.clone()) });
        }
    }
    out
}

pub fn quotes(lex: &LexiconSet, agg: &Aggregates, list: &[OutQuote]) -> Frame {
    let mut f = Frame::new(&[
        ("quote_id", str_col),
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
        ("turn", opt_u64_col),
        ("speaker", str_col),
        ("change_period", str_col),
    ]);
    for o in list {
        let q = &o.q;
        f.col(0).push(o.quote_id.as_str());
        f.col(1).push(agg.dims[o.key.0 as usize].as_str());
        f.col(2).push(o.key.1.as_str());
        f.col(3).push(lex.themes[o.theme].id.as_str());
        f.col(4).push(o.rank);
        f.col(5).push(q.doc_id.as_str());
        f.col(6).push(q.source.as_str());
        f.col(7).push(q.row);
        f.col(8).push(q.lang.as_str());
        f.col(9).push(q.text.as_str());
        f.col(10).push(q.highlight_start as u64);
        f.col(11).push(q.highlight_end as u64);
        f.col(12).push(q.text[..q.highlight_start].chars().count() as u64);
        f.col(13).push(q.text[..q.highlight_end].chars().count() as u64);
        f.col(14).push(q.term.as_str());
        f.col(15).push(q.polarity);
        f.col(16).push(q.pain);
        f.col(17).push(q.rating);
        f.col(18).push(q.turn.map(|t| t as u64));
        f.col(19).push(q.speaker.clone());
        f.col(20).push(o.change_period.clone());
    }
    f
}

/// How many themes of each kind a persona card lists.
pub const SUMMARY_TOP: usize = 3;

/// `persona_summary`: one row per persona value — the table a researcher turns into a
/// persona card. Top pains: themes ranked by `pain_docs` (then `pain_share`, then
/// lexicon order), skipping a parent theme when one of its sub-themes has as many pain
/// documents (the sub-theme says it better). Distinctive themes: cells with at least
/// `min_support` documents, a lift whose 95% interval lies above 1 and a q-value below
/// 0.05, ranked by the lower bound of the lift interval (a large *and* well-supported
/// lift first), then q-value, then lexicon order. Each comes with its label (in the
/// language of its quote) and one quote: the best-ranked quote of that cell from a
/// document the card does not quote yet (pain quotes first for a pain), so one review
/// is not the evidence for two pains when another review with that pain is quoted.
pub fn persona_summary(
    lex: &LexiconSet,
    agg: &Aggregates,
    cells: &[CellRow],
    quotes: &[OutQuote],
    alerts: &[super::changes::Alert],
    min_support: u64,
) -> Frame {
    let mut spec: Vec<(String, ColData)> = vec![
        ("persona_dim".into(), str_col()),
        ("persona_value".into(), str_col()),
        ("docs".into(), u64_col()),
        ("mean_rating".into(), f64_col()),
        ("mean_sentiment".into(), f64_col()),
        ("pain_doc_share".into(), f64_col()),
        ("top_pains".into(), str_col()),
        ("distinctive_themes".into(), str_col()),
    ];
    for i in 1..=SUMMARY_TOP {
        for (suffix, col) in [
            ("", str_col as fn() -> ColData),
            ("_label", str_col),
            ("_pain_docs", u64_col),
            ("_pain_share", f64_col),
            ("_quote_id", str_col),
            ("_quote", str_col),
        ] {
            spec.push((format!("pain_{i}{suffix}"), col()));
        }
    }
    for i in 1..=SUMMARY_TOP {
        for (suffix, col) in [
            ("", str_col as fn() -> ColData),
            ("_label", str_col),
            ("_lift", f64_col),
            ("_lift_low", f64_col),
            ("_q_value", f64_col),
            ("_docs", u64_col),
            ("_quote_id", str_col),
            ("_quote", str_col),
        ] {
            spec.push((format!("distinctive_{i}{suffix}"), col()));
        }
    }
    // change alerts of the persona (see changes.parquet): `theme (period, xR)`, strongest first
    spec.push(("rising_pains".into(), str_col()));
    let mut f = Frame::with_columns(spec);
    // the quote of a card slot: the best-ranked quote of the cell (a pain quote for a
    // pain slot) from a document the card does not quote yet, else the best one
    // quotes by cell (an index, so that cards stay linear in the number of personas)
    let mut by_cell: std::collections::HashMap<(&PersonaKey, usize), Vec<&OutQuote>> = std::collections::HashMap::new();
    for q in quotes {
        by_cell.entry((&q.key, q.theme)).or_default().push(q);
    }
    let pick = |key: &PersonaKey, theme: usize, want_pain: bool, used: &mut Vec<String>| -> Option<&OutQuote> {
        let mut cands: Vec<&OutQuote> = by_cell.get(&(key, theme)).cloned().unwrap_or_default();
        cands.sort_by_key(|q| (want_pain && !q.q.pain, q.rank));
        let q = cands.iter().find(|q| !used.contains(&q.q.doc_id)).or(cands.first()).copied();
        if let Some(q) = q {
            used.push(q.q.doc_id.clone());
        }
        q
    };
    // a theme's label in the language of its quote (English when it has none)
    let label = |theme: usize, q: Option<&OutQuote>| -> String {
        let t = &lex.themes[theme];
        let l = q.and_then(|q| Lang::parse(&q.q.lang)).filter(|l| !t.label(*l).is_empty()).unwrap_or(Lang::En);
        t.label(l).to_string()
    };
    let mut i = 0;
    while i < cells.len() {
        let key = cells[i].key;
        let j = i + cells[i..].iter().take_while(|r| r.key == key).count();
        let rows = &cells[i..j];
        let p = &agg.personas[key];
        // top pains
        let mut pains: Vec<&CellRow> = rows.iter().filter(|r| r.counts.pain_docs > 0).collect();
        pains.retain(|r| {
            !rows.iter().any(|c| lex.themes[c.theme].parent.as_deref() == Some(lex.themes[r.theme].id.as_str()) && c.counts.pain_docs >= r.counts.pain_docs)
        });
        pains.sort_by(|a, b| b.counts.pain_docs.cmp(&a.counts.pain_docs).then(b.stats.pain_share.total_cmp(&a.stats.pain_share)).then(a.theme.cmp(&b.theme)));
        pains.truncate(SUMMARY_TOP);
        let mut dist: Vec<&CellRow> =
            rows.iter().filter(|r| r.counts.docs >= min_support && r.stats.lift_low.is_some_and(|l| l > 1.0) && r.q_value.is_some_and(|q| q < 0.05)).collect();
        dist.sort_by(|a, b| {
            b.stats.lift_low.unwrap().total_cmp(&a.stats.lift_low.unwrap()).then(a.q_value.unwrap().total_cmp(&b.q_value.unwrap())).then(a.theme.cmp(&b.theme))
        });
        dist.truncate(SUMMARY_TOP);
        f.col(0).push(agg.dims[key.0 as usize].as_str());
        f.col(1).push(key.1.as_str());
        f.col(2).push(p.docs);
        f.col(3).push((p.rating_n > 0).then(|| p.rating_sum as f64 / 1e6 / p.rating_n as f64));
        f.col(4).push((p.docs > 0).then(|| p.sentiment_sum as f64 / 1e6 / p.docs as f64));
        f.col(5).push(if p.docs > 0 { p.pain_docs as f64 / p.docs as f64 } else { 0.0 });
        f.col(6).push(pains.iter().map(|r| lex.themes[r.theme].id.as_str()).collect::<Vec<_>>().join(","));
        f.col(7).push(dist.iter().map(|r| lex.themes[r.theme].id.as_str()).collect::<Vec<_>>().join(","));
        let mut col = 8;
        let mut used: Vec<String> = Vec::new();
        for k in 0..SUMMARY_TOP {
            let r = pains.get(k);
            let q = r.and_then(|r| pick(key, r.theme, true, &mut used));
            f.col(col).push(r.map(|r| lex.themes[r.theme].id.clone()));
            f.col(col + 1).push(r.map(|r| label(r.theme, q)));
            f.col(col + 2).push(r.map_or(0, |r| r.counts.pain_docs));
            f.col(col + 3).push(r.map(|r| r.stats.pain_share));
            f.col(col + 4).push(q.map(|q| q.quote_id.clone()));
            f.col(col + 5).push(q.map(|q| q.q.text.clone()));
            col += 6;
        }
        for k in 0..SUMMARY_TOP {
            let r = dist.get(k);
            let q = r.and_then(|r| pick(key, r.theme, false, &mut used));
            f.col(col).push(r.map(|r| lex.themes[r.theme].id.clone()));
            f.col(col + 1).push(r.map(|r| label(r.theme, q)));
            f.col(col + 2).push(r.and_then(|r| r.stats.lift));
            f.col(col + 3).push(r.and_then(|r| r.stats.lift_low));
            f.col(col + 4).push(r.and_then(|r| r.q_value));
            f.col(col + 5).push(r.map_or(0, |r| r.counts.docs));
            f.col(col + 6).push(q.map(|q| q.quote_id.clone()));
            f.col(col + 7).push(q.map(|q| q.q.text.clone()));
            col += 8;
        }
        let mut rising: Vec<&super::changes::Alert> = alerts.iter().filter(|a| &a.key == key).collect();
        rising.sort_by(|a, b| b.period.cmp(&a.period).then(b.ratio.total_cmp(&a.ratio)).then(a.theme.cmp(&b.theme)));
        let rising: Vec<String> = rising.iter().map(|a| format!("{} ({}, x{:.1})", lex.themes[a.theme].id, a.period_label, a.ratio)).collect();
        f.col(col).push((!rising.is_empty()).then(|| rising.join("; ")));
        i = j;
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
        ("source", str_col),
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
        f.col(12).push(t.source.as_str());
    }
    f
}

pub fn rejects(list: &[Reject]) -> Frame {
    let mut f = Frame::new(&[("source", str_col), ("row", u64_col), ("line", u64_col), ("field", str_col), ("reason", str_col), ("severity", str_col)]);
    for r in list {
        f.col(0).push(r.source.as_str());
        f.col(1).push(r.row);
        f.col(2).push(r.line.unwrap_or(0));
        f.col(3).push(r.field.clone());
        f.col(4).push(r.reason.as_str());
        f.col(5).push(if r.warning { "warning" } else { "error" });
    }
    f
}

/// Phrases reported per language and phrase length in `emergent_terms` (most documents
/// first).
pub const EMERGENT_PER_LANG: usize = 50;
/// A phrase needs at least this many documents to be reported.
pub const EMERGENT_MIN_DOCS: u64 = 3;

/// `emergent_terms`: recurring phrases no lexicon term covers, per language, with
/// their share and keyness (signed G² against the rest of the corpus) per persona value.
pub fn emergent_terms(agg: &Aggregates) -> Frame {
    let mut f = Frame::new(&[
        ("lang", str_col),
        ("phrase", str_col),
        ("stems", str_col),
        ("docs", u64_col),
        ("total_docs", u64_col),
        ("persona_dim", str_col),
        ("persona_value", str_col),
        ("persona_docs", u64_col),
        ("share", f64_col),
        ("keyness", f64_col),
        ("p_value", f64_col),
        ("examples", str_col),
    ]);
    let all_key: PersonaKey = (0, "all".to_string());
    let Some(all) = agg.personas.get(&all_key) else {
        return f;
    };
    // per language and phrase length (1, 2, 3 words), the most frequent phrases: a
    // frequent single word does not crowd out a rarer two-word phrase
    let mut by_lang: BTreeMap<(Lang, usize), Vec<(&str, &crate::aggregate::PhraseCounts)>> = BTreeMap::new();
    for e in agg.phrases.iter() {
        if e.docs >= EMERGENT_MIN_DOCS {
            by_lang.entry((e.lang, e.key().split(' ').count())).or_default().push((e.key(), e));
        }
    }
    let id_to_key: BTreeMap<u32, &PersonaKey> = agg.persona_ids.iter().map(|(k, v)| (*v, k)).collect();
    for ((lang, _), mut list) in by_lang {
        list.sort_by(|a, b| b.1.docs.cmp(&a.1.docs).then(a.0.cmp(b.0)));
        // personal data never becomes an emergent term; checked only on the phrases that
        // would be written (the patterns are costly on every tracked phrase)
        let mut kept = 0;
        list.retain(|(_, e)| {
            let keep = kept < EMERGENT_PER_LANG && !crate::redact::has_personal_data(e.display());
            kept += keep as usize;
            keep
        });
        for (key, e) in list {
            let push = |f: &mut Frame, dim: &str, value: &str, docs: u64, pdocs: u64, keyness: Option<f64>, p: Option<f64>| {
                f.col(0).push(lang.code());
                f.col(1).push(e.display());
                f.col(2).push(key);
                f.col(3).push(docs);
                f.col(4).push(e.docs);
                f.col(5).push(dim);
                f.col(6).push(value);
                f.col(7).push(pdocs);
                f.col(8).push(if pdocs > 0 { docs as f64 / pdocs as f64 } else { 0.0 });
                f.col(9).push(keyness);
                f.col(10).push(p);
                f.col(11).push(e.examples.iter().map(|x| &**x).collect::<Vec<&str>>().join(","));
            };
            push(&mut f, "all", "all", e.docs, all.docs, None, None);
            let mut rows: Vec<(&PersonaKey, u64)> = e.persona.iter().filter_map(|(id, n)| id_to_key.get(id).map(|k| (*k, *n))).collect();
            rows.sort();
            for (pk, n) in rows {
                let pdocs = agg.personas.get(pk).map_or(0, |p| p.docs);
                let rest = all.docs.saturating_sub(pdocs);
                let rest_k = e.docs.saturating_sub(n);
                let (g, p) = crate::aggregate::g_squared(n, pdocs.saturating_sub(n), rest_k, rest.saturating_sub(rest_k));
                let over = (n as f64) * (rest as f64) >= (rest_k as f64) * (pdocs as f64);
                let (k, p) = if rest > 0 { (Some(if over { g } else { -g }), Some(p)) } else { (None, None) };
                push(&mut f, &agg.dims[pk.0 as usize], &pk.1, n, pdocs, k, p);
            }
        }
    }
    f
}

/// `metrics`: ticket metrics per persona value (`theme` empty) and per (persona value,
/// theme), with the theme's impact on each score within the persona value.
pub fn metrics(lex: &LexiconSet, agg: &Aggregates) -> Frame {
    let mut f = Frame::new(&[
        ("persona_dim", str_col),
        ("persona_value", str_col),
        ("theme", str_col),
        ("docs", u64_col),
        ("first_response_n", u64_col),
        ("first_response_median_h", f64_col),
        ("first_response_p90_h", f64_col),
        ("resolution_n", u64_col),
        ("resolution_median_h", f64_col),
        ("resolution_p90_h", f64_col),
        ("csat_n", u64_col),
        ("csat_mean", f64_col),
        ("csat_satisfied_share", f64_col),
        ("nps_n", u64_col),
        ("nps", f64_col),
        ("nps_low", f64_col),
        ("nps_high", f64_col),
        ("ces_n", u64_col),
        ("ces_mean", f64_col),
        ("resolution_mean_impact_h", f64_col),
        ("csat_impact", f64_col),
        ("nps_impact", f64_col),
        ("ces_impact", f64_col),
    ]);
    let mean = |v: &[f64]| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    for ((key, theme), m) in &agg.metrics {
        let mut frt = m.first_response_h.clone();
        frt.sort_by(f64::total_cmp);
        let mut ttr = m.resolution_h.clone();
        ttr.sort_by(f64::total_cmp);
        let nps = m.nps();
        f.col(0).push(agg.dims[key.0 as usize].as_str());
        f.col(1).push(key.1.as_str());
        f.col(2).push(theme.map(|t| lex.themes[t as usize].id.clone()));
        f.col(3).push(m.docs);
        f.col(4).push(frt.len() as u64);
        f.col(5).push(crate::aggregate::quantile(&frt, 0.5));
        f.col(6).push(crate::aggregate::quantile(&frt, 0.9));
        f.col(7).push(ttr.len() as u64);
        f.col(8).push(crate::aggregate::quantile(&ttr, 0.5));
        f.col(9).push(crate::aggregate::quantile(&ttr, 0.9));
        f.col(10).push(m.csat_n);
        f.col(11).push(m.csat_mean());
        f.col(12).push((m.csat_n > 0).then(|| m.csat_satisfied as f64 / m.csat_n as f64));
        f.col(13).push(m.nps_n);
        f.col(14).push(nps.map(|x| x.0));
        f.col(15).push(nps.map(|x| x.1));
        f.col(16).push(nps.map(|x| x.2));
        f.col(17).push(m.ces_n);
        f.col(18).push(m.ces_mean());
        // impact: with the theme minus without it, within the persona value
        let whole = theme.and_then(|_| agg.metrics.get(&(key.clone(), None)));
        let (ti_res, ti_csat, ti_nps, ti_ces) = match whole {
            Some(w) => {
                let rest = w.without(m);
                let rest_res: Option<f64> = {
                    let n = w.resolution_h.len() - m.resolution_h.len();
                    (n > 0).then(|| (w.resolution_h.iter().sum::<f64>() - m.resolution_h.iter().sum::<f64>()) / n as f64)
                };
                let d = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a - b);
                (
                    d(mean(&m.resolution_h), rest_res),
                    d(m.csat_mean(), rest.csat_mean()),
                    d(m.nps().map(|x| x.0), rest.nps().map(|x| x.0)),
                    d(m.ces_mean(), rest.ces_mean()),
                )
            }
            None => (None, None, None, None),
        };
        f.col(19).push(ti_res);
        f.col(20).push(ti_csat);
        f.col(21).push(ti_nps);
        f.col(22).push(ti_ces);
    }
    f
}
