//! The resources under analysis, indexed once so analyzers never loop over everything twice.
//!
//! A snapshot is built from files (with their file and line) and from objects listed from a
//! cluster (origin `cluster`). Lookups by kind, by (kind, namespace, name), services by host and
//! pods by label are hash-map reads.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use super::tree::{Map, Value};
use super::yaml_events;
use crate::resource::{RawDoc, parse_doc_as, split_documents};

/// A group, version and kind; the group is empty for the core API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gvk {
    pub group: &'static str,
    pub version: &'static str,
    pub kind: &'static str,
}

impl Gvk {
    pub const fn new(group: &'static str, version: &'static str, kind: &'static str) -> Self {
        Gvk { group, version, kind }
    }
    /// `group/version`, or just `version` for the core group.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.to_string()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
    fn key(&self) -> String {
        kind_key(self.group, self.kind)
    }
}

fn kind_key(group: &str, kind: &str) -> String {
    format!("{group}/{kind}")
}

/// The kinds analyzers read.
pub mod kinds {
    use super::Gvk;
    const NET: &str = "networking.istio.io";
    const SEC: &str = "security.istio.io";
    const TEL: &str = "telemetry.istio.io";
    const EXT: &str = "extensions.istio.io";
    const GW: &str = "gateway.networking.k8s.io";
    pub const VIRTUAL_SERVICE: Gvk = Gvk::new(NET, "v1", "VirtualService");
    pub const DESTINATION_RULE: Gvk = Gvk::new(NET, "v1", "DestinationRule");
    pub const GATEWAY: Gvk = Gvk::new(NET, "v1", "Gateway");
    pub const SERVICE_ENTRY: Gvk = Gvk::new(NET, "v1", "ServiceEntry");
    pub const SIDECAR: Gvk = Gvk::new(NET, "v1", "Sidecar");
    pub const ENVOY_FILTER: Gvk = Gvk::new(NET, "v1alpha3", "EnvoyFilter");
    pub const WORKLOAD_ENTRY: Gvk = Gvk::new(NET, "v1", "WorkloadEntry");
    pub const WORKLOAD_GROUP: Gvk = Gvk::new(NET, "v1", "WorkloadGroup");
    pub const PROXY_CONFIG: Gvk = Gvk::new(NET, "v1beta1", "ProxyConfig");
    pub const AUTHORIZATION_POLICY: Gvk = Gvk::new(SEC, "v1", "AuthorizationPolicy");
    pub const PEER_AUTHENTICATION: Gvk = Gvk::new(SEC, "v1", "PeerAuthentication");
    pub const REQUEST_AUTHENTICATION: Gvk = Gvk::new(SEC, "v1", "RequestAuthentication");
    pub const TELEMETRY: Gvk = Gvk::new(TEL, "v1", "Telemetry");
    pub const WASM_PLUGIN: Gvk = Gvk::new(EXT, "v1alpha1", "WasmPlugin");
    pub const TRAFFIC_EXTENSION: Gvk = Gvk::new(EXT, "v1alpha1", "TrafficExtension");
    pub const K8S_GATEWAY: Gvk = Gvk::new(GW, "v1", "Gateway");
    pub const HTTP_ROUTE: Gvk = Gvk::new(GW, "v1", "HTTPRoute");
    pub const GRPC_ROUTE: Gvk = Gvk::new(GW, "v1", "GRPCRoute");
    pub const SERVICE: Gvk = Gvk::new("", "v1", "Service");
    pub const POD: Gvk = Gvk::new("", "v1", "Pod");
    pub const NAMESPACE: Gvk = Gvk::new("", "v1", "Namespace");
    pub const CONFIG_MAP: Gvk = Gvk::new("", "v1", "ConfigMap");
    pub const SECRET: Gvk = Gvk::new("", "v1", "Secret");
    pub const DEPLOYMENT: Gvk = Gvk::new("apps", "v1", "Deployment");
    pub const MUTATING_WEBHOOK: Gvk =
        Gvk::new("admissionregistration.k8s.io", "v1", "MutatingWebhookConfiguration");
    pub const VALIDATING_WEBHOOK: Gvk =
        Gvk::new("admissionregistration.k8s.io", "v1", "ValidatingWebhookConfiguration");
    pub const NODE: Gvk = Gvk::new("", "v1", "Node");
    pub const CRD: Gvk = Gvk::new("apiextensions.k8s.io", "v1", "CustomResourceDefinition");
    /// Pseudo-kinds for the mesh config and mesh networks, which come from flags or ConfigMaps.
    pub const MESH_CONFIG: Gvk = Gvk::new("", "v1alpha1", "MeshConfig");
    pub const MESH_NETWORKS: Gvk = Gvk::new("", "v1alpha1", "MeshNetworks");
}

