//! The columns of each output table and how they are filled (see the README's
//! "Output tables" for what each column means).

use super::{row, Frame, StrTail, UtcMicros};
use crate::aggregate::{benjamini_hochberg, theme_stats, Aggregates, PersonaKey, QuoteCandidate, ThemeCounts, ThemeStats};
use crate::analyze::DocAnalysis;
use crate::lang::Lang;
use crate::lexicon::LexiconSet;
use crate::model::{Document, Reject};
use std::collections::BTreeMap;

row! {
    /// One row of `documents.parquet`; the persona dimensions follow as string columns.
    pub struct DocumentRow<'a> {
        doc_id: &'a str,
        source: &'a str,
        row: u64,
        kind: &'a str,
        lang: &'a str,
        lang_variant: Option<&'a str>,
        rating: Option<f64>,
        created_at: UtcMicros,
        n_tokens: u32,
        n_sentences: u32,
        n_mentions: u32,
        n_pain_points: u32,
        sentiment: f64,
        themes: String,
        pain_themes: String,
        n_turns: u32,
        n_analysed_turns: u32,
        personas: StrTail<'a>,
    }
}

/// Column name of a persona dimension in `documents` (prefixed if it collides).
pub fn persona_column_name(dim: &str) -> String {
    if Frame::of::<DocumentRow>().names().any(|n| n == dim) {
        format!("persona_{dim}")
    } else {
        dim.to_string()
    }
}

pub fn documents_frame(dims: &[String]) -> Frame {
    Frame::of::<DocumentRow>().with_str_tail(dims.iter().map(|d| persona_column_name(d)))
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
    f.push_row(DocumentRow {
        doc_id: d.doc_id.as_str(),
        source: &d.source,
        row: d.row,
        kind,
        lang: a.lang.code(),
        lang_variant: a.variant,
        rating: d.rating,
        // a UTC timestamp (microseconds); unreadable dates are null (counted at reading)
        created_at: UtcMicros(d.created_ts.and_then(|s| s.checked_mul(1_000_000))),
        n_tokens: a.n_tokens,
        n_sentences: a.sentences.len() as u32,
        n_mentions: a.mentions.len() as u32,
        n_pain_points: a.mentions.iter().filter(|m| m.pain).count() as u32,
        sentiment: a.sentiment,
        themes: theme_list(lex, a, false),
        pain_themes: theme_list(lex, a, true),
        n_turns: d.turns.len() as u32,
        n_analysed_turns: n_analysed_turns(d, a),
        personas: StrTail(&d.persona),
    });
}

/// Turns whose text was analysed (their sentences are in the analysis).
fn n_analysed_turns(d: &Document, a: &DocAnalysis) -> u32 {
    d.turns.iter().filter(|t| a.sentences.iter().any(|s| s.start >= t.start && s.end <= t.end)).count() as u32
}

row! {
    /// One row of `mentions.parquet`.
    pub struct MentionRow<'a> {
        doc_id: &'a str,
        theme: &'a str,
        term: &'a str,
        matched: &'a str,
        sentence: u32,
        start: u64,
        end: u64,
        polarity: i8,
        negated: bool,
        pain: bool,
        lang: &'a str,
        turn: Option<u64>,
        speaker: Option<&'a str>,
    }
}

pub fn mentions_frame() -> Frame {
    Frame::of::<MentionRow>()
}

