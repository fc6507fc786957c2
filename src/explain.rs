//! `vocmine explain`: every step of the text pipeline and analysis for one text, as
//! JSON, so that a linguist can audit why a term did or did not match.

use crate::analyze::analyze_detailed;
use crate::lang::Lang;
use crate::lexicon::LexiconSet;
use serde_json::{json, Value};

/// The explanation of `text` as a JSON value.
pub fn explain(lex: &LexiconSet, text: &str, forced: Option<Lang>) -> Value {
    let d = analyze_detailed(lex, text, forced);
    let tokens: Vec<Value> = d
        .text
        .tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut v = json!({
                "surface": &text[t.start..t.end],
                "start": t.start,
                "end": t.end,
                "kind": t.kind.as_str(),
                "lang": t.lang.code(),
                "sentence": t.sentence,
                "clause": d.clause[i],
            });
            if t.kind == crate::text::TokenKind::Word || t.kind == crate::text::TokenKind::Number {
                v["normalised"] = json!(&*t.forms.norm);
                v["stem"] = json!(&*t.forms.key);
                v["base"] = json!(&*t.forms.base);
                v["stop"] = json!(t.forms.stop);
                v["negated"] = json!(d.negated[i]);
            }
            v
        })
        .collect();
    let sentences: Vec<Value> = d
        .text
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| json!({"index": i, "text": &text[s.start..s.end], "start": s.start, "end": s.end, "lang": s.lang.code()}))
        .collect();
    let cues: Vec<Value> = d
        .cues
        .iter()
        .map(|c| json!({"kind": c.kind.as_str(), "cue": lex.cues[c.cue as usize].text, "text": &text[c.start..c.end], "start": c.start, "end": c.end, "value": c.value}))
        .collect();
    let mentions: Vec<Value> = d
        .doc
        .mentions
        .iter()
        .map(|m| {
            let term = &lex.terms[m.term as usize];
            json!({
                "theme": lex.theme(m.theme).id,
                "term": term.text,
                "term_source": format!("{}:{}", term.file, term.line),
                "text": &text[m.start..m.end],
                "sentence": m.sentence,
                "start": m.start,
                "end": m.end,
                "polarity": m.polarity,
                "score": (m.score * 1000.0).round() / 1000.0,
                "negated": m.negated,
                "pain": m.pain,
            })
        })
        .collect();
    json!({
        "text": text,
        "lang": d.doc.lang.code(),
        "lang_variant": d.doc.variant,
        "lang_forced": forced.is_some(),
        "sentiment": d.doc.sentiment,
        "sentences": sentences,
        "tokens": tokens,
        "cues": cues,
        "mentions": mentions,
        "lexicons": {"origin": lex.origin, "hash": lex.hash},
    })
}
