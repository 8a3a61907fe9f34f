//! Watch: newline-delimited `WatchEvent` JSON streams with history replay and bookmarks.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{Response, StatusCode, header};
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use serde_json::{Value, json};
use tokio::sync::{broadcast, mpsc};

use crate::handler::{Ctx, Target, with_type};
use crate::selectors::{FieldSelector, LabelSelector};
use crate::server::{Body, Shared, error_response, lock};
use crate::status::ApiError;
use crate::store::{EventType, StoredEvent};

struct Filter {
    meta_only: bool,
    key: String,
    ns: Option<String>,
    name: Option<String>,
    ls: LabelSelector,
    fs: FieldSelector,
}

impl Filter {
    fn render(&self, rt: &crate::store::ResourceType, obj: Value) -> Value {
        let v = with_type(rt, obj);
        if self.meta_only { crate::handler::to_metadata(v) } else { v }
    }

    fn matches(&self, obj: &Value) -> bool {
        self.ls.matches(obj) && self.fs.matches(obj)
    }

    /// Translate a store event into the event this watcher sees, if any.
    fn translate(&self, ev: &StoredEvent) -> Option<(&'static str, Value)> {
        if ev.key != self.key {
            return None;
        }
        if self.ns.as_ref().is_some_and(|ns| *ns != ev.namespace) {
            return None;
        }
        if self
            .name
            .as_ref()
            .is_some_and(|n| ev.object.pointer("/metadata/name").and_then(Value::as_str) != Some(n))
        {
            return None;
        }
        let now = self.matches(&ev.object);
        let before = ev.old.as_ref().is_some_and(|o| self.matches(o));
        match ev.kind {
            EventType::Added if now => Some(("ADDED", ev.object.clone())),
            EventType::Modified if now && before => Some(("MODIFIED", ev.object.clone())),
            EventType::Modified if now => Some(("ADDED", ev.object.clone())),
            EventType::Modified if before => Some(("DELETED", ev.object.clone())),
            EventType::Deleted if before || now => Some(("DELETED", ev.object.clone())),
            _ => None,
        }
    }
}

fn line(kind: &str, object: Value) -> Bytes {
    let mut s = json!({"type": kind, "object": object}).to_string();
    s.push('\n');
    Bytes::from(s)
}

pub(crate) fn handle(shared: Arc<Shared>, t: &Target, ctx: &Ctx) -> Response<Body> {
    match start(shared, t, ctx) {
        Ok(r) => r,
        Err(e) => error_response(&e),
    }
}

