//! `proxy-config all`: every summary in one page, each row named by its kind.

use super::clusters::{self, ClusterFilter};
use super::dump::{ConfigDump, DumpError};
use super::eds::{self, EdsFilter};
use super::listeners::{self, ListenerFilter};
use super::routes::{self, RouteFilter};
use super::{bootstrap, secrets};

/// The filters `all` passes on to each section.
#[derive(Debug, Clone, Default)]
pub struct AllFilter {
    pub clusters: ClusterFilter,
    pub listeners: ListenerFilter,
    pub routes: RouteFilter,
    pub endpoints: EdsFilter,
    pub with_headers: bool,
}

/// Bootstrap, clusters, listeners, routes, secrets and EDS endpoints, blank-line separated.
pub fn summary(dump: &ConfigDump, filter: &AllFilter, now: i64) -> Result<String, DumpError> {
    let sections: [(&str, String); 6] = [
        ("BOOTSTRAP", bootstrap::summary(dump)?),
        ("CLUSTER", clusters::summary(dump, &filter.clusters, true)?),
        ("LISTENER", listeners::summary(dump, &filter.listeners, true)?),
        ("ROUTE", routes::summary(dump, &filter.routes, true)?),
        ("SECRET", secrets::summary(dump, now, true)?),
        ("ENDPOINTS", eds::summary(dump, &filter.endpoints, true)),
    ];
    let mut out = String::new();
    for (i, (title, body)) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if filter.with_headers {
            out.push_str(&format!("------ {title} INFO ------\n\n"));
        }
        out.push_str(body);
    }
    Ok(out)
}
