//! The rules of meshctl's Istio CRDs, family by family (`tests/testdata/crd_rules/`): each
//! fixture's `bad` object is refused by the test API server (422, a cause on the field its
//! `# rejects:` comment names) and reported by `meshctl analyze` as IST0106 at that file and
//! line; its `good` object passes both. Regression for issues 11 and 12: meshctl's CRDs
//! carried none of upstream's CEL rules or `oneOf` groups, and one bad enum value gave two
//! IST0106 messages.

use std::path::{Path, PathBuf};

use kube::api::{Api, ApiResource, DynamicObject, Patch, PatchParams, PostParams};
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::core::GroupVersionKind;
use kube::{Client, Config};
use meshctl_testapi::{Options, TestApiServer};
use serde_json::{Value, json};

use crate::support::meshctl;

const NAMESPACE: &str = "crd-tests";

/// One rule family: its file, the field the bad object breaks, and the line saying so.
struct Case {
    file: PathBuf,
    field: String,
    line: usize,
    bad: Value,
    good: Value,
}

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/crd_rules");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).unwrap();
            let (line, field) = text
                .lines()
                .enumerate()
                .find_map(|(i, l)| l.split_once("# rejects: ").map(|(_, f)| (i + 1, f.trim().to_string())))
                .unwrap_or_else(|| panic!("{}: no `# rejects:` line", file.display()));
            let docs: Vec<Value> = serde_saphyr::from_multiple(&text).unwrap();
            let [bad, good] =
                <[Value; 2]>::try_from(docs).unwrap_or_else(|_| panic!("{}: two documents", file.display()));
            assert_eq!(
                (bad["metadata"]["name"].as_str(), good["metadata"]["name"].as_str()),
                (Some("bad"), Some("good"))
            );
            Case { file, field, line, bad, good }
        })
        .collect()
}

#[test]
fn every_family_has_a_fixture_pair() {
    // The families of rules upstream's CRDs enforce, each covered by at least one fixture.
    let cases = cases();
    assert!(cases.len() >= 60, "{} fixtures", cases.len());
    // Every kind meshctl installs a CRD for, so a new CRD without fixtures fails here.
    let kinds: Vec<String> = meshctl::assets::crds()
        .iter()
        .map(|(crd, _)| crd["spec"]["names"]["kind"].as_str().unwrap().to_string())
        .collect();
    assert!(kinds.len() >= 14, "{kinds:?}");
    for kind in &kinds {
        assert!(cases.iter().any(|c| c.bad["kind"] == kind.as_str()), "no fixture for {kind}");
    }
}

