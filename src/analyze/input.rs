//! Gathering input: files, directories (walked recursively), stdin, and the default
//! resources that stand in for a cluster when analysing files only.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{Value, json};

use super::snapshot::{InputError, SnapshotBuilder, Source, kinds};

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
/// skipped and reported instead of followed forever.
pub fn read_paths(builder: &mut SnapshotBuilder, paths: &[String], recursive: bool) -> ReadReport {
    let mut report = ReadReport::default();
    let mut seen_files: HashSet<PathBuf> = HashSet::new();
    for p in paths {
        if p == "-" {
            let mut text = String::new();
            match std::io::stdin().read_to_string(&mut text) {
                Ok(_) => {
                    report.errors.extend(builder.add_text("-", Arc::from(text)));
                    report.files.push("-".into());
                }
                Err(e) => report.errors.push(InputError {
                    file: "-".into(),
                    line: 0,
                    message: format!("cannot read stdin: {e}"),
                }),
            }
            continue;
        }
        let path = Path::new(p);
        if path.is_dir() {
            let mut walk =
                Walk { files: Vec::new(), seen_dirs: HashSet::new(), report: &mut report, recursive };
            walk.dir(path);
            let mut files = walk.files;
            files.sort();
            for f in files {
                let name = f.to_string_lossy().to_string();
                if !has_extension(&f) {
                    report.skipped.push(name);
                } else if first_visit(&mut seen_files, &f) {
                    read_file(builder, &name, &mut report);
                }
            }
        } else if has_extension(path) || !path.exists() {
            if first_visit(&mut seen_files, path) {
                read_file(builder, p, &mut report);
            }
        } else {
            report.skipped.push(p.clone());
        }
    }
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
                self.report.errors.push(InputError {
                    file: dir.to_string_lossy().to_string(),
                    line: 0,
                    message: format!("cannot read the directory: {e}"),
                });
                return;
            }
        };
        let mut subdirs = Vec::new();
        for e in entries {
            let e = match e {
                Ok(e) => e,
                Err(err) => {
                    self.report.errors.push(InputError {
                        file: dir.to_string_lossy().to_string(),
                        line: 0,
                        message: format!("cannot list the directory: {err}"),
                    });
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

fn read_file(builder: &mut SnapshotBuilder, name: &str, report: &mut ReadReport) {
    match std::fs::read_to_string(name) {
        Ok(text) => {
            report.errors.extend(builder.add_text(name, Arc::from(text)));
            report.files.push(name.to_string());
        }
        Err(e) => report.errors.push(InputError {
            file: name.to_string(),
            line: 0,
            message: format!("cannot read: {e}"),
        }),
    }
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
        let _ = builder.add_value(pod, Source::Builtin);
    }
    if !builder.contains(kinds::SERVICE, istio_ns, svc) {
        let service = json!({
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": svc, "namespace": istio_ns, "labels": labels},
            "spec": {"selector": labels, "ports": ports},
        });
        let _ = builder.add_value(service, Source::Builtin);
    }
}
