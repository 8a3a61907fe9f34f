//! `meshctl proxy-config` (`pc`): what a pod's Envoy was configured with, read from its admin
//! interface or from a saved config dump (`--file`), printed as upstream istioctl prints it.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::Value;

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::cluster::{AdminError, Cluster, admin_request, get_pod, pick_pod, selector_of, workload_kind};
use crate::debug::all::AllFilter;
use crate::debug::clusters::ClusterFilter;
use crate::debug::dump::{ConfigDump, DumpError};
use crate::debug::eds::EdsFilter;
use crate::debug::endpoints::EndpointFilter;
use crate::debug::listeners::ListenerFilter;
use crate::debug::routes::RouteFilter;
use crate::debug::{
    OutputFormat, all, bootstrap, clusters, ecds, eds, endpoints, listeners, logging, podref, print_jsonpb,
    print_list, routes, secrets,
};
use crate::error::{Failure, Result};
use crate::output::write_stdout;

#[derive(Debug, Args)]
pub struct ProxyConfigArgs {
    /// Envoy admin port of the pod
    #[arg(long = "proxy-admin-port", default_value_t = 15000, global = true, value_name = "PORT",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub admin_port: u16,
    #[command(subcommand)]
    pub command: ProxyConfigCommand,
}

#[derive(Debug, Subcommand)]
pub enum ProxyConfigCommand {
    /// Clusters of a pod's Envoy (service, port, subset, direction, type, DestinationRule)
    #[command(visible_aliases = ["clusters", "c"])]
    Cluster(ClusterArgs),
    /// Every section at once: bootstrap, clusters, listeners, routes, secrets, endpoints
    #[command(visible_alias = "a")]
    All(AllArgs),
    /// Listeners of a pod's Envoy, one row per filter chain
    #[command(visible_aliases = ["listeners", "l"])]
    Listener(ListenerArgs),
    /// Routes of a pod's Envoy, one row per route with its VirtualService
    #[command(visible_aliases = ["routes", "r"])]
    Route(RouteArgs),
    /// Endpoints (hosts) of a pod's Envoy with their health, from /clusters
    #[command(visible_aliases = ["endpoints", "ep"])]
    Endpoint(EndpointArgs),
    /// Endpoints as delivered by EDS, from the config dump
    #[command(hide = true)]
    Eds(EndpointArgs),
    /// Certificates and trust bundles a pod's Envoy holds
    #[command(visible_aliases = ["secrets", "s"])]
    Secret(PlainArgs),
    /// Bootstrap configuration of a pod's Envoy (`-o short`: versions only)
    #[command(visible_alias = "b")]
    Bootstrap(BootstrapArgs),
    /// Filters delivered by extension config discovery (ECDS), e.g. Wasm plugins
    #[command(visible_alias = "ec")]
    Ecds(PlainArgs),
    /// Show or change the log levels of Envoy in one or more pods
    #[command(visible_alias = "o")]
    Log(LogArgs),
}

/// A pod, or a saved dump instead of one.
#[derive(Debug, Args)]
pub struct Target {
    /// Pod as `[<type>/]<name>[.<namespace>]`, e.g. `productpage-v1-7b4f.bookinfo` or `deployment/reviews`
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    /// Read a saved Envoy config dump instead of asking a pod (`-` for stdin)
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ClusterArgs {
    #[command(flatten)]
    target: Target,
    #[command(flatten)]
    filter: ClusterFlags,
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value = "short")]
    output: OutputFormat,
}

#[derive(Debug, Clone, Args)]
struct ClusterFlags {
    /// Only clusters whose name contains this FQDN
    #[arg(long, default_value = "", hide_default_value = true)]
    fqdn: String,
    /// Only clusters for this port
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    port: u32,
    /// Only clusters whose name contains this subset
    #[arg(long, default_value = "", hide_default_value = true)]
    subset: String,
    /// Only clusters of this direction (inbound, outbound)
    #[arg(long, default_value = "", hide_default_value = true)]
    direction: String,
}