#[test]
fn analyze_reports_each_bad_object_once_at_its_field() {
    let cases = cases();
    let dir = cases[0].file.parent().unwrap();
    let out = meshctl().args(["analyze", "--use-kube=false", "-A", "-o", "json"]).arg(dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let messages: Vec<Value> = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{e}: {stdout}\n{}", String::from_utf8_lossy(&out.stderr)));
    let ist0106: Vec<&Value> = messages.iter().filter(|m| m["code"] == "IST0106").collect();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file.file_name().unwrap().to_string_lossy().to_string();
        let kind = case.bad["kind"].as_str().unwrap();
        let of = |obj: &str| -> Vec<&&Value> {
            ist0106
                .iter()
                .filter(|m| {
                    m["origin"] == format!("{kind} {NAMESPACE}/{obj}")
                        && m["reference"].as_str().is_some_and(|r| r.contains(&format!("/{name}:")))
                })
                .collect()
        };
        let bad = of("bad");
        let want = format!("/{name}:{}", case.line);
        let prefix = format!("the resource does not match its schema: {}: ", case.field);
        if bad.len() != 1
            || !bad[0]["reference"].as_str().unwrap().ends_with(&want)
            || !bad[0]["message"].as_str().unwrap().starts_with(&prefix)
        {
            failures.push(format!(
                "{name}: want one IST0106 at line {} on {}, got {bad:?}",
                case.line, case.field
            ));
        }
        let good = of("good");
        if !good.is_empty() {
            failures.push(format!("{name}: the good object gave {good:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn one_bad_enum_value_is_one_message() {
    // Regression (issue 12): the built-in check and the schema both reported it.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ap.yaml");
    std::fs::write(
        &file,
        "apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: ap\n  namespace: default\nspec:\n  action: PERMIT\n",
    )
    .unwrap();
    let out = meshctl().args(["analyze", "--use-kube=false", "-o", "json"]).arg(&file).output().unwrap();
    let messages: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let ist0106: Vec<&Value> = messages.iter().filter(|m| m["code"] == "IST0106").collect();
    assert_eq!(ist0106.len(), 1, "{ist0106:#?}");
    assert!(ist0106[0]["reference"].as_str().unwrap().ends_with("ap.yaml:7"), "{ist0106:#?}");
    assert!(ist0106[0]["message"].as_str().unwrap().contains("spec.action: unsupported value \"PERMIT\""));
}

async fn client(srv: &TestApiServer) -> Client {
    let kc = Kubeconfig::read_from(srv.kubeconfig_path()).unwrap();
    let cfg = Config::from_custom_kubeconfig(kc, &KubeConfigOptions::default()).await.unwrap();
    Client::try_from(cfg).unwrap()
}

async fn server_with_crds() -> (TestApiServer, Client) {
    let srv = TestApiServer::start(Options::default()).await;
    for (crd, _) in meshctl::assets::crds() {
        srv.put_object(crd);
    }
    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NAMESPACE}}));
    let client = client(&srv).await;
    // CRDs become Established (and their kinds served) shortly after they are stored.
    for _ in 0..100 {
        if kube::discovery::Discovery::new(client.clone())
            .run()
            .await
            .is_ok_and(|d| d.groups().any(|g| g.name() == "telemetry.istio.io"))
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    (srv, client)
}

fn api_for(client: &Client, obj: &Value) -> Api<DynamicObject> {
    let (group, version) = obj["apiVersion"].as_str().unwrap().split_once('/').unwrap();
    let gvk = GroupVersionKind::gvk(group, version, obj["kind"].as_str().unwrap());
    Api::namespaced_with(client.clone(), NAMESPACE, &ApiResource::from_gvk(&gvk))
}

fn dynamic(obj: &Value) -> DynamicObject {
    serde_json::from_value(obj.clone()).unwrap()
}

/// The causes of a 422, as (field, message); panics on any other outcome.
fn causes<T: std::fmt::Debug>(what: &str, res: Result<T, kube::Error>) -> Vec<(String, String)> {
    match res {
        Err(kube::Error::Api(s)) if s.code == 422 && s.reason == "Invalid" => s
            .details
            .map(|d| d.causes.into_iter().map(|c| (c.field, c.message)).collect())
            .unwrap_or_default(),
        other => panic!("{what}: want 422 Invalid, got {other:?}"),
    }
}

/// Whether kube-apiserver's causes name `field`: on the field itself, or (for `oneOf`) on the
/// object with the field in the message, map keys after a dot.
fn names_field(causes: &[(String, String)], field: &str) -> bool {
    let mut openapi = String::new();
    let mut rest = field;
    while let Some(open) = rest.find('[') {
        let close = open + rest[open..].find(']').unwrap();
        let inner = &rest[open + 1..close];
        openapi.push_str(&rest[..open]);
        if inner.bytes().all(|b| b.is_ascii_digit()) {
            openapi.push_str(&rest[open..=close]);
        } else {
            openapi.push('.');
            openapi.push_str(inner);
        }
        rest = &rest[close + 1..];
    }
    openapi.push_str(rest);
    causes.iter().any(|(f, m)| {
        (f == field && m.starts_with("Invalid value: "))
            || (f == "<nil>"
                && m.contains(&format!("\"{openapi}\" must validate one and only one schema (oneOf)")))
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_test_api_server_refuses_bad_objects_and_accepts_good_ones() {
    let (_srv, client) = server_with_crds().await;
    let mut failures = Vec::new();
    for case in cases() {
        let name = case.file.file_name().unwrap().to_string_lossy().to_string();
        let api = api_for(&client, &case.bad);
        let res = api.create(&PostParams::default(), &dynamic(&case.bad)).await;
        match res {
            Err(kube::Error::Api(s)) if s.code == 422 => {
                let c = causes(&name, Err::<(), _>(kube::Error::Api(s)));
                if !names_field(&c, &case.field) {
                    failures.push(format!("{name}: causes do not name {}: {c:?}", case.field));
                }
            }
            other => failures.push(format!("{name}: bad object not refused: {other:?}")),
        }
        // Each good object under its file's name: they all stay stored side by side.
        let mut good = case.good.clone();
        good["metadata"]["name"] = json!(case.file.file_stem().unwrap().to_string_lossy());
        if let Err(e) = api.create(&PostParams::default(), &dynamic(&good)).await {
            failures.push(format!("{name}: good object refused: {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_write_path_enforces_the_rules() {
    let (srv, client) = server_with_crds().await;
    let case = cases().into_iter().find(|c| c.file.ends_with("serviceentry-wildcard-host.yaml")).unwrap();
    let api = api_for(&client, &case.bad);
    let mut bad = case.bad.clone();
    bad["metadata"]["name"] = json!("good");

    // Dry-run create: refused the same way, nothing stored.
    let dry = PostParams { dry_run: true, ..PostParams::default() };
    let c = causes("dry-run create", api.create(&dry, &dynamic(&case.bad)).await);
    assert!(names_field(&c, "spec.hosts[0]"), "{c:?}");

    // Server-side apply (a create) and its dry run.
    let ssa = PatchParams::apply("crd-tests").force();
    let c = causes("apply", api.patch("good", &ssa, &Patch::Apply(&bad)).await);
    assert_eq!(
        c,
        [("spec.hosts[0]".to_string(), "Invalid value: \"*\": hostname cannot be wildcard".to_string())]
    );
    let dry_ssa = PatchParams::apply("crd-tests").force().dry_run();
    causes("dry-run apply", api.patch("good", &dry_ssa, &Patch::Apply(&bad)).await);
    assert!(api.get_opt("good").await.unwrap().is_none(), "a refused write stored the object");

    // Updates of a valid object: replace, merge patch, JSON patch and apply all refused.
    let good = api.patch("good", &ssa, &Patch::Apply(&case.good)).await.unwrap();
    let mut replaced = dynamic(&bad);
    replaced.metadata.resource_version = good.metadata.resource_version.clone();
    causes("replace", api.replace("good", &PostParams::default(), &replaced).await);
    let merge = json!({"spec": {"hosts": ["*"]}});
    causes("merge patch", api.patch("good", &PatchParams::default(), &Patch::Merge(&merge)).await);
    let op: json_patch::Patch =
        serde_json::from_value(json!([{"op": "replace", "path": "/spec/hosts/0", "value": "*"}])).unwrap();
    causes("json patch", api.patch("good", &PatchParams::default(), &Patch::Json::<()>(op)).await);
    causes("apply update", api.patch("good", &ssa, &Patch::Apply(&bad)).await);
    let stored = srv.get_object("networking.istio.io/v1", "ServiceEntry", Some(NAMESPACE), "good").unwrap();
    assert_eq!(stored["spec"]["hosts"], json!(["*.example.com"]));

    // A valid change still goes through.
    let fine = json!({"spec": {"hosts": ["api.example.com"]}});
    api.patch("good", &PatchParams::default(), &Patch::Merge(&fine)).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn type_and_enum_errors_come_first_and_unknown_fields_are_pruned() {
    let (_srv, client) = server_with_crds().await;
    let se = json!({
        "apiVersion": "networking.istio.io/v1", "kind": "ServiceEntry",
        "metadata": {"name": "typed", "namespace": NAMESPACE},
        "spec": {"hosts": ["*"], "resolution": "BOGUS", "location": 5}
    });
    let api = api_for(&client, &se);
    let c = causes("create", api.create(&PostParams::default(), &dynamic(&se)).await);
    // As kube-apiserver 1.36 answers: the CEL rule on hosts is not evaluated after type and
    // enum errors, and a cause says so.
    assert!(c.contains(&(
        "spec.resolution".into(),
        "Unsupported value: \"BOGUS\": supported values: \"NONE\", \"STATIC\", \"DNS\", \"DNS_ROUND_ROBIN\", \"DYNAMIC_DNS\"".into()
    )), "{c:?}");
    assert!(
        c.contains(&(
            "spec.location".into(),
            "Invalid value: \"integer\": spec.location in body must be of type string: \"integer\"".into()
        )),
        "{c:?}"
    );
    assert!(!c.iter().any(|(f, _)| f == "spec.hosts[0]"), "{c:?}");
    assert!(
        c.iter().any(|(f, m)| f == "<nil>" && m.contains("some validation rules were not checked")),
        "{c:?}"
    );

    // An unknown field: pruned by default, refused when strict (kubectl's default).
    let extra = json!({
        "apiVersion": "networking.istio.io/v1", "kind": "ServiceEntry",
        "metadata": {"name": "extra", "namespace": NAMESPACE},
        "spec": {"hosts": ["api.example.com"], "hots": ["x"]}
    });
    let created = api.create(&PostParams::default(), &dynamic(&extra)).await.unwrap();
    assert!(created.data["spec"].get("hots").is_none(), "{:?}", created.data);
    let strict = PatchParams::apply("crd-tests").validation_strict();
    let mut again = extra.clone();
    again["metadata"]["name"] = json!("extra2");
    match api.patch("extra2", &strict, &Patch::Apply(&again)).await {
        Err(kube::Error::Api(s)) => {
            assert_eq!(s.code, 400);
            assert!(
                s.message.contains("strict decoding error: unknown field \"spec.hots\""),
                "{}",
                s.message
            );
        }
        other => panic!("want 400, got {other:?}"),
    }
}
