//! Resource registry (built-in kinds and established CRDs) and the object store.

use std::collections::{BTreeMap, VecDeque};
use std::sync::Arc;

use serde_json::{Value, json};
use tokio::sync::broadcast;

/// One served resource.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ResourceType {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    /// Subresources such as `status`, `scale`, `portforward`.
    pub subresources: Vec<String>,
    /// Whether `metadata.generation` is maintained.
    pub generation: bool,
    /// Served from a CustomResourceDefinition.
    pub custom: bool,
}

impl ResourceType {
    pub fn api_version(&self) -> String {
        if self.group.is_empty() { self.version.clone() } else { format!("{}/{}", self.group, self.version) }
    }

    /// Storage key, independent of the version.
    pub fn key(&self) -> String {
        format!("{}/{}", self.group, self.plural)
    }

    pub fn has_status(&self) -> bool {
        self.subresources.iter().any(|s| s == "status")
    }
}

#[allow(clippy::too_many_arguments)]
fn builtin(
    group: &str,
    version: &str,
    kind: &str,
    plural: &str,
    namespaced: bool,
    short: &[&str],
    subs: &[&str],
    generation: bool,
) -> ResourceType {
    ResourceType {
        group: group.into(),
        version: version.into(),
        kind: kind.into(),
        plural: plural.into(),
        singular: kind.to_ascii_lowercase(),
        namespaced,
        short_names: short.iter().map(|s| s.to_string()).collect(),
        categories: Vec::new(),
        subresources: subs.iter().map(|s| s.to_string()).collect(),
        generation,
        custom: false,
    }
}

/// The built-in resources this server serves.
pub(crate) fn builtin_types() -> Vec<ResourceType> {
    let mut v = vec![
        builtin("", "v1", "Namespace", "namespaces", false, &["ns"], &["status", "finalize"], false),
        builtin("", "v1", "ServiceAccount", "serviceaccounts", true, &["sa"], &[], false),
        builtin("", "v1", "ConfigMap", "configmaps", true, &["cm"], &[], false),
        builtin("", "v1", "Secret", "secrets", true, &[], &[], false),
        builtin("", "v1", "Service", "services", true, &["svc"], &["status"], false),
        builtin("", "v1", "Pod", "pods", true, &["po"], &["status", "portforward"], false),
        builtin("", "v1", "Node", "nodes", false, &["no"], &["status"], false),
        builtin("", "v1", "Event", "events", true, &["ev"], &[], false),
        builtin("", "v1", "Endpoints", "endpoints", true, &["ep"], &[], false),
        builtin("apps", "v1", "Deployment", "deployments", true, &["deploy"], &["status", "scale"], true),
        builtin("apps", "v1", "ReplicaSet", "replicasets", true, &["rs"], &["status", "scale"], true),
        builtin("apps", "v1", "StatefulSet", "statefulsets", true, &["sts"], &["status", "scale"], true),
        builtin("apps", "v1", "DaemonSet", "daemonsets", true, &["ds"], &["status"], true),
        builtin("batch", "v1", "Job", "jobs", true, &[], &["status"], true),
        builtin("batch", "v1", "CronJob", "cronjobs", true, &["cj"], &["status"], true),
        builtin(
            "autoscaling",
            "v2",
            "HorizontalPodAutoscaler",
            "horizontalpodautoscalers",
            true,
            &["hpa"],
            &["status"],
            true,
        ),
        builtin(
            "policy",
            "v1",
            "PodDisruptionBudget",
            "poddisruptionbudgets",
            true,
            &["pdb"],
            &["status"],
            true,
        ),
        builtin("rbac.authorization.k8s.io", "v1", "Role", "roles", true, &[], &[], false),
        builtin("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings", true, &[], &[], false),
        builtin("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", false, &[], &[], false),
        builtin(
            "rbac.authorization.k8s.io",
            "v1",
            "ClusterRoleBinding",
            "clusterrolebindings",
            false,
            &[],
            &[],
            false,
        ),
        builtin(
            "admissionregistration.k8s.io",
            "v1",
            "MutatingWebhookConfiguration",
            "mutatingwebhookconfigurations",
            false,
            &[],
            &[],
            true,
        ),
        builtin(
            "admissionregistration.k8s.io",
            "v1",
            "ValidatingWebhookConfiguration",
            "validatingwebhookconfigurations",
            false,
            &[],
            &[],
            true,
        ),
        builtin(
            "apiextensions.k8s.io",
            "v1",
            "CustomResourceDefinition",
            "customresourcedefinitions",
            false,
            &["crd", "crds"],
            &["status"],
            true,
        ),
        builtin(
            "authorization.k8s.io",
            "v1",
            "SelfSubjectAccessReview",
            "selfsubjectaccessreviews",
            false,
            &[],
            &[],
            false,
        ),
    ];
    for t in &mut v {
        if matches!(
            t.kind.as_str(),
            "Pod" | "Deployment" | "ReplicaSet" | "StatefulSet" | "DaemonSet" | "Job" | "CronJob" | "Service"
        ) {
            t.categories = vec!["all".into()];
        }
    }
    v
}

