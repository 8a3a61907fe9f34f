//! virtualservice analyzers.
pub mod conflicting_mesh_hosts;
pub mod destination_host;
pub mod destination_rule;
pub mod destinations;
pub mod gateway;
pub mod jwt_claim_route;
