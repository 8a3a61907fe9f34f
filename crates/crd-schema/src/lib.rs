//! Offline validation of Kubernetes objects against structural `openAPIV3Schema`s.
//!
//! The validator understands the subset of OpenAPI v3 that Kubernetes allows in
//! structural CRD schemas: `type`, `properties`, `additionalProperties`,
//! `items`, `required`, `enum`, `nullable`, `format` (integer ranges),
//! `minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems`,
//! `minProperties`/`maxProperties`, `oneOf`/`anyOf`/`allOf`/`not`, the
//! `x-kubernetes-int-or-string`, `x-kubernetes-preserve-unknown-fields` and
//! `x-kubernetes-list-type: map|set` extensions, and the CEL rules of
//! `x-kubernetes-validations` (evaluated with the `cel` crate and kube-cel's Kubernetes
//! function library, see [`rules`]). A `null` in a non-nullable field counts as absent
//! (Kubernetes prunes it); elsewhere it is an error. `pattern` is not evaluated.
//!
//! As kube-apiserver does, CEL rules are only evaluated when the object has no type or
//! enum errors (the rules assume well-typed input). Every error carries both meshctl's
//! wording ([`SchemaError::message`]) and kube-apiserver's ([`SchemaError::kube_message`]),
//! so analyze and the test API server report the same facts.
//!
//! Unknown fields are errors ([`Reason::UnknownField`]) unless the schema preserves
//! unknown fields, so a misspelled field such as `destination.hots` is reported; an API
//! server prunes them instead unless asked for strict field validation.

pub mod rules;

use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Value};

/// What kind of problem a [`SchemaError`] is, as kube-apiserver classifies field errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// A required field is missing (`FieldValueRequired`).
    Required,
    /// A value outside an `enum` (`FieldValueNotSupported`).
    NotSupported,
    /// A value of the wrong JSON type (`FieldValueTypeInvalid`).
    TypeInvalid,
    /// Any other invalid value: ranges, lengths, `oneOf`, CEL rules (`FieldValueInvalid`).
    Invalid,
    /// A string longer than `maxLength` (`FieldValueTooLong`).
    TooLong,
    /// More items than `maxItems` (`FieldValueTooMany`).
    TooMany,
    /// A repeated entry of a set or map list (`FieldValueDuplicate`).
    Duplicate,
    /// A field the schema does not know. An API server prunes it, or refuses the request
    /// with strict field validation.
    UnknownField,
    /// Not a violation: CEL rules were skipped because of type or enum errors, which an API
    /// server says in a cause of its own.
    RulesNotChecked,
}

impl Reason {
    /// kube-apiserver's `reason` for a cause of this kind.
    pub fn kube_reason(self) -> &'static str {
        match self {
            Reason::Required => "FieldValueRequired",
            Reason::NotSupported => "FieldValueNotSupported",
            Reason::TypeInvalid => "FieldValueTypeInvalid",
            Reason::Invalid => "FieldValueInvalid",
            Reason::TooLong => "FieldValueTooLong",
            Reason::TooMany => "FieldValueTooMany",
            Reason::Duplicate => "FieldValueDuplicate",
            Reason::UnknownField => "FieldValueUnknown",
            Reason::RulesNotChecked => "FieldValueInvalid",
        }
    }

    /// Errors after which kube-apiserver does not evaluate CEL rules.
    fn blocks_rules(self) -> bool {
        matches!(self, Reason::NotSupported | Reason::TypeInvalid)
    }
}

/// One problem found in a value, with the field path where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// Field path as kube-apiserver writes it, e.g. `spec.http[0].route[0].destination.hots`;
    /// map entries are written as `labels[app]`. Empty for the value itself.
    pub path: String,
    /// What is wrong, in meshctl's words, e.g. `unknown field "hots"`.
    pub message: String,
    /// The kind of problem.
    pub reason: Reason,
    /// What is wrong, in kube-apiserver's words (the `message` of a `Status` cause), e.g.
    /// `Unsupported value: "FOO": supported values: "A", "B"`.
    pub kube_message: String,
    /// kube-apiserver reports this error on the object rather than the field (it does so for
    /// `oneOf`, naming the field in its message).
    pub kube_on_object: bool,
    /// Restates another error's fact in the way kube-apiserver does (an enum value of the
    /// wrong type is reported both as a type error and as an unsupported value).
    pub restated: bool,
}

