//! `pods/{name}/portforward` over WebSocket with the `v4.channel.k8s.io` channel protocol.
//!
//! Each requested port `i` uses data channel `2*i` and error channel `2*i+1`. The server first
//! sends on each channel a frame `[channel, port_lo, port_hi]`; afterwards frames are
//! `[channel, payload...]`. Data received on a data channel is written to the TCP target the
//! test configured for that pod and port; bytes read from the target are sent back on it.

use std::collections::HashMap;
use std::sync::Arc;

use futures::{SinkExt, StreamExt};
use http::{Request, Response, StatusCode, header};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::{Message, handshake::derive_accept_key, protocol::Role};

use crate::handler::Target;
use crate::server::{Body, Shared, error_response, full, lock};
use crate::status::ApiError;
use crate::store::meta_str;

const V4: &str = "v4.channel.k8s.io";

pub(crate) async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
    t: &Target,
    query: &HashMap<String, String>,
) -> Response<Body> {
    match prepare(&shared, &req, t, query) {
        Ok((ports, pod_uid, protocol, accept)) => {
            let ns = t.ns.clone().unwrap_or_default();
            let pod = t.name.clone().unwrap_or_default();
            let targets: Vec<Option<std::net::SocketAddr>> = {
                let sim = lock(&shared.sim);
                ports.iter().map(|p| sim.port_targets.get(&(ns.clone(), pod.clone(), *p)).copied()).collect()
            };
            let shutdown = shared.shutdown.clone();
            tokio::spawn(async move {
                if let Ok(upgraded) = hyper::upgrade::on(req).await {
                    let ws =
                        WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, None).await;
                    run(ws, ports, targets, ns, pod, pod_uid, shutdown).await;
                }
            });
            let mut r = Response::new(full(""));
            *r.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
            let h = r.headers_mut();
            h.insert(header::UPGRADE, header::HeaderValue::from_static("websocket"));
            h.insert(header::CONNECTION, header::HeaderValue::from_static("Upgrade"));
            if let Ok(v) = accept.parse() {
                h.insert(header::SEC_WEBSOCKET_ACCEPT, v);
            }
            if let Some(p) = protocol
                && let Ok(v) = p.parse()
            {
                h.insert(header::SEC_WEBSOCKET_PROTOCOL, v);
            }
            r
        }
        Err(e) => error_response(&e),
    }
}

type Prepared = (Vec<u16>, String, Option<&'static str>, String);

fn prepare(
    shared: &Shared,
    req: &Request<Incoming>,
    t: &Target,
    query: &HashMap<String, String>,
) -> Result<Prepared, ApiError> {
    let ns = t.ns.as_deref().unwrap_or_default();
    let name = t.name.as_deref().unwrap_or_default();
    let pod_uid = {
        let store = lock(&shared.store);
        let pod = store.get("/pods", ns, name).ok_or_else(|| ApiError::not_found("", "pods", name))?;
        if pod.pointer("/status/phase").and_then(Value::as_str) != Some("Running") {
            return Err(ApiError::bad_request(format!(
                "unable to forward port because pod is not running. Current status={}",
                pod.pointer("/status/phase").and_then(Value::as_str).unwrap_or("Unknown")
            )));
        }
        meta_str(pod, "uid").to_string()
    };
    let hdr = |h: header::HeaderName| {
        req.headers().get(h).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
    };
    let upgrade = hdr(header::UPGRADE);
    let key = hdr(header::SEC_WEBSOCKET_KEY);
    if !upgrade.eq_ignore_ascii_case("websocket") || key.is_empty() {
        return Err(ApiError::bad_request("Upgrade request required"));
    }
    let mut ports = Vec::new();
    let raw = query.get("ports").cloned().unwrap_or_default();
    for p in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match p.parse::<u16>() {
            Ok(n) if n > 0 => ports.push(n),
            _ => {
                return Err(ApiError::bad_request(format!(
                    "unable to parse \"{p}\" as a port: invalid port"
                )));
            }
        }
    }
    if ports.is_empty() {
        return Err(ApiError::bad_request("at least 1 port must be specified"));
    }
    let offered = hdr(header::SEC_WEBSOCKET_PROTOCOL);
    let offered: Vec<&str> = offered.split(',').map(str::trim).filter(|s| !s.is_empty()).collect();
    // The kubelet's port-forward WebSocket handler serves the binary v4 protocol and the
    // legacy no-subprotocol form.
    let protocol = if offered.is_empty() {
        None
    } else if offered.contains(&V4) {
        Some(V4)
    } else {
        return Err(ApiError::bad_request(format!(
            "unsupported WebSocket subprotocol: {}",
            offered.join(", ")
        )));
    };
    Ok((ports, pod_uid, protocol, derive_accept_key(key.as_bytes())))
}

