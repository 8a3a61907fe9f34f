//! Per-kind create/update preparation: metadata, defaults, validation, generation.

use serde_json::{Value, json};

use crate::status::{ApiError, new_uid, now_rfc3339, random_suffix};
use crate::store::{ResourceType, Store, meta_str};

type Causes = Vec<(String, &'static str, String)>;

fn is_dns1123_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_dns1123_subdomain(s: &str) -> bool {
    !s.is_empty() && s.len() <= 253 && s.split('.').all(is_dns1123_label)
}

/// Kinds whose names must be DNS-1123 labels rather than subdomains.
fn label_named(kind: &str) -> bool {
    matches!(kind, "Namespace" | "Service")
}

/// Fill in metadata, defaults and status for a new object and validate it.
pub(crate) fn prepare_create(store: &Store, rt: &ResourceType, obj: &mut Value) -> Result<(), ApiError> {
    if obj.get("metadata").is_none_or(|m| !m.is_object()) {
        obj["metadata"] = json!({});
    }
    let name = meta_str(obj, "name").to_string();
    if name.is_empty() {
        let gen_name = meta_str(obj, "generateName").to_string();
        if gen_name.is_empty() {
            return Err(ApiError::invalid(
                &rt.group,
                &rt.kind,
                "",
                &[(
                    "metadata.name".into(),
                    "FieldValueRequired",
                    "Required value: name or generateName is required".into(),
                )],
            ));
        }
        let mut base: String = gen_name.chars().take(58).collect();
        loop {
            let candidate = format!("{base}{}", random_suffix(5));
            let ns = meta_str(obj, "namespace").to_string();
            if store.get(&rt.key(), &ns, &candidate).is_none() {
                base = candidate;
                break;
            }
        }
        obj["metadata"]["name"] = json!(base);
    }
    let meta = &mut obj["metadata"];
    if let Some(m) = meta.as_object_mut() {
        for k in ["resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"] {
            m.remove(k);
        }
    }
    meta["uid"] = json!(new_uid());
    meta["creationTimestamp"] = json!(now_rfc3339());
    if rt.generation {
        meta["generation"] = json!(1);
    } else if let Some(m) = meta.as_object_mut() {
        m.remove("generation");
    }
    if rt.has_status()
        && let Some(m) = obj.as_object_mut()
    {
        m.remove("status");
    }
    defaults(rt, obj, None);
    validate(rt, obj)?;
    Ok(())
}

/// Build the stored form of an update: keep immutable metadata, route status, bump generation.
pub(crate) fn prepare_update(
    rt: &ResourceType,
    old: &Value,
    mut new: Value,
    sub: Option<&str>,
) -> Result<Value, ApiError> {
    if sub == Some("status") {
        // Only status changes through the status subresource.
        let mut out = old.clone();
        out["status"] = new.get("status").cloned().unwrap_or(Value::Null);
        if out["status"].is_null()
            && let Some(m) = out.as_object_mut()
        {
            m.remove("status");
        }
        if let Some(mf) = new.pointer("/metadata/managedFields") {
            out["metadata"]["managedFields"] = mf.clone();
        }
        return Ok(out);
    }
    if sub == Some("finalize") {
        let mut out = old.clone();
        out["spec"] = new.get("spec").cloned().unwrap_or(json!({}));
        return Ok(out);
    }
    for k in ["uid", "creationTimestamp", "generation", "deletionTimestamp", "deletionGracePeriodSeconds"] {
        match old["metadata"].get(k) {
            Some(v) => new["metadata"][k] = v.clone(),
            None => {
                if let Some(m) = new["metadata"].as_object_mut() {
                    m.remove(k);
                }
            }
        }
    }
    if old.pointer("/metadata/deletionTimestamp").is_some() {
        // Finalizers may only be removed once deletion started; nothing else blocks updates.
    }
    if rt.has_status() {
        match old.get("status") {
            Some(s) => new["status"] = s.clone(),
            None => {
                if let Some(m) = new.as_object_mut() {
                    m.remove("status");
                }
            }
        }
    }
    if rt.kind == "Namespace" {
        new["spec"] = old.get("spec").cloned().unwrap_or(json!({}));
    }
    defaults(rt, &mut new, Some(old));
    validate(rt, &new)?;
    if rt.generation && spec_of(&new) != spec_of(old) {
        let g = old.pointer("/metadata/generation").and_then(Value::as_i64).unwrap_or(1);
        new["metadata"]["generation"] = json!(g + 1);
    }
    Ok(new)
}

/// Everything except metadata and status (what counts as a spec change).
fn spec_of(v: &Value) -> Value {
    let mut c = v.clone();
    if let Some(m) = c.as_object_mut() {
        for k in ["metadata", "status", "kind", "apiVersion"] {
            m.remove(k);
        }
    }
    c
}

fn set_default(v: &mut Value, key: &str, d: Value) {
    if let Some(m) = v.as_object_mut()
        && m.get(key).is_none_or(Value::is_null)
    {
        m.insert(key.to_string(), d);
    }
}

fn pod_spec_defaults(spec: &mut Value) {
    if !spec.is_object() {
        return;
    }
    set_default(spec, "restartPolicy", json!("Always"));
    set_default(spec, "dnsPolicy", json!("ClusterFirst"));
    set_default(spec, "schedulerName", json!("default-scheduler"));
    set_default(spec, "terminationGracePeriodSeconds", json!(30));
    set_default(spec, "securityContext", json!({}));
    for list in ["containers", "initContainers"] {
        if let Some(cs) = spec.get_mut(list).and_then(Value::as_array_mut) {
            for c in cs {
                if !c.is_object() {
                    continue;
                }
                let latest = c.get("image").and_then(Value::as_str).is_some_and(|i| {
                    !i.rsplit('/').next().unwrap_or(i).contains(':') || i.ends_with(":latest")
                });
                set_default(c, "imagePullPolicy", json!(if latest { "Always" } else { "IfNotPresent" }));
                set_default(c, "terminationMessagePath", json!("/dev/termination-log"));
                set_default(c, "terminationMessagePolicy", json!("File"));
                set_default(c, "resources", json!({}));
                if let Some(ports) = c.get_mut("ports").and_then(Value::as_array_mut) {
                    for p in ports {
                        set_default(p, "protocol", json!("TCP"));
                    }
                }
            }
        }
    }
}

fn defaults(rt: &ResourceType, obj: &mut Value, old: Option<&Value>) {
    match (rt.group.as_str(), rt.kind.as_str()) {
        ("", "Namespace") => {
            let name = meta_str(obj, "name").to_string();
            obj["metadata"]["labels"]["kubernetes.io/metadata.name"] = json!(name);
            if old.is_none() {
                obj["spec"] = json!({"finalizers": ["kubernetes"]});
                obj["status"] = json!({"phase": "Active"});
            }
        }
        ("", "Pod") => {
            if obj.get("spec").is_some() {
                pod_spec_defaults(&mut obj["spec"]);
                set_default(&mut obj["spec"], "serviceAccountName", json!("default"));
            }
            if old.is_none() {
                obj["status"] = json!({"phase": "Pending", "qosClass": "BestEffort"});
            }
        }
        ("", "Service") => {
            if obj.get("spec").is_none() {
                obj["spec"] = json!({});
            }
            let spec = &mut obj["spec"];
            set_default(spec, "type", json!("ClusterIP"));
            set_default(spec, "sessionAffinity", json!("None"));
            let old_ip = old.and_then(|o| o.pointer("/spec/clusterIP")).cloned();
            if spec["type"] != "ExternalName" {
                match old_ip {
                    Some(ip) if spec.get("clusterIP").is_none_or(|v| v.is_null() || v == "") => {
                        spec["clusterIP"] = ip.clone();
                        spec["clusterIPs"] = json!([ip]);
                    }
                    _ => {
                        if spec.get("clusterIP").is_none_or(|v| v.is_null() || v == "") {
                            let r = crate::status::random_u64();
                            let ip = format!("10.96.{}.{}", (r >> 8) % 256, (r % 253) + 2);
                            spec["clusterIP"] = json!(ip);
                            spec["clusterIPs"] = json!([ip]);
                        }
                    }
                }
                set_default(spec, "ipFamilies", json!(["IPv4"]));
                set_default(spec, "ipFamilyPolicy", json!("SingleStack"));
                set_default(spec, "internalTrafficPolicy", json!("Cluster"));
            }
            if let Some(ports) = spec.get_mut("ports").and_then(Value::as_array_mut) {
                for p in ports {
                    set_default(p, "protocol", json!("TCP"));
                    if let Some(port) = p.get("port").cloned() {
                        set_default(p, "targetPort", port);
                    }
                }
            }
            if old.is_none() {
                obj["status"] = json!({"loadBalancer": {}});
            }
        }
        ("apps", "Deployment") if obj.get("spec").is_some() => {
            let spec = &mut obj["spec"];
            set_default(spec, "replicas", json!(1));
            set_default(
                spec,
                "strategy",
                json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}}),
            );
            set_default(spec, "revisionHistoryLimit", json!(10));
            set_default(spec, "progressDeadlineSeconds", json!(600));
            if spec.get("template").is_some() {
                pod_spec_defaults(&mut spec["template"]["spec"]);
            }
        }
        ("apps", "ReplicaSet") | ("apps", "StatefulSet") | ("apps", "DaemonSet") | ("batch", "Job")
            if obj.get("spec").is_some() =>
        {
            let spec = &mut obj["spec"];
            if rt.kind != "DaemonSet" && rt.kind != "Job" {
                set_default(spec, "replicas", json!(1));
            }
            if spec.get("template").is_some() {
                pod_spec_defaults(&mut spec["template"]["spec"]);
            }
        }
        ("apiextensions.k8s.io", "CustomResourceDefinition") => {
            if let Some(names) = obj.pointer_mut("/spec/names") {
                let kind = names.get("kind").and_then(Value::as_str).unwrap_or_default().to_string();
                set_default(names, "singular", json!(kind.to_ascii_lowercase()));
                set_default(names, "listKind", json!(format!("{kind}List")));
            }
        }
        _ => {}
    }
}

