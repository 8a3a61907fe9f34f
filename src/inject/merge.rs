//! A strategic merge patch for pod specs, as the Kubernetes API applies one: maps merge key by
//! key, lists of containers, env vars, volumes, mounts and ports merge by their key, other lists
//! are replaced, and a null in the patch deletes.

use serde_json::{Map, Value};

/// The merge key of a list field, by field name.
fn merge_key(field: &str) -> Option<&'static str> {
    match field {
        "containers" | "initContainers" | "ephemeralContainers" | "env" | "volumes" | "imagePullSecrets" => {
            Some("name")
        }
        "volumeMounts" => Some("mountPath"),
        "ports" => Some("containerPort"),
        _ => None,
    }
}

/// Applies `patch` onto `base`.
pub fn apply(base: &mut Value, patch: Value) {
    merge_value(base, patch, "");
}

fn merge_value(base: &mut Value, patch: Value, field: &str) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => merge_map(b, p),
        (b @ Value::Array(_), Value::Array(p)) => match merge_key(field) {
            Some(key) => {
                if let Value::Array(bl) = b {
                    let base_list = std::mem::take(bl);
                    *bl = merge_list(base_list, p, key);
                }
            }
            None => *b = Value::Array(p),
        },
        (b, p) => *b = p,
    }
}

fn merge_map(base: &mut Map<String, Value>, patch: Map<String, Value>) {
    for (k, pv) in patch {
        if pv.is_null() {
            base.shift_remove(&k);
            continue;
        }
        match base.get_mut(&k) {
            Some(bv) if !bv.is_null() => merge_value(bv, pv, &k),
            _ => {
                base.insert(k, strip_nulls(pv));
            }
        }
    }
}

fn has_null(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Object(m) => m.values().any(has_null),
        Value::Array(a) => a.iter().any(has_null),
        _ => false,
    }
}

/// `v` without nulls at any depth (what a patch adds where the base had nothing).
pub(super) fn strip_nulls(v: Value) -> Value {
    if !has_null(&v) {
        return v;
    }
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter().filter(|(_, x)| !x.is_null()).map(|(k, x)| (k, strip_nulls(x))).collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(strip_nulls).collect()),
        other => other,
    }
}

fn key_of<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
    v.get(key).filter(|k| !k.is_null())
}

fn merge_list(base: Vec<Value>, patch: Vec<Value>, key: &str) -> Vec<Value> {
    let patch_keys: Vec<Option<Value>> = patch.iter().map(|p| key_of(p, key).cloned()).collect();
    let base_keys: Vec<Option<Value>> = base.iter().map(|b| key_of(b, key).cloned()).collect();
    let mut merged: Vec<Value> = base;
    for p in patch {
        let Some(pk) = key_of(&p, key).cloned() else {
            merged.push(p);
            continue;
        };
        match merged.iter_mut().find(|m| key_of(m, key) == Some(&pk)) {
            Some(m) => merge_value(m, p, ""),
            None => merged.push(strip_nulls(p)),
        }
    }
    // Order as the API server does: items named in the patch follow the patch's order, the
    // others keep their place, interleaved by their position in the original list.
    let patch_pos =
        |v: &Value| key_of(v, key).and_then(|k| patch_keys.iter().position(|p| p.as_ref() == Some(k)));
    let base_pos =
        |v: &Value| key_of(v, key).and_then(|k| base_keys.iter().position(|b| b.as_ref() == Some(k)));
    let (mut patch_items, server_only): (Vec<Value>, Vec<Value>) =
        merged.into_iter().partition(|v| patch_pos(v).is_some());
    patch_items.sort_by_key(|v| patch_pos(v).unwrap_or(usize::MAX));
    let mut out = Vec::with_capacity(patch_items.len() + server_only.len());
    let mut left = patch_items.into_iter().peekable();
    let mut right = server_only.into_iter().peekable();
    loop {
        let take_left = match (left.peek(), right.peek()) {
            (Some(l), Some(r)) => match (base_pos(l), base_pos(r)) {
                // Both in the original: keep the original order; otherwise the patch's item first.
                (Some(l), Some(r)) => l < r,
                _ => true,
            },
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_left { left.next() } else { right.next() };
        out.extend(next);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn containers_merge_by_name_and_new_ones_append() {
        let mut base = json!({ "containers": [{ "name": "app", "image": "a" }] });
        apply(&mut base, json!({ "containers": [{ "name": "istio-proxy", "image": "p" }] }));
        assert_eq!(base["containers"][0]["name"], "istio-proxy");
        assert_eq!(base["containers"][1]["name"], "app");
    }

    #[test]
    fn env_merges_by_name_and_args_replace() {
        let mut base =
            json!({ "env": [{ "name": "A", "value": "1" }, { "name": "B", "value": "2" }], "args": ["x"] });
        apply(&mut base, json!({ "env": [{ "name": "B", "value": "3" }], "args": ["y"] }));
        assert_eq!(
            base,
            json!({ "env": [{ "name": "A", "value": "1" }, { "name": "B", "value": "3" }], "args": ["y"] })
        );
    }
}
