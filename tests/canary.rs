//! Day-2 operations end to end against the test API server, through the real binary: a canary
//! upgrade with revision tags (install, install -r canary, tag set, check-inject, injector list,
//! moving `default`, uninstall -r default), and precheck's verdicts.

use meshctl_testapi::{Options, TestApiServer};
use serde_json::{Value, json};

use crate::support::meshctl;

fn run(srv: &TestApiServer, args: &[&str]) -> (i32, String, String) {
    let out = meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        unwrapped(&String::from_utf8_lossy(&out.stderr)),
    )
}

/// stderr with miette's report wrapping undone (`  x ` / `  | ` prefixes, lines joined), so
/// messages can be matched whole.
fn unwrapped(err: &str) -> String {
    let mut out = String::new();
    for line in err.lines() {
        let t = line.trim_start();
        match t.strip_prefix("| ").or_else(|| t.strip_prefix("x ")) {
            Some(rest) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push(' ');
                }
                out.push_str(rest.trim_end());
            }
            None => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

/// `tag list` as rows of whitespace-separated cells (the layout is padded, not tab-separated).
fn tag_rows(srv: &TestApiServer) -> Vec<String> {
    let (code, out, err) = run(srv, &["tag", "list"]);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    assert_eq!(
        lines.next().map(|h| h.split_whitespace().collect::<Vec<_>>()),
        Some(vec!["TAG", "REVISION", "NAMESPACES"])
    );
    lines.map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

/// A running pod whose sidecar was injected by `rev`.
fn pod(srv: &TestApiServer, ns: &str, name: &str, rev: &str) {
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": ns, "labels": {"app": "web"},
            "annotations": {"sidecar.istio.io/status": format!("{{\"revision\":\"{rev}\"}}")}},
        "spec": {"containers": [{"name": "web", "image": "web"}, {"name": "istio-proxy", "image": "proxy"}]},
    }));
}

fn check_inject_row<'a>(out: &'a str, webhook: &str) -> Vec<&'a str> {
    out.lines()
        .find(|l| l.split_whitespace().next() == Some(webhook))
        .unwrap_or_else(|| panic!("no row for {webhook} in\n{out}"))
        .split_whitespace()
        .collect()
}

