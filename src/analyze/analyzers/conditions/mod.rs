//! conditions analyzers.
pub mod condition;