#[derive(Debug, Args)]
#[command(mut_args(verbose_flag))]
pub struct ListenerArgs {
    #[command(flatten)]
    target: Target,
    /// Only listeners on this address
    #[arg(long, default_value = "", hide_default_value = true)]
    address: String,
    /// Only listeners on this port
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    port: u32,
    /// Only listeners of this type (HTTP, TCP, HTTP+TCP)
    #[arg(long = "type", default_value = "", hide_default_value = true)]
    kind: String,
    /// One row per filter chain with its match and destination
    #[arg(long = "verbose", id = "verbose", default_value = "true")]
    verbose: u8,
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value = "short")]
    output: OutputFormat,
}

#[derive(Debug, Args)]
#[command(mut_args(verbose_flag))]
pub struct RouteArgs {
    #[command(flatten)]
    target: Target,
    /// Only the route configuration of this name
    #[arg(long, default_value = "", hide_default_value = true)]
    name: String,
    /// One row per route with its match and VirtualService
    #[arg(long = "verbose", id = "verbose", default_value = "true")]
    verbose: u8,
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value = "short")]
    output: OutputFormat,
}

#[derive(Debug, Clone, Args)]
struct EndpointFlags {
    /// Only endpoints with this address
    #[arg(long, default_value = "", hide_default_value = true)]
    address: String,
    /// Only endpoints on this port
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    port: u32,
    /// Only endpoints of this cluster
    #[arg(long, default_value = "", hide_default_value = true)]
    cluster: String,
    /// Only endpoints with this health status (HEALTHY, UNHEALTHY, …)
    #[arg(long, default_value = "", hide_default_value = true)]
    status: String,
}

#[derive(Debug, Args)]
pub struct EndpointArgs {
    #[command(flatten)]
    target: Target,
    #[command(flatten)]
    filter: EndpointFlags,
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value = "short")]
    output: OutputFormat,
}

#[derive(Debug, Args)]
pub struct PlainArgs {
    #[command(flatten)]
    target: Target,
    /// Output format
    #[arg(short = 'o', long = "output", value_enum, default_value = "short")]
    output: OutputFormat,
}

#[derive(Debug, Args)]
pub struct BootstrapArgs {
    #[command(flatten)]
    target: Target,
    /// Output format (`short`: the Istio and Envoy versions)
    #[arg(short = 'o', long = "output", value_enum, default_value = "json")]
    output: OutputFormat,
}

#[derive(Debug, Args)]
#[command(mut_args(verbose_flag))]
pub struct AllArgs {
    #[command(flatten)]
    target: Target,
    /// Only clusters whose name contains this FQDN
    #[arg(long, default_value = "", hide_default_value = true)]
    fqdn: String,
    /// Only clusters of this direction
    #[arg(long, default_value = "", hide_default_value = true)]
    direction: String,
    /// Only clusters of this subset
    #[arg(long, default_value = "", hide_default_value = true)]
    subset: String,
    /// Only clusters, listeners and endpoints on this port
    #[arg(long, default_value_t = 0, hide_default_value = true)]
    port: u32,
    /// Only listeners and endpoints on this address
    #[arg(long, default_value = "", hide_default_value = true)]
    address: String,
    /// Only listeners of this type
    #[arg(long = "type", default_value = "", hide_default_value = true)]
    kind: String,
    /// Only the route configuration of this name
    #[arg(long, default_value = "", hide_default_value = true)]
    name: String,
    /// Listener and route rows in detail
    #[arg(long = "verbose", id = "verbose", default_value = "true")]
    verbose: u8,
    /// A banner before each section
    #[arg(long = "with-headers")]
    with_headers: bool,
    /// Output format (`json`/`yaml`: the whole dump)
    #[arg(short = 'o', long = "output", value_enum, default_value = "short")]
    output: OutputFormat,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Pod as `[<type>/]<name>[.<namespace>]`; a typed reference means all of its pods
    #[arg(value_name = "POD")]
    pod: Option<String>,
    /// Pods by label selector in the namespace, instead of a pod name
    #[arg(short = 'l', long = "selector", value_name = "SELECTOR")]
    selector: Option<String>,
    /// Levels to set: `<level>` for all loggers and/or `<logger>:<level>`, comma-separated
    #[arg(long, value_name = "LEVELS")]
    level: Option<String>,
    /// Reset levels to the mesh default (the injector's `global.proxy.logLevel`, else warning)
    #[arg(short = 'r', long)]
    reset: bool,
}

