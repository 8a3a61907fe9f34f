//! IST0101/IST0159: Telemetry selectors match pods, and no pod is selected twice.

use crate::analyze::analyzers::selectors::{SelectorCodes, check_selectors};
use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct SelectorAnalyzer;

pub const CODES: SelectorCodes = SelectorCodes {
    kind: kinds::TELEMETRY,
    field: "selector",
    not_found: codes::ReferencedResourceNotFound,
    conflict: codes::ConflictingTelemetryWorkloadSelectors,
    multiple_default: codes::MultipleTelemetriesWithoutWorkloadSelectors,
};

impl Analyzer for SelectorAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "telemetry.SelectorAnalyzer",
            "Validates that telemetries with a selector match at least one pod, and that no two telemetries select the same pods",
            &[kinds::TELEMETRY, kinds::POD],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        check_selectors(ctx, &CODES, &|_| false, out);
    }
}