impl SchemaError {
    /// False for the notice that CEL rules were skipped and for restatements; true for every
    /// distinct problem.
    pub fn is_violation(&self) -> bool {
        self.reason != Reason::RulesNotChecked && !self.restated
    }

    /// The `field` of kube-apiserver's `Status` cause (`<nil>` for the object itself).
    pub fn kube_field(&self) -> &str {
        if self.path.is_empty() || self.kube_on_object { "<nil>" } else { &self.path }
    }

    /// The field path as dot-separated segments with numeric list indexes
    /// (`spec.http.0.match.0.uri`, `labels.app`), the form that locates a field in YAML.
    pub fn dotted_path(&self) -> String {
        let mut out = String::with_capacity(self.path.len());
        for c in self.path.chars() {
            match c {
                '[' => out.push('.'),
                ']' => {}
                c => out.push(c),
            }
        }
        out
    }
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for SchemaError {}

/// Validates `value` against a structural `openAPIV3Schema`, CEL rules included.
///
/// Paths in the returned errors are relative to `value` (the empty string
/// denotes `value` itself).
pub fn validate(schema: &Value, value: &Value) -> Vec<SchemaError> {
    let mut v = Validator::default();
    v.node(schema, value);
    v.finish()
}

#[derive(Default)]
struct Validator<'a> {
    path: String,
    errors: Vec<SchemaError>,
    /// CEL rules met on the way, evaluated once the structure is known to be sound:
    /// (the node's `x-kubernetes-validations`, its value, its path, its schema type).
    pending: Vec<(&'a Value, &'a Value, String, &'a str)>,
    /// Set while trying `oneOf`/`anyOf`/`not` branches: only whether they match counts.
    probing: bool,
}

fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn is_integral(value: &Value) -> bool {
    match value {
        Value::Number(n) => {
            n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.is_finite() && f.fract() == 0.0)
        }
        _ => false,
    }
}

fn flag(schema: &Map<String, Value>, key: &str) -> bool {
    schema.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool).unwrap_or(false)
}

fn short(value: &Value) -> String {
    let s = match value {
        Value::String(s) => format!("{s:?}"),
        other => other.to_string(),
    };
    if s.chars().count() > 64 {
        let cut: String = s.chars().take(61).collect();
        format!("{cut}...")
    } else {
        s
    }
}

impl<'a> Validator<'a> {
    fn push(&mut self, reason: Reason, message: String, kube_message: String) {
        self.errors.push(SchemaError {
            path: self.path.clone(),
            message,
            reason,
            kube_message,
            kube_on_object: false,
            restated: false,
        });
    }

    fn error_at_child(&mut self, name: &str, reason: Reason, message: String, kube_message: String) {
        let len = self.path.len();
        self.push_field(name);
        self.push(reason, message, kube_message);
        self.path.truncate(len);
    }

    fn push_field(&mut self, name: &str) {
        if !self.path.is_empty() {
            self.path.push('.');
        }
        self.path.push_str(name);
    }

    fn push_index(&mut self, i: usize) {
        use fmt::Write;
        let _ = write!(self.path, "[{i}]");
    }

    fn push_key(&mut self, key: &str) {
        self.path.push('[');
        self.path.push_str(key);
        self.path.push(']');
    }

    /// "`<path>` in body", kube-apiserver's way to name the field inside a message.
    fn in_body(&self) -> String {
        format!("{} in body", self.path)
    }

    fn type_error(&mut self, expected: &str, value: &Value) {
        let got = json_type(value);
        let message = format!("must be of type {expected}, got {got} {}", short(value));
        let kube =
            format!("Invalid value: \"{got}\": {} must be of type {expected}: \"{got}\"", self.in_body());
        self.push(Reason::TypeInvalid, message, kube);
    }

