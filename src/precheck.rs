//! What `precheck` concludes from what it read: the Kubernetes version, the permissions install
//! needs, Gateway API CRD versions, alpha annotations in use and upgrade incompatibilities.
//! Pure: answers in, findings out (codes and wording from the analysis message catalog).

use serde_json::{Map, Value};

use crate::analyze::analyzers::annotations::table::{IGNORED, Stage, lookup};
use crate::analyze::messages::{Level, catalog, render};
use crate::analyze::report::documentation_url;

/// The oldest Kubernetes minor release the Istio release meshctl installs supports.
pub const MIN_K8S_MINOR: u32 = 32;

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    pub code: &'static str,
    /// `Cluster`, `CustomResourceDefinition <name>`, `Service ns/name`, …
    pub origin: String,
    pub args: Vec<String>,
}

impl Finding {
    fn new(code: &'static str, origin: impl Into<String>, args: Vec<String>) -> Self {
        Finding { code, origin: origin.into(), args }
    }
    pub fn level(&self) -> Level {
        catalog().get(self.code).map(|t| t.level).unwrap_or(Level::Error)
    }
    pub fn text(&self) -> String {
        catalog().get(self.code).map(|t| render(&t.template, &self.args)).unwrap_or_default()
    }
    /// `Level [CODE] (origin) text`, the level coloured when `color`.
    pub fn log_line(&self, color: bool) -> String {
        let (start, end) = match (color, self.level()) {
            (true, Level::Error) => ("\x1b[1;31m", "\x1b[0m"),
            (true, Level::Warning) => ("\x1b[33m", "\x1b[0m"),
            _ => ("", ""),
        };
        format!("{start}{}{end} [{}] ({}) {}", self.level().as_str(), self.code, self.origin, self.text())
    }
    pub fn to_value(&self) -> Value {
        let mut o = Map::new();
        o.insert("code".into(), self.code.into());
        o.insert("documentationUrl".into(), documentation_url(self.code).into());
        o.insert("level".into(), self.level().as_str().into());
        o.insert("message".into(), self.text().into());
        o.insert("origin".into(), self.origin.clone().into());
        Value::Object(o)
    }
}

/// IST0142 when the server's minor version is older than [`MIN_K8S_MINOR`]. `minor` may carry
/// a provider suffix (`28+`).
pub fn kubernetes_version(git_version: &str, minor: &str) -> Option<Finding> {
    let digits: String = minor.chars().take_while(char::is_ascii_digit).collect();
    let n: u32 = digits.parse().ok()?;
    (n < MIN_K8S_MINOR).then(|| {
        Finding::new("IST0142", "Cluster", vec![git_version.to_string(), format!("1.{MIN_K8S_MINOR}")])
    })
}

/// A permission install needs: `create` on a resource (namespaced ones in the istio namespace).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Permission {
    pub group: &'static str,
    pub resource: &'static str,
    pub namespaced: bool,
}

const fn perm(group: &'static str, resource: &'static str, namespaced: bool) -> Permission {
    Permission { group, resource, namespaced }
}

/// Every kind install creates, one SelfSubjectAccessReview each.
pub const INSTALL_PERMISSIONS: &[Permission] = &[
    perm("", "namespaces", false),
    perm("rbac.authorization.k8s.io", "clusterroles", false),
    perm("rbac.authorization.k8s.io", "clusterrolebindings", false),
    perm("apiextensions.k8s.io", "customresourcedefinitions", false),
    perm("rbac.authorization.k8s.io", "roles", true),
    perm("", "serviceaccounts", true),
    perm("", "services", true),
    perm("apps", "deployments", true),
    perm("", "configmaps", true),
    perm("admissionregistration.k8s.io", "mutatingwebhookconfigurations", false),
    perm("admissionregistration.k8s.io", "validatingwebhookconfigurations", false),
];

/// IST0141 for a refused review (the reviewer's reason, else "permission denied").
pub fn missing_permission(p: &Permission, reason: &str) -> Finding {
    let reason = if reason.is_empty() { "permission denied" } else { reason };
    Finding::new("IST0141", "Cluster", vec![p.resource.to_string(), reason.to_string()])
}

