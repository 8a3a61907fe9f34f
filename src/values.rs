//! Settings: default profile ⊕ named profile ⊕ `-f` IstioOperator files ⊕ `--set` paths,
//! resolved into one IstioOperator tree that install, kube-inject and analyze all read.

use serde_json::{Map, Value};

use crate::assets;
use crate::error::Failure;
use crate::resource;
use crate::version::{DEFAULT_HUB, DEFAULT_TAG};

mod check;

/// Profiles that exist upstream but that meshctl does not render yet.
const UNSUPPORTED_PROFILES: &[&str] = &["openshift", "openshift-ambient"];

/// The observability addons, each off unless turned on.
pub const ADDONS: &[&str] = &["prometheus", "grafana", "kiali", "jaeger", "loki"];

/// Where settings come from, in increasing precedence.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// IstioOperator files, already read (the command layer reads them), overlaid left to right.
    pub files: Vec<Source>,
    /// `path=value` assignments, applied last.
    pub sets: Vec<String>,
    /// `--revision`, the same as `--set revision=…`.
    pub revision: Option<String>,
    /// IstioOperator specs read from a cluster (e.g. the values and mesh config an installed
    /// control plane uses), applied after the files and before `--set`. Trusted as they are.
    pub cluster: Option<Value>,
}

/// A settings file's text and the name errors give it (its path, URL or `<stdin>`).
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

/// kube-inject's own settings files, read and checked by the command layer; they apply over
/// the resolved settings (`--set` included), in this order.
#[derive(Debug, Clone, Default)]
pub struct InjectionFiles {
    /// `--valuesFile`: merged into the values.
    pub values: Option<Value>,
    /// `--meshConfigFile`: merged into the mesh config.
    pub mesh: Option<Value>,
    /// `--injectConfigFile`: its `templates` merged into the injector's, its `defaultTemplates`
    /// replacing them.
    pub inject_config: Option<Value>,
    /// `--operatorFileName`'s `spec`: its values, mesh config and CNI switch.
    pub operator_spec: Option<Value>,
}

/// The resolved IstioOperator.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    iop: Value,
}

impl Settings {
    /// The whole IstioOperator document.
    pub fn iop(&self) -> &Value {
        &self.iop
    }
    pub fn spec(&self) -> &Value {
        &self.iop["spec"]
    }
    /// The helm-level values (`spec.values`), with hub and tag resolved.
    pub fn values(&self) -> &Value {
        &self.iop["spec"]["values"]
    }
    /// The mesh config as written to the `istio` ConfigMap.
    pub fn mesh(&self) -> &Value {
        &self.iop["spec"]["meshConfig"]
    }
    /// The mesh config istiod would use: the ConfigMap's over the built-in defaults.
    pub fn effective_mesh(&self) -> Value {
        let mut m = mesh_defaults();
        merge(&mut m, self.mesh());
        m
    }
    /// What the sidecar injector reads: the values (CNI's switch and provider where the
    /// injector looks for them, `pilot.cni`) and the effective mesh config, with kube-inject's
    /// own `files` over them, as upstream reads those over the installed control plane's.
    pub fn injection(&self, files: &InjectionFiles) -> (Value, Value) {
        let mut vals = self.values().clone();
        let mut mesh = self.effective_mesh();
        fold_cni_enabled(self.spec(), &mut vals);
        // The CNI provider is chosen once, under `values.cni`; the injector reads it from `pilot.cni`.
        if let Some(p) = vals["cni"]["provider"].as_str().filter(|p| !p.is_empty()).map(str::to_string) {
            vals["pilot"]["cni"]["provider"] = Value::String(p);
        }
        if let Some(v) = &files.values {
            merge(&mut vals, v);
        }
        if let Some(m) = &files.mesh {
            merge(&mut mesh, m);
        }
        if let Some(c) = &files.inject_config {
            let hook = &mut vals["sidecarInjectorWebhook"];
            if let Some(t) = c.get("templates") {
                merge(&mut hook["templates"], t);
            }
            if let Some(d) = c.get("defaultTemplates") {
                hook["defaultTemplates"] = d.clone();
            }
        }
        if let Some(spec) = &files.operator_spec {
            if let Some(v) = spec.get("values") {
                merge(&mut vals, v);
            }
            if let Some(m) = spec.get("meshConfig") {
                merge(&mut mesh, m);
            }
            fold_cni_enabled(spec, &mut vals);
        }
        (vals, mesh)
    }
    pub fn profile(&self) -> &str {
        self.spec()["profile"].as_str().unwrap_or("default")
    }
    pub fn revision(&self) -> &str {
        self.spec()["revision"].as_str().unwrap_or("")
    }
    pub fn namespace(&self) -> &str {
        self.values()["global"]["istioNamespace"].as_str().unwrap_or("istio-system")
    }
    pub fn hub(&self) -> &str {
        self.values()["global"]["hub"].as_str().unwrap_or(DEFAULT_HUB)
    }
    pub fn tag(&self) -> &str {
        self.values()["global"]["tag"].as_str().unwrap_or(DEFAULT_TAG)
    }
    /// Wraps an already-resolved IstioOperator (e.g. one read back from a cluster).
    pub fn from_iop(iop: Value) -> Self {
        Settings { iop }
    }
}