/// Kinds that live outside namespaces.
pub fn is_cluster_scoped(kind: &str) -> bool {
    matches!(
        kind,
        "Namespace"
            | "CustomResourceDefinition"
            | "MutatingWebhookConfiguration"
            | "ValidatingWebhookConfiguration"
            | "ClusterRole"
            | "ClusterRoleBinding"
            | "Node"
            | "PersistentVolume"
            | "StorageClass"
            | "PriorityClass"
            | "IngressClass"
            | "GatewayClass"
            | "APIService"
    )
}

/// Namespaces whose resources are never analysed.
pub const IGNORED_NAMESPACES: &[&str] =
    &["kube-system", "kube-public", "kube-node-lease", "local-path-storage"];

/// Where a resource came from.
#[derive(Debug, Clone)]
pub enum Source {
    /// A document in a file (or stdin, named `-`): the file, the document's first line, and
    /// where its text sits in the file's (for field line numbers).
    File { file: Arc<InputFile>, line: usize, start: usize, end: usize },
    /// Listed from the cluster.
    Cluster,
    /// Added by meshctl (default resources for file-only analysis).
    Builtin,
}

/// A file documents were read from, shared by its documents (a resource holds one pointer to
/// it, not its own copy of the name and stamp).
#[derive(Debug)]
pub struct InputFile {
    pub path: Arc<str>,
    /// The file's text when it is kept (stdin); `None` when the file is read again on demand.
    pub src: Option<Arc<str>>,
    /// The length and hash of the text parsed, so a file changed since is not trusted.
    stamp: Stamp,
    json: bool,
}

/// A text's length and hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    len: usize,
    hash: u64,
}

impl Stamp {
    fn of(text: &str) -> Stamp {
        Stamp { len: text.len(), hash: hash_of(&[text]) }
    }
}

/// The last file read again on this thread (its path, and its text and stamp when readable).
type LastRead = Option<(Arc<str>, Option<(Arc<str>, Stamp)>)>;

thread_local! {
    /// Messages come resource by resource, so mostly from the file of the message before: the
    /// last file read is remembered (per thread, as analyzers run on several).
    static LAST_READ: std::cell::RefCell<LastRead> = const { std::cell::RefCell::new(None) };
}

impl InputFile {
    /// The file's whole text: the kept text, else the file read again, or `None` when it
    /// changed since it was parsed.
    fn text(&self) -> Option<Arc<str>> {
        if let Some(src) = &self.src {
            return Some(src.clone());
        }
        let read = LAST_READ.with(|last| {
            let mut last = last.borrow_mut();
            match &*last {
                Some((p, read)) if *p == self.path => read.clone(),
                _ => {
                    let read = std::fs::read_to_string(&*self.path).ok().map(|t| {
                        let stamp = Stamp::of(&t);
                        (Arc::from(t), stamp)
                    });
                    *last = Some((self.path.clone(), read.clone()));
                    read
                }
            }
        });
        read.filter(|(_, stamp)| *stamp == self.stamp).map(|(text, _)| text)
    }
}

/// One object under analysis.
#[derive(Debug, Clone)]
pub struct Resource {
    pub group: String,
    pub kind: String,
    pub namespace: String,
    pub name: String,
    pub value: Value,
    pub source: Source,
    /// The cluster it was listed from ("" for files and the primary cluster).
    pub cluster: String,
    /// For a pod made from a workload's pod template (see [`SnapshotBuilder::build`]): the
    /// workload, which messages about the pod name instead.
    pub stands_in_for: Option<Box<Workload>>,
}

/// The workload a stand-in pod was made from.
#[derive(Debug, Clone)]
pub struct Workload {
    pub kind: String,
    pub name: String,
    /// Where the pod template sits in the workload (`spec.template.`), so a field of the pod
    /// maps to the workload's line.
    pub template_path: &'static str,
    pub source: Source,
}

/// Kinds whose pod template stands in for pods they will create, with the template's path.
pub const WORKLOAD_KINDS: &[(&str, &str, &str)] = &[
    ("apps", "Deployment", "spec.template."),
    ("apps", "StatefulSet", "spec.template."),
    ("apps", "DaemonSet", "spec.template."),
    ("apps", "ReplicaSet", "spec.template."),
    ("batch", "Job", "spec.template."),
    ("batch", "CronJob", "spec.jobTemplate.spec.template."),
];

impl Resource {
    /// The object's `spec` (or `Null`).
    pub fn spec(&self) -> &Value {
        &self.value["spec"]
    }
    pub fn labels(&self) -> &Value {
        &self.value["metadata"]["labels"]
    }
    pub fn annotations(&self) -> &Value {
        &self.value["metadata"]["annotations"]
    }
    pub fn label(&self, key: &str) -> Option<&str> {
        self.labels().get(key).and_then(Value::as_str)
    }
    pub fn annotation(&self, key: &str) -> Option<&str> {
        self.annotations().get(key).and_then(Value::as_str)
    }
    pub fn is(&self, gvk: Gvk) -> bool {
        self.kind == gvk.kind && self.group == gvk.group
    }
    /// `<ns>/<name>`, or `<name>` for cluster-scoped objects.
    pub fn full_name(&self) -> String {
        if self.namespace.is_empty() {
            self.name.clone()
        } else {
            format!("{}/{}", self.namespace, self.name)
        }
    }
    /// `<file>:<line>` of the field at `path` (dot-separated keys, numeric list indexes), or of
    /// the document when the field cannot be found; `<file>` alone for JSON.
    pub fn reference(&self, path: &str) -> Option<String> {
        self.source.reference(path)
    }
}

