//! The splice fast path: the parts of the sidecar that are the same for every pod with the
//! same settings and annotations are built once ([`Parts`], cached by [`Splicer`]) and
//! written once as YAML text ([`Prerendered`]). An eligible pod holds ordinary stand-ins in
//! their place — each part's `name`, and the proxy's `env` with one entry, named like its
//! first, for each pre-rendered run — and the document's splice table ([`Splices`], beside
//! the data) tells the writer which items to write from the text: by pod spec, list field
//! (`initContainers`, `containers`, `volumes`, the proxy's `env`) and name.
//!
//! # The safety rule
//! Pre-rendered text is opaque: no step after the template may read or change inside it. So
//! a pod is spliced only when every step after rendering leaves those parts whole, and the
//! table finds exactly them, which [`Splicer::eligible`] decides in one place:
//! - it is a first injection (re-injection strips, moves and replaces the previous parts);
//! - it applies exactly one template (a second would merge into the first's parts);
//! - it records no proxy overrides (`reapply_overrides` merges the user's fields into them);
//! - it has no container or volume of its own named like one of the parts (the merge would
//!   merge into it, and the table, keyed by name, could not tell the two apart).
//!
//! Two kinds of access by later steps remain, and the pre-rendered parts are cut around them:
//! stand-ins keep each part's `name` (steps find, move and list containers and volumes by
//! name) and the proxy's `env` (probe rewriting and Prometheus merging set variables in it).
//! The env's fixed runs are pre-rendered only when no run holds a variable set afterwards
//! ([`POST_INJECTION_ENV`]: it must be found by name) and each run's first name, its key in
//! the table, is its own: no other run starts with it and the template's per-workload
//! entries ([`WORKLOAD_ENV`]) do not use it.
//! Splicing must not change a byte: `splicing_changes_nothing` (in `inject/mod.rs`) compares
//! both paths.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::{Map, Value, json};

use super::context::PodCtx;
use super::gosem::{go_str, truthy};
use super::merge;
use super::names::{POST_INJECTION_ENV, PROXY, WORKLOAD_ENV};
use super::podspec::containers;
use super::postprocess::canonicalise_container;
#[cfg(doc)]
use super::yaml::Splices;
use super::yaml::{Named, Prerendered};

/// What the pipeline knows about a pod that decides whether later steps read inside the parts.
pub struct PodFacts {
    /// No previous injection was found.
    pub first_injection: bool,
    /// How many templates the pod applies.
    pub templates: usize,
    /// The pod records proxy overrides (`sidecar.istio.io/proxyOverrides`).
    pub overrides: bool,
}

/// How many distinct annotation sets are remembered (bounds memory on hostile input).
const PARTS_CACHE_LIMIT: usize = 256;

/// What the parts depend on besides the settings: the annotations (as JSON), the proxy's
/// user and group, native sidecars, and the service account (when certificates are mounted).
type PartsKey = (String, Option<String>, Option<String>, bool, String);

/// The parts cache of one injection run, and whether splicing is on (off only to check that
/// it changes nothing).
#[derive(Debug)]
pub struct Splicer {
    enabled: bool,
    cache: Mutex<HashMap<PartsKey, Arc<Parts>>>,
}

impl Splicer {
    pub fn new(enabled: bool) -> Splicer {
        Splicer { enabled, cache: Mutex::default() }
    }

    /// Whether `pod`'s sidecar may be written from pre-rendered `parts` (see the module's
    /// safety rule).
    pub fn eligible(&self, pod: &PodFacts, parts: &Parts, spec: &Map<String, Value>) -> bool {
        self.enabled
            && pod.first_injection
            && pod.templates == 1
            && !pod.overrides
            && !parts.spliced.clashes(spec)
    }

    /// The parts for this pod's settings and annotations: cached, else built by `build`.
    pub fn parts(&self, ctx: &PodCtx<'_>, build: impl FnOnce() -> Parts) -> Arc<Parts> {
        let sa = if truthy(ctx.v("global.mountMtlsCerts")) {
            ctx.spec.get("serviceAccountName").map(go_str).unwrap_or_default()
        } else {
            String::new()
        };
        let key = (
            serde_json::to_string(&ctx.annotations).unwrap_or_default(),
            ctx.proxy_uid.clone(),
            ctx.proxy_gid.clone(),
            ctx.native,
            sa,
        );
        if let Ok(cache) = self.cache.lock()
            && let Some(p) = cache.get(&key)
        {
            return p.clone();
        }
        let parts = Arc::new(build());
        if let Ok(mut cache) = self.cache.lock()
            && cache.len() < PARTS_CACHE_LIMIT
        {
            cache.insert(key, parts.clone());
        }
        parts
    }
}