/// Watch event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EventType {
    Added,
    Modified,
    Deleted,
}

/// A change recorded in the store history.
#[derive(Debug, Clone)]
pub(crate) struct StoredEvent {
    pub rv: u64,
    pub kind: EventType,
    /// Storage key of the resource type (`group/plural`).
    pub key: String,
    pub namespace: String,
    pub object: Value,
    pub old: Option<Value>,
}

/// How many events to keep for watches resuming from an old resourceVersion.
const HISTORY: usize = 20_000;

/// The object store. Guarded by a mutex in `Shared`.
pub(crate) struct Store {
    pub rv: u64,
    /// Objects by type key, then by [`object_key`] (`namespace/name`), so that they are listed
    /// in the real server's order: etcd's, by the bytes of that key.
    objects: BTreeMap<String, BTreeMap<String, Value>>,
    history: VecDeque<Arc<StoredEvent>>,
    /// Oldest resourceVersion a watch may resume from.
    pub oldest: u64,
    pub tx: broadcast::Sender<Arc<StoredEvent>>,
    builtins: Vec<ResourceType>,
}

/// Where an object is stored within its type: `namespace/name` (`/name` when cluster-scoped),
/// the tail of its etcd key. List order and continue tokens follow this string's bytes, as
/// kube-apiserver's do (`istio-system/x` before `istio/x`, since `-` sorts before `/`).
pub(crate) fn object_key(ns: &str, name: &str) -> String {
    format!("{ns}/{name}")
}

pub(crate) fn meta_str<'a>(obj: &'a Value, field: &str) -> &'a str {
    obj.get("metadata").and_then(|m| m.get(field)).and_then(Value::as_str).unwrap_or("")
}

impl Store {
    pub fn new() -> Self {
        let (tx, _) = broadcast::channel(16_384);
        Store {
            rv: 1,
            objects: BTreeMap::new(),
            history: VecDeque::new(),
            oldest: 1,
            tx,
            builtins: builtin_types(),
        }
    }

    /// Every served resource: built-ins plus resources of established CRDs.
    pub fn all_types(&self) -> Vec<ResourceType> {
        let mut v = self.builtins.clone();
        v.extend(self.crd_types());
        v
    }

