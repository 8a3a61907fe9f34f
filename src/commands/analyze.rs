//! `meshctl analyze`: find problems in Istio configuration, in files or (later) a cluster.

use std::io::{IsTerminal, Write};

use clap::Args;
use miette::IntoDiagnostic;
use serde_json::Value;

use crate::analyze::messages::{Level, Message, catalog};
use crate::analyze::snapshot::SnapshotBuilder;
use crate::analyze::{Context, Suppression, input, registry, report, run as run_analyzers, suppress};
use crate::cli::Global;
use crate::error::{Failure, Result, exit};
use crate::output::{Format, print_value, stderr_color};

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Files or directories to analyse (directories are walked recursively; `-` reads stdin)
    #[arg(value_name = "FILE|DIR|-")]
    pub files: Vec<String>,
    /// Analyse every namespace instead of only the selected one
    #[arg(short = 'A', long = "all-namespaces", visible_alias = "allNamespaces")]
    pub all_namespaces: bool,
    /// Read resources from the live cluster (`--use-kube=false` analyses files only)
    #[arg(
        short = 'k',
        long = "use-kube",
        visible_alias = "useKube",
        default_value = "true",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_parser = clap::builder::BoolishValueParser::new(),
        value_name = "BOOL"
    )]
    pub use_kube: bool,
    /// Output format: `log`, `json` or `yaml`
    #[arg(short = 'o', long = "output", default_value = "log", value_name = "FORMAT")]
    pub output: String,
    /// Lowest level printed: Info, Warning or Error
    #[arg(
        long = "output-threshold",
        visible_alias = "outputThreshold",
        default_value = "Info",
        value_name = "LEVEL"
    )]
    pub output_threshold: String,
    /// Lowest level that makes the exit code non-zero: Info, Warning or Error
    #[arg(
        long = "failure-threshold",
        visible_alias = "failureThreshold",
        default_value = "Error",
        value_name = "LEVEL"
    )]
    pub failure_threshold: String,
    /// Suppress messages: `CODE=Kind ns/name` (`*` globs in the resource), repeatable
    #[arg(short = 'S', long = "suppress", value_name = "CODE=RESOURCE")]
    pub suppress: Vec<String>,
    /// List the analyzers and exit
    #[arg(short = 'L', long = "list-analyzers", visible_alias = "listAnalyzers")]
    pub list_analyzers: bool,
    /// Run only this analyzer (by name, as `-L` lists them); repeatable
    #[arg(long = "analyzer", value_name = "NAME")]
    pub analyzer: Vec<String>,
    /// A MeshConfig file that overrides the defaults and the cluster's mesh config
    #[arg(long = "meshConfigFile", visible_alias = "mesh-config-file", value_name = "FILE")]
    pub mesh_config_file: Option<String>,
    /// A MeshNetworks file to check
    #[arg(long = "meshNetworksFile", visible_alias = "mesh-networks-file", value_name = "FILE")]
    pub mesh_networks_file: Option<String>,
    /// Do not fail (exit 65) because some documents could not be parsed
    #[arg(
        long = "ignore-unknown",
        visible_alias = "ignoreUnknown",
        num_args = 0..=1,
        require_equals = true,
        default_value = "false",
        default_missing_value = "true",
        value_parser = clap::builder::BoolishValueParser::new(),
        value_name = "BOOL"
    )]
    pub ignore_unknown: bool,
    /// Removed: directories are always walked recursively
    #[arg(short = 'R', long = "recursive", hide = true)]
    pub recursive: bool,
    /// Control plane revision to analyse in the live cluster
    #[arg(short = 'r', long = "revision", default_value = "default", value_name = "REV")]
    pub revision: String,
}

enum OutputKind {
    Log,
    Data(Format),
}

fn parse_output(s: &str) -> Result<OutputKind, Failure> {
    match s.to_ascii_lowercase().as_str() {
        "log" => Ok(OutputKind::Log),
        "json" => Ok(OutputKind::Data(Format::Json)),
        "yaml" => Ok(OutputKind::Data(Format::Yaml)),
        _ => Err(Failure::usage(format!("`{s}` is not an output format"))
            .help("use `-o log`, `-o json` or `-o yaml`")),
    }
}

fn parse_level(s: &str, flag: &str) -> Result<Level, Failure> {
    Level::parse(s).ok_or_else(|| {
        Failure::usage(format!("`{s}` is not a level for `{flag}`")).help("use Info, Warning or Error")
    })
}

fn read_yaml_file(path: &str, what: &str) -> Result<Value, Failure> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Failure::new(format!("cannot read {what} `{path}`: {e}")))?;
    serde_saphyr::from_str::<Value>(&text)
        .map_err(|e| Failure::new(format!("cannot parse {what} `{path}`: {e}")).code(exit::UNPARSEABLE))
}

