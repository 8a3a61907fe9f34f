//! The server exercised with a real `kube::Client` loaded from the generated kubeconfig.

mod common;

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Event, Pod};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{
    Api, DeleteParams, DynamicObject, ListParams, Patch, PatchParams, PostParams, WatchEvent, WatchParams,
};
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::discovery::{Discovery, Scope};
use kube::runtime::wait::{await_condition, conditions};
use kube::{Client, Config};
use meshctl_testapi::{Options, TestApiServer};
use serde_json::json;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

async fn client(srv: &TestApiServer) -> Client {
    let kc = Kubeconfig::read_from(srv.kubeconfig_path()).expect("read kubeconfig");
    let cfg = Config::from_custom_kubeconfig(kc, &KubeConfigOptions::default())
        .await
        .expect("config from kubeconfig");
    assert_eq!(cfg.default_namespace, "default");
    Client::try_from(cfg).expect("client")
}

fn configmap(name: &str) -> ConfigMap {
    serde_json::from_value(json!({"metadata": {"name": name, "labels": {"app": "demo"}}, "data": {"k": "v"}}))
        .unwrap()
}

#[tokio::test]
async fn crud_list_watch() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let cms: Api<ConfigMap> = Api::default_namespaced(client.clone());
    let created = cms.create(&PostParams::default(), &configmap("one")).await.unwrap();
    assert!(created.metadata.uid.is_some());
    let got = cms.get("one").await.unwrap();
    assert_eq!(got.data.unwrap()["k"], "v");
    let err = cms.create(&PostParams::default(), &configmap("one")).await.unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert_eq!(s.code, 409);
            assert_eq!(s.reason, "AlreadyExists");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(cms.get_opt("missing").await.unwrap().is_none());

    let list = cms.list(&ListParams::default().labels("app=demo")).await.unwrap();
    assert_eq!(list.items.len(), 1);
    let rv = list.metadata.resource_version.clone().unwrap();

    let mut stream = cms.watch(&WatchParams::default().timeout(5), &rv).await.unwrap().boxed();
    cms.create(&PostParams::default(), &configmap("two")).await.unwrap();
    cms.delete("one", &DeleteParams::default()).await.unwrap();
    let mut seen = Vec::new();
    while let Some(ev) = stream.try_next().await.unwrap() {
        match ev {
            WatchEvent::Added(cm) => seen.push(format!("ADDED {}", cm.metadata.name.unwrap())),
            WatchEvent::Deleted(cm) => seen.push(format!("DELETED {}", cm.metadata.name.unwrap())),
            WatchEvent::Modified(cm) => seen.push(format!("MODIFIED {}", cm.metadata.name.unwrap())),
            _ => {}
        }
        if seen.len() == 2 {
            break;
        }
    }
    assert_eq!(seen, vec!["ADDED two", "DELETED one"]);

    // The runtime watcher (list + watch with bookmarks) sees the state.
    let mut w = kube::runtime::watcher(cms.clone(), kube::runtime::watcher::Config::default()).boxed();
    let mut init_names = Vec::new();
    while let Some(ev) = w.try_next().await.unwrap() {
        match ev {
            kube::runtime::watcher::Event::InitApply(cm) => init_names.push(cm.metadata.name.unwrap()),
            kube::runtime::watcher::Event::InitDone => break,
            _ => {}
        }
    }
    assert_eq!(init_names, vec!["two".to_string()]);
}

#[tokio::test]
async fn server_side_apply_with_kube() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let cms: Api<ConfigMap> = Api::default_namespaced(client);
    let desired =
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ssa"}, "data": {"x": "1"}});
    let a = cms.patch("ssa", &PatchParams::apply("meshctl"), &Patch::Apply(&desired)).await.unwrap();
    assert_eq!(a.data.unwrap()["x"], "1");
    let w = srv.write_count();
    let again = cms.patch("ssa", &PatchParams::apply("meshctl"), &Patch::Apply(&desired)).await.unwrap();
    assert_eq!(again.metadata.resource_version, a.metadata.resource_version);
    assert_eq!(srv.write_count(), w);
    let other =
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ssa"}, "data": {"x": "2"}});
    let err = cms.patch("ssa", &PatchParams::apply("other"), &Patch::Apply(&other)).await.unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert_eq!(s.code, 409);
            assert!(s.message.contains("conflict with \"meshctl\": .data.x"), "{}", s.message);
        }
        e => panic!("unexpected {e:?}"),
    }
    let forced = cms.patch("ssa", &PatchParams::apply("other").force(), &Patch::Apply(&other)).await.unwrap();
    assert_eq!(forced.data.unwrap()["x"], "2");
    // Dry-run apply is not stored.
    let dry =
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ssa"}, "data": {"x": "3"}});
    let mut pp = PatchParams::apply("other");
    pp.dry_run = true;
    let r = cms.patch("ssa", &pp, &Patch::Apply(&dry)).await.unwrap();
    assert_eq!(r.data.unwrap()["x"], "3");
    assert_eq!(cms.get("ssa").await.unwrap().data.unwrap()["x"], "2");
}

