//! The command line: argument definitions (clap) and the translation of each
//! subcommand into library calls. Nothing here analyses text; `main` only calls
//! [`main_with_args`] and exits with its code.

use crate::config::{self, ColumnSpec, Kind, LangSource, RunOptions};
use crate::lang::Lang;
use crate::lexicon::sources::LexiconSpec;
use crate::lexicon::LexiconSet;
use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};

pub use crate::config::{EXIT_ALERT, EXIT_FAILURE, EXIT_OK, EXIT_REJECTS};

#[derive(Parser, Debug)]
#[command(name = "vocmine", version, about = "Turn customer feedback in Arabic, Persian, French and English into persona evidence tables (Parquet).", long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Analyse feedback exports and write persona evidence tables to --out DIR.
    Run(RunArgs),
    /// Show every step of the analysis of one text as JSON (tokens, stems, cues, mentions).
    Explain(ExplainArgs),
    /// Score theme and pain detection on labelled files in the gold-dev format.
    Eval(EvalArgs),
    /// Streaming mode for engines that pipe records (Spark `pipe`, Hadoop streaming):
    /// JSON Lines documents in (files, or standard input), one JSON result per line out
    /// on standard output, in order; a line that cannot be used gives an error line.
    /// Takes the column, language, speaker and lexicon flags of `run`.
    Stream(Box<RunArgs>),
    /// Merge the partial results of `run --shard K/N --partial DIR` (all shards of one
    /// run, or several runs: incremental) into the tables one run over all inputs gives,
    /// byte-identical.
    Merge(MergeArgs),
    /// Lexicon tools.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
    /// Write one self-contained HTML report (persona × theme heatmap, persona cards with
    /// quotes, trends, ratings, emergent phrases) from the tables of a run.
    Report(ReportArgs),
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    /// The output directory of a `vocmine run`.
    pub out_dir: PathBuf,
    /// Report file (default: OUT_DIR/report.html).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Language of the report's labels and theme names: en, fr, ar or fa.
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub report_lang: String,
}

/// The language of a report (`--report-lang`).
fn report_lang(s: &str) -> anyhow::Result<Lang> {
    Lang::parse(s).filter(|l| *l != Lang::Other).ok_or_else(|| anyhow::anyhow!("unknown --report-lang {s:?}: expected en, fr, ar or fa"))
}

/// Writes the report of the run in `dir`, and says where unless quiet.
fn write_report(dir: &Path, dest: Option<&Path>, lang: Lang, quiet: bool) -> anyhow::Result<()> {
    let r = crate::report::write_report(dir, dest, lang)?;
    if !quiet {
        eprintln!("vocmine: report written to {} ({:.1} kB)", r.path.display(), r.bytes as f64 / 1e3);
    }
    Ok(())
}

