//! What the caller may do (SelfSubjectAccessReview) and which server this is (its version).

use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use kube::api::{Api, PostParams};

use super::connect::Cluster;
use super::errors::ApiError;
use super::ops::retry;

/// The server's reported version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerVersion {
    pub git_version: String,
    pub minor: String,
}

impl Cluster {
    /// Asks the server whether the caller may `verb` the resource; `(allowed, reason)`.
    pub async fn can_i(
        &self,
        verb: &str,
        group: &str,
        resource: &str,
        namespace: Option<&str>,
    ) -> Result<(bool, String), ApiError> {
        let api: Api<SelfSubjectAccessReview> = Api::all(self.client.clone());
        let review = SelfSubjectAccessReview {
            spec: SelfSubjectAccessReviewSpec {
                resource_attributes: Some(ResourceAttributes {
                    verb: Some(verb.to_string()),
                    group: Some(group.to_string()),
                    resource: Some(resource.to_string()),
                    namespace: namespace.map(str::to_string),
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        };
        let pp = PostParams::default();
        let answer = retry(|| api.create(&pp, &review)).await?;
        let status = answer.status.unwrap_or_default();
        Ok((status.allowed, status.reason.unwrap_or_default()))
    }

    /// The server's `gitVersion` and minor version.
    pub async fn server_info(&self) -> Result<ServerVersion, ApiError> {
        let v = self.client.apiserver_version().await.map_err(ApiError::from_kube)?;
        Ok(ServerVersion { git_version: v.git_version, minor: v.minor })
    }
}
