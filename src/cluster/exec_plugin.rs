//! Kubeconfig credential plugins (`users[].user.exec`), run with a deadline.
//!
//! The client library runs the plugin inside a request and waits for it without limit; a
//! plugin that never exits (waiting for a browser login, a hung cloud CLI) would hang every
//! command. meshctl runs it first, kills it when the deadline passes, and gives its token to
//! the client; a plugin that returns client certificates is left to the library, which then
//! runs it again (it just answered in time).

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kube::config::Kubeconfig;
use serde_json::Value;

use crate::error::Failure;

/// Runs the exec plugin of `context`'s user, if it has one, within `limit`.
pub async fn run_with_deadline(
    kubeconfig: &mut Kubeconfig,
    context: &str,
    limit: Duration,
) -> Result<(), Failure> {
    let Some(user) = kubeconfig
        .contexts
        .iter()
        .find(|c| c.name == context)
        .and_then(|c| c.context.as_ref())
        .map(|c| c.user.clone().unwrap_or_default())
    else {
        return Ok(());
    };
    let Some(auth) =
        kubeconfig.auth_infos.iter_mut().find(|a| a.name == user).and_then(|a| a.auth_info.as_mut())
    else {
        return Ok(());
    };
    let Some(exec) = auth.exec.clone() else {
        return Ok(());
    };
    let Some(program) = exec.command.clone().filter(|c| !c.is_empty()) else {
        return Err(Failure::new(format!("the credential plugin of user `{user}` names no command"))
            .help("fix `users[].user.exec.command` in the kubeconfig"));
    };
    let mut cmd = Command::new(&program);
    cmd.args(exec.args.clone().unwrap_or_default());
    for env in exec.env.iter().flatten() {
        if let (Some(k), Some(v)) = (env.get("name"), env.get("value")) {
            cmd.env(k, v);
        }
    }
    let api_version = exec.api_version.clone().unwrap_or_else(|| "client.authentication.k8s.io/v1".into());
    let info = serde_json::json!({
        "apiVersion": api_version, "kind": "ExecCredential", "spec": { "interactive": false }
    });
    cmd.env("KUBERNETES_EXEC_INFO", info.to_string());
    let output = tokio::task::spawn_blocking(move || run(cmd, limit))
        .await
        .map_err(|e| Failure::new(format!("cannot run the credential plugin: {e}")))?;
    let shown = std::path::Path::new(&program)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(program.clone());
    let help = "check that the kubeconfig's credential plugin works on its own (e.g. log in again), or pick another `--context`";
    let stdout = match output {
        Outcome::Done { ok: true, stdout, .. } => stdout,
        Outcome::Done { ok: false, code, stderr, .. } => {
            let why = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string();
            let status = match code {
                Some(c) => format!("exited with status {c}"),
                None => "was killed by a signal".into(),
            };
            let tail = if why.is_empty() { String::new() } else { format!(": {why}") };
            return Err(Failure::new(format!(
                "the credential plugin `{shown}` of user `{user}` {status}{tail}"
            ))
            .help(help));
        }
        Outcome::TimedOut => {
            return Err(Failure::new(format!(
                "the credential plugin `{shown}` of user `{user}` did not finish within {}; it was stopped",
                crate::duration::show_duration(limit)
            ))
            .help(format!("{help}; `--kubeclient-timeout` sets the limit")));
        }
        Outcome::NotStarted(e) => {
            return Err(Failure::new(format!(
                "cannot run the credential plugin `{program}` of user `{user}`: {}",
                crate::output::file::io_words(&e)
            ))
            .help(exec.install_hint.clone().unwrap_or_else(|| help.to_string())));
        }
    };
    let cred: Value = serde_json::from_slice(&stdout).map_err(|e| {
        Failure::new(format!(
            "the credential plugin `{shown}` of user `{user}` printed no ExecCredential JSON ({e})"
        ))
        .help(help)
    })?;
    if let Some(token) = cred["status"]["token"].as_str().filter(|t| !t.is_empty()) {
        auth.token = Some(token.to_string().into());
        auth.exec = None;
    }
    Ok(())
}

enum Outcome {
    Done { ok: bool, code: Option<i32>, stdout: Vec<u8>, stderr: String },
    TimedOut,
    NotStarted(std::io::Error),
}

/// Runs `cmd` to completion or until `limit`, when it is killed.
fn run(mut cmd: Command, limit: Duration) -> Outcome {
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Outcome::NotStarted(e),
    };
    // Readers on their own threads, so a chatty plugin cannot block on a full pipe.
    let read_all = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.by_ref().take(1 << 20).read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = read_all(child.stdout.take().map(|s| Box::new(s) as Box<dyn Read + Send>));
    let err = read_all(child.stderr.take().map(|s| Box::new(s) as Box<dyn Read + Send>));
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let stdout = out.join().unwrap_or_default();
                let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
                return Outcome::Done { ok: status.success(), code: status.code(), stdout, stderr };
            }
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::TimedOut;
            }
        }
    }
}