#[derive(Subcommand, Debug)]
pub enum LexiconCommand {
    /// Load lexicons (a directory, a dictionary file, `default`; several merge as in
    /// `run`) and report every problem (file, line, reason).
    Check {
        /// Lexicon directories or dictionary files (default: ./lexicons if present, else the bundled lexicons).
        sources: Vec<String>,
        #[command(flatten)]
        dict: DictArgs,
        /// Treat warnings (duplicates, entries that normalise to the same form) as problems: exit 2.
        #[arg(long)]
        strict: bool,
    },
    /// Convert a dictionary (LIWC .dic, LIWC-22 .dicx, quanteda YAML, JSON, CSV/TSV) into
    /// vocmine theme files in --out DIR, after checking every entry.
    Import {
        /// The dictionary file.
        file: PathBuf,
        /// Directory to write (DIR/themes/<category>.lex); usable with --lexicons DIR.
        #[arg(long, short)]
        out: PathBuf,
        /// Format: liwc, liwc22, yaml, json, csv, tsv (default: from the extension).
        #[arg(long)]
        format: Option<String>,
        /// Language of entries that do not say theirs: ar, fa, fr, en (default: the file
        /// name `x.fr.yaml`, else each entry's script).
        #[arg(long)]
        lang: Option<String>,
        /// Namespace of the theme ids (`NAME:category`; default: the file name).
        #[arg(long)]
        name: Option<String>,
        /// Treat warnings as problems: exit 2.
        #[arg(long)]
        strict: bool,
    },
    /// What each category and entry of a dictionary matches on inputs read as `run` does:
    /// entries that matched (how often, in which languages), entries that never did, and
    /// on a labelled input (id,text,category or the gold JSONL layout) precision, recall
    /// and F1 per category and per entry.
    Coverage {
        /// The dictionary: a file, a lexicon directory, or `default`.
        dict: String,
        #[command(flatten)]
        run: Box<RunArgs>,
    },
    /// Turn the strongest emergent phrases of a run into a lexicon stub (OUT_DIR/suggested.lex).
    Suggest {
        /// The output directory of a `vocmine run`.
        out_dir: PathBuf,
        /// Phrases per language.
        #[arg(long, default_value_t = 25)]
        top: usize,
    },
    /// Read inputs as `run` does and list, per term, the surface forms it matched (with
    /// counts and an example), most frequent first: collisions show at a glance. Writes
    /// TSV to stdout, or to --out FILE.
    Audit {
        #[command(flatten)]
        run: Box<RunArgs>,
        /// Forms shown per term.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Leave out terms with fewer hits.
        #[arg(long, default_value_t = 1)]
        min_hits: u64,
        /// Instead of the per-term table, write N random mentions per language in
        /// context (the same sample at any thread count), to read and judge.
        #[arg(long, value_name = "N", default_value_t = 0)]
        sample: usize,
    },
}

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

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Part directories (DIR/shard-K-of-N), or the --partial DIR of runs; several runs
    /// (an incremental merge) in input order.
    #[arg(required = true)]
    pub parts: Vec<PathBuf>,
    /// Output directory, replaced as a whole as by `run`.
    #[arg(long, short)]
    pub out: PathBuf,
    /// The lexicons the parts were made with (checked by hash; default: the bundled ones).
    #[arg(long, value_name = "DIR|FILE")]
    pub lexicons: Vec<String>,
    #[command(flatten)]
    pub dict: DictArgs,
    /// No summary line.
    #[arg(long, short)]
    pub quiet: bool,
    /// Exit with code 3 when a change alert is raised.
    #[arg(long)]
    pub fail_on_alert: bool,
    /// Also write OUT/report.html.
    #[arg(long)]
    pub report: bool,
    /// Language of the report with --report: en, fr, ar or fa.
    #[arg(long, value_name = "LANG", default_value = "en")]
    pub report_lang: String,
}

#[derive(Args, Debug)]
pub struct ExplainArgs {
    /// The text to explain.
    pub text: String,
    /// Language code (ar, fa, fr, en); default: identified.
    #[arg(long)]
    pub lang: Option<String>,
    /// Lexicons, as for `run` (repeatable; default: the bundled lexicons).
    #[arg(long, value_name = "DIR|FILE")]
    pub lexicons: Vec<String>,
    #[command(flatten)]
    pub dict: DictArgs,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold files (JSONL: id, lang, text, themes, pains, scored).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// Lexicons, as for `run` (repeatable; default: the bundled lexicons).
    #[arg(long, value_name = "DIR|FILE")]
    pub lexicons: Vec<String>,
    #[command(flatten)]
    pub dict: DictArgs,
    /// Show up to N false positives and false negatives per dataset, task and class.
    #[arg(long, default_value_t = 0)]
    pub errors: usize,
    /// Worker threads.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Per-term precision on the scored classes (which theme its false hits were about).
    #[arg(long)]
    pub terms: bool,
    /// K-fold cross-validation: scores on each fold held out, and their mean.
    #[arg(long, value_name = "K", default_value_t = 0)]
    pub folds: usize,
    /// With --folds: report scores on this fold only (0-based), and take errors and the
    /// term report from the other folds, so that edits are made on the training folds.
    #[arg(long, value_name = "N")]
    pub held_fold: Option<usize>,
    /// With --folds: also score, per held fold, the rule "switch off terms whose
    /// precision on the other folds is below P".
    #[arg(long, value_name = "P")]
    pub prune: Option<f64>,
}

/// How dictionary files given to `--lexicons` are read.
#[derive(Args, Debug, Default, Clone)]
pub struct DictArgs {
    /// Format of a dictionary file whose extension does not tell: liwc, liwc22, yaml, json, csv, tsv.
    #[arg(long, value_name = "FMT")]
    pub lexicon_format: Option<String>,
    /// Language of dictionary entries that do not say theirs: ar, fa, fr, en.
    #[arg(long, value_name = "CODE")]
    pub lexicon_lang: Option<String>,
}

