//! The command line as a whole: help, version, completions, exit codes.

use crate::support::meshctl;

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["version", "--help"],
        vec!["manifest", "generate", "--help"],
        vec!["profile", "dump", "--help"],
        vec!["profile", "diff", "--help"],
        vec!["completion", "--help"],
    ] {
        let out = meshctl().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?} exits {:?}", out.status.code());
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage:"), "{args:?} prints usage");
    }
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let out = meshctl().args(["manifest", "generate", "--bogus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
}

#[test]
fn version_reports_the_istio_release_as_json() {
    let out = meshctl().args(["version", "-o", "json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["clientVersion"]["istioVersion"], meshctl::version::ISTIO_VERSION);
}

#[test]
fn istioctl_camel_case_global_flags_are_accepted() {
    let out = meshctl().args(["--istioNamespace", "x", "version", "--short"]).output().unwrap();
    assert!(out.status.success());
    let out = meshctl().args(["--istio-namespace", "x", "version", "--short"]).output().unwrap();
    assert!(out.status.success());
}

/// Regression: the committed completion scripts must match the current command line.
#[test]
fn committed_completions_are_current() {
    use clap_complete::Shell;
    for (shell, file) in [
        (Shell::Bash, "meshctl.bash"),
        (Shell::Zsh, "_meshctl"),
        (Shell::Fish, "meshctl.fish"),
        (Shell::PowerShell, "_meshctl.ps1"),
    ] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions").join(file);
        let want = meshctl::commands::completion::script(shell);
        if std::env::var_os("MESHCTL_BLESS").is_some() {
            std::fs::write(&path, &want).unwrap();
            continue;
        }
        let have = std::fs::read(&path).unwrap_or_default();
        assert!(have == want, "completions/{file} is stale: run `MESHCTL_BLESS=1 cargo test completions`");
    }
}

#[test]
fn broken_pipe_is_a_clean_exit() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = crate::support::meshctl_process()
        .args(["manifest", "generate", "--set", "profile=demo", "--set", "addons=true"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), String::from_utf8_lossy(&out.stderr));
}

#[test]
fn istioctl_commands_meshctl_lacks_say_what_to_use() {
    // Workshops still show `istioctl create -f route-rule.yaml` and `istioctl validate -f`.
    let out = crate::support::meshctl().args(["create", "-f", "route-rule-all-v1.yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unrecognized subcommand 'create'")
            && err.contains("help: `istioctl create` was removed"),
        "{err}"
    );
    assert!(err.contains("kubectl apply -f FILE"), "{err}");
    let out = crate::support::meshctl().args(["validate", "-f", "vs.yaml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("meshctl analyze --use-kube=false"));
    // Any other unknown command gets clap's error alone.
    let out = crate::support::meshctl().arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("help:"));
}
