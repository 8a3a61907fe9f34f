//! dashboard against the test API server: the port-forward carries real HTTP to a stand-in.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::time::Duration;

use meshctl_testapi::{Options, TestApiServer};
use serde_json::json;

use crate::support::meshctl;

const BODY: &str = "<html>kiali stand-in</html>";

/// A tiny HTTP server answering every request with `body`.
fn stand_in(body: &'static str) -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        for conn in l.incoming().flatten() {
            std::thread::spawn(move || {
                let mut conn = conn;
                let mut reader = BufReader::new(conn.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 2 {
                    line.clear();
                }
                let _ = write!(
                    conn,
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            });
        }
    });
    addr
}

fn addon_pod(srv: &TestApiServer, name: &str, labels: serde_json::Value, port: u16, target: SocketAddr) {
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "istio-system", "labels": labels},
        "spec": {"containers": [{"name": "ui", "image": "ui"}]},
        "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}
    }));
    srv.set_pod_port_target("istio-system", name, port, target);
}

fn namespace(srv: &TestApiServer) {
    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}}));
}

fn spawn(srv: &TestApiServer, args: &[&str]) -> (Child, String) {
    let mut child = crate::support::meshctl_process()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    (child, line.trim().to_string())
}

fn get(url: &str) -> String {
    let rest = url.trim_start_matches("http://");
    let (hostport, path) =
        rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
    let hostport = hostport.replace("localhost", "127.0.0.1");
    let mut s = TcpStream::connect(&hostport).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: {hostport}\r\nConnection: close\r\n\r\n").unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

fn stderr_of(mut child: Child) -> String {
    let _ = child.kill();
    let mut err = String::new();
    let _ = child.stderr.take().unwrap().read_to_string(&mut err);
    err
}

#[test]
fn kiali_through_the_tunnel_serves_twenty_concurrent_requests() {
    let srv = TestApiServer::start_blocking(Options::default());
    namespace(&srv);
    addon_pod(&srv, "kiali-5c8f", json!({"app": "kiali"}), 20001, stand_in(BODY));
    let (child, url) = spawn(&srv, &["dashboard", "kiali", "--browser=false"]);
    assert!(url.starts_with("http://localhost:") && url.ends_with("/kiali"), "{url}");
    let handles: Vec<_> = (0..20)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || get(&url))
        })
        .collect();
    for h in handles {
        let resp = h.join().unwrap();
        assert!(resp.ends_with(BODY), "{resp}");
    }
    let err = stderr_of(child);
    assert!(err.contains("skipping opening a browser"), "{err}");
}

#[test]
fn a_busy_default_port_falls_back_to_a_free_one_and_a_taken_port_is_an_error() {
    let srv = TestApiServer::start_blocking(Options::default());
    namespace(&srv);
    addon_pod(&srv, "grafana-1", json!({"app.kubernetes.io/name": "grafana"}), 3000, stand_in("grafana"));
    let busy = TcpListener::bind("127.0.0.1:3000");
    let (child, url) = spawn(&srv, &["dashboard", "grafana", "--browser=false"]);
    if busy.is_ok() {
        assert!(!url.contains(":3000"), "{url}");
        let err = stderr_of(child);
        assert!(err.contains("port 3000 is in use"), "{err}");
    } else {
        drop(child);
    }
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let out = meshctl()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["dashboard", "grafana", "--browser=false", "--port", &port])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("cannot listen on localhost:{port}")));
}

#[test]
fn a_missing_addon_says_how_to_install_it() {
    let srv = TestApiServer::start_blocking(Options::default());
    namespace(&srv);
    let out = meshctl()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["dashboard", "jaeger", "--browser=false"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("no pods found with selector `app=jaeger`"), "{err}");
    assert!(err.contains("addonComponents.jaeger.enabled=true"), "{err}");
}

#[test]
fn envoy_needs_a_pod_or_a_selector() {
    let out = meshctl().args(["dashboard", "envoy"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("specify a pod or --selector"));
}

/// Regression: upstream's `zipkin` looked for `app=zipkin`, which the Jaeger addon lacks.
#[test]
fn zipkin_finds_the_jaeger_pod() {
    let srv = TestApiServer::start_blocking(Options::default());
    namespace(&srv);
    addon_pod(&srv, "jaeger-1", json!({"app": "jaeger"}), 9411, stand_in("zipkin api"));
    let (child, url) = spawn(&srv, &["dashboard", "zipkin", "--browser=false", "--port", "0"]);
    assert!(get(&url).ends_with("zipkin api"));
    drop(stderr_of(child));
}

/// A named pod is checked before a URL is printed: no URL to nothing, no wait forever.
#[test]
fn a_missing_named_pod_is_an_error_before_any_url() {
    let srv = TestApiServer::start_blocking(Options::default());
    namespace(&srv);
    let out = meshctl()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["-n", "istio-system", "dashboard", "envoy", "nosuchpod", "--browser=false"])
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(out.stdout.is_empty(), "no URL is printed");
    assert!(err.contains("pod `nosuchpod` not found in namespace `istio-system`"), "{err}");
}

/// What the API server sends on the port-forward error channel reaches the terminal.
#[test]
fn port_forward_errors_are_shown() {
    let srv = TestApiServer::start_blocking(Options::default());
    namespace(&srv);
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "kiali-1", "namespace": "istio-system", "labels": {"app": "kiali"}},
        "spec": {"containers": [{"name": "ui", "image": "ui"}]},
        "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}
    }));
    let (child, url) = spawn(&srv, &["dashboard", "kiali", "--browser=false", "--port", "0"]);
    let _ = get(&url);
    std::thread::sleep(Duration::from_millis(800));
    let err = stderr_of(child);
    assert!(err.contains("the API server reported: error forwarding port 20001"), "{err}");
}
