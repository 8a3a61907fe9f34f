//! Walks the destinations of a VirtualService (routes and mirrors of http, tcp and tls).

use crate::analyze::tree::Value;

use crate::analyze::util::arr;

/// One destination: the object (may be `Null` for an empty route entry) and its field path.
pub struct Dest<'a> {
    pub value: &'a Value,
    pub path: String,
}

/// Every route destination and mirror of a VirtualService spec.
pub fn destinations(spec: &Value) -> Vec<Dest<'_>> {
    let mut out = Vec::new();
    for section in ["http", "tcp", "tls"] {
        for (i, rule) in arr(&spec[section]).iter().enumerate() {
            for (j, route) in arr(&rule["route"]).iter().enumerate() {
                out.push(Dest {
                    value: &route["destination"],
                    path: format!("spec.{section}.{i}.route.{j}.destination"),
                });
            }
            if section == "http" {
                if rule["mirror"].is_object() {
                    out.push(Dest { value: &rule["mirror"], path: format!("spec.http.{i}.mirror") });
                }
                for (j, m) in arr(&rule["mirrors"]).iter().enumerate() {
                    out.push(Dest {
                        value: &m["destination"],
                        path: format!("spec.http.{i}.mirrors.{j}.destination"),
                    });
                }
            }
        }
    }
    out
}

/// True when the VirtualService applies to sidecars (no gateways, or `mesh` among them).
pub fn bound_to_mesh(spec: &Value) -> bool {
    let gws = arr(&spec["gateways"]);
    gws.is_empty() || gws.iter().any(|g| g == "mesh")
}
