//! Sidecar injection (pure): a YAML stream in, the same stream with Istio's sidecar added to
//! every workload out, plus a per-object report. Documents meshctl does not change are copied
//! byte for byte; the whole output is built in memory so nothing is written on failure.
//!
//! Read it in this order:
//! - [`stream`]: the driver (documents, batches, threads, errors with their line);
//! - [`pipeline`]: one object's pod template through the stages strip → render → merge →
//!   postprocess → status;
//! - the templates: [`context`] (what every template reads about a pod), [`template`] (the
//!   sidecar), [`gateway`] (the other built-in templates), [`proxyconfig`];
//! - [`splice`]: the fast path (parts built once and written as pre-rendered text), and the
//!   rule that keeps it byte-identical to the slow path;
//! - after the merge: [`merge`] (Kubernetes' strategic merge), [`postprocess`], [`probes`];
//! - shared: [`names`] (container and env names), [`gosem`] (Go template semantics),
//!   [`podspec`] (lookups by name), [`annotations`], [`kinds`], [`quantity`], [`gojson`];
//! - output: [`yaml`] (the writer, and the splice table that places pre-rendered text),
//!   [`report`].

use serde_json::Value;

pub mod annotations;
pub mod context;
pub mod gateway;
mod gojson;
pub mod gosem;
pub mod kinds;
pub mod merge;
pub mod names;
mod pipeline;
pub mod podspec;
mod postprocess;
pub mod probes;
mod proxyconfig;
pub mod quantity;
pub mod report;
pub mod shape;
mod splice;
mod stream;
pub mod template;
mod typecheck;
pub mod yaml;

pub use gosem::{go_str, sort_keys, truthy};
pub use proxyconfig::proxy_config_json;
pub use report::{Action, ReportLine};
pub use stream::{inject_stream, inject_to};

/// Namespaces whose pods never get a sidecar.
pub const IGNORED_NAMESPACES: &[&str] =
    &["kube-system", "kube-public", "kube-node-lease", "local-path-storage"];

/// Everything injection reads besides the workloads.
#[derive(Debug, Clone)]
pub struct InjectConfig {
    /// Helm values (`spec.values` of the settings; CNI folded into `pilot.cni.enabled`).
    pub values: Value,
    /// The effective mesh config (the ConfigMap's over the built-in defaults).
    pub mesh: Value,
    /// Put the proxy in `initContainers` with `restartPolicy: Always`.
    pub native_sidecars: bool,
    /// Control-plane revision; empty for the default.
    pub revision: String,
    /// The namespace of objects that name none (`-n`); empty means `default`.
    pub namespace: String,
    /// The built-in proxy config defaults; `PROXY_CONFIG` lists what differs from them.
    pub proxy_defaults: Value,
}

impl InjectConfig {
    pub fn new(values: Value, mesh: Value, native_sidecars: bool, revision: String) -> Self {
        let proxy_defaults = crate::values::mesh_defaults()["defaultConfig"].clone();
        InjectConfig { values, mesh, native_sidecars, revision, namespace: String::new(), proxy_defaults }
    }
    /// A helm value by dotted path; null when absent.
    pub fn value(&self, path: &str) -> &Value {
        gosem::lookup(&self.values, path)
    }
}

/// The result of injecting a stream.
#[derive(Debug, Clone, Default)]
pub struct InjectOutcome {
    pub output: String,
    pub report: Vec<ReportLine>,
}

#[cfg(test)]
mod tests {
    use super::splice::Splicer;
    use super::stream::inject_docs;
    use super::*;
    use crate::resource::{self, RawDoc};

    fn cfg() -> InjectConfig {
        let settings = crate::values::resolve(&crate::values::Inputs::default()).expect("default settings");
        InjectConfig::new(settings.values().clone(), settings.effective_mesh(), true, String::new())
    }

    #[test]
    fn services_pass_through_byte_for_byte() {
        let src = "# a comment\napiVersion: v1\nkind: Service\nmetadata:\n  name: x   # trailing\n";
        let out = inject_stream(src, "in.yaml", &cfg()).expect("inject");
        assert_eq!(out.output, format!("{src}---\n"));
        assert_eq!(out.report[0].action, Action::PassedThrough);
    }

