//! `meshctl describe pod|service` (also `x describe`, `des`): a pod or Service and the Istio
//! configuration that affects it — its Services and ports, the DestinationRule subsets and
//! VirtualService routes its Envoy was given, the effective mTLS mode and the ingress path.
//!
//! This module fetches (the pod, Services, the pod's Envoy config dump through a port-forward,
//! the objects the dump names, PeerAuthentications, ingress gateways); `crate::describe` reads.

use std::collections::BTreeSet;

use clap::{Args, Subcommand};
use reqwest::Method;
use serde_json::Value;

use super::Global;
use super::proxy_config::fetch;
use super::runtime::{connect_options, runtime};
use crate::cluster::{ApiError, Cluster, ObjectRef};
use crate::debug::dump::ConfigDump;
use crate::debug::podref;
use crate::describe::{self, Ingress, Names, PodReport, ServiceReport, World, peer_authentication, pod};
use crate::error::{Failure, Result};
use crate::output::write_stdout;

#[derive(Debug, Args)]
pub struct DescribeArgs {
    #[command(subcommand)]
    pub command: DescribeCommand,
}

#[derive(Debug, Subcommand)]
pub enum DescribeCommand {
    /// Describe a pod: its Services, DestinationRules, VirtualServices, mTLS mode and ingress
    #[command(visible_alias = "po")]
    Pod(PodArgs),
    /// Describe a Service through its first ready Istio pod: DestinationRules, VirtualServices, ingress
    #[command(visible_alias = "svc")]
    Service(ServiceArgs),
}

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  meshctl x describe pod productpage-v1-7b4f9c-x2k8d.bookinfo")]
pub struct PodArgs {
    /// The pod, as `<name>[.<namespace>]`
    #[arg(value_name = "POD")]
    pub pod: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
#[command(after_help = "Example:\n  meshctl x describe service productpage.bookinfo")]
pub struct ServiceArgs {
    /// The Service, as `<name>[.<namespace>]`
    #[arg(value_name = "SERVICE")]
    pub service: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, Args)]
pub struct Common {
    /// Suppress warnings for pods outside the mesh (and describe them without their Envoy)
    #[arg(long = "ignoreUnmeshed", visible_alias = "ignore-unmeshed")]
    pub ignore_unmeshed: bool,
    /// Envoy admin port of the pods
    #[arg(long = "proxy-admin-port", default_value_t = 15000, value_name = "PORT",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub admin_port: u16,
}

pub fn run(args: DescribeArgs, global: &Global) -> Result<u8> {
    match args.command {
        DescribeCommand::Pod(a) => run_pod(a, global),
        DescribeCommand::Service(a) => run_service(a, global),
    }
}

/// `name[.namespace]`; a `pod/` or `service/` prefix is allowed, other kinds are not.
fn parse_name(arg: &str, kinds: &[&str], what: &str) -> Result<(String, Option<String>)> {
    let r = podref::parse(arg);
    if let Some(k) = &r.kind
        && !kinds.contains(&k.to_ascii_lowercase().as_str())
    {
        return Err(Failure::usage(format!("describe {what} takes a {what} name, not `{k}/…`"))
            .help(format!("give the {what} as `<name>[.<namespace>]`"))
            .into());
    }
    Ok((r.name, r.namespace))
}

