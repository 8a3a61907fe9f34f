//! The process's entry: the command line parsed (its grammar is [`crate::commands::Cli`]),
//! the command run, and the error policy (messages, exit codes, broken pipes).

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::commands::Cli;
use crate::error::{exit, exit_code_of, is_broken_pipe};

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
            if let Some(help) = istioctl_command_help(&e) {
                eprintln!("help: {help}");
            }
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

/// istioctl commands meshctl does not have, that users of istioctl's workshops type, and what
/// to use instead.
const ISTIOCTL_COMMANDS: &[(&str, &str)] = &[
    (
        "create",
        "`istioctl create` was removed in Istio 1.1: Istio config is applied with `kubectl apply -f FILE` (RouteRule and DestinationPolicy became VirtualService and DestinationRule in Istio 0.8)",
    ),
    ("replace", "`istioctl replace` was removed in Istio 1.1: use `kubectl apply -f FILE`"),
    (
        "get",
        "`istioctl get` was removed in Istio 1.1: use `kubectl get virtualservices,destinationrules,gateways -A`",
    ),
    ("delete", "`istioctl delete` was removed in Istio 1.1: use `kubectl delete -f FILE`"),
    (
        "validate",
        "meshctl has no `validate`: `meshctl analyze --use-kube=false FILE…` checks files against the CRD schemas (IST0106) and much more",
    ),
];

/// The hint for an unknown subcommand that is one of istioctl's.
fn istioctl_command_help(e: &clap::Error) -> Option<&'static str> {
    use clap::error::{ContextKind, ContextValue};
    if e.kind() != clap::error::ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(name)) = e.get(ContextKind::InvalidSubcommand) else { return None };
    ISTIOCTL_COMMANDS.iter().find(|(n, _)| n == name).map(|(_, help)| *help)
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
