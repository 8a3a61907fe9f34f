//! Go semantics the templates rely on: a value's truthiness and printed form in a Go
//! template, sorted map keys (Go's serialisation order), and dotted-path lookups.

use serde_json::Value;

use crate::resource;

/// Go template "truthiness": false, 0, "", null, empty maps and lists are false.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// A value as Go's `fmt` prints it in a template (null is empty).
pub fn go_str(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// `v` with its map keys sorted at every depth (upstream's serialisation order for objects it
/// creates; see [`resource::sort_keys`]).
pub fn sort_keys(mut v: Value) -> Value {
    resource::sort_keys(&mut v);
    v
}

static NULL: Value = Value::Null;

/// The value at a dotted path (`global.proxy.image`); null when absent.
pub fn lookup<'v>(v: &'v Value, path: &str) -> &'v Value {
    let mut cur = v;
    for part in path.split('.') {
        match cur.get(part) {
            Some(x) => cur = x,
            None => return &NULL,
        }
    }
    cur
}
