//! Streaming mode: JSON Lines documents in, one JSON result per line out.
//!
//! Exists for the engines that pipe records through a binary — Spark's `RDD.pipe`,
//! Hadoop streaming, Beam, a shell pipeline — and need exactly one output line per input
//! line, in order, with nothing held back: each line's language, mentions with byte and
//! character spans, polarity, negation, pain and sentiment. A line that cannot be used
//! (not UTF-8, not a JSON object, no text) gives an error line with its line number, so
//! no record is ever lost. Columns are recognised as `vocmine run` recognises them
//! (`--text`, `--id`, `--lang`, the usual names, conversations as turn arrays); lines are
//! analysed in parallel, batch by batch, and written in input order.

use crate::analyze::{analyze_document, DocAnalysis};
use crate::config::{LangSource, RunOptions};
use crate::ingest;
use crate::lang::Lang;
use crate::lexicon::LexiconSet;
use rayon::prelude::*;
use serde_json::{json, Value};
use std::io::{BufRead, Write};

/// Lines analysed together (in parallel) before their results are written.
const BATCH_LINES: usize = 1024;

/// What a stream did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct StreamSummary {
    pub lines: u64,
    pub errors: u64,
}

/// The result line of one input line.
fn result_line(lex: &LexiconSet, opts: &RunOptions, line_no: u64, bytes: &[u8]) -> (String, bool) {
    let err = |id: Option<&str>, msg: String| (json!({"line": line_no, "id": id, "error": msg}).to_string(), true);
    let Ok(s) = std::str::from_utf8(bytes) else { return err(None, "line is not valid UTF-8".into()) };
    let s = s.trim();
    if s.is_empty() {
        return err(None, "empty line (expected a JSON object)".into());
    }
    let mut obj = match serde_json::from_str::<Value>(s) {
        Ok(Value::Object(o)) => o,
        Ok(_) => return err(None, "expected a JSON object on this line".into()),
        Err(e) => return err(None, format!("invalid JSON: {e}")),
    };
    let turns = ingest::conversation_field(&mut obj, &opts.speaker_map);
    let header: Vec<String> = obj.keys().cloned().collect();
    let value = |i: usize| {
        obj.get(&header[i]).and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            Value::Null => None,
            other => Some(other.to_string()),
        })
    };
    let map = match ingest::map_columns(&header, &opts.columns, &opts.lang) {
        Ok(m) => m,
        Err(e) => return err(None, e.to_string()),
    };
    let id = map.id.and_then(value).unwrap_or_else(|| line_no.to_string());
    let mut text: String = map.text.iter().filter_map(|&i| value(i)).filter(|t| !t.trim().is_empty()).collect::<Vec<_>>().join("\n");
    if text.trim().is_empty() {
        return err(Some(&id), format!("empty text in {}", map.text_names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(" + ")));
    }
    let mut truncated = false;
    if text.len() > opts.max_text_bytes {
        text.truncate(ingest::truncation_point(&text, opts.max_text_bytes));
        truncated = true;
    }
    let turns: Vec<crate::model::TurnSpan> = match turns {
        Some((key, spans)) if map.text_names.len() == 1 && map.text_names[0] == key && !truncated => spans,
        _ => Vec::new(),
    };
    let lang = match &opts.lang {
        LangSource::Fixed(l) => Some(*l),
        _ => map.lang.and_then(value).and_then(|v| Lang::parse(&v)).filter(|l| *l != Lang::Other),
    };
    let a = analyze_document(lex, &text, lang, &turns, &opts.speakers);
    (result_json(lex, line_no, &id, &text, &a, truncated), false)
}

/// The JSON result of one analysed line: its themes and pain themes (with their
/// ancestors, in order of first mention) and its mentions with byte and character
/// offsets into `text`.
fn result_json(lex: &LexiconSet, line_no: u64, id: &str, text: &str, a: &DocAnalysis, truncated: bool) -> String {
    let char_at = |b: usize| text[..b].chars().count();
    let mut themes: Vec<&str> = Vec::new();
    let mut pains: Vec<&str> = Vec::new();
    for m in &a.mentions {
        for &t in &lex.theme(m.theme).lineage {
            let id = lex.themes[t as usize].id.as_str();
            if !themes.contains(&id) {
                themes.push(id);
            }
            if m.pain && !pains.contains(&id) {
                pains.push(id);
            }
        }
    }
    let mentions: Vec<Value> = a
        .mentions
        .iter()
        .map(|m| {
            json!({
                "theme": lex.theme(m.theme).id,
                "term": lex.terms[m.term as usize].text,
                "matched": &text[m.start..m.end],
                "start": m.start,
                "end": m.end,
                "start_char": char_at(m.start),
                "end_char": char_at(m.end),
                "sentence": m.sentence,
                "polarity": m.polarity,
                "negated": m.negated,
                "pain": m.pain,
                "turn": m.turn,
            })
        })
        .collect();
    let out = json!({
        "line": line_no,
        "id": id,
        "lang": a.lang.code(),
        "sentiment": (a.sentiment * 1e6).round() / 1e6,
        "themes": themes,
        "pain_themes": pains,
        "mentions": mentions,
        "truncated": truncated,
    });
    out.to_string()
}

/// Reads JSON Lines from `input` and writes one result line per input line to `out`.
pub fn stream(lex: &LexiconSet, opts: &RunOptions, input: impl BufRead, mut out: impl Write) -> anyhow::Result<StreamSummary> {
    let mut summary = StreamSummary::default();
    let mut lines = input.split(b'\n');
    let mut batch: Vec<Vec<u8>> = Vec::with_capacity(BATCH_LINES);
    loop {
        batch.clear();
        for l in lines.by_ref() {
            let mut l = l?;
            if l.last() == Some(&b'\r') {
                l.pop();
            }
            batch.push(l);
            if batch.len() == BATCH_LINES {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        let first = summary.lines + 1;
        let results: Vec<(String, bool)> = batch.par_iter().enumerate().map(|(i, b)| result_line(lex, opts, first + i as u64, b)).collect();
        for (r, is_err) in results {
            out.write_all(r.as_bytes())?;
            out.write_all(b"\n")?;
            summary.lines += 1;
            summary.errors += is_err as u64;
        }
        out.flush()?;
    }
    Ok(summary)
}
