//! `meshctl kube-inject`: add the Istio sidecar to the workloads of a YAML stream.

use std::io::Write;
use std::path::Path;

use clap::{Args, ValueEnum};
use serde_json::Value;

use super::Global;
use super::runtime::connect_options;
use super::settings_args::{RevisionFlag, SetFlag};
use crate::error::{Failure, Result};
use crate::inject::{self, Action, InjectConfig, shape};
use crate::output::file::{OutputFile, io_words};
use crate::values::{self, InjectionFiles, Inputs};

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
#[command(mut_args(own_help))]
pub struct KubeInjectArgs {
    /// Input: a file, `-` for stdin, or an `https://` URL
    #[arg(short = 'f', long = "filename", value_name = "FILE")]
    pub filename: String,
    /// Write the result here instead of stdout (may be the input file; replaced atomically, keeping its mode and owner)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<String>,
    #[command(flatten)]
    pub set: SetFlag,
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
    #[command(flatten)]
    pub revision: RevisionFlag,
    /// Native sidecars: `auto` asks the cluster; with no cluster connection it means `true`
    #[arg(long = "native-sidecars", value_enum, default_value = "auto", value_name = "MODE")]
    pub native_sidecars: NativeSidecars,
    /// Do not read the cluster's injection settings: use meshctl's built-in ones (and the flags)
    #[arg(long)]
    pub offline: bool,
    /// Report only the workloads left without a sidecar
    #[arg(short = 'q', long)]
    pub quiet: bool,
}

/// kube-inject's own wording for the shared `--set` and `--revision` (`mut_args` keeps their
/// place, so help and completions list them where they were).
fn own_help(a: clap::Arg) -> clap::Arg {
    match a.get_id().as_str() {
        "sets" => a.help(
            "Override a setting: `path=value` (repeatable), e.g. `values.global.proxy.holdApplicationUntilProxyStarts=true`",
        ),
        "revision" => a.help("Control plane revision"),
        _ => a,
    }
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
    let source = if files_given || args.offline {
        InjectSource::Local(&args)
    } else {
        match cluster_settings(&args, global) {
            Ok(Some(c)) => InjectSource::Cluster(&args, c),
            Ok(None) => InjectSource::Local(&args),
            Err(why) => {
                return Err(Failure::new(format!("cannot read the cluster's injection settings: {why}"))
                    .help("fix the cluster connection, or pass `--offline` to inject with meshctl's built-in settings")
                    .into());
            }
        }
    };
    let mut cfg = inject_config(&source)?;
    cfg.namespace = global.namespace.clone().unwrap_or_default();
    // Checked before the input is read, so a mistake in `-o` costs nothing.
    let mut file = args.output.as_deref().map(OutputFile::create).transpose()?;
    let (src, origin) = read_input(&args.filename)?;
    let report = match file.as_mut() {
        Some(f) => {
            let mut w = std::io::BufWriter::with_capacity(1 << 16, &mut *f);
            let report = inject::inject_to(&src, &origin, &cfg, &mut w)
                .map_err(|e| if w.get_ref().writes_through() { partial(e) } else { nothing_written(e) })?;
            w.flush().map_err(|e| Failure::new(format!("cannot write the output: {}", io_words(&e))))?;
            report
        }
        None => {
            // Streamed: memory stays near the input size and nothing is spooled to disk. A
            // failure part-way says that the output above it is incomplete.
            let mut out =
                PipeAware::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()));
            let result = inject::inject_to(&src, &origin, &cfg, &mut out).and_then(|r| {
                std::io::Write::flush(&mut out)
                    .map(|_| r)
                    .map_err(|e| Failure::new(format!("cannot write the output: {}", io_words(&e))))
            });
            match result {
                Ok(r) => r,
                Err(_) if out.closed => return Ok(0),
                Err(e) if out.written => return Err(partial(e).into()),
                Err(e) => return Err(e.into()),
            }
        }
    };
    drop(src);
    if let Some(f) = file {
        f.commit()?;
    }
    if !args.quiet {
        // Buffered: one line per object would otherwise be several unbuffered writes each.
        let mut err = std::io::BufWriter::with_capacity(1 << 16, std::io::stderr().lock());
        for line in &report {
            let _ = match &line.action {
                Action::Skipped(_) => writeln!(err, "warning: {line}"),
                _ => writeln!(err, "{line}"),
            };
        }
        let _ = err.flush();
    } else {
        let mut err = std::io::stderr().lock();
        for line in report.iter().filter(|l| matches!(l.action, Action::Skipped(_))) {
            let _ = writeln!(err, "warning: {line}");
        }
    }
    Ok(0)
}