fn run_pod(a: PodArgs, global: &Global) -> Result<u8> {
    let Some(arg) = a.pod else {
        return Err(Failure::usage("expecting pod name")
            .help("e.g. `meshctl x describe pod productpage-v1-7b4f9c-x2k8d.bookinfo`")
            .into());
    };
    let (name, ns) = parse_name(&arg, &["pod", "pods", "po"], "pod")?;
    let ignore = a.common.ignore_unmeshed;
    let port = a.common.admin_port;
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let names = Names { namespace: cluster.connection.namespace.clone() };
        let ns = ns.unwrap_or_else(|| names.namespace.clone());
        let the_pod = get(&cluster, "v1", "Pod", &ns, &name).await?;
        let Some(the_pod) = the_pod else {
            return Err(not_found(&cluster, "Pod", "pod", &ns, &name).await);
        };
        write_stdout(pod::header(&names, &the_pod, ignore).as_bytes())?;
        let shown = format!("{name}.{ns}");
        if !pod::is_running(&the_pod) {
            return Err(Failure::new(format!(
                "pod {shown} is not running (phase {}), so its Envoy cannot be asked",
                the_pod["status"]["phase"].as_str().filter(|p| !p.is_empty()).unwrap_or("unknown")
            ))
            .help(format!("see why with `kubectl describe pod {name} -n {ns}`"))
            .into());
        }
        let meshed = pod::has_sidecar(&the_pod);
        if !meshed && !ignore {
            return Err(Failure::new(format!(
                "pod {shown} has no Istio sidecar (no istio-proxy container): there is no Envoy configuration to describe"
            ))
            .help(format!(
                "enable injection (`kubectl label namespace {ns} istio-injection=enabled`) and restart the workload, or use `meshctl kube-inject`; --ignoreUnmeshed describes it without its Envoy"
            ))
            .into());
        }
        let services: Vec<Value> = list(&cluster, "v1", "Service", Some(&ns), None)
            .await?
            .into_iter()
            .filter(|svc| {
                describe::selector(&svc["spec"]["selector"])
                    .is_some_and(|sel| describe::selects(Some(sel), describe::labels_of(&the_pod)))
            })
            .collect();
        let dump = if meshed {
            match fetch(&cluster, &name, &ns, port, Method::GET, "config_dump").await {
                Ok(bytes) => Some(parse_dump(&bytes, &shown)?),
                // As upstream: with --ignoreUnmeshed a proxy that does not answer is skipped.
                Err(_) if ignore => None,
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        let root = root_namespace(&cluster, &global.istio_namespace, &pod::revision(&the_pod)).await?;
        let mut pas = list_peer_authentications(&cluster, &root).await?;
        if ns != root {
            pas.extend(list_peer_authentications(&cluster, &ns).await?);
        }
        let ingress = ingress(&cluster, port).await?;
        let report = PodReport {
            names: &names,
            pod: &the_pod,
            services: &services,
            dump: dump.as_ref(),
            root_namespace: &root,
            peer_authentications: &pas,
            ingress: &ingress,
            ignore_unmeshed: ignore,
        };
        let mut world = World::default();
        let text = settle(&cluster, &mut world, |w| describe::pod_report(&report, w)).await?;
        write_stdout(text.as_bytes())?;
        Ok(0)
    })
}

fn run_service(a: ServiceArgs, global: &Global) -> Result<u8> {
    let Some(arg) = a.service else {
        return Err(Failure::usage("expecting service name")
            .help("e.g. `meshctl x describe service productpage.bookinfo`")
            .into());
    };
    let (name, ns) = parse_name(&arg, &["service", "services", "svc"], "service")?;
    let port = a.common.admin_port;
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let names = Names { namespace: cluster.connection.namespace.clone() };
        let ns = ns.unwrap_or_else(|| names.namespace.clone());
        let Some(svc) = get(&cluster, "v1", "Service", &ns, &name).await? else {
            return Err(not_found(&cluster, "Service", "service", &ns, &name).await);
        };
        let shown = names.of(&svc);
        let pods = match crate::cluster::selector_of(&svc) {
            Some(sel) => list(&cluster, "v1", "Pod", Some(&ns), Some(&sel)).await?,
            None => Vec::new(),
        };
        let (lines, usable) = pod::service_pods(&names, &pods);
        write_stdout(lines.as_bytes())?;
        let Some(first) = usable.first() else {
            let text = if pods.is_empty() {
                format!("Service \"{shown}\" has no pods.\n")
            } else {
                format!(
                    "Service \"{shown}\" has no Istio pods.  ({} pods in service).\nUse `meshctl kube-inject` or redeploy with Istio automatic sidecar injection.\n",
                    pods.len()
                )
            };
            write_stdout(text.as_bytes())?;
            return Ok(0);
        };
        let pod_name = first["metadata"]["name"].as_str().unwrap_or("").to_string();
        let dump = match fetch(&cluster, &pod_name, &ns, port, Method::GET, "config_dump").await
        {
            Ok(bytes) => Some(parse_dump(&bytes, &format!("{pod_name}.{ns}"))?),
            // As upstream: with --ignoreUnmeshed a proxy that does not answer is skipped.
            Err(_) if a.common.ignore_unmeshed => None,
            Err(e) => return Err(e),
        };
        let ingress = ingress(&cluster, port).await?;
        let report = ServiceReport {
            names: &names,
            service: &svc,
            pod: first,
            pods_labels: pod::labels(&usable),
            dump: dump.as_ref(),
            ingress: &ingress,
        };
        let mut world = World::default();
        let text = settle(&cluster, &mut world, |w| describe::service_report(&report, w)).await?;
        write_stdout(text.as_bytes())?;
        Ok(0)
    })
}