    #[test]
    fn a_pod_gets_a_native_sidecar() {
        let src = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: x\n";
        let out = inject_stream(src, "in.yaml", &cfg()).expect("inject");
        let docs = resource::parse_all(&out.output).expect("yaml");
        let pod = &docs[0].1;
        assert_eq!(pod["spec"]["initContainers"][0]["name"], "istio-init");
        assert_eq!(pod["spec"]["initContainers"][1]["name"], "istio-proxy");
        assert_eq!(pod["spec"]["initContainers"][1]["restartPolicy"], "Always");
        assert_eq!(pod["spec"]["containers"].as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn reinjection_is_idempotent() {
        let src = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: x\n";
        let once = inject_stream(src, "in.yaml", &cfg()).expect("inject").output;
        let twice = inject_stream(&once, "in.yaml", &cfg()).expect("inject").output;
        assert_eq!(resource::parse_all(&once).ok(), resource::parse_all(&twice).ok());
    }

    /// Splicing pre-rendered parts is an optimisation: it must not change a byte.
    #[test]
    fn splicing_changes_nothing() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/inject");
        let mut inputs: Vec<(String, String)> = std::fs::read_dir(&dir)
            .expect("testdata")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yaml") && !p.to_string_lossy().contains("bad"))
            .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
            .collect();
        let pod = |extra_spec: &str, ann: &str| {
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {{{ann}}}\nspec:\n  containers:\n  - name: app\n    image: x\n    ports:\n    - containerPort: 80\n{extra_spec}"
            )
        };
        // Pods whose own objects share names with the injected ones, and annotations that
        // change what is injected or set proxy env afterwards.
        for (name, src) in [
            ("own volume", pod("  volumes:\n  - name: istio-envoy\n    emptyDir: {}\n  - name: data\n", "")),
            (
                "own proxy",
                pod("  - name: istio-proxy\n    image: auto\n    resources: {limits: {cpu: 2000m}}\n", ""),
            ),
            ("own init", pod("  initContainers:\n  - name: istio-init\n    image: y\n", "")),
            ("metrics", pod("", "prometheus.io/scrape: 'true', prometheus.io/port: '9090'")),
            (
                "proxy metadata",
                pod("", "'proxy.istio.io/config': '{proxyMetadata: {ISTIO_KUBE_APP_PROBERS: x}}'"),
            ),
            ("two templates", pod("", "inject.istio.io/templates: 'sidecar,sidecar'")),
            ("no init", pod("", "sidecar.istio.io/interceptionMode: NONE")),
            ("resources", pod("", "sidecar.istio.io/proxyCPU: 1000m, sidecar.istio.io/proxyMemory: 1024Mi")),
        ] {
            inputs.push((name.into(), src));
        }
        // The whole stream with splicing on or off, on one thread.
        let inject = |src: &str, c: &InjectConfig, splice: bool| {
            let mut out = Vec::new();
            let docs = resource::split_documents(src);
            inject_docs(&docs, "in.yaml", c, &Splicer::new(splice), &mut out, 1)
                .map(|_| String::from_utf8(out).expect("UTF-8"))
        };
        for native in [true, false] {
            let mut c = cfg();
            c.native_sidecars = native;
            for (name, src) in &inputs {
                let a = inject(src, &c, true);
                let b = inject(src, &c, false);
                assert_eq!(a.as_ref().ok(), b.as_ref().ok(), "{name} (native: {native})");
                // And once more on the injected output (re-injection takes the whole path).
                if let Ok(once) = b {
                    let a = inject(&once, &c, true).ok();
                    let b = inject(&once, &c, false).ok();
                    assert_eq!(a, b, "{name} re-injected (native: {native})");
                }
            }
        }
    }

    /// Many threads give the same output, report and first error as one.
    #[test]
    fn threads_change_nothing() {
        let doc = |i: usize| {
            if i.is_multiple_of(7) {
                format!("apiVersion: v1\nkind: Service   # kept as is\nmetadata:\n  name: s{i}\n")
            } else {
                format!(
                    "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d{i}\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        image: x\n"
                )
            }
        };
        let src: String = (0..300).map(|i| doc(i) + "---\n").collect();
        let docs = resource::split_documents(&src);
        let c = cfg();
        let run = |threads: usize, docs: &[RawDoc<'_>]| {
            let mut out = Vec::new();
            inject_docs(docs, "in.yaml", &c, &Splicer::new(true), &mut out, threads)
                .map(|report| (out, report))
        };
        let one = run(1, &docs).expect("one thread");
        assert_eq!(one.1.len(), 300);
        for threads in [2, 3, 8] {
            assert!(run(threads, &docs).expect("threads") == one, "{threads} threads");
        }
        let bad = src.replace("name: d250\n", "name: [d250\n").replace("name: d290\n", "name: [d290\n");
        let docs = resource::split_documents(&bad);
        let first = run(1, &docs).err().map(|e| e.message);
        // The error is the first bad document's, with its line.
        let line: Option<usize> =
            first.as_deref().and_then(|m| m.strip_prefix("in.yaml:")?.split(':').next()?.parse().ok());
        assert!(line.is_some_and(|l| (docs[250].line..docs[251].line).contains(&l)), "{first:?}");
        assert_eq!(run(3, &docs).err().map(|e| e.message), first);
    }

    #[test]
    fn proxy_config_lists_only_changes() {
        let c = cfg();
        assert_eq!(proxy_config_json(&c, &c.mesh["defaultConfig"]), "{}");
    }
}
