//! IST0106 (and, for VirtualServices, IST0130/IST0131): schema validation per Istio kind.
//!
//! One analyzer per kind, named `schema.ValidationAnalyzer.<Kind>` as upstream. Full schema
//! checks come from [`Context::schema`] when the command provides CRD schemas; the checks here
//! are the structural rules meshctl knows without them.

use serde_json::Value;

use super::vs_rules::unreachable_rules;
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

/// Problems meshctl finds without a schema.
fn builtin_problems(r: &Resource) -> Vec<String> {
    let spec = &r.value["spec"];
    let mut p = Vec::new();
    if !spec.is_null() && !spec.is_object() {
        p.push("`spec` must be an object".to_string());
        return p;
    }
    match r.kind.as_str() {
        "VirtualService"
            if arr(&spec["http"]).is_empty()
                && arr(&spec["tcp"]).is_empty()
                && arr(&spec["tls"]).is_empty() =>
        {
            p.push("a VirtualService needs at least one `http`, `tcp` or `tls` route".into())
        }
        "DestinationRule" if s(&spec["host"]).is_empty() => p.push("`spec.host` is required".into()),
        "ServiceEntry" if arr(&spec["hosts"]).is_empty() => {
            p.push("`spec.hosts` must list at least one host".into())
        }
        "Gateway" => {
            for (i, srv) in arr(&spec["servers"]).iter().enumerate() {
                if srv["port"]["number"].as_u64().is_none_or(|n| n == 0 || n > 65535) {
                    p.push(format!("`spec.servers[{i}].port.number` must be a port between 1 and 65535"));
                }
                if arr(&srv["hosts"]).is_empty() {
                    p.push(format!("`spec.servers[{i}].hosts` must list at least one host"));
                }
            }
        }
        "AuthorizationPolicy" if !one_of(&spec["action"], &["ALLOW", "DENY", "AUDIT", "CUSTOM"]) => {
            p.push("`spec.action` must be ALLOW, DENY, AUDIT or CUSTOM".into())
        }
        "PeerAuthentication"
            if !one_of(&spec["mtls"]["mode"], &["UNSET", "DISABLE", "PERMISSIVE", "STRICT"]) =>
        {
            p.push("`spec.mtls.mode` must be UNSET, DISABLE, PERMISSIVE or STRICT".into())
        }
        _ => {}
    }
    p
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
            let mut problems = builtin_problems(r);
            if let Some(validate) = ctx.schema {
                problems.extend(validate(&r.value).unwrap_or_default());
            }
            for p in problems {
                out.push(Message::new("IST0106", r, "spec", vec![p]));
            }
            if self.kind == kinds::VIRTUAL_SERVICE {
                unreachable_rules(r, out);
            }
        }
    }
}
