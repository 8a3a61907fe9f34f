//! Shape checks for the settings injection reads (values, mesh config, injection config)
//! before they are merged: a map where the defaults have a map, a list where they have a
//! list. A values file with `global: "x"` is refused with its path instead of rendering
//! `image: "/proxyv2:"` (or stopping the process).

use std::sync::LazyLock;

use serde_json::Value;

use crate::error::Failure;

/// The default profile's values tree, the reference for the shape of the user's. Read from
/// the embedded profile, not through `values::resolve`, so `values` may use these checks too.
static DEFAULT_VALUES: LazyLock<Value> = LazyLock::new(|| {
    crate::assets::profile_value("default.yaml").map(|p| p["spec"]["values"].clone()).unwrap_or_default()
});

/// What a YAML value is, in a user's words.
pub fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing (null)",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// Checks a values tree (`values:` of the settings) against the built-in one.
pub fn check_values(given: &Value, origin: &str) -> Result<(), Failure> {
    check_like(&DEFAULT_VALUES, given, "", origin)?;
    let templates = &given["sidecarInjectorWebhook"]["templates"];
    if let Some(m) = templates.as_object()
        && let Some((name, v)) = m.iter().find(|(_, v)| !v.is_string())
    {
        return Err(shape_error(origin, &format!("sidecarInjectorWebhook.templates.{name}"), "a string", v));
    }
    check_string_list(
        &given["sidecarInjectorWebhook"]["defaultTemplates"],
        origin,
        "sidecarInjectorWebhook.defaultTemplates",
    )
}

/// Checks a mesh config tree against the built-in one.
pub fn check_mesh(given: &Value, origin: &str) -> Result<(), Failure> {
    check_like(&crate::values::mesh_defaults(), given, "", origin)
}

/// Checks an injection config file: `templates` maps names to template text,
/// `defaultTemplates` lists names.
pub fn check_inject_config(given: &Value, origin: &str) -> Result<(), Failure> {
    match &given["templates"] {
        Value::Null => {}
        Value::Object(m) => {
            if let Some((name, v)) = m.iter().find(|(_, v)| !v.is_string()) {
                return Err(shape_error(origin, &format!("templates.{name}"), "a string", v));
            }
        }
        other => return Err(shape_error(origin, "templates", "a map of template names to text", other)),
    }
    check_string_list(&given["defaultTemplates"], origin, "defaultTemplates")
}

/// The proxy image must come out whole: a hub and a tag, unless the image names its own.
pub fn check_images(values: &Value) -> Result<(), Failure> {
    let image = &values["global"]["proxy"]["image"];
    if image.as_str().is_some_and(|i| i.contains('/')) {
        return Ok(());
    }
    for key in ["hub", "tag"] {
        let v = &values["global"][key];
        let ok = match v {
            Value::String(s) => !s.trim().is_empty(),
            Value::Number(_) => true,
            _ => false,
        };
        if !ok {
            return Err(Failure::new(format!(
                "the settings give no `values.global.{key}` ({}): the proxy image would be incomplete",
                kind_of(v)
            ))
            .help(format!(
                "set it, e.g. `--set {key}=…`, or remove the empty `global.{key}` from the values file"
            )));
        }
    }
    Ok(())
}

fn check_string_list(v: &Value, origin: &str, path: &str) -> Result<(), Failure> {
    match v {
        Value::Null => Ok(()),
        Value::Array(items) => match items.iter().find(|i| !i.is_string()) {
            Some(bad) => Err(shape_error(origin, &format!("{path}[]"), "a string", bad)),
            None => Ok(()),
        },
        other => Err(shape_error(origin, path, "a list of names", other)),
    }
}

fn check_like(reference: &Value, given: &Value, path: &str, origin: &str) -> Result<(), Failure> {
    match (reference, given) {
        (_, Value::Null) => Ok(()),
        (Value::Object(r), Value::Object(g)) => {
            for (k, v) in g {
                if let Some(rv) = r.get(k) {
                    let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                    check_like(rv, v, &p, origin)?;
                }
            }
            Ok(())
        }
        (Value::Object(_), other) => Err(shape_error(origin, path, "a map", other)),
        (Value::Array(_), other) if !other.is_array() => Err(shape_error(origin, path, "a list", other)),
        _ => Ok(()),
    }
}

fn shape_error(origin: &str, path: &str, want: &str, got: &Value) -> Failure {
    let at = if path.is_empty() { "the top level".to_string() } else { format!("`{path}`") };
    Failure::new(format!("{origin}: {at} must be {want}, found {}", kind_of(got)))
        .help("fix the settings' shape (compare with `meshctl profile dump`)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn maps_stay_maps() {
        let e = check_values(&json!({ "global": "x" }), "v.yaml").unwrap_err();
        assert_eq!(e.message, "v.yaml: `global` must be a map, found a string");
        assert!(check_values(&json!("str"), "v.yaml").is_err());
        assert!(check_values(&json!([1]), "v.yaml").is_err());
        assert!(check_values(&json!({ "sidecarInjectorWebhook": { "templates": "x" } }), "v").is_err());
        assert!(check_values(&json!({ "global": { "hub": "h", "proxy": { "image": "p" } } }), "v").is_ok());
        assert!(check_values(&json!(null), "v").is_ok());
        assert!(check_mesh(&json!({ "defaultConfig": 3 }), "m").is_err());
        assert!(check_inject_config(&json!({ "templates": "x" }), "c").is_err());
        assert!(check_inject_config(&json!({ "defaultTemplates": [1] }), "c").is_err());
    }

    #[test]
    fn images_need_a_hub_and_tag() {
        assert!(check_images(&json!({ "global": { "hub": "h", "tag": "t" } })).is_ok());
        assert!(check_images(&json!({ "global": { "hub": "", "tag": "t" } })).is_err());
        assert!(check_images(&json!({ "global": { "proxy": { "image": "r/p:1" } } })).is_ok());
    }
}