    /// Evaluates the CEL rules collected while walking, unless the structure was unsound.
    fn finish(mut self) -> Vec<SchemaError> {
        let pending = std::mem::take(&mut self.pending);
        if self.errors.iter().any(|e| e.reason.blocks_rules()) {
            if !pending.is_empty() {
                self.errors.push(SchemaError {
                    path: String::new(),
                    message: "CEL rules were not checked because of the errors above".into(),
                    reason: Reason::RulesNotChecked,
                    kube_message: "Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation".into(),
                    kube_on_object: true,
                    restated: false,
                });
            }
            return self.errors;
        }
        for (rules, value, path, type_name) in pending {
            for failure in rules::evaluate(rules, value) {
                let path = match &failure.field_path {
                    Some(rel) => join_rule_path(&path, rel),
                    None => path.clone(),
                };
                let (message, kube_message) = match (&failure.evaluation_error, value) {
                    // kube-apiserver names the schema type where the value would be, and puts
                    // the runtime error before the rule's message.
                    (Some(error), _) => (
                        format!("{} (the rule could not be evaluated: {error})", failure.message),
                        format!("Invalid value: {type_name:?}: {error} evaluating rule: {}", failure.message),
                    ),
                    (None, Value::Object(_) | Value::Array(_)) => {
                        (failure.message.clone(), format!("Invalid value: {}", failure.message))
                    }
                    (None, scalar) => {
                        (failure.message.clone(), format!("Invalid value: {scalar}: {}", failure.message))
                    }
                };
                self.errors.push(SchemaError {
                    path,
                    message,
                    reason: failure.reason,
                    kube_message,
                    kube_on_object: false,
                    restated: false,
                });
            }
        }
        self.errors
    }

    fn node(&mut self, schema: &'a Value, value: &'a Value) {
        let Some(schema) = schema.as_object() else {
            // `true`/absent schemas accept everything.
            return;
        };
        if value.is_null() {
            if !flag(schema, "nullable") {
                let kube = format!(
                    "Invalid value: \"null\": {} must be of type {}: \"null\"",
                    self.in_body(),
                    schema.get("type").and_then(Value::as_str).unwrap_or("object")
                );
                self.push(Reason::TypeInvalid, "must not be null".into(), kube);
            }
            return;
        }
        if flag(schema, "x-kubernetes-int-or-string") {
            if !(is_integral(value) || value.is_string()) {
                let got = json_type(value);
                let kube = format!(
                    "Invalid value: \"{got}\": {} must be of type integer,string: \"{got}\"",
                    self.in_body()
                );
                self.push(Reason::TypeInvalid, format!("must be an integer or a string, got {got}"), kube);
            }
            self.combinators(schema, value);
            self.queue_rules(schema, value);
            return;
        }
        let ty = schema.get("type").and_then(Value::as_str);
        let type_ok = match ty {
            None => true,
            Some("object") => value.is_object(),
            Some("array") => value.is_array(),
            Some("string") => value.is_string(),
            Some("boolean") => value.is_boolean(),
            Some("integer") => is_integral(value),
            Some("number") => value.is_number(),
            Some(_) => true,
        };
        if !type_ok {
            self.type_error(ty.unwrap_or_default(), value);
            if self.check_enum(schema, value)
                && let Some(last) = self.errors.last_mut()
            {
                last.restated = true;
            }
            return;
        }
        self.check_enum(schema, value);
        match value {
            Value::Object(map) => self.object(schema, map),
            Value::Array(items) => self.array(schema, items),
            Value::String(s) => self.string(schema, s),
            Value::Number(_) => self.number(schema, value),
            _ => {}
        }
        self.combinators(schema, value);
        self.queue_rules(schema, value);
    }

    /// Reports a value outside the schema's `enum`; returns whether it did.
    fn check_enum(&mut self, schema: &Map<String, Value>, value: &Value) -> bool {
        let Some(Value::Array(allowed)) = schema.get("enum") else { return false };
        if allowed.contains(value) {
            return false;
        }
        let list: Vec<String> = allowed.iter().map(short).collect();
        let kube_list: Vec<String> = allowed.iter().map(Value::to_string).collect();
        self.push(
            Reason::NotSupported,
            format!("unsupported value {}: must be one of {}", short(value), list.join(", ")),
            format!("Unsupported value: {value}: supported values: {}", kube_list.join(", ")),
        );
        true
    }

