//! The stream driver: a YAML stream split into documents, documents injected in batches by
//! as many threads as the process may use, each document parsed, handed to the per-object
//! pipeline ([`super::pipeline`]) and written back in input order. Documents injection does
//! not change are copied byte for byte; errors name the input, line and column.

use crate::error::Failure;
use crate::resource::{self, RawDoc};

use super::pipeline::{InjectError, inject_object};
use super::splice::Splicer;
use super::{InjectConfig, InjectOutcome, ReportLine, typecheck, yaml};

/// Injects every workload of a multi-document YAML stream. `origin` names the input in errors.
pub fn inject_stream(src: &str, origin: &str, cfg: &InjectConfig) -> Result<InjectOutcome, Failure> {
    let mut buf = Vec::with_capacity(src.len() * 2);
    let report = inject_to(src, origin, cfg, &mut buf)?;
    let output = String::from_utf8(buf)
        .map_err(|e| Failure::new(format!("internal error: output is not UTF-8: {e}")))?;
    Ok(InjectOutcome { output, report })
}

/// Like [`inject_stream`], writing document by document to `out`. On error, part of the
/// output may have been written: callers write to a spool file and publish it on success.
///
/// Large streams are injected by several threads (as many as the process may run on), a
/// batch of documents at a time, each batch written in input order before the next starts:
/// the output, the report and the error (the first failing document's) are the same as with
/// one thread, and memory stays bounded by the batch.
pub fn inject_to<W: std::io::Write>(
    src: &str,
    origin: &str,
    cfg: &InjectConfig,
    out: &mut W,
) -> Result<Vec<ReportLine>, Failure> {
    let docs = resource::split_documents(src);
    let threads = worker_threads(docs.len());
    inject_docs(&docs, origin, cfg, &Splicer::new(true), out, threads)
}

/// Injects `docs` with `threads` threads, the parts of their sidecars cached in `splicer`.
pub(super) fn inject_docs<W: std::io::Write>(
    docs: &[RawDoc<'_>],
    origin: &str,
    cfg: &InjectConfig,
    splicer: &Splicer,
    out: &mut W,
    threads: usize,
) -> Result<Vec<ReportLine>, Failure> {
    let mut report = Vec::new();
    let fail = |e: std::io::Error| Failure::new(format!("cannot write the output: {e}"));
    // Documents are rendered into buffers handed to `out` in large chunks: their capacity is
    // reused, and the output is copied once instead of once per layer.
    const CHUNK: usize = 1 << 18;
    if threads <= 1 {
        let mut text = String::with_capacity(CHUNK + (CHUNK >> 2));
        for doc in docs {
            inject_document(doc, origin, cfg, splicer, &mut report, &mut text)?;
            if text.len() >= CHUNK {
                out.write_all(text.as_bytes()).map_err(fail)?;
                text.clear();
            }
        }
        out.write_all(text.as_bytes()).map_err(fail)?;
        return Ok(report);
    }
    let mut buffers: Vec<String> = (0..threads).map(|_| String::with_capacity(CHUNK)).collect();
    for batch in docs.chunks(BATCH_PER_THREAD * threads) {
        let share = batch.len().div_ceil(threads);
        let results: Vec<Result<Vec<ReportLine>, Failure>> = std::thread::scope(|scope| {
            let workers: Vec<_> = batch
                .chunks(share)
                .zip(buffers.iter_mut())
                .map(|(part, text)| {
                    scope.spawn(move || {
                        text.clear();
                        let mut lines = Vec::with_capacity(part.len());
                        for doc in part {
                            inject_document(doc, origin, cfg, splicer, &mut lines, text)?;
                        }
                        Ok(lines)
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join()
                        .unwrap_or_else(|_| Err(Failure::new("internal error: an injection thread panicked")))
                })
                .collect()
        });
        for (lines, text) in results.into_iter().zip(&buffers) {
            report.extend(lines?);
            out.write_all(text.as_bytes()).map_err(fail)?;
        }
    }
    Ok(report)
}

/// Documents per thread in one batch: enough to amortise starting the threads, few enough
/// to keep the batch's output small.
const BATCH_PER_THREAD: usize = 64;

/// How many threads inject `docs` documents: one for small inputs (start-up stays in
/// milliseconds), else the CPUs this process may use (its affinity mask), at most eight.
fn worker_threads(docs: usize) -> usize {
    if docs < 2 * BATCH_PER_THREAD {
        return 1;
    }
    std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8)
}

/// Injects one document and appends the result (with its `---` terminator) to `out`.
fn inject_document(
    doc: &RawDoc<'_>,
    origin: &str,
    cfg: &InjectConfig,
    splicer: &Splicer,
    report: &mut Vec<ReportLine>,
    out: &mut String,
) -> Result<(), Failure> {
    if doc.is_blank() {
        if !doc.text.trim().is_empty() {
            // Comments between documents are kept.
            write_doc(out, doc.text);
        }
        return Ok(());
    }
    let value = resource::parse_doc(doc).map_err(|e| {
        Failure::new(format!(
            "{origin}:{}:{}: malformed YAML: {}",
            e.line,
            e.column,
            parser_message(&e.message)
        ))
        .help("fix the YAML at that line; nothing was written")
    })?;
    let Some(mut value) = value else {
        return Ok(());
    };
    let mut splices = yaml::Splices::default();
    let changed =
        inject_object(&mut value, cfg, splicer, report, &[], &mut splices).map_err(|e| match e {
            InjectError::Invalid { object, inv } => Failure::new(format!(
                "{origin}:{}: invalid annotation `{}` on {object}: `{}` must be {}",
                doc.line, inv.annotation, inv.value, inv.rule
            ))
            .help(format!("fix or remove the `{}` annotation; nothing was written", inv.annotation)),
            InjectError::Other(m) => Failure::new(format!("{origin}:{}: {m}", doc.line)),
            InjectError::Shape(t) => Failure::new(format!(
                "{origin}:{}: `{}` must be {}, found {}",
                typecheck::line_of(doc, &t.path),
                t.path,
                t.want,
                t.got
            ))
            .help("fix the field's type (as `kubectl apply` would require); nothing was written"),
        })?;
    if changed {
        let start = out.len();
        yaml::write_document_with(out, &value, &splices);
        if !out[start..].ends_with('\n') {
            out.push('\n');
        }
        out.push_str("---\n");
    } else {
        write_doc(out, doc.text);
    }
    Ok(())
}

fn write_doc(out: &mut String, text: &str) {
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("---\n");
}

/// The parser's own words, without its prefix and its document-relative position.
fn parser_message(m: &str) -> &str {
    let m = m.strip_prefix("error: ").unwrap_or(m);
    if m.starts_with("line ")
        && let Some((_, rest)) = m.split_once(": ")
    {
        return rest;
    }
    m
}
