//! IST0002: deprecated fields in Istio resources.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::arr;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct DeprecationAnalyzer;

impl Analyzer for DeprecationAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "deprecation.DeprecationAnalyzer",
            "Finds deprecated fields in Istio resources",
            &[kinds::VIRTUAL_SERVICE, kinds::SIDECAR],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for vs in ctx.snapshot.of(kinds::VIRTUAL_SERVICE) {
            for (i, rule) in arr(&vs.spec()["http"]).iter().enumerate() {
                if !rule["fault"]["delay"]["percent"].is_null() {
                    out.push(Message::new(
                        codes::Deprecated,
                        vs,
                        &format!("spec.http.{i}.fault.delay.percent"),
                        vec!["`fault.delay.percent` is deprecated; use `fault.delay.percentage`".into()],
                    ));
                }
            }
        }
        for sc in ctx.snapshot.of(kinds::SIDECAR) {
            if !sc.spec()["outboundTrafficPolicy"]["egressProxy"].is_null() {
                out.push(Message::new(
                    codes::Deprecated,
                    sc,
                    "spec.outboundTrafficPolicy.egressProxy",
                    vec!["`outboundTrafficPolicy.egressProxy` is deprecated".into()],
                ));
            }
        }
    }
}
