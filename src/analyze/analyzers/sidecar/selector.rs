//! IST0101/IST0110/IST0111/IST0167: Sidecar workload selectors.

use crate::analyze::analyzers::selectors::{SelectorCodes, check_defaults, check_selectors};
use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::selector_labels;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct SelectorAnalyzer;

const CODES: SelectorCodes = SelectorCodes {
    kind: kinds::SIDECAR,
    field: "workloadSelector",
    not_found: codes::ReferencedResourceNotFound,
    conflict: codes::ConflictingSidecarWorkloadSelectors,
    multiple_default: codes::MultipleSidecarsWithoutWorkloadSelectors,
};

/// True when the namespace runs in ambient mode without sidecar injection.
pub fn ambient_namespace(ctx: &Context<'_>, ns: &str) -> bool {
    ctx.snapshot.get(kinds::NAMESPACE, "", ns).is_some_and(|n| {
        n.label("istio.io/dataplane-mode") == Some("ambient")
            && n.label("istio-injection") != Some("enabled")
            && n.label("istio.io/rev").is_none()
    })
}

fn ambient_pod(p: &Resource) -> bool {
    p.annotation("ambient.istio.io/redirection") == Some("enabled")
}

/// True when a Sidecar only affects ambient workloads, so it has no effect.
fn ineffective(ctx: &Context<'_>, sc: &Resource) -> bool {
    match selector_labels(sc.spec(), CODES.field) {
        None => ambient_namespace(ctx, &sc.namespace),
        Some(sel) => {
            let pods = ctx.snapshot.pods_matching(&sc.namespace, sel);
            !pods.is_empty() && pods.iter().all(|p| ambient_pod(p))
        }
    }
}

impl Analyzer for SelectorAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "sidecar.SelectorAnalyzer",
            "Validates that sidecars with a workload selector match at least one pod, and that no two sidecars select the same pods",
            &[kinds::SIDECAR, kinds::POD, kinds::NAMESPACE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let skip = |r: &Resource| ineffective(ctx, r);
        for sc in ctx.snapshot.of(kinds::SIDECAR) {
            if skip(sc) {
                let why = "Sidecar resources do not apply to workloads in ambient mode";
                out.push(Message::new(codes::IneffectivePolicy, sc, "", vec![why.into()]));
            }
        }
        check_defaults(ctx, &CODES, &skip, out);
        check_selectors(ctx, &CODES, &skip, out);
    }
}
