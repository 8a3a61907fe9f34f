//! `meshctl proxy-status` (`ps`): the sync state of every proxy as istiod sees it, or for one
//! pod the difference between istiod's config and what its Envoy holds.
//!
//! istiod is asked over its HTTP debug endpoints on the monitoring port (15014:
//! `/debug/syncz`, `/debug/config_dump?proxyID=`) through a port-forward. See the README for
//! why this and not the XDS debug stream istioctl uses.

use std::path::PathBuf;

use clap::Args;
use reqwest::Method;
use serde_json::{Map, Value};

use super::Global;
use super::proxy_config::{admin_failure, fetch, read_file, resolve_pod};
use super::runtime::{connect_options, runtime};
use crate::cluster::Cluster;
use crate::cluster::{AdminError, admin_request};
use crate::debug::dump::ConfigDump;
use crate::debug::{OutputFormat, compare, podref, syncz};
use crate::error::{Failure, Result};
use crate::output::write_stdout;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum StatusFormat {
    Table,
    Json,
    Yaml,
}

#[derive(Debug, Args)]
pub struct ProxyStatusArgs {
    /// Compare this pod's Envoy config with istiod's (`<name>[.<namespace>]`)
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// Saved istiod sync answers (a JSON object: istiod name → answer); with a POD, the
    /// pod's saved Envoy config dump instead
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// With a POD: istiod's saved config dump for it (from `/debug/config_dump?proxyID=`)
    #[arg(long = "istiod-file", value_name = "FILE")]
    pub istiod_file: Option<PathBuf>,
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value = "table")]
    pub output: StatusFormat,
    /// 1: one column per xDS type with its sync state
    #[arg(short = 'v', long = "verbosity", id = "verbose", default_value_t = 0, value_name = "N",
          value_parser = clap::value_parser!(u8))]
    pub verbosity: u8,
    /// Control plane revision (selects istiod pods labelled `istio.io/rev=<rev>`)
    #[arg(short = 'r', long, value_name = "REV")]
    pub revision: Option<String>,
    /// Label selector of the istiod pods
    #[arg(long = "xds-label", default_value = "app=istiod", value_name = "SELECTOR")]
    pub xds_label: String,
    /// istiod's HTTP debug (monitoring) port
    #[arg(long = "istiod-port", default_value_t = 15014, value_name = "PORT")]
    pub istiod_port: u16,
    /// Envoy admin port of the pod
    #[arg(long = "proxy-admin-port", default_value_t = 15000, value_name = "PORT",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub admin_port: u16,
}

pub fn run(args: ProxyStatusArgs, global: &Global) -> Result<u8> {
    match &args.pod {
        Some(pod) => run_diff(&args, pod, global),
        None => run_all(&args, global),
    }
}

fn parse_json(bytes: &[u8], what: &str) -> Result<Value> {
    serde_json::from_slice(bytes).map_err(|e| Failure::new(format!("{what} is not valid JSON: {e}")).into())
}

fn run_all(args: &ProxyStatusArgs, global: &Global) -> Result<u8> {
    // `-n` filters; without it every namespace is shown (as upstream).
    let namespace = global.namespace.clone().unwrap_or_default();
    let answers: Map<String, Value> = match &args.file {
        Some(file) => {
            let v = parse_json(&read_file(file)?, "the sync answers file")?;
            match v {
                Value::Object(m)
                    if m.values().all(|a| {
                        a.get("resources").is_some() || a.as_object().is_some_and(|o| o.is_empty())
                    }) =>
                {
                    m
                }
                Value::Array(_) => {
                    let mut m = Map::new();
                    m.insert("istiod".into(), syncz::from_http_syncz("istiod", "", &v));
                    m
                }
                _ => {
                    return Err(Failure::new(
                        "the sync answers file holds neither istiod answers nor a /debug/syncz array",
                    )
                    .help("save `{\"<istiod>\": <answer>, …}` or istiod's `/debug/syncz` output")
                    .into());
                }
            }
        }
        None => live_answers(args, global)?,
    };
    let text = match args.output {
        StatusFormat::Table => syncz::table(
            &syncz::rows(&answers, &namespace),
            args.verbosity,
            jiff::Timestamp::now().as_second(),
        ),
        StatusFormat::Json => syncz::documents(&answers, &namespace, OutputFormat::Json),
        StatusFormat::Yaml => syncz::documents(&answers, &namespace, OutputFormat::Yaml),
    };
    write_stdout(text.as_bytes())?;
    Ok(0)
}

async fn istiod_pods(cluster: &Cluster, args: &ProxyStatusArgs, istio_ns: &str) -> Result<Vec<String>> {
    let mut selector = args.xds_label.clone();
    if let Some(rev) = args.revision.as_deref().filter(|r| !r.is_empty()) {
        selector.push_str(&format!(",istio.io/rev={rev}"));
    }
    let pods = cluster
        .list("v1", "Pod", Some(istio_ns), Some(&selector))
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", &format!("pods in namespace {istio_ns}")))?;
    let running: Vec<String> = pods
        .iter()
        .filter(|p| p["status"]["phase"] == "Running")
        .filter_map(|p| p["metadata"]["name"].as_str().map(str::to_string))
        .collect();
    if running.is_empty() {
        return Err(Failure::new(format!("no running istiod pods (`{selector}`) in namespace `{istio_ns}`"))
            .help("install the control plane (`meshctl install`), wait for it (`meshctl verify-install`), or pass -i/--istioNamespace and --revision")
            .into());
    }
    Ok(running)
}

