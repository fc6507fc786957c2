//! Aggregates are monoids: aggregating all documents in one pass equals aggregating
//! chunks separately and merging them (what threads, chunks and future shards do).

use crate::util::*;
use std::collections::BTreeMap;
use vocmine::aggregate::Aggregates;
use vocmine::analyze::analyze_text;
use vocmine::ingest::Document;
use vocmine::lexicon::LexiconSet;

fn docs() -> Vec<Document> {
    let (_, rows) = read_csv(&root().join("data/reviews.csv"));
    let mut out = Vec::new();
    for rep in 0..3 {
        for r in &rows {
            out.push(Document {
                doc_id: format!("{}-{rep}", r[0]),
                source: "reviews.csv".into(),
                row: out.len() as u64 + 1,
                text: r[1].clone(),
                lang: None,
                rating: r[2].parse().ok(),
                created_at: None,
                created_ts: None,
                persona: vec![Some(r[3].clone()), Some(r[4].clone())],
                redact: vec![],
                turns: vec![],
                metrics: vocmine::ingest::TicketMetrics { csat: r[2].parse().ok(), resolution_h: Some(rep as f64 + 1.0), ..Default::default() },
                // periods out of input order: the latest one's quotes must not depend on it
                period: Some(24_000 + ((out.len() * 7) % 5) as i32),
            });
        }
    }
    out
}

fn phrase_view(a: &Aggregates) -> BTreeMap<(String, String), (u64, BTreeMap<(u16, String), u64>)> {
    let keys: BTreeMap<u32, (u16, String)> = a.persona_ids.iter().map(|(k, v)| (*v, k.clone())).collect();
    a.phrases
        .iter()
        .map(|e| ((e.lang.code().to_string(), e.key().to_string()), (e.docs, e.persona.iter().map(|(id, n)| (keys[id].clone(), *n)).collect())))
        .collect()
}

#[test]
fn chunked_and_merged_equals_one_pass() {
    let lex = LexiconSet::bundled().unwrap();
    let dims = vec!["plan".to_string(), "role".to_string()];
    let docs = docs();
    let analyses: Vec<_> = docs.iter().map(|d| analyze_text(&lex, &d.text, None)).collect();
    let mut one = Aggregates::new(&dims, lex.themes.len(), 3);
    for (d, a) in docs.iter().zip(&analyses) {
        one.add(&lex, d, a);
    }
    one.finish();
    for split in [1, 17, 50, 100] {
        let mut merged = Aggregates::new(&dims, lex.themes.len(), 3);
        for (chunk_docs, chunk_an) in docs.chunks(split).zip(analyses.chunks(split)) {
            let mut part = Aggregates::new(&dims, lex.themes.len(), 3);
            for (d, a) in chunk_docs.iter().zip(chunk_an) {
                part.add(&lex, d, a);
            }
            merged.merge(part);
        }
        merged.finish();
        assert_eq!(merged.personas, one.personas, "persona counts, chunks of {split}");
        assert_eq!(merged.quotes, one.quotes, "quote candidates, chunks of {split}");
        assert_eq!(merged.periods, one.periods, "period counts, chunks of {split}");
        assert_eq!((merged.recent, &merged.recent_quotes), (one.recent, &one.recent_quotes), "latest-period quotes, chunks of {split}");
        assert_eq!(phrase_view(&merged), phrase_view(&one), "phrases, chunks of {split}");
        let sorted = |a: &Aggregates| {
            a.metrics
                .iter()
                .map(|(k, m)| {
                    let mut m = m.clone();
                    m.resolution_h.sort_by(f64::total_cmp);
                    (k.clone(), m)
                })
                .collect::<BTreeMap<_, _>>()
        };
        assert_eq!(sorted(&merged), sorted(&one), "metrics, chunks of {split}");
    }
}