    /// Resource types contributed by established CRDs (one entry per served version).
    pub fn crd_types(&self) -> Vec<ResourceType> {
        let mut out = Vec::new();
        let Some(crds) = self.objects.get("apiextensions.k8s.io/customresourcedefinitions") else {
            return out;
        };
        for crd in crds.values() {
            let established = crd.pointer("/status/conditions").and_then(Value::as_array).is_some_and(|cs| {
                cs.iter().any(|c| {
                    c.get("type").and_then(Value::as_str) == Some("Established")
                        && c.get("status").and_then(Value::as_str) == Some("True")
                })
            });
            if !established {
                continue;
            }
            let spec = &crd["spec"];
            let group = spec["group"].as_str().unwrap_or_default();
            let names = &spec["names"];
            let strs = |v: &Value| -> Vec<String> {
                v.as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect())
                    .unwrap_or_default()
            };
            let kind = names["kind"].as_str().unwrap_or_default();
            for ver in spec["versions"].as_array().into_iter().flatten() {
                if ver.get("served").and_then(Value::as_bool) == Some(false) {
                    continue;
                }
                let mut subs = Vec::new();
                if ver.pointer("/subresources/status").is_some() {
                    subs.push("status".to_string());
                }
                if ver.pointer("/subresources/scale").is_some() {
                    subs.push("scale".to_string());
                }
                out.push(ResourceType {
                    group: group.into(),
                    version: ver["name"].as_str().unwrap_or_default().into(),
                    kind: kind.into(),
                    plural: names["plural"].as_str().unwrap_or_default().into(),
                    singular: names["singular"]
                        .as_str()
                        .map(String::from)
                        .unwrap_or_else(|| kind.to_ascii_lowercase()),
                    namespaced: spec["scope"].as_str() != Some("Cluster"),
                    short_names: strs(&names["shortNames"]),
                    categories: strs(&names["categories"]),
                    subresources: subs,
                    generation: true,
                    custom: true,
                });
            }
        }
        out
    }

    pub fn find_kind(&self, api_version: &str, kind: &str) -> Option<ResourceType> {
        self.all_types().into_iter().find(|t| t.api_version() == api_version && t.kind == kind)
    }

    pub fn get(&self, key: &str, ns: &str, name: &str) -> Option<&Value> {
        self.objects.get(key).and_then(|m| m.get(&object_key(ns, name)))
    }

    /// Objects of one resource type, optionally restricted to a namespace, ordered by (ns, name).
    /// The stored objects of one type, borrowed (no copies).
    pub fn iter(&self, key: &str) -> impl Iterator<Item = &Value> {
        self.objects.get(key).into_iter().flat_map(|m| m.values())
    }

    pub fn list(&self, key: &str, ns: Option<&str>) -> Vec<Value> {
        self.page(key, ns, None).cloned().collect()
    }

    /// The stored objects of one type (in one namespace, or all), borrowed, in list order,
    /// starting after the object whose [`object_key`] is `after`: a page of a list costs the
    /// objects it holds, not a copy of all of them.
    pub fn page<'a>(
        &'a self,
        key: &str,
        ns: Option<&str>,
        after: Option<&str>,
    ) -> impl Iterator<Item = &'a Value> {
        use std::ops::Bound::{Excluded, Included, Unbounded};
        let prefix = ns.map(|ns| format!("{ns}/"));
        let from = match (after, &prefix) {
            (Some(after), Some(prefix)) if after < prefix.as_str() => Included(prefix.clone()),
            (Some(after), _) => Excluded(after.to_string()),
            (None, Some(prefix)) => Included(prefix.clone()),
            (None, None) => Unbounded,
        };
        self.objects
            .get(key)
            .into_iter()
            .flat_map(move |m| m.range((from.clone(), Unbounded)))
            .take_while(move |(k, _)| prefix.as_ref().is_none_or(|p| k.starts_with(p.as_str())))
            .map(|(_, v)| v)
    }

    /// All (key, object) pairs in a namespace (for namespace deletion).
    pub fn all_in_namespace(&self, ns: &str) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        for (k, m) in &self.objects {
            for v in m.values() {
                if meta_str(v, "namespace") == ns {
                    out.push((k.clone(), v.clone()));
                }
            }
        }
        out
    }

    /// Every stored object with its storage key.
    /// Copies of the stored objects `keep` selects, with their type keys. The controllers run
    /// after every change: copying only what they act on keeps big objects (CRDs) out of it.
    pub fn everything_where(&self, keep: impl Fn(&str, &Value) -> bool) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        for (k, m) in &self.objects {
            for v in m.values().filter(|v| keep(k, v)) {
                out.push((k.clone(), v.clone()));
            }
        }
        out
    }

    /// The uid of every stored object.
    pub fn uids(&self) -> std::collections::HashSet<String> {
        self.objects
            .values()
            .flat_map(|m| m.values())
            .filter_map(|v| v.pointer("/metadata/uid").and_then(Value::as_str).map(str::to_string))
            .collect()
    }

    pub fn everything(&self) -> Vec<(String, Value)> {
        let mut out = Vec::new();
        for (k, m) in &self.objects {
            for v in m.values() {
                out.push((k.clone(), v.clone()));
            }
        }
        out
    }

    pub fn next_rv(&mut self) -> u64 {
        self.rv += 1;
        self.rv
    }

    fn record(&mut self, ev: StoredEvent) {
        let ev = Arc::new(ev);
        self.history.push_back(ev.clone());
        while self.history.len() > HISTORY {
            if let Some(old) = self.history.pop_front() {
                self.oldest = old.rv;
            }
        }
        let _ = self.tx.send(ev);
    }

    /// Insert or replace an object; assigns a new resourceVersion and emits the event.
    pub fn put(&mut self, key: &str, mut obj: Value) -> Value {
        let rv = self.next_rv();
        obj["metadata"]["resourceVersion"] = json!(rv.to_string());
        let ns = meta_str(&obj, "namespace").to_string();
        let name = meta_str(&obj, "name").to_string();
        let old =
            self.objects.entry(key.to_string()).or_default().insert(object_key(&ns, &name), obj.clone());
        let kind = if old.is_some() { EventType::Modified } else { EventType::Added };
        self.record(StoredEvent { rv, kind, key: key.to_string(), namespace: ns, object: obj.clone(), old });
        obj
    }

    /// Remove an object; the DELETED event carries a new resourceVersion.
    pub fn remove(&mut self, key: &str, ns: &str, name: &str) -> Option<Value> {
        let mut obj = self.objects.get_mut(key)?.remove(&object_key(ns, name))?;
        let rv = self.next_rv();
        let old = obj.clone();
        obj["metadata"]["resourceVersion"] = json!(rv.to_string());
        self.record(StoredEvent {
            rv,
            kind: EventType::Deleted,
            key: key.to_string(),
            namespace: ns.to_string(),
            object: obj.clone(),
            old: Some(old),
        });
        Some(obj)
    }

    /// Events after `rv` (exclusive), or `None` if `rv` is older than the kept history.
    pub fn events_since(&self, rv: u64) -> Option<Vec<Arc<StoredEvent>>> {
        if rv < self.oldest {
            return None;
        }
        Some(self.history.iter().filter(|e| e.rv > rv).cloned().collect())
    }

    /// Forget history up to the current resourceVersion (so older versions give 410 Gone).
    pub fn compact(&mut self) {
        self.history.clear();
        self.oldest = self.rv;
    }
}