impl DictArgs {
    fn spec(&self, sources: Vec<String>) -> anyhow::Result<LexiconSpec> {
        LexiconSpec::parse(sources, self.lexicon_format.as_deref(), self.lexicon_lang.as_deref())
    }
}

/// Writes to stdout; a closed pipe (`vocmine explain … | head`) is not an error.
fn print_stdout(s: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(s.as_bytes());
}

/// Loads the lexicons of `--lexicons` (the bundled ones when none is given).
pub fn load_lexicons(spec: &LexiconSpec) -> anyhow::Result<LexiconSet> {
    crate::lexicon::sources::load(spec).map_err(|e| anyhow::anyhow!("{e}"))
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

/// At most this many worker threads per available core: more only costs memory and
/// start-up time (`--threads 10000` spent minutes creating threads for 48 rows).
const THREADS_PER_CORE: usize = 4;

fn set_threads(n: Option<usize>) {
    if let Some(n) = n {
        let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
        let max = cores * THREADS_PER_CORE;
        let n = if n > max {
            eprintln!("vocmine: --threads {n} is more than {THREADS_PER_CORE} per core ({cores} cores here): using {max}");
            max
        } else {
            n
        };
        // only fails if a global pool already exists, which cannot happen here
        let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
    }
}

/// Prints the notices the library logs during a run (`log::warn!`, `log::error!`) to
/// stderr as `vocmine: warning: …` and `vocmine: …`.
struct StderrLog;

impl log::Log for StderrLog {
    fn enabled(&self, m: &log::Metadata) -> bool {
        m.level() <= log::Level::Warn && m.target().starts_with("vocmine")
    }
    fn log(&self, r: &log::Record) {
        if self.enabled(r.metadata()) {
            match r.level() {
                log::Level::Warn => eprintln!("vocmine: warning: {}", r.args()),
                _ => eprintln!("vocmine: {}", r.args()),
            }
        }
    }
    fn flush(&self) {}
}

/// What a run says at its end: rejected rows and failed files always, whatever
/// `--quiet` says; then why nothing was written, or the alerts (also with `--quiet`
/// when `--fail-on-alert`), the summary line, the columns used per file and warnings.
fn print_run(opts: &RunOptions, s: &crate::pipeline::RunSummary) {
    let n = &s.notes;
    if opts.partial.is_some() {
        match (&n.failure, &n.shard_line) {
            (Some(why), _) => eprintln!("vocmine: error: {why}; {} was left as it was", n.out.display()),
            (None, Some(line)) if !opts.quiet => eprintln!("vocmine: {line}"),
            _ => {}
        }
        return;
    }
    print_rejects(opts.quiet, s);
    if let Some(why) = &n.failure {
        eprintln!("vocmine: error: {why}; {} was left as it was", n.out.display());
        return;
    }
    if !n.alert_lines.is_empty() && (!opts.quiet || opts.fail_on_alert) {
        eprintln!("vocmine: {} change alert(s) (changes.parquet):", n.alert_lines.len());
        for l in n.alert_lines.iter().take(10) {
            eprintln!("  alert {l}");
        }
        if n.alert_lines.len() > 10 {
            eprintln!("  … {} more in manifest.json", n.alert_lines.len() - 10);
        }
    }
    if !opts.quiet {
        print_summary(s);
    }
}

/// The rejected rows of a run: their count by kind and the first few (all of them when
/// the run failed).
fn print_rejects(quiet: bool, s: &crate::pipeline::RunSummary) {
    let n = &s.notes;
    if s.rejected > 0 {
        let reasons: Vec<String> = n.rejected_by_reason.iter().map(|(k, v)| format!("{k} {v}")).collect();
        eprintln!("vocmine: {} row(s) rejected ({})", s.rejected, reasons.join(", "));
    }
    let failed = s.exit_code() == EXIT_FAILURE;
    if !quiet || failed {
        for r in &n.reject_examples {
            eprintln!("  rejected {}: {}", r.location(), r.reason);
        }
        if s.rejected > n.reject_examples.len() as u64 {
            let more = s.rejected - n.reject_examples.len() as u64;
            if failed {
                eprintln!("  … {more} more");
            } else {
                eprintln!("  … {more} more in rejects.parquet");
            }
        }
    }
}

/// The summary line of a run, the columns used per file and the row warnings.
fn print_summary(s: &crate::pipeline::RunSummary) {
    let (n, w) = (&s.notes, &s.notes.warnings);
    let mb = s.bytes as f64 / 1e6;
    let filtered: u64 = s.filtered.values().sum();
    eprintln!(
        "vocmine: {} documents analysed, {} rejected, {} filtered, from {} file(s) ({:.1} MB) in {:.2}s ({:.1} MB/s, {:.0} rows/s) → {}",
        s.analysed,
        s.rejected + s.files_failed,
        filtered,
        s.files,
        mb,
        s.seconds,
        mb / s.seconds.max(1e-9),
        s.rows_read as f64 / s.seconds.max(1e-9),
        n.out.display()
    );
    for c in n.column_lines.iter().take(10) {
        eprintln!("  {c}");
    }
    if n.column_lines.len() > 10 {
        eprintln!("  … columns of {} more file(s) in manifest.json", n.column_lines.len() - 10);
    }
    for r in &n.warning_examples {
        eprintln!("  warning {}: {}", r.location(), r.reason);
    }
    if s.row_warnings > 3 {
        eprintln!("  … {} more warnings in rejects.parquet (severity = warning)", s.row_warnings - 3);
    }
    if w.total() > 0 {
        eprintln!(
            "  warnings: {} rating(s) not numeric, {} date(s) not readable, {} language value(s) not recognised, {} missing id(s), {} text(s) cut at --max-text-bytes (see manifest.json)",
            w.rating_not_numeric, w.created_unparseable, w.lang_unrecognised, w.id_missing, w.text_truncated
        );
    }
}

/// Runs the command line and returns the process exit code. Errors are printed to
/// stderr with their cause chain; the library's notices through [`StderrLog`].
pub fn main_with_args(argv: Vec<String>) -> i32 {
    static LOG: StderrLog = StderrLog;
    if log::set_logger(&LOG).is_ok() {
        log::set_max_level(log::LevelFilter::Warn);
    }
    let cli = match Cli::try_parse_from(&argv) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_FAILURE } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    match run_command(cli.command, argv) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("vocmine: error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            EXIT_FAILURE
        }
    }
}

