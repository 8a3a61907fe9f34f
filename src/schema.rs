//! Offline validation of Kubernetes objects against CRD structural schemas, CEL rules
//! included. The validator lives in its own crate (`crates/crd-schema`) because the test API
//! server enforces the same schemas with it, as kube-apiserver would; this module re-exports
//! it and tests it against meshctl's own CRDs.

pub use meshctl_crd_schema::*;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Map, Value, json};

    fn flag(schema: &Map<String, Value>, key: &str) -> bool {
        schema.get(key).and_then(Value::as_bool).unwrap_or(false)
    }
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
        "x-kubernetes-validations",
        "oneOf",
        "anyOf",
        "allOf",
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
        // The one anyOf a structural schema may carry: int-or-string's two branches.
        if let Some(any) = map.get("anyOf")
            && !(int_or_string && *any == serde_json::json!([{"type": "integer"}, {"type": "string"}]))
        {
            out.push(format!("{path}: anyOf other than int-or-string's"));
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
        // A oneOf group names fields of this object: a misspelt name would make it vacuous.
        fn required_names<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
            match v {
                Value::Object(m) => {
                    for (k, sub) in m {
                        if k == "required" {
                            out.extend(sub.as_array().into_iter().flatten().filter_map(Value::as_str));
                        } else {
                            required_names(sub, out);
                        }
                    }
                }
                Value::Array(l) => l.iter().for_each(|x| required_names(x, out)),
                _ => {}
            }
        }
        for branches in ["oneOf", "allOf"].iter().filter_map(|k| map.get(*k)) {
            let mut names = Vec::new();
            required_names(branches, &mut names);
            let props = map.get("properties").and_then(Value::as_object);
            for name in names {
                if !props.is_some_and(|p| p.contains_key(name)) {
                    out.push(format!("{path}: a oneOf group names {name:?}, which is not a property"));
                }
            }
        }
        for rule in map.get("x-kubernetes-validations").and_then(Value::as_array).into_iter().flatten() {
            if rule["rule"].as_str().is_none_or(str::is_empty)
                || rule["message"].as_str().is_none_or(str::is_empty)
            {
                out.push(format!("{path}: a CEL rule needs a rule and a message"));
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
            // The labels istio's base chart gives its CRDs (Helm's own labels aside).
            assert_eq!(labels["app.kubernetes.io/instance"], "istio", "{name}");
            let short = group.strip_suffix(".istio.io").unwrap();
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
        // `../shared` beside the checkout where there is one (developers' machines and CI);
        // a fresh clone elsewhere skips it.
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/upstream/istio/bookinfo/networking");
        let dir = dir.as_path();
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
        schemas()
            .validate_object(doc)
            .expect("known kind")
            .into_iter()
            .filter(SchemaError::is_violation)
            .map(|e| (e.path, e.message))
            .collect()
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
