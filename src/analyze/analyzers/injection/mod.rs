//! injection analyzers.
pub mod image;
pub mod image_auto;
pub mod sidecar;