fn run_command(cmd: Command, argv: Vec<String>) -> anyhow::Result<i32> {
    match cmd {
        Command::Run(args) => run(args, &argv),
        Command::Stream(args) => stream(args, &argv),
        Command::Merge(a) => merge(a, &argv),
        Command::Report(a) => {
            write_report(&a.out_dir, a.out.as_deref(), report_lang(&a.report_lang)?, false)?;
            Ok(EXIT_OK)
        }
        Command::Explain(a) => explain(a),
        Command::Eval(a) => eval(a),
        Command::Lexicon(LexiconCommand::Suggest { out_dir, top }) => {
            let (path, n) = crate::suggest::suggest(&out_dir, top)?;
            eprintln!("vocmine: {n} phrase(s) to review in {}", path.display());
            Ok(EXIT_OK)
        }
        Command::Lexicon(LexiconCommand::Audit { run, top, min_hits, sample }) => audit(run, top, min_hits, sample, &argv),
        Command::Lexicon(LexiconCommand::Check { sources, dict, strict }) => check(sources, dict, strict),
        Command::Lexicon(LexiconCommand::Import { file, out, format, lang, name, strict }) => import(file, out, format, lang, name, strict),
        Command::Lexicon(LexiconCommand::Coverage { dict, run }) => coverage(dict, run, &argv),
    }
}

/// Runs `vocmine run`: the tables (or a shard's part), then the report if asked.
fn run(args: RunArgs, argv: &[String]) -> anyhow::Result<i32> {
    let opts = resolve_run(args, argv[1..].to_vec())?;
    set_threads(opts.threads);
    let lex = load_lexicons(&opts.lexicons)?;
    let summary = crate::pipeline::run(&opts, &lex)?;
    print_run(&opts, &summary);
    // the process ends here: the lexicons and their per-thread form caches
    // (hundreds of thousands of small allocations) need not be freed one by one
    std::mem::forget(lex);
    if let Some(lang) = opts.report.filter(|_| summary.exit_code() != EXIT_FAILURE) {
        write_report(&opts.out, None, lang, opts.quiet)?;
    }
    Ok(summary.exit_code())
}

