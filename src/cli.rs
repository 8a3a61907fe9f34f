//! The top-level command line: global flags, dispatch, and error policy.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, Parser};

use crate::commands::Command;
use crate::error::{exit, exit_code_of, is_broken_pipe};

/// meshctl: install, inject, analyze and open the Istio service mesh.
#[derive(Debug, Parser)]
#[command(name = "meshctl", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

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
        value_parser = crate::commands::cluster_args::parse_timeout,
        value_name = "DURATION"
    )]
    pub kubeclient_timeout: std::time::Duration,
    /// More output on stderr (repeat for more)
    #[arg(short = 'v', long = "verbose", action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
}

/// Parses the command line, runs the command and turns the outcome into an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = match e.kind() {
                clap::error::ErrorKind::DisplayHelp
                | clap::error::ErrorKind::DisplayVersion
                | clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => exit::OK,
                _ => exit::USAGE,
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    install_error_hook();
    match crate::commands::run(cli.command, &cli.global) {
        Ok(code) => ExitCode::from(code),
        Err(report) if is_broken_pipe(&report) => ExitCode::SUCCESS,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::from(exit_code_of(&report))
        }
    }
}

fn install_error_hook() {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let _ = miette::set_hook(Box::new(move |_| {
        // Wrapped only for a terminal: in a pipe or a log, a file name split across lines
        // cannot be searched for or copied.
        let opts = miette::MietteHandlerOpts::new().color(color).unicode(color).terminal_links(false);
        let opts = if color { opts } else { opts.wrap_lines(false) };
        Box::new(opts.build())
    }));
}
