//! application_uid analyzers.
pub mod uid;
