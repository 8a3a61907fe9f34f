//! meshnetworks analyzers.
pub mod mesh_networks;
