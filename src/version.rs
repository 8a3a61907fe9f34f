//! The one place that names the Istio release meshctl installs.

/// meshctl's own version.
pub const MESHCTL_VERSION: &str = env!("CARGO_PKG_VERSION");
/// The Istio release whose images and behaviour meshctl reproduces.
pub const ISTIO_VERSION: &str = "1.30.3";
/// Default image registry.
pub const DEFAULT_HUB: &str = "docker.io/istio";
/// Default image tag.
pub const DEFAULT_TAG: &str = ISTIO_VERSION;
