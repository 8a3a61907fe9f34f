//! `meshctl analyze`: find problems in Istio configuration, in files or a cluster.

use std::io::{IsTerminal, Write};

use clap::Args;
use miette::IntoDiagnostic;
use serde_json::Value;

use super::Global;
use super::runtime::connect_options;
use crate::analyze::messages::{Level, Message, catalog};
use crate::analyze::snapshot::SnapshotBuilder;
use crate::analyze::tree;
use crate::analyze::{Context, Suppression, input, registry, report, run as run_analyzers, suppress};
use crate::error::{Failure, Result, exit};
use crate::output::{Format, print_value};

#[derive(Debug, Args)]
#[command(mut_args(bool_flags))]
pub struct AnalyzeArgs {
    /// Files or directories to analyse (directories are walked recursively; `-` reads stdin)
    #[arg(value_name = "FILE|DIR|-")]
    pub files: Vec<String>,
    /// Analyse every namespace instead of only the selected one
    #[arg(short = 'A', long = "all-namespaces", visible_alias = "allNamespaces")]
    pub all_namespaces: bool,
    /// Read resources from the live cluster (`--use-kube=false` analyses files only)
    #[arg(short = 'k', long = "use-kube", visible_alias = "useKube", default_value = "true")]
    pub use_kube: bool,
    /// Output format: `log`, `json`, `yaml` or `sarif` (SARIF 2.1.0, for CI code scanning).
    /// `json`, `yaml` and `sarif` exit 0 whatever they report (as istioctl), unless
    /// `--failure-threshold` is given explicitly
    #[arg(
        short = 'o',
        long = "output",
        default_value = "log",
        value_name = "FORMAT",
        value_parser = super::suggest::Suggest::new(["log", "json", "yaml", "sarif"]),
        hide_possible_values = true
    )]
    pub output: String,
    /// Lowest level printed: Info, Warning or Error
    #[arg(
        long = "output-threshold",
        visible_alias = "outputThreshold",
        default_value = "Info",
        value_name = "LEVEL"
    )]
    pub output_threshold: String,
    /// Lowest level that makes the exit code non-zero (79): Info, Warning or Error [default:
    /// Error; with `-o json|yaml|sarif` only when given]
    #[arg(long = "failure-threshold", visible_alias = "failureThreshold", value_name = "LEVEL")]
    pub failure_threshold: Option<String>,
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
    #[arg(long = "ignore-unknown", visible_alias = "ignoreUnknown", default_value = "false")]
    pub ignore_unknown: bool,
    /// Walk directories recursively (`--recursive=false` reads only the files directly in them)
    #[arg(short = 'R', long = "recursive", default_value = "true")]
    pub recursive: bool,
    /// Colour the level of each message [default: when stdout is a terminal, `NO_COLOR` is
    /// unset and `TERM` is not `dumb`]
    #[arg(long = "color")]
    pub color: Option<bool>,
    /// How long reading the cluster may take, e.g. `30s`, `2m`
    #[arg(long = "timeout", default_value = "30s", value_name = "DURATION", value_parser = crate::duration::parse_duration)]
    pub timeout: std::time::Duration,
    /// Control plane revision to analyse in the live cluster
    #[arg(short = 'r', long = "revision", default_value = "default", value_name = "REV")]
    pub revision: String,
}

/// Upstream's boolean flags, by field: `--flag` alone means true, `--flag=false` turns it off.
const BOOL_FLAGS: &[&str] = &["use_kube", "ignore_unknown", "recursive", "color"];

/// Declares the [`BOOL_FLAGS`] once; the `=` is required so that a following file name is
/// never taken for the value.
fn bool_flags(a: clap::Arg) -> clap::Arg {
    if !BOOL_FLAGS.contains(&a.get_id().as_str()) {
        return a;
    }
    a.num_args(0..=1)
        .require_equals(true)
        .default_missing_value("true")
        .value_parser(clap::builder::BoolishValueParser::new())
        .value_name("BOOL")
}

enum OutputKind {
    Log,
    Data(Format),
    Sarif,
}

