//! `meshctl completion`.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use crate::error::Result;

#[derive(Debug, Args)]
pub struct CompletionArgs {
    /// The shell to generate completions for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// The completion script for `shell`, as committed under `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "meshctl", &mut out);
    out
}

pub fn run(args: CompletionArgs) -> Result<u8> {
    crate::output::write_stdout(&script(args.shell))?;
    Ok(0)
}