fn partial(e: Failure) -> Failure {
    let help = e.help.clone().unwrap_or_default().replace("; nothing was written", "");
    let note = "the output written before this error is incomplete";
    Failure { help: Some(if help.is_empty() { note.into() } else { format!("{help}; {note}") }), ..e }
}

fn nothing_written(e: Failure) -> Failure {
    if e.help.as_deref().is_some_and(|h| h.contains("nothing was written")) {
        return e;
    }
    let help = match &e.help {
        Some(h) => format!("{h}; nothing was written"),
        None => "nothing was written".into(),
    };
    Failure { help: Some(help), ..e }
}

/// A writer that remembers whether anything was written and whether its reader went away
/// (`meshctl kube-inject … | head`), which is a clean exit rather than a failure.
struct PipeAware<W> {
    inner: W,
    written: bool,
    closed: bool,
}

impl<W: Write> PipeAware<W> {
    fn new(inner: W) -> Self {
        PipeAware { inner, written: false, closed: false }
    }
    fn note<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        if let Err(e) = &r
            && e.kind() == std::io::ErrorKind::BrokenPipe
        {
            self.closed = true;
        }
        r
    }
}

impl<W: Write> Write for PipeAware<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.written |= !buf.is_empty();
        let r = self.inner.write(buf);
        self.note(r)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.note(r)
    }
}

fn read_input(src: &str) -> Result<(String, String), Failure> {
    if src.is_empty() {
        return Err(Failure::usage("filename not specified (see --filename or -f)"));
    }
    let (text, name) = crate::input::read_source(src)?;
    let name = Path::new(&name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|_| !name.contains("://"))
        .unwrap_or(name);
    Ok((text, name))
}

