//! `/openapi/v3`: the index of group-version documents and the documents themselves, for the
//! built-in group-versions (captured from kube-apiserver v1.36.2, see `openapi/README.md`).
//! As on a real server, each index entry points at its document with a content hash.

use serde_json::{Value, json};

/// (group-version path, document).
const DOCUMENTS: &[(&str, &str)] = &[
    ("api/v1", include_str!("../openapi/api_v1.json")),
    ("apis/apps/v1", include_str!("../openapi/apis_apps_v1.json")),
    ("apis/rbac.authorization.k8s.io/v1", include_str!("../openapi/apis_rbac.authorization.k8s.io_v1.json")),
    ("apis/policy/v1", include_str!("../openapi/apis_policy_v1.json")),
    ("apis/autoscaling/v2", include_str!("../openapi/apis_autoscaling_v2.json")),
    (
        "apis/admissionregistration.k8s.io/v1",
        include_str!("../openapi/apis_admissionregistration.k8s.io_v1.json"),
    ),
    ("apis/apiextensions.k8s.io/v1", include_str!("../openapi/apis_apiextensions.k8s.io_v1.json")),
];

/// `GET /openapi/v3`.
pub(crate) fn index() -> Value {
    let paths: serde_json::Map<String, Value> = DOCUMENTS
        .iter()
        .map(|(gv, doc)| {
            let url = format!(
                "/openapi/v3/{gv}?hash={}",
                crate::status::short_hash(&json!(doc.len())).to_uppercase()
            );
            (gv.to_string(), json!({ "serverRelativeURL": url }))
        })
        .collect();
    json!({ "paths": paths })
}

/// `GET /openapi/v3/<group-version>`, or `None` (404) for one the server does not publish.
pub(crate) fn document(group_version: &str) -> Option<Value> {
    let (_, doc) = DOCUMENTS.iter().find(|(gv, _)| *gv == group_version)?;
    serde_json::from_str(doc).ok()
}
