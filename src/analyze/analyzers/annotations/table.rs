//! The Istio annotations analyzers know: where each belongs, its maturity, and whether it is
//! deprecated.

/// Maturity of the feature behind an annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Alpha,
    Beta,
    Stable,
}

/// Value shape checked for IST0125.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Any,
    Int,
    Bool,
}

/// One known annotation.
#[derive(Debug, Clone, Copy)]
pub struct Annotation {
    pub name: &'static str,
    /// Kinds it belongs on; empty means any kind.
    pub kinds: &'static [&'static str],
    pub stage: Stage,
    /// `Some(hint)` when deprecated; the hint is appended to the message.
    pub deprecated: Option<&'static str>,
    pub shape: Shape,
}

const POD: &[&str] = &["Pod"];
const SVC: &[&str] = &["Service"];
const ANY: &[&str] = &[];

const fn a(name: &'static str, kinds: &'static [&'static str], stage: Stage) -> Annotation {
    Annotation { name, kinds, stage, deprecated: None, shape: Shape::Any }
}
const fn int(name: &'static str, stage: Stage) -> Annotation {
    Annotation { name, kinds: POD, stage, deprecated: None, shape: Shape::Int }
}
const fn dep(name: &'static str, stage: Stage, hint: &'static str) -> Annotation {
    Annotation { name, kinds: POD, stage, deprecated: Some(hint), shape: Shape::Any }
}

use Stage::{Alpha, Beta, Stable};

/// Sorted by name.
pub const ANNOTATIONS: &[Annotation] = &[
    a("ambient.istio.io/redirection", POD, Alpha),
    a("galley.istio.io/analyze-suppress", ANY, Alpha),
    a("gateway.istio.io/controller-version", ANY, Alpha),
    a("inject.istio.io/templates", POD, Alpha),
    a("istio.io/dry-run", &["AuthorizationPolicy"], Alpha),
    a("istio.io/rev", ANY, Alpha),
    a("kubernetes.io/ingress.class", &["Ingress"], Stable),
    a("networking.istio.io/exportTo", SVC, Alpha),
    a("networking.istio.io/traffic-distribution", SVC, Alpha),
    a("prometheus.istio.io/merge-metrics", POD, Alpha),
    a("proxy.istio.io/config", POD, Beta),
    a("proxy.istio.io/overrides", POD, Alpha),
    a("readiness.status.sidecar.istio.io/applicationPorts", POD, Alpha),
    int("readiness.status.sidecar.istio.io/failureThreshold", Alpha),
    int("readiness.status.sidecar.istio.io/initialDelaySeconds", Alpha),
    int("readiness.status.sidecar.istio.io/periodSeconds", Alpha),
    a("sidecar.istio.io/agentLogLevel", POD, Alpha),
    a("sidecar.istio.io/bootstrapOverride", POD, Alpha),
    a("sidecar.istio.io/componentLogLevel", POD, Alpha),
    a("sidecar.istio.io/discoveryAddress", POD, Alpha),
    Annotation {
        name: "sidecar.istio.io/enableCoreDump",
        kinds: POD,
        stage: Alpha,
        deprecated: None,
        shape: Shape::Bool,
    },
    a("sidecar.istio.io/extraStatTags", POD, Alpha),
    a("sidecar.istio.io/inject", POD, Beta),
    a("sidecar.istio.io/interceptionMode", POD, Alpha),
    a("sidecar.istio.io/logLevel", POD, Alpha),
    a("sidecar.istio.io/nativeSidecar", POD, Alpha),
    a("sidecar.istio.io/proxyCPU", POD, Alpha),
    a("sidecar.istio.io/proxyCPULimit", POD, Alpha),
    a("sidecar.istio.io/proxyImage", POD, Alpha),
    a("sidecar.istio.io/proxyImageType", POD, Alpha),
    a("sidecar.istio.io/proxyMemory", POD, Alpha),
    a("sidecar.istio.io/proxyMemoryLimit", POD, Alpha),
    Annotation {
        name: "sidecar.istio.io/rewriteAppHTTPProbers",
        kinds: POD,
        stage: Beta,
        deprecated: None,
        shape: Shape::Bool,
    },
    a("sidecar.istio.io/statsCompression", POD, Alpha),
    a("sidecar.istio.io/statsFlushInterval", POD, Alpha),
    a("sidecar.istio.io/statsHistogramBuckets", POD, Alpha),
    dep(
        "sidecar.istio.io/statsInclusionPrefixes",
        Alpha,
        " in favour of the `proxyStatsMatcher` field of `proxy.istio.io/config`",
    ),
    dep(
        "sidecar.istio.io/statsInclusionRegexps",
        Alpha,
        " in favour of the `proxyStatsMatcher` field of `proxy.istio.io/config`",
    ),
    dep(
        "sidecar.istio.io/statsInclusionSuffixes",
        Alpha,
        " in favour of the `proxyStatsMatcher` field of `proxy.istio.io/config`",
    ),
    a("sidecar.istio.io/status", POD, Alpha),
    a("sidecar.istio.io/userVolume", POD, Alpha),
    a("sidecar.istio.io/userVolumeMount", POD, Alpha),
    a("status.sidecar.istio.io/port", POD, Alpha),
    a("topology.istio.io/controlPlaneClusters", ANY, Alpha),
    a("traffic.sidecar.istio.io/excludeInboundPorts", POD, Alpha),
    a("traffic.sidecar.istio.io/excludeInterfaces", POD, Alpha),
    a("traffic.sidecar.istio.io/excludeOutboundIPRanges", POD, Alpha),
    a("traffic.sidecar.istio.io/excludeOutboundPorts", POD, Alpha),
    a("traffic.sidecar.istio.io/includeInboundPorts", POD, Alpha),
    a("traffic.sidecar.istio.io/includeOutboundIPRanges", POD, Alpha),
    a("traffic.sidecar.istio.io/includeOutboundPorts", POD, Alpha),
    a("traffic.sidecar.istio.io/kubevirtInterfaces", POD, Alpha),
];

/// Annotations the analyzers never comment on (set by Istio itself).
pub const IGNORED: &[&str] =
    &["istio.io/rev", "ambient.istio.io/redirection", "gateway.istio.io/controller-version"];

/// Looks an annotation up by name.
pub fn lookup(name: &str) -> Option<&'static Annotation> {
    ANNOTATIONS.binary_search_by(|a| a.name.cmp(name)).ok().map(|i| &ANNOTATIONS[i])
}

/// True for annotation keys in an Istio domain (`*istio.io/…`).
pub fn is_istio_key(key: &str) -> bool {
    key.split_once('/').is_some_and(|(domain, _)| domain.ends_with("istio.io"))
}

/// Kinds these analyzers read annotations from.
pub const ANNOTATED_KINDS: &[crate::analyze::Gvk] = &[
    crate::analyze::snapshot::kinds::NAMESPACE,
    crate::analyze::snapshot::kinds::SERVICE,
    crate::analyze::snapshot::kinds::POD,
    crate::analyze::snapshot::kinds::DEPLOYMENT,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_unique() {
        assert!(ANNOTATIONS.windows(2).all(|w| w[0].name < w[1].name));
        assert!(lookup("proxy.istio.io/config").is_some());
    }
}