fn validate(rt: &ResourceType, obj: &Value) -> Result<(), ApiError> {
    let name = meta_str(obj, "name");
    let mut causes: Causes = Vec::new();
    let name_ok = if label_named(&rt.kind) {
        is_dns1123_label(name)
    } else if rt.kind == "ClusterRole"
        || rt.kind == "Role"
        || rt.kind == "ClusterRoleBinding"
        || rt.kind == "RoleBinding"
    {
        !name.is_empty() && !name.contains('/') && name != "." && name != ".."
    } else {
        is_dns1123_subdomain(name)
    };
    if !name_ok {
        causes.push((
            "metadata.name".into(),
            "FieldValueInvalid",
            format!("Invalid value: \"{name}\": a lowercase RFC 1123 {} must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", if label_named(&rt.kind) { "label" } else { "subdomain" }),
        ));
    }
    for field in ["labels", "annotations"] {
        if let Some(m) = obj.pointer(&format!("/metadata/{field}")) {
            match m.as_object() {
                Some(map) => {
                    for (k, v) in map {
                        if !v.is_string() {
                            return Err(ApiError::bad_request(format!(
                                "json: cannot unmarshal {} into Go struct field ObjectMeta.metadata.{field} of type string (key {k})",
                                json_type(v)
                            )));
                        }
                    }
                }
                None if !m.is_null() => {
                    return Err(ApiError::bad_request(format!(
                        "json: cannot unmarshal {} into Go struct field ObjectMeta.metadata.{field} of type map[string]string",
                        json_type(m)
                    )));
                }
                None => {}
            }
        }
    }
    match (rt.group.as_str(), rt.kind.as_str()) {
        ("", "ConfigMap") | ("", "Secret") => {
            for field in ["data", "stringData", "binaryData"] {
                if let Some(m) = obj.get(field).and_then(Value::as_object) {
                    for (k, v) in m {
                        if !v.is_string() {
                            return Err(ApiError::bad_request(format!(
                                "json: cannot unmarshal {} into Go struct field {}.{field} of type string (key {k})",
                                json_type(v),
                                rt.kind
                            )));
                        }
                    }
                }
            }
        }
        ("", "Pod") => validate_pod_spec(obj.get("spec"), "spec", &mut causes),
        ("apps", "Deployment") | ("apps", "ReplicaSet") | ("apps", "StatefulSet") | ("apps", "DaemonSet") => {
            let sel = obj.pointer("/spec/selector/matchLabels").and_then(Value::as_object);
            let has_expr = obj
                .pointer("/spec/selector/matchExpressions")
                .and_then(Value::as_array)
                .is_some_and(|a| !a.is_empty());
            if sel.is_none_or(|s| s.is_empty()) && !has_expr {
                causes.push(("spec.selector".into(), "FieldValueRequired", "Required value".into()));
            }
            let labels = obj.pointer("/spec/template/metadata/labels").and_then(Value::as_object);
            if let Some(sel) = sel {
                let matches = sel.iter().all(|(k, v)| labels.and_then(|l| l.get(k)) == Some(v));
                if !matches {
                    causes.push((
                        "spec.template.metadata.labels".into(),
                        "FieldValueInvalid",
                        format!(
                            "Invalid value: {}: `selector` does not match template `labels`",
                            json!(labels)
                        ),
                    ));
                }
            }
            validate_pod_spec(obj.pointer("/spec/template/spec"), "spec.template.spec", &mut causes);
        }
        ("apiextensions.k8s.io", "CustomResourceDefinition") => {
            let group = obj.pointer("/spec/group").and_then(Value::as_str).unwrap_or_default();
            let plural = obj.pointer("/spec/names/plural").and_then(Value::as_str).unwrap_or_default();
            let kind = obj.pointer("/spec/names/kind").and_then(Value::as_str).unwrap_or_default();
            if group.is_empty() {
                causes.push(("spec.group".into(), "FieldValueRequired", "Required value".into()));
            }
            if plural.is_empty() {
                causes.push(("spec.names.plural".into(), "FieldValueRequired", "Required value".into()));
            }
            if kind.is_empty() {
                causes.push(("spec.names.kind".into(), "FieldValueRequired", "Required value".into()));
            }
            if name != format!("{plural}.{group}") {
                causes.push((
                    "metadata.name".into(),
                    "FieldValueInvalid",
                    format!("Invalid value: \"{name}\": must be spec.names.plural+\".\"+spec.group"),
                ));
            }
            match obj.pointer("/spec/scope").and_then(Value::as_str) {
                Some("Namespaced") | Some("Cluster") => {}
                other => causes.push((
                    "spec.scope".into(),
                    "FieldValueNotSupported",
                    format!(
                        "Unsupported value: \"{}\": supported values: \"Cluster\", \"Namespaced\"",
                        other.unwrap_or_default()
                    ),
                )),
            }
            let versions = obj.pointer("/spec/versions").and_then(Value::as_array);
            match versions {
                Some(vs) if !vs.is_empty() => {
                    let storage =
                        vs.iter().filter(|v| v.get("storage").and_then(Value::as_bool) == Some(true)).count();
                    if storage != 1 {
                        causes.push((
                            "spec.versions".into(),
                            "FieldValueInvalid",
                            format!(
                                "Invalid value: {}: must have exactly one version marked as storage version",
                                json!(vs.iter().map(|v| v["name"].clone()).collect::<Vec<_>>())
                            ),
                        ));
                    }
                }
                _ => causes.push((
                    "spec.versions".into(),
                    "FieldValueInvalid",
                    "Invalid value: null: must have exactly one version marked as storage version".into(),
                )),
            }
        }
        _ => {}
    }
    if causes.is_empty() { Ok(()) } else { Err(ApiError::invalid(&rt.group, &rt.kind, name, &causes)) }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn validate_pod_spec(spec: Option<&Value>, at: &str, causes: &mut Causes) {
    let containers = spec.and_then(|s| s.get("containers")).and_then(Value::as_array);
    match containers {
        Some(cs) if !cs.is_empty() => {
            for (i, c) in cs.iter().enumerate() {
                if c.get("name").and_then(Value::as_str).is_none_or(str::is_empty) {
                    causes.push((
                        format!("{at}.containers[{i}].name"),
                        "FieldValueRequired",
                        "Required value".into(),
                    ));
                }
                if c.get("image").and_then(Value::as_str).is_none_or(str::is_empty) {
                    causes.push((
                        format!("{at}.containers[{i}].image"),
                        "FieldValueRequired",
                        "Required value".into(),
                    ));
                }
            }
        }
        _ => causes.push((format!("{at}.containers"), "FieldValueRequired", "Required value".into())),
    }
}

/// Remove owner references to `uid` from every object (orphan propagation).
pub(crate) fn orphan_dependents(store: &mut Store, uid: &str) {
    for (key, obj) in store.everything() {
        let refs = obj.pointer("/metadata/ownerReferences").and_then(Value::as_array);
        if refs.is_some_and(|r| r.iter().any(|o| o.get("uid").and_then(Value::as_str) == Some(uid))) {
            let mut o = obj.clone();
            if let Some(a) = o.pointer_mut("/metadata/ownerReferences").and_then(Value::as_array_mut) {
                a.retain(|r| r.get("uid").and_then(Value::as_str) != Some(uid));
                if a.is_empty()
                    && let Some(m) = o["metadata"].as_object_mut()
                {
                    m.remove("ownerReferences");
                }
            }
            store.put(&key, o);
        }
    }
}
