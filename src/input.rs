//! Reading inputs (a file, `-` for stdin, or an `http(s)://` URL) with a size bound, so a
//! `/dev/zero` or an endless download ends in a clear error instead of exhausting memory.

use std::io::Read;
use std::time::Duration;

use crate::error::Failure;

/// The environment variable that raises (or lowers) the input size limit.
pub const LIMIT_ENV: &str = "MESHCTL_MAX_INPUT_SIZE";

/// The default limit: far above any real manifest, far below what hurts a laptop.
pub const DEFAULT_LIMIT: u64 = 256 << 20;

/// The input size limit in bytes: `MESHCTL_MAX_INPUT_SIZE` (bytes, or with a `Ki`, `Mi` or
/// `Gi` suffix), else 256 MiB.
pub fn limit() -> Result<u64, Failure> {
    match std::env::var(LIMIT_ENV) {
        Ok(v) if !v.trim().is_empty() => parse_size(v.trim()).ok_or_else(|| {
            Failure::usage(format!("{LIMIT_ENV}=`{v}` is not a size"))
                .help("give a number of bytes, optionally with a `Ki`, `Mi` or `Gi` suffix, e.g. `1Gi`")
        }),
        _ => Ok(DEFAULT_LIMIT),
    }
}

fn parse_size(s: &str) -> Option<u64> {
    let (num, shift) = match s {
        _ if s.ends_with("Ki") => (&s[..s.len() - 2], 10),
        _ if s.ends_with("Mi") => (&s[..s.len() - 2], 20),
        _ if s.ends_with("Gi") => (&s[..s.len() - 2], 30),
        _ => (s, 0),
    };
    num.parse::<u64>().ok()?.checked_mul(1u64 << shift)
}

/// A size for people: `256 MiB`.
pub fn human(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        b if b >= 1 << 20 && b % (1 << 20) == 0 => format!("{} MiB", b >> 20),
        b if b >= 1 << 10 && b % (1 << 10) == 0 => format!("{} KiB", b >> 10),
        b => format!("{b} bytes"),
    }
}

/// The error for an input over the limit.
pub fn too_large(name: &str, limit: u64) -> Failure {
    Failure::new(format!("`{name}` is larger than the input size limit of {}", human(limit)))
        .help(format!("raise the limit with the environment variable {LIMIT_ENV} (e.g. {LIMIT_ENV}=1Gi)"))
}

/// Reads a whole source as UTF-8 text. Returns the text and the name to use in messages
/// (`<stdin>`, the URL, or the path).
pub fn read_source(src: &str) -> Result<(String, String), Failure> {
    let limit = limit()?;
    if src == "-" {
        let bytes = read_bounded(std::io::stdin().lock(), "<stdin>", limit)
            .map_err(|e| e.help("`-` reads standard input; pipe or redirect the YAML into meshctl"))?;
        return decode(bytes, "<stdin>").map(|t| (t, "<stdin>".to_string()));
    }
    if src.starts_with("https://") || src.starts_with("http://") {
        let bytes = fetch(src, limit)?;
        return decode(bytes, src).map(|t| (t, src.to_string()));
    }
    let fail = |e: std::io::Error| {
        Failure::new(format!("cannot read `{src}`: {}", crate::output::file::io_words(&e)))
            .help("check the path (use `-` for stdin)")
    };
    let file = std::fs::File::open(src).map_err(fail)?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(Failure::new(format!("cannot read `{src}`: it is a directory"))
            .help("give a YAML file (or `-` for stdin)"));
    }
    let bytes = read_bounded(file, src, limit)?;
    decode(bytes, src).map(|t| (t, src.to_string()))
}

fn read_bounded(r: impl Read, name: &str, limit: u64) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    r.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| {
        let why = if e.raw_os_error() == Some(9) {
            "it is closed".to_string()
        } else {
            crate::output::file::io_words(&e)
        };
        Failure::new(format!("cannot read `{name}`: {why}"))
    })?;
    if bytes.len() as u64 > limit {
        return Err(too_large(name, limit));
    }
    Ok(bytes)
}

/// UTF-8 text, or an error naming the first bad byte's offset, line and column.
pub fn decode(bytes: Vec<u8>, name: &str) -> Result<String, Failure> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..at];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = at - before.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1) + 1;
        Failure::new(format!(
            "`{name}` is not UTF-8 text: invalid byte 0x{:02x} at byte offset {at} (line {line}, column {column})",
            e.as_bytes()[at]
        ))
        .help("YAML input must be UTF-8; convert it (e.g. with `iconv -t UTF-8`)")
    })
}

/// Downloads a URL with timeouts and the size limit.
fn fetch(url: &str, limit: u64) -> Result<Vec<u8>, Failure> {
    crate::install_crypto_provider();
    let fail = |why: String| {
        Failure::new(format!("cannot fetch `{url}`: {why}"))
            .help("check the URL and your network, or download the file and pass its path")
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| fail(e.to_string()))?;
    rt.block_on(async {
        let client = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .redirect(reqwest::redirect::Policy::limited(5))
            .build()
            .map_err(|e| fail(network_cause(&e)))?;
        let mut resp = client.get(url).send().await.map_err(|e| fail(network_cause(&e)))?;
        if !resp.status().is_success() {
            return Err(fail(format!("the server answered {}", resp.status())));
        }
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err(too_large(url, limit));
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| fail(network_cause(&e)))? {
            if (body.len() + chunk.len()) as u64 > limit {
                return Err(too_large(url, limit));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    })
}

/// The reason a request failed, in words: timeout, refused, TLS, redirects, or the innermost
/// cause the libraries give.
pub fn network_cause(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        return "no answer in time (timed out)".into();
    }
    if e.is_redirect() {
        return "too many redirects (a redirect loop?)".into();
    }
    let mut inner: &dyn std::error::Error = e;
    while let Some(s) = inner.source() {
        inner = s;
    }
    let cause = inner.to_string();
    let lower = cause.to_ascii_lowercase();
    if lower.contains("connection refused") {
        "connection refused (is the server running?)".into()
    } else if lower.contains("certificate") || lower.contains("tls") || lower.contains("handshake") {
        format!("TLS failure: {}", crate::error::tls_words(&cause))
    } else if lower.contains("dns") || lower.contains("failed to lookup") || lower.contains("name or service")
    {
        format!("the host name does not resolve ({cause})")
    } else {
        crate::output::file::io_words(&std::io::Error::other(cause))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("10"), Some(10));
        assert_eq!(parse_size("2Mi"), Some(2 << 20));
        assert_eq!(parse_size("99999999999999Gi"), None);
        assert_eq!(human(256 << 20), "256 MiB");
    }

    #[test]
    fn bad_utf8_names_the_byte() {
        let e = decode(b"a: 1\nb: \xff\n".to_vec(), "x.yaml").unwrap_err();
        assert!(e.message.contains("byte offset 8 (line 2, column 4)"), "{}", e.message);
    }

    #[test]
    fn the_limit_is_enforced() {
        let e = read_bounded(std::io::repeat(b'a'), "zero", 1000).unwrap_err();
        assert!(e.message.contains("larger than the input size limit of 1000 bytes"), "{}", e.message);
        assert!(e.help.unwrap_or_default().contains(LIMIT_ENV));
    }
}
