//! The pure core of `describe pod|service`: a pod (or a Service and its pods), the Services,
//! the Envoy config dumps and the Istio objects they name in; the lines upstream istioctl
//! prints out. No I/O: the command fetches, this module reads.
//!
//! Which DestinationRules, VirtualServices and Gateways matter is only known once a dump has
//! been read (the proxy names them in its metadata). So rendering records every object it
//! looks up that the [`World`] does not hold yet; the command fetches those and renders again
//! until nothing new is asked for (two or three rounds).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::debug::dump::ConfigDump;

pub mod destination_rule;
pub mod envoy_refs;
pub mod ingress;
pub mod peer_authentication;
pub mod pod;
pub mod protocol;
pub mod prototext;
pub mod service;
pub mod virtual_service;

/// The line between sections.
pub const RULE: &str = "--------------------";

/// Istio objects describe reads by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    DestinationRule,
    VirtualService,
    Gateway,
}

impl Kind {
    pub fn api_version(self) -> &'static str {
        "networking.istio.io/v1"
    }
    pub fn name(self) -> &'static str {
        match self {
            Kind::DestinationRule => "DestinationRule",
            Kind::VirtualService => "VirtualService",
            Kind::Gateway => "Gateway",
        }
    }
}

/// An object by kind, namespace and name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub kind: Kind,
    pub namespace: String,
    pub name: String,
}

/// The Istio objects fetched so far (`None`: asked for and absent), and the ones rendering
/// wanted but did not find.
#[derive(Debug, Default)]
pub struct World {
    objects: BTreeMap<Key, Option<Value>>,
    asked: RefCell<BTreeSet<Key>>,
}

impl World {
    /// The object, if fetched and present; an unknown key is remembered as asked for.
    pub fn get(&self, kind: Kind, namespace: &str, name: &str) -> Option<&Value> {
        let key = Key { kind, namespace: namespace.into(), name: name.into() };
        match self.objects.get(&key) {
            Some(v) => v.as_ref(),
            None => {
                self.asked.borrow_mut().insert(key);
                None
            }
        }
    }

    /// Records a fetched object (`None` when the server has no such object).
    pub fn insert(&mut self, key: Key, value: Option<Value>) {
        self.asked.borrow_mut().remove(&key);
        self.objects.insert(key, value);
    }

    /// The objects looked up but not fetched yet; empties the list.
    pub fn take_asked(&self) -> Vec<Key> {
        std::mem::take(&mut *self.asked.borrow_mut()).into_iter().collect()
    }
}

/// Names as upstream writes them: `name` in the command's namespace, else `name.namespace`.
#[derive(Debug, Clone)]
pub struct Names {
    pub namespace: String,
}

impl Names {
    pub fn of(&self, obj: &Value) -> String {
        let (name, ns) = (s(&obj["metadata"]["name"]), s(&obj["metadata"]["namespace"]));
        if ns == self.namespace { name.to_string() } else { format!("{name}.{ns}") }
    }
}

/// The ingress gateways of the cluster: running `istio=ingressgateway` pods, the Services in
/// their namespaces, and each pod's config dump (keyed `namespace/name`).
#[derive(Debug, Default)]
pub struct Ingress {
    pub pods: Vec<Value>,
    pub services: Vec<Value>,
    pub dumps: BTreeMap<String, ConfigDump>,
    /// The ingress gateway pods could not be listed (a user whose RBAC stops at namespaces):
    /// the section says so instead of claiming there are none.
    pub refused: bool,
}

/// What `describe pod` shows after the pod's own lines.
pub struct PodReport<'a> {
    pub names: &'a Names,
    pub pod: &'a Value,
    /// The Services of the pod's namespace whose selector matches it.
    pub services: &'a [Value],
    /// The pod's Envoy config; `None` when it was not read (`--ignoreUnmeshed`).
    pub dump: Option<&'a ConfigDump>,
    pub root_namespace: &'a str,
    /// PeerAuthentications of the root namespace, then of the pod's namespace.
    pub peer_authentications: &'a [Value],
    /// The ingress gateways (no pods: the section says it skips them).
    pub ingress: &'a Ingress,
    pub ignore_unmeshed: bool,
}

/// Everything after `Pod:` and its warnings.
pub fn pod_report(r: &PodReport<'_>, world: &World) -> String {
    let mut out = String::new();
    if r.services.is_empty() && !r.ignore_unmeshed {
        out.push_str(&format!(
            "Warning: No Kubernetes Services select pod {} (see https://istio.io/docs/setup/kubernetes/additional-setup/requirements/ )\n",
            r.names.of(r.pod)
        ));
    }
    out.push_str(RULE);
    out.push('\n');
    let labels = [labels_of(r.pod)];
    if let Some(dump) = r.dump {
        out.push_str(&service::pod_services(r.names, r.pod, r.services, &labels, dump, world));
    }
    out.push_str(RULE);
    out.push('\n');
    out.push_str(&peer_authentication::section(r.root_namespace, r.peer_authentications, labels_of(r.pod)));
    out.push_str(&ingress::section(r.names, r.services, &labels, r.ingress, world));
    out
}

/// What `describe service` shows once a ready Istio pod was found.
pub struct ServiceReport<'a> {
    pub names: &'a Names,
    pub service: &'a Value,
    /// The first ready pod with a proxy: its Envoy config is the one read.
    pub pod: &'a Value,
    /// Labels of every ready Istio pod of the Service (subsets match any of them).
    pub pods_labels: Vec<&'a Map<String, Value>>,
    /// `None` when the pod's Envoy did not answer and `--ignoreUnmeshed` said to go on.
    pub dump: Option<&'a ConfigDump>,
    pub ingress: &'a Ingress,
}

pub fn service_report(r: &ServiceReport<'_>, world: &World) -> String {
    let services = std::slice::from_ref(r.service);
    let mut out = match r.dump {
        Some(dump) => service::pod_services(r.names, r.pod, services, &r.pods_labels, dump, world),
        None => String::new(),
    };
    out.push_str(&ingress::section(r.names, services, &r.pods_labels, r.ingress, world));
    out
}

/// A string field, or "".
pub(crate) fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();

/// `metadata.labels` (empty when absent).
pub(crate) fn labels_of(obj: &Value) -> &Map<String, Value> {
    obj["metadata"]["labels"].as_object().unwrap_or_else(|| EMPTY.get_or_init(Map::new))
}

/// A set-based selector: every pair must be among the labels (an empty selector selects all).
pub(crate) fn selects(selector: Option<&Map<String, Value>>, labels: &Map<String, Value>) -> bool {
    selector.is_none_or(|sel| sel.iter().all(|(k, v)| labels.get(k).is_some_and(|l| l == v)))
}

/// A selector field that is absent, `null` or `{}` is none at all.
pub(crate) fn selector(v: &Value) -> Option<&Map<String, Value>> {
    v.as_object().filter(|m| !m.is_empty())
}

/// `<service>.<namespace>.svc.cluster.local`, unless already qualified (or a wildcard).
pub(crate) fn extend_fqdn(host: &str) -> String {
    const SUFFIX: &str = ".svc.cluster.local";
    if host.starts_with('*') || host.ends_with(SUFFIX) { host.to_string() } else { format!("{host}{SUFFIX}") }
}

#[cfg(test)]
mod tests;
