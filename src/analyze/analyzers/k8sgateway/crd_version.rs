//! IST0176: Gateway API CRDs older than this Istio release reads.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct CrdVersionAnalyzer;

const BUNDLE_ANNOTATION: &str = "gateway.networking.k8s.io/bundle-version";

/// The minimum bundle version per CRD; TLSRoute is read at `v1`, first served in v1.5.
fn minimum(crd: &str) -> &'static str {
    match crd {
        "tlsroutes.gateway.networking.k8s.io" => "v1.5.0",
        _ => "v1.2.0",
    }
}

/// Parses `v1.2.3` (or `1.2`) into comparable numbers.
fn version(v: &str) -> Option<(u32, u32, u32)> {
    let core = v.trim_start_matches('v').split(['-', '+']).next()?;
    let mut it = core.split('.').map(|p| p.parse::<u32>().ok());
    Some((it.next()??, it.next().flatten().unwrap_or(0), it.next().flatten().unwrap_or(0)))
}

impl Analyzer for CrdVersionAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "k8sgateway.CRDVersionAnalyzer",
            "Checks that installed Gateway API CRDs are recent enough for this Istio release",
            &[kinds::CRD],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for crd in ctx.snapshot.of(kinds::CRD) {
            if !crd.name.ends_with(".gateway.networking.k8s.io") {
                continue;
            }
            let Some(installed) = crd.annotation(BUNDLE_ANNOTATION) else {
                continue;
            };
            let min = minimum(&crd.name);
            if let (Some(have), Some(need)) = (version(installed), version(min))
                && have < need
            {
                {
                    out.push(Message::new(
                        codes::GatewayAPICRDVersionBelowMinimum,
                        crd,
                        &format!("metadata.annotations.{BUNDLE_ANNOTATION}"),
                        vec![crd.name.clone(), installed.to_string(), min.to_string()],
                    ));
                }
            }
        }
    }
}