    fn queue_rules(&mut self, schema: &'a Map<String, Value>, value: &'a Value) {
        if self.probing {
            return;
        }
        if let Some(rules) = schema.get("x-kubernetes-validations")
            && rules.as_array().is_some_and(|r| !r.is_empty())
        {
            let type_name = schema.get("type").and_then(Value::as_str).unwrap_or("object");
            self.pending.push((rules, value, self.path.clone(), type_name));
        }
    }

    /// Whether `value` satisfies `schema` (structure only; CEL rules of branches are not part
    /// of structural schemas).
    fn matches(&self, schema: &Value, value: &Value) -> bool {
        let mut probe = Validator { probing: true, ..Validator::default() };
        if let Some(map) = schema.as_object() {
            // Branches of combinators carry value checks only (no `type`), so check them
            // directly against the value.
            probe.branch(map, value);
        }
        probe.errors.is_empty()
    }

    /// The value checks a combinator branch may hold (structural schemas allow no types or
    /// properties' types there, only constraints).
    fn branch(&mut self, schema: &Map<String, Value>, value: &Value) {
        if let (Some(Value::Array(required)), Some(map)) = (schema.get("required"), value.as_object()) {
            for name in required.iter().filter_map(Value::as_str) {
                if map.get(name).is_none_or(Value::is_null) {
                    self.push(Reason::Required, String::new(), String::new());
                }
            }
        }
        if let Some(props) = schema.get("properties").and_then(Value::as_object)
            && let Some(map) = value.as_object()
        {
            for (k, sub) in props {
                if let (Some(sub), Some(v)) = (sub.as_object(), map.get(k)) {
                    self.branch(sub, v);
                }
            }
        }
        if let Some(Value::Array(allowed)) = schema.get("enum")
            && !allowed.contains(value)
        {
            self.push(Reason::NotSupported, String::new(), String::new());
        }
        self.combinators(schema, value);
    }

    fn combinators(&mut self, schema: &Map<String, Value>, value: &Value) {
        if let Some(Value::Array(branches)) = schema.get("oneOf") {
            let matching: Vec<&Value> = branches.iter().filter(|b| self.matches(b, value)).collect();
            if matching.len() != 1 {
                let fields: Vec<&str> = matching
                    .iter()
                    .filter_map(|b| b.get("required").and_then(Value::as_array))
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                let message = if matching.is_empty() {
                    "matches none of the alternatives it must match one of".to_string()
                } else if fields.len() == matching.len() {
                    format!("set at most one of {}; found {}", alternatives(branches), fields.join(" and "))
                } else {
                    format!("matches {} alternatives where exactly one is allowed", matching.len())
                };
                let found = if matching.is_empty() { "none".to_string() } else { matching.len().to_string() };
                let kube = format!(
                    "Invalid value: \"\": \"{}\" must validate one and only one schema (oneOf). Found {found} valid alternatives",
                    openapi_path(&self.path)
                );
                self.push_oneof(message, kube);
            }
        }
        if let Some(Value::Array(branches)) = schema.get("anyOf")
            && !branches.iter().any(|b| self.matches(b, value))
        {
            let kube = format!(
                "Invalid value: \"\": \"{}\" must validate at least one schema (anyOf)",
                openapi_path(&self.path)
            );
            self.push_oneof("matches none of the allowed alternatives".into(), kube);
        }
        if let Some(Value::Array(branches)) = schema.get("allOf") {
            let before = self.errors.len();
            for b in branches {
                if let Some(map) = b.as_object() {
                    self.branch(map, value);
                }
            }
            // kube-apiserver adds a cause for the allOf itself after its branches' causes;
            // it restates them, so analyze does not report it.
            if self.errors.len() > before {
                let kube = format!(
                    "Invalid value: \"\": \"{}\" must validate all the schemas (allOf)",
                    openapi_path(&self.path)
                );
                self.push_oneof("does not match all the schemas it must match".into(), kube);
                if let Some(last) = self.errors.last_mut() {
                    last.restated = true;
                }
            }
        }
        if let Some(not) = schema.get("not")
            && self.matches(not, value)
        {
            let kube = format!(
                "Invalid value: \"\": \"{}\" must not validate the schema (not)",
                openapi_path(&self.path)
            );
            self.push_oneof("matches a forbidden alternative".into(), kube);
        }
    }

