//! Fault injection: failing requests, latency, dropped connections, forbidden verbs.

use std::time::Duration;

use serde_json::json;

use crate::status::ApiError;

#[derive(Debug, Default)]
pub(crate) struct Faults {
    fail_remaining: u32,
    fail_status: u16,
    retry_after: Option<u64>,
    pub latency: Duration,
    pub drop_next: bool,
    /// `(verb, resource)` pairs answered with 403.
    pub forbidden: Vec<(String, String)>,
}

impl Faults {
    pub fn fail_next(&mut self, n: u32, status: u16, retry_after: Option<u64>) {
        self.fail_remaining = n;
        self.fail_status = status;
        self.retry_after = retry_after;
    }

    /// The injected failure for this request, if one is armed.
    pub fn take_failure(&mut self) -> Option<ApiError> {
        if self.fail_remaining == 0 {
            return None;
        }
        self.fail_remaining -= 1;
        let mut err = match self.fail_status {
            429 => ApiError::new(
                429,
                "TooManyRequests",
                "the server has received too many requests and has asked us to try again later",
            )
            .with_details(json!({})),
            503 => ApiError::new(
                503,
                "ServiceUnavailable",
                "the server is currently unable to handle the request",
            )
            .with_details(json!({})),
            code => ApiError::new(
                code,
                "InternalError",
                "an error on the server (\"injected failure\") has prevented the request from succeeding",
            )
            .with_details(
                json!({"causes": [{"reason": "UnexpectedServerResponse", "message": "injected failure"}]}),
            ),
        };
        err.retry_after = self.retry_after;
        Some(err)
    }

    pub fn take_drop(&mut self) -> bool {
        std::mem::take(&mut self.drop_next)
    }

    /// Whether `verb` on `resource` (`pods`, `deployments.apps`, `pods/portforward`) is forbidden.
    pub fn is_forbidden(&self, verb: &str, plural: &str, group: &str, sub: Option<&str>) -> bool {
        let full = match sub {
            Some(s) => format!("{plural}/{s}"),
            None => plural.to_string(),
        };
        let qualified = if group.is_empty() {
            full.clone()
        } else {
            match sub {
                Some(s) => format!("{plural}.{group}/{s}"),
                None => format!("{plural}.{group}"),
            }
        };
        self.forbidden
            .iter()
            .any(|(v, r)| (v == "*" || v == verb) && (r == "*" || *r == full || *r == qualified))
    }
}
