//! Settings + templates → the ordered Kubernetes objects of each enabled component (pure).

use minijinja::{Environment, Value as JValue};
use serde_json::{Map, Value};

use crate::assets;
use crate::error::Failure;
use crate::resource;
use crate::values::{ADDONS, Settings, merge};
use crate::version::ISTIO_VERSION;

mod k8s;
mod overlay;

/// An installable unit, in dependency order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Component {
    Base,
    Pilot,
    Cni,
    Ztunnel,
    IngressGateways,
    EgressGateways,
    Addons,
}

/// Every component, in dependency order.
pub const COMPONENTS: &[Component] = &[
    Component::Base,
    Component::Pilot,
    Component::Cni,
    Component::Ztunnel,
    Component::IngressGateways,
    Component::EgressGateways,
    Component::Addons,
];

impl Component {
    /// The name used in labels (`operator.istio.io/component`), as upstream.
    pub fn label(self) -> &'static str {
        match self {
            Component::Base => "Base",
            Component::Pilot => "Pilot",
            Component::Cni => "Cni",
            Component::Ztunnel => "Ztunnel",
            Component::IngressGateways => "IngressGateways",
            Component::EgressGateways => "EgressGateways",
            Component::Addons => "Addons",
        }
    }
    /// The name people read in progress lines.
    pub fn title(self) -> &'static str {
        match self {
            Component::Base => "Istio core",
            Component::Pilot => "Istiod",
            Component::Cni => "CNI",
            Component::Ztunnel => "Ztunnel",
            Component::IngressGateways => "Ingress gateways",
            Component::EgressGateways => "Egress gateways",
            Component::Addons => "Addons",
        }
    }
    /// Components that must be installed before this one.
    pub fn depends_on(self) -> &'static [Component] {
        match self {
            Component::Base => &[],
            Component::Pilot | Component::Cni | Component::Addons => &[Component::Base],
            Component::Ztunnel | Component::IngressGateways | Component::EgressGateways => {
                &[Component::Pilot]
            }
        }
    }
    pub fn from_label(s: &str) -> Option<Self> {
        COMPONENTS.iter().copied().find(|c| c.label() == s)
    }
}

/// One rendered object and the component it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub component: Component,
    pub object: Value,
    /// The object's YAML when it was rendered ahead of time (static objects); `None` once
    /// the object is changed.
    pub yaml: Option<&'static str>,
}

impl Rendered {
    pub fn kind(&self) -> &str {
        self.object["kind"].as_str().unwrap_or("")
    }
    pub fn name(&self) -> &str {
        self.object["metadata"]["name"].as_str().unwrap_or("")
    }
    pub fn namespace(&self) -> &str {
        self.object["metadata"]["namespace"].as_str().unwrap_or("")
    }
    pub fn api_version(&self) -> &str {
        self.object["apiVersion"].as_str().unwrap_or("")
    }
}

/// Renders every enabled component, ordered for a plain `kubectl apply`.
pub fn render(settings: &Settings) -> Result<Vec<Rendered>, Failure> {
    render_with(settings, false)
}

/// As [`render`], for printing the objects as YAML ([`to_yaml_stream`]): the CRDs, whose
/// YAML was rendered at build time, hold only their apiVersion, kind and metadata.
pub fn render_for_text(settings: &Settings) -> Result<Vec<Rendered>, Failure> {
    render_with(settings, true)
}

