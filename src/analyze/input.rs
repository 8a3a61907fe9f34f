//! Gathering input: files, directories (walked recursively), stdin, and the default
//! resources that stand in for a cluster when analysing files only.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

use super::snapshot::{InputError, Parsed, SnapshotBuilder, Source, kinds, parse_documents};
use super::tree::forget_interned;
use crate::resource::{RawDoc, split_documents};

/// Extensions analysed; other files in a directory are skipped with a note.
pub const EXTENSIONS: &[&str] = &["yaml", "yml", "json"];

/// What reading the inputs produced besides resources.
#[derive(Debug, Default)]
pub struct ReadReport {
    /// Documents, files or directories that could not be read.
    pub errors: Vec<InputError>,
    /// Files skipped for their extension.
    pub skipped: Vec<String>,
    /// Files read.
    pub files: Vec<String>,
    /// Links skipped because they lead to a directory or file already read: `(link, target)`.
    pub loops: Vec<(String, String)>,
}

/// Reads `paths` (files, directories, or `-` for stdin) into the builder. Directories are
/// walked recursively unless `recursive` is false; each file is read once however many paths
/// lead to it, and links back into a directory being walked (`a -> .`, `sub/up -> ..`) are
/// skipped and reported instead of followed forever. Files are parsed on [`parse_threads`]
/// threads; what they hold is added in input order whatever the thread count.
pub fn read_paths(builder: &mut SnapshotBuilder, paths: &[String], recursive: bool) -> ReadReport {
    read_paths_on(builder, paths, recursive, parse_threads())
}

/// [`read_paths`] on `threads` threads.
pub fn read_paths_on(
    builder: &mut SnapshotBuilder,
    paths: &[String],
    recursive: bool,
    threads: usize,
) -> ReadReport {
    let mut report = ReadReport::default();
    let mut steps: Vec<Step> = Vec::new();
    let mut seen_files: HashSet<PathBuf> = HashSet::new();
    for p in paths {
        if p == "-" {
            let mut text = String::new();
            match std::io::stdin().read_to_string(&mut text) {
                Ok(_) => steps.push(Step::Text { name: Arc::from("-"), text: Arc::from(text) }),
                Err(e) => steps.push(Step::Error(InputError {
                    file: "-".into(),
                    line: 0,
                    message: format!("cannot read stdin: {e}"),
                })),
            }
            continue;
        }
        let path = Path::new(p);
        if path.is_dir() {
            let mut walk = Walk {
                files: Vec::new(),
                seen_dirs: HashSet::new(),
                report: &mut report,
                steps: &mut steps,
                recursive,
            };
            walk.dir(path);
            let mut files = walk.files;
            files.sort();
            for f in files {
                let name = f.to_string_lossy().to_string();
                if !has_extension(&f) {
                    report.skipped.push(name);
                } else if first_visit(&mut seen_files, &f) {
                    read_file(&name, &mut steps, &mut report);
                }
            }
        } else if has_extension(path) || !path.exists() {
            if first_visit(&mut seen_files, path) {
                read_file(p, &mut steps, &mut report);
            }
        } else {
            report.skipped.push(p.clone());
        }
    }
    parse_steps(builder, steps, threads, &mut report);
    report
}

/// True the first time a file is met (by its canonical path).
fn first_visit(seen: &mut HashSet<PathBuf>, path: &Path) -> bool {
    seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

fn has_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e))
}

/// A directory walk that enters each directory once.
struct Walk<'a> {
    files: Vec<PathBuf>,
    seen_dirs: HashSet<PathBuf>,
    report: &'a mut ReadReport,
    steps: &'a mut Vec<Step>,
    recursive: bool,
}

impl Walk<'_> {
    fn dir(&mut self, dir: &Path) {
        let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.seen_dirs.insert(canonical.clone()) {
            self.report
                .loops
                .push((dir.to_string_lossy().to_string(), canonical.to_string_lossy().to_string()));
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                // Not silently empty: an unreadable directory may hold the very mistake.
                self.steps.push(Step::Error(InputError {
                    file: dir.to_string_lossy().to_string(),
                    line: 0,
                    message: format!("cannot read the directory: {e}"),
                }));
                return;
            }
        };
        let mut subdirs = Vec::new();
        for e in entries {
            let e = match e {
                Ok(e) => e,
                Err(err) => {
                    self.steps.push(Step::Error(InputError {
                        file: dir.to_string_lossy().to_string(),
                        line: 0,
                        message: format!("cannot list the directory: {err}"),
                    }));
                    continue;
                }
            };
            let p = e.path();
            if p.is_dir() {
                if self.recursive {
                    subdirs.push(p);
                }
            } else {
                self.files.push(p);
            }
        }
        subdirs.sort();
        for d in subdirs {
            self.dir(&d);
        }
    }
}