/// Parses embedded YAML that ships with meshctl (a failure is a build defect, caught by tests).
fn embedded_yaml(name: &str) -> Value {
    assets::profile_value(name).unwrap_or(Value::Null)
}

/// The built-in mesh config defaults.
pub fn mesh_defaults() -> Value {
    embedded_yaml("mesh-defaults.yaml")
}

/// The shape every user setting is checked against: the default profile, with the mesh
/// config defaults standing for `spec.meshConfig`.
fn schema() -> Value {
    let mut s = embedded_yaml("default.yaml");
    let mut mesh = mesh_defaults();
    merge(&mut mesh, &s["spec"]["meshConfig"]);
    s["spec"]["meshConfig"] = mesh;
    s
}

/// A named profile's overlay (the default profile's full tree for `default`).
pub fn profile_iop(name: &str) -> Result<Value, Failure> {
    if UNSUPPORTED_PROFILES.contains(&name) {
        return Err(Failure::new(format!("profile `{name}` is not supported yet"))
            .help(format!("available profiles: {}", assets::profile_names().join(", "))));
    }
    let overlay = assets::profile_value(&format!("{name}.yaml"))
        .filter(|_| name != "mesh-defaults" && !name.contains('/'))
        .ok_or_else(|| {
            let names = assets::profile_names();
            let mut f = Failure::usage(format!("unknown profile `{name}`"));
            f = match nearest(name, names.iter().map(String::as_str)) {
                Some(n) => {
                    f.help(format!("did you mean `{n}`? Run `meshctl profile list` to see all profiles"))
                }
                None => f.help(format!("available profiles: {}", names.join(", "))),
            };
            f
        })?;
    Ok(overlay)
}

/// Folds an IstioOperator spec's CNI component switch into the values, where the sidecar
/// injector reads it (`pilot.cni.enabled`); a spec that does not enable CNI changes nothing.
fn fold_cni_enabled(spec: &Value, values: &mut Value) {
    if spec["components"]["cni"]["enabled"] == Value::Bool(true) {
        values["pilot"]["cni"]["enabled"] = Value::Bool(true);
    }
}