    /// A `oneOf`/`anyOf`/`not` error: kube-apiserver reports it on the object (`<nil>` field)
    /// and names the field in its message; meshctl keeps the field's path so analyze can
    /// point at it.
    fn push_oneof(&mut self, message: String, kube_message: String) {
        self.push(Reason::Invalid, message, kube_message);
        if let Some(last) = self.errors.last_mut() {
            last.kube_on_object = true;
        }
    }

    fn object(&mut self, schema: &'a Map<String, Value>, map: &'a Map<String, Value>) {
        self.object_fields(schema, map, &[]);
    }

    /// Checks the fields of an object; names in `skip` are not looked at.
    fn object_fields(&mut self, schema: &'a Map<String, Value>, map: &'a Map<String, Value>, skip: &[&str]) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let additional = schema.get("additionalProperties");
        let preserve = flag(schema, "x-kubernetes-preserve-unknown-fields");
        for (key, child) in map {
            if skip.contains(&key.as_str()) {
                continue;
            }
            let sub = properties.and_then(|p| p.get(key));
            if child.is_null() && !sub.or(additional).is_some_and(is_nullable) {
                // Kubernetes prunes nulls of non-nullable fields: same as absent.
                continue;
            }
            if let Some(sub) = sub {
                let len = self.path.len();
                self.push_field(key);
                self.node(sub, child);
                self.path.truncate(len);
            } else if let Some(sub @ Value::Object(_)) = additional {
                let len = self.path.len();
                self.push_key(key);
                self.node(sub, child);
                self.path.truncate(len);
            } else if preserve || matches!(additional, Some(Value::Bool(true))) {
                // Free-form content.
            } else {
                let len = self.path.len();
                self.push_field(key);
                let kube = format!("unknown field \"{}\"", self.path);
                self.push(Reason::UnknownField, format!("unknown field {key:?}"), kube);
                self.path.truncate(len);
            }
        }
        if let Some(Value::Array(required)) = schema.get("required") {
            for name in required.iter().filter_map(Value::as_str) {
                let present = map.get(name).is_some_and(|v| {
                    !v.is_null() || properties.and_then(|p| p.get(name)).is_some_and(is_nullable)
                });
                if !skip.contains(&name) && !present {
                    self.error_at_child(
                        name,
                        Reason::Required,
                        format!("required field {name:?} is missing"),
                        "Required value".into(),
                    );
                }
            }
        }
        let n = map.len() as u64;
        if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
            && n > max
        {
            let kube = format!("Too many: {n}: must have at most {max} items");
            self.push(Reason::TooMany, format!("must have at most {max} entries, has {n}"), kube);
        }
        if let Some(min) = schema.get("minProperties").and_then(Value::as_u64)
            && n < min
        {
            let kube =
                format!("Invalid value: {n}: {} should have at least {min} properties", self.in_body());
            self.push(Reason::Invalid, format!("must have at least {min} entries, has {n}"), kube);
        }
    }

    fn array(&mut self, schema: &'a Map<String, Value>, items: &'a [Value]) {
        let n = items.len() as u64;
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
            && n > max
        {
            let kube = format!("Too many: {n}: must have at most {max} items");
            self.push(Reason::TooMany, format!("must have at most {max} items, has {n}"), kube);
        }
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
            && n < min
        {
            let kube = format!("Invalid value: {n}: {} should have at least {min} items", self.in_body());
            self.push(Reason::Invalid, format!("must have at least {min} items, has {n}"), kube);
        }
        if let Some(sub) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                let len = self.path.len();
                self.push_index(i);
                self.node(sub, item);
                self.path.truncate(len);
            }
        }
        match schema.get("x-kubernetes-list-type").and_then(Value::as_str) {
            Some("set") => {
                for (i, item) in items.iter().enumerate() {
                    if items[..i].contains(item) {
                        let len = self.path.len();
                        self.push_index(i);
                        self.push(
                            Reason::Duplicate,
                            format!("duplicate value {}", short(item)),
                            format!("Duplicate value: {item}"),
                        );
                        self.path.truncate(len);
                    }
                }
            }
            Some("map") => {
                let Some(Value::Array(keys)) = schema.get("x-kubernetes-list-map-keys") else {
                    return;
                };
                let key_of = |item: &Value| -> Vec<Value> {
                    keys.iter()
                        .filter_map(Value::as_str)
                        .map(|k| item.get(k).cloned().unwrap_or(Value::Null))
                        .collect()
                };
                for (i, item) in items.iter().enumerate() {
                    if !item.is_object() {
                        continue;
                    }
                    let key = key_of(item);
                    if items[..i].iter().any(|prev| prev.is_object() && key_of(prev) == key) {
                        let len = self.path.len();
                        self.push_index(i);
                        let shown: Vec<String> = key.iter().map(short).collect();
                        let pairs: Vec<String> = keys
                            .iter()
                            .filter_map(Value::as_str)
                            .zip(&key)
                            .map(|(k, v)| format!("\"{k}\":{v}"))
                            .collect();
                        self.push(
                            Reason::Duplicate,
                            format!("duplicate entry with key {}", shown.join(", ")),
                            format!("Duplicate value: map[string]interface {{}}{{{}}}", pairs.join(", ")),
                        );
                        self.path.truncate(len);
                    }
                }
            }
            _ => {}
        }
    }

    fn string(&mut self, schema: &Map<String, Value>, s: &str) {
        let max = schema.get("maxLength").and_then(Value::as_u64);
        let min = schema.get("minLength").and_then(Value::as_u64);
        if max.is_none() && min.is_none() {
            return;
        }
        let n = s.chars().count() as u64;
        if let Some(max) = max
            && n > max
        {
            self.push(
                Reason::TooLong,
                format!("may not be longer than {max} characters, has {n}"),
                format!("Too long: may not be more than {max} bytes"),
            );
        }
        if let Some(min) = min
            && n < min
        {
            let kube =
                format!("Invalid value: {s:?}: {} should be at least {min} chars long", self.in_body());
            self.push(Reason::Invalid, format!("must be at least {min} characters long"), kube);
        }
    }

    fn number(&mut self, schema: &Map<String, Value>, value: &Value) {
        let Some(x) = value.as_f64() else { return };
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
            let exclusive = flag(schema, "exclusiveMaximum");
            if x > max || (exclusive && x == max) {
                let op = if exclusive { "less than" } else { "less than or equal to" };
                let kube = format!(
                    "Invalid value: {value}: {} should be {op} {}",
                    self.in_body(),
                    schema["maximum"]
                );
                self.push(Reason::Invalid, format!("must be {op} {}", schema["maximum"]), kube);
            }
        }
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
            let exclusive = flag(schema, "exclusiveMinimum");
            if x < min || (exclusive && x == min) {
                let op = if exclusive { "greater than" } else { "greater than or equal to" };
                let kube = format!(
                    "Invalid value: {value}: {} should be {op} {}",
                    self.in_body(),
                    schema["minimum"]
                );
                self.push(Reason::Invalid, format!("must be {op} {}", schema["minimum"]), kube);
            }
        }
        let range = match schema.get("format").and_then(Value::as_str) {
            Some("int32") => Some((f64::from(i32::MIN), f64::from(i32::MAX), "a 32-bit signed")),
            Some("uint32") => Some((0.0, f64::from(u32::MAX), "a 32-bit unsigned")),
            Some("int64") => Some((i64::MIN as f64, i64::MAX as f64, "a 64-bit signed")),
            _ => None,
        };
        if let Some((lo, hi, what)) = range
            && !(lo..=hi).contains(&x)
        {
            let kube = format!("Invalid value: {value}: {} must fit in {what} integer", self.in_body());
            self.push(Reason::Invalid, format!("must fit in {what} integer"), kube);
        }
    }
}