fn start(shared: Arc<Shared>, t: &Target, ctx: &Ctx) -> Result<Response<Body>, ApiError> {
    let ls = LabelSelector::parse(ctx.q("labelSelector").unwrap_or_default())?;
    let mut fs_str = ctx.q("fieldSelector").unwrap_or_default().to_string();
    if let Some(n) = &t.name {
        // Legacy /watch/.../{name} paths watch a single object.
        if !fs_str.is_empty() {
            fs_str.push(',');
        }
        fs_str.push_str(&format!("metadata.name={n}"));
    }
    let fs = FieldSelector::parse(&fs_str, &t.rt.kind)?;
    let filter = Filter {
        meta_only: crate::handler::wants_metadata(&ctx.accept),
        key: t.rt.key(),
        ns: t.ns.clone(),
        name: None,
        ls,
        fs,
    };
    let timeout = match ctx.q("timeoutSeconds") {
        Some(s) => Some(Duration::from_secs(
            s.parse::<u64>()
                .map_err(|_| ApiError::bad_request(format!("invalid value for timeoutSeconds: {s}")))?,
        )),
        None => None,
    };
    let bookmarks = ctx.flag("allowWatchBookmarks");
    let send_initial = ctx.flag("sendInitialEvents");
    let rv_param = ctx.q("resourceVersion").unwrap_or_default().to_string();
    let rt = t.rt.clone();

    let (tx, rx) = mpsc::channel::<Result<Frame<Bytes>, std::io::Error>>(256);
    let mut initial: Vec<Bytes> = Vec::new();
    let (sub, start_rv) = {
        let store = lock(&shared.store);
        let sub = store.tx.subscribe();
        if rv_param.is_empty() || rv_param == "0" || send_initial {
            for obj in store.list(&filter.key, filter.ns.as_deref()) {
                if filter.matches(&obj) {
                    initial.push(line("ADDED", filter.render(&rt, obj)));
                }
            }
            if send_initial && bookmarks {
                initial.push(line(
                    "BOOKMARK",
                    json!({"kind": rt.kind, "apiVersion": rt.api_version(), "metadata": {
                        "resourceVersion": store.rv.to_string(),
                        "annotations": {"k8s.io/initial-events-end": "true"}
                    }}),
                ));
            }
            (sub, store.rv)
        } else {
            let rv: u64 = rv_param
                .parse()
                .map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv_param}")))?;
            match store.events_since(rv) {
                Some(evs) => {
                    for ev in evs {
                        if let Some((k, o)) = filter.translate(&ev) {
                            initial.push(line(k, filter.render(&rt, o)));
                        }
                    }
                    (sub, store.rv)
                }
                None => {
                    // Too old: a 200 response carrying a single ERROR event, as the real server does.
                    let err = ApiError::gone(format!("too old resource version: {rv} ({})", store.oldest));
                    initial.push(line("ERROR", err.to_status()));
                    drop(sub);
                    let body = futures::stream::iter(initial.into_iter().map(|b| Ok(Frame::data(b))));
                    return Ok(stream_response(StreamBody::new(body).boxed()));
                }
            }
        }
    };
    let interval = lock(&shared.sim).bookmark_interval;
    let shutdown = shared.shutdown.clone();
    tokio::spawn(run(tx, sub, initial, filter, rt, timeout, bookmarks, start_rv, interval, shutdown));
    let body = StreamBody::new(tokio_stream_from(rx)).boxed();
    Ok(stream_response(body))
}

fn stream_response(body: Body) -> Response<Body> {
    let mut r = Response::new(body);
    *r.status_mut() = StatusCode::OK;
    r.headers_mut().insert(header::CONTENT_TYPE, header::HeaderValue::from_static("application/json"));
    r
}

fn tokio_stream_from(
    mut rx: mpsc::Receiver<Result<Frame<Bytes>, std::io::Error>>,
) -> impl futures::Stream<Item = Result<Frame<Bytes>, std::io::Error>> {
    futures::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

#[allow(clippy::too_many_arguments)]
async fn run(
    tx: mpsc::Sender<Result<Frame<Bytes>, std::io::Error>>,
    mut sub: broadcast::Receiver<Arc<StoredEvent>>,
    initial: Vec<Bytes>,
    filter: Filter,
    rt: crate::store::ResourceType,
    timeout: Option<Duration>,
    bookmarks: bool,
    start_rv: u64,
    interval: Duration,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    for b in initial {
        if tx.send(Ok(Frame::data(b))).await.is_err() {
            return;
        }
    }
    let mut last_rv = start_rv;
    let deadline = async {
        match timeout {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(deadline);
    let mut ticker = tokio::time::interval(interval);
    ticker.tick().await;
    let bookmark = |rv: u64| {
        line(
            "BOOKMARK",
            json!({"kind": rt.kind, "apiVersion": rt.api_version(), "metadata": {"resourceVersion": rv.to_string()}}),
        )
    };
    loop {
        tokio::select! {
            ev = sub.recv() => match ev {
                Ok(ev) => {
                    if ev.rv <= last_rv {
                        continue;
                    }
                    last_rv = ev.rv;
                    if let Some((k, o)) = filter.translate(&ev)
                        && tx.send(Ok(Frame::data(line(k, filter.render(&rt, o))))).await.is_err() {
                            return;
                        }
                }
                // Lagged or closed: end the stream; the client re-establishes the watch.
                Err(_) => return,
            },
            _ = ticker.tick(), if bookmarks => {
                if tx.send(Ok(Frame::data(bookmark(last_rv)))).await.is_err() {
                    return;
                }
            }
            _ = &mut deadline => {
                if bookmarks {
                    let _ = tx.send(Ok(Frame::data(bookmark(last_rv)))).await;
                }
                return;
            }
            _ = tx.closed() => return,
            _ = shutdown.changed() => return,
        }
    }
}
