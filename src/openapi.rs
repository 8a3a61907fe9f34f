//! The API server's published OpenAPI v3 schemas, turned into the structural schemas
//! [`crate::schema::validate`] understands, so an object can be checked as the server would
//! check it when the server itself cannot be asked (a dry run into a namespace that does not
//! exist yet).
//!
//! The server publishes one document per group-version (`/openapi/v3/apis/apps/v1`); a kind is
//! found by its `x-kubernetes-group-version-kind`, and its `$ref`s (written `allOf: [{$ref}]`
//! where a field has its own description or default) are expanded inline.

use serde_json::{Map, Value, json};

/// Refs are expanded this deep; beyond it anything is accepted. Only self-referencing types
/// (a CRD's `JSONSchemaProps`) get there.
const MAX_DEPTH: usize = 24;

/// One group-version's OpenAPI v3 document.
pub struct Document {
    schemas: Map<String, Value>,
}

impl Document {
    pub fn new(mut doc: Value) -> Self {
        let schemas = match doc["components"]["schemas"].take() {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        Document { schemas }
    }

    /// The structural schema of `kind` in `group`/`version`, or `None` when the document does
    /// not define it.
    pub fn schema_for(&self, group: &str, version: &str, kind: &str) -> Option<Value> {
        let root = self.schemas.values().find(|s| {
            s["x-kubernetes-group-version-kind"].as_array().is_some_and(|gvks| {
                gvks.iter().any(|g| g["group"] == group && g["version"] == version && g["kind"] == kind)
            })
        })?;
        Some(self.expand(root, 0))
    }

    fn resolve<'a>(&'a self, node: &'a Value) -> &'a Value {
        let reference = node["$ref"].as_str().or_else(|| match node["allOf"].as_array() {
            Some(all) if all.len() == 1 => all[0]["$ref"].as_str(),
            _ => None,
        });
        reference
            .and_then(|r| r.strip_prefix("#/components/schemas/"))
            .and_then(|name| self.schemas.get(name))
            .unwrap_or(node)
    }

    fn expand(&self, node: &Value, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return json!({"x-kubernetes-preserve-unknown-fields": true});
        }
        let node = self.resolve(node);
        let Some(obj) = node.as_object() else { return json!({}) };
        // `oneOf` of plain types (a Quantity: string or number) has no structural form; the
        // server parses such values itself, so anything is let through here.
        if obj.contains_key("oneOf") {
            return json!({});
        }
        let mut out = Map::new();
        for (k, v) in obj {
            match k.as_str() {
                "properties" => {
                    let props = v.as_object().map(|p| {
                        p.iter().map(|(name, s)| (name.clone(), self.expand(s, depth + 1))).collect()
                    });
                    out.insert(k.clone(), Value::Object(props.unwrap_or_default()));
                }
                "items" | "additionalProperties" if v.is_object() => {
                    out.insert(k.clone(), self.expand(v, depth + 1));
                }
                "type"
                | "required"
                | "enum"
                | "format"
                | "nullable"
                | "additionalProperties"
                | "x-kubernetes-int-or-string"
                | "x-kubernetes-preserve-unknown-fields"
                | "x-kubernetes-list-type"
                | "x-kubernetes-list-map-keys"
                | "minimum"
                | "maximum"
                | "minLength"
                | "maxLength"
                | "minItems"
                | "maxItems" => {
                    out.insert(k.clone(), v.clone());
                }
                _ => {}
            }
        }
        // An object the server describes with neither fields nor a value schema keeps whatever
        // it is given (`RawExtension`, `JSON`).
        if out.get("type").and_then(Value::as_str) == Some("object")
            && !out.contains_key("properties")
            && !out.contains_key("additionalProperties")
        {
            out.insert("x-kubernetes-preserve-unknown-fields".into(), Value::Bool(true));
        }
        Value::Object(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::validate;

    fn doc() -> Document {
        Document::new(json!({"components": {"schemas": {
            "apps.Deployment": {
                "type": "object",
                "x-kubernetes-group-version-kind": [{"group": "apps", "version": "v1", "kind": "Deployment"}],
                "properties": {
                    "metadata": {"default": {}, "allOf": [{"$ref": "#/components/schemas/meta.ObjectMeta"}]},
                    "spec": {"$ref": "#/components/schemas/apps.DeploymentSpec"}
                }
            },
            "apps.DeploymentSpec": {"type": "object", "required": ["selector"], "properties": {
                "replicas": {"type": "integer", "format": "int32"},
                "selector": {"type": "object", "properties": {
                    "matchLabels": {"type": "object", "additionalProperties": {"type": "string"}}}},
                "cpu": {"$ref": "#/components/schemas/Quantity"}
            }},
            "meta.ObjectMeta": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Quantity": {"oneOf": [{"type": "string"}, {"type": "number"}]}
        }}}))
    }

    #[test]
    fn a_kind_is_found_by_its_gvk_and_its_refs_expanded() {
        let s = doc().schema_for("apps", "v1", "Deployment").unwrap();
        let ok = json!({"metadata": {"name": "a"}, "spec": {"replicas": 1, "selector": {}, "cpu": 0.5}});
        assert!(validate(&s, &ok).is_empty());
        let bad = json!({"metadata": {"nmae": "a"}, "spec": {"replicas": "x"}});
        let errors: Vec<String> = validate(&s, &bad).iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("metadata.nmae: unknown field")), "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("spec.replicas: must be of type integer")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("selector")), "{errors:?}");
        assert!(doc().schema_for("apps", "v1", "StatefulSet").is_none());
    }
}