/// A path as kube-apiserver's OpenAPI validator names it in `oneOf` messages: list indexes
/// in brackets, map keys after a dot (`spec.tracing[0].customTags.user`).
fn openapi_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find(']') else { break };
        let inner = &rest[open + 1..open + close];
        if inner.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&rest[open..=open + close]);
        } else {
            out.push('.');
            out.push_str(inner);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Names the alternatives of an "at most one of" `oneOf` (`exact, prefix and regex`).
fn alternatives(branches: &[Value]) -> String {
    let names: Vec<&str> = branches
        .iter()
        .filter_map(|b| b.get("required").and_then(Value::as_array))
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_string(),
        None => "the alternatives".into(),
    }
}

/// A rule's `fieldPath` (`.spec.x`, `['key']`) joined to the node's path.
fn join_rule_path(base: &str, rel: &str) -> String {
    let rel = rel.trim_start_matches('.');
    if base.is_empty() {
        rel.to_string()
    } else if rel.starts_with('[') {
        format!("{base}{rel}")
    } else {
        format!("{base}.{rel}")
    }
}

/// Schemas of the served versions of a set of CRDs, indexed by group, version
/// and kind. The index borrows the schemas from the CRD values.
#[derive(Debug, Default, Clone)]
pub struct CrdSchemas<'a> {
    // group → version → kind → openAPIV3Schema
    index: HashMap<&'a str, HashMap<&'a str, HashMap<&'a str, &'a Value>>>,
}