#[test]
fn a_canary_upgrade_with_revision_tags_from_install_to_uninstall() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{err}");
    // The first install creates the default tag, and its own injector hands over to it.
    assert_eq!(tag_rows(&srv), ["default default"]);
    let injector = srv
        .get_object(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-sidecar-injector",
        )
        .unwrap();
    assert!(injector["webhooks"].as_array().unwrap().iter().all(meshctl::webhook_match::is_deactivated));
    let istiod_before =
        srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").unwrap()["metadata"]["resourceVersion"].clone();

    let (code, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-r", "canary", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod-canary").is_some());
    let istiod_after =
        srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").unwrap()["metadata"]["resourceVersion"].clone();
    assert_eq!(istiod_before, istiod_after, "the canary install must not touch the first control plane");
    // The default tag stays where it is; the new revision is listed untagged.
    assert_eq!(tag_rows(&srv), ["canary", "default default"]);

    let (code, out, err) = run(&srv, &["tag", "set", "prod", "--revision", "canary"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("Revision tag \"prod\" created, referencing control plane revision \"canary\"."),
        "{out}"
    );
    let (code, _, err) = run(&srv, &["tag", "set", "prod", "--revision", "canary"]);
    assert_eq!(code, 1);
    assert!(err.contains("revision tag \"prod\" already exists, and --overwrite is false"), "{err}");
    let (code, _, err) = run(&srv, &["tag", "set", "canary", "--revision", "default"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "cannot create revision tag \"canary\": found existing control plane revision with same name"
        ),
        "{err}"
    );

    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "apps", "labels": {"istio.io/rev": "prod"}}}));
    pod(&srv, "apps", "web-old-1", "default");
    pod(&srv, "apps", "web-old-2", "default");
    assert_eq!(tag_rows(&srv), ["prod canary apps", "default default"]);

    let (code, out, err) = run(&srv, &["x", "check-inject", "-n", "apps", "-l", "app=web"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        check_inject_row(&out, "istio-revision-tag-prod")[..3],
        ["istio-revision-tag-prod", "canary", "✔"],
        "{out}"
    );
    assert!(out.contains("Namespace label istio.io/rev=prod matches"), "{out}");
    assert_eq!(check_inject_row(&out, "istio-revision-tag-default")[2], "✘", "{out}");
    assert_eq!(check_inject_row(&out, "istio-sidecar-injector")[2], "✘", "{out}");
    assert!(!out.contains("multiple webhooks will inject"), "{out}");
    // The same through a pod reference.
    let (code, out, err) = run(&srv, &["check-inject", "web-old-1.apps"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(check_inject_row(&out, "istio-revision-tag-prod")[2], "✔", "{out}");

    let (code, out, err) = run(&srv, &["injector", "list"]);
    assert_eq!(code, 0, "{err}");
    let apps: Vec<&str> = out.lines().filter(|l| l.starts_with("apps ")).collect();
    assert_eq!(
        apps[0].split_whitespace().collect::<Vec<_>>().join(" "),
        "apps canary default: 2 NEEDS RESTART: 2",
        "{out}"
    );
    assert!(
        out.lines().any(|l| l.split_whitespace().take(3).eq(["apps", "istio-revision-tag-prod", "canary"])),
        "{out}"
    );

    let (code, out, err) = run(&srv, &["tag", "set", "default", "--revision", "canary", "--overwrite"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("referencing control plane revision \"canary\""), "{out}");
    assert_eq!(tag_rows(&srv), ["default canary", "prod canary apps", "default"]);
    let validator = srv
        .get_object(
            "admissionregistration.k8s.io/v1",
            "ValidatingWebhookConfiguration",
            None,
            "istiod-default-validator",
        )
        .unwrap();
    assert_eq!(validator["webhooks"][0]["clientConfig"]["service"]["name"], "istiod-canary");

    // Pods in `apps` still run the default revision's proxies: it is in use.
    let (code, _, err) = run(&srv, &["uninstall", "-r", "default", "-y"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("revision \"default\" is still in use")
            && err.contains("apps (pods still run its proxies)"),
        "{err}"
    );
    assert!(srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").is_some());

    // Restarted onto canary: nothing uses the old revision any more.
    for p in ["web-old-1", "web-old-2"] {
        srv.delete_object("v1", "Pod", Some("apps"), p);
    }
    pod(&srv, "apps", "web-new-1", "canary");
    let (code, out, err) = run(&srv, &["injector", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines().any(|l| l.split_whitespace().collect::<Vec<_>>().join(" ") == "apps canary canary: 1"),
        "{out}"
    );
    let (code, _, err) = run(&srv, &["uninstall", "-r", "default", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").is_none());
    assert!(srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod-canary").is_some());
    assert_eq!(tag_rows(&srv), ["default canary", "prod canary apps"]);

    // Removing a tag namespaces still use asks first; without an answer nothing is removed.
    let (code, out, _) = run(&srv, &["tag", "remove", "prod"]);
    assert_eq!(code, 0);
    assert!(out.contains("Caution, found 1 namespace(s) still injected by tag \"prod\": apps"), "{out}");
    assert!(out.contains("Aborting operation."), "{out}");
    let (code, out, err) = run(&srv, &["tag", "remove", "prod", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Revision tag prod removed"), "{out}");
    assert_eq!(tag_rows(&srv), ["default canary"]);
    let (code, _, err) = run(&srv, &["tag", "remove", "prod", "-y"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "cannot remove tag \"prod\": cannot find MutatingWebhookConfiguration or Service for tag"
        ),
        "{err}"
    );
}

#[test]
fn tag_generate_prints_without_applying_and_json_lists_tags() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{err}");
    let writes = srv.write_count();
    let (code, out, err) = run(&srv, &["tag", "generate", "prod", "--revision", "default"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(srv.write_count(), writes, "generate must not apply anything");
    let docs = meshctl::resource::parse_all(&out).unwrap();
    let kinds: Vec<&str> = docs.iter().map(|(_, d)| d["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["MutatingWebhookConfiguration", "Service"]);
    assert_eq!(docs[0].1["metadata"]["name"], "istio-revision-tag-prod");
    assert_eq!(docs[1].1["metadata"]["name"], "istiod-revision-tag-prod");
    let (code, out, _) = run(&srv, &["tag", "generate", "default", "--revision", "default", "--overwrite"]);
    assert_eq!(code, 0);
    let kinds: Vec<String> = meshctl::resource::parse_all(&out)
        .unwrap()
        .iter()
        .map(|(_, d)| d["kind"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "Service"]);

    let (code, out, err) = run(&srv, &["tag", "list", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\n\t{"), "tab-indented: {out}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v, json!([{"tag": "default", "revision": "default", "namespaces": []}]));
    let (code, _, err) = run(&srv, &["tag", "list", "-o", "xml"]);
    assert_eq!(code, 1);
    assert!(err.contains("unknown format: xml"), "{err}");

    // A webhook that would inject the same pods as the new tag: say so and ask (no answer: no).
    srv.put_object(json!({
        "apiVersion": "admissionregistration.k8s.io/v1", "kind": "MutatingWebhookConfiguration",
        "metadata": {"name": "other-injector"},
        "webhooks": [{"name": "everything.example.com", "clientConfig": {"url": "https://example.com/inject"},
            "admissionReviewVersions": ["v1"], "sideEffects": "None",
            "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["pods"]}]}],
    }));
    let (code, out, err) = run(&srv, &["tag", "set", "prod", "--revision", "default"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("creating tag would conflict, pass --skip-confirmation to proceed:"), "{err}");
    assert!(err.contains("[IST0139] (MutatingWebhookConfiguration istio-revision-tag-prod) Webhook overlaps with others: [other-injector/everything.example.com]"), "{err}");
    assert!(out.contains("Apply anyways? [y/N] ") && err.contains("Aborting operation."), "{out}{err}");
    assert!(
        srv.get_object(
            "admissionregistration.k8s.io/v1",
            "MutatingWebhookConfiguration",
            None,
            "istio-revision-tag-prod"
        )
        .is_none()
    );
    let (code, _, err) = run(&srv, &["tag", "set", "prod", "--revision", "default", "-y"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&srv, &["tag", "set", "a", "b", "--revision", "default"]);
    assert_eq!(code, 1);
    assert!(err.contains("must provide a single tag for creation"), "{err}");
}

#[test]
fn precheck_passes_on_a_fresh_cluster_and_names_refused_permissions_and_old_gateway_crds() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, out, err) = run(&srv, &["precheck"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "");
    assert!(
        err.contains("✔ No issues found when checking the cluster. Istio is safe to install or upgrade!"),
        "{err}"
    );

    srv.forbid("create", "clusterroles.rbac.authorization.k8s.io");
    srv.forbid("create", "mutatingwebhookconfigurations.admissionregistration.k8s.io");
    let (code, out, err) = run(&srv, &["x", "precheck"]);
    assert_eq!(code, 1, "{out}{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("Error [IST0141] (Cluster) ")), "{out}");
    assert!(out.contains("clusterroles") && out.contains("mutatingwebhookconfigurations"), "{out}");
    assert!(
        err.contains("Issues found when checking the cluster. Istio may not be safe to install or upgrade."),
        "{err}"
    );
    let (code, out, _) = run(&srv, &["precheck", "-o", "json"]);
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v[0]["code"], "IST0141");
    assert_eq!(v[0]["level"], "Error");
    assert_eq!(v[0]["origin"], "Cluster");
    // install shows the same findings before anything is applied.
    let (_, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-y", "--wait=false"]);
    assert!(err.contains("Precheck found issues") && err.contains("[IST0141]"), "{err}");

    srv.allow_all();
    srv.put_object(json!({
        "apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
        "metadata": {"name": "gateways.gateway.networking.k8s.io"},
        "spec": {"group": "gateway.networking.k8s.io", "scope": "Namespaced",
            "names": {"kind": "Gateway", "plural": "gateways", "singular": "gateway", "listKind": "GatewayList"},
            "versions": [{"name": "v1beta1", "served": true, "storage": true,
                "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]},
    }));
    // A warning fails precheck even when the threshold hides it.
    let (code, out, err) = run(&srv, &["precheck", "--output-threshold", "Error"]);
    assert_eq!(code, 1, "{out}{err}");
    assert_eq!(out, "");
    let (code, out, _) = run(&srv, &["precheck"]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with("Warning [IST0172] (CustomResourceDefinition gateways.gateway.networking.k8s.io) "),
        "{out}"
    );
    let (code, _, err) = run(&srv, &["precheck", "--from-version", "XX"]);
    assert_eq!(code, 1);
    assert!(err.contains("invalid version XX, expected format like '1.0'"), "{err}");
}

#[test]
fn precheck_on_an_old_cluster_with_a_refused_permission_reports_both_and_fails() {
    let srv = TestApiServer::start_blocking(Options::default());
    srv.set_version_minor(29);
    srv.forbid("create", "clusterroles.rbac.authorization.k8s.io");
    let (code, out, err) = run(&srv, &["precheck"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("[IST0142] (Cluster) "), "{out}");
    assert!(out.contains("v1.29.0"), "{out}");
    assert!(out.contains("Error [IST0141] (Cluster) ") && out.contains("clusterroles"), "{out}");
    assert!(err.contains("Istio may not be safe to install or upgrade."), "{err}");
}

#[test]
fn upgrade_is_install_and_says_which_version_it_replaces() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("WARNING: Istio is being"), "{err}");
    let mut istiod = srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").unwrap();
    istiod["metadata"]["labels"]["operator.istio.io/version"] = "1.29.1".into();
    srv.put_object(istiod);
    let (code, _, err) = run(&srv, &["upgrade", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{err}");
    let want =
        format!("WARNING: Istio is being upgraded from 1.29.1 to {}.", meshctl::version::ISTIO_VERSION);
    assert!(err.contains(&want), "{err}");
    assert!(err.contains("use revisions to upgrade alongside the existing version"), "{err}");
}
