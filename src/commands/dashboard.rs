//! `meshctl dashboard`: port-forward to a mesh web UI and open it.
//!
//! One table of dashboards drives one code path: how to find the pod, which port, which path.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Subcommand};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::RwLock;

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::cluster::{Cluster, forward_pod_port};
use crate::error::{Failure, Result};

/// A web UI meshctl knows how to reach.
struct Dashboard {
    name: &'static str,
    /// Label selectors tried in order (the first that finds a pod wins).
    selectors: &'static [&'static str],
    port: u16,
    path: &'static str,
    /// An API with no browser UI: print the URL, open nothing.
    api_only: bool,
    /// The `--set` that installs it, for the "missing" error.
    install_hint: &'static str,
}

const DASHBOARDS: &[Dashboard] = &[
    Dashboard {
        name: "kiali",
        selectors: &["app=kiali"],
        port: 20001,
        path: "/kiali",
        api_only: false,
        install_hint: "--set addonComponents.kiali.enabled=true",
    },
    Dashboard {
        name: "grafana",
        selectors: &["app.kubernetes.io/name=grafana"],
        port: 3000,
        path: "",
        api_only: false,
        install_hint: "--set addonComponents.grafana.enabled=true",
    },
    Dashboard {
        name: "prometheus",
        selectors: &["app.kubernetes.io/name=prometheus"],
        port: 9090,
        path: "",
        api_only: false,
        install_hint: "--set addonComponents.prometheus.enabled=true",
    },
    Dashboard {
        name: "jaeger",
        selectors: &["app=jaeger"],
        port: 16686,
        path: "",
        api_only: false,
        install_hint: "--set addonComponents.jaeger.enabled=true",
    },
    // istioctl looks only for `app=zipkin`, which the shipped Jaeger addon does not carry;
    // Jaeger serves the Zipkin API, so fall back to it.
    Dashboard {
        name: "zipkin",
        selectors: &["app=zipkin", "app=jaeger"],
        port: 9411,
        path: "",
        api_only: false,
        install_hint: "--set addonComponents.jaeger.enabled=true",
    },
    Dashboard {
        name: "skywalking",
        selectors: &["app=skywalking-ui"],
        port: 8080,
        path: "",
        api_only: false,
        install_hint: "a SkyWalking UI deployment labelled `app=skywalking-ui`",
    },
    Dashboard {
        name: "loki",
        selectors: &["app.kubernetes.io/name=loki"],
        port: 3100,
        path: "",
        api_only: true,
        install_hint: "--set addonComponents.loki.enabled=true",
    },
    Dashboard {
        name: "controlz",
        selectors: &["app=istiod"],
        port: 9876,
        path: "",
        api_only: false,
        install_hint: "meshctl install",
    },
    Dashboard {
        name: "istiod-debug",
        selectors: &["app=istiod"],
        port: 15014,
        path: "/debug",
        api_only: false,
        install_hint: "meshctl install",
    },
    Dashboard { name: "envoy", selectors: &[], port: 15000, path: "", api_only: false, install_hint: "" },
];

#[derive(Debug, Args)]
pub struct DashboardArgs {
    #[command(subcommand)]
    pub which: Which,
    #[command(flatten)]
    pub local: LocalArgs,
}

#[derive(Debug, Clone, Args)]
pub struct LocalArgs {
    /// Local port (default: the remote port when free, else any free port)
    #[arg(short = 'p', long, global = true, default_value_t = 0, hide_default_value = true)]
    pub port: u16,
    /// Local address to listen on (`localhost` binds 127.0.0.1 and ::1)
    #[arg(long, global = true, default_value = "localhost")]
    pub address: String,
    /// Open a browser (`--browser=false` only prints the URL)
    #[arg(long, global = true, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub browser: bool,
}

#[derive(Debug, Args)]
pub struct PodArgs {
    /// Pod as `[type/]name[.namespace]`, e.g. `productpage-v1-abc.bookinfo` or `deployment/productpage-v1`
    pub pod: Option<String>,
    /// Label selector choosing the pod instead of naming it
    #[arg(short = 'l', long)]
    pub selector: Option<String>,
    /// Remote port (default: the dashboard's usual port)
    #[arg(long = "ui-port", visible_alias = "uiPort")]
    pub ui_port: Option<u16>,
}

