//! IST0107/IST0108/IST0125/IST0135: Istio annotations that are misplaced, unknown, invalid
//! or deprecated.

use super::table::{ANNOTATED_KINDS, IGNORED, Shape, is_istio_key, lookup};
use crate::analyze::messages::codes;
use crate::analyze::snapshot::Resource;
use crate::analyze::util::obj;
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct K8sAnalyzer;

/// The object's own annotations. A workload's pod template annotations belong to its pods,
/// not to it (they are checked on the pods, or on the stand-in pod made from the template), so
/// `sidecar.istio.io/inject` in a Deployment's template is where it belongs.
pub fn annotation_keys(r: &Resource) -> Vec<(String, String)> {
    obj(r.annotations())
        .iter()
        .map(|(k, v)| (k.to_string(), crate::analyze::snapshot::value_str(v)))
        .collect()
}

impl Analyzer for K8sAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "annotations.K8sAnalyzer",
            "Finds Istio annotations that are unknown, malformed, deprecated or on the wrong kind of object",
            ANNOTATED_KINDS,
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for &gvk in ANNOTATED_KINDS {
            for r in ctx.snapshot.of(gvk) {
                for (key, value) in annotation_keys(r) {
                    if IGNORED.contains(&key.as_str()) {
                        continue;
                    }
                    let path = "metadata.annotations";
                    let Some(known) = lookup(&key) else {
                        if is_istio_key(&key) {
                            out.push(Message::new(codes::UnknownAnnotation, r, path, vec![key.clone()]));
                        }
                        continue;
                    };
                    if let Some(hint) = known.deprecated {
                        out.push(Message::new(
                            codes::DeprecatedAnnotation,
                            r,
                            path,
                            vec![key.clone(), hint.into()],
                        ));
                    }
                    if !known.kinds.is_empty() && !known.kinds.contains(&r.kind.as_str()) {
                        out.push(Message::new(
                            codes::MisplacedAnnotation,
                            r,
                            path,
                            vec![key.clone(), known.kinds.join(", ")],
                        ));
                        continue;
                    }
                    let problem = match known.shape {
                        Shape::Int if value.parse::<i64>().is_err() => Some("the value must be an integer"),
                        Shape::Bool if value.parse::<bool>().is_err() => {
                            Some("the value must be true or false")
                        }
                        _ => None,
                    };
                    if let Some(p) = problem {
                        out.push(Message::new(
                            codes::InvalidAnnotation,
                            r,
                            path,
                            vec![key.clone(), p.into()],
                        ));
                    }
                }
            }
        }
    }
}
