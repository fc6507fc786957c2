//! The `vocmine` binary: translates the command line into library calls (see `cli`).

mod cli;

/// mimalloc: analysis allocates many small, short-lived strings and vectors from every
/// worker thread; glibc malloc spent about a quarter of all cycles on them (`perf`).
/// Built without transparent huge pages (`no_thp`): with them the kernel spent ~11% of
/// a run zeroing fresh 2 MiB pages (`clear_page_erms`); without, 100,000 rows run ~10%
/// faster at 13% less peak RSS (interleaved A/B, BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

extern "C" {
    /// mimalloc's `mi_option_set` (the C library linked by the `mimalloc` crate).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}
/// `mi_option_purge_delay` in mimalloc's `mi_option_e`.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

fn main() {
    // keep freed memory instead of returning it to the OS after 10 ms: a batch job
    // reuses it at once, and every return cost a fresh (zeroed) page on the next
    // chunk — a fifth of all cycles (`perf`: clear_page); peak RSS grows by about 10%
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    let code = cli::main_with_args(std::env::args().collect());
    std::process::exit(code);
}
