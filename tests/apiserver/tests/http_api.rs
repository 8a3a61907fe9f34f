//! The server exercised with plain HTTP requests.

mod common;

use common::{http, http_with_token, send};
use meshctl_testapi::{Options, TestApiServer};
use reqwest::Method;
use serde_json::{Value, json};

fn cm(name: &str, labels: Value) -> String {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "labels": labels}, "data": {"k": "v"}}).to_string()
}

#[tokio::test]
async fn unauthorized_without_or_with_wrong_token() {
    let srv = TestApiServer::start(Options::default()).await;
    for token in [None, Some("wrong")] {
        let c = http_with_token(&srv, token);
        let (code, body) =
            send(&c, Method::GET, format!("{}/api/v1/namespaces", srv.url()), None, None).await;
        assert_eq!(code, 401);
        assert_eq!(body["kind"], "Status");
        assert_eq!(body["apiVersion"], "v1");
        assert_eq!(body["status"], "Failure");
        assert_eq!(body["reason"], "Unauthorized");
        assert_eq!(body["code"], 401);
    }
}

#[tokio::test]
async fn discovery_documents() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let u = srv.url();
    let (code, v) = send(&c, Method::GET, format!("{u}/version"), None, None).await;
    assert_eq!(code, 200);
    assert_eq!(v["major"], "1");
    let (_, v) = send(&c, Method::GET, format!("{u}/api"), None, None).await;
    assert_eq!(v["kind"], "APIVersions");
    assert_eq!(v["versions"], json!(["v1"]));
    let (_, v) = send(&c, Method::GET, format!("{u}/api/v1"), None, None).await;
    assert_eq!(v["kind"], "APIResourceList");
    let pods = v["resources"].as_array().unwrap().iter().find(|r| r["name"] == "pods").unwrap().clone();
    assert_eq!(pods["namespaced"], true);
    assert_eq!(pods["kind"], "Pod");
    assert!(v["resources"].as_array().unwrap().iter().any(|r| r["name"] == "pods/portforward"));
    let ns = v["resources"].as_array().unwrap().iter().find(|r| r["name"] == "namespaces").unwrap().clone();
    assert_eq!(ns["namespaced"], false);
    let (_, v) = send(&c, Method::GET, format!("{u}/apis"), None, None).await;
    assert_eq!(v["kind"], "APIGroupList");
    let names: Vec<&str> =
        v["groups"].as_array().unwrap().iter().map(|g| g["name"].as_str().unwrap()).collect();
    for g in [
        "apps",
        "batch",
        "autoscaling",
        "policy",
        "rbac.authorization.k8s.io",
        "admissionregistration.k8s.io",
        "apiextensions.k8s.io",
    ] {
        assert!(names.contains(&g), "{g} missing from {names:?}");
    }
    let (_, v) = send(&c, Method::GET, format!("{u}/apis/apps/v1"), None, None).await;
    assert_eq!(v["groupVersion"], "apps/v1");
    assert!(v["resources"].as_array().unwrap().iter().any(|r| r["name"] == "deployments/status"));
    let (code, _) = send(&c, Method::GET, format!("{u}/apis/nope.example.com/v1"), None, None).await;
    assert_eq!(code, 404);

    // Aggregated discovery with the Accept header kube-rs sends.
    let resp = c
        .get(format!("{u}/apis"))
        .header("Accept", "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json")
        .send()
        .await
        .unwrap();
    assert!(resp.headers()["content-type"].to_str().unwrap().contains("as=APIGroupDiscoveryList"));
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["kind"], "APIGroupDiscoveryList");
    assert_eq!(v["apiVersion"], "apidiscovery.k8s.io/v2");
    let apps =
        v["items"].as_array().unwrap().iter().find(|i| i["metadata"]["name"] == "apps").unwrap().clone();
    assert!(
        apps["versions"][0]["resources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["resource"] == "deployments" && r["scope"] == "Namespaced")
    );
    // Only v2beta1 requested (no fallback): the legacy document is served.
    let v: Value = c
        .get(format!("{u}/apis"))
        .header(
            "Accept",
            "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json",
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(v["kind"], "APIGroupList");
}

#[tokio::test]
async fn create_get_conflicts_and_errors() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let base = format!("{}/api/v1/namespaces/default/configmaps", srv.url());
    let (code, created) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm("a", json!({"app": "x"}))))
            .await;
    assert_eq!(code, 201, "{created}");
    assert_eq!(created["kind"], "ConfigMap");
    assert_eq!(created["metadata"]["namespace"], "default");
    assert!(created["metadata"]["uid"].as_str().is_some_and(|u| u.len() == 36));
    assert!(created["metadata"]["creationTimestamp"].is_string());
    let rv1: u64 = created["metadata"]["resourceVersion"].as_str().unwrap().parse().unwrap();
    assert_eq!(srv.write_count(), 1);

    let (code, err) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm("a", json!({})))).await;
    assert_eq!(code, 409);
    assert_eq!(err["reason"], "AlreadyExists");
    assert_eq!(err["message"], "configmaps \"a\" already exists");
    assert_eq!(err["details"], json!({"name": "a", "kind": "configmaps"}));

    // generateName
    let body =
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"generateName": "gen-"}}).to_string();
    let (code, v) = send(&c, Method::POST, base.clone(), Some("application/json"), Some(body)).await;
    assert_eq!(code, 201);
    let n = v["metadata"]["name"].as_str().unwrap();
    assert!(n.starts_with("gen-") && n.len() == 9, "{n}");

    // Missing namespace.
    let (code, err) = send(
        &c,
        Method::POST,
        format!("{}/api/v1/namespaces/nope/configmaps", srv.url()),
        Some("application/json"),
        Some(cm("b", json!({}))),
    )
    .await;
    assert_eq!(code, 404);
    assert_eq!(err["message"], "namespaces \"nope\" not found");
    assert_eq!(err["details"]["kind"], "namespaces");

    // Malformed body, wrong kind, unknown resource, missing object.
    let (code, err) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some("{not json".into())).await;
    assert_eq!((code, err["reason"].as_str()), (400, Some("BadRequest")));
    let (code, _) = send(
        &c,
        Method::POST,
        base.clone(),
        Some("application/json"),
        Some(json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}}).to_string()),
    )
    .await;
    assert_eq!(code, 400);
    let (code, err) =
        send(&c, Method::GET, format!("{}/api/v1/namespaces/default/widgets", srv.url()), None, None).await;
    assert_eq!((code, err["reason"].as_str()), (404, Some("NotFound")));
    let (code, err) = send(&c, Method::GET, format!("{base}/missing"), None, None).await;
    assert_eq!(code, 404);
    assert_eq!(err["message"], "configmaps \"missing\" not found");
    let (code, err) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm("Bad_Name", json!({})))).await;
    assert_eq!((code, err["reason"].as_str()), (422, Some("Invalid")));

    // Update: stale resourceVersion conflicts; a no-op update does not bump it.
    let mut upd = created.clone();
    upd["data"]["k"] = json!("v2");
    let (code, updated) =
        send(&c, Method::PUT, format!("{base}/a"), Some("application/json"), Some(upd.to_string())).await;
    assert_eq!(code, 200);
    let rv2: u64 = updated["metadata"]["resourceVersion"].as_str().unwrap().parse().unwrap();
    assert!(rv2 > rv1);
    let (code, err) =
        send(&c, Method::PUT, format!("{base}/a"), Some("application/json"), Some(upd.to_string())).await;
    assert_eq!(code, 409);
    assert_eq!(err["reason"], "Conflict");
    let writes = srv.write_count();
    let (code, same) =
        send(&c, Method::PUT, format!("{base}/a"), Some("application/json"), Some(updated.to_string())).await;
    assert_eq!(code, 200);
    assert_eq!(same["metadata"]["resourceVersion"], updated["metadata"]["resourceVersion"]);
    assert_eq!(srv.write_count(), writes);
    let (code, _) =
        send(&c, Method::PUT, format!("{base}/zzz"), Some("application/json"), Some(cm("zzz", json!({}))))
            .await;
    assert_eq!(code, 404);

    // Dry run is not stored and not counted.
    let (code, _) = send(
        &c,
        Method::POST,
        format!("{base}?dryRun=All"),
        Some("application/json"),
        Some(cm("dry", json!({}))),
    )
    .await;
    assert_eq!(code, 201);
    assert!(srv.get_object("v1", "ConfigMap", Some("default"), "dry").is_none());
    assert_eq!(srv.write_count(), writes);

    // Delete returns a success Status; then 404.
    let (code, st) = send(&c, Method::DELETE, format!("{base}/a"), None, None).await;
    assert_eq!(code, 200);
    assert_eq!(st["status"], "Success");
    let (code, _) = send(&c, Method::DELETE, format!("{base}/a"), None, None).await;
    assert_eq!(code, 404);
    let recorded = srv.requests();
    assert!(recorded.iter().any(|r| r.method == "DELETE" && r.path.ends_with("/configmaps/a")));
    assert!(recorded.iter().any(|r| r.query == "dryRun=All" && r.content_type == "application/json"));
}