/// Resolves settings from their inputs.
pub fn resolve(inputs: &Inputs) -> Result<Settings, Failure> {
    let schema = schema();
    let mut overlays = Vec::with_capacity(inputs.files.len());
    for f in &inputs.files {
        overlays.push(parse_iop(&f.text, &f.name)?);
    }
    let mut sets = Vec::with_capacity(inputs.sets.len() + 1);
    for s in &inputs.sets {
        // `--set addons=true` is the one switch for every observability addon.
        if let Some(v) = s.strip_prefix("addons=") {
            for addon in ADDONS {
                sets.push(SetFlag::parse(&format!("addonComponents.{addon}.enabled={v}"))?);
            }
            continue;
        }
        sets.push(SetFlag::parse(s)?);
    }
    if let Some(r) = &inputs.revision {
        sets.push(SetFlag { path: parse_path("revision")?, raw: r.clone() });
    }

    // The profile is chosen by the last word on it: --set, else the last file naming one.
    let mut profile = "default".to_string();
    for (_, iop) in &overlays {
        if let Some(p) = iop["spec"]["profile"].as_str() {
            profile = p.to_string();
        }
    }
    for s in &sets {
        if s.text_path() == "profile" {
            profile = s.raw.clone();
        }
    }

    let mut iop = embedded_yaml("default.yaml");
    if profile != "default" {
        let overlay = profile_iop(&profile)?;
        merge(&mut iop, &overlay);
    }
    for (name, overlay) in &overlays {
        check_overlay(&schema["spec"], &overlay["spec"], "spec", name)?;
        if let Some(meta) = overlay.get("metadata") {
            merge(&mut iop["metadata"], meta);
        }
        merge(&mut iop["spec"], &overlay["spec"]);
    }
    if let Some(spec) = &inputs.cluster {
        if !spec.is_object() && !spec.is_null() {
            return Err(not_a_map("the cluster's recorded settings", spec));
        }
        merge(&mut iop["spec"], spec);
    }
    for s in &sets {
        s.apply(&schema["spec"], &mut iop["spec"])?;
    }
    iop["spec"]["profile"] = Value::String(profile);
    // Passed through unchecked, as upstream: merged into the values after every check.
    let unvalidated = iop["spec"].as_object_mut().and_then(|m| m.remove("unvalidatedValues"));
    if let Some(u @ Value::Object(_)) = &unvalidated {
        merge(&mut iop["spec"]["values"], u);
    }
    finish(&mut iop)?;
    check::check(&iop["spec"])?;
    Ok(Settings { iop })
}

/// Fills derived settings: hub and tag defaults, revision and namespace into the values.
fn finish(iop: &mut Value) -> Result<(), Failure> {
    // Whatever the sources (files, the cluster, `--set`), these must be maps before the
    // derived settings are written into them.
    for (path, node) in [
        ("spec", &iop["spec"]),
        ("spec.values", &iop["spec"]["values"]),
        ("spec.values.global", &iop["spec"]["values"]["global"]),
        ("metadata", &iop["metadata"]),
    ] {
        if !node.is_object() && !node.is_null() {
            return Err(not_a_map(path, node));
        }
    }
    let spec = &mut iop["spec"];
    let pick = |top: &Value, inner: &Value, dflt: &str| -> String {
        [top, inner]
            .iter()
            .find_map(|v| v.as_str().filter(|s| !s.is_empty()).map(str::to_string))
            .unwrap_or_else(|| dflt.to_string())
    };
    let hub = pick(&spec["hub"], &spec["values"]["global"]["hub"], DEFAULT_HUB);
    let tag_value = if spec["tag"].as_str().is_some_and(|s| !s.is_empty())
        || !spec["tag"].is_string() && !spec["tag"].is_null()
    {
        spec["tag"].clone()
    } else {
        spec["values"]["global"]["tag"].clone()
    };
    let tag = match tag_value {
        Value::String(s) if !s.is_empty() => s,
        Value::Number(n) => n.to_string(),
        _ => DEFAULT_TAG.to_string(),
    };
    spec["hub"] = Value::String(hub.clone());
    spec["tag"] = Value::String(tag.clone());
    spec["values"]["global"]["hub"] = Value::String(hub);
    spec["values"]["global"]["tag"] = Value::String(tag);

    let revision = spec["revision"].as_str().unwrap_or("").to_string();
    let revision = if revision == "default" { String::new() } else { revision };
    if !revision.is_empty() && !is_dns_label(&revision) {
        return Err(Failure::usage(format!("invalid revision `{revision}`")).help(
            "a revision must be a DNS-1123 label: lowercase letters, digits and `-`, at most 63 characters",
        ));
    }
    spec["revision"] = Value::String(revision.clone());
    spec["values"]["revision"] = Value::String(revision);

    let ns = spec["namespace"].as_str().filter(|s| !s.is_empty()).unwrap_or("istio-system").to_string();
    spec["values"]["global"]["istioNamespace"] = Value::String(ns.clone());
    iop["metadata"]["namespace"] = Value::String(ns);
    Ok(())
}

