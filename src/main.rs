//! The `vocmine` binary: translates the command line into library calls (see `cli`).
fn main() {
    let code = vocmine::cli::main_with_args(std::env::args().collect());
    std::process::exit(code);
}
