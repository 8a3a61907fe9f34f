//! Control-plane revisions: the empty revision is the default control plane, which labels,
//! annotations and messages name `default`.

/// The name of revision `rev`: `default` for the empty (default) revision.
pub fn name(rev: &str) -> &str {
    if rev.is_empty() { "default" } else { rev }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_empty_revision_is_named_default() {
        assert_eq!(super::name(""), "default");
        assert_eq!(super::name("canary"), "canary");
    }
}
