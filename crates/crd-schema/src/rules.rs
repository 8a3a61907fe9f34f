//! CEL rules (`x-kubernetes-validations`) evaluated as kube-apiserver evaluates them: `self`
//! is the value of the field that carries the rules, and Kubernetes' CEL libraries (strings,
//! lists, sets, regex, URLs, format) are available through kube-cel.
//!
//! Rules are compiled once per thread and rule text (the same rule guards many fields), and
//! the function library is registered once per thread.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use kube_cel::KubeCelExt;
use kube_cel::cel::objects::{Key, Map};
use kube_cel::cel::{Context, Program, Value as Cel};
use serde_json::Value;

use crate::Reason;

/// One rule that did not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleFailure {
    /// The rule's message (or a description of why it could not be compiled).
    pub message: String,
    /// Why the rule could not be evaluated for this value (a CEL runtime error such as
    /// `url()` of a relative URL), when that is why it failed. An API server refuses the
    /// value then too, and says both the error and the rule's message.
    pub evaluation_error: Option<String>,
    /// The kind of problem (`Invalid` unless the rule names a `reason`).
    pub reason: Reason,
    /// The rule's `fieldPath`, relative to the field that carries the rule.
    pub field_path: Option<String>,
}

thread_local! {
    static LIBRARY: Context<'static> = Context::default().with_all();
    static PROGRAMS: RefCell<HashMap<String, Rc<Result<Program, String>>>> = RefCell::new(HashMap::new());
}

fn program(rule: &str) -> Rc<Result<Program, String>> {
    PROGRAMS.with(|cache| {
        if let Some(p) = cache.borrow().get(rule) {
            return p.clone();
        }
        let compiled = Rc::new(Program::compile(rule).map_err(|e| e.to_string()));
        cache.borrow_mut().insert(rule.to_string(), compiled.clone());
        compiled
    })
}

/// JSON to CEL. Object keys stay as they are: Istio's field names need none of the escapes
/// (`__dash__`, `__dot__`, …) Kubernetes applies to unusual property names.
pub fn to_cel(value: &Value) -> Cel {
    match value {
        Value::Null => Cel::Null,
        Value::Bool(b) => Cel::Bool(*b),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => Cel::Int(i),
            (None, Some(u)) => Cel::UInt(u),
            _ => Cel::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Cel::String(Arc::new(s.clone())),
        Value::Array(items) => Cel::List(Arc::new(items.iter().map(to_cel).collect())),
        Value::Object(map) => {
            let entries: HashMap<Key, Cel> =
                map.iter().map(|(k, v)| (Key::String(Arc::new(k.clone())), to_cel(v))).collect();
            Cel::Map(Map { map: Arc::new(entries) })
        }
    }
}

/// Why a rule gave no answer.
enum Broken {
    Compile(String),
    Evaluation(String),
}

/// Evaluates a node's `x-kubernetes-validations` against its value; returns the rules that
/// fail (a rule that cannot be compiled or evaluated fails too, as on an API server).
pub fn evaluate(rules: &Value, value: &Value) -> Vec<RuleFailure> {
    let Some(rules) = rules.as_array() else { return Vec::new() };
    let this = to_cel(value);
    let mut failures = Vec::new();
    for rule in rules {
        let Some(text) = rule.get("rule").and_then(Value::as_str) else { continue };
        let outcome = match &*program(text) {
            Err(e) => Err(Broken::Compile(format!("the rule {text:?} does not compile: {e}"))),
            Ok(program) => LIBRARY.with(|library| {
                let mut scope = library.new_inner_scope();
                scope.add_variable_from_value("self", this.clone());
                match program.execute(&scope) {
                    Ok(Cel::Bool(ok)) => Ok(ok),
                    Ok(other) => {
                        Err(Broken::Evaluation(format!("the rule {text:?} gave {other:?}, not a boolean")))
                    }
                    Err(e) => Err(Broken::Evaluation(e.to_string())),
                }
            }),
        };
        let rule_message = || {
            rule.get("message")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("failed rule: {text}"))
        };
        let (message, evaluation_error) = match outcome {
            Ok(true) => continue,
            Ok(false) => (rule_message(), None),
            Err(Broken::Compile(why)) => (why, None),
            Err(Broken::Evaluation(why)) => (rule_message(), Some(why)),
        };
        let reason = match rule.get("reason").and_then(Value::as_str) {
            Some("FieldValueRequired") => Reason::Required,
            Some("FieldValueDuplicate") => Reason::Duplicate,
            Some("FieldValueForbidden") | Some("FieldValueInvalid") | None | Some(_) => Reason::Invalid,
        };
        let field_path = rule.get("fieldPath").and_then(Value::as_str).map(str::to_string);
        failures.push(RuleFailure { message, evaluation_error, reason, field_path });
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn failures(rule: &str, value: Value) -> Vec<String> {
        evaluate(&json!([{"rule": rule, "message": "no"}]), &value).into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn kubernetes_functions_are_available() {
        assert!(failures("self.substring(7, 8) == '/'", json!("unix:///x")).is_empty());
        assert!(failures("url(self).getScheme() in ['http', 'https']", json!("https://a/b")).is_empty());
        assert_eq!(failures("url(self).getScheme() in ['http', 'https']", json!("ftp://a/b")), ["no"]);
        assert!(failures("duration(self) >= duration('1ms')", json!("2ms")).is_empty());
        assert_eq!(failures("duration(self) >= duration('1ms')", json!("0.5ms")), ["no"]);
        assert!(failures("self.all(k, !k.contains('*'))", json!({"app": "x"})).is_empty());
        assert_eq!(failures("self.all(k, !k.contains('*'))", json!({"a*": "x"})), ["no"]);
    }

    #[test]
    fn a_rule_that_errors_fails_with_its_message_and_the_error() {
        let got = evaluate(&json!([{"rule": "int(self) > 0", "message": "no"}]), &json!("eighty"));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].message, "no");
        assert!(got[0].evaluation_error.as_deref().is_some_and(|e| !e.is_empty()), "{got:?}");
    }

    #[test]
    fn has_tells_absent_fields() {
        let rule = "!(has(self.a) && has(self.b))";
        assert!(failures(rule, json!({"a": 1})).is_empty());
        assert_eq!(failures(rule, json!({"a": 1, "b": 2})), ["no"]);
    }
}
