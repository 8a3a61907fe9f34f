//! What would change in a live object: the field-level difference between the object as it is
//! and as the server says it would be after an apply (a dry run's answer), in the spirit of
//! `kubectl diff` but one line per changed field.
//!
//! Both sides come from the same server, defaults included, so every difference is a real
//! change; only bookkeeping the server rewrites on any write is left out.

use serde_json::Value;

/// Metadata the server maintains itself: it differs between any two answers and is no change
/// of the user's.
const BOOKKEEPING: &[&str] =
    &["managedFields", "resourceVersion", "generation", "creationTimestamp", "uid", "selfLink"];

/// At most this many lines per object; the rest is summarised in one line.
pub const MAX_LINES: usize = 12;

/// At most this many changed lines of one text.
pub const MAX_TEXT_LINES: usize = 8;

/// One changed field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added {
        path: String,
        value: String,
    },
    Removed {
        path: String,
        value: String,
    },
    Changed {
        path: String,
        from: String,
        to: String,
    },
    /// A multi-line text (a ConfigMap's YAML) whose lines changed: `-`/`+` lines with their
    /// line numbers in the old and the new text.
    Text {
        path: String,
        lines: Vec<String>,
    },
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Added { path, value } => write!(f, "+ {path}: {value}"),
            Change::Removed { path, value } => write!(f, "- {path}: {value}"),
            Change::Changed { path, from, to } => write!(f, "~ {path}: {from} → {to}"),
            Change::Text { path, lines } => {
                write!(f, "~ {path}:")?;
                for l in lines.iter().take(MAX_TEXT_LINES) {
                    write!(f, "\n      {l}")?;
                }
                if lines.len() > MAX_TEXT_LINES {
                    write!(f, "\n      … and {} more changed lines", lines.len() - MAX_TEXT_LINES)?;
                }
                Ok(())
            }
        }
    }
}

/// The changes from `live` to `after`, in field order; empty when nothing but bookkeeping differs.
pub fn diff(live: &Value, after: &Value) -> Vec<Change> {
    let mut out = Vec::new();
    let empty = serde_json::Map::new();
    let (l, a) = (live.as_object().unwrap_or(&empty), after.as_object().unwrap_or(&empty));
    // Every top-level field but the status (the server's report, not the user's intent).
    let keys = l.keys().chain(a.keys().filter(|k| !l.contains_key(*k)));
    for top in keys.filter(|k| !matches!(k.as_str(), "status" | "apiVersion" | "kind")) {
        let (x, y) = (l.get(top).unwrap_or(&Value::Null), a.get(top).unwrap_or(&Value::Null));
        walk(&clean(top, x), &clean(top, y), top.to_string(), &mut out);
    }
    out
}

fn clean(top: &str, v: &Value) -> Value {
    let mut v = v.clone();
    if top == "metadata"
        && let Some(m) = v.as_object_mut()
    {
        for k in BOOKKEEPING {
            m.remove(*k);
        }
    }
    v
}

fn walk(a: &Value, b: &Value, path: String, out: &mut Vec<Change>) {
    if same(a, b) {
        return;
    }
    match (a, b) {
        (Value::Null, _) => out.push(Change::Added { path, value: short(b) }),
        (_, Value::Null) => out.push(Change::Removed { path, value: short(a) }),
        (Value::Object(x), Value::Object(y)) => {
            for (k, av) in x {
                walk(av, y.get(k).unwrap_or(&Value::Null), child(&path, k), out);
            }
            for (k, bv) in y {
                if !x.contains_key(k) {
                    walk(&Value::Null, bv, child(&path, k), out);
                }
            }
        }
        (Value::Array(x), Value::Array(y)) => match merge_key(x, y) {
            // Lists of named entries (containers, ports, env) are compared entry by entry, as
            // server-side apply merges them.
            Some(key) => {
                let id = |v: &Value| v[key].to_string();
                for av in x {
                    let bv = y.iter().find(|bv| id(bv) == id(av)).unwrap_or(&Value::Null);
                    walk(av, bv, format!("{path}[{key}={}]", id(av).trim_matches('"')), out);
                }
                for bv in y.iter().filter(|bv| !x.iter().any(|av| id(av) == id(bv))) {
                    walk(&Value::Null, bv, format!("{path}[{key}={}]", id(bv).trim_matches('"')), out);
                }
            }
            None if x.len() == y.len() => {
                for (i, (av, bv)) in x.iter().zip(y).enumerate() {
                    walk(av, bv, format!("{path}[{i}]"), out);
                }
            }
            None => out.push(Change::Changed { path, from: short(a), to: short(b) }),
        },
        (Value::String(x), Value::String(y)) if x.contains('\n') || y.contains('\n') => {
            out.push(Change::Text { path, lines: text_diff(x, y) })
        }
        _ => out.push(Change::Changed { path, from: short(a), to: short(b) }),
    }
}

