//! Values that shell completion offers for an argument while the command still checks what
//! it is given itself, so the user meets meshctl's own error and hint, not clap's.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};

/// Accepts any string; offers `values` to completion (instead of file names).
#[derive(Clone)]
pub struct Suggest(Vec<String>);

impl Suggest {
    pub fn new<S: Into<String>>(values: impl IntoIterator<Item = S>) -> Self {
        Suggest(values.into_iter().map(Into::into).collect())
    }

    /// The profiles meshctl ships.
    pub fn profiles() -> Self {
        Suggest(crate::assets::profile_names())
    }
}

impl TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(|v| PossibleValue::new(v.clone()))))
    }
}
