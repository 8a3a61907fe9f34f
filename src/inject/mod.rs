//! Sidecar injection (pure): a YAML stream in, the same stream with Istio's sidecar added to
//! every workload out, plus a per-object report. Documents meshctl does not change are copied
//! byte for byte; the whole output is built in memory so nothing is written on failure.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use crate::error::Failure;
use crate::resource::{self, RawDoc};

pub mod annotations;
pub mod gateway;
mod gojson;
pub mod kinds;
pub mod merge;
mod postprocess;
pub mod probes;
mod proxyconfig;
pub mod quantity;
pub mod report;
pub mod shape;
pub mod template;
mod typecheck;
use postprocess::{
    adjust_proxy_user, canonicalise_containers, move_proxy_to_init, prometheus_merge, reapply_overrides,
    reorder, set_proxy_env,
};
use proxyconfig::proxy_config;
pub use proxyconfig::proxy_config_json;
pub mod yaml;

use annotations as a;
pub use report::{Action, ReportLine};
use template::{PROXY, PodCtx};

/// Namespaces whose pods never get a sidecar.
pub const IGNORED_NAMESPACES: &[&str] =
    &["kube-system", "kube-public", "kube-node-lease", "local-path-storage"];

/// Everything injection reads besides the workloads.
#[derive(Debug, Clone)]
pub struct InjectConfig {
    /// Helm values (`spec.values` of the settings; CNI folded into `pilot.cni.enabled`).
    pub values: Value,
    /// The effective mesh config (the ConfigMap's over the built-in defaults).
    pub mesh: Value,
    /// Put the proxy in `initContainers` with `restartPolicy: Always`.
    pub native_sidecars: bool,
    /// Control-plane revision; empty for the default.
    pub revision: String,
    /// The namespace of objects that name none (`-n`); empty means `default`.
    pub namespace: String,
    /// `COMPLIANCE_POLICY` for the proxy (empty for none).
    pub compliance_policy: String,
    /// The built-in proxy config defaults; `PROXY_CONFIG` lists what differs from them.
    pub proxy_defaults: Value,
    /// Sidecar parts already built, by pod annotations (see `template::cached_parts`).
    pub parts_cache:
        std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<template::Parts>>>>,
    /// Write the workload-independent parts from text rendered once (see [`yaml::Prerendered`]);
    /// off only to check that splicing changes nothing.
    pub splice: bool,
}

impl InjectConfig {
    pub fn new(values: Value, mesh: Value, native_sidecars: bool, revision: String) -> Self {
        let proxy_defaults = crate::values::mesh_defaults()["defaultConfig"].clone();
        InjectConfig {
            values,
            mesh,
            native_sidecars,
            revision,
            namespace: String::new(),
            compliance_policy: String::new(),
            proxy_defaults,
            parts_cache: Default::default(),
            splice: true,
        }
    }
    /// A helm value by dotted path; null when absent.
    pub fn value(&self, path: &str) -> &Value {
        lookup(&self.values, path)
    }
}

static NULL: Value = Value::Null;

fn lookup<'v>(v: &'v Value, path: &str) -> &'v Value {
    let mut cur = v;
    for part in path.split('.') {
        match cur.get(part) {
            Some(x) => cur = x,
            None => return &NULL,
        }
    }
    cur
}

/// The result of injecting a stream.
#[derive(Debug, Clone, Default)]
pub struct InjectOutcome {
    pub output: String,
    pub report: Vec<ReportLine>,
}

/// Injects every workload of a multi-document YAML stream. `origin` names the input in errors.
pub fn inject_stream(src: &str, origin: &str, cfg: &InjectConfig) -> Result<InjectOutcome, Failure> {
    let mut buf = Vec::with_capacity(src.len() * 2);
    let report = inject_to(src, origin, cfg, &mut buf)?;
    let output = String::from_utf8(buf)
        .map_err(|e| Failure::new(format!("internal error: output is not UTF-8: {e}")))?;
    Ok(InjectOutcome { output, report })
}

/// Like [`inject_stream`], writing document by document to `out`. On error, part of the
/// output may have been written: callers write to a spool file and publish it on success.
///
/// Large streams are injected by several threads (as many as the process may run on), a
/// batch of documents at a time, each batch written in input order before the next starts:
/// the output, the report and the error (the first failing document's) are the same as with
/// one thread, and memory stays bounded by the batch.
pub fn inject_to<W: std::io::Write>(
    src: &str,
    origin: &str,
    cfg: &InjectConfig,
    out: &mut W,
) -> Result<Vec<ReportLine>, Failure> {
    let docs = resource::split_documents(src);
    let threads = worker_threads(docs.len());
    inject_docs(&docs, origin, cfg, out, threads)
}

