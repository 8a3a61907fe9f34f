//! The only module that talks to Kubernetes: connect, apply, list, delete, wait, port-forward.
//!
//! Objects cross this boundary as `serde_json::Value` (the currency of the pure core); the
//! server's `Status` is kept in [`ApiError`] so callers branch on codes, never on text.

mod access;
mod connect;
pub mod errors;
mod exec_plugin;
mod openapi;
mod ops;
mod portforward;
mod readiness;
mod transport;

pub use access::ServerVersion;
pub use connect::{Cluster, ConnectOptions, Connection, default_namespace};
pub use errors::ApiError;
pub use openapi::OpenApi;
pub use ops::{DryApply, ObjectRef};
pub use portforward::forward_pod_port;
pub use readiness::{Readiness, readiness};

/// The field manager meshctl writes with (server-side apply).
pub const FIELD_MANAGER: &str = "meshctl";

mod envoy;
pub use envoy::{AdminError, admin_request, get_pod, pick_pod, selector_of, workload_kind};