fn render_with(settings: &Settings, for_text: bool) -> Result<Vec<Rendered>, Failure> {
    let spec = settings.spec();
    let env = environment();
    let base_ctx = context(settings);
    let mut out = Vec::new();
    let enabled = |c: &str| spec["components"][c]["enabled"].as_bool().unwrap_or(false);

    if enabled("base") {
        let start = out.len();
        // Overlays on base may change a CRD: then the whole objects are needed.
        let headers = if for_text && is_empty_setting(&spec["components"]["base"]["k8s"]) {
            assets::crd_headers()
        } else {
            None
        };
        match headers {
            Some(headers) => {
                for (object, yaml) in headers {
                    out.push(Rendered { component: Component::Base, object, yaml: Some(yaml) });
                }
            }
            None => {
                for (object, yaml) in assets::crds() {
                    out.push(Rendered { component: Component::Base, object, yaml });
                }
            }
        }
        render_dir(&env, "base/", &["base/crds/"], &base_ctx, None, Component::Base, &mut out)?;
        customize(&mut out[start..], &spec["components"]["base"]["k8s"], None, "components.base.k8s")?;
    }
    let suffix =
        if settings.revision().is_empty() { String::new() } else { format!("-{}", settings.revision()) };
    if enabled("pilot") {
        let start = out.len();
        render_dir(&env, "istiod/", &[], &base_ctx, None, Component::Pilot, &mut out)?;
        let workload = format!("istiod{suffix}");
        customize(
            &mut out[start..],
            &spec["components"]["pilot"]["k8s"],
            Some(&workload),
            "components.pilot.k8s",
        )?;
    }
    for (name, dir, component, workload) in [
        ("cni", "cni/", Component::Cni, "istio-cni-node"),
        (
            "ztunnel",
            "ztunnel/",
            Component::Ztunnel,
            settings.values()["ztunnel"]["resourceName"].as_str().unwrap_or("ztunnel"),
        ),
    ] {
        if enabled(name) {
            let start = out.len();
            render_dir(&env, dir, &[], &base_ctx, None, component, &mut out)?;
            let setting = format!("components.{name}.k8s");
            customize(&mut out[start..], &spec["components"][name]["k8s"], Some(workload), &setting)?;
        }
    }
    for (list, kind, component) in [
        ("ingressGateways", "ingress", Component::IngressGateways),
        ("egressGateways", "egress", Component::EgressGateways),
    ] {
        for (i, gw) in spec["components"][list].as_array().into_iter().flatten().enumerate() {
            if !gateway_enabled(settings, gw) {
                continue;
            }
            let gctx = gateway_context(settings, gw, kind, component);
            let start = out.len();
            render_dir(&env, "gateways/", &[], &base_ctx, Some(gctx), component, &mut out)?;
            let workload = gw["name"].as_str().unwrap_or_default();
            customize(&mut out[start..], &gw["k8s"], Some(workload), &format!("components.{list}[{i}].k8s"))?;
        }
    }
    for addon in ADDONS {
        if spec["addonComponents"][addon]["enabled"].as_bool() == Some(true) {
            render_dir(&env, &format!("addons/{addon}/"), &[], &base_ctx, None, Component::Addons, &mut out)?;
        }
    }
    sort_objects(&mut out);
    Ok(out)
}

/// A gateway is on when its component says so, or when `values.gateways.<name>.enabled` does:
/// upstream's chart-level switch turns on a gateway the profile leaves off.
fn gateway_enabled(settings: &Settings, gw: &Value) -> bool {
    let name = gw["name"].as_str().unwrap_or_default();
    gw["enabled"].as_bool() == Some(true)
        || settings.values()["gateways"][name]["enabled"].as_bool() == Some(true)
}

/// True for a value that says nothing: null, false, "", an empty list, or a map of such.
fn is_empty_setting(v: &Value) -> bool {
    match v {
        Value::Null | Value::Bool(false) => true,
        Value::String(s) => s.is_empty(),
        Value::Array(l) => l.is_empty(),
        Value::Object(m) => m.is_empty() || m.values().all(is_empty_setting),
        Value::Number(_) => false,
        Value::Bool(true) => false,
    }
}

/// Applies a component's `k8s` settings, then its overlays, to the objects it rendered.
/// `workload` names its Deployment or DaemonSet (`None` for base, which takes overlays only).
fn customize(
    objs: &mut [Rendered],
    k8s: &Value,
    workload: Option<&str>,
    setting: &str,
) -> Result<(), Failure> {
    let Some(fields) = k8s.as_object().filter(|m| !m.is_empty()) else {
        return match k8s {
            Value::Null | Value::Object(_) => Ok(()),
            other => Err(Failure::usage(format!("`{setting}` must be a map, not `{other}`"))),
        };
    };
    let mut values: Vec<&mut Value> = objs.iter_mut().map(|r| &mut r.object).collect();
    match workload {
        Some(w) => k8s::apply(&mut values, k8s, w, setting)?,
        None => {
            if let Some(k) = fields.keys().find(|k| *k != "overlays") {
                return Err(Failure::usage(format!("unknown setting `{setting}.{k}`"))
                    .help(format!("`{setting}` takes only `overlays`")));
            }
        }
    }
    overlay::apply(&mut values, &k8s["overlays"], &format!("{setting}.overlays"))?;
    for r in objs.iter_mut() {
        resource::sort_keys(&mut r.object);
        r.yaml = None;
    }
    Ok(())
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    // Templates produce YAML, not HTML or JSON: values are written as they are.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    // Block tags on their own lines leave no trace, as YAML authors expect.
    if let Ok(syntax) = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.set_loader(|name| Ok(assets::manifest(name).map(|c| c.into_owned())));
    env.add_filter("toyaml", |v: JValue| -> Result<String, minijinja::Error> {
        let json: Value = serde_json::to_value(&v)
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))?;
        Ok(crate::output::to_yaml(&json).trim_end().to_string())
    });
    // `map | without_empty(["a.b", …])`: the map without those paths where they hold an empty
    // or false value (settings meshctl's schema lists that upstream's values leave unset).
    env.add_filter("without_empty", |v: JValue, paths: Vec<String>| -> Result<JValue, minijinja::Error> {
        let mut json: Value = serde_json::to_value(&v)
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))?;
        for p in &paths {
            let keys: Vec<&str> = p.split('.').collect();
            let (last, parents) = keys.split_last().expect("split yields one item");
            let parent = parents.iter().try_fold(&mut json, |n, k| n.get_mut(*k));
            if let Some(Value::Object(m)) = parent
                && m.get(*last).is_some_and(is_empty_setting)
            {
                m.remove(*last);
            }
        }
        Ok(JValue::from(minijinja::value::Serde(json)))
    });
    env.add_filter("tojson_pretty", |v: JValue| -> Result<String, minijinja::Error> {
        let json: Value = serde_json::to_value(&v)
            .map_err(|e| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, e.to_string()))?;
        Ok(serde_json::to_string_pretty(&json).unwrap_or_default())
    });
    env
}

