//! DestinationRule analyzers.
pub mod ca_certificate;
pub mod subset_select_pod;
