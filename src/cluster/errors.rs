//! The API server's answers turned into errors that say what to do next.

use std::time::Duration;

use super::connect::Connection;
use crate::error::Failure;

/// A failed API call: the server's `Status` when there was one.
#[derive(Debug, Clone)]
pub struct ApiError {
    /// HTTP status code of the server's answer; 0 when no answer came.
    pub code: u16,
    pub reason: String,
    pub message: String,
    /// Seconds the server asked us to wait (429).
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn from_kube(e: kube::Error) -> Self {
        match e {
            kube::Error::Api(s) => ApiError {
                code: s.code,
                reason: s.reason.clone(),
                message: s.message.clone(),
                retry_after: s
                    .details
                    .as_ref()
                    .map(|d| d.retry_after_seconds)
                    .filter(|s| *s > 0)
                    .map(u64::from),
            },
            other => {
                let mut message = other.to_string();
                let mut src = std::error::Error::source(&other);
                while let Some(s) = src {
                    message = format!("{message}: {s}");
                    src = s.source();
                }
                ApiError { code: 0, reason: String::new(), message, retry_after: None }
            }
        }
    }
    pub fn is_not_found(&self) -> bool {
        self.code == 404
    }
    pub fn is_conflict(&self) -> bool {
        self.code == 409
    }
    /// Worth another try: throttling, server errors and dropped connections.
    pub fn is_transient(&self) -> bool {
        self.code == 429 || self.code >= 500 || self.code == 0
    }
    /// How long to wait before try number `attempt` (1-based).
    pub fn backoff(&self, attempt: u32) -> Duration {
        if let Some(s) = self.retry_after {
            return Duration::from_secs(s.min(10));
        }
        Duration::from_millis((100u64 << attempt.min(5)).min(3_000))
    }

    /// A user-facing failure naming the verb and the object refused.
    pub fn into_failure(self, conn: &Connection, verb: &str, what: &str) -> Failure {
        match self.code {
            0 => connect_failure(conn, &self.message),
            401 => Failure::new(format!(
                "the API server at {} refused the credentials of context `{}` (401 Unauthorized) to {verb} {what}",
                conn.server, conn.context
            ))
            .help("your token or certificate is missing or expired: log in again or refresh the kubeconfig"),
            403 => Failure::new(format!("not allowed to {verb} {what}: {}", self.message)).help(format!(
                "ask a cluster admin for RBAC permission to `{verb}` {what} (check with `kubectl auth can-i {verb} …`)"
            )),
            _ => Failure::new(format!("cannot {verb} {what}: {} ({} {})", self.message, self.code, self.reason))
                .help("see the server's message above; rerun with `-v` for details"),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.code == 0 {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{} ({} {})", self.message, self.code, self.reason)
        }
    }
}

pub fn connect_failure(conn: &Connection, why: &str) -> Failure {
    Failure::new(format!("cannot reach the Kubernetes API server at {} (context `{}`): {why}", conn.server, conn.context))
        .help("check that the cluster is running and that `--kubeconfig`/`--context` point at it (`kubectl cluster-info`)")
}