#[tokio::test]
async fn list_with_selectors() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let base = format!("{}/api/v1/namespaces/default/configmaps", srv.url());
    for (n, l) in [
        ("one", json!({"app": "a", "tier": "web"})),
        ("two", json!({"app": "b"})),
        ("three", json!({"app": "c", "tier": "db"})),
    ] {
        let (code, _) = send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm(n, l))).await;
        assert_eq!(code, 201);
    }
    let names = |v: &Value| -> Vec<String> {
        let mut n: Vec<String> = v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["metadata"]["name"].as_str().unwrap().to_string())
            .collect();
        n.sort();
        n
    };
    let cases = [
        ("app=a", vec!["one"]),
        ("app==b", vec!["two"]),
        ("app!=a", vec!["three", "two"]),
        ("app in (a,c)", vec!["one", "three"]),
        ("app notin (a,c)", vec!["two"]),
        ("tier", vec!["one", "three"]),
        ("!tier", vec!["two"]),
        ("tier,app in (c)", vec!["three"]),
    ];
    for (sel, want) in cases {
        let url = reqwest::Url::parse_with_params(&base, &[("labelSelector", sel)]).unwrap();
        let (code, v) = send(&c, Method::GET, url.to_string(), None, None).await;
        assert_eq!(code, 200);
        assert_eq!(v["kind"], "ConfigMapList");
        assert!(v["metadata"]["resourceVersion"].is_string());
        assert_eq!(names(&v), want, "selector {sel}");
    }
    let url = reqwest::Url::parse_with_params(&base, &[("fieldSelector", "metadata.name=two")]).unwrap();
    let (_, v) = send(&c, Method::GET, url.to_string(), None, None).await;
    assert_eq!(names(&v), vec!["two"]);
    let url = reqwest::Url::parse_with_params(
        &base,
        &[("fieldSelector", "metadata.name!=two,metadata.namespace=default")],
    )
    .unwrap();
    let (_, v) = send(&c, Method::GET, url.to_string(), None, None).await;
    assert_eq!(names(&v), vec!["one", "three"]);
    let url = reqwest::Url::parse_with_params(&base, &[("fieldSelector", "data.k=v")]).unwrap();
    let (code, _) = send(&c, Method::GET, url.to_string(), None, None).await;
    assert_eq!(code, 400);
    let url = reqwest::Url::parse_with_params(&base, &[("labelSelector", "app in a")]).unwrap();
    let (code, _) = send(&c, Method::GET, url.to_string(), None, None).await;
    assert_eq!(code, 400);

    // Across namespaces, and status.phase for pods.
    srv.put_object(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "other", "namespace": "kube-system"}}));
    let (_, v) = send(&c, Method::GET, format!("{}/api/v1/configmaps", srv.url()), None, None).await;
    assert_eq!(names(&v).len(), 4);
    srv.put_object(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p1"}, "spec": {"containers": [{"name": "c", "image": "i"}]}, "status": {"phase": "Running"}}));
    srv.put_object(json!({"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p2", "namespace": "kube-system"}, "spec": {"containers": [{"name": "c", "image": "i"}]}, "status": {"phase": "Succeeded"}}));
    let (_, v) = send(
        &c,
        Method::GET,
        format!("{}/api/v1/pods?fieldSelector=status.phase%3DRunning", srv.url()),
        None,
        None,
    )
    .await;
    assert_eq!(names(&v), vec!["p1"]);
    // Built-in list items carry no kind, like the real server.
    assert!(v["items"][0].get("kind").is_none());
    assert_eq!(v["kind"], "PodList");
}

