//! Annotation analyzers.
pub mod alpha;
pub mod k8s;
pub mod table;
