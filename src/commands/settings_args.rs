//! The settings flags shared by every command that renders the control plane.

use clap::Args;

use crate::error::Failure;
use crate::values::{self, Inputs, Settings, Source};

#[derive(Debug, Clone, Args, Default)]
pub struct SettingsArgs {
    /// IstioOperator file(s) overlaid on the profile, left to right (`-` is stdin; `https://` URLs are fetched)
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub files: Vec<String>,
    #[command(flatten)]
    pub set: SetFlag,
    #[command(flatten)]
    pub revision: RevisionFlag,
    /// Directory holding `manifests/` and `profiles/` to use instead of the embedded ones
    #[arg(short = 'd', long = "manifests", value_name = "DIR")]
    pub manifests: Option<std::path::PathBuf>,
}

/// `--set`, declared once for every command that resolves settings (kube-inject words its
/// help for itself). Each flag is its own struct so that a command keeps it where its help
/// lists it.
#[derive(Debug, Clone, Args, Default)]
pub struct SetFlag {
    /// Override a setting: `path=value` (repeatable), e.g. `profile=demo`, `values.global.proxy.image=x`; escape dots in keys with `\.`
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub sets: Vec<String>,
}

/// `--revision`, declared once like [`SetFlag`].
#[derive(Debug, Clone, Args, Default)]
pub struct RevisionFlag {
    /// Control plane revision (the same as `--set revision=REV`)
    #[arg(short = 'r', long = "revision", value_name = "REV")]
    pub revision: Option<String>,
}

/// Reads settings files: paths, `-` for stdin, or `https://` URLs.
pub fn read_files(files: &[String]) -> Result<Vec<Source>, Failure> {
    files.iter().map(|f| crate::input::read_source(f).map(|(text, name)| Source { name, text })).collect()
}

impl SettingsArgs {
    /// The settings inputs, the `-f` files read.
    pub fn inputs(&self) -> Result<Inputs, Failure> {
        Ok(Inputs {
            files: read_files(&self.files)?,
            sets: self.set.sets.clone(),
            revision: self.revision.revision.clone(),
            cluster: None,
        })
    }
    pub fn resolve(&self) -> Result<Settings, Failure> {
        if let Some(dir) = &self.manifests {
            if !dir.join("manifests").is_dir() || !dir.join("profiles").is_dir() {
                return Err(Failure::usage(format!(
                    "`--manifests {}` has no `manifests/` and `profiles/` folders",
                    dir.display()
                ))
                .help(
                    "point it at a checkout of meshctl (the folder holding `manifests/` and `profiles/`)",
                ));
            }
            crate::assets::set_override_dir(dir.clone());
        }
        if self.files.iter().filter(|f| *f == "-").count() > 1 {
            return Err(Failure::usage("stdin (`-f -`) can be read only once"));
        }
        values::resolve(&self.inputs()?)
    }
}
