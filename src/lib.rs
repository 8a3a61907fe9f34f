//! meshctl: the Istio service mesh from the command line.
//!
//! The core (values, render, inject, analyze) is pure: YAML and values in, objects or messages
//! out. `cli` and `commands` are glue; `cluster` is the only module that talks to Kubernetes.

pub mod assets;
pub mod cli;
pub mod commands;
pub mod error;
pub mod output;
pub mod values;
pub mod version;
