//! `components.<c>.k8s.overlays`: patches by path on a component's rendered objects, applied
//! last, as upstream applies them. A path is dotted keys and list selectors:
//! `[2]` (an index), `[name:discovery]` (the item whose `name` is `discovery`), `[30m]` (the
//! item equal to `30m`). A patch with a `value` sets (creating missing maps on the way); one
//! without deletes. An overlay that matches no object, or a path that matches nothing, is an
//! error: a patch that silently does nothing is a setting ignored.

use serde_json::{Map, Value};

use crate::error::Failure;

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Key(String),
    Index(usize),
    /// `[key:value]`
    Field(String, String),
    /// `[value]`
    Equal(String),
}

/// Applies the overlays listed at `setting` (e.g. `components.pilot.k8s.overlays`) to `objects`.
pub fn apply(objects: &mut [&mut Value], overlays: &Value, setting: &str) -> Result<(), Failure> {
    let list = match overlays {
        Value::Null => return Ok(()),
        Value::Array(l) => l,
        other => {
            return Err(Failure::usage(format!("`{setting}` must be a list of overlays, not `{other}`")));
        }
    };
    for (i, overlay) in list.iter().enumerate() {
        let here = format!("{setting}[{i}]");
        let kind = overlay["kind"].as_str().unwrap_or_default();
        let name = overlay["name"].as_str().unwrap_or_default();
        if kind.is_empty() || name.is_empty() {
            return Err(Failure::usage(format!("`{here}` needs a `kind` and a `name`"))
                .help("an overlay names the object it patches, e.g. `kind: Deployment`, `name: istiod`"));
        }
        let wanted_ns = overlay["namespace"].as_str().filter(|s| !s.is_empty());
        let mut found = false;
        for object in objects.iter_mut() {
            let object: &mut Value = object;
            let md = &object["metadata"];
            if object["kind"] != kind
                || md["name"] != name
                || wanted_ns.is_some_and(|ns| md["namespace"].as_str() != Some(ns))
            {
                continue;
            }
            found = true;
            for (j, patch) in overlay["patches"].as_array().into_iter().flatten().enumerate() {
                let path = patch["path"].as_str().unwrap_or_default();
                let steps = parse(path).map_err(|why| {
                    Failure::usage(format!("`{here}.patches[{j}].path`: malformed path `{path}`: {why}"))
                })?;
                let value = patch.get("value").map(embedded_yaml);
                set(object, &steps, value).map_err(|why| {
                    Failure::usage(format!("`{here}.patches[{j}]`: {kind} {name}: `{path}` {why}")).help(
                        "run `meshctl manifest generate` without the overlay to see the object's fields",
                    )
                })?;
            }
        }
        if !found {
            return Err(Failure::usage(format!("`{here}`: this component renders no {kind} named `{name}`"))
                .help("run `meshctl manifest generate` to see the objects each component renders"));
        }
    }
    Ok(())
}

/// A patch value written as a block of YAML (`value: |` with a map or list inside) is that map
/// or list, as upstream reads it.
fn embedded_yaml(v: &Value) -> Value {
    if let Value::String(s) = v
        && s.contains('\n')
        && let Ok(parsed) = serde_saphyr::from_str::<Value>(s)
        && (parsed.is_object() || parsed.is_array())
    {
        return parsed;
    }
    v.clone()
}