#[tokio::test]
async fn crd_established_then_custom_resources_and_discovery() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    let crd: CustomResourceDefinition = serde_json::from_value(json!({
        "metadata": {"name": "widgets.example.com"},
        "spec": {"group": "example.com", "scope": "Namespaced",
                 "names": {"plural": "widgets", "singular": "widget", "kind": "Widget", "shortNames": ["wg"]},
                 "versions": [{"name": "v1", "served": true, "storage": true,
                               "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}},
                               "subresources": {"status": {}}}]}
    }))
    .unwrap();
    crds.create(&PostParams::default(), &crd).await.unwrap();
    // Before establishment, the resource is not served.
    let (code, _) = common::send(
        &common::http(&srv),
        reqwest::Method::GET,
        format!("{}/apis/example.com/v1/namespaces/default/widgets", srv.url()),
        None,
        None,
    )
    .await;
    assert_eq!(code, 404);
    tokio::time::timeout(
        Duration::from_secs(5),
        await_condition(crds.clone(), "widgets.example.com", conditions::is_crd_established()),
    )
    .await
    .expect("established in time")
    .unwrap();

    let discovery = Discovery::new(client.clone()).run().await.unwrap();
    let (ar, caps) = discovery
        .resolve_gvk(&kube::core::GroupVersionKind::gvk("example.com", "v1", "Widget"))
        .expect("Widget discovered");
    assert_eq!(caps.scope, Scope::Namespaced);
    assert_eq!(ar.plural, "widgets");
    assert!(discovery.get("apps").is_some());

    let aggregated = Discovery::new(client.clone()).run_aggregated().await.unwrap();
    assert!(
        aggregated.resolve_gvk(&kube::core::GroupVersionKind::gvk("example.com", "v1", "Widget")).is_some()
    );

    let widgets: Api<DynamicObject> = Api::default_namespaced_with(client.clone(), &ar);
    let w: DynamicObject = serde_json::from_value(json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w1"}, "spec": {"size": 3}})).unwrap();
    widgets.create(&PostParams::default(), &w).await.unwrap();
    let list = widgets.list(&ListParams::default()).await.unwrap();
    assert_eq!(list.items.len(), 1);
    assert_eq!(list.items[0].data["spec"]["size"], 3);
    let got = widgets.get("w1").await.unwrap();
    assert_eq!(got.metadata.generation, Some(1));
    // Strategic merge patch is not supported for custom resources.
    let err = widgets
        .patch("w1", &PatchParams::default(), &Patch::Strategic(json!({"spec": {"size": 4}})))
        .await
        .unwrap_err();
    assert!(matches!(err, kube::Error::Api(ref s) if s.code == 415), "{err:?}");
    let p = widgets
        .patch("w1", &PatchParams::default(), &Patch::Merge(json!({"spec": {"size": 4}})))
        .await
        .unwrap();
    assert_eq!(p.metadata.generation, Some(2));

    // Deleting the CRD removes its custom resources and the endpoint.
    crds.delete("widgets.example.com", &DeleteParams::default()).await.unwrap();
    common::eventually(5, || srv.list_objects("example.com/v1", "Widget", None).is_empty().then_some(()))
        .await;
}