/// A file is read by the thread that parses it, and its text dropped once parsed (a message's
/// line is found by reading the file again, see [`super::snapshot::InputFile`]): the whole input is
/// never held at once besides its parsed form.
fn read_file(name: &str, steps: &mut Vec<Step>, _report: &mut ReadReport) {
    steps.push(Step::File { name: Arc::from(name) });
}

/// Reads and parses one file.
fn parse_file(name: &Arc<str>) -> Result<Parsed, InputError> {
    let text: Arc<str> = match std::fs::read_to_string(&**name) {
        Ok(text) => Arc::from(text),
        Err(e) => {
            return Err(InputError { file: name.to_string(), line: 0, message: format!("cannot read: {e}") });
        }
    };
    let docs = split_documents(&text);
    Ok(parse_documents(name, &text, &docs, false))
}

/// One input, in input order: stdin's text, a file to read, or an error met finding inputs.
enum Step {
    Text { name: Arc<str>, text: Arc<str> },
    File { name: Arc<str> },
    Error(InputError),
}

/// One piece of parsing work: some documents of stdin, or a whole file.
enum Unit<'a> {
    Docs(usize, Vec<RawDoc<'a>>),
    File(usize),
}

impl Unit<'_> {
    fn step(&self) -> usize {
        match self {
            Unit::Docs(s, _) | Unit::File(s) => *s,
        }
    }
}

/// Documents parsed per unit of work: enough to outweigh the hand-over, small enough that one
/// large file (a `kubectl get -o yaml` dump) still spreads over every thread.
const DOCS_PER_UNIT: usize = 64;

/// The environment variable that caps the threads parsing input (default: every CPU the
/// process may use).
pub const THREADS_ENV: &str = "MESHCTL_THREADS";

/// Threads to parse with: `MESHCTL_THREADS` when set to a positive number, else every CPU the
/// process may use.
pub fn parse_threads() -> usize {
    std::env::var(THREADS_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map(usize::from).unwrap_or(1))
}

/// Parses every step's documents on `threads` threads and adds them to the builder in input
/// order (the order the steps were given, then document order), so the snapshot and every
/// error are the same whatever the thread count.
///
/// What the threads parse is added as soon as everything before it is: the parsed pieces are
/// not all held besides the builder's list of resources.
fn parse_steps(builder: &mut SnapshotBuilder, steps: Vec<Step>, threads: usize, report: &mut ReadReport) {
    // Units in input order.
    let mut units: Vec<Unit<'_>> = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        match step {
            Step::Text { text, .. } => {
                let docs = split_documents(text);
                let mut docs = docs.into_iter().peekable();
                while docs.peek().is_some() {
                    units.push(Unit::Docs(i, docs.by_ref().take(DOCS_PER_UNIT).collect()));
                }
            }
            Step::File { .. } => units.push(Unit::File(i)),
            Step::Error(_) => {}
        }
    }
    let next = AtomicUsize::new(0);
    let threads = threads.clamp(1, units.len().max(1));
    let (units, steps) = (&units, &steps);
    std::thread::scope(|scope| {
        let (send, done) = std::sync::mpsc::channel::<(usize, Result<Parsed, InputError>)>();
        for _ in 0..threads {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let u = next.fetch_add(1, Ordering::Relaxed);
                    let Some(unit) = units.get(u) else { break };
                    let parsed = match (unit, &steps[unit.step()]) {
                        (Unit::Docs(_, docs), Step::Text { name, text }) => {
                            Ok(parse_documents(name, text, docs, true))
                        }
                        (Unit::File(_), Step::File { name }) => parse_file(name),
                        _ => continue,
                    };
                    if send.send((u, parsed)).is_err() {
                        break;
                    }
                }
                // The trees keep their strings; the table is no longer needed.
                forget_interned();
                super::yaml_events::forget_plain_scalars();
            });
        }
        drop(send);
        // Units that arrived before the ones ahead of them in input order.
        let mut early: Vec<Option<Result<Parsed, InputError>>> = (0..units.len()).map(|_| None).collect();
        let mut u = 0usize;
        for (i, step) in steps.iter().enumerate() {
            let name = match step {
                Step::Error(e) => {
                    report.errors.push(e.clone());
                    continue;
                }
                Step::Text { name, .. } | Step::File { name } => name,
            };
            let mut read = true;
            while units.get(u).is_some_and(|unit| unit.step() == i) {
                let parsed = loop {
                    if let Some(p) = early[u].take() {
                        break p;
                    }
                    // A worker that panicked drops its sender: the scope re-raises the panic.
                    let Ok((v, p)) = done.recv() else { return };
                    early[v] = Some(p);
                };
                match parsed {
                    Ok(p) => report.errors.extend(builder.add_parsed(p)),
                    Err(e) => {
                        read = false;
                        report.errors.push(e);
                    }
                }
                u += 1;
            }
            if read {
                report.files.push(name.to_string());
            }
        }
    });
}