impl<'a> CrdSchemas<'a> {
    /// Indexes every served version of every `CustomResourceDefinition` in
    /// `crds`. Other objects are ignored.
    pub fn from_crds(crds: &'a [Value]) -> Self {
        let mut s = CrdSchemas::default();
        for crd in crds {
            s.add(crd);
        }
        s
    }

    /// Indexes every served version of one `CustomResourceDefinition`.
    pub fn add(&mut self, crd: &'a Value) {
        if crd.get("kind").and_then(Value::as_str) != Some("CustomResourceDefinition") {
            return;
        }
        let spec = &crd["spec"];
        let (Some(group), Some(kind), Some(versions)) =
            (spec["group"].as_str(), spec["names"]["kind"].as_str(), spec["versions"].as_array())
        else {
            return;
        };
        for version in versions {
            let served = version["served"].as_bool().unwrap_or(true);
            let schema = &version["schema"]["openAPIV3Schema"];
            let Some(name) = version["name"].as_str() else {
                continue;
            };
            if !served || !schema.is_object() {
                continue;
            }
            self.index.entry(group).or_default().entry(name).or_default().insert(kind, schema);
        }
    }

    /// The schema for `group`/`version`/`kind`, if known.
    pub fn schema(&self, group: &str, version: &str, kind: &str) -> Option<&'a Value> {
        self.index.get(group)?.get(version)?.get(kind).copied()
    }

    /// Number of indexed (group, version, kind) entries.
    pub fn len(&self) -> usize {
        self.index.values().flat_map(HashMap::values).map(HashMap::len).sum()
    }

    /// True when no schema is indexed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Validates a whole Kubernetes object against the schema of its
    /// `apiVersion` and `kind`. `apiVersion` and `kind` are not checked and
    /// `metadata` only has to be an object. Returns `None` when the kind is
    /// unknown.
    pub fn validate_object(&self, obj: &Value) -> Option<Vec<SchemaError>> {
        let api_version = obj.get("apiVersion")?.as_str()?;
        let kind = obj.get("kind")?.as_str()?;
        let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
        let schema = self.schema(group, version, kind)?;
        Some(validate_against(schema, obj))
    }
}