pub fn push_mentions(f: &mut Frame, lex: &LexiconSet, d: &Document, a: &DocAnalysis) {
    for m in &a.mentions {
        f.push_row(MentionRow {
            doc_id: d.doc_id.as_str(),
            theme: lex.theme(m.theme).id.as_str(),
            term: lex.terms[m.term as usize].text.as_str(),
            matched: &d.text[m.start..m.end],
            sentence: m.sentence,
            start: m.start as u64,
            end: m.end as u64,
            polarity: m.polarity,
            negated: m.negated,
            pain: m.pain,
            lang: a.sentences.get(m.sentence as usize).map_or(a.lang, |s| s.lang).code(),
            turn: m.turn.map(|t| t as u64),
            speaker: m.turn.and_then(|t| d.turns.get(t as usize)).map(|t| t.role.as_str()),
        });
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

row! {
    /// One row of `persona_themes.parquet`: a (persona value, theme) cell.
    pub struct PersonaThemeRow<'a> {
        persona_dim: &'a str,
        persona_value: &'a str,
        theme: &'a str,
        label_en: &'a str,
        docs: u64,
        persona_docs: u64,
        share: f64,
        ci_low: f64,
        ci_high: f64,
        lift: Option<f64>,
        lift_low: Option<f64>,
        lift_high: Option<f64>,
        keyness: Option<f64>,
        p_value: Option<f64>,
        q_value: Option<f64>,
        pain_docs: u64,
        pain_share: f64,
        mean_rating: Option<f64>,
        rated_docs: u64,
        rating_impact: Option<f64>,
        mean_sentiment: Option<f64>,
        low_support: bool,
    }
}

pub fn persona_themes_frame() -> Frame {
    Frame::of::<PersonaThemeRow>()
}

fn persona_theme_rows(f: &mut Frame, lex: &LexiconSet, agg: &Aggregates, cells: &[CellRow], min_support: u64) {
    for r in cells {
        let t = &lex.themes[r.theme];
        let s = &r.stats;
        f.push_row(PersonaThemeRow {
            persona_dim: agg.dims[r.key.0 as usize].as_str(),
            persona_value: r.key.1.as_str(),
            theme: t.id.as_str(),
            label_en: t.label(Lang::En),
            docs: r.counts.docs,
            persona_docs: r.persona_docs,
            share: s.share,
            ci_low: s.ci_low,
            ci_high: s.ci_high,
            lift: s.lift,
            lift_low: s.lift_low,
            lift_high: s.lift_high,
            keyness: s.keyness,
            p_value: s.p_value,
            q_value: r.q_value,
            pain_docs: r.counts.pain_docs,
            pain_share: s.pain_share,
            mean_rating: s.mean_rating,
            rated_docs: r.counts.rating_n,
            rating_impact: s.rating_impact,
            mean_sentiment: s.mean_sentiment,
            low_support: r.counts.docs < min_support,
        });
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

row! {
    /// One row of `quotes.parquet`.
    pub struct QuoteRow<'a> {
        quote_id: &'a str,
        persona_dim: &'a str,
        persona_value: &'a str,
        theme: &'a str,
        rank: u32,
        doc_id: &'a str,
        source: &'a str,
        row: u64,
        lang: &'a str,
        text: &'a str,
        highlight_start: u64,
        highlight_end: u64,
        highlight_start_char: u64,
        highlight_end_char: u64,
        term: &'a str,
        polarity: i8,
        pain: bool,
        rating: Option<f64>,
        turn: Option<u64>,
        speaker: Option<&'a str>,
        change_period: Option<&'a str>,
    }
}

pub fn quotes(lex: &LexiconSet, agg: &Aggregates, list: &[OutQuote]) -> Frame {
    let mut f = Frame::of::<QuoteRow>();
    for o in list {
        let q = &o.q;
        f.push_row(QuoteRow {
            quote_id: o.quote_id.as_str(),
            persona_dim: agg.dims[o.key.0 as usize].as_str(),
            persona_value: o.key.1.as_str(),
            theme: lex.themes[o.theme].id.as_str(),
            rank: o.rank,
            doc_id: q.doc_id.as_str(),
            source: q.source.as_str(),
            row: q.row,
            lang: q.lang.as_str(),
            text: q.text.as_str(),
            highlight_start: q.highlight_start as u64,
            highlight_end: q.highlight_end as u64,
            highlight_start_char: q.text[..q.highlight_start].chars().count() as u64,
            highlight_end_char: q.text[..q.highlight_end].chars().count() as u64,
            term: q.term.as_str(),
            polarity: q.polarity,
            pain: q.pain,
            rating: q.rating,
            turn: q.turn.map(|t| t as u64),
            speaker: q.speaker.as_deref(),
            change_period: o.change_period.as_deref(),
        });
    }
    f
}

/// How many themes of each kind a persona card lists.
pub const SUMMARY_TOP: usize = 3;

row! {
    /// A top-pain slot of a persona card: columns `pain_N`, `pain_N_label`, …
    pub struct PainSlot {
        theme as "": Option<String>,
        label as "_label": Option<String>,
        pain_docs as "_pain_docs": u64,
        pain_share as "_pain_share": Option<f64>,
        quote_id as "_quote_id": Option<String>,
        quote as "_quote": Option<String>,
    }
}

row! {
    /// A distinctive-theme slot of a persona card: columns `distinctive_N`, …
    pub struct DistinctiveSlot {
        theme as "": Option<String>,
        label as "_label": Option<String>,
        lift as "_lift": Option<f64>,
        lift_low as "_lift_low": Option<f64>,
        q_value as "_q_value": Option<f64>,
        docs as "_docs": u64,
        quote_id as "_quote_id": Option<String>,
        quote as "_quote": Option<String>,
    }
}

row! {
    /// One row of `persona_summary.parquet`: a persona card.
    pub struct SummaryRow<'a> {
        persona_dim: &'a str,
        persona_value: &'a str,
        docs: u64,
        mean_rating: Option<f64>,
        mean_sentiment: Option<f64>,
        pain_doc_share: f64,
        top_pains: String,
        distinctive_themes: String,
        pain as "pain_": [PainSlot; SUMMARY_TOP],
        distinctive as "distinctive_": [DistinctiveSlot; SUMMARY_TOP],
        // change alerts of the persona (see changes.parquet): `theme (period, xR)`, strongest first
        rising_pains: Option<String>,
    }
}

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
    let mut f = Frame::of::<SummaryRow>();
    // quotes by cell (an index, so that cards stay linear in the number of personas)
    let mut by_cell: CellQuotes = std::collections::HashMap::new();
    for q in quotes {
        by_cell.entry((&q.key, q.theme)).or_default().push(q);
    }
    let pick = |key: &PersonaKey, theme: usize, want_pain: bool, used: &mut Vec<String>| pick_quote(&by_cell, key, theme, want_pain, used);
    let label = |theme: usize, q: Option<&OutQuote>| theme_label(lex, theme, q);
    let mut i = 0;
    while i < cells.len() {
        let key = cells[i].key;
        let j = i + cells[i..].iter().take_while(|r| r.key == key).count();
        let rows = &cells[i..j];
        let p = &agg.personas[key];
        let pains = top_pains(lex, rows);
        let dist = distinctive_themes(rows, min_support);
        let mut used: Vec<String> = Vec::new();
        let pain = std::array::from_fn(|k| {
            let r = pains.get(k);
            let q = r.and_then(|r| pick(key, r.theme, true, &mut used));
            PainSlot {
                theme: r.map(|r| lex.themes[r.theme].id.clone()),
                label: r.map(|r| label(r.theme, q)),
                pain_docs: r.map_or(0, |r| r.counts.pain_docs),
                pain_share: r.map(|r| r.stats.pain_share),
                quote_id: q.map(|q| q.quote_id.clone()),
                quote: q.map(|q| q.q.text.clone()),
            }
        });
        let distinctive = std::array::from_fn(|k| {
            let r = dist.get(k);
            let q = r.and_then(|r| pick(key, r.theme, false, &mut used));
            DistinctiveSlot {
                theme: r.map(|r| lex.themes[r.theme].id.clone()),
                label: r.map(|r| label(r.theme, q)),
                lift: r.and_then(|r| r.stats.lift),
                lift_low: r.and_then(|r| r.stats.lift_low),
                q_value: r.and_then(|r| r.q_value),
                docs: r.map_or(0, |r| r.counts.docs),
                quote_id: q.map(|q| q.quote_id.clone()),
                quote: q.map(|q| q.q.text.clone()),
            }
        });
        let rising = rising_pains(lex, alerts, key);
        f.push_row(SummaryRow {
            persona_dim: agg.dims[key.0 as usize].as_str(),
            persona_value: key.1.as_str(),
            docs: p.docs,
            mean_rating: p.mean_rating(),
            mean_sentiment: p.mean_sentiment(),
            pain_doc_share: p.pain_doc_share(),
            top_pains: pains.iter().map(|r| lex.themes[r.theme].id.as_str()).collect::<Vec<_>>().join(","),
            distinctive_themes: dist.iter().map(|r| lex.themes[r.theme].id.as_str()).collect::<Vec<_>>().join(","),
            pain,
            distinctive,
            rising_pains: rising,
        });
        i = j;
    }
    f
}

