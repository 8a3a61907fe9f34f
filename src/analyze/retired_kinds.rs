//! Istio kinds that no Istio version meshctl installs serves any more, and what replaced them.
//! Workshops written for Istio 0.x and 1.x still show them; analyze skips objects of kinds it
//! does not know, so for these it says what to write instead of passing them over in silence.

/// `(API group, kind, what replaced it, the Istio release that did)`.
const RETIRED: &[(&str, &str, &str, &str)] = &[
    ("config.istio.io", "RouteRule", "a VirtualService (networking.istio.io)", "0.8"),
    ("config.istio.io", "DestinationPolicy", "a DestinationRule (networking.istio.io)", "0.8"),
    ("config.istio.io", "EgressRule", "a ServiceEntry (networking.istio.io)", "0.8"),
    (
        "authentication.istio.io",
        "Policy",
        "a PeerAuthentication or RequestAuthentication (security.istio.io)",
        "1.5",
    ),
    (
        "authentication.istio.io",
        "MeshPolicy",
        "a PeerAuthentication in the root namespace (security.istio.io)",
        "1.5",
    ),
    ("rbac.istio.io", "ServiceRole", "an AuthorizationPolicy (security.istio.io)", "1.4"),
    ("rbac.istio.io", "ServiceRoleBinding", "an AuthorizationPolicy (security.istio.io)", "1.4"),
    ("rbac.istio.io", "RbacConfig", "an AuthorizationPolicy (security.istio.io)", "1.4"),
    ("rbac.istio.io", "ClusterRbacConfig", "an AuthorizationPolicy (security.istio.io)", "1.4"),
];

/// Mixer's kinds (rule, handler, instance, QuotaSpec, …): every other kind of its group.
const MIXER_GROUP: &str = "config.istio.io";
const MIXER: &str = "Mixer and its config.istio.io kinds were removed in Istio 1.8 (telemetry: the Telemetry API; rate limits: Envoy's, through an EnvoyFilter)";

/// What replaced a retired Istio kind, if `group`/`kind` is one.
pub fn replacement(group: &str, kind: &str) -> Option<String> {
    match RETIRED.iter().find(|(g, k, _, _)| *g == group && *k == kind) {
        Some((_, _, by, release)) => Some(format!("{by} replaced it in Istio {release}")),
        None => (group == MIXER_GROUP).then(|| MIXER.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retired_kinds_name_their_replacement_and_current_ones_do_not() {
        assert!(replacement("config.istio.io", "RouteRule").is_some_and(|r| r.contains("VirtualService")));
        assert!(
            replacement("rbac.istio.io", "ServiceRole").is_some_and(|r| r.contains("AuthorizationPolicy"))
        );
        assert_eq!(replacement("networking.istio.io", "VirtualService"), None);
        assert!(replacement("config.istio.io", "QuotaSpec").is_some_and(|r| r.contains("Mixer")));
    }
}
