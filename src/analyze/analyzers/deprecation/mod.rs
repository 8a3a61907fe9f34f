//! deprecation analyzers.
pub mod deprecation;