#[tokio::test]
async fn deployment_becomes_available_and_cleans_up() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let deps: Api<Deployment> = Api::default_namespaced(client.clone());
    let pods: Api<Pod> = Api::default_namespaced(client.clone());
    let d: Deployment = serde_json::from_value(json!({
        "metadata": {"name": "web"},
        "spec": {"replicas": 2, "selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "app", "image": "nginx:1.27"}]}}}
    }))
    .unwrap();
    deps.create(&PostParams::default(), &d).await.unwrap();
    let ready = tokio::time::timeout(
        Duration::from_secs(10),
        await_condition(deps.clone(), "web", |d: Option<&Deployment>| {
            d.and_then(|d| d.status.as_ref())
                .is_some_and(|s| s.available_replicas == Some(2) && s.ready_replicas == Some(2))
        }),
    )
    .await
    .expect("available in time")
    .unwrap()
    .unwrap();
    let st = ready.status.unwrap();
    assert_eq!(st.observed_generation, ready.metadata.generation);
    assert_eq!(st.updated_replicas, Some(2));
    let conds = st.conditions.unwrap();
    assert!(conds.iter().any(|c| c.type_ == "Available" && c.status == "True"));
    let list = pods.list(&ListParams::default().labels("app=web")).await.unwrap();
    assert_eq!(list.items.len(), 2);
    for p in &list.items {
        let s = p.status.as_ref().unwrap();
        assert_eq!(s.phase.as_deref(), Some("Running"));
        assert!(s.conditions.as_ref().unwrap().iter().any(|c| c.type_ == "Ready" && c.status == "True"));
        assert_eq!(p.spec.as_ref().unwrap().containers[0].image.as_deref(), Some("nginx:1.27"));
    }
    assert_eq!(srv.list_objects("apps/v1", "ReplicaSet", Some("default")).len(), 1);

    // Scale down through a patch: generation and observedGeneration move.
    deps.patch("web", &PatchParams::default(), &Patch::Merge(json!({"spec": {"replicas": 1}})))
        .await
        .unwrap();
    tokio::time::timeout(
        Duration::from_secs(10),
        await_condition(deps.clone(), "web", |d: Option<&Deployment>| {
            d.is_some_and(|d| {
                d.metadata.generation == Some(2)
                    && d.status
                        .as_ref()
                        .is_some_and(|s| s.observed_generation == Some(2) && s.replicas == Some(1))
            })
        }),
    )
    .await
    .expect("scaled in time")
    .unwrap();

    deps.delete("web", &DeleteParams::default()).await.unwrap();
    common::eventually(5, || srv.list_objects("v1", "Pod", Some("default")).is_empty().then_some(())).await;
    assert!(srv.list_objects("apps/v1", "ReplicaSet", Some("default")).is_empty());
}

#[tokio::test]
async fn never_ready_deployment_reports_image_pull_backoff() {
    let srv = TestApiServer::start(Options::default()).await;
    srv.set_ready_delay(Duration::from_millis(50));
    srv.set_deployment_never_ready("default", "broken");
    let client = client(&srv).await;
    let deps: Api<Deployment> = Api::default_namespaced(client.clone());
    let d: Deployment = serde_json::from_value(json!({
        "metadata": {"name": "broken"},
        "spec": {"selector": {"matchLabels": {"app": "broken"}},
                 "template": {"metadata": {"labels": {"app": "broken"}}, "spec": {"containers": [{"name": "app", "image": "does-not-exist:1"}]}}}
    }))
    .unwrap();
    deps.create(&PostParams::default(), &d).await.unwrap();
    let pods: Api<Pod> = Api::default_namespaced(client.clone());
    let pod = loop {
        let list = pods.list(&ListParams::default().labels("app=broken")).await.unwrap();
        let waiting = list.items.into_iter().find(|p| {
            p.status
                .as_ref()
                .and_then(|s| s.container_statuses.as_ref())
                .and_then(|cs| cs.first())
                .and_then(|c| c.state.as_ref())
                .and_then(|s| s.waiting.as_ref())
                .is_some()
        });
        if let Some(p) = waiting {
            break p;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let status = pod.status.unwrap();
    assert_eq!(status.phase.as_deref(), Some("Pending"));
    let waiting = status.container_statuses.unwrap()[0].state.clone().unwrap().waiting.unwrap();
    assert_eq!(waiting.reason.as_deref(), Some("ImagePullBackOff"));
    let events: Api<Event> = Api::default_namespaced(client.clone());
    let name = pod.metadata.name.unwrap();
    let evs =
        events.list(&ListParams::default().fields(&format!("involvedObject.name={name}"))).await.unwrap();
    assert!(evs.items.iter().any(|e| e.reason.as_deref() == Some("BackOff")));
    assert!(
        evs.items
            .iter()
            .any(|e| e.reason.as_deref() == Some("Failed") && e.type_.as_deref() == Some("Warning"))
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    let d = deps.get("broken").await.unwrap();
    let st = d.status.unwrap();
    assert_eq!(st.available_replicas, None);
    assert!(st.conditions.unwrap().iter().any(|c| c.type_ == "Available" && c.status == "False"));
}

async fn echo_server() -> std::net::SocketAddr {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = l.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((mut s, _)) = l.accept().await else {
                return;
            };
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                loop {
                    match s.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => {
                            if s.write_all(&buf[..n]).await.is_err() {
                                return;
                            }
                        }
                    }
                }
            });
        }
    });
    addr
}

