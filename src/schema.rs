//! Offline validation of Kubernetes objects against structural `openAPIV3Schema`s.
//!
//! The validator understands the subset of OpenAPI v3 that Kubernetes allows in
//! structural CRD schemas: `type`, `properties`, `additionalProperties`,
//! `items`, `required`, `enum`, `nullable`, `format` (integer ranges),
//! `minimum`/`maximum`, `minLength`/`maxLength`, `minItems`/`maxItems`,
//! `minProperties`/`maxProperties` and the `x-kubernetes-int-or-string`,
//! `x-kubernetes-preserve-unknown-fields` and `x-kubernetes-list-type: map|set`
//! extensions. A `null` in a non-nullable field counts as absent (Kubernetes
//! prunes it); elsewhere it is an error. `pattern` and CEL rules (`x-kubernetes-validations`) are not
//! evaluated.
//!
//! Unknown fields are errors unless the schema preserves unknown fields, so a
//! misspelled field such as `destination.hots` is reported.

use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Value};

/// One problem found in a value, with the field path where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemaError {
    /// Dotted field path, e.g. `spec.http[0].route[0].destination.hots`.
    /// Map entries are written as `labels[app]`.
    pub path: String,
    /// What is wrong, e.g. `unknown field "hots"`.
    pub message: String,
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

/// Validates `value` against a structural `openAPIV3Schema`.
///
/// Paths in the returned errors are relative to `value` (the empty string
/// denotes `value` itself).
pub fn validate(schema: &Value, value: &Value) -> Vec<SchemaError> {
    let mut v = Validator::default();
    v.node(schema, value);
    v.errors
}

#[derive(Default)]
struct Validator {
    path: String,
    errors: Vec<SchemaError>,
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

impl Validator {
    fn error(&mut self, message: impl Into<String>) {
        self.errors.push(SchemaError { path: self.path.clone(), message: message.into() });
    }

    fn error_at_child(&mut self, name: &str, message: impl Into<String>) {
        let len = self.path.len();
        self.push_field(name);
        self.error(message);
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

    fn node(&mut self, schema: &Value, value: &Value) {
        let Some(schema) = schema.as_object() else {
            // `true`/absent schemas accept everything.
            return;
        };
        if value.is_null() {
            if !flag(schema, "nullable") {
                self.error("must not be null");
            }
            return;
        }
        if flag(schema, "x-kubernetes-int-or-string") {
            if !(is_integral(value) || value.is_string()) {
                self.error(format!("must be an integer or a string, got {}", json_type(value)));
            }
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
            let t = ty.unwrap_or_default();
            self.error(format!("must be of type {t}, got {} {}", json_type(value), short(value)));
            return;
        }
        if let Some(Value::Array(allowed)) = schema.get("enum")
            && !allowed.contains(value)
        {
            let list: Vec<String> = allowed.iter().map(short).collect();
            self.error(format!("unsupported value {}: must be one of {}", short(value), list.join(", ")));
        }
        match value {
            Value::Object(map) => self.object(schema, map),
            Value::Array(items) => self.array(schema, items),
            Value::String(s) => self.string(schema, s),
            Value::Number(_) => self.number(schema, value),
            _ => {}
        }
    }

    fn object(&mut self, schema: &Map<String, Value>, map: &Map<String, Value>) {
        self.object_fields(schema, map, &[]);
    }

    /// Checks the fields of an object; names in `skip` are not looked at.
    fn object_fields(&mut self, schema: &Map<String, Value>, map: &Map<String, Value>, skip: &[&str]) {
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
                self.error_at_child(key, format!("unknown field {key:?}"));
            }
        }
        if let Some(Value::Array(required)) = schema.get("required") {
            for name in required.iter().filter_map(Value::as_str) {
                let present = map.get(name).is_some_and(|v| {
                    !v.is_null() || properties.and_then(|p| p.get(name)).is_some_and(is_nullable)
                });
                if !skip.contains(&name) && !present {
                    self.error_at_child(name, format!("required field {name:?} is missing"));
                }
            }
        }
        let n = map.len() as u64;
        if let Some(max) = schema.get("maxProperties").and_then(Value::as_u64)
            && n > max
        {
            self.error(format!("must have at most {max} entries, has {n}"));
        }
        if let Some(min) = schema.get("minProperties").and_then(Value::as_u64)
            && n < min
        {
            self.error(format!("must have at least {min} entries, has {n}"));
        }
    }

