//! The workshop, end to end on the test API server through the real binary: install the demo
//! control plane with its addons, deploy a Bookinfo-like shop injected with `kube-inject`, route
//! it as the workshops do, and check that `analyze` stays quiet on all of it, live and from
//! files, and names exactly the one mistake when one is made.

use std::path::Path;

use meshctl_testapi::{Options, TestApiServer};
use serde_json::{Value, json};

use crate::support::{meshctl, testdata};

const NS: &str = "bookinfo";

fn run(srv: &TestApiServer, args: &[&str]) -> (i32, String, String) {
    let out = meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn docs(text: &str) -> Vec<Value> {
    meshctl::resource::parse_all(text).unwrap().into_iter().map(|(_, v)| v).collect()
}

/// What `kubectl apply -n bookinfo -f <file>` would store.
fn apply(srv: &TestApiServer, text: &str) {
    for mut d in docs(text) {
        d["metadata"]["namespace"] = json!(NS);
        srv.put_object(d);
    }
}

fn workshop(rel: &str) -> String {
    testdata(&format!("analyze/workshop/{rel}")).to_string_lossy().into_owned()
}

/// `analyze -o json` with the args; returns the exit code and the (code, origin) of each
/// Warning or Error.
fn problems(srv: &TestApiServer, args: &[&str]) -> (i32, Vec<(String, String)>) {
    let mut all = vec!["analyze", "-o", "json", "--failure-threshold", "Warning"];
    all.extend_from_slice(args);
    let (code, out, err) = run(srv, &all);
    let msgs: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"));
    let found = msgs
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["level"] != "Info")
        .map(|m| (m["code"].as_str().unwrap().to_string(), m["origin"].as_str().unwrap_or("").to_string()))
        .collect();
    (code, found)
}

fn wait_for_pods(srv: &TestApiServer, n: usize) {
    for _ in 0..100 {
        if srv.list_objects("v1", "Pod", Some(NS)).len() >= n {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the Deployments' pods did not appear");
}

#[test]
fn the_workshop_analyses_clean_and_each_mistake_gives_exactly_its_message() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = run(&srv, &["install", "--set", "profile=demo", "--set", "addons=true", "-y"]);
    assert_eq!(code, 0, "{err}");

    // The control plane itself: no warning about meshctl's own objects.
    let (code, found) = problems(&srv, &["-n", "istio-system"]);
    assert_eq!((code, &found), (0, &vec![]), "istio-system");

    // The shop, injected by hand (no injection label: the webhook is not used).
    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": NS}}));
    let (code, injected, err) = run(&srv, &["kube-inject", "-f", &workshop("bookinfo.yaml")]);
    assert_eq!(code, 0, "{err}");
    assert!(injected.contains("istio-proxy"), "kube-inject added the proxy");
    apply(&srv, &injected);
    for f in ["routing/destination-rules.yaml", "routing/gateway.yaml", "routing/all-v1.yaml"] {
        apply(&srv, &std::fs::read_to_string(workshop(f)).unwrap());
    }
    wait_for_pods(&srv, 6);
    let (code, found) = problems(&srv, &["-n", NS]);
    assert_eq!((code, &found), (0, &vec![]), "the shop, live");
    let (code, _, err) = run(&srv, &["analyze", "-n", NS]);
    assert_eq!(code, 0, "{err}");

    // The same files, no cluster: the Deployments stand in for their pods and the built-in
    // ingress gateway is the one install renders.
    let dir = tempfile::tempdir().unwrap();
    let injected_file = dir.path().join("shop-injected.yaml");
    std::fs::write(&injected_file, &injected).unwrap();
    let offline = |extra: &[&str]| {
        let mut args = vec!["--use-kube=false", "-n", NS, injected_file.to_str().unwrap()];
        args.push(Box::leak(workshop("routing").into_boxed_str()));
        args.extend_from_slice(extra);
        problems(&srv, &args)
    };
    let (code, found) = offline(&[]);
    assert_eq!((code, &found), (0, &vec![]), "the shop, from files");

    // The next step checked before it is applied: the file replaces the live VirtualService.
    let next = workshop("reviews-50-v3.yaml");
    let (code, found) = problems(&srv, &["-n", NS, &next]);
    assert_eq!((code, &found), (0, &vec![]), "a file overlaying the live reviews");

    // One mistake at a time, against the cluster and from files.
    // A gateway that does not exist also serves none of the VirtualService's hosts: istioctl
    // reports IST0132 beside IST0101 there, and so does meshctl.
    for (file, origin, codes) in [
        ("mistakes/subset-typo.yaml", "VirtualService bookinfo/reviews", &["IST0101"][..]),
        ("mistakes/host-typo.yaml", "VirtualService bookinfo/ratings", &["IST0101"]),
        ("mistakes/gateway-typo.yaml", "VirtualService bookinfo/shop", &["IST0101", "IST0132"]),
    ] {
        let want: Vec<_> = codes.iter().map(|c| (c.to_string(), origin.to_string())).collect();
        let mistake = workshop(file);
        assert!(Path::new(&mistake).exists());
        let (code, found) = problems(&srv, &["-n", NS, &mistake]);
        assert_eq!((code, &found), (79, &want), "{file} against the cluster");
        let (code, found) = offline(&[&mistake]);
        // From files, the mistake is a second `reviews` beside the good one, not a replacement.
        let found: Vec<_> = found.into_iter().filter(|f| f.0 != "IST0109").collect();
        assert_eq!((code, &found), (79, &want), "{file} from files");
    }
}
