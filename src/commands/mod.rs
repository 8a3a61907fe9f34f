//! One module per subcommand; each owns its clap `Args` and its `run`.

use clap::Subcommand;

use crate::cli::Global;
use crate::error::Result;

pub mod completion;
pub mod kube_inject;
pub mod manifest;
pub mod profile;
pub mod settings_args;
pub mod version;

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
}

/// Runs a command; the returned number is the process exit code.
pub fn run(command: Command, global: &Global) -> Result<u8> {
    match command {
        Command::Version(args) => version::run(args, global),
        Command::Manifest(args) => manifest::run(args, global),
        Command::Profile(args) => profile::run(args, global),
        Command::Completion(args) => completion::run(args),
        Command::KubeInject(args) => kube_inject::run(args, global),
    }
}
