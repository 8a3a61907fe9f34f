//! multicluster analyzers.
pub mod service;
