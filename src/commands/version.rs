//! `meshctl version`.

use clap::Args;
use serde_json::json;

use crate::cli::Global;
use miette::IntoDiagnostic;

use crate::error::Result;
use crate::output::{print_value, Format};
use crate::version::{DEFAULT_HUB, ISTIO_VERSION, MESHCTL_VERSION};

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Print only the version numbers
    #[arg(short, long)]
    pub short: bool,
    /// Output format
    #[arg(short, long, value_enum)]
    pub output: Option<Format>,
}

pub fn run(args: VersionArgs, _global: &Global) -> Result<u8> {
    let info = json!({
        "meshctlVersion": MESHCTL_VERSION,
        "istioVersion": ISTIO_VERSION,
        "hub": DEFAULT_HUB,
    });
    if let Some(format) = args.output {
        print_value(&json!({ "clientVersion": info }), format).into_diagnostic()?;
    } else if args.short {
        println!("meshctl {MESHCTL_VERSION} (istio {ISTIO_VERSION})");
    } else {
        println!("meshctl version: {MESHCTL_VERSION}");
        println!("istio version: {ISTIO_VERSION} (images {DEFAULT_HUB}/*:{ISTIO_VERSION})");
    }
    Ok(0)
}
