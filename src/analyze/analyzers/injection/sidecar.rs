//! IST0102/IST0103/IST0123/IST0148: namespaces and pods and their sidecar injection.

use crate::analyze::tree::Value;

use crate::analyze::messages::{codes, list};
use crate::analyze::snapshot::{IGNORED_NAMESPACES, Resource, kinds};
use crate::analyze::util::arr;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct InjectionAnalyzer;

const INJECTION_LABEL: &str = "istio-injection";
const REVISION_LABEL: &str = "istio.io/rev";
const DATAPLANE_LABEL: &str = "istio.io/dataplane-mode";

/// True when the default injector injects namespaces without any injection label.
pub fn namespaces_injected_by_default(ctx: &Context<'_>) -> bool {
    ctx.snapshot
        .get(kinds::CONFIG_MAP, ctx.istio_namespace, "istio-sidecar-injector")
        .and_then(|cm| cm.value["data"]["values"].as_str())
        .and_then(|v| serde_json::from_str::<Value>(v).ok())
        .and_then(|v| v["sidecarInjectorWebhook"]["enableNamespacesByDefault"].as_bool())
        .unwrap_or(false)
}

/// The value of `sidecar.istio.io/inject` on a pod (the label wins over the annotation).
pub fn pod_inject_setting(pod: &Resource) -> Option<&str> {
    pod.label("sidecar.istio.io/inject").or_else(|| pod.annotation("sidecar.istio.io/inject"))
}

fn has_proxy(pod: &Resource) -> bool {
    let spec = pod.spec();
    arr(&spec["containers"]).iter().chain(arr(&spec["initContainers"])).any(|c| c["name"] == "istio-proxy")
}

impl Analyzer for InjectionAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "injection.Analyzer",
            "Checks namespace injection labels and pods missing their sidecar",
            &[kinds::NAMESPACE, kinds::POD, kinds::CONFIG_MAP],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let by_default = namespaces_injected_by_default(ctx);
        for ns in ctx.snapshot.of(kinds::NAMESPACE) {
            if ns.name == ctx.istio_namespace || IGNORED_NAMESPACES.contains(&ns.name.as_str()) {
                continue;
            }
            let injection = ns.label(INJECTION_LABEL);
            let revision = ns.label(REVISION_LABEL);
            let ambient = ns.label(DATAPLANE_LABEL) == Some("ambient");
            if injection == Some("disabled") {
                continue;
            }
            let mut labels = Vec::new();
            if injection.is_some() {
                labels.push(INJECTION_LABEL);
            }
            if revision.is_some() {
                labels.push(REVISION_LABEL);
            }
            if ambient {
                labels.push(DATAPLANE_LABEL);
            }
            if labels.len() > 1 {
                out.push(Message::new(
                    codes::NamespaceMultipleInjectionLabels,
                    ns,
                    "metadata.labels",
                    vec![list(&labels)],
                ));
                continue;
            }
            if ambient {
                continue;
            }
            let injected = injection == Some("enabled") || revision.is_some();
            if !injected {
                if by_default {
                    out.push(Message::new(codes::NamespaceInjectionEnabledByDefault, ns, "", vec![]));
                } else {
                    out.push(Message::new(
                        codes::NamespaceNotInjected,
                        ns,
                        "",
                        vec![ns.name.clone(), ns.name.clone()],
                    ));
                    continue;
                }
            }
            for pod in ctx.snapshot.pods_in(&ns.name) {
                // A pod template has no proxy until the injector adds it as the pod is created.
                if pod.stands_in_for.is_some() {
                    continue;
                }
                if pod_inject_setting(pod) == Some("false") || pod.spec()["hostNetwork"] == true {
                    continue;
                }
                if !has_proxy(pod) {
                    out.push(Message::new(codes::PodMissingProxy, pod, "", vec![pod.full_name()]));
                }
            }
        }
    }
}
