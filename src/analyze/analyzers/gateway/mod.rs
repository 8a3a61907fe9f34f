//! Gateway analyzers.
pub mod certificate;
pub mod conflicting;
pub mod ingress_port;
pub mod secret;
pub mod x509;
