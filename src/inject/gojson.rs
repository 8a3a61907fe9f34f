//! JSON written the way Go's `encoding/json` writes Kubernetes structs (field order of the
//! `corev1` types), for the values upstream stores in annotations.

use serde_json::{Map, Value, json};

/// A container as Go marshals it: `corev1` struct field order, `resources` always present.
pub(super) fn go_container(c: &Value) -> Value {
    let mut v = go_order(c, "Container");
    if let Value::Object(m) = &mut v
        && !m.contains_key("resources")
    {
        // Insert in its place: after `env`/`envFrom`/`ports`/... and before the rest.
        let mut out = Map::new();
        let mut done = false;
        for (k, x) in std::mem::take(m) {
            let after = CONTAINER_FIELDS.iter().position(|f| *f == k)
                > CONTAINER_FIELDS.iter().position(|f| *f == "resources");
            if after && !done {
                out.insert("resources".into(), json!({}));
                done = true;
            }
            out.insert(k, x);
        }
        if !done {
            out.insert("resources".into(), json!({}));
        }
        *m = out;
    }
    v
}

const CONTAINER_FIELDS: &[&str] = &[
    "name",
    "image",
    "command",
    "args",
    "workingDir",
    "ports",
    "envFrom",
    "env",
    "resources",
    "resizePolicy",
    "restartPolicy",
    "volumeMounts",
    "volumeDevices",
    "livenessProbe",
    "readinessProbe",
    "startupProbe",
    "lifecycle",
    "terminationMessagePath",
    "terminationMessagePolicy",
    "imagePullPolicy",
    "securityContext",
    "stdin",
    "stdinOnce",
    "tty",
];

/// Field order of the `corev1` structs a container holds, and the type of each nested field.
fn go_fields(ty: &str) -> (&'static [&'static str], fn(&str) -> &'static str) {
    fn none(_: &str) -> &'static str {
        ""
    }
    match ty {
        "Container" => (CONTAINER_FIELDS, |k| match k {
            "ports" => "ContainerPort",
            "env" => "EnvVar",
            "resources" => "Resources",
            "volumeMounts" => "VolumeMount",
            "livenessProbe" | "readinessProbe" | "startupProbe" => "Probe",
            "lifecycle" => "Lifecycle",
            "securityContext" => "SecurityContext",
            _ => "",
        }),
        "ContainerPort" => (&["name", "hostPort", "containerPort", "protocol", "hostIP"], none),
        "EnvVar" => (&["name", "value", "valueFrom"], none),
        "Resources" => (&["limits", "requests", "claims"], none),
        "VolumeMount" => (
            &[
                "name",
                "readOnly",
                "recursiveReadOnly",
                "mountPath",
                "subPath",
                "mountPropagation",
                "subPathExpr",
            ],
            none,
        ),
        "Probe" => (
            &[
                "exec",
                "httpGet",
                "tcpSocket",
                "grpc",
                "initialDelaySeconds",
                "timeoutSeconds",
                "periodSeconds",
                "successThreshold",
                "failureThreshold",
                "terminationGracePeriodSeconds",
            ],
            |k| if k == "httpGet" { "HTTPGet" } else { "" },
        ),
        "HTTPGet" => (&["path", "port", "host", "scheme", "httpHeaders"], none),
        "Lifecycle" => (&["postStart", "preStop", "stopSignal"], |_| "Handler"),
        "Handler" => {
            (&["exec", "httpGet", "tcpSocket", "sleep"], |k| if k == "httpGet" { "HTTPGet" } else { "" })
        }
        "SecurityContext" => (
            &[
                "capabilities",
                "privileged",
                "seLinuxOptions",
                "windowsOptions",
                "runAsUser",
                "runAsGroup",
                "runAsNonRoot",
                "readOnlyRootFilesystem",
                "allowPrivilegeEscalation",
                "procMount",
                "seccompProfile",
                "appArmorProfile",
            ],
            |k| {
                if k == "capabilities" { "Capabilities" } else { "" }
            },
        ),
        "Capabilities" => (&["add", "drop"], none),
        _ => (&[], none),
    }
}

fn go_order(v: &Value, ty: &str) -> Value {
    match v {
        Value::Array(a) => Value::Array(a.iter().map(|x| go_order(x, ty)).collect()),
        Value::Object(m) => {
            let (fields, child) = go_fields(ty);
            if fields.is_empty() {
                return v.clone();
            }
            let mut out = Map::new();
            for f in fields {
                if let Some(x) = m.get(*f).filter(|x| !x.is_null()) {
                    out.insert((*f).into(), go_order(x, child(f)));
                }
            }
            for (k, x) in m {
                if !out.contains_key(k) && !x.is_null() {
                    out.insert(k.clone(), x.clone());
                }
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}
