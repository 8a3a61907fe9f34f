//! IST0002: tracing through the retired Lightstep provider.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct LightstepAnalyzer;

impl Analyzer for LightstepAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "telemetry.LightstepAnalyzer",
            "Validates that the lightstep provider is no longer used",
            &[kinds::TELEMETRY, kinds::MESH_CONFIG],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let lightstep: Vec<&str> = arr(&ctx.mesh["extensionProviders"])
            .iter()
            .filter(|p| p.get("lightstep").is_some())
            .map(|p| s(&p["name"]))
            .collect();
        if lightstep.is_empty() {
            return;
        }
        for t in ctx.snapshot.of(kinds::TELEMETRY) {
            for (i, tracing) in arr(&t.spec()["tracing"]).iter().enumerate() {
                if arr(&tracing["providers"]).iter().any(|p| lightstep.contains(&s(&p["name"]))) {
                    let detail = "the Lightstep tracing provider is deprecated; use the OpenTelemetry provider instead";
                    out.push(Message::new(
                        codes::Deprecated,
                        t,
                        &format!("spec.tracing.{i}"),
                        vec![detail.into()],
                    ));
                }
            }
        }
    }
}