#[tokio::test]
async fn portforward_to_echo_server() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let pods: Api<Pod> = Api::default_namespaced(client.clone());
    let p: Pod = serde_json::from_value(
        json!({"metadata": {"name": "echo"}, "spec": {"containers": [{"name": "c", "image": "echo:1"}]}}),
    )
    .unwrap();
    pods.create(&PostParams::default(), &p).await.unwrap();
    tokio::time::timeout(
        Duration::from_secs(5),
        await_condition(pods.clone(), "echo", conditions::is_pod_running()),
    )
    .await
    .expect("running in time")
    .unwrap();
    let addr = echo_server().await;
    srv.set_pod_port_target("default", "echo", 8080, addr);
    srv.set_pod_port_target("default", "echo", 9090, addr);

    // Several concurrent forwards, each with its own WebSocket.
    let mut tasks = Vec::new();
    for i in 0..4u8 {
        let pods = pods.clone();
        tasks.push(tokio::spawn(async move {
            let mut pf = pods.portforward("echo", &[8080, 9090]).await.unwrap();
            for port in [8080u16, 9090] {
                let mut s = pf.take_stream(port).unwrap();
                let msg = format!("hello {i} via {port}");
                s.write_all(msg.as_bytes()).await.unwrap();
                let mut buf = vec![0u8; msg.len()];
                s.read_exact(&mut buf).await.unwrap();
                assert_eq!(buf, msg.as_bytes());
            }
            pf.abort();
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }

    // A port without a target reports on the error channel.
    let mut pf = pods.portforward("echo", &[7000]).await.unwrap();
    let err = pf.take_error(7000).unwrap().await;
    assert!(err.is_some_and(|e| e.contains("7000")));

    // A missing pod is a 404.
    let err = pods.portforward("nope", &[8080]).await.err().expect("must fail");
    assert!(matches!(err, kube::Error::Api(ref s) if s.code == 404), "{err:?}");

    // Forbidden port-forward.
    srv.forbid("create", "pods/portforward");
    let err = pods.portforward("echo", &[8080]).await.err().expect("must fail");
    assert!(matches!(err, kube::Error::Api(ref s) if s.code == 403), "{err:?}");
}

#[test]
fn blocking_start_for_sync_tests() {
    let srv = TestApiServer::start_blocking(Options::default());
    let kc = std::fs::read_to_string(srv.kubeconfig_path()).unwrap();
    assert!(kc.contains(&srv.url()));
    assert!(kc.contains("current-context: test"));
    assert!(kc.contains("namespace: default"));
    srv.put_object(json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "seeded"}}));
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let client = client(&srv).await;
        let cms: Api<ConfigMap> = Api::default_namespaced(client);
        assert!(cms.get("seeded").await.is_ok());
    });
    assert_eq!(srv.write_count(), 0);
    assert!(
        srv.requests()
            .iter()
            .any(|r| r.method == "GET" && r.path == "/api/v1/namespaces/default/configmaps/seeded")
    );
}

