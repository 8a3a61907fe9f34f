//! `meshctl x …`: the day-2 commands under the names istioctl gives them (`x precheck`,
//! `x check-inject`, `x injector list`, `x describe`). Each is the same command as its top-level spelling.

use clap::{Args, Subcommand};

use super::Global;
use super::{check_inject, describe, injector, precheck};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct ExperimentalArgs {
    #[command(subcommand)]
    pub command: XCommand,
}

#[derive(Debug, Subcommand)]
pub enum XCommand {
    /// Check whether Istio can be installed or upgraded in the cluster
    Precheck(precheck::PrecheckArgs),
    /// Show which injection webhook would inject a pod, and why
    CheckInject(check_inject::CheckInjectArgs),
    /// List namespaces, the revisions injecting them and the injection hooks
    Injector(injector::InjectorArgs),
    /// Describe a pod or Service and the Istio configuration that affects it
    #[command(visible_alias = "des")]
    Describe(describe::DescribeArgs),
}

pub fn run(args: ExperimentalArgs, global: &Global) -> Result<u8> {
    match args.command {
        XCommand::Precheck(a) => precheck::run(a, global),
        XCommand::CheckInject(a) => check_inject::run(a, global),
        XCommand::Injector(a) => injector::run(a, global),
        XCommand::Describe(a) => describe::run(a, global),
    }
}
