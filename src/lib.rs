//! meshctl: the Istio service mesh from the command line.
pub mod schema;