/// Renders, fetches the Istio objects the rendering looked up, and renders again until it asks
/// for nothing new (the dump names DestinationRules and VirtualServices; those name Gateways).
async fn settle(cluster: &Cluster, world: &mut World, render: impl Fn(&World) -> String) -> Result<String> {
    loop {
        let text = render(world);
        let asked = world.take_asked();
        if asked.is_empty() {
            return Ok(text);
        }
        for key in asked {
            let r = ObjectRef {
                api_version: key.kind.api_version().into(),
                kind: key.kind.name().into(),
                namespace: key.namespace.clone(),
                name: key.name.clone(),
            };
            let obj = match cluster.get(&r).await {
                Ok(obj) => obj,
                // The kind itself is not served (Istio's CRDs are missing): nothing of it exists.
                Err(e) if e.is_not_found() => None,
                Err(e) => {
                    let what = format!("{} {}/{}", r.kind, r.namespace, r.name);
                    return Err(failure(e, cluster, "get", &what).into());
                }
            };
            world.insert(key, obj);
        }
    }
}

async fn get(
    cluster: &Cluster,
    api_version: &str,
    kind: &str,
    ns: &str,
    name: &str,
) -> Result<Option<Value>> {
    let r = ObjectRef {
        api_version: api_version.into(),
        kind: kind.into(),
        namespace: ns.into(),
        name: name.into(),
    };
    cluster.get(&r).await.map_err(|e| failure(e, cluster, "get", &format!("{kind} {ns}/{name}")).into())
}

async fn list(
    cluster: &Cluster,
    api_version: &str,
    kind: &str,
    ns: Option<&str>,
    labels: Option<&str>,
) -> Result<Vec<Value>> {
    let what = match ns {
        Some(ns) => format!("{kind}s in namespace {ns}"),
        None => format!("{kind}s in all namespaces"),
    };
    cluster.list(api_version, kind, ns, labels).await.map_err(|e| failure(e, cluster, "list", &what).into())
}

fn failure(e: ApiError, cluster: &Cluster, verb: &str, what: &str) -> Failure {
    e.into_failure(&cluster.connection, verb, what)
}

/// "not found", with the closest names in the namespace.
async fn not_found(cluster: &Cluster, kind: &str, what: &str, ns: &str, name: &str) -> miette::Report {
    let names: Vec<String> = cluster
        .list("v1", kind, Some(ns), None)
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|o| o["metadata"]["name"].as_str().map(str::to_string))
        .collect();
    let close = podref::closest(name, &names);
    let help = if close.is_empty() {
        format!(
            "list them with `kubectl get {what}s -n {ns}`; give another namespace as `<{what}>.<namespace>` or with -n"
        )
    } else {
        format!(
            "did you mean {}?",
            close.iter().map(|c| format!("`{c}.{ns}`")).collect::<Vec<_>>().join(", ")
        )
    };
    Failure::new(format!("{what} `{name}` not found in namespace `{ns}`")).help(help).into()
}

fn parse_dump(bytes: &[u8], pod: &str) -> Result<ConfigDump> {
    ConfigDump::parse(bytes).map_err(|e| {
        Failure::new(format!("cannot read the config dump of {pod}'s Envoy: {e}"))
            .help("check that --proxy-admin-port is Envoy's admin port")
            .into()
    })
}

