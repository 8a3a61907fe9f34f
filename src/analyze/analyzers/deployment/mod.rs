//! deployment analyzers.
pub mod multi_service;