fn context(settings: &Settings) -> Map<String, Value> {
    let mut m = Map::new();
    let revision = settings.revision().to_string();
    let rev = crate::revision::name(&revision).to_string();
    m.insert("spec".into(), settings.spec().clone());
    m.insert("values".into(), settings.values().clone());
    m.insert("mesh".into(), settings.mesh().clone());
    m.insert("ns".into(), Value::String(settings.namespace().to_string()));
    m.insert("revision".into(), Value::String(revision));
    m.insert("rev".into(), Value::String(rev));
    m.insert("hub".into(), Value::String(settings.hub().to_string()));
    m.insert("tag".into(), Value::String(settings.tag().to_string()));
    m.insert("istio_version".into(), Value::String(ISTIO_VERSION.to_string()));
    // The Go injection templates shipped in the injector ConfigMap: `sidecar_template`, ….
    for name in
        ["sidecar", "gateway", "grpc-simple", "grpc-agent", "kube-gateway", "waypoint", "agentgateway"]
    {
        let text = assets::manifest(&format!("istiod/{name}-template.gotmpl")).map(|c| c.into_owned());
        m.insert(format!("{}_template", name.replace('-', "_")), Value::String(text.unwrap_or_default()));
    }
    m
}

/// The values a gateway's templates read: its kind's defaults, its own values, its component.
fn gateway_context(settings: &Settings, gw: &Value, kind: &str, component: Component) -> Value {
    let gateways = &settings.values()["gateways"];
    let name = gw["name"].as_str().unwrap_or("");
    let mut merged = gateways[format!("istio-{kind}gateway")].clone();
    if !merged.is_object() {
        merged = Value::Object(Map::new());
    }
    if let Some(own) = gateways.get(name) {
        merge(&mut merged, own);
    }
    let ns = gw["namespace"].as_str().filter(|s| !s.is_empty()).unwrap_or(settings.namespace());
    // A user-named gateway keeps its kind's labels (`istio: ingressgateway`), as upstream: its
    // own `label` adds to them. Gateways of one kind therefore share a Service selector unless
    // their labels tell them apart.
    if let Some(label) = gw["label"].as_object() {
        for (k, v) in label {
            merged["labels"][k] = v.clone();
        }
    }
    merged["name"] = Value::String(name.to_string());
    merged["namespace"] = Value::String(ns.to_string());
    merged["kind"] = Value::String(kind.to_string());
    merged["component"] = Value::String(component.label().to_string());
    // The component's own image hub and tag, when given, win over the global ones.
    for key in ["hub", "tag"] {
        match &gw[key] {
            Value::String(v) if !v.is_empty() => merged[key] = Value::String(v.clone()),
            Value::Number(n) => merged[key] = Value::String(n.to_string()),
            _ => {}
        }
    }
    merged["k8s"] = if gw["k8s"].is_object() { gw["k8s"].clone() } else { Value::Object(Map::new()) };
    merged
}

