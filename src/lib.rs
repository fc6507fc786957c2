//! # vocmine
//!
//! Turns customer feedback (reviews, support tickets, chat and call transcripts) in
//! Arabic, Persian, French and English into persona evidence tables.
//!
//! Data flows one way: [`ingest`] → [`text`] → [`lexicon`] → [`analyze`] →
//! [`aggregate`] → [`output`], wired by [`pipeline`]; a run's options come from
//! [`args`]. The command line (`src/cli.rs`) belongs to the binary: the library prints
//! nothing, it returns outcomes and logs notices with the `log` crate.
//!
//! ```
//! use vocmine::lexicon::LexiconSet;
//! use vocmine::analyze::analyze_text;
//!
//! let lex = LexiconSet::bundled().expect("bundled lexicons load");
//! let doc = analyze_text(&lex, "The delivery was late and the box arrived damaged.", None);
//! assert!(doc.mentions.iter().any(|m| lex.theme(m.theme).id.starts_with("delivery")));
//! ```

pub mod aggregate;
pub mod analyze;
pub mod args;
pub mod atomic;
pub mod audit;
pub mod config;
pub mod coverage;
pub mod eval;
pub mod explain;
pub mod ingest;
pub mod lang;
pub mod lexicon;
pub mod merge;
pub mod model;
pub mod output;
pub mod partial;
pub mod pipeline;
pub mod redact;
pub mod report;
pub mod script;
pub mod stream;
pub mod suggest;
pub mod text;