impl Parts {
    /// The parts, with their pre-rendered text; the proxy goes to the init containers when
    /// `native`.
    pub fn new(
        init: Option<Value>,
        proxy: Value,
        volumes: Vec<Value>,
        env: [Vec<Value>; 3],
        native: bool,
    ) -> Parts {
        let spliced = Spliced::new(init.as_ref(), &proxy, &volumes, &env, native);
        Parts { init, proxy, volumes, env, spliced }
    }
}

/// The parts of the sidecar that depend only on the settings and the pod's annotations (not
/// on its name, labels or ports): built once per distinct set of annotations.
#[derive(Debug)]
pub struct Parts {
    pub(super) init: Option<Value>,
    /// The proxy container without its `env`, keys sorted.
    pub(super) proxy: Value,
    pub(super) volumes: Vec<Value>,
    /// The proxy's env entries that do not depend on the workload, in three runs: before
    /// `ISTIO_META_POD_PORTS`, before `ISTIO_META_WORKLOAD_NAME`, and after `ISTIO_META_OWNER`.
    pub(super) env: [Vec<Value>; 3],
    /// The init container, the proxy and the volumes written ahead, as they leave injection.
    pub(super) spliced: Spliced,
}

/// Pre-rendered parts; each stand-in keeps its part's name (for lookups by name).
#[derive(Debug)]
pub(super) struct Spliced {
    pub(super) init: Option<Arc<Prerendered>>,
    /// Everything but `name` and `env`: the env holds the workload's own entries.
    pub(super) proxy: Arc<Prerendered>,
    pub(super) volumes: Vec<Arc<Prerendered>>,
    /// The three fixed runs of the proxy's env (an empty run is `None`), unless they cannot
    /// be told apart by name from the env's other entries (see the module's safety rule).
    pub(super) env: Option<[Option<Arc<Prerendered>>; 3]>,
    /// The pod spec's splice table: the parts by list field.
    pub(super) table: Arc<Named>,
}

impl Spliced {
    /// Pre-renders the parts as the merge and Go's normalisation would leave them in a pod
    /// that had none of them: nulls dropped, quantities canonical.
    fn new(
        init: Option<&Value>,
        proxy: &Value,
        volumes: &[Value],
        env: &[Vec<Value>; 3],
        native: bool,
    ) -> Spliced {
        let split = |v: &Value, container: bool, keep: &[&str], named: Named| {
            let mut v = merge::strip_nulls(v.clone());
            if container {
                canonicalise_container(&mut v);
            }
            let m = v.as_object().cloned().unwrap_or_default();
            Prerendered::split(&m, keep, named)
        };
        let runs = env.clone().map(|run| {
            // As the proxy leaves injection: nulls dropped, empty values omitted.
            let mut c = json!({ "env": merge::strip_nulls(Value::Array(run)) });
            canonicalise_container(&mut c);
            c["env"].as_array().filter(|r| !r.is_empty()).map(|r| Prerendered::run(r))
        });
        let set_later = |e: &Value| POST_INJECTION_ENV.iter().any(|n| e["name"] == *n);
        let keys: Vec<&str> = runs.iter().flatten().map(|r| r.name()).collect();
        let own_keys = keys
            .iter()
            .enumerate()
            .all(|(i, k)| !k.is_empty() && !WORKLOAD_ENV.contains(k) && !keys[..i].contains(k));
        let env = (own_keys && !env.iter().flatten().any(set_later)).then_some(runs);
        let env_named: Named = match &env {
            Some(runs) => vec![("env", runs.iter().flatten().cloned().collect())],
            None => Named::new(),
        };
        let init = init.map(|i| split(i, true, &["name"], Named::new()));
        let proxy = split(proxy, true, &["name", "env"], env_named);
        let volumes: Vec<_> = volumes.iter().map(|v| split(v, false, &["name"], Named::new())).collect();
        let mut init_list: Vec<_> = init.iter().cloned().collect();
        let mut table = Named::new();
        if native {
            init_list.push(proxy.clone());
        } else {
            table.push(("containers", vec![proxy.clone()]));
        }
        table.push(("initContainers", init_list));
        table.push(("volumes", volumes.clone()));
        Spliced { init, proxy, volumes, env, table: Arc::new(table) }
    }