impl Source {
    /// `<file>:<line>` of the field at `path` (see [`Resource::reference`]).
    pub fn reference(&self, path: &str) -> Option<String> {
        match self {
            Source::File { file, line, start, end } => {
                if file.json {
                    return Some(file.path.to_string());
                }
                let offset = if path.is_empty() {
                    None
                } else {
                    file.text().and_then(|src| field_line(src.get(*start..*end).unwrap_or(""), path))
                };
                Some(format!("{}:{}", file.path, line + offset.unwrap_or(0)))
            }
            _ => None,
        }
    }
    pub fn is_file(&self) -> bool {
        matches!(self, Source::File { .. })
    }
}

/// A line's indentation and content, or `None` for blank and comment lines.
fn content(l: &str) -> Option<(usize, &str)> {
    let t = l.trim_start();
    (!t.is_empty() && !t.starts_with('#')).then(|| (l.len() - t.len(), t))
}

/// 0-based line of the field at `path` in a YAML document, found by scanning keys at growing
/// indentation (a heuristic that is right for ordinary block-style manifests).
fn field_line(text: &str, path: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut start = 0usize;
    let mut parent: isize = -1;
    let mut last = None;
    for seg in path.split('.') {
        if let Ok(index) = seg.parse::<usize>() {
            let (mut count, mut item_indent, mut found) = (0usize, None, None);
            for (i, l) in lines.iter().enumerate().skip(start) {
                let Some((ind, t)) = content(l) else { continue };
                let dash = t.starts_with("- ") || t == "-";
                if (ind as isize) < parent || ((ind as isize) == parent && !dash && i != start) {
                    break;
                }
                if !dash {
                    continue;
                }
                match item_indent {
                    None => item_indent = Some(ind),
                    Some(ii) if ind < ii => break,
                    Some(ii) if ind > ii => continue,
                    Some(_) => count += 1,
                }
                if count == index {
                    found = Some((i, ind));
                    break;
                }
            }
            let (i, ind) = found?;
            start = i;
            parent = ind as isize;
            last = Some(i);
            continue;
        }
        let mut found = None;
        for (i, l) in lines.iter().enumerate().skip(start) {
            let Some((raw, t)) = content(l) else { continue };
            if i != start && (raw as isize) <= parent {
                break;
            }
            let (mut ind, mut body) = (raw, t);
            while let Some(rest) = body.strip_prefix("- ") {
                ind += 2;
                body = rest.trim_start();
            }
            let key = body.split(':').next().unwrap_or("").trim().trim_matches(['"', '\'']);
            if key == seg && body.len() > key.len() && body.contains(':') {
                found = Some((i, ind));
                break;
            }
        }
        let (i, ind) = found?;
        start = i + 1;
        parent = ind as isize;
        last = Some(i);
    }
    last
}

/// Drops the parser's own `error:` and `line N column M:` prefixes (we print the location).
fn tidy_parse_message(m: &str) -> String {
    let m = m.strip_prefix("error: ").unwrap_or(m);
    match m.split_once(": ") {
        Some((loc, rest)) if loc.starts_with("line ") && loc.contains(" column ") => rest.to_string(),
        _ => m.to_string(),
    }
}

/// A document that could not be read.
#[derive(Debug, Clone)]
pub struct InputError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// The objects and failures of some documents of one file.
#[derive(Debug, Default)]
pub struct Parsed {
    resources: Vec<Resource>,
    errors: Vec<InputError>,
}

impl Parsed {
    /// The objects read.
    pub fn len(&self) -> usize {
        self.resources.len()
    }
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }
}