/// Lists come in etcd's order, by the bytes of `namespace/name` (kube-apiserver 1.36 lists
/// `lead-pg-b/x` before `lead-pg/x`: `-` sorts before `/`), and pages across namespaces that
/// share a prefix neither skip nor repeat an object.
#[tokio::test]
async fn list_order_and_pages_across_namespaces() {
    let srv = TestApiServer::start(Options::default()).await;
    let mut objs = Vec::new();
    for ns in ["pg", "pg-b", "pg.c", "pgc"] {
        objs.push(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
        for name in ["x", "y"] {
            objs.push(
                json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": ns}}),
            );
        }
    }
    srv.put_objects(objs);
    let client = client(&srv).await;
    let cms: Api<ConfigMap> = Api::all(client.clone());
    let want = ["pg-b/x", "pg-b/y", "pg.c/x", "pg.c/y", "pg/x", "pg/y", "pgc/x", "pgc/y"];
    let key = |c: &ConfigMap| {
        format!("{}/{}", c.metadata.namespace.clone().unwrap(), c.metadata.name.clone().unwrap())
    };
    let names = |l: kube::core::ObjectList<ConfigMap>| {
        l.items.iter().map(key).filter(|k| k.starts_with("pg")).collect::<Vec<_>>()
    };
    assert_eq!(names(cms.list(&ListParams::default()).await.unwrap()), want);
    for limit in [1, 3] {
        let mut seen = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut lp = ListParams::default().limit(limit);
            if let Some(t) = &token {
                lp = lp.continue_token(t);
            }
            let page = cms.list(&lp).await.unwrap();
            token = page.metadata.continue_.clone().filter(|c| !c.is_empty());
            seen.extend(names(page));
            if token.is_none() {
                break;
            }
        }
        assert_eq!(seen, want, "pages of {limit}");
    }
    // One namespace's pages stay in it.
    let pg: Api<ConfigMap> = Api::namespaced(client, "pg");
    let first = pg.list(&ListParams::default().limit(1)).await.unwrap();
    assert_eq!(first.metadata.remaining_item_count, Some(1));
    let rest = pg
        .list(&ListParams::default().limit(1).continue_token(first.metadata.continue_.as_deref().unwrap()))
        .await
        .unwrap();
    assert_eq!(rest.items.iter().map(key).collect::<Vec<_>>(), ["pg/y"]);
    assert!(rest.metadata.continue_.is_none_or(|c| c.is_empty()));
}

#[tokio::test]
async fn pagination_metadata_only_and_scale() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let cms: Api<ConfigMap> = Api::default_namespaced(client.clone());
    for i in 0..5 {
        cms.create(&PostParams::default(), &configmap(&format!("cm-{i}"))).await.unwrap();
    }
    // Paged list: 2 + 2 + 1 with continue tokens at a fixed resourceVersion.
    let mut names = Vec::new();
    let mut token: Option<String> = None;
    let mut pages = 0;
    let mut list_rv = None;
    loop {
        let mut lp = ListParams::default().limit(2);
        if let Some(t) = &token {
            lp = lp.continue_token(t);
        }
        let page = cms.list(&lp).await.unwrap();
        pages += 1;
        if pages == 1 {
            assert_eq!(page.metadata.remaining_item_count, Some(3));
            list_rv = page.metadata.resource_version.clone();
        } else {
            assert_eq!(page.metadata.resource_version, list_rv);
        }
        names.extend(page.items.into_iter().map(|c| c.metadata.name.unwrap()));
        token = page.metadata.continue_.filter(|c| !c.is_empty());
        if token.is_none() {
            break;
        }
    }
    assert_eq!(pages, 3);
    assert_eq!(names, vec!["cm-0", "cm-1", "cm-2", "cm-3", "cm-4"]);
    let err = cms.list(&ListParams::default().continue_token("garbage")).await.unwrap_err();
    assert!(matches!(err, kube::Error::Api(ref s) if s.code == 400), "{err:?}");

    // The runtime watcher pages through the initial list.
    let cfg = kube::runtime::watcher::Config::default().page_size(2);
    let mut w = kube::runtime::watcher(cms.clone(), cfg).boxed();
    let mut n = 0;
    while let Some(ev) = w.try_next().await.unwrap() {
        match ev {
            kube::runtime::watcher::Event::InitApply(_) => n += 1,
            kube::runtime::watcher::Event::InitDone => break,
            _ => {}
        }
    }
    assert_eq!(n, 5);

    // Metadata-only list and get.
    let meta = cms.list_metadata(&ListParams::default()).await.unwrap();
    assert_eq!(meta.items.len(), 5);
    assert_eq!(meta.items[0].metadata.labels.as_ref().unwrap()["app"], "demo");
    let one = cms.get_metadata("cm-1").await.unwrap();
    assert_eq!(one.metadata.name.as_deref(), Some("cm-1"));

    // Scale subresource.
    let deps: Api<Deployment> = Api::default_namespaced(client.clone());
    let d: Deployment = serde_json::from_value(json!({
        "metadata": {"name": "sc"},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "sc"}},
                 "template": {"metadata": {"labels": {"app": "sc"}}, "spec": {"containers": [{"name": "app", "image": "x:1"}]}}}
    }))
    .unwrap();
    deps.create(&PostParams::default(), &d).await.unwrap();
    let scale = deps.get_scale("sc").await.unwrap();
    assert_eq!(scale.spec.unwrap().replicas, Some(1));
    assert_eq!(scale.status.unwrap().selector.as_deref(), Some("app=sc"));
    let s = deps
        .patch_scale("sc", &PatchParams::default(), &Patch::Merge(json!({"spec": {"replicas": 3}})))
        .await
        .unwrap();
    assert_eq!(s.spec.unwrap().replicas, Some(3));
    assert_eq!(deps.get("sc").await.unwrap().spec.unwrap().replicas, Some(3));
    common::eventually(5, || (srv.list_objects("v1", "Pod", Some("default")).len() == 3).then_some(())).await;
}