pub fn run(args: ProxyConfigArgs, global: &Global) -> Result<u8> {
    let port = args.admin_port;
    match args.command {
        ProxyConfigCommand::Cluster(a) => {
            let f = cluster_filter(&a.filter);
            let path = "config_dump?mask=dynamic_active_clusters,dynamic_warming_clusters,static_clusters";
            show_section(
                Section { target: &a.target, sub: "cluster", path, output: a.output, global, port },
                |d| clusters::summary(d, &f, false),
                |d, o| clusters::dump_nodes(d, &f).map(|n| print_list(&n, o)),
            )
        }
        ProxyConfigCommand::Listener(a) => {
            let f =
                ListenerFilter { address: a.address, port: a.port, kind: a.kind, verbose: a.verbose != 0 };
            let path = "config_dump?mask=dynamic_listeners,static_listeners";
            show_section(
                Section { target: &a.target, sub: "listener", path, output: a.output, global, port },
                |d| listeners::summary(d, &f, false),
                |d, o| listeners::dump_nodes(d, &f).map(|n| print_list(&n, o)),
            )
        }
        ProxyConfigCommand::Route(a) => {
            let f = RouteFilter { name: a.name, verbose: a.verbose != 0 };
            let path = "config_dump?mask=dynamic_route_configs,static_route_configs";
            show_section(
                Section { target: &a.target, sub: "route", path, output: a.output, global, port },
                |d| routes::summary(d, &f, false),
                |d, o| routes::dump_nodes(d, &f).map(|n| print_list(&n, o)),
            )
        }
        ProxyConfigCommand::Eds(a) => {
            let f = eds_filter(&a.filter);
            let path = "config_dump?include_eds=true";
            show_section(
                Section { target: &a.target, sub: "eds", path, output: a.output, global, port },
                |d| Ok(eds::summary(d, &f, false)),
                |d, o| Ok(print_list(&eds::dump_nodes(d, &f), o)),
            )
        }
        ProxyConfigCommand::Endpoint(a) => {
            let bytes = load_bytes(&a.target, "endpoint", global, port, "clusters?format=json", Method::GET)?;
            let v: Value = serde_json::from_slice(&bytes).map_err(|e| {
                Failure::new(format!("the /clusters answer is not valid JSON: {e}")).help(
                    "`endpoint --file` expects Envoy's `/clusters?format=json` output, not a config dump",
                )
            })?;
            let f = EndpointFilter {
                address: a.filter.address,
                port: a.filter.port,
                cluster: a.filter.cluster,
                status: a.filter.status,
            };
            emit(Ok(match a.output {
                OutputFormat::Short => endpoints::summary(&v, &f),
                o => print_list(&endpoints::dump_nodes(&v, &f), o),
            }))
        }
        ProxyConfigCommand::Secret(a) => {
            let path = "config_dump?mask=dynamic_active_secrets,dynamic_warming_secrets";
            show_section(
                Section { target: &a.target, sub: "secret", path, output: a.output, global, port },
                |d| secrets::summary(d, now(), false),
                |d, o| secrets::dump_node(d).map(|n| print_jsonpb(&n, o)),
            )
        }
        ProxyConfigCommand::Bootstrap(a) => {
            let path = "config_dump?mask=bootstrap";
            show_section(
                Section { target: &a.target, sub: "bootstrap", path, output: a.output, global, port },
                bootstrap::summary,
                |d, o| bootstrap::dump_node(d).map(|n| print_jsonpb(&n, o)),
            )
        }
        ProxyConfigCommand::Ecds(a) => {
            let path = "config_dump?include_eds=true";
            show_section(
                Section { target: &a.target, sub: "ecds", path, output: a.output, global, port },
                ecds::summary,
                |d, o| {
                    ecds::dump_node(d)
                        .map(|n| crate::debug::print_value(&crate::debug::protojson::to_value(&n), o))
                },
            )
        }
        ProxyConfigCommand::All(a) => {
            let bytes =
                load_bytes(&a.target, "all", global, port, "config_dump?include_eds=true", Method::GET)?;
            let dump = ConfigDump::parse(&bytes).map_err(dump_failure)?;
            match a.output {
                OutputFormat::Json => {
                    let mut out = bytes;
                    out.push(b'\n');
                    write_stdout(&out)?;
                    Ok(0)
                }
                OutputFormat::Yaml => {
                    write_stdout((crate::debug::goyaml::to_yaml(&dump.raw) + "\n").as_bytes())?;
                    Ok(0)
                }
                OutputFormat::Short => {
                    let f = AllFilter {
                        clusters: ClusterFilter {
                            fqdn: a.fqdn,
                            port: a.port,
                            subset: a.subset,
                            direction: a.direction,
                        },
                        listeners: ListenerFilter {
                            address: a.address.clone(),
                            port: a.port,
                            kind: a.kind,
                            verbose: a.verbose != 0,
                        },
                        routes: RouteFilter { name: a.name, verbose: a.verbose != 0 },
                        endpoints: EdsFilter { address: a.address, port: a.port, ..Default::default() },
                        with_headers: a.with_headers,
                    };
                    emit(all::summary(&dump, &f, now()))
                }
            }
        }
        ProxyConfigCommand::Log(a) => run_log(a, global, port),
    }
}

