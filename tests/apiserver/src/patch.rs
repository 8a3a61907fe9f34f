//! JSON merge patch, JSON patch and strategic merge patch.

use serde_json::{Map, Value};

use crate::status::ApiError;

/// Merge key of a list field in built-in types (strategic merge patch and server-side apply
/// treat these lists as maps keyed by this field). `None` means the list is atomic.
pub(crate) fn merge_key(field: &str, items: &[Value]) -> Option<&'static str> {
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets"
        | "webhooks"
        | "resourceClaims" => Some("name"),
        "volumeMounts" => Some("mountPath"),
        "volumeDevices" => Some("devicePath"),
        "topologySpreadConstraints" => Some("topologyKey"),
        "readinessGates" => Some("conditionType"),
        "conditions" => Some("type"),
        "ownerReferences" => Some("uid"),
        "hostAliases" => Some("ip"),
        "ports" => {
            if items.iter().any(|i| i.get("containerPort").is_some()) {
                Some("containerPort")
            } else {
                Some("port")
            }
        }
        _ => None,
    }
}

/// Primitive lists merged as sets by strategic merge patch.
fn is_set_list(field: &str) -> bool {
    field == "finalizers"
}

/// RFC 7386 JSON merge patch.
pub(crate) fn merge_patch(target: &mut Value, patch: &Value) {
    json_patch::merge(target, patch);
}

/// RFC 6902 JSON patch.
pub(crate) fn json_patch(target: &mut Value, patch: &Value) -> Result<(), ApiError> {
    let p: json_patch::Patch = serde_json::from_value(patch.clone())
        .map_err(|e| ApiError::bad_request(format!("invalid JSON Patch: {e}")))?;
    json_patch::patch(target, &p).map_err(|e| {
        ApiError::new(
            422,
            "Invalid",
            format!("the server rejected our request due to an error in our request: {e}"),
        )
    })
}

/// Strategic merge patch for built-in types: maps merge recursively, lists with a merge key
/// merge item-wise by that key, `$patch: delete|replace` directives are honoured, other lists
/// are replaced.
pub(crate) fn strategic_merge(target: &mut Value, patch: &Value) -> Result<(), ApiError> {
    let Value::Object(p) = patch else {
        return Err(ApiError::bad_request("strategic merge patch must be a JSON object"));
    };
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if p.get("$patch").and_then(Value::as_str) == Some("replace") {
        let mut clean = patch.clone();
        strip_directives(&mut clean);
        *target = clean;
        return Ok(());
    }
    for (k, pv) in p {
        if let Some(field) = k.strip_prefix("$deleteFromPrimitiveList/") {
            if let (Some(list), Some(remove)) =
                (target.get_mut(field).and_then(Value::as_array_mut), pv.as_array())
            {
                list.retain(|v| !remove.contains(v));
            }
            continue;
        }
        if k.starts_with('$') {
            continue;
        }
        let Some(obj) = target.as_object_mut() else {
            return Ok(());
        };
        if pv.is_null() {
            obj.remove(k);
            continue;
        }
        if pv.get("$patch").and_then(Value::as_str) == Some("delete") {
            obj.remove(k);
            continue;
        }
        match (obj.get_mut(k), pv) {
            (Some(tv @ Value::Object(_)), Value::Object(_)) => strategic_merge(tv, pv)?,
            (Some(Value::Array(ta)), Value::Array(pa)) => {
                if let Some(key) = merge_key(k, pa) {
                    merge_list_by_key(ta, pa, key, &mut |t, p| strategic_merge(t, p))?;
                } else if is_set_list(k) {
                    for item in pa {
                        if !ta.contains(item) {
                            ta.push(item.clone());
                        }
                    }
                } else {
                    let mut clean = pv.clone();
                    strip_directives(&mut clean);
                    obj.insert(k.clone(), clean);
                }
            }
            _ => {
                let mut clean = pv.clone();
                strip_directives(&mut clean);
                obj.insert(k.clone(), clean);
            }
        }
    }
    Ok(())
}

/// Merge `patch` items into `target` by `key`; items with `$patch: delete` are removed.
pub(crate) fn merge_list_by_key(
    target: &mut Vec<Value>,
    patch: &[Value],
    key: &str,
    merge: &mut dyn FnMut(&mut Value, &Value) -> Result<(), ApiError>,
) -> Result<(), ApiError> {
    for item in patch {
        let Some(kv) = item.get(key) else {
            // Without the key the item cannot be matched: append it.
            target.push(item.clone());
            continue;
        };
        let pos = target.iter().position(|t| t.get(key) == Some(kv));
        if item.get("$patch").and_then(Value::as_str) == Some("delete") {
            if let Some(i) = pos {
                target.remove(i);
            }
            continue;
        }
        match pos {
            Some(i) => merge(&mut target[i], item)?,
            None => {
                let mut clean = item.clone();
                strip_directives(&mut clean);
                target.push(clean);
            }
        }
    }
    Ok(())
}

fn strip_directives(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|k, _| !k.starts_with('$'));
            for x in m.values_mut() {
                strip_directives(x);
            }
        }
        Value::Array(a) => {
            for x in a {
                strip_directives(x);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strategic_merge_directives() {
        let mut t = json!({
            "metadata": {"finalizers": ["a", "b"], "labels": {"x": "1", "y": "2"}},
            "spec": {"containers": [{"name": "app", "image": "1"}, {"name": "side", "image": "s"}],
                     "tolerations": [{"key": "k"}]}
        });
        let p = json!({
            "$setElementOrder/containers": [{"name": "app"}],
            "metadata": {"labels": {"x": null}, "$deleteFromPrimitiveList/finalizers": ["a"]},
            "spec": {"containers": [{"name": "side", "$patch": "delete"}, {"name": "app", "image": "2"}],
                     "tolerations": [{"key": "other"}]}
        });
        strategic_merge(&mut t, &p).unwrap();
        assert_eq!(t["metadata"]["labels"], json!({"y": "2"}));
        assert_eq!(t["metadata"]["finalizers"], json!(["b"]));
        assert_eq!(t["spec"]["containers"], json!([{"name": "app", "image": "2"}]));
        // Lists without a merge key are replaced.
        assert_eq!(t["spec"]["tolerations"], json!([{"key": "other"}]));
        assert!(strategic_merge(&mut t, &json!([1])).is_err());
    }

    #[test]
    fn service_ports_merge_by_port() {
        let mut t = json!({"spec": {"ports": [{"port": 80, "name": "http"}]}});
        strategic_merge(&mut t, &json!({"spec": {"ports": [{"port": 443, "name": "https"}]}})).unwrap();
        assert_eq!(t["spec"]["ports"].as_array().map(Vec::len), Some(2));
    }
}
