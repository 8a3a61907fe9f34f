//! Pod arguments as upstream takes them: `[<type>/]<name>[.<namespace>]`.

/// A parsed pod argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodRef {
    /// `deployment`, `pod`, … when given as `type/name`.
    pub kind: Option<String>,
    pub name: String,
    /// The namespace after the last dot, if any.
    pub namespace: Option<String>,
}

/// Splits at the last `.`: `a.b.c` is pod `a.b` in namespace `c`. For `type/name`, only the
/// part after the last `/` is searched for the dot.
pub fn parse(arg: &str) -> PodRef {
    let (kind, rest) = match arg.rsplit_once('/') {
        Some((k, r)) => (Some(k.to_string()), r),
        None => (None, arg),
    };
    let (name, namespace) = match rest.rsplit_once('.') {
        Some((n, ns)) => (n.to_string(), Some(ns.to_string())),
        None => (rest.to_string(), None),
    };
    PodRef { kind, name, namespace }
}

/// The few names nearest to `name` (for "did you mean").
pub fn closest<'a>(name: &str, candidates: &'a [String]) -> Vec<&'a str> {
    let mut scored: Vec<(usize, &str)> = candidates
        .iter()
        .map(|c| {
            let prefix = c.starts_with(name) || name.starts_with(c.as_str());
            (if prefix { 0 } else { distance(name, c) }, c.as_str())
        })
        .filter(|(d, c)| *d <= (name.len().max(c.len()) / 3).max(2))
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(kind: Option<&str>, name: &str, ns: Option<&str>) -> PodRef {
        PodRef { kind: kind.map(Into::into), name: name.into(), namespace: ns.map(Into::into) }
    }

    #[test]
    fn splits_at_the_last_dot() {
        assert_eq!(parse("productpage-v1-1234.bookinfo"), p(None, "productpage-v1-1234", Some("bookinfo")));
        assert_eq!(parse("a.b.c"), p(None, "a.b", Some("c")));
        assert_eq!(parse("foo"), p(None, "foo", None));
        assert_eq!(parse("deployment/x.ns"), p(Some("deployment"), "x", Some("ns")));
        assert_eq!(parse("deployment/x"), p(Some("deployment"), "x", None));
    }

    #[test]
    fn close_names() {
        let c = vec!["productpage-v1-abc".to_string(), "reviews-v1-x".to_string()];
        assert_eq!(closest("productpage-v1", &c), vec!["productpage-v1-abc"]);
        assert!(closest("zzz", &c).is_empty());
    }
}