/// The quotes of each (persona value, theme) cell.
type CellQuotes<'a> = std::collections::HashMap<(&'a PersonaKey, usize), Vec<&'a OutQuote>>;

/// The quote of a card slot: the best-ranked quote of the cell (a pain quote first for a
/// pain slot) from a document the card does not quote yet (`used`), else the best one.
fn pick_quote<'a>(by_cell: &CellQuotes<'a>, key: &PersonaKey, theme: usize, want_pain: bool, used: &mut Vec<String>) -> Option<&'a OutQuote> {
    let mut cands: Vec<&OutQuote> = by_cell.get(&(key, theme)).cloned().unwrap_or_default();
    cands.sort_by_key(|q| (want_pain && !q.q.pain, q.rank));
    let q = cands.iter().find(|q| !used.contains(&q.q.doc_id)).or(cands.first()).copied();
    if let Some(q) = q {
        used.push(q.q.doc_id.clone());
    }
    q
}

/// A theme's label in the language of its quote (English when it has none there).
fn theme_label(lex: &LexiconSet, theme: usize, q: Option<&OutQuote>) -> String {
    let t = &lex.themes[theme];
    let l = q.and_then(|q| Lang::parse(&q.q.lang)).filter(|l| !t.label(*l).is_empty()).unwrap_or(Lang::En);
    t.label(l).to_string()
}

