//! `components.<c>.k8s.*`: Kubernetes settings applied to a component's rendered objects as
//! strategic-merge patches, as upstream applies them — maps merge key by key, lists of
//! containers, env, volumes, mounts and ports merge by their key (keeping the rendered order,
//! with the patch's items placed where kubectl would place them), other lists are replaced.

use serde_json::{Map, Value};

use crate::error::Failure;

/// Where each `k8s` field lands: the kind of object it patches and the path inside it.
/// `workload` stands for the component's Deployment or DaemonSet; `container` for its first
/// container.
const FIELDS: &[(&str, Target, &[&str])] = &[
    ("affinity", Target::Workload, &["spec", "template", "spec", "affinity"]),
    ("env", Target::Container, &["env"]),
    ("imagePullPolicy", Target::Container, &["imagePullPolicy"]),
    ("nodeSelector", Target::Workload, &["spec", "template", "spec", "nodeSelector"]),
    ("podAnnotations", Target::Workload, &["spec", "template", "metadata", "annotations"]),
    ("priorityClassName", Target::Workload, &["spec", "template", "spec", "priorityClassName"]),
    ("readinessProbe", Target::Container, &["readinessProbe"]),
    ("replicaCount", Target::Workload, &["spec", "replicas"]),
    ("resources", Target::Container, &["resources"]),
    ("securityContext", Target::Workload, &["spec", "template", "spec", "securityContext"]),
    ("strategy", Target::Workload, &["spec", "strategy"]),
    ("tolerations", Target::Workload, &["spec", "template", "spec", "tolerations"]),
    ("volumeMounts", Target::Container, &["volumeMounts"]),
    ("volumes", Target::Workload, &["spec", "template", "spec", "volumes"]),
    ("hpaSpec", Target::Kind("HorizontalPodAutoscaler"), &["spec"]),
    ("podDisruptionBudget", Target::Kind("PodDisruptionBudget"), &["spec"]),
    ("service", Target::Kind("Service"), &["spec"]),
    ("serviceAnnotations", Target::Kind("Service"), &["metadata", "annotations"]),
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Workload,
    Container,
    Kind(&'static str),
}

/// The `k8s` keys a component accepts (`overlays` is applied separately, after these).
pub fn known_fields() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().map(|(k, _, _)| *k).chain(std::iter::once("overlays"))
}

/// Applies `k8s` (the component's settings) to `objects`, the component's rendered objects.
/// `workload` names its Deployment or DaemonSet; `setting` is the settings path, for errors.
pub fn apply(objects: &mut [&mut Value], k8s: &Value, workload: &str, setting: &str) -> Result<(), Failure> {
    let Some(fields) = k8s.as_object() else {
        return match k8s {
            Value::Null => Ok(()),
            other => Err(Failure::usage(format!("`{setting}` must be a map, not `{other}`"))),
        };
    };
    for (key, patch) in fields {
        if key == "overlays" || patch.is_null() {
            continue;
        }
        let Some((_, target, path)) = FIELDS.iter().find(|(k, _, _)| k == key) else {
            let known: Vec<&str> = known_fields().collect();
            let mut f = Failure::usage(format!("unknown setting `{setting}.{key}`"));
            f = match crate::values::nearest(key, known.iter().copied()) {
                Some(n) => f.help(format!("did you mean `{setting}.{n}`?")),
                None => f.help(format!("`{setting}` takes: {}", known.join(", "))),
            };
            return Err(f);
        };
        let matching = |o: &&mut &mut Value| match target {
            Target::Workload | Target::Container => {
                matches!(o["kind"].as_str(), Some("Deployment" | "DaemonSet"))
                    && o["metadata"]["name"] == workload
            }
            Target::Kind(kind) => o["kind"] == *kind && o["metadata"]["name"] == workload,
        };
        for object in objects.iter_mut().filter(matching) {
            let mut node: &mut Value = object;
            let mut fields: Vec<&str> = Vec::new();
            if *target == Target::Container {
                node = &mut node["spec"]["template"]["spec"]["containers"][0];
                fields.extend(["spec", "template", "spec", "containers"]);
            }
            let (last, parents) = path.split_last().expect("every path has a field");
            for p in parents {
                if !node[*p].is_object() {
                    node[*p] = Value::Object(Map::new());
                }
                node = &mut node[*p];
                fields.push(p);
            }
            fields.push(last);
            let slot = node.as_object_mut().expect("made a map above").entry(*last).or_insert(Value::Null);
            merge(slot, patch, &fields);
            if *key == "podDisruptionBudget" {
                // Choosing one of the two budgets clears the other, as upstream renders it.
                for (set, other) in [("maxUnavailable", "minAvailable"), ("minAvailable", "maxUnavailable")] {
                    if patch.get(set).is_some_and(|v| !v.is_null()) && patch.get(other).is_none() {
                        slot[other] = Value::Null;
                    }
                }
            }
        }
    }
    Ok(())
}

