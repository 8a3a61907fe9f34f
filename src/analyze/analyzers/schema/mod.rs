//! Schema validation analyzers.
pub mod validation;
pub mod vs_rules;