fn parse(path: &str) -> Result<Vec<Step>, String> {
    let mut steps = Vec::new();
    let mut cur = String::new();
    let mut chars = path.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => cur.push(chars.next().ok_or("it ends with `\\`")?),
            '.' => {
                if !cur.is_empty() {
                    steps.push(Step::Key(std::mem::take(&mut cur)));
                }
            }
            '[' => {
                if !cur.is_empty() {
                    steps.push(Step::Key(std::mem::take(&mut cur)));
                }
                let mut inner = String::new();
                let mut raw_colon = None;
                loop {
                    match chars.next() {
                        Some(']') => break,
                        Some('\\') => inner.push(chars.next().ok_or("it ends with `\\`")?),
                        Some(':') if raw_colon.is_none() => {
                            raw_colon = Some(inner.len());
                            inner.push(':');
                        }
                        Some(x) => inner.push(x),
                        None => return Err("unclosed `[`".into()),
                    }
                }
                steps.push(match (raw_colon, inner.parse::<usize>()) {
                    (Some(at), _) => Step::Field(inner[..at].to_string(), inner[at + 1..].to_string()),
                    (None, Ok(n)) => Step::Index(n),
                    (None, Err(_)) if !inner.is_empty() => Step::Equal(inner),
                    _ => return Err("empty `[]`".into()),
                });
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        steps.push(Step::Key(cur));
    }
    if steps.is_empty() {
        return Err("empty path".into());
    }
    Ok(steps)
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn position(list: &[Value], step: &Step) -> Option<usize> {
    match step {
        Step::Index(n) => (*n < list.len()).then_some(*n),
        Step::Field(k, v) => list.iter().position(|x| scalar_text(&x[k.as_str()]).as_deref() == Some(v)),
        Step::Equal(v) => list.iter().position(|x| scalar_text(x).as_deref() == Some(v)),
        Step::Key(_) => None,
    }
}

/// Sets (`Some`) or deletes (`None`) the node at `steps`.
fn set(root: &mut Value, steps: &[Step], value: Option<Value>) -> Result<(), String> {
    let (last, parents) = steps.split_last().ok_or("is empty")?;
    let mut node = root;
    for (i, step) in parents.iter().enumerate() {
        node = match step {
            Step::Key(k) => {
                if node.is_null() && value.is_some() {
                    *node = Value::Object(Map::new());
                }
                let map = node
                    .as_object_mut()
                    .ok_or_else(|| format!("goes through `{}`, which is not a map", at(steps, i)))?;
                if !map.contains_key(k) {
                    if value.is_none() {
                        return Err(format!("matches nothing: `{}` does not exist", at(steps, i + 1)));
                    }
                    map.insert(k.clone(), Value::Null);
                }
                map.get_mut(k).expect("present")
            }
            sel => {
                let list = node
                    .as_array_mut()
                    .ok_or_else(|| format!("selects from `{}`, which is not a list", at(steps, i)))?;
                let p = position(list, sel)
                    .ok_or_else(|| format!("matches nothing at `{}`", at(steps, i + 1)))?;
                &mut list[p]
            }
        };
    }
    match (last, value) {
        (Step::Key(k), Some(v)) => {
            if node.is_null() {
                *node = Value::Object(Map::new());
            }
            node.as_object_mut()
                .ok_or_else(|| format!("sets `{k}` in something that is not a map"))?
                .insert(k.clone(), v);
        }
        (Step::Key(k), None) => {
            node.as_object_mut()
                .and_then(|m| m.remove(k))
                .ok_or_else(|| format!("matches nothing: `{}` does not exist", at(steps, steps.len())))?;
        }
        (sel, v) => {
            let list =
                node.as_array_mut().ok_or_else(|| "selects from something that is not a list".to_string())?;
            let p = position(list, sel).ok_or_else(|| "matches nothing".to_string())?;
            match v {
                Some(v) => list[p] = v,
                None => {
                    list.remove(p);
                }
            }
        }
    }
    Ok(())
}

/// The first `n` steps, written back as a path.
fn at(steps: &[Step], n: usize) -> String {
    let mut s = String::new();
    for step in &steps[..n.min(steps.len())] {
        if !s.is_empty() {
            s.push('.');
        }
        match step {
            Step::Key(k) => s.push_str(&k.replace('.', "\\.")),
            Step::Index(i) => s.push_str(&format!("[{i}]")),
            Step::Field(k, v) => s.push_str(&format!("[{k}:{}]", v.replace('.', "\\."))),
            Step::Equal(v) => s.push_str(&format!("[{}]", v.replace('.', "\\."))),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn deployment() -> Value {
        json!({"kind": "Deployment", "metadata": {"name": "istiod"}, "spec": {"template": {"spec": {"containers": [{
            "name": "discovery",
            "args": ["--keepalive", "30m"],
            "ports": [{"containerPort": 8080}, {"containerPort": 15010}],
            "env": [{"name": "REVISION", "value": "default"}, {"name": "POD_NAMESPACE", "value": "x"}],
            "securityContext": {"runAsNonRoot": true}
        }]}}}})
    }

    fn overlay(patches: Value) -> Value {
        json!([{"kind": "Deployment", "name": "istiod", "patches": patches}])
    }

    #[test]
    fn selectors_by_value_and_by_field_set_and_delete() {
        let mut d = deployment();
        let c = "spec.template.spec.containers.[name:discovery]";
        apply(
            &mut [&mut d],
            &overlay(json!([
                {"path": format!("{c}.args.[30m]"), "value": "60m"},
                {"path": format!("{c}.ports.[containerPort:8080].containerPort"), "value": 1234},
                {"path": format!("{c}.env.[name:POD_NAMESPACE].valueFrom"), "value": "fieldRef:\n  fieldPath: metadata.x\n"},
                {"path": format!("{c}.env.[name:REVISION]")},
                {"path": format!("{c}.securityContext")},
                {"path": "spec.paused", "value": true},
            ])),
            "k8s.overlays",
        )
        .unwrap();
        let ctr = &d["spec"]["template"]["spec"]["containers"][0];
        assert_eq!(ctr["args"], json!(["--keepalive", "60m"]));
        assert_eq!(ctr["ports"][0]["containerPort"], 1234);
        assert_eq!(
            ctr["env"],
            json!([{"name": "POD_NAMESPACE", "value": "x", "valueFrom": {"fieldRef": {"fieldPath": "metadata.x"}}}])
        );
        assert!(ctr.get("securityContext").is_none());
        assert_eq!(d["spec"]["paused"], true);
    }

    #[test]
    fn escaped_dots_stay_in_the_selector() {
        let mut hook = json!({"kind": "MutatingWebhookConfiguration", "metadata": {"name": "inj"},
            "webhooks": [{"name": "a.b.io", "clientConfig": {"service": {"name": "istiod"}}}]});
        let o = json!([{"kind": "MutatingWebhookConfiguration", "name": "inj",
            "patches": [{"path": "webhooks.[name:a\\.b\\.io].clientConfig.service.name", "value": "foo"}]}]);
        apply(&mut [&mut hook], &o, "k8s.overlays").unwrap();
        assert_eq!(hook["webhooks"][0]["clientConfig"]["service"]["name"], "foo");
    }

    #[test]
    fn an_overlay_that_matches_nothing_is_refused() {
        let mut d = deployment();
        let e = apply(
            &mut [&mut d],
            &json!([{"kind": "Deployment", "name": "nope", "patches": []}]),
            "k8s.overlays",
        )
        .unwrap_err();
        assert_eq!(e.message, "`k8s.overlays[0]`: this component renders no Deployment named `nope`");
        let e = apply(
            &mut [&mut d],
            &overlay(json!([{"path": "spec.template.spec.containers.[name:x].image"}])),
            "o",
        )
        .unwrap_err();
        assert!(
            e.message.contains("matches nothing at `spec.template.spec.containers.[name:x]`"),
            "{}",
            e.message
        );
    }
}
