//! The names injection gives its objects, shared by the template, the post-injection passes
//! and the probe rewriter: containers found and moved by name, and the proxy env variables
//! set after the template (found and replaced by name).

/// The sidecar proxy container.
pub const PROXY: &str = "istio-proxy";
/// The init container that sets up traffic redirection (without CNI).
pub const INIT: &str = "istio-init";
/// The init container that checks CNI's redirection (with CNI).
pub const VALIDATION: &str = "istio-validation";
/// The init container that enables core dumps.
pub const CORE_DUMP: &str = "enable-core-dump";

/// The proxy env variables the sidecar template sets for each workload (between the runs that
/// depend only on the settings).
pub const POD_PORTS_ENV: &str = "ISTIO_META_POD_PORTS";
pub const APP_CONTAINERS_ENV: &str = "ISTIO_META_APP_CONTAINERS";
pub const WORKLOAD_NAME_ENV: &str = "ISTIO_META_WORKLOAD_NAME";
pub const OWNER_ENV: &str = "ISTIO_META_OWNER";
/// All of them (the splice fast path keys the other runs by names not among these).
pub const WORKLOAD_ENV: &[&str] = &[POD_PORTS_ENV, APP_CONTAINERS_ENV, WORKLOAD_NAME_ENV, OWNER_ENV];

/// The app's original probes, for the proxy to forward to (set by the probe rewriter).
pub const APP_PROBERS_ENV: &str = "ISTIO_KUBE_APP_PROBERS";
/// The app's own scrape settings (set by Prometheus merging).
pub const PROMETHEUS_ENV: &str = "ISTIO_PROMETHEUS_ANNOTATIONS";
/// Proxy env variables injection sets after the template.
pub const POST_INJECTION_ENV: &[&str] = &[APP_PROBERS_ENV, PROMETHEUS_ENV];