use check::is_dns_label;

fn not_a_map(path: &str, found: &Value) -> Failure {
    Failure::usage(format!("`{path}` takes a map, not `{}`", short(found)))
        .help(format!("write `{path}` as a map of settings (`key: value` lines), or leave it out"))
}

/// A value as a user wrote it, cut short.
fn short(v: &Value) -> String {
    let s = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if s.chars().count() > 60 { format!("{}…", s.chars().take(60).collect::<String>()) } else { s }
}

/// Parses a file that must hold exactly one IstioOperator.
pub fn parse_iop(text: &str, name: &str) -> Result<(String, Value), Failure> {
    let docs = resource::parse_all(text).map_err(|e| {
        Failure::new(format!("{name}:{}:{}: malformed YAML: {}", e.line, e.column, e.message))
            .help("fix the YAML syntax at that line")
    })?;
    let mut iops: Vec<(usize, Value)> = Vec::new();
    for (line, d) in docs {
        if d["kind"] == "IstioOperator" {
            iops.push((line, d));
        } else {
            return Err(Failure::new(format!(
                "{name}:{line}: expected an IstioOperator, found kind `{}`",
                d["kind"].as_str().unwrap_or("<none>")
            ))
            .help(
                "`-f` takes IstioOperator files (apiVersion: install.istio.io/v1alpha1, kind: IstioOperator)",
            ));
        }
    }
    match iops.len() {
        0 => Err(Failure::new(format!("{name}: no IstioOperator found")).help(
            "`-f` takes IstioOperator files (apiVersion: install.istio.io/v1alpha1, kind: IstioOperator)",
        )),
        1 => {
            let (_, mut v) = iops.pop().unwrap_or_default();
            match &v["spec"] {
                Value::Object(_) => {}
                Value::Null => v["spec"] = Value::Object(Map::new()),
                other => {
                    return Err(Failure::usage(format!(
                        "{name}: `spec` takes a map, not `{}`",
                        short(other)
                    )));
                }
            }
            // Every reader of an IstioOperator file (install, manifest, profile, kube-inject)
            // gets these: settings are written into them, so they must be maps.
            for (path, node) in [
                ("spec.values", &v["spec"]["values"]),
                ("spec.values.global", &v["spec"]["values"]["global"]),
                ("spec.components", &v["spec"]["components"]),
                ("spec.meshConfig", &v["spec"]["meshConfig"]),
            ] {
                if !node.is_object() && !node.is_null() {
                    return Err(Failure::usage(format!(
                        "{name}: `{path}` takes a map, not `{}`",
                        short(node)
                    ))
                    .help(format!(
                        "write `{path}` as a map of settings (`key: value` lines), or leave it out"
                    )));
                }
            }
            Ok((name.to_string(), v))
        }
        n => Err(Failure::new(format!(
            "{name} contains {n} IstioOperators (at lines {}); only one per file is supported",
            iops.iter().map(|(l, _)| l.to_string()).collect::<Vec<_>>().join(", ")
        ))
        .help("split them into separate files and pass each with `-f`")),
    }
}