#[derive(Debug, Args)]
pub struct AddonArgs {
    /// Remote port (default: the addon's usual port)
    #[arg(long = "ui-port", visible_alias = "uiPort")]
    pub ui_port: Option<u16>,
}

#[derive(Debug, Subcommand)]
pub enum Which {
    /// Kiali, the mesh console
    Kiali(AddonArgs),
    /// Grafana metrics dashboards
    Grafana(AddonArgs),
    /// Prometheus
    Prometheus(AddonArgs),
    /// Jaeger tracing UI
    Jaeger(AddonArgs),
    /// The Zipkin API (served by Jaeger)
    Zipkin(AddonArgs),
    /// SkyWalking UI
    Skywalking(AddonArgs),
    /// Loki's API (Loki has no web UI: the URL is printed)
    Loki(AddonArgs),
    /// The Envoy admin page (port 15000) of a workload's sidecar
    #[command(visible_alias = "proxy")]
    Envoy(PodArgs),
    /// istiod's ControlZ page
    Controlz(PodArgs),
    /// istiod's debug endpoints
    IstiodDebug(PodArgs),
}

pub fn run(args: DashboardArgs, global: &Global) -> Result<u8> {
    let (name, pod_args, ui_port) = match &args.which {
        Which::Kiali(a) => ("kiali", None, a.ui_port),
        Which::Grafana(a) => ("grafana", None, a.ui_port),
        Which::Prometheus(a) => ("prometheus", None, a.ui_port),
        Which::Jaeger(a) => ("jaeger", None, a.ui_port),
        Which::Zipkin(a) => ("zipkin", None, a.ui_port),
        Which::Skywalking(a) => ("skywalking", None, a.ui_port),
        Which::Loki(a) => ("loki", None, a.ui_port),
        Which::Envoy(p) => ("envoy", Some(p), p.ui_port),
        Which::Controlz(p) => ("controlz", Some(p), p.ui_port),
        Which::IstiodDebug(p) => ("istiod-debug", Some(p), p.ui_port),
    };
    let Some(dash) = DASHBOARDS.iter().find(|d| d.name == name) else {
        return Err(Failure::usage(format!("unknown dashboard `{name}`")).into());
    };
    let target = match pod_args {
        Some(p) => pod_target(dash, p, global)?,
        None => Target::Search(dash.selectors.iter().map(|s| s.to_string()).collect()),
    };
    if dash.name == "envoy" && matches!(target, Target::Search(ref s) if s.is_empty()) {
        return Err(Failure::usage("specify a pod or --selector")
            .help("e.g. `meshctl dashboard envoy productpage-v1-abc.bookinfo` or `-l app=productpage -n bookinfo`")
            .into());
    }
    let remote = ui_port.unwrap_or(dash.port);
    runtime()?.block_on(serve(dash, target, remote, &args.local, global))
}

/// How to find the pod to forward to.
#[derive(Debug, Clone)]
enum Target {
    Named { namespace: Option<String>, name: String },
    Search(Vec<String>),
}

fn pod_target(dash: &Dashboard, p: &PodArgs, _global: &Global) -> Result<Target, Failure> {
    match (&p.pod, &p.selector) {
        (Some(_), Some(_)) => Err(Failure::usage("name a pod or give --selector, not both")),
        (Some(pod), None) => {
            let bare = pod.rsplit_once('/').map(|(_, n)| n).unwrap_or(pod);
            let (name, ns) = match bare.rsplit_once('.') {
                Some((n, ns)) => (n.to_string(), Some(ns.to_string())),
                None => (bare.to_string(), None),
            };
            let typed = pod.contains('/') && !pod.starts_with("pod/");
            if typed {
                // `deployment/x` → the pods of that workload, found by their usual `app` label.
                let app = name.trim_end_matches(|c: char| c == '-' || c.is_ascii_digit());
                return Ok(Target::Search(vec![format!("app={}", app.split("-v").next().unwrap_or(app))]));
            }
            Ok(Target::Named { namespace: ns, name })
        }
        (None, Some(sel)) => {
            let extra = dash.selectors.first().map(|s| format!(",{s}")).unwrap_or_default();
            Ok(Target::Search(vec![format!("{sel}{extra}")]))
        }
        (None, None) => Ok(Target::Search(dash.selectors.iter().map(|s| s.to_string()).collect())),
    }
}

