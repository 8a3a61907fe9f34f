//! Helpers shared by the integration tests.

#![allow(dead_code)]

use std::path::PathBuf;

use assert_cmd::Command;

/// The real `meshctl` binary, with a clean environment for kube settings.
pub fn meshctl() -> Command {
    let mut cmd = Command::cargo_bin("meshctl").expect("the meshctl binary is built for tests");
    // HOME too: a developer's own `~/.kube/config` (working or broken) must not change a result.
    cmd.env_remove("KUBECONFIG")
        .env("HOME", "/nonexistent/meshctl-test-home")
        .env("NO_COLOR", "1")
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