/// Deep merge: maps merge key by key; lists of named objects merge by `name`; anything else
/// in the overlay replaces the base.
pub fn merge(base: &mut Value, overlay: &Value) {
    match (base, overlay) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        // An empty key in a file (`values:` with nothing under it) leaves a map as it was; on a
        // single setting, null unsets it (as Helm reads `cpu: null`).
        (Value::Object(_), Value::Null) => {}
        (Value::Array(b), Value::Array(o)) if is_named_list(b) && is_named_list(o) => {
            for item in o {
                match b.iter_mut().find(|x| x["name"] == item["name"]) {
                    Some(slot) => merge(slot, item),
                    None => b.push(item.clone()),
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

fn is_named_list(l: &[Value]) -> bool {
    !l.is_empty() && l.iter().all(|x| x.get("name").is_some_and(Value::is_string))
}

/// One step of a `--set` path.
#[derive(Debug, Clone, PartialEq)]
enum Seg {
    Key(String),
    Index(usize),
    Select(String, String),
}

#[derive(Debug, Clone)]
struct SetFlag {
    path: Vec<Seg>,
    raw: String,
}

impl SetFlag {
    fn parse(s: &str) -> Result<Self, Failure> {
        let (p, v) = s.split_once('=').ok_or_else(|| {
            Failure::usage(format!("`--set {s}` has no value"))
                .help("write `--set path=value`, e.g. `--set profile=demo`")
        })?;
        Ok(SetFlag { path: parse_path(p)?, raw: v.to_string() })
    }

    fn text_path(&self) -> String {
        display_path(&self.path)
    }

    fn apply(&self, schema: &Value, spec: &mut Value) -> Result<(), Failure> {
        let path = self.text_path();
        let mut node = spec;
        let mut shape = Some(schema);
        for (i, seg) in self.path.iter().enumerate() {
            let last = i + 1 == self.path.len();
            shape = shape.and_then(|sh| step_shape(sh, seg));
            if shape.is_none() && !is_open_at(schema, &self.path[..i]) {
                return Err(unknown_path(schema, &self.path[..=i], &path));
            }
            node = match seg {
                Seg::Key(k) => {
                    if !node.is_object() {
                        *node = Value::Object(Map::new());
                    }
                    let map = node.as_object_mut().expect("made an object above");
                    map.entry(k.clone()).or_insert(Value::Null)
                }
                Seg::Index(n) => {
                    if !node.is_array() {
                        *node = Value::Array(Vec::new());
                    }
                    let list = node.as_array_mut().expect("made a list above");
                    if *n > list.len() {
                        return Err(Failure::usage(format!(
                            "`{path}`: index {n} is past the end of a list of {} items",
                            list.len()
                        ))
                        .help(format!("use an index from 0 to {}", list.len())));
                    }
                    if *n == list.len() {
                        list.push(Value::Object(Map::new()));
                    }
                    &mut list[*n]
                }
                Seg::Select(k, v) => {
                    let list = node.as_array_mut().ok_or_else(|| {
                        Failure::usage(format!(
                            "`{path}`: `[{k}:{v}]` selects from a list, but this is not one"
                        ))
                    })?;
                    match list.iter().position(|x| x[k.as_str()].as_str() == Some(v)) {
                        Some(p) => &mut list[p],
                        None => {
                            let mut m = Map::new();
                            m.insert(k.clone(), Value::String(v.clone()));
                            list.push(Value::Object(m));
                            list.last_mut().expect("just pushed")
                        }
                    }
                }
            };
            if last {
                *node = typed_value(&self.raw, shape, &path)?;
            }
        }
        Ok(())
    }
}

fn step_shape<'a>(shape: &'a Value, seg: &Seg) -> Option<&'a Value> {
    match (seg, shape) {
        (Seg::Key(k), Value::Object(m)) => m.get(k),
        (Seg::Index(n), Value::Array(l)) => l.get(*n).or_else(|| l.first()).or(Some(&Value::Null)),
        (Seg::Select(..), Value::Array(l)) => l.first().or(Some(&Value::Null)),
        _ => None,
    }
}

/// True when the node at `prefix` accepts keys the schema does not list: an empty map in
/// the defaults (`env: {}`), anything below one, and list items with no example.
fn is_open_at(schema: &Value, prefix: &[Seg]) -> bool {
    let mut shape = schema;
    for seg in prefix {
        if is_open(shape) {
            return true;
        }
        match step_shape(shape, seg) {
            Some(s) => shape = s,
            None => return false,
        }
    }
    is_open(shape)
}

fn is_open(shape: &Value) -> bool {
    match shape {
        Value::Object(m) => m.is_empty(),
        Value::Null => true,
        _ => false,
    }
}

fn unknown_path(schema: &Value, upto: &[Seg], full: &str) -> Failure {
    let (parent, seg) = upto.split_at(upto.len() - 1);
    let mut shape = schema;
    for s in parent {
        if let Some(x) = step_shape(shape, s) {
            shape = x;
        }
    }
    let mut f = Failure::usage(format!("unknown setting `{full}`"));
    if let (Some(Seg::Key(k)), Some(m)) = (seg.first(), shape.as_object()) {
        let prefix = display_path(parent);
        let join = |n: &str| if prefix.is_empty() { n.to_string() } else { format!("{prefix}.{n}") };
        f = match nearest(k, m.keys().map(String::as_str)) {
            Some(n) => f.help(format!("did you mean `{}`?", join(n))),
            None => f.help(format!(
                "valid keys under `{}`: {}",
                if prefix.is_empty() { "spec" } else { &prefix },
                m.keys().take(12).map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
            )),
        };
    } else {
        f = f.help("run `meshctl profile dump` to see the valid settings");
    }
    f
}

/// Converts a `--set` value to the type the defaults hold at that path.
fn typed_value(raw: &str, shape: Option<&Value>, path: &str) -> Result<Value, Failure> {
    let guessed = guess(raw);
    let wrong = |want: &str| {
        Failure::usage(format!("`{path}` takes {want}, not `{raw}`"))
            .help(format!("write `--set {path}=<{want}>`"))
    };
    Ok(match shape {
        Some(Value::Bool(_)) => match guessed {
            Value::Bool(_) => guessed,
            _ => return Err(wrong("true or false")),
        },
        Some(Value::Number(_)) => match guessed {
            Value::Number(_) => guessed,
            _ => return Err(wrong("a number")),
        },
        Some(Value::String(_)) => match guessed {
            Value::Object(_) | Value::Array(_) => return Err(wrong("a string")),
            _ => Value::String(raw.to_string()),
        },
        Some(Value::Array(_)) => match guessed {
            Value::Array(_) => guessed,
            _ => Value::Array(raw.split(',').filter(|s| !s.is_empty()).map(guess).collect()),
        },
        // Helm values are rendered into templates, where a string in place of a map breaks
        // them: refuse it even where the map is open (`values.pilot.env`).
        Some(Value::Object(m)) if !m.is_empty() || path.starts_with("values.") => match guessed {
            Value::Object(_) => guessed,
            _ => {
                return Err(Failure::usage(format!("`{path}` takes a map, not `{raw}`"))
                    .help(format!("set its keys one by one: `--set {path}.KEY=VALUE`")));
            }
        },
        _ => guessed,
    })
}

fn guess(raw: &str) -> Value {
    match raw {
        "true" => return Value::Bool(true),
        "false" => return Value::Bool(false),
        _ => {}
    }
    if (raw.starts_with('[') || raw.starts_with('{'))
        && let Ok(v) = serde_json::from_str(raw)
    {
        return v;
    }
    if let Ok(i) = raw.parse::<i64>() {
        return Value::from(i);
    }
    if raw.contains('.')
        && !raw.ends_with('.')
        && let Some(n) = raw.parse::<f64>().ok().and_then(serde_json::Number::from_f64)
    {
        return Value::Number(n);
    }
    Value::String(raw.to_string())
}

fn parse_path(p: &str) -> Result<Vec<Seg>, Failure> {
    let bad = |why: &str| {
        Failure::usage(format!("malformed setting path `{p}`: {why}")).help("paths look like `values.global.proxy.image` or `components.ingressGateways[0].enabled`; escape a dot in a key with `\\.`")
    };
    let p = p.strip_prefix("spec.").unwrap_or(p);
    let mut segs = Vec::new();
    let mut cur = String::new();
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(n) => cur.push(n),
                None => return Err(bad("it ends with `\\`")),
            },
            '.' => {
                if !cur.is_empty() {
                    segs.push(Seg::Key(std::mem::take(&mut cur)));
                } else if !matches!(segs.last(), Some(Seg::Index(_) | Seg::Select(..))) {
                    return Err(bad("empty key"));
                }
            }
            '[' => {
                if !cur.is_empty() {
                    segs.push(Seg::Key(std::mem::take(&mut cur)));
                }
                let mut inner = String::new();
                loop {
                    match chars.next() {
                        Some(']') => break,
                        Some(x) => inner.push(x),
                        None => return Err(bad("unclosed `[`")),
                    }
                }
                if let Ok(n) = inner.parse::<usize>() {
                    segs.push(Seg::Index(n));
                } else if let Some((k, v)) = inner.split_once(':') {
                    segs.push(Seg::Select(k.to_string(), v.to_string()));
                } else {
                    return Err(bad("`[…]` takes an index or `key:value`"));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        segs.push(Seg::Key(cur));
    }
    if segs.is_empty() {
        return Err(bad("empty path"));
    }
    Ok(segs)
}

fn display_path(path: &[Seg]) -> String {
    let mut s = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(&k.replace('.', "\\."));
            }
            Seg::Index(n) => s.push_str(&format!("[{n}]")),
            Seg::Select(k, v) => s.push_str(&format!("[{k}:{v}]")),
        }
    }
    s
}

