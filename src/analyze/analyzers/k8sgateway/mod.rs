//! k8sgateway analyzers.
pub mod crd_version;
pub mod selector;
