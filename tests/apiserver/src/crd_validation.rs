//! Custom resources checked against their CRD's schema, as kube-apiserver does on create,
//! update, patch and apply (dry runs included): types, enums, ranges, `oneOf` and the CEL
//! rules of `x-kubernetes-validations`, with the same meshctl-crd-schema validator meshctl's
//! analyze uses. Violations give a 422 `Invalid` whose causes name the fields in
//! kube-apiserver's wording; unknown fields are pruned, or refused with
//! `fieldValidation=Strict` (kubectl's default) as a 400 strict decoding error.

use meshctl_crd_schema::{Reason, SchemaError, validate_against};
use serde_json::Value;

use crate::status::ApiError;
use crate::store::{ResourceType, Store};

/// The `openAPIV3Schema` of `rt`'s version, from its CRD in the store.
fn schema_of<'s>(store: &'s Store, rt: &ResourceType) -> Option<&'s Value> {
    let crd = store.get(
        "apiextensions.k8s.io/customresourcedefinitions",
        "",
        &format!("{}.{}", rt.plural, rt.group),
    )?;
    crd.pointer("/spec/versions")?
        .as_array()?
        .iter()
        .find(|v| v.get("name").and_then(Value::as_str) == Some(rt.version.as_str()))?
        .pointer("/schema/openAPIV3Schema")
}

/// Removes the field at a validator path (`spec.a[0].b`, `spec.labels[key]`).
fn prune(obj: &mut Value, path: &str) {
    let mut segs = Vec::new();
    for part in path.split('.') {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            segs.push(rest[..i].to_string());
            rest = &rest[i..];
            while let Some(end) = rest.find(']') {
                segs.push(rest[1..end].to_string());
                rest = &rest[end + 1..];
            }
        } else {
            segs.push(rest.to_string());
        }
    }
    let Some((last, parents)) = segs.split_last() else { return };
    let mut cur = obj;
    for seg in parents {
        cur = match cur {
            Value::Array(items) => match seg.parse::<usize>().ok().and_then(|i| items.get_mut(i)) {
                Some(v) => v,
                None => return,
            },
            Value::Object(map) => match map.get_mut(seg) {
                Some(v) => v,
                None => return,
            },
            _ => return,
        };
    }
    if let Value::Object(map) = cur {
        map.remove(last);
    }
}

/// Validates (and prunes) a custom resource about to be stored.
pub(crate) fn validate_custom(
    store: &Store,
    rt: &ResourceType,
    obj: &mut Value,
    strict: bool,
) -> Result<(), ApiError> {
    if !rt.custom {
        return Ok(());
    }
    let Some(schema) = schema_of(store, rt) else { return Ok(()) };
    let errors = validate_against(schema, obj);
    let (unknown, invalid): (Vec<SchemaError>, Vec<SchemaError>) =
        errors.into_iter().partition(|e| e.reason == Reason::UnknownField);
    if strict && !unknown.is_empty() {
        let fields: Vec<String> = unknown.iter().map(|e| e.kube_message.clone()).collect();
        return Err(ApiError::bad_request(format!(
            "{kind} in version \"{version}\" cannot be handled as a {kind}: strict decoding error: {}",
            fields.join(", "),
            kind = rt.kind,
            version = rt.version,
        )));
    }
    // Only real violations refuse the object; without them, the notice about skipped rules
    // cannot occur either.
    if invalid.iter().any(SchemaError::is_violation) {
        let causes: Vec<(String, &str, String)> = invalid
            .iter()
            .map(|e| (e.kube_field().to_string(), e.reason.kube_reason(), e.kube_message.clone()))
            .collect();
        let name = obj.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
        return Err(ApiError::invalid(&rt.group, &rt.kind, name, &causes));
    }
    for e in unknown {
        prune(obj, &e.path);
    }
    Ok(())
}
