//! Server-side apply: field ownership (`metadata.managedFields`), conflicts and merging.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::patch::{merge_key, merge_list_by_key};
use crate::status::{ApiError, now_rfc3339};

/// A field path: segments `f:name` (map field) or `k:{"name":"x"}` (keyed list item).
pub(crate) type Path = Vec<String>;
pub(crate) type FieldSet = BTreeSet<Path>;

/// Top-level fields that are never tracked.
fn untracked(path: &[String]) -> bool {
    match path.first().map(String::as_str) {
        Some("f:apiVersion") | Some("f:kind") => true,
        Some("f:metadata") => matches!(
            path.get(1).map(String::as_str),
            None | Some("f:name")
                | Some("f:namespace")
                | Some("f:uid")
                | Some("f:resourceVersion")
                | Some("f:generation")
                | Some("f:creationTimestamp")
                | Some("f:deletionTimestamp")
                | Some("f:deletionGracePeriodSeconds")
                | Some("f:managedFields")
                | Some("f:selfLink")
        ),
        _ => false,
    }
}

/// The set of leaf paths of `v`. `keyed` enables built-in merge keys for lists.
pub(crate) fn leaf_paths(v: &Value, keyed: bool) -> FieldSet {
    let mut out = FieldSet::new();
    walk(v, &mut Vec::new(), keyed, &mut out);
    out.retain(|p| !untracked(p));
    out
}

fn walk(v: &Value, prefix: &mut Path, keyed: bool, out: &mut FieldSet) {
    match v {
        Value::Object(m) => {
            // An empty map owns no keys (and conflicts with none).
            for (k, x) in m {
                prefix.push(format!("f:{k}"));
                walk(x, prefix, keyed, out);
                prefix.pop();
            }
        }
        Value::Array(items)
            if keyed
                && items.is_empty()
                && prefix
                    .last()
                    .and_then(|s| s.strip_prefix("f:"))
                    .is_some_and(|f| merge_key(f, items).is_some()) =>
        {
            // An empty associative list owns no items (and conflicts with none).
        }
        Value::Array(items) if keyed && !items.is_empty() => {
            let field = prefix.last().and_then(|s| s.strip_prefix("f:")).unwrap_or_default().to_string();
            match merge_key(&field, items) {
                Some(key) if items.iter().all(|i| i.get(key).is_some()) => {
                    for item in items {
                        let kv = json!({ key: item[key] });
                        prefix.push(format!("k:{kv}"));
                        walk(item, prefix, keyed, out);
                        prefix.pop();
                    }
                }
                _ => {
                    out.insert(prefix.clone());
                }
            }
        }
        _ => {
            out.insert(prefix.clone());
        }
    }
}

/// `.spec.template.spec.containers[name="app"].image`, as the real server prints paths.
pub(crate) fn display_path(p: &[String]) -> String {
    let mut s = String::new();
    for seg in p {
        if let Some(f) = seg.strip_prefix("f:") {
            s.push('.');
            s.push_str(f);
        } else if let Some(k) = seg.strip_prefix("k:")
            && let Ok(Value::Object(m)) = serde_json::from_str::<Value>(k)
        {
            let inner: Vec<String> = m.iter().map(|(k, v)| format!("{k}={v}")).collect();
            s.push('[');
            s.push_str(&inner.join(","));
            s.push(']');
        }
    }
    s
}

/// Value at a path.
pub(crate) fn value_at<'a>(v: &'a Value, p: &[String]) -> Option<&'a Value> {
    let mut cur = v;
    for seg in p {
        cur = step(cur, seg)?;
    }
    Some(cur)
}

fn step<'a>(cur: &'a Value, seg: &str) -> Option<&'a Value> {
    if let Some(f) = seg.strip_prefix("f:") {
        cur.get(f)
    } else if let Some(k) = seg.strip_prefix("k:") {
        let key: Map<String, Value> = serde_json::from_str(k).ok()?;
        cur.as_array()?.iter().find(|item| key.iter().all(|(kk, kv)| item.get(kk) == Some(kv)))
    } else {
        None
    }
}

/// Remove the field at `p`, pruning keyed list items and maps that become empty.
pub(crate) fn remove_at(v: &mut Value, p: &[String]) {
    let Some((last, parent_path)) = p.split_last() else {
        return;
    };
    let mut cur = &mut *v;
    for seg in parent_path {
        let next = if let Some(f) = seg.strip_prefix("f:") {
            cur.get_mut(f)
        } else if let Some(k) = seg.strip_prefix("k:") {
            let Ok(key) = serde_json::from_str::<Map<String, Value>>(k) else {
                return;
            };
            cur.as_array_mut()
                .and_then(|a| a.iter_mut().find(|item| key.iter().all(|(kk, kv)| item.get(kk) == Some(kv))))
        } else {
            None
        };
        match next {
            Some(n) => cur = n,
            None => return,
        }
    }
    if let Some(f) = last.strip_prefix("f:") {
        if let Some(m) = cur.as_object_mut() {
            m.remove(f);
        }
    } else if let Some(k) = last.strip_prefix("k:")
        && let (Ok(key), Some(a)) = (serde_json::from_str::<Map<String, Value>>(k), cur.as_array_mut())
    {
        a.retain(|item| !key.iter().all(|(kk, kv)| item.get(kk) == Some(kv)));
    }
}