/// The top pains of a persona's cells: ranked by `pain_docs`, then `pain_share`, then
/// lexicon order, without a parent theme one of whose sub-themes has as many pain
/// documents.
fn top_pains<'a, 'k>(lex: &LexiconSet, rows: &'a [CellRow<'k>]) -> Vec<&'a CellRow<'k>> {
    let mut pains: Vec<&CellRow> = rows.iter().filter(|r| r.counts.pain_docs > 0).collect();
    pains.retain(|r| {
        !rows.iter().any(|c| lex.themes[c.theme].parent.as_deref() == Some(lex.themes[r.theme].id.as_str()) && c.counts.pain_docs >= r.counts.pain_docs)
    });
    pains.sort_by(|a, b| b.counts.pain_docs.cmp(&a.counts.pain_docs).then(b.stats.pain_share.total_cmp(&a.stats.pain_share)).then(a.theme.cmp(&b.theme)));
    pains.truncate(SUMMARY_TOP);
    pains
}

/// The distinctive themes of a persona's cells: at least `min_support` documents, a
/// lift interval above 1 and a q-value below 0.05, by lower lift bound, then q-value,
/// then lexicon order.
fn distinctive_themes<'a, 'k>(rows: &'a [CellRow<'k>], min_support: u64) -> Vec<&'a CellRow<'k>> {
    let mut dist: Vec<&CellRow> =
        rows.iter().filter(|r| r.counts.docs >= min_support && r.stats.lift_low.is_some_and(|l| l > 1.0) && r.q_value.is_some_and(|q| q < 0.05)).collect();
    dist.sort_by(|a, b| {
        b.stats.lift_low.unwrap().total_cmp(&a.stats.lift_low.unwrap()).then(a.q_value.unwrap().total_cmp(&b.q_value.unwrap())).then(a.theme.cmp(&b.theme))
    });
    dist.truncate(SUMMARY_TOP);
    dist
}