fn read_yaml(path: &str, what: &str) -> Result<Value, Failure> {
    let (text, name) = crate::input::read_source(path)?;
    if what == "injection config" && text.contains("{{") {
        return Err(Failure::new(format!("`{name}` is a Go template; meshctl does not interpret Go templates"))
            .help("drop `--injectConfigFile` to use meshctl's built-in sidecar template, and express customisations as `--set values.…` or pod annotations"));
    }
    let docs = crate::resource::parse_all(&text).map_err(|e| {
        Failure::new(format!("{name}:{}:{}: malformed YAML in the {what}: {}", e.line, e.column, e.message))
    })?;
    let v = docs.into_iter().next().map(|(_, v)| v).unwrap_or(Value::Null);
    if !(v.is_object() || v.is_null()) {
        return Err(Failure::new(format!("{name}: the {what} must be a map, found {}", shape::kind_of(&v)))
            .help("the file holds one YAML map, e.g. `global:` and `sidecarInjectorWebhook:` for values"));
    }
    Ok(v)
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
    if crate::cluster::default_namespace(&connect_options(global)).is_none() && !kubeconfig_exists(global) {
        return Ok(None);
    }
    let rev = args.revision.revision.clone().filter(|r| !r.is_empty() && r != "default");
    let suffix = rev.map(|r| format!("-{r}")).unwrap_or_default();
    let ns = global.istio_namespace.clone();
    let rt = super::runtime::runtime().map_err(|e| e.message)?;
    rt.block_on(async {
        let work = async {
            let cluster = Cluster::connect(&connect_options(global)).await.map_err(|e| e.message)?;
            let get = |name: String| {
                let r = ObjectRef { api_version: "v1".into(), kind: "ConfigMap".into(), namespace: ns.clone(), name };
                let cluster = &cluster;
                async move {
                    let started = std::time::Instant::now();
                    let got = cluster.get(&r).await;
                    if global.verbose > 0 {
                        let outcome = match &got {
                            Ok(Some(_)) => "found".to_string(),
                            Ok(None) => "404 Not Found".to_string(),
                            Err(e) => e.to_string(),
                        };
                        eprintln!(
                            "GET ConfigMap {}/{} → {outcome} in {} ms",
                            r.namespace,
                            r.name,
                            started.elapsed().as_millis()
                        );
                    }
                    got.map_err(|e| format!("reading ConfigMap {}: {e}", r.name))
                }
            };
            let injector = get(format!("istio-sidecar-injector{suffix}")).await?;
            let mesh_cm = get(format!("istio{suffix}")).await?;
            let (Some(injector), Some(mesh_cm)) = (injector, mesh_cm) else {
                return Err(format!("no `istio{suffix}` and `istio-sidecar-injector{suffix}` ConfigMaps in `{ns}`: is Istio installed?"));
            };
            let values: Value = serde_json::from_str(injector["data"]["values"].as_str().unwrap_or("{}"))
                .map_err(|e| format!("the `istio-sidecar-injector{suffix}` ConfigMap's `values` is not JSON: {e}"))?;
            let mesh: Value = serde_saphyr::from_str(mesh_cm["data"]["mesh"].as_str().unwrap_or("{}"))
                .map_err(|e| format!("the `istio{suffix}` ConfigMap's `mesh` is not YAML: {}", first_line(&e.to_string())))?;
            shape::check_values(&values, &format!("ConfigMap {ns}/istio-sidecar-injector{suffix} (`values`)"))
                .map_err(|f| f.message)?;
            shape::check_mesh(&mesh, &format!("ConfigMap {ns}/istio{suffix} (`mesh`)")).map_err(|f| f.message)?;
            let native = match args.native_sidecars {
                NativeSidecars::True => true,
                NativeSidecars::False => false,
                NativeSidecars::Auto => kubelets_support_native_sidecars(&cluster).await,
            };
            Ok(Some(ClusterSettings { spec: serde_json::json!({ "values": values, "meshConfig": mesh }), native }))
        };
        // Three requests in a row (version, the two ConfigMaps, the nodes), each bounded by
        // `--kubeclient-timeout`; the whole is bounded too.
        let limit = super::runtime::request_timeout(global).saturating_mul(3);
        tokio::time::timeout(limit, work).await.unwrap_or_else(|_| {
            Err(format!("the cluster did not answer within {}", crate::duration::show_duration(limit)))
        })
    })
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
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

/// Reads and checks kube-inject's own settings files, in the order they apply.
fn injection_files(args: &KubeInjectArgs) -> Result<InjectionFiles, Failure> {
    let mut files = InjectionFiles::default();
    if let Some(f) = &args.values_file {
        let v = read_yaml(f, "values")?;
        shape::check_values(&v, f)?;
        files.values = Some(v);
    }
    if let Some(f) = &args.mesh_config_file {
        let m = read_yaml(f, "mesh config")?;
        shape::check_mesh(&m, f)?;
        files.mesh = Some(m);
    }
    if let Some(f) = &args.inject_config_file {
        let c = read_yaml(f, "injection config")?;
        shape::check_inject_config(&c, f)?;
        files.inject_config = Some(c);
    }
    if let Some(f) = &args.operator_file {
        let (text, name) = crate::input::read_source(f)?;
        let (_, mut iop) = values::parse_iop(&text, &name)?;
        if let Some(v) = iop["spec"].get("values") {
            shape::check_values(v, &format!("{name} (`spec.values`)"))?;
        }
        if let Some(m) = iop["spec"].get("meshConfig") {
            shape::check_mesh(m, &format!("{name} (`spec.meshConfig`)"))?;
        }
        files.operator_spec = Some(iop["spec"].take());
    }
    Ok(files)
}

fn local_config(args: &KubeInjectArgs, cluster: Option<&ClusterSettings>) -> Result<InjectConfig, Failure> {
    let settings = values::resolve(&Inputs {
        files: Vec::new(),
        sets: args.set.sets.clone(),
        revision: args.revision.revision.clone(),
        cluster: cluster.map(|c| c.spec.clone()),
    })?;
    let files = injection_files(args)?;
    let (vals, mesh) = settings.injection(&files);
    let native = match (cluster, args.native_sidecars) {
        (Some(c), _) => c.native,
        (None, NativeSidecars::Auto | NativeSidecars::True) => true,
        (None, NativeSidecars::False) => false,
    };
    shape::check_images(&vals)?;
    Ok(InjectConfig::new(vals, mesh, native, settings.revision().to_string()))
}