    fn array(&mut self, schema: &Map<String, Value>, items: &[Value]) {
        let n = items.len() as u64;
        if let Some(max) = schema.get("maxItems").and_then(Value::as_u64)
            && n > max
        {
            self.error(format!("must have at most {max} items, has {n}"));
        }
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64)
            && n < min
        {
            self.error(format!("must have at least {min} items, has {n}"));
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
                        self.error(format!("duplicate value {}", short(item)));
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
                        self.error(format!("duplicate entry with key {}", shown.join(", ")));
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
            self.error(format!("may not be longer than {max} characters, has {n}"));
        }
        if let Some(min) = min
            && n < min
        {
            self.error(format!("must be at least {min} characters long"));
        }
    }

    fn number(&mut self, schema: &Map<String, Value>, value: &Value) {
        let Some(x) = value.as_f64() else { return };
        if let Some(max) = schema.get("maximum").and_then(Value::as_f64) {
            let exclusive = flag(schema, "exclusiveMaximum");
            if x > max || (exclusive && x == max) {
                let op = if exclusive { "less than" } else { "less than or equal to" };
                self.error(format!("must be {op} {}", schema["maximum"]));
            }
        }
        if let Some(min) = schema.get("minimum").and_then(Value::as_f64) {
            let exclusive = flag(schema, "exclusiveMinimum");
            if x < min || (exclusive && x == min) {
                let op = if exclusive { "greater than" } else { "greater than or equal to" };
                self.error(format!("must be {op} {}", schema["minimum"]));
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
            self.error(format!("must fit in {what} integer"));
        }
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
        let mut index: HashMap<&str, HashMap<&str, HashMap<&str, &Value>>> = HashMap::new();
        for crd in crds {
            if crd.get("kind").and_then(Value::as_str) != Some("CustomResourceDefinition") {
                continue;
            }
            let spec = &crd["spec"];
            let (Some(group), Some(kind), Some(versions)) =
                (spec["group"].as_str(), spec["names"]["kind"].as_str(), spec["versions"].as_array())
            else {
                continue;
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
                index.entry(group).or_default().entry(name).or_default().insert(kind, schema);
            }
        }
        CrdSchemas { index }
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
        let mut v = Validator::default();
        let Some(map) = obj.as_object() else {
            v.error(format!("must be of type object, got {}", json_type(obj)));
            return Some(v.errors);
        };
        if let Some(meta) = map.get("metadata")
            && !meta.is_object()
        {
            v.error_at_child("metadata", format!("must be of type object, got {}", json_type(meta)));
        }
        if let Some(schema) = schema.as_object() {
            v.object_fields(schema, map, &["apiVersion", "kind", "metadata"]);
        }
        Some(v.errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::{Path, PathBuf};

    const CRD_NAMES: [&str; 15] = [
        "authorizationpolicies.security.istio.io",
        "destinationrules.networking.istio.io",
        "envoyfilters.networking.istio.io",
        "gateways.networking.istio.io",
        "peerauthentications.security.istio.io",
        "proxyconfigs.networking.istio.io",
        "requestauthentications.security.istio.io",
        "serviceentries.networking.istio.io",
        "sidecars.networking.istio.io",
        "telemetries.telemetry.istio.io",
        "trafficextensions.extensions.istio.io",
        "virtualservices.networking.istio.io",
        "wasmplugins.extensions.istio.io",
        "workloadentries.networking.istio.io",
        "workloadgroups.networking.istio.io",
    ];

    fn root() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    fn load_docs(path: &Path) -> Vec<Value> {
        let text =
            std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let docs: Vec<Value> =
            serde_saphyr::from_multiple(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()));
        docs.into_iter().filter(|d| !d.is_null()).collect()
    }

    fn yaml_files(dir: &Path) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("listing {}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
            .collect();
        files.sort();
        files
    }

    fn crds() -> &'static [Value] {
        use std::sync::OnceLock;
        static CRDS: OnceLock<Vec<Value>> = OnceLock::new();
        CRDS.get_or_init(|| {
            CRD_NAMES
                .iter()
                .map(|name| {
                    let path = root().join(format!("manifests/base/crds/{name}.yaml"));
                    let mut docs = load_docs(&path);
                    assert_eq!(docs.len(), 1, "{name}: one document per file");
                    docs.remove(0)
                })
                .collect()
        })
    }

    fn schemas() -> CrdSchemas<'static> {
        CrdSchemas::from_crds(crds())
    }

    const SCHEMA_KEYWORDS: &[&str] = &[
        "type",
        "format",
        "nullable",
        "enum",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "minProperties",
        "maxProperties",
        "pattern",
        "required",
        "items",
        "properties",
        "additionalProperties",
        "description",
        "default",
        "x-kubernetes-int-or-string",
        "x-kubernetes-preserve-unknown-fields",
        "x-kubernetes-list-type",
        "x-kubernetes-list-map-keys",
        "x-kubernetes-map-type",
        "x-kubernetes-embedded-resource",
    ];

    /// Checks that `schema` is structural; returns the problems found.
    fn structural_problems(schema: &Value, path: &str, out: &mut Vec<String>) {
        let Some(map) = schema.as_object() else {
            out.push(format!("{path}: schema is not an object"));
            return;
        };
        for key in map.keys() {
            if !SCHEMA_KEYWORDS.contains(&key.as_str()) {
                out.push(format!("{path}: unknown or non-structural keyword {key:?}"));
            }
        }
        let ty = map.get("type").and_then(Value::as_str);
        let int_or_string = flag(map, "x-kubernetes-int-or-string");
        let preserve = flag(map, "x-kubernetes-preserve-unknown-fields");
        if ty.is_none() && !int_or_string && !preserve {
            out.push(format!("{path}: missing type"));
        }
        if let Some(t) = ty
            && !["object", "array", "string", "integer", "number", "boolean"].contains(&t)
        {
            out.push(format!("{path}: bad type {t:?}"));
        }
        if map.contains_key("properties") && ty != Some("object") {
            out.push(format!("{path}: properties without type object"));
        }
        if map.contains_key("properties") && map.contains_key("additionalProperties") {
            out.push(format!("{path}: both properties and additionalProperties"));
        }
        if map.contains_key("items") != (ty == Some("array")) {
            out.push(format!("{path}: items and type array must go together"));
        }
        if let Some(Value::Object(props)) = map.get("properties") {
            for (name, sub) in props {
                structural_problems(sub, &format!("{path}.{name}"), out);
            }
        }
        if let Some(Value::Array(required)) = map.get("required") {
            let props = map.get("properties").and_then(Value::as_object);
            for name in required {
                let name = name.as_str().unwrap_or_default();
                if !props.is_some_and(|p| p.contains_key(name)) {
                    out.push(format!("{path}: required {name:?} is not a property"));
                }
            }
        }
        if let Some(sub) = map.get("items") {
            structural_problems(sub, &format!("{path}[]"), out);
        }
        if let Some(sub @ Value::Object(_)) = map.get("additionalProperties") {
            structural_problems(sub, &format!("{path}{{}}"), out);
        }
    }

    #[test]
    fn crd_files_are_well_formed_and_structural() {
        let dir = root().join("manifests/base/crds");
        let on_disk: Vec<String> =
            yaml_files(&dir).iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        let mut expected: Vec<String> = CRD_NAMES.iter().map(|n| format!("{n}.yaml")).collect();
        expected.sort();
        assert_eq!(on_disk, expected);

        for (name, crd) in CRD_NAMES.iter().zip(crds()) {
            let (plural, group) = name.split_once('.').unwrap();
            assert_eq!(crd["apiVersion"], "apiextensions.k8s.io/v1", "{name}");
            assert_eq!(crd["kind"], "CustomResourceDefinition", "{name}");
            assert_eq!(crd["metadata"]["name"], *name);
            let labels = &crd["metadata"]["labels"];
            assert_eq!(labels["app.kubernetes.io/part-of"], "istio", "{name}");
            let short = group.strip_suffix(".istio.io").unwrap();
            assert_eq!(labels["istio"], short, "{name}");
            let spec = &crd["spec"];
            assert_eq!(spec["group"], group, "{name}");
            assert_eq!(spec["scope"], "Namespaced", "{name}");
            let names = &spec["names"];
            assert_eq!(names["plural"], plural, "{name}");
            let kind = names["kind"].as_str().unwrap();
            assert_eq!(names["listKind"], format!("{kind}List"), "{name}");
            assert_eq!(names["singular"], kind.to_lowercase(), "{name}");
            assert_eq!(names["categories"], json!(["istio-io", format!("{short}-istio-io")]), "{name}");
            let versions = spec["versions"].as_array().unwrap();
            assert!(!versions.is_empty(), "{name}");
            let storage = versions.iter().filter(|v| v["storage"] == true).count();
            assert_eq!(storage, 1, "{name}: exactly one storage version");
            for v in versions {
                let vname = v["name"].as_str().unwrap();
                assert_eq!(v["served"], true, "{name}/{vname}");
                assert_eq!(v["subresources"], json!({"status": {}}), "{name}/{vname}");
                let schema = &v["schema"]["openAPIV3Schema"];
                assert_eq!(schema["type"], "object", "{name}/{vname}");
                assert_eq!(schema["properties"]["spec"]["type"], "object");
                let status = &schema["properties"]["status"];
                assert_eq!(status["x-kubernetes-preserve-unknown-fields"], true);
                let mut problems = Vec::new();
                structural_problems(schema, &format!("{name}/{vname}"), &mut problems);
                assert!(problems.is_empty(), "{problems:#?}");
            }
        }
        assert_eq!(schemas().len(), 33);
    }

    #[test]
    fn networking_versions_share_one_schema() {
        let s = schemas();
        for kind in ["VirtualService", "DestinationRule", "Gateway", "ServiceEntry"] {
            let v1 = s.schema("networking.istio.io", "v1", kind).unwrap();
            for other in ["v1beta1", "v1alpha3"] {
                assert_eq!(s.schema("networking.istio.io", other, kind), Some(v1), "{kind}");
            }
        }
        assert!(s.schema("networking.istio.io", "v2", "Gateway").is_none());
    }

    fn fixtures() -> Vec<(PathBuf, Value)> {
        let dir = root().join("tests/testdata/networking");
        let mut out = Vec::new();
        for file in yaml_files(&dir) {
            for doc in load_docs(&file) {
                out.push((file.clone(), doc));
            }
        }
        out
    }

    fn assert_clean(s: &CrdSchemas<'_>, file: &Path, doc: &Value) {
        let errors = s.validate_object(doc).unwrap_or_else(|| {
            panic!("{}: unknown kind {} {}", file.display(), doc["apiVersion"], doc["kind"])
        });
        assert!(
            errors.is_empty(),
            "{}: {} {}: {errors:#?}",
            file.display(),
            doc["kind"],
            doc["metadata"]["name"]
        );
    }

    #[test]
    fn own_fixtures_validate_cleanly() {
        let s = schemas();
        let docs = fixtures();
        let mut kinds: Vec<&str> = docs.iter().filter_map(|(_, d)| d["kind"].as_str()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        for kind in [
            "AuthorizationPolicy",
            "DestinationRule",
            "EnvoyFilter",
            "Gateway",
            "PeerAuthentication",
            "RequestAuthentication",
            "ServiceEntry",
            "Sidecar",
            "Telemetry",
            "VirtualService",
            "WasmPlugin",
            "WorkloadEntry",
        ] {
            assert!(kinds.contains(&kind), "no {kind} fixture");
        }
        for (file, doc) in &docs {
            assert_clean(&s, file, doc);
        }
    }

    #[test]
    fn upstream_bookinfo_samples_validate_cleanly() {
        let dir = Path::new("/work/shared/upstream/istio/bookinfo/networking");
        if !dir.is_dir() {
            eprintln!("skipping: {} not present", dir.display());
            return;
        }
        let s = schemas();
        let mut count = 0;
        for file in yaml_files(dir) {
            for doc in load_docs(&file) {
                assert_clean(&s, &file, &doc);
                count += 1;
            }
        }
        assert!(count > 20, "only {count} upstream documents");
    }

    /// The fixture of `kind` named `name`, to be mutated by a test.
    fn fixture(kind: &str, name: &str) -> Value {
        fixtures()
            .into_iter()
            .map(|(_, d)| d)
            .find(|d| d["kind"] == kind && d["metadata"]["name"] == name)
            .unwrap_or_else(|| panic!("no {kind} {name} fixture"))
    }

    fn errors_of(doc: &Value) -> Vec<(String, String)> {
        schemas().validate_object(doc).expect("known kind").into_iter().map(|e| (e.path, e.message)).collect()
    }

    fn rename_key(obj: &mut Value, from: &str, to: &str) {
        let map = obj.as_object_mut().unwrap();
        let v = map.remove(from).unwrap_or_else(|| panic!("no {from}"));
        map.insert(to.to_string(), v);
    }

    #[test]
    fn misspelled_destination_host() {
        let mut vs = fixture("VirtualService", "reviews");
        rename_key(&mut vs["spec"]["http"][0]["route"][0]["destination"], "host", "hots");
        let errors = errors_of(&vs);
        assert_eq!(
            errors,
            vec![
                ("spec.http[0].route[0].destination.hots".to_string(), "unknown field \"hots\"".to_string()),
                (
                    "spec.http[0].route[0].destination.host".to_string(),
                    "required field \"host\" is missing".to_string()
                ),
            ]
        );
    }

    #[test]
    fn misspelled_subset_labels() {
        let mut dr = fixture("DestinationRule", "reviews");
        rename_key(&mut dr["spec"]["subsets"][0], "labels", "lables");
        assert_eq!(
            errors_of(&dr),
            vec![("spec.subsets[0].lables".to_string(), "unknown field \"lables\"".to_string())]
        );
    }

    #[test]
    fn misspelled_port_number() {
        let mut gw = fixture("Gateway", "bookshop-gateway");
        rename_key(&mut gw["spec"]["servers"][0]["port"], "number", "numbr");
        assert_eq!(
            errors_of(&gw),
            vec![
                ("spec.servers[0].port.numbr".to_string(), "unknown field \"numbr\"".to_string()),
                (
                    "spec.servers[0].port.number".to_string(),
                    "required field \"number\" is missing".to_string()
                ),
            ]
        );
    }

    #[test]
    fn port_number_of_wrong_type() {
        let mut gw = fixture("Gateway", "bookshop-gateway");
        gw["spec"]["servers"][0]["port"]["number"] = json!("eighty");
        let errors = errors_of(&gw);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!(errors[0].0, "spec.servers[0].port.number");
        assert!(errors[0].1.starts_with("must be of type integer, got string"), "{}", errors[0].1);
    }

    #[test]
    fn bad_tls_mode_enum() {
        let mut dr = fixture("DestinationRule", "ratings-mtls");
        dr["spec"]["trafficPolicy"]["tls"]["mode"] = json!("MUTUAL_ISTIO");
        let errors = errors_of(&dr);
        assert_eq!(errors.len(), 1, "{errors:#?}");
        assert_eq!(errors[0].0, "spec.trafficPolicy.tls.mode");
        assert!(
            errors[0].1.starts_with("unsupported value \"MUTUAL_ISTIO\": must be one of"),
            "{}",
            errors[0].1
        );
        assert!(errors[0].1.contains("\"ISTIO_MUTUAL\""));
    }

    #[test]
    fn unknown_kind_and_metadata() {
        let s = schemas();
        let pod = json!({"apiVersion": "v1", "kind": "Pod", "metadata": {}});
        assert!(s.validate_object(&pod).is_none());
        let vs = json!({
            "apiVersion": "networking.istio.io/v1beta1",
            "kind": "VirtualService",
            "metadata": "oops",
            "spec": {"hosts": ["a"]},
            "extra": 1
        });
        let errors = s.validate_object(&vs).unwrap();
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, vec!["metadata", "extra"], "{errors:#?}");
        let missing_spec = json!({"apiVersion": "extensions.istio.io/v1alpha1", "kind": "WasmPlugin"});
        let errors = s.validate_object(&missing_spec).unwrap();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "spec");
    }

    #[test]
    fn generic_keywords() {
        let schema = json!({
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "maxLength": 3, "minLength": 1},
                "port": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 65535},
                "big": {"type": "integer", "format": "int32"},
                "ratio": {"type": "number", "maximum": 1.5},
                "weight": {"type": "integer", "nullable": true},
                "target": {"x-kubernetes-int-or-string": true},
                "labels": {"type": "object", "additionalProperties": {"type": "string"}, "maxProperties": 2},
                "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}, "x-kubernetes-list-type": "set"},
                "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                "flag": {"type": "boolean"},
                "mode": {"type": "string", "enum": ["A", "B"]}
            }
        });
        assert!(
            validate(
                &schema,
                &json!({"name": "abc", "port": 80.0, "weight": null, "target": "50%",
            "free": {"x": [1, {"y": null}]}, "labels": {"a": "b"}, "flag": true, "mode": "B", "ratio": 1})
            )
            .is_empty()
        );
        let errors = validate(
            &schema,
            &json!({
                "name": "abcd", "port": 70000, "big": 3_000_000_000_u64, "ratio": 2.5,
                "target": 1.5, "labels": {"a": "b", "c": 1, "d": "e"}, "tags": ["x", "y", "x"],
                "flag": "yes", "mode": "C", "port2": 1
            }),
        );
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            got,
            vec![
                "name: may not be longer than 3 characters, has 4",
                "port: must be less than or equal to 65535",
                "big: must fit in a 32-bit signed integer",
                "ratio: must be less than or equal to 1.5",
                "target: must be an integer or a string, got number",
                "labels[c]: must be of type string, got integer 1",
                "labels: must have at most 2 entries, has 3",
                "tags: must have at most 2 items, has 3",
                "tags[2]: duplicate value \"x\"",
                "flag: must be of type boolean, got string \"yes\"",
                "mode: unsupported value \"C\": must be one of \"A\", \"B\"",
                "port2: unknown field \"port2\"",
            ]
        );
        // Nulls of non-nullable fields count as absent, as Kubernetes prunes them.
        let errors = validate(&schema, &json!({"port": null, "name": null}));
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(got, vec!["name: required field \"name\" is missing"]);
        let errors = validate(&schema, &json!({"name": "a", "tags": ["a", null]}));
        let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(got, vec!["tags[1]: must not be null"]);
        let errors = validate(&schema, &json!([1]));
        assert_eq!(errors[0].path, "");
        assert_eq!(errors[0].message, "must be of type object, got array [1]");
    }
}
