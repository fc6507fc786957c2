//! The command line (part of the binary, not of the library): argument definitions
//! (clap) and the translation of each subcommand into library calls, and everything
//! printed on stderr — the end-of-run messages, the library's `log` notices, errors with
//! their causes. Nothing here analyses text; `main` only calls [`main_with_args`] and
//! exits with its code.

use clap::{Args, Parser, Subcommand};
use std::path::{Path, PathBuf};
use vocmine::args::{report_lang, resolve_run, RunArgs};
use vocmine::config::{RunOptions, EXIT_FAILURE, EXIT_OK, EXIT_REJECTS};
use vocmine::lang::Lang;
use vocmine::lexicon::sources::LexiconSpec;
use vocmine::lexicon::LexiconSet;

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

/// Writes the report of the run in `dir`, and says where unless quiet.
fn write_report(dir: &Path, dest: Option<&Path>, lang: Lang, quiet: bool) -> anyhow::Result<()> {
    let r = vocmine::report::write_report(dir, dest, lang)?;
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
    vocmine::lexicon::sources::load(spec).map_err(|e| anyhow::anyhow!("{e}"))
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
fn print_run(opts: &RunOptions, s: &vocmine::pipeline::RunSummary) {
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
fn print_rejects(quiet: bool, s: &vocmine::pipeline::RunSummary) {
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
fn print_summary(s: &vocmine::pipeline::RunSummary) {
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
            let (path, n) = vocmine::suggest::suggest(&out_dir, top)?;
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
    let summary = vocmine::pipeline::run(&opts, &lex)?;
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
    let mut total = vocmine::stream::StreamSummary::default();
    for p in &opts.inputs {
        let s = if p.as_os_str() == "-" {
            vocmine::stream::stream(&lex, &opts, std::io::stdin().lock(), &mut out)
        } else {
            let f = std::fs::File::open(p).map_err(|e| anyhow::anyhow!("{}: cannot open: {e}", p.display()))?;
            vocmine::stream::stream(&lex, &opts, std::io::BufReader::new(f), &mut out)
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
    let o = vocmine::merge::MergeOptions {
        parts: a.parts,
        out: a.out,
        lexicons: a.dict.spec(a.lexicons)?,
        fail_on_alert: a.fail_on_alert,
        arguments: argv[1..].to_vec(),
    };
    let summary = vocmine::merge::merge(&o)?;
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
    let v = vocmine::explain::explain(&lex, &a.text, lang);
    print_stdout(&format!("{}\n", serde_json::to_string_pretty(&v)?));
    Ok(EXIT_OK)
}

/// Prints the gold-dev scores.
fn eval(a: EvalArgs) -> anyhow::Result<i32> {
    set_threads(a.threads);
    let lex = load_lexicons(&a.dict.spec(a.lexicons)?)?;
    let paths: Vec<&Path> = a.gold.iter().map(|p| p.as_path()).collect();
    let opts = vocmine::eval::EvalOptions { errors: a.errors, terms: a.terms, folds: a.folds, held: a.held_fold, prune: a.prune };
    let report = vocmine::eval::evaluate(&lex, &paths, &opts)?;
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
    let audit = vocmine::audit::audit(&lex, &opts, sample)?;
    let tsv = if sample > 0 { audit.sample_tsv(&lex) } else { audit.to_tsv(&lex, top, min_hits) };
    match report {
        Some(p) => {
            vocmine::output::commit(vec![vocmine::output::write_text(&p, &tsv)?])?;
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
    match vocmine::lexicon::sources::import_to_dir(&file, &spec, name.as_deref(), &out) {
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
    let text = vocmine::coverage::coverage(&lex, &opts)?.report(&lex);
    match report {
        Some(p) => vocmine::output::commit(vec![vocmine::output::write_text(&p, &text)?])?,
        None => print_stdout(&text),
    }
    Ok(EXIT_OK)
}
