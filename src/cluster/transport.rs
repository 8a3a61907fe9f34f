//! What every request to the API server passes through on its way back: a bound on the
//! answer's size and on its total time, and (with `-v`) a log line per request.
//!
//! The client library bounds each *read* (`read_timeout`), so a server that trickles a byte
//! now and then, or streams an endless list, would keep a command running and its memory
//! growing forever. Here the whole answer must arrive within the `--kubeclient-timeout` and
//! within the input size limit (`MESHCTL_MAX_INPUT_SIZE`).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{Request, Response};
use http_body::{Body as HttpBody, Frame};
use kube::client::Body;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Why an answer was cut off, in words that name the limit and how to raise it.
#[derive(Debug, thiserror::Error)]
pub enum AnswerCut {
    #[error(
        "the answer is larger than the input size limit of {} (raise it with the environment variable {})",
        crate::input::human(*.0),
        crate::input::LIMIT_ENV
    )]
    TooLarge(u64),
    #[error(
        "the answer did not arrive in full within {} (the `--kubeclient-timeout`)",
        crate::duration::show_duration(*.0)
    )]
    TooSlow(Duration),
}

/// The limits every answer is held to.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub bytes: u64,
    pub time: Duration,
    /// Log each request on stderr (`-v`).
    pub log: bool,
}

/// An answer body that fails once it grows past the limit or outlives the deadline.
pub struct Bounded<B> {
    inner: B,
    read: u64,
    limits: Limits,
    deadline: Pin<Box<tokio::time::Sleep>>,
}

impl<B> HttpBody for Bounded<B>
where
    B: HttpBody<Data = Bytes> + Unpin,
    B::Error: Into<BoxError>,
{
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                this.read += frame.data_ref().map_or(0, |d| d.len() as u64);
                if this.read > this.limits.bytes {
                    return Poll::Ready(Some(Err(Box::new(AnswerCut::TooLarge(this.limits.bytes)))));
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e.into()))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => match this.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Some(Err(Box::new(AnswerCut::TooSlow(this.limits.time))))),
                Poll::Pending => Poll::Pending,
            },
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.inner.size_hint()
    }
}

/// The service layer that bounds answers and logs requests.
#[derive(Clone, Copy)]
pub struct BoundLayer(pub Limits);

impl<S> tower::Layer<S> for BoundLayer {
    type Service = BoundService<S>;
    fn layer(&self, inner: S) -> BoundService<S> {
        BoundService { inner, limits: self.0 }
    }
}

#[derive(Clone)]
pub struct BoundService<S> {
    inner: S,
    limits: Limits,
}

type Answer<B> = Response<Bounded<B>>;

impl<S, B> tower::Service<Request<Body>> for BoundService<S>
where
    S: tower::Service<Request<Body>, Response = Response<B>>,
    S::Future: Send + 'static,
    S::Error: Into<BoxError>,
    B: HttpBody<Data = Bytes> + Unpin,
{
    type Response = Answer<B>;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<Answer<B>, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, req: Request<Body>) -> Self::Future {
        let limits = self.limits;
        let what = limits.log.then(|| format!("{} {}", req.method(), req.uri()));
        let started = Instant::now();
        // The deadline covers the whole exchange: it starts before the request is sent.
        let deadline = Box::pin(tokio::time::sleep(limits.time));
        let answer = self.inner.call(req);
        Box::pin(async move {
            let answer = answer.await.map_err(Into::into);
            if let Some(what) = what {
                let outcome = match &answer {
                    Ok(r) => r.status().to_string(),
                    Err(e) => super::errors::network_words(&super::errors::chain_words(e.as_ref())),
                };
                eprintln!("{what} → {outcome} in {} ms", started.elapsed().as_millis());
            }
            Ok(answer?.map(|inner| Bounded { inner, read: 0, limits, deadline }))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::{BodyExt, StreamBody};

    fn limits(bytes: u64, ms: u64) -> Limits {
        Limits { bytes, time: Duration::from_millis(ms), log: false }
    }

    fn bounded<B>(inner: B, l: Limits) -> Bounded<B> {
        Bounded { inner, read: 0, limits: l, deadline: Box::pin(tokio::time::sleep(l.time)) }
    }

    #[tokio::test]
    async fn an_answer_within_the_limits_passes_whole() {
        let body =
            bounded(http_body_util::Full::new(Bytes::from_static(b"{\"kind\":\"List\"}")), limits(100, 1000));
        assert_eq!(body.collect().await.unwrap().to_bytes(), Bytes::from_static(b"{\"kind\":\"List\"}"));
    }

    #[tokio::test]
    async fn an_endless_answer_stops_at_the_size_limit() {
        let endless = futures::stream::repeat_with(|| {
            Ok::<_, std::io::Error>(Frame::data(Bytes::from(vec![b'x'; 1024])))
        });
        let body = bounded(StreamBody::new(endless), limits(64 * 1024, 60_000));
        let err = body.collect().await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "the answer is larger than the input size limit of 64 KiB (raise it with the environment variable MESHCTL_MAX_INPUT_SIZE)"
        );
    }

    #[tokio::test]
    async fn a_trickling_answer_stops_at_the_deadline() {
        let trickle = futures::stream::unfold((), |()| async {
            tokio::time::sleep(Duration::from_millis(20)).await;
            Some((Ok::<_, std::io::Error>(Frame::data(Bytes::from_static(b"x"))), ()))
        });
        let started = Instant::now();
        let err =
            bounded(StreamBody::new(Box::pin(trickle)), limits(1 << 20, 200)).collect().await.unwrap_err();
        assert!(err.to_string().starts_with("the answer did not arrive in full within"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