/// Runs `vocmine stream`: JSON Lines in, one result line out per line.
fn stream(args: Box<RunArgs>, argv: &[String]) -> anyhow::Result<i32> {
    let mut args = *args;
    // the run options need a directory and inputs: none is written, `-` is stdin
    args.settings.out = Some(PathBuf::from("."));
    if args.settings.inputs.is_empty() {
        args.settings.inputs = vec!["-".into()];
    }
    let opts = resolve_run(args, argv[1..].to_vec())?;
    set_threads(opts.threads);
    let lex = load_lexicons(&opts.lexicons)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut total = crate::stream::StreamSummary::default();
    for p in &opts.inputs {
        let s = if p.as_os_str() == "-" {
            crate::stream::stream(&lex, &opts, std::io::stdin().lock(), &mut out)
        } else {
            let f = std::fs::File::open(p).map_err(|e| anyhow::anyhow!("{}: cannot open: {e}", p.display()))?;
            crate::stream::stream(&lex, &opts, std::io::BufReader::new(f), &mut out)
        };
        let s = match s {
            Ok(s) => s,
            // a closed pipe downstream ends the stream quietly
            Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) => return Ok(EXIT_OK),
            Err(e) => return Err(e),
        };
        total.lines += s.lines;
        total.errors += s.errors;
    }
    if !opts.quiet {
        eprintln!("vocmine: {} line(s) streamed, {} error line(s)", total.lines, total.errors);
    }
    Ok(if total.errors > 0 { EXIT_REJECTS } else { EXIT_OK })
}

/// Runs `vocmine merge`, then the report if asked.
fn merge(a: MergeArgs, argv: &[String]) -> anyhow::Result<i32> {
    let report = a.report.then(|| report_lang(&a.report_lang)).transpose()?;
    let o = crate::merge::MergeOptions {
        parts: a.parts,
        out: a.out,
        lexicons: a.dict.spec(a.lexicons)?,
        fail_on_alert: a.fail_on_alert,
        arguments: argv[1..].to_vec(),
    };
    let summary = crate::merge::merge(&o)?;
    let n = &summary.notes;
    match (&n.failure, &n.merge_line) {
        (Some(why), _) => eprintln!("vocmine: error: {why}; {} was left as it was", n.out.display()),
        (None, Some(line)) if !a.quiet => {
            eprintln!("vocmine: {line}");
            for l in n.alert_lines.iter().take(10) {
                eprintln!("  alert {l}");
            }
        }
        _ => {}
    }
    if let Some(lang) = report.filter(|_| summary.exit_code() != EXIT_FAILURE) {
        write_report(&o.out, None, lang, a.quiet)?;
    }
    Ok(summary.exit_code())
}

/// Prints the JSON trace of one text.
fn explain(a: ExplainArgs) -> anyhow::Result<i32> {
    let lex = load_lexicons(&a.dict.spec(a.lexicons)?)?;
    let lang = match a.lang {
        Some(l) => Some(Lang::parse(&l).ok_or_else(|| anyhow::anyhow!("unknown --lang {l:?}: expected ar, fa, fr or en"))?),
        None => None,
    };
    let v = crate::explain::explain(&lex, &a.text, lang);
    print_stdout(&format!("{}\n", serde_json::to_string_pretty(&v)?));
    Ok(EXIT_OK)
}

/// Prints the gold-dev scores.
fn eval(a: EvalArgs) -> anyhow::Result<i32> {
    set_threads(a.threads);
    let lex = load_lexicons(&a.dict.spec(a.lexicons)?)?;
    let paths: Vec<&Path> = a.gold.iter().map(|p| p.as_path()).collect();
    let opts = crate::eval::EvalOptions { errors: a.errors, terms: a.terms, folds: a.folds, held: a.held_fold, prune: a.prune };
    let report = crate::eval::evaluate(&lex, &paths, &opts)?;
    print_stdout(&report.text);
    Ok(EXIT_OK)
}

