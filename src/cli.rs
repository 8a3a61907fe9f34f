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
