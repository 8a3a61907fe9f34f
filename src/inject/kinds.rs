//! Which objects carry a pod template, and where.

use serde_json::Value;

/// Where an object keeps its pod template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// The object is a Pod.
    Pod,
    /// `spec.template`.
    Template,
    /// `spec.jobTemplate.spec.template` (CronJob).
    JobTemplate,
    /// A `v1 List`: each item recursively.
    List,
}

/// The shape of a workload kind, or `None` for kinds that are passed through.
pub fn shape(api_version: &str, kind: &str) -> Option<Shape> {
    let group = api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("");
    match (group, kind) {
        ("", "Pod") => Some(Shape::Pod),
        ("", "DeploymentConfig") => Some(Shape::Template),
        ("", "ReplicationController") => Some(Shape::Template),
        ("", "List") => Some(Shape::List),
        ("apps" | "extensions", "Deployment" | "DaemonSet" | "ReplicaSet" | "StatefulSet") => {
            Some(Shape::Template)
        }
        ("batch", "Job") => Some(Shape::Template),
        ("batch", "CronJob") => Some(Shape::JobTemplate),
        ("apps.openshift.io", "DeploymentConfig") => Some(Shape::Template),
        _ => None,
    }
}

/// Where the pod's metadata and spec live. A CronJob's pod metadata is its job template's
/// metadata, as upstream's kube-inject treats it.
pub fn pod_paths(shape: Shape) -> (&'static [&'static str], &'static [&'static str]) {
    match shape {
        Shape::Pod | Shape::List => (&["metadata"], &["spec"]),
        Shape::Template => (&["spec", "template", "metadata"], &["spec", "template", "spec"]),
        Shape::JobTemplate => {
            (&["spec", "jobTemplate", "metadata"], &["spec", "jobTemplate", "spec", "template", "spec"])
        }
    }
}

/// The value at `path`, if there is one.
pub fn get_at<'v>(obj: &'v Value, path: &[&str]) -> Option<&'v Value> {
    let mut cur = obj;
    for p in path {
        cur = cur.get(*p)?;
    }
    Some(cur)
}

/// Takes the value at `path` out of `obj` (leaving null in its place).
pub fn take_at(obj: &mut Value, path: &[&str]) -> Option<Value> {
    let mut cur = obj;
    for p in path {
        cur = cur.get_mut(*p)?;
    }
    Some(std::mem::take(cur))
}

/// Puts `v` at `path`, creating maps on the way; an existing key keeps its position.
pub fn put_at(obj: &mut Value, path: &[&str], v: Value) {
    let mut cur = obj;
    for p in path {
        if !cur.is_object() {
            *cur = Value::Object(serde_json::Map::new());
        }
        cur = &mut cur[*p];
    }
    *cur = v;
}

/// Fields Go's re-serialisation of a workload adds or drops (zero-valued status counters,
/// omitted zero fields), so re-serialised objects read as upstream's do.
pub fn go_reserialise(obj: &mut Value, kind: &str) {
    let status: &[&str] = match kind {
        "ReplicaSet" | "ReplicationController" => &["replicas"],
        "StatefulSet" => &["availableReplicas", "replicas"],
        "DaemonSet" => {
            &["currentNumberScheduled", "desiredNumberScheduled", "numberMisscheduled", "numberReady"]
        }
        "DeploymentConfig" => &[
            "availableReplicas",
            "latestVersion",
            "observedGeneration",
            "replicas",
            "unavailableReplicas",
            "updatedReplicas",
        ],
        _ => &[],
    };
    if kind == "CronJob"
        && let Some(t) = obj
            .get_mut("spec")
            .and_then(|s| s.get_mut("jobTemplate"))
            .and_then(|j| j.get_mut("spec"))
            .and_then(|s| s.get_mut("template"))
        && t.get("metadata").is_none()
    {
        t["metadata"] = serde_json::json!({});
    }
    if kind == "List" && obj.get("metadata").is_none() {
        obj["metadata"] = serde_json::json!({});
    }
    if kind == "DeploymentConfig"
        && let Some(spec) = obj.get_mut("spec").and_then(Value::as_object_mut)
    {
        if spec.get("minReadySeconds").is_some_and(|v| v.as_i64() == Some(0)) {
            spec.shift_remove("minReadySeconds");
        }
        if spec.get("paused") == Some(&Value::Bool(false)) {
            spec.shift_remove("paused");
        }
        spec.entry("test").or_insert(Value::Bool(false));
    }
    if status.is_empty() || !obj.is_object() {
        return;
    }
    if !obj["status"].is_object() {
        obj["status"] = serde_json::json!({});
    }
    for k in status {
        if obj["status"].get(*k).is_none() {
            obj["status"][*k] = serde_json::json!(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_kinds() {
        assert_eq!(shape("apps/v1", "Deployment"), Some(Shape::Template));
        assert_eq!(shape("v1", "Pod"), Some(Shape::Pod));
        assert_eq!(shape("batch/v1", "CronJob"), Some(Shape::JobTemplate));
        assert_eq!(shape("v1", "Service"), None);
        assert_eq!(shape("example.com/v1", "Deployment"), None);
    }
}
