//! `meshctl kube-inject`: add the Istio sidecar to the workloads of a YAML stream.

use std::io::Write;
use std::path::Path;

use clap::{Args, ValueEnum};
use miette::IntoDiagnostic;
use serde_json::Value;

use crate::cli::Global;
use crate::error::{Failure, Result};
use crate::inject::{self, Action, InjectConfig};
use crate::values::{self, Inputs};

/// Where the proxy container goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum NativeSidecars {
    /// Native sidecars when the cluster supports them; without a cluster connection, native
    Auto,
    /// The proxy is an init container with `restartPolicy: Always` (Kubernetes ≥ 1.29)
    True,
    /// The proxy is an ordinary container (classic sidecar)
    False,
}

#[derive(Debug, Args)]
pub struct KubeInjectArgs {
    /// Input: a file, `-` for stdin, or an `https://` URL
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub filename: String,
    /// Write the result here instead of stdout (may be the input file; replaced atomically)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,
    /// Override a setting: `path=value` (repeatable), e.g. `values.global.proxy.holdApplicationUntilProxyStarts=true`
    #[arg(short = 's', long = "set", value_name = "PATH=VALUE")]
    pub sets: Vec<String>,
    /// An IstioOperator file; its `spec.values` and `spec.meshConfig` override the other settings
    #[arg(long = "operatorFileName", visible_alias = "operator-file-name", value_name = "FILE")]
    pub operator_file: Option<String>,
    /// Mesh config YAML (the `mesh` key of the `istio` ConfigMap)
    #[arg(long = "meshConfigFile", visible_alias = "mesh-config-file", value_name = "FILE")]
    pub mesh_config_file: Option<String>,
    /// Injection values YAML or JSON (the `values` key of the `istio-sidecar-injector` ConfigMap)
    #[arg(long = "valuesFile", visible_alias = "values-file", value_name = "FILE")]
    pub values_file: Option<String>,
    /// Injection config YAML (`templates`, `defaultTemplates`); Go templates are refused
    #[arg(long = "injectConfigFile", visible_alias = "inject-config-file", value_name = "FILE")]
    pub inject_config_file: Option<String>,
    /// Control plane revision
    #[arg(short = 'r', long = "revision", value_name = "REV")]
    pub revision: Option<String>,
    /// Native sidecars: `auto` asks the cluster; with no cluster connection it means `true`
    #[arg(long = "native-sidecars", value_enum, default_value = "auto", value_name = "MODE")]
    pub native_sidecars: NativeSidecars,
}

/// Where injection settings come from: files and flags alone, or the installed control
/// plane's `istio` and `istio-sidecar-injector` ConfigMaps (with the flags on top).
#[derive(Debug)]
pub enum InjectSource<'a> {
    Local(&'a KubeInjectArgs),
    Cluster(&'a KubeInjectArgs, ClusterSettings),
}

/// What the cluster says about injection.
#[derive(Debug, Clone)]
pub struct ClusterSettings {
    /// `spec.values` and `spec.meshConfig` read from the ConfigMaps.
    pub spec: Value,
    /// Whether every node's kubelet runs native sidecars (≥ 1.33).
    pub native: bool,
}

pub fn run(args: KubeInjectArgs, global: &Global) -> Result<u8> {
    let files_given = args.mesh_config_file.is_some()
        || args.values_file.is_some()
        || args.operator_file.is_some()
        || args.inject_config_file.is_some();
    let source = match (files_given, cluster_settings(&args, global)) {
        (false, Ok(Some(c))) => InjectSource::Cluster(&args, c),
        (false, Err(why)) => {
            eprintln!("note: using meshctl's default settings, not the cluster's ({why})");
            InjectSource::Local(&args)
        }
        _ => InjectSource::Local(&args),
    };
    let cfg = inject_config(&source)?;
    let (src, origin) = read_input(&args.filename)?;
    // The output is spooled to a file next to its destination (or in the temp directory for
    // stdout) and published only when every document succeeded; memory stays near the input size.
    let target = args.output.as_deref().map(Path::new);
    let mut spool = Spool::create(target)?;
    let report = {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut spool.file);
        let report = inject::inject_to(&src, &origin, &cfg, &mut w)?;
        w.flush().map_err(|e| Failure::new(format!("cannot write the output: {e}")))?;
        report
    };
    drop(src);
    spool.publish(target)?;
    // Buffered: one line per object would otherwise be several unbuffered writes each.
    let mut err = std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock());
    for line in &report {
        let _ = match &line.action {
            Action::Skipped(_) => writeln!(err, "warning: {line}"),
            _ => writeln!(err, "{line}"),
        };
    }
    let _ = err.flush();
    Ok(0)
}

