//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::sync::Arc;
use std::time::Duration;

use meshctl_testapi::TestApiServer;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use serde_json::Value;

/// A reqwest client trusting the server's CA and sending its token.
pub fn http(srv: &TestApiServer) -> reqwest::Client {
    http_with_token(srv, Some(srv.token()))
}

pub fn http_with_token(srv: &TestApiServer, token: Option<&str>) -> reqwest::Client {
    let mut roots = rustls::RootCertStore::empty();
    for c in CertificateDer::pem_slice_iter(srv.ca_pem().as_bytes()) {
        roots.add(c.expect("CA PEM")).expect("add CA");
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocol versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.alpn_protocols = vec![b"http/1.1".to_vec()];
    let mut headers = reqwest::header::HeaderMap::new();
    if let Some(t) = token {
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {t}").parse().expect("header"));
    }
    reqwest::Client::builder()
        .tls_backend_preconfigured(cfg)
        .default_headers(headers)
        .timeout(Duration::from_secs(20))
        .build()
        .expect("reqwest client")
}

/// Send a request and return (status, JSON body).
pub async fn send(
    c: &reqwest::Client,
    method: reqwest::Method,
    url: String,
    content_type: Option<&str>,
    body: Option<String>,
) -> (u16, Value) {
    let mut rb = c.request(method, url);
    if let Some(ct) = content_type {
        rb = rb.header(reqwest::header::CONTENT_TYPE, ct);
    }
    if let Some(b) = body {
        rb = rb.body(b);
    }
    let resp = rb.send().await.expect("send request");
    let code = resp.status().as_u16();
    let text = resp.text().await.expect("read body");
    let v = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (code, v)
}

/// Poll `f` until it returns `Some`, for at most `secs` seconds.
pub async fn eventually<T>(secs: u64, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(tokio::time::Instant::now() < deadline, "condition not reached within {secs}s");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
