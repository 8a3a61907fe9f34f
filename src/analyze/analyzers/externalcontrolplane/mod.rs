//! externalcontrolplane analyzers.
pub mod external;
