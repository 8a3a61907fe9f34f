//! The Istio annotations meshctl knows, as one table: where each belongs, the maturity Istio
//! gives it, whether it is deprecated, the value shape `analyze` checks and the rule kube-inject
//! checks before injecting. Both read this table; the names below are for code that sets or
//! reads one annotation.

pub const INJECT: &str = "sidecar.istio.io/inject";
pub const STATUS: &str = "sidecar.istio.io/status";
pub const PROXY_OVERRIDES: &str = "proxy.istio.io/overrides";
pub const PROXY_CONFIG: &str = "proxy.istio.io/config";
pub const NATIVE_SIDECAR: &str = "sidecar.istio.io/nativeSidecar";
pub const INTERCEPTION_MODE: &str = "sidecar.istio.io/interceptionMode";
pub const PROXY_IMAGE: &str = "sidecar.istio.io/proxyImage";
pub const PROXY_IMAGE_TYPE: &str = "sidecar.istio.io/proxyImageType";
pub const PROXY_CPU: &str = "sidecar.istio.io/proxyCPU";
pub const PROXY_MEMORY: &str = "sidecar.istio.io/proxyMemory";
pub const PROXY_CPU_LIMIT: &str = "sidecar.istio.io/proxyCPULimit";
pub const PROXY_MEMORY_LIMIT: &str = "sidecar.istio.io/proxyMemoryLimit";
pub const LOG_LEVEL: &str = "sidecar.istio.io/logLevel";
pub const COMPONENT_LOG_LEVEL: &str = "sidecar.istio.io/componentLogLevel";
pub const AGENT_LOG_LEVEL: &str = "sidecar.istio.io/agentLogLevel";
pub const BOOTSTRAP_OVERRIDE: &str = "sidecar.istio.io/bootstrapOverride";
pub const USER_VOLUME: &str = "sidecar.istio.io/userVolume";
pub const USER_VOLUME_MOUNT: &str = "sidecar.istio.io/userVolumeMount";
pub const CAP_NET_BIND_SERVICE: &str = "sidecar.istio.io/capNetBindService";
pub const REWRITE_PROBES: &str = "sidecar.istio.io/rewriteAppHTTPProbers";
pub const INCLUDE_OUTBOUND_IP_RANGES: &str = "traffic.sidecar.istio.io/includeOutboundIPRanges";
pub const EXCLUDE_OUTBOUND_IP_RANGES: &str = "traffic.sidecar.istio.io/excludeOutboundIPRanges";
pub const INCLUDE_INBOUND_PORTS: &str = "traffic.sidecar.istio.io/includeInboundPorts";
pub const EXCLUDE_INBOUND_PORTS: &str = "traffic.sidecar.istio.io/excludeInboundPorts";
pub const INCLUDE_OUTBOUND_PORTS: &str = "traffic.sidecar.istio.io/includeOutboundPorts";
pub const EXCLUDE_OUTBOUND_PORTS: &str = "traffic.sidecar.istio.io/excludeOutboundPorts";
pub const KUBEVIRT_INTERFACES: &str = "traffic.sidecar.istio.io/kubevirtInterfaces";
pub const EXCLUDE_INTERFACES: &str = "traffic.sidecar.istio.io/excludeInterfaces";
pub const REROUTE_VIRTUAL_INTERFACES: &str = "istio.io/reroute-virtual-interfaces";
pub const STATUS_PORT: &str = "status.sidecar.istio.io/port";
pub const READINESS_INITIAL_DELAY: &str = "readiness.status.sidecar.istio.io/initialDelaySeconds";
pub const READINESS_PERIOD: &str = "readiness.status.sidecar.istio.io/periodSeconds";
pub const READINESS_FAILURE_THRESHOLD: &str = "readiness.status.sidecar.istio.io/failureThreshold";
pub const TEMPLATES: &str = "inject.istio.io/templates";
pub const MERGE_METRICS: &str = "prometheus.istio.io/merge-metrics";
pub const SCRAPE_TARGETS: &str = "prometheus.istio.io/scrape-targets";

