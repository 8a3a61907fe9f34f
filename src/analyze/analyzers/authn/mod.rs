//! authn analyzers.
pub mod blocked_cidrs;
