//! Reading and writing objects, with bounded retries on throttling and server errors.

use std::future::Future;

use kube::api::{
    Api, DeleteParams, DynamicObject, ListParams, Patch, PatchParams, PostParams, PropagationPolicy,
};
use serde_json::Value;

use super::FIELD_MANAGER;
use super::connect::Cluster;
use super::errors::ApiError;

const ATTEMPTS: u32 = 5;

/// Identifies one object.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectRef {
    pub api_version: String,
    pub kind: String,
    pub namespace: String,
    pub name: String,
}

impl ObjectRef {
    pub fn of(v: &Value) -> Self {
        let s = |x: &Value| x.as_str().unwrap_or("").to_string();
        ObjectRef {
            api_version: s(&v["apiVersion"]),
            kind: s(&v["kind"]),
            namespace: s(&v["metadata"]["namespace"]),
            name: s(&v["metadata"]["name"]),
        }
    }
}

impl std::fmt::Display for ObjectRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.namespace.is_empty() {
            write!(f, "{}/{}", self.kind, self.name)
        } else {
            write!(f, "{}/{}/{}", self.kind, self.namespace, self.name)
        }
    }
}

/// What an apply did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyOutcome {
    Created,
    Changed,
    Unchanged,
}

/// Runs `call` again on transient failures (429 with its Retry-After, 5xx, dropped
/// connections), a bounded number of times.
pub async fn retry<T, F, Fut>(mut call: F) -> Result<T, ApiError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, kube::Error>>,
{
    let mut attempt = 1;
    loop {
        match call().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                let err = ApiError::from_kube(e);
                if !err.is_transient() || attempt >= ATTEMPTS {
                    return Err(err);
                }
                tokio::time::sleep(err.backoff(attempt)).await;
                attempt += 1;
            }
        }
    }
}

impl Cluster {
    async fn api(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
    ) -> Result<Api<DynamicObject>, ApiError> {
        let (ar, namespaced) = self.resource(api_version, kind).await?;
        Ok(match (namespaced, namespace) {
            (true, Some(ns)) if !ns.is_empty() => Api::namespaced_with(self.client.clone(), ns, &ar),
            _ => Api::all_with(self.client.clone(), &ar),
        })
    }

    /// The object, or `None` when it does not exist.
    pub async fn get(&self, r: &ObjectRef) -> Result<Option<Value>, ApiError> {
        let api = self.api(&r.api_version, &r.kind, Some(&r.namespace)).await?;
        match retry(|| api.get_opt(&r.name)).await? {
            Some(o) => Ok(Some(serde_json::to_value(o).unwrap_or(Value::Null))),
            None => Ok(None),
        }
    }

    /// Lists objects of a kind, in one namespace or all, optionally by label selector.
    pub async fn list(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        labels: Option<&str>,
    ) -> Result<Vec<Value>, ApiError> {
        let api = self.api(api_version, kind, namespace).await?;
        let mut lp = ListParams::default();
        if let Some(l) = labels {
            lp = lp.labels(l);
        }
        let list = retry(|| api.list(&lp)).await?;
        Ok(list
            .items
            .into_iter()
            .map(|mut o| {
                o.types.get_or_insert_with(|| kube::core::TypeMeta {
                    api_version: api_version.to_string(),
                    kind: kind.to_string(),
                });
                serde_json::to_value(o).unwrap_or(Value::Null)
            })
            .collect())
    }

    /// Server-side apply as `meshctl`, taking ownership of conflicting fields. A dry run
    /// reads the live object first to say whether the apply would create, change or keep it.
    pub async fn apply(&self, obj: &Value, dry_run: bool) -> Result<ApplyOutcome, ApiError> {
        let r = ObjectRef::of(obj);
        let api = self.api(&r.api_version, &r.kind, Some(&r.namespace)).await?;
        let mut pp = PatchParams::apply(FIELD_MANAGER).force();
        let patch = Patch::Apply(obj);
        if !dry_run {
            // An apply that changes nothing is a no-op for the server (no new resourceVersion):
            // one round trip, whatever the object's state.
            retry(|| api.patch(&r.name, &pp, &patch)).await?;
            return Ok(ApplyOutcome::Changed);
        }
        let live = retry(|| api.get_opt(&r.name)).await?;
        let outcome = match &live {
            None => ApplyOutcome::Created,
            Some(l) if contains(&serde_json::to_value(l).unwrap_or(Value::Null), obj) => {
                return Ok(ApplyOutcome::Unchanged);
            }
            Some(_) => ApplyOutcome::Changed,
        };
        pp.dry_run = true;
        retry(|| api.patch(&r.name, &pp, &patch)).await?;
        Ok(outcome)
    }

    /// Creates an object if it does not exist (namespaces, the installed-state record).
    pub async fn create(&self, obj: &Value, dry_run: bool) -> Result<bool, ApiError> {
        let r = ObjectRef::of(obj);
        let api = self.api(&r.api_version, &r.kind, Some(&r.namespace)).await?;
        let dynamic: DynamicObject = serde_json::from_value(obj.clone()).map_err(|e| ApiError {
            code: 400,
            reason: "BadRequest".into(),
            message: e.to_string(),
            retry_after: None,
        })?;
        let pp = PostParams { dry_run, ..Default::default() };
        match retry(|| api.create(&pp, &dynamic)).await {
            Ok(_) => Ok(true),
            Err(e) if e.is_conflict() => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Deletes an object (foreground propagation). `false` when it was already gone.
    pub async fn delete(&self, r: &ObjectRef, dry_run: bool) -> Result<bool, ApiError> {
        let api = self.api(&r.api_version, &r.kind, Some(&r.namespace)).await?;
        let dp = DeleteParams {
            dry_run,
            propagation_policy: Some(PropagationPolicy::Foreground),
            ..Default::default()
        };
        match retry(|| api.delete(&r.name, &dp)).await {
            Ok(_) => Ok(true),
            Err(e) if e.is_not_found() => Ok(false),
            Err(e) => Err(e),
        }
    }
}

/// True when every field of `want` is present with the same value in `live`.
pub fn contains(live: &Value, want: &Value) -> bool {
    match (live, want) {
        (Value::Object(l), Value::Object(w)) => {
            w.iter().all(|(k, wv)| l.get(k).is_some_and(|lv| contains(lv, wv)))
        }
        (Value::Array(l), Value::Array(w)) => {
            l.len() == w.len() && l.iter().zip(w).all(|(a, b)| contains(a, b))
        }
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        (l, w) => l == w,
    }
}

#[cfg(test)]
mod tests {
    use super::contains;
    use serde_json::json;

    #[test]
    fn live_objects_with_server_defaults_contain_what_we_applied() {
        let live =
            json!({"spec": {"replicas": 1, "strategy": {}, "ports": [{"port": 80, "protocol": "TCP"}]}});
        assert!(contains(&live, &json!({"spec": {"ports": [{"port": 80}]}})));
        assert!(!contains(&live, &json!({"spec": {"ports": [{"port": 81}]}})));
        assert!(!contains(&live, &json!({"spec": {"ports": [{"port": 80}, {"port": 81}]}})));
        assert!(!contains(&live, &json!({"metadata": {"labels": {"a": "b"}}})));
    }
}
