//! webhook analyzers.
pub mod webhook;
