//! Configuration analysis: a registry of analyzers that read an indexed snapshot of
//! resources and report messages from a catalog. Pure: no printing, no cluster access.

use tree::Value;

pub mod analyzers;
pub mod input;
pub mod messages;
pub mod registry;
pub mod report;
pub mod retired_kinds;
pub mod schema_check;
pub mod snapshot;
pub mod tree;
pub mod util;
pub mod yaml_events;

#[cfg(test)]
mod analyzer_tests;

pub use messages::{Level, Message, Origin};
pub use snapshot::{Gvk, Resource, Snapshot, SnapshotBuilder};

/// What an analyzer says about itself: its upstream name (so `--analyzer` and suppressions
/// carry over from istioctl), a description, and the kinds it reads.
#[derive(Debug, Clone)]
pub struct Metadata {
    pub name: String,
    pub description: String,
    pub inputs: Vec<Gvk>,
}

/// Everything an analyzer may read.
pub struct Context<'a> {
    pub snapshot: &'a Snapshot,
    /// The effective mesh config (defaults, then the mesh config file or ConfigMap).
    pub mesh: &'a Value,
    /// The mesh networks config, when one was given.
    pub mesh_networks: Option<&'a Value>,
    /// The Istio control plane namespace.
    pub istio_namespace: &'a str,
    /// Schema validation for IST0106, when available (see [`schema_check`]).
    pub schema: Option<&'a schema_check::Validator<'a>>,
}

/// One check over the snapshot.
pub trait Analyzer: Send + Sync {
    fn metadata(&self) -> Metadata;
    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>);
}

/// The annotation that silences messages on one resource: a comma-separated code list or `*`.
pub const SUPPRESS_ANNOTATION: &str = "galley.istio.io/analyze-suppress";

/// A `-S CODE=Kind ns/name` suppression (the resource part may use `*` globs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    pub code: String,
    pub resource: String,
}

impl Suppression {
    /// Parses `CODE=RESOURCE`.
    pub fn parse(s: &str) -> Option<Suppression> {
        let (code, resource) = s.split_once('=')?;
        let (code, resource) = (code.trim(), resource.trim());
        if code.is_empty() || resource.is_empty() {
            return None;
        }
        Some(Suppression { code: code.to_string(), resource: resource.to_string() })
    }
    fn matches(&self, m: &Message) -> bool {
        self.code == m.code && m.origin.as_ref().is_some_and(|o| glob_match(&self.resource, &o.friendly()))
    }
}

/// `*` matches any run of characters (including none); everything else is literal.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Runs `analyzers` over the context; returns messages sorted, de-duplicated and with
/// annotation suppressions applied (flag suppressions are the caller's, see [`suppress`]).
/// The analyzers run on [`input::parse_threads`] threads.
pub fn run(ctx: &Context<'_>, analyzers: &[&dyn Analyzer]) -> Vec<Message> {
    run_on(ctx, analyzers, input::parse_threads())
}

/// [`run`] on `threads` threads. Analyzers only read the snapshot, so they are independent:
/// each runs whole on one thread, and their messages are put together in the analyzers' order,
/// so the result is the same whatever the thread count.
pub fn run_on(ctx: &Context<'_>, analyzers: &[&dyn Analyzer], threads: usize) -> Vec<Message> {
    let threads = threads.clamp(1, analyzers.len().max(1));
    let mut out = Vec::new();
    if threads == 1 {
        for a in analyzers {
            a.analyze(ctx, &mut out);
        }
    } else {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut each: Vec<Vec<Message>> = (0..analyzers.len()).map(|_| Vec::new()).collect();
        std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(a) = analyzers.get(i) else { break };
                            let mut msgs = Vec::new();
                            a.analyze(ctx, &mut msgs);
                            done.push((i, msgs));
                        }
                        done
                    })
                })
                .collect();
            for w in workers {
                for (i, msgs) in w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)) {
                    each[i] = msgs;
                }
            }
        });
        out = each.into_iter().flatten().collect();
    }
    out.retain(|m| !suppressed_by_annotation(ctx.snapshot, m));
    sort_dedup(&mut out);
    out
}

fn suppressed_by_annotation(snap: &Snapshot, m: &Message) -> bool {
    let Some(o) = &m.origin else { return false };
    snap.find(&o.kind, &o.namespace, &o.name)
        .and_then(|r| r.annotation(SUPPRESS_ANNOTATION))
        .is_some_and(|list| list.split(',').map(str::trim).any(|c| c == "*" || c == m.code))
}

/// Drops messages matched by any `-S` suppression.
pub fn suppress(messages: &mut Vec<Message>, suppressions: &[Suppression]) {
    if !suppressions.is_empty() {
        messages.retain(|m| !suppressions.iter().any(|s| s.matches(m)));
    }
}

/// Sorts by level (errors first), code, origin (kind, name, namespace), then text; drops
/// duplicates.
pub fn sort_dedup(msgs: &mut Vec<Message>) {
    let key = |m: &Message| {
        let o = m.origin.as_ref();
        (
            std::cmp::Reverse(m.level()),
            m.code,
            o.map(|o| (o.kind.clone(), o.name.clone(), o.namespace.clone())),
            m.text(),
            o.and_then(|o| o.reference.clone()),
        )
    };
    msgs.sort_by_cached_key(key);
    msgs.dedup_by(|a, b| a.code == b.code && a.origin == b.origin && a.args == b.args);
}

/// Builds a [`Metadata`].
pub fn meta(name: &str, description: &str, inputs: &[Gvk]) -> Metadata {
    Metadata { name: name.into(), description: description.into(), inputs: inputs.to_vec() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("Pod *", "Pod default/x"));
        assert!(glob_match("*x", "Pod default/x"));
        assert!(glob_match("Pod de*/x", "Pod default/x"));
        assert!(!glob_match("Pod default/y", "Pod default/x"));
    }

    #[test]
    fn analyzers_on_several_threads_give_what_one_gives() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/testdata/analyze");
        let mut b = SnapshotBuilder::new();
        let read = input::read_paths_on(&mut b, &[dir.to_string()], true, 1);
        assert!(read.files.len() > 20, "the fixtures are read: {:?}", read.files);
        let analyzers: Vec<&dyn Analyzer> = registry::all().iter().map(|a| a.as_ref()).collect();
        super::analyzer_tests::with_default_context(b, |ctx| {
            let lines = |threads| -> Vec<String> {
                run_on(ctx, &analyzers, threads).iter().map(|m| report::log_line(m, false)).collect()
            };
            let one = lines(1);
            assert!(one.len() > 50, "the fixtures give many messages: {one:?}");
            for threads in [2, 3, 8] {
                assert_eq!(lines(threads), one, "{threads} threads");
            }
        });
    }

    #[test]
    fn suppression_format() {
        assert_eq!(
            Suppression::parse("IST0102=Namespace frod"),
            Some(Suppression { code: "IST0102".into(), resource: "Namespace frod".into() })
        );
        assert_eq!(Suppression::parse("IST0102"), None);
    }
}
