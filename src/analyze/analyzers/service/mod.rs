//! service analyzers.
pub mod port_name;
