//! Errors with help lines, the exit-code table, and TLS failures in words (for the cluster
//! client and HTTPS inputs alike).

use miette::Diagnostic;
use thiserror::Error;

/// Exit codes scripts can rely on (istioctl's where they exist).
pub mod exit {
    pub const OK: u8 = 0;
    pub const ERROR: u8 = 1;
    pub const USAGE: u8 = 64;
    pub const UNPARSEABLE: u8 = 65;
    pub const ANALYZE_FOUND_ISSUES: u8 = 79;
}

/// A user-facing failure: what went wrong, what to do next, and the exit code to use.
#[derive(Debug, Error, Diagnostic)]
#[error("{message}")]
pub struct Failure {
    pub message: String,
    #[help]
    pub help: Option<String>,
    pub code: u8,
}

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Failure { message: message.into(), help: None, code: exit::ERROR }
    }
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn code(mut self, code: u8) -> Self {
        self.code = code;
        self
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(message).code(exit::USAGE)
    }
}

pub type Result<T, E = miette::Report> = std::result::Result<T, E>;

/// The exit code carried by a report, if it wraps a [`Failure`].
pub fn exit_code_of(report: &miette::Report) -> u8 {
    if let Some(f) = report.downcast_ref::<Failure>() {
        return f.code;
    }
    exit::ERROR
}

/// Standard output was closed by its reader (`meshctl … | head`): not a failure.
#[derive(Debug, Error, Diagnostic)]
#[error("standard output was closed")]
pub struct BrokenPipe;

/// Turns a write error on stdout into a report, keeping a closed pipe recognisable.
pub fn stdout_error(e: std::io::Error) -> miette::Report {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        miette::Report::new(BrokenPipe)
    } else {
        miette::Report::new(Failure::new(format!("cannot write to standard output: {e}")))
    }
}

/// True when the error chain ends in a closed pipe (`meshctl … | head`), which is a clean exit.
pub fn is_broken_pipe(report: &miette::Report) -> bool {
    report.downcast_ref::<BrokenPipe>().is_some()
        || report.chain().any(|e| {
            e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        })
}

/// Certificate failures from rustls/webpki, which print as Rust debug values
/// (`invalid peer certificate: UnknownIssuer`), in words a user can act on.
pub fn tls_words(s: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("CaUsedAsEndEntity", "the server presented a CA certificate as its own certificate"),
        ("UnknownIssuer", "the server's certificate is signed by an authority the kubeconfig does not trust"),
        ("NotValidForName", "the server's certificate is not valid for this host name"),
        ("Expired", "the server's certificate has expired"),
        ("NotValidYet", "the server's certificate is not valid yet (check the clock)"),
        ("BadSignature", "the server's certificate has a bad signature"),
        ("Revoked", "the server's certificate is revoked"),
        ("BadEncoding", "the server's certificate cannot be decoded"),
        ("UnsupportedSignatureAlgorithm", "the server's certificate uses an unsupported signature algorithm"),
    ];
    for (code, words) in WORDS {
        if s.contains(code) {
            return format!("TLS: {words}");
        }
    }
    s.to_string()
}

#[cfg(test)]
mod tls_tests {
    use super::*;

    #[test]
    fn tls_debug_values_become_words() {
        let w = tls_words("invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))");
        assert_eq!(w, "TLS: the server presented a CA certificate as its own certificate");
    }
}