#[tokio::test]
async fn server_side_apply_ownership_and_conflicts() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let url = |mgr: &str, extra: &str| {
        format!("{}/api/v1/namespaces/default/configmaps/cfg?fieldManager={mgr}{extra}", srv.url())
    };
    let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  labels:\n    owner: alice\ndata:\n  a: \"1\"\n  b: \"2\"\n";
    // fieldManager is required.
    let (code, err) = send(
        &c,
        Method::PATCH,
        format!("{}/api/v1/namespaces/default/configmaps/cfg", srv.url()),
        Some("application/apply-patch+yaml"),
        Some(yaml.into()),
    )
    .await;
    assert_eq!(code, 422);
    assert!(err["message"].as_str().unwrap().contains("fieldManager: Required value"));
    // Create-if-absent.
    let (code, v) =
        send(&c, Method::PATCH, url("alice", ""), Some("application/apply-patch+yaml"), Some(yaml.into()))
            .await;
    assert_eq!(code, 201, "{v}");
    assert_eq!(v["data"], json!({"a": "1", "b": "2"}));
    let mf = v["metadata"]["managedFields"].as_array().unwrap();
    assert_eq!(mf.len(), 1);
    assert_eq!(mf[0]["manager"], "alice");
    assert_eq!(mf[0]["operation"], "Apply");
    assert_eq!(mf[0]["fieldsV1"]["f:data"]["f:a"], json!({}));
    let rv = v["metadata"]["resourceVersion"].clone();
    let writes = srv.write_count();
    // Re-applying the same configuration changes nothing.
    let (code, v) =
        send(&c, Method::PATCH, url("alice", ""), Some("application/apply-patch+yaml"), Some(yaml.into()))
            .await;
    assert_eq!(code, 200);
    assert_eq!(v["metadata"]["resourceVersion"], rv);
    assert_eq!(srv.write_count(), writes);
    // Another manager changing alice's field conflicts.
    let bob = r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"a":"9"}}"#;
    let (code, err) =
        send(&c, Method::PATCH, url("bob", ""), Some("application/apply-patch+yaml"), Some(bob.into())).await;
    assert_eq!(code, 409);
    assert_eq!(err["reason"], "Conflict");
    assert_eq!(err["message"], "Apply failed with 1 conflict: conflict with \"alice\": .data.a");
    assert_eq!(err["details"]["causes"][0]["field"], ".data.a");
    assert_eq!(srv.write_count(), writes);
    // Same value: shared ownership, no conflict.
    let shared_val = r#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg"},"data":{"b":"2"}}"#;
    let (code, _) = send(
        &c,
        Method::PATCH,
        url("carol", ""),
        Some("application/apply-patch+yaml"),
        Some(shared_val.into()),
    )
    .await;
    assert_eq!(code, 200);
    // Forced: bob takes the field.
    let (code, v) = send(
        &c,
        Method::PATCH,
        url("bob", "&force=true"),
        Some("application/apply-patch+yaml"),
        Some(bob.into()),
    )
    .await;
    assert_eq!(code, 200);
    assert_eq!(v["data"]["a"], "9");
    let alice = v["metadata"]["managedFields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["manager"] == "alice")
        .unwrap()
        .clone();
    assert!(alice["fieldsV1"]["f:data"].get("f:a").is_none());
    // alice drops label and data.b; b is still owned by carol so it stays, the label goes.
    let yaml2 = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: \"9\"\n";
    let (code, v) =
        send(&c, Method::PATCH, url("alice", ""), Some("application/apply-patch+yaml"), Some(yaml2.into()))
            .await;
    assert_eq!(code, 200, "{v}");
    assert!(v["metadata"].get("labels").is_none_or(|l| l.get("owner").is_none()), "{v}");
    assert_eq!(v["data"]["b"], "2");
    // Update-operation managers are named with their API version.
    let (code, _) = send(
        &c,
        Method::PATCH,
        format!("{}/api/v1/namespaces/default/configmaps/cfg?fieldManager=editor", srv.url()),
        Some("application/merge-patch+json"),
        Some(r#"{"data":{"z":"1"}}"#.into()),
    )
    .await;
    assert_eq!(code, 200);
    let (code, err) = send(
        &c,
        Method::PATCH,
        url("alice", ""),
        Some("application/apply-patch+yaml"),
        Some(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  a: \"9\"\n  z: \"2\"\n".into(),
        ),
    )
    .await;
    assert_eq!(code, 409);
    assert_eq!(err["message"], "Apply failed with 1 conflict: conflict with \"editor\" using v1: .data.z");
    // Wrong apiVersion in the apply body.
    let (code, _) = send(
        &c,
        Method::PATCH,
        url("alice", ""),
        Some("application/apply-patch+yaml"),
        Some("apiVersion: v2\nkind: ConfigMap\nmetadata:\n  name: cfg\n".into()),
    )
    .await;
    assert_eq!(code, 400);
}

#[tokio::test]
async fn patch_types() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let base = format!("{}/apis/apps/v1/namespaces/default/deployments", srv.url());
    let dep = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [
                    {"name": "app", "image": "app:1", "env": [{"name": "A", "value": "1"}]},
                    {"name": "sidecar", "image": "side:1"}]}}}});
    // A body in a format this server does not decode (kubectl sends protobuf for built-in
    // kinds) is refused with 415, as kube-apiserver refuses formats it does not know.
    let (code, v) = send(
        &c,
        Method::POST,
        base.clone(),
        Some("application/vnd.kubernetes.protobuf"),
        Some("k8s\0".to_string()),
    )
    .await;
    assert_eq!((code, v["reason"].as_str()), (415, Some("UnsupportedMediaType")), "{v}");
    assert!(v["message"].as_str().unwrap().contains("accepted media types include: application/json"), "{v}");
    let (code, v) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some(dep.to_string())).await;
    assert_eq!(code, 201, "{v}");
    assert_eq!(v["metadata"]["generation"], 1);
    // Strategic merge: containers merge by name, env merges by name.
    let smp = json!({"spec": {"template": {"spec": {"containers": [{"name": "app", "image": "app:2", "env": [{"name": "B", "value": "2"}]}]}}}});
    let (code, v) = send(
        &c,
        Method::PATCH,
        format!("{base}/web"),
        Some("application/strategic-merge-patch+json"),
        Some(smp.to_string()),
    )
    .await;
    assert_eq!(code, 200, "{v}");
    let cs = v["spec"]["template"]["spec"]["containers"].as_array().unwrap();
    assert_eq!(cs.len(), 2);
    assert_eq!(cs[0]["image"], "app:2");
    assert_eq!(cs[0]["env"].as_array().unwrap().len(), 2);
    assert_eq!(cs[1]["name"], "sidecar");
    assert_eq!(v["metadata"]["generation"], 2);
    // Merge patch replaces lists.
    let mp = json!({"spec": {"template": {"spec": {"containers": [{"name": "only", "image": "o:1"}]}}}});
    let (_, v) = send(
        &c,
        Method::PATCH,
        format!("{base}/web"),
        Some("application/merge-patch+json"),
        Some(mp.to_string()),
    )
    .await;
    assert_eq!(v["spec"]["template"]["spec"]["containers"].as_array().unwrap().len(), 1);
    // JSON patch.
    let jp = json!([{"op": "replace", "path": "/spec/replicas", "value": 3}, {"op": "test", "path": "/metadata/name", "value": "web"}]);
    let (code, v) = send(
        &c,
        Method::PATCH,
        format!("{base}/web"),
        Some("application/json-patch+json"),
        Some(jp.to_string()),
    )
    .await;
    assert_eq!(code, 200);
    assert_eq!(v["spec"]["replicas"], 3);
    let bad = json!([{"op": "test", "path": "/spec/replicas", "value": 7}]);
    let (code, _) = send(
        &c,
        Method::PATCH,
        format!("{base}/web"),
        Some("application/json-patch+json"),
        Some(bad.to_string()),
    )
    .await;
    assert_eq!(code, 422);
    // Status subresource: patching the main resource ignores status; /status changes only status.
    let (_, v) = send(
        &c,
        Method::PATCH,
        format!("{base}/web"),
        Some("application/merge-patch+json"),
        Some(r#"{"status":{"replicas":42}}"#.into()),
    )
    .await;
    assert_ne!(v["status"]["replicas"], 42);
    let (code, v) = send(
        &c,
        Method::PATCH,
        format!("{base}/web/status"),
        Some("application/merge-patch+json"),
        Some(r#"{"status":{"replicas":42},"spec":{"replicas":9}}"#.into()),
    )
    .await;
    assert_eq!(code, 200);
    assert_eq!(v["status"]["replicas"], 42);
    assert_eq!(v["spec"]["replicas"], 3);
    let (code, v) = send(&c, Method::GET, format!("{base}/web/status"), None, None).await;
    assert_eq!((code, v["kind"].as_str()), (200, Some("Deployment")));
    // Patch of a missing object and an unknown patch type.
    let (code, _) = send(
        &c,
        Method::PATCH,
        format!("{base}/nope"),
        Some("application/merge-patch+json"),
        Some("{}".into()),
    )
    .await;
    assert_eq!(code, 404);
    let (code, _) =
        send(&c, Method::PATCH, format!("{base}/web"), Some("text/plain"), Some("{}".into())).await;
    assert_eq!(code, 415);
    // Invalid deployment: selector does not match the template labels.
    let mut bad = dep.clone();
    bad["metadata"]["name"] = json!("bad");
    bad["spec"]["selector"]["matchLabels"]["app"] = json!("other");
    let (code, err) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some(bad.to_string())).await;
    assert_eq!(code, 422);
    assert_eq!(err["details"]["kind"], "Deployment");
}

