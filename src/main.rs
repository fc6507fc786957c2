//! The `vocmine` binary: translates the command line into library calls (see `cli`).

/// mimalloc: analysis allocates many small, short-lived strings and vectors from every
/// worker thread; glibc malloc spent about a quarter of all cycles on them (`perf`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = vocmine::cli::main_with_args(std::env::args().collect());
    std::process::exit(code);
}