fn parse_output(s: &str) -> Result<OutputKind, Failure> {
    match s.to_ascii_lowercase().as_str() {
        "log" => Ok(OutputKind::Log),
        "json" => Ok(OutputKind::Data(Format::Json)),
        "yaml" => Ok(OutputKind::Data(Format::Yaml)),
        "sarif" => Ok(OutputKind::Sarif),
        _ => Err(Failure::usage(format!("`{s}` is not an output format"))
            .help("use `-o log`, `-o json`, `-o yaml` or `-o sarif`")),
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

/// True for a valid namespace name (an RFC 1123 label).
fn is_namespace_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

pub fn run(args: AnalyzeArgs, global: &Global) -> Result<u8> {
    if args.list_analyzers {
        return list_analyzers();
    }
    let output = parse_output(&args.output)?;
    let output_threshold = parse_level(&args.output_threshold, "--output-threshold")?;
    let explicit_failure_threshold = args.failure_threshold.is_some();
    let failure_threshold =
        parse_level(args.failure_threshold.as_deref().unwrap_or("Error"), "--failure-threshold")?;
    for (flag, ns) in [
        ("--namespace", global.namespace.as_deref()),
        ("--istioNamespace", Some(&global.istio_namespace[..])),
    ] {
        if let Some(ns) = ns.filter(|ns| !is_namespace_name(ns)) {
            return Err(Failure::usage(format!("`{ns}` is not a valid namespace name for `{flag}`"))
                .help("namespace names are lower-case letters, digits and `-`, at most 63, starting and ending with a letter or digit")
                .into());
        }
    }
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
    let (selected, unknown) = registry::select(&args.analyzer);
    if let Some(u) = unknown.first() {
        let names: Vec<String> =
            registry::all().iter().chain(registry::opt_in()).map(|a| a.metadata().name).collect();
        let help = match crate::values::nearest(u, names.iter().map(String::as_str)) {
            Some(n) => format!("did you mean `{n}`? `meshctl analyze -L` lists the analyzers"),
            None => "`meshctl analyze -L` lists the analyzers".to_string(),
        };
        return Err(Failure::usage(format!("there is no analyzer named `{u}`")).help(help).into());
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
        None if args.use_kube => crate::cluster::default_namespace(&connect_options(global))
            .unwrap_or_else(|| "default".to_string()),
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
        let objects = live_objects(
            global,
            &selected,
            &namespace,
            &istio_ns,
            &args.revision,
            args.all_namespaces,
            args.timeout,
        )
        .map_err(|mut e| {
            if !args.files.is_empty() {
                let offline = "to analyse the files without a cluster, add `--use-kube=false`";
                e.help = Some(match e.help.take() {
                    Some(h) => format!("{h}; {offline}"),
                    None => offline.to_string(),
                });
            }
            e
        })?;
        builder.add_cluster_objects(objects, "");
    }
    let read = input::read_paths(&mut builder, &args.files, args.recursive);
    let mesh_networks = input::effective_mesh_networks(&builder, &istio_ns, &args.revision, networks_file);
    let mesh = input::effective_mesh(&builder, &istio_ns, &args.revision, mesh_file.as_ref())
        .map_err(Failure::new)?;
    for s in &read.skipped {
        eprintln!("skipping `{s}`: only .json, .yaml and .yml files are analysed");
    }
    for (link, target) in &read.loops {
        eprintln!("skipping `{link}`: it leads back to `{target}`, which is already being read");
    }
    if !args.use_kube {
        input::add_default_resources(&mut builder, &mesh, &istio_ns);
    }
    // Never dropped: freeing every parsed object one by one costs about a tenth of a run on
    // large inputs, and the process exits right after printing (the OS reclaims it at once).
    let snapshot = std::mem::ManuallyDrop::new(builder.build(&namespace));
    let crds: Vec<Value> = crate::assets::crds().into_iter().map(|(v, _)| v).collect();
    for note in unknown_istio_kinds(&snapshot, &crds) {
        eprintln!("note: {note}");
    }
    let schemas = crate::schema::CrdSchemas::from_crds(&crds);
    let validate = crate::analyze::schema_check::from_crds(&schemas);
    let mesh = crate::analyze::tree::Value::from(&mesh);
    let mesh_networks = mesh_networks.as_ref().map(crate::analyze::tree::Value::from);
    let ctx = Context {
        snapshot: &snapshot,
        mesh: &mesh,
        mesh_networks: mesh_networks.as_ref(),
        istio_namespace: &istio_ns,
        schema: Some(&validate),
    };
    let mut messages = run_analyzers(&ctx, &selected);
    // Namespaces whose messages are left out (without -A only the selected one is reported,
    // as istioctl does): the log says so, so a file analysed clean is not taken for "no
    // issues" when its objects are in another namespace.
    let mut elsewhere: Vec<String> = Vec::new();
    if !args.all_namespaces {
        messages.retain(|m| {
            let Some(o) = m.origin.as_ref() else { return true };
            // A Namespace belongs to the namespace it names.
            let owner = if o.kind == "Namespace" { &o.name } else { &o.namespace };
            let kept = owner.is_empty() || *owner == namespace;
            // Only objects read from files: a live run names its namespace on purpose, and
            // other namespaces (an unlabelled `default`) would add the note to every run.
            if !kept && o.reference.is_some() && !elsewhere.contains(owner) {
                elsewhere.push(owner.clone());
            }
            kept
        });
        elsewhere.sort();
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
        OutputKind::Data(_) | OutputKind::Sarif => {
            let list: Vec<Message> = shown.into_iter().cloned().collect();
            match output {
                OutputKind::Data(format) => print_value(&report::to_list(&list), format)?,
                _ => print_value(&report::to_sarif(&list), Format::Json)?,
            }
            // As istioctl: machine-readable output exits 0 whatever it reports, so a pipeline
            // reads it; an explicit failure threshold asks for the exit code anyway.
            if failed && explicit_failure_threshold {
                return Ok(exit::ANALYZE_FOUND_ISSUES);
            }
            Ok(exit::OK)
        }
        OutputKind::Log => {
            let color = args.color.unwrap_or_else(|| {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none()
                    && std::env::var("TERM").is_ok_and(|t| t != "dumb")
            });
            let mut out = String::new();
            for m in &shown {
                out.push_str(&report::log_line(m, color));
                out.push('\n');
            }
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(out.as_bytes()).into_diagnostic()?;
            stdout.flush().into_diagnostic()?;
            if messages.is_empty() {
                let what = if read.files.len() == 1 && read.errors.is_empty() && elsewhere.is_empty() {
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
                        "No validation issues found when analyzing {target} (but {n} {} could not be read).",
                        if n == 1 { "input" } else { "inputs" }
                    );
                }
            }
            if let Some(first) = elsewhere.first() {
                let n = elsewhere.len();
                eprintln!(
                    "note: issues in {n} other {} ({}) are not shown: add -A, or -n {first}.",
                    if n == 1 { "namespace" } else { "namespaces" },
                    elsewhere.join(", ")
                );
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

/// Objects asked for per list request: pages keep what is held in the server's form small on
/// large clusters (kubectl's `--chunk-size` default is the same).
const LIST_PAGE: u32 = 500;

/// A listed object with its `apiVersion` and `kind` first, as a file holds them: the server
/// leaves them out of built-in kinds' list items.
fn typed(o: tree::Value, api_version: &str, kind: &str) -> tree::Value {
    let tree::Value::Object(map) = o else { return o };
    // Custom resources' items come typed, in that order: nothing to rebuild.
    let typed_first = {
        let mut keys = map.iter().map(|(k, v)| (&**k, v.as_str().is_some_and(|s| !s.is_empty())));
        keys.next() == Some(("apiVersion", true)) && keys.next() == Some(("kind", true))
    };
    if typed_first {
        return tree::Value::Object(map);
    }
    let field = |key: &str, default: &str| {
        let v = map.get(key).cloned().filter(|v| v.as_str().is_some_and(|s| !s.is_empty()));
        (tree::intern(key), v.unwrap_or_else(|| tree::Value::String(tree::intern(default))))
    };
    let head = [field("apiVersion", api_version), field("kind", kind)];
    let rest = map
        .iter()
        .filter(|(k, _)| &***k != "apiVersion" && &***k != "kind")
        .map(|(k, v)| (k.clone(), v.clone()));
    tree::Value::Object(head.into_iter().chain(rest).collect())
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
    timeout: std::time::Duration,
) -> Result<Vec<tree::Value>, Failure> {
    use crate::cluster::{Cluster, ObjectRef};
    let verbose = global.verbose > 0;
    let requests = &std::sync::atomic::AtomicUsize::new(0);
    // ConfigMaps are read by name (and, for other revisions, by the `istio.io/rev` label in
    // the Istio namespace): a cluster may hold tens of thousands of them.
    let kinds: Vec<(String, String)> =
        registry::kinds_needed(selected).into_iter().filter(|(_, k)| k != "ConfigMap").collect();
    let named = registry::named_objects_needed(istio_ns, revision);
    let read = async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let cluster = &cluster;
        if !all {
            // An analysis of a namespace that does not exist would find nothing and say the
            // namespace is fine.
            let r = ObjectRef {
                api_version: "v1".into(),
                kind: "Namespace".into(),
                namespace: String::new(),
                name: namespace.to_string(),
            };
            let found = cluster
                .get(&r)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("namespace {namespace}")))?;
            if found.is_none() {
                return Err(Failure::new(format!("namespace `{namespace}` not found"))
                    .help("check the name with `kubectl get namespaces`; `-A` analyses every namespace"));
            }
        }
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
                // Decoded into the compact form a page at a time.
                match cluster.list_paged(av, kind, scope, None, LIST_PAGE, |o| typed(o, av, kind)).await {
                    Ok((items, n)) => {
                        out.extend(items);
                        requests.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
                    }
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
        let (revisions, n) = cluster
            .list_paged("v1", "ConfigMap", Some(istio_ns), Some("istio.io/rev"), LIST_PAGE, |o| {
                typed(o, "v1", "ConfigMap")
            })
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "list", &format!("ConfigMaps in {istio_ns}")))?;
        requests.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
        let named: Vec<_> = named
            .into_iter()
            .filter(|(_, _, _, n)| {
                !revisions.iter().any(|c| c["metadata"]["name"].as_str() == Some(n.as_str()))
            })
            .collect();
        objects.extend(revisions);
        for (api_version, kind, ns, name) in named {
            let r = ObjectRef { api_version, kind, namespace: ns, name };
            if let Some(o) = cluster
                .get(&r)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "get", &r.to_string()))?
            {
                objects.push(tree::Value::from(o));
            }
            requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        if verbose {
            eprintln!(
                "Read {} objects from the cluster in {} requests",
                objects.len(),
                requests.load(std::sync::atomic::Ordering::Relaxed)
            );
        }
        Ok(objects)
    };
    super::runtime::runtime()?.block_on(async {
        tokio::time::timeout(timeout, read).await.unwrap_or_else(|_| {
            Err(Failure::new(format!("reading the cluster took longer than {}s", timeout.as_secs_f64()))
                .help("raise `--timeout`, or check the cluster's health"))
        })
    })
}

