//! What the analyzers take from meshctl's one annotation table (`crate::annotations`): the
//! annotations Istio lists, and which ones they leave alone.

pub use crate::annotations::{Annotation, Shape, Stage};

/// Looks up an annotation Istio lists. One it leaves out is unknown to the analyzers, as to
/// upstream's, even when kube-inject reads it.
pub fn lookup(name: &str) -> Option<&'static Annotation> {
    crate::annotations::lookup(name).filter(|a| a.stage != Stage::Unlisted)
}

/// Annotations the analyzers never comment on (set by Istio itself).
pub const IGNORED: &[&str] =
    &["istio.io/rev", "ambient.istio.io/redirection", "gateway.istio.io/controller-version"];

/// True for annotation keys in an Istio domain (`*istio.io/…`).
pub fn is_istio_key(key: &str) -> bool {
    key.split_once('/').is_some_and(|(domain, _)| domain.ends_with("istio.io"))
}

/// Kinds these analyzers read annotations from.
pub const ANNOTATED_KINDS: &[crate::analyze::Gvk] = &[
    crate::analyze::snapshot::kinds::NAMESPACE,
    crate::analyze::snapshot::kinds::SERVICE,
    crate::analyze::snapshot::kinds::POD,
    crate::analyze::snapshot::kinds::DEPLOYMENT,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_istio_does_not_list_are_unknown_here() {
        let reroute = crate::annotations::REROUTE_VIRTUAL_INTERFACES;
        assert!(crate::annotations::lookup(reroute).is_some(), "kube-inject checks it");
        assert!(lookup(reroute).is_none());
        assert_eq!(lookup("proxy.istio.io/config").map(|a| a.stage), Some(Stage::Beta));
    }
}
