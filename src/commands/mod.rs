//! The command line's grammar ([`Cli`]: the global flags and one subcommand) and dispatch;
//! one module per subcommand, each owning its clap `Args` and its `run`.

use clap::{Parser, Subcommand};

use crate::error::Result;

pub use global::Global;
pub mod analyze;
pub mod check_inject;
pub mod completion;
pub mod confirm;
pub mod dashboard;
pub mod describe;
pub mod experimental;
mod global;
pub mod injector;
pub mod install;
pub mod installed;
pub mod kube_inject;
pub mod manifest;
pub mod precheck;
pub mod profile;
pub mod proxy_config;
pub mod proxy_status;
pub mod runtime;
pub mod settings_args;
pub mod suggest;
pub mod tag;
pub mod uninstall;
pub mod upgrade;
pub mod verify_install;
pub mod version;

/// meshctl: install, inject, analyze and open the Istio service mesh.
#[derive(Debug, Parser)]
#[command(name = "meshctl", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print meshctl's version and the Istio release it installs
    Version(version::VersionArgs),
    /// Render the Istio control plane manifests
    Manifest(manifest::ManifestArgs),
    /// List, dump and compare configuration profiles
    Profile(profile::ProfileArgs),
    /// Add the Istio sidecar to the workloads in a YAML file
    KubeInject(kube_inject::KubeInjectArgs),
    /// Generate shell completion scripts
    Completion(completion::CompletionArgs),
    /// Install the Istio control plane into the cluster
    #[command(visible_aliases = ["apply", "upgrade"])]
    Install(install::InstallArgs),
    /// Remove the Istio control plane from the cluster
    Uninstall(uninstall::UninstallArgs),
    /// Check that the installed control plane exists and is ready
    VerifyInstall(verify_install::VerifyInstallArgs),
    /// Open a mesh web UI (Kiali, Grafana, Prometheus, Jaeger, …) through a port-forward
    #[command(visible_aliases = ["dash", "d"])]
    Dashboard(dashboard::DashboardArgs),
    /// Find problems in Istio configuration (files, directories or stdin)
    Analyze(analyze::AnalyzeArgs),
    /// Check whether Istio can be installed or upgraded in the cluster
    Precheck(precheck::PrecheckArgs),
    /// Show which injection webhook would inject a pod, and why
    CheckInject(check_inject::CheckInjectArgs),
    /// List namespaces, the revisions injecting them and the injection hooks
    Injector(injector::InjectorArgs),
    /// Create, list and remove revision tags (stable names for control plane revisions)
    Tag(tag::TagArgs),
    /// Experimental commands, as istioctl spells them (`x check-inject`, `x precheck`, …)
    #[command(name = "experimental", visible_aliases = ["x", "exp"])]
    Experimental(experimental::ExperimentalArgs),
    /// Show what a pod's Envoy proxy was configured with (clusters, listeners, routes, …)
    #[command(visible_alias = "pc")]
    ProxyConfig(proxy_config::ProxyConfigArgs),
    /// Sync state of every proxy as istiod sees it, or one pod's config against istiod's
    #[command(visible_alias = "ps")]
    ProxyStatus(proxy_status::ProxyStatusArgs),
    /// Describe a pod or Service and the Istio configuration that affects it
    #[command(visible_alias = "des")]
    Describe(describe::DescribeArgs),
}

/// Runs a command; the returned number is the process exit code.
pub fn run(command: Command, global: &Global) -> Result<u8> {
    match command {
        Command::Version(args) => version::run(args, global),
        Command::Manifest(args) => manifest::run(args, global),
        Command::Profile(args) => profile::run(args, global),
        Command::Completion(args) => completion::run(args),
        Command::Install(args) => install::run(args, global),
        Command::Uninstall(args) => uninstall::run(args, global),
        Command::VerifyInstall(args) => verify_install::run(args, global),
        Command::Dashboard(args) => dashboard::run(args, global),
        Command::Analyze(args) => analyze::run(args, global),
        Command::KubeInject(args) => kube_inject::run(args, global),
        Command::Precheck(args) => precheck::run(args, global),
        Command::CheckInject(args) => check_inject::run(args, global),
        Command::Injector(args) => injector::run(args, global),
        Command::Tag(args) => tag::run(args, global),
        Command::Experimental(args) => experimental::run(args, global),
        Command::ProxyConfig(args) => proxy_config::run(args, global),
        Command::ProxyStatus(args) => proxy_status::run(args, global),
        Command::Describe(args) => describe::run(args, global),
    }
}