/// Parses `docs`, documents of `text` (the contents of `file`). Pure, so the files and the
/// stretches of a file can be parsed on several threads, then added in input order with
/// [`SnapshotBuilder::add_parsed`].
///
/// With `keep_text` false the documents do not hold on to `text`: a message's line is found by
/// reading the file again (checked against the length and hash of what was parsed).
pub fn parse_documents(file: &Arc<str>, text: &Arc<str>, docs: &[RawDoc<'_>], keep_text: bool) -> Parsed {
    let input = Arc::new(InputFile {
        path: file.clone(),
        src: keep_text.then(|| text.clone()),
        stamp: Stamp::of(text),
        json: file.ends_with(".json"),
    });
    let mut out = Parsed::default();
    for doc in docs {
        // The events decoder takes nearly every manifest; what it leaves, serde-saphyr reads.
        let (value, items) = match (!doc.is_blank()).then(|| yaml_events::decode(doc.text)).flatten() {
            Some(d) => (Ok((!d.value.is_null()).then_some(d.value)), d.items),
            None => (parse_doc_as(doc, Value::is_null), Vec::new()),
        };
        match value {
            Ok(None) => {}
            Ok(Some(v)) => {
                let src = Source::File {
                    file: input.clone(),
                    line: doc.line,
                    start: doc.offset,
                    end: doc.offset + doc.text.len(),
                };
                // A List's objects each point at their own lines (newlines counted once).
                let (mut line, mut at) = (doc.line, 0usize);
                let item_sources: Vec<Source> = items
                    .iter()
                    .map(|r| {
                        line += doc.text[at..r.start].matches('\n').count();
                        at = r.start;
                        Source::File {
                            file: input.clone(),
                            line,
                            start: doc.offset + r.start,
                            end: doc.offset + r.end,
                        }
                    })
                    .collect();
                if let Err(message) = push_value(&mut out.resources, v, src, &item_sources) {
                    out.errors.push(InputError { file: file.to_string(), line: doc.line, message });
                }
            }
            Err(e) => out.errors.push(InputError {
                file: file.to_string(),
                line: e.line,
                message: tidy_parse_message(&e.message),
            }),
        }
    }
    out
}

/// Adds one object to `out`; `List` kinds are expanded, each item with its own source when
/// `item_sources` has one per item, else with the list's.
fn push_value(
    out: &mut Vec<Resource>,
    mut v: Value,
    source: Source,
    item_sources: &[Source],
) -> Result<(), String> {
    let Some(kind) = v.get("kind").and_then(Value::as_str).map(str::to_string) else {
        return Err("the document has no `kind`".into());
    };
    let Some(api_version) = v.get("apiVersion").and_then(Value::as_str) else {
        return Err(format!("the `{kind}` has no `apiVersion`"));
    };
    let group = match api_version.rsplit_once('/') {
        Some((g, _)) => g.to_string(),
        None => String::new(),
    };
    if kind.ends_with("List")
        && v["items"].is_array()
        && let Some(Value::Array(items)) = v.get_mut("items").map(std::mem::take)
    {
        let own = item_sources.len() == items.len();
        for (i, item) in items.iter().enumerate() {
            let source = if own { item_sources[i].clone() } else { source.clone() };
            push_value(out, item.clone(), source, &[])?;
        }
        return Ok(());
    }
    let meta = &v["metadata"];
    let name = meta["name"].as_str().unwrap_or("").to_string();
    let namespace = meta["namespace"].as_str().unwrap_or("").to_string();
    out.push(Resource {
        group,
        kind,
        namespace,
        name,
        value: v,
        source,
        cluster: String::new(),
        stands_in_for: None,
    });
    Ok(())
}

/// Collects resources, then freezes them into an indexed [`Snapshot`].
#[derive(Debug, Default)]
pub struct SnapshotBuilder {
    resources: Vec<Resource>,
}

impl SnapshotBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds every object of a YAML or JSON stream; returns the documents that failed.
    pub fn add_text(&mut self, file: &str, text: Arc<str>) -> Vec<InputError> {
        let docs = split_documents(&text);
        let parsed = parse_documents(&Arc::from(file), &text, &docs, true);
        self.add_parsed(parsed)
    }

    /// Makes room for `n` more resources.
    pub fn reserve(&mut self, n: usize) {
        self.resources.reserve_exact(n);
    }

    /// Adds what [`parse_documents`] read; returns the documents that failed.
    pub fn add_parsed(&mut self, parsed: Parsed) -> Vec<InputError> {
        self.resources.extend(parsed.resources);
        parsed.errors
    }

    /// Adds objects listed from a cluster (origin `cluster`, no file or line); `cluster` names
    /// the cluster in multi-cluster analysis ("" for the primary one).
    pub fn add_cluster_objects<V: Into<Value>>(
        &mut self,
        objects: impl IntoIterator<Item = V>,
        cluster: &str,
    ) {
        for v in objects {
            let before = self.resources.len();
            let _ = self.add_value(v.into(), Source::Cluster);
            for r in &mut self.resources[before..] {
                r.cluster = cluster.to_string();
            }
        }
    }

    /// Adds one object; `List` kinds are expanded.
    pub fn add_value(&mut self, v: Value, source: Source) -> Result<(), String> {
        push_value(&mut self.resources, v, source, &[])
    }

    /// The object of this kind, namespace and name, if one was added.
    pub fn find_value(&self, gvk: Gvk, namespace: &str, name: &str) -> Option<&Value> {
        self.resources
            .iter()
            .find(|r| r.is(gvk) && r.namespace == namespace && r.name == name)
            .map(|r| &r.value)
    }

    /// True when an object of this kind, namespace and name was added.
    pub fn contains(&self, gvk: Gvk, namespace: &str, name: &str) -> bool {
        self.resources.iter().any(|r| r.is(gvk) && r.namespace == namespace && r.name == name)
    }

    /// Freezes the collection: namespace-less namespaced objects get `default_namespace`,
    /// objects in system namespaces are dropped, a file's object replaces the cluster's object
    /// of the same kind, namespace and name (files overlay the cluster, as `kubectl apply` of
    /// them would), workloads from files that select no pod get a stand-in pod made from their
    /// pod template (the pods they will create), and the indexes are built.
    pub fn build(self, default_namespace: &str) -> Snapshot {
        // Compacted in place (kept objects move down to `keep`): a second vector of every
        // resource would be the run's largest allocation.
        let mut resources = self.resources;
        let mut keep = 0usize;
        // Index of the cluster's (primary cluster) objects by identity, for the overlay.
        let mut live: HashMap<(String, String, String, String), usize> = HashMap::new();
        let mut replaced = false;
        for i in 0..resources.len() {
            let r = &mut resources[i];
            if is_cluster_scoped(&r.kind) {
                r.namespace.clear();
            } else if r.namespace.is_empty() {
                r.namespace = default_namespace.to_string();
                if let Some(m) = r.value.get_mut("metadata").and_then(Value::as_object_mut) {
                    m.insert("namespace", Value::from(r.namespace.as_str()));
                }
            }
            if IGNORED_NAMESPACES.contains(&r.namespace.as_str()) {
                continue;
            }
            if r.cluster.is_empty() {
                let id = (r.group.clone(), r.kind.clone(), r.namespace.clone(), r.name.clone());
                match r.source {
                    Source::Cluster => {
                        live.insert(id, keep);
                    }
                    Source::File { .. } => {
                        if let Some(j) = live.remove(&id) {
                            // Marked for removal; the file's object takes its place below.
                            resources[j].kind.clear();
                            replaced = true;
                        }
                    }
                    Source::Builtin => {}
                }
            }
            resources.swap(keep, i);
            keep += 1;
        }
        resources.truncate(keep);
        if replaced {
            resources.retain(|r| !r.kind.is_empty());
        }
        let stand_ins = stand_in_pods(&resources);
        resources.extend(stand_ins);
        Snapshot::index(resources)
    }
}

