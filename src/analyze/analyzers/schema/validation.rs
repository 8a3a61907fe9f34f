//! IST0106 (and, for VirtualServices, IST0130/IST0131): schema validation per Istio kind.
//!
//! One analyzer per kind, named `schema.ValidationAnalyzer.<Kind>` as upstream. Full schema
//! checks come from [`Context::schema`] when the command provides CRD schemas; the checks here
//! are the structural rules meshctl knows without them.

use crate::analyze::messages::codes;
use crate::analyze::tree::Value;

use super::vs_rules::unreachable_rules;
use crate::analyze::schema_check::{Problem, Validator};
use crate::analyze::snapshot::{Gvk, Resource, kinds};
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

/// Schema validation for one kind.
pub struct ValidationAnalyzer {
    pub kind: Gvk,
}

/// The kinds validated, sorted by kind name.
pub const VALIDATED_KINDS: &[Gvk] = &[
    kinds::AUTHORIZATION_POLICY,
    kinds::DESTINATION_RULE,
    kinds::ENVOY_FILTER,
    kinds::GATEWAY,
    kinds::MESH_CONFIG,
    kinds::MESH_NETWORKS,
    kinds::PEER_AUTHENTICATION,
    kinds::PROXY_CONFIG,
    kinds::REQUEST_AUTHENTICATION,
    kinds::SERVICE_ENTRY,
    kinds::SIDECAR,
    kinds::TELEMETRY,
    kinds::TRAFFIC_EXTENSION,
    kinds::VIRTUAL_SERVICE,
    kinds::WASM_PLUGIN,
    kinds::WORKLOAD_ENTRY,
    kinds::WORKLOAD_GROUP,
];

fn one_of(v: &Value, allowed: &[&str]) -> bool {
    v.is_null() || v.as_str().is_some_and(|x| allowed.contains(&x))
}

fn problem(path: impl Into<String>, message: impl Into<String>) -> Problem {
    Problem { path: path.into(), message: message.into() }
}

/// Problems meshctl finds without a schema (the rules Istio enforces beyond its CRDs, and a
/// stand-in for the schema when none is supplied).
fn builtin_problems(r: &Resource) -> Vec<Problem> {
    let spec = &r.value["spec"];
    let mut p = Vec::new();
    if !spec.is_null() && !spec.is_object() {
        p.push(problem("spec", "must be an object"));
        return p;
    }
    match r.kind.as_str() {
        "VirtualService"
            if arr(&spec["http"]).is_empty()
                && arr(&spec["tcp"]).is_empty()
                && arr(&spec["tls"]).is_empty() =>
        {
            p.push(problem("spec", "a VirtualService needs at least one `http`, `tcp` or `tls` route"))
        }
        "DestinationRule" if s(&spec["host"]).is_empty() => p.push(problem("spec.host", "is required")),
        "ServiceEntry" if arr(&spec["hosts"]).is_empty() => {
            p.push(problem("spec.hosts", "must list at least one host"))
        }
        "Gateway" => {
            for (i, srv) in arr(&spec["servers"]).iter().enumerate() {
                if srv["port"]["number"].as_u64().is_none_or(|n| n == 0 || n > 65535) {
                    p.push(problem(
                        format!("spec.servers[{i}].port.number"),
                        "must be a port between 1 and 65535",
                    ));
                }
                if arr(&srv["hosts"]).is_empty() {
                    p.push(problem(format!("spec.servers[{i}].hosts"), "must list at least one host"));
                }
            }
        }
        "AuthorizationPolicy" if !one_of(&spec["action"], &["ALLOW", "DENY", "AUDIT", "CUSTOM"]) => {
            p.push(problem("spec.action", "must be ALLOW, DENY, AUDIT or CUSTOM"))
        }
        "PeerAuthentication"
            if !one_of(&spec["mtls"]["mode"], &["UNSET", "DISABLE", "PERMISSIVE", "STRICT"]) =>
        {
            p.push(problem("spec.mtls.mode", "must be UNSET, DISABLE, PERMISSIVE or STRICT"))
        }
        _ => {}
    }
    p
}

/// The schema's problems, and the built-in ones about fields the schema reports nothing on:
/// one message per fact (a bad enum value is reported once, by the schema).
fn problems(r: &Resource, schema: Option<&Validator<'_>>) -> Vec<Problem> {
    let builtin = builtin_problems(r);
    let Some(mut found) = schema.and_then(|validate| validate(&r.value.to_json())) else {
        return builtin;
    };
    let extra: Vec<Problem> =
        builtin.into_iter().filter(|b| !found.iter().any(|f| f.path == b.path)).collect();
    found.extend(extra);
    found
}

impl Analyzer for ValidationAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            &format!("schema.ValidationAnalyzer.{}", self.kind.kind),
            &format!("Validates {} resources against their schema", self.kind.kind),
            &[self.kind],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for r in ctx.snapshot.of(self.kind) {
            for p in problems(r, ctx.schema) {
                let at = if p.path.is_empty() { "spec".to_string() } else { p.dotted_path() };
                out.push(Message::new(codes::SchemaValidationError, r, &at, vec![p.text()]));
            }
            if self.kind == kinds::VIRTUAL_SERVICE {
                unreachable_rules(r, out);
            }
        }
    }
}
