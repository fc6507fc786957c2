//! The arguments of a run: [`RunArgs`] (every run setting of [`config::Settings`] plus
//! the flags of one invocation, like `--shard`) and their check into validated
//! [`RunOptions`] — flags laid over `--config FILE`, globs expanded, every value parsed
//! with an error naming the flag.
//!
//! Exists in the library (not in the binary's `cli`) so that everything that starts a
//! run — the binary, the fuzz targets, a Rust program embedding vocmine — builds its
//! options the same way.

use crate::config::{self, ColumnSpec, Kind, LangSource, RunOptions};
use crate::lang::Lang;
use crate::lexicon::sources::LexiconSpec;
use clap::Args;
use std::path::PathBuf;

/// The flags of `vocmine run` (and `stream`, `lexicon audit`, `coverage`): every run
/// setting (shared with the TOML file, see [`config::Settings`]) and the flags of one
/// invocation only.
#[derive(Args, Debug, Default)]
pub struct RunArgs {
    #[command(flatten)]
    pub settings: config::Settings,
    /// TOML file with the same settings (flags override it).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Write a partial result into DIR/shard-K-of-N instead of the tables, for
    /// `vocmine merge` (see README, "Running on many machines").
    #[arg(long, value_name = "DIR")]
    pub partial: Option<PathBuf>,
    /// With --partial: analyse shard K of N (0-based). Default: K from
    /// JOB_COMPLETION_INDEX (Kubernetes) or SLURM_ARRAY_TASK_ID, N from --shards,
    /// VOCMINE_SHARDS or SLURM_ARRAY_TASK_COUNT; none set: 0/1 (a whole run as a part).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// With --partial: the number of shards, K taken from the environment.
    #[arg(long, value_name = "N")]
    pub shards: Option<usize>,
}

/// The language of a report (`--report-lang`).
pub fn report_lang(s: &str) -> anyhow::Result<Lang> {
    Lang::parse(s).filter(|l| *l != Lang::Other).ok_or_else(|| anyhow::anyhow!("unknown --report-lang {s:?}: expected en, fr, ar or fa"))
}