/// One pod per workload read from a file whose selector matches no pod of its namespace: the
/// pod its template describes, so analyzers that look at pods see what applying the files
/// would run. Workloads scaled to zero get none.
fn stand_in_pods(resources: &[Resource]) -> Vec<Resource> {
    let mut pods_by_ns: HashMap<&str, Vec<&Value>> = HashMap::new();
    let mut any_workload = false;
    for r in resources {
        if r.is(kinds::POD) && r.cluster.is_empty() {
            pods_by_ns.entry(r.namespace.as_str()).or_default().push(r.labels());
        } else if r.source.is_file() && workload_template_path(r).is_some() {
            any_workload = true;
        }
    }
    if !any_workload {
        return Vec::new();
    }
    let mut out = Vec::new();
    for r in resources {
        if !r.source.is_file() || !r.cluster.is_empty() {
            continue;
        }
        let Some(template_path) = workload_template_path(r) else { continue };
        let template = if r.kind == "CronJob" {
            &r.spec()["jobTemplate"]["spec"]["template"]
        } else {
            &r.spec()["template"]
        };
        if !template.is_object() || r.spec()["replicas"].as_i64() == Some(0) {
            continue;
        }
        let labels = &template["metadata"]["labels"];
        let selector = r.spec()["selector"]["matchLabels"]
            .as_object()
            .filter(|m| !m.is_empty())
            .or_else(|| labels.as_object().filter(|m| !m.is_empty()));
        let has_pods = pods_by_ns.get(r.namespace.as_str()).is_some_and(|pods| match selector {
            Some(sel) => pods.iter().any(|l| labels_match(sel, l)),
            None => false,
        });
        if has_pods {
            continue;
        }
        let mut metadata = Map::new();
        metadata.insert("name", Value::from(r.name.as_str()));
        metadata.insert("namespace", Value::from(r.namespace.as_str()));
        for key in ["labels", "annotations"] {
            if let Some(v) = template["metadata"].get(key) {
                metadata.insert(key, v.clone());
            }
        }
        let mut value = Map::new();
        value.insert("apiVersion", Value::from("v1"));
        value.insert("kind", Value::from("Pod"));
        value.insert("metadata", Value::Object(metadata));
        value.insert("spec", template["spec"].clone());
        let value = Value::Object(value);
        out.push(Resource {
            group: String::new(),
            kind: "Pod".into(),
            namespace: r.namespace.clone(),
            name: r.name.clone(),
            value,
            source: Source::Builtin,
            cluster: String::new(),
            stands_in_for: Some(Box::new(Workload {
                kind: r.kind.clone(),
                name: r.name.clone(),
                template_path,
                source: r.source.clone(),
            })),
        });
    }
    out
}

