//! A strategic merge patch for pod specs, as the Kubernetes API applies one: maps merge key by
//! key, lists of containers, env vars, volumes, mounts and ports merge by their key, other lists
//! are replaced, and a null in the patch deletes.

use serde_json::{Map, Value};

/// The merge key of a list field, by field name.
fn merge_key(field: &str) -> Option<&'static str> {
    match field {
        "containers"
        | "initContainers"
        | "ephemeralContainers"
        | "env"
        | "volumes"
        | "imagePullSecrets" => Some("name"),
        "volumeMounts" => Some("mountPath"),
        "ports" => Some("containerPort"),
        _ => None,
    }
}

/// Applies `patch` onto `base`.
pub fn apply(base: &mut Value, patch: &Value) {
    merge_value(base, patch, "");
}

fn merge_value(base: &mut Value, patch: &Value, field: &str) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => merge_map(b, p),
        (b @ Value::Array(_), Value::Array(p)) => match merge_key(field) {
            Some(key) => {
                let Value::Array(bl) = b else { return };
                let merged = merge_list(bl, p, key);
                *b = Value::Array(merged);
            }
            None => *b = Value::Array(p.clone()),
        },
        (b, p) => *b = p.clone(),
    }
}

fn merge_map(base: &mut Map<String, Value>, patch: &Map<String, Value>) {
    for (k, pv) in patch {
        if pv.is_null() {
            base.shift_remove(k);
            continue;
        }
        match base.get_mut(k) {
            Some(bv) if !bv.is_null() => merge_value(bv, pv, k),
            _ => {
                base.insert(k.clone(), strip_nulls(pv));
            }
        }
    }
}

fn strip_nulls(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(_, x)| !x.is_null())
                .map(|(k, x)| (k.clone(), strip_nulls(x)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(strip_nulls).collect()),
        other => other.clone(),
    }
}

fn key_of<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.get(key).filter(|k| !k.is_null())
}

fn merge_list(base: &[Value], patch: &[Value], key: &str) -> Vec<Value> {
    let mut merged: Vec<Value> = base.to_vec();
    for p in patch {
        let Some(pk) = key_of(p, key) else {
            merged.push(p.clone());
            continue;
        };
        match merged.iter_mut().find(|m| key_of(m, key) == Some(pk)) {
            Some(m) => merge_value(m, p, ""),
            None => merged.push(strip_nulls(p)),
        }
    }
    // Order as the API server does: items named in the patch follow the patch's order, the
    // others keep their place, interleaved by their position in the original list.
    let in_patch =
        |v: &Value| key_of(v, key).is_some_and(|k| patch.iter().any(|p| key_of(p, key) == Some(k)));
    let (patch_items, server_only): (Vec<Value>, Vec<Value>) =
        merged.into_iter().partition(|v| in_patch(v));
    let mut patch_items = patch_items;
    patch_items.sort_by_key(|v| {
        patch
            .iter()
            .position(|p| key_of(p, key) == key_of(v, key))
            .unwrap_or(usize::MAX)
    });
    let pos = |v: &Value| {
        base.iter()
            .position(|b| key_of(b, key).is_some() && key_of(b, key) == key_of(v, key))
    };
    let mut out = Vec::with_capacity(patch_items.len() + server_only.len());
    let (mut i, mut j) = (0, 0);
    while i < patch_items.len() && j < server_only.len() {
        // Both in the original: keep the original order; otherwise the patch's item first.
        let less = match (pos(&patch_items[i]), pos(&server_only[j])) {
            (Some(l), Some(r)) => l < r,
            _ => true,
        };
        if less {
            out.push(patch_items[i].clone());
            i += 1;
        } else {
            out.push(server_only[j].clone());
            j += 1;
        }
    }
    out.extend_from_slice(&patch_items[i..]);
    out.extend_from_slice(&server_only[j..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn containers_merge_by_name_and_new_ones_append() {
        let mut base = json!({ "containers": [{ "name": "app", "image": "a" }] });
        apply(
            &mut base,
            &json!({ "containers": [{ "name": "istio-proxy", "image": "p" }] }),
        );
        assert_eq!(base["containers"][0]["name"], "istio-proxy");
        assert_eq!(base["containers"][1]["name"], "app");
    }

    #[test]
    fn env_merges_by_name_and_args_replace() {
        let mut base = json!({ "env": [{ "name": "A", "value": "1" }, { "name": "B", "value": "2" }], "args": ["x"] });
        apply(
            &mut base,
            &json!({ "env": [{ "name": "B", "value": "3" }], "args": ["y"] }),
        );
        assert_eq!(
            base,
            json!({ "env": [{ "name": "A", "value": "1" }, { "name": "B", "value": "3" }], "args": ["y"] })
        );
    }
}