#[tokio::test]
async fn faults_and_forbidden() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let url = format!("{}/api/v1/namespaces/default/configmaps", srv.url());
    srv.fail_next(2, 429, Some(3));
    for _ in 0..2 {
        let resp = c.get(&url).send().await.unwrap();
        assert_eq!(resp.status().as_u16(), 429);
        assert_eq!(resp.headers()["retry-after"], "3");
        let v: Value = resp.json().await.unwrap();
        assert_eq!(v["reason"], "TooManyRequests");
        assert_eq!(v["details"]["retryAfterSeconds"], 3);
    }
    assert_eq!(c.get(&url).send().await.unwrap().status().as_u16(), 200);
    srv.fail_next(1, 500, None);
    let (code, v) = send(&c, Method::GET, url.clone(), None, None).await;
    assert_eq!((code, v["reason"].as_str()), (500, Some("InternalError")));

    srv.forbid("create", "configmaps");
    let (code, v) =
        send(&c, Method::POST, url.clone(), Some("application/json"), Some(cm("x", json!({})))).await;
    assert_eq!(code, 403);
    assert_eq!(v["reason"], "Forbidden");
    assert!(v["message"].as_str().unwrap().contains("cannot create resource \"configmaps\""));
    assert_eq!(srv.write_count(), 0);
    let (code, _) = send(&c, Method::GET, url.clone(), None, None).await;
    assert_eq!(code, 200);
    srv.allow_all();

    srv.drop_next_connection_mid_response();
    let r = c.get(&url).send().await;
    let failed = match r {
        Err(_) => true,
        Ok(resp) => resp.bytes().await.is_err(),
    };
    assert!(failed, "the response should have been cut");
    assert_eq!(c.get(&url).send().await.unwrap().status().as_u16(), 200);

    srv.set_latency(std::time::Duration::from_millis(300));
    let t = std::time::Instant::now();
    c.get(&url).send().await.unwrap();
    assert!(t.elapsed() >= std::time::Duration::from_millis(300));
}

