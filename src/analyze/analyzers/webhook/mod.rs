//! webhook analyzers.
pub mod injector;
