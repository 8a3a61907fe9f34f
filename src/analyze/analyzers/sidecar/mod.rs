//! sidecar analyzers.
pub mod selector;