/// Where a workload kind keeps its pod template, or `None` for other kinds.
fn workload_template_path(r: &Resource) -> Option<&'static str> {
    WORKLOAD_KINDS.iter().find(|(g, k, _)| r.group == *g && r.kind == *k).map(|(_, _, p)| *p)
}

/// Resources by a hash of their key, sorted: 12 bytes an entry instead of a map of owned
/// strings. A lookup scans the entries of one hash and checks the resources themselves, so two
/// keys that share a hash do not mix.
#[derive(Debug, Default)]
struct HashIndex(Vec<(u64, u32)>);

impl HashIndex {
    fn push(&mut self, hash: u64, i: usize) {
        self.0.push((hash, i as u32));
    }
    /// Sorts by hash, then input order.
    fn freeze(&mut self) {
        self.0.sort_unstable();
        self.0.shrink_to_fit();
    }
    /// The resources whose key hashes to `hash`, in input order (may include other keys).
    fn candidates(&self, hash: u64) -> impl DoubleEndedIterator<Item = usize> + ExactSizeIterator + '_ {
        let start = self.0.partition_point(|&(h, _)| h < hash);
        let end = self.0.partition_point(|&(h, _)| h <= hash);
        self.0[start..end].iter().map(|&(_, i)| i as usize)
    }
    fn count(&self, hash: u64) -> usize {
        self.candidates(hash).len()
    }
}