fn render_dir(
    env: &Environment<'static>,
    dir: &str,
    skip: &[&str],
    base: &Map<String, Value>,
    gw: Option<Value>,
    component: Component,
    out: &mut Vec<Rendered>,
) -> Result<(), Failure> {
    let mut ctx = base.clone();
    ctx.insert("component".into(), Value::String(component.label().to_string()));
    if let Some(g) = gw {
        ctx.insert("gw".into(), g);
    }
    let ctx = JValue::from(minijinja::value::Serde(&ctx));
    for path in assets::manifest_files(dir) {
        if !path.ends_with(".yaml") || skip.iter().any(|s| path.starts_with(s)) {
            continue;
        }
        let tmpl = env.get_template(&path).map_err(|e| template_error(&path, &e))?;
        let text = tmpl.render(&ctx).map_err(|e| template_error(&path, &e))?;
        collect(&text, &path, component, out)?;
    }
    Ok(())
}

fn template_error(path: &str, e: &minijinja::Error) -> Failure {
    let line = e.line().map(|l| format!(":{l}")).unwrap_or_default();
    Failure::new(format!("template `manifests/{path}{line}` failed: {e}"))
        .help("this is a defect in meshctl's templates (or in MESHCTL_MANIFESTS); please report it")
}

fn collect(text: &str, path: &str, component: Component, out: &mut Vec<Rendered>) -> Result<(), Failure> {
    let docs = resource::parse_all(text).map_err(|e| {
        Failure::new(format!(
            "template `manifests/{path}` rendered malformed YAML at line {}: {}",
            e.line, e.message
        ))
        .help("this is a defect in meshctl's templates; please report it")
    })?;
    for (_, mut object) in docs {
        resource::sort_keys(&mut object);
        out.push(Rendered { component, object, yaml: None });
    }
    Ok(())
}

/// Where a kind goes in the apply order: definitions and identities first, then config,
/// workloads, services, and admission webhooks last (they call istiod, which must run).
fn kind_rank(kind: &str) -> i32 {
    match kind {
        "CustomResourceDefinition" => -1000,
        "Namespace" => -900,
        "ServiceAccount" | "ClusterRole" => 1,
        "ClusterRoleBinding" => 2,
        "ConfigMap" | "Secret" => 100,
        "Deployment" | "StatefulSet" | "DaemonSet" => 1000,
        "HorizontalPodAutoscaler" => 1001,
        "Service" => 10000,
        "ValidatingWebhookConfiguration" | "MutatingWebhookConfiguration" => 20000,
        _ => 1000,
    }
}

fn sort_objects(objs: &mut [Rendered]) {
    objs.sort_by(|a, b| {
        let group =
            |r: &Rendered| r.api_version().rsplit_once('/').map(|(g, _)| g.to_string()).unwrap_or_default();
        (kind_rank(a.kind()), group(a), a.kind(), a.namespace(), a.name()).cmp(&(
            kind_rank(b.kind()),
            group(b),
            b.kind(),
            b.namespace(),
            b.name(),
        ))
    });
}

/// The objects as one YAML stream, each document ended by `---`.
pub fn to_yaml_stream(objs: &[Rendered]) -> String {
    let mut s = String::with_capacity(objs.len() * 2048);
    for (i, r) in objs.iter().enumerate() {
        if i > 0 {
            s.push_str("---\n");
        }
        match r.yaml {
            Some(y) => s.push_str(y),
            None => s.push_str(&crate::output::to_yaml(&r.object)),
        }
        if !s.ends_with('\n') {
            s.push('\n');
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::{Inputs, resolve};

    fn settings(sets: &[&str]) -> Settings {
        let inputs = Inputs { sets: sets.iter().map(|s| s.to_string()).collect(), ..Inputs::default() };
        resolve(&inputs).expect("valid settings")
    }

    #[test]
    fn printing_from_crd_headers_gives_the_same_text_as_whole_objects() {
        let overlay = [
            "profile=demo",
            "components.base.k8s.overlays[0].kind=CustomResourceDefinition",
            "components.base.k8s.overlays[0].name=gateways.networking.istio.io",
            "components.base.k8s.overlays[0].patches[0].path=metadata.labels.team",
            "components.base.k8s.overlays[0].patches[0].value=mesh",
        ];
        for sets in [&["profile=demo"][..], &["profile=minimal", "revision=canary"], &overlay] {
            let s = settings(sets);
            let whole = to_yaml_stream(&render(&s).unwrap());
            let text = to_yaml_stream(&render_for_text(&s).unwrap());
            assert!(text == whole, "{sets:?}: the two renderings differ");
        }
        // The overlay reached the CRD in the printed text (it needs the whole object).
        let text = to_yaml_stream(&render_for_text(&settings(&overlay)).unwrap());
        assert!(text.contains("    team: mesh\n"), "the overlay is missing");
    }
}
