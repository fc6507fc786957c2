//! The one integration-test binary: modules per area.
mod architecture;
mod changes;
mod cli;
mod conversations;
mod dictionaries;
mod fuzz;
mod golden;
mod lexicon_cases;
mod merge;
mod persona;
mod regression;
mod report;
mod safety;
mod shards;
mod stream;
pub mod util;
