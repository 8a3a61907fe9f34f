//! IST0144: application containers must not run as the proxy's UID 1337.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::tree::Value;
use crate::analyze::util::arr;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ApplicationUidAnalyzer;

const PROXY_UID: i64 = 1337;

/// True for objects labelled as part of the Istio control plane (an `istio` label, or
/// `release: istio`), as upstream decides it.
fn is_istio_control_plane(r: &Resource) -> bool {
    r.labels().get("istio").is_some() || r.label("release") == Some("istio")
}

/// One message per workload, pointing at the first place the UID is set.
fn check(r: &Resource, pod_spec: &Value, base: &str, out: &mut Vec<Message>) {
    if pod_spec["securityContext"]["runAsUser"].as_i64() == Some(PROXY_UID) {
        out.push(Message::new(
            codes::InvalidApplicationUID,
            r,
            &format!("{base}securityContext.runAsUser"),
            vec![],
        ));
        return;
    }
    for (i, c) in arr(&pod_spec["containers"]).iter().enumerate() {
        if c["name"] == "istio-proxy" {
            continue;
        }
        if c["securityContext"]["runAsUser"].as_i64() == Some(PROXY_UID) {
            let path = format!("{base}containers.{i}.securityContext.runAsUser");
            out.push(Message::new(codes::InvalidApplicationUID, r, &path, vec![]));
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
        // The control plane's gateways run as 1337 on purpose (they are proxies); upstream
        // skips everything labelled as part of it too. Stand-in pods are skipped: their
        // Deployment is checked itself, and upstream checks no other workload kind.
        for pod in ctx.snapshot.of(kinds::POD) {
            if !is_istio_control_plane(pod) && pod.stands_in_for.is_none() {
                check(pod, pod.spec(), "spec.", out);
            }
        }
        for d in ctx.snapshot.of(kinds::DEPLOYMENT) {
            if !is_istio_control_plane(d) {
                check(d, &d.spec()["template"]["spec"], "spec.template.spec.", out);
            }
        }
    }
}