/// Walks an `-f` overlay and rejects keys the defaults do not know.
fn check_overlay(shape: &Value, overlay: &Value, path: &str, file: &str) -> Result<(), Failure> {
    match (shape, overlay) {
        (Value::Object(s), Value::Object(o)) if !s.is_empty() => {
            for (k, v) in o {
                let here = format!("{path}.{k}");
                match s.get(k) {
                    Some(sub) => check_overlay(sub, v, &here, file)?,
                    None => {
                        let mut f = Failure::usage(format!("{file}: unknown setting `{here}`"));
                        if let Some(n) = nearest(k, s.keys().map(String::as_str)) {
                            f = f.help(format!("did you mean `{path}.{n}`?"));
                        }
                        return Err(f);
                    }
                }
            }
            Ok(())
        }
        (Value::Array(s), Value::Array(o)) => {
            if let Some(example) = s.first() {
                for (i, item) in o.iter().enumerate() {
                    check_overlay(example, item, &format!("{path}[{i}]"), file)?;
                }
            }
            Ok(())
        }
        (Value::Object(_), v) if !v.is_object() && !v.is_null() => {
            Err(Failure::usage(format!("{file}: `{path}` takes a map, not `{}`", short(v)))
                .help(format!("write `{path}` as a map of settings (`key: value` lines), or leave it out")))
        }
        (Value::Array(_), v) if !v.is_array() && !v.is_null() => {
            Err(Failure::usage(format!("{file}: `{path}` takes a list, not `{}`", short(v)))
                .help(format!("write `{path}` as a list (`- item` lines), or leave it out")))
        }
        (Value::Bool(_), v) if !v.is_boolean() && !v.is_null() => {
            Err(Failure::usage(format!("{file}: `{path}` takes true or false, not `{v}`")))
        }
        (Value::Number(_), v) if !v.is_number() && !v.is_null() => {
            Err(Failure::usage(format!("{file}: `{path}` takes a number, not `{v}`")))
        }
        _ => Ok(()),
    }
}