fn list_analyzers() -> Result<u8> {
    let mut out = String::new();
    for a in registry::all() {
        let m = a.metadata();
        out.push_str(&format!("* {}:\n    {}\n", m.name, m.description));
    }
    for a in registry::opt_in() {
        let m = a.metadata();
        out.push_str(&format!("* {} (only with --analyzer):\n    {}\n", m.name, m.description));
    }
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(out.as_bytes()).into_diagnostic()?;
    stdout.flush().into_diagnostic()?;
    Ok(exit::OK)
}

pub fn run(args: AnalyzeArgs, global: &Global) -> Result<u8> {
    if args.recursive {
        eprintln!("the `--recursive` flag has been removed: directories are always walked recursively");
        return Ok(exit::OK);
    }
    if args.list_analyzers {
        return list_analyzers();
    }
    let output = parse_output(&args.output)?;
    let output_threshold = parse_level(&args.output_threshold, "--output-threshold")?;
    let failure_threshold = parse_level(&args.failure_threshold, "--failure-threshold")?;
    let mut suppressions = Vec::new();
    for s in &args.suppress {
        let sup = Suppression::parse(s).ok_or_else(|| {
            Failure::usage(format!("`{s}` is not a valid suppression"))
                .help("write it as `CODE=Kind namespace/name`, e.g. `-S \"IST0102=Namespace frod\"`")
        })?;
        if catalog().get(&sup.code).is_none() {
            eprintln!("warning: `{}` is not a known message code; the suppression has no effect", sup.code);
        }
        suppressions.push(sup);
    }
    let (mut selected, unknown) = registry::select(&args.analyzer);
    for u in &unknown {
        eprintln!("warning: there is no analyzer named `{u}` (see `meshctl analyze -L`)");
    }
    if selected.is_empty() {
        selected = registry::select(&[]).0;
    }

    let mesh_file = match &args.mesh_config_file {
        Some(p) => Some(read_yaml_file(p, "mesh config")?),
        None => None,
    };
    let networks_file = match &args.mesh_networks_file {
        Some(p) => Some(read_yaml_file(p, "mesh networks")?),
        None => None,
    };
    let namespace = match &global.namespace {
        Some(ns) => ns.clone(),
        None if args.use_kube => {
            crate::cluster::default_namespace(global).unwrap_or_else(|| "default".to_string())
        }
        None => "default".to_string(),
    };
    let istio_ns = global.istio_namespace.clone();
    let target =
        if args.all_namespaces { "all namespaces".to_string() } else { format!("namespace: {namespace}") };

    if let Some(missing) = args.files.iter().find(|f| *f != "-" && !std::path::Path::new(f).exists()) {
        return Err(Failure::new(format!("cannot read `{missing}`: no such file or directory"))
            .help("check the path; pass `-` to read from stdin")
            .into());
    }
    let mut builder = SnapshotBuilder::new();
    if args.files.iter().any(|f| f == "-")
        && std::io::stdin().is_terminal()
        && matches!(output, OutputKind::Log)
    {
        eprintln!("Reading from stdin:");
    }
    if args.use_kube {
        // The cluster first: files given on the command line overlay what it holds.
        let objects =
            live_objects(global, &selected, &namespace, &istio_ns, &args.revision, args.all_namespaces)?;
        builder.add_cluster_objects(objects, "");
    }
    let read = input::read_paths(&mut builder, &args.files);
    let mesh_networks = input::effective_mesh_networks(&builder, &istio_ns, &args.revision, networks_file);
    let mesh = input::effective_mesh(&builder, &istio_ns, &args.revision, mesh_file.as_ref())
        .map_err(Failure::new)?;
    for s in &read.skipped {
        eprintln!("skipping `{s}`: only .json, .yaml and .yml files are analysed");
    }
    if !args.use_kube {
        input::add_default_resources(&mut builder, &mesh, &istio_ns);
    }
    // Never dropped: freeing every parsed object one by one costs about a tenth of a run on
    // large inputs, and the process exits right after printing (the OS reclaims it at once).
    let snapshot = std::mem::ManuallyDrop::new(builder.build(&namespace));
    let crds: Vec<Value> = crate::assets::crds().into_iter().map(|(v, _)| v).collect();
    let schemas = crate::schema::CrdSchemas::from_crds(&crds);
    let validate = crate::analyze::schema_check::from_crds(&schemas);
    let ctx = Context {
        snapshot: &snapshot,
        mesh: &mesh,
        mesh_networks: mesh_networks.as_ref(),
        istio_namespace: &istio_ns,
        schema: Some(&validate),
    };
    let mut messages = run_analyzers(&ctx, &selected);
    if !args.all_namespaces {
        messages.retain(|m| {
            m.origin.as_ref().is_none_or(|o| {
                // A Namespace belongs to the namespace it names.
                if o.kind == "Namespace" {
                    o.name == namespace
                } else {
                    o.namespace.is_empty() || o.namespace == namespace
                }
            })
        });
    }
    suppress(&mut messages, &suppressions);
    if global.verbose > 0 {
        eprintln!("Analyzed {} resources in {target}", snapshot.len());
        eprintln!("Executed analyzers:");
        for a in &selected {
            eprintln!("    {}", a.metadata().name);
        }
    }

    for e in &read.errors {
        if e.line == 0 {
            eprintln!("error: {}: {}", e.file, e.message);
        } else {
            eprintln!("error: {}:{}: {}", e.file, e.line, e.message);
        }
    }
    let failed = messages.iter().any(|m| m.level() >= failure_threshold);
    let shown: Vec<&Message> = messages.iter().filter(|m| m.level() >= output_threshold).collect();

    match output {
        OutputKind::Data(format) => {
            let list: Vec<Message> = shown.into_iter().cloned().collect();
            print_value(&report::to_list(&list), format)?;
            // As istioctl: machine-readable output always exits 0 unless the command fails.
            Ok(exit::OK)
        }
        OutputKind::Log => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let mut out = String::new();
            for m in &shown {
                out.push_str(&report::log_line(m, color));
                out.push('\n');
            }
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(out.as_bytes()).into_diagnostic()?;
            stdout.flush().into_diagnostic()?;
            let _ = stderr_color;
            if messages.is_empty() {
                let what = if read.files.len() == 1 && read.errors.is_empty() {
                    read.files[0].clone()
                } else {
                    target.clone()
                };
                let mark = "\u{2714} ";
                if read.errors.is_empty() {
                    eprintln!("{mark}No validation issues found when analyzing {what}.");
                } else {
                    let n = read.errors.len();
                    eprintln!(
                        "No validation issues found when analyzing {target} (but {n} {} could not be parsed).",
                        if n == 1 { "document" } else { "documents" }
                    );
                }
            }
            if failed {
                eprintln!("error: analyzers found issues when analyzing {target}.");
                eprintln!(
                    "help: see {} for what each message means and how to fix it.",
                    report::analysis_docs_url()
                );
                return Ok(exit::ANALYZE_FOUND_ISSUES);
            }
            if !read.errors.is_empty() && !args.ignore_unknown {
                return Ok(exit::UNPARSEABLE);
            }
            Ok(exit::OK)
        }
    }
}