fn hash_of(parts: &[&str]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

/// The indexed, read-only set of resources.
#[derive(Debug, Default)]
pub struct Snapshot {
    resources: Vec<Resource>,
    by_kind: HashMap<String, Vec<usize>>,
    /// By (group/kind, namespace, name).
    by_id: HashIndex,
    /// By (kind, namespace, name).
    by_bare_kind: HashIndex,
    by_kind_ns: HashMap<(String, String), Vec<usize>>,
    /// Pods by (namespace, label key, label value).
    pods_by_label: HashIndex,
    pods_by_ns: HashMap<String, Vec<usize>>,
    /// Services by host (`name.namespace.svc.cluster.local`).
    services: HashIndex,
    namespaces: BTreeSet<String>,
}

impl Snapshot {
    fn index(resources: Vec<Resource>) -> Snapshot {
        let mut s = Snapshot { resources, ..Default::default() };
        for (i, r) in s.resources.iter().enumerate() {
            if !r.cluster.is_empty() {
                // Remote clusters' objects are only read by multi-cluster analyzers.
                s.by_kind.entry(format!("{}@remote", kind_key(&r.group, &r.kind))).or_default().push(i);
                continue;
            }
            // Keys are cloned only when a map does not hold them yet: most resources share their
            // kind and namespace with many others.
            let key = kind_key(&r.group, &r.kind);
            let kind_ns = (key, r.namespace.clone());
            match s.by_kind_ns.get_mut(&kind_ns) {
                Some(list) => list.push(i),
                None => {
                    s.by_kind_ns.insert(kind_ns.clone(), vec![i]);
                }
            }
            let (key, namespace) = kind_ns;
            match s.by_kind.get_mut(&key) {
                Some(list) => list.push(i),
                None => {
                    s.by_kind.insert(key.clone(), vec![i]);
                }
            }
            s.by_id.push(hash_of(&[&key, &namespace, &r.name]), i);
            s.by_bare_kind.push(hash_of(&[&r.kind, &r.namespace, &r.name]), i);
            if !r.namespace.is_empty() && !s.namespaces.contains(&r.namespace) {
                s.namespaces.insert(r.namespace.clone());
            }
            if r.is(kinds::NAMESPACE) && !s.namespaces.contains(&r.name) {
                s.namespaces.insert(r.name.clone());
            }
            if r.is(kinds::POD) {
                s.pods_by_ns.entry(r.namespace.clone()).or_default().push(i);
                if let Some(labels) = r.labels().as_object() {
                    for (k, v) in labels {
                        let v = value_str(v);
                        s.pods_by_label.push(hash_of(&[&r.namespace, k, &v]), i);
                    }
                }
            }
            if r.is(kinds::SERVICE) {
                s.services.push(hash_of(&[&format!("{}.{}.svc.cluster.local", r.name, r.namespace)]), i);
            }
        }
        for index in [&mut s.by_id, &mut s.by_bare_kind, &mut s.pods_by_label, &mut s.services] {
            index.freeze();
        }
        s
    }

    pub fn len(&self) -> usize {
        self.resources.len()
    }
    pub fn is_empty(&self) -> bool {
        self.resources.is_empty()
    }
    pub fn all(&self) -> &[Resource] {
        &self.resources
    }

    /// Every object of a kind, in input order.
    pub fn of(&self, gvk: Gvk) -> impl Iterator<Item = &Resource> {
        self.by_kind.get(&gvk.key()).map(|v| v.as_slice()).unwrap_or(&[]).iter().map(|&i| &self.resources[i])
    }

    /// Objects of a kind listed from remote clusters.
    pub fn remote_of(&self, gvk: Gvk) -> impl Iterator<Item = &Resource> {
        self.by_kind
            .get(&format!("{}@remote", gvk.key()))
            .map(|v| v.as_slice())
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.resources[i])
    }

    /// Every object of a kind in one namespace, in input order.
    pub fn of_in(&self, gvk: Gvk, namespace: &str) -> impl Iterator<Item = &Resource> {
        self.by_kind_ns
            .get(&(gvk.key(), namespace.to_string()))
            .map(|v| v.as_slice())
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.resources[i])
    }

    /// One object by kind, namespace and name.
    pub fn get(&self, gvk: Gvk, namespace: &str, name: &str) -> Option<&Resource> {
        let ns = if is_cluster_scoped(gvk.kind) { "" } else { namespace };
        // The first of that identity in input order.
        self.by_id
            .candidates(hash_of(&[&gvk.key(), ns, name]))
            .map(|i| &self.resources[i])
            .find(|r| r.is(gvk) && r.namespace == ns && r.name == name && r.cluster.is_empty())
    }

    /// The object a message origin names (kind without group).
    pub fn find(&self, kind: &str, namespace: &str, name: &str) -> Option<&Resource> {
        self.by_bare_kind
            .candidates(hash_of(&[kind, namespace, name]))
            .map(|i| &self.resources[i])
            .find(|r| r.kind == kind && r.namespace == namespace && r.name == name && r.cluster.is_empty())
    }

    /// The Kubernetes Service for a fully qualified host (`name.ns.svc.cluster.local`).
    pub fn service_by_host(&self, host: &str) -> Option<&Resource> {
        // The last of that host, as a map keyed by host would keep.
        self.services.candidates(hash_of(&[host])).map(|i| &self.resources[i]).rfind(|r| {
            host.strip_prefix(r.name.as_str())
                .and_then(|h| h.strip_prefix('.'))
                .and_then(|h| h.strip_prefix(r.namespace.as_str()))
                == Some(".svc.cluster.local")
        })
    }

    /// Namespaces seen (declared or used).
    pub fn namespaces(&self) -> &BTreeSet<String> {
        &self.namespaces
    }

    /// Pods in a namespace.
    pub fn pods_in(&self, namespace: &str) -> impl Iterator<Item = &Resource> {
        self.pods_by_ns
            .get(namespace)
            .map(|v| v.as_slice())
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.resources[i])
    }

    /// Pods in `namespace` whose labels include every pair of `selector` (an empty selector
    /// selects every pod of the namespace).
    pub fn pods_matching<'a>(&'a self, namespace: &str, selector: &'a Map) -> Vec<&'a Resource> {
        if selector.is_empty() {
            return self.pods_in(namespace).collect();
        }
        // The pods of the rarest pair, then checked against the whole selector (which also
        // drops pods that only share a hash).
        let mut best: Option<(u64, usize)> = None;
        for (k, v) in selector {
            let hash = hash_of(&[namespace, k, &value_str(v)]);
            match self.pods_by_label.count(hash) {
                0 => return Vec::new(),
                n if best.is_none_or(|(_, b)| n < b) => best = Some((hash, n)),
                _ => {}
            }
        }
        best.map(|(hash, _)| {
            self.pods_by_label
                .candidates(hash)
                .map(|i| &self.resources[i])
                .filter(|p| p.namespace == namespace && labels_match(selector, p.labels()))
                .collect()
        })
        .unwrap_or_default()
    }
}