/// The rest of `--verbose` for the subcommands that take it: upstream's boolean
/// (`--verbose=false`). Its id is the global `-v` one so clap does not see two `--verbose`s.
fn verbose_flag(a: clap::Arg) -> clap::Arg {
    if a.get_id() != "verbose" {
        return a;
    }
    a.num_args(0..=1).default_missing_value("true").value_parser(parse_flag).value_name("BOOL")
}

/// `true`/`false` (or 1/0) as the number the shared `verbose` id carries.
fn parse_flag(s: &str) -> std::result::Result<u8, String> {
    match s {
        "true" | "1" => Ok(1),
        "false" | "0" => Ok(0),
        _ => Err(format!("`{s}` is not true or false")),
    }
}

fn now() -> i64 {
    jiff::Timestamp::now().as_second()
}

fn cluster_filter(f: &ClusterFlags) -> ClusterFilter {
    ClusterFilter {
        fqdn: f.fqdn.clone(),
        port: f.port,
        subset: f.subset.clone(),
        direction: f.direction.clone(),
    }
}

fn eds_filter(f: &EndpointFlags) -> EdsFilter {
    EdsFilter {
        address: f.address.clone(),
        port: f.port,
        cluster: f.cluster.clone(),
        status: f.status.clone(),
    }
}

/// Where a config-dump subcommand reads from, and how it prints.
struct Section<'a> {
    target: &'a Target,
    /// The subcommand's name, for messages.
    sub: &'static str,
    /// The pod's admin path that serves the section.
    path: &'static str,
    output: OutputFormat,
    global: &'a Global,
    port: u16,
}

/// What every config-dump subcommand does: read the dump (`--file`, or the pod's admin
/// `path`), then print the short table or, for `-o json|yaml`, the section's nodes.
fn show_section(
    s: Section<'_>,
    short: impl FnOnce(&ConfigDump) -> std::result::Result<String, DumpError>,
    long: impl FnOnce(&ConfigDump, OutputFormat) -> std::result::Result<String, DumpError>,
) -> Result<u8> {
    let bytes = load_bytes(s.target, s.sub, s.global, s.port, s.path, Method::GET)?;
    let dump = ConfigDump::parse(&bytes).map_err(dump_failure)?;
    emit(match s.output {
        OutputFormat::Short => short(&dump),
        o => long(&dump, o),
    })
}

fn emit(text: std::result::Result<String, DumpError>) -> Result<u8> {
    let text = text.map_err(dump_failure)?;
    write_stdout(text.as_bytes())?;
    Ok(0)
}

fn dump_failure(e: DumpError) -> miette::Report {
    let help = match &e {
        DumpError::NotJson(_) => {
            "give a file saved from Envoy's admin `/config_dump` (e.g. `meshctl proxy-config all <pod> -o json > dump.json`)"
        }
        DumpError::MissingSection(_) => {
            "the dump may have been taken with a `mask=`; save the whole `/config_dump` (with `?include_eds=true` for endpoints)"
        }
        DumpError::Empty(_) => {
            "the proxy may not have received configuration yet: check `meshctl proxy-status`"
        }
    };
    Failure::new(e.to_string()).help(help).into()
}

