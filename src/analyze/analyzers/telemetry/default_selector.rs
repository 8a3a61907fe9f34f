//! IST0160: more than one Telemetry without a selector in a namespace.

use super::selector::CODES;
use crate::analyze::analyzers::selectors::check_defaults;
use crate::analyze::snapshot::kinds;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct DefaultSelectorAnalyzer;

impl Analyzer for DefaultSelectorAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "telemetry.DefaultSelectorAnalyzer",
            "Validates that no namespace has more than one telemetry resource without a selector",
            &[kinds::TELEMETRY],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        check_defaults(ctx, &CODES, &|_| false, out);
    }
}
