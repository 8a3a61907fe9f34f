//! The API server's answers turned into errors that say what to do next.

use crate::error::tls_words;
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

/// The `reason` of an answer cut off by meshctl's size or time limit.
const ANSWER_CUT: &str = "AnswerCut";
/// The `reason` of a request that got no answer in time.
const TIMEOUT: &str = "Timeout";
const TIMED_OUT: &str = "the connection timed out";

/// The size or time limit that cut an answer off, if that is what `e` comes from.
fn answer_cut<'a>(e: &'a (dyn std::error::Error + 'static)) -> Option<&'a super::transport::AnswerCut> {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if let Some(cut) = err.downcast_ref::<super::transport::AnswerCut>() {
            return Some(cut);
        }
        cur = err.source();
    }
    None
}

impl ApiError {
    pub fn from_kube(e: kube::Error) -> Self {
        match e {
            kube::Error::Api(s) => ApiError {
                code: s.code,
                reason: s.reason.clone(),
                message: body_summary(&s.message),
                retry_after: s
                    .details
                    .as_ref()
                    .map(|d| d.retry_after_seconds)
                    .filter(|s| *s > 0)
                    .map(u64::from),
            },
            other => match answer_cut(&other) {
                // The server answered, past meshctl's limits: neither a network failure nor
                // worth another try.
                Some(cut) => ApiError {
                    code: 0,
                    reason: ANSWER_CUT.to_string(),
                    message: cut.to_string(),
                    retry_after: None,
                },
                None => {
                    let message = network_words(&chain_words(&other));
                    // A server that did not answer within the `--kubeclient-timeout` is not asked
                    // again: retries would multiply the wait a user sees before the error.
                    let reason = if message == TIMED_OUT { TIMEOUT } else { "" };
                    ApiError { code: 0, reason: reason.to_string(), message, retry_after: None }
                }
            },
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
        self.code == 429 || self.code >= 500 || (self.code == 0 && self.reason.is_empty())
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
            0 if self.reason == ANSWER_CUT => Failure::new(format!("cannot {verb} {what}: {}", self.message))
                .help("the API server answered, beyond meshctl's limit; if the server is healthy, raise the limit named above"),
            0 if self.reason == TIMEOUT => Failure::new(format!(
                "the API server at {} (context `{}`) did not answer in time to {verb} {what}",
                conn.server, conn.context
            ))
            .help("check the server's health (`kubectl get --raw /readyz`), or allow more time with `--kubeclient-timeout`"),
            0 => connect_failure(conn, &self.message),
            401 => Failure::new(format!(
                "the API server at {} refused the credentials of context `{}` (401 Unauthorized) to {verb} {what}",
                conn.server, conn.context
            ))
            .help("your token or certificate is missing or expired: log in again or refresh the kubeconfig"),
            403 => Failure::new(format!("not allowed to {verb} {what}: {}", self.message)).help(format!(
                "ask a cluster admin for RBAC permission to `{verb}` {what} (check with `kubectl auth can-i {verb} …`)"
            )),
            _ => Failure::new(format!("cannot {verb} {what}: {}", self.with_code()))
                .help("see the server's message above; rerun with `-v` for details"),
        }
    }
}

