//! deprecation analyzers.
pub mod fields;