/// Objects read from files whose kind is in an Istio API group but is not one of the kinds the
/// CRDs define: analyze passes over them (an API server would refuse them: no such kind), so
/// it says so, naming the replacement of a kind Istio retired (a workshop's RouteRule).
fn unknown_istio_kinds(snapshot: &crate::analyze::snapshot::Snapshot, crds: &[Value]) -> Vec<String> {
    let known: std::collections::HashSet<(&str, &str)> = crds
        .iter()
        .filter_map(|c| Some((c["spec"]["group"].as_str()?, c["spec"]["names"]["kind"].as_str()?)))
        .collect();
    snapshot
        .all()
        .iter()
        .filter(|r| r.source.is_file() && r.group.ends_with("istio.io") && r.group != "install.istio.io")
        .filter(|r| !known.contains(&(r.group.as_str(), r.kind.as_str())))
        .map(|r| {
            let at = r.reference("").unwrap_or_default();
            let what = format!("{at}: {} {} ({}) was not analysed", r.kind, r.full_name(), r.group);
            match crate::analyze::retired_kinds::replacement(&r.group, &r.kind) {
                Some(instead) => format!("{what}: Istio no longer serves {}: {instead}", r.kind),
                None => format!("{what}: no Istio CRD defines this kind; check its kind and apiVersion"),
            }
        })
        .collect()
}
