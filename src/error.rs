//! Errors with help lines, and the exit-code table.

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

/// True when the error chain ends in a closed pipe (`meshctl … | head`), which is a clean exit.
pub fn is_broken_pipe(report: &miette::Report) -> bool {
    report.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
