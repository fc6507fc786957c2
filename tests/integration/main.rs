//! The one integration-test binary: modules per area.
mod cli;
mod conversations;
mod golden;
mod lexicon_cases;
mod merge;
mod persona;
mod regression;
mod safety;
pub mod util;
