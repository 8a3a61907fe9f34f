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

/// What an apply would do, as the server answered a dry run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DryApply {
    Create,
    /// The fields that would change.
    Configure(Vec<crate::objdiff::Change>),
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
        self.list_selected(api_version, kind, namespace, labels, None).await
    }

    /// Lists objects by label and field selectors (`involvedObject.name=x` for Events).
    pub async fn list_selected(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        labels: Option<&str>,
        fields: Option<&str>,
    ) -> Result<Vec<Value>, ApiError> {
        let api = self.api(api_version, kind, namespace).await?;
        let mut lp = ListParams::default();
        if let Some(l) = labels {
            lp = lp.labels(l);
        }
        if let Some(f) = fields {
            lp = lp.fields(f);
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

    /// Lists objects of a kind `page` at a time (`limit` and `continue`, as `kubectl get` does
    /// with `--chunk-size`), each page's items decoded straight from the answer into `T` (no
    /// generic JSON in between) and handed to `each`: however many objects the cluster holds,
    /// only one page is ever held in the server's form. Items are as the server sends them:
    /// built-in kinds' items carry no `kind` or `apiVersion`. Returns the objects in the
    /// server's order and the number of list requests made. A continue token that expired
    /// (410 Gone: the server no longer keeps the list's snapshot) restarts the list.
    pub async fn list_paged<T: serde::de::DeserializeOwned, U>(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        labels: Option<&str>,
        page: u32,
        mut each: impl FnMut(T) -> U,
    ) -> Result<(Vec<U>, usize), ApiError> {
        /// One page of a list: its items in the caller's type.
        #[derive(serde::Deserialize)]
        struct Page<T> {
            #[serde(default)]
            metadata: kube::core::ListMeta,
            #[serde(default = "Vec::new")]
            items: Vec<T>,
        }
        const RESTARTS: u32 = 3;
        let (ar, namespaced) = self.resource(api_version, kind).await?;
        let scope = namespace.filter(|ns| namespaced && !ns.is_empty());
        let request = kube::core::Request::new(<DynamicObject as kube::core::Resource>::url_path(&ar, scope));
        let (mut requests, mut restarts) = (0usize, 0u32);
        'list: loop {
            let mut out = Vec::new();
            let mut token: Option<String> = None;
            loop {
                let mut lp = ListParams::default().limit(page);
                if let Some(l) = labels {
                    lp = lp.labels(l);
                }
                if let Some(t) = &token {
                    lp = lp.continue_token(t);
                }
                requests += 1;
                let answer = retry(|| {
                    let req = request.list(&lp).map_err(kube::Error::BuildRequest);
                    async move { self.client.request::<Page<T>>(req?).await }
                })
                .await;
                let list = match answer {
                    Ok(list) => list,
                    Err(e) if e.code == 410 && token.is_some() && restarts < RESTARTS => {
                        restarts += 1;
                        continue 'list;
                    }
                    Err(e) => return Err(e),
                };
                out.extend(list.items.into_iter().map(&mut each));
                match list.metadata.continue_.filter(|c| !c.is_empty()) {
                    Some(next) => token = Some(next),
                    None => return Ok((out, requests)),
                }
            }
        }
    }

    /// Server-side apply as `meshctl`, taking ownership of conflicting fields.
    pub async fn apply(&self, obj: &Value) -> Result<(), ApiError> {
        let r = ObjectRef::of(obj);
        let api = self.api(&r.api_version, &r.kind, Some(&r.namespace)).await?;
        let pp = PatchParams::apply(FIELD_MANAGER).force();
        let patch = Patch::Apply(obj);
        // An apply that changes nothing is a no-op for the server (no new resourceVersion):
        // one round trip, whatever the object's state.
        retry(|| api.patch(&r.name, &pp, &patch)).await?;
        Ok(())
    }

    /// Asks the server what the same apply would do (`dryRun=All`): admission, validation,
    /// defaulting and field ownership all run, nothing is stored. The answer is compared with
    /// the live object field by field, so a change is reported only when the server would
    /// really make one.
    pub async fn dry_apply(&self, obj: &Value) -> Result<DryApply, ApiError> {
        let r = ObjectRef::of(obj);
        let api = self.api(&r.api_version, &r.kind, Some(&r.namespace)).await?;
        let mut pp = PatchParams::apply(FIELD_MANAGER).force();
        pp.dry_run = true;
        let patch = Patch::Apply(obj);
        let live = retry(|| api.get_opt(&r.name)).await?;
        let after = retry(|| api.patch(&r.name, &pp, &patch)).await?;
        let Some(live) = live else { return Ok(DryApply::Create) };
        let to_value = |o| serde_json::to_value(o).unwrap_or(Value::Null);
        let changes = crate::objdiff::diff(&to_value(live), &to_value(after));
        Ok(if changes.is_empty() { DryApply::Unchanged } else { DryApply::Configure(changes) })
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