/// Runs `vocmine lexicon audit`: per term its surface forms, or a sample of mentions.
fn audit(run: Box<RunArgs>, top: usize, min_hits: u64, sample: usize, argv: &[String]) -> anyhow::Result<i32> {
    let mut args = *run;
    let report = args.settings.out.take();
    // `--out` names the report file here; the run options need a directory
    args.settings.out = Some(PathBuf::from("."));
    let opts = resolve_run(args, argv[1..].to_vec())?;
    set_threads(opts.threads);
    let lex = load_lexicons(&opts.lexicons)?;
    let audit = crate::audit::audit(&lex, &opts, sample)?;
    let tsv = if sample > 0 { audit.sample_tsv(&lex) } else { audit.to_tsv(&lex, top, min_hits) };
    match report {
        Some(p) => {
            crate::output::commit(vec![crate::output::write_text(&p, &tsv)?])?;
            if !opts.quiet {
                eprintln!("vocmine: audit of {} documents ({} rows rejected) written to {}", audit.documents, audit.rejected, p.display());
            }
        }
        None => print_stdout(&tsv),
    }
    Ok(EXIT_OK)
}

/// Runs `vocmine lexicon check`: every problem, or one summary line.
fn check(sources: Vec<String>, dict: DictArgs, strict: bool) -> anyhow::Result<i32> {
    let sources = if sources.is_empty() && Path::new("lexicons").is_dir() { vec!["lexicons".to_string()] } else { sources };
    let origin = if sources.is_empty() { "bundled".to_string() } else { sources.join(" + ") };
    match load_lexicons(&dict.spec(sources)?) {
        Ok(lex) => {
            for w in &lex.warnings {
                println!("warning: {w}");
            }
            let per_lang: Vec<String> = Lang::ANALYSED.iter().map(|l| format!("{}={}", l, lex.terms.iter().filter(|t| t.lang == *l).count())).collect();
            let cues: Vec<String> = Lang::ANALYSED.iter().map(|l| format!("{}={}", l, lex.cues.iter().filter(|c| c.lang == *l).count())).collect();
            println!(
                "ok: {origin}: {} themes, {} terms ({}), {} cues ({}), {} warnings, hash {}",
                lex.themes.len(),
                lex.terms.len(),
                per_lang.join(" "),
                lex.cues.len(),
                cues.join(" "),
                lex.warnings.len(),
                &lex.hash[..12]
            );
            Ok(if strict && !lex.warnings.is_empty() { EXIT_FAILURE } else { EXIT_OK })
        }
        Err(e) => {
            eprint!("{origin}: {e}");
            Ok(EXIT_FAILURE)
        }
    }
}

/// Runs `vocmine lexicon import`: a dictionary as theme files.
fn import(file: PathBuf, out: PathBuf, format: Option<String>, lang: Option<String>, name: Option<String>, strict: bool) -> anyhow::Result<i32> {
    let spec = LexiconSpec::parse(vec![], format.as_deref(), lang.as_deref())?;
    match crate::lexicon::sources::import_to_dir(&file, &spec, name.as_deref(), &out) {
        Ok(done) => {
            for w in &done.warnings {
                println!("warning: {w}");
            }
            println!("{}", done.summary);
            Ok(if strict && !done.warnings.is_empty() { EXIT_FAILURE } else { EXIT_OK })
        }
        Err(e) => {
            eprint!("{}: {e}", file.display());
            Ok(EXIT_FAILURE)
        }
    }
}

/// Runs `vocmine lexicon coverage`.
fn coverage(dict: String, run: Box<RunArgs>, argv: &[String]) -> anyhow::Result<i32> {
    let mut args = *run;
    let report = args.settings.out.take();
    args.settings.out = Some(PathBuf::from("."));
    args.settings.lexicons = vec![dict];
    let opts = resolve_run(args, argv[1..].to_vec())?;
    set_threads(opts.threads);
    let lex = load_lexicons(&opts.lexicons)?;
    let text = crate::coverage::coverage(&lex, &opts)?.report(&lex);
    match report {
        Some(p) => crate::output::commit(vec![crate::output::write_text(&p, &text)?])?,
        None => print_stdout(&text),
    }
    Ok(EXIT_OK)
}
