//! envoyfilter analyzers.
pub mod patch;