/// The bytes of `--file`, or of the pod's admin `path`.
fn load_bytes(
    target: &Target,
    sub: &str,
    global: &Global,
    port: u16,
    path: &str,
    method: Method,
) -> Result<Vec<u8>> {
    match (&target.pod, &target.file) {
        (None, Some(file)) => read_file(file),
        (Some(pod), None) => {
            let rt = runtime()?;
            rt.block_on(async {
                let cluster = Cluster::connect(&connect_options(global)).await?;
                let (name, ns) = resolve_pod(&cluster, pod).await?;
                fetch(&cluster, &name, &ns, port, method, path).await
            })
        }
        _ => Err(Failure::usage(format!("{sub} needs a pod name or --file (not both)"))
            .help(format!("e.g. `meshctl proxy-config {sub} productpage-v1-7b4f.bookinfo` or `meshctl proxy-config {sub} --file dump.json`"))
            .into()),
    }
}

pub(crate) fn read_file(file: &std::path::Path) -> Result<Vec<u8>> {
    if file.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)
            .map_err(|e| Failure::new(format!("cannot read standard input: {e}")))?;
        return Ok(buf);
    }
    std::fs::read(file).map_err(|e| {
        Failure::new(format!("cannot read `{}`: {e}", file.display()))
            .help("check the path given to --file")
            .into()
    })
}

/// Finds the pod a `[<type>/]<name>[.<namespace>]` argument stands for, checking that it
/// exists and carries an Istio proxy.
pub(crate) async fn resolve_pod(cluster: &Cluster, arg: &str) -> Result<(String, String)> {
    let r = podref::parse(arg);
    let ns = r.namespace.clone().unwrap_or_else(|| cluster.connection.namespace.clone());
    let name = match r.kind.as_deref().map(|k| (k, workload_kind(k))) {
        None | Some((_, Some(("v1", "Pod")))) => r.name.clone(),
        Some((kind, None)) => {
            return Err(Failure::usage(format!("`{kind}` is not a kind meshctl can find pods of"))
                .help("use a pod name, or deployment/, statefulset/, daemonset/, replicaset/, service/ or job/ followed by a name")
                .into());
        }
        Some((_, Some((api_version, kind)))) => {
            let obj = cluster
                .get(&crate::cluster::ObjectRef {
                    api_version: api_version.into(),
                    kind: kind.into(),
                    namespace: ns.clone(),
                    name: r.name.clone(),
                })
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("{kind} {ns}/{}", r.name)))?
                .ok_or_else(|| {
                    Failure::new(format!("{kind} `{}` not found in namespace `{ns}`", r.name))
                        .help("check the name and namespace (`-n`, or `<name>.<namespace>`)")
                })?;
            let selector = selector_of(&obj).ok_or_else(|| {
                Failure::new(format!(
                    "\"{arg}\" does not refer to a pod: {kind} {} has no pod selector",
                    r.name
                ))
            })?;
            let pods = cluster.list("v1", "Pod", Some(&ns), Some(&selector)).await.map_err(|e| {
                e.into_failure(&cluster.connection, "list", &format!("pods in namespace {ns}"))
            })?;
            let pod = pick_pod(&pods).ok_or_else(|| {
                Failure::new(format!("no pods match \"{arg}\" (selector `{selector}` in namespace `{ns}`)"))
                    .help("the workload may be scaled to zero or still starting: `kubectl get pods -l <selector>`")
            })?;
            pod["metadata"]["name"].as_str().unwrap_or("").to_string()
        }
    };
    let pod = get_pod(cluster, &ns, &name)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("pod {ns}/{name}")))?;
    let Some(pod) = pod else {
        let names: Vec<String> = cluster
            .list("v1", "Pod", Some(&ns), None)
            .await
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p["metadata"]["name"].as_str().map(str::to_string))
            .collect();
        let close = podref::closest(&name, &names);
        let help = if close.is_empty() {
            format!(
                "list the pods with `kubectl get pods -n {ns}`; give another namespace as `<pod>.<namespace>` or `-n`"
            )
        } else {
            format!(
                "did you mean {}?",
                close.iter().map(|c| format!("`{c}.{ns}`")).collect::<Vec<_>>().join(", ")
            )
        };
        return Err(Failure::new(format!("pod `{name}` not found in namespace `{ns}`")).help(help).into());
    };
    if !has_proxy(&pod) {
        return Err(Failure::new(format!("pod {name}.{ns} has no Istio sidecar (no istio-proxy container)"))
            .help(format!(
                "enable injection (`kubectl label namespace {ns} istio-injection=enabled`) and restart the workload, or use `meshctl kube-inject`"
            ))
            .into());
    }
    let phase = pod["status"]["phase"].as_str().unwrap_or("");
    if phase != "Running" {
        return Err(Failure::new(format!(
            "pod {name}.{ns} is not running (phase {})",
            if phase.is_empty() { "unknown" } else { phase }
        ))
        .help(format!("see `kubectl describe pod {name} -n {ns}`"))
        .into());
    }
    Ok((name, ns))
}

