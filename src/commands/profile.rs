//! `meshctl profile list | dump | diff`.

use clap::{Args, Subcommand, ValueEnum};
use serde_json::Value;

use super::Global;
use crate::assets;
use crate::error::{Failure, Result};
use crate::output::{to_json, to_yaml};
use crate::values::{self, Inputs};

#[derive(Debug, Args)]
pub struct ProfileArgs {
    #[command(subcommand)]
    pub command: ProfileCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the available configuration profiles
    List,
    /// Print the complete settings of a profile (default: `default`)
    Dump(DumpArgs),
    /// Show how two profiles differ (exit 1 when they do)
    Diff(DiffArgs),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DumpFormat {
    Yaml,
    Json,
    Flags,
}

#[derive(Debug, Args)]
pub struct DumpArgs {
    /// Profile name
    #[arg(value_parser = super::suggest::Suggest::profiles())]
    pub profile: Option<String>,
    /// IstioOperator file(s) to overlay instead of a profile name
    #[arg(short = 'f', long = "filename")]
    pub files: Vec<String>,
    /// Override a setting (`path=value`)
    #[arg(short = 's', long = "set")]
    pub sets: Vec<String>,
    /// Print only the subtree at this path, e.g. `components.pilot` or `values.global.proxy`
    #[arg(short = 'p', long = "config-path", visible_alias = "configPath")]
    pub config_path: Option<String>,
    /// Output format
    #[arg(short, long, value_enum, default_value = "yaml")]
    pub output: DumpFormat,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// First profile (name or IstioOperator file)
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    pub a: String,
    /// Second profile (name or IstioOperator file)
    #[arg(value_hint = clap::ValueHint::AnyPath)]
    pub b: String,
}

pub fn run(args: ProfileArgs, _global: &Global) -> Result<u8> {
    match args.command {
        ProfileCommand::List => {
            let mut text = String::from("Istio configuration profiles:\n");
            for p in assets::profile_names() {
                text.push_str(&format!("    {p}\n"));
            }
            crate::output::print(text)?;
            Ok(0)
        }
        ProfileCommand::Dump(d) => dump(d),
        ProfileCommand::Diff(d) => diff(d),
    }
}

fn dump(args: DumpArgs) -> Result<u8> {
    if args.profile.is_some() && !args.files.is_empty() {
        return Err(Failure::usage("cannot specify both a profile name and `-f`")
            .help("use `meshctl profile dump NAME` or `meshctl profile dump -f FILE`")
            .into());
    }
    let mut sets = Vec::new();
    if let Some(p) = &args.profile {
        sets.push(format!("profile={p}"));
    }
    sets.extend(args.sets.iter().cloned());
    let files = super::settings_args::read_files(&args.files)?;
    let settings = values::resolve(&Inputs { files, sets, ..Default::default() })?;
    let mut tree = settings.iop().clone();
    if let Some(path) = &args.config_path {
        tree = subtree(&tree["spec"], path).ok_or_else(|| {
            Failure::usage(format!("no setting at `{path}`"))
                .help("run `meshctl profile dump` to see every path")
        })?;
    }
    let text = match args.output {
        DumpFormat::Yaml => to_yaml(&tree),
        DumpFormat::Json => to_json(&tree) + "\n",
        DumpFormat::Flags => flags(&tree),
    };
    crate::output::print(text)?;
    Ok(0)
}

fn subtree(v: &Value, path: &str) -> Option<Value> {
    let mut cur = v;
    for seg in path.trim_start_matches("spec.").split('.') {
        cur = match seg.split_once('[') {
            Some((k, idx)) => {
                let i: usize = idx.trim_end_matches(']').parse().ok()?;
                let base = if k.is_empty() { cur } else { cur.get(k)? };
                base.get(i)?
            }
            None => cur.get(seg)?,
        };
    }
    Some(cur.clone())
}

/// Leaf settings as `--set` flags, one per line, sorted.
fn flags(v: &Value) -> String {
    let mut out = Vec::new();
    leaves(v.get("spec").unwrap_or(v), String::new(), &mut out);
    out.sort();
    out.into_iter().map(|l| l + "\n").collect()
}

fn leaves(v: &Value, prefix: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            for (k, x) in m {
                let key = k.replace('.', "\\.");
                let p = if prefix.is_empty() { key } else { format!("{prefix}.{key}") };
                leaves(x, p, out);
            }
        }
        Value::Array(l) if !l.is_empty() => {
            for (i, x) in l.iter().enumerate() {
                leaves(x, format!("{prefix}[{i}]"), out);
            }
        }
        Value::String(s) => out.push(format!("--set {prefix}={s}")),
        other => out.push(format!("--set {prefix}={other}")),
    }
}

fn load_for_diff(name: &str) -> Result<Value> {
    let inputs = if std::path::Path::new(name).is_file() {
        Inputs { files: super::settings_args::read_files(&[name.to_string()])?, ..Default::default() }
    } else {
        Inputs { sets: vec![format!("profile={name}")], ..Default::default() }
    };
    Ok(values::resolve(&inputs)?.iop().clone())
}

fn diff(args: DiffArgs) -> Result<u8> {
    let a = load_for_diff(&args.a)?;
    let b = load_for_diff(&args.b)?;
    let mut la = Vec::new();
    let mut lb = Vec::new();
    leaves(&a["spec"], String::new(), &mut la);
    leaves(&b["spec"], String::new(), &mut lb);
    let strip = |l: &str| l.trim_start_matches("--set ").to_string();
    let sa: std::collections::BTreeMap<String, String> = la
        .iter()
        .map(|l| strip(l))
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect();
    let sb: std::collections::BTreeMap<String, String> = lb
        .iter()
        .map(|l| strip(l))
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect();
    let mut lines = Vec::new();
    let keys: std::collections::BTreeSet<&String> = sa.keys().chain(sb.keys()).collect();
    for k in keys {
        match (sa.get(k), sb.get(k)) {
            (Some(x), Some(y)) if x == y => {}
            (Some(x), Some(y)) => {
                lines.push(format!("- {k}={x}"));
                lines.push(format!("+ {k}={y}"));
            }
            (Some(x), None) => lines.push(format!("- {k}={x}")),
            (None, Some(y)) => lines.push(format!("+ {k}={y}")),
            (None, None) => {}
        }
    }
    if lines.is_empty() {
        crate::output::print("Profiles are identical\n")?;
        return Ok(0);
    }
    let mut text = format!("The difference between profiles `{}` (-) and `{}` (+):\n", args.a, args.b);
    for l in lines {
        text.push_str(&l);
        text.push('\n');
    }
    // The exit code says the profiles differ even when the reader stopped early (`| head`).
    match crate::output::print(text) {
        Err(e) if !crate::error::is_broken_pipe(&e) => Err(e),
        _ => Ok(1),
    }
}
