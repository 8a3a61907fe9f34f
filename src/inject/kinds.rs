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
        ("", "ReplicationController") => Some(Shape::Template),
        ("", "List") => Some(Shape::List),
        ("apps" | "extensions", "Deployment" | "DaemonSet" | "ReplicaSet" | "StatefulSet") => Some(Shape::Template),
        ("batch", "Job") => Some(Shape::Template),
        ("batch", "CronJob") => Some(Shape::JobTemplate),
        ("apps.openshift.io", "DeploymentConfig") => Some(Shape::Template),
        _ => None,
    }
}

/// The pod template (an object with `metadata` and `spec`) of a workload.
pub fn template_mut(obj: &mut Value, shape: Shape) -> Option<&mut Value> {
    let t = match shape {
        Shape::Pod => obj,
        Shape::Template => obj.get_mut("spec")?.get_mut("template")?,
        Shape::JobTemplate => obj.get_mut("spec")?.get_mut("jobTemplate")?.get_mut("spec")?.get_mut("template")?,
        Shape::List => return None,
    };
    t.is_object().then_some(t)
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
