//! IST0166: policies that select Kubernetes Gateway pods by label instead of targetRef.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Gvk, kinds};
use crate::analyze::util::selector_labels;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct SelectorAnalyzer;

const GATEWAY_NAME_LABEL: &str = "gateway.networking.k8s.io/gateway-name";
const KINDS: &[Gvk] = &[
    kinds::AUTHORIZATION_POLICY,
    kinds::REQUEST_AUTHENTICATION,
    kinds::TELEMETRY,
    kinds::WASM_PLUGIN,
    kinds::POD,
];

impl Analyzer for SelectorAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "k8sgateway.SelectorAnalyzer",
            "Finds policies selecting Kubernetes Gateway pods by label, where only targetRef works",
            KINDS,
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for &gvk in &KINDS[..4] {
            for r in ctx.snapshot.of(gvk) {
                let spec = r.spec();
                if !spec["targetRef"].is_null() || !spec["targetRefs"].is_null() {
                    continue;
                }
                let Some(sel) = selector_labels(spec, "selector") else {
                    continue;
                };
                let gateway = ctx
                    .snapshot
                    .pods_matching(&r.namespace, sel)
                    .into_iter()
                    .find_map(|p| p.label(GATEWAY_NAME_LABEL).map(str::to_string));
                if let Some(gw) = gateway {
                    out.push(Message::new(codes::IneffectiveSelector, r, "spec.selector", vec![gw]));
                }
            }
        }
    }
}
