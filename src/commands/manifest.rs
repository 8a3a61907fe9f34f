//! `meshctl manifest generate`.

use clap::{Args, Subcommand};

use super::Global;
use super::settings_args::SettingsArgs;
use crate::error::Result;
use crate::render;

#[derive(Debug, Args)]
pub struct ManifestArgs {
    #[command(subcommand)]
    pub command: ManifestCommand,
}

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Print the Kubernetes objects the settings render, ready for `kubectl apply -f -`
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Write the manifest to this file instead of stdout
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,
}

pub fn run(args: ManifestArgs, _global: &Global) -> Result<u8> {
    match args.command {
        ManifestCommand::Generate(g) => generate(g),
    }
}

fn generate(args: GenerateArgs) -> Result<u8> {
    let settings = args.settings.resolve()?;
    let objects = render::render_for_text(&settings)?;
    let text = render::to_yaml_stream(&objects);
    match args.output {
        Some(path) => {
            crate::output::file::write_file(&path, text.as_bytes())?;
            eprintln!("wrote {} objects to {path}", objects.len());
        }
        None => {
            crate::output::write_stdout(text.as_bytes())?;
        }
    }
    Ok(0)
}