/// The mesh's root namespace, from the mesh config of the pod's revision (`istio`, or
/// `istio-<rev>` for a named revision) in the istio namespace.
async fn root_namespace(cluster: &Cluster, istio_ns: &str, revision: &str) -> Result<String> {
    let cm = match revision {
        "" | "default" => "istio".to_string(),
        rev => format!("istio-{rev}"),
    };
    let Some(obj) = get(cluster, "v1", "ConfigMap", istio_ns, &cm).await? else {
        return Err(Failure::new(format!(
            "could not read the mesh config: ConfigMap `{cm}` not found in namespace `{istio_ns}`"
        ))
        .help("describe needs the control plane's mesh config to compose PeerAuthentications: is Istio installed (`meshctl verify-install`)? Pass -i/--istioNamespace if it lives elsewhere")
        .into());
    };
    let Some(mesh) = obj["data"]["mesh"].as_str() else {
        return Err(Failure::new(format!("ConfigMap {istio_ns}/{cm} has no `mesh` key"))
            .help("reinstall the control plane (`meshctl install`) to restore its mesh config")
            .into());
    };
    peer_authentication::root_namespace(mesh).map_err(|e| {
        Failure::new(format!("the mesh config in ConfigMap {istio_ns}/{cm} is not valid YAML: {e}")).into()
    })
}

async fn list_peer_authentications(cluster: &Cluster, ns: &str) -> Result<Vec<Value>> {
    cluster.list("security.istio.io/v1", "PeerAuthentication", Some(ns), None).await.map_err(|e| {
        let missing = e.is_not_found();
        let base = failure(e, cluster, "list", &format!("PeerAuthentications in namespace {ns}"));
        if missing {
            base.help("Istio's CRDs are not installed: install the control plane with `meshctl install`")
        } else {
            base
        }
        .into()
    })
}

/// Running ingress gateway pods, the Services of their namespaces and their config dumps.
/// A gateway whose Envoy does not answer is left out with a warning, and a refusal to list the
/// gateways is said in the output: the rest of the description stands without them.
async fn ingress(cluster: &Cluster, port: u16) -> Result<Ingress> {
    let mut ingress = Ingress::default();
    let pods = match cluster
        .list_selected("v1", "Pod", None, Some("istio=ingressgateway"), Some("status.phase=Running"))
        .await
    {
        Ok(pods) => pods,
        // Everything else about the pod stands; only the ingress path cannot be shown.
        Err(e) if e.code == 403 => {
            ingress.refused = true;
            return Ok(ingress);
        }
        Err(e) => {
            return Err(failure(
                e,
                cluster,
                "list",
                "ingress gateway pods (istio=ingressgateway) in all namespaces",
            )
            .into());
        }
    };
    if pods.is_empty() {
        return Ok(ingress);
    }
    let namespaces: BTreeSet<String> =
        pods.iter().filter_map(|p| p["metadata"]["namespace"].as_str().map(str::to_string)).collect();
    for ns in &namespaces {
        // As upstream: a namespace whose Services cannot be listed just contributes none.
        ingress.services.extend(cluster.list("v1", "Service", Some(ns), None).await.unwrap_or_default());
    }
    for p in &pods {
        let (name, ns) =
            (p["metadata"]["name"].as_str().unwrap_or(""), p["metadata"]["namespace"].as_str().unwrap_or(""));
        match fetch(cluster, name, ns, port, Method::GET, "config_dump").await {
            Ok(bytes) => match ConfigDump::parse(&bytes) {
                Ok(d) => {
                    ingress.dumps.insert(format!("{ns}/{name}"), d);
                }
                Err(e) => eprintln!("warning: ingress gateway {name}.{ns}: {e}; its routes are not shown"),
            },
            Err(e) => eprintln!("warning: ingress gateway {name}.{ns} is left out: {e}"),
        }
    }
    ingress.pods = pods;
    Ok(ingress)
}
