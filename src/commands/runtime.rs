//! What the commands that talk to a cluster share: the async runtime for their cluster work,
//! and the connection settings taken from the global flags.

use std::time::Duration;

use super::Global;
use crate::cluster::ConnectOptions;
use crate::error::Failure;

/// A runtime for one command's cluster work.
pub fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::new(format!("cannot start the async runtime: {e}")))
}

/// The limit for one cluster request (`--kubeclient-timeout`).
pub fn request_timeout(global: &Global) -> Duration {
    global.kubeclient_timeout
}

/// The connection settings the global flags give.
pub fn connect_options(global: &Global) -> ConnectOptions {
    ConnectOptions {
        kubeconfig: global.kubeconfig.clone(),
        context: global.context.clone(),
        namespace: global.namespace.clone(),
        istio_namespace: global.istio_namespace.clone(),
        timeout: global.kubeclient_timeout,
        verbose: global.verbose > 0,
    }
}