/// The candidate closest to `word` by edit distance, if any is close enough to be a typo.
pub fn nearest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.len() / 3).max(2);
    candidates
        .map(|c| (edit_distance(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sets(s: &[&str]) -> Inputs {
        Inputs { sets: s.iter().map(|x| x.to_string()).collect(), ..Default::default() }
    }

    #[test]
    fn default_profile_resolves_with_compiled_in_images() {
        let s = resolve(&Inputs::default()).unwrap();
        assert_eq!(s.hub(), DEFAULT_HUB);
        assert_eq!(s.tag(), DEFAULT_TAG);
        assert_eq!(s.profile(), "default");
        assert_eq!(s.spec()["components"]["egressGateways"][0]["enabled"], false);
    }

    #[test]
    fn set_paths_reach_lists_maps_and_escaped_keys() {
        let s = resolve(&sets(&[
            "profile=demo",
            "components.egressGateways[0].enabled=false",
            "values.pilot.env.PILOT_X=1",
            "values.global.proxy.resources.requests.cpu=50m",
            "meshConfig.defaultConfig.proxyMetadata.A\\.B=c",
            "tag=1.2",
        ]))
        .unwrap();
        assert_eq!(s.profile(), "demo");
        assert_eq!(s.spec()["components"]["egressGateways"][0]["enabled"], false);
        assert_eq!(s.values()["pilot"]["env"]["PILOT_X"], 1);
        assert_eq!(s.values()["global"]["proxy"]["resources"]["requests"]["cpu"], "50m");
        assert_eq!(s.mesh()["defaultConfig"]["proxyMetadata"]["A.B"], "c");
        assert_eq!(s.tag(), "1.2");
        assert_eq!(s.mesh()["accessLogFile"], "/dev/stdout");
    }

    #[test]
    fn unknown_path_suggests_the_nearest() {
        let e = resolve(&sets(&["values.global.proxi.image=x"])).unwrap_err();
        assert!(e.message.contains("values.global.proxi"), "{}", e.message);
        assert_eq!(e.help.as_deref(), Some("did you mean `values.global.proxy`?"));
    }

    #[test]
    fn wrong_type_is_refused() {
        let e = resolve(&sets(&["components.pilot.enabled=maybe"])).unwrap_err();
        assert!(e.message.contains("true or false"), "{}", e.message);
        let e = resolve(&sets(&["values.pilot.autoscaleMax=lots"])).unwrap_err();
        assert!(e.message.contains("a number"), "{}", e.message);
    }

    #[test]
    fn unknown_and_unsupported_profiles() {
        let e = resolve(&sets(&["profile=dmeo"])).unwrap_err();
        assert!(e.help.unwrap().contains("`demo`"));
        let e = resolve(&sets(&["profile=openshift"])).unwrap_err();
        assert!(e.message.contains("not supported yet"));
    }

    #[test]
    fn two_operators_in_one_file_are_refused() {
        let text = "kind: IstioOperator\nspec: {}\n---\nkind: IstioOperator\nspec: {}\n";
        let e = parse_iop(text, "x.yaml").unwrap_err();
        assert!(e.message.contains("2 IstioOperators"), "{}", e.message);
    }

    #[test]
    fn every_profile_resolves() {
        for p in assets::profile_names() {
            if UNSUPPORTED_PROFILES.contains(&p.as_str()) {
                continue;
            }
            resolve(&sets(&[&format!("profile={p}")])).unwrap_or_else(|e| panic!("{p}: {e}"));
        }
    }

    #[test]
    fn an_empty_map_key_keeps_its_defaults_and_null_unsets_a_setting() {
        let text = "kind: IstioOperator\nspec:\n  values:\n    global:\n      mountMtlsCerts:\n    pilot:\n";
        let file = Source { name: "iop.yaml".into(), text: text.into() };
        let s = resolve(&Inputs { files: vec![file], ..Default::default() }).unwrap();
        assert!(s.values()["global"]["mountMtlsCerts"].is_null(), "unset, as Helm reads it");
        assert_eq!(s.values()["pilot"]["autoscaleEnabled"], true);
    }

    #[test]
    fn unvalidated_values_reach_the_values_unchecked() {
        let s = resolve(&sets(&["unvalidatedValues.pilot.myCustomKey=someValue"])).unwrap();
        assert_eq!(s.values()["pilot"]["myCustomKey"], "someValue");
        assert!(s.spec().get("unvalidatedValues").is_none());
    }

    #[test]
    fn revision_must_be_a_dns_label() {
        let e = resolve(&Inputs { revision: Some("Bad_Rev".into()), ..Default::default() }).unwrap_err();
        assert!(e.message.contains("invalid revision"));
        let s = resolve(&Inputs { revision: Some("canary".into()), ..Default::default() }).unwrap();
        assert_eq!(s.values()["revision"], "canary");
    }
}