/// A label value as a string (numbers and booleans as written).
pub fn value_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.to_string(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// True when `labels` holds every pair of `selector`.
pub fn labels_match(selector: &Map, labels: &Value) -> bool {
    selector.iter().all(|(k, v)| labels.get(k).is_some_and(|have| same_label_value(have, v)))
}

/// `value_str(a) == value_str(b)`, without allocating for the usual string values.
fn same_label_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x == y,
        _ => value_str(a) == value_str(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_field_lines() {
        let doc = "apiVersion: v1\nkind: X\nspec:\n  http:\n  - route:\n    - destination:\n        host: a\n    - destination:\n        host: b\n";
        let vs = "kind: VirtualService\nspec:\n  hosts:\n  - \"reviews\"\n  http:\n  - route:\n    - destination:\n        host: reviews\n        subset: v1\n";
        assert_eq!(field_line(vs, "spec.http.0.route.0.destination.subset"), Some(8));
        assert_eq!(field_line(vs, "spec.hosts"), Some(2));
        assert_eq!(field_line(doc, "spec.http.0.route.1.destination.host"), Some(8));
        assert_eq!(field_line(doc, "spec.http.0.route.0.destination.host"), Some(6));
        assert_eq!(field_line(doc, "spec.nothing"), None);
    }

    #[test]
    fn a_file_object_replaces_the_live_one_of_the_same_identity() {
        let mut b = SnapshotBuilder::new();
        let live = |name: &str, ns: &str| {
            Value::from(serde_json::json!({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
                "metadata": {"name": name, "namespace": ns}, "spec": {"hosts": ["live"]}}))
        };
        b.add_cluster_objects(
            vec![live("reviews", "web"), live("ratings", "web"), live("reviews", "other")],
            "",
        );
        b.add_cluster_objects(vec![live("reviews", "web")], "remote");
        let text: Arc<str> = Arc::from(
            "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: reviews\nspec:\n  hosts: [file]\n",
        );
        assert!(b.add_text("f.yaml", text).is_empty());
        let s = b.build("web");
        let vs: Vec<(&str, &str, &Value)> = s
            .of(kinds::VIRTUAL_SERVICE)
            .map(|r| (r.namespace.as_str(), r.name.as_str(), &r.spec()["hosts"][0]))
            .collect();
        assert_eq!(vs.len(), 3, "{vs:?}");
        assert!(vs.contains(&("web", "reviews", &Value::from("file"))), "{vs:?}");
        assert!(vs.contains(&("other", "reviews", &Value::from("live"))), "another namespace stays");
        assert_eq!(s.remote_of(kinds::VIRTUAL_SERVICE).count(), 1, "remote clusters are not overlaid");
    }

    #[test]
    fn workload_templates_stand_in_for_missing_pods_and_messages_name_the_workload() {
        let mut b = SnapshotBuilder::new();
        let text: Arc<str> = Arc::from(
            "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          labels: {app: report}\n        spec:\n          containers:\n          - name: report\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata:\n      labels: {app: web}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-1\n  labels: {app: web}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: idle\nspec:\n  replicas: 0\n  template:\n    metadata:\n      labels: {app: idle}\n",
        );
        assert!(b.add_text("jobs.yaml", text).is_empty());
        let s = b.build("ops");
        let pods: Vec<&str> = s.pods_in("ops").map(|p| p.name.as_str()).collect();
        assert_eq!(
            pods,
            vec!["web-1", "nightly"],
            "the Deployment has its pod; a scaled-to-zero one gets none"
        );
        let sel = Value::from(serde_json::json!({"app": "report"}));
        let standin = s.pods_matching("ops", sel.as_object().unwrap())[0];
        let m = crate::analyze::Message::new(
            crate::analyze::messages::codes::PodMissingProxy,
            standin,
            "spec.containers.0",
            vec![],
        );
        let o = m.origin.unwrap();
        assert_eq!((o.kind.as_str(), o.name.as_str()), ("CronJob", "nightly"));
        assert_eq!(o.reference.as_deref(), Some("jobs.yaml:13"), "the container's line in the template");
    }

    #[test]
    fn a_file_is_read_again_for_a_line_and_not_trusted_once_changed() {
        let dir = std::env::temp_dir().join(format!("meshctl-reread-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("vs.yaml");
        let text = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: r\nspec:\n  hosts: [r]\n";
        std::fs::write(&file, text).unwrap();
        let mut b = SnapshotBuilder::new();
        let report = crate::analyze::input::read_paths(&mut b, &[file.to_string_lossy().to_string()], false);
        assert!(report.errors.is_empty(), "{:?}", report.errors);
        let s = b.build("web");
        let vs = s.of(kinds::VIRTUAL_SERVICE).next().unwrap();
        let Source::File { file: input, .. } = &vs.source else { panic!("read from a file") };
        assert!(input.src.is_none(), "the text is not kept");
        let at = |line: usize| Some(format!("{}:{line}", file.to_string_lossy()));
        assert_eq!(vs.reference("spec.hosts"), at(6), "the field's line, from the file read again");
        std::fs::write(&file, format!("# edited\n{text}")).unwrap();
        // Another file read again in between, so this one is read anew.
        let other = dir.join("other.yaml");
        std::fs::write(&other, text).unwrap();
        let mut b = SnapshotBuilder::new();
        let _ = crate::analyze::input::read_paths(&mut b, &[other.to_string_lossy().to_string()], false);
        let o = b.build("web");
        assert!(o.of(kinds::VIRTUAL_SERVICE).next().unwrap().reference("spec.hosts").is_some());
        assert_eq!(vs.reference("spec.hosts"), at(1), "a changed file gives the document's line only");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn namespaces_default_and_system_ones_are_dropped() {
        let mut b = SnapshotBuilder::new();
        let text: Arc<str> = Arc::from(
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {app: x}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n  namespace: kube-system\n",
        );
        assert!(b.add_text("f.yaml", text).is_empty());
        let s = b.build("web");
        assert_eq!(s.len(), 1);
        let sel = Value::from(serde_json::json!({"app": "x"}));
        assert_eq!(s.pods_matching("web", sel.as_object().unwrap()).len(), 1);
    }
}
