//! IST0101/IST0161: gateway TLS credentials exist where the gateway runs and hold a usable,
//! unexpired certificate.

use super::x509::{base64_decode, not_after, now_stamp, pem_certificate};
use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct SecretAnalyzer;

fn valid_secret(secret: &Resource, now: &str) -> bool {
    let data = &secret.value["data"];
    let (Some(crt), Some(_key)) = (data["tls.crt"].as_str(), data["tls.key"].as_str()) else {
        return false;
    };
    let Some(pem) = base64_decode(crt).and_then(|b| String::from_utf8(b).ok()) else {
        return false;
    };
    let Some(der) = pem_certificate(&pem) else {
        return false;
    };
    not_after(&der).is_some_and(|na| na.as_str() > now)
}

impl Analyzer for SecretAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "gateway.SecretAnalyzer",
            "Checks that gateway TLS credentials exist next to the gateway pods and hold a valid certificate",
            &[kinds::GATEWAY, kinds::POD, kinds::SECRET],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        let now = now_stamp();
        for gw in snap.of(kinds::GATEWAY) {
            let sel = obj(&gw.spec()["selector"]);
            let pod_ns = if sel.is_empty() {
                None
            } else {
                snap.namespaces().iter().find(|ns| !snap.pods_matching(ns, sel).is_empty()).cloned()
            };
            let ns = pod_ns.unwrap_or_else(|| gw.namespace.clone());
            for (i, server) in arr(&gw.spec()["servers"]).iter().enumerate() {
                let cred = s(&server["tls"]["credentialName"]);
                if cred.is_empty() {
                    continue;
                }
                let path = format!("spec.servers.{i}.tls.credentialName");
                match snap.get(kinds::SECRET, &ns, cred) {
                    None => out.push(Message::new(
                        codes::ReferencedResourceNotFound,
                        gw,
                        &path,
                        vec!["credentialName".into(), cred.to_string()],
                    )),
                    Some(secret) if !valid_secret(secret, &now) => out.push(Message::new(
                        codes::InvalidGatewayCredential,
                        gw,
                        &path,
                        vec![gw.name.clone(), gw.namespace.clone()],
                    )),
                    Some(_) => {}
                }
            }
        }
    }
}
