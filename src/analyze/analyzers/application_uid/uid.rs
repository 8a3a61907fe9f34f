//! IST0144: application containers must not run as the proxy's UID 1337.

use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::arr;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};
use serde_json::Value;

pub struct ApplicationUidAnalyzer;

const PROXY_UID: i64 = 1337;

/// One message per workload, pointing at the first place the UID is set.
fn check(r: &Resource, pod_spec: &Value, base: &str, out: &mut Vec<Message>) {
    if pod_spec["securityContext"]["runAsUser"].as_i64() == Some(PROXY_UID) {
        out.push(Message::new("IST0144", r, &format!("{base}securityContext.runAsUser"), vec![]));
        return;
    }
    for (i, c) in arr(&pod_spec["containers"]).iter().enumerate() {
        if c["name"] == "istio-proxy" {
            continue;
        }
        if c["securityContext"]["runAsUser"].as_i64() == Some(PROXY_UID) {
            let path = format!("{base}containers.{i}.securityContext.runAsUser");
            out.push(Message::new("IST0144", r, &path, vec![]));
            return;
        }
    }
}

impl Analyzer for ApplicationUidAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "applicationUID.Analyzer",
            "Checks that application containers do not use the proxy's UID",
            &[kinds::POD, kinds::DEPLOYMENT],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for pod in ctx.snapshot.of(kinds::POD) {
            check(pod, pod.spec(), "spec.", out);
        }
        for d in ctx.snapshot.of(kinds::DEPLOYMENT) {
            check(d, &d.spec()["template"]["spec"], "spec.template.spec.", out);
        }
    }
}
