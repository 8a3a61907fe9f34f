//! serviceentry analyzers.
pub mod addresses;
pub mod conflicting_protocol;
