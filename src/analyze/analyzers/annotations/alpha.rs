//! IST0136: annotations of alpha-stage features (and IST0135 for deprecated ones on the kinds
//! they belong to).

use super::k8s::annotation_keys;
use super::table::{ANNOTATED_KINDS, IGNORED, Stage, lookup};
use crate::analyze::messages::codes;
use crate::analyze::util::arr;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct AlphaAnalyzer;

/// Annotations the CNI plugin sets on every pod it handles; not the user's choice.
const SET_BY_CNI: &[&str] = &[
    "sidecar.istio.io/interceptionMode",
    "traffic.sidecar.istio.io/excludeInboundPorts",
    "traffic.sidecar.istio.io/includeInboundPorts",
    "traffic.sidecar.istio.io/includeOutboundIPRanges",
];

impl Analyzer for AlphaAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "annotations.AlphaAnalyzer",
            "Checks for alpha Istio annotations in Kubernetes resources",
            ANNOTATED_KINDS,
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for &gvk in ANNOTATED_KINDS {
            for r in ctx.snapshot.of(gvk) {
                let cni_pod =
                    arr(&r.spec()["initContainers"]).iter().any(|c| c["name"] == "istio-validation");
                for (key, _) in annotation_keys(r) {
                    if IGNORED.contains(&key.as_str()) || (cni_pod && SET_BY_CNI.contains(&key.as_str())) {
                        continue;
                    }
                    let Some(known) = lookup(&key) else { continue };
                    if known.stage == Stage::Alpha {
                        out.push(Message::new(
                            codes::AlphaAnnotation,
                            r,
                            "metadata.annotations",
                            vec![key.clone()],
                        ));
                    }
                }
            }
        }
    }
}