#[tokio::test]
async fn streaming_list_watcher_and_cluster_scoped_custom_resources() {
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let cms: Api<ConfigMap> = Api::default_namespaced(client.clone());
    cms.create(&PostParams::default(), &configmap("s1")).await.unwrap();
    // sendInitialEvents=true: ADDED events, then the initial-events-end bookmark.
    let cfg = kube::runtime::watcher::Config::default().streaming_lists();
    let mut w = kube::runtime::watcher(cms.clone(), cfg).boxed();
    let mut names = Vec::new();
    while let Some(ev) =
        tokio::time::timeout(Duration::from_secs(5), w.try_next()).await.expect("no stall").unwrap()
    {
        match ev {
            kube::runtime::watcher::Event::InitApply(cm) => names.push(cm.metadata.name.unwrap()),
            kube::runtime::watcher::Event::InitDone => break,
            _ => {}
        }
    }
    assert_eq!(names, vec!["s1".to_string()]);
    cms.create(&PostParams::default(), &configmap("s2")).await.unwrap();
    let next =
        tokio::time::timeout(Duration::from_secs(5), w.try_next()).await.expect("event").unwrap().unwrap();
    assert!(
        matches!(next, kube::runtime::watcher::Event::Apply(ref cm) if cm.metadata.name.as_deref() == Some("s2"))
    );

    // A cluster-scoped CRD serves its resources without a namespace.
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    let crd: CustomResourceDefinition = serde_json::from_value(json!({
        "metadata": {"name": "meshes.example.com"},
        "spec": {"group": "example.com", "scope": "Cluster",
                 "names": {"plural": "meshes", "kind": "Mesh"},
                 "versions": [{"name": "v1alpha1", "served": true, "storage": true,
                               "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}
    }))
    .unwrap();
    crds.create(&PostParams::default(), &crd).await.unwrap();
    let bad: CustomResourceDefinition = serde_json::from_value(json!({
        "metadata": {"name": "wrong.example.com"},
        "spec": {"group": "example.com", "scope": "Cluster", "names": {"plural": "meshes2", "kind": "Mesh2"},
                 "versions": [{"name": "v1", "served": true, "storage": true}]}
    }))
    .unwrap();
    let err = crds.create(&PostParams::default(), &bad).await.unwrap_err();
    assert!(matches!(err, kube::Error::Api(ref s) if s.code == 422), "{err:?}");
    tokio::time::timeout(
        Duration::from_secs(5),
        await_condition(crds.clone(), "meshes.example.com", conditions::is_crd_established()),
    )
    .await
    .unwrap()
    .unwrap();
    let ar = kube::discovery::ApiResource::from_gvk_with_plural(
        &kube::core::GroupVersionKind::gvk("example.com", "v1alpha1", "Mesh"),
        "meshes",
    );
    let meshes: Api<DynamicObject> = Api::all_with(client.clone(), &ar);
    let m: DynamicObject = serde_json::from_value(json!({"apiVersion": "example.com/v1alpha1", "kind": "Mesh", "metadata": {"name": "default"}, "spec": {"mtls": true}})).unwrap();
    let created = meshes.create(&PostParams::default(), &m).await.unwrap();
    assert_eq!(created.metadata.namespace, None);
    assert_eq!(meshes.get("default").await.unwrap().data["spec"]["mtls"], true);
    let (code, _) = common::send(
        &common::http(&srv),
        reqwest::Method::GET,
        format!("{}/apis/example.com/v1alpha1/namespaces/default/meshes/default", srv.url()),
        None,
        None,
    )
    .await;
    assert_eq!(code, 404);
}

#[tokio::test]
async fn statefulset_daemonset_rollout_and_delete_responses() {
    use k8s_openapi::api::apps::v1::{DaemonSet, ReplicaSet, StatefulSet};
    use k8s_openapi::api::core::v1::Service;
    use k8s_openapi::api::rbac::v1::ClusterRole;
    let srv = TestApiServer::start(Options::default()).await;
    let client = client(&srv).await;
    let tpl = |app: &str, image: &str| json!({"metadata": {"labels": {"app": app}}, "spec": {"containers": [{"name": "c", "image": image}]}});
    let sts: Api<StatefulSet> = Api::default_namespaced(client.clone());
    sts.create(&PostParams::default(), &serde_json::from_value(json!({
        "metadata": {"name": "db"},
        "spec": {"replicas": 2, "serviceName": "db", "selector": {"matchLabels": {"app": "db"}}, "template": tpl("db", "db:1")}
    })).unwrap()).await.unwrap();
    let ds: Api<DaemonSet> = Api::default_namespaced(client.clone());
    ds.create(
        &PostParams::default(),
        &serde_json::from_value(json!({
            "metadata": {"name": "agent"},
            "spec": {"selector": {"matchLabels": {"app": "agent"}}, "template": tpl("agent", "agent:1")}
        }))
        .unwrap(),
    )
    .await
    .unwrap();
    tokio::time::timeout(
        Duration::from_secs(10),
        await_condition(sts.clone(), "db", |s: Option<&StatefulSet>| {
            s.and_then(|s| s.status.as_ref()).is_some_and(|st| st.ready_replicas == Some(2))
        }),
    )
    .await
    .unwrap()
    .unwrap();
    tokio::time::timeout(
        Duration::from_secs(10),
        await_condition(ds.clone(), "agent", |d: Option<&DaemonSet>| {
            d.and_then(|d| d.status.as_ref())
                .is_some_and(|st| st.number_ready == 1 && st.desired_number_scheduled == 1)
        }),
    )
    .await
    .unwrap()
    .unwrap();
    let pods: Api<Pod> = Api::default_namespaced(client.clone());
    assert!(pods.get("db-0").await.is_ok() && pods.get("db-1").await.is_ok());

    // Rollout: a template change creates a new ReplicaSet and scales the old one to zero.
    let deps: Api<Deployment> = Api::default_namespaced(client.clone());
    deps.create(
        &PostParams::default(),
        &serde_json::from_value(json!({
            "metadata": {"name": "roll"},
            "spec": {"selector": {"matchLabels": {"app": "roll"}}, "template": tpl("roll", "roll:1")}
        }))
        .unwrap(),
    )
    .await
    .unwrap();
    common::eventually(5, || {
        (srv.list_objects("apps/v1", "ReplicaSet", Some("default")).len() == 1).then_some(())
    })
    .await;
    deps.patch(
        "roll",
        &PatchParams::default(),
        &Patch::Strategic(
            json!({"spec": {"template": {"spec": {"containers": [{"name": "c", "image": "roll:2"}]}}}}),
        ),
    )
    .await
    .unwrap();
    tokio::time::timeout(
        Duration::from_secs(10),
        await_condition(deps.clone(), "roll", |d: Option<&Deployment>| {
            d.and_then(|d| d.status.as_ref()).is_some_and(|s| {
                s.observed_generation == Some(2)
                    && s.updated_replicas == Some(1)
                    && s.available_replicas == Some(1)
                    && s.replicas == Some(1)
            })
        }),
    )
    .await
    .unwrap()
    .unwrap();
    let rss: Api<ReplicaSet> = Api::default_namespaced(client.clone());
    let mut replicas: Vec<i32> = rss
        .list(&ListParams::default().labels("app=roll"))
        .await
        .unwrap()
        .items
        .iter()
        .map(|r| r.spec.as_ref().unwrap().replicas.unwrap())
        .collect();
    replicas.sort();
    assert_eq!(replicas, vec![0, 1]);
    let running: Vec<Pod> = pods.list(&ListParams::default().labels("app=roll")).await.unwrap().items;
    assert_eq!(running.len(), 1);
    assert_eq!(running[0].spec.as_ref().unwrap().containers[0].image.as_deref(), Some("roll:2"));

    // Delete answers: Services return the object, ConfigMaps a Status.
    let svcs: Api<Service> = Api::default_namespaced(client.clone());
    svcs.create(
        &PostParams::default(),
        &serde_json::from_value(json!({"metadata": {"name": "s"}, "spec": {"ports": [{"port": 80}]}}))
            .unwrap(),
    )
    .await
    .unwrap();
    let s = svcs.get("s").await.unwrap();
    assert!(s.spec.as_ref().unwrap().cluster_ip.as_deref().is_some_and(|ip| ip.starts_with("10.96.")));
    assert_eq!(s.spec.unwrap().ports.unwrap()[0].protocol.as_deref(), Some("TCP"));
    assert!(svcs.delete("s", &DeleteParams::default()).await.unwrap().is_left());
    let cms: Api<ConfigMap> = Api::default_namespaced(client.clone());
    cms.create(&PostParams::default(), &configmap("gone")).await.unwrap();
    assert!(cms.delete("gone", &DeleteParams::default()).await.unwrap().is_right());

    // Names needing escaping, cluster scope.
    let roles: Api<ClusterRole> = Api::all(client.clone());
    roles
        .create(
            &PostParams::default(),
            &serde_json::from_value(json!({"metadata": {"name": "system:meshctl"}, "rules": []})).unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(roles.get("system:meshctl").await.unwrap().metadata.name.as_deref(), Some("system:meshctl"));

    // Finalizers hold a delete until they are removed.
    let mut held = configmap("held");
    held.metadata.finalizers = Some(vec!["example.com/hold".into()]);
    cms.create(&PostParams::default(), &held).await.unwrap();
    let r = cms.delete("held", &DeleteParams::default()).await.unwrap();
    assert!(r.left().unwrap().metadata.deletion_timestamp.is_some());
    assert!(cms.get("held").await.is_ok());
    cms.patch("held", &PatchParams::default(), &Patch::Merge(json!({"metadata": {"finalizers": null}})))
        .await
        .unwrap();
    assert!(cms.get_opt("held").await.unwrap().is_none());
}

#[tokio::test]
async fn self_subject_access_review_reflects_forbid_rules() {
    use k8s_openapi::api::authorization::v1::SelfSubjectAccessReview;
    let srv = TestApiServer::start(Options::default()).await;
    srv.forbid("create", "pods/portforward");
    srv.forbid("*", "secrets");
    let client = client(&srv).await;
    let reviews: Api<SelfSubjectAccessReview> = Api::all(client.clone());
    let ask = |verb: &str, resource: &str, sub: &str| -> SelfSubjectAccessReview {
        serde_json::from_value(json!({"spec": {"resourceAttributes": {"namespace": "default", "verb": verb, "group": "", "resource": resource, "subresource": sub}}})).unwrap()
    };
    let allowed = |r: SelfSubjectAccessReview| r.status.unwrap().allowed;
    assert!(!allowed(
        reviews.create(&PostParams::default(), &ask("create", "pods", "portforward")).await.unwrap()
    ));
    assert!(allowed(reviews.create(&PostParams::default(), &ask("get", "pods", "")).await.unwrap()));
    assert!(!allowed(reviews.create(&PostParams::default(), &ask("list", "secrets", "")).await.unwrap()));
    assert_eq!(srv.write_count(), 0);
    let d = Discovery::new(client).run().await.unwrap();
    assert!(d.get("authorization.k8s.io").is_some());
}