/// The change alerts of a persona: `theme (period, xR)`, latest period first, then the
/// strongest; `None` without any.
fn rising_pains(lex: &LexiconSet, alerts: &[super::changes::Alert], key: &PersonaKey) -> Option<String> {
    let mut rising: Vec<&super::changes::Alert> = alerts.iter().filter(|a| &a.key == key).collect();
    rising.sort_by(|a, b| b.period.cmp(&a.period).then(b.ratio.total_cmp(&a.ratio)).then(a.theme.cmp(&b.theme)));
    let rising: Vec<String> = rising.iter().map(|a| format!("{} ({}, x{:.1})", lex.themes[a.theme].id, a.period_label, a.ratio)).collect();
    (!rising.is_empty()).then(|| rising.join("; "))
}

row! {
    /// One row of `themes.parquet`: a theme of the lexicons used.
    pub struct ThemeRow<'a> {
        theme: &'a str,
        parent: Option<&'a str>,
        label_en: &'a str,
        label_fr: &'a str,
        label_ar: &'a str,
        label_fa: &'a str,
        kind: &'a str,
        painful: bool,
        terms_en: u32,
        terms_fr: u32,
        terms_ar: u32,
        terms_fa: u32,
        source: &'a str,
    }
}

pub fn themes(lex: &LexiconSet) -> Frame {
    let mut f = Frame::of::<ThemeRow>();
    for t in &lex.themes {
        let n = |l: Lang| t.n_terms[l.index().unwrap()];
        f.push_row(ThemeRow {
            theme: t.id.as_str(),
            parent: t.parent.as_deref(),
            label_en: t.label(Lang::En),
            label_fr: t.label(Lang::Fr),
            label_ar: t.label(Lang::Ar),
            label_fa: t.label(Lang::Fa),
            kind: t.kind(),
            painful: t.painful,
            terms_en: n(Lang::En),
            terms_fr: n(Lang::Fr),
            terms_ar: n(Lang::Ar),
            terms_fa: n(Lang::Fa),
            source: t.source.as_str(),
        });
    }
    f
}

row! {
    /// One row of `rejects.parquet`: a row, field or file that was not (fully) used.
    pub struct RejectRow<'a> {
        source: &'a str,
        row: u64,
        line: u64,
        field: Option<&'a str>,
        reason: &'a str,
        severity: &'a str,
    }
}

pub fn rejects(list: &[Reject]) -> Frame {
    let mut f = Frame::of::<RejectRow>();
    for r in list {
        f.push_row(RejectRow {
            source: r.source.as_str(),
            row: r.row,
            line: r.line.unwrap_or(0),
            field: r.field.as_deref(),
            reason: r.reason.as_str(),
            severity: r.severity.as_str(),
        });
    }
    f
}

/// Phrases reported per language and phrase length in `emergent_terms` (most documents
/// first).
pub const EMERGENT_PER_LANG: usize = 50;
/// A phrase needs at least this many documents to be reported.
pub const EMERGENT_MIN_DOCS: u64 = 3;

row! {
    /// One row of `emergent_terms.parquet`: a phrase in `all` or in one persona value.
    pub struct EmergentRow<'a> {
        lang: &'a str,
        phrase: &'a str,
        stems: &'a str,
        docs: u64,
        total_docs: u64,
        persona_dim: &'a str,
        persona_value: &'a str,
        persona_docs: u64,
        share: f64,
        keyness: Option<f64>,
        p_value: Option<f64>,
        examples: &'a str,
    }
}

