//! IST0138: gateways that share a certificate while one selects the other's workloads.

use std::collections::BTreeMap;

use crate::analyze::messages::{codes, list};
use crate::analyze::snapshot::{Resource, kinds, value_str};
use crate::analyze::util::{arr, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct CertificateAnalyzer;

/// True when every label of `a` is in `b` (so `a` selects at least `b`'s workloads).
fn covers(a: &Resource, b: &Resource) -> bool {
    let (sa, sb) = (obj(&a.spec()["selector"]), obj(&b.spec()["selector"]));
    sa.iter().all(|(k, v)| sb.get(k).map(value_str) == Some(value_str(v)))
}

fn credentials(gw: &Resource) -> Vec<String> {
    arr(&gw.spec()["servers"])
        .iter()
        .filter_map(|srv| {
            let tls = &srv["tls"];
            let cred = s(&tls["credentialName"]);
            if !cred.is_empty() {
                return Some(cred.to_string());
            }
            let (cert, key) = (s(&tls["serverCertificate"]), s(&tls["privateKey"]));
            (!cert.is_empty()).then(|| format!("{cert}|{key}"))
        })
        .collect()
}

impl Analyzer for CertificateAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "gateway.CertificateAnalyzer",
            "Finds gateways sharing a TLS certificate with gateways whose workloads they also select",
            &[kinds::GATEWAY],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let mut by_cred: BTreeMap<String, Vec<&Resource>> = BTreeMap::new();
        for gw in ctx.snapshot.of(kinds::GATEWAY) {
            let mut creds = credentials(gw);
            creds.sort();
            creds.dedup();
            for c in creds {
                by_cred.entry(c).or_default().push(gw);
            }
        }
        for gws in by_cred.values() {
            for gw in gws {
                let mut names: Vec<String> = gws
                    .iter()
                    .filter(|o| !std::ptr::eq(**o, *gw) && covers(gw, o))
                    .map(|o| o.full_name())
                    .collect();
                if names.is_empty() {
                    continue;
                }
                names.push(gw.full_name());
                names.sort();
                out.push(Message::new(
                    codes::GatewayDuplicateCertificate,
                    gw,
                    "spec.servers",
                    vec![list(&names)],
                ));
            }
        }
    }
}