/// IST0156 / IST0172 for the Gateway API CRDs whose served versions are too old now, or soon.
pub fn gateway_api(crds: &[Value]) -> Vec<Finding> {
    let mut out = Vec::new();
    for crd in crds {
        if crd["spec"]["group"] != "gateway.networking.k8s.io" {
            continue;
        }
        let kind = crd["spec"]["names"]["kind"].as_str().unwrap_or_default();
        let mut served: Vec<String> = crd["spec"]["versions"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|v| v["served"].as_bool().unwrap_or(false))
            .filter_map(|v| v["name"].as_str().map(str::to_string))
            .collect();
        served.sort();
        let shown = if served.is_empty() { "none".to_string() } else { served.join(",") };
        let origin =
            format!("CustomResourceDefinition {}", crd["metadata"]["name"].as_str().unwrap_or_default());
        let has = |v: &str| served.iter().any(|s| s == v);
        if matches!(kind, "Gateway" | "GatewayClass" | "HTTPRoute" | "ReferenceGrant") && !has("v1beta1") {
            out.push(Finding::new("IST0156", origin.clone(), vec![shown.clone(), "v1beta1".into()]));
        }
        if matches!(kind, "Gateway" | "GatewayClass" | "HTTPRoute" | "GRPCRoute") && !has("v1") {
            out.push(Finding::new("IST0172", origin, vec![shown, "v1".into()]));
        }
    }
    out
}

/// IST0136 for each alpha-stage Istio annotation on the objects (Namespaces, Services, Pods,
/// Deployments).
pub fn alpha_annotations(objects: &[Value]) -> Vec<Finding> {
    let mut out = Vec::new();
    for o in objects {
        let kind = o["kind"].as_str().unwrap_or_default();
        let name = o["metadata"]["name"].as_str().unwrap_or_default();
        let origin = match o["metadata"]["namespace"].as_str() {
            Some(ns) if !ns.is_empty() => format!("{kind} {ns}/{name}"),
            _ => format!("{kind} {name}"),
        };
        for key in o["metadata"]["annotations"].as_object().into_iter().flatten().map(|(k, _)| k) {
            if IGNORED.contains(&key.as_str()) {
                continue;
            }
            if lookup(key).is_some_and(|a| a.stage == Stage::Alpha) {
                out.push(Finding::new("IST0136", origin.clone(), vec![key.clone()]));
            }
        }
    }
    out
}

/// Parses `--from-version` (`1.N`) into its minor number.
pub fn parse_from_version(v: &str) -> Result<u32, String> {
    let Some((major, minor)) = v.split_once('.') else {
        return Err(format!("invalid version {v}, expected format like '1.0'"));
    };
    // The minor is checked first (as upstream does): `2.` is a bad minor, not a bad major.
    let minor = minor.split('.').next().unwrap_or_default();
    let n = minor.parse().map_err(|_| format!("minor version is not a number: {minor}"))?;
    if major != "1" {
        return Err(format!("expected major version 1, got {major}"));
    }
    Ok(n)
}

/// IST0169 when upgrading from 1.21 or older while the tracing default still points at zipkin.
pub fn from_version(minor: u32, zipkin_service: Option<&str>) -> Vec<Finding> {
    match zipkin_service {
        Some(origin) if minor <= 21 => vec![Finding::new(
            "IST0169",
            origin,
            vec![
                "meshConfig.defaultConfig.tracer".into(),
                "1.21".into(),
                "tracing is no longer sent to 'zipkin.istio-system.svc' by default; configure it with the Telemetry API (https://istio.io/latest/docs/tasks/observability/distributed-tracing/telemetry-api/)".into(),
                "1.21".into(),
            ],
        )],
        _ => Vec::new(),
    }
}

/// Findings at or above `threshold`, sorted and without duplicates; and whether any finding
/// (shown or not) is a warning or worse, which makes precheck fail.
pub fn conclude(mut all: Vec<Finding>, threshold: Level) -> (Vec<Finding>, bool) {
    all.sort();
    all.dedup();
    let failing = all.iter().any(|f| f.level() >= Level::Warning);
    (all.into_iter().filter(|f| f.level() >= threshold).collect(), failing)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_below_the_minimum_are_reported() {
        assert!(kubernetes_version("v1.33.0", "33").is_none());
        let f = kubernetes_version("v1.28.3-eks", "28+").unwrap();
        assert_eq!(f.code, "IST0142");
        assert!(f.text().contains("\"v1.28.3-eks\""), "{}", f.text());
    }

    #[test]
    fn gateway_crds_without_v1_are_flagged() {
        let crd = serde_json::json!({"metadata": {"name": "gateways.gateway.networking.k8s.io"},
            "spec": {"group": "gateway.networking.k8s.io", "names": {"kind": "Gateway"},
                     "versions": [{"name": "v1beta1", "served": true}, {"name": "v1alpha2", "served": false}]}});
        let f = gateway_api(&[crd]);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].code, f[0].args[0].as_str()), ("IST0172", "v1beta1"));
    }
}
