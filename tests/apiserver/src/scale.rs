//! The `scale` subresource (`autoscaling/v1 Scale`) of Deployments, ReplicaSets,
//! StatefulSets and custom resources that declare it.

use http::StatusCode;
use serde_json::{Value, json};

use crate::handler::{Ctx, Target, VerbResult, commit_update, decode_body, name_of, ns_of};
use crate::patch;
use crate::server::{Shared, lock};
use crate::status::ApiError;
use crate::store::meta_str;

fn selector_string(obj: &Value) -> String {
    let mut parts: Vec<String> = obj
        .pointer("/spec/selector/matchLabels")
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())).collect())
        .unwrap_or_default();
    parts.sort();
    parts.join(",")
}

fn to_scale(obj: &Value) -> Value {
    let mut meta = json!({
        "name": meta_str(obj, "name"),
        "uid": meta_str(obj, "uid"),
        "resourceVersion": meta_str(obj, "resourceVersion"),
        "creationTimestamp": meta_str(obj, "creationTimestamp"),
    });
    if !meta_str(obj, "namespace").is_empty() {
        meta["namespace"] = json!(meta_str(obj, "namespace"));
    }
    let mut status = json!({
        "replicas": obj.pointer("/status/replicas").cloned().unwrap_or(json!(0)),
    });
    let sel = selector_string(obj);
    if !sel.is_empty() {
        status["selector"] = json!(sel);
    }
    json!({
        "kind": "Scale",
        "apiVersion": "autoscaling/v1",
        "metadata": meta,
        "spec": {"replicas": obj.pointer("/spec/replicas").cloned().unwrap_or(json!(1))},
        "status": status,
    })
}

pub(crate) fn handle(shared: &Shared, t: &Target, ctx: &Ctx, verb: &str) -> VerbResult {
    let mut store = lock(&shared.store);
    let old = store
        .get(&t.rt.key(), ns_of(t), name_of(t))
        .cloned()
        .ok_or_else(|| ApiError::not_found(&t.rt.group, &t.rt.plural, name_of(t)))?;
    let current = to_scale(&old);
    if verb == "get" {
        return Ok((StatusCode::OK, current, false));
    }
    let body = decode_body(ctx)?;
    let desired = if verb == "update" {
        if body.get("kind").and_then(Value::as_str).is_some_and(|k| k != "Scale") {
            return Err(ApiError::bad_request(
                "the kind in the data does not match the expected kind (Scale)",
            ));
        }
        body
    } else {
        let ct = ctx.content_type.split(';').next().unwrap_or_default().trim();
        let mut s = current.clone();
        match ct {
            "application/merge-patch+json" => patch::merge_patch(&mut s, &body),
            "application/json-patch+json" => patch::json_patch(&mut s, &body)?,
            "application/strategic-merge-patch+json" => patch::strategic_merge(&mut s, &body)?,
            other => return Err(ApiError::unsupported_media_type(other)),
        }
        s
    };
    let replicas = desired.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(0);
    if replicas < 0 {
        return Err(ApiError::invalid(
            "autoscaling",
            "Scale",
            name_of(t),
            &[(
                "spec.replicas".into(),
                "FieldValueInvalid",
                format!("Invalid value: {replicas}: must be greater than or equal to 0"),
            )],
        ));
    }
    if let Some(rv) =
        desired.pointer("/metadata/resourceVersion").and_then(Value::as_str).filter(|rv| !rv.is_empty())
        && rv != meta_str(&old, "resourceVersion")
    {
        return Err(ApiError::stale(&t.rt.group, &t.rt.plural, name_of(t)));
    }
    let mut new = old.clone();
    new["spec"]["replicas"] = json!(replicas);
    let main =
        Target { rt: t.rt.clone(), ns: t.ns.clone(), name: t.name.clone(), sub: None, watch_path: false };
    let (obj, changed) = commit_update(&mut store, &main, &old, new, ctx, true)?;
    Ok((StatusCode::OK, to_scale(&obj), changed && ctx.q("dryRun") != Some("All")))
}