/// Maturity of the feature behind an annotation, as Istio's annotation list gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Alpha,
    Beta,
    Stable,
    /// Not in Istio's annotation list, though the injector reads it: the analyzers treat it as
    /// unknown, as upstream's do.
    Unlisted,
}

/// The value shape `analyze` checks (IST0125), as upstream's analyzer does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Any,
    Int,
    Bool,
}

/// The rule kube-inject checks a value against, as upstream's injector does (its message names
/// the rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    InterceptionMode,
    Port,
    Uint32,
    /// Comma-separated CIDRs, or `*`; the name is the matching `values.global.proxy` key.
    CidrList(&'static str, bool),
    /// Comma-separated ports (1–65535); `*` allowed when the flag is set.
    PortList(&'static str, bool),
    InterfaceList,
    Bool,
    Quantity,
    JsonObject,
    ProxyConfig,
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
    /// What kube-inject checks before injecting; `None`: nothing.
    pub rule: Option<Rule>,
}

const POD: &[&str] = &["Pod"];
const SVC: &[&str] = &["Service"];
const ANY: &[&str] = &[];

const fn row(name: &'static str, kinds: &'static [&'static str], stage: Stage) -> Annotation {
    Annotation { name, kinds, stage, deprecated: None, shape: Shape::Any, rule: None }
}

const fn unlisted(name: &'static str) -> Annotation {
    row(name, POD, Stage::Unlisted)
}

impl Annotation {
    const fn shape(self, shape: Shape) -> Annotation {
        Annotation { shape, ..self }
    }
    const fn deprecated(self, hint: &'static str) -> Annotation {
        Annotation { deprecated: Some(hint), ..self }
    }
    const fn rule(self, rule: Rule) -> Annotation {
        Annotation { rule: Some(rule), ..self }
    }
}

const STATS_MATCHER: &str = " in favour of the `proxyStatsMatcher` field of `proxy.istio.io/config`";

use Shape::{Bool, Int};
use Stage::{Alpha, Beta, Stable};

/// Every known annotation. The ones kube-inject checks come first, in the order it checks them
/// (it reports the first invalid one); the rest by name.
pub const ANNOTATIONS: &[Annotation] = &[
    row(INTERCEPTION_MODE, POD, Alpha).rule(Rule::InterceptionMode),
    row(STATUS_PORT, POD, Alpha).rule(Rule::Port),
    row(READINESS_INITIAL_DELAY, POD, Alpha).shape(Int).rule(Rule::Uint32),
    row(READINESS_PERIOD, POD, Alpha).shape(Int).rule(Rule::Uint32),
    row(READINESS_FAILURE_THRESHOLD, POD, Alpha).shape(Int).rule(Rule::Uint32),
    row(INCLUDE_OUTBOUND_IP_RANGES, POD, Alpha).rule(Rule::CidrList("includeIPRanges", true)),
    row(EXCLUDE_OUTBOUND_IP_RANGES, POD, Alpha).rule(Rule::CidrList("excludeIPRanges", false)),
    row(INCLUDE_INBOUND_PORTS, POD, Alpha).rule(Rule::PortList("includeInboundPorts", true)),
    row(EXCLUDE_INBOUND_PORTS, POD, Alpha).rule(Rule::PortList("excludeInboundPorts", false)),
    row(INCLUDE_OUTBOUND_PORTS, POD, Alpha).rule(Rule::PortList("includeOutboundPorts", false)),
    row(EXCLUDE_OUTBOUND_PORTS, POD, Alpha).rule(Rule::PortList("excludeOutboundPorts", false)),
    row(KUBEVIRT_INTERFACES, POD, Alpha).rule(Rule::InterfaceList),
    row(EXCLUDE_INTERFACES, POD, Alpha).rule(Rule::InterfaceList),
    unlisted(REROUTE_VIRTUAL_INTERFACES).rule(Rule::InterfaceList),
    row(MERGE_METRICS, POD, Alpha).rule(Rule::Bool),
    row(PROXY_CPU, POD, Alpha).rule(Rule::Quantity),
    row(PROXY_MEMORY, POD, Alpha).rule(Rule::Quantity),
    row(PROXY_CPU_LIMIT, POD, Alpha).rule(Rule::Quantity),
    row(PROXY_MEMORY_LIMIT, POD, Alpha).rule(Rule::Quantity),
    row(USER_VOLUME, POD, Alpha).rule(Rule::JsonObject),
    row(USER_VOLUME_MOUNT, POD, Alpha).rule(Rule::JsonObject),
    row(PROXY_CONFIG, POD, Beta).rule(Rule::ProxyConfig),
    // Not checked by kube-inject.
    row("ambient.istio.io/redirection", POD, Alpha),
    row("galley.istio.io/analyze-suppress", ANY, Alpha),
    row("gateway.istio.io/controller-version", ANY, Alpha),
    row(TEMPLATES, POD, Alpha),
    row("istio.io/dry-run", &["AuthorizationPolicy"], Alpha),
    row("istio.io/rev", ANY, Alpha),
    row("kubernetes.io/ingress.class", &["Ingress"], Stable),
    row("networking.istio.io/exportTo", SVC, Alpha),
    row("networking.istio.io/traffic-distribution", SVC, Alpha),
    unlisted(SCRAPE_TARGETS),
    row(PROXY_OVERRIDES, POD, Alpha),
    row("readiness.status.sidecar.istio.io/applicationPorts", POD, Alpha),
    row(AGENT_LOG_LEVEL, POD, Alpha),
    row(BOOTSTRAP_OVERRIDE, POD, Alpha),
    unlisted(CAP_NET_BIND_SERVICE),
    row(COMPONENT_LOG_LEVEL, POD, Alpha),
    row("sidecar.istio.io/discoveryAddress", POD, Alpha),
    row("sidecar.istio.io/enableCoreDump", POD, Alpha).shape(Bool),
    row("sidecar.istio.io/extraStatTags", POD, Alpha),
    row(INJECT, POD, Beta),
    row(LOG_LEVEL, POD, Alpha),
    row(NATIVE_SIDECAR, POD, Alpha),
    row(PROXY_IMAGE, POD, Alpha),
    row(PROXY_IMAGE_TYPE, POD, Alpha),
    row(REWRITE_PROBES, POD, Beta).shape(Bool),
    row("sidecar.istio.io/statsCompression", POD, Alpha),
    row("sidecar.istio.io/statsFlushInterval", POD, Alpha),
    row("sidecar.istio.io/statsHistogramBuckets", POD, Alpha),
    row("sidecar.istio.io/statsInclusionPrefixes", POD, Alpha).deprecated(STATS_MATCHER),
    row("sidecar.istio.io/statsInclusionRegexps", POD, Alpha).deprecated(STATS_MATCHER),
    row("sidecar.istio.io/statsInclusionSuffixes", POD, Alpha).deprecated(STATS_MATCHER),
    row(STATUS, POD, Alpha),
    row("topology.istio.io/controlPlaneClusters", ANY, Alpha),
];

/// Looks an annotation up by name.
pub fn lookup(name: &str) -> Option<&'static Annotation> {
    ANNOTATIONS.iter().find(|a| a.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_annotation_has_one_row_and_the_unchecked_ones_are_sorted() {
        let mut names: Vec<&str> = ANNOTATIONS.iter().map(|a| a.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ANNOTATIONS.len(), "a name in two rows");
        let first_unchecked = ANNOTATIONS.iter().position(|a| a.rule.is_none()).unwrap();
        let rest = &ANNOTATIONS[first_unchecked..];
        assert!(rest.iter().all(|a| a.rule.is_none()), "checked rows come first");
        assert!(rest.windows(2).all(|w| w[0].name < w[1].name));
        assert_eq!(lookup(PROXY_CONFIG).map(|a| a.rule), Some(Some(Rule::ProxyConfig)));
    }
}