/// `emergent_terms`: recurring phrases no lexicon term covers, per language, with
/// their share and keyness (signed G² against the rest of the corpus) per persona value.
pub fn emergent_terms(agg: &Aggregates) -> Frame {
    let mut f = Frame::of::<EmergentRow>();
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
            let examples = e.examples.iter().map(|x| &**x).collect::<Vec<&str>>().join(",");
            let push = |f: &mut Frame, persona_dim: &str, persona_value: &str, docs: u64, persona_docs: u64, keyness: Option<f64>, p_value: Option<f64>| {
                f.push_row(EmergentRow {
                    lang: lang.code(),
                    phrase: e.display(),
                    stems: key,
                    docs,
                    total_docs: e.docs,
                    persona_dim,
                    persona_value,
                    persona_docs,
                    share: if persona_docs > 0 { docs as f64 / persona_docs as f64 } else { 0.0 },
                    keyness,
                    p_value,
                    examples: &examples,
                });
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

row! {
    /// One row of `metrics.parquet`: ticket metrics of a persona value, or of a
    /// (persona value, theme) with the theme's impact.
    pub struct MetricsRow<'a> {
        persona_dim: &'a str,
        persona_value: &'a str,
        theme: Option<&'a str>,
        docs: u64,
        first_response_n: u64,
        first_response_median_h: Option<f64>,
        first_response_p90_h: Option<f64>,
        resolution_n: u64,
        resolution_median_h: Option<f64>,
        resolution_p90_h: Option<f64>,
        csat_n: u64,
        csat_mean: Option<f64>,
        csat_satisfied_share: Option<f64>,
        nps_n: u64,
        nps: Option<f64>,
        nps_low: Option<f64>,
        nps_high: Option<f64>,
        ces_n: u64,
        ces_mean: Option<f64>,
        resolution_mean_impact_h: Option<f64>,
        csat_impact: Option<f64>,
        nps_impact: Option<f64>,
        ces_impact: Option<f64>,
    }
}

/// `metrics`: ticket metrics per persona value (`theme` empty) and per (persona value,
/// theme), with the theme's impact on each score within the persona value.
pub fn metrics(lex: &LexiconSet, agg: &Aggregates) -> Frame {
    let mut f = Frame::of::<MetricsRow>();
    let mean = |v: &[f64]| (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64);
    for ((key, theme), m) in &agg.metrics {
        let mut frt = m.first_response_h.clone();
        frt.sort_by(f64::total_cmp);
        let mut ttr = m.resolution_h.clone();
        ttr.sort_by(f64::total_cmp);
        let nps = m.nps();
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
        f.push_row(MetricsRow {
            persona_dim: agg.dims[key.0 as usize].as_str(),
            persona_value: key.1.as_str(),
            theme: theme.map(|t| lex.themes[t as usize].id.as_str()),
            docs: m.docs,
            first_response_n: frt.len() as u64,
            first_response_median_h: crate::aggregate::quantile(&frt, 0.5),
            first_response_p90_h: crate::aggregate::quantile(&frt, 0.9),
            resolution_n: ttr.len() as u64,
            resolution_median_h: crate::aggregate::quantile(&ttr, 0.5),
            resolution_p90_h: crate::aggregate::quantile(&ttr, 0.9),
            csat_n: m.csat_n,
            csat_mean: m.csat_mean(),
            csat_satisfied_share: (m.csat_n > 0).then(|| m.csat_satisfied as f64 / m.csat_n as f64),
            nps_n: m.nps_n,
            nps: nps.map(|x| x.0),
            nps_low: nps.map(|x| x.1),
            nps_high: nps.map(|x| x.2),
            ces_n: m.ces_n,
            ces_mean: m.ces_mean(),
            resolution_mean_impact_h: ti_res,
            csat_impact: ti_csat,
            nps_impact: ti_nps,
            ces_impact: ti_ces,
        });
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    row! {
        /// A row exercising every way a column gets its name.
        pub struct Slot {
            theme as "": Option<String>,
            docs as "_docs": u64,
        }
    }
    row! {
        pub struct Card<'a> {
            name: &'a str,
            slot as "slot_": [Slot; 2],
            when: UtcMicros,
            rest: StrTail<'a>,
        }
    }

    #[test]
    fn a_row_struct_is_its_schema() {
        let mut f = Frame::of::<Card>().with_str_tail(["plan".to_string()]);
        let names: Vec<&str> = f.names().collect();
        assert_eq!(names, ["name", "slot_1", "slot_1_docs", "slot_2", "slot_2_docs", "when", "plan"]);
        let tail = [Some("pro".to_string())];
        f.push_row(Card {
            name: "a",
            slot: [Slot { theme: Some("price".into()), docs: 3 }, Slot { theme: None, docs: 0 }],
            when: UtcMicros(Some(1_000_000)),
            rest: StrTail(&tail),
        });
        assert_eq!(f.len(), 1);
        let df = f.to_df().unwrap();
        assert_eq!(df.column("slot_1").unwrap().str().unwrap().get(0), Some("price"));
        assert_eq!(df.column("slot_2").unwrap().str().unwrap().get(0), None);
        assert_eq!(df.column("slot_1_docs").unwrap().i64().unwrap().get(0), Some(3));
        assert_eq!(df.column("plan").unwrap().str().unwrap().get(0), Some("pro"));
        assert!(matches!(df.column("when").unwrap().dtype(), polars::prelude::DataType::Datetime(_, _)));
    }

    /// The README's section on a table: from its bold name to the next table or heading.
    fn readme_section<'a>(readme: &'a str, table: &str) -> &'a str {
        let start = readme.find(&format!("**`{table}`**")).unwrap_or_else(|| panic!("README documents no {table}"));
        let rest = &readme[start + table.len() + 6..];
        let end = [rest.find("\n**`"), rest.find("\n## ")].into_iter().flatten().min().unwrap_or(rest.len());
        &rest[..end]
    }

    /// Every column of every output table is named in the README's "Output tables"
    /// (slot columns as `pain_<i>_…`, or `…_suffix` after the first slot column).
    #[test]
    fn every_column_is_documented() {
        let readme = include_str!("../../README.md");
        let tables: [(&str, Frame); 10] = [
            ("documents.parquet", Frame::of::<DocumentRow>()),
            ("mentions.parquet", Frame::of::<MentionRow>()),
            ("persona_themes.parquet", Frame::of::<PersonaThemeRow>()),
            ("quotes.parquet", Frame::of::<QuoteRow>()),
            ("persona_summary.parquet", Frame::of::<SummaryRow>()),
            ("changes.parquet", Frame::of::<super::super::changes::ChangeRow>()),
            ("emergent_terms.parquet", Frame::of::<EmergentRow>()),
            ("metrics.parquet", Frame::of::<MetricsRow>()),
            ("themes.parquet", Frame::of::<ThemeRow>()),
            ("rejects.parquet", Frame::of::<RejectRow>()),
        ];
        let mut missing = Vec::new();
        for (table, frame) in &tables {
            let section = readme_section(readme, table);
            for name in frame.names() {
                // `pain_2_label` is documented as `pain_<i>_label` or `…_label`
                let generic: String = name.split('_').map(|p| if p.parse::<u32>().is_ok() { "<i>" } else { p }).collect::<Vec<_>>().join("_");
                let suffix = generic.split_once("<i>").map(|(_, s)| format!("`…{s}`"));
                let documented = section.contains(&format!("`{name}`"))
                    || section.contains(&format!("`{generic}`"))
                    || suffix.is_some_and(|s| s != "`…`" && section.contains(&s));
                if !documented {
                    missing.push(format!("{table}: {name}"));
                }
            }
        }
        assert!(missing.is_empty(), "columns the README does not name: {missing:?}");
    }

    #[test]
    fn persona_columns_that_collide_are_prefixed() {
        assert_eq!(persona_column_name("plan"), "plan");
        assert_eq!(persona_column_name("rating"), "persona_rating");
        assert_eq!(persona_column_name("n_turns"), "persona_n_turns");
    }
}
