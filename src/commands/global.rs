//! The flags every command understands (`--kubeconfig`, `--context`, `-n`, `-i`,
//! `--kubeclient-timeout`, `-v`).

use clap::Args;

/// Flags every command understands, spelled as kubectl and istioctl users expect.
#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Kubernetes configuration file
    #[arg(short = 'c', long = "kubeconfig", env = "KUBECONFIG", global = true, value_name = "FILE")]
    pub kubeconfig: Option<String>,
    /// Kubernetes configuration context
    #[arg(long, global = true, value_name = "NAME")]
    pub context: Option<String>,
    /// Kubernetes namespace (default: the kubeconfig context's namespace)
    #[arg(short = 'n', long, global = true, value_name = "NS")]
    pub namespace: Option<String>,
    /// Istio system namespace
    #[arg(
        short = 'i',
        long = "istioNamespace",
        visible_alias = "istio-namespace",
        global = true,
        default_value = "istio-system",
        value_name = "NS"
    )]
    pub istio_namespace: String,
    /// Limit for each request to the Kubernetes API server (and for a kubeconfig credential plugin)
    #[arg(
        long = "kubeclient-timeout",
        global = true,
        default_value = "15s",
        value_parser = crate::duration::parse_timeout,
        value_name = "DURATION"
    )]
    pub kubeclient_timeout: std::time::Duration,
    /// More output on stderr (repeat for more)
    #[arg(short = 'v', long = "verbose", action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
}
