//! Type checks on the parts of a workload that injection rewrites. A field of the wrong type
//! (`containers:` given as a map, labels as a list) would otherwise be read as absent and
//! dropped from the output; like the API server and istioctl, meshctl refuses it instead.

use serde_json::Value;

use super::kinds::{self, Shape};
use super::shape::kind_of;
use crate::resource::RawDoc;

/// A field whose value has the wrong type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrongType {
    /// Dotted path from the object's root, with `[i]` for list items.
    pub path: String,
    pub want: &'static str,
    pub got: &'static str,
}

#[derive(Clone, Copy)]
enum Want {
    Map,
    List,
    ListOfMaps,
}

const POD_SPEC_FIELDS: &[(&str, Want)] = &[
    ("containers", Want::ListOfMaps),
    ("initContainers", Want::ListOfMaps),
    ("ephemeralContainers", Want::ListOfMaps),
    ("volumes", Want::ListOfMaps),
    ("imagePullSecrets", Want::ListOfMaps),
    ("tolerations", Want::ListOfMaps),
    ("hostAliases", Want::ListOfMaps),
    ("securityContext", Want::Map),
    ("affinity", Want::Map),
    ("dnsConfig", Want::Map),
    ("nodeSelector", Want::Map),
];

const CONTAINER_FIELDS: &[(&str, Want)] = &[
    ("env", Want::ListOfMaps),
    ("envFrom", Want::ListOfMaps),
    ("ports", Want::ListOfMaps),
    ("volumeMounts", Want::ListOfMaps),
    ("args", Want::List),
    ("command", Want::List),
    ("resources", Want::Map),
    ("securityContext", Want::Map),
    ("readinessProbe", Want::Map),
    ("livenessProbe", Want::Map),
    ("startupProbe", Want::Map),
    ("lifecycle", Want::Map),
];

/// Checks the metadata and pod template of a workload of the given shape.
pub fn check_workload(obj: &Value, shape: Shape) -> Result<(), WrongType> {
    check_meta(obj, &["metadata"])?;
    let (meta_path, spec_path) = kinds::pod_paths(shape);
    // Every map on the way to the pod template.
    for n in 1..spec_path.len() {
        check(obj, &spec_path[..n], Want::Map)?;
    }
    check_meta(obj, meta_path)?;
    if shape == Shape::JobTemplate {
        check(obj, &["spec", "jobTemplate", "spec", "template"], Want::Map)?;
        check_meta(obj, &["spec", "jobTemplate", "spec", "template", "metadata"])?;
    }
    check(obj, spec_path, Want::Map)?;
    let Some(spec) = kinds::get_at(obj, spec_path) else {
        return Ok(());
    };
    let base = spec_path.join(".");
    for (field, want) in POD_SPEC_FIELDS {
        check_value(&spec[*field], &format!("{base}.{field}"), *want)?;
    }
    for list in ["containers", "initContainers", "ephemeralContainers"] {
        for (i, c) in spec[list].as_array().into_iter().flatten().enumerate() {
            for (field, want) in CONTAINER_FIELDS {
                check_value(&c[*field], &format!("{base}.{list}[{i}].{field}"), *want)?;
            }
        }
    }
    Ok(())
}

fn check_meta(obj: &Value, path: &[&str]) -> Result<(), WrongType> {
    check(obj, path, Want::Map)?;
    let Some(meta) = kinds::get_at(obj, path) else {
        return Ok(());
    };
    let base = path.join(".");
    check_value(&meta["labels"], &format!("{base}.labels"), Want::Map)?;
    check_value(&meta["annotations"], &format!("{base}.annotations"), Want::Map)
}

fn check(obj: &Value, path: &[&str], want: Want) -> Result<(), WrongType> {
    match kinds::get_at(obj, path) {
        Some(v) => check_value(v, &path.join("."), want),
        None => Ok(()),
    }
}

fn check_value(v: &Value, path: &str, want: Want) -> Result<(), WrongType> {
    let wrong = |want: &'static str, path: String, got: &Value| WrongType { path, want, got: kind_of(got) };
    match (want, v) {
        (_, Value::Null) => Ok(()),
        (Want::Map, Value::Object(_)) => Ok(()),
        (Want::Map, other) => Err(wrong("a map", path.to_string(), other)),
        (Want::List, Value::Array(_)) => Ok(()),
        (Want::List, other) => Err(wrong("a list", path.to_string(), other)),
        (Want::ListOfMaps, Value::Array(items)) => {
            match items.iter().enumerate().find(|(_, x)| !x.is_object()) {
                Some((i, x)) => Err(wrong("a map", format!("{path}[{i}]"), x)),
                None => Ok(()),
            }
        }
        (Want::ListOfMaps, other) => Err(wrong("a list", path.to_string(), other)),
    }
}

/// The source line of `path` in the document: each key is looked for after the previous
/// one (block or JSON style); the document's first line when a key is not found.
pub fn line_of(doc: &RawDoc<'_>, path: &str) -> usize {
    let lines: Vec<&str> = doc.text.lines().collect();
    let mut at = 0usize;
    let mut found = None;
    for seg in path.split('.') {
        let key = seg.split('[').next().unwrap_or(seg);
        if key.is_empty() {
            continue;
        }
        let plain = format!("{key}:");
        let quoted = format!("\"{key}\"");
        let hit = (at..lines.len()).find(|&i| {
            let t = lines[i].trim_start().trim_start_matches("- ").trim_start();
            t.starts_with(&plain) || t.starts_with(&quoted) || lines[i].contains(&format!("{{{plain}"))
        });
        match hit {
            Some(i) => {
                at = i;
                found = Some(i);
            }
            None => break,
        }
    }
    doc.line + found.unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn containers_as_a_map_are_refused() {
        let d = json!({ "spec": { "template": { "spec": { "containers": { "name": "app" } } } } });
        let e = check_workload(&d, Shape::Template).unwrap_err();
        assert_eq!(e.path, "spec.template.spec.containers");
        assert_eq!(e.want, "a list");
        let d = json!({ "spec": { "template": { "metadata": { "labels": ["a"] }, "spec": {} } } });
        assert_eq!(check_workload(&d, Shape::Template).unwrap_err().path, "spec.template.metadata.labels");
        let d = json!({ "spec": { "containers": [{ "name": "a", "env": { "A": "1" } }] } });
        assert_eq!(check_workload(&d, Shape::Pod).unwrap_err().path, "spec.containers[0].env");
        let ok = json!({ "spec": { "containers": [{ "name": "a" }], "volumes": [] } });
        assert!(check_workload(&ok, Shape::Pod).is_ok());
    }

    #[test]
    fn the_line_is_the_fields() {
        let text = "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    name: app\n";
        let doc = RawDoc { text, line: 10, offset: 0 };
        assert_eq!(line_of(&doc, "spec.containers"), 13);
    }
}
