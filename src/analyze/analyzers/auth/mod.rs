//! auth analyzers.
pub mod authorization_policies;
