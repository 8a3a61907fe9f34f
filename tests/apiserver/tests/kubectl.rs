//! The server exercised with the real `kubectl` found on `PATH`: server-side apply of a
//! multi-document file, `get -o json`, a field-manager conflict and namespace deletion must
//! produce what kubectl prints against a real kube-apiserver.
//!
//! Every test prints `skipping: kubectl not found on PATH` and passes when there is no
//! `kubectl` binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use meshctl_testapi::{Options, TestApiServer};
use serde_json::Value;

const MULTI_DOC: &str = r#"apiVersion: v1
kind: Namespace
metadata:
  name: demo
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
  namespace: demo
data:
  key: one
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: demo
  labels:
    app: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx:1.27
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: demo
spec:
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: 80
"#;

fn config_map(value: &str) -> String {
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: demo\ndata:\n  key: {value}\n"
    )
}

/// `kubectl` on `PATH`, if any.
fn find_kubectl() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("kubectl")).find(|p| p.is_file())
}

/// A started server, a private kubectl cache directory and a scratch directory for manifests.
struct Kubectl {
    bin: PathBuf,
    srv: TestApiServer,
    dir: tempfile::TempDir,
}

impl Kubectl {
    /// `None` (after printing why) when kubectl is absent.
    fn start() -> Option<Self> {
        let Some(bin) = find_kubectl() else {
            println!("skipping: kubectl not found on PATH");
            eprintln!("skipping: kubectl not found on PATH");
            return None;
        };
        let srv = TestApiServer::start_blocking(Options::default());
        let dir = tempfile::tempdir().expect("temp dir");
        Some(Kubectl { bin, srv, dir })
    }