async fn run<S>(
    ws: WebSocketStream<S>,
    ports: Vec<u16>,
    targets: Vec<Option<std::net::SocketAddr>>,
    ns: String,
    pod: String,
    pod_uid: String,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (mut sink, mut stream) = ws.split();
    // Initial frames: each channel announces its port.
    for (i, p) in ports.iter().enumerate() {
        let [lo, hi] = p.to_le_bytes();
        for ch in [2 * i as u8, 2 * i as u8 + 1] {
            if sink.send(Message::binary(vec![ch, lo, hi])).await.is_err() {
                return;
            }
        }
    }
    let (out_tx, mut out_rx) = mpsc::channel::<Message>(64);
    let mut writers: Vec<Option<tokio::net::tcp::OwnedWriteHalf>> = Vec::new();
    let mut open = 0usize;
    for (i, (port, target)) in ports.iter().zip(targets).enumerate() {
        let data_ch = 2 * i as u8;
        let err_ch = data_ch + 1;
        let conn = match target {
            Some(addr) => TcpStream::connect(addr).await.map_err(|e| e.to_string()),
            None => Err("connection refused".to_string()),
        };
        match conn {
            Ok(tcp) => {
                let (mut r, w) = tcp.into_split();
                writers.push(Some(w));
                open += 1;
                let tx = out_tx.clone();
                tokio::spawn(async move {
                    let mut buf = vec![0u8; 32 * 1024];
                    loop {
                        match r.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => {
                                let mut frame = Vec::with_capacity(n + 1);
                                frame.push(data_ch);
                                frame.extend_from_slice(&buf[..n]);
                                if tx.send(Message::binary(frame)).await.is_err() {
                                    return;
                                }
                            }
                        }
                    }
                    // Target closed its side: signal with an empty text marker to the loop.
                    let _ = tx.send(Message::Text(format!("eof:{data_ch}").into())).await;
                });
            }
            Err(e) => {
                writers.push(None);
                let msg = format!(
                    "error forwarding port {port} to pod {pod_uid}, uid : failed to connect to localhost:{port} inside namespace \"{ns}\" (pod {pod}): {e}"
                );
                let mut frame = vec![err_ch];
                frame.extend_from_slice(msg.as_bytes());
                if sink.send(Message::binary(frame)).await.is_err() {
                    return;
                }
            }
        }
    }
    drop(out_tx);
    if open == 0 {
        let _ = sink.send(Message::Close(None)).await;
        return;
    }
    loop {
        tokio::select! {
            msg = stream.next() => match msg {
                Some(Ok(Message::Binary(b))) if !b.is_empty() => {
                    let ch = b[0] as usize;
                    if ch.is_multiple_of(2)
                        && let Some(Some(w)) = writers.get_mut(ch / 2)
                            && w.write_all(&b[1..]).await.is_err() {
                                writers[ch / 2] = None;
                            }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => {}
            },
            out = out_rx.recv() => match out {
                Some(Message::Text(t)) if t.starts_with("eof:") => {
                    open = open.saturating_sub(1);
                    if open == 0 {
                        let _ = sink.send(Message::Close(None)).await;
                        break;
                    }
                }
                Some(m) => {
                    if sink.send(m).await.is_err() {
                        break;
                    }
                }
                None => break,
            },
            _ = shutdown.changed() => break,
        }
    }
    for w in writers.iter_mut().flatten() {
        let _ = w.shutdown().await;
    }
    let _ = sink.close().await;
}