fn has_proxy(pod: &Value) -> bool {
    ["containers", "initContainers"]
        .iter()
        .any(|k| pod["spec"][k].as_array().is_some_and(|cs| cs.iter().any(|c| c["name"] == "istio-proxy")))
}

/// One admin request, its failure explained.
pub(crate) async fn fetch(
    cluster: &Cluster,
    name: &str,
    ns: &str,
    port: u16,
    method: Method,
    path: &str,
) -> Result<Vec<u8>> {
    admin_request(cluster, ns, name, port, method, path)
        .await
        .map_err(|e| admin_failure(e, name, ns, port, path).into())
}

pub(crate) fn admin_failure(e: AdminError, name: &str, ns: &str, port: u16, path: &str) -> Failure {
    match e {
        AdminError::Forward(api) if api.code == 403 => {
            Failure::new(format!("not allowed to port-forward to pod {name}.{ns}: {}", api.message)).help(
                "ask a cluster admin for RBAC permission to `create` `pods/portforward` in that namespace (`kubectl auth can-i create pods/portforward`)",
            )
        }
        // The API server could not carry the stream to the node: the kubelet is out of reach
        // (node down, or an API server without a route to its nodes), not the pod or its Envoy.
        AdminError::Forward(api) if api.message.contains("error dialing backend") => Failure::new(format!(
            "cannot port-forward to pod {name}.{ns} port {port}: {api}"
        ))
        .help("the API server could not reach the kubelet of the pod's node, so nothing can be port-forwarded to the pod (`kubectl port-forward` fails the same way): check the node with `kubectl get nodes`"),
        AdminError::Forward(api) => Failure::new(format!("cannot port-forward to pod {name}.{ns} port {port}: {api}"))
            .help("check that the pod is running and that the API server allows port-forwarding"),
        AdminError::NoAnswer(why) => {
            Failure::new(format!("Envoy in pod {name}.{ns} did not answer on admin port {port}: {why}")).help(format!(
                "check that the istio-proxy container is running (`kubectl logs {name} -n {ns} -c istio-proxy`) and that --proxy-admin-port is right"
            ))
        }
        AdminError::Status(code, body) => Failure::new(format!(
            "Envoy in pod {name}.{ns} answered {code} to /{path}: {}",
            body.trim()
        ))
        .help("the admin interface refused the request; check the Envoy version and the path"),
    }
}