/// Finds a Running and Ready pod (else any Running one): in the istio namespace, then `-n`.
async fn find_pod(
    cluster: &Cluster,
    dash: &Dashboard,
    target: &Target,
    global: &Global,
) -> Result<(String, String), Failure> {
    let user_ns = global.namespace.clone().unwrap_or_else(|| cluster.connection.namespace.clone());
    match target {
        Target::Named { namespace, name } => {
            let ns = namespace.clone().unwrap_or_else(|| {
                if dash.name == "envoy" { user_ns.clone() } else { global.istio_namespace.clone() }
            });
            // Checked before a URL is printed: a URL to nothing would wait forever.
            let r = crate::cluster::ObjectRef {
                api_version: "v1".into(),
                kind: "Pod".into(),
                namespace: ns.clone(),
                name: name.clone(),
            };
            let pod = cluster
                .get(&r)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("pod {ns}/{name}")))?;
            match pod {
                None => Err(Failure::new(format!("pod `{name}` not found in namespace `{ns}`"))
                    .help("list the pods with `kubectl get pods -n NS`, and name one as `POD.NAMESPACE` or with `-n`")),
                Some(p) if p["status"]["phase"] != "Running" => Err(Failure::new(format!(
                    "pod {ns}/{name} is not running (phase {})",
                    p["status"]["phase"].as_str().unwrap_or("unknown")
                ))
                .help("wait for it to start (`kubectl get pod -w`), or pick another pod")),
                Some(_) => Ok((ns, name.clone())),
            }
        }
        Target::Search(selectors) => {
            let mut namespaces = vec![global.istio_namespace.clone()];
            if !namespaces.contains(&user_ns) {
                namespaces.push(user_ns.clone());
            }
            if dash.name == "envoy" {
                namespaces = vec![user_ns.clone()];
            }
            for sel in selectors {
                for ns in &namespaces {
                    let pods = cluster
                        .list("v1", "Pod", Some(ns), Some(sel))
                        .await
                        .map_err(|e| e.into_failure(&cluster.connection, "list", &format!("pods in {ns}")))?;
                    if let Some(p) = best_pod(&pods) {
                        return Ok((ns.clone(), p));
                    }
                }
            }
            let sel = selectors.join("` or `");
            let mut f =
                Failure::new(format!("no pods found with selector `{sel}` in {}", namespaces.join(" or ")));
            if !dash.install_hint.is_empty() {
                f = f.help(if let Some(set) = dash.install_hint.strip_prefix("--set ") {
                    // Built on what is installed, so following the hint adds only the addon.
                    let recorded = super::installed::read_state(cluster, &global.istio_namespace, "")
                        .await
                        .ok()
                        .flatten();
                    let cmd = match &recorded {
                        Some(s) => super::installed::install_command(s, &[set]),
                        None => format!("meshctl install --set {set}"),
                    };
                    format!("install the addon: `{cmd}`")
                } else {
                    format!("install it first: {}", dash.install_hint)
                });
            }
            Err(f)
        }
    }
}

fn best_pod(pods: &[Value]) -> Option<String> {
    let running =
        |p: &&Value| p["status"]["phase"] == "Running" && p["metadata"]["deletionTimestamp"].is_null();
    let ready = |p: &&Value| {
        p["status"]["conditions"]
            .as_array()
            .is_some_and(|cs| cs.iter().any(|c| c["type"] == "Ready" && c["status"] == "True"))
    };
    pods.iter()
        .filter(running)
        .find(ready)
        .or_else(|| pods.iter().find(running))
        .and_then(|p| p["metadata"]["name"].as_str().map(str::to_string))
}

