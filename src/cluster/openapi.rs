//! The server's OpenAPI v3 schemas, fetched once per group-version and kept for the command.

use std::collections::HashMap;

use serde_json::Value;

use super::connect::Cluster;
use super::errors::ApiError;
use super::ops::retry;
use crate::openapi::Document;

/// The server's schemas, fetched on first use: one index, then one document per group-version.
#[derive(Default)]
pub struct OpenApi {
    cache: tokio::sync::Mutex<Cache>,
}

#[derive(Default)]
struct Cache {
    /// Group-version path (`apis/apps/v1`) → the URL of its document.
    index: Option<HashMap<String, String>>,
    /// `None` when the server publishes no document for the group-version.
    docs: HashMap<String, Option<Document>>,
}

impl OpenApi {
    /// The structural schema the server publishes for a kind, or `None` when it publishes no
    /// OpenAPI v3 document for it (older or minimal servers).
    pub async fn schema(
        &self,
        cluster: &Cluster,
        api_version: &str,
        kind: &str,
    ) -> Result<Option<Value>, ApiError> {
        let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
        let key = if group.is_empty() { format!("api/{version}") } else { format!("apis/{group}/{version}") };
        let mut cache = self.cache.lock().await;
        if cache.index.is_none() {
            let index = match get_json(cluster, "/openapi/v3").await {
                Ok(v) => v["paths"]
                    .as_object()
                    .map(|p| {
                        p.iter()
                            .filter_map(|(k, v)| {
                                Some((k.clone(), v["serverRelativeURL"].as_str()?.to_string()))
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                Err(e) if e.is_not_found() => HashMap::new(),
                Err(e) => return Err(e),
            };
            cache.index = Some(index);
        }
        if !cache.docs.contains_key(&key) {
            let url = cache.index.as_ref().and_then(|i| i.get(&key)).cloned();
            let doc = match url {
                Some(url) => Some(Document::new(get_json(cluster, &url).await?)),
                None => None,
            };
            cache.docs.insert(key.clone(), doc);
        }
        Ok(cache.docs[&key].as_ref().and_then(|d| d.schema_for(group, version, kind)))
    }
}

async fn get_json(cluster: &Cluster, path: &str) -> Result<Value, ApiError> {
    retry(|| async {
        let req = http::Request::get(path).body(Vec::new()).map_err(kube::Error::HttpError)?;
        cluster.client.request::<Value>(req).await
    })
    .await
}