/// Remove paths whose parents became empty maps or key-only list items after field removal.
fn prune(v: &mut Value, removed_parent: &[String]) {
    // Walk up from the removed field's parent and drop empties.
    for depth in (1..=removed_parent.len()).rev() {
        let prefix = &removed_parent[..depth];
        let Some(node) = value_at(v, prefix) else {
            continue;
        };
        let empty = match node {
            Value::Object(m) => {
                if prefix.last().is_some_and(|s| s.starts_with("k:")) {
                    // A keyed item holding nothing but its key.
                    let key: Map<String, Value> = prefix
                        .last()
                        .and_then(|s| s.strip_prefix("k:"))
                        .and_then(|k| serde_json::from_str(k).ok())
                        .unwrap_or_default();
                    m.keys().all(|k| key.contains_key(k))
                } else {
                    m.is_empty()
                }
            }
            Value::Array(a) => a.is_empty(),
            _ => false,
        };
        if empty && depth > 1 {
            remove_at(v, prefix);
        } else {
            break;
        }
    }
}

/// Encode a field set in the `FieldsV1` format.
pub(crate) fn to_fields_v1(set: &FieldSet) -> Value {
    let mut root = Map::new();
    for p in set {
        let mut cur = &mut root;
        for (i, seg) in p.iter().enumerate() {
            let entry = cur.entry(seg.clone()).or_insert_with(|| Value::Object(Map::new()));
            if seg.starts_with("k:")
                && i + 1 < p.len()
                && let Some(m) = entry.as_object_mut()
            {
                m.entry(".").or_insert_with(|| json!({}));
            }
            match entry.as_object_mut() {
                Some(m) => cur = m,
                None => break,
            }
        }
    }
    Value::Object(root)
}

/// Decode `FieldsV1` into a field set.
pub(crate) fn from_fields_v1(v: &Value) -> FieldSet {
    fn go(v: &Value, prefix: &mut Path, out: &mut FieldSet) {
        let Some(m) = v.as_object() else { return };
        let children: Vec<_> = m.iter().filter(|(k, _)| k.as_str() != ".").collect();
        if children.is_empty() {
            if !prefix.is_empty() {
                out.insert(prefix.clone());
            }
            return;
        }
        for (k, x) in children {
            prefix.push(k.clone());
            go(x, prefix, out);
            prefix.pop();
        }
    }
    let mut out = FieldSet::new();
    go(v, &mut Vec::new(), &mut out);
    out
}

/// One `managedFields` entry.
#[derive(Debug, Clone)]
pub(crate) struct Manager {
    pub manager: String,
    pub operation: String,
    pub api_version: String,
    pub time: String,
    pub subresource: String,
    pub fields: FieldSet,
}

impl Manager {
    fn same_identity(&self, other: &Manager) -> bool {
        self.manager == other.manager
            && self.operation == other.operation
            && self.subresource == other.subresource
    }

    fn label(&self) -> String {
        let mut s = format!("{:?}", self.manager);
        if !self.subresource.is_empty() {
            s = format!("{s} with subresource {:?}", self.subresource);
        }
        if self.operation == "Update" {
            s = format!("{s} using {}", self.api_version);
        }
        s
    }
}

pub(crate) fn read_managers(obj: &Value) -> Vec<Manager> {
    obj.pointer("/metadata/managedFields")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|e| Manager {
                    manager: e["manager"].as_str().unwrap_or_default().into(),
                    operation: e["operation"].as_str().unwrap_or_default().into(),
                    api_version: e["apiVersion"].as_str().unwrap_or_default().into(),
                    time: e["time"].as_str().unwrap_or_default().into(),
                    subresource: e["subresource"].as_str().unwrap_or_default().into(),
                    fields: from_fields_v1(&e["fieldsV1"]),
                })
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) fn write_managers(obj: &mut Value, managers: &[Manager]) {
    let entries: Vec<Value> = managers
        .iter()
        .filter(|m| !m.fields.is_empty())
        .map(|m| {
            let mut e = json!({
                "manager": m.manager,
                "operation": m.operation,
                "apiVersion": m.api_version,
                "time": m.time,
                "fieldsType": "FieldsV1",
                "fieldsV1": to_fields_v1(&m.fields),
            });
            if !m.subresource.is_empty() {
                e["subresource"] = json!(m.subresource);
            }
            e
        })
        .collect();
    if let Some(meta) = obj.get_mut("metadata").and_then(Value::as_object_mut) {
        if entries.is_empty() {
            meta.remove("managedFields");
        } else {
            meta.insert("managedFields".into(), Value::Array(entries));
        }
    }
}