async fn bind(address: &str, port: u16, remote: u16) -> Result<(Vec<TcpListener>, u16), Failure> {
    let ips: Vec<IpAddr> = if address == "localhost" {
        vec![IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)]
    } else {
        vec![address.parse().map_err(|_| {
            Failure::usage(format!("`--address {address}` is not an IP address"))
                .help("use `localhost` or an IP such as 127.0.0.1")
        })?]
    };
    if !ips.iter().all(IpAddr::is_loopback) {
        eprintln!("! listening on {address}: anyone who can reach this address can use the dashboard");
    }
    let try_bind = |p: u16| {
        let ips = ips.clone();
        async move {
            let mut ls = Vec::new();
            let mut port = p;
            for (i, ip) in ips.iter().enumerate() {
                match TcpListener::bind(SocketAddr::new(*ip, port)).await {
                    Ok(l) => {
                        port = l.local_addr().map(|a| a.port()).unwrap_or(port);
                        ls.push(l);
                    }
                    // ::1 may be missing on IPv4-only hosts; the first address is what matters.
                    Err(_) if i > 0 => {}
                    Err(e) => return Err(e),
                }
            }
            Ok((ls, port))
        }
    };
    if port != 0 {
        return try_bind(port).await.map_err(|e| {
            Failure::new(format!("cannot listen on {address}:{port}: {e}"))
                .help("that port is taken: choose another with `--port`, or omit it to pick a free one")
        });
    }
    match try_bind(remote).await {
        Ok(r) => Ok(r),
        Err(_) => {
            let r =
                try_bind(0).await.map_err(|e| Failure::new(format!("cannot listen on {address}: {e}")))?;
            eprintln!("port {remote} is in use; using port {} instead", r.1);
            Ok(r)
        }
    }
}

async fn serve(
    dash: &'static Dashboard,
    target: Target,
    remote: u16,
    local: &LocalArgs,
    global: &Global,
) -> Result<u8> {
    let cluster = Arc::new(Cluster::connect(&connect_options(global)).await?);
    let pod = find_pod(&cluster, dash, &target, global).await?;
    let (listeners, port) = bind(&local.address, local.port, remote).await?;
    let host = if local.address == "localhost" {
        "localhost".to_string()
    } else {
        match local.address.parse::<IpAddr>() {
            Ok(IpAddr::V6(v6)) => format!("[{v6}]"),
            _ => local.address.clone(),
        }
    };
    let url = format!("http://{host}:{port}{}", dash.path);
    let current = Arc::new(RwLock::new(pod));
    for l in listeners {
        tokio::spawn(accept_loop(
            l,
            cluster.clone(),
            current.clone(),
            remote,
            dash,
            target.clone(),
            global.clone(),
        ));
    }
    crate::output::print(format!("{url}\n"))?;
    if dash.api_only {
        eprintln!("{} has no web UI; its API is at {url}", dash.name);
    } else if !local.browser {
        eprintln!("skipping opening a browser");
    } else {
        wait_answering(port).await;
        if webbrowser::open(&url).is_err() {
            eprintln!("could not open a browser here; open {url} in your browser");
        }
    }
    let _ = tokio::signal::ctrl_c().await;
    eprintln!("closing the port-forward");
    Ok(0)
}

/// Waits (briefly) until the local end answers, so the browser does not show an error page.
async fn wait_answering(port: u16) {
    for _ in 0..20 {
        if tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port)).await.is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn accept_loop(
    listener: TcpListener,
    cluster: Arc<Cluster>,
    pod: Arc<RwLock<(String, String)>>,
    remote: u16,
    dash: &'static Dashboard,
    target: Target,
    global: Global,
) {
    loop {
        let Ok((conn, _)) = listener.accept().await else { continue };
        let (cluster, pod, target, global) = (cluster.clone(), pod.clone(), target.clone(), global.clone());
        tokio::spawn(async move {
            let (ns, name) = pod.read().await.clone();
            if let Err(e) = forward_pod_port(&cluster, &ns, &name, remote, conn).await {
                // The pod went away (a restart or a rollout): find its successor for the next connection.
                if (e.is_not_found() || e.code == 0)
                    && let Ok(next) = find_pod(&cluster, dash, &target, &global).await
                    && next.1 != name
                {
                    eprintln!("pod {ns}/{name} is gone; forwarding to {}/{} from now on", next.0, next.1);
                    *pod.write().await = next;
                }
                eprintln!("forwarding a connection to {ns}/{name}:{remote} failed: {e}");
                if e.message.contains("error dialing backend") {
                    eprintln!(
                        "  the API server could not reach the kubelet of the pod's node (`kubectl port-forward` fails the same way): check the node with `kubectl get nodes`"
                    );
                }
            }
        });
    }
}
