//! Lookups in a pod spec's named lists (containers, init containers, volumes): what the
//! pipeline, the templates and the post-injection passes find, list and drop by name.

use serde_json::{Map, Value};

/// A list field of a pod spec (`containers`, `volumes`, …); empty when absent.
pub fn containers<'m>(spec: &'m Map<String, Value>, key: &str) -> &'m [Value] {
    spec.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// The container (or init container) named `name`.
pub fn find_container<'v>(spec: &'v Value, name: &str) -> Option<&'v Value> {
    ["containers", "initContainers"]
        .iter()
        .filter_map(|f| spec[*f].as_array())
        .flatten()
        .find(|c| c["name"] == name)
}

/// The strings of a JSON list (the names in an injection status annotation).
pub fn names(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// Drops the entries of `spec[field]` whose name is in `drop`.
pub fn remove_named(spec: &mut Map<String, Value>, field: &str, drop: &[String]) {
    if let Some(Value::Array(list)) = spec.get_mut(field) {
        list.retain(|c| !c["name"].as_str().is_some_and(|n| drop.iter().any(|d| d == n)));
    }
}

/// The literal value of a container's env variable.
pub fn env_value(container: &Value, name: &str) -> Option<String> {
    container["env"]
        .as_array()?
        .iter()
        .find(|e| e["name"] == name)
        .and_then(|e| e["value"].as_str())
        .map(str::to_string)
}