/// The key that identifies the items of the list at `fields` (the field names from the
/// object's root), or `None` for lists a patch replaces whole.
fn merge_key(fields: &[&str]) -> Option<&'static str> {
    let (last, parents) = fields.split_last()?;
    match *last {
        "containers" | "initContainers" | "env" | "volumes" | "imagePullSecrets" => Some("name"),
        "volumeMounts" => Some("mountPath"),
        "ports" if parents.contains(&"containers") || parents.contains(&"initContainers") => {
            Some("containerPort")
        }
        "ports" => Some("port"),
        "topologySpreadConstraints" => Some("topologyKey"),
        _ => None,
    }
}

/// Strategic merge of `patch` into `base`; `null` in a patch map deletes the key.
pub fn merge(base: &mut Value, patch: &Value, fields: &[&str]) {
    match (base, patch) {
        (Value::Object(b), Value::Object(p)) => {
            for (k, v) in p {
                if v.is_null() {
                    b.remove(k);
                    continue;
                }
                let mut here = fields.to_vec();
                here.push(k);
                match b.get_mut(k) {
                    Some(slot) => merge(slot, v, &here),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(p)) => match merge_key(fields) {
            Some(key) if p.iter().all(|x| x.get(key).is_some()) => merge_list(b, p, key, fields),
            _ => *b = p.clone(),
        },
        (b, p) => *b = p.clone(),
    }
}

/// Merges list items by `key`: a patch item updates its namesake in place, then the patch's
/// items and the rendered-only items are interleaved as kubectl orders them (rendered items
/// keep their order; a patch item goes before the first rendered item that follows it in the
/// rendered list, a new item right after the patch item before it).
fn merge_list(base: &mut Vec<Value>, patch: &[Value], key: &str, fields: &[&str]) {
    let server: Vec<Value> = base.iter().map(|x| x[key].clone()).collect();
    let index = |v: &Value| server.iter().position(|s| s == &v[key]);
    let mut patched: Vec<Value> = Vec::with_capacity(patch.len());
    for item in patch {
        let mut merged = match base.iter().find(|b| b[key] == item[key]) {
            Some(b) => b.clone(),
            None => Value::Object(Map::new()),
        };
        merge(&mut merged, item, fields);
        patched.push(merged);
    }
    let only: Vec<Value> = base.iter().filter(|b| !patch.iter().any(|p| p[key] == b[key])).cloned().collect();
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(only.len() + patched.len());
    while i < only.len() || j < patched.len() {
        let take_left = if j >= patched.len() {
            true
        } else if i >= only.len() {
            false
        } else {
            matches!((index(&only[i]), index(&patched[j])), (Some(l), Some(r)) if l < r)
        };
        if take_left {
            out.push(only[i].clone());
            i += 1;
        } else {
            out.push(patched[j].clone());
            j += 1;
        }
    }
    *base = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn env_items_merge_by_name_and_new_ones_follow_their_neighbour() {
        let mut base =
            json!([{"name": "A", "value": "1"}, {"name": "B", "value": "2"}, {"name": "C", "value": "3"}]);
        let patch = json!([{"name": "B", "value": "x"}, {"name": "NEW", "value": "n"}]);
        merge(&mut base, &patch, &["spec", "template", "spec", "containers", "env"]);
        let names: Vec<&str> = base.as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["A", "B", "NEW", "C"]);
        assert_eq!(base[1]["value"], "x");
    }

    #[test]
    fn maps_merge_lists_without_a_key_are_replaced_and_null_deletes() {
        let mut base = json!({"requests": {"cpu": "1"}, "tolerations": [{"key": "a"}], "x": 1});
        merge(
            &mut base,
            &json!({"requests": {"memory": "2Gi"}, "tolerations": [{"key": "b"}], "x": null}),
            &[],
        );
        assert_eq!(base, json!({"requests": {"cpu": "1", "memory": "2Gi"}, "tolerations": [{"key": "b"}]}));
    }

    #[test]
    fn unknown_k8s_fields_are_refused() {
        let mut obj = json!({"kind": "Deployment", "metadata": {"name": "istiod"}});
        let e =
            apply(&mut [&mut obj], &json!({"resourcez": {}}), "istiod", "components.pilot.k8s").unwrap_err();
        assert_eq!(e.message, "unknown setting `components.pilot.k8s.resourcez`");
        assert_eq!(e.help.as_deref(), Some("did you mean `components.pilot.k8s.resources`?"));
    }

    #[test]
    fn a_budget_clears_the_other_one() {
        let mut pdb =
            json!({"kind": "PodDisruptionBudget", "metadata": {"name": "gw"}, "spec": {"minAvailable": 1}});
        apply(&mut [&mut pdb], &json!({"podDisruptionBudget": {"maxUnavailable": 1}}), "gw", "k8s").unwrap();
        assert_eq!(pdb["spec"], json!({"maxUnavailable": 1, "minAvailable": null}));
    }
}