/// Equal as Kubernetes means it: numbers by value (`1` and `1.0`).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(v, w)| same(v, w)),
        _ => a == b,
    }
}

/// The key that names every entry of both lists, if there is one.
fn merge_key(x: &[Value], y: &[Value]) -> Option<&'static str> {
    ["name", "containerPort", "port", "mountPath", "devicePath", "ip"].into_iter().find(|k| {
        let ids = |l: &[Value]| -> Option<Vec<String>> {
            l.iter().map(|v| v.get(*k).filter(|i| !i.is_null()).map(Value::to_string)).collect()
        };
        match (ids(x), ids(y)) {
            (Some(a), Some(b)) => {
                let unique =
                    |v: &Vec<String>| v.iter().collect::<std::collections::HashSet<_>>().len() == v.len();
                unique(&a) && unique(&b) && !(a.is_empty() && b.is_empty())
            }
            _ => false,
        }
    })
}

/// The lines that differ between two texts (longest common subsequence), as `-N: old` and
/// `+N: new`.
fn text_diff(a: &str, b: &str) -> Vec<String> {
    let (x, y): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    // Texts of a few thousand lines at most (ConfigMaps); beyond that, say so in one line.
    if x.len().saturating_mul(y.len()) > 4_000_000 {
        return vec![format!("({} lines → {} lines)", x.len(), y.len())];
    }
    let mut lcs = vec![vec![0u32; y.len() + 1]; x.len() + 1];
    for i in (0..x.len()).rev() {
        for j in (0..y.len()).rev() {
            lcs[i][j] = if x[i] == y[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < x.len() || j < y.len() {
        if i < x.len() && j < y.len() && x[i] == y[j] {
            i += 1;
            j += 1;
        } else if i < x.len() && (j == y.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(format!("-{}: {}", i + 1, x[i]));
            i += 1;
        } else {
            out.push(format!("+{}: {}", j + 1, y[j]));
            j += 1;
        }
    }
    out
}

fn child(path: &str, key: &str) -> String {
    if key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!("{path}.{key}")
    } else {
        format!("{path}[{key}]")
    }
}

/// A value on one line, cut to a readable length.
fn short(v: &Value) -> String {
    let s = match v {
        Value::String(s) if s.contains('\n') => format!("({} lines of text)", s.lines().count()),
        other => other.to_string(),
    };
    if s.chars().count() > 80 { format!("{}…", s.chars().take(77).collect::<String>()) } else { s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn bookkeeping_alone_is_no_change() {
        let live = json!({"metadata": {"name": "a", "resourceVersion": "1", "generation": 1,
            "managedFields": [{"manager": "x"}]}, "spec": {"replicas": 1}});
        let after = json!({"metadata": {"name": "a", "resourceVersion": "1", "generation": 2,
            "managedFields": [{"manager": "y"}]}, "spec": {"replicas": 1.0}});
        assert!(diff(&live, &after).is_empty());
    }

    #[test]
    fn each_changed_field_is_one_line() {
        let live = json!({"metadata": {"labels": {"app": "a", "old": "x"}},
            "spec": {"replicas": 1, "template": {"spec": {"containers": [{"name": "c", "image": "i:1"}]}}}});
        let after = json!({"metadata": {"labels": {"app": "a", "app.kubernetes.io/x": "y"}},
            "spec": {"replicas": 2, "template": {"spec": {"containers": [{"name": "c", "image": "i:2"}]}}}});
        let lines: Vec<String> = diff(&live, &after).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "- metadata.labels.old: \"x\"",
                "+ metadata.labels[app.kubernetes.io/x]: \"y\"",
                "~ spec.replicas: 1 → 2",
                "~ spec.template.spec.containers[name=c].image: \"i:1\" → \"i:2\"",
            ]
        );
    }

    #[test]
    fn named_entries_are_matched_by_name_and_texts_by_line() {
        let live = json!({"spec": {"ports": [{"name": "a", "port": 1}, {"name": "b", "port": 2}]},
            "data": {"mesh": "x: 1\ny: 2\nz: 3"}});
        let after = json!({"spec": {"ports": [{"name": "b", "port": 3}, {"name": "c", "port": 4}]},
            "data": {"mesh": "x: 1\ny: 5\nz: 3"}});
        let lines: Vec<String> = diff(&live, &after).iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "- spec.ports[name=a]: {\"name\":\"a\",\"port\":1}",
                "~ spec.ports[name=b].port: 2 → 3",
                "+ spec.ports[name=c]: {\"name\":\"c\",\"port\":4}",
                "~ data.mesh:\n      -2: y: 2\n      +2: y: 5",
            ]
        );
    }

    #[test]
    fn lists_of_another_length_are_one_change() {
        let d = diff(&json!({"spec": {"ports": [1]}}), &json!({"spec": {"ports": [1, 2]}}));
        assert_eq!(d.len(), 1);
        assert!(d[0].to_string().starts_with("~ spec.ports: [1] → [1,2]"));
    }
}