/// The mesh config analyzers see: the built-in defaults, then the `mesh` key of the control
/// plane's `istio` ConfigMap (`istio-<revision>` for a revision) when the input holds one, then
/// an explicit mesh config file. Returns an error message for an unreadable ConfigMap.
pub fn effective_mesh(
    builder: &SnapshotBuilder,
    istio_ns: &str,
    revision: &str,
    file: Option<&Value>,
) -> Result<Value, String> {
    let mut mesh = crate::values::mesh_defaults();
    let name = if revision.is_empty() || revision == "default" {
        "istio".to_string()
    } else {
        format!("istio-{revision}")
    };
    if let Some(text) =
        builder.find_value(kinds::CONFIG_MAP, istio_ns, &name).and_then(|cm| cm["data"]["mesh"].as_str())
    {
        let from_cm: Value = serde_saphyr::from_str(text)
            .map_err(|e| format!("the mesh config in ConfigMap {istio_ns}/{name} cannot be parsed: {e}"))?;
        if !from_cm.is_null() {
            crate::values::merge(&mut mesh, &from_cm);
        }
    }
    if let Some(f) = file.filter(|f| !f.is_null()) {
        crate::values::merge(&mut mesh, f);
    }
    Ok(mesh)
}

/// The mesh networks config: the file given on the command line, else the `meshNetworks` key
/// of the control plane's `istio` ConfigMap when the input holds one.
pub fn effective_mesh_networks(
    builder: &SnapshotBuilder,
    istio_ns: &str,
    revision: &str,
    file: Option<Value>,
) -> Option<Value> {
    if file.is_some() {
        return file;
    }
    let name = if revision.is_empty() || revision == "default" {
        "istio".to_string()
    } else {
        format!("istio-{revision}")
    };
    let text =
        builder.find_value(kinds::CONFIG_MAP, istio_ns, &name)?.get("data")?.get("meshNetworks")?.as_str()?;
    serde_saphyr::from_str::<Value>(text).ok().filter(|v| !v.is_null())
}

/// Adds the stand-ins for what a cluster always has when analysing files only: the ingress
/// gateway Service and one of its pods in the Istio namespace, as `meshctl install` renders
/// them (labels and ports from the default profile, so a Gateway on port 8080 matches the
/// Service's 80 → 8080). Skipped when the mesh config turns the ingress controller off, and for
/// objects the files already define.
pub fn add_default_resources(builder: &mut SnapshotBuilder, mesh: &Value, istio_ns: &str) {
    if mesh["ingressControllerMode"].as_str() == Some("OFF") {
        return;
    }
    let svc = mesh["ingressService"].as_str().filter(|s| !s.is_empty()).unwrap_or("istio-ingressgateway");
    let gw = crate::assets::profile_value("default.yaml")
        .map(|p| p["spec"]["values"]["gateways"]["istio-ingressgateway"].clone())
        .unwrap_or(Value::Null);
    let labels = match gw.get("labels") {
        Some(l @ Value::Object(_)) => l.clone(),
        _ => json!({"app": "istio-ingressgateway", "istio": "ingressgateway"}),
    };
    let ports = match gw.get("ports") {
        Some(p @ Value::Array(_)) => p.clone(),
        _ => json!([{"name": "http2", "port": 80, "targetPort": 8080, "protocol": "TCP"}]),
    };
    let pod_name = format!("{svc}-dummypod");
    if !builder.contains(kinds::POD, istio_ns, &pod_name) {
        let pod = json!({
            "apiVersion": "v1",
            "kind": "Pod",
            "metadata": {"name": pod_name, "namespace": istio_ns, "labels": labels},
            "spec": {"containers": [{"name": "istio-proxy"}]},
        });
        let _ = builder.add_value(pod.into(), Source::Builtin);
    }
    if !builder.contains(kinds::SERVICE, istio_ns, svc) {
        let service = json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": svc, "namespace": istio_ns, "labels": labels},
            "spec": {"selector": labels, "ports": ports},
        });
        let _ = builder.add_value(service.into(), Source::Builtin);
    }
}