/// Checks the settings of a run (flags over `--config FILE`) into [`RunOptions`].
pub fn resolve_run(args: RunArgs, argv: Vec<String>) -> anyhow::Result<RunOptions> {
    let file = match &args.config {
        Some(p) => config::Settings::load(p)?,
        None => config::Settings::default(),
    };
    let s = args.settings.over(file);
    let report = (s.report || s.report_lang.is_some()).then(|| report_lang(s.report_lang.as_deref().unwrap_or("en"))).transpose()?;
    if s.inputs.is_empty() {
        anyhow::bail!("no input: give one or more files or globs (vocmine run FILE... --out DIR)");
    }
    let inputs = config::expand_inputs(&s.inputs)?;
    let partial = shard_target(&args.partial, args.shard.as_deref(), args.shards, &inputs, report.is_some())?;
    let out = match &partial {
        Some((dir, _)) => dir.clone(),
        None => s.out.clone().ok_or_else(|| anyhow::anyhow!("missing --out DIR (where the tables are written)"))?,
    };
    let partial = partial.map(|(_, s)| s);
    let encoding = match &s.encoding {
        Some(e) => config::parse_encoding(e)?,
        None => None,
    };
    let lang = lang_source(s.lang.clone());
    if let (Some(a), Some(b)) = (s.min_rating, s.max_rating) {
        if a > b {
            anyhow::bail!("--min-rating {a} is above --max-rating {b}: no row could pass");
        }
    }
    if s.threads == Some(0) {
        anyhow::bail!("--threads must be at least 1");
    }
    let since = date_flag("--since", &s.since)?;
    let until = date_flag("--until", &s.until)?;
    let only_lang = s
        .only_lang
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Lang::parse(l).ok_or_else(|| anyhow::anyhow!("unknown language {l:?} in --only-lang: expected ar, fa, fr, en or other")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let speaker_map = speaker_map(&s.speaker_map)?;
    let columns = column_spec(&s)?;
    Ok(RunOptions {
        inputs,
        per_input: s.input.iter().cloned().map(config::InputColumns::parse).collect::<anyhow::Result<Vec<_>>>()?,
        out,
        columns,
        lang,
        kind: s.kind.unwrap_or(Kind::Review),
        format: s.format,
        encoding,
        lexicons: LexiconSpec::parse(s.lexicons.clone(), s.lexicon_format.as_deref(), s.lexicon_lang.as_deref())?,
        min_rating: s.min_rating,
        max_rating: s.max_rating,
        threads: s.threads,
        quiet: s.quiet,
        quotes: s.quotes.unwrap_or(3),
        period: s.period.unwrap_or(config::Period::Month),
        max_persona_values: s.max_persona_values.unwrap_or(200),
        force_persona: s.force_persona,
        min_support: s.min_support.unwrap_or(10),
        baseline_periods: s.baseline_periods.unwrap_or(4).max(1),
        change_periods: s.change_periods.unwrap_or(1).max(1),
        alert_q: s.alert_q.unwrap_or(0.01),
        alert_min_ratio: s.alert_min_ratio.unwrap_or(1.5),
        alert_min_diff: s.alert_min_diff.unwrap_or(0.02),
        fail_on_alert: s.fail_on_alert,
        redact: !s.no_redact,
        redact_all: s.redact_all,
        since,
        until,
        only_lang,
        speakers: s.speakers.unwrap_or(config::Speakers::Customer).roles(),
        speaker_map,
        chunk_rows: s.chunk_rows.unwrap_or(8192).max(1),
        max_text_bytes: s.max_text_bytes.unwrap_or(crate::config::MAX_TEXT_BYTES).max(64),
        phrase_capacity: s.phrase_capacity.unwrap_or(crate::aggregate::PHRASE_CAPACITY).max(16),
        arguments: argv,
        report,
        partial,
    })
}

/// Where a shard writes its part (`--partial DIR/shard-K-of-N`, instead of `--out`), and
/// which shard it is; `None` for a run that writes tables.
fn shard_target(
    partial: &Option<PathBuf>,
    shard: Option<&str>,
    shards: Option<usize>,
    inputs: &[PathBuf],
    report: bool,
) -> anyhow::Result<Option<(PathBuf, config::ShardSpec)>> {
    match (partial, shard) {
        (None, None) if shards.is_none() => Ok(None),
        (None, _) => anyhow::bail!("--shard and --shards need --partial DIR (where the shard's partial result is written)"),
        (Some(dir), spec) => {
            let shard = match spec {
                Some(s) => config::ShardSpec::parse(s)?,
                None => config::ShardSpec::from_env(shards, |k| std::env::var(k).ok())?,
            };
            if shard.n > 1 && inputs.iter().any(|p| p.as_os_str() == "-") {
                anyhow::bail!("standard input (-) cannot be sharded: every shard must read the same inputs; give files");
            }
            if report {
                anyhow::bail!("--report is written by `vocmine merge --report`, not by a shard");
            }
            Ok(Some((dir.join(shard.dir_name()), shard)))
        }
    }
}

/// The column settings of a run: which columns are the text, id, rating, personas
/// (deduplicated), date, redacted values, filters and ticket metrics.
fn column_spec(s: &config::Settings) -> anyhow::Result<ColumnSpec> {
    let mut persona = s.persona.clone();
    persona.dedup();
    let filters = where_filters(&s.where_)?;
    Ok(ColumnSpec {
        text: s.text.clone(),
        id: s.id.clone(),
        rating: s.rating.clone(),
        persona,
        created: s.created.clone(),
        redact: s.redact_column.clone(),
        filters,
        first_response: s.first_response.clone(),
        resolved: s.resolved.clone(),
        csat: s.csat.clone(),
        nps: s.nps.clone(),
        ces: s.ces.clone(),
    })
}

/// A date flag (`--since`, `--until`): YYYY-MM-DD.
fn date_flag(flag: &str, v: &Option<String>) -> anyhow::Result<Option<chrono::NaiveDate>> {
    match v {
        None => Ok(None),
        Some(d) => config::parse_date(d).map(Some).ok_or_else(|| anyhow::anyhow!("{flag} {d:?} is not a date (expected YYYY-MM-DD)")),
    }
}

/// `--lang`: absent (a language column if there is one, else identified), `auto`
/// (always identified), a language code, or the name of a column.
fn lang_source(lang: Option<String>) -> LangSource {
    match lang {
        None => LangSource::Detect,
        Some(l) if l == "auto" => LangSource::Identify,
        Some(l) => match Lang::parse(&l) {
            Some(code) if code != Lang::Other && l.len() <= 7 => LangSource::Fixed(code),
            _ => LangSource::Column(l),
        },
    }
}

/// `--speaker-map LABEL=ROLE` values.
fn speaker_map(maps: &[String]) -> anyhow::Result<Vec<(String, crate::model::Role)>> {
    maps.iter()
        .map(|m| {
            let (label, role) = m.split_once('=').ok_or_else(|| anyhow::anyhow!("--speaker-map {m:?}: expected LABEL=ROLE"))?;
            let role =
                crate::model::Role::parse(role).ok_or_else(|| anyhow::anyhow!("--speaker-map {m:?}: role must be customer, agent, bot, system or unknown"))?;
            Ok((label.trim().to_string(), role))
        })
        .collect()
}

/// `--where COL=VALUE` values, grouped by column (a row passes when its value is one
/// of its column's values), columns in the order first given.
fn where_filters(wheres: &[String]) -> anyhow::Result<Vec<(String, Vec<String>)>> {
    let mut filters: Vec<(String, Vec<String>)> = Vec::new();
    for w in wheres {
        let (col, val) = w.split_once('=').ok_or_else(|| anyhow::anyhow!("--where {w:?}: expected COL=VALUE"))?;
        let col = col.trim().to_string();
        match filters.iter_mut().find(|(c, _)| *c == col) {
            Some((_, vals)) => vals.push(val.trim().to_string()),
            None => filters.push((col, vec![val.trim().to_string()])),
        }
    }
    Ok(filters)
}
