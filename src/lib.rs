//! meshctl: the Istio service mesh from the command line.
//!
//! The core (values, render, inject, analyze) is pure: YAML and values in, objects or messages
//! out. `cli` and `commands` are glue; `cluster` is the only module that talks to Kubernetes.

pub mod analyze;
pub mod annotations;
pub mod assets;
pub mod cli;
pub mod cluster;
pub mod commands;
pub mod debug;
pub mod describe;
pub mod duration;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod inject;
pub mod injector;
pub mod input;
pub mod objdiff;
pub mod openapi;
pub mod output;
pub mod precheck;
pub mod progress;
pub mod render;
pub mod resource;
pub mod revision;
pub mod schema;
pub mod table;
pub mod tag;
pub mod values;
pub mod version;
pub mod webhook_match;

/// Installs the process-wide TLS crypto provider once. kube and reqwest are both built with
/// ring only; without an explicit provider rustls cannot pick one and the clients panic.
pub fn install_crypto_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