#[tokio::test]
async fn raw_watch_stream_and_gone() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let base = format!("{}/api/v1/namespaces/default/configmaps", srv.url());
    let (_, v) =
        send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm("w1", json!({"app": "w"}))))
            .await;
    let rv = v["metadata"]["resourceVersion"].as_str().unwrap().to_string();
    // From rv: only later events. labelSelector translates a label removal into DELETED.
    let mut resp = c
        .get(format!("{base}?watch=1&resourceVersion={rv}&labelSelector=app%3Dw&timeoutSeconds=2"))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm("w2", json!({"app": "w"})))).await;
    send(&c, Method::POST, base.clone(), Some("application/json"), Some(cm("other", json!({"app": "x"}))))
        .await;
    send(
        &c,
        Method::PATCH,
        format!("{base}/w1"),
        Some("application/merge-patch+json"),
        Some(r#"{"metadata":{"labels":{"app":null}}}"#.into()),
    )
    .await;
    send(&c, Method::DELETE, format!("{base}/w2"), None, None).await;
    let mut buf = Vec::new();
    while let Some(chunk) = resp.chunk().await.unwrap() {
        buf.extend_from_slice(&chunk);
    }
    let events: Vec<Value> =
        String::from_utf8(buf).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let got: Vec<(String, String)> = events
        .iter()
        .map(|e| {
            (e["type"].as_str().unwrap().into(), e["object"]["metadata"]["name"].as_str().unwrap().into())
        })
        .collect();
    assert_eq!(
        got,
        vec![("ADDED".into(), "w2".into()), ("DELETED".into(), "w1".into()), ("DELETED".into(), "w2".into())]
    );
    assert_eq!(events[0]["object"]["kind"], "ConfigMap");

    // Initial events with resourceVersion=0, and a too-old version after compaction.
    let text = c
        .get(format!("{base}?watch=true&resourceVersion=0&timeoutSeconds=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let first: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["type"], "ADDED");
    srv.compact();
    let text =
        c.get(format!("{base}?watch=true&resourceVersion={rv}")).send().await.unwrap().text().await.unwrap();
    let ev: Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(ev["type"], "ERROR");
    assert_eq!(ev["object"]["code"], 410);
    assert_eq!(ev["object"]["reason"], "Expired");
}

#[tokio::test]
async fn namespace_deletion_removes_contents() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let (code, _) = send(
        &c,
        Method::POST,
        format!("{}/api/v1/namespaces", srv.url()),
        Some("application/json"),
        Some(r#"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"tmp"}}"#.into()),
    )
    .await;
    assert_eq!(code, 201);
    let (code, _) = send(
        &c,
        Method::POST,
        format!("{}/api/v1/namespaces/tmp/configmaps", srv.url()),
        Some("application/json"),
        Some(cm("in-tmp", json!({}))),
    )
    .await;
    assert_eq!(code, 201);
    let (code, v) =
        send(&c, Method::DELETE, format!("{}/api/v1/namespaces/tmp", srv.url()), None, None).await;
    // 200 with the terminating namespace, as kube-apiserver answers.
    assert_eq!(code, 200);
    assert_eq!(v["status"]["phase"], "Terminating");
    common::eventually(5, || srv.get_object("v1", "Namespace", None, "tmp").is_none().then_some(())).await;
    assert!(srv.get_object("v1", "ConfigMap", Some("tmp"), "in-tmp").is_none());
    // Cluster-scoped URL forms.
    let (code, _) =
        send(&c, Method::GET, format!("{}/api/v1/namespaces/default", srv.url()), None, None).await;
    assert_eq!(code, 200);
    let (code, _) =
        send(&c, Method::GET, format!("{}/api/v1/namespaces/default/nodes", srv.url()), None, None).await;
    assert_eq!(code, 404);
}

#[tokio::test]
async fn apply_merges_keyed_lists_between_managers() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let url = |mgr: &str| {
        format!("{}/apis/apps/v1/namespaces/default/deployments/kl?fieldManager={mgr}", srv.url())
    };
    let base = |containers: Value| {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "kl"},
               "spec": {"selector": {"matchLabels": {"app": "kl"}},
                        "template": {"metadata": {"labels": {"app": "kl"}}, "spec": {"containers": containers}}}})
        .to_string()
    };
    let (code, v) = send(
        &c,
        Method::PATCH,
        url("a"),
        Some("application/apply-patch+yaml"),
        Some(base(json!([{"name": "app", "image": "app:1"}]))),
    )
    .await;
    assert_eq!(code, 201, "{v}");
    // Manager b adds a sidecar and must not touch a's container: it applies only its own
    // container plus the selector/labels it shares with the same values.
    let (code, v) = send(
        &c,
        Method::PATCH,
        url("b"),
        Some("application/apply-patch+yaml"),
        Some(base(json!([{"name": "sidecar", "image": "side:1"}]))),
    )
    .await;
    assert_eq!(code, 200, "{v}");
    let names: Vec<&str> = v["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["app", "sidecar"]);
    // b changing a's image conflicts, naming the keyed path.
    let (code, err) = send(
        &c,
        Method::PATCH,
        url("b"),
        Some("application/apply-patch+yaml"),
        Some(base(json!([{"name": "app", "image": "app:2"}, {"name": "sidecar", "image": "side:1"}]))),
    )
    .await;
    assert_eq!(code, 409);
    assert_eq!(
        err["message"],
        "Apply failed with 1 conflict: conflict with \"a\": .spec.template.spec.containers[name=\"app\"].image"
    );
    // a drops its container: it is removed, b's stays.
    let (code, v) =
        send(&c, Method::PATCH, url("a"), Some("application/apply-patch+yaml"), Some(base(json!([])))).await;
    assert_eq!(code, 200, "{v}");
    let names: Vec<&str> = v["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, vec!["sidecar"]);
}

#[tokio::test]
async fn http2_clients_work() {
    let srv = TestApiServer::start(Options::default()).await;
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_slice_iter(srv.ca_pem().as_bytes()) {
        roots.add(cert.unwrap()).unwrap();
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_root_certificates(roots)
    .with_no_client_auth();
    cfg.alpn_protocols = vec![b"h2".to_vec()];
    let c = reqwest::Client::builder().tls_backend_preconfigured(cfg).build().unwrap();
    let resp =
        c.get(format!("{}/api/v1/namespaces", srv.url())).bearer_auth(srv.token()).send().await.unwrap();
    assert_eq!(resp.version(), reqwest::Version::HTTP_2);
    let v: Value = resp.json().await.unwrap();
    assert_eq!(v["kind"], "NamespaceList");
    assert!(v["items"].as_array().unwrap().len() >= 4);
}

#[tokio::test]
async fn apply_with_empty_map_does_not_conflict() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let url = |mgr: &str| format!("{}/api/v1/namespaces/default/configmaps/e?fieldManager={mgr}", srv.url());
    let (code, _) = send(
        &c,
        Method::PATCH,
        url("a"),
        Some("application/apply-patch+yaml"),
        Some("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: e\n  labels:\n    x: \"1\"\n".into()),
    )
    .await;
    assert_eq!(code, 201);
    let (code, v) = send(
        &c,
        Method::PATCH,
        url("b"),
        Some("application/apply-patch+yaml"),
        Some("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: e\n  labels: {}\ndata:\n  k: v\n".into()),
    )
    .await;
    assert_eq!(code, 200, "{v}");
    assert_eq!(v["metadata"]["labels"]["x"], "1");
    assert_eq!(v["data"]["k"], "v");
}

#[tokio::test]
async fn delete_answers_200_while_finalizers_hold_and_202_only_for_orphan_dependents_false() {
    let srv = TestApiServer::start(Options::default()).await;
    let c = http(&srv);
    let base = format!("{}/api/v1/namespaces/default/configmaps", srv.url());
    for name in ["held", "legacy"] {
        let body = json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": { "name": name, "finalizers": ["example.com/hold"] },
        });
        let (code, _) =
            send(&c, Method::POST, base.clone(), Some("application/json"), Some(body.to_string())).await;
        assert_eq!(code, 201);
    }
    let (code, v) = send(&c, Method::DELETE, format!("{base}/held"), None, None).await;
    assert_eq!(code, 200);
    assert!(v["metadata"]["deletionTimestamp"].is_string(), "{v}");
    let legacy = Some(r#"{"orphanDependents":false}"#.to_string());
    let (code, _) =
        send(&c, Method::DELETE, format!("{base}/legacy"), Some("application/json"), legacy).await;
    assert_eq!(code, 202);
}
