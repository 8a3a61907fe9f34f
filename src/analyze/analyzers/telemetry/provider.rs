//! IST0157: Telemetry entries with no providers and no mesh default provider are ignored.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::arr;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ProviderAnalyzer;

impl Analyzer for ProviderAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "telemetry.ProviderAnalyzer",
            "Validates that the providers of telemetry resources are valid",
            &[kinds::TELEMETRY, kinds::MESH_CONFIG],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let defaults = &ctx.mesh["defaultProviders"];
        for t in ctx.snapshot.of(kinds::TELEMETRY) {
            let mut ignored = false;
            for (field, default_field) in
                [("accessLogging", "accessLogging"), ("tracing", "tracing"), ("metrics", "metrics")]
            {
                if !arr(&defaults[default_field]).is_empty() {
                    continue;
                }
                ignored |= arr(&t.spec()[field])
                    .iter()
                    .any(|e| arr(&e["providers"]).is_empty() && e["disabled"].as_bool() != Some(true));
            }
            if ignored {
                out.push(Message::new(
                    codes::InvalidTelemetryProvider,
                    t,
                    "spec",
                    vec![t.name.clone(), t.namespace.clone()],
                ));
            }
        }
    }
}