/// A temporary output file, removed unless published.
struct Spool {
    path: std::path::PathBuf,
    file: std::fs::File,
    published: bool,
}

impl Spool {
    fn create(target: Option<&Path>) -> Result<Spool, Failure> {
        let (dir, name) = match target {
            Some(t) => (
                t.parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| ".".into()),
                t.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into()),
            ),
            None => (std::env::temp_dir(), "stdout".to_string()),
        };
        let mut last = None;
        for attempt in 0..100u32 {
            let path = dir.join(format!(".{name}.meshctl-{}-{attempt}.tmp", std::process::id()));
            match std::fs::OpenOptions::new().read(true).write(true).create_new(true).open(&path) {
                Ok(file) => {
                    return Ok(Spool { path, file, published: false });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => {
                    return Err(Failure::new(format!(
                        "cannot create a temporary file in `{}`: {e}",
                        dir.display()
                    )));
                }
            }
        }
        Err(Failure::new(format!(
            "cannot create a temporary file in `{}`: {}",
            dir.display(),
            last.map(|e| e.to_string()).unwrap_or_default()
        )))
    }

    /// Renames the spool onto `target`, or copies it to stdout.
    fn publish(&mut self, target: Option<&Path>) -> Result<()> {
        match target {
            Some(t) => {
                std::fs::rename(&self.path, t)
                    .map_err(|e| Failure::new(format!("cannot write `{}`: {e}", t.display())))?;
                self.published = true;
            }
            None => {
                use std::io::{Seek, SeekFrom};
                self.file.seek(SeekFrom::Start(0)).into_diagnostic()?;
                let mut out = std::io::stdout().lock();
                std::io::copy(&mut self.file, &mut out).into_diagnostic()?;
                out.flush().into_diagnostic()?;
            }
        }
        Ok(())
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        if !self.published {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

fn read_input(src: &str) -> Result<(String, String), Failure> {
    if src.is_empty() {
        return Err(Failure::usage("filename not specified (see --filename or -f)"));
    }
    let (text, name) = values::read_source(src).map_err(|e| {
        let f = Failure::new(e.message.clone());
        match e.help {
            Some(_) => f.help("check the path given to `-f` (use `-` for stdin)"),
            None => f,
        }
    })?;
    let name = Path::new(&name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|_| !name.contains("://"))
        .unwrap_or(name);
    Ok((text, name))
}

fn read_yaml(path: &str, what: &str) -> Result<Value, Failure> {
    let (text, name) = values::read_source(path)?;
    if what == "injection config" && text.contains("{{") {
        return Err(Failure::new(format!("`{name}` is a Go template; meshctl does not interpret Go templates"))
            .help("drop `--injectConfigFile` to use meshctl's built-in sidecar template, and express customisations as `--set values.…` or pod annotations"));
    }
    let docs = crate::resource::parse_all(&text).map_err(|e| {
        Failure::new(format!("{name}:{}:{}: malformed YAML in the {what}: {}", e.line, e.column, e.message))
    })?;
    Ok(docs.into_iter().next().map(|(_, v)| v).unwrap_or(Value::Null))
}

/// Resolves the injection settings from their source.
pub fn inject_config(source: &InjectSource<'_>) -> Result<InjectConfig, Failure> {
    match source {
        InjectSource::Local(args) => local_config(args, None),
        InjectSource::Cluster(args, c) => local_config(args, Some(c)),
    }
}

/// Reads the injection settings of the installed control plane. `Ok(None)` when there is
/// no kubeconfig at all (the common no-cluster case, which needs no note).
fn cluster_settings(args: &KubeInjectArgs, global: &Global) -> Result<Option<ClusterSettings>, String> {
    use crate::cluster::{Cluster, ObjectRef};
    if crate::cluster::default_namespace(global).is_none() && !kubeconfig_exists(global) {
        return Ok(None);
    }
    let rev = args.revision.clone().filter(|r| !r.is_empty() && r != "default");
    let suffix = rev.map(|r| format!("-{r}")).unwrap_or_default();
    let ns = global.istio_namespace.clone();
    let rt = super::cluster_args::runtime().map_err(|e| e.message)?;
    rt.block_on(async {
        let work = async {
            let cluster = Cluster::connect(global).await.map_err(|e| e.message)?;
            let get = |name: String| {
                let r = ObjectRef { api_version: "v1".into(), kind: "ConfigMap".into(), namespace: ns.clone(), name };
                let cluster = &cluster;
                async move { cluster.get(&r).await.map_err(|e| format!("reading ConfigMap {}: {e}", r.name)) }
            };
            let injector = get(format!("istio-sidecar-injector{suffix}")).await?;
            let mesh_cm = get(format!("istio{suffix}")).await?;
            let (Some(injector), Some(mesh_cm)) = (injector, mesh_cm) else {
                return Err(format!("no `istio{suffix}` and `istio-sidecar-injector{suffix}` ConfigMaps in `{ns}`: is Istio installed?"));
            };
            let values: Value = serde_json::from_str(injector["data"]["values"].as_str().unwrap_or("{}"))
                .map_err(|e| format!("the injector ConfigMap's `values` is not JSON: {e}"))?;
            let mesh: Value = serde_saphyr::from_str(mesh_cm["data"]["mesh"].as_str().unwrap_or("{}"))
                .map_err(|e| format!("the `istio{suffix}` ConfigMap's `mesh` is not YAML: {e}"))?;
            let native = match args.native_sidecars {
                NativeSidecars::True => true,
                NativeSidecars::False => false,
                NativeSidecars::Auto => kubelets_support_native_sidecars(&cluster).await,
            };
            Ok(Some(ClusterSettings { spec: serde_json::json!({ "values": values, "meshConfig": mesh }), native }))
        };
        tokio::time::timeout(std::time::Duration::from_secs(8), work).await.unwrap_or_else(|_| Err("the cluster did not answer within 8s".into()))
    })
}

fn kubeconfig_exists(global: &Global) -> bool {
    match &global.kubeconfig {
        Some(p) => !p.is_empty(),
        None => std::env::var_os("HOME").is_some_and(|h| Path::new(&h).join(".kube/config").exists()),
    }
}

/// Native sidecars need every node's kubelet at 1.33 or later.
async fn kubelets_support_native_sidecars(cluster: &crate::cluster::Cluster) -> bool {
    let Ok(nodes) = cluster.list("v1", "Node", None, None).await else { return false };
    !nodes.is_empty()
        && nodes.iter().all(|n| {
            let v = n["status"]["nodeInfo"]["kubeletVersion"].as_str().unwrap_or("");
            let mut parts = v.trim_start_matches('v').split(['.', '-', '+']);
            let major: u32 = parts.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            let minor: u32 = parts.next().and_then(|x| x.parse().ok()).unwrap_or(0);
            (major, minor) >= (1, 33)
        })
}

fn local_config(args: &KubeInjectArgs, cluster: Option<&ClusterSettings>) -> Result<InjectConfig, Failure> {
    let settings = values::resolve(&Inputs {
        files: Vec::new(),
        sets: args.sets.clone(),
        revision: args.revision.clone(),
        cluster: cluster.map(|c| c.spec.clone()),
    })?;
    let mut vals = settings.values().clone();
    let mut mesh = settings.effective_mesh();
    if settings.spec()["components"]["cni"]["enabled"] == Value::Bool(true) {
        vals["pilot"]["cni"]["enabled"] = Value::Bool(true);
    }
    // The CNI provider is chosen once, under `values.cni`; the injector reads it from `pilot.cni`.
    if let Some(p) = vals["cni"]["provider"].as_str().filter(|p| !p.is_empty()).map(str::to_string) {
        vals["pilot"]["cni"]["provider"] = Value::String(p);
    }
    if let Some(f) = &args.values_file {
        let v = read_yaml(f, "values")?;
        values::merge(&mut vals, &v);
    }
    if let Some(f) = &args.mesh_config_file {
        let m = read_yaml(f, "mesh config")?;
        values::merge(&mut mesh, &m);
    }
    if let Some(f) = &args.inject_config_file {
        let c = read_yaml(f, "injection config")?;
        let hook = &mut vals["sidecarInjectorWebhook"];
        if let Some(t) = c.get("templates") {
            values::merge(&mut hook["templates"], t);
        }
        if let Some(d) = c.get("defaultTemplates") {
            hook["defaultTemplates"] = d.clone();
        }
    }
    if let Some(f) = &args.operator_file {
        let (text, name) = values::read_source(f)?;
        let (_, iop) = values::parse_iop(&text, &name)?;
        if let Some(v) = iop["spec"].get("values") {
            values::merge(&mut vals, v);
        }
        if let Some(m) = iop["spec"].get("meshConfig") {
            values::merge(&mut mesh, m);
        }
        if iop["spec"]["components"]["cni"]["enabled"] == Value::Bool(true) {
            vals["pilot"]["cni"]["enabled"] = Value::Bool(true);
        }
    }
    let native = match (cluster, args.native_sidecars) {
        (Some(c), _) => c.native,
        (None, NativeSidecars::Auto | NativeSidecars::True) => true,
        (None, NativeSidecars::False) => false,
    };
    Ok(InjectConfig::new(vals, mesh, native, settings.revision().to_string()))
}