fn live_answers(args: &ProxyStatusArgs, global: &Global) -> Result<Map<String, Value>> {
    let rt = runtime()?;
    rt.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let ns = &global.istio_namespace;
        let mut answers = Map::new();
        for pod in istiod_pods(&cluster, args, ns).await? {
            let body = admin_request(&cluster, ns, &pod, args.istiod_port, Method::GET, "debug/syncz")
                .await
                .map_err(|e| istiod_failure(e, &pod, ns, args.istiod_port))?;
            let v = parse_json(&body, &format!("istiod {pod}'s /debug/syncz answer"))?;
            answers.insert(pod.clone(), syncz::from_http_syncz(&pod, "", &v));
        }
        Ok(answers)
    })
}

/// Why istiod's sync state could not be read, in istiod's terms (its debug endpoint on the
/// monitoring port), not Envoy's admin interface.
fn istiod_failure(e: AdminError, pod: &str, ns: &str, port: u16) -> Failure {
    let debug_port = format!(
        "istiod serves /debug/* on its monitoring port when ENABLE_DEBUG_ON_HTTP is true (the default); check that istiod is running (`kubectl get pods -n {ns} -l app=istiod`) and --istiod-port"
    );
    let context = format!("cannot read istiod {pod}'s sync state");
    match e {
        // A port-forward that failed never reached istiod: its own hint (RBAC, the kubelet)
        // says what to do, the debug-port hint would not.
        AdminError::Forward(_) => {
            let mut f = admin_failure(e, pod, ns, port, "debug/syncz");
            f.message = format!("{context}: {}", f.message);
            f
        }
        AdminError::NoAnswer(why) => {
            Failure::new(format!("{context}: nothing answered on its port {port}: {why}")).help(debug_port)
        }
        AdminError::Status(code, body) => {
            Failure::new(format!("{context}: it answered {code} to /debug/syncz: {}", body.trim()))
                .help(debug_port)
        }
    }
}

fn run_diff(args: &ProxyStatusArgs, pod: &str, global: &Global) -> Result<u8> {
    let r = podref::parse(pod);
    if r.name.starts_with("ztunnel") {
        let ns = r
            .namespace
            .clone()
            .unwrap_or_else(|| global.namespace.clone().unwrap_or_else(|| "default".into()));
        write_stdout(format!("Sync diff is not available for ztunnel pod {}.{ns}\n", r.name).as_bytes())?;
        return Ok(0);
    }
    let (envoy, istiod) = match (&args.file, &args.istiod_file) {
        (Some(e), Some(i)) => (read_file(e)?, read_file(i)?),
        _ => {
            let rt = runtime()?;
            rt.block_on(async {
                let cluster = Cluster::connect(&connect_options(global)).await?;
                let (name, ns) = resolve_pod(&cluster, pod).await?;
                let envoy = match &args.file {
                    Some(f) => read_file(f)?,
                    None => fetch(&cluster, &name, &ns, args.admin_port, Method::GET, "config_dump")
                        .await
                        .map_err(|e| miette::miette!("could not contact the sidecar: {e}"))?,
                };
                let istiod = match &args.istiod_file {
                    Some(f) => read_file(f)?,
                    None => {
                        istiod_dump(&cluster, args, &global.istio_namespace, &format!("{name}.{ns}")).await?
                    }
                };
                Ok::<_, miette::Report>((envoy, istiod))
            })?
        }
    };
    let envoy = ConfigDump::parse(&envoy).map_err(|e| Failure::new(format!("Envoy's config dump: {e}")))?;
    let istiod = parse_istiod_dump(&istiod)?;
    let text = compare::diff(&istiod, &envoy, |t| {
        t.parse::<jiff::Timestamp>()
            .map(|ts| ts.strftime("%a, %d %b %Y %H:%M:%S UTC").to_string())
            .unwrap_or_else(|_| t.to_string())
    });
    write_stdout(text.as_bytes())?;
    Ok(0)
}

/// istiod's dump: a whole `{"configs": […]}` or just the list of config sections.
fn parse_istiod_dump(bytes: &[u8]) -> Result<ConfigDump> {
    let v = parse_json(bytes, "istiod's config dump")?;
    Ok(match v {
        Value::Array(configs) => ConfigDump::from_configs(configs),
        Value::Object(_) => ConfigDump { raw: v },
        _ => return Err(Failure::new("istiod's config dump is neither an object nor a list").into()),
    })
}

async fn istiod_dump(
    cluster: &Cluster,
    args: &ProxyStatusArgs,
    istio_ns: &str,
    proxy: &str,
) -> Result<Vec<u8>> {
    for pod in istiod_pods(cluster, args, istio_ns).await? {
        let path = format!("debug/config_dump?proxyID={proxy}");
        let Ok(body) = fetch(cluster, &pod, istio_ns, args.istiod_port, Method::GET, &path).await else {
            continue;
        };
        let holds_configs = serde_json::from_slice::<Value>(&body)
            .ok()
            .and_then(|v| v.get("configs").and_then(Value::as_array).map(|c| !c.is_empty()))
            .unwrap_or(false);
        if holds_configs {
            return Ok(body);
        }
    }
    Err(Failure::new(format!("no istiod holds a config for proxy {proxy}"))
        .help("the proxy may not be connected; see `meshctl proxy-status`")
        .into())
}