/// Lists what the selected analyzers read from the cluster: their kinds in the analysed
/// namespace and the Istio namespace (or everywhere with `-A`), and the mesh and injector
/// ConfigMaps by name — never every ConfigMap of a large cluster.
fn live_objects(
    global: &Global,
    selected: &[&dyn crate::analyze::Analyzer],
    namespace: &str,
    istio_ns: &str,
    revision: &str,
    all: bool,
) -> Result<Vec<Value>, Failure> {
    use crate::cluster::{Cluster, ObjectRef};
    // ConfigMaps are read by name (and, for other revisions, by the `istio.io/rev` label in
    // the Istio namespace): a cluster may hold tens of thousands of them.
    let kinds: Vec<(String, String)> =
        registry::kinds_needed(selected).into_iter().filter(|(_, k)| k != "ConfigMap").collect();
    let named = registry::named_objects_needed(istio_ns, revision);
    super::cluster_args::runtime()?.block_on(async {
        let cluster = Cluster::connect(global).await?;
        let cluster = &cluster;
        let mut scopes: Vec<Option<&str>> = if all { vec![None] } else { vec![Some(namespace)] };
        if !all && namespace != istio_ns {
            scopes.push(Some(istio_ns));
        }
        let scopes = &scopes;
        let lists = futures::future::join_all(kinds.iter().map(|(av, kind)| async move {
            let namespaced = match cluster.resource(av, kind).await {
                Ok((_, n)) => n,
                // A kind the cluster does not serve (e.g. Gateway API CRDs not installed).
                Err(e) if e.is_not_found() => return Ok(Vec::new()),
                Err(e) => return Err(e.into_failure(&cluster.connection, "list", kind)),
            };
            let mut out = Vec::new();
            for scope in if namespaced { scopes.clone() } else { vec![None] } {
                match cluster.list(av, kind, scope, None).await {
                    Ok(items) => out.extend(items),
                    Err(e) if e.is_not_found() => {}
                    Err(e) => {
                        return Err(e.into_failure(&cluster.connection, "list", &format!("{kind} objects")));
                    }
                }
            }
            Ok(out)
        }))
        .await;
        let mut objects = Vec::new();
        for l in lists {
            objects.extend(l?);
        }
        let revisions = cluster
            .list("v1", "ConfigMap", Some(istio_ns), Some("istio.io/rev"))
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "list", &format!("ConfigMaps in {istio_ns}")))?;
        let named: Vec<_> = named
            .into_iter()
            .filter(|(_, _, _, n)| !revisions.iter().any(|c| c["metadata"]["name"] == *n.as_str()))
            .collect();
        objects.extend(revisions);
        for (api_version, kind, ns, name) in named {
            let r = ObjectRef { api_version, kind, namespace: ns, name };
            if let Some(o) = cluster
                .get(&r)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "get", &r.to_string()))?
            {
                objects.push(o);
            }
        }
        Ok(objects)
    })
}
