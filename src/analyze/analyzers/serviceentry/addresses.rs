//! IST0134: TCP ServiceEntries need addresses unless DNS auto-allocation provides them.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ServiceEntryAnalyzer;

impl Analyzer for ServiceEntryAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "serviceentry.Analyzer",
            "Checks that TCP service entries have addresses when none are allocated automatically",
            &[kinds::SERVICE_ENTRY, kinds::MESH_CONFIG],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let md = &ctx.mesh["defaultConfig"]["proxyMetadata"];
        if s(&md["ISTIO_META_DNS_AUTO_ALLOCATE"]) == "true" {
            return;
        }
        for se in ctx.snapshot.of(kinds::SERVICE_ENTRY) {
            if !arr(&se.spec()["addresses"]).is_empty() || !arr(&se.value["status"]["addresses"]).is_empty() {
                continue;
            }
            let tcp = arr(&se.spec()["ports"]).iter().position(|p| {
                let proto = s(&p["protocol"]);
                proto.is_empty() || proto.eq_ignore_ascii_case("TCP")
            });
            if let Some(i) = tcp {
                out.push(Message::new(
                    codes::ServiceEntryAddressesRequired,
                    se,
                    &format!("spec.ports.{i}"),
                    vec![],
                ));
            }
        }
    }
}
