//! `meshctl version`: meshctl's version, the Istio release it installs, and (when a cluster
//! is reachable) the control plane versions running there.

use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::cluster::Cluster;
use crate::error::Result;
use crate::output::{Format, print, print_value};
use crate::version::{DEFAULT_HUB, ISTIO_VERSION, MESHCTL_VERSION};

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Print only the version numbers
    #[arg(short, long)]
    pub short: bool,
    /// Output format
    #[arg(short, long, value_enum)]
    pub output: Option<Format>,
    /// Also ask the cluster which control plane versions run there (`--remote=false` to skip)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub remote: bool,
}

pub fn run(args: VersionArgs, global: &Global) -> Result<u8> {
    let client =
        json!({ "meshctlVersion": MESHCTL_VERSION, "istioVersion": ISTIO_VERSION, "hub": DEFAULT_HUB });
    let mesh = if args.remote { control_plane(global) } else { Ok(Vec::new()) };
    if let Some(format) = args.output {
        let mut doc = json!({ "clientVersion": client });
        match &mesh {
            Ok(v) => doc["meshVersion"] = Value::Array(v.clone()),
            Err(e) if args.remote => eprintln!("control plane version: unavailable ({e})"),
            Err(_) => {}
        }
        print_value(&doc, format)?;
        return Ok(0);
    }
    let mut text = if args.short {
        format!("meshctl {MESHCTL_VERSION} (istio {ISTIO_VERSION})\n")
    } else {
        format!(
            "meshctl version: {MESHCTL_VERSION}\nistio version: {ISTIO_VERSION} (images {DEFAULT_HUB}/*:{ISTIO_VERSION})\n"
        )
    };
    match mesh {
        Ok(list) if args.remote && list.is_empty() => text.push_str("control plane version: none found\n"),
        Ok(list) => {
            for m in list {
                text.push_str(&format!(
                    "control plane version: {} ({} {})\n",
                    m["version"].as_str().unwrap_or("?"),
                    m["component"].as_str().unwrap_or(""),
                    m["revision"].as_str().unwrap_or("")
                ));
            }
        }
        Err(e) => eprintln!("control plane version: unavailable ({e})"),
    }
    print(text)?;
    Ok(0)
}

/// The istiod deployments found in the istio namespace, with the tag of their image.
fn control_plane(global: &Global) -> std::result::Result<Vec<Value>, String> {
    let rt = runtime().map_err(|e| e.message)?;
    rt.block_on(async {
        let work = async {
            let cluster = Cluster::connect(&connect_options(global)).await.map_err(|e| e.message)?;
            let deps = cluster
                .list("apps/v1", "Deployment", Some(&global.istio_namespace), Some("app=istiod"))
                .await
                .map_err(|e| e.to_string())?;
            Ok(deps
                .iter()
                .map(|d| {
                    let image =
                        d["spec"]["template"]["spec"]["containers"][0]["image"].as_str().unwrap_or("");
                    let version = image.rsplit_once(':').map(|(_, t)| t).unwrap_or("unknown");
                    json!({
                        "component": "istiod",
                        "name": d["metadata"]["name"],
                        "revision": d["metadata"]["labels"]["istio.io/rev"].as_str().unwrap_or("default"),
                        "version": version,
                    })
                })
                .collect())
        };
        let limit = super::runtime::request_timeout(global).min(Duration::from_secs(6));
        tokio::time::timeout(limit, work)
            .await
            .unwrap_or_else(|_| Err(format!("no answer within {}", crate::duration::show_duration(limit))))
    })
}
