//! IST0171: Istio reports a negative status condition on a resource.

use crate::analyze::messages::codes;
use crate::analyze::tree::Value;

use crate::analyze::snapshot::{Gvk, Resource, kinds};
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ConditionAnalyzer;

const KINDS: &[Gvk] = &[
    kinds::SERVICE,
    kinds::SERVICE_ENTRY,
    kinds::AUTHORIZATION_POLICY,
    kinds::K8S_GATEWAY,
    kinds::HTTP_ROUTE,
    kinds::GRPC_ROUTE,
];

/// Condition types Istio sets: unprefixed ones and `istio.io/…`.
fn istio_type(t: &str) -> bool {
    !t.contains('/') || t.starts_with("istio.io/")
}

fn negative(c: &Value) -> bool {
    istio_type(s(&c["type"])) && (s(&c["status"]) == "False" || s(&c["reason"]) == "PartiallyInvalid")
}

fn report(r: &Resource, conds: &[Value], path: &str, out: &mut Vec<Message>) {
    for (i, c) in conds.iter().enumerate() {
        if negative(c) {
            out.push(Message::new(
                codes::NegativeConditionStatus,
                r,
                &format!("{path}.{i}"),
                vec![s(&c["type"]).into(), s(&c["reason"]).into(), s(&c["message"]).into()],
            ));
        }
    }
}

impl Analyzer for ConditionAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "conditions.ConditionAnalyzer",
            "Reports status conditions in which Istio marks a resource as not working",
            KINDS,
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for &gvk in KINDS {
            for r in ctx.snapshot.of(gvk) {
                let status = &r.value["status"];
                report(r, arr(&status["conditions"]), "status.conditions", out);
                for (i, p) in arr(&status["parents"]).iter().enumerate() {
                    report(r, arr(&p["conditions"]), &format!("status.parents.{i}.conditions"), out);
                }
            }
        }
    }
}
