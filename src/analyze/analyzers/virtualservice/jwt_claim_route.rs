//! IST0149: routing on JWT claims needs a RequestAuthentication on the gateway pods.

use super::gateway::gateway_ref;
use crate::analyze::messages::codes;
use crate::analyze::snapshot::labels_match;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, obj, s, selector_labels};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct JwtClaimRouteAnalyzer;

const CLAIM_PREFIX: &str = "@request.auth.claims";

fn claim_key(spec: &crate::analyze::tree::Value) -> Option<String> {
    for rule in arr(&spec["http"]) {
        for m in arr(&rule["match"]) {
            for field in ["headers", "withoutHeaders"] {
                if let Some(k) = obj(&m[field]).keys().find(|k| k.starts_with(CLAIM_PREFIX)) {
                    return Some(k.to_string());
                }
            }
        }
    }
    None
}

fn has_request_authn(ctx: &Context<'_>, pod: &Resource) -> bool {
    let root = ctx.istio_namespace;
    ctx.snapshot.of(kinds::REQUEST_AUTHENTICATION).any(|ra| {
        if ra.namespace != pod.namespace && ra.namespace != root {
            return false;
        }
        match selector_labels(ra.spec(), "selector") {
            None => true,
            Some(sel) => labels_match(sel, pod.labels()),
        }
    })
}

impl Analyzer for JwtClaimRouteAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "virtualservice.JWTClaimRouteAnalyzer",
            "Checks that VirtualServices routing on JWT claims have a matching RequestAuthentication",
            &[kinds::REQUEST_AUTHENTICATION, kinds::GATEWAY, kinds::POD, kinds::VIRTUAL_SERVICE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        for vs in snap.of(kinds::VIRTUAL_SERVICE) {
            let Some(key) = claim_key(vs.spec()) else {
                continue;
            };
            'gateways: for g in arr(&vs.spec()["gateways"]) {
                let gref = s(g);
                if gref == "mesh" {
                    continue;
                }
                let (ns, name) = gateway_ref(gref, &vs.namespace);
                let Some(gw) = snap.get(kinds::GATEWAY, ns, name) else {
                    continue;
                };
                let sel = obj(&gw.spec()["selector"]);
                if sel.is_empty() {
                    continue;
                }
                for pns in snap.namespaces() {
                    for pod in snap.pods_matching(pns, sel) {
                        if !has_request_authn(ctx, pod) {
                            out.push(Message::new(
                                codes::JwtClaimBasedRoutingWithoutRequestAuthN,
                                vs,
                                "spec.http",
                                vec![key.clone(), gw.full_name(), pod.full_name()],
                            ));
                            break 'gateways;
                        }
                    }
                }
            }
        }
    }
}