fn inject_docs<W: std::io::Write>(
    docs: &[RawDoc<'_>],
    origin: &str,
    cfg: &InjectConfig,
    out: &mut W,
    threads: usize,
) -> Result<Vec<ReportLine>, Failure> {
    let mut report = Vec::new();
    let fail = |e: std::io::Error| Failure::new(format!("cannot write the output: {e}"));
    // Documents are rendered into buffers handed to `out` in large chunks: their capacity is
    // reused, and the output is copied once instead of once per layer.
    const CHUNK: usize = 1 << 18;
    if threads <= 1 {
        let mut text = String::with_capacity(CHUNK + (CHUNK >> 2));
        for doc in docs {
            inject_document(doc, origin, cfg, &mut report, &mut text)?;
            if text.len() >= CHUNK {
                out.write_all(text.as_bytes()).map_err(fail)?;
                text.clear();
            }
        }
        out.write_all(text.as_bytes()).map_err(fail)?;
        return Ok(report);
    }
    let mut buffers: Vec<String> = (0..threads).map(|_| String::with_capacity(CHUNK)).collect();
    for batch in docs.chunks(BATCH_PER_THREAD * threads) {
        let share = batch.len().div_ceil(threads);
        let results: Vec<Result<Vec<ReportLine>, Failure>> = std::thread::scope(|scope| {
            let workers: Vec<_> = batch
                .chunks(share)
                .zip(buffers.iter_mut())
                .map(|(part, text)| {
                    scope.spawn(move || {
                        text.clear();
                        let mut lines = Vec::with_capacity(part.len());
                        for doc in part {
                            inject_document(doc, origin, cfg, &mut lines, text)?;
                        }
                        Ok(lines)
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join()
                        .unwrap_or_else(|_| Err(Failure::new("internal error: an injection thread panicked")))
                })
                .collect()
        });
        for (lines, text) in results.into_iter().zip(&buffers) {
            report.extend(lines?);
            out.write_all(text.as_bytes()).map_err(fail)?;
        }
    }
    Ok(report)
}

/// Documents per thread in one batch: enough to amortise starting the threads, few enough
/// to keep the batch's output small.
const BATCH_PER_THREAD: usize = 64;

/// How many threads inject `docs` documents: one for small inputs (start-up stays in
/// milliseconds), else the CPUs this process may use (its affinity mask), at most eight.
fn worker_threads(docs: usize) -> usize {
    if docs < 2 * BATCH_PER_THREAD {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8)
}

/// Injects one document and appends the result (with its `---` terminator) to `out`.
fn inject_document(
    doc: &RawDoc<'_>,
    origin: &str,
    cfg: &InjectConfig,
    report: &mut Vec<ReportLine>,
    out: &mut String,
) -> Result<(), Failure> {
    if doc.is_blank() {
        if !doc.text.trim().is_empty() {
            // Comments between documents are kept.
            write_doc(out, doc.text);
        }
        return Ok(());
    }
    let value = resource::parse_doc(doc).map_err(|e| {
        Failure::new(format!(
            "{origin}:{}:{}: malformed YAML: {}",
            e.line,
            e.column,
            parser_message(&e.message)
        ))
        .help("fix the YAML at that line; nothing was written")
    })?;
    let Some(mut value) = value else {
        return Ok(());
    };
    let mut splices = Vec::new();
    let changed = inject_object(&mut value, cfg, report, &mut splices).map_err(|e| match e {
        InjectError::Invalid { object, inv } => Failure::new(format!(
            "{origin}:{}: invalid annotation `{}` on {object}: `{}` must be {}",
            doc.line, inv.annotation, inv.value, inv.rule
        ))
        .help(format!("fix or remove the `{}` annotation; nothing was written", inv.annotation)),
        InjectError::Other(m) => Failure::new(format!("{origin}:{}: {m}", doc.line)),
        InjectError::Shape(t) => Failure::new(format!(
            "{origin}:{}: `{}` must be {}, found {}",
            typecheck::line_of(doc, &t.path),
            t.path,
            t.want,
            t.got
        ))
        .help("fix the field's type (as `kubectl apply` would require); nothing was written"),
    })?;
    if changed {
        let start = out.len();
        yaml::write_document_with(out, &value, &splices);
        if !out[start..].ends_with('\n') {
            out.push('\n');
        }
        out.push_str("---\n");
    } else {
        write_doc(out, doc.text);
    }
    Ok(())
}

fn write_doc(out: &mut String, text: &str) {
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("---\n");
}

/// The parser's own words, without its prefix and its document-relative position.
fn parser_message(m: &str) -> &str {
    let m = m.strip_prefix("error: ").unwrap_or(m);
    if m.starts_with("line ")
        && let Some((_, rest)) = m.split_once(": ")
    {
        return rest;
    }
    m
}

#[derive(Debug)]
enum InjectError {
    Invalid {
        object: String,
        inv: annotations::Invalid,
    },
    Other(String),
    /// A field of the wrong type (a map where a list belongs, …).
    Shape(typecheck::WrongType),
}

/// Injects one object (recursing into `List`s). Returns whether it changed.
fn inject_object(
    obj: &mut Value,
    cfg: &InjectConfig,
    report: &mut Vec<ReportLine>,
    splices: &mut Vec<Arc<yaml::Prerendered>>,
) -> Result<bool, InjectError> {
    let api_version = obj["apiVersion"].as_str().unwrap_or("").to_string();
    let kind = obj["kind"].as_str().unwrap_or("").to_string();
    let name = obj["metadata"]["name"].as_str().unwrap_or("").to_string();
    let namespace = obj["metadata"]["namespace"].as_str().unwrap_or("").to_string();
    let full = if namespace.is_empty() { name.clone() } else { format!("{namespace}/{name}") };
    let line = |action| ReportLine { kind: kind.to_lowercase(), name: full.clone(), action };
    let Some(shape) = kinds::shape(&api_version, &kind) else {
        report.push(line(Action::PassedThrough));
        return Ok(false);
    };
    if shape != kinds::Shape::List {
        // Injection rewrites the pod template: a field it cannot read would be lost.
        typecheck::check_workload(obj, shape).map_err(InjectError::Shape)?;
    }
    if shape == kinds::Shape::List {
        let mut changed = false;
        if let Some(Value::Array(items)) = obj.get_mut("items") {
            for item in items.iter_mut() {
                changed |= inject_object(item, cfg, report, splices)?;
            }
        }
        if changed {
            kinds::go_reserialise(obj, "List");
        }
        return Ok(changed);
    }
    let extra_meta = if shape == kinds::Shape::JobTemplate {
        obj["spec"]["jobTemplate"]["spec"]["template"]["metadata"].clone()
    } else {
        Value::Null
    };
    let meta = Workload {
        extra_meta,
        api_version: api_version.clone(),
        kind: kind.clone(),
        name: name.clone(),
        namespace: if namespace.is_empty() { cfg.namespace.clone() } else { namespace.clone() },
    };
    let (meta_path, spec_path) = kinds::pod_paths(shape);
    let was_injected = kinds::get_at(obj, meta_path)
        .and_then(|m| m["annotations"].get(a::STATUS))
        .or_else(|| extra_meta_status(obj, shape))
        .is_some();
    let Some(spec) = kinds::take_at(obj, spec_path).filter(Value::is_object) else {
        report.push(line(Action::Skipped("it has no pod template".into())));
        return Ok(false);
    };
    let taken = kinds::take_at(obj, meta_path);
    let had_meta = taken.is_some();
    let pod_meta = taken.filter(Value::is_object).unwrap_or_else(|| json!({}));
    let mut pod_map = Map::with_capacity(2);
    pod_map.insert("metadata".into(), pod_meta);
    pod_map.insert("spec".into(), spec);
    let mut pod = Value::Object(pod_map);
    let described = format!("{} \"{full}\"", kind.to_lowercase());
    let result =
        inject_pod(&mut pod, &meta, shape == kinds::Shape::Pod, cfg, splices).map_err(|e| match e {
            InjectError::Invalid { inv, .. } => InjectError::Invalid { object: described.clone(), inv },
            other => other,
        })?;
    if let Value::Object(mut p) = pod {
        let m = p.shift_remove("metadata").unwrap_or(Value::Null);
        let s = p.shift_remove("spec").unwrap_or(Value::Null);
        if had_meta || m.as_object().is_some_and(|m| !m.is_empty()) {
            kinds::put_at(obj, meta_path, m);
        }
        kinds::put_at(obj, spec_path, s);
    }
    match result {
        None => {
            kinds::go_reserialise(obj, &kind);
            report.push(line(if was_injected { Action::Reinjected } else { Action::Injected }));
            Ok(true)
        }
        Some(why) => {
            report.push(line(Action::Skipped(why)));
            Ok(false)
        }
    }
}

struct Workload {
    /// Metadata read but not written: a CronJob's pod template metadata.
    extra_meta: Value,
    api_version: String,
    kind: String,
    name: String,
    namespace: String,
}

fn str_map(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

/// Go template "truthiness": false, 0, "", null, empty maps and lists are false.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// A value as Go's `fmt` prints it in a template (null is empty).
pub fn go_str(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// Sorts map keys at every depth (upstream's serialisation order for objects it creates).
pub fn sort_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().collect();
            entries.sort_by(|x, y| x.0.cmp(&y.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sort_keys(v))).collect())
        }
        Value::Array(a) => Value::Array(a.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

fn remove_named(spec: &mut Map<String, Value>, field: &str, drop: &[String]) {
    if let Some(Value::Array(list)) = spec.get_mut(field) {
        list.retain(|c| !c["name"].as_str().is_some_and(|n| drop.iter().any(|d| d == n)));
    }
}

fn env_value(container: &Value, name: &str) -> Option<String> {
    container["env"]
        .as_array()?
        .iter()
        .find(|e| e["name"] == name)
        .and_then(|e| e["value"].as_str())
        .map(str::to_string)
}

fn find_container<'v>(spec: &'v Value, name: &str) -> Option<&'v Value> {
    ["containers", "initContainers"]
        .iter()
        .filter_map(|f| spec[*f].as_array())
        .flatten()
        .find(|c| c["name"] == name)
}

/// Injects one pod template in place. `Ok(Some(reason))` means it was skipped.
fn inject_pod(
    pod: &mut Value,
    w: &Workload,
    is_pod: bool,
    cfg: &InjectConfig,
    splices: &mut Vec<Arc<yaml::Prerendered>>,
) -> Result<Option<String>, InjectError> {
    let meta = &pod["metadata"];
    let mut labels = str_map(&meta["labels"]);
    let mut ann = str_map(&meta["annotations"]);
    // A CronJob's injected metadata lands on its job template (as upstream's), but the pod
    // template's own labels and annotations are read too, and win.
    labels.extend(str_map(&w.extra_meta["labels"]));
    ann.extend(str_map(&w.extra_meta["annotations"]));
    let spec = &pod["spec"];
    if spec["hostNetwork"] == json!(true) {
        return Ok(Some("it has host networking enabled".into()));
    }
    let ns = meta["namespace"].as_str().filter(|s| !s.is_empty()).unwrap_or(&w.namespace).to_string();
    if IGNORED_NAMESPACES.contains(&ns.as_str()) {
        return Ok(Some(format!("namespace `{ns}` never gets sidecars")));
    }
    let opt = labels.get(a::INJECT).or_else(|| ann.get(a::INJECT)).map(go_str);
    if let Some(v) = &opt {
        match a::inject_policy(v) {
            a::InjectPolicy::Inject | a::InjectPolicy::Default => {}
            a::InjectPolicy::Disabled => {
                return Ok(Some("sidecar injection is disabled by `sidecar.istio.io/inject`".into()));
            }
            a::InjectPolicy::Unknown => {
                return Ok(Some(format!(
                    "`sidecar.istio.io/inject: \"{v}\"` is neither true nor false, which Istio reads as do-not-inject (use `true` to inject)"
                )));
            }
        }
    }
    a::validate(&ann).map_err(|inv| InjectError::Invalid { object: String::new(), inv })?;

    // The owner that names the workload.
    let (kind, api_version, wname, wns) = if is_pod {
        deploy_meta_from_pod(pod, w)
    } else {
        let pname = meta["name"].as_str().filter(|s| !s.is_empty()).unwrap_or(&w.name).to_string();
        let _ = pname;
        (w.kind.clone(), w.api_version.clone(), w.name.clone(), ns.clone())
    };

    // A previous injection is stripped from the template's view of the pod.
    let status: Option<Value> = ann.get(a::STATUS).and_then(|s| serde_json::from_str(&go_str(s)).ok());
    // The one copy of the original spec: read by the templates (when there is no previous
    // injection to strip) and by `reapply_overrides` after the templates are merged in.
    let original_spec = pod["spec"].clone();
    static EMPTY: std::sync::LazyLock<Map<String, Value>> = std::sync::LazyLock::new(Map::new);
    let original_map = original_spec.as_object().unwrap_or(&EMPTY);
    let mut stripped = std::borrow::Cow::Borrowed(original_map);
    let mut stripped_ann = ann.clone();
    let mut previous_probers = None;
    if let Some(st) = &status {
        if let Some(old) = find_container(&pod["spec"], PROXY) {
            previous_probers = env_value(old, probes::APP_PROBERS_ENV);
        }
        let owned = stripped.to_mut();
        remove_named(owned, "containers", &names(&st["containers"]));
        remove_named(owned, "initContainers", &names(&st["initContainers"]));
        stripped_ann.shift_remove(a::STATUS);
    }

    let pc = proxy_config(cfg, &ann);
    let native = match ann.get(a::NATIVE_SIDECAR).map(go_str) {
        Some(v) => v != "false",
        None => cfg.native_sidecars,
    };
    let user_proxy = find_container(&pod["spec"], PROXY).filter(|_| status.is_none()).cloned();
    let sc = |f: &str| {
        user_proxy.as_ref().and_then(|c| c["securityContext"].get(f)).filter(|v| !v.is_null()).map(go_str)
    };
    let ctx = PodCtx {
        cfg,
        kind,
        api_version,
        workload_name: wname,
        namespace: wns,
        labels,
        annotations: stripped_ann,
        spec: stripped,
        proxy_config: pc,
        native,
        proxy_uid: sc("runAsUser"),
        proxy_gid: sc("runAsGroup"),
    };

    // Splice markers only where nothing reads inside the parts: a first injection with one
    // template and no recorded overrides (merges and overrides need the parts whole).
    let templates = selected_templates(&ann, cfg);
    let splice =
        cfg.splice && status.is_none() && templates.len() == 1 && !ann.contains_key(a::PROXY_OVERRIDES);
    let mut fragments = Vec::new();
    for t in templates {
        fragments.push(render_template(&t, &ctx, splice.then_some(&mut *splices))?);
    }

    // Apply every template over the original pod. With native sidecars a user's `istio-proxy`
    // container moves to the init containers first, so the template merges into it there.
    if native
        && fragments.iter().any(|f| {
            f["spec"]["initContainers"].as_array().is_some_and(|l| l.iter().any(|c| c["name"] == PROXY))
        })
    {
        move_proxy_to_init(&mut pod["spec"]);
    }
    // Re-injecting in the other mode: the previous proxy moves to where the new one goes, so
    // the merge replaces it instead of adding a second one.
    if status.is_some()
        && fragments
            .iter()
            .any(|f| f["spec"]["containers"].as_array().is_some_and(|l| l.iter().any(|c| c["name"] == PROXY)))
    {
        move_proxy_to_containers(&mut pod["spec"]);
    }
    let mut injected_init: Vec<String> = Vec::new();
    let mut injected_containers: Vec<String> = Vec::new();
    let mut injected_volumes: Vec<String> = Vec::new();
    let mut injected_secrets: Vec<String> = Vec::new();
    let mut has_proxy = false;
    for f in fragments {
        has_proxy |= find_container(&f["spec"], PROXY).is_some();
        for (list, field) in [
            (&mut injected_init, "initContainers"),
            (&mut injected_containers, "containers"),
            (&mut injected_volumes, "volumes"),
            (&mut injected_secrets, "imagePullSecrets"),
        ] {
            for n in f["spec"][field].as_array().into_iter().flatten().filter_map(|c| c["name"].as_str()) {
                if !list.iter().any(|x| x == n) {
                    list.push(n.to_string());
                }
            }
        }
        merge::apply(pod, f);
    }

    reapply_overrides(pod, &original_spec, &ann, status.as_ref(), &injected_containers, &injected_init);

    let spec = pod["spec"]
        .as_object_mut()
        .ok_or_else(|| InjectError::Other("the pod template has no spec".into()))?;
    if let Some(uid) = &ctx.proxy_uid {
        adjust_proxy_user(spec, uid, ctx.tproxy());
    }
    reorder(spec, ctx.hold() || (!native && hold_from(cfg, &ctx.proxy_config)));

    // Prometheus metrics merging, on the mesh's status port.
    let status_port = ctx.status_port();
    let mesh_port = go_str(&cfg.mesh["defaultConfig"]["statusPort"]);
    let rewrite_ann = pod["metadata"]["annotations"].get(a::REWRITE_PROBES).map(go_str);
    let mut pod_ann = match pod["metadata"].get_mut("annotations").map(std::mem::take) {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    prometheus_merge(&mut pod_ann, pod["spec"].as_object_mut(), cfg, &mesh_port, status.is_some());

    // App probes.
    let rewrite = match rewrite_ann {
        Some(v) => a::parse_bool(&v).unwrap_or(false),
        None => truthy(cfg.value("sidecarInjectorWebhook.rewriteAppHTTPProbe")),
    };
    let port: i64 = status_port.parse().unwrap_or(15020);
    if rewrite
        && port != 0
        && has_proxy
        && let Some(spec) = pod["spec"].as_object_mut()
        && let Some(env) = probes::rewrite(spec, port, previous_probers.as_deref())
    {
        set_proxy_env(spec, probes::APP_PROBERS_ENV, &env);
    }

    // The status annotation that makes re-injection idempotent.
    let revision = if cfg.revision.is_empty() { "default" } else { &cfg.revision };
    let st = status_json(
        [
            ("initContainers", &injected_init),
            ("containers", &injected_containers),
            ("volumes", &injected_volumes),
            ("imagePullSecrets", &injected_secrets),
        ],
        revision,
    );
    pod_ann.insert(a::STATUS.into(), Value::String(st));
    pod["metadata"]["annotations"] = Value::Object(pod_ann);
    canonicalise_containers(&mut pod["spec"]);
    Ok(None)
}

/// The status annotation's JSON (upstream's field order; empty lists are null), written
/// directly: it is built for every pod.
fn status_json(lists: [(&str, &Vec<String>); 4], revision: &str) -> String {
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut out = String::with_capacity(256);
    out.push('{');
    for (field, names) in lists {
        out.push('"');
        out.push_str(field);
        out.push_str("\":");
        if names.is_empty() {
            out.push_str("null");
        } else {
            out.push('[');
            for (i, n) in names.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quoted(n));
            }
            out.push(']');
        }
        out.push(',');
    }
    out.push_str("\"revision\":");
    out.push_str(&quoted(revision));
    out.push('}');
    out
}

/// The status annotation on a CronJob's pod template (read as the workload's metadata too).
fn extra_meta_status(obj: &Value, shape: kinds::Shape) -> Option<&Value> {
    if shape != kinds::Shape::JobTemplate {
        return None;
    }
    obj["spec"]["jobTemplate"]["spec"]["template"]["metadata"]["annotations"].get(a::STATUS)
}

/// Moves a previous injection's `istio-proxy` from the init containers to the containers.
fn move_proxy_to_containers(spec: &mut Value) {
    let Some(Value::Array(init)) = spec.get_mut("initContainers") else {
        return;
    };
    let Some(i) = init.iter().position(|c| c["name"] == PROXY) else {
        return;
    };
    let mut proxy = init.remove(i);
    if let Some(m) = proxy.as_object_mut() {
        m.shift_remove("restartPolicy");
    }
    if !spec["containers"].is_array() {
        spec["containers"] = json!([]);
    }
    if let Some(cs) = spec["containers"].as_array_mut()
        && !cs.iter().any(|c| c["name"] == PROXY)
    {
        cs.push(proxy);
    }
}

fn hold_from(cfg: &InjectConfig, pc: &Value) -> bool {
    truthy(&pc["holdApplicationUntilProxyStarts"])
        || truthy(cfg.value("global.proxy.holdApplicationUntilProxyStarts"))
}

/// `ISTIO_META_OWNER` and the workload name for a bare Pod: its controller when it has one.
fn deploy_meta_from_pod(pod: &Value, w: &Workload) -> (String, String, String, String) {
    let meta = &pod["metadata"];
    let mut kind = "Pod".to_string();
    let mut api = "v1".to_string();
    let mut name = w.name.clone();
    if meta["generateName"].as_str().is_some_and(|g| !g.is_empty())
        && let Some(r) =
            meta["ownerReferences"].as_array().into_iter().flatten().find(|r| r["controller"] == json!(true))
    {
        api = go_str(&r["apiVersion"]);
        kind = go_str(&r["kind"]);
        name = go_str(&r["name"]);
        let hash = go_str(&meta["labels"]["pod-template-hash"]);
        if kind == "ReplicaSet" && !hash.is_empty() && name.ends_with(&hash) {
            name = name.trim_end_matches(&hash).trim_end_matches('-').to_string();
            kind = "Deployment".into();
        }
    }
    (kind, api, name, w.namespace.clone())
}

/// The templates to apply: the `inject.istio.io/templates` annotation, else the defaults.
fn selected_templates(ann: &Map<String, Value>, cfg: &InjectConfig) -> Vec<String> {
    if let Some(t) = ann.get(a::TEMPLATES).map(go_str) {
        let list: Vec<String> =
            t.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        if !list.is_empty() {
            return list;
        }
    }
    let d = names(cfg.value("sidecarInjectorWebhook.defaultTemplates"));
    if d.is_empty() { vec!["sidecar".into()] } else { d }
}

fn render_template(
    name: &str,
    ctx: &PodCtx<'_>,
    splices: Option<&mut Vec<Arc<yaml::Prerendered>>>,
) -> Result<Value, InjectError> {
    match name {
        "sidecar" => return Ok(template::sidecar(ctx, splices)),
        "gateway" => return Ok(gateway::gateway(ctx)),
        "grpc-agent" => return Ok(gateway::grpc_agent(ctx)),
        "grpc-simple" => return Ok(gateway::grpc_simple(ctx)),
        _ => {}
    }
    if let Some(text) = ctx.cfg.value("sidecarInjectorWebhook.templates")[name].as_str() {
        if text.contains("{{") {
            return Err(InjectError::Other(format!(
                "injection template `{name}` from `values.sidecarInjectorWebhook.templates` uses Go template syntax, which meshctl does not interpret"
            )));
        }
        return serde_saphyr::from_str::<Value>(text)
            .map_err(|e| InjectError::Other(format!("injection template `{name}` is not valid YAML: {e}")));
    }
    Err(InjectError::Other(format!("unknown injection template `{name}` (from `{}`)", a::TEMPLATES)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg() -> InjectConfig {
        let settings = crate::values::resolve(&crate::values::Inputs::default()).expect("default settings");
        InjectConfig::new(settings.values().clone(), settings.effective_mesh(), true, String::new())
    }

    #[test]
    fn services_pass_through_byte_for_byte() {
        let src = "# a comment\napiVersion: v1\nkind: Service\nmetadata:\n  name: x   # trailing\n";
        let out = inject_stream(src, "in.yaml", &cfg()).expect("inject");
        assert_eq!(out.output, format!("{src}---\n"));
        assert_eq!(out.report[0].action, Action::PassedThrough);
    }

    #[test]
    fn a_pod_gets_a_native_sidecar() {
        let src = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: x\n";
        let out = inject_stream(src, "in.yaml", &cfg()).expect("inject");
        let docs = resource::parse_all(&out.output).expect("yaml");
        let pod = &docs[0].1;
        assert_eq!(pod["spec"]["initContainers"][0]["name"], "istio-init");
        assert_eq!(pod["spec"]["initContainers"][1]["name"], "istio-proxy");
        assert_eq!(pod["spec"]["initContainers"][1]["restartPolicy"], "Always");
        assert_eq!(pod["spec"]["containers"].as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn reinjection_is_idempotent() {
        let src = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: x\n";
        let once = inject_stream(src, "in.yaml", &cfg()).expect("inject").output;
        let twice = inject_stream(&once, "in.yaml", &cfg()).expect("inject").output;
        assert_eq!(resource::parse_all(&once).ok(), resource::parse_all(&twice).ok());
    }

    /// Splicing pre-rendered parts is an optimisation: it must not change a byte.
    #[test]
    fn splicing_changes_nothing() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/inject");
        let mut inputs: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("testdata")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml") && !p.to_string_lossy().contains("bad"))
            .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
            .collect();
        let pod = |extra_spec: &str, ann: &str| {
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {{{ann}}}\nspec:\n  containers:\n  - name: app\n    image: x\n    ports:\n    - containerPort: 80\n{extra_spec}"
            )
        };
        // Pods whose own objects share names with the injected ones, and annotations that
        // change what is injected or set proxy env afterwards.
        for (name, src) in [
            ("own volume", pod("  volumes:\n  - name: istio-envoy\n    emptyDir: {}\n  - name: data\n", "")),
            (
                "own proxy",
                pod("  - name: istio-proxy\n    image: auto\n    resources: {limits: {cpu: 2000m}}\n", ""),
            ),
            ("own init", pod("  initContainers:\n  - name: istio-init\n    image: y\n", "")),
            ("metrics", pod("", "prometheus.io/scrape: 'true', prometheus.io/port: '9090'")),
            (
                "proxy metadata",
                pod("", "'proxy.istio.io/config': '{proxyMetadata: {ISTIO_KUBE_APP_PROBERS: x}}'"),
            ),
            ("two templates", pod("", "inject.istio.io/templates: 'sidecar,sidecar'")),
            ("no init", pod("", "sidecar.istio.io/interceptionMode: NONE")),
            ("resources", pod("", "sidecar.istio.io/proxyCPU: 1000m, sidecar.istio.io/proxyMemory: 1024Mi")),
        ] {
            inputs.push((name.into(), src));
        }
        for native in [true, false] {
            let mut on = cfg();
            on.native_sidecars = native;
            let mut off = on.clone();
            off.splice = false;
            off.parts_cache = Default::default();
            for (name, src) in &inputs {
                let a = inject_stream(src, "in.yaml", &on).map(|o| o.output);
                let b = inject_stream(src, "in.yaml", &off).map(|o| o.output);
                assert_eq!(a.as_ref().ok(), b.as_ref().ok(), "{name} (native: {native})");
                // And once more on the injected output (re-injection takes the whole path).
                if let Ok(once) = b {
                    let a = inject_stream(&once, "in.yaml", &on).map(|o| o.output).ok();
                    let b = inject_stream(&once, "in.yaml", &off).map(|o| o.output).ok();
                    assert_eq!(a, b, "{name} re-injected (native: {native})");
                }
            }
        }
    }

    /// Many threads give the same output, report and first error as one.
    #[test]
    fn threads_change_nothing() {
        let doc = |i: usize| {
            if i.is_multiple_of(7) {
                format!("apiVersion: v1\nkind: Service   # kept as is\nmetadata:\n  name: s{i}\n")
            } else {
                format!(
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d{i}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: x\n"
                )
            }
        };
        let src: String = (0..300).map(|i| doc(i) + "---\n").collect();
        let docs = resource::split_documents(&src);
        let c = cfg();
        let run = |threads: usize, docs: &[RawDoc<'_>]| {
            let mut out = Vec::new();
            inject_docs(docs, "in.yaml", &c, &mut out, threads).map(|report| (out, report))
        };
        let one = run(1, &docs).expect("one thread");
        assert_eq!(one.1.len(), 300);
        for threads in [2, 3, 8] {
            assert!(run(threads, &docs).expect("threads") == one, "{threads} threads");
        }
        let bad = src.replace("name: d250\n", "name: [d250\n").replace("name: d290\n", "name: [d290\n");
        let docs = resource::split_documents(&bad);
        let first = run(1, &docs).err().map(|e| e.message);
        // The error is the first bad document's, with its line.
        let line: Option<usize> =
            first.as_deref().and_then(|m| m.strip_prefix("in.yaml:")?.split(':').next()?.parse().ok());
        assert!(line.is_some_and(|l| (docs[250].line..docs[251].line).contains(&l)), "{first:?}");
        assert_eq!(run(3, &docs).err().map(|e| e.message), first);
    }

    #[test]
    fn status_json_matches_serde() {
        let init = vec!["istio-init".to_string()];
        let none: Vec<String> = vec![];
        let vols = vec!["a\"b".to_string(), "c".to_string()];
        let got = status_json(
            [
                ("initContainers", &init),
                ("containers", &none),
                ("volumes", &vols),
                ("imagePullSecrets", &none),
            ],
            "canary",
        );
        let want = json!({
            "initContainers": ["istio-init"], "containers": null, "volumes": ["a\"b", "c"],
            "imagePullSecrets": null, "revision": "canary",
        });
        assert_eq!(got, want.to_string());
    }

    #[test]
    fn proxy_config_lists_only_changes() {
        let c = cfg();
        assert_eq!(proxy_config_json(&c, &c.mesh["defaultConfig"]), "{}");
    }
}