impl ApiError {
    /// The message with the code and reason, `… (404 NotFound)`; a Status without a reason
    /// (an error relayed from the kubelet, say) shows its code alone.
    fn with_code(&self) -> String {
        match self.reason.as_str() {
            "" => format!("{} ({})", self.message, self.code),
            r => format!("{} ({} {r})", self.message, self.code),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.code == 0 { write!(f, "{}", self.message) } else { write!(f, "{}", self.with_code()) }
    }
}

pub fn connect_failure(conn: &Connection, why: &str) -> Failure {
    Failure::new(format!("cannot reach the Kubernetes API server at {} (context `{}`): {why}", conn.server, conn.context))
        .help("check that the cluster is running and that `--kubeconfig`/`--context` point at it (`kubectl cluster-info`)")
}

/// A reply body that is not a Kubernetes `Status` (an HTML error page from a proxy): its
/// first lines of text only, tags dropped, at most 300 characters.
pub fn body_summary(body: &str) -> String {
    if body.len() <= 300 && !body.contains('<') {
        return body.trim().to_string();
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).take(3).collect();
    let mut out = lines.join(" / ").split_whitespace().collect::<Vec<_>>().join(" ");
    if out.chars().count() > 300 {
        out = out.chars().take(300).collect::<String>() + "…";
    }
    if out.len() < body.trim().len() {
        out.push_str(" (reply shortened)");
    }
    out
}

/// A transport failure's cause in words (refused, timed out, name not found, TLS, reset),
/// instead of the libraries' layered `ServiceError: client error (Connect): …`.
pub fn network_words(chain: &str) -> String {
    let lower = chain.to_ascii_lowercase();
    let cause = if lower.contains("connection refused") {
        "connection refused (nothing listens at that address: is the API server running?)"
    } else if lower.contains("timed out") || lower.contains("deadline has elapsed") {
        TIMED_OUT
    } else if lower.contains("failed to lookup")
        || lower.contains("name or service not known")
        || lower.contains("dns error")
    {
        "the server's host name does not resolve"
    } else if lower.contains("connection reset") {
        "the connection was reset by the server"
    } else if lower.starts_with("tls:") || lower.contains(": tls:") {
        return chain.split("TLS: ").nth(1).map(|t| format!("TLS: {t}")).unwrap_or_else(|| chain.to_string());
    } else if lower.contains("no route to host") || lower.contains("network is unreachable") {
        "the network cannot reach the server (no route)"
    } else {
        return chain.replace("ServiceError: ", "").replace(" (os error ", " (error ");
    };
    cause.to_string()
}

/// A kubeconfig loading error in meshctl's words (paths quoted once, the I/O reason plain).
pub fn kubeconfig_words(e: &kube::config::KubeconfigError) -> String {
    use kube::config::KubeconfigError as K;
    match e {
        K::ReadConfig(io, path) => {
            format!("cannot read `{}`: {}", path.display(), crate::output::file::io_words(io))
        }
        K::Parse(p) => format!("not a valid kubeconfig: {}", first_line(&p.to_string())),
        other => chain_words(other),
    }
}

/// An error and its causes joined with `: `, each once, without library debug formatting.
pub fn chain_words(e: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cur: Option<&dyn std::error::Error> = Some(e);
    while let Some(err) = cur {
        let text = first_line(&tls_words(&err.to_string())).to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        cur = err.source();
    }
    // A later cause already repeated inside an earlier message adds nothing.
    let mut out: Vec<String> = Vec::new();
    for p in parts {
        if !out.iter().any(|o| o.contains(&p)) {
            out.push(p);
        }
    }
    out.join(": ")
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_failures_name_their_cause() {
        let w = network_words(
            "ServiceError: client error (Connect): tcp connect error: Connection refused (os error 111)",
        );
        assert!(w.starts_with("connection refused"), "{w}");
        let w =
            network_words("ServiceError: client error (Connect): TLS: the server's certificate has expired");
        assert_eq!(w, "TLS: the server's certificate has expired");
    }

    #[test]
    fn html_bodies_are_summarised() {
        let body = format!(
            "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
            "x".repeat(16_000)
        );
        let s = body_summary(&body);
        assert!(s.starts_with("502 Bad Gateway"), "{s}");
        assert!(s.chars().count() < 400, "{s}");
    }

    #[test]
    fn read_errors_quote_the_path_once() {
        let e = kube::config::KubeconfigError::ReadConfig(
            std::io::Error::from(std::io::ErrorKind::NotFound),
            "/x/config".into(),
        );
        assert_eq!(kubeconfig_words(&e), "cannot read `/x/config`: entity not found");
    }
}
