//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use assert_cmd::Command;

/// The real `meshctl` binary, with a clean environment for kube settings.
pub fn meshctl() -> Command {
    Command::from_std(meshctl_process())
}

/// The same as [`meshctl`], as a `std::process::Command`, for tests that spawn the binary
/// and read it while it runs.
pub fn meshctl_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("meshctl"));
    // HOME too: a developer's own `~/.kube/config` (working or broken) must not change a result;
    // a fixed width, so that nothing depends on the terminal the tests run in.
    cmd.env_remove("KUBECONFIG")
        .env("HOME", "/nonexistent/meshctl-test-home")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .env_remove("MESHCTL_MANIFESTS");
    cmd
}

/// A file under `tests/testdata/`.
pub fn testdata(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/testdata").join(rel)
}

/// Compares `actual` with a golden file; `MESHCTL_BLESS=1` rewrites the file instead.
pub fn assert_golden(rel: &str, actual: &str) {
    let path = testdata(rel);
    if std::env::var_os("MESHCTL_BLESS").is_some() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create golden dir");
        }
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("golden file {} is missing ({e}); run with MESHCTL_BLESS=1", path.display())
    });
    if want != actual {
        let line = want.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0) + 1;
        panic!(
            "{} differs from the output at line {line}; rerun with MESHCTL_BLESS=1 if the change is intended",
            path.display()
        );
    }
}

/// A stand-in HTTP server: answers a request whose path starts with a known prefix with that
/// body (404 otherwise) and records the request lines it saw.
pub fn stand_in(routes: Vec<(&'static str, String)>) -> (SocketAddr, Arc<Mutex<Vec<String>>>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let routes = Arc::new(routes);
    std::thread::spawn(move || {
        for conn in l.incoming().flatten() {
            let routes = routes.clone();
            let log = log.clone();
            std::thread::spawn(move || {
                let mut conn = conn;
                let mut reader = BufReader::new(conn.try_clone().unwrap());
                let mut request = String::new();
                if reader.read_line(&mut request).unwrap_or(0) == 0 {
                    return;
                }
                let mut line = String::new();
                while reader.read_line(&mut line).unwrap_or(0) > 2 {
                    line.clear();
                }
                log.lock().unwrap().push(request.trim().to_string());
                let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
                let (status, body) = match routes.iter().find(|(p, _)| path.starts_with(p)) {
                    Some((_, b)) => ("200 OK", b.clone()),
                    None => ("404 Not Found", "no such admin path".to_string()),
                };
                let _ = write!(
                    conn,
                    "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            });
        }
    });
    (addr, seen)
}

/// Puts meshctl's CRDs on a test API server and waits until it serves their kinds.
pub fn install_crds(srv: &meshctl_testapi::TestApiServer) {
    install_crds_where(srv, |_| true);
}

/// [`install_crds`] for the CRDs `keep` selects (a cluster with an older release's CRDs).
pub fn install_crds_where(srv: &meshctl_testapi::TestApiServer, keep: impl Fn(&serde_json::Value) -> bool) {
    for (crd, _) in meshctl::assets::crds() {
        if keep(&crd) {
            srv.put_object(crd);
        }
    }
    srv.wait_crds_established(std::time::Duration::from_secs(5));
}