/// Validates a whole object against its kind's `openAPIV3Schema`; `apiVersion`, `kind` and
/// `metadata` are the API server's business and only checked to be of the right type.
pub fn validate_against(schema: &Value, obj: &Value) -> Vec<SchemaError> {
    let mut v = Validator::default();
    let Some(map) = obj.as_object() else {
        v.type_error("object", obj);
        return v.errors;
    };
    if let Some(meta) = map.get("metadata")
        && !meta.is_object()
    {
        let len = v.path.len();
        v.push_field("metadata");
        v.type_error("object", meta);
        v.path.truncate(len);
    }
    if let Some(schema) = schema.as_object() {
        v.object_fields(schema, map, &["apiVersion", "kind", "metadata"]);
        v.combinators(schema, obj);
        v.queue_rules(schema, obj);
    }
    v.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_rule_that_cannot_be_evaluated_is_reported_as_kube_apiserver_does() {
        // kube-apiserver 1.36, same rule, `jwksUri: "not a url"`: `spec.jwtRules[0].jwksUri:
        // Invalid value: "string": URL parse error during conversion from string: parse "not
        // a url": invalid URI for request evaluating rule: url must have scheme http:// or https://`
        let schema = json!({
            "type": "object",
            "properties": {"jwksUri": {"type": "string", "x-kubernetes-validations": [{
                "rule": "url(self).getScheme() in [\"http\", \"https\"]",
                "message": "url must have scheme http:// or https://"
            }]}}
        });
        let errors = validate(&schema, &json!({"jwksUri": "not a url"}));
        assert_eq!(errors.len(), 1, "{errors:?}");
        let e = &errors[0];
        assert_eq!(e.path, "jwksUri");
        assert!(e.kube_message.starts_with("Invalid value: \"string\": "), "{}", e.kube_message);
        assert!(
            e.kube_message.ends_with(" evaluating rule: url must have scheme http:// or https://"),
            "{}",
            e.kube_message
        );
        assert!(
            e.message
                .starts_with("url must have scheme http:// or https:// (the rule could not be evaluated: "),
            "{}",
            e.message
        );
        // A valid URL with another scheme fails the rule itself: no evaluation error.
        let errors = validate(&schema, &json!({"jwksUri": "ftp://a/b"}));
        assert_eq!(
            errors[0].kube_message,
            "Invalid value: \"ftp://a/b\": url must have scheme http:// or https://"
        );
    }

    #[test]
    fn an_allof_of_oneof_groups_fails_as_on_kube_apiserver() {
        // kube-apiserver 1.36 on a DestinationRule with both ringHash and maglev: the oneOf's
        // cause, then one for the allOf, both on the object.
        let group = |a: &str, b: &str| {
            json!({"oneOf": [{"not": {"anyOf": [{"required": [a]}, {"required": [b]}]}},
                             {"required": [a]}, {"required": [b]}]})
        };
        let schema = json!({"type": "object", "properties": {"hash": {
            "type": "object",
            "allOf": [group("header", "cookie"), group("ringHash", "maglev")],
            "properties": {"header": {"type": "string"}, "cookie": {"type": "string"},
                           "ringHash": {"type": "object"}, "maglev": {"type": "object"}}
        }}});
        let errors = validate(&schema, &json!({"hash": {"header": "x", "ringHash": {}, "maglev": {}}}));
        let kube: Vec<(&str, &str)> =
            errors.iter().map(|e| (e.kube_field(), e.kube_message.as_str())).collect();
        assert_eq!(
            kube,
            [
                (
                    "<nil>",
                    "Invalid value: \"\": \"hash\" must validate one and only one schema (oneOf). Found 2 valid alternatives"
                ),
                ("<nil>", "Invalid value: \"\": \"hash\" must validate all the schemas (allOf)"),
            ]
        );
        // analyze reports the one mistake once.
        let violations: Vec<&str> =
            errors.iter().filter(|e| e.is_violation()).map(|e| e.message.as_str()).collect();
        assert_eq!(violations, ["set at most one of ringHash and maglev; found ringHash and maglev"]);
        assert!(validate(&schema, &json!({"hash": {"header": "x", "maglev": {}}})).is_empty());
    }
}