fn run_log(a: LogArgs, global: &Global, port: u16) -> Result<u8> {
    if a.pod.is_none() && a.selector.is_none() {
        return Err(Failure::usage("log needs a pod name or --selector")
            .help("e.g. `meshctl proxy-config log productpage-v1-7b4f.bookinfo --level http:debug`")
            .into());
    }
    if a.level.is_some() && a.reset {
        return Err(Failure::usage("--level cannot be combined with --reset").into());
    }
    let rt = runtime()?;
    rt.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let pods = log_pods(&cluster, &a).await?;
        let reset_level =
            if a.reset { Some(default_log_level(&cluster, &global.istio_namespace).await) } else { None };
        let mut failures = Vec::new();
        let mut out = String::new();
        for (name, ns) in &pods {
            let result: Result<Vec<u8>> = async {
                let current = fetch(&cluster, name, ns, port, Method::POST, "logging").await?;
                let mut paths = Vec::new();
                if let Some(level) = &reset_level {
                    paths.push(format!("logging?level={level}"));
                } else if let Some(levels) = &a.level {
                    let change =
                        logging::parse_level(levels, &String::from_utf8_lossy(&current)).map_err(|e| {
                            Failure::usage(e).help(format!("levels: {}", logging::LEVELS.join(", ")))
                        })?;
                    if let Some(g) = change.global {
                        paths.push(format!("logging?level={g}"));
                    }
                    paths.extend(change.loggers.iter().map(|(l, v)| format!("logging?{l}={v}")));
                }
                let mut body = current;
                for p in paths {
                    body = fetch(&cluster, name, ns, port, Method::POST, &p).await?;
                }
                Ok(body)
            }
            .await;
            match result {
                Ok(body) => out.push_str(&format!("{name}.{ns}:\n{}", String::from_utf8_lossy(&body))),
                Err(e) => failures.push(format!("{name}.{ns}: {e}")),
            }
        }
        write_stdout(out.as_bytes())?;
        if failures.is_empty() {
            Ok(0)
        } else {
            Err(Failure::new(format!("could not configure log levels of {}", failures.join("; "))).into())
        }
    })
}

async fn log_pods(cluster: &Cluster, a: &LogArgs) -> Result<Vec<(String, String)>> {
    if let Some(pod) = &a.pod {
        let r = podref::parse(pod);
        if r.kind.as_deref().and_then(workload_kind).is_some_and(|(_, k)| k != "Pod") {
            let ns = r.namespace.clone().unwrap_or_else(|| cluster.connection.namespace.clone());
            let (av, kind) = workload_kind(r.kind.as_deref().unwrap_or("")).unwrap_or(("v1", "Pod"));
            let obj = cluster
                .get(&crate::cluster::ObjectRef {
                    api_version: av.into(),
                    kind: kind.into(),
                    namespace: ns.clone(),
                    name: r.name.clone(),
                })
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("{kind} {ns}/{}", r.name)))?
                .ok_or_else(|| Failure::new(format!("{kind} `{}` not found in namespace `{ns}`", r.name)))?;
            let sel =
                selector_of(&obj).ok_or_else(|| Failure::new(format!("\"{pod}\" does not refer to pods")))?;
            return pods_by_selector(cluster, &ns, &sel).await;
        }
        return Ok(vec![resolve_pod(cluster, pod).await?]);
    }
    let ns = cluster.connection.namespace.clone();
    pods_by_selector(cluster, &ns, a.selector.as_deref().unwrap_or("")).await
}

async fn pods_by_selector(cluster: &Cluster, ns: &str, selector: &str) -> Result<Vec<(String, String)>> {
    let pods = cluster
        .list("v1", "Pod", Some(ns), Some(selector))
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", &format!("pods in namespace {ns}")))?;
    if pods.is_empty() {
        return Err(Failure::new(format!("no pods found with selector `{selector}` in namespace `{ns}`"))
            .help("check the selector and the namespace (`-n`)")
            .into());
    }
    Ok(pods
        .iter()
        .filter_map(|p| p["metadata"]["name"].as_str().map(|n| (n.to_string(), ns.to_string())))
        .collect())
}

/// The mesh's proxy log level from the injector's values, else `warning`.
async fn default_log_level(cluster: &Cluster, istio_ns: &str) -> String {
    let cm = cluster
        .get(&crate::cluster::ObjectRef {
            api_version: "v1".into(),
            kind: "ConfigMap".into(),
            namespace: istio_ns.into(),
            name: "istio-sidecar-injector".into(),
        })
        .await
        .ok()
        .flatten();
    cm.and_then(|cm| cm["data"]["values"].as_str().and_then(|v| serde_json::from_str::<Value>(v).ok()))
        .and_then(|v| v["global"]["proxy"]["logLevel"].as_str().map(str::to_string))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| {
            eprintln!("no proxy log level in ConfigMap istio-sidecar-injector; using \"warning\"");
            "warning".into()
        })
}
