//! IST0151–IST0155: EnvoyFilter patch operations that are ignored or order-dependent.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct EnvoyPatchAnalyzer;

impl Analyzer for EnvoyPatchAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "envoyfilter.EnvoyPatchAnalyzer",
            "Checks the patch operations of EnvoyFilters",
            &[kinds::ENVOY_FILTER],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for ef in ctx.snapshot.of(kinds::ENVOY_FILTER) {
            let spec = ef.spec();
            let prioritized = spec["priority"].as_i64().is_some_and(|p| p != 0);
            let (mut relative, mut relative_versioned) = (None, None);
            for (i, patch) in arr(&spec["configPatches"]).iter().enumerate() {
                let apply_to = s(&patch["applyTo"]);
                let op = s(&patch["patch"]["operation"]);
                let path = format!("spec.configPatches.{i}.patch.operation");
                let route_level = matches!(apply_to, "ROUTE_CONFIGURATION" | "HTTP_ROUTE");
                let is_relative = match op {
                    "INSERT_BEFORE" | "INSERT_AFTER" => true,
                    "REPLACE" => {
                        if !matches!(apply_to, "HTTP_FILTER" | "NETWORK_FILTER" | "VIRTUAL_HOST") {
                            out.push(Message::new(
                                codes::EnvoyFilterUsesReplaceOperationIncorrectly,
                                ef,
                                &path,
                                vec![],
                            ));
                            false
                        } else {
                            true
                        }
                    }
                    "ADD" => {
                        if route_level {
                            out.push(Message::new(
                                codes::EnvoyFilterUsesAddOperationIncorrectly,
                                ef,
                                &path,
                                vec![],
                            ));
                        }
                        false
                    }
                    "REMOVE" => {
                        if route_level {
                            out.push(Message::new(
                                codes::EnvoyFilterUsesRemoveOperationIncorrectly,
                                ef,
                                &path,
                                vec![],
                            ));
                            false
                        } else {
                            true
                        }
                    }
                    _ => false,
                };
                if !is_relative || prioritized {
                    continue;
                }
                if !s(&patch["match"]["proxy"]["proxyVersion"]).is_empty() {
                    relative_versioned.get_or_insert(path);
                } else {
                    relative.get_or_insert(path);
                }
            }
            // One message of each kind per EnvoyFilter: the fix (a priority) is per filter.
            if let Some(path) = relative {
                out.push(Message::new(codes::EnvoyFilterUsesRelativeOperation, ef, &path, vec![]));
            }
            if let Some(path) = relative_versioned {
                out.push(Message::new(
                    codes::EnvoyFilterUsesRelativeOperationWithProxyVersion,
                    ef,
                    &path,
                    vec![],
                ));
            }
        }
    }
}