    fn write(&self, name: &str, content: &str) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, content).expect("write manifest");
        p
    }

    fn run(&self, args: &[&str]) -> Output {
        let cache = self.dir.path().join("cache");
        let out = Command::new(&self.bin)
            .env_remove("KUBECONFIG")
            .env("HOME", self.dir.path())
            .arg("--kubeconfig")
            .arg(self.srv.kubeconfig_path())
            .arg("--cache-dir")
            .arg(&cache)
            .args(args)
            .output()
            .expect("run kubectl");
        eprintln!(
            "$ kubectl {}\n[exit {:?}]\n{}{}",
            args.join(" "),
            out.status.code(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    fn run_ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "kubectl {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("utf-8 stdout")
    }

    fn apply(&self, file: &Path, extra: &[&str]) -> Output {
        let f = file.to_str().expect("utf-8 path");
        let mut args = vec!["apply", "--server-side", "--validate=false", "-f", f];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    fn get_json(&self, args: &[&str]) -> Value {
        let mut a = vec!["get"];
        a.extend_from_slice(args);
        a.extend_from_slice(&["-o", "json"]);
        serde_json::from_str(&self.run_ok(&a)).expect("kubectl printed JSON")
    }

    fn apply_demo(&self) {
        let f = self.write("demo.yaml", MULTI_DOC);
        let out = self.apply(&f, &[]);
        assert!(out.status.success(), "apply failed: {}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            lines,
            [
                "namespace/demo serverside-applied",
                "configmap/cfg serverside-applied",
                "deployment.apps/web serverside-applied",
                "service/web serverside-applied",
            ],
            "{stdout}"
        );
    }
}

fn managers(obj: &Value) -> Vec<(String, String)> {
    obj["metadata"]["managedFields"]
        .as_array()
        .expect("managedFields present")
        .iter()
        .map(|e| {
            (e["manager"].as_str().unwrap_or("").to_owned(), e["operation"].as_str().unwrap_or("").to_owned())
        })
        .collect()
}

#[test]
fn server_side_apply_of_a_multi_document_file_then_get_json() {
    let Some(k) = Kubectl::start() else { return };
    k.apply_demo();

    // The objects are stored, applied by the `kubectl` field manager.
    let srv = &k.srv;
    assert!(srv.get_object("v1", "Namespace", None, "demo").is_some());
    let cm = srv.get_object("v1", "ConfigMap", Some("demo"), "cfg").expect("ConfigMap stored");
    assert_eq!(cm["data"]["key"], "one");
    assert!(srv.get_object("apps/v1", "Deployment", Some("demo"), "web").is_some());
    assert!(srv.get_object("v1", "Service", Some("demo"), "web").is_some());
    let applies: Vec<_> = srv
        .requests()
        .into_iter()
        .filter(|r| r.method == "PATCH")
        .inspect(|r| {
            assert_eq!(r.content_type, "application/apply-patch+yaml", "{r:?}");
            assert!(r.query.contains("fieldManager=kubectl"), "{r:?}");
            assert!(r.query.contains("force=false"), "{r:?}");
        })
        .map(|r| r.path)
        .collect();
    assert_eq!(
        applies,
        [
            "/api/v1/namespaces/demo",
            "/api/v1/namespaces/demo/configmaps/cfg",
            "/apis/apps/v1/namespaces/demo/deployments/web",
            "/api/v1/namespaces/demo/services/web",
        ]
    );

    // `get -o json` of one object: full type and metadata, managedFields when asked for.
    let got = k.get_json(&["configmap", "cfg", "-n", "demo", "--show-managed-fields"]);
    assert_eq!(got["apiVersion"], "v1");
    assert_eq!(got["kind"], "ConfigMap");
    assert_eq!(got["metadata"]["name"], "cfg");
    assert_eq!(got["metadata"]["namespace"], "demo");
    assert_eq!(got["metadata"]["resourceVersion"], cm["metadata"]["resourceVersion"]);
    assert!(!got["metadata"]["resourceVersion"].as_str().unwrap_or("").is_empty());
    assert_eq!(got["metadata"]["uid"], cm["metadata"]["uid"]);
    assert_eq!(got["data"]["key"], "one");
    assert_eq!(managers(&got), [("kubectl".to_owned(), "Apply".to_owned())]);
    let mf = &got["metadata"]["managedFields"][0];
    assert_eq!(mf["apiVersion"], "v1");
    assert_eq!(mf["fieldsType"], "FieldsV1");
    assert!(mf["fieldsV1"]["f:data"]["f:key"].is_object(), "{mf}");

    // Without --show-managed-fields kubectl strips them client-side (1.21+).
    let plain = k.get_json(&["configmap", "cfg", "-n", "demo"]);
    assert!(plain["metadata"].get("managedFields").is_none());
    assert_eq!(plain["metadata"]["resourceVersion"], got["metadata"]["resourceVersion"]);

    // Several kinds at once come back as a v1 List of typed items.
    let list = k.get_json(&["deployment,service", "-n", "demo", "--show-managed-fields"]);
    assert_eq!(list["kind"], "List");
    assert_eq!(list["apiVersion"], "v1");
    let items = list["items"].as_array().expect("items");
    let kinds: Vec<(&str, &str, &str)> = items
        .iter()
        .map(|i| {
            (
                i["apiVersion"].as_str().unwrap_or(""),
                i["kind"].as_str().unwrap_or(""),
                i["metadata"]["name"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(kinds, [("apps/v1", "Deployment", "web"), ("v1", "Service", "web")]);
    for i in items {
        assert!(!i["metadata"]["resourceVersion"].as_str().unwrap_or("").is_empty(), "{i}");
        assert!(managers(i).contains(&("kubectl".to_owned(), "Apply".to_owned())), "{i}");
    }
    // Server-side defaults are visible, as from a real server.
    assert_eq!(items[0]["spec"]["strategy"]["type"], "RollingUpdate");
    assert_eq!(items[1]["spec"]["type"], "ClusterIP");

    // Re-applying the same file changes nothing.
    let writes = srv.write_count();
    k.apply_demo();
    assert_eq!(srv.write_count(), writes, "no-op re-apply must not write");

    // A missing object is kubectl's NotFound.
    let out = k.run(&["get", "configmap", "nope", "-n", "demo", "-o", "json"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(r#"Error from server (NotFound): configmaps "nope" not found"#), "{err}");
}

#[test]
fn field_manager_conflict_needs_force_conflicts() {
    let Some(k) = Kubectl::start() else { return };
    k.apply_demo();
    let srv = &k.srv;

    // Same value under another manager: shared ownership, no conflict.
    let same = k.write("same.yaml", &config_map("one"));
    let out = k.apply(&same, &["--field-manager=sharer"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "configmap/cfg serverside-applied");

    // A different value under another manager conflicts with both owners.
    let other = k.write("other.yaml", &config_map("two"));
    let writes = srv.write_count();
    let out = k.apply(&other, &["--field-manager=other"]);
    assert!(!out.status.success(), "conflicting apply must fail");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "error: Apply failed with 2 conflicts: conflicts with \"kubectl\":\n- .data.key\n\
             conflicts with \"sharer\":\n- .data.key\n"
        ),
        "{err}"
    );
    assert!(err.contains("--force-conflicts"), "{err}");
    assert_eq!(srv.write_count(), writes);
    let cm = srv.get_object("v1", "ConfigMap", Some("demo"), "cfg").expect("cm");
    assert_eq!(cm["data"]["key"], "one");

    // The second manager drops the field; the remaining conflict names only kubectl.
    let empty =
        k.write("empty.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: demo\n");
    let out = k.apply(&empty, &["--field-manager=sharer"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = k.apply(&other, &["--field-manager=other"]);
    assert!(!out.status.success(), "conflicting apply must fail");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(r#"error: Apply failed with 1 conflict: conflict with "kubectl": .data.key"#),
        "{err}"
    );
    assert!(err.contains("please re-run the apply\n  command with the `--force-conflicts` flag"), "{err}");

    // --force-conflicts takes the field over.
    let out = k.apply(&other, &["--field-manager=other", "--force-conflicts"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "configmap/cfg serverside-applied");
    let got = k.get_json(&["configmap", "cfg", "-n", "demo", "--show-managed-fields"]);
    assert_eq!(got["data"]["key"], "two");
    let owners: Vec<(String, String)> = managers(&got);
    assert!(owners.contains(&("other".to_owned(), "Apply".to_owned())), "{owners:?}");
    for e in got["metadata"]["managedFields"].as_array().expect("managedFields") {
        if e["manager"] != "other" {
            assert!(e["fieldsV1"]["f:data"]["f:key"].is_null(), "lost ownership: {e}");
        }
    }
}

#[test]
fn delete_namespace_removes_it_and_its_contents() {
    let Some(k) = Kubectl::start() else { return };
    k.apply_demo();
    let srv = &k.srv;

    // kubectl waits (--wait=true) until the namespace is gone.
    let out = k.run_ok(&["delete", "namespace", "demo"]);
    assert_eq!(out.trim(), r#"namespace "demo" deleted"#);
    assert!(srv.get_object("v1", "Namespace", None, "demo").is_none());
    assert!(srv.get_object("v1", "ConfigMap", Some("demo"), "cfg").is_none());
    assert!(srv.get_object("apps/v1", "Deployment", Some("demo"), "web").is_none());
    assert!(srv.get_object("v1", "Service", Some("demo"), "web").is_none());
    assert!(srv.list_objects("apps/v1", "ReplicaSet", Some("demo")).is_empty());
    assert!(srv.list_objects("v1", "Pod", Some("demo")).is_empty());

    // The server answers `configmaps "cfg" not found`; kubectl 1.31+ then looks the namespace
    // up and, finding it gone too, reports that instead.
    let out = k.run(&["get", "configmap", "cfg", "-n", "demo"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(r#"Error from server (NotFound): configmaps "cfg" not found"#)
            || err.contains(r#"Error from server (NotFound): namespaces "demo" not found"#),
        "{err}"
    );
    let out = k.run(&["get", "namespace", "demo"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(r#"Error from server (NotFound): namespaces "demo" not found"#), "{err}");
    let out = k.run_ok(&["get", "configmaps", "-n", "demo", "-o", "json"]);
    let list: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(list["items"], serde_json::json!([]));

    // Deleting it again is NotFound.
    let out = k.run(&["delete", "namespace", "demo"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(r#"Error from server (NotFound): namespaces "demo" not found"#), "{err}");
}
