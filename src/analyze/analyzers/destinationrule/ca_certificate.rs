//! IST0128/IST0129: TLS origination without a CA to verify the server.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::tree::Value;
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct CaCertificateAnalyzer;

fn unverified(tls: &Value, has_selector: bool) -> Option<&str> {
    let mode = s(&tls["mode"]);
    if mode != "SIMPLE" && mode != "MUTUAL" {
        return None;
    }
    if tls["insecureSkipVerify"].as_bool() == Some(true) {
        return None;
    }
    if !s(&tls["caCertificates"]).is_empty() {
        return None;
    }
    // With a credential and a workload selector the CA may come from the secret.
    if !s(&tls["credentialName"]).is_empty() && has_selector {
        return None;
    }
    Some(mode)
}

impl Analyzer for CaCertificateAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "destinationrule.CaCertificateAnalyzer",
            "Checks that caCertificates is set when the TLS mode is SIMPLE or MUTUAL",
            &[kinds::DESTINATION_RULE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for dr in ctx.snapshot.of(kinds::DESTINATION_RULE) {
            let spec = dr.spec();
            let has_selector = spec["workloadSelector"].is_object();
            let host = s(&spec["host"]).to_string();
            let policy = &spec["trafficPolicy"];
            if let Some(mode) = unverified(&policy["tls"], has_selector) {
                out.push(Message::new(
                    codes::NoServerCertificateVerificationDestinationLevel,
                    dr,
                    "spec.trafficPolicy.tls.mode",
                    vec![dr.name.clone(), dr.namespace.clone(), mode.into(), host.clone()],
                ));
            }
            for (i, pls) in arr(&policy["portLevelSettings"]).iter().enumerate() {
                if let Some(mode) = unverified(&pls["tls"], has_selector) {
                    let port = pls["port"]["number"].to_string();
                    out.push(Message::new(
                        codes::NoServerCertificateVerificationPortLevel,
                        dr,
                        &format!("spec.trafficPolicy.portLevelSettings.{i}.tls.mode"),
                        vec![dr.name.clone(), dr.namespace.clone(), mode.into(), host.clone(), port],
                    ));
                }
            }
        }
    }
}