    /// Whether the pod already has a container or volume named like one of these parts.
    fn clashes(&self, spec: &Map<String, Value>) -> bool {
        let ours = |n: &str| n == PROXY || self.init.iter().chain(&self.volumes).any(|p| p.name() == n);
        ["containers", "initContainers", "volumes"]
            .iter()
            .flat_map(|f| containers(spec, f))
            .any(|c| c["name"].as_str().is_some_and(ours))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Parts {
        let init = json!({ "name": "istio-init", "image": "i" });
        let proxy = json!({ "name": PROXY, "image": "p" });
        let volumes = vec![json!({ "name": "istio-envoy", "emptyDir": {} })];
        Parts::new(Some(init), proxy, volumes, [vec![], vec![], vec![]], true)
    }

    fn spec(v: Value) -> Map<String, Value> {
        v.as_object().cloned().unwrap_or_default()
    }

    /// Each condition of the safety rule, alone, turns splicing off.
    #[test]
    fn eligibility_follows_the_safety_rule() {
        let parts = parts();
        let on = Splicer::new(true);
        let ok = PodFacts { first_injection: true, templates: 1, overrides: false };
        let app = spec(json!({ "containers": [{ "name": "app" }], "volumes": [{ "name": "data" }] }));
        assert!(on.eligible(&ok, &parts, &app));
        assert!(!Splicer::new(false).eligible(&ok, &parts, &app), "switched off");
        assert!(!on.eligible(&PodFacts { first_injection: false, ..ok }, &parts, &app), "re-injection");
        assert!(!on.eligible(&PodFacts { templates: 2, ..ok }, &parts, &app), "two templates");
        assert!(!on.eligible(&PodFacts { overrides: true, ..ok }, &parts, &app), "overrides");
        for (what, clash) in [
            ("own proxy", json!({ "containers": [{ "name": PROXY }] })),
            ("own init container", json!({ "initContainers": [{ "name": "istio-init" }] })),
            ("own volume", json!({ "volumes": [{ "name": "istio-envoy" }] })),
        ] {
            assert!(!on.eligible(&ok, &parts, &spec(clash)), "{what}");
        }
    }

    /// An env run holding a variable set after the template is left whole, not pre-rendered.
    #[test]
    fn env_set_later_is_not_prerendered() {
        let run = |name: &str| vec![json!({ "name": name, "value": "v" })];
        let proxy = json!({ "name": PROXY });
        let parts = |env| Parts::new(None, proxy.clone(), vec![], env, true);
        assert!(parts([run("A"), vec![], vec![]]).spliced.env.is_some());
        for later in POST_INJECTION_ENV {
            assert!(parts([run("A"), vec![], run(later)]).spliced.env.is_none(), "{later}");
        }
    }

    /// A run is found by its first entry's name: one another run starts with, or one the
    /// template gives a per-workload entry, leaves the env whole.
    #[test]
    fn env_runs_need_first_names_of_their_own() {
        let run =
            |names: &[&str]| names.iter().map(|n| json!({ "name": n, "value": "v" })).collect::<Vec<_>>();
        let proxy = json!({ "name": PROXY });
        let parts = |env| Parts::new(None, proxy.clone(), vec![], env, true);
        let later_names_repeat = parts([run(&["A", "B"]), run(&["B"]), run(&["C", "A"])]);
        assert!(later_names_repeat.spliced.env.is_some());
        assert!(
            parts([run(&["A"]), vec![], run(&["A", "B"])]).spliced.env.is_none(),
            "two runs start with A"
        );
        for w in WORKLOAD_ENV {
            assert!(parts([run(&["A"]), vec![], run(&[w])]).spliced.env.is_none(), "{w}");
        }
    }
}
