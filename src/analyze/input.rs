//! Gathering input: files, directories (walked recursively), stdin, and the default
//! resources that stand in for a cluster when analysing files only.

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
    /// Documents or files that could not be read.
    pub errors: Vec<InputError>,
    /// Files skipped for their extension.
    pub skipped: Vec<String>,
    /// Files read.
    pub files: Vec<String>,
}

/// Reads `paths` (files, directories, or `-` for stdin) into the builder.
pub fn read_paths(builder: &mut SnapshotBuilder, paths: &[String]) -> ReadReport {
    let mut report = ReadReport::default();
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
            let mut files = Vec::new();
            walk(path, &mut files);
            files.sort();
            for f in files {
                let name = f.to_string_lossy().to_string();
                if has_extension(&f) {
                    read_file(builder, &name, &mut report);
                } else {
                    report.skipped.push(name);
                }
            }
        } else if has_extension(path) || !path.exists() {
            read_file(builder, p, &mut report);
        } else {
            report.skipped.push(p.clone());
        }
    }
    report
}

fn has_extension(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.contains(&e))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
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