/// Managed fields with the timestamps blanked, for "did anything change" comparisons.
pub(crate) fn without_times(obj: &Value) -> Value {
    let mut o = obj.clone();
    if let Some(a) = o.pointer_mut("/metadata/managedFields").and_then(Value::as_array_mut) {
        for e in a {
            if let Some(m) = e.as_object_mut() {
                m.remove("time");
            }
        }
    }
    o
}

/// Every keyed-list-item prefix (`...k:{..}`) occurring in the set.
fn item_prefixes(set: &FieldSet) -> FieldSet {
    let mut out = FieldSet::new();
    for p in set {
        for (i, seg) in p.iter().enumerate() {
            if seg.starts_with("k:") {
                out.insert(p[..=i].to_vec());
            }
        }
    }
    out
}

fn overlaps(a: &Path, b: &Path) -> bool {
    a.starts_with(b) || b.starts_with(a)
}

/// Merge an applied configuration into the live object (maps recursively, keyed lists by key,
/// everything else replaced).
pub(crate) fn merge_applied(target: &mut Value, applied: &Value, keyed: bool) {
    match (target, applied) {
        (t @ Value::Object(_), Value::Object(a)) => {
            for (k, av) in a {
                let Some(tm) = t.as_object_mut() else { return };
                match (tm.get_mut(k), av) {
                    (Some(tv @ Value::Object(_)), Value::Object(_)) => merge_applied(tv, av, keyed),
                    (Some(Value::Array(ta)), Value::Array(aa)) if keyed => match merge_key(k, aa) {
                        Some(key) if aa.iter().all(|i| i.get(key).is_some()) => {
                            let _ = merge_list_by_key(ta, aa, key, &mut |t, p| {
                                merge_applied(t, p, keyed);
                                Ok(())
                            });
                        }
                        _ => {
                            tm.insert(k.clone(), av.clone());
                        }
                    },
                    _ => {
                        tm.insert(k.clone(), av.clone());
                    }
                }
            }
        }
        (t, a) => *t = a.clone(),
    }
}

/// Result of a server-side apply computation.
pub(crate) struct Applied {
    pub object: Value,
}

/// Compute the result of applying `applied` as `manager` to `live` (`None` to create).
///
/// `api_version` is the request's group/version; `subresource` is `""` or `"status"`.
pub(crate) fn apply(
    live: Option<&Value>,
    applied: &Value,
    manager: &str,
    force: bool,
    keyed: bool,
    api_version: &str,
    subresource: &str,
) -> Result<Applied, ApiError> {
    let applied_fields = leaf_paths(applied, keyed);
    let mut managers = live.map(read_managers).unwrap_or_default();
    let me = Manager {
        manager: manager.to_string(),
        operation: "Apply".into(),
        api_version: api_version.to_string(),
        time: now_rfc3339(),
        subresource: subresource.to_string(),
        fields: applied_fields.clone(),
    };
    let mut object = live.cloned().unwrap_or_else(|| json!({}));

    // Conflicts: fields owned by another manager whose value the apply would change.
    let mut conflicts: Vec<(String, Vec<Path>)> = Vec::new();
    for m in managers.iter().filter(|m| !m.same_identity(&me)) {
        let mut hit = Vec::new();
        for owned in &m.fields {
            for mine in applied_fields.iter().filter(|p| overlaps(p, owned)) {
                let longest = if mine.len() >= owned.len() { mine } else { owned };
                if value_at(&object, longest) != value_at(applied, longest) {
                    hit.push(owned.clone());
                    break;
                }
            }
        }
        if !hit.is_empty() {
            conflicts.push((m.label(), hit));
        }
    }
    if !conflicts.is_empty() && !force {
        return Err(conflict_error(&conflicts));
    }

    // Fields this manager owned before but no longer applies, and nobody else owns: remove.
    let previous: FieldSet =
        managers.iter().find(|m| m.same_identity(&me)).map(|m| m.fields.clone()).unwrap_or_default();
    merge_applied(&mut object, applied, keyed);
    // Keyed list items this manager applied before and no longer applies are removed whole
    // (including defaulted fields inside them), unless another manager owns part of them.
    let applied_items = item_prefixes(&applied_fields);
    for item in item_prefixes(&previous).difference(&applied_items) {
        let others_own = managers
            .iter()
            .filter(|m| !m.same_identity(&me))
            .any(|m| m.fields.iter().any(|f| f.starts_with(item)));
        if !others_own {
            remove_at(&mut object, item);
        }
    }
    for gone in previous.difference(&applied_fields) {
        let still_owned = managers
            .iter()
            .filter(|m| !m.same_identity(&me))
            .any(|m| m.fields.iter().any(|f| overlaps(f, gone)))
            || applied_fields.iter().any(|f| overlaps(f, gone));
        if !still_owned {
            remove_at(&mut object, gone);
            if let Some((_, parent)) = gone.split_last() {
                prune(&mut object, parent);
            }
        }
    }

    // Ownership: forced fields move to this manager; shared fields stay shared.
    for m in managers.iter_mut().filter(|m| !m.same_identity(&me)) {
        let before = m.fields.clone();
        m.fields.retain(|owned| {
            !applied_fields.iter().any(|mine| {
                overlaps(mine, owned) && {
                    let longest = if mine.len() >= owned.len() { mine } else { owned };
                    live.and_then(|l| value_at(l, longest)) != value_at(applied, longest)
                }
            })
        });
        let _ = before;
    }
    match managers.iter_mut().find(|m| m.same_identity(&me)) {
        Some(m) => {
            if m.fields != me.fields || m.api_version != me.api_version {
                *m = me;
            }
        }
        None => managers.push(me),
    }
    write_managers(&mut object, &managers);
    Ok(Applied { object })
}

/// Record an Update-operation manager after a create/update/patch: the changed fields move to it.
pub(crate) fn record_update(
    old: Option<&Value>,
    new: &mut Value,
    manager: &str,
    keyed: bool,
    api_version: &str,
    subresource: &str,
) {
    let mut managers = old.map(read_managers).unwrap_or_default();
    let new_fields = leaf_paths(new, keyed);
    let changed: FieldSet = match old {
        None => new_fields.clone(),
        Some(o) => new_fields.iter().filter(|p| value_at(o, p) != value_at(new, p)).cloned().collect(),
    };
    // Drop ownership of fields that no longer exist.
    for m in managers.iter_mut() {
        m.fields.retain(|p| value_at(new, p).is_some() && !changed.contains(p));
    }
    if !changed.is_empty() {
        let me = Manager {
            manager: manager.to_string(),
            operation: "Update".into(),
            api_version: api_version.to_string(),
            time: now_rfc3339(),
            subresource: subresource.to_string(),
            fields: changed.clone(),
        };
        match managers.iter_mut().find(|m| m.same_identity(&me)) {
            Some(m) => {
                m.fields.extend(changed);
                m.time = me.time;
                m.api_version = me.api_version;
            }
            None => managers.push(me),
        }
    }
    write_managers(new, &managers);
}

fn conflict_error(conflicts: &[(String, Vec<Path>)]) -> ApiError {
    let total: usize = conflicts.iter().map(|(_, p)| p.len()).sum();
    let mut messages = Vec::new();
    let mut causes = Vec::new();
    // Like the apiserver's getConflictMessage: one conflict is a single line; otherwise every
    // manager gets a "conflicts with" header and a list, managers sorted.
    let mut sorted: Vec<&(String, Vec<Path>)> = conflicts.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (label, paths) in sorted {
        if total == 1 {
            messages.push(format!("conflict with {label}: {}", display_path(&paths[0])));
        } else {
            let list: Vec<String> = paths.iter().map(|p| format!("- {}", display_path(p))).collect();
            messages.push(format!("conflicts with {label}:\n{}", list.join("\n")));
        }
        for p in paths {
            causes.push(json!({
                "reason": "FieldManagerConflict",
                "message": format!("conflict with {label}"),
                "field": display_path(p),
            }));
        }
    }
    let s = if total == 1 { "" } else { "s" };
    ApiError::new(409, "Conflict", format!("Apply failed with {total} conflict{s}: {}", messages.join("\n")))
        .with_details(json!({ "causes": causes }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_v1_round_trip() {
        let obj = json!({"metadata": {"labels": {"a": "1"}}, "spec": {"containers": [{"name": "c", "image": "i"}], "replicas": 2}});
        let set = leaf_paths(&obj, true);
        let encoded = to_fields_v1(&set);
        assert_eq!(encoded["f:spec"]["f:containers"]["k:{\"name\":\"c\"}"]["."], json!({}));
        assert_eq!(from_fields_v1(&encoded), set);
        assert!(set.contains(&vec!["f:spec".to_string(), "f:replicas".to_string()]));
        assert!(!set.iter().any(|p| p[0] == "f:kind"));
    }

    #[test]
    fn display_paths() {
        let p = vec![
            "f:spec".to_string(),
            "f:containers".to_string(),
            "k:{\"name\":\"c\"}".to_string(),
            "f:image".to_string(),
        ];
        assert_eq!(display_path(&p), ".spec.containers[name=\"c\"].image");
    }
}
